// Single hit: the TLB never reports two hits. At most one entry matches any lookup, in every reachable state.
//
// Stated per pair of entries (i, j) with the invariant fh_disjoint: the two entries are not both valid with
// overlapping pages (equal VPN above the larger of the two page sizes) in a PCID where both could match (one of them
// global, or equal PCIDs). It is written from docs/architecture.md, not from the TLB's overlap logic. Each pair's
// invariant is inductive on its own: a fill either overwrites i or j and drops the other if it overlaps the new page
// (the overlap drop), or leaves both alone; an invalidation only clears entries. With it the proof shows the TLB's own
// match lines (obs_lk_match_*, which drive `hit` and the AND-OR readout) are never both high for the lookup of the
// cycle (the MMU's p_req_va and current PCID, free inputs): no lookup can see two hits.
//
// The fill tests overlaps not with comparators of its own but with the compares the TLB kept from the lookup of the
// access (obs_cap_*, loaded by obs_tlb_capture when the port takes an access). So the invariant also carries why they
// are right when a fill uses them: fh_cap_live records that no fill came since the last capture; while it is set,
// entry i's kept compares equal the compares of its fields with the port's registered access (loaded in the same edge
// as the capture), and a fill's operands are that access; and while a walk starts or runs (obs_r_walk or
// obs_walk_busy) it is set.
//
// An L2 TLB adds the same statement per set, over its ways.

reg fh_cap_live;
always @(posedge clock)
    if (reset)
        fh_cap_live <= 1'b0;
    else if (obs_tlb_capture)
        fh_cap_live <= 1'b1;
    else if (obs_tlb_fill)
        fh_cap_live <= 1'b0;

always @(*) if (f_armed) begin
    assert (!(obs_r_walk || obs_walk_busy) || fh_cap_live);
    // The TLB chooses the slot only while `fill_prep` is high and writes with `fill_en`: a fill never comes without it.
    assert (!obs_tlb_fill || obs_tlb_fill_prep);
    // A fill installs the translation of the port's registered access: the walker serves this port alone.
    if (obs_tlb_fill)
        assert ((obs_tlb_fill_vpn_1g == obs_r_vpn_1g) && (obs_tlb_fill_vpn_2m == obs_r_vpn_2m)
                && (obs_tlb_fill_vpn_4k == obs_r_vpn_4k) && (obs_tlb_fill_pcid == obs_r_pcid));
end

genvar fh_i, fh_j;
generate
    for (fh_i = 0; fh_i < `P_ENTRIES; fh_i = fh_i + 1) begin : fh_entry
        wire [17:0] vpn_1g = obs_e_vpn_1g_all[fh_i * 18 +: 18];
        wire [8:0] vpn_2m = obs_e_vpn_2m_all[fh_i * 9 +: 9];
        wire [8:0] vpn_4k = obs_e_vpn_4k_all[fh_i * 9 +: 9];
        wire [11:0] pcid = obs_e_pcid_all[fh_i * 12 +: 12];
        always @(*) if (f_armed && fh_cap_live) begin
            assert (obs_cap_1g_all[fh_i] == (vpn_1g == obs_r_vpn_1g));
            assert (obs_cap_2m_all[fh_i] == (vpn_2m == obs_r_vpn_2m));
            assert (obs_cap_4k_all[fh_i] == (vpn_4k == obs_r_vpn_4k));
            assert (obs_cap_pcid_all[fh_i] == (pcid == obs_r_pcid));
        end
        for (fh_j = fh_i + 1; fh_j < `P_ENTRIES; fh_j = fh_j + 1) begin : fh_pair
            wire [1:0] size_i = obs_e_size_all[fh_i * 2 +: 2];
            wire [1:0] size_j = obs_e_size_all[fh_j * 2 +: 2];
            wire overlap = obs_e_valid_all[fh_i] && obs_e_valid_all[fh_j]
                && (obs_e_glob_all[fh_i] || obs_e_glob_all[fh_j] || (pcid == obs_e_pcid_all[fh_j * 12 +: 12]))
                && (vpn_1g == obs_e_vpn_1g_all[fh_j * 18 +: 18])
                && ((size_i == `PageSize_Size1G) || (size_j == `PageSize_Size1G)
                    || (vpn_2m == obs_e_vpn_2m_all[fh_j * 9 +: 9]))
                && ((size_i != `PageSize_Size4K) || (size_j != `PageSize_Size4K)
                    || (vpn_4k == obs_e_vpn_4k_all[fh_j * 9 +: 9]));
            always @(*) if (f_armed) begin
                assert (!overlap);
                assert (!(obs_lk_match_all[fh_i] && obs_lk_match_all[fh_j]));
            end
        end
    end
endgenerate
