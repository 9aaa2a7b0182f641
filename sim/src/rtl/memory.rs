//! The walker's memory as the RTL engine simulates it: physical memory behind the MMU's request/response port.
//!
//! Protocol (the MMU's side is documented in `hdl/src/mmu.rs`): a request transfers at a rising edge with
//! `mem_req_valid & mem_req_ready`; this memory then answers it with exactly one `mem_rsp_valid` pulse `latency` cycles
//! later (the read data, or 0 for a write), `latency >= 1`, in the order the requests were taken: an answer due while
//! an older one is still to come waits behind it, so each comes at most `latency` cycles after its own transfer. Reads
//! return the word at the moment of the transfer, writes take effect at the transfer. The requester's side of the
//! contract is checked: a read offered while any request is outstanding, or a fifth outstanding request, is a protocol
//! error. A request to a poisoned word (`Memory::poison`) is answered with `mem_rsp_err` (and data 0); a write to it
//! does nothing. Writes are compare-and-set: a write whose word no longer holds `mem_req_expect` changes nothing and is
//! answered with `mem_rsp_stale`. An `external_write` (another agent's store) is armed with [`RtlMemory::arm_race`]
//! and lands right after the next read of its word, or when [`RtlMemory::land_race`] is called.
//!
//! Timing is fixed (`MemTiming::fixed`, the scenario's `mem_latency`) or, for stress tests, randomised from a seed:
//! latency uniformly in `latency..=latency + extra_latency`, `mem_req_ready` high with probability `ready_percent`%.
//!
//! ```text
//!   clock          _/‾\_/‾\_/‾\_/‾\_
//!   mem_req_valid  _/‾‾‾\___________      transfer at edge 1 (ready high)
//!   mem_rsp_valid  _________/‾‾‾\___      latency 2: the answer is visible in cycle 3
//! ```

use std::collections::VecDeque;

use mmu_model::mem::Memory;
use mmu_model::random::Rng;

/// The most requests the MMU may have outstanding: the four A/D writes of a walk.
pub const MAX_OUTSTANDING: usize = 4;

/// How fast and how willing the memory is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemTiming {
    /// Cycles from the transfer to the answer (at least 1).
    pub latency: u32,
    /// Up to this many more cycles, drawn per request.
    pub extra_latency: u32,
    /// Percentage of cycles in which `mem_req_ready` is high (1..=100).
    pub ready_percent: u32,
    /// Seed of the random latency and back-pressure.
    pub seed: u64,
}

impl MemTiming {
    /// Always ready, always `latency` cycles.
    pub fn fixed(latency: u32) -> Self {
        MemTiming {
            latency,
            extra_latency: 0,
            ready_percent: 100,
            seed: 0,
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.latency == 0 {
            return Err(
                "memory latency must be at least 1 cycle (the answer comes after the transfer)"
                    .into(),
            );
        }
        if !(1..=100).contains(&self.ready_percent) {
            return Err(format!(
                "memory ready percentage must be in 1..=100, got {}",
                self.ready_percent
            ));
        }
        Ok(())
    }
}

/// A protocol violation seen on the memory port.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MemError {
    #[error("memory read of {addr:#x} while {outstanding} request(s) are outstanding")]
    ReadNotAlone { addr: u64, outstanding: usize },
    #[error("memory request to {addr:#x} with {MAX_OUTSTANDING} requests already outstanding")]
    TooMany { addr: u64 },
    #[error("unaligned memory request to {addr:#x}")]
    Unaligned { addr: u64 },
}

/// One request as the walker's port carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemRequest {
    pub addr: u64,
    pub we: bool,
    pub wdata: u64,
    /// With a write: the value the word must still hold for the write to happen.
    pub expect: u64,
}

/// One answer on the walker's port: `mem_rsp_data`, `mem_rsp_err`, `mem_rsp_stale`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemAnswer {
    pub data: u64,
    pub err: bool,
    pub stale: bool,
}

impl MemRequest {
    /// Carries the request out on `word`, as every memory model of the project does: a read returns it, a write is a
    /// compare-and-set against `expect`.
    pub fn apply(&self, word: &mut u64) -> MemAnswer {
        if !self.we {
            return MemAnswer {
                data: *word,
                ..MemAnswer::default()
            };
        }
        let stale = *word != self.expect;
        if !stale {
            *word = self.wdata;
        }
        MemAnswer {
            stale,
            ..MemAnswer::default()
        }
    }
}

