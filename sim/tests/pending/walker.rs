#[cfg(test)]
mod tests {
    use super::*;
    use crate::perm::Perm;
    use crate::step::Clocked;
    use crate::testutil::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// The walker with a Perm wired as the top wires it; everything else is driven by the test.
    #[derive(LogicBlock)]
    struct Bench {
        clock: Signal<In, Clock>,
        walker: Walker,
        perm: Perm,
    }

    impl Logic for Bench {
        fn update(&mut self) {
            self.walker.clock.next = self.clock.val();
            self.perm.page_user.next = self.walker.rights_user.val();
            self.perm.page_writable.next = self.walker.rights_writable.val();
            self.perm.page_xd.next = self.walker.rights_xd.val();
            self.perm.page_pkey.next = self.walker.rights_pkey.val();
            self.walker.perm_allow.next = self.perm.allow.val();
            self.walker.perm_code.next = self.perm.error_code.val();
        }
    }

    impl Clocked for Bench {
        fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    const PML4: u64 = 0x10_0000;
    const CYCLE_LIMIT: u64 = 2_000;

    fn bench(paddr_bits: u32) -> Bench {
        let mut b = Bench {
            clock: Default::default(),
            walker: Walker::new(paddr_bits),
            perm: Perm::default(),
        };
        b.connect_all();
        b.walker.reset.next = true;
        b.cycle();
        b.walker.reset.next = false;
        b
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    struct Answer {
        outcome: RefOutcome,
        filled: bool,
        cycles: u64,
    }

    fn set_ctl(b: &mut Bench, c: &Ctl, kind: u64, cpl3: bool) {
        let p = &mut b.perm;
        p.kind.next = kind.into();
        p.user_access.next = cpl3;
        p.cr0_wp.next = c.wp;
        p.cr4_smep.next = c.smep;
        p.cr4_smap.next = c.smap;
        p.cr4_pke.next = c.pke;
        p.efer_nxe.next = c.nxe;
        p.rflags_ac.next = c.ac;
        p.pkru.next = (c.pkru as u64).into();
        b.walker.cr4_pge.next = c.pge;
        b.walker.efer_nxe.next = c.nxe;
    }

    fn no_inv(b: &mut Bench) {
        b.walker.inv_en.next = false;
    }

    /// One cycle with the memory attached; returns true if the walker answered in it.
    fn mem_cycle(b: &mut Bench, mem: &mut TestMem, on_settled: &mut dyn FnMut(&mut Bench)) {
        let (ready, rv, rd) = mem.drive();
        b.walker.mem_req_ready.next = ready;
        b.walker.mem_rsp_valid.next = rv;
        b.walker.mem_rsp_data.next = rd.into();
        b.settle_low();
        on_settled(b);
        let w = &b.walker;
        mem.edge(
            w.mem_req_valid.val(),
            w.mem_req_addr.val().to_u64(),
            w.mem_req_we.val(),
            w.mem_req_wdata.val().to_u64(),
        );
        b.rise();
    }

    /// Drives the VPN (VA 47:12) of the access.
    fn drive_vpn(w: &mut Walker, vpn: u64) {
        w.vpn_1g.next = ((vpn >> 18) & 0x3_ffff).into();
        w.vpn_2m.next = ((vpn >> 9) & 0x1ff).into();
        w.vpn_4k.next = (vpn & 0x1ff).into();
    }

    /// Starts a walk and runs it to its answer.
    fn walk(b: &mut Bench, mem: &mut TestMem, va: u64, kind: u64, cpl3: bool, c: &Ctl) -> Answer {
        set_ctl(b, c, kind, cpl3);
        no_inv(b);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.is_write.next = kind == 1;
        b.walker.pcid.next = 0.into();
        b.walker.start.next = true;
        let mut answer = None;
        for cycle in 0..CYCLE_LIMIT {
            mem_cycle(b, mem, &mut |b| {
                let w = &b.walker;
                if w.done.val() && answer.is_none() {
                    let outcome = if w.fault.val() {
                        RefOutcome::Pf(w.error_code.val().to_u64())
                    } else {
                        let shift = 12 + 9 * w.size.val().to_u64();
                        RefOutcome::Ok {
                            pa: (w.pfn.val().to_u64() << 12) | (va & ((1 << shift) - 1)),
                            fill: RefFill {
                                size: w.fill_size.val().to_u64(),
                                glob: w.fill_glob.val(),
                                pfn: w.fill_pfn.val().to_u64(),
                                writable: w.fill_writable.val(),
                                user: w.fill_user.val(),
                                xd: w.fill_xd.val(),
                                dirty: w.fill_dirty.val(),
                                pkey: w.fill_pkey.val().to_u64(),
                            },
                        }
                    };
                    answer = Some(Answer {
                        outcome,
                        filled: w.fill_en.val(),
                        cycles: cycle,
                    });
                }
            });
            b.walker.start.next = false;
            if let Some(a) = answer {
                assert_eq!(b.walker.state.q.val(), WalkState::Idle);
                return a;
            }
        }
        panic!("walk did not answer within {CYCLE_LIMIT} cycles");
    }

    /// Page tables for one VA: tables at PML4, +0x1000, +0x2000, +0x3000. `flags` are the flag
    /// bits of the entries in walk order (PML4E, PDPTE, PDE, PTE); the leaf is at `leaf_level`
    /// (0 PTE, 1 PDE, 2 PDPTE) and maps `pa`. Returns the entries in walk order.
    fn tables(va: u64, leaf_level: usize, flags: [u64; 4], pa: u64) -> Vec<(u64, u64)> {
        let mut words = vec![];
        let mut table = PML4;
        for level in (leaf_level..4).rev() {
            let idx = (va >> (12 + 9 * level)) & 0x1ff;
            let next = PML4 + 0x1000 * (4 - level as u64);
            let target = if level == leaf_level { pa } else { next };
            words.push((table + 8 * idx, target | flags[3 - level]));
            table = next;
        }
        words
    }

    const P: u64 = 1;
    const W: u64 = 2;
    const U: u64 = 4;
    const A: u64 = 0x20;
    const D: u64 = 0x40;
    const PS: u64 = 0x80;
    const G: u64 = 0x100;
    const XD: u64 = 1 << 63;

    #[allow(clippy::too_many_arguments)]
    fn check_against_ref(
        words: &[(u64, u64)],
        va: u64,
        kind: u64,
        cpl3: bool,
        c: &Ctl,
        lat: (u64, u64),
        ready: (u64, u64),
        seed: u64,
    ) -> (Answer, Vec<(u64, u64)>) {
        let mut b = bench(40);
        let mut mem = TestMem::new(words, lat, ready, seed);
        let got = walk(&mut b, &mut mem, va, kind, cpl3, c);
        let mut ref_mem: HashMap<u64, u64> = words.iter().copied().collect();
        let (want, want_writes) = ref_walk(&mut ref_mem, PML4, va, kind, cpl3, c, 40);
        assert_eq!(
            got.outcome, want,
            "va={va:#x} kind={kind} cpl3={cpl3} ctl={c:?} words={words:x?}"
        );
        assert_eq!(mem.writes, want_writes, "A/D writes");
        assert_eq!(
            got.filled,
            matches!(want, RefOutcome::Ok { .. }),
            "fill only on success"
        );
        (got, mem.writes)
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Walker::new(40));
    }

