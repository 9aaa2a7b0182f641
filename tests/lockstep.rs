//! Lockstep: the rust-hdl simulation and the Verilated export, driven by the same random stimulus at the ports, every
//! output compared every cycle. rust-hdl can export Verilog that means something else than the Rust it came from
//! (operator precedence, widths, kernels that never settle); only this comparison catches it.
//!
//! Stimulus: accesses to the pages of a random scenario (so walks go deep), maintenance commands, control-register
//! flips, resets, and a memory that answers the walker with random latency and back-pressure. Each case is a seed;
//! a mismatch is reported with the seed, the cycle and every differing port.

mod common;

use mmu_arch::{Access, AccessKind, CmdOp, CpuPort, OutcomeCode, L2_SETS_DEFAULT};
use mmu_model::mem::Memory;
use mmu_model::random::{self, Params, Rng};
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, MmuPorts, Outputs};
use mmu_sim::rtl::memory::{AnswerQueue, MemRequest};
use mmu_verilated::engine::VerilatedMmu;
use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, TestCaseError, TestRunner};

/// Drives the ports of one MMU the way a core and a memory would, with random timing and random interference.
struct Stimulus {
    rng: Rng,
    inputs: Inputs,
    mem: Memory,
    /// VAs worth asking for: in and around the scenario's mapped pages.
    vas: Vec<u64>,
    /// The VAs among them whose 4K pages share the L2 set that holds the most of them: coming back to these makes the
    /// L2 evict.
    crowd: Vec<u64>,
    /// The memory answers owed, given in order.
    owed: AnswerQueue,
    /// Cycles in which more than one request was outstanding (posted A/D writes).
    posted: u64,
    /// A/D writes answered stale.
    stale: u64,
    /// How often (percent) things happen.
    ready_percent: u64,
    max_latency: u32,
    /// Commands, control writes, resets and bus errors a tenth as often, and half the requests on the crowded set
    /// (three seeds in four): most invalidations keep the ports waiting while the L2 walks its sets, and the L2 must
    /// get to fill its sets and evict.
    calm: bool,
}

impl Stimulus {
    fn new(seed: u64) -> Stimulus {
        let mut rng = Rng::new(seed);
        let scenario = random::scenario(
            seed,
            &Params {
                ops: 200,
                // with the L2 the scenario's pages sometimes crowd into one L2 set
                l2: vec![(128, 4)],
                tlb_entries: vec![16],
                paddr_bits: Some(40),
                pwc_entries: Some(mmu_verilated::engine::export_config(16).pwc_entries),
                ..Params::default()
            },
        );
        let vas: Vec<u64> = scenario
            .ops
            .iter()
            .filter_map(|op| match op {
                mmu_arch::Op::Access(a) => Some(a.va),
                _ => None,
            })
            .collect();
        // The L2 set (of the committed export's 128) with the most distinct 4K pages among the VAs.
        let set = |va: u64| (va >> 12) % L2_SETS_DEFAULT as u64;
        let mut pages: Vec<u64> = vas.iter().map(|va| va >> 12).collect();
        pages.sort_unstable();
        pages.dedup();
        let fullest = (0..L2_SETS_DEFAULT as u64)
            .max_by_key(|&k| {
                pages
                    .iter()
                    .filter(|&&p| p % L2_SETS_DEFAULT as u64 == k)
                    .count()
            })
            .unwrap_or(0);
        let crowd = vas
            .iter()
            .copied()
            .filter(|&va| set(va) == fullest)
            .collect();
        let mut inputs = Inputs {
            reset: true,
            mem_req_ready: true,
            ..Inputs::default()
        };
        drive_control(&mut inputs, &scenario.control);
        Stimulus {
            ready_percent: 40 + rng.below(61),
            max_latency: 1 + rng.below(6) as u32,
            calm: !seed.is_multiple_of(4),
            rng,
            inputs,
            mem: Memory::from_words(&scenario.memory),
            crowd,
            vas,
            owed: AnswerQueue::default(),
            posted: 0,
            stale: 0,
        }
    }

    fn random_va(&mut self) -> u64 {
        if self.vas.is_empty() || self.rng.chance(5) {
            self.rng.next_u64()
        } else if self.calm && !self.crowd.is_empty() && self.rng.chance(50) {
            self.rng.pick(&self.crowd)
        } else {
            self.rng.pick(&self.vas)
        }
    }

