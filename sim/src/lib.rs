//! Cycle-by-cycle simulation of the mmu-rtl RTL (`mmu-hdl`) in rust-hdl.
//!
//! - [`ports`]: the `mmu` top's ports as plain values, generated from the port table, and [`ports::MmuPorts`], the
//!   one operation every cycle-accurate engine offers.
//! - [`drive`]: the rust-hdl `Mmu` of a size chosen at run time, behind [`ports::MmuPorts`].
//! - [`probe`]: internal signals read by hierarchical name.
//! - [`step`]: settling a rust-hdl circuit and clocking it, single-threaded.
//! - [`quiet`]: skips a sub-block's simulation in the passes where it cannot change, and withholds clock edges
//!   that would change none of its flops.
//! - [`rtl`]: the cycle driver that runs a scenario through any [`ports::MmuPorts`], the walker's memory, VCD.
//! - [`gtkw`]: the GTKWave save file written next to a VCD.
//! - [`export`]: the Verilog export of the whole MMU as one file with top module `mmu`.
//! - [`wavedrom`]: WaveDrom timing diagrams (WaveJSON) of a run's ports, from its VCD.

pub mod drive;
pub mod export;
pub mod gtkw;
pub mod instances;
pub mod ports;
pub mod probe;
pub mod quiet;
pub mod rtl;
pub mod step;
pub mod wavedrom;
