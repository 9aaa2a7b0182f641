//! The MMU behind its bus bridges, end to end: `MmuAxi4` against an AXI4 slave model with an exclusive monitor and
//! `MmuWb` against a Wishbone slave model, both with random back-pressure and latency. Page tables are built in the
//! slave's memory; random reads and writes on the data port are compared with the reference model (`mmu-model`)
//! access by access (outcome, PA, #PF error code), and the page tables in the slave's memory with the model's
//! afterwards (the A/D bits the walks wrote). Seeded; a failure names its seed. Every simulation has a cycle limit.

mod common;

use std::collections::{HashMap, VecDeque};

use common::control0;
use mmu_arch::{Access, AccessKind, CmdOp, Config, Control, Outcome, OutcomeCode};
use mmu_hdl::axi4::{RESP_EXOKAY, RESP_OKAY};
use mmu_hdl::mmu_axi4::MmuAxi4;
use mmu_hdl::mmu_wb::MmuWb;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_model::mem::Memory;
use mmu_model::random::Rng;
use mmu_model::Model;
use mmu_sim::step::settle;

const PML4: u64 = 0x10_0000;
const ACCESSES: usize = 60;
/// Cycles an access may take from its offer to its answer.
const ACCESS_LIMIT: u64 = 600;
const BASE_VA: u64 = 0x7f00_0000_0000;

/// Page tables for 4K pages at `BASE_VA + i * 4K` (i < 8; page 3 read-only, page 5 not present) and a 2M page at
/// `BASE_VA + 2M`, every entry with A and D clear.
fn tables() -> Vec<(u64, u64)> {
    let (pdpt, pd, pt) = (0x10_1000u64, 0x10_2000u64, 0x10_3000u64);
    let idx = |va: u64, shift: u32| (va >> shift) & 0x1ff;
    let mut w = vec![
        (PML4 + 8 * idx(BASE_VA, 39), pdpt | 0x7),
        (pdpt + 8 * idx(BASE_VA, 30), pd | 0x7),
        (pd + 8 * idx(BASE_VA, 21), pt | 0x7),
        (pd + 8 * (idx(BASE_VA, 21) + 1), 0x40_0000 | 0x87),
    ];
    for i in 0..8u64 {
        let flags = match i {
            3 => 0x5,
            5 => 0x0,
            _ => 0x7,
        };
        w.push((
            pt + 8 * (idx(BASE_VA, 12) + i),
            (0x20_0000 + i * 0x1000) | flags,
        ));
    }
    w
}

/// What the test needs of either top: the data port, the control inputs, the settled answer.
trait Top {
    fn drive_cpu(&mut self, reset: bool, ctl: &Control, req: Option<Access>);
    /// `data_req_ready`, and the answer of the cycle: outcome, PA, error code.
    fn cpu_out(&self) -> (bool, Option<(OutcomeCode, u64, u64)>);
}

macro_rules! top {
    ($t:ty) => {
        impl Top for $t {
            fn drive_cpu(&mut self, reset: bool, ctl: &Control, req: Option<Access>) {
                self.reset.next = reset;
                self.fetch_req_valid.next = false;
                self.fetch_req_va.next = 0.into();
                self.fetch_req_user.next = false;
                self.data_req_valid.next = req.is_some();
                self.data_req_va.next = req.map_or(0, |a| a.va).into();
                self.data_req_write.next = req.is_some_and(|a| a.kind == AccessKind::Write);
                self.data_req_user.next = req.is_some_and(|a| a.user);
                self.cr0_wp.next = ctl.cr0_wp;
                self.cr3.next = ctl.cr3.into();
                self.cr4_pge.next = ctl.cr4_pge;
                self.cr4_pcide.next = ctl.cr4_pcide;
                self.cr4_smep.next = ctl.cr4_smep;
                self.cr4_smap.next = ctl.cr4_smap;
                self.cr4_pke.next = ctl.cr4_pke;
                self.efer_nxe.next = ctl.efer_nxe;
                self.rflags_ac.next = ctl.rflags_ac;
                self.pkru.next = (ctl.pkru as u64).into();
                self.cmd_valid.next = false;
                self.cmd_op.next = CmdOp::MovCr3;
                self.cmd_va.next = 0.into();
                self.cmd_pcid.next = 0.into();
                self.cmd_noflush.next = false;
            }
            fn cpu_out(&self) -> (bool, Option<(OutcomeCode, u64, u64)>) {
                let answer = self.data_rsp_valid.val().then(|| {
                    (
                        self.data_rsp_outcome.val(),
                        self.data_rsp_pa.val().to_u64(),
                        self.data_rsp_error_code.val().to_u64(),
                    )
                });
                (self.data_req_ready.val(), answer)
            }
        }
    };
}
top!(MmuAxi4<16, 4, 8, 3, 7>);
top!(MmuWb<16, 4, 8, 3, 7>);

