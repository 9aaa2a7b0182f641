//! Expectations: what an `expect` line asks of its access ([`Want`]), and checking a run against them.

use std::fmt;

use mmu_arch::{pf, AccessResult, Outcome, TlbLevel};
use mmu_model::engine::RunResult;

/// What an `expect` line asks of its access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// `expect ok [pa=PA] [l1|l2|walk]`
    Ok {
        pa: Option<u64>,
        /// The level that answered (`hit` is another spelling of `l1`).
        tlb: Option<TlbLevel>,
    },
    /// `expect pf [CODE] [l1|l2|walk]`: the exact error code, or any.
    PageFault {
        error_code: Option<u32>,
        tlb: Option<TlbLevel>,
    },
    /// `expect gp`
    GeneralProtection,
    /// `expect bus_error [addr=PA]`
    BusError { addr: Option<u64> },
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Want::Ok { pa, tlb } => {
                f.write_str("ok")?;
                if let Some(pa) = pa {
                    write!(f, " pa={pa:#x}")?;
                }
                if let Some(level) = tlb {
                    write!(f, " {}", level.name())?;
                }
                Ok(())
            }
            Want::PageFault { error_code, tlb } => {
                match error_code {
                    Some(code) => write!(f, "pf {} ({code:#x})", pf::decode(code))?,
                    None => f.write_str("pf (any error code)")?,
                }
                if let Some(level) = tlb {
                    write!(f, " {}", level.name())?;
                }
                Ok(())
            }
            Want::GeneralProtection => f.write_str("gp"),
            Want::BusError { addr } => match addr {
                Some(a) => write!(f, "bus_error addr={a:#x}"),
                None => f.write_str("bus_error"),
            },
        }
    }
}

/// The level that answered an access, as far as the engine tells: its `tlb`, or else its `tlb_hit` (an engine that
/// names no level answers from the L1 on a hit and walks otherwise: it has no L2, or it would name the level).
fn reported_level(r: &AccessResult) -> Option<TlbLevel> {
    r.tlb.or(match r.tlb_hit {
        Some(true) => Some(TlbLevel::L1),
        Some(false) => Some(TlbLevel::Walk),
        None => None,
    })
}

impl Want {
    /// Whether an access result satisfies this expectation. An expected level needs an engine that reports which level
    /// answered (or at least TLB hits).
    pub fn holds(&self, r: &AccessResult) -> bool {
        let level_ok = |want: Option<TlbLevel>| want.is_none() || want == reported_level(r);
        match (*self, r.outcome) {
            (Want::Ok { pa, tlb }, Outcome::Ok { pa: got }) => {
                absent_or_equal(pa, got) && level_ok(tlb)
            }
            (
                Want::PageFault { error_code, tlb },
                Outcome::PageFault {
                    error_code: got, ..
                },
            ) => absent_or_equal(error_code, got) && level_ok(tlb),
            (Want::GeneralProtection, Outcome::GeneralProtection) => true,
            (Want::BusError { addr }, Outcome::BusError { addr: got }) => {
                absent_or_equal(addr, got)
            }
            _ => false,
        }
    }

    /// The level this expectation names, if any.
    fn level(&self) -> Option<TlbLevel> {
        match *self {
            Want::Ok { tlb, .. } | Want::PageFault { tlb, .. } => tlb,
            Want::GeneralProtection | Want::BusError { .. } => None,
        }
    }
}

/// `want` is absent (anything goes) or equal to `got`.
fn absent_or_equal<T: PartialEq>(want: Option<T>, got: T) -> bool {
    match want {
        None => true,
        Some(w) => w == got,
    }
}

/// An access result in the words of an `expect` line: `ok pa=0x1000 walk`, `pf P|W (0x3) l1`, `ok pa=0x2000 l2`, `gp`.
pub fn describe_result(r: &AccessResult) -> String {
    let mut s = match r.outcome {
        Outcome::Ok { pa } => format!("ok pa={pa:#x}"),
        Outcome::PageFault { error_code, .. } => {
            format!("pf {} ({error_code:#x})", pf::decode(error_code))
        }
        Outcome::GeneralProtection => return "gp".to_string(),
        Outcome::BusError { addr } => format!("bus_error addr={addr:#x}"),
    };
    if let Some(level) = reported_level(r) {
        s.push(' ');
        s.push_str(level.name());
    }
    s
}

/// Which access of a pair an `expect` line is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairSide {
    /// The fetch, on the fetch port: the pair's first result.
    Fetch,
    /// The read or write, on the data port: the pair's second result.
    Data,
}

impl PairSide {
    /// The word that names it after `expect`.
    pub fn name(self) -> &'static str {
        match self {
            PairSide::Fetch => "fetch",
            PairSide::Data => "data",
        }
    }

    /// Its place among the op's results.
    pub fn index(self) -> usize {
        match self {
            PairSide::Fetch => 0,
            PairSide::Data => 1,
        }
    }
}

/// One `expect` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// Line of the `expect`.
    pub line: usize,
    /// Line of the access it belongs to.
    pub access_line: usize,
    /// Index of that access in the scenario's ops.
    pub op_index: usize,
    /// For a pair, which of its accesses; `None` for an `access` op.
    pub side: Option<PairSide>,
    pub want: Want,
}

