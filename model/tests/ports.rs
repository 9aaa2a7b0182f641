//! The two ports of the model: fetches use the instruction TLB, reads and writes the data TLB, each with its own size
//! and victim pointer; every invalidation drops from both by the same rules; the walker and the paging-structure cache
//! are shared; a pair runs its fetch first; every access reports the level that answered it.
//!
//! The tests about what each L1 holds run without the L2, which would otherwise answer many of their misses; the L2
//! behind both ports has its own tests (`tests/l2.rs`).

use mmu_arch::{
    pf, Access, AccessKind, Config, Control, CrReg, InvpcidType, Op, Outcome, PageSize, TlbLevel,
    CR3_NOFLUSH,
};
use mmu_model::engine::Scenario;
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::walker::{bit, Level};
use mmu_model::{Answer, Coverage, Model};
use AccessKind::{Fetch, Read, Write};

const PML4: u64 = 0x10_0000;
/// Page `i` of the tests is `VA + i * 4K`, mapped to `PA + i * 4K`; all of them share one PDE.
const VA: u64 = 0x0000_7f12_3456_7000;
const PA: u64 = 0x0abc_d000;
/// A global page (G=1 in its leaf), in the next 2 MiB region.
const G: u64 = VA + 0x10_0000;
const G_PA: u64 = 0x0def_0000;

fn sup(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: false,
    }
}

/// `pages` consecutive 4K pages from `VA`, supervisor and writable, and the global page `G`.
fn tables(pages: u64) -> PageTables {
    let mut pt = PageTables::new(PML4);
    for i in 0..pages {
        pt.map(
            VA + i * 0x1000,
            PA + i * 0x1000,
            PageSize::Size4K,
            MapFlags::default(),
        )
        .unwrap();
    }
    let global = MapFlags {
        global: true,
        ..MapFlags::default()
    };
    pt.map(G, G_PA, PageSize::Size4K, global).unwrap();
    pt
}

/// The default machine without its L2: an L1 miss walks.
fn l1_only() -> Config {
    Config {
        l2_sets: 0,
        l2_ways: 0,
        ..Config::default()
    }
}

fn boot(config: Config, pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Model {
    let mut control = Control {
        cr3: pt.pml4(),
        ..Control::default()
    };
    tweak(&mut control);
    Model::new(config, control, Memory::from_words(&pt.words()))
}

fn walked(pa: u64, walk_reads: u32) -> Answer {
    Answer {
        outcome: Outcome::Ok { pa },
        level: Some(TlbLevel::Walk),
        walk_reads,
    }
}

fn l1(pa: u64) -> Answer {
    Answer {
        outcome: Outcome::Ok { pa },
        level: Some(TlbLevel::L1),
        walk_reads: 0,
    }
}

#[test]
fn a_fetch_and_a_read_of_one_page_each_walk_once() {
    let pt = tables(1);
    let mut m = boot(l1_only(), &pt, |_| {});
    assert_eq!(m.answer(sup(Fetch, VA)), walked(PA, 4));
    // The fetch filled only the ITLB: the read misses in the DTLB and walks (the PDE comes from the shared cache).
    assert_eq!(m.answer(sup(Read, VA)), walked(PA, 1));
    assert_eq!(m.answer(sup(Read, VA + 8)), l1(PA + 8));
    assert_eq!(m.answer(sup(Fetch, VA + 8)), l1(PA + 8));
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (1, 1));
    let c = m.coverage();
    assert_eq!(
        (c.itlb_hits, c.dtlb_hits, c.tlb_hits, c.walks),
        (1, 1, 2, 2)
    );
}