/// The answer the model gives, in the port's terms.
fn expected(o: &Outcome) -> (OutcomeCode, u64, u64) {
    match *o {
        Outcome::Ok { pa } => (OutcomeCode::Ok, pa, 0),
        Outcome::PageFault { error_code, .. } => (OutcomeCode::PageFault, 0, error_code as u64),
        Outcome::GeneralProtection => (OutcomeCode::GeneralProtection, 0, 0),
        Outcome::BusError { addr } => (OutcomeCode::BusError, addr, 0),
    }
}

/// Runs random accesses on `top`, whose memory side `bus` drives and updates each cycle (`bus(top, rng, mem, edge)`:
/// before the edge with `edge` false to drive the slave's inputs, after settling with `edge` true to act on what
/// transferred). Seed 0 starts with two fixed accesses, for the latency figures: a user read of the first page (a
/// cold walk: four reads, four A writes) and a write to the second (its PDE in the paging-structure cache: one read,
/// one A|D write). Returns the cycles from each access's transfer to its answer.
fn run<T: Top + Block>(
    seed: u64,
    top: &mut T,
    clock: fn(&mut T) -> &mut Signal<In, Clock>,
    mut bus: impl FnMut(&mut T, &mut Rng, &mut HashMap<u64, u64>, bool),
) -> Vec<u64> {
    let config = Config::default();
    let ctl = Control {
        cr3: PML4,
        ..control0()
    };
    let words = tables();
    let mut mem: HashMap<u64, u64> = words.iter().copied().collect();
    let mut model = Model::new(config, ctl, Memory::from_words(&words));
    let mut rng = Rng::new(seed);
    let mut cycle = 0u64;
    let mut step = |top: &mut T,
                    rng: &mut Rng,
                    mem: &mut HashMap<u64, u64>,
                    reset: bool,
                    req: Option<Access>| {
        top.drive_cpu(reset, &ctl, req);
        bus(top, rng, mem, false);
        clock(top).next = Clock { clk: false };
        settle(top);
        let out = top.cpu_out();
        bus(top, rng, mem, true);
        clock(top).next = Clock { clk: true };
        settle(top);
        out
    };
    // The reset, and the L2's flush after it (every ready low meanwhile).
    for _ in 0..2 {
        step(top, &mut rng, &mut mem, true, None);
    }
    let mut latencies = Vec::new();
    for n in 0..ACCESSES {
        let page = rng.below(10);
        let va = if page < 8 {
            BASE_VA + page * 0x1000
        } else {
            BASE_VA + 0x20_0000 + (page - 8) * 0x7_f000
        };
        let mut a = Access {
            va: va + (rng.below(512) << 3),
            kind: if rng.chance(40) {
                AccessKind::Write
            } else {
                AccessKind::Read
            },
            user: rng.chance(70),
        };
        if seed == 0 && n < 2 {
            a = Access {
                va: BASE_VA + n as u64 * 0x1000,
                kind: if n == 0 {
                    AccessKind::Read
                } else {
                    AccessKind::Write
                },
                user: true,
            };
        }
        let (want, _) = model.access(a);
        let start = cycle;
        let mut offered = true;
        let mut taken = 0;
        let got = loop {
            assert!(
                cycle - start < ACCESS_LIMIT,
                "seed {seed}: access {n} {a:?} not answered in {ACCESS_LIMIT} cycles"
            );
            let (ready, answer) = step(top, &mut rng, &mut mem, false, offered.then_some(a));
            cycle += 1;
            if ready && offered {
                offered = false;
                taken = cycle;
            }
            if let Some(ans) = answer {
                break ans;
            }
        };
        latencies.push(cycle - taken);
        assert_eq!(
            got,
            expected(&want),
            "seed {seed}: access {n} {a:?}: RTL vs model"
        );
    }
    for (addr, _) in &words {
        assert_eq!(
            mem[addr],
            model.memory().read(*addr),
            "seed {seed}: the entry at {addr:#x} in the slave's memory differs from the model's (A/D bits)"
        );
    }
    latencies
}

