//! The TLB block (`mmu_hdl::tlb::Tlb`) on its own, driven through its ports and read through probes, against the
//! model's TLB (`mmu_model::tlb::Tlb`): lookups per page size, PCID tags and global entries, every row of the
//! invalidation table as the top encodes it, overlap drops on fill, lowest-free-slot then round-robin replacement,
//! the PFN masked to MAXPHYADDR, and random sequences of fills, invalidations, lookups and resets compared with the
//! model entry by entry, victim pointer included, after every cycle.

mod common;

use common::{double_match, model_entry_of, model_vpn, proptest_config};
use mmu_arch::{Config, PageSize, PortValue};
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::tlb::Tlb;
use mmu_model::perm::Rights;
use mmu_model::tlb::{Tlb as ModelTlb, TlbEntry};
use mmu_sim::probe::Probes;
use mmu_sim::step::Clocked;
use proptest::prelude::*;

/// The stored fields of entry `{i}`, in the order `Bench::stored` reads them, then the victim pointer.
const FIELDS: [&str; 14] = [
    "e_valid.q${i}",
    "e_vpn_1g.q${i}",
    "e_vpn_2m.q${i}",
    "e_vpn_4k.q${i}",
    "e_size.q${i}",
    "e_pcid.q${i}",
    "e_glob.q${i}",
    "e_pfn_hi.q${i}",
    "e_pfn_lo.q${i}",
    "e_writable.q${i}",
    "e_user.q${i}",
    "e_xd.q${i}",
    "e_dirty.q${i}",
    "e_pkey.q${i}",
];

/// A fill as the walker offers it: the access's VPN (VA 47:12, bits below the page size as the access had them) and
/// the entry the model installs for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fill {
    vpn: u64,
    e: TlbEntry,
}

/// Invalidation flags as the top drives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Inv {
    use_va: bool,
    use_pcid: bool,
    glob_wild: bool,
    keep_glob: bool,
    /// VA 47:12.
    vpn: u64,
    pcid: u16,
}

/// What the TLB's invalidation port drops (hdl/src/tlb.rs, "invalidation"): the model entry's own match rules
/// (`TlbEntry::covers` at the entry's page size, its PCID tag and global bit), selected by the four flags the top
/// encodes every operation with. The MMU tests hold the top's encodings to the model's operations.
fn inv_drops(inv: &Inv, e: &TlbEntry) -> bool {
    (!inv.use_va || e.covers(inv.vpn << 12))
        && (!inv.use_pcid || e.pcid == inv.pcid || (inv.glob_wild && e.global))
        && !(inv.keep_glob && e.global)
}

/// What a hit reads out: its index and the fields the readout carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Readout {
    idx: usize,
    size: PageSize,
    global: bool,
    frame: u64,
    rights: Rights,
    dirty: bool,
}

impl Readout {
    fn of(idx: usize, e: &TlbEntry) -> Readout {
        Readout {
            idx,
            size: e.size,
            global: e.global,
            frame: e.frame,
            rights: e.rights,
            dirty: e.dirty,
        }
    }
}

/// A connected `Tlb<N, A>`, its stored entries by probe, and its twin in the model with the VPN each slot was filled
/// with (the model keeps VPN bits below the page size as zero; the RTL stores what the walker offered).
struct Bench<const N: usize, const A: usize> {
    /// Handles into `t`; declared first, so dropped before it.
    probes: Probes,
    t: Box<Tlb<N, A>>,
    model: ModelTlb,
    filled_vpn: Vec<u64>,
}

impl<const N: usize, const A: usize> Bench<N, A> {
    fn new(paddr_bits: u32) -> Self {
        let config = Config {
            tlb_entries: N,
            paddr_bits,
            ..Config::default()
        };
        let mut t = Box::new(Tlb::<N, A>::new(&config));
        t.connect_all();
        let mut names: Vec<String> = FIELDS
            .iter()
            .flat_map(|f| (0..N).map(move |i| f.replace("{i}", &i.to_string())))
            .collect();
        names.push("victim.q".to_string());
        // SAFETY: `t` is boxed and owned by the bench, which drops `probes` first; the box never moves its contents.
        let probes = unsafe { Probes::resolve(t.as_ref(), &names) }.expect("TLB probes");
        let mut b = Bench {
            probes,
            t,
            model: ModelTlb::new(N),
            filled_vpn: vec![0; N],
        };
        b.reset();
        b
    }

