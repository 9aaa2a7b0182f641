//! The second-level TLB ("L2"): the twin of `hdl/src/l2.rs`, set for set and way for way. One L2 is shared by both
//! ports, behind the ITLB and the DTLB; the RTL and the model are compared on which level answered every access, so
//! these rules are the contract between the two, to the letter:
//!
//! 1. **Geometry**: `sets` (a power of two, at most 512) x `ways` (a power of two, at most 8). Either being 0 disables
//!    the L2: the MMU then behaves exactly as without one.
//! 2. **Contents**: 4K and 2M translations only, as [`TlbEntry`]s (a 1G page goes to the L1 only). A 4K page lives in
//!    set `(va >> 12) & (sets - 1)`, a 2M page in set `(va >> 21) & (sets - 1)`.
//! 3. **Lookup** of (va, pcid), when the access's L1 does not answer: the 4K set of va is probed first, and the
//!    lowest-index way holding a valid 4K entry that matches ([`TlbEntry::matches`]) is the match; only when there is
//!    none is the 2M set of va probed the same way, for 2M entries only. The first match found is the only one
//!    considered.
//! 4. **Hit**: a match is usable unless the access is a write and the entry's `dirty` is false. A usable match is an L2
//!    hit: its way is touched in the PLRU, the entry is copied unchanged into the access's L1 (the L1's own fill, with
//!    its overlap drops), then the rights are checked against the entry. An unusable match touches nothing: the access
//!    walks, and the match's (set, way) is remembered for the fill.
//! 5. **Fill**: after a successful walk of a 4K or 2M page, the entry the L1 gets also goes to the L2, in its set
//!    (rule 2): into the remembered unusable match's way when that match is in this set, else the lowest-index invalid
//!    way, else the PLRU victim; that way is then touched. It is an eviction when the way held a valid entry other than
//!    the remembered match. Walks that fault or end on a bus error fill nothing.
//! 6. **PLRU**: a tree pseudo-LRU per set, `ways - 1` bits, all 0 at reset. The nodes are heap-numbered 1..ways-1 and
//!    node k's bit is bit k-1. The victim: from node 1, a 0 goes left (child 2k), a 1 right (child 2k+1), down to a
//!    leaf; the leaves, left to right, are ways 0..ways-1. Touching way w sets every node on w's path to point away
//!    from w (1 when w is in the node's left subtree, 0 when in its right). One way: no bits, victim 0.
//! 7. **Invalidation**: INVLPG, every INVPCID type and MOV to CR3 drop from the L2 exactly what they drop from the L1s
//!    (valid bits cleared, PLRU untouched). A MOV to CR4 that invalidates (PGE changed, PCIDE 1 -> 0, SMEP 0 -> 1)
//!    flushes the whole L2 back to its reset state, invalid everywhere with every PLRU bit 0, even where the L1s drop
//!    less (SMEP): the RTL clears the L2 by walking its sets, and a control write, which has no handshake to wait on,
//!    restarts that walk as a full flush.
//!
//! Unlike an L1 fill, an L2 fill drops no overlapping entry, so two entries may match one address (a 4K and a 2M page,
//! or a global entry beside a non-global one). Rule 3's fixed probe order decides between them, the same way in the
//! model and the RTL, which is all the comparison of the two needs.

use super::tlb::TlbEntry;
use mmu_arch::PageSize;

/// Where the lookup of rule 3 found its match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L2Match {
    pub set: usize,
    pub way: usize,
    pub entry: TlbEntry,
}

/// What a fill (rule 5) did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L2Fill {
    pub set: usize,
    pub way: usize,
    /// The way held a valid entry that was not the remembered unusable match.
    pub evicted: bool,
}

/// The second-level TLB: `sets * ways` slots, set-major, and the PLRU bits of each set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct L2 {
    sets: usize,
    ways: usize,
    /// Slot `set * ways + way`.
    slots: Vec<Option<TlbEntry>>,
    /// `ways - 1` PLRU bits per set; 8 ways need 7.
    plru: Vec<u8>,
}

