//! Directed tests of the reference model, the walk: not-present entries, reserved bits, canonical addresses, and the
//! accessed and dirty flags; one test per rule of the architectural contract (`x86-paging.md`, Intel SDM Vol. 3A ch. 4).
//! Access rights are in `model_rules_rights.rs`, the TLB and the paging-structure cache in `model_rules_tlb.rs`.
//!
//! Each test builds its page tables with `PageTables`, runs accesses and maintenance operations on a fresh `Model` and
//! asserts exact results: the physical address or the #PF error code and CR2, whether the TLB answered the access, and
//! the paging-structure words in memory afterwards. The helpers they share are in `common/rules.rs`.

mod common;

use mmu_arch::{pf, AccessKind, Config, Control, Outcome, PageSize};
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::walker::{bit, Level};
use mmu_model::Model;
use AccessKind::{Fetch, Read, Write};

use common::rules::*;

/// The entries a walk of a page of `size` uses, in walk order.
fn levels_of(size: PageSize) -> &'static [Level] {
    match size {
        PageSize::Size4K => &ALL_LEVELS,
        PageSize::Size2M => &ALL_LEVELS[..3],
        PageSize::Size1G => &ALL_LEVELS[..2],
    }
}

/// Asserts that a supervisor read and a user write of `va` are reserved-bit faults that change nothing.
fn assert_reserved(m: &mut Model, pt: &PageTables, va: u64, what: &str) {
    assert_eq!(
        m.access(sup(Read, va)),
        (fault(pf::P | pf::RSVD, va), false),
        "{what}"
    );
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::RSVD | pf::W | pf::U, va), false),
        "{what}"
    );
    assert!(memory_unchanged(m, pt), "{what}: memory changed");
    assert_eq!(occupancy(m), 0, "{what}: a faulting walk filled");
}

// ---------------------------------------------------------------------------------------------------------------------
// Not-present entries
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn not_present_at_any_level_faults_with_p0_and_the_access_bits() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e & !bit::P);
        let mut m = boot(&pt, |_| {});
        let va = VA + OFF;
        let cases = [
            (sup(Read, va), 0),
            (sup(Write, va), pf::W),
            (sup(Fetch, va), pf::I),
            (usr(Read, va), pf::U),
            (usr(Write, va), pf::W | pf::U),
            (usr(Fetch, va), pf::U | pf::I),
        ];
        for (access, code) in cases {
            assert_eq!(
                m.access(access),
                (fault(code, va), false),
                "{level:?} {access:?}"
            );
        }
        assert!(memory_unchanged(&m, &pt), "{level:?}");
        assert_eq!(occupancy(&m), 0);
    }
}

#[test]
fn not_present_entry_ignores_its_other_bits() {
    // Bit 51 (reserved) and PS in a not-present PDE: still a not-present fault, not a reserved-bit one.
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pd, |e| {
        (e & !bit::P) | 1 << 51 | bit::PS | 1 << 13
    });
    let mut m = boot(&pt, |_| {});
    assert_eq!(
        m.access(usr(Write, VA + OFF)),
        (fault(pf::W | pf::U, VA + OFF), false)
    );
}

#[test]
fn not_present_in_upper_half_reports_full_cr2() {
    let va = 0xffff_9a00_0000_0000 + OFF;
    let (mut m, _pt) = setup(user(), |_| {});
    assert_eq!(m.access(sup(Read, va)), (fault(0, va), false));
}

// ---------------------------------------------------------------------------------------------------------------------
// Reserved bits
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn bits_51_to_maxphyaddr_are_reserved_at_every_level() {
    // paddr_bits = 40: bits 51:40 are reserved in every entry, leaf or not.
    for level in ALL_LEVELS {
        for b in [40, 45, 51] {
            let mut pt = tables(user());
            edit(&mut pt, VA, level, |e| e | 1 << b);
            let mut m = boot(&pt, |_| {});
            assert_reserved(&mut m, &pt, VA + OFF, &format!("{level:?} bit {b}"));
        }
    }
}

#[test]
fn bit_just_below_maxphyaddr_is_an_address_bit() {
    let pa = 1 << 39 | PA;
    let mut pt = PageTables::new(PML4);
    pt.map(VA, pa, PageSize::Size4K, user()).unwrap();
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(pa + OFF), false));
}

