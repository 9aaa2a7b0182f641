//! Parser fuzzing: structure-aware broken inputs for both scenario parsers and for the command line.
//!
//! Every case starts from a valid scenario: a file in `examples/`, the twin of one in the other format, or a random
//! scenario from `mmu_model::random` printed as JSON (`lang::scenario_to_json`) and as `.mmu` text (the printer below).
//! Then it is broken. JSON documents are changed as trees (values of the wrong type, huge, negative, float and
//! overflowing numbers, duplicate, unknown, renamed and missing keys, deep nesting, list entries deleted, duplicated and
//! swapped, ops with hostile operands); the text of either format is truncated at any byte or token, has tokens and
//! lines deleted, duplicated and swapped, numbers and words replaced, control characters, invalid UTF-8 and very long
//! runs inserted; `.mmu` files also get directive lines with hostile operands.
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

mod common;

use std::cell::Cell;
use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mmu_arch::{CrReg, InvpcidType, Op, CR3_NOFLUSH};
use mmu_model as model;
use mmu_model::engine::Scenario;
use mmu_model::random::{self, Params};
use mmu_scenario::lang::{self, compile_mmu, scenario_to_json, LoadError};
use mmu_scenario::scenario::{access_count, parse_scenario, TLB_ENTRIES_MAX};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config as PtConfig, RngAlgorithm, TestCaseError, TestRng, TestRunner};

// ---------------------------------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------------------------------

/// In-process cases per test when `MMU_FUZZ_CASES` is not set: the whole file stays at a few seconds.
const DEFAULT_CASES: u64 = 5000;

fn env_number(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let n = v.trim().replace('_', "").parse().unwrap_or_else(|_| {
        panic!("{name} must be a decimal number, got {v:?}");
    });
    Some(n)
}

fn in_process_cases() -> u32 {
    let n = env_number("MMU_FUZZ_CASES").unwrap_or(DEFAULT_CASES);
    n.clamp(1, u64::from(u32::MAX)) as u32
}

fn binary_cases() -> u32 {
    (in_process_cases() / 50).max(24)
}

/// The seed of this run: `MMU_FUZZ_SEED`, else drawn from the clock.
fn run_seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        env_number("MMU_FUZZ_SEED").unwrap_or_else(|| {
            let t = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            t ^ (u64::from(std::process::id()) << 40)
        })
    })
}

fn progress_wanted() -> bool {
    std::env::var("MMU_FUZZ_PROGRESS").is_ok_and(|v| v != "0" && !v.is_empty())
}

/// What one case came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// The input is a scenario.
    Parsed,
    /// The input was refused with a clean error.
    Rejected,
}

