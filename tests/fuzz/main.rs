//! Parser fuzzing: structure-aware broken inputs for both scenario parsers and for the command line.
//!
//! Every case starts from a valid scenario: a file in `examples/`, the twin of one in the other format, or a random
//! scenario from `mmu_model::random` printed as JSON (`lang::scenario_to_json`) and as `.mmu` text (the printer in
//! `corpus.rs`). Then it is broken. JSON documents are changed as trees (values of the wrong type, huge, negative,
//! float and overflowing numbers, duplicate, unknown, renamed and missing keys, deep nesting, list entries deleted,
//! duplicated and swapped, ops with hostile operands); the text of either format is truncated at any byte or token, has
//! tokens and lines deleted, duplicated and swapped, numbers and words replaced, control characters, invalid UTF-8 and
//! very long runs inserted; `.mmu` files also get directive lines with hostile operands.
//!
//! - In-process, the parsers never panic. An error has a message, is one printable line (a `.mmu` error adds its
//!   source line and a caret) and points inside the input. A scenario that parses is well-formed, survives the JSON
//!   and `.mmu` round trips and runs on the model.
//! - Through the `mmu-rtl` binary, bad input exits 2 with one `mmu-rtl: error:` line naming the file (the headline
//!   the loader gives in-process; a `.mmu` error then shows its line and caret), good input 0 or 1, and nothing panics.
//!
//! Case counts: `MMU_FUZZ_CASES` (default 5000) for each in-process test, a fiftieth of that (at least 24) for each
//! test of the binary. `make fuzz` runs 100k per in-process test with progress lines (`MMU_FUZZ_PROGRESS=1`). Each run
//! draws a seed unless `MMU_FUZZ_SEED` is set; a failure prints the seed, the minimal failing case and the command
//! that replays it.

#[path = "../common/mod.rs"]
mod common;

mod cases;
mod checks;
mod corpus;
mod generators;
mod runner;
mod text;
mod tree;

use std::path::Path;

use mmu_scenario::lang::compile_mmu;
use mmu_scenario::scenario::{parse_scenario, TLB_ENTRIES_MAX};

use crate::cases::{json_case, mmu_case};
use crate::checks::{check_binary, check_in_process, check_scenario, cmd, Cmd, Scratch};
use crate::corpus::{corpus, random_scenario};
use crate::runner::{binary_cases, fuzz, in_process_cases, Verdict};
use crate::tree::nest;

// ---------------------------------------------------------------------------------------------------------------------
// The fuzz tests
// ---------------------------------------------------------------------------------------------------------------------

#[test]
fn json_parser_never_panics_on_broken_scenarios() {
    let scratch = Scratch::new("json");
    fuzz(
        "json_parser_never_panics_on_broken_scenarios",
        in_process_cases(),
        json_case(),
        |case| check_in_process(&case.input(), "json", &scratch),
    );
}

#[test]
fn mmu_compiler_never_panics_on_broken_sources() {
    let scratch = Scratch::new("mmu");
    fuzz(
        "mmu_compiler_never_panics_on_broken_sources",
        in_process_cases(),
        mmu_case(),
        |case| check_in_process(&case.input(), "mmu", &scratch),
    );
}

#[test]
fn binary_answers_broken_json_with_one_error() {
    let scratch = Scratch::new("bin-json");
    fuzz(
        "binary_answers_broken_json_with_one_error",
        binary_cases(),
        (json_case(), cmd()),
        |(case, cmd)| check_binary(&case.input(), "json", *cmd, &scratch),
    );
}

#[test]
fn binary_answers_broken_mmu_with_one_error() {
    let scratch = Scratch::new("bin-mmu");
    fuzz(
        "binary_answers_broken_mmu_with_one_error",
        binary_cases(),
        (mmu_case(), cmd()),
        |(case, cmd)| check_binary(&case.input(), "mmu", *cmd, &scratch),
    );
}

// ---------------------------------------------------------------------------------------------------------------------
// Fixed inputs: the printer, the edges, the regressions
// ---------------------------------------------------------------------------------------------------------------------

