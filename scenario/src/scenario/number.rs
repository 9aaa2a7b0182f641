//! Numbers in a scenario: the accepted forms (`0x` hex or decimal, as a JSON number or string), ranged
//! newtypes for keys with limits, and the deserializers shared by the document and the ops.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use mmu_arch::{Config, InvpcidType, PADDR_BITS_MAX, PADDR_BITS_MIN, PWC_ENTRIES_MAX};

use super::{MEM_LATENCY_MAX, NUMBER_FORMS, TLB_ENTRIES_MAX};

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
pub(super) struct Num(pub(super) u64);

pub(super) struct NumVisitor;

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
pub(super) fn ranged<'de, D: Deserializer<'de>>(
    d: D,
    lo: u64,
    hi: u64,
    what: &str,
) -> Result<u64, D::Error> {
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
        pub(super) struct $name(pub(super) $ty);

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

/// A TLB size under the config key `key`: a power of two, at least 1, at most [`TLB_ENTRIES_MAX`].
fn tlb_size<'de, D: Deserializer<'de>>(d: D, key: &str) -> Result<usize, D::Error> {
    let v = Num::deserialize(d)?.0;
    match usize::try_from(v) {
        Ok(n) if n.is_power_of_two() && n <= TLB_ENTRIES_MAX => Ok(n),
        _ => Err(de::Error::custom(format!(
            "{key} must be a power of two (1, 2, 4, ... {TLB_ENTRIES_MAX}), got {v}"
        ))),
    }
}

/// `tlb_entries`: the data TLB's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TlbEntries(pub(super) usize);

impl<'de> Deserialize<'de> for TlbEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        tlb_size(d, "tlb_entries").map(TlbEntries)
    }
}

/// `dtlb_entries`: another name for `tlb_entries`, the data TLB's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct DtlbEntries(pub(super) usize);

impl<'de> Deserialize<'de> for DtlbEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        tlb_size(d, "dtlb_entries").map(DtlbEntries)
    }
}

/// `itlb_entries`: the instruction TLB's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ItlbEntries(pub(super) usize);

impl<'de> Deserialize<'de> for ItlbEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        tlb_size(d, "itlb_entries").map(ItlbEntries)
    }
}

/// `pwc_entries`: 0 or a power of two up to [`PWC_ENTRIES_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct PwcEntries(pub(super) usize);

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

/// An L2 dimension under its config key, judged by [`Config::validate`] alone so that the format and the model cannot
/// disagree on what is valid: `set` puts the value into an otherwise default (valid) configuration.
fn l2_dimension<'de, D: Deserializer<'de>>(
    d: D,
    set: fn(&mut Config, usize),
) -> Result<usize, D::Error> {
    let v = Num::deserialize(d)?.0;
    let n = usize::try_from(v).map_err(|_| de::Error::custom(format!("{v} is too large")))?;
    let mut config = Config::default();
    set(&mut config, n);
    config.validate().map(|()| n).map_err(|m| {
        // The key path already says `config.`: the message names the key alone, as the other keys' do.
        de::Error::custom(m.strip_prefix("config.").unwrap_or(&m))
    })
}

/// `l2_sets`: 0 (no L2) or a power of two up to `L2_SETS_MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct L2Sets(pub(super) usize);

impl<'de> Deserialize<'de> for L2Sets {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        l2_dimension(d, |c, n| c.l2_sets = n).map(L2Sets)
    }
}

/// `l2_ways`: 0 (no L2) or a power of two up to `L2_WAYS_MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct L2Ways(pub(super) usize);

impl<'de> Deserialize<'de> for L2Ways {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        l2_dimension(d, |c, n| c.l2_ways = n).map(L2Ways)
    }
}

/// The INVPCID type number, 0..=3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct InvpcidTypeNum(pub(super) InvpcidType);

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
pub(super) struct WordAddr(pub(super) u64);

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
pub(super) struct InitialCr3(pub(super) u64);

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
pub(super) struct MapOnly<T>(pub(super) T);

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
pub(super) fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use crate::scenario::test_support::*;

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
    fn l2_geometry_and_the_dtlb_alias() {
        let cfg = |body: &str| doc(&format!(r#""config": {{{body}}},"#), "");
        let c = ok(&cfg(r#""l2_sets": 512, "l2_ways": "8""#)).config;
        assert_eq!((c.l2_sets, c.l2_ways), (512, 8));
        // 0 in either disables the L2; the other keeps its value.
        let c = ok(&cfg(r#""l2_sets": 0"#)).config;
        assert_eq!((c.l2_sets, c.l2_ways, c.l2_enabled()), (0, 4, false));
        let c = ok(&cfg(r#""l2_ways": "0x1""#)).config;
        assert_eq!((c.l2_sets, c.l2_ways), (128, 1));
        for n in ["3", "1024", "\"0x3000\"", "18446744073709551615"] {
            err_at(
                &cfg(&format!(r#""l2_sets": {n}"#)),
                "config.l2_sets",
                "l2_sets must be 0 or a power of two up to 512",
            );
        }
        for n in ["6", "16"] {
            let e = err_at(
                &cfg(&format!(r#""l2_ways": {n}"#)),
                "config.l2_ways",
                "l2_ways must be 0 or a power of two up to 8",
            );
            assert!(!e.message().contains("config."), "{e}");
        }
        err_at(&cfg(r#""l2_ways": -1"#), "config.l2_ways", "negative");
        err_at(&cfg(r#""l2_sets": null"#), "config.l2_sets", "null");
        // `dtlb_entries` is `tlb_entries` by its other name.
        assert_eq!(ok(&cfg(r#""dtlb_entries": 32"#)).config.tlb_entries, 32);
        let both = ok(&cfg(r#""tlb_entries": 8, "dtlb_entries": "0x8""#)).config;
        assert_eq!(both.tlb_entries, 8);
        err_at(
            &cfg(r#""dtlb_entries": 12"#),
            "config.dtlb_entries",
            "dtlb_entries must be a power of two",
        );
        // Two different sizes for one TLB: the document is wrong, whichever comes first.
        for body in [
            r#""tlb_entries": 16, "dtlb_entries": 8"#,
            r#""dtlb_entries": 8, "tlb_entries": 16"#,
        ] {
            let e = err(&cfg(body));
            assert_eq!(e.key_path(), Some("config.dtlb_entries"), "{e}");
            assert!(
                e.message().contains("dtlb_entries = 8")
                    && e.message().contains("tlb_entries = 16"),
                "{e}"
            );
        }
    }
}