#[test]
fn bit_51_is_an_address_bit_when_maxphyaddr_is_52() {
    let pa = 1 << 51 | PA;
    let mut pt = PageTables::new(PML4);
    pt.map(VA, pa, PageSize::Size4K, user()).unwrap();
    let wide = Config {
        paddr_bits: 52,
        ..Config::default()
    };
    let mut m = boot_with(wide, &pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(pa + OFF), false));

    // With MAXPHYADDR = 51 the same leaf is a reserved-bit violation.
    let narrow = Config {
        paddr_bits: 51,
        ..Config::default()
    };
    let mut m = boot_with(narrow, &pt, |_| {});
    assert_reserved(&mut m, &pt, VA + OFF, "bit 51 with paddr_bits 51");
}

#[test]
fn bit_51_of_a_non_leaf_entry_is_a_table_address_bit_when_maxphyaddr_is_52() {
    // The PD is then looked for at an address with bit 51 set, where memory is empty: a not-present PDE.
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pdpt, |e| e | 1 << 51);
    let wide = Config {
        paddr_bits: 52,
        ..Config::default()
    };
    let mut m = boot_with(wide, &pt, |_| {});
    assert_eq!(m.access(sup(Read, VA + OFF)), (fault(0, VA + OFF), false));
}

#[test]
fn ps_in_a_pml4e_is_reserved() {
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pml4, |e| e | bit::PS);
    let mut m = boot(&pt, |_| {});
    assert_reserved(&mut m, &pt, VA + OFF, "PML4E.PS");
}

#[test]
fn xd_is_reserved_at_every_level_when_nxe_is_0() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e | bit::XD);
        let mut m = boot(&pt, |c| c.efer_nxe = false);
        assert_reserved(&mut m, &pt, VA + OFF, &format!("{level:?} XD"));
        // With NXE = 0 and SMEP = 0 a fetch's fault has no I/D bit.
        assert_eq!(
            m.access(usr(Fetch, VA + OFF)),
            (fault(pf::P | pf::RSVD | pf::U, VA + OFF), false)
        );
    }
}

#[test]
fn xd_is_not_reserved_when_nxe_is_1() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e | bit::XD);
        let mut m = boot(&pt, |c| c.efer_nxe = true);
        assert_eq!(
            m.access(usr(Read, VA + OFF)),
            (ok(PA + OFF), false),
            "{level:?}"
        );
    }
}

#[test]
fn bits_20_13_of_a_2m_pde_are_reserved() {
    for b in [13, 17, 20] {
        let mut pt = tables_sized(PageSize::Size2M, user());
        edit(&mut pt, VA_2M, Level::Pd, |e| e | 1 << b);
        let mut m = boot(&pt, |_| {});
        assert_reserved(&mut m, &pt, VA_2M + OFF_HUGE, &format!("2M PDE bit {b}"));
    }
}

#[test]
fn bits_29_13_of_a_1g_pdpte_are_reserved() {
    for b in [13, 20, 21, 29] {
        let mut pt = tables_sized(PageSize::Size1G, user());
        edit(&mut pt, VA_1G, Level::Pdpt, |e| e | 1 << b);
        let mut m = boot(&pt, |_| {});
        assert_reserved(&mut m, &pt, VA_1G + OFF_HUGE, &format!("1G PDPTE bit {b}"));
    }
}

#[test]
fn pat_bit_12_of_a_2m_or_1g_leaf_is_not_reserved_nor_an_address_bit() {
    for (size, level) in [
        (PageSize::Size2M, Level::Pd),
        (PageSize::Size1G, Level::Pdpt),
    ] {
        let (va, pa) = page_of(size);
        let mut pt = tables_sized(size, user());
        edit(&mut pt, va, level, |e| e | 1 << 12);
        let mut m = boot(&pt, |_| {});
        assert_eq!(
            m.access(usr(Write, va + OFF_HUGE)),
            (ok(pa + OFF_HUGE), false),
            "{size:?}"
        );
    }
}

#[test]
fn pat_bit_7_of_a_pte_is_not_reserved() {
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pt, |e| e | bit::PS);
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
}

/// Moves the table the entry at `level` references to `new_base` (copying the one entry the walk of `va` uses).
fn relocate_next_table(pt: &mut PageTables, va: u64, level: Level, new_base: u64) {
    let next = ALL_LEVELS[ALL_LEVELS.iter().position(|&l| l == level).unwrap() + 1];
    let child = built(pt, va, next);
    let index = (va >> next.index_shift()) & 0x1ff;
    pt.set_word(new_base + 8 * index, child);
    edit(pt, va, level, |e| (e & !0x000f_ffff_ffff_f000) | new_base);
}

