//! Hostile material and the generators built on it: numbers, words, keys and values, JSON ops and `.mmu`
//! directive lines with hostile or edge operands.

use mmu_arch::CrReg;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Numbers the parsers must refuse or take exactly: overflow, sign, fractions, bad digits and separators, other bases,
/// non-ASCII digits, and the values at the edge of every range.
pub const EVIL_NUMBERS: &[&str] = &[
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
pub const JUNK: &[&[u8]] = &[
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
pub const RUNS: &[&str] = &[
    "9", "f", " ", "a", "[", "{\"a\":", "0x", "_", "\t", "-", "->", "=", "\"", "\\", "\n", "#",
    "[0,", "é",
];

pub const RUN_LENGTHS: &[usize] = &[100, 4096, 65_536, 200_000];

/// Tokens that may replace a JSON token.
pub const JSON_WORDS: &[&str] = &[
    "null",
    "true",
    "false",
    "\"read\"",
    "\"write\"",
    "\"fetch\"",
    "\"access\"",
    "\"pair\"",
    "\"data\"",
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
pub const MMU_WORDS: &[&str] = &[
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
    "pair",
    "data",
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
    "l1",
    "l2",
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
    "itlb_entries=32",
    "paddr_bits=53",
    "mem_latency=0",
    "=",
    "->",
    "#",
    "x=",
];

/// Keys an object may get: every key of the format, near misses, control characters, and keys of the result document.
pub const KEYS: &[&str] = &[
    "config",
    "tlb_entries",
    "itlb_entries",
    "fetch",
    "data",
    "tlb",
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
pub const VALUES: &[&str] = &[
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

pub const NEST_DEPTHS: &[usize] = &[2, 64, 127, 128, 129, 200, 5000, 100_000];

pub fn idx() -> impl Strategy<Value = usize> + Clone {
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
pub fn json_op() -> BoxedStrategy<String> {
    let n = json_number;
    prop_oneof![
        (n(), 0..4usize, any::<bool>(), prop::option::of((n(), 0..4usize))).prop_map(
            |(va, k, u, pair)| {
                let kind = ["read", "write", "fetch", "Read"];
                match pair {
                    None => format!(
                        "{{\"op\": \"access\", \"va\": {va}, \"kind\": \"{}\", \"user\": {u}}}",
                        kind[k]
                    ),
                    // A pair: a `kind` in its fetch unless the first kind drawn is "fetch" (then none, as it must).
                    Some((data_va, dk)) => {
                        let fetch_kind = if k == 2 {
                            String::new()
                        } else {
                            format!(", \"kind\": \"{}\"", kind[k])
                        };
                        format!(
                            "{{\"op\": \"pair\", \"fetch\": {{\"va\": {va}{fetch_kind}, \"user\": {u}}}, \
                             \"data\": {{\"va\": {data_va}, \"kind\": \"{}\", \"user\": {u}}}}}",
                            kind[dk]
                        )
                    }
                }
            }
        ),
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
pub fn mmu_line() -> BoxedStrategy<String> {
    let n = mmu_number;
    let word = || select(MMU_WORDS);
    prop_oneof![
        (
            select(
                &[
                    "tlb_entries",
                    "itlb_entries",
                    "paddr_bits",
                    "mem_latency",
                    "tlb"
                ][..]
            ),
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
            n(),
            prop::option::of((
                select(&["read", "write", "fetch"][..]),
                select(&["user", "sup"][..]),
                n()
            ))
        )
            .prop_map(|(k, u, va, second)| match second {
                None => format!("{k} {u} {va}"),
                Some((k2, u2, va2)) => format!("pair {k} {u} {va} {k2} {u2} {va2}"),
            }),
        (n(), n(), n(), 0..4usize).prop_map(|(t, p, va, keys)| match keys {
            0 => format!("invpcid {t}"),
            1 => format!("invpcid {t} pcid={p}"),
            2 => format!("invpcid {t} va={va} pcid={p}"),
            _ => format!("invpcid {t} pcid={p} va={va}"),
        }),
        (
            select(&["", "fetch ", "data "][..]),
            select(&["ok", "pf", "gp"][..]),
            vec(word(), 0..3),
            prop::option::of(n())
        )
            .prop_map(|(side, o, words, pa)| {
                let pa = pa.map(|p| format!(" pa={p}")).unwrap_or_default();
                format!("expect {side}{o}{pa} {}", words.join(" "))
            }),
    ]
    .boxed()
}
