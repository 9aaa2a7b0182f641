//! The paging-structure cache (SDM 4.10.3): the twin of `hdl/src/pwc.rs`, slot for slot.
//!
//! A small fully associative array of non-leaf entries: a PML4E, a PDPTE or a PDE that a walk used, tagged with the VA bits
//! that select it (47:39, 47:30 or 47:21) and the PCID current at the walk. An entry holds what re-reading the path down to
//! it would give: the next table's base and the rights combined over the levels so far (U/S and R/W ANDed, XD ORed). A walk
//! starts below the deepest matching entry, so a PDE hit leaves only the PTE to read.
//!
//! Choices (`docs/architecture.md`), made identically by the RTL:
//! - Filled only by a walk that succeeds (after its accessed flags are written), with the deepest non-leaf entry the walk
//!   read from memory: the PDE of a 4K page, the PDPTE of a 2M page, the PML4E of a 1G page. A walk that started from a cached
//!   entry at that same depth fills nothing, so an entry is never cached twice.
//! - Replacement: the lowest-index invalid slot, else a round-robin pointer (as the TLB).
//! - Invalidation drops by PCID or everything: every operation that touches paging-structure caches (4.10.4) drops all of
//!   them for the PCID it names, never by address.
//! - Control bits are applied at use, as for a re-read: an entry whose path had XD set, used while EFER.NXE = 0, is a
//!   reserved-bit fault.

use super::perm::Rights;
use super::walker::Level;

/// One cached non-leaf entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PwcEntry {
    /// The level of the cached entry: `Pml4`, `Pdpt` or `Pd` (never `Pt`: PTEs are leaves).
    pub level: Level,
    /// VA bits 47 down to the entry's index shift (39, 30, 21), right-aligned.
    pub tag: u64,
    pub pcid: u16,
    /// Physical base of the table the entry references.
    pub next_table: u64,
    /// Rights combined over the levels down to and including this entry (the key is a leaf property: 0 here).
    pub rights: Rights,
}

impl PwcEntry {
    /// The tag of `va` at `level`: VA bits 47:shift.
    pub fn tag_of(va: u64, level: Level) -> u64 {
        (va & 0x0000_ffff_ffff_ffff) >> level.index_shift()
    }

    pub fn matches(&self, va: u64, pcid: u16) -> bool {
        self.pcid == pcid && self.tag == Self::tag_of(va, self.level)
    }
}

/// The cache: `slots.len()` entries (0 disables it).
#[derive(Clone, Debug)]
pub struct Pwc {
    slots: Vec<Option<PwcEntry>>,
    victim: usize,
}

impl Pwc {
    pub fn new(entries: usize) -> Self {
        Pwc {
            slots: vec![None; entries],
            victim: 0,
        }
    }

    pub fn slots(&self) -> &[Option<PwcEntry>] {
        &self.slots
    }

    /// The deepest valid entry that matches `va` in `pcid`.
    pub fn lookup(&self, va: u64, pcid: u16) -> Option<PwcEntry> {
        self.slots
            .iter()
            .flatten()
            .filter(|e| e.matches(va, pcid))
            .max_by_key(|e| e.level)
            .copied()
    }

    /// Installs `entry`; returns whether a valid entry was evicted.
    pub fn fill(&mut self, entry: PwcEntry) -> bool {
        if self.slots.is_empty() {
            return false;
        }
        if let Some(free) = self.slots.iter().position(Option::is_none) {
            self.slots[free] = Some(entry);
            return false;
        }
        self.slots[self.victim] = Some(entry);
        self.victim = (self.victim + 1) % self.slots.len();
        true
    }

    /// Drops every entry of `pcid`, or every entry when `pcid` is `None`; returns how many.
    pub fn invalidate(&mut self, pcid: Option<u16>) -> usize {
        let mut n = 0;
        for slot in &mut self.slots {
            if slot.is_some_and(|e| match pcid {
                Some(p) => e.pcid == p,
                None => true,
            }) {
                *slot = None;
                n += 1;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(level: Level, va: u64, pcid: u16) -> PwcEntry {
        PwcEntry {
            level,
            tag: PwcEntry::tag_of(va, level),
            pcid,
            next_table: 0x5000,
            rights: Rights {
                user: true,
                writable: true,
                xd: false,
                pkey: 0,
            },
        }
    }

    #[test]
    fn the_deepest_match_wins_and_tags_cover_their_level() {
        let mut p = Pwc::new(4);
        p.fill(entry(Level::Pml4, 0x7f_8000_0000, 1));
        p.fill(entry(Level::Pd, 0x7f_8020_0000, 1));
        // Same 2 MiB region as the PDE entry: the PDE wins.
        assert_eq!(
            p.lookup(0x7f_803f_f000, 1).map(|e| e.level),
            Some(Level::Pd)
        );
        // Another 2 MiB region under the same PML4E.
        assert_eq!(
            p.lookup(0x7f_8040_0000, 1).map(|e| e.level),
            Some(Level::Pml4)
        );
        // Another PCID sees nothing.
        assert_eq!(p.lookup(0x7f_8020_0000, 2), None);
    }

    #[test]
    fn fill_takes_free_slots_then_round_robin() {
        let mut p = Pwc::new(2);
        assert!(!p.fill(entry(Level::Pd, 0x20_0000, 0)));
        assert!(!p.fill(entry(Level::Pd, 0x40_0000, 0)));
        assert!(p.fill(entry(Level::Pd, 0x60_0000, 0)));
        assert_eq!(p.lookup(0x20_0000, 0), None);
        assert!(p.lookup(0x40_0000, 0).is_some());
        assert!(p.lookup(0x60_0000, 0).is_some());
        assert_eq!(Pwc::new(0).lookup(0, 0), None);
        assert!(!Pwc::new(0).fill(entry(Level::Pd, 0, 0)));
    }

    #[test]
    fn invalidation_is_by_pcid_or_everything() {
        let mut p = Pwc::new(4);
        p.fill(entry(Level::Pd, 0x20_0000, 1));
        p.fill(entry(Level::Pd, 0x20_0000, 2));
        p.fill(entry(Level::Pdpt, 0x4000_0000, 2));
        assert_eq!(p.invalidate(Some(2)), 2);
        assert!(p.lookup(0x20_0000, 1).is_some());
        assert_eq!(p.invalidate(None), 1);
        assert_eq!(p.lookup(0x20_0000, 1), None);
    }
}