#[test]
fn huge_page_reserved_bits_are_address_bits_in_a_pde_or_pdpte_that_references_a_table() {
    // A PD at a base with bits 29, 20 and 13 set, and a PT at a base with bits 20 and 13 set: both are plain addresses.
    let mut pt = tables(user());
    relocate_next_table(&mut pt, VA, Level::Pd, 0x0030_2000);
    relocate_next_table(&mut pt, VA, Level::Pdpt, 0x2010_2000);
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
}

#[test]
fn reserved_bit_in_a_non_leaf_entry_faults_even_if_the_leaf_is_fine() {
    for level in NON_LEAF {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e | 1 << 50);
        let mut m = boot(&pt, |_| {});
        assert_reserved(&mut m, &pt, VA + OFF, &format!("{level:?}"));
    }
}

#[test]
fn reserved_fault_error_code_carries_the_fetch_bit_with_nxe() {
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pt, |e| e | 1 << 51);
    let mut m = boot(&pt, |_| {});
    assert_eq!(
        m.access(sup(Fetch, VA + OFF)),
        (fault(pf::P | pf::RSVD | pf::I, VA + OFF), false)
    );
    assert_eq!(
        m.access(usr(Fetch, VA + OFF)),
        (fault(pf::P | pf::RSVD | pf::U | pf::I, VA + OFF), false)
    );
}

#[test]
fn not_present_comes_before_a_rights_violation_at_an_upper_level() {
    // A user access through a supervisor, read-only, execute-disabled PML4E whose PDPTE is not present: P=0.
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pdpt, |e| e & !bit::P);
    edit(&mut pt, VA, Level::Pml4, |e| {
        e & !(bit::US | bit::RW) | bit::XD
    });
    let mut m = boot(&pt, |_| {});
    let va = VA + OFF;
    assert_eq!(m.access(usr(Read, va)), (fault(pf::U, va), false));
    assert_eq!(m.access(usr(Write, va)), (fault(pf::W | pf::U, va), false));
    assert_eq!(m.access(usr(Fetch, va)), (fault(pf::U | pf::I, va), false));
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn reserved_bit_comes_before_a_rights_violation_at_an_upper_level() {
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pt, |e| e | 1 << 51);
    edit(&mut pt, VA, Level::Pml4, |e| e & !(bit::US | bit::RW));
    let mut m = boot(&pt, |_| {});
    let va = VA + OFF;
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::RSVD | pf::W | pf::U, va), false)
    );
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn first_bad_entry_in_walk_order_decides_the_fault() {
    // Reserved PDPTE above a not-present PDE: reserved-bit fault.
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pd, |e| e & !bit::P);
    edit(&mut pt, VA, Level::Pdpt, |e| e | 1 << 51);
    let mut m = boot(&pt, |_| {});
    assert_eq!(
        m.access(sup(Read, VA)),
        (fault(pf::P | pf::RSVD, VA), false)
    );

    // Not-present PDPTE above a reserved PDE: not-present fault.
    let mut pt = tables(user());
    edit(&mut pt, VA, Level::Pd, |e| e | 1 << 51);
    edit(&mut pt, VA, Level::Pdpt, |e| e & !bit::P);
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(sup(Read, VA)), (fault(0, VA), false));
}

#[test]
fn walk_faults_never_report_pk() {
    // Every key denies every access, on a user page: the walk faults still carry no PK.
    let pkeys = |c: &mut Control| {
        c.cr4_pke = true;
        c.pkru = u32::MAX;
    };
    let va = VA + OFF;

    let mut pt = tables(MapFlags { pkey: 3, ..user() });
    edit(&mut pt, VA, Level::Pt, |e| e & !bit::P);
    let mut m = boot(&pt, pkeys);
    assert_eq!(m.access(usr(Read, va)), (fault(pf::U, va), false));
    assert_eq!(m.access(sup(Write, va)), (fault(pf::W, va), false));

    let mut pt = tables(MapFlags { pkey: 3, ..user() });
    edit(&mut pt, VA, Level::Pt, |e| e | 1 << 51);
    let mut m = boot(&pt, pkeys);
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::RSVD | pf::W | pf::U, va), false)
    );
}

