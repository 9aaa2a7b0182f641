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
//! whose entry needs A (or D, the leaf on a write) is written in walk order (`WriteBack` issues,
//! `AckWrite` waits), each write being the entry as read OR the new bits; levels whose value would
//! not change are skipped. Then `Done` answers, fills the TLB and offers the deepest non-leaf
//! entry it read to the paging-structure cache (`pwc_fill_*`). A fault writes nothing and fills
//! nothing. A memory answer with `mem_rsp_err` ends the walk in `Fault` with `bus_error` and the
//! entry's address on `err_addr`: no further request, nothing filled.
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
//!   `mem_rsp_valid`, `mem_rsp_data`. A request transfers at a rising edge with valid & ready;
//!   at most one is outstanding; every request, read or write, is answered by exactly one
//!   `mem_rsp_valid` pulse (data ignored for writes) at least one cycle after the transfer; any
//!   latency and any back-pressure are fine. The memory port is part of the reset domain: a reset
//!   clears `outstanding`, and the memory, reset with the MMU, must not answer a request that
//!   transferred before the reset. So after a reset no state, initialised or not, is left over.
//! - result: `busy`, `done` (one cycle, `Done` or `Fault`), `fault`, `error_code`, `pfn` (PA 51:12
//!   of the page, bits below the page size zero), `size` (0 4K, 1 2M, 2 1G).
//! - fill: `fill_en` (during `Done` when not dead) and `fill_*`, wired to the TLB.
//!
//! Cycles (memory ready at once, answering `L` cycles after the transfer): 1 start cycle, `1 + L`
//! per level read (ReadEntry, then CheckEntry until the data), 1 for PermCheck, `1 + L` per entry
//! written, 1 for Done. A cold 4K walk (four reads, four A writes) with L = 1 takes
//! 1 + 8 + 1 + 8 + 1 = 19 cycles; a 4K miss whose PDE is cached (one read, A already set) L + 4.
//!
//! ```text
//!   clock        _/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_/‾\_
//!   state        Idle|Read|Chk |Read|Chk | .. |Perm|WrBk|Ack |Done|Idle
//!   mem_req_val  ____/‾‾‾‾\____/‾‾‾‾\__________/‾‾‾‾\________
//!   mem_rsp_val  _________/‾‾‾‾\____/‾‾‾‾\_________/‾‾‾‾\____     (L = 1)
//!   done         _________________________________________/‾‾‾‾\
//! ```

use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum WalkState {
    /// No walk; waiting for `start`.
    Idle,
    /// Requesting the entry of the current level.
    ReadEntry,
    /// Waiting for that entry; checked in the cycle it arrives.
    CheckEntry,
    /// Rights of the finished walk presented to Perm.
    PermCheck,
    /// Requesting the A/D write of the current write-back level.
    WriteBack,
    /// Waiting for the answer of that write.
    AckWrite,
    /// Successful answer, TLB fill.
    Done,
    /// #PF answer.
    Fault,
}

impl WalkState {
    /// Every state in encoding order (the value the state flop holds).
    pub const ALL: [WalkState; 8] = [
        WalkState::Idle,
        WalkState::ReadEntry,
        WalkState::CheckEntry,
        WalkState::PermCheck,
        WalkState::WriteBack,
        WalkState::AckWrite,
        WalkState::Done,
        WalkState::Fault,
    ];

    /// The number the state flop holds for this state (its Verilog encoding).
    pub fn code(self) -> u64 {
        WalkState::ALL.iter().position(|&s| s == self).unwrap_or(0) as u64
    }

