#!/usr/bin/env python3
"""Formal checks of an exported `mmu` Verilog file with plain Yosys (`sat`); see formal/README.md.

  formal/run.py prove   FILE.v [--props P1,P2,...] [--work DIR]   prove the properties; one line per property
  formal/run.py mutants FILE.v [--only NAME,...]   [--work DIR]   break the design on purpose, one mutant at a time,
                                                                   and check that a counterexample is found
  formal/run.py list                                               the properties and the mutants

The design is the exported text with two `include lines added (formal/mmu_props.vh into module `mmu`, a generated
tlb_props.vh into module `mmu$tlb`). Yosys reads it, flattens it under the top `mmu`, connects two walker-internal wires
for the properties, removes every initial value (the proof starts from an arbitrary state) and proves each property
wire equal to 1 with

  sat -tempinduct -prove <wire> 1 -seq 1 -set-at 1 reset 1

i.e. reset is high in the first cycle, every input is free from then on (reset included) and the property must hold in
every later cycle: base case from that reset, induction step from any state in which the property held. Only the
sequential cone of influence of the property wire is given to the solver (a sound over-approximation: the rest of the
design is left out, its outputs become free). A mutant is the exported text with one deliberate bug (MUTANTS below); it
is prepared the same way and searched for a counterexample from the reset (bounded model checking: the base case of the
same proof), which must be found; its trace is written as a VCD.

Exit status: 0 all proved / all mutants caught; 1 a property failed or a mutant was missed; 2 a setup error (tool
missing, unexpected Verilog). Python 3 standard library only.
"""

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (title, kind). kind "wire": prove the mmu-scope wire f_<name>; "pairs": prove tlb.f_p4_<i>_<j> for every pair.
PROPS = {
    "P1": ("a user-mode access is granted only to a user page", "wire"),
    "P2": ("a write is granted to a read-only page only in supervisor mode with CR0.WP=0", "wire"),
    "P3": ("a fetch is never granted from an execute-disabled page (XD with EFER.NXE)", "wire"),
    "P4": ("TLB: at most one entry matches any lookup, in every reachable state", "pairs"),
    "P5": ("an ok response to a walk follows that walk's rights check", "wire"),
}

# Mutants: (property that must catch it, module, pattern, replacement, expected count, what it breaks).
# The pattern is a regular expression applied to the text of that module only; the count "N" means one per TLB entry.
# A pattern that no longer matches the expected number of times is a setup error, not a pass.
MUTANTS = {
    "perm-allow-high": ("P1", "mmu$perm", r"^(\s*)allow = ok;$", r"\1allow = 1'b1;", 1,
                        "Perm allows every access"),
    "perm-user-page-ignored": ("P1", "mmu$perm", r"user_deny = ~page_user \|\| ", "user_deny = ", 1,
                               "user mode may use supervisor pages"),
    "perm-wp-ignored": ("P2", "mmu$perm", r"\(is_write && cr0_wp && ~page_writable\)", "1'b0", 1,
                        "CR0.WP no longer protects read-only pages from supervisor writes"),
    "perm-nx-ignored": ("P3", "mmu$perm", r"no_exec = efer_nxe && page_xd;", "no_exec = 1'b0;", 1,
                        "XD pages are executable"),
    "hit-skips-perm": ("P1", "mmu", r"^(\s*)if \(perm\$allow\) begin$", r"\1if (1'b1) begin", 1,
                       "a TLB hit answers ok without the rights check"),
    "walk-skips-perm": ("P1", "mmu$walker", r"^(\s*)if \(perm_allow\) begin$", r"\1if (1'b1) begin", 1,
                        "the walker goes on whatever the rights check says"),
    "walk-fault-answered-ok": ("P5", "mmu", r"\bif \(walker\$fault\) begin$", "if (1'b0) begin", 1,
                               "a faulting walk is answered ok"),
    "tlb-no-overlap-drop": ("P4", "mmu$tlb",
                            r"else if \(\(fill_en && fl_overlap\$(\d+)\) \|\| inv_drop\$(\d+)\)",
                            r"else if (inv_drop$\2)", "N",
                            "a fill no longer drops the entries overlapping the new page"),
    "tlb-overlap-ignores-new-global": ("P4", "mmu$tlb", r"\|\| fill_glob \|\| ", "|| ", "N",
                                       "a global fill keeps overlapping entries of other PCIDs"),
    "tlb-capture-missed": ("P4", "mmu$tlb", r"^(\s*)if \(lk_capture\) begin$", r"\1if (1'b0) begin", "N",
                           "the fill tests overlaps with compares never captured for its access"),
}

