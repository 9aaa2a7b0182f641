#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Rng;

    #[test]
    fn every_supported_size_builds_and_answers_a_gp() {
        for n in AnyMmu::SIZES {
            let mut m = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 46,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            assert_eq!(m.entries(), n);
            let mut i = MmuInputs {
                reset: true,
                ..MmuInputs::default()
            };
            m.set_inputs(&i);
            m.settle();
            m.rise();
            i.reset = false;
            i.req_valid = true;
            i.req_va = 0x8000_0000_0000;
            m.set_inputs(&i);
            m.settle();
            assert!(m.outputs().req_ready && m.probe().accept);
            m.rise();
            i.req_valid = false;
            m.set_inputs(&i);
            m.settle();
            let o = m.outputs();
            assert!(
                o.rsp_valid && o.rsp_outcome == 2 && !o.rsp_tlb_hit,
                "N={n}: {o:?}"
            );
            assert_eq!(m.probe().walker_state, WalkState::Idle);
            assert!(m.tlb_entries().iter().all(|e| e.is_none()));
            // rust-hdl's exporter panics on structural problems: export every size
            let fresh = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 46,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            let v = fresh.verilog();
            assert!(
                v.contains("module top(") && v.contains(&format!("e_valid$q${}", n - 1)),
                "N={n}"
            );
        }
    }

    /// Walker memory for the edge test: a page-table entry for every address (present, a small
    /// frame, random rights, PS and XD now and then), overwritten by the walker's A/D writes.
    struct AnyTables {
        written: std::collections::HashMap<u64, u64>,
        rng: Rng,
        /// Cycles left until the answer, and its data.
        pending: Option<(u64, u64)>,
        ready: bool,
        answer: Option<u64>,
    }

    impl AnyTables {
        fn entry(addr: u64) -> u64 {
            let h = Rng(addr).next_u64();
            let mut e = (((h & 0x3f) + 1) << 12) | 1 | ((h >> 8) & 0x166);
            if (h >> 20) & 3 == 0 {
                e |= 0x80;
            }
            if (h >> 24) & 7 == 0 {
                e |= 1 << 63;
            }
            e
        }
        fn drive(&mut self) -> (bool, bool, u64) {
            self.ready = self.rng.chance(3, 4);
            self.answer = match self.pending {
                Some((0, data)) => Some(data),
                _ => None,
            };
            (self.ready, self.answer.is_some(), self.answer.unwrap_or(0))
        }
        fn edge(&mut self, o: &MmuOutputs) {
            if self.answer.is_some() {
                self.pending = None;
            }
            if let Some((n, d)) = self.pending {
                self.pending = Some((n - 1, d));
            }
            if o.mem_req_valid && self.ready {
                assert!(
                    self.pending.is_none(),
                    "a second memory request while one is owed"
                );
                let data = if o.mem_req_we {
                    self.written.insert(o.mem_req_addr, o.mem_req_wdata);
                    0
                } else {
                    let a = o.mem_req_addr;
                    self.written
                        .get(&a)
                        .copied()
                        .unwrap_or_else(|| Self::entry(a))
                };
                self.pending = Some((self.rng.below(3), data));
            }
        }
    }

    /// `MmuPorts::rise` starts the edge and the next `settle` completes it with the new inputs;
    /// `Clocked::rise` settles the edge on its own first. Both must give the same outputs, the
    /// same internal state and the same TLB in every cycle, and `finish_edge` the same flops as
    /// a full rise.
    #[test]
    fn fast_edge_matches_a_full_rise_every_cycle() {
        for seed in 1..=3u64 {
            let config = MmuConfig {
                paddr_bits: 40,
                ..MmuConfig::default()
            };
            let mut fast = Box::new(Mmu::<8, 3>::new(config));
            let mut full = Box::new(Mmu::<8, 3>::new(config));
            fast.connect_all();
            full.connect_all();
            let mut rng = Rng(seed);
            let mut mem = AnyTables {
                written: Default::default(),
                rng: Rng(seed ^ 0x55),
                pending: None,
                ready: false,
                answer: None,
            };
            let pages: Vec<u64> = (0..12)
                .map(|_| rng.next_u64() & 0x0000_7f03_0060_3000)
                .collect();
            let mut i = MmuInputs {
                cr3: 0x1000,
                ..MmuInputs::default()
            };
            let (mut fills, mut hits) = (0, 0);
            for cycle in 0..6_000u64 {
                i.reset = cycle < 2 || rng.chance(1, 700);
                if !i.req_valid || rng.chance(1, 4) {
                    i.req_valid = rng.chance(2, 3);
                    i.req_va = pages[rng.below(12) as usize] | (rng.next_u64() & 0xff8);
                    if rng.chance(1, 40) {
                        i.req_va |= 1 << 50;
                    }
                    i.req_kind = rng.below(4) as u8;
                    i.req_user = rng.chance(1, 2);
                }
                i.cmd_valid = rng.chance(1, 80);
                i.cmd_op = rng.below(8) as u8;
                i.cmd_va = pages[rng.below(12) as usize];
                i.cmd_pcid = rng.below(4) as u16;
                i.cmd_noflush = rng.chance(1, 2);
                if rng.chance(1, 60) {
                    let r = rng.next_u64();
                    i.cr0_wp = r & 1 != 0;
                    i.cr4_pge = r & 2 != 0;
                    i.cr4_pcide = r & 4 != 0;
                    i.cr4_smep = r & 8 != 0;
                    i.cr4_smap = r & 16 != 0;
                    i.cr4_pke = r & 32 != 0;
                    i.efer_nxe = r & 64 != 0;
                    i.rflags_ac = r & 128 != 0;
                    i.pkru = (r >> 32) as u32;
                    i.cr3 = 0x1000 | ((r >> 8) & 3);
                }
                (i.mem_req_ready, i.mem_rsp_valid, i.mem_rsp_data) = mem.drive();

                fast.set_inputs(&i);
                MmuPorts::settle(fast.as_mut());
                full.set_inputs(&i);
                full.settle_low();
                let o = fast.outputs();
                assert_eq!(o, full.outputs(), "seed {seed} cycle {cycle}: outputs");
                assert_eq!(
                    fast.probe(),
                    full.probe(),
                    "seed {seed} cycle {cycle}: probe"
                );
                assert_eq!(
                    fast.tlb_entries(),
                    full.tlb_entries(),
                    "seed {seed} cycle {cycle}"
                );
                fills += full.probe().tlb_fill_en as u32;
                hits += o.rsp_tlb_hit as u32;
                mem.edge(&o);
                MmuPorts::rise(fast.as_mut());
                Clocked::rise(full.as_mut());
                if rng.chance(1, 10) {
                    MmuPorts::finish_edge(fast.as_mut());
                    assert_eq!(
                        fast.probe(),
                        full.probe(),
                        "seed {seed} cycle {cycle}: edge"
                    );
                    assert_eq!(fast.tlb_entries(), full.tlb_entries());
                }
            }
            assert!(
                fills >= 10 && hits >= 10,
                "seed {seed}: too little TLB traffic ({fills} fills, {hits} hits)"
            );
        }
    }

    #[test]
    fn unsupported_sizes_and_configs_are_rejected_with_a_reason() {
        let e = AnyMmu::new(
            12,
            MmuConfig {
                paddr_bits: 40,
                ..MmuConfig::default()
            },
        )
        .err()
        .unwrap();
        assert!(e.contains("[4, 8, 16, 32, 64]") && e.contains("12"), "{e}");
        let e = AnyMmu::new(
            16,
            MmuConfig {
                paddr_bits: 53,
                ..MmuConfig::default()
            },
        )
        .err()
        .unwrap();
        assert!(e.contains("paddr_bits") && e.contains("53"), "{e}");
        assert!(AnyMmu::supports(64) && !AnyMmu::supports(128));
    }

    #[test]
    #[should_panic(expected = "MmuConfig.paddr_bits (MAXPHYADDR) must be in 32..=52, got 31")]
    fn mmu_new_panics_on_a_bad_config() {
        let _ = Mmu::<4, 2>::new(MmuConfig {
            paddr_bits: 31,
            ..MmuConfig::default()
        });
    }
}