#[test]
fn a_write_after_a_fetch_is_a_plain_miss_not_a_dirty_rewalk() {
    let pt = tables(1);
    let mut m = boot(l1_only(), &pt, |_| {});
    m.answer(sup(Fetch, VA));
    assert_eq!(m.answer(sup(Write, VA)).level, Some(TlbLevel::Walk));
    assert_eq!(m.coverage().dirty_rewalks, 0);
    // Through the DTLB, a read fill meets a later write as before.
    let mut m = boot(l1_only(), &pt, |_| {});
    m.answer(sup(Read, VA));
    assert_eq!(m.answer(sup(Write, VA)).level, Some(TlbLevel::Walk));
    assert_eq!(m.coverage().dirty_rewalks, 1);
    assert_eq!(m.answer(sup(Write, VA)), l1(PA));
}

#[test]
fn each_tlb_has_its_own_size_and_victim_pointer() {
    let pt = tables(6);
    let config = Config {
        itlb_entries: 4,
        tlb_entries: 8,
        l2_sets: 0,
        l2_ways: 0,
        ..Config::default()
    };
    let mut m = boot(config, &pt, |_| {});
    for i in 0..6 {
        m.answer(sup(Fetch, VA + i * 0x1000));
        m.answer(sup(Read, VA + i * 0x1000));
    }
    assert_eq!(m.itlb().slots().len(), 4);
    assert_eq!(m.dtlb().slots().len(), 8);
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (4, 6));
    // Two fetches past a full ITLB moved its pointer; the DTLB still had free slots.
    assert_eq!((m.itlb().victim(), m.dtlb().victim()), (2, 0));
    assert_eq!(m.coverage().evictions, 2);
    assert_eq!(m.answer(sup(Read, VA)), l1(PA));
    assert_eq!(m.answer(sup(Fetch, VA)).level, Some(TlbLevel::Walk));
}

/// PCIDE = PGE = 1, PCID 1: page `VA` (not global) and `G` (global) in both TLBs.
fn both_filled(pt: &PageTables) -> Model {
    let mut m = boot(Config::default(), pt, |c| {
        c.cr4_pcide = true;
        c.cr4_pge = true;
        c.cr3 |= 1;
    });
    for va in [VA, G] {
        m.answer(sup(Fetch, va));
        m.answer(sup(Read, va));
    }
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (2, 2));
    m
}

#[test]
fn every_invalidation_drops_from_both_tlbs() {
    let pt = tables(1);
    let cr3 = pt.pml4();
    // (what, op, whether `VA` stays, whether `G` stays), per the table of docs/architecture.md.
    let cases = [
        ("INVLPG VA", Op::Invlpg { va: VA }, false, true),
        ("INVLPG G", Op::Invlpg { va: G }, true, false),
        (
            "INVPCID 0",
            Op::Invpcid {
                kind: InvpcidType::Address,
                pcid: 1,
                va: VA,
            },
            false,
            true,
        ),
        (
            "INVPCID 1",
            Op::Invpcid {
                kind: InvpcidType::SingleContext,
                pcid: 1,
                va: 0,
            },
            false,
            true,
        ),
        (
            "INVPCID 2",
            Op::Invpcid {
                kind: InvpcidType::AllIncludingGlobal,
                pcid: 0,
                va: 0,
            },
            false,
            false,
        ),
        (
            "INVPCID 3",
            Op::Invpcid {
                kind: InvpcidType::AllNonGlobal,
                pcid: 0,
                va: 0,
            },
            false,
            true,
        ),
        (
            "MOV CR3 flush",
            Op::WriteCr3 { value: cr3 | 1 },
            false,
            true,
        ),
        (
            "MOV CR3 no flush",
            Op::WriteCr3 {
                value: cr3 | 1 | CR3_NOFLUSH,
            },
            true,
            true,
        ),
        (
            "CR4.PGE 1->0",
            Op::WriteCr {
                reg: CrReg::Cr4Pge,
                value: 0,
            },
            false,
            false,
        ),
        (
            "CR4.PCIDE 1->0",
            Op::WriteCr {
                reg: CrReg::Cr4Pcide,
                value: 0,
            },
            false,
            false,
        ),
        (
            "CR4.SMEP 0->1",
            Op::WriteCr {
                reg: CrReg::Cr4Smep,
                value: 1,
            },
            false,
            false,
        ),
        (
            "CR0.WP 1->0",
            Op::WriteCr {
                reg: CrReg::Cr0Wp,
                value: 0,
            },
            true,
            true,
        ),
    ];
    for (what, op, keeps_va, keeps_g) in cases {
        let mut m = both_filled(&pt);
        let dropped = usize::from(!keeps_va) + usize::from(!keeps_g);
        let before = m.coverage().invalidated;
        m.apply(&op);
        let pcid = m.control().pcid();
        for (port, tlb) in [("ITLB", m.itlb()), ("DTLB", m.dtlb())] {
            // What stays is found in the (possibly new) current PCID: PCID 1, or 0 once PCIDE is off.
            assert_eq!(tlb.lookup(VA, pcid).is_some(), keeps_va, "{what}: {port}");
            assert_eq!(tlb.lookup(G, pcid).is_some(), keeps_g, "{what}: {port}");
        }
        assert_eq!(
            m.coverage().invalidated - before,
            2 * dropped as u64,
            "{what}"
        );
    }
}

