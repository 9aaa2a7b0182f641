//! The `.mmu` scenario language: a scenario written for people, compiled to the same [`Scenario`] the JSON format
//! gives, plus `expect` lines that make the file a test.
//!
//! One directive per line; `#` starts a comment (anywhere on a line); blank lines are fine. Numbers are `0x` hex or
//! decimal, with single `_` between digits (`0x7fe9_5867_e9d8`, `4_096`). `KEY=VALUE` may be written `KEY = VALUE`.
//!
//! # The machine and its initial state
//!
//! ```text
//! config tlb_entries=16 paddr_bits=40 mem_latency=2 pwc_entries=4    # any subset; before every other directive
//! tables at 0x100000        # where page tables are allocated; the first one also places the PML4 there
//! map VA -> PA 4K|2M|1G [rw|ro] [user|sup] [nx] [global] [pkey=N] [accessed] [dirty]
//! mem PA = VALUE            # a raw 64-bit word of physical memory
//! cr3 VALUE                 # default: the PML4 placed by `tables at` before the first op (else 0)
//! cr0 wp on|off             # default on
//! cr4 pge|pcide|smep|smap|pke on|off                   # default off
//! efer nxe on|off           # default on
//! rflags ac on|off          # default off
//! pkru VALUE                # default 0
//! ```
//!
//! `map` builds the page tables with [`PageTables`]: the leaf gets exactly the attributes written, and the defaults
//! are the restrictive ones, so that every right a page has is spelled out on its line: read-only (`ro`),
//! supervisor-only (`sup`), executable, not global, protection key 0, A and D clear. Upper-level entries the map
//! creates are present, writable and user (P, R/W, U/S = 1), so the leaf alone decides the rights; to restrict an
//! upper level, overwrite its entry with `mem`. A map is refused when the linear or physical address is not aligned to
//! the page size, the linear address is not canonical, the frame is beyond MAXPHYADDR (`paddr_bits`; to put a
//! reserved bit in an entry on purpose, write the entry with `mem`), or the page conflicts with one already mapped.
//!
//! # Ops: what happens, in order
//!
//! ```text
//! read|write|fetch user|sup VA       # an access; `user` is CPL 3
//! invlpg VA
//! invpcid 0 pcid=N va=VA | invpcid 1 pcid=N | invpcid 2 | invpcid 3
//! write_cr3 VALUE                    # MOV to CR3, bit 63 included
//! write_mem PA = VALUE               # an OS store to memory (no invalidation)
//! poison PA                          # from now on the walker's accesses to this word get a bus error
//! ```
//!
//! **Initial state vs. instructions.** The directives `mem`, `cr3`, `cr0`, `cr4`, `efer`, `rflags`, `pkru` and `map`
//! describe the initial state until the first op. Once an op has been written they describe what the OS does next:
//! `mem` becomes a `write_mem` op, `cr3` a `write_cr3` op (MOV to CR3, with its invalidations), the flag and `pkru`
//! directives `write_cr` ops (MOV to CR0/CR4 etc., with the MOV-to-CR4 invalidation rules), and `map` the `write_mem`
//! ops of the words it changes, tables first, then the entries that link them, in address order. A `map` after the
//! first op may replace a leaf entry of its own page size (remapping a page), which before the first op is a conflict;
//! like every memory write it invalidates nothing, so a cached translation stays until `invlpg`. `write_cr3` and
//! `write_mem` are always ops (the first op ends the initial state). `config` is not allowed after other directives.
//! Before the first op each setting may be given once.
//!
//! # Expectations
//!
//! ```text
//! expect ok [pa=PA] [hit|walk]
//! expect pf [P|W|U|RSVD|I|PK] [hit|walk]    # the exact error code; `-` or a number also work; none: any #PF
//! expect gp
//! ```
//!
//! An `expect` line belongs to the access just before it (only blank and comment lines may stand between). It is not
//! part of the JSON scenario: [`Compiled::expectations`] keeps it next to the op index, and [`check_expectations`] checks
//! a run against it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::scenario::{
    load_scenario, parse_number_str, ScenarioError, MEM_LATENCY_MAX, TLB_ENTRIES_MAX,
};
use mmu_arch::{
    is_canonical, pf, Access, AccessKind, AccessResult, Config, Control, CrReg, InvpcidType, Op,
    Outcome, PageSize, CR3_NOFLUSH, PADDR_BITS_MAX, PADDR_BITS_MIN, PWC_ENTRIES_MAX,
};
use mmu_model::engine::{RunResult, Scenario};
use mmu_model::pagetable::{MapError, MapFlags, PageTables};
use mmu_model::walker::{bit, Level};

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// A located error in a `.mmu` file. Its `Display` is `FILE:LINE:COLUMN: MESSAGE`, then the source line and a caret
/// line under the column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangError {
    file: PathBuf,
    line: usize,
    column: usize,
    width: usize,
    message: String,
    source_line: String,
}

impl LangError {
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column, in characters.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The text of the offending line.
    pub fn source_line(&self) -> &str {
        &self.source_line
    }

    /// `FILE:LINE:COLUMN: MESSAGE`, one line.
    pub fn headline(&self) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message
        )
    }

    /// The source line, and under it a caret (`^`, as wide as the offending token) at the column.
    pub fn snippet(&self) -> String {
        let gutter = self.line.to_string();
        let pad = " ".repeat(gutter.len());
        let caret = format!(
            "{}{}",
            " ".repeat(self.column.saturating_sub(1)),
            "^".repeat(self.width.max(1))
        );
        format!(
            "{gutter} | {}\n{pad} | {caret}",
            printable(&self.source_line)
        )
    }
}

impl fmt::Display for LangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.headline(), self.snippet())
    }
}

impl std::error::Error for LangError {}

/// The line as shown under an error: one character per character, so the caret lines up (tabs become spaces, other
/// control characters `?`).
fn printable(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '?',
            c => c,
        })
        .collect()
}

/// A token quoted in a message: control characters escaped, so the message stays one printable line.
fn quoted(text: &str) -> String {
    let inner: String = text
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    format!("`{inner}`")
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    Word,
    /// `=`
    Eq,
    /// `->`
    Arrow,
}

#[derive(Clone, Debug)]
struct Tok {
    kind: TokKind,
    text: String,
    /// 1-based column of the first character.
    col: usize,
    /// Width in characters.
    width: usize,
}

/// Splits a line into words, `=` and `->`, up to a `#` comment.
fn tokenize(line: &str) -> Vec<Tok> {
    let chars: Vec<char> = line.chars().collect();
    let arrow_at = |i: usize| chars[i] == '-' && chars.get(i + 1) == Some(&'>');
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            break;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (kind, end) = if c == '=' {
            (TokKind::Eq, i + 1)
        } else if arrow_at(i) {
            (TokKind::Arrow, i + 2)
        } else {
            let mut j = i;
            while j < chars.len() {
                let d = chars[j];
                if d.is_whitespace() || d == '=' || d == '#' || arrow_at(j) {
                    break;
                }
                j += 1;
            }
            (TokKind::Word, j)
        };
        toks.push(Tok {
            kind,
            text: chars[i..end].iter().collect(),
            col: i + 1,
            width: end - i,
        });
        i = end;
    }
    toks
}

/// One source line being compiled: where it is, and its tokens.
struct Line<'a> {
    file: &'a Path,
    number: usize,
    text: &'a str,
    toks: Vec<Tok>,
}

impl Line<'_> {
    fn error(&self, column: usize, width: usize, message: impl Into<String>) -> LangError {
        LangError {
            file: self.file.to_path_buf(),
            line: self.number,
            column,
            width,
            message: message.into(),
            source_line: self.text.to_string(),
        }
    }

    fn error_at(&self, tok: &Tok, message: impl Into<String>) -> LangError {
        self.error(tok.col, tok.width, message)
    }

    /// An error about something missing: the caret goes just past the last token.
    fn error_at_end(&self, message: impl Into<String>) -> LangError {
        let col = self.toks.last().map_or(1, |t| t.col + t.width + 1);
        self.error(col, 1, message)
    }
}

/// Reads the tokens of a line in order.
struct Cursor<'l, 'a> {
    line: &'l Line<'a>,
    pos: usize,
}

