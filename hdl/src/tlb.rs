//! `Tlb<N, A>`: fully associative TLB (a CAM of `N` entries, `A` = log2 `N`), 4K/2M/1G pages side by
//! side, tagged with the PCID current at fill, global entries matching in every PCID.
//!
//! Entry fields, one flop array per field: `valid`, the VPN (VA 47:12) held as the three slices the
//! comparisons use (`vpn_1g` = VA 47:30, `vpn_2m` = VA 29:21, `vpn_4k` = VA 20:12), `size`
//! (0 = 4K, 1 = 2M, 2 = 1G), `pcid` (12), `glob`, `pfn` (PA 51:12, bits below the page size zero,
//! bits at and above MAXPHYADDR forced to zero so synthesis prunes those flops) held as `pfn_hi`
//! (PA 51:30) and `pfn_lo` (PA 29:12), and the effective rights of the walk that filled it:
//! `writable`, `user`, `xd` (raw, not qualified by NXE), `dirty` (leaf D after the fill's own
//! update) and `pkey` (4).
//!
//! The fill VPN arrives as those three slices (the walker holds it that way), and no per-entry
//! field is wider than 32 bits: rust-hdl simulates a `Bits` wider than 32 as an array of `bool`,
//! slow to copy and compare in every entry on every settle pass.
//!
//! Ports
//! - `clock`, `reset` (synchronous: every entry invalid, `victim` = 0).
//! - lookup (combinational): `lk_vpn` (36), `lk_pcid` (12) -> `hit`, `hit_idx` (A) and the hit
//!   entry's `hit_size`, `hit_pfn`, `hit_glob`, `hit_writable`, `hit_user`, `hit_xd`, `hit_dirty`,
//!   `hit_pkey`. The readout is an AND-OR over the match lines, valid because at most one entry
//!   matches any (VA, PCID): see Fill. All readout fields are 0 on a miss. With `lk_capture`, the
//!   lookup's per-entry compares (each VPN slice, the PCID) are kept at the rising edge for a fill.
//! - fill (applied at the rising edge): `fill_en` and `fill_*`. Two steps in the same edge:
//!   1. every valid entry whose page overlaps the new one (equal VPN above the larger of the two
//!      page sizes) and that could match in the same PCID (`e.glob | new.glob | e.pcid == new.pcid`)
//!      is dropped. The VPN and PCID equalities are the compares kept by the last `lk_capture`, so
//!      the fill's VPN and PCID must be those of that lookup, with no fill in between (the MMU keeps
//!      the lookup of every access it takes, and fills only for the walk of the access taken last).
//!      This keeps comparators off the fill path, the longest one of the design before: the fill
//!      cycle only combines registered compare bits with the valid, size and global bits;
//!   2. the new entry goes to the lowest-index entry that is invalid after step 1; if there is none,
//!      to the entry `victim` names, and `victim` advances (mod N). Nothing else moves `victim`.
//!
//!   `fill_idx` shows the chosen slot during the fill cycle.
//! - invalidation (applied at the rising edge, one cycle for every kind): `inv_en` with
//!   `inv_use_va` (entry must match `inv_vpn` at its own page size), `inv_use_pcid` (entry's `pcid`
//!   must equal `inv_pcid`, or, with `inv_glob_wild`, the entry is global), `inv_keep_glob` (global
//!   entries survive). The top encodes every row of the invalidation table of
//!   docs/architecture.md with these four flags.
//!
//! A fill and an invalidation in the same edge act as "fill, then invalidate": the slot choice sees
//! the entries before the invalidation, and the fill wins on its own slot. The top never applies an
//! invalidation that would drop the entry being filled (it kills such a fill instead).
//!
//! Latency: lookup 0 cycles (combinational); fill and invalidation visible from the next cycle.
//!
//! ```text
//!   clock     _/‾\_/‾\_/‾\_
//!   lk_vpn    =X=A=X=B=====
//!   hit       =X=a=X=b=====      (same cycle)
//!   fill_en   ___/‾‾‾\_____
//!   entry     =====old=X=new     (from the next cycle)
//! ```

use rust_hdl::prelude::*;

use crate::dff_array::DffArray;

/// `size` encoding.
pub const SIZE_4K: u64 = 0;
pub const SIZE_2M: u64 = 1;
pub const SIZE_1G: u64 = 2;

