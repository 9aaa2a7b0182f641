//! The control state the MMU reads: CR0, CR3, CR4, EFER, RFLAGS and PKRU, and the names `write_cr` uses.

use crate::Config;

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
