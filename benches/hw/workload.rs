//! The workloads: the configuration measured, address spaces whose pages are mapped on first touch, the access
//! patterns, and [`Bench`], which runs a scenario on the RTL engine and checks every translation.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use mmu_arch::{
    Access, AccessKind, Config, Control, Op, Outcome, PageSize, CR3_NOFLUSH, L2_SETS_DEFAULT,
    L2_WAYS_DEFAULT, PWC_ENTRIES_DEFAULT,
};
use mmu_model::engine::Scenario;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::random::Rng;
use mmu_model::walker::bit;
use mmu_sim::rtl::{RtlEngine, RtlOptions, RtlRun};

pub const TLB_ENTRIES: usize = 16;
pub const PADDR_BITS: u32 = 40;
/// Cycles one op may take (the slowest here, a 4K walk writing four A flags at L = 20, takes under 200).
pub const CYCLE_LIMIT: u64 = 2_000;
/// Memory latencies of the miss measurements.
pub const LATENCIES: [u32; 4] = [1, 2, 5, 20];
/// Memory latency of the hit and pattern measurements.
pub const LATENCY: u32 = 2;
/// The paging-structure cache off and on (its default size).
pub const PWC: [usize; 2] = [0, PWC_ENTRIES_DEFAULT];
/// Accesses per pattern.
pub const PATTERN_ACCESSES: usize = 4096;
/// Two lengths of hit stream: the throughput is the difference in hits over the difference in cycles.
pub const HIT_STREAMS: [usize; 2] = [1000, 5000];

/// Where the page tables of the first address space start, and of the second.
pub const TABLES: u64 = 0x10_0000;
const TABLES_2: u64 = 0x1000_0000;
/// Physical bases the address spaces map to: PA = base + VA bits 37:0 (aligned for every page size).
pub const PA_BASE: u64 = 0x80_0000_0000;
const PA_BASE_2: u64 = 0xc0_0000_0000;
/// Where the patterns' pages live (1 GiB aligned, canonical).
pub const VA_BASE: u64 = 0x0000_1000_0000_0000;

pub fn pwc_name(pwc: usize) -> String {
    if pwc == 0 {
        "off".into()
    } else {
        format!("on ({pwc})")
    }
}

pub fn read(va: u64) -> Op {
    Op::Access(Access {
        va,
        kind: AccessKind::Read,
        user: false,
    })
}

/// The configuration measured: the default one (L2 of 128 x 4 included) with `pwc_entries`, without the L2 unless
/// `l2` (the walk latencies are the walker's own, without the L2's lookup in front).
pub fn config(mem_latency: u32, pwc_entries: usize, l2: bool) -> Config {
    Config {
        tlb_entries: TLB_ENTRIES,
        paddr_bits: PADDR_BITS,
        mem_latency,
        pwc_entries,
        l2_sets: if l2 { L2_SETS_DEFAULT } else { 0 },
        ..Config::default()
    }
}

/// The settings the access patterns run with: PWC off, PWC on, and PWC and L2 on (the default configuration).
pub const SETUPS: [(usize, bool); 3] = [
    (0, false),
    (PWC_ENTRIES_DEFAULT, false),
    (PWC_ENTRIES_DEFAULT, true),
];

/// "PWC off", "PWC on (4)", "PWC on (4), L2 (512)".
pub fn setup_name(pwc: usize, l2: bool) -> String {
    if l2 {
        format!(
            "PWC {}, L2 ({})",
            pwc_name(pwc),
            L2_SETS_DEFAULT * L2_WAYS_DEFAULT
        )
    } else {
        format!("PWC {}", pwc_name(pwc))
    }
}

/// One address space whose pages are mapped on first touch, each to `pa_base` + the VA's bits 37:0.
pub struct Space {
    pub tables: PageTables,
    pub pa_base: u64,
    /// Pages mapped: base VA -> size.
    pub mapped: BTreeMap<u64, PageSize>,
    /// Accessed (and dirty) flags preset at every level.
    pub accessed: bool,
}

