// What every property group shares: the reset assumption, `f_armed`, and the rights function of the contract
// (docs/x86-paging.md "Access rights" and "#PF error code", docs/architecture.md), written here from the contract
// and not from the RTL's Perm block.

// The port the properties watch, as `p_*`: the data port and its DTLB, or, with F_FETCH, the fetch port and its ITLB.
// The other port stays idle, so the walker serves the watched port alone; the ports' interplay (the arbiter, both
// TLBs filled by one walker) is held to the model by the random agreement tests instead (formal/README.md).
`ifdef F_FETCH
`define P_ENTRIES `CFG_ITLB_ENTRIES
wire p_req_valid = fetch_req_valid;
wire p_req_ready = fetch_req_ready;
wire [63:0] p_req_va = fetch_req_va;
wire [1:0] p_req_kind = `AccessKind_Fetch;
wire p_req_user = fetch_req_user;
wire p_rsp_valid = fetch_rsp_valid;
wire [1:0] p_rsp_outcome = fetch_rsp_outcome;
wire [51:0] p_rsp_pa = fetch_rsp_pa;
wire [5:0] p_rsp_error_code = fetch_rsp_error_code;
wire p_rsp_tlb_hit = fetch_rsp_tlb_hit;
always @(*) assume (!data_req_valid);
`else
`define P_ENTRIES `CFG_TLB_ENTRIES
wire p_req_valid = data_req_valid;
wire p_req_ready = data_req_ready;
wire [63:0] p_req_va = data_req_va;
wire [1:0] p_req_kind = data_req_write ? `AccessKind_Write : `AccessKind_Read;
wire p_req_user = data_req_user;
wire p_rsp_valid = data_rsp_valid;
wire [1:0] p_rsp_outcome = data_rsp_outcome;
wire [51:0] p_rsp_pa = data_rsp_pa;
wire [5:0] p_rsp_error_code = data_rsp_error_code;
wire p_rsp_tlb_hit = data_rsp_tlb_hit;
always @(*) assume (!fetch_req_valid);
`endif

// The design starts in an arbitrary state with reset high; every input is free from the next cycle on.
initial assume (reset);

// A reset has been seen: from here on the design's state is one it can reach. Assertions hold from then on.
reg f_armed = 1'b0;
always @(posedge clock) if (reset) f_armed <= 1'b1;

// A stale answer (an A/D write's compare-and-set found the entry changed since the walk read it) makes the walk start
// again from its first level. Only the memory group lets the memory give one (memory.svh proves what the walker does
// with it); the other groups prove their properties of walks whose writes all land, and a walk started again is a walk
// like any other from the same start. Without stale answers the walker never marks one nor enters Rewalk.
`ifndef P_MEMORY
always @(*) assume (!mem_rsp_stale);
always @(*) if (f_armed) assert (!obs_walk_stale && (obs_walk_state != `WalkState_Rewalk));
`endif

// Every task rests on these: the idle port holds no access, and the walker serves the watched port, whose miss waits
// (r_wait) for as long as the walk runs, so that it takes no request meanwhile. They make the induction step start
// from states in which the other port is as the assumption above keeps it.
always @(*) if (f_armed) begin
    // The walker's state flop holds one of its states (Rewalk is the last encoding): the other values of its width
    // are unreachable, and without this an induction could start in one of them and stay there.
    assert (obs_walk_state <= `WalkState_Rewalk);
    assert (!obs_o_wait && !obs_o_fast);
    assert (!obs_walk_busy || obs_r_wait);
    assert (!(obs_r_fast && obs_r_wait));
`ifdef F_FETCH
    assert (!obs_walk_busy || !obs_w_data);
`else
    assert (!obs_walk_busy || obs_w_data);
`endif
end

// The rights function: may an access of `kind` (AccessKind) at CPL 3 (`cpl3`) or supervisor use a page with the
// effective rights `u` (U/S in every level), `w` (R/W in every level), `xd` (XD in some level, raw) and key `pkey`,
// under the control bits given? f_pk_deny is the protection-key condition alone (also reported in the error code).
function automatic f_pk_deny(input u, input [3:0] pkey, input [1:0] kind, input cpl3, input wp, input pke,
                             input [31:0] pkru);
    reg ad, wd, write, fetch;
    begin
        ad = pkru[{pkey, 1'b0}];
        wd = pkru[{pkey, 1'b1}];
        write = kind == `AccessKind_Write;
        fetch = kind == `AccessKind_Fetch;
        f_pk_deny = pke && u && !fetch && (ad || (wd && write && (cpl3 || wp)));
    end
endfunction

function automatic f_allow(input u, input w, input xd, input [3:0] pkey, input [1:0] kind, input cpl3,
                           input wp, input smep, input smap, input pke, input nxe, input ac, input [31:0] pkru);
    reg write, fetch, noexec, deny;
    begin
        write = kind == `AccessKind_Write;
        fetch = kind == `AccessKind_Fetch;
        noexec = nxe && xd;
        if (cpl3)
            deny = !u || (write && !w) || (fetch && noexec);
        else if (fetch)
            deny = noexec || (smep && u);
        else
            deny = (smap && !ac && u) || (write && wp && !w);
        f_allow = !deny && !f_pk_deny(u, pkey, kind, cpl3, wp, pke, pkru);
    end
endfunction

// The #PF error code of a rights violation (P set; RSVD clear): W/R, U/S, I/D (a fetch with SMEP or NXE on), PK.
function automatic [5:0] f_rights_code(input u, input [3:0] pkey, input [1:0] kind, input cpl3, input wp,
                                       input smep, input pke, input nxe, input [31:0] pkru);
    begin
        f_rights_code = {f_pk_deny(u, pkey, kind, cpl3, wp, pke, pkru), (kind == `AccessKind_Fetch) && (smep || nxe),
                         1'b0, cpl3, kind == `AccessKind_Write, 1'b1};
    end
endfunction