# Cycles searched for a mutant's counterexample, the reset cycle included, and whether the search is incremental (see
# bmc_cmd). A rights violation needs one walk (a hit: one walk, then the hit), about 7 cycles from reset; the shortest
# double TLB hit needs three walks (two fills that do not overlap, then one that overlaps both), about 23 cycles. Slack
# for a few more cycles of latency.
DEPTH = {"P1": (16, True), "P2": (16, True), "P3": (16, True), "P4": (30, False), "P5": (16, True)}

# Walker state numbers the properties need, from the walker's `localparam WalkState$<Name> = <n>;`.
WALK_STATES = {"F_IDLE": "Idle", "F_PERM_CHECK": "PermCheck", "F_WRITE_BACK": "WriteBack",
               "F_ACK_WRITE": "AckWrite", "F_DONE": "Done"}
# Walker-internal wires tapped after flattening: (wire in formal/mmu_props.vh, flattened name).
TAPS = [("f_walk_state", "walker.state$q"), ("f_walk_state_next", "walker.state$d"),
        ("tlb.f_walking", "f_walking")]


class SetupError(Exception):
    pass


def module_span(text, name):
    """(start, end) of module `name` in `text`, `end` just before its `endmodule`."""
    m = re.search(r"^module " + re.escape(name) + r"\(", text, re.M)
    e = re.search(r"^endmodule // " + re.escape(name) + r"$", text, re.M)
    if not m or not e or e.start() < m.start():
        raise SetupError(f"module `{name}` not found in the exported Verilog")
    return m.start(), e.start()


def tlb_entries(text):
    m = re.search(r"^// Configuration: .*\btlb_entries=(\d+)", text, re.M)
    if not m:
        raise SetupError("no `// Configuration: tlb_entries=N` header: is this an `mmu-rtl export` file?")
    return int(m.group(1))


def tlb_props(n):
    """tlb_props.vh for `n` entries: property P4 as one wire per entry pair, in the scope of module `mmu$tlb`."""
    lines = [
        "// Property P4, generated by formal/run.py for %d TLB entries; included in module `mmu$tlb`." % n,
        "//",
        "// f_disjoint_i_j: entries i and j can never both match one lookup. Written from docs/architecture.md",
        "// (Match), not from the TLB's own overlap logic: both valid, a PCID in which both match (one of them",
        "// global, or equal PCIDs), and equal VPN bits above the larger of the two page sizes (size 2 = 1G:",
        "// VA 47:30 only; size 0 = 4K: also VA 20:12; otherwise also VA 29:21). This is the inductive invariant",
        "// the fill keeps by dropping overlaps. f_p4_i_j adds the consequence proved with it: the TLB's match lines",
        "// i and j (lk_match$i, driving `hit` and the AND-OR readout) are never both high for the lookup of the",
        "// cycle (the MMU's req_va and current PCID, free inputs); so no lookup ever sees two hits. One proof per",
        "// pair: each pair's invariant is inductive on its own.",
        "//",
        "// The fill tests overlaps with the lookup compares captured when the MMU took the access (cap_*), so the",
        "// invariant also says they are right when a fill uses them. f_cap_live, a monitor register, records that",
        "// no fill has come since the last capture; f_cap_ok_i: while it is set, entry i's captured compares equal",
        "// the compares of its fields with the fill operands (the walker's, from the MMU's registers of the access);",
        "// f_live: while a walk is pending or running (f_walking, tapped from the `mmu` scope) it is set.",
        "",
        "    wire f_walking;",
        "    reg f_cap_live;",
        "    always @(posedge clock) begin",
        "        if (reset) f_cap_live <= 1'b0;",
        "        else if (lk_capture) f_cap_live <= 1'b1;",
        "        else if (fill_en) f_cap_live <= 1'b0;",
        "    end",
        "    wire f_live = !f_walking || f_cap_live;",
    ]
    for i in range(n):
        lines.append(
            f"    wire f_cap_ok_{i} = !f_cap_live || ((cap_1g$q${i} == (e_vpn_1g$q${i} == fill_vpn_1g))"
            f" && (cap_2m$q${i} == (e_vpn_2m$q${i} == fill_vpn_2m))"
            f" && (cap_4k$q${i} == (e_vpn_4k$q${i} == fill_vpn_4k))"
            f" && (cap_pcid$q${i} == (e_pcid$q${i} == fill_pcid)));")
    for i in range(n):
        for j in range(i + 1, n):
            lines.append(
                f"    wire f_disjoint_{i}_{j} = !(e_valid$q${i} && e_valid$q${j}"
                f" && (e_glob$q${i} || e_glob$q${j} || (e_pcid$q${i} == e_pcid$q${j}))"
                f" && (e_vpn_1g$q${i} == e_vpn_1g$q${j})"
                f" && ((e_size$q${i} == 2'd2) || (e_size$q${j} == 2'd2) || (e_vpn_2m$q${i} == e_vpn_2m$q${j}))"
                f" && ((e_size$q${i} != 2'd0) || (e_size$q${j} != 2'd0) || (e_vpn_4k$q${i} == e_vpn_4k$q${j})));")
            lines.append(f"    (* keep *) wire f_p4_{i}_{j} = f_disjoint_{i}_{j} && !(lk_match${i} && lk_match${j})"
                         f" && f_cap_ok_{i} && f_cap_ok_{j} && f_live;")
    pairs = " && ".join(f"f_p4_{i}_{j}" for i in range(n) for j in range(i + 1, n))
    lines.append("    // All pairs at once, for the counterexample search on mutants.")
    lines.append(f"    (* keep *) wire f_p4 = {pairs};")
    return "\n".join(lines) + "\n"


