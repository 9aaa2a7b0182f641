//! Helpers shared by the integration tests of `mmu-sim`: a proptest configuration whose seed is always known, a small
//! deterministic generator, the walker-side memory the block tests attach, and the bridges between what the RTL holds
//! and what the reference model (`mmu-model`, the one oracle) holds.
#![allow(dead_code)] // each test file uses part of it

use std::collections::HashMap;

use mmu_arch::{Control, PageSize};
use mmu_model::perm::Rights;
use mmu_model::tlb::{TlbEntry, VPN_MASK};
use mmu_sim::drive::TlbEntryView;
use mmu_sim::rtl::memory::{AnswerQueue, MemAnswer, MemRequest};
use proptest::test_runner::{Config, RngSeed};

/// A proptest configuration with failure persistence off and a seed that is always known.
///
/// The seed comes from `PROPTEST_RNG_SEED` when set, else from the clock. It is printed at the start of the test; the
/// test harness shows that output only when the test fails, so every failure carries the command that replays it.
/// `file` is the test target (the file name under `sim/tests/`), `name` the test.
pub fn proptest_config(cases: u32, file: &str, name: &str) -> Config {
    let seed = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            t ^ (t >> 29) ^ 0x9e37_79b9_7f4a_7c15
        });
    println!(
        "proptest seed {seed}; replay with: PROPTEST_RNG_SEED={seed} cargo test --release -p mmu-sim --test {file} {name}"
    );
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    }
}

/// SplitMix64: a tiny deterministic generator for stimulus that does not need shrinking.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
    /// True with probability num/den.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }
}

/// Walker-side memory for the block tests: fixed or random latency, answers in order, optional random back-pressure,
/// and a log of every read and write. It checks the requester's side of the port contract: a read only with nothing
/// outstanding, at most four requests outstanding.
#[derive(Clone, Debug)]
pub struct TestMem {
    pub words: HashMap<u64, u64>,
    pub writes: Vec<(u64, u64)>,
    pub reads: Vec<u64>,
    /// Latency range (cycles from transfer to the answer), inclusive.
    pub lat: (u64, u64),
    /// Probability (num, den) that `ready` is high in a cycle.
    pub ready_p: (u64, u64),
    rng: Rng,
    owed: AnswerQueue,
    /// The most requests that were outstanding at once.
    pub max_outstanding: usize,
    /// Another agent's store: lands right after the next read of its word (address, value).
    pub race: Option<(u64, u64)>,
    /// Writes answered stale.
    pub stale: usize,
    ready_now: bool,
}

impl TestMem {
    pub fn new(words: &[(u64, u64)], lat: (u64, u64), ready_p: (u64, u64), seed: u64) -> Self {
        assert!(lat.0 >= 1 && lat.0 <= lat.1);
        TestMem {
            words: words.iter().copied().collect(),
            writes: vec![],
            reads: vec![],
            lat,
            ready_p,
            rng: Rng(seed),
            owed: AnswerQueue::default(),
            max_outstanding: 0,
            race: None,
            stale: 0,
            ready_now: false,
        }
    }

    pub fn read(&self, addr: u64) -> u64 {
        self.words.get(&addr).copied().unwrap_or(0)
    }

    /// Inputs for the coming cycle: `mem_req_ready` and the answer due, if any.
    pub fn drive(&mut self) -> (bool, Option<MemAnswer>) {
        self.ready_now = self.rng.chance(self.ready_p.0, self.ready_p.1);
        (self.ready_now, self.owed.answer())
    }

    /// What the requester drove in the settled cycle; commits at the rising edge. Writes are compare-and-set.
    pub fn edge(&mut self, valid: bool, req: MemRequest) {
        let taken = valid && self.ready_now;
        let (lo, hi) = self.lat;
        let Self {
            words,
            writes,
            reads,
            rng,
            owed,
            race,
            stale,
            ..
        } = self;
        owed.take(taken.then_some(req), |r| {
            if r.we {
                writes.push((r.addr, r.wdata));
            } else {
                reads.push(r.addr);
            }
            let word = words.entry(r.addr).or_insert(0);
            let answer = r.apply(word);
            if !r.we && race.is_some_and(|(at, _)| at == r.addr) {
                *word = race.take().expect("armed").1;
            }
            *stale += answer.stale as usize;
            ((lo + rng.below(hi - lo + 1)) as u32, answer)
        });
        self.max_outstanding = self.max_outstanding.max(self.owed.len());
    }

    pub fn idle(&self) -> bool {
        self.owed.is_empty()
    }

    /// A reset of the memory side: the answer to a request taken before it is never given.
    pub fn reset(&mut self) {
        self.owed.clear();
    }
}

/// The control state the block tests start from: every flag clear (unlike `Control::default()`, which has CR0.WP and
/// EFER.NXE set), PKRU 0, CR3 0.
pub fn control0() -> Control {
    Control {
        cr0_wp: false,
        cr4_pge: false,
        cr4_pcide: false,
        cr4_smep: false,
        cr4_smap: false,
        cr4_pke: false,
        efer_nxe: false,
        rflags_ac: false,
        pkru: 0,
        cr3: 0,
    }
}

/// VA bits 47:12 of `va` in the form the model's TLB keeps them for a page of `size` (bits below the page cleared).
pub fn model_vpn(va: u64, size: PageSize) -> u64 {
    va & VPN_MASK & !size.offset_mask()
}

/// A TLB entry as the RTL stores it, in the model's form: the VPN (VA 47:12 as stored, bits below the page size
/// ignored), the frame from the PFN, the rights as one [`Rights`].
#[allow(clippy::too_many_arguments)]
pub fn model_entry_of(
    vpn: u64,
    size: PageSize,
    pcid: u16,
    global: bool,
    pfn: u64,
    writable: bool,
    user: bool,
    xd: bool,
    dirty: bool,
    pkey: u8,
) -> TlbEntry {
    TlbEntry {
        vpn: model_vpn(vpn << 12, size),
        size,
        pcid,
        global,
        frame: pfn << 12,
        rights: Rights {
            user,
            writable,
            xd,
            pkey,
        },
        dirty,
    }
}

/// [`model_entry_of`] for an entry read through `HdlMmu::tlb_entries`.
pub fn model_entry(v: &TlbEntryView) -> TlbEntry {
    model_entry_of(
        v.vpn, v.size, v.pcid, v.glob, v.pfn, v.writable, v.user, v.xd, v.dirty, v.pkey,
    )
}

/// The RTL's TLB, slot by slot, in the model's form.
pub fn model_entries(views: &[Option<TlbEntryView>]) -> Vec<Option<TlbEntry>> {
    views.iter().map(|v| v.as_ref().map(model_entry)).collect()
}

/// Two valid entries that some (VA, PCID) would match both, if any, described; `None` when every (VA, PCID) matches
/// at most one entry. Stated with the model's own match rule (`TlbEntry::matches`): if two pages overlap, the base of
/// either lies in the larger one, and if they can match in one PCID, it is the PCID of one of them.
pub fn double_match(entries: &[Option<TlbEntry>]) -> Option<String> {
    let live: Vec<(usize, &TlbEntry)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
        .collect();
    for (x, &(i, a)) in live.iter().enumerate() {
        for &(j, b) in &live[x + 1..] {
            for va in [a.vpn, b.vpn] {
                for pcid in [a.pcid, b.pcid] {
                    if a.matches(va, pcid) && b.matches(va, pcid) {
                        return Some(format!(
                            "entries {i} and {j} both match VA {va:#x} in PCID {pcid}: {a:x?} {b:x?}"
                        ));
                    }
                }
            }
        }
    }
    None
}
