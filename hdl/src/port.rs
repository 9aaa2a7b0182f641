//! `Port<N, A>`: one CPU port of the MMU with its L1 TLB: the fetch port with the ITLB, or the data
//! port with the DTLB. It takes requests, answers L1 hits and #GP itself in the next cycle with its
//! own `Perm`, and hands a miss to the shared walker through the top's arbiter, whose answer it
//! forwards as its response.
//!
//! Ports (from the top)
//! - `clock`, `reset`: synchronous; empties the TLB and drops the access in flight unanswered.
//! - request: `req_valid`, `req_ready`, `req_va` (64), `req_kind` (the fetch port ties it to fetch,
//!   the data port drives read or write), `req_user` (CPL 3); `hold`: no request is taken this
//!   cycle (a maintenance command or a CR4 transition takes the invalidation port); `cur_pcid`.
//! - response, one cycle: `rsp_valid`, `rsp_outcome`, `rsp_pa` (52), `rsp_error_code` (6),
//!   `rsp_tlb_hit`, `rsp_l2_hit`, as the top's ports of the same name.
//! - the L2's answer for this port: `l2_done` with the entry (`l2_pfn`, `l2_size`, `l2_user`,
//!   `l2_writable`, `l2_xd`, `l2_pkey`, `l2_dirty`, `l2_glob`, `l2_pcid`): registered like an L1
//!   hit and answered in the next cycle through this port's `Perm`; in that cycle the registered
//!   entry is copied into the TLB, and `req_ready` is low so the next lookup sees it.
//! - control for the rights check of a hit: `cr0_wp`, `cr4_smep`, `cr4_smap`, `cr4_pke`,
//!   `efer_nxe`, `rflags_ac`, `pkru`.
//! - invalidation bundle (`inv_*`), passed to the TLB: every port's TLB sees every invalidation.
//! - walk: `walk_req` (this port has a miss waiting for or running a walk; `walk_req_next`: its value
//!   in the next cycle), the registered access
//!   (`acc_vpn_1g`/`_2m`/`_4k`, `acc_kind`, `acc_user`, `acc_pcid`, held until the walk answers),
//!   and the walker's answer for this port: `walk_done` and `walk_fault`, `walk_bus_error`,
//!   `walk_err_addr`, `walk_error_code`, `walk_pfn`, `walk_size`. `fill_en` with `fill_*` installs
//!   the walk's translation (the top raises `fill_en` only for the port that owns the walk);
//!   `fill_prep`, from registers, marks the cycles in which it may (the TLB's `fill_prep`).
//!
//! Flow. The TLB is looked up with `req_va` in the offering cycle; at the accepting edge the
//! request and, on a hit, the hit entry are registered. A hit (and not a write to an entry whose
//! cached D is 0) or a non-canonical VA answers in the next cycle and `req_ready` stays high, so
//! hits stream one per cycle. Otherwise `walk_req` rises from the next cycle and `req_ready` stays
//! low until the cycle after the walker's answer: a port has at most one access in flight.
//!
//! ```text
//!   clock      _/‾\_/‾\_/‾\_/‾\_ ... _/‾\_/‾\_
//!   req_valid  _/‾‾‾‾‾‾‾‾‾‾‾\________________
//!   req_va     =X A X B X C X================
//!   req_ready  ‾‾‾‾‾‾‾‾‾‾‾‾‾‾\__ ... ___/‾‾‾‾     A, B hit; C misses
//!   walk_req   ______________/‾‾ ... ‾\_______
//!   rsp_valid  _____/‾‾‾‾‾‾‾\___ ... /‾\_____
//!                   A    B           C (walk_done)
//! ```