    /// The memory's and the core's reaction to this cycle's settled outputs, applied for the next cycle.
    fn after_edge(&mut self, o: &Outputs) {
        // Addresses for a new request or command, drawn before `inputs` is borrowed.
        let (req_va, cmd_va, fetch_va) = (self.random_va(), self.random_va(), self.random_va());
        let i = &mut self.inputs;
        // The memory: take the request that transferred at this edge, answer after its latency, in order. A read
        // comes only when every earlier request is answered (the port contract); writes may be posted.
        let taken = o.mem_req_valid && i.mem_req_ready;
        let request = taken.then_some(MemRequest {
            addr: o.mem_req_addr,
            we: o.mem_req_we,
            wdata: o.mem_req_wdata,
            expect: o.mem_req_expect,
        });
        let (rng, mem, max_latency) = (&mut self.rng, &mut self.mem, self.max_latency);
        let mut stale = false;
        self.owed.take(request, |r| {
            let mut word = mem.read(r.addr & !7);
            // Now and then another agent changes an ignored bit of the entry just before an A/D write: the
            // compare-and-set finds the word changed and the walk starts again.
            if r.we && rng.chance(10) {
                word ^= 1 << 9;
            }
            let answer = r.apply(&mut word);
            mem.write(r.addr & !7, word);
            stale = answer.stale;
            (1 + rng.below(max_latency as u64) as u32, answer)
        });
        self.stale += stale as u64;
        self.posted += (self.owed.len() > 1) as u64;
        let answer = self.owed.answer();
        i.mem_rsp_valid = answer.is_some();
        i.mem_rsp_data = answer.map_or(0, |a| a.data);
        i.mem_rsp_stale = answer.is_some_and(|a| a.stale);
        // Now and then a bus error instead of the data.
        i.mem_rsp_err =
            answer.is_some() && self.rng.chance(3) && (!self.calm || self.rng.chance(10));
        i.mem_req_ready = self.rng.chance(self.ready_percent);

        // The core, on each port: a request stays offered until taken, then maybe another. Both ports are busy
        // often enough to offer in the same cycle and to miss together.
        for port in CpuPort::ALL {
            if !i.offered(port) || o.port(port).req_ready {
                let kind = match port {
                    CpuPort::Fetch => AccessKind::Fetch,
                    CpuPort::Data if self.rng.chance(50) => AccessKind::Write,
                    CpuPort::Data => AccessKind::Read,
                };
                let access = Access {
                    va: if port == CpuPort::Fetch {
                        fetch_va
                    } else {
                        req_va
                    },
                    kind,
                    user: self.rng.chance(50),
                };
                i.offer(port, self.rng.chance(60).then_some(access));
            }
        }
        let cmd_taken = i.cmd_valid && o.cmd_ready;
        if cmd_taken || !i.cmd_valid {
            i.cmd_valid = self.rng.chance(4) && (!self.calm || self.rng.chance(10));
            if i.cmd_valid {
                i.cmd_op = CmdOp::ALL[self.rng.below(8) as usize];
                i.cmd_va = cmd_va;
                i.cmd_pcid = self.rng.below(4) as u16;
                i.cmd_noflush = self.rng.chance(50);
            }
        }
        // Control registers change now and then; a reset now and then.
        if self.rng.chance(2) && (!self.calm || self.rng.chance(10)) {
            match self.rng.below(10) {
                k @ 0..=7 => common::flip_control_bit(i, k as usize),
                8 => i.pkru = self.rng.next_u64() as u32,
                _ => i.cr3 = (i.cr3 & !0xfff) | self.rng.below(4),
            }
        }
        i.reset = self.rng.chance(1) && self.rng.chance(20) && (!self.calm || self.rng.chance(10));
        // The memory is in the MMU's reset domain: a reset drops the answer it owes.
        if i.reset {
            self.owed.clear();
            i.mem_rsp_valid = false;
        }
    }
}

