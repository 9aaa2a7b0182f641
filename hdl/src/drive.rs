//! Driving an `Mmu` whose TLB size is chosen at run time.
//!
//! `Mmu<N, A>` is sized by const generics, so a simulation that reads the size from a scenario
//! holds an [`AnyMmu`] (one variant per supported size) and talks to it through [`MmuPorts`]:
//! plain-value snapshots of every input ([`MmuInputs`]), every output ([`MmuOutputs`]) and the
//! internal state a driver may want to watch ([`MmuProbe`]).
//!
//! A cycle, as a driver runs it:
//!
//! ```text
//!   set_inputs(i); settle();        inputs of cycle t, clock low, combinational logic settled
//!   outputs(); probe();             what the MMU shows during cycle t
//!   rise();                         rising edge t: flops sample, requests/commands transfer
//! ```
//!
//! `rise` only starts the edge; the next `settle` finishes it along with the next inputs, which
//! costs about half the simulation work of settling twice (see [`crate::step`]). `outputs` and
//! `probe` are meant for the settled cycle; to look at the flops between `rise` and the next
//! `settle` (for example `tlb_entries` after an operation), call `finish_edge` first.

use crate::mmu::{Mmu, MmuConfig};
use crate::step::Clocked;
use crate::walker::WalkState;
use rust_hdl::prelude::*;

/// Every input port, as plain values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MmuInputs {
    pub reset: bool,
    pub req_valid: bool,
    pub req_va: u64,
    /// 0 read, 1 write, 2 fetch.
    pub req_kind: u8,
    pub req_user: bool,
    pub cr0_wp: bool,
    pub cr3: u64,
    pub cr4_pge: bool,
    pub cr4_pcide: bool,
    pub cr4_smep: bool,
    pub cr4_smap: bool,
    pub cr4_pke: bool,
    pub efer_nxe: bool,
    pub rflags_ac: bool,
    pub pkru: u32,
    pub cmd_valid: bool,
    /// 0 MOV CR3, 1 INVLPG, 2..5 INVPCID type 0..3.
    pub cmd_op: u8,
    pub cmd_va: u64,
    pub cmd_pcid: u16,
    pub cmd_noflush: bool,
    pub mem_req_ready: bool,
    pub mem_rsp_valid: bool,
    pub mem_rsp_data: u64,
    /// The answer is a bus error.
    pub mem_rsp_err: bool,
}

/// Every output port, as plain values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MmuOutputs {
    pub req_ready: bool,
    pub rsp_valid: bool,
    /// 0 ok, 1 #PF, 2 #GP, 3 bus error (`rsp_pa` = the entry's address).
    pub rsp_outcome: u8,
    pub rsp_pa: u64,
    pub rsp_error_code: u8,
    pub rsp_tlb_hit: bool,
    pub cmd_ready: bool,
    pub mem_req_valid: bool,
    pub mem_req_addr: u64,
    pub mem_req_we: bool,
    pub mem_req_wdata: u64,
}