impl<'l, 'a> Cursor<'l, 'a> {
    fn new(line: &'l Line<'a>) -> Self {
        Cursor { line, pos: 0 }
    }

    fn peek(&self) -> Option<&'l Tok> {
        self.line.toks.get(self.pos)
    }

    fn peek2(&self) -> Option<&'l Tok> {
        self.line.toks.get(self.pos + 1)
    }

    fn next(&mut self) -> Option<&'l Tok> {
        let t = self.line.toks.get(self.pos);
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    /// The next token, which must be a word; `what` names what was expected.
    fn word(&mut self, what: &str) -> Result<&'l Tok, LangError> {
        match self.next() {
            Some(t) if t.kind == TokKind::Word => Ok(t),
            Some(t) => Err(self
                .line
                .error_at(t, format!("expected {what}, found {}", quoted(&t.text)))),
            None => Err(self.line.error_at_end(format!("expected {what}"))),
        }
    }

    /// The next token, which must be the punctuation `kind`; `message` says what is missing.
    fn punct(&mut self, kind: TokKind, message: &str) -> Result<&'l Tok, LangError> {
        match self.next() {
            Some(t) if t.kind == kind => Ok(t),
            Some(t) => Err(self
                .line
                .error_at(t, format!("{message}, found {}", quoted(&t.text)))),
            None => Err(self.line.error_at_end(message.to_string())),
        }
    }

    /// The next token as a number.
    fn number(&mut self, what: &str) -> Result<(u64, &'l Tok), LangError> {
        let t = self.word(what)?;
        number(self.line, t, what).map(|v| (v, t))
    }

    /// One of `names` (a word); `what` names the choice for the error.
    fn choice<T: Copy>(&mut self, what: &str, names: &[(&str, T)]) -> Result<T, LangError> {
        let list = names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
        let t = self.word(&format!("{what} ({list})"))?;
        names
            .iter()
            .find(|(n, _)| *n == t.text)
            .map(|&(_, v)| v)
            .ok_or_else(|| {
                self.line.error_at(
                    t,
                    format!("unknown {what} {} (one of: {list})", quoted(&t.text)),
                )
            })
    }

    /// Nothing may follow; `usage` is the directive's form, for the message.
    fn done(&self, usage: &str) -> Result<(), LangError> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(self.line.error_at(
                t,
                format!(
                    "unexpected {} (the directive is `{usage}`)",
                    quoted(&t.text)
                ),
            )),
        }
    }

    /// A `KEY=VALUE` pair if one comes next: the key token and the value token.
    fn key_value(&mut self) -> Result<Option<(&'l Tok, &'l Tok)>, LangError> {
        match (self.peek(), self.peek2()) {
            (Some(k), Some(eq)) if k.kind == TokKind::Word && eq.kind == TokKind::Eq => {
                self.pos += 2;
                let v = self.word(&format!(
                    "a value after {}",
                    quoted(&format!("{}=", k.text))
                ))?;
                Ok(Some((k, v)))
            }
            _ => Ok(None),
        }
    }
}

/// A token's number; the error names what was expected.
fn number(line: &Line, t: &Tok, what: &str) -> Result<u64, LangError> {
    parse_number_str(&t.text).map_err(|why| {
        if t.text.starts_with(|c: char| c.is_ascii_digit()) {
            line.error_at(t, format!("bad number {}: {why}", quoted(&t.text)))
        } else {
            line.error_at(
                t,
                format!(
                    "expected {what} (a number such as 0x1000 or 4096), found {}",
                    quoted(&t.text)
                ),
            )
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------------------------

/// What an `expect` line asks of its access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// `expect ok [pa=PA] [hit|walk]`
    Ok {
        pa: Option<u64>,
        tlb_hit: Option<bool>,
    },
    /// `expect pf [CODE] [hit|walk]`: the exact error code, or any.
    PageFault {
        error_code: Option<u32>,
        tlb_hit: Option<bool>,
    },
    /// `expect gp`
    GeneralProtection,
    /// `expect bus_error [addr=PA]`
    BusError { addr: Option<u64> },
}

fn hit_word(hit: bool) -> &'static str {
    if hit {
        "hit"
    } else {
        "walk"
    }
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Want::Ok { pa, tlb_hit } => {
                f.write_str("ok")?;
                if let Some(pa) = pa {
                    write!(f, " pa={pa:#x}")?;
                }
                if let Some(h) = tlb_hit {
                    write!(f, " {}", hit_word(h))?;
                }
                Ok(())
            }
            Want::PageFault {
                error_code,
                tlb_hit,
            } => {
                match error_code {
                    Some(code) => write!(f, "pf {} ({code:#x})", pf::decode(code))?,
                    None => f.write_str("pf (any error code)")?,
                }
                if let Some(h) = tlb_hit {
                    write!(f, " {}", hit_word(h))?;
                }
                Ok(())
            }
            Want::GeneralProtection => f.write_str("gp"),
            Want::BusError { addr } => match addr {
                Some(a) => write!(f, "bus_error addr={a:#x}"),
                None => f.write_str("bus_error"),
            },
        }
    }
}

impl Want {
    /// Whether an access result satisfies this expectation. A `hit`/`walk` expectation needs an engine that reports
    /// TLB hits.
    pub fn holds(&self, r: &AccessResult) -> bool {
        let tlb_ok = |want: Option<bool>| want.is_none() || want == r.tlb_hit;
        match (*self, r.outcome) {
            (Want::Ok { pa, tlb_hit }, Outcome::Ok { pa: got }) => {
                absent_or_equal(pa, got) && tlb_ok(tlb_hit)
            }
            (
                Want::PageFault {
                    error_code,
                    tlb_hit,
                },
                Outcome::PageFault {
                    error_code: got, ..
                },
            ) => absent_or_equal(error_code, got) && tlb_ok(tlb_hit),
            (Want::GeneralProtection, Outcome::GeneralProtection) => true,
            (Want::BusError { addr }, Outcome::BusError { addr: got }) => {
                absent_or_equal(addr, got)
            }
            _ => false,
        }
    }
}

/// `want` is absent (anything goes) or equal to `got`.
fn absent_or_equal<T: PartialEq>(want: Option<T>, got: T) -> bool {
    match want {
        None => true,
        Some(w) => w == got,
    }
}

/// An access result in the words of an `expect` line: `ok pa=0x1000 walk`, `pf P|W (0x3) hit`, `gp`.
pub fn describe_result(r: &AccessResult) -> String {
    let mut s = match r.outcome {
        Outcome::Ok { pa } => format!("ok pa={pa:#x}"),
        Outcome::PageFault { error_code, .. } => {
            format!("pf {} ({error_code:#x})", pf::decode(error_code))
        }
        Outcome::GeneralProtection => return "gp".to_string(),
        Outcome::BusError { addr } => format!("bus_error addr={addr:#x}"),
    };
    if let Some(h) = r.tlb_hit {
        s.push(' ');
        s.push_str(hit_word(h));
    }
    s
}

/// One `expect` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// Line of the `expect`.
    pub line: usize,
    /// Line of the access it belongs to.
    pub access_line: usize,
    /// Index of that access in the scenario's ops.
    pub op_index: usize,
    pub want: Want,
}

/// An expectation a run did not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectFailure {
    pub expectation: Expectation,
    /// What the access came to, in the words of an `expect` line.
    pub got: String,
}

