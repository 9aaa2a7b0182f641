//! The `mmu-rtl` command line.
//!
//! Exit status: 0 success; 2 bad input (unreadable file, malformed or invalid scenario, a configuration
//! the engine cannot honour, command-line usage); 1 an engine failure, or an `expect` line of a `.mmu`
//! scenario that the run did not meet. Every error is one line on stderr starting with `mmu-rtl: error: `,
//! except that a `.mmu` error is followed by the offending line and a caret under the column.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use mmu_arch::{pf, Access, AccessKind, CpuPort, Outcome, TlbLevel};
use mmu_model::engine::{Engine, RunResult, Scenario};
use mmu_scenario::lang::{self, check_expectations, Compiled, LoadError};
use mmu_scenario::scenario::{access_count, parse_number_str, result_to_pretty};

/// Exit status of a successful run.
pub const EXIT_OK: i32 = 0;
/// Exit status when the engine failed (e.g. a simulation cycle limit), or an expectation of a `.mmu`
/// scenario did not hold.
pub const EXIT_ENGINE_FAILURE: i32 = 1;
/// Exit status for bad input of any kind.
pub const EXIT_BAD_INPUT: i32 = 2;

/// `mmu-rtl run` shows a progress bar on stderr while the engine runs a scenario of at least this many ops, when
/// stderr is a terminal.
pub const PROGRESS_MIN_OPS: usize = 2000;

/// Declares the engines once: the `--engine` values (with their help) and [`make_engine`].
/// Adding an engine is one entry here.
macro_rules! engines {
    ($($(#[doc = $doc:literal])+ $variant:ident => $engine:expr,)+) => {
        /// An engine that can run a scenario (`--engine`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
        pub enum EngineName {
            $($(#[doc = $doc])+ $variant,)+
        }

        /// A fresh engine of the given kind, set up as `options` ask.
        pub fn make_engine(name: EngineName, options: &EngineOptions) -> Box<dyn Engine> {
            match name {
                $(EngineName::$variant => Box::new(($engine)(options)),)+
            }
        }
    };
}

/// What the command line asks of an engine beyond the scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EngineOptions {
    /// Write a VCD waveform of the run here (timed engines only).
    pub vcd: Option<PathBuf>,
}

engines! {
    /// The RTL (rust-hdl), simulated cycle by cycle: results, TLB hits and cycle counts; --vcd writes its waveform.
    Rtl => |o: &EngineOptions| mmu_sim::rtl::RtlEngine::new(mmu_sim::rtl::RtlOptions {
        vcd: o.vcd.clone(),
        ..mmu_sim::rtl::RtlOptions::default()
    }),
    /// The untimed reference model: architectural results and TLB hits, no cycle counts.
    Model => |_: &EngineOptions| mmu_model::ModelEngine,
    /// The committed Verilog export, Verilated (16 or 32 TLB entries, MAXPHYADDR 40): results, hits, cycles.
    Verilator => |o: &EngineOptions| mmu_verilated::engine::VerilatorEngine::new(mmu_sim::rtl::RtlOptions {
        vcd: o.vcd.clone(),
        ..mmu_sim::rtl::RtlOptions::default()
    }),
}

#[derive(Debug, Parser)]
#[command(
    name = "mmu-rtl",
    version,
    about = "Run x86-64 MMU scenarios on the reference model or the RTL",
    long_about = "Run x86-64 MMU scenarios on the reference model or the RTL.\n\n\
        A scenario gives the initial control registers, physical memory holding the page tables, \
        and a list of operations: accesses, memory writes, invalidations and control-register writes. \
        It is JSON (`.json`, the machine interface) or the scenario language (`.mmu`, for people: page \
        tables built from `map` lines, and `expect` lines that make the file a test); `compile` turns \
        the second into the first. Every engine reads the same scenario and writes the same result \
        document, so their answers can be compared by diffing JSON.\n\n\
        Exit status: 0 success, 1 engine failure or a failed `expect` line, 2 bad input (unreadable \
        file, invalid scenario, configuration the engine cannot honour, usage error)."
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
            and `memory_after`), pretty-printed, addresses and values as lowercase 0x hex strings.\n\n\
            A `.mmu` scenario's `expect` lines are checked after the run: each one that fails is reported \
            on stderr (its line, what was expected, what the access came to) and the exit status is 1; \
            without --json a last line tells how many held. The --json document is the same either way.")]
    Run(RunArgs),

    /// Compile a .mmu scenario to the JSON scenario format.
    #[command(long_about = COMPILE_HELP)]
    Compile(CompileArgs),

    /// Explain one access step by step: the walk, the rights decision, the physical address, A/D.
    #[command(long_about = "Explain one access step by step, in sentences.\n\n\
            The state is the scenario's initial state: its configuration, control registers and initial \
            memory, before any op runs, with an empty TLB, so the access walks the page tables (the \
            scenario's ops are not run). For each level of the walk: the table base, the index (which VA \
            bits), the entry address, the value read, its decoded flags (P RW US PWT PCD A D PS G XD pkey \
            and the address field), the reserved bits and the rule that reserves them, and the effective \
            rights so far. Then where the walk stops and why, the rights decision and why, the #PF error \
            code bit by bit, the physical address, and the accessed/dirty flags the access would write. \
            Every decision is the reference model's; the last line is the model's own outcome.\n\n\
            Exit status: 0 (whatever the access comes to), 2 bad input, 1 if the explanation and the \
            model disagree.")]
    Explain(ExplainArgs),

    /// Write the whole MMU as one Verilog file (top module `mmu`).
    #[command(
        long_about = "Write the whole MMU as one Verilog file, top module `mmu`.\n\n\
            The file opens with a comment naming the configuration and every port. The output depends only on \
            the configuration, so it can be committed and diffed. Ports: the fetch and data ports \
            (fetch_req_*, fetch_rsp_*, data_req_*, data_rsp_*), the control-register inputs, the maintenance port \
            (cmd_*) and the walker's memory port (mem_req_*, mem_rsp_*); see README.md for their timing."
    )]
    Export(ExportArgs),
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// Data-TLB entries (4, 8, 16, 32 or 64).
    #[arg(long, default_value_t = mmu_arch::Config::default().tlb_entries, value_name = "N")]
    tlb_entries: usize,

    /// Instruction-TLB entries (4, 8 or 16).
    #[arg(long, default_value_t = mmu_arch::ITLB_ENTRIES_DEFAULT, value_name = "N")]
    itlb_entries: usize,

    /// MAXPHYADDR: physical address width, 32..=52.
    #[arg(long, default_value_t = mmu_arch::Config::default().paddr_bits, value_name = "M")]
    paddr_bits: u32,

    /// Paging-structure cache entries (0 removes the cache, 1, 2, 4 or 8).
    #[arg(long, default_value_t = mmu_arch::PWC_ENTRIES_DEFAULT, value_name = "P")]
    pwc_entries: usize,

    /// Second-level TLB sets (0 removes the L2, 128, or 512 with the default L1 sizes).
    #[arg(long, default_value_t = mmu_arch::L2_SETS_DEFAULT, value_name = "S")]
    l2_sets: usize,

    /// Second-level TLB ways (4; 0 removes the L2).
    #[arg(long, default_value_t = mmu_arch::L2_WAYS_DEFAULT, value_name = "W")]
    l2_ways: usize,

    /// Where to write the Verilog.
    #[arg(short, long, value_name = "FILE.v")]
    output: PathBuf,

    /// Carry the walker's memory port over a bus: `axi4` (top module `mmu_axi4`, AXI4 master `m_axi_*`) or `wb`
    /// (top module `mmu_wb`, Wishbone B4 pipelined master `wb_*`). Without it: top `mmu` with the native `mem_*` port.
    #[arg(long, value_name = "BUS", value_parser = ["axi4", "wb"])]
    bus: Option<String>,
}

