//! `mmu-rtl explain`: one access, walked step by step in plain sentences.
//!
//! The state is the scenario's *initial* state: its configuration, control registers and initial memory, before any op
//! runs, with an empty TLB, so the access always walks the page tables. The ops of the scenario are not run.
//!
//! Every decision shown comes from the reference model: the walk and where it stops from [`walker::walk`], the
//! reserved bits from [`walker::reserved_mask`] (which rule reserves a bit is found by asking it again with that rule's
//! input changed: MAXPHYADDR at its widest, EFER.NXE on, the entry without PS), the rights from [`perm::check`] and
//! the predicates of [`perm`] (which rule refuses an access is found by relaxing every other rule and asking
//! [`perm::paging_allows`] again), the A/D writes from [`walker::ad_updates`], and the outcome from a [`Model`] that
//! performs the access. The step-by-step trace is checked against the model's walk.

use std::fmt::Write as _;

use mmu_arch::{is_canonical, pf, Access, AccessKind, Config, Control, Outcome, PADDR_BITS_MAX};
use mmu_model::engine::Scenario;
use mmu_model::mem::Memory;
use mmu_model::perm::{self, Request, Rights};
use mmu_model::walker::{self, bit, Level, WalkFault};
use mmu_model::Model;

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

/// `bits 51:40`, `bit 63`, `bits 51:40, 29:13` for a mask.
fn bit_ranges(mask: u64) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    let mut b: i32 = 63;
    while b >= 0 {
        if mask >> b & 1 == 1 {
            let hi = b as u32;
            while b >= 0 && mask >> b & 1 == 1 {
                b -= 1;
            }
            runs.push((hi, (b + 1) as u32));
        } else {
            b -= 1;
        }
    }
    let single = runs.len() == 1 && runs[0].0 == runs[0].1;
    let parts: Vec<String> = runs
        .iter()
        .map(|&(hi, lo)| {
            if hi == lo {
                hi.to_string()
            } else {
                format!("{hi}:{lo}")
            }
        })
        .collect();
    format!(
        "{} {}",
        if single { "bit" } else { "bits" },
        parts.join(", ")
    )
}

/// The reserved bits of a present entry, split by the rule that reserves them: `(bits, why)`.
fn reserved_rules(level: Level, value: u64, cfg: &Config, ctl: &Control) -> Vec<(u64, String)> {
    let mask = walker::reserved_mask(level, value, cfg, ctl);
    let widest = Config {
        paddr_bits: PADDR_BITS_MAX,
        ..*cfg
    };
    let by_maxphyaddr = mask & !walker::reserved_mask(level, value, &widest, ctl);
    let with_nxe = Control {
        efer_nxe: true,
        ..*ctl
    };
    let by_nxe = mask & !walker::reserved_mask(level, value, cfg, &with_nxe);
    let by_page = mask & !walker::reserved_mask(level, value & !bit::PS, cfg, ctl);
    let structural = mask & !(by_maxphyaddr | by_nxe | by_page);
    let mut rules = Vec::new();
    if by_maxphyaddr != 0 {
        rules.push((
            by_maxphyaddr,
            format!(
                "above MAXPHYADDR ({} bits): reserved in every entry",
                cfg.paddr_bits
            ),
        ));
    }
    if by_nxe != 0 {
        rules.push((by_nxe, "XD: reserved while EFER.NXE=0".to_string()));
    }
    if by_page != 0 {
        let size = walker::maps_page(level, value).map_or("large", |s| s.name());
        rules.push((
            by_page,
            format!(
                "reserved in a {} that maps a {size} page: its frame must be {size}-aligned",
                level.entry_name()
            ),
        ));
    }
    if structural != 0 {
        let mut why = format!("reserved in every {}", level.entry_name());
        if structural & bit::PS != 0 {
            why = format!("PS, {why}: there are no 512 GiB pages");
        }
        rules.push((structural, why));
    }
    rules
}

fn b(v: u64, mask: u64) -> u8 {
    u8::from(v & mask != 0)
}

/// "the PML4E and the PTE"
fn entry_list(steps: &[Step], pred: impl Fn(u64) -> bool) -> String {
    let names: Vec<&str> = steps
        .iter()
        .filter(|s| pred(s.value))
        .map(|s| s.level.entry_name())
        .collect();
    match names.as_slice() {
        [] => "no entry".to_string(),
        [one] => format!("the {one}"),
        [init @ .., last] => format!("the {} and the {last}", init.join(", the ")),
    }
}

