//! Directed tests of the reference model, access rights: user/supervisor, writes and CR0.WP, execute-disable, SMEP,
//! SMAP and protection keys, and control bits checked at access time, also on a TLB hit; one test per rule of the
//! architectural contract (`x86-paging.md`, Intel SDM Vol. 3A ch. 4). The walk is in `model_rules_walk.rs`, the TLB
//! and the paging-structure cache in `model_rules_tlb.rs`.
//!
//! Each test builds its page tables with `PageTables`, runs accesses and maintenance operations on a fresh `Model` and
//! asserts exact results: the physical address or the #PF error code and CR2, whether the L1 TLB of the access's port
//! answered it (the instruction TLB for a fetch, the data TLB for a read or write), and the paging-structure words in
//! memory afterwards. The helpers they share are in `common/rules.rs`.

mod common;

use mmu_arch::{pf, AccessKind, Config, CrReg, PageSize, TlbLevel};
use mmu_model::pagetable::MapFlags;
use mmu_model::walker::{bit, Level};
use AccessKind::{Fetch, Read, Write};

use common::rules::*;

// ---------------------------------------------------------------------------------------------------------------------
// User / supervisor
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn user_access_needs_us_at_every_level() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e & !bit::US);
        let mut m = boot(&pt, |_| {});
        let va = VA + OFF;
        assert_eq!(m.access(usr(Read, va)), (fault(pf::P | pf::U, va), false));
        assert_eq!(
            m.access(usr(Write, va)),
            (fault(pf::P | pf::W | pf::U, va), false)
        );
        assert_eq!(
            m.access(usr(Fetch, va)),
            (fault(pf::P | pf::U | pf::I, va), false)
        );
        assert!(memory_unchanged(&m, &pt), "{level:?}");
        // A supervisor page for the kernel, even with SMAP/SMEP on (the fetch walks: its port has its own TLB).
        m.write_cr(CrReg::Cr4Smap, 1);
        m.write_cr(CrReg::Cr4Smep, 1);
        assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false), "{level:?}");
        assert_eq!(m.access(sup(Fetch, va)), (ok(PA + OFF), false), "{level:?}");
        assert_eq!(m.access(sup(Fetch, va)), (ok(PA + OFF), true), "{level:?}");
    }
}

#[test]
fn user_access_to_a_user_page_is_allowed() {
    let (mut m, _pt) = setup(user(), |_| {});
    let va = VA + OFF;
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
    // The read filled the data TLB only: the fetch walks, then hits in the instruction TLB.
    assert_eq!(m.access(usr(Fetch, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Fetch, va)), (ok(PA + OFF), true));
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), true));
}

// ---------------------------------------------------------------------------------------------------------------------
// Writes and CR0.WP
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn supervisor_write_to_read_only_page_is_allowed_with_wp_0() {
    for level in ALL_LEVELS {
        for flags in [supervisor(), user()] {
            let mut pt = tables(flags);
            edit(&mut pt, VA, level, |e| e & !bit::RW);
            let mut m = boot(&pt, |c| c.cr0_wp = false);
            assert_eq!(
                m.access(sup(Write, VA + OFF)),
                (ok(PA + OFF), false),
                "{level:?}"
            );
            assert_eq!(
                in_memory(&m, &pt, VA, Level::Pt),
                built(&pt, VA, Level::Pt) | bit::A | bit::D
            );
        }
    }
}

#[test]
fn supervisor_write_to_read_only_page_faults_with_wp_1() {
    for level in ALL_LEVELS {
        let mut pt = tables(supervisor());
        edit(&mut pt, VA, level, |e| e & !bit::RW);
        let mut m = boot(&pt, |c| c.cr0_wp = true);
        let va = VA + OFF;
        assert_eq!(
            m.access(sup(Write, va)),
            (fault(pf::P | pf::W, va), false),
            "{level:?}"
        );
        assert!(memory_unchanged(&m, &pt));
        assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    }
}

