//! Random scenarios for the property tests, the engine-agreement tests and the soak: page tables with random bits at every
//! level, huge pages, two address spaces, random control bits, random TLB sizes for both ports, a second-level TLB on or
//! off, and random mixes of accesses (reads, writes, fetches, and fetch + data pairs on the two ports in one cycle), memory
//! writes, invalidations and control-register writes.
//!
//! With the L2 on, some scenarios crowd their 4K pages into one or two L2 sets, more pages than a set has ways, so that
//! short runs see L2 evictions as well as L2 hits (an L1 of 4 to 16 entries is already outgrown by 12 pages).
//!
//! Everything derives from one `u64` seed, so a failure is reproduced from the seed alone.

use crate::engine::Scenario;
use crate::pagetable::{MapFlags, PageTables};
use crate::walker::bit;
use mmu_arch::{
    is_canonical, Access, AccessKind, Config, Control, CrReg, InvpcidType, Op, PageSize,
    CR3_NOFLUSH, RTL_ITLB_SIZES,
};

/// A small, fast, seedable generator (SplitMix64): good enough for stimulus, and dependency-free.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Shape of the random scenarios.
#[derive(Clone, Debug)]
pub struct Params {
    /// Number of ops per scenario.
    pub ops: usize,
    /// Data-TLB sizes to choose from.
    pub tlb_entries: Vec<usize>,
    /// Instruction-TLB sizes to choose from.
    pub itlb_entries: Vec<usize>,
    /// Memory latencies to choose from.
    pub mem_latency: Vec<u32>,
    /// Pages mapped per address space.
    pub pages: usize,
    /// MAXPHYADDR; `None` draws one (40 half the time, else any of 32..=52).
    pub paddr_bits: Option<u32>,
    /// Paging-structure cache entries; `None` draws one of 0, 1, 2, 4, 8.
    pub pwc_entries: Option<usize>,
    /// Second-level-TLB geometries (sets, ways) to choose from; (0, 0) is no L2. A list repeating a geometry draws it
    /// more often. The RTL builds 512 sets only with a 16-entry DTLB and an 8-entry ITLB: a list offering them to the RTL
    /// must come with those L1 sizes (`Config::validate_rtl`).
    pub l2: Vec<(usize, usize)>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            ops: 64,
            tlb_entries: vec![4, 8, 16],
            itlb_entries: RTL_ITLB_SIZES.to_vec(),
            mem_latency: vec![1, 2, 3],
            pages: 12,
            paddr_bits: None,
            pwc_entries: None,
            l2: vec![(128, 4), (128, 4), (0, 0)],
        }
    }
}

/// Bits worth flipping in a paging-structure entry: the flags, PS, G, XD, the PAT bit of huge leaves, ends of the
/// reserved ranges, ignored bits, the protection key, and the bits around MAXPHYADDR.
fn interesting_bit(rng: &mut Rng, paddr_bits: u32) -> u64 {
    let bits = [
        0, 1, 2, 5, 6, 7, 8, 9, 11, 12, 13, 20, 21, 29, 52, 59, 62, 63,
    ];
    if rng.chance(15) {
        1 << (paddr_bits - 1 + rng.below(2) as u32).min(51)
    } else {
        1 << rng.pick(&bits)
    }
}

/// A canonical VA with the given page-table indices, sign-extended from bit 47.
fn va_from_indices(i4: u64, i3: u64, i2: u64, i1: u64, offset: u64) -> u64 {
    let va = (i4 << 39) | (i3 << 30) | (i2 << 21) | (i1 << 12) | offset;
    if va & (1 << 47) != 0 {
        va | 0xffff_0000_0000_0000
    } else {
        va
    }
}

/// Share of the scenarios with the L2 on whose 4K pages crowd into one or two L2 sets. The shares below are steep on
/// purpose: an invalidation comes every ten ops or so and most accesses fault (neither fills), so a set overflows its
/// ways between two invalidations only when nearly all the 4K pages sit in it and accesses keep coming back to them.
const CROWDED_SCENARIO_PERCENT: u64 = 50;
/// Share of the 4K pages of such a scenario placed in a crowded set.
const CROWDED_PERCENT: u64 = 90;
/// Share of the accesses of such a scenario aimed at the crowded pages only.
const CROWDED_ACCESS_PERCENT: u64 = 40;

