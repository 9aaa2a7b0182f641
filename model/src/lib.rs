//! The reference model: an untimed, executable statement of what the MMU does, access by access. Twin of `hdl/src/mmu.rs`.
//!
//! It never depends on the RTL: this crate does not depend on rust-hdl or on any hardware crate, so the crate graph
//! enforces that. Where the architecture leaves a choice (TLB replacement, when a fill happens, how a write
//! meets a clean TLB entry) it makes the one documented in `docs/architecture.md`, which the RTL makes too, so the two are
//! compared on `tlb_hit` and the level that answered as well as on results and memory.
//!
//! Two ports, as in the RTL: instruction fetches look up and fill only the instruction TLB (ITLB), reads and writes only
//! the data TLB (DTLB). Both are the same [`tlb::Tlb`], each with its own size and victim pointer. Behind them sits one
//! shared, set-associative second-level TLB ([`l2::L2`], when `l2_sets` and `l2_ways` are not 0): an access its L1 does
//! not answer looks there before walking, an L2 hit is copied into the access's L1, and every successful walk of a 4K
//! or 2M page fills it. The page walker and the paging-structure cache are shared too, and every invalidation applies
//! to both L1s and the L2 by the same rules (the L2's CR4 flushes aside, see [`l2`]).
//!
//! - [`perm`]: access rights and the #PF error code (4.6, 4.7)
//! - [`walker`]: the 4-level walk, reserved bits, A/D updates (4.5, 4.8)
//! - [`tlb`]: a TLB, its fill and replacement (4.10.2): the ITLB and the DTLB are two of them
//! - [`l2`]: the shared second-level TLB, its probe order, PLRU replacement and flushes
//! - [`pwc`]: the paging-structure cache (4.10.3)
//! - [`mem`]: sparse physical memory, shared by every engine
//! - [`pagetable`]: builds page tables from mappings
//! - [`engine`]: the seam between a validated scenario and what runs it
//! - [`random`]: seeded random scenarios and a small generator
//! - this file: an access end to end, and the invalidations (4.10.4)

pub mod engine;
pub mod l2;
pub mod mem;
pub mod pagetable;
pub mod perm;
pub mod pwc;
pub mod random;
pub mod tlb;
pub mod walker;

use crate::engine::{Engine, RunResult, Scenario};
use crate::mem::Memory;
use l2::L2;
use mmu_arch::{
    is_canonical, pf, Access, AccessKind, AccessResult, Config, Control, CpuPort, CrReg,
    InvpcidType, Op, Outcome, TlbLevel, CR3_NOFLUSH,
};
use perm::Request;
use pwc::{Pwc, PwcEntry};
use tlb::{Tlb, TlbEntry};
use walker::{WalkFault, WalkStart};

