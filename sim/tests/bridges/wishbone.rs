//! `WbBridge` against a Wishbone slave model that checks the CYC lock.

use super::*;
use mmu_hdl::wishbone::WbBridge;

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
            if req.drained(cycle) {
                break;
            }
            // Inputs of the cycle.
            let (valid, o) = req.offer_of_cycle(reset);
            drive_request!(br, reset, valid, o);
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
