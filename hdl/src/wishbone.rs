//! `WbBridge`: the walker's memory port (`mem_*`, the bridge being the memory) carried over a Wishbone B4
//! pipelined master (`wb_*`), each write a read-compare-write under one bus cycle so that A/D updates stay atomic.
//!
//! One native request at a time: `mem_req_ready` is high only while the bridge is idle, so the walker's posted
//! writes wait in the walker (back-pressure is part of the native contract), and the answers come in request order.
//!
//! - read: one bus cycle with one read strobe. ACK -> `mem_rsp_data`; ERR -> `mem_rsp_err`.
//! - write (compare-and-set against `mem_req_expect`): one bus cycle, CYC held from the read to the write, which is
//!   Wishbone's lock (B4 3.1.3: an interconnect grants no other master while CYC is high): read the word; ERR ->
//!   `mem_rsp_err`; data != expect -> `mem_rsp_stale`, CYC dropped, nothing written; equal -> write `wdata` (all
//!   byte selects); ACK -> answered plainly, ERR -> `mem_rsp_err`. Then CYC drops.
//!
//! Ports: `clock`, `reset` (synchronous, active high; the slave is in the same reset domain: a bus cycle in flight
//! at reset is abandoned, CYC drops). Native side as on `Mmu`: `mem_req_valid`, `mem_req_ready`, `mem_req_addr`
//! (52), `mem_req_we`, `mem_req_wdata` (64), `mem_req_expect` (64), `mem_rsp_valid`, `mem_rsp_data` (64),
//! `mem_rsp_err`, `mem_rsp_stale`. Wishbone B4 pipelined master, 64-bit data, 8-bit granularity: `wb_cyc`,
//! `wb_stb`, `wb_we`, `wb_adr` (49 bits: a word address, the byte address divided by 8; entries are 8-byte
//! aligned), `wb_dat_w` (64), `wb_sel` (8, always all ones), `wb_stall`, `wb_ack`, `wb_err`, `wb_dat_r` (64). The
//! slave answers a strobe with ACK or ERR at the earliest in the cycle after the strobe was taken (STB high, STALL
//! low), as B4 pipelined mode has it. Every output is a flop or a function of the state only.
//!
//! Latency, from the edge that takes the native request to the cycle of `mem_rsp_valid`, with a slave that never
//! stalls and acknowledges in the cycle after the strobe: a read 3 cycles; a write 5 (read, compare, write); a write
//! answered stale or failed on its read 3. Every stall cycle and every extra ACK wait adds one. The next request is
//! taken in the answer's cycle.
//!
//! ```text
//!   clock          _/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_
//!   mem_req_valid  _/‾‾‾\_______________________      a write (compare-and-set), taken at edge 1
//!   state          Idle|RdS|RdA|WrS|WrA|Idle
//!   wb_cyc         _____/‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾\_______      held from the read to the write: the lock
//!   wb_stb         _____/‾‾‾\___/‾‾‾\___________
//!   wb_we          _____________/‾‾‾\___________
//!   wb_ack         _________/‾‾‾\___/‾‾‾\_______      read data == expect
//!   mem_rsp_valid  _____________________/‾‾‾\___      5 cycles after the transfer
//! ```

use rust_hdl::prelude::*;

/// Byte selects of a whole 64-bit word.
pub const SEL_ALL: u64 = 0xff;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum WbState {
    /// Nothing in flight, CYC low: the native request is taken here.
    Idle,
    /// The read strobe, until not stalled.
    RdStrobe,
    /// Waiting for the read's ACK or ERR.
    RdAwait,
    /// The write strobe (CYC kept from the read), until not stalled.
    WrStrobe,
    /// Waiting for the write's ACK or ERR.
    WrAwait,
}

#[derive(LogicBlock)]
pub struct WbBridge {
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
    // Wishbone B4 pipelined master
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
    // state
    state: DFF<WbState>,
    /// The request in the bridge (the word address).
    adr: DFF<Bits<49>>,
    we: DFF<Bit>,
    wdata: DFF<Bits<64>>,
    expect: DFF<Bits<64>>,
    /// The answer, shown for one cycle.
    rsp_valid: DFF<Bit>,
    rsp_data: DFF<Bits<64>>,
    rsp_err: DFF<Bit>,
    rsp_stale: DFF<Bit>,
    take: Signal<Local, Bit>,
    k_sel: Constant<Bits<8>>,
}

