//! WaveDrom timing diagrams (WaveJSON) of a run's ports, made from the VCD the run wrote.
//!
//! The VCD is the record of the run (see [`crate::rtl::vcd`]): cycle `c`'s inputs and settled outputs at time `10c`,
//! the rising edge at `10c + 5`. [`Trace::from_vcd`] reads it back as one value per port per cycle, so a diagram shows
//! exactly what the simulated RTL did; [`wavejson`] draws a window of those cycles: the clock as `p`, a 1-bit port as
//! `0`/`1`, a bus as `=` with its value in hex as the label, `.` wherever a value holds. A request's or response's
//! payload is drawn `x` in the cycles its valid is low: the port then carries no meaning, whatever its bits.
//!
//! Ports are named as on the `mmu` module (`data_rsp_valid`); the VCD keeps them in scopes `fetch`, `data`, `mem`
//! (prefix dropped) and `cpu` (the rest). A selection ([`select`]) names ports, or groups of them by a name prefix
//! (`fetch`, `data_rsp`, `mem`, `cmd`).

use std::fs::File;
use std::io::BufReader;
use std::ops::Range;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use mmu_arch::{CpuPort, OutcomeCode, PortValue, PORTS};
use serde_json::{json, Value};

/// The ports' values, cycle by cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// One per port found in the VCD, in the VCD's order.
    pub signals: Vec<Signal>,
    /// Cycles recorded (every signal has this many values).
    pub cycles: u64,
}

/// One port's values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    pub name: String,
    pub width: u32,
    /// The value in each cycle.
    pub values: Vec<u64>,
}

/// VCD scopes whose signals carry the scope as a name prefix.
const PREFIXED_SCOPES: [&str; 3] = ["fetch", "data", "mem"];

/// The port name of VCD variable `name` in scope `scope` (directly under `mmu`); `None` for internal signals.
fn port_name(scope: &str, name: &str) -> Option<String> {
    let full = if PREFIXED_SCOPES.contains(&scope) {
        format!("{scope}_{name}")
    } else if scope == "cpu" {
        name.to_string()
    } else {
        return None;
    };
    PORTS.iter().any(|p| p.name == full).then_some(full)
}

impl Trace {
    /// Reads the ports of a VCD written by [`crate::rtl::vcd::VcdTracer`].
    pub fn from_vcd(path: &Path) -> anyhow::Result<Trace> {
        let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let mut parser = vcd::Parser::new(BufReader::new(file));
        let header = parser
            .parse_header()
            .with_context(|| format!("{}: not a VCD", path.display()))?;
        let top = header
            .find_scope(&["mmu"])
            .ok_or_else(|| anyhow!("{}: no scope `mmu`", path.display()))?;
        let mut signals = vec![];
        // VCD id -> index into `signals`
        let mut by_id = std::collections::HashMap::new();
        for item in &top.items {
            let vcd::ScopeItem::Scope(scope) = item else {
                continue;
            };
            for var in &scope.items {
                let vcd::ScopeItem::Var(v) = var else {
                    continue;
                };
                if let Some(name) = port_name(&scope.identifier, &v.reference) {
                    by_id.insert(v.code, signals.len());
                    signals.push(Signal {
                        name,
                        width: v.size,
                        values: vec![],
                    });
                }
            }
        }
        let mut current = vec![0u64; signals.len()];
        let mut cycle: Option<u64> = None;
        let mut end = 0u64;
        // Values change only at 10c; each cycle's values are complete at the next timestamp.
        let close = |signals: &mut Vec<Signal>, current: &[u64], upto: u64| {
            for (s, &v) in signals.iter_mut().zip(current) {
                s.values.resize(upto as usize, v);
            }
        };
        for command in parser {
            let command = command.with_context(|| format!("{}: bad VCD", path.display()))?;
            match command {
                vcd::Command::Timestamp(t) => {
                    end = end.max(t);
                    if t % 10 == 0 {
                        if let Some(c) = cycle {
                            close(&mut signals, &current, c + 1);
                        }
                        cycle = Some(t / 10);
                    }
                }
                vcd::Command::ChangeScalar(id, v) => {
                    if let Some(&k) = by_id.get(&id) {
                        current[k] = (v == vcd::Value::V1) as u64;
                    }
                }
                vcd::Command::ChangeVector(id, bits) => {
                    if let Some(&k) = by_id.get(&id) {
                        current[k] = bits
                            .iter()
                            .fold(0u64, |acc, b| (acc << 1) | (b == vcd::Value::V1) as u64);
                    }
                }
                _ => {}
            }
        }
        // The writer's last timestamp is `10 * cycles`, the start of the cycle that was never run.
        let cycles = end / 10;
        if let Some(c) = cycle.filter(|&c| c < cycles) {
            close(&mut signals, &current, c + 1);
        }
        for s in &mut signals {
            s.values.truncate(cycles as usize);
        }
        Ok(Trace { signals, cycles })
    }

