//! Compiling `.mmu` text to a [`Compiled`] scenario: the directives, the initial state and the ops they describe.
//! The `map` directive, which builds page tables, is in [`map`]; `expect` lines are in [`expect_line`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::scenario::{MEM_LATENCY_MAX, TLB_ENTRIES_MAX};
use mmu_arch::{
    is_canonical, pf, Access, AccessKind, Config, Control, CrReg, InvpcidType, Op, PageSize,
    TlbLevel, CR3_NOFLUSH, PADDR_BITS_MAX, PADDR_BITS_MIN, PWC_ENTRIES_MAX,
};
use mmu_model::engine::Scenario;
use mmu_model::pagetable::{MapError, MapFlags, PageTables};
use mmu_model::walker::{bit, Level};

use super::expect::{Expectation, PairSide, Want};
use super::lex::{number, quoted, tokenize, Cursor, LangError, Line, Tok, TokKind};

mod expect_line;
mod map;

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
    "config, tables, map, mem, cr3, cr0, cr4, efer, rflags, pkru, read, write, fetch, pair, \
                          invlpg, invpcid, write_cr3, write_mem, poison, external_write, expect";

/// The config keys, in the order the JSON format prints them; `dtlb_entries`, the other name of `tlb_entries`, is
/// never printed.
const CONFIG_KEYS: [&str; 8] = [
    "tlb_entries",
    "dtlb_entries",
    "itlb_entries",
    "paddr_bits",
    "mem_latency",
    "pwc_entries",
    "l2_sets",
    "l2_ways",
];