def instrument(text, work):
    """Writes the design with the property includes into `work`; returns (file, defines, tlb entries)."""
    n = tlb_entries(text)
    start, end = module_span(text, "mmu$walker")
    walker = text[start:end]
    defines = {}
    for macro, state in WALK_STATES.items():
        m = re.search(r"localparam\s+WalkState\$" + state + r"\s*=\s*(\d+)\s*;", walker)
        if not m:
            raise SetupError(f"walker state `WalkState${state}` not found in module `mmu$walker`")
        defines[macro] = m.group(1)
    for name, inc in (("mmu$tlb", "tlb_props.vh"), ("mmu", "mmu_props.vh")):
        _, end = module_span(text, name)
        text = text[:end] + f'`include "{inc}"\n' + text[end:]
    work.mkdir(parents=True, exist_ok=True)
    (work / "tlb_props.vh").write_text(tlb_props(n))
    design = work / "mmu_formal.v"
    design.write_text(text)
    return design, defines, n


def yosys(script, log, timeout=None):
    """Runs a Yosys script; returns (ok, log text, seconds)."""
    t0 = time.monotonic()
    cmd = ["yosys", "-q", "-l", str(log), "-s", str(script)]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
        ok = r.returncode == 0
        out = r.stdout + ("" if ok else f"\n(yosys exit status {r.returncode})")
    except subprocess.TimeoutExpired:
        ok, out = False, f"(yosys timed out after {timeout} s)"
    text = log.read_text() if log.exists() else out
    return ok, text + ("" if ok else "\n" + out), time.monotonic() - t0


def prepare(text, work):
    """Instruments, flattens and saves the design as RTLIL; returns (rtlil file, tlb entries, seconds)."""
    design, defines, n = instrument(text, work)
    for old in work.glob("*.vcd"):
        old.unlink()
    defs = " ".join(f"-D{k}={v}" for k, v in sorted(defines.items()))
    taps = "\n".join(f"connect -set {w} {src}" for w, src in TAPS)
    script = work / "prep.ys"
    script.write_text(f"""# Generated by formal/run.py: the design under proof.
read_verilog -I {HERE} -I {work} {defs} {design}
hierarchy -check -top mmu
proc
flatten
{taps}
# No initial values: every flip-flop starts arbitrary, the proof relies on the reset alone.
setattr -unset init
opt -keepdc
# Fails if a tap above was left undriven (a renamed walker signal) or the design has other obvious problems.
check -assert
write_rtlil {work / 'prepared.il'}
""")
    ok, log, secs = yosys(script, work / "prep.log")
    if not ok:
        raise SetupError(f"Yosys could not prepare the design (see {work / 'prep.log'}):\n" + tail(log))
    return work / "prepared.il", n, secs


def tail(log, lines=15):
    return "\n".join(log.strip().splitlines()[-lines:])


def sat_cmd(wire, maxsteps, vcd=None):
    """The proof: temporal induction from a reset in the first cycle."""
    dump = f" -dump_vcd {vcd}" if vcd else ""
    # The cone of influence of the wire (through flip-flops), plus reset for -set-at.
    return (f"select -set coi w:{wire} %ci* w:reset %u\n"
            f"sat -tempinduct -prove {wire} 1 -seq 1 -set-at 1 reset 1 -maxsteps {maxsteps}{dump} @coi\n")


