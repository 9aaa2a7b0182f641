//! The RTL against the reference model on random scenarios: every access's outcome, PA, error code, CR2 and TLB hit, and
//! the final memory (so every A/D update), with random memory latency and back-pressure.
//!
//! Each case is a `u64` seed (scenario and memory timing both derive from it). A failure prints the seed;
//! `MMU_SEED=<seed> cargo test --release --test rtl_vs_model` replays exactly that case.

use mmu_model::engine::Scenario;
use mmu_model::random::{self, Params, Rng};
use mmu_model::{self as model, Coverage};
use mmu_sim::rtl::memory::MemTiming;
use mmu_sim::rtl::{RtlCoverage, RtlEngine, RtlOptions};
use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, TestCaseError, TestRunner};

/// Memory timing for a case: usually the scenario's fixed latency, often random latency and back-pressure.
fn timing(seed: u64, scenario: &Scenario) -> MemTiming {
    let mut rng = Rng::new(seed ^ 0x05ee_d0f7_133a);
    if rng.chance(30) {
        MemTiming::fixed(scenario.config.mem_latency)
    } else {
        MemTiming {
            latency: 1 + rng.below(3) as u32,
            extra_latency: rng.below(6) as u32,
            ready_percent: 30 + rng.below(71) as u32,
            seed,
        }
    }
}

/// Runs one seed on both engines and compares everything they report.
fn agree(seed: u64, params: &Params) -> Result<(Coverage, RtlCoverage), TestCaseError> {
    let scenario = random::scenario(seed, params);
    let (expected, model_cov) = model::run(&scenario);
    let mut rtl = RtlEngine::new(RtlOptions {
        mem: Some(timing(seed, &scenario)),
        ..RtlOptions::default()
    });
    let run = rtl
        .run_full(&scenario)
        .map_err(|e| TestCaseError::fail(format!("rtl engine failed: {e:#}")))?;
    prop_assert_eq!(run.result.results.len(), expected.results.len());
    for (got, want) in run.result.results.iter().zip(&expected.results) {
        prop_assert_eq!(got.op_index, want.op_index);
        prop_assert_eq!(
            got.outcome,
            want.outcome,
            "op {} ({:?}): outcome differs",
            want.op_index,
            scenario.ops[want.op_index]
        );
        prop_assert_eq!(
            got.tlb_hit,
            want.tlb_hit,
            "op {} ({:?}): tlb_hit differs",
            want.op_index,
            scenario.ops[want.op_index]
        );
        prop_assert_eq!(
            got.walk_reads,
            want.walk_reads,
            "op {} ({:?}): entries read differ (the paging-structure cache skips different levels)",
            want.op_index,
            scenario.ops[want.op_index]
        );
        prop_assert!(
            got.cycles.is_some_and(|c| c >= 1),
            "op {}: no cycle count",
            want.op_index
        );
    }
    prop_assert_eq!(
        &run.result.memory_after,
        &expected.memory_after,
        "memory (A/D updates) differs"
    );
    Ok((model_cov, run.coverage))
}

#[test]
fn rtl_agrees_with_the_model_on_random_scenarios() {
    let params = Params {
        ops: 64,
        tlb_entries: vec![4, 8, 16],
        ..Params::default()
    };
    if let Ok(seed) = std::env::var("MMU_SEED") {
        let seed: u64 = seed.parse().expect("MMU_SEED must be a decimal u64");
        agree(seed, &params).unwrap();
        return;
    }
    let totals = std::cell::RefCell::new((Coverage::default(), RtlCoverage::default()));
    let mut runner = TestRunner::new(PtConfig {
        cases: 240,
        failure_persistence: None,
        ..PtConfig::default()
    });
    runner
        .run(&any::<u64>(), |seed| {
            let (m, r) = agree(seed, &params).map_err(|e| {
                TestCaseError::fail(format!(
                    "{e}\nreproduce: MMU_SEED={seed} cargo test --release --test rtl_vs_model"
                ))
            })?;
            let mut t = totals.borrow_mut();
            t.0.add(&m);
            t.1.add(&r);
            Ok(())
        })
        .unwrap();
    let (m, r) = totals.into_inner();
    eprintln!("model coverage: {m:?}\nrtl coverage: {r:?}");
    let events = [
        ("TLB hits", r.tlb_hits),
        ("walks", r.walks),
        ("#GP", r.gp),
        ("#PF not present", r.pf_not_present),
        ("#PF reserved bit", r.pf_reserved),
        ("#PF rights", r.pf_rights),
        ("#PF protection key", r.pf_pkey),
        ("4K walks", r.walk_sizes[0]),
        ("2M walks", r.walk_sizes[1]),
        ("1G walks", r.walk_sizes[2]),
        ("writes re-walking a clean entry", m.dirty_rewalks),
        ("evictions", m.evictions),
        ("fills dropping an overlapping entry", m.overlap_drops),
        ("entries invalidated", m.invalidated),
        ("memory writes (A/D)", r.mem_writes),
        ("bus errors", r.bus_errors),
        ("walks starting below a cached PML4E", m.pwc_hits[0]),
        ("walks starting below a cached PDPTE", m.pwc_hits[1]),
        ("walks starting below a cached PDE", m.pwc_hits[2]),
        ("paging-structure cache fills", m.pwc_fills),
        ("paging-structure cache evictions", m.pwc_evictions),
        (
            "paging-structure cache entries invalidated",
            m.pwc_invalidated,
        ),
        (
            "other agents' stores landing inside a walk",
            r.races_in_walk,
        ),
        ("A/D writes answered stale", r.stale_writes),
        ("walks started again after a stale write", m.stale_rewalks),
    ];
    // Both engines see the same races, and the RTL starts a walk again exactly when the model does (several stale
    // writes of one walk make one re-walk).
    assert_eq!(
        r.races_in_walk, m.races_in_walk,
        "races landing inside a walk"
    );
    assert!(r.stale_writes >= m.stale_rewalks);
    for (name, n) in events {
        assert!(n > 0, "coverage: no {name} in the random scenarios");
    }
    assert!(r.accesses >= 240 * 30, "too few accesses: {}", r.accesses);
}
