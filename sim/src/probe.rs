//! Internal signals of a rust-hdl design, read by hierarchical name.
//!
//! The blocks keep their internals private; a simulator finds a signal the way a waveform viewer does, by its path
//! below the top: `walker.state.q` is the `q` of flop `state` in sub-block `walker`, `tlb.e_valid.q$3` element 3 of
//! a flop array. [`Probes::resolve`] walks the design once with rust-hdl's visitor (`Block::accept`) and keeps a
//! handle to each signal it was asked for, so that reading them every cycle costs no search.
//!
//! A handle points into the design, so [`Probes`] is only ever built for a design held in a `Box` that neither moves
//! nor drops while the probes live: [`crate::drive::HdlMmu`] owns both, and keeps them together.

use std::collections::HashMap;

use rust_hdl::prelude::*;

/// Handles to named signals of one design.
pub struct Probes {
    atoms: Vec<*const dyn Atom>,
}

/// Every signal of `block` by hierarchical name (below the top's own scope), as a raw handle.
fn collect(block: &dyn Block) -> HashMap<String, *const dyn Atom> {
    struct Walk {
        scopes: Vec<String>,
        found: HashMap<String, *const dyn Atom>,
    }
    impl Probe for Walk {
        fn visit_start_scope(&mut self, name: &str, _node: &dyn Block) {
            self.scopes.push(name.to_string());
        }
        fn visit_atom(&mut self, name: &str, signal: &dyn Atom) {
            let mut path: Vec<&str> = self.scopes.iter().skip(1).map(String::as_str).collect();
            path.push(name);
            self.found.insert(path.join("."), handle(signal));
        }
        fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
            self.scopes.pop();
        }
    }
    let mut walk = Walk {
        scopes: vec![],
        found: HashMap::new(),
    };
    block.accept("top", &mut walk);
    walk.found
}

/// A signal as a raw handle, its borrow's lifetime erased: whoever keeps it must keep the design alive and in place
/// while reading through it (see [`Probes`]).
pub(crate) fn handle(signal: &dyn Atom) -> *const dyn Atom {
    let handle: *const (dyn Atom + '_) = signal;
    // SAFETY: only the lifetime changes; the caller bounds the handle's use by the design's (see above).
    unsafe { std::mem::transmute::<*const (dyn Atom + '_), *const dyn Atom>(handle) }
}

impl Probes {
    /// Finds every name of `names` in `block`; an unknown name is an error that lists it.
    ///
    /// # Safety
    /// `block` must stay where it is, alive, for as long as the returned `Probes` is read.
    pub unsafe fn resolve(block: &dyn Block, names: &[String]) -> Result<Probes, String> {
        let all = collect(block);
        let mut atoms = Vec::with_capacity(names.len());
        let mut missing = Vec::new();
        for n in names {
            match all.get(n) {
                Some(&a) => atoms.push(a),
                None => missing.push(n.as_str()),
            }
        }
        if missing.is_empty() {
            Ok(Probes { atoms })
        } else {
            Err(format!("no signal named {}", missing.join(", ")))
        }
    }

    /// The value of probe `k` (in `resolve`'s order) as a number: a bit as 0/1, a vector as its value, an enum as its
    /// encoding.
    pub fn read(&self, k: usize) -> u64 {
        // SAFETY: `resolve`'s contract keeps the design alive and in place while `self` is read.
        let atom = unsafe { &*self.atoms[k] };
        value(atom)
    }
}

/// A signal's value as a number (its Verilog literal: an enum's is its encoding).
fn value(atom: &dyn Atom) -> u64 {
    // A bit reads without allocating; wider values go through their Verilog literal.
    if let VCDValue::Single(v) = atom.vcd() {
        return (v == rust_hdl_vcd::Value::V1) as u64;
    }
    let literal = atom.verilog();
    if atom.bits() <= 32 {
        literal.as_usize() as u64
    } else {
        let text = format!("{literal:x}");
        let digits = text.split_once("'h").map_or(text.as_str(), |(_, d)| d);
        u64::from_str_radix(digits, 16).expect("a probed signal is at most 64 bits wide")
    }
}