/// What must be equal: every port as is, or (for state that only `reset` defines) the ports that qualify data and
/// the data they qualify.
fn compare(a: &Outputs, b: &Outputs, qualified: bool) -> Vec<String> {
    if !qualified {
        return a.diff(b).iter().map(|d| d.to_string()).collect();
    }
    let mask = |o: &Outputs| Outputs {
        fetch_rsp_outcome: if o.fetch_rsp_valid {
            o.fetch_rsp_outcome
        } else {
            OutcomeCode::Ok
        },
        fetch_rsp_pa: if o.fetch_rsp_valid { o.fetch_rsp_pa } else { 0 },
        fetch_rsp_error_code: if o.fetch_rsp_valid {
            o.fetch_rsp_error_code
        } else {
            0
        },
        fetch_rsp_tlb_hit: o.fetch_rsp_valid && o.fetch_rsp_tlb_hit,
        data_rsp_outcome: if o.data_rsp_valid {
            o.data_rsp_outcome
        } else {
            OutcomeCode::Ok
        },
        data_rsp_pa: if o.data_rsp_valid { o.data_rsp_pa } else { 0 },
        data_rsp_error_code: if o.data_rsp_valid {
            o.data_rsp_error_code
        } else {
            0
        },
        data_rsp_tlb_hit: o.data_rsp_valid && o.data_rsp_tlb_hit,
        mem_req_addr: if o.mem_req_valid { o.mem_req_addr } else { 0 },
        mem_req_we: o.mem_req_valid && o.mem_req_we,
        mem_req_wdata: if o.mem_req_valid && o.mem_req_we {
            o.mem_req_wdata
        } else {
            0
        },
        ..*o
    };
    mask(a)
        .diff(&mask(b))
        .iter()
        .map(|d| d.to_string())
        .collect()
}

/// Events of a lockstep run, counted from the ports.
#[derive(Clone, Copy, Debug, Default)]
struct Events {
    /// Cycles in which both ports took a request.
    same_cycle: u64,
    /// Cycles in which both ports had a miss outstanding (each waiting more than the one cycle of a hit).
    both_missing: u64,
    /// Cycles in which a command was taken while a port had a miss outstanding.
    cmd_during_miss: u64,
    /// Answers from the L2, by port (fetch, data).
    l2_hits: [u64; 2],
    /// Walk fills that replaced a valid L2 entry (counted, not required: the model agreement test of
    /// `sim/tests/driver.rs` requires them, and compares them with the model's).
    l2_evictions: u64,
    /// Invalidations applied while an L2 lookup was in flight, and while a walk was (read inside rust-hdl's design).
    inval_during_l2_lookup: u64,
    inval_during_walk: u64,
    /// Cycles with more than one memory request outstanding (A/D writes posted back to back).
    posted: u64,
    /// A/D writes answered stale (each makes its walk start again).
    stale: u64,
}

impl Events {
    fn add(&mut self, e: &Events) {
        self.same_cycle += e.same_cycle;
        self.both_missing += e.both_missing;
        self.cmd_during_miss += e.cmd_during_miss;
        for p in 0..2 {
            self.l2_hits[p] += e.l2_hits[p];
        }
        self.l2_evictions += e.l2_evictions;
        self.inval_during_l2_lookup += e.inval_during_l2_lookup;
        self.inval_during_walk += e.inval_during_walk;
        self.posted += e.posted;
        self.stale += e.stale;
    }
}

