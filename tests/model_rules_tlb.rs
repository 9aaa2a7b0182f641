//! Directed tests of the reference model, the TLBs and the paging-structure cache: stale translations and INVLPG,
//! global entries, PCIDs and MOV to CR3, INVPCID, MOV to CR4, fill and replacement, a TLB per port, pairs; the rules
//! of the architectural
//! contract (`x86-paging.md`, Intel SDM Vol. 3A ch. 4) and the design choices of `docs/architecture.md` (TLB fill,
//! replacement, invalidation table). The walk is in `model_rules_walk.rs`, access rights in `model_rules_rights.rs`.
//!
//! Each test builds its page tables with `PageTables`, runs accesses and maintenance operations on a fresh `Model` and
//! asserts exact results: the physical address or the #PF error code and CR2, whether the L1 TLB of the access's port
//! answered it, and the paging-structure words in memory afterwards. Most use reads, so the data TLB; the invalidation
//! rules are the same for the instruction TLB (`stale_translation_is_used_until_invlpg_in_both_tlbs`, and the model's
//! own tests). The helpers they share are in `common/rules.rs`.

mod common;

use mmu_arch::{
    pf, AccessKind, Config, Control, CrReg, InvpcidType, Op, Outcome, PageSize, TlbLevel,
    CR3_NOFLUSH,
};
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::walker::{bit, Level};
use mmu_model::Model;
use AccessKind::{Fetch, Read};

use common::rules::*;

/// Tables mapping `count` consecutive 4K pages `page(i)`.
fn tables_pages(count: usize, flags: MapFlags) -> PageTables {
    let mut pt = PageTables::new(PML4);
    for i in 0..count {
        let (va, pa) = page(i);
        pt.map(va, pa, PageSize::Size4K, flags).unwrap();
    }
    pt
}

/// MOV to CR3 that keeps the TLB entries of `pcid` (PCIDE=1).
fn switch_to(m: &mut Model, pml4: u64, pcid: u64) {
    m.write_cr3(pml4 | pcid | CR3_NOFLUSH);
}

/// Number of valid data-TLB entries that match `va` in `pcid`.
fn matching_entries(m: &Model, va: u64, pcid: u16) -> usize {
    m.dtlb()
        .slots()
        .iter()
        .flatten()
        .filter(|e| e.matches(va, pcid))
        .count()
}

// ---------------------------------------------------------------------------------------------------------------------
// Stale translations and INVLPG
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn stale_translation_is_used_until_invlpg_in_both_tlbs() {
    let pt = tables_pages(2, user());
    let mut m = boot(&pt, |_| {});
    let (va1, pa1) = page(1);
    let new_pa = 0x0777_7000;
    let pte = entry_addr(&pt, VA, Level::Pt);
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    // The fetch port has its own TLB: the fetch walks too.
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Read, va1)), (ok(pa1), false));
    let new_pte = new_pa | bit::P | bit::RW | bit::US;
    m.apply(&Op::WriteMem {
        addr: pte,
        value: new_pte,
    });
    // Each TLB keeps its stale translation.
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), true));
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), true));
    m.invlpg(VA + 0xfff);
    // INVLPG dropped it from both.
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(new_pa + OFF), false));
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(new_pa + OFF), false));
    assert_eq!(m.memory().read(pte), new_pte | bit::A);
    // The other page's entry was not touched by the INVLPG.
    assert_eq!(m.access(usr(Read, va1)), (ok(pa1), true));
}

