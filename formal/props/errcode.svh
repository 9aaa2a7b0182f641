// #PF error code and CR2 (docs/x86-paging.md "#PF error code and CR2", docs/architecture.md "Walk" and "Permission
// check"). Proved, for every response with outcome #PF:
//
// 1. Its error code is, bit by bit, the one the contract demands, computed here independently of the RTL:
//    - a TLB hit (p_rsp_tlb_hit): the access really is denied by the rights function, and the code is f_rights_code
//      (common.svh) of the rights of the entry that hit (obs_h_*) with the control bits of the response cycle (the
//      cycle the hit is judged in);
//    - a walk: the property file follows the walk itself and predicts how it must end. In every CheckEntry cycle in
//      which the memory answers (mem_rsp_valid, no mem_rsp_err) it decodes mem_rsp_data at the walker's level
//      (obs_walk_level): P=0 is a not-present fault (code P=0, W/R, U/S, I/D, RSVD=0, PK=0); a reserved bit (bits
//      51:CFG_PADDR_BITS, bit 63 with EFER.NXE=0, PS in a PML4E, bits 29:13 of a 1G PDPTE, bits 20:13 of a 2M PDE) is
//      a reserved-bit fault (P=1, RSVD=1, W/R, U/S, I/D, PK=0); otherwise the walk must go on. I/D = fetch and
//      (CR4.SMEP or EFER.NXE) and the reserved bit 63 use the control bits of that cycle. In the PermCheck cycle the
//      walk must fault exactly when f_allow (common.svh) denies the rights the walker accumulated (obs_walk_*), and
//      the code is f_rights_code with the control bits of that cycle. A walk that starts below a cached non-leaf
//      entry whose path has XD set while EFER.NXE=0 must fault at once with the reserved-bit code (re-reading the
//      path would find bit 63 reserved), without a memory read.
//    The decisions are asserted in the cycle they are made (the walker's next state must be Fault exactly when the
//    prediction says so), and the predicted code, registered with the decision, must be the response's code. So
//    the first faulting entry in walk order wins (not-present and reserved bits before rights), a walk never faults
//    where the contract lets it go on, and a #PF without a predicted cause fails.
// 2. CR2: the MMU has no CR2 port; "CR2 = the faulting linear address" is proved as "the #PF answers the access that
//    was accepted last". fe_va is the VA of the last accepted request (p_req_valid && p_req_ready at a rising edge, not
//    in reset) and fe_pend says it is still owed an answer. Every #PF response needs fe_pend, the access's
//    registered VA (obs_r_vpn_*, obs_r_off) equals fe_va[47:0], and fe_va is canonical (so bits 63:48 are bit 47:
//    the registered 48 bits are the whole linear address). A #PF has p_rsp_pa == 0.
//
// Invariants the induction rests on: a hit answers while the walker is idle; in Fault without a bus error the
// walk's fault was predicted (fe_due); in AckWrite an A/D write is outstanding (wb_sent), so the answer that ends the
// write-back is a write's, and a bus error in it sets the walker's bus-error flag: a failing write never ends the
// walk as a #PF; fe_pend is exactly "an access is in flight" (r_fast, r_walk or the walker busy), and while it is the
// registered VA is fe_va. fe_code is compared with the walker's code at the response, which, for a walk, is in every
// Fault cycle outside reset.
//
// Limits: the entry decoded is whatever the memory answers in CheckEntry; that the walker read the right address
// (base + 8 * index) is the memory group's matter, not this one. The cached case trusts the cache's XD of the path
// (pwc hit_xd as the walker receives it): that the cache holds what the walk read is not proved here. Bus errors
// (outcome 3) are not #PF and are not covered.

wire fe_write = obs_r_kind == `AccessKind_Write;
wire fe_fetch = obs_r_kind == `AccessKind_Fetch;
wire fe_id = fe_fetch && (cr4_smep || efer_nxe);

