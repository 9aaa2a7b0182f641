// No stale translation (docs/x86-paging.md "TLB and paging-structure caches", docs/architecture.md "Invalidations",
// "Paging-structure cache" and "Races in the RTL"; hdl/src/mmu.rs "Races").
//
// One symbolic linear page and PCID are tracked: fs_va (VA 47:12) and fs_pcid, `anyconst`, so the proof holds for
// every pair. A translation T (its VPN, page size, PCID tag, global bit) serves the pair when its page contains fs_va
// and it is global or tagged fs_pcid. Which operations drop T is computed here from the ports, after the contract's
// table and not from the MMU's invalidation bundle: the accepted command (cmd_valid && cmd_ready: MOV CR3 with
// PCIDE=0, with PCIDE=1 and bit 63 clear; INVLPG; INVPCID types 0-3; the reserved codes drop nothing) and the
// MOV-to-CR4 transitions, detected here from the control inputs of this and the previous cycle (PGE changed or
// PCIDE 1->0: everything; SMEP 0->1: every translation tagged with the PCID current before the change).
//
// Proved (for the TLB, the walk in flight and the paging-structure cache):
//
// 1. TLB: per entry i, fs_tlb[i].old = "entry i holds a translation that serves the pair and that an invalidation
//    dropping it has reached since it was installed". Set when such an invalidation arrives while entry i is valid
//    and serves the pair; cleared when a fill installs a new translation in entry i (obs_tlb_fill_slot_{i}), unless
//    that fill itself comes from a stale walk (2.). Asserted in every cycle: an old entry is invalid, and no lookup
//    matches it (obs_lk_match_{i}) - so no TLB hit, for any access, is answered from a translation that an
//    invalidation covering it should have removed.
// 2. The walk in flight: from the walker's start cycle to its answer, fs_walk_old[g*3+s] records whether an
//    invalidation dropping the translation the walk would install, were it of global bit g and page size s, has
//    arrived (the walk's VA and PCID are the registered access's, obs_r_*; the start cycle counts, like every cycle
//    up to the fill). At the fill the real g and s (obs_tlb_fill_glob/size) pick the record, including an
//    invalidation in the fill cycle itself: the filled entry starts old, and 1. then demands it is invalid - so the
//    fill of a walk that an invalidation covered must be dropped (the walk may still answer its own access: the
//    contract allows it, the translation was valid when the walk read it).
// 3. Paging-structure cache: per slot s, fs_pwc[s].old = "slot s holds an entry tagged fs_pcid that an
//    invalidation dropping the cache entries of fs_pcid (or all of them) has reached since it was filled"; the walk
//    in flight has fs_walk_pold, the same for the entry it will cache (tagged with the walk's PCID). An old slot is
//    invalid and never matches a lookup, so no walk starts from a cached entry filled before such an invalidation.
//
// Inductive invariants: the ones above, plus the link to the walker's kill marks: while the walker is busy, any
// recorded staleness that can still apply to the walk's fill implies the walker's `dead` (before the leaf is read
// every (g, s) can still apply; after it only the leaf's), and fs_walk_pold implies `pwc_dead`. A hit answers only
// while the walker is idle. No assumption restricts the design: every input is free after the reset.
//
// Extending to more structures (two L1 TLBs, an L2): each structure is one generate block of the shape of fs_tlb
// (the entry's observed fields, its fill-slot line and the fill's glob/size) fed by the same per-cycle drop function
// fs_drop and the same walk record; an L2 that refills an L1 copies the source entry's `old` flag instead of the
// walk record.
//
// Limits: the walk's record is taken with the registered access's VA and PCID; that the fill carries exactly those
// (and which slot it chose) is observed, not proved, here. The cache half is per PCID (its entries are dropped per
// PCID or all at once, never by address). Reset clears every record (it empties every structure).

(* anyconst *) reg [35:0] fs_va;
(* anyconst *) reg [11:0] fs_pcid;