impl MmuOutputs {
    /// Each output by port name, as a number.
    pub fn by_name(&self) -> [(&'static str, u64); 11] {
        [
            ("req_ready", self.req_ready as u64),
            ("rsp_valid", self.rsp_valid as u64),
            ("rsp_outcome", self.rsp_outcome as u64),
            ("rsp_pa", self.rsp_pa),
            ("rsp_error_code", self.rsp_error_code as u64),
            ("rsp_tlb_hit", self.rsp_tlb_hit as u64),
            ("cmd_ready", self.cmd_ready as u64),
            ("mem_req_valid", self.mem_req_valid as u64),
            ("mem_req_addr", self.mem_req_addr),
            ("mem_req_we", self.mem_req_we as u64),
            ("mem_req_wdata", self.mem_req_wdata),
        ]
    }

    /// The ports whose values differ, with both values.
    pub fn diff(&self, other: &MmuOutputs) -> Vec<PortDiff> {
        self.by_name()
            .into_iter()
            .zip(other.by_name())
            .filter(|(a, b)| a.1 != b.1)
            .map(|(a, b)| PortDiff {
                port: a.0,
                left: a.1,
                right: b.1,
            })
            .collect()
    }
}

impl MmuInputs {
    /// Each input by port name, as a number.
    pub fn by_name(&self) -> [(&'static str, u64); 24] {
        [
            ("reset", self.reset as u64),
            ("req_valid", self.req_valid as u64),
            ("req_va", self.req_va),
            ("req_kind", self.req_kind as u64),
            ("req_user", self.req_user as u64),
            ("cr0_wp", self.cr0_wp as u64),
            ("cr3", self.cr3),
            ("cr4_pge", self.cr4_pge as u64),
            ("cr4_pcide", self.cr4_pcide as u64),
            ("cr4_smep", self.cr4_smep as u64),
            ("cr4_smap", self.cr4_smap as u64),
            ("cr4_pke", self.cr4_pke as u64),
            ("efer_nxe", self.efer_nxe as u64),
            ("rflags_ac", self.rflags_ac as u64),
            ("pkru", self.pkru as u64),
            ("cmd_valid", self.cmd_valid as u64),
            ("cmd_op", self.cmd_op as u64),
            ("cmd_va", self.cmd_va),
            ("cmd_pcid", self.cmd_pcid as u64),
            ("cmd_noflush", self.cmd_noflush as u64),
            ("mem_req_ready", self.mem_req_ready as u64),
            ("mem_rsp_valid", self.mem_rsp_valid as u64),
            ("mem_rsp_data", self.mem_rsp_data),
            ("mem_rsp_err", self.mem_rsp_err as u64),
        ]
    }
}

/// One output port on which two engines disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortDiff {
    pub port: &'static str,
    pub left: u64,
    pub right: u64,
}

impl std::fmt::Display for PortDiff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:#x} vs {:#x}", self.port, self.left, self.right)
    }
}

/// Internal state worth watching: FSM, TLB occupancy, invalidations, the rights check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MmuProbe {
    pub walker_state: WalkState,
    pub walker_level: u8,
    pub walker_busy: bool,
    /// The walk's fill has been killed by an invalidation.
    pub walker_dead: bool,
    /// An invalidation this cycle covers the walk in flight.
    pub walker_kill: bool,
    pub walker_outstanding: bool,
    pub walker_leaf_known: bool,
    /// 0 4K, 1 2M, 2 1G (valid once `walker_leaf_known`).
    pub walker_leaf_size: u8,
    /// Bit i = entry i valid.
    pub tlb_valid: u64,
    pub tlb_victim: u8,
    pub tlb_hit: bool,
    pub tlb_hit_idx: u8,
    pub tlb_fill_en: bool,
    pub tlb_fill_idx: u8,
    /// Bit i = paging-structure-cache slot i valid.
    pub pwc_valid: u8,
    pub pwc_victim: u8,
    /// The walker's start cycle found a cached entry, of this level (3 PML4E, 2 PDPTE, 1 PDE).
    pub pwc_hit: bool,
    pub pwc_hit_level: u8,
    pub pwc_fill_en: bool,
    /// An invalidation (command or CR4 transition) is applied at this edge.
    pub inv_en: bool,
    /// A CPU request transfers at this edge.
    pub accept: bool,
    /// A command transfers at this edge.
    pub cmd_fire: bool,
    pub cr_flush_all: bool,
    pub cr_smep: bool,
    /// A TLB hit or #GP answers in this cycle.
    pub fast_rsp: bool,
    pub perm_allow: bool,
    pub perm_error_code: u8,
}

/// One TLB entry as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbEntryView {
    /// VA 47:12.
    pub vpn: u64,
    /// 0 4K, 1 2M, 2 1G.
    pub size: u8,
    pub pcid: u16,
    pub glob: bool,
    /// PA 51:12.
    pub pfn: u64,
    pub writable: bool,
    pub user: bool,
    pub xd: bool,
    pub dirty: bool,
    pub pkey: u8,
}

