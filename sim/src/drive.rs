//! The rust-hdl `Mmu` of a size chosen at run time, as a driver holds it: [`HdlMmu`].
//!
//! `Mmu<N, A, NI, AI>` is sized by const generics; [`HdlMmu::new`] picks the instance for the configuration's TLB
//! sizes (the DTLB one of `mmu_arch::RTL_TLB_SIZES`, the ITLB one of `RTL_ITLB_SIZES`) and holds it behind one interface: the port structs of [`crate::ports`] in and out
//! (their conversion to and from the design's signals is generated from the port table), and internal state through
//! [`crate::probe`], by hierarchical name.
//!
//! A cycle, as a driver runs it:
//!
//! ```text
//!   settle(i)                   inputs of cycle t, clock low, combinational logic settled; returns the outputs
//!   probe()                     what the MMU shows inside during cycle t
//!   rise()                      rising edge t: flops sample, requests/commands transfer
//! ```
//!
//! `rise` only starts the edge; the next `settle` finishes it along with the next inputs, which costs about half the
//! simulation work of settling twice (see [`crate::step`]). `probe` is meant for the settled cycle; [`HdlMmu::tlb_entries`]
//! completes a pending edge first, so it always shows the flops as they are after the last edge.

use mmu_arch::{AccessKind, CmdOp, Config, CpuPort, OutcomeCode, PageSize, PortValue};
use mmu_hdl::l2::L2State;
use mmu_hdl::mmu::{Holder, Mmu, Plain};
use mmu_hdl::pwc::PWC_SLOTS;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_hdl::walker::WalkState;

use crate::instances::{instantiate, Instance};
use crate::ports::{Inputs, Outputs};
use crate::probe::Probes;
use crate::quiet::Quieted;
use crate::step::Clocked;

/// Internal state of one CPU port and its L1 TLB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L1Probe {
    /// Bit i = entry i valid.
    pub valid: u64,
    pub victim: u8,
    pub hit: bool,
    pub hit_idx: u8,
    pub fill_en: bool,
    pub fill_idx: u8,
    /// A request transfers at this edge.
    pub accept: bool,
    /// A hit or #GP answers in this cycle.
    pub fast_rsp: bool,
    /// The rights check of the hit answering in this cycle.
    pub perm_allow: bool,
    pub perm_error_code: u8,
}

/// Internal state worth watching: FSM, TLB occupancy, invalidations, the rights checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MmuProbe {
    pub walker_state: WalkState,
    pub walker_level: u8,
    pub walker_busy: bool,
    /// The walk's fill has been killed by an invalidation.
    pub walker_dead: bool,
    /// An invalidation this cycle covers the walk in flight.
    pub walker_kill: bool,
    pub walker_outstanding: bool,
    pub walker_leaf_known: bool,
    /// Valid once `walker_leaf_known`.
    pub walker_leaf_size: PageSize,
    /// The walk in flight (or starting) serves the data port.
    pub walker_data: bool,
    /// A walk starts this cycle.
    pub walker_start: bool,
    /// A miss is granted this cycle: the L2 lookup starts (without an L2, the walk).
    pub grant: bool,
    /// The second-level TLB (all false, `Idle`, when the configuration has none).
    pub l2_state: L2State,
    /// A lookup is in flight, or its miss is being handed to the walker.
    pub l2_busy: bool,
    /// A usable L2 entry answers the lookup this cycle.
    pub l2_hit: bool,
    /// The lookup ends without one: the walk starts.
    pub l2_miss: bool,
    /// The L2 walks its sets to apply an invalidation.
    pub l2_flushing: bool,
    /// The walk's translation is installed in the L2 at this edge, replacing a valid entry if `l2_evict`.
    pub l2_fill: bool,
    pub l2_evict: bool,
    pub itlb: L1Probe,
    pub dtlb: L1Probe,
    /// Bit i = paging-structure-cache slot i valid.
    pub pwc_valid: u8,
    pub pwc_victim: u8,
    /// The walker's start cycle found a cached entry, of this level (3 PML4E, 2 PDPTE, 1 PDE).
    pub pwc_hit: bool,
    pub pwc_hit_level: u8,
    pub pwc_fill_en: bool,
    /// An invalidation (command or CR4 transition) is applied at this edge.
    pub inv_en: bool,
    /// A command transfers at this edge.
    pub cmd_fire: bool,
    pub cr_flush_all: bool,
    pub cr_smep: bool,
    /// The walk's rights check.
    pub perm_allow: bool,
    pub perm_error_code: u8,
}

