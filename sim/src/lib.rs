//! Reference model, cycle simulation and command line of the mmu-rtl x86-64 MMU.
//!
//! - [`arch`]: the architectural vocabulary every engine shares.
//! - [`model`]: the untimed reference model (never depends on the RTL).
//! - [`engine`]: what a scenario runs on.

pub mod arch;
pub mod cli;
pub mod engine;
pub mod mem;
pub mod model;
pub mod pagetable;
pub mod random;
pub mod scenario;