/// `mmu-rtl compile --help`: the language in short.
const COMPILE_HELP: &str = "Compile a .mmu scenario to the JSON scenario format.\n\n\
    The JSON is printed on stdout, or written to FILE with -o. It has every key written out, and reads \
    back (with `mmu-rtl run FILE.json`) to exactly the same scenario. `expect` lines are not part of the \
    JSON scenario and are left out. A JSON input is accepted too and printed in the same form.\n\n\
    The .mmu language, one directive per line (`#` comments; numbers 0x hex or decimal, `_` between \
    digits):\n\n\
    \x20 config tlb_entries=16 itlb_entries=8 paddr_bits=40 mem_latency=2 pwc_entries=4\n\
    \x20                         (any subset, before everything else; tlb_entries is the data TLB)\n\
    \x20 tables at PA            where page tables go; the first one places the PML4 (CR3's default)\n\
    \x20 map VA -> PA 4K|2M|1G [rw|ro] [user|sup] [nx] [global] [pkey=N] [accessed] [dirty]\n\
    \x20                         builds the tables; defaults ro, sup, executable, not global, key 0\n\
    \x20 mem PA = VALUE          a raw memory word\n\
    \x20 cr3 VALUE | pkru VALUE | cr0 wp on|off | cr4 pge|pcide|smep|smap|pke on|off\n\
    \x20 efer nxe on|off | rflags ac on|off\n\
    \x20 read|write|fetch user|sup VA   a fetch on the fetch port (ITLB), a read or write on the data port (DTLB)\n\
    \x20 pair fetch user|sup VA read|write user|sup VA   one access on each port, offered in the same cycle\n\
    \x20 invlpg VA | invpcid 0 pcid=N va=VA | invpcid 1 pcid=N | invpcid 2 | invpcid 3\n\
    \x20 write_cr3 VALUE | write_mem PA = VALUE | poison PA (bus errors from then on)\n\
    \x20 expect ok [pa=PA] [l1|walk] | expect pf [P|W|U|RSVD|I|PK] [l1|walk] | expect gp | expect bus_error [addr=PA]\n\
    \x20                         (after a pair: expect fetch ... and expect data ...; `hit` also means l1)\n\n\
    Before the first op, mem, cr3, cr0, cr4, efer, rflags, pkru and map set the initial state. After \
    it they are instructions: mem becomes write_mem, cr3 write_cr3 (MOV to CR3), the register lines \
    write_cr (MOV to CR0/CR4...), and map the write_mem ops of the words it changes (it may then \
    replace a leaf of its own size, to remap a page; nothing is invalidated). write_cr3 and \
    write_mem are always ops. An `expect` line follows its access. Errors name FILE:LINE:COLUMN and \
    show the line with a caret (exit status 2).";

