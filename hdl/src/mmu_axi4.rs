//! `MmuAxi4`: the MMU (`Mmu`) with its walker's memory port carried over AXI4 by an `Axi4Bridge`.
//!
//! Every port of `Mmu` except `mem_*` is here, unchanged (README.md, "The `mmu` module"), and the `m_axi_*` master
//! of `crate::axi4` (its module documentation: names, attributes, exclusive compare-and-set, latency) takes the
//! place of the memory port. The bridge takes one walker request at a time: with a slave that is always ready and
//! answers in the next cycle, each entry read costs 3 cycles and each A/D write 5. Measured from the data port's
//! transfer to its answer (sim/tests/bus_tops.rs, seed 0): a cold 4K walk (four reads, four A writes) 41 cycles; a
//! write whose PDE is in the paging-structure cache (one read, one A|D write) 14; an L1 hit 1.
//! Exported as the Verilog top `mmu_axi4` (`mmu-rtl export --bus axi4`).

use crate::axi4::{Axi4Bridge, ID_BITS};
use crate::mmu::Mmu;
use mmu_arch::{CmdOp, Config, OutcomeCode};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct MmuAxi4<
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
    // AXI4 master
    pub m_axi_arid: Signal<Out, Bits<ID_BITS>>,
    pub m_axi_araddr: Signal<Out, Bits<52>>,
    pub m_axi_arlen: Signal<Out, Bits<8>>,
    pub m_axi_arsize: Signal<Out, Bits<3>>,
    pub m_axi_arburst: Signal<Out, Bits<2>>,
    pub m_axi_arlock: Signal<Out, Bit>,
    pub m_axi_arcache: Signal<Out, Bits<4>>,
    pub m_axi_arprot: Signal<Out, Bits<3>>,
    pub m_axi_arvalid: Signal<Out, Bit>,
    pub m_axi_arready: Signal<In, Bit>,
    pub m_axi_rid: Signal<In, Bits<ID_BITS>>,
    pub m_axi_rdata: Signal<In, Bits<64>>,
    pub m_axi_rresp: Signal<In, Bits<2>>,
    pub m_axi_rlast: Signal<In, Bit>,
    pub m_axi_rvalid: Signal<In, Bit>,
    pub m_axi_rready: Signal<Out, Bit>,
    pub m_axi_awid: Signal<Out, Bits<ID_BITS>>,
    pub m_axi_awaddr: Signal<Out, Bits<52>>,
    pub m_axi_awlen: Signal<Out, Bits<8>>,
    pub m_axi_awsize: Signal<Out, Bits<3>>,
    pub m_axi_awburst: Signal<Out, Bits<2>>,
    pub m_axi_awlock: Signal<Out, Bit>,
    pub m_axi_awcache: Signal<Out, Bits<4>>,
    pub m_axi_awprot: Signal<Out, Bits<3>>,
    pub m_axi_awvalid: Signal<Out, Bit>,
    pub m_axi_awready: Signal<In, Bit>,
    pub m_axi_wdata: Signal<Out, Bits<64>>,
    pub m_axi_wstrb: Signal<Out, Bits<8>>,
    pub m_axi_wlast: Signal<Out, Bit>,
    pub m_axi_wvalid: Signal<Out, Bit>,
    pub m_axi_wready: Signal<In, Bit>,
    pub m_axi_bid: Signal<In, Bits<ID_BITS>>,
    pub m_axi_bresp: Signal<In, Bits<2>>,
    pub m_axi_bvalid: Signal<In, Bit>,
    pub m_axi_bready: Signal<Out, Bit>,
    mmu: Mmu<N, A, NI, AI, LS>,
    bridge: Axi4Bridge,
}

