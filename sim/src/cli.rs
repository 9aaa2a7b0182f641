//! The `mmu-rtl` command line.
//!
//! Exit status: 0 success; 2 bad input (unreadable file, malformed or invalid scenario, a configuration
//! the engine cannot honour, command-line usage); 1 an engine failure. Every error is one line on
//! stderr starting with `mmu-rtl: error: `.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::arch::{pf, Op, Outcome};
use crate::engine::{Engine, RunResult, Scenario};
use crate::scenario::{access_count, load_scenario, result_to_pretty};

/// Exit status of a successful run.
pub const EXIT_OK: i32 = 0;
/// Exit status when the engine failed (e.g. a simulation cycle limit).
pub const EXIT_ENGINE_FAILURE: i32 = 1;
/// Exit status for bad input of any kind.
pub const EXIT_BAD_INPUT: i32 = 2;

/// Declares the engines once: the `--engine` values (with their help) and [`make_engine`].
/// Adding an engine is one entry here.
macro_rules! engines {
    ($($(#[doc = $doc:literal])+ $variant:ident => $engine:expr,)+) => {
        /// An engine that can run a scenario (`--engine`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
        pub enum EngineName {
            $($(#[doc = $doc])+ $variant,)+
        }

        /// A fresh engine of the given kind.
        pub fn make_engine(name: EngineName) -> Box<dyn Engine> {
            match name {
                $(EngineName::$variant => Box::new($engine),)+
            }
        }
    };
}

engines! {
    /// The untimed reference model: architectural results and TLB hits, no cycle counts.
    Model => crate::model::ModelEngine,
}

#[derive(Debug, Parser)]
#[command(
    name = "mmu-rtl",
    version,
    about = "Run x86-64 MMU scenarios on the reference model or the RTL",
    long_about = "Run x86-64 MMU scenarios on the reference model or the RTL.\n\n\
        A scenario (JSON) gives the initial control registers, physical memory holding the page tables, \
        and a list of operations: accesses, memory writes, invalidations and control-register writes. \
        Every engine reads the same scenario and writes the same result document, so their answers can \
        be compared by diffing JSON.\n\n\
        Exit status: 0 success, 1 engine failure, 2 bad input (unreadable file, invalid scenario, \
        configuration the engine cannot honour, usage error)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a scenario and print one line per access (or the result document with --json).
    #[command(long_about = "Run a scenario and print its results.\n\n\
            Without --json: a table with one row per access (op index, linear address, kind, mode, outcome, \
            physical address or #PF error code and CR2, TLB hit or walk and cycles when the engine reports \
            them), then a one-line summary.\n\n\
            With --json: the result document of the scenario format (`results`, one entry per access op, \
            and `memory_after`), pretty-printed, addresses and values as lowercase 0x hex strings.")]
    Run(RunArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Scenario file (JSON) to run.
    #[arg(
        value_name = "SCENARIO",
        long_help = "Scenario file (JSON) to run: `config`, control keys (cr0_wp, cr4_pge, cr4_pcide, \
            cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, cr3), `memory` ([addr, value] pairs) and \
            `ops`. Unknown keys and out-of-range values are errors."
    )]
    scenario: PathBuf,

    /// Engine that runs the scenario.
    #[arg(long, value_enum, default_value_t = EngineName::Model)]
    engine: EngineName,

    /// Print the JSON result document instead of the table.
    #[arg(
        long,
        long_help = "Print the JSON result document (`results`, `memory_after`) on stdout instead of the \
            table: the stable machine-readable output."
    )]
    json: bool,
}

/// Entry point of the `mmu-rtl` binary: parses the process arguments, runs, returns the exit status.
pub fn main() -> i32 {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    run(std::env::args_os(), &mut stdout.lock(), &mut stderr.lock())
}

/// Runs the command line given by `args` (program name first), writing to `out` and `err`; returns
/// the exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // Usage errors go to stderr with status 2; --help and --version to stdout with 0.
            let text = e.render().to_string();
            let sink: &mut dyn Write = if e.use_stderr() { err } else { out };
            let _ = sink.write_all(text.as_bytes());
            return e.exit_code();
        }
    };
    match cli.command {
        Command::Run(args) => run_scenario(&args, out, err),
    }
}

