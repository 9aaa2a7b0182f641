//! `make bench`, hardware section: what the MMU costs in cycles, measured on the cycle-accurate RTL
//! (`mmu_sim::rtl::RtlEngine`, the rust-hdl simulation) running scenarios built here, and what it costs in FPGA area and
//! Fmax (the table `make synth` wrote).
//!
//! 1. TLB hits: latency, and sustained throughput as the engine issues them and with the ports driven directly.
//! 2. Miss latency per page size and memory latency L, paging-structure cache (PWC) off and on: cold walks with the
//!    accessed flags set or clear, and a 4K miss whose PDE the PWC holds; next to each the floor (dependent reads x L) and
//!    the targets.
//! 3. TLB hit rate and cycles per access on access patterns (16 TLB entries, L = 2), PWC off and on.
//! 4. FPGA area and Fmax from `out/synth/synth.json` (`MMU_SYNTH_JSON`), or a note that it is missing.
//!
//! Prints progress on stderr and the markdown on stdout; writes `hw.md`, `hw.json` and SVG plots to `out/bench/`
//! (`MMU_BENCH_OUT`). Every simulated op has a cycle limit, and every access is checked to translate to the physical
//! address its mapping gives.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

use mmu_arch::{
    Access, AccessKind, Config, Control, Op, Outcome, OutcomeCode, PageSize, CR3_NOFLUSH,
    PWC_ENTRIES_DEFAULT,
};
use mmu_model::engine::Scenario;
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_model::random::Rng;
use mmu_model::walker::bit;
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, Outputs};
use mmu_sim::rtl::memory::{MemTiming, RtlMemory};
use mmu_sim::rtl::{RtlEngine, RtlOptions, RtlRun};
use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde_json::{json, Value};

const TLB_ENTRIES: usize = 16;
const PADDR_BITS: u32 = 40;
/// Cycles one op may take (the slowest here, a 4K walk writing four A flags at L = 20, takes under 200).
const CYCLE_LIMIT: u64 = 2_000;
/// Memory latencies of the miss measurements.
const LATENCIES: [u32; 4] = [1, 2, 5, 20];
/// Memory latency of the hit and pattern measurements.
const LATENCY: u32 = 2;
/// The paging-structure cache off and on (its default size).
const PWC: [usize; 2] = [0, PWC_ENTRIES_DEFAULT];
/// Accesses per pattern.
const PATTERN_ACCESSES: usize = 4096;
/// Two lengths of hit stream: the throughput is the difference in hits over the difference in cycles.
const HIT_STREAMS: [usize; 2] = [1000, 5000];

/// Where the page tables of the first address space start, and of the second.
const TABLES: u64 = 0x10_0000;
const TABLES_2: u64 = 0x1000_0000;
/// Physical bases the address spaces map to: PA = base + VA bits 37:0 (aligned for every page size).
const PA_BASE: u64 = 0x80_0000_0000;
const PA_BASE_2: u64 = 0xc0_0000_0000;
/// Where the patterns' pages live (1 GiB aligned, canonical).
const VA_BASE: u64 = 0x0000_1000_0000_0000;

fn pwc_name(pwc: usize) -> String {
    if pwc == 0 {
        "off".into()
    } else {
        format!("on ({pwc})")
    }
}

fn read(va: u64) -> Op {
    Op::Access(Access {
        va,
        kind: AccessKind::Read,
        user: false,
    })
}

fn config(mem_latency: u32, pwc_entries: usize) -> Config {
    Config {
        tlb_entries: TLB_ENTRIES,
        paddr_bits: PADDR_BITS,
        mem_latency,
        pwc_entries,
    }
}

/// One address space whose pages are mapped on first touch, each to `pa_base` + the VA's bits 37:0.
struct Space {
    tables: PageTables,
    pa_base: u64,
    /// Pages mapped: base VA -> size.
    mapped: BTreeMap<u64, PageSize>,
    /// Accessed (and dirty) flags preset at every level.
    accessed: bool,
}

