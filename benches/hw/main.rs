//! `make bench`, hardware section: what the MMU costs in cycles, measured on the cycle-accurate RTL
//! (`mmu_sim::rtl::RtlEngine`, the rust-hdl simulation) running scenarios built here, and what it costs in FPGA area and
//! Fmax (the table `make synth` wrote).
//!
//! 1. TLB hits: latency, and sustained throughput as the engine issues them and with the ports driven directly.
//! 2. Miss latency per page size and memory latency L, paging-structure cache (PWC) off and on: cold walks with the
//!    accessed flags set or clear, and a 4K miss whose PDE the PWC holds; next to each the floor (dependent reads x L) and
//!    the targets.
//! 3. L1 and L2 hit rates, cycles per access, and the mean cycles of each level's answers, on access patterns (16-entry
//!    DTLB, L = 2), with the PWC off, on, and on with the L2 (the default configuration).
//! 4. FPGA area and Fmax from `out/synth/synth.json` (`MMU_SYNTH_JSON`), or a note that it is missing.
//!
//! Prints progress on stderr and the markdown on stdout; writes `hw.md`, `hw.json` and SVG plots to `out/bench/`
//! (`MMU_BENCH_OUT`). Every simulated op has a cycle limit, and every access is checked to translate to the physical
//! address its mapping gives.

mod fpga;
mod measure;
mod plot;
mod report;
mod workload;

use std::path::PathBuf;
use std::time::Instant;

use crate::fpga::{fpga, rtl_newer_than};
use crate::measure::{hits, misses, pattern_rows};
use crate::report::Figures;
use crate::workload::Bench;

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
        .chunks(3)
        .all(|p| p[0].mean_cycles == p[1].mean_cycles && p[0].mem_reads == p[1].mem_reads);
    let figures = Figures {
        hit,
        miss_rows,
        pattern_rows,
        fpga_data,
        stale,
        synth_json,
        pwc_same: same_misses && same_patterns,
    };

    let md = report::markdown(&figures);
    let plots = plot::plots(&out, &figures);
    let seconds = t0.elapsed().as_secs_f64();
    let json = report::json(&figures, &plots, &b, seconds);
    report::write(&out, &md, &json, &plots, &b, seconds);
}