/// A one-line error on stderr, and the status to exit with.
fn fail(err: &mut dyn Write, status: i32, message: &str) -> i32 {
    let one_line = message.replace(['\n', '\r'], " ");
    let _ = writeln!(err, "mmu-rtl: error: {one_line}");
    status
}

fn run_scenario(args: &RunArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut engine = make_engine(args.engine);
    run_on(engine.as_mut(), &args.scenario, args.json, out, err)
}

/// `mmu-rtl run` on a given engine: loads the scenario at `path`, runs it, prints the table (or the
/// JSON document with `json`); returns the exit status.
pub fn run_on(
    engine: &mut dyn Engine,
    path: &std::path::Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let scenario = match load_scenario(path) {
        Ok(s) => s,
        Err(e) => return fail(err, EXIT_BAD_INPUT, &e.to_string()),
    };
    if let Err(why) = engine.supports(&scenario.config) {
        let msg = format!(
            "{}: engine `{}` cannot run this scenario: {why}",
            path.display(),
            engine.name()
        );
        return fail(err, EXIT_BAD_INPUT, &msg);
    }
    let result = match engine.run(&scenario) {
        Ok(r) => r,
        Err(e) => {
            let msg = format!(
                "{}: engine `{}` failed: {e:#}",
                path.display(),
                engine.name()
            );
            return fail(err, EXIT_ENGINE_FAILURE, &msg);
        }
    };
    if let Err(why) = check_result(&scenario, &result) {
        let msg = format!(
            "{}: engine `{}` returned an inconsistent result: {why}",
            path.display(),
            engine.name()
        );
        return fail(err, EXIT_ENGINE_FAILURE, &msg);
    }
    let text = if json {
        result_to_pretty(&result)
    } else {
        render_table(&scenario, &result)
    };
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => EXIT_OK,
        Err(e) => fail(
            err,
            EXIT_ENGINE_FAILURE,
            &format!("cannot write the output: {e}"),
        ),
    }
}

/// Checks that a result fits its scenario: one result per access op, in order, and one
/// `memory_after` word per mentioned word.
fn check_result(scenario: &Scenario, result: &RunResult) -> Result<(), String> {
    let expected: Vec<usize> = scenario
        .ops
        .iter()
        .enumerate()
        .filter(|(_, op)| matches!(op, Op::Access(_)))
        .map(|(i, _)| i)
        .collect();
    let got: Vec<usize> = result.results.iter().map(|r| r.op_index).collect();
    if got != expected {
        return Err(format!(
            "{} results for {} access ops (op indices {got:?}, expected {expected:?})",
            got.len(),
            access_count(scenario)
        ));
    }
    let words = scenario.mentioned_words();
    let after: Vec<u64> = result.memory_after.iter().map(|&(a, _)| a).collect();
    if after != words {
        return Err(format!(
            "memory_after names {} words, the scenario {}",
            after.len(),
            words.len()
        ));
    }
    Ok(())
}

