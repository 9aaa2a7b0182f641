//! `mmu-rtl explain`: one access, or a pair of accesses, walked step by step in plain sentences.
//!
//! The state is the scenario's *initial* state: its configuration, control registers and initial memory, before any op
//! runs, with empty TLBs and paging-structure cache, so the access always walks the page tables. The ops of the
//! scenario are not run. A pair ([`explain_pair`]) is a fetch and a read or write offered in the same cycle: the fetch
//! is explained first, then the data access in the state the fetch left (its A/D writes in memory, the entry it put
//! in the paging-structure cache and, with an L2 TLB, the translation it put there, which answers a data access to the
//! same page), as the model and the RTL run them. Each explanation ends with the outcome and the level that answered
//! (`tlb` in the result format), and for an L2 hit the set and way that held the entry.
//!
//! Every decision shown comes from the reference model: the walk and where it stops from [`walker::walk`], the
//! reserved bits from [`walker::reserved_mask`] (which rule reserves a bit is found by asking it again with that rule's
//! input changed: MAXPHYADDR at its widest, EFER.NXE on, the entry without PS), the rights from [`perm::check`] and
//! the predicates of [`perm`] (which rule refuses an access is found by relaxing every other rule and asking
//! [`perm::paging_allows`] again), the A/D writes from [`walker::ad_updates`], and the outcome from a [`Model`] that
//! performs the access. The step-by-step trace is checked against the model's walk.

use std::fmt::Write as _;

use mmu_arch::{is_canonical, Access, AccessKind, Config, Control, Outcome, TlbLevel};
use mmu_model::engine::Scenario;
use mmu_model::mem::Memory;
use mmu_model::perm::{self, Request};
use mmu_model::walker::{self, bit, Level, WalkFault};
use mmu_model::{Answer, Model};

/// Where an access found its translation in the L2 TLB: (set, way).
type L2Slot = Option<(usize, usize)>;

/// The L2 slot that answered `access`, read from `model` right after it answered (an L2 hit leaves its entry in place).
fn l2_slot(model: &Model, access: Access, answer: &Answer) -> L2Slot {
    if answer.level != Some(TlbLevel::L2) {
        return None;
    }
    model
        .l2()
        .lookup(access.va, model.control().pcid())
        .map(|m| (m.set, m.way))
}

mod words;

use words::*;

/// Bits 51:12 of an entry: the physical address of the next table or of the page.
const ADDRESS_FIELD: u64 = 0x000f_ffff_ffff_f000;
/// Page-level write-through and cache-disable flags (shown, not used by the MMU).
const PWT: u64 = 1 << 3;
const PCD: u64 = 1 << 4;

/// One entry the walk reads.
#[derive(Clone, Copy, Debug)]
struct Step {
    level: Level,
    table: u64,
    addr: u64,
    value: u64,
    present: bool,
    /// Reserved bits that are set (present entries only).
    reserved: u64,
    /// The page this entry maps, when it is the leaf.
    leaf: Option<mmu_arch::PageSize>,
}

/// The entries a walk of `va` reads, in order, up to and including the one where it stops.
fn trace(mem: &Memory, cfg: &Config, ctl: &Control, va: u64) -> Vec<Step> {
    let mut steps = Vec::with_capacity(4);
    let mut table = ctl.pml4_base(cfg);
    for level in Level::WALK_ORDER {
        let addr = walker::entry_address(table, level, va);
        let value = mem.read(addr);
        let present = walker::is_present(value);
        let reserved = if present {
            value & walker::reserved_mask(level, value, cfg, ctl)
        } else {
            0
        };
        let leaf = if present && reserved == 0 {
            walker::maps_page(level, value)
        } else {
            None
        };
        steps.push(Step {
            level,
            table,
            addr,
            value,
            present,
            reserved,
            leaf,
        });
        if !present || reserved != 0 || leaf.is_some() {
            break;
        }
        table = value & ADDRESS_FIELD;
    }
    steps
}

/// The explanation of `access` in the initial state of `scenario`; `source` names the scenario. An `Err` means the
/// step-by-step trace and the model disagree (a bug, not bad input).
pub fn explain(scenario: &Scenario, access: Access, source: &str) -> Result<String, String> {
    let mem = Memory::from_words(&scenario.memory);
    let mut model = Model::new(scenario.config, scenario.control, mem.clone());
    let answer = model.answer(access);
    let slot = l2_slot(&model, access, &answer);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Explaining a {} of linear address {:#x}.",
        access_words(access.kind, access.user),
        access.va
    );
    state_lines(
        &mut o,
        scenario,
        source,
        "the TLBs are empty, so the access walks the page tables",
    );
    explain_access(&mut o, scenario, &mem, access, &answer, slot)?;
    Ok(o)
}

