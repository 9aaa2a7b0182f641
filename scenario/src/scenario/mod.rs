//! Reading scenarios and writing results: the JSON machine interface of `mmu-rtl run`
//! (`docs/scenario-format.md`).
//!
//! Every value is checked while it is deserialized, so a bad value is reported with the line and column
//! where it stands and the key path that leads to it (`ops[3].va`). The few checks that need the whole
//! document (an address against `config.paddr_bits`, which may come later in the file) run afterwards
//! and report the key path only. Nothing here panics on any input and nothing is silently defaulted
//! except the keys the format declares optional.

mod error;
mod input;
mod number;
mod ops;
mod pair;
mod result;

use std::path::Path;

use mmu_model::engine::Scenario;

pub use error::ScenarioError;
pub use number::parse_number_str;
pub use result::{access_result_to_json, result_to_json, result_to_pretty};

use input::RawScenario;
use number::MapOnly;

/// Largest `config.mem_latency` accepted (cycles).
pub const MEM_LATENCY_MAX: u32 = 1000;

/// Largest `config.tlb_entries` and `config.itlb_entries` accepted: the model allocates every entry up front, so an
/// absurd size would abort the process instead of being reported (the RTL engines take 4..=64 and 4..=16).
pub const TLB_ENTRIES_MAX: usize = 1 << 20;

/// What every number in a scenario may look like, for error messages.
const NUMBER_FORMS: &str = "a 64-bit number (integer or \"0x…\"/decimal string)";

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

/// Number of accesses (one per `access` op, two per `pair`): the number of entries `results` must have.
pub fn access_count(scenario: &Scenario) -> usize {
    scenario.ops.iter().map(|op| op.accesses().len()).sum()
}

/// Helpers of the unit tests of the scenario modules: documents to parse, and checks of their errors.
#[cfg(test)]
mod test_support {
    use mmu_arch::Op;
    use mmu_model::engine::Scenario;

    use super::{parse_scenario, ScenarioError};

    /// A minimal valid document with `ops` (a JSON list body) and extra top-level `keys`.
    pub(super) fn doc(keys: &str, ops: &str) -> String {
        format!("{{{keys}\n\"memory\": [],\n\"ops\": [\n{ops}\n]}}")
    }

    pub(super) fn access_va(va: &str) -> String {
        doc(
            "",
            &format!(r#"{{"op": "access", "va": {va}, "kind": "read", "user": false}}"#),
        )
    }

    pub(super) fn ok(text: &str) -> Scenario {
        match parse_scenario(text) {
            Ok(s) => s,
            Err(e) => panic!("expected {text} to parse, got: {e}"),
        }
    }

    pub(super) fn err(text: &str) -> ScenarioError {
        match parse_scenario(text) {
            Ok(s) => panic!("expected an error for {text}, parsed {s:?}"),
            Err(e) => e,
        }
    }

    /// Asserts an error at `path` (`""`: the document itself) whose message contains `needle`, with a position.
    pub(super) fn err_at(text: &str, path: &str, needle: &str) -> ScenarioError {
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

    pub(super) fn first_va(s: &Scenario) -> u64 {
        match s.ops[0] {
            Op::Access(a) => a.va,
            ref other => panic!("not an access: {other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::test_support::*;
    use mmu_arch::Op;

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
    fn access_count_counts_accesses_only() {
        let s = ok(&doc(
            "",
            r#"{"op": "invlpg", "va": 0},
               {"op": "access", "va": 0, "kind": "read", "user": false},
               {"op": "write_cr3", "value": 0},
               {"op": "access", "va": 0, "kind": "write", "user": true},
               {"op": "pair", "fetch": {"va": 0, "user": false}, "data": {"va": 8, "kind": "read", "user": false}}"#,
        ));
        assert_eq!(access_count(&s), 4);
    }
}
