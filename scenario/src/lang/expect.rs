//! Expectations: what an `expect` line asks of its access ([`Want`]), and checking a run against them.

use std::fmt;

use mmu_arch::{pf, AccessResult, Outcome};
use mmu_model::engine::RunResult;

/// What an `expect` line asks of its access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// `expect ok [pa=PA] [hit|walk]`
    Ok {
        pa: Option<u64>,
        tlb_hit: Option<bool>,
    },
    /// `expect pf [CODE] [hit|walk]`: the exact error code, or any.
    PageFault {
        error_code: Option<u32>,
        tlb_hit: Option<bool>,
    },
    /// `expect gp`
    GeneralProtection,
    /// `expect bus_error [addr=PA]`
    BusError { addr: Option<u64> },
}

fn hit_word(hit: bool) -> &'static str {
    if hit {
        "hit"
    } else {
        "walk"
    }
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Want::Ok { pa, tlb_hit } => {
                f.write_str("ok")?;
                if let Some(pa) = pa {
                    write!(f, " pa={pa:#x}")?;
                }
                if let Some(h) = tlb_hit {
                    write!(f, " {}", hit_word(h))?;
                }
                Ok(())
            }
            Want::PageFault {
                error_code,
                tlb_hit,
            } => {
                match error_code {
                    Some(code) => write!(f, "pf {} ({code:#x})", pf::decode(code))?,
                    None => f.write_str("pf (any error code)")?,
                }
                if let Some(h) = tlb_hit {
                    write!(f, " {}", hit_word(h))?;
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

impl Want {
    /// Whether an access result satisfies this expectation. A `hit`/`walk` expectation needs an engine that reports
    /// TLB hits.
    pub fn holds(&self, r: &AccessResult) -> bool {
        let tlb_ok = |want: Option<bool>| want.is_none() || want == r.tlb_hit;
        match (*self, r.outcome) {
            (Want::Ok { pa, tlb_hit }, Outcome::Ok { pa: got }) => {
                absent_or_equal(pa, got) && tlb_ok(tlb_hit)
            }
            (
                Want::PageFault {
                    error_code,
                    tlb_hit,
                },
                Outcome::PageFault {
                    error_code: got, ..
                },
            ) => absent_or_equal(error_code, got) && tlb_ok(tlb_hit),
            (Want::GeneralProtection, Outcome::GeneralProtection) => true,
            (Want::BusError { addr }, Outcome::BusError { addr: got }) => {
                absent_or_equal(addr, got)
            }
            _ => false,
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

/// An access result in the words of an `expect` line: `ok pa=0x1000 walk`, `pf P|W (0x3) hit`, `gp`.
pub fn describe_result(r: &AccessResult) -> String {
    let mut s = match r.outcome {
        Outcome::Ok { pa } => format!("ok pa={pa:#x}"),
        Outcome::PageFault { error_code, .. } => {
            format!("pf {} ({error_code:#x})", pf::decode(error_code))
        }
        Outcome::GeneralProtection => return "gp".to_string(),
        Outcome::BusError { addr } => format!("bus_error addr={addr:#x}"),
    };
    if let Some(h) = r.tlb_hit {
        s.push(' ');
        s.push_str(hit_word(h));
    }
    s
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
    pub want: Want,
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
        .filter_map(|e| {
            let r = result.results.iter().find(|r| r.op_index == e.op_index);
            match r {
                Some(r) if e.want.holds(r) => None,
                Some(r) => {
                    let mut got = describe_result(r);
                    let wants_tlb = matches!(
                        e.want,
                        Want::Ok {
                            tlb_hit: Some(_),
                            ..
                        } | Want::PageFault {
                            tlb_hit: Some(_),
                            ..
                        }
                    );
                    if wants_tlb && r.tlb_hit.is_none() {
                        got.push_str(" (the engine does not report TLB hits)");
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
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations_check_results() {
        let r = |outcome, hit| AccessResult {
            op_index: 0,
            outcome,
            tlb_hit: hit,
            cycles: None,
            walk_reads: None,
        };
        let want_ok = Want::Ok {
            pa: Some(0x5008),
            tlb_hit: Some(true),
        };
        assert!(want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, Some(true))));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, Some(false))));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5008 }, None)));
        assert!(!want_ok.holds(&r(Outcome::Ok { pa: 0x5000 }, Some(true))));
        let any_pf = Want::PageFault {
            error_code: None,
            tlb_hit: None,
        };
        let pf7 = Outcome::PageFault {
            error_code: 7,
            cr2: 0,
        };
        assert!(any_pf.holds(&r(pf7, None)));
        assert!(!any_pf.holds(&r(Outcome::GeneralProtection, None)));
        let exact = Want::PageFault {
            error_code: Some(5),
            tlb_hit: None,
        };
        assert!(!exact.holds(&r(pf7, None)));
        assert_eq!(exact.to_string(), "pf P|U (0x5)");
        assert_eq!(describe_result(&r(pf7, Some(true))), "pf P|W|U (0x7) hit");
    }
}