impl<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize>
    MmuAxi4<N, A, NI, AI, LS>
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
            m_axi_arid: Default::default(),
            m_axi_araddr: Default::default(),
            m_axi_arlen: Default::default(),
            m_axi_arsize: Default::default(),
            m_axi_arburst: Default::default(),
            m_axi_arlock: Default::default(),
            m_axi_arcache: Default::default(),
            m_axi_arprot: Default::default(),
            m_axi_arvalid: Default::default(),
            m_axi_arready: Default::default(),
            m_axi_rid: Default::default(),
            m_axi_rdata: Default::default(),
            m_axi_rresp: Default::default(),
            m_axi_rlast: Default::default(),
            m_axi_rvalid: Default::default(),
            m_axi_rready: Default::default(),
            m_axi_awid: Default::default(),
            m_axi_awaddr: Default::default(),
            m_axi_awlen: Default::default(),
            m_axi_awsize: Default::default(),
            m_axi_awburst: Default::default(),
            m_axi_awlock: Default::default(),
            m_axi_awcache: Default::default(),
            m_axi_awprot: Default::default(),
            m_axi_awvalid: Default::default(),
            m_axi_awready: Default::default(),
            m_axi_wdata: Default::default(),
            m_axi_wstrb: Default::default(),
            m_axi_wlast: Default::default(),
            m_axi_wvalid: Default::default(),
            m_axi_wready: Default::default(),
            m_axi_bid: Default::default(),
            m_axi_bresp: Default::default(),
            m_axi_bvalid: Default::default(),
            m_axi_bready: Default::default(),
            mmu: Mmu::new(config),
            bridge: Axi4Bridge::default(),
        }
    }
}

impl<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize> Logic
    for MmuAxi4<N, A, NI, AI, LS>
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
        // The AXI4 master.
        self.m_axi_arid.next = self.bridge.m_axi_arid.val();
        self.m_axi_araddr.next = self.bridge.m_axi_araddr.val();
        self.m_axi_arlen.next = self.bridge.m_axi_arlen.val();
        self.m_axi_arsize.next = self.bridge.m_axi_arsize.val();
        self.m_axi_arburst.next = self.bridge.m_axi_arburst.val();
        self.m_axi_arlock.next = self.bridge.m_axi_arlock.val();
        self.m_axi_arcache.next = self.bridge.m_axi_arcache.val();
        self.m_axi_arprot.next = self.bridge.m_axi_arprot.val();
        self.m_axi_arvalid.next = self.bridge.m_axi_arvalid.val();
        self.bridge.m_axi_arready.next = self.m_axi_arready.val();
        self.bridge.m_axi_rid.next = self.m_axi_rid.val();
        self.bridge.m_axi_rdata.next = self.m_axi_rdata.val();
        self.bridge.m_axi_rresp.next = self.m_axi_rresp.val();
        self.bridge.m_axi_rlast.next = self.m_axi_rlast.val();
        self.bridge.m_axi_rvalid.next = self.m_axi_rvalid.val();
        self.m_axi_rready.next = self.bridge.m_axi_rready.val();
        self.m_axi_awid.next = self.bridge.m_axi_awid.val();
        self.m_axi_awaddr.next = self.bridge.m_axi_awaddr.val();
        self.m_axi_awlen.next = self.bridge.m_axi_awlen.val();
        self.m_axi_awsize.next = self.bridge.m_axi_awsize.val();
        self.m_axi_awburst.next = self.bridge.m_axi_awburst.val();
        self.m_axi_awlock.next = self.bridge.m_axi_awlock.val();
        self.m_axi_awcache.next = self.bridge.m_axi_awcache.val();
        self.m_axi_awprot.next = self.bridge.m_axi_awprot.val();
        self.m_axi_awvalid.next = self.bridge.m_axi_awvalid.val();
        self.bridge.m_axi_awready.next = self.m_axi_awready.val();
        self.m_axi_wdata.next = self.bridge.m_axi_wdata.val();
        self.m_axi_wstrb.next = self.bridge.m_axi_wstrb.val();
        self.m_axi_wlast.next = self.bridge.m_axi_wlast.val();
        self.m_axi_wvalid.next = self.bridge.m_axi_wvalid.val();
        self.bridge.m_axi_wready.next = self.m_axi_wready.val();
        self.bridge.m_axi_bid.next = self.m_axi_bid.val();
        self.bridge.m_axi_bresp.next = self.m_axi_bresp.val();
        self.bridge.m_axi_bvalid.next = self.m_axi_bvalid.val();
        self.m_axi_bready.next = self.bridge.m_axi_bready.val();
    }
}
