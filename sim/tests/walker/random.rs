//! Random walks against the model, with a coverage check on every outcome class.

use super::*;

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

fn arb_ctl() -> impl Strategy<Value = Control> {
    (any::<[bool; 7]>(), any::<u32>()).prop_map(|(f, pkru)| Control {
        cr0_wp: f[0],
        cr4_pge: f[1],
        cr4_smep: f[2],
        cr4_smap: f[3],
        cr4_pke: f[4],
        efer_nxe: f[5],
        rflags_ac: f[6],
        pkru,
        ..control0()
    })
}

#[derive(Clone, Debug)]
struct WalkCase {
    va: u64,
    leaf: usize,
    flags: [u64; 4],
    ps: [bool; 4],
    kind: AccessKind,
    user: bool,
    ctl: Control,
    lat: (u64, u64),
    ready_num: u64,
    seed: u64,
}

fn arb_walk_case() -> impl Strategy<Value = WalkCase> {
    (
        (0u64..1 << 48).prop_map(|v| canonical(v & !7)),
        0usize..3,
        proptest::array::uniform4(arb_entry_flags()),
        proptest::array::uniform4(proptest::bool::weighted(0.15)),
        0usize..3,
        any::<bool>(),
        arb_ctl(),
        (1u64..4, 0u64..4),
        1u64..5,
        any::<u64>(),
    )
        .prop_map(
            |(va, leaf, flags, ps, kind, user, ctl, (lo, extra), ready_num, seed)| WalkCase {
                va,
                leaf,
                flags,
                ps,
                kind: AccessKind::ALL[kind],
                user,
                ctl,
                lat: (lo, lo + extra),
                ready_num,
                seed,
            },
        )
}

/// Random page-table paths, control bits, access kinds, latencies and back-pressure against the model; afterwards,
/// every outcome class must have been exercised.
#[test]
fn random_walks_match_the_model() {
    use std::cell::RefCell;
    let name = "random_walks_match_the_model";
    let mut runner = proptest::test_runner::TestRunner::new(proptest_config(256, "walker", name));
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
        let mut tb = Tb::new();
        let mut mem = TestMem::new(&words, c.lat, (c.ready_num, 4), c.seed);
        let got = walk(&mut tb, &mut mem, c.va, c.kind, c.user, &c.ctl);
        let want = model_walk(&words, c.va, c.kind, c.user, &c.ctl);
        prop_assert_eq!(&got.outcome, &want.outcome);
        prop_assert_eq!(&mem.writes, &want.writes);
        prop_assert_eq!(got.filled, want.fill.is_some());
        if want.fill.is_some() {
            prop_assert_eq!(&got.fill, &want.fill);
        }
        let mut s = seen.borrow_mut();
        match (want.outcome, want.fill) {
            (Outcome::Ok { .. }, Some(fill)) => s[fill.size as usize] += 1,
            (Outcome::PageFault { error_code, .. }, _) if error_code & pf::P == 0 => s[3] += 1,
            (Outcome::PageFault { error_code, .. }, _) if error_code & pf::RSVD != 0 => s[4] += 1,
            (Outcome::PageFault { .. }, _) => s[5] += 1,
            other => {
                return Err(TestCaseError::fail(format!(
                    "unexpected model answer {other:?}"
                )))
            }
        }
        if !want.writes.is_empty() {
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
