// A plain Verilator test bench: the exported `mmu` next to a memory model, the way it would sit next to a core.
//
//   make verilator-example        (Verilates verilog/mmu.v with this file and runs it)
//
// The bench builds 4-level page tables in its memory, points CR3 at them, and translates a few addresses: a cold walk,
// a TLB hit, a fetch the L2 answers (the read's walk filled it), a 2 MiB page, a write that sets the dirty flag, a
// user access to a supervisor page (#PF), and a non-canonical address (#GP). It checks every answer, and the level
// that gave it, and exits non-zero if one is wrong. (After a reset the L2 is emptied first: the first request waits.)
//
// Protocol, as the mmu's ports define it:
//   - inputs change after a rising edge; a handshake (valid & ready) happens at the next rising edge;
//   - fetches use the fetch_req_*/fetch_rsp_* port, reads and writes the data_req_*/data_rsp_* port (data_req_write);
//   - a response (*_rsp_valid) is a one-cycle pulse; there is no rsp_ready: the core always takes it;
//   - every request on the walker's memory port is answered by exactly one mem_rsp_valid pulse (writes too; their
//     data is ignored), in the order the requests were taken. A read comes only with nothing outstanding; a walk's
//     A/D writes (up to four) are posted back to back, so the memory must queue their answers.

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>

#include "Vmmu.h"
#include "verilated.h"

namespace {

// Paging-structure entry bits.
constexpr uint64_t P = 1, RW = 2, US = 4, A = 0x20, D = 0x40, PS = 0x80;

// Word-addressed physical memory with a fixed latency, answering the walker's requests in order.
struct Memory {
    struct Owed {
        uint64_t due;  // the cycle the answer is given in
        uint64_t data;
        bool err;
        bool stale;  // a write that found its word changed since the walk read it: nothing written
    };
    std::map<uint64_t, uint64_t> words;
    uint64_t latency = 2;
    std::deque<Owed> owed;
    size_t most_owed = 0;
    uint64_t failing = ~0ull;  // a word whose accesses fail (bus error)

    uint64_t read(uint64_t a) const {
        auto it = words.find(a);
        return it == words.end() ? 0 : it->second;
    }
};

// Builds page tables from a frame allocator.
struct PageTables {
    Memory& mem;
    uint64_t next_frame;
    uint64_t pml4;

    PageTables(Memory& m, uint64_t base) : mem(m), next_frame(base + 0x1000), pml4(base) {}

    uint64_t table_at(uint64_t table, unsigned shift, uint64_t va) {
        uint64_t addr = table + (((va >> shift) & 0x1ff) << 3);
        uint64_t e = mem.read(addr);
        if (!(e & P)) {
            e = next_frame | P | RW | US;
            next_frame += 0x1000;
            mem.words[addr] = e;
        }
        return e & 0x000ffffffffff000ull;
    }

    // Maps a 4 KiB page (huge = false) or a 2 MiB page (huge = true) with the given leaf flags.
    void map(uint64_t va, uint64_t pa, bool huge, uint64_t flags) {
        uint64_t pdpt = table_at(pml4, 39, va);
        uint64_t pd = table_at(pdpt, 30, va);
        if (huge) {
            mem.words[pd + (((va >> 21) & 0x1ff) << 3)] = pa | flags | PS | P;
            return;
        }
        uint64_t pt = table_at(pd, 21, va);
        mem.words[pt + (((va >> 12) & 0x1ff) << 3)] = pa | flags | P;
    }
};

struct Bench {
    std::unique_ptr<VerilatedContext> ctx{new VerilatedContext};
    std::unique_ptr<Vmmu> mmu{new Vmmu{ctx.get()}};
    Memory mem;
    uint64_t cycle = 0;