    /// The signal of port `name`.
    pub fn signal(&self, name: &str) -> Option<&Signal> {
        self.signals.iter().find(|s| s.name == name)
    }

    fn bit(&self, name: &str, cycle: u64) -> bool {
        self.signal(name)
            .and_then(|s| s.values.get(cycle as usize))
            .is_some_and(|&v| v != 0)
    }

    /// The first cycle after the reset and the L2's flush walk that follows it: the cycle after the first one with
    /// `reset` low and `cmd_ready` high (the driver runs the scenario's first op from there).
    pub fn first_op_cycle(&self) -> u64 {
        (0..self.cycles)
            .find(|&c| !self.bit("reset", c) && self.bit("cmd_ready", c))
            .map_or(0, |c| c + 1)
    }

    /// The cycles of each access of a run, in the order given by `ports` (the port of each access, in the run's
    /// order): from the cycle it was offered to the cycle it was answered, both included. An access the trace does
    /// not answer is left out, and so is every later one.
    pub fn access_spans(&self, ports: &[CpuPort]) -> Vec<Range<u64>> {
        let from = self.first_op_cycle();
        let mut events: [(Vec<u64>, Vec<u64>); 2] = Default::default();
        for port in CpuPort::ALL {
            let p = port.name();
            let (taken, answered) = &mut events[port as usize];
            for c in from..self.cycles {
                if self.bit(&format!("{p}_req_valid"), c) && self.bit(&format!("{p}_req_ready"), c)
                {
                    taken.push(c);
                }
                if self.bit(&format!("{p}_rsp_valid"), c) {
                    answered.push(c);
                }
            }
        }
        let mut next = [0usize; 2];
        let mut spans = vec![];
        for &port in ports {
            let k = &mut next[port as usize];
            let (taken, answered) = &events[port as usize];
            let (Some(&t), Some(&a)) = (taken.get(*k), answered.get(*k)) else {
                break;
            };
            *k += 1;
            // the driver raises valid when it offers the access and holds it until the port takes it
            let valid = format!("{}_req_valid", port.name());
            let mut offered = t;
            while offered > from && self.bit(&valid, offered - 1) {
                offered -= 1;
            }
            spans.push(offered..a + 1);
        }
        spans
    }
}

/// The ports a selection names, in port-table order: each item is a port name, or a prefix that, followed by `_`,
/// starts port names (`fetch`, `data_rsp`, `mem`, `cmd`). An item that names nothing is an error naming it.
pub fn select(items: &[String]) -> Result<Vec<&'static str>, String> {
    let mut chosen = vec![false; PORTS.len()];
    for item in items {
        let item = item.trim();
        let mut any = false;
        for (k, p) in PORTS.iter().enumerate().skip(1) {
            let grouped = p
                .name
                .strip_prefix(item)
                .is_some_and(|rest| rest.starts_with('_'));
            if p.name == item || grouped {
                chosen[k] = true;
                any = true;
            }
        }
        if !any {
            return Err(format!(
                "no port or port group named `{item}` (groups: fetch, data, mem, cmd, or a prefix such as \
                 data_rsp; ports as on the `mmu` module, e.g. mem_req_valid)"
            ));
        }
    }
    Ok(PORTS
        .iter()
        .zip(chosen)
        .filter(|(_, c)| *c)
        .map(|(p, _)| p.name)
        .collect())
}

/// The ports drawn when none are chosen: both CPU ports and the memory port.
pub const DEFAULT_GROUPS: [&str; 3] = ["fetch", "data", "mem"];

