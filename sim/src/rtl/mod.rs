//! The cycle driver: runs a scenario through the RTL, port by port, cycle by cycle.
//!
//! [`run_on`] drives anything that implements [`MmuPorts`] (the rust-hdl simulation [`HdlMmu`], or the Verilated
//! export), with the walker's memory simulated by [`memory::RtlMemory`]. [`RtlEngine`] is the `rtl` engine of the
//! command line: the rust-hdl simulation of `mmu-hdl`'s `Mmu`.
//!
//! A run starts with one reset cycle (control inputs already at the scenario's values), then executes the ops in order,
//! each one to completion before the next:
//! - `access`: `req_valid` until accepted, then wait for `rsp_valid`. `cycles` = response cycle - accepting cycle (1 for a
//!   TLB hit or a #GP). CR2 of a #PF is the access's VA.
//! - `write_mem`: written into the simulated memory directly (the MMU is idle, nothing is outstanding).
//! - `invlpg` / `invpcid`: a maintenance command (op 1 / 2 + type).
//! - `write_cr3`: the `cr3` input becomes the value without bit 63, from the cycle the MOV-CR3 command (op 0, PCID = value
//!   bits 11:0, no-flush = bit 63) is offered; the MMU itself decides what PCIDE makes of it.
//! - `write_cr`: the control input changes and one cycle passes (the MMU detects CR4 transitions in that cycle).
//!
//! Every op has a cycle limit; running past it is an engine error naming the op and the walker's state.
//!
//! Race mode ([`RtlOptions::race`], for stress tests only): an invalidating op that follows an access (`invlpg`,
//! `invpcid`, `write_cr3`, a `write_cr` of CR4.PGE or CR4.PCIDE) is issued while that access's walk is still in flight,
//! at a seeded random cycle. The access still answers as the model does, but the MMU may then rightly kill the fill
//! (docs/architecture.md, "Races in the RTL"), so later TLB hits can differ from the model's sequential order.

pub mod memory;
pub mod vcd;

use std::cell::{Ref, RefCell};
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context};
use mmu_hdl::drive::{AnyMmu, MmuPorts as HdlPorts, MmuProbe, TlbEntryView};
use mmu_hdl::mmu::MmuConfig;
use mmu_hdl::walker::WalkState;

use crate::arch::{
    pf, Access, AccessKind, AccessResult, Config, Control, CrReg, Op, Outcome, CR3_NOFLUSH,
};
use crate::engine::{Engine, RunResult, Scenario};
use crate::mem::Memory;
use crate::ports::{drive_control, Inputs, MmuPorts, Outputs, VerilatedMmu};
use crate::random::Rng;
use memory::{MemTiming, RtlMemory};
use vcd::VcdTracer;

/// `cmd_op` encoding of the MMU's maintenance port.
const CMD_MOV_CR3: u8 = 0;
const CMD_INVLPG: u8 = 1;
const CMD_INVPCID0: u8 = 2;

/// The rust-hdl simulation of the MMU (`mmu-hdl`'s `Mmu`, TLB size chosen at run time) as an [`MmuPorts`].
///
/// `rise` only starts the clock edge; the next `settle` completes it together with the new inputs (`mmu_hdl::step`).
/// Looking inside ([`Observe`], [`HdlMmu::inner`]) between the two completes the edge first, so an observer always
/// sees the flops as they are after the edge.
pub struct HdlMmu {
    mmu: RefCell<AnyMmu>,
}

impl HdlMmu {
    /// An MMU with `entries` TLB entries (one of [`AnyMmu::SIZES`]), MAXPHYADDR `paddr_bits` and `pwc_entries`
    /// paging-structure cache entries.
    pub fn new(entries: usize, paddr_bits: u32, pwc_entries: usize) -> Result<HdlMmu, String> {
        let config = MmuConfig {
            paddr_bits,
            pwc_entries,
        };
        Ok(HdlMmu {
            mmu: RefCell::new(AnyMmu::new(entries, config)?),
        })
    }