#[test]
fn user_write_needs_writable_at_every_level_whatever_wp() {
    for level in ALL_LEVELS {
        for wp in [false, true] {
            let mut pt = tables(user());
            edit(&mut pt, VA, level, |e| e & !bit::RW);
            let mut m = boot(&pt, |c| c.cr0_wp = wp);
            let va = VA + OFF;
            assert_eq!(
                m.access(usr(Write, va)),
                (fault(pf::P | pf::W | pf::U, va), false),
                "{level:?} wp={wp}"
            );
            assert!(memory_unchanged(&m, &pt));
            assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Execute-disable
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn fetch_from_an_xd_page_faults_with_nxe_1() {
    for level in ALL_LEVELS {
        let mut pt = tables(user());
        edit(&mut pt, VA, level, |e| e | bit::XD);
        let mut m = boot(&pt, |c| c.efer_nxe = true);
        let va = VA + OFF;
        assert_eq!(
            m.access(sup(Fetch, va)),
            (fault(pf::P | pf::I, va), false),
            "{level:?}"
        );
        assert_eq!(
            m.access(usr(Fetch, va)),
            (fault(pf::P | pf::U | pf::I, va), false),
            "{level:?}"
        );
        assert!(memory_unchanged(&m, &pt));
        assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
    }
}

#[test]
fn fetch_without_xd_is_allowed_with_nxe_0() {
    let (mut m, _pt) = setup(user(), |c| c.efer_nxe = false);
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), true));
}

#[test]
fn not_present_fetch_reports_id_only_with_nxe_or_smep() {
    for (nxe, smep) in [(false, false), (true, false), (false, true), (true, true)] {
        let mut pt = tables(user());
        edit(&mut pt, VA, Level::Pt, |e| e & !bit::P);
        let mut m = boot(&pt, |c| {
            c.efer_nxe = nxe;
            c.cr4_smep = smep;
        });
        let i = if nxe || smep { pf::I } else { 0 };
        let va = VA + OFF;
        assert_eq!(
            m.access(sup(Fetch, va)),
            (fault(i, va), false),
            "nxe={nxe} smep={smep}"
        );
        assert_eq!(m.access(usr(Fetch, va)), (fault(pf::U | i, va), false));
    }
}

#[test]
fn rights_fault_of_a_fetch_has_no_id_without_nxe_and_smep() {
    let (mut m, _pt) = setup(supervisor(), |c| {
        c.efer_nxe = false;
        c.cr4_smep = false;
    });
    let va = VA + OFF;
    assert_eq!(m.access(usr(Fetch, va)), (fault(pf::P | pf::U, va), false));
}

// ---------------------------------------------------------------------------------------------------------------------
// SMEP
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn smep_blocks_supervisor_fetch_from_a_user_page() {
    for nxe in [true, false] {
        let (mut m, pt) = setup(user(), |c| {
            c.cr4_smep = true;
            c.efer_nxe = nxe;
        });
        let va = VA + OFF;
        assert_eq!(
            m.access(sup(Fetch, va)),
            (fault(pf::P | pf::I, va), false),
            "nxe={nxe}"
        );
        assert!(memory_unchanged(&m, &pt));
        // Data accesses are not SMEP's business.
        assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    }
}

#[test]
fn supervisor_fetch_from_a_user_page_is_allowed_without_smep() {
    let (mut m, _pt) = setup(user(), |c| c.cr4_smep = false);
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), false));
}

#[test]
fn smep_does_not_affect_user_fetch_nor_supervisor_pages() {
    let (mut m, _pt) = setup(user(), |c| c.cr4_smep = true);
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), false));
    let (mut m, _pt) = setup(supervisor(), |c| c.cr4_smep = true);
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), false));
}

// ---------------------------------------------------------------------------------------------------------------------
// SMAP
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn smap_blocks_supervisor_data_access_to_a_user_page_when_ac_is_0() {
    let (mut m, pt) = setup(user(), |c| {
        c.cr4_smap = true;
        c.rflags_ac = false;
    });
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (fault(pf::P, va), false));
    assert_eq!(m.access(sup(Write, va)), (fault(pf::P | pf::W, va), false));
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn smap_blocks_a_supervisor_write_even_with_wp_0() {
    let (mut m, _pt) = setup(user(), |c| {
        c.cr4_smap = true;
        c.cr0_wp = false;
    });
    let va = VA + OFF;
    assert_eq!(m.access(sup(Write, va)), (fault(pf::P | pf::W, va), false));
}

