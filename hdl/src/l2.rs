//! `L2<SB>`: the second-level TLB, shared by both ports: `2^SB` sets of 4 ways in block RAM, 4K and
//! 2M translations (1G pages live in the L1s only), PCID-tagged and global-aware. Twin of
//! `model/src/l2.rs`, whose rules it implements way for way.
//!
//! Storage. Each way is four RAMs (rust-hdl's `RAM`, which Yosys maps to SB_RAM40_4K on iCE40 and
//! DP16KD on ECP5) of one word per set, none wider than 32 bits so the simulation stays fast, and
//! cut at multiples of 16 bits (an SB_RAM40_4K is 16 bits wide at 256 words): the 99 bits of an
//! entry take 7 of them, 28 for the 4 ways. `ta` = {valid, 2M, global, VA 47:30, PA 22:12},
//! `tb` = {PCID, VA 29:21, VA 20:12, writable, user}, `da` = {PA 51:23, xd, dirty}, `db` = pkey.
//! A fifth RAM holds each set's tree pseudo-LRU bits. Valid bits live in the RAM too: a flush
//! clears them by walking the sets.
//!
//! Ports
//! - `clock`, `reset`: a reset starts a full flush (below) once it is released.
//! - lookup: `lk_start` with the access on `lk_vpn_1g`/`_2m`/`_4k`, `lk_pcid`, `lk_write` and
//!   its port `lk_data`, held until the lookup ends. `busy`: a lookup is in flight, or its miss is
//!   being handed over (from flops alone); `busy_next`: so in the next cycle. It ends in a cycle
//!   with `hit` (a usable entry: the `hit_*` fields show it), or with a miss, which raises `miss`
//!   in the next cycle (the walker starts in that cycle), or, if an invalidation arrives, with
//!   neither: it is dropped and the top starts it again once the flush is over.
//! - read-ahead: `sp_take` (a request is taken this cycle), `sp_data` (on the data port, else the
//!   fetch port), `sp_vpn_4k` (its VA 20:12). With nothing granted, the RAMs read that request's 4K
//!   set; if the next cycle grants that request (it missed its L1), its 4K set is already there.
//! - fill: `fill_en` with `fill_*` (the walker's answer): installed unless the page is 1G, or an
//!   invalidation has been applied since the lookup that preceded the walk began.
//! - invalidation: `inv_en` with the flags and operands every TLB takes (see `tlb.rs`), or
//!   `inv_flush` (a CR4 transition: drop everything). `flushing`: the sets are being walked; no
//!   lookup may start and the top takes no command.
//!
//! Lookup (one at a time). `S` = the grant cycle; with the read-ahead every step is a cycle
//! earlier (the 4K compare in `S`):
//!
//! ```text
//!   S     read the 4K set of the VA (VA bits 12 and up)
//!   S+1   compare its 4 ways (4K entries only); a usable match is a hit. Read the 2M set.
//!   S+2   compare its 4 ways (2M entries only); a usable match is a hit if S+1 matched nothing.
//!         Otherwise a miss.
//!   S+3   `miss`: the walker starts.
//! ```
//!
//! The port answers a hit in the next cycle, from registers: 2 cycles after the request was taken
//! (4K set, read ahead) or 3 (2M set); one more without the read-ahead (a miss that waited for
//! the other port's).
//!
//! A match is usable unless the access is a write and the entry's D is 0; such a match is
//! remembered, and the walk's fill replaces it. The first match found is the only one considered.
//! A hit marks its way most recently used. Both probes' valid bits, LRU bits and matches are kept
//! for the fill, which goes to the remembered match's way if it lies in the fill's set, else the
//! lowest invalid way, else the pseudo-LRU victim, and marks that way.
//!
//! Flush walks (`flushing`, both ports and the command port held): from the cycle after the
//! invalidation, one set read per cycle and, a cycle later, every way the operation covers
//! cleared, judged by the lookup's comparators (a walk and a lookup never overlap). INVLPG and INVPCID type 0 visit the two sets the VA can live in: 3 cycles. Every other
//! command visits all sets: sets + 1 cycles. A CR4 transition or a reset clears every way and
//! every LRU word, restarting any walk in progress: sets + 1 cycles.
//!
//! ```text
//!   clock     _/‾\_/‾\_/‾\_/‾\_ ... _/‾\_/‾\_
//!   inv_en    _/‾‾‾\_____________________________
//!   flushing  _____/‾‾‾‾‾‾‾‾‾‾‾ ... ‾‾‾‾‾\______
//!   read set  _____| 0 | 1 | 2 | ... |
//!   clear set _________| 0 | 1 | ... |S-1|
//! ```

use mmu_arch::PageSize;
use rust_hdl::prelude::*;

/// Ways per set.
pub const L2_WAYS: usize = 4;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum L2State {
    /// No lookup and no flush.
    Idle,
    /// Comparing the 4K set.
    Small,
    /// Comparing the 2M set.
    Big,
    /// Walking sets to clear what an invalidation covers.
    Sweep,
}