#[test]
fn reserved_bit_fault_stops_the_walk_and_sets_no_accessed_flag() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        // The addresses of the four entries, taken before the edit makes the tables below unreachable.
        let addrs = ALL_LEVELS.map(|l| entry_addr(&pt, VA, l));
        edit(&mut pt, VA, level, |e| e | 1 << 51);
        let mut m = boot(&pt, |_| {});
        assert_eq!(
            m.access(usr(Write, VA)),
            (fault(pf::P | pf::RSVD | pf::W | pf::U, VA), false)
        );
        for (l, addr) in ALL_LEVELS.into_iter().zip(addrs) {
            assert_eq!(
                m.memory().read(addr),
                pt.word(addr).unwrap(),
                "reserved at {level:?}: {l:?} changed"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Canonical addresses
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn non_canonical_address_raises_gp_without_touching_tlb_or_memory() {
    let (mut m, _pt) = setup(user(), |_| {});
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    let tlbs = (m.itlb().clone(), m.dtlb().clone());
    let memory = m.memory().clone();
    let bad = [
        VA | 1 << 63,
        VA | 1 << 47,
        VA | 1 << 48,
        VA | 0xfffe_0000_0000_0000,
        0x0000_8000_0000_0000,
        0xffff_7fff_ffff_f000,
    ];
    for va in bad {
        for access in [
            sup(Read, va),
            sup(Write, va),
            sup(Fetch, va),
            usr(Read, va),
            usr(Write, va),
        ] {
            assert_eq!(
                m.access(access),
                (Outcome::GeneralProtection, false),
                "{va:#x}"
            );
        }
    }
    assert_eq!((m.itlb().clone(), m.dtlb().clone()), tlbs);
    assert_eq!(*m.memory(), memory);
    // The cached translation of the canonical address is still there.
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), true));
}

#[test]
fn canonical_upper_half_address_translates() {
    let va = 0xffff_8a12_3456_7000;
    let mut pt = PageTables::new(PML4);
    pt.map(va, PA, PageSize::Size4K, supervisor()).unwrap();
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(sup(Read, va + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Read, va + OFF)), (ok(PA + OFF), true));
    // Its 48-bit alias without the sign extension is not canonical.
    assert_eq!(
        m.access(sup(Read, (va + OFF) & 0x0000_ffff_ffff_ffff)),
        (Outcome::GeneralProtection, false)
    );
}

// ---------------------------------------------------------------------------------------------------------------------
// Accessed and dirty flags
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn read_sets_accessed_at_every_level_and_no_dirty() {
    let (mut m, pt) = setup(user(), |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    for level in ALL_LEVELS {
        assert_eq!(
            in_memory(&m, &pt, VA, level),
            built(&pt, VA, level) | bit::A,
            "{level:?}"
        );
    }
}

#[test]
fn fetch_sets_accessed_at_every_level_and_no_dirty() {
    let (mut m, pt) = setup(user(), |_| {});
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), false));
    for level in ALL_LEVELS {
        assert_eq!(
            in_memory(&m, &pt, VA, level),
            built(&pt, VA, level) | bit::A,
            "{level:?}"
        );
    }
}

#[test]
fn write_sets_accessed_at_every_level_and_dirty_in_the_leaf_only() {
    let (mut m, pt) = setup(user(), |_| {});
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    for level in NON_LEAF {
        assert_eq!(
            in_memory(&m, &pt, VA, level),
            built(&pt, VA, level) | bit::A,
            "{level:?}"
        );
    }
    assert_eq!(
        in_memory(&m, &pt, VA, Level::Pt),
        built(&pt, VA, Level::Pt) | bit::A | bit::D
    );
}

#[test]
fn dirty_goes_to_the_leaf_of_a_2m_or_1g_page_and_never_to_a_non_leaf_entry() {
    for size in [PageSize::Size2M, PageSize::Size1G] {
        let (va, pa) = page_of(size);
        let pt = tables_sized(size, user());
        let mut m = boot(&pt, |_| {});
        assert_eq!(
            m.access(usr(Write, va + OFF_HUGE)),
            (ok(pa + OFF_HUGE), false)
        );
        let levels = levels_of(size);
        let (leaf, upper) = levels.split_last().unwrap();
        for &level in upper {
            assert_eq!(
                in_memory(&m, &pt, va, level),
                built(&pt, va, level) | bit::A,
                "{size:?} {level:?}"
            );
        }
        assert_eq!(
            in_memory(&m, &pt, va, *leaf),
            built(&pt, va, *leaf) | bit::A | bit::D,
            "{size:?}"
        );
    }
}

