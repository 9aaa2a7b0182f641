//! The steps of a scenario: accesses, memory writes and the TLB maintenance operations.

use crate::{Access, CrReg};

/// The four INVPCID types (4.10.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InvpcidType {
    /// Type 0: non-global entries for one linear address and PCID.
    Address,
    /// Type 1: all non-global entries of one PCID.
    SingleContext,
    /// Type 2: everything, global entries included.
    AllIncludingGlobal,
    /// Type 3: everything but global entries.
    AllNonGlobal,
}

impl InvpcidType {
    pub fn from_number(n: u64) -> Option<InvpcidType> {
        match n {
            0 => Some(InvpcidType::Address),
            1 => Some(InvpcidType::SingleContext),
            2 => Some(InvpcidType::AllIncludingGlobal),
            3 => Some(InvpcidType::AllNonGlobal),
            _ => None,
        }
    }
    pub fn number(self) -> u8 {
        match self {
            InvpcidType::Address => 0,
            InvpcidType::SingleContext => 1,
            InvpcidType::AllIncludingGlobal => 2,
            InvpcidType::AllNonGlobal => 3,
        }
    }
}

/// One step of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// One access, on the fetch port if it is a fetch, else on the data port.
    Access(Access),
    /// A fetch and a read or write offered to the two ports in the same cycle. Where their effects meet (the walker,
    /// the paging-structure cache, A/D in memory) the fetch goes first: see docs/architecture.md, "Two ports".
    Pair {
        fetch: Access,
        data: Access,
    },
    /// An OS store to physical memory: no implicit invalidation.
    WriteMem {
        addr: u64,
        value: u64,
    },
    /// From now on the memory answers the walker's accesses to the word at `addr` with a bus error (`mem_rsp_err`).
    Poison {
        addr: u64,
    },
    /// Another agent's store (another core, a DMA engine) racing the next access op's walks: it lands right after the
    /// walker's first read of the word at `addr`, between that read and any A/D write-back of the entry; if no walk
    /// of the next access op reads the word, it lands when that op is done. No implicit invalidation.
    ExternalWrite {
        addr: u64,
        value: u64,
    },
    Invlpg {
        va: u64,
    },
    Invpcid {
        kind: InvpcidType,
        pcid: u16,
        va: u64,
    },
    /// MOV to CR3 with its full semantics, bit 63 included.
    WriteCr3 {
        value: u64,
    },
    /// MOV to CR0/CR4/EFER/RFLAGS/PKRU for one field; CR4 writes follow the MOV-to-CR4 rules.
    WriteCr {
        reg: CrReg,
        value: u64,
    },
}

impl Op {
    /// The accesses of this op, in the order their results are reported: a pair's fetch first.
    pub fn accesses(&self) -> Vec<Access> {
        match self {
            Op::Access(a) => vec![*a],
            Op::Pair { fetch, data } => vec![*fetch, *data],
            _ => Vec::new(),
        }
    }
}
