//! The `mmu` top's ports as plain values, and the one operation every cycle-accurate engine offers: apply the inputs,
//! settle, read the outputs, clock. The rust-hdl simulation and the Verilated export both implement [`MmuPorts`], so
//! one driver runs scenarios on either, and the lockstep test compares them output by output.
//!
//! [`Inputs`] and [`Outputs`] are generated from the port table (`mmu_arch::mmu_ports!`): one field per port, of the
//! port's value type, and lookup by name. Nothing here lists a port by hand.

use mmu_arch::{Access, AccessKind, Control, CpuPort, Outcome, OutcomeCode, PortValue};

/// Splits the port table into inputs and outputs, then emits the two structs.
macro_rules! port_structs {
    (@split [$($i:tt)*] [$($o:tt)*]) => {
        port_structs!(@emit [$($i)*] [$($o)*]);
    };
    (@split [$($i:tt)*] [$($o:tt)*] input $n:ident : $t:ty = $w:literal; $($rest:tt)*) => {
        port_structs!(@split [$($i)* $n: $t = $w;] [$($o)*] $($rest)*);
    };
    (@split [$($i:tt)*] [$($o:tt)*] output $n:ident : $t:ty = $w:literal; $($rest:tt)*) => {
        port_structs!(@split [$($i)*] [$($o)* $n: $t = $w;] $($rest)*);
    };
    (@emit [$($in:ident: $it:ty = $iw:literal;)*] [$($on:ident: $ot:ty = $ow:literal;)*]) => {
        /// Every input port but the clock, as plain values.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct Inputs {
            $(pub $in: $it,)*
        }

        /// Every output port, as plain values.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct Outputs {
            $(pub $on: $ot,)*
        }

        impl Inputs {
            /// The names of the input ports, in the order of [`Inputs::values`].
            pub const NAMES: [&'static str; [$(stringify!($in)),*].len()] = [$(stringify!($in)),*];
            /// Each input's wire value, in [`Inputs::NAMES`] order.
            pub fn values(&self) -> [u64; Self::NAMES.len()] {
                [$(PortValue::to_port(self.$in)),*]
            }
            /// Each input by port name, as a number.
            pub fn by_name(&self) -> [(&'static str, u64); Self::NAMES.len()] {
                let v = self.values();
                std::array::from_fn(|k| (Self::NAMES[k], v[k]))
            }
        }

        impl Outputs {
            /// The names of the output ports, in the order of [`Outputs::values`].
            pub const NAMES: [&'static str; [$(stringify!($on)),*].len()] = [$(stringify!($on)),*];
            /// Each output's wire value, in [`Outputs::NAMES`] order.
            pub fn values(&self) -> [u64; Self::NAMES.len()] {
                [$(PortValue::to_port(self.$on)),*]
            }
            /// The outputs from their wire values in [`Outputs::NAMES`] order.
            pub fn from_values(v: &[u64; Self::NAMES.len()]) -> Outputs {
                let mut k = 0;
                $(let $on = PortValue::from_port(v[k]); k += 1;)*
                let _ = k;
                Outputs { $($on,)* }
            }
            /// Each output by port name, as a number.
            pub fn by_name(&self) -> [(&'static str, u64); Self::NAMES.len()] {
                let v = self.values();
                std::array::from_fn(|k| (Self::NAMES[k], v[k]))
            }
        }
    };
    ($($table:tt)*) => {
        port_structs!(@split [] [] $($table)*);
    };
}

mmu_arch::mmu_ports!(port_structs);

impl Outputs {
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

/// Where each port of the table (clock left out, table order) is found: `(false, k)` is input `k` of
/// [`Inputs::values`], `(true, k)` output `k` of [`Outputs::values`]. Computed once.
fn port_order() -> &'static [(bool, usize)] {
    static ORDER: std::sync::OnceLock<Vec<(bool, usize)>> = std::sync::OnceLock::new();
    ORDER.get_or_init(|| {
        mmu_arch::PORTS
            .iter()
            .skip(1)
            .map(|p| match Inputs::NAMES.iter().position(|&n| n == p.name) {
                Some(k) => (false, k),
                None => (
                    true,
                    Outputs::NAMES
                        .iter()
                        .position(|&n| n == p.name)
                        .expect("a port is an input or an output"),
                ),
            })
            .collect()
    })
}

/// Every port's value this cycle (inputs as driven, outputs as settled) by name, in port-table order, clock left out.
pub fn port_values(i: &Inputs, o: &Outputs) -> Vec<(&'static str, u64)> {
    let (iv, ov) = (i.values(), o.values());
    port_order()
        .iter()
        .map(|&(out, k)| {
            if out {
                (Outputs::NAMES[k], ov[k])
            } else {
                (Inputs::NAMES[k], iv[k])
            }
        })
        .collect()
}

/// One output port on which two engines disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortDiff {
    pub port: &'static str,
    pub left: u64,
    pub right: u64,
}

impl std::fmt::Display for PortDiff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:#x} vs {:#x}", self.port, self.left, self.right)
    }
}

