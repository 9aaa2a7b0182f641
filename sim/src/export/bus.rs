//! The export of the MMU behind a bus bridge: `MmuAxi4` as top module `mmu_axi4`, `MmuWb` as `mmu_wb`.
//!
//! The same post-processing as the plain export ([`super::tidy`]); then every module of the file is renamed under
//! the top's name (`mmu` -> `mmu_axi4`, `mmu_walker` -> `mmu_axi4_walker`, ...), so that the plain export and both
//! bus exports can be compiled into one design without two modules of one name.

use mmu_arch::Config;
use mmu_hdl::mmu_axi4::MmuAxi4;
use mmu_hdl::mmu_wb::MmuWb;
use mmu_hdl::rust_hdl::prelude::*;

use crate::instances::{instantiate, Instance};

/// Which bus carries the walker's memory port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bus {
    /// AXI4 master `m_axi_*` (hdl/src/axi4.rs).
    Axi4,
    /// Wishbone B4 pipelined master `wb_*` (hdl/src/wishbone.rs).
    Wb,
}

impl Bus {
    /// The Verilog top module's name.
    pub fn top(self) -> &'static str {
        match self {
            Bus::Axi4 => "mmu_axi4",
            Bus::Wb => "mmu_wb",
        }
    }
}

/// rust-hdl's Verilog of the wrapper on bus `self`, at the sizes given.
impl Instance for Bus {
    type Out = String;
    fn build<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize>(
        self,
        c: &Config,
    ) -> String {
        match self {
            Bus::Axi4 => {
                let mut top = MmuAxi4::<N, A, NI, AI, LS>::new(c);
                top.connect_all();
                generate_verilog(&top)
            }
            Bus::Wb => {
                let mut top = MmuWb::<N, A, NI, AI, LS>::new(c);
                top.connect_all();
                generate_verilog(&top)
            }
        }
    }
}

/// rust-hdl's Verilog of the wrapper for `config` (top module `top`), from a fresh instance.
fn raw(config: &Config, bus: Bus) -> Result<String, String> {
    instantiate(config, bus)
}

/// Renames the modules of a tidied file (top `mmu`, the others `mmu_*`) under `top`: every identifier that names a
/// module is rewritten, nothing else.
fn rename_modules(text: &str, top: &str) -> String {
    let modules: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("module "))
        .map(|l| {
            l.split(|c: char| c == '(' || c == ';' || c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let renamed = |name: &str| -> Option<String> {
        if !modules.iter().any(|m| m == name) {
            return None;
        }
        match name.strip_prefix("mmu") {
            Some("") => Some(top.to_string()),
            Some(rest) if rest.starts_with('_') => Some(format!("{top}{rest}")),
            _ => None,
        }
    };
    let mut out = String::with_capacity(text.len() + 1024);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match renamed(word) {
            Some(n) => out.push_str(&n),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '$' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The first paragraph of a Rust file's `//!` documentation, without Markdown code quotes.
fn first_doc_paragraph(src: &str) -> Vec<String> {
    src.lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(|l| l.trim().replace('`', ""))
        .take_while(|l| !l.is_empty())
        .collect()
}

/// Replaces the comment that heads `module` (the post-processing names the wrapper's blocks by their instance
/// names, which it does not know) with the first paragraph of `src`'s documentation.
fn recomment(text: &str, module: &str, src: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let head = format!("module {module}(");
    if let Some(at) = lines.iter().position(|l| l.starts_with(&head)) {
        let mut from = at;
        while from > 0 && lines[from - 1].starts_with("//") {
            from -= 1;
        }
        let comment = first_doc_paragraph(src)
            .into_iter()
            .map(|l| format!("// {l}"));
        lines.splice(from..at, comment);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The MMU behind `bus` as one Verilog file, top module [`Bus::top`], with a header naming the configuration.
pub fn verilog(cfg: &Config, bus: Bus) -> Result<String, String> {
    let body = super::tidy(&raw(cfg, bus)?)
        .map_err(|e| format!("post-processing rust-hdl's Verilog: {e}"))?;
    let body = rename_modules(&body, bus.top());
    let (wrapper, bridge) = match bus {
        Bus::Axi4 => (
            include_str!("../../../hdl/src/mmu_axi4.rs"),
            include_str!("../../../hdl/src/axi4.rs"),
        ),
        Bus::Wb => (
            include_str!("../../../hdl/src/mmu_wb.rs"),
            include_str!("../../../hdl/src/wishbone.rs"),
        ),
    };
    let body = recomment(&body, bus.top(), wrapper);
    let body = recomment(&body, &format!("{}_bridge", bus.top()), bridge);
    let (what, ports, doc) = match bus {
        Bus::Axi4 => (
            "an AXI4 master",
            "m_axi_ar*, m_axi_r*, m_axi_aw*, m_axi_w*, m_axi_b*",
            "hdl/src/axi4.rs",
        ),
        Bus::Wb => (
            "a Wishbone B4 pipelined master",
            "wb_*",
            "hdl/src/wishbone.rs",
        ),
    };
    let mut header = String::new();
    header.push_str(&format!(
        "// {}: x86-64 memory-management unit (IA-32e 4-level paging) with its page walks on {what}, exported from mmu-rtl.\n",
        bus.top()
    ));
    header.push_str(&format!(
        "// Generated file: do not edit; regenerate with `mmu-rtl export --bus {}`.\n",
        match bus {
            Bus::Axi4 => "axi4",
            Bus::Wb => "wb",
        }
    ));
    header.push_str(&format!(
        "// Configuration: tlb_entries={} itlb_entries={} paddr_bits={} pwc_entries={} l2_sets={} l2_ways={}\n",
        cfg.tlb_entries, cfg.itlb_entries, cfg.paddr_bits, cfg.pwc_entries, cfg.l2_sets, cfg.l2_ways
    ));
    header.push_str(&format!(
        "// Ports: those of `mmu` (README.md) without mem_*, and {ports} (the bus, see {doc}).\n\n"
    ));
    Ok(header + &body)
}
