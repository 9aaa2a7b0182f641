//! The `verilator` engine: the committed Verilog export (`verilog/mmu.v`, `verilog/mmu_tlb32.v`), Verilated at build
//! time, driven by the same cycle driver as the rust-hdl simulation ([`crate::rtl::run_on`]).
//!
//! It runs the configurations that are committed as Verilog: 16 or 32 TLB entries with MAXPHYADDR 40. For another
//! configuration, `mmu-rtl export` writes its Verilog for your own flow; the `rtl` engine simulates every size.

use anyhow::anyhow;

use crate::arch::{Config, Op};
use crate::engine::{Engine, RunResult, Scenario};
use crate::ports::VerilatedMmu;
use crate::rtl::{run_on_observed, RtlEngine, RtlOptions, RtlRun};

/// The committed exports this engine can run: (TLB entries, Verilated model name).
pub const EXPORTS: [(usize, &str); 2] = [(16, "mmu"), (32, "mmu_tlb32")];
/// MAXPHYADDR of the committed exports.
pub const EXPORT_PADDR_BITS: u32 = 40;
/// Paging-structure cache entries of the committed exports.
pub const EXPORT_PWC_ENTRIES: usize = crate::arch::PWC_ENTRIES_DEFAULT;

/// The Verilated export as an engine.
#[derive(Clone, Debug, Default)]
pub struct VerilatorEngine {
    pub options: RtlOptions,
}

impl VerilatorEngine {
    pub fn new(options: RtlOptions) -> Self {
        VerilatorEngine { options }
    }

    /// Runs `scenario` and returns everything the run produced (coverage counted from the ports).
    pub fn run_full(&mut self, scenario: &Scenario) -> anyhow::Result<RtlRun> {
        self.run_full_observed(scenario, |_, _, _| {})
    }

    /// [`Self::run_full`], calling `after_op` as [`run_on_observed`] does.
    pub fn run_full_observed(
        &mut self,
        scenario: &Scenario,
        after_op: impl FnMut(usize, &Op, &VerilatedMmu),
    ) -> anyhow::Result<RtlRun> {
        let variant = Self::variant(&scenario.config).map_err(|e| anyhow!(e))?;
        let mut mmu = VerilatedMmu::new(variant, 0, 0).map_err(|e| anyhow!(e))?;
        run_on_observed(&mut mmu, scenario, &self.options, after_op)
    }

    /// The Verilated model that implements `config`.
    fn variant(config: &Config) -> Result<&'static str, String> {
        if let Some(why) = mmu_verilated::unavailable() {
            return Err(format!(
                "the verilator engine is not available in this build: {why}"
            ));
        }
        let found = EXPORTS
            .iter()
            .find(|(n, _)| *n == config.tlb_entries)
            .filter(|_| config.paddr_bits == EXPORT_PADDR_BITS)
            .filter(|_| config.pwc_entries == EXPORT_PWC_ENTRIES);
        found.map(|&(_, name)| name).ok_or_else(|| {
            format!(
                "the verilator engine runs the committed exports (tlb_entries 16 or 32, paddr_bits {EXPORT_PADDR_BITS}, \
                 pwc_entries {EXPORT_PWC_ENTRIES}); this scenario has tlb_entries {}, paddr_bits {} and pwc_entries {} \
                 (the rtl engine runs every configuration)",
                config.tlb_entries, config.paddr_bits, config.pwc_entries
            )
        })
    }
}

impl Engine for VerilatorEngine {
    fn name(&self) -> &'static str {
        "verilator"
    }

    fn supports(&self, config: &Config) -> Result<(), String> {
        // One of the committed exports, then what the shared driver and memory need.
        Self::variant(config)?;
        RtlEngine::new(self.options.clone()).supports(config)
    }

    fn run(&mut self, scenario: &Scenario) -> anyhow::Result<RunResult> {
        Ok(self.run_full(scenario)?.result)
    }

    fn run_with_progress(
        &mut self,
        scenario: &Scenario,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<RunResult> {
        Ok(self
            .run_full_observed(scenario, |k, _, _| progress(k + 1))?
            .result)
    }
}
