//! `Axi4Bridge`: the walker's memory port (`mem_*`, the bridge being the memory) carried over an AXI4 master
//! (`m_axi_*`), each write an exclusive read-compare-write pair so that A/D updates stay atomic.
//!
//! One native request at a time, one AXI transaction at a time: `mem_req_ready` is high only while the bridge is
//! idle, so the walker's posted writes wait in the walker (back-pressure is part of the native contract), and the
//! answers come in request order because there is only ever one request in the bridge.
//!
//! - read: AR (`arlock` 0), R. RRESP OKAY or EXOKAY -> `mem_rsp_data`; SLVERR/DECERR -> `mem_rsp_err`.
//! - write (compare-and-set against `mem_req_expect`): exclusive read (AR with `arlock` 1), then
//!   - RRESP SLVERR/DECERR -> `mem_rsp_err`, nothing written;
//!   - RRESP OKAY: the slave has no exclusive monitor, the update cannot be made atomic -> `mem_rsp_err`, nothing
//!     written (a bus error: attach the page tables to a slave with exclusive support, or to a plain port);
//!   - RRESP EXOKAY and RDATA != expect -> `mem_rsp_stale`, nothing written;
//!   - RRESP EXOKAY and RDATA == expect -> exclusive write (AW with `awlock` 1, W with all strobes) of `wdata`;
//!     BRESP EXOKAY -> answered plainly; BRESP OKAY (the reservation was lost: another agent wrote the word) ->
//!     again from the exclusive read; SLVERR/DECERR -> `mem_rsp_err`.
//!
//! Ports: `clock`, `reset` (synchronous, active high; the AXI slave must be in the same reset domain: a transaction
//! in flight at reset is abandoned without waiting for its response). Native side as on `Mmu`: `mem_req_valid`,
//! `mem_req_ready`, `mem_req_addr` (52), `mem_req_we`, `mem_req_wdata` (64), `mem_req_expect` (64), `mem_rsp_valid`,
//! `mem_rsp_data` (64), `mem_rsp_err`, `mem_rsp_stale`. AXI4 master, named as cocotbext-axi's
//! `AxiBus.from_prefix(dut, "m_axi")` binds them: `m_axi_{arid, araddr, arlen, arsize, arburst, arlock, arcache,
//! arprot, arvalid, arready}`, `m_axi_{rid, rdata, rresp, rlast, rvalid, rready}`, `m_axi_{awid, awaddr, awlen,
//! awsize, awburst, awlock, awcache, awprot, awvalid, awready}`, `m_axi_{wdata, wstrb, wlast, wvalid, wready}`,
//! `m_axi_{bid, bresp, bvalid, bready}`. Addresses 52 bits (the physical address), data 64, IDs 4 bits and always 0
//! (`rid`, `bid` and `rlast` are not looked at: one transaction of one beat is in flight). Every transaction is one
//! beat: LEN 0, SIZE 3 (8 bytes), BURST INCR, CACHE 0011 (normal, non-cacheable, bufferable: the exclusive pair
//! must reach the memory's monitor, not a private cache), PROT 001 (privileged, secure, data: a page walk is a
//! privileged data access). AW and W are offered in the same cycle and each held until taken. Every AXI output is
//! a flop or a constant; `arvalid`/`awvalid`/`wvalid` are low in reset.
//!
//! Latency, counted from the edge that takes the native request to the cycle of `mem_rsp_valid`, with a slave that
//! is always ready and answers R/B in the cycle after AR/AW+W: a read 3 cycles; a write 5 (exclusive read, compare,
//! exclusive write); a write answered stale or failed on the read 3; each lost reservation adds 4. Every cycle an
//! AXI channel waits for ready or response adds one. The next request is taken in the answer's cycle.
//!
//! ```text
//!   clock          _/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_
//!   mem_req_valid  _/‾‾‾\_______________________      a write (compare-and-set), taken at edge 1
//!   state          Idle|ArS|RWt|AwS|BWt|Idle
//!   m_axi_arvalid  _____/‾‾‾\___________________      arlock 1
//!   m_axi_rvalid   _________/‾‾‾\_______________      EXOKAY, rdata == expect
//!   m_axi_awvalid  _____________/‾‾‾\___________      awlock 1, wvalid with it
//!   m_axi_bvalid   _________________/‾‾‾\_______      EXOKAY
//!   mem_rsp_valid  _____________________/‾‾‾\___      5 cycles after the transfer
//! ```