// ---- The invalidation of this cycle, after the contract (computed from the ports). ----
wire [11:0] fs_cur_pcid = cr4_pcide ? cr3[11:0] : 12'd0;
reg fs_prev_pge, fs_prev_pcide, fs_prev_smep;
reg [11:0] fs_prev_pcid;
always @(posedge clock) begin
    fs_prev_pge <= cr4_pge;
    fs_prev_pcide <= cr4_pcide;
    fs_prev_smep <= cr4_smep;
    fs_prev_pcid <= fs_cur_pcid;
end
wire fs_cr_all = !reset && ((cr4_pge != fs_prev_pge) || (fs_prev_pcide && !cr4_pcide));
wire fs_cr_smep = !reset && cr4_smep && !fs_prev_smep && !fs_cr_all;
wire fs_cmd = cmd_valid && cmd_ready && !reset;
wire fs_movcr3 = fs_cmd && (cmd_op == `CmdOp_MovCr3);
// Operation classes: everything; every non-global; non-global of PCID fs_p; every one tagged fs_p (global or not);
// non-global of fs_p containing cmd_va; containing cmd_va and (global or tagged fs_p).
wire fs_all = fs_cr_all || (fs_cmd && (cmd_op == `CmdOp_InvpcidAllIncludingGlobal));
wire fs_ng_all = (fs_movcr3 && !cr4_pcide) || (fs_cmd && (cmd_op == `CmdOp_InvpcidAllNonGlobal));
wire fs_ng_pcid = (fs_movcr3 && cr4_pcide && !cmd_noflush) || (fs_cmd && (cmd_op == `CmdOp_InvpcidSingleContext));
wire fs_any_pcid = fs_cr_smep;
wire fs_va_ng_pcid = fs_cmd && (cmd_op == `CmdOp_InvpcidAddress);
wire fs_va_pcid_glob = fs_cmd && (cmd_op == `CmdOp_Invlpg);
wire [11:0] fs_p = fs_cr_smep ? fs_prev_pcid : fs_va_pcid_glob ? fs_cur_pcid : cmd_pcid;
wire [35:0] fs_inv_va = cmd_va[47:12];
// Paging-structure cache: every entry, or those tagged fs_p.
wire fs_pwc_all = fs_all || fs_ng_all;
wire fs_pwc_one = fs_ng_pcid || fs_any_pcid || fs_va_ng_pcid || fs_va_pcid_glob;

// Does the page of a translation (VPN, size) contain the page `va`?
function automatic fs_contains(input [35:0] vpn, input [1:0] size, input [35:0] va);
    begin
        fs_contains = (vpn[35:18] == va[35:18]) && ((size == `PageSize_Size1G) || (vpn[17:9] == va[17:9]))
            && ((size != `PageSize_Size4K) || (vpn[8:0] == va[8:0]));
    end
endfunction

// Does the invalidation of this cycle drop translation T (vpn, size, pcid, glob)?
function automatic fs_drop(input [35:0] vpn, input [1:0] size, input [11:0] pcid, input glob,
                           input all, input ng_all, input ng_pcid, input any_pcid, input va_ng_pcid, input va_pcid_glob,
                           input [11:0] p, input [35:0] va);
    reg va_hit;
    begin
        va_hit = fs_contains(vpn, size, va);
        fs_drop = all || (ng_all && !glob) || (ng_pcid && !glob && (pcid == p)) || (any_pcid && (pcid == p))
            || (va_ng_pcid && !glob && (pcid == p) && va_hit) || (va_pcid_glob && va_hit && (glob || (pcid == p)));
    end
endfunction

// Does translation T serve the tracked pair, and does this cycle's invalidation drop it?
function automatic fs_drops_served(input [35:0] vpn, input [1:0] size, input [11:0] pcid, input glob,
                                   input [35:0] tva, input [11:0] tpcid,
                                   input all, input ng_all, input ng_pcid, input any_pcid, input va_ng_pcid,
                                   input va_pcid_glob, input [11:0] p, input [35:0] va);
    begin
        fs_drops_served = fs_contains(vpn, size, tva) && (glob || (pcid == tpcid))
            && fs_drop(vpn, size, pcid, glob, all, ng_all, ng_pcid, any_pcid, va_ng_pcid, va_pcid_glob, p, va);
    end