/// Runs `cases` cases of `strategy` through `check` with this run's seed; on failure, panics with the minimal case
/// and the command that replays the run.
fn fuzz<S>(
    name: &str,
    cases: u32,
    strategy: S,
    check: impl Fn(&S::Value) -> Result<Verdict, TestCaseError>,
) where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let seed = run_seed();
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    let config = PtConfig {
        cases,
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..PtConfig::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &key));
    let (parsed, rejected, done) = (Cell::new(0u64), Cell::new(0u64), Cell::new(0u64));
    let start = Instant::now();
    let every = u64::from(cases / 20).max(1);
    let progress = progress_wanted();
    let result = runner.run(&strategy, |case| {
        let verdict = check(&case)?;
        match verdict {
            Verdict::Parsed => parsed.set(parsed.get() + 1),
            Verdict::Rejected => rejected.set(rejected.get() + 1),
        }
        done.set(done.get() + 1);
        if progress && done.get() % every == 0 {
            let s = start.elapsed().as_secs_f64();
            eprintln!(
                "fuzz {name}: {}/{cases} cases ({} parsed, {} rejected), {s:.1} s, {:.0} cases/s",
                done.get(),
                parsed.get(),
                rejected.get(),
                done.get() as f64 / s.max(1e-9)
            );
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!(
            "fuzz {name} failed (seed {seed}): {e}\n\
             reproduce: MMU_FUZZ_SEED={seed} MMU_FUZZ_CASES={} cargo test --release --test fuzz {name} -- --exact",
            in_process_cases()
        );
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "fuzz {name}: {cases} cases in {secs:.1} s ({} parsed, {} rejected), seed {seed}",
        parsed.get(),
        rejected.get()
    );
    // The generators must reach both sides: inputs that still parse and inputs that do not.
    if cases >= 500 {
        assert!(
            parsed.get() > 0 && rejected.get() > 0,
            "fuzz {name}: {} parsed, {} rejected: the mutations miss one side",
            parsed.get(),
            rejected.get()
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Valid inputs to start from
// ---------------------------------------------------------------------------------------------------------------------

/// A scenario as `.mmu` text, and how many leading `write_cr` ops it leaves out: before the first other op a register
/// line sets the initial state, so those cannot be written as instructions.
fn to_mmu(s: &Scenario) -> (String, usize) {
    let mut out = String::new();
    // Every config key, as the JSON printer names them.
    let json: serde_json::Value =
        serde_json::from_str(&scenario_to_json(s)).expect("a printed scenario is JSON");
    let config = json["config"].as_object().expect("a config object");
    let keys: Vec<String> = config.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let _ = writeln!(out, "config {}", keys.join(" "));
    for &(a, v) in &s.memory {
        let _ = writeln!(out, "mem {a:#x} = {v:#x}");
    }
    for reg in CrReg::ALL {
        let _ = writeln!(out, "{}", reg_line(reg, s.control.get(reg)));
    }
    let _ = writeln!(out, "cr3 {:#x}", s.control.cr3);
    let skip = s
        .ops
        .iter()
        .take_while(|op| matches!(op, Op::WriteCr { .. }))
        .count();
    for op in &s.ops[skip..] {
        let line = match *op {
            Op::Access(a) => format!(
                "{} {} {:#x}",
                a.kind.name(),
                if a.user { "user" } else { "sup" },
                a.va
            ),
            Op::WriteMem { addr, value } => format!("write_mem {addr:#x} = {value:#x}"),
            Op::Poison { addr } => format!("poison {addr:#x}"),
            Op::Invlpg { va } => format!("invlpg {va:#x}"),
            Op::Invpcid { kind, pcid, va } => match kind {
                InvpcidType::Address => format!("invpcid 0 pcid={pcid} va={va:#x}"),
                InvpcidType::SingleContext => format!("invpcid 1 pcid={pcid}"),
                other => format!("invpcid {}", other.number()),
            },
            Op::WriteCr3 { value } => format!("write_cr3 {value:#x}"),
            Op::WriteCr { reg, value } => reg_line(reg, value),
        };
        out.push_str(&line);
        out.push('\n');
    }
    (out, skip)
}

fn reg_line(reg: CrReg, value: u64) -> String {
    if reg.is_flag() {
        let (dir, bit) = reg.key().split_once('_').expect("flag keys are REG_BIT");
        format!("{dir} {bit} {}", if value != 0 { "on" } else { "off" })
    } else {
        format!("pkru {value:#x}")
    }
}

/// The scenario as the JSON format gives it back (INVPCID operands a type does not use are 0).
fn canonical(s: &Scenario) -> Scenario {
    parse_scenario(&scenario_to_json(s)).expect("a printed scenario parses")
}

fn random_scenario(seed: u64) -> Scenario {
    let params = Params {
        ops: 4 + (seed % 61) as usize,
        pages: 1 + ((seed >> 8) % 12) as usize,
        ..Params::default()
    };
    canonical(&random::scenario(seed, &params))
}

/// The examples in both formats: every file, and its twin printed in the other format.
struct Corpus {
    json: Vec<(String, String)>,
    mmu: Vec<(String, String)>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = common::example_path("");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("examples/ is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        files.sort();
        let (mut json, mut mmu) = (Vec::new(), Vec::new());
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Some(kind) = lang::source_kind(&path) else {
                continue;
            };
            let text = std::fs::read_to_string(&path).expect("an example is text");
            match kind {
                lang::SourceKind::Json => {
                    let s = parse_scenario(&text).expect("a JSON example parses");
                    mmu.push((format!("{name} as .mmu"), to_mmu(&s).0));
                    json.push((name, text));
                }
                lang::SourceKind::Mmu => {
                    let c = compile_mmu(&text, &path).expect("a .mmu example compiles");
                    json.push((format!("{name} as JSON"), scenario_to_json(&c.scenario)));
                    mmu.push((name, text));
                }
            }
        }
        assert!(
            json.len() >= 8 && mmu.len() >= 8,
            "examples/ holds too few scenarios"
        );
        Corpus { json, mmu }
    })
}

/// Where a case starts.
#[derive(Clone, Debug)]
enum Base {
    /// An entry of the corpus (modulo its size).
    Example(usize),
    /// A random scenario from this seed.
    Random(u64),
}

fn base() -> impl Strategy<Value = Base> {
    prop_oneof![
        (0..1000usize).prop_map(Base::Example),
        any::<u64>().prop_map(Base::Random),
    ]
}

impl Base {
    fn json(&self) -> (String, String) {
        match *self {
            Base::Example(i) => corpus().json[i % corpus().json.len()].clone(),
            Base::Random(seed) => (
                format!("random scenario {seed}"),
                scenario_to_json(&random_scenario(seed)),
            ),
        }
    }

    fn mmu(&self) -> (String, String) {
        match *self {
            Base::Example(i) => corpus().mmu[i % corpus().mmu.len()].clone(),
            Base::Random(seed) => (
                format!("random scenario {seed}"),
                to_mmu(&random_scenario(seed)).0,
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Hostile material
// ---------------------------------------------------------------------------------------------------------------------

/// Numbers the parsers must refuse or take exactly: overflow, sign, fractions, bad digits and separators, other bases,
/// non-ASCII digits, and the values at the edge of every range.
const EVIL_NUMBERS: &[&str] = &[
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999999999999",
    "1e400",
    "-1e400",
    "-1",
    "-0",
    "-9223372036854775808",
    "-9223372036854775809",
    "1.5",
    "0.0",
    "1e3",
    "1E-7",
    "0x",
    "0x10000000000000000",
    "0xffffffffffffffffff",
    "0xFFFFFFFFFFFFFFFF",
    "0x_1",
    "0x1_",
    "1__0",
    "_1",
    "0X10",
    "+1",
    "0b101",
    "0o17",
    "0x1g",
    "\u{663}",
    "\u{ff11}",
    "0x7fffffffffffffff",
    "0x8000000000000000",
    "0x8000000000010000",
    "0x4000000000000000",
    "4294967295",
    "4294967296",
    "65536",
    "131072",
    "0x100000000000",
    "0x10000000000",
    "0xfffffffffff8",
    "0x10000000000000",
    "0xffffffffff000",
    "0xfffffffffffff000",
    "0xffff800000000000",
    "0x800000000000",
    "4095",
    "4096",
    "0",
    "3",
    "5",
    "31",
    "32",
    "52",
    "53",
    "1000",
    "1001",
    "NaN",
    "Infinity",
    "",
    " ",
    "0x10 ",
    "0x1000\u{0}",
];

/// Numbers a scenario may well hold: page and table addresses, the MAXPHYADDR edges, canonical and non-canonical
/// VAs, CR3 with bit 63, the ends of the 32- and 64-bit ranges.
const NICE_NUMBERS: &[u64] = &[
    0,
    1,
    2,
    3,
    4,
    8,
    16,
    32,
    64,
    0xfff,
    0x1000,
    0x1008,
    0x2000,
    0x10000,
    0x11000,
    0x13020,
    0x100000,
    0x200000,
    0x40000000,
    0x7f00_0000_1000,
    0x7fff_ffff_f000,
    0x8000_0000_0000,
    0xffff_8000_0000_0000,
    0xffff_ffff_ffff_f000,
    0xff_ffff_f000,
    0xff_ffff_fff8,
    0x100_0000_0000,
    0xf_ffff_ffff_f000,
    0x10_0000_0000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    0x8000_0000_0001_0000,
    u64::MAX,
];

/// Bytes to insert: control characters, line ends, Unicode spaces and formatting, invalid UTF-8, punctuation of both
/// formats.
const JUNK: &[&[u8]] = &[
    b"\0",
    b"\x01",
    b"\x07",
    b"\x08",
    b"\x0b",
    b"\x0c",
    b"\x1b[31m",
    b"\x7f",
    b"\r",
    b"\r\n",
    b"\t",
    b"\n",
    b"\n\n",
    b"\xef\xbb\xbf",
    b"\xe2\x80\x8b",
    b"\xe2\x80\xa8",
    b"\xc2\x85",
    b"\xc2\xa0",
    b"\xe2\x80\xae",
    b"\xcc\x81",
    b"\xf0\x9f\x98\x80",
    b"\xc3\xa9",
    b"\xff",
    b"\xfe",
    b"\xc3",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\x80",
    b"\xe2\x82",
    b"#",
    b"=",
    b"->",
    b"|",
    b"\"",
    b"\\",
    b",",
    b":",
    b"{",
    b"}",
    b"[",
    b"]",
    b"\\u0000",
    b"\\ud800",
    b"/*",
    b"//",
    b" ",
];

/// What a long run is made of.
const RUNS: &[&str] = &[
    "9", "f", " ", "a", "[", "{\"a\":", "0x", "_", "\t", "-", "->", "=", "\"", "\\", "\n", "#",
    "[0,", "é",
];

const RUN_LENGTHS: &[usize] = &[100, 4096, 65_536, 200_000];

/// Tokens that may replace a JSON token.
const JSON_WORDS: &[&str] = &[
    "null",
    "true",
    "false",
    "\"read\"",
    "\"write\"",
    "\"fetch\"",
    "\"access\"",
    "\"write_cr\"",
    "\"invpcid\"",
    "\"cr4_pge\"",
    "\"pkru\"",
    "\"va\"",
    "\"op\"",
    "\"memory\"",
    "\"ops\"",
    "\"config\"",
    "{}",
    "[]",
    "[[]]",
    "{\"op\": \"invlpg\", \"va\": 0}",
    "\"\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\\\\"",
    ":",
    ",",
    "}",
    "]",
    "{",
    "[",
    "nul",
    "True",
    "'0x1000'",
];

/// Words that may replace a `.mmu` token.
const MMU_WORDS: &[&str] = &[
    "config",
    "tables",
    "at",
    "map",
    "mem",
    "cr3",
    "cr0",
    "cr4",
    "efer",
    "rflags",
    "pkru",
    "read",
    "write",
    "fetch",
    "invlpg",
    "invpcid",
    "write_cr3",
    "write_mem",
    "expect",
    "user",
    "sup",
    "rw",
    "ro",
    "nx",
    "global",
    "accessed",
    "dirty",
    "pkey=3",
    "pkey=16",
    "pkey=",
    "4K",
    "2M",
    "1G",
    "4k",
    "8K",
    "on",
    "off",
    "wp",
    "pge",
    "pcide",
    "smep",
    "smap",
    "pke",
    "nxe",
    "ac",
    "ok",
    "pf",
    "gp",
    "hit",
    "walk",
    "P|W|U",
    "RSVD",
    "PK|I",
    "P||W",
    "|",
    "-",
    "0x40",
    "pa=0x1000",
    "pcid=5",
    "pcid=4096",
    "va=0x1000",
    "tlb_entries=3",
    "paddr_bits=53",
    "mem_latency=0",
    "=",
    "->",
    "#",
    "x=",
];

/// Keys an object may get: every key of the format, near misses, control characters, and keys of the result document.
const KEYS: &[&str] = &[
    "config",
    "tlb_entries",
    "paddr_bits",
    "mem_latency",
    "cr0_wp",
    "cr4_pge",
    "cr4_pcide",
    "cr4_smep",
    "cr4_smap",
    "cr4_pke",
    "efer_nxe",
    "rflags_ac",
    "pkru",
    "cr3",
    "memory",
    "ops",
    "op",
    "va",
    "kind",
    "user",
    "addr",
    "value",
    "type",
    "pcid",
    "reg",
    "",
    " ",
    "Op",
    "VA",
    "op ",
    "\u{0}",
    "\u{1b}[2J",
    "\u{7f}",
    "\u{85}",
    "é",
    "\u{202e}ops",
    "results",
    "memory_after",
    "__proto__",
    "tlb_entries\u{0}",
];

/// JSON values a node may become.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "1",
    "-1",
    "-0",
    "1.5",
    "1e3",
    "1e400",
    "-1e400",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775809",
    "4294967296",
    "\"\"",
    "\"0x1000\"",
    "\"0x\"",
    "\"-1\"",
    "\"read\"",
    "\"access\"",
    "\"cr4_pge\"",
    "\"true\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u001b[31m\"",
    "\"\u{feff}0x8\"",
    "[]",
    "[0]",
    "[null]",
    "[[0, 0]]",
    "[[\"0x8\", \"0x1\"]]",
    "[[\"0x8\", \"0x1\", 0]]",
    "[[\"0x8\"]]",
    "{}",
    "{\"\": null}",
    "{\"op\": \"invlpg\", \"va\": 0}",
    "{\"tlb_entries\": 16}",
];

const NEST_DEPTHS: &[usize] = &[2, 64, 127, 128, 129, 200, 5000, 100_000];

fn idx() -> impl Strategy<Value = usize> + Clone {
    0..10_000usize
}

/// A number as JSON text: a nice or a hostile one, bare or in a string.
fn json_number() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(NICE_NUMBERS).prop_map(|n| n.to_string()),
        3 => select(NICE_NUMBERS).prop_map(|n| format!("\"{n:#x}\"")),
        2 => select(EVIL_NUMBERS).prop_map(|s| s.to_string()),
        2 => select(EVIL_NUMBERS).prop_map(|s| serde_json::to_string(s).unwrap()),
    ]
    .boxed()
}

/// A number as `.mmu` text: hex, decimal, with separators, or hostile.
fn mmu_number() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(NICE_NUMBERS).prop_map(|n| format!("{n:#x}")),
        1 => select(NICE_NUMBERS).prop_map(|n| n.to_string()),
        1 => select(NICE_NUMBERS).prop_map(|n| {
            // `_` every four hex digits.
            let hex = format!("{n:x}");
            let digits: Vec<String> = hex
                .as_bytes()
                .rchunks(4)
                .rev()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            format!("0x{}", digits.join("_"))
        }),
        2 => select(EVIL_NUMBERS).prop_map(|s| s.to_string()),
    ]
    .boxed()
}

/// An op object with hostile or edge operands.
fn json_op() -> BoxedStrategy<String> {
    let n = json_number;
    prop_oneof![
        (n(), 0..4usize, any::<bool>()).prop_map(|(va, k, u)| format!(
            "{{\"op\": \"access\", \"va\": {va}, \"kind\": \"{}\", \"user\": {u}}}",
            ["read", "write", "fetch", "Read"][k]
        )),
        (n(), n())
            .prop_map(|(a, v)| format!("{{\"op\": \"write_mem\", \"addr\": {a}, \"value\": {v}}}")),
        n().prop_map(|va| format!("{{\"op\": \"invlpg\", \"va\": {va}}}")),
        (n(), n(), n(), 0..4usize).prop_map(|(t, p, va, keys)| match keys {
            0 => format!("{{\"op\": \"invpcid\", \"type\": {t}}}"),
            1 => format!("{{\"op\": \"invpcid\", \"type\": {t}, \"pcid\": {p}}}"),
            2 => format!("{{\"op\": \"invpcid\", \"type\": {t}, \"va\": {va}}}"),
            _ => format!("{{\"op\": \"invpcid\", \"type\": {t}, \"pcid\": {p}, \"va\": {va}}}"),
        }),
        n().prop_map(|v| format!("{{\"op\": \"write_cr3\", \"value\": {v}}}")),
        (
            0..10usize,
            prop_oneof![n(), Just("true".to_string()), Just("false".to_string())]
        )
            .prop_map(|(r, v)| {
                let reg = CrReg::ALL.get(r).map_or("cr3", |r| r.key());
                format!("{{\"op\": \"write_cr\", \"reg\": \"{reg}\", \"value\": {v}}}")
            }),
    ]
    .boxed()
}

/// A `.mmu` directive line with hostile or edge operands.
fn mmu_line() -> BoxedStrategy<String> {
    let n = mmu_number;
    let word = || select(MMU_WORDS);
    prop_oneof![
        (
            select(&["tlb_entries", "paddr_bits", "mem_latency", "tlb"][..]),
            n()
        )
            .prop_map(|(k, v)| format!("config {k}={v}")),
        n().prop_map(|v| format!("tables at {v}")),
        (
            n(),
            n(),
            select(&["4K", "2M", "1G", "2m", "3K"][..]),
            vec(word(), 0..4)
        )
            .prop_map(|(va, pa, size, attrs)| format!(
                "map {va} -> {pa} {size} {}",
                attrs.join(" ")
            )),
        (select(&["mem", "write_mem"][..]), n(), n())
            .prop_map(|(d, a, v)| format!("{d} {a} = {v}")),
        (select(&["cr3", "write_cr3", "pkru", "invlpg"][..]), n())
            .prop_map(|(d, v)| format!("{d} {v}")),
        (
            select(
                &[
                    "cr0 wp",
                    "cr4 pge",
                    "cr4 pcide",
                    "cr4 smep",
                    "cr4 smap",
                    "cr4 pke",
                    "efer nxe",
                    "rflags ac",
                    "cr4 wp"
                ][..]
            ),
            select(&["on", "off", "yes", ""][..])
        )
            .prop_map(|(r, v)| format!("{r} {v}")),
        (
            select(&["read", "write", "fetch"][..]),
            select(&["user", "sup"][..]),
            n()
        )
            .prop_map(|(k, u, va)| format!("{k} {u} {va}")),
        (n(), n(), n(), 0..4usize).prop_map(|(t, p, va, keys)| match keys {
            0 => format!("invpcid {t}"),
            1 => format!("invpcid {t} pcid={p}"),
            2 => format!("invpcid {t} va={va} pcid={p}"),
            _ => format!("invpcid {t} pcid={p} va={va}"),
        }),
        (
            select(&["ok", "pf", "gp"][..]),
            vec(word(), 0..3),
            prop::option::of(n())
        )
            .prop_map(|(o, words, pa)| {
                let pa = pa.map(|p| format!(" pa={p}")).unwrap_or_default();
                format!("expect {o}{pa} {}", words.join(" "))
            }),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------------------------------------
// Text mutations (both formats)
// ---------------------------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// A number, or a JSON string that holds one.
    Number,
    Word,
    Str,
    Punct,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
    kind: TokKind,
}

fn json_tokens(b: &[u8]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let kind = match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                let numeric = b.get(start + 1).is_some_and(u8::is_ascii_digit);
                if numeric {
                    TokKind::Number
                } else {
                    TokKind::Str
                }
            }
            b'{' | b'}' | b'[' | b']' | b',' | b':' => {
                i += 1;
                TokKind::Punct
            }
            b'-' | b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b"+-._".contains(&b[i])) {
                    i += 1;
                }
                TokKind::Number
            }
            c if c.is_ascii_alphabetic() => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                TokKind::Word
            }
            _ => {
                i += 1;
                TokKind::Other
            }
        };
        spans.push(Span {
            start,
            end: i,
            kind,
        });
    }
    spans
}