#[derive(LogicBlock)]
pub struct Tlb<const N: usize, const A: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // lookup
    pub lk_vpn: Signal<In, Bits<36>>,
    pub lk_pcid: Signal<In, Bits<12>>,
    pub lk_capture: Signal<In, Bit>,
    pub hit: Signal<Out, Bit>,
    pub hit_idx: Signal<Out, Bits<A>>,
    pub hit_size: Signal<Out, Bits<2>>,
    pub hit_pfn: Signal<Out, Bits<40>>,
    pub hit_glob: Signal<Out, Bit>,
    pub hit_writable: Signal<Out, Bit>,
    pub hit_user: Signal<Out, Bit>,
    pub hit_xd: Signal<Out, Bit>,
    pub hit_dirty: Signal<Out, Bit>,
    pub hit_pkey: Signal<Out, Bits<4>>,
    // fill
    pub fill_en: Signal<In, Bit>,
    pub fill_vpn_1g: Signal<In, Bits<18>>,
    pub fill_vpn_2m: Signal<In, Bits<9>>,
    pub fill_vpn_4k: Signal<In, Bits<9>>,
    pub fill_size: Signal<In, Bits<2>>,
    pub fill_pcid: Signal<In, Bits<12>>,
    pub fill_glob: Signal<In, Bit>,
    pub fill_pfn: Signal<In, Bits<40>>,
    pub fill_writable: Signal<In, Bit>,
    pub fill_user: Signal<In, Bit>,
    pub fill_xd: Signal<In, Bit>,
    pub fill_dirty: Signal<In, Bit>,
    pub fill_pkey: Signal<In, Bits<4>>,
    pub fill_idx: Signal<Out, Bits<A>>,
    // invalidation
    pub inv_en: Signal<In, Bit>,
    pub inv_use_va: Signal<In, Bit>,
    pub inv_use_pcid: Signal<In, Bit>,
    pub inv_glob_wild: Signal<In, Bit>,
    pub inv_keep_glob: Signal<In, Bit>,
    pub inv_vpn: Signal<In, Bits<36>>,
    pub inv_pcid: Signal<In, Bits<12>>,
    // entries
    pub e_valid: DffArray<Bit, N>,
    pub e_vpn_1g: DffArray<Bits<18>, N>,
    pub e_vpn_2m: DffArray<Bits<9>, N>,
    pub e_vpn_4k: DffArray<Bits<9>, N>,
    pub e_size: DffArray<Bits<2>, N>,
    pub e_pcid: DffArray<Bits<12>, N>,
    pub e_glob: DffArray<Bit, N>,
    /// PA 51:30 and PA 29:12 of the page.
    pub e_pfn_hi: DffArray<Bits<22>, N>,
    pub e_pfn_lo: DffArray<Bits<18>, N>,
    pub e_writable: DffArray<Bit, N>,
    pub e_user: DffArray<Bit, N>,
    pub e_xd: DffArray<Bit, N>,
    pub e_dirty: DffArray<Bit, N>,
    pub e_pkey: DffArray<Bits<4>, N>,
    pub victim: DFF<Bits<A>>,
    /// Per entry, the lookup's VPN-slice and PCID compares, captured at `lk_capture`: the fill's overlap test.
    pub cap_1g: DffArray<Bit, N>,
    pub cap_2m: DffArray<Bit, N>,
    pub cap_4k: DffArray<Bit, N>,
    pub cap_pcid: DffArray<Bit, N>,
    // per-entry combinational terms
    e_is1g: [Signal<Local, Bit>; N],
    e_is4k: [Signal<Local, Bit>; N],
    lk_eq_1g: [Signal<Local, Bit>; N],
    lk_eq_2m: [Signal<Local, Bit>; N],
    lk_eq_4k: [Signal<Local, Bit>; N],
    lk_eq_pcid: [Signal<Local, Bit>; N],
    lk_match: [Signal<Local, Bit>; N],
    fl_overlap: [Signal<Local, Bit>; N],
    fl_slot: [Signal<Local, Bit>; N],
    inv_drop: [Signal<Local, Bit>; N],
    // sliced request fields
    lk_1g: Signal<Local, Bits<18>>,
    lk_2m: Signal<Local, Bits<9>>,
    lk_4k: Signal<Local, Bits<9>>,
    fl_is1g: Signal<Local, Bit>,
    fl_is4k: Signal<Local, Bit>,
    fl_found: Signal<Local, Bit>,
    /// Slots free after the overlap drop, one bit per entry; its two's complement; the lowest of them.
    fl_cand: Signal<Local, Bits<N>>,
    fl_neg: Signal<Local, Bits<N>>,
    fl_first: Signal<Local, Bits<N>>,
    iv_1g: Signal<Local, Bits<18>>,
    iv_2m: Signal<Local, Bits<9>>,
    iv_4k: Signal<Local, Bits<9>>,
    l_hit: Signal<Local, Bit>,
    l_hit_idx: Signal<Local, Bits<A>>,
    l_hit_size: Signal<Local, Bits<2>>,
    l_hit_pfn_hi: Signal<Local, Bits<22>>,
    l_hit_pfn_lo: Signal<Local, Bits<18>>,
    l_hit_glob: Signal<Local, Bit>,
    l_hit_writable: Signal<Local, Bit>,
    l_hit_user: Signal<Local, Bit>,
    l_hit_xd: Signal<Local, Bit>,
    l_hit_dirty: Signal<Local, Bit>,
    l_hit_pkey: Signal<Local, Bits<4>>,
    l_fill_idx: Signal<Local, Bits<A>>,
    k_index: [Constant<Bits<A>>; N],
    k_onehot: [Constant<Bits<N>>; N],
    pfn_mask_hi: Constant<Bits<22>>,
    pfn_mask_lo: Constant<Bits<18>>,
}

impl<const N: usize, const A: usize> Tlb<N, A> {
    /// A TLB of `N` entries for a physical address width of `paddr_bits` (MAXPHYADDR).
    pub fn new(paddr_bits: u32) -> Self {
        assert!(
            N.is_power_of_two() && (4..=64).contains(&N),
            "Tlb: N must be a power of two in 4..=64, got {N}"
        );
        assert_eq!(1usize << A, N, "Tlb: A must be log2(N) (N = {N}, A = {A})");
        assert!(
            (32..=52).contains(&paddr_bits),
            "Tlb: paddr_bits must be in 32..=52, got {paddr_bits}"
        );
        let pfn_mask: u64 = (1u64 << (paddr_bits - 12)) - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            lk_vpn: Default::default(),
            lk_pcid: Default::default(),
            lk_capture: Default::default(),
            hit: Default::default(),
            hit_idx: Default::default(),
            hit_size: Default::default(),
            hit_pfn: Default::default(),
            hit_glob: Default::default(),
            hit_writable: Default::default(),
            hit_user: Default::default(),
            hit_xd: Default::default(),
            hit_dirty: Default::default(),
            hit_pkey: Default::default(),
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
            fill_idx: Default::default(),
            inv_en: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_vpn: Default::default(),
            inv_pcid: Default::default(),
            e_valid: Default::default(),
            e_vpn_1g: Default::default(),
            e_vpn_2m: Default::default(),
            e_vpn_4k: Default::default(),
            e_size: Default::default(),
            e_pcid: Default::default(),
            e_glob: Default::default(),
            e_pfn_hi: Default::default(),
            e_pfn_lo: Default::default(),
            e_writable: Default::default(),
            e_user: Default::default(),
            e_xd: Default::default(),
            e_dirty: Default::default(),
            e_pkey: Default::default(),
            victim: Default::default(),
            cap_1g: Default::default(),
            cap_2m: Default::default(),
            cap_4k: Default::default(),
            cap_pcid: Default::default(),
            e_is1g: std::array::from_fn(|_| Default::default()),
            e_is4k: std::array::from_fn(|_| Default::default()),
            lk_eq_1g: std::array::from_fn(|_| Default::default()),
            lk_eq_2m: std::array::from_fn(|_| Default::default()),
            lk_eq_4k: std::array::from_fn(|_| Default::default()),
            lk_eq_pcid: std::array::from_fn(|_| Default::default()),
            lk_match: std::array::from_fn(|_| Default::default()),
            fl_overlap: std::array::from_fn(|_| Default::default()),
            fl_slot: std::array::from_fn(|_| Default::default()),
            inv_drop: std::array::from_fn(|_| Default::default()),
            lk_1g: Default::default(),
            lk_2m: Default::default(),
            lk_4k: Default::default(),
            fl_is1g: Default::default(),
            fl_is4k: Default::default(),
            fl_found: Default::default(),
            fl_cand: Default::default(),
            fl_neg: Default::default(),
            fl_first: Default::default(),
            iv_1g: Default::default(),
            iv_2m: Default::default(),
            iv_4k: Default::default(),
            l_hit: Default::default(),
            l_hit_idx: Default::default(),
            l_hit_size: Default::default(),
            l_hit_pfn_hi: Default::default(),
            l_hit_pfn_lo: Default::default(),
            l_hit_glob: Default::default(),
            l_hit_writable: Default::default(),
            l_hit_user: Default::default(),
            l_hit_xd: Default::default(),
            l_hit_dirty: Default::default(),
            l_hit_pkey: Default::default(),
            l_fill_idx: Default::default(),
            k_index: std::array::from_fn(|i| Constant::new((i as u64).into())),
            k_onehot: std::array::from_fn(|i| Constant::new(Bits::<N>::from(1u64) << (i as u64))),
            pfn_mask_hi: Constant::new((pfn_mask >> 18).into()),
            pfn_mask_lo: Constant::new((pfn_mask & 0x3_ffff).into()),
        }
    }
}