impl Space {
    pub fn new(root: u64, pa_base: u64, accessed: bool) -> Space {
        let mut tables = PageTables::new(root);
        if accessed {
            tables.upper_bits |= bit::A;
        }
        Space {
            tables,
            pa_base,
            mapped: BTreeMap::new(),
            accessed,
        }
    }

    pub fn pa(&self, va: u64) -> u64 {
        self.pa_base + (va & ((1 << 38) - 1))
    }

    /// Maps the page of `size` holding `va` unless it is mapped; returns the PA `va` translates to.
    pub fn touch(&mut self, va: u64, size: PageSize) -> u64 {
        let page = va & !size.offset_mask();
        if !self.mapped.contains_key(&page) {
            let flags = MapFlags {
                accessed: self.accessed,
                dirty: self.accessed,
                ..MapFlags::default()
            };
            self.tables
                .map(page, self.pa(page), size, flags)
                .unwrap_or_else(|e| panic!("map {page:#x}: {e}"));
            self.mapped.insert(page, size);
        }
        self.pa(va)
    }

    pub fn cr3(&self) -> u64 {
        self.tables.pml4()
    }

    /// Mapped memory in bytes.
    pub fn mapped_bytes(&self) -> u64 {
        self.mapped.values().map(|s| s.bytes()).sum()
    }
}

/// The words of several address spaces in one memory (their tables must not overlap).
pub fn memory_of(spaces: &[&Space]) -> Vec<(u64, u64)> {
    let mut all = BTreeMap::new();
    for s in spaces {
        for (a, v) in s.tables.words() {
            assert!(all.insert(a, v).is_none(), "page tables overlap at {a:#x}");
        }
    }
    all.into_iter().collect()
}

/// Runs every simulation, checking results and adding up the simulated cycles.
pub struct Bench {
    pub sim_cycles: u64,
    pub sim_seconds: f64,
}

impl Bench {
    /// Runs `sc` on the RTL engine; every access must succeed with the PA in `expect` (one per access, in order).
    pub fn run(&mut self, sc: &Scenario, expect: &[u64]) -> RtlRun {
        let t0 = Instant::now();
        let mut engine = RtlEngine::new(RtlOptions {
            cycle_limit: CYCLE_LIMIT,
            ..RtlOptions::default()
        });
        let run = engine
            .run_full(sc)
            .unwrap_or_else(|e| panic!("rtl run failed: {e:#}"));
        self.sim_seconds += t0.elapsed().as_secs_f64();
        self.sim_cycles += run.coverage.cycles;
        assert_eq!(
            run.result.results.len(),
            expect.len(),
            "one result per access"
        );
        for (r, &want) in run.result.results.iter().zip(expect) {
            match r.outcome {
                Outcome::Ok { pa } if pa == want => {}
                o => panic!("op {}: {o}, expected ok pa={want:#x}", r.op_index),
            }
        }
        run
    }
}

pub fn cycles_of(run: &RtlRun, access: usize) -> u64 {
    run.result.results[access]
        .cycles
        .expect("the rtl engine times accesses")
}

pub fn hit_of(run: &RtlRun, access: usize) -> bool {
    run.result.results[access]
        .tlb_hit
        .expect("the rtl engine reports hits")
}

/// A pattern's scenario without its configuration, and the PA of each access.
pub struct Pattern {
    pub name: String,
    pub key: String,
    pub control: Control,
    pub memory: Vec<(u64, u64)>,
    pub ops: Vec<Op>,
    pub expect: Vec<u64>,
    /// Pages mapped (of any size) and the memory they map.
    pub pages: u64,
    pub bytes: u64,
}

impl Pattern {
    pub fn one_space(
        name: &str,
        key: &str,
        space: &Space,
        vas: &[u64],
        expect: Vec<u64>,
    ) -> Pattern {
        Pattern {
            name: name.into(),
            key: key.into(),
            control: Control {
                cr3: space.cr3(),
                ..Control::default()
            },
            memory: memory_of(&[space]),
            ops: vas.iter().map(|&v| read(v)).collect(),
            expect,
            pages: space.mapped.len() as u64,
            bytes: space.mapped_bytes(),
        }
    }
}

