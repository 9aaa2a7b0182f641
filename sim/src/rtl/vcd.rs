//! Streaming VCD of an RTL run, written as the simulation goes (nothing is kept in memory but the last value of each
//! signal), with value changes only and one clock.
//!
//! Scopes under `mmu`: `cpu` (request, response, maintenance port, control inputs, reset), `mem` (the walker's memory
//! port), and, when the engine can see inside the design (the rust-hdl simulation), `tlb` (valid bits, victim, hit,
//! fill, invalidation), `walker` (FSM state, level, dead fill, ...) and `perm` (the rights check).
//!
//! The walker's state is dumped as a 3-bit vector: GTKWave cannot show enum strings from a VCD. Next to `x.vcd` the
//! writer puts `x.walker_state.filter`, a GTKWave translate-filter file (`Data Format > Translate Filter File`, with the
//! signal shown in hex) that maps each number to the state's name.
//!
//! Time: cycle `c` occupies `[10c, 10c + 10)` ns; inputs and settled outputs change at `10c`, the clock rises at
//! `10c + 5`, so every value is stable around the edge that samples it.
//!
//! ```text
//!   time   0    5    10   15   20
//!   clock  ____/‾‾‾‾\____/‾‾‾‾\___
//!   values =X=c0======X=c1======X=
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::drive::MmuProbe;
use mmu_hdl::walker::WalkState;
use vcd::{IdCode, TimescaleUnit, Value};

use mmu_arch::PORTS;

use crate::ports::{port_values, Inputs, Outputs};

/// One dumped signal: its id, width and the last value written.
struct Sig {
    id: IdCode,
    width: u32,
    last: Option<u64>,
}

/// A VCD being written.
pub struct VcdTracer {
    w: vcd::Writer<BufWriter<File>>,
    path: PathBuf,
    clock: IdCode,
    sigs: Vec<Sig>,
    inside: bool,
}

/// Names and widths of the signals, in the order `values` produces them.
fn layout(entries: usize, inside: bool) -> Vec<(&'static str, Vec<(String, u32)>)> {
    let s = |n: &str, w: u32| (n.to_string(), w);
    // The ports, from the port table: the walker's memory port (`mem_*`, prefix dropped) and everything else.
    let mut cpu = vec![];
    let mut mem = vec![];
    for p in PORTS.iter().skip(1) {
        match p.name.strip_prefix("mem_") {
            Some(rest) => mem.push(s(rest, p.width)),
            None => cpu.push(s(p.name, p.width)),
        }
    }
    let mut scopes = vec![("cpu", cpu), ("mem", mem)];
    if inside {
        let a = entries.trailing_zeros().max(1);
        scopes.push((
            "tlb",
            vec![
                s("valid", entries as u32),
                s("victim", a),
                s("hit", 1),
                s("hit_idx", a),
                s("fill_en", 1),
                s("fill_idx", a),
                s("inv_en", 1),
                s("cr_flush_all", 1),
                s("cr_smep", 1),
            ],
        ));
        scopes.push((
            "walker",
            vec![
                s("state", 3),
                s("level", 2),
                s("busy", 1),
                s("outstanding", 1),
                s("leaf_known", 1),
                s("leaf_size", 2),
                s("kill", 1),
                s("dead", 1),
            ],
        ));
        scopes.push((
            "pwc",
            vec![
                s("valid", 8),
                s("victim", 3),
                s("hit", 1),
                s("hit_level", 2),
                s("fill_en", 1),
            ],
        ));
        scopes.push((
            "perm",
            vec![s("allow", 1), s("error_code", 6), s("fast_rsp", 1)],
        ));
    }
    scopes
}

