//! Races swept over every arrival cycle: from the cycle the access is offered, through the walk, to well after its
//! answer.
//! - Every kind of invalidation, racing a read on the data port, a fetch on the fetch port, and a pair of both offered
//!   in the same cycle (both miss: the fetch walks first while the read waits, then finds the fetch's translation in
//!   the L2), and a read or fetch that the L2 answers (the other port's walk put the translation there): every access
//!   is answered exactly once, and the translation the invalidation covers is never used afterwards, by either L1 or
//!   the L2 (the next access to that address on that port walks). This covers invalidations during L2 lookups, during
//!   walks, and at the L2 fills and L1 refills.
//! - Every control-register write (CR0.WP, each CR4 bit, EFER.NXE, RFLAGS.AC, PKRU): answered exactly once, with the
//!   rights of the control state before or after the write; the CR4 writes that flush leave nothing behind.
//! - A reset: the access is answered at most once (not at all when the reset comes first), the TLB is empty and the
//!   MMU idle afterwards, and it serves the next access.

mod common;

use mmu_arch::{Access, AccessKind, CmdOp, Config, Control, CpuPort, OutcomeCode, PageSize};
use mmu_model::mem::Memory;
use mmu_model::pagetable::{MapFlags, PageTables};
use mmu_sim::drive::HdlMmu;
use mmu_sim::ports::{drive_control, Inputs, Outputs, PortOutputs};

const VA: u64 = 0x7f00_0000_1234;
const LATENCY: u32 = 2;
/// A cold 4K walk at latency 2 answers 26 cycles after it is taken; sweep well past that.
const LAST_ARRIVAL: u64 = 40;
/// An invalidation walks the L2's 128 sets: room for a few.
const CYCLE_LIMIT: u64 = 1500;

#[derive(Clone, Copy, Debug)]
enum Inval {
    /// A maintenance command: op, va, pcid, noflush.
    Cmd(CmdOp, u64, u16, bool),
    /// MOV to CR4 changing PGE.
    TogglePge,
}

const INVALIDATIONS: [(&str, Inval); 7] = [
    ("INVLPG", Inval::Cmd(CmdOp::Invlpg, VA, 0, false)),
    ("INVPCID 0", Inval::Cmd(CmdOp::InvpcidAddress, VA, 0, false)),
    (
        "INVPCID 1",
        Inval::Cmd(CmdOp::InvpcidSingleContext, 0, 0, false),
    ),
    (
        "INVPCID 2",
        Inval::Cmd(CmdOp::InvpcidAllIncludingGlobal, 0, 0, false),
    ),
    (
        "INVPCID 3",
        Inval::Cmd(CmdOp::InvpcidAllNonGlobal, 0, 0, false),
    ),
    ("MOV to CR3", Inval::Cmd(CmdOp::MovCr3, 0, 0, false)),
    ("MOV to CR4 (PGE)", Inval::TogglePge),
];

/// A core and a memory around the MMU, one access at a time.
struct Bench {
    mmu: HdlMmu,
    mem: Memory,
    i: Inputs,
    pending: Option<(u32, u64)>,
    cycle: u64,
    /// Every response, by port ([`CpuPort::ALL`] order).
    responses: [Vec<PortOutputs>; 2],
    /// The cycle after each port's miss was last granted (its L2 lookup, or without an L2 its walk, started; the cycle
    /// count after that step). A lookup an invalidation drops is granted again: the last grant is the one that served.
    granted: [Option<u64>; 2],
}

