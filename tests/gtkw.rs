//! The GTKWave save file that `mmu-rtl run --vcd FILE.vcd` writes next to the waveform: it opens that VCD, names only
//! signals the VCD has (checked against the header, read here with the `vcd` crate), shows the walker's state through
//! the filter file written next to the VCD, and groups the signals. When `gtkwave` and `Xvfb` are installed, GTKWave
//! itself loads the file on a virtual display and reports what it shows.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_mmu-rtl");

/// A fresh directory for one test.
fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mmu-gtkw-{tag}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// `mmu-rtl run EXAMPLE --vcd DIR/NAME.vcd --engine ENGINE`.
fn run_with_vcd(dir: &Path, name: &str, engine: &str) -> (PathBuf, Output) {
    let vcd = dir.join(format!("{name}.vcd"));
    let out = Command::new(BIN)
        .arg("run")
        .arg(example(&format!("{name}.mmu")))
        .arg("--vcd")
        .arg(&vcd)
        .args(["--engine", engine])
        .output()
        .expect("the mmu-rtl binary runs");
    (vcd, out)
}

/// The VCD's signals under the names GTKWave gives them (`mmu.cpu.req_va[63:0]`), in header order.
fn vcd_signals(vcd: &Path) -> Vec<String> {
    fn walk(items: &[vcd::ScopeItem], scope: &mut Vec<String>, out: &mut Vec<String>) {
        for item in items {
            match item {
                vcd::ScopeItem::Scope(s) => {
                    scope.push(s.identifier.clone());
                    walk(&s.items, scope, out);
                    scope.pop();
                }
                vcd::ScopeItem::Var(v) => {
                    let mut name = format!("{}.{}", scope.join("."), v.reference);
                    match v.index {
                        Some(i) => name.push_str(&i.to_string()),
                        None if v.size > 1 => name.push_str(&format!("[{}:0]", v.size - 1)),
                        None => {}
                    }
                    out.push(name);
                }
                _ => {}
            }
        }
    }
    let mut parser = vcd::Parser::new(BufReader::new(fs::File::open(vcd).unwrap()));
    let header = parser.parse_header().expect("a VCD header");
    let mut out = vec![];
    walk(&header.items, &mut vec![], &mut out);
    out
}

/// One row of the save file's signal list.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Row {
    /// A signal, with the trace flags in force and the translate-filter file loaded before it, if any.
    Trace {
        name: String,
        flags: u32,
        filter: Option<String>,
    },
    GroupStart {
        title: String,
        closed: bool,
    },
    GroupEnd {
        title: String,
    },
}

/// The rows of a save file, read the way GTKWave reads them: `@hex` sets the flags of what follows, `^N FILE` the
/// filter of the next trace, `-Title` is a blank row (a group marker with the group flags), `[...]` and `*...` are
/// settings, anything else a signal.
fn rows(save: &str) -> Vec<Row> {
    const GRP_BEGIN: u32 = 0x80_0000;
    const GRP_END: u32 = 0x100_0000;
    const CLOSED: u32 = 0x40_0000;
    let mut flags = 0;
    let mut filter = None;
    let mut out = vec![];
    for line in save.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(hex) = line.strip_prefix('@') {
            flags = u32::from_str_radix(hex, 16).expect("hex trace flags");
        } else if let Some(f) = line.strip_prefix('^') {
            let (n, file) = f.split_once(' ').expect("^N FILE");
            assert_eq!(n, "1", "{line}");
            filter = Some(file.to_string());
        } else if let Some(title) = line.strip_prefix('-') {
            let title = title.to_string();
            if flags & GRP_BEGIN != 0 {
                out.push(Row::GroupStart {
                    title,
                    closed: flags & CLOSED != 0,
                });
            } else {
                assert!(
                    flags & GRP_END != 0,
                    "a blank row that is no group marker: {line}"
                );
                out.push(Row::GroupEnd { title });
            }
        } else if !line.starts_with('[') && !line.starts_with('*') {
            out.push(Row::Trace {
                name: line.to_string(),
                flags,
                filter: filter.take(),
            });
        }
    }
    out
}

