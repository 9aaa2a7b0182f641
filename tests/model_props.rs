//! Properties of the reference model on random scenarios (`mmu_sim::random`).
//!
//! Each case is one `u64` seed; on failure proptest prints it (`seed = ...`) and
//! `MMU_SEED=<seed> cargo test --release --test model_props` replays exactly that scenario.
//!
//! The checks do not trust the model's TLB: an independent *shadow* keeps every translation a successful walk produced,
//! drops them by the contract's invalidation rules (written again here from the contract text, not shared with the model),
//! and every TLB hit must be explained by a live shadow translation.

use mmu_sim::arch::{
    is_canonical, AccessKind, Control, CrReg, InvpcidType, Op, Outcome, PageSize, CR3_NOFLUSH,
};
use mmu_sim::engine::Scenario;
use mmu_sim::mem::Memory;
use mmu_sim::model::perm::{self, Request, Rights};
use mmu_sim::model::{walker, Coverage, Model};
use mmu_sim::random::{self, Params, AD_BITS};
use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, TestCaseError, TestRunner};

/// A translation some successful walk produced, as the contract describes it.
#[derive(Clone, Debug)]
struct Shadow {
    va: u64,
    size: PageSize,
    pcid: u16,
    global: bool,
    frame: u64,
    rights: Rights,
}

impl Shadow {
    fn same_page(&self, va: u64) -> bool {
        let mask = 0x0000_ffff_ffff_f000 & !self.size.offset_mask();
        (self.va & mask) == (va & mask)
    }
}

/// Drops shadow translations exactly as the contract's TLB section lists, before `op` changes the control state.
fn shadow_invalidate(shadow: &mut Vec<Shadow>, ctl: &Control, op: &Op) {
    let cur = ctl.pcid();
    match *op {
        Op::WriteCr3 { value } => {
            if !ctl.cr4_pcide {
                shadow.retain(|s| s.global);
            } else if value & CR3_NOFLUSH == 0 {
                let new = (value & 0xfff) as u16;
                shadow.retain(|s| s.global || s.pcid != new);
            }
        }
        Op::Invlpg { va } => shadow.retain(|s| !(s.same_page(va) && (s.global || s.pcid == cur))),
        Op::Invpcid { kind, pcid, va } => match kind {
            InvpcidType::Address => {
                shadow.retain(|s| s.global || s.pcid != pcid || !s.same_page(va))
            }
            InvpcidType::SingleContext => shadow.retain(|s| s.global || s.pcid != pcid),
            InvpcidType::AllIncludingGlobal => shadow.clear(),
            InvpcidType::AllNonGlobal => shadow.retain(|s| s.global),
        },
        Op::WriteCr { reg, value } => {
            let on = value != 0;
            match reg {
                CrReg::Cr4Pge if on != ctl.cr4_pge => shadow.clear(),
                CrReg::Cr4Pcide if ctl.cr4_pcide && !on => shadow.clear(),
                CrReg::Cr4Smep if !ctl.cr4_smep && on => shadow.retain(|s| s.pcid != cur),
                _ => {}
            }
        }
        Op::Access(_) | Op::WriteMem { .. } => {}
    }
}

