//! The paging-structure cache block (`mmu_hdl::pwc::Pwc`) on its own, driven through its ports, its slots read
//! through probes, with the model's cache (`mmu_model::pwc::Pwc`) as its twin: every lookup answers as the model's
//! (deepest level wins, tags cover their level, PCID-private), and after every cycle each slot holds what the
//! model's holds (free slots first, then round robin within the configured size, invalidation by PCID or all,
//! reset). The configured size 0 never hits.

use mmu_arch::Config;
use mmu_hdl::pwc::{Pwc, LEVEL_PDE, LEVEL_PDPTE, LEVEL_PML4E, PWC_SLOTS};
use mmu_hdl::rust_hdl::prelude::*;
use mmu_model::perm::Rights;
use mmu_model::pwc::{Pwc as ModelPwc, PwcEntry};
use mmu_model::walker::Level;
use mmu_sim::probe::Probes;
use mmu_sim::step::Clocked;

/// The model's level of the RTL's level number.
fn level_of(n: u64) -> Level {
    match n {
        LEVEL_PDE => Level::Pd,
        LEVEL_PDPTE => Level::Pdpt,
        LEVEL_PML4E => Level::Pml4,
        _ => panic!("no cached level {n}"),
    }
}

/// The RTL's level number of the model's level.
fn number_of(level: Level) -> u64 {
    match level {
        Level::Pd => LEVEL_PDE,
        Level::Pdpt => LEVEL_PDPTE,
        Level::Pml4 => LEVEL_PML4E,
        Level::Pt => panic!("a PTE is never cached"),
    }
}

/// Slot fields read by probe, `{s}` the slot.
const FIELDS: [&str; 10] = [
    "e_valid.q${s}",
    "e_level.q${s}",
    "e_vpn_1g.q${s}",
    "e_vpn_2m.q${s}",
    "e_pcid.q${s}",
    "e_base_hi.q${s}",
    "e_base_lo.q${s}",
    "e_user.q${s}",
    "e_writable.q${s}",
    "e_xd.q${s}",
];

/// What a lookup answers: hit, level number, base (PA 51:12), user, writable, XD.
type Look = (bool, u64, u64, bool, bool, bool);

/// A connected `Pwc` of `entries` and its model twin.
struct Bench {
    /// Handles into `p`; declared first, so dropped before it.
    probes: Probes,
    p: Box<Pwc>,
    model: ModelPwc,
}

impl Bench {
    fn new(entries: usize) -> Bench {
        let mut p = Box::new(Pwc::new(&Config {
            pwc_entries: entries,
            paddr_bits: 40,
            ..Config::default()
        }));
        p.connect_all();
        let names: Vec<String> = FIELDS
            .iter()
            .flat_map(|f| (0..PWC_SLOTS).map(move |s| f.replace("{s}", &s.to_string())))
            .collect();
        // SAFETY: `p` is boxed and owned by the bench, which drops `probes` first; the box never moves its contents.
        let probes = unsafe { Probes::resolve(p.as_ref(), &names) }.expect("PWC probes");
        let mut b = Bench {
            probes,
            p,
            model: ModelPwc::new(entries),
        };
        b.reset();
        b
    }

    fn idle(&mut self) {
        let p = &mut self.p;
        p.reset.next = false;
        p.fill_en.next = false;
        p.inv_en.next = false;
        p.inv_use_pcid.next = false;
    }

    fn reset(&mut self) {
        self.idle();
        self.p.reset.next = true;
        self.p.cycle();
        self.idle();
        self.model = ModelPwc::new(self.model.slots().len());
        self.expect_same("reset");
    }

    /// Caches the entry of `level` (1 PDE, 2 PDPTE, 3 PML4E) for `va` in `pcid`, referencing the table at `base`
    /// (PA 51:12), user, read-only, XD.
    fn fill(&mut self, level: u64, va: u64, pcid: u16, base: u64) {
        self.idle();
        let p = &mut self.p;
        p.fill_en.next = true;
        p.fill_level.next = level.into();
        p.fill_vpn_1g.next = ((va >> 30) & 0x3_ffff).into();
        p.fill_vpn_2m.next = ((va >> 21) & 0x1ff).into();
        p.fill_pcid.next = u64::from(pcid).into();
        p.fill_base.next = base.into();
        p.fill_user.next = true;
        p.fill_writable.next = false;
        p.fill_xd.next = true;
        p.cycle();
        self.idle();
        let level = level_of(level);
        self.model.fill(PwcEntry {
            level,
            tag: PwcEntry::tag_of(va, level),
            pcid,
            next_table: base << 12,
            rights: Rights {
                user: true,
                writable: false,
                xd: true,
                pkey: 0,
            },
        });
        self.expect_same("fill");
    }

    /// One invalidation cycle: the entries of `pcid`, or all of them.
    fn inval(&mut self, pcid: Option<u16>) {
        self.idle();
        self.p.inv_en.next = true;
        self.p.inv_use_pcid.next = pcid.is_some();
        self.p.inv_pcid.next = u64::from(pcid.unwrap_or(0)).into();
        self.p.cycle();
        self.idle();
        self.model.invalidate(pcid);
        self.expect_same("invalidation");
    }

