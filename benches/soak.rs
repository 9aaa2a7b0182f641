//! `make soak`: millions of random accesses on the Verilated export, each compared with the reference model.
//!
//! Scenario after scenario from `mmu_model::random` (seeds `MMU_SOAK_SEED`, `MMU_SOAK_SEED + 1`, ...) runs on the
//! `verilator` engine and on the model. Every access must agree on its outcome, PA, #PF error code, CR2 and TLB hit, and
//! the final memory (every A/D update) must be the same. Each scenario draws from its seed: the committed export (16 or
//! 32 TLB entries), the number of ops and mapped pages, the memory latency, and for most scenarios a memory with random
//! extra latency and back-pressure on the walker's requests.
//!
//! - `MMU_SOAK_ACCESSES`: accesses to run (default 10 000 000); the last scenario runs to its end.
//! - `MMU_SOAK_SEED`: the first seed (default: drawn from the clock, printed).
//! - `MMU_SOAK_OUT`: where the report goes (default `out/soak`): `report.md`, `report.json`.
//!
//! The first mismatch stops the soak: it prints the seed, the scenario's parameters, the access and both answers, writes
//! the scenario to `mismatch-SEED.json` next to the report, and the command that replays it; the exit status is 1.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mmu_arch::{AccessResult, Config, Outcome};
use mmu_model::engine::{Engine, RunResult, Scenario};
use mmu_model::random::{self, Params, Rng};
use mmu_model::{self as model, Coverage};
use mmu_sim::rtl::memory::MemTiming;
use mmu_sim::rtl::{RtlCoverage, RtlOptions};
use mmu_verilated::engine::{export_config, VerilatorEngine, EXPORTS};

const DEFAULT_ACCESSES: u64 = 10_000_000;

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    match v.trim().replace('_', "").parse() {
        Ok(n) => Some(n),
        Err(_) => {
            eprintln!("soak: {name} must be a decimal number, got {v:?}");
            std::process::exit(2);
        }
    }
}

/// How one scenario is made and run, all drawn from its seed.
#[derive(Clone, Debug)]
struct Shape {
    tlb_entries: usize,
    ops: usize,
    pages: usize,
    mem_latency: u32,
    /// `None`: always ready, the scenario's `mem_latency`.
    timing: Option<MemTiming>,
}

impl Shape {
    fn draw(seed: u64) -> Shape {
        let mut rng = Rng::new(seed ^ 0x50a4_d1ce_5eed_0001);
        let tlb_entries = EXPORTS[rng.below(EXPORTS.len() as u64) as usize].0;
        // Short scenarios: every `write_mem` flips a bit of a paging-structure entry, so long ones end up faulting.
        let ops = rng.pick(&[32, 64, 128, 256]);
        let pages = rng.pick(&[4, 12, 24, 64]);
        let mem_latency = rng.pick(&[1, 2, 3, 5, 8]);
        let timing = (!rng.chance(30)).then(|| MemTiming {
            latency: 1 + rng.below(4) as u32,
            extra_latency: rng.below(8) as u32,
            ready_percent: 25 + rng.below(76) as u32,
            seed,
        });
        Shape {
            tlb_entries,
            ops,
            pages,
            mem_latency,
            timing,
        }
    }

    fn scenario(&self, seed: u64) -> Scenario {
        let params = Params {
            ops: self.ops,
            tlb_entries: vec![self.tlb_entries],
            // The Verilated exports have the default ITLB.
            itlb_entries: vec![export_config(16).itlb_entries],
            mem_latency: vec![self.mem_latency],
            pages: self.pages,
            paddr_bits: Some(export_config(16).paddr_bits),
            ..Params::default()
        };
        let mut s = random::scenario(seed, &params);
        // Exactly the configuration the committed exports are built for.
        s.config = Config {
            tlb_entries: self.tlb_entries,
            paddr_bits: export_config(16).paddr_bits,
            mem_latency: self.mem_latency,
            ..Config::default()
        };
        s
    }

    fn describe(&self) -> String {
        let timing = match &self.timing {
            None => format!("memory always ready, latency {}", self.mem_latency),
            Some(t) => format!(
                "memory latency {}+0..={}, ready {}% of cycles",
                t.latency, t.extra_latency, t.ready_percent
            ),
        };
        format!(
            "tlb_entries {}, paddr_bits {}, {} ops, {} pages per address space, {timing}",
            self.tlb_entries,
            export_config(self.tlb_entries).paddr_bits,
            self.ops,
            self.pages
        )
    }
}

