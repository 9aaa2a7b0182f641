//! Single-threaded stepping of a rust-hdl circuit: settle the combinational logic, clock edges.
//!
//! rust-hdl's threaded `Simulation` hands the circuit between threads on every event; driving
//! `Block::update_all` directly is an order of magnitude faster and keeps the caller in control
//! of when inputs change relative to the clock.
//!
//! A cycle, as the block tests run it:
//!
//! ```text
//!            set inputs, clock low     read outputs      rising edge
//!   clock  __/‾‾‾‾‾‾\__________________________________/‾‾‾‾‾‾\____
//!            ^ settle_low()             ^ outputs valid ^ rise()
//! ```
//!
//! `rise` settles the whole circuit with the clock high, and `settle_low` then settles it again
//! with the clock low and the next inputs. A driver that only reads the settled outputs of each
//! cycle can call [`Clocked::edge`] instead of `rise`: the clock is high for one `update_all`
//! pass only, and the next `settle_low` carries the edge down to every flop *and* the new inputs
//! through the logic in the same passes. Every flop samples what it samples with `rise`, and the
//! settled values are the same; a cycle takes about half the passes. Why (pass 1 is `edge`, which
//! commits the top's clock; `settle_low` runs passes 2, 3, ...):
//!
//! - In a pass, each block runs its kernel, commits its own signals, and then its sub-blocks do
//!   the same. A kernel reads its input ports (and a flop reads its `d` and clock) as committed in
//!   an earlier pass, its locals and its sub-blocks' outputs as last written. A change therefore
//!   goes down one level of the hierarchy per pass.
//! - The clock goes down the same way: the flops of a block at depth `k` (the top is 0) see their
//!   clock rise in pass `k + 2` and sample in pass `k + 3`, taking the `d` their block's kernel
//!   wrote in pass `k + 2`.
//! - The new inputs are committed in pass 2 and reach the kernel of a depth-`k` block in pass
//!   `k + 3` at the earliest, one pass after it wrote the `d` its flops sample. The clock falling
//!   in pass 2 follows the rise down one pass behind it: a flop samples in the pass after its
//!   clock rose, before the fall reaches it.
//!
//! [`Clocked::finish_edge`] completes an edge started by `edge` (a full settle with the clock
//! high), for a caller that wants to look at the flops right after the edge.

use mmu_hdl::mmu::{Holder, Mmu};
use mmu_hdl::pwc::Pwc;
use mmu_hdl::tlb::Tlb;
use mmu_hdl::walker::Walker;
use rust_hdl::prelude::*;

/// Iterations `settle` allows before declaring a combinational loop.
pub const MAX_SETTLE_ITERS: usize = 256;

/// Propagates input changes until nothing changes any more; returns the passes that took (`Block::update_all` over
/// the whole circuit, the last one finding nothing changed).
///
/// Panics when the circuit does not settle: that is a combinational loop, a design error.
pub fn settle<B: Block>(uut: &mut B) -> usize {
    for pass in 1..=MAX_SETTLE_ITERS {
        uut.update_all();
        if !uut.has_changed() {
            return pass;
        }
    }
    panic!("circuit did not settle within {MAX_SETTLE_ITERS} iterations (combinational loop?)");
}

/// A block with a top-level `clock` input.
pub trait Clocked: Block + Sized {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock>;

    /// Lowers the clock and settles (call after setting the inputs of the next cycle); returns the passes.
    fn settle_low(&mut self) -> usize {
        self.clock_signal().next = Clock { clk: false };
        settle(self)
    }

    /// Raises the clock: every flop samples the settled values of the cycle that ends. Returns the passes.
    fn rise(&mut self) -> usize {
        self.clock_signal().next = Clock { clk: true };
        settle(self)
    }

    /// Starts a rising edge on a settled circuit whose inputs have not been touched since it
    /// settled: raises the clock for a single pass. The next [`Clocked::settle_low`] completes it
    /// (see the module documentation); until then the flops still hold the values of the cycle
    /// that ended.
    ///
    /// That pass is the clock's commit alone: in a settled circuit every kernel would compute
    /// again what every signal holds, so the clock is the only signal the pass would change.
    fn edge(&mut self) {
        let clock = self.clock_signal();
        clock.next = Clock { clk: true };
        clock.update_all();
    }

    /// Completes an edge started by [`Clocked::edge`]: settles with the clock high, as
    /// [`Clocked::rise`] leaves the circuit. Does nothing when the clock is low.
    fn finish_edge(&mut self) -> usize {
        if self.clock_signal().val().clk {
            settle(self)
        } else {
            0
        }
    }

    /// One full cycle with the inputs as they are: settle low, then rising edge.
    fn cycle(&mut self) {
        self.settle_low();
        self.rise();
    }
}

/// Each block with a top-level `clock`.
macro_rules! clocked {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {
        $(impl<$($g)*> Clocked for $t {
            fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
                &mut self.clock
            }
        })*
    };
}

clocked!(
    [const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize, H: Holder] Mmu<N, A, NI, AI, LS, H>,
    [const N: usize, const A: usize] Tlb<N, A>,
    [] Walker,
    [] Pwc,
);