/// The answers a memory owes on the walker's port, oldest first, and the requester's side of the contract: given in
/// the order the requests were taken, each once it is due and the one before it was given, one per cycle. Every
/// memory model of the project (this engine's, the block tests', the lockstep's) keeps its answers in one.
#[derive(Clone, Debug, Default)]
pub struct AnswerQueue {
    /// Per request: cycles until its answer may be given, and the answer.
    owed: VecDeque<(u32, MemAnswer)>,
    /// The outstanding count at the last `answer`, the cycle's answer included (it still counts in its own cycle).
    before: usize,
    answering: bool,
}

impl AnswerQueue {
    /// The answer for the coming cycle, if one is due.
    pub fn answer(&mut self) -> Option<MemAnswer> {
        self.before = self.owed.len();
        let due = match self.owed.front() {
            Some(&(0, a)) => Some(a),
            _ => None,
        };
        self.answering = due.is_some();
        due
    }

    /// The rising edge: the answer given is retired, the others come a cycle closer. A request that transfers at this
    /// edge (`Some(write)`) is checked against the contract: a read only with nothing outstanding, at most
    /// [`MAX_OUTSTANDING`] in all; then [`AnswerQueue::push`] it.
    pub fn edge(&mut self, request: Option<(bool, u64)>) -> Result<(), MemError> {
        if self.answering {
            self.owed.pop_front();
            self.answering = false;
        }
        for (n, _) in self.owed.iter_mut() {
            *n = n.saturating_sub(1);
        }
        let outstanding = self.before;
        match request {
            Some((false, addr)) if outstanding > 0 => {
                Err(MemError::ReadNotAlone { addr, outstanding })
            }
            Some((_, addr)) if outstanding >= MAX_OUTSTANDING => Err(MemError::TooMany { addr }),
            _ => Ok(()),
        }
    }

    /// Owes an answer `latency` (at least 1) cycles after the edge just taken.
    pub fn push(&mut self, latency: u32, answer: MemAnswer) {
        self.owed.push_back((latency.max(1) - 1, answer));
    }

    /// A memory model's whole rising edge: [`AnswerQueue::edge`] with the request that transferred, if any, and then
    /// its answer from `serve`, with the cycles until it is due. A contract violation panics: for the test memories,
    /// whose requester is the design under test.
    pub fn take(
        &mut self,
        request: Option<MemRequest>,
        serve: impl FnOnce(&MemRequest) -> (u32, MemAnswer),
    ) {
        if let Err(e) = self.edge(request.map(|r| (r.we, r.addr))) {
            panic!("{e}");
        }
        if let Some(r) = request {
            assert_eq!(r.addr & 7, 0, "unaligned memory request {:#x}", r.addr);
            let (latency, answer) = serve(&r);
            self.push(latency, answer);
        }
    }

    /// Requests taken and not answered.
    pub fn len(&self) -> usize {
        self.owed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.owed.is_empty()
    }

    /// A reset: the memory is in the MMU's reset domain and drops every answer it owes.
    pub fn clear(&mut self) {
        self.owed.clear();
        self.answering = false;
        self.before = 0;
    }
}

/// Physical memory with the port's timing. One cycle is `drive` (inputs of the cycle) then `edge` (what the MMU
/// drove, committed at the rising edge).
#[derive(Clone, Debug)]
pub struct RtlMemory {
    words: Memory,
    timing: MemTiming,
    rng: Rng,
    owed: AnswerQueue,
    ready_now: bool,
    reads: u64,
    writes: u64,
    stale: u64,
    /// An armed `external_write`: address and value.
    race: Option<(u64, u64)>,
    races_in_walk: u64,
}

impl RtlMemory {
    pub fn new(words: Memory, timing: MemTiming) -> Self {
        RtlMemory {
            words,
            timing,
            rng: Rng::new(timing.seed),
            owed: AnswerQueue::default(),
            ready_now: false,
            reads: 0,
            writes: 0,
            stale: 0,
            race: None,
            races_in_walk: 0,
        }
    }

    /// The memory content.
    pub fn words(&self) -> &Memory {
        &self.words
    }

    /// An OS store, outside the port (the engine only does this while nothing is outstanding).
    pub fn store(&mut self, addr: u64, value: u64) {
        self.words.write(addr, value);
    }

    /// From now on, requests to the word at `addr` are answered with a bus error.
    pub fn poison(&mut self, addr: u64) {
        self.words.poison(addr);
    }

