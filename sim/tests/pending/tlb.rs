#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Clocked;
    use crate::testutil::{proptest_config, Ent, Inv, RefTlb};
    use proptest::prelude::*;

    fn new_tlb<const N: usize, const A: usize>() -> Tlb<N, A> {
        let mut t = Tlb::<N, A>::new(40);
        t.connect_all();
        t
    }

    fn idle<const N: usize, const A: usize>(t: &mut Tlb<N, A>) {
        t.reset.next = false;
        t.lk_capture.next = false;
        t.fill_en.next = false;
        t.inv_en.next = false;
    }

    /// One cycle that looks up `e`'s page and keeps the compares, as the MMU does when it takes the
    /// access a walk will fill for: a fill must follow one.
    fn capture<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: &Ent) {
        idle(t);
        t.lk_vpn.next = e.vpn.into();
        t.lk_pcid.next = e.pcid.into();
        t.lk_capture.next = true;
        t.cycle();
        idle(t);
    }

    fn drive_fill<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: &Ent) {
        t.fill_en.next = true;
        t.fill_vpn_1g.next = ((e.vpn >> 18) & 0x3_ffff).into();
        t.fill_vpn_2m.next = ((e.vpn >> 9) & 0x1ff).into();
        t.fill_vpn_4k.next = (e.vpn & 0x1ff).into();
        t.fill_size.next = e.size.into();
        t.fill_pcid.next = e.pcid.into();
        t.fill_glob.next = e.glob;
        t.fill_pfn.next = e.pfn.into();
        t.fill_writable.next = e.writable;
        t.fill_user.next = e.user;
        t.fill_xd.next = e.xd;
        t.fill_dirty.next = e.dirty;
        t.fill_pkey.next = e.pkey.into();
    }

    fn drive_inv<const N: usize, const A: usize>(t: &mut Tlb<N, A>, inv: &Inv) {
        t.inv_en.next = true;
        t.inv_use_va.next = inv.use_va;
        t.inv_use_pcid.next = inv.use_pcid;
        t.inv_glob_wild.next = inv.glob_wild;
        t.inv_keep_glob.next = inv.keep_glob;
        t.inv_vpn.next = inv.vpn.into();
        t.inv_pcid.next = inv.pcid.into();
    }

    /// Looks up (vpn, pcid) in the settled circuit: (hit, idx, entry fields).
    fn look<const N: usize, const A: usize>(
        t: &mut Tlb<N, A>,
        vpn: u64,
        pcid: u64,
    ) -> Option<(usize, Ent)> {
        t.lk_vpn.next = vpn.into();
        t.lk_pcid.next = pcid.into();
        t.settle_low();
        if !t.hit.val() {
            return None;
        }
        Some((
            t.hit_idx.val().to_u64() as usize,
            Ent {
                vpn: 0,
                size: t.hit_size.val().to_u64(),
                pcid: 0,
                glob: t.hit_glob.val(),
                pfn: t.hit_pfn.val().to_u64(),
                writable: t.hit_writable.val(),
                user: t.hit_user.val(),
                xd: t.hit_xd.val(),
                dirty: t.hit_dirty.val(),
                pkey: t.hit_pkey.val().to_u64(),
            },
        ))
    }

    /// The state of entry i as stored.
    fn stored<const N: usize, const A: usize>(t: &Tlb<N, A>, i: usize) -> Option<Ent> {
        if !t.e_valid.q[i].val() {
            return None;
        }
        Some(Ent {
            vpn: (t.e_vpn_1g.q[i].val().to_u64() << 18)
                | (t.e_vpn_2m.q[i].val().to_u64() << 9)
                | t.e_vpn_4k.q[i].val().to_u64(),
            size: t.e_size.q[i].val().to_u64(),
            pcid: t.e_pcid.q[i].val().to_u64(),
            glob: t.e_glob.q[i].val(),
            pfn: t.stored_pfn(i),
            writable: t.e_writable.q[i].val(),
            user: t.e_user.q[i].val(),
            xd: t.e_xd.q[i].val(),
            dirty: t.e_dirty.q[i].val(),
            pkey: t.e_pkey.q[i].val().to_u64(),
        })
    }

    /// No two valid entries can ever match the same (VA, PCID).
    fn assert_no_multi_hit<const N: usize, const A: usize>(t: &Tlb<N, A>) {
        let es: Vec<(usize, Ent)> = (0..N)
            .filter_map(|i| stored(t, i).map(|e| (i, e)))
            .collect();
        for (x, (i, a)) in es.iter().enumerate() {
            for (j, b) in es.iter().skip(x + 1) {
                let s = a.shift().max(b.shift());
                let same_page = (a.vpn >> s) == (b.vpn >> s);
                assert!(
                    !(same_page && (a.glob || b.glob || a.pcid == b.pcid)),
                    "entries {i} and {j} can both match: {a:?} {b:?}"
                );
            }
        }
    }

    fn ent(vpn: u64, size: u64, pcid: u64, glob: bool) -> Ent {
        Ent {
            vpn,
            size,
            pcid,
            glob,
            pfn: 0x1000 + vpn,
            writable: true,
            user: false,
            xd: false,
            dirty: true,
            pkey: 0,
        }
    }

    fn fill<const N: usize, const A: usize>(t: &mut Tlb<N, A>, e: Ent) -> usize {
        capture(t, &e);
        drive_fill(t, &e);
        t.settle_low();
        let idx = t.fill_idx.val().to_u64() as usize;
        t.rise();
        idle(t);
        idx
    }

    fn inval<const N: usize, const A: usize>(t: &mut Tlb<N, A>, inv: Inv) {
        idle(t);
        drive_inv(t, &inv);
        t.cycle();
        idle(t);
    }

    #[test]
    fn match_per_page_size_compares_only_bits_above_the_page() {
        let mut t = new_tlb::<8, 3>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        idle(&mut t);
        // 4K page at VPN 0x12345_678 (pfn with page-aligned low bits)
        let vpn4 = 0x1_2345_6789 & ((1 << 36) - 1);
        fill(
            &mut t,
            Ent {
                pfn: 0xabcde,
                ..ent(vpn4, SIZE_4K, 0, false)
            },
        );
        assert_eq!(look(&mut t, vpn4, 0).map(|h| h.1.pfn), Some(0xabcde));
        assert!(
            look(&mut t, vpn4 ^ 1, 0).is_none(),
            "4K entry must compare VA 20:12"
        );
        assert!(look(&mut t, vpn4 ^ (1 << 9), 0).is_none());
        // 2M page: VA 20:12 ignored, 29:21 compared
        let vpn2 = 0x0_7777_7000 >> 3;
        fill(
            &mut t,
            Ent {
                pfn: 0x400 << 9,
                ..ent(vpn2, SIZE_2M, 0, false)
            },
        );
        for low in [0u64, 1, 0x1ff] {
            let got = look(&mut t, (vpn2 & !0x1ff) | low, 0);
            assert_eq!(
                got.map(|h| (h.1.size, h.1.pfn)),
                Some((SIZE_2M, 0x400 << 9))
            );
        }
        assert!(look(&mut t, vpn2 ^ (1 << 9), 0).is_none());
        // 1G page: VA 29:12 ignored, 47:30 compared
        let vpn1 = 0x3_0000_0000 >> 12;
        fill(
            &mut t,
            Ent {
                pfn: 3 << 18,
                ..ent(vpn1, SIZE_1G, 0, false)
            },
        );
        for low in [0u64, 0x1ff, 0x3_ffff] {
            assert_eq!(
                look(&mut t, (vpn1 & !0x3_ffff) | low, 0).map(|h| h.1.size),
                Some(SIZE_1G)
            );
        }
        assert!(look(&mut t, vpn1 ^ (1 << 18), 0).is_none());
        assert_no_multi_hit(&t);
    }

    #[test]
    fn pcid_tag_and_global_entries() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        let a = 0x111;
        let b = 0x222;
        fill(&mut t, ent(a, SIZE_4K, 5, false));
        fill(&mut t, ent(b, SIZE_4K, 5, true));
        assert!(look(&mut t, a, 5).is_some());
        assert!(
            look(&mut t, a, 6).is_none(),
            "non-global entry is private to its PCID"
        );
        assert!(
            look(&mut t, b, 6).is_some(),
            "global entry matches in every PCID"
        );
        assert!(look(&mut t, b, 0).is_some());
        // Same page in another PCID coexists with a non-global entry ...
        fill(&mut t, ent(a, SIZE_4K, 6, false));
        assert_eq!(look(&mut t, a, 5).map(|h| h.0), Some(0));
        assert_eq!(look(&mut t, a, 6).map(|h| h.0), Some(2));
        // ... but a global fill of that page drops both (each could match with it).
        fill(&mut t, ent(a, SIZE_4K, 7, true));
        assert_eq!(
            look(&mut t, a, 5).map(|h| h.0),
            Some(0),
            "refilled into lowest free"
        );
        assert_eq!(look(&mut t, a, 6).map(|h| h.0), Some(0));
        assert!(!t.e_valid.q[2].val());
        assert_no_multi_hit(&t);
    }

    /// The invalidation table of docs/architecture.md, row by row, as the top encodes it.
    #[test]
    fn every_invalidation_kind() {
        const P: u64 = 3; // current PCID
        const Q: u64 = 9; // another PCID
        let va = 0x42;
        let other = 0x43;
        // (name, flags, which of the 6 probe entries survive)
        // probe entries: 0 va/P, 1 va/Q, 2 va/global(pcid Q), 3 other/P, 4 other/Q, 5 other/global
        let all_flags = |use_va, use_pcid, glob_wild, keep_glob, pcid| Inv {
            use_va,
            use_pcid,
            glob_wild,
            keep_glob,
            vpn: va,
            pcid,
        };
        let rows: Vec<(&str, Inv, [bool; 6])> = vec![
            (
                "MOV CR3, PCIDE=0",
                all_flags(false, false, false, true, 0),
                [false, false, true, false, false, true],
            ),
            (
                "MOV CR3, PCIDE=1, new PCID P",
                all_flags(false, true, false, true, P),
                [false, true, true, false, true, true],
            ),
            (
                "INVLPG va in P",
                all_flags(true, true, true, false, P),
                [false, true, false, true, true, true],
            ),
            (
                "INVPCID 0 (va, Q)",
                all_flags(true, true, false, true, Q),
                [true, false, true, true, true, true],
            ),
            (
                "INVPCID 1 (Q)",
                all_flags(false, true, false, true, Q),
                [true, false, true, true, false, true],
            ),
            (
                "INVPCID 2",
                all_flags(false, false, false, false, 0),
                [false; 6],
            ),
            (
                "INVPCID 3",
                all_flags(false, false, false, true, 0),
                [false, false, true, false, false, true],
            ),
            (
                "CR4.PGE change / PCIDE 1->0",
                all_flags(false, false, false, false, 0),
                [false; 6],
            ),
            (
                "CR4.SMEP 0->1 in P",
                all_flags(false, true, false, false, P),
                [false, true, true, false, true, true],
            ),
        ];
        for (name, inv, survive) in rows {
            let mut t = new_tlb::<8, 3>();
            idle(&mut t);
            t.reset.next = true;
            t.cycle();
            let probes = [
                ent(va, SIZE_4K, P, false),
                ent(va, SIZE_4K, Q, false),
                ent(va | (1 << 20), SIZE_4K, Q, true), // distinct page: a global at va would drop the others
                ent(other, SIZE_4K, P, false),
                ent(other, SIZE_4K, Q, false),
                ent(other | (1 << 20), SIZE_4K, Q, true),
            ];
            for p in probes.iter() {
                fill(&mut t, *p);
            }
            assert_no_multi_hit(&t);
            let mut inv = inv;
            inval(&mut t, inv);
            let mut got = [false; 6];
            for (i, g) in got.iter_mut().enumerate() {
                *g = t.e_valid.q[i].val();
            }
            // the global probe at va|1<<20 is only reachable by VA for INVLPG aimed at it
            let mut want = survive;
            if inv.use_va {
                want[2] = true;
                want[5] = true;
            }
            assert_eq!(got, want, "{name}");
            if inv.use_va {
                inv.vpn = va | (1 << 20);
                inval(&mut t, inv);
                let dropped_global = !t.e_valid.q[2].val();
                assert_eq!(dropped_global, !survive[2], "{name}: global entry by VA");
            }
        }
    }

    #[test]
    fn invalidation_by_va_uses_the_entry_page_size() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        let base = 0x5 << 18; // 1G-aligned VPN
        fill(&mut t, ent(base, SIZE_1G, 0, false));
        // an address anywhere inside the 1G page names it
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | 0x2_1234,
                pcid: 0,
            },
        );
        assert!(!t.e_valid.q[0].val());
        fill(&mut t, ent(base | (3 << 9), SIZE_2M, 0, false));
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | (2 << 9) | 7,
                pcid: 0,
            },
        );
        assert!(
            t.e_valid.q[0].val(),
            "other 2M page of the same 1G region survives"
        );
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: true,
                glob_wild: true,
                keep_glob: false,
                vpn: base | (3 << 9) | 0x1ff,
                pcid: 0,
            },
        );
        assert!(!t.e_valid.q[0].val());
    }

    #[test]
    fn fill_drops_overlaps_then_takes_lowest_free_slot() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        // three 4K pages inside one 2M region, one outside
        let region = 0x77 << 9;
        assert_eq!(fill(&mut t, ent(region | 1, SIZE_4K, 0, false)), 0);
        assert_eq!(fill(&mut t, ent(region | 2, SIZE_4K, 0, false)), 1);
        assert_eq!(fill(&mut t, ent(0x99 << 9, SIZE_4K, 0, false)), 2);
        assert_eq!(
            fill(&mut t, ent(region | 3, SIZE_4K, 1, false)),
            3,
            "other PCID: no overlap"
        );
        // a 2M page over the region drops entries 0 and 1 (same PCID) and takes slot 0
        assert_eq!(fill(&mut t, ent(region, SIZE_2M, 0, false)), 0);
        let valid: Vec<bool> = (0..4).map(|i| t.e_valid.q[i].val()).collect();
        assert_eq!(valid, vec![true, false, true, true]);
        assert_eq!(t.victim.q.val().to_u64(), 0, "no replacement happened");
        assert_no_multi_hit(&t);
        // the 4K entry of PCID 1 inside the region still answers for PCID 1
        assert_eq!(look(&mut t, region | 3, 1).map(|h| h.0), Some(3));
        assert_eq!(look(&mut t, region | 3, 0).map(|h| h.0), Some(0));
    }

    #[test]
    fn replacement_is_round_robin_and_only_fills_move_it() {
        let mut t = new_tlb::<4, 2>();
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        for i in 0..4 {
            assert_eq!(fill(&mut t, ent(0x100 + i, SIZE_4K, 0, false)), i as usize);
        }
        assert_eq!(t.victim.q.val().to_u64(), 0);
        let order: Vec<usize> = (0..6)
            .map(|i| fill(&mut t, ent(0x200 + i, SIZE_4K, 0, false)))
            .collect();
        assert_eq!(order, vec![0, 1, 2, 3, 0, 1]);
        assert_eq!(t.victim.q.val().to_u64(), 2);
        // an invalidation frees a slot but leaves the pointer alone
        inval(
            &mut t,
            Inv {
                use_va: true,
                use_pcid: false,
                glob_wild: false,
                keep_glob: false,
                vpn: 0x203,
                pcid: 0,
            },
        );
        assert_eq!(t.victim.q.val().to_u64(), 2);
        assert_eq!(
            fill(&mut t, ent(0x300, SIZE_4K, 0, false)),
            3,
            "lowest free slot first"
        );
        assert_eq!(
            fill(&mut t, ent(0x301, SIZE_4K, 0, false)),
            2,
            "then the victim"
        );
        assert_eq!(t.victim.q.val().to_u64(), 3);
        // reset empties everything and clears the pointer
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        idle(&mut t);
        assert!((0..4).all(|i| !t.e_valid.q[i].val()));
        assert_eq!(t.victim.q.val().to_u64(), 0);
    }

    #[test]
    fn pfn_is_masked_to_maxphyaddr() {
        let mut t = Tlb::<4, 2>::new(36);
        t.connect_all();
        idle(&mut t);
        fill(
            &mut t,
            Ent {
                pfn: (1 << 40) - 1,
                ..ent(1, SIZE_4K, 0, false)
            },
        );
        assert_eq!(t.stored_pfn(0), (1 << 24) - 1);
    }

    #[derive(Clone, Debug)]
    enum Step {
        Fill(Ent),
        Inv(Inv),
        FillAndInv(Ent, Inv),
        Lookup(u64, u64),
        Reset,
    }

    fn arb_vpn() -> impl Strategy<Value = u64> {
        // few distinct pages per level so overlaps, re-fills and aliasing are frequent
        (0u64..2, 0u64..3, 0u64..4)
            .prop_map(|(a, b, c)| (a << 30) | (b << 9 << 9) | (c << 9) | (c * 3))
            .prop_map(|v| v & ((1 << 36) - 1))
    }

    fn arb_ent() -> impl Strategy<Value = Ent> {
        (
            arb_vpn(),
            0u64..3,
            0u64..3,
            any::<bool>(),
            any::<u64>(),
            any::<[bool; 4]>(),
            0u64..16,
        )
            .prop_map(|(vpn, size, pcid, glob, pfn, f, pkey)| {
                let low = [0u64, 0x1ff, 0x3_ffff][size as usize];
                Ent {
                    vpn,
                    size,
                    pcid,
                    glob,
                    pfn: pfn & ((1 << 28) - 1) & !low,
                    writable: f[0],
                    user: f[1],
                    xd: f[2],
                    dirty: f[3],
                    pkey,
                }
            })
    }

    fn arb_inv() -> impl Strategy<Value = Inv> {
        (any::<[bool; 4]>(), arb_vpn(), 0u64..3).prop_map(|(f, vpn, pcid)| Inv {
            use_va: f[0],
            use_pcid: f[1],
            glob_wild: f[2],
            keep_glob: f[3],
            vpn,
            pcid,
        })
    }

    fn arb_step() -> impl Strategy<Value = Step> {
        prop_oneof![
            6 => arb_ent().prop_map(Step::Fill),
            2 => arb_inv().prop_map(Step::Inv),
            2 => (arb_ent(), arb_inv()).prop_map(|(e, i)| Step::FillAndInv(e, i)),
            3 => (arb_vpn(), 0u64..3).prop_map(|(v, p)| Step::Lookup(v, p)),
            1 => Just(Step::Reset),
        ]
    }

    /// Runs `steps` on the RTL and on the oracle, comparing the whole state after every cycle.
    fn run_against_reference<const N: usize, const A: usize>(
        steps: &[Step],
    ) -> Result<(), TestCaseError> {
        let mut t = new_tlb::<N, A>();
        let mut r = RefTlb::new(N);
        idle(&mut t);
        t.reset.next = true;
        t.cycle();
        for (k, step) in steps.iter().enumerate() {
            if let Step::Fill(e) | Step::FillAndInv(e, _) = step {
                capture(&mut t, e);
            }
            idle(&mut t);
            let mut probe = None;
            match step {
                Step::Fill(e) => {
                    drive_fill(&mut t, e);
                    r.fill(*e);
                }
                Step::Inv(i) => {
                    drive_inv(&mut t, i);
                    r.invalidate(i);
                }
                Step::FillAndInv(e, i) => {
                    // the top never lets an invalidation drop the entry being filled: it kills
                    // the fill instead
                    drive_inv(&mut t, i);
                    if !RefTlb::drops(i, e) {
                        drive_fill(&mut t, e);
                        r.fill(*e);
                    }
                    r.invalidate(i);
                }
                Step::Lookup(v, p) => probe = Some((*v, *p)),
                Step::Reset => {
                    t.reset.next = true;
                    r = RefTlb::new(N);
                }
            }
            if let Some((v, p)) = probe {
                let want = r.lookup(v, p);
                prop_assert!(want.len() <= 1, "oracle multi-hit at step {k}");
                let got = look(&mut t, v, p);
                prop_assert_eq!(
                    got.map(|h| h.0),
                    want.first().copied(),
                    "step {}: hit index",
                    k
                );
                if let (Some((_, g)), Some(&i)) = (got, want.first()) {
                    let w = r.e[i].unwrap();
                    prop_assert_eq!(
                        (g.size, g.glob, g.pfn, g.writable, g.user, g.xd, g.dirty, g.pkey),
                        (w.size, w.glob, w.pfn, w.writable, w.user, w.xd, w.dirty, w.pkey),
                        "step {}: readout",
                        k
                    );
                }
            }
            t.cycle();
            for i in 0..N {
                prop_assert_eq!(
                    stored(&t, i),
                    r.e[i],
                    "step {} ({:?}): entry {}",
                    k,
                    step,
                    i
                );
            }
            prop_assert_eq!(
                t.victim.q.val().to_u64() as usize,
                r.victim,
                "step {}: victim",
                k
            );
            assert_no_multi_hit(&t);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(proptest_config(48, "tlb::tests::random_against_reference"))]
        #[test]
        fn random_against_reference(steps in proptest::collection::vec(arb_step(), 1..80)) {
            run_against_reference::<4, 2>(&steps)?;
            run_against_reference::<16, 4>(&steps)?;
        }
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Tlb::<4, 2>::new(40));
    }

    #[test]
    #[should_panic(expected = "A must be log2(N)")]
    fn new_rejects_wrong_index_width() {
        let _ = Tlb::<8, 2>::new(40);
    }

    #[test]
    #[should_panic(expected = "N must be a power of two in 4..=64")]
    fn new_rejects_too_small() {
        let _ = Tlb::<2, 1>::new(40);
    }
}
