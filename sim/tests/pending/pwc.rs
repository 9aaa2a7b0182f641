#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Clocked;

    fn new_pwc(entries: usize) -> Pwc {
        let mut p = Pwc::new(entries, 40);
        p.connect_all();
        p
    }

    fn idle(p: &mut Pwc) {
        p.reset.next = false;
        p.fill_en.next = false;
        p.inv_en.next = false;
        p.inv_use_pcid.next = false;
    }

    fn fill(p: &mut Pwc, level: u64, va: u64, pcid: u64, base: u64) {
        idle(p);
        p.fill_en.next = true;
        p.fill_level.next = level.into();
        p.fill_vpn_1g.next = ((va >> 30) & 0x3_ffff).into();
        p.fill_vpn_2m.next = ((va >> 21) & 0x1ff).into();
        p.fill_pcid.next = pcid.into();
        p.fill_base.next = base.into();
        p.fill_user.next = true;
        p.fill_writable.next = false;
        p.fill_xd.next = true;
        p.cycle();
        idle(p);
    }

    /// (hit, level, base) for a lookup of `va` in `pcid`.
    fn look(p: &mut Pwc, va: u64, pcid: u64) -> (bool, u64, u64) {
        p.lk_en.next = true;
        p.lk_vpn_1g.next = ((va >> 30) & 0x3_ffff).into();
        p.lk_vpn_2m.next = ((va >> 21) & 0x1ff).into();
        p.lk_pcid.next = pcid.into();
        p.settle_low();
        (
            p.hit.val(),
            p.hit_level.val().to_u64(),
            p.hit_base.val().to_u64(),
        )
    }

    fn reset(p: &mut Pwc) {
        idle(p);
        p.reset.next = true;
        p.cycle();
        idle(p);
    }

    #[test]
    fn deepest_level_wins_and_tags_cover_their_level() {
        let mut p = new_pwc(4);
        reset(&mut p);
        fill(&mut p, LEVEL_PML4E, 0x7f_8000_0000, 1, 0x111);
        fill(&mut p, LEVEL_PDPTE, 0x7f_8000_0000, 1, 0x222);
        fill(&mut p, LEVEL_PDE, 0x7f_8020_0000, 1, 0x333);
        assert_eq!(look(&mut p, 0x7f_803f_f000, 1), (true, 1, 0x333));
        assert_eq!(look(&mut p, 0x7f_8040_0000, 1), (true, 2, 0x222));
        assert_eq!(look(&mut p, 0x7f_c000_0000, 1), (true, 3, 0x111));
        assert!(!look(&mut p, 0x80_0000_0000, 1).0);
        assert!(!look(&mut p, 0x7f_8020_0000, 2).0);
        let (hit, ..) = look(&mut p, 0x7f_8020_0000, 1);
        assert!(hit);
        assert!(p.hit_user.val() && !p.hit_writable.val() && p.hit_xd.val());
    }

    #[test]
    fn fill_uses_free_slots_then_round_robin_within_the_configured_size() {
        let mut p = new_pwc(2);
        reset(&mut p);
        fill(&mut p, LEVEL_PDE, 0x20_0000, 0, 1);
        fill(&mut p, LEVEL_PDE, 0x40_0000, 0, 2);
        fill(&mut p, LEVEL_PDE, 0x60_0000, 0, 3);
        assert!(!look(&mut p, 0x20_0000, 0).0, "slot 0 was the victim");
        assert_eq!(look(&mut p, 0x40_0000, 0), (true, 1, 2));
        assert_eq!(look(&mut p, 0x60_0000, 0), (true, 1, 3));
        fill(&mut p, LEVEL_PDE, 0x80_0000, 0, 4);
        assert!(!look(&mut p, 0x40_0000, 0).0, "then slot 1");
        let valid = (0..PWC_SLOTS).filter(|&i| p.e_valid.q[i].val()).count();
        assert_eq!(valid, 2, "slots beyond the configured size stay empty");
    }

    #[test]
    fn zero_entries_never_hit() {
        let mut p = new_pwc(0);
        reset(&mut p);
        fill(&mut p, LEVEL_PDE, 0x20_0000, 0, 1);
        assert!(!look(&mut p, 0x20_0000, 0).0);
    }

    #[test]
    fn invalidation_by_pcid_or_all_and_reset() {
        let mut p = new_pwc(4);
        reset(&mut p);
        fill(&mut p, LEVEL_PDE, 0x20_0000, 1, 1);
        fill(&mut p, LEVEL_PDE, 0x20_0000, 2, 2);
        idle(&mut p);
        p.inv_en.next = true;
        p.inv_use_pcid.next = true;
        p.inv_pcid.next = 2.into();
        p.cycle();
        idle(&mut p);
        assert!(look(&mut p, 0x20_0000, 1).0);
        assert!(!look(&mut p, 0x20_0000, 2).0);
        p.inv_en.next = true;
        p.cycle();
        idle(&mut p);
        assert!(!look(&mut p, 0x20_0000, 1).0);
        fill(&mut p, LEVEL_PDE, 0x20_0000, 1, 1);
        reset(&mut p);
        assert!(!look(&mut p, 0x20_0000, 1).0);
    }

    #[test]
    fn quiet_inputs_lists_every_input_port() {
        crate::quiet::assert_inputs_complete(&Pwc::new(4, 40));
    }
}