#[test]
fn faulting_access_writes_no_accessed_or_dirty_flag() {
    let va = VA + OFF;
    // U/S violation.
    let (mut m, pt) = setup(supervisor(), |_| {});
    assert!(matches!(
        m.access(usr(Write, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(memory_unchanged(&m, &pt));
    // R/W violation with WP = 1.
    let (mut m, pt) = setup(
        MapFlags {
            writable: false,
            ..supervisor()
        },
        |_| {},
    );
    assert!(matches!(
        m.access(sup(Write, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(memory_unchanged(&m, &pt));
    // XD, SMEP, SMAP, PKU.
    let (mut m, pt) = setup(MapFlags { nx: true, ..user() }, |_| {});
    assert!(matches!(
        m.access(usr(Fetch, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(memory_unchanged(&m, &pt));
    let (mut m, pt) = setup(user(), |c| {
        c.cr4_smep = true;
        c.cr4_smap = true;
    });
    assert!(matches!(
        m.access(sup(Fetch, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(matches!(
        m.access(sup(Write, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(memory_unchanged(&m, &pt));
    let (mut m, pt) = setup(keyed(1), pke(ad(1)));
    assert!(matches!(
        m.access(usr(Read, va)).0,
        Outcome::PageFault { .. }
    ));
    assert!(memory_unchanged(&m, &pt));
    assert_eq!(occupancy(&m), 0);
}

#[test]
fn entries_that_already_have_their_flags_keep_their_value() {
    let mut pt = tables(MapFlags {
        accessed: true,
        dirty: true,
        ..user()
    });
    for level in NON_LEAF {
        edit(&mut pt, VA, level, |e| e | bit::A);
    }
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    m.invlpg(VA);
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn only_the_entries_lacking_accessed_get_it() {
    // PML4E and PDE already have A; PDPTE and PTE do not.
    let mut pt = tables(user());
    for level in [Level::Pml4, Level::Pd] {
        edit(&mut pt, VA, level, |e| e | bit::A);
    }
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    for level in ALL_LEVELS {
        assert_eq!(
            in_memory(&m, &pt, VA, level),
            built(&pt, VA, level) | bit::A,
            "{level:?}"
        );
    }
}

#[test]
fn accessed_and_dirty_updates_preserve_every_other_bit() {
    // Ignored bits 11:9 and 62:52 in every entry, XD, G and D in the non-leaf entries (ignored there), PAT and G in the leaf.
    let ignored = 0x7ff0_0000_0000_0e00;
    let mut pt = tables(MapFlags {
        global: true,
        nx: true,
        ..user()
    });
    for level in NON_LEAF {
        edit(&mut pt, VA, level, |e| {
            e | ignored | bit::XD | bit::G | bit::D
        });
    }
    edit(&mut pt, VA, Level::Pt, |e| e | ignored | bit::PS);
    let mut m = boot(&pt, |_| {});
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    for level in NON_LEAF {
        assert_eq!(
            in_memory(&m, &pt, VA, level),
            built(&pt, VA, level) | bit::A,
            "{level:?}"
        );
    }
    assert_eq!(
        in_memory(&m, &pt, VA, Level::Pt),
        built(&pt, VA, Level::Pt) | bit::A | bit::D
    );
}

#[test]
fn write_after_a_read_fill_with_clean_leaf_walks_again_to_set_dirty() {
    let (mut m, pt) = setup(user(), |_| {});
    let va = VA + OFF;
    let pte = entry_addr(&pt, VA, Level::Pt);
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), true));
    assert_eq!(m.memory().read(pte) & bit::D, 0);
    // The cached D is 0: the write is not a hit, and D is in memory after it.
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), false));
    assert_eq!(
        m.memory().read(pte),
        built(&pt, VA, Level::Pt) | bit::A | bit::D
    );
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), true));
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), true));
    assert_eq!(m.dtlb().occupancy(), 1);
}

#[test]
fn read_fill_of_a_leaf_already_dirty_lets_a_write_hit() {
    let (mut m, pt) = setup(
        MapFlags {
            dirty: true,
            ..user()
        },
        |_| {},
    );
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), true));
    assert_eq!(
        in_memory(&m, &pt, VA, Level::Pt),
        built(&pt, VA, Level::Pt) | bit::A
    );
}

#[test]
fn write_through_a_clean_entry_to_a_read_only_page_faults_as_a_miss() {
    let (mut m, pt) = setup(
        MapFlags {
            writable: false,
            ..supervisor()
        },
        |_| {},
    );
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    let after_read = m.memory().clone();
    assert_eq!(m.access(sup(Write, va)), (fault(pf::P | pf::W, va), false));
    assert_eq!(*m.memory(), after_read);
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), true));
    assert_eq!(in_memory(&m, &pt, VA, Level::Pt) & bit::D, 0);
}
