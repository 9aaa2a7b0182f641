//! Directed tests of the MMU top against the model and against the timing its documentation states.

use super::*;

#[test]
fn hits_answer_next_cycle_and_stream_one_per_cycle() {
    let mut pt = Pt::new();
    let vas: Vec<u64> = (0..8).map(|i| 0x4000_0000 + i * 0x1000 + i * 8).collect();
    for (i, &va) in vas.iter().enumerate() {
        pt.map(ROOT, va, 0x80_0000 + (i as u64) * 0x1000, 0, P | W | AC | D);
    }
    let mut tb = Tb::new(16, &pt.list(), (1, 1), (1, 1), 0);
    tb.ctl.cr3 = ROOT;
    for &va in &vas {
        let a = tb.access(va, AccessKind::Write, false);
        assert!(!a.hit);
    }
    // single hit: answered the cycle after acceptance
    let a = tb.access(vas[3], AccessKind::Read, false);
    assert_eq!(
        a,
        Ans {
            outcome: ok(0x80_3000 + 24),
            hit: true,
            l2: false,
            cycles: 1
        }
    );
    // back-to-back: req_valid held high, a new VA every cycle
    let mut answers = vec![];
    tb.i.data_req_valid = true;
    tb.i.data_req_write = false;
    tb.i.data_req_user = false;
    for k in 0..vas.len() + 1 {
        if k < vas.len() {
            tb.i.data_req_va = vas[k];
        } else {
            tb.i.data_req_valid = false;
        }
        let s = tb.step();
        if k < vas.len() {
            assert!(
                s.data_req_ready,
                "req_ready stays high through hits (cycle {k})"
            );
        }
        assert!(!s.mem_req_valid, "hits do not touch memory");
        assert_eq!(
            s.data_rsp_valid,
            k > 0,
            "one answer per cycle from the second cycle on"
        );
        if s.data_rsp_valid {
            answers.push((
                Tb::outcome(&s.port(CpuPort::Data), vas[k - 1]),
                s.data_rsp_tlb_hit,
            ));
        }
    }
    let want: Vec<(Outcome, bool)> = (0..8)
        .map(|i| (ok(0x80_0000 + i * 0x1000 + i * 8), true))
        .collect();
    assert_eq!(answers, want);
}