/// The `[key] "value"` setting of a save file.
fn setting<'a>(save: &'a str, key: &str) -> Option<&'a str> {
    save.lines()
        .find_map(|l| l.strip_prefix(&format!("[{key}] ")))
        .map(|v| v.trim_matches('"'))
}

/// The groups of `rows` with their signals, checking that every group closes what it opened, without nesting.
fn groups(rows: &[Row]) -> Vec<(String, bool, Vec<String>)> {
    let mut out: Vec<(String, bool, Vec<String>)> = vec![];
    let mut open: Option<usize> = None;
    for row in rows {
        match row {
            Row::GroupStart { title, closed } => {
                assert!(open.is_none(), "group {title} opens inside another");
                out.push((title.clone(), *closed, vec![]));
                open = Some(out.len() - 1);
            }
            Row::GroupEnd { title } => {
                let k = open.take().expect("a group end without a start");
                assert_eq!(&out[k].0, title);
            }
            Row::Trace { name, .. } => {
                if let Some(k) = open {
                    out[k].2.push(name.clone());
                }
            }
        }
    }
    assert!(open.is_none(), "a group is left open");
    out
}

fn traces(rows: &[Row]) -> Vec<String> {
    rows.iter()
        .filter_map(|r| match r {
            Row::Trace { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn rtl_waveform_gets_a_save_file_naming_only_its_signals() {
    let dir = scratch("rtl");
    let (vcd, out) = run_with_vcd(&dir, "walk4k", "rtl");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let gtkw = dir.join("walk4k.gtkw");
    let filter = dir.join("walk4k.walker_state.filter");
    assert!(
        err.contains(&format!(
            "waveform: {} (gtkwave {}; state names: {})",
            vcd.display(),
            gtkw.display(),
            filter.display()
        )),
        "{err}"
    );
    let save = fs::read_to_string(&gtkw).expect("the .gtkw next to the VCD");

    // It opens this VCD, and knows where it is itself (GTKWave resolves moved files from the two).
    assert_eq!(
        setting(&save, "dumpfile").map(PathBuf::from),
        Some(fs::canonicalize(&vcd).unwrap())
    );
    assert_eq!(
        setting(&save, "savefile").map(PathBuf::from),
        Some(fs::canonicalize(&gtkw).unwrap())
    );

    // The view starts where the MMU came out of reset, after the L2's flush walk (129 cycles of 10 time units):
    // the first screen shows the first request, not the flush.
    let start: u64 = setting(&save, "timestart")
        .and_then(|t| t.parse().ok())
        .expect("[timestart]");
    assert!((1290..1400).contains(&start), "timestart {start}");

    // Every signal it names is in the VCD, each once, and every signal of the VCD is shown.
    let rows = rows(&save);
    let named = traces(&rows);
    let in_vcd = vcd_signals(&vcd);
    assert!(in_vcd.len() > 50, "{in_vcd:?}");
    for n in &named {
        assert!(in_vcd.contains(n), "{n} is not a signal of the VCD");
    }
    let unique: BTreeSet<&String> = named.iter().collect();
    assert_eq!(unique.len(), named.len(), "a signal is named twice");
    assert_eq!(
        unique,
        in_vcd.iter().collect::<BTreeSet<_>>(),
        "not every VCD signal is shown"
    );

    // The walker's state goes through the filter file next to the VCD; nothing else does.
    let filtered: Vec<(&String, u32, &String)> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Trace {
                name,
                flags,
                filter: Some(f),
            } => Some((name, *flags, f)),
            _ => None,
        })
        .collect();
    assert_eq!(filtered.len(), 1, "{filtered:?}");
    let (name, flags, file) = filtered[0];
    assert_eq!(name, "mmu.walker.state[3:0]");
    assert_ne!(flags & 0x2000, 0, "translate-filter flag: {flags:#x}");
    assert_eq!(PathBuf::from(file), fs::canonicalize(&filter).unwrap());
    let names = fs::read_to_string(&filter).unwrap();
    assert!(names.lines().any(|l| l == "1 ReadEntry"), "{names}");
    assert!(names.lines().any(|l| l == "2 CheckEntry"), "{names}");

    // Buses in hex, single bits in binary.
    for r in &rows {
        if let Row::Trace {
            name,
            flags,
            filter: None,
        } = r
        {
            let want = if name.ends_with(']') { 0x2 } else { 0x8 };
            assert_eq!(flags & 0xe, want, "{name}: {flags:#x}");
        }
    }

    // The groups, and what is in them.
    let groups = groups(&rows);
    let titles: Vec<(&str, bool)> = groups.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
    assert_eq!(
        titles,
        [
            ("Fetch port", false),
            ("Data port", false),
            ("Walker", false),
            ("Memory port", false),
            ("ITLB", false),
            ("DTLB", false),
            ("Invalidation", false),
            ("Paging-structure cache", false),
            ("Second-level TLB", false),
            ("Permission check", false),
            ("Maintenance port", true),
            ("Control inputs", true),
        ]
    );
    let members = |title: &str| &groups.iter().find(|g| g.0 == title).unwrap().2;
    for (title, scope) in [
        ("Fetch port", "mmu.fetch."),
        ("Data port", "mmu.data."),
        ("Walker", "mmu.walker."),
        ("Memory port", "mmu.mem."),
        ("ITLB", "mmu.itlb."),
        ("DTLB", "mmu.dtlb."),
        ("Invalidation", "mmu.inval."),
        ("Paging-structure cache", "mmu.pwc."),
        ("Second-level TLB", "mmu.l2."),
        ("Permission check", "mmu.perm."),
    ] {
        let want: Vec<&String> = in_vcd.iter().filter(|n| n.starts_with(scope)).collect();
        assert!(!want.is_empty(), "{scope}");
        assert_eq!(members(title).iter().collect::<Vec<_>>(), want, "{title}");
    }
    assert!(members("Maintenance port")
        .iter()
        .all(|n| n.starts_with("mmu.cpu.cmd_")));
    assert!(members("Control inputs").contains(&"mmu.cpu.cr3[63:0]".to_string()));
    // Only the clock is outside the groups.
    let grouped: usize = groups.iter().map(|g| g.2.len()).sum();
    assert_eq!(named.len() - grouped, 1);
    assert_eq!(named[0], "mmu.clock");

    fs::remove_dir_all(&dir).unwrap();
}

/// The verilator engine's waveform has the ports only: the save file shows those, without a walker group or a
/// filter.
#[test]
fn ports_only_waveform_gets_the_port_groups() {
    if let Some(why) = mmu_verilated::unavailable() {
        println!("skipped: the verilator engine is not built ({why})");
        return;
    }
    let dir = scratch("verilator");
    let (vcd, out) = run_with_vcd(&dir, "walk4k", "verilator");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!dir.join("walk4k.walker_state.filter").exists());
    assert!(
        err.contains(&format!(
            "waveform: {} (gtkwave {})\n",
            vcd.display(),
            dir.join("walk4k.gtkw").display()
        )),
        "{err}"
    );
    let save = fs::read_to_string(dir.join("walk4k.gtkw")).unwrap();
    let rows = rows(&save);
    let in_vcd = vcd_signals(&vcd);
    let named = traces(&rows);
    assert_eq!(
        named.iter().collect::<BTreeSet<_>>(),
        in_vcd.iter().collect::<BTreeSet<_>>()
    );
    assert!(!save.contains('^'));
    let titles: Vec<String> = groups(&rows).into_iter().map(|g| g.0).collect();
    assert_eq!(
        titles,
        [
            "Fetch port",
            "Data port",
            "Memory port",
            "Maintenance port",
            "Control inputs"
        ]
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// Whether `tool` is an executable on PATH.
fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|d| {
            d.join(tool).metadata().is_ok_and(|m| {
                m.is_file()
                    && std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
            })
        })
    })
}