impl<const N: usize, const A: usize> Tlb<N, A> {
    /// The page frame (PA 51:12) stored in entry `i`.
    pub fn stored_pfn(&self, i: usize) -> u64 {
        (self.e_pfn_hi.q[i].val().to_u64() << 18) | self.e_pfn_lo.q[i].val().to_u64()
    }
}

impl<const N: usize, const A: usize> Logic for Tlb<N, A> {
    #[hdl_gen]
    fn update(&mut self) {
        // Flops hold by default; every d is assigned before any branch so nothing latches.
        self.e_valid.clock.next = self.clock.val();
        self.e_vpn_1g.clock.next = self.clock.val();
        self.e_vpn_2m.clock.next = self.clock.val();
        self.e_vpn_4k.clock.next = self.clock.val();
        self.e_size.clock.next = self.clock.val();
        self.e_pcid.clock.next = self.clock.val();
        self.e_glob.clock.next = self.clock.val();
        self.e_pfn_hi.clock.next = self.clock.val();
        self.e_pfn_lo.clock.next = self.clock.val();
        self.e_writable.clock.next = self.clock.val();
        self.e_user.clock.next = self.clock.val();
        self.e_xd.clock.next = self.clock.val();
        self.e_dirty.clock.next = self.clock.val();
        self.e_pkey.clock.next = self.clock.val();
        self.cap_1g.clock.next = self.clock.val();
        self.cap_2m.clock.next = self.clock.val();
        self.cap_4k.clock.next = self.clock.val();
        self.cap_pcid.clock.next = self.clock.val();
        for i in 0..N {
            self.e_valid.d[i].next = self.e_valid.q[i].val();
            self.e_vpn_1g.d[i].next = self.e_vpn_1g.q[i].val();
            self.e_vpn_2m.d[i].next = self.e_vpn_2m.q[i].val();
            self.e_vpn_4k.d[i].next = self.e_vpn_4k.q[i].val();
            self.e_size.d[i].next = self.e_size.q[i].val();
            self.e_pcid.d[i].next = self.e_pcid.q[i].val();
            self.e_glob.d[i].next = self.e_glob.q[i].val();
            self.e_pfn_hi.d[i].next = self.e_pfn_hi.q[i].val();
            self.e_pfn_lo.d[i].next = self.e_pfn_lo.q[i].val();
            self.e_writable.d[i].next = self.e_writable.q[i].val();
            self.e_user.d[i].next = self.e_user.q[i].val();
            self.e_xd.d[i].next = self.e_xd.q[i].val();
            self.e_dirty.d[i].next = self.e_dirty.q[i].val();
            self.e_pkey.d[i].next = self.e_pkey.q[i].val();
            self.cap_1g.d[i].next = self.cap_1g.q[i].val();
            self.cap_2m.d[i].next = self.cap_2m.q[i].val();
            self.cap_4k.d[i].next = self.cap_4k.q[i].val();
            self.cap_pcid.d[i].next = self.cap_pcid.q[i].val();
        }
        self.victim.clock.next = self.clock.val();
        self.victim.d.next = self.victim.q.val();

        self.lk_1g.next = self.lk_vpn.val().get_bits::<18>(18);
        self.lk_2m.next = self.lk_vpn.val().get_bits::<9>(9);
        self.lk_4k.next = self.lk_vpn.val().get_bits::<9>(0);
        self.iv_1g.next = self.inv_vpn.val().get_bits::<18>(18);
        self.iv_2m.next = self.inv_vpn.val().get_bits::<9>(9);
        self.iv_4k.next = self.inv_vpn.val().get_bits::<9>(0);
        // size 2 = 1G, 0 = 4K (SIZE_1G, SIZE_4K)
        self.fl_is1g.next = self.fill_size.val() == 2;
        self.fl_is4k.next = self.fill_size.val() == 0;

        // Lookup: compare only the VPN slices above the entry's page size; AND-OR readout. The
        // slice and PCID compares are kept at `lk_capture` for the fill of a walk for this lookup.
        self.l_hit.next = false;
        self.l_hit_idx.next = 0.into();
        self.l_hit_size.next = 0.into();
        self.l_hit_pfn_hi.next = 0.into();
        self.l_hit_pfn_lo.next = 0.into();
        self.l_hit_glob.next = false;
        self.l_hit_writable.next = false;
        self.l_hit_user.next = false;
        self.l_hit_xd.next = false;
        self.l_hit_dirty.next = false;
        self.l_hit_pkey.next = 0.into();
        for i in 0..N {
            self.e_is1g[i].next = self.e_size.q[i].val() == 2;
            self.e_is4k[i].next = self.e_size.q[i].val() == 0;
            self.lk_eq_1g[i].next = self.e_vpn_1g.q[i].val() == self.lk_1g.val();
            self.lk_eq_2m[i].next = self.e_vpn_2m.q[i].val() == self.lk_2m.val();
            self.lk_eq_4k[i].next = self.e_vpn_4k.q[i].val() == self.lk_4k.val();
            self.lk_eq_pcid[i].next = self.e_pcid.q[i].val() == self.lk_pcid.val();
            self.lk_match[i].next = self.e_valid.q[i].val()
                && (self.e_glob.q[i].val() || self.lk_eq_pcid[i].val())
                && self.lk_eq_1g[i].val()
                && (self.e_is1g[i].val() || self.lk_eq_2m[i].val())
                && (!self.e_is4k[i].val() || self.lk_eq_4k[i].val());
            if self.lk_capture.val() {
                self.cap_1g.d[i].next = self.lk_eq_1g[i].val();
                self.cap_2m.d[i].next = self.lk_eq_2m[i].val();
                self.cap_4k.d[i].next = self.lk_eq_4k[i].val();
                self.cap_pcid.d[i].next = self.lk_eq_pcid[i].val();
            }
            if self.lk_match[i].val() {
                self.l_hit.next = true;
                self.l_hit_idx.next = self.l_hit_idx.val() | self.k_index[i].val();
                self.l_hit_size.next = self.l_hit_size.val() | self.e_size.q[i].val();
                self.l_hit_pfn_hi.next = self.l_hit_pfn_hi.val() | self.e_pfn_hi.q[i].val();
                self.l_hit_pfn_lo.next = self.l_hit_pfn_lo.val() | self.e_pfn_lo.q[i].val();
                self.l_hit_glob.next = self.l_hit_glob.val() || self.e_glob.q[i].val();
                self.l_hit_writable.next = self.l_hit_writable.val() || self.e_writable.q[i].val();
                self.l_hit_user.next = self.l_hit_user.val() || self.e_user.q[i].val();
                self.l_hit_xd.next = self.l_hit_xd.val() || self.e_xd.q[i].val();
                self.l_hit_dirty.next = self.l_hit_dirty.val() || self.e_dirty.q[i].val();
                self.l_hit_pkey.next = self.l_hit_pkey.val() | self.e_pkey.q[i].val();
            }
        }

        // Fill step 1: entries overlapping the new page that could match in its PCID, from the
        // compares captured with the lookup (no comparator on the fill path).
        // Fill step 2: lowest-index slot free after step 1, else the round-robin victim.
        // Both only in a fill cycle (rare): a simulator then skips them altogether.
        self.fl_found.next = false;
        self.fl_cand.next = 0.into();
        self.fl_neg.next = 0.into();
        self.fl_first.next = 0.into();
        self.l_fill_idx.next = 0.into();
        for i in 0..N {
            self.fl_overlap[i].next = false;
            self.fl_slot[i].next = false;
        }
        if self.fill_en.val() {
            for i in 0..N {
                self.fl_overlap[i].next = self.e_valid.q[i].val()
                    && (self.e_glob.q[i].val() || self.fill_glob.val() || self.cap_pcid.q[i].val())
                    && self.cap_1g.q[i].val()
                    && (self.e_is1g[i].val() || self.fl_is1g.val() || self.cap_2m.q[i].val())
                    && (!self.e_is4k[i].val() || !self.fl_is4k.val() || self.cap_4k.q[i].val());
                if !self.e_valid.q[i].val() || self.fl_overlap[i].val() {
                    self.fl_cand.next = self.fl_cand.val() | self.k_onehot[i].val();
                }
            }
            // The lowest candidate is `x & -x`: a carry chain instead of a priority chain through
            // every entry (the fill's slot choice was the longest path of the design).
            self.fl_neg.next = !self.fl_cand.val() + 1;
            self.fl_first.next = self.fl_cand.val() & self.fl_neg.val();
            self.fl_found.next = self.fl_cand.val().any();
            for i in 0..N {
                self.fl_slot[i].next = self.fl_first.val().get_bit(i);
            }
            if !self.fl_found.val() {
                for i in 0..N {
                    self.fl_slot[i].next = self.victim.q.val() == self.k_index[i].val();
                }
            }
            for i in 0..N {
                if self.fl_slot[i].val() {
                    self.l_fill_idx.next = self.l_fill_idx.val() | self.k_index[i].val();
                }
            }
        }

        // Invalidation: the entry as the operation names it (VA at the entry's own page size,
        // PCID or global wildcard), global entries kept when asked. Only in an invalidation cycle.
        for i in 0..N {
            self.inv_drop[i].next = false;
        }
        if self.inv_en.val() {
            for i in 0..N {
                self.inv_drop[i].next = self.e_valid.q[i].val()
                    && (!self.inv_use_va.val()
                        || ((self.e_vpn_1g.q[i].val() == self.iv_1g.val())
                            && (self.e_is1g[i].val()
                                || (self.e_vpn_2m.q[i].val() == self.iv_2m.val()))
                            && (!self.e_is4k[i].val()
                                || (self.e_vpn_4k.q[i].val() == self.iv_4k.val()))))
                    && (!self.inv_use_pcid.val()
                        || (self.e_pcid.q[i].val() == self.inv_pcid.val())
                        || (self.inv_glob_wild.val() && self.e_glob.q[i].val()))
                    && !(self.inv_keep_glob.val() && self.e_glob.q[i].val());
            }
        }

        // Next state of every entry: the fill wins its slot; overlaps and invalidations drop.
        for i in 0..N {
            if self.fill_en.val() && self.fl_slot[i].val() {
                self.e_valid.d[i].next = true;
                self.e_vpn_1g.d[i].next = self.fill_vpn_1g.val();
                self.e_vpn_2m.d[i].next = self.fill_vpn_2m.val();
                self.e_vpn_4k.d[i].next = self.fill_vpn_4k.val();
                self.e_size.d[i].next = self.fill_size.val();
                self.e_pcid.d[i].next = self.fill_pcid.val();
                self.e_glob.d[i].next = self.fill_glob.val();
                self.e_pfn_hi.d[i].next =
                    self.fill_pfn.val().get_bits::<22>(18) & self.pfn_mask_hi.val();
                self.e_pfn_lo.d[i].next =
                    self.fill_pfn.val().get_bits::<18>(0) & self.pfn_mask_lo.val();
                self.e_writable.d[i].next = self.fill_writable.val();
                self.e_user.d[i].next = self.fill_user.val();
                self.e_xd.d[i].next = self.fill_xd.val();
                self.e_dirty.d[i].next = self.fill_dirty.val();
                self.e_pkey.d[i].next = self.fill_pkey.val();
            } else if (self.fill_en.val() && self.fl_overlap[i].val()) || self.inv_drop[i].val() {
                self.e_valid.d[i].next = false;
            }
            if self.reset.val() {
                self.e_valid.d[i].next = false;
            }
        }
        if self.fill_en.val() && !self.fl_found.val() {
            self.victim.d.next = self.victim.q.val() + 1;
        }
        if self.reset.val() {
            self.victim.d.next = 0.into();
        }

        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.hit.next = self.l_hit.val();
        self.hit_idx.next = self.l_hit_idx.val();
        self.hit_size.next = self.l_hit_size.val();
        self.hit_pfn.next = (bit_cast::<40, 22>(self.l_hit_pfn_hi.val()) << 18)
            | bit_cast::<40, 18>(self.l_hit_pfn_lo.val());
        self.hit_glob.next = self.l_hit_glob.val();
        self.hit_writable.next = self.l_hit_writable.val();
        self.hit_user.next = self.l_hit_user.val();
        self.hit_xd.next = self.l_hit_xd.val();
        self.hit_dirty.next = self.l_hit_dirty.val();
        self.hit_pkey.next = self.l_hit_pkey.val();
        self.fill_idx.next = self.l_fill_idx.val();
    }
}