/// Both ports at once: with their L1s warm, each port answers a hit every cycle while both keep `*_req_valid` high
/// (two answers per cycle), and one port's hits go on streaming while the other port's miss walks.
#[test]
fn both_ports_stream_hits_and_one_streams_while_the_other_walks() {
    let mut pt = Pt::new();
    let code: Vec<u64> = (0..4).map(|i| 0x1000_0000 + i * 0x1000).collect();
    let data: Vec<u64> = (0..8).map(|i| 0x4000_0000 + i * 0x1000).collect();
    for (i, &va) in code.iter().chain(&data).enumerate() {
        pt.map(ROOT, va, 0x80_0000 + (i as u64) * 0x1000, 0, P | W | AC | D);
    }
    let far = 0x7000_0000;
    pt.map(ROOT, far, 0x90_0000, 0, P | W | AC | D);
    let mut tb = Tb::new(16, &pt.list(), (2, 2), (1, 1), 0);
    tb.ctl.cr3 = ROOT;
    for &va in &code {
        assert!(!tb.access(va, AccessKind::Fetch, false).hit);
    }
    for &va in &data {
        assert!(!tb.access(va, AccessKind::Read, false).hit);
    }
    let pa = |va: u64| {
        let k = code
            .iter()
            .chain(&data)
            .position(|&p| p == va & !0xfff)
            .unwrap() as u64;
        0x80_0000 + k * 0x1000 + (va & 0xfff)
    };
    // Both ports, a new VA every cycle, for 16 cycles: 32 answers, two per cycle from the second cycle on.
    let mut answers = [vec![], vec![]];
    for k in 0..17u64 {
        let on = k < 16;
        let f = code[(k % 4) as usize] + 8 * k;
        let d = data[(k % 8) as usize] + 16 * k;
        tb.i.offer(
            CpuPort::Fetch,
            on.then_some(Access {
                va: f,
                kind: AccessKind::Fetch,
                user: false,
            }),
        );
        tb.i.offer(
            CpuPort::Data,
            on.then_some(Access {
                va: d,
                kind: AccessKind::Read,
                user: false,
            }),
        );
        let s = tb.step();
        assert!(!s.mem_req_valid, "hits do not touch memory");
        if on {
            assert!(
                s.fetch_req_ready && s.data_req_ready,
                "both ports stay ready (cycle {k})"
            );
        }
        for (port, va) in [
            (CpuPort::Fetch, f.wrapping_sub(8)),
            (CpuPort::Data, d.wrapping_sub(16)),
        ] {
            let r = s.port(port);
            assert_eq!(
                r.rsp_valid,
                k > 0,
                "{port:?}: one answer per cycle from the second cycle on"
            );
            if r.rsp_valid {
                answers[port as usize].push((Tb::outcome(&r, va), r.rsp_tlb_hit));
            }
        }
    }
    for (port, list) in CpuPort::ALL.iter().zip(&answers) {
        assert_eq!(list.len(), 16, "{port:?}");
        assert!(
            list.iter().all(|a| a.1),
            "{port:?}: every answer is an L1 hit"
        );
    }
    let want_fetch: Vec<Outcome> = (0..16)
        .map(|k| ok(pa(code[k % 4] + 8 * k as u64)))
        .collect();
    let got_fetch: Vec<Outcome> = answers[0].iter().map(|a| a.0).collect();
    assert_eq!(got_fetch, want_fetch);
    tb.i.offer(CpuPort::Fetch, None);
    tb.i.offer(CpuPort::Data, None);
    tb.step();

    // A data miss walks while the fetch port streams hits: the fetch answers every cycle, the read once, later.
    tb.i.offer(
        CpuPort::Data,
        Some(Access {
            va: far,
            kind: AccessKind::Read,
            user: false,
        }),
    );
    let s = tb.step();
    assert!(s.data_req_ready);
    tb.i.offer(CpuPort::Data, None);
    let (mut fetch_hits, mut read) = (0, None);
    for k in 0..40u64 {
        let f = code[(k % 4) as usize];
        tb.i.offer(
            CpuPort::Fetch,
            Some(Access {
                va: f,
                kind: AccessKind::Fetch,
                user: false,
            }),
        );
        let s = tb.step();
        assert!(
            s.fetch_req_ready,
            "the fetch port is not held by the data port's walk (cycle {k})"
        );
        if s.fetch_rsp_valid {
            assert!(s.fetch_rsp_tlb_hit);
            fetch_hits += 1;
        }
        if s.data_rsp_valid {
            read = Some((
                k,
                Tb::outcome(&s.port(CpuPort::Data), far),
                s.data_rsp_tlb_hit,
            ));
        }
    }
    assert_eq!(
        fetch_hits, 39,
        "a fetch hit answered in every cycle but the first"
    );
    let (at, outcome, hit) = read.expect("the read is answered");
    assert_eq!((outcome, hit), (ok(0x90_0000), false));
    assert!(at > 4, "the read walked ({at} cycles)");
}

/// A bus error on a read or on an A/D write: a bus-error outcome with the entry's address, no fill, and the next access
/// is served normally. After a failed read nothing more is requested; the A/D writes are posted, so all four go out
/// and the answer names the first that failed.
#[test]
fn a_bus_error_ends_the_walk_and_the_mmu_keeps_serving() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x1234_5000, 0x9000, 0, P | W);
    // A bits clear: the walk reads four entries (answers 1..=4), then writes A into each (5..=8).
    let words: Vec<(u64, u64)> = pt.list().into_iter().map(|(a, v)| (a, v & !AC)).collect();
    for k in 1..=8u64 {
        let mut tb = Tb::new(16, &words, (2, 2), (1, 1), 0);
        tb.ctl.cr3 = ROOT;
        tb.err_every = k;
        let a = tb.access(0x1234_5678, AccessKind::Read, false);
        let Outcome::BusError { addr } = a.outcome else {
            panic!(
                "answer {k} failed: expected a bus error, got {:?}",
                a.outcome
            );
        };
        let (reads, writes) = (tb.mem.reads.len() as u64, tb.mem.writes.len() as u64);
        if k <= 4 {
            assert_eq!(addr, tb.mem.reads[k as usize - 1], "read {k}");
            assert_eq!((reads, writes), (k, 0), "nothing after the failed read");
        } else {
            assert_eq!(addr, tb.mem.writes[k as usize - 5].0, "write {}", k - 4);
            assert_eq!((reads, writes), (4, 4), "every write was posted");
        }
        assert!(!a.hit);
        assert!(tb.entries().iter().all(|e| e.is_none()), "nothing filled");
        tb.err_every = 0;
        let a = tb.access(0x1234_5678, AccessKind::Read, false);
        assert_eq!(
            a.outcome,
            ok(0x9678),
            "answer {k}: the next access walks normally"
        );
    }
}