/// The label of a bus value: the outcome by name, anything else in hex.
fn label(name: &str, value: u64) -> String {
    if name.ends_with("_rsp_outcome") {
        return match OutcomeCode::from_port(value) {
            OutcomeCode::Ok => "ok",
            OutcomeCode::PageFault => "#PF",
            OutcomeCode::GeneralProtection => "#GP",
            OutcomeCode::BusError => "bus",
        }
        .to_string();
    }
    format!("{value:x}")
}

/// The valid that qualifies a payload port (`data_req_va`: `data_req_valid`); `None` for a valid, a ready, and the
/// control inputs, which always matter.
fn qualifier(name: &str) -> Option<String> {
    let (bundle, field) = ["_req_", "_rsp_", "_"].iter().find_map(|sep| {
        name.split_once(sep)
            .map(|(b, f)| (format!("{b}{}", &sep[..sep.len() - 1]), f))
    })?;
    let bundles = [
        "fetch_req",
        "fetch_rsp",
        "data_req",
        "data_rsp",
        "mem_req",
        "mem_rsp",
        "cmd",
    ];
    (bundles.contains(&bundle.as_str()) && !matches!(field, "valid" | "ready"))
        .then(|| format!("{bundle}_valid"))
}

/// The group a port is drawn in: its name up to the first `_` for the CPU, memory and maintenance ports.
fn group(name: &str) -> &str {
    match name.split_once('_') {
        Some((g, _)) if matches!(g, "fetch" | "data" | "mem" | "cmd") => g,
        _ => "control",
    }
}

