//! Architectural vocabulary shared by every engine: control registers, accesses, outcomes and the
//! #PF error code. Nothing here is timed and nothing here knows about the RTL.
//!
//! Section numbers refer to the Intel SDM Vol. 3A, chapter 4.

use std::fmt;

/// Build/config parameters that change what the MMU is, not what it is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// Number of TLB entries (a power of two).
    pub tlb_entries: usize,
    /// MAXPHYADDR: physical address width, 32..=52.
    pub paddr_bits: u32,
    /// Cycles the walker's memory takes to answer (timed engines only).
    pub mem_latency: u32,
    /// Entries of the paging-structure cache (0, 1, 2, 4 or 8; 0 disables it).
    pub pwc_entries: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tlb_entries: 16,
            paddr_bits: 40,
            mem_latency: 2,
            pwc_entries: PWC_ENTRIES_DEFAULT,
        }
    }
}

/// Paging-structure cache sizes the design is built for: 0 (none) or a power of two up to this.
pub const PWC_ENTRIES_MAX: usize = 8;
/// The paging-structure cache size when a scenario does not name one.
pub const PWC_ENTRIES_DEFAULT: usize = 4;

/// Smallest and largest MAXPHYADDR the design supports.
pub const PADDR_BITS_MIN: u32 = 32;
pub const PADDR_BITS_MAX: u32 = 52;

impl Config {
    /// Checks the configuration once, so everything downstream can rely on it.
    pub fn validate(&self) -> Result<(), String> {
        if !self.tlb_entries.is_power_of_two() {
            return Err(format!(
                "config.tlb_entries must be a power of two, got {}",
                self.tlb_entries
            ));
        }
        if self.pwc_entries > PWC_ENTRIES_MAX
            || !(self.pwc_entries == 0 || self.pwc_entries.is_power_of_two())
        {
            return Err(format!(
                "config.pwc_entries must be 0, 1, 2, 4 or {PWC_ENTRIES_MAX}, got {}",
                self.pwc_entries
            ));
        }
        if !(PADDR_BITS_MIN..=PADDR_BITS_MAX).contains(&self.paddr_bits) {
            return Err(format!(
                "config.paddr_bits must be in {PADDR_BITS_MIN}..={PADDR_BITS_MAX}, got {}",
                self.paddr_bits
            ));
        }
        Ok(())
    }

    /// Mask of the physical-address bits that exist (bits MAXPHYADDR-1..0).
    pub fn paddr_mask(&self) -> u64 {
        (1u64 << self.paddr_bits) - 1
    }
}

/// The control state the MMU reads on every access. Bits are checked at access time, never cached (4.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Control {
    pub cr0_wp: bool,
    pub cr4_pge: bool,
    pub cr4_pcide: bool,
    pub cr4_smep: bool,
    pub cr4_smap: bool,
    pub cr4_pke: bool,
    pub efer_nxe: bool,
    pub rflags_ac: bool,
    pub pkru: u32,
    /// CR3 as stored: bit 63 of a MOV-to-CR3 value is never stored (4.10.4.1).
    pub cr3: u64,
}

impl Default for Control {
    fn default() -> Self {
        Control {
            cr0_wp: true,
            cr4_pge: false,
            cr4_pcide: false,
            cr4_smep: false,
            cr4_smap: false,
            cr4_pke: false,
            efer_nxe: true,
            rflags_ac: false,
            pkru: 0,
            cr3: 0,
        }
    }
}

/// CR3 bit 63: with CR4.PCIDE=1, a MOV to CR3 with this bit set keeps the new PCID's entries.
pub const CR3_NOFLUSH: u64 = 1 << 63;

impl Control {
    /// Current PCID: CR3 bits 11:0 when CR4.PCIDE=1, else 0 (4.10.1).
    pub fn pcid(&self) -> u16 {
        if self.cr4_pcide {
            (self.cr3 & 0xfff) as u16
        } else {
            0
        }
    }

    /// Physical address of the PML4 table: CR3 bits 51:12 masked to MAXPHYADDR (4.5).
    pub fn pml4_base(&self, cfg: &Config) -> u64 {
        self.cr3 & cfg.paddr_mask() & !0xfff
    }
}

/// A control register or flag that `write_cr` can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CrReg {
    Cr0Wp,
    Cr4Pge,
    Cr4Pcide,
    Cr4Smep,
    Cr4Smap,
    Cr4Pke,
    EferNxe,
    RflagsAc,
    Pkru,
}

impl CrReg {
    pub const ALL: [CrReg; 9] = [
        CrReg::Cr0Wp,
        CrReg::Cr4Pge,
        CrReg::Cr4Pcide,
        CrReg::Cr4Smep,
        CrReg::Cr4Smap,
        CrReg::Cr4Pke,
        CrReg::EferNxe,
        CrReg::RflagsAc,
        CrReg::Pkru,
    ];

