// Bounded: with a memory that answers within FB_L cycles of a transfer, every accepted access is answered within the
// bound of README.md and docs/architecture.md ("Latency bound"; `latency_bound` in sim/src/rtl/mod.rs): 1 cycle for
// a TLB hit or a #GP, otherwise 10 + 5L + S cycles, S the cycles the memory held mem_req_ready low while the walker
// offered a request (counted here from the port, exactly, not as a maximum). Maintenance commands are taken as
// documented in hdl/src/mmu.rs.
//
// Formulation. A monitor follows the access the CPU port owes an answer: set at acceptance (p_req_valid & p_req_ready at
// a rising edge, reset low), cleared by p_rsp_valid, dropped by a reset (a reset abandons the access without an answer,
// hdl/src/mmu.rs "Ports"; nothing is asserted about a dropped access). Its budget fb_budget is the bound minus the
// cycles elapsed, stall cycles not counted (they raise the bound by as much as they use): 9 + 5L in the first cycle
// after the acceptance, one less after every cycle that is not a stall. Asserted, outside reset:
// - an access still unanswered has budget left: the answer comes at the latest when the budget reaches 0, that is in
//   cycle 10 + 5L + S after the acceptance;
// - an answer from the TLB (p_rsp_tlb_hit) or a #GP comes in the first cycle after the acceptance;
// - no answer without an access owed, and no access accepted while one is owed, unless it is answered in that cycle
//   (hits stream one per cycle), so every answer belongs to exactly one accepted access;
// - cmd_ready is high exactly in the cycles without reset and without a CR4 transition (PGE changed, PCIDE 1->0,
//   SMEP 0->1 against the previous cycle): a command waits only for those, never for a walk; an accepted command
//   completes at its edge, and p_req_ready is low in its cycle (the command's effect on the TLB is stale.svh's).
//   During reset p_req_ready and cmd_ready are low.
//
// The memory (assumptions; the port contract of hdl/src/mmu.rs and hdl/src/walker.rs plus the latency this bound is
// stated for), modelled as an in-order queue of the requests it took and has not answered (fb_n of them, slot 0 the
// oldest, each with its age: 1 in the cycle after its transfer): it answers only while it holds a request, the oldest
// first, each once; the oldest at the latest when its age reaches FB_L; and it takes a request offered for FB_S cycles
// without being taken; it is reset with the MMU (a reset empties the queue; see memory.svh). Since a request is taken
// at least one cycle after the one before it and the answers come one per cycle in order, "the oldest by age FB_L" is
// "every request within FB_L cycles of its own transfer". mem_rsp_err and the data are free: a bus error ends a walk
// early.
//
// Why FB_L = 2 and FB_S = 1 show every latency and back-pressure. The walker has no counter that depends on the
// latency: waiting for an answer is the self-loop of CheckEntry / AckWrite on no answer (AckWrite: none to the last
// write), waiting for ready the self-loop of ReadEntry on !mem_req_ready and the move PermCheck -> WriteBack plus the
// self-loop of WriteBack on !mem_req_ready, and no other state changes while it waits. L = 2 gives both an answer in
// the first cycle after the transfer and one after a cycle of waiting, S = 1 both a request taken at once and one held;
// a longer wait repeats the same loop. The budget argument (below) is linear in L and S, and the stall count makes S
// drop out of the assertion altogether. FB_L and FB_S can be changed with `read -define`.
//
// Worst case: a walk from the PML4 (no paging-structure-cache hit) that reads four entries and writes A into all
// four, the memory answering every request after exactly L cycles, takes 10 + 5L + S by the cycle count of
// hdl/src/walker.rs (1 start, 4 x (1 + L) reads, 1 PermCheck offering the first write, 3 more writes one per cycle,
// L for the last write's answer, 1 answer): the RTL's worst case is the documented bound, not less (that count, not a
// cover, is the evidence). A walk that writes nothing takes at most 7 + 4L. A hit, a #GP: exactly 1 cycle.
//
// Invariants (asserted; the induction rests on them):
// - the queue's count is the walker's `outstanding` (a read) plus one per level marked `wb_sent` (a write); a read is
//   outstanding exactly in CheckEntry, alone; writes only in WriteBack and AckWrite; AckWrite has one outstanding and
//   none left to offer, WriteBack one left to offer, and no level is both; a write is offered at the walker's level,
//   the highest marked (so "no other write left" is "the last"); the ages of the queued requests are between
//   1 and FB_L, the older the larger;
// - no access owed: the walker idles, and neither a walk start (r_walk) nor a fast answer (r_fast) is pending; a walk
//   start or a fast answer happens in the first cycle after the acceptance, with the full budget, and one of them does;
//   later the walker is busy until it answers;
// - while reading, no level at or below the current one is marked for an A/D write (wb_need);
// - the walk's remaining worst case fits the budget: fb_rem <= fb_budget. fb_rem counts (1 + L) per read left and,
//   from the rights check on, one cycle per write left to offer (a marked level, or any level not yet read) plus L for
//   the last one's answer: PermCheck and WriteBack with W writes left end W + L cycles later (the writes go one per
//   cycle, and the last one's answer waits at most L); in CheckEntry the read in flight has L - age + 1 cycles left, in
//   AckWrite the last write L - age + 1 (its age: the youngest queued), and the answer cycle (Done, Fault) has 0.
//   With no write left PermCheck ends after 1 cycle, not L: the bound takes the larger.
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
localparam [7:0] FB_FIRST = 8'd9 + 8'd5 * FB_L;   // the budget in the first cycle after the acceptance

