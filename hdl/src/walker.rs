//! `Walker`: the IA-32e 4-level page walk (SDM 4.5), reserved-bit checks, the rights check through
//! the shared `Perm` block, A/D write-back (4.8) and the TLB fill.
//!
//! One FSM (`WalkState`) plus a 2-bit level counter (3 = PML4E, 2 = PDPTE, 1 = PDE, 0 = PTE) that
//! is reused to walk the write-back slots. The walk starts in the `Idle` cycle with `start` high,
//! below the deepest entry the paging-structure cache (`pwc_*` inputs, looked up by the top in
//! that cycle) holds for the access, or at the PML4. Per level: `ReadEntry` issues the read of
//! `base + 8 * VA[level index]`, `CheckEntry` waits for the data and checks it as it arrives:
//! not present -> `Fault` (P=0); reserved bit -> `Fault` (P=1, RSVD=1); leaf (PTE, PDE with PS=1,
//! PDPTE with PS=1) -> `PermCheck`; otherwise the next level. Reserved: bits 51:MAXPHYADDR, bit 63
//! when EFER.NXE=0, PS in a PML4E, bits 29:13 of a 1G PDPTE, bits 20:13 of a 2M PDE.
//!
//! `PermCheck` presents the accumulated rights (U/S and R/W ANDed, XD ORed over every level, the
//! leaf's key) to `Perm` for one cycle. Denied -> `Fault` with Perm's code; allowed -> every level
//! whose entry needs A (or D, the leaf on a write) is written in walk order, each write being the
//! entry as read OR the new bits; levels whose value would not change are skipped. Each write is a
//! compare-and-set: `mem_req_expect` carries the entry as read, and the memory writes only if the
//! word still holds it, else answers `mem_rsp_stale` (another agent changed it since the read).
//! A stale answer, once every write is answered and none failed, starts the walk again
//! (`Rewalk`, standing for the start cycle: the paging-structure cache is looked up again, the
//! entries read afresh, the rights checked on what they now say). The writes are
//! posted: the first is offered in `PermCheck` itself, the others one per cycle from `WriteBack`,
//! without waiting for answers; `AckWrite` waits for the answer to the last. Then `Done` answers,
//! fills the TLB and offers the deepest non-leaf entry it read to the paging-structure cache
//! (`pwc_fill_*`). A fault writes nothing and fills nothing. A read answered with `mem_rsp_err`
//! ends the walk in `Fault` with `bus_error` and the entry's address on `err_addr`: no further
//! request, nothing filled. A write answered with `mem_rsp_err` does the same once every write is
//! answered, naming the first write that failed (the later ones were already offered).
//!
//! Ports
//! - `clock`, `reset` (synchronous: back to `Idle`, the walk is abandoned without an answer).
//! - request: `start` (pulse, `Idle` only), `pml4_base` (PA 51:12, sampled at `start`); held by the
//!   top for the whole walk: `vpn_1g`/`_2m`/`_4k` (VA 47:30, 29:21, 20:12, the slices the TLB
//!   uses), `is_write`, `pcid` (PCID of the access).
//! - control: `cr4_pge` (leaf G counts only with PGE), `efer_nxe` (bit 63 reserved without NXE).
//! - invalidation bundle, the same the TLB sees: `inv_en`, `inv_use_va`, `inv_use_pcid`,
//!   `inv_glob_wild`, `inv_keep_glob`, `inv_vpn`, `inv_pcid`. An invalidation that would drop the
//!   translation this walk is building marks the fill dead (`dead`): the walk still answers, but
//!   installs nothing. The walk is compared exactly like a TLB entry (its VPN, its PCID, its page
//!   size and global bit once the leaf is read); before the leaf is known, the page size and the
//!   global bit are assumed to make the operation cover it.
//! - rights to `Perm`: `rights_user`, `rights_writable`, `rights_xd`, `rights_pkey`; back:
//!   `perm_allow`, `perm_code`.
//! - memory: `mem_req_valid`, `mem_req_ready`, `mem_req_addr` (52), `mem_req_we`, `mem_req_wdata`,
//!   `mem_req_expect`, `mem_rsp_valid`, `mem_rsp_data`, `mem_rsp_err`, `mem_rsp_stale`. A request transfers at a rising edge with
//!   valid & ready; an offer not taken stays, unchanged. Every request, read or write, is answered
//!   by exactly one `mem_rsp_valid` pulse (data ignored for writes) at least one cycle after its
//!   transfer, in the order the requests were taken; any latency and any back-pressure are fine.
//!   A read is offered only when every earlier request has been answered; the A/D writes of a walk
//!   (at most four) are offered back to back, so up to four writes are outstanding, and the walk
//!   answers its access only after the last write's answer. The memory port is part of the reset
//!   domain: a reset clears `outstanding` and `wb_sent`, and the memory, reset with the MMU, must
//!   not answer a request that transferred before the reset. So after a reset no state,
//!   initialised or not, is left over.
//! - `rewalk`: the walk starts again this cycle; the top looks the paging-structure cache up for it.
//! - result: `busy`, `done` (one cycle, `Done` or `Fault`), `fault`, `error_code`, `pfn` (PA 51:12
//!   of the page, bits below the page size zero), `size` (0 4K, 1 2M, 2 1G).
//! - fill: `fill_en` (during `Done` when not dead) and `fill_*`, wired to the TLB; `fill_prep`
//!   (during `Done`, from the state flop alone) tells the TLB to choose the slot, so that a kill
//!   in that cycle reaches only the TLB's write enables.
//!
//! Cycles (memory ready at once, answering `L` cycles after the transfer): 1 start cycle, `1 + L`
//! per level read (ReadEntry, then CheckEntry until the data), 1 for PermCheck (which offers the
//! first write), 1 per further write, `L` for the last write's answer, 1 for Done. A cold 4K walk
//! (four reads, four A writes) takes 1 + 4(1 + L) + 4 + L + 1 = 5L + 10 cycles, 15 with L = 1; a
//! walk that writes nothing 4L + 7 at most; a 4K miss whose PDE is cached (one read, A already
//! set) L + 4.
//!
//! ```text
//!   clock        _/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\__/‾\_
//!   state        Idle|Read|Chk |..  |Chk |Perm|WrBk|WrBk|WrBk|Ack |Done|Idle
//!   mem_req_val  _____/‾‾‾‾\____ ..  _____/‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾\______________
//!   mem_req_we   _______________ ..  _____/‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾\______________
//!   mem_rsp_val  __________/‾‾‾‾ ..  /‾‾‾‾\____/‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾\_________   (L = 1)
//!   done         _______________ ..  ______________________________/‾‾‾‾\____
//! ```

