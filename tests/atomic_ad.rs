//! Atomic A/D updates: another agent's store (`external_write`) landing between a walk's read of an entry and the
//! walk's A/D write-back is never lost, and the access then gets what the new entry says.
//!
//! examples/race.mmu runs on every engine (the model, the rust-hdl RTL and the Verilated export); each must give the
//! same answers and leave memory exactly as the other agent and the successful walks left it. A walker that wrote
//! "the entry as read OR A/D" unconditionally would overwrite the stores (the unmapped page would be mapped again,
//! the read-only page writable) and answer those accesses ok.

use serde_json::Value;
use std::process::Command;

fn run(engine: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_mmu-rtl"))
        .args(["run", "examples/race.mmu", "--engine", engine, "--json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("mmu-rtl runs");
    assert!(
        out.status.success(),
        "{engine}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON result document")
}

fn word(doc: &Value, addr: &str) -> String {
    doc["memory_after"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w[0] == addr)
        .unwrap_or_else(|| panic!("{addr} not in memory_after"))[1]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn racing_stores_are_never_lost_on_any_engine() {
    let model = run("model");
    for engine in ["rtl", "verilator"] {
        let doc = run(engine);
        for (got, want) in doc["results"]
            .as_array()
            .unwrap()
            .iter()
            .zip(model["results"].as_array().unwrap())
        {
            for key in [
                "op_index",
                "outcome",
                "error_code",
                "pa",
                "tlb",
                "walk_reads",
            ] {
                assert_eq!(got[key], want[key], "{engine}: {key} of {want}");
            }
        }
        assert_eq!(doc["memory_after"], model["memory_after"], "{engine}");
    }
    // Each PTE as the other agent left it, plus only what a successful walk of the new entry added.
    for (pte, want, why) in [
        (
            "0x103008",
            "0x0",
            "unmapped: the stale A write did not map it again",
        ),
        (
            "0x103010",
            "0xabd001",
            "read-only: no A/D, the write access faulted",
        ),
        ("0x103018", "0xabf023", "remapped: A set in the new entry"),
        (
            "0x103020",
            "0xabf223",
            "the agent's bit 9 kept, A added on top",
        ),
    ] {
        assert_eq!(word(&model, pte), want, "{pte}: {why}");
    }
    // The first two accesses walked twice: the second walk read the entries again.
    let reads: Vec<u64> = model["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["walk_reads"].as_u64().unwrap())
        .collect();
    assert_eq!(
        reads[..3],
        [8, 8, 8],
        "each raced walk read its four entries twice"
    );
}