#[test]
fn a_pair_runs_its_fetch_first() {
    let pt = tables(2);
    let mut m = boot(Config::default(), &pt, |_| {});
    let mut twin = m.clone();
    let (fetch, data) = (sup(Fetch, VA), sup(Write, VA + 0x1000));
    // Both miss: the fetch walks from CR3 and caches the PDE they share; the write reads only its PTE.
    let answers = m.apply(&Op::Pair { fetch, data });
    assert_eq!(answers, vec![walked(PA, 4), walked(PA + 0x1000, 1)]);
    assert_eq!(m.last_walk_reads(), 1);
    // The same as the two accesses one after the other, fetch first, down to memory and both TLBs.
    assert_eq!([twin.answer(fetch), twin.answer(data)], answers[..]);
    assert_eq!(twin.memory(), m.memory());
    assert_eq!(
        (twin.itlb(), twin.dtlb()),
        (m.itlb(), m.dtlb()),
        "TLB state"
    );
    // In the other order the PWC would serve the fetch instead.
    let mut other = boot(Config::default(), &pt, |_| {});
    assert_eq!(
        [other.answer(data), other.answer(fetch)],
        [walked(PA + 0x1000, 4), walked(PA, 1)]
    );
    assert_eq!(m.coverage().pairs, 1);
    assert_eq!(m.coverage().accesses, 2);
}

#[test]
fn a_pair_whose_fetch_faults_leaves_nothing_for_its_data_access() {
    let pt = tables(1);
    let pte = pt.entry_addr(VA, Level::Pt).unwrap();
    // A user fetch of a supervisor page faults after a full walk: it writes no A flag and caches nothing, so the
    // read that follows walks from CR3 and sets A itself.
    let mut m = boot(Config::default(), &pt, |_| {});
    let user_fetch = Access {
        user: true,
        ..sup(Fetch, VA)
    };
    let answers = m.apply(&Op::Pair {
        fetch: user_fetch,
        data: sup(Read, VA),
    });
    assert_eq!(
        answers[0],
        Answer {
            outcome: Outcome::PageFault {
                error_code: pf::P | pf::U | pf::I,
                cr2: VA
            },
            level: Some(TlbLevel::Walk),
            walk_reads: 4,
        }
    );
    assert_eq!(answers[1], walked(PA, 4));
    assert_eq!(m.memory().read(pte) & (bit::A | bit::D), bit::A);
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (0, 1));
}

