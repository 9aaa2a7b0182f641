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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Clocked;

    #[derive(LogicBlock)]
    struct Bench {
        clock: Signal<In, Clock>,
        din: [Signal<In, Bits<5>>; 3],
        regs: DffArray<Bits<5>, 3>,
    }

    impl Logic for Bench {
        #[hdl_gen]
        fn update(&mut self) {
            self.regs.clock.next = self.clock.val();
            for i in 0..3 {
                self.regs.d[i].next = self.din[i].val();
            }
        }
    }

    fn bench() -> Bench {
        let mut b = Bench {
            clock: Default::default(),
            din: std::array::from_fn(|_| Default::default()),
            regs: Default::default(),
        };
        b.connect_all();
        b
    }

    impl Clocked for Bench {
        fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    #[test]
    fn samples_every_element_at_the_rising_edge_only() {
        let mut b = bench();
        for (i, v) in [3u64, 17, 31].into_iter().enumerate() {
            b.din[i].next = v.into();
        }
        b.settle_low();
        assert!(b.regs.q.iter().all(|q| q.val().to_u64() == 0));
        b.rise();
        let q: Vec<u64> = b.regs.q.iter().map(|q| q.val().to_u64()).collect();
        assert_eq!(q, vec![3, 17, 31]);
        b.din[1].next = 5.into();
        b.settle_low();
        assert_eq!(
            b.regs.q[1].val().to_u64(),
            17,
            "holds while the clock is low"
        );
        b.rise();
        assert_eq!(b.regs.q[1].val().to_u64(), 5);
    }

    #[test]
    fn exports_one_module_with_every_element() {
        let v = generate_verilog(&bench());
        assert!(v.contains("q$2 <= d$2;"), "{v}");
        assert!(v.contains("q$0 = 5'h0;"), "{v}");
        assert!(v.contains(".q$1(regs$q$1)"), "{v}");
    }
}
