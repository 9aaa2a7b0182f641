//! `Mmu<N, A>`: the top. A CPU request port, a maintenance port, control-register inputs and one
//! memory port for the walker, around a `Tlb<N, A>`, a `Walker` and a shared `Perm`.
//!
//! Ports (direction as in the rust-hdl type)
//! - `clock`, `reset`: synchronous, active high. Empties the TLB, idles the walker and drops any
//!   access in flight without a response (`rsp_valid` stays low). `req_ready`/`cmd_ready` are low
//!   during reset.
//! - CPU: `req_valid`, `req_ready`, `req_va` (64), `req_kind` (0 read, 1 write, 2 fetch; 3 reads),
//!   `req_user` (CPL 3). A request transfers at a rising edge with valid & ready.
//!   Response, one cycle, no back-pressure: `rsp_valid`, `rsp_outcome` (0 ok, 1 #PF, 2 #GP, 3 bus
//!   error), `rsp_pa` (52: the PA if ok, the failing entry's address on a bus error, else 0),
//!   `rsp_error_code` (6, 0 unless #PF), `rsp_tlb_hit` (answered from the TLB without a walk; 0 for
//!   #GP and for walks).
//! - control: `cr0_wp`, `cr3` (64, as stored), `cr4_pge`, `cr4_pcide`, `cr4_smep`, `cr4_smap`,
//!   `cr4_pke`, `efer_nxe`, `rflags_ac`, `pkru` (32). Rights are checked against the values
//!   present in the cycle the check is made (the response cycle of a hit, the `PermCheck` cycle
//!   of a walk). The MMU registers PGE, PCIDE, SMEP and the current PCID and detects MOV-to-CR4
//!   transitions itself: changing PGE or PCIDE 1->0 drops every entry, SMEP 0->1 drops every
//!   entry of the PCID current before the change. In that cycle `req_ready` and `cmd_ready` are
//!   low, so no access looks up an entry the transition drops and no command competes with it.
//! - maintenance: `cmd_valid`, `cmd_ready`, `cmd_op` (0 MOV CR3, 1 INVLPG, 2..5 INVPCID type
//!   0..3, 6..7 accepted and ignored), `cmd_va` (64), `cmd_pcid` (12; for MOV CR3 the new PCID),
//!   `cmd_noflush` (MOV CR3 bit 63). For MOV CR3 the CPU drives the new `cr3` from the cycle the
//!   command is accepted. A command completes in the cycle it is accepted (at that rising edge);
//!   `req_ready` is low in that cycle so the next access sees its effect. VA-based operations
//!   compare VA bits 47:12 only, like every TLB match.
//! - memory (walker): `mem_req_valid`, `mem_req_ready`, `mem_req_addr` (52), `mem_req_we`,
//!   `mem_req_wdata` (64), `mem_rsp_valid`, `mem_rsp_data` (64), `mem_rsp_err` (the answer is a
//!   bus error: no data, or the write did not happen). Protocol: a request transfers at
//!   a rising edge with valid & ready; at most one is outstanding; every request, read or write,
//!   is answered by exactly one `mem_rsp_valid` pulse, at least one cycle after the transfer
//!   (data ignored for writes); any latency and back-pressure work. The memory is in the MMU's
//!   reset domain: a reset drops the answer it owed for a request transferred before the reset.
//!
//! Access flow. The TLB is looked up with `req_va` in the cycle the request is offered; at the
//! accepting edge the request and, on a hit, the hit entry are registered.
//! - Non-canonical VA: #GP in the next cycle, nothing else happens.
//! - Hit (and not a write to an entry whose cached D is 0): the next cycle answers, rights checked
//!   by Perm from the registered entry. `req_ready` stays high, so hits stream one per cycle.
//! - Otherwise the walker starts in the next cycle, from registers only (so the TLB lookup never
//!   reaches the walker's logic), after looking up the paging-structure cache (`Pwc`) with the
//!   registered VA; `req_ready` is low until the cycle after the walker's answer. The walk fills
//!   the TLB and the paging-structure cache in its answer cycle.
//!
//! ```text
//!   clock      _/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_ ... _/‾\_/‾\_
//!   req_valid  _/‾‾‾‾‾‾‾‾‾‾‾\____________________________
//!   req_va     =X A X B X C X=========================
//!   req_ready  ‾‾‾‾‾‾‾‾‾‾‾‾‾‾\________ ... ____/‾‾‾‾‾     A, B hit; C misses
//!   rsp_valid  _____/‾‾‾‾‾‾‾\________ ... /‾‾‾\____
//!                   A    B               C (walk answer, cycles = walk length)
//! ```
//!
//! Races. The maintenance port and the control inputs are sampled every cycle, during walks too
//! (`cmd_ready` does not depend on the walker). An invalidation that arrives while a walk is in
//! flight marks the walk's fill dead when the operation would have dropped the translation the
//! walk is building: the walker compares its VA and PCID with the operation exactly as the TLB
//! compares an entry, and while the page size (and global bit) is not yet known, it assumes the
//! operation covers it. A dead walk still finishes and answers its access (the translation was
//! valid when it was read) but installs nothing. The same holds for the CR4 transitions and for
//! an invalidation accepted in the walk's answer cycle itself.

