//! Directed walks: cycle counts, A/D order, page sizes, faults at every level, a stale write, invalidations
//! and a reset in flight.

use super::*;

#[test]
fn quiet_inputs_lists_every_input_port() {
    mmu_sim::quiet::assert_inputs_complete(&Walker::new(&Config::default()));
}

#[test]
fn state_codes_match_the_exported_encoding() {
    for (i, st) in WalkState::ALL.iter().enumerate() {
        let bits: Bits<4> = (*st).into();
        assert_eq!(bits.to_u64(), i as u64, "{}", st.name());
        assert_eq!(st.code(), i as u64);
    }
}

#[test]
fn cold_4k_walk_latency_1_sets_a_everywhere_in_walk_order() {
    let va = 0x0000_1234_5678_9abc;
    let words = tables(
        va,
        0,
        [P | W | U, P | W | U, P | W | U, P | W | U],
        0xab_cdef_0000,
    );
    let c = Control {
        efer_nxe: true,
        cr0_wp: true,
        ..control0()
    };
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Read, false, &c, (1, 1), (1, 1), 1);
    assert_eq!(
        a.cycles, 14,
        "cold 4K read walk, L=1: 5L + 9 (posted A writes)"
    );
    let order: Vec<u64> = writes.iter().map(|w| w.0).collect();
    let want: Vec<u64> = words.iter().map(|w| w.0).collect();
    assert_eq!(order, want, "A written PML4E first, PTE last");
    assert!(
        writes.iter().all(|&(_, v)| v & A != 0 && v & D == 0),
        "read: A only"
    );
    assert_eq!(a.outcome, Outcome::Ok { pa: 0xab_cdef_0abc });
    assert_eq!(
        a.fill,
        Some(fill_4k(va, 0xabc_def0, true, true, false)),
        "the fill"
    );
}

/// Another agent changes the PTE right after the walk reads it. The A/D write to it (a compare-and-set against the
/// entry as read) is answered stale and writes nothing; the walk starts again, reads every entry afresh and answers as
/// the new PTE demands. The other agent's store stands.
#[test]
fn stale_write_walks_again_and_the_other_store_stands() {
    let va = 0x0000_1234_5678_9abc;
    let words = tables(va, 0, [P | W, P | W, P | W, P | W], 0xab_cdef_0000);
    let pte = words[3].0;
    let c = Control {
        efer_nxe: true,
        cr0_wp: true,
        ..control0()
    };
    let bound = 2 * (10 + 5 * 2) as u64;
    // Made read-only: the write access now faults (P|W), and nothing is added to the agent's value.
    let read_only = words[3].1 & !W;
    // Pointed at another frame: the read gets the new frame, and A lands in the agent's value.
    let moved = (words[3].1 & !0x000f_ffff_ffff_f000) | 0x77_7000;
    for (kind, new, want, pte_after) in [
        (
            AccessKind::Write,
            read_only,
            Outcome::PageFault {
                error_code: pf::P | pf::W,
                cr2: va,
            },
            read_only,
        ),
        (
            AccessKind::Read,
            moved,
            Outcome::Ok { pa: 0x77_7abc },
            moved | A,
        ),
    ] {
        let mut tb = Tb::new();
        let mut mem = TestMem::new(&words, (1, 2), (3, 4), 7);
        mem.race = Some((pte, new));
        let a = walk(&mut tb, &mut mem, va, kind, false, &c);
        assert_eq!(a.outcome, want, "{kind:?}");
        assert_eq!(
            mem.stale, 1,
            "{kind:?}: the PTE's A/D write was answered stale"
        );
        assert_eq!(mem.reads.len(), 8, "{kind:?}: every entry read twice");
        assert_eq!(
            mem.read(pte),
            pte_after,
            "{kind:?}: the other agent's store stands"
        );
        for &(addr, _) in &words[..3] {
            assert_eq!(
                mem.read(addr) & A,
                A,
                "{kind:?}: A above the leaf landed once"
            );
        }
        assert!(
            a.cycles <= bound,
            "{kind:?}: {} cycles, two walks take at most {bound}",
            a.cycles
        );
    }
}

