//! `Mmu<N, A, NI, AI, LS>`: the top. Two CPU ports, each with its L1 TLB (`Port`): the fetch port
//! with an `NI`-entry ITLB and the data port with an `N`-entry DTLB; behind them, shared by both
//! through a fixed-priority arbiter, the second-level TLB (`L2`, `2^LS` sets of 4 ways in block RAM,
//! configured out by `l2_sets = 0`), then one `Walker` with its `Perm` and one paging-structure
//! cache (`Pwc`); a maintenance port; control-register inputs; one memory port for the walker.
//!
//! ```text
//!                 +--------------------------------------------------------------------------+
//!  fetch_req_* -->| Port (ITLB, Perm) --walk_req--+                                           |
//!  fetch_rsp_* <--|      ^ fill, answer           |  arbiter   +----+  miss  +--------+       |
//!                 |      |                        +--(fetch -->| L2 |------->| Walker |-mem_*-|--> memory
//!  data_req_*  -->| Port (DTLB, Perm) --walk_req--+   first)   +----+ <-fill-| + Perm |       |
//!  data_rsp_*  <--|      ^ fill, answer  <-- L2 hit --------------+          +--------+       |
//!  cmd_*, cr*  -->| invalidations -> both TLBs, the walker, the Pwc, the L2    <-- Pwc -->    |
//!                 +--------------------------------------------------------------------------+
//! ```
//!
//! Ports (direction as in the rust-hdl type)
//! - `clock`, `reset`: synchronous, active high. Empties both TLBs and the paging-structure
//!   cache, idles the walker and drops every access in flight without a response. Every ready is
//!   low during reset.
//! - fetch port: `fetch_req_valid`, `fetch_req_ready`, `fetch_req_va` (64), `fetch_req_user`
//!   (CPL 3); response `fetch_rsp_valid`, `fetch_rsp_outcome` (0 ok, 1 #PF, 2 #GP, 3 bus error),
//!   `fetch_rsp_pa` (52: the PA if ok, the failing entry's address on a bus error, else 0),
//!   `fetch_rsp_error_code` (6, 0 unless #PF), `fetch_rsp_tlb_hit` (answered by the ITLB; 0 for
//!   #GP, the L2 and walks), `fetch_rsp_l2_hit` (answered by the L2). Every access of this port is
//!   an instruction fetch.
//! - data port: the same with prefix `data_`, and `data_req_write` (1 write, 0 read). Its L1 is
//!   the DTLB. A request transfers at a rising edge with valid & ready; the response is a one-
//!   cycle pulse without back-pressure. Both ports take requests, and answer, in the same cycle
//!   independently; a core with one port ties `fetch_req_valid` low.
//! - control: `cr0_wp`, `cr3` (64, as stored), `cr4_pge`, `cr4_pcide`, `cr4_smep`, `cr4_smap`,
//!   `cr4_pke`, `efer_nxe`, `rflags_ac`, `pkru` (32). Rights are checked against the values
//!   present in the cycle the check is made (the response cycle of a hit, the `PermCheck` cycle
//!   of a walk). The MMU registers PGE, PCIDE, SMEP and the current PCID and detects MOV-to-CR4
//!   transitions itself: changing PGE or PCIDE 1->0 drops every entry, SMEP 0->1 drops every
//!   entry of the PCID current before the change. In that cycle both `*_req_ready` and
//!   `cmd_ready` are low, so no access looks up an entry the transition drops and no command
//!   competes with it.
//! - maintenance: `cmd_valid`, `cmd_ready`, `cmd_op` (0 MOV CR3, 1 INVLPG, 2..5 INVPCID type
//!   0..3, 6..7 accepted and ignored), `cmd_va` (64), `cmd_pcid` (12; for MOV CR3 the new PCID),
//!   `cmd_noflush` (MOV CR3 bit 63). For MOV CR3 the CPU drives the new `cr3` from the cycle the
//!   command is accepted. A command completes in the cycle it is accepted (at that rising edge),
//!   in both TLBs, the walker and the paging-structure cache; both `*_req_ready` are low in that
//!   cycle so the next access sees its effect. VA-based operations compare VA bits 47:12 only,
//!   like every TLB match.
//! - memory (walker): `mem_req_valid`, `mem_req_ready`, `mem_req_addr` (52), `mem_req_we`,
//!   `mem_req_wdata` (64), `mem_req_expect` (64), `mem_rsp_valid`, `mem_rsp_data` (64),
//!   `mem_rsp_err` (the answer is a bus error: no data, or the write did not happen),
//!   `mem_rsp_stale` (a write's answer: the word no longer held `mem_req_expect`, nothing was
//!   written; the walk starts again). Every write is a compare-and-set of an A/D update: write
//!   `mem_req_wdata` only if the word still holds `mem_req_expect` (docs/architecture.md, "Atomic
//!   A/D"); a memory that ignores `mem_req_expect` and never answers stale gets plain writes. Protocol: a request transfers at
//!   a rising edge with valid & ready, and an offer not taken stays unchanged; every request,
//!   read or write, is answered by exactly one `mem_rsp_valid` pulse, at least one cycle after
//!   its transfer and in the order the requests were taken (data ignored for writes); any
//!   latency and back-pressure work. A read is offered only with nothing outstanding; a walk's
//!   A/D writes (up to four) are posted back to back, and the walk answers after the last one's
//!   answer. The memory is in the MMU's reset domain: a reset drops the answers it owed for
//!   requests transferred before the reset.
//!
//! Access flow (each port, see `port.rs`). The L1 is looked up with the offered VA in the offering
//! cycle. A hit (not a write to an entry whose cached D is 0) or a non-canonical VA (#GP) answers
//! in the next cycle, one per cycle. A miss raises the port's `walk_req` from the next cycle and
//! the port takes nothing more until the cycle after the walker's answer.
//!
//! Arbiter. When the L2 and the walker are idle and a port requests, the request is granted in
//! that cycle, reading only registers (the L1 lookup never reaches the logic behind the arbiter):
//! the L2 looks the VA up (see `l2.rs`; without an L2 the walk starts now, after looking up the
//! paging-structure cache with the registered VA), and an L2 miss starts the walk. When both
//! ports request in the same cycle the fetch port goes first. Starvation bound: a request waits
//! for at most one miss of the other port. The L2 and the walker are idle again in the cycle after
//! the answer, while the port answered cannot request again before the second cycle after (its
//! next access is taken at the earliest at the end of that cycle), so a waiting request is granted
//! then. An L2 hit fills the L1 of the port that owns the lookup; a walk fills that L1, the L2 and
//! the paging-structure cache, in its answer cycle. While the L2 walks its sets to apply an
//! invalidation nothing is granted, and both ports and the command port wait.
//!
//! ```text
//!   clock           _/‾\_/‾\_/‾\_ ... _/‾\_/‾\_/‾\_ ... _/‾\_
//!   fetch_req_valid _/‾‾‾\_____________________________________   both miss in the same cycle
//!   data_req_valid  _/‾‾‾\_____________________________________
//!   walker          _____|fetch walk ...  |data walk ...     |
//!   fetch_rsp_valid ______________________/‾\_________________
//!   data_rsp_valid  __________________________________________/‾\_
//! ```
//!
//! Races. The maintenance port and the control inputs are sampled every cycle, during walks too
//! (`cmd_ready` does not depend on the walker). An invalidation that arrives while a walk is in
//! flight marks the walk's fill dead when the operation would have dropped the translation the
//! walk is building: the walker compares its VA and PCID with the operation exactly as the TLB
//! compares an entry, and while the page size (and global bit) is not yet known, it assumes the
//! operation covers it. A dead walk still finishes and answers its access (the translation was
//! valid when it was read) but installs nothing. The same holds for the CR4 transitions and for
//! an invalidation accepted in the walk's answer cycle itself. A miss still waiting for the
//! walker has read nothing yet, so an invalidation needs no mark for it.

