//! `Pwc`: the paging-structure cache (SDM 4.10.3), a small CAM of non-leaf entries that lets a walk
//! skip the levels above the deepest one it holds. Twin of `model/src/pwc.rs`.
//!
//! Each entry caches one PML4E, PDPTE or PDE a successful walk used: its `level` (3 = PML4E,
//! 2 = PDPTE, 1 = PDE: the walker's level numbers), the VA bits that select it (`vpn_1g` = VA
//! 47:30, of which a PML4E compares 47:39 only; `vpn_2m` = VA 29:21, compared by a PDE only), the
//! PCID of the walk, the base (PA 51:12) of the table it references, and the rights combined over
//! the path down to it (`user`, `writable` ANDed, `xd` ORed). Control bits are applied by the
//! walker at use, never stored.
//!
//! The hardware has `PWC_SLOTS` slots; the configured size `entries` (0, 1, 2, 4 or 8) enables the
//! first `entries` of them. The others are tied off (never valid, never chosen), so synthesis and
//! Verilator remove them, and `entries = 0` removes the cache.
//!
//! Ports
//! - `clock`, `reset` (synchronous: every entry invalid, `victim` = 0).
//! - lookup (combinational, only while `lk_en`; every output 0 otherwise, so a simulator skips the
//!   comparators in the cycles nobody looks): `lk_vpn_1g`, `lk_vpn_2m`, `lk_pcid` -> `hit`, `hit_level`, `hit_base`,
//!   `hit_user`, `hit_writable`, `hit_xd`: the deepest matching entry (a PDE over a PDPTE over a
//!   PML4E). At most one entry per level matches: a walk that starts below a cached entry of some
//!   level never fills that level again, so no entry is cached twice.
//! - fill (at the rising edge): `fill_en`, `fill_level`, `fill_vpn_1g`, `fill_vpn_2m`,
//!   `fill_pcid`, `fill_base`, `fill_user`, `fill_writable`, `fill_xd`. The lowest-index invalid
//!   enabled slot, else the slot `victim` names, and `victim` advances modulo `entries`.
//! - invalidation (at the rising edge): `inv_en` drops the entries of `inv_pcid` when
//!   `inv_use_pcid`, else every entry. Every operation that drops paging-structure-cache entries
//!   (INVLPG, INVPCID, MOV CR3, the CR4 transitions) does so for one PCID or for all.
//!   A fill and an invalidation in the same edge: the fill wins its slot (the walker never fills
//!   in the cycle an invalidation covers its PCID).
//!
//! Latency: lookup 0 cycles (combinational); fill and invalidation visible from the next cycle.

use mmu_arch::Config;
use rust_hdl::prelude::*;

use crate::dff_array::DffArray;

/// Slots built in hardware; the configured size enables the first `entries` of them.
pub const PWC_SLOTS: usize = mmu_arch::PWC_ENTRIES_MAX;

/// The walker's level number of a cached entry.
pub const LEVEL_PDE: u64 = 1;
pub const LEVEL_PDPTE: u64 = 2;
pub const LEVEL_PML4E: u64 = 3;