#[cfg(test)]
mod speed {
    use super::*;
    use std::time::Instant;

    /// Cycles per second of `Mmu<16, 4>` driven through `MmuPorts` (release build): a stream of
    /// TLB hits and a stream of walks. Run with `--ignored --nocapture`.
    #[test]
    #[ignore = "measurement, not a check"]
    fn measure_simulation_speed() {
        for n in [16usize, 64] {
            let mut m = AnyMmu::new(
                n,
                MmuConfig {
                    paddr_bits: 40,
                    ..MmuConfig::default()
                },
            )
            .unwrap();
            let mut i = MmuInputs {
                reset: true,
                cr3: 0x1000,
                ..MmuInputs::default()
            };
            m.set_inputs(&i);
            m.settle();
            m.rise();
            i.reset = false;
            // one PML4E/PDPTE/PDE chain and a present PTE for every page: the memory answers
            // every read with a present, accessed, dirty, writable entry pointing at 0x2000.
            let mut pending: Option<u64> = None;
            let mut cycles = 0u64;
            let t0 = Instant::now();
            let mut k = 0u64;
            while cycles < 200_000 {
                i.req_valid = true;
                // walks while k < 100_000 cycles (a new page every access), then hits on 8 pages
                i.req_va = if cycles < 100_000 {
                    (k % 4096) << 12
                } else {
                    (k % 8) << 12
                };
                i.mem_req_ready = true;
                i.mem_rsp_valid = pending.is_some();
                i.mem_rsp_data = pending.take().unwrap_or(0);
                m.set_inputs(&i);
                m.settle();
                let o = m.outputs();
                if o.mem_req_valid {
                    pending = Some(0x2000 | 0x63);
                }
                if o.req_ready {
                    k += 1;
                }
                m.rise();
                cycles += 1;
            }
            let dt = t0.elapsed().as_secs_f64();
            println!(
                "Mmu<{n}>: {cycles} cycles in {dt:.2} s = {:.0} cycles/s",
                cycles as f64 / dt
            );
        }
    }
}