/// The human-readable report: one row per access, then a summary line.
pub fn render_table(scenario: &Scenario, result: &RunResult) -> String {
    let show_tlb = result.results.iter().any(|r| r.tlb_hit.is_some());
    let show_cycles = result.results.iter().any(|r| r.cycles.is_some());

    let mut header = vec!["op", "va", "kind", "mode", "outcome", "pa / error"];
    if show_tlb {
        header.push("tlb");
    }
    if show_cycles {
        header.push("cycles");
    }
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];

    let (mut hits, mut walks, mut ok, mut gps) = (0usize, 0usize, 0usize, 0usize);
    // #PF by cause: not present, reserved bit, protection key, other rights.
    let mut pf_kinds = [0usize; 4];
    for r in &result.results {
        let Some(Op::Access(access)) = scenario.ops.get(r.op_index) else {
            continue;
        };
        let (outcome, detail) = match r.outcome {
            Outcome::Ok { pa } => {
                ok += 1;
                ("ok".to_string(), format!("pa {pa:#x}"))
            }
            Outcome::PageFault { error_code, cr2 } => {
                pf_kinds[pf_cause(error_code)] += 1;
                (
                    "#PF".to_string(),
                    format!("{} ({error_code:#x}) cr2 {cr2:#x}", pf::decode(error_code)),
                )
            }
            Outcome::GeneralProtection => {
                gps += 1;
                ("#GP".to_string(), "non-canonical".to_string())
            }
        };
        let mut row = vec![
            r.op_index.to_string(),
            format!("{:#018x}", access.va),
            access.kind.name().to_string(),
            if access.user { "user" } else { "sup" }.to_string(),
            outcome,
            detail,
        ];
        if show_tlb {
            // A #GP is decided before the TLB is looked at: neither a hit nor a walk.
            let cell = match (r.outcome, r.tlb_hit) {
                (Outcome::GeneralProtection, _) | (_, None) => "-",
                (_, Some(true)) => {
                    hits += 1;
                    "hit"
                }
                (_, Some(false)) => {
                    walks += 1;
                    "walk"
                }
            };
            row.push(cell.to_string());
        }
        if show_cycles {
            row.push(r.cycles.map_or("-".to_string(), |c| c.to_string()));
        }
        rows.push(row);
    }

    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(String::len)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut text = String::new();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c > 0 {
                line.push_str("  ");
            }
            // Numbers right-aligned (op index, cycles), the rest left-aligned.
            let numeric = c == 0 || (show_cycles && c == columns - 1);
            if numeric {
                line.push_str(&format!("{cell:>w$}", w = widths[c]));
            } else {
                line.push_str(&format!("{cell:<w$}", w = widths[c]));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }

    let accesses = result.results.len();
    let pfs: usize = pf_kinds.iter().sum();
    let mut summary = format!(
        "{accesses} access{}: {ok} ok, {pfs} #PF",
        if accesses == 1 { "" } else { "es" }
    );
    let causes: Vec<String> = PF_CAUSES
        .iter()
        .zip(pf_kinds)
        .filter(|&(_, n)| n > 0)
        .map(|(name, n)| format!("{n} {name}"))
        .collect();
    if !causes.is_empty() {
        summary.push_str(&format!(" ({})", causes.join(", ")));
    }
    summary.push_str(&format!(", {gps} #GP"));
    if show_tlb {
        summary.push_str(&format!(
            "; {hits} TLB hit{}, {walks} walk{}",
            plural(hits),
            plural(walks)
        ));
    }
    if show_cycles {
        let total = result
            .results
            .iter()
            .filter_map(|r| r.cycles)
            .fold(0u64, u64::saturating_add);
        summary.push_str(&format!("; {total} cycles"));
    }
    text.push_str(&summary);
    text.push('\n');
    text
}

/// Names of the #PF causes [`pf_cause`] distinguishes.
const PF_CAUSES: [&str; 4] = ["not-present", "reserved-bit", "protection-key", "rights"];