    // One clock cycle: settle with clock low, let the memory model see the handshakes, rising edge.
    void tick() {
        mmu->clock = 0;
        mmu->eval();
        bool fire = mmu->mem_req_valid && mmu->mem_req_ready;
        uint64_t addr = mmu->mem_req_addr, wdata = mmu->mem_req_wdata, expect = mmu->mem_req_expect;
        bool we = mmu->mem_req_we;
        mmu->clock = 1;
        mmu->eval();
        ++cycle;
        // After the edge: retire this cycle's response, take a new request, give the oldest answer when it is due.
        if (mmu->mem_rsp_valid) mem.owed.pop_front();
        mmu->mem_rsp_valid = 0;
        mmu->mem_rsp_err = 0;
        mmu->mem_rsp_stale = 0;
        if (fire) {
            if (!we && !mem.owed.empty()) {
                std::fprintf(stderr, "cycle %" PRIu64 ": a read while %zu request(s) are outstanding\n", cycle,
                             mem.owed.size());
                std::exit(1);
            }
            bool err = addr == mem.failing;
            // A write is a compare-and-set of an A/D update: it lands only on the entry as the walk read it.
            bool stale = we && !err && mem.read(addr) != expect;
            if (we && !err && !stale) mem.words[addr] = wdata;
            mem.owed.push_back({cycle + mem.latency - 1, we || err ? 0 : mem.read(addr), err, stale});
            if (mem.owed.size() > mem.most_owed) mem.most_owed = mem.owed.size();
        }
        if (!mem.owed.empty() && mem.owed.front().due <= cycle) {
            mmu->mem_rsp_valid = 1;
            mmu->mem_rsp_data = mem.owed.front().data;
            mmu->mem_rsp_err = mem.owed.front().err;
            mmu->mem_rsp_stale = mem.owed.front().stale;
        }
        mmu->mem_req_ready = 1;
    }

    struct Answer {
        int outcome;  // 0 ok, 1 #PF, 2 #GP, 3 bus error (pa = the failing entry's address)
        uint64_t pa;
        unsigned error_code;
        int level;  // 0 the port's L1 TLB, 1 the L2, 2 a walk (or #GP)
        uint64_t cycles;
    };

    // Offers one access on its port (a fetch on the fetch port, a read or write on the data port) until it is
    // taken, then waits for its response.
    Answer access(uint64_t va, int kind, bool user) {
        bool fetch = kind == 2;
        if (fetch) {
            mmu->fetch_req_valid = 1;
            mmu->fetch_req_va = va;
            mmu->fetch_req_user = user;
        } else {
            mmu->data_req_valid = 1;
            mmu->data_req_va = va;
            mmu->data_req_write = kind == 1;
            mmu->data_req_user = user;
        }
        for (int guard = 0; guard < 1000; ++guard) {
            mmu->clock = 0;
            mmu->eval();
            bool taken = fetch ? mmu->fetch_req_ready : mmu->data_req_ready;
            tick();
            if (taken) break;
        }
        mmu->fetch_req_valid = 0;
        mmu->data_req_valid = 0;
        uint64_t start = cycle;
        for (int guard = 0; guard < 1000; ++guard) {
            mmu->clock = 0;
            mmu->eval();
            if (fetch && mmu->fetch_rsp_valid) {
                Answer a{mmu->fetch_rsp_outcome, mmu->fetch_rsp_pa, mmu->fetch_rsp_error_code,
                         mmu->fetch_rsp_tlb_hit ? 0 : mmu->fetch_rsp_l2_hit ? 1 : 2, cycle - start + 1};
                tick();
                return a;
            }
            if (!fetch && mmu->data_rsp_valid) {
                Answer a{mmu->data_rsp_outcome, mmu->data_rsp_pa, mmu->data_rsp_error_code,
                         mmu->data_rsp_tlb_hit ? 0 : mmu->data_rsp_l2_hit ? 1 : 2, cycle - start + 1};
                tick();
                return a;
            }
            tick();
        }
        std::fprintf(stderr, "no response for va 0x%" PRIx64 "\n", va);
        std::exit(1);
    }
};

int failures = 0;

enum Level { L1 = 0, L2 = 1, WALK = 2 };

void expect(const char* what, const Bench::Answer& a, int outcome, uint64_t pa_or_code, Level level) {
    bool ok = a.outcome == outcome && a.level == level &&
              (outcome == 0 || outcome == 3 ? a.pa == pa_or_code : outcome == 1 ? a.error_code == pa_or_code : true);
    const char* names[] = {"ok", "#PF", "#GP", "bus"};
    const char* levels[] = {"l1", "l2", "walk"};
    std::printf("%-42s %-4s pa=0x%011" PRIx64 " error=0x%02x %-4s %2" PRIu64 " cycles  %s\n", what,
                names[a.outcome & 3], a.pa, a.error_code, levels[a.level], a.cycles, ok ? "" : "<-- WRONG");
    failures += !ok;
}

}  // namespace