impl Space {
    fn new(root: u64, pa_base: u64, accessed: bool) -> Space {
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

    fn pa(&self, va: u64) -> u64 {
        self.pa_base + (va & ((1 << 38) - 1))
    }

    /// Maps the page of `size` holding `va` unless it is mapped; returns the PA `va` translates to.
    fn touch(&mut self, va: u64, size: PageSize) -> u64 {
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

    fn cr3(&self) -> u64 {
        self.tables.pml4()
    }

    /// Mapped memory in bytes.
    fn mapped_bytes(&self) -> u64 {
        self.mapped.values().map(|s| s.bytes()).sum()
    }
}

/// The words of several address spaces in one memory (their tables must not overlap).
fn memory_of(spaces: &[&Space]) -> Vec<(u64, u64)> {
    let mut all = BTreeMap::new();
    for s in spaces {
        for (a, v) in s.tables.words() {
            assert!(all.insert(a, v).is_none(), "page tables overlap at {a:#x}");
        }
    }
    all.into_iter().collect()
}

/// Runs every simulation, checking results and adding up the simulated cycles.
struct Bench {
    sim_cycles: u64,
    sim_seconds: f64,
}

impl Bench {
    /// Runs `sc` on the RTL engine; every access must succeed with the PA in `expect` (one per access, in order).
    fn run(&mut self, sc: &Scenario, expect: &[u64]) -> RtlRun {
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

fn cycles_of(run: &RtlRun, access: usize) -> u64 {
    run.result.results[access]
        .cycles
        .expect("the rtl engine times accesses")
}

fn hit_of(run: &RtlRun, access: usize) -> bool {
    run.result.results[access]
        .tlb_hit
        .expect("the rtl engine reports hits")
}

// ---------------------------------------------------------------------------------------------------------------------
// 1. Hits

struct HitFigures {
    latency_min: u64,
    latency_max: u64,
    hits_measured: usize,
    /// The engine: hits and cycles of the two streams.
    engine_streams: Vec<(usize, u64)>,
    engine_hits_per_cycle: f64,
    /// Ports driven directly: hits, span of response cycles.
    port_hits: u64,
    port_span: u64,
}

fn hits(b: &mut Bench) -> HitFigures {
    let va = VA_BASE;
    let mut space = Space::new(TABLES, PA_BASE, true);
    let pa = space.touch(va, PageSize::Size4K);
    let control = Control {
        cr3: space.cr3(),
        ..Control::default()
    };
    let memory = memory_of(&[&space]);
    let (mut lo, mut hi, mut measured) = (u64::MAX, 0, 0);
    let mut streams = Vec::new();
    for n in HIT_STREAMS {
        let offsets: Vec<u64> = (0..=n as u64).map(|k| (k * 8) % 4096).collect();
        let sc = Scenario {
            config: config(LATENCY, PWC_ENTRIES_DEFAULT),
            control,
            memory: memory.clone(),
            ops: offsets.iter().map(|&o| read(va + o)).collect(),
        };
        let expect: Vec<u64> = offsets.iter().map(|&o| pa + o).collect();
        let run = b.run(&sc, &expect);
        assert!(!hit_of(&run, 0), "the first access walks");
        for k in 1..=n {
            assert!(hit_of(&run, k), "access {k} of the hit stream missed");
            let c = cycles_of(&run, k);
            lo = lo.min(c);
            hi = hi.max(c);
        }
        measured += n;
        streams.push((n, run.coverage.cycles));
        eprintln!(
            "hits: {n} hits after one walk: {} cycles in all",
            run.coverage.cycles
        );
    }
    let (n1, c1) = streams[0];
    let (n2, c2) = streams[1];
    let per_cycle = (n2 - n1) as f64 / (c2 - c1) as f64;
    let (port_hits, port_span) = port_stream(&memory, &control, va, pa, HIT_STREAMS[1]);
    eprintln!(
        "hits: engine {per_cycle:.3} hits/cycle; ports driven directly: {port_hits} hits in {port_span} cycles"
    );
    HitFigures {
        latency_min: lo,
        latency_max: hi,
        hits_measured: measured,
        engine_streams: streams,
        engine_hits_per_cycle: per_cycle,
        port_hits,
        port_span,
    }
}

/// The hit stream with the ports driven cycle by cycle here rather than by the engine: after one walk fills the TLB,
/// `req_valid` stays high and the address moves on every cycle a request is taken. Returns the hits answered and the
/// cycles from the first response to the last, both ends included.
fn port_stream(memory: &[(u64, u64)], control: &Control, va: u64, pa: u64, n: usize) -> (u64, u64) {
    let mut mmu = HdlMmu::new(&Config {
        tlb_entries: TLB_ENTRIES,
        paddr_bits: PADDR_BITS,
        pwc_entries: PWC_ENTRIES_DEFAULT,
        mem_latency: LATENCY,
    })
    .expect("an MMU of the bench's size");
    let mut mem = RtlMemory::new(Memory::from_words(memory), MemTiming::fixed(LATENCY));
    let mut inputs = Inputs::default();
    drive_control(&mut inputs, control);
    let mut cycle = 0u64;
    let mut step = |inputs: &mut Inputs| -> Outputs {
        let (ready, valid, data, err) = mem.drive();
        inputs.mem_req_ready = ready;
        inputs.mem_rsp_valid = valid;
        inputs.mem_rsp_data = data;
        inputs.mem_rsp_err = err;
        let out = mmu.settle(inputs);
        mem.edge(
            out.mem_req_valid,
            out.mem_req_addr,
            out.mem_req_we,
            out.mem_req_wdata,
        )
        .expect("memory protocol");
        mmu.rise();
        cycle += 1;
        assert!(
            cycle < CYCLE_LIMIT * 4 + 4 * n as u64,
            "port stream: cycle limit"
        );
        out
    };
    inputs.reset = true;
    step(&mut inputs);
    inputs.reset = false;
    // the walk that fills the TLB
    inputs.req_valid = true;
    inputs.req_va = va;
    while !step(&mut inputs).req_ready {}
    inputs.req_valid = false;
    while !step(&mut inputs).rsp_valid {}
    // the stream
    let (mut issued, mut answered, mut hits) = (0u64, 0u64, 0u64);
    let (mut first, mut last) = (None, 0u64);
    let mut t = 0u64;
    while answered < n as u64 {
        let offset = (issued * 8) % 4096;
        inputs.req_valid = issued < n as u64;
        inputs.req_va = va + offset;
        let out = step(&mut inputs);
        if out.rsp_valid {
            assert_eq!(out.rsp_outcome, OutcomeCode::Ok, "port stream: outcome");
            let want = pa + (answered * 8) % 4096;
            assert_eq!(out.rsp_pa, want, "port stream: response {answered}");
            answered += 1;
            hits += out.rsp_tlb_hit as u64;
            first.get_or_insert(t);
            last = t;
        }
        if inputs.req_valid && out.req_ready {
            issued += 1;
        }
        t += 1;
    }
    (hits, last - first.expect("responses") + 1)
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. Misses

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Miss {
    /// Empty TLB and PWC, accessed flags set at every level.
    ColdASet,
    /// Empty TLB and PWC, accessed flags clear: the walk writes them.
    ColdAClear,
    /// A 4K page in the 2 MiB region of a page accessed just before (its PDE cached when the PWC is on).
    PdeCached,
}

impl Miss {
    const ALL: [Miss; 3] = [Miss::ColdASet, Miss::ColdAClear, Miss::PdeCached];

    fn name(self) -> &'static str {
        match self {
            Miss::ColdASet => "cold walk, A set",
            Miss::ColdAClear => "cold walk, A clear (written back)",
            Miss::PdeCached => "4K miss, PDE cached",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Miss::ColdASet => "cold_a_set",
            Miss::ColdAClear => "cold_a_clear",
            Miss::PdeCached => "pde_cached",
        }
    }

    fn sizes(self) -> &'static [PageSize] {
        match self {
            Miss::PdeCached => &[PageSize::Size4K],
            _ => &PageSize::ALL,
        }
    }
}

struct MissRow {
    kind: Miss,
    size: PageSize,
    latency: u32,
    pwc: usize,
    cycles: u64,
    reads: u64,
    writes: u64,
    /// Dependent reads the access needs at least, times L.
    floor: u64,
    /// The target that applies: its text and its bound in cycles.
    target: Option<(String, u64)>,
}

impl MissRow {
    fn met(&self) -> Option<bool> {
        self.target.as_ref().map(|(_, bound)| self.cycles <= *bound)
    }
}

fn miss_va(size: PageSize) -> u64 {
    match size {
        PageSize::Size4K => 0x0000_7f12_3456_7000,
        PageSize::Size2M => 0x0000_7f12_3440_0000,
        PageSize::Size1G => 0x0000_7f12_4000_0000,
    }
}

fn levels(size: PageSize) -> u64 {
    match size {
        PageSize::Size4K => 4,
        PageSize::Size2M => 3,
        PageSize::Size1G => 2,
    }
}

fn miss(b: &mut Bench, kind: Miss, size: PageSize, latency: u32, pwc: usize) -> MissRow {
    let mut space = Space::new(TABLES, PA_BASE, kind != Miss::ColdAClear);
    let va = miss_va(size);
    let offset = 0x238;
    let mut vas = vec![va + offset];
    if kind == Miss::PdeCached {
        vas.push(va + 0x1000 + offset);
    }
    let expect: Vec<u64> = vas.iter().map(|&v| space.touch(v, size)).collect();
    let sc = Scenario {
        config: config(latency, pwc),
        control: Control {
            cr3: space.cr3(),
            ..Control::default()
        },
        memory: memory_of(&[&space]),
        ops: vas.iter().map(|&v| read(v)).collect(),
    };
    let run = b.run(&sc, &expect);
    let last = vas.len() - 1;
    assert!(
        !hit_of(&run, last),
        "{}: the measured access hit",
        kind.name()
    );
    let (mut reads, mut writes) = (run.coverage.mem_reads, run.coverage.mem_writes);
    if last > 0 {
        // the memory traffic of the measured access alone: take away the run without it
        let prefix = Scenario {
            ops: sc.ops[..last].to_vec(),
            ..sc.clone()
        };
        let before = b.run(&prefix, &expect[..last]);
        reads -= before.coverage.mem_reads;
        writes -= before.coverage.mem_writes;
    }
    let l = latency as u64;
    let (floor, target) = match kind {
        Miss::PdeCached => (
            if pwc > 0 { l } else { 4 * l },
            Some(("4K miss with PDE cached <= L + 4".to_string(), l + 4)),
        ),
        _ if size == PageSize::Size4K => (
            4 * l,
            Some(("cold 4-level walk <= 4L + 8".to_string(), 4 * l + 8)),
        ),
        _ => (levels(size) * l, None),
    };
    MissRow {
        kind,
        size,
        latency,
        pwc,
        cycles: cycles_of(&run, last),
        reads,
        writes,
        floor,
        target,
    }
}

fn misses(b: &mut Bench) -> Vec<MissRow> {
    let mut rows = Vec::new();
    for kind in Miss::ALL {
        for &size in kind.sizes() {
            for latency in LATENCIES {
                for pwc in PWC {
                    let row = miss(b, kind, size, latency, pwc);
                    eprintln!(
                        "miss: {}, {}, L={latency}, PWC {}: {} cycles ({} reads, {} writes)",
                        kind.name(),
                        size.name(),
                        pwc_name(pwc),
                        row.cycles,
                        row.reads,
                        row.writes
                    );
                    rows.push(row);
                }
            }
        }
    }
    rows
}

// ---------------------------------------------------------------------------------------------------------------------
// 3. Access patterns

/// A pattern's scenario without its configuration, and the PA of each access.
struct Pattern {
    name: String,
    key: String,
    control: Control,
    memory: Vec<(u64, u64)>,
    ops: Vec<Op>,
    expect: Vec<u64>,
    /// Pages mapped (of any size) and the memory they map.
    pages: u64,
    bytes: u64,
}

impl Pattern {
    fn one_space(name: &str, key: &str, space: &Space, vas: &[u64], expect: Vec<u64>) -> Pattern {
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
fn size_name(bytes: u64) -> String {
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

fn patterns() -> Vec<Pattern> {
    let mut rng = Rng::new(0x6d6d_7562_656e_6368);
    let mut all = vec![
        sequential(4096, "sequential, 4 KiB stride", "seq_4k"),
        sequential(64, "sequential, 64 B stride", "seq_64b"),
    ];
    for (ws, label) in [
        (16u64 << 10, "16 KiB"),
        (64 << 10, "64 KiB"),
        (1 << 20, "1 MiB"),
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
    all
}

struct PatternRow {
    name: String,
    key: String,
    pwc: usize,
    accesses: u64,
    pages: u64,
    bytes: u64,
    hits: u64,
    walks: u64,
    mean_cycles: f64,
    mem_reads: u64,
    mem_writes: u64,
    sim_cycles: u64,
}

impl PatternRow {
    fn hit_rate(&self) -> f64 {
        self.hits as f64 / self.accesses as f64
    }
}

fn pattern_rows(b: &mut Bench) -> Vec<PatternRow> {
    let mut rows = Vec::new();
    for p in patterns() {
        for pwc in PWC {
            let sc = Scenario {
                config: config(LATENCY, pwc),
                control: p.control,
                memory: p.memory.clone(),
                ops: p.ops.clone(),
            };
            let run = b.run(&sc, &p.expect);
            let results = &run.result.results;
            let total: u64 = (0..results.len()).map(|k| cycles_of(&run, k)).sum();
            let c = &run.coverage;
            let row = PatternRow {
                name: p.name.clone(),
                key: p.key.clone(),
                pwc,
                accesses: c.accesses,
                pages: p.pages,
                bytes: p.bytes,
                hits: c.tlb_hits,
                walks: c.walks,
                mean_cycles: total as f64 / results.len() as f64,
                mem_reads: c.mem_reads,
                mem_writes: c.mem_writes,
                sim_cycles: c.cycles,
            };
            eprintln!(
                "pattern: {}, PWC {}: hit rate {:.1}%, {:.2} cycles/access",
                p.name,
                pwc_name(pwc),
                100.0 * row.hit_rate(),
                row.mean_cycles
            );
            rows.push(row);
        }
    }
    rows
}

// ---------------------------------------------------------------------------------------------------------------------
// 4. FPGA

struct FpgaRow {
    entries: u64,
    target: String,
    lut4: u64,
    ff: u64,
    fmax: Option<f64>,
    note: String,
}

/// The rows of `make synth`'s JSON, or why there are none.
fn fpga(path: &Path) -> Result<(Vec<FpgaRow>, String), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{} is missing ({e}): run `make synth`", path.display()))?;
    let rows: Vec<Value> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{} is not the JSON `make synth` writes: {e}",
            path.display()
        )
    })?;
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| utc(d.as_secs()))
        .unwrap_or_else(|| "unknown".into());
    let mut out = Vec::new();
    for r in rows {
        let design = r["design"].as_str().unwrap_or("");
        let entries = design
            .strip_prefix("tlb")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("{}: design {design:?} is not tlbN", path.display()))?;
        out.push(FpgaRow {
            entries,
            target: r["target"].as_str().unwrap_or("?").to_string(),
            lut4: r["lut4"].as_u64().unwrap_or(0),
            ff: r["ff"].as_u64().unwrap_or(0),
            fmax: r["fmax_mhz"].as_f64(),
            note: r["pnr_error"].as_str().unwrap_or("").to_string(),
        });
    }
    out.sort_by_key(|r| r.entries);
    Ok((out, modified))
}

/// The RTL sources (`hdl/src/*.rs`) changed after `path` was written: its figures may not describe the current design.
fn rtl_newer_than(path: &Path) -> Vec<String> {
    let Ok(written) = std::fs::metadata(path).and_then(|m| m.modified()) else {
        return Vec::new();
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("hdl/src");
    let mut newer: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t > written)
        })
        .map(|e| format!("hdl/src/{}", e.file_name().to_string_lossy()))
        .collect();
    newer.sort();
    newer
}

