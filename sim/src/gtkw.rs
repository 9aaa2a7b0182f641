//! The GTKWave save file written next to the VCD of `mmu-rtl run --vcd FILE.vcd`: `gtkwave FILE.gtkw` opens the
//! waveform with its signals grouped, formatted and zoomed.
//!
//! What the save file shows (see [`SaveFile::render`]):
//! - `clock` on top, then one group per part of the MMU: "Fetch port" (`fetch.*`), "Data port" (`data.*`), "Walker",
//!   "Memory port" (`mem.*`), "ITLB", "DTLB", "Invalidation", "Paging-structure cache", "Second-level TLB",
//!   "Permission check", so that the
//!   first screen shows a request, its walk and the walk's memory traffic; then two closed groups, "Maintenance port" (`cpu.cmd_*`) and "Control inputs" (`cpu.reset` and
//!   the control registers).
//! - The walker's `state` by name: the translate-filter file the VCD writer puts next to the VCD
//!   ([`crate::rtl::vcd::filter_path`]) is applied to it. Other buses in hex, single bits as waveforms.
//! - The whole run when it fits the window at [`MIN_PX_PER_CYCLE`] pixels per clock cycle or more; otherwise its start
//!   at that zoom (a cold 4-level walk of 27 cycles fits). The run starts where the MMU first takes commands after its
//!   reset (a cycle before `cmd_ready` rises): with an L2, the reset is followed by the L2's flush. The signal-search tree starts folded, leaving the width to
//!   the waves.
//!
//! The signals come from the VCD's own header, so every name in the save file is one the VCD defines: a group with
//! none of its signals in the VCD is left out (the verilator engine's waveform has the ports only), and a signal no
//! group claims gets a group named after its scope rather than being dropped.
//!
//! The save-file syntax is GTKWave's (3.3): `[dumpfile]` and `[savefile]` hold absolute paths (GTKWave looks for the
//! dump file and the filter file relative to the save file when the three are moved together); `*Z M N...` is the zoom
//! (the view shows `2^-Z / 200` time units per pixel), the marker and the named markers (`-1`: none); `@F` sets the
//! flags of the traces that follow ([`flags`]); `-Title` is a blank row, which with the group flags opens or closes a
//! group; `^1 FILE` loads a translate-filter file as filter 1 and applies it to the traces that follow.

use std::fs;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use anyhow::Context;
use vcd::{Command, Header, IdCode, ScopeItem, Value};

use crate::rtl::vcd::filter_path;

/// GTKWave trace flags (`@` lines), as its `analyzer.h` numbers them.
pub mod flags {
    /// Values in hexadecimal.
    pub const HEX: u32 = 0x2;
    /// Values in binary (a 1-bit trace is then drawn as a waveform).
    pub const BIN: u32 = 0x8;
    /// Right-justified signal name.
    pub const RJUSTIFY: u32 = 0x20;
    /// A row without a signal (group markers are blank rows).
    pub const BLANK: u32 = 0x200;
    /// The members of a closed group.
    pub const COLLAPSED: u32 = 0x1000;
    /// Values shown through the current translate-filter file.
    pub const FTRANSLATED: u32 = 0x2000;
    /// The group is closed.
    pub const CLOSED: u32 = 0x40_0000;
    /// The row opens a group.
    pub const GRP_BEGIN: u32 = 0x80_0000;
    /// The row closes a group.
    pub const GRP_END: u32 = 0x100_0000;
}

/// The zoom: at least this many pixels per clock cycle, so that a two-cycle state shows its whole name.
pub const MIN_PX_PER_CYCLE: f64 = 36.0;

/// Window size the save file asks for (width, height).
pub const WINDOW: (u32, u32) = (1280, 800);

/// Width of the folded signal-search tree on the left.
const SST_WIDTH: u32 = 50;

/// Pixels taken from the window's width by borders and the scrollbar, besides the panes.
const MARGINS: u32 = 20;

