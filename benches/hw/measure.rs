//! The measurements: TLB hit latency and throughput, miss latency per page size, memory latency and PWC setting,
//! and hit rates and cycles per access of the access patterns.

use mmu_arch::{Config, Control, OutcomeCode, PageSize, TlbLevel, PWC_ENTRIES_DEFAULT};
use mmu_model::engine::Scenario;
use mmu_model::mem::Memory;
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, Outputs};
use mmu_sim::rtl::memory::{MemRequest, MemTiming, RtlMemory};

use crate::workload::{
    config, cycles_of, hit_of, memory_of, patterns, pwc_name, read, setup_name, Bench, Space,
    CYCLE_LIMIT, HIT_STREAMS, LATENCIES, LATENCY, PADDR_BITS, PA_BASE, PWC, SETUPS, TABLES,
    TLB_ENTRIES, VA_BASE,
};

// ---------------------------------------------------------------------------------------------------------------------
// 1. Hits

pub struct HitFigures {
    pub latency_min: u64,
    pub latency_max: u64,
    pub hits_measured: usize,
    /// The engine: hits and cycles of the two streams.
    pub engine_streams: Vec<(usize, u64)>,
    pub engine_hits_per_cycle: f64,
    /// Ports driven directly: hits, span of response cycles.
    pub port_hits: u64,
    pub port_span: u64,
}

