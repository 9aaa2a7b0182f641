//! The rust-hdl driver `mmu_sim::drive::HdlMmu`: every TLB size of `mmu_arch::RTL_TLB_SIZES` and
//! `RTL_ITLB_SIZES` builds, answers a #GP on both ports and exports; the fast edge (`rise`, completed by the next `settle`) gives the same outputs, internal state and TLB
//! as a full rise (`rise_full`) in every cycle of a random run; configurations the RTL is not built for are refused
//! with a reason. Plus an ignored measurement of the simulation speed.

mod common;

use common::Rng;
use mmu_arch::{
    Access, AccessKind, CmdOp, Config, CpuPort, OutcomeCode, PortValue, ITLB_ENTRIES_DEFAULT,
    RTL_ITLB_SIZES, RTL_TLB_SIZES,
};
use mmu_hdl::mmu::Mmu;
use mmu_hdl::walker::WalkState;
use mmu_sim::drive::{HdlMmu, WalkEvents};
use mmu_sim::ports::{Inputs, Outputs};
use mmu_sim::rtl::memory::MemRequest;

#[test]
fn every_supported_size_builds_and_answers_a_gp() {
    let sizes = RTL_TLB_SIZES
        .iter()
        .map(|&n| (n, ITLB_ENTRIES_DEFAULT))
        .chain(RTL_ITLB_SIZES.iter().map(|&ni| (16, ni)));
    for (n, ni) in sizes {
        let config = Config {
            tlb_entries: n,
            itlb_entries: ni,
            paddr_bits: 46,
            ..Config::default()
        };
        let mut m = HdlMmu::new(&config).unwrap();
        assert_eq!(
            (m.entries(CpuPort::Data), m.entries(CpuPort::Fetch)),
            (n, ni)
        );
        let mut i = Inputs {
            reset: true,
            ..Inputs::default()
        };
        m.settle(&i);
        m.rise();
        i.reset = false;
        // The L2 is emptied after a reset, walking its sets.
        while !m.settle(&i).cmd_ready {
            m.rise();
        }
        // A non-canonical access on each port, both taken in the same cycle and answered in the next.
        i.fetch_req_valid = true;
        i.fetch_req_va = 0x8000_0000_0000;
        i.data_req_valid = true;
        i.data_req_va = 0x8000_0000_1000;
        let o = m.settle(&i);
        let p = m.probe();
        assert!(
            o.fetch_req_ready && o.data_req_ready && p.itlb.accept && p.dtlb.accept,
            "N={n}/{ni}: {o:?}"
        );
        m.rise();
        i.fetch_req_valid = false;
        i.data_req_valid = false;
        let o = m.settle(&i);
        for port in CpuPort::ALL {
            let r = o.port(port);
            assert!(
                r.rsp_valid && r.rsp_outcome == OutcomeCode::GeneralProtection && !r.rsp_tlb_hit,
                "N={n}/{ni} {port:?}: {o:?}"
            );
        }
        assert_eq!(m.probe().walker_state, WalkState::Idle);
        for (port, size) in [(CpuPort::Fetch, ni), (CpuPort::Data, n)] {
            assert!(m.tlb_entries(port).iter().all(|e| e.is_none()));
            assert_eq!(m.tlb_entries(port).len(), size);
        }
        // rust-hdl's exporter panics on structural problems: export every size
        let fresh = HdlMmu::new(&config).unwrap();
        let v = fresh.verilog();
        assert!(
            v.contains("module top(")
                && v.contains("module top$data$tlb$e_valid(")
                && v.contains("module top$fetch$tlb$e_valid("),
            "N={n}/{ni}"
        );
    }
}

/// Walker memory for the edge test: a page-table entry for every address (present, a small frame, random rights,
/// PS and XD now and then), overwritten by the walker's A/D writes.
struct AnyTables {
    written: std::collections::HashMap<u64, u64>,
    rng: Rng,
    /// The other agent's choices, apart from `rng` so that they do not change the timing the test draws.
    agent: Rng,
    owed: mmu_sim::rtl::memory::AnswerQueue,
    ready: bool,
}

