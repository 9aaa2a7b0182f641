//! The page walk (SDM 4.5) and the accessed/dirty updates (SDM 4.8): the twin of `hdl/src/walker.rs`.
//!
//! [`walk`] only reads memory. What to write back is computed separately by [`ad_updates`], and written only after the
//! rights check allowed the access, so that a faulting access never changes memory.

use super::perm::Rights;
use crate::mem::Memory;
use mmu_arch::{Config, Control, PageSize};

/// Paging-structure entry bits (4.5, tables 4-15 to 4-20).
pub mod bit {
    pub const P: u64 = 1 << 0;
    pub const RW: u64 = 1 << 1;
    pub const US: u64 = 1 << 2;
    pub const A: u64 = 1 << 5;
    pub const D: u64 = 1 << 6;
    pub const PS: u64 = 1 << 7;
    pub const G: u64 = 1 << 8;
    pub const XD: u64 = 1 << 63;
}

/// The four paging-structure levels, named by the table they live in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Pml4,
    Pdpt,
    Pd,
    Pt,
}

impl Level {
    pub const WALK_ORDER: [Level; 4] = [Level::Pml4, Level::Pdpt, Level::Pd, Level::Pt];

    /// Name of the entry kind at this level.
    pub fn entry_name(self) -> &'static str {
        match self {
            Level::Pml4 => "PML4E",
            Level::Pdpt => "PDPTE",
            Level::Pd => "PDE",
            Level::Pt => "PTE",
        }
    }

    /// The lowest VA bit of this level's 9-bit index: 39, 30, 21, 12.
    pub fn index_shift(self) -> u32 {
        match self {
            Level::Pml4 => 39,
            Level::Pdpt => 30,
            Level::Pd => 21,
            Level::Pt => 12,
        }
    }

    /// The level of the table this level's non-leaf entries reference; `None` for a PTE.
    pub fn below(self) -> Option<Level> {
        match self {
            Level::Pml4 => Some(Level::Pdpt),
            Level::Pdpt => Some(Level::Pd),
            Level::Pd => Some(Level::Pt),
            Level::Pt => None,
        }
    }

    /// The 9-bit table index VA[shift+8:shift].
    pub fn index(self, va: u64) -> u64 {
        (va >> self.index_shift()) & 0x1ff
    }

    /// The page size an entry with PS = 1 at this level maps, if it can map one.
    fn huge_page(self) -> Option<PageSize> {
        match self {
            Level::Pdpt => Some(PageSize::Size1G),
            Level::Pd => Some(PageSize::Size2M),
            Level::Pml4 | Level::Pt => None,
        }
    }
}

/// Entry address: "bits 51:12 from the previous entry (or CR3), bits 11:3 the index, bits 2:0 zero" (4.5.4).
pub fn entry_address(table_base: u64, level: Level, va: u64) -> u64 {
    table_base | (level.index(va) << 3)
}

/// Bits 51:MAXPHYADDR "are reserved in every paging-structure entry" (4.5.4, tables 4-15 to 4-20).
fn reserved_above_maxphyaddr(cfg: &Config) -> u64 {
    ((1u64 << 52) - 1) & !cfg.paddr_mask()
}

/// "If IA32_EFER.NXE = 0 ... the XD flag (bit 63) is reserved" (4.5.4).
fn reserved_xd(ctl: &Control) -> u64 {
    if ctl.efer_nxe {
        0
    } else {
        bit::XD
    }
}

/// Bit 7 (PS) of a PML4E is reserved: there are no 512 GiB pages (table 4-15).
const RSVD_PML4E_PS: u64 = bit::PS;
/// Bits 29:13 of a PDPTE that maps a 1 GiB page are reserved (table 4-16).
const RSVD_1G_PAGE: u64 = 0x3fff_e000;
/// Bits 20:13 of a PDE that maps a 2 MiB page are reserved (table 4-18).
const RSVD_2M_PAGE: u64 = 0x001f_e000;

