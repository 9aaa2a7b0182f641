//! [`Quiet`]: a sub-block whose simulation work is skipped in the passes where it cannot change.
//!
//! rust-hdl settles a circuit in passes: every pass runs every kernel and commits every signal
//! (`Block::update_all`), until a pass changes nothing. A kernel reads only the signals of its own
//! block (its ports, locals, constants and the ports of its sub-blocks). So if nothing in a block,
//! its sub-blocks included, changed in the previous pass, running its kernel again writes what
//! every signal already holds, no flop in it sees a clock edge, and committing changes nothing;
//! the only signals that can change are its inputs, which the parent's kernel writes. `Quiet` keeps a flag for that: in a quiet pass it commits the
//! inputs alone, and it runs the block normally from the pass after an input changed. The values
//! of every signal in every pass are exactly those of the plain block.
//!
//! A large block with many flops (the TLB) spends more than half of the passes of a cycle quiet:
//! the clock edge and the lookup reach it late, and it is done early.
//!
//! The clock is what wakes a block most: every edge takes a block with flops through several passes
//! (the clock going down to its flops, the flops sampling, the block seeing their `q`), and most
//! edges change none of them (an idle walker, a TLB between fills). So `Quiet` also withholds a
//! rising edge from a block when no flop `d` in it changed since the last edge it passed on: then
//! every `d` equals its `q`, and sampling would change nothing. The block's clock stays low until
//! an edge finds a `d` changed (see [`Quiet::clock_gate`]). That takes a third off the time of a
//! cycle; a test holds the result to the plain design's in every cycle, and counts the edges withheld.
//!
//! `Quiet` is transparent to everything else: it dereferences to the block, so kernels use
//! `self.tlb.hit` as before, and it visits the block under its own name, so the exported Verilog
//! is the block's. The block lists its inputs with [`quiet_inputs!`]; a test per block checks the
//! list against every input port the block has (see [`input_port_ids`]).

use std::ops::{Deref, DerefMut};

use mmu_hdl::l2::L2;
use mmu_hdl::mmu::Holder;
use mmu_hdl::perm::Perm;
use mmu_hdl::pwc::Pwc;
use mmu_hdl::tlb::Tlb;
use mmu_hdl::walker::Walker;
use rust_hdl::prelude::*;

/// A block that can tell which of its signals its parent writes.
pub trait QuietInputs {
    /// Commits every input port; true if one changed.
    fn commit_inputs(&mut self) -> bool;
    /// The ids of the signals `commit_inputs` commits.
    fn input_ids(&self) -> Vec<usize>;
    /// The block's clock input, if it has flops.
    fn clock_input(&mut self) -> Option<&mut Signal<In, Clock>> {
        None
    }
}

/// Implements [`QuietInputs`] for the listed input ports, inside an `impl QuietInputs for ...`.
macro_rules! quiet_inputs {
    ($($port:ident),+ $(,)?) => {
        fn commit_inputs(&mut self) -> bool {
            let mut changed = false;
            $(
                self.$port.update_all();
                changed |= self.$port.changed;
            )+
            changed
        }
        fn input_ids(&self) -> Vec<usize> {
            vec![$(self.$port.id()),+]
        }
    };
}

/// `B`, simulated only in the passes where something in it can change (see the module
/// documentation).
pub struct Quiet<B> {
    block: B,
    /// Something in the block changed in the last pass: the next pass must run it.
    active: bool,
    /// The `d` of every flop in the block (see [`FlopInputs`]).
    flops: FlopInputs,
    /// A flop's `d` changed since the block's clock last rose: the next rise can change a `q`.
    dirty: bool,
    /// The parent's clock is high and this block was not clocked: it stays so until the clock falls.
    skipping: bool,
}

impl<B> Quiet<B> {
    pub fn new(block: B) -> Self {
        Quiet {
            block,
            active: true,
            flops: FlopInputs::default(),
            dirty: true,
            skipping: false,
        }
    }
}

impl<B> Deref for Quiet<B> {
    type Target = B;
    fn deref(&self) -> &B {
        &self.block
    }
}

impl<B> DerefMut for Quiet<B> {
    fn deref_mut(&mut self) -> &mut B {
        &mut self.block
    }
}

impl<B: Logic> Logic for Quiet<B> {
    fn update(&mut self) {
        self.block.update();
    }
    fn connect(&mut self) {
        self.block.connect();
    }
    fn hdl(&self) -> Verilog {
        self.block.hdl()
    }
    fn timing(&self) -> Vec<TimingInfo> {
        self.block.timing()
    }
}

impl<B: Block + QuietInputs> Block for Quiet<B> {
    fn connect_all(&mut self) {
        self.block.connect_all();
        self.active = true;
        self.dirty = true;
    }

    fn update_all(&mut self) {
        self.clock_gate();
        if self.active {
            self.block.update_all();
            self.active = self.block.has_changed();
            if self.active && !self.dirty {
                self.dirty = self.flops.any_changed(&self.block);
            }
        } else {
            self.active = self.block.commit_inputs();
        }
    }