impl AnyTables {
    fn entry(addr: u64) -> u64 {
        let h = Rng(addr).next_u64();
        let mut e = (((h & 0x3f) + 1) << 12) | 1 | ((h >> 8) & 0x166);
        if (h >> 20) & 3 == 0 {
            e |= 0x80;
        }
        if (h >> 24) & 7 == 0 {
            e |= 1 << 63;
        }
        e
    }
    fn drive(&mut self) -> (bool, bool, u64, bool) {
        self.ready = self.rng.chance(3, 4);
        let a = self.owed.answer();
        (
            self.ready,
            a.is_some(),
            a.map_or(0, |a| a.data),
            a.is_some_and(|a| a.stale),
        )
    }
    fn edge(&mut self, o: &Outputs) {
        let taken = o.mem_req_valid && self.ready;
        let request = taken.then_some(MemRequest {
            addr: o.mem_req_addr,
            we: o.mem_req_we,
            wdata: o.mem_req_wdata,
            expect: o.mem_req_expect,
        });
        let Self {
            written,
            rng,
            agent,
            owed,
            ..
        } = self;
        owed.take(request, |r| {
            let word = written.entry(r.addr).or_insert_with(|| Self::entry(r.addr));
            // Now and then another agent sets an ignored bit first: the A/D write finds the entry changed.
            if r.we && agent.chance(1, 8) {
                *word ^= 1 << 9;
            }
            (1 + rng.below(3) as u32, r.apply(word))
        });
    }
}

/// `HdlMmu::rise` starts the edge and the next `settle` completes it with the new inputs; `HdlMmu::rise_full`
/// settles the edge on its own first. Both must give the same outputs, the same internal state and the same TLB in
/// every cycle, and `finish_edge` the same flops as a full rise.
#[test]
fn fast_edge_matches_a_full_rise_every_cycle() {
    let config = Config {
        tlb_entries: 8,
        paddr_bits: 40,
        ..Config::default()
    };
    for seed in 1..=3u64 {
        let _ = lockstep(
            seed,
            HdlMmu::new(&config).unwrap(),
            HdlMmu::new(&config).unwrap(),
            true,
        );
    }
}

/// The quiet-block optimisation (blocks skipped in passes where nothing in them can change, clock edges withheld
/// from blocks whose flops all hold) against rust-hdl's plain simulation of the same design: the same outputs,
/// internal state and TLB in every cycle, in a fraction of the passes.
#[test]
fn quiet_blocks_match_the_plain_design_every_cycle() {
    for (seed, entries) in [(4u64, 8), (5, 16)] {
        let config = Config {
            tlb_entries: entries,
            paddr_bits: 40,
            ..Config::default()
        };
        let (quiet, plain, withheld) = lockstep(
            seed,
            HdlMmu::new(&config).unwrap(),
            HdlMmu::plain(&config).unwrap(),
            true,
        );
        assert!(
            quiet < plain,
            "seed {seed}: the quiet design ran {quiet} passes, the plain one {plain}"
        );
        // Coverage: every clocked block had edges withheld, or the comparison above proves nothing about that.
        assert!(
            withheld.iter().all(|&w| w >= 10),
            "seed {seed}: edges withheld from the TLB, walker and cache: {withheld:?}"
        );
        eprintln!(
            "seed {seed}: {quiet} passes quiet, {plain} plain; withheld edges {withheld:?} of ~600"
        );
    }
}