impl<const N: usize, const A: usize> crate::quiet::QuietInputs for Tlb<N, A> {
    crate::quiet_inputs!(
        clock,
        reset,
        lk_vpn,
        lk_pcid,
        lk_capture,
        fill_en,
        fill_vpn_1g,
        fill_vpn_2m,
        fill_vpn_4k,
        fill_size,
        fill_pcid,
        fill_glob,
        fill_pfn,
        fill_writable,
        fill_user,
        fill_xd,
        fill_dirty,
        fill_pkey,
        inv_en,
        inv_use_va,
        inv_use_pcid,
        inv_glob_wild,
        inv_keep_glob,
        inv_vpn,
        inv_pcid,
    );
}

impl<const N: usize, const A: usize> crate::step::Clocked for Tlb<N, A> {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Clocked;
    use crate::testutil::{proptest_config, Ent, Inv, RefTlb};
    use proptest::prelude::*;

    fn new_tlb<const N: usize, const A: usize>() -> Tlb<N, A> {
        let mut t = Tlb::<N, A>::new(40);
        t.connect_all();
        t
    }

    fn idle<const N: usize, const A: usize>(t: &mut Tlb<N, A>) {
        t.reset.next = false;
        t.lk_capture.next = false;
        t.fill_en.next = false;
        t.inv_en.next = false;
    }