use rust_hdl::prelude::*;

/// xRESP encodings (AMBA AXI, A3.4.4).
pub const RESP_OKAY: u64 = 0;
pub const RESP_EXOKAY: u64 = 1;
pub const RESP_SLVERR: u64 = 2;
pub const RESP_DECERR: u64 = 3;
/// AxSIZE of one 8-byte beat.
pub const SIZE_8_BYTES: u64 = 3;
/// AxBURST INCR (one beat: the burst type does not matter, INCR is what every slave supports).
pub const BURST_INCR: u64 = 1;
/// AxCACHE: normal non-cacheable bufferable.
pub const CACHE_NORMAL_NC: u64 = 0b0011;
/// AxPROT: privileged, secure, data.
pub const PROT_PRIV_DATA: u64 = 0b001;
/// AXI ID width; every transaction uses ID 0.
pub const ID_BITS: usize = 4;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum AxiState {
    /// Nothing in flight: the native request is taken here.
    Idle,
    /// AR offered (exclusive for a write).
    ArSend,
    /// Waiting for R.
    RWait,
    /// AW and W offered, each until taken.
    AwSend,
    /// Waiting for B.
    BWait,
}

#[derive(LogicBlock)]
pub struct Axi4Bridge {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // native port (the bridge answers)
    pub mem_req_valid: Signal<In, Bit>,
    pub mem_req_ready: Signal<Out, Bit>,
    pub mem_req_addr: Signal<In, Bits<52>>,
    pub mem_req_we: Signal<In, Bit>,
    pub mem_req_wdata: Signal<In, Bits<64>>,
    pub mem_req_expect: Signal<In, Bits<64>>,
    pub mem_rsp_valid: Signal<Out, Bit>,
    pub mem_rsp_data: Signal<Out, Bits<64>>,
    pub mem_rsp_err: Signal<Out, Bit>,
    pub mem_rsp_stale: Signal<Out, Bit>,
    // AXI4 read address
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
    // read data
    pub m_axi_rid: Signal<In, Bits<ID_BITS>>,
    pub m_axi_rdata: Signal<In, Bits<64>>,
    pub m_axi_rresp: Signal<In, Bits<2>>,
    pub m_axi_rlast: Signal<In, Bit>,
    pub m_axi_rvalid: Signal<In, Bit>,
    pub m_axi_rready: Signal<Out, Bit>,
    // write address
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
    // write data
    pub m_axi_wdata: Signal<Out, Bits<64>>,
    pub m_axi_wstrb: Signal<Out, Bits<8>>,
    pub m_axi_wlast: Signal<Out, Bit>,
    pub m_axi_wvalid: Signal<Out, Bit>,
    pub m_axi_wready: Signal<In, Bit>,
    // write response
    pub m_axi_bid: Signal<In, Bits<ID_BITS>>,
    pub m_axi_bresp: Signal<In, Bits<2>>,
    pub m_axi_bvalid: Signal<In, Bit>,
    pub m_axi_bready: Signal<Out, Bit>,
    // state
    state: DFF<AxiState>,
    /// The request in the bridge.
    addr: DFF<Bits<52>>,
    we: DFF<Bit>,
    wdata: DFF<Bits<64>>,
    expect: DFF<Bits<64>>,
    /// AW (W) of the current exclusive write has been taken.
    aw_done: DFF<Bit>,
    w_done: DFF<Bit>,
    /// The answer, shown for one cycle.
    rsp_valid: DFF<Bit>,
    rsp_data: DFF<Bits<64>>,
    rsp_err: DFF<Bit>,
    rsp_stale: DFF<Bit>,
    // combinational terms
    take: Signal<Local, Bit>,
    r_fail: Signal<Local, Bit>,
    b_fail: Signal<Local, Bit>,
    aw_taken: Signal<Local, Bit>,
    w_taken: Signal<Local, Bit>,
    k_exokay: Constant<Bits<2>>,
    k_okay: Constant<Bits<2>>,
    k_slverr: Constant<Bits<2>>,
    k_decerr: Constant<Bits<2>>,
    k_size: Constant<Bits<3>>,
    k_burst: Constant<Bits<2>>,
    k_cache: Constant<Bits<4>>,
    k_prot: Constant<Bits<3>>,
}