impl L2State {
    /// Every state in encoding order (the value the state flop holds).
    pub const ALL: [L2State; 4] = [L2State::Idle, L2State::Small, L2State::Big, L2State::Sweep];
}

#[derive(LogicBlock)]
pub struct L2<const SB: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // lookup
    pub lk_start: Signal<In, Bit>,
    pub lk_vpn_1g: Signal<In, Bits<18>>,
    pub lk_vpn_2m: Signal<In, Bits<9>>,
    pub lk_vpn_4k: Signal<In, Bits<9>>,
    pub lk_pcid: Signal<In, Bits<12>>,
    pub lk_write: Signal<In, Bit>,
    /// The lookup is for the data port (else the fetch port).
    pub lk_data: Signal<In, Bit>,
    /// A request taken this cycle (`sp_take`) on the data port (`sp_data`) or the fetch port, with VA 20:12
    /// `sp_vpn_4k`: the speculative read.
    pub sp_take: Signal<In, Bit>,
    pub sp_data: Signal<In, Bit>,
    pub sp_vpn_4k: Signal<In, Bits<9>>,
    pub busy: Signal<Out, Bit>,
    pub busy_next: Signal<Out, Bit>,
    pub hit: Signal<Out, Bit>,
    pub miss: Signal<Out, Bit>,
    pub hit_size: Signal<Out, PageSize>,
    pub hit_pcid: Signal<Out, Bits<12>>,
    pub hit_glob: Signal<Out, Bit>,
    pub hit_pfn: Signal<Out, Bits<40>>,
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
    pub fill_size: Signal<In, PageSize>,
    pub fill_pcid: Signal<In, Bits<12>>,
    pub fill_glob: Signal<In, Bit>,
    pub fill_pfn: Signal<In, Bits<40>>,
    pub fill_writable: Signal<In, Bit>,
    pub fill_user: Signal<In, Bit>,
    pub fill_xd: Signal<In, Bit>,
    pub fill_dirty: Signal<In, Bit>,
    pub fill_pkey: Signal<In, Bits<4>>,
    // invalidation
    pub inv_en: Signal<In, Bit>,
    pub inv_flush: Signal<In, Bit>,
    pub inv_use_va: Signal<In, Bit>,
    pub inv_use_pcid: Signal<In, Bit>,
    pub inv_glob_wild: Signal<In, Bit>,
    pub inv_keep_glob: Signal<In, Bit>,
    pub inv_vpn: Signal<In, Bits<36>>,
    pub inv_pcid: Signal<In, Bits<12>>,
    pub flushing: Signal<Out, Bit>,
    // storage
    ta: [RAM<Bits<32>, SB>; L2_WAYS],
    tb: [RAM<Bits<32>, SB>; L2_WAYS],
    da: [RAM<Bits<31>, SB>; L2_WAYS],
    db: [RAM<Bits<4>, SB>; L2_WAYS],
    lru: RAM<Bits<3>, SB>,
    // state
    state: DFF<L2State>,
    /// The set whose words the RAMs show in this cycle.
    rd_set: DFF<Bits<SB>>,
    /// What the 4K probe found: valid bits, LRU bits, and the first match (found, way).
    s_valid: DFF<Bits<4>>,
    s_lru: DFF<Bits<3>>,
    s_match: DFF<Bit>,
    s_way: DFF<Bits<2>>,
    /// The same for the 2M probe.
    b_valid: DFF<Bits<4>>,
    b_lru: DFF<Bits<3>>,
    b_match: DFF<Bit>,
    b_way: DFF<Bits<2>>,
    /// No invalidation since the last lookup began: the walk after it may fill.
    fill_ok: DFF<Bit>,
    /// The lookup of last cycle missed: `miss` (the walk starts).
    missed: DFF<Bit>,
    /// The RAMs show the 4K set of the request taken last cycle on port `sp_port` (1: data).
    sp_ok: DFF<Bit>,
    sp_port: DFF<Bit>,
    /// The flush walk: the next set to read, more sets to read, the VA operation's second set and
    /// whether it is next, and the operation.
    sw_set: DFF<Bits<SB>>,
    sw_more: DFF<Bit>,
    sw_pend: DFF<Bit>,
    sw_second: DFF<Bits<SB>>,
    sw_step: DFF<Bit>,
    sv_all: DFF<Bit>,
    sv_use_va: DFF<Bit>,
    sv_use_pcid: DFF<Bit>,
    sv_glob_wild: DFF<Bit>,
    sv_keep_glob: DFF<Bit>,
    sv_vpn_1g: DFF<Bits<18>>,
    sv_vpn_2m: DFF<Bits<9>>,
    sv_vpn_4k: DFF<Bits<9>>,
    sv_pcid: DFF<Bits<12>>,
    // each way's word, as read
    w_valid: [Signal<Local, Bit>; L2_WAYS],
    w_big: [Signal<Local, Bit>; L2_WAYS],
    w_glob: [Signal<Local, Bit>; L2_WAYS],
    w_1g: [Signal<Local, Bits<18>>; L2_WAYS],
    w_2m: [Signal<Local, Bits<9>>; L2_WAYS],
    w_4k: [Signal<Local, Bits<9>>; L2_WAYS],
    w_pcid: [Signal<Local, Bits<12>>; L2_WAYS],
    w_match: [Signal<Local, Bit>; L2_WAYS],
    w_drop: [Signal<Local, Bit>; L2_WAYS],
    /// The compare key: the lookup's VPN slices and PCID, or during a flush walk the operation's.
    key_1g: Signal<Local, Bits<18>>,
    key_2m: Signal<Local, Bits<9>>,
    key_4k: Signal<Local, Bits<9>>,
    key_pcid: Signal<Local, Bits<12>>,
    /// Per way, the word read against the key: one set of comparators for lookups and flushes.
    eq_1g: [Signal<Local, Bit>; L2_WAYS],
    eq_2m: [Signal<Local, Bit>; L2_WAYS],
    eq_4k: [Signal<Local, Bit>; L2_WAYS],
    eq_pcid: [Signal<Local, Bit>; L2_WAYS],
    // combinational terms
    small_now: Signal<Local, Bit>,
    probing: Signal<Local, Bit>,
    want_big: Signal<Local, Bit>,
    valid_bits: Signal<Local, Bits<4>>,
    found: Signal<Local, Bit>,
    way: Signal<Local, Bits<2>>,
    usable: Signal<Local, Bit>,
    lru_rd: Signal<Local, Bits<3>>,
    lru_in: Signal<Local, Bits<3>>,
    lru_way: Signal<Local, Bits<2>>,
    lru_out: Signal<Local, Bits<3>>,
    abort: Signal<Local, Bit>,
    fl_go: Signal<Local, Bit>,
    fl_big: Signal<Local, Bit>,
    fl_valid: Signal<Local, Bits<4>>,
    fl_match: Signal<Local, Bit>,
    fl_way: Signal<Local, Bits<2>>,
    fl_lru: Signal<Local, Bits<3>>,
    fl_free: Signal<Local, Bit>,
    fl_set: Signal<Local, Bits<SB>>,
    l_rd_addr: Signal<Local, Bits<SB>>,
    l_wr_addr: Signal<Local, Bits<SB>>,
    l_we: [Signal<Local, Bit>; L2_WAYS],
    l_lru_we: Signal<Local, Bit>,
    l_ta: Signal<Local, Bits<32>>,
    l_tb: Signal<Local, Bits<32>>,
    l_da: Signal<Local, Bits<31>>,
    l_db: Signal<Local, Bits<4>>,
    l_lru: Signal<Local, Bits<3>>,
    l_busy: Signal<Local, Bit>,
    l_busy_next: Signal<Local, Bit>,
    l_hit: Signal<Local, Bit>,
    l_miss: Signal<Local, Bit>,
    l_hit_user: Signal<Local, Bit>,
    l_hit_writable: Signal<Local, Bit>,
    l_hit_da: Signal<Local, Bits<31>>,
    l_hit_db: Signal<Local, Bits<4>>,
    l_hit_glob: Signal<Local, Bit>,
    l_hit_pfn_lo: Signal<Local, Bits<11>>,
    l_hit_pfn_hi: Signal<Local, Bits<29>>,
    fl_pfn_lo: Signal<Local, Bits<11>>,
    fl_pfn_hi: Signal<Local, Bits<29>>,
    l_hit_pcid: Signal<Local, Bits<12>>,
    l_hit_size: Signal<Local, PageSize>,
    k_way: [Constant<Bits<2>>; L2_WAYS],
    /// Bit `w` of a way mask; bit `k` of an LRU word; the flag bits of the `ta` and `db` words
    /// (`k_tb`: user, writable; `k_da`: dirty, xd).
    k_bit: [Constant<Bits<4>>; L2_WAYS],
    k_bit3: [Constant<Bits<3>>; 3],
    k_ta_valid: Constant<Bits<32>>,
    k_ta_big: Constant<Bits<32>>,
    k_ta_glob: Constant<Bits<32>>,
    k_tb: [Constant<Bits<32>>; 2],
    k_da: [Constant<Bits<31>>; 2],
}