#[test]
fn cycle_counts_for_latency_2_and_warm_tables() {
    let va = 0x4000_0000;
    let cold = tables(va, 0, [P | W, P | W, P | W, P | W], 0x5000);
    let c = control0();
    let (a, _) = check_against_model(&cold, va, AccessKind::Read, false, &c, (2, 2), (1, 1), 1);
    assert_eq!(a.cycles, 19, "cold 4K walk, L=2: 5L + 9");
    let warm = tables(
        va,
        0,
        [P | W | A, P | W | A, P | W | A, P | W | A | D],
        0x5000,
    );
    let (a, writes) =
        check_against_model(&warm, va, AccessKind::Write, false, &c, (1, 1), (1, 1), 1);
    assert!(writes.is_empty(), "nothing changes, nothing is written");
    assert_eq!(a.cycles, 10, "warm 4K walk, L=1");
}

#[test]
fn large_pages_and_dirty_on_write() {
    let c = Control {
        efer_nxe: true,
        cr4_pge: true,
        ..control0()
    };
    // 2M page: leaf PDE, PA bits 20:12 from the VA, PAT bit 12 ignored
    let va = 0x7f12_3456_7890;
    let words = tables(
        va,
        1,
        [P | W | A, P | W | A, P | W | PS | G | (1 << 12), 0],
        0x12_3400_0000,
    );
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Write, false, &c, (1, 3), (2, 3), 7);
    match (a.outcome, a.fill) {
        (Outcome::Ok { pa }, Some(fill)) => {
            assert_eq!(pa & 0x1f_ffff, va & 0x1f_ffff);
            assert_eq!(fill.size, PageSize::Size2M);
            assert!(fill.global && fill.dirty);
        }
        other => panic!("expected success, got {other:?}"),
    }
    assert_eq!(writes.len(), 1, "only the PDE changes (A|D)");
    assert_eq!(writes[0].1 & (A | D), A | D);
    // 1G page
    let va = 0x40_8765_4321;
    let words = tables(
        va,
        2,
        [P | W | U | A, P | U | PS | A | D, 0, 0],
        0x80_4000_0000,
    );
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Read, true, &c, (1, 1), (1, 1), 3);
    match (a.outcome, a.fill) {
        (Outcome::Ok { pa }, Some(fill)) => {
            assert_eq!(pa, 0x80_4000_0000 | (va & 0x3fff_ffff));
            assert_eq!(
                (fill.size, fill.rights.user, fill.rights.writable),
                (PageSize::Size1G, true, false)
            );
        }
        other => panic!("expected success, got {other:?}"),
    }
    assert!(writes.is_empty());
}

#[test]
fn not_present_at_each_level_writes_nothing() {
    let va = 0x1_2345_6000;
    let c = Control {
        cr4_smep: true,
        ..control0()
    };
    for level in 0..4 {
        let mut flags = [P | W | U; 4];
        flags[3 - level] &= !P;
        let words = tables(va, 0, flags, 0x9000);
        let (a, writes) = check_against_model(
            &words,
            va,
            AccessKind::Fetch,
            true,
            &c,
            (1, 2),
            (1, 2),
            level as u64,
        );
        assert_eq!(
            a.outcome,
            Outcome::PageFault {
                error_code: pf::U | pf::I,
                cr2: va
            },
            "level {level}: U|I, P=0"
        );
        assert!(writes.is_empty());
    }
}

