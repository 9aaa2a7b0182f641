"""`mmu_wb`: the walker's memory behind a Wishbone B4 pipelined master, against a Wishbone slave with random STALL and
ACK latency; one random scenario on both CPU ports compared with the model, the A/D updates made under CYC."""

import random

import cocotb

from bench import reset, run_scenario, seeds
from memories import WishboneMemory
from pagetables import scenario


@cocotb.test()
async def wishbone_port_matches_the_model(dut):
    totals = {}
    raced = rmw = 0
    for seed in seeds(default_count=2):
        dut._log.info("seed %d (rerun alone with BENCH_SEED=%d)", seed, seed)
        doc = scenario(seed)
        await reset(dut)
        memory = WishboneMemory(dut, {int(a, 0): int(v, 0) for a, v in doc["memory"]}, random.Random(seed))
        task = cocotb.start_soon(memory.run())
        seen = await run_scenario(dut, doc, memory, seed)
        task.cancel()
        for k, v in seen.items():
            totals[k] = totals.get(k, 0) + v
        raced += memory.raced
        rmw += memory.locked_rmw
    dut._log.info("coverage: %s, races in a walk %d, locked read-modify-writes %d", totals, raced, rmw)
    assert totals["walk"] > 0 and totals["faults"] > 0, totals
    assert rmw > 0, "no A/D update under CYC"
