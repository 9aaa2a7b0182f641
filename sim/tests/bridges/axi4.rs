//! `Axi4Bridge` against an AXI4 slave model with an exclusive monitor.

use super::*;
use mmu_hdl::axi4::{Axi4Bridge, RESP_DECERR, RESP_EXOKAY, RESP_OKAY, RESP_SLVERR};

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
            if req.drained(cycle) {
                break;
            }
            // Inputs of the cycle.
            let (valid, o) = req.offer_of_cycle(reset);
            drive_request!(br, reset, valid, o);
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