#[derive(Debug, Args)]
struct CompileArgs {
    /// Scenario to compile (.mmu; a .json is accepted and rewritten in the same form).
    #[arg(value_name = "SCENARIO")]
    source: PathBuf,

    /// Write the JSON to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The access kinds of `explain --kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum KindArg {
    /// A data read.
    Read,
    /// A data write.
    Write,
    /// An instruction fetch.
    Fetch,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// Scenario (.mmu or .json) whose initial state is used.
    #[arg(value_name = "SCENARIO")]
    scenario: PathBuf,

    /// Linear address to translate (0x hex or decimal, `_` between digits).
    #[arg(value_name = "VA", value_parser = parse_va, allow_hyphen_values = true)]
    va: u64,

    /// What the access does.
    #[arg(long, value_enum, default_value_t = KindArg::Read)]
    kind: KindArg,

    /// A user-mode (CPL 3) access; without it, a supervisor access.
    #[arg(long)]
    user: bool,
}

/// A linear address on the command line.
fn parse_va(s: &str) -> Result<u64, String> {
    parse_number_str(s).map_err(|why| format!("not an address ({why})"))
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Scenario file to run (.json or .mmu).
    #[arg(
        value_name = "SCENARIO",
        long_help = "Scenario file to run, chosen by its extension. `.json`: `config`, control keys \
            (cr0_wp, cr4_pge, cr4_pcide, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, cr3), \
            `memory` ([addr, value] pairs) and `ops`; unknown keys and out-of-range values are errors. \
            `.mmu`: the scenario language (see `mmu-rtl compile --help`). Any other extension is an error."
    )]
    scenario: PathBuf,

    /// Engine that runs the scenario.
    #[arg(long, value_enum, default_value_t = EngineName::Rtl)]
    engine: EngineName,

    /// Write the waveform of the run to FILE (VCD; rtl engine).
    #[arg(
        long,
        value_name = "FILE",
        long_help = "Write the waveform of the run to FILE as a VCD: the fetch and data ports, the ITLB and DTLB, \
            the walker, the paging-structure cache, the permission check and the memory port, one clock, value \
            changes only. Next to it go a GTKWave translate-filter file \
            that shows the walker's states by name (FILE with the extension .walker_state.filter) and a GTKWave \
            save file (FILE with the extension .gtkw): `gtkwave FILE.gtkw` opens the waveform with the signals \
            grouped (fetch port, data port, walker, memory port, ITLB, DTLB, ...), buses in hex, the walker's state by \
            name, zoomed on the start of the run. Only timed engines (rtl, verilator) make waveforms; the \
            verilator engine's waveform shows the ports only."
    )]
    vcd: Option<PathBuf>,

    /// Print the JSON result document instead of the table.
    #[arg(
        long,
        long_help = "Print the JSON result document (`results`, `memory_after`) on stdout instead of the \
            table: the stable machine-readable output."
    )]
    json: bool,

    /// Write a WaveDrom timing diagram (WaveJSON) of the run's ports to FILE (rtl, verilator engines).
    #[arg(
        long,
        value_name = "FILE.json",
        long_help = "Write a WaveDrom timing diagram of the run to FILE as WaveJSON (render it with wavedrom-cli \
            or yowasp-wavedrom): the clock, then the ports --signals names, grouped by port, one column per \
            cycle, a bus's value in hex (an outcome by name) wherever it changes. It covers the cycles from the \
            end of the reset (and of the L2's flush after it) to the end of the run, or those of the ops \
            --wavedrom-ops names; the head's tick numbers are the run's cycles. Made from the run's VCD, so it \
            shows what the simulation did."
    )]
    wavedrom: Option<PathBuf>,

    /// Ports in the --wavedrom diagram: names or groups, comma-separated [default: fetch,data,mem].
    #[arg(
        long,
        value_name = "PORTS",
        value_delimiter = ',',
        requires = "wavedrom",
        long_help = "Ports in the --wavedrom diagram, comma-separated: a port name of the `mmu` module \
            (data_rsp_valid), or a group, a prefix that starts port names up to a `_` (fetch, data, mem, cmd, \
            fetch_rsp, mem_req). Drawn in port-table order. Default: fetch,data,mem."
    )]
    signals: Vec<String>,

    /// Draw only the cycles of ops FIRST..LAST (indices as in the table's op column; or one op, N).
    #[arg(
        long,
        value_name = "FIRST..LAST",
        requires = "wavedrom",
        value_parser = parse_op_range,
        long_help = "Draw only the cycles of ops FIRST..LAST (both included; op indices as in the table's first \
            column; N alone is one op): from the cycle the first of their accesses was offered to the cycle \
            the last was answered, a cycle either side. The range must hold an access."
    )]
    wavedrom_ops: Option<(usize, usize)>,
}

