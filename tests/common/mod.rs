//! Shared by the integration tests: running the `mmu-rtl` binary, and driving the MMU's control inputs; [`rules`]:
//! the pages, page-table builders and model shorthands of the `model_rules_*` tests.
#![allow(dead_code)] // each test file uses part of it

pub mod rules;

use std::path::{Path, PathBuf};

use mmu_sim::ports::Inputs;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_mmu-rtl");

/// The file `name` under `examples/`.
pub fn example_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Runs `mmu-rtl` with `args`.
pub fn mmu(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the mmu-rtl binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Toggles one of the eight one-bit control inputs: CR0.WP, CR4.PGE, CR4.PCIDE, CR4.SMEP, CR4.SMAP, CR4.PKE,
/// EFER.NXE, RFLAGS.AC (`which` 0..=7; any larger value is RFLAGS.AC).
pub fn flip_control_bit(i: &mut Inputs, which: usize) {
    match which {
        0 => i.cr0_wp ^= true,
        1 => i.cr4_pge ^= true,
        2 => i.cr4_pcide ^= true,
        3 => i.cr4_smep ^= true,
        4 => i.cr4_smap ^= true,
        5 => i.cr4_pke ^= true,
        6 => i.efer_nxe ^= true,
        _ => i.rflags_ac ^= true,
    }
}