/// The explanation of a pair, `fetch` on the fetch port and `data` (a read or a write) on the data port in the same
/// cycle, in the initial state of `scenario`: the fetch first, then the data access in the state the fetch left.
/// `source` names the scenario. An `Err` means a `fetch` that is not a fetch or a `data` that is one, or that the
/// explanation and the model disagree.
pub fn explain_pair(
    scenario: &Scenario,
    fetch: Access,
    data: Access,
    source: &str,
) -> Result<String, String> {
    if !fetch.kind.is_fetch() || data.kind.is_fetch() {
        return Err(format!(
            "a pair is a fetch and a read or write, not a {} and a {}",
            fetch.kind.name(),
            data.kind.name()
        ));
    }
    let mem = Memory::from_words(&scenario.memory);
    let mut model = Model::new(scenario.config, scenario.control, mem.clone());
    let mut twin = model.clone();
    let first = model.answer(fetch);
    let first_slot = l2_slot(&model, fetch, &first);
    let after_fetch = model.memory().clone();
    let l2_after_fetch = model.l2().occupancy();
    let second = model.answer(data);
    let second_slot = l2_slot(&model, data, &second);
    // The explanation follows the two accesses one by one: the model's pair must be exactly that.
    if twin.pair(fetch, data) != [first, second] {
        return Err("the model's pair differs from its fetch and data access run in order".into());
    }
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Explaining a pair offered in the same cycle: a {} of linear address {:#x} on the fetch port, and a {} of \
         linear address {:#x} on the data port.",
        access_words(fetch.kind, fetch.user),
        fetch.va,
        access_words(data.kind, data.user),
        data.va
    );
    state_lines(
        &mut o,
        scenario,
        source,
        "the TLBs and the paging-structure cache are empty",
    );
    let shared = if scenario.config.l2_enabled() {
        "They never meet in an L1 TLB (the fetch fills the instruction TLB, the {kind} looks up the data TLB), but \
         they share the L2 TLB behind both: the fetch's walk puts its translation there, where the {kind} finds it if \
         it is on the same page. Otherwise the {kind}'s walk sees the accessed flags the fetch's walk wrote and the \
         entry it put in the paging-structure cache."
    } else {
        "The two never meet in a TLB (the fetch fills the instruction TLB, the {kind} looks up the data TLB), but the \
         data access's walk sees the accessed flags the fetch's walk wrote and the entry it put in the \
         paging-structure cache."
    };
    let _ = writeln!(
        o,
        "The fetch goes first: the page walker serves the two ports through a fixed-priority arbiter, so when both \
         miss, the fetch walks first. {}",
        shared.replace("{kind}", data.kind.name())
    );
    let _ = writeln!(o);
    let _ = writeln!(o, "== The fetch, on the fetch port ==");
    let _ = writeln!(o);
    explain_access(&mut o, scenario, &mem, fetch, &first, first_slot)?;
    let _ = writeln!(o);
    let _ = writeln!(o, "== The {}, on the data port ==", data.kind.name());
    let _ = writeln!(o);
    let l2 = if l2_after_fetch > 0 {
        "; the L2 TLB holds the fetch's translation"
    } else {
        ""
    };
    if after_fetch != mem {
        let _ = writeln!(
            o,
            "State: as the fetch left it, its accessed/dirty writes in memory; the data TLB is still empty{l2}."
        );
    } else {
        let _ = writeln!(
            o,
            "State: the fetch wrote nothing to memory; the data TLB is still empty{l2}."
        );
    }
    explain_access(&mut o, scenario, &after_fetch, data, &second, second_slot)?;
    Ok(o)
}

/// The state an explanation starts from: the initial control registers of `scenario`, and what `caches` says.
fn state_lines(w: &mut String, scenario: &Scenario, source: &str, caches: &str) {
    let (cfg, ctl) = (scenario.config, scenario.control);
    let _ = writeln!(
        w,
        "State: the initial memory and control registers of {source}, before any op runs; {caches}."
    );
    let _ = writeln!(
        w,
        "  CR3={:#x} (PML4 at {:#x}, PCID {})  CR0.WP={}  CR4: PGE={} PCIDE={} SMEP={} SMAP={} PKE={}  EFER.NXE={}  \
         RFLAGS.AC={}  PKRU={:#x}  MAXPHYADDR={} bits",
        ctl.cr3,
        ctl.pml4_base(&cfg),
        ctl.pcid(),
        onoff(ctl.cr0_wp),
        onoff(ctl.cr4_pge),
        onoff(ctl.cr4_pcide),
        onoff(ctl.cr4_smep),
        onoff(ctl.cr4_smap),
        onoff(ctl.cr4_pke),
        onoff(ctl.efer_nxe),
        onoff(ctl.rflags_ac),
        ctl.pkru,
        cfg.paddr_bits
    );
    let _ = writeln!(w);
}

/// The L1 TLB of an access's port.
fn tlb_name(kind: AccessKind) -> &'static str {
    if kind.is_fetch() {
        "instruction TLB"
    } else {
        "data TLB"
    }
}