/// `secs` since the Unix epoch as a UTC date and time.
fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // civil-from-days (Howard Hinnant)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem / 60 % 60
    )
}

// ---------------------------------------------------------------------------------------------------------------------
// Plots

type PlotResult = Result<(), Box<dyn std::error::Error>>;

/// A linear axis whose ticks are exactly the given values (plotters' `WithKeyPoints` cannot label an `f64` axis).
#[derive(Clone)]
struct Ticks {
    range: Range<f64>,
    at: Vec<f64>,
}

impl Ticks {
    fn new(range: Range<f64>, at: Vec<f64>) -> Ticks {
        Ticks { range, at }
    }
}

impl Ranged for Ticks {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let f = (value - self.range.start) / (self.range.end - self.range.start);
        limit.0 + (f * (limit.1 - limit.0) as f64).round() as i32
    }

    fn key_points<H: KeyPointHint>(&self, _hint: H) -> Vec<f64> {
        self.at.clone()
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}

impl ValueFormatter<f64> for Ticks {
    fn format(value: &f64) -> String {
        format!("{value}")
    }
}

const KIND_COLORS: [RGBColor; 3] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
];
const OFF_COLOR: RGBColor = RGBColor(170, 170, 170);
const ON_COLOR: RGBColor = RGBColor(31, 119, 180);

