// Bounded: with a memory that answers within FB_L cycles of a transfer, every accepted access is answered within the
// bound of README.md and docs/architecture.md ("Latency bound"; `latency_bound` in sim/src/rtl/mod.rs): 1 cycle for
// a TLB hit or a #GP, otherwise 11 + 8L + S cycles, S the cycles the memory held mem_req_ready low while the walker
// offered a request (counted here from the port, exactly, not as a maximum). Maintenance commands are taken as
// documented in hdl/src/mmu.rs.
//
// Formulation. A monitor follows the access the CPU port owes an answer: set at acceptance (p_req_valid & p_req_ready at
// a rising edge, reset low), cleared by p_rsp_valid, dropped by a reset (a reset abandons the access without an answer,
// hdl/src/mmu.rs "Ports"; nothing is asserted about a dropped access). Its budget fb_budget is the bound minus the
// cycles elapsed, stall cycles not counted (they raise the bound by as much as they use): 10 + 8L in the first cycle
// after the acceptance, one less after every cycle that is not a stall. Asserted, outside reset:
// - an access still unanswered has budget left: the answer comes at the latest when the budget reaches 0, that is in
//   cycle 11 + 8L + S after the acceptance;
// - an answer from the TLB (p_rsp_tlb_hit) or a #GP comes in the first cycle after the acceptance;
// - no answer without an access owed, and no access accepted while one is owed, unless it is answered in that cycle
//   (hits stream one per cycle), so every answer belongs to exactly one accepted access;
// - cmd_ready is high exactly in the cycles without reset and without a CR4 transition (PGE changed, PCIDE 1->0,
//   SMEP 0->1 against the previous cycle): a command waits only for those, never for a walk; an accepted command
//   completes at its edge, and p_req_ready is low in its cycle (the command's effect on the TLB is stale.svh's).
//   During reset p_req_ready and cmd_ready are low.
//
// The memory (assumptions; the port contract of hdl/src/mmu.rs and hdl/src/walker.rs plus the latency this bound is
// stated for): it answers only a request it took and has not answered, once, FB_L cycles after the transfer at the
// latest (at least one cycle after it), and takes a request offered for FB_S cycles without being taken; it is reset
// with the MMU (a reset drops the answer it owed; see memory.svh). mem_rsp_err and the data are free: a bus error
// ends a walk early.
//
// Why FB_L = 2 and FB_S = 1 show every latency and back-pressure. The walker has no counter that depends on the
// latency: waiting for an answer is the self-loop of CheckEntry / AckWrite on !mem_rsp_valid, waiting for ready the
// self-loop of ReadEntry / WriteBack on !mem_req_ready, and no other state changes while it waits. L = 2 gives both
// an answer in the first cycle after the transfer and one after a cycle of waiting, S = 1 both a request taken at
// once and one held; a longer wait repeats the same loop. The budget argument (below) is linear in L and S, and the
// stall count makes S drop out of the assertion altogether. FB_L and FB_S can be changed with `read -define`.
//
// Worst case: a walk from the PML4 (no paging-structure-cache hit) that reads four entries and writes A into all
// four, the memory answering every request after exactly L cycles, takes 11 + 8L + S by the cycle count of
// hdl/src/walker.rs (1 start, 4 x (1 + L) reads, 1 PermCheck, 4 x (1 + L) writes, 1 answer): the RTL's worst case is
// the documented bound, not less (that count, not a cover, is the evidence). A hit, a #GP: exactly 1 cycle.
//
// Invariants (asserted; the induction rests on them):
// - the port's count of the memory's outstanding request is the walker's `outstanding`, set exactly in CheckEntry and
//   AckWrite, with the age of the request between 1 and FB_L;
// - no access owed: the walker idles, and neither a walk start (r_walk) nor a fast answer (r_fast) is pending; a walk
//   start or a fast answer happens in the first cycle after the acceptance, with the full budget, and one of them does;
//   later the walker is busy until it answers;
// - while reading, no level at or below the current one is marked for an A/D write (wb_need); WriteBack writes a
//   marked level;
// - the walk's remaining worst case fits the budget: fb_rem <= fb_budget, fb_rem counting (1 + L) per read left and per
//   write left (a marked level, or any level not yet read), L - age + 1 for the request in flight, one for PermCheck
//   and 0 in the answer cycle (Done, Fault).
//
// Limits: liveness beyond the walk (that the CPU ever offers, that commands ever come) is not the MMU's; the bound is
// proved for FB_L and FB_S as set, and the argument above carries it to every latency.

`ifndef FB_L
`define FB_L 2
`endif
`ifndef FB_S
`define FB_S 1
`endif
localparam [7:0] FB_L = `FB_L;
localparam [7:0] FB_S = `FB_S;
localparam [7:0] FB_FIRST = 8'd10 + 8'd8 * FB_L;   // the budget in the first cycle after the acceptance

wire fb_accept = p_req_valid && p_req_ready && !reset;
wire fb_xfer = mem_req_valid && mem_req_ready && !reset;
wire fb_stall = mem_req_valid && !mem_req_ready;