#[test]
fn mmu_axi4_end_to_end() {
    for seed in 0..=3u64 {
        // Seed 0: a slave always ready, answering in the cycle after the transfer.
        let pct = if seed == 0 { 100 } else { 70 };
        let extra = if seed == 0 { 1 } else { 2 };
        let mut top = Box::new(MmuAxi4::<16, 4, 8, 3, 7>::new(&Config::default()));
        top.connect_all();
        // Slave: R/B owed (cycles to go, data, resp), AW/W taken, the exclusive monitor.
        let mut r_owed: VecDeque<(u32, u64, u64)> = VecDeque::new();
        let mut b_owed: VecDeque<(u32, u64)> = VecDeque::new();
        let (mut aw, mut w): (Option<(u64, bool)>, Option<u64>) = (None, None);
        let mut monitor: Option<u64> = None;
        let mut shown = (false, false);
        let lat = run(
            seed,
            &mut *top,
            |t| &mut t.clock,
            |t, rng, mem, edge| {
                if !edge {
                    t.m_axi_arready.next = rng.chance(pct);
                    t.m_axi_awready.next = rng.chance(pct);
                    t.m_axi_wready.next = rng.chance(pct);
                    let r = r_owed.front().copied().filter(|r| r.0 == 0);
                    t.m_axi_rvalid.next = r.is_some();
                    t.m_axi_rdata.next = r.map_or(0, |r| r.1).into();
                    t.m_axi_rresp.next = r.map_or(0, |r| r.2).into();
                    t.m_axi_rlast.next = true;
                    t.m_axi_rid.next = 0.into();
                    let b = b_owed.front().copied().filter(|b| b.0 == 0);
                    t.m_axi_bvalid.next = b.is_some();
                    t.m_axi_bresp.next = b.map_or(0, |b| b.1).into();
                    t.m_axi_bid.next = 0.into();
                    shown = (r.is_some(), b.is_some());
                    return;
                }
                if shown.0 && t.m_axi_rready.val() {
                    r_owed.pop_front();
                }
                if shown.1 && t.m_axi_bready.val() {
                    b_owed.pop_front();
                }
                r_owed.iter_mut().for_each(|r| r.0 = r.0.saturating_sub(1));
                b_owed.iter_mut().for_each(|b| b.0 = b.0.saturating_sub(1));
                if t.m_axi_arvalid.val() && t.m_axi_arready.val() {
                    let addr = t.m_axi_araddr.val().to_u64();
                    let lock = t.m_axi_arlock.val();
                    if lock {
                        monitor = Some(addr);
                    }
                    let data = mem.get(&addr).copied().unwrap_or(0);
                    r_owed.push_back((
                        rng.below(extra) as u32,
                        data,
                        if lock { RESP_EXOKAY } else { RESP_OKAY },
                    ));
                }
                if t.m_axi_awvalid.val() && t.m_axi_awready.val() {
                    aw = Some((t.m_axi_awaddr.val().to_u64(), t.m_axi_awlock.val()));
                }
                if t.m_axi_wvalid.val() && t.m_axi_wready.val() {
                    w = Some(t.m_axi_wdata.val().to_u64());
                }
                if let (Some((addr, lock)), Some(data)) = (aw, w) {
                    let ok = !lock || monitor == Some(addr);
                    if ok {
                        mem.insert(addr, data);
                        monitor = None;
                    }
                    b_owed.push_back((
                        rng.below(extra) as u32,
                        if lock && ok { RESP_EXOKAY } else { RESP_OKAY },
                    ));
                    aw = None;
                    w = None;
                }
            },
        );
        eprintln!("axi4 seed {seed}: cycles from transfer to answer: {lat:?}");
    }
}

#[test]
fn mmu_wb_end_to_end() {
    for seed in 0..=3u64 {
        // Seed 0: a slave always ready, answering in the cycle after the transfer.
        let pct = if seed == 0 { 100 } else { 70 };
        let extra = if seed == 0 { 1 } else { 2 };
        let mut top = Box::new(MmuWb::<16, 4, 8, 3, 7>::new(&Config::default()));
        top.connect_all();
        let mut owed: VecDeque<(u32, u64)> = VecDeque::new();
        let mut shown = false;
        let lat = run(
            seed,
            &mut *top,
            |t| &mut t.clock,
            |t, rng, mem, edge| {
                if !edge {
                    t.wb_stall.next = rng.chance(100 - pct);
                    let a = owed.front().copied().filter(|a| a.0 == 0);
                    t.wb_ack.next = a.is_some();
                    t.wb_err.next = false;
                    t.wb_dat_r.next = a.map_or(0, |a| a.1).into();
                    shown = a.is_some();
                    return;
                }
                if shown {
                    owed.pop_front();
                }
                owed.iter_mut().for_each(|a| a.0 = a.0.saturating_sub(1));
                if t.wb_cyc.val() && t.wb_stb.val() && !t.wb_stall.val() {
                    let addr = t.wb_adr.val().to_u64() << 3;
                    let mut data = 0;
                    if t.wb_we.val() {
                        mem.insert(addr, t.wb_dat_w.val().to_u64());
                    } else {
                        data = mem.get(&addr).copied().unwrap_or(0);
                    }
                    owed.push_back((rng.below(extra) as u32, data));
                }
            },
        );
        eprintln!("wishbone seed {seed}: cycles from transfer to answer: {lat:?}");
    }
}