pub fn hits(b: &mut Bench) -> HitFigures {
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
            config: config(LATENCY, PWC_ENTRIES_DEFAULT, true),
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
/// `data_req_valid` stays high and the address moves on every cycle a request is taken. Returns the hits answered and the
/// cycles from the first response to the last, both ends included.
fn port_stream(memory: &[(u64, u64)], control: &Control, va: u64, pa: u64, n: usize) -> (u64, u64) {
    let mut mmu = HdlMmu::new(&Config {
        tlb_entries: TLB_ENTRIES,
        paddr_bits: PADDR_BITS,
        pwc_entries: PWC_ENTRIES_DEFAULT,
        mem_latency: LATENCY,
        ..Config::default()
    })
    .expect("an MMU of the bench's size");
    let mut mem = RtlMemory::new(Memory::from_words(memory), MemTiming::fixed(LATENCY));
    let mut inputs = Inputs::default();
    drive_control(&mut inputs, control);
    let mut cycle = 0u64;
    let mut step = |inputs: &mut Inputs| -> Outputs {
        let (ready, answer) = mem.drive();
        let a = answer.unwrap_or_default();
        inputs.mem_req_ready = ready;
        inputs.mem_rsp_valid = answer.is_some();
        inputs.mem_rsp_data = a.data;
        inputs.mem_rsp_err = a.err;
        inputs.mem_rsp_stale = a.stale;
        let out = mmu.settle(inputs);
        mem.edge(
            out.mem_req_valid,
            MemRequest {
                addr: out.mem_req_addr,
                we: out.mem_req_we,
                wdata: out.mem_req_wdata,
                expect: out.mem_req_expect,
            },
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
    inputs.data_req_valid = true;
    inputs.data_req_va = va;
    while !step(&mut inputs).data_req_ready {}
    inputs.data_req_valid = false;
    while !step(&mut inputs).data_rsp_valid {}
    // the stream
    let (mut issued, mut answered, mut hits) = (0u64, 0u64, 0u64);
    let (mut first, mut last) = (None, 0u64);
    let mut t = 0u64;
    while answered < n as u64 {
        let offset = (issued * 8) % 4096;
        inputs.data_req_valid = issued < n as u64;
        inputs.data_req_va = va + offset;
        let out = step(&mut inputs);
        if out.data_rsp_valid {
            assert_eq!(
                out.data_rsp_outcome,
                OutcomeCode::Ok,
                "port stream: outcome"
            );
            let want = pa + (answered * 8) % 4096;
            assert_eq!(out.data_rsp_pa, want, "port stream: response {answered}");
            answered += 1;
            hits += out.data_rsp_tlb_hit as u64;
            first.get_or_insert(t);
            last = t;
        }
        if inputs.data_req_valid && out.data_req_ready {
            issued += 1;
        }
        t += 1;
    }
    (hits, last - first.expect("responses") + 1)
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. Misses

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Miss {
    /// Empty TLB and PWC, accessed flags set at every level.
    ColdASet,
    /// Empty TLB and PWC, accessed flags clear: the walk writes them.
    ColdAClear,
    /// A 4K page in the 2 MiB region of a page accessed just before (its PDE cached when the PWC is on).
    PdeCached,
}

impl Miss {
    pub const ALL: [Miss; 3] = [Miss::ColdASet, Miss::ColdAClear, Miss::PdeCached];

    pub fn name(self) -> &'static str {
        match self {
            Miss::ColdASet => "cold walk, A set",
            Miss::ColdAClear => "cold walk, A clear (written back)",
            Miss::PdeCached => "4K miss, PDE cached",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Miss::ColdASet => "cold_a_set",
            Miss::ColdAClear => "cold_a_clear",
            Miss::PdeCached => "pde_cached",
        }
    }

    pub fn sizes(self) -> &'static [PageSize] {
        match self {
            Miss::PdeCached => &[PageSize::Size4K],
            _ => &PageSize::ALL,
        }
    }
}

pub struct MissRow {
    pub kind: Miss,
    pub size: PageSize,
    pub latency: u32,
    pub pwc: usize,
    pub cycles: u64,
    pub reads: u64,
    pub writes: u64,
    /// Dependent reads the access needs at least, times L.
    pub floor: u64,
    /// The target that applies: its text and its bound in cycles.
    pub target: Option<(String, u64)>,
}

impl MissRow {
    pub fn met(&self) -> Option<bool> {
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

pub fn levels(size: PageSize) -> u64 {
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
        config: config(latency, pwc, false),
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
        // The four reads are dependent; the four A writes are posted, so only the last one's answer adds L.
        Miss::ColdAClear if size == PageSize::Size4K => (
            5 * l,
            Some((
                "cold 4-level walk writing A at every level <= 5L + 10".to_string(),
                5 * l + 10,
            )),
        ),
        _ if size == PageSize::Size4K => (
            4 * l,
            Some(("cold 4-level walk <= 4L + 8".to_string(), 4 * l + 8)),
        ),
        Miss::ColdAClear => ((levels(size) + 1) * l, None),
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

pub fn misses(b: &mut Bench) -> Vec<MissRow> {
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

pub struct PatternRow {
    pub name: String,
    pub key: String,
    pub pwc: usize,
    pub l2: bool,
    pub l2_hits: u64,
    /// Mean cycles of the accesses each level answered: L1, L2, walk.
    pub level_cycles: [Option<f64>; 3],
    pub accesses: u64,
    pub pages: u64,
    pub bytes: u64,
    pub hits: u64,
    pub walks: u64,
    pub mean_cycles: f64,
    pub mem_reads: u64,
    pub mem_writes: u64,
    pub sim_cycles: u64,
}

impl PatternRow {
    pub fn hit_rate(&self) -> f64 {
        self.hits as f64 / self.accesses as f64
    }

    /// The share of all accesses the L2 answered.
    pub fn l2_hit_rate(&self) -> f64 {
        self.l2_hits as f64 / self.accesses as f64
    }
}

pub fn pattern_rows(b: &mut Bench) -> Vec<PatternRow> {
    let mut rows = Vec::new();
    for p in patterns() {
        for (pwc, l2) in SETUPS {
            let sc = Scenario {
                config: config(LATENCY, pwc, l2),
                control: p.control,
                memory: p.memory.clone(),
                ops: p.ops.clone(),
            };
            let run = b.run(&sc, &p.expect);
            let results = &run.result.results;
            let total: u64 = (0..results.len()).map(|k| cycles_of(&run, k)).sum();
            let c = &run.coverage;
            let level_cycles = [TlbLevel::L1, TlbLevel::L2, TlbLevel::Walk].map(|level| {
                let of: Vec<u64> = (0..results.len())
                    .filter(|&k| results[k].tlb == Some(level))
                    .map(|k| cycles_of(&run, k))
                    .collect();
                (!of.is_empty()).then(|| of.iter().sum::<u64>() as f64 / of.len() as f64)
            });
            let row = PatternRow {
                name: p.name.clone(),
                key: p.key.clone(),
                pwc,
                l2,
                l2_hits: c.l2_hits.iter().sum(),
                level_cycles,
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
                "pattern: {}, {}: L1 hit rate {:.1}%, L2 hit rate {:.1}%, {:.2} cycles/access",
                p.name,
                setup_name(pwc, l2),
                100.0 * row.hit_rate(),
                100.0 * row.l2_hit_rate(),
                row.mean_cycles
            );
            rows.push(row);
        }
    }
    rows
}