    pub fn name(self) -> &'static str {
        match self {
            WalkState::Idle => "Idle",
            WalkState::ReadEntry => "ReadEntry",
            WalkState::CheckEntry => "CheckEntry",
            WalkState::PermCheck => "PermCheck",
            WalkState::WriteBack => "WriteBack",
            WalkState::AckWrite => "AckWrite",
            WalkState::Done => "Done",
            WalkState::Fault => "Fault",
        }
    }
}

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
    pub mem_rsp_valid: Signal<In, Bit>,
    pub mem_rsp_data: Signal<In, Bits<64>>,
    /// The answer is a bus error: no data (read) or not written (write).
    pub mem_rsp_err: Signal<In, Bit>,
    // result
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub fault: Signal<Out, Bit>,
    pub error_code: Signal<Out, Bits<6>>,
    pub pfn: Signal<Out, Bits<40>>,
    pub size: Signal<Out, Bits<2>>,
    /// With `fault`: the walk ended on a bus error at `err_addr`, not on a #PF.
    pub bus_error: Signal<Out, Bit>,
    pub err_addr: Signal<Out, Bits<52>>,
    // fill
    pub fill_en: Signal<Out, Bit>,
    pub fill_vpn_1g: Signal<Out, Bits<18>>,
    pub fill_vpn_2m: Signal<Out, Bits<9>>,
    pub fill_vpn_4k: Signal<Out, Bits<9>>,
    pub fill_size: Signal<Out, Bits<2>>,
    pub fill_pcid: Signal<Out, Bits<12>>,
    pub fill_glob: Signal<Out, Bit>,
    pub fill_pfn: Signal<Out, Bits<40>>,
    pub fill_writable: Signal<Out, Bit>,
    pub fill_user: Signal<Out, Bit>,
    pub fill_xd: Signal<Out, Bit>,
    pub fill_dirty: Signal<Out, Bit>,
    pub fill_pkey: Signal<Out, Bits<4>>,
    // state
    pub state: DFF<WalkState>,
    pub level: DFF<Bits<2>>,
    /// Table base (PA 51:12) of the level being read.
    pub base: DFF<Bits<40>>,
    pub acc_user: DFF<Bit>,
    pub acc_writable: DFF<Bit>,
    pub acc_xd: DFF<Bit>,
    pub leaf_known: DFF<Bit>,
    pub leaf_size: DFF<Bits<2>>,
    pub leaf_pfn: DFF<Bits<40>>,
    pub leaf_glob: DFF<Bit>,
    pub leaf_dirty: DFF<Bit>,
    pub leaf_pkey: DFF<Bits<4>>,
    /// Per level: the entry needs an A/D write, its address, and the value to write.
    pub wb_need: [DFF<Bit>; 4],
    pub wb_addr: [DFF<Bits<52>>; 4],
    pub wb_data: [DFF<Bits<64>>; 4],
    pub code: DFF<Bits<6>>,
    pub dead: DFF<Bit>,
    pub outstanding: DFF<Bit>,
    /// The deepest non-leaf entry read from memory so far, as the paging-structure cache keeps it.
    pub pf_valid: DFF<Bit>,
    pub pf_level: DFF<Bits<2>>,
    pub pf_base: DFF<Bits<40>>,
    pub pf_user: DFF<Bit>,
    pub pf_writable: DFF<Bit>,
    pub pf_xd: DFF<Bit>,
    /// An invalidation dropped the paging-structure-cache entries of this walk's PCID: fill none.
    pub pwc_dead: DFF<Bit>,
    /// The walk ended on a bus error, at this entry address.
    pub berr: DFF<Bit>,
    pub berr_addr: DFF<Bits<52>>,
    // combinational terms
    /// An invalidation this cycle covers the walk.
    pub kill: Signal<Out, Bit>,
    /// An invalidation this cycle drops paging-structure-cache entries of the walk's PCID.
    pwc_kill: Signal<Local, Bit>,
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
    l_fill_en: Signal<Local, Bit>,
    k_level: [Constant<Bits<2>>; 4],
    rsvd_mask: Constant<Bits<64>>,
    pfn_mask: Constant<Bits<40>>,
    pfn_1g: Constant<Bits<40>>,
    pfn_2m: Constant<Bits<40>>,
    bit_a: Constant<Bits<64>>,
    bit_ad: Constant<Bits<64>>,
    code_wui: Constant<Bits<6>>,
    code_p_rsvd: Constant<Bits<6>>,
}