#[test]
fn reserved_bits_of_every_kind() {
    let va = 0x3_c000_1000;
    let c = control0(); // NXE=0: bit 63 reserved
    let cases: Vec<(&str, usize, [u64; 4])> = vec![
        (
            "bit 51:MAXPHYADDR in PML4E",
            0,
            [P | W | (1 << 45), P | W, P | W, P | W],
        ),
        ("bit 51 in PTE", 0, [P | W, P | W, P | W, P | W | (1 << 51)]),
        (
            "XD without NXE in PDE",
            0,
            [P | W, P | W, P | W | XD, P | W],
        ),
        ("PS in PML4E", 0, [P | W | PS, P | W, P | W, P | W]),
        (
            "bit 13 of 1G PDPTE",
            2,
            [P | W, P | W | PS | (1 << 13), 0, 0],
        ),
        (
            "bit 29 of 1G PDPTE",
            2,
            [P | W, P | W | PS | (1 << 29), 0, 0],
        ),
        (
            "bit 20 of 2M PDE",
            1,
            [P | W, P | W, P | W | PS | (1 << 20), 0],
        ),
    ];
    for (name, leaf, flags) in cases {
        let words = tables(va, leaf, flags, 0);
        let (a, writes) =
            check_against_model(&words, va, AccessKind::Write, false, &c, (1, 1), (1, 1), 0);
        assert_eq!(
            a.outcome,
            Outcome::PageFault {
                error_code: pf::P | pf::W | pf::RSVD,
                cr2: va
            },
            "{name}"
        );
        assert!(writes.is_empty(), "{name}");
    }
    // Bits 62:52 and 11:9 are ignored; bit 7 of a PTE is PAT, not PS.
    let words = tables(
        va,
        0,
        [P | W | (0x7ff << 52) | 0xe00, P | W, P | W, P | W | PS],
        0x1000,
    );
    let (a, _) = check_against_model(&words, va, AccessKind::Read, false, &c, (1, 1), (1, 1), 0);
    assert!(matches!(a.outcome, Outcome::Ok { .. }), "{a:?}");
}

#[test]
fn rights_fault_writes_nothing_and_fills_nothing() {
    let va = 0x5000;
    // user write to a read-only page whose entries all lack A
    let words = tables(va, 0, [P | U | W, P | U, P | U | W, P | U | W], 0x7000);
    let (a, writes) = check_against_model(
        &words,
        va,
        AccessKind::Write,
        true,
        &control0(),
        (1, 1),
        (1, 1),
        0,
    );
    assert_eq!(
        a.outcome,
        Outcome::PageFault {
            error_code: pf::P | pf::W | pf::U,
            cr2: va
        }
    );
    assert!(writes.is_empty() && !a.filled);
    // a PK fault reports PK
    let words = tables(
        va,
        0,
        [P | U | W, P | U | W, P | U | W, P | U | W | (5 << 59)],
        0x7000,
    );
    let c = Control {
        cr4_pke: true,
        pkru: 1 << 10,
        ..control0()
    };
    let (a, _) = check_against_model(&words, va, AccessKind::Read, true, &c, (1, 1), (1, 1), 0);
    assert_eq!(
        a.outcome,
        Outcome::PageFault {
            error_code: pf::P | pf::U | pf::PK,
            cr2: va
        }
    );
}

/// Invalidation flags as the top drives them: use VA, use PCID, global wildcard, keep globals, VPN, PCID.
type InvFlags = (bool, bool, bool, bool, u64, u64);

/// Walks a warm 4K/2M leaf in PCID 7 at latency 2 with the invalidation `inv` in cycle `inv_at`; returns whether
/// the fill was installed and whether the walker's fill was dead after the answer.
fn run_with_inv(inv_at: u64, inv: InvFlags, leaf_level: usize, glob: bool) -> (bool, bool) {
    let va = 0x12_3456_7000u64;
    let mut flags = [P | W | A; 4];
    if leaf_level > 0 {
        flags[3 - leaf_level] |= PS;
    }
    if glob {
        flags[3 - leaf_level] |= G;
    }
    let words = tables(va, leaf_level, flags, 0x4000_0000);
    let mut tb = Tb::new();
    let mut mem = TestMem::new(&words, (2, 2), (1, 1), 0);
    let c = Control {
        cr4_pge: true,
        ..control0()
    };
    let b = &mut tb.b;
    set_ctl(b, &c, AccessKind::Read, false);
    b.walker.pml4_base.next = (PML4 >> 12).into();
    drive_vpn(&mut b.walker, va >> 12);
    b.walker.is_write.next = false;
    b.walker.pcid.next = 7.into();
    b.walker.start.next = true;
    let mut result = None;
    for cycle in 0..CYCLE_LIMIT {
        let (use_va, use_pcid, wild, keep, ivpn, ipcid) = inv;
        let w = &mut tb.b.walker;
        w.inv_en.next = cycle == inv_at;
        w.inv_use_va.next = use_va;
        w.inv_use_pcid.next = use_pcid;
        w.inv_glob_wild.next = wild;
        w.inv_keep_glob.next = keep;
        w.inv_vpn.next = ivpn.into();
        w.inv_pcid.next = ipcid.into();
        mem_cycle(&mut tb, &mut mem, &mut |b| {
            if b.walker.done.val() {
                result = Some((b.walker.fault.val(), b.walker.fill_en.val()));
            }
        });
        tb.b.walker.start.next = false;
        if let Some((fault, filled)) = result {
            assert!(!fault);
            return (filled, tb.dead());
        }
    }
    panic!("no answer");
}

