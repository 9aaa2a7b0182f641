//! The cycle driver: runs a scenario through the RTL, port by port, cycle by cycle.
//!
//! [`run_on`] drives anything that implements [`MmuPorts`] (the rust-hdl simulation [`HdlMmu`], or the Verilated
//! export), with the walker's memory simulated by [`memory::RtlMemory`]. [`RtlEngine`] is the `rtl` engine of the
//! command line: the rust-hdl simulation of `mmu-hdl`'s `Mmu`.
//!
//! A run starts with one reset cycle (control inputs already at the scenario's values), then executes the ops in order,
//! each one to completion before the next:
//! - `access`: on the fetch port for a fetch, else on the data port: `*_req_valid` until accepted, then wait for
//!   `*_rsp_valid`. `cycles` = response cycle - accepting cycle (1 for an L1 hit or a #GP). CR2 of a #PF is the access's
//!   VA.
//! - `pair`: the fetch and the data access offered in the same cycle, each held until its port takes it; the op ends
//!   when both are answered. A walk's `walk_reads` are the reads the memory carried from the later of its acceptance
//!   and the other port's walk answer (the walker serves one port at a time).
//! - `write_mem`: written into the simulated memory directly (the MMU is idle, nothing is outstanding).
//! - `invlpg` / `invpcid`: a maintenance command (op 1 / 2 + type).
//! - `write_cr3`: the `cr3` input becomes the value without bit 63, from the cycle the MOV-CR3 command (op 0, PCID = value
//!   bits 11:0, no-flush = bit 63) is offered; the MMU itself decides what PCIDE makes of it.
//! - `write_cr`: the control input changes and one cycle passes (the MMU detects CR4 transitions in that cycle).
//!
//! Every op has a cycle limit; running past it is an engine error naming the op and the walker's state.
//!
//! Race mode ([`RtlOptions::race`], for stress tests only): an invalidating op that follows a single access (`invlpg`,
//! `invpcid`, `write_cr3`, a `write_cr` of CR4.PGE or CR4.PCIDE) is issued while that access's walk is still in flight,
//! at a seeded random cycle. The access still answers as the model does, but the MMU may then rightly kill the fill
//! (docs/architecture.md, "Races in the RTL"), so later TLB hits can differ from the model's sequential order.

pub mod memory;
pub mod vcd;

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context};
use mmu_arch::{
    pf, Access, AccessResult, CmdOp, Config, Control, CpuPort, CrReg, Op, Outcome, OutcomeCode,
    TlbLevel, CR3_NOFLUSH,
};
use mmu_model::engine::{Engine, RunResult, Scenario};
use mmu_model::mem::Memory;
use mmu_model::random::Rng;

use crate::drive::{HdlMmu, MmuProbe, WalkEvents};
use crate::ports::{drive_control, Inputs, MmuPorts, Outputs, PortOutputs};
use memory::{MemRequest, MemTiming, RtlMemory};
use vcd::VcdTracer;

impl MmuPorts for HdlMmu {
    fn settle(&mut self, inputs: &Inputs) -> Outputs {
        HdlMmu::settle(self, inputs)
    }

    fn rise(&mut self) {
        HdlMmu::rise(self);
    }
}

/// What a driver can see of an MMU besides its ports. The rust-hdl simulation shows its internal state; the
/// Verilated export shows nothing more than its ports.
pub trait Observe {
    /// Internal state of the settled cycle.
    fn probe(&self) -> Option<MmuProbe> {
        None
    }
    /// The walker's events of the settled cycle (by default from [`Observe::probe`]; an engine may read them more
    /// cheaply).
    fn walk_events(&self) -> Option<WalkEvents> {
        self.probe().map(|p| WalkEvents::of(&p))
    }
    /// Entries of the ITLB and the DTLB, when known.
    fn tlb_sizes(&self) -> Option<[usize; 2]> {
        None
    }
}