    fn idle(&mut self) {
        let t = &mut self.t;
        t.reset.next = false;
        t.lk_capture.next = false;
        t.fill_en.next = false;
        t.fill_prep.next = false;
        t.inv_en.next = false;
    }

    /// A reset cycle, on both.
    fn reset(&mut self) {
        self.idle();
        self.t.reset.next = true;
        self.t.cycle();
        self.idle();
        self.model = ModelTlb::new(N);
        self.expect_same("reset");
    }

    /// One cycle that looks up `f`'s page and keeps the compares, as the MMU does when it takes the access a walk
    /// will fill for: a fill must follow one.
    fn capture(&mut self, f: &Fill) {
        self.idle();
        self.t.lk_vpn.next = f.vpn.into();
        self.t.lk_pcid.next = u64::from(f.e.pcid).into();
        self.t.lk_capture.next = true;
        self.t.cycle();
        self.idle();
    }

    fn drive_fill(&mut self, f: &Fill) {
        let (t, e) = (&mut self.t, &f.e);
        t.fill_en.next = true;
        t.fill_prep.next = true;
        t.fill_vpn_1g.next = ((f.vpn >> 18) & 0x3_ffff).into();
        t.fill_vpn_2m.next = ((f.vpn >> 9) & 0x1ff).into();
        t.fill_vpn_4k.next = (f.vpn & 0x1ff).into();
        t.fill_size.next = e.size;
        t.fill_pcid.next = u64::from(e.pcid).into();
        t.fill_glob.next = e.global;
        t.fill_pfn.next = (e.frame >> 12).into();
        t.fill_writable.next = e.rights.writable;
        t.fill_user.next = e.rights.user;
        t.fill_xd.next = e.rights.xd;
        t.fill_dirty.next = e.dirty;
        t.fill_pkey.next = u64::from(e.rights.pkey).into();
    }

    fn drive_inv(&mut self, inv: &Inv) {
        let t = &mut self.t;
        t.inv_en.next = true;
        t.inv_use_va.next = inv.use_va;
        t.inv_use_pcid.next = inv.use_pcid;
        t.inv_glob_wild.next = inv.glob_wild;
        t.inv_keep_glob.next = inv.keep_glob;
        t.inv_vpn.next = inv.vpn.into();
        t.inv_pcid.next = u64::from(inv.pcid).into();
    }

    /// Installs `f` (capture cycle, then the fill cycle) in both; returns the slot the RTL chose, which must be the
    /// model's.
    fn fill(&mut self, f: Fill) -> usize {
        self.capture(&f);
        self.drive_fill(&f);
        self.t.settle_low();
        let idx = self.t.fill_idx.val().to_u64() as usize;
        self.t.rise();
        self.idle();
        let want = self.model.fill(f.e).slot;
        self.filled_vpn[want] = f.vpn;
        assert_eq!(idx, want, "fill {f:x?}: slot (RTL vs model)");
        self.expect_same("fill");
        idx
    }

    /// One invalidation cycle, on both.
    fn inval(&mut self, inv: Inv) {
        self.idle();
        self.drive_inv(&inv);
        self.t.cycle();
        self.idle();
        self.model.invalidate_where(|e| inv_drops(&inv, e));
        self.expect_same("invalidation");
    }

    /// The RTL's readout for (VPN, PCID) in the settled circuit, without the model.
    fn rtl_look(&mut self, vpn: u64, pcid: u16) -> Option<Readout> {
        self.t.lk_vpn.next = vpn.into();
        self.t.lk_pcid.next = u64::from(pcid).into();
        self.t.settle_low();
        let t = &self.t;
        t.hit.val().then(|| Readout {
            idx: t.hit_idx.val().to_u64() as usize,
            size: t.hit_size.val(),
            global: t.hit_glob.val(),
            frame: t.hit_pfn.val().to_u64() << 12,
            rights: Rights {
                user: t.hit_user.val(),
                writable: t.hit_writable.val(),
                xd: t.hit_xd.val(),
                pkey: t.hit_pkey.val().to_u64() as u8,
            },
            dirty: t.hit_dirty.val(),
        })
    }

    /// The model's answer for the same lookup.
    fn model_look(&self, vpn: u64, pcid: u16) -> Option<Readout> {
        self.model
            .lookup(vpn << 12, pcid)
            .map(|(i, e)| Readout::of(i, &e))
    }