/// The expectations `result` does not meet, in file order.
pub fn check_expectations(expectations: &[Expectation], result: &RunResult) -> Vec<ExpectFailure> {
    expectations
        .iter()
        .filter_map(|e| {
            let r = result.results.iter().find(|r| r.op_index == e.op_index);
            match r {
                Some(r) if e.want.holds(r) => None,
                Some(r) => {
                    let mut got = describe_result(r);
                    let wants_tlb = matches!(
                        e.want,
                        Want::Ok {
                            tlb_hit: Some(_),
                            ..
                        } | Want::PageFault {
                            tlb_hit: Some(_),
                            ..
                        }
                    );
                    if wants_tlb && r.tlb_hit.is_none() {
                        got.push_str(" (the engine does not report TLB hits)");
                    }
                    Some(ExpectFailure {
                        expectation: *e,
                        got,
                    })
                }
                None => Some(ExpectFailure {
                    expectation: *e,
                    got: "no result for this access".to_string(),
                }),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Compiling
// ---------------------------------------------------------------------------------------------

/// A scenario file, compiled: the scenario every engine runs, and the expectations of a `.mmu` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compiled {
    pub scenario: Scenario,
    /// `expect` lines, in file order (none for a JSON scenario).
    pub expectations: Vec<Expectation>,
    /// Source line of every op, by op index (empty for a JSON scenario).
    pub op_lines: Vec<usize>,
}

/// Compiles `.mmu` text to a scenario. `file` names the source in errors.
pub fn parse_mmu(text: &str, file: &Path) -> Result<Scenario, LangError> {
    compile_mmu(text, file).map(|c| c.scenario)
}

/// Compiles `.mmu` text to a scenario and its expectations. `file` names the source in errors.
pub fn compile_mmu(text: &str, file: &Path) -> Result<Compiled, LangError> {
    let mut c = Compiler::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line = Line {
            file,
            number: i + 1,
            text: raw,
            toks: tokenize(raw),
        };
        if line.toks.is_empty() {
            continue;
        }
        c.directive(&line)?;
    }
    Ok(c.finish())
}

/// The directives, for the "unknown directive" message.
const DIRECTIVES: &str =
    "config, tables, map, mem, cr3, cr0, cr4, efer, rflags, pkru, read, write, fetch, \
                          invlpg, invpcid, write_cr3, write_mem, poison, expect";

/// What the directive before an `expect` was.
#[derive(Clone, Debug)]
enum Prev {
    Nothing,
    Access {
        op_index: usize,
        line: usize,
    },
    /// An access that already has its `expect`.
    Expected {
        access_line: usize,
        expect_line: usize,
    },
    Other {
        line: usize,
        name: String,
    },
}

struct Compiler {
    config: Config,
    /// `config` keys given, with their line.
    config_keys: HashMap<&'static str, usize>,
    /// The first directive that is not `config`: its line and name.
    first_other: Option<(usize, String)>,
    control: Control,
    /// Initial settings given (by scenario key), with their line.
    settings: HashMap<&'static str, usize>,
    tables: Option<PageTables>,
    /// Line of the last `tables at`.
    tables_line: usize,
    /// 4 KiB frames holding page tables.
    table_frames: BTreeSet<u64>,
    /// Physical memory as the compiler knows it: the initial words, then every write the ops make. The page tables,
    /// when they exist, hold the same words.
    words: BTreeMap<u64, u64>,
    /// The line that last wrote each word.
    origin: HashMap<u64, usize>,
    /// The initial memory, fixed by the first op.
    initial_memory: Option<Vec<(u64, u64)>>,
    ops: Vec<Op>,
    op_lines: Vec<usize>,
    expectations: Vec<Expectation>,
    prev: Prev,
}

/// Control registers set by a `REG BIT on|off` directive.
/// A directive that sets one-bit registers: its name, what its bits are called, and its bits.
type FlagDirective = (&'static str, &'static str, &'static [(&'static str, CrReg)]);

const FLAG_DIRECTIVES: [FlagDirective; 4] = [
    ("cr0", "CR0 bit", &[("wp", CrReg::Cr0Wp)]),
    (
        "cr4",
        "CR4 bit",
        &[
            ("pge", CrReg::Cr4Pge),
            ("pcide", CrReg::Cr4Pcide),
            ("smep", CrReg::Cr4Smep),
            ("smap", CrReg::Cr4Smap),
            ("pke", CrReg::Cr4Pke),
        ],
    ),
    ("efer", "EFER bit", &[("nxe", CrReg::EferNxe)]),
    ("rflags", "RFLAGS bit", &[("ac", CrReg::RflagsAc)]),
];

impl Compiler {
    fn new() -> Self {
        Compiler {
            config: Config::default(),
            config_keys: HashMap::new(),
            first_other: None,
            control: Control::default(),
            settings: HashMap::new(),
            tables: None,
            tables_line: 0,
            table_frames: BTreeSet::new(),
            words: BTreeMap::new(),
            origin: HashMap::new(),
            initial_memory: None,
            ops: Vec::new(),
            op_lines: Vec::new(),
            expectations: Vec::new(),
            prev: Prev::Nothing,
        }
    }

    /// Ops have started: directives now describe instructions, not the initial state.
    fn running(&self) -> bool {
        !self.ops.is_empty()
    }

    /// Addresses below this exist (MAXPHYADDR).
    fn limit(&self) -> u64 {
        1u64 << self.config.paddr_bits
    }

    /// Fixes the initial state (memory and the default CR3), once.
    fn freeze_initial_state(&mut self) {
        if self.initial_memory.is_some() {
            return;
        }
        self.initial_memory = Some(self.words.iter().map(|(&a, &v)| (a, v)).collect());
        if !self.settings.contains_key("cr3") {
            if let Some(pt) = &self.tables {
                self.control.cr3 = pt.pml4();
            }
        }
    }

    fn push_op(&mut self, op: Op, line: usize) -> usize {
        self.freeze_initial_state();
        self.ops.push(op);
        self.op_lines.push(line);
        self.ops.len() - 1
    }

    fn finish(mut self) -> Compiled {
        self.freeze_initial_state();
        Compiled {
            scenario: Scenario {
                config: self.config,
                control: self.control,
                memory: self.initial_memory.unwrap_or_default(),
                ops: self.ops,
            },
            expectations: self.expectations,
            op_lines: self.op_lines,
        }
    }

    /// Writes a word of the compile-time memory (and of the page tables, which must see it).
    fn store(&mut self, addr: u64, value: u64, line: usize) {
        self.words.insert(addr, value);
        self.origin.insert(addr, line);
        if let Some(pt) = &mut self.tables {
            pt.set_word(addr, value);
        }
    }

    fn directive(&mut self, line: &Line) -> Result<(), LangError> {
        let mut cur = Cursor::new(line);
        let head = cur.word("a directive")?;
        let name = head.text.as_str();
        if name != "config" && self.first_other.is_none() {
            self.first_other = Some((line.number, name.to_string()));
        }
        if name == "expect" {
            return self.expect(line, &mut cur, head);
        }
        let access = match name {
            "config" => self.config_line(line, &mut cur, head).map(|()| None),
            "tables" => self.tables_at(line, &mut cur).map(|()| None),
            "map" => self.map(line, &mut cur, head).map(|()| None),
            "mem" | "write_mem" => self.mem(line, &mut cur, name).map(|()| None),
            "poison" => self.poison(line, &mut cur).map(|()| None),
            "cr3" | "write_cr3" => self.cr3(line, &mut cur, name).map(|()| None),
            "pkru" => self.pkru(line, &mut cur).map(|()| None),
            "read" | "write" | "fetch" => self.access(line, &mut cur, name).map(Some),
            "invlpg" => self.invlpg(line, &mut cur).map(|()| None),
            "invpcid" => self.invpcid(line, &mut cur).map(|()| None),
            _ => match FLAG_DIRECTIVES.iter().find(|(d, _, _)| *d == name) {
                Some(&(_, what, bits)) => self.flag(line, &mut cur, what, bits).map(|()| None),
                None => Err(line.error_at(
                    head,
                    format!(
                        "unknown directive {} (one of: {DIRECTIVES})",
                        quoted(&head.text)
                    ),
                )),
            },
        }?;
        self.prev = match access {
            Some(op_index) => Prev::Access {
                op_index,
                line: line.number,
            },
            None => Prev::Other {
                line: line.number,
                name: name.to_string(),
            },
        };
        Ok(())
    }