impl L2 {
    /// An empty L2 of `sets` x `ways` (powers of two, checked by `Config::validate`); either 0 disables it, and the
    /// disabled L2 has no sets and no ways.
    pub fn new(sets: usize, ways: usize) -> Self {
        let (sets, ways) = if sets == 0 || ways == 0 {
            (0, 0)
        } else {
            (sets, ways)
        };
        debug_assert!(
            (sets == 0 || sets.is_power_of_two()) && (ways == 0 || ways.is_power_of_two()),
            "L2 geometry {sets} x {ways}"
        );
        debug_assert!(ways <= 8, "{ways} ways need more PLRU bits than a u8");
        L2 {
            sets,
            ways,
            slots: vec![None; sets * ways],
            plru: vec![0; sets],
        }
    }

    pub fn enabled(&self) -> bool {
        self.sets > 0
    }

    pub fn sets(&self) -> usize {
        self.sets
    }

    pub fn ways(&self) -> usize {
        self.ways
    }

    /// Every slot, set-major: slot `set * ways() + way`.
    pub fn slots(&self) -> &[Option<TlbEntry>] {
        &self.slots
    }

    /// The entry in (`set`, `way`), if valid.
    pub fn entry(&self, set: usize, way: usize) -> Option<TlbEntry> {
        self.slots[set * self.ways + way]
    }

    /// The PLRU bits of `set` (node k's bit at bit k-1).
    pub fn plru(&self, set: usize) -> u8 {
        self.plru[set]
    }

    /// Whether pages of `size` are held here: 4K and 2M, not 1G.
    pub fn holds(size: PageSize) -> bool {
        size != PageSize::Size1G
    }

    /// The set a page of `size` containing `va` lives in (rule 2); `None` for a 1G page or when disabled.
    pub fn set_of(&self, va: u64, size: PageSize) -> Option<usize> {
        (self.enabled() && Self::holds(size))
            .then(|| (va >> size.shift()) as usize & (self.sets - 1))
    }

    /// The match of (`va`, `pcid`) by rule 3: the 4K set first, then the 2M set. Looks only: the caller touches the
    /// PLRU when the match is used.
    pub fn lookup(&self, va: u64, pcid: u16) -> Option<L2Match> {
        [PageSize::Size4K, PageSize::Size2M]
            .into_iter()
            .find_map(|size| {
                let set = self.set_of(va, size)?;
                (0..self.ways).find_map(|way| {
                    self.entry(set, way)
                        .filter(|e| e.size == size && e.matches(va, pcid))
                        .map(|entry| L2Match { set, way, entry })
                })
            })
    }

    /// The way the PLRU of `set` names for replacement (rule 6).
    pub fn victim(&self, set: usize) -> usize {
        let bits = self.plru[set];
        let mut node = 1;
        while node < self.ways {
            node = 2 * node + usize::from(bits >> (node - 1) & 1);
        }
        node - self.ways
    }

    /// Marks `way` of `set` as the most recently used: every node on its path points away from it (rule 6).
    pub fn touch(&mut self, set: usize, way: usize) {
        // Leaves follow the last inner node in heap order: way w is node ways + w.
        let mut node = self.ways + way;
        while node > 1 {
            let parent = node / 2;
            let came_from_left = node & 1 == 0;
            let bit = 1u8 << (parent - 1);
            if came_from_left {
                self.plru[set] |= bit;
            } else {
                self.plru[set] &= !bit;
            }
            node = parent;
        }
    }

    /// Installs `entry` by rule 5. `unusable` is the (set, way) of the match the access's lookup found but could not
    /// use, if any. `None` when the L2 takes no such page (disabled, or a 1G page).
    pub fn fill(&mut self, entry: TlbEntry, unusable: Option<(usize, usize)>) -> Option<L2Fill> {
        let set = self.set_of(entry.vpn, entry.size)?;
        let reused = unusable.filter(|&(s, _)| s == set).map(|(_, w)| w);
        let way = reused
            .or_else(|| (0..self.ways).find(|&w| self.entry(set, w).is_none()))
            .unwrap_or_else(|| self.victim(set));
        let evicted = reused.is_none() && self.entry(set, way).is_some();
        self.slots[set * self.ways + way] = Some(entry);
        self.touch(set, way);
        Some(L2Fill { set, way, evicted })
    }

