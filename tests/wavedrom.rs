//! `mmu-rtl run --wavedrom`: the diagram is valid WaveJSON whose lanes are the run's, cycle for cycle (each request
//! taken and each response pulse where the result document puts them), and bad options exit 2 naming the option.

use std::path::PathBuf;

use serde_json::Value;

mod common;
use common::*;

fn out_file(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("mmu-wavedrom-{tag}-{}.json", std::process::id()))
}

fn timing(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs/timing")
        .join(name)
        .display()
        .to_string()
}

/// The lanes of a WaveJSON document by name (groups flattened, spacers skipped).
fn lanes(doc: &Value) -> Vec<(String, Value)> {
    fn walk(items: &[Value], found: &mut Vec<(String, Value)>) {
        for item in items {
            match item {
                Value::Array(group) => {
                    assert!(group[0].is_string(), "a group starts with its name: {item}");
                    walk(&group[1..], found);
                }
                Value::Object(o) if o.is_empty() => {}
                Value::Object(o) => {
                    found.push((o["name"].as_str().unwrap().to_string(), item.clone()))
                }
                _ => panic!("not a lane: {item}"),
            }
        }
    }
    let mut found = vec![];
    walk(doc["signal"].as_array().expect("a signal list"), &mut found);
    found
}

/// A 1-bit lane's value in each column (`.` repeats the one before).
fn bits(lane: &Value) -> Vec<bool> {
    let mut v = vec![];
    for c in lane["wave"].as_str().unwrap().chars() {
        let b = match c {
            '0' => false,
            '1' => true,
            '.' => *v.last().expect("a wave starts with a value"),
            _ => panic!("not a 1-bit wave: {lane}"),
        };
        v.push(b);
    }
    v
}

fn lane<'a>(lanes: &'a [(String, Value)], name: &str) -> &'a Value {
    &lanes
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no lane {name}"))
        .1
}

/// Runs `args` with `--json` and `--wavedrom`; the result document and the diagram.
fn run_with_diagram(tag: &str, args: &[&str]) -> (Value, Value) {
    let file = out_file(tag);
    let mut all = vec!["run", "--json", "--wavedrom", file.to_str().unwrap()];
    all.extend(args);
    let out = mmu(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!("wavedrom: {}", file.display())),
        "{}",
        stderr(&out)
    );
    let result: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let diagram: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).expect("valid JSON");
    std::fs::remove_file(file).unwrap();
    (result, diagram)
}

/// Every access of examples/pair.mmu appears in the diagram of the whole run: each port's requests taken and its
/// response pulses pair up in order, one per result of that port, as many cycles apart as the result says.
#[test]
fn lanes_match_the_run() {
    let (result, diagram) =
        run_with_diagram("pair", &[&example_path("pair.mmu").display().to_string()]);
    let lanes = lanes(&diagram);
    let columns = bits(lane(&lanes, "fetch_rsp_valid")).len();
    assert!(
        columns > 50,
        "the whole run after the reset: {columns} cycles"
    );
    assert_eq!(
        lane(&lanes, "clock")["wave"].as_str().unwrap(),
        format!("p{}", ".".repeat(columns - 1))
    );
    let scenario = lang_ops(&example_path("pair.mmu"));
    let results = result["results"].as_array().unwrap();
    for port in ["fetch", "data"] {
        let valid = bits(lane(&lanes, &format!("{port}_req_valid")));
        let ready = bits(lane(&lanes, &format!("{port}_req_ready")));
        let rsp = bits(lane(&lanes, &format!("{port}_rsp_valid")));
        let taken: Vec<usize> = (0..columns).filter(|&c| valid[c] && ready[c]).collect();
        let answered: Vec<usize> = (0..columns).filter(|&c| rsp[c]).collect();
        let cycles: Vec<usize> = results
            .iter()
            .zip(&scenario)
            .filter(|(_, kind)| (kind.as_str() == "fetch") == (port == "fetch"))
            .map(|(r, _)| r["cycles"].as_u64().unwrap() as usize)
            .collect();
        assert_eq!(taken.len(), cycles.len(), "{port}: requests taken");
        assert_eq!(answered.len(), cycles.len(), "{port}: response pulses");
        for ((t, a), c) in taken.iter().zip(&answered).zip(&cycles) {
            assert_eq!(a - t, *c, "{port}: taken in column {t}, answered in {a}");
        }
    }
    // the memory port's payload is drawn only while its valid is high
    let addr = lane(&lanes, "mem_req_addr");
    let mem_valid = bits(lane(&lanes, "mem_req_valid"));
    for (c, ch) in addr["wave"].as_str().unwrap().chars().enumerate() {
        if ch == '=' {
            assert!(
                mem_valid[c],
                "a new address in column {c} without mem_req_valid"
            );
        }
    }
}