    /// Looks up (VPN, PCID) on both; they must agree.
    fn look(&mut self, vpn: u64, pcid: u16) -> Option<Readout> {
        let got = self.rtl_look(vpn, pcid);
        assert_eq!(
            got,
            self.model_look(vpn, pcid),
            "lookup {vpn:#x} in PCID {pcid}: RTL vs model"
        );
        got
    }

    /// Entry `i` as stored: the VPN as filled (VA 47:12) and the entry in the model's form.
    fn stored(&self, i: usize) -> Option<(u64, TlbEntry)> {
        let f = |field: usize| self.probes.read(field * N + i);
        if f(0) == 0 {
            return None;
        }
        let vpn = (f(1) << 18) | (f(2) << 9) | f(3);
        let size = PageSize::from_port(f(4));
        Some((
            vpn,
            model_entry_of(
                vpn,
                size,
                f(5) as u16,
                f(6) != 0,
                (f(7) << 18) | f(8),
                f(9) != 0,
                f(10) != 0,
                f(11) != 0,
                f(12) != 0,
                f(13) as u8,
            ),
        ))
    }

    fn valid(&self, i: usize) -> bool {
        self.stored(i).is_some()
    }

    fn victim(&self) -> usize {
        self.probes.read(FIELDS.len() * N) as usize
    }

    /// Every slot, the victim pointer and the single-match property, RTL against model.
    fn compare(&self) -> Result<(), String> {
        for i in 0..N {
            let got = self.stored(i);
            let want = self.model.slots()[i].map(|e| (self.filled_vpn[i], e));
            if got != want {
                return Err(format!(
                    "entry {i}: RTL {got:x?}, model {want:x?} (as filled)"
                ));
            }
        }
        if self.victim() != self.model.victim() {
            return Err(format!(
                "victim: RTL {}, model {}",
                self.victim(),
                self.model.victim()
            ));
        }
        let entries: Vec<Option<TlbEntry>> = (0..N).map(|i| self.stored(i).map(|s| s.1)).collect();
        match double_match(&entries) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn expect_same(&self, after: &str) {
        if let Err(e) = self.compare() {
            panic!("after {after}: {e}");
        }
    }
}

/// A fill of the page at `vpn` (VA 47:12) of `size` in `pcid`: writable, supervisor, dirty, PFN `0x1000 + vpn`.
fn ent(vpn: u64, size: PageSize, pcid: u16, glob: bool) -> Fill {
    Fill {
        vpn,
        e: model_entry_of(
            vpn,
            size,
            pcid,
            glob,
            0x1000 + vpn,
            true,
            false,
            false,
            true,
            0,
        ),
    }
}

/// `f` with another PFN.
fn with_pfn(mut f: Fill, pfn: u64) -> Fill {
    f.e.frame = pfn << 12;
    f
}

#[test]
fn match_per_page_size_compares_only_bits_above_the_page() {
    let mut b = Bench::<8, 3>::new(40);
    // 4K page at VPN 0x1_2345_6789
    let vpn4 = 0x1_2345_6789 & ((1 << 36) - 1);
    b.fill(with_pfn(ent(vpn4, PageSize::Size4K, 0, false), 0xabcde));
    assert_eq!(b.look(vpn4, 0).map(|h| h.frame >> 12), Some(0xabcde));
    assert!(
        b.look(vpn4 ^ 1, 0).is_none(),
        "4K entry must compare VA 20:12"
    );
    assert!(b.look(vpn4 ^ (1 << 9), 0).is_none());
    // 2M page: VA 20:12 ignored, 29:21 compared
    let vpn2 = 0x0_7777_7000 >> 3;
    b.fill(with_pfn(ent(vpn2, PageSize::Size2M, 0, false), 0x400 << 9));
    for low in [0u64, 1, 0x1ff] {
        let got = b.look((vpn2 & !0x1ff) | low, 0);
        assert_eq!(
            got.map(|h| (h.size, h.frame >> 12)),
            Some((PageSize::Size2M, 0x400 << 9))
        );
    }
    assert!(b.look(vpn2 ^ (1 << 9), 0).is_none());
    // 1G page: VA 29:12 ignored, 47:30 compared
    let vpn1 = 0x3_0000_0000 >> 12;
    b.fill(with_pfn(ent(vpn1, PageSize::Size1G, 0, false), 3 << 18));
    for low in [0u64, 0x1ff, 0x3_ffff] {
        assert_eq!(
            b.look((vpn1 & !0x3_ffff) | low, 0).map(|h| h.size),
            Some(PageSize::Size1G)
        );
    }
    assert!(b.look(vpn1 ^ (1 << 18), 0).is_none());
    b.expect_same("the lookups");
}

#[test]
fn pcid_tag_and_global_entries() {
    let mut b = Bench::<4, 2>::new(40);
    let a = 0x111;
    let c = 0x222;
    b.fill(ent(a, PageSize::Size4K, 5, false));
    b.fill(ent(c, PageSize::Size4K, 5, true));
    assert!(b.look(a, 5).is_some());
    assert!(
        b.look(a, 6).is_none(),
        "non-global entry is private to its PCID"
    );
    assert!(b.look(c, 6).is_some(), "global entry matches in every PCID");
    assert!(b.look(c, 0).is_some());
    // Same page in another PCID coexists with a non-global entry ...
    b.fill(ent(a, PageSize::Size4K, 6, false));
    assert_eq!(b.look(a, 5).map(|h| h.idx), Some(0));
    assert_eq!(b.look(a, 6).map(|h| h.idx), Some(2));
    // ... but a global fill of that page drops both (each could match with it).
    b.fill(ent(a, PageSize::Size4K, 7, true));
    assert_eq!(
        b.look(a, 5).map(|h| h.idx),
        Some(0),
        "refilled into lowest free"
    );
    assert_eq!(b.look(a, 6).map(|h| h.idx), Some(0));
    assert!(!b.valid(2));
}

/// The invalidation table of docs/architecture.md, row by row, as the top encodes it.
#[test]
fn every_invalidation_kind() {
    const P: u16 = 3; // current PCID
    const Q: u16 = 9; // another PCID
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
        let mut b = Bench::<8, 3>::new(40);
        let probes = [
            ent(va, PageSize::Size4K, P, false),
            ent(va, PageSize::Size4K, Q, false),
            ent(va | (1 << 20), PageSize::Size4K, Q, true), // distinct page: a global at va would drop the others
            ent(other, PageSize::Size4K, P, false),
            ent(other, PageSize::Size4K, Q, false),
            ent(other | (1 << 20), PageSize::Size4K, Q, true),
        ];
        for p in probes {
            b.fill(p);
        }
        let mut inv = inv;
        b.inval(inv);
        let got: [bool; 6] = std::array::from_fn(|i| b.valid(i));
        // the global probe at va|1<<20 is only reachable by VA for INVLPG aimed at it
        let mut want = survive;
        if inv.use_va {
            want[2] = true;
            want[5] = true;
        }
        assert_eq!(got, want, "{name}");
        if inv.use_va {
            inv.vpn = va | (1 << 20);
            b.inval(inv);
            let dropped_global = !b.valid(2);
            assert_eq!(dropped_global, !survive[2], "{name}: global entry by VA");
        }
    }
}