/// The L2 sets a scenario crowds its 4K pages into. A 4K page's set is VA bits 12 and up, `log2(sets)` of them: with at
/// most 512 sets these are the low bits of the PT index, so PT indices that agree modulo `sets` share a set, and with
/// the PD, PDPT and PML4 indices drawn as usual, far more pages than `ways` can land in one.
struct Crowded {
    /// The crowded sets (one or two), as PT indices below `sets`.
    sets: Vec<u64>,
    /// The L2's set count: the step between PT indices of one set.
    step: u64,
}

impl Crowded {
    /// Whether the 4K page at `va` is in a crowded set.
    fn holds(&self, va: u64) -> bool {
        self.sets.contains(&((va >> 12) % self.step))
    }

    /// A PT index whose page falls in one of the crowded sets.
    fn pt_index(&self, rng: &mut Rng) -> u64 {
        let base = rng.pick(&self.sets);
        (base + self.step * rng.below(512 / self.step)) & 511
    }
}

/// Draws whether this scenario crowds L2 sets, and which.
fn crowded_sets(rng: &mut Rng, config: &Config) -> Option<Crowded> {
    if !config.l2_enabled() || !rng.chance(CROWDED_SCENARIO_PERCENT) {
        return None;
    }
    let step = config.l2_sets as u64;
    let count = if rng.chance(75) { 1 } else { 2 };
    // Sets 0..3 are where the other 4K pages (PT indices 0..3) live: crowding one of them mixes both kinds.
    let sets = (0..count)
        .map(|_| {
            if rng.chance(50) {
                rng.below(4.min(step))
            } else {
                rng.below(step)
            }
        })
        .collect();
    Some(Crowded { sets, step })
}

/// One address space's tables and the pages mapped in it.
struct Space {
    cr3: u64,
    pages: Vec<(u64, PageSize)>,
    /// The pages in a crowded L2 set (4K pages only), when the scenario crowds.
    crowded: Vec<(u64, PageSize)>,
}

impl Space {
    /// The pages an access picks from: now and then only the crowded ones, so that their set overflows between the
    /// invalidations that keep emptying it.
    fn targets(&self, rng: &mut Rng) -> &[(u64, PageSize)] {
        if !self.crowded.is_empty() && rng.chance(CROWDED_ACCESS_PERCENT) {
            &self.crowded
        } else {
            &self.pages
        }
    }
}

