//! The walker block (`mmu_hdl::walker::Walker`) with a `Perm` wired as the top wires it, against a memory with random
//! latency and back-pressure, compared with the reference model: each walk's answer, its TLB fill and its A/D writes
//! are those of `mmu_model::Model::access` on the same tables (the writes in the order of `mmu_model::walker::walk`
//! and `walker::ad_updates`). Also: cycle counts, not-present and reserved-bit faults at every level, rights and
//! protection-key faults, invalidations that kill the fill of a walk in flight, a reset mid-walk, and random walks
//! with a coverage check on every outcome class.

mod common;

use common::{control0, model_entry_of, proptest_config, TestMem};
use mmu_arch::{pf, Access, AccessKind, Config, Control, Outcome, PageSize};
use mmu_hdl::perm::Perm;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::walker::{WalkState, Walker};
use mmu_model::mem::Memory;
use mmu_model::tlb::TlbEntry;
use mmu_model::{walker as model_walker, Model};
use mmu_sim::probe::Probes;
use mmu_sim::rtl::memory::MemRequest;
use mmu_sim::step::Clocked;
use proptest::prelude::*;

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
const PADDR_BITS: u32 = 40;

/// Walker flops read by name, in this order.
const PROBED: [&str; 3] = ["walker.state.q", "walker.outstanding.q", "walker.dead.q"];

/// The bench, reset, and handles to the walker's state.
struct Tb {
    /// Handles into `b`; declared first, so dropped before it.
    probes: Probes,
    b: Box<Bench>,
}

impl Tb {
    fn new() -> Tb {
        let config = Config {
            paddr_bits: PADDR_BITS,
            ..Config::default()
        };
        let mut b = Box::new(Bench {
            clock: Default::default(),
            walker: Walker::new(&config),
            perm: Perm::default(),
        });
        b.connect_all();
        let names: Vec<String> = PROBED.iter().map(|s| s.to_string()).collect();
        // SAFETY: `b` is boxed and owned by the `Tb`, which drops `probes` first; the box never moves its contents.
        let probes = unsafe { Probes::resolve(b.as_ref(), &names) }.expect("walker probes");
        b.walker.reset.next = true;
        b.cycle();
        b.walker.reset.next = false;
        Tb { probes, b }
    }

    fn state(&self) -> u64 {
        self.probes.read(0)
    }
    fn outstanding(&self) -> bool {
        self.probes.read(1) != 0
    }
    fn dead(&self) -> bool {
        self.probes.read(2) != 0
    }
}

/// What the walker answered.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Answer {
    outcome: Outcome,
    /// The fill it offered (read whenever it did not fault, whether or not `fill_en` was high).
    fill: Option<TlbEntry>,
    filled: bool,
    cycles: u64,
}

/// What the model says of the same access.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Expected {
    outcome: Outcome,
    fill: Option<TlbEntry>,
    /// A/D writes in walk order.
    writes: Vec<(u64, u64)>,
}

fn set_ctl(b: &mut Bench, c: &Control, kind: AccessKind, user: bool) {
    let p = &mut b.perm;
    p.kind.next = kind;
    p.user_access.next = user;
    p.cr0_wp.next = c.cr0_wp;
    p.cr4_smep.next = c.cr4_smep;
    p.cr4_smap.next = c.cr4_smap;
    p.cr4_pke.next = c.cr4_pke;
    p.efer_nxe.next = c.efer_nxe;
    p.rflags_ac.next = c.rflags_ac;
    p.pkru.next = u64::from(c.pkru).into();
    b.walker.cr4_pge.next = c.cr4_pge;
    b.walker.efer_nxe.next = c.efer_nxe;
}

fn no_inv(b: &mut Bench) {
    b.walker.inv_en.next = false;
}

