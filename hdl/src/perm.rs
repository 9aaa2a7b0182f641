//! `Perm`: the access-rights check of SDM 4.6 and the #PF error code of 4.7, purely combinational.
//!
//! One instance serves both the TLB-hit path and the walker's rights check: the top multiplexes
//! the effective rights (cached in a TLB entry or accumulated by a walk) onto `page_*`, and the
//! access itself onto `kind`/`user_access`. Control bits are never cached, so they come straight
//! from the control inputs on every check.
//!
//! Ports
//! - in  `page_user`, `page_writable`, `page_xd`: effective U/S, R/W (AND over all levels) and XD
//!   (OR over all levels, *not* yet qualified by EFER.NXE).
//! - in  `page_pkey` (4): protection key of the leaf.
//! - in  `kind` (2): 0 read, 1 write, 2 fetch (3 is treated as a read).
//! - in  `user_access`: the access is made at CPL 3.
//! - in  `cr0_wp`, `cr4_smep`, `cr4_smap`, `cr4_pke`, `efer_nxe`, `rflags_ac`, `pkru` (32).
//! - out `allow`: the access may proceed.
//! - out `error_code` (6): P=bit0, W=1, U=2, RSVD=3, I=4, PK=5. Meaningful when `allow`=0. The
//!   W, U and I bits depend on the access only, so the walker reuses them (masked) for its
//!   not-present and reserved-bit faults.
//!
//! Latency: none (settles within the cycle its inputs change).
//!
//! ```text
//!   inputs  ==X====A====X====B====
//!   allow   ==X====a====X====b====   (same cycle)
//! ```

use rust_hdl::prelude::*;

/// `kind` encoding shared by every block.
pub const KIND_READ: u64 = 0;
pub const KIND_WRITE: u64 = 1;
pub const KIND_FETCH: u64 = 2;

/// #PF error-code bits (4.7).
pub const PF_P: u64 = 1 << 0;
pub const PF_W: u64 = 1 << 1;
pub const PF_U: u64 = 1 << 2;
pub const PF_RSVD: u64 = 1 << 3;
pub const PF_I: u64 = 1 << 4;
pub const PF_PK: u64 = 1 << 5;

#[derive(LogicBlock)]
pub struct Perm {
    pub page_user: Signal<In, Bit>,
    pub page_writable: Signal<In, Bit>,
    pub page_xd: Signal<In, Bit>,
    pub page_pkey: Signal<In, Bits<4>>,
    pub kind: Signal<In, Bits<2>>,
    pub user_access: Signal<In, Bit>,
    pub cr0_wp: Signal<In, Bit>,
    pub cr4_smep: Signal<In, Bit>,
    pub cr4_smap: Signal<In, Bit>,
    pub cr4_pke: Signal<In, Bit>,
    pub efer_nxe: Signal<In, Bit>,
    pub rflags_ac: Signal<In, Bit>,
    pub pkru: Signal<In, Bits<32>>,
    pub allow: Signal<Out, Bit>,
    pub error_code: Signal<Out, Bits<6>>,
    is_write: Signal<Local, Bit>,
    is_fetch: Signal<Local, Bit>,
    no_exec: Signal<Local, Bit>,
    pk_shift: Signal<Local, Bits<5>>,
    pk_bits: Signal<Local, Bits<32>>,
    pk_deny: Signal<Local, Bit>,
    user_deny: Signal<Local, Bit>,
    sup_fetch_deny: Signal<Local, Bit>,
    sup_data_deny: Signal<Local, Bit>,
    code: Signal<Local, Bits<6>>,
    ok: Signal<Local, Bit>,
    k_p: Constant<Bits<6>>,
    k_w: Constant<Bits<6>>,
    k_u: Constant<Bits<6>>,
    k_i: Constant<Bits<6>>,
    k_pk: Constant<Bits<6>>,
}