/// The last lines of an explanation: the model's outcome, and the level that answered (for the L2, where).
fn answer_lines(w: &mut String, access: Access, answer: &Answer, slot: L2Slot) {
    let _ = writeln!(w, "Outcome (reference model): {}", answer.outcome);
    let reads = answer.walk_reads;
    let entries = if reads == 1 { "entry" } else { "entries" };
    let _ = match answer.level {
        None => writeln!(
            w,
            "Answered by: nothing: a #GP looks up no TLB (the result has no `tlb`)."
        ),
        Some(TlbLevel::L1) => writeln!(
            w,
            "Answered by: the {} (`tlb` l1), without a walk.",
            tlb_name(access.kind)
        ),
        Some(TlbLevel::L2) => writeln!(
            w,
            "Answered by: the L2 TLB (`tlb` l2{}), the {} having no entry for the page; nothing read from memory.",
            slot.map_or(String::new(), |(set, way)| format!(", set {set}, way {way}")),
            tlb_name(access.kind)
        ),
        Some(TlbLevel::Walk) => writeln!(
            w,
            "Answered by: a page walk (`tlb` walk), the {} having no entry for the page; {reads} paging-structure \
             {entries} read from memory.",
            tlb_name(access.kind)
        ),
    };
}

/// The explanation of one access in memory `mem` and the initial control state of `scenario`, which the model answered
/// with `answer`.
fn explain_access(
    w: &mut String,
    scenario: &Scenario,
    mem: &Memory,
    access: Access,
    answer: &Answer,
    slot: L2Slot,
) -> Result<(), String> {
    let (cfg, ctl) = (scenario.config, scenario.control);
    let va = access.va;
    let q = Request {
        kind: access.kind,
        user: access.user,
    };
    let model_outcome = answer.outcome;

    if !is_canonical(va) {
        let _ = writeln!(
            w,
            "Linear address {va:#x} is not canonical: bits 63:47 must all equal bit 47, but bit 47 is {} and bits \
             63:48 are {:#06x}.",
            va >> 47 & 1,
            va >> 48
        );
        let _ = writeln!(
            w,
            "The access raises #GP before any translation: no TLB lookup, no walk, no memory read or written."
        );
        if model_outcome != Outcome::GeneralProtection {
            return Err(format!(
                "the model answers {model_outcome} for a non-canonical address"
            ));
        }
        answer_lines(w, access, answer, slot);
        return Ok(());
    }
    let _ = writeln!(
        w,
        "Linear address {va:#x} is canonical (bits 63:47 all equal bit 47 = {}).",
        va >> 47 & 1
    );
    let _ = writeln!(
        w,
        "It splits into: PML4 index {} (bits 47:39), PDPT index {} (bits 38:30), PD index {} (bits 29:21), PT index \
         {} (bits 20:12), offset {:#x} (bits 11:0).",
        Level::Pml4.index(va),
        Level::Pdpt.index(va),
        Level::Pd.index(va),
        Level::Pt.index(va),
        va & 0xfff
    );

    let from_l2 = answer.level == Some(TlbLevel::L2);
    if from_l2 {
        let place = slot.map_or(String::new(), |(set, way)| {
            format!(", in set {set}, way {way}")
        });
        let _ = writeln!(
            w,
            "The {} has no entry for the page, but the L2 TLB shared by both ports has one{place}: an earlier walk put \
             it there. The access is answered from it without reading memory, and the entry is copied into the {}. \
             The steps below show what a walk would read, which is what the entry holds.",
            tlb_name(access.kind),
            tlb_name(access.kind)
        );
    }
    let steps = trace(mem, &cfg, &ctl, va);
    let walk = walker::walk(mem, &cfg, &ctl, va);
    check_trace(&steps, &walk)?;

    let (mut user, mut writable, mut xd) = (true, true, false);
    for (i, s) in steps.iter().enumerate() {
        let name = s.level.entry_name();
        let shift = s.level.index_shift();
        let index = s.level.index(va);
        let _ = writeln!(w);
        let _ = writeln!(w, "Step {}: {name}", i + 1);
        let from = if i == 0 {
            "CR3 bits 51:12".to_string()
        } else {
            format!("the {}'s address field", steps[i - 1].level.entry_name())
        };
        let _ = writeln!(w, "  table base   {:#x} (from {from})", s.table);
        let _ = writeln!(
            w,
            "  index        {index} = {index:#x} (VA bits {}:{shift})",
            shift + 8
        );
        let _ = writeln!(
            w,
            "  entry at     {:#x} + 8 * {index} = {:#x}",
            s.table, s.addr
        );
        let _ = writeln!(w, "  value read   {:#x}", s.value);
        if !s.present {
            let _ = writeln!(
                w,
                "  P=0: the entry is not present (every other bit is ignored)."
            );
            break;
        }
        let v = s.value;
        let ps_name = if s.level == Level::Pt { "PAT" } else { "PS" };
        let _ = writeln!(
            w,
            "  flags        P={} RW={} US={} PWT={} PCD={} A={} D={} {ps_name}={} G={} XD={} pkey={}",
            b(v, bit::P),
            b(v, bit::RW),
            b(v, bit::US),
            b(v, PWT),
            b(v, PCD),
            b(v, bit::A),
            b(v, bit::D),
            b(v, bit::PS),
            b(v, bit::G),
            b(v, bit::XD),
            walker::protection_key(v)
        );
        let rules = reserved_rules(s.level, v, &cfg, &ctl);
        if s.reserved == 0 {
            let _ = writeln!(w, "  reserved     none set; these bits must be 0 here:");
            for (m, why) in &rules {
                let _ = writeln!(w, "                 {}: {why}", bit_ranges(*m));
            }
        } else {
            for (m, why) in &rules {
                let set = s.reserved & m;
                if set != 0 {
                    let _ = writeln!(
                        w,
                        "  reserved     {} SET; {} must be 0 ({why})",
                        bit_ranges(set),
                        bit_ranges(*m)
                    );
                }
            }
            let _ = writeln!(
                w,
                "  A reserved bit is set in a present entry: the walk stops here."
            );
            break;
        }
        user &= v & bit::US != 0;
        writable &= v & bit::RW != 0;
        xd |= v & bit::XD != 0;
        match s.leaf {
            Some(size) => {
                let _ = writeln!(
                    w,
                    "  address      {:#x}: the {} page frame (bits 51:{})",
                    v & ADDRESS_FIELD & !size.offset_mask(),
                    size.name(),
                    size.shift()
                );
                let how = if s.level == Level::Pt {
                    "a PTE always maps a page".to_string()
                } else {
                    format!("PS=1 in a {name}")
                };
                let _ = writeln!(
                    w,
                    "  This entry maps the page ({how}): a {} page; the walk ends here.",
                    size.name()
                );
            }
            None => {
                let next = Level::WALK_ORDER.get(i + 1).map_or("next", |l| match l {
                    Level::Pdpt => "PDPT",
                    Level::Pd => "PD",
                    _ => "PT",
                });
                let _ = writeln!(
                    w,
                    "  address      {:#x}: the {next} (bits 51:12); D, G and pkey are ignored in an entry that \
                     references a table",
                    v & ADDRESS_FIELD
                );
            }
        }
        let _ = writeln!(
            w,
            "  so far       {}, {}, {}",
            if user {
                "user (U/S=1 at every level so far)"
            } else {
                "supervisor-only (U/S=0 at some level)"
            },
            if writable {
                "writable (R/W=1 at every level so far)"
            } else {
                "read-only (R/W=0 at some level)"
            },
            if xd {
                "XD=1 at some level"
            } else {
                "XD=0 at every level so far"
            }
        );
    }
    let _ = writeln!(w);
    // The trace always starts at CR3; a walk that started from a cached entry read only the levels below it.
    let reads = answer.walk_reads as usize;
    let cached = steps.len().saturating_sub(reads);
    if answer.level == Some(TlbLevel::Walk) && cached > 0 && reads > 0 {
        let _ = writeln!(
            w,
            "The paging-structure cache holds the {} (an earlier walk read it), so the walk starts below it and reads \
             only the last {reads} of these entries from memory; the steps above it show what re-reading them gives, \
             which is what the cache holds.",
            steps[cached - 1].level.entry_name()
        );
        let _ = writeln!(w);
    }

    let walk = match walk {
        Ok(walk) => walk,
        Err(WalkFault::BusError(e)) => {
            let _ = writeln!(
                w,
                "The walk stops at the {} at {:#x}: the memory answers its read with a bus error (mem_rsp_err).",
                e.level.entry_name(),
                e.addr
            );
            let _ = writeln!(
                w,
                "No translation: nothing is written and nothing is cached, and the MMU serves the next access."
            );
            answer_lines(w, access, answer, slot);
            return Ok(());
        }
        Err(fault) => {
            let Outcome::PageFault { error_code, .. } = model_outcome else {
                return Err(format!(
                    "the walk faults but the model answers {model_outcome}"
                ));
            };
            let (entry, why) = match fault {
                WalkFault::NotPresent(e) => (e, "it is not present (P=0)"),
                WalkFault::Reserved(e) | WalkFault::BusError(e) => (e, "a reserved bit is set"),
            };
            let _ = writeln!(
                w,
                "The walk stops at the {} at {:#x} because {why}: {}.",
                entry.level.entry_name(),
                entry.addr,
                pf_phrase(error_code)
            );
            for part in error_code_parts(error_code) {
                let _ = writeln!(w, "  {part}");
            }
            let _ = writeln!(
                w,
                "Nothing is written: a faulting access leaves memory unchanged (A/D are set only on success)."
            );
            answer_lines(w, access, answer, slot);
            return Ok(());
        }
    };

    let r = walk.rights;
    let _ = writeln!(
        w,
        "Effective rights (combined over the {} entries used): {}; {}; {}; protection key {}.",
        walk.entries.len(),
        if r.user {
            "a user page (U/S=1 at every level)".to_string()
        } else {
            format!(
                "a supervisor page (U/S=0 in {})",
                entry_list(&steps, |v| v & bit::US == 0)
            )
        },
        if r.writable {
            "writable (R/W=1 at every level)".to_string()
        } else {
            format!(
                "read-only (R/W=0 in {})",
                entry_list(&steps, |v| v & bit::RW == 0)
            )
        },
        if perm::execute_disabled(&r, &ctl) {
            format!(
                "execute-disabled (XD=1 in {}, EFER.NXE=1)",
                entry_list(&steps, |v| v & bit::XD != 0)
            )
        } else {
            "executable (XD=0 at every level)".to_string()
        },
        r.pkey
    );

    let decision = perm::check(&r, &ctl, &q);
    let pkey = pkey_sentences(&r, &ctl, &q);
    for s in &pkey {
        let _ = writeln!(w, "{s}");
    }
    match decision {
        Ok(()) => {
            let _ = writeln!(
                w,
                "Decision: {}.",
                lower_first(&allowed_sentence(&r, &ctl, &q))
            );
            let pa = walk.frame | (va & walk.size.offset_mask());
            if model_outcome != (Outcome::Ok { pa }) {
                return Err(format!(
                    "the rights allow the access but the model answers {model_outcome}"
                ));
            }
            let _ = writeln!(
                w,
                "Physical address: frame {:#x} ({} page) + offset {:#x} (VA bits {}:0) = {pa:#x}.",
                walk.frame,
                walk.size.name(),
                va & walk.size.offset_mask(),
                walk.size.shift() - 1
            );
            let updates = walker::ad_updates(&walk, access.kind.is_write());
            if from_l2 {
                // The entry was cached after its walk's A/D writes, with the leaf's D as it then was: nothing is left
                // to write, or the L2 should not have answered.
                if !updates.is_empty() {
                    return Err(
                        "the L2 answers an access whose walk would still write accessed/dirty flags".into(),
                    );
                }
                let _ = writeln!(
                    w,
                    "Accessed/dirty: nothing to write; the entry was cached after its walk set them."
                );
            } else if updates.is_empty() {
                let _ = writeln!(
                    w,
                    "Accessed/dirty: nothing to write, every entry already has A{}.",
                    if access.kind.is_write() {
                        " and the leaf has D"
                    } else {
                        ""
                    }
                );
            } else {
                let _ = writeln!(
                    w,
                    "Accessed/dirty: the access succeeds, so the MMU writes, in walk order:"
                );
                for (addr, new) in updates {
                    let old = walk
                        .entries
                        .iter()
                        .find(|e| e.addr == addr)
                        .map_or(0, |e| e.value);
                    let name = walk
                        .entries
                        .iter()
                        .find(|e| e.addr == addr)
                        .map_or("entry", |e| e.level.entry_name());
                    let added = new & !old;
                    let flags: Vec<&str> = [(bit::A, "A"), (bit::D, "D")]
                        .iter()
                        .filter(|(m, _)| added & m != 0)
                        .map(|(_, n)| *n)
                        .collect();
                    let _ = writeln!(
                        w,
                        "  {name} at {addr:#x}: {old:#x} -> {new:#x} (sets {})",
                        flags.join(" and ")
                    );
                }
            }
        }
        Err(code) => {
            if model_outcome
                != (Outcome::PageFault {
                    error_code: code,
                    cr2: va,
                })
            {
                return Err(format!(
                    "the rights check gives {} but the model answers {model_outcome}",
                    pf_phrase(code)
                ));
            }
            let causes = if perm::paging_allows(&r, &ctl, &q) {
                Vec::new()
            } else {
                refusing_rules(&r, &ctl, &q)
            };
            let refused = format!("so the access is refused: {}.", pf_phrase(code));
            match causes.as_slice() {
                [one] => {
                    let _ = writeln!(
                        w,
                        "Decision: {}, {refused}",
                        lower_first(&rule_sentence(*one, &steps, &ctl, &q))
                    );
                }
                [] if perm::pkey_denies(&r, &ctl, &q) => {
                    let _ = writeln!(
                        w,
                        "Decision: page-level protection allows it, but the protection key does not, {refused}"
                    );
                }
                [] => {
                    let _ = writeln!(
                        w,
                        "Decision: the page-level protection check refuses it, {refused}"
                    );
                }
                many => {
                    let _ = writeln!(w, "Decision: more than one rule refuses it:");
                    for rule in many {
                        let _ = writeln!(w, "  - {}.", rule_sentence(*rule, &steps, &ctl, &q));
                    }
                    let _ = writeln!(w, "So the access is refused: {}.", pf_phrase(code));
                }
            }
            for part in error_code_parts(code) {
                let _ = writeln!(w, "  {part}");
            }
            let _ = writeln!(
                w,
                "Nothing is written: a faulting access leaves memory unchanged (A/D are set only on success)."
            );
        }
    }
    answer_lines(w, access, answer, slot);
    Ok(())
}

