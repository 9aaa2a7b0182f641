//! The `.mmu` scenario language end to end: every example holds its `expect` lines, the twins of the JSON examples
//! give the same results, `.mmu` and its compiled JSON are the same scenario, failed expectations exit 1, and bad input
//! is a located error with the line and a caret (exit 2) that never panics.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use mmu_arch::Op;
use mmu_model::engine::{RunResult, Scenario};
use mmu_scenario::lang::{
    check_expectations, compile_mmu, parse_mmu, scenario_to_json, Compiled, Expectation, PairSide,
};
use mmu_scenario::scenario::{load_scenario, parse_scenario};
use proptest::prelude::*;

mod common;
use common::*;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn mmu_examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mmu"))
        .collect();
    v.sort();
    v
}

fn compile_file(path: &Path) -> Compiled {
    let text = std::fs::read_to_string(path).unwrap();
    compile_mmu(&text, path).unwrap_or_else(|e| panic!("{e}"))
}

fn run_model(s: &Scenario) -> RunResult {
    mmu_model::run(s).0
}

/// Where an expectation may stand: every access of the scenario, as (op index, side of a pair), in op order.
fn access_slots(s: &Scenario) -> Vec<(usize, Option<PairSide>)> {
    let mut slots = Vec::new();
    for (i, op) in s.ops.iter().enumerate() {
        match op {
            Op::Access(_) => slots.push((i, None)),
            Op::Pair { .. } => {
                slots.push((i, Some(PairSide::Fetch)));
                slots.push((i, Some(PairSide::Data)));
            }
            _ => {}
        }
    }
    slots
}