use crate::mmu::Holder;
use crate::perm::Perm;
use crate::tlb::Tlb;
use mmu_arch::{AccessKind, Config, OutcomeCode, PageSize};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Port<const N: usize, const A: usize, H: Holder> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // request and response
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    /// No access in flight that keeps the port from taking one (from its flops alone): with `hold`
    /// low and out of reset, `req_ready`.
    pub free: Signal<Out, Bit>,
    pub req_va: Signal<In, Bits<64>>,
    pub req_kind: Signal<In, AccessKind>,
    pub req_user: Signal<In, Bit>,
    pub hold: Signal<In, Bit>,
    pub cur_pcid: Signal<In, Bits<12>>,
    pub rsp_valid: Signal<Out, Bit>,
    pub rsp_outcome: Signal<Out, OutcomeCode>,
    pub rsp_pa: Signal<Out, Bits<52>>,
    pub rsp_error_code: Signal<Out, Bits<6>>,
    pub rsp_tlb_hit: Signal<Out, Bit>,
    pub rsp_l2_hit: Signal<Out, Bit>,
    // control
    pub cr0_wp: Signal<In, Bit>,
    pub cr4_smep: Signal<In, Bit>,
    pub cr4_smap: Signal<In, Bit>,
    pub cr4_pke: Signal<In, Bit>,
    pub efer_nxe: Signal<In, Bit>,
    pub rflags_ac: Signal<In, Bit>,
    pub pkru: Signal<In, Bits<32>>,
    // invalidation
    pub inv_en: Signal<In, Bit>,
    pub inv_use_va: Signal<In, Bit>,
    pub inv_use_pcid: Signal<In, Bit>,
    pub inv_glob_wild: Signal<In, Bit>,
    pub inv_keep_glob: Signal<In, Bit>,
    pub inv_vpn: Signal<In, Bits<36>>,
    pub inv_pcid: Signal<In, Bits<12>>,
    // the walk
    pub walk_req: Signal<Out, Bit>,
    /// `walk_req` of the next cycle, so the arbiter can register its choice a cycle ahead.
    pub walk_req_next: Signal<Out, Bit>,
    pub acc_vpn_1g: Signal<Out, Bits<18>>,
    pub acc_vpn_2m: Signal<Out, Bits<9>>,
    pub acc_vpn_4k: Signal<Out, Bits<9>>,
    pub acc_kind: Signal<Out, AccessKind>,
    pub acc_user: Signal<Out, Bit>,
    pub acc_pcid: Signal<Out, Bits<12>>,
    pub walk_done: Signal<In, Bit>,
    pub walk_fault: Signal<In, Bit>,
    pub walk_bus_error: Signal<In, Bit>,
    pub walk_err_addr: Signal<In, Bits<52>>,
    pub walk_error_code: Signal<In, Bits<6>>,
    pub walk_pfn: Signal<In, Bits<40>>,
    pub walk_size: Signal<In, PageSize>,
    // the second-level TLB's answer for this port: a usable entry
    pub l2_done: Signal<In, Bit>,
    pub l2_pfn: Signal<In, Bits<40>>,
    pub l2_size: Signal<In, PageSize>,
    pub l2_user: Signal<In, Bit>,
    pub l2_writable: Signal<In, Bit>,
    pub l2_xd: Signal<In, Bit>,
    pub l2_pkey: Signal<In, Bits<4>>,
    pub l2_dirty: Signal<In, Bit>,
    pub l2_glob: Signal<In, Bit>,
    pub l2_pcid: Signal<In, Bits<12>>,
    // the fill
    pub fill_en: Signal<In, Bit>,
    /// `fill_en` may be high this cycle (it implies this); from registers.
    pub fill_prep: Signal<In, Bit>,
    pub fill_vpn_1g: Signal<In, Bits<18>>,
    pub fill_vpn_2m: Signal<In, Bits<9>>,
    pub fill_vpn_4k: Signal<In, Bits<9>>,
    pub fill_size: Signal<In, PageSize>,
    pub fill_pcid: Signal<In, Bits<12>>,
    pub fill_glob: Signal<In, Bit>,
    pub fill_pfn: Signal<In, Bits<40>>,
    pub fill_writable: Signal<In, Bit>,
    pub fill_user: Signal<In, Bit>,
    pub fill_xd: Signal<In, Bit>,
    pub fill_dirty: Signal<In, Bit>,
    pub fill_pkey: Signal<In, Bits<4>>,
    // blocks
    tlb: H::Tlb<N, A>,
    perm: H::Perm,
    // the access in flight
    /// A hit or a #GP answers in this cycle.
    r_fast: DFF<Bit>,
    r_gp: DFF<Bit>,
    /// The hit answering in this cycle came from the second-level TLB.
    r_l2: DFF<Bit>,
    /// The access missed: it waits for, or runs, a walk until the walker answers it.
    r_wait: DFF<Bit>,
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
    /// The rest of an L2 entry, for its copy into the TLB in the answer cycle.
    h_dirty: DFF<Bit>,
    h_glob: DFF<Bit>,
    h_pcid: DFF<Bits<12>>,
    // combinational terms
    accept: Signal<Local, Bit>,
    va_top: Signal<Local, Bits<17>>,
    canonical: Signal<Local, Bit>,
    hit_usable: Signal<Local, Bit>,
    wait_next: Signal<Local, Bit>,
    sel_pfn: Signal<Local, Bits<40>>,
    sel_size: Signal<Local, PageSize>,
    pa: Signal<Local, Bits<52>>,
    l_rsp_valid: Signal<Local, Bit>,
    l_rsp_outcome: Signal<Local, OutcomeCode>,
    l_rsp_pa: Signal<Local, Bits<52>>,
    l_rsp_error_code: Signal<Local, Bits<6>>,
    l_rsp_tlb_hit: Signal<Local, Bit>,
    l_rsp_l2_hit: Signal<Local, Bit>,
    /// The TLB's fill: the walk's (from the top), or the L2 entry answering in this cycle.
    fl_en: Signal<Local, Bit>,
    fl_prep: Signal<Local, Bit>,
    fl_vpn_1g: Signal<Local, Bits<18>>,
    fl_vpn_2m: Signal<Local, Bits<9>>,
    fl_vpn_4k: Signal<Local, Bits<9>>,
    fl_size: Signal<Local, PageSize>,
    fl_pcid: Signal<Local, Bits<12>>,
    fl_glob: Signal<Local, Bit>,
    fl_pfn: Signal<Local, Bits<40>>,
    fl_writable: Signal<Local, Bit>,
    fl_user: Signal<Local, Bit>,
    fl_xd: Signal<Local, Bit>,
    fl_dirty: Signal<Local, Bit>,
    fl_pkey: Signal<Local, Bits<4>>,
}