/// The signals behind [`MmuProbe`], by hierarchical name; `{i}` stands for a TLB entry, `{s}` for a cache slot,
/// `{p}` for each port (`fetch`, then `data`).
const PROBED: [&str; 40] = [
    "walker.state.q",
    "walker.level.q",
    "walker.busy",
    "walker.dead.q",
    "walker.kill",
    "walker.outstanding.q",
    "walker.leaf_known.q",
    "walker.leaf_size.q",
    "sel_data",
    "walk_start",
    "start",
    "l2.state.q",
    "l2_hit",
    "l2_miss",
    "l2_flushing",
    "l2_busy",
    "l2.fl_go",
    "l2.fl_match",
    "l2.fl_free",
    "pwc.victim.q",
    "pwc.hit",
    "pwc.hit_level",
    "pwc.fill_en",
    "inv_en",
    "cmd_fire",
    "cr_flush_all",
    "cr_smep",
    "perm.allow",
    "perm.error_code",
    "reset",
    "{p}.tlb.victim.q",
    "{p}.tlb.hit",
    "{p}.tlb.hit_idx",
    "{p}.tlb.fill_en",
    "{p}.tlb.fill_idx",
    "{p}.accept",
    "{p}.r_fast.q",
    "{p}.perm.allow",
    "{p}.perm.error_code",
    "{p}.tlb.e_valid.q${i}",
];

/// The walker's events of a settled cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkEvents {
    /// A walk is in flight.
    pub walker_busy: bool,
    /// An invalidation is applied while a walk is in flight.
    pub inval_during_walk: bool,
    /// The walker answers: the page size it found, and whether an invalidation killed its fill.
    pub answered: Option<(PageSize, bool)>,
    /// An invalidation is applied while an L2 lookup is in flight (which it drops).
    pub inval_during_l2_lookup: bool,
    /// A walk's translation is installed in the L2, and whether it replaces a valid entry.
    pub l2_fill: bool,
    pub l2_evict: bool,
}

impl WalkEvents {
    /// The events a full probe shows.
    pub fn of(p: &MmuProbe) -> WalkEvents {
        WalkEvents {
            walker_busy: p.walker_busy,
            inval_during_walk: p.inv_en && p.walker_busy,
            answered: (p.walker_state == WalkState::Done)
                .then_some((p.walker_leaf_size, p.walker_dead || p.walker_kill)),
            inval_during_l2_lookup: p.inv_en && p.l2_busy,
            l2_fill: p.l2_fill,
            l2_evict: p.l2_evict,
        }
    }
}

/// The position of `name` in [`PROBED`]; a name that is not there fails the build.
const fn at(name: &str) -> usize {
    let mut k = 0;
    while k < PROBED.len() {
        let (a, b) = (PROBED[k].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return k;
            }
        }
        k += 1;
    }
    panic!("not a probed signal")
}