/// Named markers GTKWave keeps (`A`..`Z`), all written as "none".
const NAMED_MARKERS: usize = 26;

/// Where the save file of `vcd` goes: `FILE.gtkw` for `FILE.vcd`.
pub fn save_path(vcd: &Path) -> PathBuf {
    vcd.with_extension("gtkw")
}

/// A variable of a VCD header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    /// The scopes that hold it, outermost first (`["mmu", "data"]`).
    pub scope: Vec<String>,
    /// Its reference (`req_va`).
    pub name: String,
    /// Width in bits.
    pub width: u32,
    /// The bit range written after the reference in the VCD (`[7:0]`), if any.
    pub index: Option<String>,
}

impl Signal {
    /// The name GTKWave gives the signal: scopes and reference joined by dots, then the range of a vector
    /// (`mmu.data.req_va[63:0]`; a vector declared without a range gets `[width-1:0]`).
    pub fn gtkwave_name(&self) -> String {
        let mut s = self.scope.join(".");
        if !s.is_empty() {
            s.push('.');
        }
        s.push_str(&self.name);
        match &self.index {
            Some(index) => s.push_str(index),
            None if self.width > 1 => s.push_str(&format!("[{}:0]", self.width - 1)),
            None => {}
        }
        s
    }

    /// The scopes below the top one, joined by dots (`data` for `mmu.data.req_va`; empty for `mmu.clock`).
    fn unit(&self) -> String {
        self.scope
            .iter()
            .skip(1)
            .cloned()
            .collect::<Vec<_>>()
            .join(".")
    }
}

/// Every variable of `header`, in the order the header declares them.
pub fn signals(header: &Header) -> Vec<Signal> {
    fn walk(items: &[ScopeItem], scope: &mut Vec<String>, out: &mut Vec<Signal>) {
        for item in items {
            match item {
                ScopeItem::Scope(s) => {
                    scope.push(s.identifier.clone());
                    walk(&s.items, scope, out);
                    scope.pop();
                }
                ScopeItem::Var(v) => out.push(Signal {
                    scope: scope.clone(),
                    name: v.reference.clone(),
                    width: v.size,
                    index: v.index.map(|i| i.to_string()),
                }),
                _ => {}
            }
        }
    }
    let mut out = vec![];
    walk(&header.items, &mut vec![], &mut out);
    out
}

/// What the save file needs to know of a VCD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VcdInfo {
    pub signals: Vec<Signal>,
    /// The clock period in GTKWave's time units (the VCD's timescale unit), from its first two rising edges.
    pub period: Option<u64>,
    /// The last timestamp, in the same units.
    pub end: u64,
    /// Where the view starts, in the same units: a cycle before the MMU first takes commands (`cmd_ready` rises
    /// after the reset, and after the L2 is emptied), or 0.
    pub start: u64,
}

impl VcdInfo {
    /// Reads the header, the first clock edges and the last timestamp of the VCD at `path` (the rest of the file
    /// is not read).
    pub fn read(path: &Path) -> io::Result<VcdInfo> {
        let file = fs::File::open(path)?;
        let mut parser = vcd::Parser::new(BufReader::new(file));
        let header = parser.parse_header()?;
        // GTKWave counts time in the timescale's unit: `10 ns` makes every timestamp count ten.
        let scale = header.timescale.map_or(1, |(n, _)| u64::from(n.max(1)));
        let signals = signals(&header);
        let clock = clock_code(&header.items);
        let ready = var_code(&header.items, "cmd_ready");
        let mut rises = vec![];
        let mut ready_at = None;
        let mut now = 0u64;
        if let Some(clock) = clock {
            for command in parser.by_ref() {
                match command? {
                    Command::Timestamp(t) => now = t,
                    Command::ChangeScalar(id, Value::V1) if id == clock => rises.push(now),
                    Command::ChangeScalar(id, Value::V1) if Some(id) == ready => {
                        ready_at.get_or_insert(now);
                    }
                    _ => {}
                }
                if rises.len() >= 2 && (ready.is_none() || ready_at.is_some()) {
                    break;
                }
            }
        }
        let period = match rises[..] {
            [a, b, ..] if b > a => Some((b - a) * scale),
            _ => None,
        };
        let end = last_timestamp(path)?.unwrap_or(now) * scale;
        let start = ready_at.map_or(0, |t| (t * scale).saturating_sub(period.unwrap_or(0)));
        Ok(VcdInfo {
            signals,
            period,
            end,
            start: start.min(end),
        })
    }
}

