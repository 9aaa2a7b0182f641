//! The random differential test: random steps on random address spaces, the MMU against the model after each.

use super::*;

// ---- random differential test against the model ----

#[derive(Clone, Debug)]
enum Step {
    Access {
        va: usize,
        kind: AccessKind,
        user: bool,
    },
    NonCanonical {
        va: usize,
    },
    WriteMem {
        entry: usize,
        xor: u64,
    },
    MovCr3 {
        root: usize,
        pcid: u64,
        noflush: bool,
    },
    /// `va` indexes the pool; `usize::MAX` names the last accessed VA.
    Invlpg {
        va: usize,
    },
    Invpcid {
        kind: InvpcidType,
        pcid: u16,
        va: usize,
    },
    Cr4 {
        pge: bool,
        pcide: bool,
        smep: bool,
    },
    Ctl {
        reg: CrReg,
        value: u64,
    },
}

/// The control writes the random test makes besides CR4's transitions.
const CTL_REGS: [CrReg; 6] = [
    CrReg::Cr0Wp,
    CrReg::Cr4Smap,
    CrReg::Cr4Pke,
    CrReg::EferNxe,
    CrReg::RflagsAc,
    CrReg::Pkru,
];

fn arb_step() -> impl Strategy<Value = Step> {
    let invpcid_kind = (0u64..4).prop_map(|t| InvpcidType::from_number(t).expect("types 0..=3"));
    prop_oneof![
        12 => (0usize..12, 0usize..3, proptest::bool::weighted(0.3))
            .prop_map(|(va, kind, user)| Step::Access { va, kind: AccessKind::ALL[kind], user }),
        1 => (0usize..12).prop_map(|va| Step::NonCanonical { va }),
        2 => (0usize..64, prop_oneof![Just(P), Just(W), Just(U), Just(AC), Just(D), Just(G), Just(1u64 << 63), Just(PS), Just(AC | D)])
            .prop_map(|(entry, xor)| Step::WriteMem { entry, xor }),
        2 => (0usize..2, 0u64..3, any::<bool>()).prop_map(|(root, pcid, noflush)| Step::MovCr3 { root, pcid, noflush }),
        2 => prop_oneof![0usize..12, Just(usize::MAX)].prop_map(|va| Step::Invlpg { va }),
        2 => (invpcid_kind, 0u16..3, prop_oneof![0usize..12, Just(usize::MAX)])
            .prop_map(|(kind, pcid, va)| Step::Invpcid { kind, pcid, va }),
        1 => (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(pge, pcide, smep)| Step::Cr4 { pge, pcide, smep }),
        1 => (0usize..6, any::<u32>()).prop_map(|(which, value)| {
            let reg = CTL_REGS[which];
            let value = if reg.is_flag() { u64::from(value & 1) } else { u64::from(value) };
            Step::Ctl { reg, value }
        }),
    ]
}

/// Counts of what a run exercised: hits, walks, #PF, #GP, a global entry of another PCID in the TLB, walks started
/// from a paging-structure-cache entry.
type Tally = [u64; 6];

