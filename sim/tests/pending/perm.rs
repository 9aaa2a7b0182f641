#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::settle;

    /// The contract's rules, one sentence each, written without looking at the kernel.
    #[allow(clippy::too_many_arguments)]
    fn reference(
        u: bool,
        w: bool,
        xd: bool,
        pkey: u32,
        kind: u64,
        cpl3: bool,
        wp: bool,
        smep: bool,
        smap: bool,
        pke: bool,
        nxe: bool,
        ac: bool,
        pkru: u32,
    ) -> (bool, u64) {
        let write = kind == 1;
        let fetch = kind == 2;
        let exec_disabled = nxe && xd;
        let ad = (pkru >> (2 * pkey)) & 1 == 1;
        let wd = (pkru >> (2 * pkey + 1)) & 1 == 1;
        let pk = pke && u && !fetch && (ad || (wd && write && (cpl3 || wp)));
        let mut ok = if cpl3 {
            u && (!write || w) && (!fetch || !exec_disabled)
        } else if fetch {
            !(exec_disabled || (u && smep))
        } else {
            let smap_ok = !(u && smap && !ac);
            smap_ok && !(write && wp && !w)
        };
        if pk {
            ok = false;
        }
        let mut code = PF_P;
        if write {
            code |= PF_W;
        }
        if cpl3 {
            code |= PF_U;
        }
        if fetch && (smep || nxe) {
            code |= PF_I;
        }
        if pk {
            code |= PF_PK;
        }
        (ok, code)
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Perm::default());
    }

    #[test]
    fn perm_matches_reference_on_every_combination() {
        let mut uut = Perm::default();
        uut.connect_all();
        let pkrus: [u32; 5] = [0, 0xffff_ffff, 0x5555_5555, 0xaaaa_aaaa, 0x1234_5678];
        let mut checked = 0u32;
        for bits in 0u32..(1 << 11) {
            let b = |i: u32| (bits >> i) & 1 == 1;
            for kind in 0u64..4 {
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
                    uut.page_pkey.next = (pkey as u64).into();
                    uut.kind.next = kind.into();
                    uut.pkru.next = (pkru as u64).into();
                    // bit 10 swaps the order of two settles to catch state left from the previous case
                    if b(10) {
                        settle(&mut uut);
                    }
                    settle(&mut uut);
                    let (ok, code) = reference(
                        b(0),
                        b(1),
                        b(2),
                        pkey,
                        kind,
                        b(3),
                        b(4),
                        b(5),
                        b(6),
                        b(7),
                        b(8),
                        b(9),
                        pkru,
                    );
                    let got_code = uut.error_code.val().to_u64();
                    assert_eq!(
                        (uut.allow.val(), got_code),
                        (ok, code),
                        "inputs bits={bits:#x} kind={kind} pkey={pkey} pkru={pkru:#x}"
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, (1 << 11) * 4 * 5);
    }

    #[test]
    fn perm_spot_checks() {
        // A few cases spelled out, so a reader can see the rules without the reference.
        let mut uut = Perm::default();
        uut.connect_all();
        let mut run = |setup: &dyn Fn(&mut Perm)| {
            uut.page_user.next = false;
            uut.page_writable.next = false;
            uut.page_xd.next = false;
            uut.page_pkey.next = 0.into();
            uut.kind.next = 0.into();
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
            (uut.allow.val(), uut.error_code.val().to_u64())
        };
        // user read of a supervisor page
        assert_eq!(run(&|p| p.user_access.next = true), (false, PF_P | PF_U));
        // supervisor write to a read-only page: allowed with WP=0, denied with WP=1
        assert!(run(&|p| p.kind.next = 1.into()).0);
        assert_eq!(
            run(&|p| {
                p.kind.next = 1.into();
                p.cr0_wp.next = true;
            }),
            (false, PF_P | PF_W)
        );
        // XD only counts with NXE
        assert!(
            run(&|p| {
                p.kind.next = 2.into();
                p.page_xd.next = true;
            })
            .0
        );
        assert_eq!(
            run(&|p| {
                p.kind.next = 2.into();
                p.page_xd.next = true;
                p.efer_nxe.next = true;
            }),
            (false, PF_P | PF_I)
        );
        // PK: AD of key 3 denies a supervisor read of a user page, with PK set in the code
        assert_eq!(
            run(&|p| {
                p.page_user.next = true;
                p.page_pkey.next = 3.into();
                p.cr4_pke.next = true;
                p.pkru.next = (1u64 << 6).into();
            }),
            (false, PF_P | PF_PK)
        );
    }
}