/// Drives `fast` (edges completed by the next settle) and `full` (edges settled on their own) with the same random
/// stimulus for 6,000 cycles, asserting the same outputs, internal state and TLB in every cycle. Returns the passes
/// each ran, and how many of the edges looked at after they completed (one in ten) `fast` withheld from its TLB,
/// walker and paging-structure cache. With `l2` (the MMUs have an L2), invalidations and resets come a few times
/// less often: most of them hold the ports while the L2 walks its 128 sets, and the requests must still get through.
fn lockstep(seed: u64, mut fast: HdlMmu, mut full: HdlMmu, l2: bool) -> (u64, u64, [u64; 3]) {
    let calm = if l2 { 5 } else { 1 };
    let mut rng = Rng(seed);
    let mut mem = AnyTables {
        written: Default::default(),
        rng: Rng(seed ^ 0x55),
        agent: Rng(seed ^ 0xa9),
        owed: Default::default(),
        ready: false,
    };
    let pages: Vec<u64> = (0..12)
        .map(|_| rng.next_u64() & 0x0000_7f03_0060_3000)
        .collect();
    let mut i = Inputs {
        cr3: 0x1000,
        ..Inputs::default()
    };
    let (mut fills, mut hits, mut answers, mut l2_hits) = (0, 0, 0, 0);
    let mut withheld = [0u64; 3];
    for cycle in 0..6_000u64 {
        i.reset = cycle < 2 || rng.chance(1, 700 * calm);
        // Both ports, alone and together: a request stays on its port until taken, or is now and then withdrawn.
        for port in CpuPort::ALL {
            if !i.offered(port) || rng.chance(1, 4) {
                let mut va = pages[rng.below(12) as usize] | (rng.next_u64() & 0xff8);
                if rng.chance(1, 40) {
                    va |= 1 << 50;
                }
                let kind = match port {
                    CpuPort::Fetch => AccessKind::Fetch,
                    CpuPort::Data if rng.chance(1, 2) => AccessKind::Write,
                    CpuPort::Data => AccessKind::Read,
                };
                let access = Access {
                    va,
                    kind,
                    user: rng.chance(1, 2),
                };
                i.offer(port, rng.chance(2, 3).then_some(access));
            }
        }
        i.cmd_valid = rng.chance(1, 80 * calm);
        i.cmd_op = CmdOp::from_port(rng.below(8));
        i.cmd_va = pages[rng.below(12) as usize];
        i.cmd_pcid = rng.below(4) as u16;
        i.cmd_noflush = rng.chance(1, 2);
        if rng.chance(1, 60 * calm) {
            let r = rng.next_u64();
            i.cr0_wp = r & 1 != 0;
            i.cr4_pge = r & 2 != 0;
            i.cr4_pcide = r & 4 != 0;
            i.cr4_smep = r & 8 != 0;
            i.cr4_smap = r & 16 != 0;
            i.cr4_pke = r & 32 != 0;
            i.efer_nxe = r & 64 != 0;
            i.rflags_ac = r & 128 != 0;
            i.pkru = (r >> 32) as u32;
            i.cr3 = 0x1000 | ((r >> 8) & 3);
        }
        (
            i.mem_req_ready,
            i.mem_rsp_valid,
            i.mem_rsp_data,
            i.mem_rsp_stale,
        ) = mem.drive();

        let o = fast.settle(&i);
        assert_eq!(o, full.settle(&i), "seed {seed} cycle {cycle}: outputs");
        assert_eq!(
            fast.probe(),
            full.probe(),
            "seed {seed} cycle {cycle}: probe"
        );
        for port in CpuPort::ALL {
            assert_eq!(
                fast.tlb_entries(port),
                full.tlb_entries(port),
                "seed {seed} cycle {cycle} {port:?}"
            );
        }
        // The driver's cheap read of the walker's events is the full probe's view of them.
        assert_eq!(
            fast.walk_events(),
            WalkEvents::of(&full.probe()),
            "seed {seed} cycle {cycle}: walk events"
        );
        answers += fast.walk_events().answered.is_some() as u32;
        let p = full.probe();
        fills += p.itlb.fill_en as u32 + p.dtlb.fill_en as u32;
        hits += o.fetch_rsp_tlb_hit as u32 + o.data_rsp_tlb_hit as u32;
        l2_hits += o.fetch_rsp_l2_hit as u32 + o.data_rsp_l2_hit as u32;
        mem.edge(&o);
        fast.rise();
        full.rise_full();
        if rng.chance(1, 10) {
            fast.finish_edge();
            assert_eq!(
                fast.probe(),
                full.probe(),
                "seed {seed} cycle {cycle}: edge"
            );
            for port in CpuPort::ALL {
                assert_eq!(fast.tlb_entries(port), full.tlb_entries(port));
            }
            // A block whose clock is still low after the edge had it withheld (its flops all held).
            for (n, block) in ["data.tlb", "walker", "pwc"].into_iter().enumerate() {
                withheld[n] += (fast.signal(&format!("{block}.clock")) == Some(0)) as u64;
            }
        }
    }
    assert!(
        fills >= 10 && hits >= 10 && answers >= 10 && (!l2 || l2_hits > 0),
        "seed {seed}: too little TLB traffic ({fills} fills, {hits} hits, {l2_hits} L2 hits, {answers} walk answers)"
    );
    (fast.passes(), full.passes(), withheld)
}