use mmu_arch::{pf, Config, PageSize};
use rust_hdl::prelude::*;

pub use crate::walk_state::WalkState;

#[derive(LogicBlock)]
pub struct Walker {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // request
    pub start: Signal<In, Bit>,
    pub pml4_base: Signal<In, Bits<40>>,
    /// VA 47:30, 29:21 and 20:12 of the access.
    pub vpn_1g: Signal<In, Bits<18>>,
    pub vpn_2m: Signal<In, Bits<9>>,
    pub vpn_4k: Signal<In, Bits<9>>,
    pub is_write: Signal<In, Bit>,
    pub pcid: Signal<In, Bits<12>>,
    pub cr4_pge: Signal<In, Bit>,
    pub efer_nxe: Signal<In, Bit>,
    // invalidation bundle
    pub inv_en: Signal<In, Bit>,
    pub inv_use_va: Signal<In, Bit>,
    pub inv_use_pcid: Signal<In, Bit>,
    pub inv_glob_wild: Signal<In, Bit>,
    pub inv_keep_glob: Signal<In, Bit>,
    pub inv_vpn: Signal<In, Bits<36>>,
    pub inv_pcid: Signal<In, Bits<12>>,
    // rights check
    pub rights_user: Signal<Out, Bit>,
    pub rights_writable: Signal<Out, Bit>,
    pub rights_xd: Signal<Out, Bit>,
    pub rights_pkey: Signal<Out, Bits<4>>,
    pub perm_allow: Signal<In, Bit>,
    pub perm_code: Signal<In, Bits<6>>,
    // paging-structure cache: lookup result for `vpn_*`/`pcid` (read in the `start` cycle), fill
    pub pwc_hit: Signal<In, Bit>,
    pub pwc_level: Signal<In, Bits<2>>,
    pub pwc_base: Signal<In, Bits<40>>,
    pub pwc_user: Signal<In, Bit>,
    pub pwc_writable: Signal<In, Bit>,
    pub pwc_xd: Signal<In, Bit>,
    pub pwc_fill_en: Signal<Out, Bit>,
    pub pwc_fill_level: Signal<Out, Bits<2>>,
    pub pwc_fill_base: Signal<Out, Bits<40>>,
    pub pwc_fill_user: Signal<Out, Bit>,
    pub pwc_fill_writable: Signal<Out, Bit>,
    pub pwc_fill_xd: Signal<Out, Bit>,
    // memory
    pub mem_req_valid: Signal<Out, Bit>,
    pub mem_req_ready: Signal<In, Bit>,
    pub mem_req_addr: Signal<Out, Bits<52>>,
    pub mem_req_we: Signal<Out, Bit>,
    pub mem_req_wdata: Signal<Out, Bits<64>>,
    /// With a write: the entry as the walk read it. The memory writes only if the word still holds it.
    pub mem_req_expect: Signal<Out, Bits<64>>,
    pub mem_rsp_valid: Signal<In, Bit>,
    pub mem_rsp_data: Signal<In, Bits<64>>,
    /// The answer is a bus error: no data (read) or not written (write).
    pub mem_rsp_err: Signal<In, Bit>,
    /// The write's answer: the word no longer held `mem_req_expect`, nothing was written.
    pub mem_rsp_stale: Signal<In, Bit>,
    /// The walk starts again this cycle (`Rewalk`): the top looks the paging-structure cache up for it.
    pub rewalk: Signal<Out, Bit>,
    // result
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub fault: Signal<Out, Bit>,
    pub error_code: Signal<Out, Bits<6>>,
    pub pfn: Signal<Out, Bits<40>>,
    pub size: Signal<Out, PageSize>,
    /// With `fault`: the walk ended on a bus error at `err_addr`, not on a #PF.
    pub bus_error: Signal<Out, Bit>,
    pub err_addr: Signal<Out, Bits<52>>,
    // fill
    pub fill_en: Signal<Out, Bit>,
    /// In `Done`: `fill_en` may be high (it implies this). From the state flop only.
    pub fill_prep: Signal<Out, Bit>,
    pub fill_vpn_1g: Signal<Out, Bits<18>>,
    pub fill_vpn_2m: Signal<Out, Bits<9>>,
    pub fill_vpn_4k: Signal<Out, Bits<9>>,
    pub fill_size: Signal<Out, PageSize>,
    pub fill_pcid: Signal<Out, Bits<12>>,
    pub fill_glob: Signal<Out, Bit>,
    pub fill_pfn: Signal<Out, Bits<40>>,
    pub fill_writable: Signal<Out, Bit>,
    pub fill_user: Signal<Out, Bit>,
    pub fill_xd: Signal<Out, Bit>,
    pub fill_dirty: Signal<Out, Bit>,
    pub fill_pkey: Signal<Out, Bits<4>>,
    // state
    state: DFF<WalkState>,
    /// The level being read; from the leaf on, the level whose A/D write is offered next; in a
    /// bus-error `Fault`, the failed entry's level.
    level: DFF<Bits<2>>,
    /// Table base (PA 51:12) of the level being read.
    base: DFF<Bits<40>>,
    acc_user: DFF<Bit>,
    acc_writable: DFF<Bit>,
    acc_xd: DFF<Bit>,
    leaf_known: DFF<Bit>,
    leaf_size: DFF<PageSize>,
    leaf_pfn: DFF<Bits<40>>,
    leaf_glob: DFF<Bit>,
    leaf_dirty: DFF<Bit>,
    leaf_pkey: DFF<Bits<4>>,
    /// Per level: the entry needs an A/D write, its address, and the entry as read (the write adds A/D to it).
    wb_need: [DFF<Bit>; 4],
    /// Per level: the A/D write was taken by the memory and its answer has not come yet.
    wb_sent: [DFF<Bit>; 4],
    wb_addr: [DFF<Bits<52>>; 4],
    wb_data: [DFF<Bits<64>>; 4],
    code: DFF<Bits<6>>,
    dead: DFF<Bit>,
    /// A read was taken by the memory and its answer has not come yet.
    outstanding: DFF<Bit>,
    /// The deepest non-leaf entry read from memory so far, as the paging-structure cache keeps it.
    pf_valid: DFF<Bit>,
    pf_level: DFF<Bits<2>>,
    pf_base: DFF<Bits<40>>,
    pf_user: DFF<Bit>,
    pf_writable: DFF<Bit>,
    pf_xd: DFF<Bit>,
    /// An invalidation dropped the paging-structure-cache entries of this walk's PCID: fill none.
    pwc_dead: DFF<Bit>,
    /// The walk ended on a bus error, at this entry address.
    berr: DFF<Bit>,
    /// The level of the entry whose access failed (`err_addr` is that entry's address).
    berr_lvl: DFF<Bits<2>>,
    /// A write of this walk was answered stale: the walk starts again once every write is answered.
    stale: DFF<Bit>,
    // combinational terms
    /// An invalidation this cycle covers the walk.
    pub kill: Signal<Out, Bit>,
    /// An invalidation this cycle drops paging-structure-cache entries of the walk's PCID.
    pwc_kill: Signal<Local, Bit>,
    /// The walk starts this cycle: a new one (`Idle` with `start`) or again (`Rewalk`).
    launch: Signal<Local, Bit>,
    /// The level of the leaf read (0 4K, 1 2M, 2 1G): its write adds D on a write access.
    leaf_lvl: Signal<Local, Bits<2>>,
    /// A walk is running or starts this cycle.
    active: Signal<Local, Bit>,
    /// The leaf of the running walk has been read.
    known: Signal<Local, Bit>,
    cached_rsvd: Signal<Local, Bit>,
    /// The entry address of the current level, as sent to memory.
    cur_addr: Signal<Local, Bits<52>>,
    l_pwc_fill_en: Signal<Local, Bit>,
    idx: Signal<Local, Bits<9>>,
    entry_addr: Signal<Local, Bits<52>>,
    e_present: Signal<Local, Bit>,
    e_ps: Signal<Local, Bit>,
    e_rsvd: Signal<Local, Bit>,
    e_leaf: Signal<Local, Bit>,
    e_next_base: Signal<Local, Bits<40>>,
    e_leaf_pfn: Signal<Local, Bits<40>>,
    e_new_bits: Signal<Local, Bits<64>>,
    e_wb_val: Signal<Local, Bits<64>>,
    wb_any: Signal<Local, Bit>,
    wb_top: Signal<Local, Bits<2>>,
    /// A level other than `level` still needs its write, and the highest of them (the next write).
    wb_rest: Signal<Local, Bit>,
    wb_next: Signal<Local, Bits<2>>,
    /// Writes taken and not answered: any, more than one, and the oldest (the highest level: answers come in order).
    sent_any: Signal<Local, Bit>,
    sent_more: Signal<Local, Bit>,
    sent_top: Signal<Local, Bits<2>>,
    /// The write offered this cycle (PermCheck when the access is allowed, WriteBack).
    offer_write: Signal<Local, Bit>,
    can_issue: Signal<Local, Bit>,
    k_va: Signal<Local, Bit>,
    k_pcid: Signal<Local, Bit>,
    k_keep: Signal<Local, Bit>,
    l_done: Signal<Local, Bit>,
    l_fault: Signal<Local, Bit>,
    l_mem_req_valid: Signal<Local, Bit>,
    l_mem_req_we: Signal<Local, Bit>,
    l_mem_req_addr: Signal<Local, Bits<52>>,
    l_mem_req_wdata: Signal<Local, Bits<64>>,
    l_mem_req_expect: Signal<Local, Bits<64>>,
    l_fill_en: Signal<Local, Bit>,
    k_level: [Constant<Bits<2>>; 4],
    rsvd_mask: Constant<Bits<64>>,
    /// The bits of an entry that can be non-zero once it passed the reserved-bit check (the write-back
    /// slots keep only those: synthesis drops the flops of the others).
    wb_keep: Constant<Bits<64>>,
    pfn_mask: Constant<Bits<40>>,
    pfn_1g: Constant<Bits<40>>,
    pfn_2m: Constant<Bits<40>>,
    bit_a: Constant<Bits<64>>,
    bit_ad: Constant<Bits<64>>,
    code_wui: Constant<Bits<6>>,
    code_p_rsvd: Constant<Bits<6>>,
}