#[test]
fn invalidation_by_va_uses_the_entry_page_size() {
    let mut b = Bench::<4, 2>::new(40);
    let base = 0x5 << 18; // 1G-aligned VPN
    let invlpg = |vpn| Inv {
        use_va: true,
        use_pcid: true,
        glob_wild: true,
        keep_glob: false,
        vpn,
        pcid: 0,
    };
    b.fill(ent(base, PageSize::Size1G, 0, false));
    // an address anywhere inside the 1G page names it
    b.inval(invlpg(base | 0x2_1234));
    assert!(!b.valid(0));
    b.fill(ent(base | (3 << 9), PageSize::Size2M, 0, false));
    b.inval(invlpg(base | (2 << 9) | 7));
    assert!(b.valid(0), "other 2M page of the same 1G region survives");
    b.inval(invlpg(base | (3 << 9) | 0x1ff));
    assert!(!b.valid(0));
}

#[test]
fn fill_drops_overlaps_then_takes_lowest_free_slot() {
    let mut b = Bench::<4, 2>::new(40);
    // three 4K pages inside one 2M region, one outside
    let region = 0x77 << 9;
    assert_eq!(b.fill(ent(region | 1, PageSize::Size4K, 0, false)), 0);
    assert_eq!(b.fill(ent(region | 2, PageSize::Size4K, 0, false)), 1);
    assert_eq!(b.fill(ent(0x99 << 9, PageSize::Size4K, 0, false)), 2);
    assert_eq!(
        b.fill(ent(region | 3, PageSize::Size4K, 1, false)),
        3,
        "other PCID: no overlap"
    );
    // a 2M page over the region drops entries 0 and 1 (same PCID) and takes slot 0
    assert_eq!(b.fill(ent(region, PageSize::Size2M, 0, false)), 0);
    let valid: Vec<bool> = (0..4).map(|i| b.valid(i)).collect();
    assert_eq!(valid, vec![true, false, true, true]);
    assert_eq!(b.victim(), 0, "no replacement happened");
    // the 4K entry of PCID 1 inside the region still answers for PCID 1
    assert_eq!(b.look(region | 3, 1).map(|h| h.idx), Some(3));
    assert_eq!(b.look(region | 3, 0).map(|h| h.idx), Some(0));
}

