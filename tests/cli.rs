//! The `mmu-rtl` binary end to end: the examples against outcomes computed by hand from their page
//! tables (so these also test the engine), and bad input of every kind (exit 2, one line naming the file).

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::*;

fn example(name: &str) -> PathBuf {
    example_path(name)
}

/// What an access of an example must come to, worked out by hand from its page tables.
#[derive(Clone, Copy, Debug)]
enum Want {
    Ok(u64),
    Pf(u64, u64),
    Gp,
}

/// One expected result: the op index, the outcome, and whether the TLB answered it.
struct Row(usize, Want, bool);

fn hex(v: u64) -> String {
    format!("{v:#x}")
}

/// Runs an example with `--json` on every engine and checks every result and `memory_after` against the hand
/// computation.
fn check_example(name: &str, rows: &[Row], memory_after: &[(u64, u64)]) {
    for engine in ["model", "rtl"] {
        check_example_on(engine, name, rows, memory_after);
    }
}

fn check_example_on(engine: &str, name: &str, rows: &[Row], memory_after: &[(u64, u64)]) {
    let path = example(name);
    let out = mmu(&["run", path.to_str().unwrap(), "--json", "--engine", engine]);
    assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
    assert!(out.stderr.is_empty(), "{name}: {}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("--json prints JSON");

    // One result per access op of the file (counted here straight from the JSON).
    let scenario: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let access_ops: Vec<usize> = scenario["ops"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, op)| op["op"] == "access")
        .map(|(i, _)| i)
        .collect();
    let results = doc["results"].as_array().expect("results is a list");
    let indices: Vec<usize> = results
        .iter()
        .map(|r| r["op_index"].as_u64().unwrap() as usize)
        .collect();
    assert_eq!(indices, access_ops, "{name}: one result per access op");
    assert_eq!(
        rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        access_ops,
        "{name}: the expectations cover every access"
    );

    for (r, Row(op, want, hit)) in results.iter().zip(rows) {
        let ctx = format!("{name} op {op}: {r}");
        match *want {
            Want::Ok(pa) => {
                assert_eq!(r["outcome"], "ok", "{ctx}");
                assert_eq!(r["pa"], hex(pa), "{ctx}");
                assert!(r.get("error_code").is_none(), "{ctx}");
            }
            Want::Pf(code, cr2) => {
                assert_eq!(r["outcome"], "pf", "{ctx}");
                assert_eq!(r["error_code"].as_u64(), Some(code), "{ctx}");
                assert_eq!(r["cr2"], hex(cr2), "{ctx}");
                assert!(r.get("pa").is_none(), "{ctx}");
            }
            Want::Gp => {
                assert_eq!(r["outcome"], "gp", "{ctx}");
                assert!(
                    r.get("pa").is_none() && r.get("error_code").is_none(),
                    "{ctx}"
                );
            }
        }
        // Engines that report TLB hits must report these ones.
        if let Some(got) = r.get("tlb_hit") {
            assert_eq!(got.as_bool(), Some(*hit), "{ctx}: tlb_hit");
        }
    }

    let want_mem: Vec<Value> = memory_after
        .iter()
        .map(|&(a, v)| serde_json::json!([hex(a), hex(v)]))
        .collect();
    assert_eq!(
        doc["memory_after"],
        Value::Array(want_mem),
        "{name}: memory_after"
    );
}