/// A process killed when dropped.
struct Reaped(Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for `child` to exit, for at most `limit`.
fn wait_for(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// The first time the VCD's `mmu.walker.state` holds `code`.
fn first_time_in_state(vcd: &Path, code: u64) -> u64 {
    let mut parser = vcd::Parser::new(BufReader::new(fs::File::open(vcd).unwrap()));
    let header = parser.parse_header().unwrap();
    let state = header
        .find_var(&["mmu", "walker", "state"])
        .expect("mmu.walker.state")
        .code;
    let mut now = 0;
    for command in parser {
        match command.unwrap() {
            vcd::Command::Timestamp(t) => now = t,
            vcd::Command::ChangeVector(id, v) if id == state => {
                let value = v
                    .iter()
                    .fold(0u64, |acc, b| (acc << 1) | u64::from(b == vcd::Value::V1));
                if value == code {
                    return now;
                }
            }
            _ => {}
        }
    }
    panic!("the walker never reaches state {code}");
}

/// GTKWave opens the save file on a virtual display: a Tcl script run after loading lists the rows it shows, with
/// the walker's state at a cycle of the first walk, then quits.
#[test]
fn gtkwave_opens_it() {
    let missing: Vec<&str> = ["gtkwave", "Xvfb"]
        .into_iter()
        .filter(|t| !on_path(t))
        .collect();
    if !missing.is_empty() {
        println!(
            "skipped the GTKWave check: {} not installed (scripts/ensure-tools.sh gtkwave Xvfb)",
            missing.join(" and ")
        );
        return;
    }
    let dir = scratch("gtkwave");
    let (vcd, out) = run_with_vcd(&dir, "walk4k", "rtl");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let gtkw = dir.join("walk4k.gtkw");
    let save = fs::read_to_string(&gtkw).unwrap();
    let rows = rows(&save);

    // Xvfb picks a free display and prints its number when it accepts connections.
    let mut xvfb = Reaped(
        Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts"),
    );
    let mut display = String::new();
    BufReader::new(xvfb.0.stdout.take().unwrap())
        .read_line(&mut display)
        .unwrap();
    let display = format!(":{}", display.trim());
    assert_ne!(display, ":", "Xvfb did not report a display");

    let read_entry = first_time_in_state(&vcd, 1);
    let report = dir.join("report.txt");
    let script = dir.join("report.tcl");
    fs::write(
        &script,
        format!(
            "set out [open {{{}}} w]\n\
             set n [gtkwave::getTotalNumTraces]\n\
             gtkwave::setMarker {}\n\
             for {{set i 0}} {{$i < $n}} {{incr i}} {{\n\
             \x20 puts $out \"[gtkwave::getTraceNameFromIndex $i]|[gtkwave::getTraceFlagsFromIndex $i]|[gtkwave::getTraceValueAtMarkerFromIndex $i]\"\n\
             }}\n\
             close $out\n\
             gtkwave::/File/Quit\n",
            report.display(),
            read_entry + 2
        ),
    )
    .unwrap();
    let mut gtkwave = Reaped(
        Command::new("gtkwave")
            .arg("-S")
            .arg(&script)
            .arg(&gtkw)
            .env("DISPLAY", &display)
            .stdout(Stdio::null())
            .stderr(fs::File::create(dir.join("gtkwave.log")).unwrap())
            .spawn()
            .expect("gtkwave starts"),
    );
    let status = wait_for(&mut gtkwave.0, Duration::from_secs(120));
    let log = fs::read_to_string(dir.join("gtkwave.log")).unwrap_or_default();
    let status =
        status.unwrap_or_else(|| panic!("GTKWave did not quit when the script ended\n{log}"));
    assert!(status.success(), "gtkwave: {status}\n{log}");
    drop(xvfb);

    // One row per signal and per group marker, in the file's order, each signal under its last name.
    let report = fs::read_to_string(&report).expect("the script's report");
    let shown: Vec<Vec<&str>> = report.lines().map(|l| l.split('|').collect()).collect();
    let want: Vec<String> = rows
        .iter()
        .map(|r| match r {
            Row::Trace { name, .. } => name.rsplit('.').next().unwrap().to_string(),
            Row::GroupStart { title, .. } | Row::GroupEnd { title } => title.clone(),
        })
        .collect();
    let names: Vec<&str> = shown.iter().map(|r| r[0]).collect();
    assert_eq!(names, want, "{report}");
    // The walker's state by name.
    let state = shown
        .iter()
        .find(|r| r[0] == "state[3:0]")
        .expect("the walker's state");
    assert_eq!(state[2], "ReadEntry", "{report}");
    fs::remove_dir_all(&dir).unwrap();
}