#[test]
fn invalidation_during_walk_kills_the_fill_it_covers() {
    let vpn = 0x12_3456_7000u64 >> 12;
    let invlpg = |v: u64| (true, true, true, false, v, 7u64);
    // early (page size unknown): any INVLPG kills, even for an unrelated VA
    assert_eq!(
        run_with_inv(1, invlpg(vpn ^ 0x1_0000), 0, false),
        (false, true)
    );
    // Warm tables, L=2: each level takes 3 cycles from cycle 1, so a 4K leaf is known from cycle 13 (PermCheck) and
    // the walk answers in cycle 14; a 2M leaf is known from cycle 10. After the leaf: an unrelated VA leaves the fill
    // alive ...
    let (filled, _) = run_with_inv(13, invlpg(vpn ^ 1), 0, false);
    assert!(filled, "4K page, other VA: not covered");
    // ... the same page kills it
    let (filled, _) = run_with_inv(13, invlpg(vpn), 0, false);
    assert!(!filled);
    // a 2M leaf is covered by any VA inside its 2M region
    let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
    assert!(!filled);
    let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x200), 1, false);
    assert!(filled, "another 2M region");
    let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
    assert!(!filled);
    // INVPCID single-context of another PCID: not covered once the PCID is compared
    let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 8), 0, false);
    assert!(filled);
    let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 7), 0, false);
    assert!(!filled);
    // all-non-global: kills before the leaf (global unknown), spares a known global leaf
    let (filled, _) = run_with_inv(1, (false, false, false, true, 0, 0), 0, true);
    assert!(!filled);
    let (filled, _) = run_with_inv(13, (false, false, false, true, 0, 0), 0, true);
    assert!(filled);
    // invalidation in the Done cycle itself
    let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
    assert!(!filled, "same-cycle invalidation suppresses the fill");
    let (filled, _) = run_with_inv(15, (false, false, false, false, 0, 0), 0, false);
    assert!(
        filled,
        "an invalidation after the answer does not reach back"
    );
    let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
    assert!(!filled, "same-cycle invalidation suppresses the fill");
}

#[test]
fn reset_mid_walk_leaves_nothing_outstanding() {
    let va = 0x6000u64;
    let words = tables(va, 0, [P | W | A, P | W | A, P | W | A, P | W | A], 0x8000);
    let mut tb = Tb::new();
    let mut mem = TestMem::new(&words, (5, 5), (1, 1), 0);
    let c = control0();
    let b = &mut tb.b;
    set_ctl(b, &c, AccessKind::Read, false);
    no_inv(b);
    b.walker.pml4_base.next = (PML4 >> 12).into();
    drive_vpn(&mut b.walker, va >> 12);
    b.walker.start.next = true;
    mem_cycle(&mut tb, &mut mem, &mut |_| {});
    tb.b.walker.start.next = false;
    mem_cycle(&mut tb, &mut mem, &mut |b| {
        assert!(b.walker.mem_req_valid.val())
    });
    assert!(tb.outstanding());
    // reset while the PML4E read is in flight: the memory, reset too, drops its answer
    tb.b.walker.reset.next = true;
    mem.reset();
    mem_cycle(&mut tb, &mut mem, &mut |b| assert!(!b.walker.done.val()));
    tb.b.walker.reset.next = false;
    assert_eq!(tb.state(), WalkState::Idle.code());
    assert!(!tb.outstanding(), "reset clears the owed answer");
    // a new walk right away issues its first read at once and completes
    let a = walk(&mut tb, &mut mem, va, AccessKind::Read, false, &c);
    assert_eq!(a.outcome, Outcome::Ok { pa: 0x8000 });
    assert_eq!(a.fill, Some(fill_4k(va, 8, true, false, false)));
    assert_eq!(mem.reads.len(), 5, "the abandoned PML4E read + a full walk");
}