use std::ops::{Deref, DerefMut};

use crate::l2::L2;
use crate::perm::Perm;
use crate::port::Port;
use crate::pwc::Pwc;
use crate::tlb::Tlb;
use crate::walker::Walker;
use mmu_arch::{AccessKind, CmdOp, Config, OutcomeCode};
use rust_hdl::prelude::*;

/// Panics, naming the problem, unless `config` is one the RTL can be built as ([`Config::validate_rtl`]) with an
/// `N`-entry DTLB (`A` = log2 `N`) and an `NI`-entry ITLB (`AI` = log2 `NI`).
pub(crate) fn check_config<
    const N: usize,
    const A: usize,
    const NI: usize,
    const AI: usize,
    const LS: usize,
>(
    config: &Config,
) {
    if let Err(e) = config.validate_rtl() {
        panic!("{e}");
    }
    assert!(
        N == config.tlb_entries && 1 << A == N,
        "a DTLB of {N} entries (index width {A}) built for config.tlb_entries = {}",
        config.tlb_entries
    );
    assert!(
        NI == config.itlb_entries && 1 << AI == NI,
        "an ITLB of {NI} entries (index width {AI}) built for config.itlb_entries = {}",
        config.itlb_entries
    );
    assert!(
        !config.l2_enabled() || config.l2_sets == 1 << LS,
        "an L2 of {} sets (set-index width {LS}) built for config.l2_sets = {}",
        1usize << LS,
        config.l2_sets
    );
}

/// How the top holds its sub-blocks (the TLB of each port, the walker, every `Perm`, the paging-structure cache): each in a type that dereferences to the block and simulates and exports as
/// the block itself. Synthesis and export use [`Plain`]. A simulator may hold the blocks in wrappers that skip work
/// (the simulation driver skips a block's passes while its inputs are unchanged); the logic and the exported Verilog
/// are the same either way.
pub trait Holder {
    type Tlb<const N: usize, const A: usize>: Block + DerefMut<Target = Tlb<N, A>>;
    type Walker: Block + DerefMut<Target = Walker>;
    type Perm: Block + DerefMut<Target = Perm>;
    type Pwc: Block + DerefMut<Target = Pwc>;
    type L2<const SB: usize>: Block + DerefMut<Target = L2<SB>>;
    fn tlb<const N: usize, const A: usize>(block: Tlb<N, A>) -> Self::Tlb<N, A>;
    fn walker(block: Walker) -> Self::Walker;
    fn perm(block: Perm) -> Self::Perm;
    fn pwc(block: Pwc) -> Self::Pwc;
    fn l2<const SB: usize>(block: L2<SB>) -> Self::L2<SB>;
}

