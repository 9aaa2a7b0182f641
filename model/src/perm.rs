//! Access rights (SDM 4.6) and the #PF error code (SDM 4.7): the twin of `hdl/src/perm.rs`.
//!
//! The same check serves a TLB hit and a finished walk: it takes the effective rights of the translation
//! and reads the control bits as they are *now* (they are never cached, 4.10.2.2).

use mmu_arch::{pf, AccessKind, Control};

/// Effective rights of a translation, combined over every paging-structure entry used (4.6.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Rights {
    /// U/S = 1 in every entry: a user-mode address.
    pub user: bool,
    /// R/W = 1 in every entry.
    pub writable: bool,
    /// XD = 1 in some entry (raw; whether it counts depends on EFER.NXE at access time).
    pub xd: bool,
    /// Protection key: bits 62:59 of the leaf entry.
    pub pkey: u8,
}

/// The access being checked: its kind and whether it comes from CPL 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    pub kind: AccessKind,
    pub user: bool,
}

/// "If IA32_EFER.NXE = 1 and XD = 1 in any paging-structure entry used, the address is execute-disabled" (4.6.1).
pub fn execute_disabled(r: &Rights, c: &Control) -> bool {
    c.efer_nxe && r.xd
}

/// User-mode data read: "data may be read from any user-mode address" (4.6.1).
fn user_may_read(r: &Rights) -> bool {
    r.user
}

/// User-mode write: "data may be written to any user-mode address with a translation for which R/W = 1 in every
/// paging-structure entry" (4.6.1). CR0.WP does not matter for user accesses.
fn user_may_write(r: &Rights) -> bool {
    r.user && r.writable
}

/// User-mode fetch: "instructions may be fetched from any user-mode address that is not execute-disabled" (4.6.1).
fn user_may_fetch(r: &Rights, c: &Control) -> bool {
    r.user && !execute_disabled(r, c)
}

/// SMAP: "if CR4.SMAP = 1 and EFLAGS.AC = 0, data may not be read from (or written to) any user-mode address" by an
/// explicit supervisor access (4.6.1). With AC = 1 SMAP does not block the access.
fn smap_blocks(r: &Rights, c: &Control) -> bool {
    r.user && c.cr4_smap && !c.rflags_ac
}

/// Supervisor data read: any address, except a user-mode address under SMAP (4.6.1).
fn supervisor_may_read(r: &Rights, c: &Control) -> bool {
    !smap_blocks(r, c)
}

/// Supervisor write: as a read, and "if CR0.WP = 1, data may be written to any supervisor-mode address with a translation
/// for which R/W = 1 in every entry" — with WP = 1 the page must be writable, whoever owns it; with WP = 0 any address
/// may be written (4.6.1).
fn supervisor_may_write(r: &Rights, c: &Control) -> bool {
    !smap_blocks(r, c) && (!c.cr0_wp || r.writable)
}

/// SMEP: "if CR4.SMEP = 1, instructions may not be fetched from any user-mode address" in supervisor mode (4.6.1).
fn smep_blocks(r: &Rights, c: &Control) -> bool {
    r.user && c.cr4_smep
}

/// Supervisor fetch: not execute-disabled, and not a user-mode address under SMEP (4.6.1).
fn supervisor_may_fetch(r: &Rights, c: &Control) -> bool {
    !execute_disabled(r, c) && !smep_blocks(r, c)
}

/// Protection keys apply to data accesses to user-mode addresses when CR4.PKE = 1 (4.6.2).
fn pkey_applies(r: &Rights, c: &Control, q: &Request) -> bool {
    c.cr4_pke && r.user && !q.kind.is_fetch()
}

/// "If ADi = 1, no data accesses are permitted" to pages with key i (4.6.2): PKRU bit 2i.
fn pkru_access_disabled(c: &Control, key: u8) -> bool {
    (c.pkru >> (2 * key as u32)) & 1 == 1
}