impl Default for WbBridge {
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
            state: Default::default(),
            adr: Default::default(),
            we: Default::default(),
            wdata: Default::default(),
            expect: Default::default(),
            rsp_valid: Default::default(),
            rsp_data: Default::default(),
            rsp_err: Default::default(),
            rsp_stale: Default::default(),
            take: Default::default(),
            k_sel: Constant::new(SEL_ALL.into()),
        }
    }
}

impl Logic for WbBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, adr, we, wdata, expect, rsp_valid, rsp_data, rsp_err, rsp_stale
        );

        // Outputs that do not depend on the state arm.
        self.mem_req_ready.next = (self.state.q.val() == WbState::Idle) && !self.reset.val();
        self.mem_rsp_valid.next = self.rsp_valid.q.val();
        self.mem_rsp_data.next = self.rsp_data.q.val();
        self.mem_rsp_err.next = self.rsp_err.q.val();
        self.mem_rsp_stale.next = self.rsp_stale.q.val();
        self.wb_cyc.next = (self.state.q.val() != WbState::Idle) && !self.reset.val();
        self.wb_stb.next = ((self.state.q.val() == WbState::RdStrobe)
            || (self.state.q.val() == WbState::WrStrobe))
            && !self.reset.val();
        self.wb_we.next = self.state.q.val() == WbState::WrStrobe;
        self.wb_adr.next = self.adr.q.val();
        self.wb_dat_w.next = self.wdata.q.val();
        self.wb_sel.next = self.k_sel.val();
        self.take.next = self.mem_req_valid.val() && self.mem_req_ready.val();

        // An answer is shown for one cycle.
        self.rsp_valid.d.next = false;
        self.rsp_err.d.next = false;
        self.rsp_stale.d.next = false;

        match self.state.q.val() {
            // Take the request; reads and writes both start with the read.
            WbState::Idle => {
                if self.take.val() {
                    self.adr.d.next = self.mem_req_addr.val().get_bits::<49>(3);
                    self.we.d.next = self.mem_req_we.val();
                    self.wdata.d.next = self.mem_req_wdata.val();
                    self.expect.d.next = self.mem_req_expect.val();
                    self.state.d.next = WbState::RdStrobe;
                }
            }
            // Hold the read strobe until the slave stops stalling.
            WbState::RdStrobe => {
                if !self.wb_stall.val() {
                    self.state.d.next = WbState::RdAwait;
                }
            }
            // A read answers; a write goes on, CYC still high, only when the word is as the walk read it.
            WbState::RdAwait => {
                if self.wb_err.val() {
                    self.rsp_valid.d.next = true;
                    self.rsp_data.d.next = 0.into();
                    self.rsp_err.d.next = true;
                    self.state.d.next = WbState::Idle;
                } else if self.wb_ack.val() {
                    if !self.we.q.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_data.d.next = self.wb_dat_r.val();
                        self.state.d.next = WbState::Idle;
                    } else if self.wb_dat_r.val() != self.expect.q.val() {
                        self.rsp_valid.d.next = true;
                        self.rsp_data.d.next = 0.into();
                        self.rsp_stale.d.next = true;
                        self.state.d.next = WbState::Idle;
                    } else {
                        self.state.d.next = WbState::WrStrobe;
                    }
                }
            }
            // Hold the write strobe until the slave stops stalling.
            WbState::WrStrobe => {
                if !self.wb_stall.val() {
                    self.state.d.next = WbState::WrAwait;
                }
            }
            // The write's ACK or ERR ends the bus cycle.
            WbState::WrAwait => {
                if self.wb_ack.val() || self.wb_err.val() {
                    self.rsp_valid.d.next = true;
                    self.rsp_data.d.next = 0.into();
                    self.rsp_err.d.next = self.wb_err.val();
                    self.state.d.next = WbState::Idle;
                }
            }
        }

        // The slave is reset with the bridge: nothing in flight survives.
        if self.reset.val() {
            self.state.d.next = WbState::Idle;
            self.rsp_valid.d.next = false;
        }
    }
}