impl Expectation {
    /// Which of its op's results the expectation is about: 0, or 1 for the data access of a pair.
    pub fn result_index(&self) -> usize {
        self.side.map_or(0, PairSide::index)
    }

    /// The result of `run` this expectation is about, if the run has it.
    pub fn result<'r>(&self, run: &'r RunResult) -> Option<&'r AccessResult> {
        run.results
            .iter()
            .filter(|r| r.op_index == self.op_index)
            .nth(self.result_index())
    }
}

/// An expectation a run did not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectFailure {
    pub expectation: Expectation,
    /// What the access came to, in the words of an `expect` line.
    pub got: String,
}

/// The expectations `result` does not meet, in file order.
pub fn check_expectations(expectations: &[Expectation], result: &RunResult) -> Vec<ExpectFailure> {
    expectations
        .iter()
        .filter_map(|e| match e.result(result) {
            Some(r) if e.want.holds(r) => None,
            Some(r) => {
                let mut got = describe_result(r);
                if e.want.level().is_some() && reported_level(r).is_none() {
                    got.push_str(" (the engine does not report which level answered)");
                }
                Some(ExpectFailure {
                    expectation: *e,
                    got,
                })
            }
            None => Some(ExpectFailure {
                expectation: *e,
                got: "no result for this access".to_string(),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(outcome: Outcome, tlb: Option<TlbLevel>, hit: Option<bool>) -> AccessResult {
        AccessResult {
            op_index: 0,
            outcome,
            tlb_hit: hit,
            tlb,
            cycles: None,
            walk_reads: None,
        }
    }

    #[test]
    fn expectations_check_results() {
        let (l1, walk) = (Some(TlbLevel::L1), Some(TlbLevel::Walk));
        let ok = Outcome::Ok { pa: 0x5008 };
        let want_ok = Want::Ok {
            pa: Some(0x5008),
            tlb: l1,
        };
        assert!(want_ok.holds(&r(ok, l1, Some(true))));
        assert!(!want_ok.holds(&r(ok, walk, Some(false))));
        assert!(!want_ok.holds(&r(ok, None, None)));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5000 }, l1, Some(true))));
        // An engine that reports only `tlb_hit`.
        assert!(want_ok.holds(&r(ok, None, Some(true))));
        let want_walk = Want::Ok {
            pa: None,
            tlb: walk,
        };
        assert!(want_walk.holds(&r(ok, None, Some(false))));
        assert!(!want_walk.holds(&r(ok, l1, Some(true))));
        let any_pf = Want::PageFault {
            error_code: None,
            tlb: None,
        };
        let pf7 = Outcome::PageFault {
            error_code: 7,
            cr2: 0,
        };
        assert!(any_pf.holds(&r(pf7, None, None)));
        assert!(!any_pf.holds(&r(Outcome::GeneralProtection, None, None)));
        let exact = Want::PageFault {
            error_code: Some(5),
            tlb: None,
        };
        assert!(!exact.holds(&r(pf7, None, None)));
        assert_eq!(exact.to_string(), "pf P|U (0x5)");
        assert_eq!(want_ok.to_string(), "ok pa=0x5008 l1");
        assert_eq!(
            describe_result(&r(pf7, l1, Some(true))),
            "pf P|W|U (0x7) l1"
        );
        assert_eq!(
            describe_result(&r(pf7, None, Some(false))),
            "pf P|W|U (0x7) walk"
        );
        // The L2: named by the engine, never guessed from `tlb_hit`, which is false for it as for a walk.
        let l2 = Some(TlbLevel::L2);
        let want_l2 = Want::Ok { pa: None, tlb: l2 };
        assert!(want_l2.holds(&r(ok, l2, Some(false))));
        assert!(!want_l2.holds(&r(ok, walk, Some(false))));
        assert!(!want_l2.holds(&r(ok, None, Some(false))));
        assert!(!want_walk.holds(&r(ok, l2, Some(false))));
        assert_eq!(want_l2.to_string(), "ok l2");
        assert_eq!(describe_result(&r(ok, l2, Some(false))), "ok pa=0x5008 l2");
    }

    #[test]
    fn a_pair_s_expectations_find_their_own_result() {
        let results = vec![
            AccessResult {
                op_index: 3,
                ..r(
                    Outcome::Ok { pa: 0x1000 },
                    Some(TlbLevel::Walk),
                    Some(false),
                )
            },
            AccessResult {
                op_index: 3,
                ..r(Outcome::Ok { pa: 0x2000 }, Some(TlbLevel::L1), Some(true))
            },
        ];
        let run = RunResult {
            results,
            memory_after: Vec::new(),
        };
        let expect = |side, pa| Expectation {
            line: 2,
            access_line: 1,
            op_index: 3,
            side: Some(side),
            want: Want::Ok {
                pa: Some(pa),
                tlb: None,
            },
        };
        let good = [
            expect(PairSide::Fetch, 0x1000),
            expect(PairSide::Data, 0x2000),
        ];
        assert!(check_expectations(&good, &run).is_empty());
        let swapped = [
            expect(PairSide::Fetch, 0x2000),
            expect(PairSide::Data, 0x1000),
        ];
        let failures = check_expectations(&swapped, &run);
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[1].got, "ok pa=0x2000 l1");
    }
}