/// The id of the first 1-bit `clock` (or `clk`) the VCD declares.
fn clock_code(items: &[ScopeItem]) -> Option<IdCode> {
    for item in items {
        match item {
            ScopeItem::Var(v)
                if v.size == 1 && (v.reference == "clock" || v.reference == "clk") =>
            {
                return Some(v.code);
            }
            ScopeItem::Scope(s) => {
                if let Some(code) = clock_code(&s.items) {
                    return Some(code);
                }
            }
            _ => {}
        }
    }
    None
}

/// The id of the first 1-bit variable the VCD declares under `name`.
fn var_code(items: &[ScopeItem], name: &str) -> Option<IdCode> {
    for item in items {
        match item {
            ScopeItem::Var(v) if v.size == 1 && v.reference == name => return Some(v.code),
            ScopeItem::Scope(s) => {
                if let Some(code) = var_code(&s.items, name) {
                    return Some(code);
                }
            }
            _ => {}
        }
    }
    None
}

/// The last `#time` line of the VCD at `path`, read from the end of the file.
fn last_timestamp(path: &Path) -> io::Result<Option<u64>> {
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    let mut tail_len = 4096u64;
    loop {
        let start = len.saturating_sub(tail_len);
        file.seek(SeekFrom::Start(start))?;
        let mut tail = vec![];
        file.by_ref().take(tail_len).read_to_end(&mut tail)?;
        let text = String::from_utf8_lossy(&tail);
        // The first line of the tail may be cut: only whole lines count.
        let lines = text.lines().skip(usize::from(start > 0));
        if let Some(t) = lines
            .filter_map(|l| l.trim().strip_prefix('#'))
            .filter_map(|t| t.parse::<u64>().ok())
            .last()
        {
            return Ok(Some(t));
        }
        if start == 0 {
            return Ok(None);
        }
        tail_len *= 4;
    }
}

/// A group of the save file.
struct GroupSpec {
    title: &'static str,
    closed: bool,
    /// Whether a signal belongs to it, from the scope below the top (`cpu`) and the reference.
    claims: fn(&str, &str) -> bool,
}

/// Signals shown above the groups.
fn on_top(unit: &str, name: &str) -> bool {
    unit.is_empty() && (name == "clock" || name == "clk")
}

/// The groups, in display order. A signal goes to the first group that claims it.
const GROUPS: [GroupSpec; 12] = [
    GroupSpec {
        title: "Fetch port",
        closed: false,
        claims: |u, _| u == "fetch",
    },
    GroupSpec {
        title: "Data port",
        closed: false,
        claims: |u, _| u == "data",
    },
    GroupSpec {
        title: "Walker",
        closed: false,
        claims: |u, _| u == "walker",
    },
    GroupSpec {
        title: "Memory port",
        closed: false,
        claims: |u, _| u == "mem",
    },
    GroupSpec {
        title: "ITLB",
        closed: false,
        claims: |u, _| u == "itlb",
    },
    GroupSpec {
        title: "DTLB",
        closed: false,
        claims: |u, _| u == "dtlb",
    },
    GroupSpec {
        title: "Invalidation",
        closed: false,
        claims: |u, _| u == "inval",
    },
    GroupSpec {
        title: "Paging-structure cache",
        closed: false,
        claims: |u, _| u == "pwc",
    },
    GroupSpec {
        title: "Second-level TLB",
        closed: false,
        claims: |u, _| u == "l2",
    },
    GroupSpec {
        title: "Permission check",
        closed: false,
        claims: |u, _| u == "perm",
    },
    GroupSpec {
        title: "Maintenance port",
        closed: true,
        claims: |u, n| u == "cpu" && n.starts_with("cmd_"),
    },
    GroupSpec {
        title: "Control inputs",
        closed: true,
        claims: |u, _| u == "cpu",
    },
];