impl Observe for HdlMmu {
    fn probe(&self) -> Option<MmuProbe> {
        Some(HdlMmu::probe(self))
    }
    fn walk_events(&self) -> Option<WalkEvents> {
        Some(HdlMmu::walk_events(self))
    }
    fn tlb_sizes(&self) -> Option<[usize; 2]> {
        Some(CpuPort::ALL.map(|p| self.entries(p)))
    }
}

/// How an RTL run is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RtlOptions {
    /// Memory timing; `None`: always ready, the scenario's `mem_latency`.
    pub mem: Option<MemTiming>,
    /// Cycles one op may take before the run is abandoned with an error.
    pub cycle_limit: u64,
    /// Stream a VCD of the run to this file.
    pub vcd: Option<PathBuf>,
    /// Race mode with this seed (see the module documentation). Stress tests only.
    pub race: Option<u64>,
}

impl Default for RtlOptions {
    fn default() -> Self {
        RtlOptions {
            mem: None,
            cycle_limit: 10_000,
            vcd: None,
            race: None,
        }
    }
}

/// Events of a run, counted from the ports and, when the MMU shows it, its internal state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RtlCoverage {
    pub cycles: u64,
    pub accesses: u64,
    /// Accesses answered by their port's L1 TLB.
    pub tlb_hits: u64,
    /// The same, by port: fetch, data.
    pub l1_hits: [u64; 2],
    /// Pair ops run, those whose two requests were taken in the same cycle, those in which both ports walked.
    pub pairs: u64,
    pub pairs_same_cycle: u64,
    pub pairs_both_walked: u64,
    /// Accesses answered by the second-level TLB, by port: fetch, data.
    pub l2_hits: [u64; 2],
    /// Walks whose translation went into the L2, and those that replaced a valid entry there.
    pub l2_fills: u64,
    pub l2_evictions: u64,
    /// Invalidations applied while an L2 lookup was in flight (which they drop; it starts again).
    pub inval_during_l2_lookup: u64,
    /// Accesses answered by a walk.
    pub walks: u64,
    pub ok: u64,
    pub gp: u64,
    pub pf_not_present: u64,
    pub pf_reserved: u64,
    /// #PF from the rights check (P=1, RSVD=0), PK or not.
    pub pf_rights: u64,
    pub pf_pkey: u64,
    /// Walks that ended on a bus error.
    pub bus_errors: u64,
    /// The longest access seen (cycles from acceptance to answer); every one was within `latency_bound`.
    pub longest_access: u64,
    /// Successful walks by page size: 4K, 2M, 1G.
    pub walk_sizes: [u64; 3],
    /// Invalidations (commands or CR4 transitions) applied while a walk was in flight.
    pub inval_during_walk: u64,
    /// Walks that answered but installed nothing because an invalidation covered them.
    pub dead_fills: u64,
    pub mem_reads: u64,
    pub mem_writes: u64,
    /// A/D writes answered stale (the entry changed since the walk read it): each makes its walk start again.
    pub stale_writes: u64,
    /// `external_write` stores that landed right after a walk's read of their word.
    pub races_in_walk: u64,
}

impl RtlCoverage {
    /// Adds another run's counts to these.
    pub fn add(&mut self, o: &RtlCoverage) {
        self.cycles += o.cycles;
        self.accesses += o.accesses;
        self.tlb_hits += o.tlb_hits;
        for (t, n) in self.l1_hits.iter_mut().zip(o.l1_hits) {
            *t += n;
        }
        self.pairs += o.pairs;
        self.pairs_same_cycle += o.pairs_same_cycle;
        self.pairs_both_walked += o.pairs_both_walked;
        for (t, n) in self.l2_hits.iter_mut().zip(o.l2_hits) {
            *t += n;
        }
        self.l2_fills += o.l2_fills;
        self.l2_evictions += o.l2_evictions;
        self.inval_during_l2_lookup += o.inval_during_l2_lookup;
        self.walks += o.walks;
        self.ok += o.ok;
        self.gp += o.gp;
        self.pf_not_present += o.pf_not_present;
        self.pf_reserved += o.pf_reserved;
        self.pf_rights += o.pf_rights;
        self.pf_pkey += o.pf_pkey;
        self.bus_errors += o.bus_errors;
        self.longest_access = self.longest_access.max(o.longest_access);
        for (t, n) in self.walk_sizes.iter_mut().zip(o.walk_sizes) {
            *t += n;
        }
        self.inval_during_walk += o.inval_during_walk;
        self.dead_fills += o.dead_fills;
        self.mem_reads += o.mem_reads;
        self.mem_writes += o.mem_writes;
        self.stale_writes += o.stale_writes;
        self.races_in_walk += o.races_in_walk;
    }
}