    /// `config KEY=VALUE...`
    fn config_line(&mut self, line: &Line, cur: &mut Cursor, head: &Tok) -> Result<(), LangError> {
        if let Some((at, name)) = &self.first_other {
            return Err(line.error_at(
                head,
                format!(
                    "`config` must come before every other directive (line {at} has `{name}`): it fixes the \
                     machine the scenario runs on"
                ),
            ));
        }
        const USAGE: &str = "config tlb_entries=N paddr_bits=N mem_latency=N pwc_entries=N";
        let mut any = false;
        while let Some(t) = cur.peek() {
            let Some((k, v)) = cur.key_value()? else {
                return Err(line.error_at(
                    t,
                    format!(
                        "expected KEY=VALUE (tlb_entries, paddr_bits, mem_latency, pwc_entries), found {}",
                        quoted(&t.text)
                    ),
                ));
            };
            any = true;
            let key: &'static str = match k.text.as_str() {
                "tlb_entries" => "tlb_entries",
                "paddr_bits" => "paddr_bits",
                "mem_latency" => "mem_latency",
                "pwc_entries" => "pwc_entries",
                _ => {
                    return Err(line.error_at(
                        k,
                        format!(
                            "unknown config key {} (one of: tlb_entries, paddr_bits, mem_latency, pwc_entries)",
                            quoted(&k.text)
                        ),
                    ))
                }
            };
            if let Some(at) = self.config_keys.insert(key, line.number) {
                return Err(line.error_at(k, format!("`{key}` is already set at line {at}")));
            }
            let n = number(line, v, key)?;
            match key {
                "tlb_entries" => match usize::try_from(n) {
                    Ok(e) if e.is_power_of_two() && e <= TLB_ENTRIES_MAX => {
                        self.config.tlb_entries = e
                    }
                    _ => {
                        return Err(line.error_at(
                            v,
                            format!(
                                "tlb_entries must be a power of two (1, 2, 4, ... {TLB_ENTRIES_MAX}), got {n}"
                            ),
                        ))
                    }
                },
                "paddr_bits" => match u32::try_from(n) {
                    Ok(b) if (PADDR_BITS_MIN..=PADDR_BITS_MAX).contains(&b) => {
                        self.config.paddr_bits = b
                    }
                    _ => {
                        return Err(line.error_at(
                            v,
                            format!(
                                "paddr_bits (MAXPHYADDR) must be in {PADDR_BITS_MIN}..={PADDR_BITS_MAX}, got {n}"
                            ),
                        ))
                    }
                },
                "pwc_entries" => match usize::try_from(n) {
                    Ok(e) if e <= PWC_ENTRIES_MAX && (e == 0 || e.is_power_of_two()) => {
                        self.config.pwc_entries = e
                    }
                    _ => {
                        return Err(line.error_at(
                            v,
                            format!(
                                "pwc_entries must be 0 (no paging-structure cache), 1, 2, 4 or {PWC_ENTRIES_MAX}, got {n}"
                            ),
                        ))
                    }
                },
                _ => match u32::try_from(n) {
                    Ok(l) if (1..=MEM_LATENCY_MAX).contains(&l) => self.config.mem_latency = l,
                    _ => {
                        return Err(line.error_at(
                            v,
                            format!("mem_latency (cycles) must be in 1..={MEM_LATENCY_MAX}, got {n}"),
                        ))
                    }
                },
            }
        }
        if !any {
            return Err(line.error_at_end(format!("expected KEY=VALUE (`{USAGE}`)")));
        }
        Ok(())
    }

    /// `tables at PA`
    fn tables_at(&mut self, line: &Line, cur: &mut Cursor) -> Result<(), LangError> {
        const USAGE: &str = "tables at PA";
        let at = cur.word("`at` (the directive is `tables at PA`)")?;
        if at.text != "at" {
            return Err(line.error_at(
                at,
                format!(
                    "expected `at` (the directive is `{USAGE}`), found {}",
                    quoted(&at.text)
                ),
            ));
        }
        let (pa, t) = cur.number("the physical address of the page tables")?;
        cur.done(USAGE)?;
        if pa & 0xfff != 0 {
            return Err(line.error_at(
                t,
                format!("page tables live in 4 KiB frames: {pa:#x} is not 4 KiB aligned"),
            ));
        }
        if pa >= self.limit() {
            return Err(line.error_at(t, self.beyond(pa)));
        }
        match &mut self.tables {
            Some(pt) => pt.set_next_frame(pa),
            None => {
                let mut pt = PageTables::new(pa);
                for (&a, &v) in &self.words {
                    pt.set_word(a, v);
                }
                self.tables = Some(pt);
                self.table_frames.insert(pa);
            }
        }
        self.tables_line = line.number;
        Ok(())
    }

    fn beyond(&self, pa: u64) -> String {
        format!(
            "physical address {pa:#x} is beyond MAXPHYADDR (paddr_bits = {}: addresses must be below {:#x})",
            self.config.paddr_bits,
            self.limit()
        )
    }

    /// `map VA -> PA SIZE [attributes]`
    fn map(&mut self, line: &Line, cur: &mut Cursor, head: &Tok) -> Result<(), LangError> {
        let (va, va_tok) = cur.number("the linear address to map")?;
        cur.punct(
            TokKind::Arrow,
            "expected `->` between the linear and the physical address (`map VA -> PA SIZE`)",
        )?;
        let (pa, pa_tok) = cur.number("the physical address of the page")?;
        let size = {
            let t = cur.word("a page size (4K, 2M or 1G)")?;
            match t.text.to_ascii_uppercase().as_str() {
                "4K" => PageSize::Size4K,
                "2M" => PageSize::Size2M,
                "1G" => PageSize::Size1G,
                _ => {
                    return Err(line.error_at(
                        t,
                        format!(
                            "expected a page size (4K, 2M or 1G), found {}",
                            quoted(&t.text)
                        ),
                    ))
                }
            }
        };
        let flags = map_flags(line, cur)?;
        let Some(pt) = &self.tables else {
            return Err(line.error_at(
                head,
                "no page tables yet: `tables at PA` must come before the first map (the PML4 goes there, and the \
                 tables the maps need after it)",
            ));
        };
        if pa >= self.limit() {
            return Err(line.error_at(
                pa_tok,
                format!(
                    "{}; to put a reserved bit in an entry on purpose, write the entry with `mem`",
                    self.beyond(pa)
                ),
            ));
        }
        let leaf_level = match size {
            PageSize::Size4K => Level::Pt,
            PageSize::Size2M => Level::Pd,
            PageSize::Size1G => Level::Pdpt,
        };
        let mut pt = pt.clone();
        // After the first op a map may replace a leaf of its own size: drop the old leaf first.
        if self.running() && is_canonical(va) {
            if let Some(addr) = pt.entry_addr(va, leaf_level) {
                let old = pt.word(addr).unwrap_or(0);
                let is_leaf = leaf_level == Level::Pt || old & bit::PS != 0;
                if old & bit::P != 0 && is_leaf {
                    pt.set_word(addr, 0);
                }
            }
        }
        let first_new_frame = pt.next_frame();
        if let Err(e) = pt.map(va, pa, size, flags) {
            return Err(match e {
                MapError::Misaligned { what, .. } => {
                    let tok = if what.starts_with("linear") {
                        va_tok
                    } else {
                        pa_tok
                    };
                    line.error_at(tok, format!("cannot map: {e}"))
                }
                MapError::NonCanonical(_) => line.error_at(va_tok, format!("cannot map: {e}")),
                MapError::Conflict { existing, .. } => {
                    line.error_at(va_tok, self.conflict(va, size, existing))
                }
            });
        }
        // The frames the map took for new tables must be free and exist.
        let mut new_frames = Vec::new();
        let mut frame = first_new_frame;
        while frame < pt.next_frame() {
            new_frames.push(frame);
            frame += 0x1000;
        }
        for &f in &new_frames {
            let taken = if self.table_frames.contains(&f) {
                Some("a page table".to_string())
            } else {
                self.words
                    .range(f..f + 0x1000)
                    .next()
                    .map(|(a, _)| match self.origin.get(a) {
                        Some(l) => format!("the word at {a:#x} (written at line {l})"),
                        None => format!("the word at {a:#x}"),
                    })
            };
            if let Some(what) = taken {
                return Err(line.error_at(
                    head,
                    format!(
                        "this map needs a new page table, and the next free frame ({f:#x}, from `tables at` at line \
                         {}) already holds {what}: move `tables at` to free memory",
                        self.tables_line
                    ),
                ));
            }
            if f + 0x1000 > self.limit() {
                return Err(line.error_at(
                    head,
                    format!(
                        "this map needs a new page table at {f:#x}, beyond MAXPHYADDR (paddr_bits = {})",
                        self.config.paddr_bits
                    ),
                ));
            }
        }
        // The words the map changed: tables first, then the entries that link them (each in address order).
        let mut changed: Vec<(u64, u64)> = pt
            .words()
            .into_iter()
            .filter(|(a, v)| self.words.get(a) != Some(v))
            .collect();
        let in_new = |a: u64| new_frames.contains(&(a & !0xfff));
        changed.sort_by_key(|&(a, _)| (!in_new(a), a));
        // An existing entry (written with `mem`) may lead the walk to a table beyond MAXPHYADDR: no word goes there.
        if let Some(&(addr, _)) = changed.iter().find(|&&(a, _)| a >= self.limit()) {
            let frame = addr & !0xfff;
            let link = self
                .words
                .iter()
                .find(|&(_, &v)| v & bit::P != 0 && v & 0x000f_ffff_ffff_f000 == frame)
                .map(|(a, _)| match self.origin.get(a) {
                    Some(l) => format!(" (the entry at {a:#x}, written at line {l}, points there)"),
                    None => format!(" (the entry at {a:#x} points there)"),
                })
                .unwrap_or_default();
            return Err(line.error_at(
                head,
                format!(
                    "this map would write an entry of the page table at {frame:#x}{link}, beyond MAXPHYADDR \
                     (paddr_bits = {}: addresses must be below {:#x})",
                    self.config.paddr_bits,
                    self.limit()
                ),
            ));
        }
        self.table_frames.extend(new_frames);
        self.tables = Some(pt);
        for (addr, value) in changed {
            self.store(addr, value, line.number);
            if self.running() {
                self.push_op(Op::WriteMem { addr, value }, line.number);
            }
        }
        Ok(())
    }

    /// The message for a map that meets an existing entry.
    fn conflict(&self, va: u64, size: PageSize, existing: &str) -> String {
        let level = Level::WALK_ORDER
            .into_iter()
            .find(|l| l.entry_name() == existing);
        let found = level.and_then(|l| {
            let pt = self.tables.as_ref()?;
            let addr = pt.entry_addr(va, l)?;
            Some((l, addr, pt.word(addr).unwrap_or(0)))
        });
        let hint = if self.running() {
            "a map may replace a leaf entry of its own page size, not a table or a page of another size"
        } else {
            "before the first op each page is mapped once; after ops start, a map of the same size replaces the entry"
        };
        match found {
            Some((l, addr, entry)) => {
                let what = if l == Level::Pt || entry & bit::PS != 0 {
                    let page = match l {
                        Level::Pdpt => "1G",
                        Level::Pd => "2M",
                        _ => "4K",
                    };
                    format!(
                        "maps a {page} page at frame {:#x}",
                        entry & 0x000f_ffff_ffff_f000
                    )
                } else {
                    format!(
                        "references a page table at {:#x}",
                        entry & 0x000f_ffff_ffff_f000
                    )
                };
                let at = self
                    .origin
                    .get(&addr)
                    .map(|l| format!(" (written at line {l})"))
                    .unwrap_or_default();
                format!(
                    "cannot map the {} page at {va:#x}: the {existing} at {addr:#x}{at} already {what}; {hint}",
                    size.name()
                )
            }
            None => format!(
                "cannot map the {} page at {va:#x}: it conflicts with an existing {existing}; {hint}",
                size.name()
            ),
        }
    }

    /// `poison PA`
    fn poison(&mut self, line: &Line, cur: &mut Cursor) -> Result<(), LangError> {
        let (addr, t) = cur.number("a physical word address")?;
        cur.done("poison PA")?;
        if addr & 7 != 0 {
            return Err(line.error_at(
                t,
                format!("physical word address {addr:#x} is not 8-byte aligned"),
            ));
        }
        if addr >= self.limit() {
            return Err(line.error_at(t, self.beyond(addr)));
        }
        self.push_op(Op::Poison { addr }, line.number);
        Ok(())
    }

    /// `mem PA = VALUE` / `write_mem PA = VALUE`
    fn mem(&mut self, line: &Line, cur: &mut Cursor, name: &str) -> Result<(), LangError> {
        let usage = format!("{name} PA = VALUE");
        let (addr, t) = cur.number("a physical word address")?;
        cur.punct(
            TokKind::Eq,
            &format!("expected `=` between the address and the value (`{usage}`)"),
        )?;
        let (value, _) = cur.number("the 64-bit value")?;
        cur.done(&usage)?;
        if addr & 7 != 0 {
            return Err(line.error_at(
                t,
                format!("physical word address {addr:#x} is not 8-byte aligned"),
            ));
        }
        if addr >= self.limit() {
            return Err(line.error_at(t, self.beyond(addr)));
        }
        if name == "write_mem" || self.running() {
            self.push_op(Op::WriteMem { addr, value }, line.number);
        }
        self.store(addr, value, line.number);
        Ok(())
    }

    /// Before the first op: records an initial setting (once). After: nothing (the caller emits an op).
    fn initial_setting(
        &mut self,
        line: &Line,
        tok: &Tok,
        key: &'static str,
        shown: &str,
    ) -> Result<(), LangError> {
        if let Some(at) = self.settings.insert(key, line.number) {
            return Err(line.error_at(
                tok,
                format!(
                    "{shown} is already set at line {at}: before the first op each setting is given once (after \
                     ops start, it is an instruction)"
                ),
            ));
        }
        Ok(())
    }

    /// `cr3 VALUE` / `write_cr3 VALUE`
    fn cr3(&mut self, line: &Line, cur: &mut Cursor, name: &str) -> Result<(), LangError> {
        let (value, t) = cur.number("the CR3 value")?;
        cur.done(&format!("{name} VALUE"))?;
        if name == "write_cr3" || self.running() {
            self.push_op(Op::WriteCr3 { value }, line.number);
            return Ok(());
        }
        if value & CR3_NOFLUSH != 0 {
            return Err(line.error_at(
                t,
                format!(
                    "bit 63 is never stored in CR3, so the initial cr3 cannot have it ({value:#x}); it only means \
                     something in a MOV to CR3 (`write_cr3`)"
                ),
            ));
        }
        self.initial_setting(line, &line.toks[0], "cr3", "cr3")?;
        self.control.cr3 = value;
        Ok(())
    }

    /// `pkru VALUE`
    fn pkru(&mut self, line: &Line, cur: &mut Cursor) -> Result<(), LangError> {
        let (value, t) = cur.number("the PKRU value")?;
        cur.done("pkru VALUE")?;
        if value > u64::from(u32::MAX) {
            return Err(line.error_at(
                t,
                format!("pkru is a 32-bit value: must be below 2^32, got {value:#x}"),
            ));
        }
        self.set_reg(line, &line.toks[0], CrReg::Pkru, value, "pkru")
    }

    /// `cr0 wp on|off` and the like.
    fn flag(
        &mut self,
        line: &Line,
        cur: &mut Cursor,
        what: &str,
        bits: &[(&str, CrReg)],
    ) -> Result<(), LangError> {
        let reg_tok = cur.peek();
        let reg = cur.choice(what, bits)?;
        let on = cur.choice("setting", &[("on", true), ("off", false)])?;
        let usage = format!("{} BIT on|off", line.toks[0].text);
        cur.done(&usage)?;
        let tok = reg_tok.unwrap_or(&line.toks[0]);
        let shown = format!("{} {}", line.toks[0].text, tok.text);
        self.set_reg(line, tok, reg, u64::from(on), &shown)
    }

    fn set_reg(
        &mut self,
        line: &Line,
        tok: &Tok,
        reg: CrReg,
        value: u64,
        shown: &str,
    ) -> Result<(), LangError> {
        if self.running() {
            self.push_op(Op::WriteCr { reg, value }, line.number);
        } else {
            self.initial_setting(line, tok, reg.key(), shown)?;
            self.control.set(reg, value);
        }
        Ok(())
    }

    /// `read|write|fetch user|sup VA`; returns the op index.
    fn access(&mut self, line: &Line, cur: &mut Cursor, name: &str) -> Result<usize, LangError> {
        let kind = match name {
            "read" => AccessKind::Read,
            "write" => AccessKind::Write,
            _ => AccessKind::Fetch,
        };
        let user = cur.choice(
            "privilege (user is CPL 3, sup is supervisor)",
            &[("user", true), ("sup", false)],
        )?;
        let (va, _) = cur.number("the linear address")?;
        cur.done(&format!("{name} user|sup VA"))?;
        Ok(self.push_op(Op::Access(Access { va, kind, user }), line.number))
    }

    /// `invlpg VA`
    fn invlpg(&mut self, line: &Line, cur: &mut Cursor) -> Result<(), LangError> {
        let (va, _) = cur.number("the linear address")?;
        cur.done("invlpg VA")?;
        self.push_op(Op::Invlpg { va }, line.number);
        Ok(())
    }

    /// `invpcid TYPE [pcid=N] [va=VA]`
    fn invpcid(&mut self, line: &Line, cur: &mut Cursor) -> Result<(), LangError> {
        const USAGE: &str = "invpcid 0 pcid=N va=VA | invpcid 1 pcid=N | invpcid 2 | invpcid 3";
        let (n, t) = cur.number("the INVPCID type (0..3)")?;
        let kind = InvpcidType::from_number(n).ok_or_else(|| {
            line.error_at(t, format!("the INVPCID type must be in 0..=3, got {n}"))
        })?;
        let (wants_pcid, wants_va) = match kind {
            InvpcidType::Address => (true, true),
            InvpcidType::SingleContext => (true, false),
            InvpcidType::AllIncludingGlobal | InvpcidType::AllNonGlobal => (false, false),
        };
        let (mut pcid, mut va): (Option<u16>, Option<u64>) = (None, None);
        while let Some(next) = cur.peek() {
            let Some((k, v)) = cur.key_value()? else {
                return Err(line.error_at(
                    next,
                    format!(
                        "unexpected {} (the directive is `{USAGE}`)",
                        quoted(&next.text)
                    ),
                ));
            };
            let (wanted, seen) = match k.text.as_str() {
                "pcid" => (wants_pcid, pcid.is_some()),
                "va" => (wants_va, va.is_some()),
                _ => {
                    return Err(line.error_at(
                        k,
                        format!("unknown INVPCID operand {} (pcid, va)", quoted(&k.text)),
                    ))
                }
            };
            if !wanted {
                return Err(line.error_at(
                    k,
                    format!(
                        "INVPCID type {n} does not use `{}` (the forms: `{USAGE}`)",
                        k.text
                    ),
                ));
            }
            if seen {
                return Err(line.error_at(k, format!("`{}` is given twice", k.text)));
            }
            let value = number(line, v, &k.text)?;
            if k.text == "pcid" {
                let p = u16::try_from(value)
                    .ok()
                    .filter(|&p| p <= 0xfff)
                    .ok_or_else(|| {
                        line.error_at(v, format!("a PCID must be in 0..=4095, got {value}"))
                    })?;
                pcid = Some(p);
            } else {
                va = Some(value);
            }
        }
        if wants_pcid && pcid.is_none() {
            return Err(line.error_at_end(format!("INVPCID type {n} needs `pcid=N` (`{USAGE}`)")));
        }
        if wants_va && va.is_none() {
            return Err(line.error_at_end(format!("INVPCID type {n} needs `va=VA` (`{USAGE}`)")));
        }
        self.push_op(
            Op::Invpcid {
                kind,
                pcid: pcid.unwrap_or(0),
                va: va.unwrap_or(0),
            },
            line.number,
        );
        Ok(())
    }

    /// `expect ok|pf|gp|bus_error ...`
    fn expect(&mut self, line: &Line, cur: &mut Cursor, head: &Tok) -> Result<(), LangError> {
        let (op_index, access_line) = match &self.prev {
            Prev::Access { op_index, line } => (*op_index, *line),
            Prev::Expected {
                access_line,
                expect_line,
            } => {
                return Err(line.error_at(
                    head,
                    format!(
                        "the access at line {access_line} already has an expectation (line {expect_line}); one \
                         `expect` line per access"
                    ),
                ))
            }
            Prev::Other { line: l, name } => {
                return Err(line.error_at(
                    head,
                    format!(
                        "`expect` must directly follow an access (read, write or fetch), but the directive before \
                         it is `{name}` at line {l}"
                    ),
                ))
            }
            Prev::Nothing => {
                return Err(line.error_at(
                    head,
                    "`expect` must directly follow an access (read, write or fetch), and there is none before it",
                ))
            }
        };
        const USAGE: &str =
            "expect ok [pa=PA] [hit|walk] | expect pf [P|W|U|RSVD|I|PK] [hit|walk] | expect gp \
             | expect bus_error [addr=PA]";
        let kind = cur.choice(
            "outcome",
            &[("ok", 0), ("pf", 1), ("gp", 2), ("bus_error", 3)],
        )?;
        if kind == 3 {
            let mut addr = None;
            if let Some((k, v)) = cur.key_value()? {
                if k.text != "addr" {
                    return Err(line.error_at(
                        k,
                        format!(
                            "unknown expectation {}= (`expect bus_error [addr=PA]`)",
                            quoted(&k.text)
                        ),
                    ));
                }
                addr = Some(number(line, v, "the entry address")?);
            }
            cur.done("expect bus_error [addr=PA]")?;
            self.record_expectation(line, access_line, op_index, Want::BusError { addr });
            return Ok(());
        }
        let mut pa: Option<u64> = None;
        let mut code: Option<u32> = None;
        let mut tlb: Option<bool> = None;
        if kind == 2 {
            cur.done("expect gp")?;
        }
        while let Some(t) = cur.peek() {
            if let Some((k, v)) = cur.key_value()? {
                if kind != 0 || k.text != "pa" {
                    return Err(line.error_at(
                        k,
                        format!("unknown expectation {}= (`{USAGE}`)", quoted(&k.text)),
                    ));
                }
                if pa.is_some() {
                    return Err(line.error_at(k, "`pa` is given twice"));
                }
                pa = Some(number(line, v, "the physical address")?);
                continue;
            }
            cur.next();
            if t.kind != TokKind::Word {
                return Err(line.error_at(t, format!("unexpected {} (`{USAGE}`)", quoted(&t.text))));
            }
            if t.text == "hit" || t.text == "walk" {
                if tlb.is_some() {
                    return Err(line.error_at(t, "`hit` or `walk` is given twice"));
                }
                tlb = Some(t.text == "hit");
                continue;
            }
            if kind == 1 && code.is_none() && tlb.is_none() {
                code = Some(error_code(line, t)?);
                continue;
            }
            return Err(line.error_at(t, format!("unexpected {} (`{USAGE}`)", quoted(&t.text))));
        }
        let want = match kind {
            0 => Want::Ok { pa, tlb_hit: tlb },
            1 => Want::PageFault {
                error_code: code,
                tlb_hit: tlb,
            },
            _ => Want::GeneralProtection,
        };
        self.record_expectation(line, access_line, op_index, want);
        Ok(())
    }

    /// Files an `expect` line's expectation for the access at `access_line`.
    fn record_expectation(&mut self, line: &Line, access_line: usize, op_index: usize, want: Want) {
        self.expectations.push(Expectation {
            line: line.number,
            access_line,
            op_index,
            want,
        });
        self.prev = Prev::Expected {
            access_line,
            expect_line: line.number,
        };
    }
}