impl<const SB: usize> Default for L2<SB> {
    fn default() -> Self {
        assert!((1..=9).contains(&SB), "an L2 of 2^{SB} sets: 2 to 512 sets");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            lk_start: Default::default(),
            lk_vpn_1g: Default::default(),
            lk_vpn_2m: Default::default(),
            lk_vpn_4k: Default::default(),
            lk_pcid: Default::default(),
            lk_write: Default::default(),
            lk_data: Default::default(),
            sp_take: Default::default(),
            sp_data: Default::default(),
            sp_vpn_4k: Default::default(),
            busy: Default::default(),
            busy_next: Default::default(),
            hit: Default::default(),
            miss: Default::default(),
            hit_size: Default::default(),
            hit_pcid: Default::default(),
            hit_glob: Default::default(),
            hit_pfn: Default::default(),
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
            inv_en: Default::default(),
            inv_flush: Default::default(),
            inv_use_va: Default::default(),
            inv_use_pcid: Default::default(),
            inv_glob_wild: Default::default(),
            inv_keep_glob: Default::default(),
            inv_vpn: Default::default(),
            inv_pcid: Default::default(),
            flushing: Default::default(),
            ta: std::array::from_fn(|_| Default::default()),
            tb: std::array::from_fn(|_| Default::default()),
            da: std::array::from_fn(|_| Default::default()),
            db: std::array::from_fn(|_| Default::default()),
            lru: Default::default(),
            state: Default::default(),
            rd_set: Default::default(),
            s_valid: Default::default(),
            s_lru: Default::default(),
            s_match: Default::default(),
            s_way: Default::default(),
            b_valid: Default::default(),
            b_lru: Default::default(),
            b_match: Default::default(),
            b_way: Default::default(),
            fill_ok: Default::default(),
            missed: Default::default(),
            sp_ok: Default::default(),
            sp_port: Default::default(),
            sw_set: Default::default(),
            sw_more: Default::default(),
            sw_pend: Default::default(),
            sw_second: Default::default(),
            sw_step: Default::default(),
            sv_all: Default::default(),
            sv_use_va: Default::default(),
            sv_use_pcid: Default::default(),
            sv_glob_wild: Default::default(),
            sv_keep_glob: Default::default(),
            sv_vpn_1g: Default::default(),
            sv_vpn_2m: Default::default(),
            sv_vpn_4k: Default::default(),
            sv_pcid: Default::default(),
            w_valid: Default::default(),
            w_big: Default::default(),
            w_glob: Default::default(),
            w_1g: Default::default(),
            w_2m: Default::default(),
            w_4k: Default::default(),
            w_pcid: Default::default(),
            w_match: Default::default(),
            w_drop: Default::default(),
            key_1g: Default::default(),
            key_2m: Default::default(),
            key_4k: Default::default(),
            key_pcid: Default::default(),
            eq_1g: Default::default(),
            eq_2m: Default::default(),
            eq_4k: Default::default(),
            eq_pcid: Default::default(),
            small_now: Default::default(),
            probing: Default::default(),
            want_big: Default::default(),
            valid_bits: Default::default(),
            found: Default::default(),
            way: Default::default(),
            usable: Default::default(),
            lru_rd: Default::default(),
            lru_in: Default::default(),
            lru_way: Default::default(),
            lru_out: Default::default(),
            abort: Default::default(),
            fl_go: Default::default(),
            fl_big: Default::default(),
            fl_valid: Default::default(),
            fl_match: Default::default(),
            fl_way: Default::default(),
            fl_lru: Default::default(),
            fl_free: Default::default(),
            fl_set: Default::default(),
            l_rd_addr: Default::default(),
            l_wr_addr: Default::default(),
            l_we: Default::default(),
            l_lru_we: Default::default(),
            l_ta: Default::default(),
            l_tb: Default::default(),
            l_da: Default::default(),
            l_db: Default::default(),
            l_lru: Default::default(),
            l_busy: Default::default(),
            l_busy_next: Default::default(),
            l_hit: Default::default(),
            l_miss: Default::default(),
            l_hit_user: Default::default(),
            l_hit_writable: Default::default(),
            l_hit_da: Default::default(),
            l_hit_db: Default::default(),
            l_hit_glob: Default::default(),
            l_hit_pfn_lo: Default::default(),
            l_hit_pfn_hi: Default::default(),
            fl_pfn_lo: Default::default(),
            fl_pfn_hi: Default::default(),
            l_hit_pcid: Default::default(),
            l_hit_size: Default::default(),
            k_way: std::array::from_fn(|w| Constant::new((w as u64).into())),
            k_bit: std::array::from_fn(|w| Constant::new((1u64 << w).into())),
            k_bit3: std::array::from_fn(|k| Constant::new((1u64 << k).into())),
            k_ta_valid: Constant::new((1u64 << 31).into()),
            k_ta_big: Constant::new((1u64 << 30).into()),
            k_ta_glob: Constant::new((1u64 << 29).into()),
            k_tb: std::array::from_fn(|k| Constant::new((1u64 << k).into())),
            k_da: std::array::from_fn(|k| Constant::new((1u64 << k).into())),
        }
    }
}