fn run_random(
    entries: usize,
    seed: u64,
    lat: (u64, u64),
    ready: (u64, u64),
    steps: &[Step],
    tally: &mut Tally,
) -> Result<(), TestCaseError> {
    let (vas, words, entry_addrs) = random_space(seed);
    let mut tb = Tb::new(entries, &words, lat, ready, seed ^ 0x5a5a);
    tb.ctl.cr3 = ROOTS[0] | (seed & 1);
    tb.ctl.efer_nxe = true;
    let mut r = model(entries, &words, tb.ctl);
    // start with PGE / PCIDE from the seed, as a CR4 write from the reset state
    let (pge, pcide) = (seed & 2 != 0, seed & 4 != 0);
    tb.write_cr4(pge, pcide, false);
    model_cr4(&mut r, pge, pcide, false);
    let mut last = 0;
    let pick = |i: usize, last: usize| if i == usize::MAX { vas[last] } else { vas[i] };
    for (k, step) in steps.iter().enumerate() {
        match *step {
            Step::Access { va, kind, user } => {
                last = va;
                let reads_before = tb.mem.reads.len();
                let got = tb.access(vas[va], kind, user);
                let want = model_access(&mut r, vas[va], kind, user);
                prop_assert_eq!(
                    (got.outcome, got.hit),
                    want,
                    "step {} {:?} va {:#x}",
                    k,
                    step,
                    vas[va]
                );
                let reads = (tb.mem.reads.len() - reads_before) as u32;
                prop_assert_eq!(
                    reads,
                    r.last_walk_reads(),
                    "step {}: entries the walk read",
                    k
                );
                if got.hit {
                    prop_assert_eq!(got.cycles, 1);
                }
                tally[if got.hit { 0 } else { 1 }] += 1;
                if matches!(got.outcome, Outcome::PageFault { .. }) {
                    tally[2] += 1;
                }
                let pcid = r.control().pcid();
                if tb
                    .entries()
                    .iter()
                    .flatten()
                    .any(|e| e.global && e.pcid != pcid)
                {
                    tally[4] += 1;
                }
            }
            Step::NonCanonical { va } => {
                let bad = vas[va] ^ (1 << 52);
                let got = tb.access(bad, AccessKind::Read, false);
                prop_assert_eq!(
                    (got.outcome, got.hit, got.cycles),
                    (Outcome::GeneralProtection, false, 1)
                );
                tally[3] += 1;
                prop_assert_eq!(
                    model_access(&mut r, bad, AccessKind::Read, false),
                    (Outcome::GeneralProtection, false)
                );
            }
            Step::WriteMem { entry, xor } => {
                let addr = entry_addrs[entry % entry_addrs.len()];
                let value = r.memory().read(addr) ^ xor;
                r.apply(&Op::WriteMem { addr, value });
                tb.mem.words.insert(addr, value);
            }
            Step::MovCr3 {
                root,
                pcid,
                noflush,
            } => {
                let value = ROOTS[root] | pcid | if noflush { CR3_NOFLUSH } else { 0 };
                tb.mov_cr3(value);
                r.write_cr3(value);
            }
            Step::Invlpg { va } => {
                tb.cmd(CmdOp::Invlpg, pick(va, last), 0, false);
                r.invlpg(pick(va, last));
            }
            Step::Invpcid { kind, pcid, va } => {
                tb.cmd(CmdOp::invpcid(kind), pick(va, last), pcid, false);
                r.invpcid(kind, pcid, pick(va, last));
            }
            Step::Cr4 { pge, pcide, smep } => {
                tb.write_cr4(pge, pcide, smep);
                model_cr4(&mut r, pge, pcide, smep);
            }
            Step::Ctl { reg, value } => {
                tb.ctl.set(reg, value);
                r.write_cr(reg, value);
                tb.step();
            }
        }
        prop_assert_eq!(tb.ctl, *r.control(), "control after step {}", k);
        for (port, tlb) in [(CpuPort::Fetch, r.itlb()), (CpuPort::Data, r.dtlb())] {
            prop_assert_eq!(
                tb.entries_of(port),
                tlb.slots().to_vec(),
                "{:?} TLB after step {} {:?}",
                port,
                k,
                step
            );
            prop_assert_eq!(
                tb.victim_of(port),
                tlb.victim(),
                "{:?} victim after step {}",
                port,
                k
            );
        }
    }
    // Walks that started from a paging-structure-cache entry, as the model counts them (the RTL read as many
    // entries as the model in every walk).
    tally[5] += r.coverage().pwc_hits.iter().sum::<u64>();
    // Every word the model can have written is in `words`: only present entries are written, and a present entry is
    // non-zero, so it is one of the words the run started with (or a `WriteMem` of one of them).
    let mut addrs: Vec<u64> = tb.mem.words.keys().copied().collect();
    addrs.sort_unstable();
    for a in addrs {
        prop_assert_eq!(
            tb.mem.read(a),
            r.memory().read(a),
            "memory at {:#x} after the run",
            a
        );
    }
    Ok(())
}

/// Random scenarios (two address spaces, mixed page sizes, PTE edits, every maintenance operation, CR4 writes,
/// control bits, random memory latency and back-pressure) against the model: every answer, every `tlb_hit`, the
/// entries each walk read, the whole TLB after every step, memory at the end.
#[test]
fn random_against_the_model() {
    let name = "random_against_the_model";
    let mut runner = proptest::test_runner::TestRunner::new(proptest_config(128, "mmu", name));
    let tally = std::cell::RefCell::new([0u64; 6]);
    let strategy = (
        any::<u64>(),
        1u64..3,
        0u64..3,
        1u64..5,
        proptest::collection::vec(arb_step(), 1..120),
    );
    let result = runner.run(&strategy, |(seed, lat_lo, lat_extra, ready, steps)| {
        let mut t = tally.borrow_mut();
        run_random(
            4,
            seed,
            (lat_lo, lat_lo + lat_extra),
            (ready, 4),
            &steps,
            &mut t,
        )?;
        run_random(16, seed, (1, 1), (1, 1), &steps, &mut t)?;
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let t = tally.into_inner();
    println!("hits, walks, #PF, #GP, global-from-other-PCID, PWC-shortened walks = {t:?}");
    assert!(
        t.iter().all(|&n| n > 0),
        "coverage hits/walks/#PF/#GP/foreign-global/PWC-shortened = {t:?}"
    );
}