    /// Arms another agent's store: it lands right after the next read of `addr` (a second one armed first lands the
    /// earlier one now).
    pub fn arm_race(&mut self, addr: u64, value: u64) {
        if let Some((a, v)) = self.race.replace((addr, value)) {
            self.words.write(a, v);
        }
    }

    /// Lands an armed store no read met (the access op it raced is done).
    pub fn land_race(&mut self) {
        if let Some((a, v)) = self.race.take() {
            self.words.write(a, v);
        }
    }

    /// Writes answered stale, and armed stores that landed right after a read of their word.
    pub fn races(&self) -> (u64, u64) {
        (self.stale, self.races_in_walk)
    }

    /// The longest time from a transfer to its answer, in cycles.
    pub fn max_latency(&self) -> u32 {
        self.timing.latency + self.timing.extra_latency
    }

    /// No request outstanding.
    pub fn idle(&self) -> bool {
        self.owed.is_empty()
    }

    /// Reads and writes served so far.
    pub fn traffic(&self) -> (u64, u64) {
        (self.reads, self.writes)
    }

    /// The memory's outputs for the coming cycle: `(mem_req_ready, mem_rsp_valid, mem_rsp_data, mem_rsp_err)`.
    /// The memory's outputs for the coming cycle: `mem_req_ready`, and the answer due, if any.
    pub fn drive(&mut self) -> (bool, Option<MemAnswer>) {
        self.ready_now = self.timing.ready_percent >= 100
            || self.rng.below(100) < self.timing.ready_percent as u64;
        (self.ready_now, self.owed.answer())
    }

