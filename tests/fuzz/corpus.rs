//! Valid inputs to start from: the examples in both formats, random scenarios, and the `.mmu` printer that turns
//! a scenario into `.mmu` text.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;

use mmu_arch::{Access, CrReg, InvpcidType, Op};
use mmu_model::engine::Scenario;
use mmu_model::random::{self, Params};
use mmu_scenario::lang::{self, compile_mmu, scenario_to_json};
use mmu_scenario::scenario::parse_scenario;
use proptest::prelude::*;

/// A scenario as `.mmu` text, and how many leading `write_cr` ops it leaves out: before the first other op a register
/// line sets the initial state, so those cannot be written as instructions.
pub fn to_mmu(s: &Scenario) -> (String, usize) {
    let mut out = String::new();
    // Every config key, as the JSON printer names them.
    let json: serde_json::Value =
        serde_json::from_str(&scenario_to_json(s)).expect("a printed scenario is JSON");
    let config = json["config"].as_object().expect("a config object");
    let keys: Vec<String> = config.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let _ = writeln!(out, "config {}", keys.join(" "));
    for &(a, v) in &s.memory {
        let _ = writeln!(out, "mem {a:#x} = {v:#x}");
    }
    for reg in CrReg::ALL {
        let _ = writeln!(out, "{}", reg_line(reg, s.control.get(reg)));
    }
    let _ = writeln!(out, "cr3 {:#x}", s.control.cr3);
    let skip = s
        .ops
        .iter()
        .take_while(|op| matches!(op, Op::WriteCr { .. }))
        .count();
    for op in &s.ops[skip..] {
        let line = match *op {
            Op::Access(a) => access_words(&a),
            Op::Pair { fetch, data } => {
                format!("pair {} {}", access_words(&fetch), access_words(&data))
            }
            Op::WriteMem { addr, value } => format!("write_mem {addr:#x} = {value:#x}"),
            Op::Poison { addr } => format!("poison {addr:#x}"),
            Op::ExternalWrite { addr, value } => format!("external_write {addr:#x} = {value:#x}"),
            Op::Invlpg { va } => format!("invlpg {va:#x}"),
            Op::Invpcid { kind, pcid, va } => match kind {
                InvpcidType::Address => format!("invpcid 0 pcid={pcid} va={va:#x}"),
                InvpcidType::SingleContext => format!("invpcid 1 pcid={pcid}"),
                other => format!("invpcid {}", other.number()),
            },
            Op::WriteCr3 { value } => format!("write_cr3 {value:#x}"),
            Op::WriteCr { reg, value } => reg_line(reg, value),
        };
        out.push_str(&line);
        out.push('\n');
    }
    (out, skip)
}

/// `read|write|fetch user|sup VA`
fn access_words(a: &Access) -> String {
    format!(
        "{} {} {:#x}",
        a.kind.name(),
        if a.user { "user" } else { "sup" },
        a.va
    )
}

fn reg_line(reg: CrReg, value: u64) -> String {
    if reg.is_flag() {
        let (dir, bit) = reg.key().split_once('_').expect("flag keys are REG_BIT");
        format!("{dir} {bit} {}", if value != 0 { "on" } else { "off" })
    } else {
        format!("pkru {value:#x}")
    }
}

/// The scenario as the JSON format gives it back (INVPCID operands a type does not use are 0).
fn canonical(s: &Scenario) -> Scenario {
    parse_scenario(&scenario_to_json(s)).expect("a printed scenario parses")
}

pub fn random_scenario(seed: u64) -> Scenario {
    let params = Params {
        ops: 4 + (seed % 61) as usize,
        pages: 1 + ((seed >> 8) % 12) as usize,
        ..Params::default()
    };
    canonical(&random::scenario(seed, &params))
}

/// The examples in both formats: every file, and its twin printed in the other format.
pub struct Corpus {
    pub json: Vec<(String, String)>,
    pub mmu: Vec<(String, String)>,
}

pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = crate::common::example_path("");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("examples/ is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        files.sort();
        let (mut json, mut mmu) = (Vec::new(), Vec::new());
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Some(kind) = lang::source_kind(&path) else {
                continue;
            };
            let text = std::fs::read_to_string(&path).expect("an example is text");
            match kind {
                lang::SourceKind::Json => {
                    let s = parse_scenario(&text).expect("a JSON example parses");
                    mmu.push((format!("{name} as .mmu"), to_mmu(&s).0));
                    json.push((name, text));
                }
                lang::SourceKind::Mmu => {
                    let c = compile_mmu(&text, &path).expect("a .mmu example compiles");
                    json.push((format!("{name} as JSON"), scenario_to_json(&c.scenario)));
                    mmu.push((name, text));
                }
            }
        }
        assert!(
            json.len() >= 8 && mmu.len() >= 8,
            "examples/ holds too few scenarios"
        );
        Corpus { json, mmu }
    })
}

/// Where a case starts.
#[derive(Clone, Debug)]
pub enum Base {
    /// An entry of the corpus (modulo its size).
    Example(usize),
    /// A random scenario from this seed.
    Random(u64),
}

pub fn base() -> impl Strategy<Value = Base> {
    prop_oneof![
        (0..1000usize).prop_map(Base::Example),
        any::<u64>().prop_map(Base::Random),
    ]
}

impl Base {
    pub fn json(&self) -> (String, String) {
        match *self {
            Base::Example(i) => corpus().json[i % corpus().json.len()].clone(),
            Base::Random(seed) => (
                format!("random scenario {seed}"),
                scenario_to_json(&random_scenario(seed)),
            ),
        }
    }

    pub fn mmu(&self) -> (String, String) {
        match *self {
            Base::Example(i) => corpus().mmu[i % corpus().mmu.len()].clone(),
            Base::Random(seed) => (
                format!("random scenario {seed}"),
                to_mmu(&random_scenario(seed)).0,
            ),
        }
    }
}
