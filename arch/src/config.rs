//! The configuration of an MMU: what it is built as, validated in one place.

/// Build/config parameters that change what the MMU is, not what it is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// Entries of the data TLB, the L1 of reads and writes (a power of two). The scenario key keeps its old name.
    pub tlb_entries: usize,
    /// Entries of the instruction TLB, the L1 of fetches (a power of two).
    pub itlb_entries: usize,
    /// MAXPHYADDR: physical address width, 32..=52.
    pub paddr_bits: u32,
    /// Cycles the walker's memory takes to answer (timed engines only).
    pub mem_latency: u32,
    /// Entries of the paging-structure cache (0, 1, 2, 4 or 8; 0 disables it).
    pub pwc_entries: usize,
    /// Sets of the second-level TLB (0 or a power of two up to [`L2_SETS_MAX`]); 0 here or in `l2_ways` disables it.
    pub l2_sets: usize,
    /// Ways of each second-level-TLB set (0 or a power of two up to [`L2_WAYS_MAX`]).
    pub l2_ways: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tlb_entries: 16,
            itlb_entries: ITLB_ENTRIES_DEFAULT,
            paddr_bits: 40,
            mem_latency: 2,
            pwc_entries: PWC_ENTRIES_DEFAULT,
            l2_sets: L2_SETS_DEFAULT,
            l2_ways: L2_WAYS_DEFAULT,
        }
    }
}

/// Paging-structure cache sizes the design is built for: 0 (none) or a power of two up to this.
pub const PWC_ENTRIES_MAX: usize = 8;
/// The paging-structure cache size when a scenario does not name one.
pub const PWC_ENTRIES_DEFAULT: usize = 4;

/// Data-TLB sizes the RTL is built for: the simulation and the export carry one instance of the design for each.
pub const RTL_TLB_SIZES: [usize; 5] = [4, 8, 16, 32, 64];
/// Instruction-TLB sizes the RTL is built for, each with every data-TLB size.
pub const RTL_ITLB_SIZES: [usize; 3] = [4, 8, 16];
/// The instruction-TLB size when a scenario does not name one.
pub const ITLB_ENTRIES_DEFAULT: usize = 8;

/// Second-level TLB geometry when a scenario does not name one: 128 sets of 4 ways, 512 entries.
pub const L2_SETS_DEFAULT: usize = 128;
pub const L2_WAYS_DEFAULT: usize = 4;
/// Most sets: a 2M page's set index is VA bits 21 and up, which must stay inside the 2M page number (VA 29:21).
pub const L2_SETS_MAX: usize = 512;
/// Most ways per set.
pub const L2_WAYS_MAX: usize = 8;
/// The second-level-TLB geometries the RTL is built for, as (sets, ways). Every one runs with every L1 size pair except
/// 512 sets, built with the default L1 sizes only (16-entry DTLB, 8-entry ITLB). A configuration with the L2 disabled
/// runs on every L1 size pair.
pub const RTL_L2_GEOMETRIES: [(usize, usize); 2] = [(128, 4), (512, 4)];

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
        if !self.itlb_entries.is_power_of_two() {
            return Err(format!(
                "config.itlb_entries must be a power of two, got {}",
                self.itlb_entries
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
        if !(self.l2_sets == 0 || (self.l2_sets.is_power_of_two() && self.l2_sets <= L2_SETS_MAX)) {
            return Err(format!(
                "config.l2_sets must be 0 or a power of two up to {L2_SETS_MAX}, got {}",
                self.l2_sets
            ));
        }
        if !(self.l2_ways == 0 || (self.l2_ways.is_power_of_two() && self.l2_ways <= L2_WAYS_MAX)) {
            return Err(format!(
                "config.l2_ways must be 0 or a power of two up to {L2_WAYS_MAX}, got {}",
                self.l2_ways
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

    /// [`Config::validate`], and what the RTL can be built as: TLB sizes in [`RTL_TLB_SIZES`] and [`RTL_ITLB_SIZES`], and a memory that
    /// answers no earlier than the cycle after a request (the walker's port takes the answer in a later cycle).
    pub fn validate_rtl(&self) -> Result<(), String> {
        self.validate()?;
        if !RTL_TLB_SIZES.contains(&self.tlb_entries) {
            return Err(format!(
                "the RTL is built for TLB sizes {RTL_TLB_SIZES:?}; config.tlb_entries = {} is not one of them",
                self.tlb_entries
            ));
        }
        if !RTL_ITLB_SIZES.contains(&self.itlb_entries) {
            return Err(format!(
                "the RTL is built for instruction-TLB sizes {RTL_ITLB_SIZES:?}; config.itlb_entries = {} is not one of them",
                self.itlb_entries
            ));
        }
        if self.l2_enabled() {
            let geometry = (self.l2_sets, self.l2_ways);
            if !RTL_L2_GEOMETRIES.contains(&geometry) {
                return Err(format!(
                    "the RTL is built for second-level TLBs of (sets, ways) {RTL_L2_GEOMETRIES:?} or none; config.l2_sets = {}, config.l2_ways = {} is not one of them",
                    self.l2_sets, self.l2_ways
                ));
            }
            if self.l2_sets == 512
                && (self.tlb_entries, self.itlb_entries) != (16, ITLB_ENTRIES_DEFAULT)
            {
                return Err(format!(
                    "the RTL builds a 512-set second-level TLB with a 16-entry DTLB and an {ITLB_ENTRIES_DEFAULT}-entry ITLB only; got config.tlb_entries = {}, config.itlb_entries = {}",
                    self.tlb_entries, self.itlb_entries
                ));
            }
        }
        if self.mem_latency == 0 {
            return Err(
                "the cycle-accurate engines need config.mem_latency >= 1: the memory answers after the request transfers"
                    .into(),
            );
        }
        Ok(())
    }

    /// Whether the second-level TLB exists: both `l2_sets` and `l2_ways` are non-zero.
    pub fn l2_enabled(&self) -> bool {
        self.l2_sets > 0 && self.l2_ways > 0
    }

    /// Entries of the second-level TLB (0 when it is disabled).
    pub fn l2_entries(&self) -> usize {
        if self.l2_enabled() {
            self.l2_sets * self.l2_ways
        } else {
            0
        }
    }

    /// log2 of `tlb_entries`: the width of a TLB index.
    pub fn tlb_index_bits(&self) -> u32 {
        self.tlb_entries.trailing_zeros()
    }

    /// Mask of the physical-address bits that exist (bits MAXPHYADDR-1..0).
    pub fn paddr_mask(&self) -> u64 {
        (1u64 << self.paddr_bits) - 1
    }
}
