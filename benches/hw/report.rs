//! The report: `hw.md` (also printed) and `hw.json`, from the figures of a run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use mmu_arch::{L2_SETS_DEFAULT, L2_WAYS_DEFAULT, PWC_ENTRIES_DEFAULT};
use serde_json::{json, Value};

use crate::fpga::FpgaRow;
use crate::measure::{HitFigures, MissRow, PatternRow};
use crate::workload::{
    pwc_name, setup_name, size_name, Bench, CYCLE_LIMIT, LATENCY, PADDR_BITS, PATTERN_ACCESSES,
    TLB_ENTRIES,
};

/// What a run measured and read, for the report.
pub struct Figures {
    pub hit: HitFigures,
    pub miss_rows: Vec<MissRow>,
    pub pattern_rows: Vec<PatternRow>,
    pub fpga_data: Result<(Vec<FpgaRow>, String), String>,
    /// RTL sources newer than the FPGA table.
    pub stale: Vec<String>,
    pub synth_json: PathBuf,
    /// PWC off and on gave the same cycle counts and memory reads in every measurement.
    pub pwc_same: bool,
}

fn yes_no(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "**not met**",
        None => "-",
    }
}

/// The markdown report.
pub fn markdown(f: &Figures) -> String {
    let Figures {
        hit,
        miss_rows,
        pattern_rows,
        fpga_data,
        stale,
        synth_json,
        pwc_same,
    } = f;
    let pwc_note = if *pwc_same {
        "PWC off and on gave the same cycle counts and memory reads in every measurement: in the RTL measured, \
         `pwc_entries` has no effect."
    } else {
        ""
    };
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
         4 without the cache), plus L for a walk that writes A/D back (the writes are posted; the last one's answer \
         is waited for). The reads and writes columns are the memory traffic the access made.\n\n\
         | miss | page | L | PWC | cycles | floor | over floor | reads | writes | target | |\n\
         |---|---|---:|---|---:|---:|---:|---:|---:|---|---|"
    )
    .unwrap();
    for r in miss_rows {
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
         | pattern | setting | pages mapped | L1 hit rate | L2 hit rate | cycles/access | cycles of an L1 / L2 / walk \
         answer | walks | memory reads/access |\n\
         |---|---|---:|---:|---:|---:|---|---:|---:|"
    )
    .unwrap();
    for r in pattern_rows {
        let level = |c: Option<f64>| c.map_or("-".to_string(), |c| format!("{c:.2}"));
        writeln!(
            md,
            "| {} | {} | {} ({}) | {:.1}% | {} | {:.2} | {} / {} / {} | {} | {:.2} |",
            r.name,
            setup_name(r.pwc, r.l2),
            r.pages,
            size_name(r.bytes),
            100.0 * r.hit_rate(),
            if r.l2 {
                format!("{:.1}%", 100.0 * r.l2_hit_rate())
            } else {
                "-".to_string()
            },
            r.mean_cycles,
            level(r.level_cycles[0]),
            level(r.level_cycles[1]),
            level(r.level_cycles[2]),
            r.walks,
            r.mem_reads as f64 / r.accesses as f64
        )
        .unwrap();
    }

    writeln!(md, "\n### FPGA area and Fmax\n").unwrap();
    match fpga_data {
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
                "\n| DTLB + ITLB entries | L2 entries | FPGA | LUT4 | FF | block RAM | Fmax (MHz) |\n\
                 |---|---:|---|---:|---:|---:|---:|"
            )
            .unwrap();
            for r in rows {
                writeln!(
                    md,
                    "| {} + {} | {} | {} | {} | {} | {} | {} |",
                    r.entries,
                    r.itlb,
                    r.l2,
                    r.target,
                    r.lut4,
                    r.ff,
                    r.bram,
                    r.fmax.map_or_else(|| r.note.clone(), |f| format!("{f:.1}"))
                )
                .unwrap();
            }
        }
        Err(why) => writeln!(md, "No FPGA figures: {why}.").unwrap(),
    }
    md
}

/// The JSON report: the figures, the plots written, and the simulation's cost.
pub fn json(f: &Figures, plots: &[PathBuf], b: &Bench, seconds: f64) -> Value {
    let Figures {
        hit,
        miss_rows,
        pattern_rows,
        fpga_data,
        stale,
        synth_json,
        pwc_same,
    } = f;
    json!({
        "config": {
            "tlb_entries": TLB_ENTRIES,
            "paddr_bits": PADDR_BITS,
            "pwc_entries_on": PWC_ENTRIES_DEFAULT,
            "cycle_limit_per_op": CYCLE_LIMIT,
            "engine": "rtl (rust-hdl, RtlEngine)",
        },
        "pwc_on_equals_off": *pwc_same,
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
            "l2_entries": if r.l2 { L2_SETS_DEFAULT * L2_WAYS_DEFAULT } else { 0 },
            "mem_latency": LATENCY,
            "accesses": r.accesses,
            "mapped_pages": r.pages,
            "mapped_bytes": r.bytes,
            "tlb_hits": r.hits,
            "hit_rate": r.hit_rate(),
            "l2_hits": r.l2_hits,
            "l2_hit_rate": r.l2_hit_rate(),
            "mean_cycles_l1_l2_walk": r.level_cycles,
            "walks": r.walks,
            "mean_cycles_per_access": r.mean_cycles,
            "mem_reads": r.mem_reads,
            "mem_writes": r.mem_writes,
            "run_cycles": r.sim_cycles,
        })).collect::<Vec<_>>(),
        "fpga": match fpga_data {
            Ok((rows, when)) => json!({
                "source": synth_json.display().to_string(),
                "source_modified": when,
                "rtl_changed_since": stale,
                "available": true,
                "rows": rows.iter().map(|r| json!({
                    "tlb_entries": r.entries,
                    "itlb_entries": r.itlb,
                    "l2_entries": r.l2,
                    "target": r.target,
                    "lut4": r.lut4,
                    "ff": r.ff,
                    "bram": r.bram,
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
    })
}

/// Prints the markdown and writes `hw.md` and `hw.json` to `out`, with a summary line.
pub fn write(out: &Path, md: &str, json: &Value, plots: &[PathBuf], b: &Bench, seconds: f64) {
    println!("\n{md}");
    std::fs::write(out.join("hw.md"), md).expect("write hw.md");
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