#[test]
fn smap_allows_supervisor_data_access_when_ac_is_1() {
    let (mut m, _pt) = setup(user(), |c| {
        c.cr4_smap = true;
        c.rflags_ac = true;
    });
    assert_eq!(m.access(sup(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Write, VA + OFF)), (ok(PA + OFF), false));
}

#[test]
fn smap_does_not_apply_to_supervisor_fetch() {
    let (mut m, _pt) = setup(user(), |c| {
        c.cr4_smap = true;
        c.cr4_smep = false;
    });
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), false));
}

#[test]
fn smap_does_not_apply_to_user_accesses_nor_supervisor_pages() {
    let (mut m, _pt) = setup(user(), |c| c.cr4_smap = true);
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    let (mut m, _pt) = setup(supervisor(), |c| c.cr4_smap = true);
    assert_eq!(m.access(sup(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Write, VA + OFF)), (ok(PA + OFF), false));
}

// ---------------------------------------------------------------------------------------------------------------------
// Protection keys
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn pkey_access_disable_denies_user_data_access() {
    let (mut m, pt) = setup(keyed(5), pke(ad(5)));
    let va = VA + OFF;
    assert_eq!(
        m.access(usr(Read, va)),
        (fault(pf::P | pf::U | pf::PK, va), false)
    );
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::W | pf::U | pf::PK, va), false)
    );
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn pkey_access_disable_denies_supervisor_data_access_to_a_user_page() {
    let (mut m, pt) = setup(keyed(5), pke(ad(5)));
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (fault(pf::P | pf::PK, va), false));
    assert_eq!(
        m.access(sup(Write, va)),
        (fault(pf::P | pf::W | pf::PK, va), false)
    );
    assert!(memory_unchanged(&m, &pt));
}

#[test]
fn pkey_write_disable_denies_user_write_but_not_read() {
    let (mut m, _pt) = setup(keyed(5), pke(wd(5)));
    let va = VA + OFF;
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::W | pf::U | pf::PK, va), false)
    );
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
}

#[test]
fn pkey_write_disable_denies_supervisor_write_only_with_wp_1() {
    let va = VA + OFF;
    let (mut m, _pt) = setup(keyed(5), |c| {
        pke(wd(5))(c);
        c.cr0_wp = true;
    });
    assert_eq!(
        m.access(sup(Write, va)),
        (fault(pf::P | pf::W | pf::PK, va), false)
    );
    let (mut m, _pt) = setup(keyed(5), |c| {
        pke(wd(5))(c);
        c.cr0_wp = false;
    });
    assert_eq!(m.access(sup(Write, va)), (ok(PA + OFF), false));
}

#[test]
fn pkeys_do_not_apply_to_fetches() {
    let (mut m, _pt) = setup(keyed(5), pke(u32::MAX));
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Fetch, VA + OFF)), (ok(PA + OFF), true));
}

#[test]
fn pkeys_do_not_apply_to_supervisor_pages() {
    // The leaf is U/S=1 with key 5, but the PDE makes the page a supervisor page.
    let mut pt = tables(keyed(5));
    edit(&mut pt, VA, Level::Pd, |e| e & !bit::US);
    let mut m = boot(&pt, pke(u32::MAX));
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Write, va)), (ok(PA + OFF), false));
    // A user access faults for U/S, without PK.
    assert_eq!(m.access(usr(Read, va)), (fault(pf::P | pf::U, va), true));
}

#[test]
fn pkeys_do_not_apply_with_pke_0() {
    let (mut m, _pt) = setup(keyed(5), |c| {
        c.cr4_pke = false;
        c.pkru = u32::MAX;
    });
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Write, VA + OFF)), (ok(PA + OFF), true));
}