/// Events counted over a run, so random tests can show they reached every case they claim to test.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub accesses: u64,
    /// Accesses answered by the L1 TLB of their port: `itlb_hits + dtlb_hits`.
    pub tlb_hits: u64,
    pub itlb_hits: u64,
    pub dtlb_hits: u64,
    /// `pair` ops run (each of their two accesses also counts in `accesses`).
    pub pairs: u64,
    pub walks: u64,
    /// A write that met an entry with D = 0 (in its L1, or as the L2's match after an L1 miss) and walked to set D.
    pub dirty_rewalks: u64,
    pub ok: u64,
    pub gp: u64,
    pub pf_not_present: u64,
    pub pf_reserved: u64,
    pub pf_rights: u64,
    pub pf_pkey: u64,
    /// Walks that ended on a bus error.
    pub bus_errors: u64,
    /// Fills by page size, in both L1 TLBs (after a walk or an L2 hit): 4K, 2M, 1G.
    pub fills: [u64; 3],
    pub evictions: u64,
    pub overlap_drops: u64,
    /// L1 TLB entries dropped by invalidations, in both L1s (the L2 counts its own, `l2_invalidated`).
    pub invalidated: u64,
    /// Walks that started from a paging-structure-cache entry, by the entry's level: PML4E, PDPTE, PDE.
    pub pwc_hits: [u64; 3],
    pub pwc_fills: u64,
    pub pwc_evictions: u64,
    /// Paging-structure-cache entries dropped by invalidations.
    pub pwc_invalidated: u64,
    /// Accesses answered by the L2 after an L1 miss, by port (`CpuPort as usize`: fetch, data).
    pub l2_hits: [u64; 2],
    /// Entries installed in the L2 by walks.
    pub l2_fills: u64,
    /// L2 fills that replaced a valid entry other than the access's own unusable match.
    pub l2_evictions: u64,
    /// L2 entries dropped by invalidations (INVLPG, INVPCID, MOV to CR3).
    pub l2_invalidated: u64,
    /// Whole-L2 flushes by MOV-to-CR4 transitions.
    pub l2_flushes: u64,
    /// Other agents' writes (`external_write`) that landed between a walk's read of their word and the walk's end.
    pub races_in_walk: u64,
    /// Walks started again because an A/D write found its entry changed since the walk read it.
    pub stale_rewalks: u64,
}

impl Coverage {
    /// Adds another run's counts to these.
    pub fn add(&mut self, o: &Coverage) {
        self.accesses += o.accesses;
        self.tlb_hits += o.tlb_hits;
        self.itlb_hits += o.itlb_hits;
        self.dtlb_hits += o.dtlb_hits;
        self.pairs += o.pairs;
        self.walks += o.walks;
        self.dirty_rewalks += o.dirty_rewalks;
        self.ok += o.ok;
        self.gp += o.gp;
        self.pf_not_present += o.pf_not_present;
        self.pf_reserved += o.pf_reserved;
        self.pf_rights += o.pf_rights;
        self.pf_pkey += o.pf_pkey;
        self.bus_errors += o.bus_errors;
        for (t, n) in self.fills.iter_mut().zip(o.fills) {
            *t += n;
        }
        self.evictions += o.evictions;
        self.overlap_drops += o.overlap_drops;
        self.invalidated += o.invalidated;
        for (t, n) in self.pwc_hits.iter_mut().zip(o.pwc_hits) {
            *t += n;
        }
        self.pwc_fills += o.pwc_fills;
        self.pwc_evictions += o.pwc_evictions;
        self.pwc_invalidated += o.pwc_invalidated;
        self.races_in_walk += o.races_in_walk;
        self.stale_rewalks += o.stale_rewalks;
        for (t, n) in self.l2_hits.iter_mut().zip(o.l2_hits) {
            *t += n;
        }
        self.l2_fills += o.l2_fills;
        self.l2_evictions += o.l2_evictions;
        self.l2_invalidated += o.l2_invalidated;
        self.l2_flushes += o.l2_flushes;
    }
}

/// What one access came to in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    pub outcome: Outcome,
    /// The level that answered: the port's L1 TLB, the shared L2, or a walk (also one that faulted or met a bus error);
    /// `None` for a #GP, which looks nothing up.
    pub level: Option<TlbLevel>,
    /// Paging-structure entries the access read from memory (0 for a TLB hit or a #GP).
    pub walk_reads: u32,
}

impl Answer {
    /// Whether the L1 TLB of the access's port answered it.
    pub fn tlb_hit(&self) -> bool {
        self.level == Some(TlbLevel::L1)
    }

    /// The access's result as an engine reports it, for the op at `op_index`.
    pub fn result(&self, op_index: usize) -> AccessResult {
        AccessResult {
            op_index,
            outcome: self.outcome,
            tlb_hit: Some(self.tlb_hit()),
            tlb: self.level,
            cycles: None,
            walk_reads: Some(self.walk_reads),
        }
    }
}

