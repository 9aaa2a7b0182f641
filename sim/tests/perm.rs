//! The rights-check block (`mmu_hdl::perm::Perm`), purely combinational, against the model's rights check
//! (`mmu_model::perm::check`): `allow` and the #PF error code for every combination of the page's rights, the access
//! (kind, CPL 3) and the control bits, with several protection keys and PKRU patterns; and a few cases spelled out.

use mmu_arch::{pf, AccessKind, Control};
use mmu_hdl::perm::Perm;
use mmu_hdl::rust_hdl::prelude::*;
use mmu_model::perm::{self as model_perm, Request, Rights};
use mmu_sim::step::settle;

#[test]
fn quiet_inputs_lists_every_input_port() {
    mmu_sim::quiet::assert_inputs_complete(&Perm::default());
}

/// The block's two outputs as the model states them: `allow`, and `error_code`, which the block drives whether or
/// not it denies: the model's code of the denial, or for a granted access P with the access's W/U/I bits
/// (`perm::access_error_bits`; PK cannot be set, a PK condition denies).
fn model_answer(r: &Rights, c: &Control, q: &Request) -> (bool, u32) {
    match model_perm::check(r, c, q) {
        Ok(()) => (true, pf::P | model_perm::access_error_bits(c, q)),
        Err(code) => (false, code),
    }
}

#[test]
fn perm_matches_the_model_on_every_combination() {
    let mut uut = Perm::default();
    uut.connect_all();
    let pkrus: [u32; 5] = [0, 0xffff_ffff, 0x5555_5555, 0xaaaa_aaaa, 0x1234_5678];
    let mut checked = 0u32;
    let (mut allowed, mut pk_denials) = (0u32, 0u32);
    for bits in 0u32..(1 << 11) {
        let b = |i: u32| (bits >> i) & 1 == 1;
        for kind in AccessKind::ALL {
            for (pi, &pkru) in pkrus.iter().enumerate() {
                let pkey = (bits.wrapping_mul(7) + pi as u32 * 5) & 15;
                uut.page_user.next = b(0);
                uut.page_writable.next = b(1);
                uut.page_xd.next = b(2);
                uut.user_access.next = b(3);
                uut.cr0_wp.next = b(4);
                uut.cr4_smep.next = b(5);
                uut.cr4_smap.next = b(6);
                uut.cr4_pke.next = b(7);
                uut.efer_nxe.next = b(8);
                uut.rflags_ac.next = b(9);
                uut.page_pkey.next = u64::from(pkey).into();
                uut.kind.next = kind;
                uut.pkru.next = u64::from(pkru).into();
                // bit 10 swaps the order of two settles to catch state left from the previous case
                if b(10) {
                    settle(&mut uut);
                }
                settle(&mut uut);
                let rights = Rights {
                    user: b(0),
                    writable: b(1),
                    xd: b(2),
                    pkey: pkey as u8,
                };
                let control = Control {
                    cr0_wp: b(4),
                    cr4_smep: b(5),
                    cr4_smap: b(6),
                    cr4_pke: b(7),
                    efer_nxe: b(8),
                    rflags_ac: b(9),
                    pkru,
                    ..Control::default()
                };
                let request = Request { kind, user: b(3) };
                let (ok, code) = model_answer(&rights, &control, &request);
                let got = (uut.allow.val(), uut.error_code.val().to_u64() as u32);
                assert_eq!(
                    got,
                    (ok, code),
                    "inputs bits={bits:#x} kind={kind:?} pkey={pkey} pkru={pkru:#x}"
                );
                checked += 1;
                allowed += ok as u32;
                pk_denials += (code & pf::PK != 0) as u32;
            }
        }
    }
    assert_eq!(checked, (1 << 11) * 3 * 5);
    assert!(
        allowed > 0 && allowed < checked && pk_denials > 0,
        "both answers and PK denials seen: {allowed} allowed, {pk_denials} PK of {checked}"
    );
}

#[test]
fn perm_spot_checks() {
    // A few cases spelled out, so a reader can see the rules without the model.
    let mut uut = Perm::default();
    uut.connect_all();
    let mut run = |setup: &dyn Fn(&mut Perm)| {
        uut.page_user.next = false;
        uut.page_writable.next = false;
        uut.page_xd.next = false;
        uut.page_pkey.next = 0.into();
        uut.kind.next = AccessKind::Read;
        uut.user_access.next = false;
        uut.cr0_wp.next = false;
        uut.cr4_smep.next = false;
        uut.cr4_smap.next = false;
        uut.cr4_pke.next = false;
        uut.efer_nxe.next = false;
        uut.rflags_ac.next = false;
        uut.pkru.next = 0.into();
        setup(&mut uut);
        settle(&mut uut);
        (uut.allow.val(), uut.error_code.val().to_u64() as u32)
    };
    // user read of a supervisor page
    assert_eq!(run(&|p| p.user_access.next = true), (false, pf::P | pf::U));
    // supervisor write to a read-only page: allowed with WP=0, denied with WP=1
    assert!(run(&|p| p.kind.next = AccessKind::Write).0);
    assert_eq!(
        run(&|p| {
            p.kind.next = AccessKind::Write;
            p.cr0_wp.next = true;
        }),
        (false, pf::P | pf::W)
    );
    // XD only counts with NXE
    assert!(
        run(&|p| {
            p.kind.next = AccessKind::Fetch;
            p.page_xd.next = true;
        })
        .0
    );
    assert_eq!(
        run(&|p| {
            p.kind.next = AccessKind::Fetch;
            p.page_xd.next = true;
            p.efer_nxe.next = true;
        }),
        (false, pf::P | pf::I)
    );
    // PK: AD of key 3 denies a supervisor read of a user page, with PK set in the code
    assert_eq!(
        run(&|p| {
            p.page_user.next = true;
            p.page_pkey.next = 3.into();
            p.cr4_pke.next = true;
            p.pkru.next = (1u64 << 6).into();
        }),
        (false, pf::P | pf::PK)
    );
}
