//! `MmuWb`: the MMU (`Mmu`) with its walker's memory port carried over Wishbone B4 pipelined by a `WbBridge`.
//!
//! Every port of `Mmu` except `mem_*` is here, unchanged (README.md, "The `mmu` module"), and the `wb_*` master of
//! `crate::wishbone` (its module documentation: word addressing, the CYC lock of a compare-and-set, latency) takes
//! the place of the memory port. The bridge takes one walker request at a time: with a slave that never stalls
//! and acknowledges in the next cycle, each entry read costs 3 cycles and each A/D write 5. Measured from the data
//! port's transfer to its answer (sim/tests/bus_tops.rs, seed 0): a cold 4K walk (four reads, four A writes) 41
//! cycles; a write whose PDE is in the paging-structure cache (one read, one A|D write) 14; an L1 hit 1.
//! Exported as the Verilog top `mmu_wb` (`mmu-rtl export --bus wb`).

use crate::mmu::Mmu;
use crate::wishbone::WbBridge;
use mmu_arch::{CmdOp, Config, OutcomeCode};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct MmuWb<
    const N: usize,
    const A: usize,
    const NI: usize,
    const AI: usize,
    const LS: usize = 7,
> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub fetch_req_valid: Signal<In, Bit>,
    pub fetch_req_ready: Signal<Out, Bit>,
    pub fetch_req_va: Signal<In, Bits<64>>,
    pub fetch_req_user: Signal<In, Bit>,
    pub fetch_rsp_valid: Signal<Out, Bit>,
    pub fetch_rsp_outcome: Signal<Out, OutcomeCode>,
    pub fetch_rsp_pa: Signal<Out, Bits<52>>,
    pub fetch_rsp_error_code: Signal<Out, Bits<6>>,
    pub fetch_rsp_tlb_hit: Signal<Out, Bit>,
    pub fetch_rsp_l2_hit: Signal<Out, Bit>,
    pub data_req_valid: Signal<In, Bit>,
    pub data_req_ready: Signal<Out, Bit>,
    pub data_req_va: Signal<In, Bits<64>>,
    pub data_req_write: Signal<In, Bit>,
    pub data_req_user: Signal<In, Bit>,
    pub data_rsp_valid: Signal<Out, Bit>,
    pub data_rsp_outcome: Signal<Out, OutcomeCode>,
    pub data_rsp_pa: Signal<Out, Bits<52>>,
    pub data_rsp_error_code: Signal<Out, Bits<6>>,
    pub data_rsp_tlb_hit: Signal<Out, Bit>,
    pub data_rsp_l2_hit: Signal<Out, Bit>,
    pub cr0_wp: Signal<In, Bit>,
    pub cr3: Signal<In, Bits<64>>,
    pub cr4_pge: Signal<In, Bit>,
    pub cr4_pcide: Signal<In, Bit>,
    pub cr4_smep: Signal<In, Bit>,
    pub cr4_smap: Signal<In, Bit>,
    pub cr4_pke: Signal<In, Bit>,
    pub efer_nxe: Signal<In, Bit>,
    pub rflags_ac: Signal<In, Bit>,
    pub pkru: Signal<In, Bits<32>>,
    pub cmd_valid: Signal<In, Bit>,
    pub cmd_ready: Signal<Out, Bit>,
    pub cmd_op: Signal<In, CmdOp>,
    pub cmd_va: Signal<In, Bits<64>>,
    pub cmd_pcid: Signal<In, Bits<12>>,
    pub cmd_noflush: Signal<In, Bit>,
    // Wishbone master
    pub wb_cyc: Signal<Out, Bit>,
    pub wb_stb: Signal<Out, Bit>,
    pub wb_we: Signal<Out, Bit>,
    pub wb_adr: Signal<Out, Bits<49>>,
    pub wb_dat_w: Signal<Out, Bits<64>>,
    pub wb_sel: Signal<Out, Bits<8>>,
    pub wb_stall: Signal<In, Bit>,
    pub wb_ack: Signal<In, Bit>,
    pub wb_err: Signal<In, Bit>,
    pub wb_dat_r: Signal<In, Bits<64>>,
    mmu: Mmu<N, A, NI, AI, LS>,
    bridge: WbBridge,
}

impl<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize>
    MmuWb<N, A, NI, AI, LS>
{
    /// The MMU `config` describes, behind the bridge; panics as `Mmu::new` does on a configuration the RTL cannot be built as.
    pub fn new(config: &Config) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            fetch_req_valid: Default::default(),
            fetch_req_ready: Default::default(),
            fetch_req_va: Default::default(),
            fetch_req_user: Default::default(),
            fetch_rsp_valid: Default::default(),
            fetch_rsp_outcome: Default::default(),
            fetch_rsp_pa: Default::default(),
            fetch_rsp_error_code: Default::default(),
            fetch_rsp_tlb_hit: Default::default(),
            fetch_rsp_l2_hit: Default::default(),
            data_req_valid: Default::default(),
            data_req_ready: Default::default(),
            data_req_va: Default::default(),
            data_req_write: Default::default(),
            data_req_user: Default::default(),
            data_rsp_valid: Default::default(),
            data_rsp_outcome: Default::default(),
            data_rsp_pa: Default::default(),
            data_rsp_error_code: Default::default(),
            data_rsp_tlb_hit: Default::default(),
            data_rsp_l2_hit: Default::default(),
            cr0_wp: Default::default(),
            cr3: Default::default(),
            cr4_pge: Default::default(),
            cr4_pcide: Default::default(),
            cr4_smep: Default::default(),
            cr4_smap: Default::default(),
            cr4_pke: Default::default(),
            efer_nxe: Default::default(),
            rflags_ac: Default::default(),
            pkru: Default::default(),
            cmd_valid: Default::default(),
            cmd_ready: Default::default(),
            cmd_op: Default::default(),
            cmd_va: Default::default(),
            cmd_pcid: Default::default(),
            cmd_noflush: Default::default(),
            wb_cyc: Default::default(),
            wb_stb: Default::default(),
            wb_we: Default::default(),
            wb_adr: Default::default(),
            wb_dat_w: Default::default(),
            wb_sel: Default::default(),
            wb_stall: Default::default(),
            wb_ack: Default::default(),
            wb_err: Default::default(),
            wb_dat_r: Default::default(),
            mmu: Mmu::new(config),
            bridge: WbBridge::default(),
        }
    }
}

