//! Formal checks of the exported Verilog with Yosys (formal/README.md): the properties that prove in seconds, on fresh
//! exports of the current RTL, and mutants (the export with a deliberate bug) for which the prover must report a
//! counterexample, so that a proof which cannot fail would be noticed. `make formal` runs everything, including P4 on
//! 16 TLB entries (minutes) and every mutant.
//!
//! Skipped with a message only when yosys is not installed (`scripts/ensure-tools.sh yosys`; `make test` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True (with a message) when yosys is missing and the test should be skipped.
fn yosys_missing() -> bool {
    let missing = Command::new("yosys").arg("-V").output().is_err();
    if missing {
        eprintln!(
            "SKIPPED: yosys is not installed, the formal checks did not run \
             (scripts/ensure-tools.sh yosys installs it)"
        );
    }
    missing
}

/// A scratch folder of its own for test `name` in this process (another `cargo test` may run the same test at the
/// same time in this tree). Removed by the caller when the test passes; kept with its logs when it fails.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("formal")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The current RTL exported with `entries` TLB entries (other settings default) into `dir`.
fn export(dir: &Path, entries: u32) -> PathBuf {
    let file = dir.join(format!("mmu_tlb{entries}.v"));
    let out = Command::new(env!("CARGO_BIN_EXE_mmu-rtl"))
        .args(["export", "--tlb-entries", &entries.to_string(), "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "mmu-rtl export failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

/// Runs formal/run.py with `args`; returns its exit code and its output, which it also prints.
fn run_py(args: &[&str]) -> (i32, String) {
    let out = Command::new("python3")
        .arg(root().join("formal/run.py"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 formal/run.py: {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    println!("{text}");
    (out.status.code().unwrap_or(-1), text)
}

/// Proves `props` on an export with `entries` TLB entries: every one must print PROVED.
fn prove(name: &str, entries: u32, props: &[&str]) {
    if yosys_missing() {
        return;
    }
    let dir = scratch(name);
    let v = export(&dir, entries);
    let list = props.join(",");
    let work = dir.join("work");
    let (code, text) = run_py(&[
        "prove",
        v.to_str().unwrap(),
        "--props",
        &list,
        "--work",
        work.to_str().unwrap(),
    ]);
    for p in props {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{p} ")))
            .unwrap_or_else(|| panic!("no result line for {p}:\n{text}"));
        assert!(
            line.contains(" PROVED "),
            "{p} not proved on {entries} TLB entries:\n{line}\n(logs and counterexample in {})",
            work.display()
        );
    }
    assert_eq!(code, 0, "formal/run.py prove failed:\n{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Each mutant (formal/run.py MUTANTS) on a 4-entry export must yield a counterexample.
fn mutants_caught(name: &str, mutants: &[&str]) {
    if yosys_missing() {
        return;
    }
    let dir = scratch(name);
    let v = export(&dir, 4);
    let list = mutants.join(",");
    let work = dir.join("work");
    let (code, text) = run_py(&[
        "mutants",
        v.to_str().unwrap(),
        "--only",
        &list,
        "--work",
        work.to_str().unwrap(),
    ]);
    for m in mutants {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("mutant {m} ")))
            .unwrap_or_else(|| panic!("no result line for mutant {m}:\n{text}"));
        assert!(
            line.contains(" CAUGHT "),
            "the prover found no counterexample for the broken design `{m}`: the proof cannot fail?\n{line}"
        );
    }
    assert_eq!(code, 0, "formal/run.py mutants failed:\n{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_property_holds_with_4_tlb_entries() {
    prove("props4", 4, &["P1", "P2", "P3", "P4", "P5"]);
}

#[test]
fn rights_properties_hold_with_16_tlb_entries() {
    // P4 with 16 entries takes minutes (120 entry pairs): `make formal`.
    prove("props16", 16, &["P1", "P2", "P3", "P5"]);
}

#[test]
fn broken_rights_checks_yield_counterexamples() {
    mutants_caught(
        "rights_mutants",
        &[
            "perm-allow-high",
            "perm-wp-ignored",
            "perm-nx-ignored",
            "walk-fault-answered-ok",
        ],
    );
}

#[test]
fn tlb_without_overlap_drop_yields_a_double_hit() {
    mutants_caught("tlb_mutant", &["tlb-no-overlap-drop"]);
}