fn mmu_tokens(b: &[u8]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let kind = if c == b'=' {
            i += 1;
            TokKind::Punct
        } else if b[i..].starts_with(b"->") {
            i += 2;
            TokKind::Punct
        } else {
            while i < b.len()
                && !b[i].is_ascii_whitespace()
                && b[i] != b'='
                && b[i] != b'#'
                && !b[i..].starts_with(b"->")
            {
                i += 1;
            }
            if c.is_ascii_digit() {
                TokKind::Number
            } else {
                TokKind::Word
            }
        };
        spans.push(Span {
            start,
            end: i,
            kind,
        });
    }
    spans
}

/// A change to the text of a scenario. Indices are taken modulo what exists, so every mutation applies to any input.
#[derive(Clone, Debug)]
enum TextMut {
    /// Keep this many bytes (possibly inside a UTF-8 sequence).
    Truncate(usize),
    TruncateAtToken {
        token: usize,
        after: bool,
    },
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
    ReplaceNumber {
        token: usize,
        with: usize,
        quoted: bool,
    },
    ReplaceToken {
        token: usize,
        with: usize,
    },
    DeleteLine(usize),
    DuplicateLine {
        from: usize,
        to: usize,
    },
    SwapLines(usize, usize),
    Insert {
        at: usize,
        junk: usize,
    },
    InsertAtToken {
        token: usize,
        junk: usize,
    },
    LongRun {
        at: usize,
        run: usize,
        len: usize,
    },
    SetByte {
        at: usize,
        byte: u8,
    },
    /// A generated `.mmu` directive line.
    InsertLine {
        at: usize,
        line: String,
    },
    CrLf,
    OneLine,
    Empty,
}