/// The signal shown through the translate-filter file: the walker's state.
fn is_walker_state(s: &Signal) -> bool {
    s.unit() == "walker" && s.name == "state"
}

/// A group as rendered: its title, whether it starts closed, and its signals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub title: String,
    pub closed: bool,
    pub signals: Vec<Signal>,
}

/// Sorts `signals` into the rows above the groups and the groups (see the module documentation).
pub fn layout(signals: &[Signal]) -> (Vec<Signal>, Vec<Group>) {
    let mut top = vec![];
    let mut groups: Vec<Group> = GROUPS
        .iter()
        .map(|g| Group {
            title: g.title.to_string(),
            closed: g.closed,
            signals: vec![],
        })
        .collect();
    let mut others: Vec<Group> = vec![];
    for s in signals {
        let unit = s.unit();
        if on_top(&unit, &s.name) {
            top.push(s.clone());
        } else if let Some(k) = GROUPS.iter().position(|g| (g.claims)(&unit, &s.name)) {
            groups[k].signals.push(s.clone());
        } else {
            let title = match (unit.is_empty(), s.scope.is_empty()) {
                (false, _) => unit,
                (true, false) => s.scope.join("."),
                (true, true) => "signals".to_string(),
            };
            match others.iter_mut().find(|g| g.title == title) {
                Some(g) => g.signals.push(s.clone()),
                None => others.push(Group {
                    title,
                    closed: false,
                    signals: vec![s.clone()],
                }),
            }
        }
    }
    groups.extend(others);
    groups.retain(|g| !g.signals.is_empty());
    (top, groups)
}

/// A save file to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveFile {
    /// The VCD it opens (absolute).
    pub dumpfile: PathBuf,
    /// Where the save file itself is (absolute).
    pub savefile: PathBuf,
    /// The walker-state translate-filter file (absolute), when there is one.
    pub filter: Option<PathBuf>,
    pub vcd: VcdInfo,
}

impl SaveFile {
    /// The save file for the VCD at `vcd` (which must exist), with its filter file if that exists too.
    pub fn for_vcd(vcd: &Path) -> io::Result<SaveFile> {
        let dumpfile = fs::canonicalize(vcd)?;
        let info = VcdInfo::read(&dumpfile)?;
        let filter = filter_path(&dumpfile);
        Ok(SaveFile {
            savefile: save_path(&dumpfile),
            filter: filter.is_file().then_some(filter),
            dumpfile,
            vcd: info,
        })
    }

    /// Width of the signal-name pane. GTKWave shows a signal by its last name (`req_va[63:0]`): the longest one, at
    /// about 8 pixels a character, and room for the indentation.
    fn signals_width(&self) -> u32 {
        let longest = self
            .vcd
            .signals
            .iter()
            .map(|s| s.gtkwave_name().rsplit('.').next().map_or(0, str::len))
            .max()
            .unwrap_or(0);
        (longest as u32 * 8 + 40).clamp(120, 360)
    }

    /// The zoom (GTKWave's `*` value): the whole run if it gets [`MIN_PX_PER_CYCLE`] pixels a cycle or more, otherwise
    /// that many.
    pub fn zoom(&self) -> f64 {
        let wave_px = f64::from(WINDOW.0 - SST_WIDTH - self.signals_width() - MARGINS);
        let end = self.vcd.end.saturating_sub(self.vcd.start).max(1) as f64;
        let mut per_px = end / wave_px;
        if let Some(period) = self.vcd.period {
            per_px = per_px.min(period as f64 / MIN_PX_PER_CYCLE);
        }
        // GTKWave shows 2^-zoom / 200 time units per pixel.
        -(per_px * 200.0).log2()
    }