/// The bits of a present entry at `level` that must be 0 (4.5.4; 4.7 calls a violation a reserved-bit fault).
pub fn reserved_mask(level: Level, entry: u64, cfg: &Config, ctl: &Control) -> u64 {
    let mut mask = reserved_above_maxphyaddr(cfg) | reserved_xd(ctl);
    let ps = entry & bit::PS != 0;
    match level {
        Level::Pml4 => mask |= RSVD_PML4E_PS,
        Level::Pdpt if ps => mask |= RSVD_1G_PAGE,
        Level::Pd if ps => mask |= RSVD_2M_PAGE,
        Level::Pdpt | Level::Pd | Level::Pt => {}
    }
    mask
}

/// "If the P flag is 0 in any paging-structure entry used, the translation stops and a page fault occurs" (4.5.4).
pub fn is_present(entry: u64) -> bool {
    entry & bit::P != 0
}

/// The entry maps a page (is the leaf) rather than referencing the next table: a PTE always; a PDPTE or PDE with PS = 1.
pub fn maps_page(level: Level, entry: u64) -> Option<PageSize> {
    match level {
        Level::Pt => Some(PageSize::Size4K),
        _ if entry & bit::PS != 0 => level.huge_page(),
        _ => None,
    }
}

/// Physical address bits 51:12 an entry holds (the next table, or the page frame before masking to the page size).
fn address_field(entry: u64) -> u64 {
    entry & 0x000f_ffff_ffff_f000
}

/// Protection key of a leaf: bits 62:59 (4.6.2).
pub fn protection_key(leaf: u64) -> u8 {
    ((leaf >> 59) & 0xf) as u8
}

/// One paging-structure entry the walk read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRead {
    pub level: Level,
    pub addr: u64,
    pub value: u64,
}

/// Why a walk stopped without a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WalkFault {
    /// P = 0 at this level.
    NotPresent(EntryRead),
    /// A reserved bit set in a present entry at this level.
    Reserved(EntryRead),
    /// The memory answered the read of this level's entry with a bus error (the value is 0: nothing was read).
    BusError(EntryRead),
}

impl WalkFault {
    pub fn entry(&self) -> EntryRead {
        match self {
            WalkFault::NotPresent(e) | WalkFault::Reserved(e) | WalkFault::BusError(e) => *e,
        }
    }
}

/// A completed walk: the entries used (in walk order) and the translation they make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    pub entries: Vec<EntryRead>,
    pub size: PageSize,
    /// Physical base of the page.
    pub frame: u64,
    pub rights: Rights,
    /// The leaf's G flag.
    pub global: bool,
    /// The leaf's D flag as read.
    pub dirty: bool,
}

impl Walk {
    pub fn leaf(&self) -> &EntryRead {
        self.entries.last().expect("a walk uses at least one entry")
    }
}

/// Where a walk starts: the first level read, the base of its table, and the rights combined over the levels above it
/// (all-permissive from CR3; from a paging-structure-cache entry, what that entry holds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkStart {
    pub level: Level,
    pub table: u64,
    pub rights: Rights,
}

impl WalkStart {
    /// A full walk from the PML4 that CR3 locates.
    pub fn from_cr3(cfg: &Config, ctl: &Control) -> Self {
        WalkStart {
            level: Level::Pml4,
            table: ctl.pml4_base(cfg),
            rights: Rights {
                user: true,
                writable: true,
                xd: false,
                pkey: 0,
            },
        }
    }
}

/// Walks the paging structures for `va` (canonical) from CR3, reading memory only.
pub fn walk(mem: &Memory, cfg: &Config, ctl: &Control, va: u64) -> Result<Walk, WalkFault> {
    walk_from(mem, cfg, ctl, va, WalkStart::from_cr3(cfg, ctl))
}