use std::ops::{Deref, DerefMut};

use crate::perm::Perm;
use crate::pwc::Pwc;
use crate::tlb::Tlb;
use crate::walker::Walker;
use mmu_arch::{AccessKind, CmdOp, Config, OutcomeCode, PageSize};
use rust_hdl::prelude::*;

/// Panics, naming the problem, unless `config` is one the RTL can be built as ([`Config::validate_rtl`]) with `N`
/// TLB entries and `A` = log2 `N`.
pub(crate) fn check_config<const N: usize, const A: usize>(config: &Config) {
    if let Err(e) = config.validate_rtl() {
        panic!("{e}");
    }
    assert!(
        N == config.tlb_entries && 1 << A == N,
        "a TLB of {N} entries (index width {A}) built for config.tlb_entries = {}",
        config.tlb_entries
    );
}

/// How the top holds its four sub-blocks: each in a type that dereferences to the block and simulates and exports as
/// the block itself. Synthesis and export use [`Plain`]. A simulator may hold the blocks in wrappers that skip work
/// (the simulation driver skips a block's passes while its inputs are unchanged); the logic and the exported Verilog
/// are the same either way.
pub trait Holder<const N: usize, const A: usize> {
    type Tlb: Block + DerefMut<Target = Tlb<N, A>>;
    type Walker: Block + DerefMut<Target = Walker>;
    type Perm: Block + DerefMut<Target = Perm>;
    type Pwc: Block + DerefMut<Target = Pwc>;
    fn tlb(block: Tlb<N, A>) -> Self::Tlb;
    fn walker(block: Walker) -> Self::Walker;
    fn perm(block: Perm) -> Self::Perm;
    fn pwc(block: Pwc) -> Self::Pwc;
}

/// The blocks as they are.
pub struct Plain;

