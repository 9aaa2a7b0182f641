#[cfg(test)]
mod speed {
    use super::*;
    use mmu_model::random::{self, Params};

    /// Cycles per second of the rtl engine on the work `make bench` measures (24 random scenarios of 400 ops, memory
    /// latency 2), best of three. `MMU_SPEED_ENTRIES=16` measures one size only. Run with
    /// `cargo test --release -p mmu-sim --lib measure_engine_speed -- --ignored --nocapture`.
    #[test]
    #[ignore = "measurement, not a check"]
    fn measure_engine_speed() {
        let only: Option<usize> = std::env::var("MMU_SPEED_ENTRIES")
            .ok()
            .and_then(|v| v.parse().ok());
        for entries in [16usize, 32] {
            if only.is_some_and(|o| o != entries) {
                continue;
            }
            let params = Params {
                ops: 400,
                tlb_entries: vec![entries],
                mem_latency: vec![2],
                ..Params::default()
            };
            let work: Vec<Scenario> = (0..24)
                .map(|s| random::scenario(1000 + s, &params))
                .collect();
            let mut best = f64::MAX;
            let mut cycles = 0;
            for _ in 0..3 {
                let t0 = std::time::Instant::now();
                cycles = 0;
                for s in &work {
                    let run = RtlEngine::new(RtlOptions::default()).run_full(s).unwrap();
                    cycles += run.coverage.cycles;
                }
                best = best.min(t0.elapsed().as_secs_f64());
            }
            println!(
                "{entries} entries: {cycles} cycles in {best:.3} s = {:.0} cycles/s",
                cycles as f64 / best
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mmu_arch::InvpcidType;
    use mmu_model as model;
    use mmu_model::random::{self, Params};
    use proptest::prelude::*;
    use proptest::test_runner::{Config as PtConfig, RngSeed, TestRunner};

    /// Failure persistence off, a known seed (from `PROPTEST_RNG_SEED` or the clock), printed so that a failing run
    /// shows how to replay it.
    fn pt_config(cases: u32, name: &str) -> PtConfig {
        let seed = std::env::var("PROPTEST_RNG_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        println!("proptest seed {seed}; replay with: PROPTEST_RNG_SEED={seed} cargo test --release -p mmu-sim {name}");
        PtConfig {
            cases,
            failure_persistence: None,
            rng_seed: RngSeed::Fixed(seed),
            ..PtConfig::default()
        }
    }

    fn params() -> Params {
        Params {
            ops: 48,
            tlb_entries: vec![4, 8, 16, 32, 64],
            mem_latency: vec![1, 2, 3],
            pages: 10,
            paddr_bits: None,
            pwc_entries: None,
        }
    }

    /// What the model and the RTL must agree on: every outcome, every `tlb_hit`, how many entries each walk read
    /// (which levels the paging-structure cache let it skip), memory at the end.
    type Comparable = (
        Vec<(usize, Outcome, Option<bool>, Option<u32>)>,
        Vec<(u64, u64)>,
    );

    fn comparable(r: &RunResult) -> Comparable {
        (
            r.results
                .iter()
                .map(|a| (a.op_index, a.outcome, a.tlb_hit, a.walk_reads))
                .collect(),
            r.memory_after.clone(),
        )
    }

    /// Random scenarios (both address spaces, every op kind, every TLB size, random MAXPHYADDR) on the RTL and on the
    /// reference model, with the scenario's fixed memory latency and again with random latency and back-pressure:
    /// results, TLB hits and final memory must be identical.
    #[test]
    fn random_scenarios_match_the_model() {
        let name = "rtl::tests::random_scenarios_match_the_model";
        let mut runner = TestRunner::new(pt_config(40, name));
        let total = std::cell::RefCell::new(RtlCoverage::default());
        let strategy = (any::<u64>(), 0u32..4, 20u32..=100, any::<u64>());
        let result = runner.run(&strategy, |(seed, extra, ready, mem_seed)| {
            let sc = random::scenario(seed, &params());
            let (want, _) = model::run(&sc);
            let mut engine = RtlEngine::default();
            let got = engine
                .run_full(&sc)
                .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            prop_assert_eq!(
                comparable(&got.result),
                comparable(&want),
                "scenario seed {}",
                seed
            );
            for a in &got.result.results {
                if a.tlb_hit == Some(true) || a.outcome == Outcome::GeneralProtection {
                    prop_assert_eq!(
                        a.cycles,
                        Some(1),
                        "op {}: hits and #GP answer in one cycle",
                        a.op_index
                    );
                }
            }
            total.borrow_mut().add(&got.coverage);
            let mut jittery = RtlEngine::new(RtlOptions {
                mem: Some(MemTiming {
                    latency: sc.config.mem_latency,
                    extra_latency: extra,
                    ready_percent: ready,
                    seed: mem_seed,
                }),
                ..RtlOptions::default()
            });
            let got = jittery
                .run_full(&sc)
                .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            prop_assert_eq!(
                comparable(&got.result),
                comparable(&want),
                "scenario seed {}, random timing",
                seed
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let c = total.into_inner();
        println!("{c:?}");
        for (what, n) in [
            ("hits", c.tlb_hits),
            ("walks", c.walks),
            ("#GP", c.gp),
            ("#PF not present", c.pf_not_present),
            ("#PF reserved", c.pf_reserved),
            ("#PF rights", c.pf_rights),
            ("#PF pkey", c.pf_pkey),
            ("4K walks", c.walk_sizes[0]),
            ("2M walks", c.walk_sizes[1]),
            ("1G walks", c.walk_sizes[2]),
        ] {
            assert!(n > 0, "never exercised: {what} ({c:?})");
        }
        assert_eq!(
            c.inval_during_walk + c.dead_fills,
            0,
            "in order, nothing races"
        );
    }

    /// Whether invalidating `op` (applied with control state `c` before it) drops entry `e`.
    fn drops(op: &Op, c: &Control, e: &TlbEntryView) -> bool {
        let covers = |va: u64| {
            let shift = 9 * e.size as u32;
            (e.vpn >> shift) == (((va >> 12) & ((1 << 36) - 1)) >> shift)
        };
        let pcid = c.pcid();
        match *op {
            Op::Invlpg { va } => (e.glob || e.pcid == pcid) && covers(va),
            Op::Invpcid { kind, pcid: p, va } => match kind {
                InvpcidType::Address => !e.glob && e.pcid == p && covers(va),
                InvpcidType::SingleContext => !e.glob && e.pcid == p,
                InvpcidType::AllIncludingGlobal => true,
                InvpcidType::AllNonGlobal => !e.glob,
            },
            Op::WriteCr3 { value } => {
                if !c.cr4_pcide {
                    !e.glob
                } else {
                    value & CR3_NOFLUSH == 0 && !e.glob && e.pcid == (value & 0xfff) as u16
                }
            }
            Op::WriteCr {
                reg: CrReg::Cr4Pge,
                value,
            } => (value != 0) != c.cr4_pge,
            Op::WriteCr {
                reg: CrReg::Cr4Pcide,
                value,
            } => c.cr4_pcide && value == 0,
            _ => false,
        }
    }

    /// Race mode: invalidations land while walks are in flight. The first raced access still answers as the model does;
    /// after every invalidation nothing it covers is left in the TLB (a killed fill never appears); no two entries can
    /// ever match one address; and the driver sees both events it counts.
    #[test]
    fn race_mode_never_installs_an_invalidated_translation() {
        let name = "rtl::tests::race_mode_never_installs_an_invalidated_translation";
        let mut runner = TestRunner::new(pt_config(24, name));
        let total = std::cell::RefCell::new(RtlCoverage::default());
        let result = runner.run(&(any::<u64>(), any::<u64>()), |(seed, race_seed)| {
            let mut sc = random::scenario(
                seed,
                &Params {
                    tlb_entries: vec![4, 16],
                    ..params()
                },
            );
            // make races frequent: an invalidation after most accesses
            let mut ops = vec![];
            for (k, op) in sc.ops.iter().enumerate() {
                ops.push(op.clone());
                if let Op::Access(a) = op {
                    if k % 3 != 2 {
                        ops.push(Op::Invlpg {
                            va: a.va ^ ((k as u64 % 2) << 12),
                        });
                    }
                }
            }
            sc.ops = ops;
            let (want, _) = model::run(&sc);
            let mut mmu = HdlMmu::new(
                sc.config.tlb_entries,
                sc.config.paddr_bits,
                sc.config.pwc_entries,
            )
            .unwrap();
            let options = RtlOptions {
                race: Some(race_seed),
                ..RtlOptions::default()
            };
            let mut control = Control {
                cr3: sc.control.cr3 & !CR3_NOFLUSH,
                ..sc.control
            };
            let mut violation = None;
            let got = run_on_observed(&mut mmu, &sc, &options, |k, op, m| {
                let entries = m.tlb_entries().unwrap();
                for e in entries.iter().flatten() {
                    if drops(op, &control, e) && violation.is_none() {
                        violation =
                            Some(format!("after op {k} ({op:?}) the TLB still holds {e:x?}"));
                    }
                }
                let live: Vec<&TlbEntryView> = entries.iter().flatten().collect();
                for (x, a) in live.iter().enumerate() {
                    for b in &live[x + 1..] {
                        let s = 9 * a.size.max(b.size) as u32;
                        if (a.vpn >> s) == (b.vpn >> s)
                            && (a.glob || b.glob || a.pcid == b.pcid)
                            && violation.is_none()
                        {
                            violation =
                                Some(format!("after op {k}: {a:x?} and {b:x?} can both match"));
                        }
                    }
                }
                match *op {
                    Op::WriteCr3 { value } => control.cr3 = value & !CR3_NOFLUSH,
                    Op::WriteCr { reg, value } => control.set(reg, value),
                    _ => {}
                }
            })
            .map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
            if let Some(v) = violation {
                return Err(TestCaseError::fail(v));
            }
            // up to the first access whose walk raced, the run is the model's
            let mut first_race_seen = false;
            for (g, w) in got.result.results.iter().zip(&want.results) {
                prop_assert_eq!(g.op_index, w.op_index);
                if first_race_seen {
                    break;
                }
                prop_assert_eq!(g.outcome, w.outcome, "op {}", g.op_index);
                first_race_seen =
                    g.tlb_hit == Some(false) && g.outcome != Outcome::GeneralProtection;
            }
            total.borrow_mut().add(&got.coverage);
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let c = total.into_inner();
        println!("{c:?}");
        assert!(
            c.inval_during_walk > 0 && c.dead_fills > 0,
            "races happened: {c:?}"
        );
    }

    #[test]
    fn examples_run_on_the_rtl_as_on_the_model() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
        let mut ran = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let sc = mmu_scenario::scenario::load_scenario(&path).unwrap();
            let mut engine = RtlEngine::default();
            if engine.supports(&sc.config).is_err() {
                continue;
            }
            let got = engine.run(&sc).unwrap();
            let (want, _) = model::run(&sc);
            assert_eq!(comparable(&got), comparable(&want), "{}", path.display());
            ran += 1;
        }
        assert!(ran > 0, "no example ran");
    }

    fn tiny_scenario(entries: usize, latency: u32) -> Scenario {
        // one 4K page at VA 0x1000 -> PA 0x5000; tables at 0x10000..
        let memory = vec![
            (0x10000, 0x11000 | 0x7),
            (0x11000, 0x12000 | 0x7),
            (0x12000, 0x13000 | 0x7),
            (0x13008, 0x5000 | 0x7),
        ];
        let acc = |va: u64, kind| {
            Op::Access(Access {
                va,
                kind,
                user: false,
            })
        };
        Scenario {
            config: Config {
                tlb_entries: entries,
                paddr_bits: 40,
                mem_latency: latency,
                ..Config::default()
            },
            control: Control {
                cr3: 0x10000,
                ..Control::default()
            },
            memory,
            ops: vec![
                acc(0x1234, AccessKind::Read),
                acc(0x1238, AccessKind::Read),
                acc(0x1238, AccessKind::Write),
                Op::Invlpg { va: 0x1000 },
                acc(0x1000, AccessKind::Fetch),
                acc(0x8000_0000_0000, AccessKind::Read),
                Op::WriteCr {
                    reg: CrReg::Cr4Pge,
                    value: 1,
                },
                Op::WriteCr3 {
                    value: 0x10000 | CR3_NOFLUSH,
                },
                acc(0x1000, AccessKind::Read),
            ],
        }
    }

    #[test]
    fn cycles_of_a_cold_walk_a_hit_and_a_gp() {
        for (latency, cold) in [(1, 19), (2, 27)] {
            // The documented bound is reached exactly by a cold walk writing A at every level.
            assert_eq!(cold, latency_bound(true, latency, 0));
            let sc = tiny_scenario(16, latency);
            let got = RtlEngine::default().run(&sc).unwrap();
            let cyc: Vec<(Option<bool>, Option<u64>)> =
                got.results.iter().map(|a| (a.tlb_hit, a.cycles)).collect();
            assert_eq!(
                cyc[0],
                (Some(false), Some(cold)),
                "cold 4K walk, all A bits clear, L={latency}"
            );
            assert_eq!(cyc[1], (Some(true), Some(1)), "hit");
            // results are per access: ops 0, 1, 2, 4, 5, 8
            assert_eq!(
                cyc[2].0,
                Some(false),
                "a write to the clean entry walks again"
            );
            assert_eq!(cyc[3].0, Some(false), "INVLPG dropped it");
            assert_eq!(cyc[4], (Some(false), Some(1)), "#GP");
            assert_eq!(got.results[4].outcome, Outcome::GeneralProtection);
            assert_eq!(cyc[5].0, Some(false), "MOV CR3 with PCIDE=0 flushed it");
        }
    }

    #[test]
    fn unsupported_configurations_are_refused_with_a_reason() {
        let engine = RtlEngine::default();
        let mut c = Config {
            tlb_entries: 128,
            ..Config::default()
        };
        let e = engine.supports(&c).unwrap_err();
        assert!(e.contains("128") && e.contains("[4, 8, 16, 32, 64]"), "{e}");
        c.tlb_entries = 16;
        c.mem_latency = 0;
        assert!(engine.supports(&c).unwrap_err().contains("mem_latency"));
        c.mem_latency = 1;
        c.paddr_bits = 60;
        assert!(engine.supports(&c).is_err());
        let mut sc = tiny_scenario(16, 1);
        sc.config.tlb_entries = 12;
        let err = RtlEngine::default().run(&sc).unwrap_err();
        assert!(format!("{err:#}").contains("12"));
    }

    #[test]
    fn the_cycle_limit_is_an_engine_error_naming_the_op() {
        let sc = tiny_scenario(4, 3);
        let mut engine = RtlEngine::new(RtlOptions {
            cycle_limit: 5,
            ..RtlOptions::default()
        });
        let err = format!("{:#}", engine.run(&sc).unwrap_err());
        assert!(
            err.contains("op 0") && err.contains("no response within 5 cycles"),
            "{err}"
        );
        assert!(
            err.contains("walker"),
            "the error shows the walker's state: {err}"
        );
    }

    #[test]
    fn vcd_has_the_scopes_a_clock_and_the_state_filter() {
        let dir = std::env::temp_dir().join(format!("mmu-rtl-vcd-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("run.vcd");
        let sc = tiny_scenario(8, 2);
        let mut engine = RtlEngine::new(RtlOptions {
            vcd: Some(path.clone()),
            ..RtlOptions::default()
        });
        let run = engine.run_full(&sc).unwrap();
        assert_eq!(run.vcd.as_deref(), Some(path.as_path()));
        let mut parser =
            ::vcd::Parser::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
        let header = parser.parse_header().unwrap();
        let top = header
            .items
            .iter()
            .find_map(|i| match i {
                ::vcd::ScopeItem::Scope(s) if s.identifier == "mmu" => Some(s),
                _ => None,
            })
            .expect("scope mmu");
        let scopes: Vec<&str> = top
            .items
            .iter()
            .filter_map(|i| match i {
                ::vcd::ScopeItem::Scope(s) => Some(s.identifier.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(scopes, ["cpu", "mem", "tlb", "walker", "pwc", "perm"]);
        let state = header
            .find_var(&["mmu", "walker", "state"])
            .expect("walker.state")
            .code;
        let clock = header.find_var(&["mmu", "clock"]).expect("clock").code;
        let (mut rises, mut states) = (0, std::collections::HashSet::new());
        let mut time = 0;
        let mut last_time = 0;
        for cmd in parser {
            match cmd.unwrap() {
                ::vcd::Command::Timestamp(t) => {
                    assert!(t >= last_time, "time goes forward");
                    last_time = t;
                    time = t;
                }
                ::vcd::Command::ChangeScalar(id, ::vcd::Value::V1) if id == clock => {
                    assert_eq!(time % 10, 5, "the clock rises mid-cycle");
                    rises += 1;
                }
                ::vcd::Command::ChangeVector(id, v) if id == state => {
                    let n = v
                        .iter()
                        .fold(0u64, |n, b| (n << 1) | (b == ::vcd::Value::V1) as u64);
                    states.insert(n);
                }
                _ => {}
            }
        }
        assert_eq!(
            rises as u64, run.coverage.cycles,
            "one rising edge per cycle"
        );
        for st in [
            WalkState::Idle,
            WalkState::ReadEntry,
            WalkState::CheckEntry,
            WalkState::PermCheck,
            WalkState::Done,
        ] {
            assert!(states.contains(&st.code()), "state {} seen", st.name());
        }
        let filter = std::fs::read_to_string(vcd::filter_path(&path)).unwrap();
        assert_eq!(filter.lines().count(), 8);
        assert!(
            filter.contains("2 CheckEntry") && filter.contains("7 Fault"),
            "{filter}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
