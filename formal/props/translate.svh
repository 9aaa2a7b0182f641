// Translate: the MMU translates as the contract says (docs/x86-paging.md "Translation", SDM 4.5). The memory's data
// stay free: what is proved is that every address the MMU produces is the one the contract computes from the data
// the memory gave.
//
// - Walk addresses: every read the walker offers on the memory port goes to `table base + 8 * index`. At the first
//   level of a walk from the PML4 the base is CR3 bits 51:12 masked to MAXPHYADDR, taken from the `cr3` port in the
//   walk's start cycle (the top samples it then: hdl/src/mmu.rs, `pml4_base`). A walk that starts below a cached
//   entry starts one level below the level the paging-structure cache answered, with the base it answered (the
//   walker's `pwc_*` inputs in the start cycle). At every further level the base is bits 51:12 of the entry read at
//   the level above, masked to MAXPHYADDR. The index is the access's VA (47:39 PML4E, 38:30 PDPTE, 29:21 PDE, 20:12
//   PTE), the VA as accepted on the request port, recorded here. The walk is followed from the port: its level and
//   base are this file's, moved one level down by each answer to a read whose entry is not a leaf by the contract's
//   decode (PS in a PDPTE or PDE; a PTE always is one). No read is offered once the leaf has come.
// - Walk answers: an ok answer of a walk (p_rsp_valid, p_rsp_tlb_hit low, outcome Ok) comes after its leaf was read, and
//   its p_rsp_pa is the leaf's frame plus the VA's offset in the page: the frame is bits 51:12 of the leaf entry masked
//   to MAXPHYADDR with the bits below the page size cleared (4K: 51:12, 2M: 51:21, 1G: 51:30), the offset VA 11:0,
//   20:0 or 29:0 (added, as the contract says, not ORed as the RTL does).
// - Hit answers: every TLB fill installs the leaf frame and page size of the walk that fills it (the fill port
//   against this file's record of the walk). Per entry a shadow keeps what its last fill installed, and a valid
//   entry's stored frame and size equal its shadow. When the MMU takes an access, the shadow of the entry the lookup
//   matched is kept (obs_lk_match_*, the lookup of the accepting cycle); the ok answer of a TLB hit (p_rsp_tlb_hit, Ok)
//   in the next cycle is that shadow frame plus the VA's offset. A hit answer had a matching entry; its frame is
//   claimed for a lookup that matched exactly one entry, which single_hit.svh proves every lookup does: that is a
//   condition of the assertion here, not an assumption.
// - The paging-structure cache's bases: a cache fill installs the deepest non-leaf entry its walk read (its level,
//   one above the leaf's, and the base of the table it references, the one the leaf was read from); per slot a
//   shadow keeps what its last fill installed, and a valid slot's stored level and base equal its shadow. A walk that
//   starts from the cache has a slot that matched the lookup with the level the cache answered, and when exactly one
//   slot did, the cache's base is that slot's shadow. So a walk from a cached entry reads from the table that an
//   earlier walk took from the entry it read at that level (the memory may have changed since: the contract allows
//   a cached entry to be used until it is invalidated).
//
// No environment rule: the memory's data, errors, `mem_req_ready` and the timing of its answers are free. An answer
// counts (here as for the walker) while a request is outstanding by the port's count; it is a read's when the read
// is outstanding, which is then the only request outstanding (answers come in request order, and a read is offered
// only when nothing is outstanding: memory.svh proves that, and it is an invariant here).
//
// Invariants (asserted, so they are proved too; the induction rests on them): the port's count of outstanding requests
// is the walker's, `outstanding` (a read) plus one per level marked `wb_sent` (an A/D write); the read is outstanding
// exactly in CheckEntry, and alone; writes only in WriteBack and AckWrite (AckWrite has one, and WriteBack a write left
// to offer, at the walker's level, the highest marked; while reading, no level at or below the current one is marked);
// a walk starts only from Idle, and is tracked in every other state; while the walker reads (ReadEntry, CheckEntry)
// this file's level and base are the walker's level counter and table base, and the leaf has not come; from PermCheck
// to Done the leaf has come and the walker's leaf frame and size are this file's; from the start to the answer the
// walker's record of its deepest non-leaf entry (pf_*) is this file's; the VA recorded here is the one the top
// registered; the frame and size the top latched for a hit are the kept shadow's; the TLB's and the cache's stored
// fields are their shadows; sizes are PageSize codes, frames and bases have no bit at or above MAXPHYADDR, frames none
// below their page size.
//
// Not proved here: which entries match a lookup (the TLB's and the cache's tag compares: single_hit and stale speak
// of the TLB's); that no two cache slots of one level match a lookup (the base is claimed when one does); the
// rights and flags a fill installs (privilege judges hits on the rights the entry holds); anything about the
// memory's contents (two reads of one address may differ).