/// Posted A/D writes that fail: the answer names the first failed write, whatever comes after it; every write was
/// offered, more than one at a time, and nothing is filled.
#[test]
fn the_first_failed_posted_write_names_the_bus_error() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x1234_5000, 0x9000, 0, P | W);
    let words: Vec<(u64, u64)> = pt.list().into_iter().map(|(a, v)| (a, v & !AC)).collect();
    // Answers 1..=4 are the reads, 5..=8 the writes (PML4E first).
    for (failing, first) in [(vec![6, 8], 1), (vec![7], 2), (vec![5, 6, 7, 8], 0)] {
        let mut tb = Tb::new(16, &words, (3, 3), (1, 1), 0);
        tb.ctl.cr3 = ROOT;
        tb.err_at = failing.clone();
        let a = tb.access(0x1234_5678, AccessKind::Read, false);
        assert_eq!(
            a.outcome,
            Outcome::BusError {
                addr: tb.mem.writes[first].0
            },
            "answers {failing:?} failed"
        );
        assert_eq!(tb.mem.writes.len(), 4, "every write was posted");
        assert!(tb.mem.max_outstanding > 1, "the writes overlapped");
        assert!(tb.entries().iter().all(|e| e.is_none()), "nothing filled");
    }
}

#[test]
fn cold_walk_cycles_for_latency_1_and_2() {
    // 10 + 5L: the bound of a walk, reached by this one (four reads, four posted A writes).
    for (lat, want) in [(1, 15), (2, 20)] {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x1234_5000, 0x9000, 0, P | W);
        // the intermediate entries are created with A set: clear it for a fully cold walk
        let words: Vec<(u64, u64)> = pt.list().into_iter().map(|(a, v)| (a, v & !AC)).collect();
        let mut tb = Tb::new(16, &words, (lat, lat), (1, 1), 0);
        tb.ctl.cr3 = ROOT;
        let a = tb.access(0x1234_5678, AccessKind::Read, false);
        assert_eq!(
            a,
            Ans {
                outcome: ok(0x9678),
                hit: false,
                l2: false,
                cycles: want
            },
            "L={lat}"
        );
        assert_eq!(tb.mem.writes.len(), 4, "A set at every level");
        let a = tb.access(0x1234_5008, AccessKind::Read, false);
        assert_eq!((a.hit, a.cycles), (true, 1));
    }
}

#[test]
fn non_canonical_is_gp_next_cycle_without_memory_traffic() {
    let mut tb = Tb::new(4, &[], (1, 1), (1, 1), 0);
    for va in [
        0x0000_8000_0000_0000u64,
        0xffff_7fff_ffff_f000,
        0x1234_0000_0000_0000,
    ] {
        let a = tb.access(va, AccessKind::Fetch, true);
        assert_eq!(
            a,
            Ans {
                outcome: Outcome::GeneralProtection,
                hit: false,
                l2: false,
                cycles: 1
            }
        );
    }
    assert!(tb.mem.reads.is_empty() && tb.mem.writes.is_empty());
    // the canonical upper half walks (and faults: nothing mapped)
    let va = 0xffff_8000_0000_0000;
    let a = tb.access(va, AccessKind::Read, false);
    assert_eq!(a.outcome, page_fault(0, va));
    assert_eq!(tb.mem.reads.len(), 1);
}

#[test]
fn write_to_clean_entry_rewalks_and_sets_dirty() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x7000, 0x5_5000, 0, P | W | AC);
    let mut tb = Tb::new(4, &pt.list(), (1, 2), (3, 4), 5);
    tb.ctl.cr3 = ROOT;
    assert!(!tb.access(0x7010, AccessKind::Read, false).hit);
    assert!(
        tb.access(0x7018, AccessKind::Read, false).hit,
        "reads hit the clean entry"
    );
    let a = tb.access(0x7020, AccessKind::Write, false);
    assert_eq!(
        (a.outcome, a.hit),
        (ok(0x5_5020), false),
        "write to a clean entry walks"
    );
    assert_eq!(tb.mem.writes.len(), 1);
    assert_eq!(
        tb.mem.writes[0].1 & (AC | D),
        AC | D,
        "D written before the write completes"
    );
    assert!(
        tb.access(0x7028, AccessKind::Write, false).hit,
        "the refilled entry is dirty"
    );
    let valid = tb.entries().iter().filter(|e| e.is_some()).count();
    assert_eq!(valid, 1, "the refill replaced the clean entry");
}

