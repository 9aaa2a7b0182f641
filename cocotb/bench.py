"""The bench's shared part: the reference answers from the model, the CPU-port driver, and the comparison.

A test builds a scenario (pagetables.scenario), asks `mmu-rtl run --engine model --json` for its answers, and replays the
ops on the design: accesses on their port (a pair on both ports in the same cycle), `invlpg` on the maintenance port,
`write_mem` into the bench memory between ops, `external_write` armed in the bench memory so that it lands right after
the walker's read of its word. Every answer and, at the end, every word the scenario names are compared with the
model's; the first difference fails the test with the seed, the op and both values.
"""

import json
import os
import random
import subprocess
import tempfile
from pathlib import Path

from cocotb.clock import Clock
from cocotb.triggers import ReadOnly, RisingEdge

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES = {0: "ok", 1: "pf", 2: "gp", 3: "bus_error"}
CMD_INVLPG = 1
# Per port and op: the most cycles an access may take in the bench, memory back-pressure included.
CYCLE_LIMIT = 20_000


def mmu_rtl():
    """The mmu-rtl binary: $MMU_RTL, or the release build of this checkout."""
    path = Path(os.environ.get("MMU_RTL", ROOT / "target" / "release" / "mmu-rtl"))
    if not path.exists():
        raise RuntimeError(f"{path} not found: build it with `cargo build --release` or set MMU_RTL")
    return path


def model_answers(doc):
    """The model's result document for scenario `doc`."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(doc, f)
        name = f.name
    try:
        out = subprocess.run([str(mmu_rtl()), "run", name, "--engine", "model", "--json"],
                             capture_output=True, text=True, check=False)
    finally:
        os.unlink(name)
    if out.returncode != 0:
        raise RuntimeError(f"mmu-rtl run --engine model failed: {out.stderr}")
    return json.loads(out.stdout)


def hexint(v):
    return int(v, 0) if isinstance(v, str) else int(v)


_clocked = set()


async def reset(dut):
    """Clock (started once), inputs idle, two cycles of reset, then wait until the MMU takes commands (the L2 empties)."""
    if id(dut) not in _clocked:
        Clock(dut.clock, 10, unit="ns").start()
        _clocked.add(id(dut))
    for port in ("fetch", "data"):
        getattr(dut, f"{port}_req_valid").value = 0
    dut.data_req_write.value = 0
    dut.cmd_valid.value = 0
    dut.reset.value = 1
    for _ in range(2):
        await RisingEdge(dut.clock)
    dut.reset.value = 0
    for _ in range(2000):
        await ReadOnly()
        if int(dut.cmd_ready.value):
            break
        await RisingEdge(dut.clock)
    else:
        raise AssertionError("the MMU did not come out of reset")
    await RisingEdge(dut.clock)


def drive_control(dut, doc):
    dut.cr0_wp.value = int(doc.get("cr0_wp", True))
    dut.efer_nxe.value = int(doc.get("efer_nxe", True))
    for key in ("cr4_pge", "cr4_pcide", "cr4_smep", "cr4_smap", "cr4_pke", "rflags_ac"):
        getattr(dut, key).value = int(doc.get(key, False))
    dut.pkru.value = hexint(doc.get("pkru", 0))
    dut.cr3.value = hexint(doc.get("cr3", 0))


def answer_of(dut, port, va):
    """The result entry a response on `port` stands for, in the model's terms."""
    outcome = OUTCOMES[int(getattr(dut, f"{port}_rsp_outcome").value)]
    r = {"outcome": outcome}
    pa = int(getattr(dut, f"{port}_rsp_pa").value)
    if outcome == "ok":
        r["pa"] = hex(pa)
    elif outcome == "pf":
        r["error_code"] = int(getattr(dut, f"{port}_rsp_error_code").value)
        r["cr2"] = hex(va)
    elif outcome == "bus_error":
        r["addr"] = hex(pa)
    if outcome != "gp":
        if int(getattr(dut, f"{port}_rsp_tlb_hit").value):
            r["tlb"] = "l1"
        elif int(getattr(dut, f"{port}_rsp_l2_hit").value):
            r["tlb"] = "l2"
        else:
            r["tlb"] = "walk"
    return r