// The memory: the request it owes an answer to, and since how many cycles (1 in the cycle after the transfer); how
// many cycles the request offered now has been held.
reg fb_out;
reg [7:0] fb_age, fb_wait;
always @(posedge clock) begin
    if (reset)
        fb_out <= 1'b0;
    else if (fb_xfer) begin
        fb_out <= 1'b1;
        fb_age <= 8'd1;
    end else if (mem_rsp_valid)
        fb_out <= 1'b0;
    else if (fb_age < FB_L)
        fb_age <= fb_age + 8'd1;
    if (reset || !fb_stall)
        fb_wait <= 8'd0;
    else if (fb_wait < FB_S)
        fb_wait <= fb_wait + 8'd1;
end

always @(*) if (!reset) begin
    // Environment: answers only to an outstanding request; the answer at the latest FB_L cycles after the transfer;
    // a request taken at the latest after FB_S cycles of waiting.
    assume (!mem_rsp_valid || fb_out);
    assume (!(fb_out && (fb_age >= FB_L)) || mem_rsp_valid);
    assume (!(mem_req_valid && (fb_wait >= FB_S)) || mem_req_ready);
end

// The access owed an answer, its budget, and whether this is the first cycle after its acceptance.
reg fb_pend, fb_fresh;
reg [7:0] fb_budget;
always @(posedge clock)
    if (reset)
        fb_pend <= 1'b0;
    else if (fb_accept) begin
        fb_pend <= 1'b1;
        fb_fresh <= 1'b1;
        fb_budget <= FB_FIRST;
    end else begin
        if (p_rsp_valid)
            fb_pend <= 1'b0;
        fb_fresh <= 1'b0;
        if (!fb_stall && (fb_budget != 8'd0))
            fb_budget <= fb_budget - 8'd1;
    end

// CR4 of the previous cycle, for the transitions that hold the maintenance port.
reg fb_prev_pge, fb_prev_pcide, fb_prev_smep;
always @(posedge clock) begin
    fb_prev_pge <= cr4_pge;
    fb_prev_pcide <= cr4_pcide;
    fb_prev_smep <= cr4_smep;
end
wire fb_cr_change = (cr4_pge != fb_prev_pge) || (fb_prev_pcide && !cr4_pcide) || (cr4_smep && !fb_prev_smep);

// The walk's remaining worst case, in cycles from this one to its answer (fb_rem), from the walker's state: P levels
// marked for a write, `lv` the level, `age` the age of the request in flight.
wire [3:0] fb_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [7:0] fb_marked = fb_wb_need[0] + fb_wb_need[1] + fb_wb_need[2] + fb_wb_need[3];
wire [7:0] fb_lv = obs_walk_level;
wire [7:0] fb_step = 8'd1 + FB_L;                                   // one request: offer, then wait for the answer
wire [7:0] fb_writes_after_reads = 8'd1 + (fb_marked + fb_lv + 8'd1) * fb_step;   // PermCheck, then every write
reg [7:0] fb_rem;
always @(*)
    case (obs_walk_state)
        `WalkState_ReadEntry:  fb_rem = (fb_lv + 8'd1) * fb_step + fb_writes_after_reads;
        `WalkState_CheckEntry: fb_rem = (fb_step - fb_age) + fb_lv * fb_step + fb_writes_after_reads;
        `WalkState_PermCheck:  fb_rem = 8'd1 + fb_marked * fb_step;
        `WalkState_WriteBack:  fb_rem = fb_marked * fb_step;
        `WalkState_AckWrite:   fb_rem = (fb_step - fb_age) + fb_marked * fb_step;
        `WalkState_Idle:       fb_rem = obs_r_walk ? FB_FIRST : 8'd0;
        default:               fb_rem = 8'd0;                           // Done, Fault: the answer cycle
    endcase

wire fb_idle = obs_walk_state == `WalkState_Idle;

integer fb_k;
always @(*) if (f_armed) begin
    if (reset) begin
        assert (!p_req_ready);
        assert (!cmd_ready);
    end else begin
        // The bound.
        if (fb_pend && !p_rsp_valid)
            assert (fb_budget != 8'd0);
        if (p_rsp_valid && (p_rsp_tlb_hit || (p_rsp_outcome == `OutcomeCode_GeneralProtection)))
            assert (fb_fresh);
        // One answer per accepted access.
        if (p_rsp_valid)
            assert (fb_pend);
        if (fb_accept)
            assert (!fb_pend || p_rsp_valid);
        // Maintenance commands.
        assert (cmd_ready == !fb_cr_change);
        if (cmd_valid && cmd_ready)
            assert (!p_req_ready);

        // Invariants.
        assert (fb_out == obs_walk_outstanding);
        assert (fb_out == ((obs_walk_state == `WalkState_CheckEntry) || (obs_walk_state == `WalkState_AckWrite)));
        if (fb_out)
            assert ((fb_age >= 8'd1) && (fb_age <= FB_L));
        if (!fb_pend)
            assert (fb_idle && !obs_r_walk && !obs_r_fast);
        if (fb_pend)
            assert (fb_fresh ? (obs_r_walk || obs_r_fast) : !fb_idle);
        if (obs_r_walk || obs_r_fast)
            assert (fb_fresh && fb_idle && (fb_budget == FB_FIRST) && !(obs_r_walk && obs_r_fast));
        if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
            for (fb_k = 0; fb_k < 4; fb_k = fb_k + 1)
                if (fb_k <= obs_walk_level)
                    assert (!fb_wb_need[fb_k]);
        if (obs_walk_state == `WalkState_WriteBack)
            assert (fb_wb_need[obs_walk_level]);
        if (fb_pend)
            assert (fb_rem <= fb_budget);
    end
end