#[test]
fn walk4k_example() {
    // CR3 0x200000; VA 0x7fe9_5867_e9d8 = PML4 255, PDPT 0x1a5, PD 0xc3, PT 0x7e, offset 0x9d8.
    // PML4E at 0x200000 + 8*255 = 0x2007f8, PDPTE 0x201000 + 8*0x1a5 = 0x201d28,
    // PDE 0x202000 + 8*0xc3 = 0x202618, PTE 0x203000 + 8*0x7e = 0x2033f0 -> frame 0x5_4321_7000.
    check_example(
        "walk4k.json",
        &[
            Row(0, Want::Ok(0x5_4321_79d8), false),
            // Same page, other offset: the TLB answers.
            Row(1, Want::Ok(0x5_4321_7010), true),
            // First write meets a clean entry: walks again to set D.
            Row(2, Want::Ok(0x5_4321_79d8), false),
            Row(3, Want::Ok(0x5_4321_79d8), true),
            // After write_mem moved the page: the stale translation is still used.
            Row(5, Want::Ok(0x5_4321_79d8), true),
            // After invlpg: the new frame 0x777_3000.
            Row(7, Want::Ok(0x777_39d8), false),
        ],
        &[
            (0x2007f8, 0x201023),
            (0x201d28, 0x202023),
            (0x202618, 0x203023),
            (0x2033f0, 0x777_3023),
        ],
    );
}

#[test]
fn hugepages_example() {
    // 2M: VA 0x80_c8ba_bcde = PML4 1, PDPT 3, PD 0x45 (PDE at 0x102228 -> 0x4_0060_0000), offset 0x1abcde.
    // 1G: VA 0x81_e345_6789 = PML4 1, PDPT 7 (PDPTE at 0x101038 -> 0x80_4000_0000), offset 0x2345_6789.
    check_example(
        "hugepages.json",
        &[
            Row(0, Want::Ok(0x4_007a_bcde), false),
            Row(1, Want::Ok(0x4_007f_f008), false),
            Row(2, Want::Ok(0x4_0060_0123), true),
            Row(3, Want::Ok(0x80_6345_6789), false),
            Row(4, Want::Ok(0x80_7fff_f000), false), // a fetch: the ITLB has not seen this page
            Row(5, Want::Ok(0x80_6345_6789), false),
            // PDPT index 8 is empty: not present, supervisor read.
            Row(6, Want::Pf(0, 0x82_0000_0010), false),
        ],
        &[
            (0x100008, 0x101027),
            (0x101018, 0x102027),
            (0x102228, 0x4_0060_00e7),
            (0x101038, 0x80_4000_00e7),
        ],
    );
}

#[test]
fn faults_example() {
    // PT at 0x13000 for VA 0x200000..0x3fffff; PTE i maps VA 0x200000 + i*0x1000.
    check_example(
        "faults.json",
        &[
            Row(0, Want::Pf(0x6, 0x200010), false), // not present: W|U
            Row(1, Want::Pf(0x5, 0x201044), false), // user -> supervisor page: P|U
            Row(2, Want::Ok(0x31044), false),
            Row(3, Want::Pf(0x3, 0x202008), false), // read-only, WP=1: P|W
            Row(5, Want::Ok(0x32008), false),       // WP=0
            Row(7, Want::Pf(0x7, 0x207000), false), // user write, read-only user page
            Row(8, Want::Pf(0x11, 0x203000), false), // XD fetch: P|I
            Row(10, Want::Pf(0x11, 0x204100), false), // SMEP: P|I
            Row(11, Want::Ok(0x34100), false),
            Row(13, Want::Pf(0x1, 0x204200), false), // SMAP, AC=0: P (the fetches filled the ITLB and the L2: an L2 hit)
            Row(15, Want::Ok(0x34200), true), // SMAP, AC=1 (the L2 hit copied the entry into the DTLB)
            Row(17, Want::Pf(0x9, 0x205000), false), // bit 45 >= MAXPHYADDR: P|RSVD
            Row(18, Want::Pf(0x9, 0x401234), false), // 2M PDE bit 13: P|RSVD
            Row(21, Want::Pf(0x25, 0x206abc), false), // PKRU.AD key 5: P|U|PK
            Row(23, Want::Ok(0x36abc), false),
            Row(24, Want::Pf(0x27, 0x206abc), false), // PKRU.WD key 5: P|W|U|PK
            Row(25, Want::Gp, false),
            Row(26, Want::Gp, false),
        ],
        &[
            (0x10000, 0x11027),
            (0x11000, 0x12027),
            (0x12008, 0x13027),
            (0x12010, 0x602083),
            (0x13008, 0x31023),
            (0x13010, 0x32061),
            (0x13018, 0x8000_0000_0003_3003),
            (0x13020, 0x34027),
            (0x13028, 0x2000_0003_5003),
            (0x13030, 0x2800_0000_0003_6027),
            (0x13038, 0x37005),
        ],
    );
}

