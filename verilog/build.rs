//! Verilates each committed `mmu*.v` next to this file and links it through a generated C++ shim.
//!
//! The harness and the shim are generated from the port table (`mmu_arch::PORTS`), the one list of the ports of
//! `mmu`; a committed export that lacks one of them fails to Verilate against the harness. Without Verilator the crate still builds; it then carries no models and says how to
//! get them.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// The ports of module `mmu`, from the port table.
type Port = mmu_arch::Port;

fn is_output(p: &Port) -> bool {
    p.dir == mmu_arch::Dir::Output
}

fn verilator_root() -> Option<PathBuf> {
    let out = Command::new("verilator")
        .arg("--getenv")
        .arg("VERILATOR_ROOT")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let root = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    root.join("include/verilated.cpp").exists().then_some(root)
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PATH");

    // Every committed export: mmu.v (the default configuration) and mmu_*.v variants.
    let mut exports: Vec<(String, PathBuf)> = fs::read_dir(&manifest)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.extension()? == "v" && (stem == "mmu" || stem.starts_with("mmu_")))
                .then_some((stem, p))
        })
        .collect();
    exports.sort();
    println!("cargo:rerun-if-changed={}", manifest.display());
    for (_, p) in &exports {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    // Each export behind the engine's harness, and two more models of the default export:
    // - `mmu_noinit`: without its `initial` blocks, as a flow that ignores them (an ASIC, or an FPGA without
    //   initialised flops) sees it: every flop then starts random and only `reset` defines the state;
    // - `mmu_plain`: the file exactly as committed, top module `mmu`, clocked the way a user's bench clocks it (an
    //   `eval` with the clock low, one with it high), so the lockstep test covers that flow too.
    let mut variants: Vec<(String, PathBuf, Clocking)> = exports
        .iter()
        .map(|(stem, path)| (stem.clone(), path.clone(), Clocking::Harness))
        .collect();
    if let Some((_, path)) = exports.iter().find(|(stem, _)| stem == "mmu") {
        let noinit = out.join("mmu_noinit.v");
        fs::write(
            &noinit,
            strip_initial_blocks(&fs::read_to_string(path).unwrap()),
        )
        .unwrap();
        variants.push(("mmu_noinit".to_string(), noinit, Clocking::Harness));
        variants.push(("mmu_plain".to_string(), path.clone(), Clocking::Plain));
    }

    let mut rs = String::new();
    let root = verilator_root();
    let Some(root) = root.filter(|_| !variants.is_empty()) else {
        let why = if variants.is_empty() {
            "no exported Verilog (verilog/mmu.v) was found when this crate was built: run `make verilog` and rebuild"
        } else {
            "Verilator was not found when this crate was built: install it (Debian: apt-get install verilator, or \
             `make deps`) and rebuild"
        };
        println!("cargo:warning={why}");
        writeln!(rs, "pub const UNAVAILABLE: Option<&str> = Some({why:?});").unwrap();
        writeln!(rs, "pub static VARIANTS: &[Variant] = &[];").unwrap();
        fs::write(out.join("variants.rs"), rs).unwrap();
        return;
    };

    let include = root.join("include");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .include(&include)
        .include(include.join("vltstd"))
        .flag_if_supported("-Wno-unused-parameter")
        .flag_if_supported("-Wno-sign-compare")
        .flag_if_supported("-Wno-unused-variable")
        .flag_if_supported("-Wno-bool-operation")
        .flag_if_supported("-Wno-shadow")
        .warnings(false)
        // The models are built on the machine that runs them (this build script), so they may use all of its
        // instruction set: the wide compare-and-select code of the TLB is about 1.6x faster with vector
        // instructions, and -O2 beats -O3 on these large functions by about 20% (measured with Verilator 5.006,
        // g++ 12).
        .flag_if_supported("-march=native")
        .opt_level(2)
        .define("VM_TRACE", "0");
    build.file(include.join("verilated.cpp"));
    build.file(include.join("verilated_threads.cpp"));

    writeln!(rs, "pub const UNAVAILABLE: Option<&str> = None;").unwrap();
    let mut table = String::from("pub static VARIANTS: &[Variant] = &[\n");
    for (stem, path, clocking) in &variants {
        let ports = mmu_arch::PORTS;
        let prefix = format!("V{stem}");
        let mdir = out.join(stem);
        let _ = fs::remove_dir_all(&mdir);
        // The Verilog files and top module of this model.
        let (top, sources) = match clocking {
            Clocking::Harness => {
                let wrapper = out.join(format!("{stem}_harness.v"));
                fs::write(&wrapper, harness_verilog(ports)).unwrap();
                (HARNESS_TOP, vec![wrapper, path.clone()])
            }
            Clocking::Plain => ("mmu", vec![path.clone()]),
        };
        let status = Command::new("verilator")
            .args([
                "--cc",
                "--top-module",
                top,
                "--prefix",
                &prefix,
                "-O3",
                // `fast`: an X assignment becomes a constant. `unique` re-randomises every block-local temporary on
                // every evaluation, which costs a third of the model's speed (measured); uninitialised *state* is
                // what `--x-initial unique` below randomises, and that is what the x-initial tests need.
                "--x-assign",
                "fast",
            ])
            .args([
                "--x-initial",
                "unique",
                "-Wno-fatal",
                "-Wno-lint",
                "-Wno-style",
                "--Mdir",
            ])
            .arg(&mdir)
            .args(&sources)
            .status()
            .expect("run verilator");
        assert!(status.success(), "verilator failed on {}", path.display());
        build.include(&mdir);
        for f in fs::read_dir(&mdir).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "cpp") {
                build.file(f);
            }
        }
        let shim = shim_cpp(stem, &prefix, ports, *clocking);
        let shim_path = out.join(format!("{stem}_shim.cpp"));
        fs::write(&shim_path, shim).unwrap();
        build.file(&shim_path);
        write_rust_variant(&mut rs, &mut table, stem);
    }
    table.push_str("];\n");
    rs.push_str(&table);
    build.compile("mmu_verilated");
    fs::write(out.join("variants.rs"), rs).unwrap();
}