/// One cycle with the memory attached; `on_settled` sees the settled circuit before the rising edge.
fn mem_cycle(tb: &mut Tb, mem: &mut TestMem, on_settled: &mut dyn FnMut(&Bench)) {
    let b = &mut tb.b;
    let (ready, answer) = mem.drive();
    let a = answer.unwrap_or_default();
    b.walker.mem_req_ready.next = ready;
    b.walker.mem_rsp_valid.next = answer.is_some();
    b.walker.mem_rsp_data.next = a.data.into();
    b.walker.mem_rsp_stale.next = a.stale;
    b.settle_low();
    on_settled(b);
    let w = &b.walker;
    mem.edge(
        w.mem_req_valid.val(),
        MemRequest {
            addr: w.mem_req_addr.val().to_u64(),
            we: w.mem_req_we.val(),
            wdata: w.mem_req_wdata.val().to_u64(),
            expect: w.mem_req_expect.val().to_u64(),
        },
    );
    b.rise();
}

/// Drives the VPN (VA 47:12) of the access.
fn drive_vpn(w: &mut Walker, vpn: u64) {
    w.vpn_1g.next = ((vpn >> 18) & 0x3_ffff).into();
    w.vpn_2m.next = ((vpn >> 9) & 0x1ff).into();
    w.vpn_4k.next = (vpn & 0x1ff).into();
}

/// The answer in the settled cycle where `done` is high.
fn answer_of(w: &Walker, va: u64, cycles: u64) -> Answer {
    let (outcome, fill) = if w.fault.val() {
        let outcome = if w.bus_error.val() {
            Outcome::BusError {
                addr: w.err_addr.val().to_u64(),
            }
        } else {
            Outcome::PageFault {
                error_code: w.error_code.val().to_u64() as u32,
                cr2: va,
            }
        };
        (outcome, None)
    } else {
        let size = w.size.val();
        let pa = (w.pfn.val().to_u64() << 12) | (va & size.offset_mask());
        let vpn = (w.fill_vpn_1g.val().to_u64() << 18)
            | (w.fill_vpn_2m.val().to_u64() << 9)
            | w.fill_vpn_4k.val().to_u64();
        let fill = model_entry_of(
            vpn,
            w.fill_size.val(),
            w.fill_pcid.val().to_u64() as u16,
            w.fill_glob.val(),
            w.fill_pfn.val().to_u64(),
            w.fill_writable.val(),
            w.fill_user.val(),
            w.fill_xd.val(),
            w.fill_dirty.val(),
            w.fill_pkey.val().to_u64() as u8,
        );
        (Outcome::Ok { pa }, Some(fill))
    };
    Answer {
        outcome,
        fill,
        filled: w.fill_en.val(),
        cycles,
    }
}

/// Starts a walk and runs it to its answer.
fn walk(
    tb: &mut Tb,
    mem: &mut TestMem,
    va: u64,
    kind: AccessKind,
    user: bool,
    c: &Control,
) -> Answer {
    let b = &mut tb.b;
    set_ctl(b, c, kind, user);
    no_inv(b);
    b.walker.pml4_base.next = (PML4 >> 12).into();
    drive_vpn(&mut b.walker, va >> 12);
    b.walker.is_write.next = kind.is_write();
    b.walker.pcid.next = 0.into();
    b.walker.start.next = true;
    let mut answer = None;
    for cycle in 0..CYCLE_LIMIT {
        mem_cycle(tb, mem, &mut |b| {
            if b.walker.done.val() && answer.is_none() {
                answer = Some(answer_of(&b.walker, va, cycle));
            }
        });
        tb.b.walker.start.next = false;
        if let Some(a) = answer {
            assert_eq!(tb.state(), WalkState::Idle.code(), "idle after the answer");
            return a;
        }
    }
    panic!("walk did not answer within {CYCLE_LIMIT} cycles");
}

/// `va` made canonical: the walker sees VA 47:12 only, the model checks bits 63:48.
fn canonical(va: u64) -> u64 {
    (((va << 16) as i64) >> 16) as u64
}