#[test]
fn pkey_is_taken_from_leaf_bits_62_59() {
    let va = VA + OFF;
    for key in [0u8, 9, 15] {
        let mut pt = tables(keyed(key));
        // The non-leaf entries carry another key in the same (ignored) bits: it must not count.
        let other = u64::from(15 - key);
        for level in NON_LEAF {
            edit(&mut pt, VA, level, |e| e | other << 59);
        }
        let mut m = boot(&pt, pke(ad(key)));
        assert_eq!(
            m.access(usr(Read, va)),
            (fault(pf::P | pf::U | pf::PK, va), false),
            "key {key}"
        );
        // Every other key denied: the page's key is not among them.
        m.write_cr(CrReg::Pkru, u64::from(!(ad(key) | wd(key))));
        assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false), "key {key}");
    }
}

#[test]
fn pkey_of_a_2m_page_is_taken_from_the_pde() {
    let va = VA_2M + OFF_HUGE;
    let pt = tables_sized(PageSize::Size2M, keyed(6));
    let mut m = boot(&pt, pke(ad(6)));
    assert_eq!(
        m.access(usr(Read, va)),
        (fault(pf::P | pf::U | pf::PK, va), false)
    );
    m.write_cr(CrReg::Pkru, u64::from(!(ad(6) | wd(6))));
    assert_eq!(m.access(usr(Read, va)), (ok(PA_2M + OFF_HUGE), false));
}

#[test]
fn pk_is_reported_together_with_another_violation() {
    let va = VA + OFF;
    // User write to a read-only user page whose key is write-disabled.
    let (mut m, _pt) = setup(
        MapFlags {
            writable: false,
            ..keyed(3)
        },
        pke(wd(3)),
    );
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::W | pf::U | pf::PK, va), false)
    );
    // Supervisor read of a user page blocked both by SMAP and by the key's AD.
    let (mut m, _pt) = setup(keyed(3), |c| {
        pke(ad(3))(c);
        c.cr4_smap = true;
    });
    assert_eq!(m.access(sup(Read, va)), (fault(pf::P | pf::PK, va), false));
}

// ---------------------------------------------------------------------------------------------------------------------
// Control bits are checked at access time, also on a hit, and need no flush
// ---------------------------------------------------------------------------------------------------------------------

/// The leaf with A and D already set, so that a write through its TLB entry is a hit.
fn predirtied(flags: MapFlags) -> MapFlags {
    MapFlags {
        accessed: true,
        dirty: true,
        ..flags
    }
}

#[test]
fn wp_change_takes_effect_on_a_hit() {
    let ro = MapFlags {
        writable: false,
        ..supervisor()
    };
    let (mut m, _pt) = setup(predirtied(ro), |c| c.cr0_wp = false);
    let va = VA + OFF;
    assert_eq!(m.access(sup(Write, va)), (ok(PA + OFF), false));
    m.write_cr(CrReg::Cr0Wp, 1);
    assert_eq!(m.access(sup(Write, va)), (fault(pf::P | pf::W, va), true));
    m.write_cr(CrReg::Cr0Wp, 0);
    assert_eq!(m.access(sup(Write, va)), (ok(PA + OFF), true));
}

#[test]
fn smap_and_ac_changes_take_effect_on_a_hit() {
    let (mut m, _pt) = setup(predirtied(user()), |_| {});
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    m.write_cr(CrReg::Cr4Smap, 1);
    assert_eq!(m.access(sup(Read, va)), (fault(pf::P, va), true));
    assert_eq!(m.access(sup(Write, va)), (fault(pf::P | pf::W, va), true));
    m.write_cr(CrReg::RflagsAc, 1);
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), true));
    assert_eq!(m.access(sup(Write, va)), (ok(PA + OFF), true));
    m.write_cr(CrReg::RflagsAc, 0);
    assert_eq!(m.access(sup(Read, va)), (fault(pf::P, va), true));
    m.write_cr(CrReg::Cr4Smap, 0);
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), true));
}

