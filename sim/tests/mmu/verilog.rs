//! The exported Verilog: it exports, it passes Verilator `-Wall` and Yosys, and Icarus runs it as rust-hdl does.

use super::*;

// ---- the exported Verilog ----

/// `Mmu<16, 4, 8, 3>` as exported: MAXPHYADDR 40, the default paging-structure cache.
fn mmu16_verilog() -> String {
    let mut uut = Mmu::<16, 4, 8, 3>::new(&config(16));
    uut.connect_all();
    generate_verilog(&uut)
}

/// The exported Verilog of `Mmu<16, 4, 8, 3>`; set `MMU_VERILOG_OUT` to also write it to a file.
#[test]
fn verilog_export_of_mmu16_succeeds() {
    let v = mmu16_verilog();
    assert!(v.contains("module top("), "top module present");
    for port in [
        "req_ready",
        "rsp_tlb_hit",
        "cmd_noflush",
        "mem_rsp_data",
        "cr4_pcide",
    ] {
        assert!(v.contains(port), "port {port} exported");
    }
    assert!(
        v.contains("WalkState$CheckEntry"),
        "FSM states exported as localparams"
    );
    if let Ok(path) = std::env::var("MMU_VERILOG_OUT") {
        std::fs::write(&path, &v).expect("write Verilog");
    }
}

/// Verilator's rules waived for the export, with what each one covers (verilog/lint.vlt waives the same classes
/// signal by signal for the committed exports, whose module names differ).
/// - WIDTH: rust-hdl writes every literal as 32 bits.
/// - UNOPTFLAT: one `always` block per kernel.
/// - UNUSEDSIGNAL: observation-only outputs, unused CR3/VA bits.
/// - DECLFILENAME: module `top` in any file name.
const WAIVED_RULES: [&str; 4] = ["WIDTH", "UNOPTFLAT", "UNUSEDSIGNAL", "DECLFILENAME"];

/// The encodings emitted as localparams in every module with a signal of that type: an UNUSEDPARAM finding is waived
/// for these only.
const ENCODINGS: [&str; 6] = [
    "WalkState",
    "L2State",
    "AccessKind",
    "PageSize",
    "CmdOp",
    "OutcomeCode",
];

/// Whether a Verilator message is waived: a rule of `WAIVED_RULES`, or UNUSEDPARAM of an encoding's localparam.
fn waived(line: &str) -> bool {
    if WAIVED_RULES
        .iter()
        .any(|w| line.starts_with(&format!("%Warning-{w}:")))
    {
        return true;
    }
    line.starts_with("%Warning-UNUSEDPARAM:")
        && ENCODINGS.iter().any(|e| line.contains(&format!("'{e}$")))
}

