//! The bus bridges alone (`mmu_hdl::axi4::Axi4Bridge`, `mmu_hdl::wishbone::WbBridge`), driven by a requester that
//! follows the walker's side of the native memory contract (random reads, up to four posted compare-and-set writes,
//! random idle cycles) against a slave model with random back-pressure, latency and errors, and another agent
//! writing the words the requests use. Every native answer is checked against what the slave did with the request
//! (the reference memory): the word read, stale or written, bus error; each bus is checked against its protocol
//! rules every cycle; coverage counters fail the test when an event never happened. Seeded: a failure names its
//! seed; `MMU_BRIDGE_SEEDS` sets how many seeds run.

use std::collections::{HashMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};

use mmu_hdl::axi4::{Axi4Bridge, RESP_DECERR, RESP_EXOKAY, RESP_OKAY, RESP_SLVERR};
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::wishbone::WbBridge;
use mmu_model::random::Rng;
use mmu_sim::step::settle;

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

// ---------------------------------------------------------------------------------------------------------------
// AXI4

/// What the AXI slave did, in order.
#[derive(Clone, Copy, Debug)]
enum AxiEvent {
    Read {
        addr: u64,
        lock: bool,
        data: u64,
        resp: u64,
    },
    Write {
        addr: u64,
        data: u64,
        resp: u64,
        before: u64,
    },
}

/// The answer the native contract demands for `r`, given what the slave did with it.
fn axi_expected(r: &Req, events: &[AxiEvent], cover: &mut HashMap<&'static str, u64>) -> Answer {
    let err = Answer {
        data: 0,
        err: true,
        stale: false,
    };
    let mut it = events.iter();
    loop {
        let Some(&AxiEvent::Read {
            addr,
            lock,
            data,
            resp,
        }) = it.next()
        else {
            panic!("{r:?}: expected an AR/R, the slave saw {events:?}");
        };
        assert_eq!(addr, r.addr, "{r:?}: AR address");
        assert_eq!(
            lock, r.we,
            "{r:?}: ARLOCK must be set exactly for the read of a compare-and-set"
        );
        let failed = resp == RESP_SLVERR || resp == RESP_DECERR;
        if !r.we {
            assert!(
                it.next().is_none(),
                "{r:?}: more than one transaction for a read: {events:?}"
            );
            if failed {
                bump(cover, "read_err");
                return err;
            }
            return Answer {
                data,
                err: false,
                stale: false,
            };
        }
        if failed || resp == RESP_OKAY {
            bump(
                cover,
                if failed {
                    "cas_read_err"
                } else {
                    "no_exclusive"
                },
            );
            assert!(
                it.next().is_none(),
                "{r:?}: wrote after a failed exclusive read: {events:?}"
            );
            return err;
        }
        if data != r.expect {
            bump(cover, "stale");
            assert!(
                it.next().is_none(),
                "{r:?}: wrote a word that changed: {events:?}"
            );
            return Answer {
                data: 0,
                err: false,
                stale: true,
            };
        }
        let Some(&AxiEvent::Write {
            addr,
            data,
            resp,
            before,
        }) = it.next()
        else {
            panic!("{r:?}: expected the exclusive write, the slave saw {events:?}");
        };
        assert_eq!(
            (addr, data),
            (r.addr, r.wdata),
            "{r:?}: the exclusive write"
        );
        match resp {
            RESP_EXOKAY => {
                assert_eq!(
                    before, r.expect,
                    "{r:?}: an exclusive write landed on a changed word"
                );
                assert!(
                    it.next().is_none(),
                    "{r:?}: transactions after the write: {events:?}"
                );
                bump(cover, "cas_ok");
                return Answer {
                    data: 0,
                    err: false,
                    stale: false,
                };
            }
            RESP_OKAY => bump(cover, "exclusive_retry"),
            _ => {
                assert!(
                    it.next().is_none(),
                    "{r:?}: transactions after a failed write: {events:?}"
                );
                bump(cover, "write_err");
                return err;
            }
        }
    }
}

