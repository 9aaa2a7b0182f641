//! The `mmu` top's ports as plain values, and the one operation every cycle-accurate engine offers: apply the inputs,
//! settle, read the outputs, clock. The rust-hdl simulation and the Verilated export both implement [`MmuPorts`], so
//! one driver runs scenarios on either, and the lockstep test compares them output by output.

pub use mmu_hdl::drive::{MmuInputs as Inputs, MmuOutputs as Outputs, PortDiff};

use crate::arch::Control;

/// Drives the control-register inputs from a control state as the CPU holds it.
pub fn drive_control(i: &mut Inputs, c: &Control) {
    i.cr0_wp = c.cr0_wp;
    i.cr3 = c.cr3;
    i.cr4_pge = c.cr4_pge;
    i.cr4_pcide = c.cr4_pcide;
    i.cr4_smep = c.cr4_smep;
    i.cr4_smap = c.cr4_smap;
    i.cr4_pke = c.cr4_pke;
    i.efer_nxe = c.efer_nxe;
    i.rflags_ac = c.rflags_ac;
    i.pkru = c.pkru;
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
    inputs: [u32; 24],
    outputs: [u32; 11],
    /// The input values the model holds, so that only changed ports cross into C++ (all of them on the first cycle).
    held: [u64; 24],
    primed: bool,
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
        let mut inputs = [0; 24];
        for (slot, (name, _)) in inputs.iter_mut().zip(Inputs::default().by_name()) {
            *slot = find(name)?;
        }
        let mut outputs = [0; 11];
        for (slot, (name, _)) in outputs.iter_mut().zip(Outputs::default().by_name()) {
            *slot = find(name)?;
        }
        Ok(VerilatedMmu {
            model,
            inputs,
            outputs,
            held: [0; 24],
            primed: false,
        })
    }
}

impl MmuPorts for VerilatedMmu {
    fn settle(&mut self, inputs: &Inputs) -> Outputs {
        let values = inputs.by_name().map(|(_, v)| v);
        let (mut idx, mut val, mut n) = ([0u32; 24], [0u64; 24], 0);
        for (k, &v) in values.iter().enumerate() {
            if !self.primed || self.held[k] != v {
                idx[n] = self.inputs[k];
                val[n] = v;
                n += 1;
                self.held[k] = v;
            }
        }
        self.primed = true;
        let mut out = [0u64; 11];
        self.model
            .settle(&idx[..n], &val[..n], &self.outputs, &mut out);
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
        self.model.rise();
    }
}
