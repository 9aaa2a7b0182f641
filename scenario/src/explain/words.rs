//! The words of an explanation: bit ranges, the rules that reserve bits and the rules that refuse an access, each
//! said as a sentence, and the meaning of the bits of a #PF error code.

use mmu_arch::{pf, AccessKind, Config, Control, PADDR_BITS_MAX};
use mmu_model::perm::{self, Request, Rights};
use mmu_model::walker::{self, bit, Level};

use super::Step;

/// `bits 51:40`, `bit 63`, `bits 51:40, 29:13` for a mask.
pub(super) fn bit_ranges(mask: u64) -> String {
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
pub(super) fn reserved_rules(
    level: Level,
    value: u64,
    cfg: &Config,
    ctl: &Control,
) -> Vec<(u64, String)> {
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

pub(super) fn b(v: u64, mask: u64) -> u8 {
    u8::from(v & mask != 0)
}

/// "the PML4E and the PTE"
pub(super) fn entry_list(steps: &[Step], pred: impl Fn(u64) -> bool) -> String {
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

pub(super) fn access_words(kind: AccessKind, user: bool) -> String {
    format!(
        "{} {}",
        if user { "user-mode" } else { "supervisor" },
        kind.name()
    )
}

pub(super) fn onoff(b: bool) -> u8 {
    u8::from(b)
}

/// The rules of page-level protection (4.6.1) that can refuse an access, each with how to switch it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rule {
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
    pub(super) fn candidates(q: &Request) -> &'static [Rule] {
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
    pub(super) fn relax(self, r: &mut Rights, c: &mut Control) {
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
pub(super) fn refusing_rules(r: &Rights, c: &Control, q: &Request) -> Vec<Rule> {
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
pub(super) fn rule_sentence(rule: Rule, steps: &[Step], c: &Control, q: &Request) -> String {
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
pub(super) fn allowed_sentence(r: &Rights, c: &Control, q: &Request) -> String {
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
pub(super) fn pkey_sentences(r: &Rights, c: &Control, q: &Request) -> Vec<String> {
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
pub(super) fn error_code_parts(code: u32) -> Vec<String> {
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
pub(super) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) fn pf_phrase(code: u32) -> String {
    format!("#PF with error code {code:#x} ({})", pf::decode(code))
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