#[test]
fn invlpg_anywhere_inside_a_2m_or_1g_page_drops_it() {
    for size in [PageSize::Size2M, PageSize::Size1G] {
        let (va, pa) = page_of(size);
        let pt = tables_sized(size, user());
        let mut m = boot(&pt, |_| {});
        assert_eq!(
            m.access(sup(Read, va + OFF_HUGE)),
            (ok(pa + OFF_HUGE), false)
        );
        // An address just past the page leaves it alone.
        m.invlpg(va + size.bytes());
        assert_eq!(m.dtlb().occupancy(), 1, "{size:?}");
        // The last byte of the page drops it.
        m.invlpg(va + size.bytes() - 1);
        assert_eq!(m.dtlb().occupancy(), 0, "{size:?}");
        assert_eq!(m.access(sup(Read, va)), (ok(pa), false));
        // So does an address in the middle.
        m.invlpg(va + size.bytes() / 2 + 0x1234);
        assert_eq!(m.access(sup(Read, va)), (ok(pa), false), "{size:?}");
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Global entries
// ---------------------------------------------------------------------------------------------------------------------

/// Page A and B are not global, page G is (G=1 in its leaf).
const A: u64 = VA;
const B: u64 = VA + 0x1000;
const G: u64 = VA + 0x2000;

fn tables_abg() -> PageTables {
    let mut pt = PageTables::new(PML4);
    for (i, va) in [A, B].into_iter().enumerate() {
        pt.map(va, PA + 0x1000 * i as u64, PageSize::Size4K, supervisor())
            .unwrap();
    }
    let global = MapFlags {
        global: true,
        ..supervisor()
    };
    pt.map(G, PA + 0x2000, PageSize::Size4K, global).unwrap();
    pt
}

#[test]
fn global_entry_survives_mov_to_cr3_with_pge() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| c.cr4_pge = true);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    m.write_cr3(PML4);
    assert_eq!(m.dtlb().occupancy(), 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
}

#[test]
fn g_without_pge_is_not_global() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| c.cr4_pge = false);
    assert!(!hit(&mut m, G));
    m.write_cr3(PML4);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, G));
}

#[test]
fn g_in_a_non_leaf_entry_does_not_make_a_global_entry() {
    let mut pt = tables(supervisor());
    for level in NON_LEAF {
        edit(&mut pt, VA, level, |e| e | bit::G);
    }
    let mut m = boot(&pt, |c| c.cr4_pge = true);
    assert!(!hit(&mut m, VA));
    m.write_cr3(PML4);
    assert!(!hit(&mut m, VA));
}

#[test]
fn global_entry_survives_invpcid_types_1_and_3_and_dies_on_type_2() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| c.cr4_pge = true);
    assert!(!hit(&mut m, G));
    m.invpcid(InvpcidType::SingleContext, 0, 0);
    assert!(hit(&mut m, G));
    m.invpcid(InvpcidType::AllNonGlobal, 0, 0);
    assert!(hit(&mut m, G));
    m.invpcid(InvpcidType::Address, 0, G);
    assert!(hit(&mut m, G));
    m.invpcid(InvpcidType::AllIncludingGlobal, 0, 0);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, G));
}

#[test]
fn changing_pge_flushes_everything() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| c.cr4_pge = true);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    // Writing the value it already has changes nothing.
    m.write_cr(CrReg::Cr4Pge, 1);
    assert_eq!(m.dtlb().occupancy(), 2);
    m.write_cr(CrReg::Cr4Pge, 0);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    m.write_cr(CrReg::Cr4Pge, 1);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
}

// ---------------------------------------------------------------------------------------------------------------------
// PCIDs and MOV to CR3
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn entries_of_one_pcid_are_not_used_in_another() {
    // Two address spaces map VA differently: PCID 1 -> PA, PCID 2 -> PA_B.
    const PA_B: u64 = 0x0def_0000;
    let mut one = PageTables::new(PML4);
    one.map(VA, PA, PageSize::Size4K, supervisor()).unwrap();
    let mut two = PageTables::new(PML4_B);
    two.map(VA, PA_B, PageSize::Size4K, supervisor()).unwrap();
    let memory: Vec<_> = one.words().into_iter().chain(two.words()).collect();
    let control = Control {
        cr4_pcide: true,
        cr3: PML4 | 1,
        ..Control::default()
    };
    let mut m = Model::new(Config::default(), control, Memory::from_words(&memory));
    let va = VA + OFF;

    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    m.write_cr3(PML4_B | 2);
    assert_eq!(m.access(sup(Read, va)), (ok(PA_B + OFF), false));
    assert_eq!(m.access(sup(Read, va)), (ok(PA_B + OFF), true));
    // Back to PCID 1 keeping its entries: found again, and PCID 2's is not used.
    switch_to(&mut m, PML4, 1);
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), true));
    switch_to(&mut m, PML4_B, 2);
    assert_eq!(m.access(sup(Read, va)), (ok(PA_B + OFF), true));
    // Bit 63 = 0: PCID 1's entries are gone, PCID 2's are not.
    m.write_cr3(PML4 | 1);
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    switch_to(&mut m, PML4_B, 2);
    assert_eq!(m.access(sup(Read, va)), (ok(PA_B + OFF), true));
    assert_eq!(matching_entries(&m, va, 1), 1);
    assert_eq!(matching_entries(&m, va, 2), 1);
}