localparam [39:0] FT_PFN_MASK = (40'h1 << (`CFG_PADDR_BITS - 12)) - 1;

wire ft_accept = p_req_valid && p_req_ready && !reset;
wire ft_xfer = mem_req_valid && mem_req_ready && !reset;

// The contract: the index of the entry at `level` (3 PML4E .. 0 PTE), whether an entry read there is a leaf, its
// page size, its frame (PA 51:12, masked to MAXPHYADDR, bits below the page size clear), and the physical address
// of `va` in a page of `size` at `frame`.
function automatic [8:0] ft_index(input [1:0] level, input [47:0] va);
    case (level)
        2'd3: ft_index = va[47:39];
        2'd2: ft_index = va[38:30];
        2'd1: ft_index = va[29:21];
        default: ft_index = va[20:12];
    endcase
endfunction

function automatic ft_is_leaf(input [1:0] level, input [63:0] e);
    ft_is_leaf = (level == 2'd0) || (((level == 2'd1) || (level == 2'd2)) && e[7]);
endfunction

function automatic [1:0] ft_leaf_size(input [1:0] level);
    ft_leaf_size = (level == 2'd2) ? `PageSize_Size1G : (level == 2'd1) ? `PageSize_Size2M : `PageSize_Size4K;
endfunction

function automatic [51:0] ft_low(input [1:0] size);
    ft_low = (size == `PageSize_Size1G) ? 52'h3fffffff : (size == `PageSize_Size2M) ? 52'h1fffff : 52'hfff;
endfunction

function automatic [39:0] ft_frame_of(input [63:0] e, input [1:0] size);
    reg [51:0] low;
    begin
        low = ft_low(size);
        ft_frame_of = e[51:12] & FT_PFN_MASK & ~low[51:12];
    end
endfunction

function automatic [51:0] ft_pa(input [39:0] frame, input [1:0] size, input [47:0] va);
    ft_pa = {frame, 12'h0} + ({4'h0, va} & ft_low(size));
endfunction

// The access: its VA as accepted (bits 47:0; a walk or a hit answer only a canonical one).
reg [47:0] ft_va;
reg ft_va_known;
always @(posedge clock) begin
    if (ft_accept)
        ft_va <= p_req_va[47:0];
    if (reset)
        ft_va_known <= 1'b0;
    else if (ft_accept)
        ft_va_known <= 1'b1;
end

// The port: how many requests were taken and not answered (ft_n), and whether one of them is a read (ft_rd).
reg [2:0] ft_n;
reg ft_rd;
wire ft_answer = mem_rsp_valid && (ft_n != 3'd0) && !reset;
always @(posedge clock)
    if (reset) begin
        ft_n <= 3'd0;
        ft_rd <= 1'b0;
    end else begin
        ft_n <= ft_n - {2'b0, ft_answer} + {2'b0, ft_xfer};
        if (ft_answer)
            ft_rd <= 1'b0;
        if (ft_xfer && !mem_req_we)
            ft_rd <= 1'b1;
    end
wire ft_read_answer = ft_answer && ft_rd;

// The walk, from its start: the level and table base of its next read, whether it read a non-leaf entry (ft_nl), and
// once its leaf came, the frame and size. From then on level and base stay: the base of the leaf's table was taken
// from the deepest non-leaf entry read, one level up.
reg ft_walk, ft_leaf, ft_nl;
reg [1:0] ft_level, ft_size;
reg [39:0] ft_base, ft_frame;
always @(posedge clock)
    if (reset || p_rsp_valid)
        ft_walk <= 1'b0;
    else if (obs_walk_start) begin
        ft_walk <= 1'b1;
        ft_leaf <= 1'b0;
        ft_nl <= 1'b0;
        ft_level <= obs_walk_pwc_hit ? obs_walk_pwc_level - 2'd1 : 2'd3;
        ft_base <= obs_walk_pwc_hit ? obs_walk_pwc_base : cr3[51:12] & FT_PFN_MASK;
    end else if (ft_read_answer && !mem_rsp_err) begin
        if (ft_is_leaf(ft_level, mem_rsp_data)) begin
            ft_leaf <= 1'b1;
            ft_size <= ft_leaf_size(ft_level);
            ft_frame <= ft_frame_of(mem_rsp_data, ft_leaf_size(ft_level));
        end else begin
            ft_nl <= 1'b1;
            ft_level <= ft_level - 2'd1;
            ft_base <= mem_rsp_data[51:12] & FT_PFN_MASK;
        end
    end

// Per TLB entry, the frame and size its last fill installed. At the acceptance of an access, the shadow of the entry
// the lookup matched (ft_h_any: some entry matched; ft_h_one: exactly one).
reg [40 * `P_ENTRIES - 1:0] ft_s_frame;
reg [2 * `P_ENTRIES - 1:0] ft_s_size;
reg ft_h_any, ft_h_one;
reg [39:0] ft_h_frame;
reg [1:0] ft_h_size;
integer ft_k;
always @(posedge clock) begin
    for (ft_k = 0; ft_k < `P_ENTRIES; ft_k = ft_k + 1)
        if (obs_tlb_fill && obs_tlb_fill_slot_all[ft_k] && !reset) begin
            ft_s_frame[ft_k * 40 +: 40] <= ft_frame;
            ft_s_size[ft_k * 2 +: 2] <= ft_size;
        end
    if (reset) begin
        ft_h_any <= 1'b0;
        ft_h_one <= 1'b0;
    end else if (ft_accept) begin
        ft_h_any <= obs_lk_match_all != 0;
        ft_h_one <= (obs_lk_match_all != 0) && ((obs_lk_match_all & (obs_lk_match_all - 1)) == 0);
        for (ft_k = 0; ft_k < `P_ENTRIES; ft_k = ft_k + 1)
            if (obs_lk_match_all[ft_k]) begin
                ft_h_frame <= ft_s_frame[ft_k * 40 +: 40];
                ft_h_size <= ft_s_size[ft_k * 2 +: 2];
            end
    end
end

wire [3:0] ft_wb_need = {obs_walk_wb_need_3, obs_walk_wb_need_2, obs_walk_wb_need_1, obs_walk_wb_need_0};
wire [3:0] ft_wb_sent = {obs_walk_wb_sent_3, obs_walk_wb_sent_2, obs_walk_wb_sent_1, obs_walk_wb_sent_0};
wire [2:0] ft_sent_count = {2'b0, ft_wb_sent[0]} + {2'b0, ft_wb_sent[1]} + {2'b0, ft_wb_sent[2]}
    + {2'b0, ft_wb_sent[3]};
integer ft_w;
wire ft_reading = (obs_walk_state == `WalkState_ReadEntry) || (obs_walk_state == `WalkState_CheckEntry);
wire ft_past_leaf = (obs_walk_state == `WalkState_PermCheck) || (obs_walk_state == `WalkState_WriteBack)
    || (obs_walk_state == `WalkState_AckWrite) || (obs_walk_state == `WalkState_Done);

always @(*) if (f_armed && !reset) begin
    // Walk addresses: a read goes to table base + 8 * index of the walk's level; none after the leaf.
    if (mem_req_valid && !mem_req_we) begin
        assert (ft_walk && !ft_leaf);
        assert (mem_req_addr == {ft_base, ft_index(ft_level, ft_va), 3'b000});
    end
    // Walk answers: the leaf frame plus the offset.
    if (p_rsp_valid && !p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok)) begin
        assert (ft_walk && ft_leaf);
        assert (p_rsp_pa == ft_pa(ft_frame, ft_size, ft_va));
    end
    // A fill installs the leaf of the walk that fills it.
    if (obs_tlb_fill) begin
        assert (ft_walk && ft_leaf);
        assert (obs_tlb_fill_pfn == ft_frame);
        assert (obs_tlb_fill_size == ft_size);
    end
    // Hit answers: the matched entry's frame (as its fill installed it) plus the offset.
    if (p_rsp_valid && p_rsp_tlb_hit && (p_rsp_outcome == `OutcomeCode_Ok)) begin
        assert (ft_h_any);
        if (ft_h_one)
            assert (p_rsp_pa == ft_pa(ft_h_frame, ft_h_size, ft_va));
    end

    // Invariants.
    assert (ft_n == {2'b0, obs_walk_outstanding} + ft_sent_count);
    assert (ft_rd == obs_walk_outstanding);
    if (mem_req_valid && !mem_req_we)
        assert (ft_n == 3'd0);
    if (ft_reading) begin
        assert (ft_walk && !ft_leaf);
        assert (ft_level == obs_walk_level);
        assert (ft_base == obs_walk_base);
    end
    // The walker waits for its read's answer in CheckEntry, with nothing else outstanding; writes are outstanding in
    // WriteBack and AckWrite only, AckWrite waiting for at least one, WriteBack with one left to offer.
    assert (obs_walk_outstanding == (obs_walk_state == `WalkState_CheckEntry));
    if (obs_walk_outstanding)
        assert (ft_n == 3'd1);
    if (ft_wb_sent != 4'b0)
        assert ((obs_walk_state == `WalkState_WriteBack) || (obs_walk_state == `WalkState_AckWrite));
    if (obs_walk_state == `WalkState_AckWrite)
        assert ((ft_wb_sent != 4'b0) && (ft_wb_need == 4'b0));
    if (obs_walk_state == `WalkState_WriteBack)
        assert (ft_wb_need != 4'b0);
    assert ((ft_wb_need & ft_wb_sent) == 4'b0);
    // While reading, no level at or below the current one is marked for a write (the marks are made as the walk goes
    // down, and cleared when it starts).
    if (ft_reading)
        for (ft_w = 0; ft_w < 4; ft_w = ft_w + 1)
            if (ft_w <= obs_walk_level)
                assert (!ft_wb_need[ft_w]);
    // The write offered (WriteBack, PermCheck with a level marked) is the one of the walker's level, the highest
    // marked.
    if ((obs_walk_state == `WalkState_WriteBack) || ((obs_walk_state == `WalkState_PermCheck) && (ft_wb_need != 4'b0)))
        for (ft_w = 0; ft_w < 4; ft_w = ft_w + 1)
            assert (ft_wb_need[ft_w] ? (ft_w <= obs_walk_level) : (ft_w != obs_walk_level));
    if (ft_past_leaf) begin
        assert (ft_walk && ft_leaf);
        assert (obs_walk_leaf_pfn == ft_frame);
        assert (obs_walk_leaf_size == ft_size);
    end
    if (obs_walk_state != `WalkState_Idle)
        assert (ft_walk);
    assert (!obs_walk_start || (obs_walk_state == `WalkState_Idle));
    if (ft_va_known)
        assert ({obs_r_vpn_1g, obs_r_vpn_2m, obs_r_vpn_4k, obs_r_off} == ft_va);
    if (obs_walk_start || obs_walk_busy || obs_r_fast || obs_r_walk)
        assert (ft_va_known);
    if (ft_h_one) begin
        assert ({obs_h_pfn, obs_h_size} == {ft_h_frame, ft_h_size});
        assert (ft_h_frame == ft_frame_of({12'h0, ft_h_frame, 12'h0}, ft_h_size));
    end
    // The leaf's size is a PageSize code (a TLB entry's size 3 would read out as 2M), and its frame has no bit at or
    // above MAXPHYADDR or below the page size.
    if (ft_walk && ft_leaf) begin
        assert (ft_size != 2'd3);
        assert (ft_frame == ft_frame_of({12'h0, ft_frame, 12'h0}, ft_size));
    end
end

genvar ft_i;
generate
    for (ft_i = 0; ft_i < `P_ENTRIES; ft_i = ft_i + 1) begin : ft_entry
        always @(*) if (f_armed && !reset && obs_e_valid_all[ft_i]) begin
            assert ({obs_e_pfn_hi_all[ft_i * 22 +: 22], obs_e_pfn_lo_all[ft_i * 18 +: 18]}
                    == ft_s_frame[ft_i * 40 +: 40]);
            assert (obs_e_size_all[ft_i * 2 +: 2] == ft_s_size[ft_i * 2 +: 2]);
            assert (ft_s_size[ft_i * 2 +: 2] != 2'd3);
            assert (ft_s_frame[ft_i * 40 +: 40]
                    == ft_frame_of({12'h0, ft_s_frame[ft_i * 40 +: 40], 12'h0}, ft_s_size[ft_i * 2 +: 2]));
        end
    end
endgenerate

// ---- Paging-structure cache: one block per slot (CFG_PWC_ENTRIES of the 8 the hardware can have). Per slot, the
// level and base its last fill installed; at a walk's start, the slots that matched at the level the cache answered.
wire [7:0] ft_pv, ft_pslot, ft_pmatch;
wire [8 * 2 - 1:0] ft_plevel;
wire [8 * 40 - 1:0] ft_pbase;
`define FT_PWC_SLOT(S) \
    if (S < `CFG_PWC_ENTRIES) begin : ft_pobs``S \
        assign ft_pv[S] = obs_pwc_valid_``S; \
        assign ft_pslot[S] = obs_pwc_fill_slot_``S; \
        assign ft_pmatch[S] = obs_pwc_match_``S; \
        assign ft_plevel[S * 2 +: 2] = obs_pwc_level_``S; \
        assign ft_pbase[S * 40 +: 40] = {obs_pwc_base_hi_``S, obs_pwc_base_lo_``S}; \
    end else begin : ft_pobs``S``_off \
        assign ft_pv[S] = 1'b0; \
        assign ft_pslot[S] = 1'b0; \
        assign ft_pmatch[S] = 1'b0; \
        assign ft_plevel[S * 2 +: 2] = 2'd0; \
        assign ft_pbase[S * 40 +: 40] = 40'd0; \
    end
generate
    `FT_PWC_SLOT(0)
    `FT_PWC_SLOT(1)
    `FT_PWC_SLOT(2)
    `FT_PWC_SLOT(3)
    `FT_PWC_SLOT(4)
    `FT_PWC_SLOT(5)
    `FT_PWC_SLOT(6)
    `FT_PWC_SLOT(7)
endgenerate
`undef FT_PWC_SLOT

reg [8 * 2 - 1:0] ft_ps_level;
reg [8 * 40 - 1:0] ft_ps_base;
wire [7:0] ft_psel;         // slots that matched the start's lookup with the level the cache answered
reg [39:0] ft_psel_base;    // the shadow base of such a slot
always @(posedge clock)
    for (ft_k = 0; ft_k < 8; ft_k = ft_k + 1)
        if (obs_pwc_fill_en && ft_pslot[ft_k] && !reset) begin
            ft_ps_level[ft_k * 2 +: 2] <= obs_pwc_fill_level;
            ft_ps_base[ft_k * 40 +: 40] <= obs_pwc_fill_base;
        end
integer ft_m;
always @(*) begin
    ft_psel_base = 40'd0;
    for (ft_m = 0; ft_m < 8; ft_m = ft_m + 1)
        if (ft_psel[ft_m])
            ft_psel_base = ft_ps_base[ft_m * 40 +: 40];
end

genvar ft_s;
generate
    for (ft_s = 0; ft_s < 8; ft_s = ft_s + 1) begin : ft_pwc
        assign ft_psel[ft_s] = ft_pmatch[ft_s] && (ft_ps_level[ft_s * 2 +: 2] == obs_walk_pwc_level);
        always @(*) if (f_armed && !reset && ft_pv[ft_s]) begin
            assert (ft_plevel[ft_s * 2 +: 2] == ft_ps_level[ft_s * 2 +: 2]);
            assert (ft_pbase[ft_s * 40 +: 40] == ft_ps_base[ft_s * 40 +: 40]);
            assert (ft_ps_level[ft_s * 2 +: 2] != 2'd0);
            assert ((ft_ps_base[ft_s * 40 +: 40] & ~FT_PFN_MASK) == 40'd0);
        end
    end
endgenerate

always @(*) if (f_armed && !reset) begin
    // A cache fill installs the deepest non-leaf entry its walk read: one level above the leaf, with the base the
    // walk read the leaf's table from.
    if (obs_pwc_fill_en) begin
        assert (ft_walk && ft_leaf && ft_nl);
        assert (obs_pwc_fill_level == ft_level + 2'd1);
        assert (obs_pwc_fill_base == ft_base);
    end
    // A walk starting from the cache starts from a slot that matched, at that slot's level, and with its base when
    // one slot matched at that level.
    if (obs_walk_start && obs_walk_pwc_hit) begin
        assert (ft_psel != 8'd0);
        if ((ft_psel & (ft_psel - 8'd1)) == 8'd0)
            assert (obs_walk_pwc_base == ft_psel_base);
    end
    // Invariants: a walk that read a non-leaf entry is below the PML4, and the walker keeps that entry as this file
    // sees it (from its start to its answer).
    if (ft_walk && ft_nl)
        assert (ft_level != 2'd3);
    if (ft_reading || ft_past_leaf) begin
        assert (obs_walk_pf_valid == ft_nl);
        if (ft_nl)
            assert ({obs_walk_pf_level, obs_walk_pf_base} == {ft_level + 2'd1, ft_base});
    end
    // Table bases have no bit at or above MAXPHYADDR.
    if (ft_walk)
        assert ((ft_base & ~FT_PFN_MASK) == 40'd0);
end
