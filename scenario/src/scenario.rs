//! Reading scenarios and writing results: the JSON machine interface of `mmu-rtl run`
//! (`/work/shared/spec/scenario-format.md`).
//!
//! Every value is checked while it is deserialized, so a bad value is reported with the line and column
//! where it stands and the key path that leads to it (`ops[3].va`). The few checks that need the whole
//! document (an address against `config.paddr_bits`, which may come later in the file) run afterwards
//! and report the key path only. Nothing here panics on any input and nothing is silently defaulted
//! except the keys the format declares optional.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use mmu_arch::{
    Access, AccessKind, AccessResult, Config, Control, CrReg, InvpcidType, Op, Outcome,
    PADDR_BITS_MAX, PADDR_BITS_MIN, PWC_ENTRIES_MAX,
};
use mmu_model::engine::{RunResult, Scenario};

/// Largest `config.mem_latency` accepted (cycles).
pub const MEM_LATENCY_MAX: u32 = 1000;

/// Largest `config.tlb_entries` accepted: the model allocates every entry up front, so an absurd size would abort the
/// process instead of being reported (the RTL engines take 4..=64).
pub const TLB_ENTRIES_MAX: usize = 1 << 20;

/// What every number in a scenario may look like, for error messages.
const NUMBER_FORMS: &str = "a 64-bit number (integer or \"0x…\"/decimal string)";

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Why a scenario could not be read. Its `Display` is one line:
/// `FILE[:LINE:COLUMN]: [KEY.PATH: ]MESSAGE`.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct ScenarioError {
    file: Option<PathBuf>,
    line: Option<usize>,
    column: Option<usize>,
    key_path: Option<String>,
    message: String,
}

impl ScenarioError {
    fn new(key_path: Option<String>, message: impl Into<String>) -> Self {
        ScenarioError {
            file: None,
            line: None,
            column: None,
            key_path,
            message: message.into(),
        }
    }

    /// The same error, naming `file` (what [`load_scenario`] does with the errors of [`parse_scenario`]).
    pub fn with_file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    /// The file named, if any.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// 1-based line of the error in the JSON text, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// Column of the error in the JSON text, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// Key path of the offending value (`ops[3].va`), when known.
    pub fn key_path(&self) -> Option<&str> {
        self.key_path.as_deref()
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    fn render(&self) -> String {
        let mut out = match &self.file {
            Some(f) => f.display().to_string(),
            None => "<scenario>".to_string(),
        };
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(col) = self.column {
                out.push_str(&format!(":{col}"));
            }
        }
        out.push_str(": ");
        if let Some(p) = &self.key_path {
            out.push_str(&visible(p));
            out.push_str(": ");
        }
        out.push_str(&visible(&self.message));
        out
    }

    fn from_json(err: serde_json::Error, key_path: Option<String>) -> Self {
        let (line, column) = (err.line(), err.column());
        let full = err.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        ScenarioError {
            file: None,
            line: (line > 0).then_some(line),
            column: (line > 0).then_some(column),
            key_path,
            message,
        }
    }
}

/// `s` with control characters escaped: a key or a value quoted from the input may hold any, and the
/// message must stay one printable line.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/// Parses and validates a scenario given as JSON text.
pub fn parse_scenario(text: &str) -> Result<Scenario, ScenarioError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let raw: MapOnly<RawScenario> = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = shown_path(&e.path().to_string());
        ScenarioError::from_json(e.into_inner(), path)
    })?;
    de.end().map_err(|e| ScenarioError::from_json(e, None))?;
    raw.0.into_scenario()
}

/// The key path as shown in a message: none for the document itself, and without the trailing
/// `?` segments the path tracker adds where the parser stopped inside a value it had not identified.
fn shown_path(path: &str) -> Option<String> {
    let mut p = path;
    while let Some(rest) = p.strip_suffix(".?").or_else(|| p.strip_suffix("?")) {
        p = rest;
    }
    (!p.is_empty() && p != ".").then(|| p.to_string())
}

/// Reads, parses and validates the scenario in `path`; every error names the file.
pub fn load_scenario(path: &Path) -> Result<Scenario, ScenarioError> {
    let bytes = std::fs::read(path).map_err(|e| {
        ScenarioError::new(None, format!("cannot read the scenario: {e}")).with_file(path)
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        ScenarioError::new(
            None,
            format!(
                "not UTF-8 text (invalid byte sequence at byte offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
        .with_file(path)
    })?;
    parse_scenario(&text).map_err(|e| e.with_file(path))
}

/// Number of `access` ops: the number of entries `results` must have.
pub fn access_count(scenario: &Scenario) -> usize {
    scenario
        .ops
        .iter()
        .filter(|op| matches!(op, Op::Access(_)))
        .count()
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/// Parses the string form of a number: `0x` hex or decimal, single `_` between digits.
/// The error is the reason, for the message.
pub fn parse_number_str(s: &str) -> Result<u64, String> {
    if s.is_empty() {
        return Err("empty string".into());
    }
    if s.starts_with('-') {
        return Err("negative".into());
    }
    let (digits, radix) = match s.strip_prefix("0x") {
        Some(rest) => (rest, 16),
        None => (s, 10),
    };
    if digits.is_empty() {
        return Err("no digits after 0x".into());
    }
    if digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err("`_` may only stand between two digits".into());
    }
    let mut value: u64 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(radix).ok_or_else(|| {
            let kind = if radix == 16 { "hex" } else { "decimal" };
            format!("{c:?} is not a {kind} digit")
        })?;
        value = value
            .checked_mul(u64::from(radix))
            .and_then(|v| v.checked_add(u64::from(d)))
            .ok_or_else(|| "does not fit in 64 bits".to_string())?;
    }
    Ok(value)
}

/// A 64-bit number as it may appear in a scenario: a non-negative JSON integer or a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Num(u64);

struct NumVisitor;

impl<'de> Visitor<'de> for NumVisitor {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(NUMBER_FORMS)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
        u64::try_from(v)
            .map_err(|_| E::custom(format!("expected {NUMBER_FORMS}, got {v} (negative)")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
        // serde_json hands integers past u64::MAX over as floats.
        let why = if v.fract() == 0.0 && v >= 18_446_744_073_709_551_616.0 {
            "does not fit in 64 bits"
        } else if v < 0.0 {
            "negative"
        } else {
            "not a plain integer"
        };
        Err(E::custom(format!(
            "expected {NUMBER_FORMS}, got {v} ({why})"
        )))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<u64, E> {
        parse_number_str(s)
            .map_err(|why| E::custom(format!("expected {NUMBER_FORMS}, got {s:?} ({why})")))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<u64, E> {
        Err(E::custom(format!("expected {NUMBER_FORMS}, got {v}")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<u64, E> {
        Err(E::custom(format!("expected {NUMBER_FORMS}, got null")))
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NumVisitor).map(Num)
    }
}

/// A number in `lo..=hi`; `what` names it in the error.
fn ranged<'de, D: Deserializer<'de>>(d: D, lo: u64, hi: u64, what: &str) -> Result<u64, D::Error> {
    let v = Num::deserialize(d)?.0;
    if (lo..=hi).contains(&v) {
        Ok(v)
    } else {
        Err(de::Error::custom(format!(
            "{what} must be in {lo}..={hi}, got {v}"
        )))
    }
}

/// Declares a newtype whose `Deserialize` accepts a number in a range.
macro_rules! ranged_number {
    ($name:ident, $ty:ty, $lo:expr, $hi:expr, $what:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        struct $name($ty);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = ranged(d, u64::from($lo), u64::from($hi), $what)?;
                // The range fits the type by construction.
                <$ty>::try_from(v).map($name).map_err(de::Error::custom)
            }
        }
    };
}

ranged_number!(
    PaddrBits,
    u32,
    PADDR_BITS_MIN,
    PADDR_BITS_MAX,
    "paddr_bits (MAXPHYADDR)"
);
ranged_number!(
    MemLatency,
    u32,
    1u32,
    MEM_LATENCY_MAX,
    "mem_latency (cycles)"
);
ranged_number!(Pcid, u16, 0u16, 4095u16, "a PCID");
ranged_number!(Pkru, u32, 0u32, u32::MAX, "pkru (a 32-bit value)");

/// `tlb_entries`: a power of two, at least 1, at most [`TLB_ENTRIES_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TlbEntries(usize);

impl<'de> Deserialize<'de> for TlbEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Num::deserialize(d)?.0;
        match usize::try_from(v) {
            Ok(n) if n.is_power_of_two() && n <= TLB_ENTRIES_MAX => Ok(TlbEntries(n)),
            _ => Err(de::Error::custom(format!(
                "tlb_entries must be a power of two (1, 2, 4, ... {TLB_ENTRIES_MAX}), got {v}"
            ))),
        }
    }
}

/// `pwc_entries`: 0 or a power of two up to [`PWC_ENTRIES_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PwcEntries(usize);

impl<'de> Deserialize<'de> for PwcEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Num::deserialize(d)?.0;
        match usize::try_from(v) {
            Ok(n) if n <= PWC_ENTRIES_MAX && (n == 0 || n.is_power_of_two()) => Ok(PwcEntries(n)),
            _ => Err(de::Error::custom(format!(
                "pwc_entries must be 0 (no paging-structure cache), 1, 2, 4 or {PWC_ENTRIES_MAX}, got {v}"
            ))),
        }
    }
}