/// What a driver needs from an MMU of any size.
pub trait MmuPorts {
    /// Number of TLB entries.
    fn entries(&self) -> usize;
    /// Drives every input for the coming cycle (takes effect at `settle`).
    fn set_inputs(&mut self, i: &MmuInputs);
    /// Clock low, combinational logic settled.
    fn settle(&mut self);
    /// Rising edge, after `settle` and with the inputs unchanged since. It completes in the next
    /// `settle`, together with the next inputs (see [`crate::step`]): until then, or until
    /// [`MmuPorts::finish_edge`], the flops still show the cycle that ended.
    fn rise(&mut self);
    /// Completes the rising edge now, for a look at the flops right after it.
    fn finish_edge(&mut self);
    fn outputs(&self) -> MmuOutputs;
    fn probe(&self) -> MmuProbe;
    /// The TLB content, entry by entry (`None` = invalid).
    fn tlb_entries(&self) -> Vec<Option<TlbEntryView>>;
}

impl<const N: usize, const A: usize> MmuPorts for Mmu<N, A> {
    fn entries(&self) -> usize {
        N
    }

    fn set_inputs(&mut self, i: &MmuInputs) {
        self.reset.next = i.reset;
        self.req_valid.next = i.req_valid;
        self.req_va.next = i.req_va.into();
        self.req_kind.next = ((i.req_kind & 3) as u64).into();
        self.req_user.next = i.req_user;
        self.cr0_wp.next = i.cr0_wp;
        self.cr3.next = i.cr3.into();
        self.cr4_pge.next = i.cr4_pge;
        self.cr4_pcide.next = i.cr4_pcide;
        self.cr4_smep.next = i.cr4_smep;
        self.cr4_smap.next = i.cr4_smap;
        self.cr4_pke.next = i.cr4_pke;
        self.efer_nxe.next = i.efer_nxe;
        self.rflags_ac.next = i.rflags_ac;
        self.pkru.next = (i.pkru as u64).into();
        self.cmd_valid.next = i.cmd_valid;
        self.cmd_op.next = ((i.cmd_op & 7) as u64).into();
        self.cmd_va.next = i.cmd_va.into();
        self.cmd_pcid.next = ((i.cmd_pcid & 0xfff) as u64).into();
        self.cmd_noflush.next = i.cmd_noflush;
        self.mem_req_ready.next = i.mem_req_ready;
        self.mem_rsp_valid.next = i.mem_rsp_valid;
        self.mem_rsp_data.next = i.mem_rsp_data.into();
        self.mem_rsp_err.next = i.mem_rsp_err;
    }

    fn settle(&mut self) {
        self.settle_low();
    }

    fn rise(&mut self) {
        Clocked::edge(self);
    }

    fn finish_edge(&mut self) {
        Clocked::finish_edge(self);
    }

    fn outputs(&self) -> MmuOutputs {
        MmuOutputs {
            req_ready: self.req_ready.val(),
            rsp_valid: self.rsp_valid.val(),
            rsp_outcome: self.rsp_outcome.val().to_u64() as u8,
            rsp_pa: self.rsp_pa.val().to_u64(),
            rsp_error_code: self.rsp_error_code.val().to_u64() as u8,
            rsp_tlb_hit: self.rsp_tlb_hit.val(),
            cmd_ready: self.cmd_ready.val(),
            mem_req_valid: self.mem_req_valid.val(),
            mem_req_addr: self.mem_req_addr.val().to_u64(),
            mem_req_we: self.mem_req_we.val(),
            mem_req_wdata: self.mem_req_wdata.val().to_u64(),
        }
    }