#[test]
fn mov_to_cr3_without_bit_63_keeps_global_entries_of_the_pcid() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| {
        c.cr4_pcide = true;
        c.cr4_pge = true;
        c.cr3 = PML4 | 1;
    });
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    m.write_cr3(PML4 | 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
}

#[test]
fn bit_63_of_cr3_is_never_stored() {
    let pt = tables(supervisor());
    let mut m = boot(&pt, |c| {
        c.cr4_pcide = true;
        c.cr3 = PML4 | 1 | CR3_NOFLUSH;
    });
    assert_eq!(m.control().cr3, PML4 | 1);
    m.write_cr3(PML4 | 7 | CR3_NOFLUSH);
    assert_eq!(m.control().cr3, PML4 | 7);
    assert_eq!(m.control().pcid(), 7);
    m.apply(&Op::WriteCr3 {
        value: PML4 | 3 | CR3_NOFLUSH,
    });
    assert_eq!(m.control().cr3, PML4 | 3);
}

// ---------------------------------------------------------------------------------------------------------------------
// INVPCID
// ---------------------------------------------------------------------------------------------------------------------

/// PCIDE = PGE = 1; A, B and G filled in PCID 1, then A and B in PCID 2 (G hits there, global), current PCID 2.
/// The TLB then holds A/1, B/1, G (global), A/2, B/2.
fn two_pcids() -> Model {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| {
        c.cr4_pcide = true;
        c.cr4_pge = true;
        c.cr3 = PML4 | 1;
    });
    for va in [A, B, G] {
        assert!(!hit(&mut m, va));
    }
    switch_to(&mut m, PML4, 2);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, B));
    assert!(hit(&mut m, G));
    assert_eq!(m.dtlb().occupancy(), 5);
    m
}

#[test]
fn invpcid_type_0_drops_only_that_address_in_that_pcid() {
    let mut m = two_pcids();
    m.invpcid(InvpcidType::Address, 1, A + OFF);
    assert_eq!(m.dtlb().occupancy(), 4);
    // Global entries are not dropped by type 0.
    m.invpcid(InvpcidType::Address, 1, G);
    assert_eq!(m.dtlb().occupancy(), 4);
    assert!(hit(&mut m, A));
    assert!(hit(&mut m, B));
    assert!(hit(&mut m, G));
    switch_to(&mut m, PML4, 1);
    assert!(hit(&mut m, B));
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
}

#[test]
fn invpcid_type_1_drops_every_non_global_entry_of_that_pcid() {
    let mut m = two_pcids();
    m.invpcid(InvpcidType::SingleContext, 1, 0);
    assert_eq!(m.dtlb().occupancy(), 3);
    assert!(hit(&mut m, A));
    assert!(hit(&mut m, B));
    assert!(hit(&mut m, G));
    switch_to(&mut m, PML4, 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, B));
}

#[test]
fn invpcid_type_2_drops_everything() {
    let mut m = two_pcids();
    m.invpcid(InvpcidType::AllIncludingGlobal, 0, 0);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, B));
    switch_to(&mut m, PML4, 1);
    assert!(!hit(&mut m, G));
    assert!(!hit(&mut m, A));
}

#[test]
fn invpcid_type_3_drops_everything_but_global_entries() {
    let mut m = two_pcids();
    m.invpcid(InvpcidType::AllNonGlobal, 0, 0);
    assert_eq!(m.dtlb().occupancy(), 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
    switch_to(&mut m, PML4, 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, B));
}

#[test]
fn invlpg_drops_the_current_pcid_and_global_entries_for_the_address_only() {
    let mut m = two_pcids();
    // Current PCID 2: A/2 goes, A/1 stays; G (filled in PCID 1, global) goes.
    m.invlpg(A + OFF);
    m.invlpg(G);
    assert_eq!(m.dtlb().occupancy(), 3);
    assert!(hit(&mut m, B));
    switch_to(&mut m, PML4, 1);
    assert!(hit(&mut m, A));
    assert!(hit(&mut m, B));
    assert!(!hit(&mut m, G));
}

