//! Shared by the `model_rules_*` tests of the reference model: the pages they map, page-table builders and editors,
//! models booted over them, and access shorthands.

use mmu_arch::{Access, AccessKind, Config, Control, Outcome, PageSize};
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::walker::Level;
use mmu_model::Model;
use AccessKind::Read;

pub const PML4: u64 = 0x10_0000;
/// A second address space, for the PCID tests.
pub const PML4_B: u64 = 0x20_0000;

/// The 4K page most tests map, its frame, and the byte offset accessed inside it.
pub const VA: u64 = 0x0000_7f12_3456_7000;
pub const PA: u64 = 0x0abc_d000;
pub const OFF: u64 = 0x345;

/// A 2 MiB and a 1 GiB page, and an offset inside them whose bit 12 is 0 (so a PAT bit leaking into the PA shows).
pub const VA_2M: u64 = 0x0000_0012_3440_0000;
pub const PA_2M: u64 = 0x3460_0000;
pub const VA_1G: u64 = 0x0000_0080_4000_0000;
pub const PA_1G: u64 = 0xc0_0000_0000;
pub const OFF_HUGE: u64 = 0x0a_2345;

pub const ALL_LEVELS: [Level; 4] = Level::WALK_ORDER;
pub const NON_LEAF: [Level; 3] = [Level::Pml4, Level::Pdpt, Level::Pd];

pub fn sup(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: false,
    }
}

pub fn usr(kind: AccessKind, va: u64) -> Access {
    Access {
        va,
        kind,
        user: true,
    }
}

pub fn ok(pa: u64) -> Outcome {
    Outcome::Ok { pa }
}

pub fn fault(error_code: u32, cr2: u64) -> Outcome {
    Outcome::PageFault { error_code, cr2 }
}

/// A user-accessible, writable page.
pub fn user() -> MapFlags {
    MapFlags {
        user: true,
        ..MapFlags::default()
    }
}

/// A supervisor page (U/S=0 in the leaf), writable.
pub fn supervisor() -> MapFlags {
    MapFlags::default()
}

/// Tables mapping `VA -> PA` (4K) with `flags`.
pub fn tables(flags: MapFlags) -> PageTables {
    tables_sized(PageSize::Size4K, flags)
}

/// Tables mapping one page of `size`: `VA -> PA`, `VA_2M -> PA_2M` or `VA_1G -> PA_1G`.
pub fn tables_sized(size: PageSize, flags: MapFlags) -> PageTables {
    let mut pt = PageTables::new(PML4);
    let (va, pa) = page_of(size);
    pt.map(va, pa, size, flags).unwrap();
    pt
}

pub fn page_of(size: PageSize) -> (u64, u64) {
    match size {
        PageSize::Size4K => (VA, PA),
        PageSize::Size2M => (VA_2M, PA_2M),
        PageSize::Size1G => (VA_1G, PA_1G),
    }
}

/// The `i`-th consecutive 4K page after `VA` and its frame.
pub fn page(i: usize) -> (u64, u64) {
    let d = 0x1000 * i as u64;
    (VA + d, PA + d)
}

/// Rewrites the entry at `level` for `va` before the model is built.
pub fn edit(pt: &mut PageTables, va: u64, level: Level, f: impl FnOnce(u64) -> u64) {
    let addr = pt.entry_addr(va, level).unwrap();
    let value = pt.word(addr).unwrap();
    pt.set_word(addr, f(value));
}

pub fn entry_addr(pt: &PageTables, va: u64, level: Level) -> u64 {
    pt.entry_addr(va, level).unwrap()
}

/// The entry at `level` for `va` as the tables were built.
pub fn built(pt: &PageTables, va: u64, level: Level) -> u64 {
    pt.word(entry_addr(pt, va, level)).unwrap()
}

/// The entry at `level` for `va` as it is now in the model's memory.
pub fn in_memory(m: &Model, pt: &PageTables, va: u64, level: Level) -> u64 {
    m.memory().read(entry_addr(pt, va, level))
}

/// CR3 = the tables' PML4, every other control bit at its default (CR0.WP=1, EFER.NXE=1, the rest 0), then `tweak`.
pub fn control(pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Control {
    let mut c = Control {
        cr3: pt.pml4(),
        ..Control::default()
    };
    tweak(&mut c);
    c
}

pub fn boot(pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Model {
    boot_with(Config::default(), pt, tweak)
}

pub fn boot_with(config: Config, pt: &PageTables, tweak: impl FnOnce(&mut Control)) -> Model {
    Model::new(config, control(pt, tweak), Memory::from_words(&pt.words()))
}

/// A model over tables mapping `VA -> PA` with `flags`.
pub fn setup(flags: MapFlags, tweak: impl FnOnce(&mut Control)) -> (Model, PageTables) {
    let pt = tables(flags);
    (boot(&pt, tweak), pt)
}

/// Memory still holds exactly the words the tables were built with.
pub fn memory_unchanged(m: &Model, pt: &PageTables) -> bool {
    *m.memory() == Memory::from_words(&pt.words())
}

/// Valid entries of both TLBs: the instruction TLB (fetches) and the data TLB (reads and writes).
pub fn occupancy(m: &Model) -> usize {
    m.itlb().occupancy() + m.dtlb().occupancy()
}

/// Supervisor read of `va`: it must succeed; returns whether the data TLB answered it.
pub fn hit(m: &mut Model, va: u64) -> bool {
    let (outcome, hit) = m.access(sup(Read, va));
    assert!(
        matches!(outcome, Outcome::Ok { .. }),
        "read of {va:#x}: {outcome}"
    );
    hit
}

/// PKRU access-disable bit of `key`.
pub fn ad(key: u8) -> u32 {
    1 << (2 * key as u32)
}

/// PKRU write-disable bit of `key`.
pub fn wd(key: u8) -> u32 {
    1 << (2 * key as u32 + 1)
}

pub fn keyed(key: u8) -> MapFlags {
    MapFlags {
        pkey: key,
        ..user()
    }
}

pub fn pke(pkru: u32) -> impl FnOnce(&mut Control) {
    move |c: &mut Control| {
        c.cr4_pke = true;
        c.pkru = pkru;
    }
}