/// Replays `scenario` through the model, checking every property after every op. Returns the model's coverage.
fn check_scenario(scenario: &Scenario) -> Result<Coverage, TestCaseError> {
    let mut model = Model::new(
        scenario.config,
        scenario.control,
        Memory::from_words(&scenario.memory),
    );
    let mut shadow: Vec<Shadow> = Vec::new();
    for (i, op) in scenario.ops.iter().enumerate() {
        let ctl_before = *model.control();
        let mem_before = model.memory().clone();
        shadow_invalidate(&mut shadow, &ctl_before, op);
        let result = model.apply(op);
        let Op::Access(access) = *op else {
            // Only accesses and write_mem touch memory, and write_mem only its own word.
            if let Op::WriteMem { addr, value } = *op {
                prop_assert_eq!(model.memory().read(addr), value);
            } else {
                prop_assert_eq!(model.memory(), &mem_before, "op {} changed memory", i);
            }
            continue;
        };
        let (outcome, hit) = result.expect("an access has a result");
        let ctl = *model.control();
        let req = Request {
            kind: access.kind,
            user: access.user,
        };

        // Property: a faulting access never changes memory, and #GP is raised exactly for non-canonical addresses.
        prop_assert_eq!(
            outcome == Outcome::GeneralProtection,
            !is_canonical(access.va),
            "op {}: #GP iff non-canonical",
            i
        );
        if !matches!(outcome, Outcome::Ok { .. }) {
            prop_assert_eq!(
                model.memory(),
                &mem_before,
                "op {}: a fault changed memory",
                i
            );
        }

        if hit {
            // Property: a hit changes no memory, and is explained by a live translation a walk produced — none that an
            // invalidation dropped — with the rights checked against the control bits of now.
            prop_assert_eq!(model.memory(), &mem_before, "op {}: a hit wrote memory", i);
            let explained = shadow.iter().any(|s| {
                s.same_page(access.va)
                    && (s.global || s.pcid == ctl.pcid())
                    && outcome
                        == match perm::check(&s.rights, &ctl, &req) {
                            Ok(()) => Outcome::Ok {
                                pa: s.frame | (access.va & s.size.offset_mask()),
                            },
                            Err(code) => Outcome::PageFault {
                                error_code: code,
                                cr2: access.va,
                            },
                        }
            });
            prop_assert!(
                explained,
                "op {}: hit {:?} for {:#x} matches no live walked translation",
                i,
                outcome,
                access.va
            );
        } else if is_canonical(access.va) {
            // Property: a walk answers what a fresh walk of memory answers, and writes only A/D bits.
            let fresh = walker::walk(&mem_before, model.config(), &ctl, access.va);
            match (&fresh, outcome) {
                (Ok(w), Outcome::Ok { pa }) => {
                    prop_assert_eq!(pa, w.frame | (access.va & w.size.offset_mask()));
                    prop_assert!(perm::check(&w.rights, &ctl, &req).is_ok());
                    shadow.push(Shadow {
                        va: access.va,
                        size: w.size,
                        pcid: ctl.pcid(),
                        global: w.global && ctl.cr4_pge,
                        frame: w.frame,
                        rights: w.rights,
                    });
                    for e in &w.entries {
                        let after = model.memory().read(e.addr);
                        prop_assert_eq!(
                            after & !AD_BITS,
                            e.value & !AD_BITS,
                            "op {}: non-A/D bit changed",
                            i
                        );
                        prop_assert!(
                            after & walker::bit::A != 0,
                            "op {}: A not set at {:#x}",
                            i,
                            e.addr
                        );
                    }
                    let d = model.memory().read(w.leaf().addr) & walker::bit::D != 0;
                    if access.kind == AccessKind::Write {
                        prop_assert!(d, "op {}: write left D clear", i);
                    }
                }
                (Ok(w), Outcome::PageFault { .. }) => {
                    prop_assert!(
                        perm::check(&w.rights, &ctl, &req).is_err(),
                        "op {}: spurious fault",
                        i
                    );
                }
                (Err(_), Outcome::PageFault { error_code, .. }) => {
                    prop_assert_eq!(
                        error_code & mmu_sim::arch::pf::PK,
                        0,
                        "op {}: PK on a walk fault",
                        i
                    );
                }
                (f, o) => prop_assert!(false, "op {}: walk {:?} but outcome {:?}", i, f, o),
            }
        }

        // Property: no two valid TLB entries can ever match the same address in the same PCID.
        let slots: Vec<_> = model.tlb().slots().iter().flatten().collect();
        for (a, ea) in slots.iter().enumerate() {
            for eb in &slots[a + 1..] {
                let both = ea.global || eb.global || ea.pcid == eb.pcid;
                prop_assert!(
                    !(both && (ea.covers(eb.vpn) || eb.covers(ea.vpn))),
                    "op {}: overlapping TLB entries {:?} and {:?}",
                    i,
                    ea,
                    eb
                );
            }
        }
    }
    Ok(model.coverage().clone())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(PtConfig {
        cases,
        failure_persistence: None,
        ..PtConfig::default()
    })
}

#[test]
fn model_properties_hold_on_random_scenarios() {
    let params = Params {
        ops: 120,
        ..Params::default()
    };
    if let Ok(seed) = std::env::var("MMU_SEED") {
        let seed: u64 = seed.parse().expect("MMU_SEED must be a decimal u64");
        check_scenario(&random::scenario(seed, &params)).unwrap();
        return;
    }
    let total = std::cell::RefCell::new(Coverage::default());
    runner(300)
        .run(&any::<u64>(), |seed| {
            let cov = check_scenario(&random::scenario(seed, &params)).map_err(|e| {
                TestCaseError::fail(format!(
                    "{e}\nreproduce: MMU_SEED={seed} cargo test --release --test model_props"
                ))
            })?;
            total.borrow_mut().add(&cov);
            Ok(())
        })
        .unwrap();
    // Coverage: a random test that never reached a case does not test it.
    let t = total.into_inner();
    let events = [
        ("tlb hits", t.tlb_hits),
        ("walks", t.walks),
        ("writes re-walking a clean entry", t.dirty_rewalks),
        ("#GP", t.gp),
        ("#PF not present", t.pf_not_present),
        ("#PF reserved bit", t.pf_reserved),
        ("#PF rights", t.pf_rights),
        ("#PF protection key", t.pf_pkey),
        ("4K fills", t.fills[0]),
        ("2M fills", t.fills[1]),
        ("1G fills", t.fills[2]),
        ("evictions", t.evictions),
        ("fills dropping an overlapping entry", t.overlap_drops),
        ("entries invalidated", t.invalidated),
    ];
    for (name, n) in events {
        assert!(n > 0, "coverage: no {name} in the random scenarios: {t:?}");
    }
    eprintln!("coverage over 300 scenarios: {t:?}");
}