#[test]
fn a_cached_path_that_faults_with_nothing_read_is_still_a_walk() {
    let mut pt = tables(1);
    let pdpte = pt.entry_addr(VA, Level::Pdpt).unwrap();
    pt.set_word(pdpte, pt.word(pdpte).unwrap() | bit::XD);
    let mut m = boot(Config::default(), &pt, |_| {});
    assert_eq!(m.answer(sup(Read, VA)), walked(PA, 4));
    m.write_cr(CrReg::EferNxe, 0);
    // The cached PDE's path has XD, reserved now: re-reading it would fault, so the walk faults having read nothing.
    assert_eq!(
        m.answer(sup(Read, VA + 0x1000)),
        Answer {
            outcome: Outcome::PageFault {
                error_code: pf::P | pf::RSVD,
                cr2: VA + 0x1000
            },
            level: Some(TlbLevel::Walk),
            walk_reads: 0,
        }
    );
}

/// What a result reports besides its outcome: op index, level, `tlb_hit`, `walk_reads`.
type Reported = (usize, Option<TlbLevel>, Option<bool>, Option<u32>);

#[test]
fn results_name_the_level_that_answered() {
    let pt = tables(1);
    let ops = vec![
        Op::Access(sup(Read, VA)),
        Op::Pair {
            fetch: sup(Fetch, VA),
            data: sup(Read, VA),
        },
        Op::Access(sup(Read, VA | 1 << 47)),
        Op::Access(sup(Read, VA + 0x1000)),
        Op::Poison {
            addr: pt.entry_addr(G, Level::Pt).unwrap(),
        },
        Op::Access(sup(Fetch, G)),
    ];
    let scenario = Scenario {
        config: Config::default(),
        control: Control {
            cr3: pt.pml4(),
            ..Control::default()
        },
        memory: pt.words(),
        ops,
    };
    let (run, coverage) = mmu_model::run(&scenario);
    let got: Vec<Reported> = run
        .results
        .iter()
        .map(|r| (r.op_index, r.tlb, r.tlb_hit, r.walk_reads))
        .collect();
    let walk = Some(TlbLevel::Walk);
    let hit = Some(TlbLevel::L1);
    // The read's walk filled the DTLB and the L2: the pair's fetch misses the ITLB and the L2 answers it, reading
    // nothing; `tlb_hit` stays an L1 hit only.
    let l2 = Some(TlbLevel::L2);
    assert_eq!(
        got,
        [
            (0, walk, Some(false), Some(4)),
            (1, l2, Some(false), Some(0)),
            (1, hit, Some(true), Some(0)),
            (2, None, Some(false), Some(0)),
            (3, walk, Some(false), Some(1)),
            (5, walk, Some(false), Some(4)),
        ]
    );
    // Not present, and a bus error: walks too.
    assert_eq!(
        run.results[4].outcome,
        Outcome::PageFault {
            error_code: 0,
            cr2: VA + 0x1000
        }
    );
    assert!(matches!(run.results[5].outcome, Outcome::BusError { .. }));
    assert_eq!(
        scenario.accesses().iter().map(|a| a.0).collect::<Vec<_>>(),
        [0, 1, 1, 2, 3, 5]
    );
    assert_eq!((coverage.pairs, coverage.accesses), (1, 6));
    assert_eq!((coverage.l2_hits, coverage.tlb_hits), ([1, 0], 1));
}

#[test]
fn coverage_adds_the_port_counters() {
    let one = Coverage {
        itlb_hits: 1,
        dtlb_hits: 2,
        pairs: 3,
        l2_hits: [4, 5],
        l2_fills: 6,
        l2_evictions: 7,
        l2_invalidated: 8,
        l2_flushes: 9,
        ..Coverage::default()
    };
    let mut total = one.clone();
    total.add(&one);
    assert_eq!((total.itlb_hits, total.dtlb_hits, total.pairs), (2, 4, 6));
    assert_eq!(
        (
            total.l2_hits,
            total.l2_fills,
            total.l2_evictions,
            total.l2_invalidated,
            total.l2_flushes
        ),
        ([8, 10], 12, 14, 16, 18)
    );
}