const WALKER_STATE: usize = at("walker.state.q");
const WALKER_LEVEL: usize = at("walker.level.q");
const WALKER_BUSY: usize = at("walker.busy");
const WALKER_DEAD: usize = at("walker.dead.q");
const WALKER_KILL: usize = at("walker.kill");
const WALKER_OUTSTANDING: usize = at("walker.outstanding.q");
const WALKER_LEAF_KNOWN: usize = at("walker.leaf_known.q");
const WALKER_LEAF_SIZE: usize = at("walker.leaf_size.q");
const WALKER_DATA: usize = at("sel_data");
const WALKER_START: usize = at("walk_start");
const GRANT: usize = at("start");
const L2_STATE: usize = at("l2.state.q");
const L2_HIT: usize = at("l2_hit");
const L2_MISS: usize = at("l2_miss");
const L2_FLUSHING: usize = at("l2_flushing");
const L2_BUSY: usize = at("l2_busy");
const L2_FILL: usize = at("l2.fl_go");
/// A fill replaces a valid entry when its set is full and holds no match to replace.
const L2_FILL_MATCH: usize = at("l2.fl_match");
const L2_FILL_FREE: usize = at("l2.fl_free");
const PWC_VICTIM: usize = at("pwc.victim.q");
const PWC_HIT: usize = at("pwc.hit");
const PWC_HIT_LEVEL: usize = at("pwc.hit_level");
const PWC_FILL_EN: usize = at("pwc.fill_en");
const INV_EN: usize = at("inv_en");
const CMD_FIRE: usize = at("cmd_fire");
const CR_FLUSH_ALL: usize = at("cr_flush_all");
const CR_SMEP: usize = at("cr_smep");
const PERM_ALLOW: usize = at("perm.allow");
const PERM_ERROR_CODE: usize = at("perm.error_code");
const RESET: usize = at("reset");
/// The first per-port signal: each port's signals follow the shared ones, in [`PROBED`] order, the fetch port's
/// first.
const PORT_BASE: usize = at("{p}.tlb.victim.q");
/// The port's TLB valid bits, the last per-port group.
const PORT_VALID: usize = at("{p}.tlb.e_valid.q${i}");

/// One TLB entry as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbEntryView {
    /// VA 47:12.
    pub vpn: u64,
    pub size: PageSize,
    pub pcid: u16,
    pub glob: bool,
    /// PA 51:12.
    pub pfn: u64,
    pub writable: bool,
    pub user: bool,
    pub xd: bool,
    pub dirty: bool,
    pub pkey: u8,
}

/// The fields of TLB entry `{i}` of port `{p}`, in [`TlbEntryView`] order (the VPN and PFN in their stored slices).
const TLB_ENTRY: [&str; 14] = [
    "{p}.tlb.e_valid.q${i}",
    "{p}.tlb.e_vpn_1g.q${i}",
    "{p}.tlb.e_vpn_2m.q${i}",
    "{p}.tlb.e_vpn_4k.q${i}",
    "{p}.tlb.e_size.q${i}",
    "{p}.tlb.e_pcid.q${i}",
    "{p}.tlb.e_glob.q${i}",
    "{p}.tlb.e_pfn_hi.q${i}",
    "{p}.tlb.e_pfn_lo.q${i}",
    "{p}.tlb.e_writable.q${i}",
    "{p}.tlb.e_user.q${i}",
    "{p}.tlb.e_xd.q${i}",
    "{p}.tlb.e_dirty.q${i}",
    "{p}.tlb.e_pkey.q${i}",
];

/// A value the simulation holds, written to a design's signal of type `S`.
trait ToSignal<S> {
    fn to_signal(self) -> S;
}

/// A design's signal of type `S`, read as the value the simulation holds.
trait FromSignal<S> {
    fn from_signal(s: S) -> Self;
}

impl ToSignal<Bit> for bool {
    fn to_signal(self) -> Bit {
        self
    }
}

impl FromSignal<Bit> for bool {
    fn from_signal(s: Bit) -> bool {
        s
    }
}