    /// The key used in the scenario format.
    pub fn key(self) -> &'static str {
        match self {
            CrReg::Cr0Wp => "cr0_wp",
            CrReg::Cr4Pge => "cr4_pge",
            CrReg::Cr4Pcide => "cr4_pcide",
            CrReg::Cr4Smep => "cr4_smep",
            CrReg::Cr4Smap => "cr4_smap",
            CrReg::Cr4Pke => "cr4_pke",
            CrReg::EferNxe => "efer_nxe",
            CrReg::RflagsAc => "rflags_ac",
            CrReg::Pkru => "pkru",
        }
    }

    pub fn from_key(key: &str) -> Option<CrReg> {
        CrReg::ALL.into_iter().find(|r| r.key() == key)
    }

    /// True for the one-bit flags, false for PKRU (a 32-bit value).
    pub fn is_flag(self) -> bool {
        self != CrReg::Pkru
    }
}

impl Control {
    /// Reads a register as a number (flags as 0/1).
    pub fn get(&self, reg: CrReg) -> u64 {
        match reg {
            CrReg::Cr0Wp => self.cr0_wp as u64,
            CrReg::Cr4Pge => self.cr4_pge as u64,
            CrReg::Cr4Pcide => self.cr4_pcide as u64,
            CrReg::Cr4Smep => self.cr4_smep as u64,
            CrReg::Cr4Smap => self.cr4_smap as u64,
            CrReg::Cr4Pke => self.cr4_pke as u64,
            CrReg::EferNxe => self.efer_nxe as u64,
            CrReg::RflagsAc => self.rflags_ac as u64,
            CrReg::Pkru => self.pkru as u64,
        }
    }

    /// Writes a register (flags take `value != 0`); no invalidation happens here.
    pub fn set(&mut self, reg: CrReg, value: u64) {
        let b = value != 0;
        match reg {
            CrReg::Cr0Wp => self.cr0_wp = b,
            CrReg::Cr4Pge => self.cr4_pge = b,
            CrReg::Cr4Pcide => self.cr4_pcide = b,
            CrReg::Cr4Smep => self.cr4_smep = b,
            CrReg::Cr4Smap => self.cr4_smap = b,
            CrReg::Cr4Pke => self.cr4_pke = b,
            CrReg::EferNxe => self.efer_nxe = b,
            CrReg::RflagsAc => self.rflags_ac = b,
            CrReg::Pkru => self.pkru = value as u32,
        }
    }
}

/// What an access does with the bytes at its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessKind {
    Read,
    Write,
    Fetch,
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

/// One linear-address access from the CPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub va: u64,
    pub kind: AccessKind,
    /// CPL 3.
    pub user: bool,
}

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
    Access(Access),
    /// An OS store to physical memory: no implicit invalidation.
    WriteMem {
        addr: u64,
        value: u64,
    },
    /// From now on the memory answers the walker's accesses to the word at `addr` with a bus error (`mem_rsp_err`).
    Poison {
        addr: u64,
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

/// An access's result as an engine reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessResult {
    pub op_index: usize,
    pub outcome: Outcome,
    /// Whether the access was answered from the TLB without a walk.
    pub tlb_hit: Option<bool>,
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

/// Page sizes a translation can map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageSize {
    Size4K,
    Size2M,
    Size1G,
}

impl PageSize {
    pub const ALL: [PageSize; 3] = [PageSize::Size4K, PageSize::Size2M, PageSize::Size1G];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_boundaries() {
        assert!(is_canonical(0));
        assert!(is_canonical(0x0000_7fff_ffff_ffff));
        assert!(!is_canonical(0x0000_8000_0000_0000));
        assert!(!is_canonical(0x7fff_ffff_ffff_ffff));
        assert!(is_canonical(0xffff_8000_0000_0000));
        assert!(is_canonical(u64::MAX));
        assert!(!is_canonical(0xfffe_ffff_ffff_ffff));
    }

    #[test]
    fn pcid_only_with_pcide() {
        let mut c = Control {
            cr3: 0x1234_5abc,
            ..Control::default()
        };
        assert_eq!(c.pcid(), 0);
        c.cr4_pcide = true;
        assert_eq!(c.pcid(), 0xabc);
    }

    #[test]
    fn error_code_names() {
        assert_eq!(pf::decode(0), "-");
        assert_eq!(pf::decode(7), "P|W|U");
        assert_eq!(pf::decode(0x3f), "P|W|U|RSVD|I|PK");
    }

    #[test]
    fn cr_keys_round_trip() {
        for r in CrReg::ALL {
            assert_eq!(CrReg::from_key(r.key()), Some(r));
        }
        assert_eq!(CrReg::from_key("cr3"), None);
    }
}
