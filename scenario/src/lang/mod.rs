//! The `.mmu` scenario language: a scenario written for people, compiled to the same [`Scenario`] the JSON format
//! gives, plus `expect` lines that make the file a test.
//!
//! One directive per line; `#` starts a comment (anywhere on a line); blank lines are fine. Numbers are `0x` hex or
//! decimal, with single `_` between digits (`0x7fe9_5867_e9d8`, `4_096`). `KEY=VALUE` may be written `KEY = VALUE`.
//!
//! # The machine and its initial state
//!
//! ```text
//! config tlb_entries=16 itlb_entries=8 paddr_bits=40 mem_latency=2 pwc_entries=4 l2_sets=128 l2_ways=4
//!                           # any subset; before all else
//! tables at 0x100000        # where page tables are allocated; the first one also places the PML4 there
//! map VA -> PA 4K|2M|1G [rw|ro] [user|sup] [nx] [global] [pkey=N] [accessed] [dirty]
//! mem PA = VALUE            # a raw 64-bit word of physical memory
//! cr3 VALUE                 # default: the PML4 placed by `tables at` before the first op (else 0)
//! cr0 wp on|off             # default on
//! cr4 pge|pcide|smep|smap|pke on|off                   # default off
//! efer nxe on|off           # default on
//! rflags ac on|off          # default off
//! pkru VALUE                # default 0
//! ```
//!
//! `tlb_entries` is the size of the data TLB (the L1 of reads and writes; `dtlb_entries` is another name for it, and
//! giving both needs one value), `itlb_entries` that of the instruction TLB (the L1 of fetches); `l2_sets` and `l2_ways`
//! shape the second-level TLB both ports share (0 in either: none). The keys and their defaults are those of the JSON
//! format.
//!
//! `map` builds the page tables with [`PageTables`]: the leaf gets exactly the attributes written, and the defaults
//! are the restrictive ones, so that every right a page has is spelled out on its line: read-only (`ro`),
//! supervisor-only (`sup`), executable, not global, protection key 0, A and D clear. Upper-level entries the map
//! creates are present, writable and user (P, R/W, U/S = 1), so the leaf alone decides the rights; to restrict an
//! upper level, overwrite its entry with `mem`. A map is refused when the linear or physical address is not aligned to
//! the page size, the linear address is not canonical, the frame is beyond MAXPHYADDR (`paddr_bits`; to put a
//! reserved bit in an entry on purpose, write the entry with `mem`), or the page conflicts with one already mapped.
//!
//! # Ops: what happens, in order
//!
//! ```text
//! read|write|fetch user|sup VA       # an access; `user` is CPL 3
//! pair fetch user|sup VA read|write user|sup VA   # a fetch and a data access offered in the same cycle
//! invlpg VA
//! invpcid 0 pcid=N va=VA | invpcid 1 pcid=N | invpcid 2 | invpcid 3
//! write_cr3 VALUE                    # MOV to CR3, bit 63 included
//! write_mem PA = VALUE               # an OS store to memory (no invalidation)
//! poison PA                          # from now on the walker's accesses to this word get a bus error
//! external_write PA = VALUE         # another agent's store, racing the next access op's walk (lands right
//!                                    # after the walk reads the word, before its A/D write-back)
//! ```
//!
//! A fetch goes to the fetch port and its instruction TLB, a read or write to the data port and its data TLB; both
//! ports share the L2 TLB behind them. `pair` offers one of each in the same cycle: it is the `pair` op of the JSON
//! format, and runs as the RTL runs it, the fetch first (where both miss, the data access comes second and sees what
//! the fetch's walk wrote and cached, its L2 entry included).
//!
//! **Initial state vs. instructions.** The directives `mem`, `cr3`, `cr0`, `cr4`, `efer`, `rflags`, `pkru` and `map`
//! describe the initial state until the first op. Once an op has been written they describe what the OS does next:
//! `mem` becomes a `write_mem` op, `cr3` a `write_cr3` op (MOV to CR3, with its invalidations), the flag and `pkru`
//! directives `write_cr` ops (MOV to CR0/CR4 etc., with the MOV-to-CR4 invalidation rules), and `map` the `write_mem`
//! ops of the words it changes, tables first, then the entries that link them, in address order. A `map` after the
//! first op may replace a leaf entry of its own page size (remapping a page), which before the first op is a conflict;
//! like every memory write it invalidates nothing, so a cached translation stays until `invlpg`. `write_cr3` and
//! `write_mem` are always ops (the first op ends the initial state). `config` is not allowed after other directives.
//! Before the first op each setting may be given once.
//!
//! # Expectations
//!
//! ```text
//! expect ok [pa=PA] [l1|l2|walk]
//! expect pf [P|W|U|RSVD|I|PK] [l1|l2|walk]   # the exact error code; `-` or a number also work; none: any #PF
//! expect gp
//! expect bus_error [addr=PA]
//! expect fetch ok ...  /  expect data pf ...  # after a pair: which of its two accesses
//! ```
//!
//! `l1`, `l2` and `walk` name the level that answered the access: the L1 TLB of its port, the L2 TLB behind both
//! ports, or a page walk (the result format's `tlb`); `hit` is another spelling of `l1`.
//!
//! An `expect` line belongs to the access just before it (only blank and comment lines may stand between). After a
//! `pair`, up to two `expect` lines follow, each naming its access, `fetch` or `data`, in either order. Expectations
//! are not part of the JSON scenario: [`Compiled::expectations`] keeps each next to its op index (and pair side), and
//! [`check_expectations`] checks a run against them.
//!
//! [`Scenario`]: mmu_model::engine::Scenario
//! [`PageTables`]: mmu_model::pagetable::PageTables

mod compile;
mod expect;
mod lex;
mod load;
mod print;

pub use compile::{compile_mmu, parse_mmu, Compiled};
pub use expect::{check_expectations, describe_result, ExpectFailure, Expectation, PairSide, Want};
pub use lex::LangError;
pub use load::{load, source_kind, LoadError, SourceKind};
pub use print::scenario_to_json;

/// Helpers of the unit tests of the language's modules.
#[cfg(test)]
mod test_support {
    use std::path::Path;

    use super::{compile_mmu, Compiled, LangError};

    pub(super) fn compile(text: &str) -> Compiled {
        match compile_mmu(text, Path::new("t.mmu")) {
            Ok(c) => c,
            Err(e) => panic!("expected {text:?} to compile, got:\n{e}"),
        }
    }

    pub(super) fn error(text: &str) -> LangError {
        match compile_mmu(text, Path::new("t.mmu")) {
            Ok(c) => panic!("expected an error for {text:?}, got {c:?}"),
            Err(e) => e,
        }
    }
}