macro_rules! number_signal {
    ($($t:ty),*) => {
        $(impl<const W: usize> ToSignal<Bits<W>> for $t {
            fn to_signal(self) -> Bits<W> {
                let mask = if W >= 64 { u64::MAX } else { (1u64 << W) - 1 };
                (self as u64 & mask).into()
            }
        }
        impl<const W: usize> FromSignal<Bits<W>> for $t {
            fn from_signal(s: Bits<W>) -> $t {
                s.to_u64() as $t
            }
        })*
    };
}

number_signal!(u8, u16, u32, u64);

macro_rules! encoding_signal {
    ($($t:ty),*) => {
        $(impl ToSignal<$t> for $t {
            fn to_signal(self) -> $t {
                self
            }
        }
        impl FromSignal<$t> for $t {
            fn from_signal(s: $t) -> $t {
                s
            }
        })*
    };
}

encoding_signal!(AccessKind, CmdOp, OutcomeCode);

/// What the driver needs of an `Mmu` of any size.
trait Design {
    /// Drives the inputs that differ from `last` (all of them without `last`).
    fn set_inputs(&mut self, i: &Inputs, last: Option<&Inputs>);
    fn outputs(&self) -> Outputs;
    /// Each of these returns the settle passes it ran.
    fn settle_low(&mut self) -> usize;
    fn edge(&mut self);
    fn finish_edge(&mut self) -> usize;
    fn rise_full(&mut self) -> usize;
    fn block(&self) -> &dyn Block;
    fn verilog(&self) -> String;
}

/// Emits the port drivers of [`Design`] from the port table.
macro_rules! design_ports {
    ($($dir:ident $name:ident : $t:ty = $w:literal;)*) => {
        fn set_inputs(&mut self, i: &Inputs, last: Option<&Inputs>) {
            $(design_ports!(@set $dir self i last $name);)*
        }
        fn outputs(&self) -> Outputs {
            let mut o = Outputs::default();
            $(design_ports!(@get $dir self o $name);)*
            o
        }
    };
    (@set input $self:ident $i:ident $last:ident $name:ident) => {
        if $last.map_or(true, |l| l.$name != $i.$name) {
            $self.$name.next = ToSignal::to_signal($i.$name);
        }
    };
    (@set output $self:ident $i:ident $last:ident $name:ident) => {};
    (@get input $self:ident $o:ident $name:ident) => {};
    (@get output $self:ident $o:ident $name:ident) => {
        $o.$name = FromSignal::from_signal($self.$name.val());
    };
}

impl<
        const N: usize,
        const A: usize,
        const NI: usize,
        const AI: usize,
        const LS: usize,
        H: Holder,
    > Design for Mmu<N, A, NI, AI, LS, H>
{
    mmu_arch::mmu_ports!(design_ports);

    fn settle_low(&mut self) -> usize {
        Clocked::settle_low(self)
    }
    fn edge(&mut self) {
        Clocked::edge(self);
    }
    fn finish_edge(&mut self) -> usize {
        Clocked::finish_edge(self)
    }
    fn rise_full(&mut self) -> usize {
        Clocked::rise(self)
    }
    fn block(&self) -> &dyn Block {
        self
    }
    fn verilog(&self) -> String {
        generate_verilog(self)
    }
}

/// How the simulated top holds its sub-blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holding {
    /// In [`Quiet`](crate::quiet::Quiet) wrappers: the fast simulation.
    Quieted,
    /// As they are, every block run in every pass: rust-hdl's own simulation, the reference for the other.
    Plain,
}

/// Builds the `Mmu` at the sizes given, simulated as `self` says.
impl Instance for Holding {
    type Out = Box<dyn Design>;
    fn build<const N: usize, const A: usize, const NI: usize, const AI: usize, const LS: usize>(
        self,
        c: &Config,
    ) -> Box<dyn Design> {
        fn connected<D: Design + Block + 'static>(mut m: Box<D>) -> Box<dyn Design> {
            m.connect_all();
            m
        }
        match self {
            Holding::Quieted => connected(Box::new(Mmu::<N, A, NI, AI, LS, Quieted>::new(c))),
            Holding::Plain => connected(Box::new(Mmu::<N, A, NI, AI, LS, Plain>::new(c))),
        }
    }
}