impl Default for Axi4Bridge {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            mem_req_valid: Default::default(),
            mem_req_ready: Default::default(),
            mem_req_addr: Default::default(),
            mem_req_we: Default::default(),
            mem_req_wdata: Default::default(),
            mem_req_expect: Default::default(),
            mem_rsp_valid: Default::default(),
            mem_rsp_data: Default::default(),
            mem_rsp_err: Default::default(),
            mem_rsp_stale: Default::default(),
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
            state: Default::default(),
            addr: Default::default(),
            we: Default::default(),
            wdata: Default::default(),
            expect: Default::default(),
            aw_done: Default::default(),
            w_done: Default::default(),
            rsp_valid: Default::default(),
            rsp_data: Default::default(),
            rsp_err: Default::default(),
            rsp_stale: Default::default(),
            take: Default::default(),
            r_fail: Default::default(),
            b_fail: Default::default(),
            aw_taken: Default::default(),
            w_taken: Default::default(),
            k_exokay: Constant::new(RESP_EXOKAY.into()),
            k_okay: Constant::new(RESP_OKAY.into()),
            k_slverr: Constant::new(RESP_SLVERR.into()),
            k_decerr: Constant::new(RESP_DECERR.into()),
            k_size: Constant::new(SIZE_8_BYTES.into()),
            k_burst: Constant::new(BURST_INCR.into()),
            k_cache: Constant::new(CACHE_NORMAL_NC.into()),
            k_prot: Constant::new(PROT_PRIV_DATA.into()),
        }
    }
}

