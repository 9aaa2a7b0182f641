//! Reference model, cycle simulation and command line of the mmu-rtl x86-64 MMU.
//!
//! - [`arch`]: the architectural vocabulary every engine shares.
//! - [`model`]: the untimed reference model (never depends on the RTL).
//! - [`engine`]: what a scenario runs on.
//! - [`lang`]: the `.mmu` scenario language.
//! - [`explain`]: one access explained step by step.
//! - [`gtkw`]: the GTKWave save file written next to a VCD.

pub mod arch;
pub mod cli;
pub mod engine;
pub mod explain;
pub mod export;
pub mod gtkw;
pub mod lang;
pub mod mem;
pub mod model;
pub mod pagetable;
pub mod ports;
pub mod random;
pub mod rtl;
pub mod scenario;
pub mod verilator;