#[derive(LogicBlock)]
pub struct Pwc {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // lookup
    pub lk_en: Signal<In, Bit>,
    pub lk_vpn_1g: Signal<In, Bits<18>>,
    pub lk_vpn_2m: Signal<In, Bits<9>>,
    pub lk_pcid: Signal<In, Bits<12>>,
    pub hit: Signal<Out, Bit>,
    pub hit_level: Signal<Out, Bits<2>>,
    pub hit_base: Signal<Out, Bits<40>>,
    pub hit_user: Signal<Out, Bit>,
    pub hit_writable: Signal<Out, Bit>,
    pub hit_xd: Signal<Out, Bit>,
    // fill
    pub fill_en: Signal<In, Bit>,
    pub fill_level: Signal<In, Bits<2>>,
    pub fill_vpn_1g: Signal<In, Bits<18>>,
    pub fill_vpn_2m: Signal<In, Bits<9>>,
    pub fill_pcid: Signal<In, Bits<12>>,
    pub fill_base: Signal<In, Bits<40>>,
    pub fill_user: Signal<In, Bit>,
    pub fill_writable: Signal<In, Bit>,
    pub fill_xd: Signal<In, Bit>,
    // invalidation
    pub inv_en: Signal<In, Bit>,
    pub inv_use_pcid: Signal<In, Bit>,
    pub inv_pcid: Signal<In, Bits<12>>,
    // entries
    e_valid: DffArray<Bit, PWC_SLOTS>,
    e_level: DffArray<Bits<2>, PWC_SLOTS>,
    e_vpn_1g: DffArray<Bits<18>, PWC_SLOTS>,
    e_vpn_2m: DffArray<Bits<9>, PWC_SLOTS>,
    e_pcid: DffArray<Bits<12>, PWC_SLOTS>,
    /// PA 51:30 and PA 29:12 of the referenced table (no per-entry field wider than 32 bits).
    e_base_hi: DffArray<Bits<22>, PWC_SLOTS>,
    e_base_lo: DffArray<Bits<18>, PWC_SLOTS>,
    e_user: DffArray<Bit, PWC_SLOTS>,
    e_writable: DffArray<Bit, PWC_SLOTS>,
    e_xd: DffArray<Bit, PWC_SLOTS>,
    victim: DFF<Bits<3>>,
    // combinational terms
    lk_match: [Signal<Local, Bit>; PWC_SLOTS],
    lk_sel: [Signal<Local, Bit>; PWC_SLOTS],
    fl_slot: [Signal<Local, Bit>; PWC_SLOTS],
    hit_l1: Signal<Local, Bit>,
    hit_l2: Signal<Local, Bit>,
    fl_found: Signal<Local, Bit>,
    victim_next: Signal<Local, Bits<3>>,
    l_hit: Signal<Local, Bit>,
    l_hit_level: Signal<Local, Bits<2>>,
    l_base_hi: Signal<Local, Bits<22>>,
    l_base_lo: Signal<Local, Bits<18>>,
    l_hit_user: Signal<Local, Bit>,
    l_hit_writable: Signal<Local, Bit>,
    l_hit_xd: Signal<Local, Bit>,
    /// Slot `i` exists in this configuration.
    k_enabled: [Constant<Bit>; PWC_SLOTS],
    k_index: [Constant<Bits<3>>; PWC_SLOTS],
    /// `entries - 1`: the victim pointer wraps modulo the configured size.
    k_wrap: Constant<Bits<3>>,
    base_mask_hi: Constant<Bits<22>>,
    base_mask_lo: Constant<Bits<18>>,
}

impl Pwc {
    /// A cache of `entries` (0, 1, 2, 4 or 8) for a physical address width of `paddr_bits`.
    pub fn new(config: &Config) -> Self {
        if let Err(e) = config.validate_rtl() {
            panic!("{e}");
        }
        let (entries, paddr_bits) = (config.pwc_entries, config.paddr_bits);
        let mask: u64 = (1u64 << (paddr_bits - 12)) - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            lk_en: Default::default(),
            lk_vpn_1g: Default::default(),
            lk_vpn_2m: Default::default(),
            lk_pcid: Default::default(),
            hit: Default::default(),
            hit_level: Default::default(),
            hit_base: Default::default(),
            hit_user: Default::default(),
            hit_writable: Default::default(),
            hit_xd: Default::default(),
            fill_en: Default::default(),
            fill_level: Default::default(),
            fill_vpn_1g: Default::default(),
            fill_vpn_2m: Default::default(),
            fill_pcid: Default::default(),
            fill_base: Default::default(),
            fill_user: Default::default(),
            fill_writable: Default::default(),
            fill_xd: Default::default(),
            inv_en: Default::default(),
            inv_use_pcid: Default::default(),
            inv_pcid: Default::default(),
            e_valid: Default::default(),
            e_level: Default::default(),
            e_vpn_1g: Default::default(),
            e_vpn_2m: Default::default(),
            e_pcid: Default::default(),
            e_base_hi: Default::default(),
            e_base_lo: Default::default(),
            e_user: Default::default(),
            e_writable: Default::default(),
            e_xd: Default::default(),
            victim: Default::default(),
            lk_match: std::array::from_fn(|_| Default::default()),
            lk_sel: std::array::from_fn(|_| Default::default()),
            fl_slot: std::array::from_fn(|_| Default::default()),
            hit_l1: Default::default(),
            hit_l2: Default::default(),
            fl_found: Default::default(),
            victim_next: Default::default(),
            l_hit: Default::default(),
            l_hit_level: Default::default(),
            l_base_hi: Default::default(),
            l_base_lo: Default::default(),
            l_hit_user: Default::default(),
            l_hit_writable: Default::default(),
            l_hit_xd: Default::default(),
            k_enabled: std::array::from_fn(|i| Constant::new(i < entries)),
            k_index: std::array::from_fn(|i| Constant::new((i as u64).into())),
            k_wrap: Constant::new((entries.max(1) as u64 - 1).into()),
            base_mask_hi: Constant::new((mask >> 18).into()),
            base_mask_lo: Constant::new((mask & 0x3_ffff).into()),
        }
    }
}

