//! Directed tests of the reference model: one test per rule of the architectural contract (`x86-paging.md`, Intel SDM
//! Vol. 3A ch. 4) and of the design choices of `docs/architecture.md` (TLB fill, replacement, invalidation table).
//!
//! Each test builds its page tables with `PageTables`, runs accesses and maintenance operations on a fresh `Model` and
//! asserts exact results: the physical address or the #PF error code and CR2, whether the TLB answered the access, and
//! the paging-structure words in memory afterwards.

use mmu_arch::{
    pf, Access, AccessKind, Config, Control, CrReg, InvpcidType, Op, Outcome, PageSize, CR3_NOFLUSH,
};
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::walker::{bit, Level};
use mmu_model::Model;
use AccessKind::{Fetch, Read, Write};

const PML4: u64 = 0x10_0000;
/// A second address space, for the PCID tests.
const PML4_B: u64 = 0x20_0000;

/// The 4K page most tests map, its frame, and the byte offset accessed inside it.
const VA: u64 = 0x0000_7f12_3456_7000;
const PA: u64 = 0x0abc_d000;
const OFF: u64 = 0x345;

/// A 2 MiB and a 1 GiB page, and an offset inside them whose bit 12 is 0 (so a PAT bit leaking into the PA shows).
const VA_2M: u64 = 0x0000_0012_3440_0000;
const PA_2M: u64 = 0x3460_0000;
const VA_1G: u64 = 0x0000_0080_4000_0000;
const PA_1G: u64 = 0xc0_0000_0000;
const OFF_HUGE: u64 = 0x0a_2345;

const ALL_LEVELS: [Level; 4] = Level::WALK_ORDER;
const NON_LEAF: [Level; 3] = [Level::Pml4, Level::Pdpt, Level::Pd];

// ---------------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------------

fn sup(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: false,
    }
}

fn usr(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: true,
    }
}

fn ok(pa: u64) -> Outcome {
    Outcome::Ok { pa }
}

fn fault(error_code: u32, cr2: u64) -> Outcome {
    Outcome::PageFault { error_code, cr2 }
}

/// A user-accessible, writable page.
fn user() -> MapFlags {
    MapFlags {
        user: true,
        ..MapFlags::default()
    }
}

/// A supervisor page (U/S=0 in the leaf), writable.
fn supervisor() -> MapFlags {
    MapFlags::default()
}

/// Tables mapping `VA -> PA` (4K) with `flags`.
fn tables(flags: MapFlags) -> PageTables {
    tables_sized(PageSize::Size4K, flags)
}

/// Tables mapping one page of `size`: `VA -> PA`, `VA_2M -> PA_2M` or `VA_1G -> PA_1G`.
fn tables_sized(size: PageSize, flags: MapFlags) -> PageTables {
    let mut pt = PageTables::new(PML4);
    let (va, pa) = page_of(size);
    pt.map(va, pa, size, flags).unwrap();
    pt
}

fn page_of(size: PageSize) -> (u64, u64) {
    match size {
        PageSize::Size4K => (VA, PA),
        PageSize::Size2M => (VA_2M, PA_2M),
        PageSize::Size1G => (VA_1G, PA_1G),
    }
}

/// The entries a walk of a page of `size` uses, in walk order.
fn levels_of(size: PageSize) -> &'static [Level] {
    match size {
        PageSize::Size4K => &ALL_LEVELS,
        PageSize::Size2M => &ALL_LEVELS[..3],
        PageSize::Size1G => &ALL_LEVELS[..2],
    }
}

/// The `i`-th consecutive 4K page after `VA` and its frame.
fn page(i: usize) -> (u64, u64) {
    let d = 0x1000 * i as u64;
    (VA + d, PA + d)
}

/// Tables mapping `count` consecutive 4K pages `page(i)`.
fn tables_pages(count: usize, flags: MapFlags) -> PageTables {
    let mut pt = PageTables::new(PML4);
    for i in 0..count {
        let (va, pa) = page(i);
        pt.map(va, pa, PageSize::Size4K, flags).unwrap();
    }
    pt
}

/// Rewrites the entry at `level` for `va` before the model is built.
fn edit(pt: &mut PageTables, va: u64, level: Level, f: impl FnOnce(u64) -> u64) {
    let addr = pt.entry_addr(va, level).unwrap();
    let value = pt.word(addr).unwrap();
    pt.set_word(addr, f(value));
}

fn entry_addr(pt: &PageTables, va: u64, level: Level) -> u64 {
    pt.entry_addr(va, level).unwrap()
}