/// `--wavedrom-ops`: `FIRST..LAST` or `N`.
fn parse_op_range(s: &str) -> Result<(usize, usize), String> {
    let number = |t: &str| {
        t.trim()
            .parse::<usize>()
            .map_err(|_| format!("`{t}` is not an op index (expected FIRST..LAST or N, e.g. 2..5)"))
    };
    let (first, last) = match s.split_once("..") {
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(s)?, number(s)?),
    };
    if first > last {
        return Err(format!(
            "{first}..{last} is empty (FIRST must not be after LAST)"
        ));
    }
    Ok((first, last))
}

/// Entry point of the `mmu-rtl` binary: parses the process arguments, runs, returns the exit status.
/// Long runs show a progress bar when stderr is a terminal.
pub(crate) fn main() -> i32 {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let terminal = stderr.is_terminal();
    run_with(
        std::env::args_os(),
        &mut stdout.lock(),
        &mut stderr.lock(),
        terminal,
    )
}

/// Runs the command line given by `args` (program name first), writing to `out` and `err`; returns
/// the exit status. No progress bar.
#[cfg(test)]
fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, out, err, false)
}

/// [`run`]; with `terminal`, a run of [`PROGRESS_MIN_OPS`] ops or more draws a progress bar on the process's stderr.
fn run_with<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write, terminal: bool) -> i32
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
        Command::Run(args) => run_scenario(&args, out, err, terminal),
        Command::Compile(args) => compile(&args, out, err),
        Command::Explain(args) => explain(&args, out, err),
        Command::Export(args) => export(&args, err),
    }
}

/// A scenario that could not be loaded: one `mmu-rtl: error: ` line, then for a `.mmu` file the source
/// line and the caret.
fn fail_load(err: &mut dyn Write, e: &LoadError) -> i32 {
    let status = fail(err, EXIT_BAD_INPUT, &e.headline());
    if let LoadError::Lang(le) = e {
        let _ = writeln!(err, "{}", le.snippet());
    }
    status
}

/// Writes `text` to `out`; the status.
fn emit(out: &mut dyn Write, err: &mut dyn Write, text: &str) -> i32 {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => EXIT_OK,
        Err(e) => fail(
            err,
            EXIT_ENGINE_FAILURE,
            &format!("cannot write the output: {e}"),
        ),
    }
}

fn compile(args: &CompileArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let compiled = match lang::load(&args.source) {
        Ok(c) => c,
        Err(e) => return fail_load(err, &e),
    };
    let text = lang::scenario_to_json(&compiled.scenario);
    match &args.output {
        None => emit(out, err, &text),
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => EXIT_OK,
            Err(e) => fail(
                err,
                EXIT_ENGINE_FAILURE,
                &format!("{}: cannot write the JSON scenario: {e}", path.display()),
            ),
        },
    }
}

fn explain(args: &ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let compiled = match lang::load(&args.scenario) {
        Ok(c) => c,
        Err(e) => return fail_load(err, &e),
    };
    let access = Access {
        va: args.va,
        kind: match args.kind {
            KindArg::Read => AccessKind::Read,
            KindArg::Write => AccessKind::Write,
            KindArg::Fetch => AccessKind::Fetch,
        },
        user: args.user,
    };
    let source = args.scenario.display().to_string();
    match mmu_scenario::explain::explain(&compiled.scenario, access, &source) {
        Ok(text) => emit(out, err, &text),
        Err(why) => fail(
            err,
            EXIT_ENGINE_FAILURE,
            &format!("{source}: cannot explain the access: {why}"),
        ),
    }
}

fn export(args: &ExportArgs, err: &mut dyn Write) -> i32 {
    let cfg = mmu_arch::Config {
        tlb_entries: args.tlb_entries,
        itlb_entries: args.itlb_entries,
        paddr_bits: args.paddr_bits,
        pwc_entries: args.pwc_entries,
        l2_sets: args.l2_sets,
        l2_ways: args.l2_ways,
        ..mmu_arch::Config::default()
    };
    let exported = match args.bus.as_deref() {
        Some("axi4") => mmu_sim::export::bus::verilog(&cfg, mmu_sim::export::bus::Bus::Axi4),
        Some("wb") => mmu_sim::export::bus::verilog(&cfg, mmu_sim::export::bus::Bus::Wb),
        _ => mmu_sim::export::verilog(&cfg),
    };
    let text = match exported {
        Ok(t) => t,
        Err(why) => return fail(err, EXIT_BAD_INPUT, &format!("cannot export: {why}")),
    };
    match std::fs::write(&args.output, text) {
        Ok(()) => EXIT_OK,
        Err(e) => fail(
            err,
            EXIT_BAD_INPUT,
            &format!("{}: cannot write the Verilog: {e}", args.output.display()),
        ),
    }
}

