//! Builds 4-level page tables in a word map from `map VA -> PA` requests, allocating table frames as it goes.
//!
//! Used by the tests, the random scenario generators and the scenario language, so that nobody writes paging-structure
//! entries by hand unless that is the point.

use crate::walker::{bit, entry_address, Level};
use mmu_arch::PageSize;
use std::collections::BTreeMap;

/// Attributes of one mapping. Non-leaf entries get P, R/W, U/S set (so the leaf's flags decide) unless `upper` says
/// otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapFlags {
    pub writable: bool,
    pub user: bool,
    pub nx: bool,
    pub global: bool,
    pub pkey: u8,
    /// Pre-set A in the leaf.
    pub accessed: bool,
    /// Pre-set D in the leaf.
    pub dirty: bool,
}

impl Default for MapFlags {
    fn default() -> Self {
        MapFlags {
            writable: true,
            user: false,
            nx: false,
            global: false,
            pkey: 0,
            accessed: false,
            dirty: false,
        }
    }
}

impl MapFlags {
    /// The leaf entry's flag bits (P included).
    pub fn leaf_bits(&self) -> u64 {
        let mut v = bit::P;
        if self.writable {
            v |= bit::RW;
        }
        if self.user {
            v |= bit::US;
        }
        if self.nx {
            v |= bit::XD;
        }
        if self.global {
            v |= bit::G;
        }
        if self.accessed {
            v |= bit::A;
        }
        if self.dirty {
            v |= bit::D;
        }
        v | ((self.pkey as u64 & 0xf) << 59)
    }
}

/// Why a mapping could not be made.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error("{what} {addr:#x} is not aligned to the {size} page size")]
    Misaligned {
        what: &'static str,
        addr: u64,
        size: &'static str,
    },
    #[error("{va:#x} is already mapped by a {existing} entry")]
    Conflict { va: u64, existing: &'static str },
    #[error("linear address {0:#x} is not canonical")]
    NonCanonical(u64),
}

/// Page tables under construction: the words written so far and the next free frame for a table.
#[derive(Clone, Debug)]
pub struct PageTables {
    pml4: u64,
    next_frame: u64,
    words: BTreeMap<u64, u64>,
    /// Flags given to every non-leaf entry created: P | R/W | U/S by default.
    pub upper_bits: u64,
}

impl PageTables {
    /// Empty tables with the PML4 at `pml4` and later tables allocated from the following 4 KiB frames.
    pub fn new(pml4: u64) -> Self {
        assert_eq!(pml4 & 0xfff, 0, "the PML4 base must be 4 KiB aligned");
        PageTables {
            pml4,
            next_frame: pml4 + 0x1000,
            words: BTreeMap::new(),
            upper_bits: bit::P | bit::RW | bit::US,
        }
    }

    /// Physical address of the PML4 (CR3 bits 51:12).
    pub fn pml4(&self) -> u64 {
        self.pml4
    }

    /// Where the next table will be allocated.
    pub fn next_frame(&self) -> u64 {
        self.next_frame
    }

    /// Moves the frame allocator (e.g. a `tables at PA` directive).
    pub fn set_next_frame(&mut self, pa: u64) {
        assert_eq!(pa & 0xfff, 0, "table frames are 4 KiB aligned");
        self.next_frame = pa;
    }