/// What the directive before an `expect` was.
#[derive(Clone, Debug)]
enum Prev {
    Nothing,
    /// An access or a pair, and the lines of the expectations it has so far: one for an access; for a pair, its fetch's
    /// and its data access's ([`PairSide::index`]).
    Access {
        op_index: usize,
        line: usize,
        pair: bool,
        expected: [Option<usize>; 2],
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
            "external_write" => self.mem(line, &mut cur, name).map(|()| None),
            "cr3" | "write_cr3" => self.cr3(line, &mut cur, name).map(|()| None),
            "pkru" => self.pkru(line, &mut cur).map(|()| None),
            "read" | "write" | "fetch" => {
                self.access(line, &mut cur, name).map(|i| Some((i, false)))
            }
            "pair" => self.pair(line, &mut cur).map(|i| Some((i, true))),
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
            Some((op_index, pair)) => Prev::Access {
                op_index,
                line: line.number,
                pair,
                expected: [None; 2],
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
        const USAGE: &str =
            "config tlb_entries=N|dtlb_entries=N itlb_entries=N paddr_bits=N mem_latency=N \
                             pwc_entries=N l2_sets=N l2_ways=N";
        let keys = CONFIG_KEYS.join(", ");
        let mut any = false;
        while let Some(t) = cur.peek() {
            let Some((k, v)) = cur.key_value()? else {
                return Err(line.error_at(
                    t,
                    format!("expected KEY=VALUE ({keys}), found {}", quoted(&t.text)),
                ));
            };
            any = true;
            let Some(&key) = CONFIG_KEYS.iter().find(|&&c| c == k.text) else {
                return Err(line.error_at(
                    k,
                    format!("unknown config key {} (one of: {keys})", quoted(&k.text)),
                ));
            };
            if let Some(at) = self.config_keys.insert(key, line.number) {
                return Err(line.error_at(k, format!("`{key}` is already set at line {at}")));
            }
            let n = number(line, v, key)?;
            match key {
                "tlb_entries" | "dtlb_entries" | "itlb_entries" => match usize::try_from(n) {
                    Ok(e) if e.is_power_of_two() && e <= TLB_ENTRIES_MAX => {
                        if key == "itlb_entries" {
                            self.config.itlb_entries = e
                        } else {
                            self.data_tlb_size(line, v, key, e)?
                        }
                    }
                    _ => {
                        return Err(line.error_at(
                            v,
                            format!(
                                "{key} must be a power of two (1, 2, 4, ... {TLB_ENTRIES_MAX}), got {n}"
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
                "l2_sets" | "l2_ways" => {
                    // Judged by `Config::validate` alone, so the language and the model agree on what is valid.
                    let mut trial = self.config;
                    let dimension = if key == "l2_sets" {
                        &mut trial.l2_sets
                    } else {
                        &mut trial.l2_ways
                    };
                    *dimension = usize::try_from(n).unwrap_or(usize::MAX);
                    if let Err(m) = trial.validate() {
                        let m = m.strip_prefix("config.").unwrap_or(&m);
                        return Err(line.error_at(v, m));
                    }
                    self.config = trial;
                }
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

    /// Sets the data TLB's size under `key`, `tlb_entries` or its other name `dtlb_entries`: both may be given, with
    /// one value.
    fn data_tlb_size(
        &mut self,
        line: &Line,
        v: &Tok,
        key: &str,
        entries: usize,
    ) -> Result<(), LangError> {
        let other = if key == "tlb_entries" {
            "dtlb_entries"
        } else {
            "tlb_entries"
        };
        if let Some(&at) = self.config_keys.get(other) {
            if self.config.tlb_entries != entries {
                return Err(line.error_at(
                    v,
                    format!(
                        "{key} = {entries} but {other} = {} at line {at}: both name the data TLB's size; give one \
                         of them, or the same value",
                        self.config.tlb_entries
                    ),
                ));
            }
        }
        self.config.tlb_entries = entries;
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

    /// `mem PA = VALUE` / `write_mem PA = VALUE` / `external_write PA = VALUE`
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
        if name == "external_write" {
            // Like a `write_mem`, the word holds the value from then on (once the next access op is done).
            self.push_op(Op::ExternalWrite { addr, value }, line.number);
        } else if name == "write_mem" || self.running() {
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
        let access = access_operands(cur, kind)?;
        cur.done(&format!("{name} user|sup VA"))?;
        Ok(self.push_op(Op::Access(access), line.number))
    }

    /// `pair fetch user|sup VA read|write user|sup VA`: a fetch and a data access offered in the same cycle; returns
    /// the op index.
    fn pair(&mut self, line: &Line, cur: &mut Cursor) -> Result<usize, LangError> {
        const USAGE: &str = "pair fetch user|sup VA read|write user|sup VA";
        let first = cur.word(&format!("`fetch` (`{USAGE}`)"))?;
        if first.text != "fetch" {
            return Err(line.error_at(
                first,
                format!(
                    "a pair starts with its fetch, found {} (`{USAGE}`)",
                    quoted(&first.text)
                ),
            ));
        }
        let fetch = access_operands(cur, AccessKind::Fetch)?;
        let second = cur.peek();
        let kind = match second.map(|t| t.text.as_str()) {
            Some("fetch") => {
                return Err(line.error_at(
                    second.unwrap_or(first),
                    format!(
                        "the second access of a pair is on the data port: a read or a write (`{USAGE}`)"
                    ),
                ))
            }
            _ => cur.choice(
                "data access",
                &[("read", AccessKind::Read), ("write", AccessKind::Write)],
            )?,
        };
        let data = access_operands(cur, kind)?;
        cur.done(USAGE)?;
        Ok(self.push_op(Op::Pair { fetch, data }, line.number))
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
}

/// `user|sup VA`: the mode and address of an access of `kind`.
fn access_operands(cur: &mut Cursor, kind: AccessKind) -> Result<Access, LangError> {
    let user = cur.choice(
        "privilege (user is CPL 3, sup is supervisor)",
        &[("user", true), ("sup", false)],
    )?;
    let (va, _) = cur.number("the linear address")?;
    Ok(Access { va, kind, user })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::test_support::{compile, error};

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
    fn a_pair_is_one_op_with_an_expectation_per_side() {
        let c = compile(
            "config itlb_entries=4\nfetch sup 0x1000\nexpect ok hit\npair fetch user 0x40_1000 write sup 0x7008\n\
             expect data pf P|W walk\n# a comment\nexpect fetch ok pa=0x5000 l1\nread sup 0\n",
        );
        assert_eq!(c.scenario.config.itlb_entries, 4);
        assert_eq!(
            c.scenario.ops[1],
            Op::Pair {
                fetch: Access {
                    va: 0x40_1000,
                    kind: AccessKind::Fetch,
                    user: true
                },
                data: Access {
                    va: 0x7008,
                    kind: AccessKind::Write,
                    user: false
                },
            }
        );
        assert_eq!(c.op_lines, [2, 4, 8]);
        let got: Vec<(usize, Option<PairSide>, Want)> = c
            .expectations
            .iter()
            .map(|e| (e.op_index, e.side, e.want))
            .collect();
        assert_eq!(
            got,
            [
                (
                    0,
                    None,
                    Want::Ok {
                        pa: None,
                        tlb: Some(TlbLevel::L1)
                    }
                ),
                (
                    1,
                    Some(PairSide::Data),
                    Want::PageFault {
                        error_code: Some(pf::P | pf::W),
                        tlb: Some(TlbLevel::Walk)
                    }
                ),
                (
                    1,
                    Some(PairSide::Fetch),
                    Want::Ok {
                        pa: Some(0x5000),
                        tlb: Some(TlbLevel::L1)
                    }
                ),
            ]
        );
    }

    #[test]
    fn bad_pairs_and_their_expectations_are_located() {
        let cases = [
            (
                "pair read sup 0x1000 read sup 0\n",
                1,
                6,
                "a pair starts with its fetch",
            ),
            (
                "pair fetch sup 0x1000 fetch sup 0\n",
                1,
                23,
                "a read or a write",
            ),
            (
                "pair fetch sup 0x1000 exec sup 0\n",
                1,
                23,
                "unknown data access `exec`",
            ),
            (
                "pair fetch sup 0x1000 read sup\n",
                1,
                32,
                "expected the linear address",
            ),
            (
                "pair fetch sup 0x1000 read sup 0 read\n",
                1,
                34,
                "unexpected `read`",
            ),
            (
                "pair fetch sup 0 read sup 0\nexpect ok\n",
                2,
                8,
                "name the one this line expects",
            ),
            (
                "pair fetch sup 0 read sup 0\nexpect data ok\nexpect data gp\n",
                3,
                1,
                "the data of the pair at line 1 already has an expectation (line 2)",
            ),
            (
                "read sup 0\nexpect fetch ok\n",
                2,
                8,
                "line 1 has a single access",
            ),
            ("read sup 0\nexpect ok l1 walk\n", 2, 14, "is given twice"),
            ("read sup 0\nexpect ok l3\n", 2, 11, "unexpected `l3`"),
            ("read sup 0\nexpect ok l2 walk\n", 2, 14, "is given twice"),
            ("read sup 0\nexpect pf l2 P\n", 2, 14, "unexpected `P`"),
            (
                "config itlb_entries=3\n",
                1,
                21,
                "itlb_entries must be a power of two",
            ),
        ];
        for (text, line, column, needle) in cases {
            let e = error(text);
            assert_eq!((e.line(), e.column()), (line, column), "{text:?}: {e}");
            assert!(e.message().contains(needle), "{text:?}: {e}");
        }
    }

    #[test]
    fn the_l2_and_the_dtlb_alias_in_config_and_expect() {
        let c = compile(
            "config dtlb_entries=32 l2_sets=512 l2_ways=8\nread sup 0\nexpect ok l2\nwrite sup 0\nexpect pf P|W l2\n",
        );
        let cfg = c.scenario.config;
        assert_eq!((cfg.tlb_entries, cfg.l2_sets, cfg.l2_ways), (32, 512, 8));
        let wants: Vec<Want> = c.expectations.iter().map(|e| e.want).collect();
        assert_eq!(
            wants,
            [
                Want::Ok {
                    pa: None,
                    tlb: Some(TlbLevel::L2)
                },
                Want::PageFault {
                    error_code: Some(pf::P | pf::W),
                    tlb: Some(TlbLevel::L2)
                },
            ]
        );
        // An `expect` line's level reads back from how the expectation prints.
        assert_eq!(wants[0].to_string(), "ok l2");
        // Both names of the DTLB size, with one value, on one line or two; 0 sets or ways is no L2.
        let c = compile("config tlb_entries=8 dtlb_entries=8\nconfig l2_ways=0\n");
        assert_eq!(c.scenario.config.tlb_entries, 8);
        assert!(!c.scenario.config.l2_enabled());
        let cases = [
            (
                "config tlb_entries=16 dtlb_entries=8\n",
                1,
                36,
                "dtlb_entries = 8 but tlb_entries = 16 at line 1",
            ),
            (
                "config dtlb_entries=8\n# the same TLB\nconfig tlb_entries=4\n",
                3,
                20,
                "tlb_entries = 4 but dtlb_entries = 8 at line 1",
            ),
            (
                "config dtlb_entries=6\n",
                1,
                21,
                "dtlb_entries must be a power of two",
            ),
            (
                "config dtlb_entries=8 dtlb_entries=8\n",
                1,
                23,
                "`dtlb_entries` is already set at line 1",
            ),
            (
                "config l2_sets=3\n",
                1,
                16,
                "l2_sets must be 0 or a power of two up to 512, got 3",
            ),
            (
                "config l2_sets=1024\n",
                1,
                16,
                "l2_sets must be 0 or a power of two up to 512",
            ),
            (
                "config l2_ways=16\n",
                1,
                16,
                "l2_ways must be 0 or a power of two up to 8, got 16",
            ),
            (
                "config l2_ways=0x1_0000_0000_0000_0000\n",
                1,
                16,
                "does not fit in 64 bits",
            ),
            (
                "config l2_entries=512\n",
                1,
                8,
                "unknown config key `l2_entries` (one of: tlb_entries, dtlb_entries, itlb_entries, paddr_bits, \
                 mem_latency, pwc_entries, l2_sets, l2_ways)",
            ),
            ("config\n", 1, 8, "dtlb_entries=N"),
        ];
        for (text, line, column, needle) in cases {
            let e = error(text);
            assert_eq!((e.line(), e.column()), (line, column), "{text:?}: {e}");
            assert!(e.message().contains(needle), "{text:?}: {e}");
        }
    }
}