    fn probe(&self) -> MmuProbe {
        let w = &self.walker;
        let t = &self.tlb;
        let mut valid = 0u64;
        for i in 0..N {
            if t.e_valid.q[i].val() {
                valid |= 1 << i;
            }
        }
        let p = &self.pwc;
        let mut pwc_valid = 0u8;
        for i in 0..crate::pwc::PWC_SLOTS {
            if p.e_valid.q[i].val() {
                pwc_valid |= 1 << i;
            }
        }
        MmuProbe {
            pwc_valid,
            pwc_victim: p.victim.q.val().to_u64() as u8,
            pwc_hit: p.hit.val(),
            pwc_hit_level: p.hit_level.val().to_u64() as u8,
            pwc_fill_en: p.fill_en.val(),
            walker_state: w.state.q.val(),
            walker_level: w.level.q.val().to_u64() as u8,
            walker_busy: w.busy.val(),
            walker_dead: w.dead.q.val(),
            walker_kill: w.kill.val(),
            walker_outstanding: w.outstanding.q.val(),
            walker_leaf_known: w.leaf_known.q.val(),
            walker_leaf_size: w.leaf_size.q.val().to_u64() as u8,
            tlb_valid: valid,
            tlb_victim: t.victim.q.val().to_u64() as u8,
            tlb_hit: t.hit.val(),
            tlb_hit_idx: t.hit_idx.val().to_u64() as u8,
            tlb_fill_en: t.fill_en.val(),
            tlb_fill_idx: t.fill_idx.val().to_u64() as u8,
            inv_en: self.inv_en.val(),
            accept: self.accept.val(),
            cmd_fire: self.cmd_fire.val(),
            cr_flush_all: self.cr_flush_all.val() && !self.reset.val(),
            cr_smep: self.cr_smep.val() && !self.reset.val(),
            fast_rsp: self.r_fast.q.val(),
            perm_allow: self.perm.allow.val(),
            perm_error_code: self.perm.error_code.val().to_u64() as u8,
        }
    }

    fn tlb_entries(&self) -> Vec<Option<TlbEntryView>> {
        let t = &self.tlb;
        (0..N)
            .map(|i| {
                t.e_valid.q[i].val().then(|| TlbEntryView {
                    vpn: (t.e_vpn_1g.q[i].val().to_u64() << 18)
                        | (t.e_vpn_2m.q[i].val().to_u64() << 9)
                        | t.e_vpn_4k.q[i].val().to_u64(),
                    size: t.e_size.q[i].val().to_u64() as u8,
                    pcid: t.e_pcid.q[i].val().to_u64() as u16,
                    glob: t.e_glob.q[i].val(),
                    pfn: t.stored_pfn(i),
                    writable: t.e_writable.q[i].val(),
                    user: t.e_user.q[i].val(),
                    xd: t.e_xd.q[i].val(),
                    dirty: t.e_dirty.q[i].val(),
                    pkey: t.e_pkey.q[i].val().to_u64() as u8,
                })
            })
            .collect()
    }
}

/// An `Mmu` of one of the supported TLB sizes, chosen at run time.
pub enum AnyMmu {
    E4(Box<Mmu<4, 2>>),
    E8(Box<Mmu<8, 3>>),
    E16(Box<Mmu<16, 4>>),
    E32(Box<Mmu<32, 5>>),
    E64(Box<Mmu<64, 6>>),
}

impl AnyMmu {
    /// The TLB sizes an `AnyMmu` can be built with.
    pub const SIZES: [usize; 5] = [4, 8, 16, 32, 64];

    /// Builds and connects an MMU with `entries` TLB entries.
    pub fn new(entries: usize, config: MmuConfig) -> Result<AnyMmu, String> {
        config.validate()?;
        fn boxed<const N: usize, const A: usize>(c: MmuConfig) -> Box<Mmu<N, A>> {
            let mut m = Box::new(Mmu::<N, A>::new(c));
            m.connect_all();
            m
        }
        Ok(match entries {
            4 => AnyMmu::E4(boxed(config)),
            8 => AnyMmu::E8(boxed(config)),
            16 => AnyMmu::E16(boxed(config)),
            32 => AnyMmu::E32(boxed(config)),
            64 => AnyMmu::E64(boxed(config)),
            n => {
                return Err(format!(
                    "the RTL is built for TLB sizes {:?}, not {n}",
                    AnyMmu::SIZES
                ))
            }
        })
    }