impl Default for Perm {
    fn default() -> Self {
        Self {
            page_user: Default::default(),
            page_writable: Default::default(),
            page_xd: Default::default(),
            page_pkey: Default::default(),
            kind: Default::default(),
            user_access: Default::default(),
            cr0_wp: Default::default(),
            cr4_smep: Default::default(),
            cr4_smap: Default::default(),
            cr4_pke: Default::default(),
            efer_nxe: Default::default(),
            rflags_ac: Default::default(),
            pkru: Default::default(),
            allow: Default::default(),
            error_code: Default::default(),
            is_write: Default::default(),
            is_fetch: Default::default(),
            no_exec: Default::default(),
            pk_shift: Default::default(),
            pk_bits: Default::default(),
            pk_deny: Default::default(),
            user_deny: Default::default(),
            sup_fetch_deny: Default::default(),
            sup_data_deny: Default::default(),
            code: Default::default(),
            ok: Default::default(),
            k_p: Constant::new(PF_P.into()),
            k_w: Constant::new(PF_W.into()),
            k_u: Constant::new(PF_U.into()),
            k_i: Constant::new(PF_I.into()),
            k_pk: Constant::new(PF_PK.into()),
        }
    }
}

impl Logic for Perm {
    #[hdl_gen]
    fn update(&mut self) {
        // kind: 1 = write, 2 = fetch (KIND_WRITE, KIND_FETCH); anything else reads.
        self.is_write.next = self.kind.val() == 1;
        self.is_fetch.next = self.kind.val() == 2;
        // XD is cached raw so that a later NXE change takes effect without a flush.
        self.no_exec.next = self.efer_nxe.val() && self.page_xd.val();
        // PKRU holds two bits per key: AD at 2k, WD at 2k+1.
        self.pk_shift.next = bit_cast::<5, 4>(self.page_pkey.val()) << 1;
        self.pk_bits.next = self.pkru.val() >> self.pk_shift.val();
        // Keys apply to data accesses to user-accessible pages only; WD binds supervisor
        // writes only under CR0.WP.
        self.pk_deny.next = self.cr4_pke.val()
            && self.page_user.val()
            && !self.is_fetch.val()
            && (self.pk_bits.val().get_bit(0)
                || (self.pk_bits.val().get_bit(1)
                    && self.is_write.val()
                    && (self.user_access.val() || self.cr0_wp.val())));
        // CPL 3: the page must be user-accessible, writable for a write, executable for a fetch.
        self.user_deny.next = !self.page_user.val()
            || (self.is_write.val() && !self.page_writable.val())
            || (self.is_fetch.val() && self.no_exec.val());
        // Supervisor fetch: NX, and SMEP forbids executing user pages.
        self.sup_fetch_deny.next =
            self.no_exec.val() || (self.cr4_smep.val() && self.page_user.val());
        // Supervisor data: SMAP forbids user pages unless AC=1; WP makes R/W binding on writes.
        self.sup_data_deny.next =
            (self.cr4_smap.val() && !self.rflags_ac.val() && self.page_user.val())
                || (self.is_write.val() && self.cr0_wp.val() && !self.page_writable.val());
        self.ok.next = true;
        if self.pk_deny.val() {
            self.ok.next = false;
        }
        if self.user_access.val() {
            if self.user_deny.val() {
                self.ok.next = false;
            }
        } else if self.is_fetch.val() {
            if self.sup_fetch_deny.val() {
                self.ok.next = false;
            }
        } else if self.sup_data_deny.val() {
            self.ok.next = false;
        }
        // A rights violation always has P=1; PK is reported whenever its condition holds.
        self.code.next = self.k_p.val();
        if self.is_write.val() {
            self.code.next = self.code.val() | self.k_w.val();
        }
        if self.user_access.val() {
            self.code.next = self.code.val() | self.k_u.val();
        }
        if self.is_fetch.val() && (self.cr4_smep.val() || self.efer_nxe.val()) {
            self.code.next = self.code.val() | self.k_i.val();
        }
        if self.pk_deny.val() {
            self.code.next = self.code.val() | self.k_pk.val();
        }
        // Outputs are assigned once, from locals: see the note in lib.rs.
        self.allow.next = self.ok.val();
        self.error_code.next = self.code.val();
    }
}

impl crate::quiet::QuietInputs for Perm {
    crate::quiet_inputs!(
        page_user,
        page_writable,
        page_xd,
        page_pkey,
        kind,
        user_access,
        cr0_wp,
        cr4_smep,
        cr4_smap,
        cr4_pke,
        efer_nxe,
        rflags_ac,
        pkru,
    );
}

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
