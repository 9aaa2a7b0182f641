//! The MMU top (`mmu_hdl::mmu::Mmu`, simulated through `mmu_sim::drive::HdlMmu`) with a memory of random latency and
//! back-pressure, the paging-structure cache on as the hardware is built, against the reference model
//! (`mmu_model::Model`): every answer and `tlb_hit`, the walk's memory reads, the whole TLB and its victim pointer
//! after every maintenance operation, CR4 transition and control write, and memory at the end. Also, stated
//! directly: hit streaming and latency, cold-walk cycle counts, #GP, bus errors on reads and A/D writes, the rewalk of
//! a write to a clean entry, rights on a hit, which CR4 writes block requests, invalidations that kill a walk's fill,
//! a reset mid-walk. The exported Verilog of `Mmu<16, 4>` passes Verilator `-Wall` (rust-hdl's idioms waived) and
//! Yosys, and the exported Verilog of `Mmu<4, 2>` matches the Rust simulation cycle by cycle under Icarus Verilog.
//! Tests that need a tool skip with a message when it is missing.
//!
//! This file holds the bench they share (the MMU with its memory and the control state the "CPU" drives, the model
//! twin, a page-table builder, random address spaces); [`directed`] the directed tests, [`random`] the random
//! differential test, [`verilog`] the checks of the exported Verilog.

#[path = "../common/mod.rs"]
mod common;
mod directed;
mod random;
mod verilog;

use std::collections::HashMap;

use common::{control0, model_entries, proptest_config, Rng, TestMem};
use mmu_arch::{
    pf, Access, AccessKind, CmdOp, Config, Control, CpuPort, CrReg, InvpcidType, Op, Outcome,
    CR3_NOFLUSH,
};
use mmu_hdl::mmu::Mmu;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::walker::WalkState;
use mmu_model::mem::Memory;
use mmu_model::tlb::TlbEntry;
use mmu_model::Model;
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, Outputs, PortOutputs};
use mmu_sim::rtl::memory::MemRequest;
use proptest::prelude::*;

const CYCLE_LIMIT: u64 = 5_000;

/// The MMU of `entries` TLB entries as the tests build it: MAXPHYADDR 40, the default paging-structure cache.
/// The configurations these tests count cycles on: without the L2, whose lookup would add its cycles to every walk
/// (`directed::l2_*` run with it).
fn config(entries: usize) -> Config {
    Config {
        tlb_entries: entries,
        paddr_bits: 40,
        l2_sets: 0,
        ..Config::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ans {
    outcome: Outcome,
    hit: bool,
    /// Answered by the L2.
    l2: bool,
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
    /// These memory answers (counted from 1) are bus errors too.
    err_at: Vec<u64>,
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
            err_at: Vec::new(),
            answers: 0,
        };
        tb.i.reset = true;
        tb.step();
        tb.i.reset = false;
        // An L2 is emptied after a reset, walking its sets.
        if config.l2_enabled() {
            while !tb.step().cmd_ready {}
        }
        tb
    }

    /// One cycle: drive, settle, memory edge, rising edge; returns the settled outputs.
    fn step(&mut self) -> Outputs {
        drive_control(&mut self.i, &self.ctl);
        let (r, answer) = self.mem.drive();
        let rv = answer.is_some();
        self.i.mem_req_ready = r;
        self.i.mem_rsp_valid = rv;
        self.i.mem_rsp_data = answer.map_or(0, |a| a.data);
        self.i.mem_rsp_stale = answer.is_some_and(|a| a.stale);
        self.answers += rv as u64;
        self.i.mem_rsp_err = rv
            && ((self.err_every > 0 && self.answers.is_multiple_of(self.err_every))
                || self.err_at.contains(&self.answers));
        let o = self.m.settle(&self.i);
        if let Some(t) = self.trace.as_mut() {
            t.push((self.i, o));
        }
        self.mem.edge(
            o.mem_req_valid,
            MemRequest {
                addr: o.mem_req_addr,
                we: o.mem_req_we,
                wdata: o.mem_req_wdata,
                expect: o.mem_req_expect,
            },
        );
        self.m.rise();
        self.cycle += 1;
        o
    }

    /// The outcome a response carries for an access to `va` (CR2 of a #PF is the access's VA).
    fn outcome(o: &PortOutputs, va: u64) -> Outcome {
        o.outcome(va)
    }

    /// One access on the port its kind uses, offered until taken and then answered.
    fn access(&mut self, va: u64, kind: AccessKind, user: bool) -> Ans {
        let port = CpuPort::of(kind);
        self.i.offer(port, Some(Access { va, kind, user }));
        let mut accepted = None;
        for _ in 0..CYCLE_LIMIT {
            let cyc = self.cycle;
            let s = self.step().port(port);
            if let Some(at) = accepted {
                if s.rsp_valid {
                    return Ans {
                        outcome: Self::outcome(&s, va),
                        hit: s.rsp_tlb_hit,
                        l2: s.rsp_l2_hit,
                        cycles: cyc - at,
                    };
                }
            } else {
                assert!(!s.rsp_valid, "response without a request");
                if s.req_ready {
                    accepted = Some(cyc);
                    self.i.offer(port, None);
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
                assert!(
                    !s.fetch_req_ready && !s.data_req_ready,
                    "no access may be accepted with a command"
                );
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
        assert_eq!(s.fetch_req_ready, s.data_req_ready, "both ports wait alike");
        !s.data_req_ready
    }

    /// The DTLB after the last edge, in the model's form.
    fn entries(&mut self) -> Vec<Option<TlbEntry>> {
        self.entries_of(CpuPort::Data)
    }

    /// `port`'s TLB after the last edge, in the model's form.
    fn entries_of(&mut self, port: CpuPort) -> Vec<Option<TlbEntry>> {
        model_entries(&self.m.tlb_entries(port))
    }

    fn victim(&mut self) -> usize {
        self.victim_of(CpuPort::Data)
    }

    fn victim_of(&mut self, port: CpuPort) -> usize {
        self.m
            .signal(&format!("{}.tlb.victim.q", port.name()))
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

/// Both TLBs and their victim pointers, RTL against model.
fn expect_same_tlb(tb: &mut Tb, m: &Model, what: &str) {
    for (port, tlb) in [(CpuPort::Fetch, m.itlb()), (CpuPort::Data, m.dtlb())] {
        assert_eq!(
            tb.entries_of(port),
            tlb.slots().to_vec(),
            "{what}: {port:?} TLB"
        );
        assert_eq!(
            tb.victim_of(port),
            tlb.victim(),
            "{what}: {port:?} victim pointer"
        );
    }
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