/// Walks from `start` down to the leaf, reading memory only. `entries` of the result are the entries read here.
pub fn walk_from(
    mem: &Memory,
    cfg: &Config,
    ctl: &Control,
    va: u64,
    start: WalkStart,
) -> Result<Walk, WalkFault> {
    walk_reading(&mut |addr| mem.walker_read(addr), cfg, ctl, va, start)
}

/// [`walk_from`] with the memory seen through `read` (`None`: a bus error), one call per entry read, in walk order:
/// what another agent writes between two reads shows in the second.
pub fn walk_reading(
    read: &mut dyn FnMut(u64) -> Option<u64>,
    cfg: &Config,
    ctl: &Control,
    va: u64,
    start: WalkStart,
) -> Result<Walk, WalkFault> {
    let mut table = start.table;
    let mut entries = Vec::with_capacity(4);
    let mut rights = start.rights;
    for level in Level::WALK_ORDER.into_iter().filter(|&l| l >= start.level) {
        let addr = entry_address(table, level, va);
        let Some(value) = read(addr) else {
            return Err(WalkFault::BusError(EntryRead {
                level,
                addr,
                value: 0,
            }));
        };
        let read = EntryRead { level, addr, value };
        if !is_present(value) {
            return Err(WalkFault::NotPresent(read));
        }
        if value & reserved_mask(level, value, cfg, ctl) != 0 {
            return Err(WalkFault::Reserved(read));
        }
        entries.push(read);
        combine(&mut rights, value);
        if let Some(size) = maps_page(level, value) {
            rights.pkey = protection_key(value);
            return Ok(Walk {
                entries,
                size,
                frame: address_field(value) & !size.offset_mask(),
                rights,
                global: value & bit::G != 0,
                dirty: value & bit::D != 0,
            });
        }
        table = address_field(value);
    }
    unreachable!("a PTE always maps a page")
}

/// The deepest non-leaf entry a walk read, as the paging-structure cache keeps it: its level, the table it references and
/// the rights combined down to it. `None` when the walk read only its leaf.
pub fn deepest_non_leaf(walk: &Walk, start: &WalkStart) -> Option<(Level, u64, Rights)> {
    let (_leaf, upper) = walk.entries.split_last()?;
    let last = upper.last()?;
    let mut rights = start.rights;
    for e in upper {
        combine(&mut rights, e.value);
    }
    Some((last.level, address_field(last.value), rights))
}

/// Rights combine over every level used (4.6.1): AND for U/S and R/W, OR for XD.
fn combine(rights: &mut Rights, entry: u64) {
    rights.user &= entry & bit::US != 0;
    rights.writable &= entry & bit::RW != 0;
    rights.xd |= entry & bit::XD != 0;
}

/// How many entries a walk from `start` read before it stopped at `fault` (levels are in walk order).
pub fn reads_until(fault: &WalkFault, start: &WalkStart) -> u32 {
    (fault.entry().level as u32) - (start.level as u32) + 1
}

/// The writes a successful access makes (4.8): in walk order, A in each entry lacking it, and D in the leaf on a write.
/// An entry that already has its flags is not written; each write is the entry as read with only A/D added.
pub fn ad_updates(walk: &Walk, write: bool) -> Vec<(u64, u64)> {
    ad_writes(walk, write)
        .into_iter()
        .map(|w| (w.addr, w.value))
        .collect()
}

/// One A/D write as a compare-and-set: `value` lands only if the word still holds `expect`, the entry as the walk
/// read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdWrite {
    pub addr: u64,
    pub expect: u64,
    pub value: u64,
}

/// [`ad_updates`] with the value each write expects to find.
pub fn ad_writes(walk: &Walk, write: bool) -> Vec<AdWrite> {
    let last = walk.entries.len() - 1;
    walk.entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let mut new = e.value | bit::A;
            if i == last && write {
                new |= bit::D;
            }
            (new != e.value).then_some(AdWrite {
                addr: e.addr,
                expect: e.value,
                value: new,
            })
        })
        .collect()
}