fn access_words(kind: AccessKind, user: bool) -> String {
    format!(
        "{} {}",
        if user { "user-mode" } else { "supervisor" },
        kind.name()
    )
}

fn onoff(b: bool) -> u8 {
    u8::from(b)
}

/// The rules of page-level protection (4.6.1) that can refuse an access, each with how to switch it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// A user-mode access to a supervisor page.
    SupervisorPage,
    /// A user-mode write to a read-only page.
    UserReadOnly,
    /// A supervisor write to a read-only page with CR0.WP=1.
    SupervisorReadOnly,
    /// A fetch from an execute-disabled page.
    ExecuteDisabled,
    Smap,
    Smep,
}

impl Rule {
    /// The rules that can refuse an access of this mode and kind.
    fn candidates(q: &Request) -> &'static [Rule] {
        match (q.user, q.kind) {
            (true, AccessKind::Read) => &[Rule::SupervisorPage],
            (true, AccessKind::Write) => &[Rule::SupervisorPage, Rule::UserReadOnly],
            (true, AccessKind::Fetch) => &[Rule::SupervisorPage, Rule::ExecuteDisabled],
            (false, AccessKind::Read) => &[Rule::Smap],
            (false, AccessKind::Write) => &[Rule::Smap, Rule::SupervisorReadOnly],
            (false, AccessKind::Fetch) => &[Rule::ExecuteDisabled, Rule::Smep],
        }
    }

    /// Changes the rights or control bits so that this rule cannot refuse the access.
    fn relax(self, r: &mut Rights, c: &mut Control) {
        match self {
            Rule::SupervisorPage => r.user = true,
            Rule::UserReadOnly | Rule::SupervisorReadOnly => r.writable = true,
            Rule::ExecuteDisabled => r.xd = false,
            Rule::Smap => c.cr4_smap = false,
            Rule::Smep => c.cr4_smep = false,
        }
    }
}

/// The rules that refuse the access: those that still refuse it when every other rule is relaxed.
fn refusing_rules(r: &Rights, c: &Control, q: &Request) -> Vec<Rule> {
    let rules = Rule::candidates(q);
    rules
        .iter()
        .copied()
        .filter(|&rule| {
            let (mut r2, mut c2) = (*r, *c);
            for &other in rules.iter().filter(|&&o| o != rule) {
                other.relax(&mut r2, &mut c2);
            }
            !perm::paging_allows(&r2, &c2, q)
        })
        .collect()
}

/// The sentence for a refusing rule.
fn rule_sentence(rule: Rule, steps: &[Step], c: &Control, q: &Request) -> String {
    let what = access_words(q.kind, q.user);
    match rule {
        Rule::SupervisorPage => format!(
            "The page is a supervisor page (U/S=0 in {}), and this is a {what}: user mode may only touch pages with \
             U/S=1 at every level",
            entry_list(steps, |v| v & bit::US == 0)
        ),
        Rule::UserReadOnly => format!(
            "The page is read-only (R/W=0 in {}), and this is a user-mode write: user mode may only write pages with \
             R/W=1 at every level (CR0.WP does not matter in user mode)",
            entry_list(steps, |v| v & bit::RW == 0)
        ),
        Rule::SupervisorReadOnly => format!(
            "The page is read-only (R/W=0 in {}), and this is a supervisor write with CR0.WP=1: with WP on, the \
             supervisor obeys R/W too",
            entry_list(steps, |v| v & bit::RW == 0)
        ),
        Rule::ExecuteDisabled => format!(
            "The page is execute-disabled (XD=1 in {}, and EFER.NXE=1), and this is a {what}: no instruction may be \
             fetched from it",
            entry_list(steps, |v| v & bit::XD != 0)
        ),
        Rule::Smap => format!(
            "The page is a user page (U/S=1 at every level), and this is a {what} with SMAP on (CR4.SMAP=1) and \
             AC=0 (RFLAGS.AC={}): SMAP keeps the kernel out of user data",
            onoff(c.rflags_ac)
        ),
        Rule::Smep => format!(
            "The page is a user page (U/S=1 at every level), and this is a supervisor fetch with SMEP on \
             (CR4.SMEP={}): the kernel may not execute user-mode code",
            onoff(c.cr4_smep)
        ),
    }
}