/// The model's answer for one access on a cold MMU whose memory holds `words` and whose PML4 is at `PML4`: the
/// outcome and the TLB entry of `Model::access`, and the A/D writes in walk order (`walker::ad_updates` of
/// `walker::walk`), checked against the model's memory after the access.
fn model_walk(
    words: &[(u64, u64)],
    va: u64,
    kind: AccessKind,
    user: bool,
    c: &Control,
) -> Expected {
    let config = Config {
        paddr_bits: PADDR_BITS,
        ..Config::default()
    };
    let control = Control { cr3: PML4, ..*c };
    let memory = Memory::from_words(words);
    let mut m = Model::new(config, control, memory.clone());
    let (outcome, hit) = m.access(Access { va, kind, user });
    assert!(!hit, "a cold TLB cannot hit");
    // The fill goes to the TLB of the access's port.
    let fill = if kind.is_fetch() { m.itlb() } else { m.dtlb() }.slots()[0];
    let writes = match (outcome, model_walker::walk(&memory, &config, &control, va)) {
        (Outcome::Ok { .. }, Ok(w)) => model_walker::ad_updates(&w, kind.is_write()),
        (Outcome::Ok { .. }, Err(f)) => panic!("the model succeeded on a walk that faults: {f:?}"),
        _ => vec![],
    };
    for &(addr, old) in words {
        let want = writes.iter().find(|w| w.0 == addr).map_or(old, |w| w.1);
        assert_eq!(
            m.memory().read(addr),
            want,
            "the model's memory after the access at {addr:#x}"
        );
    }
    Expected {
        outcome,
        fill,
        writes,
    }
}

/// Page tables for one VA: tables at PML4, +0x1000, +0x2000, +0x3000. `flags` are the flag bits of the entries in
/// walk order (PML4E, PDPTE, PDE, PTE); the leaf is at `leaf_level` (0 PTE, 1 PDE, 2 PDPTE) and maps `pa`. Returns
/// the entries in walk order.
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

/// Runs one walk on the RTL and compares it with the model: outcome, the fill offered, whether it was installed,
/// and the A/D writes in order.
#[allow(clippy::too_many_arguments)]
fn check_against_model(
    words: &[(u64, u64)],
    va: u64,
    kind: AccessKind,
    user: bool,
    c: &Control,
    lat: (u64, u64),
    ready: (u64, u64),
    seed: u64,
) -> (Answer, Vec<(u64, u64)>) {
    let va = canonical(va);
    let mut tb = Tb::new();
    let mut mem = TestMem::new(words, lat, ready, seed);
    let got = walk(&mut tb, &mut mem, va, kind, user, c);
    let want = model_walk(words, va, kind, user, c);
    let context = format!("va={va:#x} kind={kind:?} user={user} ctl={c:x?} words={words:x?}");
    assert_eq!(got.outcome, want.outcome, "outcome: {context}");
    assert_eq!(mem.writes, want.writes, "A/D writes: {context}");
    assert_eq!(
        got.filled,
        want.fill.is_some(),
        "fill only on success: {context}"
    );
    if want.fill.is_some() {
        assert_eq!(got.fill, want.fill, "the fill: {context}");
    }
    (got, mem.writes)
}

/// A successful 4K fill at `va` as the walker offers it in PCID 0.
fn fill_4k(va: u64, pfn: u64, writable: bool, user: bool, dirty: bool) -> TlbEntry {
    model_entry_of(
        va >> 12,
        PageSize::Size4K,
        0,
        false,
        pfn,
        writable,
        user,
        false,
        dirty,
        0,
    )
}

#[test]
fn quiet_inputs_lists_every_input_port() {
    mmu_sim::quiet::assert_inputs_complete(&Walker::new(&Config::default()));
}

