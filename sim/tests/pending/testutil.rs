//! Helpers shared by the unit tests of every block.

use proptest::test_runner::{Config, RngSeed};

/// A proptest configuration with failure persistence off and a seed that is always known.
///
/// The seed comes from `PROPTEST_RNG_SEED` when set, else from the clock. It is printed at the
/// start of the test; the test harness shows that output only when the test fails, so every
/// failure carries the command that replays it.
pub fn proptest_config(cases: u32, test_name: &str) -> Config {
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
        "proptest seed {seed}; replay with: PROPTEST_RNG_SEED={seed} cargo test --release -p mmu-hdl {test_name}"
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

use std::collections::HashMap;

/// Walker-side memory for the block tests: one request at a time, fixed or random latency,
/// optional random back-pressure, and a log of every write.
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
    /// Cycles left until the answer, and its data.
    pending: Option<(u64, u64)>,
    ready_now: bool,
    rsp_now: Option<u64>,
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
            pending: None,
            ready_now: false,
            rsp_now: None,
        }
    }

    pub fn read(&self, addr: u64) -> u64 {
        self.words.get(&addr).copied().unwrap_or(0)
    }

    /// Inputs for the coming cycle: (ready, rsp_valid, rsp_data).
    pub fn drive(&mut self) -> (bool, bool, u64) {
        self.ready_now = self.rng.chance(self.ready_p.0, self.ready_p.1);
        self.rsp_now = match self.pending {
            Some((0, data)) => Some(data),
            _ => None,
        };
        (
            self.ready_now,
            self.rsp_now.is_some(),
            self.rsp_now.unwrap_or(0),
        )
    }

    /// What the requester drove in the settled cycle; commits at the rising edge.
    pub fn edge(&mut self, valid: bool, addr: u64, we: bool, wdata: u64) {
        if self.rsp_now.is_some() {
            self.pending = None;
        }
        if let Some((n, d)) = self.pending {
            self.pending = Some((n - 1, d));
        }
        if valid && self.ready_now {
            assert!(
                self.pending.is_none() && self.rsp_now.is_none(),
                "a second request while one is outstanding (addr {addr:#x})"
            );
            assert_eq!(addr & 7, 0, "unaligned request {addr:#x}");
            let data = if we {
                self.writes.push((addr, wdata));
                self.words.insert(addr, wdata);
                0
            } else {
                self.reads.push(addr);
                self.read(addr)
            };
            let lat = self.lat.0 + self.rng.below(self.lat.1 - self.lat.0 + 1);
            self.pending = Some((lat - 1, data));
        }
    }

    pub fn idle(&self) -> bool {
        self.pending.is_none()
    }

    /// A reset of the memory side: the answer to a request taken before it is never given.
    pub fn reset(&mut self) {
        self.pending = None;
        self.rsp_now = None;
    }
}

/// Control bits the walk and the rights check read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ctl {
    pub wp: bool,
    pub pge: bool,
    pub smep: bool,
    pub smap: bool,
    pub pke: bool,
    pub nxe: bool,
    pub ac: bool,
    pub pkru: u32,
}

/// What a successful walk installs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefFill {
    pub size: u64,
    pub glob: bool,
    pub pfn: u64,
    pub writable: bool,
    pub user: bool,
    pub xd: bool,
    pub dirty: bool,
    pub pkey: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefOutcome {
    Ok { pa: u64, fill: RefFill },
    Pf(u64),
}

/// The rights rules of the contract, stated directly.
#[allow(clippy::too_many_arguments)]
pub fn ref_rights(
    u: bool,
    w: bool,
    xd: bool,
    pkey: u64,
    kind: u64,
    cpl3: bool,
    c: &Ctl,
) -> Result<(), u64> {
    let write = kind == 1;
    let fetch = kind == 2;
    let nx = c.nxe && xd;
    let ad = (c.pkru >> (2 * pkey)) & 1 == 1;
    let wd = (c.pkru >> (2 * pkey + 1)) & 1 == 1;
    let pk = c.pke && u && !fetch && (ad || (wd && write && (cpl3 || c.wp)));
    let ok = !pk
        && if cpl3 {
            u && (!write || w) && (!fetch || !nx)
        } else if fetch {
            !(nx || (u && c.smep))
        } else {
            !((u && c.smap && !c.ac) || (write && c.wp && !w))
        };
    if ok {
        Ok(())
    } else {
        Err(1 | access_code(kind, cpl3, c) | if pk { 32 } else { 0 })
    }
}

/// W, U and I bits of an error code.
pub fn access_code(kind: u64, cpl3: bool, c: &Ctl) -> u64 {
    (if kind == 1 { 2 } else { 0 })
        | (if cpl3 { 4 } else { 0 })
        | (if kind == 2 && (c.smep || c.nxe) {
            16
        } else {
            0
        })
}