wire fb_accept = p_req_valid && p_req_ready && !reset;
wire fb_xfer = mem_req_valid && mem_req_ready && !reset;
wire fb_stall = mem_req_valid && !mem_req_ready;

// The memory: the queue of requests it took and has not answered, oldest in slot 0, each with its age (fb_age, 8 bits
// per slot: 1 in the cycle after the transfer); how many cycles the request offered now has been held (fb_wait).
reg [2:0] fb_n;
reg [4*8-1:0] fb_age;
reg [7:0] fb_wait;
wire fb_answer = mem_rsp_valid && (fb_n != 3'd0) && !reset;
wire [2:0] fb_n_left = fb_n - {2'b0, fb_answer};
wire [4*8-1:0] fb_age_left = fb_answer ? {8'd0, fb_age[4*8-1:8]} : fb_age;
integer fb_j;
always @(posedge clock) begin
    if (reset)
        fb_n <= 3'd0;
    else begin
        fb_n <= fb_n_left + {2'b0, fb_xfer};
        for (fb_j = 0; fb_j < 4; fb_j = fb_j + 1)
            fb_age[fb_j * 8 +: 8] <= (fb_age_left[fb_j * 8 +: 8] == 8'hff) ? 8'hff : fb_age_left[fb_j * 8 +: 8] + 8'd1;
        if (fb_xfer)
            fb_age[fb_n_left * 8 +: 8] <= 8'd1;
    end
    if (reset || !fb_stall)
        fb_wait <= 8'd0;
    else if (fb_wait < FB_S)
        fb_wait <= fb_wait + 8'd1;
end
wire [7:0] fb_head_age = fb_age[7:0];

always @(*) if (!reset) begin
    // Environment: answers only while a request is held (the oldest is answered); the oldest answered at the latest
    // when its age reaches FB_L; a request taken at the latest after FB_S cycles of waiting.
    assume (!mem_rsp_valid || (fb_n != 3'd0));
    assume (!((fb_n != 3'd0) && (fb_head_age >= FB_L)) || mem_rsp_valid);
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

// The walk's remaining worst case, in cycles from this one to its answer (fb_rem), from the walker's state: `marked`
// levels marked for a write, `lv` the level, the age of the read in flight (the only request queued in CheckEntry) and
// of the last write (the youngest queued, in AckWrite).
wire [3:0] fb_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [3:0] fb_wb_sent = {obs_walk_wb_sent_3, obs_walk_wb_sent_2, obs_walk_wb_sent_1, obs_walk_wb_sent_0};
wire [7:0] fb_marked = fb_wb_need[0] + fb_wb_need[1] + fb_wb_need[2] + fb_wb_need[3];
wire [2:0] fb_sent_count = {2'b0, fb_wb_sent[0]} + {2'b0, fb_wb_sent[1]} + {2'b0, fb_wb_sent[2]}
    + {2'b0, fb_wb_sent[3]};
wire [7:0] fb_lv = obs_walk_level;
wire [7:0] fb_step = 8'd1 + FB_L;                                   // one read: offer, then wait for the answer
wire [7:0] fb_tail_age = (fb_n == 3'd0) ? 8'd0 : fb_age[(fb_n - 3'd1) * 8 +: 8];
wire [7:0] fb_writes_after_reads = (fb_marked + fb_lv + 8'd1) + FB_L;   // from PermCheck: every write, the last answer
reg [7:0] fb_rem;
always @(*)
    case (obs_walk_state)
        `WalkState_ReadEntry:  fb_rem = (fb_lv + 8'd1) * fb_step + fb_writes_after_reads;
        `WalkState_CheckEntry: fb_rem = (fb_step - fb_head_age) + fb_lv * fb_step + fb_writes_after_reads;
        `WalkState_PermCheck:  fb_rem = fb_marked + FB_L;
        `WalkState_WriteBack:  fb_rem = fb_marked + FB_L;
        `WalkState_AckWrite:   fb_rem = FB_L + 8'd1 - fb_tail_age;
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
        assert (fb_n == {2'b0, obs_walk_outstanding} + fb_sent_count);
        assert (obs_walk_outstanding == (obs_walk_state == `WalkState_CheckEntry));
        if (obs_walk_outstanding)
            assert (fb_n == 3'd1);
        if (fb_wb_sent != 4'b0)
            assert ((obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite));
        if (obs_walk_state == `WalkState_AckWrite)
            assert ((fb_wb_sent != 4'b0) && (fb_wb_need == 4'b0));
        if (obs_walk_state == `WalkState_WriteBack)
            assert (fb_wb_need != 4'b0);
        assert ((fb_wb_need & fb_wb_sent) == 4'b0);
        // The write offered (WriteBack, PermCheck with a level marked) is the one of the walker's level, the highest
        // marked.
        if ((obs_walk_state == `WalkState_WriteBack)
                || ((obs_walk_state == `WalkState_PermCheck) && (fb_wb_need != 4'b0)))
            for (fb_k = 0; fb_k < 4; fb_k = fb_k + 1)
                assert (fb_wb_need[fb_k] ? (fb_k <= obs_walk_level) : (fb_k != obs_walk_level));
        for (fb_k = 0; fb_k < 4; fb_k = fb_k + 1)
            if (fb_k < fb_n) begin
                assert ((fb_age[fb_k * 8 +: 8] >= 8'd1) && (fb_age[fb_k * 8 +: 8] <= FB_L));
                if (fb_k > 0)
                    assert (fb_age[fb_k * 8 +: 8] < fb_age[(fb_k - 1) * 8 +: 8]);
            end
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
        if (fb_pend)
            assert (fb_rem <= fb_budget);
    end
end