    fn has_changed(&self) -> bool {
        // after a full pass: whether anything changed; after a quiet one: whether an input did
        self.active
    }

    fn accept(&self, name: &str, probe: &mut dyn Probe) {
        self.block.accept(name, probe);
    }
}

impl<B: Block + QuietInputs> Quiet<B> {
    /// A rising edge that can change no flop is not passed to the block: every `d` equals its `q` when no `d`
    /// changed since the last edge the block saw, so sampling would change nothing, and the edge would only cost
    /// the passes that carry the clock down to the flops and back. The block's clock stays low until the parent's
    /// next rise that finds a `d` changed; that rise goes through, so the flops sample exactly when they would
    /// change. A rise is decided when it arrives and holds until the parent's clock falls: a `d` that changes
    /// while the clock is high is sampled at the next edge, as it would be by a flop that saw this one.
    fn clock_gate(&mut self) {
        let Some(clock) = self.block.clock_input() else {
            return;
        };
        let (parent, own) = (clock.next.clk, clock.val().clk);
        if !parent {
            self.skipping = false;
        } else if !own {
            if self.skipping || !self.dirty {
                self.skipping = true;
                clock.next = Clock { clk: false };
            } else {
                // the flops sample after this rise; a `d` that changes from here on is for the next edge
                self.dirty = false;
            }
        }
    }
}

/// Handles to the `d` input of every flop inside a block (the inputs of its `DFF` and flop-array sub-blocks),
/// to ask whether one changed in the last pass.
///
/// The handles are raw pointers into the block, taken where the block was when they were collected; the block
/// is not pinned, so they are kept with that address and collected again whenever the block is found elsewhere.
#[derive(Default)]
pub struct FlopInputs {
    base: usize,
    atoms: Vec<*const dyn Atom>,
}

impl FlopInputs {
    /// True if a flop's `d` changed in the block's last pass.
    fn any_changed<B: Block>(&mut self, block: &B) -> bool {
        let base = block as *const B as usize;
        if base != self.base {
            self.base = base;
            self.atoms = flop_inputs(block);
        }
        // SAFETY: every handle was taken from `block` at its current address, and `block` is borrowed here.
        self.atoms.iter().any(|&a| unsafe { (*a).changed() })
    }
}

/// Calls `f` with every signal of `block`, its name, and its depth: 1 for the block's own signals, 2 for those of its
/// sub-blocks, and so on.
fn each_atom(block: &dyn Block, f: &mut dyn FnMut(usize, &str, &dyn Atom)) {
    struct Walk<'a> {
        depth: usize,
        f: &'a mut dyn FnMut(usize, &str, &dyn Atom),
    }
    impl Probe for Walk<'_> {
        fn visit_start_scope(&mut self, _name: &str, _node: &dyn Block) {
            self.depth += 1;
        }
        fn visit_atom(&mut self, name: &str, signal: &dyn Atom) {
            (self.f)(self.depth, name, signal);
        }
        fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
            self.depth -= 1;
        }
    }
    block.accept("top", &mut Walk { depth: 0, f });
}

/// Every flop `d` below `block`'s own scope: the atoms named `d` (a `DFF`) or `d$i` (a flop array), and the inputs of
/// every block RAM (`read_address`, `write_*` of a `RAM`): an edge reads and writes it, so a change of one of them is a
/// change that the next edge must see. (A RAM whose inputs have not changed since the last edge it saw would read the
/// word it holds and write the word it wrote: the same state.)
fn flop_inputs<B: Block>(block: &B) -> Vec<*const dyn Atom> {
    let mut atoms = vec![];
    each_atom(block, &mut |depth, name, signal| {
        let is_d = name == "d"
            || name
                .strip_prefix("d$")
                .is_some_and(|i| i.bytes().all(|b| b.is_ascii_digit()))
            || matches!(
                name,
                "read_address" | "write_address" | "write_data" | "write_enable"
            );
        if depth >= 2 && is_d {
            // used only while the block is where it was found: see `FlopInputs`
            atoms.push(crate::probe::handle(signal));
        }
    });
    atoms
}

/// The ids of the input ports of `block` itself (not those of its sub-blocks), for checking a
/// [`quiet_inputs!`] list.
pub fn input_port_ids<B: Block>(block: &B) -> Vec<usize> {
    let mut ids = vec![];
    each_atom(block, &mut |depth, _name, signal| {
        if depth == 1 && signal.kind() == AtomKind::InputParameter {
            ids.push(signal.id());
        }
    });
    ids
}

/// Asserts that `block`'s [`quiet_inputs!`] list names every input port it has, once.
pub fn assert_inputs_complete<B: Block + QuietInputs>(block: &B) {
    let mut listed = block.input_ids();
    let mut ports = input_port_ids(block);
    listed.sort_unstable();
    ports.sort_unstable();
    assert_eq!(
        listed, ports,
        "the quiet_inputs! list must name every input port exactly once"
    );
}

/// The top's sub-blocks, each in a [`Quiet`]: how the simulation holds them.
pub struct Quieted;