    /// Maps the page of `size` at `va` to the frame at `pa`, creating the tables on the way.
    /// Returns the address of the leaf entry.
    pub fn map(
        &mut self,
        va: u64,
        pa: u64,
        size: PageSize,
        flags: MapFlags,
    ) -> Result<u64, MapError> {
        if !mmu_arch::is_canonical(va) {
            return Err(MapError::NonCanonical(va));
        }
        for (what, addr) in [("linear address", va), ("physical address", pa)] {
            if addr & size.offset_mask() != 0 {
                return Err(MapError::Misaligned {
                    what,
                    addr,
                    size: size.name(),
                });
            }
        }
        let leaf_level = match size {
            PageSize::Size4K => Level::Pt,
            PageSize::Size2M => Level::Pd,
            PageSize::Size1G => Level::Pdpt,
        };
        let mut table = self.pml4;
        for level in Level::WALK_ORDER {
            let addr = entry_address(table, level, va);
            if level == leaf_level {
                let ps = if size == PageSize::Size4K { 0 } else { bit::PS };
                if let Some(&old) = self.words.get(&addr) {
                    if old & bit::P != 0
                        && old & !(bit::A | bit::D)
                            != (pa | ps | flags.leaf_bits()) & !(bit::A | bit::D)
                    {
                        return Err(MapError::Conflict {
                            va,
                            existing: level.entry_name(),
                        });
                    }
                }
                self.words.insert(addr, pa | ps | flags.leaf_bits());
                return Ok(addr);
            }
            let entry = match self.words.get(&addr) {
                Some(&e) if e & bit::P != 0 => {
                    if e & bit::PS != 0 && level != Level::Pml4 {
                        return Err(MapError::Conflict {
                            va,
                            existing: level.entry_name(),
                        });
                    }
                    e
                }
                _ => {
                    let frame = self.next_frame;
                    self.next_frame += 0x1000;
                    let e = frame | self.upper_bits;
                    self.words.insert(addr, e);
                    e
                }
            };
            table = entry & 0x000f_ffff_ffff_f000;
        }
        unreachable!("the leaf level is one of the four")
    }

    /// Sets a raw word (e.g. to corrupt an entry on purpose).
    pub fn set_word(&mut self, addr: u64, value: u64) {
        self.words.insert(addr, value);
    }

    pub fn word(&self, addr: u64) -> Option<u64> {
        self.words.get(&addr).copied()
    }

    /// The address of the entry at `level` for `va`, if the tables above it exist.
    pub fn entry_addr(&self, va: u64, level: Level) -> Option<u64> {
        let mut table = self.pml4;
        for l in Level::WALK_ORDER {
            let addr = entry_address(table, l, va);
            if l == level {
                return Some(addr);
            }
            let e = self.word(addr)?;
            if e & bit::P == 0 {
                return None;
            }
            table = e & 0x000f_ffff_ffff_f000;
        }
        None
    }

    /// All words, sorted by address.
    pub fn words(&self) -> Vec<(u64, u64)> {
        self.words.iter().map(|(&a, &v)| (a, v)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mem::Memory;
    use crate::walker::walk;
    use mmu_arch::{Config, Control};

    #[test]
    fn mapped_pages_walk_to_their_frames() {
        let mut pt = PageTables::new(0x10000);
        let cases = [
            (0x0000_7f12_3456_7000, 0x00ab_c000, PageSize::Size4K),
            (0xffff_8000_0020_0000, 0x0040_0000, PageSize::Size2M),
            (0x0000_0040_0000_0000, 0x8000_0000, PageSize::Size1G),
        ];
        for (va, pa, size) in cases {
            pt.map(va, pa, size, MapFlags::default()).unwrap();
        }
        let mem = Memory::from_words(&pt.words());
        let ctl = Control {
            cr3: pt.pml4(),
            ..Control::default()
        };
        for (va, pa, size) in cases {
            let w = walk(&mem, &Config::default(), &ctl, va + 0x123).unwrap();
            assert_eq!((w.frame, w.size), (pa, size));
        }
    }

    #[test]
    fn refuses_misaligned_and_conflicting_maps() {
        let mut pt = PageTables::new(0x10000);
        assert!(pt
            .map(0x20_1000, 0, PageSize::Size2M, MapFlags::default())
            .is_err());
        pt.map(0x20_0000, 0, PageSize::Size2M, MapFlags::default())
            .unwrap();
        assert!(matches!(
            pt.map(0x20_1000, 0x5000, PageSize::Size4K, MapFlags::default()),
            Err(MapError::Conflict { .. })
        ));
    }
}