impl<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize> Logic
    for MmuWb<N, A, NI, AI, LS>
{
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, mmu, bridge);
        // The MMU's ports pass through; the bridge shares its reset (the memory port is in the reset domain).
        self.mmu.reset.next = self.reset.val();
        self.mmu.fetch_req_valid.next = self.fetch_req_valid.val();
        self.fetch_req_ready.next = self.mmu.fetch_req_ready.val();
        self.mmu.fetch_req_va.next = self.fetch_req_va.val();
        self.mmu.fetch_req_user.next = self.fetch_req_user.val();
        self.fetch_rsp_valid.next = self.mmu.fetch_rsp_valid.val();
        self.fetch_rsp_outcome.next = self.mmu.fetch_rsp_outcome.val();
        self.fetch_rsp_pa.next = self.mmu.fetch_rsp_pa.val();
        self.fetch_rsp_error_code.next = self.mmu.fetch_rsp_error_code.val();
        self.fetch_rsp_tlb_hit.next = self.mmu.fetch_rsp_tlb_hit.val();
        self.fetch_rsp_l2_hit.next = self.mmu.fetch_rsp_l2_hit.val();
        self.mmu.data_req_valid.next = self.data_req_valid.val();
        self.data_req_ready.next = self.mmu.data_req_ready.val();
        self.mmu.data_req_va.next = self.data_req_va.val();
        self.mmu.data_req_write.next = self.data_req_write.val();
        self.mmu.data_req_user.next = self.data_req_user.val();
        self.data_rsp_valid.next = self.mmu.data_rsp_valid.val();
        self.data_rsp_outcome.next = self.mmu.data_rsp_outcome.val();
        self.data_rsp_pa.next = self.mmu.data_rsp_pa.val();
        self.data_rsp_error_code.next = self.mmu.data_rsp_error_code.val();
        self.data_rsp_tlb_hit.next = self.mmu.data_rsp_tlb_hit.val();
        self.data_rsp_l2_hit.next = self.mmu.data_rsp_l2_hit.val();
        self.mmu.cr0_wp.next = self.cr0_wp.val();
        self.mmu.cr3.next = self.cr3.val();
        self.mmu.cr4_pge.next = self.cr4_pge.val();
        self.mmu.cr4_pcide.next = self.cr4_pcide.val();
        self.mmu.cr4_smep.next = self.cr4_smep.val();
        self.mmu.cr4_smap.next = self.cr4_smap.val();
        self.mmu.cr4_pke.next = self.cr4_pke.val();
        self.mmu.efer_nxe.next = self.efer_nxe.val();
        self.mmu.rflags_ac.next = self.rflags_ac.val();
        self.mmu.pkru.next = self.pkru.val();
        self.mmu.cmd_valid.next = self.cmd_valid.val();
        self.cmd_ready.next = self.mmu.cmd_ready.val();
        self.mmu.cmd_op.next = self.cmd_op.val();
        self.mmu.cmd_va.next = self.cmd_va.val();
        self.mmu.cmd_pcid.next = self.cmd_pcid.val();
        self.mmu.cmd_noflush.next = self.cmd_noflush.val();
        self.bridge.reset.next = self.reset.val();
        // The walker's memory port, answered by the bridge.
        self.bridge.mem_req_valid.next = self.mmu.mem_req_valid.val();
        self.mmu.mem_req_ready.next = self.bridge.mem_req_ready.val();
        self.bridge.mem_req_addr.next = self.mmu.mem_req_addr.val();
        self.bridge.mem_req_we.next = self.mmu.mem_req_we.val();
        self.bridge.mem_req_wdata.next = self.mmu.mem_req_wdata.val();
        self.bridge.mem_req_expect.next = self.mmu.mem_req_expect.val();
        self.mmu.mem_rsp_valid.next = self.bridge.mem_rsp_valid.val();
        self.mmu.mem_rsp_data.next = self.bridge.mem_rsp_data.val();
        self.mmu.mem_rsp_err.next = self.bridge.mem_rsp_err.val();
        self.mmu.mem_rsp_stale.next = self.bridge.mem_rsp_stale.val();
        // The Wishbone master.
        self.wb_cyc.next = self.bridge.wb_cyc.val();
        self.wb_stb.next = self.bridge.wb_stb.val();
        self.wb_we.next = self.bridge.wb_we.val();
        self.wb_adr.next = self.bridge.wb_adr.val();
        self.wb_dat_w.next = self.bridge.wb_dat_w.val();
        self.wb_sel.next = self.bridge.wb_sel.val();
        self.bridge.wb_stall.next = self.wb_stall.val();
        self.bridge.wb_ack.next = self.wb_ack.val();
        self.bridge.wb_err.next = self.wb_err.val();
        self.bridge.wb_dat_r.next = self.wb_dat_r.val();
    }
}
