"""Page tables for the bench: IA-32e 4-level tables built into a word-addressed memory, and random scenarios on them.

The scenario is the JSON document of docs/scenario-format.md, so `mmu-rtl run --engine model --json` answers the same
accesses the bench makes on the Verilated design.
"""

import random

P, RW, US, A, D, PS, G = 0x1, 0x2, 0x4, 0x20, 0x40, 0x80, 0x100
XD = 1 << 63
PAGE = {"4k": 1 << 12, "2m": 1 << 21}


class PageTables:
    """Tables allocated 4 KiB at a time from `base`; `words` maps 8-byte-aligned addresses to entries."""

    def __init__(self, base=0x100000):
        self.words = {}
        self.next = base
        self.pml4 = self._table()

    def _table(self):
        t = self.next
        self.next += 0x1000
        return t

    def _index(self, va, level):
        return (va >> (12 + 9 * level)) & 0x1FF

    def _next(self, table, va, level):
        """The table the entry of `va` at `level` in `table` points to, created (P, R/W, U/S) when missing."""
        addr = table + 8 * self._index(va, level)
        entry = self.words.get(addr, 0)
        if not entry & P:
            entry = self._table() | P | RW | US
            self.words[addr] = entry
        return entry & 0x000F_FFFF_FFFF_F000

    def map(self, va, pa, size, flags):
        """Maps one page; `flags` are the leaf's (P added). Returns the leaf entry's address."""
        table = self.pml4
        leaf_level = 0 if size == "4k" else 1
        for level in (3, 2, 1, 0)[: 4 - leaf_level - 1]:
            table = self._next(table, va, level)
        addr = table + 8 * self._index(va, leaf_level)
        self.words[addr] = pa | flags | P | (PS if size == "2m" else 0)
        return addr


def scenario(seed, ops=60):
    """A random scenario: a few 4K and 2M pages with random rights, and accesses on both ports (some as pairs), with
    some of the OS's and other agents' stores in between, as a scenario document."""
    rng = random.Random(seed)
    pt = PageTables()
    pages, leaves = [], []
    frame = 0x4000000
    for i in range(10):
        size = "2m" if i % 4 == 3 else "4k"
        va = (0x7F00_0000_0000 if size == "4k" else 0x7F10_0000_0000) + rng.randrange(64) * PAGE[size]
        flags = (RW if rng.random() < 0.7 else 0) | (US if rng.random() < 0.5 else 0)
        flags |= XD if rng.random() < 0.2 else 0
        flags |= A if rng.random() < 0.3 else 0
        frame = (frame + PAGE[size]) & ~(PAGE[size] - 1)
        leaves.append(pt.map(va, frame, size, flags))
        pages.append((va, size))
        frame += PAGE[size]
    words = sorted(pt.words)
    initial = dict(pt.words)

    def access():
        va, size = rng.choice(pages)
        va += rng.randrange(PAGE[size]) & ~7
        return va, rng.random() < 0.3

    out = []
    for _ in range(ops):
        roll = rng.random()
        if roll < 0.55:
            va, user = access()
            kind = rng.choice(["read", "write", "fetch"])
            out.append({"op": "access", "va": hex(va), "kind": kind, "user": user})
        elif roll < 0.75:
            (fva, fuser), (dva, duser) = access(), access()
            out.append({"op": "pair", "fetch": {"va": hex(fva), "user": fuser},
                        "data": {"va": hex(dva), "kind": rng.choice(["read", "write"]), "user": duser}})
        elif roll < 0.85:
            # Another agent changes a page's leaf right after the walk of the access that follows reads it: unmaps it,
            # drops R/W, or flips an ignored bit (the walk's own A/D write then finds it changed).
            # First the OS ages the page (clears A and D, drops the translation), so the walk has an A write to make.
            k = rng.randrange(len(pages))
            va, size = pages[k]
            va += rng.randrange(PAGE[size]) & ~7
            aged = pt.words[leaves[k]] & ~(A | D)
            pt.words[leaves[k]] = aged
            out.append({"op": "write_mem", "addr": hex(leaves[k]), "value": hex(aged)})
            out.append({"op": "invlpg", "va": hex(va)})
            addr = leaves[k] if rng.random() < 0.8 else rng.choice(words)
            value = pt.words[addr] ^ rng.choice([P, RW, 1 << 9, 1 << 9, 1 << 10, 1 << 11])
            pt.words[addr] = value
            out.append({"op": "external_write", "addr": hex(addr), "value": hex(value)})
            out.append({"op": "access", "va": hex(va), "kind": rng.choice(["read", "write"]), "user": False})
        elif roll < 0.92:
            addr = rng.choice(leaves)
            value = pt.words[addr] ^ rng.choice([RW, US, 1 << 9])
            pt.words[addr] = value
            out.append({"op": "write_mem", "addr": hex(addr), "value": hex(value)})
        else:
            va, _ = access()
            out.append({"op": "invlpg", "va": hex(va)})
    return {
        "cr0_wp": True, "efer_nxe": True, "cr4_smep": rng.random() < 0.3, "cr4_smap": rng.random() < 0.3,
        "cr3": hex(pt.pml4),
        "memory": [[hex(a), hex(v)] for a, v in sorted(initial.items())],
        "ops": out,
    }