/// A one-line error on stderr, and the status to exit with.
fn fail(err: &mut dyn Write, status: i32, message: &str) -> i32 {
    let one_line = message.replace(['\n', '\r'], " ");
    let _ = writeln!(err, "mmu-rtl: error: {one_line}");
    status
}

fn run_scenario(args: &RunArgs, out: &mut dyn Write, err: &mut dyn Write, terminal: bool) -> i32 {
    for (given, option) in [
        (args.vcd.is_some(), "--vcd"),
        (args.wavedrom.is_some(), "--wavedrom"),
    ] {
        if given && args.engine == EngineName::Model {
            let msg =
                format!("{option} needs a timed engine: the model has no clock (use --engine rtl)");
            return fail(err, EXIT_BAD_INPUT, &msg);
        }
    }
    let diagram = match args.wavedrom.as_ref().map(|f| Diagram::plan(args, f)) {
        Some(Ok(d)) => Some(d),
        Some(Err(why)) => return fail(err, EXIT_BAD_INPUT, &why),
        None => None,
    };
    let options = EngineOptions {
        vcd: args
            .vcd
            .clone()
            .or_else(|| diagram.as_ref().map(|d| d.vcd.clone())),
    };
    let mut engine = make_engine(args.engine, &options);
    let run = run_on_with(
        engine.as_mut(),
        &args.scenario,
        args.json,
        out,
        err,
        terminal,
    );
    // The waveform is whole once the engine has finished, whether or not the expectations held.
    if let Some(d) = &diagram {
        let written = run.completed.then(|| d.write(&args.scenario));
        if args.vcd.is_none() {
            // the VCD was only the diagram's source
            let _ = std::fs::remove_file(&d.vcd);
            let _ = std::fs::remove_file(mmu_sim::rtl::vcd::filter_path(&d.vcd));
        }
        match written {
            Some(Ok(window)) => {
                let _ = writeln!(
                    err,
                    "wavedrom: {} (cycles {}..{})",
                    d.output.display(),
                    window.start,
                    window.end
                );
            }
            Some(Err(e)) => {
                let msg = format!("{}: cannot write the diagram: {e:#}", d.output.display());
                return fail(err, EXIT_ENGINE_FAILURE, &msg);
            }
            None => {}
        }
    }
    let Some(vcd) = args.vcd.as_ref().filter(|_| run.completed) else {
        return run.status;
    };
    let save = match mmu_sim::gtkw::write_for(vcd) {
        Ok(p) => p,
        Err(e) => {
            let msg = format!("cannot write the GTKWave save file: {e:#}");
            return fail(err, EXIT_ENGINE_FAILURE, &msg);
        }
    };
    let filter = mmu_sim::rtl::vcd::filter_path(vcd);
    let names = if filter.is_file() {
        format!("; state names: {}", filter.display())
    } else {
        String::new()
    };
    let _ = writeln!(
        err,
        "waveform: {} (gtkwave {}{names})",
        vcd.display(),
        save.display(),
    );
    run.status
}

/// A `--wavedrom` diagram to draw from the run's VCD.
struct Diagram {
    output: PathBuf,
    /// The VCD the engine writes: `--vcd`'s, or a temporary file.
    vcd: PathBuf,
    ports: Vec<&'static str>,
    /// `--wavedrom-ops`, and the port of each access of the scenario with its op index.
    ops: Option<(usize, usize)>,
}

impl Diagram {
    /// Checks the diagram's options before the run; the error names the option.
    fn plan(args: &RunArgs, output: &std::path::Path) -> Result<Diagram, String> {
        let items: Vec<String> = if args.signals.is_empty() {
            mmu_sim::wavedrom::DEFAULT_GROUPS.map(String::from).to_vec()
        } else {
            args.signals.clone()
        };
        let ports = mmu_sim::wavedrom::select(&items).map_err(|why| format!("--signals: {why}"))?;
        if let Some((first, last)) = args.wavedrom_ops {
            // A scenario that does not load is reported by the run itself.
            if let Ok(c) = lang::load(&args.scenario) {
                let n = c.scenario.ops.len();
                if last >= n {
                    return Err(format!(
                        "--wavedrom-ops: {first}..{last} goes past the scenario's last op ({})",
                        n.saturating_sub(1)
                    ));
                }
                if !c
                    .scenario
                    .accesses()
                    .iter()
                    .any(|&(i, _)| (first..=last).contains(&i))
                {
                    return Err(format!(
                        "--wavedrom-ops: ops {first}..{last} hold no access"
                    ));
                }
            }
        }
        let vcd = match &args.vcd {
            Some(v) => v.clone(),
            None => {
                std::env::temp_dir().join(format!("mmu-rtl-wavedrom-{}.vcd", std::process::id()))
            }
        };
        Ok(Diagram {
            output: output.to_path_buf(),
            vcd,
            ports,
            ops: args.wavedrom_ops,
        })
    }