// Reserved bits of an entry read at `level` (3 PML4E .. 0 PTE), with EFER.NXE as given.
localparam [63:0] FE_RSVD_PA = ((64'h1 << 52) - 64'h1) & ~((64'h1 << `CFG_PADDR_BITS) - 64'h1);
function automatic fe_rsvd(input [63:0] e, input [1:0] level, input nxe);
    begin
        fe_rsvd = (|(e & FE_RSVD_PA)) || (e[63] && !nxe) || ((level == 2'd3) && e[7])
            || ((level == 2'd2) && e[7] && (|e[29:13])) || ((level == 2'd1) && e[7] && (|e[20:13]));
    end
endfunction

// The walk's possible fault events of this cycle.
wire fe_check = (obs_walk_state == `WalkState_CheckEntry) && mem_rsp_valid && !mem_rsp_err;
wire fe_np = fe_check && !mem_rsp_data[0];
wire fe_rs = fe_check && mem_rsp_data[0] && fe_rsvd(mem_rsp_data, obs_walk_level, efer_nxe);
wire fe_cached = obs_walk_start && obs_walk_pwc_hit && obs_walk_pwc_xd && !efer_nxe;
wire fe_perm = obs_walk_state == `WalkState_PermCheck;
wire fe_deny = fe_perm && !f_allow(obs_walk_user, obs_walk_writable, obs_walk_xd, obs_walk_pkey, obs_r_kind, obs_r_user,
                                   cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru);
// Codes: {PK, I/D, RSVD, U/S, W/R, P}.
wire [5:0] fe_code_np = {1'b0, fe_id, 1'b0, obs_r_user, fe_write, 1'b0};
wire [5:0] fe_code_rs = {1'b0, fe_id, 1'b1, obs_r_user, fe_write, 1'b1};
wire [5:0] fe_code_rights = f_rights_code(obs_walk_user, obs_walk_pkey, obs_r_kind, obs_r_user, cr0_wp, cr4_smep,
                                          cr4_pke, efer_nxe, pkru);

// The predicted end of the running walk: fe_due (a #PF is due) with its code fe_code.
reg fe_due;
reg [5:0] fe_code;
always @(posedge clock)
    if (reset) begin
        fe_due <= 1'b0;
    end else if (obs_walk_start) begin
        fe_due <= fe_cached;
        fe_code <= fe_code_rs;
    end else if (fe_np) begin
        fe_due <= 1'b1;
        fe_code <= fe_code_np;
    end else if (fe_rs) begin
        fe_due <= 1'b1;
        fe_code <= fe_code_rs;
    end else if (fe_deny) begin
        fe_due <= 1'b1;
        fe_code <= fe_code_rights;
    end

// CR2: the VA of the last accepted access, and whether it is still owed an answer.
wire fe_accept = p_req_valid && p_req_ready && !reset;
reg [63:0] fe_va;
reg fe_pend;
always @(posedge clock) begin
    if (fe_accept)
        fe_va <= p_req_va;
    if (reset)
        fe_pend <= 1'b0;
    else if (fe_accept)
        fe_pend <= 1'b1;
    else if (p_rsp_valid)
        fe_pend <= 1'b0;
end
wire fe_va_registered = {obs_r_vpn_1g, obs_r_vpn_2m, obs_r_vpn_4k, obs_r_off} == fe_va[47:0];
wire fe_va_canonical = (&fe_va[63:47]) || !(|fe_va[63:47]);

wire fe_pf = p_rsp_valid && (p_rsp_outcome == `OutcomeCode_PageFault);
wire fe_fault_state = (obs_walk_state == `WalkState_Fault) && !obs_walk_berr;

always @(*) if (f_armed) begin
    // Invariants.
    assert (!obs_r_fast || (obs_walk_state == `WalkState_Idle));
    assert (!fe_fault_state || fe_due);
    if (obs_walk_state == `WalkState_AckWrite)
        assert (obs_walk_wb_sent_0 || obs_walk_wb_sent_1 || obs_walk_wb_sent_2 || obs_walk_wb_sent_3);
    assert (fe_pend == (obs_r_fast || obs_r_walk || obs_walk_busy));
    assert (!fe_pend || fe_va_registered);
    assert (!fe_pend || (obs_r_fast && obs_r_gp) || fe_va_canonical);
    assert (!obs_walk_start || (obs_walk_state == `WalkState_Idle));

    // The walk's decisions, in the cycle they are made.
    if (!reset) begin
        if (fe_np || fe_rs || fe_cached || fe_deny)
            assert (obs_walk_state_next == `WalkState_Fault);
        if ((fe_check && !fe_np && !fe_rs) || (obs_walk_start && !fe_cached) || (fe_perm && !fe_deny))
            assert (obs_walk_state_next != `WalkState_Fault);
    end

    // Every #PF: the code, the access it answers, no physical address.
    if (fe_pf) begin
        assert (p_rsp_pa == 52'd0);
        assert (fe_pend && fe_va_registered && fe_va_canonical);
        if (p_rsp_tlb_hit) begin
            assert (!f_allow(obs_h_user, obs_h_writable, obs_h_xd, obs_h_pkey, obs_r_kind, obs_r_user,
                             cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru));
            assert (p_rsp_error_code == f_rights_code(obs_h_user, obs_h_pkey, obs_r_kind, obs_r_user, cr0_wp, cr4_smep,
                                                    cr4_pke, efer_nxe, pkru));
        end else begin
            assert (fe_fault_state && fe_due);
            assert (p_rsp_error_code == fe_code);
        end
    end
end