    /// The simulated design, for direct inspection.
    pub fn inner(&self) -> Ref<'_, AnyMmu> {
        self.mmu.borrow_mut().finish_edge();
        self.mmu.borrow()
    }
}

impl MmuPorts for HdlMmu {
    fn settle(&mut self, inputs: &Inputs) -> Outputs {
        let mmu = self.mmu.get_mut();
        mmu.set_inputs(inputs);
        HdlPorts::settle(mmu);
        mmu.outputs()
    }

    fn rise(&mut self) {
        HdlPorts::rise(self.mmu.get_mut());
    }
}

/// What a driver can see of an MMU besides its ports. The rust-hdl simulation shows its internal state; the
/// Verilated export shows nothing more than its ports.
pub trait Observe {
    /// Internal state of the settled cycle.
    fn probe(&self) -> Option<MmuProbe> {
        None
    }
    /// The TLB, entry by entry.
    fn tlb_entries(&self) -> Option<Vec<Option<TlbEntryView>>> {
        None
    }
    /// Number of TLB entries, when known.
    fn tlb_size(&self) -> Option<usize> {
        None
    }
}

impl Observe for HdlMmu {
    fn probe(&self) -> Option<MmuProbe> {
        Some(self.inner().probe())
    }
    fn tlb_entries(&self) -> Option<Vec<Option<TlbEntryView>>> {
        Some(self.inner().tlb_entries())
    }
    fn tlb_size(&self) -> Option<usize> {
        Some(self.mmu.borrow().entries())
    }
}

impl Observe for VerilatedMmu {}

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
    pub tlb_hits: u64,
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
}

impl RtlCoverage {
    /// Adds another run's counts to these.
    pub fn add(&mut self, o: &RtlCoverage) {
        self.cycles += o.cycles;
        self.accesses += o.accesses;
        self.tlb_hits += o.tlb_hits;
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
        let mut mmu = HdlMmu::new(
            scenario.config.tlb_entries,
            scenario.config.paddr_bits,
            scenario.config.pwc_entries,
        )
        .map_err(|e| anyhow!(e))?;
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
        config.validate()?;
        if !AnyMmu::supports(config.tlb_entries) {
            return Err(format!(
                "the rtl engine is built for TLB sizes {:?}; config.tlb_entries = {} is not one of them",
                AnyMmu::SIZES,
                config.tlb_entries
            ));
        }
        if config.mem_latency == 0 {
            return Err(
                "the cycle-accurate engines need config.mem_latency >= 1: the memory answers after the request transfers"
                    .into(),
            );
        }
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
            let entries = mmu.tlb_size().unwrap_or(scenario.config.tlb_entries);
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
    };
    drive_control(&mut d.inputs, &d.control);
    d.inputs.reset = true;
    d.step()?;
    d.inputs.reset = false;