    /// The text of the save file.
    pub fn render(&self) -> String {
        let mut w = Lines::default();
        w.line("[*]");
        w.line("[*] Waveform view of an mmu-rtl run: `gtkwave` on this file opens the VCD below.");
        w.line("[*]");
        w.line(&format!("[dumpfile] \"{}\"", self.dumpfile.display()));
        w.line(&format!("[savefile] \"{}\"", self.savefile.display()));
        w.line(&format!("[timestart] {}", self.vcd.start));
        w.line(&format!("[size] {} {}", WINDOW.0, WINDOW.1));
        w.line("[pos] -1 -1");
        let mut zoom = format!("*{:.6} -1", self.zoom());
        for _ in 0..NAMED_MARKERS {
            zoom.push_str(" -1");
        }
        w.line(&zoom);
        if let Some(top) = self.vcd.signals.first().and_then(|s| s.scope.first()) {
            w.line(&format!("[treeopen] {top}."));
        }
        w.line(&format!("[sst_width] {SST_WIDTH}"));
        w.line(&format!("[signals_width] {}", self.signals_width()));
        w.line("[sst_expanded] 0");
        w.line("[sst_vpaned_height] 200");

        let (top, groups) = layout(&self.vcd.signals);
        for s in &top {
            self.trace(&mut w, s);
        }
        for g in &groups {
            let (begin, end) = if g.closed {
                (
                    flags::GRP_BEGIN | flags::CLOSED | flags::BLANK,
                    flags::GRP_END | flags::CLOSED | flags::COLLAPSED | flags::BLANK,
                )
            } else {
                (
                    flags::GRP_BEGIN | flags::BLANK,
                    flags::GRP_END | flags::BLANK,
                )
            };
            w.flags(begin);
            w.line(&format!("-{}", g.title));
            for s in &g.signals {
                self.trace(&mut w, s);
            }
            w.flags(end);
            w.line(&format!("-{}", g.title));
        }
        w.line("[pattern_trace] 1");
        w.line("[pattern_trace] 0");
        w.text
    }

    /// The lines of one trace: its flags, its filter, its name.
    fn trace(&self, w: &mut Lines, s: &Signal) {
        match (&self.filter, is_walker_state(s)) {
            (Some(filter), true) => {
                w.flags(flags::FTRANSLATED | flags::RJUSTIFY | flags::HEX);
                w.line(&format!("^1 {}", filter.display()));
            }
            _ if s.width == 1 => w.flags(flags::RJUSTIFY | flags::BIN),
            _ => w.flags(flags::RJUSTIFY | flags::HEX),
        }
        w.line(&s.gtkwave_name());
    }
}

/// The text of a save file being written.
#[derive(Default)]
struct Lines {
    text: String,
    /// The trace flags in force (an `@` line sets them for the traces that follow).
    flags: Option<u32>,
}

impl Lines {
    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// Sets the flags of the traces that follow: an `@` line when they change.
    fn flags(&mut self, f: u32) {
        if self.flags != Some(f) {
            self.line(&format!("@{f:x}"));
            self.flags = Some(f);
        }
    }
}