/// The attributes after `map VA -> PA SIZE`.
fn map_flags(line: &Line, cur: &mut Cursor) -> Result<MapFlags, LangError> {
    const FLAGS: &str = "rw, ro, user, sup, nx, global, pkey=N, accessed, dirty";
    // The language maps read-only unless told `rw`; everything else as the builder's defaults.
    let mut flags = MapFlags {
        writable: false,
        ..MapFlags::default()
    };
    // Which attribute set each choice, by group, so a contradiction or a repeat names both.
    let mut seen: HashMap<&'static str, String> = HashMap::new();
    let mut once = |group: &'static str, t: &Tok| -> Result<(), LangError> {
        match seen.insert(group, t.text.clone()) {
            Some(prev) if prev == t.text => {
                Err(line.error_at(t, format!("{} is given twice", quoted(&t.text))))
            }
            Some(prev) => Err(line.error_at(
                t,
                format!("{} contradicts {}", quoted(&t.text), quoted(&prev)),
            )),
            None => Ok(()),
        }
    };
    while let Some(t) = cur.peek() {
        if let Some((k, v)) = cur.key_value()? {
            if k.text != "pkey" {
                return Err(line.error_at(
                    k,
                    format!(
                        "unknown map attribute {}= (attributes: {FLAGS})",
                        quoted(&k.text)
                    ),
                ));
            }
            once("pkey", k)?;
            let n = number(line, v, "a protection key")?;
            flags.pkey = u8::try_from(n).ok().filter(|&k| k <= 15).ok_or_else(|| {
                line.error_at(v, format!("a protection key is 4 bits (0..=15), got {n}"))
            })?;
            continue;
        }
        cur.next();
        if t.kind != TokKind::Word {
            return Err(line.error_at(
                t,
                format!("unexpected {} (attributes: {FLAGS})", quoted(&t.text)),
            ));
        }
        match t.text.as_str() {
            "rw" | "ro" => {
                once("rw", t)?;
                flags.writable = t.text == "rw";
            }
            "user" | "sup" => {
                once("user", t)?;
                flags.user = t.text == "user";
            }
            "nx" => {
                once("nx", t)?;
                flags.nx = true;
            }
            "global" => {
                once("global", t)?;
                flags.global = true;
            }
            "accessed" => {
                once("accessed", t)?;
                flags.accessed = true;
            }
            "dirty" => {
                once("dirty", t)?;
                flags.dirty = true;
            }
            _ => {
                return Err(line.error_at(
                    t,
                    format!("unknown map flag {} (attributes: {FLAGS})", quoted(&t.text)),
                ))
            }
        }
    }
    Ok(flags)
}