impl Logic for Axi4Bridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, addr, we, wdata, expect, aw_done, w_done, rsp_valid, rsp_data,
            rsp_err, rsp_stale
        );

        // Outputs that do not depend on the state arm: the payloads come from the held request.
        self.mem_req_ready.next = (self.state.q.val() == AxiState::Idle) && !self.reset.val();
        self.mem_rsp_valid.next = self.rsp_valid.q.val();
        self.mem_rsp_data.next = self.rsp_data.q.val();
        self.mem_rsp_err.next = self.rsp_err.q.val();
        self.mem_rsp_stale.next = self.rsp_stale.q.val();
        self.m_axi_arid.next = 0.into();
        self.m_axi_araddr.next = self.addr.q.val();
        self.m_axi_arlen.next = 0.into();
        self.m_axi_arsize.next = self.k_size.val();
        self.m_axi_arburst.next = self.k_burst.val();
        self.m_axi_arlock.next = self.we.q.val();
        self.m_axi_arcache.next = self.k_cache.val();
        self.m_axi_arprot.next = self.k_prot.val();
        self.m_axi_arvalid.next = (self.state.q.val() == AxiState::ArSend) && !self.reset.val();
        self.m_axi_rready.next = self.state.q.val() == AxiState::RWait;
        self.m_axi_awid.next = 0.into();
        self.m_axi_awaddr.next = self.addr.q.val();
        self.m_axi_awlen.next = 0.into();
        self.m_axi_awsize.next = self.k_size.val();
        self.m_axi_awburst.next = self.k_burst.val();
        self.m_axi_awlock.next = true;
        self.m_axi_awcache.next = self.k_cache.val();
        self.m_axi_awprot.next = self.k_prot.val();
        self.m_axi_awvalid.next =
            (self.state.q.val() == AxiState::AwSend) && !self.aw_done.q.val() && !self.reset.val();
        self.m_axi_wdata.next = self.wdata.q.val();
        self.m_axi_wstrb.next = 0xff.into();
        self.m_axi_wlast.next = true;
        self.m_axi_wvalid.next =
            (self.state.q.val() == AxiState::AwSend) && !self.w_done.q.val() && !self.reset.val();
        self.m_axi_bready.next = self.state.q.val() == AxiState::BWait;

        self.take.next = self.mem_req_valid.val() && self.mem_req_ready.val();
        self.r_fail.next = (self.m_axi_rresp.val() == self.k_slverr.val())
            || (self.m_axi_rresp.val() == self.k_decerr.val())
            || (self.we.q.val() && (self.m_axi_rresp.val() == self.k_okay.val()));
        self.b_fail.next = (self.m_axi_bresp.val() == self.k_slverr.val())
            || (self.m_axi_bresp.val() == self.k_decerr.val());
        self.aw_taken.next = self.aw_done.q.val() || self.m_axi_awready.val();
        self.w_taken.next = self.w_done.q.val() || self.m_axi_wready.val();

        // An answer is shown for one cycle.
        self.rsp_valid.d.next = false;
        self.rsp_err.d.next = false;
        self.rsp_stale.d.next = false;

        match self.state.q.val() {
            // Take the request; reads and writes both start with the read.
            AxiState::Idle => {
                if self.take.val() {
                    self.addr.d.next = self.mem_req_addr.val();
                    self.we.d.next = self.mem_req_we.val();
                    self.wdata.d.next = self.mem_req_wdata.val();
                    self.expect.d.next = self.mem_req_expect.val();
                    self.state.d.next = AxiState::ArSend;
                }
            }
            // Hold AR until taken.
            AxiState::ArSend => {
                if self.m_axi_arready.val() {
                    self.state.d.next = AxiState::RWait;
                }
            }
            // A read answers with R; a write compares and goes on only when the word is as the walk read it.
            AxiState::RWait => {
                if self.m_axi_rvalid.val() {
                    self.rsp_data.d.next = 0.into();
                    if self.r_fail.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_err.d.next = true;
                        self.state.d.next = AxiState::Idle;
                    } else if !self.we.q.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_data.d.next = self.m_axi_rdata.val();
                        self.state.d.next = AxiState::Idle;
                    } else if self.m_axi_rdata.val() != self.expect.q.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_stale.d.next = true;
                        self.state.d.next = AxiState::Idle;
                    } else {
                        self.aw_done.d.next = false;
                        self.w_done.d.next = false;
                        self.state.d.next = AxiState::AwSend;
                    }
                }
            }
            // Offer AW and W together, each until taken.
            AxiState::AwSend => {
                self.aw_done.d.next = self.aw_taken.val();
                self.w_done.d.next = self.w_taken.val();
                if self.aw_taken.val() && self.w_taken.val() {
                    self.state.d.next = AxiState::BWait;
                }
            }
            // EXOKAY: written. OKAY: the reservation was lost, read again. Error: answer it.
            AxiState::BWait => {
                if self.m_axi_bvalid.val() {
                    if self.m_axi_bresp.val() == self.k_exokay.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_data.d.next = 0.into();
                        self.state.d.next = AxiState::Idle;
                    } else if self.b_fail.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_data.d.next = 0.into();
                        self.rsp_err.d.next = true;
                        self.state.d.next = AxiState::Idle;
                    } else {
                        self.state.d.next = AxiState::ArSend;
                    }
                }
            }
        }

        // The slave is reset with the bridge: nothing in flight survives.
        if self.reset.val() {
            self.state.d.next = AxiState::Idle;
            self.rsp_valid.d.next = false;
        }
    }
}