/// A byte count in the largest binary unit it reaches (one decimal unless whole).
pub fn size_name(bytes: u64) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if bytes >= 1 << shift {
            return if bytes.trailing_zeros() >= shift {
                format!("{} {unit}", bytes >> shift)
            } else {
                format!("{:.1} {unit}", bytes as f64 / (1u64 << shift) as f64)
            };
        }
    }
    format!("{bytes} B")
}

fn touch_all(space: &mut Space, vas: &[u64], size: PageSize) -> Vec<u64> {
    vas.iter().map(|&v| space.touch(v, size)).collect()
}

fn sequential(stride: u64, name: &str, key: &str) -> Pattern {
    let mut space = Space::new(TABLES, PA_BASE, true);
    let vas: Vec<u64> = (0..PATTERN_ACCESSES as u64)
        .map(|i| VA_BASE + i * stride)
        .collect();
    let expect = touch_all(&mut space, &vas, PageSize::Size4K);
    Pattern::one_space(name, key, &space, &vas, expect)
}

fn random_in(rng: &mut Rng, bytes: u64) -> u64 {
    rng.below(bytes / 8) * 8
}

fn uniform(rng: &mut Rng, ws: u64, label: &str) -> Pattern {
    let mut space = Space::new(TABLES, PA_BASE, true);
    let vas: Vec<u64> = (0..PATTERN_ACCESSES)
        .map(|_| VA_BASE + random_in(rng, ws))
        .collect();
    let expect = touch_all(&mut space, &vas, PageSize::Size4K);
    Pattern::one_space(
        &format!("random, {label} working set"),
        &format!("random_{}", label.replace(' ', "")),
        &space,
        &vas,
        expect,
    )
}