impl<const N: usize, const A: usize, H: Holder> Port<N, A, H> {
    /// A port whose L1 TLB has `N` entries (`A` = log2 `N`), for an MMU built as `config` describes.
    pub fn new(config: &Config) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            free: Default::default(),
            req_va: Default::default(),
            req_kind: Default::default(),
            req_user: Default::default(),
            hold: Default::default(),
            cur_pcid: Default::default(),
            rsp_valid: Default::default(),
            rsp_outcome: Default::default(),
            rsp_pa: Default::default(),
            rsp_error_code: Default::default(),
            rsp_tlb_hit: Default::default(),
            rsp_l2_hit: Default::default(),
            cr0_wp: Default::default(),
            cr4_smep: Default::default(),
            cr4_smap: Default::default(),
            cr4_pke: Default::default(),
            efer_nxe: Default::default(),
            rflags_ac: Default::default(),
            pkru: Default::default(),
            inv_en: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_vpn: Default::default(),
            inv_pcid: Default::default(),
            walk_req: Default::default(),
            walk_req_next: Default::default(),
            acc_vpn_1g: Default::default(),
            acc_vpn_2m: Default::default(),
            acc_vpn_4k: Default::default(),
            acc_kind: Default::default(),
            acc_user: Default::default(),
            acc_pcid: Default::default(),
            walk_done: Default::default(),
            walk_fault: Default::default(),
            walk_bus_error: Default::default(),
            walk_err_addr: Default::default(),
            walk_error_code: Default::default(),
            walk_pfn: Default::default(),
            walk_size: Default::default(),
            l2_done: Default::default(),
            l2_pfn: Default::default(),
            l2_size: Default::default(),
            l2_user: Default::default(),
            l2_writable: Default::default(),
            l2_xd: Default::default(),
            l2_pkey: Default::default(),
            l2_dirty: Default::default(),
            l2_glob: Default::default(),
            l2_pcid: Default::default(),
            fill_en: Default::default(),
            fill_prep: Default::default(),
            fill_vpn_1g: Default::default(),
            fill_vpn_2m: Default::default(),
            fill_vpn_4k: Default::default(),
            fill_size: Default::default(),
            fill_pcid: Default::default(),
            fill_glob: Default::default(),
            fill_pfn: Default::default(),
            fill_writable: Default::default(),
            fill_user: Default::default(),
            fill_xd: Default::default(),
            fill_dirty: Default::default(),
            fill_pkey: Default::default(),
            tlb: H::tlb(Tlb::new(config)),
            perm: H::perm(Perm::default()),
            r_fast: Default::default(),
            r_gp: Default::default(),
            r_l2: Default::default(),
            r_wait: Default::default(),
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
            h_dirty: Default::default(),
            h_glob: Default::default(),
            h_pcid: Default::default(),
            accept: Default::default(),
            va_top: Default::default(),
            canonical: Default::default(),
            hit_usable: Default::default(),
            wait_next: Default::default(),
            sel_pfn: Default::default(),
            sel_size: Default::default(),
            pa: Default::default(),
            l_rsp_valid: Default::default(),
            l_rsp_outcome: Default::default(),
            l_rsp_pa: Default::default(),
            l_rsp_error_code: Default::default(),
            l_rsp_tlb_hit: Default::default(),
            l_rsp_l2_hit: Default::default(),
            fl_en: Default::default(),
            fl_prep: Default::default(),
            fl_vpn_1g: Default::default(),
            fl_vpn_2m: Default::default(),
            fl_vpn_4k: Default::default(),
            fl_size: Default::default(),
            fl_pcid: Default::default(),
            fl_glob: Default::default(),
            fl_pfn: Default::default(),
            fl_writable: Default::default(),
            fl_user: Default::default(),
            fl_xd: Default::default(),
            fl_dirty: Default::default(),
            fl_pkey: Default::default(),
        }
    }
}