/// A #PF error code in an `expect` line: `P|W|U` style, `-` for 0, or a number.
fn error_code(line: &Line, t: &Tok) -> Result<u32, LangError> {
    const NAMES: [(&str, u32); 6] = [
        ("P", pf::P),
        ("W", pf::W),
        ("U", pf::U),
        ("RSVD", pf::RSVD),
        ("I", pf::I),
        ("PK", pf::PK),
    ];
    let all = NAMES.iter().fold(0, |m, (_, b)| m | b);
    if t.text == "-" {
        return Ok(0);
    }
    if t.text.starts_with(|c: char| c.is_ascii_digit()) {
        let n = number(line, t, "an error code")?;
        return u32::try_from(n)
            .ok()
            .filter(|c| c & !all == 0)
            .ok_or_else(|| {
                line.error_at(
                    t,
                    format!("error code {n:#x} has bits other than P|W|U|RSVD|I|PK (0x3f)"),
                )
            });
    }
    let mut code = 0;
    for part in t.text.split('|') {
        let Some(&(name, b)) = NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(part)) else {
            let shown = if part.is_empty() {
                "an empty name".to_string()
            } else {
                quoted(part)
            };
            return Err(line.error_at(
                t,
                format!(
                    "unknown error-code flag {shown} in {} (flags: P, W, U, RSVD, I, PK joined by `|`; `-` for none)",
                    quoted(&t.text)
                ),
            ));
        };
        if code & b != 0 {
            return Err(line.error_at(t, format!("error-code flag {name} is given twice")));
        }
        code |= b;
    }
    Ok(code)
}

