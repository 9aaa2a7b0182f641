// Memory: the walker keeps the memory-port protocol, and every write it makes is an A/D update of an entry the walk
// read, made only for an access that succeeds.
//
// What is proved, outside reset (a cycle with reset high is exempt; its effects on the next cycle are not):
// - Handshake: a request offered and not taken (valid, not ready) is offered again in the next cycle with the same
//   address, write flag and write data. That includes the first A/D write, offered in the PermCheck cycle itself and,
//   when not taken there, again from WriteBack.
// - Reads wait, writes are posted: no read is offered while any request, read or write, is outstanding (taken, not
//   yet answered, counted from the port; the cycle of the answer still counts as outstanding: the walker offers the
//   next read a cycle later); the A/D writes of a walk may be offered back to back, but nothing is offered while four
//   requests are outstanding, so never more than four are.
// - Requests belong to an access: the port is used only while a CPU access is accepted and not yet answered, and
//   never again in an access after a read's answer showed the walk ends there (an entry not present, a reserved bit
//   set, a bus error): those walks write nothing and read no further. A write's bus error does not stop the writes
//   after it (they are posted; the walk answers the first failure once every write is answered). An access is
//   answered only when none of its requests is outstanding: the walk waits for the answer of its last write.
// - A/D writes: every write goes to the address of an entry this walk read, and its data is that entry as read with A
//   set, and D set if that entry is the leaf and the access a write: no other bit differs. Its expected value (the
//   compare-and-set's `mem_req_expect`) is that entry exactly as read.
// - Stale writes: a walk whose write was answered stale (the entry changed since the walk read it; nothing was
//   written) never answers its access successfully without reading memory again: from a stale answer to the next read
//   transferred, the walker is never in Done. The writes offered after the stale one still follow every rule above. The reads of the walk are
//   recorded here from the port, one record per level (address at the transfer, data at the answer); the leaf and the
//   reserved bits are decoded from the contract (docs/x86-paging.md: PS in a PDPTE or PDE, a PTE always; bits
//   51:MAXPHYADDR, bit 63 without NXE, PS in a PML4E, 29:13 of a 1G PDPTE, 20:13 of a 2M PDE), not from the RTL.
// - Writes only for a success: a write is offered only once the walk's rights check found the access allowed by the
//   rights function of common.svh, with the rights the walk accumulated and the control bits of its PermCheck cycle:
//   the verdict recorded from an earlier PermCheck cycle, or, for the first write, offered in the PermCheck cycle
//   itself, that cycle's verdict. So a denied access, a not-present or a reserved-bit fault writes nothing.
// The level a read is recorded under is the walker's level counter at the transfer (the walk may start below the PML4
// from the paging-structure cache, so the level of a read is not visible at the port); every check above compares
// with the record, so a wrong level only files a correct read under another slot. A write is checked against every
// record: it must match one.
//
// The memory (assumptions: the port contract of hdl/src/mmu.rs and hdl/src/walker.rs, "Protocol" / "memory"),
// modelled as an in-order queue of the requests it took and has not answered (fm_n of them, at most four held; per
// slot whether it is a write and the record a read is filed under; slot 0 the oldest):
// - it answers (mem_rsp_valid, one cycle) only while it holds a request, and the answer belongs to the oldest: answers
//   come in the order the requests were taken, each request answered once, at least one cycle after its transfer
//   (a request enters the queue at its transfer edge). That it answers at all is not needed for these safety
//   properties (bounded.svh assumes a latency);
// - it is reset with the MMU: a reset empties the queue, dropping the answers it owed (hdl/src/mmu.rs and
//   hdl/src/walker.rs, "memory"; docs/architecture.md). The RTL relies on it: a reset clears `outstanding` and
//   `wb_sent`, and the next walk may offer its first read before an answer owed from before the reset could come.
//   With a memory that answered it anyway, "reads wait" fails (a read taken, a reset, a new access, and its first read
//   offered four cycles later with the old one unanswered).
// - mem_rsp_data, mem_rsp_err and mem_rsp_stale are free; mem_req_ready is free (any back-pressure).
//
// Invariants (asserted, so they are proved too; the induction rests on them): the port's count of outstanding
// requests is the walker's, `outstanding` (a read) plus one per level marked `wb_sent` (a write); a read is
// outstanding exactly in CheckEntry, alone, filed under the walker's current level; writes are outstanding only in
// WriteBack and AckWrite, and then every queued request is a write; AckWrite has a write outstanding and none left to
// offer, WriteBack one left to offer; no level is both marked for a write and sent; when a write is offered
// (WriteBack, PermCheck with a level marked) the walker's level counter names it, the highest level marked; while
// reading, no level at or below the current one is marked for a write (wb_need); every marked level holds the address
// and value the records predict; from the acceptance to the answer of a walk no fault was seen, and from the
// write-back on the grant was recorded.
//
// Limits: the memory's data is free in every answer, so two reads of the same address may differ (no memory model);
// the A/D rule is checked per write against the read of its own walk, not against the memory's contents. Writes are
// not checked to go in walk order or to cover every level lacking A (the contract's "A in every entry used that lacks
// it" is a completeness property, accessed.svh; this group proves soundness: nothing but A/D ever changes).