/// What an RTL run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RtlRun {
    pub result: RunResult,
    pub coverage: RtlCoverage,
    /// The VCD written, if one was asked for.
    pub vcd: Option<PathBuf>,
}

/// The rust-hdl simulation as an engine of the command line.
#[derive(Clone, Debug, Default)]
pub struct RtlEngine {
    pub options: RtlOptions,
    last: Option<RtlCoverage>,
}

impl RtlEngine {
    pub fn new(options: RtlOptions) -> Self {
        RtlEngine {
            options,
            last: None,
        }
    }

    /// Coverage of the last successful run.
    pub fn last_coverage(&self) -> Option<&RtlCoverage> {
        self.last.as_ref()
    }

    /// Runs `scenario` and returns everything the run produced.
    pub fn run_full(&mut self, scenario: &Scenario) -> anyhow::Result<RtlRun> {
        self.run_full_observed(scenario, |_, _, _| {})
    }

    /// [`Self::run_full`], calling `after_op` as [`run_on_observed`] does.
    pub fn run_full_observed(
        &mut self,
        scenario: &Scenario,
        after_op: impl FnMut(usize, &Op, &HdlMmu),
    ) -> anyhow::Result<RtlRun> {
        self.supports(&scenario.config).map_err(|e| anyhow!(e))?;
        let mut mmu = HdlMmu::new(&scenario.config).map_err(|e| anyhow!(e))?;
        let run = run_on_observed(&mut mmu, scenario, &self.options, after_op)?;
        self.last = Some(run.coverage.clone());
        Ok(run)
    }
}

impl Engine for RtlEngine {
    fn name(&self) -> &'static str {
        "rtl"
    }

    fn supports(&self, config: &Config) -> Result<(), String> {
        config.validate_rtl()?;
        if let Some(t) = &self.options.mem {
            t.validate()?;
        }
        Ok(())
    }

    fn run(&mut self, scenario: &Scenario) -> anyhow::Result<RunResult> {
        Ok(self.run_full(scenario)?.result)
    }

    fn run_with_progress(
        &mut self,
        scenario: &Scenario,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<RunResult> {
        Ok(self
            .run_full_observed(scenario, |k, _, _| progress(k + 1))?
            .result)
    }
}

/// Runs `scenario` from reset on `mmu`.
pub fn run_on<P: MmuPorts + Observe>(
    mmu: &mut P,
    scenario: &Scenario,
    options: &RtlOptions,
) -> anyhow::Result<RtlRun> {
    run_on_observed(mmu, scenario, options, |_, _, _| {})
}

