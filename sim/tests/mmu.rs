//! The MMU top (`mmu_hdl::mmu::Mmu`, simulated through `mmu_sim::drive::HdlMmu`) with a memory of random latency and
//! back-pressure, the paging-structure cache on as the hardware is built, against the reference model
//! (`mmu_model::Model`): every answer and `tlb_hit`, the walk's memory reads, the whole TLB and its victim pointer
//! after every maintenance operation, CR4 transition and control write, and memory at the end. Also, stated
//! directly: hit streaming and latency, cold-walk cycle counts, #GP, bus errors on reads and A/D writes, the rewalk of
//! a write to a clean entry, rights on a hit, which CR4 writes block requests, invalidations that kill a walk's fill,
//! a reset mid-walk. The exported Verilog of `Mmu<16, 4>` passes Verilator `-Wall` (rust-hdl's idioms waived) and
//! Yosys, and the exported Verilog of `Mmu<4, 2>` matches the Rust simulation cycle by cycle under Icarus Verilog.
//! Tests that need a tool skip with a message when it is missing.

mod common;

use std::collections::HashMap;

use common::{control0, model_entries, proptest_config, Rng, TestMem};
use mmu_arch::{
    pf, Access, AccessKind, CmdOp, Config, Control, CrReg, InvpcidType, Op, Outcome, OutcomeCode,
    CR3_NOFLUSH,
};
use mmu_hdl::mmu::Mmu;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::walker::WalkState;
use mmu_model::mem::Memory;
use mmu_model::tlb::TlbEntry;
use mmu_model::Model;
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, Outputs};
use proptest::prelude::*;

const CYCLE_LIMIT: u64 = 5_000;