#[test]
fn state_codes_match_the_exported_encoding() {
    for (i, st) in WalkState::ALL.iter().enumerate() {
        let bits: Bits<4> = (*st).into();
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
    let c = Control {
        efer_nxe: true,
        cr0_wp: true,
        ..control0()
    };
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Read, false, &c, (1, 1), (1, 1), 1);
    assert_eq!(
        a.cycles, 14,
        "cold 4K read walk, L=1: 5L + 9 (posted A writes)"
    );
    let order: Vec<u64> = writes.iter().map(|w| w.0).collect();
    let want: Vec<u64> = words.iter().map(|w| w.0).collect();
    assert_eq!(order, want, "A written PML4E first, PTE last");
    assert!(
        writes.iter().all(|&(_, v)| v & A != 0 && v & D == 0),
        "read: A only"
    );
    assert_eq!(a.outcome, Outcome::Ok { pa: 0xab_cdef_0abc });
    assert_eq!(
        a.fill,
        Some(fill_4k(va, 0xabc_def0, true, true, false)),
        "the fill"
    );
}

/// Another agent changes the PTE right after the walk reads it. The A/D write to it (a compare-and-set against the
/// entry as read) is answered stale and writes nothing; the walk starts again, reads every entry afresh and answers as
/// the new PTE demands. The other agent's store stands.
#[test]
fn stale_write_walks_again_and_the_other_store_stands() {
    let va = 0x0000_1234_5678_9abc;
    let words = tables(va, 0, [P | W, P | W, P | W, P | W], 0xab_cdef_0000);
    let pte = words[3].0;
    let c = Control {
        efer_nxe: true,
        cr0_wp: true,
        ..control0()
    };
    let bound = 2 * (10 + 5 * 2) as u64;
    // Made read-only: the write access now faults (P|W), and nothing is added to the agent's value.
    let read_only = words[3].1 & !W;
    // Pointed at another frame: the read gets the new frame, and A lands in the agent's value.
    let moved = (words[3].1 & !0x000f_ffff_ffff_f000) | 0x77_7000;
    for (kind, new, want, pte_after) in [
        (
            AccessKind::Write,
            read_only,
            Outcome::PageFault {
                error_code: pf::P | pf::W,
                cr2: va,
            },
            read_only,
        ),
        (
            AccessKind::Read,
            moved,
            Outcome::Ok { pa: 0x77_7abc },
            moved | A,
        ),
    ] {
        let mut tb = Tb::new();
        let mut mem = TestMem::new(&words, (1, 2), (3, 4), 7);
        mem.race = Some((pte, new));
        let a = walk(&mut tb, &mut mem, va, kind, false, &c);
        assert_eq!(a.outcome, want, "{kind:?}");
        assert_eq!(
            mem.stale, 1,
            "{kind:?}: the PTE's A/D write was answered stale"
        );
        assert_eq!(mem.reads.len(), 8, "{kind:?}: every entry read twice");
        assert_eq!(
            mem.read(pte),
            pte_after,
            "{kind:?}: the other agent's store stands"
        );
        for &(addr, _) in &words[..3] {
            assert_eq!(
                mem.read(addr) & A,
                A,
                "{kind:?}: A above the leaf landed once"
            );
        }
        assert!(
            a.cycles <= bound,
            "{kind:?}: {} cycles, two walks take at most {bound}",
            a.cycles
        );
    }
}

#[test]
fn cycle_counts_for_latency_2_and_warm_tables() {
    let va = 0x4000_0000;
    let cold = tables(va, 0, [P | W, P | W, P | W, P | W], 0x5000);
    let c = control0();
    let (a, _) = check_against_model(&cold, va, AccessKind::Read, false, &c, (2, 2), (1, 1), 1);
    assert_eq!(a.cycles, 19, "cold 4K walk, L=2: 5L + 9");
    let warm = tables(
        va,
        0,
        [P | W | A, P | W | A, P | W | A, P | W | A | D],
        0x5000,
    );
    let (a, writes) =
        check_against_model(&warm, va, AccessKind::Write, false, &c, (1, 1), (1, 1), 1);
    assert!(writes.is_empty(), "nothing changes, nothing is written");
    assert_eq!(a.cycles, 10, "warm 4K walk, L=1");
}

