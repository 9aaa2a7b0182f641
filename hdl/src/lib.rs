//! Synthesizable x86-64 MMU blocks in rust-hdl. Only hardware lives here: the blocks, their port types and one
//! hardware primitive. Simulating them (stepping, probing, port structs) is the `mmu-sim` crate's business; what they
//! must compute is the `mmu-model` crate's.
//!
//! - [`tlb`]: fully associative TLB (CAM), 4K/2M/1G, PCID and global entries.
//! - [`walker`]: the 4-level page walk, reserved-bit checks, A/D write-back, TLB fill.
//! - [`pwc`]: the paging-structure cache (non-leaf entries, PCID-tagged).
//! - [`l2`]: the second-level TLB, set-associative in block RAM, shared by both ports.
//! - [`perm`]: the access-rights check and the #PF error code.
//! - [`port`]: one CPU port with its L1 TLB: request registers, hit answers, the walk handshake.
//! - [`mmu`]: the top: the fetch and data ports, the walker's arbiter, maintenance operations, CR4
//!   transitions.
//! - [`axi4`], [`wishbone`]: the walker's memory port carried over an AXI4 or a Wishbone B4 pipelined master.
//! - [`mmu_axi4`], [`mmu_wb`]: the top with one of those bridges in place of the memory port.
//! - [`dff_array`]: an array of flip-flops on one clock, simulated as one block.
//!
//! Coding rules every kernel follows, and why:
//! - Every flop's `d`, every local and every output is assigned at the top of the kernel, before
//!   any branch: nothing can become a latch in the exported Verilog.
//! - Every signal that leaves a kernel (an output, or an input of a sub-block) is assigned exactly
//!   once per evaluation, from a local that carries the default-then-override logic. Each kernel
//!   exports as one `always @(*)`; in an event-driven simulator an intermediate value written to
//!   such a signal is an event that wakes the other kernel, and two kernels doing that to each
//!   other never settle. Flop `d` inputs are exempt: they are only sampled at the clock edge.
//! - Comparisons mixed with `&`, `|`, `^` are parenthesised: rust-hdl copies the Rust expression
//!   tree into Verilog without parentheses, and the precedences differ.
//! - Casts come before shifts (`bit_cast` then `<<`): Rust truncates a shift to the operand's
//!   width, Verilog widens to the context.
//! - Encoded ports and flops (access kind, page size, outcome, maintenance operation, walker
//!   state) are `LogicState` types from `mmu-arch`, compared by name, never by number.
//!
//! And for simulation speed (every kernel runs several times per clock cycle):
//! - Per-entry state stays at most 32 bits wide per signal: rust-hdl simulates a wider `Bits` as
//!   an array of `bool`, slow to copy, compare and slice. Slicing a narrow value (`get_bits`, a
//!   shift) goes through big integers; slice a wide value once, in the block that is active least.
//! - A field with one flop per TLB entry is a [`dff_array::DffArray`], not an array of `DFF`s.
//! - Only ports are public: a simulator reads internal state by hierarchical name.

pub mod axi4;
pub mod dff_array;
pub mod l2;
pub mod mmu;
pub mod mmu_axi4;
pub mod mmu_wb;
pub mod perm;
pub mod port;
pub mod pwc;
pub mod tlb;
pub mod walk_state;
pub mod walker;
pub mod wishbone;

pub use rust_hdl;