/// A page walk as the contract describes it, with its A/D writes (applied to `mem`).
pub fn ref_walk(
    mem: &mut HashMap<u64, u64>,
    pml4: u64,
    va: u64,
    kind: u64,
    cpl3: bool,
    c: &Ctl,
    paddr_bits: u32,
) -> (RefOutcome, Vec<(u64, u64)>) {
    let addr_mask = ((1u64 << paddr_bits) - 1) & !0xfff;
    let mut table = pml4 & addr_mask;
    let (mut u, mut w, mut xd) = (true, true, false);
    let mut used = vec![];
    for level in (0..4).rev() {
        let idx = (va >> (12 + 9 * level)) & 0x1ff;
        let addr = table + 8 * idx;
        let e = mem.get(&addr).copied().unwrap_or(0);
        if e & 1 == 0 {
            return (RefOutcome::Pf(access_code(kind, cpl3, c)), vec![]);
        }
        let ps = e & 0x80 != 0;
        let rsvd_hi = e & (((1u64 << 52) - 1) & !((1u64 << paddr_bits) - 1)) != 0;
        let rsvd = rsvd_hi
            || (e >> 63 == 1 && !c.nxe)
            || (level == 3 && ps)
            || (level == 2 && ps && (e >> 13) & 0x1_ffff != 0)
            || (level == 1 && ps && (e >> 13) & 0xff != 0);
        if rsvd {
            return (RefOutcome::Pf(access_code(kind, cpl3, c) | 1 | 8), vec![]);
        }
        u &= e & 4 != 0;
        w &= e & 2 != 0;
        xd |= e >> 63 == 1;
        let leaf = level == 0 || (ps && (level == 1 || level == 2));
        used.push((addr, e, leaf));
        if leaf {
            let page_shift = 12 + 9 * level;
            let pkey = (e >> 59) & 15;
            if let Err(code) = ref_rights(u, w, xd, pkey, kind, cpl3, c) {
                return (RefOutcome::Pf(code), vec![]);
            }
            let mut writes = vec![];
            for &(a, old, is_leaf) in &used {
                let mut new = old | 0x20;
                if is_leaf && kind == 1 {
                    new |= 0x40;
                }
                if new != old {
                    mem.insert(a, new);
                    writes.push((a, new));
                }
            }
            let base = e & addr_mask & !((1u64 << page_shift) - 1);
            let pa = base | (va & ((1u64 << page_shift) - 1));
            let fill = RefFill {
                size: level as u64,
                glob: e & 0x100 != 0 && c.pge,
                pfn: base >> 12,
                writable: w,
                user: u,
                xd,
                dirty: e & 0x40 != 0 || kind == 1,
                pkey,
            };
            return (RefOutcome::Ok { pa, fill }, writes);
        }
        table = e & addr_mask;
    }
    unreachable!("level 0 is always a leaf")
}

/// One entry as the tests see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ent {
    pub vpn: u64,
    pub size: u64,
    pub pcid: u64,
    pub glob: bool,
    pub pfn: u64,
    pub writable: bool,
    pub user: bool,
    pub xd: bool,
    pub dirty: bool,
    pub pkey: u64,
}

impl Ent {
    pub fn shift(&self) -> u64 {
        [0, 9, 18][self.size as usize]
    }
    pub fn covers(&self, vpn: u64) -> bool {
        (self.vpn >> self.shift()) == (vpn >> self.shift())
    }
}

/// Invalidation flags as the top drives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inv {
    pub use_va: bool,
    pub use_pcid: bool,
    pub glob_wild: bool,
    pub keep_glob: bool,
    pub vpn: u64,
    pub pcid: u64,
}

/// Plain-Rust TLB with the rules of docs/architecture.md, used as the oracle.
#[derive(Clone, Debug)]
pub struct RefTlb {
    pub e: Vec<Option<Ent>>,
    pub victim: usize,
}

impl RefTlb {
    pub fn new(n: usize) -> Self {
        RefTlb {
            e: vec![None; n],
            victim: 0,
        }
    }
    pub fn lookup(&self, vpn: u64, pcid: u64) -> Vec<usize> {
        (0..self.e.len())
            .filter(|&i| match self.e[i] {
                Some(e) => (e.glob || e.pcid == pcid) && e.covers(vpn),
                None => false,
            })
            .collect()
    }
    pub fn drops(inv: &Inv, e: &Ent) -> bool {
        (!inv.use_va || e.covers(inv.vpn))
            && (!inv.use_pcid || e.pcid == inv.pcid || (inv.glob_wild && e.glob))
            && !(inv.keep_glob && e.glob)
    }
    pub fn fill(&mut self, new: Ent) -> usize {
        for slot in self.e.iter_mut() {
            if let Some(e) = slot {
                let s = e.shift().max(new.shift());
                let same_page = (e.vpn >> s) == (new.vpn >> s);
                if same_page && (e.glob || new.glob || e.pcid == new.pcid) {
                    *slot = None;
                }
            }
        }
        let idx = match self.e.iter().position(|e| e.is_none()) {
            Some(i) => i,
            None => {
                let v = self.victim;
                self.victim = (v + 1) % self.e.len();
                v
            }
        };
        self.e[idx] = Some(new);
        idx
    }
    pub fn invalidate(&mut self, inv: &Inv) {
        for slot in self.e.iter_mut() {
            if let Some(e) = slot {
                if Self::drops(inv, e) {
                    *slot = None;
                }
            }
        }
    }
}