    /// The rising edge with the MMU's settled request outputs: takes the request if offered while ready.
    pub fn edge(&mut self, req_valid: bool, req: MemRequest) -> Result<(), MemError> {
        let taken = req_valid && self.ready_now;
        self.owed.edge(taken.then_some((req.we, req.addr)))?;
        if !taken {
            return Ok(());
        }
        if req.addr & 7 != 0 {
            return Err(MemError::Unaligned { addr: req.addr });
        }
        let answer = if self.words.is_poisoned(req.addr) {
            MemAnswer {
                err: true,
                ..MemAnswer::default()
            }
        } else {
            let mut word = self.words.read(req.addr);
            let answer = req.apply(&mut word);
            self.words.write(req.addr, word);
            answer
        };
        if req.we {
            self.writes += 1;
            self.stale += answer.stale as u64;
        } else {
            self.reads += 1;
            // The other agent's store lands between this read and anything after it.
            if let Some((a, v)) = self.race {
                if a == req.addr {
                    self.words.write(a, v);
                    self.race = None;
                    self.races_in_walk += 1;
                }
            }
        }
        let extra = if self.timing.extra_latency > 0 {
            self.rng.below(self.timing.extra_latency as u64 + 1) as u32
        } else {
            0
        };
        self.owed.push(self.timing.latency + extra, answer);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rq(addr: u64, we: bool, wdata: u64) -> MemRequest {
        MemRequest {
            addr,
            we,
            wdata,
            expect: 0,
        }
    }

    /// A write lands only on the value it expects; otherwise it is answered stale and changes nothing. An armed
    /// store lands right after the next read of its word.
    #[test]
    fn writes_compare_and_set_and_races_land_after_the_read() {
        let mut m = RtlMemory::new(Memory::from_words(&[(0x40, 7)]), MemTiming::fixed(1));
        m.arm_race(0x40, 9);
        m.drive();
        m.edge(true, rq(0x40, false, 0)).unwrap();
        assert_eq!(
            m.drive().1.unwrap().data,
            7,
            "the read sees the word before the store"
        );
        let write = MemRequest {
            addr: 0x40,
            we: true,
            wdata: 7 | 0x20,
            expect: 7,
        };
        m.edge(true, write).unwrap();
        assert!(m.drive().1.unwrap().stale);
        assert_eq!(m.words().read(0x40), 9);
        m.edge(
            true,
            MemRequest {
                expect: 9,
                wdata: 9 | 0x20,
                ..write
            },
        )
        .unwrap();
        assert!(!m.drive().1.unwrap().stale);
        assert_eq!(m.words().read(0x40), 9 | 0x20);
        assert_eq!(m.races(), (1, 1));
        m.edge(false, write).unwrap();
    }

    #[test]
    fn fixed_latency_answers_exactly_latency_cycles_after_the_transfer() {
        for latency in 1..=4 {
            let mut m = RtlMemory::new(Memory::from_words(&[(0x40, 7)]), MemTiming::fixed(latency));
            let (ready, rsp) = m.drive();
            let rsp = rsp.is_some();
            assert!(ready && !rsp);
            m.edge(true, rq(0x40, false, 0)).unwrap();
            for k in 1..=latency {
                let (_, answer) = m.drive();
                let (rsp, data) = (answer.is_some(), answer.map_or(0, |a| a.data));
                assert_eq!(rsp, k == latency, "latency {latency}, cycle {k}");
                if rsp {
                    assert_eq!(data, 7);
                }
                m.edge(false, rq(0, false, 0)).unwrap();
            }
            assert!(m.idle());
            assert!(m.drive().1.is_none(), "exactly one pulse");
        }
    }

    #[test]
    fn posted_writes_are_answered_in_order_each_within_its_latency() {
        // Four writes back to back, then nothing: latencies drawn per write, answers in order.
        let timing = MemTiming {
            latency: 1,
            extra_latency: 3,
            ready_percent: 100,
            seed: 5,
        };
        for seed in 0..50 {
            let mut m = RtlMemory::new(Memory::new(), MemTiming { seed, ..timing });
            let mut answered = Vec::new();
            for cycle in 0..12u64 {
                let rsp = m.drive().1.is_some();
                if rsp {
                    answered.push(cycle);
                }
                let offer = cycle < 4;
                m.edge(offer, rq(8 * cycle, true, cycle)).unwrap();
            }
            assert_eq!(answered.len(), 4, "seed {seed}: {answered:?}");
            for (k, &c) in answered.iter().enumerate() {
                // write k transferred at the end of cycle k
                assert!(
                    c > k as u64 && c <= k as u64 + 4,
                    "seed {seed}: {answered:?}"
                );
            }
            assert!(answered.windows(2).all(|w| w[0] < w[1]));
            assert!(m.idle());
            assert_eq!(m.words().read(24), 3, "writes take effect at the transfer");
        }
    }

    #[test]
    fn protocol_errors_of_the_requester() {
        let mut m = RtlMemory::new(Memory::new(), MemTiming::fixed(2));
        m.drive();
        m.edge(true, rq(0x8, true, 5)).unwrap();
        m.drive();
        assert_eq!(
            m.edge(true, rq(0x10, false, 0)),
            Err(MemError::ReadNotAlone {
                addr: 0x10,
                outstanding: 1
            })
        );
        let mut m = RtlMemory::new(Memory::new(), MemTiming::fixed(9));
        for k in 0..4 {
            m.drive();
            m.edge(true, rq(8 * k, true, 1)).unwrap();
        }
        m.drive();
        assert_eq!(
            m.edge(true, rq(0x40, true, 1)),
            Err(MemError::TooMany { addr: 0x40 })
        );
        let mut m = RtlMemory::new(Memory::new(), MemTiming::fixed(1));
        m.drive();
        assert_eq!(
            m.edge(true, rq(0x4, false, 0)),
            Err(MemError::Unaligned { addr: 0x4 })
        );
    }

    #[test]
    fn random_timing_stays_within_its_bounds() {
        let timing = MemTiming {
            latency: 2,
            extra_latency: 3,
            ready_percent: 40,
            seed: 9,
        };
        let mut m = RtlMemory::new(Memory::new(), timing);
        let (mut readies, mut cycles) = (0, 0);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..500 {
            // offer a request until it transfers, then count the cycles to its answer
            let mut lat = 0;
            loop {
                let ready = m.drive().0;
                cycles += 1;
                readies += ready as u32;
                m.edge(true, rq(0, false, 0)).unwrap();
                if ready {
                    break;
                }
            }
            loop {
                lat += 1;
                let (ready, rsp) = m.drive();
                let rsp = rsp.is_some();
                cycles += 1;
                readies += ready as u32;
                m.edge(false, rq(0, false, 0)).unwrap();
                if rsp {
                    break;
                }
            }
            assert!((2..=5).contains(&lat), "latency {lat}");
            seen.insert(lat);
        }
        assert_eq!(seen.len(), 4, "every latency in range drawn");
        let share = readies as f64 / cycles as f64;
        assert!((0.3..0.5).contains(&share), "ready {share}");
        assert!(m.traffic().0 == 500);
    }
}
