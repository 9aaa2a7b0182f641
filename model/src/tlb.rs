//! A TLB (SDM 4.10.2): the twin of `hdl/src/tlb.rs`, slot for slot. The model holds two, as the RTL does: the
//! instruction TLB of the fetch port and the data TLB of the data port, each with its own size and victim pointer.
//!
//! A fully associative array of `N` entries holding 4K, 2M and 1G translations side by side, tagged with the PCID current at
//! fill, with global entries matching in every PCID. Replacement: the lowest-index invalid slot, else a round-robin pointer.
//! A fill first drops every entry that overlaps the new page in a PCID where both could match, so no address ever matches two
//! entries. The rules are spelled out in `docs/architecture.md`; the RTL implements the same ones, so the two agree on every
//! hit and miss, not only on architectural results.

use super::perm::Rights;
use mmu_arch::PageSize;

/// VA bits 47:12.
pub const VPN_MASK: u64 = 0x0000_ffff_ffff_f000;

/// One cached translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbEntry {
    /// VA bits 47:12 of the page (bits below the page size are zero).
    pub vpn: u64,
    pub size: PageSize,
    /// PCID current when the entry was filled.
    pub pcid: u16,
    /// Leaf G = 1 with CR4.PGE = 1 at fill: matches in every PCID.
    pub global: bool,
    /// Physical base of the page (bits below the page size are zero).
    pub frame: u64,
    /// Effective rights of the walk that filled it.
    pub rights: Rights,
    /// The leaf's D flag after the fill's own update.
    pub dirty: bool,
}

impl TlbEntry {
    /// VA bits that select the page for this entry's size (47 down to the page size).
    fn tag_mask(size: PageSize) -> u64 {
        VPN_MASK & !size.offset_mask()
    }

    /// The entry translates `va` (ignoring PCID): VPN bits above the page size are equal.
    pub fn covers(&self, va: u64) -> bool {
        (va & Self::tag_mask(self.size)) == self.vpn
    }

    /// The entry can be used in PCID `pcid`: it is global or was filled in that PCID (4.10.1).
    pub fn visible_in(&self, pcid: u16) -> bool {
        self.global || self.pcid == pcid
    }

    /// The entry matches `va` in PCID `pcid`.
    pub fn matches(&self, va: u64, pcid: u16) -> bool {
        self.visible_in(pcid) && self.covers(va)
    }

    /// The two pages share addresses: VPN bits above the larger page size are equal.
    fn overlaps(&self, other: &TlbEntry) -> bool {
        let mask = Self::tag_mask(self.size.max(other.size));
        (self.vpn & mask) == (other.vpn & mask)
    }

    /// Some PCID exists in which both entries would match.
    fn shares_a_pcid_with(&self, other: &TlbEntry) -> bool {
        self.global || other.global || self.pcid == other.pcid
    }

    /// The physical address of `va` through this entry.
    pub fn translate(&self, va: u64) -> u64 {
        self.frame | (va & self.size.offset_mask())
    }
}

/// What a fill did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fill {
    /// The slot the new entry went to.
    pub slot: usize,
    /// A valid entry was replaced by the round-robin pointer.
    pub evicted: bool,
    /// Entries dropped because they overlapped the new page.
    pub overlaps_dropped: usize,
}

/// The TLB: `slots.len()` entries and the round-robin victim pointer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tlb {
    slots: Vec<Option<TlbEntry>>,
    victim: usize,
}

impl Tlb {
    /// An empty TLB of `entries` slots (a power of two, checked by `Config::validate`).
    pub fn new(entries: usize) -> Self {
        Tlb {
            slots: vec![None; entries],
            victim: 0,
        }
    }

    pub fn slots(&self) -> &[Option<TlbEntry>] {
        &self.slots
    }

    pub fn victim(&self) -> usize {
        self.victim
    }

