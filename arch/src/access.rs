//! Accesses, what they come to, page sizes and the #PF error code.

use std::fmt;

#[cfg(feature = "hdl")]
use rust_hdl::prelude::*;

crate::encoding! {
    /// What an access does with the bytes at its address. Fetches use the `fetch_req_*` port, reads and writes the
    /// `data_req_*` port (`data_req_write`); inside the design the registered access and the rights check carry this
    /// encoding (a 3 there reads).
    pub enum AccessKind {
        Read,
        Write,
        Fetch,
    }
}

impl AccessKind {
    pub fn name(self) -> &'static str {
        match self {
            AccessKind::Read => "read",
            AccessKind::Write => "write",
            AccessKind::Fetch => "fetch",
        }
    }
    pub fn is_write(self) -> bool {
        self == AccessKind::Write
    }
    pub fn is_fetch(self) -> bool {
        self == AccessKind::Fetch
    }
}

/// The CPU port an access uses: fetches the fetch port (and its ITLB), reads and writes the data port (and its DTLB).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CpuPort {
    Fetch,
    Data,
}

impl CpuPort {
    pub const ALL: [CpuPort; 2] = [CpuPort::Fetch, CpuPort::Data];
    /// The port that carries accesses of `kind`.
    pub fn of(kind: AccessKind) -> CpuPort {
        if kind.is_fetch() {
            CpuPort::Fetch
        } else {
            CpuPort::Data
        }
    }
    /// The prefix of the port's signals: `fetch` or `data`.
    pub fn name(self) -> &'static str {
        match self {
            CpuPort::Fetch => "fetch",
            CpuPort::Data => "data",
        }
    }
}

/// One linear-address access from the CPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub va: u64,
    pub kind: AccessKind,
    /// CPL 3.
    pub user: bool,
}

/// #PF error-code bits (4.7).
pub mod pf {
    pub const P: u32 = 1 << 0;
    pub const W: u32 = 1 << 1;
    pub const U: u32 = 1 << 2;
    pub const RSVD: u32 = 1 << 3;
    pub const I: u32 = 1 << 4;
    pub const PK: u32 = 1 << 5;

    /// `P|W|U` style: the bits that are set, by name; `-` for an error code of 0.
    pub fn decode(code: u32) -> String {
        let names = [
            (P, "P"),
            (W, "W"),
            (U, "U"),
            (RSVD, "RSVD"),
            (I, "I"),
            (PK, "PK"),
        ];
        let set: Vec<&str> = names
            .iter()
            .filter(|(bit, _)| code & bit != 0)
            .map(|(_, n)| *n)
            .collect();
        if set.is_empty() {
            "-".to_string()
        } else {
            set.join("|")
        }
    }
}

/// What an access came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok {
        pa: u64,
    },
    PageFault {
        error_code: u32,
        cr2: u64,
    },
    GeneralProtection,
    /// The walker's memory answered the access to the paging-structure entry at `addr` with an error: no
    /// translation, nothing written by this access from then on, nothing cached.
    BusError {
        addr: u64,
    },
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Ok { pa } => write!(f, "ok pa={pa:#x}"),
            Outcome::PageFault { error_code, cr2 } => {
                write!(f, "#PF {} cr2={cr2:#x}", pf::decode(*error_code))
            }
            Outcome::GeneralProtection => write!(f, "#GP"),
            Outcome::BusError { addr } => write!(f, "bus error at {addr:#x}"),
        }
    }
}

/// Which level of the translation hierarchy answered an access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlbLevel {
    /// The L1 TLB of the access's port: the ITLB for a fetch, the DTLB for a read or write.
    L1,
    /// The shared second-level TLB, after an L1 miss.
    L2,
    /// A page walk (whether or not the paging-structure cache supplied its upper levels).
    Walk,
}

impl TlbLevel {
    /// The name the result format and the table use.
    pub fn name(self) -> &'static str {
        match self {
            TlbLevel::L1 => "l1",
            TlbLevel::L2 => "l2",
            TlbLevel::Walk => "walk",
        }
    }
    pub fn from_name(name: &str) -> Option<TlbLevel> {
        match name {
            "l1" => Some(TlbLevel::L1),
            "l2" => Some(TlbLevel::L2),
            "walk" => Some(TlbLevel::Walk),
            _ => None,
        }
    }
}

/// An access's result as an engine reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessResult {
    pub op_index: usize,
    pub outcome: Outcome,
    /// Whether the access was answered from its port's L1 TLB without a walk.
    pub tlb_hit: Option<bool>,
    /// The level that answered; `None` for a #GP, which looks nothing up.
    pub tlb: Option<TlbLevel>,
    /// Cycles from request to response (timed engines).
    pub cycles: Option<u64>,
    /// Paging-structure entries the access read from memory: 0 for a TLB hit or #GP, fewer than a full walk when the
    /// paging-structure cache supplied the upper levels.
    pub walk_reads: Option<u32>,
}

/// Linear addresses are 48 bits: bits 63:47 must all equal bit 47 (4.5, 3.3.7.1).
pub fn is_canonical(va: u64) -> bool {
    let top = (va as i64) >> 47;
    top == 0 || top == -1
}

crate::encoding! {
    /// Page sizes a translation can map, in the order of their size.
    #[derive(PartialOrd, Ord)]
    pub enum PageSize {
        Size4K,
        Size2M,
        Size1G,
    }
}

impl PageSize {
    /// log2 of the page size in bytes.
    pub fn shift(self) -> u32 {
        match self {
            PageSize::Size4K => 12,
            PageSize::Size2M => 21,
            PageSize::Size1G => 30,
        }
    }
    pub fn bytes(self) -> u64 {
        1 << self.shift()
    }
    pub fn offset_mask(self) -> u64 {
        self.bytes() - 1
    }
    pub fn name(self) -> &'static str {
        match self {
            PageSize::Size4K => "4K",
            PageSize::Size2M => "2M",
            PageSize::Size1G => "1G",
        }
    }
}