/// The MMU as the architecture sees it: control registers, the two L1 TLBs, the L2 TLB, the paging-structure cache, and
/// physical memory.
#[derive(Clone, Debug)]
pub struct Model {
    config: Config,
    control: Control,
    /// The L1 of instruction fetches.
    itlb: Tlb,
    /// The L1 of reads and writes.
    dtlb: Tlb,
    /// Behind both L1s.
    l2: L2,
    pwc: Pwc,
    memory: Memory,
    coverage: Coverage,
    /// Paging-structure entries the last access read from memory.
    walk_reads: u32,
    /// An `external_write` waiting for the next access op's walks: its address and value.
    race: Option<(u64, u64)>,
}

impl Model {
    /// A model out of reset: empty TLBs (L1s and L2) and paging-structure cache, the given control state and memory. `config` must
    /// be valid.
    pub fn new(config: Config, control: Control, memory: Memory) -> Self {
        if let Err(e) = config.validate() {
            panic!("invalid configuration: {e}");
        }
        Model {
            config,
            control: Control {
                cr3: control.cr3 & !CR3_NOFLUSH,
                ..control
            },
            itlb: Tlb::new(config.itlb_entries),
            dtlb: Tlb::new(config.tlb_entries),
            l2: L2::new(config.l2_sets, config.l2_ways),
            pwc: Pwc::new(config.pwc_entries),
            memory,
            coverage: Coverage::default(),
            walk_reads: 0,
            race: None,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
    pub fn control(&self) -> &Control {
        &self.control
    }
    pub fn memory(&self) -> &Memory {
        &self.memory
    }
    /// The instruction TLB: the L1 of fetches.
    pub fn itlb(&self) -> &Tlb {
        &self.itlb
    }
    /// The data TLB: the L1 of reads and writes.
    pub fn dtlb(&self) -> &Tlb {
        &self.dtlb
    }
    /// The second-level TLB shared by both ports (no sets and no ways when the configuration disables it).
    pub fn l2(&self) -> &L2 {
        &self.l2
    }
    /// The L1 TLB an access of `kind` looks up and fills.
    fn l1(&mut self, kind: AccessKind) -> &mut Tlb {
        if kind.is_fetch() {
            &mut self.itlb
        } else {
            &mut self.dtlb
        }
    }
    pub fn pwc(&self) -> &Pwc {
        &self.pwc
    }
    pub fn coverage(&self) -> &Coverage {
        &self.coverage
    }
    /// How many paging-structure entries the last access read from memory (0 for a TLB hit or #GP); after a pair, its
    /// data access.
    pub fn last_walk_reads(&self) -> u32 {
        self.walk_reads
    }

    /// Executes one scenario op; returns what its accesses came to, in result order (none for a maintenance op or a
    /// memory write, one for an access, two for a pair: the fetch first).
    pub fn apply(&mut self, op: &Op) -> Vec<Answer> {
        match *op {
            Op::Access(_) | Op::Pair { .. } => {
                let answers = match *op {
                    Op::Access(a) => vec![self.answer(a)],
                    Op::Pair { fetch, data } => self.pair(fetch, data).to_vec(),
                    _ => unreachable!(),
                };
                // A racing store no walk of this op read lands now.
                if let Some((addr, value)) = self.race.take() {
                    self.memory.write(addr, value);
                }
                return answers;
            }
            Op::WriteMem { addr, value } => self.memory.write(addr, value),
            Op::Poison { addr } => self.memory.poison(addr),
            Op::ExternalWrite { addr, value } => {
                // Two in a row before an access: the first lands now, as it would have with no walk reading it.
                if let Some((a, v)) = self.race.replace((addr, value)) {
                    self.memory.write(a, v);
                }
            }
            Op::Invlpg { va } => self.invlpg(va),
            Op::Invpcid { kind, pcid, va } => self.invpcid(kind, pcid, va),
            Op::WriteCr3 { value } => self.write_cr3(value),
            Op::WriteCr { reg, value } => self.write_cr(reg, value),
        }
        Vec::new()
    }

    /// A fetch and a read or write offered to the two ports in the same cycle. The fetch runs to completion first, then
    /// the data access, as in the RTL, whose walker serves the two ports through a fixed-priority arbiter: when both
    /// miss in the same cycle the fetch walks first. A hit changes no state (no fill, no memory write), so the order
    /// only shows when both walk: the data access's walk sees the fetch's A/D writes and paging-structure-cache fill.
    /// The two never meet in a TLB: the fetch fills only the ITLB, the data access looks up only the DTLB.
    pub fn pair(&mut self, fetch: Access, data: Access) -> [Answer; 2] {
        debug_assert!(
            fetch.kind.is_fetch() && !data.kind.is_fetch(),
            "a pair is a fetch and a read or write: {fetch:?}, {data:?}"
        );
        self.coverage.pairs += 1;
        let first = self.answer(fetch);
        [first, self.answer(data)]
    }

    /// One access end to end (shorthand of [`Model::answer`]): its outcome and whether its port's L1 TLB answered it.
    pub fn access(&mut self, a: Access) -> (Outcome, bool) {
        let answer = self.answer(a);
        (answer.outcome, answer.tlb_hit())
    }

    /// One access end to end: canonical check, the L1 TLB of its port, the L2, walk, rights, A/D, fills.
    pub fn answer(&mut self, a: Access) -> Answer {
        self.coverage.accesses += 1;
        self.walk_reads = 0;
        let (outcome, level) = self.translate(a);
        match outcome {
            Outcome::Ok { .. } => self.coverage.ok += 1,
            Outcome::GeneralProtection => self.coverage.gp += 1,
            Outcome::BusError { .. } => self.coverage.bus_errors += 1,
            Outcome::PageFault { error_code, .. } => {
                if error_code & pf::P == 0 {
                    self.coverage.pf_not_present += 1;
                } else if error_code & pf::RSVD != 0 {
                    self.coverage.pf_reserved += 1;
                } else {
                    self.coverage.pf_rights += 1;
                }
                if error_code & pf::PK != 0 {
                    self.coverage.pf_pkey += 1;
                }
            }
        }
        Answer {
            outcome,
            level,
            walk_reads: self.walk_reads,
        }
    }

    /// The outcome of an access and the level that answered it.
    fn translate(&mut self, a: Access) -> (Outcome, Option<TlbLevel>) {
        // A non-canonical address raises #GP before any translation (4.5, 3.3.7.1): no TLB lookup, no walk.
        if !is_canonical(a.va) {
            return (Outcome::GeneralProtection, None);
        }
        let walked = |outcome| (outcome, Some(TlbLevel::Walk));
        let ctl = self.control;
        let req = Request {
            kind: a.kind,
            user: a.user,
        };
        let page_fault = |error_code| Outcome::PageFault {
            error_code,
            cr2: a.va,
        };

        let pcid = ctl.pcid();
        // A write through a clean entry must get D into memory first (4.8): this design walks again, at either level.
        // Only the DTLB meets writes, but both ports' walks fill the L2.
        let usable = |e: &TlbEntry| e.dirty || !a.kind.is_write();
        let hit = |entry: &TlbEntry| match perm::check(&entry.rights, &ctl, &req) {
            Ok(()) => Outcome::Ok {
                pa: entry.translate(a.va),
            },
            Err(code) => page_fault(code),
        };
        let mut met_clean = false;
        if let Some((_, entry)) = self.l1(a.kind).lookup(a.va, pcid) {
            if usable(&entry) {
                self.coverage.tlb_hits += 1;
                if a.kind.is_fetch() {
                    self.coverage.itlb_hits += 1;
                } else {
                    self.coverage.dtlb_hits += 1;
                }
                return (hit(&entry), Some(TlbLevel::L1));
            }
            met_clean = true;
        }
        // The L1 did not answer (a miss, or a write meeting a clean entry, which the RTL's port treats alike): the L2.
        let mut unusable = None;
        if let Some(m) = self.l2.lookup(a.va, pcid) {
            if usable(&m.entry) {
                self.coverage.l2_hits[CpuPort::of(a.kind) as usize] += 1;
                self.l2.touch(m.set, m.way);
                // The copy reaches the L1 whatever the rights check then says (rule 4 of [`l2`]): unlike a walk's,
                // this fill does not depend on the access succeeding.
                self.fill(a.kind, m.entry);
                return (hit(&m.entry), Some(TlbLevel::L2));
            }
            met_clean = true;
            unusable = Some((m.set, m.way));
        }
        self.coverage.dirty_rewalks += u64::from(met_clean);

        self.coverage.walks += 1;
        // The walk starts below the deepest cached non-leaf entry, or at the PML4.
        let cached = self.pwc.lookup(a.va, ctl.pcid());
        let start = match cached {
            Some(e) => {
                self.coverage.pwc_hits[e.level as usize] += 1;
                // Re-reading the path would find XD set with NXE now 0: a reserved-bit fault, nothing read.
                if e.rights.xd && !ctl.efer_nxe {
                    return walked(page_fault(
                        pf::P | pf::RSVD | perm::access_error_bits(&ctl, &req),
                    ));
                }
                WalkStart {
                    level: e.level.below().expect("a cached entry is never a PTE"),
                    table: e.next_table,
                    rights: e.rights,
                }
            }
            None => WalkStart::from_cr3(&self.config, &ctl),
        };
        // A write-back finding its entry changed (another agent wrote it after the walk read it) writes nothing; once
        // every write is answered the walk starts again from the same point and the access gets what memory now says.
        // The writes that went through stand.
        let walk = loop {
            let walk = self.walk_racing(a.va, start);
            self.walk_reads += match &walk {
                Ok(w) => w.entries.len() as u32,
                Err(fault) => walker::reads_until(fault, &start),
            };
            let walk = match walk {
                Ok(w) => w,
                Err(fault) => {
                    // Not-present: P = 0; reserved bit: P = 1 and RSVD = 1 (4.7). No rights bits, never PK.
                    let cause = match fault {
                        WalkFault::NotPresent(_) => 0,
                        WalkFault::Reserved(_) => pf::P | pf::RSVD,
                        WalkFault::BusError(e) => {
                            return walked(Outcome::BusError { addr: e.addr })
                        }
                    };
                    return walked(page_fault(cause | perm::access_error_bits(&ctl, &req)));
                }
            };
            if let Err(code) = perm::check(&walk.rights, &ctl, &req) {
                return walked(page_fault(code));
            }
            // Success: write A/D, each a compare-and-set against the entry as read.
            let mut stale = false;
            for w in walker::ad_writes(&walk, a.kind.is_write()) {
                if self.memory.read(w.addr) == w.expect {
                    self.memory.write(w.addr, w.value);
                } else {
                    stale = true;
                }
            }
            if !stale {
                break walk;
            }
            self.coverage.stale_rewalks += 1;
        };
        // Cache the translation with the leaf's D as it now is in memory.
        let entry = TlbEntry {
            vpn: a.va & tlb::VPN_MASK & !walk.size.offset_mask(),
            size: walk.size,
            pcid: ctl.pcid(),
            global: walk.global && ctl.cr4_pge,
            frame: walk.frame,
            rights: walk.rights,
            dirty: walk.dirty || a.kind.is_write(),
        };
        self.fill(a.kind, entry);
        if let Some(fill) = self.l2.fill(entry, unusable) {
            self.coverage.l2_fills += 1;
            self.coverage.l2_evictions += u64::from(fill.evicted);
        }
        if let Some((level, next_table, rights)) = walker::deepest_non_leaf(&walk, &start) {
            self.coverage.pwc_fills += (self.config.pwc_entries > 0) as u64;
            self.coverage.pwc_evictions += self.pwc.fill(PwcEntry {
                level,
                tag: PwcEntry::tag_of(a.va, level),
                pcid: ctl.pcid(),
                next_table,
                rights,
            }) as u64;
        }
        walked(Outcome::Ok {
            pa: entry.translate(a.va),
        })
    }

    /// One walk from `start`, with a pending `external_write` landing right after the walk's first read of its word.
    fn walk_racing(&mut self, va: u64, start: WalkStart) -> Result<walker::Walk, WalkFault> {
        let Model {
            memory,
            race,
            coverage,
            config,
            control,
            ..
        } = self;
        let mut read = |addr: u64| {
            let word = memory.walker_read(addr);
            if let Some((at, value)) = *race {
                if at == addr {
                    memory.write(at, value);
                    *race = None;
                    coverage.races_in_walk += 1;
                }
            }
            word
        };
        walker::walk_reading(&mut read, config, control, va, start)
    }

    /// Installs `entry` in the L1 TLB of accesses of `kind`.
    fn fill(&mut self, kind: AccessKind, entry: TlbEntry) {
        let fill = self.l1(kind).fill(entry);
        self.coverage.fills[entry.size as usize] += 1;
        self.coverage.evictions += fill.evicted as u64;
        self.coverage.overlap_drops += fill.overlaps_dropped as u64;
    }

    /// Drops the entries for which `pred` holds from both L1 TLBs and the L2: INVLPG, INVPCID and MOV to CR3 treat
    /// them alike.
    fn invalidate(&mut self, pred: impl Fn(&TlbEntry) -> bool) {
        self.invalidate_l1s(&pred);
        self.coverage.l2_invalidated += self.l2.invalidate_where(&pred) as u64;
    }

    /// Drops the entries for which `pred` holds from both L1 TLBs only.
    fn invalidate_l1s(&mut self, pred: impl Fn(&TlbEntry) -> bool) {
        let dropped = self.itlb.invalidate_where(&pred) + self.dtlb.invalidate_where(&pred);
        self.coverage.invalidated += dropped as u64;
    }

    /// Empties the L2 back to its reset state, PLRU included: what a MOV to CR4 that invalidates does to it.
    fn flush_l2(&mut self) {
        if self.l2.enabled() {
            self.l2.flush();
            self.coverage.l2_flushes += 1;
        }
    }

    /// Drops the paging-structure-cache entries of `pcid`, or all of them.
    fn invalidate_pwc(&mut self, pcid: Option<u16>) {
        self.coverage.pwc_invalidated += self.pwc.invalidate(pcid) as u64;
    }

    /// INVLPG: "invalidates any TLB entries for the page number of the linear address" for the current PCID, global
    /// entries included, and the paging-structure-cache entries of the current PCID (4.10.4.1).
    pub fn invlpg(&mut self, va: u64) {
        let pcid = self.control.pcid();
        self.invalidate(|e| e.matches(va, pcid));
        self.invalidate_pwc(Some(pcid));
    }

    /// INVPCID (4.10.4.1), by type.
    pub fn invpcid(&mut self, kind: InvpcidType, pcid: u16, va: u64) {
        // Every type drops the paging-structure caches of the PCID it names (types 0, 1) or of all PCIDs (2, 3).
        match kind {
            InvpcidType::Address | InvpcidType::SingleContext => self.invalidate_pwc(Some(pcid)),
            InvpcidType::AllIncludingGlobal | InvpcidType::AllNonGlobal => {
                self.invalidate_pwc(None)
            }
        }
        match kind {
            // Type 0: individual address — non-global entries of that PCID for that address.
            InvpcidType::Address => {
                self.invalidate(|e| !e.global && e.pcid == pcid && e.covers(va))
            }
            // Type 1: single context — every non-global entry of that PCID.
            InvpcidType::SingleContext => self.invalidate(|e| !e.global && e.pcid == pcid),
            // Type 2: all contexts including global entries.
            InvpcidType::AllIncludingGlobal => self.invalidate(|_| true),
            // Type 3: all contexts except global entries.
            InvpcidType::AllNonGlobal => self.invalidate(|e| !e.global),
        }
    }

    /// MOV to CR3 (4.10.4.1). With PCIDE = 0: every non-global entry. With PCIDE = 1: bit 63 = 0 drops the non-global
    /// entries of the new PCID; bit 63 = 1 drops nothing. Bit 63 is not stored.
    pub fn write_cr3(&mut self, value: u64) {
        self.control.cr3 = value & !CR3_NOFLUSH;
        if !self.control.cr4_pcide {
            self.invalidate(|e| !e.global);
            self.invalidate_pwc(None);
        } else if value & CR3_NOFLUSH == 0 {
            let pcid = self.control.pcid();
            self.invalidate(|e| !e.global && e.pcid == pcid);
            self.invalidate_pwc(Some(pcid));
        }
    }

    /// MOV to CR0/CR4/EFER/RFLAGS/PKRU for one field. MOV to CR4 (4.10.4.1): changing PGE, or PCIDE from 1 to 0,
    /// invalidates everything; changing SMEP from 0 to 1 invalidates the entries of the current PCID. Each of these
    /// flushes the whole L2: more than SMEP needs, as the RTL does (a control write restarts the L2's clearing walk over
    /// its sets as a full flush). Nothing else flushes: the other bits are read at access time.
    pub fn write_cr(&mut self, reg: CrReg, value: u64) {
        let old = self.control;
        self.control.set(reg, value);
        let new = self.control;
        let pge_changed = old.cr4_pge != new.cr4_pge;
        let pcide_cleared = old.cr4_pcide && !new.cr4_pcide;
        let smep_set = !old.cr4_smep && new.cr4_smep;
        if pge_changed || pcide_cleared {
            self.invalidate_l1s(|_| true);
            self.flush_l2();
            self.invalidate_pwc(None);
        } else if smep_set {
            let pcid = old.pcid();
            self.invalidate_l1s(|e| e.pcid == pcid);
            self.flush_l2();
            self.invalidate_pwc(Some(pcid));
        }
    }
}

/// Runs a scenario through a fresh [`Model`]: the untimed reference.
pub fn run(scenario: &Scenario) -> (RunResult, Coverage) {
    run_with_progress(scenario, &mut |_| {})
}

/// [`run`], calling `progress(k)` once the first `k` ops have been applied.
pub fn run_with_progress(
    scenario: &Scenario,
    progress: &mut dyn FnMut(usize),
) -> (RunResult, Coverage) {
    let mut model = Model::new(
        scenario.config,
        scenario.control,
        Memory::from_words(&scenario.memory),
    );
    let mut results = Vec::new();
    for (op_index, op) in scenario.ops.iter().enumerate() {
        results.extend(model.apply(op).iter().map(|a| a.result(op_index)));
        progress(op_index + 1);
    }
    let memory_after = scenario
        .mentioned_words()
        .into_iter()
        .map(|addr| (addr, model.memory().read(addr)))
        .collect();
    (
        RunResult {
            results,
            memory_after,
        },
        model.coverage,
    )
}

/// The reference model as an engine of the command line.
#[derive(Clone, Copy, Debug, Default)]
pub struct ModelEngine;

impl Engine for ModelEngine {
    fn name(&self) -> &'static str {
        "model"
    }

    fn supports(&self, config: &Config) -> Result<(), String> {
        config.validate()
    }

    fn run(&mut self, scenario: &Scenario) -> anyhow::Result<RunResult> {
        Ok(run(scenario).0)
    }

    fn run_with_progress(
        &mut self,
        scenario: &Scenario,
        progress: &mut dyn FnMut(usize),
    ) -> anyhow::Result<RunResult> {
        Ok(run_with_progress(scenario, progress).0)
    }
}