/// Every signal's value this cycle, in `layout` order.
fn values(i: &Inputs, o: &Outputs, p: Option<&MmuProbe>) -> Vec<u64> {
    let b = |x: bool| x as u64;
    // In `layout`'s order: the table's, `cpu` scope first, then `mem`.
    let ports = port_values(i, o);
    let (mem, cpu): (Vec<_>, Vec<_>) = ports.iter().partition(|(n, _)| n.starts_with("mem_"));
    let mut v: Vec<u64> = cpu.iter().chain(&mem).map(|&&(_, x)| x).collect();
    if let Some(p) = p {
        v.extend([
            p.tlb_valid,
            p.tlb_victim as u64,
            b(p.tlb_hit),
            p.tlb_hit_idx as u64,
            b(p.tlb_fill_en),
            p.tlb_fill_idx as u64,
            b(p.inv_en),
            b(p.cr_flush_all),
            b(p.cr_smep),
            p.walker_state.code(),
            p.walker_level as u64,
            b(p.walker_busy),
            b(p.walker_outstanding),
            b(p.walker_leaf_known),
            p.walker_leaf_size as u64,
            b(p.walker_kill),
            b(p.walker_dead),
            p.pwc_valid as u64,
            p.pwc_victim as u64,
            b(p.pwc_hit),
            p.pwc_hit_level as u64,
            b(p.pwc_fill_en),
            b(p.perm_allow),
            p.perm_error_code as u64,
            b(p.fast_rsp),
        ]);
    }
    v
}

/// The translate-filter file that names the walker's states: `<vcd stem>.walker_state.filter`.
pub fn filter_path(vcd: &Path) -> PathBuf {
    vcd.with_extension("walker_state.filter")
}

impl VcdTracer {
    /// Creates `path` (and the filter file next to it) for an MMU of `entries` TLB entries. `inside` adds the scopes
    /// that need a view of the internal state.
    pub fn create(path: &Path, entries: usize, inside: bool) -> std::io::Result<VcdTracer> {
        let file = BufWriter::new(File::create(path)?);
        let mut w = vcd::Writer::new(file);
        w.timescale(1, TimescaleUnit::NS)?;
        w.add_module("mmu")?;
        let clock = w.add_wire(1, "clock")?;
        let mut sigs = vec![];
        for (scope, list) in layout(entries, inside) {
            w.add_module(scope)?;
            for (name, width) in list {
                let id = w.add_wire(width, &name)?;
                sigs.push(Sig {
                    id,
                    width,
                    last: None,
                });
            }
            w.upscope()?;
        }
        w.upscope()?;
        w.enddefinitions()?;
        if inside {
            let mut f = BufWriter::new(File::create(filter_path(path))?);
            for st in WalkState::ALL {
                writeln!(f, "{:x} {}", st.code(), st.name())?;
            }
            f.flush()?;
        }
        Ok(VcdTracer {
            w,
            path: path.to_path_buf(),
            clock,
            sigs,
            inside,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records cycle `cycle`: the values of the cycle at `10 * cycle`, the rising edge at `10 * cycle + 5`.
    pub fn cycle(
        &mut self,
        cycle: u64,
        i: &Inputs,
        o: &Outputs,
        p: Option<&MmuProbe>,
    ) -> std::io::Result<()> {
        let p = if self.inside { p } else { None };
        let vals = values(i, o, p);
        self.w.timestamp(cycle * 10)?;
        self.w.change_scalar(self.clock, Value::V0)?;
        for (sig, v) in self.sigs.iter_mut().zip(vals) {
            if sig.last == Some(v) {
                continue;
            }
            sig.last = Some(v);
            if sig.width == 1 {
                self.w
                    .change_scalar(sig.id, if v & 1 == 1 { Value::V1 } else { Value::V0 })?;
            } else {
                let bits = (0..sig.width).rev().map(|k| {
                    if k < 64 && (v >> k) & 1 == 1 {
                        Value::V1
                    } else {
                        Value::V0
                    }
                });
                self.w.change_vector(sig.id, bits)?;
            }
        }
        self.w.timestamp(cycle * 10 + 5)?;
        self.w.change_scalar(self.clock, Value::V1)?;
        Ok(())
    }

    /// Flushes the file; call at the end of the run.
    pub fn finish(mut self, cycles: u64) -> std::io::Result<PathBuf> {
        self.w.timestamp(cycles * 10)?;
        self.w.change_scalar(self.clock, Value::V0)?;
        self.w.flush()?;
        Ok(self.path)
    }
}
