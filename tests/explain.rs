//! `mmu-rtl explain` end to end: the walk step by step, the rights decision in sentences, the numbers and the level
//! that answered, for the cases a student meets first (a 4K walk, a 2M page, a not-present level, a reserved bit, SMAP,
//! a non-canonical address), each number worked out by hand from the page tables; and a pair of accesses explained
//! through the library.

use std::path::PathBuf;

use mmu_arch::{Access, AccessKind, Op};
use mmu_model::engine::Scenario;
use mmu_scenario::explain::explain_pair;

mod common;
use common::*;

fn example(name: &str) -> String {
    example_path(name).to_str().unwrap().to_string()
}

/// `explain` that succeeds: its stdout.
fn explain(args: &[&str]) -> String {
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    let out = mmu(&all);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    assert!(out.stderr.is_empty(), "{err}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn has(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "missing {n:?} in:\n{text}");
    }
}

fn lacks(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(!text.contains(n), "unexpected {n:?} in:\n{text}");
    }
}

/// A scenario file in a scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("mmu-rtl-explain-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, text: &str) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_4k_walk_step_by_step() {
    // CR3 0x200000; VA 0x7fe9_5867_e9d8 = PML4 255, PDPT 0x1a5, PD 0xc3, PT 0x7e, offset 0x9d8.
    for file in ["walk4k.mmu", "walk4k.json"] {
        let text = explain(&[&example(file), "0x7fe9_5867_e9d8"]);
        has(
            &text,
            &[
                "Explaining a supervisor read of linear address 0x7fe95867e9d8.",
                "before any op runs; the TLBs are empty",
                "CR3=0x200000 (PML4 at 0x200000, PCID 0)",
                "PML4 index 255 (bits 47:39), PDPT index 421 (bits 38:30), PD index 195 (bits 29:21), \
                 PT index 126 (bits 20:12), offset 0x9d8 (bits 11:0)",
                "Step 1: PML4E",
                "  table base   0x200000 (from CR3 bits 51:12)",
                "  index        255 = 0xff (VA bits 47:39)",
                "  entry at     0x200000 + 8 * 255 = 0x2007f8",
                "Step 2: PDPTE",
                "  entry at     0x201000 + 8 * 421 = 0x201d28",
                "  table base   0x202000 (from the PDPTE's address field)",
                "  entry at     0x202000 + 8 * 195 = 0x202618",
                "Step 4: PTE",
                "  index        126 = 0x7e (VA bits 20:12)",
                "  entry at     0x203000 + 8 * 126 = 0x2033f0",
                "  value read   0x543217003",
                "  flags        P=1 RW=1 US=0 PWT=0 PCD=0 A=0 D=0 PAT=0 G=0 XD=0 pkey=0",
                "bits 51:40: above MAXPHYADDR (40 bits): reserved in every entry",
                "bit 7: PS, reserved in every PML4E: there are no 512 GiB pages",
                "  address      0x543217000: the 4K page frame (bits 51:12)",
                "This entry maps the page (a PTE always maps a page): a 4K page; the walk ends here.",
                "; writable (R/W=1 at every level); executable (XD=0 at every level); protection key 0.",
                "Decision: the page is a supervisor page: a supervisor read of a supervisor page is always allowed.",
                "Physical address: frame 0x543217000 (4K page) + offset 0x9d8 (VA bits 11:0) = 0x5432179d8.",
                "  PTE at 0x2033f0: 0x543217003 -> 0x543217023 (sets A)",
                "Outcome (reference model): ok pa=0x5432179d8",
                "Answered by: a page walk (`tlb` walk), the data TLB having no entry for the page; 4 \
                 paging-structure entries read from memory.",
            ],
        );
        lacks(
            &text,
            &["(sets A and D)", "SET", "paging-structure cache holds"],
        );
    }
    // The upper entries of the JSON are supervisor-only; those `map` creates are user (the leaf decides).
    let json = explain(&[&example("walk4k.json"), "0x7fe9_5867_e9d8"]);
    has(
        &json,
        &[
            "  value read   0x201003",
            "U/S=0 in the PML4E, the PDPTE, the PDE and the PTE",
        ],
    );
    let mmu = explain(&[&example("walk4k.mmu"), "0x7fe9_5867_e9d8"]);
    has(&mmu, &["  value read   0x201007", "(U/S=0 in the PTE)"]);

    // A write also sets D in the leaf.
    let text = explain(&[
        &example("walk4k.mmu"),
        "0x7fe9_5867_e9d8",
        "--kind",
        "write",
    ]);
    has(
        &text,
        &[
            "Explaining a supervisor write",
            "so a supervisor write is allowed",
            "  PML4E at 0x2007f8: 0x201007 -> 0x201027 (sets A)",
            "  PTE at 0x2033f0: 0x543217003 -> 0x543217063 (sets A and D)",
        ],
    );
}