#[test]
fn pke_and_pkru_changes_take_effect_on_a_hit() {
    let (mut m, _pt) = setup(predirtied(keyed(5)), |c| {
        c.cr4_pke = false;
        c.pkru = ad(5) | wd(5);
    });
    let va = VA + OFF;
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
    m.write_cr(CrReg::Cr4Pke, 1);
    assert_eq!(
        m.access(usr(Read, va)),
        (fault(pf::P | pf::U | pf::PK, va), true)
    );
    m.write_cr(CrReg::Pkru, u64::from(wd(5)));
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), true));
    assert_eq!(
        m.access(usr(Write, va)),
        (fault(pf::P | pf::W | pf::U | pf::PK, va), true)
    );
    m.write_cr(CrReg::Pkru, 0);
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), true));
    m.write_cr(CrReg::Pkru, u64::from(ad(5)));
    m.write_cr(CrReg::Cr4Pke, 0);
    assert_eq!(m.access(usr(Write, va)), (ok(PA + OFF), true));
}

#[test]
fn nxe_changes_meet_fetches_in_walks_as_no_fetch_caches_an_xd_page() {
    let xd = MapFlags { nx: true, ..user() };
    // Without the shared L2: the fetch port's only way to a translation is its own walk.
    let no_l2 = Config {
        l2_sets: 0,
        ..Config::default()
    };
    let pt = tables(predirtied(xd));
    let mut m = boot_with(no_l2, &pt, |c| c.efer_nxe = true);
    let va = VA + OFF;
    // The data TLB holds the XD translation; the fetch port has its own TLB, so the fetch walks, and XD refuses it.
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    assert_eq!(
        m.access(usr(Fetch, va)),
        (fault(pf::P | pf::U | pf::I, va), false)
    );
    m.write_cr(CrReg::EferNxe, 0);
    // With NXE = 0 the walk finds XD reserved: a fetch can never fill its TLB with an XD page.
    assert_eq!(
        m.access(usr(Fetch, va)),
        (fault(pf::P | pf::RSVD | pf::U, va), false)
    );
    assert_eq!(m.itlb().occupancy(), 0);
    // The data access still hits its entry (a hit never checks reserved bits).
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), true));
    m.write_cr(CrReg::EferNxe, 1);
    assert_eq!(m.access(sup(Fetch, va)), (fault(pf::P | pf::I, va), false));
}

/// With the L2, a fetch after a read of an XD page meets the read's translation there: refused by XD, and copied into the
/// ITLB like every L2 hit. Once NXE is 0 that copy's XD means nothing (a hit never checks reserved bits), so the fetch
/// hits; a walk would have raised a reserved-bit fault. Caching a translation whose rights refuse the access is allowed
/// (SDM 4.10.2.1), and NXE changes flush nothing.
#[test]
fn with_the_l2_a_fetch_meets_the_reads_xd_translation() {
    let xd = MapFlags { nx: true, ..user() };
    let (mut m, _pt) = setup(predirtied(xd), |c| c.efer_nxe = true);
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    let answer = m.answer(usr(Fetch, va));
    assert_eq!(answer.outcome, fault(pf::P | pf::U | pf::I, va));
    assert_eq!(answer.level, Some(TlbLevel::L2));
    assert_eq!(m.itlb().occupancy(), 1);
    m.write_cr(CrReg::EferNxe, 0);
    assert_eq!(m.access(usr(Fetch, va)), (ok(PA + OFF), true));
}

#[test]
fn a_hit_never_raises_a_reserved_bit_fault() {
    let xd = MapFlags { nx: true, ..user() };
    let (mut m, _pt) = setup(predirtied(xd), |c| c.efer_nxe = true);
    let va = VA + OFF;
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
    m.write_cr(CrReg::EferNxe, 0);
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), true));
    // Once the entry is gone, the walk sees XD as a reserved bit.
    m.invlpg(va);
    assert_eq!(
        m.access(usr(Read, va)),
        (fault(pf::P | pf::RSVD | pf::U, va), false)
    );
}

#[test]
fn smep_1_to_0_takes_effect_on_a_hit() {
    let (mut m, _pt) = setup(predirtied(user()), |c| c.cr4_smep = true);
    let va = VA + OFF;
    // A user fetch fills the instruction TLB (SMEP is about supervisor fetches).
    assert_eq!(m.access(usr(Fetch, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Fetch, va)), (fault(pf::P | pf::I, va), true));
    m.write_cr(CrReg::Cr4Smep, 0);
    assert_eq!(m.access(sup(Fetch, va)), (ok(PA + OFF), true));
}