/// The entry at `level` for `va` as the tables were built.
fn built(pt: &PageTables, va: u64, level: Level) -> u64 {
    pt.word(entry_addr(pt, va, level)).unwrap()
}

/// The entry at `level` for `va` as it is now in the model's memory.
fn in_memory(m: &Model, pt: &PageTables, va: u64, level: Level) -> u64 {
    m.memory().read(entry_addr(pt, va, level))
}

/// CR3 = the tables' PML4, every other control bit at its default (CR0.WP=1, EFER.NXE=1, the rest 0), then `tweak`.
fn control(pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Control {
    let mut c = Control {
        cr3: pt.pml4(),
        ..Control::default()
    };
    tweak(&mut c);
    c
}

fn boot(pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Model {
    boot_with(Config::default(), pt, tweak)
}

fn boot_with(config: Config, pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Model {
    Model::new(config, control(pt, tweak), Memory::from_words(&pt.words()))
}

/// A model over tables mapping `VA -> PA` with `flags`.
fn setup(flags: MapFlags, tweak: impl FnOnce(&mut Control)) -> (Model, PageTables) {
    let pt = tables(flags);
    (boot(&pt, tweak), pt)
}

/// Memory still holds exactly the words the tables were built with.
fn memory_unchanged(m: &Model, pt: &PageTables) -> bool {
    *m.memory() == Memory::from_words(&pt.words())
}

/// Supervisor read of `va`: it must succeed; returns whether the TLB answered it.
fn hit(m: &mut Model, va: u64) -> bool {
    let (outcome, hit) = m.access(sup(Read, va));
    assert!(
        matches!(outcome, Outcome::Ok { .. }),
        "read of {va:#x}: {outcome}"
    );
    hit
}

/// MOV to CR3 that keeps the TLB entries of `pcid` (PCIDE=1).
fn switch_to(m: &mut Model, pml4: u64, pcid: u64) {
    m.write_cr3(pml4 | pcid | CR3_NOFLUSH);
}

/// Number of valid TLB entries that match `va` in `pcid`.
fn matching_entries(m: &Model, va: u64, pcid: u16) -> usize {
    m.tlb()
        .slots()
        .iter()
        .flatten()
        .filter(|e| e.matches(va, pcid))
        .count()
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
    assert_eq!(m.tlb().occupancy(), 0, "{what}: a faulting walk filled");
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
        assert_eq!(m.tlb().occupancy(), 0);
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
        // A supervisor page for the kernel, even with SMAP/SMEP on.
        m.write_cr(CrReg::Cr4Smap, 1);
        m.write_cr(CrReg::Cr4Smep, 1);
        assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false), "{level:?}");
        assert_eq!(m.access(sup(Fetch, va)), (ok(PA + OFF), true), "{level:?}");
    }
}