/// The kind of each access of a .mmu scenario, in result order (a pair's fetch first), from `compile`.
fn lang_ops(path: &std::path::Path) -> Vec<String> {
    let out = mmu(&["compile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let mut kinds = vec![];
    for op in doc["ops"].as_array().unwrap() {
        match op["op"].as_str().unwrap() {
            "access" => kinds.push(op["kind"].as_str().unwrap().to_string()),
            "pair" => {
                kinds.push("fetch".to_string());
                kinds.push(op["data"]["kind"].as_str().unwrap().to_string());
            }
            _ => {}
        }
    }
    kinds
}

/// --wavedrom-ops draws the chosen ops' cycles, a cycle either side; --signals chooses and orders the lanes.
#[test]
fn ops_window_and_signals() {
    let (result, diagram) = run_with_diagram(
        "miss",
        &[
            &timing("miss.mmu"),
            "--wavedrom-ops",
            "0",
            "--signals",
            "mem_req_valid,data_rsp_valid,data_req",
        ],
    );
    let names: Vec<String> = lanes(&diagram).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "clock",
            "data_req_valid",
            "data_req_ready",
            "data_req_va",
            "data_req_write",
            "data_req_user",
            "data_rsp_valid",
            "mem_req_valid"
        ]
    );
    let lanes = lanes(&diagram);
    let cycles = result["results"][0]["cycles"].as_u64().unwrap() as usize;
    // offered and taken in column 1, answered `cycles` later: the run's last cycle, so no column after it
    let rsp = bits(lane(&lanes, "data_rsp_valid"));
    assert_eq!(rsp.len(), cycles + 2);
    assert_eq!(rsp.iter().position(|&b| b), Some(1 + cycles));
    assert!(bits(lane(&lanes, "data_req_valid"))[1]);
    assert_eq!(
        lane(&lanes, "data_req_va")["data"],
        serde_json::json!(["7f0000001234"])
    );
    assert_eq!(diagram["head"]["text"], "miss.mmu, op 0");
    // the walk's four reads and four A writes
    let mem = bits(lane(&lanes, "mem_req_valid"));
    assert_eq!(
        mem.windows(2).filter(|w| !w[0] && w[1]).count(),
        5,
        "{mem:?}"
    );
}

/// Bad diagram options: exit 2, one line naming the option, nothing written.
#[test]
fn bad_options_exit_2() {
    let file = out_file("bad");
    let f = file.to_str().unwrap();
    let miss = timing("miss.mmu");
    let cases: [(&[&str], &str); 6] = [
        (
            &["--wavedrom", f, "--signals", "data,bogus"],
            "--signals: no port or port group named `bogus`",
        ),
        (
            &["--wavedrom", f, "--wavedrom-ops", "3..1"],
            "--wavedrom-ops",
        ),
        (
            &["--wavedrom", f, "--wavedrom-ops", "7"],
            "--wavedrom-ops: 7..7 goes past the scenario's last op (0)",
        ),
        (&["--wavedrom", f, "--wavedrom-ops", "x"], "--wavedrom-ops"),
        (
            &["--wavedrom", f, "--engine", "model"],
            "--wavedrom needs a timed engine",
        ),
        (&["--signals", "data"], "--wavedrom"),
    ];
    for (args, needle) in cases {
        let mut all = vec!["run", miss.as_str()];
        all.extend(args);
        let out = mmu(&all);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(stdout(&out).is_empty(), "{args:?}");
        assert!(!file.exists(), "{args:?}");
    }
}