/// The INVPCID type number, 0..=3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct InvpcidTypeNum(InvpcidType);

impl<'de> Deserialize<'de> for InvpcidTypeNum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = ranged(d, 0, 3, "the INVPCID type")?;
        InvpcidType::from_number(v)
            .map(InvpcidTypeNum)
            .ok_or_else(|| de::Error::custom(format!("the INVPCID type must be in 0..=3, got {v}")))
    }
}

/// A physical word address: any number, 8-byte aligned. The MAXPHYADDR check needs the config and
/// runs after parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WordAddr(u64);

impl<'de> Deserialize<'de> for WordAddr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Num::deserialize(d)?.0;
        if v & 7 == 0 {
            Ok(WordAddr(v))
        } else {
            Err(de::Error::custom(format!(
                "physical word address {v:#x} is not 8-byte aligned"
            )))
        }
    }
}

/// The initial CR3: any 64-bit value except one with bit 63, which a CR3 never holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct InitialCr3(u64);

impl<'de> Deserialize<'de> for InitialCr3 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Num::deserialize(d)?.0;
        if v & mmu_arch::CR3_NOFLUSH == 0 {
            Ok(InitialCr3(v))
        } else {
            Err(de::Error::custom(format!(
                "bit 63 is never stored in CR3, so the initial cr3 cannot have it ({v:#x}); \
                 it only means something in a write_cr3 op"
            )))
        }
    }
}

/// An object and nothing else (a derived struct would also accept its fields as a JSON list).
struct MapOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for MapOnly<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData)).map(MapOnly)
    }
}

/// For an optional key: present means a real value (`null` is rejected, not read as "absent").
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

// ---------------------------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------------------------

/// One `[addr, value]` pair.
#[derive(Clone, Copy, Debug)]
struct MemEntry {
    addr: u64,
    value: u64,
}

impl<'de> Deserialize<'de> for MemEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MemEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an [addr, value] pair")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MemEntry, A::Error> {
                let short = || {
                    de::Error::custom("expected an [addr, value] pair, got fewer than 2 elements")
                };
                let addr = seq.next_element::<WordAddr>()?.ok_or_else(short)?.0;
                let value = seq.next_element::<Num>()?.ok_or_else(short)?.0;
                if seq.next_element::<IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(
                        "expected an [addr, value] pair, got more than 2 elements",
                    ));
                }
                Ok(MemEntry { addr, value })
            }
        }
        d.deserialize_seq(V)
    }
}

/// The `memory` list: no address twice.
#[derive(Clone, Debug, Default)]
struct MemoryList(Vec<MemEntry>);

impl<'de> Deserialize<'de> for MemoryList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MemoryList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of [addr, value] pairs")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MemoryList, A::Error> {
                let mut entries = Vec::new();
                let mut first_at: HashMap<u64, usize> = HashMap::new();
                while let Some(e) = seq.next_element::<MemEntry>()? {
                    let index = entries.len();
                    if let Some(prev) = first_at.insert(e.addr, index) {
                        return Err(de::Error::custom(format!(
                            "entry {index}: address {:#x} is already given by entry {prev}",
                            e.addr
                        )));
                    }
                    entries.push(e);
                }
                Ok(MemoryList(entries))
            }
        }
        d.deserialize_seq(V)
    }
}

// ---------------------------------------------------------------------------------------------
// Ops
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpName {
    Access,
    WriteMem,
    Poison,
    Invlpg,
    Invpcid,
    WriteCr3,
    WriteCr,
}

impl OpName {
    const ALL: [OpName; 7] = [
        OpName::Access,
        OpName::WriteMem,
        OpName::Poison,
        OpName::Invlpg,
        OpName::Invpcid,
        OpName::WriteCr3,
        OpName::WriteCr,
    ];

    fn key(self) -> &'static str {
        match self {
            OpName::Access => "access",
            OpName::WriteMem => "write_mem",
            OpName::Poison => "poison",
            OpName::Invlpg => "invlpg",
            OpName::Invpcid => "invpcid",
            OpName::WriteCr3 => "write_cr3",
            OpName::WriteCr => "write_cr",
        }
    }
}

/// A string naming one of `names`; `what` says what it names, for the error.
fn named<'de, D, T>(d: D, what: &str, names: &[(&'static str, T)]) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Copy,
{
    let s = String::deserialize(d)?;
    match names.iter().find(|(n, _)| *n == s) {
        Some(&(_, v)) => Ok(v),
        None => {
            let list: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            Err(de::Error::custom(format!(
                "unknown {what} {s:?} (one of: {})",
                list.join(", ")
            )))
        }
    }
}

struct OpNameKey(OpName);

impl<'de> Deserialize<'de> for OpNameKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names = OpName::ALL.map(|o| (o.key(), o));
        named(d, "op", &names).map(OpNameKey)
    }
}

struct KindKey(AccessKind);

impl<'de> Deserialize<'de> for KindKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names = [AccessKind::Read, AccessKind::Write, AccessKind::Fetch].map(|k| (k.name(), k));
        named(d, "access kind", &names).map(KindKey)
    }
}

struct RegKey(CrReg);

impl<'de> Deserialize<'de> for RegKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names = CrReg::ALL.map(|r| (r.key(), r));
        named(d, "register", &names).map(RegKey)
    }
}