#[test]
fn large_pages_and_dirty_on_write() {
    let c = Control {
        efer_nxe: true,
        cr4_pge: true,
        ..control0()
    };
    // 2M page: leaf PDE, PA bits 20:12 from the VA, PAT bit 12 ignored
    let va = 0x7f12_3456_7890;
    let words = tables(
        va,
        1,
        [P | W | A, P | W | A, P | W | PS | G | (1 << 12), 0],
        0x12_3400_0000,
    );
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Write, false, &c, (1, 3), (2, 3), 7);
    match (a.outcome, a.fill) {
        (Outcome::Ok { pa }, Some(fill)) => {
            assert_eq!(pa & 0x1f_ffff, va & 0x1f_ffff);
            assert_eq!(fill.size, PageSize::Size2M);
            assert!(fill.global && fill.dirty);
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
    let (a, writes) =
        check_against_model(&words, va, AccessKind::Read, true, &c, (1, 1), (1, 1), 3);
    match (a.outcome, a.fill) {
        (Outcome::Ok { pa }, Some(fill)) => {
            assert_eq!(pa, 0x80_4000_0000 | (va & 0x3fff_ffff));
            assert_eq!(
                (fill.size, fill.rights.user, fill.rights.writable),
                (PageSize::Size1G, true, false)
            );
        }
        other => panic!("expected success, got {other:?}"),
    }
    assert!(writes.is_empty());
}

#[test]
fn not_present_at_each_level_writes_nothing() {
    let va = 0x1_2345_6000;
    let c = Control {
        cr4_smep: true,
        ..control0()
    };
    for level in 0..4 {
        let mut flags = [P | W | U; 4];
        flags[3 - level] &= !P;
        let words = tables(va, 0, flags, 0x9000);
        let (a, writes) = check_against_model(
            &words,
            va,
            AccessKind::Fetch,
            true,
            &c,
            (1, 2),
            (1, 2),
            level as u64,
        );
        assert_eq!(
            a.outcome,
            Outcome::PageFault {
                error_code: pf::U | pf::I,
                cr2: va
            },
            "level {level}: U|I, P=0"
        );
        assert!(writes.is_empty());
    }
}

#[test]
fn reserved_bits_of_every_kind() {
    let va = 0x3_c000_1000;
    let c = control0(); // NXE=0: bit 63 reserved
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
        let (a, writes) =
            check_against_model(&words, va, AccessKind::Write, false, &c, (1, 1), (1, 1), 0);
        assert_eq!(
            a.outcome,
            Outcome::PageFault {
                error_code: pf::P | pf::W | pf::RSVD,
                cr2: va
            },
            "{name}"
        );
        assert!(writes.is_empty(), "{name}");
    }
    // Bits 62:52 and 11:9 are ignored; bit 7 of a PTE is PAT, not PS.
    let words = tables(
        va,
        0,
        [P | W | (0x7ff << 52) | 0xe00, P | W, P | W, P | W | PS],
        0x1000,
    );
    let (a, _) = check_against_model(&words, va, AccessKind::Read, false, &c, (1, 1), (1, 1), 0);
    assert!(matches!(a.outcome, Outcome::Ok { .. }), "{a:?}");
}