/// A random scenario from `seed`.
pub fn scenario(seed: u64, params: &Params) -> Scenario {
    let mut rng = Rng::new(seed);
    let drawn = if rng.chance(50) {
        40
    } else {
        32 + rng.below(21) as u32
    };
    let paddr_bits = params.paddr_bits.unwrap_or(drawn);
    let (l2_sets, l2_ways) = rng.pick(&params.l2);
    let config = Config {
        tlb_entries: rng.pick(&params.tlb_entries),
        itlb_entries: rng.pick(&params.itlb_entries),
        paddr_bits,
        mem_latency: rng.pick(&params.mem_latency),
        pwc_entries: params
            .pwc_entries
            .unwrap_or_else(|| rng.pick(&[0, 1, 2, 4, 8])),
        l2_sets,
        l2_ways,
    };
    let crowded = crowded_sets(&mut rng, &config);
    // A few indices per level, so pages share tables and VAs collide in the TLB.
    let i4s = [rng.below(512), rng.below(512), 0x100];
    let i3s = [rng.below(512), rng.below(512)];
    let i2s = [rng.below(512), rng.below(512), rng.below(512)];

    // Tables live low in physical memory, pages anywhere below MAXPHYADDR.
    let mut tables = PageTables::new(0x10_0000);
    let mut spaces = Vec::new();
    for s in 0..2 {
        if s == 1 {
            let root = tables.next_frame();
            let moved = tables.clone();
            tables = PageTables::new(root);
            tables.set_next_frame(root + 0x1000);
            // Keep the first space's words: both spaces share one memory.
            for (a, v) in moved.words() {
                tables.set_word(a, v);
            }
        }
        let mut pages = Vec::new();
        for _ in 0..params.pages {
            let size = match rng.below(10) {
                0 => PageSize::Size1G,
                1 | 2 => PageSize::Size2M,
                _ => PageSize::Size4K,
            };
            let i1 = match &crowded {
                Some(c) if size == PageSize::Size4K && rng.chance(CROWDED_PERCENT) => {
                    c.pt_index(&mut rng)
                }
                _ => rng.below(4),
            };
            let va = va_from_indices(rng.pick(&i4s), rng.pick(&i3s), rng.pick(&i2s), i1, 0)
                & !size.offset_mask();
            let pa = (rng.next_u64() & ((1u64 << paddr_bits) - 1)) & !size.offset_mask();
            let flags = MapFlags {
                writable: rng.chance(75),
                user: rng.chance(60),
                nx: rng.chance(25),
                global: rng.chance(25),
                pkey: if rng.chance(50) {
                    0
                } else {
                    rng.below(16) as u8
                },
                accessed: rng.chance(30),
                dirty: rng.chance(20),
            };
            // A mapping that conflicts with an earlier one is simply not made.
            if tables.map(va, pa, size, flags).is_ok() {
                pages.push((va, size));
            }
        }
        let crowded = match &crowded {
            Some(c) => pages
                .iter()
                .copied()
                .filter(|&(va, size)| size == PageSize::Size4K && c.holds(va))
                .collect(),
            None => Vec::new(),
        };
        spaces.push(Space {
            cr3: tables.pml4(),
            pages,
            crowded,
        });
    }
    let mut memory = tables.words();
    // Random bits at every level: flip one interesting bit in some words.
    for word in memory.iter_mut() {
        if rng.chance(12) {
            word.1 ^= interesting_bit(&mut rng, paddr_bits);
        }
    }

    let control = Control {
        cr0_wp: rng.chance(70),
        cr4_pge: rng.chance(50),
        cr4_pcide: rng.chance(50),
        cr4_smep: rng.chance(30),
        cr4_smap: rng.chance(30),
        cr4_pke: rng.chance(40),
        efer_nxe: rng.chance(80),
        rflags_ac: rng.chance(30),
        pkru: if rng.chance(50) {
            0
        } else {
            rng.next_u64() as u32
        },
        cr3: spaces[0].cr3 | rng.below(3),
    };

    let words: Vec<u64> = memory.iter().map(|&(a, _)| a).collect();
    let mut ops = Vec::with_capacity(params.ops);
    let mut current = 0usize;
    let mut values: std::collections::HashMap<u64, u64> = memory.iter().copied().collect();
    for _ in 0..params.ops {
        let roll = rng.below(100);
        let op = if roll < 70 {
            let pages = spaces[current].targets(&mut rng);
            if rng.chance(PAIR_PERCENT) {
                random_pair(&mut rng, pages)
            } else {
                Op::Access(random_access(&mut rng, pages))
            }
        } else if roll < 78 {
            let addr = rng.pick(&words);
            if rng.chance(10) {
                // A word the walker may read fails from now on: bus errors.
                Op::Poison { addr }
            } else if rng.chance(60) {
                // Another agent's store racing the next access's walk, between its read and its A/D write. Mostly it
                // keeps the entry usable (an ignored bit, or A set by someone else), so that the walk goes on to its
                // A/D write and finds the entry changed.
                let flip = if rng.chance(70) {
                    1 << rng.pick(&[5u32, 9, 10, 11, 52, 58])
                } else {
                    interesting_bit(&mut rng, paddr_bits)
                };
                let value = values[&addr] ^ flip;
                values.insert(addr, value);
                Op::ExternalWrite { addr, value }
            } else {
                let value = values[&addr] ^ interesting_bit(&mut rng, paddr_bits);
                values.insert(addr, value);
                Op::WriteMem { addr, value }
            }
        } else if roll < 82 {
            Op::Invlpg {
                va: random_va(&mut rng, &spaces[current].pages),
            }
        } else if roll < 86 {
            let kind = InvpcidType::from_number(rng.below(4)).expect("0..3");
            let pcid = rng.below(3) as u16;
            let va = match kind {
                InvpcidType::Address => random_va(&mut rng, &spaces[current].pages),
                _ => 0,
            };
            Op::Invpcid { kind, pcid, va }
        } else if roll < 91 {
            current = rng.below(2) as usize;
            let noflush = if rng.chance(50) { CR3_NOFLUSH } else { 0 };
            Op::WriteCr3 {
                value: spaces[current].cr3 | rng.below(3) | noflush,
            }
        } else {
            let reg = rng.pick(&CrReg::ALL);
            let value = if reg.is_flag() {
                rng.below(2)
            } else if rng.chance(50) {
                0
            } else {
                rng.next_u64() & 0xffff_ffff
            };
            Op::WriteCr { reg, value }
        };
        ops.push(op);
    }
    memory.sort_unstable();
    Scenario {
        config,
        control,
        memory,
        ops,
    }
}

