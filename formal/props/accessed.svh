// Accessed and dirty flags (docs/x86-paging.md "Accessed and dirty flags"; docs/architecture.md "TLB" and "Walk";
// hdl/src/walker.rs and hdl/src/mmu.rs "Access flow"): the MMU sets every A and D bit the contract demands, in walk
// order, once, before the access completes. The memory group (memory.svh) proves the converse: a write changes
// nothing but A and D of an entry the walk read, and only for an access that succeeds.
//
// What is proved, outside reset:
// 1. Completeness: every ok answer of a walk (p_rsp_valid, p_rsp_tlb_hit low, outcome Ok) follows the walk's grant
//    (PermCheck leaving towards WriteBack, AckWrite or Done, recomputed here), and by then every entry this walk read
//    from memory whose A was clear as read, and the leaf of a write access whose D was clear as read, has been written
//    and the write answered without a bus error: the writes are posted, and the walk answers only after the last
//    write's answer. A walk past its grant answers Ok, or a bus error exactly when a memory answer of the walk was a
//    bus error (a failing write does not stop the writes after it). Each write must carry the address of the entry
//    read at the level it is filed under and that entry's value as read OR A (OR D for the leaf of a write), and goes
//    only to a level this walk read: the entries above a paging-structure-cache hit, never read, are never written.
//    No level is written twice (a write taken is not offered again).
// 2. Order: a write at level L comes after no write at a level below L: the PML4E first, the leaf last.
// 3. Bus errors: a walk's bus-error answer (outcome BusError, p_rsp_pa the address) names the first request of the
//    walk, read or write, that the memory answered with a bus error.
// 4. A write hit: an ok answer from the TLB (p_rsp_tlb_hit) for a write access needs the entry that hit to have its
//    cached D set. The top does not latch the hit entry's D (no h_dirty among its h_* registers): it decides at the
//    accepting edge (`hit_usable`: a hit that is not a write to an entry whose cached D is 0) and sends such a write
//    to the walker as a miss, which re-walks and sets D in memory (1.). This file latches, at the accepting edge, the
//    cached D of the entries matching the lookup (obs_lk_match_{i}, obs_e_dirty_{i}); "the entry that hit" is the one
//    matching entry of the single_hit group, and with several the D of all of them would have to be clear for the
//    property to demand a walk. The cached D itself is checked where it is made: a TLB fill carries the leaf's D as
//    read OR "the access is a write" (the leaf's D in memory after the walk's own update), and an entry's D changes
//    only with a fill into it, to the fill's D.
//
// The walk's reads are recorded from the port as in memory.svh, one record per level (the walker's level counter at
// the transfer: address at the transfer, data at the answer), cleared when an access is accepted. A write is filed
// under the walker's level counter at its transfer too (during the write-back it names the write offered) and checked
// against that level's record (address and value), so a wrong level cannot pass off one entry's write as another's;
// its answer is filed under the same level. "Lacked A" is bit 5
// clear in the data as read, "lacked D" bit 6 clear; the leaf is decoded from the contract (a PTE; a PDPTE or PDE with
// PS).
//
// The memory (assumption, as in memory.svh, the port contract of hdl/src/mmu.rs and hdl/src/walker.rs), an in-order
// queue of the requests taken and not answered (slot 0 the oldest; per slot a write or a read and its level): it
// answers only while it holds a request, the oldest first, each once, at least one cycle after the transfer, and not
// across a reset; data, errors and mem_req_ready are free.
//
// Invariants (asserted, proved with the rest; the induction rests on them): the queue's count is the walker's
// `outstanding` plus one per level marked `wb_sent`; a read is outstanding exactly in CheckEntry, alone, filed under
// the walker's level; otherwise every queued request is a write, queued oldest = highest level first, each at a level
// marked `wb_sent` (so the walker's "answer of the highest level sent" is the memory's oldest); writes are outstanding
// only in WriteBack and AckWrite, AckWrite has one outstanding and none left to offer, WriteBack one left to offer; a
// hit answers while the walker is idle and a walk starts only from Idle; before the grant no write was made and no
// grant or bus error is recorded; the walker's marks (wb_need) are exactly the levels this file finds lacking A/D and
// not yet written, each holding the address and value of its record, every marked level below every written one; a
// write is offered at the walker's level, the highest marked; the written levels are those answered and those
// `wb_sent`; the walker's bus error is this file's, with the level of its first failing write (`berr_lvl`) from the
// write-back on and its address at the answer; the walker's leaf D (leaf_dirty) is the leaf's D as read OR write.
//
// Limits: the memory's data is free in every answer (no memory model), so "lacked A" is judged on the value this
// walk read, which is what the walker's read-modify-write works on. That the walk answers at all is a liveness
// property (bounded.svh). A #PF answered from the TLB to a write on a clean entry is allowed (nothing completes).