/// The MMU of `entries` TLB entries as the tests build it: MAXPHYADDR 40, the default paging-structure cache.
fn config(entries: usize) -> Config {
    Config {
        tlb_entries: entries,
        paddr_bits: 40,
        ..Config::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ans {
    outcome: Outcome,
    hit: bool,
    cycles: u64,
}

/// The MMU, its memory and the control state the "CPU" drives.
struct Tb {
    m: HdlMmu,
    i: Inputs,
    mem: TestMem,
    cycle: u64,
    ctl: Control,
    /// When set, every cycle's inputs and settled outputs.
    trace: Option<Vec<(Inputs, Outputs)>>,
    /// Every `err_every`-th memory answer is a bus error (0: never).
    err_every: u64,
    answers: u64,
}

impl Tb {
    fn new(
        entries: usize,
        words: &[(u64, u64)],
        lat: (u64, u64),
        ready: (u64, u64),
        seed: u64,
    ) -> Self {
        Self::with_config(config(entries), words, lat, ready, seed)
    }

    /// The MMU of `config` after a reset cycle, every control bit clear.
    fn with_config(
        config: Config,
        words: &[(u64, u64)],
        lat: (u64, u64),
        ready: (u64, u64),
        seed: u64,
    ) -> Self {
        let mut tb = Tb {
            m: HdlMmu::new(&config).expect("a configuration the RTL is built for"),
            i: Inputs::default(),
            mem: TestMem::new(words, lat, ready, seed),
            cycle: 0,
            ctl: control0(),
            trace: None,
            err_every: 0,
            answers: 0,
        };
        tb.i.reset = true;
        tb.step();
        tb.i.reset = false;
        tb
    }

    /// One cycle: drive, settle, memory edge, rising edge; returns the settled outputs.
    fn step(&mut self) -> Outputs {
        drive_control(&mut self.i, &self.ctl);
        let (r, rv, rd) = self.mem.drive();
        self.i.mem_req_ready = r;
        self.i.mem_rsp_valid = rv;
        self.i.mem_rsp_data = rd;
        self.answers += rv as u64;
        self.i.mem_rsp_err =
            rv && self.err_every > 0 && self.answers.is_multiple_of(self.err_every);
        let o = self.m.settle(&self.i);
        if let Some(t) = self.trace.as_mut() {
            t.push((self.i, o));
        }
        self.mem.edge(
            o.mem_req_valid,
            o.mem_req_addr,
            o.mem_req_we,
            o.mem_req_wdata,
        );
        self.m.rise();
        self.cycle += 1;
        o
    }

    /// The outcome a response carries for an access to `va` (CR2 of a #PF is the access's VA).
    fn outcome(o: &Outputs, va: u64) -> Outcome {
        match o.rsp_outcome {
            OutcomeCode::Ok => Outcome::Ok { pa: o.rsp_pa },
            OutcomeCode::PageFault => Outcome::PageFault {
                error_code: o.rsp_error_code as u32,
                cr2: va,
            },
            OutcomeCode::GeneralProtection => Outcome::GeneralProtection,
            OutcomeCode::BusError => Outcome::BusError { addr: o.rsp_pa },
        }
    }

    fn access(&mut self, va: u64, kind: AccessKind, user: bool) -> Ans {
        self.i.req_valid = true;
        self.i.req_va = va;
        self.i.req_kind = kind;
        self.i.req_user = user;
        let mut accepted = None;
        for _ in 0..CYCLE_LIMIT {
            let cyc = self.cycle;
            let s = self.step();
            if let Some(at) = accepted {
                if s.rsp_valid {
                    return Ans {
                        outcome: Self::outcome(&s, va),
                        hit: s.rsp_tlb_hit,
                        cycles: cyc - at,
                    };
                }
            } else {
                assert!(!s.rsp_valid, "response without a request");
                if s.req_ready {
                    accepted = Some(cyc);
                    self.i.req_valid = false;
                }
            }
        }
        panic!("access {va:#x} not answered within {CYCLE_LIMIT} cycles");
    }

    fn cmd(&mut self, op: CmdOp, va: u64, pcid: u16, noflush: bool) {
        self.i.cmd_valid = true;
        self.i.cmd_op = op;
        self.i.cmd_va = va;
        self.i.cmd_pcid = pcid;
        self.i.cmd_noflush = noflush;
        for _ in 0..CYCLE_LIMIT {
            let s = self.step();
            if s.cmd_ready {
                assert!(!s.req_ready, "no access may be accepted with a command");
                self.i.cmd_valid = false;
                return;
            }
        }
        panic!("command not accepted");
    }

    fn mov_cr3(&mut self, value: u64) {
        // the CPU drives the new CR3 from the accepting cycle on
        self.ctl.cr3 = value & !CR3_NOFLUSH;
        self.cmd(
            CmdOp::MovCr3,
            0,
            (value & 0xfff) as u16,
            value & CR3_NOFLUSH != 0,
        );
    }

    /// Changes CR4 bits and spends the transition cycle; returns whether requests were blocked.
    fn write_cr4(&mut self, pge: bool, pcide: bool, smep: bool) -> bool {
        self.ctl.cr4_pge = pge;
        self.ctl.cr4_pcide = pcide;
        self.ctl.cr4_smep = smep;
        let s = self.step();
        !s.req_ready
    }

    /// The TLB after the last edge, in the model's form.
    fn entries(&mut self) -> Vec<Option<TlbEntry>> {
        model_entries(&self.m.tlb_entries())
    }

    fn victim(&mut self) -> usize {
        self.m
            .signal("tlb.victim.q")
            .expect("the TLB's victim pointer") as usize
    }
}

/// The model of the MMU a `Tb` of `entries` starts as, with control `ctl` and memory `words`.
fn model(entries: usize, words: &[(u64, u64)], ctl: Control) -> Model {
    Model::new(config(entries), ctl, Memory::from_words(words))
}

/// One MOV to CR4 of up to three bits, as `Tb::write_cr4` drives it in one cycle, on the model, which takes one
/// field at a time: SMEP first, so that its 0->1 transition drops the entries of the PCID current before the write
/// (the RTL compares with the PCID it registered), then PGE and PCIDE, which flush everything when they change (1->0
/// for PCIDE).
fn model_cr4(m: &mut Model, pge: bool, pcide: bool, smep: bool) {
    m.write_cr(CrReg::Cr4Smep, smep as u64);
    m.write_cr(CrReg::Cr4Pge, pge as u64);
    m.write_cr(CrReg::Cr4Pcide, pcide as u64);
}

fn model_access(m: &mut Model, va: u64, kind: AccessKind, user: bool) -> (Outcome, bool) {
    m.access(Access { va, kind, user })
}

/// The whole TLB and its victim pointer, RTL against model.
fn expect_same_tlb(tb: &mut Tb, m: &Model, what: &str) {
    assert_eq!(tb.entries(), m.tlb().slots().to_vec(), "{what}: TLB");
    assert_eq!(tb.victim(), m.tlb().victim(), "{what}: victim pointer");
}

const P: u64 = 1;
const W: u64 = 2;
const U: u64 = 4;
const AC: u64 = 0x20;
const D: u64 = 0x40;
const PS: u64 = 0x80;
const G: u64 = 0x100;

/// Builds 4-level tables in a word list; tables are allocated from `next`.
struct Pt {
    words: HashMap<u64, u64>,
    next: u64,
}

impl Pt {
    fn new() -> Self {
        Pt {
            words: HashMap::new(),
            next: 0x20_0000,
        }
    }
    fn alloc(&mut self) -> u64 {
        self.next += 0x1000;
        self.next
    }
    /// Maps `va` to `pa` at `leaf_level` (0 4K, 1 2M, 2 1G) under root `root`.
    fn map(&mut self, root: u64, va: u64, pa: u64, leaf_level: u32, leaf_flags: u64) {
        let mut table = root;
        for level in (leaf_level + 1..4).rev() {
            let a = table + 8 * ((va >> (12 + 9 * level)) & 0x1ff);
            let e = match self.words.get(&a) {
                Some(&e) => e,
                None => {
                    let t = self.alloc();
                    self.words.insert(a, t | P | W | U | AC);
                    t | P | W | U | AC
                }
            };
            table = e & 0xf_ffff_f000;
        }
        let a = table + 8 * ((va >> (12 + 9 * leaf_level)) & 0x1ff);
        let ps = if leaf_level > 0 { PS } else { 0 };
        self.words.insert(a, pa | leaf_flags | ps);
    }
    fn list(&self) -> Vec<(u64, u64)> {
        let mut v: Vec<_> = self.words.iter().map(|(&a, &v)| (a, v)).collect();
        v.sort();
        v
    }
}

const ROOT: u64 = 0x10_0000;

fn ok(pa: u64) -> Outcome {
    Outcome::Ok { pa }
}

fn page_fault(error_code: u32, cr2: u64) -> Outcome {
    Outcome::PageFault { error_code, cr2 }
}

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
            cycles: 1
        }
    );
    // back-to-back: req_valid held high, a new VA every cycle
    let mut answers = vec![];
    tb.i.req_valid = true;
    tb.i.req_kind = AccessKind::Read;
    tb.i.req_user = false;
    for k in 0..vas.len() + 1 {
        if k < vas.len() {
            tb.i.req_va = vas[k];
        } else {
            tb.i.req_valid = false;
        }
        let s = tb.step();
        if k < vas.len() {
            assert!(s.req_ready, "req_ready stays high through hits (cycle {k})");
        }
        assert!(!s.mem_req_valid, "hits do not touch memory");
        assert_eq!(
            s.rsp_valid,
            k > 0,
            "one answer per cycle from the second cycle on"
        );
        if s.rsp_valid {
            answers.push((Tb::outcome(&s, vas[k - 1]), s.rsp_tlb_hit));
        }
    }
    let want: Vec<(Outcome, bool)> = (0..8)
        .map(|i| (ok(0x80_0000 + i * 0x1000 + i * 8), true))
        .collect();
    assert_eq!(answers, want);
}