impl<const N: usize, const A: usize, H: Holder> Logic for Port<N, A, H> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, tlb);
        dff_setup!(
            self, clock, r_fast, r_gp, r_l2, r_wait, r_vpn_1g, r_vpn_2m, r_vpn_4k, r_off, r_kind,
            r_user, r_pcid, h_pfn, h_size, h_user, h_writable, h_xd, h_pkey, h_dirty, h_glob,
            h_pcid
        );

        // Every invalidation reaches this port's TLB.
        self.tlb.reset.next = self.reset.val();
        self.tlb.inv_en.next = self.inv_en.val();
        self.tlb.inv_use_va.next = self.inv_use_va.val();
        self.tlb.inv_use_pcid.next = self.inv_use_pcid.val();
        self.tlb.inv_glob_wild.next = self.inv_glob_wild.val();
        self.tlb.inv_keep_glob.next = self.inv_keep_glob.val();
        self.tlb.inv_vpn.next = self.inv_vpn.val();
        self.tlb.inv_pcid.next = self.inv_pcid.val();

        // Lookup with the offered VA, in the offering cycle.
        self.tlb.lk_vpn.next = self.req_va.val().get_bits::<36>(12);
        self.tlb.lk_pcid.next = self.cur_pcid.val();
        self.va_top.next = self.req_va.val().get_bits::<17>(47);
        self.canonical.next = self.va_top.val().all() || !self.va_top.val().any();
        // A write to an entry whose cached D is 0 re-walks so that D reaches memory first.
        self.hit_usable.next = self.tlb.hit.val()
            && (self.tlb.hit_dirty.val() || (self.req_kind.val() != AccessKind::Write));

        // One access in flight: none is taken while a miss waits for or runs its walk, nor while
        // an invalidation is applied, nor while an L2 entry is copied into the TLB (the next
        // lookup must see it).
        self.free.next = !self.r_wait.q.val() && !self.r_l2.q.val();
        self.req_ready.next = !self.reset.val() && self.free.val() && !self.hold.val();
        self.accept.next = self.req_valid.val() && self.req_ready.val();
        // The TLB keeps this lookup's compares: the fill of a walk for it tests overlaps with them
        // (no other fill of this TLB comes between: only this port's walk fills it).
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
        // A usable entry of the second-level TLB is registered like an L1 hit and answers in the
        // next cycle, through this port's rights check.
        self.r_l2.d.next = self.l2_done.val();
        if self.l2_done.val() {
            self.r_fast.d.next = true;
            self.h_pfn.d.next = self.l2_pfn.val();
            self.h_size.d.next = self.l2_size.val();
            self.h_user.d.next = self.l2_user.val();
            self.h_writable.d.next = self.l2_writable.val();
            self.h_xd.d.next = self.l2_xd.val();
            self.h_pkey.d.next = self.l2_pkey.val();
            self.h_dirty.d.next = self.l2_dirty.val();
            self.h_glob.d.next = self.l2_glob.val();
            self.h_pcid.d.next = self.l2_pcid.val();
        }
        // A miss waits from the next cycle until the walker's (or the second-level TLB's) answer.
        self.wait_next.next = (self.r_wait.q.val() && !self.walk_done.val() && !self.l2_done.val())
            || (self.accept.val() && self.canonical.val() && !self.hit_usable.val());
        if self.reset.val() {
            self.r_fast.d.next = false;
            self.r_l2.d.next = false;
            self.wait_next.next = false;
        }
        self.r_wait.d.next = self.wait_next.val();
        self.walk_req.next = self.r_wait.q.val();
        self.walk_req_next.next = self.wait_next.val();
        self.acc_vpn_1g.next = self.r_vpn_1g.q.val();
        self.acc_vpn_2m.next = self.r_vpn_2m.q.val();
        self.acc_vpn_4k.next = self.r_vpn_4k.q.val();
        self.acc_kind.next = self.r_kind.q.val();
        self.acc_user.next = self.r_user.q.val();
        self.acc_pcid.next = self.r_pcid.q.val();

        // The TLB's fill: the walk's, for this port's TLB only; or, in the cycle an L2 entry
        // answers, a copy of it, from the registers (the L2's compare is then off the fill's path).
        // An invalidation in that cycle drops the copy rather than racing it.
        self.fl_en.next = self.fill_en.val();
        self.fl_prep.next = self.fill_prep.val();
        self.fl_vpn_1g.next = self.fill_vpn_1g.val();
        self.fl_vpn_2m.next = self.fill_vpn_2m.val();
        self.fl_vpn_4k.next = self.fill_vpn_4k.val();
        self.fl_size.next = self.fill_size.val();
        self.fl_pcid.next = self.fill_pcid.val();
        self.fl_glob.next = self.fill_glob.val();
        self.fl_pfn.next = self.fill_pfn.val();
        self.fl_writable.next = self.fill_writable.val();
        self.fl_user.next = self.fill_user.val();
        self.fl_xd.next = self.fill_xd.val();
        self.fl_dirty.next = self.fill_dirty.val();
        self.fl_pkey.next = self.fill_pkey.val();
        if self.r_l2.q.val() {
            self.fl_en.next = !self.inv_en.val();
            self.fl_prep.next = true;
            self.fl_vpn_1g.next = self.r_vpn_1g.q.val();
            self.fl_vpn_2m.next = self.r_vpn_2m.q.val();
            self.fl_vpn_4k.next = self.r_vpn_4k.q.val();
            self.fl_size.next = self.h_size.q.val();
            self.fl_pcid.next = self.h_pcid.q.val();
            self.fl_glob.next = self.h_glob.q.val();
            self.fl_pfn.next = self.h_pfn.q.val();
            self.fl_writable.next = self.h_writable.q.val();
            self.fl_user.next = self.h_user.q.val();
            self.fl_xd.next = self.h_xd.q.val();
            self.fl_dirty.next = self.h_dirty.q.val();
            self.fl_pkey.next = self.h_pkey.q.val();
        }
        self.tlb.fill_en.next = self.fl_en.val();
        self.tlb.fill_prep.next = self.fl_prep.val();
        self.tlb.fill_vpn_1g.next = self.fl_vpn_1g.val();
        self.tlb.fill_vpn_2m.next = self.fl_vpn_2m.val();
        self.tlb.fill_vpn_4k.next = self.fl_vpn_4k.val();
        self.tlb.fill_size.next = self.fl_size.val();
        self.tlb.fill_pcid.next = self.fl_pcid.val();
        self.tlb.fill_glob.next = self.fl_glob.val();
        self.tlb.fill_pfn.next = self.fl_pfn.val();
        self.tlb.fill_writable.next = self.fl_writable.val();
        self.tlb.fill_user.next = self.fl_user.val();
        self.tlb.fill_xd.next = self.fl_xd.val();
        self.tlb.fill_dirty.next = self.fl_dirty.val();
        self.tlb.fill_pkey.next = self.fl_pkey.val();

        // The rights of the registered hit entry, against the control bits of the answer cycle.
        self.perm.page_user.next = self.h_user.q.val();
        self.perm.page_writable.next = self.h_writable.q.val();
        self.perm.page_xd.next = self.h_xd.q.val();
        self.perm.page_pkey.next = self.h_pkey.q.val();
        self.perm.kind.next = self.r_kind.q.val();
        self.perm.user_access.next = self.r_user.q.val();
        self.perm.cr0_wp.next = self.cr0_wp.val();
        self.perm.cr4_smep.next = self.cr4_smep.val();
        self.perm.cr4_smap.next = self.cr4_smap.val();
        self.perm.cr4_pke.next = self.cr4_pke.val();
        self.perm.efer_nxe.next = self.efer_nxe.val();
        self.perm.rflags_ac.next = self.rflags_ac.val();
        self.perm.pkru.next = self.pkru.val();

        // PA = page frame above the page size, VA below it; the frame is the walk's in its answer.
        self.sel_pfn.next = self.h_pfn.q.val();
        self.sel_size.next = self.h_size.q.val();
        if self.walk_done.val() {
            self.sel_pfn.next = self.walk_pfn.val();
            self.sel_size.next = self.walk_size.val();
        }
        self.pa.next =
            (bit_cast::<52, 40>(self.sel_pfn.val()) << 12) | bit_cast::<52, 12>(self.r_off.q.val());
        if self.sel_size.val() != PageSize::Size4K {
            self.pa.next = self.pa.val() | (bit_cast::<52, 9>(self.r_vpn_4k.q.val()) << 12);
        }
        if self.sel_size.val() == PageSize::Size1G {
            self.pa.next = self.pa.val() | (bit_cast::<52, 9>(self.r_vpn_2m.q.val()) << 21);
        }

        // Response: a hit or #GP registered last cycle, or the walker's answer (never both: a port
        // takes nothing while its miss waits).
        self.l_rsp_valid.next = false;
        self.l_rsp_outcome.next = OutcomeCode::Ok;
        self.l_rsp_pa.next = 0.into();
        self.l_rsp_error_code.next = 0.into();
        self.l_rsp_tlb_hit.next = false;
        self.l_rsp_l2_hit.next = false;
        if self.r_fast.q.val() {
            self.l_rsp_valid.next = true;
            if self.r_gp.q.val() {
                self.l_rsp_outcome.next = OutcomeCode::GeneralProtection;
            } else {
                self.l_rsp_tlb_hit.next = !self.r_l2.q.val();
                self.l_rsp_l2_hit.next = self.r_l2.q.val();
                if self.perm.allow.val() {
                    self.l_rsp_pa.next = self.pa.val();
                } else {
                    self.l_rsp_outcome.next = OutcomeCode::PageFault;
                    self.l_rsp_error_code.next = self.perm.error_code.val();
                }
            }
        } else if self.walk_done.val() {
            self.l_rsp_valid.next = true;
            if self.walk_fault.val() && self.walk_bus_error.val() {
                // the entry's physical address on `rsp_pa`
                self.l_rsp_outcome.next = OutcomeCode::BusError;
                self.l_rsp_pa.next = self.walk_err_addr.val();
            } else if self.walk_fault.val() {
                self.l_rsp_outcome.next = OutcomeCode::PageFault;
                self.l_rsp_error_code.next = self.walk_error_code.val();
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
        self.rsp_l2_hit.next = self.l_rsp_l2_hit.val();
    }
}