fn legend_line(color: RGBColor, width: u32) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(width))
}

/// Miss latency against L, one panel per page size: each kind of miss with the PWC off (dashed, crosses) and on
/// (solid, circles), and the floor.
fn plot_misses(rows: &[MissRow], path: &Path) -> PlotResult {
    let root = SVGBackend::new(path, (1500, 600)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((1, 3));
    for (panel, size) in panels.iter().zip(PageSize::ALL) {
        let of_size: Vec<&MissRow> = rows.iter().filter(|r| r.size == size).collect();
        let top = of_size.iter().map(|r| r.cycles).max().unwrap_or(1) as f64 * 1.6;
        let mut chart = ChartBuilder::on(panel)
            .caption(
                format!("{} page: miss latency", size.name()),
                ("sans-serif", 20),
            )
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(
                Ticks::new(0.0..21.0, LATENCIES.iter().map(|&l| l as f64).collect()),
                0f64..top,
            )?;
        chart
            .configure_mesh()
            .x_desc("memory latency L (cycles)")
            .y_desc("cycles, request to response")
            .y_label_formatter(&|y| format!("{y:.0}"))
            .light_line_style(WHITE)
            .draw()?;
        for (k, kind) in Miss::ALL.into_iter().enumerate() {
            if !kind.sizes().contains(&size) {
                continue;
            }
            for pwc in PWC {
                let points: Vec<(f64, f64)> = of_size
                    .iter()
                    .filter(|r| r.kind == kind && r.pwc == pwc)
                    .map(|r| (r.latency as f64, r.cycles as f64))
                    .collect();
                let color = KIND_COLORS[k];
                let label = format!("{}, PWC {}", kind.name(), pwc_name(pwc));
                if pwc == 0 {
                    let style = color.stroke_width(1);
                    chart.draw_series(DashedLineSeries::new(points.clone(), 6, 4, style))?;
                    chart
                        .draw_series(points.iter().map(|&p| Cross::new(p, 5, style)))?
                        .label(label)
                        .legend(move |(x, y)| {
                            EmptyElement::at((x, y))
                                + PathElement::new(vec![(0, 0), (20, 0)], style)
                                + Cross::new((10, 0), 4, style)
                        });
                } else {
                    chart
                        .draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(3))?
                        .label(label)
                        .legend(legend_line(color, 2));
                }
            }
        }
        let floor = |mult: u64| -> Vec<(f64, f64)> {
            LATENCIES
                .iter()
                .map(|&l| (l as f64, (mult * l as u64) as f64))
                .collect()
        };
        chart
            .draw_series(LineSeries::new(floor(levels(size)), BLACK.stroke_width(1)))?
            .label(format!("floor: {} reads x L", levels(size)))
            .legend(legend_line(BLACK, 1));
        if size == PageSize::Size4K {
            let grey = RGBColor(120, 120, 120);
            chart
                .draw_series(LineSeries::new(floor(1), grey.stroke_width(1)))?
                .label("floor with PDE cached: 1 read x L")
                .legend(legend_line(grey, 1));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 12))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

/// Horizontal bars, one group per pattern, one bar per PWC setting, each labelled with its value.
fn plot_pattern_bars(
    rows: &[PatternRow],
    path: &Path,
    title: &str,
    x_desc: &str,
    value: impl Fn(&PatternRow) -> f64,
    x_ticks: Vec<f64>,
) -> PlotResult {
    let names: Vec<&str> = {
        let mut v: Vec<&str> = Vec::new();
        for r in rows {
            if !v.contains(&r.name.as_str()) {
                v.push(&r.name);
            }
        }
        v
    };
    let n = names.len();
    let height = 120 + 46 * n as u32;
    let root = SVGBackend::new(path, (1300, height)).into_drawing_area();
    root.fill(&WHITE)?;
    // room on the right for the value labels and the legend
    let x_max = x_ticks.last().copied().unwrap_or(1.0) * 1.22;
    // pattern i is drawn at y = n - 1 - i, so the first is at the top
    let ys: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(470)
        .build_cartesian_2d(
            Ticks::new(0.0..x_max, x_ticks),
            Ticks::new(-0.6..n as f64 - 0.4, ys),
        )?;
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_label_formatter(&|y| {
            let i = y.round() as usize;
            if i < n {
                names[n - 1 - i].to_string()
            } else {
                String::new()
            }
        })
        .disable_y_mesh()
        .draw()?;
    let label_style =
        TextStyle::from(("sans-serif", 11).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    for (j, pwc) in PWC.into_iter().enumerate() {
        let color = if j == 0 { OFF_COLOR } else { ON_COLOR };
        let bar = |r: &PatternRow| {
            let i = names.iter().position(|&nm| nm == r.name).expect("named");
            let y = (n - 1 - i) as f64;
            // the PWC-off bar above, the PWC-on bar below
            if j == 0 {
                (y, y + 0.38)
            } else {
                (y - 0.38, y)
            }
        };
        chart
            .draw_series(rows.iter().filter(|r| r.pwc == pwc).map(|r| {
                let (y0, y1) = bar(r);
                Rectangle::new([(0.0, y0), (value(r), y1)], color.filled())
            }))?
            .label(format!("PWC {}", pwc_name(pwc)))
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], color.filled()));
        chart.draw_series(rows.iter().filter(|r| r.pwc == pwc).map(|r| {
            let (y0, y1) = bar(r);
            Text::new(
                format!("{:.2}", value(r)),
                (value(r) + x_max * 0.004, (y0 + y1) / 2.0),
                label_style.clone(),
            )
        }))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

/// LUT4 and Fmax against TLB entries, one line per FPGA.
fn plot_fpga(rows: &[FpgaRow], path: &Path) -> PlotResult {
    let root = SVGBackend::new(path, (1200, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((1, 2));
    let mut targets: Vec<&str> = Vec::new();
    for r in rows {
        if !targets.contains(&r.target.as_str()) {
            targets.push(&r.target);
        }
    }
    let entries: Vec<f64> = {
        let set: BTreeSet<u64> = rows.iter().map(|r| r.entries).collect();
        set.into_iter().map(|e| e as f64).collect()
    };
    let x_range = || {
        Ticks::new(
            entries.first().copied().unwrap_or(8.0) * 0.5
                ..entries.last().copied().unwrap_or(32.0) * 1.125,
            entries.clone(),
        )
    };
    type Metric = fn(&FpgaRow) -> Option<f64>;
    let metrics: [(&str, &str, Metric); 2] = [
        ("area (Yosys, mmu module)", "LUT4", |r| Some(r.lut4 as f64)),
        ("Fmax (nextpnr, wrapped design)", "Fmax (MHz)", |r| r.fmax),
    ];
    for (panel, (title, y_desc, metric)) in panels.iter().zip(metrics) {
        let top = rows.iter().filter_map(metric).fold(1.0, f64::max) * 1.3;
        let mut chart = ChartBuilder::on(panel)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(x_range(), 0f64..top)?;
        chart
            .configure_mesh()
            .x_desc("TLB entries")
            .y_desc(y_desc)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .light_line_style(WHITE)
            .draw()?;
        for (t, target) in targets.iter().enumerate() {
            let color = KIND_COLORS[t % KIND_COLORS.len()];
            let of: Vec<&FpgaRow> = rows.iter().filter(|r| r.target == *target).collect();
            let points: Vec<(f64, f64)> = of
                .iter()
                .filter_map(|r| metric(r).map(|v| (r.entries as f64, v)))
                .collect();
            let missing: Vec<String> = of
                .iter()
                .filter(|r| metric(r).is_none())
                .map(|r| format!("{}: {}", r.entries, r.note))
                .collect();
            let label = if missing.is_empty() {
                target.to_string()
            } else {
                format!("{target} ({})", missing.join("; "))
            };
            chart
                .draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(4))?
                .label(label)
                .legend(legend_line(color, 2));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 12))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

fn plot(what: &str, path: &Path, result: PlotResult, written: &mut Vec<PathBuf>) {
    match result {
        Ok(()) => {
            eprintln!("plot: {what}: {}", path.display());
            written.push(path.to_path_buf());
        }
        Err(e) => eprintln!("plot: {what}: FAILED: {e}"),
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Report

fn yes_no(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "**not met**",
        None => "-",
    }
}

fn main() {
    let out = PathBuf::from(std::env::var("MMU_BENCH_OUT").unwrap_or_else(|_| "out/bench".into()));
    std::fs::create_dir_all(&out).expect("create the bench output folder");
    let synth_json = PathBuf::from(
        std::env::var("MMU_SYNTH_JSON").unwrap_or_else(|_| "out/synth/synth.json".into()),
    );
    let t0 = Instant::now();
    let mut b = Bench {
        sim_cycles: 0,
        sim_seconds: 0.0,
    };

    let hit = hits(&mut b);
    let miss_rows = misses(&mut b);
    let pattern_rows = pattern_rows(&mut b);
    let fpga_data = fpga(&synth_json);
    let stale = rtl_newer_than(&synth_json);
    match &fpga_data {
        Ok((rows, when)) => eprintln!(
            "fpga: {} rows from {} ({when})",
            rows.len(),
            synth_json.display()
        ),
        Err(why) => eprintln!("fpga: {why}"),
    }

    // PWC off and on side by side: did the setting change anything at all?
    let same_misses = miss_rows.chunks(2).all(|p| p[0].cycles == p[1].cycles);
    let same_patterns = pattern_rows
        .chunks(2)
        .all(|p| p[0].mean_cycles == p[1].mean_cycles && p[0].mem_reads == p[1].mem_reads);
    let pwc_note = if same_misses && same_patterns {
        "PWC off and on gave the same cycle counts and memory reads in every measurement: in the RTL measured, \
         `pwc_entries` has no effect."
    } else {
        ""
    };

    // ---- markdown
    let mut md = String::new();
    writeln!(
        md,
        "## Hardware: latency, throughput, hit rates, FPGA area\n\n\
         Measured on the rust-hdl RTL (`RtlEngine`, cycle-accurate), {TLB_ENTRIES} TLB entries, MAXPHYADDR {PADDR_BITS}. \
         PWC = paging-structure cache: off = `pwc_entries` 0, on = the default, {PWC_ENTRIES_DEFAULT} entries. \
         Cycles of an access: from the cycle the request is accepted to the cycle of its response."
    )
    .unwrap();
    if !pwc_note.is_empty() {
        writeln!(md, "\n{pwc_note}").unwrap();
    }

    writeln!(md, "\n### TLB hits (L = {LATENCY})\n").unwrap();
    writeln!(md, "| measure | value |\n|---|---|").unwrap();
    writeln!(
        md,
        "| hit latency | {} (measured on each of {} hits) |",
        if hit.latency_min == hit.latency_max {
            format!(
                "{} cycle{}",
                hit.latency_max,
                if hit.latency_max == 1 { "" } else { "s" }
            )
        } else {
            format!("{} to {} cycles", hit.latency_min, hit.latency_max)
        },
        hit.hits_measured
    )
    .unwrap();
    let (n1, c1) = hit.engine_streams[0];
    let (n2, c2) = hit.engine_streams[1];
    writeln!(
        md,
        "| sustained hits, as `RtlEngine` issues them (next request after the response) | {:.3} hits/cycle \
         ({} more hits took {} more cycles: {n1} hits in {c1}, {n2} in {c2}, each run with its fill) |",
        hit.engine_hits_per_cycle,
        n2 - n1,
        c2 - c1
    )
    .unwrap();
    writeln!(
        md,
        "| sustained hits, ports driven directly (`req_valid` held high) | {:.3} hits/cycle ({} hits answered in {} \
         consecutive cycles) |",
        hit.port_hits as f64 / hit.port_span as f64,
        hit.port_hits,
        hit.port_span
    )
    .unwrap();

    writeln!(
        md,
        "\n### Miss latency\n\n\
         Floor: dependent reads x L (4L for a 4K walk, 3L for 2M, 2L for 1G; a 4K miss with its PDE cached needs 1 read, \
         4 without the cache). Accessed-flag write-backs are not in the floor; the reads and writes columns are the \
         memory traffic the access made.\n\n\
         | miss | page | L | PWC | cycles | floor | over floor | reads | writes | target | |\n\
         |---|---|---:|---|---:|---:|---:|---:|---:|---|---|"
    )
    .unwrap();
    for r in &miss_rows {
        writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.kind.name(),
            r.size.name(),
            r.latency,
            pwc_name(r.pwc),
            r.cycles,
            r.floor,
            r.cycles as i64 - r.floor as i64,
            r.reads,
            r.writes,
            r.target
                .as_ref()
                .map_or("-".to_string(), |(t, b)| format!("{t} = {b}")),
            yes_no(r.met())
        )
        .unwrap();
    }

    writeln!(
        md,
        "\n### Access patterns ({PATTERN_ACCESSES} reads each, L = {LATENCY}, {TLB_ENTRIES} TLB entries, accessed \
         flags preset)\n\n\
         | pattern | PWC | pages mapped | TLB hit rate | cycles/access | walks | memory reads/access |\n\
         |---|---|---:|---:|---:|---:|---:|"
    )
    .unwrap();
    for r in &pattern_rows {
        writeln!(
            md,
            "| {} | {} | {} ({}) | {:.1}% | {:.2} | {} | {:.2} |",
            r.name,
            pwc_name(r.pwc),
            r.pages,
            size_name(r.bytes),
            100.0 * r.hit_rate(),
            r.mean_cycles,
            r.walks,
            r.mem_reads as f64 / r.accesses as f64
        )
        .unwrap();
    }

    writeln!(md, "\n### FPGA area and Fmax\n").unwrap();
    match &fpga_data {
        Ok((rows, when)) => {
            writeln!(
                md,
                "From `{}` (written {when} by `make synth`: Yosys `stat` of the `mmu` module, nextpnr Fmax of the \
                 design wrapped register to register).",
                synth_json.display()
            )
            .unwrap();
            if !stale.is_empty() {
                writeln!(
                    md,
                    "\n**RTL sources were modified after that run** ({}): these figures may not describe the current design; \
                     `make synth` measures it again.",
                    stale.join(", ")
                )
                .unwrap();
            }
            writeln!(
                md,
                "\n| TLB entries | FPGA | LUT4 | FF | Fmax (MHz) |\n|---:|---|---:|---:|---:|"
            )
            .unwrap();
            for r in rows {
                writeln!(
                    md,
                    "| {} | {} | {} | {} | {} |",
                    r.entries,
                    r.target,
                    r.lut4,
                    r.ff,
                    r.fmax.map_or_else(|| r.note.clone(), |f| format!("{f:.1}"))
                )
                .unwrap();
            }
        }
        Err(why) => writeln!(md, "No FPGA figures: {why}.").unwrap(),
    }

    // ---- plots
    let mut plots = Vec::new();
    let p = out.join("miss_latency.svg");
    plot("miss latency", &p, plot_misses(&miss_rows, &p), &mut plots);
    let p = out.join("patterns_hit_rate.svg");
    let r = plot_pattern_bars(
        &pattern_rows,
        &p,
        &format!("TLB hit rate per access pattern ({TLB_ENTRIES} entries, L = {LATENCY})"),
        "TLB hit rate (%)",
        |r| 100.0 * r.hit_rate(),
        (0..=10).map(|k| 10.0 * k as f64).collect(),
    );
    plot("hit rate", &p, r, &mut plots);
    let p = out.join("patterns_cycles.svg");
    let most = pattern_rows
        .iter()
        .map(|r| r.mean_cycles)
        .fold(1.0, f64::max);
    let step = if most > 20.0 {
        5.0
    } else if most > 10.0 {
        2.0
    } else {
        1.0
    };
    let ticks: Vec<f64> = (0..=(most / step).ceil() as u32)
        .map(|k| k as f64 * step)
        .collect();
    let r = plot_pattern_bars(
        &pattern_rows,
        &p,
        &format!("Cycles per access per access pattern ({TLB_ENTRIES} entries, L = {LATENCY})"),
        "mean cycles per access, request to response",
        |r| r.mean_cycles,
        ticks,
    );
    plot("cycles per access", &p, r, &mut plots);
    let p = out.join("fpga.svg");
    match &fpga_data {
        Ok((rows, _)) if !rows.is_empty() => plot("fpga", &p, plot_fpga(rows, &p), &mut plots),
        _ => {
            // no figures: no plot, and none left over from an earlier run
            let _ = std::fs::remove_file(&p);
        }
    }

    // ---- JSON
    let seconds = t0.elapsed().as_secs_f64();
    let json = json!({
        "config": {
            "tlb_entries": TLB_ENTRIES,
            "paddr_bits": PADDR_BITS,
            "pwc_entries_on": PWC_ENTRIES_DEFAULT,
            "cycle_limit_per_op": CYCLE_LIMIT,
            "engine": "rtl (rust-hdl, RtlEngine)",
        },
        "pwc_on_equals_off": same_misses && same_patterns,
        "hits": {
            "mem_latency": LATENCY,
            "latency_cycles_min": hit.latency_min,
            "latency_cycles_max": hit.latency_max,
            "hits_measured": hit.hits_measured,
            "engine": {
                "runs": hit.engine_streams.iter().map(|&(n, c)| json!({"hits": n, "run_cycles": c})).collect::<Vec<_>>(),
                "hits_per_cycle": hit.engine_hits_per_cycle,
            },
            "ports_driven_directly": {
                "hits": hit.port_hits,
                "cycles_first_to_last_response": hit.port_span,
                "hits_per_cycle": hit.port_hits as f64 / hit.port_span as f64,
            },
        },
        "misses": miss_rows.iter().map(|r| json!({
            "kind": r.kind.key(),
            "description": r.kind.name(),
            "page_size": r.size.name(),
            "mem_latency": r.latency,
            "pwc_entries": r.pwc,
            "cycles": r.cycles,
            "mem_reads": r.reads,
            "mem_writes": r.writes,
            "floor_cycles": r.floor,
            "target": r.target.as_ref().map(|(t, _)| t.clone()),
            "target_cycles": r.target.as_ref().map(|(_, b)| *b),
            "target_met": r.met(),
        })).collect::<Vec<_>>(),
        "patterns": pattern_rows.iter().map(|r| json!({
            "pattern": r.key,
            "description": r.name,
            "pwc_entries": r.pwc,
            "mem_latency": LATENCY,
            "accesses": r.accesses,
            "mapped_pages": r.pages,
            "mapped_bytes": r.bytes,
            "tlb_hits": r.hits,
            "hit_rate": r.hit_rate(),
            "walks": r.walks,
            "mean_cycles_per_access": r.mean_cycles,
            "mem_reads": r.mem_reads,
            "mem_writes": r.mem_writes,
            "run_cycles": r.sim_cycles,
        })).collect::<Vec<_>>(),
        "fpga": match &fpga_data {
            Ok((rows, when)) => json!({
                "source": synth_json.display().to_string(),
                "source_modified": when,
                "rtl_changed_since": stale,
                "available": true,
                "rows": rows.iter().map(|r| json!({
                    "tlb_entries": r.entries,
                    "target": r.target,
                    "lut4": r.lut4,
                    "ff": r.ff,
                    "fmax_mhz": r.fmax,
                    "pnr_error": if r.note.is_empty() { None } else { Some(&r.note) },
                })).collect::<Vec<_>>(),
            }),
            Err(why) => json!({
                "source": synth_json.display().to_string(),
                "available": false,
                "missing": why,
            }),
        },
        "plots": plots.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "simulated_cycles": b.sim_cycles,
        "simulation_seconds": b.sim_seconds,
        "seconds": seconds,
    });

    println!("\n{md}");
    std::fs::write(out.join("hw.md"), &md).expect("write hw.md");
    std::fs::write(
        out.join("hw.json"),
        serde_json::to_string_pretty(&json).unwrap() + "\n",
    )
    .expect("write hw.json");
    println!(
        "simulated {} cycles in {:.1} s ({:.1} s in all); written: {}/hw.md, {}/hw.json, {}",
        b.sim_cycles,
        b.sim_seconds,
        seconds,
        out.display(),
        out.display(),
        plots
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
}