impl Walker {
    /// The walker of `config` (its MAXPHYADDR). Panics, naming the problem, on a configuration the RTL cannot be
    /// built as.
    pub fn new(config: &Config) -> Self {
        if let Err(e) = config.validate_rtl() {
            panic!("{e}");
        }
        let paddr_bits = config.paddr_bits;
        // bits 51:MAXPHYADDR of an entry are reserved
        let rsvd: u64 = ((1u64 << 52) - 1) & !((1u64 << paddr_bits) - 1);
        let pfn_mask: u64 = (1u64 << (paddr_bits - 12)) - 1;
        let pfn_all: u64 = (1u64 << 40) - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            pml4_base: Default::default(),
            vpn_1g: Default::default(),
            vpn_2m: Default::default(),
            vpn_4k: Default::default(),
            is_write: Default::default(),
            pcid: Default::default(),
            cr4_pge: Default::default(),
            efer_nxe: Default::default(),
            inv_en: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_vpn: Default::default(),
            inv_pcid: Default::default(),
            rights_user: Default::default(),
            rights_writable: Default::default(),
            rights_xd: Default::default(),
            rights_pkey: Default::default(),
            perm_allow: Default::default(),
            perm_code: Default::default(),
            pwc_hit: Default::default(),
            pwc_level: Default::default(),
            pwc_base: Default::default(),
            pwc_user: Default::default(),
            pwc_writable: Default::default(),
            pwc_xd: Default::default(),
            pwc_fill_en: Default::default(),
            pwc_fill_level: Default::default(),
            pwc_fill_base: Default::default(),
            pwc_fill_user: Default::default(),
            pwc_fill_writable: Default::default(),
            pwc_fill_xd: Default::default(),
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
            rewalk: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            fault: Default::default(),
            error_code: Default::default(),
            pfn: Default::default(),
            size: Default::default(),
            bus_error: Default::default(),
            err_addr: Default::default(),
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
            state: Default::default(),
            level: Default::default(),
            base: Default::default(),
            acc_user: Default::default(),
            acc_writable: Default::default(),
            acc_xd: Default::default(),
            leaf_known: Default::default(),
            leaf_size: Default::default(),
            leaf_pfn: Default::default(),
            leaf_glob: Default::default(),
            leaf_dirty: Default::default(),
            leaf_pkey: Default::default(),
            wb_need: std::array::from_fn(|_| Default::default()),
            wb_sent: std::array::from_fn(|_| Default::default()),
            wb_addr: std::array::from_fn(|_| Default::default()),
            wb_data: std::array::from_fn(|_| Default::default()),
            code: Default::default(),
            dead: Default::default(),
            outstanding: Default::default(),
            pf_valid: Default::default(),
            pf_level: Default::default(),
            pf_base: Default::default(),
            pf_user: Default::default(),
            pf_writable: Default::default(),
            pf_xd: Default::default(),
            pwc_dead: Default::default(),
            berr: Default::default(),
            berr_lvl: Default::default(),
            stale: Default::default(),
            launch: Default::default(),
            leaf_lvl: Default::default(),
            kill: Default::default(),
            pwc_kill: Default::default(),
            active: Default::default(),
            known: Default::default(),
            cached_rsvd: Default::default(),
            cur_addr: Default::default(),
            l_pwc_fill_en: Default::default(),
            idx: Default::default(),
            entry_addr: Default::default(),
            e_present: Default::default(),
            e_ps: Default::default(),
            e_rsvd: Default::default(),
            e_leaf: Default::default(),
            e_next_base: Default::default(),
            e_leaf_pfn: Default::default(),
            e_new_bits: Default::default(),
            e_wb_val: Default::default(),
            wb_any: Default::default(),
            wb_top: Default::default(),
            wb_rest: Default::default(),
            wb_next: Default::default(),
            sent_any: Default::default(),
            sent_more: Default::default(),
            sent_top: Default::default(),
            offer_write: Default::default(),
            can_issue: Default::default(),
            k_va: Default::default(),
            k_pcid: Default::default(),
            k_keep: Default::default(),
            l_done: Default::default(),
            l_fault: Default::default(),
            l_mem_req_valid: Default::default(),
            l_mem_req_we: Default::default(),
            l_mem_req_addr: Default::default(),
            l_mem_req_wdata: Default::default(),
            l_mem_req_expect: Default::default(),
            l_fill_en: Default::default(),
            k_level: std::array::from_fn(|i| Constant::new((i as u64).into())),
            rsvd_mask: Constant::new(rsvd.into()),
            wb_keep: Constant::new((!rsvd).into()),
            pfn_mask: Constant::new(pfn_mask.into()),
            pfn_1g: Constant::new((pfn_mask & pfn_all & !((1u64 << 18) - 1)).into()),
            pfn_2m: Constant::new((pfn_mask & pfn_all & !((1u64 << 9) - 1)).into()),
            bit_a: Constant::new((1u64 << 5).into()),
            bit_ad: Constant::new(((1u64 << 5) | (1u64 << 6)).into()),
            code_wui: Constant::new(u64::from(pf::W | pf::U | pf::I).into()),
            code_p_rsvd: Constant::new(u64::from(pf::P | pf::RSVD).into()),
        }
    }
}