/// Runs `cycles` cycles of seed `seed` on rust-hdl and on each Verilated model (named); `Err` names the first cycle,
/// model and ports that differ.
fn lockstep(
    seed: u64,
    cycles: u64,
    verilated: &mut [(&str, VerilatedMmu)],
    qualified: bool,
) -> Result<Events, String> {
    let mut hdl =
        HdlMmu::new(&mmu_verilated::engine::export_config(16)).expect("16 entries, MAXPHYADDR 40");
    let mut stim = Stimulus::new(seed);
    let mut events = Events::default();
    // The cycle each port's outstanding request was taken in.
    let mut taken: [Option<u64>; 2] = [None; 2];
    // Two cycles of reset first: from then on nothing may depend on the state before it.
    for cycle in 0..cycles {
        if cycle < 2 {
            stim.inputs.reset = true;
            stim.owed.clear();
            stim.inputs.mem_rsp_valid = false;
        }
        let a = hdl.settle(&stim.inputs);
        for (name, model) in verilated.iter_mut() {
            let b = model.settle(&stim.inputs);
            if cycle < 2 {
                continue;
            }
            let diffs = compare(&a, &b, qualified);
            if !diffs.is_empty() {
                return Err(format!(
                    "seed {seed}: cycle {cycle}: rust-hdl vs Verilated `{name}` differ on {}\ninputs: {:?}",
                    diffs.join(", "),
                    stim.inputs
                ));
            }
        }
        let i = &stim.inputs;
        let offered = [i.fetch_req_valid, i.data_req_valid];
        for p in CpuPort::ALL {
            if a.port(p).rsp_valid || i.reset {
                taken[p as usize] = None;
            }
        }
        let missing = taken.map(|t| t.is_some_and(|t| cycle > t + 1));
        events.both_missing += (missing[0] && missing[1]) as u64;
        events.cmd_during_miss += (i.cmd_valid && a.cmd_ready && (missing[0] || missing[1])) as u64;
        let took = CpuPort::ALL.map(|p| offered[p as usize] && a.port(p).req_ready && !i.reset);
        events.same_cycle += (took[0] && took[1]) as u64;
        for p in CpuPort::ALL {
            events.l2_hits[p as usize] += a.port(p).rsp_l2_hit as u64;
        }
        let inside = hdl.walk_events();
        events.l2_evictions += inside.l2_evict as u64;
        events.inval_during_l2_lookup += inside.inval_during_l2_lookup as u64;
        events.inval_during_walk += inside.inval_during_walk as u64;
        for p in CpuPort::ALL {
            if took[p as usize] {
                taken[p as usize] = Some(cycle);
            }
        }
        hdl.rise();
        for (_, model) in verilated.iter_mut() {
            model.rise();
        }
        stim.after_edge(&a);
    }
    events.posted = stim.posted;
    events.stale = stim.stale;
    Ok(events)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(PtConfig {
        cases,
        failure_persistence: None,
        ..PtConfig::default()
    })
}

fn verilated(variant: &str, rand_reset: u32, seed: u64) -> VerilatedMmu {
    VerilatedMmu::new(variant, rand_reset, seed).unwrap_or_else(|e| {
        panic!("{e}\n(the lockstep needs Verilator: `make test` installs it, or apt-get install verilator)")
    })
}

#[test]
fn rust_hdl_and_verilator_agree_on_every_output_every_cycle() {
    // 12 seeds x 10k cycles: 120k cycles per run, on the engine's model (behind its one-eval harness) and on the
    // committed file clocked as a user's bench clocks it.
    let total = std::cell::RefCell::new(Events::default());
    runner(12)
        .run(&any::<u64>(), |seed| {
            let mut models = [
                ("mmu", verilated("mmu", 0, 0)),
                ("mmu_plain", verilated("mmu_plain", 0, 0)),
            ];
            let e = lockstep(seed, 10_000, &mut models, false).map_err(TestCaseError::fail)?;
            total.borrow_mut().add(&e);
            Ok(())
        })
        .unwrap();
    // The stimulus must reach the two ports' interplay, or the comparison proves little about it.
    let t = total.into_inner();
    println!("{t:?}");
    assert!(
        t.same_cycle > 0
            && t.both_missing > 0
            && t.cmd_during_miss > 0
            && t.l2_hits.iter().all(|&n| n > 0)
            && t.inval_during_l2_lookup > 0
            && t.inval_during_walk > 0
            && t.posted > 0
            && t.stale > 0,
        "never exercised: {t:?}"
    );
}

#[test]
fn nothing_depends_on_uninitialised_state() {
    // The export without initial values, every flop random (a different seed each case), reset, then lockstep with
    // the rust-hdl simulation: only reset may define what the MMU does.
    runner(6)
        .run(&(any::<u64>(), any::<u64>()), |(seed, init_seed)| {
            let mut models = [("mmu_noinit", verilated("mmu_noinit", 2, init_seed))];
            lockstep(seed, 4_000, &mut models, true)
                .map(|_| ())
                .map_err(|e| {
                    TestCaseError::fail(format!(
                        "{e}\n(random initial state from seed {init_seed})"
                    ))
                })
        })
        .unwrap();
}