impl<const N: usize, const A: usize> Holder<N, A> for Plain {
    type Tlb = Held<Tlb<N, A>>;
    type Walker = Held<Walker>;
    type Perm = Held<Perm>;
    type Pwc = Held<Pwc>;
    fn tlb(block: Tlb<N, A>) -> Self::Tlb {
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
pub struct Mmu<const N: usize, const A: usize, H: Holder<N, A> = Plain> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // CPU request / response
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    pub req_va: Signal<In, Bits<64>>,
    pub req_kind: Signal<In, AccessKind>,
    pub req_user: Signal<In, Bit>,
    pub rsp_valid: Signal<Out, Bit>,
    pub rsp_outcome: Signal<Out, OutcomeCode>,
    pub rsp_pa: Signal<Out, Bits<52>>,
    pub rsp_error_code: Signal<Out, Bits<6>>,
    pub rsp_tlb_hit: Signal<Out, Bit>,
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
    pub mem_rsp_valid: Signal<In, Bit>,
    pub mem_rsp_data: Signal<In, Bits<64>>,
    pub mem_rsp_err: Signal<In, Bit>,
    // blocks
    tlb: H::Tlb,
    walker: H::Walker,
    perm: H::Perm,
    pwc: H::Pwc,
    // the access being answered
    /// The access accepted last cycle missed: the walker starts now.
    r_walk: DFF<Bit>,
    /// A TLB hit or a #GP answers in this cycle.
    r_fast: DFF<Bit>,
    r_gp: DFF<Bit>,
    /// VA 47:30, 29:21, 20:12 and 11:0 of the access.
    r_vpn_1g: DFF<Bits<18>>,
    r_vpn_2m: DFF<Bits<9>>,
    r_vpn_4k: DFF<Bits<9>>,
    r_off: DFF<Bits<12>>,
    r_kind: DFF<AccessKind>,
    r_user: DFF<Bit>,
    r_pcid: DFF<Bits<12>>,
    // the hit entry, registered at acceptance
    h_pfn: DFF<Bits<40>>,
    h_size: DFF<PageSize>,
    h_user: DFF<Bit>,
    h_writable: DFF<Bit>,
    h_xd: DFF<Bit>,
    h_pkey: DFF<Bits<4>>,
    // previous CR4 bits and PCID, for transition detection
    prev_pge: DFF<Bit>,
    prev_pcide: DFF<Bit>,
    prev_smep: DFF<Bit>,
    prev_pcid: DFF<Bits<12>>,
    // combinational terms, public so a driver can observe them
    accept: Signal<Local, Bit>,
    cmd_fire: Signal<Local, Bit>,
    cr_flush_all: Signal<Local, Bit>,
    cr_smep: Signal<Local, Bit>,
    inv_en: Signal<Local, Bit>,
    cur_pcid: Signal<Local, Bits<12>>,
    va_top: Signal<Local, Bits<17>>,
    canonical: Signal<Local, Bit>,
    hit_usable: Signal<Local, Bit>,
    cr_change: Signal<Local, Bit>,
    inv_use_va: Signal<Local, Bit>,
    inv_use_pcid: Signal<Local, Bit>,
    inv_glob_wild: Signal<Local, Bit>,
    inv_keep_glob: Signal<Local, Bit>,
    inv_pcid: Signal<Local, Bits<12>>,
    sel_pfn: Signal<Local, Bits<40>>,
    sel_size: Signal<Local, PageSize>,
    pa: Signal<Local, Bits<52>>,
    sel_user: Signal<Local, Bit>,
    sel_writable: Signal<Local, Bit>,
    sel_xd: Signal<Local, Bit>,
    sel_pkey: Signal<Local, Bits<4>>,
    l_rsp_valid: Signal<Local, Bit>,
    l_rsp_outcome: Signal<Local, OutcomeCode>,
    l_rsp_pa: Signal<Local, Bits<52>>,
    l_rsp_error_code: Signal<Local, Bits<6>>,
    l_rsp_tlb_hit: Signal<Local, Bit>,
    pfn_mask: Constant<Bits<40>>,
}

impl<const N: usize, const A: usize, H: Holder<N, A>> Mmu<N, A, H> {
    /// The MMU `config` describes; `N` must be its `tlb_entries` and `A` log2 `N`. Panics with a message naming the
    /// problem if the configuration is not one the RTL can be built as ([`Config::validate_rtl`]).
    pub fn new(config: &Config) -> Self {
        check_config::<N, A>(config);
        let pfn_mask: u64 = (1u64 << (config.paddr_bits - 12)) - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_va: Default::default(),
            req_kind: Default::default(),
            req_user: Default::default(),
            rsp_valid: Default::default(),
            rsp_outcome: Default::default(),
            rsp_pa: Default::default(),
            rsp_error_code: Default::default(),
            rsp_tlb_hit: Default::default(),
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
            mem_rsp_valid: Default::default(),
            mem_rsp_data: Default::default(),
            mem_rsp_err: Default::default(),
            tlb: H::tlb(Tlb::new(config)),
            walker: H::walker(Walker::new(config)),
            perm: H::perm(Perm::default()),
            pwc: H::pwc(Pwc::new(config)),
            r_walk: Default::default(),
            r_fast: Default::default(),
            r_gp: Default::default(),
            r_vpn_1g: Default::default(),
            r_vpn_2m: Default::default(),
            r_vpn_4k: Default::default(),
            r_off: Default::default(),
            r_kind: Default::default(),
            r_user: Default::default(),
            r_pcid: Default::default(),
            h_pfn: Default::default(),
            h_size: Default::default(),
            h_user: Default::default(),
            h_writable: Default::default(),
            h_xd: Default::default(),
            h_pkey: Default::default(),
            prev_pge: Default::default(),
            prev_pcide: Default::default(),
            prev_smep: Default::default(),
            prev_pcid: Default::default(),
            accept: Default::default(),
            cmd_fire: Default::default(),
            cr_flush_all: Default::default(),
            cr_smep: Default::default(),
            inv_en: Default::default(),
            cur_pcid: Default::default(),
            va_top: Default::default(),
            canonical: Default::default(),
            hit_usable: Default::default(),
            cr_change: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_pcid: Default::default(),
            sel_pfn: Default::default(),
            sel_size: Default::default(),
            pa: Default::default(),
            sel_user: Default::default(),
            sel_writable: Default::default(),
            sel_xd: Default::default(),
            sel_pkey: Default::default(),
            l_rsp_valid: Default::default(),
            l_rsp_outcome: Default::default(),
            l_rsp_pa: Default::default(),
            l_rsp_error_code: Default::default(),
            l_rsp_tlb_hit: Default::default(),
            pfn_mask: Constant::new(pfn_mask.into()),
        }
    }
}