#[test]
fn rights_fault_writes_nothing_and_fills_nothing() {
    let va = 0x5000;
    // user write to a read-only page whose entries all lack A
    let words = tables(va, 0, [P | U | W, P | U, P | U | W, P | U | W], 0x7000);
    let (a, writes) = check_against_model(
        &words,
        va,
        AccessKind::Write,
        true,
        &control0(),
        (1, 1),
        (1, 1),
        0,
    );
    assert_eq!(
        a.outcome,
        Outcome::PageFault {
            error_code: pf::P | pf::W | pf::U,
            cr2: va
        }
    );
    assert!(writes.is_empty() && !a.filled);
    // a PK fault reports PK
    let words = tables(
        va,
        0,
        [P | U | W, P | U | W, P | U | W, P | U | W | (5 << 59)],
        0x7000,
    );
    let c = Control {
        cr4_pke: true,
        pkru: 1 << 10,
        ..control0()
    };
    let (a, _) = check_against_model(&words, va, AccessKind::Read, true, &c, (1, 1), (1, 1), 0);
    assert_eq!(
        a.outcome,
        Outcome::PageFault {
            error_code: pf::P | pf::U | pf::PK,
            cr2: va
        }
    );
}

/// Invalidation flags as the top drives them: use VA, use PCID, global wildcard, keep globals, VPN, PCID.
type InvFlags = (bool, bool, bool, bool, u64, u64);