#[test]
fn pcid_example() {
    let a = Want::Ok(0xa1008); // VA 0x1008, non-global
    let g = Want::Ok(0xa2010); // VA 0x2010, G=1
    check_example(
        "pcid.json",
        &[
            Row(0, a, false),
            Row(1, g, false),
            Row(3, a, false),  // PCID 2 has no entry
            Row(4, g, true),   // global: every PCID
            Row(6, a, true),   // back to PCID 1 with bit 63: kept
            Row(8, a, false),  // INVPCID 1 dropped it
            Row(9, g, true),   // ... but not the global one
            Row(11, g, true),  // INVPCID 3 keeps globals
            Row(13, g, false), // INVPCID 2 drops them
            Row(14, a, false),
            Row(15, a, true),
            Row(17, a, false), // INVPCID 0 for 0x1000
            Row(19, g, true),  // INVPCID 0 never drops a global entry
            Row(21, g, false), // PGE 1 -> 0 flushes all
            Row(22, g, true),
            Row(24, g, false), // CR3 write, bit 63 = 0: non-global of PCID 1 dropped
            Row(26, g, false), // PGE 0 -> 1 flushes all
            Row(28, g, false), // INVLPG drops global entries too
        ],
        &[
            (0x10000, 0x11023),
            (0x11000, 0x12023),
            (0x12000, 0x13023),
            (0x13008, 0xa1023),
            (0x13010, 0xa2123),
        ],
    );
}

