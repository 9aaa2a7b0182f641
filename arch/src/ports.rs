//! The port table of the `mmu` top: every port's name, direction, width and value type, in module order, written here
//! once.
//!
//! [`mmu_ports!`] hands the table to a macro of the caller's, which is how the simulation's port structs, their lookup
//! by name and the RTL's port drivers are generated; [`PORTS`] is the same table as data, from which the Verilator
//! harness and the export header are generated. A test of the simulation crate checks that the rust-hdl `Mmu` has
//! exactly these ports.
//!
//! Semantics and timing of every port: the `mmu` section of README.md and `docs/architecture.md`.

/// Calls `$callback! { ... }` with every port of the `mmu` top except `clock`, in module order, one
/// `input name: Type = width;` or `output name: Type = width;` each. `Type` is what the simulation holds the value
/// as (a [`PortValue`]).
#[macro_export]
macro_rules! mmu_ports {
    ($callback:ident) => {
        $callback! {
            input reset: bool = 1;
            // instruction fetches: request and response
            input fetch_req_valid: bool = 1;
            output fetch_req_ready: bool = 1;
            input fetch_req_va: u64 = 64;
            input fetch_req_user: bool = 1;
            output fetch_rsp_valid: bool = 1;
            output fetch_rsp_outcome: $crate::OutcomeCode = 2;
            output fetch_rsp_pa: u64 = 52;
            output fetch_rsp_error_code: u8 = 6;
            output fetch_rsp_tlb_hit: bool = 1;
            output fetch_rsp_l2_hit: bool = 1;
            // reads and writes: request and response
            input data_req_valid: bool = 1;
            output data_req_ready: bool = 1;
            input data_req_va: u64 = 64;
            input data_req_write: bool = 1;
            input data_req_user: bool = 1;
            output data_rsp_valid: bool = 1;
            output data_rsp_outcome: $crate::OutcomeCode = 2;
            output data_rsp_pa: u64 = 52;
            output data_rsp_error_code: u8 = 6;
            output data_rsp_tlb_hit: bool = 1;
            output data_rsp_l2_hit: bool = 1;
            // control registers
            input cr0_wp: bool = 1;
            input cr3: u64 = 64;
            input cr4_pge: bool = 1;
            input cr4_pcide: bool = 1;
            input cr4_smep: bool = 1;
            input cr4_smap: bool = 1;
            input cr4_pke: bool = 1;
            input efer_nxe: bool = 1;
            input rflags_ac: bool = 1;
            input pkru: u32 = 32;
            // maintenance operations
            input cmd_valid: bool = 1;
            output cmd_ready: bool = 1;
            input cmd_op: $crate::CmdOp = 3;
            input cmd_va: u64 = 64;
            input cmd_pcid: u16 = 12;
            input cmd_noflush: bool = 1;
            // the walker's memory
            output mem_req_valid: bool = 1;
            input mem_req_ready: bool = 1;
            output mem_req_addr: u64 = 52;
            output mem_req_we: bool = 1;
            output mem_req_wdata: u64 = 64;
            output mem_req_expect: u64 = 64;
            input mem_rsp_valid: bool = 1;
            input mem_rsp_data: u64 = 64;
            input mem_rsp_err: bool = 1;
            input mem_rsp_stale: bool = 1;
        }
    };
}

/// A value a port carries, as the simulation holds it: a number or an encoding.
pub trait PortValue: Copy {
    /// The widest port this type can stand for.
    const BITS: u32;
    /// The value on the port's wires.
    fn to_port(self) -> u64;
    /// The value of the port's wires (bits above the port's width are zero).
    fn from_port(value: u64) -> Self;
}

impl PortValue for bool {
    const BITS: u32 = 1;
    fn to_port(self) -> u64 {
        self as u64
    }
    fn from_port(value: u64) -> Self {
        value != 0
    }
}

macro_rules! number_port_value {
    ($($t:ty),*) => {
        $(impl PortValue for $t {
            const BITS: u32 = <$t>::BITS;
            fn to_port(self) -> u64 {
                self as u64
            }
            fn from_port(value: u64) -> Self {
                value as $t
            }
        })*
    };
}

number_port_value!(u8, u16, u32, u64);

/// Which way a port points, seen from the `mmu` top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Input,
    Output,
}

/// One port of the `mmu` top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: &'static str,
    pub dir: Dir,
    pub width: u32,
    /// The widest value the simulation's type for this port holds ([`PortValue::BITS`]).
    pub type_bits: u32,
}

macro_rules! port_table {
    ($($dir:ident $name:ident : $t:ty = $width:literal;)*) => {
        /// Every port of the `mmu` top in module order, `clock` first.
        pub const PORTS: &[Port] = &[
            Port { name: "clock", dir: Dir::Input, width: 1, type_bits: 1 },
            $(Port {
                name: stringify!($name),
                dir: port_table!(@dir $dir),
                width: $width,
                type_bits: <$t as PortValue>::BITS,
            },)*
        ];
    };
    (@dir input) => { Dir::Input };
    (@dir output) => { Dir::Output };
}

mmu_ports!(port_table);

/// The port named `name`.
pub fn port(name: &str) -> Option<&'static Port> {
    PORTS.iter().find(|p| p.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_port_fits_its_type_and_names_are_unique() {
        for p in PORTS {
            assert!(
                (1..=64).contains(&p.width) && p.width <= p.type_bits,
                "{}: {} bits in a {}-bit type",
                p.name,
                p.width,
                p.type_bits
            );
            assert_eq!(PORTS.iter().filter(|q| q.name == p.name).count(), 1);
        }
        assert_eq!(port("data_req_write").unwrap().width, 1);
        assert_eq!(port("fetch_rsp_outcome").unwrap().dir, Dir::Output);
    }
}