/// "If WDi = 1, write accesses are not permitted": user-mode writes always, supervisor-mode writes only if CR0.WP = 1
/// (4.6.2): PKRU bit 2i+1.
fn pkru_write_disabled(c: &Control, key: u8, q: &Request) -> bool {
    (c.pkru >> (2 * key as u32 + 1)) & 1 == 1 && q.kind.is_write() && (q.user || c.cr0_wp)
}

/// The protection-key condition: the access is denied by PKRU for the page's key (4.6.2). The error code's PK bit reports
/// it whether or not another rights violation also holds (4.7).
pub fn pkey_denies(r: &Rights, c: &Control, q: &Request) -> bool {
    pkey_applies(r, c, q) && (pkru_access_disabled(c, r.pkey) || pkru_write_disabled(c, r.pkey, q))
}

/// Page-level protection without protection keys (4.6.1), by mode and access kind.
pub fn paging_allows(r: &Rights, c: &Control, q: &Request) -> bool {
    match (q.user, q.kind) {
        (true, AccessKind::Read) => user_may_read(r),
        (true, AccessKind::Write) => user_may_write(r),
        (true, AccessKind::Fetch) => user_may_fetch(r, c),
        (false, AccessKind::Read) => supervisor_may_read(r, c),
        (false, AccessKind::Write) => supervisor_may_write(r, c),
        (false, AccessKind::Fetch) => supervisor_may_fetch(r, c),
    }
}

/// The W/R, U/S and I/D bits every #PF carries, whatever its cause (4.7). I/D is set for an instruction fetch only when
/// "CR4.SMEP = 1 or IA32_EFER.NXE = 1".
pub fn access_error_bits(c: &Control, q: &Request) -> u32 {
    let mut code = 0;
    if q.kind.is_write() {
        code |= pf::W;
    }
    if q.user {
        code |= pf::U;
    }
    if q.kind.is_fetch() && (c.cr4_smep || c.efer_nxe) {
        code |= pf::I;
    }
    code
}

/// The rights decision: `Ok(())` or the #PF error code of a protection violation (P = 1, 4.7).
pub fn check(r: &Rights, c: &Control, q: &Request) -> Result<(), u32> {
    let pk = pkey_denies(r, c, q);
    if paging_allows(r, c, q) && !pk {
        return Ok(());
    }
    let mut code = pf::P | access_error_bits(c, q);
    if pk {
        code |= pf::PK;
    }
    Err(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessKind::*;

    fn rights(user: bool, writable: bool, xd: bool) -> Rights {
        Rights {
            user,
            writable,
            xd,
            pkey: 0,
        }
    }

    fn req(kind: AccessKind, user: bool) -> Request {
        Request { kind, user }
    }

    #[test]
    fn user_needs_user_page() {
        let c = Control::default();
        assert!(check(&rights(true, true, false), &c, &req(Read, true)).is_ok());
        assert_eq!(
            check(&rights(false, true, false), &c, &req(Read, true)),
            Err(pf::P | pf::U)
        );
    }

    #[test]
    fn supervisor_write_to_read_only_depends_on_wp() {
        let mut c = Control::default();
        let ro = rights(false, false, false);
        assert_eq!(check(&ro, &c, &req(Write, false)), Err(pf::P | pf::W));
        c.cr0_wp = false;
        assert!(check(&ro, &c, &req(Write, false)).is_ok());
        // A user write to a read-only page faults whatever WP says.
        let ro_user = rights(true, false, false);
        assert_eq!(
            check(&ro_user, &c, &req(Write, true)),
            Err(pf::P | pf::W | pf::U)
        );
    }

    #[test]
    fn fetch_error_code_has_id_only_with_nxe_or_smep() {
        let mut c = Control {
            efer_nxe: false,
            ..Control::default()
        };
        let page = rights(false, true, false);
        // NXE=0, SMEP=0: a fetch from a user-only... supervisor fetch by a user: not user page -> fault without I.
        assert_eq!(check(&page, &c, &req(Fetch, true)), Err(pf::P | pf::U));
        c.efer_nxe = true;
        assert_eq!(
            check(&page, &c, &req(Fetch, true)),
            Err(pf::P | pf::U | pf::I)
        );
    }
}