    #[test]
    fn state_codes_match_the_exported_encoding() {
        for (i, st) in WalkState::ALL.iter().enumerate() {
            let bits: Bits<3> = (*st).into();
            assert_eq!(bits.to_u64(), i as u64, "{}", st.name());
            assert_eq!(st.code(), i as u64);
        }
    }

    #[test]
    fn cold_4k_walk_latency_1_sets_a_everywhere_in_walk_order() {
        let va = 0x0000_1234_5678_9abc;
        let words = tables(
            va,
            0,
            [P | W | U, P | W | U, P | W | U, P | W | U],
            0xab_cdef_0000,
        );
        let c = Ctl {
            nxe: true,
            wp: true,
            ..Ctl::default()
        };
        let (a, writes) = check_against_ref(&words, va, 0, false, &c, (1, 1), (1, 1), 1);
        assert_eq!(a.cycles, 18, "cold 4K read walk, L=1");
        let order: Vec<u64> = writes.iter().map(|w| w.0).collect();
        let want: Vec<u64> = words.iter().map(|w| w.0).collect();
        assert_eq!(order, want, "A written PML4E first, PTE last");
        assert!(
            writes.iter().all(|&(_, v)| v & A != 0 && v & D == 0),
            "read: A only"
        );
        assert_eq!(
            a.outcome,
            RefOutcome::Ok {
                pa: 0xab_cdef_0abc,
                fill: RefFill {
                    size: 0,
                    glob: false,
                    pfn: 0xabc_def0,
                    writable: true,
                    user: true,
                    xd: false,
                    dirty: false,
                    pkey: 0
                }
            }
        );
    }

