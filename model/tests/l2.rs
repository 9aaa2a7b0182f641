//! The shared L2 TLB seen from the model's accesses: an L1 miss that the L2 answers reads nothing and refills the L1,
//! either port's walk fills it for both, a write meeting a clean L2 entry walks and refills that very way, 1G pages stay
//! out, INVLPG/INVPCID/MOV CR3 drop from it what they drop from the L1s, an invalidating CR4 write empties it whole,
//! and ordinary random scenarios reach all of it.

use mmu_arch::{
    pf, Access, AccessKind, Config, Control, CrReg, InvpcidType, Op, Outcome, PageSize, TlbLevel,
    CR3_NOFLUSH,
};
use mmu_model::l2::L2;
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::random::{self, Params};
use mmu_model::{Answer, Coverage, Model};
use AccessKind::{Fetch, Read, Write};

const PML4: u64 = 0x10_0000;
/// Page `i` is `VA + i * 4K`, mapped to `PA + i * 4K`, supervisor and writable, A and D clear; consecutive pages fall
/// in consecutive L2 sets.
const VA: u64 = 0x0000_7f12_3456_7000;
const PA: u64 = 0x0abc_d000;
/// A global page in the next 2 MiB region.
const G: u64 = VA + 0x10_0000;
const G_PA: u64 = 0x0def_0000;
/// A 1G page, far from the others.
const HUGE: u64 = 0x40_0000_0000;
const HUGE_PA: u64 = 0x4000_0000;

fn sup(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: false,
    }
}

fn page(i: u64) -> u64 {
    VA + i * 0x1000
}

