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

use mmu_arch::{pf, AccessKind};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Perm {
    pub page_user: Signal<In, Bit>,
    pub page_writable: Signal<In, Bit>,
    pub page_xd: Signal<In, Bit>,
    pub page_pkey: Signal<In, Bits<4>>,
    pub kind: Signal<In, AccessKind>,
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
            k_p: Constant::new(u64::from(pf::P).into()),
            k_w: Constant::new(u64::from(pf::W).into()),
            k_u: Constant::new(u64::from(pf::U).into()),
            k_i: Constant::new(u64::from(pf::I).into()),
            k_pk: Constant::new(u64::from(pf::PK).into()),
        }
    }
}

impl Logic for Perm {
    #[hdl_gen]
    fn update(&mut self) {
        self.is_write.next = self.kind.val() == AccessKind::Write;
        self.is_fetch.next = self.kind.val() == AccessKind::Fetch;
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
