//! The bus bridges alone (`mmu_hdl::axi4::Axi4Bridge`, `mmu_hdl::wishbone::WbBridge`), driven by a requester that
//! follows the walker's side of the native memory contract (random reads, up to four posted compare-and-set writes,
//! random idle cycles) against a slave model with random back-pressure, latency and errors, and another agent
//! writing the words the requests use. Every native answer is checked against what the slave did with the request
//! (the reference memory): the word read, stale or written, bus error; each bus is checked against its protocol
//! rules every cycle; coverage counters fail the test when an event never happened. Seeded: a failure names its
//! seed; `MMU_BRIDGE_SEEDS` sets how many seeds run.

use std::collections::{HashMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};

use mmu_hdl::rust_hdl::prelude::*;
use mmu_model::random::Rng;
use mmu_sim::step::settle;

mod axi4;
mod wishbone;

/// Cycles of random traffic per seed, then at most `DRAIN_LIMIT` cycles for the last answers.
const CYCLES: u64 = 3_000;
const DRAIN_LIMIT: u64 = 400;
/// The words the requests use: few, so that the agent's writes hit them.
const WORDS: [u64; 6] = [
    0x1000,
    0x1008,
    0x2ff8,
    0x40_0000,
    0xf_ffff_fff8,
    0x8_0000_0100,
];

fn seeds() -> u64 {
    std::env::var("MMU_BRIDGE_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12)
}

/// Runs `run` for every seed; a failure is reported with its seed.
fn for_seeds(
    name: &str,
    run: impl Fn(u64, &mut HashMap<&'static str, u64>),
) -> HashMap<&'static str, u64> {
    let mut cover = HashMap::new();
    for seed in 1..=seeds() {
        let r = catch_unwind(AssertUnwindSafe(|| run(seed, &mut cover)));
        if let Err(e) = r {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{name}: seed {seed} failed: {msg}");
        }
    }
    cover
}

fn require(cover: &HashMap<&'static str, u64>, events: &[&'static str]) {
    for e in events {
        assert!(
            cover.get(e).copied().unwrap_or(0) > 0,
            "coverage: `{e}` never happened ({cover:?})"
        );
    }
    eprintln!("coverage: {cover:?}");
}

fn bump(cover: &mut HashMap<&'static str, u64>, e: &'static str) {
    *cover.entry(e).or_insert(0) += 1;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Req {
    addr: u64,
    we: bool,
    wdata: u64,
    expect: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Answer {
    data: u64,
    err: bool,
    stale: bool,
}

/// The walker's side of the native contract: a read only with nothing outstanding, at most four writes
/// outstanding, an offer held unchanged until taken; answers checked for order and timing.
struct Requester {
    rng: Rng,
    offer: Option<Req>,
    /// Taken and not answered: the request and the cycle it was taken in.
    outstanding: VecDeque<(Req, u64)>,
    /// The value each word had when last read: a write's `expect`, as the walker's is the entry it read.
    seen: HashMap<u64, u64>,
    /// No new offers (draining).
    stop: bool,
}

impl Requester {
    fn new(seed: u64) -> Self {
        Requester {
            rng: Rng::new(seed ^ 0x5eed),
            offer: None,
            outstanding: VecDeque::new(),
            seen: HashMap::new(),
            stop: false,
        }
    }

    /// The offer of the coming cycle.
    fn plan(&mut self) -> Option<Req> {
        if self.offer.is_none() && !self.stop && self.rng.chance(60) {
            let all_writes = self.outstanding.iter().all(|(r, _)| r.we);
            let addr = self.rng.pick(&WORDS);
            let known = self.seen.get(&addr).copied();
            if self.outstanding.is_empty() && (known.is_none() || self.rng.chance(50)) {
                self.offer = Some(Req {
                    addr,
                    we: false,
                    wdata: 0,
                    expect: 0,
                });
            } else if all_writes && self.outstanding.len() < 4 {
                if let Some(expect) = known {
                    // An A or D update: bits set in the entry as read.
                    let wdata =
                        expect | (1 << (5 + self.rng.below(2))) | (self.rng.next_u64() & 0xf00);
                    self.offer = Some(Req {
                        addr,
                        we: true,
                        wdata,
                        expect,
                    });
                }
            }
        }
        self.offer
    }

    /// From cycle `CYCLES` on, no new offers; true once every answer is in (the run is over). Fails at the
    /// cycle limit.
    fn drained(&mut self, cycle: u64) -> bool {
        if cycle < CYCLES {
            return false;
        }
        self.stop = true;
        let done = self.outstanding.is_empty() && self.offer.is_none();
        assert!(
            done || cycle < CYCLES + DRAIN_LIMIT,
            "cycle limit: answers still owed {:?}",
            self.outstanding
        );
        done
    }

    /// The cycle's offer (none in reset) and the request to drive (zeros without an offer).
    fn offer_of_cycle(&mut self, reset: bool) -> (bool, Req) {
        let offer = if reset { None } else { self.plan() };
        let none = Req {
            addr: 0,
            we: false,
            wdata: 0,
            expect: 0,
        };
        (offer.is_some(), offer.unwrap_or(none))
    }

    /// After the cycle settled: the answer of this cycle, if any (with its request), and the offer taken.
    fn observe(
        &mut self,
        cycle: u64,
        ready: bool,
        answer: Option<Answer>,
    ) -> Option<(Req, Answer)> {
        let mut done = None;
        if let Some(a) = answer {
            let (r, taken) = self
                .outstanding
                .pop_front()
                .expect("an answer with nothing outstanding");
            assert!(
                cycle > taken,
                "answered in the cycle of its transfer ({r:?})"
            );
            assert!(!a.stale || r.we, "a read answered stale ({r:?})");
            // What the walker would know of the entry next: the value read, its own update, or nothing.
            match (r.we, a.err, a.stale) {
                (false, false, _) => {
                    self.seen.insert(r.addr, a.data);
                }
                (true, false, false) => {
                    self.seen.insert(r.addr, r.wdata);
                }
                _ => {
                    self.seen.remove(&r.addr);
                }
            }
            done = Some((r, a));
        }
        if let (Some(r), true) = (self.offer, ready) {
            self.outstanding.push_back((r, cycle));
            self.offer = None;
        }
        done
    }
}

fn b64(x: u64) -> Bits<64> {
    x.into()
}

/// Drives the native request side of bridge `$br`: reset, valid and the request `$o`.
macro_rules! drive_request {
    ($br:expr, $reset:expr, $valid:expr, $o:expr) => {
        $br.reset.next = $reset;
        $br.mem_req_valid.next = $valid;
        $br.mem_req_addr.next = $o.addr.into();
        $br.mem_req_we.next = $o.we;
        $br.mem_req_wdata.next = b64($o.wdata);
        $br.mem_req_expect.next = b64($o.expect);
    };
}
use drive_request;