impl Walker {
    /// A walker for a physical address width of `paddr_bits` (MAXPHYADDR, 32..=52).
    pub fn new(paddr_bits: u32) -> Self {
        assert!(
            (32..=52).contains(&paddr_bits),
            "Walker: paddr_bits must be in 32..=52, got {paddr_bits}"
        );
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
            mem_rsp_valid: Default::default(),
            mem_rsp_data: Default::default(),
            mem_rsp_err: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            fault: Default::default(),
            error_code: Default::default(),
            pfn: Default::default(),
            size: Default::default(),
            bus_error: Default::default(),
            err_addr: Default::default(),
            fill_en: Default::default(),
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
            berr_addr: Default::default(),
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
            l_fill_en: Default::default(),
            k_level: std::array::from_fn(|i| Constant::new((i as u64).into())),
            rsvd_mask: Constant::new(rsvd.into()),
            pfn_mask: Constant::new(pfn_mask.into()),
            pfn_1g: Constant::new((pfn_mask & pfn_all & !((1u64 << 18) - 1)).into()),
            pfn_2m: Constant::new((pfn_mask & pfn_all & !((1u64 << 9) - 1)).into()),
            bit_a: Constant::new((1u64 << 5).into()),
            bit_ad: Constant::new(((1u64 << 5) | (1u64 << 6)).into()),
            code_wui: Constant::new(
                (crate::perm::PF_W | crate::perm::PF_U | crate::perm::PF_I).into(),
            ),
            code_p_rsvd: Constant::new((crate::perm::PF_P | crate::perm::PF_RSVD).into()),
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
            berr_addr
        );
        for i in 0..4 {
            self.wb_need[i].clock.next = self.clock.val();
            self.wb_addr[i].clock.next = self.clock.val();
            self.wb_data[i].clock.next = self.clock.val();
            self.wb_need[i].d.next = self.wb_need[i].q.val();
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
        self.err_addr.next = self.berr_addr.q.val();
        self.rights_user.next = self.acc_user.q.val();
        self.rights_writable.next = self.acc_writable.q.val();
        self.rights_xd.next = self.acc_xd.q.val();
        self.rights_pkey.next = self.leaf_pkey.q.val();
        self.l_mem_req_valid.next = false;
        self.l_mem_req_we.next = false;
        self.l_mem_req_addr.next = 0.into();
        self.l_mem_req_wdata.next = 0.into();
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

        // Next write-back level in walk order: the highest pending one.
        self.wb_any.next = false;
        self.wb_top.next = 0.into();
        for i in 0..4 {
            if self.wb_need[i].q.val() {
                self.wb_any.next = true;
                self.wb_top.next = self.k_level[i].val();
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
                && ((self.leaf_size.q.val() == 2)
                    || (self.vpn_2m.val() == self.inv_vpn.val().get_bits::<9>(9)))
                && ((self.leaf_size.q.val() != 0)
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

        // One request at a time; an answer still owed from before a reset blocks the next one.
        self.can_issue.next = !self.outstanding.q.val() && !self.reset.val();

        match self.state.q.val() {
            // Wait for a miss; start below the deepest cached non-leaf entry, or at the PML4.
            WalkState::Idle => {
                if self.start.val() {
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
                    self.dead.d.next = self.kill.val();
                    self.pwc_dead.d.next = self.pwc_kill.val();
                    self.pf_valid.d.next = false;
                    self.berr.d.next = false;
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
            }
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
                        // No entry came back: no translation, nothing written or cached.
                        self.berr.d.next = true;
                        self.berr_addr.d.next = self.cur_addr.val();
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
                                self.wb_data[i].d.next = self.e_wb_val.val();
                                self.wb_need[i].d.next =
                                    self.e_wb_val.val() != self.mem_rsp_data.val();
                            }
                        }
                        if self.e_leaf.val() {
                            // size encoding is the leaf's level: 0 4K, 1 2M, 2 1G
                            self.leaf_size.d.next = self.level.q.val();
                            self.leaf_pfn.d.next = self.e_leaf_pfn.val();
                            self.leaf_glob.d.next =
                                self.mem_rsp_data.val().get_bit(8) && self.cr4_pge.val();
                            self.leaf_dirty.d.next =
                                self.mem_rsp_data.val().get_bit(6) || self.is_write.val();
                            self.leaf_pkey.d.next = self.mem_rsp_data.val().get_bits::<4>(59);
                            self.leaf_known.d.next = true;
                            self.state.d.next = WalkState::PermCheck;
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
            // Rights over all levels against the current control bits; A/D only if allowed.
            WalkState::PermCheck => {
                if self.perm_allow.val() {
                    if self.wb_any.val() {
                        self.level.d.next = self.wb_top.val();
                        self.state.d.next = WalkState::WriteBack;
                    } else {
                        self.state.d.next = WalkState::Done;
                    }
                } else {
                    self.code.d.next = self.perm_code.val();
                    self.state.d.next = WalkState::Fault;
                }
            }
            // Write the entry of this level: as read, OR A (and D on the leaf of a write).
            WalkState::WriteBack => {
                self.l_mem_req_valid.next = self.can_issue.val();
                self.l_mem_req_we.next = true;
                self.l_mem_req_addr.next = self.cur_addr.val();
                for i in 0..4 {
                    if self.level.q.val().index() == i {
                        self.l_mem_req_wdata.next = self.wb_data[i].q.val();
                    }
                }
                if self.can_issue.val() && self.mem_req_ready.val() {
                    for i in 0..4 {
                        if self.level.q.val().index() == i {
                            self.wb_need[i].d.next = false;
                        }
                    }
                    self.state.d.next = WalkState::AckWrite;
                }
            }
            // Wait for the write's answer, then the next pending level or the answer.
            WalkState::AckWrite => {
                if self.mem_rsp_valid.val() {
                    if self.mem_rsp_err.val() {
                        // The flag write failed: stop, write nothing more, cache nothing.
                        self.berr.d.next = true;
                        self.berr_addr.d.next = self.cur_addr.val();
                        self.state.d.next = WalkState::Fault;
                    } else if self.wb_any.val() {
                        self.level.d.next = self.wb_top.val();
                        self.state.d.next = WalkState::WriteBack;
                    } else {
                        self.state.d.next = WalkState::Done;
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
            self.l_done.next = false;
            self.l_fault.next = false;
            self.l_fill_en.next = false;
            self.l_pwc_fill_en.next = false;
            for i in 0..4 {
                self.wb_need[i].d.next = false;
            }
        }

        // Track the answer owed by the memory. Reset clears it (the memory is reset with the MMU
        // and drops the answer), so nothing after a reset depends on the state before it.
        if self.mem_rsp_valid.val() {
            self.outstanding.d.next = false;
        }
        if self.l_mem_req_valid.val() && self.mem_req_ready.val() {
            self.outstanding.d.next = true;
        }
        if self.reset.val() {
            self.outstanding.d.next = false;
        }

        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.done.next = self.l_done.val();
        self.fault.next = self.l_fault.val();
        self.mem_req_valid.next = self.l_mem_req_valid.val();
        self.mem_req_we.next = self.l_mem_req_we.val();
        self.mem_req_addr.next = self.l_mem_req_addr.val();
        self.mem_req_wdata.next = self.l_mem_req_wdata.val();
        self.fill_en.next = self.l_fill_en.val();
        self.pwc_fill_en.next = self.l_pwc_fill_en.val();
    }
}

impl crate::quiet::QuietInputs for Walker {
    crate::quiet_inputs!(
        clock,
        reset,
        start,
        pml4_base,
        vpn_1g,
        vpn_2m,
        vpn_4k,
        is_write,
        pcid,
        cr4_pge,
        efer_nxe,
        inv_en,
        inv_use_va,
        inv_use_pcid,
        inv_glob_wild,
        inv_keep_glob,
        inv_vpn,
        inv_pcid,
        perm_allow,
        perm_code,
        pwc_hit,
        pwc_level,
        pwc_base,
        pwc_user,
        pwc_writable,
        pwc_xd,
        mem_req_ready,
        mem_rsp_valid,
        mem_rsp_data,
        mem_rsp_err,
    );
}

impl crate::step::Clocked for Walker {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perm::Perm;
    use crate::step::Clocked;
    use crate::testutil::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// The walker with a Perm wired as the top wires it; everything else is driven by the test.
    #[derive(LogicBlock)]
    struct Bench {
        clock: Signal<In, Clock>,
        walker: Walker,
        perm: Perm,
    }

    impl Logic for Bench {
        fn update(&mut self) {
            self.walker.clock.next = self.clock.val();
            self.perm.page_user.next = self.walker.rights_user.val();
            self.perm.page_writable.next = self.walker.rights_writable.val();
            self.perm.page_xd.next = self.walker.rights_xd.val();
            self.perm.page_pkey.next = self.walker.rights_pkey.val();
            self.walker.perm_allow.next = self.perm.allow.val();
            self.walker.perm_code.next = self.perm.error_code.val();
        }
    }

    impl Clocked for Bench {
        fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    const PML4: u64 = 0x10_0000;
    const CYCLE_LIMIT: u64 = 2_000;

    fn bench(paddr_bits: u32) -> Bench {
        let mut b = Bench {
            clock: Default::default(),
            walker: Walker::new(paddr_bits),
            perm: Perm::default(),
        };
        b.connect_all();
        b.walker.reset.next = true;
        b.cycle();
        b.walker.reset.next = false;
        b
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    struct Answer {
        outcome: RefOutcome,
        filled: bool,
        cycles: u64,
    }

    fn set_ctl(b: &mut Bench, c: &Ctl, kind: u64, cpl3: bool) {
        let p = &mut b.perm;
        p.kind.next = kind.into();
        p.user_access.next = cpl3;
        p.cr0_wp.next = c.wp;
        p.cr4_smep.next = c.smep;
        p.cr4_smap.next = c.smap;
        p.cr4_pke.next = c.pke;
        p.efer_nxe.next = c.nxe;
        p.rflags_ac.next = c.ac;
        p.pkru.next = (c.pkru as u64).into();
        b.walker.cr4_pge.next = c.pge;
        b.walker.efer_nxe.next = c.nxe;
    }

    fn no_inv(b: &mut Bench) {
        b.walker.inv_en.next = false;
    }

    /// One cycle with the memory attached; returns true if the walker answered in it.
    fn mem_cycle(b: &mut Bench, mem: &mut TestMem, on_settled: &mut dyn FnMut(&mut Bench)) {
        let (ready, rv, rd) = mem.drive();
        b.walker.mem_req_ready.next = ready;
        b.walker.mem_rsp_valid.next = rv;
        b.walker.mem_rsp_data.next = rd.into();
        b.settle_low();
        on_settled(b);
        let w = &b.walker;
        mem.edge(
            w.mem_req_valid.val(),
            w.mem_req_addr.val().to_u64(),
            w.mem_req_we.val(),
            w.mem_req_wdata.val().to_u64(),
        );
        b.rise();
    }

    /// Drives the VPN (VA 47:12) of the access.
    fn drive_vpn(w: &mut Walker, vpn: u64) {
        w.vpn_1g.next = ((vpn >> 18) & 0x3_ffff).into();
        w.vpn_2m.next = ((vpn >> 9) & 0x1ff).into();
        w.vpn_4k.next = (vpn & 0x1ff).into();
    }

    /// Starts a walk and runs it to its answer.
    fn walk(b: &mut Bench, mem: &mut TestMem, va: u64, kind: u64, cpl3: bool, c: &Ctl) -> Answer {
        set_ctl(b, c, kind, cpl3);
        no_inv(b);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.is_write.next = kind == 1;
        b.walker.pcid.next = 0.into();
        b.walker.start.next = true;
        let mut answer = None;
        for cycle in 0..CYCLE_LIMIT {
            mem_cycle(b, mem, &mut |b| {
                let w = &b.walker;
                if w.done.val() && answer.is_none() {
                    let outcome = if w.fault.val() {
                        RefOutcome::Pf(w.error_code.val().to_u64())
                    } else {
                        let shift = 12 + 9 * w.size.val().to_u64();
                        RefOutcome::Ok {
                            pa: (w.pfn.val().to_u64() << 12) | (va & ((1 << shift) - 1)),
                            fill: RefFill {
                                size: w.fill_size.val().to_u64(),
                                glob: w.fill_glob.val(),
                                pfn: w.fill_pfn.val().to_u64(),
                                writable: w.fill_writable.val(),
                                user: w.fill_user.val(),
                                xd: w.fill_xd.val(),
                                dirty: w.fill_dirty.val(),
                                pkey: w.fill_pkey.val().to_u64(),
                            },
                        }
                    };
                    answer = Some(Answer {
                        outcome,
                        filled: w.fill_en.val(),
                        cycles: cycle,
                    });
                }
            });
            b.walker.start.next = false;
            if let Some(a) = answer {
                assert_eq!(b.walker.state.q.val(), WalkState::Idle);
                return a;
            }
        }
        panic!("walk did not answer within {CYCLE_LIMIT} cycles");
    }

    /// Page tables for one VA: tables at PML4, +0x1000, +0x2000, +0x3000. `flags` are the flag
    /// bits of the entries in walk order (PML4E, PDPTE, PDE, PTE); the leaf is at `leaf_level`
    /// (0 PTE, 1 PDE, 2 PDPTE) and maps `pa`. Returns the entries in walk order.
    fn tables(va: u64, leaf_level: usize, flags: [u64; 4], pa: u64) -> Vec<(u64, u64)> {
        let mut words = vec![];
        let mut table = PML4;
        for level in (leaf_level..4).rev() {
            let idx = (va >> (12 + 9 * level)) & 0x1ff;
            let next = PML4 + 0x1000 * (4 - level as u64);
            let target = if level == leaf_level { pa } else { next };
            words.push((table + 8 * idx, target | flags[3 - level]));
            table = next;
        }
        words
    }

    const P: u64 = 1;
    const W: u64 = 2;
    const U: u64 = 4;
    const A: u64 = 0x20;
    const D: u64 = 0x40;
    const PS: u64 = 0x80;
    const G: u64 = 0x100;
    const XD: u64 = 1 << 63;

    #[allow(clippy::too_many_arguments)]
    fn check_against_ref(
        words: &[(u64, u64)],
        va: u64,
        kind: u64,
        cpl3: bool,
        c: &Ctl,
        lat: (u64, u64),
        ready: (u64, u64),
        seed: u64,
    ) -> (Answer, Vec<(u64, u64)>) {
        let mut b = bench(40);
        let mut mem = TestMem::new(words, lat, ready, seed);
        let got = walk(&mut b, &mut mem, va, kind, cpl3, c);
        let mut ref_mem: HashMap<u64, u64> = words.iter().copied().collect();
        let (want, want_writes) = ref_walk(&mut ref_mem, PML4, va, kind, cpl3, c, 40);
        assert_eq!(
            got.outcome, want,
            "va={va:#x} kind={kind} cpl3={cpl3} ctl={c:?} words={words:x?}"
        );
        assert_eq!(mem.writes, want_writes, "A/D writes");
        assert_eq!(
            got.filled,
            matches!(want, RefOutcome::Ok { .. }),
            "fill only on success"
        );
        (got, mem.writes)
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Walker::new(40));
    }

    #[test]
    fn state_codes_match_the_exported_encoding() {
        for (i, st) in WalkState::ALL.iter().enumerate() {
            let bits: Bits<3> = (*st).into();
            assert_eq!(bits.to_u64(), i as u64, "{}", st.name());
            assert_eq!(st.code(), i as u64);
        }
    }

    #[test]
    fn cold_4k_walk_latency_1_sets_a_everywhere_in_walk_order() {
        let va = 0x0000_1234_5678_9abc;
        let words = tables(
            va,
            0,
            [P | W | U, P | W | U, P | W | U, P | W | U],
            0xab_cdef_0000,
        );
        let c = Ctl {
            nxe: true,
            wp: true,
            ..Ctl::default()
        };
        let (a, writes) = check_against_ref(&words, va, 0, false, &c, (1, 1), (1, 1), 1);
        assert_eq!(a.cycles, 18, "cold 4K read walk, L=1");
        let order: Vec<u64> = writes.iter().map(|w| w.0).collect();
        let want: Vec<u64> = words.iter().map(|w| w.0).collect();
        assert_eq!(order, want, "A written PML4E first, PTE last");
        assert!(
            writes.iter().all(|&(_, v)| v & A != 0 && v & D == 0),
            "read: A only"
        );
        assert_eq!(
            a.outcome,
            RefOutcome::Ok {
                pa: 0xab_cdef_0abc,
                fill: RefFill {
                    size: 0,
                    glob: false,
                    pfn: 0xabc_def0,
                    writable: true,
                    user: true,
                    xd: false,
                    dirty: false,
                    pkey: 0
                }
            }
        );
    }

    #[test]
    fn cycle_counts_for_latency_2_and_warm_tables() {
        let va = 0x4000_0000;
        let cold = tables(va, 0, [P | W, P | W, P | W, P | W], 0x5000);
        let c = Ctl::default();
        let (a, _) = check_against_ref(&cold, va, 0, false, &c, (2, 2), (1, 1), 1);
        assert_eq!(a.cycles, 26, "cold 4K walk, L=2");
        let warm = tables(
            va,
            0,
            [P | W | A, P | W | A, P | W | A, P | W | A | D],
            0x5000,
        );
        let (a, writes) = check_against_ref(&warm, va, 1, false, &c, (1, 1), (1, 1), 1);
        assert!(writes.is_empty(), "nothing changes, nothing is written");
        assert_eq!(a.cycles, 10, "warm 4K walk, L=1");
    }

    #[test]
    fn large_pages_and_dirty_on_write() {
        let c = Ctl {
            nxe: true,
            pge: true,
            ..Ctl::default()
        };
        // 2M page: leaf PDE, PA bits 20:12 from the VA, PAT bit 12 ignored
        let va = 0x7f12_3456_7890;
        let words = tables(
            va,
            1,
            [P | W | A, P | W | A, P | W | PS | G | (1 << 12), 0],
            0x12_3400_0000,
        );
        let (a, writes) = check_against_ref(&words, va, 1, false, &c, (1, 3), (2, 3), 7);
        match a.outcome {
            RefOutcome::Ok { pa, fill } => {
                assert_eq!(pa & 0x1f_ffff, va & 0x1f_ffff);
                assert_eq!(fill.size, 1);
                assert!(fill.glob && fill.dirty);
            }
            other => panic!("expected success, got {other:?}"),
        }
        assert_eq!(writes.len(), 1, "only the PDE changes (A|D)");
        assert_eq!(writes[0].1 & (A | D), A | D);
        // 1G page
        let va = 0x40_8765_4321;
        let words = tables(
            va,
            2,
            [P | W | U | A, P | U | PS | A | D, 0, 0],
            0x80_4000_0000,
        );
        let (a, writes) = check_against_ref(&words, va, 0, true, &c, (1, 1), (1, 1), 3);
        match a.outcome {
            RefOutcome::Ok { pa, fill } => {
                assert_eq!(pa, 0x80_4000_0000 | (va & 0x3fff_ffff));
                assert_eq!((fill.size, fill.user, fill.writable), (2, true, false));
            }
            other => panic!("expected success, got {other:?}"),
        }
        assert!(writes.is_empty());
    }

    #[test]
    fn not_present_at_each_level_writes_nothing() {
        let va = 0x1_2345_6000;
        let c = Ctl {
            smep: true,
            ..Ctl::default()
        };
        for level in 0..4 {
            let mut flags = [P | W | U; 4];
            flags[3 - level] &= !P;
            let words = tables(va, 0, flags, 0x9000);
            let (a, writes) =
                check_against_ref(&words, va, 2, true, &c, (1, 2), (1, 2), level as u64);
            assert_eq!(a.outcome, RefOutcome::Pf(4 | 16), "level {level}: U|I, P=0");
            assert!(writes.is_empty());
        }
    }

    #[test]
    fn reserved_bits_of_every_kind() {
        let va = 0x3_c000_1000;
        let c = Ctl::default(); // NXE=0: bit 63 reserved
        let cases: Vec<(&str, usize, [u64; 4])> = vec![
            (
                "bit 51:MAXPHYADDR in PML4E",
                0,
                [P | W | (1 << 45), P | W, P | W, P | W],
            ),
            ("bit 51 in PTE", 0, [P | W, P | W, P | W, P | W | (1 << 51)]),
            (
                "XD without NXE in PDE",
                0,
                [P | W, P | W, P | W | XD, P | W],
            ),
            ("PS in PML4E", 0, [P | W | PS, P | W, P | W, P | W]),
            (
                "bit 13 of 1G PDPTE",
                2,
                [P | W, P | W | PS | (1 << 13), 0, 0],
            ),
            (
                "bit 29 of 1G PDPTE",
                2,
                [P | W, P | W | PS | (1 << 29), 0, 0],
            ),
            (
                "bit 20 of 2M PDE",
                1,
                [P | W, P | W, P | W | PS | (1 << 20), 0],
            ),
        ];
        for (name, leaf, flags) in cases {
            let words = tables(va, leaf, flags, 0);
            let (a, writes) = check_against_ref(&words, va, 1, false, &c, (1, 1), (1, 1), 0);
            assert_eq!(a.outcome, RefOutcome::Pf(1 | 2 | 8), "{name}");
            assert!(writes.is_empty(), "{name}");
        }
        // Bits 62:52 and 11:9 are ignored; bit 7 of a PTE is PAT, not PS.
        let words = tables(
            va,
            0,
            [P | W | (0x7ff << 52) | 0xe00, P | W, P | W, P | W | PS],
            0x1000,
        );
        let (a, _) = check_against_ref(&words, va, 0, false, &c, (1, 1), (1, 1), 0);
        assert!(matches!(a.outcome, RefOutcome::Ok { .. }), "{a:?}");
    }

    #[test]
    fn rights_fault_writes_nothing_and_fills_nothing() {
        let va = 0x5000;
        // user write to a read-only page whose entries all lack A
        let words = tables(va, 0, [P | U | W, P | U, P | U | W, P | U | W], 0x7000);
        let (a, writes) =
            check_against_ref(&words, va, 1, true, &Ctl::default(), (1, 1), (1, 1), 0);
        assert_eq!(a.outcome, RefOutcome::Pf(1 | 2 | 4));
        assert!(writes.is_empty() && !a.filled);
        // a PK fault reports PK
        let words = tables(
            va,
            0,
            [P | U | W, P | U | W, P | U | W, P | U | W | (5 << 59)],
            0x7000,
        );
        let c = Ctl {
            pke: true,
            pkru: 1 << 10,
            ..Ctl::default()
        };
        let (a, _) = check_against_ref(&words, va, 0, true, &c, (1, 1), (1, 1), 0);
        assert_eq!(a.outcome, RefOutcome::Pf(1 | 4 | 32));
    }

    fn run_with_inv(
        inv_at: u64,
        inv: (bool, bool, bool, bool, u64, u64),
        leaf_level: usize,
        glob: bool,
    ) -> (bool, bool) {
        let va = 0x12_3456_7000u64;
        let mut flags = [P | W | A; 4];
        if leaf_level > 0 {
            flags[3 - leaf_level] |= PS;
        }
        if glob {
            flags[3 - leaf_level] |= G;
        }
        let words = tables(va, leaf_level, flags, 0x4000_0000);
        let mut b = bench(40);
        let mut mem = TestMem::new(&words, (2, 2), (1, 1), 0);
        let c = Ctl {
            pge: true,
            ..Ctl::default()
        };
        set_ctl(&mut b, &c, 0, false);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.is_write.next = false;
        b.walker.pcid.next = 7.into();
        b.walker.start.next = true;
        let mut result = None;
        for cycle in 0..CYCLE_LIMIT {
            let (use_va, use_pcid, wild, keep, ivpn, ipcid) = inv;
            b.walker.inv_en.next = cycle == inv_at;
            b.walker.inv_use_va.next = use_va;
            b.walker.inv_use_pcid.next = use_pcid;
            b.walker.inv_glob_wild.next = wild;
            b.walker.inv_keep_glob.next = keep;
            b.walker.inv_vpn.next = ivpn.into();
            b.walker.inv_pcid.next = ipcid.into();
            mem_cycle(&mut b, &mut mem, &mut |b| {
                if b.walker.done.val() {
                    result = Some((b.walker.fault.val(), b.walker.fill_en.val()));
                }
            });
            b.walker.start.next = false;
            if let Some((fault, filled)) = result {
                assert!(!fault);
                return (filled, b.walker.dead.q.val());
            }
        }
        panic!("no answer");
    }

    #[test]
    fn invalidation_during_walk_kills_the_fill_it_covers() {
        let vpn = 0x12_3456_7000u64 >> 12;
        let invlpg = |v: u64| (true, true, true, false, v, 7u64);
        // early (page size unknown): any INVLPG kills, even for an unrelated VA
        assert_eq!(
            run_with_inv(1, invlpg(vpn ^ 0x1_0000), 0, false),
            (false, true)
        );
        // Warm tables, L=2: each level takes 3 cycles from cycle 1, so a 4K leaf is known from
        // cycle 13 (PermCheck) and the walk answers in cycle 14; a 2M leaf is known from cycle 10.
        // After the leaf: an unrelated VA leaves the fill alive ...
        let (filled, _) = run_with_inv(13, invlpg(vpn ^ 1), 0, false);
        assert!(filled, "4K page, other VA: not covered");
        // ... the same page kills it
        let (filled, _) = run_with_inv(13, invlpg(vpn), 0, false);
        assert!(!filled);
        // a 2M leaf is covered by any VA inside its 2M region
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
        assert!(!filled);
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x200), 1, false);
        assert!(filled, "another 2M region");
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
        assert!(!filled);
        // INVPCID single-context of another PCID: not covered once the PCID is compared
        let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 8), 0, false);
        assert!(filled);
        let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 7), 0, false);
        assert!(!filled);
        // all-non-global: kills before the leaf (global unknown), spares a known global leaf
        let (filled, _) = run_with_inv(1, (false, false, false, true, 0, 0), 0, true);
        assert!(!filled);
        let (filled, _) = run_with_inv(13, (false, false, false, true, 0, 0), 0, true);
        assert!(filled);
        // invalidation in the Done cycle itself
        let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
        assert!(!filled, "same-cycle invalidation suppresses the fill");
        let (filled, _) = run_with_inv(15, (false, false, false, false, 0, 0), 0, false);
        assert!(
            filled,
            "an invalidation after the answer does not reach back"
        );
        let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
        assert!(!filled, "same-cycle invalidation suppresses the fill");
    }

    #[test]
    fn reset_mid_walk_leaves_nothing_outstanding() {
        let va = 0x6000u64;
        let words = tables(va, 0, [P | W | A, P | W | A, P | W | A, P | W | A], 0x8000);
        let mut b = bench(40);
        let mut mem = TestMem::new(&words, (5, 5), (1, 1), 0);
        let c = Ctl::default();
        set_ctl(&mut b, &c, 0, false);
        no_inv(&mut b);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.start.next = true;
        mem_cycle(&mut b, &mut mem, &mut |_| {});
        b.walker.start.next = false;
        mem_cycle(&mut b, &mut mem, &mut |b| {
            assert!(b.walker.mem_req_valid.val())
        });
        assert!(b.walker.outstanding.q.val());
        // reset while the PML4E read is in flight: the memory, reset too, drops its answer
        b.walker.reset.next = true;
        mem.reset();
        mem_cycle(&mut b, &mut mem, &mut |b| assert!(!b.walker.done.val()));
        b.walker.reset.next = false;
        assert_eq!(b.walker.state.q.val(), WalkState::Idle);
        assert!(
            !b.walker.outstanding.q.val(),
            "reset clears the owed answer"
        );
        // a new walk right away issues its first read at once and completes
        let a = walk(&mut b, &mut mem, va, 0, false, &c);
        assert_eq!(
            a.outcome,
            RefOutcome::Ok {
                pa: 0x8000,
                fill: RefFill {
                    size: 0,
                    glob: false,
                    pfn: 8,
                    writable: true,
                    user: false,
                    xd: false,
                    dirty: false,
                    pkey: 0
                }
            }
        );
        assert_eq!(mem.reads.len(), 5, "the abandoned PML4E read + a full walk");
    }

    fn arb_entry_flags() -> impl Strategy<Value = u64> {
        // mostly present; each interesting bit with a bias; reserved bits now and then
        (any::<[bool; 8]>(), 0u64..16, 0u64..48).prop_map(|(f, pkey, r)| {
            let mut e = 0u64;
            if f[0] || f[7] || f[1] {
                e |= P;
            }
            if f[1] {
                e |= W;
            }
            if f[2] || f[6] {
                e |= U;
            }
            if f[3] {
                e |= A;
            }
            if f[4] {
                e |= D;
            }
            if f[5] && f[6] {
                e |= G;
            }
            if f[6] && f[7] && f[1] {
                e |= XD;
            }
            e |= pkey << 59;
            match r {
                0 => e | (1 << 47),
                1 => e | (1 << 13),
                2 => e | (1 << 20),
                _ => e,
            }
        })
    }

    fn arb_ctl() -> impl Strategy<Value = Ctl> {
        (any::<[bool; 7]>(), any::<u32>()).prop_map(|(f, pkru)| Ctl {
            wp: f[0],
            pge: f[1],
            smep: f[2],
            smap: f[3],
            pke: f[4],
            nxe: f[5],
            ac: f[6],
            pkru,
        })
    }

    #[derive(Clone, Debug)]
    struct WalkCase {
        va: u64,
        leaf: usize,
        flags: [u64; 4],
        ps: [bool; 4],
        kind: u64,
        cpl3: bool,
        ctl: Ctl,
        lat: (u64, u64),
        ready_num: u64,
        seed: u64,
    }

    fn arb_walk_case() -> impl Strategy<Value = WalkCase> {
        (
            (0u64..1 << 48).prop_map(|v| v & !7),
            0usize..3,
            proptest::array::uniform4(arb_entry_flags()),
            proptest::array::uniform4(proptest::bool::weighted(0.15)),
            0u64..3,
            any::<bool>(),
            arb_ctl(),
            (1u64..4, 0u64..4),
            1u64..5,
            any::<u64>(),
        )
            .prop_map(
                |(va, leaf, flags, ps, kind, cpl3, ctl, (lo, extra), ready_num, seed)| WalkCase {
                    va,
                    leaf,
                    flags,
                    ps,
                    kind,
                    cpl3,
                    ctl,
                    lat: (lo, lo + extra),
                    ready_num,
                    seed,
                },
            )
    }

    /// Random page-table paths, control bits, access kinds, latencies and back-pressure against
    /// the reference walk; afterwards, every outcome class must have been exercised.
    #[test]
    fn random_walks_match_reference() {
        use std::cell::RefCell;
        let name = "walker::tests::random_walks_match_reference";
        let mut runner = proptest::test_runner::TestRunner::new(proptest_config(256, name));
        // ok per page size, not present, reserved, rights, A/D writes seen
        let seen = RefCell::new([0u32; 7]);
        let result = runner.run(&arb_walk_case(), |c| {
            // flags in walk order: index 3 - level
            let mut f = c.flags;
            for l in 0..4 {
                if c.ps[l] && l != c.leaf {
                    f[3 - l] |= PS;
                }
            }
            if c.leaf > 0 {
                f[3 - c.leaf] |= PS;
            }
            let page = 0x3_4000_0000u64;
            let words = tables(c.va, c.leaf, f, page);
            let mut b = bench(40);
            let mut mem = TestMem::new(&words, c.lat, (c.ready_num, 4), c.seed);
            let got = walk(&mut b, &mut mem, c.va, c.kind, c.cpl3, &c.ctl);
            let mut ref_mem: HashMap<u64, u64> = words.iter().copied().collect();
            let (want, want_writes) =
                ref_walk(&mut ref_mem, PML4, c.va, c.kind, c.cpl3, &c.ctl, 40);
            prop_assert_eq!(&got.outcome, &want);
            prop_assert_eq!(&mem.writes, &want_writes);
            prop_assert_eq!(got.filled, matches!(want, RefOutcome::Ok { .. }));
            let mut s = seen.borrow_mut();
            match want {
                RefOutcome::Ok { fill, .. } => s[fill.size as usize] += 1,
                RefOutcome::Pf(code) if code & 1 == 0 => s[3] += 1,
                RefOutcome::Pf(code) if code & 8 != 0 => s[4] += 1,
                RefOutcome::Pf(_) => s[5] += 1,
            }
            if !want_writes.is_empty() {
                s[6] += 1;
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let s = seen.into_inner();
        println!("classes {s:?}");
        assert!(
            s.iter().all(|&n| n > 0),
            "outcome classes [ok4K ok2M ok1G NP RSVD rights A/D] = {s:?}"
        );
    }
}
