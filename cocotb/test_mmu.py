"""The `mmu` top with its native memory port: random scenarios on both CPU ports, every answer and the memory compared
with the model."""

import random

import cocotb

from bench import reset, run_scenario, seeds
from memories import NativeMemory
from pagetables import scenario


@cocotb.test()
async def native_port_matches_the_model(dut):
    totals = {}
    stale = raced = most = 0
    for seed in seeds(default_count=5):
        dut._log.info("seed %d (rerun alone with BENCH_SEED=%d)", seed, seed)
        doc = scenario(seed)
        memory = NativeMemory(dut, {int(a, 0): int(v, 0) for a, v in doc["memory"]}, random.Random(seed))
        await reset(dut)
        task = cocotb.start_soon(memory.run())
        seen = await run_scenario(dut, doc, memory, seed)
        task.cancel()
        for k, v in seen.items():
            totals[k] = totals.get(k, 0) + v
        stale, raced, most = stale + memory.stale, raced + memory.raced, max(most, memory.most_outstanding)
    dut._log.info("coverage: %s, stale writes %d, races in a walk %d, most outstanding %d", totals, stale, raced, most)
    # A bench that never reached these would prove little about them.
    assert totals["walk"] > 0 and totals["l1"] > 0 and totals["pairs"] > 0 and totals["faults"] > 0, totals
    assert raced > 0 and stale > 0, (raced, stale)
    assert most > 1, "no posted writes"
