#[cfg(test)]
mod verilog_tests {
    use super::*;

    /// The exported Verilog of `Mmu<16, 4>`; set `MMU_VERILOG_OUT` to also write it to a file.
    #[test]
    fn verilog_export_of_mmu16_succeeds() {
        let mut uut = Mmu::<16, 4>::new(MmuConfig {
            paddr_bits: 40,
            ..MmuConfig::default()
        });
        uut.connect_all();
        let v = generate_verilog(&uut);
        assert!(v.contains("module top("), "top module present");
        for port in [
            "req_ready",
            "rsp_tlb_hit",
            "cmd_noflush",
            "mem_rsp_data",
            "cr4_pcide",
        ] {
            assert!(v.contains(port), "port {port} exported");
        }
        assert!(
            v.contains("WalkState$CheckEntry"),
            "FSM states exported as localparams"
        );
        if let Ok(path) = std::env::var("MMU_VERILOG_OUT") {
            std::fs::write(&path, &v).expect("write Verilog");
        }
    }

    /// Verilator `-Wall` and Yosys on the exported Verilog of `Mmu<16, 4>`: no latch, no lint
    /// finding outside the classes rust-hdl's code generator produces by construction (32-bit
    /// literals: WIDTH; one `always` block per kernel: UNOPTFLAT; observation-only outputs and
    /// unused CR3/VA bits: UNUSED*; module `top` in any file name: DECLFILENAME). Skipped with a
    /// message when a tool is not installed.
    #[test]
    fn exported_verilog_passes_verilator_and_yosys() {
        let mut uut = Mmu::<16, 4>::new(MmuConfig {
            paddr_bits: 40,
            ..MmuConfig::default()
        });
        uut.connect_all();
        let dir = std::env::temp_dir().join(format!("mmu-lint-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("top.v");
        std::fs::write(&file, generate_verilog(&uut)).unwrap();
        let run = |cmd: &str, args: &[&str]| {
            std::process::Command::new(cmd)
                .args(args)
                .current_dir(&dir)
                .output()
        };
        match run(
            "verilator",
            &["--lint-only", "-Wall", "--top-module", "top", "top.v"],
        ) {
            Err(_) => eprintln!("SKIPPED: verilator not installed"),
            Ok(out) => {
                let text = String::from_utf8_lossy(&out.stderr);
                let waived = [
                    "WIDTH",
                    "UNOPTFLAT",
                    "UNUSEDSIGNAL",
                    "UNUSEDPARAM",
                    "DECLFILENAME",
                ];
                let findings: Vec<&str> = text
                    .lines()
                    .filter(|l| l.starts_with("%Warning") || l.starts_with("%Error"))
                    .filter(|l| {
                        !waived
                            .iter()
                            .any(|w| l.starts_with(&format!("%Warning-{w}:")))
                    })
                    .filter(|l| !l.starts_with("%Error: Exiting due to"))
                    .collect();
                assert!(
                    findings.is_empty(),
                    "verilator findings:\n{}",
                    findings.join("\n")
                );
            }
        }
        match run(
            "yosys",
            &[
                "-p",
                "read_verilog top.v; hierarchy -top top; proc; check -assert",
            ],
        ) {
            Err(_) => eprintln!("SKIPPED: yosys not installed"),
            Ok(out) => {
                let text = String::from_utf8_lossy(&out.stdout);
                let latches: Vec<&str> = text
                    .lines()
                    .filter(|l| l.starts_with("Latch inferred"))
                    .collect();
                assert!(latches.is_empty(), "latches:\n{}", latches.join("\n"));
                assert!(
                    out.status.success(),
                    "yosys check failed:\n{}",
                    &text[text.len().saturating_sub(3000)..]
                );
            }
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Clocked;
    use crate::testutil::*;
    use crate::walker::WalkState;
    use proptest::prelude::*;

    const CYCLE_LIMIT: u64 = 5_000;

    /// Outputs of one settled cycle.
    #[derive(Clone, Copy, Debug)]
    struct Snap {
        req_ready: bool,
        cmd_ready: bool,
        rsp_valid: bool,
        outcome: u64,
        pa: u64,
        code: u64,
        hit: bool,
        mem_req_valid: bool,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Ans {
        resp: Resp,
        hit: bool,
        cycles: u64,
    }

    /// The MMU, its memory and the control state the "CPU" drives.
    struct Tb<const N: usize, const A: usize> {
        m: Box<Mmu<N, A>>,
        mem: TestMem,
        cycle: u64,
        ctl: Ctl,
        pcide: bool,
        cr3: u64,
        /// When set, every cycle's settled inputs and outputs, as hex fields.
        trace: Option<Vec<(String, String)>>,
        /// Every `err_every`-th memory answer is a bus error (0: never).
        err_every: u64,
        answers: u64,
    }

    impl<const N: usize, const A: usize> Tb<N, A> {
        fn new(words: &[(u64, u64)], lat: (u64, u64), ready: (u64, u64), seed: u64) -> Self {
            // No paging-structure cache: the block-level oracle (`testutil::RefMmu`) re-reads every
            // level. The cache is compared end to end against the reference model instead.
            Self::with_pwc(words, lat, ready, seed, 0)
        }

        fn with_pwc(
            words: &[(u64, u64)],
            lat: (u64, u64),
            ready: (u64, u64),
            seed: u64,
            pwc_entries: usize,
        ) -> Self {
            let config = MmuConfig {
                paddr_bits: 40,
                pwc_entries,
            };
            let mut m = Box::new(Mmu::<N, A>::new(config));
            m.connect_all();
            let mut tb = Tb {
                m,
                mem: TestMem::new(words, lat, ready, seed),
                cycle: 0,
                ctl: Ctl::default(),
                pcide: false,
                cr3: 0,
                trace: None,
                err_every: 0,
                answers: 0,
            };
            tb.quiet();
            tb.m.reset.next = true;
            tb.step();
            tb.m.reset.next = false;
            tb
        }

        fn quiet(&mut self) {
            self.m.req_valid.next = false;
            self.m.cmd_valid.next = false;
        }

        fn drive_ctl(&mut self) {
            let (c, m) = (self.ctl, &mut self.m);
            m.cr0_wp.next = c.wp;
            m.cr3.next = self.cr3.into();
            m.cr4_pge.next = c.pge;
            m.cr4_pcide.next = self.pcide;
            m.cr4_smep.next = c.smep;
            m.cr4_smap.next = c.smap;
            m.cr4_pke.next = c.pke;
            m.efer_nxe.next = c.nxe;
            m.rflags_ac.next = c.ac;
            m.pkru.next = (c.pkru as u64).into();
        }

        /// One cycle: drive, settle, snapshot, rising edge.
        fn step(&mut self) -> Snap {
            self.drive_ctl();
            let (r, rv, rd) = self.mem.drive();
            self.m.mem_req_ready.next = r;
            self.m.mem_rsp_valid.next = rv;
            self.m.mem_rsp_data.next = rd.into();
            self.answers += rv as u64;
            self.m.mem_rsp_err.next =
                rv && self.err_every > 0 && self.answers.is_multiple_of(self.err_every);
            self.m.settle_low();
            let m = &self.m;
            let s = Snap {
                req_ready: m.req_ready.val(),
                cmd_ready: m.cmd_ready.val(),
                rsp_valid: m.rsp_valid.val(),
                outcome: m.rsp_outcome.val().to_u64(),
                pa: m.rsp_pa.val().to_u64(),
                code: m.rsp_error_code.val().to_u64(),
                hit: m.rsp_tlb_hit.val(),
                mem_req_valid: m.mem_req_valid.val(),
            };
            if let Some(t) = self.trace.as_mut() {
                t.push((io_inputs(m), io_outputs(m)));
            }
            self.mem.edge(
                m.mem_req_valid.val(),
                m.mem_req_addr.val().to_u64(),
                m.mem_req_we.val(),
                m.mem_req_wdata.val().to_u64(),
            );
            self.m.rise();
            self.cycle += 1;
            s
        }

        fn resp_of(s: &Snap) -> Resp {
            match s.outcome {
                0 => Resp::Ok(s.pa),
                1 => Resp::Pf(s.code),
                2 => Resp::Gp,
                3 => Resp::Bus(s.pa),
                o => panic!("bad outcome {o}"),
            }
        }

        fn access(&mut self, va: u64, kind: u64, user: bool) -> Ans {
            self.m.req_valid.next = true;
            self.m.req_va.next = va.into();
            self.m.req_kind.next = kind.into();
            self.m.req_user.next = user;
            let mut accepted = None;
            for _ in 0..CYCLE_LIMIT {
                let cyc = self.cycle;
                let s = self.step();
                if let Some(at) = accepted {
                    if s.rsp_valid {
                        return Ans {
                            resp: Self::resp_of(&s),
                            hit: s.hit,
                            cycles: cyc - at,
                        };
                    }
                } else {
                    assert!(!s.rsp_valid, "response without a request");
                    if s.req_ready {
                        accepted = Some(cyc);
                        self.m.req_valid.next = false;
                    }
                }
            }
            panic!("access {va:#x} not answered within {CYCLE_LIMIT} cycles");
        }

        fn cmd(&mut self, op: u64, va: u64, pcid: u64, noflush: bool) {
            self.m.cmd_valid.next = true;
            self.m.cmd_op.next = op.into();
            self.m.cmd_va.next = va.into();
            self.m.cmd_pcid.next = pcid.into();
            self.m.cmd_noflush.next = noflush;
            for _ in 0..CYCLE_LIMIT {
                let s = self.step();
                if s.cmd_ready {
                    assert!(!s.req_ready, "no access may be accepted with a command");
                    self.m.cmd_valid.next = false;
                    return;
                }
            }
            panic!("command not accepted");
        }

        fn mov_cr3(&mut self, value: u64) {
            // the CPU drives the new CR3 from the accepting cycle on
            self.cr3 = value & !(1 << 63);
            self.cmd(CMD_MOV_CR3, 0, value & 0xfff, value >> 63 == 1);
        }

        /// Changes CR4 bits and spends the transition cycle; returns whether requests were blocked.
        fn write_cr4(&mut self, pge: bool, pcide: bool, smep: bool) -> bool {
            self.ctl.pge = pge;
            self.pcide = pcide;
            self.ctl.smep = smep;
            let s = self.step();
            !s.req_ready
        }

        fn entries(&self) -> Vec<Option<Ent>> {
            let t = &self.m.tlb;
            (0..N)
                .map(|i| {
                    t.e_valid.q[i].val().then(|| Ent {
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
                })
                .collect()
        }
    }

    /// Names of the input ports in the order `io_inputs` prints them.
    const INPUTS: [&str; 24] = [
        "reset",
        "req_valid",
        "req_va",
        "req_kind",
        "req_user",
        "cr0_wp",
        "cr3",
        "cr4_pge",
        "cr4_pcide",
        "cr4_smep",
        "cr4_smap",
        "cr4_pke",
        "efer_nxe",
        "rflags_ac",
        "pkru",
        "cmd_valid",
        "cmd_op",
        "cmd_va",
        "cmd_pcid",
        "cmd_noflush",
        "mem_req_ready",
        "mem_rsp_valid",
        "mem_rsp_data",
        "mem_rsp_err",
    ];
    const OUTPUTS: [&str; 11] = [
        "req_ready",
        "cmd_ready",
        "rsp_valid",
        "rsp_outcome",
        "rsp_pa",
        "rsp_error_code",
        "rsp_tlb_hit",
        "mem_req_valid",
        "mem_req_addr",
        "mem_req_we",
        "mem_req_wdata",
    ];

    fn b(x: bool) -> String {
        format!("{:x}", x as u8)
    }

    fn io_inputs<const N: usize, const A: usize>(m: &Mmu<N, A>) -> String {
        [
            b(m.reset.val()),
            b(m.req_valid.val()),
            format!("{:x}", m.req_va.val().to_u64()),
            format!("{:x}", m.req_kind.val().to_u64()),
            b(m.req_user.val()),
            b(m.cr0_wp.val()),
            format!("{:x}", m.cr3.val().to_u64()),
            b(m.cr4_pge.val()),
            b(m.cr4_pcide.val()),
            b(m.cr4_smep.val()),
            b(m.cr4_smap.val()),
            b(m.cr4_pke.val()),
            b(m.efer_nxe.val()),
            b(m.rflags_ac.val()),
            format!("{:x}", m.pkru.val().to_u64()),
            b(m.cmd_valid.val()),
            format!("{:x}", m.cmd_op.val().to_u64()),
            format!("{:x}", m.cmd_va.val().to_u64()),
            format!("{:x}", m.cmd_pcid.val().to_u64()),
            b(m.cmd_noflush.val()),
            b(m.mem_req_ready.val()),
            b(m.mem_rsp_valid.val()),
            format!("{:x}", m.mem_rsp_data.val().to_u64()),
            b(m.mem_rsp_err.val()),
        ]
        .join(" ")
    }

    fn io_outputs<const N: usize, const A: usize>(m: &Mmu<N, A>) -> String {
        [
            b(m.req_ready.val()),
            b(m.cmd_ready.val()),
            b(m.rsp_valid.val()),
            format!("{:x}", m.rsp_outcome.val().to_u64()),
            format!("{:x}", m.rsp_pa.val().to_u64()),
            format!("{:x}", m.rsp_error_code.val().to_u64()),
            b(m.rsp_tlb_hit.val()),
            b(m.mem_req_valid.val()),
            format!("{:x}", m.mem_req_addr.val().to_u64()),
            b(m.mem_req_we.val()),
            format!("{:x}", m.mem_req_wdata.val().to_u64()),
        ]
        .join(" ")
    }

    const P: u64 = 1;
    const W: u64 = 2;
    const U: u64 = 4;
    const AC: u64 = 0x20;
    const D: u64 = 0x40;
    const PS: u64 = 0x80;
    const G: u64 = 0x100;

    /// Builds 4-level tables in a word list; tables are allocated from `next`.
    struct Pt {
        words: HashMap<u64, u64>,
        next: u64,
    }

    use std::collections::HashMap;

    impl Pt {
        fn new() -> Self {
            Pt {
                words: HashMap::new(),
                next: 0x20_0000,
            }
        }
        fn alloc(&mut self) -> u64 {
            self.next += 0x1000;
            self.next
        }
        /// Maps `va` to `pa` at `leaf_level` (0 4K, 1 2M, 2 1G) under root `root`.
        fn map(&mut self, root: u64, va: u64, pa: u64, leaf_level: u32, leaf_flags: u64) {
            let mut table = root;
            for level in (leaf_level + 1..4).rev() {
                let a = table + 8 * ((va >> (12 + 9 * level)) & 0x1ff);
                let e = match self.words.get(&a) {
                    Some(&e) => e,
                    None => {
                        let t = self.alloc();
                        self.words.insert(a, t | P | W | U | AC);
                        t | P | W | U | AC
                    }
                };
                table = e & 0xf_ffff_f000;
            }
            let a = table + 8 * ((va >> (12 + 9 * leaf_level)) & 0x1ff);
            let ps = if leaf_level > 0 { PS } else { 0 };
            self.words.insert(a, pa | leaf_flags | ps);
        }
        fn list(&self) -> Vec<(u64, u64)> {
            let mut v: Vec<_> = self.words.iter().map(|(&a, &v)| (a, v)).collect();
            v.sort();
            v
        }
    }

    const ROOT: u64 = 0x10_0000;

    #[test]
    fn hits_answer_next_cycle_and_stream_one_per_cycle() {
        let mut pt = Pt::new();
        let vas: Vec<u64> = (0..8).map(|i| 0x4000_0000 + i * 0x1000 + i * 8).collect();
        for (i, &va) in vas.iter().enumerate() {
            pt.map(ROOT, va, 0x80_0000 + (i as u64) * 0x1000, 0, P | W | AC | D);
        }
        let mut tb = Tb::<16, 4>::new(&pt.list(), (1, 1), (1, 1), 0);
        tb.cr3 = ROOT;
        for &va in &vas {
            let a = tb.access(va, 1, false);
            assert!(!a.hit);
        }
        // single hit: answered the cycle after acceptance
        let a = tb.access(vas[3], 0, false);
        assert_eq!(
            a,
            Ans {
                resp: Resp::Ok(0x80_3000 + 24),
                hit: true,
                cycles: 1
            }
        );
        // back-to-back: req_valid held high, a new VA every cycle
        let mut answers = vec![];
        tb.m.req_valid.next = true;
        tb.m.req_kind.next = 0.into();
        tb.m.req_user.next = false;
        for k in 0..vas.len() + 1 {
            if k < vas.len() {
                tb.m.req_va.next = vas[k].into();
            } else {
                tb.m.req_valid.next = false;
            }
            let s = tb.step();
            if k < vas.len() {
                assert!(s.req_ready, "req_ready stays high through hits (cycle {k})");
            }
            assert!(!s.mem_req_valid, "hits do not touch memory");
            assert_eq!(
                s.rsp_valid,
                k > 0,
                "one answer per cycle from the second cycle on"
            );
            if s.rsp_valid {
                answers.push((Tb::<16, 4>::resp_of(&s), s.hit));
            }
        }
        let want: Vec<(Resp, bool)> = (0..8)
            .map(|i| (Resp::Ok(0x80_0000 + i * 0x1000 + i * 8), true))
            .collect();
        assert_eq!(answers, want);
    }

    /// A bus error on a read or on an A/D write: outcome 3 with the entry's address, no fill, no
    /// further request, and the next access is served normally.
    #[test]
    fn a_bus_error_ends_the_walk_and_the_mmu_keeps_serving() {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x1234_5000, 0x9000, 0, P | W);
        // A bits clear: the walk reads four entries (answers 1..=4), then writes A into each (5..=8).
        let words: Vec<(u64, u64)> = pt.list().into_iter().map(|(a, v)| (a, v & !AC)).collect();
        for k in 1..=8u64 {
            let mut tb = Tb::<16, 4>::new(&words, (2, 2), (1, 1), 0);
            tb.cr3 = ROOT;
            tb.err_every = k;
            let a = tb.access(0x1234_5678, 0, false);
            let Resp::Bus(addr) = a.resp else {
                panic!("answer {k} failed: expected a bus error, got {:?}", a.resp);
            };
            let (reads, writes) = (tb.mem.reads.len() as u64, tb.mem.writes.len() as u64);
            if k <= 4 {
                assert_eq!(addr, tb.mem.reads[k as usize - 1], "read {k}");
                assert_eq!((reads, writes), (k, 0), "nothing after the failed read");
            } else {
                assert_eq!(addr, tb.mem.writes[k as usize - 5].0, "write {}", k - 4);
                assert_eq!(
                    (reads, writes),
                    (4, k - 4),
                    "nothing after the failed write"
                );
            }
            assert!(!a.hit);
            assert!(tb.entries().iter().all(|e| e.is_none()), "nothing filled");
            tb.err_every = 0;
            let a = tb.access(0x1234_5678, 0, false);
            assert_eq!(
                a.resp,
                Resp::Ok(0x9678),
                "answer {k}: the next access walks normally"
            );
        }
    }

    #[test]
    fn cold_walk_cycles_for_latency_1_and_2() {
        for (lat, want) in [(1, 19), (2, 27)] {
            let mut pt = Pt::new();
            pt.map(ROOT, 0x1234_5000, 0x9000, 0, P | W);
            // the intermediate entries are created with A set: clear it for a fully cold walk
            let words: Vec<(u64, u64)> = pt.list().into_iter().map(|(a, v)| (a, v & !AC)).collect();
            let mut tb = Tb::<16, 4>::new(&words, (lat, lat), (1, 1), 0);
            tb.cr3 = ROOT;
            let a = tb.access(0x1234_5678, 0, false);
            assert_eq!(
                a,
                Ans {
                    resp: Resp::Ok(0x9678),
                    hit: false,
                    cycles: want
                },
                "L={lat}"
            );
            assert_eq!(tb.mem.writes.len(), 4, "A set at every level");
            let a = tb.access(0x1234_5008, 0, false);
            assert_eq!((a.hit, a.cycles), (true, 1));
        }
    }

    #[test]
    fn non_canonical_is_gp_next_cycle_without_memory_traffic() {
        let mut tb = Tb::<4, 2>::new(&[], (1, 1), (1, 1), 0);
        for va in [
            0x0000_8000_0000_0000u64,
            0xffff_7fff_ffff_f000,
            0x1234_0000_0000_0000,
        ] {
            let a = tb.access(va, 2, true);
            assert_eq!(
                a,
                Ans {
                    resp: Resp::Gp,
                    hit: false,
                    cycles: 1
                }
            );
        }
        assert!(tb.mem.reads.is_empty() && tb.mem.writes.is_empty());
        // the canonical upper half walks (and faults: nothing mapped)
        let a = tb.access(0xffff_8000_0000_0000, 0, false);
        assert_eq!(a.resp, Resp::Pf(0));
        assert_eq!(tb.mem.reads.len(), 1);
    }

    #[test]
    fn write_to_clean_entry_rewalks_and_sets_dirty() {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x7000, 0x5_5000, 0, P | W | AC);
        let mut tb = Tb::<4, 2>::new(&pt.list(), (1, 2), (3, 4), 5);
        tb.cr3 = ROOT;
        assert!(!tb.access(0x7010, 0, false).hit);
        assert!(tb.access(0x7018, 0, false).hit, "reads hit the clean entry");
        let a = tb.access(0x7020, 1, false);
        assert_eq!(
            (a.resp, a.hit),
            (Resp::Ok(0x5_5020), false),
            "write to a clean entry walks"
        );
        assert_eq!(tb.mem.writes.len(), 1);
        assert_eq!(
            tb.mem.writes[0].1 & (AC | D),
            AC | D,
            "D written before the write completes"
        );
        assert!(
            tb.access(0x7028, 1, false).hit,
            "the refilled entry is dirty"
        );
        let valid = tb.entries().iter().filter(|e| e.is_some()).count();
        assert_eq!(valid, 1, "the refill replaced the clean entry");
    }

    #[test]
    fn rights_on_a_hit_use_the_current_control_bits() {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x9000, 0x6000, 0, P | U | AC | D);
        let mut tb = Tb::<4, 2>::new(&pt.list(), (1, 1), (1, 1), 0);
        tb.cr3 = ROOT;
        assert_eq!(tb.access(0x9000, 0, false).resp, Resp::Ok(0x6000));
        tb.ctl.smap = true;
        let a = tb.access(0x9000, 0, false);
        assert_eq!(
            (a.resp, a.hit),
            (Resp::Pf(1), true),
            "SMAP applies on a hit without a flush"
        );
        tb.ctl.ac = true;
        assert_eq!(tb.access(0x9000, 0, false).resp, Resp::Ok(0x6000));
        tb.ctl.wp = true;
        let a = tb.access(0x9000, 1, false);
        assert_eq!(
            (a.resp, a.hit),
            (Resp::Pf(3), true),
            "read-only page, WP=1, supervisor write"
        );
    }

    /// Two PCIDs, a global page and a private page; each maintenance operation against the
    /// reference MMU, the whole TLB compared after each.
    #[test]
    fn maintenance_operations_match_the_reference() {
        let mut pt = Pt::new();
        let (priv_va, glob_va, big_va) = (0x1000u64, 0x20_0000u64, 0x4000_0000u64);
        pt.map(ROOT, priv_va, 0x11_000, 0, P | W | AC | D);
        pt.map(ROOT, glob_va, 0x22_000, 0, P | W | AC | D | G);
        pt.map(ROOT, big_va, 0x8000_0000, 2, P | W | AC | D);
        type MaintOp<'a> = Box<dyn Fn(&mut Tb<8, 3>, &mut RefMmu) + 'a>;
        let ops: Vec<(&str, MaintOp)> = vec![
            (
                "MOV CR3 PCIDE=0",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 5);
                    r.mov_cr3(ROOT | 5);
                }),
            ),
            (
                "MOV CR3 same PCID",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 1);
                    r.mov_cr3(ROOT | 1);
                }),
            ),
            (
                "MOV CR3 other PCID",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 2);
                    r.mov_cr3(ROOT | 2);
                }),
            ),
            (
                "MOV CR3 noflush",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 1 | (1 << 63));
                    r.mov_cr3(ROOT | 1 | (1 << 63));
                }),
            ),
            (
                "INVLPG private",
                Box::new(|t, r| {
                    t.cmd(CMD_INVLPG, priv_va, 0, false);
                    r.invlpg(priv_va);
                }),
            ),
            (
                "INVLPG global",
                Box::new(|t, r| {
                    t.cmd(CMD_INVLPG, glob_va, 0, false);
                    r.invlpg(glob_va);
                }),
            ),
            (
                "INVLPG global from another PCID",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 2 | (1 << 63));
                    r.mov_cr3(ROOT | 2 | (1 << 63));
                    t.cmd(CMD_INVLPG, glob_va, 0, false);
                    r.invlpg(glob_va);
                }),
            ),
            (
                "INVLPG private from another PCID",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 3 | (1 << 63));
                    r.mov_cr3(ROOT | 3 | (1 << 63));
                    t.cmd(CMD_INVLPG, priv_va, 0, false);
                    r.invlpg(priv_va);
                }),
            ),
            (
                "INVLPG inside 1G",
                Box::new(|t, r| {
                    t.cmd(CMD_INVLPG, big_va + 0x123_4567, 0, false);
                    r.invlpg(big_va + 0x123_4567);
                }),
            ),
            (
                "INVPCID 0",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0, priv_va, 1, false);
                    r.invpcid(0, 1, priv_va);
                }),
            ),
            (
                "INVPCID 0 global",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0, glob_va, 1, false);
                    r.invpcid(0, 1, glob_va);
                }),
            ),
            (
                "INVPCID 1",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0 + 1, 0, 1, false);
                    r.invpcid(1, 1, 0);
                }),
            ),
            (
                "INVPCID 1 other",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0 + 1, 0, 3, false);
                    r.invpcid(1, 3, 0);
                }),
            ),
            (
                "INVPCID 2",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0 + 2, 0, 0, false);
                    r.invpcid(2, 0, 0);
                }),
            ),
            (
                "INVPCID 3",
                Box::new(|t, r| {
                    t.cmd(CMD_INVPCID0 + 3, 0, 0, false);
                    r.invpcid(3, 0, 0);
                }),
            ),
            (
                "CR4.PGE off",
                Box::new(|t, r| {
                    assert!(t.write_cr4(false, true, false));
                    r.write_cr4(false, true, false);
                }),
            ),
            (
                "CR4.PCIDE 1->0",
                Box::new(|t, r| {
                    assert!(t.write_cr4(true, false, false));
                    r.write_cr4(true, false, false);
                }),
            ),
            (
                "CR4.SMEP 0->1",
                Box::new(|t, r| {
                    assert!(t.write_cr4(true, true, true));
                    r.write_cr4(true, true, true);
                }),
            ),
            (
                "CR4.SMEP 0->1, other PCID current",
                Box::new(|t, r| {
                    t.mov_cr3(ROOT | 2 | (1 << 63));
                    r.mov_cr3(ROOT | 2 | (1 << 63));
                    assert!(t.write_cr4(true, true, true));
                    r.write_cr4(true, true, true);
                }),
            ),
        ];
        for (name, op) in ops {
            let mut tb = Tb::<8, 3>::new(&pt.list(), (1, 1), (1, 1), 0);
            let mut r = RefMmu::new(8, &pt.list(), 40);
            // PGE and PCIDE on, then fill from two PCIDs: private page in 1 and 2, the global page,
            // the 1G page in 1.
            tb.ctl.pge = true;
            tb.pcide = true;
            tb.step();
            r.ctl.pge = true;
            r.pcide = true;
            for (cr3, vas) in [
                (ROOT | 1, vec![priv_va, glob_va, big_va + 8]),
                (ROOT | 2, vec![priv_va]),
            ] {
                tb.mov_cr3(cr3 | (1 << 63));
                r.mov_cr3(cr3 | (1 << 63));
                for va in vas {
                    let got = tb.access(va, 0, false);
                    let want = r.access(va, 0, false);
                    assert_eq!((got.resp, got.hit), want, "{name}: warm-up {va:#x}");
                }
            }
            tb.mov_cr3(ROOT | 1 | (1 << 63));
            r.mov_cr3(ROOT | 1 | (1 << 63));
            assert_eq!(tb.entries(), r.tlb.e, "{name}: before");
            op(&mut tb, &mut r);
            assert_eq!(tb.entries(), r.tlb.e, "{name}: after");
            for va in [priv_va, glob_va, big_va + 8] {
                let got = tb.access(va, 0, false);
                let want = r.access(va, 0, false);
                assert_eq!((got.resp, got.hit), want, "{name}: probe {va:#x}");
            }
        }
    }

    #[test]
    fn cr4_transitions_block_requests_only_when_they_invalidate() {
        let mut tb = Tb::<4, 2>::new(&[], (1, 1), (1, 1), 0);
        assert!(tb.write_cr4(true, false, false), "PGE 0->1");
        assert!(
            !tb.write_cr4(true, true, false),
            "PCIDE 0->1 invalidates nothing"
        );
        assert!(tb.write_cr4(true, true, true), "SMEP 0->1");
        assert!(
            !tb.write_cr4(true, true, false),
            "SMEP 1->0 invalidates nothing"
        );
        assert!(tb.write_cr4(true, false, false), "PCIDE 1->0");
        tb.ctl.wp = true;
        tb.ctl.nxe = true;
        tb.ctl.pkru = 0x55;
        assert!(tb.step().req_ready, "other control bits never block");
    }

    /// A command accepted while a walk is in flight: the fill dies when the command covers it.
    #[test]
    fn invalidation_during_a_walk_kills_the_fill() {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x3000, 0x7_7000, 0, P | W | AC | D);
        // (command, issue cycle after acceptance, expect the fill to survive)
        let cases: Vec<(u64, u64, u64, bool)> = vec![
            (CMD_INVLPG, 0x3000, 2, false),
            (CMD_INVLPG, 0x9000, 2, false), // page size unknown yet: assumed covered
            (CMD_INVLPG, 0x9000, 14, true), // leaf known (L=2, answer in cycle 15): not covered
            (CMD_INVLPG, 0x3000, 14, false),
            (CMD_INVPCID0 + 1, 0, 3, true),   // other PCID
            (CMD_INVPCID0 + 2, 0, 15, false), // in the answer cycle itself
            (CMD_INVLPG, 0x3000, 1, false),   // in the walker's start cycle
            (CMD_MOV_CR3, 0, 5, false),
        ];
        for (op, va, at, survives) in cases {
            let mut tb = Tb::<4, 2>::new(&pt.list(), (2, 2), (1, 1), 0);
            tb.cr3 = ROOT;
            tb.m.req_valid.next = true;
            tb.m.req_va.next = 0x3008u64.into();
            tb.m.req_kind.next = 0.into();
            let s = tb.step();
            assert!(s.req_ready);
            tb.m.req_valid.next = false;
            let mut answered = false;
            for k in 1..40 {
                if k == at {
                    tb.m.cmd_valid.next = true;
                    tb.m.cmd_op.next = op.into();
                    tb.m.cmd_va.next = va.into();
                    tb.m.cmd_pcid.next = 7.into();
                    tb.m.cmd_noflush.next = false;
                }
                let s = tb.step();
                if k == at {
                    assert!(s.cmd_ready, "commands are accepted during a walk");
                    tb.m.cmd_valid.next = false;
                }
                if s.rsp_valid {
                    assert_eq!(
                        Tb::<4, 2>::resp_of(&s),
                        Resp::Ok(0x7_7008),
                        "a dead walk still answers"
                    );
                    assert_eq!(k, 15);
                    answered = true;
                }
            }
            assert!(answered);
            let filled = tb.entries().iter().any(|e| e.is_some());
            assert_eq!(filled, survives, "op {op} va {va:#x} at {at}");
            let a = tb.access(0x3010, 0, false);
            assert_eq!(a.hit, survives);
        }
    }

    #[test]
    fn reset_mid_walk_drops_the_access_and_empties_the_tlb() {
        let mut pt = Pt::new();
        pt.map(ROOT, 0x3000, 0x7_7000, 0, P | W | AC | D);
        pt.map(ROOT, 0x4000, 0x8_8000, 0, P | W | AC | D);
        let mut tb = Tb::<4, 2>::new(&pt.list(), (3, 3), (1, 1), 0);
        tb.cr3 = ROOT;
        assert!(!tb.access(0x4000, 0, false).hit);
        tb.m.req_valid.next = true;
        tb.m.req_va.next = 0x3000u64.into();
        tb.step();
        tb.m.req_valid.next = false;
        tb.step();
        tb.step();
        assert!(tb.m.walker.outstanding.q.val());
        // The memory is reset with the MMU: the answer it owed is never given.
        tb.m.reset.next = true;
        tb.mem.reset();
        let s = tb.step();
        assert!(!s.rsp_valid && !s.req_ready && !s.cmd_ready);
        tb.m.reset.next = false;
        for _ in 0..10 {
            assert!(!tb.step().rsp_valid, "the dropped access never answers");
        }
        assert_eq!(tb.m.walker.state.q.val(), WalkState::Idle);
        assert!(tb.entries().iter().all(|e| e.is_none()));
        assert_eq!(tb.m.tlb.victim.q.val().to_u64(), 0);
        let a = tb.access(0x4008, 0, false);
        assert_eq!((a.resp, a.hit), (Resp::Ok(0x8_8008), false));
    }

    // ---- random differential test against the reference MMU ----

    #[derive(Clone, Debug)]
    enum Op {
        Access {
            va: usize,
            kind: u64,
            user: bool,
        },
        NonCanonical {
            va: usize,
        },
        WriteMem {
            entry: usize,
            xor: u64,
        },
        MovCr3 {
            root: usize,
            pcid: u64,
            noflush: bool,
        },
        /// `va` indexes the pool; `usize::MAX` names the last accessed VA.
        Invlpg {
            va: usize,
        },
        Invpcid {
            typ: u64,
            pcid: u64,
            va: usize,
        },
        Cr4 {
            pge: bool,
            pcide: bool,
            smep: bool,
        },
        Ctl {
            which: u64,
            value: u64,
        },
    }

    const ROOTS: [u64; 2] = [0x10_0000, 0x10_1000];

    /// Page tables for both roots over a pool of VAs, from a seed: mixed page sizes and flags.
    fn random_space(seed: u64) -> (Vec<u64>, Vec<(u64, u64)>, Vec<u64>) {
        let mut rng = Rng(seed);
        let mut vas = vec![];
        for i in 0..12u64 {
            let hi = [0u64, 1, 0x1ff][(i % 3) as usize];
            let va = (hi << 39)
                | (rng.below(2) << 30)
                | (rng.below(2) << 21)
                | (rng.below(3) << 12)
                | (rng.below(512) << 3);
            // sign-extend the upper half
            let va = if hi == 0x1ff {
                va | 0xffff_0000_0000_0000
            } else {
                va
            };
            vas.push(va);
        }
        let mut words: HashMap<u64, u64> = HashMap::new();
        let mut next_table = 0x20_0000u64;
        let mut next_frame = 0x1_0000_0000u64;
        for &root in &ROOTS {
            for &va in &vas {
                let mut table = root;
                for level in (0..4).rev() {
                    let a = table + 8 * ((va >> (12 + 9 * level)) & 0x1ff);
                    if let Some(&e) = words.get(&a) {
                        let leaf = level == 0 || (e & PS != 0 && level < 3);
                        if leaf {
                            break;
                        }
                        table = e & 0xf_ffff_f000;
                        continue;
                    }
                    let leaf = level == 0
                        || (level == 2 && rng.chance(1, 6))
                        || (level == 1 && rng.chance(1, 4));
                    let mut f = 0;
                    if rng.chance(31, 32) {
                        f |= P;
                    }
                    if rng.chance(4, 5) {
                        f |= W;
                    }
                    if rng.chance(5, 6) {
                        f |= U;
                    }
                    if rng.chance(1, 2) {
                        f |= AC;
                    }
                    if leaf {
                        if rng.chance(1, 2) {
                            f |= D;
                        }
                        if rng.chance(1, 5) {
                            f |= G;
                        }
                        if rng.chance(1, 8) {
                            f |= 1 << 63;
                        }
                        f |= rng.below(16) << 59;
                        if rng.chance(1, 40) {
                            f |= 1 << 45;
                        }
                        let size = 1u64 << (12 + 9 * level);
                        next_frame = (next_frame + size) & !(size - 1);
                        let frame = next_frame;
                        next_frame += size;
                        let ps = if level > 0 { PS } else { 0 };
                        words.insert(a, frame | f | ps);
                        break;
                    }
                    next_table += 0x1000;
                    words.insert(a, next_table | f);
                    table = next_table;
                }
            }
        }
        let mut list: Vec<(u64, u64)> = words.into_iter().collect();
        list.sort();
        let entries = list.iter().map(|w| w.0).collect();
        (vas, list, entries)
    }

    fn arb_op() -> impl Strategy<Value = Op> {
        prop_oneof![
            12 => (0usize..12, 0u64..3, proptest::bool::weighted(0.3)).prop_map(|(va, kind, user)| Op::Access { va, kind, user }),
            1 => (0usize..12).prop_map(|va| Op::NonCanonical { va }),
            2 => (0usize..64, prop_oneof![Just(P), Just(W), Just(U), Just(AC), Just(D), Just(G), Just(1u64 << 63), Just(PS), Just(AC | D)])
                .prop_map(|(entry, xor)| Op::WriteMem { entry, xor }),
            2 => (0usize..2, 0u64..3, any::<bool>()).prop_map(|(root, pcid, noflush)| Op::MovCr3 { root, pcid, noflush }),
            2 => prop_oneof![0usize..12, Just(usize::MAX)].prop_map(|va| Op::Invlpg { va }),
            2 => (0u64..4, 0u64..3, prop_oneof![0usize..12, Just(usize::MAX)]).prop_map(|(typ, pcid, va)| Op::Invpcid { typ, pcid, va }),
            1 => (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(pge, pcide, smep)| Op::Cr4 { pge, pcide, smep }),
            1 => (0u64..6, any::<u32>()).prop_map(|(which, value)| Op::Ctl { which, value: value as u64 }),
        ]
    }

    /// Counts of what a run exercised: hits, walks, #PF, #GP, dead... (indexes below).
    type Tally = [u64; 5];

    fn run_random<const N: usize, const A: usize>(
        seed: u64,
        lat: (u64, u64),
        ready: (u64, u64),
        ops: &[Op],
        tally: &mut Tally,
    ) -> Result<(), TestCaseError> {
        let (vas, words, entries) = random_space(seed);
        let mut tb = Tb::<N, A>::new(&words, lat, ready, seed ^ 0x5a5a);
        let mut r = RefMmu::new(N, &words, 40);
        tb.cr3 = ROOTS[0] | (seed & 1);
        r.cr3 = ROOTS[0] | (seed & 1);
        tb.ctl.nxe = true;
        r.ctl.nxe = true;
        // start with PGE / PCIDE from the seed, as a CR4 write from the reset state
        let (pge, pcide) = (seed & 2 != 0, seed & 4 != 0);
        tb.write_cr4(pge, pcide, false);
        r.write_cr4(pge, pcide, false);
        let mut last = 0;
        let pick = |i: usize, last: usize| if i == usize::MAX { vas[last] } else { vas[i] };
        for (k, op) in ops.iter().enumerate() {
            match *op {
                Op::Access { va, kind, user } => {
                    last = va;
                    let got = tb.access(vas[va], kind, user);
                    let want = r.access(vas[va], kind, user);
                    prop_assert_eq!(
                        (got.resp, got.hit),
                        want,
                        "op {} {:?} va {:#x}",
                        k,
                        op,
                        vas[va]
                    );
                    if got.hit {
                        prop_assert_eq!(got.cycles, 1);
                    }
                    tally[if got.hit { 0 } else { 1 }] += 1;
                    if matches!(got.resp, Resp::Pf(_)) {
                        tally[2] += 1;
                    }
                    if tb
                        .entries()
                        .iter()
                        .any(|e| e.map(|e| e.glob && e.pcid != r.pcid()).unwrap_or(false))
                    {
                        tally[4] += 1;
                    }
                }
                Op::NonCanonical { va } => {
                    let bad = vas[va] ^ (1 << 52);
                    let got = tb.access(bad, 0, false);
                    prop_assert_eq!((got.resp, got.hit, got.cycles), (Resp::Gp, false, 1));
                    tally[3] += 1;
                    prop_assert_eq!(r.access(bad, 0, false), (Resp::Gp, false));
                }
                Op::WriteMem { entry, xor } => {
                    let a = entries[entry % entries.len()];
                    let v = r.mem.get(&a).copied().unwrap_or(0) ^ xor;
                    r.mem.insert(a, v);
                    tb.mem.words.insert(a, v);
                }
                Op::MovCr3 {
                    root,
                    pcid,
                    noflush,
                } => {
                    let value = ROOTS[root] | pcid | if noflush { 1 << 63 } else { 0 };
                    tb.mov_cr3(value);
                    r.mov_cr3(value);
                }
                Op::Invlpg { va } => {
                    tb.cmd(CMD_INVLPG, pick(va, last), 0, false);
                    r.invlpg(pick(va, last));
                }
                Op::Invpcid { typ, pcid, va } => {
                    tb.cmd(CMD_INVPCID0 + typ, pick(va, last), pcid, false);
                    r.invpcid(typ, pcid, pick(va, last));
                }
                Op::Cr4 { pge, pcide, smep } => {
                    tb.write_cr4(pge, pcide, smep);
                    r.write_cr4(pge, pcide, smep);
                }
                Op::Ctl { which, value } => {
                    let b = value & 1 == 1;
                    for c in [&mut tb.ctl, &mut r.ctl] {
                        match which {
                            0 => c.wp = b,
                            1 => c.smap = b,
                            2 => c.pke = b,
                            3 => c.nxe = b,
                            4 => c.ac = b,
                            _ => c.pkru = value as u32,
                        }
                    }
                    tb.step();
                }
            }
            prop_assert_eq!(tb.entries(), r.tlb.e.clone(), "TLB after op {} {:?}", k, op);
            prop_assert_eq!(tb.m.tlb.victim.q.val().to_u64() as usize, r.tlb.victim);
        }
        let mut got: Vec<(u64, u64)> = tb.mem.words.iter().map(|(&a, &v)| (a, v)).collect();
        let mut want: Vec<(u64, u64)> = r.mem.iter().map(|(&a, &v)| (a, v)).collect();
        got.sort();
        want.sort();
        prop_assert_eq!(got, want, "memory after the run");
        Ok(())
    }

    /// Random scenarios (two address spaces, mixed page sizes, PTE edits, every maintenance
    /// operation, CR4 writes, control bits, random memory latency and back-pressure) against the
    /// reference MMU: every answer, every `tlb_hit`, the whole TLB after every op, memory at the end.
    #[test]
    fn random_against_reference() {
        let name = "mmu::tests::random_against_reference";
        let mut runner = proptest::test_runner::TestRunner::new(proptest_config(128, name));
        let tally = std::cell::RefCell::new([0u64; 5]);
        let strategy = (
            any::<u64>(),
            1u64..3,
            0u64..3,
            1u64..5,
            proptest::collection::vec(arb_op(), 1..120),
        );
        let result = runner.run(&strategy, |(seed, lat_lo, lat_extra, ready, ops)| {
            let mut t = tally.borrow_mut();
            run_random::<4, 2>(seed, (lat_lo, lat_lo + lat_extra), (ready, 4), &ops, &mut t)?;
            run_random::<16, 4>(seed, (1, 1), (1, 1), &ops, &mut t)?;
            Ok(())
        });
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
        let t = tally.into_inner();
        println!("hits, walks, #PF, #GP, global-from-other-PCID = {t:?}");
        assert!(
            t.iter().all(|&n| n > 0),
            "coverage hits/walks/#PF/#GP/foreign-global = {t:?}"
        );
    }

    fn tool_available(tool: &str) -> bool {
        std::process::Command::new(tool)
            .arg("-V")
            .output()
            .map(|o| o.status.success() || !o.stdout.is_empty() || !o.stderr.is_empty())
            .unwrap_or(false)
    }

    /// Replays the inputs of a Rust simulation into the exported Verilog under Icarus Verilog and
    /// compares every output in every cycle. This is what catches Verilog that means something
    /// else than the Rust kernel (operator precedence, widths, literal sizes).
    #[test]
    fn exported_verilog_matches_the_rust_simulation() {
        if !tool_available("iverilog") {
            eprintln!("SKIPPED: iverilog not installed; the Verilog co-simulation did not run");
            return;
        }
        // A scenario that exercises every path: walks of each size, faults, hits, maintenance,
        // CR4 transitions, a race, a reset, with random latency and back-pressure.
        let mut trace = vec![];
        for seed in [3u64, 11, 0x5eed] {
            let (vas, words, entries) = random_space(seed);
            let mut tb = Tb::<4, 2>::with_pwc(&words, (1, 3), (3, 4), seed, 2);
            // Some answers are bus errors, on reads and on A/D writes alike.
            tb.err_every = 23;
            // one Verilog instance runs all scenarios: each starts with a traced reset
            tb.trace = Some(vec![]);
            tb.m.reset.next = true;
            tb.step();
            tb.m.reset.next = false;
            tb.cr3 = ROOTS[0] | 1;
            tb.ctl.nxe = true;
            tb.write_cr4(true, true, false);
            let mut rng = Rng(seed);
            for k in 0..160u64 {
                let va = vas[rng.below(12) as usize];
                match rng.below(16) {
                    0 => tb.mov_cr3(
                        ROOTS[rng.below(2) as usize] | rng.below(3) | (rng.below(2) << 63),
                    ),
                    1 => tb.cmd(CMD_INVLPG, va, 0, false),
                    2 => tb.cmd(CMD_INVPCID0 + rng.below(4), va, rng.below(3), false),
                    3 => {
                        let (g, p, s) = (rng.chance(1, 2), rng.chance(1, 2), rng.chance(1, 2));
                        tb.write_cr4(g, p, s);
                    }
                    4 => {
                        tb.ctl.wp = rng.chance(1, 2);
                        tb.ctl.smap = rng.chance(1, 2);
                        tb.ctl.pke = rng.chance(1, 2);
                        tb.ctl.pkru = rng.next_u64() as u32;
                        tb.step();
                    }
                    5 => {
                        let a = entries[rng.below(entries.len() as u64) as usize];
                        let v = tb.mem.read(a) ^ [P, W, U, AC, D, G][rng.below(6) as usize];
                        tb.mem.words.insert(a, v);
                    }
                    6 => {
                        // a command in the middle of a walk
                        tb.m.req_valid.next = true;
                        tb.m.req_va.next = va.into();
                        tb.m.req_kind.next = 1.into();
                        tb.step();
                        tb.m.req_valid.next = false;
                        for _ in 0..rng.below(6) {
                            tb.step();
                        }
                        tb.cmd(CMD_INVLPG, va, 0, false);
                        for _ in 0..60 {
                            if tb.step().rsp_valid {
                                break;
                            }
                        }
                    }
                    7 if k % 40 == 39 => {
                        tb.m.reset.next = true;
                        tb.step();
                        tb.m.reset.next = false;
                        while !tb.mem.idle() {
                            tb.step();
                        }
                    }
                    _ => {
                        tb.access(
                            va ^ if rng.chance(1, 30) { 1 << 50 } else { 0 },
                            rng.below(3),
                            rng.chance(1, 3),
                        );
                    }
                }
            }
            trace.extend(tb.trace.take().unwrap());
        }

        let dir = std::env::temp_dir().join(format!("mmu-cosim-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut uut = Mmu::<4, 2>::new(MmuConfig {
            paddr_bits: 40,
            pwc_entries: 2,
        });
        uut.connect_all();
        std::fs::write(dir.join("mmu.v"), generate_verilog(&uut)).unwrap();
        let stim: String = trace.iter().map(|(i, _)| format!("{i}\n")).collect();
        std::fs::write(dir.join("stim.txt"), stim).unwrap();
        let widths: HashMap<&str, usize> = [
            ("req_va", 64),
            ("req_kind", 2),
            ("cr3", 64),
            ("pkru", 32),
            ("cmd_op", 3),
            ("cmd_va", 64),
            ("cmd_pcid", 12),
            ("mem_rsp_data", 64),
            ("rsp_outcome", 2),
            ("rsp_pa", 52),
            ("rsp_error_code", 6),
            ("mem_req_addr", 52),
            ("mem_req_wdata", 64),
        ]
        .into_iter()
        .collect();
        let decl = |n: &str, kind: &str| match widths.get(n) {
            Some(w) => format!("  {kind} [{}:0] {n};\n", w - 1),
            None => format!("  {kind} {n};\n"),
        };
        let mut tbv = String::from("module tb;\n  reg clock;\n  integer fd, fo, r;\n");
        for n in INPUTS {
            tbv += &decl(n, "reg");
        }
        for n in OUTPUTS {
            tbv += &decl(n, "wire");
        }
        let ports: Vec<String> = std::iter::once("clock")
            .chain(INPUTS)
            .chain(OUTPUTS)
            .map(|n| format!(".{n}({n})"))
            .collect();
        tbv += &format!("  top uut({});\n", ports.join(", "));
        let fmt_in = vec!["%h"; INPUTS.len()].join(" ");
        let fmt_out = vec!["%h"; OUTPUTS.len()].join(" ");
        tbv += &format!(
            "  initial begin\n    clock = 0;\n    fd = $fopen(\"{}\", \"r\");\n    fo = $fopen(\"{}\", \"w\");\n    r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    while (r == {}) begin\n      #1;\n      $fdisplay(fo, \"{fmt_out}\", {});\n      clock = 1; #1; clock = 0; #1;\n      r = $fscanf(fd, \"{fmt_in}\\n\", {});\n    end\n    $fclose(fo);\n    $finish;\n  end\nendmodule\n",
            dir.join("stim.txt").display(),
            dir.join("out.txt").display(),
            INPUTS.join(", "),
            INPUTS.len(),
            OUTPUTS.join(", "),
            INPUTS.join(", "),
        );
        std::fs::write(dir.join("tb.v"), tbv).unwrap();
        let status = std::process::Command::new("iverilog")
            .args(["-o", "sim.vvp", "tb.v", "mmu.v"])
            .current_dir(&dir)
            .status()
            .expect("run iverilog");
        assert!(
            status.success(),
            "iverilog failed to compile the exported Verilog ({})",
            dir.display()
        );
        // An event-driven simulator can spin forever on glitches between kernels: bound it.
        let expect: String = trace.iter().map(|(_, o)| format!("{o}\n")).collect();
        std::fs::write(dir.join("expect.txt"), expect).unwrap();
        let mut child = std::process::Command::new("vvp")
            .args(["-n", "sim.vvp"])
            .current_dir(&dir)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("run vvp");
        let t0 = std::time::Instant::now();
        let status = loop {
            if let Some(st) = child.try_wait().expect("wait for vvp") {
                break st;
            }
            if t0.elapsed() > std::time::Duration::from_secs(120) {
                child.kill().ok();
                child.wait().ok();
                panic!(
                    "vvp did not finish in 120 s (combinational ping-pong?); files in {}",
                    dir.display()
                );
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        assert!(status.success(), "vvp failed ({})", dir.display());
        let got = std::fs::read_to_string(dir.join("out.txt")).unwrap();
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(got.len(), trace.len(), "Verilog simulated every cycle");
        let norm = |line: &str| -> Vec<u64> {
            line.split_whitespace()
                .map(|f| u64::from_str_radix(f, 16).unwrap_or(u64::MAX))
                .collect()
        };
        for (cycle, ((inputs, want), got)) in trace.iter().zip(got.iter()).enumerate() {
            assert_eq!(
                norm(got),
                norm(want),
                "cycle {cycle}: Verilog and Rust outputs differ\n  ports   {OUTPUTS:?}\n  inputs  {inputs}\n  files in {}",
                dir.display()
            );
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}