    let mut race_rng = options.race.map(Rng::new);
    let mut results = Vec::new();
    let mut skip_next = false;
    for (op_index, op) in scenario.ops.iter().enumerate() {
        if skip_next {
            skip_next = false;
            continue;
        }
        match *op {
            Op::Access(a) => {
                let race = match (&mut race_rng, scenario.ops.get(op_index + 1)) {
                    (Some(rng), Some(next)) if raceable(next) => {
                        Some((next.clone(), 1 + rng.below(24)))
                    }
                    _ => None,
                };
                let (result, raced) = d
                    .access(op_index, a, race)
                    .with_context(|| format!("op {op_index} ({op:?})"))?;
                results.push(result);
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
}

/// The longest an accepted access may take before its answer, in cycles: 1 for a TLB hit or a #GP; for a walk
/// `11 + 8 * latency + stalls`, where `latency` is the memory's longest answer time and `stalls` the cycles the memory
/// kept `mem_req_ready` low while the walker offered a request. (A walk is one start cycle, at most four reads and
/// four A/D writes of `1 + latency` cycles each, the rights check and the answer: `3 + 8 * (1 + latency)`.)
pub fn latency_bound(walked: bool, latency: u32, stalls: u64) -> u64 {
    if walked {
        11 + 8 * latency as u64 + stalls
    } else {
        1
    }
}

impl<P: MmuPorts + Observe> Driver<'_, P> {
    /// One clock cycle with the current inputs; returns the settled outputs of the cycle.
    fn step(&mut self) -> anyhow::Result<Outputs> {
        let (ready, rsp_valid, rsp_data, rsp_err) = self.mem.drive();
        self.inputs.mem_req_ready = ready;
        self.inputs.mem_rsp_valid = rsp_valid;
        self.inputs.mem_rsp_data = rsp_data;
        self.inputs.mem_rsp_err = rsp_err;
        let out = self.mmu.settle(&self.inputs);
        let probe = self.mmu.probe();
        if let Some(p) = &probe {
            if p.inv_en && p.walker_busy {
                self.cov.inval_during_walk += 1;
            }
            if p.walker_state == WalkState::Done {
                self.cov.walk_sizes[p.walker_leaf_size.min(2) as usize] += 1;
                if p.walker_dead || p.walker_kill {
                    self.cov.dead_fills += 1;
                }
            }
        }
        if let Some(v) = self.vcd.as_mut() {
            v.cycle(self.cycle, &self.inputs, &out, probe.as_ref())
                .context("cannot write the VCD")?;
        }
        if out.mem_req_valid && !self.inputs.mem_req_ready {
            self.mem_stalls += 1;
        }
        self.mem
            .edge(
                out.mem_req_valid,
                out.mem_req_addr,
                out.mem_req_we,
                out.mem_req_wdata,
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

    /// Runs an access; with `race = Some((op, delay))`, issues `op` `delay` cycles after the access is accepted if the
    /// access is still unanswered then. Returns the result and whether `op` was performed.
    fn access(
        &mut self,
        op_index: usize,
        a: Access,
        race: Option<(Op, u64)>,
    ) -> anyhow::Result<(AccessResult, bool)> {
        self.inputs.req_valid = true;
        self.inputs.req_va = a.va;
        self.inputs.req_kind = match a.kind {
            AccessKind::Read => 0,
            AccessKind::Write => 1,
            AccessKind::Fetch => 2,
        };
        self.inputs.req_user = a.user;
        let offered = self.cycle;
        let accepted = loop {
            let c = self.cycle;
            let out = self.step()?;
            if out.rsp_valid {
                bail!("cycle {c}: a response without an outstanding request");
            }
            if out.req_ready {
                break c;
            }
            if self.cycle - offered > self.limit {
                return Err(self.stuck("the request was not accepted"));
            }
        };
        self.inputs.req_valid = false;
        let reads_at_accept = self.mem.traffic().0;
        let stalls_at_accept = self.mem_stalls;

        let mut race = race;
        let mut raced = false;
        let mut race_cmd_offered = false;
        loop {
            let c = self.cycle;
            // Race mode: put the following op on the ports while the walk runs.
            if let Some((op, delay)) = &race {
                if self.walking && c >= accepted + delay && !race_cmd_offered {
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
            if out.rsp_valid {
                if race_cmd_offered && !raced {
                    // the walk answered before the command was taken: withdraw it, it runs in order later
                    self.inputs.cmd_valid = false;
                    if let Some(Op::WriteCr3 { .. }) = race.as_ref().map(|r| &r.0) {
                        bail!("a MOV CR3 offered during a walk was not accepted before the answer");
                    }
                }
                let result = self.record(op_index, a, &out, c - accepted, reads_at_accept)?;
                // The documented bound, checked on every access.
                let bound = latency_bound(
                    !out.rsp_tlb_hit && out.rsp_outcome != 2,
                    self.mem.max_latency(),
                    self.mem_stalls - stalls_at_accept,
                );
                if c - accepted > bound {
                    bail!(
                        "cycle {c}: op {op_index} answered {} cycles after acceptance, beyond the bound of {bound}",
                        c - accepted
                    );
                }
                self.cov.longest_access = self.cov.longest_access.max(c - accepted);
                self.walking = false;
                return Ok((result, raced));
            }
            self.walking = true;
            if c - accepted > self.limit {
                return Err(self.stuck("no response"));
            }
        }
    }

    fn record(
        &mut self,
        op_index: usize,
        a: Access,
        out: &Outputs,
        cycles: u64,
        reads_at_accept: u64,
    ) -> anyhow::Result<AccessResult> {
        let outcome = match out.rsp_outcome {
            0 => Outcome::Ok { pa: out.rsp_pa },
            1 => Outcome::PageFault {
                error_code: out.rsp_error_code as u32,
                cr2: a.va,
            },
            2 => Outcome::GeneralProtection,
            3 => Outcome::BusError { addr: out.rsp_pa },
            x => bail!("the MMU answered with the undefined outcome {x}"),
        };
        // Every read the memory port carried since the access was accepted belongs to its walk.
        let walk_reads = (self.mem.traffic().0 - reads_at_accept) as u32;
        let c = &mut self.cov;
        c.accesses += 1;
        if out.rsp_tlb_hit {
            c.tlb_hits += 1;
        } else if out.rsp_outcome != 2 {
            c.walks += 1;
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
                i.cmd_op = CMD_INVLPG;
                i.cmd_va = va;
            }
            Op::Invpcid { kind, pcid, va } => {
                i.cmd_op = CMD_INVPCID0 + kind.number();
                i.cmd_pcid = pcid & 0xfff;
                i.cmd_va = va;
            }
            Op::WriteCr3 { value } => {
                i.cmd_op = CMD_MOV_CR3;
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
            Op::Access(_) => unreachable!("accesses are run by `access`"),
            Op::WriteMem { addr, value } => {
                if !self.mem.idle() {
                    bail!("write_mem while the walker's memory is busy");
                }
                self.mem.store(addr, value);
            }
            Op::Poison { addr } => self.mem.poison(addr),
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

#[cfg(test)]
mod speed {
    use super::*;
    use crate::random::{self, Params};

    /// Cycles per second of the rtl engine on the work `make bench` measures (24 random scenarios of 400 ops, memory
    /// latency 2), best of three. `MMU_SPEED_ENTRIES=16` measures one size only. Run with
    /// `cargo test --release -p mmu-sim --lib measure_engine_speed -- --ignored --nocapture`.
    #[test]
    #[ignore = "measurement, not a check"]
    fn measure_engine_speed() {
        let only: Option<usize> = std::env::var("MMU_SPEED_ENTRIES")
            .ok()
            .and_then(|v| v.parse().ok());
        for entries in [16usize, 32] {
            if only.is_some_and(|o| o != entries) {
                continue;
            }
            let params = Params {
                ops: 400,
                tlb_entries: vec![entries],
                mem_latency: vec![2],
                ..Params::default()
            };
            let work: Vec<Scenario> = (0..24)
                .map(|s| random::scenario(1000 + s, &params))
                .collect();
            let mut best = f64::MAX;
            let mut cycles = 0;
            for _ in 0..3 {
                let t0 = std::time::Instant::now();
                cycles = 0;
                for s in &work {
                    let run = RtlEngine::new(RtlOptions::default()).run_full(s).unwrap();
                    cycles += run.coverage.cycles;
                }
                best = best.min(t0.elapsed().as_secs_f64());
            }
            println!(
                "{entries} entries: {cycles} cycles in {best:.3} s = {:.0} cycles/s",
                cycles as f64 / best
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arch::InvpcidType;
    use crate::model;
    use crate::random::{self, Params};
    use proptest::prelude::*;
    use proptest::test_runner::{Config as PtConfig, RngSeed, TestRunner};

    /// Failure persistence off, a known seed (from `PROPTEST_RNG_SEED` or the clock), printed so that a failing run
    /// shows how to replay it.
    fn pt_config(cases: u32, name: &str) -> PtConfig {
        let seed = std::env::var("PROPTEST_RNG_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        println!("proptest seed {seed}; replay with: PROPTEST_RNG_SEED={seed} cargo test --release -p mmu-sim {name}");
        PtConfig {
            cases,
            failure_persistence: None,
            rng_seed: RngSeed::Fixed(seed),
            ..PtConfig::default()
        }
    }

    fn params() -> Params {
        Params {
            ops: 48,
            tlb_entries: vec![4, 8, 16, 32, 64],
            mem_latency: vec![1, 2, 3],
            pages: 10,
            paddr_bits: None,
            pwc_entries: None,
        }
    }

    /// What the model and the RTL must agree on: every outcome, every `tlb_hit`, how many entries each walk read
    /// (which levels the paging-structure cache let it skip), memory at the end.
    type Comparable = (
        Vec<(usize, Outcome, Option<bool>, Option<u32>)>,
        Vec<(u64, u64)>,
    );

    fn comparable(r: &RunResult) -> Comparable {
        (
            r.results
                .iter()
                .map(|a| (a.op_index, a.outcome, a.tlb_hit, a.walk_reads))
                .collect(),
            r.memory_after.clone(),
        )
    }

    /// Random scenarios (both address spaces, every op kind, every TLB size, random MAXPHYADDR) on the RTL and on the
    /// reference model, with the scenario's fixed memory latency and again with random latency and back-pressure:
    /// results, TLB hits and final memory must be identical.
    #[test]
    fn random_scenarios_match_the_model() {
        let name = "rtl::tests::random_scenarios_match_the_model";
        let mut runner = TestRunner::new(pt_config(40, name));
        let total = std::cell::RefCell::new(RtlCoverage::default());
        let strategy = (any::<u64>(), 0u32..4, 20u32..=100, any::<u64>());
        let result = runner.run(&strategy, |(seed, extra, ready, mem_seed)| {
            let sc = random::scenario(seed, &params());
            let (want, _) = model::run(&sc);
            let mut engine = RtlEngine::default();
            let got = engine
                .run_full(&sc)
                .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            prop_assert_eq!(
                comparable(&got.result),
                comparable(&want),
                "scenario seed {}",
                seed
            );
            for a in &got.result.results {
                if a.tlb_hit == Some(true) || a.outcome == Outcome::GeneralProtection {
                    prop_assert_eq!(
                        a.cycles,
                        Some(1),
                        "op {}: hits and #GP answer in one cycle",
                        a.op_index
                    );
                }
            }
            total.borrow_mut().add(&got.coverage);
            let mut jittery = RtlEngine::new(RtlOptions {
                mem: Some(MemTiming {
                    latency: sc.config.mem_latency,
                    extra_latency: extra,
                    ready_percent: ready,
                    seed: mem_seed,
                }),
                ..RtlOptions::default()
            });
            let got = jittery
                .run_full(&sc)
                .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            prop_assert_eq!(
                comparable(&got.result),
                comparable(&want),
                "scenario seed {}, random timing",
                seed
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let c = total.into_inner();
        println!("{c:?}");
        for (what, n) in [
            ("hits", c.tlb_hits),
            ("walks", c.walks),
            ("#GP", c.gp),
            ("#PF not present", c.pf_not_present),
            ("#PF reserved", c.pf_reserved),
            ("#PF rights", c.pf_rights),
            ("#PF pkey", c.pf_pkey),
            ("4K walks", c.walk_sizes[0]),
            ("2M walks", c.walk_sizes[1]),
            ("1G walks", c.walk_sizes[2]),
        ] {
            assert!(n > 0, "never exercised: {what} ({c:?})");
        }
        assert_eq!(
            c.inval_during_walk + c.dead_fills,
            0,
            "in order, nothing races"
        );
    }

    /// Whether invalidating `op` (applied with control state `c` before it) drops entry `e`.
    fn drops(op: &Op, c: &Control, e: &TlbEntryView) -> bool {
        let covers = |va: u64| {
            let shift = 9 * e.size as u32;
            (e.vpn >> shift) == (((va >> 12) & ((1 << 36) - 1)) >> shift)
        };
        let pcid = c.pcid();
        match *op {
            Op::Invlpg { va } => (e.glob || e.pcid == pcid) && covers(va),
            Op::Invpcid { kind, pcid: p, va } => match kind {
                InvpcidType::Address => !e.glob && e.pcid == p && covers(va),
                InvpcidType::SingleContext => !e.glob && e.pcid == p,
                InvpcidType::AllIncludingGlobal => true,
                InvpcidType::AllNonGlobal => !e.glob,
            },
            Op::WriteCr3 { value } => {
                if !c.cr4_pcide {
                    !e.glob
                } else {
                    value & CR3_NOFLUSH == 0 && !e.glob && e.pcid == (value & 0xfff) as u16
                }
            }
            Op::WriteCr {
                reg: CrReg::Cr4Pge,
                value,
            } => (value != 0) != c.cr4_pge,
            Op::WriteCr {
                reg: CrReg::Cr4Pcide,
                value,
            } => c.cr4_pcide && value == 0,
            _ => false,
        }
    }

    /// Race mode: invalidations land while walks are in flight. The first raced access still answers as the model does;
    /// after every invalidation nothing it covers is left in the TLB (a killed fill never appears); no two entries can
    /// ever match one address; and the driver sees both events it counts.
    #[test]
    fn race_mode_never_installs_an_invalidated_translation() {
        let name = "rtl::tests::race_mode_never_installs_an_invalidated_translation";
        let mut runner = TestRunner::new(pt_config(24, name));
        let total = std::cell::RefCell::new(RtlCoverage::default());
        let result = runner.run(&(any::<u64>(), any::<u64>()), |(seed, race_seed)| {
            let mut sc = random::scenario(
                seed,
                &Params {
                    tlb_entries: vec![4, 16],
                    ..params()
                },
            );
            // make races frequent: an invalidation after most accesses
            let mut ops = vec![];
            for (k, op) in sc.ops.iter().enumerate() {
                ops.push(op.clone());
                if let Op::Access(a) = op {
                    if k % 3 != 2 {
                        ops.push(Op::Invlpg {
                            va: a.va ^ ((k as u64 % 2) << 12),
                        });
                    }
                }
            }
            sc.ops = ops;
            let (want, _) = model::run(&sc);
            let mut mmu = HdlMmu::new(
                sc.config.tlb_entries,
                sc.config.paddr_bits,
                sc.config.pwc_entries,
            )
            .unwrap();
            let options = RtlOptions {
                race: Some(race_seed),
                ..RtlOptions::default()
            };
            let mut control = Control {
                cr3: sc.control.cr3 & !CR3_NOFLUSH,
                ..sc.control
            };
            let mut violation = None;
            let got = run_on_observed(&mut mmu, &sc, &options, |k, op, m| {
                let entries = m.tlb_entries().unwrap();
                for e in entries.iter().flatten() {
                    if drops(op, &control, e) && violation.is_none() {
                        violation =
                            Some(format!("after op {k} ({op:?}) the TLB still holds {e:x?}"));
                    }
                }
                let live: Vec<&TlbEntryView> = entries.iter().flatten().collect();
                for (x, a) in live.iter().enumerate() {
                    for b in &live[x + 1..] {
                        let s = 9 * a.size.max(b.size) as u32;
                        if (a.vpn >> s) == (b.vpn >> s)
                            && (a.glob || b.glob || a.pcid == b.pcid)
                            && violation.is_none()
                        {
                            violation =
                                Some(format!("after op {k}: {a:x?} and {b:x?} can both match"));
                        }
                    }
                }
                match *op {
                    Op::WriteCr3 { value } => control.cr3 = value & !CR3_NOFLUSH,
                    Op::WriteCr { reg, value } => control.set(reg, value),
                    _ => {}
                }
            })
            .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            if let Some(v) = violation {
                return Err(TestCaseError::fail(v));
            }
            // up to the first access whose walk raced, the run is the model's
            let mut first_race_seen = false;
            for (g, w) in got.result.results.iter().zip(&want.results) {
                prop_assert_eq!(g.op_index, w.op_index);
                if first_race_seen {
                    break;
                }
                prop_assert_eq!(g.outcome, w.outcome, "op {}", g.op_index);
                first_race_seen =
                    g.tlb_hit == Some(false) && g.outcome != Outcome::GeneralProtection;
            }
            total.borrow_mut().add(&got.coverage);
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let c = total.into_inner();
        println!("{c:?}");
        assert!(
            c.inval_during_walk > 0 && c.dead_fills > 0,
            "races happened: {c:?}"
        );
    }

    #[test]
    fn examples_run_on_the_rtl_as_on_the_model() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
        let mut ran = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let sc = crate::scenario::load_scenario(&path).unwrap();
            let mut engine = RtlEngine::default();
            if engine.supports(&sc.config).is_err() {
                continue;
            }
            let got = engine.run(&sc).unwrap();
            let (want, _) = model::run(&sc);
            assert_eq!(comparable(&got), comparable(&want), "{}", path.display());
            ran += 1;
        }
        assert!(ran > 0, "no example ran");
    }

    fn tiny_scenario(entries: usize, latency: u32) -> Scenario {
        // one 4K page at VA 0x1000 -> PA 0x5000; tables at 0x10000..
        let memory = vec![
            (0x10000, 0x11000 | 0x7),
            (0x11000, 0x12000 | 0x7),
            (0x12000, 0x13000 | 0x7),
            (0x13008, 0x5000 | 0x7),
        ];
        let acc = |va: u64, kind| {
            Op::Access(Access {
                va,
                kind,
                user: false,
            })
        };
        Scenario {
            config: Config {
                tlb_entries: entries,
                paddr_bits: 40,
                mem_latency: latency,
                ..Config::default()
            },
            control: Control {
                cr3: 0x10000,
                ..Control::default()
            },
            memory,
            ops: vec![
                acc(0x1234, AccessKind::Read),
                acc(0x1238, AccessKind::Read),
                acc(0x1238, AccessKind::Write),
                Op::Invlpg { va: 0x1000 },
                acc(0x1000, AccessKind::Fetch),
                acc(0x8000_0000_0000, AccessKind::Read),
                Op::WriteCr {
                    reg: CrReg::Cr4Pge,
                    value: 1,
                },
                Op::WriteCr3 {
                    value: 0x10000 | CR3_NOFLUSH,
                },
                acc(0x1000, AccessKind::Read),
            ],
        }
    }

    #[test]
    fn cycles_of_a_cold_walk_a_hit_and_a_gp() {
        for (latency, cold) in [(1, 19), (2, 27)] {
            // The documented bound is reached exactly by a cold walk writing A at every level.
            assert_eq!(cold, latency_bound(true, latency, 0));
            let sc = tiny_scenario(16, latency);
            let got = RtlEngine::default().run(&sc).unwrap();
            let cyc: Vec<(Option<bool>, Option<u64>)> =
                got.results.iter().map(|a| (a.tlb_hit, a.cycles)).collect();
            assert_eq!(
                cyc[0],
                (Some(false), Some(cold)),
                "cold 4K walk, all A bits clear, L={latency}"
            );
            assert_eq!(cyc[1], (Some(true), Some(1)), "hit");
            // results are per access: ops 0, 1, 2, 4, 5, 8
            assert_eq!(
                cyc[2].0,
                Some(false),
                "a write to the clean entry walks again"
            );
            assert_eq!(cyc[3].0, Some(false), "INVLPG dropped it");
            assert_eq!(cyc[4], (Some(false), Some(1)), "#GP");
            assert_eq!(got.results[4].outcome, Outcome::GeneralProtection);
            assert_eq!(cyc[5].0, Some(false), "MOV CR3 with PCIDE=0 flushed it");
        }
    }

    #[test]
    fn unsupported_configurations_are_refused_with_a_reason() {
        let engine = RtlEngine::default();
        let mut c = Config {
            tlb_entries: 128,
            ..Config::default()
        };
        let e = engine.supports(&c).unwrap_err();
        assert!(e.contains("128") && e.contains("[4, 8, 16, 32, 64]"), "{e}");
        c.tlb_entries = 16;
        c.mem_latency = 0;
        assert!(engine.supports(&c).unwrap_err().contains("mem_latency"));
        c.mem_latency = 1;
        c.paddr_bits = 60;
        assert!(engine.supports(&c).is_err());
        let mut sc = tiny_scenario(16, 1);
        sc.config.tlb_entries = 12;
        let err = RtlEngine::default().run(&sc).unwrap_err();
        assert!(format!("{err:#}").contains("12"));
    }

    #[test]
    fn the_cycle_limit_is_an_engine_error_naming_the_op() {
        let sc = tiny_scenario(4, 3);
        let mut engine = RtlEngine::new(RtlOptions {
            cycle_limit: 5,
            ..RtlOptions::default()
        });
        let err = format!("{:#}", engine.run(&sc).unwrap_err());
        assert!(
            err.contains("op 0") && err.contains("no response within 5 cycles"),
            "{err}"
        );
        assert!(
            err.contains("walker"),
            "the error shows the walker's state: {err}"
        );
    }

    #[test]
    fn vcd_has_the_scopes_a_clock_and_the_state_filter() {
        let dir = std::env::temp_dir().join(format!("mmu-rtl-vcd-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("run.vcd");
        let sc = tiny_scenario(8, 2);
        let mut engine = RtlEngine::new(RtlOptions {
            vcd: Some(path.clone()),
            ..RtlOptions::default()
        });
        let run = engine.run_full(&sc).unwrap();
        assert_eq!(run.vcd.as_deref(), Some(path.as_path()));
        let mut parser =
            ::vcd::Parser::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
        let header = parser.parse_header().unwrap();
        let top = header
            .items
            .iter()
            .find_map(|i| match i {
                ::vcd::ScopeItem::Scope(s) if s.identifier == "mmu" => Some(s),
                _ => None,
            })
            .expect("scope mmu");
        let scopes: Vec<&str> = top
            .items
            .iter()
            .filter_map(|i| match i {
                ::vcd::ScopeItem::Scope(s) => Some(s.identifier.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(scopes, ["cpu", "mem", "tlb", "walker", "pwc", "perm"]);
        let state = header
            .find_var(&["mmu", "walker", "state"])
            .expect("walker.state")
            .code;
        let clock = header.find_var(&["mmu", "clock"]).expect("clock").code;
        let (mut rises, mut states) = (0, std::collections::HashSet::new());
        let mut time = 0;
        let mut last_time = 0;
        for cmd in parser {
            match cmd.unwrap() {
                ::vcd::Command::Timestamp(t) => {
                    assert!(t >= last_time, "time goes forward");
                    last_time = t;
                    time = t;
                }
                ::vcd::Command::ChangeScalar(id, ::vcd::Value::V1) if id == clock => {
                    assert_eq!(time % 10, 5, "the clock rises mid-cycle");
                    rises += 1;
                }
                ::vcd::Command::ChangeVector(id, v) if id == state => {
                    let n = v
                        .iter()
                        .fold(0u64, |n, b| (n << 1) | (b == ::vcd::Value::V1) as u64);
                    states.insert(n);
                }
                _ => {}
            }
        }
        assert_eq!(
            rises as u64, run.coverage.cycles,
            "one rising edge per cycle"
        );
        for st in [
            WalkState::Idle,
            WalkState::ReadEntry,
            WalkState::CheckEntry,
            WalkState::PermCheck,
            WalkState::Done,
        ] {
            assert!(states.contains(&st.code()), "state {} seen", st.name());
        }
        let filter = std::fs::read_to_string(vcd::filter_path(&path)).unwrap();
        assert_eq!(filter.lines().count(), 8);
        assert!(
            filter.contains("2 CheckEntry") && filter.contains("7 Fault"),
            "{filter}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
