// Memory: the walker keeps the memory-port protocol, and every write it makes is an A/D update of an entry the walk
// read, made only for an access that succeeds.
//
// What is proved, outside reset (a cycle with reset high is exempt; its effects on the next cycle are not):
// - Handshake: a request offered and not taken (valid, not ready) is offered again in the next cycle with the same
//   address, write flag and write data.
// - One at a time: no request is offered while one is outstanding (taken, not yet answered), counted from the port;
//   the cycle of the answer still counts as outstanding (the walker offers the next request a cycle later).
// - Requests belong to an access: the port is used only while a CPU access is accepted and not yet answered, and
//   never again in an access after one of its answers showed the walk ends there (an entry not present, a reserved
//   bit set, a bus error): those walks write nothing and read no further.
// - A/D writes: every write goes to the address of an entry this walk read, and its data is that entry as read with A
//   set, and D set if that entry is the leaf and the access a write: no other bit differs. The reads of the walk are
//   recorded here from the port, one record per level (address at the transfer, data at the answer); the leaf and the
//   reserved bits are decoded from the contract (docs/x86-paging.md: PS in a PDPTE or PDE, a PTE always; bits
//   51:MAXPHYADDR, bit 63 without NXE, PS in a PML4E, 29:13 of a 1G PDPTE, 20:13 of a 2M PDE), not from the RTL.
// - Writes only for a success: a write is offered only after the walk's rights check (its PermCheck cycle) found the
//   access allowed by the rights function of common.svh, with the rights the walk accumulated and the control bits of
//   that cycle; so a denied access, a not-present or a reserved-bit fault writes nothing.
// The level a read is recorded under is the walker's level counter at the transfer (the walk may start below the PML4
// from the paging-structure cache, so the level of a read is not visible at the port); every check above compares
// with the record, so a wrong level only files a correct read under another slot.
//
// The memory (assumptions: the port contract of hdl/src/mmu.rs and hdl/src/walker.rs, "Protocol" / "memory"):
// - it answers (mem_rsp_valid, one cycle) only a request it took and has not answered yet, at least one cycle after the
//   transfer: so every request gets at most one answer. That it answers at all is not needed for these safety
//   properties (bounded.svh assumes a latency);
// - it is reset with the MMU: a reset drops the answer it owed (hdl/src/mmu.rs and hdl/src/walker.rs, "memory";
//   docs/architecture.md). The RTL relies on it: a reset clears `outstanding`, and the next walk may offer its first
//   read before an answer owed from before the reset could come. With a memory that answered it anyway, "one at a time"
//   fails (a read taken, a reset, a new access, and its first read offered four cycles later with the old one
//   unanswered).
// - mem_rsp_data and mem_rsp_err are free; mem_req_ready is free (any back-pressure).
//
// Invariants (asserted, so they are proved too; the induction rests on them): the port's count of outstanding
// requests is the walker's `outstanding`, which is set exactly in CheckEntry (a read) and AckWrite (a write); the
// record of the outstanding read is the walker's current level; while reading, no level at or below the current one
// is marked for a write (wb_need); every marked level holds the address and value the records predict; WriteBack
// writes a marked level; from the acceptance to the answer of a walk no fault was seen, and from the write-back on the
// grant was recorded.
//
// Limits: the memory's data is free in every answer, so two reads of the same address may differ (no memory model);
// the A/D rule is checked per write against the read of its own walk, not against the memory's contents. Writes are
// not checked to go in walk order or to cover every level lacking A (the contract's "A in every entry used that lacks
// it" is a completeness property; this group proves soundness: nothing but A/D ever changes).

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

// The memory's side of the port: a request taken and not answered (fm_out), a write or a read (fm_out_we), and the
// record it will be filed under (fm_cur).
reg fm_out, fm_out_we;
reg [1:0] fm_cur;
always @(posedge clock)
    if (reset)
        fm_out <= 1'b0;
    else if (fm_xfer) begin
        fm_out <= 1'b1;
        fm_out_we <= mem_req_we;
        fm_cur <= obs_walk_level;
    end else if (mem_rsp_valid)
        fm_out <= 1'b0;

always @(*) begin
    // Environment: only an outstanding request is answered, once, at least one cycle after its transfer (fm_out is
    // set at the transfer edge). A reset cycle is exempt: the memory is reset with the MMU and its output then is
    // not an answer.
    if (!reset)
        assume (!mem_rsp_valid || fm_out);
end

wire fm_answer = mem_rsp_valid && fm_out && !reset;

// The access the port serves: accepted, not yet answered.
reg fm_pend;
always @(posedge clock)
    if (reset)
        fm_pend <= 1'b0;
    else if (fm_accept)
        fm_pend <= 1'b1;
    else if (p_rsp_valid)
        fm_pend <= 1'b0;