#[test]
fn rights_on_a_hit_use_the_current_control_bits() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x9000, 0x6000, 0, P | U | AC | D);
    let mut tb = Tb::new(4, &pt.list(), (1, 1), (1, 1), 0);
    tb.ctl.cr3 = ROOT;
    assert_eq!(
        tb.access(0x9000, AccessKind::Read, false).outcome,
        ok(0x6000)
    );
    tb.ctl.cr4_smap = true;
    let a = tb.access(0x9000, AccessKind::Read, false);
    assert_eq!(
        (a.outcome, a.hit),
        (page_fault(pf::P, 0x9000), true),
        "SMAP applies on a hit without a flush"
    );
    tb.ctl.rflags_ac = true;
    assert_eq!(
        tb.access(0x9000, AccessKind::Read, false).outcome,
        ok(0x6000)
    );
    tb.ctl.cr0_wp = true;
    let a = tb.access(0x9000, AccessKind::Write, false);
    assert_eq!(
        (a.outcome, a.hit),
        (page_fault(pf::P | pf::W, 0x9000), true),
        "read-only page, WP=1, supervisor write"
    );
}

/// One maintenance operation, on the RTL and on the model.
type MaintOp<'a> = Box<dyn Fn(&mut Tb, &mut Model) + 'a>;