/// The first difference between the Verilated export's run and the model's, if any.
fn first_difference(s: &Scenario, got: &RunResult, want: &RunResult) -> Option<String> {
    for (i, w) in want.results.iter().enumerate() {
        let Some(g) = got.results.get(i) else {
            return Some(format!(
                "the verilator engine answered {} accesses, the model {}",
                got.results.len(),
                want.results.len()
            ));
        };
        if let Some(what) = access_difference(g, w) {
            return Some(format!(
                "access {i} (op {}: {:?}): {what}\n  model:     {} tlb_hit={:?}\n  verilator: {} tlb_hit={:?}",
                w.op_index,
                s.ops.get(w.op_index),
                w.outcome,
                w.tlb_hit,
                g.outcome,
                g.tlb_hit
            ));
        }
    }
    if got.results.len() != want.results.len() {
        return Some(format!(
            "the verilator engine answered {} accesses, the model {}",
            got.results.len(),
            want.results.len()
        ));
    }
    if got.memory_after != want.memory_after {
        let diff = want
            .memory_after
            .iter()
            .zip(&got.memory_after)
            .find(|(w, g)| w != g)
            .map(|(w, g)| {
                format!(
                    "word {:#x}: model {:#x}, verilator {:#x} (at {:#x})",
                    w.0, w.1, g.1, g.0
                )
            })
            .unwrap_or_else(|| "different words".to_string());
        return Some(format!("final memory (A/D updates) differs: {diff}"));
    }
    None
}

/// Which of outcome, PA, error code, CR2 and TLB hit differ.
fn access_difference(got: &AccessResult, want: &AccessResult) -> Option<String> {
    if got.op_index != want.op_index {
        return Some(format!(
            "answers op {} instead of op {}",
            got.op_index, want.op_index
        ));
    }
    let what = match (got.outcome, want.outcome) {
        (Outcome::Ok { pa: g }, Outcome::Ok { pa: w }) if g != w => Some("PA"),
        (
            Outcome::PageFault {
                error_code: ge,
                cr2: gc,
            },
            Outcome::PageFault {
                error_code: we,
                cr2: wc,
            },
        ) if ge != we || gc != wc => Some(if ge != we { "#PF error code" } else { "CR2" }),
        (g, w) if std::mem::discriminant(&g) != std::mem::discriminant(&w) => Some("outcome"),
        _ => None,
    };
    match what {
        Some(w) => Some(format!("{w} differs")),
        None if got.tlb_hit != want.tlb_hit => Some("tlb_hit differs".to_string()),
        None => None,
    }
}

#[derive(Default)]
struct Totals {
    accesses: u64,
    scenarios: u64,
    ops: u64,
    cycles: u64,
    /// Per TLB size: (scenarios, accesses).
    by_entries: Vec<(usize, u64, u64)>,
    back_pressure_scenarios: u64,
    rtl: RtlCoverage,
    model: Coverage,
}

impl Totals {
    /// Every counted event: (name, count, whether a soak that never reached it proved too little).
    fn events(&self) -> [(&'static str, u64, bool); 23] {
        let (r, m) = (&self.rtl, &self.model);
        [
            ("TLB hits", r.tlb_hits, true),
            ("walks", r.walks, true),
            ("ok", r.ok, false),
            ("#GP", r.gp, true),
            ("#PF not present", r.pf_not_present, true),
            ("#PF reserved bit", r.pf_reserved, true),
            ("#PF rights", r.pf_rights, true),
            ("#PF protection key", r.pf_pkey, true),
            ("4K fills", m.fills[0], true),
            ("2M fills", m.fills[1], true),
            ("1G fills", m.fills[2], true),
            ("walker memory reads", r.mem_reads, false),
            ("walker memory writes (A/D)", r.mem_writes, true),
            ("writes re-walking a clean entry", m.dirty_rewalks, false),
            ("evictions", m.evictions, true),
            (
                "fills dropping an overlapping entry",
                m.overlap_drops,
                false,
            ),
            ("entries invalidated", m.invalidated, true),
            ("bus errors", r.bus_errors, true),
            ("walks from a cached PML4E", m.pwc_hits[0], false),
            ("walks from a cached PDPTE", m.pwc_hits[1], false),
            ("walks from a cached PDE", m.pwc_hits[2], true),
            (
                "paging-structure cache entries invalidated",
                m.pwc_invalidated,
                false,
            ),
            (
                "longest access (cycles, within the latency bound)",
                r.longest_access,
                false,
            ),
        ]
    }
}

struct Report<'a> {
    totals: &'a Totals,
    seconds: f64,
    first_seed: u64,
    mismatches: u64,
    target: u64,
}

