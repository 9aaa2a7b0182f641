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
}

/// Every output port, as plain values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MmuOutputs {
    pub req_ready: bool,
    pub rsp_valid: bool,
    /// 0 ok, 1 #PF, 2 #GP.
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
    /// Rising edge.
    fn rise(&mut self);
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
    }

    fn settle(&mut self) {
        self.settle_low();
    }

    fn rise(&mut self) {
        Clocked::rise(self);
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
            if t.e_valid[i].q.val() {
                valid |= 1 << i;
            }
        }
        MmuProbe {
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
                t.e_valid[i].q.val().then(|| TlbEntryView {
                    vpn: (t.e_vpn_1g[i].q.val().to_u64() << 18)
                        | (t.e_vpn_2m[i].q.val().to_u64() << 9)
                        | t.e_vpn_4k[i].q.val().to_u64(),
                    size: t.e_size[i].q.val().to_u64() as u8,
                    pcid: t.e_pcid[i].q.val().to_u64() as u16,
                    glob: t.e_glob[i].q.val(),
                    pfn: t.e_pfn[i].q.val().to_u64(),
                    writable: t.e_writable[i].q.val(),
                    user: t.e_user[i].q.val(),
                    xd: t.e_xd[i].q.val(),
                    dirty: t.e_dirty[i].q.val(),
                    pkey: t.e_pkey[i].q.val().to_u64() as u8,
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

    #[test]
    fn every_supported_size_builds_and_answers_a_gp() {
        for n in AnyMmu::SIZES {
            let mut m = AnyMmu::new(n, MmuConfig { paddr_bits: 46 }).unwrap();
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
            let fresh = AnyMmu::new(n, MmuConfig { paddr_bits: 46 }).unwrap();
            let v = fresh.verilog();
            assert!(
                v.contains("module top(") && v.contains(&format!("e_valid${}$q", n - 1)),
                "N={n}"
            );
        }
    }

    #[test]
    fn unsupported_sizes_and_configs_are_rejected_with_a_reason() {
        let e = AnyMmu::new(12, MmuConfig { paddr_bits: 40 }).err().unwrap();
        assert!(e.contains("[4, 8, 16, 32, 64]") && e.contains("12"), "{e}");
        let e = AnyMmu::new(16, MmuConfig { paddr_bits: 53 }).err().unwrap();
        assert!(e.contains("paddr_bits") && e.contains("53"), "{e}");
        assert!(AnyMmu::supports(64) && !AnyMmu::supports(128));
    }

    #[test]
    #[should_panic(expected = "MmuConfig.paddr_bits (MAXPHYADDR) must be in 32..=52, got 31")]
    fn mmu_new_panics_on_a_bad_config() {
        let _ = Mmu::<4, 2>::new(MmuConfig { paddr_bits: 31 });
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
            let mut m = AnyMmu::new(n, MmuConfig { paddr_bits: 40 }).unwrap();
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