impl Logic for Walker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            level,
            base,
            acc_user,
            acc_writable,
            acc_xd,
            leaf_known,
            leaf_size,
            leaf_pfn,
            leaf_glob,
            leaf_dirty,
            leaf_pkey,
            code,
            dead,
            outstanding,
            pf_valid,
            pf_level,
            pf_base,
            pf_user,
            pf_writable,
            pf_xd,
            pwc_dead,
            berr,
            berr_lvl,
            stale
        );
        for i in 0..4 {
            self.wb_need[i].clock.next = self.clock.val();
            self.wb_sent[i].clock.next = self.clock.val();
            self.wb_addr[i].clock.next = self.clock.val();
            self.wb_data[i].clock.next = self.clock.val();
            self.wb_need[i].d.next = self.wb_need[i].q.val();
            self.wb_sent[i].d.next = self.wb_sent[i].q.val();
            self.wb_addr[i].d.next = self.wb_addr[i].q.val();
            self.wb_data[i].d.next = self.wb_data[i].q.val();
        }

        // Outputs that do not depend on the state arm.
        self.busy.next = self.state.q.val() != WalkState::Idle;
        self.l_done.next = false;
        self.l_fault.next = false;
        self.error_code.next = self.code.q.val();
        self.pfn.next = self.leaf_pfn.q.val();
        self.size.next = self.leaf_size.q.val();
        self.bus_error.next = self.berr.q.val();
        self.rights_user.next = self.acc_user.q.val();
        self.rights_writable.next = self.acc_writable.q.val();
        self.rights_xd.next = self.acc_xd.q.val();
        self.rights_pkey.next = self.leaf_pkey.q.val();
        self.l_mem_req_valid.next = false;
        self.l_mem_req_we.next = false;
        self.l_mem_req_addr.next = 0.into();
        self.l_mem_req_wdata.next = 0.into();
        self.l_mem_req_expect.next = 0.into();
        self.l_fill_en.next = false;
        self.fill_vpn_1g.next = self.vpn_1g.val();
        self.fill_vpn_2m.next = self.vpn_2m.val();
        self.fill_vpn_4k.next = self.vpn_4k.val();
        self.fill_size.next = self.leaf_size.q.val();
        self.fill_pcid.next = self.pcid.val();
        self.fill_glob.next = self.leaf_glob.q.val();
        self.fill_pfn.next = self.leaf_pfn.q.val();
        self.fill_writable.next = self.acc_writable.q.val();
        self.fill_user.next = self.acc_user.q.val();
        self.fill_xd.next = self.acc_xd.q.val();
        self.fill_dirty.next = self.leaf_dirty.q.val();
        self.fill_pkey.next = self.leaf_pkey.q.val();
        self.l_pwc_fill_en.next = false;
        self.pwc_fill_level.next = self.pf_level.q.val();
        self.pwc_fill_base.next = self.pf_base.q.val();
        self.pwc_fill_user.next = self.pf_user.q.val();
        self.pwc_fill_writable.next = self.pf_writable.q.val();
        self.pwc_fill_xd.next = self.pf_xd.q.val();
        // A cached path with XD set is a reserved-bit fault once NXE is 0, as re-reading it would be.
        self.cached_rsvd.next = self.pwc_xd.val() && !self.efer_nxe.val();

        // Entry address at the current level: base + 8 * VA[level index].
        self.idx.next = self.vpn_4k.val();
        if self.level.q.val() == 3 {
            self.idx.next = self.vpn_1g.val().get_bits::<9>(9);
        }
        if self.level.q.val() == 2 {
            self.idx.next = self.vpn_1g.val().get_bits::<9>(0);
        }
        if self.level.q.val() == 1 {
            self.idx.next = self.vpn_2m.val();
        }
        self.entry_addr.next = (bit_cast::<52, 40>(self.base.q.val()) << 12)
            | (bit_cast::<52, 9>(self.idx.val()) << 3);

        // Decode of the entry arriving on the memory port (meaningful in CheckEntry).
        self.e_present.next = self.mem_rsp_data.val().get_bit(0);
        self.e_ps.next = self.mem_rsp_data.val().get_bit(7);
        self.e_rsvd.next = (self.mem_rsp_data.val() & self.rsvd_mask.val()).any()
            || (self.mem_rsp_data.val().get_bit(63) && !self.efer_nxe.val())
            || ((self.level.q.val() == 3) && self.e_ps.val())
            || ((self.level.q.val() == 2)
                && self.e_ps.val()
                && self.mem_rsp_data.val().get_bits::<17>(13).any())
            || ((self.level.q.val() == 1)
                && self.e_ps.val()
                && self.mem_rsp_data.val().get_bits::<8>(13).any());
        self.e_leaf.next = (self.level.q.val() == 0)
            || (((self.level.q.val() == 2) || (self.level.q.val() == 1)) && self.e_ps.val());
        self.e_next_base.next = self.mem_rsp_data.val().get_bits::<40>(12) & self.pfn_mask.val();
        self.e_leaf_pfn.next = self.e_next_base.val();
        if self.level.q.val() == 2 {
            self.e_leaf_pfn.next = self.e_next_base.val() & self.pfn_1g.val();
        }
        if self.level.q.val() == 1 {
            self.e_leaf_pfn.next = self.e_next_base.val() & self.pfn_2m.val();
        }
        // A at every level; D too on the leaf of a write.
        self.e_new_bits.next = self.bit_a.val();
        if self.e_leaf.val() && self.is_write.val() {
            self.e_new_bits.next = self.bit_ad.val();
        }
        self.e_wb_val.next = self.mem_rsp_data.val() | self.e_new_bits.val();

        // The leaf's level, from its page size: the write there adds D too on a write access.
        self.leaf_lvl.next = 0.into();
        if self.leaf_size.q.val() == PageSize::Size2M {
            self.leaf_lvl.next = 1.into();
        }
        if self.leaf_size.q.val() == PageSize::Size1G {
            self.leaf_lvl.next = 2.into();
        }

        // Next write-back level in walk order: the highest pending one. The writes are answered in the
        // order they were taken, so the oldest unanswered one is the highest level sent.
        self.wb_any.next = false;
        self.wb_top.next = 0.into();
        self.wb_rest.next = false;
        self.wb_next.next = 0.into();
        self.sent_any.next = false;
        self.sent_more.next = false;
        self.sent_top.next = 0.into();
        for i in 0..4 {
            if self.wb_need[i].q.val() {
                self.wb_any.next = true;
                self.wb_top.next = self.k_level[i].val();
                if self.level.q.val() != self.k_level[i].val() {
                    self.wb_rest.next = true;
                    self.wb_next.next = self.k_level[i].val();
                }
            }
            if self.wb_sent[i].q.val() {
                self.sent_more.next = self.sent_any.val();
                self.sent_any.next = true;
                self.sent_top.next = self.k_level[i].val();
            }
        }

        // Does an invalidation this cycle drop what the walk will install? Compared like a TLB
        // entry; unknown page size or global bit count as covered. The start cycle counts: the
        // walk is committed from then on, and the leaf of the previous walk is not this one's.
        self.active.next = self.busy.val() || self.start.val();
        self.known.next = self.leaf_known.q.val() && self.busy.val();
        self.k_va.next = !self.inv_use_va.val()
            || !self.known.val()
            || ((self.vpn_1g.val() == self.inv_vpn.val().get_bits::<18>(18))
                && ((self.leaf_size.q.val() == PageSize::Size1G)
                    || (self.vpn_2m.val() == self.inv_vpn.val().get_bits::<9>(9)))
                && ((self.leaf_size.q.val() != PageSize::Size4K)
                    || (self.vpn_4k.val() == self.inv_vpn.val().get_bits::<9>(0))));
        self.k_pcid.next = !self.inv_use_pcid.val()
            || (self.pcid.val() == self.inv_pcid.val())
            || (self.inv_glob_wild.val() && (!self.known.val() || self.leaf_glob.q.val()));
        self.k_keep.next = self.inv_keep_glob.val() && self.known.val() && self.leaf_glob.q.val();
        self.kill.next = self.inv_en.val()
            && self.active.val()
            && self.k_va.val()
            && self.k_pcid.val()
            && !self.k_keep.val();
        if self.kill.val() {
            self.dead.d.next = true;
        }
        // Paging-structure-cache entries are dropped by PCID or all at once.
        self.pwc_kill.next = self.inv_en.val()
            && self.active.val()
            && (!self.inv_use_pcid.val() || (self.pcid.val() == self.inv_pcid.val()));
        if self.pwc_kill.val() {
            self.pwc_dead.d.next = true;
        }

        // The address of this level's entry as it went to memory (kept for the A/D write as well).
        self.cur_addr.next = 0.into();
        for i in 0..4 {
            if self.level.q.val().index() == i {
                self.cur_addr.next = self.wb_addr[i].q.val();
            }
        }

        // A read waits for every earlier answer (the next level's address is in it); nothing is offered in a reset.
        self.can_issue.next =
            !self.outstanding.q.val() && !self.sent_any.val() && !self.reset.val();

        // The A/D writes are posted: one is offered per cycle, highest level first, while the earlier ones are still
        // unanswered. `level` points at the write offered (the leaf's check sets it to the highest level needing
        // one). The first is offered in PermCheck itself when the access is allowed; one not taken there is offered
        // again, unchanged, from WriteBack.
        self.offer_write.next = (self.state.q.val() == WalkState::WriteBack)
            || ((self.state.q.val() == WalkState::PermCheck)
                && self.perm_allow.val()
                && self.wb_any.val());
        if self.offer_write.val() {
            self.l_mem_req_valid.next = !self.reset.val();
            self.l_mem_req_we.next = true;
            self.l_mem_req_addr.next = self.cur_addr.val();
            for i in 0..4 {
                if self.level.q.val().index() == i {
                    self.l_mem_req_expect.next = self.wb_data[i].q.val();
                }
            }
            // A compare-and-set: the entry as read is the expected value, the same with A/D added the new one.
            self.l_mem_req_wdata.next = self.l_mem_req_expect.val() | self.bit_a.val();
            if self.is_write.val() && (self.level.q.val() == self.leaf_lvl.val()) {
                self.l_mem_req_wdata.next = self.l_mem_req_expect.val() | self.bit_ad.val();
            }
        }
        // A write's answer, oldest first; the first that failed names the access's bus error.
        if self.mem_rsp_valid.val() && self.sent_any.val() {
            for i in 0..4 {
                if self.sent_top.val().index() == i {
                    self.wb_sent[i].d.next = false;
                }
            }
            if self.mem_rsp_err.val() && !self.berr.q.val() {
                self.berr.d.next = true;
                self.berr_lvl.d.next = self.sent_top.val();
            }
            if self.mem_rsp_stale.val() {
                self.stale.d.next = true;
            }
        }

        // Start below the deepest cached non-leaf entry, or at the PML4. Again after a stale write: the entries are
        // read afresh, and the access then gets what they now say. An invalidation seen by the first try still
        // counts (`dead`, `pwc_dead`).
        self.launch.next = ((self.state.q.val() == WalkState::Idle) && self.start.val())
            || (self.state.q.val() == WalkState::Rewalk);
        if self.launch.val() {
            self.base.d.next = self.pml4_base.val();
            self.level.d.next = 3.into();
            self.acc_user.d.next = true;
            self.acc_writable.d.next = true;
            self.acc_xd.d.next = false;
            if self.pwc_hit.val() {
                self.base.d.next = self.pwc_base.val();
                self.level.d.next = self.pwc_level.val() - 1;
                self.acc_user.d.next = self.pwc_user.val();
                self.acc_writable.d.next = self.pwc_writable.val();
                self.acc_xd.d.next = self.pwc_xd.val();
            }
            self.leaf_known.d.next = false;
            self.dead.d.next =
                self.kill.val() || (self.dead.q.val() && (self.state.q.val() == WalkState::Rewalk));
            self.pwc_dead.d.next = self.pwc_kill.val()
                || (self.pwc_dead.q.val() && (self.state.q.val() == WalkState::Rewalk));
            self.pf_valid.d.next = false;
            self.berr.d.next = false;
            self.stale.d.next = false;
            for i in 0..4 {
                self.wb_need[i].d.next = false;
            }
            self.state.d.next = WalkState::ReadEntry;
            if self.pwc_hit.val() && self.cached_rsvd.val() {
                self.code.d.next =
                    (self.perm_code.val() & self.code_wui.val()) | self.code_p_rsvd.val();
                self.state.d.next = WalkState::Fault;
            }
        }

        match self.state.q.val() {
            // Wait for a miss; `start` is taken above (`launch`).
            WalkState::Idle => {}
            // The first try's writes are all answered, one of them stale: the walk starts again above (`launch`).
            WalkState::Rewalk => {}
            // Read the entry of this level; remember its address for a later A/D write.
            WalkState::ReadEntry => {
                self.l_mem_req_valid.next = self.can_issue.val();
                self.l_mem_req_addr.next = self.entry_addr.val();
                if self.can_issue.val() && self.mem_req_ready.val() {
                    for i in 0..4 {
                        if self.level.q.val().index() == i {
                            self.wb_addr[i].d.next = self.entry_addr.val();
                        }
                    }
                    self.state.d.next = WalkState::CheckEntry;
                }
            }
            // The entry arrives: present and reserved checks, rights accumulation, then the
            // next level or the rights check at a leaf.
            WalkState::CheckEntry => {
                if self.mem_rsp_valid.val() {
                    if self.mem_rsp_err.val() {
                        // No entry came back: no translation, nothing written or cached. `level` stays:
                        // it names the entry.
                        self.berr.d.next = true;
                        self.state.d.next = WalkState::Fault;
                    } else if !self.e_present.val() {
                        self.code.d.next = self.perm_code.val() & self.code_wui.val();
                        self.state.d.next = WalkState::Fault;
                    } else if self.e_rsvd.val() {
                        self.code.d.next =
                            (self.perm_code.val() & self.code_wui.val()) | self.code_p_rsvd.val();
                        self.state.d.next = WalkState::Fault;
                    } else {
                        self.acc_user.d.next =
                            self.acc_user.q.val() && self.mem_rsp_data.val().get_bit(2);
                        self.acc_writable.d.next =
                            self.acc_writable.q.val() && self.mem_rsp_data.val().get_bit(1);
                        self.acc_xd.d.next =
                            self.acc_xd.q.val() || self.mem_rsp_data.val().get_bit(63);
                        for i in 0..4 {
                            if self.level.q.val().index() == i {
                                self.wb_data[i].d.next =
                                    self.mem_rsp_data.val() & self.wb_keep.val();
                                self.wb_need[i].d.next =
                                    self.e_wb_val.val() != self.mem_rsp_data.val();
                            }
                        }
                        if self.e_leaf.val() {
                            // A leaf at the PDPTE maps 1G, at the PDE 2M, at the PTE 4K.
                            self.leaf_size.d.next = PageSize::Size4K;
                            if self.level.q.val() == 2 {
                                self.leaf_size.d.next = PageSize::Size1G;
                            }
                            if self.level.q.val() == 1 {
                                self.leaf_size.d.next = PageSize::Size2M;
                            }
                            self.leaf_pfn.d.next = self.e_leaf_pfn.val();
                            self.leaf_glob.d.next =
                                self.mem_rsp_data.val().get_bit(8) && self.cr4_pge.val();
                            self.leaf_dirty.d.next =
                                self.mem_rsp_data.val().get_bit(6) || self.is_write.val();
                            self.leaf_pkey.d.next = self.mem_rsp_data.val().get_bits::<4>(59);
                            self.leaf_known.d.next = true;
                            self.state.d.next = WalkState::PermCheck;
                            // The first write is the highest level needing one: above, or the leaf.
                            if self.wb_any.val() {
                                self.level.d.next = self.wb_top.val();
                            }
                        } else {
                            self.base.d.next = self.e_next_base.val();
                            self.level.d.next = self.level.q.val() - 1;
                            self.state.d.next = WalkState::ReadEntry;
                            // The deepest non-leaf entry so far, for the paging-structure cache.
                            self.pf_valid.d.next = true;
                            self.pf_level.d.next = self.level.q.val();
                            self.pf_base.d.next = self.e_next_base.val();
                            self.pf_user.d.next =
                                self.acc_user.q.val() && self.mem_rsp_data.val().get_bit(2);
                            self.pf_writable.d.next =
                                self.acc_writable.q.val() && self.mem_rsp_data.val().get_bit(1);
                            self.pf_xd.d.next =
                                self.acc_xd.q.val() || self.mem_rsp_data.val().get_bit(63);
                        }
                    }
                }
            }
            // Rights over all levels against the current control bits; A/D only if allowed. The
            // first write is offered in this cycle (above), and offered again from WriteBack if not taken.
            WalkState::PermCheck => {
                if self.perm_allow.val() {
                    if self.wb_any.val() {
                        self.state.d.next = WalkState::WriteBack;
                        if self.mem_req_ready.val() && !self.wb_rest.val() {
                            self.state.d.next = WalkState::AckWrite;
                        }
                    } else {
                        self.state.d.next = WalkState::Done;
                    }
                } else {
                    self.code.d.next = self.perm_code.val();
                    self.state.d.next = WalkState::Fault;
                }
            }
            // Offer the next write: the entry as read, OR A (and D on the leaf of a write).
            WalkState::WriteBack => {
                if self.mem_req_ready.val() && !self.wb_rest.val() {
                    self.state.d.next = WalkState::AckWrite;
                }
            }
            // Every write taken: the answer to the last one ends the walk. A write that failed still lets the
            // later ones go (they were posted); the access is answered with the first failure, nothing cached.
            // Otherwise a stale write (its entry changed since the walk read it) starts the walk again; the
            // writes that went through stand, as they would have after the first try.
            WalkState::AckWrite => {
                if self.mem_rsp_valid.val() && !self.sent_more.val() {
                    self.state.d.next = WalkState::Done;
                    if self.stale.q.val() || self.mem_rsp_stale.val() {
                        self.state.d.next = WalkState::Rewalk;
                    }
                    if self.berr.q.val() || self.mem_rsp_err.val() {
                        // `level` names the first failed write for `err_addr`.
                        self.state.d.next = WalkState::Fault;
                        self.level.d.next = self.sent_top.val();
                        if self.berr.q.val() {
                            self.level.d.next = self.berr_lvl.q.val();
                        }
                    }
                }
            }
            // Answer; install unless an invalidation killed the fill during the walk or now.
            WalkState::Done => {
                self.l_done.next = true;
                self.l_fill_en.next = !self.dead.q.val() && !self.kill.val();
                self.l_pwc_fill_en.next =
                    self.pf_valid.q.val() && !self.pwc_dead.q.val() && !self.pwc_kill.val();
                self.state.d.next = WalkState::Idle;
            }
            // Answer with the #PF error code; nothing was written, nothing is filled.
            WalkState::Fault => {
                self.l_done.next = true;
                self.l_fault.next = true;
                self.state.d.next = WalkState::Idle;
            }
        }

        if self.reset.val() {
            self.state.d.next = WalkState::Idle;
            self.dead.d.next = false;
            self.stale.d.next = false;
            self.l_done.next = false;
            self.l_fault.next = false;
            self.l_fill_en.next = false;
            self.l_pwc_fill_en.next = false;
            for i in 0..4 {
                self.wb_need[i].d.next = false;
                self.wb_sent[i].d.next = false;
            }
        }

        // Track the answers owed by the memory. Reset clears them (the memory is reset with the MMU
        // and drops its answers), so nothing after a reset depends on the state before it.
        if self.mem_rsp_valid.val() && !self.sent_any.val() {
            self.outstanding.d.next = false;
        }
        if self.l_mem_req_valid.val() && self.mem_req_ready.val() {
            if self.offer_write.val() {
                for i in 0..4 {
                    if self.level.q.val().index() == i {
                        self.wb_need[i].d.next = false;
                        self.wb_sent[i].d.next = true;
                    }
                }
                self.level.d.next = self.wb_next.val();
            } else {
                self.outstanding.d.next = true;
            }
        }
        if self.reset.val() {
            self.outstanding.d.next = false;
        }

        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.done.next = self.l_done.val();
        self.fault.next = self.l_fault.val();
        // `level` names the failed entry in `Fault`: the read's own level, or the write's (set on the way).
        self.err_addr.next = self.cur_addr.val();
        self.mem_req_valid.next = self.l_mem_req_valid.val();
        self.mem_req_we.next = self.l_mem_req_we.val();
        self.mem_req_addr.next = self.l_mem_req_addr.val();
        self.mem_req_wdata.next = self.l_mem_req_wdata.val();
        self.mem_req_expect.next = self.l_mem_req_expect.val();
        self.rewalk.next = self.state.q.val() == WalkState::Rewalk;
        self.fill_en.next = self.l_fill_en.val();
        self.fill_prep.next = self.state.q.val() == WalkState::Done;
        self.pwc_fill_en.next = self.l_pwc_fill_en.val();
    }
}