/// The expectation belongs to an access: an `access` op, or the side of a `pair` it names.
fn stands_on_an_access(s: &Scenario, e: &Expectation) -> bool {
    match e.side {
        None => matches!(s.ops.get(e.op_index), Some(Op::Access(_))),
        Some(_) => matches!(s.ops.get(e.op_index), Some(Op::Pair { .. })),
    }
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("mmu-rtl-lang-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
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

#[test]
fn every_example_holds_its_expectations() {
    let files = mmu_examples();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for want in [
        "tour.mmu",
        "walk4k.mmu",
        "hugepages.mmu",
        "faults.mmu",
        "pcid.mmu",
        "pair.mmu",
    ] {
        assert!(
            names.iter().any(|n| n == want),
            "examples/{want} is missing"
        );
    }
    for path in &files {
        let name = path.display();
        let c = compile_file(path);
        // Every access of an example is also a test (both of a pair, whichever `expect` line comes first).
        let accesses = access_slots(&c.scenario);
        let mut expected: Vec<(usize, Option<PairSide>)> = c
            .expectations
            .iter()
            .map(|e| (e.op_index, e.side))
            .collect();
        expected.sort_by_key(|&(i, side)| (i, side.map(PairSide::index)));
        assert_eq!(
            expected, accesses,
            "{name}: every access has an expect line"
        );

        // Checked through the library...
        let failures = check_expectations(&c.expectations, &run_model(&c.scenario));
        assert!(failures.is_empty(), "{name}: {failures:#?}");

        // ...and through the command line, which says so.
        let out = mmu(&["run", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{name}: {}", stderr(&out));
        let last = stdout(&out).lines().last().unwrap_or("").to_string();
        assert_eq!(
            last,
            format!("{} expectations held", c.expectations.len()),
            "{name}"
        );
    }
}

#[test]
fn twins_of_the_json_examples_give_the_same_results() {
    let mut twins = 0;
    for path in mmu_examples() {
        let json = path.with_extension("json");
        if !json.exists() {
            continue;
        }
        twins += 1;
        let name = path.display();
        let from_mmu = compile_file(&path).scenario;
        let from_json = load_scenario(&json).unwrap();
        assert_eq!(from_mmu.config, from_json.config, "{name}");
        assert_eq!(from_mmu.control, from_json.control, "{name}");
        assert_eq!(from_mmu.ops, from_json.ops, "{name}");
        let (a, b) = (run_model(&from_mmu), run_model(&from_json));
        let outcomes = |r: &RunResult| -> Vec<_> {
            r.results
                .iter()
                .map(|x| (x.op_index, x.outcome, x.tlb_hit, x.tlb))
                .collect()
        };
        assert_eq!(outcomes(&a), outcomes(&b), "{name}");
    }
    assert_eq!(
        twins, 4,
        "walk4k, hugepages, faults and pcid have .mmu twins"
    );

    // Two of them build exactly the JSON's page tables, word for word.
    for twin in ["hugepages", "faults"] {
        let from_mmu = compile_file(&examples_dir().join(format!("{twin}.mmu"))).scenario;
        let from_json = load_scenario(&examples_dir().join(format!("{twin}.json"))).unwrap();
        let set = |s: &Scenario| s.memory.iter().copied().collect::<BTreeSet<_>>();
        assert_eq!(set(&from_mmu), set(&from_json), "{twin}: initial memory");
    }
}

#[test]
fn compiled_json_is_the_same_scenario() {
    let s = Scratch::new("compile");
    for path in mmu_examples() {
        let name = path.display().to_string();
        let scenario = compile_file(&path).scenario;
        let text = scenario_to_json(&scenario);
        let back = parse_scenario(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        assert_eq!(back, scenario, "{name}");

        // The command line prints the same text, or writes it with -o.
        let out = mmu(&["compile", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert_eq!(stdout(&out), text, "{name}");
        let json_path = s.0.join(path.with_extension("json").file_name().unwrap());
        let out = mmu(&[
            "compile",
            path.to_str().unwrap(),
            "-o",
            json_path.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&json_path).unwrap(), text);

        // Running either gives the same result document.
        let via_mmu = mmu(&["run", path.to_str().unwrap(), "--json"]);
        let via_json = mmu(&["run", json_path.to_str().unwrap(), "--json"]);
        assert_eq!(via_mmu.status.code(), Some(0), "{name}");
        assert_eq!(stdout(&via_mmu), stdout(&via_json), "{name}");
    }
    assert_eq!(
        parse_mmu("", Path::new("empty.mmu")).unwrap(),
        parse_scenario(r#"{"memory": [], "ops": []}"#).unwrap(),
        "an empty file is the empty scenario"
    );
}

#[test]
fn failed_expectations_exit_1_and_name_their_line() {
    let s = Scratch::new("expect");
    let good = "tables at 0x10000\n\
                map 0x1000 -> 0x5000 4K rw user\n\
                read user 0x1008\n\
                expect ok pa=0x5008 walk\n\
                write user 0x1010\n\
                expect ok pa=0x5010\n\
                fetch sup 0x1000\n\
                expect ok\n\
                read user 0x2000\n\
                expect pf U\n";
    let bad = good
        .replace("expect ok pa=0x5008 walk", "expect ok pa=0x5008 hit")
        .replace("expect pf U", "expect pf P|U");
    let good_path = s.file("good.mmu", good);
    let bad_path = s.file("bad.mmu", &bad);

    let ok = mmu(&["run", good_path.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(
        stdout(&ok).ends_with("4 expectations held\n"),
        "{}",
        stdout(&ok)
    );

    let out = mmu(&["run", bad_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert_eq!(
        lines[0],
        format!(
            "{}:4: expectation failed for the access at line 3 (op 0): expected ok pa=0x5008 l1, got ok pa=0x5008 walk",
            bad_path.display()
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "{}:10: expectation failed for the access at line 9 (op 3): expected pf P|U (0x5), got pf U (0x4) walk",
            bad_path.display()
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "mmu-rtl: error: {}: 2 of 4 expectations failed",
            bad_path.display()
        )
    );
    // The table still comes out, without the "held" line.
    assert!(stdout(&out).contains("4 accesses"), "{}", stdout(&out));
    assert!(!stdout(&out).contains("held"));

    // --json: the same document as for the good file, the failures on stderr, exit 1.
    let good_json = mmu(&["run", good_path.to_str().unwrap(), "--json"]);
    let bad_json = mmu(&["run", bad_path.to_str().unwrap(), "--json"]);
    assert_eq!(good_json.status.code(), Some(0));
    assert_eq!(bad_json.status.code(), Some(1));
    assert_eq!(stdout(&good_json), stdout(&bad_json));
    assert!(stderr(&bad_json).contains("2 of 4 expectations failed"));
    serde_json::from_str::<serde_json::Value>(&stdout(&bad_json)).expect("--json stays JSON");
}

/// Runs a bad `.mmu` file: exit 2, and on stderr the headline `FILE:LINE:COLUMN: message` (containing `needle`), the
/// source line and a caret under the column; `compile` and `explain` report the same.
fn rejects(s: &Scratch, name: &str, text: &str, line: usize, column: usize, needle: &str) {
    let path = s.file(name, text);
    let out = mmu(&["run", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    assert!(out.stdout.is_empty(), "{name}: {}", stdout(&out));
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "{name}: headline, source line, caret: {err}"
    );
    let head = format!("mmu-rtl: error: {}:{line}:{column}: ", path.display());
    assert!(lines[0].starts_with(&head), "{name}: {err}\nwanted {head}");
    assert!(
        lines[0].contains(needle),
        "{name}: {err}\nwanted {needle:?}"
    );
    // The line as written (a tab shows as one space, so the caret lines up).
    let source = text.lines().nth(line - 1).unwrap().replace('\t', " ");
    let gutter = format!("{line} | ");
    assert_eq!(lines[1], format!("{gutter}{source}"), "{name}");
    let caret_at = lines[2].find('^').expect("a caret");
    assert_eq!(caret_at, gutter.len() + column - 1, "{name}: {err}");
    assert!(
        lines[2].starts_with(&" ".repeat(gutter.len() - 2)),
        "{name}"
    );

    // compile and explain report the same error.
    for args in [
        vec!["compile", path.to_str().unwrap()],
        vec!["explain", path.to_str().unwrap(), "0x1000"],
    ] {
        let out = mmu(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out), err, "{args:?}");
    }
}

#[test]
fn bad_input_is_a_located_error() {
    let s = Scratch::new("bad");
    let t = "tables at 0x10000\n";
    let cases: &[(&str, String, usize, usize, &str)] = &[
        (
            "unknown-directive.mmu",
            format!("{t}# a comment\n  mapp 0x1000 -> 0x5000 4K\n"),
            3,
            3,
            "unknown directive `mapp`",
        ),
        (
            "bad-number.mmu",
            format!("{t}read sup 0x12G4\n"),
            2,
            10,
            "bad number `0x12G4`: 'G' is not a hex digit",
        ),
        (
            "not-a-number.mmu",
            format!("{t}invlpg page\n"),
            2,
            8,
            "expected the linear address (a number such as 0x1000 or 4096), found `page`",
        ),
        (
            "missing-arrow.mmu",
            format!("{t}map 0x1000 0x5000 4K\n"),
            2,
            12,
            "expected `->` between the linear and the physical address",
        ),
        (
            "unknown-flag.mmu",
            format!("{t}map 0x1000 -> 0x5000 4K rw writable\n"),
            2,
            28,
            "unknown map flag `writable`",
        ),
        (
            "contradiction.mmu",
            format!("{t}map 0x1000 -> 0x5000 4K rw ro\n"),
            2,
            28,
            "`ro` contradicts `rw`",
        ),
        (
            "misaligned-va.mmu",
            format!("{t}map 0x1000 -> 0x20_0000 2M\n"),
            2,
            5,
            "linear address 0x1000 is not aligned to the 2M page size",
        ),
        (
            "misaligned-pa.mmu",
            format!("{t}map 0x20_0000 -> 0x1000 2M\n"),
            2,
            18,
            "physical address 0x1000 is not aligned to the 2M page size",
        ),
        (
            "conflict.mmu",
            format!("{t}map 0x20_0000 -> 0x40_0000 2M rw\n\nmap 0x20_1000 -> 0x5000 4K\n"),
            4,
            5,
            "the PDE at 0x12008 (written at line 2) already maps a 2M page at frame 0x400000",
        ),
        (
            "remap-before-ops.mmu",
            format!("{t}map 0x1000 -> 0x5000 4K\nmap 0x1000 -> 0x6000 4K\n"),
            3,
            5,
            "before the first op each page is mapped once",
        ),
        (
            "remap-other-size.mmu",
            format!("{t}map 0x1000 -> 0x5000 4K\nread sup 0x1000\nmap 0 -> 0x20_0000 2M\n"),
            4,
            5,
            "the PDE at 0x12000 (written at line 2) already references a page table at 0x13000",
        ),
        (
            "expect-first.mmu",
            "# nothing yet\nexpect ok\n".to_string(),
            2,
            1,
            "`expect` must directly follow an access (read, write, fetch or pair), and there is none before it",
        ),
        (
            "expect-after-other.mmu",
            format!("{t}read sup 0x1000\ninvlpg 0x1000\nexpect ok\n"),
            4,
            1,
            "but the directive before it is `invlpg` at line 3",
        ),
        (
            "expect-twice.mmu",
            format!("{t}read sup 0x1000\nexpect pf\n\nexpect pf -\n"),
            5,
            1,
            "the access at line 2 already has an expectation (line 3)",
        ),
        (
            "expect-flag.mmu",
            format!("{t}read sup 0x1000\nexpect pf P|X\n"),
            3,
            11,
            "unknown error-code flag `X` in `P|X`",
        ),
        (
            "no-tables.mmu",
            "map 0x1000 -> 0x5000 4K\n".to_string(),
            1,
            1,
            "`tables at PA` must come before the first map",
        ),
        (
            "config-late.mmu",
            format!("{t}config paddr_bits=46\n"),
            2,
            1,
            "`config` must come before every other directive (line 1 has `tables`)",
        ),
        (
            "config-range.mmu",
            "config tlb_entries=12\n".to_string(),
            1,
            20,
            "tlb_entries must be a power of two",
        ),
        (
            "twice.mmu",
            "cr4 smap on\ncr4 smap off\n".to_string(),
            2,
            5,
            "cr4 smap is already set at line 1",
        ),
        (
            "cr4-bit.mmu",
            "cr4 smapp on\n".to_string(),
            1,
            5,
            "unknown CR4 bit `smapp` (one of: pge, pcide, smep, smap, pke)",
        ),
        (
            "on-off.mmu",
            "efer nxe yes\n".to_string(),
            1,
            10,
            "unknown setting `yes` (one of: on, off)",
        ),
        (
            "cr3-bit63.mmu",
            "cr3 0x8000_0000_0001_0000\n".to_string(),
            1,
            5,
            "bit 63 is never stored in CR3",
        ),
        (
            "beyond.mmu",
            "config paddr_bits=36\nmem 0x10_0000_0000 = 1\n".to_string(),
            2,
            5,
            "beyond MAXPHYADDR (paddr_bits = 36",
        ),
        (
            "frame-beyond.mmu",
            format!("{t}map 0x1000 -> 0x100_0000_0000 4K\n"),
            2,
            15,
            "to put a reserved bit in an entry on purpose, write the entry with `mem`",
        ),
        (
            "unaligned-word.mmu",
            "mem 0x1004 = 1\n".to_string(),
            1,
            5,
            "not 8-byte aligned",
        ),
        (
            "mem-missing-eq.mmu",
            "write_mem 0x1000 1\n".to_string(),
            1,
            18,
            "expected `=` between the address and the value",
        ),
        (
            "invpcid.mmu",
            "invpcid 1\n".to_string(),
            1,
            11,
            "INVPCID type 1 needs `pcid=N`",
        ),
        (
            "invpcid-va.mmu",
            "invpcid 2 va=0x1000\n".to_string(),
            1,
            11,
            "INVPCID type 2 does not use `va`",
        ),
        (
            "trailing.mmu",
            "read user 0x1000 0x2000\n".to_string(),
            1,
            18,
            "unexpected `0x2000` (the directive is `read user|sup VA`)",
        ),
        (
            "mode.mmu",
            "read 0x1000\n".to_string(),
            1,
            6,
            "unknown privilege (user is CPL 3, sup is supervisor) `0x1000`",
        ),
        (
            "table-frame-taken.mmu",
            format!("{t}mem 0x11000 = 5\nmap 0x1000 -> 0x5000 4K\n"),
            3,
            1,
            "the next free frame (0x11000, from `tables at` at line 1) already holds the word at 0x11000 (written at line 2)",
        ),
        (
            "tab.mmu",
            "\tread\tsup\tnowhere\n".to_string(),
            1,
            11,
            "found `nowhere`",
        ),
        (
            "pair-two-fetches.mmu",
            format!("{t}pair fetch sup 0x1000 fetch sup 0x2000\n"),
            2,
            23,
            "the second access of a pair is on the data port: a read or a write",
        ),
        (
            "pair-expect-side.mmu",
            format!("{t}pair fetch sup 0x1000 read sup 0x2000\nexpect ok\n"),
            3,
            8,
            "the pair at line 2 has two accesses: name the one this line expects",
        ),
        (
            "pair-expect-twice.mmu",
            format!("{t}pair fetch sup 0x1000 read sup 0x2000\nexpect data ok\nexpect data gp\n"),
            4,
            1,
            "the data of the pair at line 2 already has an expectation (line 3)",
        ),
    ];
    for (name, text, line, column, needle) in cases {
        rejects(&s, name, text, *line, *column, needle);
    }

    // Not UTF-8, and not a known kind of file: one line, exit 2.
    for (name, bytes, needle) in [
        (
            "latin1.mmu",
            &b"read sup 0x1000 # caf\xe9\n"[..],
            "not UTF-8",
        ),
        (
            "scenario.txt",
            &b"read sup 0x1000\n"[..],
            "must end in .mmu",
        ),
        ("noext", &b"read sup 0x1000\n"[..], "must end in .mmu"),
    ] {
        let p = s.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        let out = mmu(&["run", p.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("mmu-rtl: error: "), "{err}");
        assert!(err.contains(name) && err.contains(needle), "{err}");
    }
}

#[test]
fn initial_state_versus_instructions() {
    // The same register lines before and after the first op: state first, MOV instructions after.
    let text = "tables at 0x10000\n\
                map 0x1000 -> 0x5000 4K rw user\n\
                cr4 smap on\n\
                read sup 0x1000\n\
                expect pf P walk\n\
                rflags ac on\n\
                read sup 0x1000\n\
                expect ok pa=0x5000 walk\n\
                cr4 smap off\n\
                rflags ac off\n\
                read sup 0x1000\n\
                expect ok pa=0x5000 hit\n\
                cr3 0x10000\n\
                read sup 0x1000\n\
                expect ok pa=0x5000 walk\n";
    let c = compile_mmu(text, Path::new("t.mmu")).unwrap();
    assert!(c.scenario.control.cr4_smap && !c.scenario.control.rflags_ac);
    assert_eq!(c.scenario.control.cr3, 0x10000, "CR3 defaults to the PML4");
    let kinds: Vec<&str> = c
        .scenario
        .ops
        .iter()
        .map(|op| match op {
            Op::Access(_) => "access",
            Op::WriteCr { .. } => "write_cr",
            Op::WriteCr3 { .. } => "write_cr3",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "access",
            "write_cr",
            "access",
            "write_cr",
            "write_cr",
            "access",
            "write_cr3",
            "access"
        ]
    );
    assert_eq!(c.op_lines, vec![4, 6, 7, 9, 10, 11, 13, 14]);
    let failures = check_expectations(&c.expectations, &run_model(&c.scenario));
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Characters that make mutations interesting to the `.mmu` parser.
const SPICE: &[u8] = b"0123456789abcdefx_ =->#|\n\tPWURSVDIKmapreadwriteuserupexpectok\xff";

fn mutate(base: &[u8], edits: &[(u8, usize, u8)]) -> Vec<u8> {
    let mut v = base.to_vec();
    for &(kind, pos, byte) in edits {
        let at = if v.is_empty() { 0 } else { pos % v.len() };
        let b = SPICE[usize::from(byte) % SPICE.len()];
        match kind % 3 {
            0 if !v.is_empty() => v[at] = b,
            1 => v.insert(at, b),
            _ if !v.is_empty() => {
                v.remove(at);
            }
            _ => {}
        }
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Mutated examples either compile to a scenario that survives the JSON round trip, or fail with a located
    /// error whose caret stays on the line; nothing panics.
    #[test]
    fn mutated_sources_compile_or_fail_cleanly(
        file in 0usize..8,
        edits in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6),
    ) {
        let files = mmu_examples();
        let base = std::fs::read(&files[file % files.len()]).unwrap();
        let text = String::from_utf8_lossy(&mutate(&base, &edits)).into_owned();
        match compile_mmu(&text, Path::new("m.mmu")) {
            Ok(c) => {
                let json = scenario_to_json(&c.scenario);
                let back = parse_scenario(&json);
                prop_assert!(back.is_ok(), "{json}");
                prop_assert_eq!(back.unwrap(), c.scenario.clone());
                for e in &c.expectations {
                    prop_assert!(stands_on_an_access(&c.scenario, e), "{:?}", e);
                }
                // Whatever compiles also runs.
                let _ = run_model(&c.scenario);
            }
            Err(e) => {
                let line_len = e.source_line().chars().count();
                prop_assert!(e.line() >= 1 && e.column() >= 1);
                prop_assert!(e.column() <= line_len + 2, "{}", e);
                prop_assert_eq!(text.lines().nth(e.line() - 1).unwrap_or(""), e.source_line());
                prop_assert!(!e.headline().contains('\n'));
            }
        }
    }
}
