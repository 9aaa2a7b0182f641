//! How the ports of the `mmu` top encode what is not a number: an access's kind ([`AccessKind`]), a page size
//! ([`PageSize`]), an outcome ([`OutcomeCode`]) and a maintenance operation ([`CmdOp`]).
//!
//! Each is a fieldless enum whose declaration order is its encoding (the first variant is 0), declared with
//! [`encoding!`]: the RTL compares ports and flops with these names (with the `hdl` feature they are rust-hdl
//! `LogicState` types, exported to Verilog as `localparam`s), the simulation drives and reads the ports with them, and
//! the model speaks of accesses and pages with them.

#[cfg(feature = "hdl")]
use rust_hdl::prelude::*;

use crate::{InvpcidType, Outcome};

/// Declares a port encoding: a fieldless enum encoded by declaration order, with `ALL` (every value in encoding
/// order), [`crate::PortValue`], and under the `hdl` feature rust-hdl's `LogicState` (which brings `Default`, the
/// first variant; without the feature the same `Default` is written here).
#[macro_export]
macro_rules! encoding {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "hdl", derive(LogicState))]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in encoding order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];
        }

        #[cfg(not(feature = "hdl"))]
        impl Default for $name {
            fn default() -> Self {
                Self::ALL[0]
            }
        }

        impl $crate::PortValue for $name {
            const BITS: u32 = (usize::BITS - (Self::ALL.len() - 1).leading_zeros()) as u32;
            fn to_port(self) -> u64 {
                self as u64
            }
            /// A value no variant has (an unused code of a wider port) reads as the first variant.
            fn from_port(value: u64) -> Self {
                Self::ALL.get(value as usize).copied().unwrap_or(Self::ALL[0])
            }
        }
    };
}

encoding! {
    /// `rsp_outcome`: what an access came to, as the response port says it.
    pub enum OutcomeCode {
        Ok,
        PageFault,
        /// A non-canonical linear address.
        GeneralProtection,
        /// The walker's memory answered with `mem_rsp_err`.
        BusError,
    }
}

impl OutcomeCode {
    /// The code of an outcome.
    pub fn of(outcome: &Outcome) -> OutcomeCode {
        match outcome {
            Outcome::Ok { .. } => OutcomeCode::Ok,
            Outcome::PageFault { .. } => OutcomeCode::PageFault,
            Outcome::GeneralProtection => OutcomeCode::GeneralProtection,
            Outcome::BusError { .. } => OutcomeCode::BusError,
        }
    }
}

encoding! {
    /// `cmd_op`: the TLB maintenance operation offered on the `cmd_*` port.
    pub enum CmdOp {
        /// MOV to CR3: `cmd_pcid` is the new PCID, `cmd_noflush` its bit 63.
        MovCr3,
        /// INVLPG `cmd_va`.
        Invlpg,
        /// INVPCID type 0 (`cmd_va`, `cmd_pcid`).
        InvpcidAddress,
        /// INVPCID type 1 (`cmd_pcid`).
        InvpcidSingleContext,
        /// INVPCID type 2.
        InvpcidAllIncludingGlobal,
        /// INVPCID type 3.
        InvpcidAllNonGlobal,
        /// Accepted and ignored.
        Reserved6,
        /// Accepted and ignored.
        Reserved7,
    }
}

impl CmdOp {
    /// The operation that performs INVPCID of `kind`.
    pub fn invpcid(kind: InvpcidType) -> CmdOp {
        match kind {
            InvpcidType::Address => CmdOp::InvpcidAddress,
            InvpcidType::SingleContext => CmdOp::InvpcidSingleContext,
            InvpcidType::AllIncludingGlobal => CmdOp::InvpcidAllIncludingGlobal,
            InvpcidType::AllNonGlobal => CmdOp::InvpcidAllNonGlobal,
        }
    }
}