def bmc_cmd(wire, depth, vcd, incremental):
    """The counterexample search from a reset in cycle 1, cycles 2..depth checked. Incremental: one SAT problem per
    length, stopping at the shortest counterexample (fast when it is short); otherwise one SAT problem for all
    `depth` cycles (faster for long ones)."""
    sel = f"select -set coi w:{wire} %ci* w:reset %u\n"
    # The trace: the ports and every register of the cone, cycle by cycle, and the property.
    show = f"-show-ports -show-regs -show {wire} -dump_vcd {vcd}"
    if incremental:
        return sel + (f"sat -tempinduct -tempinduct-baseonly -prove {wire} 1 -seq 1 -set-at 1 reset 1 "
                      f"-maxsteps {depth - 1} {show} @coi\n")
    return sel + f"sat -seq {depth} -prove-skip 1 -prove {wire} 1 -set-at 1 reset 1 {show} @coi\n"


def verdict(log):
    """A proof's result: ("proved", induction length) | ("cex", cycles after reset) | ("induction-failed", length)
    | ("error", 0)."""
    lens = [int(x) for x in re.findall(r"\*\* Trying induction with length (\d+) \*\*", log)]
    last = lens[-1] if lens else 0
    if "Induction step proven: SUCCESS!" in log:
        return "proved", last
    m = re.findall(r"\[base case (\d+)\] Solving", log)
    if "model found for base case: FAIL!" in log:
        return "cex", int(m[-1]) if m else last
    if "Reached maximum number of time steps -> proof failed" in log:
        return "induction-failed", last
    return "error", 0


def bmc_verdict(log, wire):
    """A counterexample search's result: ("cex", cycles after reset of the first failing cycle) | ("clean", 0) |
    ("error", 0)."""
    if "model found for base case: FAIL!" in log:
        m = re.findall(r"\[base case (\d+)\] Solving", log)
        return "cex", int(m[-1]) if m else 0
    if "SAT proof finished - model found: FAIL!" in log:
        # Cycle 1 is the reset cycle, from an arbitrary state: not checked.
        steps = [int(s) for s in re.findall(r"^\s+(\d+) \\" + re.escape(wire) + r"\s+0\s", log, re.M)]
        steps = [s for s in steps if s > 1]
        return "cex", (steps[0] - 1) if steps else 0
    if "no model found: SUCCESS!" in log or "proved base case for" in log:
        return "clean", 0
    return "error", 0


def prove(args):
    text = Path(args.verilog).read_text()
    work = Path(args.work)
    props = args.props.split(",") if args.props else list(PROPS)
    for p in props:
        if p not in PROPS:
            raise SetupError(f"unknown property {p} (known: {', '.join(PROPS)})")
    il, n, secs = prepare(text, work)
    level = f"mmu, {n} TLB entries"
    print(f"prepared {args.verilog} ({level}) in {secs:.1f} s", flush=True)
    failed = False
    for p in props:
        title, kind = PROPS[p]
        script = work / f"{p}.ys"
        body = f"read_rtlil {il}\n"
        if kind == "wire":
            body += sat_cmd(f"f_{p.lower()}", args.maxsteps, work / f"{p}.vcd")
            ok, log, secs = yosys_text(script, body, work / f"{p}.log", args.timeout)
            res, k = verdict(log) if ok else ("error", 0)
            detail = {"proved": f"induction length {k}",
                      "cex": f"counterexample {k} cycles after reset: {work / (p + '.vcd')}",
                      "induction-failed": f"induction failed up to length {k}: {work / (p + '.vcd')}"}.get(
                          res, f"Yosys error ({tail(log, 1)}), see {work / (p + '.log')}")
        else:
            pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
            for i, j in pairs:
                body += f"log @@pair {i} {j}\n" + sat_cmd(f"tlb.f_p4_{i}_{j}", args.maxsteps,
                                                             work / f"{p}_{i}_{j}.vcd")
            ok, log, secs = yosys_text(script, body, work / f"{p}.log", args.timeout)
            chunks = log.split("@@pair ")[1:]
            results = [verdict(c) for c in chunks]
            bad = [f"{c.split()[0]}-{c.split()[1]}: {r}" for c, (r, _) in zip(chunks, results) if r != "proved"]
            if ok and len(results) == len(pairs) and not bad:
                res = "proved"
                detail = f"{len(pairs)} entry pairs, induction length {max(k for _, k in results)}"
            else:
                res = "failed"
                detail = ("pairs " + ", ".join(bad[:4]) + (" ..." if len(bad) > 4 else "")) if bad else \
                    f"Yosys error, see {work / (p + '.log')}"
                detail += f" (log: {work / (p + '.log')})"
        status = "PROVED" if res == "proved" else "FAILED"
        failed |= status != "PROVED"
        print(f"{p}  {status:6}  {secs:6.1f} s  {title}  [{level}; {detail}]", flush=True)
    return 1 if failed else 0


