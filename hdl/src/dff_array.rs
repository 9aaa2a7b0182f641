//! `DffArray<T, N>`: `N` flip-flops of type `T` on one clock, `d[i]` sampled into `q[i]` at every
//! rising edge. The same flops as `[DFF<T>; N]`, as one block.
//!
//! rust-hdl simulates every `DFF` as a block of its own with its own clock input, which the
//! parent's kernel drives: a TLB of `N` entries with a dozen fields per entry is a dozen times `N`
//! clock assignments, edge checks and clock commits on every settle pass. One clock per field array
//! removes all of that; `d` and `q` are unchanged. In the exported Verilog the array is one module
//! (`always @(posedge clock)` over every element) instead of one module per flop; the elements
//! are named `d$i` and `q$i` in it (`e_valid$q$3` in the parent).

use std::fmt::Write as _;

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct DffArray<T: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub d: [Signal<In, T>; N],
    pub q: [Signal<Out, T>; N],
}

impl<T: Synth, const N: usize> Default for DffArray<T, N> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            d: std::array::from_fn(|_| Default::default()),
            q: std::array::from_fn(|_| Default::default()),
        }
    }
}

impl<T: Synth, const N: usize> Logic for DffArray<T, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            for i in 0..N {
                self.q[i].next = self.d[i].val();
            }
        }
    }

    fn connect(&mut self) {
        for q in self.q.iter_mut() {
            q.connect();
        }
    }

    fn hdl(&self) -> Verilog {
        let init = T::default().verilog();
        let mut v = String::from("initial begin\n");
        for i in 0..N {
            writeln!(v, "   q${i} = {init:x};").unwrap();
        }
        v.push_str("end\n\nalways @(posedge clock) begin\n");
        for i in 0..N {
            writeln!(v, "   q${i} <= d${i};").unwrap();
        }
        v.push_str("end\n");
        Verilog::Custom(v)
    }

    fn timing(&self) -> Vec<TimingInfo> {
        (0..N)
            .map(|i| TimingInfo {
                name: "dff_array".into(),
                clock: "clock".into(),
                inputs: vec![format!("d${i}")],
                outputs: vec![format!("q${i}")],
            })
            .collect()
    }
}