/// Index into [`PF_CAUSES`] for an error code.
fn pf_cause(error_code: u32) -> usize {
    if error_code & pf::P == 0 {
        0
    } else if error_code & pf::RSVD != 0 {
        1
    } else if error_code & pf::PK != 0 {
        2
    } else {
        3
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arch::{AccessResult, Config};

    /// An engine for the error paths: refuses configs with more than `max_tlb` entries, fails runs
    /// when `fail` is set, and otherwise answers every access with a fixed result.
    struct TestEngine {
        max_tlb: usize,
        fail: bool,
        drop_results: bool,
    }

    impl Engine for TestEngine {
        fn name(&self) -> &'static str {
            "test"
        }
        fn supports(&self, config: &Config) -> Result<(), String> {
            if config.tlb_entries <= self.max_tlb {
                Ok(())
            } else {
                Err(format!("at most {} TLB entries", self.max_tlb))
            }
        }
        fn run(&mut self, scenario: &Scenario) -> anyhow::Result<RunResult> {
            if self.fail {
                anyhow::bail!("cycle limit of 10 reached\nwhile waiting for a response");
            }
            let mut results: Vec<AccessResult> = scenario
                .ops
                .iter()
                .enumerate()
                .filter(|(_, op)| matches!(op, Op::Access(_)))
                .map(|(op_index, _)| AccessResult {
                    op_index,
                    outcome: Outcome::PageFault {
                        error_code: 0x25,
                        cr2: 0x1000,
                    },
                    tlb_hit: Some(true),
                    cycles: Some(3),
                })
                .collect();
            if self.drop_results {
                results.pop();
            }
            let memory_after = scenario
                .mentioned_words()
                .into_iter()
                .map(|a| (a, 0))
                .collect();
            Ok(RunResult {
                results,
                memory_after,
            })
        }
    }

    fn scenario_file(tag: &str, text: &str) -> PathBuf {
        let p = std::env::temp_dir().join(format!("mmu-cli-{tag}-{}.json", std::process::id()));
        std::fs::write(&p, text).unwrap();
        p
    }

    const TWO_ACCESSES: &str = r#"{"config": {"tlb_entries": 32}, "memory": [[8, 1]], "ops": [
        {"op": "access", "va": "0x1000", "kind": "read", "user": true},
        {"op": "invlpg", "va": 0},
        {"op": "access", "va": "0x1000", "kind": "write", "user": false}]}"#;

    fn run_test(
        engine: &mut TestEngine,
        path: &std::path::Path,
        json: bool,
    ) -> (i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run_on(engine, path, json, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn exit_statuses() {
        let path = scenario_file("status", TWO_ACCESSES);
        let mut good = TestEngine {
            max_tlb: 64,
            fail: false,
            drop_results: false,
        };
        let (code, out, err) = run_test(&mut good, &path, false);
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4, "{out}");
        assert!(lines[0].ends_with("tlb  cycles"), "{out}");
        assert!(
            lines[1].contains("P|U|PK (0x25) cr2 0x1000") && lines[1].ends_with("hit       3"),
            "{out}"
        );
        assert!(
            lines[2].starts_with(" 2  0x0000000000001000  write  sup"),
            "{out}"
        );
        assert_eq!(
            lines[3],
            "2 accesses: 0 ok, 2 #PF (2 protection-key), 0 #GP; 2 TLB hits, 0 walks; 6 cycles"
        );

        let (code, out, _) = run_test(&mut good, &path, true);
        assert_eq!(code, EXIT_OK);
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["results"][1]["op_index"], 2);
        assert_eq!(doc["memory_after"], serde_json::json!([["0x8", "0x0"]]));

        let mut small = TestEngine {
            max_tlb: 16,
            ..good
        };
        let (code, out, err) = run_test(&mut small, &path, false);
        assert_eq!(code, EXIT_BAD_INPUT);
        assert!(out.is_empty());
        assert_eq!(
            err,
            format!(
                "mmu-rtl: error: {}: engine `test` cannot run this scenario: at most 16 TLB entries\n",
                path.display()
            )
        );

        let mut failing = TestEngine { fail: true, ..good };
        let (code, out, err) = run_test(&mut failing, &path, true);
        assert_eq!(code, EXIT_ENGINE_FAILURE);
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("engine `test` failed: cycle limit of 10 reached while waiting"),
            "{err}"
        );

        let mut short = TestEngine {
            drop_results: true,
            ..good
        };
        let (code, _, err) = run_test(&mut short, &path, true);
        assert_eq!(code, EXIT_ENGINE_FAILURE);
        assert!(err.contains("1 results for 2 access ops"), "{err}");

        let bad = scenario_file("bad", r#"{"memory": [], "ops": [], "tlb": 4}"#);
        let (code, _, err) = run_test(&mut good, &bad, false);
        assert_eq!(code, EXIT_BAD_INPUT);
        assert!(
            err.starts_with(&format!("mmu-rtl: error: {}:1:", bad.display())),
            "{err}"
        );

        std::fs::remove_file(path).unwrap();
        std::fs::remove_file(bad).unwrap();
    }

    #[test]
    fn command_line_parsing() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(["mmu-rtl", "run"], &mut out, &mut err), EXIT_BAD_INPUT);
        assert!(String::from_utf8_lossy(&err).contains("<SCENARIO>"));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(["mmu-rtl", "--help"], &mut out, &mut err), EXIT_OK);
        assert!(String::from_utf8_lossy(&out).contains("Exit status"));
        assert!(err.is_empty());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(
            ["mmu-rtl", "run", "/nonexistent/x.json", "--engine", "model"],
            &mut out,
            &mut err,
        );
        assert_eq!(code, EXIT_BAD_INPUT);
        assert_eq!(
            String::from_utf8_lossy(&err).lines().next(),
            Some("mmu-rtl: error: /nonexistent/x.json: cannot read the scenario: No such file or directory (os error 2)")
        );
        assert_eq!(make_engine(EngineName::Model).name(), "model");
    }
}