/// Why an allowed access is allowed, for its mode and kind.
fn allowed_sentence(r: &Rights, c: &Control, q: &Request) -> String {
    let what = access_words(q.kind, q.user);
    let smap_note = if !c.cr4_smap {
        "SMAP is off (CR4.SMAP=0)".to_string()
    } else {
        "RFLAGS.AC=1 suspends SMAP (CR4.SMAP=1)".to_string()
    };
    let xd_note = if r.xd {
        "XD=1 somewhere, but EFER.NXE=0"
    } else {
        "XD=0 at every level"
    };
    match (q.user, q.kind) {
        (true, AccessKind::Read) => {
            format!("The page is a user page (U/S=1 at every level), so a {what} is allowed")
        }
        (true, AccessKind::Write) => format!(
            "The page is a user page and writable (U/S=1 and R/W=1 at every level), so a {what} is allowed"
        ),
        (true, AccessKind::Fetch) => format!(
            "The page is a user page (U/S=1 at every level) and not execute-disabled ({xd_note}), so a {what} is \
             allowed"
        ),
        (false, AccessKind::Read) if r.user => {
            format!("The page is a user page, but {smap_note}, so a {what} is allowed")
        }
        (false, AccessKind::Read) => {
            format!("The page is a supervisor page: a {what} of a supervisor page is always allowed")
        }
        (false, AccessKind::Write) => {
            let wr = if r.writable {
                "writable (R/W=1 at every level)".to_string()
            } else {
                format!(
                    "read-only, but CR0.WP={} lets the supervisor write it anyway",
                    onoff(c.cr0_wp)
                )
            };
            if r.user {
                format!("The page is a user page, but {smap_note}; it is {wr}; so a {what} is allowed")
            } else {
                format!("The page is a supervisor page and {wr}, so a {what} is allowed")
            }
        }
        (false, AccessKind::Fetch) => {
            let smep = if r.user {
                format!("; it is a user page, but SMEP is off (CR4.SMEP={})", onoff(c.cr4_smep))
            } else {
                String::new()
            };
            format!("The page is not execute-disabled ({xd_note}){smep}; so a {what} is allowed")
        }
    }
}

/// What protection keys say about the access, if anything.
fn pkey_sentences(r: &Rights, c: &Control, q: &Request) -> Vec<String> {
    let all_denied = Control {
        pkru: u32::MAX,
        ..*c
    };
    let applies = perm::pkey_denies(r, &all_denied, q);
    if !applies {
        if !c.cr4_pke {
            return Vec::new();
        }
        let why = if q.kind.is_fetch() {
            "they never apply to instruction fetches"
        } else {
            "they apply to user pages only"
        };
        return vec![format!(
            "Protection keys are on (CR4.PKE=1) but do not apply here: {why}."
        )];
    }
    let k = u32::from(r.pkey);
    let ad = c.pkru >> (2 * k) & 1;
    let wd = c.pkru >> (2 * k + 1) & 1;
    let head = format!(
        "Protection keys apply (CR4.PKE=1, a user page, a data access): the page has key {k} (leaf bits 62:59), and \
         PKRU={:#x} has AD{k}={ad} (bit {}) and WD{k}={wd} (bit {})",
        c.pkru,
        2 * k,
        2 * k + 1
    );
    if !perm::pkey_denies(r, c, q) {
        return vec![format!("{head}, which permit this access.")];
    }
    let mut out = vec![format!("{head}.")];
    let only_ad = Control {
        pkru: c.pkru & !(1 << (2 * k + 1)),
        ..*c
    };
    let only_wd = Control {
        pkru: c.pkru & !(1 << (2 * k)),
        ..*c
    };
    if perm::pkey_denies(r, &only_ad, q) {
        out.push(format!(
            "AD{k}=1 denies every data access to pages with key {k}, so the key refuses it (PK=1 in the error code)."
        ));
    }
    if perm::pkey_denies(r, &only_wd, q) {
        let who = if q.user {
            "user-mode writes".to_string()
        } else {
            format!("supervisor writes while CR0.WP={}", onoff(c.cr0_wp))
        };
        out.push(format!(
            "WD{k}=1 denies {who} to pages with key {k}, so the key refuses this write (PK=1 in the error code)."
        ));
    }
    out
}