// ---------------------------------------------------------------------------------------------------------------------
// MOV to CR4 (and the other control writes)
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn clearing_pcide_flushes_everything_including_global() {
    let mut m = two_pcids();
    m.write_cr(CrReg::Cr4Pcide, 0);
    assert_eq!(m.dtlb().occupancy(), 0);
    assert!(!hit(&mut m, G));
}

#[test]
fn setting_smep_drops_the_entries_of_the_current_pcid() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| {
        c.cr4_pcide = true;
        c.cr4_pge = true;
        c.cr3 = PML4 | 1;
    });
    assert!(!hit(&mut m, A));
    switch_to(&mut m, PML4, 2);
    assert!(!hit(&mut m, B));
    assert!(!hit(&mut m, G));
    // In PCID 2: B/2 and the global G filled in PCID 2 go; A/1 stays.
    m.write_cr(CrReg::Cr4Smep, 1);
    assert_eq!(m.dtlb().occupancy(), 1);
    // SMEP already 1, or going back to 0: nothing.
    assert!(!hit(&mut m, B));
    m.write_cr(CrReg::Cr4Smep, 1);
    m.write_cr(CrReg::Cr4Smep, 0);
    assert_eq!(m.dtlb().occupancy(), 2);
    switch_to(&mut m, PML4, 1);
    assert!(hit(&mut m, A));
    assert!(!hit(&mut m, B));
}

#[test]
fn other_control_writes_flush_nothing() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| {
        c.cr4_pge = true;
        c.cr4_smep = true;
    });
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    let writes = [
        (CrReg::Cr0Wp, 0),
        (CrReg::Cr0Wp, 1),
        (CrReg::Cr4Smap, 1),
        (CrReg::Cr4Smap, 0),
        (CrReg::Cr4Pke, 1),
        (CrReg::Pkru, 0xffff_ffff),
        (CrReg::Cr4Pke, 0),
        (CrReg::Pkru, 0),
        (CrReg::RflagsAc, 1),
        (CrReg::RflagsAc, 0),
        (CrReg::EferNxe, 0),
        (CrReg::EferNxe, 1),
        (CrReg::Cr4Smep, 0),
        (CrReg::Cr4Pcide, 1),
    ];
    for (reg, value) in writes {
        m.write_cr(reg, value);
        assert_eq!(m.dtlb().occupancy(), 2, "{reg:?} = {value}");
    }
    assert!(hit(&mut m, A));
    assert!(hit(&mut m, G));
}

// ---------------------------------------------------------------------------------------------------------------------
// TLB fill and replacement
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn n_plus_one_fills_evict_the_first_filled_page() {
    for n in [4usize, 16] {
        let pt = tables_pages(n + 1, supervisor());
        let config = Config {
            tlb_entries: n,
            ..Config::default()
        };
        let mut m = boot_with(config, &pt, |_| {});
        for i in 0..=n {
            let (va, pa) = page(i);
            assert_eq!(m.access(sup(Read, va)), (ok(pa), false), "n={n} fill {i}");
        }
        for i in 1..=n {
            assert!(hit(&mut m, page(i).0), "n={n}: page {i}");
        }
        // Page 0 sat in slot 0, the first round-robin victim; refilling it evicts slot 1 (page 1).
        assert!(!hit(&mut m, page(0).0), "n={n}");
        assert!(!hit(&mut m, page(1).0), "n={n}");
        assert!(hit(&mut m, page(0).0), "n={n}");
    }
}

