// Privilege: an access is granted only if the rights function (common.svh) allows it, and refused for its rights only
// if the function denies it, with the control bits of the cycle it is judged in (they are read at access time and
// never cached). An access is judged in one of two places:
//
// - the hit path: an ok response answered from the TLB, judged against the rights of the entry that hit (obs_h_*,
//   latched with the request) and the access (obs_r_user, obs_r_kind);
// - the walk path: the cycle the walker leaves PermCheck for the A/D write-back (WriteBack, or AckWrite when its only
//   write is taken in the PermCheck cycle itself) or Done, judged against rights this file accumulates itself from
//   the entries the walk read on the memory port (U/S and R/W ANDed, XD ORed, the key of the last entry read, the
//   leaf), starting from the rights the paging-structure cache gave the walk when it started below the PML4
//   (obs_walk_pwc_*). The walker's own accumulation (obs_walk_*) must equal them from the leaf on: an invariant, and
//   a check of the walker's datapath.
//
// f_walk_granted closes the walk path at the port: every ok response to a walk (p_rsp_tlb_hit low) follows that walk's
// grant. The rights are not judged at the walk's response because the A/D write-back lies between the check and the
// answer and the control inputs may change meanwhile; the contract checks rights at access time, which for a walk is
// PermCheck (the first A/D write is offered in that cycle already, on the same verdict).

wire f_hit_grant = p_rsp_valid && p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok);
wire f_walk_grant = (obs_walk_state == `WalkState_PermCheck)
    && ((obs_walk_state_next == `WalkState_WriteBack) || (obs_walk_state_next == `WalkState_AckWrite)
        || (obs_walk_state_next == `WalkState_Done));

// The rights of the walk in flight, from what it read.
reg fp_user, fp_writable, fp_xd;
reg [3:0] fp_pkey;
always @(posedge clock)
    if (obs_walk_start) begin
        fp_user <= obs_walk_pwc_hit ? obs_walk_pwc_user : 1'b1;
        fp_writable <= obs_walk_pwc_hit ? obs_walk_pwc_writable : 1'b1;
        fp_xd <= obs_walk_pwc_hit && obs_walk_pwc_xd;
    end else if ((obs_walk_state == `WalkState_CheckEntry) && mem_rsp_valid && !mem_rsp_err) begin
        fp_user <= fp_user && mem_rsp_data[2];
        fp_writable <= fp_writable && mem_rsp_data[1];
        fp_xd <= fp_xd || mem_rsp_data[63];
        fp_pkey <= mem_rsp_data[62:59];
    end
// From the leaf on (PermCheck up to the answer) the walk's rights are fixed.
wire fp_leaf_read = (obs_walk_state == `WalkState_PermCheck) || (obs_walk_state == `WalkState_WriteBack)
    || (obs_walk_state == `WalkState_AckWrite) || (obs_walk_state == `WalkState_Done);

reg f_walk_granted;
always @(posedge clock)
    if (reset || obs_walk_start)
        f_walk_granted <= 1'b0;
    else if (f_walk_grant)
        f_walk_granted <= 1'b1;

always @(*) if (f_armed) begin
    // Invariants the proofs rest on: a hit answers while the walker is idle (so the one Perm instance sees the hit's
    // rights); past its grant (write-back, its acknowledge, Done) a walk's grant is recorded; a walk starts only from
    // Idle (so a start never clears the record of a walk in flight).
    assert (!obs_r_fast || (obs_walk_state == `WalkState_Idle));
    assert (!((obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite)
              || (obs_walk_state == `WalkState_Done)) || f_walk_granted);
    assert (!obs_walk_start || (obs_walk_state == `WalkState_Idle));

    if (f_hit_grant)
        assert (f_allow(obs_h_user, obs_h_writable, obs_h_xd, obs_h_pkey, obs_r_kind, obs_r_user,
                        cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru));
    if (f_walk_grant)
        assert (f_allow(fp_user, fp_writable, fp_xd, fp_pkey, obs_r_kind, obs_r_user,
                        cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru));
    // The walker accumulates as this file does while it reads (a fault ends the walk with no grant), and holds the
    // leaf's key once the leaf is read.
    if (fp_leaf_read || (obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
        assert ({obs_walk_user, obs_walk_writable, obs_walk_xd} == {fp_user, fp_writable, fp_xd});
    if (fp_leaf_read)
        assert (obs_walk_pkey == fp_pkey);
    if (p_rsp_valid && !p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok))
        assert (f_walk_granted);

    // And no access is refused that the rights function allows: a rights #PF (a hit answered with #PF, or the walker
    // leaving PermCheck for Fault) needs the function to deny it.
    if (p_rsp_valid && p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_PageFault))
        assert (!f_allow(obs_h_user, obs_h_writable, obs_h_xd, obs_h_pkey, obs_r_kind, obs_r_user,
                         cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru));
    if ((obs_walk_state == `WalkState_PermCheck) && (obs_walk_state_next == `WalkState_Fault))
        assert (!f_allow(fp_user, fp_writable, fp_xd, fp_pkey, obs_r_kind, obs_r_user,
                         cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru));
end
