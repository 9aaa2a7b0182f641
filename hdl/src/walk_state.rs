//! `WalkState`: the states of the walker's FSM (`walker.rs`), in the order of their encoding.
//!
//! The state flop holds `WalkState::code`; the exported Verilog names each encoding after its
//! variant, and the simulation driver, the waveform views and the formal properties read the flop
//! through `ALL` and `name`.

use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum WalkState {
    /// No walk; waiting for `start`.
    Idle,
    /// Requesting the entry of the current level.
    ReadEntry,
    /// Waiting for that entry; checked in the cycle it arrives.
    CheckEntry,
    /// Rights of the finished walk presented to Perm; the first A/D write is offered if they allow the access.
    PermCheck,
    /// Offering the next A/D write, without waiting for the answers of those before it.
    WriteBack,
    /// Every write offered; waiting for the answer of the last.
    AckWrite,
    /// Successful answer, TLB fill.
    Done,
    /// #PF answer.
    Fault,
    /// A write found its entry changed since the walk read it: start the walk again, as in `Idle` with `start`.
    Rewalk,
}

impl WalkState {
    /// Every state in encoding order (the value the state flop holds).
    pub const ALL: [WalkState; 9] = [
        WalkState::Idle,
        WalkState::ReadEntry,
        WalkState::CheckEntry,
        WalkState::PermCheck,
        WalkState::WriteBack,
        WalkState::AckWrite,
        WalkState::Done,
        WalkState::Fault,
        WalkState::Rewalk,
    ];

    /// The number the state flop holds for this state (its Verilog encoding).
    pub fn code(self) -> u64 {
        WalkState::ALL.iter().position(|&s| s == self).unwrap_or(0) as u64
    }

    pub fn name(self) -> &'static str {
        match self {
            WalkState::Idle => "Idle",
            WalkState::ReadEntry => "ReadEntry",
            WalkState::CheckEntry => "CheckEntry",
            WalkState::PermCheck => "PermCheck",
            WalkState::WriteBack => "WriteBack",
            WalkState::AckWrite => "AckWrite",
            WalkState::Done => "Done",
            WalkState::Fault => "Fault",
            WalkState::Rewalk => "Rewalk",
        }
    }
}