localparam [63:0] FM_A = 64'h20;
localparam [63:0] FM_D = 64'h40;
localparam [63:0] FM_RSVD_PA = ((64'h1 << 52) - 1) & ~((64'h1 << `CFG_PADDR_BITS) - 1);

// The contract's decode of an entry read at `level` (3 PML4E .. 0 PTE).
function automatic fm_leaf(input [1:0] level, input [63:0] e);
    fm_leaf = (level == 2'd0) || (((level == 2'd1) || (level == 2'd2)) && e[7]);
endfunction

function automatic fm_rsvd(input [1:0] level, input [63:0] e, input nxe);
    fm_rsvd = ((e & FM_RSVD_PA) != 64'h0) || (e[63] && !nxe) || ((level == 2'd3) && e[7])
        || ((level == 2'd2) && e[7] && (e[29:13] != 17'h0)) || ((level == 2'd1) && e[7] && (e[20:13] != 8'h0));
endfunction

wire fm_accept = p_req_valid && p_req_ready && !reset;
wire fm_xfer = mem_req_valid && mem_req_ready && !reset;
wire fm_write_access = obs_r_kind == `AccessKind_Write;

// The memory's side of the port: the queue of requests taken and not answered, oldest in slot 0; per slot a write or
// a read (fm_q_we), and the record a read is filed under (fm_q_lvl).
reg [2:0] fm_n;
reg [3:0] fm_q_we;
reg [7:0] fm_q_lvl;

always @(*) begin
    // Environment: answers only while a request is held (the oldest is answered), each once, at least one cycle after
    // its transfer (it enters the queue at the transfer edge). A reset cycle is exempt: the memory is reset with the
    // MMU and its output then is not an answer.
    if (!reset)
        assume (!mem_rsp_valid || (fm_n != 3'd0));
end

wire fm_answer = mem_rsp_valid && (fm_n != 3'd0) && !reset;
wire fm_answer_we = fm_q_we[0];
wire [1:0] fm_cur = fm_q_lvl[1:0];

// The queue after this cycle's answer (the oldest leaves), and at the edge with this cycle's transfer appended.
wire [2:0] fm_n_left = fm_n - {2'b0, fm_answer};
wire [3:0] fm_we_left = fm_answer ? {1'b0, fm_q_we[3:1]} : fm_q_we;
wire [7:0] fm_lvl_left = fm_answer ? {2'b0, fm_q_lvl[7:2]} : fm_q_lvl;
always @(posedge clock)
    if (reset)
        fm_n <= 3'd0;
    else begin
        fm_n <= fm_n_left + {2'b0, fm_xfer};
        fm_q_we <= fm_we_left;
        fm_q_lvl <= fm_lvl_left;
        if (fm_xfer) begin
            fm_q_we[fm_n_left] <= mem_req_we;
            fm_q_lvl[fm_n_left * 2 +: 2] <= obs_walk_level;
        end
    end

// The access the port serves: accepted, not yet answered.
reg fm_pend;
always @(posedge clock)
    if (reset)
        fm_pend <= 1'b0;
    else if (fm_accept)
        fm_pend <= 1'b1;
    else if (p_rsp_valid)
        fm_pend <= 1'b0;

// The verdict of the rights check in this cycle, when the walker is in PermCheck.
wire fm_allow_now = (obs_walk_state == `WalkState_PermCheck)
    && f_allow(obs_walk_user, obs_walk_writable, obs_walk_xd, obs_walk_pkey, obs_r_kind, obs_r_user, cr0_wp,
               cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru);

// The reads of the walk, per level: address, data as read, whether the data came (no bus error), whether it is the
// leaf; whether a read's answer showed the walk ends (fm_bad); the rights check's verdict (fm_granted). Cleared when
// the access is accepted, and when its walk starts again after a stale write (Rewalk): the second try reads afresh
// and must pass its own rights check before it writes.
reg [4*52-1:0] fm_addr;
reg [4*64-1:0] fm_data;
reg [3:0] fm_has, fm_isleaf;
reg fm_bad, fm_granted;
always @(posedge clock) begin
    if (reset || fm_accept || (obs_walk_state == `WalkState_Rewalk)) begin
        fm_has <= 4'b0;
        fm_bad <= 1'b0;
        fm_granted <= 1'b0;
    end else begin
        if (fm_xfer && !mem_req_we) begin
            fm_addr[obs_walk_level * 52 +: 52] <= mem_req_addr;
            fm_has[obs_walk_level] <= 1'b0;
        end
        if (fm_answer && !fm_answer_we) begin
            if (mem_rsp_err)
                fm_bad <= 1'b1;
            else begin
                fm_data[fm_cur * 64 +: 64] <= mem_rsp_data;
                fm_has[fm_cur] <= 1'b1;
                fm_isleaf[fm_cur] <= fm_leaf(fm_cur, mem_rsp_data);
                if (!mem_rsp_data[0] || fm_rsvd(fm_cur, mem_rsp_data, efer_nxe))
                    fm_bad <= 1'b1;
            end
        end
        if (obs_walk_state == `WalkState_PermCheck)
            fm_granted <= fm_allow_now;
    end
end

// The value an A/D write of record `i` must carry.
function automatic [63:0] fm_expect(input [63:0] data, input leaf, input write);
    fm_expect = data | FM_A | ((leaf && write) ? FM_D : 64'h0);
endfunction

wire [3:0] fm_match;
genvar fm_i;
generate
    for (fm_i = 0; fm_i < 4; fm_i = fm_i + 1) begin : fm_rec
        assign fm_match[fm_i] = fm_has[fm_i] && (mem_req_addr == fm_addr[fm_i * 52 +: 52])
            && (mem_req_wdata == fm_expect(fm_data[fm_i * 64 +: 64], fm_isleaf[fm_i], fm_write_access))
            && (mem_req_expect == fm_data[fm_i * 64 +: 64]);
    end
endgenerate

// The request offered last cycle and not taken, for the handshake rule.
reg fm_waiting, fm_w_we;
reg [51:0] fm_w_addr;
reg [63:0] fm_w_wdata, fm_w_expect;
always @(posedge clock) begin
    fm_waiting <= mem_req_valid && !mem_req_ready && !reset;
    fm_w_addr <= mem_req_addr;
    fm_w_we <= mem_req_we;
    fm_w_wdata <= mem_req_wdata;
    fm_w_expect <= mem_req_expect;
end

// A write was answered stale since the last read transferred (or since the access was accepted).
reg fm_stale;
always @(posedge clock)
    if (reset || fm_accept || (fm_xfer && !mem_req_we))
        fm_stale <= 1'b0;
    else if (fm_answer && fm_answer_we && mem_rsp_stale)
        fm_stale <= 1'b1;

wire [1:0] fm_leaf_lvl = (obs_walk_leaf_size == `PageSize_Size1G) ? 2'd2
    : (obs_walk_leaf_size == `PageSize_Size2M) ? 2'd1 : 2'd0;

// The walker's write-back records, by level, for the invariants.
wire [3:0] fm_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [3:0] fm_wb_sent = {obs_walk_wb_sent_3, obs_walk_wb_sent_2, obs_walk_wb_sent_1, obs_walk_wb_sent_0};
wire [2:0] fm_sent_count = {2'b0, fm_wb_sent[0]} + {2'b0, fm_wb_sent[1]} + {2'b0, fm_wb_sent[2]}
    + {2'b0, fm_wb_sent[3]};
wire [4*52-1:0] fm_wb_addr = {obs_walk_wb_addr_3, obs_walk_wb_addr_2, obs_walk_wb_addr_1, obs_walk_wb_addr_0};
wire [4*64-1:0] fm_wb_data = {obs_walk_wb_data_3, obs_walk_wb_data_2, obs_walk_wb_data_1, obs_walk_wb_data_0};
wire fm_writing = (obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite);
wire fm_walking = (obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry)
    || (obs_walk_state == `WalkState_PermCheck) || fm_writing || (obs_walk_state == `WalkState_Rewalk);
wire fm_past_grant = fm_writing || (obs_walk_state == `WalkState_Done);
wire fm_offering = (obs_walk_state == `WalkState_WriteBack)
    || ((obs_walk_state == `WalkState_PermCheck) && (fm_wb_need != 4'b0));

integer fm_k;
always @(*) if (f_armed && !reset) begin
    // Handshake: an offer not taken stays, unchanged.
    if (fm_waiting) begin
        assert (mem_req_valid);
        assert (mem_req_addr == fm_w_addr);
        assert (mem_req_we == fm_w_we);
        assert (mem_req_wdata == fm_w_wdata);
        assert (mem_req_expect == fm_w_expect);
    end
    // A stale write: no success without reading again.
    if (fm_stale)
        assert (obs_walk_state != `WalkState_Done);
    // Reads wait for every answer; at most four requests outstanding.
    if (mem_req_valid && !mem_req_we)
        assert (fm_n == 3'd0);
    if (mem_req_valid)
        assert (fm_n < 3'd4);
    // Requests only for an accepted access still unanswered, and none after a read showed the walk ends; the access
    // is answered with nothing outstanding.
    if (mem_req_valid) begin
        assert (fm_pend);
        assert (!fm_bad);
    end
    if (p_rsp_valid)
        assert (fm_n == 3'd0);
    // Writes: A/D of an entry this walk read, only once the rights check allowed the access.
    if (mem_req_valid && mem_req_we) begin
        assert (fm_granted || fm_allow_now);
        assert (fm_match != 4'b0);
    end

    // Invariants.
    assert (fm_n == {2'b0, obs_walk_outstanding} + fm_sent_count);
    assert (obs_walk_outstanding == (obs_walk_state == `WalkState_CheckEntry));
    if (obs_walk_outstanding) begin
        assert (fm_n == 3'd1);
        assert (!fm_q_we[0]);
        assert (fm_cur == obs_walk_level);
    end
    if (fm_wb_sent != 4'b0)
        assert (fm_writing);
    for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
        if ((fm_k < fm_n) && !obs_walk_outstanding)
            assert (fm_q_we[fm_k]);
    if (obs_walk_state == `WalkState_AckWrite)
        assert ((fm_wb_sent != 4'b0) && (fm_wb_need == 4'b0));
    if (obs_walk_state == `WalkState_WriteBack)
        assert (fm_wb_need != 4'b0);
    assert ((fm_wb_need & fm_wb_sent) == 4'b0);
    // The write offered (PermCheck with a level marked, WriteBack) is the one of the walker's level, the highest
    // marked.
    if (fm_offering)
        for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
            assert (fm_wb_need[fm_k] ? (fm_k <= obs_walk_level) : (fm_k != obs_walk_level));
    if (obs_walk_state == `WalkState_CheckEntry)
        assert (fm_addr[obs_walk_level * 52 +: 52] == fm_wb_addr[obs_walk_level * 52 +: 52]);
    // While reading, no level at or below the current one is marked for a write: the walk reads downwards and
    // clears every mark when it starts, so a mark never predates the read it stands for.
    if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
        for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
            if (fm_k <= obs_walk_level)
                assert (!fm_wb_need[fm_k]);
    if (fm_walking)
        for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
            if (fm_wb_need[fm_k]) begin
                assert (fm_has[fm_k]);
                assert (fm_wb_addr[fm_k * 52 +: 52] == fm_addr[fm_k * 52 +: 52]);
                assert (fm_wb_data[fm_k * 64 +: 64] == fm_data[fm_k * 64 +: 64]);
            end
    if (fm_walking || fm_past_grant) begin
        assert (fm_pend);
        assert (!fm_bad);
    end
    if (fm_past_grant)
        assert (fm_granted);
    // The leaf's level, which the walker keeps as the page size (its write adds D on a write access), is the level of
    // the record decoded as the leaf.
    if (fm_past_grant || (obs_walk_state == `WalkState_PermCheck))
        for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
            if (fm_has[fm_k])
                assert (fm_isleaf[fm_k] == (fm_k == fm_leaf_lvl));
    if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry))
        for (fm_k = 0; fm_k < 4; fm_k = fm_k + 1)
            if (fm_has[fm_k])
                assert (!fm_isleaf[fm_k]);
    // The walker's stale mark is the port's: set by a stale write answer of this try, cleared when it starts again
    // (Rewalk, with nothing outstanding or marked, and then the first read).
    if (fm_writing)
        assert (obs_walk_stale == fm_stale);
    if ((obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry)
        || (obs_walk_state == `WalkState_PermCheck))
        assert (!obs_walk_stale);
    if ((obs_walk_state == `WalkState_CheckEntry) || (obs_walk_state == `WalkState_PermCheck))
        assert (!fm_stale);
    if (obs_walk_state == `WalkState_Rewalk) begin
        assert (fm_stale);
        assert ((fm_n == 3'd0) && (fm_wb_need == 4'b0) && (fm_wb_sent == 4'b0));
    end
end