    /// Whether `entries` is one of [`AnyMmu::SIZES`].
    pub fn supports(entries: usize) -> bool {
        AnyMmu::SIZES.contains(&entries)
    }

    /// The exported Verilog of this MMU (module `top`).
    pub fn verilog(&self) -> String {
        match self {
            AnyMmu::E4(m) => generate_verilog(m.as_ref()),
            AnyMmu::E8(m) => generate_verilog(m.as_ref()),
            AnyMmu::E16(m) => generate_verilog(m.as_ref()),
            AnyMmu::E32(m) => generate_verilog(m.as_ref()),
            AnyMmu::E64(m) => generate_verilog(m.as_ref()),
        }
    }
}

macro_rules! dispatch {
    ($self:ident, $m:ident => $e:expr) => {
        match $self {
            AnyMmu::E4($m) => $e,
            AnyMmu::E8($m) => $e,
            AnyMmu::E16($m) => $e,
            AnyMmu::E32($m) => $e,
            AnyMmu::E64($m) => $e,
        }
    };
}

impl MmuPorts for AnyMmu {
    fn entries(&self) -> usize {
        dispatch!(self, m => m.entries())
    }
    fn set_inputs(&mut self, i: &MmuInputs) {
        dispatch!(self, m => m.set_inputs(i))
    }
    fn settle(&mut self) {
        dispatch!(self, m => MmuPorts::settle(m.as_mut()))
    }
    fn rise(&mut self) {
        dispatch!(self, m => MmuPorts::rise(m.as_mut()))
    }
    fn finish_edge(&mut self) {
        dispatch!(self, m => MmuPorts::finish_edge(m.as_mut()))
    }
    fn outputs(&self) -> MmuOutputs {
        dispatch!(self, m => m.outputs())
    }
    fn probe(&self) -> MmuProbe {
        dispatch!(self, m => m.probe())
    }
    fn tlb_entries(&self) -> Vec<Option<TlbEntryView>> {
        dispatch!(self, m => m.tlb_entries())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Rng;

    #[test]
    fn every_supported_size_builds_and_answers_a_gp() {
        for n in AnyMmu::SIZES {
            let mut m = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 46,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            assert_eq!(m.entries(), n);
            let mut i = MmuInputs {
                reset: true,
                ..MmuInputs::default()
            };
            m.set_inputs(&i);
            m.settle();
            m.rise();
            i.reset = false;
            i.req_valid = true;
            i.req_va = 0x8000_0000_0000;
            m.set_inputs(&i);
            m.settle();
            assert!(m.outputs().req_ready && m.probe().accept);
            m.rise();
            i.req_valid = false;
            m.set_inputs(&i);
            m.settle();
            let o = m.outputs();
            assert!(
                o.rsp_valid && o.rsp_outcome == 2 && !o.rsp_tlb_hit,
                "N={n}: {o:?}"
            );
            assert_eq!(m.probe().walker_state, WalkState::Idle);
            assert!(m.tlb_entries().iter().all(|e| e.is_none()));
            // rust-hdl's exporter panics on structural problems: export every size
            let fresh = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 46,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            let v = fresh.verilog();
            assert!(
                v.contains("module top(") && v.contains(&format!("e_valid$q${}", n - 1)),
                "N={n}"
            );
        }
    }

    /// Walker memory for the edge test: a page-table entry for every address (present, a small
    /// frame, random rights, PS and XD now and then), overwritten by the walker's A/D writes.
    struct AnyTables {
        written: std::collections::HashMap<u64, u64>,
        rng: Rng,
        /// Cycles left until the answer, and its data.
        pending: Option<(u64, u64)>,
        ready: bool,
        answer: Option<u64>,
    }

    impl AnyTables {
        fn entry(addr: u64) -> u64 {
            let h = Rng(addr).next_u64();
            let mut e = (((h & 0x3f) + 1) << 12) | 1 | ((h >> 8) & 0x166);
            if (h >> 20) & 3 == 0 {
                e |= 0x80;
            }
            if (h >> 24) & 7 == 0 {
                e |= 1 << 63;
            }
            e
        }
        fn drive(&mut self) -> (bool, bool, u64) {
            self.ready = self.rng.chance(3, 4);
            self.answer = match self.pending {
                Some((0, data)) => Some(data),
                _ => None,
            };
            (self.ready, self.answer.is_some(), self.answer.unwrap_or(0))
        }
        fn edge(&mut self, o: &MmuOutputs) {
            if self.answer.is_some() {
                self.pending = None;
            }
            if let Some((n, d)) = self.pending {
                self.pending = Some((n - 1, d));
            }
            if o.mem_req_valid && self.ready {
                assert!(
                    self.pending.is_none(),
                    "a second memory request while one is owed"
                );
                let data = if o.mem_req_we {
                    self.written.insert(o.mem_req_addr, o.mem_req_wdata);
                    0
                } else {
                    let a = o.mem_req_addr;
                    self.written
                        .get(&a)
                        .copied()
                        .unwrap_or_else(|| Self::entry(a))
                };
                self.pending = Some((self.rng.below(3), data));
            }
        }
    }

    /// `MmuPorts::rise` starts the edge and the next `settle` completes it with the new inputs;
    /// `Clocked::rise` settles the edge on its own first. Both must give the same outputs, the
    /// same internal state and the same TLB in every cycle, and `finish_edge` the same flops as
    /// a full rise.
    #[test]
    fn fast_edge_matches_a_full_rise_every_cycle() {
        for seed in 1..=3u64 {
            let config = MmuConfig {
                paddr_bits: 40,
                ..MmuConfig::default()
            };
            let mut fast = Box::new(Mmu::<8, 3>::new(config));
            let mut full = Box::new(Mmu::<8, 3>::new(config));
            fast.connect_all();
            full.connect_all();
            let mut rng = Rng(seed);
            let mut mem = AnyTables {
                written: Default::default(),
                rng: Rng(seed ^ 0x55),
                pending: None,
                ready: false,
                answer: None,
            };
            let pages: Vec<u64> = (0..12)
                .map(|_| rng.next_u64() & 0x0000_7f03_0060_3000)
                .collect();
            let mut i = MmuInputs {
                cr3: 0x1000,
                ..MmuInputs::default()
            };
            let (mut fills, mut hits) = (0, 0);
            for cycle in 0..6_000u64 {
                i.reset = cycle < 2 || rng.chance(1, 700);
                if !i.req_valid || rng.chance(1, 4) {
                    i.req_valid = rng.chance(2, 3);
                    i.req_va = pages[rng.below(12) as usize] | (rng.next_u64() & 0xff8);
                    if rng.chance(1, 40) {
                        i.req_va |= 1 << 50;
                    }
                    i.req_kind = rng.below(4) as u8;
                    i.req_user = rng.chance(1, 2);
                }
                i.cmd_valid = rng.chance(1, 80);
                i.cmd_op = rng.below(8) as u8;
                i.cmd_va = pages[rng.below(12) as usize];
                i.cmd_pcid = rng.below(4) as u16;
                i.cmd_noflush = rng.chance(1, 2);
                if rng.chance(1, 60) {
                    let r = rng.next_u64();
                    i.cr0_wp = r & 1 != 0;
                    i.cr4_pge = r & 2 != 0;
                    i.cr4_pcide = r & 4 != 0;
                    i.cr4_smep = r & 8 != 0;
                    i.cr4_smap = r & 16 != 0;
                    i.cr4_pke = r & 32 != 0;
                    i.efer_nxe = r & 64 != 0;
                    i.rflags_ac = r & 128 != 0;
                    i.pkru = (r >> 32) as u32;
                    i.cr3 = 0x1000 | ((r >> 8) & 3);
                }
                (i.mem_req_ready, i.mem_rsp_valid, i.mem_rsp_data) = mem.drive();

                fast.set_inputs(&i);
                MmuPorts::settle(fast.as_mut());
                full.set_inputs(&i);
                full.settle_low();
                let o = fast.outputs();
                assert_eq!(o, full.outputs(), "seed {seed} cycle {cycle}: outputs");
                assert_eq!(
                    fast.probe(),
                    full.probe(),
                    "seed {seed} cycle {cycle}: probe"
                );
                assert_eq!(
                    fast.tlb_entries(),
                    full.tlb_entries(),
                    "seed {seed} cycle {cycle}"
                );
                fills += full.probe().tlb_fill_en as u32;
                hits += o.rsp_tlb_hit as u32;
                mem.edge(&o);
                MmuPorts::rise(fast.as_mut());
                Clocked::rise(full.as_mut());
                if rng.chance(1, 10) {
                    MmuPorts::finish_edge(fast.as_mut());
                    assert_eq!(
                        fast.probe(),
                        full.probe(),
                        "seed {seed} cycle {cycle}: edge"
                    );
                    assert_eq!(fast.tlb_entries(), full.tlb_entries());
                }
            }
            assert!(
                fills >= 10 && hits >= 10,
                "seed {seed}: too little TLB traffic ({fills} fills, {hits} hits)"
            );
        }
    }

    #[test]
    fn unsupported_sizes_and_configs_are_rejected_with_a_reason() {
        let e = AnyMmu::new(
            12,
            MmuConfig {
                paddr_bits: 40,
                ..MmuConfig::default()
            },
        )
        .err()
        .unwrap();
        assert!(e.contains("[4, 8, 16, 32, 64]") && e.contains("12"), "{e}");
        let e = AnyMmu::new(
            16,
            MmuConfig {
                paddr_bits: 53,
                ..MmuConfig::default()
            },
        )
        .err()
        .unwrap();
        assert!(e.contains("paddr_bits") && e.contains("53"), "{e}");
        assert!(AnyMmu::supports(64) && !AnyMmu::supports(128));
    }

    #[test]
    #[should_panic(expected = "MmuConfig.paddr_bits (MAXPHYADDR) must be in 32..=52, got 31")]
    fn mmu_new_panics_on_a_bad_config() {
        let _ = Mmu::<4, 2>::new(MmuConfig {
            paddr_bits: 31,
            ..MmuConfig::default()
        });
    }
}

#[cfg(test)]
mod speed {
    use super::*;
    use std::time::Instant;