    #[test]
    fn cycle_counts_for_latency_2_and_warm_tables() {
        let va = 0x4000_0000;
        let cold = tables(va, 0, [P | W, P | W, P | W, P | W], 0x5000);
        let c = Ctl::default();
        let (a, _) = check_against_ref(&cold, va, 0, false, &c, (2, 2), (1, 1), 1);
        assert_eq!(a.cycles, 26, "cold 4K walk, L=2");
        let warm = tables(
            va,
            0,
            [P | W | A, P | W | A, P | W | A, P | W | A | D],
            0x5000,
        );
        let (a, writes) = check_against_ref(&warm, va, 1, false, &c, (1, 1), (1, 1), 1);
        assert!(writes.is_empty(), "nothing changes, nothing is written");
        assert_eq!(a.cycles, 10, "warm 4K walk, L=1");
    }

    #[test]
    fn large_pages_and_dirty_on_write() {
        let c = Ctl {
            nxe: true,
            pge: true,
            ..Ctl::default()
        };
        // 2M page: leaf PDE, PA bits 20:12 from the VA, PAT bit 12 ignored
        let va = 0x7f12_3456_7890;
        let words = tables(
            va,
            1,
            [P | W | A, P | W | A, P | W | PS | G | (1 << 12), 0],
            0x12_3400_0000,
        );
        let (a, writes) = check_against_ref(&words, va, 1, false, &c, (1, 3), (2, 3), 7);
        match a.outcome {
            RefOutcome::Ok { pa, fill } => {
                assert_eq!(pa & 0x1f_ffff, va & 0x1f_ffff);
                assert_eq!(fill.size, 1);
                assert!(fill.glob && fill.dirty);
            }
            other => panic!("expected success, got {other:?}"),
        }
        assert_eq!(writes.len(), 1, "only the PDE changes (A|D)");
        assert_eq!(writes[0].1 & (A | D), A | D);
        // 1G page
        let va = 0x40_8765_4321;
        let words = tables(
            va,
            2,
            [P | W | U | A, P | U | PS | A | D, 0, 0],
            0x80_4000_0000,
        );
        let (a, writes) = check_against_ref(&words, va, 0, true, &c, (1, 1), (1, 1), 3);
        match a.outcome {
            RefOutcome::Ok { pa, fill } => {
                assert_eq!(pa, 0x80_4000_0000 | (va & 0x3fff_ffff));
                assert_eq!((fill.size, fill.user, fill.writable), (2, true, false));
            }
            other => panic!("expected success, got {other:?}"),
        }
        assert!(writes.is_empty());
    }

    #[test]
    fn not_present_at_each_level_writes_nothing() {
        let va = 0x1_2345_6000;
        let c = Ctl {
            smep: true,
            ..Ctl::default()
        };
        for level in 0..4 {
            let mut flags = [P | W | U; 4];
            flags[3 - level] &= !P;
            let words = tables(va, 0, flags, 0x9000);
            let (a, writes) =
                check_against_ref(&words, va, 2, true, &c, (1, 2), (1, 2), level as u64);
            assert_eq!(a.outcome, RefOutcome::Pf(4 | 16), "level {level}: U|I, P=0");
            assert!(writes.is_empty());
        }
    }

