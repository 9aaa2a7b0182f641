//! Printing a scenario as JSON text in the scenario format ([`scenario_to_json`]).

use serde_json::{json, Value};

use mmu_arch::{Access, CrReg, InvpcidType, Op};
use mmu_model::engine::Scenario;

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

/// One side of a pair: the fetch's object has no `kind`.
fn side_to_json(a: &Access) -> String {
    let mut e = vec![("va", hex(a.va))];
    if !a.kind.is_fetch() {
        e.push(("kind", json!(a.kind.name())));
    }
    e.push(("user", json!(a.user)));
    flat(&e)
}

fn op_to_json(op: &Op) -> String {
    match *op {
        Op::Access(a) => flat(&[
            ("op", json!("access")),
            ("va", hex(a.va)),
            ("kind", json!(a.kind.name())),
            ("user", json!(a.user)),
        ]),
        Op::Pair { fetch, data } => format!(
            "{{\"op\": \"pair\", \"fetch\": {}, \"data\": {}}}",
            side_to_json(&fetch),
            side_to_json(&data)
        ),
        Op::WriteMem { addr, value } => flat(&[
            ("op", json!("write_mem")),
            ("addr", hex(addr)),
            ("value", hex(value)),
        ]),
        Op::Poison { addr } => flat(&[("op", json!("poison")), ("addr", hex(addr))]),
        Op::ExternalWrite { addr, value } => flat(&[
            ("op", json!("external_write")),
            ("addr", hex(addr)),
            ("value", hex(value)),
        ]),
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
            ("itlb_entries", json!(s.config.itlb_entries)),
            ("paddr_bits", json!(s.config.paddr_bits)),
            ("mem_latency", json!(s.config.mem_latency)),
            ("pwc_entries", json!(s.config.pwc_entries)),
            ("l2_sets", json!(s.config.l2_sets)),
            ("l2_ways", json!(s.config.l2_ways)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::test_support::compile;
    use crate::scenario::parse_scenario;

    #[test]
    fn json_round_trip() {
        let c = compile(
            "config dtlb_entries=8 itlb_entries=16 paddr_bits=46 mem_latency=3 l2_sets=512 l2_ways=2\n\
             tables at 0x10000\ncr4 pcide on\n\
             cr3 0x10005\n\
             efer nxe off\nrflags ac on\npkru 0xc\nmap 0x1000 -> 0x5000 4K rw\nmem 0x20000 = 0xdead\n\
             read user 0x1000\nwrite sup 0x1000\nfetch sup 0xffff_8000_0000_0000\ninvlpg 0x1000\n\
             pair fetch user 0x1000 write sup 0x2008\npair fetch sup 0x3000 read user 0x1000\n\
             invpcid 0 pcid=5 va=0x1000\ninvpcid 1 pcid=4095\ninvpcid 2\ninvpcid 3\nwrite_cr3 0x8000_0000_0001_0005\n\
             cr0 wp off\npkru 0x3\nwrite_mem 0x20000 = 0\n",
        );
        let text = scenario_to_json(&c.scenario);
        let back = parse_scenario(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(back, c.scenario);
        assert_eq!(back.config.itlb_entries, 16);
        // The data TLB's size prints under its first name; the L2 geometry is written out.
        assert_eq!(
            (
                back.config.tlb_entries,
                back.config.l2_sets,
                back.config.l2_ways
            ),
            (8, 512, 2)
        );
        assert!(
            text.contains(r#""tlb_entries": 8,"#) && !text.contains("dtlb_entries"),
            "{text}"
        );
        assert!(text.contains(r#""l2_sets": 512, "l2_ways": 2}"#), "{text}");
        // No L2 round-trips as no L2.
        let off = compile("config l2_sets=0 l2_ways=0\n").scenario;
        assert_eq!(parse_scenario(&scenario_to_json(&off)).unwrap(), off);
        assert!(text.contains(
            r#"{"op": "pair", "fetch": {"va": "0x1000", "user": true}, "data": {"va": "0x2008", "kind": "write", "user": false}}"#
        ), "{text}");
    }
}
