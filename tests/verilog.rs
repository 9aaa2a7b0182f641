//! The exported Verilog as its users get it: current with the RTL, deterministic, lint-clean in Verilator with only the
//! waivers in `verilog/lint.vlt`, accepted by Icarus, synthesisable by Yosys without logic loops; and the three engines
//! (model, rust-hdl, Verilator) agreeing on random scenarios.

use std::path::{Path, PathBuf};
use std::process::Command;

use mmu_arch::{Config, L2_SETS_DEFAULT, L2_WAYS_DEFAULT};
use mmu_model as model;
use mmu_model::engine::Engine;
use mmu_model::random::{self, Params};
use mmu_sim::export::verilog;
use mmu_sim::rtl::{RtlEngine, RtlOptions};
use mmu_verilated::engine::VerilatorEngine;
use mmu_verilated::engine::{export_config, EXPORTS};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The committed exports and their configurations.
fn exports() -> Vec<(PathBuf, Config)> {
    EXPORTS
        .iter()
        .map(|&(n, name)| (root().join(format!("verilog/{name}.v")), export_config(n)))
        .collect()
}

/// Runs a tool; panics with its output (or with how to get it) when it fails.
fn tool(cmd: &str, args: &[&str], cwd: &Path) -> String {
    let out = Command::new(cmd)
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {cmd}: {e} (`make test` installs it; or apt-get install {cmd})")
        });
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{cmd} {args:?} failed:\n{text}");
    text
}

#[test]
fn committed_verilog_is_current() {
    for (path, cfg) in exports() {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let fresh = verilog(&cfg).unwrap();
        assert!(
            committed == fresh,
            "{} is stale: it is not what the RTL exports now; run `make verilog` and commit it",
            path.display()
        );
    }
}

#[test]
fn export_is_deterministic_and_named_mmu() {
    let cfg = Config::default();
    let a = verilog(&cfg).unwrap();
    assert_eq!(a, verilog(&cfg).unwrap());
    assert!(a.contains("\nmodule mmu("), "top module is not `mmu`");
    assert!(!a.contains("module top"), "a module is still called `top`");
    assert!(a.starts_with("// mmu: ") && a.contains("tlb_entries=16 itlb_entries=8 paddr_bits=40"));
}

#[test]
fn verilator_lint_is_clean_with_the_scoped_waivers() {
    for (path, _) in exports() {
        let out = tool(
            "verilator",
            &[
                "--lint-only",
                "-Wall",
                "--top-module",
                "mmu",
                "verilog/lint.vlt",
                path.to_str().unwrap(),
            ],
            &root(),
        );
        assert!(
            out.trim().is_empty(),
            "{}: lint output:\n{out}",
            path.display()
        );
    }
}

#[test]
fn icarus_compiles_the_export() {
    let dir = std::env::temp_dir().join(format!("mmu-iverilog-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("mmu.vvp");
    tool(
        "iverilog",
        &[
            "-g2005",
            "-s",
            "mmu",
            "-o",
            out.to_str().unwrap(),
            "verilog/mmu.v",
        ],
        &root(),
    );
    assert!(out.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn yosys_synthesises_for_ice40_without_logic_loops() {
    let dir = std::env::temp_dir().join(format!("mmu-yosys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let stat = dir.join("stat.json");
    let script = format!(
        "read_verilog verilog/mmu.v; hierarchy -top mmu; proc; flatten; check -assert; \
         synth_ice40 -top mmu; tee -q -o {} stat -json",
        stat.display()
    );
    tool("yosys", &["-q", "-p", &script], &root());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&stat).unwrap()).unwrap();
    let cells = &json["modules"]["\\mmu"]["num_cells_by_type"];
    let luts = cells["SB_LUT4"].as_u64().unwrap_or(0);
    let ffs: u64 = cells
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with("SB_DFF"))
        .map(|(_, v)| v.as_u64().unwrap())
        .sum();
    // A 16-entry CAM TLB stores ~100 bits an entry: far fewer flops would mean logic was optimised away.
    assert!(ffs > 16 * 100, "only {ffs} flip-flops: {cells}");
    assert!(luts > 500, "only {luts} LUT4: {cells}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn model_rtl_and_verilator_agree_on_random_scenarios() {
    for seed in 0..40u64 {
        let params = Params {
            ops: 80,
            tlb_entries: vec![if seed % 4 == 3 { 32 } else { 16 }],
            itlb_entries: vec![mmu_verilated::engine::export_config(16).itlb_entries],
            paddr_bits: Some(mmu_verilated::engine::export_config(16).paddr_bits),
            pwc_entries: Some(mmu_verilated::engine::export_config(16).pwc_entries),
            l2: vec![(L2_SETS_DEFAULT, L2_WAYS_DEFAULT)],
            ..Params::default()
        };
        let s = random::scenario(seed, &params);
        let (want, _) = model::run(&s);
        let rtl = RtlEngine::new(RtlOptions::default()).run(&s).unwrap();
        let ver = VerilatorEngine::new(RtlOptions::default())
            .run(&s)
            .unwrap_or_else(|e| panic!("seed {seed}: verilator engine: {e:#}"));
        assert_eq!(
            rtl, ver,
            "seed {seed}: rust-hdl and Verilator differ (cycles included)"
        );
        let strip = |r: &mmu_model::engine::RunResult| {
            let mut r = r.clone();
            for a in &mut r.results {
                a.cycles = None;
            }
            r
        };
        assert_eq!(strip(&rtl), want, "seed {seed}: RTL and model differ");
    }
}