/// The blocks as they are.
pub struct Plain;

impl Holder for Plain {
    type Tlb<const N: usize, const A: usize> = Held<Tlb<N, A>>;
    type Walker = Held<Walker>;
    type Perm = Held<Perm>;
    type Pwc = Held<Pwc>;
    type L2<const SB: usize> = Held<L2<SB>>;
    fn tlb<const N: usize, const A: usize>(block: Tlb<N, A>) -> Self::Tlb<N, A> {
        Held(block)
    }
    fn walker(block: Walker) -> Self::Walker {
        Held(block)
    }
    fn perm(block: Perm) -> Self::Perm {
        Held(block)
    }
    fn pwc(block: Pwc) -> Self::Pwc {
        Held(block)
    }
    fn l2<const SB: usize>(block: L2<SB>) -> Self::L2<SB> {
        Held(block)
    }
}

/// A block held as it is: every call goes straight to it.
pub struct Held<B>(B);

impl<B> Deref for Held<B> {
    type Target = B;
    fn deref(&self) -> &B {
        &self.0
    }
}

impl<B> DerefMut for Held<B> {
    fn deref_mut(&mut self) -> &mut B {
        &mut self.0
    }
}

impl<B: Logic> Logic for Held<B> {
    fn update(&mut self) {
        self.0.update();
    }
    fn connect(&mut self) {
        self.0.connect();
    }
    fn hdl(&self) -> Verilog {
        self.0.hdl()
    }
    fn timing(&self) -> Vec<TimingInfo> {
        self.0.timing()
    }
}

impl<B: Block> Block for Held<B> {
    fn connect_all(&mut self) {
        self.0.connect_all();
    }
    fn update_all(&mut self) {
        self.0.update_all();
    }
    fn has_changed(&self) -> bool {
        self.0.has_changed()
    }
    fn accept(&self, name: &str, probe: &mut dyn Probe) {
        self.0.accept(name, probe);
    }
}

#[derive(LogicBlock)]
pub struct Mmu<
    const N: usize,
    const A: usize,
    const NI: usize,
    const AI: usize,
    const LS: usize = 7,
    H: Holder = Plain,
> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // instruction fetches
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
    // reads and writes
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
    // control
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
    // maintenance
    pub cmd_valid: Signal<In, Bit>,
    pub cmd_ready: Signal<Out, Bit>,
    pub cmd_op: Signal<In, CmdOp>,
    pub cmd_va: Signal<In, Bits<64>>,
    pub cmd_pcid: Signal<In, Bits<12>>,
    pub cmd_noflush: Signal<In, Bit>,
    // memory
    pub mem_req_valid: Signal<Out, Bit>,
    pub mem_req_ready: Signal<In, Bit>,
    pub mem_req_addr: Signal<Out, Bits<52>>,
    pub mem_req_we: Signal<Out, Bit>,
    pub mem_req_wdata: Signal<Out, Bits<64>>,
    pub mem_req_expect: Signal<Out, Bits<64>>,
    pub mem_rsp_valid: Signal<In, Bit>,
    pub mem_rsp_data: Signal<In, Bits<64>>,
    pub mem_rsp_err: Signal<In, Bit>,
    pub mem_rsp_stale: Signal<In, Bit>,
    // blocks
    fetch: Port<NI, AI, H>,
    data: Port<N, A, H>,
    walker: H::Walker,
    perm: H::Perm,
    pwc: H::Pwc,
    l2: H::L2<LS>,
    /// The walker serves the data port (else the fetch port): the owner of the walk in flight, or, while the walker
    /// is idle, the port the arbiter grants if a walk starts in this cycle. Chosen a cycle ahead, so that the
    /// multiplexer in front of the walker and the paging-structure cache is driven by a flop.
    w_data: DFF<Bit>,
    // previous CR4 bits and PCID, for transition detection
    prev_pge: DFF<Bit>,
    prev_pcide: DFF<Bit>,
    prev_smep: DFF<Bit>,
    prev_pcid: DFF<Bits<12>>,
    // combinational terms
    cmd_fire: Signal<Local, Bit>,
    cr_flush_all: Signal<Local, Bit>,
    cr_smep: Signal<Local, Bit>,
    cr_change: Signal<Local, Bit>,
    hold: Signal<Local, Bit>,
    inv_en: Signal<Local, Bit>,
    cur_pcid: Signal<Local, Bits<12>>,
    inv_use_va: Signal<Local, Bit>,
    inv_use_pcid: Signal<Local, Bit>,
    inv_glob_wild: Signal<Local, Bit>,
    inv_keep_glob: Signal<Local, Bit>,
    inv_pcid: Signal<Local, Bits<12>>,
    inv_vpn: Signal<Local, Bits<36>>,
    data_kind: Signal<Local, AccessKind>,
    /// A miss is granted this cycle: the second-level TLB's lookup, or without one the walk, starts.
    start: Signal<Local, Bit>,
    /// The walk starts this cycle.
    walk_start: Signal<Local, Bit>,
    /// The second-level TLB, as the rest of the top sees it: nothing when it is configured out.
    l2_busy: Signal<Local, Bit>,
    l2_busy_next: Signal<Local, Bit>,
    l2_flushing: Signal<Local, Bit>,
    l2_hit: Signal<Local, Bit>,
    l2_miss: Signal<Local, Bit>,
    /// The request the L2 reads ahead for (taken this cycle, VA 20:12).
    sp_take: Signal<Local, Bit>,
    sp_vpn_4k: Signal<Local, Bits<9>>,
    /// The walker is busy in the next cycle.
    busy_next: Signal<Local, Bit>,
    /// The port the walker serves this cycle (`w_data`).
    sel_data: Signal<Local, Bit>,
    w_vpn_1g: Signal<Local, Bits<18>>,
    w_vpn_2m: Signal<Local, Bits<9>>,
    w_vpn_4k: Signal<Local, Bits<9>>,
    w_kind: Signal<Local, AccessKind>,
    w_user: Signal<Local, Bit>,
    w_pcid: Signal<Local, Bits<12>>,
    pfn_mask: Constant<Bits<40>>,
    /// The configuration has a second-level TLB.
    l2_on: Constant<Bit>,
}