/// The `Mmu` instance for `config`'s TLB sizes, connected.
fn build(config: &Config, holding: Holding) -> Result<Box<dyn Design>, String> {
    instantiate(config, holding)
}

/// `names` with `{p}` expanded over the ports (`{i}` over each port's TLB entries, `entries` in [`CpuPort::ALL`]
/// order) and `{s}` over the cache slots.
fn expand(names: &[&str], entries: [usize; 2]) -> Vec<String> {
    let mut out = Vec::new();
    let mut ported = Vec::new();
    for n in names {
        if n.contains("{p}") {
            ported.push(*n);
        } else if n.contains("{s}") {
            out.extend((0..PWC_SLOTS).map(|s| n.replace("{s}", &s.to_string())));
        } else {
            out.push(n.to_string());
        }
    }
    for (port, n) in CpuPort::ALL.iter().zip(entries) {
        for name in &ported {
            let name = name.replace("{p}", port.name());
            if name.contains("{i}") {
                out.extend((0..n).map(|i| name.replace("{i}", &i.to_string())));
            } else {
                out.push(name);
            }
        }
    }
    out
}

/// The rust-hdl simulation of the MMU for one configuration.
pub struct HdlMmu {
    /// Read through raw handles into `design`, so declared first: nothing reads them once `design` goes.
    probes: Probes,
    /// The fields of every entry of both TLBs, the ITLB's first, each in [`TLB_ENTRY`] order, entry by entry
    /// within a field.
    entry_probes: Probes,
    design: Box<dyn Design>,
    /// TLB entries of each port, in [`CpuPort::ALL`] order.
    entries: [usize; 2],
    /// The configuration has a second-level TLB.
    l2_on: bool,
    /// The inputs the design holds; only the ports that change are written.
    held: Option<Inputs>,
    /// An edge was started and not yet completed by a settle.
    edge_owed: bool,
    /// Settle passes run so far.
    passes: u64,
}

impl HdlMmu {
    /// The MMU `config` describes (its TLB size one of `mmu_arch::RTL_TLB_SIZES`).
    pub fn new(config: &Config) -> Result<HdlMmu, String> {
        Self::holding(config, Holding::Quieted)
    }

    /// The same MMU simulated as rust-hdl simulates any design, without skipping a block in a pass where it cannot
    /// change (see [`crate::quiet`]): several times slower, and the reference that optimisation is held to.
    pub fn plain(config: &Config) -> Result<HdlMmu, String> {
        Self::holding(config, Holding::Plain)
    }

    fn holding(config: &Config, holding: Holding) -> Result<HdlMmu, String> {
        let design = build(config, holding)?;
        let entries = [config.itlb_entries, config.tlb_entries];
        let mut names = expand(&PROBED, entries);
        names.extend((0..PWC_SLOTS).map(|s| format!("pwc.e_valid.q${s}")));
        // SAFETY: `design` is boxed and owned by the `HdlMmu` that owns the probes; it never moves out of the box.
        let probes = unsafe { Probes::resolve(design.block(), &names)? };
        // SAFETY: as above.
        let entry_probes =
            unsafe { Probes::resolve(design.block(), &expand(&TLB_ENTRY, entries))? };
        Ok(HdlMmu {
            probes,
            entry_probes,
            design,
            entries,
            l2_on: config.l2_enabled(),
            held: None,
            edge_owed: false,
            passes: 0,
        })
    }

    /// The settle passes run so far, each a `Block::update_all` over the design: what the simulation costs.
    pub fn passes(&self) -> u64 {
        self.passes
    }

    /// Number of entries of `port`'s TLB.
    pub fn entries(&self, port: CpuPort) -> usize {
        self.entries[port as usize]
    }

