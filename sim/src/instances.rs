//! The one list of the generic instances the RTL is built with.
//!
//! rust-hdl sizes a block by const generics, so each configuration the RTL accepts
//! (`Config::validate_rtl`: the DTLB one of `mmu_arch::RTL_TLB_SIZES`, the ITLB one of
//! `RTL_ITLB_SIZES`, the L2 of 128 or 512 sets) needs an instance compiled in. Everything that
//! builds a top, the simulation driver and the bus exports alike, goes through [`instantiate`], so
//! that a size added to the configuration is added here once.

use mmu_arch::{Config, RTL_ITLB_SIZES, RTL_TLB_SIZES};

/// What to do with the sizes of a configuration: `N` DTLB entries (index width `A`), `NI` ITLB
/// entries (index width `AI`), `LS` bits of L2 set index.
pub trait Instance {
    type Out;
    fn build<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize>(
        self,
        config: &Config,
    ) -> Self::Out;
}

/// `what` built at the sizes `config` names, once the configuration is valid for the RTL.
pub fn instantiate<I: Instance>(config: &Config, what: I) -> Result<I::Out, String> {
    config.validate_rtl()?;
    fn itlb<I: Instance, const N: usize, const A: usize>(c: &Config, what: I) -> I::Out {
        match c.itlb_entries {
            4 => what.build::<N, A, 4, 2, 7>(c),
            8 => what.build::<N, A, 8, 3, 7>(c),
            16 => what.build::<N, A, 16, 4, 7>(c),
            n => unreachable!("RTL_ITLB_SIZES {RTL_ITLB_SIZES:?} has {n} without an instance here"),
        }
    }
    // The 512-set L2 is built with the default L1 sizes only (`Config::validate_rtl`); every other
    // configuration has the 128-set one, switched off by the configuration when it has none.
    if config.l2_enabled() && config.l2_sets == 512 {
        return Ok(what.build::<16, 4, 8, 3, 9>(config));
    }
    Ok(match config.tlb_entries {
        4 => itlb::<I, 4, 2>(config, what),
        8 => itlb::<I, 8, 3>(config, what),
        16 => itlb::<I, 16, 4>(config, what),
        32 => itlb::<I, 32, 5>(config, what),
        64 => itlb::<I, 64, 6>(config, what),
        n => unreachable!("RTL_TLB_SIZES {RTL_TLB_SIZES:?} has {n} without an instance here"),
    })
}
