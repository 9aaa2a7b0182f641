//! `make bench`: how fast each engine simulates the MMU, and how large its waveforms are.
//!
//! Every engine runs the same random scenarios (seeded, so every run measures the same work). Prints a markdown table and
//! writes it with the raw figures to `out/bench/speed.md` and `out/bench/speed.json`.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use mmu_model::engine::Scenario;
use mmu_model::random::{self, Params};
use mmu_sim::rtl::{RtlEngine, RtlOptions};
use mmu_verilated::engine::{export_config, VerilatorEngine};

/// Scenarios per measurement and ops per scenario.
const SCENARIOS: u64 = 24;
const OPS: usize = 400;
/// Timed passes over the scenarios for the Verilator engine, which is an order of magnitude faster than the others;
/// the figure is their median, after one untimed pass (timed from start-up, the first figure measured varied most).
const VERILATOR_PASSES: usize = 7;
/// Scenario sweeps per timed pass, so that a pass lasts a few hundred ms.
const VERILATOR_SWEEPS: usize = 3;

struct Row {
    engine: &'static str,
    entries: usize,
    vcd: bool,
    cycles: u64,
    accesses: u64,
    seconds: f64,
    vcd_bytes: u64,
}

impl Row {
    fn cycles_per_s(&self) -> f64 {
        self.cycles as f64 / self.seconds
    }
    fn accesses_per_s(&self) -> f64 {
        self.accesses as f64 / self.seconds
    }
    fn vcd_mb_per_kcycle(&self) -> Option<f64> {
        self.vcd
            .then(|| self.vcd_bytes as f64 / 1e6 / (self.cycles as f64 / 1000.0))
    }
}

fn scenarios(entries: usize, paddr_bits: Option<u32>) -> Vec<Scenario> {
    let params = Params {
        ops: OPS,
        tlb_entries: vec![entries],
        // The Verilated exports have the default ITLB.
        itlb_entries: vec![mmu_verilated::engine::export_config(16).itlb_entries],
        mem_latency: vec![2],
        paddr_bits,
        // The Verilated exports are built with the default paging-structure cache and L2.
        pwc_entries: Some(mmu_verilated::engine::export_config(16).pwc_entries),
        l2: vec![(
            mmu_verilated::engine::export_config(16).l2_sets,
            mmu_verilated::engine::export_config(16).l2_ways,
        )],
        ..Params::default()
    };
    (0..SCENARIOS)
        .map(|s| random::scenario(1000 + s, &params))
        .collect()
}

fn measure_rtl(entries: usize, vcd_dir: Option<&PathBuf>) -> Row {
    let work = scenarios(entries, None);
    let (mut cycles, mut accesses, mut vcd_bytes) = (0, 0, 0);
    let start = Instant::now();
    for (i, s) in work.iter().enumerate() {
        let vcd = vcd_dir.map(|d| d.join(format!("bench_{entries}_{i}.vcd")));
        let mut engine = RtlEngine::new(RtlOptions {
            vcd: vcd.clone(),
            ..RtlOptions::default()
        });
        let run = engine.run_full(s).expect("rtl run");
        cycles += run.coverage.cycles;
        accesses += run.coverage.accesses;
        if let Some(path) = vcd {
            vcd_bytes += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            let _ = std::fs::remove_file(&path);
        }
    }
    Row {
        engine: "rtl (rust-hdl)",
        entries,
        vcd: vcd_dir.is_some(),
        cycles,
        accesses,
        seconds: start.elapsed().as_secs_f64(),
        vcd_bytes,
    }
}