#[test]
fn table_output() {
    let path = example("walk4k.json");
    let out = mmu(&["run", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    // Header, six accesses, summary.
    assert_eq!(lines.len(), 8, "{text}");
    assert!(
        lines[0].starts_with("op") && lines[0].contains("va"),
        "{text}"
    );
    let first: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(
        first,
        [
            "0",
            "0x00007fe95867e9d8",
            "read",
            "sup",
            "ok",
            "pa",
            "0x5432179d8",
            "walk",
            // A cold 4-level walk at memory latency 2: the L2's 2M probe (its 4K set was read ahead) and the miss's
            // hand-over, the walker's start cycle (the paging-structure cache lookup), four reads of 3 cycles, the
            // rights check with the first A-flag write, three more posted writes, the last one's 2-cycle answer, the
            // answer.
            "22"
        ],
        "{text}"
    );
    assert!(
        lines[6].starts_with(" 7") && lines[6].contains("pa 0x77739d8"),
        "{text}"
    );
    assert_eq!(
        lines[7],
        "6 accesses: 6 ok, 0 #PF, 0 #GP; 3 TLB hits, 0 L2 hits, 3 walks; \
         54 cycles, 9.00 per access on average, 22 at most",
        "{text}"
    );

    let faults = example("faults.json");
    let out = mmu(&["run", faults.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let row = |op: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(op))
            .unwrap_or_else(|| panic!("no row for op {op} in {text}"))
            .to_string()
    };
    assert!(row("24").contains("#PF") && row("24").contains("P|W|U|PK (0x27) cr2 0x206abc"));
    assert!(row("0").contains("W|U (0x6) cr2 0x200010"));
    assert!(row("25").contains("#GP"));
    assert!(
        text.contains(
            "18 accesses: 5 ok, 11 #PF (1 not-present, 2 reserved-bit, 2 protection-key, 6 rights), 2 #GP"
        ),
        "{text}"
    );
}

#[test]
fn every_example_runs_and_prints_json() {
    let mut seen = 0;
    for entry in std::fs::read_dir(example("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        seen += 1;
        let out = mmu(&["run", path.to_str().unwrap(), "--engine", "model", "--json"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            path.display(),
            stderr(&out)
        );
        let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
        let scenario: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let accesses = scenario["ops"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|op| op["op"] == "access")
            .count();
        assert_eq!(
            doc["results"].as_array().unwrap().len(),
            accesses,
            "{}",
            path.display()
        );
        assert!(doc["memory_after"].is_array());
    }
    assert!(seen >= 3, "examples/ holds {seen} scenarios");
}

/// A scratch directory for bad scenarios, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("mmu-rtl-cli-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, text: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs a bad scenario: exit 2, one line on stderr naming the file and containing every `needles`.
fn rejects(path: &Path, needles: &[&str]) -> String {
    let out = mmu(&["run", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{}: {err}", path.display());
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(err.ends_with('\n'));
    assert!(err.starts_with("mmu-rtl: error: "), "{err}");
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(err.contains(name), "{err} does not name {name}");
    for n in needles {
        assert!(err.contains(n), "{err} does not contain {n:?}");
    }
    err
}

/// The walk4k example with one textual replacement (which must apply).
fn walk4k_with(from: &str, to: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(example("walk4k.json")).unwrap();
    assert!(text.contains(from), "walk4k.json has no {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let s = Scratch::new("bad");

    rejects(&s.0.join("does-not-exist.json"), &["cannot read"]);
    rejects(&s.0, &["cannot read"]); // a directory
    rejects(&s.file("empty.json", b""), &["EOF"]);
    rejects(
        &s.file("latin1.json", b"{\"memory\": [], \"ops\": []\xe9}"),
        &["not UTF-8"],
    );

    // Malformed: a comma missing on line 4 of the file.
    let malformed = s.file(
        "malformed.json",
        b"{\n  \"memory\": [],\n  \"ops\": [\n    {\"op\": \"invlpg\" \"va\": 0}\n  ]\n}\n",
    );
    rejects(&malformed, &["malformed.json:4:", "expected `,` or `}`"]);

    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "unknown-op.json",
            "\"op\": \"invlpg\"",
            "\"op\": \"flush\"",
            &["ops[6].op", "unknown op \"flush\""],
        ),
        (
            "unknown-key.json",
            "\"efer_nxe\": true",
            "\"efer_nx\": true",
            &["unknown field `efer_nx`"],
        ),
        (
            "unknown-op-key.json",
            "\"va\": \"0x7fe9_5867_e000\"",
            "\"vaddr\": 0",
            &["ops[6].vaddr", "unknown key"],
        ),
        (
            "misaligned.json",
            "\"0x202618\"",
            "\"0x20261c\"",
            &["memory[2][0]", "not 8-byte aligned"],
        ),
        (
            "misaligned-write.json",
            "\"addr\": \"0x2033f0\"",
            "\"addr\": \"0x2033f4\"",
            &["ops[4].addr", "not 8-byte aligned"],
        ),
        (
            "beyond-maxphyaddr.json",
            "\"0x202618\"",
            "\"0x100_0020_2618\"",
            &["memory[2][0]", "beyond MAXPHYADDR"],
        ),
        (
            "duplicate.json",
            "\"0x202618\"",
            "\"0x2007f8\"",
            &["memory", "already given"],
        ),
        (
            "paddr-bits.json",
            "\"paddr_bits\": 40",
            "\"paddr_bits\": 53",
            &["config.paddr_bits", "32..=52, got 53"],
        ),
        (
            "tlb-entries.json",
            "\"tlb_entries\": 16",
            "\"tlb_entries\": 12",
            &["config.tlb_entries", "power of two"],
        ),
        (
            "mem-latency.json",
            "\"mem_latency\": 2",
            "\"mem_latency\": 0",
            &["config.mem_latency", "1..=1000"],
        ),
        (
            "invpcid-type.json",
            "{\"op\": \"invlpg\", \"va\": \"0x7fe9_5867_e000\"}",
            "{\"op\": \"invpcid\", \"type\": 4}",
            &["ops[6].type", "0..=3, got 4"],
        ),
        (
            "pcid-range.json",
            "{\"op\": \"invlpg\", \"va\": \"0x7fe9_5867_e000\"}",
            "{\"op\": \"invpcid\", \"type\": 1, \"pcid\": 4096}",
            &["ops[6].pcid", "0..=4095, got 4096"],
        ),
        (
            "invpcid-extra.json",
            "{\"op\": \"invlpg\", \"va\": \"0x7fe9_5867_e000\"}",
            "{\"op\": \"invpcid\", \"type\": 2, \"va\": 0}",
            &["ops[6].va", "type 2 does not use `va`"],
        ),
        (
            "pkru.json",
            "\"efer_nxe\": true",
            "\"pkru\": 4294967296",
            &["pkru", "got 4294967296"],
        ),
        (
            "pkru-op.json",
            "{\"op\": \"invlpg\", \"va\": \"0x7fe9_5867_e000\"}",
            "{\"op\": \"write_cr\", \"reg\": \"pkru\", \"value\": \"0x1_0000_0000\"}",
            &["ops[6].value", "below 2^32"],
        ),
        (
            "flag-number.json",
            "{\"op\": \"invlpg\", \"va\": \"0x7fe9_5867_e000\"}",
            "{\"op\": \"write_cr\", \"reg\": \"cr4_smep\", \"value\": 1}",
            &["ops[6].value", "JSON bool"],
        ),
        (
            "bad-number.json",
            "\"va\": \"0x7fe9_5867_e010\"",
            "\"va\": \"0xZZ\"",
            &["ops[1].va", "\"0xZZ\""],
        ),
        (
            "negative.json",
            "\"va\": \"0x7fe9_5867_e010\"",
            "\"va\": -16",
            &["ops[1].va", "negative"],
        ),
        (
            "overflow.json",
            "\"va\": \"0x7fe9_5867_e010\"",
            "\"va\": \"0x1_0000_0000_0000_0000\"",
            &["ops[1].va", "64 bits"],
        ),
        (
            "kind.json",
            "\"kind\": \"write\"",
            "\"kind\": \"modify\"",
            &["ops[2].kind", "unknown access kind"],
        ),
        (
            "user.json",
            "\"user\": false}",
            "\"user\": \"no\"}",
            &["ops[0].user", "expected a boolean"],
        ),
        (
            "cr3-bit63.json",
            "\"cr3\": \"0x20_0000\"",
            "\"cr3\": \"0x8000_0000_0020_0000\"",
            &["cr3", "bit 63"],
        ),
        (
            "unknown-ops-key.json",
            "\"ops\": [",
            "\"opz\": [",
            &["unknown field `opz`"],
        ),
    ];
    for &(name, from, to, needles) in cases {
        let path = s.file(name, &walk4k_with(from, to));
        let err = rejects(&path, needles);
        // Every error found while reading a value has a line number.
        if !needles.iter().any(|n| n.contains("beyond")) {
            let after = err.split(&format!("{name}:")).nth(1).unwrap_or("");
            let line = after.split(':').next().unwrap_or("");
            assert!(line.parse::<usize>().is_ok(), "no line number in {err}");
        }
    }
}

#[test]
fn usage_errors_and_help() {
    let walk = example("walk4k.json");
    let walk = walk.to_str().unwrap();
    for args in [
        &["run"][..],
        &["run", walk, "--engine", "bogus"],
        &["run", walk, "--frobnicate"],
        &["explode"],
        &[],
    ] {
        let out = mmu(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    let out = mmu(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Exit status"));
    let out = mmu(&["run", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for word in ["--engine", "--json", "SCENARIO", "model"] {
        assert!(help.contains(word), "run --help lacks {word}: {help}");
    }
}

/// Characters that make mutations interesting to a JSON parser.
const SPICE: &[u8] = b"{}[]\",:0123456789abcdefxX_-+.eE \ntrufalsn\\\x00\xff";

fn mutate(base: &[u8], edits: &[(u8, usize, u8)]) -> Vec<u8> {
    let mut v = base.to_vec();
    for &(kind, pos, byte) in edits {
        let at = if v.is_empty() { 0 } else { pos % v.len() };
        let b = if byte < 128 {
            SPICE[usize::from(byte) % SPICE.len()]
        } else {
            byte
        };
        match kind % 4 {
            0 if !v.is_empty() => v[at] = b,
            1 => v.insert(at, b),
            2 if !v.is_empty() => {
                v.remove(at);
            }
            _ => {
                // Duplicate a slice: repeats keys, entries, brackets.
                let end = (at + usize::from(byte) % 40).min(v.len());
                let slice = v[at..end].to_vec();
                v.splice(at..at, slice);
            }
        }
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Random byte mutations of a valid scenario: parsing never panics, an error is one line, and a
    /// scenario that still parses runs on the model.
    #[test]
    fn mutated_scenarios_never_panic(
        edits in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..8),
        which in 0usize..4,
    ) {
        let names = ["walk4k.json", "hugepages.json", "faults.json", "pcid.json"];
        let base = std::fs::read(example(names[which])).unwrap();
        let bytes = mutate(&base, &edits);
        let text = String::from_utf8_lossy(&bytes);
        match mmu_scenario::scenario::parse_scenario(&text) {
            Ok(scenario) => {
                use mmu_model::engine::Engine;
                let mut engine = mmu_model::ModelEngine;
                if engine.supports(&scenario.config).is_ok() {
                    let r = engine.run(&scenario).unwrap();
                    prop_assert_eq!(r.results.len(), mmu_scenario::scenario::access_count(&scenario));
                }
            }
            Err(e) => {
                let line = e.to_string();
                prop_assert!(!line.contains('\n'), "{}", line);
                prop_assert!(!e.message().is_empty());
            }
        }
    }
}

/// Offsets of the hex digits inside `"0x…"` strings of a scenario.
fn hex_digit_offsets(text: &[u8]) -> Vec<usize> {
    let mut offsets = Vec::new();
    let mut i = 0;
    while i + 2 < text.len() {
        if &text[i..i + 3] == b"\"0x" {
            let mut j = i + 3;
            while j < text.len() && (text[j].is_ascii_hexdigit() || text[j] == b'_') {
                if text[j] != b'_' {
                    offsets.push(j);
                }
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    offsets
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Random values in a valid scenario (hex digits of addresses, entries and VAs replaced): the
    /// result is a scenario or a one-line error, never a panic, and a scenario runs on the model
    /// with one result per access.
    #[test]
    fn scenarios_with_random_values_parse_or_fail_cleanly(
        edits in proptest::collection::vec((any::<usize>(), 0u8..16), 1..6),
        which in 0usize..4,
    ) {
        let names = ["walk4k.json", "hugepages.json", "faults.json", "pcid.json"];
        let mut bytes = std::fs::read(example(names[which])).unwrap();
        let offsets = hex_digit_offsets(&bytes);
        prop_assert!(!offsets.is_empty());
        for (pos, digit) in edits {
            bytes[offsets[pos % offsets.len()]] = b"0123456789abcdef"[usize::from(digit)];
        }
        let text = String::from_utf8(bytes).unwrap();
        match mmu_scenario::scenario::parse_scenario(&text) {
            Ok(scenario) => {
                use mmu_model::engine::Engine;
                let mut engine = mmu_model::ModelEngine;
                prop_assert!(engine.supports(&scenario.config).is_ok());
                let r = engine.run(&scenario).unwrap();
                prop_assert_eq!(r.results.len(), mmu_scenario::scenario::access_count(&scenario));
                prop_assert_eq!(r.memory_after.len(), scenario.mentioned_words().len());
            }
            Err(e) => {
                // Only the checks a digit can break: alignment, MAXPHYADDR, duplicates, cr3 bit 63, pkru.
                let line = e.to_string();
                prop_assert!(!line.contains('\n'), "{}", line);
                prop_assert!(
                    ["aligned", "MAXPHYADDR", "already given", "bit 63", "below 2^32"]
                        .iter()
                        .any(|w| line.contains(w)),
                    "unexpected error: {}",
                    line
                );
            }
        }
    }
}