/// Two PCIDs, a global page and a private page; each maintenance operation against the model, the whole TLB
/// compared before and after each.
#[test]
fn maintenance_operations_match_the_model() {
    let mut pt = Pt::new();
    let (priv_va, glob_va, big_va) = (0x1000u64, 0x20_0000u64, 0x4000_0000u64);
    pt.map(ROOT, priv_va, 0x11_000, 0, P | W | AC | D);
    pt.map(ROOT, glob_va, 0x22_000, 0, P | W | AC | D | G);
    pt.map(ROOT, big_va, 0x8000_0000, 2, P | W | AC | D);
    let cr3 = |t: &mut Tb, r: &mut Model, value: u64| {
        t.mov_cr3(value);
        r.write_cr3(value);
    };
    let cmd = |t: &mut Tb, r: &mut Model, op: Op| {
        match op {
            Op::Invlpg { va } => t.cmd(CmdOp::Invlpg, va, 0, false),
            Op::Invpcid { kind, pcid, va } => t.cmd(CmdOp::invpcid(kind), va, pcid, false),
            _ => unreachable!("a maintenance command"),
        }
        r.apply(&op);
    };
    let cr4 = |t: &mut Tb, r: &mut Model, pge, pcide, smep| {
        assert!(
            t.write_cr4(pge, pcide, smep),
            "the transition blocks requests"
        );
        model_cr4(r, pge, pcide, smep);
    };
    let invpcid = |kind, pcid, va| Op::Invpcid { kind, pcid, va };
    let ops: Vec<(&str, MaintOp)> = vec![
        ("MOV CR3 PCIDE=0", Box::new(|t, r| cr3(t, r, ROOT | 5))),
        ("MOV CR3 same PCID", Box::new(|t, r| cr3(t, r, ROOT | 1))),
        ("MOV CR3 other PCID", Box::new(|t, r| cr3(t, r, ROOT | 2))),
        (
            "MOV CR3 noflush",
            Box::new(|t, r| cr3(t, r, ROOT | 1 | CR3_NOFLUSH)),
        ),
        (
            "INVLPG private",
            Box::new(|t, r| cmd(t, r, Op::Invlpg { va: priv_va })),
        ),
        (
            "INVLPG global",
            Box::new(|t, r| cmd(t, r, Op::Invlpg { va: glob_va })),
        ),
        (
            "INVLPG global from another PCID",
            Box::new(|t, r| {
                cr3(t, r, ROOT | 2 | CR3_NOFLUSH);
                cmd(t, r, Op::Invlpg { va: glob_va });
            }),
        ),
        (
            "INVLPG private from another PCID",
            Box::new(|t, r| {
                cr3(t, r, ROOT | 3 | CR3_NOFLUSH);
                cmd(t, r, Op::Invlpg { va: priv_va });
            }),
        ),
        (
            "INVLPG inside 1G",
            Box::new(|t, r| {
                cmd(
                    t,
                    r,
                    Op::Invlpg {
                        va: big_va + 0x123_4567,
                    },
                )
            }),
        ),
        (
            "INVPCID 0",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::Address, 1, priv_va))),
        ),
        (
            "INVPCID 0 global",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::Address, 1, glob_va))),
        ),
        (
            "INVPCID 1",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::SingleContext, 1, 0))),
        ),
        (
            "INVPCID 1 other",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::SingleContext, 3, 0))),
        ),
        (
            "INVPCID 2",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::AllIncludingGlobal, 0, 0))),
        ),
        (
            "INVPCID 3",
            Box::new(|t, r| cmd(t, r, invpcid(InvpcidType::AllNonGlobal, 0, 0))),
        ),
        (
            "CR4.PGE off",
            Box::new(|t, r| cr4(t, r, false, true, false)),
        ),
        (
            "CR4.PCIDE 1->0",
            Box::new(|t, r| cr4(t, r, true, false, false)),
        ),
        (
            "CR4.SMEP 0->1",
            Box::new(|t, r| cr4(t, r, true, true, true)),
        ),
        (
            "CR4.SMEP 0->1, other PCID current",
            Box::new(|t, r| {
                cr3(t, r, ROOT | 2 | CR3_NOFLUSH);
                cr4(t, r, true, true, true);
            }),
        ),
    ];
    for (name, op) in ops {
        let mut tb = Tb::new(8, &pt.list(), (1, 1), (1, 1), 0);
        let mut r = model(8, &pt.list(), control0());
        // PGE and PCIDE on, then fill from two PCIDs: private page in 1 and 2, the global page, the 1G page in 1.
        tb.ctl.cr4_pge = true;
        tb.ctl.cr4_pcide = true;
        tb.step();
        r.write_cr(CrReg::Cr4Pge, 1);
        r.write_cr(CrReg::Cr4Pcide, 1);
        for (root, vas) in [
            (ROOT | 1, vec![priv_va, glob_va, big_va + 8]),
            (ROOT | 2, vec![priv_va]),
        ] {
            cr3(&mut tb, &mut r, root | CR3_NOFLUSH);
            for va in vas {
                let got = tb.access(va, AccessKind::Read, false);
                let want = model_access(&mut r, va, AccessKind::Read, false);
                assert_eq!((got.outcome, got.hit), want, "{name}: warm-up {va:#x}");
            }
        }
        cr3(&mut tb, &mut r, ROOT | 1 | CR3_NOFLUSH);
        expect_same_tlb(&mut tb, &r, &format!("{name}: before"));
        op(&mut tb, &mut r);
        assert_eq!(tb.ctl, *r.control(), "{name}: the same control state");
        expect_same_tlb(&mut tb, &r, &format!("{name}: after"));
        for va in [priv_va, glob_va, big_va + 8] {
            let got = tb.access(va, AccessKind::Read, false);
            let want = model_access(&mut r, va, AccessKind::Read, false);
            assert_eq!((got.outcome, got.hit), want, "{name}: probe {va:#x}");
        }
    }
}

#[test]
fn cr4_transitions_block_requests_only_when_they_invalidate() {
    let mut tb = Tb::new(4, &[], (1, 1), (1, 1), 0);
    assert!(tb.write_cr4(true, false, false), "PGE 0->1");
    assert!(
        !tb.write_cr4(true, true, false),
        "PCIDE 0->1 invalidates nothing"
    );
    assert!(tb.write_cr4(true, true, true), "SMEP 0->1");
    assert!(
        !tb.write_cr4(true, true, false),
        "SMEP 1->0 invalidates nothing"
    );
    assert!(tb.write_cr4(true, false, false), "PCIDE 1->0");
    tb.ctl.cr0_wp = true;
    tb.ctl.efer_nxe = true;
    tb.ctl.pkru = 0x55;
    assert!(tb.step().data_req_ready, "other control bits never block");
}

