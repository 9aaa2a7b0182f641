//! Verilog export of the whole MMU as one file with top module `mmu`.
//!
//! rust-hdl names the top module `top` and its sub-modules `top$...`; the export renames both to `mmu` so the design can
//! sit next to a user's own `top`. The output is deterministic (same configuration, same bytes) and opens with a header
//! that records the configuration and the port list.

use mmu_hdl::mmu::{Mmu, MmuConfig};
use mmu_hdl::rust_hdl::prelude::{generate_verilog, Block};

/// TLB sizes the RTL is built for (a const generic each).
pub const TLB_SIZES: [usize; 5] = [4, 8, 16, 32, 64];

/// What the exported design is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportConfig {
    pub tlb_entries: usize,
    pub paddr_bits: u32,
    /// Paging-structure cache entries (0 removes the cache).
    pub pwc_entries: usize,
}

impl Default for ExportConfig {
    fn default() -> Self {
        ExportConfig {
            tlb_entries: 16,
            paddr_bits: 40,
            pwc_entries: MmuConfig::default().pwc_entries,
        }
    }
}

impl ExportConfig {
    /// Checks the configuration against what the RTL can be built as.
    pub fn validate(&self) -> Result<(), String> {
        if !TLB_SIZES.contains(&self.tlb_entries) {
            return Err(format!(
                "tlb_entries must be one of {TLB_SIZES:?} for the RTL, got {}",
                self.tlb_entries
            ));
        }
        self.mmu_config().validate()
    }

    /// The RTL's build parameters.
    pub fn mmu_config(&self) -> MmuConfig {
        MmuConfig {
            paddr_bits: self.paddr_bits,
            pwc_entries: self.pwc_entries,
        }
    }
}

fn generate<const N: usize, const A: usize>(config: MmuConfig) -> String {
    let mut uut = Mmu::<N, A>::new(config);
    uut.connect_all();
    generate_verilog(&uut)
}

/// rust-hdl's Verilog for the configuration, module names as generated (`top`, `top$...`).
fn raw_verilog(cfg: &ExportConfig) -> String {
    match cfg.tlb_entries {
        4 => generate::<4, 2>(cfg.mmu_config()),
        8 => generate::<8, 3>(cfg.mmu_config()),
        16 => generate::<16, 4>(cfg.mmu_config()),
        32 => generate::<32, 5>(cfg.mmu_config()),
        64 => generate::<64, 6>(cfg.mmu_config()),
        n => unreachable!("validated TLB size {n}"),
    }
}

/// Renames module `top` and every `top$...` sub-module to `mmu`/`mmu$...`, touching only whole identifiers.
fn rename_top(verilog: &str) -> String {
    let mut out = String::with_capacity(verilog.len());
    let bytes = verilog.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut i = 0;
    while i < bytes.len() {
        let starts_ident = i == 0 || !ident(bytes[i - 1]);
        if starts_ident && verilog[i..].starts_with("top") {
            let after = bytes.get(i + 3).copied();
            if after.is_none_or(|b| !ident(b) || b == b'$') {
                out.push_str("mmu");
                i += 3;
                continue;
            }
        }
        let ch = verilog[i..].chars().next().expect("in bounds");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// One port of the exported top module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: String,
    pub width: u32,
    pub output: bool,
}

/// The `input`/`output` declarations of module `mmu`, in order.
pub fn ports(verilog: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    let mut inside = false;
    for line in verilog.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("module ") {
            inside = rest.starts_with("mmu(") || rest.starts_with("mmu (");
            continue;
        }
        if t.starts_with("endmodule") {
            inside = false;
        }
        let Some((output, rest)) = t
            .strip_prefix("input ")
            .map(|r| (false, r))
            .or_else(|| t.strip_prefix("output ").map(|r| (true, r)))
        else {
            continue;
        };
        if !inside {
            continue;
        }
        let rest = rest
            .trim_start_matches("wire")
            .trim_start_matches("reg")
            .trim();
        let (width, name) = match rest.strip_prefix('[') {
            Some(r) => {
                let (range, name) = r.split_once(']').unwrap_or(("0:0", r));
                let msb: u32 = range
                    .split(':')
                    .next()
                    .and_then(|m| m.trim().parse().ok())
                    .unwrap_or(0);
                (msb + 1, name)
            }
            None => (1, rest),
        };
        ports.push(Port {
            name: name.trim().trim_end_matches(';').trim().to_string(),
            width,
            output,
        });
    }
    ports
}

/// The whole MMU as one Verilog file, top module `mmu`, with a header naming the configuration and the ports.
pub fn verilog(cfg: &ExportConfig) -> Result<String, String> {
    cfg.validate()?;
    let body = rename_top(&raw_verilog(cfg));
    let ports = ports(&body);
    let mut header = String::new();
    header.push_str(
        "// mmu: x86-64 memory-management unit (IA-32e 4-level paging), exported from mmu-rtl.\n",
    );
    header.push_str("// Generated file: do not edit; regenerate with `mmu-rtl export`.\n");
    header.push_str(&format!(
        "// Configuration: tlb_entries={} paddr_bits={} pwc_entries={}\n",
        cfg.tlb_entries, cfg.paddr_bits, cfg.pwc_entries
    ));
    header
        .push_str("// Ports (one clock `clock`, rising edge; `reset` synchronous, active high):\n");
    for p in &ports {
        let dir = if p.output { "output" } else { "input " };
        let range = if p.width > 1 {
            format!("[{}:0]", p.width - 1)
        } else {
            String::new()
        };
        header.push_str(&format!("//   {dir} {range:>7} {}\n", p.name));
    }
    header.push_str("// Port semantics and timing: see the `mmu` section of README.md and docs/architecture.md.\n\n");
    Ok(header + &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_only_whole_identifiers() {
        let v = "module top(a);\n top$tlb tlb(.x(va_top), .y(top$q), .z(topper));\nendmodule\n";
        assert_eq!(
            rename_top(v),
            "module mmu(a);\n mmu$tlb tlb(.x(va_top), .y(mmu$q), .z(topper));\nendmodule\n"
        );
    }

    #[test]
    fn rejects_sizes_the_rtl_is_not_built_for() {
        let bad = ExportConfig {
            tlb_entries: 12,
            ..ExportConfig::default()
        };
        assert!(bad.validate().unwrap_err().contains("tlb_entries"));
        let bad = ExportConfig {
            paddr_bits: 53,
            ..ExportConfig::default()
        };
        assert!(bad.validate().unwrap_err().contains("paddr_bits"));
    }
}