#[test]
fn replacement_takes_invalid_slots_first_then_the_round_robin_victim() {
    let pt = tables_pages(6, supervisor());
    let config = Config {
        tlb_entries: 4,
        ..Config::default()
    };
    let mut m = boot_with(config, &pt, |_| {});
    let p = |i: usize| page(i).0;
    for i in 0..4 {
        assert!(!hit(&mut m, p(i)));
    }
    // Full: p4 replaces slot 0 (p0), p0 replaces slot 1 (p1), p1 replaces slot 2 (p2). Slots: p4 p0 p1 p3.
    assert!(!hit(&mut m, p(4)));
    assert!(!hit(&mut m, p(0)));
    assert!(!hit(&mut m, p(1)));
    assert_eq!(m.dtlb().victim(), 3);
    // A hole (p4's slot 0) is used before the victim, which does not move.
    m.invlpg(p(4));
    assert!(!hit(&mut m, p(5)));
    assert_eq!(m.dtlb().victim(), 3);
    for i in [5, 0, 1, 3] {
        assert!(hit(&mut m, p(i)), "p{i}");
    }
    // The victim is slot 3 (p3): p2 takes it.
    assert!(!hit(&mut m, p(2)));
    assert!(!hit(&mut m, p(3)));
    assert_eq!(m.dtlb().victim(), 1);
    for i in [0, 1, 2, 3] {
        assert!(hit(&mut m, p(i)), "p{i}");
    }
    assert!(!hit(&mut m, p(5)));
}

#[test]
fn a_fill_never_duplicates_a_translation() {
    // X is a 4K page inside the 2M region at VA_2M; Y another 4K page of the region, never accessed before.
    let x = VA_2M + 0x5000;
    let y = VA_2M + 0x10_0000;
    let mut pt = PageTables::new(PML4);
    pt.map(x, PA, PageSize::Size4K, supervisor()).unwrap();
    // No paging-structure cache: with one, Y's walk would (legitimately) use the cached, stale PDE.
    let config = Config {
        pwc_entries: 0,
        ..Config::default()
    };
    let mut m = boot_with(config, &pt, |_| {});
    assert_eq!(m.access(sup(Read, x + OFF)), (ok(PA + OFF), false));

    // The OS turns the region into a 2M page, without INVLPG.
    let pde = entry_addr(&pt, x, Level::Pd);
    m.apply(&Op::WriteMem {
        addr: pde,
        value: PA_2M | bit::P | bit::RW | bit::PS,
    });
    // X still hits its (stale) 4K entry; Y walks and fills the 2M entry.
    assert_eq!(m.access(sup(Read, x + OFF)), (ok(PA + OFF), true));
    assert_eq!(
        m.access(sup(Read, y + OFF)),
        (ok(PA_2M + 0x10_0000 + OFF), false)
    );
    // X now hits the 2M entry, the only one that matches it.
    assert_eq!(
        m.access(sup(Read, x + OFF)),
        (ok(PA_2M + 0x5000 + OFF), true)
    );
    assert_eq!(matching_entries(&m, x, 0), 1);
    assert_eq!(m.dtlb().occupancy(), 1);
    let entry = m.dtlb().slots().iter().flatten().next().unwrap();
    assert_eq!(entry.size, PageSize::Size2M);
}

#[test]
fn each_port_has_its_own_tlb_with_its_own_size() {
    let pt = tables_pages(5, supervisor());
    let config = Config {
        itlb_entries: 4,
        tlb_entries: 8,
        ..Config::default()
    };
    let mut m = boot_with(config, &pt, |_| {});
    for i in 0..5 {
        let (va, pa) = page(i);
        assert_eq!(m.access(sup(Fetch, va)), (ok(pa), false), "fetch {i}");
        assert_eq!(m.access(sup(Read, va)), (ok(pa), false), "read {i}");
    }
    // The instruction TLB (4 entries) had to evict page 0; the data TLB (8) holds all five pages.
    assert_eq!((m.itlb().occupancy(), m.dtlb().occupancy()), (4, 5));
    assert_eq!(m.access(sup(Fetch, page(0).0)), (ok(page(0).1), false));
    assert!(hit(&mut m, page(0).0));
}

// ---------------------------------------------------------------------------------------------------------------------
// Paging-structure cache (4.10.3): non-leaf entries, PCID-tagged, used exactly like re-reading them.
// ---------------------------------------------------------------------------------------------------------------------

/// Two 4K pages in one 2 MiB region (sharing the PDE) and one in another region of the same 1 GiB.
fn pwc_tables() -> (PageTables, [u64; 3]) {
    let vas = [VA, VA + 0x8000, VA + 0x20_0000];
    let mut pt = PageTables::new(PML4);
    for (i, va) in vas.iter().enumerate() {
        pt.map(*va, PA + 0x1000 * i as u64, PageSize::Size4K, supervisor())
            .unwrap();
    }
    (pt, vas)
}