#[test]
fn replacement_is_round_robin_and_only_fills_move_it() {
    let mut b = Bench::<4, 2>::new(40);
    for i in 0..4 {
        assert_eq!(
            b.fill(ent(0x100 + i, PageSize::Size4K, 0, false)),
            i as usize
        );
    }
    assert_eq!(b.victim(), 0);
    let order: Vec<usize> = (0..6)
        .map(|i| b.fill(ent(0x200 + i, PageSize::Size4K, 0, false)))
        .collect();
    assert_eq!(order, vec![0, 1, 2, 3, 0, 1]);
    assert_eq!(b.victim(), 2);
    // an invalidation frees a slot but leaves the pointer alone
    b.inval(Inv {
        use_va: true,
        use_pcid: false,
        glob_wild: false,
        keep_glob: false,
        vpn: 0x203,
        pcid: 0,
    });
    assert_eq!(b.victim(), 2);
    assert_eq!(
        b.fill(ent(0x300, PageSize::Size4K, 0, false)),
        3,
        "lowest free slot first"
    );
    assert_eq!(
        b.fill(ent(0x301, PageSize::Size4K, 0, false)),
        2,
        "then the victim"
    );
    assert_eq!(b.victim(), 3);
    // reset empties everything and clears the pointer
    b.reset();
    assert!((0..4).all(|i| !b.valid(i)));
    assert_eq!(b.victim(), 0);
}

/// The slot is worked out whenever `fill_prep` is high, but only `fill_en` writes: a fill the top
/// kills in its own cycle (an invalidation came) must leave no trace, not even its overlap drops or
/// a step of the victim pointer, while the invalidation of that cycle still applies.
#[test]
fn a_prepared_fill_without_fill_en_writes_nothing() {
    let mut b = Bench::<4, 2>::new(40);
    let region = 0x77 << 9;
    for i in 1..5 {
        b.fill(ent(region | i, PageSize::Size4K, 0, false));
    }
    assert_eq!(b.fill(ent(0x99 << 9, PageSize::Size4K, 0, false)), 0);
    assert_eq!(b.victim(), 1);
    // A 2M page over entries 1-3: a real fill would drop them.
    let big = ent(region, PageSize::Size2M, 0, false);
    b.capture(&big);
    b.drive_fill(&big);
    b.t.fill_en.next = false;
    let inv = Inv {
        use_va: true,
        use_pcid: false,
        glob_wild: false,
        keep_glob: false,
        vpn: 0x99 << 9,
        pcid: 0,
    };
    b.drive_inv(&inv);
    b.t.settle_low();
    assert_eq!(
        b.t.fill_idx.val().to_u64(),
        0,
        "no slot shown without fill_en"
    );
    b.t.rise();
    b.idle();
    b.model.invalidate_where(|e| inv_drops(&inv, e));
    b.expect_same("prepared fill, killed, with an invalidation");
    assert_eq!(
        (0..4).map(|i| b.valid(i)).collect::<Vec<_>>(),
        vec![false, true, true, true],
        "only the invalidation acted"
    );
    assert_eq!(b.victim(), 1, "the victim pointer did not move");
    // The same fill with `fill_en` then drops the overlaps and goes to the lowest free slot.
    assert_eq!(b.fill(big), 0);
}

#[test]
fn pfn_is_masked_to_maxphyaddr() {
    let mut b = Bench::<4, 2>::new(36);
    let f = with_pfn(ent(1, PageSize::Size4K, 0, false), (1 << 40) - 1);
    b.capture(&f);
    b.drive_fill(&f);
    b.t.cycle();
    b.idle();
    let (_, stored) = b.stored(0).expect("filled");
    assert_eq!(stored.frame >> 12, (1 << 24) - 1);
}

#[derive(Clone, Debug)]
enum Step {
    Fill(Fill),
    Inv(Inv),
    FillAndInv(Fill, Inv),
    Lookup(u64, u16),
    Reset,
}

