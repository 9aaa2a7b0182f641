"""`mmu_axi4`: the walker's memory behind an AXI4 master. Page tables in an AXI4 slave with an exclusive monitor and
random back-pressure on every channel; random scenarios on both CPU ports, every answer and the memory compared with
the model. The A/D updates are exclusive pairs: a lost monitor makes the bridge try again, another agent's store makes
the walk start again."""

import random

import cocotb

from bench import reset, run_scenario, seeds
from memories import AxiExclusiveRam
from pagetables import scenario


@cocotb.test()
async def axi4_port_matches_the_model(dut):
    totals = {}
    raced = excl = excl_failed = 0
    for seed in seeds():
        dut._log.info("seed %d (rerun alone with BENCH_SEED=%d)", seed, seed)
        doc = scenario(seed)
        await reset(dut)
        memory = AxiExclusiveRam(dut, {int(a, 0): int(v, 0) for a, v in doc["memory"]}, random.Random(seed))
        tasks = memory.start()
        seen = await run_scenario(dut, doc, memory, seed)
        for t in tasks:
            t.cancel()
        for k, v in seen.items():
            totals[k] = totals.get(k, 0) + v
        raced += memory.raced
        excl += memory.exclusive_ok
        excl_failed += memory.exclusive_failed
    dut._log.info("coverage: %s, races in a walk %d, exclusive writes ok %d, failed %d", totals, raced, excl,
                  excl_failed)
    assert totals["walk"] > 0 and totals["l1"] > 0 and totals["pairs"] > 0 and totals["faults"] > 0, totals
    assert raced > 0 and excl > 0 and excl_failed > 0, (raced, excl, excl_failed)
