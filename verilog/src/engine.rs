//! The `verilator` engine: the committed Verilog export (`verilog/mmu.v`, `verilog/mmu_tlb32.v`), Verilated at build
//! time, driven by the same cycle driver as the rust-hdl simulation ([`mmu_sim::rtl::run_on`]).
//!
//! It runs the configurations that are committed as Verilog: 16 or 32 TLB entries with MAXPHYADDR 40. For another
//! configuration, `mmu-rtl export` writes its Verilog for your own flow; the `rtl` engine simulates every size.

use anyhow::anyhow;

use mmu_arch::{Config, Op};
use mmu_model::engine::{Engine, RunResult, Scenario};
use mmu_sim::ports::{Inputs, MmuPorts, Outputs};
use mmu_sim::rtl::{run_on_observed, Observe, RtlEngine, RtlOptions, RtlRun};

use crate::Verilated;

/// The Verilated export as an [`MmuPorts`]: it shows nothing but its ports.
pub struct VerilatedMmu {
    model: Verilated,
    inputs: [u32; Inputs::NAMES.len()],
    outputs: [u32; Outputs::NAMES.len()],
    /// The input values the model holds, so that only changed ports cross into C++ (all of them on the first cycle).
    held: [u64; Inputs::NAMES.len()],
    primed: bool,
}

impl VerilatedMmu {
    /// Instantiates the Verilated export `variant` (`mmu` is `verilog/mmu.v`). `rand_reset` 0 starts uninitialised
    /// state at zero, 2 at random values drawn from `seed`.
    pub fn new(variant: &str, rand_reset: u32, seed: u64) -> Result<Self, String> {
        let model = Verilated::new(variant, rand_reset, seed)?;
        let find = |name: &str| {
            model
                .port(name)
                .ok_or_else(|| format!("the Verilated `{variant}` has no port `{name}`"))
        };
        let mut inputs = [0; Inputs::NAMES.len()];
        for (slot, name) in inputs.iter_mut().zip(Inputs::NAMES) {
            *slot = find(name)?;
        }
        let mut outputs = [0; Outputs::NAMES.len()];
        for (slot, name) in outputs.iter_mut().zip(Outputs::NAMES) {
            *slot = find(name)?;
        }
        Ok(VerilatedMmu {
            model,
            inputs,
            outputs,
            held: [0; Inputs::NAMES.len()],
            primed: false,
        })
    }
}

impl MmuPorts for VerilatedMmu {
    fn settle(&mut self, inputs: &Inputs) -> Outputs {
        const N: usize = Inputs::NAMES.len();
        let values = inputs.values();
        let (mut idx, mut val, mut n) = ([0u32; N], [0u64; N], 0);
        for (k, &v) in values.iter().enumerate() {
            if !self.primed || self.held[k] != v {
                idx[n] = self.inputs[k];
                val[n] = v;
                n += 1;
                self.held[k] = v;
            }
        }
        self.primed = true;
        let mut out = [0u64; Outputs::NAMES.len()];
        self.model
            .settle(&idx[..n], &val[..n], &self.outputs, &mut out);
        Outputs::from_values(&out)
    }

    fn rise(&mut self) {
        self.model.rise();
    }
}

impl Observe for VerilatedMmu {}

/// The committed exports this engine can run: (TLB entries, Verilated model name). Each is the default configuration
/// with that many TLB entries ([`export_config`]), as `make verilog` writes it.
pub const EXPORTS: [(usize, &str); 2] = [(16, "mmu"), (32, "mmu_tlb32")];

/// The configuration of the committed export with `tlb_entries` TLB entries.
pub fn export_config(tlb_entries: usize) -> Config {
    Config {
        tlb_entries,
        ..Config::default()
    }
}

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
        if let Some(why) = crate::unavailable() {
            return Err(format!(
                "the verilator engine is not available in this build: {why}"
            ));
        }
        let built = |c: &Config| {
            let e = export_config(c.tlb_entries);
            (c.paddr_bits, c.pwc_entries, c.itlb_entries, c.l2_entries())
                == (e.paddr_bits, e.pwc_entries, e.itlb_entries, e.l2_entries())
                && (!c.l2_enabled() || (c.l2_sets, c.l2_ways) == (e.l2_sets, e.l2_ways))
        };
        let found = EXPORTS
            .iter()
            .find(|(n, _)| *n == config.tlb_entries)
            .filter(|_| built(config));
        found.map(|&(_, name)| name).ok_or_else(|| {
            let e = export_config(16);
            format!(
                "the verilator engine runs the committed exports (tlb_entries 16 or 32, itlb_entries {}, \
                 paddr_bits {}, pwc_entries {}, l2_sets {}, l2_ways {}); this scenario has tlb_entries {}, \
                 itlb_entries {}, paddr_bits {}, pwc_entries {}, l2_sets {} and l2_ways {} (the rtl engine runs \
                 every configuration)",
                e.itlb_entries,
                e.paddr_bits,
                e.pwc_entries,
                e.l2_sets,
                e.l2_ways,
                config.tlb_entries,
                config.itlb_entries,
                config.paddr_bits,
                config.pwc_entries,
                config.l2_sets,
                config.l2_ways
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