/// The `.mmu` printer the fuzzer starts from gives back the random scenarios and the examples.
#[test]
fn printed_scenarios_compile_back() {
    for seed in 0..200 {
        let s = random_scenario(seed);
        check_scenario(&s, format!("random scenario {seed}").as_bytes()).unwrap();
    }
    for (name, text) in &corpus().json {
        let s = parse_scenario(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_scenario(&s, name.as_bytes()).unwrap();
    }
}

/// Inputs at the edges: empty, blank, a BOM, lone brackets, deep nesting, very long lines, NUL bytes, bad escapes.
#[test]
fn edge_inputs_fail_cleanly() {
    let long_number = format!(
        "{{\"memory\": [], \"ops\": [], \"pkru\": {}}}",
        "9".repeat(1 << 20)
    );
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let deep_obj = format!(
        "{{\"memory\": [], \"ops\": [], \"config\": {}}}",
        nest(100_000, true)
    );
    let spaces = format!("{}{{\"memory\": [], \"ops\": []}}", " ".repeat(1 << 20));
    let json: Vec<Vec<u8>> = [
        "",
        "\u{feff}",
        " ",
        "\n\n",
        "{",
        "}",
        "[",
        "null",
        "0",
        "\"\"",
        "{}",
        "[]",
        "{\"memory\": [], \"ops\": []} x",
        "{\"memory\": [], \"ops\": []}{}",
        "\u{feff}{\"memory\": [], \"ops\": []}",
        "{\"memory\": [], \"ops\": [], \"ops\": []}",
        "{\"memory\": [], \"ops\": [], \"config\": {\"tlb_entries\": 16, \"tlb_entries\": 16}}",
        "{\"memory\": [], \"ops\": [{\"op\": \"access\", \"op\": \"access\"}]}",
        "{\"memory\": [], \"ops\": [], \"\\ud800\": 0}",
        "{\"memory\": [], \"ops\": [], \"a\\u0000b\": 0}",
        "{\"memory\": [[\"0x8\", \"0x1\"], [\"0x8\", \"0x2\"]], \"ops\": []}",
        "{\"memory\": [], \"ops\": [], \"config\": {\"tlb_entries\": \"0x8000000000000000\"}}",
        "{\"memory\": [], \"ops\": [], \"config\": {\"tlb_entries\": 2097152}}",
        &long_number,
        &deep,
        &deep_obj,
        &spaces,
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .chain([
        b"\0".to_vec(),
        b"{\"memory\": [], \"ops\": []\0}".to_vec(),
        b"\xff\xfe{}".to_vec(),
    ])
    .collect();
    let long_line = format!("read sup 0x{}\n", "f".repeat(1 << 20));
    let long_word = format!("{}\n", "a".repeat(1 << 20));
    let mmu: Vec<Vec<u8>> = [
        "",
        "\u{feff}",
        "\u{feff}\u{feff}read sup 0\n",
        " \n\t\n",
        "#",
        "->",
        "=",
        "= =",
        "config",
        "config tlb_entries=",
        "config =16",
        "config tlb_entries=0x8000000000000000\n",
        "config tlb_entries=0x10000000000000\nread sup 0x1000\n",
        "config paddr_bits=64\n",
        "tables at 0xfffffffffffff000\n",
        "tables at 0xff_ffff_f000\nmap 0x1000 -> 0x2000 4K\n",
        "tables at 0x1000\nmap 0xffffffffffffffff -> 0 4K\n",
        "tables at 0x1000\nmap 0 -> 0 4k pkey=\n",
        "tables at 0x1000\nmap 0 -> 0xff_ffff_f000 4K\nread sup 0\nmap 0 -> 0x1000 4K\nmap 0 -> 0x2000 2M\n",
        "expect ok\n",
        "read sup 0\nexpect pf ||\n",
        "read sup 0\nexpect pf P|P\n",
        "read sup 0\nexpect pf 0xffffffffffffffffff\n",
        "read sup 0\nexpect ok pa= hit\n",
        "invpcid 0 pcid=4096 va=0\n",
        "invpcid 18446744073709551616\n",
        "cr3 0x8000000000000000\n",
        "read sup 0\r\nexpect gp\r\n",
        "read\u{85}sup 0\n",
        "read sup 0 \u{202e}\n",
        &long_line,
        &long_word,
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .chain([b"read sup 0\0\n".to_vec(), b"read sup \xff\n".to_vec()])
    .collect();
    let scratch = Scratch::new("edges");
    for (ext, inputs) in [("json", &json), ("mmu", &mmu)] {
        for bytes in inputs {
            check_in_process(bytes, ext, &scratch).unwrap();
            check_binary(bytes, ext, Cmd::RunModel, &scratch).unwrap();
        }
    }
}

/// Found by this fuzzer: a huge power-of-two `tlb_entries` was accepted, and the model then allocated every entry
/// (`memory allocation of 144115188075855872 bytes failed`, an abort with a backtrace instead of exit status 2).
#[test]
fn huge_tlb_sizes_are_refused_not_allocated() {
    let scratch = Scratch::new("regress");
    let cases: [(&str, &str); 6] = [
        (
            "json",
            "{\"config\": {\"tlb_entries\": \"0x4000000000000000\"}, \"memory\": [], \"ops\": []}",
        ),
        (
            "json",
            "{\"config\": {\"itlb_entries\": 2097152}, \"memory\": [], \"ops\": []}",
        ),
        (
            "json",
            "{\"config\": {\"tlb_entries\": 2097152}, \"memory\": [], \"ops\": []}",
        ),
        (
            "mmu",
            "config tlb_entries=0x10000000000000\nread sup 0x1000\n",
        ),
        ("mmu", "config tlb_entries=0x200000\n"),
        ("mmu", "config itlb_entries=0x200000\n"),
    ];
    for (ext, text) in cases {
        assert_eq!(
            check_in_process(text.as_bytes(), ext, &scratch).unwrap(),
            Verdict::Rejected,
            "{text}"
        );
        let path = scratch.file(&format!("huge.{ext}"), text.as_bytes());
        let out = common::mmu(&["run", path.to_str().unwrap(), "--engine", "model"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{text}: {err}");
        assert!(
            err.starts_with("mmu-rtl: error: ") && err.contains("huge."),
            "{err}"
        );
        assert!(err.contains("tlb_entries must be a power of two"), "{err}");
    }
    // The largest size accepted still runs on the model.
    let text = format!(
        "{{\"config\": {{\"tlb_entries\": {TLB_ENTRIES_MAX}}}, \"memory\": [], \"ops\": []}}"
    );
    assert_eq!(
        check_in_process(text.as_bytes(), "json", &scratch).unwrap(),
        Verdict::Parsed
    );
}

/// Found by this fuzzer: a `map` whose walk goes through an entry written with `mem` that points beyond MAXPHYADDR
/// wrote the next table there, so the compiled scenario held a memory word no walker can read (and that the JSON
/// format refuses: the round trip through `mmu-rtl compile` failed). Now the map is refused, naming that entry.
#[test]
fn maps_through_an_entry_beyond_maxphyaddr_are_refused() {
    let scratch = Scratch::new("regress-map");
    for text in [
        "config paddr_bits=40\ntables at 0x10000\nmem 0x10000 = 0x2000_0003_5003\nmap 0x1000 -> 0x5000 4K\n",
        "tables at 0x10000\nmap 0x1000 -> 0x5000 4K\nread sup 0x1000\nmem 0x10000 = 0x2000_0003_5003\n\
         map 0x8000000000 -> 0x6000 4K\nmap 0x1000 -> 0x7000 4K\n",
    ] {
        assert_eq!(
            check_in_process(text.as_bytes(), "mmu", &scratch).unwrap(),
            Verdict::Rejected,
            "{text}"
        );
        let e = compile_mmu(text, Path::new("m.mmu")).unwrap_err();
        assert!(e.message().contains("beyond MAXPHYADDR"), "{e}");
        assert!(e.message().contains("0x10000"), "{e}");
        check_binary(text.as_bytes(), "mmu", Cmd::Compile, &scratch).unwrap();
    }
}

/// Found by this fuzzer: a key holding a control character before a doubled `=` was quoted raw in "expected a value
/// after `KEY=`", so the error headline carried the control character (a NUL here) to the terminal.
#[test]
fn keys_in_messages_are_escaped() {
    let scratch = Scratch::new("regress-key");
    for text in [
        "config tlb_entries=8 \0==4\n",
        "tables at 0x10000\nmap 0x1000 -> 0x5000 4K \x1b[2J==1\n",
    ] {
        assert_eq!(
            check_in_process(text.as_bytes(), "mmu", &scratch).unwrap(),
            Verdict::Rejected,
            "{text:?}"
        );
        let e = compile_mmu(text, Path::new("m.mmu")).unwrap_err();
        assert!(e.message().contains("expected a value after `\\"), "{e}");
        check_binary(text.as_bytes(), "mmu", Cmd::RunModel, &scratch).unwrap();
    }
}
