// Properties P1, P2, P3 and P5, stated in the scope of module `mmu` of the exported Verilog.
//
// formal/run.py inserts `include "mmu_props.vh"` just before `endmodule // mmu` (nothing else of the export changes),
// flattens the design and proves with Yosys `sat -tempinduct` that every `f_p*` wire below is 1 in every cycle after a
// reset, whatever the inputs (requests, control registers, maintenance commands, memory answers) do.
//
// Level: the top `mmu`, flattened. The `perm` instance proved is the one the MMU wires in, fed by the hit path (the
// rights latched from the TLB entry that hit, h_*) and by the walk path (the rights the walker accumulated,
// walker$rights_*) through the same multiplexer; nothing is proved about `mmu$perm` on its own.
//
// Names used from the `mmu` scope: ports; the access in flight r_user$q (CPL 3) and r_kind$q (0 read, 1 write,
// 2 fetch); r_fast$q (a hit or #GP answers this cycle); h_user$q, h_writable$q, h_xd$q (rights of the TLB entry that
// hit, latched with the request); walker$rights_* (the walk's effective rights); walker$start.
// Two wires are internal to the walker and are connected by run.py after `flatten` (then `check -assert` fails if
// either is left undriven): f_walk_state = walker.state$q and f_walk_state_next = walker.state$d. In the other
// direction, f_walking below is connected to the TLB's P4 invariant (tlb.f_walking). The state numbers
// come from the walker's `WalkState$*` localparams, passed in as macros by run.py.

    wire [2:0] f_walk_state;
    wire [2:0] f_walk_state_next;

    // A walk is pending (the access was taken) or running: tapped into the TLB's P4 invariant (tlb.f_walking).
    wire f_walking = r_walk$q || walker$busy;

    wire f_write = r_kind$q == 2'd1;
    wire f_fetch = r_kind$q == 2'd2;

    // The two places where an access is granted; the control bits are those of that cycle (they are read at access
    // time, never cached).
    // Hit path: an ok response answered from the TLB, judged against the rights of the entry that hit.
    wire f_hit_grant = rsp_valid && rsp_tlb_hit && (rsp_outcome == 2'd0);
    // Walk path: the walker leaves PermCheck towards the A/D write-back or Done (not Fault, not reset), judged
    // against the rights accumulated over the walk.
    wire f_walk_grant = (f_walk_state == `F_PERM_CHECK)
        && ((f_walk_state_next == `F_WRITE_BACK) || (f_walk_state_next == `F_DONE));

    // Strengthening invariant: a hit is answered while the walker is idle (so the shared Perm sees the hit's rights).
    // Part of every property below; it is proved along with it.
    wire f_inv_hit_idle = !r_fast$q || (f_walk_state == `F_IDLE);

    // P1: no user-mode access (CPL 3) is granted to a page that is not user-accessible.
    wire f_p1_hit = !(f_hit_grant && r_user$q && !h_user$q);
    wire f_p1_walk = !(f_walk_grant && r_user$q && !walker$rights_user);
    (* keep *) wire f_p1 = f_inv_hit_idle && f_p1_hit && f_p1_walk;

    // P2: no write is granted to a non-writable page from user mode, or from supervisor mode with CR0.WP=1.
    wire f_p2_hit = !(f_hit_grant && f_write && (r_user$q || cr0_wp) && !h_writable$q);
    wire f_p2_walk = !(f_walk_grant && f_write && (r_user$q || cr0_wp) && !walker$rights_writable);
    (* keep *) wire f_p2 = f_inv_hit_idle && f_p2_hit && f_p2_walk;

    // P3: no instruction fetch is granted from an execute-disabled page (XD=1 at some level, with EFER.NXE=1).
    wire f_p3_hit = !(f_hit_grant && f_fetch && efer_nxe && h_xd$q);
    wire f_p3_walk = !(f_walk_grant && f_fetch && efer_nxe && walker$rights_xd);
    (* keep *) wire f_p3 = f_inv_hit_idle && f_p3_hit && f_p3_walk;

    // P5: an ok response to a walk (rsp_tlb_hit=0) comes only after that walk was granted at PermCheck; so P1-P3 at
    // the walker's grant cover every ok response of the walk path too. f_walk_granted is a monitor register: cleared
    // by reset and when a walk starts, set by the walk's grant.
    reg f_walk_granted;
    always @(posedge clock) begin
        if (reset || walker$start)
            f_walk_granted <= 1'b0;
        else if (f_walk_grant)
            f_walk_granted <= 1'b1;
    end
    wire f_walk_ok_rsp = rsp_valid && !rsp_tlb_hit && (rsp_outcome == 2'd0);
    // Strengthening invariants: past a grant (A/D write-back, its acknowledge, Done) the grant is recorded; a walk
    // is started only while the walker is idle (so a start never clears the record of a walk in flight).
    wire f_inv_granted = !((f_walk_state == `F_WRITE_BACK) || (f_walk_state == `F_ACK_WRITE)
        || (f_walk_state == `F_DONE)) || f_walk_granted;
    wire f_inv_start_idle = !walker$start || (f_walk_state == `F_IDLE);
    (* keep *) wire f_p5 = f_inv_hit_idle && f_inv_granted && f_inv_start_idle
        && (!f_walk_ok_rsp || f_walk_granted);