    /// Drives `inputs` for the coming cycle, lowers the clock and settles (completing an edge `rise` started).
    pub fn settle(&mut self, inputs: &Inputs) -> Outputs {
        self.design.set_inputs(inputs, self.held.as_ref());
        self.held = Some(*inputs);
        self.passes += self.design.settle_low() as u64;
        self.edge_owed = false;
        self.design.outputs()
    }

    /// The rising edge, after `settle` with the inputs unchanged since. It completes in the next `settle`, together
    /// with the next inputs (see [`crate::step`]).
    pub fn rise(&mut self) {
        self.design.edge();
        self.passes += 1;
        self.edge_owed = true;
    }

    /// The rising edge settled on its own, before the next inputs: what a plain simulator does. Slower than
    /// [`HdlMmu::rise`], which must give the same results; a test holds them to it.
    pub fn rise_full(&mut self) {
        self.passes += self.design.rise_full() as u64;
        self.edge_owed = false;
    }

    /// Completes a pending edge now, so that the flops show the state after it.
    pub fn finish_edge(&mut self) {
        if self.edge_owed {
            self.passes += self.design.finish_edge() as u64;
            self.edge_owed = false;
        }
    }

    /// The outputs as last settled.
    pub fn outputs(&self) -> Outputs {
        self.design.outputs()
    }

    /// The internal state of the settled cycle.
    pub fn probe(&self) -> MmuProbe {
        let p = &self.probes;
        let b = |k: usize| p.read(k) != 0;
        let reset = b(RESET);
        let per_port = PORT_VALID - PORT_BASE;
        let l1 = |base: usize, n: usize| {
            let at = |k: usize| base + k - PORT_BASE;
            let mut valid = 0u64;
            for i in 0..n {
                valid |= (p.read(at(PORT_VALID) + i) & 1) << i;
            }
            L1Probe {
                valid,
                victim: p.read(at(PORT_BASE)) as u8,
                hit: b(at(PORT_BASE + 1)),
                hit_idx: p.read(at(PORT_BASE + 2)) as u8,
                fill_en: b(at(PORT_BASE + 3)),
                fill_idx: p.read(at(PORT_BASE + 4)) as u8,
                accept: b(at(PORT_BASE + 5)),
                fast_rsp: b(at(PORT_BASE + 6)),
                perm_allow: b(at(PORT_BASE + 7)),
                perm_error_code: p.read(at(PORT_BASE + 8)) as u8,
            }
        };
        let [ni, nd] = self.entries;
        let data_base = PORT_BASE + per_port + ni;
        let pwc_base = data_base + per_port + nd;
        let mut pwc_valid = 0u8;
        for s in 0..PWC_SLOTS {
            pwc_valid |= ((p.read(pwc_base + s) & 1) as u8) << s;
        }
        MmuProbe {
            walker_state: WalkState::ALL[p.read(WALKER_STATE) as usize],
            walker_level: p.read(WALKER_LEVEL) as u8,
            walker_busy: b(WALKER_BUSY),
            walker_dead: b(WALKER_DEAD),
            walker_kill: b(WALKER_KILL),
            walker_outstanding: b(WALKER_OUTSTANDING),
            walker_leaf_known: b(WALKER_LEAF_KNOWN),
            walker_leaf_size: PageSize::from_port(p.read(WALKER_LEAF_SIZE)),
            walker_data: b(WALKER_DATA),
            walker_start: b(WALKER_START),
            grant: b(GRANT),
            l2_state: if self.l2_on {
                L2State::ALL[p.read(L2_STATE) as usize]
            } else {
                L2State::Idle
            },
            l2_busy: b(L2_BUSY),
            l2_hit: b(L2_HIT),
            l2_miss: b(L2_MISS),
            l2_flushing: b(L2_FLUSHING),
            l2_fill: self.l2_on && b(L2_FILL),
            l2_evict: self.l2_on && b(L2_FILL) && !b(L2_FILL_MATCH) && !b(L2_FILL_FREE),
            itlb: l1(PORT_BASE, ni),
            dtlb: l1(data_base, nd),
            pwc_valid,
            pwc_victim: p.read(PWC_VICTIM) as u8,
            pwc_hit: b(PWC_HIT),
            pwc_hit_level: p.read(PWC_HIT_LEVEL) as u8,
            pwc_fill_en: b(PWC_FILL_EN),
            inv_en: b(INV_EN),
            cmd_fire: b(CMD_FIRE),
            cr_flush_all: b(CR_FLUSH_ALL) && !reset,
            cr_smep: b(CR_SMEP) && !reset,
            perm_allow: b(PERM_ALLOW),
            perm_error_code: p.read(PERM_ERROR_CODE) as u8,
        }
    }

