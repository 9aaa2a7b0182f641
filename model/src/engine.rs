//! The seam between a scenario and whatever executes it (the reference model, the RTL simulation, ...).

use mmu_arch::{Access, AccessResult, Config, Control, Op};

/// A scenario after validation: everything an engine needs, nothing it has to check again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub config: Config,
    /// Control state before the first op.
    pub control: Control,
    /// Initial memory, in the order given (no duplicate addresses).
    pub memory: Vec<(u64, u64)>,
    pub ops: Vec<Op>,
}

impl Scenario {
    /// Every word named by `memory`, a `write_mem` or an `external_write`, in first-mention order: the keys of
    /// `memory_after`.
    pub fn mentioned_words(&self) -> Vec<u64> {
        let mut seen = std::collections::HashSet::new();
        let mut order = Vec::new();
        let writes = self.ops.iter().filter_map(|op| match op {
            Op::WriteMem { addr, .. } | Op::ExternalWrite { addr, .. } => Some(*addr),
            _ => None,
        });
        for addr in self.memory.iter().map(|&(a, _)| a).chain(writes) {
            if seen.insert(addr) {
                order.push(addr);
            }
        }
        order
    }

    /// Every access of the ops with the index of its op, in the order of the results: one for an `access` op, two for
    /// a `pair` (the fetch first).
    pub fn accesses(&self) -> Vec<(usize, Access)> {
        self.ops
            .iter()
            .enumerate()
            .flat_map(|(i, op)| op.accesses().into_iter().map(move |a| (i, a)))
            .collect()
    }
}

/// What a run produced: one result per access ([`Scenario::accesses`]: a `pair` op gives two, with the same `op_index`,
/// the fetch first), and the final value of every mentioned word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunResult {
    pub results: Vec<AccessResult>,
    pub memory_after: Vec<(u64, u64)>,
}

/// An engine executes a validated scenario from reset.
pub trait Engine {
    /// Short name used on the command line (`model`, `rtl`, ...).
    fn name(&self) -> &'static str;

    /// Checks that this engine can honour the configuration (e.g. a TLB size it was built for).
    fn supports(&self, config: &mmu_arch::Config) -> Result<(), String>;

    /// Runs the scenario. An `Err` is a failure of the engine (e.g. a cycle limit hit), not of the input.
    fn run(&mut self, scenario: &Scenario) -> anyhow::Result<RunResult>;

    /// [`Engine::run`], calling `progress(done)` as the run goes, `done` being how many of the scenario's ops have
    /// completed (it never decreases and ends at `scenario.ops.len()` when the run succeeds). The default reports
    /// nothing: an engine that can tell how far it is overrides it.
    fn run_with_progress(
        &mut self,
        scenario: &Scenario,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<RunResult> {
        let _ = progress;
        self.run(scenario)
    }
}
