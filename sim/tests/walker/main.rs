//! The walker block (`mmu_hdl::walker::Walker`) with a `Perm` wired as the top wires it, against a memory with random
//! latency and back-pressure, compared with the reference model: each walk's answer, its TLB fill and its A/D writes
//! are those of `mmu_model::Model::access` on the same tables (the writes in the order of `mmu_model::walker::walk`
//! and `walker::ad_updates`). Also: cycle counts, not-present and reserved-bit faults at every level, rights and
//! protection-key faults, invalidations that kill the fill of a walk in flight, a reset mid-walk, and random walks
//! with a coverage check on every outcome class.

#[path = "../common/mod.rs"]
mod common;
mod directed;
mod random;

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