def yosys_text(script, body, log, timeout):
    script.write_text("# Generated by formal/run.py.\n" + body)
    return yosys(script, log, timeout)


def mutate(text, name):
    prop, module, pattern, repl, count, _ = MUTANTS[name]
    start, end = module_span(text, module)
    want = tlb_entries(text) if count == "N" else count
    new, got = re.subn(pattern, repl, text[start:end], flags=re.M)
    if got != want:
        raise SetupError(f"mutant {name}: pattern /{pattern}/ matched {got} times in module `{module}`, expected "
                         f"{want}; the exported Verilog changed: update MUTANTS in formal/run.py")
    return text[:start] + new + text[end:]


def mutants(args):
    text = Path(args.verilog).read_text()
    names = args.only.split(",") if args.only else list(MUTANTS)
    for m in names:
        if m not in MUTANTS:
            raise SetupError(f"unknown mutant {m} (known: {', '.join(MUTANTS)})")
    missed = False
    for name in names:
        prop, _, _, _, _, what = MUTANTS[name]
        work = Path(args.work) / name
        il, n, prep_secs = prepare(mutate(text, name), work)
        wire = "tlb.f_p4" if PROPS[prop][1] == "pairs" else f"f_{prop.lower()}"
        vcd = work / "cex.vcd"
        depth, incremental = DEPTH[prop]
        depth = args.depth or depth
        ok, log, secs = yosys_text(work / "bmc.ys", f"read_rtlil {il}\n" + bmc_cmd(wire, depth, vcd, incremental),
                                   work / "bmc.log", args.timeout)
        res, k = bmc_verdict(log, wire) if ok else ("error", 0)
        if res == "cex":
            status, detail = "CAUGHT", f"counterexample, fails {k} cycles after reset: {vcd}"
        elif res == "clean":
            status, detail = "MISSED", f"no counterexample within {depth - 1} cycles after reset"
        else:
            status, detail = "MISSED", f"Yosys error or timeout ({tail(log, 1)}), see {work / 'bmc.log'}"
        missed |= status != "CAUGHT"
        print(f"mutant {name:31} {prop}  {status}  {prep_secs + secs:6.1f} s  {what}  [{n} TLB entries; {detail}]",
              flush=True)
    return 1 if missed else 0


def list_all(_args):
    for p, (title, kind) in PROPS.items():
        print(f"{p}  {title}")
    for name, (prop, module, *_rest, what) in MUTANTS.items():
        print(f"mutant {name:31} {prop}  in {module}: {what}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prove", help="prove the properties")
    p.add_argument("verilog")
    p.add_argument("--props", help="comma-separated subset of " + ",".join(PROPS))
    p.add_argument("--work", default="out/formal/work", help="scratch folder (logs, scripts, counterexample VCDs)")
    p.add_argument("--maxsteps", type=int, default=4, help="longest induction tried (default 4)")
    p.add_argument("--timeout", type=float, default=None, help="seconds per Yosys run (default none)")
    p.set_defaults(func=prove)
    m = sub.add_parser("mutants", help="check that each mutant yields a counterexample")
    m.add_argument("verilog")
    m.add_argument("--only", help="comma-separated subset of the mutants")
    m.add_argument("--work", default="out/formal/mutants", help="scratch folder")
    m.add_argument("--depth", type=int, default=None,
                   help="cycles searched, the reset cycle included (default per property: DEPTH in run.py)")
    m.add_argument("--timeout", type=float, default=600, help="seconds per Yosys run (default 600)")
    m.set_defaults(func=mutants)
    sub.add_parser("list", help="the properties and the mutants").set_defaults(func=list_all)
    args = ap.parse_args()
    if args.cmd != "list" and shutil.which("yosys") is None:
        print("formal: yosys not found (scripts/ensure-tools.sh yosys installs it)", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except SetupError as e:
        print(f"formal: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
