//! The `mmu` top's ports as plain values, and the one operation every cycle-accurate engine offers: apply the inputs,
//! settle, read the outputs, clock. The rust-hdl simulation and the Verilated export both implement [`MmuPorts`], so
//! one driver runs scenarios on either, and the lockstep test compares them output by output.

use std::fmt;

/// Every input port of `mmu` except the clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    pub reset: bool,
    pub req_valid: bool,
    pub req_va: u64,
    /// 0 read, 1 write, 2 fetch.
    pub req_kind: u8,
    pub req_user: bool,
    pub cr0_wp: bool,
    pub cr3: u64,
    pub cr4_pge: bool,
    pub cr4_pcide: bool,
    pub cr4_smep: bool,
    pub cr4_smap: bool,
    pub cr4_pke: bool,
    pub efer_nxe: bool,
    pub rflags_ac: bool,
    pub pkru: u32,
    pub cmd_valid: bool,
    /// 0 MOV CR3, 1 INVLPG, 2..5 INVPCID type 0..3.
    pub cmd_op: u8,
    pub cmd_va: u64,
    pub cmd_pcid: u16,
    pub cmd_noflush: bool,
    pub mem_req_ready: bool,
    pub mem_rsp_valid: bool,
    pub mem_rsp_data: u64,
}

/// Every output port of `mmu`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    pub req_ready: bool,
    pub rsp_valid: bool,
    /// 0 ok, 1 #PF, 2 #GP.
    pub rsp_outcome: u8,
    pub rsp_pa: u64,
    pub rsp_error_code: u8,
    pub rsp_tlb_hit: bool,
    pub cmd_ready: bool,
    pub mem_req_valid: bool,
    pub mem_req_addr: u64,
    pub mem_req_we: bool,
    pub mem_req_wdata: u64,
}

impl Outputs {
    /// Each output by port name, as a number.
    pub fn by_name(&self) -> [(&'static str, u64); 11] {
        [
            ("req_ready", self.req_ready as u64),
            ("rsp_valid", self.rsp_valid as u64),
            ("rsp_outcome", self.rsp_outcome as u64),
            ("rsp_pa", self.rsp_pa),
            ("rsp_error_code", self.rsp_error_code as u64),
            ("rsp_tlb_hit", self.rsp_tlb_hit as u64),
            ("cmd_ready", self.cmd_ready as u64),
            ("mem_req_valid", self.mem_req_valid as u64),
            ("mem_req_addr", self.mem_req_addr),
            ("mem_req_we", self.mem_req_we as u64),
            ("mem_req_wdata", self.mem_req_wdata),
        ]
    }

    /// The ports whose values differ, with both values.
    pub fn diff(&self, other: &Outputs) -> Vec<PortDiff> {
        self.by_name()
            .into_iter()
            .zip(other.by_name())
            .filter(|(a, b)| a.1 != b.1)
            .map(|(a, b)| PortDiff {
                port: a.0,
                left: a.1,
                right: b.1,
            })
            .collect()
    }
}

impl Inputs {
    /// Each input by port name, as a number.
    pub fn by_name(&self) -> [(&'static str, u64); 23] {
        [
            ("reset", self.reset as u64),
            ("req_valid", self.req_valid as u64),
            ("req_va", self.req_va),
            ("req_kind", self.req_kind as u64),
            ("req_user", self.req_user as u64),
            ("cr0_wp", self.cr0_wp as u64),
            ("cr3", self.cr3),
            ("cr4_pge", self.cr4_pge as u64),
            ("cr4_pcide", self.cr4_pcide as u64),
            ("cr4_smep", self.cr4_smep as u64),
            ("cr4_smap", self.cr4_smap as u64),
            ("cr4_pke", self.cr4_pke as u64),
            ("efer_nxe", self.efer_nxe as u64),
            ("rflags_ac", self.rflags_ac as u64),
            ("pkru", self.pkru as u64),
            ("cmd_valid", self.cmd_valid as u64),
            ("cmd_op", self.cmd_op as u64),
            ("cmd_va", self.cmd_va),
            ("cmd_pcid", self.cmd_pcid as u64),
            ("cmd_noflush", self.cmd_noflush as u64),
            ("mem_req_ready", self.mem_req_ready as u64),
            ("mem_rsp_valid", self.mem_rsp_valid as u64),
            ("mem_rsp_data", self.mem_rsp_data),
        ]
    }
}

/// One output port on which two engines disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortDiff {
    pub port: &'static str,
    pub left: u64,
    pub right: u64,
}

impl fmt::Display for PortDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:#x} vs {:#x}", self.port, self.left, self.right)
    }
}

/// A cycle-accurate `mmu`: the rust-hdl simulation or the Verilated export.
///
/// A cycle is `settle` (inputs applied, clock low, combinational logic settled, outputs returned) then `rise` (the
/// rising edge: every flop takes the settled values).
pub trait MmuPorts {
    /// Applies `inputs` with the clock low and returns the settled outputs.
    fn settle(&mut self, inputs: &Inputs) -> Outputs;
    /// The rising clock edge.
    fn rise(&mut self);
}

/// The Verilated export as an [`MmuPorts`].
pub struct VerilatedMmu {
    model: mmu_verilated::Verilated,
    clock: u32,
    inputs: [u32; 23],
    outputs: [u32; 11],
}

impl VerilatedMmu {
    /// Instantiates the Verilated export `variant` (`mmu` is `verilog/mmu.v`). `rand_reset` 0 starts uninitialised
    /// state at zero, 2 at random values drawn from `seed`.
    pub fn new(variant: &str, rand_reset: u32, seed: u64) -> Result<Self, String> {
        let model = mmu_verilated::Verilated::new(variant, rand_reset, seed)?;
        let find = |name: &str| {
            model
                .port(name)
                .ok_or_else(|| format!("the Verilated `{variant}` has no port `{name}`"))
        };
        let clock = find("clock")?;
        let mut inputs = [0; 23];
        for (slot, (name, _)) in inputs.iter_mut().zip(Inputs::default().by_name()) {
            *slot = find(name)?;
        }
        let mut outputs = [0; 11];
        for (slot, (name, _)) in outputs.iter_mut().zip(Outputs::default().by_name()) {
            *slot = find(name)?;
        }
        Ok(VerilatedMmu {
            model,
            clock,
            inputs,
            outputs,
        })
    }
}

impl MmuPorts for VerilatedMmu {
    fn settle(&mut self, inputs: &Inputs) -> Outputs {
        let values = inputs.by_name().map(|(_, v)| v);
        let mut out = [0u64; 11];
        self.model
            .settle(&self.inputs, &values, self.clock, &self.outputs, &mut out);
        let v = |i: usize| out[i];
        Outputs {
            req_ready: v(0) != 0,
            rsp_valid: v(1) != 0,
            rsp_outcome: v(2) as u8,
            rsp_pa: v(3),
            rsp_error_code: v(4) as u8,
            rsp_tlb_hit: v(5) != 0,
            cmd_ready: v(6) != 0,
            mem_req_valid: v(7) != 0,
            mem_req_addr: v(8),
            mem_req_we: v(9) != 0,
            mem_req_wdata: v(10),
        }
    }

    fn rise(&mut self) {
        self.model.rise(self.clock);
    }
}