    #[test]
    fn reserved_bits_of_every_kind() {
        let va = 0x3_c000_1000;
        let c = Ctl::default(); // NXE=0: bit 63 reserved
        let cases: Vec<(&str, usize, [u64; 4])> = vec![
            (
                "bit 51:MAXPHYADDR in PML4E",
                0,
                [P | W | (1 << 45), P | W, P | W, P | W],
            ),
            ("bit 51 in PTE", 0, [P | W, P | W, P | W, P | W | (1 << 51)]),
            (
                "XD without NXE in PDE",
                0,
                [P | W, P | W, P | W | XD, P | W],
            ),
            ("PS in PML4E", 0, [P | W | PS, P | W, P | W, P | W]),
            (
                "bit 13 of 1G PDPTE",
                2,
                [P | W, P | W | PS | (1 << 13), 0, 0],
            ),
            (
                "bit 29 of 1G PDPTE",
                2,
                [P | W, P | W | PS | (1 << 29), 0, 0],
            ),
            (
                "bit 20 of 2M PDE",
                1,
                [P | W, P | W, P | W | PS | (1 << 20), 0],
            ),
        ];
        for (name, leaf, flags) in cases {
            let words = tables(va, leaf, flags, 0);
            let (a, writes) = check_against_ref(&words, va, 1, false, &c, (1, 1), (1, 1), 0);
            assert_eq!(a.outcome, RefOutcome::Pf(1 | 2 | 8), "{name}");
            assert!(writes.is_empty(), "{name}");
        }
        // Bits 62:52 and 11:9 are ignored; bit 7 of a PTE is PAT, not PS.
        let words = tables(
            va,
            0,
            [P | W | (0x7ff << 52) | 0xe00, P | W, P | W, P | W | PS],
            0x1000,
        );
        let (a, _) = check_against_ref(&words, va, 0, false, &c, (1, 1), (1, 1), 0);
        assert!(matches!(a.outcome, RefOutcome::Ok { .. }), "{a:?}");
    }

    #[test]
    fn rights_fault_writes_nothing_and_fills_nothing() {
        let va = 0x5000;
        // user write to a read-only page whose entries all lack A
        let words = tables(va, 0, [P | U | W, P | U, P | U | W, P | U | W], 0x7000);
        let (a, writes) =
            check_against_ref(&words, va, 1, true, &Ctl::default(), (1, 1), (1, 1), 0);
        assert_eq!(a.outcome, RefOutcome::Pf(1 | 2 | 4));
        assert!(writes.is_empty() && !a.filled);
        // a PK fault reports PK
        let words = tables(
            va,
            0,
            [P | U | W, P | U | W, P | U | W, P | U | W | (5 << 59)],
            0x7000,
        );
        let c = Ctl {
            pke: true,
            pkru: 1 << 10,
            ..Ctl::default()
        };
        let (a, _) = check_against_ref(&words, va, 0, true, &c, (1, 1), (1, 1), 0);
        assert_eq!(a.outcome, RefOutcome::Pf(1 | 4 | 32));
    }

    fn run_with_inv(
        inv_at: u64,
        inv: (bool, bool, bool, bool, u64, u64),
        leaf_level: usize,
        glob: bool,
    ) -> (bool, bool) {
        let va = 0x12_3456_7000u64;
        let mut flags = [P | W | A; 4];
        if leaf_level > 0 {
            flags[3 - leaf_level] |= PS;
        }
        if glob {
            flags[3 - leaf_level] |= G;
        }
        let words = tables(va, leaf_level, flags, 0x4000_0000);
        let mut b = bench(40);
        let mut mem = TestMem::new(&words, (2, 2), (1, 1), 0);
        let c = Ctl {
            pge: true,
            ..Ctl::default()
        };
        set_ctl(&mut b, &c, 0, false);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.is_write.next = false;
        b.walker.pcid.next = 7.into();
        b.walker.start.next = true;
        let mut result = None;
        for cycle in 0..CYCLE_LIMIT {
            let (use_va, use_pcid, wild, keep, ivpn, ipcid) = inv;
            b.walker.inv_en.next = cycle == inv_at;
            b.walker.inv_use_va.next = use_va;
            b.walker.inv_use_pcid.next = use_pcid;
            b.walker.inv_glob_wild.next = wild;
            b.walker.inv_keep_glob.next = keep;
            b.walker.inv_vpn.next = ivpn.into();
            b.walker.inv_pcid.next = ipcid.into();
            mem_cycle(&mut b, &mut mem, &mut |b| {
                if b.walker.done.val() {
                    result = Some((b.walker.fault.val(), b.walker.fill_en.val()));
                }
            });
            b.walker.start.next = false;
            if let Some((fault, filled)) = result {
                assert!(!fault);
                return (filled, b.walker.dead.q.val());
            }
        }
        panic!("no answer");
    }