async def accesses(dut, reqs):
    """Offers `reqs` ([(port, va, kind, user)]) in the same cycle, each until taken; returns their answers in order."""
    pending = {}
    for port, va, kind, user in reqs:
        getattr(dut, f"{port}_req_valid").value = 1
        getattr(dut, f"{port}_req_va").value = va
        getattr(dut, f"{port}_req_user").value = int(user)
        if port == "data":
            dut.data_req_write.value = int(kind == "write")
        pending[port] = {"va": va, "taken": False, "answer": None}
    for _ in range(CYCLE_LIMIT):
        await ReadOnly()
        taken_now = []
        for port, p in pending.items():
            if p["taken"] and p["answer"] is None and int(getattr(dut, f"{port}_rsp_valid").value):
                p["answer"] = answer_of(dut, port, p["va"])
            if not p["taken"] and int(getattr(dut, f"{port}_req_ready").value):
                taken_now.append(port)
        await RisingEdge(dut.clock)
        for port in taken_now:
            pending[port]["taken"] = True
            getattr(dut, f"{port}_req_valid").value = 0
        if all(p["answer"] is not None for p in pending.values()):
            return [pending[port]["answer"] for port, *_ in reqs]
    raise AssertionError(f"no answer within {CYCLE_LIMIT} cycles: {reqs}")


async def invlpg(dut, va):
    dut.cmd_valid.value = 1
    dut.cmd_op.value = CMD_INVLPG
    dut.cmd_va.value = va
    dut.cmd_pcid.value = 0
    dut.cmd_noflush.value = 0
    for _ in range(CYCLE_LIMIT):
        await ReadOnly()
        ready = int(dut.cmd_ready.value)
        await RisingEdge(dut.clock)
        if ready:
            dut.cmd_valid.value = 0
            return
    raise AssertionError("INVLPG not taken")


def compare(seed, i, op, got, want):
    for key in ("outcome", "pa", "error_code", "cr2", "addr", "tlb"):
        if got.get(key) != want.get(key):
            raise AssertionError(f"seed {seed}, op {i} ({op}): {key} is {got.get(key)}, the model says "
                                 f"{want.get(key)}\n  design: {got}\n  model:  {want}")


async def run_scenario(dut, doc, memory, seed):
    """Replays `doc` on the design with `memory` (a bench memory: backdoor `store`/`load`, `arm_race`, `land_race`)
    behind it and compares everything with the model. Returns counts of what happened, for coverage."""
    want = model_answers(doc)
    drive_control(dut, doc)
    results = iter(want["results"])
    seen = {"walk": 0, "l1": 0, "l2": 0, "faults": 0, "pairs": 0}
    for i, op in enumerate(doc["ops"]):
        kind = op["op"]
        if kind in ("access", "pair"):
            if kind == "access":
                port = "fetch" if op["kind"] == "fetch" else "data"
                reqs = [(port, hexint(op["va"]), op["kind"], op["user"])]
            else:
                f, d = op["fetch"], op["data"]
                reqs = [("fetch", hexint(f["va"]), "fetch", f["user"]), ("data", hexint(d["va"]), d["kind"], d["user"])]
                seen["pairs"] += 1
            for got in await accesses(dut, reqs):
                expected = next(results)
                compare(seed, i, op, got, expected)
                if "tlb" in got:
                    seen[got["tlb"]] += 1
                seen["faults"] += got["outcome"] != "ok"
            memory.land_race()
        elif kind == "write_mem":
            memory.store(hexint(op["addr"]), hexint(op["value"]))
        elif kind == "external_write":
            memory.arm_race(hexint(op["addr"]), hexint(op["value"]))
        elif kind == "invlpg":
            await invlpg(dut, hexint(op["va"]))
        else:
            raise ValueError(f"op {kind} is not driven by this bench")
    for addr, value in want["memory_after"]:
        got = memory.load(hexint(addr))
        if got != hexint(value):
            raise AssertionError(f"seed {seed}: memory {addr} is {got:#x}, the model says {value}")
    return seen


def seeds(default_count=3):
    """The seeds to run: $BENCH_SEED alone, or a fresh random one plus fixed ones, each printed."""
    if "BENCH_SEED" in os.environ:
        return [int(os.environ["BENCH_SEED"])]
    return [random.randrange(1 << 32)] + list(range(1, default_count))