impl Logic for Pwc {
    #[hdl_gen]
    fn update(&mut self) {
        // Flops hold by default; every d is assigned before any branch so nothing latches.
        self.e_valid.clock.next = self.clock.val();
        self.e_level.clock.next = self.clock.val();
        self.e_vpn_1g.clock.next = self.clock.val();
        self.e_vpn_2m.clock.next = self.clock.val();
        self.e_pcid.clock.next = self.clock.val();
        self.e_base_hi.clock.next = self.clock.val();
        self.e_base_lo.clock.next = self.clock.val();
        self.e_user.clock.next = self.clock.val();
        self.e_writable.clock.next = self.clock.val();
        self.e_xd.clock.next = self.clock.val();
        self.victim.clock.next = self.clock.val();
        self.victim.d.next = self.victim.q.val();
        for i in 0..PWC_SLOTS {
            self.e_valid.d[i].next = self.e_valid.q[i].val();
            self.e_level.d[i].next = self.e_level.q[i].val();
            self.e_vpn_1g.d[i].next = self.e_vpn_1g.q[i].val();
            self.e_vpn_2m.d[i].next = self.e_vpn_2m.q[i].val();
            self.e_pcid.d[i].next = self.e_pcid.q[i].val();
            self.e_base_hi.d[i].next = self.e_base_hi.q[i].val();
            self.e_base_lo.d[i].next = self.e_base_lo.q[i].val();
            self.e_user.d[i].next = self.e_user.q[i].val();
            self.e_writable.d[i].next = self.e_writable.q[i].val();
            self.e_xd.d[i].next = self.e_xd.q[i].val();
        }

        // Lookup: PCID, VA 47:39 always, 38:30 below a PML4E, 29:21 for a PDE.
        self.hit_l1.next = false;
        self.hit_l2.next = false;
        for i in 0..PWC_SLOTS {
            self.lk_match[i].next = false;
        }
        if self.lk_en.val() {
            for i in 0..PWC_SLOTS {
                self.lk_match[i].next = self.e_valid.q[i].val()
                    && (self.e_pcid.q[i].val() == self.lk_pcid.val())
                    && (self.e_vpn_1g.q[i].val().get_bits::<9>(9)
                        == self.lk_vpn_1g.val().get_bits::<9>(9))
                    && ((self.e_level.q[i].val() == 3)
                        || (self.e_vpn_1g.q[i].val().get_bits::<9>(0)
                            == self.lk_vpn_1g.val().get_bits::<9>(0)))
                    && ((self.e_level.q[i].val() != 1)
                        || (self.e_vpn_2m.q[i].val() == self.lk_vpn_2m.val()));
                if self.lk_match[i].val() && (self.e_level.q[i].val() == 1) {
                    self.hit_l1.next = true;
                }
                if self.lk_match[i].val() && (self.e_level.q[i].val() == 2) {
                    self.hit_l2.next = true;
                }
            }
        }
        // The deepest level that matched wins; AND-OR readout over its (single) match line.
        self.l_hit.next = false;
        self.l_hit_level.next = 0.into();
        self.l_base_hi.next = 0.into();
        self.l_base_lo.next = 0.into();
        self.l_hit_user.next = false;
        self.l_hit_writable.next = false;
        self.l_hit_xd.next = false;
        for i in 0..PWC_SLOTS {
            self.lk_sel[i].next = self.lk_match[i].val()
                && ((self.e_level.q[i].val() == 1)
                    || ((self.e_level.q[i].val() == 2) && !self.hit_l1.val())
                    || ((self.e_level.q[i].val() == 3)
                        && !self.hit_l1.val()
                        && !self.hit_l2.val()));
            if self.lk_sel[i].val() {
                self.l_hit.next = true;
                self.l_hit_level.next = self.l_hit_level.val() | self.e_level.q[i].val();
                self.l_base_hi.next = self.l_base_hi.val() | self.e_base_hi.q[i].val();
                self.l_base_lo.next = self.l_base_lo.val() | self.e_base_lo.q[i].val();
                self.l_hit_user.next = self.l_hit_user.val() || self.e_user.q[i].val();
                self.l_hit_writable.next = self.l_hit_writable.val() || self.e_writable.q[i].val();
                self.l_hit_xd.next = self.l_hit_xd.val() || self.e_xd.q[i].val();
            }
        }

        // Fill slot: the lowest invalid enabled slot, else the victim.
        self.fl_found.next = false;
        for i in 0..PWC_SLOTS {
            self.fl_slot[i].next = false;
            if self.k_enabled[i].val() && !self.e_valid.q[i].val() && !self.fl_found.val() {
                self.fl_slot[i].next = true;
                self.fl_found.next = true;
            }
        }
        if !self.fl_found.val() {
            for i in 0..PWC_SLOTS {
                self.fl_slot[i].next =
                    self.k_enabled[i].val() && (self.victim.q.val() == self.k_index[i].val());
            }
        }

        // Next state: invalidations drop, the fill wins its slot, disabled slots stay empty.
        for i in 0..PWC_SLOTS {
            if self.inv_en.val()
                && (!self.inv_use_pcid.val() || (self.e_pcid.q[i].val() == self.inv_pcid.val()))
            {
                self.e_valid.d[i].next = false;
            }
            if self.fill_en.val() && self.fl_slot[i].val() {
                self.e_valid.d[i].next = true;
                self.e_level.d[i].next = self.fill_level.val();
                self.e_vpn_1g.d[i].next = self.fill_vpn_1g.val();
                self.e_vpn_2m.d[i].next = self.fill_vpn_2m.val();
                self.e_pcid.d[i].next = self.fill_pcid.val();
                self.e_base_hi.d[i].next =
                    self.fill_base.val().get_bits::<22>(18) & self.base_mask_hi.val();
                self.e_base_lo.d[i].next =
                    self.fill_base.val().get_bits::<18>(0) & self.base_mask_lo.val();
                self.e_user.d[i].next = self.fill_user.val();
                self.e_writable.d[i].next = self.fill_writable.val();
                self.e_xd.d[i].next = self.fill_xd.val();
            }
            if self.reset.val() || !self.k_enabled[i].val() {
                self.e_valid.d[i].next = false;
            }
        }
        // Incremented at its own width first, then wrapped at the configured size.
        self.victim_next.next = self.victim.q.val() + 1;
        if self.fill_en.val() && !self.fl_found.val() {
            self.victim.d.next = self.victim_next.val() & self.k_wrap.val();
        }
        if self.reset.val() {
            self.victim.d.next = 0.into();
        }

        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.hit.next = self.l_hit.val();
        self.hit_level.next = self.l_hit_level.val();
        self.hit_base.next = (bit_cast::<40, 22>(self.l_base_hi.val()) << 18)
            | bit_cast::<40, 18>(self.l_base_lo.val());
        self.hit_user.next = self.l_hit_user.val();
        self.hit_writable.next = self.l_hit_writable.val();
        self.hit_xd.next = self.l_hit_xd.val();
    }
}