impl Bench {
    fn new() -> Bench {
        let mut pt = PageTables::new(0x10_0000);
        pt.map(VA & !0xfff, 0xabc000, PageSize::Size4K, MapFlags::default())
            .unwrap();
        let mut b = Bench {
            mmu: HdlMmu::new(&Config::default()).unwrap(),
            mem: Memory::from_words(&pt.words()),
            i: Inputs {
                reset: true,
                mem_req_ready: true,
                ..Inputs::default()
            },
            pending: None,
            cycle: 0,
            responses: [Vec::new(), Vec::new()],
            granted: [None; 2],
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
        // The L2 is emptied after the reset, walking its sets; the MMU takes nothing meanwhile.
        while !b.step().cmd_ready {}
        b
    }

    /// One cycle: settle, record the responses, the memory's side of the handshakes, rising edge.
    fn step(&mut self) -> Outputs {
        let o = self.mmu.settle(&self.i);
        for port in CpuPort::ALL {
            if o.port(port).rsp_valid {
                self.responses[port as usize].push(o.port(port));
            }
        }
        let p = self.mmu.probe();
        if p.grant {
            self.granted[p.walker_data as usize] = Some(self.cycle + 1);
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

/// What a race came to, for one of the accesses.
struct Race {
    /// Responses to the access.
    answers: usize,
    /// The invalidation took effect before the access's miss was granted (or, if it did not miss, before it was
    /// taken): its L2 lookup and walk read after it, so its fill legitimately survives.
    inval_first: bool,
    /// The next access to `VA` on the same port hit its L1.
    hit: bool,
    /// It was answered from the L2.
    l2_hit: bool,
    /// The other access of a pair was served after the invalidation, or this port's second access came after the
    /// other port's: that port's walk may have put the translation back in the L2, legitimately, for this port to find
    /// there. (The first port's second access still must not find it there, unless the other was served after.)
    fresh_elsewhere: bool,
}

/// The access to `VA` on `port`: a supervisor read on the data port, a supervisor fetch on the fetch port.
fn access_on(port: CpuPort) -> Access {
    Access {
        va: VA,
        kind: if port == CpuPort::Fetch {
            AccessKind::Fetch
        } else {
            AccessKind::Read
        },
        user: false,
    }
}

/// Runs the access to `VA` on each of `primed` to completion (putting the translation in the L2), then offers it on
/// each of `ports` in the same cycle, applies `inval` `arrival` cycles after the offer, then accesses `VA` again on
/// each port, one after the other.
fn race(primed: &[CpuPort], ports: &[CpuPort], inval: Inval, arrival: u64) -> Vec<Race> {
    let mut b = Bench::new();
    for &p in primed {
        let before = b.responses[p as usize].len();
        b.i.offer(p, Some(access_on(p)));
        while !b.step().port(p).req_ready {}
        b.i.offer(p, None);
        while b.responses[p as usize].len() == before {
            b.step();
        }
    }
    b.granted = [None; 2];
    let start = b.cycle;
    for &p in ports {
        b.i.offer(p, Some(access_on(p)));
    }
    let mut inval_done = false;
    let mut taken_at = [None; 2];
    let mut inval_at = None;
    let answered = |b: &Bench| ports.iter().all(|&p| !b.responses[p as usize].is_empty());
    while !(inval_done && answered(&b) && b.pending.is_none()) {
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
                    // The MMU sees the transition in this cycle and takes no access in it; it applies at the edge
                    // that ends the cycle, as a command taken in it would (so counted, like one, after the step).
                    b.i.cr4_pge ^= true;
                    inval_done = true;
                    inval_at = Some(b.cycle + 1);
                }
            }
        }
        let o = b.step();
        for &p in ports {
            if b.i.offered(p) && o.port(p).req_ready {
                b.i.offer(p, None);
                taken_at[p as usize] = Some(b.cycle);
            }
        }
        if b.i.cmd_valid && o.cmd_ready {
            b.i.cmd_valid = false;
            inval_done = true;
            inval_at = Some(b.cycle);
        }
    }
    // Let anything left settle, then access the same address again on each port.
    for _ in 0..4 {
        b.step();
    }
    let firsts: Vec<usize> = ports
        .iter()
        .map(|&p| b.responses[p as usize].len())
        .collect();
    let grants = b.granted;
    let mut out = Vec::new();
    let inval_at = inval_at.expect("applied");
    let served_after =
        |p: CpuPort| inval_at < grants[p as usize].or(taken_at[p as usize]).expect("taken");
    for (&p, first) in ports.iter().zip(firsts) {
        b.i.offer(p, Some(access_on(p)));
        while !b.step().port(p).req_ready {}
        b.i.offer(p, None);
        while b.responses[p as usize].len() == first {
            b.step();
        }
        let second = b.responses[p as usize][first];
        assert_eq!(
            second.rsp_outcome,
            OutcomeCode::Ok,
            "the second access on the {p:?} port succeeds"
        );
        out.push(Race {
            answers: first - primed.contains(&p) as usize,
            inval_first: served_after(p),
            hit: second.rsp_tlb_hit,
            l2_hit: second.rsp_l2_hit,
            fresh_elsewhere: ports.iter().any(|&q| q != p && served_after(q)) || p != ports[0],
        });
    }
    out
}

#[test]
fn an_invalidation_arriving_in_any_cycle_of_a_walk_leaves_no_stale_translation() {
    // Without an invalidation the second access hits on every port: the check below can tell a miss from a hit.
    for port in CpuPort::ALL {
        let mut b = Bench::new();
        for k in 1..=2 {
            b.i.offer(port, Some(access_on(port)));
            b.step();
            b.i.offer(port, None);
            while b.responses[port as usize].len() < k {
                b.step();
            }
        }
        assert!(
            b.responses[port as usize][1].rsp_tlb_hit,
            "a repeated access on the {port:?} port hits its L1"
        );
    }

    type Case = (&'static str, &'static [CpuPort], &'static [CpuPort]);
    let cases: [Case; 5] = [
        ("read", &[], &[CpuPort::Data]),
        ("fetch", &[], &[CpuPort::Fetch]),
        (
            "fetch and read together",
            &[],
            &[CpuPort::Fetch, CpuPort::Data],
        ),
        ("read found in the L2", &[CpuPort::Fetch], &[CpuPort::Data]),
        ("fetch found in the L2", &[CpuPort::Data], &[CpuPort::Fetch]),
    ];
    // Each of the primed cases reaches the L2 (checked here, without an invalidation).
    for (what, primed, ports) in &cases[3..] {
        let mut b = Bench::new();
        for &p in primed.iter().chain(ports.iter()) {
            b.i.offer(p, Some(access_on(p)));
            while !b.step().port(p).req_ready {}
            b.i.offer(p, None);
            while b.responses[p as usize].is_empty() {
                b.step();
            }
        }
        let p = ports[0];
        assert!(
            b.responses[p as usize][0].rsp_l2_hit,
            "{what}: the L2 answers the first access"
        );
        b.i.offer(p, Some(access_on(p)));
        while !b.step().port(p).req_ready {}
        b.i.offer(p, None);
        while b.responses[p as usize].len() < 2 {
            b.step();
        }
        assert!(
            b.responses[p as usize][1].rsp_tlb_hit,
            "{what}: and the next one hits the L1"
        );
    }
    for (what, primed, ports) in cases {
        for (name, inval) in INVALIDATIONS {
            let mut during_or_after = 0;
            // A pair's read waits for the fetch's walk before its own: sweep past both.
            for arrival in 0..=LAST_ARRIVAL * ports.len() as u64 {
                for (p, r) in ports.iter().zip(race(primed, ports, inval, arrival)) {
                    let at = format!("{what}: {name} at cycle {arrival}, {p:?} port");
                    assert_eq!(
                        r.answers, 1,
                        "{at}: the access must be answered exactly once"
                    );
                    if r.inval_first {
                        // Taken before the access: the access's own walk fills, and the next access hits.
                        assert!(r.hit, "{at}, before the access: its fill was lost");
                    } else {
                        during_or_after += 1;
                        assert!(
                            !r.hit && (!r.l2_hit || r.fresh_elsewhere),
                            "{at}: a translation it covered was used afterwards"
                        );
                    }
                }
            }
            assert!(
                during_or_after >= 30 * ports.len() - 10 * primed.len(),
                "{what}: {name}: too few arrivals during or after the walks"
            );
        }
    }
}

/// A control-register write or a reset, arriving in any cycle of a walk.
#[derive(Clone, Copy, Debug)]
enum Event {
    /// Flip one control input (the `Inputs` field named by the closure's index).
    Flip(usize),
    /// Write PKRU with all keys denied.
    Pkru,
    Reset,
}

/// The control inputs a CPU can change by a register write, in the order of `common::flip_control_bit`.
const CONTROL_FLIPS: [&str; 8] = [
    "CR0.WP",
    "CR4.PGE",
    "CR4.PCIDE",
    "CR4.SMEP",
    "CR4.SMAP",
    "CR4.PKE",
    "EFER.NXE",
    "RFLAGS.AC",
];

/// Whether the contract's MOV-to-CR4 rules drop the (non-global, PCID 0) translation for this flip from the bench's
/// starting state (all CR4 bits 0).
fn flushes(which: usize) -> bool {
    // PGE 0->1 flushes everything; SMEP 0->1 the current PCID's entries; PCIDE 0->1 nothing.
    which == 1 || which == 3
}

/// What an event racing the first access came to.
struct EventRace {
    /// Responses to the first access, and its outcome if answered.
    answers: Vec<PortOutputs>,
    /// The event happened before the access was taken.
    event_first: bool,
    /// The second access to `VA`: its outcome and whether the TLB answered it.
    second: PortOutputs,
}

/// A user-mode write of a user page with protection key 1 (each control bit then matters to the outcome, or is
/// neutral): `event` arrives `arrival` cycles after the offer. The memory drops its pending answer on a reset, as the
/// port contract requires.
fn event_race(event: Event, arrival: u64) -> EventRace {
    let mut pt = PageTables::new(0x10_0000);
    let flags = MapFlags {
        user: true,
        pkey: 1,
        ..MapFlags::default()
    };
    pt.map(VA & !0xfff, 0xabc000, PageSize::Size4K, flags)
        .unwrap();
    let mut b = Bench::new();
    b.mem = Memory::from_words(&pt.words());
    b.i.cr3 = pt.pml4();
    b.i.cr0_wp = false;
    b.i.efer_nxe = false;
    // Protection keys on with every key allowed: the PKRU write below denies key 1.
    b.i.cr4_pke = true;
    let start = b.cycle;
    let write = Access {
        va: VA,
        kind: AccessKind::Write,
        user: true,
    };
    b.i.offer(CpuPort::Data, Some(write));
    let (mut taken_at, mut event_at) = (None, None);
    let mut done = false;
    let mut settle = 0;
    while settle < 40 {
        if b.cycle - start == arrival && !done {
            match event {
                Event::Flip(which) => common::flip_control_bit(&mut b.i, which),
                Event::Pkru => b.i.pkru = 0xffff_fffc,
                Event::Reset => b.i.reset = true,
            }
            done = true;
            event_at = Some(b.cycle);
        }
        let o = b.step();
        if b.i.reset {
            // The memory is in the reset domain: an answer it owed is dropped.
            b.pending = None;
            b.i.mem_rsp_valid = false;
            b.i.reset = false;
            assert!(
                !o.fetch_req_ready && !o.data_req_ready && !o.cmd_ready,
                "nothing is taken during reset"
            );
        }
        if b.i.data_req_valid && o.data_req_ready {
            b.i.offer(CpuPort::Data, None);
            taken_at = Some(b.cycle);
        }
        // (An arrival past the cycle limit means no event: the run without it.) Quiet only once the L2 is not
        // being flushed: a miss waits for that.
        if (done || arrival >= CYCLE_LIMIT)
            && !b.i.data_req_valid
            && b.pending.is_none()
            && o.cmd_ready
        {
            settle += 1;
        }
    }
    let answers = b.responses[CpuPort::Data as usize].clone();
    let grant = b.granted[CpuPort::Data as usize];
    let first = answers.len();
    b.i.offer(CpuPort::Data, Some(write));
    while !b.step().data_req_ready {}
    b.i.offer(CpuPort::Data, None);
    while b.responses[CpuPort::Data as usize].len() == first {
        b.step();
    }
    // A write that invalidates drops an L2 lookup in flight, which is granted again after it: what counts for a
    // write is whether it came before the grant that served the access. A reset drops the access itself.
    let served = match event {
        Event::Reset => taken_at,
        _ => grant.or(taken_at),
    };
    EventRace {
        answers,
        event_first: match (event_at, served) {
            (Some(e), Some(t)) => e < t,
            (Some(_), None) => true,
            _ => false,
        },
        second: b.responses[CpuPort::Data as usize][first],
    }
}

/// Every control-register write and a reset, in every cycle from the offer to well after the answer: the access is
/// answered once (or, for a reset before its answer, not at all), with the rights of the control state before or after
/// the write; a write that flushes leaves no translation behind; a reset leaves the MMU empty and idle.
#[test]
fn a_control_write_or_a_reset_in_any_cycle_of_a_walk() {
    let mut events: Vec<(String, Event)> = CONTROL_FLIPS
        .iter()
        .enumerate()
        .map(|(k, n)| (n.to_string(), Event::Flip(k)))
        .collect();
    events.push(("PKRU".into(), Event::Pkru));
    events.push(("reset".into(), Event::Reset));
    // The outcome under the control state before each flip, and after it (0 ok, 1 #PF).
    let baseline = event_race(Event::Flip(7), 10_000);
    assert_eq!(baseline.answers.len(), 1);
    assert_eq!(
        baseline.answers[0].rsp_outcome,
        OutcomeCode::Ok,
        "the write is allowed at first"
    );
    assert!(baseline.second.rsp_tlb_hit, "and cached");
    // The PKRU write turns the access into a #PF: the "before or after" check below can tell them apart.
    assert_eq!(
        event_race(Event::Pkru, 0).answers[0].rsp_outcome,
        OutcomeCode::PageFault
    );
    for (name, event) in events {
        // The outcome with the write applied before the access is offered.
        let after = match event {
            Event::Reset => OutcomeCode::Ok,
            _ => event_race(event, 0).answers[0].rsp_outcome,
        };
        let mut during = 0;
        for arrival in 0..=LAST_ARRIVAL {
            let r = event_race(event, arrival);
            let what = format!("{name} at cycle {arrival}");
            match event {
                Event::Reset => {
                    assert!(r.answers.len() <= 1, "{what}: answered twice");
                    if !r.event_first || r.answers.is_empty() {
                        // A reset empties the TLB whatever it was doing: the next read walks.
                        assert!(
                            !r.second.rsp_tlb_hit,
                            "{what}: a translation survived the reset"
                        );
                    }
                    assert_eq!(
                        r.second.rsp_outcome,
                        OutcomeCode::Ok,
                        "{what}: the MMU serves again"
                    );
                    during += r.answers.is_empty() as u32;
                }
                _ => {
                    assert_eq!(r.answers.len(), 1, "{what}: answered exactly once");
                    // Rights use the control bits of the cycle they are checked in: before or after the write.
                    let before = OutcomeCode::Ok;
                    let got = r.answers[0].rsp_outcome;
                    assert!(
                        got == before || got == after,
                        "{what}: outcome {got:?}, neither the one before ({before:?}) nor after ({after:?}) the write"
                    );
                    if let Event::Flip(k) = event {
                        if flushes(k) && !r.event_first {
                            assert!(
                                !r.second.rsp_tlb_hit,
                                "{what}: a flushed translation was used"
                            );
                        }
                    }
                    during += (!r.event_first) as u32;
                }
            }
        }
        assert!(
            during >= 10,
            "{name}: too few arrivals during the walk ({during})"
        );
    }
}