// ---------------------------------------------------------------------------------------------
// The JSON scenario
// ---------------------------------------------------------------------------------------------

/// A flat JSON object on one line, keys in the order given.
fn flat(entries: &[(&str, Value)]) -> String {
    let body: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("{}: {v}", Value::String((*k).to_string())))
        .collect();
    format!("{{{}}}", body.join(", "))
}

fn hex(v: u64) -> Value {
    Value::String(format!("{v:#x}"))
}

fn op_to_json(op: &Op) -> String {
    match *op {
        Op::Access(a) => flat(&[
            ("op", json!("access")),
            ("va", hex(a.va)),
            ("kind", json!(a.kind.name())),
            ("user", json!(a.user)),
        ]),
        Op::WriteMem { addr, value } => flat(&[
            ("op", json!("write_mem")),
            ("addr", hex(addr)),
            ("value", hex(value)),
        ]),
        Op::Poison { addr } => flat(&[("op", json!("poison")), ("addr", hex(addr))]),
        Op::Invlpg { va } => flat(&[("op", json!("invlpg")), ("va", hex(va))]),
        Op::Invpcid { kind, pcid, va } => {
            let mut e = vec![("op", json!("invpcid")), ("type", json!(kind.number()))];
            match kind {
                InvpcidType::Address => {
                    e.push(("pcid", json!(pcid)));
                    e.push(("va", hex(va)));
                }
                InvpcidType::SingleContext => e.push(("pcid", json!(pcid))),
                InvpcidType::AllIncludingGlobal | InvpcidType::AllNonGlobal => {}
            }
            flat(&e)
        }
        Op::WriteCr3 { value } => flat(&[("op", json!("write_cr3")), ("value", hex(value))]),
        Op::WriteCr { reg, value } => {
            let v = if reg.is_flag() {
                json!(value != 0)
            } else {
                hex(value)
            };
            flat(&[
                ("op", json!("write_cr")),
                ("reg", json!(reg.key())),
                ("value", v),
            ])
        }
    }
}

/// The scenario as JSON text in the scenario format, every key written out; [`crate::scenario::parse_scenario`] reads
/// it back to the same scenario.
pub fn scenario_to_json(s: &Scenario) -> String {
    let mut out = String::from("{\n");
    out.push_str(&format!(
        "  \"config\": {},\n",
        flat(&[
            ("tlb_entries", json!(s.config.tlb_entries)),
            ("paddr_bits", json!(s.config.paddr_bits)),
            ("mem_latency", json!(s.config.mem_latency)),
            ("pwc_entries", json!(s.config.pwc_entries)),
        ])
    ));
    for reg in CrReg::ALL {
        let v = s.control.get(reg);
        let shown = if reg.is_flag() { json!(v != 0) } else { hex(v) };
        out.push_str(&format!("  \"{}\": {shown},\n", reg.key()));
    }
    out.push_str(&format!("  \"cr3\": {},\n", hex(s.control.cr3)));
    let list = |items: Vec<String>| -> String {
        if items.is_empty() {
            "[]".to_string()
        } else {
            format!("[\n    {}\n  ]", items.join(",\n    "))
        }
    };
    let memory: Vec<String> = s
        .memory
        .iter()
        .map(|&(a, v)| format!("[{}, {}]", hex(a), hex(v)))
        .collect();
    out.push_str(&format!("  \"memory\": {},\n", list(memory)));
    out.push_str(&format!(
        "  \"ops\": {}\n",
        list(s.ops.iter().map(op_to_json).collect())
    ));
    out.push_str("}\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Loading a scenario file of either kind
// ---------------------------------------------------------------------------------------------

/// The kinds of scenario file, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// `.json`: the scenario format.
    Json,
    /// `.mmu`: the scenario language.
    Mmu,
}

/// The kind of scenario file `path` names, by its extension (`.mmu`, `.json`, any case).
pub fn source_kind(path: &Path) -> Option<SourceKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some(SourceKind::Json),
        "mmu" => Some(SourceKind::Mmu),
        _ => None,
    }
}

/// Why a scenario file could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A JSON scenario: one line naming the file, line and key.
    Json(ScenarioError),
    /// A `.mmu` file: located, with the source line and a caret.
    Lang(LangError),
    /// Unreadable, not text, or an unknown kind of file.
    File { file: PathBuf, message: String },
}

impl LoadError {
    /// The first line of the message (the whole message except for a `.mmu` error's source line and caret).
    pub fn headline(&self) -> String {
        match self {
            LoadError::Json(e) => e.to_string(),
            LoadError::Lang(e) => e.headline(),
            LoadError::File { file, message } => format!("{}: {message}", file.display()),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Lang(e) => write!(f, "{e}"),
            _ => f.write_str(&self.headline()),
        }
    }
}

impl std::error::Error for LoadError {}