impl<const N: usize, const A: usize, H: Holder<N, A>> Logic for Mmu<N, A, H> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, tlb, walker, pwc);
        dff_setup!(
            self, clock, r_walk, r_fast, r_gp, r_vpn_1g, r_vpn_2m, r_vpn_4k, r_off, r_kind, r_user,
            r_pcid, h_pfn, h_size, h_user, h_writable, h_xd, h_pkey, prev_pge, prev_pcide,
            prev_smep, prev_pcid
        );

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

        // Maintenance commands wait while a CR4 transition takes the invalidation port.
        self.cmd_ready.next = !self.reset.val() && !self.cr_change.val();
        self.cmd_fire.next = self.cmd_valid.val() && self.cmd_ready.val();

        // The invalidation of this cycle, one of the rows of the table in docs/architecture.md.
        self.inv_en.next = false;
        self.inv_use_va.next = false;
        self.inv_use_pcid.next = false;
        self.inv_glob_wild.next = false;
        self.inv_keep_glob.next = false;
        self.inv_pcid.next = self.cmd_pcid.val();
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
        self.tlb.inv_en.next = self.inv_en.val();
        self.tlb.inv_use_va.next = self.inv_use_va.val();
        self.tlb.inv_use_pcid.next = self.inv_use_pcid.val();
        self.tlb.inv_glob_wild.next = self.inv_glob_wild.val();
        self.tlb.inv_keep_glob.next = self.inv_keep_glob.val();
        self.tlb.inv_vpn.next = self.cmd_va.val().get_bits::<36>(12);
        self.tlb.inv_pcid.next = self.inv_pcid.val();
        self.walker.inv_en.next = self.inv_en.val();
        self.walker.inv_use_va.next = self.inv_use_va.val();
        self.walker.inv_use_pcid.next = self.inv_use_pcid.val();
        self.walker.inv_glob_wild.next = self.inv_glob_wild.val();
        self.walker.inv_keep_glob.next = self.inv_keep_glob.val();
        self.walker.inv_vpn.next = self.cmd_va.val().get_bits::<36>(12);
        self.walker.inv_pcid.next = self.inv_pcid.val();
        self.pwc.inv_en.next = self.inv_en.val();
        self.pwc.inv_use_pcid.next = self.inv_use_pcid.val();
        self.pwc.inv_pcid.next = self.inv_pcid.val();

        // Lookup with the offered VA, in the offering cycle.
        self.tlb.reset.next = self.reset.val();
        self.tlb.lk_vpn.next = self.req_va.val().get_bits::<36>(12);
        self.tlb.lk_pcid.next = self.cur_pcid.val();
        self.va_top.next = self.req_va.val().get_bits::<17>(47);
        self.canonical.next = self.va_top.val().all() || !self.va_top.val().any();
        // A write to an entry whose cached D is 0 re-walks so that D reaches memory first.
        self.hit_usable.next = self.tlb.hit.val()
            && (self.tlb.hit_dirty.val() || (self.req_kind.val() != AccessKind::Write));

        // No access is accepted while the walker runs (or starts) or while an invalidation is
        // applied.
        self.req_ready.next = !self.reset.val()
            && !self.walker.busy.val()
            && !self.r_walk.q.val()
            && !self.cmd_fire.val()
            && !self.cr_change.val();
        self.accept.next = self.req_valid.val() && self.req_ready.val();
        // The TLB keeps this lookup's compares: the fill of a walk for it tests overlaps with them
        // (no other fill can come between: the walker only runs for the access taken last).
        self.tlb.lk_capture.next = self.accept.val();
        self.r_fast.d.next = self.accept.val() && (!self.canonical.val() || self.hit_usable.val());
        if self.accept.val() {
            self.r_gp.d.next = !self.canonical.val();
            self.r_vpn_1g.d.next = self.req_va.val().get_bits::<18>(30);
            self.r_vpn_2m.d.next = self.req_va.val().get_bits::<9>(21);
            self.r_vpn_4k.d.next = self.req_va.val().get_bits::<9>(12);
            self.r_off.d.next = self.req_va.val().get_bits::<12>(0);
            self.r_kind.d.next = self.req_kind.val();
            self.r_user.d.next = self.req_user.val();
            self.r_pcid.d.next = self.cur_pcid.val();
            self.h_pfn.d.next = self.tlb.hit_pfn.val();
            self.h_size.d.next = self.tlb.hit_size.val();
            self.h_user.d.next = self.tlb.hit_user.val();
            self.h_writable.d.next = self.tlb.hit_writable.val();
            self.h_xd.d.next = self.tlb.hit_xd.val();
            self.h_pkey.d.next = self.tlb.hit_pkey.val();
        }
        if self.reset.val() {
            self.r_fast.d.next = false;
        }

        // Walker: started the cycle after a canonical access that does not hit usably was
        // accepted, from registers only, so the TLB lookup never reaches the walker's logic.
        self.r_walk.d.next = self.accept.val() && self.canonical.val() && !self.hit_usable.val();
        if self.reset.val() {
            self.r_walk.d.next = false;
        }
        self.walker.reset.next = self.reset.val();
        self.walker.start.next = self.r_walk.q.val();
        self.walker.pml4_base.next = self.cr3.val().get_bits::<40>(12) & self.pfn_mask.val();
        self.walker.vpn_1g.next = self.r_vpn_1g.q.val();
        self.walker.vpn_2m.next = self.r_vpn_2m.q.val();
        self.walker.vpn_4k.next = self.r_vpn_4k.q.val();
        self.walker.is_write.next = self.r_kind.q.val() == AccessKind::Write;
        self.walker.pcid.next = self.r_pcid.q.val();
        self.walker.cr4_pge.next = self.cr4_pge.val();
        self.walker.efer_nxe.next = self.efer_nxe.val();
        self.walker.perm_allow.next = self.perm.allow.val();
        self.walker.perm_code.next = self.perm.error_code.val();
        self.walker.mem_req_ready.next = self.mem_req_ready.val();
        self.walker.mem_rsp_valid.next = self.mem_rsp_valid.val();
        self.walker.mem_rsp_data.next = self.mem_rsp_data.val();
        self.walker.mem_rsp_err.next = self.mem_rsp_err.val();
        self.mem_req_valid.next = self.walker.mem_req_valid.val();
        self.mem_req_addr.next = self.walker.mem_req_addr.val();
        self.mem_req_we.next = self.walker.mem_req_we.val();
        self.mem_req_wdata.next = self.walker.mem_req_wdata.val();

        // Paging-structure cache: looked up with the registered access in the walker's start
        // cycle, filled by the walker's answer.
        self.pwc.reset.next = self.reset.val();
        self.pwc.lk_en.next = self.r_walk.q.val();
        self.pwc.lk_vpn_1g.next = self.r_vpn_1g.q.val();
        self.pwc.lk_vpn_2m.next = self.r_vpn_2m.q.val();
        self.pwc.lk_pcid.next = self.r_pcid.q.val();
        self.walker.pwc_hit.next = self.pwc.hit.val();
        self.walker.pwc_level.next = self.pwc.hit_level.val();
        self.walker.pwc_base.next = self.pwc.hit_base.val();
        self.walker.pwc_user.next = self.pwc.hit_user.val();
        self.walker.pwc_writable.next = self.pwc.hit_writable.val();
        self.walker.pwc_xd.next = self.pwc.hit_xd.val();
        self.pwc.fill_en.next = self.walker.pwc_fill_en.val();
        self.pwc.fill_level.next = self.walker.pwc_fill_level.val();
        self.pwc.fill_vpn_1g.next = self.r_vpn_1g.q.val();
        self.pwc.fill_vpn_2m.next = self.r_vpn_2m.q.val();
        self.pwc.fill_pcid.next = self.r_pcid.q.val();
        self.pwc.fill_base.next = self.walker.pwc_fill_base.val();
        self.pwc.fill_user.next = self.walker.pwc_fill_user.val();
        self.pwc.fill_writable.next = self.walker.pwc_fill_writable.val();
        self.pwc.fill_xd.next = self.walker.pwc_fill_xd.val();

        // TLB fill straight from the walker.
        self.tlb.fill_en.next = self.walker.fill_en.val();
        self.tlb.fill_vpn_1g.next = self.walker.fill_vpn_1g.val();
        self.tlb.fill_vpn_2m.next = self.walker.fill_vpn_2m.val();
        self.tlb.fill_vpn_4k.next = self.walker.fill_vpn_4k.val();
        self.tlb.fill_size.next = self.walker.fill_size.val();
        self.tlb.fill_pcid.next = self.walker.fill_pcid.val();
        self.tlb.fill_glob.next = self.walker.fill_glob.val();
        self.tlb.fill_pfn.next = self.walker.fill_pfn.val();
        self.tlb.fill_writable.next = self.walker.fill_writable.val();
        self.tlb.fill_user.next = self.walker.fill_user.val();
        self.tlb.fill_xd.next = self.walker.fill_xd.val();
        self.tlb.fill_dirty.next = self.walker.fill_dirty.val();
        self.tlb.fill_pkey.next = self.walker.fill_pkey.val();

        // One Perm: the walk's rights while the walker runs, else the registered hit entry.
        self.sel_user.next = self.h_user.q.val();
        self.sel_writable.next = self.h_writable.q.val();
        self.sel_xd.next = self.h_xd.q.val();
        self.sel_pkey.next = self.h_pkey.q.val();
        self.sel_pfn.next = self.h_pfn.q.val();
        self.sel_size.next = self.h_size.q.val();
        if self.walker.busy.val() {
            self.sel_user.next = self.walker.rights_user.val();
            self.sel_writable.next = self.walker.rights_writable.val();
            self.sel_xd.next = self.walker.rights_xd.val();
            self.sel_pkey.next = self.walker.rights_pkey.val();
            self.sel_pfn.next = self.walker.pfn.val();
            self.sel_size.next = self.walker.size.val();
        }
        self.perm.page_user.next = self.sel_user.val();
        self.perm.page_writable.next = self.sel_writable.val();
        self.perm.page_xd.next = self.sel_xd.val();
        self.perm.page_pkey.next = self.sel_pkey.val();
        self.perm.kind.next = self.r_kind.q.val();
        self.perm.user_access.next = self.r_user.q.val();
        self.perm.cr0_wp.next = self.cr0_wp.val();
        self.perm.cr4_smep.next = self.cr4_smep.val();
        self.perm.cr4_smap.next = self.cr4_smap.val();
        self.perm.cr4_pke.next = self.cr4_pke.val();
        self.perm.efer_nxe.next = self.efer_nxe.val();
        self.perm.rflags_ac.next = self.rflags_ac.val();
        self.perm.pkru.next = self.pkru.val();

        // PA = page frame above the page size, VA below it (size 0 4K, 1 2M, 2 1G).
        self.pa.next =
            (bit_cast::<52, 40>(self.sel_pfn.val()) << 12) | bit_cast::<52, 12>(self.r_off.q.val());
        if self.sel_size.val() != PageSize::Size4K {
            self.pa.next = self.pa.val() | (bit_cast::<52, 9>(self.r_vpn_4k.q.val()) << 12);
        }
        if self.sel_size.val() == PageSize::Size1G {
            self.pa.next = self.pa.val() | (bit_cast::<52, 9>(self.r_vpn_2m.q.val()) << 21);
        }

        // Response: a hit or #GP registered last cycle, or the walker's answer.
        self.l_rsp_valid.next = false;
        self.l_rsp_outcome.next = OutcomeCode::Ok;
        self.l_rsp_pa.next = 0.into();
        self.l_rsp_error_code.next = 0.into();
        self.l_rsp_tlb_hit.next = false;
        if self.r_fast.q.val() {
            self.l_rsp_valid.next = true;
            if self.r_gp.q.val() {
                self.l_rsp_outcome.next = OutcomeCode::GeneralProtection;
            } else {
                self.l_rsp_tlb_hit.next = true;
                if self.perm.allow.val() {
                    self.l_rsp_pa.next = self.pa.val();
                } else {
                    self.l_rsp_outcome.next = OutcomeCode::PageFault;
                    self.l_rsp_error_code.next = self.perm.error_code.val();
                }
            }
        } else if self.walker.done.val() {
            self.l_rsp_valid.next = true;
            if self.walker.fault.val() && self.walker.bus_error.val() {
                // the entry's physical address on `rsp_pa`
                self.l_rsp_outcome.next = OutcomeCode::BusError;
                self.l_rsp_pa.next = self.walker.err_addr.val();
            } else if self.walker.fault.val() {
                self.l_rsp_outcome.next = OutcomeCode::PageFault;
                self.l_rsp_error_code.next = self.walker.error_code.val();
            } else {
                self.l_rsp_pa.next = self.pa.val();
            }
        }
        if self.reset.val() {
            self.l_rsp_valid.next = false;
        }
        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.rsp_valid.next = self.l_rsp_valid.val();
        self.rsp_outcome.next = self.l_rsp_outcome.val();
        self.rsp_pa.next = self.l_rsp_pa.val();
        self.rsp_error_code.next = self.l_rsp_error_code.val();
        self.rsp_tlb_hit.next = self.l_rsp_tlb_hit.val();
    }
}