#[test]
fn a_2m_page() {
    // VA 0x80_c8ba_bcde = PML4 1, PDPT 3, PD 0x45; the PDE at 0x102228 has PS=1 and maps 0x4_0060_0000.
    let text = explain(&[
        &example("hugepages.mmu"),
        "0x80_c8ba_bcde",
        "--user",
        "--kind",
        "write",
    ]);
    has(
        &text,
        &[
            "Explaining a user-mode write of linear address 0x80c8babcde.",
            "Step 3: PDE",
            "  entry at     0x102000 + 8 * 69 = 0x102228",
            "  value read   0x400600087",
            "  flags        P=1 RW=1 US=1 PWT=0 PCD=0 A=0 D=0 PS=1 G=0 XD=0 pkey=0",
            "bits 20:13: reserved in a PDE that maps a 2M page: its frame must be 2M-aligned",
            "  address      0x400600000: the 2M page frame (bits 51:21)",
            "This entry maps the page (PS=1 in a PDE): a 2M page; the walk ends here.",
            "Effective rights (combined over the 3 entries used)",
            "so a user-mode write is allowed",
            "frame 0x400600000 (2M page) + offset 0x1abcde (VA bits 20:0) = 0x4007abcde.",
            "  PDE at 0x102228: 0x400600087 -> 0x4006000e7 (sets A and D)",
            "Outcome (reference model): ok pa=0x4007abcde",
        ],
    );
    lacks(&text, &["Step 4"]);

    // The 1G page of the same example ends at the PDPTE.
    let text = explain(&[&example("hugepages.mmu"), "0x81_e345_6789"]);
    has(
        &text,
        &[
            "Step 2: PDPTE",
            "bits 29:13: reserved in a PDPTE that maps a 1G page",
            "This entry maps the page (PS=1 in a PDPTE): a 1G page; the walk ends here.",
            "frame 0x8040000000 (1G page) + offset 0x23456789 (VA bits 29:0) = 0x8063456789.",
        ],
    );
    lacks(&text, &["Step 3"]);
}

#[test]
fn a_not_present_level() {
    // hugepages: PDPTE 8 (VA 0x82_0000_0010) is absent.
    let text = explain(&[&example("hugepages.mmu"), "0x82_0000_0010"]);
    has(
        &text,
        &[
            "Step 2: PDPTE",
            "  entry at     0x101000 + 8 * 8 = 0x101040",
            "  value read   0x0",
            "  P=0: the entry is not present (every other bit is ignored).",
            "The walk stops at the PDPTE at 0x101040 because it is not present (P=0): #PF with error code 0x0 (-).",
            "  P=0: a not-present entry",
            "Nothing is written: a faulting access leaves memory unchanged",
            "Outcome (reference model): #PF - cr2=0x8200000010",
        ],
    );
    lacks(&text, &["Step 3", "Physical address"]);

    // faults: a user write to the absent PTE 0.
    let text = explain(&[
        &example("faults.mmu"),
        "0x200010",
        "--kind",
        "write",
        "--user",
    ]);
    has(
        &text,
        &[
            "Step 4: PTE",
            "The walk stops at the PTE at 0x13000 because it is not present (P=0): #PF with error code 0x6 (W|U).",
            "  W/R=1: a write",
            "  U/S=1: a user-mode access",
        ],
    );
}

#[test]
fn a_reserved_bit() {
    // faults: PTE 5 holds a frame with bit 45 set, beyond MAXPHYADDR 40.
    let text = explain(&[&example("faults.mmu"), "0x205000"]);
    has(
        &text,
        &[
            "  value read   0x200000035003",
            "  reserved     bit 45 SET; bits 51:40 must be 0 (above MAXPHYADDR (40 bits): reserved in every entry)",
            "  A reserved bit is set in a present entry: the walk stops here.",
            "The walk stops at the PTE at 0x13028 because a reserved bit is set: #PF with error code 0x9 (P|RSVD).",
            "  RSVD=1: a reserved bit is set in a paging-structure entry",
            "Outcome (reference model): #PF P|RSVD cr2=0x205000",
        ],
    );
    // PDE 2: a 2M page with bit 13 set.
    let text = explain(&[&example("faults.mmu"), "0x401234"]);
    has(
        &text,
        &[
            "  reserved     bit 13 SET; bits 20:13 must be 0 (reserved in a PDE that maps a 2M page",
            "The walk stops at the PDE at 0x12010 because a reserved bit is set",
        ],
    );
    // With EFER.NXE=0, XD is reserved.
    let s = Scratch::new("nxe");
    let f = s.file(
        "nxe.mmu",
        "efer nxe off\ntables at 0x10000\nmap 0x1000 -> 0x5000 4K rw nx\n",
    );
    let text = explain(&[&f, "0x1000"]);
    has(
        &text,
        &[
            "EFER.NXE=0",
            "  reserved     bit 63 SET; bit 63 must be 0 (XD: reserved while EFER.NXE=0)",
            "#PF with error code 0x9 (P|RSVD)",
        ],
    );
}

