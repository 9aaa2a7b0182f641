//! The result document of a run, as JSON: `results` and `memory_after`.

use serde_json::{json, Map, Value};

use mmu_arch::{AccessResult, Outcome};
use mmu_model::engine::RunResult;

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
    if let Some(level) = a.tlb {
        m.insert("tlb".into(), json!(level.name()));
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
    use mmu_arch::TlbLevel;

    #[test]
    fn result_document() {
        let r = RunResult {
            results: vec![
                AccessResult {
                    op_index: 0,
                    outcome: Outcome::Ok { pa: 0xABC567 },
                    tlb_hit: Some(false),
                    tlb: Some(TlbLevel::Walk),
                    cycles: Some(14),
                    walk_reads: Some(3),
                },
                AccessResult {
                    op_index: 5,
                    outcome: Outcome::PageFault {
                        error_code: 7,
                        cr2: 0x80_8060_4567,
                    },
                    tlb_hit: Some(true),
                    tlb: Some(TlbLevel::L1),
                    cycles: None,
                    walk_reads: None,
                },
                AccessResult {
                    op_index: 5,
                    outcome: Outcome::Ok { pa: 0x6008 },
                    tlb_hit: Some(false),
                    tlb: Some(TlbLevel::L2),
                    cycles: Some(2),
                    walk_reads: Some(0),
                },
                AccessResult {
                    op_index: 6,
                    outcome: Outcome::GeneralProtection,
                    tlb_hit: Some(false),
                    tlb: None,
                    cycles: None,
                    walk_reads: None,
                },
            ],
            memory_after: vec![(0x10008, 0x11027), (0x13020, u64::MAX)],
        };
        let want = serde_json::json!({
            "results": [
                {"op_index": 0, "outcome": "ok", "pa": "0xabc567", "tlb_hit": false, "tlb": "walk", "cycles": 14, "walk_reads": 3},
                {"op_index": 5, "outcome": "pf", "error_code": 7, "cr2": "0x8080604567", "tlb_hit": true, "tlb": "l1"},
                {"op_index": 5, "outcome": "ok", "pa": "0x6008", "tlb_hit": false, "tlb": "l2", "cycles": 2, "walk_reads": 0},
                {"op_index": 6, "outcome": "gp", "tlb_hit": false}
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
    fn every_level_prints_a_name_that_reads_back() {
        for level in [TlbLevel::L1, TlbLevel::L2, TlbLevel::Walk] {
            let r = AccessResult {
                op_index: 0,
                outcome: Outcome::Ok { pa: 0 },
                tlb_hit: Some(level == TlbLevel::L1),
                tlb: Some(level),
                cycles: None,
                walk_reads: None,
            };
            let printed = access_result_to_json(&r)["tlb"].clone();
            assert_eq!(
                printed.as_str().and_then(TlbLevel::from_name),
                Some(level),
                "{printed}"
            );
        }
        assert_eq!(TlbLevel::L2.name(), "l2");
    }
}
