//! Verilates each committed `mmu*.v` next to this file and links it through a generated C++ shim.
//!
//! The shim and the Rust port table are generated from the `input`/`output` declarations of the top module, so they
//! follow whatever the RTL exports. Without Verilator the crate still builds; it then carries no models and says how to
//! get them.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// One port of the top module.
struct Port {
    name: String,
    width: u32,
    output: bool,
}

/// The `input`/`output` declarations of module `top_name` in `src`.
fn parse_ports(src: &str, top_name: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    let mut inside = false;
    for line in src.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("module ") {
            inside =
                rest.starts_with(top_name) && rest[top_name.len()..].trim_start().starts_with('(');
            continue;
        }
        if t.starts_with("endmodule") {
            inside = false;
        }
        if !inside {
            continue;
        }
        let (output, rest) = if let Some(r) = t.strip_prefix("input ") {
            (false, r)
        } else if let Some(r) = t.strip_prefix("output ") {
            (true, r)
        } else {
            continue;
        };
        let rest = rest
            .trim_start_matches("wire")
            .trim_start_matches("reg")
            .trim();
        let (width, name) = if let Some(r) = rest.strip_prefix('[') {
            let (range, name) = r.split_once(']').expect("port range closes");
            let msb: u32 = range
                .split(':')
                .next()
                .unwrap()
                .trim()
                .parse()
                .expect("port msb");
            (msb + 1, name)
        } else {
            (1, rest)
        };
        let name = name.trim().trim_end_matches(';').trim().to_string();
        ports.push(Port {
            name,
            width,
            output,
        });
    }
    ports
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
    // The default export also without its `initial` blocks, as a flow that ignores them (an ASIC, or an FPGA
    // without initialised flops) sees it: every flop then starts random and only `reset` defines the state.
    let mut variants = exports.clone();
    if let Some((_, path)) = exports.iter().find(|(stem, _)| stem == "mmu") {
        let noinit = out.join("mmu_noinit.v");
        fs::write(
            &noinit,
            strip_initial_blocks(&fs::read_to_string(path).unwrap()),
        )
        .unwrap();
        variants.push(("mmu_noinit".to_string(), noinit));
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
    for (stem, path) in &variants {
        let src = fs::read_to_string(path).unwrap();
        let ports = parse_ports(&src, "mmu");
        assert!(
            !ports.is_empty(),
            "{}: no `module mmu(` with ports found",
            path.display()
        );
        let prefix = format!("V{stem}");
        let mdir = out.join(stem);
        let _ = fs::remove_dir_all(&mdir);
        let status = Command::new("verilator")
            .args([
                "--cc",
                "--top-module",
                "mmu",
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
            .arg(path)
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
        let shim = shim_cpp(stem, &prefix, &ports);
        let shim_path = out.join(format!("{stem}_shim.cpp"));
        fs::write(&shim_path, shim).unwrap();
        build.file(&shim_path);
        write_rust_variant(&mut rs, &mut table, stem, &ports);
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

fn ctype(width: u32) -> &'static str {
    match width {
        1..=8 => "CData",
        9..=16 => "SData",
        17..=32 => "IData",
        33..=64 => "QData",
        _ => panic!("ports wider than 64 bits are not supported by the shim"),
    }
}

fn shim_cpp(stem: &str, prefix: &str, ports: &[Port]) -> String {
    let mut s = String::new();
    writeln!(
        s,
        "#include \"{prefix}.h\"\n#include \"verilated.h\"\n#include <cstdint>\n"
    )
    .unwrap();
    writeln!(
        s,
        "struct {stem}_handle {{ VerilatedContext ctx; {prefix}* top; }};"
    )
    .unwrap();
    writeln!(s, "extern \"C\" {{").unwrap();
    writeln!(
        s,
        "void* {stem}_new(uint32_t rand_reset, uint64_t seed) {{\n  auto h = new {stem}_handle;\n  \
         h->ctx.randReset(rand_reset);\n  h->ctx.randSeed((int)seed);\n  h->top = new {prefix}{{&h->ctx}};\n  return h;\n}}"
    )
    .unwrap();
    writeln!(
        s,
        "void {stem}_delete(void* p) {{ auto h = ({stem}_handle*)p; delete h->top; delete h; }}"
    )
    .unwrap();
    writeln!(
        s,
        "void {stem}_eval(void* p) {{ (({stem}_handle*)p)->top->eval(); }}"
    )
    .unwrap();
    writeln!(s, "void {stem}_set(void* p, uint32_t i, uint64_t v) {{\n  auto t = (({stem}_handle*)p)->top;\n  switch (i) {{").unwrap();
    for (i, port) in ports.iter().enumerate().filter(|(_, p)| !p.output) {
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
    for (i, port) in ports.iter().enumerate() {
        writeln!(s, "  case {i}: return (uint64_t)t->{};", port.name).unwrap();
    }
    writeln!(s, "  default: return 0;\n  }}\n}}").unwrap();
    // One call per half cycle: drive the listed inputs, lower the clock, evaluate, read the listed outputs.
    writeln!(
        s,
        "void {stem}_settle(void* p, const uint32_t* in_idx, const uint64_t* in_val, uint32_t n_in, uint32_t clock,\n\
         \x20                  const uint32_t* out_idx, uint64_t* out_val, uint32_t n_out) {{\n\
         \x20 for (uint32_t k = 0; k < n_in; ++k) {stem}_set(p, in_idx[k], in_val[k]);\n\
         \x20 {stem}_set(p, clock, 0);\n\
         \x20 (({stem}_handle*)p)->top->eval();\n\
         \x20 for (uint32_t k = 0; k < n_out; ++k) out_val[k] = {stem}_get(p, out_idx[k]);\n}}"
    )
    .unwrap();
    writeln!(
        s,
        "void {stem}_rise(void* p, uint32_t clock) {{ {stem}_set(p, clock, 1); (({stem}_handle*)p)->top->eval(); }}"
    )
    .unwrap();
    writeln!(s, "}}").unwrap();
    s
}

fn write_rust_variant(rs: &mut String, table: &mut String, stem: &str, ports: &[Port]) {
    writeln!(rs, "extern \"C\" {{").unwrap();
    writeln!(
        rs,
        "    fn {stem}_new(rand_reset: u32, seed: u64) -> *mut core::ffi::c_void;"
    )
    .unwrap();
    writeln!(rs, "    fn {stem}_delete(p: *mut core::ffi::c_void);").unwrap();
    writeln!(rs, "    fn {stem}_eval(p: *mut core::ffi::c_void);").unwrap();
    writeln!(
        rs,
        "    fn {stem}_set(p: *mut core::ffi::c_void, i: u32, v: u64);"
    )
    .unwrap();
    writeln!(
        rs,
        "    fn {stem}_get(p: *mut core::ffi::c_void, i: u32) -> u64;"
    )
    .unwrap();
    writeln!(
        rs,
        "    fn {stem}_settle(p: *mut core::ffi::c_void, in_idx: *const u32, in_val: *const u64, n_in: u32, \
         clock: u32, out_idx: *const u32, out_val: *mut u64, n_out: u32);"
    )
    .unwrap();
    writeln!(
        rs,
        "    fn {stem}_rise(p: *mut core::ffi::c_void, clock: u32);"
    )
    .unwrap();
    writeln!(rs, "}}").unwrap();
    let upper = stem.to_uppercase();
    writeln!(rs, "static {upper}_PORTS: &[Port] = &[").unwrap();
    for p in ports {
        writeln!(
            rs,
            "    Port {{ name: {:?}, width: {}, output: {} }},",
            p.name, p.width, p.output
        )
        .unwrap();
    }
    writeln!(rs, "];").unwrap();
    writeln!(
        table,
        "    Variant {{ name: {stem:?}, ports: {upper}_PORTS, new: {stem}_new, delete: {stem}_delete, eval: {stem}_eval, \
         set: {stem}_set, get: {stem}_get, settle: {stem}_settle, rise: {stem}_rise }},"
    )
    .unwrap();
}