/// What an access came to, as the tests compare it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resp {
    Ok(u64),
    Pf(u64),
    Gp,
    /// A bus error at this entry address.
    Bus(u64),
}

/// A sequential MMU written from docs/architecture.md: the oracle TLB, the reference walk, and the
/// invalidation table stated operation by operation.
#[derive(Clone, Debug)]
pub struct RefMmu {
    pub tlb: RefTlb,
    pub mem: HashMap<u64, u64>,
    pub ctl: Ctl,
    pub pcide: bool,
    pub cr3: u64,
    pub paddr_bits: u32,
}

impl RefMmu {
    pub fn new(entries: usize, words: &[(u64, u64)], paddr_bits: u32) -> Self {
        RefMmu {
            tlb: RefTlb::new(entries),
            mem: words.iter().copied().collect(),
            ctl: Ctl::default(),
            pcide: false,
            cr3: 0,
            paddr_bits,
        }
    }

    pub fn pcid(&self) -> u64 {
        if self.pcide {
            self.cr3 & 0xfff
        } else {
            0
        }
    }

    fn retain(&mut self, drop: impl Fn(&Ent) -> bool) {
        for slot in self.tlb.e.iter_mut() {
            if slot.map(|e| drop(&e)).unwrap_or(false) {
                *slot = None;
            }
        }
    }

    /// (response, answered from the TLB)
    pub fn access(&mut self, va: u64, kind: u64, cpl3: bool) -> (Resp, bool) {
        let top = (va as i64) >> 47;
        if top != 0 && top != -1 {
            return (Resp::Gp, false);
        }
        let vpn = (va >> 12) & ((1 << 36) - 1);
        let hits = self.tlb.lookup(vpn, self.pcid());
        assert!(hits.len() <= 1, "reference TLB multi-hit");
        if let Some(&i) = hits.first() {
            let e = self.tlb.e[i].unwrap();
            if kind != 1 || e.dirty {
                let r = match ref_rights(e.user, e.writable, e.xd, e.pkey, kind, cpl3, &self.ctl) {
                    Ok(()) => {
                        let shift = 12 + 9 * e.size;
                        Resp::Ok((e.pfn << 12) | (va & ((1 << shift) - 1)))
                    }
                    Err(code) => Resp::Pf(code),
                };
                return (r, true);
            }
        }
        let (out, _) = ref_walk(
            &mut self.mem,
            self.cr3,
            va,
            kind,
            cpl3,
            &self.ctl,
            self.paddr_bits,
        );
        match out {
            RefOutcome::Ok { pa, fill } => {
                self.tlb.fill(Ent {
                    vpn,
                    size: fill.size,
                    pcid: self.pcid(),
                    glob: fill.glob,
                    pfn: fill.pfn,
                    writable: fill.writable,
                    user: fill.user,
                    xd: fill.xd,
                    dirty: fill.dirty,
                    pkey: fill.pkey,
                });
                (Resp::Ok(pa), false)
            }
            RefOutcome::Pf(code) => (Resp::Pf(code), false),
        }
    }

    /// MOV to CR3 with the full value (bit 63 = no-flush with PCIDE).
    pub fn mov_cr3(&mut self, value: u64) {
        let new_pcid = value & 0xfff;
        let noflush = value >> 63 == 1;
        if !self.pcide {
            self.retain(|e| !e.glob);
        } else if !noflush {
            self.retain(|e| !e.glob && e.pcid == new_pcid);
        }
        self.cr3 = value & !(1 << 63);
    }

    pub fn invlpg(&mut self, va: u64) {
        let (p, vpn) = (self.pcid(), (va >> 12) & ((1 << 36) - 1));
        self.retain(|e| (e.glob || e.pcid == p) && e.covers(vpn));
    }

    pub fn invpcid(&mut self, typ: u64, pcid: u64, va: u64) {
        let vpn = (va >> 12) & ((1 << 36) - 1);
        match typ {
            0 => self.retain(|e| !e.glob && e.pcid == pcid && e.covers(vpn)),
            1 => self.retain(|e| !e.glob && e.pcid == pcid),
            2 => self.retain(|_| true),
            _ => self.retain(|e| !e.glob),
        }
    }

    /// A CR4 write of PGE/PCIDE/SMEP with the MOV-to-CR4 invalidations.
    pub fn write_cr4(&mut self, pge: bool, pcide: bool, smep: bool) {
        let p = self.pcid();
        if pge != self.ctl.pge || (self.pcide && !pcide) {
            self.retain(|_| true);
        } else if smep && !self.ctl.smep {
            self.retain(|e| e.pcid == p);
        }
        self.ctl.pge = pge;
        self.pcide = pcide;
        self.ctl.smep = smep;
    }
}