impl Holder for Quieted {
    type Tlb<const N: usize, const A: usize> = Quiet<Tlb<N, A>>;
    type Walker = Quiet<Walker>;
    type Perm = Quiet<Perm>;
    type Pwc = Quiet<Pwc>;
    type L2<const SB: usize> = Quiet<L2<SB>>;
    fn tlb<const N: usize, const A: usize>(block: Tlb<N, A>) -> Self::Tlb<N, A> {
        Quiet::new(block)
    }
    fn walker(block: Walker) -> Self::Walker {
        Quiet::new(block)
    }
    fn perm(block: Perm) -> Self::Perm {
        Quiet::new(block)
    }
    fn pwc(block: Pwc) -> Self::Pwc {
        Quiet::new(block)
    }
    fn l2<const SB: usize>(block: L2<SB>) -> Self::L2<SB> {
        Quiet::new(block)
    }
}

// The input ports of every block the top holds: a block's passes may be skipped only while none of these changed.

impl<const N: usize, const A: usize> QuietInputs for Tlb<N, A> {
    fn clock_input(&mut self) -> Option<&mut Signal<In, Clock>> {
        Some(&mut self.clock)
    }

    quiet_inputs!(
        clock,
        reset,
        lk_vpn,
        lk_pcid,
        lk_capture,
        fill_en,
        fill_prep,
        fill_vpn_1g,
        fill_vpn_2m,
        fill_vpn_4k,
        fill_size,
        fill_pcid,
        fill_glob,
        fill_pfn,
        fill_writable,
        fill_user,
        fill_xd,
        fill_dirty,
        fill_pkey,
        inv_en,
        inv_use_va,
        inv_use_pcid,
        inv_glob_wild,
        inv_keep_glob,
        inv_vpn,
        inv_pcid,
    );
}

impl QuietInputs for Walker {
    fn clock_input(&mut self) -> Option<&mut Signal<In, Clock>> {
        Some(&mut self.clock)
    }

    quiet_inputs!(
        clock,
        reset,
        start,
        pml4_base,
        vpn_1g,
        vpn_2m,
        vpn_4k,
        is_write,
        pcid,
        cr4_pge,
        efer_nxe,
        inv_en,
        inv_use_va,
        inv_use_pcid,
        inv_glob_wild,
        inv_keep_glob,
        inv_vpn,
        inv_pcid,
        perm_allow,
        perm_code,
        pwc_hit,
        pwc_level,
        pwc_base,
        pwc_user,
        pwc_writable,
        pwc_xd,
        mem_req_ready,
        mem_rsp_valid,
        mem_rsp_data,
        mem_rsp_err,
        mem_rsp_stale,
    );
}

impl QuietInputs for Pwc {
    fn clock_input(&mut self) -> Option<&mut Signal<In, Clock>> {
        Some(&mut self.clock)
    }

    quiet_inputs!(
        clock,
        reset,
        lk_en,
        lk_vpn_1g,
        lk_vpn_2m,
        lk_pcid,
        fill_en,
        fill_level,
        fill_vpn_1g,
        fill_vpn_2m,
        fill_pcid,
        fill_base,
        fill_user,
        fill_writable,
        fill_xd,
        inv_en,
        inv_use_pcid,
        inv_pcid,
    );
}

impl<const SB: usize> QuietInputs for L2<SB> {
    fn clock_input(&mut self) -> Option<&mut Signal<In, Clock>> {
        Some(&mut self.clock)
    }

    quiet_inputs!(
        clock,
        reset,
        lk_start,
        lk_vpn_1g,
        lk_vpn_2m,
        lk_vpn_4k,
        lk_pcid,
        lk_write,
        lk_data,
        sp_take,
        sp_data,
        sp_vpn_4k,
        fill_en,
        fill_vpn_1g,
        fill_vpn_2m,
        fill_vpn_4k,
        fill_size,
        fill_pcid,
        fill_glob,
        fill_pfn,
        fill_writable,
        fill_user,
        fill_xd,
        fill_dirty,
        fill_pkey,
        inv_en,
        inv_flush,
        inv_use_va,
        inv_use_pcid,
        inv_glob_wild,
        inv_keep_glob,
        inv_vpn,
        inv_pcid,
    );
}

impl QuietInputs for Perm {
    quiet_inputs!(
        page_user,
        page_writable,
        page_xd,
        page_pkey,
        kind,
        user_access,
        cr0_wp,
        cr4_smep,
        cr4_smap,
        cr4_pke,
        efer_nxe,
        rflags_ac,
        pkru,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new input port missing from a list would let a block sleep through a change of it.
    #[test]
    fn every_block_lists_every_input_port() {
        let config = mmu_arch::Config {
            tlb_entries: 8,
            ..Default::default()
        };
        assert_inputs_complete(&Tlb::<8, 3>::new(&config));
        assert_inputs_complete(&Walker::new(&config));
        assert_inputs_complete(&Perm::default());
        assert_inputs_complete(&Pwc::new(&config));
        assert_inputs_complete(&L2::<7>::default());
    }
}