impl Report<'_> {
    fn last_seed(&self) -> u64 {
        self.first_seed
            .wrapping_add(self.totals.scenarios.saturating_sub(1))
    }

    fn markdown(&self) -> String {
        let t = self.totals;
        let mut md = String::from("# Soak: the Verilated export against the reference model\n\n");
        let _ = writeln!(md, "| | |\n|---|---:|");
        let rows: Vec<(&str, String)> = vec![
            ("accesses compared", t.accesses.to_string()),
            ("scenarios", t.scenarios.to_string()),
            ("ops", t.ops.to_string()),
            ("cycles simulated", t.cycles.to_string()),
            ("seconds", format!("{:.1}", self.seconds)),
            (
                "accesses/s",
                format!("{:.0}", t.accesses as f64 / self.seconds.max(1e-9)),
            ),
            (
                "cycles/s",
                format!("{:.0}", t.cycles as f64 / self.seconds.max(1e-9)),
            ),
            ("mismatches", self.mismatches.to_string()),
            (
                "seeds",
                format!("{}..={}", self.first_seed, self.last_seed()),
            ),
            (
                "scenarios with random latency and back-pressure",
                t.back_pressure_scenarios.to_string(),
            ),
        ];
        for (k, v) in rows {
            let _ = writeln!(md, "| {k} | {v} |");
        }
        let _ = writeln!(
            md,
            "\n| TLB entries | scenarios | accesses |\n|---:|---:|---:|"
        );
        for (n, s, a) in &t.by_entries {
            let _ = writeln!(md, "| {n} | {s} | {a} |");
        }
        let _ = writeln!(md, "\n| event | count |\n|---|---:|");
        for (k, v, _) in t.events() {
            let _ = writeln!(md, "| {k} | {v} |");
        }
        md
    }

    fn json(&self) -> serde_json::Value {
        let t = self.totals;
        let r = &t.rtl;
        let m = &t.model;
        serde_json::json!({
            "engine": "verilator",
            "reference": "model",
            "target_accesses": self.target,
            "accesses": t.accesses,
            "scenarios": t.scenarios,
            "ops": t.ops,
            "cycles": t.cycles,
            "seconds": self.seconds,
            "accesses_per_s": t.accesses as f64 / self.seconds.max(1e-9),
            "cycles_per_s": t.cycles as f64 / self.seconds.max(1e-9),
            "mismatches": self.mismatches,
            "first_seed": self.first_seed,
            "last_seed": self.last_seed(),
            "back_pressure_scenarios": t.back_pressure_scenarios,
            "by_tlb_entries": t.by_entries.iter().map(|(n, s, a)| serde_json::json!({
                "tlb_entries": n, "scenarios": s, "accesses": a,
            })).collect::<Vec<_>>(),
            "events": {
                "tlb_hits": r.tlb_hits,
                "walks": r.walks,
                "ok": r.ok,
                "gp": r.gp,
                "pf_not_present": r.pf_not_present,
                "pf_reserved": r.pf_reserved,
                "pf_rights": r.pf_rights,
                "pf_pkey": r.pf_pkey,
                "fills_4k_2m_1g": m.fills,
                "mem_reads": r.mem_reads,
                "mem_writes": r.mem_writes,
                "dirty_rewalks": m.dirty_rewalks,
                "evictions": m.evictions,
                "overlap_drops": m.overlap_drops,
                "invalidated": m.invalidated,
                "bus_errors": r.bus_errors,
                "pwc_hits_pml4e_pdpte_pde": m.pwc_hits,
                "pwc_invalidated": m.pwc_invalidated,
                "longest_access_cycles": r.longest_access,
            },
        })
    }

    fn write(&self, out: &Path) {
        let written = std::fs::create_dir_all(out)
            .and_then(|()| std::fs::write(out.join("report.md"), self.markdown()))
            .and_then(|()| {
                let text =
                    serde_json::to_string_pretty(&self.json()).expect("a JSON report") + "\n";
                std::fs::write(out.join("report.json"), text)
            });
        match written {
            Ok(()) => eprintln!(
                "soak: report written to {}/report.md and {}/report.json",
                out.display(),
                out.display()
            ),
            Err(e) => eprintln!("soak: cannot write the report in {}: {e}", out.display()),
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing else to choose.
    let target = env_u64("MMU_SOAK_ACCESSES").unwrap_or(DEFAULT_ACCESSES);
    let first_seed = env_u64("MMU_SOAK_SEED").unwrap_or_else(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_secs().wrapping_mul(1_000_003))
    });
    let out = PathBuf::from(std::env::var("MMU_SOAK_OUT").unwrap_or_else(|_| "out/soak".into()));
    if let Some(why) = mmu_verilated::unavailable() {
        eprintln!("soak: the verilator engine is not available in this build: {why}");
        std::process::exit(1);
    }
    eprintln!(
        "soak: {target} accesses on the verilator engine against the model, seeds from {first_seed} \
         (replay with MMU_SOAK_SEED={first_seed})"
    );

    let bar = ProgressBar::new(target);
    let terminal = std::io::stderr().is_terminal();
    if !terminal {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar.set_style(
        ProgressStyle::with_template(
            "{elapsed_precise} [{bar:32}] {human_pos}/{human_len} accesses, {per_sec}, ETA {eta} {msg}",
        )
        .expect("a progress template")
        .progress_chars("=> "),
    );
    let mut totals = Totals {
        by_entries: EXPORTS.iter().map(|&(n, _)| (n, 0, 0)).collect(),
        ..Totals::default()
    };
    let start = Instant::now();
    let mut next_line = target / 10;
    let mut mismatches = 0;
    while totals.accesses < target {
        let seed = first_seed.wrapping_add(totals.scenarios);
        let shape = Shape::draw(seed);
        let scenario = shape.scenario(seed);
        let (want, model_cov) = model::run(&scenario);
        let mut engine = VerilatorEngine::new(RtlOptions {
            mem: shape.timing,
            ..RtlOptions::default()
        });
        let problem = match engine.supports(&scenario.config) {
            Err(why) => Err(format!("the verilator engine refuses the scenario: {why}")),
            Ok(()) => engine
                .run_full(&scenario)
                .map_err(|e| format!("the verilator engine failed: {e:#}")),
        }
        .and_then(
            |run| match first_difference(&scenario, &run.result, &want) {
                Some(d) => Err(d),
                None => Ok(run),
            },
        );
        let run = match problem {
            Ok(run) => run,
            Err(what) => {
                mismatches += 1;
                bar.abandon();
                report_mismatch(seed, &shape, &scenario, &what, &out);
                Report {
                    totals: &totals,
                    seconds: start.elapsed().as_secs_f64(),
                    first_seed,
                    mismatches,
                    target,
                }
                .write(&out);
                std::process::exit(1);
            }
        };
        let accesses = want.results.len() as u64;
        totals.accesses += accesses;
        totals.scenarios += 1;
        totals.ops += scenario.ops.len() as u64;
        totals.cycles += run.coverage.cycles;
        totals.back_pressure_scenarios += u64::from(shape.timing.is_some());
        if let Some(row) = totals
            .by_entries
            .iter_mut()
            .find(|r| r.0 == shape.tlb_entries)
        {
            row.1 += 1;
            row.2 += accesses;
        }
        totals.rtl.add(&run.coverage);
        totals.model.add(&model_cov);
        bar.set_position(totals.accesses.min(target));
        bar.set_message(format!(
            "{} scenarios, {mismatches} mismatches",
            totals.scenarios
        ));
        if !terminal && totals.accesses >= next_line {
            let s = start.elapsed().as_secs_f64();
            eprintln!(
                "soak: {}/{target} accesses, {} scenarios, {:.0} accesses/s, {mismatches} mismatches",
                totals.accesses,
                totals.scenarios,
                totals.accesses as f64 / s.max(1e-9)
            );
            next_line += (target / 10).max(1);
        }
    }
    bar.finish();
    let report = Report {
        totals: &totals,
        seconds: start.elapsed().as_secs_f64(),
        first_seed,
        mismatches,
        target,
    };
    println!("\n{}", report.markdown());
    report.write(&out);
    // The random scenarios must have reached every kind of event, or the comparison proved little.
    let missing: Vec<&str> = totals
        .events()
        .into_iter()
        .filter(|&(_, n, required)| required && n == 0)
        .map(|(k, _, _)| k)
        .collect();
    if totals.accesses >= 100_000 && !missing.is_empty() {
        eprintln!("soak: the scenarios never reached: {}", missing.join(", "));
        std::process::exit(1);
    }
    eprintln!(
        "soak: {} accesses in {} scenarios, {mismatches} mismatches",
        totals.accesses, totals.scenarios
    );
}

fn report_mismatch(seed: u64, shape: &Shape, scenario: &Scenario, what: &str, out: &Path) {
    eprintln!("\nsoak: MISMATCH in the scenario of seed {seed}");
    eprintln!("  scenario: {}", shape.describe());
    eprintln!("  {what}");
    let saved = out.join(format!("mismatch-{seed}.json"));
    let _ = std::fs::create_dir_all(out);
    match std::fs::write(&saved, mmu_scenario::lang::scenario_to_json(scenario)) {
        Ok(()) => eprintln!(
            "  scenario written to {} (`mmu-rtl run {} --engine verilator` runs it with an always-ready memory)",
            saved.display(),
            saved.display()
        ),
        Err(e) => eprintln!("  cannot write {}: {e}", saved.display()),
    }
    eprintln!("  reproduce: MMU_SOAK_SEED={seed} MMU_SOAK_ACCESSES=1 cargo bench --bench soak");
}