#[test]
fn a_smap_refusal_and_the_other_rules() {
    let s = Scratch::new("rights");
    let base = "tables at 0x10000\n\
                map 0x1000 -> 0x5000 4K rw user\n\
                map 0x2000 -> 0x6000 4K ro user\n\
                map 0x3000 -> 0x7000 4K rw sup nx\n\
                map 0x4000 -> 0x8000 4K rw user nx pkey=2\n\
                cr4 smap on\ncr4 smep on\ncr4 pke on\npkru 0x20\n";
    let f = s.file("rights.mmu", base);
    let text = explain(&[&f, "0x1010"]);
    has(
        &text,
        &[
            "a user page (U/S=1 at every level)",
            "Decision: the page is a user page (U/S=1 at every level), and this is a supervisor read with SMAP on \
             (CR4.SMAP=1) and AC=0 (RFLAGS.AC=0): SMAP keeps the kernel out of user data, so the access is refused: \
             #PF with error code 0x1 (P).",
            "  P=1: the page was present (a protection or reserved-bit violation)",
            "  U/S=0: a supervisor-mode access",
            "Outcome (reference model): #PF P cr2=0x1010",
        ],
    );
    lacks(&text, &["Physical address", "Accessed/dirty"]);

    // RFLAGS.AC=1 suspends SMAP.
    let f_ac = s.file("ac.mmu", &format!("{base}rflags ac on\n"));
    let text = explain(&[&f_ac, "0x1010"]);
    has(
        &text,
        &[
            "Decision: the page is a user page, but RFLAGS.AC=1 suspends SMAP (CR4.SMAP=1), so a supervisor read is allowed.",
            "= 0x5010.",
        ],
    );

    // Two rules at once: a supervisor write to a read-only user page with SMAP on and CR0.WP=1.
    let text = explain(&[&f, "0x2000", "--kind", "write"]);
    has(
        &text,
        &[
            "Decision: more than one rule refuses it:",
            "  - The page is a user page (U/S=1 at every level), and this is a supervisor write with SMAP on",
            "  - The page is read-only (R/W=0 in the PTE), and this is a supervisor write with CR0.WP=1",
            "So the access is refused: #PF with error code 0x3 (P|W).",
        ],
    );

    // SMEP, XD, a user access to a supervisor page.
    let text = explain(&[&f, "0x1000", "--kind", "fetch"]);
    has(
        &text,
        &[
            "with SMEP on (CR4.SMEP=1)",
            "#PF with error code 0x11 (P|I)",
            "  I/D=1: an instruction fetch",
        ],
    );
    let text = explain(&[&f, "0x3000", "--kind", "fetch"]);
    has(
        &text,
        &[
            "execute-disabled (XD=1 in the PTE, EFER.NXE=1)",
            "Decision: the page is execute-disabled (XD=1 in the PTE, and EFER.NXE=1), and this is a supervisor fetch",
            "#PF with error code 0x11 (P|I)",
        ],
    );
    let text = explain(&[&f, "0x3000", "--user"]);
    has(
        &text,
        &[
            "Decision: the page is a supervisor page (U/S=0 in the PTE), and this is a user-mode read",
            "#PF with error code 0x5 (P|U)",
        ],
    );

    // Protection keys: PKRU 0x20 is WD2 (bit 5): reads pass, user writes do not.
    let text = explain(&[&f, "0x4000", "--user"]);
    has(
        &text,
        &[
            "the page has key 2 (leaf bits 62:59), and PKRU=0x20 has AD2=0 (bit 4) and WD2=1 (bit 5), which permit this access.",
            "so a user-mode read is allowed",
        ],
    );
    let text = explain(&[&f, "0x4000", "--user", "--kind", "write"]);
    has(
        &text,
        &[
            "WD2=1 denies user-mode writes to pages with key 2",
            "Decision: page-level protection allows it",
            "but the protection key does not, so the access is refused: #PF with error code 0x27 (P|W|U|PK).",
            "  PK=1: the protection-key condition holds",
        ],
    );
}