fn read_text(path: &Path) -> Result<String, LoadError> {
    let file_error = |message: String| LoadError::File {
        file: path.to_path_buf(),
        message,
    };
    let bytes =
        std::fs::read(path).map_err(|e| file_error(format!("cannot read the scenario: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        file_error(format!(
            "not UTF-8 text (invalid byte sequence at byte offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Loads a scenario file: `.json` through the scenario format, `.mmu` through the language. Any other name is an error
/// (after the file was found readable, so that a missing file is reported as such).
pub fn load(path: &Path) -> Result<Compiled, LoadError> {
    match source_kind(path) {
        Some(SourceKind::Json) => load_scenario(path)
            .map(|scenario| Compiled {
                scenario,
                expectations: Vec::new(),
                op_lines: Vec::new(),
            })
            .map_err(LoadError::Json),
        Some(SourceKind::Mmu) => {
            let text = read_text(path)?;
            compile_mmu(&text, path).map_err(LoadError::Lang)
        }
        None => {
            read_text(path)?;
            Err(LoadError::File {
                file: path.to_path_buf(),
                message: "unknown kind of scenario file: the name must end in .mmu (the scenario language) or \
                          .json (the JSON scenario format)"
                    .to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse_scenario;

    fn compile(text: &str) -> Compiled {
        match compile_mmu(text, Path::new("t.mmu")) {
            Ok(c) => c,
            Err(e) => panic!("expected {text:?} to compile, got:\n{e}"),
        }
    }

    fn error(text: &str) -> LangError {
        match compile_mmu(text, Path::new("t.mmu")) {
            Ok(c) => panic!("expected an error for {text:?}, got {c:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn tokens_split_at_arrows_equals_and_comments() {
        let t = tokenize("map 0x1000->0x2000 4K pkey=3 # rw");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            ["map", "0x1000", "->", "0x2000", "4K", "pkey", "=", "3"]
        );
        assert_eq!((t[2].col, t[2].width), (11, 2));
        assert_eq!(t[2].kind, TokKind::Arrow);
        assert!(tokenize("   # only a comment").is_empty());
        assert_eq!(tokenize("expect pf -")[2].text, "-");
    }

    #[test]
    fn a_map_builds_the_tables_and_cr3_defaults_to_the_pml4() {
        let c = compile(
            "tables at 0x10000\nmap 0x20_1000 -> 0x5000 4K rw user\nread user 0x201008\nexpect ok pa=0x5008 walk\n",
        );
        let s = &c.scenario;
        assert_eq!(s.control.cr3, 0x10000);
        assert_eq!(
            s.memory,
            vec![
                (0x10000, 0x11007),
                (0x11000, 0x12007),
                (0x12008, 0x13007),
                (0x13008, 0x5007),
            ]
        );
        assert_eq!(c.op_lines, vec![3]);
        assert_eq!(
            c.expectations,
            vec![Expectation {
                line: 4,
                access_line: 3,
                op_index: 0,
                want: Want::Ok {
                    pa: Some(0x5008),
                    tlb_hit: Some(false)
                }
            }]
        );
    }

    #[test]
    fn defaults_are_read_only_supervisor() {
        let c = compile("tables at 0x10000\nmap 0x1000 -> 0x5000 4K\n");
        assert_eq!(c.scenario.memory.last(), Some(&(0x13008, 0x5001)));
        let c = compile(
            "tables at 0x10000\nmap 0x1000 -> 0x5000 4K rw user nx global pkey=5 accessed dirty\n",
        );
        let leaf = c.scenario.memory.last().unwrap().1;
        assert_eq!(leaf, 0x5000 | 0x167 | (1 << 63) | (5 << 59));
    }

    #[test]
    fn settings_before_ops_are_state_and_after_are_instructions() {
        let c = compile(
            "cr4 smap on\npkru 0x400\ncr3 0x5000\nread sup 0x1000\ncr4 smap off\npkru 0\ncr3 0x6000\nmem 0x8 = 1\n",
        );
        assert!(c.scenario.control.cr4_smap);
        assert_eq!(c.scenario.control.pkru, 0x400);
        assert_eq!(c.scenario.control.cr3, 0x5000);
        assert!(c.scenario.memory.is_empty());
        assert_eq!(
            c.scenario.ops[1..],
            [
                Op::WriteCr {
                    reg: CrReg::Cr4Smap,
                    value: 0
                },
                Op::WriteCr {
                    reg: CrReg::Pkru,
                    value: 0
                },
                Op::WriteCr3 { value: 0x6000 },
                Op::WriteMem { addr: 8, value: 1 },
            ]
        );
    }

    #[test]
    fn a_map_after_ops_start_writes_memory_and_may_replace_a_leaf() {
        let c = compile(
            "tables at 0x10000\nmap 0x1000 -> 0x5000 4K rw\nread sup 0x1000\n\
             map 0x1000 -> 0x7000 4K rw\nmap 0x80_0000_0000 -> 0x8000 4K\n",
        );
        let ops = &c.scenario.ops;
        assert_eq!(
            ops[1],
            Op::WriteMem {
                addr: 0x13008,
                value: 0x7003
            }
        );
        // A new PDPT, PD and PT (tables first), then the PML4E that links them.
        assert_eq!(
            ops[2..],
            [
                Op::WriteMem {
                    addr: 0x14000,
                    value: 0x15007
                },
                Op::WriteMem {
                    addr: 0x15000,
                    value: 0x16007
                },
                Op::WriteMem {
                    addr: 0x16000,
                    value: 0x8001
                },
                Op::WriteMem {
                    addr: 0x10000 | (1 << 3),
                    value: 0x14007
                },
            ]
        );
        assert_eq!(c.op_lines, vec![3, 4, 5, 5, 5, 5]);
    }

    #[test]
    fn json_round_trip() {
        let c = compile(
            "config tlb_entries=8 paddr_bits=46 mem_latency=3\ntables at 0x10000\ncr4 pcide on\ncr3 0x10005\n\
             efer nxe off\nrflags ac on\npkru 0xc\nmap 0x1000 -> 0x5000 4K rw\nmem 0x20000 = 0xdead\n\
             read user 0x1000\nwrite sup 0x1000\nfetch sup 0xffff_8000_0000_0000\ninvlpg 0x1000\n\
             invpcid 0 pcid=5 va=0x1000\ninvpcid 1 pcid=4095\ninvpcid 2\ninvpcid 3\nwrite_cr3 0x8000_0000_0001_0005\n\
             cr0 wp off\npkru 0x3\nwrite_mem 0x20000 = 0\n",
        );
        let text = scenario_to_json(&c.scenario);
        let back = parse_scenario(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(back, c.scenario);
    }

    #[test]
    fn errors_are_located() {
        let e = error("tables at 0x10000\n  mapp 0x1000 -> 0x5000 4K\n");
        assert_eq!((e.line(), e.column()), (2, 3));
        assert!(e.message().starts_with("unknown directive `mapp`"), "{e}");
        assert_eq!(e.snippet(), "2 |   mapp 0x1000 -> 0x5000 4K\n  |   ^^^^");
        let e = error("tables at 0x10000\nmap 0x1000 0x5000 4K\n");
        assert_eq!((e.line(), e.column()), (2, 12));
        assert!(e.message().contains("expected `->`"), "{e}");
        let e = error("read sup 0x1000\n\n# c\nexpect pf P||W\n");
        assert_eq!((e.line(), e.column()), (4, 11));
        assert!(e.message().contains("empty name"), "{e}");
    }

    #[test]
    fn expectations_check_results() {
        let r = |outcome, hit| AccessResult {
            op_index: 0,
            outcome,
            tlb_hit: hit,
            cycles: None,
            walk_reads: None,
        };
        let want_ok = Want::Ok {
            pa: Some(0x5008),
            tlb_hit: Some(true),
        };
        assert!(want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, Some(true))));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, Some(false))));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, None)));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5000 }, Some(true))));
        let any_pf = Want::PageFault {
            error_code: None,
            tlb_hit: None,
        };
        let pf7 = Outcome::PageFault {
            error_code: 7,
            cr2: 0,
        };
        assert!(any_pf.holds(&r(pf7, None)));
        assert!(!any_pf.holds(&r(Outcome::GeneralProtection, None)));
        let exact = Want::PageFault {
            error_code: Some(5),
            tlb_hit: None,
        };
        assert!(!exact.holds(&r(pf7, None)));
        assert_eq!(exact.to_string(), "pf P|U (0x5)");
        assert_eq!(describe_result(&r(pf7, Some(true))), "pf P|W|U (0x7) hit");
    }
}