int main(int argc, char** argv) {
    Bench b;
    b.ctx->commandArgs(argc, argv);
    PageTables pt(b.mem, 0x10000);
    pt.map(0x00007f0000001000ull, 0xabc000, false, RW);          // supervisor 4K page, writable
    pt.map(0x00007f0000400000ull, 0x1200000, true, RW | US);     // user 2M page
    pt.map(0x00007f0000002000ull, 0xdef000, false, RW);          // supervisor page for the user test

    // Control state: CR0.WP=1, EFER.NXE=1, CR3 = the PML4; everything else off.
    b.mmu->cr0_wp = 1;
    b.mmu->efer_nxe = 1;
    b.mmu->cr3 = pt.pml4;
    b.mmu->mem_req_ready = 1;
    b.mmu->reset = 1;
    b.tick();
    b.tick();
    b.mmu->reset = 0;

    expect("cold 4K walk (supervisor read)", b.access(0x00007f0000001234ull, 0, false), 0, 0xabc234, WALK);
    expect("same page again: TLB hit", b.access(0x00007f0000001ff8ull, 0, false), 0, 0xabcff8, L1);
    expect("write to a clean entry walks, sets D", b.access(0x00007f0000001008ull, 1, false), 0, 0xabc008, WALK);
    expect("next write hits", b.access(0x00007f0000001010ull, 1, false), 0, 0xabc010, L1);
    expect("fetch of that page: the L2 has it", b.access(0x00007f0000001100ull, 2, false), 0, 0xabc100, L2);
    expect("fetch again: ITLB hit", b.access(0x00007f0000001104ull, 2, false), 0, 0xabc104, L1);
    expect("2M user page", b.access(0x00007f00005abcdeull, 0, true), 0, 0x13abcde, WALK);
    expect("user read of a supervisor page: #PF P|U", b.access(0x00007f0000002000ull, 0, true), 1, 0x5, WALK);
    expect("non-canonical address: #GP", b.access(0x0000800000000000ull, 0, false), 2, 0, WALK);
    // The memory fails every access to the 2M page's PDE: the next walk through it ends in a bus error.
    uint64_t pde_2m = 0x12000 + (((0x00007f0000600000ull >> 21) & 0x1ff) << 3);
    b.mem.failing = pde_2m;
    expect("bus error on the PDE", b.access(0x00007f0000600000ull, 0, true), 3, pde_2m, WALK);
    b.mem.failing = ~0ull;
    expect("the MMU keeps serving: TLB hit", b.access(0x00007f0000001020ull, 0, false), 0, 0xabc020, L1);

    uint64_t pte = b.mem.read(0x13000 + (1 << 3));
    std::printf("leaf PTE after the write: 0x%" PRIx64 " (A=%d D=%d)\n", pte, (int)!!(pte & A), (int)!!(pte & D));
    if ((pte & (A | D)) != (A | D)) ++failures;
    // The cold walk's A writes are posted: the memory held more than one answer at a time.
    std::printf("most requests outstanding at once: %zu\n", b.mem.most_owed);
    if (b.mem.most_owed < 2) ++failures;
    std::printf("%s\n", failures ? "FAILED" : "all translations as expected");
    b.mmu->final();
    return failures ? 1 : 0;
}