/// Writes the save file of the VCD at `vcd` next to it; returns its path (`vcd` with the extension `.gtkw`).
pub fn write_for(vcd: &Path) -> anyhow::Result<PathBuf> {
    let save = SaveFile::for_vcd(vcd).with_context(|| format!("cannot read {}", vcd.display()))?;
    let path = save_path(vcd);
    fs::write(&path, save.render()).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signal names a save file refers to (its trace lines), in order.
    fn referenced_signals(save_file: &str) -> Vec<String> {
        save_file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with(['[', '@', '-', '*', '^']))
            .map(str::to_string)
            .collect()
    }

    fn sig(scope: &str, name: &str, width: u32) -> Signal {
        Signal {
            scope: scope.split('.').map(str::to_string).collect(),
            name: name.to_string(),
            width,
            index: None,
        }
    }

    #[test]
    fn names_follow_gtkwave() {
        assert_eq!(
            sig("mmu.data", "req_va", 64).gtkwave_name(),
            "mmu.data.req_va[63:0]"
        );
        assert_eq!(sig("mmu", "clock", 1).gtkwave_name(), "mmu.clock");
        let mut s = sig("top", "bus", 8);
        s.index = Some("[15:8]".into());
        assert_eq!(s.gtkwave_name(), "top.bus[15:8]");
    }

    #[test]
    fn groups_and_formats() {
        let signals = vec![
            sig("mmu", "clock", 1),
            sig("mmu.cpu", "reset", 1),
            sig("mmu.data", "req_valid", 1),
            sig("mmu.data", "req_va", 64),
            sig("mmu.cpu", "cmd_op", 3),
            sig("mmu.cpu", "cr3", 64),
            sig("mmu.mem", "req_addr", 52),
            sig("mmu.walker", "state", 4),
            sig("mmu.extra", "thing", 1),
        ];
        let (top, groups) = layout(&signals);
        assert_eq!(top, vec![signals[0].clone()]);
        let titles: Vec<(&str, bool, usize)> = groups
            .iter()
            .map(|g| (g.title.as_str(), g.closed, g.signals.len()))
            .collect();
        assert_eq!(
            titles,
            [
                ("Data port", false, 2),
                ("Walker", false, 1),
                ("Memory port", false, 1),
                ("Maintenance port", true, 1),
                ("Control inputs", true, 2),
                ("extra", false, 1),
            ]
        );

        let save = SaveFile {
            dumpfile: "/w/x.vcd".into(),
            savefile: "/w/x.gtkw".into(),
            filter: Some("/w/x.walker_state.filter".into()),
            vcd: VcdInfo {
                signals: signals.clone(),
                period: Some(10),
                end: 100_000,
                start: 0,
            },
        };
        let text = save.render();
        assert!(text.contains("[dumpfile] \"/w/x.vcd\"\n"), "{text}");
        assert!(
            text.contains("@2022\n^1 /w/x.walker_state.filter\nmmu.walker.state[3:0]\n"),
            "{text}"
        );
        assert!(text.contains("@28\nmmu.data.req_valid\n@22\nmmu.data.req_va[63:0]\n"));
        assert!(text.contains("@28\nmmu.clock\n@800200\n"), "{text}");
        assert!(text.contains("@800200\n-Data port\n"));
        assert!(text.contains("@1000200\n-Data port\n"));
        assert!(text.contains("@c00200\n-Control inputs\n"));
        assert!(text.contains("@1401200\n-Control inputs\n"));
        let names: Vec<String> = signals.iter().map(Signal::gtkwave_name).collect();
        let mut refs = referenced_signals(&text);
        refs.sort();
        let mut want = names.clone();
        want.sort();
        assert_eq!(refs, want);

        // A long run: MIN_PX_PER_CYCLE pixels per 10-unit cycle. A short one: the whole run in the window.
        let per_px = |z: f64| 2f64.powf(-z) / 200.0;
        assert!((per_px(save.zoom()) - 10.0 / MIN_PX_PER_CYCLE).abs() < 1e-9);
        let short = SaveFile {
            vcd: VcdInfo {
                end: 200,
                ..save.vcd.clone()
            },
            ..save.clone()
        };
        let wave_px = f64::from(WINDOW.0 - SST_WIDTH - short.signals_width() - MARGINS);
        assert!((per_px(short.zoom()) - 200.0 / wave_px).abs() < 1e-9);

        // Without a filter file the state is a plain hex bus.
        let plain = SaveFile {
            filter: None,
            ..save
        };
        assert!(plain.render().contains("@22\nmmu.walker.state[3:0]\n"));
        assert!(!plain.render().contains('^'));
    }
}