/// [`run_on`], calling `after_op(op_index, op, mmu)` once each op has completed (in race mode, the raced op completes
/// with the access before it and is reported right after it).
pub fn run_on_observed<P: MmuPorts + Observe>(
    mmu: &mut P,
    scenario: &Scenario,
    options: &RtlOptions,
    mut after_op: impl FnMut(usize, &Op, &P),
) -> anyhow::Result<RtlRun> {
    let timing = options
        .mem
        .unwrap_or_else(|| MemTiming::fixed(scenario.config.mem_latency));
    timing.validate().map_err(|e| anyhow!(e))?;
    let vcd = match &options.vcd {
        Some(path) => {
            let c = &scenario.config;
            let entries = mmu.tlb_sizes().unwrap_or([c.itlb_entries, c.tlb_entries]);
            let inside = mmu.probe().is_some();
            Some(
                VcdTracer::create(path, entries, inside)
                    .with_context(|| format!("cannot write the VCD {}", path.display()))?,
            )
        }
        None => None,
    };
    let mut d = Driver {
        mmu,
        mem: RtlMemory::new(Memory::from_words(&scenario.memory), timing),
        inputs: Inputs::default(),
        control: Control {
            cr3: scenario.control.cr3 & !CR3_NOFLUSH,
            ..scenario.control
        },
        cycle: 0,
        cov: RtlCoverage::default(),
        vcd,
        limit: options.cycle_limit,
        walking: false,
        mem_stalls: 0,
        held: 0,
        l2: scenario.config.l2_enabled(),
        walker_busy: false,
    };
    drive_control(&mut d.inputs, &d.control);
    d.inputs.reset = true;
    d.step()?;
    d.inputs.reset = false;
    // An L2 is emptied after a reset by walking its sets; nothing is taken meanwhile.
    let reset_done = d.cycle;
    while !d.step()?.cmd_ready {
        if d.cycle - reset_done > d.limit {
            return Err(d.stuck("the MMU did not come out of reset"));
        }
    }

    let mut race_rng = options.race.map(Rng::new);
    let mut results = Vec::new();
    let mut skip_next = false;
    for (op_index, op) in scenario.ops.iter().enumerate() {
        if skip_next {
            skip_next = false;
            continue;
        }
        match *op {
            Op::Access(_) | Op::Pair { .. } => {
                let race = match (&mut race_rng, scenario.ops.get(op_index + 1), op) {
                    (Some(rng), Some(next), Op::Access(_)) if raceable(next) => {
                        Some((next.clone(), 1 + rng.below(24)))
                    }
                    _ => None,
                };
                let (list, raced) = d
                    .access(op_index, &op.accesses(), race)
                    .with_context(|| format!("op {op_index} ({op:?})"))?;
                results.extend(list);
                // A racing store no walk of this op read lands now.
                d.mem.land_race();
                after_op(op_index, op, d.mmu);
                if raced {
                    after_op(op_index + 1, &scenario.ops[op_index + 1], d.mmu);
                }
                skip_next = raced;
            }
            _ => {
                d.non_access(op)
                    .with_context(|| format!("op {op_index} ({op:?})"))?;
                after_op(op_index, op, d.mmu);
            }
        }
    }
    if !d.mem.idle() {
        bail!("the run ended with a memory request outstanding");
    }
    let memory_after = scenario
        .mentioned_words()
        .into_iter()
        .map(|addr| (addr, d.mem.words().read(addr)))
        .collect();
    let (reads, writes) = d.mem.traffic();
    d.cov.mem_reads = reads;
    d.cov.mem_writes = writes;
    (d.cov.stale_writes, d.cov.races_in_walk) = d.mem.races();
    d.cov.cycles = d.cycle;
    let vcd = match d.vcd.take() {
        Some(v) => Some(v.finish(d.cycle).context("cannot finish the VCD")?),
        None => None,
    };
    Ok(RtlRun {
        result: RunResult {
            results,
            memory_after,
        },
        coverage: d.cov,
        vcd,
    })
}

/// An op race mode may issue during the preceding access's walk: it invalidates, and it changes nothing the access's
/// own rights check reads.
fn raceable(op: &Op) -> bool {
    matches!(
        op,
        Op::Invlpg { .. }
            | Op::Invpcid { .. }
            | Op::WriteCr3 { .. }
            | Op::WriteCr {
                reg: CrReg::Cr4Pge | CrReg::Cr4Pcide,
                ..
            }
    )
}

struct Driver<'a, P> {
    mmu: &'a mut P,
    mem: RtlMemory,
    inputs: Inputs,
    /// The control registers as the CPU holds them; the control inputs are driven from it.
    control: Control,
    cycle: u64,
    cov: RtlCoverage,
    vcd: Option<VcdTracer>,
    limit: u64,
    /// An accepted access has not been answered and did not answer at once: a walk is in flight.
    walking: bool,
    /// Cycles in which the walker offered a memory request that the memory did not take (back-pressure).
    mem_stalls: u64,
    /// Cycles with `cmd_ready` low: an invalidation being applied.
    held: u64,
    /// The configuration has a second-level TLB.
    l2: bool,
    /// The walker was busy in the last cycle (always true for an MMU that does not show it).
    walker_busy: bool,
}

