//! The scenario document as read: `memory`, `config` and the control keys, and the checks that need the whole
//! document (addresses against `config.paddr_bits`).

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::Deserialize;

use mmu_arch::{Config, Control, Op};
use mmu_model::engine::Scenario;

use super::number::*;
use super::ops::RawOp;
use super::ScenarioError;

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default, deserialize_with = "present")]
    tlb_entries: Option<TlbEntries>,
    #[serde(default, deserialize_with = "present")]
    dtlb_entries: Option<DtlbEntries>,
    #[serde(default, deserialize_with = "present")]
    itlb_entries: Option<ItlbEntries>,
    #[serde(default, deserialize_with = "present")]
    paddr_bits: Option<PaddrBits>,
    #[serde(default, deserialize_with = "present")]
    mem_latency: Option<MemLatency>,
    #[serde(default, deserialize_with = "present")]
    pwc_entries: Option<PwcEntries>,
    #[serde(default, deserialize_with = "present")]
    l2_sets: Option<L2Sets>,
    #[serde(default, deserialize_with = "present")]
    l2_ways: Option<L2Ways>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScenario {
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
    pub(super) fn into_scenario(self) -> Result<Scenario, ScenarioError> {
        let mut config = Config::default();
        if let Some(MapOnly(c)) = self.config {
            match (c.tlb_entries, c.dtlb_entries) {
                (Some(t), Some(d)) if t.0 != d.0 => {
                    return Err(ScenarioError::new(
                        Some("config.dtlb_entries".into()),
                        format!(
                            "dtlb_entries = {} but tlb_entries = {}: both name the data TLB's size; give one of \
                             them, or the same value",
                            d.0, t.0
                        ),
                    ))
                }
                (Some(TlbEntries(n)), _) | (None, Some(DtlbEntries(n))) => config.tlb_entries = n,
                (None, None) => {}
            }
            if let Some(v) = c.itlb_entries {
                config.itlb_entries = v.0;
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
            if let Some(v) = c.l2_sets {
                config.l2_sets = v.0;
            }
            if let Some(v) = c.l2_ways {
                config.l2_ways = v.0;
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
            if let Op::WriteMem { addr, .. }
            | Op::Poison { addr }
            | Op::ExternalWrite { addr, .. } = *op
            {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::test_support::*;
    use mmu_arch::{Access, AccessKind, CrReg, InvpcidType};

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
        err_at(
            &doc(r#""config": {"itlb_entries": 12},"#, ""),
            "config.itlb_entries",
            "itlb_entries must be a power of two",
        );
    }

    #[test]
    fn every_key_is_read() {
        let s = ok(&doc(
            r#""config": {"tlb_entries": 32, "itlb_entries": "4", "paddr_bits": "52", "mem_latency": 1000,
                          "pwc_entries": 2, "l2_sets": "0x200", "l2_ways": 2},
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
                itlb_entries: 4,
                paddr_bits: 52,
                mem_latency: 1000,
                pwc_entries: 2,
                l2_sets: 512,
                l2_ways: 2,
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
}