fn arb_vpn() -> impl Strategy<Value = u64> {
    // few distinct pages per level so overlaps, re-fills and aliasing are frequent
    (0u64..2, 0u64..3, 0u64..4)
        .prop_map(|(a, b, c)| (a << 30) | (b << 9 << 9) | (c << 9) | (c * 3))
        .prop_map(|v| v & ((1 << 36) - 1))
}

fn arb_fill() -> impl Strategy<Value = Fill> {
    (
        arb_vpn(),
        0usize..3,
        0u16..3,
        any::<bool>(),
        any::<u64>(),
        any::<[bool; 4]>(),
        0u8..16,
    )
        .prop_map(|(vpn, size, pcid, glob, pfn, f, pkey)| {
            let size = PageSize::ALL[size];
            let low = size.offset_mask() >> 12;
            Fill {
                vpn,
                e: TlbEntry {
                    vpn: model_vpn(vpn << 12, size),
                    size,
                    pcid,
                    global: glob,
                    frame: (pfn & ((1 << 28) - 1) & !low) << 12,
                    rights: Rights {
                        writable: f[0],
                        user: f[1],
                        xd: f[2],
                        pkey,
                    },
                    dirty: f[3],
                },
            }
        })
}

fn arb_inv() -> impl Strategy<Value = Inv> {
    (any::<[bool; 4]>(), arb_vpn(), 0u16..3).prop_map(|(f, vpn, pcid)| Inv {
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
        6 => arb_fill().prop_map(Step::Fill),
        2 => arb_inv().prop_map(Step::Inv),
        2 => (arb_fill(), arb_inv()).prop_map(|(e, i)| Step::FillAndInv(e, i)),
        3 => (arb_vpn(), 0u16..3).prop_map(|(v, p)| Step::Lookup(v, p)),
        1 => Just(Step::Reset),
    ]
}

/// Runs `steps` on the RTL and on the model's TLB, comparing the whole state after every cycle.
fn run_against_model<const N: usize, const A: usize>(steps: &[Step]) -> Result<(), TestCaseError> {
    let mut b = Bench::<N, A>::new(40);
    for (k, step) in steps.iter().enumerate() {
        if let Step::Fill(f) | Step::FillAndInv(f, _) = step {
            b.capture(f);
        }
        b.idle();
        let mut probe = None;
        match step {
            Step::Fill(f) => {
                b.drive_fill(f);
                let slot = b.model.fill(f.e).slot;
                b.filled_vpn[slot] = f.vpn;
            }
            Step::Inv(i) => {
                b.drive_inv(i);
                b.model.invalidate_where(|e| inv_drops(i, e));
            }
            Step::FillAndInv(f, i) => {
                // the top never lets an invalidation drop the entry being filled: it kills the fill instead
                b.drive_inv(i);
                if !inv_drops(i, &f.e) {
                    b.drive_fill(f);
                    let slot = b.model.fill(f.e).slot;
                    b.filled_vpn[slot] = f.vpn;
                }
                b.model.invalidate_where(|e| inv_drops(i, e));
            }
            Step::Lookup(v, p) => probe = Some((*v, *p)),
            Step::Reset => {
                b.t.reset.next = true;
                b.model = ModelTlb::new(N);
            }
        }
        if let Some((v, p)) = probe {
            let got = b.rtl_look(v, p);
            let want = b.model_look(v, p);
            prop_assert_eq!(
                got.map(|h| h.idx),
                want.map(|h| h.idx),
                "step {}: hit index",
                k
            );
            prop_assert_eq!(got, want, "step {}: readout", k);
        }
        b.t.cycle();
        if let Err(e) = b.compare() {
            return Err(TestCaseError::fail(format!("step {k} ({step:x?}): {e}")));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config(48, "tlb", "random_against_the_model"))]
    #[test]
    fn random_against_the_model(steps in proptest::collection::vec(arb_step(), 1..80)) {
        run_against_model::<4, 2>(&steps)?;
        run_against_model::<16, 4>(&steps)?;
    }
}

#[test]
fn quiet_inputs_lists_every_input_port() {
    mmu_sim::quiet::assert_inputs_complete(&Tlb::<4, 2>::new(&Config {
        tlb_entries: 4,
        ..Config::default()
    }));
}

#[test]
#[should_panic(expected = "a TLB of 8 entries needs index width log2 8, got 2")]
fn new_rejects_wrong_index_width() {
    let _ = Tlb::<8, 2>::new(&Config {
        tlb_entries: 8,
        ..Config::default()
    });
}