/// One channel's payload as the checker compares it while valid waits for ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
struct Offer {
    valid: bool,
    payload: (u64, bool, u64),
}

struct AxiSlave {
    rng: Rng,
    mem: HashMap<u64, u64>,
    /// The exclusive monitor's reservation.
    monitor: Option<u64>,
    /// R and B owed: cycles until shown, data, resp.
    r_owed: VecDeque<(u32, u64, u64)>,
    b_owed: VecDeque<(u32, u64)>,
    aw: Option<(u64, bool)>,
    w: Option<u64>,
    /// The agent's write armed for the word of an exclusive read: cycles to go, address, value.
    agent: Option<(u32, u64, u64)>,
    events: Vec<AxiEvent>,
    // checker state
    prev_ar: Offer,
    prev_aw: Offer,
    prev_w: Offer,
    r_busy: bool,
    w_busy: bool,
    /// The last completed transaction was an exclusive read of this word answered EXOKAY.
    reserved_by_master: Option<u64>,
    ready_pct: u64,
}

impl AxiSlave {
    fn word(&self, addr: u64) -> u64 {
        self.mem
            .get(&addr)
            .copied()
            .unwrap_or(addr.wrapping_mul(0x9e37_79b9_7f4a_7c15) & !0x60)
    }

    fn store(&mut self, addr: u64, value: u64) {
        self.mem.insert(addr, value);
        if self.monitor == Some(addr) {
            self.monitor = None;
        }
    }

    fn error_resp(&mut self) -> Option<u64> {
        match self.rng.below(100) {
            0..=2 => Some(RESP_SLVERR),
            3..=4 => Some(RESP_DECERR),
            _ => None,
        }
    }
}

fn b64(x: u64) -> Bits<64> {
    x.into()
}