/// The keys an op object may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpKey {
    Op,
    Va,
    Kind,
    User,
    Addr,
    Value,
    Type,
    Pcid,
    Reg,
}

impl OpKey {
    const ALL: [OpKey; 9] = [
        OpKey::Op,
        OpKey::Va,
        OpKey::Kind,
        OpKey::User,
        OpKey::Addr,
        OpKey::Value,
        OpKey::Type,
        OpKey::Pcid,
        OpKey::Reg,
    ];

    fn name(self) -> &'static str {
        match self {
            OpKey::Op => "op",
            OpKey::Va => "va",
            OpKey::Kind => "kind",
            OpKey::User => "user",
            OpKey::Addr => "addr",
            OpKey::Value => "value",
            OpKey::Type => "type",
            OpKey::Pcid => "pcid",
            OpKey::Reg => "reg",
        }
    }

    fn from_name(s: &str) -> Option<OpKey> {
        OpKey::ALL.into_iter().find(|k| k.name() == s)
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The keys `op` takes, all of them required. For `invpcid` they depend on the type; before the
/// type is known, the union of every type's keys.
fn op_keys(op: OpName, ty: Option<InvpcidType>) -> &'static [OpKey] {
    use OpKey as K;
    match op {
        OpName::Access => &[K::Op, K::Va, K::Kind, K::User],
        OpName::WriteMem => &[K::Op, K::Addr, K::Value],
        OpName::Poison => &[K::Op, K::Addr],
        OpName::Invlpg => &[K::Op, K::Va],
        OpName::Invpcid => match ty {
            None | Some(InvpcidType::Address) => &[K::Op, K::Type, K::Pcid, K::Va],
            Some(InvpcidType::SingleContext) => &[K::Op, K::Type, K::Pcid],
            Some(InvpcidType::AllIncludingGlobal | InvpcidType::AllNonGlobal) => &[K::Op, K::Type],
        },
        OpName::WriteCr3 => &[K::Op, K::Value],
        OpName::WriteCr => &[K::Op, K::Reg, K::Value],
    }
}

fn key_list(keys: &[OpKey]) -> String {
    keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(", ")
}

/// The complaint about `key` in an op that does not take it.
fn not_taken(op: OpName, ty: Option<InvpcidType>, key: OpKey) -> String {
    match (op, ty) {
        (OpName::Invpcid, Some(t)) => format!(
            "INVPCID type {} does not use `{}` (type 0 takes type, pcid, va; type 1 takes type, pcid; \
             types 2 and 3 take only type)",
            t.number(),
            key.name()
        ),
        _ => format!(
            "op `{}` has no key `{}` (its keys: {})",
            op.key(),
            key.name(),
            key_list(op_keys(op, ty))
        ),
    }
}

/// What a `value` key must hold, as far as the op (and register) read so far tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ValueExpect {
    /// Not known yet: a bool or a number, checked when the op is complete.
    Unknown,
    Number,
    Flag(CrReg),
    Pkru,
}

fn value_expect(op: Option<OpName>, reg: Option<CrReg>) -> ValueExpect {
    match (op, reg) {
        (Some(OpName::WriteMem | OpName::WriteCr3), _) => ValueExpect::Number,
        (Some(OpName::WriteCr), Some(CrReg::Pkru)) => ValueExpect::Pkru,
        (Some(OpName::WriteCr), Some(r)) => ValueExpect::Flag(r),
        _ => ValueExpect::Unknown,
    }
}

/// A `value` as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RawValue {
    Bool(bool),
    Num(u64),
}

impl RawValue {
    fn describe(self) -> String {
        match self {
            RawValue::Bool(b) => b.to_string(),
            RawValue::Num(n) => format!("the number {n:#x}"),
        }
    }
}

/// Checks a `value` against what the op needs; the error is the message.
fn check_value(expect: ValueExpect, v: RawValue) -> Result<RawValue, String> {
    match (expect, v) {
        (ValueExpect::Unknown, _) => Ok(v),
        (ValueExpect::Number, RawValue::Num(_)) => Ok(v),
        (ValueExpect::Number, RawValue::Bool(_)) => {
            Err(format!("expected {NUMBER_FORMS}, got {}", v.describe()))
        }
        (ValueExpect::Flag(_), RawValue::Bool(_)) => Ok(v),
        (ValueExpect::Flag(r), RawValue::Num(_)) => Err(format!(
            "`{}` is a flag: its value is a JSON bool (true/false), got {}",
            r.key(),
            v.describe()
        )),
        (ValueExpect::Pkru, RawValue::Num(n)) if n <= u64::from(u32::MAX) => Ok(v),
        (ValueExpect::Pkru, RawValue::Num(n)) => Err(format!(
            "pkru is a 32-bit value: must be below 2^32, got {n:#x}"
        )),
        (ValueExpect::Pkru, RawValue::Bool(_)) => Err(format!(
            "pkru takes a number below 2^32, got {}",
            v.describe()
        )),
    }
}

struct ValueSeed(ValueExpect);

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = RawValue;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{NUMBER_FORMS} or a bool")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Bool(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                NumVisitor.visit_u64(v).map(RawValue::Num)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                NumVisitor.visit_i64(v).map(RawValue::Num)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                NumVisitor.visit_f64(v).map(RawValue::Num)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                NumVisitor.visit_str(v).map(RawValue::Num)
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
                Err(E::custom(format!(
                    "expected {NUMBER_FORMS} or a bool, got null"
                )))
            }
        }
        let v = d.deserialize_any(V)?;
        check_value(self.0, v).map_err(de::Error::custom)
    }
}

/// A seed that consumes nothing and fails: reports a bad key with the key in the error's path.
struct Reject(String);

impl<'de> DeserializeSeed<'de> for Reject {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, _d: D) -> Result<(), D::Error> {
        Err(de::Error::custom(self.0))
    }
}

/// One op, as read.
#[derive(Debug)]
struct RawOp(Op);

#[derive(Default)]
struct OpFields {
    seen: u16,
    op: Option<OpName>,
    va: Option<u64>,
    kind: Option<AccessKind>,
    user: Option<bool>,
    addr: Option<u64>,
    value: Option<RawValue>,
    ty: Option<InvpcidType>,
    pcid: Option<u16>,
    reg: Option<CrReg>,
}

impl OpFields {
    fn has(&self, k: OpKey) -> bool {
        self.seen & k.bit() != 0
    }

