//! Architectural vocabulary shared by every mmu-rtl engine: the configuration, control registers, accesses, outcomes,
//! the #PF error code, the encodings of the `mmu` top's ports and its port table. Nothing here is timed, and nothing
//! here is hardware: the reference model builds on this crate alone. With the `hdl` feature, the encodings are also
//! rust-hdl `LogicState` types, so that the synthesizable blocks use the very same names.
//!
//! Section numbers refer to the Intel SDM Vol. 3A, chapter 4.
//!
//! - [`config`]: [`Config`], validated once ([`Config::validate`]), with the RTL's limits ([`Config::validate_rtl`]).
//! - [`control`]: [`Control`], the control state, and [`CrReg`].
//! - [`access`]: [`Access`], [`AccessKind`], [`Outcome`], [`AccessResult`], [`PageSize`], [`pf`].
//! - [`op`]: [`Op`], the steps of a scenario, and [`InvpcidType`].
//! - [`encoding`]: how the ports encode an outcome ([`OutcomeCode`]) and a maintenance operation ([`CmdOp`]).
//! - [`ports`]: the port table of the `mmu` top ([`mmu_ports!`], [`PORTS`]).

pub mod access;
pub mod config;
pub mod control;
pub mod encoding;
pub mod op;
pub mod ports;

pub use access::*;
pub use config::*;
pub use control::*;
pub use encoding::*;
pub use op::*;
pub use ports::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_boundaries() {
        assert!(is_canonical(0));
        assert!(is_canonical(0x0000_7fff_ffff_ffff));
        assert!(!is_canonical(0x0000_8000_0000_0000));
        assert!(!is_canonical(0x7fff_ffff_ffff_ffff));
        assert!(is_canonical(0xffff_8000_0000_0000));
        assert!(is_canonical(u64::MAX));
        assert!(!is_canonical(0xfffe_ffff_ffff_ffff));
    }

    #[test]
    fn pcid_only_with_pcide() {
        let mut c = Control {
            cr3: 0x1234_5abc,
            ..Control::default()
        };
        assert_eq!(c.pcid(), 0);
        c.cr4_pcide = true;
        assert_eq!(c.pcid(), 0xabc);
    }

    #[test]
    fn error_code_names() {
        assert_eq!(pf::decode(0), "-");
        assert_eq!(pf::decode(7), "P|W|U");
        assert_eq!(pf::decode(0x3f), "P|W|U|RSVD|I|PK");
    }

    #[test]
    fn cr_keys_round_trip() {
        for r in CrReg::ALL {
            assert_eq!(CrReg::from_key(r.key()), Some(r));
        }
        assert_eq!(CrReg::from_key("cr3"), None);
    }
}