/// Verilator `-Wall` and Yosys on the exported Verilog of `Mmu<16, 4>`: no latch, no lint finding outside the
/// classes rust-hdl's code generator produces by construction (see `waived`). Skipped with a message when a tool is
/// not installed.
#[test]
fn exported_verilog_passes_verilator_and_yosys() {
    let dir = std::env::temp_dir().join(format!("mmu-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("top.v");
    std::fs::write(&file, mmu16_verilog()).unwrap();
    let run = |cmd: &str, args: &[&str]| {
        std::process::Command::new(cmd)
            .args(args)
            .current_dir(&dir)
            .output()
    };
    match run(
        "verilator",
        &["--lint-only", "-Wall", "--top-module", "top", "top.v"],
    ) {
        Err(_) => eprintln!("SKIPPED: verilator not installed"),
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stderr);
            let findings: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with("%Warning") || l.starts_with("%Error"))
                .filter(|l| !waived(l))
                .filter(|l| !l.starts_with("%Error: Exiting due to"))
                .collect();
            assert!(
                findings.is_empty(),
                "verilator findings:\n{}",
                findings.join("\n")
            );
        }
    }
    match run(
        "yosys",
        &[
            "-p",
            "read_verilog top.v; hierarchy -top top; proc; check -assert",
        ],
    ) {
        Err(_) => eprintln!("SKIPPED: yosys not installed"),
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            let latches: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with("Latch inferred"))
                .collect();
            assert!(latches.is_empty(), "latches:\n{}", latches.join("\n"));
            assert!(
                out.status.success(),
                "yosys check failed:\n{}",
                &text[text.len().saturating_sub(3000)..]
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn tool_available(tool: &str) -> bool {
    std::process::Command::new(tool)
        .arg("-V")
        .output()
        .map(|o| o.status.success() || !o.stdout.is_empty() || !o.stderr.is_empty())
        .unwrap_or(false)
}

/// Values as hex fields, space separated.
fn hex_line(values: &[u64]) -> String {
    values
        .iter()
        .map(|v| format!("{v:x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replays the inputs of a Rust simulation into the exported Verilog under Icarus Verilog and compares every output
/// in every cycle. This is what catches Verilog that means something else than the Rust kernel (operator
/// precedence, widths, literal sizes).
#[test]
fn exported_verilog_matches_the_rust_simulation() {
    if !tool_available("iverilog") {
        eprintln!("SKIPPED: iverilog not installed; the Verilog co-simulation did not run");
        return;
    }
    let cosim = Config {
        pwc_entries: 2,
        ..config(4)
    };
    // A scenario that exercises every path: walks of each size, faults, hits, maintenance, CR4 transitions, a race,
    // a reset, with random latency and back-pressure.
    let mut trace = vec![];
    for seed in [3u64, 11, 0x5eed] {
        let (vas, words, entries) = random_space(seed);
        let mut tb = Tb::with_config(cosim, &words, (1, 3), (3, 4), seed);
        // Some answers are bus errors, on reads and on A/D writes alike.
        tb.err_every = 23;
        // one Verilog instance runs all scenarios: each starts with a traced reset
        tb.trace = Some(vec![]);
        tb.i.reset = true;
        tb.step();
        tb.i.reset = false;
        tb.ctl.cr3 = ROOTS[0] | 1;
        tb.ctl.efer_nxe = true;
        tb.write_cr4(true, true, false);
        let mut rng = Rng(seed);
        for k in 0..160u64 {
            let va = vas[rng.below(12) as usize];
            match rng.below(16) {
                0 => tb.mov_cr3(ROOTS[rng.below(2) as usize] | rng.below(3) | (rng.below(2) << 63)),
                1 => tb.cmd(CmdOp::Invlpg, va, 0, false),
                2 => {
                    let kind = InvpcidType::from_number(rng.below(4)).expect("types 0..=3");
                    tb.cmd(CmdOp::invpcid(kind), va, rng.below(3) as u16, false);
                }
                3 => {
                    let (g, p, s) = (rng.chance(1, 2), rng.chance(1, 2), rng.chance(1, 2));
                    tb.write_cr4(g, p, s);
                }
                4 => {
                    tb.ctl.cr0_wp = rng.chance(1, 2);
                    tb.ctl.cr4_smap = rng.chance(1, 2);
                    tb.ctl.cr4_pke = rng.chance(1, 2);
                    tb.ctl.pkru = rng.next_u64() as u32;
                    tb.step();
                }
                5 => {
                    let a = entries[rng.below(entries.len() as u64) as usize];
                    let v = tb.mem.read(a) ^ [P, W, U, AC, D, G][rng.below(6) as usize];
                    tb.mem.words.insert(a, v);
                }
                6 => {
                    // a command in the middle of a walk
                    tb.i.data_req_valid = true;
                    tb.i.data_req_va = va;
                    tb.i.data_req_write = true;
                    tb.step();
                    tb.i.data_req_valid = false;
                    for _ in 0..rng.below(6) {
                        tb.step();
                    }
                    tb.cmd(CmdOp::Invlpg, va, 0, false);
                    for _ in 0..60 {
                        if tb.step().data_rsp_valid {
                            break;
                        }
                    }
                }
                7 if k % 40 == 39 => {
                    tb.i.reset = true;
                    tb.step();
                    tb.i.reset = false;
                    while !tb.mem.idle() {
                        tb.step();
                    }
                }
                _ => {
                    tb.access(
                        va ^ if rng.chance(1, 30) { 1 << 50 } else { 0 },
                        AccessKind::ALL[rng.below(3) as usize],
                        rng.chance(1, 3),
                    );
                }
            }
        }
        trace.extend(tb.trace.take().unwrap());
    }

    let dir = std::env::temp_dir().join(format!("mmu-cosim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = HdlMmu::new(&cosim).unwrap();
    std::fs::write(dir.join("mmu.v"), fresh.verilog()).unwrap();
    let stim: String = trace
        .iter()
        .map(|(i, _)| hex_line(&i.values()) + "\n")
        .collect();
    std::fs::write(dir.join("stim.txt"), stim).unwrap();
    let decl = |n: &str, kind: &str| {
        let width = mmu_arch::port(n).expect("a port of the table").width;
        if width > 1 {
            format!("  {kind} [{}:0] {n};\n", width - 1)
        } else {
            format!("  {kind} {n};\n")
        }
    };
    let inputs = Inputs::NAMES;
    let outputs = Outputs::NAMES;
    let mut tbv = String::from("module tb;\n  reg clock;\n  integer fd, fo, r;\n");
    for n in inputs {
        tbv += &decl(n, "reg");
    }
    for n in outputs {
        tbv += &decl(n, "wire");
    }
    let ports: Vec<String> = std::iter::once("clock")
        .chain(inputs)
        .chain(outputs)
        .map(|n| format!(".{n}({n})"))
        .collect();
    tbv += &format!("  top uut({});\n", ports.join(", "));
    let fmt_in = vec!["%h"; inputs.len()].join(" ");
    let fmt_out = vec!["%h"; outputs.len()].join(" ");
    tbv += &format!(
        "  initial begin\n    clock = 0;\n    fd = $fopen(\"{}\", \"r\");\n    fo = $fopen(\"{}\", \"w\");\n    r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    while (r == {}) begin\n      #1;\n      $fdisplay(fo, \"{fmt_out}\", {});\n      clock = 1; #1; clock = 0; #1;\n      r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    end\n    $fclose(fo);\n    $finish;\n  end\nendmodule\n",
        dir.join("stim.txt").display(),
        dir.join("out.txt").display(),
        inputs.join(", "),
        inputs.len(),
        outputs.join(", "),
        inputs.join(", "),
    );
    std::fs::write(dir.join("tb.v"), tbv).unwrap();
    let status = std::process::Command::new("iverilog")
        .args(["-o", "sim.vvp", "tb.v", "mmu.v"])
        .current_dir(&dir)
        .status()
        .expect("run iverilog");
    assert!(
        status.success(),
        "iverilog failed to compile the exported Verilog ({})",
        dir.display()
    );
    // An event-driven simulator can spin forever on glitches between kernels: bound it.
    let expect: String = trace
        .iter()
        .map(|(_, o)| hex_line(&o.values()) + "\n")
        .collect();
    std::fs::write(dir.join("expect.txt"), expect).unwrap();
    let mut child = std::process::Command::new("vvp")
        .args(["-n", "sim.vvp"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("run vvp");
    let t0 = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for vvp") {
            break st;
        }
        if t0.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().ok();
            child.wait().ok();
            panic!(
                "vvp did not finish in 120 s (combinational ping-pong?); files in {}",
                dir.display()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "vvp failed ({})", dir.display());
    let got = std::fs::read_to_string(dir.join("out.txt")).unwrap();
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got.len(), trace.len(), "Verilog simulated every cycle");
    let norm = |line: &str| -> Vec<u64> {
        line.split_whitespace()
            .map(|f| u64::from_str_radix(f, 16).unwrap_or(u64::MAX))
            .collect()
    };
    for (cycle, ((inputs, want), got)) in trace.iter().zip(got.iter()).enumerate() {
        assert_eq!(
            norm(got),
            want.values().to_vec(),
            "cycle {cycle}: Verilog and Rust outputs differ\n  ports   {:?}\n  inputs  {:x?}\n  files in {}",
            Outputs::NAMES,
            inputs.by_name(),
            dir.display()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
