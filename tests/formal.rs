//! The binding of the formal proofs (formal/README.md) to the exported Verilog: every observation point of
//! `formal/observe.txt` exists, with its width, in the committed exports and in a fresh one of every size, and every
//! mutant's pattern matches as often as it should; a renamed signal or a mutant that no longer applies is reported.
//! The proofs themselves run in `make formal-quick` (part of `make test`) and `make formal`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `formal/run.py check FILE`: its exit code and output.
fn check(file: &Path) -> (i32, String) {
    let out = Command::new("python3")
        .arg(root().join("formal/run.py"))
        .arg("check")
        .arg(file)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 formal/run.py: {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("formal")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_observation_point_is_in_the_committed_exports() {
    for f in ["verilog/mmu.v", "verilog/mmu_tlb32.v"] {
        let (code, text) = check(&root().join(f));
        assert_eq!(code, 0, "{f}: {text}");
    }
}

#[test]
fn every_observation_point_is_in_a_fresh_export_of_each_size() {
    let dir = scratch("fresh");
    for n in [4, 8, 16, 32, 64] {
        let file = dir.join(format!("mmu_{n}.v"));
        let out = Command::new(env!("CARGO_BIN_EXE_mmu-rtl"))
            .args(["export", "--tlb-entries", &n.to_string(), "-o"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "export of {n} entries failed");
        let (code, text) = check(&file);
        assert_eq!(code, 0, "{n} entries: {text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `formal/run.py check` on the committed export with `from` replaced by `to`: it must fail with exit status 2; its
/// output.
fn check_broken(name: &str, from: &str, to: &str) -> String {
    let dir = scratch(name);
    let text = std::fs::read_to_string(root().join("verilog/mmu.v")).unwrap();
    let broken = text.replace(from, to);
    assert_ne!(broken, text, "`{from}` is not in verilog/mmu.v");
    let file = dir.join("mmu.v");
    std::fs::write(&file, broken).unwrap();
    let (code, text) = check(&file);
    assert_eq!(code, 2, "{text}");
    let _ = std::fs::remove_dir_all(&dir);
    text
}

/// A signal the proofs read that the export no longer has (here the walker's state flop, renamed) is an error that
/// names it, not a proof about a free input.
#[test]
fn a_renamed_observation_point_is_reported() {
    let text = check_broken("renamed", "state_q", "status_q");
    assert!(
        text.contains("walk_state = walker.state_q: missing"),
        "{text}"
    );
}

/// A mutant whose pattern no longer matches the export would "pass" by never being applied: reported instead.
#[test]
fn a_mutant_that_no_longer_applies_is_reported() {
    let text = check_broken("mutant", "allow = ok;", "allow = ok && 1'b1;");
    assert!(
        text.contains("mutant perm-allow-high: pattern matched 0 times"),
        "{text}"
    );
}