#[test]
fn unsupported_sizes_and_configs_are_rejected_with_a_reason() {
    let e = HdlMmu::new(&Config {
        tlb_entries: 128,
        paddr_bits: 40,
        ..Config::default()
    })
    .err()
    .unwrap();
    assert!(e.contains("[4, 8, 16, 32, 64]") && e.contains("128"), "{e}");
    let e = HdlMmu::new(&Config {
        tlb_entries: 12,
        paddr_bits: 40,
        ..Config::default()
    })
    .err()
    .unwrap();
    assert!(e.contains("power of two") && e.contains("12"), "{e}");
    let e = HdlMmu::new(&Config {
        tlb_entries: 16,
        paddr_bits: 53,
        ..Config::default()
    })
    .err()
    .unwrap();
    assert!(e.contains("paddr_bits") && e.contains("53"), "{e}");
    let e = HdlMmu::new(&Config {
        mem_latency: 0,
        ..Config::default()
    })
    .err()
    .unwrap();
    assert!(e.contains("mem_latency"), "{e}");
    let rtl = |n: usize| {
        Config {
            tlb_entries: n,
            ..Config::default()
        }
        .validate_rtl()
    };
    assert!(rtl(64).is_ok() && rtl(128).is_err());
}

#[test]
#[should_panic(expected = "config.paddr_bits must be in 32..=52, got 31")]
fn mmu_new_panics_on_a_bad_config() {
    let _ = Mmu::<4, 2, 8, 3>::new(&Config {
        tlb_entries: 4,
        paddr_bits: 31,
        ..Config::default()
    });
}

#[test]
#[should_panic(
    expected = "the RTL is built for TLB sizes [4, 8, 16, 32, 64]; config.tlb_entries = 2 is not one of them"
)]
fn mmu_new_rejects_a_dtlb_too_small() {
    let _ = Mmu::<2, 1, 8, 3>::new(&Config {
        tlb_entries: 2,
        ..Config::default()
    });
}

#[test]
#[should_panic(expected = "a DTLB of 8 entries (index width 3) built for config.tlb_entries = 16")]
fn mmu_new_rejects_a_dtlb_of_another_size() {
    let _ = Mmu::<8, 3, 8, 3>::new(&Config::default());
}

#[test]
#[should_panic(expected = "an ITLB of 4 entries (index width 2) built for config.itlb_entries = 8")]
fn mmu_new_rejects_an_itlb_of_another_size() {
    let _ = Mmu::<16, 4, 4, 2>::new(&Config::default());
}

/// Cycles per second of `HdlMmu` (release build): a stream of walks and a stream of TLB hits. Run with
/// `cargo test --release -p mmu-sim --test drive measure_simulation_speed -- --ignored --nocapture`.
#[test]
#[ignore = "measurement, not a check"]
fn measure_simulation_speed() {
    use std::time::Instant;
    for n in [16usize, 64] {
        let mut m = HdlMmu::new(&Config {
            tlb_entries: n,
            paddr_bits: 40,
            ..Config::default()
        })
        .unwrap();
        let mut i = Inputs {
            reset: true,
            cr3: 0x1000,
            ..Inputs::default()
        };
        m.settle(&i);
        m.rise();
        i.reset = false;
        // one PML4E/PDPTE/PDE chain and a present PTE for every page: the memory answers every read with a present,
        // accessed, dirty, writable entry pointing at 0x2000.
        let mut pending: Option<u64> = None;
        let mut cycles = 0u64;
        let t0 = Instant::now();
        let mut k = 0u64;
        while cycles < 200_000 {
            i.data_req_valid = true;
            // walks while cycles < 100_000 (a new page every access), then hits on 8 pages
            i.data_req_va = if cycles < 100_000 {
                (k % 4096) << 12
            } else {
                (k % 8) << 12
            };
            i.mem_req_ready = true;
            i.mem_rsp_valid = pending.is_some();
            i.mem_rsp_data = pending.take().unwrap_or(0);
            let o = m.settle(&i);
            if o.mem_req_valid {
                pending = Some(0x2000 | 0x63);
            }
            if o.data_req_ready {
                k += 1;
            }
            m.rise();
            cycles += 1;
        }
        let dt = t0.elapsed().as_secs_f64();
        println!(
            "Mmu<{n}>: {cycles} cycles in {dt:.2} s = {:.0} cycles/s",
            cycles as f64 / dt
        );
    }
}