    /// Looks up `va` in `pcid` on both; they must agree.
    fn look(&mut self, va: u64, pcid: u16) -> Look {
        let p = &mut self.p;
        p.lk_en.next = true;
        p.lk_vpn_1g.next = ((va >> 30) & 0x3_ffff).into();
        p.lk_vpn_2m.next = ((va >> 21) & 0x1ff).into();
        p.lk_pcid.next = u64::from(pcid).into();
        p.settle_low();
        let got = (
            p.hit.val(),
            p.hit_level.val().to_u64(),
            p.hit_base.val().to_u64(),
            p.hit_user.val(),
            p.hit_writable.val(),
            p.hit_xd.val(),
        );
        let want = match self.model.lookup(va, pcid) {
            Some(e) => (
                true,
                number_of(e.level),
                e.next_table >> 12,
                e.rights.user,
                e.rights.writable,
                e.rights.xd,
            ),
            None => (false, 0, 0, false, false, false),
        };
        assert_eq!(got, want, "lookup {va:#x} in PCID {pcid}: RTL vs model");
        got
    }

    /// Slot `s` as stored, in the model's form.
    fn stored(&self, s: usize) -> Option<PwcEntry> {
        let f = |field: usize| self.probes.read(field * PWC_SLOTS + s);
        if f(0) == 0 {
            return None;
        }
        let level = level_of(f(1));
        let va = (f(2) << 30) | (f(3) << 21);
        Some(PwcEntry {
            level,
            tag: PwcEntry::tag_of(va, level),
            pcid: f(4) as u16,
            next_table: ((f(5) << 18) | f(6)) << 12,
            rights: Rights {
                user: f(7) != 0,
                writable: f(8) != 0,
                xd: f(9) != 0,
                pkey: 0,
            },
        })
    }

    fn valid_slots(&self) -> usize {
        (0..PWC_SLOTS).filter(|&s| self.stored(s).is_some()).count()
    }

    /// Every slot against the model's (slots beyond the configured size must stay empty).
    fn expect_same(&self, after: &str) {
        for s in 0..PWC_SLOTS {
            let want = self.model.slots().get(s).copied().flatten();
            assert_eq!(
                self.stored(s),
                want,
                "after {after}: slot {s} (RTL vs model)"
            );
        }
    }
}

/// Hit, level number and base of a lookup.
fn hlb(l: Look) -> (bool, u64, u64) {
    (l.0, l.1, l.2)
}

#[test]
fn deepest_level_wins_and_tags_cover_their_level() {
    let mut b = Bench::new(4);
    b.fill(LEVEL_PML4E, 0x7f_8000_0000, 1, 0x111);
    b.fill(LEVEL_PDPTE, 0x7f_8000_0000, 1, 0x222);
    b.fill(LEVEL_PDE, 0x7f_8020_0000, 1, 0x333);
    assert_eq!(hlb(b.look(0x7f_803f_f000, 1)), (true, 1, 0x333));
    assert_eq!(hlb(b.look(0x7f_8040_0000, 1)), (true, 2, 0x222));
    assert_eq!(hlb(b.look(0x7f_c000_0000, 1)), (true, 3, 0x111));
    assert!(!b.look(0x80_0000_0000, 1).0);
    assert!(!b.look(0x7f_8020_0000, 2).0);
    let (hit, _, _, user, writable, xd) = b.look(0x7f_8020_0000, 1);
    assert!(hit);
    assert!(user && !writable && xd);
}

#[test]
fn fill_uses_free_slots_then_round_robin_within_the_configured_size() {
    let mut b = Bench::new(2);
    b.fill(LEVEL_PDE, 0x20_0000, 0, 1);
    b.fill(LEVEL_PDE, 0x40_0000, 0, 2);
    b.fill(LEVEL_PDE, 0x60_0000, 0, 3);
    assert!(!b.look(0x20_0000, 0).0, "slot 0 was the victim");
    assert_eq!(hlb(b.look(0x40_0000, 0)), (true, 1, 2));
    assert_eq!(hlb(b.look(0x60_0000, 0)), (true, 1, 3));
    b.fill(LEVEL_PDE, 0x80_0000, 0, 4);
    assert!(!b.look(0x40_0000, 0).0, "then slot 1");
    assert_eq!(
        b.valid_slots(),
        2,
        "slots beyond the configured size stay empty"
    );
}

#[test]
fn zero_entries_never_hit() {
    let mut b = Bench::new(0);
    b.fill(LEVEL_PDE, 0x20_0000, 0, 1);
    assert!(!b.look(0x20_0000, 0).0);
    assert_eq!(b.valid_slots(), 0);
}

#[test]
fn invalidation_by_pcid_or_all_and_reset() {
    let mut b = Bench::new(4);
    b.fill(LEVEL_PDE, 0x20_0000, 1, 1);
    b.fill(LEVEL_PDE, 0x20_0000, 2, 2);
    b.inval(Some(2));
    assert!(b.look(0x20_0000, 1).0);
    assert!(!b.look(0x20_0000, 2).0);
    b.inval(None);
    assert!(!b.look(0x20_0000, 1).0);
    b.fill(LEVEL_PDE, 0x20_0000, 1, 1);
    b.reset();
    assert!(!b.look(0x20_0000, 1).0);
}

#[test]
fn quiet_inputs_lists_every_input_port() {
    mmu_sim::quiet::assert_inputs_complete(&Pwc::new(&Config::default()));
}