localparam [63:0] FA_A = 64'h20;
localparam [63:0] FA_D = 64'h40;

// The contract's leaf decode of an entry read at `level` (3 PML4E .. 0 PTE).
function automatic fa_leaf(input [1:0] level, input [63:0] e);
    fa_leaf = (level == 2'd0) || (((level == 2'd1) || (level == 2'd2)) && e[7]);
endfunction

wire fa_accept = p_req_valid && p_req_ready && !reset;
wire fa_xfer = mem_req_valid && mem_req_ready && !reset;
wire fa_write_access = obs_r_kind == `AccessKind_Write;
wire fa_grant = (obs_walk_state == `WalkState_PermCheck)
    && ((obs_walk_state_next == `WalkState_WriteBack) || (obs_walk_state_next == `WalkState_AckWrite)
        || (obs_walk_state_next == `WalkState_Done));

// The memory's side of the port: the queue of requests taken and not answered, oldest in slot 0; per slot a write or
// a read (fa_q_we) and the level it is filed under (fa_q_lvl: the walker's level at the transfer).
reg [2:0] fa_n;
reg [3:0] fa_q_we;
reg [7:0] fa_q_lvl;

always @(*) begin
    // Environment: only while a request is held is one answered, the oldest (reset cycles exempt: the memory is reset
    // with the MMU).
    if (!reset)
        assume (!mem_rsp_valid || (fa_n != 3'd0));
end

wire fa_answer = mem_rsp_valid && (fa_n != 3'd0) && !reset;
wire fa_answer_we = fa_q_we[0];
wire [1:0] fa_cur = fa_q_lvl[1:0];
wire [2:0] fa_n_left = fa_n - {2'b0, fa_answer};
wire [3:0] fa_we_left = fa_answer ? {1'b0, fa_q_we[3:1]} : fa_q_we;
wire [7:0] fa_lvl_left = fa_answer ? {2'b0, fa_q_lvl[7:2]} : fa_q_lvl;
always @(posedge clock)
    if (reset)
        fa_n <= 3'd0;
    else begin
        fa_n <= fa_n_left + {2'b0, fa_xfer};
        fa_q_we <= fa_we_left;
        fa_q_lvl <= fa_lvl_left;
        if (fa_xfer) begin
            fa_q_we[fa_n_left] <= mem_req_we;
            fa_q_lvl[fa_n_left * 2 +: 2] <= obs_walk_level;
        end
    end

// The walk's records, cleared when an access is accepted: per level the read (address, data, whether it came, leaf),
// the writes issued (transferred), answered, and answered without a bus error (done); the leaf's D as read; the grant;
// whether a memory answer was a bus error, and the level and address of the first such request.
reg [4*52-1:0] fa_addr;
reg [4*64-1:0] fa_data;
reg [3:0] fa_has, fa_isleaf, fa_issued, fa_answ, fa_done;
reg fa_leafd, fa_granted, fa_berr;
reg [51:0] fa_berr_addr;
reg [1:0] fa_berr_lvl;
always @(posedge clock) begin
    if (reset || fa_accept) begin
        fa_has <= 4'b0;
        fa_issued <= 4'b0;
        fa_answ <= 4'b0;
        fa_done <= 4'b0;
        fa_granted <= 1'b0;
        fa_berr <= 1'b0;
    end else begin
        if (fa_xfer && !mem_req_we) begin
            fa_addr[obs_walk_level * 52 +: 52] <= mem_req_addr;
            fa_has[obs_walk_level] <= 1'b0;
        end
        if (fa_xfer && mem_req_we)
            fa_issued[obs_walk_level] <= 1'b1;
        if (fa_answer) begin
            if (fa_answer_we)
                fa_answ[fa_cur] <= 1'b1;
            if (mem_rsp_err) begin
                fa_berr <= 1'b1;
                if (!fa_berr) begin
                    fa_berr_lvl <= fa_cur;
                    fa_berr_addr <= fa_addr[fa_cur * 52 +: 52];
                end
            end else if (!fa_answer_we) begin
                fa_data[fa_cur * 64 +: 64] <= mem_rsp_data;
                fa_has[fa_cur] <= 1'b1;
                fa_isleaf[fa_cur] <= fa_leaf(fa_cur, mem_rsp_data);
                if (fa_leaf(fa_cur, mem_rsp_data))
                    fa_leafd <= mem_rsp_data[6];
            end else
                fa_done[fa_cur] <= 1'b1;
        end
        if (fa_grant)
            fa_granted <= 1'b1;
    end
end

// Level k must be written: read by this walk, and A clear, or the leaf of a write access with D clear.
function automatic fa_lacks(input has, input [63:0] data, input leaf, input write);
    fa_lacks = has && (!data[5] || (leaf && write && !data[6]));
endfunction

wire [3:0] fa_need;
wire [3:0] fa_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [4*52-1:0] fa_wb_addr = {obs_walk_wb_addr_3, obs_walk_wb_addr_2, obs_walk_wb_addr_1, obs_walk_wb_addr_0};
wire [4*64-1:0] fa_wb_data = {obs_walk_wb_data_3, obs_walk_wb_data_2, obs_walk_wb_data_1, obs_walk_wb_data_0};
wire [4*64-1:0] fa_expect;
genvar fa_i;
generate
    for (fa_i = 0; fa_i < 4; fa_i = fa_i + 1) begin : fa_rec
        assign fa_need[fa_i] = fa_lacks(fa_has[fa_i], fa_data[fa_i * 64 +: 64], fa_isleaf[fa_i], fa_write_access);
        assign fa_expect[fa_i * 64 +: 64] = fa_data[fa_i * 64 +: 64] | FA_A
            | ((fa_isleaf[fa_i] && fa_write_access) ? FA_D : 64'h0);
    end
endgenerate

// The cached D of the entries matching the lookup, at the accepting edge (4.).
reg fa_hit_dirty;
always @(posedge clock)
    if (fa_accept)
        fa_hit_dirty <= |(obs_lk_match_all & obs_e_dirty_all);

// Per TLB entry: D changes only with a fill into the entry, to the fill's D.
reg fa_p_fill, fa_p_fill_dirty;
reg [`P_ENTRIES-1:0] fa_p_slot, fa_p_dirty;
always @(posedge clock) begin
    fa_p_fill <= obs_tlb_fill;
    fa_p_fill_dirty <= obs_tlb_fill_dirty;
    fa_p_slot <= obs_tlb_fill_slot_all;
    fa_p_dirty <= obs_e_dirty_all;
end
reg fa_stepped = 1'b0;
always @(posedge clock) fa_stepped <= 1'b1;

wire fa_rsp_walk = p_rsp_valid && !p_rsp_tlb_hit;
wire fa_writing = (obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite);
wire fa_before_grant = (obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry)
    || (obs_walk_state == `WalkState_PermCheck);
wire fa_walking = fa_before_grant || fa_writing;
wire fa_past_grant = fa_writing || (obs_walk_state == `WalkState_Done);
wire fa_leaf_read = (obs_walk_state == `WalkState_PermCheck) || fa_past_grant;
wire [3:0] fa_wb_sent = {obs_walk_wb_sent_3, obs_walk_wb_sent_2, obs_walk_wb_sent_1, obs_walk_wb_sent_0};
wire [2:0] fa_sent_count = {2'b0, fa_wb_sent[0]} + {2'b0, fa_wb_sent[1]} + {2'b0, fa_wb_sent[2]}
    + {2'b0, fa_wb_sent[3]};
wire [1:0] fa_top = obs_walk_level;
wire [1:0] fa_leaf_lvl = (obs_walk_leaf_size == `PageSize_Size1G) ? 2'd2
    : (obs_walk_leaf_size == `PageSize_Size2M) ? 2'd1 : 2'd0;
wire fa_offering = (obs_walk_state == `WalkState_WriteBack)
    || ((obs_walk_state == `WalkState_PermCheck) && (fa_wb_need != 4'b0));

integer fa_k, fa_j;
always @(*) if (f_armed && !reset) begin
    // 1./2. Every write: to a level this walk read, with that entry's address and its value as read plus A (plus D on
    // the leaf of a write); never a level written before in this walk (once), never above a level already written
    // (walk order: nothing below it written yet).
    if (mem_req_valid && mem_req_we) begin
        assert (fa_has[fa_top]);
        assert (mem_req_addr == fa_addr[fa_top * 52 +: 52]);
        assert (mem_req_wdata == fa_expect[fa_top * 64 +: 64]);
        // The compare-and-set expects the entry exactly as this walk read it.
        assert (mem_req_expect == fa_data[fa_top * 64 +: 64]);
        assert (!fa_issued[fa_top]);
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_k < fa_top)
                assert (!fa_issued[fa_k]);
    end
    // 1. An ok answer of a walk: granted, every lacking entry written and its write answered ok. A granted walk
    // answers Ok, or a bus error exactly when the memory answered one.
    if (fa_rsp_walk && (p_rsp_outcome == `OutcomeCode_Ok)) begin
        assert (fa_granted);
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_need[fa_k])
                assert (fa_done[fa_k]);
    end
    if (fa_rsp_walk && fa_granted)
        assert (p_rsp_outcome == (fa_berr ? `OutcomeCode_BusError : `OutcomeCode_Ok));
    // 3. A bus error names the first request answered with one.
    if (fa_rsp_walk && (p_rsp_outcome == `OutcomeCode_BusError)) begin
        assert (fa_berr);
        assert (p_rsp_pa == fa_berr_addr);
    end
    // 4. A write answered ok from the TLB: the entry that hit had its cached D set.
    if (p_rsp_valid && p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok) && fa_write_access)
        assert (fa_hit_dirty);
    // The cached D: a fill carries the leaf's D after the walk's own update; an entry's D changes only by a fill.
    if (obs_tlb_fill)
        assert (obs_tlb_fill_dirty == (fa_leafd || fa_write_access));
    if (fa_stepped)
        for (fa_k = 0; fa_k < `P_ENTRIES; fa_k = fa_k + 1)
            assert (obs_e_dirty_all[fa_k] == ((fa_p_fill && fa_p_slot[fa_k]) ? fa_p_fill_dirty : fa_p_dirty[fa_k]));

    // Invariants.
    assert (!obs_r_fast || (obs_walk_state == `WalkState_Idle));
    assert (!obs_walk_start || (obs_walk_state == `WalkState_Idle));
    // The queue: the walker's count; a read alone in CheckEntry; otherwise writes, highest level oldest, each sent.
    assert (fa_n == {2'b0, obs_walk_outstanding} + fa_sent_count);
    assert (obs_walk_outstanding == (obs_walk_state == `WalkState_CheckEntry));
    if (obs_walk_outstanding) begin
        assert (fa_n == 3'd1);
        assert (!fa_q_we[0]);
        assert (fa_cur == obs_walk_level);
        assert (fa_addr[obs_walk_level * 52 +: 52] == fa_wb_addr[obs_walk_level * 52 +: 52]);
    end else
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_k < fa_n) begin
                assert (fa_q_we[fa_k]);
                assert (fa_wb_sent[fa_q_lvl[fa_k * 2 +: 2]]);
                if (fa_k > 0)
                    assert (fa_q_lvl[fa_k * 2 +: 2] < fa_q_lvl[(fa_k - 1) * 2 +: 2]);
            end
    if (fa_wb_sent != 4'b0)
        assert (fa_writing);
    if (obs_walk_state == `WalkState_AckWrite)
        assert ((fa_wb_sent != 4'b0) && (fa_wb_need == 4'b0));
    if (obs_walk_state == `WalkState_WriteBack)
        assert (fa_wb_need != 4'b0);
    // Before the grant (and from the acceptance): no write, no grant, no bus error recorded.
    if (fa_before_grant || obs_walk_start || obs_r_fast) begin
        assert (fa_issued == 4'b0);
        assert (fa_answ == 4'b0);
        assert (fa_done == 4'b0);
        assert (!fa_granted);
        assert (!fa_berr);
    end
    if (fa_before_grant || (obs_walk_state == `WalkState_Done))
        assert (!obs_walk_berr);
    if (fa_past_grant)
        assert (fa_granted);
    if (obs_walk_state == `WalkState_Done)
        assert (!fa_berr);
    // The walker's bus error is this file's: from the write-back on (a failing write, its level) and at the answer
    // (its address); the address is the record of its level.
    if (fa_writing || (obs_walk_state == `WalkState_Fault))
        assert (obs_walk_berr == fa_berr);
    if (fa_writing && fa_berr) begin
        assert (obs_walk_berr_lvl == fa_berr_lvl);
        assert (fa_answ[fa_berr_lvl] && !fa_done[fa_berr_lvl]);
    end
    if ((obs_walk_state == `WalkState_Fault) && fa_berr)
        assert (obs_walk_err_addr == fa_berr_addr);
    if (fa_berr && (fa_walking || (obs_walk_state == `WalkState_Fault)))
        assert (fa_berr_addr == fa_addr[fa_berr_lvl * 52 +: 52]);
    // The write offered is the one of the walker's level, the highest marked.
    if (fa_offering)
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            assert (fa_wb_need[fa_k] ? (fa_k <= obs_walk_level) : (fa_k != obs_walk_level));
    // While reading, nothing at or below the current level was read by this walk.
    if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_k <= obs_walk_level)
                assert (!fa_has[fa_k]);
    // The walker's marks are the lacking levels not yet written, each with its record's address and value; a written
    // level keeps its record's address (a failing write's answer names it); marked levels lie below written ones.
    if (fa_walking || (obs_walk_state == `WalkState_Done) || (obs_walk_state == `WalkState_Fault))
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_wb_need[fa_k] || fa_issued[fa_k])
                assert (fa_wb_addr[fa_k * 52 +: 52] == fa_addr[fa_k * 52 +: 52]);
    if (fa_walking || (obs_walk_state == `WalkState_Done))
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1) begin
            assert (fa_wb_need[fa_k] == (fa_need[fa_k] && !fa_issued[fa_k]));
            if (fa_wb_need[fa_k] || fa_issued[fa_k])
                assert (fa_wb_addr[fa_k * 52 +: 52] == fa_addr[fa_k * 52 +: 52]);
            if (fa_wb_need[fa_k])
                assert (fa_wb_data[fa_k * 64 +: 64] == fa_data[fa_k * 64 +: 64]);
            if (fa_issued[fa_k])
                assert (fa_need[fa_k]);
            for (fa_j = 0; fa_j < 4; fa_j = fa_j + 1)
                if (fa_wb_need[fa_j] && fa_issued[fa_k])
                    assert (fa_j < fa_k);
        end
    // The written levels: answered, or still outstanding (wb_sent); the ones answered ok are done; a write answered
    // with a bus error is the walk's bus error.
    if (fa_past_grant) begin
        assert (fa_issued == (fa_answ | fa_wb_sent));
        assert ((fa_answ & fa_wb_sent) == 4'b0);
        assert ((fa_done & ~fa_answ) == 4'b0);
        assert (fa_berr == ((fa_answ & ~fa_done) != 4'b0));
    end
    if (fa_leaf_read)
        assert (obs_walk_leaf_dirty == (fa_leafd || fa_write_access));
    // The leaf's level, which the walker keeps as the page size (its write adds D on a write access), is the level of
    // the record decoded as the leaf.
    if (fa_leaf_read)
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_has[fa_k])
                assert (fa_isleaf[fa_k] == (fa_k == fa_leaf_lvl));
    if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
        for (fa_k = 0; fa_k < 4; fa_k = fa_k + 1)
            if (fa_has[fa_k])
                assert (!fa_isleaf[fa_k]);
end