/// WaveJSON of `ports` (in that order, grouped by port group) over the `window` of the trace's cycles, under `title`.
/// The `head` ticks number the cycles as the run counted them.
pub fn wavejson(
    trace: &Trace,
    ports: &[&str],
    window: Range<u64>,
    title: &str,
) -> anyhow::Result<Value> {
    if window.start >= window.end || window.end > trace.cycles {
        bail!(
            "cycles {}..{} are not within the run's {} cycles",
            window.start,
            window.end,
            trace.cycles
        );
    }
    let n = (window.end - window.start) as usize;
    let mut lanes: Vec<Value> =
        vec![json!({"name": "clock", "wave": format!("p{}", ".".repeat(n - 1))})];
    let mut longest = 0usize;
    let mut groups: Vec<(String, Vec<Value>)> = vec![];
    for &name in ports {
        let s = trace
            .signal(name)
            .ok_or_else(|| anyhow!("the run's waveform has no port {name}"))?;
        let range = window.start as usize..window.end as usize;
        let valid = match qualifier(name) {
            Some(q) => {
                let q = trace
                    .signal(&q)
                    .ok_or_else(|| anyhow!("the run's waveform has no port {q}"))?;
                q.values[range.clone()].iter().map(|&v| v != 0).collect()
            }
            None => vec![true; n],
        };
        // None: don't care (the payload's valid is low)
        let shown: Vec<Option<u64>> = s.values[range]
            .iter()
            .zip(valid)
            .map(|(&v, ok)| ok.then_some(v))
            .collect();
        let mut wave = String::with_capacity(n);
        let mut data = vec![];
        for (k, &v) in shown.iter().enumerate() {
            match v {
                _ if k > 0 && shown[k - 1] == v => wave.push('.'),
                None => wave.push('x'),
                Some(v) if s.width == 1 => wave.push(if v != 0 { '1' } else { '0' }),
                Some(v) => {
                    wave.push('=');
                    let l = label(name, v);
                    longest = longest.max(l.len());
                    data.push(l);
                }
            }
        }
        let lane = if s.width == 1 {
            json!({"name": name, "wave": wave})
        } else {
            json!({"name": name, "wave": wave, "data": data})
        };
        let g = group(name);
        match groups.iter_mut().find(|(k, _)| k == g) {
            Some((_, list)) => list.push(lane),
            None => groups.push((g.to_string(), vec![lane])),
        }
    }
    for (g, list) in groups {
        lanes.push(json!({}));
        let mut entry = vec![Value::String(g)];
        entry.extend(list);
        lanes.push(Value::Array(entry));
    }
    // A cycle is 40 px wide at hscale 1, room for about 5 hex digits.
    let hscale = longest.div_ceil(5).clamp(1, 4);
    Ok(json!({
        "signal": lanes,
        "head": {"text": title, "tick": window.start},
        "config": {"hscale": hscale},
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(name: &str, width: u32, values: &[u64]) -> Signal {
        Signal {
            name: name.to_string(),
            width,
            values: values.to_vec(),
        }
    }

    #[test]
    fn waves_and_labels() {
        let trace = Trace {
            signals: vec![
                sig("data_req_valid", 1, &[0, 1, 1, 0, 0]),
                sig(
                    "data_req_va",
                    64,
                    &[0, 0x7f00_0000_1234, 0x7f00_0000_1234, 0x10, 0x10],
                ),
                sig("data_rsp_valid", 1, &[0, 1, 1, 0, 1]),
                sig("data_rsp_outcome", 2, &[0, 0, 1, 1, 3]),
                sig("mem_req_valid", 1, &[1, 1, 1, 1, 0]),
            ],
            cycles: 5,
        };
        let ports = [
            "data_req_valid",
            "data_req_va",
            "data_rsp_outcome",
            "mem_req_valid",
        ];
        let doc = wavejson(&trace, &ports, 1..5, "t").unwrap();
        assert_eq!(
            doc,
            json!({
                "signal": [
                    {"name": "clock", "wave": "p..."},
                    {},
                    ["data",
                        {"name": "data_req_valid", "wave": "1.0."},
                        // the payload is don't-care while its valid is low
                        {"name": "data_req_va", "wave": "=.x.", "data": ["7f0000001234"]},
                        {"name": "data_rsp_outcome", "wave": "==x=", "data": ["ok", "#PF", "bus"]}],
                    {},
                    ["mem", {"name": "mem_req_valid", "wave": "1..0"}]
                ],
                "head": {"text": "t", "tick": 1},
                "config": {"hscale": 3},
            })
        );
        assert!(wavejson(&trace, &ports, 3..3, "t").is_err());
        assert!(wavejson(&trace, &ports, 0..6, "t").is_err());
        assert!(wavejson(&trace, &["fetch_req_va"], 0..5, "t").is_err());
    }

    #[test]
    fn selections() {
        let mem = select(&["mem_rsp".to_string()]).unwrap();
        assert_eq!(
            mem,
            [
                "mem_rsp_valid",
                "mem_rsp_data",
                "mem_rsp_err",
                "mem_rsp_stale"
            ]
        );
        // port-table order, each once
        let both = select(&[
            "data_rsp_valid".into(),
            "fetch_req".into(),
            "data_rsp_valid".into(),
        ])
        .unwrap();
        assert_eq!(
            both,
            [
                "fetch_req_valid",
                "fetch_req_ready",
                "fetch_req_va",
                "fetch_req_user",
                "data_rsp_valid"
            ]
        );
        assert!(select(&["dat".to_string()]).unwrap_err().contains("`dat`"));
        assert!(select(&["clock".to_string()]).is_err());
        assert_eq!(
            qualifier("mem_req_expect").as_deref(),
            Some("mem_req_valid")
        );
        assert_eq!(qualifier("cmd_op").as_deref(), Some("cmd_valid"));
        assert_eq!(qualifier("fetch_rsp_valid"), None);
        assert_eq!(qualifier("data_req_ready"), None);
        assert_eq!(qualifier("cr4_pge"), None);
        assert_eq!(group("cr4_pge"), "control");
        assert_eq!(group("cmd_op"), "cmd");
    }

    #[test]
    fn spans_follow_the_handshakes() {
        // reset, one cycle of L2 flush, then a read offered at 3, taken at 4, answered at 6; a fetch offered,
        // taken and answered 7..8
        let trace = Trace {
            signals: vec![
                sig("reset", 1, &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                sig("cmd_ready", 1, &[0, 0, 1, 1, 1, 1, 1, 1, 1, 1]),
                sig("data_req_valid", 1, &[0, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
                sig("data_req_ready", 1, &[0, 0, 1, 0, 1, 0, 0, 1, 1, 1]),
                sig("data_rsp_valid", 1, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0]),
                sig("fetch_req_valid", 1, &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0]),
                sig("fetch_req_ready", 1, &[0, 0, 1, 1, 1, 1, 1, 1, 1, 1]),
                sig("fetch_rsp_valid", 1, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0]),
            ],
            cycles: 10,
        };
        assert_eq!(trace.first_op_cycle(), 3);
        assert_eq!(
            trace.access_spans(&[CpuPort::Data, CpuPort::Fetch, CpuPort::Data]),
            vec![3..7, 7..9]
        );
    }
}
