//! The checks: what the parsers must do with any input in-process, and what the `mmu-rtl` binary must answer.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;

use mmu_arch::{Op, CR3_NOFLUSH};
use mmu_model as model;
use mmu_model::engine::Scenario;
use mmu_scenario::lang::{self, compile_mmu, scenario_to_json, LoadError};
use mmu_scenario::scenario::{access_count, parse_scenario, TLB_ENTRIES_MAX};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::corpus::to_mmu;
use crate::runner::Verdict;

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
pub fn check_scenario(s: &Scenario, input: &[u8]) -> Result<(), TestCaseError> {
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
            Op::ExternalWrite { addr, .. } if addr & 7 != 0 || addr >= limit => {
                return bad(format!("external_write to {addr:#x}"))
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
            // An expectation belongs to an access, or names a side of a pair.
            let expects_ok = c.expectations.iter().all(|e| {
                let op = c.scenario.ops.get(e.op_index);
                let fits = match e.side {
                    None => matches!(op, Some(Op::Access(_))),
                    Some(_) => matches!(op, Some(Op::Pair { .. })),
                };
                fits && (1..=lines).contains(&e.line)
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
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("mmu-fuzz-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
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
pub fn check_in_process(
    bytes: &[u8],
    ext: &str,
    scratch: &Scratch,
) -> Result<Verdict, TestCaseError> {
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
pub enum Cmd {
    RunModel,
    RunRtl,
    Compile,
    Explain,
}

pub fn cmd() -> impl Strategy<Value = Cmd> {
    prop_oneof![
        10 => Just(Cmd::RunModel),
        2 => Just(Cmd::RunRtl),
        2 => Just(Cmd::Compile),
        2 => Just(Cmd::Explain),
    ]
}

/// The binary on `bytes` saved as `case.EXT`: bad input exits 2 with the loader's headline (one line, then a `.mmu`
/// error's line and caret), good input runs; nothing panics.
pub fn check_binary(
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
    let out = Command::new(crate::common::BIN)
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