    /// Cycles per second of `Mmu<16, 4>` driven through `MmuPorts` (release build): a stream of
    /// TLB hits and a stream of walks. Run with `--ignored --nocapture`.
    #[test]
    #[ignore = "measurement, not a check"]
    fn measure_simulation_speed() {
        for n in [16usize, 64] {
            let mut m = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 40,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            let mut i = MmuInputs {
                reset: true,
                cr3: 0x1000,
                ..MmuInputs::default()
            };
            m.set_inputs(&i);
            m.settle();
            m.rise();
            i.reset = false;
            // one PML4E/PDPTE/PDE chain and a present PTE for every page: the memory answers
            // every read with a present, accessed, dirty, writable entry pointing at 0x2000.
            let mut pending: Option<u64> = None;
            let mut cycles = 0u64;
            let t0 = Instant::now();
            let mut k = 0u64;
            while cycles < 200_000 {
                i.req_valid = true;
                // walks while k < 100_000 cycles (a new page every access), then hits on 8 pages
                i.req_va = if cycles < 100_000 {
                    (k % 4096) << 12
                } else {
                    (k % 8) << 12
                };
                i.mem_req_ready = true;
                i.mem_rsp_valid = pending.is_some();
                i.mem_rsp_data = pending.take().unwrap_or(0);
                m.set_inputs(&i);
                m.settle();
                let o = m.outputs();
                if o.mem_req_valid {
                    pending = Some(0x2000 | 0x63);
                }
                if o.req_ready {
                    k += 1;
                }
                m.rise();
                cycles += 1;
            }
            let dt = t0.elapsed().as_secs_f64();
            println!(
                "Mmu<{n}>: {cycles} cycles in {dt:.2} s = {:.0} cycles/s",
                cycles as f64 / dt
            );
        }
    }
}
