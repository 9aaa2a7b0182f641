//! Verilog export of the whole MMU as one file with top module `mmu`.
//!
//! rust-hdl names the top module `top` and its sub-modules `top$...`; the export renames both to `mmu` so the design can
//! sit next to a user's own `top`. The output is deterministic (same configuration, same bytes) and opens with a header
//! that records the configuration and the port list.

use mmu_arch::{Config, Dir, PORTS};

use crate::drive::HdlMmu;

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

/// The whole MMU as one Verilog file, top module `mmu`, with a header naming the configuration and the ports.
pub fn verilog(cfg: &Config) -> Result<String, String> {
    // A fresh instance (rust-hdl exports a memory's current contents). The simulation's holder of the sub-blocks
    // exports each block as it is, so this is the Verilog of `Mmu<N, A, NI, AI>` itself; `committed_verilog_is_current` and
    // the lockstep test hold it to that.
    let body = rename_top(&HdlMmu::new(cfg)?.verilog());
    let mut header = String::new();
    header.push_str(
        "// mmu: x86-64 memory-management unit (IA-32e 4-level paging), exported from mmu-rtl.\n",
    );
    header.push_str("// Generated file: do not edit; regenerate with `mmu-rtl export`.\n");
    header.push_str(&format!(
        "// Configuration: tlb_entries={} itlb_entries={} paddr_bits={} pwc_entries={} l2_sets={} l2_ways={}\n",
        cfg.tlb_entries,
        cfg.itlb_entries,
        cfg.paddr_bits,
        cfg.pwc_entries,
        cfg.l2_sets,
        cfg.l2_ways
    ));
    header
        .push_str("// Ports (one clock `clock`, rising edge; `reset` synchronous, active high):\n");
    for p in PORTS {
        let dir = if p.dir == Dir::Output {
            "output"
        } else {
            "input "
        };
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
        let bad = Config {
            tlb_entries: 12,
            ..Config::default()
        };
        assert!(verilog(&bad).unwrap_err().contains("tlb_entries"));
        let bad = Config {
            paddr_bits: 53,
            ..Config::default()
        };
        assert!(verilog(&bad).unwrap_err().contains("paddr_bits"));
    }

    /// The header lists the port table; the module declares exactly those ports, in that order.
    #[test]
    fn header_and_module_follow_the_port_table() {
        let v = verilog(&Config::default()).unwrap();
        let module = v.lines().find(|l| l.starts_with("module mmu(")).unwrap();
        let names: Vec<&str> = PORTS.iter().map(|p| p.name).collect();
        assert_eq!(module, format!("module mmu({});", names.join(",")));
        assert!(
            v.contains("//   input   [63:0] data_req_va\n")
                && v.contains("//   output  [51:0] fetch_rsp_pa\n")
        );
    }
}