endfunction

// ---- The walk in flight. ----
wire [35:0] fs_walk_vpn = {obs_r_vpn_1g, obs_r_vpn_2m, obs_r_vpn_4k};
// This cycle's drop of the walk's translation, per hypothetical global bit g and size s: bit g*3+s.
wire [5:0] fs_walk_now;
genvar fs_g, fs_s;
generate
    for (fs_g = 0; fs_g < 2; fs_g = fs_g + 1) begin : fs_wg
        for (fs_s = 0; fs_s < 3; fs_s = fs_s + 1) begin : fs_ws
            assign fs_walk_now[fs_g * 3 + fs_s] =
                fs_drops_served(fs_walk_vpn, fs_s, obs_r_pcid, fs_g, fs_va, fs_pcid, fs_all, fs_ng_all, fs_ng_pcid,
                                fs_any_pcid, fs_va_ng_pcid, fs_va_pcid_glob, fs_p, fs_inv_va);
        end
    end
endgenerate
wire fs_walk_pnow = (obs_r_pcid == fs_pcid) && (fs_pwc_all || (fs_pwc_one && (fs_p == obs_r_pcid)));

reg [5:0] fs_walk_old;
reg fs_walk_pold;
always @(posedge clock)
    if (reset) begin
        fs_walk_old <= 6'd0;
        fs_walk_pold <= 1'b0;
    end else if (obs_walk_start) begin
        fs_walk_old <= fs_walk_now;
        fs_walk_pold <= fs_walk_pnow;
    end else if (obs_walk_busy) begin
        fs_walk_old <= fs_walk_old | fs_walk_now;
        fs_walk_pold <= fs_walk_pold | fs_walk_pnow;
    end