/// A command accepted while a walk is in flight: the fill dies when the command covers it.
#[test]
fn invalidation_during_a_walk_kills_the_fill() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x3000, 0x7_7000, 0, P | W | AC | D);
    // (command, VA, issue cycle after acceptance, expect the fill to survive)
    let cases: Vec<(CmdOp, u64, u64, bool)> = vec![
        (CmdOp::Invlpg, 0x3000, 2, false),
        (CmdOp::Invlpg, 0x9000, 2, false), // page size unknown yet: assumed covered
        (CmdOp::Invlpg, 0x9000, 14, true), // leaf known (L=2, answer in cycle 15): not covered
        (CmdOp::Invlpg, 0x3000, 14, false),
        (CmdOp::InvpcidSingleContext, 0, 3, true), // other PCID
        (CmdOp::InvpcidAllIncludingGlobal, 0, 15, false), // in the answer cycle itself
        (CmdOp::Invlpg, 0x3000, 1, false),         // in the walker's start cycle
        (CmdOp::MovCr3, 0, 5, false),
    ];
    for (op, va, at, survives) in cases {
        let mut tb = Tb::new(4, &pt.list(), (2, 2), (1, 1), 0);
        tb.ctl.cr3 = ROOT;
        tb.i.data_req_valid = true;
        tb.i.data_req_va = 0x3008;
        tb.i.data_req_write = false;
        let s = tb.step();
        assert!(s.data_req_ready);
        tb.i.data_req_valid = false;
        let mut answered = false;
        for k in 1..40 {
            if k == at {
                tb.i.cmd_valid = true;
                tb.i.cmd_op = op;
                tb.i.cmd_va = va;
                tb.i.cmd_pcid = 7;
                tb.i.cmd_noflush = false;
            }
            let s = tb.step();
            if k == at {
                assert!(s.cmd_ready, "commands are accepted during a walk");
                tb.i.cmd_valid = false;
            }
            if s.data_rsp_valid {
                assert_eq!(
                    Tb::outcome(&s.port(CpuPort::Data), 0x3008),
                    ok(0x7_7008),
                    "a dead walk still answers"
                );
                assert_eq!(k, 15);
                answered = true;
            }
        }
        assert!(answered);
        let filled = tb.entries().iter().any(|e| e.is_some());
        assert_eq!(filled, survives, "op {op:?} va {va:#x} at {at}");
        let a = tb.access(0x3010, AccessKind::Read, false);
        assert_eq!(a.hit, survives);
    }
}

#[test]
fn reset_mid_walk_drops_the_access_and_empties_the_tlb() {
    let mut pt = Pt::new();
    pt.map(ROOT, 0x3000, 0x7_7000, 0, P | W | AC | D);
    pt.map(ROOT, 0x4000, 0x8_8000, 0, P | W | AC | D);
    let mut tb = Tb::new(4, &pt.list(), (3, 3), (1, 1), 0);
    tb.ctl.cr3 = ROOT;
    assert!(!tb.access(0x4000, AccessKind::Read, false).hit);
    tb.i.data_req_valid = true;
    tb.i.data_req_va = 0x3000;
    tb.step();
    tb.i.data_req_valid = false;
    tb.step();
    tb.step();
    assert_eq!(tb.m.signal("walker.outstanding.q"), Some(1));
    // The memory is reset with the MMU: the answer it owed is never given.
    tb.i.reset = true;
    tb.mem.reset();
    let s = tb.step();
    assert!(!s.data_rsp_valid && !s.data_req_ready && !s.cmd_ready);
    tb.i.reset = false;
    for _ in 0..10 {
        assert!(
            !tb.step().data_rsp_valid,
            "the dropped access never answers"
        );
    }
    assert_eq!(tb.m.signal("walker.state.q"), Some(WalkState::Idle.code()));
    assert!(tb.entries().iter().all(|e| e.is_none()));
    assert_eq!(tb.victim(), 0);
    let a = tb.access(0x4008, AccessKind::Read, false);
    assert_eq!((a.outcome, a.hit), (ok(0x8_8008), false));
}