/// The trace must read the same entries as the model's walk and stop where it stops.
fn check_trace(steps: &[Step], walk: &Result<walker::Walk, WalkFault>) -> Result<(), String> {
    let read: Vec<(u64, u64)> = steps.iter().map(|s| (s.addr, s.value)).collect();
    let consistent = match walk {
        Ok(wk) => {
            let used: Vec<(u64, u64)> = wk.entries.iter().map(|e| (e.addr, e.value)).collect();
            used == read && steps.last().is_some_and(|s| s.leaf == Some(wk.size))
        }
        Err(WalkFault::BusError(e)) => read.last().map(|r| r.0) == Some(e.addr),
        Err(fault) => {
            let e = fault.entry();
            let last_ok = steps.last().is_some_and(|s| match fault {
                WalkFault::NotPresent(_) => !s.present,
                WalkFault::Reserved(_) | WalkFault::BusError(_) => s.present && s.reserved != 0,
            });
            read.last() == Some(&(e.addr, e.value)) && last_ok
        }
    };
    if consistent {
        Ok(())
    } else {
        Err("the step-by-step trace does not match the model's walk".to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::lang::compile_mmu;

    /// A code page and a data page under one PDE, both user pages.
    fn scenario() -> Scenario {
        let text = "tables at 0x10000\nmap 0x40_1000 -> 0x5000 4K user\nmap 0x40_2000 -> 0x6000 4K user rw\n";
        compile_mmu(text, Path::new("t.mmu")).unwrap().scenario
    }

    fn user(kind: AccessKind, va: u64) -> Access {
        Access {
            va,
            kind,
            user: true,
        }
    }

    fn has(text: &str, needles: &[&str]) {
        for n in needles {
            assert!(text.contains(n), "missing {n:?} in:\n{text}");
        }
    }

    #[test]
    fn one_access_ends_with_the_level_that_answered() {
        let s = scenario();
        let text = explain(&s, user(AccessKind::Read, 0x40_2008), "t.mmu").unwrap();
        has(
            &text,
            &[
                "the TLBs are empty, so the access walks the page tables",
                "Outcome (reference model): ok pa=0x6008",
                "Answered by: a page walk (`tlb` walk), the data TLB having no entry for the page; 4 \
                 paging-structure entries read from memory.",
            ],
        );
        assert!(!text.contains("paging-structure cache holds"), "{text}");
        let text = explain(&s, user(AccessKind::Fetch, 1 << 47), "t.mmu").unwrap();
        has(&text, &["Answered by: nothing: a #GP looks up no TLB"]);
    }

    #[test]
    fn a_pair_explains_the_fetch_then_the_data_access_after_it() {
        let s = scenario();
        let fetch = user(AccessKind::Fetch, 0x40_1000);
        let data = user(AccessKind::Write, 0x40_2008);
        let text = explain_pair(&s, fetch, data, "t.mmu").unwrap();
        let fetch_at = text.find("== The fetch, on the fetch port ==").unwrap();
        let data_at = text.find("== The write, on the data port ==").unwrap();
        assert!(fetch_at < data_at, "{text}");
        let (first, second) = text.split_at(data_at);
        has(
            first,
            &[
                "a user-mode fetch of linear address 0x401000 on the fetch port, and a user-mode write of linear \
                 address 0x402008 on the data port",
                "The fetch goes first",
                "Outcome (reference model): ok pa=0x5000",
                "the instruction TLB having no entry for the page; 4 paging-structure entries read",
            ],
        );
        has(
            second,
            &[
                "State: as the fetch left it",
                "The paging-structure cache holds the PDE",
                "reads only the last 1 of these entries",
                "Outcome (reference model): ok pa=0x6008",
                "the data TLB having no entry for the page; 1 paging-structure entry read from memory.",
            ],
        );
        // Not a fetch and a data access: refused.
        assert!(explain_pair(&s, data, fetch, "t.mmu").is_err());
    }

    #[test]
    fn a_data_access_to_the_fetch_s_page_is_answered_by_the_l2() {
        let s = scenario();
        let fetch = user(AccessKind::Fetch, 0x40_1000);
        let read = user(AccessKind::Read, 0x40_1008);
        let text = explain_pair(&s, fetch, read, "t.mmu").unwrap();
        let (_, second) = text.split_at(text.find("== The read, on the data port ==").unwrap());
        // Page 0x401 is in set 0x401 % 128 = 1, the first way the fetch's walk found free.
        has(
            &text,
            &["they share the L2 TLB behind both: the fetch's walk puts its translation there"],
        );
        has(
            second,
            &[
                "the data TLB is still empty; the L2 TLB holds the fetch's translation.",
                "the L2 TLB shared by both ports has one, in set 1, way 0: an earlier walk put it there",
                "Accessed/dirty: nothing to write; the entry was cached after its walk set them.",
                "Outcome (reference model): ok pa=0x5008",
                "Answered by: the L2 TLB (`tlb` l2, set 1, way 0), the data TLB having no entry for the page; \
                 nothing read from memory.",
            ],
        );
        assert!(!second.contains("paging-structure cache holds"), "{second}");
        // Without an L2 the read walks, from the PDE the fetch's walk cached.
        let mut off = s.clone();
        off.config.l2_ways = 0;
        let text = explain_pair(&off, fetch, read, "t.mmu").unwrap();
        has(
            &text,
            &[
                "The two never meet in a TLB",
                "the data TLB is still empty.",
                "the data TLB having no entry for the page; 1 paging-structure entry read from memory.",
            ],
        );
        assert!(!text.contains("L2"), "{text}");
    }
}