#[test]
fn user_access_to_a_user_page_is_allowed() {
    let (mut m, _pt) = setup(user(), |_| {});
    let va = VA + OFF;
    assert_eq!(m.access(usr(Read, va)), (ok(PA + OFF), false));
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

/// PKRU access-disable bit of `key`.
fn ad(key: u8) -> u32 {
    1 << (2 * key as u32)
}

/// PKRU write-disable bit of `key`.
fn wd(key: u8) -> u32 {
    1 << (2 * key as u32 + 1)
}

fn keyed(key: u8) -> MapFlags {
    MapFlags {
        pkey: key,
        ..user()
    }
}

fn pke(pkru: u32) -> impl FnOnce(&mut Control) {
    move |c: &mut Control| {
        c.cr4_pke = true;
        c.pkru = pkru;
    }
}

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
// Canonical addresses
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn non_canonical_address_raises_gp_without_touching_tlb_or_memory() {
    let (mut m, _pt) = setup(user(), |_| {});
    assert_eq!(m.access(usr(Write, VA + OFF)), (ok(PA + OFF), false));
    let tlb = m.tlb().clone();
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
    assert_eq!(*m.tlb(), tlb);
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
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 1);
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
fn nxe_change_takes_effect_on_a_cached_xd_entry() {
    let xd = MapFlags { nx: true, ..user() };
    let (mut m, _pt) = setup(predirtied(xd), |c| c.efer_nxe = true);
    let va = VA + OFF;
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    assert_eq!(
        m.access(usr(Fetch, va)),
        (fault(pf::P | pf::U | pf::I, va), true)
    );
    m.write_cr(CrReg::EferNxe, 0);
    // The hit uses the current NXE: XD no longer counts (and a hit never checks reserved bits).
    assert_eq!(m.access(usr(Fetch, va)), (ok(PA + OFF), true));
    m.write_cr(CrReg::EferNxe, 1);
    assert_eq!(m.access(sup(Fetch, va)), (fault(pf::P | pf::I, va), true));
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
    assert_eq!(m.access(sup(Read, va)), (ok(PA + OFF), false));
    assert_eq!(m.access(sup(Fetch, va)), (fault(pf::P | pf::I, va), true));
    m.write_cr(CrReg::Cr4Smep, 0);
    assert_eq!(m.access(sup(Fetch, va)), (ok(PA + OFF), true));
}

// ---------------------------------------------------------------------------------------------------------------------
// Stale translations and INVLPG
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn stale_translation_is_used_until_invlpg() {
    let pt = tables_pages(2, user());
    let mut m = boot(&pt, |_| {});
    let (va1, pa1) = page(1);
    let new_pa = 0x0777_7000;
    let pte = entry_addr(&pt, VA, Level::Pt);
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), false));
    assert_eq!(m.access(usr(Read, va1)), (ok(pa1), false));
    let new_pte = new_pa | bit::P | bit::RW | bit::US;
    m.apply(&Op::WriteMem {
        addr: pte,
        value: new_pte,
    });
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(PA + OFF), true));
    assert_eq!(m.access(usr(Fetch, VA + OFF)), (ok(PA + OFF), true));
    m.invlpg(VA + 0xfff);
    assert_eq!(m.access(usr(Read, VA + OFF)), (ok(new_pa + OFF), false));
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
        assert_eq!(m.tlb().occupancy(), 1, "{size:?}");
        // The last byte of the page drops it.
        m.invlpg(va + size.bytes() - 1);
        assert_eq!(m.tlb().occupancy(), 0, "{size:?}");
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
    assert_eq!(m.tlb().occupancy(), 1);
    assert!(hit(&mut m, G));
    assert!(!hit(&mut m, A));
}

#[test]
fn g_without_pge_is_not_global() {
    let pt = tables_abg();
    let mut m = boot(&pt, |c| c.cr4_pge = false);
    assert!(!hit(&mut m, G));
    m.write_cr3(PML4);
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 2);
    m.write_cr(CrReg::Cr4Pge, 0);
    assert_eq!(m.tlb().occupancy(), 0);
    assert!(!hit(&mut m, A));
    assert!(!hit(&mut m, G));
    m.write_cr(CrReg::Cr4Pge, 1);
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 5);
    m
}

#[test]
fn invpcid_type_0_drops_only_that_address_in_that_pcid() {
    let mut m = two_pcids();
    m.invpcid(InvpcidType::Address, 1, A + OFF);
    assert_eq!(m.tlb().occupancy(), 4);
    // Global entries are not dropped by type 0.
    m.invpcid(InvpcidType::Address, 1, G);
    assert_eq!(m.tlb().occupancy(), 4);
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
    assert_eq!(m.tlb().occupancy(), 3);
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
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 1);
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
    assert_eq!(m.tlb().occupancy(), 3);
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
    assert_eq!(m.tlb().occupancy(), 0);
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
    assert_eq!(m.tlb().occupancy(), 1);
    // SMEP already 1, or going back to 0: nothing.
    assert!(!hit(&mut m, B));
    m.write_cr(CrReg::Cr4Smep, 1);
    m.write_cr(CrReg::Cr4Smep, 0);
    assert_eq!(m.tlb().occupancy(), 2);
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
        assert_eq!(m.tlb().occupancy(), 2, "{reg:?} = {value}");
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
    assert_eq!(m.tlb().victim(), 3);
    // A hole (p4's slot 0) is used before the victim, which does not move.
    m.invlpg(p(4));
    assert!(!hit(&mut m, p(5)));
    assert_eq!(m.tlb().victim(), 3);
    for i in [5, 0, 1, 3] {
        assert!(hit(&mut m, p(i)), "p{i}");
    }
    // The victim is slot 3 (p3): p2 takes it.
    assert!(!hit(&mut m, p(2)));
    assert!(!hit(&mut m, p(3)));
    assert_eq!(m.tlb().victim(), 1);
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
    assert_eq!(m.tlb().occupancy(), 1);
    let entry = m.tlb().slots().iter().flatten().next().unwrap();
    assert_eq!(entry.size, PageSize::Size2M);
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