    /// What the driver counts every cycle, read from the few signals it needs (a full [`HdlMmu::probe`] reads
    /// dozens, which only a waveform needs).
    pub fn walk_events(&self) -> WalkEvents {
        let p = &self.probes;
        let done = WalkState::ALL[p.read(WALKER_STATE) as usize] == WalkState::Done;
        WalkEvents {
            walker_busy: p.read(WALKER_BUSY) != 0,
            inval_during_walk: p.read(INV_EN) != 0 && p.read(WALKER_BUSY) != 0,
            answered: done.then(|| {
                (
                    PageSize::from_port(p.read(WALKER_LEAF_SIZE)),
                    p.read(WALKER_DEAD) != 0 || p.read(WALKER_KILL) != 0,
                )
            }),
            inval_during_l2_lookup: p.read(INV_EN) != 0 && p.read(L2_BUSY) != 0,
            l2_fill: self.l2_on && p.read(L2_FILL) != 0,
            l2_evict: self.l2_on
                && p.read(L2_FILL) != 0
                && p.read(L2_FILL_MATCH) == 0
                && p.read(L2_FILL_FREE) == 0,
        }
    }

    /// The content of `port`'s TLB, entry by entry (`None` = invalid), after the last edge.
    pub fn tlb_entries(&mut self, port: CpuPort) -> Vec<Option<TlbEntryView>> {
        self.finish_edge();
        let p = &self.entry_probes;
        let [ni, nd] = self.entries;
        let (base, n) = match port {
            CpuPort::Fetch => (0, ni),
            CpuPort::Data => (TLB_ENTRY.len() * ni, nd),
        };
        let f = |field: usize, i: usize| p.read(base + field * n + i);
        (0..n)
            .map(|i| {
                (f(0, i) != 0).then(|| TlbEntryView {
                    vpn: (f(1, i) << 18) | (f(2, i) << 9) | f(3, i),
                    size: PageSize::from_port(f(4, i)),
                    pcid: f(5, i) as u16,
                    glob: f(6, i) != 0,
                    pfn: (f(7, i) << 18) | f(8, i),
                    writable: f(9, i) != 0,
                    user: f(10, i) != 0,
                    xd: f(11, i) != 0,
                    dirty: f(12, i) != 0,
                    pkey: f(13, i) as u8,
                })
            })
            .collect()
    }

    /// Reads any signal of the design by hierarchical name (`walker.state.q`, `data.tlb.e_pcid.q$3`), after the last
    /// edge; `None` if there is none of that name.
    pub fn signal(&mut self, name: &str) -> Option<u64> {
        self.finish_edge();
        // SAFETY: `self.design` outlives `p`, which is dropped at the end of this call.
        let p = unsafe { Probes::resolve(self.design.block(), &[name.to_string()]) }.ok()?;
        Some(p.read(0))
    }

    /// rust-hdl's Verilog of this design (module `top`); export from a fresh instance.
    pub fn verilog(&self) -> String {
        self.design.verilog()
    }
}