/// An access of the op being run, on its port.
struct InFlight {
    a: Access,
    port: CpuPort,
    /// The cycle the port took it.
    accepted: Option<u64>,
    /// The memory's read count from which its walk's reads are counted.
    reads_from: u64,
    /// The memory's stale-write count when it was taken.
    stale_at_accept: u64,
    stalls_at_accept: u64,
    /// The cycles with `cmd_ready` low seen when it was taken.
    held_at_accept: u64,
    /// A miss of the other port was answered (by the L2 or a walk) while this access waited.
    waited: bool,
    result: Option<AccessResult>,
}

/// The longest one miss may keep the walker side busy, from the cycle after its acceptance to its answer: with an L2,
/// its lookup (3 cycles before the walk starts; 2 when the L2 read the 4K set ahead as the request was taken) and then
/// `10 + 5 * latency` for the walk (one start cycle, at most four reads of `1 + latency` cycles each, the rights check
/// offering the first A/D write, one cycle for each of up to three more posted writes, `latency` for the last write's
/// answer, and the answer: `1 + 4 * (1 + latency) + 1 + 3 + latency + 1`), `latency` being the memory's longest
/// answer time.
pub fn miss_bound(latency: u32, l2: bool) -> u64 {
    10 + 5 * latency as u64 + 3 * l2 as u64
}

/// What a walk started again after a stale A/D write adds at most: the `Rewalk` cycle stands for the start cycle, and
/// the rest is a walk's, `10 + 5 * latency`.
pub fn rewalk_bound(latency: u32) -> u64 {
    miss_bound(latency, false)
}

/// The longest an accepted access answered by `level` may take before its answer, in cycles:
/// - 1 for an L1 hit or a #GP (`level` L1 or none);
/// - 4 for an L2 hit (granted in the cycle after acceptance, 4K set compared a cycle later, 2M set a cycle after that,
///   answered in the next; a cycle less each when the L2 read the 4K set ahead);
/// - [`miss_bound`] for a walk;
///
/// plus one [`miss_bound`] when `waited`: the other port's miss was served first (the arbiter lets a request wait for at
/// most one; the waiting request is granted in the cycle after the other's answer, the cycle in which that port's own
/// access would have been answered from its acceptance); plus `stalls`, the cycles the memory kept `mem_req_ready` low
/// while the walker offered a request; plus `held`, the cycles `cmd_ready` was low (an invalidation being applied,
/// over the L2's sets), and 3 more when there were any: an L2 lookup that an invalidation drops starts again after it.
pub fn latency_bound(
    level: Option<TlbLevel>,
    waited: bool,
    latency: u32,
    l2: bool,
    stalls: u64,
    held: u64,
) -> u64 {
    let own = match level {
        None | Some(TlbLevel::L1) => 1,
        Some(TlbLevel::L2) => 4,
        Some(TlbLevel::Walk) => miss_bound(latency, l2),
    };
    let waiting = if waited { miss_bound(latency, l2) } else { 0 };
    let drop = if held > 0 { 3 } else { 0 };
    own + waiting + stalls + held + drop
}