/// Reads `va` (a miss); returns how many paging-structure entries its walk read.
fn reads_of(m: &mut Model, va: u64) -> u32 {
    let (outcome, hit) = m.access(sup(Read, va));
    assert!(
        !hit && matches!(outcome, Outcome::Ok { .. }),
        "{va:#x}: {outcome}"
    );
    m.last_walk_reads()
}

#[test]
fn a_cached_pde_leaves_only_the_pte_to_read() {
    let (pt, [a, b, c]) = pwc_tables();
    let mut m = boot(&pt, |_| {});
    assert_eq!(reads_of(&mut m, a), 4, "cold");
    assert_eq!(
        reads_of(&mut m, b),
        1,
        "same 2 MiB region: the PDE is cached"
    );
    assert_eq!(
        reads_of(&mut m, c),
        4,
        "another region: only the deepest entry is cached"
    );
    assert_eq!(m.coverage().pwc_hits, [0, 0, 1]);
    // Without the cache every walk reads four entries.
    let mut m = boot_with(
        Config {
            pwc_entries: 0,
            ..Config::default()
        },
        &pt,
        |_| {},
    );
    for va in [a, b, c] {
        assert_eq!(reads_of(&mut m, va), 4);
    }
}

#[test]
fn huge_pages_cache_the_entry_above_their_leaf() {
    let mut pt = PageTables::new(PML4);
    pt.map(VA_2M, PA_2M, PageSize::Size2M, supervisor())
        .unwrap();
    pt.map(
        VA_2M + 0x20_0000,
        PA_2M + 0x20_0000,
        PageSize::Size2M,
        supervisor(),
    )
    .unwrap();
    pt.map(VA_1G, PA_1G, PageSize::Size1G, supervisor())
        .unwrap();
    pt.map(
        VA_1G + 0x4000_0000,
        PA_1G + 0x4000_0000,
        PageSize::Size1G,
        supervisor(),
    )
    .unwrap();
    let mut m = boot(&pt, |_| {});
    assert_eq!(reads_of(&mut m, VA_2M), 3);
    assert_eq!(
        reads_of(&mut m, VA_2M + 0x20_0000),
        1,
        "the PDPTE is cached"
    );
    assert_eq!(reads_of(&mut m, VA_1G), 2);
    assert_eq!(
        reads_of(&mut m, VA_1G + 0x4000_0000),
        1,
        "the PML4E is cached"
    );
}

#[test]
fn cached_entries_are_tagged_with_the_pcid_of_the_walk() {
    let (pt, [a, b, _]) = pwc_tables();
    let mut m = boot(&pt, |c| {
        c.cr4_pcide = true;
        c.cr3 |= 1;
    });
    assert_eq!(reads_of(&mut m, a), 4);
    // PCID 2, same tables, no flush: PCID 1's cached PDE is not visible.
    m.apply(&Op::WriteCr3 {
        value: pt.pml4() | 2 | CR3_NOFLUSH,
    });
    assert_eq!(reads_of(&mut m, b), 4);
}

#[test]
fn a_cached_entry_is_used_even_after_memory_changed_until_invalidated() {
    let (pt, [a, b, _]) = pwc_tables();
    let mut m = boot(&pt, |_| {});
    reads_of(&mut m, a);
    // The OS clears the PDE without INVLPG: the cached copy may still be used (stale, architecturally allowed).
    let pde = entry_addr(&pt, a, Level::Pd);
    m.apply(&Op::WriteMem {
        addr: pde,
        value: 0,
    });
    assert_eq!(reads_of(&mut m, b), 1);
    // INVLPG of any address drops the cached entries of the current PCID: the walk now sees P = 0 in the PDE.
    m.apply(&Op::Invlpg { va: VA_1G });
    // (A page of the region not in the TLB; the TLB still holds `b` itself.)
    let (outcome, _) = m.access(sup(Read, b + 0x1000));
    assert_eq!(outcome, fault(0, b + 0x1000));
    assert_eq!(m.last_walk_reads(), 3);
}