    /// Checks the finished object and builds the op; the error is the message.
    fn finish(self) -> Result<Op, String> {
        let Some(op) = self.op else {
            return Err(
                "missing key `op` (one of access, write_mem, invlpg, invpcid, write_cr3, write_cr)"
                    .into(),
            );
        };
        let keys = op_keys(op, self.ty);
        if let Some(k) = OpKey::ALL
            .into_iter()
            .find(|&k| self.has(k) && !keys.contains(&k))
        {
            return Err(not_taken(op, self.ty, k));
        }
        if let Some(k) = keys.iter().find(|&&k| !self.has(k)) {
            return Err(match (op, self.ty) {
                (OpName::Invpcid, Some(t)) => {
                    format!("INVPCID type {} needs `{}` (missing)", t.number(), k.name())
                }
                _ => format!(
                    "op `{}` needs `{}` (missing; its keys: {})",
                    op.key(),
                    k.name(),
                    key_list(keys)
                ),
            });
        }
        // Every key of the op is present: unwrap the ones the op uses.
        let missing = |k: OpKey| format!("missing key `{}`", k.name());
        let value = |expect: ValueExpect| -> Result<RawValue, String> {
            check_value(expect, self.value.ok_or_else(|| missing(OpKey::Value))?)
                .map_err(|m| format!("value: {m}"))
        };
        let num = |v: RawValue| match v {
            RawValue::Num(n) => n,
            RawValue::Bool(b) => u64::from(b),
        };
        Ok(match op {
            OpName::Access => Op::Access(Access {
                va: self.va.ok_or_else(|| missing(OpKey::Va))?,
                kind: self.kind.ok_or_else(|| missing(OpKey::Kind))?,
                user: self.user.ok_or_else(|| missing(OpKey::User))?,
            }),
            OpName::WriteMem => Op::WriteMem {
                addr: self.addr.ok_or_else(|| missing(OpKey::Addr))?,
                value: num(value(ValueExpect::Number)?),
            },
            OpName::Poison => Op::Poison {
                addr: self.addr.ok_or_else(|| missing(OpKey::Addr))?,
            },
            OpName::Invlpg => Op::Invlpg {
                va: self.va.ok_or_else(|| missing(OpKey::Va))?,
            },
            OpName::Invpcid => Op::Invpcid {
                kind: self.ty.ok_or_else(|| missing(OpKey::Type))?,
                pcid: self.pcid.unwrap_or(0),
                va: self.va.unwrap_or(0),
            },
            OpName::WriteCr3 => Op::WriteCr3 {
                value: num(value(ValueExpect::Number)?),
            },
            OpName::WriteCr => {
                let reg = self.reg.ok_or_else(|| missing(OpKey::Reg))?;
                Op::WriteCr {
                    reg,
                    value: num(value(value_expect(Some(op), Some(reg)))?),
                }
            }
        })
    }
}

impl<'de> Deserialize<'de> for RawOp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawOp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an op object such as {\"op\": \"access\", \"va\": \"0x1000\", \"kind\": \"read\", \"user\": false}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawOp, A::Error> {
                let mut f = OpFields::default();
                while let Some(name) = map.next_key::<String>()? {
                    let Some(key) = OpKey::from_name(&name) else {
                        let msg = match f.op {
                            Some(op) => format!(
                                "unknown key for op `{}` (its keys: {})",
                                op.key(),
                                key_list(op_keys(op, f.ty))
                            ),
                            None => format!("unknown key (op keys: {})", key_list(&OpKey::ALL)),
                        };
                        return Err(reject(&mut map, msg));
                    };
                    if f.has(key) {
                        return Err(reject(&mut map, "duplicate key".into()));
                    }
                    if let Some(op) = f.op {
                        if !op_keys(op, f.ty).contains(&key) {
                            return Err(reject(&mut map, not_taken(op, f.ty, key)));
                        }
                    }
                    f.seen |= key.bit();
                    match key {
                        OpKey::Op => f.op = Some(map.next_value::<OpNameKey>()?.0),
                        OpKey::Va => f.va = Some(map.next_value::<Num>()?.0),
                        OpKey::Kind => f.kind = Some(map.next_value::<KindKey>()?.0),
                        OpKey::User => f.user = Some(map.next_value::<bool>()?),
                        OpKey::Addr => f.addr = Some(map.next_value::<WordAddr>()?.0),
                        OpKey::Value => {
                            let expect = value_expect(f.op, f.reg);
                            f.value = Some(map.next_value_seed(ValueSeed(expect))?);
                        }
                        OpKey::Type => f.ty = Some(map.next_value::<InvpcidTypeNum>()?.0),
                        OpKey::Pcid => f.pcid = Some(map.next_value::<Pcid>()?.0),
                        OpKey::Reg => f.reg = Some(map.next_value::<RegKey>()?.0),
                    }
                }
                f.finish().map(RawOp).map_err(de::Error::custom)
            }
        }
        d.deserialize_map(V)
    }
}

/// The error for the value of the key just read: through [`Reject`], so that the error carries the
/// key in its path and the position of the value.
fn reject<'de, A: MapAccess<'de>>(map: &mut A, msg: String) -> A::Error {
    match map.next_value_seed(Reject(msg.clone())) {
        Err(e) => e,
        Ok(()) => de::Error::custom(msg),
    }
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default, deserialize_with = "present")]
    tlb_entries: Option<TlbEntries>,
    #[serde(default, deserialize_with = "present")]
    paddr_bits: Option<PaddrBits>,
    #[serde(default, deserialize_with = "present")]
    mem_latency: Option<MemLatency>,
    #[serde(default, deserialize_with = "present")]
    pwc_entries: Option<PwcEntries>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    #[serde(default, deserialize_with = "present")]
    config: Option<MapOnly<RawConfig>>,
    #[serde(default, deserialize_with = "present")]
    cr0_wp: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    cr4_pge: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    cr4_pcide: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    cr4_smep: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    cr4_smap: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    cr4_pke: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    efer_nxe: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    rflags_ac: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    pkru: Option<Pkru>,
    #[serde(default, deserialize_with = "present")]
    cr3: Option<InitialCr3>,
    memory: MemoryList,
    ops: Vec<RawOp>,
}

