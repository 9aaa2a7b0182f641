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


def pauses(rng, percent):
    """A pause generator for a cocotbext-axi channel: pause in `percent`% of cycles."""
    while True:
        yield rng.randrange(100) < percent


class AxiExclusiveRam(Words):
    """An AXI4 slave with an exclusive monitor, built from cocotbext-axi's channel models (its AxiRam has no
    exclusive-access support: it answers an exclusive read OKAY, which `mmu_axi4` must take as "cannot be made
    atomic"). Single beats of 8 bytes. An exclusive read (ARLOCK) sets the monitor on its address and is answered
    EXOKAY; an exclusive write (AWLOCK) lands and is answered EXOKAY only while the monitor still holds its address,
    else it writes nothing and is answered OKAY; any write to the address clears the monitor. Now and then another
    agent writes the reserved word back unchanged between the exclusive read and write: the monitor is lost, the
    exclusive write fails, and the bridge must try again. Random back-pressure on all five channels."""

    def __init__(self, dut, words, rng, prefix="m_axi", interfere_percent=20, pause_percent=30):
        from cocotbext.axi import AxiBus
        from cocotbext.axi.axi_channels import AxiARSink, AxiAWSink, AxiBSource, AxiRSource, AxiWSink

        super().__init__(words)
        bus = AxiBus.from_prefix(dut, prefix)
        clk, rst = dut.clock, dut.reset
        self.ar = AxiARSink(bus.read.ar, clk, rst)
        self.r = AxiRSource(bus.read.r, clk, rst)
        self.aw = AxiAWSink(bus.write.aw, clk, rst)
        self.w = AxiWSink(bus.write.w, clk, rst)
        self.b = AxiBSource(bus.write.b, clk, rst)
        for channel in (self.ar, self.r, self.aw, self.w, self.b):
            channel.set_pause_generator(pauses(rng, pause_percent))
        self.rng, self.interfere_percent = rng, interfere_percent
        self.reserved = None
        self.exclusive_reads = self.exclusive_ok = self.exclusive_failed = 0

    def start(self):
        import cocotb

        return [cocotb.start_soon(self._reads()), cocotb.start_soon(self._writes())]

    async def _reads(self):
        from cocotbext.axi.axi_channels import AxiRTransaction
        from cocotbext.axi.constants import AxiResp

        while True:
            ar = await self.ar.recv()
            addr = int(ar.araddr)
            assert int(ar.arlen) == 0 and int(ar.arsize) == 3 and addr % 8 == 0, f"not one 8-byte beat: {ar}"
            exclusive = bool(int(getattr(ar, "arlock", 0)))
            data = self.read(addr)
            if exclusive:
                self.exclusive_reads += 1
                self.reserved = addr
                if self.rng.randrange(100) < self.interfere_percent:
                    self.store(addr, data)  # another agent's write of the same value: the monitor is lost
                    self.reserved = None
            r = AxiRTransaction(rid=int(ar.arid), rdata=data, rlast=1,
                                rresp=AxiResp.EXOKAY if exclusive else AxiResp.OKAY)
            await self.r.send(r)

    async def _writes(self):
        from cocotbext.axi.axi_channels import AxiBTransaction
        from cocotbext.axi.constants import AxiResp

        while True:
            aw = await self.aw.recv()
            w = await self.w.recv()
            addr = int(aw.awaddr)
            assert int(aw.awlen) == 0 and int(aw.awsize) == 3 and addr % 8 == 0, f"not one 8-byte beat: {aw}"
            assert int(w.wlast) == 1 and int(getattr(w, "wstrb", 0xFF)) == 0xFF, f"not a whole 8-byte word: {w}"
            resp = AxiResp.OKAY
            if int(getattr(aw, "awlock", 0)):
                if self.reserved == addr:
                    self.store(addr, int(w.wdata))
                    resp = AxiResp.EXOKAY
                    self.exclusive_ok += 1
                else:
                    self.exclusive_failed += 1
            else:
                self.store(addr, int(w.wdata))
            if self.reserved == addr:
                self.reserved = None
            await self.b.send(AxiBTransaction(bid=int(aw.awid), bresp=resp))


class WishboneMemory(Words):
    """A Wishbone B4 pipelined slave: random STALL, ACK 1..`max_latency` cycles after the request, in order. Checks that
    STB comes only with CYC and that CYC stays high from a read to the write of the same word (the bridge's lock),
    counting the read-modify-writes it saw. Word addresses are byte addresses >> 3 when `word_addressed`."""

    def __init__(self, dut, words, rng, stall_percent=30, max_latency=3, word_addressed=True):
        super().__init__(words)
        self.dut, self.rng = dut, rng
        self.stall_percent, self.max_latency, self.word_addressed = stall_percent, max_latency, word_addressed
        self.locked_rmw = 0

    async def run(self):
        dut = self.dut
        owed = deque()  # (due cycle, data)
        cycle = 0
        read_in_cycle = None  # the word read in the current CYC, for the lock check
        while True:
            stall = self.rng.randrange(100) < self.stall_percent
            answer = owed[0] if owed and owed[0][0] <= cycle else None
            dut.wb_stall.value = int(stall)
            dut.wb_ack.value = int(answer is not None)
            dut.wb_err.value = 0
            dut.wb_dat_r.value = answer[1] if answer else 0
            await ReadOnly()
            if answer is not None:
                owed.popleft()
            cyc, stb = int(dut.wb_cyc.value), int(dut.wb_stb.value)
            assert cyc or not stb, "STB without CYC"
            if not cyc:
                read_in_cycle = None
            if cyc and stb and not stall:
                adr = int(dut.wb_adr.value)
                addr = adr << 3 if self.word_addressed else adr
                assert int(dut.wb_sel.value) == 0xFF, "not a whole 8-byte word"
                if int(dut.wb_we.value):
                    if read_in_cycle == addr:
                        self.locked_rmw += 1
                    self.store(addr, int(dut.wb_dat_w.value))
                    data = 0
                else:
                    data = self.read(addr)
                    read_in_cycle = addr
                due = max(cycle + 1 + self.rng.randrange(self.max_latency), owed[-1][0] + 1 if owed else 0)
                owed.append((due, data))
            await RisingEdge(dut.clock)
            cycle += 1
