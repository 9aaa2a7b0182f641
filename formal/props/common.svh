// What every property group shares: the reset assumption, `f_armed`, and the rights function of the contract
// (docs/x86-paging.md "Access rights" and "#PF error code", docs/architecture.md), written here from the contract
// and not from the RTL's Perm block.

// The design starts in an arbitrary state with reset high; every input is free from the next cycle on.
initial assume (reset);

// A reset has been seen: from here on the design's state is one it can reach. Assertions hold from then on.
reg f_armed = 1'b0;
always @(posedge clock) if (reset) f_armed <= 1'b1;

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