/// The meaning of each bit of a #PF error code.
fn error_code_parts(code: u32) -> Vec<String> {
    let mut parts = vec![
        if code & pf::P != 0 {
            "P=1: the page was present (a protection or reserved-bit violation)"
        } else {
            "P=0: a not-present entry"
        }
        .to_string(),
        if code & pf::W != 0 {
            "W/R=1: a write"
        } else {
            "W/R=0: a read or a fetch"
        }
        .to_string(),
        if code & pf::U != 0 {
            "U/S=1: a user-mode access"
        } else {
            "U/S=0: a supervisor-mode access"
        }
        .to_string(),
    ];
    if code & pf::RSVD != 0 {
        parts.push("RSVD=1: a reserved bit is set in a paging-structure entry".to_string());
    }
    if code & pf::I != 0 {
        parts.push(
            "I/D=1: an instruction fetch (reported because EFER.NXE=1 or CR4.SMEP=1)".to_string(),
        );
    }
    if code & pf::PK != 0 {
        parts.push("PK=1: the protection-key condition holds".to_string());
    }
    parts
}

/// A sentence used after a label: `Decision: the page is ...`.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn pf_phrase(code: u32) -> String {
    format!("#PF with error code {code:#x} ({})", pf::decode(code))
}

/// The explanation of `access` in the initial state of `scenario`; `source` names the scenario. An `Err` means the
/// step-by-step trace and the model disagree (a bug, not bad input).
pub fn explain(scenario: &Scenario, access: Access, source: &str) -> Result<String, String> {
    let cfg = scenario.config;
    let ctl = scenario.control;
    let mem = Memory::from_words(&scenario.memory);
    let va = access.va;
    let q = Request {
        kind: access.kind,
        user: access.user,
    };
    let what = access_words(access.kind, access.user);
    let model_outcome = Model::new(cfg, ctl, mem.clone()).access(access).0;

    let mut o = String::new();
    let w = &mut o;
    let _ = writeln!(w, "Explaining a {what} of linear address {va:#x}.");
    let _ = writeln!(
        w,
        "State: the initial memory and control registers of {source}, before any op runs; the TLB is empty, so the \
         access walks the page tables."
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
        let _ = writeln!(w, "Outcome (reference model): {model_outcome}");
        return Ok(o);
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

    let steps = trace(&mem, &cfg, &ctl, va);
    let walk = walker::walk(&mem, &cfg, &ctl, va);
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
            let _ = writeln!(w, "Outcome (reference model): {model_outcome}");
            return Ok(o);
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
            let _ = writeln!(w, "Outcome (reference model): {model_outcome}");
            return Ok(o);
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
            if updates.is_empty() {
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
    let _ = writeln!(w, "Outcome (reference model): {model_outcome}");
    Ok(o)
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
    use super::*;

    #[test]
    fn bit_ranges_name_runs() {
        assert_eq!(bit_ranges(1 << 63), "bit 63");
        assert_eq!(bit_ranges(0x000f_ff00_0000_0000), "bits 51:40");
        assert_eq!(
            bit_ranges(0x000f_ff00_0000_0000 | 0x3fff_e000),
            "bits 51:40, 29:13"
        );
        assert_eq!(bit_ranges(1), "bit 0");
    }

    #[test]
    fn reserved_rules_split_the_mask() {
        let cfg = Config::default();
        let ctl = Control {
            efer_nxe: false,
            ..Control::default()
        };
        let rules = reserved_rules(Level::Pd, bit::P | bit::PS, &cfg, &ctl);
        let masks: Vec<u64> = rules.iter().map(|r| r.0).collect();
        assert_eq!(masks, vec![0x000f_ff00_0000_0000, 1 << 63, 0x001f_e000]);
        let pml4 = reserved_rules(Level::Pml4, bit::P, &cfg, &Control::default());
        assert_eq!(pml4.last().map(|r| r.0), Some(bit::PS));
        assert!(pml4.last().unwrap().1.contains("512 GiB"));
    }

    #[test]
    fn refusing_rules_isolate_each_cause() {
        let c = Control {
            cr4_smap: true,
            ..Control::default()
        };
        let user_ro = Rights {
            user: true,
            writable: false,
            xd: false,
            pkey: 0,
        };
        let sup_write = Request {
            kind: AccessKind::Write,
            user: false,
        };
        assert_eq!(
            refusing_rules(&user_ro, &c, &sup_write),
            vec![Rule::Smap, Rule::SupervisorReadOnly]
        );
        let sup_read = Request {
            kind: AccessKind::Read,
            user: false,
        };
        assert_eq!(refusing_rules(&user_ro, &c, &sup_read), vec![Rule::Smap]);
        let ac = Control {
            rflags_ac: true,
            ..c
        };
        assert!(refusing_rules(&user_ro, &ac, &sup_read).is_empty());
    }
}