fn tables(pages: u64) -> PageTables {
    let mut pt = PageTables::new(PML4);
    for i in 0..pages {
        pt.map(
            page(i),
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
    pt.map(HUGE, HUGE_PA, PageSize::Size1G, MapFlags::default())
        .unwrap();
    pt
}

/// Small L1s (4 entries each), so a few pages push one out, and the default 128 x 4 L2.
fn small_l1s() -> Config {
    Config {
        tlb_entries: 4,
        itlb_entries: 4,
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

fn at(level: TlbLevel, pa: u64, walk_reads: u32) -> Answer {
    Answer {
        outcome: Outcome::Ok { pa },
        level: Some(level),
        walk_reads,
    }
}

/// Reads pages 1..=4 on the data port: with a 4-entry DTLB, page 0 read before them is pushed out.
fn push_out_of_the_dtlb(m: &mut Model) {
    for i in 1..=4 {
        m.answer(sup(Read, page(i)));
    }
}

#[test]
fn an_l1_miss_the_l2_holds_reads_nothing_and_refills_the_l1() {
    let pt = tables(5);
    let mut m = boot(small_l1s(), &pt, |_| {});
    assert_eq!(m.answer(sup(Read, page(0))), at(TlbLevel::Walk, PA, 4));
    push_out_of_the_dtlb(&mut m);
    assert!(m.dtlb().lookup(page(0), 0).is_none(), "page 0 is evicted");
    assert_eq!(m.coverage().evictions, 1);
    let before = m.memory().clone();
    // The DTLB misses; the L2 still holds the page.
    assert_eq!(
        m.answer(sup(Read, page(0) + 0x18)),
        at(TlbLevel::L2, PA + 0x18, 0)
    );
    assert_eq!(m.last_walk_reads(), 0);
    assert_eq!(m.memory(), &before, "an L2 hit writes nothing");
    // It was copied into the DTLB (evicting in turn), so the next access hits there.
    assert!(m.dtlb().lookup(page(0), 0).is_some());
    assert_eq!(m.answer(sup(Read, page(0))), at(TlbLevel::L1, PA, 0));
    let c = m.coverage().clone();
    assert_eq!((c.l2_hits, c.walks, c.dtlb_hits), ([0, 1], 5, 1));
    assert_eq!((c.l2_fills, c.fills[0], c.evictions), (5, 6, 2));
    // INVLPG drops it from the DTLB and the L2 alike: the next read walks (the PDE went with the PCID's cache entries).
    m.invlpg(page(0));
    assert!(m.l2().lookup(page(0), 0).is_none());
    assert_eq!(m.coverage().l2_invalidated, 1);
    assert_eq!(m.answer(sup(Read, page(0))), at(TlbLevel::Walk, PA, 4));
}

#[test]
fn one_l2_serves_both_ports() {
    let pt = tables(2);
    let mut m = boot(Config::default(), &pt, |_| {});
    // The fetch's walk fills the ITLB and the L2; the read misses the DTLB and finds the fetch's entry in the L2.
    assert_eq!(m.answer(sup(Fetch, page(0))), at(TlbLevel::Walk, PA, 4));
    assert_eq!(
        m.answer(sup(Read, page(0) + 8)),
        at(TlbLevel::L2, PA + 8, 0)
    );
    // And the other way round.
    assert_eq!(
        m.answer(sup(Read, page(1))),
        at(TlbLevel::Walk, PA + 0x1000, 1)
    );
    assert_eq!(
        m.answer(sup(Fetch, page(1))),
        at(TlbLevel::L2, PA + 0x1000, 0)
    );
    assert_eq!(m.coverage().l2_hits, [1, 1]);
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (2, 2));
    assert_eq!(m.l2().occupancy(), 2);
    // A pair whose fetch walks hands its page to the data access through the L2.
    let mut m = boot(Config::default(), &pt, |_| {});
    let answers = m.apply(&Op::Pair {
        fetch: sup(Fetch, page(1)),
        data: sup(Read, page(1) + 0x10),
    });
    assert_eq!(
        answers,
        [
            at(TlbLevel::Walk, PA + 0x1000, 4),
            at(TlbLevel::L2, PA + 0x1010, 0)
        ]
    );
}

#[test]
fn an_l2_hit_checks_rights_with_the_current_control_bits_and_still_fills() {
    let pt = tables(5);
    let mut m = boot(small_l1s(), &pt, |_| {});
    m.answer(sup(Read, page(0)));
    push_out_of_the_dtlb(&mut m);
    // A user read of the supervisor page: the L2 answers, with a rights fault.
    let user_read = Access {
        user: true,
        ..sup(Read, page(0))
    };
    let fault = Answer {
        outcome: Outcome::PageFault {
            error_code: pf::P | pf::U,
            cr2: page(0),
        },
        level: Some(TlbLevel::L2),
        walk_reads: 0,
    };
    assert_eq!(m.answer(user_read), fault);
    // The copy reached the DTLB all the same.
    assert_eq!(
        m.answer(user_read),
        Answer {
            level: Some(TlbLevel::L1),
            ..fault
        }
    );
    assert_eq!(m.coverage().pf_rights, 2);
}

#[test]
fn a_write_meeting_a_clean_l2_entry_walks_and_refills_its_way() {
    let pt = tables(5);
    let mut m = boot(small_l1s(), &pt, |_| {});
    m.answer(sup(Read, page(0)));
    push_out_of_the_dtlb(&mut m);
    let found = m.l2().lookup(page(0), 0).unwrap();
    assert!(!found.entry.dirty);
    let plru = m.l2().plru(found.set);
    // Clean in the L2: the write walks to set D, and the PLRU is not touched by the unusable match.
    assert_eq!(m.answer(sup(Write, page(0))), at(TlbLevel::Walk, PA, 1));
    assert_eq!(m.coverage().dirty_rewalks, 1);
    // The walk's entry went into the very way of the clean one (way 0, while ways 1..3 of the set are free) and was
    // touched there.
    let again = m.l2().lookup(page(0), 0).unwrap();
    assert_eq!((again.set, again.way), (found.set, found.way));
    assert!(again.entry.dirty);
    assert_eq!(
        m.l2().slots()[found.set * 4..found.set * 4 + 4]
            .iter()
            .flatten()
            .count(),
        1
    );
    let mut touched = L2::new(1, 4);
    touched.touch(0, found.way);
    assert_eq!((plru, m.l2().plru(found.set)), (0b011, touched.plru(0)));
    assert_eq!(m.coverage().l2_evictions, 0);
    // Dirty now: once the DTLB has lost it again, a write is an L2 hit.
    push_out_of_the_dtlb(&mut m);
    assert_eq!(m.answer(sup(Write, page(0))), at(TlbLevel::L2, PA, 0));
}

#[test]
fn an_l2_set_replaces_its_pseudo_lru_way() {
    // Six pages 128 * 4 KiB apart share one set of the 4-way L2.
    let p = |i: u64| VA + i * 128 * 0x1000;
    let mut pt = PageTables::new(PML4);
    for i in 0..6 {
        pt.map(p(i), PA + i * 0x1000, PageSize::Size4K, MapFlags::default())
            .unwrap();
    }
    let mut m = boot(small_l1s(), &pt, |_| {});
    let set = (p(0) >> 12) as usize & 127;
    let ways = |m: &Model| -> Vec<Option<u64>> {
        (0..4)
            .map(|w| {
                m.l2()
                    .entry(set, w)
                    .map(|e| (0..6).find(|&i| e.covers(p(i))).unwrap())
            })
            .collect()
    };
    for i in 0..4 {
        m.answer(sup(Read, p(i)));
    }
    assert_eq!(ways(&m), [Some(0), Some(1), Some(2), Some(3)]);
    // Touched 0, 1, 2, 3 in turn: every bit 0, the victim is way 0; page 4 takes it, and the victim moves to way 2.
    m.answer(sup(Read, p(4)));
    assert_eq!(ways(&m), [Some(4), Some(1), Some(2), Some(3)]);
    assert_eq!((m.l2().plru(set), m.l2().victim(set)), (0b011, 2));
    m.answer(sup(Read, p(5)));
    assert_eq!(ways(&m), [Some(4), Some(1), Some(5), Some(3)]);
    assert_eq!(m.l2().victim(set), 1);
    // Page 1 has left the 4-entry DTLB but not the L2: its L2 hit touches way 1, so the victim becomes way 3.
    assert_eq!(m.answer(sup(Read, p(1))), at(TlbLevel::L2, PA + 0x1000, 0));
    assert_eq!(m.l2().victim(set), 3);
    assert_eq!(m.answer(sup(Read, p(0))).level, Some(TlbLevel::Walk));
    assert_eq!(ways(&m), [Some(4), Some(1), Some(5), Some(0)]);
    let c = m.coverage();
    assert_eq!((c.l2_fills, c.l2_evictions, c.l2_hits), (7, 3, [0, 1]));
}

#[test]
fn a_1g_page_goes_to_the_l1_only() {
    let pt = tables(1);
    let mut m = boot(Config::default(), &pt, |_| {});
    assert_eq!(
        m.answer(sup(Read, HUGE + 0x1234)),
        at(TlbLevel::Walk, HUGE_PA + 0x1234, 2)
    );
    assert_eq!(m.l2().occupancy(), 0);
    assert_eq!((m.coverage().l2_fills, m.coverage().fills[2]), (0, 1));
    // So a fetch of it walks (the PML4E is cached).
    assert_eq!(m.answer(sup(Fetch, HUGE)), at(TlbLevel::Walk, HUGE_PA, 1));
}

#[test]
fn without_an_l2_every_l1_miss_walks() {
    let pt = tables(1);
    let config = Config {
        l2_sets: 128,
        l2_ways: 0,
        ..Config::default()
    };
    let mut m = boot(config, &pt, |_| {});
    assert!(!m.l2().enabled());
    m.answer(sup(Fetch, page(0)));
    assert_eq!(m.answer(sup(Read, page(0))), at(TlbLevel::Walk, PA, 1));
    m.write_cr(CrReg::Cr4Pge, 1);
    let c = m.coverage();
    assert_eq!(
        (c.l2_hits, c.l2_fills, c.l2_flushes),
        ([0, 0], 0, 0),
        "nothing counted for an L2 that does not exist"
    );
}

/// PCIDE = PGE = 1, PCID 1: page 0 (not global) and `G` (global) read, so in the DTLB and the L2.
fn filled(pt: &PageTables) -> Model {
    let mut m = boot(Config::default(), pt, |c| {
        c.cr4_pcide = true;
        c.cr4_pge = true;
        c.cr3 |= 1;
    });
    m.answer(sup(Read, VA));
    m.answer(sup(Read, G));
    assert_eq!(m.l2().occupancy(), 2);
    m
}

#[test]
fn invalidations_drop_from_the_l2_what_they_drop_from_the_l1s() {
    let pt = tables(1);
    let cr3 = pt.pml4();
    let cr4 = |reg, value| Op::WriteCr { reg, value };
    // (what, op, whether `VA` stays in the L2, whether `G` stays, whether the whole L2 is flushed).
    let cases = [
        ("INVLPG VA", Op::Invlpg { va: VA }, false, true, false),
        ("INVLPG G", Op::Invlpg { va: G }, true, false, false),
        (
            "INVPCID 0",
            Op::Invpcid {
                kind: InvpcidType::Address,
                pcid: 1,
                va: VA,
            },
            false,
            true,
            false,
        ),
        (
            "INVPCID 1, another PCID",
            Op::Invpcid {
                kind: InvpcidType::SingleContext,
                pcid: 2,
                va: 0,
            },
            true,
            true,
            false,
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
            false,
        ),
        (
            "MOV CR3 flush",
            Op::WriteCr3 { value: cr3 | 1 },
            false,
            true,
            false,
        ),
        (
            "MOV CR3 no flush",
            Op::WriteCr3 {
                value: cr3 | 1 | CR3_NOFLUSH,
            },
            true,
            true,
            false,
        ),
        ("CR4.PGE 1->0", cr4(CrReg::Cr4Pge, 0), false, false, true),
        (
            "CR4.PCIDE 1->0",
            cr4(CrReg::Cr4Pcide, 0),
            false,
            false,
            true,
        ),
        ("CR4.SMEP 0->1", cr4(CrReg::Cr4Smep, 1), false, false, true),
        ("CR4.SMEP 0->0", cr4(CrReg::Cr4Smep, 0), true, true, false),
        ("CR4.SMAP 0->1", cr4(CrReg::Cr4Smap, 1), true, true, false),
        ("CR0.WP 1->0", cr4(CrReg::Cr0Wp, 0), true, true, false),
    ];
    for (what, op, keeps_va, keeps_g, flushes) in cases {
        let mut m = filled(&pt);
        let set = m.l2().lookup(VA, 1).unwrap().set;
        let plru = m.l2().plru(set);
        let before = m.coverage().clone();
        m.apply(&op);
        let pcid = m.control().pcid();
        assert_eq!(m.l2().lookup(VA, pcid).is_some(), keeps_va, "{what}");
        assert_eq!(m.l2().lookup(G, pcid).is_some(), keeps_g, "{what}");
        let c = m.coverage();
        assert_eq!(
            c.l2_flushes - before.l2_flushes,
            u64::from(flushes),
            "{what}"
        );
        if flushes {
            // Back to the reset state, PLRU included, and not counted as entries invalidated.
            assert_eq!(m.l2(), &L2::new(128, 4), "{what}");
            assert_eq!(c.l2_invalidated, before.l2_invalidated, "{what}");
        } else {
            let dropped = u64::from(!keeps_va) + u64::from(!keeps_g);
            assert_eq!(c.l2_invalidated - before.l2_invalidated, dropped, "{what}");
            assert_eq!(m.l2().plru(set), plru, "{what}: the PLRU stays");
            // The DTLB dropped the same entries.
            assert_eq!(c.invalidated - before.invalidated, dropped, "{what}");
        }
    }
}

#[test]
fn a_smep_flush_empties_the_l2_where_the_l1s_keep_other_pcids() {
    let pt = tables(2);
    let mut m = boot(Config::default(), &pt, |c| {
        c.cr4_pcide = true;
        c.cr3 |= 1;
    });
    m.answer(sup(Read, page(0)));
    m.write_cr3(pt.pml4() | 2 | CR3_NOFLUSH);
    m.answer(sup(Read, page(1)));
    m.write_cr(CrReg::Cr4Smep, 1);
    // The DTLB dropped PCID 2's entry only; the L2 is empty.
    assert_eq!(m.dtlb().occupancy(), 1);
    assert_eq!(m.l2().occupancy(), 0);
    m.write_cr3(pt.pml4() | 1 | CR3_NOFLUSH);
    assert_eq!(m.answer(sup(Read, page(0))), at(TlbLevel::L1, PA, 0));
}

#[test]
fn random_scenarios_reach_every_l2_event() {
    let mut total = Coverage::default();
    let mut with_l2 = 0;
    for (seed, ops) in (0..200).zip([64, 120, 300].into_iter().cycle()) {
        let scenario = random::scenario(
            seed,
            &Params {
                ops,
                ..Params::default()
            },
        );
        with_l2 += u32::from(scenario.config.l2_enabled());
        total.add(&mmu_model::run(&scenario).1);
    }
    let events = [
        ("L2 hits of fetches", total.l2_hits[0]),
        ("L2 hits of reads and writes", total.l2_hits[1]),
        ("L2 fills", total.l2_fills),
        ("L2 evictions", total.l2_evictions),
        ("L2 entries invalidated", total.l2_invalidated),
        ("L2 flushes", total.l2_flushes),
        ("L1 evictions", total.evictions),
        ("dirty re-walks", total.dirty_rewalks),
    ];
    for (name, n) in events {
        assert!(n > 0, "no {name} in 200 random scenarios: {total:?}");
    }
    assert!(
        (100..180).contains(&with_l2),
        "{with_l2} of 200 scenarios have an L2"
    );
    eprintln!("coverage over 200 scenarios: {total:?}");
}