impl<const SB: usize> Logic for L2<SB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            rd_set,
            s_valid,
            s_lru,
            s_match,
            s_way,
            b_valid,
            b_lru,
            b_match,
            b_way,
            fill_ok,
            missed,
            sp_ok,
            sp_port,
            sw_set,
            sw_more,
            sw_pend,
            sw_second,
            sw_step,
            sv_all,
            sv_use_va,
            sv_use_pcid,
            sv_glob_wild,
            sv_keep_glob,
            sv_vpn_1g,
            sv_vpn_2m,
            sv_vpn_4k,
            sv_pcid
        );
        for w in 0..L2_WAYS {
            self.ta[w].read_clock.next = self.clock.val();
            self.ta[w].write_clock.next = self.clock.val();
            self.tb[w].read_clock.next = self.clock.val();
            self.tb[w].write_clock.next = self.clock.val();
            self.da[w].read_clock.next = self.clock.val();
            self.da[w].write_clock.next = self.clock.val();
            self.db[w].read_clock.next = self.clock.val();
            self.db[w].write_clock.next = self.clock.val();
        }
        self.lru.read_clock.next = self.clock.val();
        self.lru.write_clock.next = self.clock.val();

        // The words of the set read last cycle, way by way.
        self.valid_bits.next = 0.into();
        for w in 0..L2_WAYS {
            self.w_valid[w].next = self.ta[w].read_data.val().get_bit(31);
            self.w_big[w].next = self.ta[w].read_data.val().get_bit(30);
            self.w_glob[w].next = self.ta[w].read_data.val().get_bit(29);
            self.w_1g[w].next = self.ta[w].read_data.val().get_bits::<18>(11);
            self.w_pcid[w].next = self.tb[w].read_data.val().get_bits::<12>(20);
            self.w_2m[w].next = self.tb[w].read_data.val().get_bits::<9>(11);
            self.w_4k[w].next = self.tb[w].read_data.val().get_bits::<9>(2);
            if self.w_valid[w].val() {
                self.valid_bits.next = self.valid_bits.val() | self.k_bit[w].val();
            }
        }
        self.lru_rd.next = self.lru.read_data.val();

        // An invalidation drops the lookup in flight (its words may be stale) and starts a flush.
        self.abort.next = self.inv_en.val() || self.reset.val();

        // The 4K compare: a cycle after the grant, or in the grant cycle when the speculative read of the cycle
        // before was for the request granted (taken then on the port granted now).
        self.small_now.next = (self.state.q.val() == L2State::Small)
            || ((self.state.q.val() == L2State::Idle)
                && self.lk_start.val()
                && !self.abort.val()
                && self.sp_ok.q.val()
                && (self.sp_port.q.val() == self.lk_data.val()));
        self.probing.next = self.small_now.val() || (self.state.q.val() == L2State::Big);
        self.want_big.next = self.state.q.val() == L2State::Big;
        // Probe: entries of the probe's page size only, at that size, visible in the PCID. The
        // lowest matching way is the match.
        // A flush walk and a lookup never overlap (no lookup starts while `flushing`, and an
        // invalidation drops the one in flight), so they share the comparators.
        self.key_1g.next = self.lk_vpn_1g.val();
        self.key_2m.next = self.lk_vpn_2m.val();
        self.key_4k.next = self.lk_vpn_4k.val();
        self.key_pcid.next = self.lk_pcid.val();
        if self.state.q.val() == L2State::Sweep {
            self.key_1g.next = self.sv_vpn_1g.q.val();
            self.key_2m.next = self.sv_vpn_2m.q.val();
            self.key_4k.next = self.sv_vpn_4k.q.val();
            self.key_pcid.next = self.sv_pcid.q.val();
        }
        self.found.next = false;
        self.way.next = 0.into();
        for w in 0..L2_WAYS {
            self.eq_1g[w].next = self.w_1g[w].val() == self.key_1g.val();
            self.eq_2m[w].next = self.w_2m[w].val() == self.key_2m.val();
            self.eq_4k[w].next = self.w_4k[w].val() == self.key_4k.val();
            self.eq_pcid[w].next = self.w_pcid[w].val() == self.key_pcid.val();
            self.w_match[w].next = self.w_valid[w].val()
                && (self.w_big[w].val() == self.want_big.val())
                && self.eq_1g[w].val()
                && self.eq_2m[w].val()
                && (self.want_big.val() || self.eq_4k[w].val())
                && (self.w_glob[w].val() || self.eq_pcid[w].val());
        }
        for w in 0..L2_WAYS {
            if self.w_match[w].val() && !self.found.val() {
                self.found.next = true;
                self.way.next = self.k_way[w].val();
            }
        }
        self.l_hit_pfn_lo.next = 0.into();
        self.l_hit_user.next = false;
        self.l_hit_writable.next = false;
        self.l_hit_da.next = 0.into();
        self.l_hit_db.next = 0.into();
        self.l_hit_glob.next = false;
        self.l_hit_pcid.next = 0.into();
        for w in 0..L2_WAYS {
            if self.way.val() == self.k_way[w].val() {
                self.l_hit_pfn_lo.next = self.ta[w].read_data.val().get_bits::<11>(0);
                self.l_hit_user.next = self.tb[w].read_data.val().get_bit(0);
                self.l_hit_writable.next = self.tb[w].read_data.val().get_bit(1);
                self.l_hit_da.next = self.da[w].read_data.val();
                self.l_hit_db.next = self.db[w].read_data.val();
                self.l_hit_glob.next = self.w_glob[w].val();
                self.l_hit_pcid.next = self.w_pcid[w].val();
            }
        }
        self.l_hit_pfn_hi.next = self.l_hit_da.val().get_bits::<29>(2);
        self.usable.next =
            self.found.val() && (self.l_hit_da.val().get_bit(0) || !self.lk_write.val());
        self.l_hit_size.next = PageSize::Size4K;
        if self.want_big.val() {
            self.l_hit_size.next = PageSize::Size2M;
        }

        // The fill: the walk's page, in its set, unless 1G or an invalidation came since.
        self.fl_big.next = self.fill_size.val() == PageSize::Size2M;
        self.fl_go.next = self.fill_en.val()
            && self.fill_ok.q.val()
            && (self.fill_size.val() != PageSize::Size1G)
            && (self.state.q.val() == L2State::Idle)
            && !self.abort.val();
        self.fl_valid.next = self.s_valid.q.val();
        self.fl_match.next = self.s_match.q.val();
        self.fl_way.next = self.s_way.q.val();
        self.fl_lru.next = self.s_lru.q.val();
        self.fl_set.next = self.fill_vpn_4k.val().get_bits::<SB>(0);
        if self.fl_big.val() {
            self.fl_valid.next = self.b_valid.q.val();
            self.fl_match.next = self.b_match.q.val();
            self.fl_way.next = self.b_way.q.val();
            self.fl_lru.next = self.b_lru.q.val();
            self.fl_set.next = self.fill_vpn_2m.val().get_bits::<SB>(0);
        }
        // The remembered match's way, else the lowest invalid way, else the tree's victim.
        self.lru_in.next = self.fl_lru.val();
        self.fl_free.next = false;
        if !self.fl_match.val() {
            for w in 0..L2_WAYS {
                if !self.fl_valid.val().get_bit(w) && !self.fl_free.val() {
                    self.fl_free.next = true;
                    self.fl_way.next = self.k_way[w].val();
                }
            }
            // The tree: bit 0 picks the pair, bit 1 or bit 2 the way in it.
            if !self.fl_free.val() {
                if self.fl_lru.val().get_bit(0) {
                    self.fl_way.next = self.k_way[2].val();
                    if self.fl_lru.val().get_bit(2) {
                        self.fl_way.next = self.k_way[3].val();
                    }
                } else {
                    self.fl_way.next = self.k_way[0].val();
                    if self.fl_lru.val().get_bit(1) {
                        self.fl_way.next = self.k_way[1].val();
                    }
                }
            }
        }
        self.lru_way.next = self.fl_way.val();
        if self.probing.val() {
            self.lru_in.next = self.lru_rd.val();
            self.lru_way.next = self.way.val();
        }
        // Mark `lru_way` most recently used: every node on its path points away from it.
        // Bit 0 points at the other pair; the pair's own bit at the other way in it.
        if self.lru_way.val().get_bit(1) {
            self.lru_out.next = self.lru_in.val() & self.k_bit3[1].val();
            if !self.lru_way.val().get_bit(0) {
                self.lru_out.next = self.lru_out.val() | self.k_bit3[2].val();
            }
        } else {
            self.lru_out.next = (self.lru_in.val() & self.k_bit3[2].val()) | self.k_bit3[0].val();
            if !self.lru_way.val().get_bit(0) {
                self.lru_out.next = self.lru_out.val() | self.k_bit3[1].val();
            }
        }

        // Defaults: read the 4K set of the access; write nothing.
        self.l_rd_addr.next = self.lk_vpn_4k.val().get_bits::<SB>(0);
        self.l_wr_addr.next = self.fl_set.val();
        for w in 0..L2_WAYS {
            self.l_we[w].next = false;
            self.w_drop[w].next = false;
        }
        self.l_lru_we.next = false;
        // The fill's words (cleared below when a flush writes).
        self.fl_pfn_lo.next = self.fill_pfn.val().get_bits::<11>(0);
        self.fl_pfn_hi.next = self.fill_pfn.val().get_bits::<29>(11);
        self.l_ta.next = (bit_cast::<32, 18>(self.fill_vpn_1g.val()) << 11)
            | bit_cast::<32, 11>(self.fl_pfn_lo.val())
            | self.k_ta_valid.val();
        if self.fl_big.val() {
            self.l_ta.next = self.l_ta.val() | self.k_ta_big.val();
        }
        if self.fill_glob.val() {
            self.l_ta.next = self.l_ta.val() | self.k_ta_glob.val();
        }
        self.l_tb.next = (bit_cast::<32, 12>(self.fill_pcid.val()) << 20)
            | (bit_cast::<32, 9>(self.fill_vpn_2m.val()) << 11)
            | (bit_cast::<32, 9>(self.fill_vpn_4k.val()) << 2);
        if self.fill_writable.val() {
            self.l_tb.next = self.l_tb.val() | self.k_tb[1].val();
        }
        if self.fill_user.val() {
            self.l_tb.next = self.l_tb.val() | self.k_tb[0].val();
        }
        self.l_da.next = bit_cast::<31, 29>(self.fl_pfn_hi.val()) << 2;
        if self.fill_xd.val() {
            self.l_da.next = self.l_da.val() | self.k_da[1].val();
        }
        if self.fill_dirty.val() {
            self.l_da.next = self.l_da.val() | self.k_da[0].val();
        }
        self.l_db.next = self.fill_pkey.val();
        self.l_lru.next = self.lru_out.val();
        self.l_hit.next = false;
        self.l_miss.next = false;
        self.sp_ok.d.next = false;
        if self.fl_go.val() {
            for w in 0..L2_WAYS {
                self.l_we[w].next = self.fl_way.val() == self.k_way[w].val();
            }
            self.l_lru_we.next = true;
        }

        match self.state.q.val() {
            // Waiting: a lookup reads the 4K set of its VA now.
            L2State::Idle => {
                if self.lk_start.val() && !self.abort.val() {
                    // The 4K set, unless the speculative read already brought it (see below).
                    self.state.d.next = L2State::Small;
                    self.fill_ok.d.next = true;
                } else {
                    // Nothing granted: read, on speculation, the 4K set of the request being taken now, which the
                    // next cycle grants if it misses its L1. Not while a fill writes: the words read would be old.
                    self.l_rd_addr.next = self.sp_vpn_4k.val().get_bits::<SB>(0);
                    self.sp_ok.d.next =
                        self.sp_take.val() && !self.fl_go.val() && !self.abort.val();
                    self.sp_port.d.next = self.sp_data.val();
                }
            }
            // Compared below (`small_now`).
            L2State::Small => {}
            // The 2M set is here: hit, unless the 4K set matched first, or miss.
            L2State::Big => {
                self.b_valid.d.next = self.valid_bits.val();
                self.b_lru.d.next = self.lru_rd.val();
                self.b_match.d.next = self.found.val() && !self.s_match.q.val();
                self.b_way.d.next = self.way.val();
                self.state.d.next = L2State::Idle;
                if self.usable.val() && !self.s_match.q.val() {
                    self.l_hit.next = true;
                    self.l_lru_we.next = true;
                    self.l_wr_addr.next = self.rd_set.q.val();
                } else {
                    self.l_miss.next = true;
                }
            }
            // Flush walk: read `sw_set`; clear, in the set read last cycle, what the operation covers.
            L2State::Sweep => {
                self.l_rd_addr.next = self.sw_set.q.val();
                self.l_wr_addr.next = self.rd_set.q.val();
                self.sw_pend.d.next = self.sw_more.q.val();
                if self.sw_more.q.val() {
                    if self.sv_use_va.q.val() {
                        self.sw_set.d.next = self.sw_second.q.val();
                        self.sw_step.d.next = true;
                        self.sw_more.d.next = !self.sw_step.q.val();
                    } else {
                        self.sw_set.d.next = self.sw_set.q.val() + 1;
                        self.sw_more.d.next = !self.sw_set.q.val().all();
                    }
                } else {
                    self.state.d.next = L2State::Idle;
                }
                if self.sw_pend.q.val() {
                    for w in 0..L2_WAYS {
                        self.w_drop[w].next = self.w_valid[w].val()
                            && (self.sv_all.q.val()
                                || ((!self.sv_use_va.q.val()
                                    || (self.eq_1g[w].val()
                                        && self.eq_2m[w].val()
                                        && (self.w_big[w].val() || self.eq_4k[w].val())))
                                    && (!self.sv_use_pcid.q.val()
                                        || self.eq_pcid[w].val()
                                        || (self.sv_glob_wild.q.val() && self.w_glob[w].val()))
                                    && !(self.sv_keep_glob.q.val() && self.w_glob[w].val())));
                        self.l_we[w].next = self.w_drop[w].val() || self.sv_all.q.val();
                    }
                    self.l_lru_we.next = self.sv_all.q.val();
                    self.l_ta.next = 0.into();
                    self.l_tb.next = 0.into();
                    self.l_da.next = 0.into();
                    self.l_db.next = 0.into();
                    self.l_lru.next = 0.into();
                }
            }
        }

        // The 4K set is here (read last cycle for this lookup, or on speculation for it): hit, or read the 2M set.
        if self.small_now.val() {
            self.l_rd_addr.next = self.lk_vpn_2m.val().get_bits::<SB>(0);
            self.s_valid.d.next = self.valid_bits.val();
            self.s_lru.d.next = self.lru_rd.val();
            self.s_match.d.next = self.found.val();
            self.s_way.d.next = self.way.val();
            if self.usable.val() {
                self.l_hit.next = true;
                self.l_lru_we.next = true;
                self.l_wr_addr.next = self.rd_set.q.val();
                self.state.d.next = L2State::Idle;
            } else {
                self.state.d.next = L2State::Big;
            }
        }

        // A new flush: a CR4 transition or a reset clears everything and restarts any walk; a
        // command's walk visits the VA's two sets, or all of them.
        if self.abort.val() {
            self.l_hit.next = false;
            self.l_miss.next = false;
            self.l_lru_we.next = false;
            self.fill_ok.d.next = false;
            self.state.d.next = L2State::Sweep;
            self.sw_pend.d.next = false;
            self.sw_more.d.next = true;
            self.sw_step.d.next = false;
            self.sw_set.d.next = 0.into();
            self.sw_second.d.next = self.inv_vpn.val().get_bits::<SB>(9);
            if self.state.q.val() != L2State::Sweep {
                self.sv_all.d.next = false;
            }
            if self.inv_flush.val() || self.reset.val() {
                self.sv_all.d.next = true;
            }
            self.sv_use_va.d.next =
                self.inv_use_va.val() && !self.inv_flush.val() && !self.reset.val();
            self.sv_use_pcid.d.next = self.inv_use_pcid.val();
            self.sv_glob_wild.d.next = self.inv_glob_wild.val();
            self.sv_keep_glob.d.next = self.inv_keep_glob.val();
            self.sv_vpn_1g.d.next = self.inv_vpn.val().get_bits::<18>(18);
            self.sv_vpn_2m.d.next = self.inv_vpn.val().get_bits::<9>(9);
            self.sv_vpn_4k.d.next = self.inv_vpn.val().get_bits::<9>(0);
            self.sv_pcid.d.next = self.inv_pcid.val();
            if self.inv_use_va.val() && !self.inv_flush.val() && !self.reset.val() {
                self.sw_set.d.next = self.inv_vpn.val().get_bits::<SB>(0);
            }
            if self.state.q.val() == L2State::Sweep {
                // A walk in progress becomes a full flush: what it cleared so far is not enough.
                self.sv_all.d.next = true;
                self.sv_use_va.d.next = false;
            }
        }

        self.rd_set.d.next = self.l_rd_addr.val();
        for w in 0..L2_WAYS {
            self.ta[w].read_address.next = self.l_rd_addr.val();
            self.tb[w].read_address.next = self.l_rd_addr.val();
            self.da[w].read_address.next = self.l_rd_addr.val();
            self.db[w].read_address.next = self.l_rd_addr.val();
            self.ta[w].write_address.next = self.l_wr_addr.val();
            self.tb[w].write_address.next = self.l_wr_addr.val();
            self.da[w].write_address.next = self.l_wr_addr.val();
            self.db[w].write_address.next = self.l_wr_addr.val();
            self.ta[w].write_data.next = self.l_ta.val();
            self.tb[w].write_data.next = self.l_tb.val();
            self.da[w].write_data.next = self.l_da.val();
            self.db[w].write_data.next = self.l_db.val();
            self.ta[w].write_enable.next = self.l_we[w].val();
            self.tb[w].write_enable.next = self.l_we[w].val();
            self.da[w].write_enable.next = self.l_we[w].val();
            self.db[w].write_enable.next = self.l_we[w].val();
        }
        self.lru.read_address.next = self.l_rd_addr.val();
        self.lru.write_address.next = self.l_wr_addr.val();
        self.lru.write_data.next = self.l_lru.val();
        self.lru.write_enable.next = self.l_lru_we.val();

        // A miss starts the walk in the next cycle, from a flop: the compare stays off the walker's
        // start logic.
        self.missed.d.next = self.l_miss.val();
        // (from flops alone: the arbiter's grant depends on it, and the grant cycle's compare on the grant)
        self.l_busy.next = (self.state.q.val() == L2State::Small)
            || (self.state.q.val() == L2State::Big)
            || self.missed.q.val();
        self.l_busy_next.next = (self.state.d.val() == L2State::Small)
            || (self.state.d.val() == L2State::Big)
            || self.missed.d.val();

        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.busy.next = self.l_busy.val();
        self.busy_next.next = self.l_busy_next.val();
        self.flushing.next = self.state.q.val() == L2State::Sweep;
        self.hit.next = self.l_hit.val();
        self.miss.next = self.missed.q.val();
        self.hit_size.next = self.l_hit_size.val();
        self.hit_pcid.next = self.l_hit_pcid.val();
        self.hit_glob.next = self.l_hit_glob.val();
        self.hit_pfn.next = (bit_cast::<40, 29>(self.l_hit_pfn_hi.val()) << 11)
            | bit_cast::<40, 11>(self.l_hit_pfn_lo.val());
        self.hit_writable.next = self.l_hit_writable.val();
        self.hit_user.next = self.l_hit_user.val();
        self.hit_xd.next = self.l_hit_da.val().get_bit(1);
        self.hit_dirty.next = self.l_hit_da.val().get_bit(0);
        self.hit_pkey.next = self.l_hit_db.val();
    }
}