// The record that applies to a translation of global bit g and size s (0 for a size that does not exist).
function automatic fs_pick(input [5:0] rec, input g, input [1:0] s);
    begin
        fs_pick = (s == 2'd3) ? 1'b0 : rec[{1'b0, g} * 3 + s];
    end
endfunction
wire [5:0] fs_walk_rec = fs_walk_old | fs_walk_now;
wire fs_fill_old = fs_pick(fs_walk_rec, obs_tlb_fill_glob, obs_tlb_fill_size);
wire fs_pfill_old = fs_walk_pold | fs_walk_pnow;

always @(*) if (f_armed) begin
    assert (!obs_r_fast || (obs_walk_state == `WalkState_Idle));
    assert (!obs_walk_start || (obs_walk_state == `WalkState_Idle));
    // The leaf is read once per walk: while the walk still reads entries it is not known.
    assert (!((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
            || !obs_walk_leaf_known);
    if (obs_walk_busy) begin
        if (obs_walk_leaf_known)
            assert (!fs_pick(fs_walk_old, obs_walk_leaf_glob, obs_walk_leaf_size) || obs_walk_dead);
        else
            assert (!(|fs_walk_old) || obs_walk_dead);
        assert (!fs_walk_pold || obs_walk_pwc_dead);
    end
end

// ---- TLB: one block per entry. ----
genvar fs_i;
generate
    for (fs_i = 0; fs_i < `P_ENTRIES; fs_i = fs_i + 1) begin : fs_tlb
        wire valid = obs_e_valid_all[fs_i];
        wire [35:0] vpn = {obs_e_vpn_1g_all[fs_i * 18 +: 18], obs_e_vpn_2m_all[fs_i * 9 +: 9],
                           obs_e_vpn_4k_all[fs_i * 9 +: 9]};
        wire [1:0] size = obs_e_size_all[fs_i * 2 +: 2];
        wire [11:0] pcid = obs_e_pcid_all[fs_i * 12 +: 12];
        wire glob = obs_e_glob_all[fs_i];
        wire drop = valid && fs_drops_served(vpn, size, pcid, glob, fs_va, fs_pcid, fs_all, fs_ng_all, fs_ng_pcid,
                                             fs_any_pcid, fs_va_ng_pcid, fs_va_pcid_glob, fs_p, fs_inv_va);
        reg old;
        always @(posedge clock)
            if (reset)
                old <= 1'b0;
            else if (obs_tlb_fill && obs_tlb_fill_slot_all[fs_i])
                old <= fs_fill_old;
            else if (drop)
                old <= 1'b1;
        always @(*) if (f_armed) begin
            assert (!old || !valid);
            assert (!old || !obs_lk_match_all[fs_i]);
        end
    end
endgenerate

// ---- Paging-structure cache: one block per slot (CFG_PWC_ENTRIES of the 8 the hardware can have). ----
wire [7:0] fs_pv, fs_pslot, fs_pmatch;
wire [8 * 12 - 1:0] fs_ppcid;
`define FS_PWC_SLOT(S, LABEL, V, P, F, M) \
    if (S < `CFG_PWC_ENTRIES) begin : LABEL \
        assign fs_pv[S] = V; \
        assign fs_ppcid[S * 12 +: 12] = P; \
        assign fs_pslot[S] = F; \
        assign fs_pmatch[S] = M; \
    end else begin : LABEL``_off \
        assign fs_pv[S] = 1'b0; \
        assign fs_ppcid[S * 12 +: 12] = 12'd0; \
        assign fs_pslot[S] = 1'b0; \
        assign fs_pmatch[S] = 1'b0; \
    end
generate
    `FS_PWC_SLOT(0, fs_pobs0, obs_pwc_valid_0, obs_pwc_pcid_0, obs_pwc_fill_slot_0, obs_pwc_match_0)
    `FS_PWC_SLOT(1, fs_pobs1, obs_pwc_valid_1, obs_pwc_pcid_1, obs_pwc_fill_slot_1, obs_pwc_match_1)
    `FS_PWC_SLOT(2, fs_pobs2, obs_pwc_valid_2, obs_pwc_pcid_2, obs_pwc_fill_slot_2, obs_pwc_match_2)
    `FS_PWC_SLOT(3, fs_pobs3, obs_pwc_valid_3, obs_pwc_pcid_3, obs_pwc_fill_slot_3, obs_pwc_match_3)
    `FS_PWC_SLOT(4, fs_pobs4, obs_pwc_valid_4, obs_pwc_pcid_4, obs_pwc_fill_slot_4, obs_pwc_match_4)
    `FS_PWC_SLOT(5, fs_pobs5, obs_pwc_valid_5, obs_pwc_pcid_5, obs_pwc_fill_slot_5, obs_pwc_match_5)
    `FS_PWC_SLOT(6, fs_pobs6, obs_pwc_valid_6, obs_pwc_pcid_6, obs_pwc_fill_slot_6, obs_pwc_match_6)
    `FS_PWC_SLOT(7, fs_pobs7, obs_pwc_valid_7, obs_pwc_pcid_7, obs_pwc_fill_slot_7, obs_pwc_match_7)
endgenerate
`undef FS_PWC_SLOT

genvar fs_k;
generate
    for (fs_k = 0; fs_k < 8; fs_k = fs_k + 1) begin : fs_pwc
        wire [11:0] pcid = fs_ppcid[fs_k * 12 +: 12];
        wire drop = fs_pv[fs_k] && (pcid == fs_pcid) && (fs_pwc_all || (fs_pwc_one && (fs_p == pcid)));
        reg old;
        always @(posedge clock)
            if (reset)
                old <= 1'b0;
            else if (obs_pwc_fill_en && fs_pslot[fs_k])
                old <= fs_pfill_old;
            else if (drop)
                old <= 1'b1;
        always @(*) if (f_armed) begin
            assert (!old || !fs_pv[fs_k]);
            assert (!old || !fs_pmatch[fs_k]);
        end
    end
endgenerate
