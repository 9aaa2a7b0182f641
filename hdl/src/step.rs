//! Single-threaded stepping of a rust-hdl circuit: settle the combinational logic, clock edges.
//!
//! rust-hdl's threaded `Simulation` hands the circuit between threads on every event; driving
//! `Block::update_all` directly is an order of magnitude faster and keeps the caller in control
//! of when inputs change relative to the clock.
//!
//! A cycle, as every driver in this crate runs it:
//!
//! ```text
//!            set inputs, clock low     read outputs      rising edge
//!   clock  __/‾‾‾‾‾‾\__________________________________/‾‾‾‾‾‾\____
//!            ^ settle()                 ^ outputs valid ^ tick_rise()
//! ```

use rust_hdl::prelude::*;

/// Iterations `settle` allows before declaring a combinational loop.
pub const MAX_SETTLE_ITERS: usize = 256;

/// Propagates input changes until nothing changes any more.
///
/// Panics when the circuit does not settle: that is a combinational loop, a design error.
pub fn settle<B: Block>(uut: &mut B) {
    assert!(
        simulate(uut, MAX_SETTLE_ITERS),
        "circuit did not settle within {MAX_SETTLE_ITERS} iterations (combinational loop?)"
    );
}

/// A block with a top-level `clock` input.
pub trait Clocked: Block + Sized {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock>;

    /// Lowers the clock and settles (call after setting the inputs of the next cycle).
    fn settle_low(&mut self) {
        self.clock_signal().next = Clock { clk: false };
        settle(self);
    }

    /// Raises the clock: every flop samples the settled values of the cycle that ends.
    fn rise(&mut self) {
        self.clock_signal().next = Clock { clk: true };
        settle(self);
    }

    /// One full cycle with the inputs as they are: settle low, then rising edge.
    fn cycle(&mut self) {
        self.settle_low();
        self.rise();
    }
}
