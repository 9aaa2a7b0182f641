//! Streaming VCD of an RTL run, written as the simulation goes (nothing is kept in memory but the last value of each
//! signal), with value changes only and one clock.
//!
//! Scopes under `mmu`: `fetch` and `data` (each CPU port's request and response), `mem` (the walker's memory port),
//! `cpu` (maintenance port, control inputs, reset), and, when the engine can see inside the design (the rust-hdl
//! simulation), `itlb` and `dtlb` (valid bits, victim, hit, fill, the port's acceptance and hit answer), `inval` (the
//! invalidation of the cycle), `walker` (FSM state, level, which port it serves, dead fill, ...), `pwc`, `l2` (the
//! second-level TLB: state 0 idle, 1 4K compare, 2 2M compare, 3 flush walk; the grant of a miss, hit, miss, flushing,
//! fill, eviction) and `perm` (the walk's rights check).
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
use mmu_hdl::rust_hdl::prelude::Synth;
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

/// The VCD scopes of the ports: the signals whose name starts with the prefix, the prefix dropped. The rest (reset,
/// control inputs, the maintenance port) go to `cpu` under their own names.
const PORT_SCOPES: [(&str, &str); 3] = [("fetch", "fetch_"), ("data", "data_"), ("mem", "mem_")];

/// The scope a port's signal goes to (an index into [`PORT_SCOPES`], or its length for `cpu`) and its name there.
fn port_scope(name: &'static str) -> (usize, &'static str) {
    PORT_SCOPES
        .iter()
        .enumerate()
        .find_map(|(k, (_, prefix))| name.strip_prefix(prefix).map(|rest| (k, rest)))
        .unwrap_or((PORT_SCOPES.len(), name))
}

/// Names and widths of the signals, in the order `values` produces them.
fn layout(entries: [usize; 2], inside: bool) -> Vec<(&'static str, Vec<(String, u32)>)> {
    let s = |n: &str, w: u32| (n.to_string(), w);
    let mut scopes: Vec<(&'static str, Vec<(String, u32)>)> = PORT_SCOPES
        .iter()
        .map(|(scope, _)| (*scope, vec![]))
        .chain([("cpu", vec![])])
        .collect();
    for p in PORTS.iter().skip(1) {
        let (k, name) = port_scope(p.name);
        scopes[k].1.push(s(name, p.width));
    }
    if inside {
        for (scope, n) in [("itlb", entries[0]), ("dtlb", entries[1])] {
            let a = n.trailing_zeros().max(1);
            scopes.push((
                scope,
                vec![
                    s("valid", n as u32),
                    s("victim", a),
                    s("hit", 1),
                    s("hit_idx", a),
                    s("fill_en", 1),
                    s("fill_idx", a),
                    s("accept", 1),
                    s("fast_rsp", 1),
                    s("allow", 1),
                    s("error_code", 6),
                ],
            ));
        }
        scopes.push((
            "inval",
            vec![
                s("inv_en", 1),
                s("cmd_fire", 1),
                s("cr_flush_all", 1),
                s("cr_smep", 1),
            ],
        ));
        scopes.push((
            "walker",
            vec![
                s("state", <WalkState as Synth>::BITS as u32),
                s("level", 2),
                s("busy", 1),
                s("start", 1),
                s("data_port", 1),
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
            "l2",
            vec![
                s("state", 2),
                s("grant", 1),
                s("hit", 1),
                s("miss", 1),
                s("flushing", 1),
                s("fill", 1),
                s("evict", 1),
            ],
        ));
        scopes.push(("perm", vec![s("allow", 1), s("error_code", 6)]));
    }
    scopes
}

/// Every signal's value this cycle, in `layout` order.
fn values(i: &Inputs, o: &Outputs, p: Option<&MmuProbe>) -> Vec<u64> {
    let b = |x: bool| x as u64;
    // In `layout`'s order: the ports scope by scope, each in the table's order.
    let mut ports: Vec<(usize, u64)> = port_values(i, o)
        .iter()
        .map(|&(n, x)| (port_scope(n).0, x))
        .collect();
    ports.sort_by_key(|&(k, _)| k);
    let mut v: Vec<u64> = ports.into_iter().map(|(_, x)| x).collect();
    if let Some(p) = p {
        for l1 in [&p.itlb, &p.dtlb] {
            v.extend([
                l1.valid,
                l1.victim as u64,
                b(l1.hit),
                l1.hit_idx as u64,
                b(l1.fill_en),
                l1.fill_idx as u64,
                b(l1.accept),
                b(l1.fast_rsp),
                b(l1.perm_allow),
                l1.perm_error_code as u64,
            ]);
        }
        v.extend([
            b(p.inv_en),
            b(p.cmd_fire),
            b(p.cr_flush_all),
            b(p.cr_smep),
            p.walker_state.code(),
            p.walker_level as u64,
            b(p.walker_busy),
            b(p.walker_start),
            b(p.walker_data),
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
            p.l2_state as u64,
            b(p.grant),
            b(p.l2_hit),
            b(p.l2_miss),
            b(p.l2_flushing),
            b(p.l2_fill),
            b(p.l2_evict),
            b(p.perm_allow),
            p.perm_error_code as u64,
        ]);
    }
    v
}

/// The translate-filter file that names the walker's states: `<vcd stem>.walker_state.filter`.
pub fn filter_path(vcd: &Path) -> PathBuf {
    vcd.with_extension("walker_state.filter")
}

impl VcdTracer {
    /// Creates `path` (and the filter file next to it) for an MMU whose ITLB and DTLB have `entries`. `inside` adds
    /// the scopes that need a view of the internal state.
    pub fn create(path: &Path, entries: [usize; 2], inside: bool) -> std::io::Result<VcdTracer> {
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
