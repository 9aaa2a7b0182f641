"""Bench memories behind the MMU's walker: the native port (`mmu`), AXI4 with an exclusive monitor (`mmu_axi4`), and
pipelined Wishbone (`mmu_wb`).

Each holds the words (a dict, absent words read 0) and carries out `external_write`: armed with `arm_race`, the store
lands right after the next read of its word, between the walk's read and its A/D write-back, or with `land_race` when
the access op is done. Each checks its side's protocol and fails the test on a violation.
"""

from collections import deque

from cocotb.triggers import ReadOnly, RisingEdge


class Words:
    """The memory's contents, the race, and the backdoor the bench uses between ops."""

    def __init__(self, words):
        self.words = dict(words)
        self.race = None
        self.raced = 0

    def store(self, addr, value):
        self.words[addr] = value

    def load(self, addr):
        return self.words.get(addr, 0)

    def arm_race(self, addr, value):
        if self.race is not None:
            self.store(*self.race)
        self.race = (addr, value)

    def land_race(self):
        if self.race is not None:
            self.store(*self.race)
            self.race = None

    def read(self, addr):
        """A read by the bus: the word now, then the racing store lands if it waits for this word."""
        value = self.load(addr)
        if self.race is not None and self.race[0] == addr:
            self.land_race()
            self.raced += 1
        return value


class NativeMemory(Words):
    """The `mmu` memory port: in-order answers after 1..`max_latency` cycles, random `mem_req_ready`, writes as
    compare-and-set (`mem_req_expect`, answered `mem_rsp_stale` when the word changed)."""

    def __init__(self, dut, words, rng, ready_p=0.7, max_latency=4):
        super().__init__(words)
        self.dut, self.rng, self.ready_p, self.max_latency = dut, rng, ready_p, max_latency
        self.stale = 0
        self.most_outstanding = 0

    async def run(self):
        dut = self.dut
        owed = deque()  # (due cycle, data, stale)
        cycle = 0
        while True:
            ready = self.rng.random() < self.ready_p
            answer = owed[0] if owed and owed[0][0] <= cycle else None
            dut.mem_req_ready.value = int(ready)
            dut.mem_rsp_valid.value = int(answer is not None)
            dut.mem_rsp_data.value = answer[1] if answer else 0
            dut.mem_rsp_err.value = 0
            dut.mem_rsp_stale.value = int(answer[2]) if answer else 0
            await ReadOnly()
            outstanding = len(owed)
            if answer is not None:
                owed.popleft()
            if ready and int(dut.mem_req_valid.value):
                addr = int(dut.mem_req_addr.value)
                assert addr % 8 == 0, f"unaligned request {addr:#x}"
                assert outstanding < 4, f"a fifth outstanding request ({addr:#x})"
                if int(dut.mem_req_we.value):
                    stale = self.load(addr) != int(dut.mem_req_expect.value)
                    if not stale:
                        self.store(addr, int(dut.mem_req_wdata.value))
                    self.stale += stale
                    data = 0
                else:
                    assert outstanding == 0, f"a read of {addr:#x} with {outstanding} request(s) outstanding"
                    data, stale = self.read(addr), False
                due = max(cycle + 1 + self.rng.randrange(self.max_latency), owed[-1][0] + 1 if owed else 0)
                owed.append((due, data, stale))
                self.most_outstanding = max(self.most_outstanding, len(owed))
            await RisingEdge(dut.clock)
            cycle += 1
