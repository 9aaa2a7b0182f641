//! The `ops` list of a scenario: op names, the keys each op takes, and the checks of their values. The two accesses of
//! a `pair` are read by [`super::pair`].

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use mmu_arch::{Access, AccessKind, CrReg, InvpcidType, Op};

use super::number::*;
use super::pair::{Side, SideSeed};
use super::NUMBER_FORMS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpName {
    Access,
    Pair,
    WriteMem,
    Poison,
    ExternalWrite,
    Invlpg,
    Invpcid,
    WriteCr3,
    WriteCr,
}

impl OpName {
    const ALL: [OpName; 9] = [
        OpName::Access,
        OpName::Pair,
        OpName::WriteMem,
        OpName::Poison,
        OpName::ExternalWrite,
        OpName::Invlpg,
        OpName::Invpcid,
        OpName::WriteCr3,
        OpName::WriteCr,
    ];

    fn key(self) -> &'static str {
        match self {
            OpName::Access => "access",
            OpName::Pair => "pair",
            OpName::WriteMem => "write_mem",
            OpName::Poison => "poison",
            OpName::ExternalWrite => "external_write",
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
    Fetch,
    Data,
}

impl OpKey {
    const ALL: [OpKey; 11] = [
        OpKey::Op,
        OpKey::Va,
        OpKey::Kind,
        OpKey::User,
        OpKey::Addr,
        OpKey::Value,
        OpKey::Type,
        OpKey::Pcid,
        OpKey::Reg,
        OpKey::Fetch,
        OpKey::Data,
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
            OpKey::Fetch => "fetch",
            OpKey::Data => "data",
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
        OpName::Pair => &[K::Op, K::Fetch, K::Data],
        OpName::WriteMem => &[K::Op, K::Addr, K::Value],
        OpName::Poison => &[K::Op, K::Addr],
        OpName::ExternalWrite => &[K::Op, K::Addr, K::Value],
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
        (Some(OpName::WriteMem | OpName::ExternalWrite | OpName::WriteCr3), _) => {
            ValueExpect::Number
        }
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
pub(super) struct RawOp(pub(super) Op);

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
    fetch: Option<Access>,
    data: Option<Access>,
}

impl OpFields {
    fn has(&self, k: OpKey) -> bool {
        self.seen & k.bit() != 0
    }

    /// Checks the finished object and builds the op; the error is the message.
    fn finish(self) -> Result<Op, String> {
        let Some(op) = self.op else {
            let names: Vec<&str> = OpName::ALL.iter().map(|o| o.key()).collect();
            return Err(format!("missing key `op` (one of {})", names.join(", ")));
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
            OpName::Pair => Op::Pair {
                fetch: self.fetch.ok_or_else(|| missing(OpKey::Fetch))?,
                data: self.data.ok_or_else(|| missing(OpKey::Data))?,
            },
            OpName::WriteMem => Op::WriteMem {
                addr: self.addr.ok_or_else(|| missing(OpKey::Addr))?,
                value: num(value(ValueExpect::Number)?),
            },
            OpName::Poison => Op::Poison {
                addr: self.addr.ok_or_else(|| missing(OpKey::Addr))?,
            },
            OpName::ExternalWrite => Op::ExternalWrite {
                addr: self.addr.ok_or_else(|| missing(OpKey::Addr))?,
                value: num(value(ValueExpect::Number)?),
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
                        OpKey::Fetch => f.fetch = Some(map.next_value_seed(SideSeed(Side::Fetch))?),
                        OpKey::Data => f.data = Some(map.next_value_seed(SideSeed(Side::Data))?),
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
pub(super) fn reject<'de, A: MapAccess<'de>>(map: &mut A, msg: String) -> A::Error {
    match map.next_value_seed(Reject(msg.clone())) {
        Err(e) => e,
        Ok(()) => de::Error::custom(msg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::test_support::*;

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
    fn op_names_and_fields_are_checked() {
        err_at(
            &doc("", r#"{"op": "flush", "va": 0}"#),
            "ops[0].op",
            "unknown op \"flush\" (one of: access, pair, write_mem, poison, external_write, invlpg, invpcid, write_cr3, write_cr)",
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
}
