//! Verilog export of the whole MMU as one file with top module `mmu`.
//!
//! rust-hdl's Verilog is correct but not what an integrator wants to read or lint: one module per flop, every
//! integer a 32-bit literal, `$` in every hierarchical name, and each block's combinational logic in one process that
//! simulators must evaluate repeatedly. The export parses it ([`ast`]) and rewrites it:
//! - [`fold`]: flop, flop-array and memory modules become `reg`s and `always @(posedge clock)` blocks of their parent,
//!   so there is one module per block;
//! - [`width`]: every literal sized to its context;
//! - [`slice`]: each combinational block split into one process per variable (or group that must stay together);
//! - here: `$` in names becomes `_` (checked free of collisions), `top` becomes `mmu`, and each module opens with
//!   what the block is, from the Rust block's documentation.
//!
//! The output is deterministic (same configuration, same bytes) and opens with a header that records the
//! configuration and the port list. Anything outside the subset rust-hdl writes fails the export with a message
//! naming the construct.

pub mod ast;
pub mod bus;
pub mod fold;
pub mod slice;
pub mod tidy;
pub mod width;

use mmu_arch::{Config, Dir, PORTS};

use crate::drive::HdlMmu;
pub use tidy::tidy;

/// The whole MMU as one Verilog file, top module `mmu`, with a header naming the configuration and the ports.
pub fn verilog(cfg: &Config) -> Result<String, String> {
    // A fresh instance (rust-hdl exports a memory's current contents). The simulation's holder of the sub-blocks
    // exports each block as it is, so this is the Verilog of `Mmu<N, A, NI, AI>` itself; `committed_verilog_is_current` and
    // the lockstep test hold it to that.
    let body = tidy(&HdlMmu::new(cfg)?.verilog())
        .map_err(|e| format!("post-processing rust-hdl's Verilog: {e}"))?;
    let mut header = String::new();
    header.push_str(
        "// mmu: x86-64 memory-management unit (IA-32e 4-level paging), exported from mmu-rtl.\n",
    );
    header.push_str("// Generated file: do not edit; regenerate with `mmu-rtl export`.\n");
    header.push_str(&format!(
        "// Configuration: tlb_entries={} itlb_entries={} paddr_bits={} pwc_entries={} l2_sets={} l2_ways={}\n",
        cfg.tlb_entries, cfg.itlb_entries, cfg.paddr_bits, cfg.pwc_entries, cfg.l2_sets, cfg.l2_ways
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
mod tests;
