// Covers: each event the proofs speak of is reachable from the reset, so that no proof holds only because the event
// it constrains can never happen. `run.py cover` reports each one reached, with a trace, or the run fails.

wire fc_pf = p_rsp_valid && (p_rsp_outcome == `OutcomeCode_PageFault);
wire fc_walk_start = obs_walk_start && !reset;
wire [3:0] fc_sent = {obs_walk_wb_sent_3, obs_walk_wb_sent_2, obs_walk_wb_sent_1, obs_walk_wb_sent_0};

always @(posedge clock) if (f_armed && !reset) begin
    // every answer kind, and every #PF kind: not present, reserved bit, rights (and a protection key among them)
    cover (p_rsp_valid && p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok));
    cover (p_rsp_valid && !p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok));
    cover (p_rsp_valid && (p_rsp_outcome == `OutcomeCode_GeneralProtection));
    cover (p_rsp_valid && (p_rsp_outcome == `OutcomeCode_BusError));
    cover (fc_pf && !p_rsp_error_code[0]);
    cover (fc_pf && p_rsp_error_code[3]);
    cover (fc_pf && p_rsp_error_code[0] && !p_rsp_error_code[3]);
    cover (fc_pf && p_rsp_error_code[5]);
    cover (fc_pf && p_rsp_tlb_hit);
    // a walk from each place it can start: the PML4, or below a cached PML4E, PDPTE or PDE
    cover (fc_walk_start && !obs_walk_pwc_hit);
    cover (fc_walk_start && obs_walk_pwc_hit && (obs_walk_pwc_level == 2'd3));
    cover (fc_walk_start && obs_walk_pwc_hit && (obs_walk_pwc_level == 2'd2));
    cover (fc_walk_start && obs_walk_pwc_hit && (obs_walk_pwc_level == 2'd1));
    // an A/D write; posted writes: one taken while another is unanswered, and four unanswered at once
    cover (mem_req_valid && mem_req_ready && mem_req_we);
    cover (mem_req_valid && mem_req_ready && mem_req_we && (fc_sent != 4'b0));
    cover (fc_sent == 4'b1111);
    // an invalidation that lands while a walk is in flight
    cover (obs_walk_inv && obs_walk_busy);
end