#[test]
fn every_invalidation_drops_cached_entries_as_the_contract_lists() {
    let (pt, [a, b, _]) = pwc_tables();
    // (what, op, whether PCID 1's cached PDE survives); PCID 1 is current, PCIDE = 1.
    let cases: Vec<(&str, Op, bool)> = vec![
        ("INVLPG", Op::Invlpg { va: VA_1G }, false),
        (
            "INVPCID 0 other PCID",
            Op::Invpcid {
                kind: InvpcidType::Address,
                pcid: 2,
                va: a,
            },
            true,
        ),
        (
            "INVPCID 0 this PCID, other VA",
            Op::Invpcid {
                kind: InvpcidType::Address,
                pcid: 1,
                va: VA_1G,
            },
            false,
        ),
        (
            "INVPCID 1 this PCID",
            Op::Invpcid {
                kind: InvpcidType::SingleContext,
                pcid: 1,
                va: 0,
            },
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
        ),
        (
            "INVPCID 3",
            Op::Invpcid {
                kind: InvpcidType::AllNonGlobal,
                pcid: 0,
                va: 0,
            },
            false,
        ),
        (
            "MOV CR3 same PCID, no-flush",
            Op::WriteCr3 {
                value: pt.pml4() | 1 | CR3_NOFLUSH,
            },
            true,
        ),
        (
            "MOV CR3 same PCID, flush",
            Op::WriteCr3 {
                value: pt.pml4() | 1,
            },
            false,
        ),
        (
            "CR4.SMEP 0->1",
            Op::WriteCr {
                reg: CrReg::Cr4Smep,
                value: 1,
            },
            false,
        ),
        (
            "CR4.PGE 0->1",
            Op::WriteCr {
                reg: CrReg::Cr4Pge,
                value: 1,
            },
            false,
        ),
        (
            "CR0.WP 1->0",
            Op::WriteCr {
                reg: CrReg::Cr0Wp,
                value: 0,
            },
            true,
        ),
    ];
    for (what, op, survives) in cases {
        let mut m = boot(&pt, |c| {
            c.cr4_pcide = true;
            c.cr3 |= 1;
        });
        reads_of(&mut m, a);
        m.apply(&op);
        let want = if survives { 1 } else { 4 };
        assert_eq!(reads_of(&mut m, b), want, "{what}");
    }
}

#[test]
fn only_successful_walks_fill_the_cache() {
    let (pt, [a, b, _]) = pwc_tables();
    let mut m = boot(&pt, |_| {});
    // A user read of a supervisor page: the walk reads all four levels, then faults on rights.
    let (outcome, _) = m.access(usr(Read, a));
    assert!(matches!(outcome, Outcome::PageFault { .. }), "{outcome}");
    assert_eq!(reads_of(&mut m, b), 4, "a faulting walk cached nothing");
}

#[test]
fn a_cached_path_with_xd_is_a_reserved_bit_fault_once_nxe_is_off() {
    let (mut pt, [a, b, _]) = pwc_tables();
    edit(&mut pt, a, Level::Pdpt, |v| v | bit::XD);
    let mut m = boot(&pt, |_| {});
    reads_of(&mut m, a);
    m.apply(&Op::WriteCr {
        reg: CrReg::EferNxe,
        value: 0,
    });
    // Re-reading the path would find XD set, now reserved: P=1, RSVD=1, nothing read from memory.
    let (outcome, hit) = m.access(sup(Read, b));
    assert_eq!((outcome, hit), (fault(pf::P | pf::RSVD, b), false));
    assert_eq!(m.last_walk_reads(), 0);
}

#[test]
fn a_pair_walks_its_fetch_first() {
    let (pt, [a, b, _]) = pwc_tables();
    let mut m = boot(&pt, |_| {});
    let answers = m.apply(&Op::Pair {
        fetch: sup(Fetch, a),
        data: sup(Read, b),
    });
    // Both miss: the fetch walks from CR3 and caches the PDE; the read, in the same 2 MiB region, reads only its PTE.
    let got: Vec<(Outcome, Option<TlbLevel>, u32)> = answers
        .iter()
        .map(|x| (x.outcome, x.level, x.walk_reads))
        .collect();
    let walk = Some(TlbLevel::Walk);
    assert_eq!(got, [(ok(PA), walk, 4), (ok(PA + 0x1000), walk, 1)]);
}
