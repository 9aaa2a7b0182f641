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
//!   `fill_prep` marks a cycle in which a fill may come (`fill_en` implies it): both steps are
//!   worked out from registers in every such cycle, and `fill_en`, which may arrive late (an
//!   invalidation of the same cycle kills a walk's fill), only enables the writes. `fill_idx`
//!   shows the chosen slot during the fill cycle.
//! - invalidation (applied at the rising edge, one cycle for every kind): `inv_en` with
//!   `inv_use_va` (entry must match `inv_vpn` at its own page size), `inv_use_pcid` (entry's `pcid`
//!   must equal `inv_pcid`, or, with `inv_glob_wild`, the entry is global), `inv_keep_glob` (global
//!   entries survive). The top encodes every row of the invalidation table of
//!   docs/architecture.md with these four flags. The invalidation uses the lookup's comparators
//!   (one VPN-slice and PCID compare per entry, not two): with `inv_en` high they compare
//!   `inv_vpn` and `inv_pcid`, so the lookup outputs of that cycle mean nothing and the owner must
//!   not take them (the port takes no request in an invalidation cycle) nor capture them.
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

use mmu_arch::{Config, PageSize};
use rust_hdl::prelude::*;

use crate::dff_array::DffArray;

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
    pub hit_size: Signal<Out, PageSize>,
    pub hit_pfn: Signal<Out, Bits<40>>,
    pub hit_glob: Signal<Out, Bit>,
    pub hit_writable: Signal<Out, Bit>,
    pub hit_user: Signal<Out, Bit>,
    pub hit_xd: Signal<Out, Bit>,
    pub hit_dirty: Signal<Out, Bit>,
    pub hit_pkey: Signal<Out, Bits<4>>,
    // fill
    pub fill_en: Signal<In, Bit>,
    /// A fill may come this cycle (`fill_en` implies it): the slot is chosen whenever this is high.
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
    e_valid: DffArray<Bit, N>,
    e_vpn_1g: DffArray<Bits<18>, N>,
    e_vpn_2m: DffArray<Bits<9>, N>,
    e_vpn_4k: DffArray<Bits<9>, N>,
    e_size: DffArray<PageSize, N>,
    e_pcid: DffArray<Bits<12>, N>,
    e_glob: DffArray<Bit, N>,
    /// PA 51:30 and PA 29:12 of the page.
    e_pfn_hi: DffArray<Bits<22>, N>,
    e_pfn_lo: DffArray<Bits<18>, N>,
    e_writable: DffArray<Bit, N>,
    e_user: DffArray<Bit, N>,
    e_xd: DffArray<Bit, N>,
    e_dirty: DffArray<Bit, N>,
    e_pkey: DffArray<Bits<4>, N>,
    victim: DFF<Bits<A>>,
    /// Per entry, the lookup's VPN-slice and PCID compares, captured at `lk_capture`: the fill's overlap test.
    cap_1g: DffArray<Bit, N>,
    cap_2m: DffArray<Bit, N>,
    cap_4k: DffArray<Bit, N>,
    cap_pcid: DffArray<Bit, N>,
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
    /// The compare key, sliced: the lookup's VPN and PCID, or in an invalidation cycle the operation's.
    lk_1g: Signal<Local, Bits<18>>,
    lk_2m: Signal<Local, Bits<9>>,
    lk_4k: Signal<Local, Bits<9>>,
    lk_key_pcid: Signal<Local, Bits<12>>,
    fl_is1g: Signal<Local, Bit>,
    fl_is4k: Signal<Local, Bit>,
    fl_found: Signal<Local, Bit>,
    /// Slots free after the overlap drop, one bit per entry; its two's complement; the lowest of them.
    fl_cand: Signal<Local, Bits<N>>,
    fl_neg: Signal<Local, Bits<N>>,
    fl_first: Signal<Local, Bits<N>>,
    l_hit: Signal<Local, Bit>,
    l_hit_idx: Signal<Local, Bits<A>>,
    /// The hit entry's size, read out as "is 1G" and "is 4K" (AND-OR, like every other field).
    l_hit_1g: Signal<Local, Bit>,
    l_hit_4k: Signal<Local, Bit>,
    l_hit_size: Signal<Local, PageSize>,
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
    /// The TLB of `config`: `N` must be its `tlb_entries`, `A` log2 `N`. Panics, naming the problem, on a
    /// configuration the RTL cannot be built as.
    pub fn new(config: &Config) -> Self {
        assert!(
            1 << A == N,
            "a TLB of {N} entries needs index width log2 {N}, got {A}"
        );
        if let Err(e) = config.validate() {
            panic!("{e}");
        }
        let pfn_mask: u64 = (1u64 << (config.paddr_bits - 12)) - 1;
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
            lk_key_pcid: Default::default(),
            fl_is1g: Default::default(),
            fl_is4k: Default::default(),
            fl_found: Default::default(),
            fl_cand: Default::default(),
            fl_neg: Default::default(),
            fl_first: Default::default(),
            l_hit: Default::default(),
            l_hit_idx: Default::default(),
            l_hit_1g: Default::default(),
            l_hit_4k: Default::default(),
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

        // One set of comparators serves lookups and invalidations: the owner takes no lookup's answer
        // in an invalidation cycle, so the match lines then compare the operation's VPN and PCID.
        self.lk_1g.next = self.lk_vpn.val().get_bits::<18>(18);
        self.lk_2m.next = self.lk_vpn.val().get_bits::<9>(9);
        self.lk_4k.next = self.lk_vpn.val().get_bits::<9>(0);
        self.lk_key_pcid.next = self.lk_pcid.val();
        if self.inv_en.val() {
            self.lk_1g.next = self.inv_vpn.val().get_bits::<18>(18);
            self.lk_2m.next = self.inv_vpn.val().get_bits::<9>(9);
            self.lk_4k.next = self.inv_vpn.val().get_bits::<9>(0);
            self.lk_key_pcid.next = self.inv_pcid.val();
        }
        // size 2 = 1G, 0 = 4K (SIZE_1G, SIZE_4K)
        self.fl_is1g.next = self.fill_size.val() == PageSize::Size1G;
        self.fl_is4k.next = self.fill_size.val() == PageSize::Size4K;

        // Lookup: compare only the VPN slices above the entry's page size; AND-OR readout. The
        // slice and PCID compares are kept at `lk_capture` for the fill of a walk for this lookup.
        self.l_hit.next = false;
        self.l_hit_idx.next = 0.into();
        self.l_hit_1g.next = false;
        self.l_hit_4k.next = false;
        self.l_hit_pfn_hi.next = 0.into();
        self.l_hit_pfn_lo.next = 0.into();
        self.l_hit_glob.next = false;
        self.l_hit_writable.next = false;
        self.l_hit_user.next = false;
        self.l_hit_xd.next = false;
        self.l_hit_dirty.next = false;
        self.l_hit_pkey.next = 0.into();
        for i in 0..N {
            self.e_is1g[i].next = self.e_size.q[i].val() == PageSize::Size1G;
            self.e_is4k[i].next = self.e_size.q[i].val() == PageSize::Size4K;
            self.lk_eq_1g[i].next = self.e_vpn_1g.q[i].val() == self.lk_1g.val();
            self.lk_eq_2m[i].next = self.e_vpn_2m.q[i].val() == self.lk_2m.val();
            self.lk_eq_4k[i].next = self.e_vpn_4k.q[i].val() == self.lk_4k.val();
            self.lk_eq_pcid[i].next = self.e_pcid.q[i].val() == self.lk_key_pcid.val();
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
                self.l_hit_1g.next = self.l_hit_1g.val() || self.e_is1g[i].val();
                self.l_hit_4k.next = self.l_hit_4k.val() || self.e_is4k[i].val();
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
        // Both only while a fill may come (rare: a simulator skips them otherwise), and from
        // registers only: `fill_en`, which an invalidation of this cycle may still lower, enables
        // the writes below and nothing before them (it used to gate this carry chain, on the
        // longest path of the design).
        self.fl_found.next = false;
        self.fl_cand.next = 0.into();
        self.fl_neg.next = 0.into();
        self.fl_first.next = 0.into();
        self.l_fill_idx.next = 0.into();
        for i in 0..N {
            self.fl_overlap[i].next = false;
            self.fl_slot[i].next = false;
        }
        if self.fill_prep.val() {
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
        }
        if self.fill_en.val() {
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
                        || (self.lk_eq_1g[i].val()
                            && (self.e_is1g[i].val() || self.lk_eq_2m[i].val())
                            && (!self.e_is4k[i].val() || self.lk_eq_4k[i].val())))
                    && (!self.inv_use_pcid.val()
                        || self.lk_eq_pcid[i].val()
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

        // A hit that is neither 1G nor 4K is 2M; a miss reads 4K.
        self.l_hit_size.next = PageSize::Size4K;
        if self.l_hit_1g.val() {
            self.l_hit_size.next = PageSize::Size1G;
        } else if self.l_hit.val() && !self.l_hit_4k.val() {
            self.l_hit_size.next = PageSize::Size2M;
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
