//! The two accesses of a `pair` op: its `fetch` object (`va`, `user`), always an instruction fetch on the fetch port,
//! and its `data` object (`va`, `kind` read or write, `user`) on the data port. Every key is required, as in `access`;
//! a kind that does not belong on the port is an error at its key.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use mmu_arch::{Access, AccessKind};

use super::number::Num;
use super::ops::reject;

/// Which access of a pair an object describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Side {
    Fetch,
    Data,
}

impl Side {
    /// The keys the object takes, for messages.
    fn keys(self) -> &'static str {
        match self {
            Side::Fetch => "va, user",
            Side::Data => "va, kind, user",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Side::Fetch => "the fetch of a pair",
            Side::Data => "the data access of a pair",
        }
    }
}

/// `kind` of a pair's data access: a read or a write.
struct DataKind(AccessKind);

impl<'de> Deserialize<'de> for DataKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "read" => Ok(DataKind(AccessKind::Read)),
            "write" => Ok(DataKind(AccessKind::Write)),
            "fetch" => Err(de::Error::custom(
                "the data access of a pair is a read or a write (the data port); the fetch goes in the pair's \
                 `fetch`",
            )),
            _ => Err(de::Error::custom(format!(
                "unknown access kind {s:?} for the data access of a pair (one of: read, write)"
            ))),
        }
    }
}

/// Reads one side of a pair as an [`Access`].
pub(super) struct SideSeed(pub(super) Side);

impl<'de> DeserializeSeed<'de> for SideSeed {
    type Value = Access;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Access, D::Error> {
        d.deserialize_map(SideVisitor(self.0))
    }
}

struct SideVisitor(Side);

impl<'de> Visitor<'de> for SideVisitor {
    type Value = Access;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Side::Fetch => f.write_str(
                "the fetch of a pair: an object such as {\"va\": \"0x1000\", \"user\": false}",
            ),
            Side::Data => f.write_str(
                "the data access of a pair: an object such as {\"va\": \"0x1000\", \"kind\": \"read\", \
                 \"user\": false}",
            ),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Access, A::Error> {
        let side = self.0;
        let (mut va, mut kind, mut user) = (None, None, None);
        while let Some(name) = map.next_key::<String>()? {
            let seen = match name.as_str() {
                "va" => va.is_some(),
                "kind" => kind.is_some(),
                "user" => user.is_some(),
                _ => {
                    let msg = format!(
                        "unknown key for {} (its keys: {})",
                        side.what(),
                        side.keys()
                    );
                    return Err(reject(&mut map, msg));
                }
            };
            if seen {
                return Err(reject(&mut map, "duplicate key".into()));
            }
            match name.as_str() {
                "va" => va = Some(map.next_value::<Num>()?.0),
                "user" => user = Some(map.next_value::<bool>()?),
                _ if side == Side::Fetch => {
                    let msg = "`fetch` has no key `kind`: it is always an instruction fetch (its keys: va, user)";
                    return Err(reject(&mut map, msg.into()));
                }
                _ => kind = Some(map.next_value::<DataKind>()?.0),
            }
        }
        let needs = |key: &str| {
            de::Error::custom(format!(
                "{} needs `{key}` (missing; its keys: {})",
                side.what(),
                side.keys()
            ))
        };
        let va = va.ok_or_else(|| needs("va"))?;
        let kind = match side {
            Side::Fetch => AccessKind::Fetch,
            Side::Data => kind.ok_or_else(|| needs("kind"))?,
        };
        let user = user.ok_or_else(|| needs("user"))?;
        Ok(Access { va, kind, user })
    }
}

#[cfg(test)]
mod tests {
    use mmu_arch::{Access, AccessKind, Op};

    use crate::scenario::test_support::*;

    fn pair(fetch: &str, data: &str) -> String {
        doc(
            "",
            &format!(r#"{{"op": "pair", "fetch": {fetch}, "data": {data}}}"#),
        )
    }

    const FETCH: &str = r#"{"va": "0x401000", "user": true}"#;
    const DATA: &str = r#"{"va": "0x7000", "kind": "write", "user": false}"#;

    #[test]
    fn a_pair_holds_a_fetch_and_a_data_access() {
        let s = ok(&pair(FETCH, DATA));
        let want = Op::Pair {
            fetch: Access {
                va: 0x40_1000,
                kind: AccessKind::Fetch,
                user: true,
            },
            data: Access {
                va: 0x7000,
                kind: AccessKind::Write,
                user: false,
            },
        };
        assert_eq!(s.ops, vec![want.clone()]);
        // Keys in any order, the sides before the op name too.
        let s = ok(&doc(
            "",
            &format!(
                r#"{{"data": {{"user": false, "kind": "write", "va": 28672}}, "fetch": {FETCH}, "op": "pair"}}"#
            ),
        ));
        assert_eq!(s.ops, vec![want]);
    }

    #[test]
    fn bad_pairs_name_the_key() {
        err_at(
            &pair(FETCH, r#"{"va": 0, "kind": "fetch", "user": false}"#),
            "ops[0].data.kind",
            "the data access of a pair is a read or a write",
        );
        err_at(
            &pair(FETCH, r#"{"va": 0, "kind": "exec", "user": false}"#),
            "ops[0].data.kind",
            "unknown access kind \"exec\" for the data access of a pair (one of: read, write)",
        );
        err_at(
            &pair(r#"{"va": 0, "kind": "fetch", "user": false}"#, DATA),
            "ops[0].fetch.kind",
            "`fetch` has no key `kind`",
        );
        err_at(
            &pair(r#"{"va": 0, "user": false, "size": 4}"#, DATA),
            "ops[0].fetch.size",
            "unknown key for the fetch of a pair (its keys: va, user)",
        );
        err_at(
            &pair(
                FETCH,
                r#"{"va": 0, "va": 1, "kind": "read", "user": false}"#,
            ),
            "ops[0].data.va",
            "duplicate key",
        );
        err_at(
            &pair(r#"{"va": 0}"#, DATA),
            "ops[0].fetch",
            "the fetch of a pair needs `user`",
        );
        err_at(
            &pair(FETCH, r#"{"va": 0, "user": true}"#),
            "ops[0].data",
            "the data access of a pair needs `kind`",
        );
        err_at(
            &pair(FETCH, r#"{"va": -1, "kind": "read", "user": true}"#),
            "ops[0].data.va",
            "negative",
        );
        err_at(&pair(FETCH, "[]"), "ops[0].data", "invalid type");
        err_at(
            &doc("", &format!(r#"{{"op": "pair", "fetch": {FETCH}}}"#)),
            "ops[0]",
            "op `pair` needs `data`",
        );
        err_at(
            &doc(
                "",
                &format!(r#"{{"op": "pair", "fetch": {FETCH}, "data": {DATA}, "va": 0}}"#),
            ),
            "ops[0].va",
            "op `pair` has no key `va` (its keys: op, fetch, data)",
        );
        err_at(
            &doc(
                "",
                &format!(
                    r#"{{"op": "access", "va": 0, "kind": "read", "user": true, "fetch": {FETCH}}}"#
                ),
            ),
            "ops[0].fetch",
            "op `access` has no key `fetch`",
        );
    }
}