// The reads of the walk, per level: address, data as read, whether the data came (no bus error), whether it is the
// leaf; whether a read showed the walk ends (fm_bad); the rights check's verdict (fm_granted). Cleared when the
// access is accepted.
reg [4*52-1:0] fm_addr;
reg [4*64-1:0] fm_data;
reg [3:0] fm_has, fm_isleaf;
reg fm_bad, fm_granted;
always @(posedge clock) begin
    if (reset || fm_accept) begin
        fm_has <= 4'b0;
        fm_bad <= 1'b0;
        fm_granted <= 1'b0;
    end else begin
        if (fm_xfer && !mem_req_we) begin
            fm_addr[obs_walk_level * 52 +: 52] <= mem_req_addr;
            fm_has[obs_walk_level] <= 1'b0;
        end
        if (fm_answer) begin
            if (mem_rsp_err)
                fm_bad <= 1'b1;
            else if (!fm_out_we) begin
                fm_data[fm_cur * 64 +: 64] <= mem_rsp_data;
                fm_has[fm_cur] <= 1'b1;
                fm_isleaf[fm_cur] <= fm_leaf(fm_cur, mem_rsp_data);
                if (!mem_rsp_data[0] || fm_rsvd(fm_cur, mem_rsp_data, efer_nxe))
                    fm_bad <= 1'b1;
            end
        end
        if (obs_walk_state == `WalkState_PermCheck)
            fm_granted <= f_allow(obs_walk_user, obs_walk_writable, obs_walk_xd, obs_walk_pkey, obs_r_kind,
                                  obs_r_user, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru);
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
            && (mem_req_wdata == fm_expect(fm_data[fm_i * 64 +: 64], fm_isleaf[fm_i], fm_write_access));
    end
endgenerate

// The request offered last cycle and not taken, for the handshake rule.
reg fm_waiting, fm_w_we;
reg [51:0] fm_w_addr;
reg [63:0] fm_w_wdata;
always @(posedge clock) begin
    fm_waiting <= mem_req_valid && !mem_req_ready && !reset;
    fm_w_addr <= mem_req_addr;
    fm_w_we <= mem_req_we;
    fm_w_wdata <= mem_req_wdata;
end

// The walker's write-back records, by level, for the invariants.
wire [3:0] fm_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [4*52-1:0] fm_wb_addr = {obs_walk_wb_addr_3, obs_walk_wb_addr_2, obs_walk_wb_addr_1, obs_walk_wb_addr_0};
wire [4*64-1:0] fm_wb_data = {obs_walk_wb_data_3, obs_walk_wb_data_2, obs_walk_wb_data_1, obs_walk_wb_data_0};
wire fm_walking = (obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry)
    || (obs_walk_state == `WalkState_PermCheck) || (obs_walk_state == `WalkState_WriteBack)
    || (obs_walk_state == `WalkState_AckWrite);
wire fm_past_grant = (obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite)
    || (obs_walk_state == `WalkState_Done);

integer fm_k;
always @(*) if (f_armed && !reset) begin
    // Handshake: an offer not taken stays, unchanged.
    if (fm_waiting) begin
        assert (mem_req_valid);
        assert (mem_req_addr == fm_w_addr);
        assert (mem_req_we == fm_w_we);
        assert (mem_req_wdata == fm_w_wdata);
    end
    // One at a time.
    assert (!(mem_req_valid && fm_out));
    // Requests only for an accepted access still unanswered, and none after the walk showed it ends.
    if (mem_req_valid) begin
        assert (fm_pend);
        assert (!fm_bad);
    end
    // Writes: A/D of an entry this walk read, only after the rights check allowed the access.
    if (mem_req_valid && mem_req_we) begin
        assert (fm_granted);
        assert (fm_match != 4'b0);
    end

    // Invariants.
    assert (fm_out == obs_walk_outstanding);
    assert (!fm_out || (obs_walk_state == (fm_out_we ? `WalkState_AckWrite : `WalkState_CheckEntry)));
    assert (fm_out || !((obs_walk_state == `WalkState_CheckEntry) || (obs_walk_state == `WalkState_AckWrite)));
    if (obs_walk_state == `WalkState_CheckEntry) begin
        assert (fm_cur == obs_walk_level);
        assert (fm_addr[obs_walk_level * 52 +: 52] == fm_wb_addr[obs_walk_level * 52 +: 52]);
    end
    if (obs_walk_state == `WalkState_WriteBack)
        assert (fm_wb_need[obs_walk_level]);
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
                assert (fm_wb_data[fm_k * 64 +: 64]
                        == fm_expect(fm_data[fm_k * 64 +: 64], fm_isleaf[fm_k], fm_write_access));
            end
    if (fm_walking || fm_past_grant) begin
        assert (fm_pend);
        assert (!fm_bad);
    end
    if (fm_past_grant)
        assert (fm_granted);
end