    /// The slot index and entry that match `va` in PCID `pcid`, if any. The fill rule guarantees at most one.
    pub fn lookup(&self, va: u64, pcid: u16) -> Option<(usize, TlbEntry)> {
        let mut hits = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.filter(|e| e.matches(va, pcid)).map(|e| (i, e)));
        let first = hits.next();
        debug_assert!(hits.next().is_none(), "two TLB entries match {va:#x}");
        first
    }

    /// Installs `new`: drops overlapping entries, then takes the lowest invalid slot or the round-robin victim.
    pub fn fill(&mut self, new: TlbEntry) -> Fill {
        let mut overlaps_dropped = 0;
        for slot in self.slots.iter_mut() {
            if slot.is_some_and(|e| e.overlaps(&new) && e.shares_a_pcid_with(&new)) {
                *slot = None;
                overlaps_dropped += 1;
            }
        }
        let (slot, evicted) = match self.slots.iter().position(Option::is_none) {
            Some(free) => (free, false),
            None => {
                let v = self.victim;
                self.victim = (v + 1) % self.slots.len();
                (v, true)
            }
        };
        self.slots[slot] = Some(new);
        Fill {
            slot,
            evicted,
            overlaps_dropped,
        }
    }

    /// Drops every entry for which `pred` holds; returns how many.
    pub fn invalidate_where(&mut self, pred: impl Fn(&TlbEntry) -> bool) -> usize {
        let mut n = 0;
        for slot in self.slots.iter_mut() {
            if slot.is_some_and(|e| pred(&e)) {
                *slot = None;
                n += 1;
            }
        }
        n
    }

    /// Number of valid entries.
    pub fn occupancy(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(va: u64, size: PageSize, pcid: u16, global: bool) -> TlbEntry {
        TlbEntry {
            vpn: va & VPN_MASK & !size.offset_mask(),
            size,
            pcid,
            global,
            frame: 0x40_0000_0000 & !size.offset_mask(),
            rights: Rights::default(),
            dirty: false,
        }
    }

    #[test]
    fn match_compares_only_bits_above_page_size() {
        let e = entry(0x4000_0000, PageSize::Size1G, 0, false);
        assert!(e.matches(0x7fff_ffff, 0));
        assert!(!e.matches(0x8000_0000, 0));
        let e = entry(0x20_0000, PageSize::Size2M, 0, false);
        assert!(e.matches(0x3f_ffff, 0));
        assert!(!e.matches(0x40_0000, 0));
        // Bits 63:48 take no part: a canonical upper-half address maps like its 48-bit self.
        let e = entry(0xffff_8000_0000_1000, PageSize::Size4K, 0, false);
        assert!(e.matches(0xffff_8000_0000_1fff, 0));
    }

    #[test]
    fn invalid_slots_first_then_round_robin() {
        let mut t = Tlb::new(4);
        for i in 0..4 {
            assert_eq!(
                t.fill(entry(i << 12, PageSize::Size4K, 0, false)).slot,
                i as usize
            );
        }
        assert_eq!(t.victim(), 0);
        assert!(
            t.fill(entry(0x10 << 12, PageSize::Size4K, 0, false))
                .evicted
        );
        assert_eq!(
            t.fill(entry(0x11 << 12, PageSize::Size4K, 0, false)).slot,
            1
        );
        assert_eq!(t.victim(), 2);
        // A hole is used before the pointer, and the pointer does not move.
        t.invalidate_where(|e| e.vpn == 3 << 12);
        assert_eq!(
            t.fill(entry(0x12 << 12, PageSize::Size4K, 0, false)).slot,
            3
        );
        assert_eq!(t.victim(), 2);
    }

    #[test]
    fn fill_drops_smaller_pages_inside_a_new_huge_page() {
        let mut t = Tlb::new(4);
        t.fill(entry(0x20_1000, PageSize::Size4K, 1, false));
        t.fill(entry(0x20_2000, PageSize::Size4K, 2, false));
        t.fill(entry(0x40_1000, PageSize::Size4K, 1, false));
        let fill = t.fill(entry(0x20_0000, PageSize::Size2M, 1, false));
        // The PCID-1 page inside the 2M page is gone (slot 0 reused); the PCID-2 page cannot collide and stays.
        assert_eq!(
            (fill.slot, fill.overlaps_dropped, fill.evicted),
            (0, 1, false)
        );
        assert_eq!(t.occupancy(), 3);
        assert!(t.lookup(0x20_2000, 2).is_some());
        // A global fill collides with every PCID: all three pages lie in its first gigabyte.
        t.fill(entry(0x20_0000, PageSize::Size1G, 7, true));
        assert_eq!(t.occupancy(), 1);
        assert_eq!(t.lookup(0x20_2000, 2).unwrap().1.size, PageSize::Size1G);
    }
}