impl<
        const N: usize,
        const A: usize,
        const NI: usize,
        const AI: usize,
        const LS: usize,
        H: Holder,
    > Mmu<N, A, NI, AI, LS, H>
{
    /// The MMU `config` describes; `N` must be its `tlb_entries`, `NI` its `itlb_entries`, `A` and `AI` their
    /// log2. Panics with a message naming the problem if the configuration is not one the RTL can be built as
    /// ([`Config::validate_rtl`]).
    pub fn new(config: &Config) -> Self {
        check_config::<N, A, NI, AI, LS>(config);
        let pfn_mask: u64 = (1u64 << (config.paddr_bits - 12)) - 1;
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
            fetch: Port::new(config),
            data: Port::new(config),
            walker: H::walker(Walker::new(config)),
            perm: H::perm(Perm::default()),
            pwc: H::pwc(Pwc::new(config)),
            l2: H::l2(L2::default()),
            w_data: Default::default(),
            prev_pge: Default::default(),
            prev_pcide: Default::default(),
            prev_smep: Default::default(),
            prev_pcid: Default::default(),
            cmd_fire: Default::default(),
            cr_flush_all: Default::default(),
            cr_smep: Default::default(),
            cr_change: Default::default(),
            hold: Default::default(),
            inv_en: Default::default(),
            cur_pcid: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_pcid: Default::default(),
            inv_vpn: Default::default(),
            data_kind: Default::default(),
            start: Default::default(),
            walk_start: Default::default(),
            l2_busy: Default::default(),
            l2_busy_next: Default::default(),
            l2_flushing: Default::default(),
            l2_hit: Default::default(),
            l2_miss: Default::default(),
            sp_take: Default::default(),
            sp_vpn_4k: Default::default(),
            busy_next: Default::default(),
            sel_data: Default::default(),
            w_vpn_1g: Default::default(),
            w_vpn_2m: Default::default(),
            w_vpn_4k: Default::default(),
            w_kind: Default::default(),
            w_user: Default::default(),
            w_pcid: Default::default(),
            pfn_mask: Constant::new(pfn_mask.into()),
            l2_on: Constant::new(config.l2_enabled()),
        }
    }
}

