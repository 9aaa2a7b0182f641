//! An invalidation racing a walk, swept over every arrival cycle: from the cycle the access is offered, through the walk,
//! to well after its answer, for every kind of invalidation. Whenever it arrives, the access is answered exactly once,
//! and the translation the invalidation covers is never used afterwards (the next access to that address walks).

use mmu_sim::arch::{Control, PageSize};
use mmu_sim::mem::Memory;
use mmu_sim::pagetable::{MapFlags, PageTables};
use mmu_sim::ports::{drive_control, Inputs, MmuPorts, Outputs};
use mmu_sim::rtl::HdlMmu;

const VA: u64 = 0x7f00_0000_1234;
const LATENCY: u32 = 2;
/// A cold 4K walk at latency 2 answers 26 cycles after it is taken; sweep well past that.
const LAST_ARRIVAL: u64 = 40;
const CYCLE_LIMIT: u64 = 400;

#[derive(Clone, Copy, Debug)]
enum Inval {
    /// A maintenance command: op, va, pcid, noflush.
    Cmd(u8, u64, u16, bool),
    /// MOV to CR4 changing PGE.
    TogglePge,
}

const INVALIDATIONS: [(&str, Inval); 7] = [
    ("INVLPG", Inval::Cmd(1, VA, 0, false)),
    ("INVPCID 0", Inval::Cmd(2, VA, 0, false)),
    ("INVPCID 1", Inval::Cmd(3, 0, 0, false)),
    ("INVPCID 2", Inval::Cmd(4, 0, 0, false)),
    ("INVPCID 3", Inval::Cmd(5, 0, 0, false)),
    ("MOV to CR3", Inval::Cmd(0, 0, 0, false)),
    ("MOV to CR4 (PGE)", Inval::TogglePge),
];

/// A core and a memory around the MMU, one access at a time.
struct Bench {
    mmu: HdlMmu,
    mem: Memory,
    i: Inputs,
    pending: Option<(u32, u64)>,
    cycle: u64,
    responses: Vec<Outputs>,
}

impl Bench {
    fn new() -> Bench {
        let mut pt = PageTables::new(0x10_0000);
        pt.map(VA & !0xfff, 0xabc000, PageSize::Size4K, MapFlags::default())
            .unwrap();
        let mut b = Bench {
            mmu: HdlMmu::new(16, 40, 4).unwrap(),
            mem: Memory::from_words(&pt.words()),
            i: Inputs {
                reset: true,
                mem_req_ready: true,
                ..Inputs::default()
            },
            pending: None,
            cycle: 0,
            responses: Vec::new(),
        };
        drive_control(
            &mut b.i,
            &Control {
                cr3: pt.pml4(),
                ..Control::default()
            },
        );
        b.step();
        b.i.reset = false;
        b
    }

    /// One cycle: settle, record a response, the memory's side of the handshakes, rising edge.
    fn step(&mut self) -> Outputs {
        let o = self.mmu.settle(&self.i);
        if o.rsp_valid {
            self.responses.push(o);
        }
        self.mmu.rise();
        self.cycle += 1;
        assert!(self.cycle < CYCLE_LIMIT, "cycle limit");
        self.i.mem_rsp_valid = false;
        if let Some((left, data)) = self.pending {
            if left <= 1 {
                self.i.mem_rsp_valid = true;
                self.i.mem_rsp_data = data;
                self.pending = None;
            } else {
                self.pending = Some((left - 1, data));
            }
        }
        if o.mem_req_valid && self.i.mem_req_ready {
            let data = if o.mem_req_we {
                self.mem.write(o.mem_req_addr, o.mem_req_wdata);
                0
            } else {
                self.mem.read(o.mem_req_addr)
            };
            self.pending = Some((LATENCY, data));
        }
        self.i.mem_req_ready = self.pending.is_none();
        o
    }
}

/// What a race came to.
struct Race {
    /// Responses to the first access.
    answers: usize,
    /// The invalidation took effect before the access was taken (so the access's fill legitimately survives).
    inval_first: bool,
    /// The next read of `VA` hit the TLB.
    hit: bool,
}

/// Offers a read of `VA`, applies `inval` `arrival` cycles after the offer, then reads `VA` again.
fn race(inval: Inval, arrival: u64) -> Race {
    let mut b = Bench::new();
    let start = b.cycle;
    b.i.req_valid = true;
    b.i.req_va = VA;
    let mut inval_done = false;
    let (mut taken_at, mut inval_at) = (None, None);
    while !(inval_done && b.responses.len() == 1 && b.pending.is_none() && !b.i.req_valid) {
        if b.cycle - start == arrival && !inval_done {
            match inval {
                Inval::Cmd(op, va, pcid, noflush) => {
                    b.i.cmd_valid = true;
                    b.i.cmd_op = op;
                    b.i.cmd_va = va;
                    b.i.cmd_pcid = pcid;
                    b.i.cmd_noflush = noflush;
                }
                Inval::TogglePge => {
                    // The MMU sees the transition in this cycle and takes no access in it.
                    b.i.cr4_pge ^= true;
                    inval_done = true;
                    inval_at = Some(b.cycle);
                }
            }
        }
        let o = b.step();
        if b.i.req_valid && o.req_ready {
            b.i.req_valid = false;
            taken_at = Some(b.cycle);
        }
        if b.i.cmd_valid && o.cmd_ready {
            b.i.cmd_valid = false;
            inval_done = true;
            inval_at = Some(b.cycle);
        }
    }
    // Let anything left settle, then read the same address again.
    for _ in 0..4 {
        b.step();
    }
    let first = b.responses.len();
    b.i.req_valid = true;
    loop {
        let o = b.step();
        if o.req_ready {
            break;
        }
    }
    b.i.req_valid = false;
    while b.responses.len() == first {
        b.step();
    }
    let second = b.responses[first];
    assert_eq!(second.rsp_outcome, 0, "the second read succeeds");
    Race {
        answers: first,
        inval_first: inval_at.expect("applied") < taken_at.expect("taken"),
        hit: second.rsp_tlb_hit,
    }
}

#[test]
fn an_invalidation_arriving_in_any_cycle_of_a_walk_leaves_no_stale_translation() {
    // Without an invalidation the second read hits: the check below can tell a miss from a hit.
    let mut b = Bench::new();
    b.i.req_valid = true;
    b.i.req_va = VA;
    b.step();
    b.i.req_valid = false;
    while b.responses.is_empty() {
        b.step();
    }
    b.i.req_valid = true;
    b.step();
    b.i.req_valid = false;
    while b.responses.len() < 2 {
        b.step();
    }
    assert!(b.responses[1].rsp_tlb_hit, "a repeated read hits the TLB");

    for (name, inval) in INVALIDATIONS {
        let mut during_or_after = 0;
        for arrival in 0..=LAST_ARRIVAL {
            let r = race(inval, arrival);
            assert_eq!(
                r.answers, 1,
                "{name} at cycle {arrival}: the access must be answered exactly once"
            );
            if r.inval_first {
                // Taken before the access: the access's own walk fills, and the next read hits.
                assert!(
                    r.hit,
                    "{name} at cycle {arrival}, before the access: its fill was lost"
                );
            } else {
                during_or_after += 1;
                assert!(
                    !r.hit,
                    "{name} at cycle {arrival}: a translation it covered was used afterwards"
                );
            }
        }
        assert!(
            during_or_after >= 30,
            "{name}: too few arrivals during or after the walk"
        );
    }
}