/// The L2 (128 sets of 4 ways) behind a 4-entry DTLB: a 4K page the DTLB lost answers from the L2 2 cycles after it is
/// taken (the L2 read its set while the request was taken) and is back in the DTLB; a 2M page 3 cycles (its set is the
/// second one looked up); a walk costs 2 cycles more than without an L2 (the 2M probe, and the miss's hand-over).
#[test]
fn l2_hits_answer_in_2_or_3_cycles_and_refill_the_l1() {
    let config = Config {
        l2_sets: 128,
        l2_ways: 4,
        ..config(4)
    };
    let mut pt = Pt::new();
    let small = |k: u64| 0x1234_0000 + (k << 12);
    for k in 0..6 {
        pt.map(ROOT, small(k), 0x9000 + (k << 12), 0, P | W | AC | D);
    }
    let big = 0x4060_0000;
    pt.map(ROOT, big, 0x80_0000, 1, P | W | AC | D);
    let mut tb = Tb::with_config(config, &pt.list(), (1, 1), (1, 1), 0);
    tb.ctl.cr3 = ROOT;
    // Cold: every upper entry has A set, nothing cached: 4 reads of 2 cycles, start, check, answer, the 2M probe and
    // the miss's hand-over.
    let a = tb.access(small(0) + 8, AccessKind::Read, false);
    assert_eq!(
        (a.outcome, a.hit, a.l2, a.cycles),
        (ok(0x9008), false, false, 13)
    );
    let a = tb.access(big + 0x1234, AccessKind::Read, false);
    assert_eq!((a.outcome, a.hit, a.l2), (ok(0x80_1234), false, false));
    // Four more pages push both out of the 4-entry DTLB (round robin), not out of the L2.
    for k in 1..5 {
        assert!(!tb.access(small(k), AccessKind::Read, false).hit);
    }
    let a = tb.access(small(0) + 16, AccessKind::Read, false);
    assert_eq!(
        (a.outcome, a.hit, a.l2, a.cycles),
        (ok(0x9010), false, true, 2)
    );
    let a = tb.access(small(0) + 24, AccessKind::Read, false);
    assert_eq!(
        (a.outcome, a.hit, a.l2, a.cycles),
        (ok(0x9018), true, false, 1)
    );
    let a = tb.access(big + 0x5678, AccessKind::Read, false);
    assert_eq!(
        (a.outcome, a.hit, a.l2, a.cycles),
        (ok(0x80_5678), false, true, 3)
    );
    // The fetch port meets the data port's translation in the L2.
    let a = tb.access(small(3) + 4, AccessKind::Fetch, false);
    assert_eq!(
        (a.outcome, a.hit, a.l2, a.cycles),
        (ok(0xc004), false, true, 2)
    );
    // INVLPG reaches the L2: the next access walks.
    tb.cmd(CmdOp::Invlpg, small(0), 0, false);
    let a = tb.access(small(0), AccessKind::Read, false);
    assert_eq!((a.hit, a.l2), (false, false));
}

/// The cycles each invalidation keeps `cmd_ready` (and both ports) low after the cycle it is taken in, while the L2
/// walks its sets: 3 for INVLPG and INVPCID type 0 (the VA's two sets), sets + 1 for the others and for a CR4
/// transition, none for an operation that invalidates nothing.
#[test]
fn l2_invalidations_hold_the_ports_while_they_walk_the_sets() {
    let config = Config {
        l2_sets: 128,
        l2_ways: 4,
        ..config(4)
    };
    let mut tb = Tb::with_config(config, &[], (1, 1), (1, 1), 0);
    let held = |tb: &mut Tb| {
        let mut n = 0;
        loop {
            let s = tb.step();
            if s.cmd_ready {
                return n;
            }
            assert!(
                !s.data_req_ready && !s.fetch_req_ready,
                "the ports wait too"
            );
            n += 1;
        }
    };
    tb.cmd(CmdOp::Invlpg, 0x1000, 0, false);
    assert_eq!(held(&mut tb), 3, "INVLPG");
    tb.cmd(CmdOp::InvpcidAddress, 0x1000, 0, false);
    assert_eq!(held(&mut tb), 3, "INVPCID 0");
    for op in [
        CmdOp::InvpcidSingleContext,
        CmdOp::InvpcidAllIncludingGlobal,
        CmdOp::InvpcidAllNonGlobal,
        CmdOp::MovCr3,
    ] {
        tb.cmd(op, 0, 0, false);
        assert_eq!(held(&mut tb), 129, "{op:?}");
    }
    // MOV CR3 with PCIDE = 1 and bit 63 set drops nothing.
    tb.ctl.cr4_pcide = true;
    tb.step();
    tb.mov_cr3(CR3_NOFLUSH);
    assert_eq!(held(&mut tb), 0, "MOV CR3 without flush");
    // A CR4 transition: the cycle it is seen in, then the walk.
    assert!(
        tb.write_cr4(true, true, false),
        "PGE 0 -> 1 blocks requests"
    );
    assert_eq!(held(&mut tb), 129, "CR4.PGE");
}