/// A VA in or near a mapped page: usually inside one, sometimes next to one, rarely non-canonical.
fn random_va(rng: &mut Rng, pages: &[(u64, PageSize)]) -> u64 {
    if pages.is_empty() || rng.chance(4) {
        let va = rng.next_u64();
        return if rng.chance(50) && is_canonical(va) {
            va ^ (1 << 50)
        } else {
            va
        };
    }
    let (base, size) = rng.pick(pages);
    let offset = match rng.below(8) {
        // Inside the page, often in its first 4K pages so huge pages collide with 4K ones.
        0..=4 => rng.below(size.bytes().min(0x4000)),
        5 | 6 => rng.below(size.bytes()),
        // The page next door: often unmapped.
        _ => size.bytes() + rng.below(0x2000),
    };
    base.wrapping_add(offset)
}

fn random_access(rng: &mut Rng, pages: &[(u64, PageSize)]) -> Access {
    let kind = match rng.below(10) {
        0..=4 => AccessKind::Read,
        5..=7 => AccessKind::Write,
        _ => AccessKind::Fetch,
    };
    Access {
        va: random_va(rng, pages),
        kind,
        user: rng.chance(50),
    }
}

/// Share of the accesses offered as a fetch + data pair.
const PAIR_PERCENT: u64 = 10;

/// A fetch and a read or write in the same cycle. The data access is often on the fetch's page, so that both walk
/// through the same paging-structure entries and the order between them shows; its mode is usually the fetch's.
fn random_pair(rng: &mut Rng, pages: &[(u64, PageSize)]) -> Op {
    let fetch = Access {
        va: random_va(rng, pages),
        kind: AccessKind::Fetch,
        user: rng.chance(50),
    };
    let va = if rng.chance(40) {
        fetch.va ^ rng.below(0x1000)
    } else {
        random_va(rng, pages)
    };
    let data = Access {
        va,
        kind: if rng.chance(50) {
            AccessKind::Read
        } else {
            AccessKind::Write
        },
        user: if rng.chance(80) {
            fetch.user
        } else {
            !fetch.user
        },
    };
    Op::Pair { fetch, data }
}

/// Flag bits of paging-structure entries, for tests that look at A/D updates.
pub const AD_BITS: u64 = bit::A | bit::D;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_scenario() {
        let p = Params::default();
        assert_eq!(scenario(7, &p), scenario(7, &p));
        assert_ne!(scenario(7, &p), scenario(8, &p));
    }

    #[test]
    fn scenarios_are_valid_inputs() {
        let mut pairs = 0;
        for seed in 0..50 {
            let s = scenario(seed, &Params::default());
            s.config.validate().unwrap();
            assert!(Params::default()
                .itlb_entries
                .contains(&s.config.itlb_entries));
            assert!(Params::default()
                .l2
                .contains(&(s.config.l2_sets, s.config.l2_ways)));
            for op in &s.ops {
                if let Op::Pair { fetch, data } = op {
                    assert!(fetch.kind.is_fetch() && !data.kind.is_fetch(), "{op:?}");
                    pairs += 1;
                }
            }
            for &(a, _) in &s.memory {
                assert_eq!(a & 7, 0);
                assert!(a < 1 << s.config.paddr_bits);
            }
            let mut addrs: Vec<u64> = s.memory.iter().map(|w| w.0).collect();
            addrs.dedup();
            assert_eq!(addrs.len(), s.memory.len(), "duplicate memory words");
        }
        assert!(pairs > 0, "no pair in 50 scenarios");
    }

    #[test]
    fn crowded_pages_share_their_l2_set() {
        let mut rng = Rng::new(3);
        let mut crowding = 0;
        for sets in [1, 128, 512] {
            let config = Config {
                l2_sets: sets,
                ..Config::default()
            };
            for _ in 0..100 {
                let Some(c) = crowded_sets(&mut rng, &config) else {
                    continue;
                };
                crowding += 1;
                let mut indices = std::collections::HashSet::new();
                for _ in 0..50 {
                    let i1 = c.pt_index(&mut rng);
                    let va = va_from_indices(0x1ff, 3, 17, i1, 0);
                    assert!(i1 < 512 && c.holds(va), "{i1} with {sets} sets");
                    assert!(c.sets.contains(&((va >> 12) & (sets as u64 - 1))));
                    indices.insert(i1);
                }
                // With fewer sets than PT entries, one set spans several PT indices.
                assert_eq!(indices.len() > c.sets.len(), sets < 512, "{sets} sets");
            }
        }
        assert!((100..200).contains(&crowding), "{crowding} of 300 crowd");
        let off = Config {
            l2_ways: 0,
            ..Config::default()
        };
        assert!(crowded_sets(&mut rng, &off).is_none());
    }
}