    #[test]
    fn invalidation_during_walk_kills_the_fill_it_covers() {
        let vpn = 0x12_3456_7000u64 >> 12;
        let invlpg = |v: u64| (true, true, true, false, v, 7u64);
        // early (page size unknown): any INVLPG kills, even for an unrelated VA
        assert_eq!(
            run_with_inv(1, invlpg(vpn ^ 0x1_0000), 0, false),
            (false, true)
        );
        // Warm tables, L=2: each level takes 3 cycles from cycle 1, so a 4K leaf is known from
        // cycle 13 (PermCheck) and the walk answers in cycle 14; a 2M leaf is known from cycle 10.
        // After the leaf: an unrelated VA leaves the fill alive ...
        let (filled, _) = run_with_inv(13, invlpg(vpn ^ 1), 0, false);
        assert!(filled, "4K page, other VA: not covered");
        // ... the same page kills it
        let (filled, _) = run_with_inv(13, invlpg(vpn), 0, false);
        assert!(!filled);
        // a 2M leaf is covered by any VA inside its 2M region
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
        assert!(!filled);
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x200), 1, false);
        assert!(filled, "another 2M region");
        let (filled, _) = run_with_inv(10, invlpg(vpn ^ 0x1ff), 1, false);
        assert!(!filled);
        // INVPCID single-context of another PCID: not covered once the PCID is compared
        let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 8), 0, false);
        assert!(filled);
        let (filled, _) = run_with_inv(1, (false, true, false, true, 0, 7), 0, false);
        assert!(!filled);
        // all-non-global: kills before the leaf (global unknown), spares a known global leaf
        let (filled, _) = run_with_inv(1, (false, false, false, true, 0, 0), 0, true);
        assert!(!filled);
        let (filled, _) = run_with_inv(13, (false, false, false, true, 0, 0), 0, true);
        assert!(filled);
        // invalidation in the Done cycle itself
        let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
        assert!(!filled, "same-cycle invalidation suppresses the fill");
        let (filled, _) = run_with_inv(15, (false, false, false, false, 0, 0), 0, false);
        assert!(
            filled,
            "an invalidation after the answer does not reach back"
        );
        let (filled, _) = run_with_inv(14, (false, false, false, false, 0, 0), 0, false);
        assert!(!filled, "same-cycle invalidation suppresses the fill");
    }

    #[test]
    fn reset_mid_walk_leaves_nothing_outstanding() {
        let va = 0x6000u64;
        let words = tables(va, 0, [P | W | A, P | W | A, P | W | A, P | W | A], 0x8000);
        let mut b = bench(40);
        let mut mem = TestMem::new(&words, (5, 5), (1, 1), 0);
        let c = Ctl::default();
        set_ctl(&mut b, &c, 0, false);
        no_inv(&mut b);
        b.walker.pml4_base.next = (PML4 >> 12).into();
        drive_vpn(&mut b.walker, va >> 12);
        b.walker.start.next = true;
        mem_cycle(&mut b, &mut mem, &mut |_| {});
        b.walker.start.next = false;
        mem_cycle(&mut b, &mut mem, &mut |b| {
            assert!(b.walker.mem_req_valid.val())
        });
        assert!(b.walker.outstanding.q.val());
        // reset while the PML4E read is in flight: the memory, reset too, drops its answer
        b.walker.reset.next = true;
        mem.reset();
        mem_cycle(&mut b, &mut mem, &mut |b| assert!(!b.walker.done.val()));
        b.walker.reset.next = false;
        assert_eq!(b.walker.state.q.val(), WalkState::Idle);
        assert!(
            !b.walker.outstanding.q.val(),
            "reset clears the owed answer"
        );
        // a new walk right away issues its first read at once and completes
        let a = walk(&mut b, &mut mem, va, 0, false, &c);
        assert_eq!(
            a.outcome,
            RefOutcome::Ok {
                pa: 0x8000,
                fill: RefFill {
                    size: 0,
                    glob: false,
                    pfn: 8,
                    writable: true,
                    user: false,
                    xd: false,
                    dirty: false,
                    pkey: 0
                }
            }
        );
        assert_eq!(mem.reads.len(), 5, "the abandoned PML4E read + a full walk");
    }

    fn arb_entry_flags() -> impl Strategy<Value = u64> {
        // mostly present; each interesting bit with a bias; reserved bits now and then
        (any::<[bool; 8]>(), 0u64..16, 0u64..48).prop_map(|(f, pkey, r)| {
            let mut e = 0u64;
            if f[0] || f[7] || f[1] {
                e |= P;
            }
            if f[1] {
                e |= W;
            }
            if f[2] || f[6] {
                e |= U;
            }
            if f[3] {
                e |= A;
            }
            if f[4] {
                e |= D;
            }
            if f[5] && f[6] {
                e |= G;
            }
            if f[6] && f[7] && f[1] {
                e |= XD;
            }
            e |= pkey << 59;
            match r {
                0 => e | (1 << 47),
                1 => e | (1 << 13),
                2 => e | (1 << 20),
                _ => e,
            }
        })
    }

    fn arb_ctl() -> impl Strategy<Value = Ctl> {
        (any::<[bool; 7]>(), any::<u32>()).prop_map(|(f, pkru)| Ctl {
            wp: f[0],
            pge: f[1],
            smep: f[2],
            smap: f[3],
            pke: f[4],
            nxe: f[5],
            ac: f[6],
            pkru,
        })
    }

    #[derive(Clone, Debug)]
    struct WalkCase {
        va: u64,
        leaf: usize,
        flags: [u64; 4],
        ps: [bool; 4],
        kind: u64,
        cpl3: bool,
        ctl: Ctl,
        lat: (u64, u64),
        ready_num: u64,
        seed: u64,
    }

    fn arb_walk_case() -> impl Strategy<Value = WalkCase> {
        (
            (0u64..1 << 48).prop_map(|v| v & !7),
            0usize..3,
            proptest::array::uniform4(arb_entry_flags()),
            proptest::array::uniform4(proptest::bool::weighted(0.15)),
            0u64..3,
            any::<bool>(),
            arb_ctl(),
            (1u64..4, 0u64..4),
            1u64..5,
            any::<u64>(),
        )
            .prop_map(
                |(va, leaf, flags, ps, kind, cpl3, ctl, (lo, extra), ready_num, seed)| WalkCase {
                    va,
                    leaf,
                    flags,
                    ps,
                    kind,
                    cpl3,
                    ctl,
                    lat: (lo, lo + extra),
                    ready_num,
                    seed,
                },
            )
    }

    /// Random page-table paths, control bits, access kinds, latencies and back-pressure against
    /// the reference walk; afterwards, every outcome class must have been exercised.
    #[test]
    fn random_walks_match_reference() {
        use std::cell::RefCell;
        let name = "walker::tests::random_walks_match_reference";
        let mut runner = proptest::test_runner::TestRunner::new(proptest_config(256, name));
        // ok per page size, not present, reserved, rights, A/D writes seen
        let seen = RefCell::new([0u32; 7]);
        let result = runner.run(&arb_walk_case(), |c| {
            // flags in walk order: index 3 - level
            let mut f = c.flags;
            for l in 0..4 {
                if c.ps[l] && l != c.leaf {
                    f[3 - l] |= PS;
                }
            }
            if c.leaf > 0 {
                f[3 - c.leaf] |= PS;
            }
            let page = 0x3_4000_0000u64;
            let words = tables(c.va, c.leaf, f, page);
            let mut b = bench(40);
            let mut mem = TestMem::new(&words, c.lat, (c.ready_num, 4), c.seed);
            let got = walk(&mut b, &mut mem, c.va, c.kind, c.cpl3, &c.ctl);
            let mut ref_mem: HashMap<u64, u64> = words.iter().copied().collect();
            let (want, want_writes) =
                ref_walk(&mut ref_mem, PML4, c.va, c.kind, c.cpl3, &c.ctl, 40);
            prop_assert_eq!(&got.outcome, &want);
            prop_assert_eq!(&mem.writes, &want_writes);
            prop_assert_eq!(got.filled, matches!(want, RefOutcome::Ok { .. }));
            let mut s = seen.borrow_mut();
            match want {
                RefOutcome::Ok { fill, .. } => s[fill.size as usize] += 1,
                RefOutcome::Pf(code) if code & 1 == 0 => s[3] += 1,
                RefOutcome::Pf(code) if code & 8 != 0 => s[4] += 1,
                RefOutcome::Pf(_) => s[5] += 1,
            }
            if !want_writes.is_empty() {
                s[6] += 1;
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let s = seen.into_inner();
        println!("classes {s:?}");
        assert!(
            s.iter().all(|&n| n > 0),
            "outcome classes [ok4K ok2M ok1G NP RSVD rights A/D] = {s:?}"
        );
    }
}