    /// Writes the diagram of the finished run of `scenario`; the window of cycles drawn.
    fn write(&self, scenario: &std::path::Path) -> anyhow::Result<std::ops::Range<u64>> {
        use anyhow::Context;
        let trace = mmu_sim::wavedrom::Trace::from_vcd(&self.vcd)?;
        let name = scenario.file_name().map_or_else(
            || scenario.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (window, title) = match self.ops {
            None => (trace.first_op_cycle()..trace.cycles, name),
            Some((first, last)) => {
                let loaded = lang::load(scenario).map_err(|e| anyhow::anyhow!(e.headline()))?;
                let accesses = loaded.scenario.accesses();
                let ports: Vec<CpuPort> =
                    accesses.iter().map(|(_, a)| CpuPort::of(a.kind)).collect();
                let spans = trace.access_spans(&ports);
                let chosen: Vec<_> = accesses
                    .iter()
                    .zip(&spans)
                    .filter(|((i, _), _)| (first..=last).contains(i))
                    .map(|(_, s)| s.clone())
                    .collect();
                let (Some(start), Some(end)) = (
                    chosen.iter().map(|s| s.start).min(),
                    chosen.iter().map(|s| s.end).max(),
                ) else {
                    anyhow::bail!("the run answered none of the accesses of ops {first}..{last}");
                };
                let ops = if first == last {
                    format!("op {first}")
                } else {
                    format!("ops {first}..{last}")
                };
                (
                    start.saturating_sub(1)..(end + 1).min(trace.cycles),
                    format!("{name}, {ops}"),
                )
            }
        };
        let doc = mmu_sim::wavedrom::wavejson(&trace, &self.ports, window.clone(), &title)?;
        let text = serde_json::to_string_pretty(&doc)? + "\n";
        std::fs::write(&self.output, text).context("cannot write the file")?;
        Ok(window)
    }
}

/// What [`run_on_with`] came to.
struct RunStatus {
    /// The exit status.
    status: i32,
    /// The engine ran the scenario to its end (the expectations may still have failed).
    completed: bool,
}

/// `mmu-rtl run` on a given engine: loads the scenario at `path` (`.json` or `.mmu`), runs it, prints
/// the table (or the JSON document with `json`), and checks the `expect` lines of a `.mmu` scenario;
/// returns the exit status.
#[cfg(test)]
fn run_on(
    engine: &mut dyn Engine,
    path: &std::path::Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_on_with(engine, path, json, out, err, false).status
}

/// Whether a run of `ops` ops shows a progress bar: on a `terminal`, from [`PROGRESS_MIN_OPS`] ops.
fn wants_progress(ops: usize, terminal: bool) -> bool {
    terminal && ops >= PROGRESS_MIN_OPS
}

/// The progress bar of a run of `ops` ops on `engine`, drawn on stderr, when [`wants_progress`].
fn progress_bar(ops: usize, terminal: bool, engine: &str) -> Option<ProgressBar> {
    if !wants_progress(ops, terminal) {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(ops as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{msg} [{elapsed_precise}] [{wide_bar}] {pos}/{len} ops, ETA {eta}",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(engine.to_string());
    Some(bar)
}

/// Runs `scenario` on `engine`, advancing `bar` (if any) op by op; the bar is cleared at the end.
fn run_engine(
    engine: &mut dyn Engine,
    scenario: &Scenario,
    bar: Option<&ProgressBar>,
) -> anyhow::Result<RunResult> {
    let Some(bar) = bar else {
        return engine.run(scenario);
    };
    let result = engine.run_with_progress(scenario, &mut |done| bar.set_position(done as u64));
    bar.finish_and_clear();
    result
}

/// [`run_on`], with a progress bar on a `terminal`; also tells whether the engine completed the run.
fn run_on_with(
    engine: &mut dyn Engine,
    path: &std::path::Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: bool,
) -> RunStatus {
    let failed = |status| RunStatus {
        status,
        completed: false,
    };
    let Compiled {
        scenario,
        expectations,
        ..
    } = match lang::load(path) {
        Ok(c) => c,
        Err(e) => return failed(fail_load(err, &e)),
    };
    if let Err(why) = engine.supports(&scenario.config) {
        let msg = format!(
            "{}: engine `{}` cannot run this scenario: {why}",
            path.display(),
            engine.name()
        );
        return failed(fail(err, EXIT_BAD_INPUT, &msg));
    }
    let bar = progress_bar(scenario.ops.len(), terminal, engine.name());
    let result = match run_engine(engine, &scenario, bar.as_ref()) {
        Ok(r) => r,
        Err(e) => {
            let msg = format!(
                "{}: engine `{}` failed: {e:#}",
                path.display(),
                engine.name()
            );
            return failed(fail(err, EXIT_ENGINE_FAILURE, &msg));
        }
    };
    let completed = |status| RunStatus {
        status,
        completed: true,
    };
    if let Err(why) = check_result(&scenario, &result) {
        let msg = format!(
            "{}: engine `{}` returned an inconsistent result: {why}",
            path.display(),
            engine.name()
        );
        return completed(fail(err, EXIT_ENGINE_FAILURE, &msg));
    }
    let failures = check_expectations(&expectations, &result);
    let mut text = if json {
        result_to_pretty(&result)
    } else {
        render_table(&scenario, &result)
    };
    if !json && !expectations.is_empty() && failures.is_empty() {
        let n = expectations.len();
        text.push_str(&format!(
            "{n} expectation{} held\n",
            if n == 1 { "" } else { "s" }
        ));
    }
    let status = emit(out, err, &text);
    if status != EXIT_OK || failures.is_empty() {
        return completed(status);
    }
    for f in &failures {
        let e = &f.expectation;
        let _ = writeln!(
            err,
            "{}:{}: expectation failed for the access at line {} (op {}): expected {}, got {}",
            path.display(),
            e.line,
            e.access_line,
            e.op_index,
            e.want,
            f.got
        );
    }
    let msg = format!(
        "{}: {} of {} expectations failed",
        path.display(),
        failures.len(),
        expectations.len()
    );
    completed(fail(err, EXIT_ENGINE_FAILURE, &msg))
}

/// Checks that a result fits its scenario: one result per access (two for a pair op), in order, and one
/// `memory_after` word per mentioned word.
fn check_result(scenario: &Scenario, result: &RunResult) -> Result<(), String> {
    let expected: Vec<usize> = scenario.accesses().iter().map(|&(i, _)| i).collect();
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

    let (mut hits, mut l2_hits, mut walks, mut ok, mut gps, mut bus_errors) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    // #PF by cause: not present, reserved bit, protection key, other rights.
    let mut pf_kinds = [0usize; 4];
    // `check_result` holds the results to the scenario's accesses, one for one.
    for (r, (_, access)) in result.results.iter().zip(scenario.accesses()) {
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
            Outcome::BusError { addr } => {
                bus_errors += 1;
                ("bus error".to_string(), format!("entry at {addr:#x}"))
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
            // The level that answered; a #GP is decided before anything is looked up.
            let cell = match (r.outcome, r.tlb, r.tlb_hit) {
                (Outcome::GeneralProtection, _, _) | (_, None, None) => "-",
                (_, Some(TlbLevel::L1), _) | (_, None, Some(true)) => {
                    hits += 1;
                    TlbLevel::L1.name()
                }
                (_, Some(TlbLevel::L2), _) => {
                    l2_hits += 1;
                    TlbLevel::L2.name()
                }
                (_, Some(TlbLevel::Walk), _) | (_, None, Some(false)) => {
                    walks += 1;
                    TlbLevel::Walk.name()
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
    if bus_errors > 0 {
        summary.push_str(&format!(", {bus_errors} bus error{}", plural(bus_errors)));
    }
    if show_tlb {
        summary.push_str(&format!(
            "; {hits} TLB hit{}, {l2_hits} L2 hit{}, {walks} walk{}",
            plural(hits),
            plural(l2_hits),
            plural(walks)
        ));
    }
    if show_cycles {
        let cycles: Vec<u64> = result.results.iter().filter_map(|r| r.cycles).collect();
        let total = cycles.iter().copied().fold(0u64, u64::saturating_add);
        let max = cycles.iter().copied().max().unwrap_or(0);
        let average = total as f64 / cycles.len().max(1) as f64;
        summary.push_str(&format!(
            "; {total} cycles, {average:.2} per access on average, {max} at most"
        ));
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
    use mmu_arch::{AccessResult, Config};

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
                .accesses()
                .into_iter()
                .map(|(op_index, _)| AccessResult {
                    op_index,
                    outcome: Outcome::PageFault {
                        error_code: 0x25,
                        cr2: 0x1000,
                    },
                    tlb_hit: Some(true),
                    tlb: Some(TlbLevel::L1),
                    cycles: Some(3),
                    walk_reads: Some(0),
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
            lines[1].contains("P|U|PK (0x25) cr2 0x1000") && lines[1].ends_with("l1        3"),
            "{out}"
        );
        assert!(
            lines[2].starts_with(" 2  0x0000000000001000  write  sup"),
            "{out}"
        );
        assert_eq!(
            lines[3],
            "2 accesses: 0 ok, 2 #PF (2 protection-key), 0 #GP; 2 TLB hits, 0 L2 hits, 0 walks; \
             6 cycles, 3.00 per access on average, 3 at most"
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

    fn example(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name)
    }

    #[test]
    fn progress_only_for_long_runs_on_a_terminal() {
        assert!(!wants_progress(PROGRESS_MIN_OPS, false));
        assert!(!wants_progress(PROGRESS_MIN_OPS - 1, true));
        assert!(wants_progress(PROGRESS_MIN_OPS, true));
        assert!(progress_bar(1_000_000, false, "rtl").is_none());
    }

    #[test]
    fn engines_report_progress_op_by_op() {
        let scenario = lang::load(&example("tour.mmu")).unwrap().scenario;
        let n = scenario.ops.len();
        let options = EngineOptions::default();
        let mut engines = vec![
            make_engine(EngineName::Model, &options),
            make_engine(EngineName::Rtl, &options),
        ];
        let verilator = make_engine(EngineName::Verilator, &options);
        if verilator.supports(&scenario.config).is_ok() {
            engines.push(verilator);
        }
        for mut engine in engines {
            let mut seen = vec![];
            let with = engine
                .run_with_progress(&scenario, &mut |done| seen.push(done))
                .unwrap();
            assert_eq!(seen, (1..=n).collect::<Vec<_>>(), "{}", engine.name());
            assert_eq!(with, engine.run(&scenario).unwrap(), "{}", engine.name());

            let bar = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::hidden());
            let result = run_engine(engine.as_mut(), &scenario, Some(&bar)).unwrap();
            assert_eq!(result, with);
            assert_eq!(bar.position(), n as u64, "{}", engine.name());
            assert!(bar.is_finished());
        }
    }

    /// The summary line of `tour.mmu` on the rtl engine agrees with the rows above it.
    #[test]
    fn summary_matches_the_rows() {
        let mut engine = mmu_sim::rtl::RtlEngine::new(mmu_sim::rtl::RtlOptions::default());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run_on(&mut engine, &example("tour.mmu"), false, &mut out, &mut err);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(code, EXIT_OK, "{}", String::from_utf8_lossy(&err));
        let lines: Vec<&str> = out.lines().collect();
        let header: Vec<&str> = lines[0].split_whitespace().collect();
        assert!(header.ends_with(&["tlb", "cycles"]), "{out}");
        let summary = lines
            .iter()
            .find(|l| l.contains(" accesses: "))
            .expect("a summary line");
        let rows: Vec<Vec<&str>> = lines[1..]
            .iter()
            .take_while(|l| !l.contains(" accesses: "))
            .map(|l| l.split_whitespace().collect())
            .collect();
        let cycles: Vec<u64> = rows
            .iter()
            .map(|r| r.last().unwrap().parse().unwrap())
            .collect();
        let count = |col: usize, v: &str| rows.iter().filter(|r| r[r.len() - col] == v).count();
        let (hits, l2_hits, walks) = (count(2, "l1"), count(2, "l2"), count(2, "walk"));
        let (ok, pf, gp) = (
            count_outcome(&rows, "ok"),
            count_outcome(&rows, "#PF"),
            count_outcome(&rows, "#GP"),
        );
        let total: u64 = cycles.iter().sum();
        let max = *cycles.iter().max().unwrap();
        assert!(max > 1 && total > max, "{out}");
        let average = total as f64 / cycles.len() as f64;
        assert!(
            summary.starts_with(&format!("{} accesses: {ok} ok, {pf} #PF (", rows.len())),
            "{summary}"
        );
        assert!(
            summary.contains(&format!(
                ", {gp} #GP; {hits} TLB hits, {l2_hits} L2 hit{}, {walks} walks; ",
                if l2_hits == 1 { "" } else { "s" }
            )),
            "{summary}"
        );
        assert!(
            summary.ends_with(&format!(
                "; {total} cycles, {average:.2} per access on average, {max} at most"
            )),
            "{summary}"
        );
        // The #PF causes add up to the #PF count.
        let causes = summary
            .split(" #PF (")
            .nth(1)
            .unwrap()
            .split(')')
            .next()
            .unwrap();
        let by_cause: usize = causes
            .split(", ")
            .map(|c| c.split(' ').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(by_cause, pf, "{summary}");
        assert!(pf > 0 && gp > 0 && hits > 0 && walks > 0, "{summary}");
    }

    /// Rows whose outcome column (the fifth) is `outcome`.
    fn count_outcome(rows: &[Vec<&str>], outcome: &str) -> usize {
        rows.iter().filter(|r| r[4] == outcome).count()
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
        assert_eq!(
            make_engine(EngineName::Model, &EngineOptions::default()).name(),
            "model"
        );
        assert_eq!(
            make_engine(EngineName::Rtl, &EngineOptions::default()).name(),
            "rtl"
        );
    }
}