    /// One cycle that looks up `e`'s page and keeps the compares, as the MMU does when it takes the
    /// access a walk will fill for: a fill must follow one.
    fn capture<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: &Ent) {
        idle(t);
        t.lk_vpn.next = e.vpn.into();
        t.lk_pcid.next = e.pcid.into();
        t.lk_capture.next = true;
        t.cycle();
        idle(t);
    }

    fn drive_fill<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: &Ent) {
        t.fill_en.next = true;
        t.fill_vpn_1g.next = ((e.vpn >> 18) & 0x3_ffff).into();
        t.fill_vpn_2m.next = ((e.vpn >> 9) & 0x1ff).into();
        t.fill_vpn_4k.next = (e.vpn & 0x1ff).into();
        t.fill_size.next = e.size.into();
        t.fill_pcid.next = e.pcid.into();
        t.fill_glob.next = e.glob;
        t.fill_pfn.next = e.pfn.into();
        t.fill_writable.next = e.writable;
        t.fill_user.next = e.user;
        t.fill_xd.next = e.xd;
        t.fill_dirty.next = e.dirty;
        t.fill_pkey.next = e.pkey.into();
    }

    fn drive_inv<const N: usize, const A: usize>(t: &mut Tlb<N, A>, inv: &Inv) {
        t.inv_en.next = true;
        t.inv_use_va.next = inv.use_va;
        t.inv_use_pcid.next = inv.use_pcid;
        t.inv_glob_wild.next = inv.glob_wild;
        t.inv_keep_glob.next = inv.keep_glob;
        t.inv_vpn.next = inv.vpn.into();
        t.inv_pcid.next = inv.pcid.into();
    }

    /// Looks up (vpn, pcid) in the settled circuit: (hit, idx, entry fields).
    fn look<const N: usize, const A: usize>(
        t: &mut Tlb<N, A>,
        vpn: u64,
        pcid: u64,
    ) -> Option<(usize, Ent)> {
        t.lk_vpn.next = vpn.into();
        t.lk_pcid.next = pcid.into();
        t.settle_low();
        if !t.hit.val() {
            return None;
        }
        Some((
            t.hit_idx.val().to_u64() as usize,
            Ent {
                vpn: 0,
                size: t.hit_size.val().to_u64(),
                pcid: 0,
                glob: t.hit_glob.val(),
                pfn: t.hit_pfn.val().to_u64(),
                writable: t.hit_writable.val(),
                user: t.hit_user.val(),
                xd: t.hit_xd.val(),
                dirty: t.hit_dirty.val(),
                pkey: t.hit_pkey.val().to_u64(),
            },
        ))
    }

    /// The state of entry i as stored.
    fn stored<const N: usize, const A: usize>(t: &Tlb<N, A>, i: usize) -> Option<Ent> {
        if !t.e_valid.q[i].val() {
            return None;
        }
        Some(Ent {
            vpn: (t.e_vpn_1g.q[i].val().to_u64() << 18)
                | (t.e_vpn_2m.q[i].val().to_u64() << 9)
                | t.e_vpn_4k.q[i].val().to_u64(),
            size: t.e_size.q[i].val().to_u64(),
            pcid: t.e_pcid.q[i].val().to_u64(),
            glob: t.e_glob.q[i].val(),
            pfn: t.stored_pfn(i),
            writable: t.e_writable.q[i].val(),
            user: t.e_user.q[i].val(),
            xd: t.e_xd.q[i].val(),
            dirty: t.e_dirty.q[i].val(),
            pkey: t.e_pkey.q[i].val().to_u64(),
        })
    }

    /// No two valid entries can ever match the same (VA, PCID).
    fn assert_no_multi_hit<const N: usize, const A: usize>(t: &Tlb<N, A>) {
        let es: Vec<(usize, Ent)> = (0..N)
            .filter_map(|i| stored(t, i).map(|e| (i, e)))
            .collect();
        for (x, (i, a)) in es.iter().enumerate() {
            for (j, b) in es.iter().skip(x + 1) {
                let s = a.shift().max(b.shift());
                let same_page = (a.vpn >> s) == (b.vpn >> s);
                assert!(
                    !(same_page && (a.glob || b.glob || a.pcid == b.pcid)),
                    "entries {i} and {j} can both match: {a:?} {b:?}"
                );
            }
        }
    }

    fn ent(vpn: u64, size: u64, pcid: u64, glob: bool) -> Ent {
        Ent {
            vpn,
            size,
            pcid,
            glob,
            pfn: 0x1000 + vpn,
            writable: true,
            user: false,
            xd: false,
            dirty: true,
            pkey: 0,
        }
    }

    fn fill<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: Ent) -> usize {
        capture(t, &e);
        drive_fill(t, &e);
        t.settle_low();
        let idx = t.fill_idx.val().to_u64() as usize;
        t.rise();
        idle(t);
        idx
    }

    fn inval<const N: usize, const A: usize>(t: &mut Tlb<N, A>, inv: Inv) {
        idle(t);
        drive_inv(t, &inv);
        t.cycle();
        idle(t);
    }

    #[test]
    fn match_per_page_size_compares_only_bits_above_the_page() {
        let mut t = new_tlb::<8, 3>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        idle(&mut t);
        // 4K page at VPN 0x12345_678 (pfn with page-aligned low bits)
        let vpn4 = 0x1_2345_6789 & ((1 << 36) - 1);
        fill(
            &mut t,
            Ent {
                pfn: 0xabcde,
                ..ent(vpn4, SIZE_4K, 0, false)
            },
        );
        assert_eq!(look(&mut t, vpn4, 0).map(|h| h.1.pfn), Some(0xabcde));
        assert!(
            look(&mut t, vpn4 ^ 1, 0).is_none(),
            "4K entry must compare VA 20:12"
        );
        assert!(look(&mut t, vpn4 ^ (1 << 9), 0).is_none());
        // 2M page: VA 20:12 ignored, 29:21 compared
        let vpn2 = 0x0_7777_7000 >> 3;
        fill(
            &mut t,
            Ent {
                pfn: 0x400 << 9,
                ..ent(vpn2, SIZE_2M, 0, false)
            },
        );
        for low in [0u64, 1, 0x1ff] {
            let got = look(&mut t, (vpn2 & !0x1ff) | low, 0);
            assert_eq!(
                got.map(|h| (h.1.size, h.1.pfn)),
                Some((SIZE_2M, 0x400 << 9))
            );
        }
        assert!(look(&mut t, vpn2 ^ (1 << 9), 0).is_none());
        // 1G page: VA 29:12 ignored, 47:30 compared
        let vpn1 = 0x3_0000_0000 >> 12;
        fill(
            &mut t,
            Ent {
                pfn: 3 << 18,
                ..ent(vpn1, SIZE_1G, 0, false)
            },
        );
        for low in [0u64, 0x1ff, 0x3_ffff] {
            assert_eq!(
                look(&mut t, (vpn1 & !0x3_ffff) | low, 0).map(|h| h.1.size),
                Some(SIZE_1G)
            );
        }
        assert!(look(&mut t, vpn1 ^ (1 << 18), 0).is_none());
        assert_no_multi_hit(&t);
    }

    #[test]
    fn pcid_tag_and_global_entries() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        let a = 0x111;
        let b = 0x222;
        fill(&mut t, ent(a, SIZE_4K, 5, false));
        fill(&mut t, ent(b, SIZE_4K, 5, true));
        assert!(look(&mut t, a, 5).is_some());
        assert!(
            look(&mut t, a, 6).is_none(),
            "non-global entry is private to its PCID"
        );
        assert!(
            look(&mut t, b, 6).is_some(),
            "global entry matches in every PCID"
        );
        assert!(look(&mut t, b, 0).is_some());
        // Same page in another PCID coexists with a non-global entry ...
        fill(&mut t, ent(a, SIZE_4K, 6, false));
        assert_eq!(look(&mut t, a, 5).map(|h| h.0), Some(0));
        assert_eq!(look(&mut t, a, 6).map(|h| h.0), Some(2));
        // ... but a global fill of that page drops both (each could match with it).
        fill(&mut t, ent(a, SIZE_4K, 7, true));
        assert_eq!(
            look(&mut t, a, 5).map(|h| h.0),
            Some(0),
            "refilled into lowest free"
        );
        assert_eq!(look(&mut t, a, 6).map(|h| h.0), Some(0));
        assert!(!t.e_valid.q[2].val());
        assert_no_multi_hit(&t);
    }

    /// The invalidation table of docs/architecture.md, row by row, as the top encodes it.
    #[test]
    fn every_invalidation_kind() {
        const P: u64 = 3; // current PCID
        const Q: u64 = 9; // another PCID
        let va = 0x42;
        let other = 0x43;
        // (name, flags, which of the 6 probe entries survive)
        // probe entries: 0 va/P, 1 va/Q, 2 va/global(pcid Q), 3 other/P, 4 other/Q, 5 other/global
        let all_flags = |use_va, use_pcid, glob_wild, keep_glob, pcid| Inv {
            use_va,
            use_pcid,
            glob_wild,
            keep_glob,
            vpn: va,
            pcid,
        };
        let rows: Vec<(&str, Inv, [bool; 6])> = vec![
            (
                "MOV CR3, PCIDE=0",
                all_flags(false, false, false, true, 0),
                [false, false, true, false, false, true],
            ),
            (
                "MOV CR3, PCIDE=1, new PCID P",
                all_flags(false, true, false, true, P),
                [false, true, true, false, true, true],
            ),
            (
                "INVLPG va in P",
                all_flags(true, true, true, false, P),
                [false, true, false, true, true, true],
            ),
            (
                "INVPCID 0 (va, Q)",
                all_flags(true, true, false, true, Q),
                [true, false, true, true, true, true],
            ),
            (
                "INVPCID 1 (Q)",
                all_flags(false, true, false, true, Q),
                [true, false, true, true, false, true],
            ),
            (
                "INVPCID 2",
                all_flags(false, false, false, false, 0),
                [false; 6],
            ),
            (
                "INVPCID 3",
                all_flags(false, false, false, true, 0),
                [false, false, true, false, false, true],
            ),
            (
                "CR4.PGE change / PCIDE 1->0",
                all_flags(false, false, false, false, 0),
                [false; 6],
            ),
            (
                "CR4.SMEP 0->1 in P",
                all_flags(false, true, false, false, P),
                [false, true, true, false, true, true],
            ),
        ];
        for (name, inv, survive) in rows {
            let mut t = new_tlb::<8, 3>();
            idle(&mut t);
            t.reset.next = true;
            t.cycle();
            let probes = [
                ent(va, SIZE_4K, P, false),
                ent(va, SIZE_4K, Q, false),
                ent(va | (1 << 20), SIZE_4K, Q, true), // distinct page: a global at va would drop the others
                ent(other, SIZE_4K, P, false),
                ent(other, SIZE_4K, Q, false),
                ent(other | (1 << 20), SIZE_4K, Q, true),
            ];
            for p in probes.iter() {
                fill(&mut t, *p);
            }
            assert_no_multi_hit(&t);
            let mut inv = inv;
            inval(&mut t, inv);
            let mut got = [false; 6];
            for (i, g) in got.iter_mut().enumerate() {
                *g = t.e_valid.q[i].val();
            }
            // the global probe at va|1<<20 is only reachable by VA for INVLPG aimed at it
            let mut want = survive;
            if inv.use_va {
                want[2] = true;
                want[5] = true;
            }
            assert_eq!(got, want, "{name}");
            if inv.use_va {
                inv.vpn = va | (1 << 20);
                inval(&mut t, inv);
                let dropped_global = !t.e_valid.q[2].val();
                assert_eq!(dropped_global, !survive[2], "{name}: global entry by VA");
            }
        }
    }

    #[test]
    fn invalidation_by_va_uses_the_entry_page_size() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        let base = 0x5 << 18; // 1G-aligned VPN
        fill(&mut t, ent(base, SIZE_1G, 0, false));
        // an address anywhere inside the 1G page names it
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | 0x2_1234,
                pcid: 0,
            },
        );
        assert!(!t.e_valid.q[0].val());
        fill(&mut t, ent(base | (3 << 9), SIZE_2M, 0, false));
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | (2 << 9) | 7,
                pcid: 0,
            },
        );
        assert!(
            t.e_valid.q[0].val(),
            "other 2M page of the same 1G region survives"
        );
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | (3 << 9) | 0x1ff,
                pcid: 0,
            },
        );
        assert!(!t.e_valid.q[0].val());
    }

    #[test]
    fn fill_drops_overlaps_then_takes_lowest_free_slot() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        // three 4K pages inside one 2M region, one outside
        let region = 0x77 << 9;
        assert_eq!(fill(&mut t, ent(region | 1, SIZE_4K, 0, false)), 0);
        assert_eq!(fill(&mut t, ent(region | 2, SIZE_4K, 0, false)), 1);
        assert_eq!(fill(&mut t, ent(0x99 << 9, SIZE_4K, 0, false)), 2);
        assert_eq!(
            fill(&mut t, ent(region | 3, SIZE_4K, 1, false)),
            3,
            "other PCID: no overlap"
        );
        // a 2M page over the region drops entries 0 and 1 (same PCID) and takes slot 0
        assert_eq!(fill(&mut t, ent(region, SIZE_2M, 0, false)), 0);
        let valid: Vec<bool> = (0..4).map(|i| t.e_valid.q[i].val()).collect();
        assert_eq!(valid, vec![true, false, true, true]);
        assert_eq!(t.victim.q.val().to_u64(), 0, "no replacement happened");
        assert_no_multi_hit(&t);
        // the 4K entry of PCID 1 inside the region still answers for PCID 1
        assert_eq!(look(&mut t, region | 3, 1).map(|h| h.0), Some(3));
        assert_eq!(look(&mut t, region | 3, 0).map(|h| h.0), Some(0));
    }

    #[test]
    fn replacement_is_round_robin_and_only_fills_move_it() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        for i in 0..4 {
            assert_eq!(fill(&mut t, ent(0x100 + i, SIZE_4K, 0, false)), i as usize);
        }
        assert_eq!(t.victim.q.val().to_u64(), 0);
        let order: Vec<usize> = (0..6)
            .map(|i| fill(&mut t, ent(0x200 + i, SIZE_4K, 0, false)))
            .collect();
        assert_eq!(order, vec![0, 1, 2, 3, 0, 1]);
        assert_eq!(t.victim.q.val().to_u64(), 2);
        // an invalidation frees a slot but leaves the pointer alone
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: false,
                glob_wild: false,
                keep_glob: false,
                vpn: 0x203,
                pcid: 0,
            },
        );
        assert_eq!(t.victim.q.val().to_u64(), 2);
        assert_eq!(
            fill(&mut t, ent(0x300, SIZE_4K, 0, false)),
            3,
            "lowest free slot first"
        );
        assert_eq!(
            fill(&mut t, ent(0x301, SIZE_4K, 0, false)),
            2,
            "then the victim"
        );
        assert_eq!(t.victim.q.val().to_u64(), 3);
        // reset empties everything and clears the pointer
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        idle(&mut t);
        assert!((0..4).all(|i| !t.e_valid.q[i].val()));
        assert_eq!(t.victim.q.val().to_u64(), 0);
    }

    #[test]
    fn pfn_is_masked_to_maxphyaddr() {
        let mut t = Tlb::<4, 2>::new(36);
        t.connect_all();
        idle(&mut t);
        fill(
            &mut t,
            Ent {
                pfn: (1 << 40) - 1,
                ..ent(1, SIZE_4K, 0, false)
            },
        );
        assert_eq!(t.stored_pfn(0), (1 << 24) - 1);
    }

    #[derive(Clone, Debug)]
    enum Step {
        Fill(Ent),
        Inv(Inv),
        FillAndInv(Ent, Inv),
        Lookup(u64, u64),
        Reset,
    }

    fn arb_vpn() -> impl Strategy<Value = u64> {
        // few distinct pages per level so overlaps, re-fills and aliasing are frequent
        (0u64..2, 0u64..3, 0u64..4)
            .prop_map(|(a, b, c)| (a << 30) | (b << 9 << 9) | (c << 9) | (c * 3))
            .prop_map(|v| v & ((1 << 36) - 1))
    }

    fn arb_ent() -> impl Strategy<Value = Ent> {
        (
            arb_vpn(),
            0u64..3,
            0u64..3,
            any::<bool>(),
            any::<u64>(),
            any::<[bool; 4]>(),
            0u64..16,
        )
            .prop_map(|(vpn, size, pcid, glob, pfn, f, pkey)| {
                let low = [0u64, 0x1ff, 0x3_ffff][size as usize];
                Ent {
                    vpn,
                    size,
                    pcid,
                    glob,
                    pfn: pfn & ((1 << 28) - 1) & !low,
                    writable: f[0],
                    user: f[1],
                    xd: f[2],
                    dirty: f[3],
                    pkey,
                }
            })
    }

    fn arb_inv() -> impl Strategy<Value = Inv> {
        (any::<[bool; 4]>(), arb_vpn(), 0u64..3).prop_map(|(f, vpn, pcid)| Inv {
            use_va: f[0],
            use_pcid: f[1],
            glob_wild: f[2],
            keep_glob: f[3],
            vpn,
            pcid,
        })
    }

    fn arb_step() -> impl Strategy<Value = Step> {
        prop_oneof![
            6 => arb_ent().prop_map(Step::Fill),
            2 => arb_inv().prop_map(Step::Inv),
            2 => (arb_ent(), arb_inv()).prop_map(|(e, i)| Step::FillAndInv(e, i)),
            3 => (arb_vpn(), 0u64..3).prop_map(|(v, p)| Step::Lookup(v, p)),
            1 => Just(Step::Reset),
        ]
    }

    /// Runs `steps` on the RTL and on the oracle, comparing the whole state after every cycle.
    fn run_against_reference<const N: usize, const A: usize>(
        steps: &[Step],
    ) -> Result<(), TestCaseError> {
        let mut t = new_tlb::<N, A>();
        let mut r = RefTlb::new(N);
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        for (k, step) in steps.iter().enumerate() {
            if let Step::Fill(e) | Step::FillAndInv(e, _) = step {
                capture(&mut t, e);
            }
            idle(&mut t);
            let mut probe = None;
            match step {
                Step::Fill(e) => {
                    drive_fill(&mut t, e);
                    r.fill(*e);
                }
                Step::Inv(i) => {
                    drive_inv(&mut t, i);
                    r.invalidate(i);
                }
                Step::FillAndInv(e, i) => {
                    // the top never lets an invalidation drop the entry being filled: it kills
                    // the fill instead
                    drive_inv(&mut t, i);
                    if !RefTlb::drops(i, e) {
                        drive_fill(&mut t, e);
                        r.fill(*e);
                    }
                    r.invalidate(i);
                }
                Step::Lookup(v, p) => probe = Some((*v, *p)),
                Step::Reset => {
                    t.reset.next = true;
                    r = RefTlb::new(N);
                }
            }
            if let Some((v, p)) = probe {
                let want = r.lookup(v, p);
                prop_assert!(want.len() <= 1, "oracle multi-hit at step {k}");
                let got = look(&mut t, v, p);
                prop_assert_eq!(
                    got.map(|h| h.0),
                    want.first().copied(),
                    "step {}: hit index",
                    k
                );
                if let (Some((_, g)), Some(&i)) = (got, want.first()) {
                    let w = r.e[i].unwrap();
                    prop_assert_eq!(
                        (g.size, g.glob, g.pfn, g.writable, g.user, g.xd, g.dirty, g.pkey),
                        (w.size, w.glob, w.pfn, w.writable, w.user, w.xd, w.dirty, w.pkey),
                        "step {}: readout",
                        k
                    );
                }
            }
            t.cycle();
            for i in 0..N {
                prop_assert_eq!(
                    stored(&t, i),
                    r.e[i],
                    "step {} ({:?}): entry {}",
                    k,
                    step,
                    i
                );
            }
            prop_assert_eq!(
                t.victim.q.val().to_u64() as usize,
                r.victim,
                "step {}: victim",
                k
            );
            assert_no_multi_hit(&t);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(proptest_config(48, "tlb::tests::random_against_reference"))]
        #[test]
        fn random_against_reference(steps in proptest::collection::vec(arb_step(), 1..80)) {
            run_against_reference::<4, 2>(&steps)?;
            run_against_reference::<16, 4>(&steps)?;
        }
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Tlb::<4, 2>::new(40));
    }

    #[test]
    #[should_panic(expected = "A must be log2(N)")]
    fn new_rejects_wrong_index_width() {
        let _ = Tlb::<8, 2>::new(40);
    }

    #[test]
    #[should_panic(expected = "N must be a power of two in 4..=64")]
    fn new_rejects_too_small() {
        let _ = Tlb::<2, 1>::new(40);
    }
}