#[test]
fn axi4_bridge_random_traffic() {
    let cover = for_seeds("axi4", |seed, cover| {
        let mut br = Box::new(Axi4Bridge::default());
        br.connect_all();
        let mut req = Requester::new(seed);
        let mut rng = Rng::new(seed);
        let ready_pct = [100, 70, 40][(seed % 3) as usize];
        let mut s = AxiSlave {
            rng: Rng::new(seed.wrapping_mul(77)),
            mem: HashMap::new(),
            monitor: None,
            r_owed: VecDeque::new(),
            b_owed: VecDeque::new(),
            aw: None,
            w: None,
            agent: None,
            events: Vec::new(),
            prev_ar: Offer::default(),
            prev_aw: Offer::default(),
            prev_w: Offer::default(),
            r_busy: false,
            w_busy: false,
            reserved_by_master: None,
            ready_pct,
        };
        let mut cycle = 0u64;
        loop {
            let reset = cycle < 2;
            if cycle >= CYCLES {
                req.stop = true;
                if req.outstanding.is_empty() && req.offer.is_none() {
                    break;
                }
                assert!(
                    cycle < CYCLES + DRAIN_LIMIT,
                    "cycle limit: answers still owed {:?}",
                    req.outstanding
                );
            }
            // Inputs of the cycle.
            let offer = if reset { None } else { req.plan() };
            br.reset.next = reset;
            br.mem_req_valid.next = offer.is_some();
            let o = offer.unwrap_or(Req {
                addr: 0,
                we: false,
                wdata: 0,
                expect: 0,
            });
            br.mem_req_addr.next = o.addr.into();
            br.mem_req_we.next = o.we;
            br.mem_req_wdata.next = b64(o.wdata);
            br.mem_req_expect.next = b64(o.expect);
            let arready = rng.chance(s.ready_pct);
            let awready = rng.chance(s.ready_pct);
            let wready = rng.chance(s.ready_pct);
            br.m_axi_arready.next = arready;
            br.m_axi_awready.next = awready;
            br.m_axi_wready.next = wready;
            let r_show = matches!(s.r_owed.front(), Some(&(0, _, _)));
            let (_, rdata, rresp) = s.r_owed.front().copied().unwrap_or((0, 0, 0));
            br.m_axi_rvalid.next = r_show;
            br.m_axi_rdata.next = b64(rdata);
            br.m_axi_rresp.next = rresp.into();
            br.m_axi_rlast.next = true;
            br.m_axi_rid.next = 0.into();
            let b_show = matches!(s.b_owed.front(), Some(&(0, _)));
            let (_, bresp) = s.b_owed.front().copied().unwrap_or((0, 0));
            br.m_axi_bvalid.next = b_show;
            br.m_axi_bresp.next = bresp.into();
            br.m_axi_bid.next = 0.into();
            br.clock.next = Clock { clk: false };
            settle(&mut *br);

            // The settled outputs.
            let ar = Offer {
                valid: br.m_axi_arvalid.val(),
                payload: (br.m_axi_araddr.val().to_u64(), br.m_axi_arlock.val(), 0),
            };
            let aw = Offer {
                valid: br.m_axi_awvalid.val(),
                payload: (br.m_axi_awaddr.val().to_u64(), br.m_axi_awlock.val(), 0),
            };
            let w = Offer {
                valid: br.m_axi_wvalid.val(),
                payload: (br.m_axi_wdata.val().to_u64(), true, 0),
            };
            let rready = br.m_axi_rready.val();
            let bready = br.m_axi_bready.val();
            if !reset {
                // Protocol: a valid stays, with its payload, until ready; one beat of 8 bytes; one transaction.
                for (name, prev, now) in [
                    ("AR", s.prev_ar, ar),
                    ("AW", s.prev_aw, aw),
                    ("W", s.prev_w, w),
                ] {
                    if prev.valid {
                        assert!(now.valid, "cycle {cycle}: {name}VALID dropped before READY");
                        assert_eq!(
                            prev.payload, now.payload,
                            "cycle {cycle}: {name} payload changed while waiting"
                        );
                    }
                }
                if ar.valid {
                    assert!(
                        !s.r_busy && !s.w_busy,
                        "cycle {cycle}: AR while a transaction is in flight"
                    );
                    assert_eq!(br.m_axi_arlen.val().to_u64(), 0);
                    assert_eq!(br.m_axi_arsize.val().to_u64(), 3);
                    assert_eq!(br.m_axi_arburst.val().to_u64(), 1);
                    assert_eq!(br.m_axi_arid.val().to_u64(), 0);
                }
                if aw.valid || w.valid {
                    assert!(
                        !s.r_busy,
                        "cycle {cycle}: a write while a read is in flight"
                    );
                    assert_eq!(br.m_axi_wstrb.val().to_u64(), 0xff);
                    assert!(br.m_axi_wlast.val());
                    assert_eq!(br.m_axi_awlen.val().to_u64(), 0);
                    assert_eq!(br.m_axi_awsize.val().to_u64(), 3);
                }
                if aw.valid && !s.prev_aw.valid {
                    assert!(
                        aw.payload.1,
                        "cycle {cycle}: the bridge writes only exclusively"
                    );
                    assert_eq!(
                        s.reserved_by_master,
                        Some(aw.payload.0),
                        "cycle {cycle}: an exclusive write without its exclusive read"
                    );
                }
                if ar.valid && !arready {
                    bump(cover, "backpressure_ar");
                }
                if aw.valid && !awready {
                    bump(cover, "backpressure_aw");
                }
                if w.valid && !wready {
                    bump(cover, "backpressure_w");
                }
            }
            let answer = br.mem_rsp_valid.val().then(|| Answer {
                data: br.mem_rsp_data.val().to_u64(),
                err: br.mem_rsp_err.val(),
                stale: br.mem_rsp_stale.val(),
            });
            let ready = br.mem_req_ready.val();
            if reset {
                assert!(!ready, "ready in reset");
            } else if let Some((r, a)) = req.observe(cycle, ready, answer) {
                let events = std::mem::take(&mut s.events);
                let want = axi_expected(&r, &events, cover);
                assert_eq!(
                    a, want,
                    "cycle {cycle}: answer to {r:?} (slave: {events:?})"
                );
            }

            // The rising edge: the slave acts on what transferred.
            br.clock.next = Clock { clk: true };
            settle(&mut *br);
            if !reset {
                if r_show && rready {
                    s.r_owed.pop_front();
                    s.r_busy = false;
                }
                if b_show && bready {
                    s.b_owed.pop_front();
                    s.w_busy = false;
                    s.reserved_by_master = None;
                }
                for (n, _, _) in s.r_owed.iter_mut() {
                    *n = n.saturating_sub(1);
                }
                for (n, _) in s.b_owed.iter_mut() {
                    *n = n.saturating_sub(1);
                }
                if ar.valid && arready {
                    let (addr, lock, _) = ar.payload;
                    let data = s.word(addr);
                    let resp = match s.error_resp() {
                        Some(e) => e,
                        None if lock && s.rng.chance(3) => RESP_OKAY,
                        None if lock => {
                            s.monitor = Some(addr);
                            RESP_EXOKAY
                        }
                        None => RESP_OKAY,
                    };
                    s.reserved_by_master = (resp == RESP_EXOKAY).then_some(addr);
                    if resp == RESP_EXOKAY && s.rng.chance(30) {
                        // Another agent stores to the word before the exclusive write: the same value (the write
                        // fails, the retry succeeds) or a new one (the retry answers stale).
                        let v = if s.rng.chance(50) {
                            data
                        } else {
                            data ^ (1 << s.rng.below(12))
                        };
                        s.agent = Some((s.rng.below(3) as u32, addr, v));
                    }
                    s.events.push(AxiEvent::Read {
                        addr,
                        lock,
                        data: if resp == RESP_SLVERR || resp == RESP_DECERR {
                            0
                        } else {
                            data
                        },
                        resp,
                    });
                    let lat = 1 + s.rng.below(4) as u32;
                    s.r_owed
                        .push_back((lat - 1, if resp >= RESP_SLVERR { 0 } else { data }, resp));
                    s.r_busy = true;
                }
                if aw.valid && awready {
                    s.aw = Some((aw.payload.0, aw.payload.1));
                    s.w_busy = true;
                }
                if w.valid && wready {
                    s.w = Some(w.payload.0);
                    s.w_busy = true;
                }
                if let (Some((addr, lock)), Some(data)) = (s.aw, s.w) {
                    s.aw = None;
                    s.w = None;
                    let before = s.word(addr);
                    let resp = match s.error_resp() {
                        Some(e) => e,
                        None if lock && s.monitor == Some(addr) => {
                            s.store(addr, data);
                            s.monitor = None;
                            RESP_EXOKAY
                        }
                        None => RESP_OKAY,
                    };
                    s.events.push(AxiEvent::Write {
                        addr,
                        data,
                        resp,
                        before,
                    });
                    let lat = 1 + s.rng.below(4) as u32;
                    s.b_owed.push_back((lat - 1, resp));
                }
                // The other agent.
                match s.agent {
                    Some((0, addr, v)) => {
                        s.store(addr, v);
                        s.agent = None;
                    }
                    Some((n, addr, v)) => s.agent = Some((n - 1, addr, v)),
                    None => {}
                }
                if s.rng.chance(2) {
                    let addr = s.rng.pick(&WORDS);
                    let v = s.word(addr) ^ (1 << s.rng.below(40));
                    s.store(addr, v);
                }
            }
            s.prev_ar = if arready { Offer::default() } else { ar };
            s.prev_aw = if awready { Offer::default() } else { aw };
            s.prev_w = if wready { Offer::default() } else { w };
            cycle += 1;
        }
    });
    require(
        &cover,
        &[
            "read_err",
            "cas_read_err",
            "no_exclusive",
            "stale",
            "cas_ok",
            "exclusive_retry",
            "write_err",
            "backpressure_ar",
            "backpressure_aw",
            "backpressure_w",
        ],
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Wishbone

#[derive(Clone, Copy, Debug)]
enum WbEvent {
    Read {
        addr: u64,
        data: u64,
        err: bool,
    },
    Write {
        addr: u64,
        data: u64,
        err: bool,
        before: u64,
    },
}

fn wb_expected(r: &Req, events: &[WbEvent], cover: &mut HashMap<&'static str, u64>) -> Answer {
    let err = Answer {
        data: 0,
        err: true,
        stale: false,
    };
    let Some(&WbEvent::Read {
        addr,
        data,
        err: rerr,
    }) = events.first()
    else {
        panic!("{r:?}: expected a read strobe, the slave saw {events:?}");
    };
    assert_eq!(addr, r.addr, "{r:?}: read address");
    if !r.we || rerr || data != r.expect {
        assert_eq!(
            events.len(),
            1,
            "{r:?}: a write where none was due: {events:?}"
        );
        return match (r.we, rerr) {
            (false, true) => {
                bump(cover, "read_err");
                err
            }
            (false, false) => Answer {
                data,
                err: false,
                stale: false,
            },
            (true, true) => {
                bump(cover, "cas_read_err");
                err
            }
            (true, false) => {
                bump(cover, "stale");
                Answer {
                    data: 0,
                    err: false,
                    stale: true,
                }
            }
        };
    }
    let Some(&WbEvent::Write {
        addr,
        data,
        err: werr,
        before,
    }) = events.get(1)
    else {
        panic!("{r:?}: expected the write, the slave saw {events:?}");
    };
    assert_eq!(events.len(), 2, "{r:?}: {events:?}");
    assert_eq!((addr, data), (r.addr, r.wdata), "{r:?}: the write");
    if werr {
        bump(cover, "write_err");
        return err;
    }
    assert_eq!(
        before, r.expect,
        "{r:?}: the write landed on a changed word"
    );
    bump(cover, "cas_ok");
    Answer {
        data: 0,
        err: false,
        stale: false,
    }
}

#[test]
fn wishbone_bridge_random_traffic() {
    let cover = for_seeds("wishbone", |seed, cover| {
        let mut br = Box::new(WbBridge::default());
        br.connect_all();
        let mut req = Requester::new(seed);
        let mut rng = Rng::new(seed);
        let stall_pct = [0, 30, 60][(seed % 3) as usize];
        let mut mem: HashMap<u64, u64> = HashMap::new();
        let word = |mem: &HashMap<u64, u64>, a: u64| {
            mem.get(&a)
                .copied()
                .unwrap_or(a.wrapping_mul(0x9e37_79b9) & !0x60)
        };
        // Answers owed: cycles to go, ack (else err), data.
        let mut owed: VecDeque<(u32, bool, u64)> = VecDeque::new();
        let mut events: Vec<WbEvent> = Vec::new();
        // Checker: the strobe waiting under STALL, and the strobes of the current bus cycle.
        let mut prev_stb: Option<(bool, u64, u64)> = None;
        let mut strobes: Vec<(bool, u64)> = Vec::new();
        let mut prev_cyc = false;
        let mut last_read: Option<u64> = None;
        let mut cycle = 0u64;
        loop {
            let reset = cycle < 2;
            if cycle >= CYCLES {
                req.stop = true;
                if req.outstanding.is_empty() && req.offer.is_none() {
                    break;
                }
                assert!(
                    cycle < CYCLES + DRAIN_LIMIT,
                    "cycle limit: answers still owed {:?}",
                    req.outstanding
                );
            }
            let offer = if reset { None } else { req.plan() };
            br.reset.next = reset;
            br.mem_req_valid.next = offer.is_some();
            let o = offer.unwrap_or(Req {
                addr: 0,
                we: false,
                wdata: 0,
                expect: 0,
            });
            br.mem_req_addr.next = o.addr.into();
            br.mem_req_we.next = o.we;
            br.mem_req_wdata.next = b64(o.wdata);
            br.mem_req_expect.next = b64(o.expect);
            let stall = rng.chance(stall_pct);
            br.wb_stall.next = stall;
            let due = match owed.front() {
                Some(&(0, ack, data)) => Some((ack, data)),
                _ => None,
            };
            br.wb_ack.next = matches!(due, Some((true, _)));
            br.wb_err.next = matches!(due, Some((false, _)));
            br.wb_dat_r.next = b64(due.map_or(0, |d| d.1));
            br.clock.next = Clock { clk: false };
            settle(&mut *br);

            let cyc = br.wb_cyc.val();
            let stb = br.wb_stb.val();
            let we = br.wb_we.val();
            let adr = br.wb_adr.val().to_u64() << 3;
            let dat_w = br.wb_dat_w.val().to_u64();
            if !reset {
                assert!(!stb || cyc, "cycle {cycle}: STB without CYC");
                if let Some(p) = prev_stb {
                    assert!(stb, "cycle {cycle}: STB dropped while stalled");
                    assert_eq!(
                        p,
                        (we, adr, dat_w),
                        "cycle {cycle}: request changed while stalled"
                    );
                }
                assert_eq!(br.wb_sel.val().to_u64(), 0xff);
                if stb && stall {
                    bump(cover, "stall");
                }
                if prev_cyc && !cyc {
                    assert!(
                        owed.is_empty(),
                        "cycle {cycle}: CYC dropped with an answer owed"
                    );
                }
            }
            let answer = br.mem_rsp_valid.val().then(|| Answer {
                data: br.mem_rsp_data.val().to_u64(),
                err: br.mem_rsp_err.val(),
                stale: br.mem_rsp_stale.val(),
            });
            let ready = br.mem_req_ready.val();
            if !reset {
                if let Some((r, a)) = req.observe(cycle, ready, answer) {
                    let ev = std::mem::take(&mut events);
                    let want = wb_expected(&r, &ev, cover);
                    assert_eq!(a, want, "cycle {cycle}: answer to {r:?} (slave: {ev:?})");
                    if !r.we {
                        last_read = Some(r.addr);
                    }
                }
            }

            br.clock.next = Clock { clk: true };
            settle(&mut *br);
            if !reset {
                if due.is_some() {
                    owed.pop_front();
                }
                for (n, _, _) in owed.iter_mut() {
                    *n = n.saturating_sub(1);
                }
                if stb && !stall {
                    // A bus cycle is a read, then at most a write of the same word: the write only under the
                    // CYC of its read.
                    match strobes.as_slice() {
                        [] => assert!(!we, "cycle {cycle}: a bus cycle that starts with a write"),
                        [(false, a)] => {
                            assert!(
                                we && *a == adr,
                                "cycle {cycle}: second strobe is not the write of the word read"
                            )
                        }
                        _ => panic!("cycle {cycle}: a third strobe in one bus cycle"),
                    }
                    strobes.push((we, adr));
                    let err = rng.chance(4);
                    let lat = 1 + rng.below(3) as u32;
                    if we {
                        let before = word(&mem, adr);
                        if !err {
                            mem.insert(adr, dat_w);
                        }
                        events.push(WbEvent::Write {
                            addr: adr,
                            data: dat_w,
                            err,
                            before,
                        });
                        owed.push_back((lat - 1, !err, 0));
                    } else {
                        let data = word(&mem, adr);
                        events.push(WbEvent::Read {
                            addr: adr,
                            data: if err { 0 } else { data },
                            err,
                        });
                        owed.push_back((lat - 1, !err, if err { 0 } else { data }));
                    }
                }
                if !cyc {
                    strobes.clear();
                    // Another master: only while this one holds no bus cycle (CYC is the lock).
                    if rng.chance(4) {
                        let addr = match last_read {
                            Some(a) if rng.chance(50) => a,
                            _ => rng.pick(&WORDS),
                        };
                        let v = word(&mem, addr) ^ (1 << rng.below(40));
                        mem.insert(addr, v);
                    }
                }
                prev_stb = (stb && stall).then_some((we, adr, dat_w));
                prev_cyc = cyc;
            }
            cycle += 1;
        }
    });
    require(
        &cover,
        &[
            "read_err",
            "cas_read_err",
            "stale",
            "cas_ok",
            "write_err",
            "stall",
        ],
    );
}