/// The Verilated export on the same work (its scenarios use the export's MAXPHYADDR).
fn measure_verilator(entries: usize) -> Option<Row> {
    if let Some(why) = mmu_verilated::unavailable() {
        eprintln!("verilator: skipped ({why})");
        return None;
    }
    let work = scenarios(entries, Some(export_config(16).paddr_bits));
    let pass = |sweeps: usize| {
        let (mut cycles, mut accesses) = (0, 0);
        let start = Instant::now();
        for _ in 0..sweeps {
            for s in &work {
                let run = VerilatorEngine::new(RtlOptions::default())
                    .run_full(s)
                    .expect("verilator run");
                cycles += run.coverage.cycles;
                accesses += run.coverage.accesses;
            }
        }
        (cycles, accesses, start.elapsed().as_secs_f64())
    };
    pass(1);
    let mut passes: Vec<_> = (0..VERILATOR_PASSES)
        .map(|_| pass(VERILATOR_SWEEPS))
        .collect();
    passes.sort_by(|a, b| a.2.total_cmp(&b.2));
    let (cycles, accesses, seconds) = passes[VERILATOR_PASSES / 2];
    Some(Row {
        engine: "verilator",
        entries,
        vcd: false,
        cycles,
        accesses,
        seconds,
        vcd_bytes: 0,
    })
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a filter we do not use.
    let out = PathBuf::from(std::env::var("MMU_BENCH_OUT").unwrap_or_else(|_| "out/bench".into()));
    std::fs::create_dir_all(&out).expect("create the bench output folder");
    let vcd_dir = out.join("vcd-tmp");
    std::fs::create_dir_all(&vcd_dir).expect("create the VCD scratch folder");

    // `MMU_BENCH_ENGINES=verilator` (or `rtl`) measures one engine only.
    let engines = std::env::var("MMU_BENCH_ENGINES").unwrap_or_else(|_| "rtl,verilator".into());
    let wants = |name: &str| engines.split(',').any(|e| e.trim() == name);
    let mut rows = Vec::new();
    for entries in [16, 32].into_iter().filter(|_| wants("rtl")) {
        for vcd in [false, true] {
            eprint!(
                "rtl, {entries} entries, vcd {}: ",
                if vcd { "on" } else { "off" }
            );
            let row = measure_rtl(entries, vcd.then_some(&vcd_dir));
            eprintln!("{:.0} cycles/s", row.cycles_per_s());
            rows.push(row);
        }
    }
    let _ = std::fs::remove_dir_all(&vcd_dir);
    for entries in [16, 32].into_iter().filter(|_| wants("verilator")) {
        eprint!("verilator, {entries} entries: ");
        if let Some(row) = measure_verilator(entries) {
            eprintln!("{:.0} cycles/s", row.cycles_per_s());
            rows.push(row);
        }
    }

    let mut md = String::from(
        "| engine | TLB entries | VCD | cycles | accesses | cycles/s | accesses/s | VCD MB / 1k cycles |\n\
         |---|---:|---|---:|---:|---:|---:|---:|\n",
    );
    let mut json = Vec::new();
    for r in &rows {
        writeln!(
            md,
            "| {} | {} | {} | {} | {} | {:.0} | {:.0} | {} |",
            r.engine,
            r.entries,
            if r.vcd { "on" } else { "off" },
            r.cycles,
            r.accesses,
            r.cycles_per_s(),
            r.accesses_per_s(),
            r.vcd_mb_per_kcycle()
                .map_or("-".to_string(), |v| format!("{v:.3}"))
        )
        .unwrap();
        json.push(serde_json::json!({
            "engine": r.engine,
            "tlb_entries": r.entries,
            "vcd": r.vcd,
            "cycles": r.cycles,
            "accesses": r.accesses,
            "seconds": r.seconds,
            "cycles_per_s": r.cycles_per_s(),
            "accesses_per_s": r.accesses_per_s(),
            "vcd_bytes": r.vcd_bytes,
            "vcd_mb_per_kcycle": r.vcd_mb_per_kcycle(),
        }));
    }
    println!("\n## Simulation speed ({SCENARIOS} random scenarios x {OPS} ops, memory latency 2)\n\n{md}");
    std::fs::write(out.join("speed.md"), &md).expect("write speed.md");
    std::fs::write(
        out.join("speed.json"),
        serde_json::to_string_pretty(&json).unwrap() + "\n",
    )
    .expect("write speed.json");
    println!(
        "written: {}/speed.md, {}/speed.json",
        out.display(),
        out.display()
    );
}