    /// Drops every entry for which `pred` holds (rule 7); the PLRU bits stay. Returns how many.
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

    /// Back to the reset state: every slot invalid, every PLRU bit 0 (rule 7's CR4 transitions).
    pub fn flush(&mut self) {
        self.slots.fill(None);
        self.plru.fill(0);
    }

    /// Number of valid entries.
    pub fn occupancy(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perm::Rights;
    use crate::tlb::VPN_MASK;

    fn entry(va: u64, size: PageSize, pcid: u16, dirty: bool) -> TlbEntry {
        TlbEntry {
            vpn: va & VPN_MASK & !size.offset_mask(),
            size,
            pcid,
            global: false,
            frame: 0x40_0000_0000 & !size.offset_mask(),
            rights: Rights::default(),
            dirty,
        }
    }

    /// A 4K page in set `set` of a 128-set L2, the `n`th of that set (spaced by 128 * 4 KiB).
    fn page(set: u64, n: u64) -> u64 {
        (n << 19) | (set << 12)
    }

    #[test]
    fn plru_bits_and_victims_for_four_ways() {
        let mut l2 = L2::new(128, 4);
        // Filling the four ways of set 5 in order takes invalid ways 0..3, each touched on the way in.
        for n in 0..4 {
            let fill = l2.fill(entry(page(5, n), PageSize::Size4K, 0, true), None);
            assert_eq!(
                fill,
                Some(L2Fill {
                    set: 5,
                    way: n as usize,
                    evicted: false
                })
            );
        }
        // touch(3) was last: b0 = 0, b2 = 0; b1 = 0 from touch(1).
        assert_eq!(l2.plru(5), 0b000);
        assert_eq!(l2.victim(5), 0);
        // The documented encodings of each touch.
        let cases = [(0, 0b011), (1, 0b001), (2, 0b100), (3, 0b000)];
        for (way, bits) in cases {
            let mut t = L2::new(1, 4);
            t.touch(0, way);
            assert_eq!(t.plru(0), bits, "touch({way})");
        }
        // Replacement order after touching 0 then 2: 1 (left pair, 1 older than 0), then the right pair's older way.
        l2.touch(5, 0);
        l2.touch(5, 2);
        assert_eq!(l2.plru(5), 0b110);
        assert_eq!(l2.victim(5), 1);
        let fill = l2.fill(entry(page(5, 4), PageSize::Size4K, 0, true), None);
        assert_eq!(fill.map(|f| (f.way, f.evicted)), Some((1, true)));
        // touch(1): b0 = 1, b1 = 0; the victim is now in the right pair, where 2 was touched last.
        assert_eq!(l2.victim(5), 3);
        // Other sets are untouched.
        assert_eq!(l2.plru(4), 0);
        // Eight ways: the victim follows the bits down three levels; one way has no bits.
        let mut eight = L2::new(1, 8);
        for w in [0, 1, 2, 3, 4, 5, 6, 7, 0, 5] {
            eight.touch(0, w);
        }
        assert_eq!(eight.victim(0), 2);
        let mut one = L2::new(4, 1);
        one.touch(3, 0);
        assert_eq!((one.plru(3), one.victim(3)), (0, 0));
    }

    #[test]
    fn the_4k_set_is_probed_before_the_2m_set() {
        let mut l2 = L2::new(128, 4);
        let va = 0x7f12_3456_7000;
        l2.fill(entry(va, PageSize::Size2M, 1, true), None);
        let m = l2.lookup(va, 1).unwrap();
        assert_eq!(m.entry.size, PageSize::Size2M);
        // A 4K entry for the same address wins, wherever the 2M one sits.
        l2.fill(entry(va, PageSize::Size4K, 1, false), None);
        let m = l2.lookup(va, 1).unwrap();
        assert_eq!(m.entry.size, PageSize::Size4K);
        assert_eq!(m.set, (va >> 12) as usize & 127);
        // In the 4K set, the lowest-index matching way wins, and only 4K entries count there.
        let set = m.set;
        let mut global = entry(va, PageSize::Size4K, 2, true);
        global.global = true;
        l2.fill(global, None);
        assert_eq!(l2.lookup(va, 1).map(|m| m.way), Some(m.way));
        assert!(l2.lookup(va, 2).unwrap().entry.global);
        // Another PCID sees neither non-global entry; the 2M probe finds nothing for it either.
        assert_eq!(l2.lookup(va, 3).map(|m| m.set), Some(set));
        l2.invalidate_where(|e| e.global);
        assert_eq!(l2.lookup(va, 3), None);
    }

    #[test]
    fn a_2m_page_is_indexed_by_va_bits_21_up() {
        let mut l2 = L2::new(128, 2);
        let va = (3 << 30) | (0x45 << 21) | 0x1234;
        assert_eq!(l2.set_of(va, PageSize::Size2M), Some(0x45));
        assert_eq!(l2.set_of(va, PageSize::Size4K), Some(1));
        assert_eq!(l2.set_of(va, PageSize::Size1G), None);
        let fill = l2.fill(entry(va, PageSize::Size2M, 0, true), None).unwrap();
        assert_eq!((fill.set, fill.way), (0x45, 0));
        // Found from any address of the 2 MiB page, through the 2M probe.
        assert!(l2.lookup(va | 0x1f_f000, 0).is_some());
        // The 2M set index wraps at `sets`: 128 * 2 MiB further is the same set, another page.
        let other = va + (128 << 21);
        assert_eq!(l2.set_of(other, PageSize::Size2M), Some(0x45));
        assert_eq!(l2.lookup(other, 0), None);
        // No 1G pages, and nothing at all when disabled.
        assert_eq!(l2.fill(entry(0, PageSize::Size1G, 0, true), None), None);
        let mut off = L2::new(128, 0);
        assert!(!off.enabled() && off.sets() == 0 && off.slots().is_empty());
        assert_eq!(off.fill(entry(va, PageSize::Size4K, 0, true), None), None);
        assert_eq!(off.lookup(va, 0), None);
    }

    #[test]
    fn a_clean_match_met_by_a_write_is_replaced_in_place() {
        let mut l2 = L2::new(128, 4);
        for n in 0..4 {
            l2.fill(entry(page(9, n), PageSize::Size4K, 0, n != 2), None);
        }
        // Way 2 is clean: a write cannot use it, so its walk refills that very way, not the PLRU victim (way 0).
        let m = l2.lookup(page(9, 2), 0).unwrap();
        assert_eq!((m.way, m.entry.dirty), (2, false));
        assert_eq!(l2.victim(9), 0);
        let fill = l2
            .fill(
                entry(page(9, 2), PageSize::Size4K, 0, true),
                Some((m.set, m.way)),
            )
            .unwrap();
        assert_eq!((fill.way, fill.evicted), (2, false));
        assert!(l2.entry(9, 2).unwrap().dirty);
        assert_eq!(l2.occupancy(), 4);
        // A remembered match in another set does not steer the fill: the new page takes its own set's victim.
        let fill = l2
            .fill(entry(page(9, 7), PageSize::Size4K, 0, true), Some((10, 1)))
            .unwrap();
        assert_eq!((fill.set, fill.way, fill.evicted), (9, 0, true));
    }

    #[test]
    fn flush_returns_to_reset_and_invalidation_keeps_the_plru() {
        let mut l2 = L2::new(4, 4);
        for n in 0..6 {
            l2.fill(entry(n << 12, PageSize::Size4K, (n % 2) as u16, true), None);
        }
        let bits = l2.plru(0);
        assert_ne!(bits, 0);
        assert_eq!(l2.invalidate_where(|e| e.pcid == 1), 3);
        assert_eq!((l2.occupancy(), l2.plru(0)), (3, bits));
        l2.flush();
        assert_eq!(l2, L2::new(4, 4));
    }
}