/// Walks a warm 4K/2M leaf in PCID 7 at latency 2 with the invalidation `inv` in cycle `inv_at`; returns whether
/// the fill was installed and whether the walker's fill was dead after the answer.
fn run_with_inv(inv_at: u64, inv: InvFlags, leaf_level: usize, glob: bool) -> (bool, bool) {
    let va = 0x12_3456_7000u64;
    let mut flags = [P | W | A; 4];
    if leaf_level > 0 {
        flags[3 - leaf_level] |= PS;
    }
    if glob {
        flags[3 - leaf_level] |= G;
    }
    let words = tables(va, leaf_level, flags, 0x4000_0000);
    let mut tb = Tb::new();
    let mut mem = TestMem::new(&words, (2, 2), (1, 1), 0);
    let c = Control {
        cr4_pge: true,
        ..control0()
    };
    let b = &mut tb.b;
    set_ctl(b, &c, AccessKind::Read, false);
    b.walker.pml4_base.next = (PML4 >> 12).into();
    drive_vpn(&mut b.walker, va >> 12);
    b.walker.is_write.next = false;
    b.walker.pcid.next = 7.into();
    b.walker.start.next = true;
    let mut result = None;
    for cycle in 0..CYCLE_LIMIT {
        let (use_va, use_pcid, wild, keep, ivpn, ipcid) = inv;
        let w = &mut tb.b.walker;
        w.inv_en.next = cycle == inv_at;
        w.inv_use_va.next = use_va;
        w.inv_use_pcid.next = use_pcid;
        w.inv_glob_wild.next = wild;
        w.inv_keep_glob.next = keep;
        w.inv_vpn.next = ivpn.into();
        w.inv_pcid.next = ipcid.into();
        mem_cycle(&mut tb, &mut mem, &mut |b| {
            if b.walker.done.val() {
                result = Some((b.walker.fault.val(), b.walker.fill_en.val()));
            }
        });
        tb.b.walker.start.next = false;
        if let Some((fault, filled)) = result {
            assert!(!fault);
            return (filled, tb.dead());
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
    // Warm tables, L=2: each level takes 3 cycles from cycle 1, so a 4K leaf is known from cycle 13 (PermCheck) and
    // the walk answers in cycle 14; a 2M leaf is known from cycle 10. After the leaf: an unrelated VA leaves the fill
    // alive ...
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
    let mut tb = Tb::new();
    let mut mem = TestMem::new(&words, (5, 5), (1, 1), 0);
    let c = control0();
    let b = &mut tb.b;
    set_ctl(b, &c, AccessKind::Read, false);
    no_inv(b);
    b.walker.pml4_base.next = (PML4 >> 12).into();
    drive_vpn(&mut b.walker, va >> 12);
    b.walker.start.next = true;
    mem_cycle(&mut tb, &mut mem, &mut |_| {});
    tb.b.walker.start.next = false;
    mem_cycle(&mut tb, &mut mem, &mut |b| {
        assert!(b.walker.mem_req_valid.val())
    });
    assert!(tb.outstanding());
    // reset while the PML4E read is in flight: the memory, reset too, drops its answer
    tb.b.walker.reset.next = true;
    mem.reset();
    mem_cycle(&mut tb, &mut mem, &mut |b| assert!(!b.walker.done.val()));
    tb.b.walker.reset.next = false;
    assert_eq!(tb.state(), WalkState::Idle.code());
    assert!(!tb.outstanding(), "reset clears the owed answer");
    // a new walk right away issues its first read at once and completes
    let a = walk(&mut tb, &mut mem, va, AccessKind::Read, false, &c);
    assert_eq!(a.outcome, Outcome::Ok { pa: 0x8000 });
    assert_eq!(a.fill, Some(fill_4k(va, 8, true, false, false)));
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

fn arb_ctl() -> impl Strategy<Value = Control> {
    (any::<[bool; 7]>(), any::<u32>()).prop_map(|(f, pkru)| Control {
        cr0_wp: f[0],
        cr4_pge: f[1],
        cr4_smep: f[2],
        cr4_smap: f[3],
        cr4_pke: f[4],
        efer_nxe: f[5],
        rflags_ac: f[6],
        pkru,
        ..control0()
    })
}

#[derive(Clone, Debug)]
struct WalkCase {
    va: u64,
    leaf: usize,
    flags: [u64; 4],
    ps: [bool; 4],
    kind: AccessKind,
    user: bool,
    ctl: Control,
    lat: (u64, u64),
    ready_num: u64,
    seed: u64,
}

fn arb_walk_case() -> impl Strategy<Value = WalkCase> {
    (
        (0u64..1 << 48).prop_map(|v| canonical(v & !7)),
        0usize..3,
        proptest::array::uniform4(arb_entry_flags()),
        proptest::array::uniform4(proptest::bool::weighted(0.15)),
        0usize..3,
        any::<bool>(),
        arb_ctl(),
        (1u64..4, 0u64..4),
        1u64..5,
        any::<u64>(),
    )
        .prop_map(
            |(va, leaf, flags, ps, kind, user, ctl, (lo, extra), ready_num, seed)| WalkCase {
                va,
                leaf,
                flags,
                ps,
                kind: AccessKind::ALL[kind],
                user,
                ctl,
                lat: (lo, lo + extra),
                ready_num,
                seed,
            },
        )
}

/// Random page-table paths, control bits, access kinds, latencies and back-pressure against the model; afterwards,
/// every outcome class must have been exercised.
#[test]
fn random_walks_match_the_model() {
    use std::cell::RefCell;
    let name = "random_walks_match_the_model";
    let mut runner = proptest::test_runner::TestRunner::new(proptest_config(256, "walker", name));
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
        let mut tb = Tb::new();
        let mut mem = TestMem::new(&words, c.lat, (c.ready_num, 4), c.seed);
        let got = walk(&mut tb, &mut mem, c.va, c.kind, c.user, &c.ctl);
        let want = model_walk(&words, c.va, c.kind, c.user, &c.ctl);
        prop_assert_eq!(&got.outcome, &want.outcome);
        prop_assert_eq!(&mem.writes, &want.writes);
        prop_assert_eq!(got.filled, want.fill.is_some());
        if want.fill.is_some() {
            prop_assert_eq!(&got.fill, &want.fill);
        }
        let mut s = seen.borrow_mut();
        match (want.outcome, want.fill) {
            (Outcome::Ok { .. }, Some(fill)) => s[fill.size as usize] += 1,
            (Outcome::PageFault { error_code, .. }, _) if error_code & pf::P == 0 => s[3] += 1,
            (Outcome::PageFault { error_code, .. }, _) if error_code & pf::RSVD != 0 => s[4] += 1,
            (Outcome::PageFault { .. }, _) => s[5] += 1,
            other => {
                return Err(TestCaseError::fail(format!(
                    "unexpected model answer {other:?}"
                )))
            }
        }
        if !want.writes.is_empty() {
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