impl<P: MmuPorts + Observe> Driver<'_, P> {
    /// One clock cycle with the current inputs; returns the settled outputs of the cycle.
    fn step(&mut self) -> anyhow::Result<Outputs> {
        let (ready, answer) = self.mem.drive();
        let a = answer.unwrap_or_default();
        self.inputs.mem_req_ready = ready;
        self.inputs.mem_rsp_valid = answer.is_some();
        self.inputs.mem_rsp_data = a.data;
        self.inputs.mem_rsp_err = a.err;
        self.inputs.mem_rsp_stale = a.stale;
        let out = self.mmu.settle(&self.inputs);
        self.walker_busy = true;
        if let Some(e) = self.mmu.walk_events() {
            self.walker_busy = e.walker_busy;
            self.cov.inval_during_walk += e.inval_during_walk as u64;
            self.cov.inval_during_l2_lookup += e.inval_during_l2_lookup as u64;
            self.cov.l2_fills += e.l2_fill as u64;
            self.cov.l2_evictions += e.l2_evict as u64;
            if let Some((size, dead)) = e.answered {
                self.cov.walk_sizes[size as usize] += 1;
                self.cov.dead_fills += dead as u64;
            }
        }
        // The full view inside is only read for a waveform.
        let probe = self.vcd.as_ref().and_then(|_| self.mmu.probe());
        if let Some(v) = self.vcd.as_mut() {
            v.cycle(self.cycle, &self.inputs, &out, probe.as_ref())
                .context("cannot write the VCD")?;
        }
        if out.mem_req_valid && !self.inputs.mem_req_ready {
            self.mem_stalls += 1;
        }
        if !out.cmd_ready {
            self.held += 1;
        }
        self.mem
            .edge(
                out.mem_req_valid,
                MemRequest {
                    addr: out.mem_req_addr,
                    we: out.mem_req_we,
                    wdata: out.mem_req_wdata,
                    expect: out.mem_req_expect,
                },
            )
            .map_err(|e| anyhow!("cycle {}: {e}", self.cycle))?;
        self.mmu.rise();
        self.cycle += 1;
        Ok(out)
    }

    fn stuck(&self, what: &str) -> anyhow::Error {
        match self.mmu.probe() {
            Some(p) => anyhow!(
                "{what} within {} cycles (cycle {}, walker {:?} at level {}, memory {})",
                self.limit,
                self.cycle,
                p.walker_state,
                p.walker_level,
                if self.mem.idle() { "idle" } else { "busy" }
            ),
            None => anyhow!("{what} within {} cycles (cycle {})", self.limit, self.cycle),
        }
    }

    /// Runs the accesses of one op, each on its port, all offered from the same cycle (one access, or a pair); with
    /// `race = Some((op, delay))` (one access only), issues `op` `delay` cycles after the access is accepted if the
    /// access is still unanswered then. Returns the results, in the op's order, and whether `op` was performed.
    fn access(
        &mut self,
        op_index: usize,
        accesses: &[Access],
        race: Option<(Op, u64)>,
    ) -> anyhow::Result<(Vec<AccessResult>, bool)> {
        debug_assert!(race.is_none() || accesses.len() == 1);
        let mut flights: Vec<InFlight> = accesses
            .iter()
            .map(|&a| InFlight {
                a,
                port: CpuPort::of(a.kind),
                accepted: None,
                reads_from: 0,
                stale_at_accept: 0,
                stalls_at_accept: 0,
                held_at_accept: 0,
                waited: false,
                result: None,
            })
            .collect();
        for f in &flights {
            self.inputs.offer(f.port, Some(f.a));
        }
        let offered = self.cycle;
        let mut race = race;
        let mut raced = false;
        let mut race_cmd_offered = false;
        while flights.iter().any(|f| f.result.is_none()) {
            let c = self.cycle;
            // Race mode: put the following op on the ports while the walk runs.
            if let (Some((op, delay)), Some(accepted)) = (&race, flights[0].accepted) {
                // (aimed at the walk: an invalidation during an L2 lookup drops it, and it starts again afterwards)
                if self.walking && self.walker_busy && c >= accepted + delay && !race_cmd_offered {
                    match *op {
                        Op::WriteCr { reg, value } => {
                            self.set_control(reg, value);
                            self.cov.inval_during_walk += self.mmu.probe().is_none() as u64;
                            raced = true;
                        }
                        _ => {
                            self.offer_command(op);
                            race_cmd_offered = true;
                        }
                    }
                }
            }
            let out = self.step()?;
            if race_cmd_offered && !raced && out.cmd_ready {
                self.inputs.cmd_valid = false;
                self.cov.inval_during_walk += self.mmu.probe().is_none() as u64;
                raced = true;
            }
            if raced {
                race = None;
            }
            let mut walk_answered = false;
            for f in flights.iter_mut() {
                let po = out.port(f.port);
                let Some(accepted) = f.accepted else {
                    if po.rsp_valid {
                        bail!(
                            "cycle {c}: a response on the {} port without an outstanding request",
                            f.port.name()
                        );
                    }
                    if po.req_ready {
                        f.accepted = Some(c);
                        f.reads_from = self.mem.traffic().0;
                        f.stale_at_accept = self.mem.races().0;
                        f.stalls_at_accept = self.mem_stalls;
                        f.held_at_accept = self.held;
                        self.inputs.offer(f.port, None);
                    } else if c - offered > self.limit {
                        return Err(self.stuck("the request was not accepted"));
                    }
                    continue;
                };
                if f.result.is_some() {
                    if po.rsp_valid {
                        bail!("cycle {c}: a second response on the {} port", f.port.name());
                    }
                    continue;
                }
                if !po.rsp_valid {
                    if c - accepted > self.limit {
                        return Err(self.stuck("no response"));
                    }
                    continue;
                }
                if race_cmd_offered && !raced {
                    // the walk answered before the command was taken: withdraw it, it runs in order later
                    self.inputs.cmd_valid = false;
                    if let Some(Op::WriteCr3 { .. }) = race.as_ref().map(|r| &r.0) {
                        bail!("a MOV CR3 offered during a walk was not accepted before the answer");
                    }
                }
                let result = self.record(op_index, f.a, &po, c - accepted, f.reads_from)?;
                let missed = matches!(result.tlb, Some(TlbLevel::L2 | TlbLevel::Walk));
                // The documented bound, checked on every access: its own level, and one more miss of the other port
                // if that one was answered while this access waited.
                // A stale write makes its walk start again: one more walk each, at most.
                let rewalks = self.mem.races().0 - f.stale_at_accept;
                let bound = latency_bound(
                    result.tlb,
                    f.waited,
                    self.mem.max_latency(),
                    self.l2,
                    self.mem_stalls - f.stalls_at_accept,
                    self.held - f.held_at_accept,
                ) + rewalks * rewalk_bound(self.mem.max_latency());
                if c - accepted > bound {
                    bail!(
                        "cycle {c}: op {op_index} answered {} cycles after acceptance, beyond the bound of {bound}",
                        c - accepted
                    );
                }
                self.cov.longest_access = self.cov.longest_access.max(c - accepted);
                walk_answered |= missed;
                f.result = Some(result);
            }
            if walk_answered {
                // The walker (and the L2) serve one port at a time: the reads from here on belong to the next walk.
                let reads = self.mem.traffic().0;
                for f in flights
                    .iter_mut()
                    .filter(|f| f.accepted.is_some() && f.result.is_none())
                {
                    f.reads_from = reads;
                    f.waited = true;
                }
            }
            self.walking = flights
                .iter()
                .any(|f| f.accepted.is_some() && f.result.is_none());
        }
        self.walking = false;
        if let [f, d] = &flights[..] {
            self.cov.pairs += 1;
            self.cov.pairs_same_cycle += (f.accepted == d.accepted) as u64;
            self.cov.pairs_both_walked += flights
                .iter()
                .all(|f| f.result.and_then(|r| r.tlb) == Some(TlbLevel::Walk))
                as u64;
        }
        Ok((
            flights.into_iter().filter_map(|f| f.result).collect(),
            raced,
        ))
    }

    fn record(
        &mut self,
        op_index: usize,
        a: Access,
        out: &PortOutputs,
        cycles: u64,
        reads_from: u64,
    ) -> anyhow::Result<AccessResult> {
        let outcome = out.outcome(a.va);
        // Every read the memory port carried since the walk could start belongs to it.
        let walk_reads = (self.mem.traffic().0 - reads_from) as u32;
        let tlb = if out.rsp_tlb_hit {
            Some(TlbLevel::L1)
        } else if out.rsp_l2_hit {
            Some(TlbLevel::L2)
        } else if out.rsp_outcome != OutcomeCode::GeneralProtection {
            Some(TlbLevel::Walk)
        } else {
            None
        };
        let c = &mut self.cov;
        c.accesses += 1;
        match tlb {
            Some(TlbLevel::L1) => {
                c.tlb_hits += 1;
                c.l1_hits[CpuPort::of(a.kind) as usize] += 1;
            }
            Some(TlbLevel::L2) => c.l2_hits[CpuPort::of(a.kind) as usize] += 1,
            Some(TlbLevel::Walk) => c.walks += 1,
            None => {}
        }
        match outcome {
            Outcome::Ok { .. } => c.ok += 1,
            Outcome::GeneralProtection => c.gp += 1,
            Outcome::BusError { .. } => c.bus_errors += 1,
            Outcome::PageFault { error_code, .. } => {
                if error_code & pf::P == 0 {
                    c.pf_not_present += 1;
                } else if error_code & pf::RSVD != 0 {
                    c.pf_reserved += 1;
                } else {
                    c.pf_rights += 1;
                }
                if error_code & pf::PK != 0 {
                    c.pf_pkey += 1;
                }
            }
        }
        Ok(AccessResult {
            op_index,
            outcome,
            tlb_hit: Some(out.rsp_tlb_hit),
            tlb,
            cycles: Some(cycles),
            walk_reads: Some(walk_reads),
        })
    }

    /// Puts the maintenance command for `op` on the ports (and, for MOV CR3, the new CR3 value).
    fn offer_command(&mut self, op: &Op) {
        let i = &mut self.inputs;
        i.cmd_valid = true;
        i.cmd_va = 0;
        i.cmd_pcid = 0;
        i.cmd_noflush = false;
        match *op {
            Op::Invlpg { va } => {
                i.cmd_op = CmdOp::Invlpg;
                i.cmd_va = va;
            }
            Op::Invpcid { kind, pcid, va } => {
                i.cmd_op = CmdOp::invpcid(kind);
                i.cmd_pcid = pcid & 0xfff;
                i.cmd_va = va;
            }
            Op::WriteCr3 { value } => {
                i.cmd_op = CmdOp::MovCr3;
                i.cmd_pcid = (value & 0xfff) as u16;
                i.cmd_noflush = value & CR3_NOFLUSH != 0;
                self.control.cr3 = value & !CR3_NOFLUSH;
                drive_control(&mut self.inputs, &self.control);
            }
            _ => unreachable!("not a maintenance command: {op:?}"),
        }
    }

    fn set_control(&mut self, reg: CrReg, value: u64) {
        self.control.set(reg, value);
        drive_control(&mut self.inputs, &self.control);
    }

    /// Every op but an access.
    fn non_access(&mut self, op: &Op) -> anyhow::Result<()> {
        match *op {
            Op::Access(_) | Op::Pair { .. } => unreachable!("accesses are run by `access`"),
            Op::WriteMem { addr, value } => {
                if !self.mem.idle() {
                    bail!("write_mem while the walker's memory is busy");
                }
                self.mem.store(addr, value);
            }
            Op::Poison { addr } => self.mem.poison(addr),
            Op::ExternalWrite { addr, value } => self.mem.arm_race(addr, value),
            Op::Invlpg { .. } | Op::Invpcid { .. } | Op::WriteCr3 { .. } => {
                self.offer_command(op);
                let offered = self.cycle;
                loop {
                    let out = self.step()?;
                    if out.cmd_ready {
                        break;
                    }
                    if self.cycle - offered > self.limit {
                        return Err(self.stuck("the command was not accepted"));
                    }
                }
                self.inputs.cmd_valid = false;
            }
            Op::WriteCr { reg, value } => {
                self.set_control(reg, value);
                self.step()?;
            }
        }
        Ok(())
    }
}