#[test]
fn a_non_canonical_address() {
    let text = explain(&[&example("tour.mmu"), "0x8000_0000_0000", "--user"]);
    has(
        &text,
        &[
            "Explaining a user-mode read of linear address 0x800000000000.",
            "is not canonical: bits 63:47 must all equal bit 47, but bit 47 is 1 and bits 63:48 are 0x0000.",
            "The access raises #GP before any translation: no TLB lookup, no walk, no memory read or written.",
            "Outcome (reference model): #GP",
            "Answered by: nothing: a #GP looks up no TLB (the result has no `tlb`).",
        ],
    );
    lacks(
        &text,
        &["Step 1", "splits into", "Answered by: a page walk"],
    );
    // The upper half is canonical.
    let text = explain(&[&example("tour.mmu"), "0xffff_8000_1234_5678"]);
    has(
        &text,
        &[
            "is canonical (bits 63:47 all equal bit 47 = 1)",
            "= 0x52345678.",
        ],
    );
}

#[test]
fn command_line_errors_and_help() {
    for args in [
        vec!["explain"],
        vec!["explain", &example("tour.mmu")],
        vec!["explain", &example("tour.mmu"), "0xZZ"],
        vec!["explain", &example("tour.mmu"), "-5"],
        vec![
            "explain",
            &example("tour.mmu"),
            "0x1000",
            "--kind",
            "execute",
        ],
        vec!["explain", "/nonexistent/x.mmu", "0x1000"],
        vec!["compile"],
    ] {
        let out = mmu(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = mmu(&["explain", &example("tour.mmu"), "0xZZ"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not an address ('Z' is not a hex digit)")
    );
    let out = mmu(&["explain", "/nonexistent/x.mmu", "0x1000"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "mmu-rtl: error: /nonexistent/x.mmu: cannot read the scenario: No such file or directory (os error 2)\n"
    );

    let help = String::from_utf8(mmu(&["explain", "--help"]).stdout).unwrap();
    has(
        &help,
        &[
            "initial state",
            "--kind",
            "--user",
            "VA",
            "SCENARIO",
            "reserved bits",
        ],
    );
    let help = String::from_utf8(mmu(&["compile", "--help"]).stdout).unwrap();
    has(
        &help,
        &[
            "map VA -> PA 4K|2M|1G",
            "expect ok",
            "-o",
            "Before the first op",
        ],
    );
    let help = String::from_utf8(mmu(&["--help"]).stdout).unwrap();
    has(&help, &["compile", "explain", ".mmu"]);
}

#[test]
fn a_pair_explains_its_fetch_then_its_data_access() {
    // examples/pair.mmu: the code page 0x40_0000 and the data page 0x40_1000 share a PDE.
    let compiled = mmu_scenario::lang::load(&example_path("pair.mmu")).expect("the example loads");
    let fetch = Access {
        va: 0x40_0010,
        kind: AccessKind::Fetch,
        user: true,
    };
    let read = Access {
        va: 0x40_1008,
        kind: AccessKind::Read,
        user: true,
    };
    let text = explain_pair(&compiled.scenario, fetch, read, "pair.mmu").expect("an explanation");
    let split = text
        .find("== The read, on the data port ==")
        .expect("the data access's part");
    let (first, second) = text.split_at(split);
    has(
        first,
        &[
            "Explaining a pair offered in the same cycle: a user-mode fetch of linear address 0x400010 on the fetch \
             port, and a user-mode read of linear address 0x401008 on the data port.",
            "The fetch goes first",
            "== The fetch, on the fetch port ==",
            "Outcome (reference model): ok pa=0x200010",
            "the instruction TLB having no entry for the page; 4 paging-structure entries read from memory.",
        ],
    );
    has(
        second,
        &[
            "State: as the fetch left it",
            "The paging-structure cache holds the PDE (an earlier walk read it)",
            "Outcome (reference model): ok pa=0x201008",
            "the data TLB having no entry for the page; 1 paging-structure entry read from memory.",
        ],
    );
    // The order is that of the model's pair.
    let (run, _) = mmu_model::run(&Scenario {
        ops: vec![Op::Pair { fetch, data: read }],
        ..compiled.scenario.clone()
    });
    let reads: Vec<Option<u32>> = run.results.iter().map(|r| r.walk_reads).collect();
    assert_eq!(reads, [Some(4), Some(1)]);
    // A pair is a fetch and a read or write.
    assert!(explain_pair(&compiled.scenario, read, fetch, "pair.mmu").is_err());
}
