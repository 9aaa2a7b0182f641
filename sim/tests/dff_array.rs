//! The flip-flop array primitive (`mmu_hdl::dff_array::DffArray`) in a small bench: every element samples its `d` at
//! the rising edge only and holds while the clock is low; the Verilog export is one module with every element.

use mmu_hdl::dff_array::DffArray;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_sim::step::Clocked;

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