/// A bus error on a read or on an A/D write: a bus-error outcome with the entry's address, no fill, no further
/// request, and the next access is served normally.
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
            assert_eq!(
                (reads, writes),
                (4, k - 4),
                "nothing after the failed write"
            );
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

#[test]
fn cold_walk_cycles_for_latency_1_and_2() {
    for (lat, want) in [(1, 19), (2, 27)] {
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
    assert!(tb.step().req_ready, "other control bits never block");
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
        tb.i.req_valid = true;
        tb.i.req_va = 0x3008;
        tb.i.req_kind = AccessKind::Read;
        let s = tb.step();
        assert!(s.req_ready);
        tb.i.req_valid = false;
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
            if s.rsp_valid {
                assert_eq!(
                    Tb::outcome(&s, 0x3008),
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
    tb.i.req_valid = true;
    tb.i.req_va = 0x3000;
    tb.step();
    tb.i.req_valid = false;
    tb.step();
    tb.step();
    assert_eq!(tb.m.signal("walker.outstanding.q"), Some(1));
    // The memory is reset with the MMU: the answer it owed is never given.
    tb.i.reset = true;
    tb.mem.reset();
    let s = tb.step();
    assert!(!s.rsp_valid && !s.req_ready && !s.cmd_ready);
    tb.i.reset = false;
    for _ in 0..10 {
        assert!(!tb.step().rsp_valid, "the dropped access never answers");
    }
    assert_eq!(tb.m.signal("walker.state.q"), Some(WalkState::Idle.code()));
    assert!(tb.entries().iter().all(|e| e.is_none()));
    assert_eq!(tb.victim(), 0);
    let a = tb.access(0x4008, AccessKind::Read, false);
    assert_eq!((a.outcome, a.hit), (ok(0x8_8008), false));
}

// ---- random differential test against the model ----

#[derive(Clone, Debug)]
enum Step {
    Access {
        va: usize,
        kind: AccessKind,
        user: bool,
    },
    NonCanonical {
        va: usize,
    },
    WriteMem {
        entry: usize,
        xor: u64,
    },
    MovCr3 {
        root: usize,
        pcid: u64,
        noflush: bool,
    },
    /// `va` indexes the pool; `usize::MAX` names the last accessed VA.
    Invlpg {
        va: usize,
    },
    Invpcid {
        kind: InvpcidType,
        pcid: u16,
        va: usize,
    },
    Cr4 {
        pge: bool,
        pcide: bool,
        smep: bool,
    },
    Ctl {
        reg: CrReg,
        value: u64,
    },
}

const ROOTS: [u64; 2] = [0x10_0000, 0x10_1000];

/// Page tables for both roots over a pool of VAs, from a seed: mixed page sizes and flags.
fn random_space(seed: u64) -> (Vec<u64>, Vec<(u64, u64)>, Vec<u64>) {
    let mut rng = Rng(seed);
    let mut vas = vec![];
    for i in 0..12u64 {
        let hi = [0u64, 1, 0x1ff][(i % 3) as usize];
        let va = (hi << 39)
            | (rng.below(2) << 30)
            | (rng.below(2) << 21)
            | (rng.below(3) << 12)
            | (rng.below(512) << 3);
        // sign-extend the upper half
        let va = if hi == 0x1ff {
            va | 0xffff_0000_0000_0000
        } else {
            va
        };
        vas.push(va);
    }
    let mut words: HashMap<u64, u64> = HashMap::new();
    let mut next_table = 0x20_0000u64;
    let mut next_frame = 0x1_0000_0000u64;
    for &root in &ROOTS {
        for &va in &vas {
            let mut table = root;
            for level in (0..4).rev() {
                let a = table + 8 * ((va >> (12 + 9 * level)) & 0x1ff);
                if let Some(&e) = words.get(&a) {
                    let leaf = level == 0 || (e & PS != 0 && level < 3);
                    if leaf {
                        break;
                    }
                    table = e & 0xf_ffff_f000;
                    continue;
                }
                let leaf = level == 0
                    || (level == 2 && rng.chance(1, 6))
                    || (level == 1 && rng.chance(1, 4));
                let mut f = 0;
                if rng.chance(31, 32) {
                    f |= P;
                }
                if rng.chance(4, 5) {
                    f |= W;
                }
                if rng.chance(5, 6) {
                    f |= U;
                }
                if rng.chance(1, 2) {
                    f |= AC;
                }
                if leaf {
                    if rng.chance(1, 2) {
                        f |= D;
                    }
                    if rng.chance(1, 5) {
                        f |= G;
                    }
                    if rng.chance(1, 8) {
                        f |= 1 << 63;
                    }
                    f |= rng.below(16) << 59;
                    if rng.chance(1, 40) {
                        f |= 1 << 45;
                    }
                    let size = 1u64 << (12 + 9 * level);
                    next_frame = (next_frame + size) & !(size - 1);
                    let frame = next_frame;
                    next_frame += size;
                    let ps = if level > 0 { PS } else { 0 };
                    words.insert(a, frame | f | ps);
                    break;
                }
                next_table += 0x1000;
                words.insert(a, next_table | f);
                table = next_table;
            }
        }
    }
    let mut list: Vec<(u64, u64)> = words.into_iter().collect();
    list.sort();
    let entries = list.iter().map(|w| w.0).collect();
    (vas, list, entries)
}

/// The control writes the random test makes besides CR4's transitions.
const CTL_REGS: [CrReg; 6] = [
    CrReg::Cr0Wp,
    CrReg::Cr4Smap,
    CrReg::Cr4Pke,
    CrReg::EferNxe,
    CrReg::RflagsAc,
    CrReg::Pkru,
];

fn arb_step() -> impl Strategy<Value = Step> {
    let invpcid_kind = (0u64..4).prop_map(|t| InvpcidType::from_number(t).expect("types 0..=3"));
    prop_oneof![
        12 => (0usize..12, 0usize..3, proptest::bool::weighted(0.3))
            .prop_map(|(va, kind, user)| Step::Access { va, kind: AccessKind::ALL[kind], user }),
        1 => (0usize..12).prop_map(|va| Step::NonCanonical { va }),
        2 => (0usize..64, prop_oneof![Just(P), Just(W), Just(U), Just(AC), Just(D), Just(G), Just(1u64 << 63), Just(PS), Just(AC | D)])
            .prop_map(|(entry, xor)| Step::WriteMem { entry, xor }),
        2 => (0usize..2, 0u64..3, any::<bool>()).prop_map(|(root, pcid, noflush)| Step::MovCr3 { root, pcid, noflush }),
        2 => prop_oneof![0usize..12, Just(usize::MAX)].prop_map(|va| Step::Invlpg { va }),
        2 => (invpcid_kind, 0u16..3, prop_oneof![0usize..12, Just(usize::MAX)])
            .prop_map(|(kind, pcid, va)| Step::Invpcid { kind, pcid, va }),
        1 => (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(pge, pcide, smep)| Step::Cr4 { pge, pcide, smep }),
        1 => (0usize..6, any::<u32>()).prop_map(|(which, value)| {
            let reg = CTL_REGS[which];
            let value = if reg.is_flag() { u64::from(value & 1) } else { u64::from(value) };
            Step::Ctl { reg, value }
        }),
    ]
}

/// Counts of what a run exercised: hits, walks, #PF, #GP, a global entry of another PCID in the TLB, walks started
/// from a paging-structure-cache entry.
type Tally = [u64; 6];

fn run_random(
    entries: usize,
    seed: u64,
    lat: (u64, u64),
    ready: (u64, u64),
    steps: &[Step],
    tally: &mut Tally,
) -> Result<(), TestCaseError> {
    let (vas, words, entry_addrs) = random_space(seed);
    let mut tb = Tb::new(entries, &words, lat, ready, seed ^ 0x5a5a);
    tb.ctl.cr3 = ROOTS[0] | (seed & 1);
    tb.ctl.efer_nxe = true;
    let mut r = model(entries, &words, tb.ctl);
    // start with PGE / PCIDE from the seed, as a CR4 write from the reset state
    let (pge, pcide) = (seed & 2 != 0, seed & 4 != 0);
    tb.write_cr4(pge, pcide, false);
    model_cr4(&mut r, pge, pcide, false);
    let mut last = 0;
    let pick = |i: usize, last: usize| if i == usize::MAX { vas[last] } else { vas[i] };
    for (k, step) in steps.iter().enumerate() {
        match *step {
            Step::Access { va, kind, user } => {
                last = va;
                let reads_before = tb.mem.reads.len();
                let got = tb.access(vas[va], kind, user);
                let want = model_access(&mut r, vas[va], kind, user);
                prop_assert_eq!(
                    (got.outcome, got.hit),
                    want,
                    "step {} {:?} va {:#x}",
                    k,
                    step,
                    vas[va]
                );
                let reads = (tb.mem.reads.len() - reads_before) as u32;
                prop_assert_eq!(
                    reads,
                    r.last_walk_reads(),
                    "step {}: entries the walk read",
                    k
                );
                if got.hit {
                    prop_assert_eq!(got.cycles, 1);
                }
                tally[if got.hit { 0 } else { 1 }] += 1;
                if matches!(got.outcome, Outcome::PageFault { .. }) {
                    tally[2] += 1;
                }
                let pcid = r.control().pcid();
                if tb
                    .entries()
                    .iter()
                    .flatten()
                    .any(|e| e.global && e.pcid != pcid)
                {
                    tally[4] += 1;
                }
            }
            Step::NonCanonical { va } => {
                let bad = vas[va] ^ (1 << 52);
                let got = tb.access(bad, AccessKind::Read, false);
                prop_assert_eq!(
                    (got.outcome, got.hit, got.cycles),
                    (Outcome::GeneralProtection, false, 1)
                );
                tally[3] += 1;
                prop_assert_eq!(
                    model_access(&mut r, bad, AccessKind::Read, false),
                    (Outcome::GeneralProtection, false)
                );
            }
            Step::WriteMem { entry, xor } => {
                let addr = entry_addrs[entry % entry_addrs.len()];
                let value = r.memory().read(addr) ^ xor;
                r.apply(&Op::WriteMem { addr, value });
                tb.mem.words.insert(addr, value);
            }
            Step::MovCr3 {
                root,
                pcid,
                noflush,
            } => {
                let value = ROOTS[root] | pcid | if noflush { CR3_NOFLUSH } else { 0 };
                tb.mov_cr3(value);
                r.write_cr3(value);
            }
            Step::Invlpg { va } => {
                tb.cmd(CmdOp::Invlpg, pick(va, last), 0, false);
                r.invlpg(pick(va, last));
            }
            Step::Invpcid { kind, pcid, va } => {
                tb.cmd(CmdOp::invpcid(kind), pick(va, last), pcid, false);
                r.invpcid(kind, pcid, pick(va, last));
            }
            Step::Cr4 { pge, pcide, smep } => {
                tb.write_cr4(pge, pcide, smep);
                model_cr4(&mut r, pge, pcide, smep);
            }
            Step::Ctl { reg, value } => {
                tb.ctl.set(reg, value);
                r.write_cr(reg, value);
                tb.step();
            }
        }
        prop_assert_eq!(tb.ctl, *r.control(), "control after step {}", k);
        prop_assert_eq!(
            tb.entries(),
            r.tlb().slots().to_vec(),
            "TLB after step {} {:?}",
            k,
            step
        );
        prop_assert_eq!(tb.victim(), r.tlb().victim(), "victim after step {}", k);
    }
    // Walks that started from a paging-structure-cache entry, as the model counts them (the RTL read as many
    // entries as the model in every walk).
    tally[5] += r.coverage().pwc_hits.iter().sum::<u64>();
    // Every word the model can have written is in `words`: only present entries are written, and a present entry is
    // non-zero, so it is one of the words the run started with (or a `WriteMem` of one of them).
    let mut addrs: Vec<u64> = tb.mem.words.keys().copied().collect();
    addrs.sort_unstable();
    for a in addrs {
        prop_assert_eq!(
            tb.mem.read(a),
            r.memory().read(a),
            "memory at {:#x} after the run",
            a
        );
    }
    Ok(())
}

/// Random scenarios (two address spaces, mixed page sizes, PTE edits, every maintenance operation, CR4 writes,
/// control bits, random memory latency and back-pressure) against the model: every answer, every `tlb_hit`, the
/// entries each walk read, the whole TLB after every step, memory at the end.
#[test]
fn random_against_the_model() {
    let name = "random_against_the_model";
    let mut runner = proptest::test_runner::TestRunner::new(proptest_config(128, "mmu", name));
    let tally = std::cell::RefCell::new([0u64; 6]);
    let strategy = (
        any::<u64>(),
        1u64..3,
        0u64..3,
        1u64..5,
        proptest::collection::vec(arb_step(), 1..120),
    );
    let result = runner.run(&strategy, |(seed, lat_lo, lat_extra, ready, steps)| {
        let mut t = tally.borrow_mut();
        run_random(
            4,
            seed,
            (lat_lo, lat_lo + lat_extra),
            (ready, 4),
            &steps,
            &mut t,
        )?;
        run_random(16, seed, (1, 1), (1, 1), &steps, &mut t)?;
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let t = tally.into_inner();
    println!("hits, walks, #PF, #GP, global-from-other-PCID, PWC-shortened walks = {t:?}");
    assert!(
        t.iter().all(|&n| n > 0),
        "coverage hits/walks/#PF/#GP/foreign-global/PWC-shortened = {t:?}"
    );
}

// ---- the exported Verilog ----

/// `Mmu<16, 4>` as exported: MAXPHYADDR 40, the default paging-structure cache.
fn mmu16_verilog() -> String {
    let mut uut = Mmu::<16, 4>::new(&config(16));
    uut.connect_all();
    generate_verilog(&uut)
}

/// The exported Verilog of `Mmu<16, 4>`; set `MMU_VERILOG_OUT` to also write it to a file.
#[test]
fn verilog_export_of_mmu16_succeeds() {
    let v = mmu16_verilog();
    assert!(v.contains("module top("), "top module present");
    for port in [
        "req_ready",
        "rsp_tlb_hit",
        "cmd_noflush",
        "mem_rsp_data",
        "cr4_pcide",
    ] {
        assert!(v.contains(port), "port {port} exported");
    }
    assert!(
        v.contains("WalkState$CheckEntry"),
        "FSM states exported as localparams"
    );
    if let Ok(path) = std::env::var("MMU_VERILOG_OUT") {
        std::fs::write(&path, &v).expect("write Verilog");
    }
}

/// Verilator's rules waived for the export, with what each one covers (verilog/lint.vlt waives the same classes
/// signal by signal for the committed exports, whose module names differ).
/// - WIDTH: rust-hdl writes every literal as 32 bits.
/// - UNOPTFLAT: one `always` block per kernel.
/// - UNUSEDSIGNAL: observation-only outputs, unused CR3/VA bits.
/// - DECLFILENAME: module `top` in any file name.
const WAIVED_RULES: [&str; 4] = ["WIDTH", "UNOPTFLAT", "UNUSEDSIGNAL", "DECLFILENAME"];

/// The encodings emitted as localparams in every module with a signal of that type: an UNUSEDPARAM finding is waived
/// for these only.
const ENCODINGS: [&str; 5] = [
    "WalkState",
    "AccessKind",
    "PageSize",
    "CmdOp",
    "OutcomeCode",
];

/// Whether a Verilator message is waived: a rule of `WAIVED_RULES`, or UNUSEDPARAM of an encoding's localparam.
fn waived(line: &str) -> bool {
    if WAIVED_RULES
        .iter()
        .any(|w| line.starts_with(&format!("%Warning-{w}:")))
    {
        return true;
    }
    line.starts_with("%Warning-UNUSEDPARAM:")
        && ENCODINGS.iter().any(|e| line.contains(&format!("'{e}$")))
}

/// Verilator `-Wall` and Yosys on the exported Verilog of `Mmu<16, 4>`: no latch, no lint finding outside the
/// classes rust-hdl's code generator produces by construction (see `waived`). Skipped with a message when a tool is
/// not installed.
#[test]
fn exported_verilog_passes_verilator_and_yosys() {
    let dir = std::env::temp_dir().join(format!("mmu-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("top.v");
    std::fs::write(&file, mmu16_verilog()).unwrap();
    let run = |cmd: &str, args: &[&str]| {
        std::process::Command::new(cmd)
            .args(args)
            .current_dir(&dir)
            .output()
    };
    match run(
        "verilator",
        &["--lint-only", "-Wall", "--top-module", "top", "top.v"],
    ) {
        Err(_) => eprintln!("SKIPPED: verilator not installed"),
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stderr);
            let findings: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with("%Warning") || l.starts_with("%Error"))
                .filter(|l| !waived(l))
                .filter(|l| !l.starts_with("%Error: Exiting due to"))
                .collect();
            assert!(
                findings.is_empty(),
                "verilator findings:\n{}",
                findings.join("\n")
            );
        }
    }
    match run(
        "yosys",
        &[
            "-p",
            "read_verilog top.v; hierarchy -top top; proc; check -assert",
        ],
    ) {
        Err(_) => eprintln!("SKIPPED: yosys not installed"),
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            let latches: Vec<&str> = text
                .lines()
                .filter(|l| l.starts_with("Latch inferred"))
                .collect();
            assert!(latches.is_empty(), "latches:\n{}", latches.join("\n"));
            assert!(
                out.status.success(),
                "yosys check failed:\n{}",
                &text[text.len().saturating_sub(3000)..]
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn tool_available(tool: &str) -> bool {
    std::process::Command::new(tool)
        .arg("-V")
        .output()
        .map(|o| o.status.success() || !o.stdout.is_empty() || !o.stderr.is_empty())
        .unwrap_or(false)
}

/// Values as hex fields, space separated.
fn hex_line(values: &[u64]) -> String {
    values
        .iter()
        .map(|v| format!("{v:x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replays the inputs of a Rust simulation into the exported Verilog under Icarus Verilog and compares every output
/// in every cycle. This is what catches Verilog that means something else than the Rust kernel (operator
/// precedence, widths, literal sizes).
#[test]
fn exported_verilog_matches_the_rust_simulation() {
    if !tool_available("iverilog") {
        eprintln!("SKIPPED: iverilog not installed; the Verilog co-simulation did not run");
        return;
    }
    let cosim = Config {
        pwc_entries: 2,
        ..config(4)
    };
    // A scenario that exercises every path: walks of each size, faults, hits, maintenance, CR4 transitions, a race,
    // a reset, with random latency and back-pressure.
    let mut trace = vec![];
    for seed in [3u64, 11, 0x5eed] {
        let (vas, words, entries) = random_space(seed);
        let mut tb = Tb::with_config(cosim, &words, (1, 3), (3, 4), seed);
        // Some answers are bus errors, on reads and on A/D writes alike.
        tb.err_every = 23;
        // one Verilog instance runs all scenarios: each starts with a traced reset
        tb.trace = Some(vec![]);
        tb.i.reset = true;
        tb.step();
        tb.i.reset = false;
        tb.ctl.cr3 = ROOTS[0] | 1;
        tb.ctl.efer_nxe = true;
        tb.write_cr4(true, true, false);
        let mut rng = Rng(seed);
        for k in 0..160u64 {
            let va = vas[rng.below(12) as usize];
            match rng.below(16) {
                0 => tb.mov_cr3(ROOTS[rng.below(2) as usize] | rng.below(3) | (rng.below(2) << 63)),
                1 => tb.cmd(CmdOp::Invlpg, va, 0, false),
                2 => {
                    let kind = InvpcidType::from_number(rng.below(4)).expect("types 0..=3");
                    tb.cmd(CmdOp::invpcid(kind), va, rng.below(3) as u16, false);
                }
                3 => {
                    let (g, p, s) = (rng.chance(1, 2), rng.chance(1, 2), rng.chance(1, 2));
                    tb.write_cr4(g, p, s);
                }
                4 => {
                    tb.ctl.cr0_wp = rng.chance(1, 2);
                    tb.ctl.cr4_smap = rng.chance(1, 2);
                    tb.ctl.cr4_pke = rng.chance(1, 2);
                    tb.ctl.pkru = rng.next_u64() as u32;
                    tb.step();
                }
                5 => {
                    let a = entries[rng.below(entries.len() as u64) as usize];
                    let v = tb.mem.read(a) ^ [P, W, U, AC, D, G][rng.below(6) as usize];
                    tb.mem.words.insert(a, v);
                }
                6 => {
                    // a command in the middle of a walk
                    tb.i.req_valid = true;
                    tb.i.req_va = va;
                    tb.i.req_kind = AccessKind::Write;
                    tb.step();
                    tb.i.req_valid = false;
                    for _ in 0..rng.below(6) {
                        tb.step();
                    }
                    tb.cmd(CmdOp::Invlpg, va, 0, false);
                    for _ in 0..60 {
                        if tb.step().rsp_valid {
                            break;
                        }
                    }
                }
                7 if k % 40 == 39 => {
                    tb.i.reset = true;
                    tb.step();
                    tb.i.reset = false;
                    while !tb.mem.idle() {
                        tb.step();
                    }
                }
                _ => {
                    tb.access(
                        va ^ if rng.chance(1, 30) { 1 << 50 } else { 0 },
                        AccessKind::ALL[rng.below(3) as usize],
                        rng.chance(1, 3),
                    );
                }
            }
        }
        trace.extend(tb.trace.take().unwrap());
    }

    let dir = std::env::temp_dir().join(format!("mmu-cosim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = HdlMmu::new(&cosim).unwrap();
    std::fs::write(dir.join("mmu.v"), fresh.verilog()).unwrap();
    let stim: String = trace
        .iter()
        .map(|(i, _)| hex_line(&i.values()) + "\n")
        .collect();
    std::fs::write(dir.join("stim.txt"), stim).unwrap();
    let decl = |n: &str, kind: &str| {
        let width = mmu_arch::port(n).expect("a port of the table").width;
        if width > 1 {
            format!("  {kind} [{}:0] {n};\n", width - 1)
        } else {
            format!("  {kind} {n};\n")
        }
    };
    let inputs = Inputs::NAMES;
    let outputs = Outputs::NAMES;
    let mut tbv = String::from("module tb;\n  reg clock;\n  integer fd, fo, r;\n");
    for n in inputs {
        tbv += &decl(n, "reg");
    }
    for n in outputs {
        tbv += &decl(n, "wire");
    }
    let ports: Vec<String> = std::iter::once("clock")
        .chain(inputs)
        .chain(outputs)
        .map(|n| format!(".{n}({n})"))
        .collect();
    tbv += &format!("  top uut({});\n", ports.join(", "));
    let fmt_in = vec!["%h"; inputs.len()].join(" ");
    let fmt_out = vec!["%h"; outputs.len()].join(" ");
    tbv += &format!(
        "  initial begin\n    clock = 0;\n    fd = $fopen(\"{}\", \"r\");\n    fo = $fopen(\"{}\", \"w\");\n    r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    while (r == {}) begin\n      #1;\n      $fdisplay(fo, \"{fmt_out}\", {});\n      clock = 1; #1; clock = 0; #1;\n      r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    end\n    $fclose(fo);\n    $finish;\n  end\nendmodule\n",
        dir.join("stim.txt").display(),
        dir.join("out.txt").display(),
        inputs.join(", "),
        inputs.len(),
        outputs.join(", "),
        inputs.join(", "),
    );
    std::fs::write(dir.join("tb.v"), tbv).unwrap();
    let status = std::process::Command::new("iverilog")
        .args(["-o", "sim.vvp", "tb.v", "mmu.v"])
        .current_dir(&dir)
        .status()
        .expect("run iverilog");
    assert!(
        status.success(),
        "iverilog failed to compile the exported Verilog ({})",
        dir.display()
    );
    // An event-driven simulator can spin forever on glitches between kernels: bound it.
    let expect: String = trace
        .iter()
        .map(|(_, o)| hex_line(&o.values()) + "\n")
        .collect();
    std::fs::write(dir.join("expect.txt"), expect).unwrap();
    let mut child = std::process::Command::new("vvp")
        .args(["-n", "sim.vvp"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("run vvp");
    let t0 = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for vvp") {
            break st;
        }
        if t0.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().ok();
            child.wait().ok();
            panic!(
                "vvp did not finish in 120 s (combinational ping-pong?); files in {}",
                dir.display()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "vvp failed ({})", dir.display());
    let got = std::fs::read_to_string(dir.join("out.txt")).unwrap();
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got.len(), trace.len(), "Verilog simulated every cycle");
    let norm = |line: &str| -> Vec<u64> {
        line.split_whitespace()
            .map(|f| u64::from_str_radix(f, 16).unwrap_or(u64::MAX))
            .collect()
    };
    for (cycle, ((inputs, want), got)) in trace.iter().zip(got.iter()).enumerate() {
        assert_eq!(
            norm(got),
            want.values().to_vec(),
            "cycle {cycle}: Verilog and Rust outputs differ\n  ports   {:?}\n  inputs  {:x?}\n  files in {}",
            Outputs::NAMES,
            inputs.by_name(),
            dir.display()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