fn text_mut(json: bool) -> BoxedStrategy<TextMut> {
    let common = prop_oneof![
        3 => idx().prop_map(TextMut::Truncate),
        3 => (idx(), any::<bool>()).prop_map(|(token, after)| TextMut::TruncateAtToken { token, after }),
        3 => idx().prop_map(TextMut::DeleteToken),
        2 => idx().prop_map(TextMut::DuplicateToken),
        2 => (idx(), idx()).prop_map(|(a, b)| TextMut::SwapTokens(a, b)),
        6 => (idx(), idx(), any::<bool>())
            .prop_map(|(token, with, quoted)| TextMut::ReplaceNumber { token, with, quoted }),
        3 => (idx(), idx()).prop_map(|(token, with)| TextMut::ReplaceToken { token, with }),
        2 => idx().prop_map(TextMut::DeleteLine),
        2 => (idx(), idx()).prop_map(|(from, to)| TextMut::DuplicateLine { from, to }),
        2 => (idx(), idx()).prop_map(|(a, b)| TextMut::SwapLines(a, b)),
        3 => (idx(), idx()).prop_map(|(at, junk)| TextMut::Insert { at, junk }),
        2 => (idx(), idx()).prop_map(|(token, junk)| TextMut::InsertAtToken { token, junk }),
        1 => (idx(), idx(), select(RUN_LENGTHS)).prop_map(|(at, run, len)| TextMut::LongRun { at, run, len }),
        1 => (idx(), any::<u8>()).prop_map(|(at, byte)| TextMut::SetByte { at, byte }),
        1 => Just(TextMut::CrLf),
        1 => Just(TextMut::OneLine),
        1 => Just(TextMut::Empty),
    ];
    if json {
        common.boxed()
    } else {
        prop_oneof![
            3 => common,
            2 => (idx(), mmu_line()).prop_map(|(at, line)| TextMut::InsertLine { at, line }),
        ]
        .boxed()
    }
}

fn lines_of(b: &[u8]) -> Vec<Vec<u8>> {
    b.split(|&c| c == b'\n').map(<[u8]>::to_vec).collect()
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b'\n')
}