/// A pointer chase: `pages` distinct 4K pages drawn in `region` bytes, visited along one random cycle through all of
/// them (each access at a random offset in its page).
fn pointer_chase(rng: &mut Rng, pages: usize, region: u64, label: &str) -> Pattern {
    let mut set = BTreeSet::new();
    while set.len() < pages {
        set.insert(rng.below(region >> 12));
    }
    let mut order: Vec<u64> = set.into_iter().collect();
    for i in (1..order.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    let mut space = Space::new(TABLES, PA_BASE, true);
    let vas: Vec<u64> = (0..PATTERN_ACCESSES)
        .map(|i| VA_BASE + (order[i % pages] << 12) + random_in(rng, 4096))
        .collect();
    let expect = touch_all(&mut space, &vas, PageSize::Size4K);
    Pattern::one_space(
        &format!("pointer chase, {pages} pages in {label}"),
        "pointer_chase",
        &space,
        &vas,
        expect,
    )
}

/// One 1G page, eight 2M pages and 256 4K pages (1 MiB) side by side; each access picks one of the three at random.
fn mixed_sizes(rng: &mut Rng) -> Pattern {
    let mut space = Space::new(TABLES, PA_BASE, true);
    let giga = PageSize::Size1G.bytes();
    let (mut vas, mut expect) = (Vec::new(), Vec::new());
    for _ in 0..PATTERN_ACCESSES {
        let (va, size) = match rng.below(3) {
            0 => (VA_BASE + random_in(rng, giga), PageSize::Size1G),
            1 => (
                VA_BASE + giga + random_in(rng, 8 * PageSize::Size2M.bytes()),
                PageSize::Size2M,
            ),
            _ => (
                VA_BASE + 2 * giga + random_in(rng, 1 << 20),
                PageSize::Size4K,
            ),
        };
        expect.push(space.touch(va, size));
        vas.push(va);
    }
    Pattern::one_space(
        "mixed: 1x 1G, 8x 2M, 256x 4K pages, a third of the accesses each",
        "mixed_sizes",
        &space,
        &vas,
        expect,
    )
}

/// Two address spaces mapping the same 8 VAs to different frames, alternating every 128 accesses by MOV to CR3: with
/// PCIDs and no-flush (both spaces stay in the TLB), or without PCIDs (every switch flushes).
fn two_spaces(rng: &mut Rng, pcid: bool) -> Pattern {
    let mut spaces = [
        Space::new(TABLES, PA_BASE, true),
        Space::new(TABLES_2, PA_BASE_2, true),
    ];
    let pages = 8;
    let phase = 128;
    let cr3 = |s: &Space, k: u64| {
        if pcid {
            s.cr3() | (k + 1) | CR3_NOFLUSH
        } else {
            s.cr3()
        }
    };
    let (mut ops, mut expect) = (Vec::new(), Vec::new());
    let mut current = 0usize;
    for i in 0..PATTERN_ACCESSES {
        if i > 0 && i % phase == 0 {
            current ^= 1;
            ops.push(Op::WriteCr3 {
                value: cr3(&spaces[current], current as u64),
            });
        }
        let va = VA_BASE + rng.below(pages) * 4096 + random_in(rng, 4096);
        expect.push(spaces[current].touch(va, PageSize::Size4K));
        ops.push(read(va));
    }
    let control = Control {
        cr4_pcide: pcid,
        cr3: cr3(&spaces[0], 0) & !CR3_NOFLUSH,
        ..Control::default()
    };
    let (name, key) = if pcid {
        (
            "two address spaces, 8 pages each, MOV CR3 every 128 (PCIDE=1, no-flush)",
            "two_spaces_pcid",
        )
    } else {
        (
            "two address spaces, 8 pages each, MOV CR3 every 128 (PCIDE=0, flush)",
            "two_spaces_flush",
        )
    };
    Pattern {
        name: name.into(),
        key: key.into(),
        control,
        memory: memory_of(&[&spaces[0], &spaces[1]]),
        ops,
        expect,
        pages: (spaces[0].mapped.len() + spaces[1].mapped.len()) as u64,
        bytes: spaces[0].mapped_bytes() + spaces[1].mapped_bytes(),
    }
}

/// Both ports at once: every op is a pair, a fetch walking sequentially through 64 KiB of code (4-byte steps, so the
/// ITLB holds the stream) and a read at random in 1 MiB of data, offered in the same cycle.
fn code_and_data(rng: &mut Rng) -> Pattern {
    let mut space = Space::new(TABLES, PA_BASE, true);
    let code_base = VA_BASE + (1 << 30);
    let (mut ops, mut expect) = (Vec::new(), Vec::new());
    for i in 0..PATTERN_ACCESSES as u64 / 2 {
        let fetch = code_base + (i * 4) % (64 << 10);
        let data = VA_BASE + random_in(rng, 1 << 20);
        expect.push(space.touch(fetch, PageSize::Size4K));
        expect.push(space.touch(data, PageSize::Size4K));
        ops.push(Op::Pair {
            fetch: Access {
                va: fetch,
                kind: AccessKind::Fetch,
                user: false,
            },
            data: Access {
                va: data,
                kind: AccessKind::Read,
                user: false,
            },
        });
    }
    let control = Control {
        cr3: space.cr3(),
        ..Control::default()
    };
    Pattern {
        name: "fetch + read pairs: 64 KiB code, 1 MiB data".into(),
        key: "pairs_code64k_data1m".into(),
        control,
        memory: memory_of(&[&space]),
        ops,
        expect,
        pages: space.mapped.len() as u64,
        bytes: space.mapped_bytes(),
    }
}

pub fn patterns() -> Vec<Pattern> {
    let mut rng = Rng::new(0x6d6d_7562_656e_6368);
    let mut all = vec![
        sequential(4096, "sequential, 4 KiB stride", "seq_4k"),
        sequential(64, "sequential, 64 B stride", "seq_64b"),
    ];
    for (ws, label) in [
        (16u64 << 10, "16 KiB"),
        (64 << 10, "64 KiB"),
        (1 << 20, "1 MiB"),
        (8 << 20, "8 MiB"),
        (16 << 20, "16 MiB"),
        (256 << 20, "256 MiB"),
        (1 << 30, "1 GiB"),
    ] {
        all.push(uniform(&mut rng, ws, label));
    }
    all.push(pointer_chase(&mut rng, 1024, 256 << 20, "256 MiB"));
    all.push(mixed_sizes(&mut rng));
    all.push(two_spaces(&mut rng, true));
    all.push(two_spaces(&mut rng, false));
    all.push(code_and_data(&mut rng));
    all
}