/// Removes every `initial begin ... end` block (the export writes them with plain assignments, no nesting).
fn strip_initial_blocks(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut skipping = false;
    for line in src.lines() {
        let t = line.trim();
        if !skipping && t == "initial begin" {
            skipping = true;
            continue;
        }
        if skipping {
            assert!(
                !t.contains("begin"),
                "nested block inside an initial block: {t}"
            );
            if t == "end" {
                skipping = false;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    assert!(!skipping, "unterminated initial block");
    out
}

/// How a Verilated model is clocked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clocking {
    /// Behind [`harness_verilog`]: one `eval` per cycle.
    Harness,
    /// Top module `mmu` itself: an `eval` with the clock low, then one with it high.
    Plain,
}

/// The top module the engine Verilates: `mmu` behind a register stage on its inputs.
const HARNESS_TOP: &str = "mmu_harness";

/// A simulation-only wrapper that lets Verilator run a clock cycle of `mmu` in one `eval()`.
///
/// Verilator 5.006 evaluates all combinational logic that reads a top-level input on *every* `eval()`, changed or
/// not, and a cycle driven the usual way needs two (the inputs settled with the clock low, then the rising edge): the
/// MMU's logic ran three times per cycle. Here every input of `mmu` passes through a register, and `mmu`'s clock
/// edge is deferred to the next settle, where it happens together with the loading of the new inputs:
///
/// ```text
///   settle n: inputs n set, `step` toggled, `edge_en` = (a rise was called since settle n-1); one eval:
///             pulse = step ^ seen rises -> in$q <= inputs n, seen <= step, and if edge_en, mmu's clock rises:
///             its flops take the values settled in cycle n-1
///             -> mmu's logic settles once, on inputs n and the new state; outputs read
///   rise:     nothing is evaluated; the edge is owed to the next settle
/// ```
///
/// Both register loads are non-blocking assignments of the same edge, so the flops take the values computed from
/// cycle n-1's inputs, exactly as a plain rising edge before the new inputs would. Nothing can observe the model
/// between a rise and the next settle, so the deferral is invisible: the lockstep test compares this engine with the
/// rust-hdl simulation on every output, every cycle.
fn harness_verilog(ports: &[Port]) -> String {
    let range = |w: u32| {
        if w == 1 {
            String::new()
        } else {
            format!("[{}:0] ", w - 1)
        }
    };
    let inputs: Vec<&Port> = ports
        .iter()
        .filter(|p| !is_output(p) && p.name != "clock")
        .collect();
    let mut names: Vec<&str> = vec!["step", "edge_en"];
    names.extend(ports.iter().filter(|p| p.name != "clock").map(|p| p.name));
    let mut v = String::from(
        "// Generated by verilog/build.rs: the simulation harness around mmu (see harness_verilog).\n",
    );
    writeln!(v, "module {HARNESS_TOP}({});", names.join(",")).unwrap();
    writeln!(v, "    input wire step;\n    input wire edge_en;").unwrap();
    for p in ports.iter().filter(|p| p.name != "clock") {
        let dir = if is_output(p) { "output" } else { "input" };
        writeln!(v, "    {dir} wire {}{};", range(p.width), p.name).unwrap();
    }
    for p in &inputs {
        writeln!(v, "    reg {}{}$q;", range(p.width), p.name).unwrap();
    }
    writeln!(v, "    reg seen = 1'b0;").unwrap();
    writeln!(v, "    wire pulse = step ^ seen;").unwrap();
    writeln!(v, "    wire mmu_clock = pulse & edge_en;").unwrap();
    writeln!(
        v,
        "    always @(posedge pulse) begin\n        seen <= step;"
    )
    .unwrap();
    for p in &inputs {
        writeln!(v, "        {0}$q <= {0};", p.name).unwrap();
    }
    writeln!(v, "    end").unwrap();
    let conns: Vec<String> = ports
        .iter()
        .map(|p| {
            if p.name == "clock" {
                "        .clock(mmu_clock)".to_string()
            } else if is_output(p) {
                format!("        .{0}({0})", p.name)
            } else {
                format!("        .{0}({0}$q)", p.name)
            }
        })
        .collect();
    writeln!(v, "    mmu dut(\n{}\n    );", conns.join(",\n")).unwrap();
    writeln!(v, "endmodule").unwrap();
    v
}

fn ctype(width: u32) -> &'static str {
    match width {
        1..=8 => "CData",
        9..=16 => "SData",
        17..=32 => "IData",
        33..=64 => "QData",
        _ => panic!("ports wider than 64 bits are not supported by the shim"),
    }
}

fn shim_cpp(stem: &str, prefix: &str, ports: &[Port], clocking: Clocking) -> String {
    let mut s = String::new();
    writeln!(
        s,
        "#include \"{prefix}.h\"\n#include \"verilated.h\"\n#include <cstdint>\n"
    )
    .unwrap();
    writeln!(
        s,
        "struct {stem}_handle {{ VerilatedContext ctx; {prefix}* top; bool rise_owed; }};"
    )
    .unwrap();
    writeln!(s, "extern \"C\" {{").unwrap();
    writeln!(
        s,
        "void* {stem}_new(uint32_t rand_reset, uint64_t seed) {{\n  auto h = new {stem}_handle;\n  \
         h->ctx.randReset(rand_reset);\n  h->ctx.randSeed((int)seed);\n  h->top = new {prefix}{{&h->ctx}};\n  \
         h->rise_owed = false;\n  \
         // Time 0, inputs low: the initial values settle (and the first settle's `step` is a change).\n  \
         h->top->eval();\n  return h;\n}}"
    )
    .unwrap();
    writeln!(
        s,
        "void {stem}_delete(void* p) {{ auto h = ({stem}_handle*)p; delete h->top; delete h; }}"
    )
    .unwrap();
    writeln!(s, "void {stem}_set(void* p, uint32_t i, uint64_t v) {{\n  auto t = (({stem}_handle*)p)->top;\n  switch (i) {{").unwrap();
    // The clock is driven by settle and rise (or made by the harness), never through these two.
    for (i, port) in ports
        .iter()
        .enumerate()
        .filter(|(_, p)| !is_output(p) && p.name != "clock")
    {
        writeln!(
            s,
            "  case {i}: t->{} = ({})v; break;",
            port.name,
            ctype(port.width)
        )
        .unwrap();
    }
    writeln!(s, "  default: break;\n  }}\n}}").unwrap();
    writeln!(s, "uint64_t {stem}_get(void* p, uint32_t i) {{\n  auto t = (({stem}_handle*)p)->top;\n  switch (i) {{").unwrap();
    for (i, port) in ports.iter().enumerate().filter(|(_, p)| p.name != "clock") {
        writeln!(s, "  case {i}: return (uint64_t)t->{};", port.name).unwrap();
    }
    writeln!(s, "  default: return 0;\n  }}\n}}").unwrap();
    // Settle: drive the listed inputs, evaluate with the clock low, read the listed outputs. Rise: the rising edge.
    // Behind the harness (see `harness_verilog`) settle also toggles `step` with the owed edge, and rise only owes it.
    let (settle_clock, rise_body) = match clocking {
        Clocking::Harness => (
            "  h->top->edge_en = h->rise_owed;\n  h->top->step = !h->top->step;\n  h->rise_owed = false;\n",
            "h->rise_owed = true;",
        ),
        Clocking::Plain => ("  h->top->clock = 0;\n", "h->top->clock = 1; h->top->eval();"),
    };
    writeln!(
        s,
        "void {stem}_settle(void* p, const uint32_t* in_idx, const uint64_t* in_val, uint32_t n_in,\n\
         \x20                  const uint32_t* out_idx, uint64_t* out_val, uint32_t n_out) {{\n\
         \x20 auto h = ({stem}_handle*)p;\n\
         \x20 for (uint32_t k = 0; k < n_in; ++k) {stem}_set(p, in_idx[k], in_val[k]);\n\
         {settle_clock}\
         \x20 h->top->eval();\n\
         \x20 for (uint32_t k = 0; k < n_out; ++k) out_val[k] = {stem}_get(p, out_idx[k]);\n}}"
    )
    .unwrap();
    writeln!(
        s,
        "void {stem}_rise(void* p) {{ auto h = ({stem}_handle*)p; {rise_body} }}"
    )
    .unwrap();
    writeln!(s, "}}").unwrap();
    s
}

fn write_rust_variant(rs: &mut String, table: &mut String, stem: &str) {
    writeln!(rs, "extern \"C\" {{").unwrap();
    writeln!(
        rs,
        "    fn {stem}_new(rand_reset: u32, seed: u64) -> *mut core::ffi::c_void;"
    )
    .unwrap();
    writeln!(rs, "    fn {stem}_delete(p: *mut core::ffi::c_void);").unwrap();
    writeln!(
        rs,
        "    fn {stem}_get(p: *mut core::ffi::c_void, i: u32) -> u64;"
    )
    .unwrap();
    writeln!(
        rs,
        "    fn {stem}_settle(p: *mut core::ffi::c_void, in_idx: *const u32, in_val: *const u64, n_in: u32, \
         out_idx: *const u32, out_val: *mut u64, n_out: u32);"
    )
    .unwrap();
    writeln!(rs, "    fn {stem}_rise(p: *mut core::ffi::c_void);").unwrap();
    writeln!(rs, "}}").unwrap();
    writeln!(
        table,
        "    Variant {{ name: {stem:?}, new: {stem}_new, delete: {stem}_delete, \
         get: {stem}_get, settle: {stem}_settle, rise: {stem}_rise }},"
    )
    .unwrap();
}