fn apply_text(b: &mut Vec<u8>, m: &TextMut, json: bool) {
    let tokens = if json { json_tokens(b) } else { mmu_tokens(b) };
    let pick = |i: usize| (!tokens.is_empty()).then(|| tokens[i % tokens.len()]);
    match m {
        TextMut::Truncate(n) => b.truncate(n % (b.len() + 1)),
        TextMut::TruncateAtToken { token, after } => {
            if let Some(t) = pick(*token) {
                b.truncate(if *after { t.end } else { t.start });
            }
        }
        TextMut::DeleteToken(i) => {
            if let Some(t) = pick(*i) {
                b.drain(t.start..t.end);
            }
        }
        TextMut::DuplicateToken(i) => {
            if let Some(t) = pick(*i) {
                let copy = b[t.start..t.end].to_vec();
                let sep: &[u8] = if json { b"" } else { b" " };
                b.splice(t.end..t.end, sep.iter().copied().chain(copy));
            }
        }
        TextMut::SwapTokens(i, j) => {
            if let (Some(x), Some(y)) = (pick(*i), pick(*j)) {
                let (x, y) = if x.start <= y.start { (x, y) } else { (y, x) };
                if x.end <= y.start {
                    let (tx, ty) = (b[x.start..x.end].to_vec(), b[y.start..y.end].to_vec());
                    b.splice(y.start..y.end, tx);
                    b.splice(x.start..x.end, ty);
                }
            }
        }
        TextMut::ReplaceNumber {
            token,
            with,
            quoted,
        } => {
            let numbers: Vec<Span> = tokens
                .iter()
                .copied()
                .filter(|t| t.kind == TokKind::Number)
                .collect();
            if !numbers.is_empty() {
                let t = numbers[token % numbers.len()];
                let evil = EVIL_NUMBERS[with % EVIL_NUMBERS.len()];
                let text = if *quoted {
                    serde_json::to_string(evil).unwrap()
                } else {
                    evil.to_string()
                };
                b.splice(t.start..t.end, text.into_bytes());
            }
        }
        TextMut::ReplaceToken { token, with } => {
            if let Some(t) = pick(*token) {
                let words = if json { JSON_WORDS } else { MMU_WORDS };
                let w = words[with % words.len()];
                b.splice(t.start..t.end, w.bytes());
            }
        }
        TextMut::DeleteLine(i) => {
            let mut lines = lines_of(b);
            lines.remove(i % lines.len());
            *b = join_lines(&lines);
        }
        TextMut::DuplicateLine { from, to } => {
            let mut lines = lines_of(b);
            let line = lines[from % lines.len()].clone();
            let at = to % (lines.len() + 1);
            lines.insert(at, line);
            *b = join_lines(&lines);
        }
        TextMut::SwapLines(i, j) => {
            let mut lines = lines_of(b);
            let n = lines.len();
            lines.swap(i % n, j % n);
            *b = join_lines(&lines);
        }
        TextMut::Insert { at, junk } => {
            let at = at % (b.len() + 1);
            b.splice(at..at, JUNK[junk % JUNK.len()].iter().copied());
        }
        TextMut::InsertAtToken { token, junk } => {
            if let Some(t) = pick(*token) {
                b.splice(t.end..t.end, JUNK[junk % JUNK.len()].iter().copied());
            }
        }
        TextMut::LongRun { at, run, len } => {
            let at = at % (b.len() + 1);
            let unit = RUNS[run % RUNS.len()].as_bytes();
            let count = (len / unit.len()).max(1);
            b.splice(at..at, unit.repeat(count));
        }
        TextMut::SetByte { at, byte } => {
            if !b.is_empty() {
                let at = at % b.len();
                b[at] = *byte;
            }
        }
        TextMut::InsertLine { at, line } => {
            let mut lines = lines_of(b);
            let at = at % (lines.len() + 1);
            lines.insert(at, line.clone().into_bytes());
            *b = join_lines(&lines);
        }
        TextMut::CrLf => {
            let mut out = Vec::with_capacity(b.len() + b.len() / 16);
            for &c in b.iter() {
                if c == b'\n' {
                    out.push(b'\r');
                }
                out.push(c);
            }
            *b = out;
        }
        TextMut::OneLine => {
            for c in b.iter_mut() {
                if *c == b'\n' {
                    *c = b' ';
                }
            }
        }
        TextMut::Empty => b.clear(),
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// JSON tree mutations
// ---------------------------------------------------------------------------------------------------------------------

/// A JSON document that may hold what `serde_json::Value` cannot: duplicate keys, numbers as written, raw text.
#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
    /// Written as is.
    Raw(String),
}

impl J {
    fn from_value(v: &serde_json::Value) -> J {
        use serde_json::Value as V;
        match v {
            V::Null => J::Null,
            V::Bool(b) => J::Bool(*b),
            V::Number(n) => J::Num(n.to_string()),
            V::String(s) => J::Str(s.clone()),
            V::Array(a) => J::Arr(a.iter().map(J::from_value).collect()),
            V::Object(o) => J::Obj(
                o.iter()
                    .map(|(k, v)| (k.clone(), J::from_value(v)))
                    .collect(),
            ),
        }
    }

    fn write(&self, pretty: bool, indent: usize, out: &mut String) {
        let pad = |out: &mut String, n: usize| {
            if pretty {
                out.push('\n');
                out.push_str(&"  ".repeat(n));
            }
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) | J::Raw(n) => out.push_str(n),
            J::Str(s) => out.push_str(&serde_json::to_string(s).unwrap()),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, indent + 1);
                    item.write(pretty, indent + 1, out);
                }
                if !items.is_empty() {
                    pad(out, indent);
                }
                out.push(']');
            }
            J::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, indent + 1);
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push_str(if pretty { ": " } else { ":" });
                    v.write(pretty, indent + 1, out);
                }
                if !entries.is_empty() {
                    pad(out, indent);
                }
                out.push('}');
            }
        }
    }

    /// Paths (child indices) of the nodes `want` accepts, in document order.
    fn paths(&self, want: &dyn Fn(&J) -> bool) -> Vec<Vec<usize>> {
        fn walk(
            j: &J,
            want: &dyn Fn(&J) -> bool,
            path: &mut Vec<usize>,
            out: &mut Vec<Vec<usize>>,
        ) {
            if want(j) {
                out.push(path.clone());
            }
            let children: Vec<&J> = match j {
                J::Arr(items) => items.iter().collect(),
                J::Obj(entries) => entries.iter().map(|(_, v)| v).collect(),
                _ => Vec::new(),
            };
            for (i, c) in children.into_iter().enumerate() {
                path.push(i);
                walk(c, want, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        walk(self, want, &mut Vec::new(), &mut out);
        out
    }

    fn at_mut(&mut self, path: &[usize]) -> &mut J {
        let mut j = self;
        for &i in path {
            j = match j {
                J::Arr(items) => &mut items[i],
                J::Obj(entries) => &mut entries[i].1,
                _ => unreachable!("a path leads through containers"),
            };
        }
        j
    }

    /// The `n`-th node (modulo their number) that `want` accepts.
    fn pick_mut(&mut self, n: usize, want: &dyn Fn(&J) -> bool) -> Option<&mut J> {
        let paths = self.paths(want);
        if paths.is_empty() {
            return None;
        }
        let path = paths[n % paths.len()].clone();
        Some(self.at_mut(&path))
    }
}

fn is_obj(j: &J) -> bool {
    matches!(j, J::Obj(_))
}

fn is_arr(j: &J) -> bool {
    matches!(j, J::Arr(_))
}

fn is_numberish(j: &J) -> bool {
    match j {
        J::Num(_) => true,
        J::Str(s) => s.starts_with(|c: char| c.is_ascii_digit()),
        _ => false,
    }
}

/// A change to the tree of a JSON scenario; indices are taken modulo what exists.
#[derive(Clone, Debug)]
enum TreeMut {
    /// Any node becomes one of [`VALUES`].
    Replace {
        node: usize,
        with: usize,
    },
    /// Any node becomes a nest of arrays or objects this deep.
    Nest {
        node: usize,
        depth: usize,
        object: bool,
    },
    DeleteKey {
        node: usize,
        key: usize,
    },
    /// An object gets a key twice: with the same value, or with one of [`VALUES`].
    DuplicateKey {
        node: usize,
        key: usize,
        with: Option<usize>,
    },
    AddKey {
        node: usize,
        name: usize,
        with: usize,
    },
    RenameKey {
        node: usize,
        key: usize,
        name: usize,
    },
    DeleteElem {
        node: usize,
        elem: usize,
    },
    DuplicateElem {
        node: usize,
        elem: usize,
    },
    SwapElems {
        node: usize,
        a: usize,
        b: usize,
    },
    /// Any node goes into a one-element array or a one-key object.
    Wrap {
        node: usize,
        object: bool,
    },
    /// A number (or numeric string) becomes a hostile one.
    Number {
        node: usize,
        with: usize,
        quoted: bool,
    },
    /// A generated op goes into `ops`.
    InsertOp {
        at: usize,
        op: String,
    },
}

fn tree_mut() -> BoxedStrategy<TreeMut> {
    prop_oneof![
        3 => (idx(), idx()).prop_map(|(node, with)| TreeMut::Replace { node, with }),
        1 => (idx(), select(NEST_DEPTHS), any::<bool>())
            .prop_map(|(node, depth, object)| TreeMut::Nest { node, depth, object }),
        2 => (idx(), idx()).prop_map(|(node, key)| TreeMut::DeleteKey { node, key }),
        2 => (idx(), idx(), prop::option::of(idx()))
            .prop_map(|(node, key, with)| TreeMut::DuplicateKey { node, key, with }),
        2 => (idx(), idx(), idx()).prop_map(|(node, name, with)| TreeMut::AddKey { node, name, with }),
        2 => (idx(), idx(), idx()).prop_map(|(node, key, name)| TreeMut::RenameKey { node, key, name }),
        2 => (idx(), idx()).prop_map(|(node, elem)| TreeMut::DeleteElem { node, elem }),
        2 => (idx(), idx()).prop_map(|(node, elem)| TreeMut::DuplicateElem { node, elem }),
        2 => (idx(), idx(), idx()).prop_map(|(node, a, b)| TreeMut::SwapElems { node, a, b }),
        1 => (idx(), any::<bool>()).prop_map(|(node, object)| TreeMut::Wrap { node, object }),
        4 => (idx(), idx(), any::<bool>()).prop_map(|(node, with, quoted)| TreeMut::Number { node, with, quoted }),
        4 => (idx(), json_op()).prop_map(|(at, op)| TreeMut::InsertOp { at, op }),
    ]
    .boxed()
}

fn nest(depth: usize, object: bool) -> String {
    if object {
        format!("{}0{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    } else {
        format!("{}{}", "[".repeat(depth), "]".repeat(depth))
    }
}

fn apply_tree(doc: &mut J, m: &TreeMut) {
    let any = |_: &J| true;
    match m {
        TreeMut::Replace { node, with } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                *j = J::Raw(VALUES[with % VALUES.len()].to_string());
            }
        }
        TreeMut::Nest {
            node,
            depth,
            object,
        } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                *j = J::Raw(nest(*depth, *object));
            }
        }
        TreeMut::DeleteKey { node, key } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let k = key % e.len();
                    e.remove(k);
                }
            }
        }
        TreeMut::DuplicateKey { node, key, with } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let (k, v) = e[key % e.len()].clone();
                    let v = with.map_or(v, |w| J::Raw(VALUES[w % VALUES.len()].to_string()));
                    e.push((k, v));
                }
            }
        }
        TreeMut::AddKey { node, name, with } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                let at = (name + with) % (e.len() + 1);
                e.insert(
                    at,
                    (
                        KEYS[name % KEYS.len()].to_string(),
                        J::Raw(VALUES[with % VALUES.len()].to_string()),
                    ),
                );
            }
        }
        TreeMut::RenameKey { node, key, name } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let n = e.len();
                    e[key % n].0 = KEYS[name % KEYS.len()].to_string();
                }
            }
        }
        TreeMut::DeleteElem { node, elem } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let i = elem % a.len();
                    a.remove(i);
                }
            }
        }
        TreeMut::DuplicateElem { node, elem } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let i = elem % a.len();
                    let copy = a[i].clone();
                    a.insert(i, copy);
                }
            }
        }
        TreeMut::SwapElems { node, a: x, b: y } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let n = a.len();
                    a.swap(x % n, y % n);
                }
            }
        }
        TreeMut::Wrap { node, object } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                let inner = std::mem::replace(j, J::Null);
                *j = if *object {
                    J::Obj(vec![("value".to_string(), inner)])
                } else {
                    J::Arr(vec![inner])
                };
            }
        }
        TreeMut::Number { node, with, quoted } => {
            if let Some(j) = doc.pick_mut(*node, &is_numberish) {
                let evil = EVIL_NUMBERS[with % EVIL_NUMBERS.len()];
                *j = if *quoted {
                    J::Str(evil.to_string())
                } else {
                    J::Raw(evil.to_string())
                };
            }
        }
        TreeMut::InsertOp { at, op } => {
            if let J::Obj(entries) = doc {
                if let Some((_, J::Arr(ops))) = entries.iter_mut().find(|(k, _)| k == "ops") {
                    let i = at % (ops.len() + 1);
                    ops.insert(i, J::Raw(op.clone()));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------------------------------

/// A broken JSON scenario: tree mutations, written out compact or pretty, then text mutations.
#[derive(Clone, Debug)]
struct JsonCase {
    base: Base,
    tree: Vec<TreeMut>,
    pretty: bool,
    text: Vec<TextMut>,
}

fn json_case() -> impl Strategy<Value = JsonCase> {
    (
        base(),
        vec(tree_mut(), 0..4),
        any::<bool>(),
        vec(text_mut(true), 0..3),
    )
        .prop_map(|(base, tree, pretty, text)| JsonCase {
            base,
            tree,
            pretty,
            text,
        })
}

impl JsonCase {
    fn input(&self) -> Vec<u8> {
        let (_, text) = self.base.json();
        let mut bytes = if self.tree.is_empty() && self.text.is_empty() {
            text.into_bytes()
        } else {
            let value: serde_json::Value =
                serde_json::from_str(&text).expect("a base scenario is JSON");
            let mut doc = J::from_value(&value);
            for m in &self.tree {
                apply_tree(&mut doc, m);
            }
            let mut out = String::new();
            doc.write(self.pretty, 0, &mut out);
            out.into_bytes()
        };
        for m in &self.text {
            apply_text(&mut bytes, m, true);
        }
        bytes
    }
}

/// A broken `.mmu` scenario: text and line mutations.
#[derive(Clone, Debug)]
struct MmuCase {
    base: Base,
    text: Vec<TextMut>,
}

fn mmu_case() -> impl Strategy<Value = MmuCase> {
    (base(), vec(text_mut(false), 0..5)).prop_map(|(base, text)| MmuCase { base, text })
}

impl MmuCase {
    fn input(&self) -> Vec<u8> {
        let mut bytes = self.base.mmu().1.into_bytes();
        for m in &self.text {
            apply_text(&mut bytes, m, false);
        }
        bytes
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------------

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}

/// The input shown in a failure: escaped (so ASCII), shortened.
fn shown(bytes: &[u8]) -> String {
    let escaped: String = bytes.escape_ascii().to_string();
    if escaped.len() > 1500 {
        format!("{}... ({} bytes in all)", &escaped[..1500], bytes.len())
    } else {
        escaped
    }
}

fn fail(input: &[u8], what: String) -> TestCaseError {
    TestCaseError::fail(format!("{what}\ninput: {}", shown(input)))
}

/// One line, nothing a terminal would act on.
fn printable_line(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

/// What every scenario a parser accepts must be, and do: valid for the engines, the same after the JSON and `.mmu`
/// round trips, runnable on the model.
fn check_scenario(s: &Scenario, input: &[u8]) -> Result<(), TestCaseError> {
    let bad = |what: String| Err(fail(input, format!("accepted scenario: {what}\n{s:?}")));
    if let Err(e) = s.config.validate() {
        return bad(e);
    }
    if s.config.tlb_entries > TLB_ENTRIES_MAX {
        return bad(format!("tlb_entries {}", s.config.tlb_entries));
    }
    let limit = 1u64 << s.config.paddr_bits;
    let mut seen = std::collections::HashSet::new();
    for &(a, _) in &s.memory {
        if a & 7 != 0 || a >= limit || !seen.insert(a) {
            return bad(format!("memory word {a:#x}"));
        }
    }
    if s.control.cr3 & CR3_NOFLUSH != 0 {
        return bad("initial cr3 with bit 63".into());
    }
    for op in &s.ops {
        match *op {
            Op::WriteMem { addr, .. } if addr & 7 != 0 || addr >= limit => {
                return bad(format!("write_mem to {addr:#x}"))
            }
            Op::Poison { addr } if addr & 7 != 0 || addr >= limit => {
                return bad(format!("poison of {addr:#x}"))
            }
            Op::Invpcid { pcid, .. } if pcid > 0xfff => return bad(format!("PCID {pcid}")),
            Op::WriteCr { reg, value }
                if (reg.is_flag() && value > 1) || value > u64::from(u32::MAX) =>
            {
                return bad(format!("{} = {value:#x}", reg.key()))
            }
            _ => {}
        }
    }
    // The JSON round trip.
    let json = scenario_to_json(s);
    match parse_scenario(&json) {
        Ok(back) if back == *s => {}
        Ok(back) => {
            return bad(format!(
                "the JSON round trip gives another scenario: {back:?}"
            ))
        }
        Err(e) => return bad(format!("its JSON does not parse: {e}\n{json}")),
    }
    // The `.mmu` round trip: the same machine, memory in address order, the ops after any leading `write_cr`.
    let (text, skip) = to_mmu(s);
    let mut memory = s.memory.clone();
    memory.sort_unstable();
    let want = Scenario {
        memory,
        ops: s.ops[skip..].to_vec(),
        ..s.clone()
    };
    match compile_mmu(&text, Path::new("printed.mmu")) {
        Ok(c) if c.scenario == want => {}
        Ok(c) => {
            return bad(format!(
                "the .mmu round trip gives another scenario: {:?}",
                c.scenario
            ))
        }
        Err(e) => return bad(format!("its .mmu text does not compile: {e}\n{text}")),
    }
    // It runs on the model, one result per access.
    let run = catch_unwind(AssertUnwindSafe(|| model::run(s))).map_err(|p| {
        fail(
            input,
            format!(
                "the model panicked on an accepted scenario: {}",
                panic_text(&*p)
            ),
        )
    })?;
    if run.0.results.len() != access_count(s)
        || run.0.memory_after.len() != s.mentioned_words().len()
    {
        return bad("the model's result does not match the scenario".into());
    }
    Ok(())
}

fn check_json_text(text: &str, input: &[u8]) -> Result<Verdict, TestCaseError> {
    let parsed = catch_unwind(AssertUnwindSafe(|| parse_scenario(text))).map_err(|p| {
        fail(
            input,
            format!("parse_scenario panicked: {}", panic_text(&*p)),
        )
    })?;
    match parsed {
        Ok(s) => {
            check_scenario(&s, input)?;
            Ok(Verdict::Parsed)
        }
        Err(e) => {
            let line = e.to_string();
            let bad = |what: &str| Err(fail(input, format!("JSON error {what}: {line:?}")));
            if e.message().trim().is_empty() {
                return bad("with an empty message");
            }
            if !printable_line(&line) {
                return bad("not one printable line");
            }
            if !line.starts_with("<scenario>") {
                return bad("not starting with the source name");
            }
            if let Some(n) = e.line() {
                if n == 0 || n > text.split('\n').count() {
                    return bad("at a line outside the input");
                }
            }
            Ok(Verdict::Rejected)
        }
    }
}

fn check_mmu_text(text: &str, input: &[u8]) -> Result<Verdict, TestCaseError> {
    let file = Path::new("fuzz.mmu");
    let compiled = catch_unwind(AssertUnwindSafe(|| compile_mmu(text, file)))
        .map_err(|p| fail(input, format!("compile_mmu panicked: {}", panic_text(&*p))))?;
    match compiled {
        Ok(c) => {
            check_scenario(&c.scenario, input)?;
            let lines = text.lines().count();
            let ops_ok = c.op_lines.len() == c.scenario.ops.len()
                && c.op_lines.iter().all(|&l| (1..=lines).contains(&l));
            let expects_ok = c.expectations.iter().all(|e| {
                matches!(c.scenario.ops.get(e.op_index), Some(Op::Access(_)))
                    && (1..=lines).contains(&e.line)
            });
            if !ops_ok || !expects_ok {
                return Err(fail(
                    input,
                    format!("compiled ops or expectations point nowhere: {c:?}"),
                ));
            }
            let (run, _) = model::run(&c.scenario);
            catch_unwind(AssertUnwindSafe(|| {
                lang::check_expectations(&c.expectations, &run)
            }))
            .map_err(|p| {
                fail(
                    input,
                    format!("check_expectations panicked: {}", panic_text(&*p)),
                )
            })?;
            Ok(Verdict::Parsed)
        }
        Err(e) => {
            let headline = e.headline();
            let bad = |what: &str| Err(fail(input, format!(".mmu error {what}: {e}")));
            if e.message().trim().is_empty() {
                return bad("with an empty message");
            }
            if !printable_line(&headline) {
                return bad("whose headline is not one printable line");
            }
            let at = format!("fuzz.mmu:{}:{}: ", e.line(), e.column());
            if !headline.starts_with(&at) {
                return bad("not starting with FILE:LINE:COLUMN");
            }
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            if e.line() == 0 || text.lines().nth(e.line() - 1) != Some(e.source_line()) {
                return bad("naming a line that is not the input's");
            }
            if e.column() == 0 || e.column() > e.source_line().chars().count() + 2 {
                return bad("with the column outside its line");
            }
            let snippet = e.snippet();
            if snippet.split('\n').count() != 2 || !snippet.split('\n').all(printable_line) {
                return bad("whose snippet is not a source line and a caret line");
            }
            Ok(Verdict::Rejected)
        }
    }
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("mmu-fuzz-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write a scratch file");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// In-process: the parser of `ext` on `bytes`. Text that is not UTF-8 goes through the loader (which must refuse it,
/// naming the file), and its lossy conversion through the parser.
fn check_in_process(bytes: &[u8], ext: &str, scratch: &Scratch) -> Result<Verdict, TestCaseError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let path = scratch.file(&format!("case.{ext}"), bytes);
            let loaded = catch_unwind(AssertUnwindSafe(|| lang::load(&path)))
                .map_err(|p| fail(bytes, format!("lang::load panicked: {}", panic_text(&*p))))?;
            match loaded {
                Err(e)
                    if e.headline().contains("not UTF-8")
                        && e.headline().contains(&*path.to_string_lossy()) => {}
                Err(e) => return Err(fail(bytes, format!("not UTF-8, but the loader says: {e}"))),
                Ok(_) => return Err(fail(bytes, "not UTF-8, but the loader took it".into())),
            }
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if ext == "json" {
        check_json_text(&text, bytes)
    } else {
        check_mmu_text(&text, bytes)
    }
}

/// What the binary is asked to do with a case.
#[derive(Clone, Copy, Debug)]
enum Cmd {
    RunModel,
    RunRtl,
    Compile,
    Explain,
}

fn cmd() -> impl Strategy<Value = Cmd> {
    prop_oneof![
        10 => Just(Cmd::RunModel),
        2 => Just(Cmd::RunRtl),
        2 => Just(Cmd::Compile),
        2 => Just(Cmd::Explain),
    ]
}

/// The binary on `bytes` saved as `case.EXT`: bad input exits 2 with the loader's headline (one line, then a `.mmu`
/// error's line and caret), good input runs; nothing panics.
fn check_binary(
    bytes: &[u8],
    ext: &str,
    cmd: Cmd,
    scratch: &Scratch,
) -> Result<Verdict, TestCaseError> {
    let path = scratch.file(&format!("case.{ext}"), bytes);
    let p = path.to_str().expect("a UTF-8 scratch path");
    let args: Vec<&str> = match cmd {
        Cmd::RunModel => vec!["run", p, "--engine", "model", "--json"],
        Cmd::RunRtl => vec!["run", p],
        Cmd::Compile => vec!["compile", p],
        Cmd::Explain => vec!["explain", p, "0x1000", "--user"],
    };
    let out = Command::new(common::BIN)
        .args(&args)
        .output()
        .expect("the mmu-rtl binary runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let bad = |what: &str| {
        Err(fail(
            bytes,
            format!(
                "mmu-rtl {}: {what}\nstatus: {:?}\nstderr: {err}",
                args.join(" "),
                out.status
            ),
        ))
    };
    if err.contains("panicked") || out.status.code().is_none() {
        return bad("crashed");
    }
    let code = out.status.code().unwrap();
    let loaded = lang::load(&path);
    match loaded {
        Err(e) => {
            if code != 2 {
                return bad("bad input does not exit 2");
            }
            if !stdout.is_empty() {
                return bad("bad input prints on stdout");
            }
            let lines: Vec<&str> = err.split_terminator('\n').collect();
            let want = if matches!(e, LoadError::Lang(_)) {
                3
            } else {
                1
            };
            if lines.len() != want || !err.ends_with('\n') {
                return bad(&format!("not {want} line(s) on stderr"));
            }
            if lines[0] != format!("mmu-rtl: error: {}", e.headline()) {
                return bad(&format!(
                    "the message is not the loader's: {}",
                    e.headline()
                ));
            }
            if !lines[0].contains(&format!("case.{ext}")) || !printable_line(lines[0]) {
                return bad("the message does not name the file on one printable line");
            }
            Ok(Verdict::Rejected)
        }
        Ok(c) => {
            match cmd {
                Cmd::RunModel => {
                    let expectations_failed = code == 1 && !c.expectations.is_empty();
                    if code != 0 && !expectations_failed {
                        return bad("a good scenario does not run on the model");
                    }
                    let doc: serde_json::Value = serde_json::from_str(&stdout).map_err(|e| {
                        fail(bytes, format!("--json output is not JSON: {e}\n{stdout}"))
                    })?;
                    if doc["results"].as_array().map(Vec::len) != Some(access_count(&c.scenario)) {
                        return bad("the result document does not hold one result per access");
                    }
                }
                Cmd::RunRtl => {
                    if !(code == 0
                        || code == 1
                        || (code == 2 && err.contains("cannot run this scenario")))
                    {
                        return bad(
                            "a good scenario neither runs on the rtl engine nor is refused by it",
                        );
                    }
                }
                Cmd::Compile => match parse_scenario(&stdout) {
                    Ok(s) if code == 0 && s == c.scenario => {}
                    _ => return bad("compile does not print the scenario"),
                },
                Cmd::Explain => {
                    if code != 0 && code != 1 {
                        return bad("explain fails on a good scenario");
                    }
                }
            }
            Ok(Verdict::Parsed)
        }
    }
}

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
    let cases: [(&str, &str); 4] = [
        (
            "json",
            "{\"config\": {\"tlb_entries\": \"0x4000000000000000\"}, \"memory\": [], \"ops\": []}",
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