impl<
        const N: usize,
        const A: usize,
        const NI: usize,
        const AI: usize,
        const LS: usize,
        H: Holder,
    > Logic for Mmu<N, A, NI, AI, LS, H>
{
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, fetch, data, walker, pwc, l2);
        dff_setup!(self, clock, w_data, prev_pge, prev_pcide, prev_smep, prev_pcid);

        // Current PCID: CR3 bits 11:0 with PCIDE, else 0.
        self.cur_pcid.next = 0.into();
        if self.cr4_pcide.val() {
            self.cur_pcid.next = self.cr3.val().get_bits::<12>(0);
        }

        // MOV-to-CR4 transitions, against the values of the previous cycle.
        self.prev_pge.d.next = self.cr4_pge.val();
        self.prev_pcide.d.next = self.cr4_pcide.val();
        self.prev_smep.d.next = self.cr4_smep.val();
        self.prev_pcid.d.next = self.cur_pcid.val();
        self.cr_flush_all.next = (self.cr4_pge.val() != self.prev_pge.q.val())
            || (self.prev_pcide.q.val() && !self.cr4_pcide.val());
        self.cr_smep.next = self.cr4_smep.val() && !self.prev_smep.q.val();
        self.cr_change.next = (self.cr_flush_all.val() || self.cr_smep.val()) && !self.reset.val();

        // Maintenance commands wait while a CR4 transition takes the invalidation port; neither
        // port takes an access while either is applied, so the next lookup sees its effect.
        // While the second-level TLB walks its sets to apply one, neither is taken either.
        self.l2_flushing.next = self.l2_on.val() && self.l2.flushing.val();
        self.cmd_ready.next = !self.reset.val() && !self.cr_change.val() && !self.l2_flushing.val();
        self.cmd_fire.next = self.cmd_valid.val() && self.cmd_ready.val();
        self.hold.next = self.cmd_fire.val() || self.cr_change.val() || self.l2_flushing.val();

        // The invalidation of this cycle, one of the rows of the table in docs/architecture.md.
        self.inv_en.next = false;
        self.inv_use_va.next = false;
        self.inv_use_pcid.next = false;
        self.inv_glob_wild.next = false;
        self.inv_keep_glob.next = false;
        self.inv_pcid.next = self.cmd_pcid.val();
        self.inv_vpn.next = self.cmd_va.val().get_bits::<36>(12);
        if self.cr_change.val() {
            self.inv_en.next = true;
            if !self.cr_flush_all.val() {
                // SMEP 0->1: every entry of the PCID current before the write
                self.inv_use_pcid.next = true;
                self.inv_pcid.next = self.prev_pcid.q.val();
            }
        } else if self.cmd_fire.val() {
            // The reserved operations are taken and do nothing.
            if self.cmd_op.val() == CmdOp::MovCr3 {
                if !self.cr4_pcide.val() {
                    self.inv_en.next = true;
                    self.inv_keep_glob.next = true;
                } else if !self.cmd_noflush.val() {
                    self.inv_en.next = true;
                    self.inv_use_pcid.next = true;
                    self.inv_keep_glob.next = true;
                }
            }
            if self.cmd_op.val() == CmdOp::Invlpg {
                self.inv_en.next = true;
                self.inv_use_va.next = true;
                self.inv_use_pcid.next = true;
                self.inv_glob_wild.next = true;
                self.inv_pcid.next = self.cur_pcid.val();
            }
            if self.cmd_op.val() == CmdOp::InvpcidAddress {
                self.inv_en.next = true;
                self.inv_use_va.next = true;
                self.inv_use_pcid.next = true;
                self.inv_keep_glob.next = true;
            }
            if self.cmd_op.val() == CmdOp::InvpcidSingleContext {
                self.inv_en.next = true;
                self.inv_use_pcid.next = true;
                self.inv_keep_glob.next = true;
            }
            if self.cmd_op.val() == CmdOp::InvpcidAllIncludingGlobal {
                self.inv_en.next = true;
            }
            if self.cmd_op.val() == CmdOp::InvpcidAllNonGlobal {
                self.inv_en.next = true;
                self.inv_keep_glob.next = true;
            }
        }
        self.fetch.inv_en.next = self.inv_en.val();
        self.fetch.inv_use_va.next = self.inv_use_va.val();
        self.fetch.inv_use_pcid.next = self.inv_use_pcid.val();
        self.fetch.inv_glob_wild.next = self.inv_glob_wild.val();
        self.fetch.inv_keep_glob.next = self.inv_keep_glob.val();
        self.fetch.inv_vpn.next = self.inv_vpn.val();
        self.fetch.inv_pcid.next = self.inv_pcid.val();
        self.data.inv_en.next = self.inv_en.val();
        self.data.inv_use_va.next = self.inv_use_va.val();
        self.data.inv_use_pcid.next = self.inv_use_pcid.val();
        self.data.inv_glob_wild.next = self.inv_glob_wild.val();
        self.data.inv_keep_glob.next = self.inv_keep_glob.val();
        self.data.inv_vpn.next = self.inv_vpn.val();
        self.data.inv_pcid.next = self.inv_pcid.val();
        self.walker.inv_en.next = self.inv_en.val();
        self.walker.inv_use_va.next = self.inv_use_va.val();
        self.walker.inv_use_pcid.next = self.inv_use_pcid.val();
        self.walker.inv_glob_wild.next = self.inv_glob_wild.val();
        self.walker.inv_keep_glob.next = self.inv_keep_glob.val();
        self.walker.inv_vpn.next = self.inv_vpn.val();
        self.walker.inv_pcid.next = self.inv_pcid.val();
        // The second-level TLB: the same operation, applied over the following cycles; a CR4
        // transition drops all of it.
        self.l2.reset.next = self.reset.val() && self.l2_on.val();
        self.l2.inv_en.next = self.inv_en.val() && self.l2_on.val();
        self.l2.inv_flush.next = self.cr_change.val();
        self.l2.inv_use_va.next = self.inv_use_va.val();
        self.l2.inv_use_pcid.next = self.inv_use_pcid.val();
        self.l2.inv_glob_wild.next = self.inv_glob_wild.val();
        self.l2.inv_keep_glob.next = self.inv_keep_glob.val();
        self.l2.inv_vpn.next = self.inv_vpn.val();
        self.l2.inv_pcid.next = self.inv_pcid.val();
        self.pwc.inv_en.next = self.inv_en.val();
        self.pwc.inv_use_pcid.next = self.inv_use_pcid.val();
        self.pwc.inv_pcid.next = self.inv_pcid.val();

        // The two ports: requests in, and everything both share.
        self.data_kind.next = AccessKind::Read;
        if self.data_req_write.val() {
            self.data_kind.next = AccessKind::Write;
        }
        self.fetch.reset.next = self.reset.val();
        self.fetch.req_valid.next = self.fetch_req_valid.val();
        self.fetch.req_va.next = self.fetch_req_va.val();
        self.fetch.req_kind.next = AccessKind::Fetch;
        self.fetch.req_user.next = self.fetch_req_user.val();
        self.fetch.hold.next = self.hold.val();
        self.fetch.cur_pcid.next = self.cur_pcid.val();
        self.data.reset.next = self.reset.val();
        self.data.req_valid.next = self.data_req_valid.val();
        self.data.req_va.next = self.data_req_va.val();
        self.data.req_kind.next = self.data_kind.val();
        self.data.req_user.next = self.data_req_user.val();
        self.data.hold.next = self.hold.val();
        self.data.cur_pcid.next = self.cur_pcid.val();
        self.fetch.cr0_wp.next = self.cr0_wp.val();
        self.fetch.cr4_smep.next = self.cr4_smep.val();
        self.fetch.cr4_smap.next = self.cr4_smap.val();
        self.fetch.cr4_pke.next = self.cr4_pke.val();
        self.fetch.efer_nxe.next = self.efer_nxe.val();
        self.fetch.rflags_ac.next = self.rflags_ac.val();
        self.fetch.pkru.next = self.pkru.val();
        self.data.cr0_wp.next = self.cr0_wp.val();
        self.data.cr4_smep.next = self.cr4_smep.val();
        self.data.cr4_smap.next = self.cr4_smap.val();
        self.data.cr4_pke.next = self.cr4_pke.val();
        self.data.efer_nxe.next = self.efer_nxe.val();
        self.data.rflags_ac.next = self.rflags_ac.val();
        self.data.pkru.next = self.pkru.val();
        self.fetch_req_ready.next = self.fetch.req_ready.val();
        self.data_req_ready.next = self.data.req_ready.val();

        // Arbiter: an idle walker (and second-level TLB) serves a requesting port, the fetch port
        // first: with the L2, its lookup starts now and the walk after an L2 miss. The choice is
        // registered: while both will be idle, `w_data` takes the port that the requests of the
        // next cycle will be granted to, so that in a start cycle it already names the winner;
        // while a lookup or walk runs it holds the owner.
        self.l2_busy.next = self.l2_on.val() && self.l2.busy.val();
        self.l2_busy_next.next = self.l2_on.val() && self.l2.busy_next.val();
        self.l2_hit.next = self.l2_on.val() && self.l2.hit.val();
        self.l2_miss.next = self.l2_on.val() && self.l2.miss.val();
        self.start.next = !self.walker.busy.val()
            && !self.l2_busy.val()
            && !self.l2_flushing.val()
            && (self.fetch.walk_req.val() || self.data.walk_req.val());
        self.walk_start.next = self.start.val();
        if self.l2_on.val() {
            self.walk_start.next = self.l2_miss.val();
        }
        self.busy_next.next = !self.reset.val()
            && (self.walk_start.val()
                || self.l2_busy_next.val()
                || (self.walker.busy.val() && !self.walker.done.val()));
        self.sel_data.next = self.w_data.q.val();
        self.w_data.d.next = self.w_data.q.val();
        if !self.busy_next.val() {
            self.w_data.d.next = self.data.walk_req_next.val() && !self.fetch.walk_req_next.val();
        }
        self.w_vpn_1g.next = self.fetch.acc_vpn_1g.val();
        self.w_vpn_2m.next = self.fetch.acc_vpn_2m.val();
        self.w_vpn_4k.next = self.fetch.acc_vpn_4k.val();
        self.w_kind.next = self.fetch.acc_kind.val();
        self.w_user.next = self.fetch.acc_user.val();
        self.w_pcid.next = self.fetch.acc_pcid.val();
        if self.sel_data.val() {
            self.w_vpn_1g.next = self.data.acc_vpn_1g.val();
            self.w_vpn_2m.next = self.data.acc_vpn_2m.val();
            self.w_vpn_4k.next = self.data.acc_vpn_4k.val();
            self.w_kind.next = self.data.acc_kind.val();
            self.w_user.next = self.data.acc_user.val();
            self.w_pcid.next = self.data.acc_pcid.val();
        }

        // Walker: the access of the port it serves, held by that port until the answer.
        self.walker.reset.next = self.reset.val();
        self.walker.start.next = self.walk_start.val();
        self.walker.pml4_base.next = self.cr3.val().get_bits::<40>(12) & self.pfn_mask.val();
        self.walker.vpn_1g.next = self.w_vpn_1g.val();
        self.walker.vpn_2m.next = self.w_vpn_2m.val();
        self.walker.vpn_4k.next = self.w_vpn_4k.val();
        self.walker.is_write.next = self.w_kind.val() == AccessKind::Write;
        self.walker.pcid.next = self.w_pcid.val();
        self.walker.cr4_pge.next = self.cr4_pge.val();
        self.walker.efer_nxe.next = self.efer_nxe.val();
        self.walker.perm_allow.next = self.perm.allow.val();
        self.walker.perm_code.next = self.perm.error_code.val();
        self.walker.mem_req_ready.next = self.mem_req_ready.val();
        self.walker.mem_rsp_valid.next = self.mem_rsp_valid.val();
        self.walker.mem_rsp_data.next = self.mem_rsp_data.val();
        self.walker.mem_rsp_err.next = self.mem_rsp_err.val();
        self.walker.mem_rsp_stale.next = self.mem_rsp_stale.val();
        self.mem_req_valid.next = self.walker.mem_req_valid.val();
        self.mem_req_addr.next = self.walker.mem_req_addr.val();
        self.mem_req_we.next = self.walker.mem_req_we.val();
        self.mem_req_wdata.next = self.walker.mem_req_wdata.val();
        self.mem_req_expect.next = self.walker.mem_req_expect.val();

        // The walk's rights check.
        self.perm.page_user.next = self.walker.rights_user.val();
        self.perm.page_writable.next = self.walker.rights_writable.val();
        self.perm.page_xd.next = self.walker.rights_xd.val();
        self.perm.page_pkey.next = self.walker.rights_pkey.val();
        self.perm.kind.next = self.w_kind.val();
        self.perm.user_access.next = self.w_user.val();
        self.perm.cr0_wp.next = self.cr0_wp.val();
        self.perm.cr4_smep.next = self.cr4_smep.val();
        self.perm.cr4_smap.next = self.cr4_smap.val();
        self.perm.cr4_pke.next = self.cr4_pke.val();
        self.perm.efer_nxe.next = self.efer_nxe.val();
        self.perm.rflags_ac.next = self.rflags_ac.val();
        self.perm.pkru.next = self.pkru.val();

        // Paging-structure cache: looked up in the walker's start cycle, filled by its answer.
        self.pwc.reset.next = self.reset.val();
        self.pwc.lk_en.next = self.walk_start.val() || self.walker.rewalk.val();
        self.pwc.lk_vpn_1g.next = self.w_vpn_1g.val();
        self.pwc.lk_vpn_2m.next = self.w_vpn_2m.val();
        self.pwc.lk_pcid.next = self.w_pcid.val();
        self.walker.pwc_hit.next = self.pwc.hit.val();
        self.walker.pwc_level.next = self.pwc.hit_level.val();
        self.walker.pwc_base.next = self.pwc.hit_base.val();
        self.walker.pwc_user.next = self.pwc.hit_user.val();
        self.walker.pwc_writable.next = self.pwc.hit_writable.val();
        self.walker.pwc_xd.next = self.pwc.hit_xd.val();
        self.pwc.fill_en.next = self.walker.pwc_fill_en.val();
        self.pwc.fill_level.next = self.walker.pwc_fill_level.val();
        self.pwc.fill_vpn_1g.next = self.w_vpn_1g.val();
        self.pwc.fill_vpn_2m.next = self.w_vpn_2m.val();
        self.pwc.fill_pcid.next = self.w_pcid.val();
        self.pwc.fill_base.next = self.walker.pwc_fill_base.val();
        self.pwc.fill_user.next = self.walker.pwc_fill_user.val();
        self.pwc.fill_writable.next = self.walker.pwc_fill_writable.val();
        self.pwc.fill_xd.next = self.walker.pwc_fill_xd.val();

        // Second-level TLB: looked up with the access of the port granted, filled by the walk.
        self.l2.lk_start.next = self.start.val() && self.l2_on.val();
        self.l2.lk_vpn_1g.next = self.w_vpn_1g.val();
        self.l2.lk_vpn_2m.next = self.w_vpn_2m.val();
        self.l2.lk_vpn_4k.next = self.w_vpn_4k.val();
        self.l2.lk_pcid.next = self.w_pcid.val();
        self.l2.lk_write.next = self.w_kind.val() == AccessKind::Write;
        self.l2.lk_data.next = self.sel_data.val();
        // The request the L2 reads ahead for: the fetch port's, which the arbiter takes first, if it offers one.
        // (taken: as the port's `req_ready` says, rebuilt from the port's flops and this block's own
        // terms, so that no combinational path runs from the port back into this block)
        self.sp_take.next = self.data_req_valid.val() && self.data.free.val();
        self.sp_vpn_4k.next = self.data_req_va.val().get_bits::<9>(12);
        if self.fetch_req_valid.val() {
            self.sp_take.next = self.fetch.free.val();
            self.sp_vpn_4k.next = self.fetch_req_va.val().get_bits::<9>(12);
        }
        if self.hold.val() || self.reset.val() {
            self.sp_take.next = false;
        }
        self.l2.sp_data.next = !self.fetch_req_valid.val();
        self.l2.sp_take.next = self.sp_take.val();
        self.l2.sp_vpn_4k.next = self.sp_vpn_4k.val();
        self.l2.fill_en.next = self.walker.fill_en.val();
        self.l2.fill_vpn_1g.next = self.walker.fill_vpn_1g.val();
        self.l2.fill_vpn_2m.next = self.walker.fill_vpn_2m.val();
        self.l2.fill_vpn_4k.next = self.walker.fill_vpn_4k.val();
        self.l2.fill_size.next = self.walker.fill_size.val();
        self.l2.fill_pcid.next = self.walker.fill_pcid.val();
        self.l2.fill_glob.next = self.walker.fill_glob.val();
        self.l2.fill_pfn.next = self.walker.fill_pfn.val();
        self.l2.fill_writable.next = self.walker.fill_writable.val();
        self.l2.fill_user.next = self.walker.fill_user.val();
        self.l2.fill_xd.next = self.walker.fill_xd.val();
        self.l2.fill_dirty.next = self.walker.fill_dirty.val();
        self.l2.fill_pkey.next = self.walker.fill_pkey.val();

        // The answers and the fill go to the port that owns the walk or lookup.
        self.fetch.walk_done.next = self.walker.done.val() && !self.sel_data.val();
        self.data.walk_done.next = self.walker.done.val() && self.sel_data.val();
        self.fetch.l2_done.next = self.l2_hit.val() && !self.sel_data.val();
        self.data.l2_done.next = self.l2_hit.val() && self.sel_data.val();
        self.fetch.fill_en.next = self.walker.fill_en.val() && !self.sel_data.val();
        self.data.fill_en.next = self.walker.fill_en.val() && self.sel_data.val();
        self.fetch.fill_prep.next = self.walker.fill_prep.val() && !self.sel_data.val();
        self.data.fill_prep.next = self.walker.fill_prep.val() && self.sel_data.val();
        self.fetch.l2_pfn.next = self.l2.hit_pfn.val();
        self.fetch.l2_size.next = self.l2.hit_size.val();
        self.fetch.l2_user.next = self.l2.hit_user.val();
        self.fetch.l2_writable.next = self.l2.hit_writable.val();
        self.fetch.l2_xd.next = self.l2.hit_xd.val();
        self.fetch.l2_pkey.next = self.l2.hit_pkey.val();
        self.fetch.l2_dirty.next = self.l2.hit_dirty.val();
        self.fetch.l2_glob.next = self.l2.hit_glob.val();
        self.fetch.l2_pcid.next = self.l2.hit_pcid.val();
        self.data.l2_pfn.next = self.l2.hit_pfn.val();
        self.data.l2_size.next = self.l2.hit_size.val();
        self.data.l2_user.next = self.l2.hit_user.val();
        self.data.l2_writable.next = self.l2.hit_writable.val();
        self.data.l2_xd.next = self.l2.hit_xd.val();
        self.data.l2_pkey.next = self.l2.hit_pkey.val();
        self.data.l2_dirty.next = self.l2.hit_dirty.val();
        self.data.l2_glob.next = self.l2.hit_glob.val();
        self.data.l2_pcid.next = self.l2.hit_pcid.val();
        self.fetch.walk_fault.next = self.walker.fault.val();
        self.fetch.walk_bus_error.next = self.walker.bus_error.val();
        self.fetch.walk_err_addr.next = self.walker.err_addr.val();
        self.fetch.walk_error_code.next = self.walker.error_code.val();
        self.fetch.walk_pfn.next = self.walker.pfn.val();
        self.fetch.walk_size.next = self.walker.size.val();
        self.data.walk_fault.next = self.walker.fault.val();
        self.data.walk_bus_error.next = self.walker.bus_error.val();
        self.data.walk_err_addr.next = self.walker.err_addr.val();
        self.data.walk_error_code.next = self.walker.error_code.val();
        self.data.walk_pfn.next = self.walker.pfn.val();
        self.data.walk_size.next = self.walker.size.val();
        self.fetch.fill_vpn_1g.next = self.walker.fill_vpn_1g.val();
        self.fetch.fill_vpn_2m.next = self.walker.fill_vpn_2m.val();
        self.fetch.fill_vpn_4k.next = self.walker.fill_vpn_4k.val();
        self.fetch.fill_size.next = self.walker.fill_size.val();
        self.fetch.fill_pcid.next = self.walker.fill_pcid.val();
        self.fetch.fill_glob.next = self.walker.fill_glob.val();
        self.fetch.fill_pfn.next = self.walker.fill_pfn.val();
        self.fetch.fill_writable.next = self.walker.fill_writable.val();
        self.fetch.fill_user.next = self.walker.fill_user.val();
        self.fetch.fill_xd.next = self.walker.fill_xd.val();
        self.fetch.fill_dirty.next = self.walker.fill_dirty.val();
        self.fetch.fill_pkey.next = self.walker.fill_pkey.val();
        self.data.fill_vpn_1g.next = self.walker.fill_vpn_1g.val();
        self.data.fill_vpn_2m.next = self.walker.fill_vpn_2m.val();
        self.data.fill_vpn_4k.next = self.walker.fill_vpn_4k.val();
        self.data.fill_size.next = self.walker.fill_size.val();
        self.data.fill_pcid.next = self.walker.fill_pcid.val();
        self.data.fill_glob.next = self.walker.fill_glob.val();
        self.data.fill_pfn.next = self.walker.fill_pfn.val();
        self.data.fill_writable.next = self.walker.fill_writable.val();
        self.data.fill_user.next = self.walker.fill_user.val();
        self.data.fill_xd.next = self.walker.fill_xd.val();
        self.data.fill_dirty.next = self.walker.fill_dirty.val();
        self.data.fill_pkey.next = self.walker.fill_pkey.val();

        // Responses, straight from the ports.
        self.fetch_rsp_valid.next = self.fetch.rsp_valid.val();
        self.fetch_rsp_outcome.next = self.fetch.rsp_outcome.val();
        self.fetch_rsp_pa.next = self.fetch.rsp_pa.val();
        self.fetch_rsp_error_code.next = self.fetch.rsp_error_code.val();
        self.fetch_rsp_tlb_hit.next = self.fetch.rsp_tlb_hit.val();
        self.fetch_rsp_l2_hit.next = self.fetch.rsp_l2_hit.val();
        self.data_rsp_valid.next = self.data.rsp_valid.val();
        self.data_rsp_outcome.next = self.data.rsp_outcome.val();
        self.data_rsp_pa.next = self.data.rsp_pa.val();
        self.data_rsp_error_code.next = self.data.rsp_error_code.val();
        self.data_rsp_tlb_hit.next = self.data.rsp_tlb_hit.val();
        self.data_rsp_l2_hit.next = self.data.rsp_l2_hit.val();
    }
}