impl RawScenario {
    fn into_scenario(self) -> Result<Scenario, ScenarioError> {
        let mut config = Config::default();
        if let Some(MapOnly(c)) = self.config {
            if let Some(v) = c.tlb_entries {
                config.tlb_entries = v.0;
            }
            if let Some(v) = c.paddr_bits {
                config.paddr_bits = v.0;
            }
            if let Some(v) = c.mem_latency {
                config.mem_latency = v.0;
            }
            if let Some(v) = c.pwc_entries {
                config.pwc_entries = v.0;
            }
        }
        config
            .validate()
            .map_err(|m| ScenarioError::new(Some("config".into()), m))?;

        let d = Control::default();
        let control = Control {
            cr0_wp: self.cr0_wp.unwrap_or(d.cr0_wp),
            cr4_pge: self.cr4_pge.unwrap_or(d.cr4_pge),
            cr4_pcide: self.cr4_pcide.unwrap_or(d.cr4_pcide),
            cr4_smep: self.cr4_smep.unwrap_or(d.cr4_smep),
            cr4_smap: self.cr4_smap.unwrap_or(d.cr4_smap),
            cr4_pke: self.cr4_pke.unwrap_or(d.cr4_pke),
            efer_nxe: self.efer_nxe.unwrap_or(d.efer_nxe),
            rflags_ac: self.rflags_ac.unwrap_or(d.rflags_ac),
            pkru: self.pkru.map_or(d.pkru, |p| p.0),
            cr3: self.cr3.map_or(d.cr3, |c| c.0),
        };

        // Words beyond MAXPHYADDR could never be read by the walker: a scenario naming one is wrong.
        let limit = config.paddr_bits;
        let beyond = |addr: u64| addr >> limit != 0;
        let beyond_msg = |addr: u64| {
            format!(
                "physical address {addr:#x} is beyond MAXPHYADDR (config.paddr_bits = {limit}: \
                 addresses must be below {:#x})",
                1u64 << limit
            )
        };
        let memory: Vec<(u64, u64)> = self.memory.0.iter().map(|e| (e.addr, e.value)).collect();
        for (i, &(addr, _)) in memory.iter().enumerate() {
            if beyond(addr) {
                return Err(ScenarioError::new(
                    Some(format!("memory[{i}][0]")),
                    beyond_msg(addr),
                ));
            }
        }
        let ops: Vec<Op> = self.ops.into_iter().map(|o| o.0).collect();
        for (i, op) in ops.iter().enumerate() {
            if let Op::WriteMem { addr, .. } | Op::Poison { addr } = *op {
                if beyond(addr) {
                    return Err(ScenarioError::new(
                        Some(format!("ops[{i}].addr")),
                        beyond_msg(addr),
                    ));
                }
            }
        }
        Ok(Scenario {
            config,
            control,
            memory,
            ops,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

fn hex(v: u64) -> Value {
    Value::String(format!("{v:#x}"))
}

/// One entry of `results`.
pub fn access_result_to_json(a: &AccessResult) -> Value {
    let mut m = Map::new();
    m.insert("op_index".into(), json!(a.op_index));
    match a.outcome {
        Outcome::Ok { pa } => {
            m.insert("outcome".into(), json!("ok"));
            m.insert("pa".into(), hex(pa));
        }
        Outcome::PageFault { error_code, cr2 } => {
            m.insert("outcome".into(), json!("pf"));
            m.insert("error_code".into(), json!(error_code));
            m.insert("cr2".into(), hex(cr2));
        }
        Outcome::GeneralProtection => {
            m.insert("outcome".into(), json!("gp"));
        }
        Outcome::BusError { addr } => {
            m.insert("outcome".into(), json!("bus_error"));
            m.insert("addr".into(), hex(addr));
        }
    }
    if let Some(hit) = a.tlb_hit {
        m.insert("tlb_hit".into(), json!(hit));
    }
    if let Some(cycles) = a.cycles {
        m.insert("cycles".into(), json!(cycles));
    }
    if let Some(reads) = a.walk_reads {
        m.insert("walk_reads".into(), json!(reads));
    }
    Value::Object(m)
}

/// The result document of a run (`results`, `memory_after`).
pub fn result_to_json(r: &RunResult) -> Value {
    let mut m = Map::new();
    m.insert(
        "results".into(),
        Value::Array(r.results.iter().map(access_result_to_json).collect()),
    );
    m.insert(
        "memory_after".into(),
        Value::Array(
            r.memory_after
                .iter()
                .map(|&(a, v)| Value::Array(vec![hex(a), hex(v)]))
                .collect(),
        ),
    );
    Value::Object(m)
}

/// The result document, pretty-printed, with a final newline.
pub fn result_to_pretty(r: &RunResult) -> String {
    let mut s = serde_json::to_string_pretty(&result_to_json(r))
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot print the result: {e}\"}}"));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal valid document with `ops` (a JSON list body) and extra top-level `keys`.
    fn doc(keys: &str, ops: &str) -> String {
        format!("{{{keys}\n\"memory\": [],\n\"ops\": [\n{ops}\n]}}")
    }

    fn access_va(va: &str) -> String {
        doc(
            "",
            &format!(r#"{{"op": "access", "va": {va}, "kind": "read", "user": false}}"#),
        )
    }

    fn ok(text: &str) -> Scenario {
        match parse_scenario(text) {
            Ok(s) => s,
            Err(e) => panic!("expected {text} to parse, got: {e}"),
        }
    }

    fn err(text: &str) -> ScenarioError {
        match parse_scenario(text) {
            Ok(s) => panic!("expected an error for {text}, parsed {s:?}"),
            Err(e) => e,
        }
    }

    /// Asserts an error at `path` (`""`: the document itself) whose message contains `needle`, with a position.
    fn err_at(text: &str, path: &str, needle: &str) -> ScenarioError {
        let e = err(text);
        let want = (!path.is_empty()).then_some(path);
        assert_eq!(e.key_path(), want, "path of: {e}");
        assert!(
            e.message().contains(needle),
            "{e:?} should mention {needle:?}"
        );
        assert!(e.line().is_some(), "no line in: {e}");
        assert!(!e.to_string().contains('\n'), "several lines: {e}");
        e
    }

    fn first_va(s: &Scenario) -> u64 {
        match s.ops[0] {
            Op::Access(a) => a.va,
            ref other => panic!("not an access: {other:?}"),
        }
    }

    #[test]
    fn number_forms_accepted() {
        let cases: &[(&str, u64)] = &[
            ("0", 0),
            ("4096", 4096),
            ("18446744073709551615", u64::MAX),
            ("\"0x0\"", 0),
            ("\"0x1000\"", 0x1000),
            ("\"0xdeadBEEF\"", 0xdead_beef),
            ("\"0xffff_ffff_ffff_ffff\"", u64::MAX),
            ("\"0x0000000000000000001\"", 1),
            ("\"0\"", 0),
            ("\"4096\"", 4096),
            ("\"1_000_000\"", 1_000_000),
            ("\"18446744073709551615\"", u64::MAX),
            ("\"007\"", 7),
        ];
        for &(text, want) in cases {
            assert_eq!(first_va(&ok(&access_va(text))), want, "{text}");
        }
    }

    #[test]
    fn number_forms_rejected() {
        let cases: &[(&str, &str)] = &[
            ("-1", "negative"),
            ("-9223372036854775808", "negative"),
            ("1.5", "not a plain integer"),
            ("1.0", "not a plain integer"),
            ("1e3", "not a plain integer"),
            ("18446744073709551616", "does not fit in 64 bits"),
            ("\"18446744073709551616\"", "does not fit in 64 bits"),
            ("\"0x1_0000_0000_0000_0000\"", "does not fit in 64 bits"),
            ("\"0xZZ\"", "'Z' is not a hex digit"),
            ("\"12a\"", "'a' is not a decimal digit"),
            ("\"\"", "empty string"),
            ("\"0x\"", "no digits after 0x"),
            ("\"-1\"", "negative"),
            ("\"+1\"", "'+' is not a decimal digit"),
            ("\" 1\"", "' ' is not a decimal digit"),
            ("\"0X10\"", "'X' is not a decimal digit"),
            ("\"_1\"", "`_` may only stand between two digits"),
            ("\"1_\"", "`_` may only stand between two digits"),
            ("\"1__0\"", "`_` may only stand between two digits"),
            ("\"0x_1\"", "`_` may only stand between two digits"),
            ("true", "got true"),
            ("null", "got null"),
            ("[1]", "expected a 64-bit number"),
            ("{}", "expected a 64-bit number"),
        ];
        for &(text, why) in cases {
            let e = err_at(&access_va(text), "ops[0].va", why);
            assert!(
                e.message().contains("expected a 64-bit number"),
                "{text}: {e}"
            );
        }
    }

    #[test]
    fn error_display_is_file_line_column_path_message() {
        let text = access_va("\"0xZZ\"");
        let e = err(&text).with_file(Path::new("examples/x.json"));
        assert_eq!(
            e.to_string(),
            format!(
                "examples/x.json:{}:{}: ops[0].va: expected a 64-bit number (integer or \"0x…\"/decimal \
                 string), got \"0xZZ\" ('Z' is not a hex digit)",
                e.line().unwrap(),
                e.column().unwrap()
            )
        );
        // The value stands on line 4 of the document.
        assert_eq!(e.line(), Some(4));
        assert_eq!(e.file(), Some(Path::new("examples/x.json")));
        // Without a file the location still leads the message.
        assert!(err(&text).to_string().starts_with("<scenario>:4:"));
    }

    #[test]
    fn defaults_apply_only_to_absent_keys() {
        let s = ok(&doc("", ""));
        assert_eq!(s.config, Config::default());
        assert_eq!(s.control, Control::default());
        assert!(s.memory.is_empty() && s.ops.is_empty());
        // Explicit null is not "absent".
        for key in [
            "config",
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
        ] {
            err_at(&doc(&format!("\"{key}\": null,"), ""), key, "null");
        }
        err_at(
            &doc(r#""config": {"tlb_entries": null},"#, ""),
            "config.tlb_entries",
            "null",
        );
    }

    #[test]
    fn every_key_is_read() {
        let s = ok(&doc(
            r#""config": {"tlb_entries": 32, "paddr_bits": "52", "mem_latency": 1000},
               "cr0_wp": false, "cr4_pge": true, "cr4_pcide": true, "cr4_smep": true,
               "cr4_smap": true, "cr4_pke": true, "efer_nxe": false, "rflags_ac": true,
               "pkru": "0xffffffff", "cr3": "0x7fff_ffff_ffff_ffff","#,
            r#"{"op": "access", "va": "0xffff_8000_0000_0000", "kind": "fetch", "user": true},
               {"op": "access", "va": "0x8000_0000_0000", "kind": "write", "user": false},
               {"op": "write_mem", "value": 5, "addr": "0xf_ffff_ffff_fff8"},
               {"op": "invlpg", "va": "0xfffe_0000_0000_0000"},
               {"op": "invpcid", "type": 0, "pcid": 4095, "va": 4096},
               {"va": "0x3000", "pcid": "7", "type": "0", "op": "invpcid"},
               {"op": "invpcid", "type": 1, "pcid": 0},
               {"op": "invpcid", "type": 2},
               {"type": 3, "op": "invpcid"},
               {"op": "write_cr3", "value": "0x8000_0000_0001_0001"},
               {"op": "write_cr", "reg": "cr4_smap", "value": false},
               {"value": true, "reg": "efer_nxe", "op": "write_cr"},
               {"op": "write_cr", "reg": "pkru", "value": "0xffff_ffff"},
               {"op": "write_cr", "value": 12, "reg": "pkru"}"#,
        ));
        assert_eq!(
            s.config,
            Config {
                tlb_entries: 32,
                paddr_bits: 52,
                mem_latency: 1000,
                pwc_entries: mmu_arch::PWC_ENTRIES_DEFAULT,
            }
        );
        assert_eq!(
            s.control,
            Control {
                cr0_wp: false,
                cr4_pge: true,
                cr4_pcide: true,
                cr4_smep: true,
                cr4_smap: true,
                cr4_pke: true,
                efer_nxe: false,
                rflags_ac: true,
                pkru: u32::MAX,
                cr3: 0x7fff_ffff_ffff_ffff,
            }
        );
        let access = |va, kind, user| Op::Access(Access { va, kind, user });
        assert_eq!(
            s.ops,
            vec![
                access(0xffff_8000_0000_0000, AccessKind::Fetch, true),
                access(0x8000_0000_0000, AccessKind::Write, false),
                Op::WriteMem {
                    addr: 0xf_ffff_ffff_fff8,
                    value: 5
                },
                Op::Invlpg {
                    va: 0xfffe_0000_0000_0000
                },
                Op::Invpcid {
                    kind: InvpcidType::Address,
                    pcid: 4095,
                    va: 4096
                },
                Op::Invpcid {
                    kind: InvpcidType::Address,
                    pcid: 7,
                    va: 0x3000
                },
                Op::Invpcid {
                    kind: InvpcidType::SingleContext,
                    pcid: 0,
                    va: 0
                },
                Op::Invpcid {
                    kind: InvpcidType::AllIncludingGlobal,
                    pcid: 0,
                    va: 0
                },
                Op::Invpcid {
                    kind: InvpcidType::AllNonGlobal,
                    pcid: 0,
                    va: 0
                },
                Op::WriteCr3 {
                    value: 0x8000_0000_0001_0001
                },
                Op::WriteCr {
                    reg: CrReg::Cr4Smap,
                    value: 0
                },
                Op::WriteCr {
                    reg: CrReg::EferNxe,
                    value: 1
                },
                Op::WriteCr {
                    reg: CrReg::Pkru,
                    value: 0xffff_ffff
                },
                Op::WriteCr {
                    reg: CrReg::Pkru,
                    value: 12
                },
            ]
        );
    }

    #[test]
    fn every_write_cr_register_is_accepted() {
        for reg in CrReg::ALL {
            let value = if reg.is_flag() { "true" } else { "3" };
            let s = ok(&doc(
                "",
                &format!(
                    r#"{{"op": "write_cr", "reg": "{}", "value": {value}}}"#,
                    reg.key()
                ),
            ));
            let want = if reg.is_flag() { 1 } else { 3 };
            assert_eq!(s.ops, vec![Op::WriteCr { reg, value: want }]);
        }
    }

    #[test]
    fn memory_is_kept_in_order() {
        let s = ok(
            r#"{"memory": [["0x18", 1], [8, "0x2"], ["0x0", "18446744073709551615"]], "ops": []}"#,
        );
        assert_eq!(s.memory, vec![(0x18, 1), (8, 2), (0, u64::MAX)]);
    }

    #[test]
    fn unknown_keys_are_rejected() {
        err_at(
            &doc(r#""description": "x","#, ""),
            "description",
            "unknown field",
        );
        err_at(
            &doc(r#""config": {"tlb_entries": 16, "ways": 4},"#, ""),
            "config.ways",
            "unknown field",
        );
        err_at(
            &doc("", r#"{"op": "invlpg", "va": 0, "kind": "read"}"#),
            "ops[0].kind",
            "op `invlpg` has no key `kind`",
        );
        err_at(
            &doc("", r#"{"op": "invlpg", "va": 0, "size": 4}"#),
            "ops[0].size",
            "unknown key for op `invlpg`",
        );
        err_at(
            &doc("", r#"{"size": 4, "op": "invlpg"}"#),
            "ops[0].size",
            "unknown key",
        );
        // A key the op does not take, seen before the op name: reported when the object ends.
        err_at(
            &doc("", r#"{"addr": 8, "op": "invlpg", "va": 0}"#),
            "ops[0]",
            "op `invlpg` has no key `addr`",
        );
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        err_at(
            &doc(r#""cr3": 0, "cr3": 0,"#, ""),
            "",
            "duplicate field `cr3`",
        );
        err_at(
            &doc("", r#"{"op": "invlpg", "va": 0, "va": 1}"#),
            "ops[0].va",
            "duplicate key",
        );
    }

    #[test]
    fn op_names_and_fields_are_checked() {
        err_at(
            &doc("", r#"{"op": "flush", "va": 0}"#),
            "ops[0].op",
            "unknown op \"flush\" (one of: access, write_mem, poison, invlpg, invpcid, write_cr3, write_cr)",
        );
        err_at(
            &doc("", r#"{"op": 3}"#),
            "ops[0].op",
            "invalid type: integer `3`, expected a string",
        );
        err_at(&doc("", r#"{"va": 0}"#), "ops[0]", "missing key `op`");
        err_at(&doc("", "[]"), "ops[0]", "invalid type");
        err_at(
            &doc(
                "",
                r#"{"op": "access", "va": 0, "kind": "exec", "user": false}"#,
            ),
            "ops[0].kind",
            "unknown access kind \"exec\" (one of: read, write, fetch)",
        );
        err_at(
            &doc(
                "",
                r#"{"op": "access", "va": 0, "kind": "read", "user": 1}"#,
            ),
            "ops[0].user",
            "expected a boolean",
        );
        err_at(
            &doc(
                "",
                r#"{"op": "access", "va": 0, "kind": "read", "user": "true"}"#,
            ),
            "ops[0].user",
            "expected a boolean",
        );
        for missing in ["va", "kind", "user"] {
            let mut fields = vec![r#""op": "access""#];
            for (k, v) in [
                ("va", r#""va": 0"#),
                ("kind", r#""kind": "read""#),
                ("user", r#""user": true"#),
            ] {
                if k != missing {
                    fields.push(v);
                }
            }
            let op = format!("{{{}}}", fields.join(", "));
            err_at(&doc("", &op), "ops[0]", &format!("needs `{missing}`"));
        }
        err_at(
            &doc("", r#"{"op": "write_mem", "addr": 8}"#),
            "ops[0]",
            "needs `value`",
        );
        err_at(
            &doc("", r#"{"op": "write_cr3"}"#),
            "ops[0]",
            "needs `value`",
        );
        err_at(
            &doc("", r#"{"op": "write_cr", "value": true}"#),
            "ops[0]",
            "needs `reg`",
        );
        err_at(&doc("", r#"{"op": "invlpg"}"#), "ops[0]", "needs `va`");
        err_at(
            &doc("", r#"{"op": "write_mem", "addr": 8, "value": true}"#),
            "ops[0].value",
            "expected a 64-bit number",
        );
        err_at(
            &doc("", r#"{"op": "write_cr3", "value": "0xg"}"#),
            "ops[0].value",
            "not a hex digit",
        );
    }

    #[test]
    fn invpcid_keys_follow_the_type() {
        let op = |body: &str| doc("", &format!(r#"{{"op": "invpcid", {body}}}"#));
        err_at(
            &op(r#""type": 4, "pcid": 0"#),
            "ops[0].type",
            "0..=3, got 4",
        );
        err_at(
            &op(r#""type": 0, "pcid": 4096, "va": 0"#),
            "ops[0].pcid",
            "0..=4095, got 4096",
        );
        err_at(
            &op(r#""type": 0, "pcid": 1"#),
            "ops[0]",
            "type 0 needs `va`",
        );
        err_at(
            &op(r#""type": 0, "va": 1"#),
            "ops[0]",
            "type 0 needs `pcid`",
        );
        err_at(&op(r#""type": 1"#), "ops[0]", "type 1 needs `pcid`");
        err_at(&op(r#""pcid": 1"#), "ops[0]", "needs `type`");
        err_at(
            &op(r#""type": 1, "pcid": 1, "va": 0"#),
            "ops[0].va",
            "type 1 does not use `va`",
        );
        err_at(
            &op(r#""type": 2, "pcid": 1"#),
            "ops[0].pcid",
            "type 2 does not use `pcid`",
        );
        err_at(
            &op(r#""type": 3, "va": 0"#),
            "ops[0].va",
            "type 3 does not use `va`",
        );
        // The same, with the type given last: found when the object ends.
        err_at(
            &op(r#""va": 0, "pcid": 1, "type": 1"#),
            "ops[0]",
            "type 1 does not use `va`",
        );
        err_at(
            &op(r#""pcid": 1, "type": 2"#),
            "ops[0]",
            "type 2 does not use `pcid`",
        );
    }

    #[test]
    fn write_cr_values_follow_the_register() {
        let op = |body: &str| doc("", &format!(r#"{{"op": "write_cr", {body}}}"#));
        err_at(
            &op(r#""reg": "cr3", "value": 0"#),
            "ops[0].reg",
            "unknown register \"cr3\"",
        );
        err_at(
            &op(r#""reg": "cr4_smep", "value": 1"#),
            "ops[0].value",
            "JSON bool",
        );
        err_at(
            &op(r#""reg": "pkru", "value": true"#),
            "ops[0].value",
            "below 2^32",
        );
        err_at(
            &op(r#""reg": "pkru", "value": 4294967296"#),
            "ops[0].value",
            "below 2^32",
        );
        err_at(
            &op(r#""reg": "pkru", "value": "-1""#),
            "ops[0].value",
            "negative",
        );
        // Value before the register: checked when the object ends.
        err_at(&op(r#""value": 1, "reg": "cr0_wp""#), "ops[0]", "JSON bool");
        err_at(
            &op(r#""value": "0x1_0000_0000", "reg": "pkru""#),
            "ops[0]",
            "below 2^32",
        );
        err_at(
            &op(r#""value": null, "reg": "pkru""#),
            "ops[0].value",
            "got null",
        );
    }

    #[test]
    fn control_keys_are_typed() {
        for key in [
            "cr0_wp",
            "cr4_pge",
            "cr4_pcide",
            "cr4_smep",
            "cr4_smap",
            "cr4_pke",
            "efer_nxe",
            "rflags_ac",
        ] {
            err_at(
                &doc(&format!("\"{key}\": 1,"), ""),
                key,
                "expected a boolean",
            );
        }
        err_at(
            &doc(r#""pkru": 4294967296,"#, ""),
            "pkru",
            "0..=4294967295, got 4294967296",
        );
        err_at(
            &doc(r#""pkru": false,"#, ""),
            "pkru",
            "expected a 64-bit number",
        );
        err_at(
            &doc(r#""cr3": "0x8000_0000_0000_0000","#, ""),
            "cr3",
            "bit 63",
        );
        err_at(&doc(r#""cr3": -4096,"#, ""), "cr3", "negative");
    }

    #[test]
    fn config_ranges() {
        let cfg = |body: &str| doc(&format!(r#""config": {{{body}}},"#), "");
        for n in [1usize, 2, 16, 1 << 20] {
            assert_eq!(
                ok(&cfg(&format!(r#""tlb_entries": {n}"#)))
                    .config
                    .tlb_entries,
                n
            );
        }
        for n in ["0", "3", "12", "\"0x3000\""] {
            err_at(
                &cfg(&format!(r#""tlb_entries": {n}"#)),
                "config.tlb_entries",
                "power of two",
            );
        }
        for n in [32u32, 40, 52] {
            assert_eq!(
                ok(&cfg(&format!(r#""paddr_bits": {n}"#))).config.paddr_bits,
                n
            );
        }
        for n in [0, 31, 53, 64] {
            err_at(
                &cfg(&format!(r#""paddr_bits": {n}"#)),
                "config.paddr_bits",
                "32..=52",
            );
        }
        for n in [1u32, 1000] {
            assert_eq!(
                ok(&cfg(&format!(r#""mem_latency": {n}"#)))
                    .config
                    .mem_latency,
                n
            );
        }
        for n in [0, 1001] {
            err_at(
                &cfg(&format!(r#""mem_latency": {n}"#)),
                "config.mem_latency",
                "1..=1000",
            );
        }
        err_at(&doc(r#""config": [],"#, ""), "config", "invalid type");
    }

    #[test]
    fn memory_entries_are_checked() {
        let mem = |body: &str| format!(r#"{{"memory": [{body}], "ops": []}}"#);
        err_at(&mem(r#"["0x10"]"#), "memory[0]", "fewer than 2");
        err_at(&mem("[]"), "memory[0]", "fewer than 2");
        err_at(&mem(r#"["0x10", 1, 2]"#), "memory[0]", "more than 2");
        err_at(
            &mem(r#"{"addr": 16, "value": 1}"#),
            "memory[0]",
            "[addr, value] pair",
        );
        err_at(&mem(r#"["0x14", 1]"#), "memory[0][0]", "not 8-byte aligned");
        err_at(&mem(r#"[8, "0xq"]"#), "memory[0][1]", "not a hex digit");
        err_at(
            &mem(r#"[8, 1], [16, 2], ["0x8", 3]"#),
            "memory",
            "entry 2: address 0x8 is already given by entry 0",
        );
        err_at(r#"{"memory": {}, "ops": []}"#, "memory", "invalid type");
        err_at(r#"{"ops": []}"#, "", "missing field `memory`");
    }

    #[test]
    fn addresses_beyond_maxphyaddr_are_rejected() {
        // The config may come after the memory: the check uses it anyway (and then has no line).
        let e = err(
            r#"{"memory": [[0, 0], ["0x1_0000_0000", 1]], "config": {"paddr_bits": 32}, "ops": []}"#,
        );
        assert_eq!(e.key_path(), Some("memory[1][0]"));
        assert!(e.message().contains("beyond MAXPHYADDR"), "{e}");
        ok(r#"{"memory": [["0xffff_fff8", 1]], "config": {"paddr_bits": 32}, "ops": []}"#);
        // Default paddr_bits is 40.
        err(&doc(
            "",
            r#"{"op": "write_mem", "addr": "0x100_0000_0000", "value": 0}"#,
        ));
        let e = err(&doc(
            r#""config": {"paddr_bits": 52},"#,
            r#"{"op": "invlpg", "va": 0}, {"op": "write_mem", "addr": "0x10_0000_0000_0000", "value": 0}"#,
        ));
        assert_eq!(e.key_path(), Some("ops[1].addr"));
        assert!(e.message().contains("beyond MAXPHYADDR"), "{e}");
        ok(&doc(
            r#""config": {"paddr_bits": 52},"#,
            r#"{"op": "write_mem", "addr": "0xf_ffff_ffff_fff8", "value": 0}"#,
        ));
        err_at(
            &doc("", r#"{"op": "write_mem", "addr": 12, "value": 0}"#),
            "ops[0].addr",
            "not 8-byte aligned",
        );
    }

    #[test]
    fn malformed_json_reports_a_line() {
        let e = err("{\n\"memory\": [],\n\"ops\": [\n{\"op\": \"invlpg\" \"va\": 0}\n]}");
        assert_eq!(e.line(), Some(4), "{e}");
        let e = err("{\"memory\": [], \"ops\": []} trailing");
        assert!(e.message().contains("trailing characters"), "{e}");
        let e = err("");
        assert!(e.message().contains("EOF"), "{e}");
        err_at(r#"{"memory": [], "ops": [], "#, "", "EOF");
        err_at(r#"{"memory": [], "ops": [], "config": {"#, "config", "EOF");
        err_at("[]", "", "invalid type");
        err_at(
            r#"[null, null, null, null, null, null, null, null, null, null, null, [], []]"#,
            "",
            "invalid type",
        );
        let deep = "[".repeat(10_000);
        let _ = err(&format!(r#"{{"memory": [], "ops": [], "cr3": {deep}"#));
    }

    #[test]
    fn messages_stay_on_one_printable_line() {
        let e = err(&doc("", "{\"op\": \"invlpg\", \"v\\na\\u0007\": 0}"));
        assert_eq!(e.key_path(), Some("ops[0].v\na\u{7}"));
        let shown = e.to_string();
        assert!(shown.contains("ops[0].v\\na\\u{7}: unknown key"), "{shown}");
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
    }

    #[test]
    fn load_names_the_file() {
        let dir = std::env::temp_dir().join(format!("mmu-scenario-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.json");
        let e = load_scenario(&missing).unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("{}: cannot read", missing.display())),
            "{e}"
        );

        let bad_utf8 = dir.join("latin1.json");
        std::fs::write(&bad_utf8, b"{\"memory\": [], \"ops\": [] \xff}").unwrap();
        let e = load_scenario(&bad_utf8).unwrap_err();
        assert!(e.to_string().contains("latin1.json: not UTF-8 text"), "{e}");

        let good = dir.join("good.json");
        std::fs::write(&good, doc("", r#"{"op": "invlpg", "va": 0}"#)).unwrap();
        assert_eq!(
            load_scenario(&good).unwrap().ops,
            vec![Op::Invlpg { va: 0 }]
        );

        let bad = dir.join("bad.json");
        std::fs::write(&bad, doc("", r#"{"op": "invlpg", "va": -1}"#)).unwrap();
        let e = load_scenario(&bad).unwrap_err();
        assert!(
            e.to_string().starts_with(&format!("{}:4:", bad.display())),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn result_document() {
        let r = RunResult {
            results: vec![
                AccessResult {
                    op_index: 0,
                    outcome: Outcome::Ok { pa: 0xABC567 },
                    tlb_hit: Some(false),
                    cycles: Some(14),
                    walk_reads: Some(3),
                },
                AccessResult {
                    op_index: 5,
                    outcome: Outcome::PageFault {
                        error_code: 7,
                        cr2: 0x80_8060_4567,
                    },
                    tlb_hit: None,
                    cycles: None,
                    walk_reads: None,
                },
                AccessResult {
                    op_index: 6,
                    outcome: Outcome::GeneralProtection,
                    tlb_hit: Some(true),
                    cycles: None,
                    walk_reads: None,
                },
            ],
            memory_after: vec![(0x10008, 0x11027), (0x13020, u64::MAX)],
        };
        let want = serde_json::json!({
            "results": [
                {"op_index": 0, "outcome": "ok", "pa": "0xabc567", "tlb_hit": false, "cycles": 14, "walk_reads": 3},
                {"op_index": 5, "outcome": "pf", "error_code": 7, "cr2": "0x8080604567"},
                {"op_index": 6, "outcome": "gp", "tlb_hit": true}
            ],
            "memory_after": [["0x10008", "0x11027"], ["0x13020", "0xffffffffffffffff"]]
        });
        assert_eq!(result_to_json(&r), want);
        // Keys in the order of the format, one per line.
        let text = result_to_pretty(&r);
        let first = text.find("\"op_index\": 0").unwrap();
        let outcome = text.find("\"outcome\": \"ok\"").unwrap();
        let pa = text.find("\"pa\": \"0xabc567\"").unwrap();
        assert!(first < outcome && outcome < pa, "{text}");
        assert!(text.find("\"results\"").unwrap() < text.find("\"memory_after\"").unwrap());
        assert!(text.ends_with("}\n"));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), want);
        let empty = RunResult {
            results: vec![],
            memory_after: vec![],
        };
        assert_eq!(
            result_to_json(&empty),
            serde_json::json!({"results": [], "memory_after": []})
        );
    }

    #[test]
    fn access_count_counts_accesses_only() {
        let s = ok(&doc(
            "",
            r#"{"op": "invlpg", "va": 0},
               {"op": "access", "va": 0, "kind": "read", "user": false},
               {"op": "write_cr3", "value": 0},
               {"op": "access", "va": 0, "kind": "write", "user": true}"#,
        ));
        assert_eq!(access_count(&s), 2);
    }
}