/// One CPU port's response and ready, as one engine shows them in a cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PortOutputs {
    pub req_ready: bool,
    pub rsp_valid: bool,
    pub rsp_outcome: OutcomeCode,
    pub rsp_pa: u64,
    pub rsp_error_code: u8,
    pub rsp_tlb_hit: bool,
    pub rsp_l2_hit: bool,
}

impl Outputs {
    /// The outputs of CPU port `port`.
    pub fn port(&self, port: CpuPort) -> PortOutputs {
        match port {
            CpuPort::Fetch => PortOutputs {
                req_ready: self.fetch_req_ready,
                rsp_valid: self.fetch_rsp_valid,
                rsp_outcome: self.fetch_rsp_outcome,
                rsp_pa: self.fetch_rsp_pa,
                rsp_error_code: self.fetch_rsp_error_code,
                rsp_tlb_hit: self.fetch_rsp_tlb_hit,
                rsp_l2_hit: self.fetch_rsp_l2_hit,
            },
            CpuPort::Data => PortOutputs {
                req_ready: self.data_req_ready,
                rsp_valid: self.data_rsp_valid,
                rsp_outcome: self.data_rsp_outcome,
                rsp_pa: self.data_rsp_pa,
                rsp_error_code: self.data_rsp_error_code,
                rsp_tlb_hit: self.data_rsp_tlb_hit,
                rsp_l2_hit: self.data_rsp_l2_hit,
            },
        }
    }
}

impl PortOutputs {
    /// The outcome this response carries for an access to `va` (CR2 of a #PF is the access's VA).
    pub fn outcome(&self, va: u64) -> Outcome {
        match self.rsp_outcome {
            OutcomeCode::Ok => Outcome::Ok { pa: self.rsp_pa },
            OutcomeCode::PageFault => Outcome::PageFault {
                error_code: self.rsp_error_code as u32,
                cr2: va,
            },
            OutcomeCode::GeneralProtection => Outcome::GeneralProtection,
            OutcomeCode::BusError => Outcome::BusError { addr: self.rsp_pa },
        }
    }
}

impl Inputs {
    /// Whether a request is offered on `port`.
    pub fn offered(&self, port: CpuPort) -> bool {
        match port {
            CpuPort::Fetch => self.fetch_req_valid,
            CpuPort::Data => self.data_req_valid,
        }
    }

    /// Offers `access` on the port its kind uses (a fetch on the fetch port, a read or write on the data port), or,
    /// with `None`, withdraws the offer of `port`.
    pub fn offer(&mut self, port: CpuPort, access: Option<Access>) {
        let valid = access.is_some();
        let a = access.unwrap_or(Access {
            va: 0,
            kind: AccessKind::Read,
            user: false,
        });
        match port {
            CpuPort::Fetch => {
                self.fetch_req_valid = valid;
                self.fetch_req_va = a.va;
                self.fetch_req_user = a.user;
            }
            CpuPort::Data => {
                self.data_req_valid = valid;
                self.data_req_va = a.va;
                self.data_req_write = a.kind.is_write();
                self.data_req_user = a.user;
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use mmu_arch::{Dir, PORTS};

    /// The structs hold exactly the table's ports, in its order, each in a type wide enough.
    #[test]
    fn the_structs_are_the_port_table() {
        let ins: Vec<_> = PORTS
            .iter()
            .filter(|p| p.dir == Dir::Input && p.name != "clock")
            .map(|p| p.name)
            .collect();
        let outs: Vec<_> = PORTS
            .iter()
            .filter(|p| p.dir == Dir::Output)
            .map(|p| p.name)
            .collect();
        assert_eq!(Inputs::NAMES.to_vec(), ins);
        assert_eq!(Outputs::NAMES.to_vec(), outs);
        let o = Outputs {
            data_rsp_outcome: OutcomeCode::BusError,
            data_rsp_pa: 0xabc_d000,
            fetch_req_ready: true,
            ..Outputs::default()
        };
        assert_eq!(Outputs::from_values(&o.values()), o);
        assert_eq!(o.port(CpuPort::Data).rsp_pa, 0xabc_d000);
        assert!(o.port(CpuPort::Fetch).req_ready && !o.port(CpuPort::Data).req_ready);
        let names: Vec<_> = port_values(&Inputs::default(), &o)
            .iter()
            .map(|p| p.0)
            .collect();
        let table: Vec<_> = PORTS.iter().skip(1).map(|p| p.name).collect();
        assert_eq!(names, table);
    }
}
