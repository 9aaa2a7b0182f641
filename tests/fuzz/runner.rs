//! The settings of a run (case counts, seed, progress lines) and the driver that runs a strategy through a check.

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, RngAlgorithm, TestCaseError, TestRng, TestRunner};

/// In-process cases per test when `MMU_FUZZ_CASES` is not set: the whole file stays at a few seconds.
const DEFAULT_CASES: u64 = 5000;

fn env_number(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let n = v.trim().replace('_', "").parse().unwrap_or_else(|_| {
        panic!("{name} must be a decimal number, got {v:?}");
    });
    Some(n)
}

pub fn in_process_cases() -> u32 {
    let n = env_number("MMU_FUZZ_CASES").unwrap_or(DEFAULT_CASES);
    n.clamp(1, u64::from(u32::MAX)) as u32
}

pub fn binary_cases() -> u32 {
    (in_process_cases() / 50).max(24)
}

/// The seed of this run: `MMU_FUZZ_SEED`, else drawn from the clock.
fn run_seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        env_number("MMU_FUZZ_SEED").unwrap_or_else(|| {
            let t = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            t ^ (u64::from(std::process::id()) << 40)
        })
    })
}

fn progress_wanted() -> bool {
    std::env::var("MMU_FUZZ_PROGRESS").is_ok_and(|v| v != "0" && !v.is_empty())
}

/// What one case came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The input is a scenario.
    Parsed,
    /// The input was refused with a clean error.
    Rejected,
}

/// Runs `cases` cases of `strategy` through `check` with this run's seed; on failure, panics with the minimal case
/// and the command that replays the run.
pub fn fuzz<S>(
    name: &str,
    cases: u32,
    strategy: S,
    check: impl Fn(&S::Value) -> Result<Verdict, TestCaseError>,
) where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let seed = run_seed();
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    let config = PtConfig {
        cases,
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..PtConfig::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &key));
    let (parsed, rejected, done) = (Cell::new(0u64), Cell::new(0u64), Cell::new(0u64));
    let start = Instant::now();
    let every = u64::from(cases / 20).max(1);
    let progress = progress_wanted();
    let result = runner.run(&strategy, |case| {
        let verdict = check(&case)?;
        match verdict {
            Verdict::Parsed => parsed.set(parsed.get() + 1),
            Verdict::Rejected => rejected.set(rejected.get() + 1),
        }
        done.set(done.get() + 1);
        if progress && done.get() % every == 0 {
            let s = start.elapsed().as_secs_f64();
            eprintln!(
                "fuzz {name}: {}/{cases} cases ({} parsed, {} rejected), {s:.1} s, {:.0} cases/s",
                done.get(),
                parsed.get(),
                rejected.get(),
                done.get() as f64 / s.max(1e-9)
            );
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!(
            "fuzz {name} failed (seed {seed}): {e}\n\
             reproduce: MMU_FUZZ_SEED={seed} MMU_FUZZ_CASES={} cargo test --release --test fuzz {name} -- --exact",
            in_process_cases()
        );
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "fuzz {name}: {cases} cases in {secs:.1} s ({} parsed, {} rejected), seed {seed}",
        parsed.get(),
        rejected.get()
    );
    // The generators must reach both sides: inputs that still parse and inputs that do not.
    if cases >= 500 {
        assert!(
            parsed.get() > 0 && rejected.get() > 0,
            "fuzz {name}: {} parsed, {} rejected: the mutations miss one side",
            parsed.get(),
            rejected.get()
        );
    }
}
