// mmu: x86-64 memory-management unit (IA-32e 4-level paging), exported from mmu-rtl.
// Generated file: do not edit; regenerate with `mmu-rtl export`.
// Configuration: tlb_entries=32 paddr_bits=40
// Ports (one clock `clock`, rising edge; `reset` synchronous, active high):
//   input          clock
//   input          reset
//   input          req_valid
//   output         req_ready
//   input   [63:0] req_va
//   input    [1:0] req_kind
//   input          req_user
//   output         rsp_valid
//   output   [1:0] rsp_outcome
//   output  [51:0] rsp_pa
//   output   [5:0] rsp_error_code
//   output         rsp_tlb_hit
//   input          cr0_wp
//   input   [63:0] cr3
//   input          cr4_pge
//   input          cr4_pcide
//   input          cr4_smep
//   input          cr4_smap
//   input          cr4_pke
//   input          efer_nxe
//   input          rflags_ac
//   input   [31:0] pkru
//   input          cmd_valid
//   output         cmd_ready
//   input    [2:0] cmd_op
//   input   [63:0] cmd_va
//   input   [11:0] cmd_pcid
//   input          cmd_noflush
//   output         mem_req_valid
//   input          mem_req_ready
//   output  [51:0] mem_req_addr
//   output         mem_req_we
//   output  [63:0] mem_req_wdata
//   input          mem_rsp_valid
//   input   [63:0] mem_rsp_data
// Port semantics and timing: see the `mmu` section of README.md and docs/architecture.md.



module mmu(clock,reset,req_valid,req_ready,req_va,req_kind,req_user,rsp_valid,rsp_outcome,rsp_pa,rsp_error_code,rsp_tlb_hit,cr0_wp,cr3,cr4_pge,cr4_pcide,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,cmd_valid,cmd_ready,cmd_op,cmd_va,cmd_pcid,cmd_noflush,mem_req_valid,mem_req_ready,mem_req_addr,mem_req_we,mem_req_wdata,mem_rsp_valid,mem_rsp_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [63:0] req_va;
    input wire  [1:0] req_kind;
    input wire  req_user;
    output reg  rsp_valid;
    output reg  [1:0] rsp_outcome;
    output reg  [51:0] rsp_pa;
    output reg  [5:0] rsp_error_code;
    output reg  rsp_tlb_hit;
    input wire  cr0_wp;
    input wire  [63:0] cr3;
    input wire  cr4_pge;
    input wire  cr4_pcide;
    input wire  cr4_smep;
    input wire  cr4_smap;
    input wire  cr4_pke;
    input wire  efer_nxe;
    input wire  rflags_ac;
    input wire  [31:0] pkru;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [2:0] cmd_op;
    input wire  [63:0] cmd_va;
    input wire  [11:0] cmd_pcid;
    input wire  cmd_noflush;
    output reg  mem_req_valid;
    input wire  mem_req_ready;
    output reg  [51:0] mem_req_addr;
    output reg  mem_req_we;
    output reg  [63:0] mem_req_wdata;
    input wire  mem_rsp_valid;
    input wire  [63:0] mem_rsp_data;
    
    // Constant declarations
    localparam  pfn_mask = 40'hfffffff;
    localparam  off_4k = 52'hfff;
    localparam  off_2m = 52'h1fffff;
    localparam  off_1g = 52'h3fffffff;
    
    // Stub signals
    reg  tlb$clock;
    reg  tlb$reset;
    reg  [35:0] tlb$lk_vpn;
    reg  [11:0] tlb$lk_pcid;
    wire  tlb$hit;
    wire  [4:0] tlb$hit_idx;
    wire  [1:0] tlb$hit_size;
    wire  [39:0] tlb$hit_pfn;
    wire  tlb$hit_glob;
    wire  tlb$hit_writable;
    wire  tlb$hit_user;
    wire  tlb$hit_xd;
    wire  tlb$hit_dirty;
    wire  [3:0] tlb$hit_pkey;
    reg  tlb$fill_en;
    reg  [35:0] tlb$fill_vpn;
    reg  [1:0] tlb$fill_size;
    reg  [11:0] tlb$fill_pcid;
    reg  tlb$fill_glob;
    reg  [39:0] tlb$fill_pfn;
    reg  tlb$fill_writable;
    reg  tlb$fill_user;
    reg  tlb$fill_xd;
    reg  tlb$fill_dirty;
    reg  [3:0] tlb$fill_pkey;
    wire  [4:0] tlb$fill_idx;
    reg  tlb$inv_en;
    reg  tlb$inv_use_va;
    reg  tlb$inv_use_pcid;
    reg  tlb$inv_glob_wild;
    reg  tlb$inv_keep_glob;
    reg  [35:0] tlb$inv_vpn;
    reg  [11:0] tlb$inv_pcid;
    reg  walker$clock;
    reg  walker$reset;
    reg  walker$start;
    reg  [39:0] walker$pml4_base;
    reg  [35:0] walker$vpn;
    reg  walker$is_write;
    reg  [11:0] walker$pcid;
    reg  walker$cr4_pge;
    reg  walker$efer_nxe;
    reg  walker$inv_en;
    reg  walker$inv_use_va;
    reg  walker$inv_use_pcid;
    reg  walker$inv_glob_wild;
    reg  walker$inv_keep_glob;
    reg  [35:0] walker$inv_vpn;
    reg  [11:0] walker$inv_pcid;
    wire  walker$rights_user;
    wire  walker$rights_writable;
    wire  walker$rights_xd;
    wire  [3:0] walker$rights_pkey;
    reg  walker$perm_allow;
    reg  [5:0] walker$perm_code;
    wire  walker$mem_req_valid;
    reg  walker$mem_req_ready;
    wire  [51:0] walker$mem_req_addr;
    wire  walker$mem_req_we;
    wire  [63:0] walker$mem_req_wdata;
    reg  walker$mem_rsp_valid;
    reg  [63:0] walker$mem_rsp_data;
    wire  walker$busy;
    wire  walker$done;
    wire  walker$fault;
    wire  [5:0] walker$error_code;
    wire  [39:0] walker$pfn;
    wire  [1:0] walker$size;
    wire  walker$fill_en;
    wire  [35:0] walker$fill_vpn;
    wire  [1:0] walker$fill_size;
    wire  [11:0] walker$fill_pcid;
    wire  walker$fill_glob;
    wire  [39:0] walker$fill_pfn;
    wire  walker$fill_writable;
    wire  walker$fill_user;
    wire  walker$fill_xd;
    wire  walker$fill_dirty;
    wire  [3:0] walker$fill_pkey;
    wire  walker$kill;
    reg  perm$page_user;
    reg  perm$page_writable;
    reg  perm$page_xd;
    reg  [3:0] perm$page_pkey;
    reg  [1:0] perm$kind;
    reg  perm$user_access;
    reg  perm$cr0_wp;
    reg  perm$cr4_smep;
    reg  perm$cr4_smap;
    reg  perm$cr4_pke;
    reg  perm$efer_nxe;
    reg  perm$rflags_ac;
    reg  [31:0] perm$pkru;
    wire  perm$allow;
    wire  [5:0] perm$error_code;
    reg  r_fast$d;
    wire  r_fast$q;
    reg  r_fast$clock;
    reg  r_gp$d;
    wire  r_gp$q;
    reg  r_gp$clock;
    reg  [47:0] r_va$d;
    wire  [47:0] r_va$q;
    reg  r_va$clock;
    reg  [1:0] r_kind$d;
    wire  [1:0] r_kind$q;
    reg  r_kind$clock;
    reg  r_user$d;
    wire  r_user$q;
    reg  r_user$clock;
    reg  [11:0] r_pcid$d;
    wire  [11:0] r_pcid$q;
    reg  r_pcid$clock;
    reg  [39:0] h_pfn$d;
    wire  [39:0] h_pfn$q;
    reg  h_pfn$clock;
    reg  [1:0] h_size$d;
    wire  [1:0] h_size$q;
    reg  h_size$clock;
    reg  h_user$d;
    wire  h_user$q;
    reg  h_user$clock;
    reg  h_writable$d;
    wire  h_writable$q;
    reg  h_writable$clock;
    reg  h_xd$d;
    wire  h_xd$q;
    reg  h_xd$clock;
    reg  [3:0] h_pkey$d;
    wire  [3:0] h_pkey$q;
    reg  h_pkey$clock;
    reg  prev_pge$d;
    wire  prev_pge$q;
    reg  prev_pge$clock;
    reg  prev_pcide$d;
    wire  prev_pcide$q;
    reg  prev_pcide$clock;
    reg  prev_smep$d;
    wire  prev_smep$q;
    reg  prev_smep$clock;
    reg  [11:0] prev_pcid$d;
    wire  [11:0] prev_pcid$q;
    reg  prev_pcid$clock;
    
    // Local signals
    reg  accept;
    reg  cmd_fire;
    reg  cr_flush_all;
    reg  cr_smep;
    reg  inv_en;
    reg  [11:0] cur_pcid;
    reg  [16:0] va_top;
    reg  canonical;
    reg  hit_usable;
    reg  cr_change;
    reg  inv_use_va;
    reg  inv_use_pcid;
    reg  inv_glob_wild;
    reg  inv_keep_glob;
    reg  [11:0] inv_pcid;
    reg  [39:0] sel_pfn;
    reg  [1:0] sel_size;
    reg  [51:0] off_mask;
    reg  [51:0] pa;
    reg  sel_user;
    reg  sel_writable;
    reg  sel_xd;
    reg  [3:0] sel_pkey;
    reg  l_rsp_valid;
    reg  [1:0] l_rsp_outcome;
    reg  [51:0] l_rsp_pa;
    reg  [5:0] l_rsp_error_code;
    reg  l_rsp_tlb_hit;
    
    // Sub module instances
    mmu$tlb tlb(
        .clock(tlb$clock),
        .reset(tlb$reset),
        .lk_vpn(tlb$lk_vpn),
        .lk_pcid(tlb$lk_pcid),
        .hit(tlb$hit),
        .hit_idx(tlb$hit_idx),
        .hit_size(tlb$hit_size),
        .hit_pfn(tlb$hit_pfn),
        .hit_glob(tlb$hit_glob),
        .hit_writable(tlb$hit_writable),
        .hit_user(tlb$hit_user),
        .hit_xd(tlb$hit_xd),
        .hit_dirty(tlb$hit_dirty),
        .hit_pkey(tlb$hit_pkey),
        .fill_en(tlb$fill_en),
        .fill_vpn(tlb$fill_vpn),
        .fill_size(tlb$fill_size),
        .fill_pcid(tlb$fill_pcid),
        .fill_glob(tlb$fill_glob),
        .fill_pfn(tlb$fill_pfn),
        .fill_writable(tlb$fill_writable),
        .fill_user(tlb$fill_user),
        .fill_xd(tlb$fill_xd),
        .fill_dirty(tlb$fill_dirty),
        .fill_pkey(tlb$fill_pkey),
        .fill_idx(tlb$fill_idx),
        .inv_en(tlb$inv_en),
        .inv_use_va(tlb$inv_use_va),
        .inv_use_pcid(tlb$inv_use_pcid),
        .inv_glob_wild(tlb$inv_glob_wild),
        .inv_keep_glob(tlb$inv_keep_glob),
        .inv_vpn(tlb$inv_vpn),
        .inv_pcid(tlb$inv_pcid)
    );
    mmu$walker walker(
        .clock(walker$clock),
        .reset(walker$reset),
        .start(walker$start),
        .pml4_base(walker$pml4_base),
        .vpn(walker$vpn),
        .is_write(walker$is_write),
        .pcid(walker$pcid),
        .cr4_pge(walker$cr4_pge),
        .efer_nxe(walker$efer_nxe),
        .inv_en(walker$inv_en),
        .inv_use_va(walker$inv_use_va),
        .inv_use_pcid(walker$inv_use_pcid),
        .inv_glob_wild(walker$inv_glob_wild),
        .inv_keep_glob(walker$inv_keep_glob),
        .inv_vpn(walker$inv_vpn),
        .inv_pcid(walker$inv_pcid),
        .rights_user(walker$rights_user),
        .rights_writable(walker$rights_writable),
        .rights_xd(walker$rights_xd),
        .rights_pkey(walker$rights_pkey),
        .perm_allow(walker$perm_allow),
        .perm_code(walker$perm_code),
        .mem_req_valid(walker$mem_req_valid),
        .mem_req_ready(walker$mem_req_ready),
        .mem_req_addr(walker$mem_req_addr),
        .mem_req_we(walker$mem_req_we),
        .mem_req_wdata(walker$mem_req_wdata),
        .mem_rsp_valid(walker$mem_rsp_valid),
        .mem_rsp_data(walker$mem_rsp_data),
        .busy(walker$busy),
        .done(walker$done),
        .fault(walker$fault),
        .error_code(walker$error_code),
        .pfn(walker$pfn),
        .size(walker$size),
        .fill_en(walker$fill_en),
        .fill_vpn(walker$fill_vpn),
        .fill_size(walker$fill_size),
        .fill_pcid(walker$fill_pcid),
        .fill_glob(walker$fill_glob),
        .fill_pfn(walker$fill_pfn),
        .fill_writable(walker$fill_writable),
        .fill_user(walker$fill_user),
        .fill_xd(walker$fill_xd),
        .fill_dirty(walker$fill_dirty),
        .fill_pkey(walker$fill_pkey),
        .kill(walker$kill)
    );
    mmu$perm perm(
        .page_user(perm$page_user),
        .page_writable(perm$page_writable),
        .page_xd(perm$page_xd),
        .page_pkey(perm$page_pkey),
        .kind(perm$kind),
        .user_access(perm$user_access),
        .cr0_wp(perm$cr0_wp),
        .cr4_smep(perm$cr4_smep),
        .cr4_smap(perm$cr4_smap),
        .cr4_pke(perm$cr4_pke),
        .efer_nxe(perm$efer_nxe),
        .rflags_ac(perm$rflags_ac),
        .pkru(perm$pkru),
        .allow(perm$allow),
        .error_code(perm$error_code)
    );
    mmu$r_fast r_fast(
        .d(r_fast$d),
        .q(r_fast$q),
        .clock(r_fast$clock)
    );
    mmu$r_gp r_gp(
        .d(r_gp$d),
        .q(r_gp$q),
        .clock(r_gp$clock)
    );
    mmu$r_va r_va(
        .d(r_va$d),
        .q(r_va$q),
        .clock(r_va$clock)
    );
    mmu$r_kind r_kind(
        .d(r_kind$d),
        .q(r_kind$q),
        .clock(r_kind$clock)
    );
    mmu$r_user r_user(
        .d(r_user$d),
        .q(r_user$q),
        .clock(r_user$clock)
    );
    mmu$r_pcid r_pcid(
        .d(r_pcid$d),
        .q(r_pcid$q),
        .clock(r_pcid$clock)
    );
    mmu$h_pfn h_pfn(
        .d(h_pfn$d),
        .q(h_pfn$q),
        .clock(h_pfn$clock)
    );
    mmu$h_size h_size(
        .d(h_size$d),
        .q(h_size$q),
        .clock(h_size$clock)
    );
    mmu$h_user h_user(
        .d(h_user$d),
        .q(h_user$q),
        .clock(h_user$clock)
    );
    mmu$h_writable h_writable(
        .d(h_writable$d),
        .q(h_writable$q),
        .clock(h_writable$clock)
    );
    mmu$h_xd h_xd(
        .d(h_xd$d),
        .q(h_xd$q),
        .clock(h_xd$clock)
    );
    mmu$h_pkey h_pkey(
        .d(h_pkey$d),
        .q(h_pkey$q),
        .clock(h_pkey$clock)
    );
    mmu$prev_pge prev_pge(
        .d(prev_pge$d),
        .q(prev_pge$q),
        .clock(prev_pge$clock)
    );
    mmu$prev_pcide prev_pcide(
        .d(prev_pcide$d),
        .q(prev_pcide$q),
        .clock(prev_pcide$clock)
    );
    mmu$prev_smep prev_smep(
        .d(prev_smep$d),
        .q(prev_smep$q),
        .clock(prev_smep$clock)
    );
    mmu$prev_pcid prev_pcid(
        .d(prev_pcid$d),
        .q(prev_pcid$q),
        .clock(prev_pcid$clock)
    );
    
    // Update code
    always @(*) begin
        tlb$clock = clock;
        walker$clock = clock;
        r_fast$clock = clock;
        r_gp$clock = clock;
        r_va$clock = clock;
        r_kind$clock = clock;
        r_user$clock = clock;
        r_pcid$clock = clock;
        h_pfn$clock = clock;
        h_size$clock = clock;
        h_user$clock = clock;
        h_writable$clock = clock;
        h_xd$clock = clock;
        h_pkey$clock = clock;
        prev_pge$clock = clock;
        prev_pcide$clock = clock;
        prev_smep$clock = clock;
        prev_pcid$clock = clock;
        r_fast$d = r_fast$q;
        r_gp$d = r_gp$q;
        r_va$d = r_va$q;
        r_kind$d = r_kind$q;
        r_user$d = r_user$q;
        r_pcid$d = r_pcid$q;
        h_pfn$d = h_pfn$q;
        h_size$d = h_size$q;
        h_user$d = h_user$q;
        h_writable$d = h_writable$q;
        h_xd$d = h_xd$q;
        h_pkey$d = h_pkey$q;
        prev_pge$d = prev_pge$q;
        prev_pcide$d = prev_pcide$q;
        prev_smep$d = prev_smep$q;
        prev_pcid$d = prev_pcid$q;
        cur_pcid = 32'h0;
        if (cr4_pcide) begin
            cur_pcid = cr3[(32'h0)+:(12)];
        end
        prev_pge$d = cr4_pge;
        prev_pcide$d = cr4_pcide;
        prev_smep$d = cr4_smep;
        prev_pcid$d = cur_pcid;
        cr_flush_all = (cr4_pge != prev_pge$q) || (prev_pcide$q && ~cr4_pcide);
        cr_smep = cr4_smep && ~prev_smep$q;
        cr_change = (cr_flush_all || cr_smep) && ~reset;
        cmd_ready = ~reset && ~cr_change;
        cmd_fire = cmd_valid && cmd_ready;
        inv_en = 1'b0;
        inv_use_va = 1'b0;
        inv_use_pcid = 1'b0;
        inv_glob_wild = 1'b0;
        inv_keep_glob = 1'b0;
        inv_pcid = cmd_pcid;
        if (cr_change) begin
            inv_en = 1'b1;
            if (~cr_flush_all) begin
                inv_use_pcid = 1'b1;
                inv_pcid = prev_pcid$q;
            end
        end
        else if (cmd_fire) begin
            if (cmd_op == 32'h0) begin
                if (~cr4_pcide) begin
                    inv_en = 1'b1;
                    inv_keep_glob = 1'b1;
                end
                else if (~cmd_noflush) begin
                    inv_en = 1'b1;
                    inv_use_pcid = 1'b1;
                    inv_keep_glob = 1'b1;
                end
            end
            if (cmd_op == 32'h1) begin
                inv_en = 1'b1;
                inv_use_va = 1'b1;
                inv_use_pcid = 1'b1;
                inv_glob_wild = 1'b1;
                inv_pcid = cur_pcid;
            end
            if (cmd_op == 32'h2) begin
                inv_en = 1'b1;
                inv_use_va = 1'b1;
                inv_use_pcid = 1'b1;
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == 32'h3) begin
                inv_en = 1'b1;
                inv_use_pcid = 1'b1;
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == 32'h4) begin
                inv_en = 1'b1;
            end
            if (cmd_op == 32'h5) begin
                inv_en = 1'b1;
                inv_keep_glob = 1'b1;
            end
        end
        tlb$inv_en = inv_en;
        tlb$inv_use_va = inv_use_va;
        tlb$inv_use_pcid = inv_use_pcid;
        tlb$inv_glob_wild = inv_glob_wild;
        tlb$inv_keep_glob = inv_keep_glob;
        tlb$inv_vpn = cmd_va[(32'hc)+:(36)];
        tlb$inv_pcid = inv_pcid;
        walker$inv_en = inv_en;
        walker$inv_use_va = inv_use_va;
        walker$inv_use_pcid = inv_use_pcid;
        walker$inv_glob_wild = inv_glob_wild;
        walker$inv_keep_glob = inv_keep_glob;
        walker$inv_vpn = cmd_va[(32'hc)+:(36)];
        walker$inv_pcid = inv_pcid;
        tlb$reset = reset;
        tlb$lk_vpn = req_va[(32'hc)+:(36)];
        tlb$lk_pcid = cur_pcid;
        va_top = req_va[(32'h2f)+:(17)];
        canonical = &va_top || ~|va_top;
        hit_usable = tlb$hit && (tlb$hit_dirty || (req_kind != 32'h1));
        req_ready = ~reset && ~walker$busy && ~cmd_fire && ~cr_change;
        accept = req_valid && req_ready;
        r_fast$d = accept && (~canonical || hit_usable);
        if (accept) begin
            r_gp$d = ~canonical;
            r_va$d = req_va[(32'h0)+:(48)];
            r_kind$d = req_kind;
            r_user$d = req_user;
            r_pcid$d = cur_pcid;
            h_pfn$d = tlb$hit_pfn;
            h_size$d = tlb$hit_size;
            h_user$d = tlb$hit_user;
            h_writable$d = tlb$hit_writable;
            h_xd$d = tlb$hit_xd;
            h_pkey$d = tlb$hit_pkey;
        end
        if (reset) begin
            r_fast$d = 1'b0;
        end
        walker$reset = reset;
        walker$start = accept && canonical && ~hit_usable;
        walker$pml4_base = cr3[(32'hc)+:(40)] & pfn_mask;
        walker$vpn = r_va$q[(32'hc)+:(36)];
        walker$is_write = r_kind$q == 32'h1;
        walker$pcid = r_pcid$q;
        walker$cr4_pge = cr4_pge;
        walker$efer_nxe = efer_nxe;
        walker$perm_allow = perm$allow;
        walker$perm_code = perm$error_code;
        walker$mem_req_ready = mem_req_ready;
        walker$mem_rsp_valid = mem_rsp_valid;
        walker$mem_rsp_data = mem_rsp_data;
        mem_req_valid = walker$mem_req_valid;
        mem_req_addr = walker$mem_req_addr;
        mem_req_we = walker$mem_req_we;
        mem_req_wdata = walker$mem_req_wdata;
        tlb$fill_en = walker$fill_en;
        tlb$fill_vpn = walker$fill_vpn;
        tlb$fill_size = walker$fill_size;
        tlb$fill_pcid = walker$fill_pcid;
        tlb$fill_glob = walker$fill_glob;
        tlb$fill_pfn = walker$fill_pfn;
        tlb$fill_writable = walker$fill_writable;
        tlb$fill_user = walker$fill_user;
        tlb$fill_xd = walker$fill_xd;
        tlb$fill_dirty = walker$fill_dirty;
        tlb$fill_pkey = walker$fill_pkey;
        sel_user = h_user$q;
        sel_writable = h_writable$q;
        sel_xd = h_xd$q;
        sel_pkey = h_pkey$q;
        sel_pfn = h_pfn$q;
        sel_size = h_size$q;
        if (walker$busy) begin
            sel_user = walker$rights_user;
            sel_writable = walker$rights_writable;
            sel_xd = walker$rights_xd;
            sel_pkey = walker$rights_pkey;
            sel_pfn = walker$pfn;
            sel_size = walker$size;
        end
        perm$page_user = sel_user;
        perm$page_writable = sel_writable;
        perm$page_xd = sel_xd;
        perm$page_pkey = sel_pkey;
        perm$kind = r_kind$q;
        perm$user_access = r_user$q;
        perm$cr0_wp = cr0_wp;
        perm$cr4_smep = cr4_smep;
        perm$cr4_smap = cr4_smap;
        perm$cr4_pke = cr4_pke;
        perm$efer_nxe = efer_nxe;
        perm$rflags_ac = rflags_ac;
        perm$pkru = pkru;
        off_mask = off_4k;
        if (sel_size == 32'h1) begin
            off_mask = off_2m;
        end
        if (sel_size == 32'h2) begin
            off_mask = off_1g;
        end
        pa = (((sel_pfn) & 52'hfffffffffffff) << 32'hc) | (((r_va$q) & 52'hfffffffffffff) & off_mask);
        l_rsp_valid = 1'b0;
        l_rsp_outcome = 32'h0;
        l_rsp_pa = 32'h0;
        l_rsp_error_code = 32'h0;
        l_rsp_tlb_hit = 1'b0;
        if (r_fast$q) begin
            l_rsp_valid = 1'b1;
            if (r_gp$q) begin
                l_rsp_outcome = 32'h2;
            end
            else begin
                l_rsp_tlb_hit = 1'b1;
                if (perm$allow) begin
                    l_rsp_pa = pa;
                end
                else begin
                    l_rsp_outcome = 32'h1;
                    l_rsp_error_code = perm$error_code;
                end
            end
        end
        else if (walker$done) begin
            l_rsp_valid = 1'b1;
            if (walker$fault) begin
                l_rsp_outcome = 32'h1;
                l_rsp_error_code = walker$error_code;
            end
            else begin
                l_rsp_pa = pa;
            end
        end
        if (reset) begin
            l_rsp_valid = 1'b0;
        end
        rsp_valid = l_rsp_valid;
        rsp_outcome = l_rsp_outcome;
        rsp_pa = l_rsp_pa;
        rsp_error_code = l_rsp_error_code;
        rsp_tlb_hit = l_rsp_tlb_hit;
    end
    
endmodule // mmu


module mmu$h_pfn(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_pfn


module mmu$h_pkey(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_pkey


module mmu$h_size(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_size


module mmu$h_user(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_user


module mmu$h_writable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_writable


module mmu$h_xd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$h_xd


module mmu$perm(page_user,page_writable,page_xd,page_pkey,kind,user_access,cr0_wp,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,allow,error_code);
    
    // Module arguments
    input wire  page_user;
    input wire  page_writable;
    input wire  page_xd;
    input wire  [3:0] page_pkey;
    input wire  [1:0] kind;
    input wire  user_access;
    input wire  cr0_wp;
    input wire  cr4_smep;
    input wire  cr4_smap;
    input wire  cr4_pke;
    input wire  efer_nxe;
    input wire  rflags_ac;
    input wire  [31:0] pkru;
    output reg  allow;
    output reg  [5:0] error_code;
    
    // Constant declarations
    localparam  k_p = 6'b1;
    localparam  k_w = 6'b10;
    localparam  k_u = 6'b100;
    localparam  k_i = 6'b10000;
    localparam  k_pk = 6'b100000;
    
    // Local signals
    reg  is_write;
    reg  is_fetch;
    reg  no_exec;
    reg  [4:0] pk_shift;
    reg  [31:0] pk_bits;
    reg  pk_deny;
    reg  user_deny;
    reg  sup_fetch_deny;
    reg  sup_data_deny;
    reg  [5:0] code;
    reg  ok;
    
    // Update code
    always @(*) begin
        is_write = kind == 32'h1;
        is_fetch = kind == 32'h2;
        no_exec = efer_nxe && page_xd;
        pk_shift = ((page_pkey) & 5'h1f) << 32'h1;
        pk_bits = pkru >> pk_shift;
        pk_deny = cr4_pke && page_user && ~is_fetch && (pk_bits[32'h0] || (pk_bits[32'h1] && is_write && (user_access || cr0_wp)));
        user_deny = ~page_user || (is_write && ~page_writable) || (is_fetch && no_exec);
        sup_fetch_deny = no_exec || (cr4_smep && page_user);
        sup_data_deny = (cr4_smap && ~rflags_ac && page_user) || (is_write && cr0_wp && ~page_writable);
        ok = 1'b1;
        if (pk_deny) begin
            ok = 1'b0;
        end
        if (user_access) begin
            if (user_deny) begin
                ok = 1'b0;
            end
        end
        else if (is_fetch) begin
            if (sup_fetch_deny) begin
                ok = 1'b0;
            end
        end
        else if (sup_data_deny) begin
            ok = 1'b0;
        end
        code = k_p;
        if (is_write) begin
            code = code | k_w;
        end
        if (user_access) begin
            code = code | k_u;
        end
        if (is_fetch && (cr4_smep || efer_nxe)) begin
            code = code | k_i;
        end
        if (pk_deny) begin
            code = code | k_pk;
        end
        allow = ok;
        error_code = code;
    end
    
endmodule // mmu$perm


module mmu$prev_pcid(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$prev_pcid


module mmu$prev_pcide(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$prev_pcide


module mmu$prev_pge(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$prev_pge


module mmu$prev_smep(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$prev_smep


module mmu$r_fast(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_fast


module mmu$r_gp(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_gp


module mmu$r_kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_kind


module mmu$r_pcid(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_pcid


module mmu$r_user(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_user


module mmu$r_va(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$r_va


module mmu$tlb(clock,reset,lk_vpn,lk_pcid,hit,hit_idx,hit_size,hit_pfn,hit_glob,hit_writable,hit_user,hit_xd,hit_dirty,hit_pkey,fill_en,fill_vpn,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,fill_idx,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [35:0] lk_vpn;
    input wire  [11:0] lk_pcid;
    output reg  hit;
    output reg  [4:0] hit_idx;
    output reg  [1:0] hit_size;
    output reg  [39:0] hit_pfn;
    output reg  hit_glob;
    output reg  hit_writable;
    output reg  hit_user;
    output reg  hit_xd;
    output reg  hit_dirty;
    output reg  [3:0] hit_pkey;
    input wire  fill_en;
    input wire  [35:0] fill_vpn;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    output reg  [4:0] fill_idx;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    
    // Constant declarations
    localparam  k_index$0 = 5'b0;
    localparam  k_index$1 = 5'b1;
    localparam  k_index$2 = 5'b10;
    localparam  k_index$3 = 5'b11;
    localparam  k_index$4 = 5'b100;
    localparam  k_index$5 = 5'b101;
    localparam  k_index$6 = 5'b110;
    localparam  k_index$7 = 5'b111;
    localparam  k_index$8 = 5'b1000;
    localparam  k_index$9 = 5'b1001;
    localparam  k_index$10 = 5'b1010;
    localparam  k_index$11 = 5'b1011;
    localparam  k_index$12 = 5'b1100;
    localparam  k_index$13 = 5'b1101;
    localparam  k_index$14 = 5'b1110;
    localparam  k_index$15 = 5'b1111;
    localparam  k_index$16 = 5'b10000;
    localparam  k_index$17 = 5'b10001;
    localparam  k_index$18 = 5'b10010;
    localparam  k_index$19 = 5'b10011;
    localparam  k_index$20 = 5'b10100;
    localparam  k_index$21 = 5'b10101;
    localparam  k_index$22 = 5'b10110;
    localparam  k_index$23 = 5'b10111;
    localparam  k_index$24 = 5'b11000;
    localparam  k_index$25 = 5'b11001;
    localparam  k_index$26 = 5'b11010;
    localparam  k_index$27 = 5'b11011;
    localparam  k_index$28 = 5'b11100;
    localparam  k_index$29 = 5'b11101;
    localparam  k_index$30 = 5'b11110;
    localparam  k_index$31 = 5'b11111;
    localparam  pfn_mask = 40'hfffffff;
    
    // Stub signals
    reg  e_valid$0$d;
    wire  e_valid$0$q;
    reg  e_valid$0$clock;
    reg  e_valid$1$d;
    wire  e_valid$1$q;
    reg  e_valid$1$clock;
    reg  e_valid$2$d;
    wire  e_valid$2$q;
    reg  e_valid$2$clock;
    reg  e_valid$3$d;
    wire  e_valid$3$q;
    reg  e_valid$3$clock;
    reg  e_valid$4$d;
    wire  e_valid$4$q;
    reg  e_valid$4$clock;
    reg  e_valid$5$d;
    wire  e_valid$5$q;
    reg  e_valid$5$clock;
    reg  e_valid$6$d;
    wire  e_valid$6$q;
    reg  e_valid$6$clock;
    reg  e_valid$7$d;
    wire  e_valid$7$q;
    reg  e_valid$7$clock;
    reg  e_valid$8$d;
    wire  e_valid$8$q;
    reg  e_valid$8$clock;
    reg  e_valid$9$d;
    wire  e_valid$9$q;
    reg  e_valid$9$clock;
    reg  e_valid$10$d;
    wire  e_valid$10$q;
    reg  e_valid$10$clock;
    reg  e_valid$11$d;
    wire  e_valid$11$q;
    reg  e_valid$11$clock;
    reg  e_valid$12$d;
    wire  e_valid$12$q;
    reg  e_valid$12$clock;
    reg  e_valid$13$d;
    wire  e_valid$13$q;
    reg  e_valid$13$clock;
    reg  e_valid$14$d;
    wire  e_valid$14$q;
    reg  e_valid$14$clock;
    reg  e_valid$15$d;
    wire  e_valid$15$q;
    reg  e_valid$15$clock;
    reg  e_valid$16$d;
    wire  e_valid$16$q;
    reg  e_valid$16$clock;
    reg  e_valid$17$d;
    wire  e_valid$17$q;
    reg  e_valid$17$clock;
    reg  e_valid$18$d;
    wire  e_valid$18$q;
    reg  e_valid$18$clock;
    reg  e_valid$19$d;
    wire  e_valid$19$q;
    reg  e_valid$19$clock;
    reg  e_valid$20$d;
    wire  e_valid$20$q;
    reg  e_valid$20$clock;
    reg  e_valid$21$d;
    wire  e_valid$21$q;
    reg  e_valid$21$clock;
    reg  e_valid$22$d;
    wire  e_valid$22$q;
    reg  e_valid$22$clock;
    reg  e_valid$23$d;
    wire  e_valid$23$q;
    reg  e_valid$23$clock;
    reg  e_valid$24$d;
    wire  e_valid$24$q;
    reg  e_valid$24$clock;
    reg  e_valid$25$d;
    wire  e_valid$25$q;
    reg  e_valid$25$clock;
    reg  e_valid$26$d;
    wire  e_valid$26$q;
    reg  e_valid$26$clock;
    reg  e_valid$27$d;
    wire  e_valid$27$q;
    reg  e_valid$27$clock;
    reg  e_valid$28$d;
    wire  e_valid$28$q;
    reg  e_valid$28$clock;
    reg  e_valid$29$d;
    wire  e_valid$29$q;
    reg  e_valid$29$clock;
    reg  e_valid$30$d;
    wire  e_valid$30$q;
    reg  e_valid$30$clock;
    reg  e_valid$31$d;
    wire  e_valid$31$q;
    reg  e_valid$31$clock;
    reg  [17:0] e_vpn_1g$0$d;
    wire  [17:0] e_vpn_1g$0$q;
    reg  e_vpn_1g$0$clock;
    reg  [17:0] e_vpn_1g$1$d;
    wire  [17:0] e_vpn_1g$1$q;
    reg  e_vpn_1g$1$clock;
    reg  [17:0] e_vpn_1g$2$d;
    wire  [17:0] e_vpn_1g$2$q;
    reg  e_vpn_1g$2$clock;
    reg  [17:0] e_vpn_1g$3$d;
    wire  [17:0] e_vpn_1g$3$q;
    reg  e_vpn_1g$3$clock;
    reg  [17:0] e_vpn_1g$4$d;
    wire  [17:0] e_vpn_1g$4$q;
    reg  e_vpn_1g$4$clock;
    reg  [17:0] e_vpn_1g$5$d;
    wire  [17:0] e_vpn_1g$5$q;
    reg  e_vpn_1g$5$clock;
    reg  [17:0] e_vpn_1g$6$d;
    wire  [17:0] e_vpn_1g$6$q;
    reg  e_vpn_1g$6$clock;
    reg  [17:0] e_vpn_1g$7$d;
    wire  [17:0] e_vpn_1g$7$q;
    reg  e_vpn_1g$7$clock;
    reg  [17:0] e_vpn_1g$8$d;
    wire  [17:0] e_vpn_1g$8$q;
    reg  e_vpn_1g$8$clock;
    reg  [17:0] e_vpn_1g$9$d;
    wire  [17:0] e_vpn_1g$9$q;
    reg  e_vpn_1g$9$clock;
    reg  [17:0] e_vpn_1g$10$d;
    wire  [17:0] e_vpn_1g$10$q;
    reg  e_vpn_1g$10$clock;
    reg  [17:0] e_vpn_1g$11$d;
    wire  [17:0] e_vpn_1g$11$q;
    reg  e_vpn_1g$11$clock;
    reg  [17:0] e_vpn_1g$12$d;
    wire  [17:0] e_vpn_1g$12$q;
    reg  e_vpn_1g$12$clock;
    reg  [17:0] e_vpn_1g$13$d;
    wire  [17:0] e_vpn_1g$13$q;
    reg  e_vpn_1g$13$clock;
    reg  [17:0] e_vpn_1g$14$d;
    wire  [17:0] e_vpn_1g$14$q;
    reg  e_vpn_1g$14$clock;
    reg  [17:0] e_vpn_1g$15$d;
    wire  [17:0] e_vpn_1g$15$q;
    reg  e_vpn_1g$15$clock;
    reg  [17:0] e_vpn_1g$16$d;
    wire  [17:0] e_vpn_1g$16$q;
    reg  e_vpn_1g$16$clock;
    reg  [17:0] e_vpn_1g$17$d;
    wire  [17:0] e_vpn_1g$17$q;
    reg  e_vpn_1g$17$clock;
    reg  [17:0] e_vpn_1g$18$d;
    wire  [17:0] e_vpn_1g$18$q;
    reg  e_vpn_1g$18$clock;
    reg  [17:0] e_vpn_1g$19$d;
    wire  [17:0] e_vpn_1g$19$q;
    reg  e_vpn_1g$19$clock;
    reg  [17:0] e_vpn_1g$20$d;
    wire  [17:0] e_vpn_1g$20$q;
    reg  e_vpn_1g$20$clock;
    reg  [17:0] e_vpn_1g$21$d;
    wire  [17:0] e_vpn_1g$21$q;
    reg  e_vpn_1g$21$clock;
    reg  [17:0] e_vpn_1g$22$d;
    wire  [17:0] e_vpn_1g$22$q;
    reg  e_vpn_1g$22$clock;
    reg  [17:0] e_vpn_1g$23$d;
    wire  [17:0] e_vpn_1g$23$q;
    reg  e_vpn_1g$23$clock;
    reg  [17:0] e_vpn_1g$24$d;
    wire  [17:0] e_vpn_1g$24$q;
    reg  e_vpn_1g$24$clock;
    reg  [17:0] e_vpn_1g$25$d;
    wire  [17:0] e_vpn_1g$25$q;
    reg  e_vpn_1g$25$clock;
    reg  [17:0] e_vpn_1g$26$d;
    wire  [17:0] e_vpn_1g$26$q;
    reg  e_vpn_1g$26$clock;
    reg  [17:0] e_vpn_1g$27$d;
    wire  [17:0] e_vpn_1g$27$q;
    reg  e_vpn_1g$27$clock;
    reg  [17:0] e_vpn_1g$28$d;
    wire  [17:0] e_vpn_1g$28$q;
    reg  e_vpn_1g$28$clock;
    reg  [17:0] e_vpn_1g$29$d;
    wire  [17:0] e_vpn_1g$29$q;
    reg  e_vpn_1g$29$clock;
    reg  [17:0] e_vpn_1g$30$d;
    wire  [17:0] e_vpn_1g$30$q;
    reg  e_vpn_1g$30$clock;
    reg  [17:0] e_vpn_1g$31$d;
    wire  [17:0] e_vpn_1g$31$q;
    reg  e_vpn_1g$31$clock;
    reg  [8:0] e_vpn_2m$0$d;
    wire  [8:0] e_vpn_2m$0$q;
    reg  e_vpn_2m$0$clock;
    reg  [8:0] e_vpn_2m$1$d;
    wire  [8:0] e_vpn_2m$1$q;
    reg  e_vpn_2m$1$clock;
    reg  [8:0] e_vpn_2m$2$d;
    wire  [8:0] e_vpn_2m$2$q;
    reg  e_vpn_2m$2$clock;
    reg  [8:0] e_vpn_2m$3$d;
    wire  [8:0] e_vpn_2m$3$q;
    reg  e_vpn_2m$3$clock;
    reg  [8:0] e_vpn_2m$4$d;
    wire  [8:0] e_vpn_2m$4$q;
    reg  e_vpn_2m$4$clock;
    reg  [8:0] e_vpn_2m$5$d;
    wire  [8:0] e_vpn_2m$5$q;
    reg  e_vpn_2m$5$clock;
    reg  [8:0] e_vpn_2m$6$d;
    wire  [8:0] e_vpn_2m$6$q;
    reg  e_vpn_2m$6$clock;
    reg  [8:0] e_vpn_2m$7$d;
    wire  [8:0] e_vpn_2m$7$q;
    reg  e_vpn_2m$7$clock;
    reg  [8:0] e_vpn_2m$8$d;
    wire  [8:0] e_vpn_2m$8$q;
    reg  e_vpn_2m$8$clock;
    reg  [8:0] e_vpn_2m$9$d;
    wire  [8:0] e_vpn_2m$9$q;
    reg  e_vpn_2m$9$clock;
    reg  [8:0] e_vpn_2m$10$d;
    wire  [8:0] e_vpn_2m$10$q;
    reg  e_vpn_2m$10$clock;
    reg  [8:0] e_vpn_2m$11$d;
    wire  [8:0] e_vpn_2m$11$q;
    reg  e_vpn_2m$11$clock;
    reg  [8:0] e_vpn_2m$12$d;
    wire  [8:0] e_vpn_2m$12$q;
    reg  e_vpn_2m$12$clock;
    reg  [8:0] e_vpn_2m$13$d;
    wire  [8:0] e_vpn_2m$13$q;
    reg  e_vpn_2m$13$clock;
    reg  [8:0] e_vpn_2m$14$d;
    wire  [8:0] e_vpn_2m$14$q;
    reg  e_vpn_2m$14$clock;
    reg  [8:0] e_vpn_2m$15$d;
    wire  [8:0] e_vpn_2m$15$q;
    reg  e_vpn_2m$15$clock;
    reg  [8:0] e_vpn_2m$16$d;
    wire  [8:0] e_vpn_2m$16$q;
    reg  e_vpn_2m$16$clock;
    reg  [8:0] e_vpn_2m$17$d;
    wire  [8:0] e_vpn_2m$17$q;
    reg  e_vpn_2m$17$clock;
    reg  [8:0] e_vpn_2m$18$d;
    wire  [8:0] e_vpn_2m$18$q;
    reg  e_vpn_2m$18$clock;
    reg  [8:0] e_vpn_2m$19$d;
    wire  [8:0] e_vpn_2m$19$q;
    reg  e_vpn_2m$19$clock;
    reg  [8:0] e_vpn_2m$20$d;
    wire  [8:0] e_vpn_2m$20$q;
    reg  e_vpn_2m$20$clock;
    reg  [8:0] e_vpn_2m$21$d;
    wire  [8:0] e_vpn_2m$21$q;
    reg  e_vpn_2m$21$clock;
    reg  [8:0] e_vpn_2m$22$d;
    wire  [8:0] e_vpn_2m$22$q;
    reg  e_vpn_2m$22$clock;
    reg  [8:0] e_vpn_2m$23$d;
    wire  [8:0] e_vpn_2m$23$q;
    reg  e_vpn_2m$23$clock;
    reg  [8:0] e_vpn_2m$24$d;
    wire  [8:0] e_vpn_2m$24$q;
    reg  e_vpn_2m$24$clock;
    reg  [8:0] e_vpn_2m$25$d;
    wire  [8:0] e_vpn_2m$25$q;
    reg  e_vpn_2m$25$clock;
    reg  [8:0] e_vpn_2m$26$d;
    wire  [8:0] e_vpn_2m$26$q;
    reg  e_vpn_2m$26$clock;
    reg  [8:0] e_vpn_2m$27$d;
    wire  [8:0] e_vpn_2m$27$q;
    reg  e_vpn_2m$27$clock;
    reg  [8:0] e_vpn_2m$28$d;
    wire  [8:0] e_vpn_2m$28$q;
    reg  e_vpn_2m$28$clock;
    reg  [8:0] e_vpn_2m$29$d;
    wire  [8:0] e_vpn_2m$29$q;
    reg  e_vpn_2m$29$clock;
    reg  [8:0] e_vpn_2m$30$d;
    wire  [8:0] e_vpn_2m$30$q;
    reg  e_vpn_2m$30$clock;
    reg  [8:0] e_vpn_2m$31$d;
    wire  [8:0] e_vpn_2m$31$q;
    reg  e_vpn_2m$31$clock;
    reg  [8:0] e_vpn_4k$0$d;
    wire  [8:0] e_vpn_4k$0$q;
    reg  e_vpn_4k$0$clock;
    reg  [8:0] e_vpn_4k$1$d;
    wire  [8:0] e_vpn_4k$1$q;
    reg  e_vpn_4k$1$clock;
    reg  [8:0] e_vpn_4k$2$d;
    wire  [8:0] e_vpn_4k$2$q;
    reg  e_vpn_4k$2$clock;
    reg  [8:0] e_vpn_4k$3$d;
    wire  [8:0] e_vpn_4k$3$q;
    reg  e_vpn_4k$3$clock;
    reg  [8:0] e_vpn_4k$4$d;
    wire  [8:0] e_vpn_4k$4$q;
    reg  e_vpn_4k$4$clock;
    reg  [8:0] e_vpn_4k$5$d;
    wire  [8:0] e_vpn_4k$5$q;
    reg  e_vpn_4k$5$clock;
    reg  [8:0] e_vpn_4k$6$d;
    wire  [8:0] e_vpn_4k$6$q;
    reg  e_vpn_4k$6$clock;
    reg  [8:0] e_vpn_4k$7$d;
    wire  [8:0] e_vpn_4k$7$q;
    reg  e_vpn_4k$7$clock;
    reg  [8:0] e_vpn_4k$8$d;
    wire  [8:0] e_vpn_4k$8$q;
    reg  e_vpn_4k$8$clock;
    reg  [8:0] e_vpn_4k$9$d;
    wire  [8:0] e_vpn_4k$9$q;
    reg  e_vpn_4k$9$clock;
    reg  [8:0] e_vpn_4k$10$d;
    wire  [8:0] e_vpn_4k$10$q;
    reg  e_vpn_4k$10$clock;
    reg  [8:0] e_vpn_4k$11$d;
    wire  [8:0] e_vpn_4k$11$q;
    reg  e_vpn_4k$11$clock;
    reg  [8:0] e_vpn_4k$12$d;
    wire  [8:0] e_vpn_4k$12$q;
    reg  e_vpn_4k$12$clock;
    reg  [8:0] e_vpn_4k$13$d;
    wire  [8:0] e_vpn_4k$13$q;
    reg  e_vpn_4k$13$clock;
    reg  [8:0] e_vpn_4k$14$d;
    wire  [8:0] e_vpn_4k$14$q;
    reg  e_vpn_4k$14$clock;
    reg  [8:0] e_vpn_4k$15$d;
    wire  [8:0] e_vpn_4k$15$q;
    reg  e_vpn_4k$15$clock;
    reg  [8:0] e_vpn_4k$16$d;
    wire  [8:0] e_vpn_4k$16$q;
    reg  e_vpn_4k$16$clock;
    reg  [8:0] e_vpn_4k$17$d;
    wire  [8:0] e_vpn_4k$17$q;
    reg  e_vpn_4k$17$clock;
    reg  [8:0] e_vpn_4k$18$d;
    wire  [8:0] e_vpn_4k$18$q;
    reg  e_vpn_4k$18$clock;
    reg  [8:0] e_vpn_4k$19$d;
    wire  [8:0] e_vpn_4k$19$q;
    reg  e_vpn_4k$19$clock;
    reg  [8:0] e_vpn_4k$20$d;
    wire  [8:0] e_vpn_4k$20$q;
    reg  e_vpn_4k$20$clock;
    reg  [8:0] e_vpn_4k$21$d;
    wire  [8:0] e_vpn_4k$21$q;
    reg  e_vpn_4k$21$clock;
    reg  [8:0] e_vpn_4k$22$d;
    wire  [8:0] e_vpn_4k$22$q;
    reg  e_vpn_4k$22$clock;
    reg  [8:0] e_vpn_4k$23$d;
    wire  [8:0] e_vpn_4k$23$q;
    reg  e_vpn_4k$23$clock;
    reg  [8:0] e_vpn_4k$24$d;
    wire  [8:0] e_vpn_4k$24$q;
    reg  e_vpn_4k$24$clock;
    reg  [8:0] e_vpn_4k$25$d;
    wire  [8:0] e_vpn_4k$25$q;
    reg  e_vpn_4k$25$clock;
    reg  [8:0] e_vpn_4k$26$d;
    wire  [8:0] e_vpn_4k$26$q;
    reg  e_vpn_4k$26$clock;
    reg  [8:0] e_vpn_4k$27$d;
    wire  [8:0] e_vpn_4k$27$q;
    reg  e_vpn_4k$27$clock;
    reg  [8:0] e_vpn_4k$28$d;
    wire  [8:0] e_vpn_4k$28$q;
    reg  e_vpn_4k$28$clock;
    reg  [8:0] e_vpn_4k$29$d;
    wire  [8:0] e_vpn_4k$29$q;
    reg  e_vpn_4k$29$clock;
    reg  [8:0] e_vpn_4k$30$d;
    wire  [8:0] e_vpn_4k$30$q;
    reg  e_vpn_4k$30$clock;
    reg  [8:0] e_vpn_4k$31$d;
    wire  [8:0] e_vpn_4k$31$q;
    reg  e_vpn_4k$31$clock;
    reg  [1:0] e_size$0$d;
    wire  [1:0] e_size$0$q;
    reg  e_size$0$clock;
    reg  [1:0] e_size$1$d;
    wire  [1:0] e_size$1$q;
    reg  e_size$1$clock;
    reg  [1:0] e_size$2$d;
    wire  [1:0] e_size$2$q;
    reg  e_size$2$clock;
    reg  [1:0] e_size$3$d;
    wire  [1:0] e_size$3$q;
    reg  e_size$3$clock;
    reg  [1:0] e_size$4$d;
    wire  [1:0] e_size$4$q;
    reg  e_size$4$clock;
    reg  [1:0] e_size$5$d;
    wire  [1:0] e_size$5$q;
    reg  e_size$5$clock;
    reg  [1:0] e_size$6$d;
    wire  [1:0] e_size$6$q;
    reg  e_size$6$clock;
    reg  [1:0] e_size$7$d;
    wire  [1:0] e_size$7$q;
    reg  e_size$7$clock;
    reg  [1:0] e_size$8$d;
    wire  [1:0] e_size$8$q;
    reg  e_size$8$clock;
    reg  [1:0] e_size$9$d;
    wire  [1:0] e_size$9$q;
    reg  e_size$9$clock;
    reg  [1:0] e_size$10$d;
    wire  [1:0] e_size$10$q;
    reg  e_size$10$clock;
    reg  [1:0] e_size$11$d;
    wire  [1:0] e_size$11$q;
    reg  e_size$11$clock;
    reg  [1:0] e_size$12$d;
    wire  [1:0] e_size$12$q;
    reg  e_size$12$clock;
    reg  [1:0] e_size$13$d;
    wire  [1:0] e_size$13$q;
    reg  e_size$13$clock;
    reg  [1:0] e_size$14$d;
    wire  [1:0] e_size$14$q;
    reg  e_size$14$clock;
    reg  [1:0] e_size$15$d;
    wire  [1:0] e_size$15$q;
    reg  e_size$15$clock;
    reg  [1:0] e_size$16$d;
    wire  [1:0] e_size$16$q;
    reg  e_size$16$clock;
    reg  [1:0] e_size$17$d;
    wire  [1:0] e_size$17$q;
    reg  e_size$17$clock;
    reg  [1:0] e_size$18$d;
    wire  [1:0] e_size$18$q;
    reg  e_size$18$clock;
    reg  [1:0] e_size$19$d;
    wire  [1:0] e_size$19$q;
    reg  e_size$19$clock;
    reg  [1:0] e_size$20$d;
    wire  [1:0] e_size$20$q;
    reg  e_size$20$clock;
    reg  [1:0] e_size$21$d;
    wire  [1:0] e_size$21$q;
    reg  e_size$21$clock;
    reg  [1:0] e_size$22$d;
    wire  [1:0] e_size$22$q;
    reg  e_size$22$clock;
    reg  [1:0] e_size$23$d;
    wire  [1:0] e_size$23$q;
    reg  e_size$23$clock;
    reg  [1:0] e_size$24$d;
    wire  [1:0] e_size$24$q;
    reg  e_size$24$clock;
    reg  [1:0] e_size$25$d;
    wire  [1:0] e_size$25$q;
    reg  e_size$25$clock;
    reg  [1:0] e_size$26$d;
    wire  [1:0] e_size$26$q;
    reg  e_size$26$clock;
    reg  [1:0] e_size$27$d;
    wire  [1:0] e_size$27$q;
    reg  e_size$27$clock;
    reg  [1:0] e_size$28$d;
    wire  [1:0] e_size$28$q;
    reg  e_size$28$clock;
    reg  [1:0] e_size$29$d;
    wire  [1:0] e_size$29$q;
    reg  e_size$29$clock;
    reg  [1:0] e_size$30$d;
    wire  [1:0] e_size$30$q;
    reg  e_size$30$clock;
    reg  [1:0] e_size$31$d;
    wire  [1:0] e_size$31$q;
    reg  e_size$31$clock;
    reg  [11:0] e_pcid$0$d;
    wire  [11:0] e_pcid$0$q;
    reg  e_pcid$0$clock;
    reg  [11:0] e_pcid$1$d;
    wire  [11:0] e_pcid$1$q;
    reg  e_pcid$1$clock;
    reg  [11:0] e_pcid$2$d;
    wire  [11:0] e_pcid$2$q;
    reg  e_pcid$2$clock;
    reg  [11:0] e_pcid$3$d;
    wire  [11:0] e_pcid$3$q;
    reg  e_pcid$3$clock;
    reg  [11:0] e_pcid$4$d;
    wire  [11:0] e_pcid$4$q;
    reg  e_pcid$4$clock;
    reg  [11:0] e_pcid$5$d;
    wire  [11:0] e_pcid$5$q;
    reg  e_pcid$5$clock;
    reg  [11:0] e_pcid$6$d;
    wire  [11:0] e_pcid$6$q;
    reg  e_pcid$6$clock;
    reg  [11:0] e_pcid$7$d;
    wire  [11:0] e_pcid$7$q;
    reg  e_pcid$7$clock;
    reg  [11:0] e_pcid$8$d;
    wire  [11:0] e_pcid$8$q;
    reg  e_pcid$8$clock;
    reg  [11:0] e_pcid$9$d;
    wire  [11:0] e_pcid$9$q;
    reg  e_pcid$9$clock;
    reg  [11:0] e_pcid$10$d;
    wire  [11:0] e_pcid$10$q;
    reg  e_pcid$10$clock;
    reg  [11:0] e_pcid$11$d;
    wire  [11:0] e_pcid$11$q;
    reg  e_pcid$11$clock;
    reg  [11:0] e_pcid$12$d;
    wire  [11:0] e_pcid$12$q;
    reg  e_pcid$12$clock;
    reg  [11:0] e_pcid$13$d;
    wire  [11:0] e_pcid$13$q;
    reg  e_pcid$13$clock;
    reg  [11:0] e_pcid$14$d;
    wire  [11:0] e_pcid$14$q;
    reg  e_pcid$14$clock;
    reg  [11:0] e_pcid$15$d;
    wire  [11:0] e_pcid$15$q;
    reg  e_pcid$15$clock;
    reg  [11:0] e_pcid$16$d;
    wire  [11:0] e_pcid$16$q;
    reg  e_pcid$16$clock;
    reg  [11:0] e_pcid$17$d;
    wire  [11:0] e_pcid$17$q;
    reg  e_pcid$17$clock;
    reg  [11:0] e_pcid$18$d;
    wire  [11:0] e_pcid$18$q;
    reg  e_pcid$18$clock;
    reg  [11:0] e_pcid$19$d;
    wire  [11:0] e_pcid$19$q;
    reg  e_pcid$19$clock;
    reg  [11:0] e_pcid$20$d;
    wire  [11:0] e_pcid$20$q;
    reg  e_pcid$20$clock;
    reg  [11:0] e_pcid$21$d;
    wire  [11:0] e_pcid$21$q;
    reg  e_pcid$21$clock;
    reg  [11:0] e_pcid$22$d;
    wire  [11:0] e_pcid$22$q;
    reg  e_pcid$22$clock;
    reg  [11:0] e_pcid$23$d;
    wire  [11:0] e_pcid$23$q;
    reg  e_pcid$23$clock;
    reg  [11:0] e_pcid$24$d;
    wire  [11:0] e_pcid$24$q;
    reg  e_pcid$24$clock;
    reg  [11:0] e_pcid$25$d;
    wire  [11:0] e_pcid$25$q;
    reg  e_pcid$25$clock;
    reg  [11:0] e_pcid$26$d;
    wire  [11:0] e_pcid$26$q;
    reg  e_pcid$26$clock;
    reg  [11:0] e_pcid$27$d;
    wire  [11:0] e_pcid$27$q;
    reg  e_pcid$27$clock;
    reg  [11:0] e_pcid$28$d;
    wire  [11:0] e_pcid$28$q;
    reg  e_pcid$28$clock;
    reg  [11:0] e_pcid$29$d;
    wire  [11:0] e_pcid$29$q;
    reg  e_pcid$29$clock;
    reg  [11:0] e_pcid$30$d;
    wire  [11:0] e_pcid$30$q;
    reg  e_pcid$30$clock;
    reg  [11:0] e_pcid$31$d;
    wire  [11:0] e_pcid$31$q;
    reg  e_pcid$31$clock;
    reg  e_glob$0$d;
    wire  e_glob$0$q;
    reg  e_glob$0$clock;
    reg  e_glob$1$d;
    wire  e_glob$1$q;
    reg  e_glob$1$clock;
    reg  e_glob$2$d;
    wire  e_glob$2$q;
    reg  e_glob$2$clock;
    reg  e_glob$3$d;
    wire  e_glob$3$q;
    reg  e_glob$3$clock;
    reg  e_glob$4$d;
    wire  e_glob$4$q;
    reg  e_glob$4$clock;
    reg  e_glob$5$d;
    wire  e_glob$5$q;
    reg  e_glob$5$clock;
    reg  e_glob$6$d;
    wire  e_glob$6$q;
    reg  e_glob$6$clock;
    reg  e_glob$7$d;
    wire  e_glob$7$q;
    reg  e_glob$7$clock;
    reg  e_glob$8$d;
    wire  e_glob$8$q;
    reg  e_glob$8$clock;
    reg  e_glob$9$d;
    wire  e_glob$9$q;
    reg  e_glob$9$clock;
    reg  e_glob$10$d;
    wire  e_glob$10$q;
    reg  e_glob$10$clock;
    reg  e_glob$11$d;
    wire  e_glob$11$q;
    reg  e_glob$11$clock;
    reg  e_glob$12$d;
    wire  e_glob$12$q;
    reg  e_glob$12$clock;
    reg  e_glob$13$d;
    wire  e_glob$13$q;
    reg  e_glob$13$clock;
    reg  e_glob$14$d;
    wire  e_glob$14$q;
    reg  e_glob$14$clock;
    reg  e_glob$15$d;
    wire  e_glob$15$q;
    reg  e_glob$15$clock;
    reg  e_glob$16$d;
    wire  e_glob$16$q;
    reg  e_glob$16$clock;
    reg  e_glob$17$d;
    wire  e_glob$17$q;
    reg  e_glob$17$clock;
    reg  e_glob$18$d;
    wire  e_glob$18$q;
    reg  e_glob$18$clock;
    reg  e_glob$19$d;
    wire  e_glob$19$q;
    reg  e_glob$19$clock;
    reg  e_glob$20$d;
    wire  e_glob$20$q;
    reg  e_glob$20$clock;
    reg  e_glob$21$d;
    wire  e_glob$21$q;
    reg  e_glob$21$clock;
    reg  e_glob$22$d;
    wire  e_glob$22$q;
    reg  e_glob$22$clock;
    reg  e_glob$23$d;
    wire  e_glob$23$q;
    reg  e_glob$23$clock;
    reg  e_glob$24$d;
    wire  e_glob$24$q;
    reg  e_glob$24$clock;
    reg  e_glob$25$d;
    wire  e_glob$25$q;
    reg  e_glob$25$clock;
    reg  e_glob$26$d;
    wire  e_glob$26$q;
    reg  e_glob$26$clock;
    reg  e_glob$27$d;
    wire  e_glob$27$q;
    reg  e_glob$27$clock;
    reg  e_glob$28$d;
    wire  e_glob$28$q;
    reg  e_glob$28$clock;
    reg  e_glob$29$d;
    wire  e_glob$29$q;
    reg  e_glob$29$clock;
    reg  e_glob$30$d;
    wire  e_glob$30$q;
    reg  e_glob$30$clock;
    reg  e_glob$31$d;
    wire  e_glob$31$q;
    reg  e_glob$31$clock;
    reg  [39:0] e_pfn$0$d;
    wire  [39:0] e_pfn$0$q;
    reg  e_pfn$0$clock;
    reg  [39:0] e_pfn$1$d;
    wire  [39:0] e_pfn$1$q;
    reg  e_pfn$1$clock;
    reg  [39:0] e_pfn$2$d;
    wire  [39:0] e_pfn$2$q;
    reg  e_pfn$2$clock;
    reg  [39:0] e_pfn$3$d;
    wire  [39:0] e_pfn$3$q;
    reg  e_pfn$3$clock;
    reg  [39:0] e_pfn$4$d;
    wire  [39:0] e_pfn$4$q;
    reg  e_pfn$4$clock;
    reg  [39:0] e_pfn$5$d;
    wire  [39:0] e_pfn$5$q;
    reg  e_pfn$5$clock;
    reg  [39:0] e_pfn$6$d;
    wire  [39:0] e_pfn$6$q;
    reg  e_pfn$6$clock;
    reg  [39:0] e_pfn$7$d;
    wire  [39:0] e_pfn$7$q;
    reg  e_pfn$7$clock;
    reg  [39:0] e_pfn$8$d;
    wire  [39:0] e_pfn$8$q;
    reg  e_pfn$8$clock;
    reg  [39:0] e_pfn$9$d;
    wire  [39:0] e_pfn$9$q;
    reg  e_pfn$9$clock;
    reg  [39:0] e_pfn$10$d;
    wire  [39:0] e_pfn$10$q;
    reg  e_pfn$10$clock;
    reg  [39:0] e_pfn$11$d;
    wire  [39:0] e_pfn$11$q;
    reg  e_pfn$11$clock;
    reg  [39:0] e_pfn$12$d;
    wire  [39:0] e_pfn$12$q;
    reg  e_pfn$12$clock;
    reg  [39:0] e_pfn$13$d;
    wire  [39:0] e_pfn$13$q;
    reg  e_pfn$13$clock;
    reg  [39:0] e_pfn$14$d;
    wire  [39:0] e_pfn$14$q;
    reg  e_pfn$14$clock;
    reg  [39:0] e_pfn$15$d;
    wire  [39:0] e_pfn$15$q;
    reg  e_pfn$15$clock;
    reg  [39:0] e_pfn$16$d;
    wire  [39:0] e_pfn$16$q;
    reg  e_pfn$16$clock;
    reg  [39:0] e_pfn$17$d;
    wire  [39:0] e_pfn$17$q;
    reg  e_pfn$17$clock;
    reg  [39:0] e_pfn$18$d;
    wire  [39:0] e_pfn$18$q;
    reg  e_pfn$18$clock;
    reg  [39:0] e_pfn$19$d;
    wire  [39:0] e_pfn$19$q;
    reg  e_pfn$19$clock;
    reg  [39:0] e_pfn$20$d;
    wire  [39:0] e_pfn$20$q;
    reg  e_pfn$20$clock;
    reg  [39:0] e_pfn$21$d;
    wire  [39:0] e_pfn$21$q;
    reg  e_pfn$21$clock;
    reg  [39:0] e_pfn$22$d;
    wire  [39:0] e_pfn$22$q;
    reg  e_pfn$22$clock;
    reg  [39:0] e_pfn$23$d;
    wire  [39:0] e_pfn$23$q;
    reg  e_pfn$23$clock;
    reg  [39:0] e_pfn$24$d;
    wire  [39:0] e_pfn$24$q;
    reg  e_pfn$24$clock;
    reg  [39:0] e_pfn$25$d;
    wire  [39:0] e_pfn$25$q;
    reg  e_pfn$25$clock;
    reg  [39:0] e_pfn$26$d;
    wire  [39:0] e_pfn$26$q;
    reg  e_pfn$26$clock;
    reg  [39:0] e_pfn$27$d;
    wire  [39:0] e_pfn$27$q;
    reg  e_pfn$27$clock;
    reg  [39:0] e_pfn$28$d;
    wire  [39:0] e_pfn$28$q;
    reg  e_pfn$28$clock;
    reg  [39:0] e_pfn$29$d;
    wire  [39:0] e_pfn$29$q;
    reg  e_pfn$29$clock;
    reg  [39:0] e_pfn$30$d;
    wire  [39:0] e_pfn$30$q;
    reg  e_pfn$30$clock;
    reg  [39:0] e_pfn$31$d;
    wire  [39:0] e_pfn$31$q;
    reg  e_pfn$31$clock;
    reg  e_writable$0$d;
    wire  e_writable$0$q;
    reg  e_writable$0$clock;
    reg  e_writable$1$d;
    wire  e_writable$1$q;
    reg  e_writable$1$clock;
    reg  e_writable$2$d;
    wire  e_writable$2$q;
    reg  e_writable$2$clock;
    reg  e_writable$3$d;
    wire  e_writable$3$q;
    reg  e_writable$3$clock;
    reg  e_writable$4$d;
    wire  e_writable$4$q;
    reg  e_writable$4$clock;
    reg  e_writable$5$d;
    wire  e_writable$5$q;
    reg  e_writable$5$clock;
    reg  e_writable$6$d;
    wire  e_writable$6$q;
    reg  e_writable$6$clock;
    reg  e_writable$7$d;
    wire  e_writable$7$q;
    reg  e_writable$7$clock;
    reg  e_writable$8$d;
    wire  e_writable$8$q;
    reg  e_writable$8$clock;
    reg  e_writable$9$d;
    wire  e_writable$9$q;
    reg  e_writable$9$clock;
    reg  e_writable$10$d;
    wire  e_writable$10$q;
    reg  e_writable$10$clock;
    reg  e_writable$11$d;
    wire  e_writable$11$q;
    reg  e_writable$11$clock;
    reg  e_writable$12$d;
    wire  e_writable$12$q;
    reg  e_writable$12$clock;
    reg  e_writable$13$d;
    wire  e_writable$13$q;
    reg  e_writable$13$clock;
    reg  e_writable$14$d;
    wire  e_writable$14$q;
    reg  e_writable$14$clock;
    reg  e_writable$15$d;
    wire  e_writable$15$q;
    reg  e_writable$15$clock;
    reg  e_writable$16$d;
    wire  e_writable$16$q;
    reg  e_writable$16$clock;
    reg  e_writable$17$d;
    wire  e_writable$17$q;
    reg  e_writable$17$clock;
    reg  e_writable$18$d;
    wire  e_writable$18$q;
    reg  e_writable$18$clock;
    reg  e_writable$19$d;
    wire  e_writable$19$q;
    reg  e_writable$19$clock;
    reg  e_writable$20$d;
    wire  e_writable$20$q;
    reg  e_writable$20$clock;
    reg  e_writable$21$d;
    wire  e_writable$21$q;
    reg  e_writable$21$clock;
    reg  e_writable$22$d;
    wire  e_writable$22$q;
    reg  e_writable$22$clock;
    reg  e_writable$23$d;
    wire  e_writable$23$q;
    reg  e_writable$23$clock;
    reg  e_writable$24$d;
    wire  e_writable$24$q;
    reg  e_writable$24$clock;
    reg  e_writable$25$d;
    wire  e_writable$25$q;
    reg  e_writable$25$clock;
    reg  e_writable$26$d;
    wire  e_writable$26$q;
    reg  e_writable$26$clock;
    reg  e_writable$27$d;
    wire  e_writable$27$q;
    reg  e_writable$27$clock;
    reg  e_writable$28$d;
    wire  e_writable$28$q;
    reg  e_writable$28$clock;
    reg  e_writable$29$d;
    wire  e_writable$29$q;
    reg  e_writable$29$clock;
    reg  e_writable$30$d;
    wire  e_writable$30$q;
    reg  e_writable$30$clock;
    reg  e_writable$31$d;
    wire  e_writable$31$q;
    reg  e_writable$31$clock;
    reg  e_user$0$d;
    wire  e_user$0$q;
    reg  e_user$0$clock;
    reg  e_user$1$d;
    wire  e_user$1$q;
    reg  e_user$1$clock;
    reg  e_user$2$d;
    wire  e_user$2$q;
    reg  e_user$2$clock;
    reg  e_user$3$d;
    wire  e_user$3$q;
    reg  e_user$3$clock;
    reg  e_user$4$d;
    wire  e_user$4$q;
    reg  e_user$4$clock;
    reg  e_user$5$d;
    wire  e_user$5$q;
    reg  e_user$5$clock;
    reg  e_user$6$d;
    wire  e_user$6$q;
    reg  e_user$6$clock;
    reg  e_user$7$d;
    wire  e_user$7$q;
    reg  e_user$7$clock;
    reg  e_user$8$d;
    wire  e_user$8$q;
    reg  e_user$8$clock;
    reg  e_user$9$d;
    wire  e_user$9$q;
    reg  e_user$9$clock;
    reg  e_user$10$d;
    wire  e_user$10$q;
    reg  e_user$10$clock;
    reg  e_user$11$d;
    wire  e_user$11$q;
    reg  e_user$11$clock;
    reg  e_user$12$d;
    wire  e_user$12$q;
    reg  e_user$12$clock;
    reg  e_user$13$d;
    wire  e_user$13$q;
    reg  e_user$13$clock;
    reg  e_user$14$d;
    wire  e_user$14$q;
    reg  e_user$14$clock;
    reg  e_user$15$d;
    wire  e_user$15$q;
    reg  e_user$15$clock;
    reg  e_user$16$d;
    wire  e_user$16$q;
    reg  e_user$16$clock;
    reg  e_user$17$d;
    wire  e_user$17$q;
    reg  e_user$17$clock;
    reg  e_user$18$d;
    wire  e_user$18$q;
    reg  e_user$18$clock;
    reg  e_user$19$d;
    wire  e_user$19$q;
    reg  e_user$19$clock;
    reg  e_user$20$d;
    wire  e_user$20$q;
    reg  e_user$20$clock;
    reg  e_user$21$d;
    wire  e_user$21$q;
    reg  e_user$21$clock;
    reg  e_user$22$d;
    wire  e_user$22$q;
    reg  e_user$22$clock;
    reg  e_user$23$d;
    wire  e_user$23$q;
    reg  e_user$23$clock;
    reg  e_user$24$d;
    wire  e_user$24$q;
    reg  e_user$24$clock;
    reg  e_user$25$d;
    wire  e_user$25$q;
    reg  e_user$25$clock;
    reg  e_user$26$d;
    wire  e_user$26$q;
    reg  e_user$26$clock;
    reg  e_user$27$d;
    wire  e_user$27$q;
    reg  e_user$27$clock;
    reg  e_user$28$d;
    wire  e_user$28$q;
    reg  e_user$28$clock;
    reg  e_user$29$d;
    wire  e_user$29$q;
    reg  e_user$29$clock;
    reg  e_user$30$d;
    wire  e_user$30$q;
    reg  e_user$30$clock;
    reg  e_user$31$d;
    wire  e_user$31$q;
    reg  e_user$31$clock;
    reg  e_xd$0$d;
    wire  e_xd$0$q;
    reg  e_xd$0$clock;
    reg  e_xd$1$d;
    wire  e_xd$1$q;
    reg  e_xd$1$clock;
    reg  e_xd$2$d;
    wire  e_xd$2$q;
    reg  e_xd$2$clock;
    reg  e_xd$3$d;
    wire  e_xd$3$q;
    reg  e_xd$3$clock;
    reg  e_xd$4$d;
    wire  e_xd$4$q;
    reg  e_xd$4$clock;
    reg  e_xd$5$d;
    wire  e_xd$5$q;
    reg  e_xd$5$clock;
    reg  e_xd$6$d;
    wire  e_xd$6$q;
    reg  e_xd$6$clock;
    reg  e_xd$7$d;
    wire  e_xd$7$q;
    reg  e_xd$7$clock;
    reg  e_xd$8$d;
    wire  e_xd$8$q;
    reg  e_xd$8$clock;
    reg  e_xd$9$d;
    wire  e_xd$9$q;
    reg  e_xd$9$clock;
    reg  e_xd$10$d;
    wire  e_xd$10$q;
    reg  e_xd$10$clock;
    reg  e_xd$11$d;
    wire  e_xd$11$q;
    reg  e_xd$11$clock;
    reg  e_xd$12$d;
    wire  e_xd$12$q;
    reg  e_xd$12$clock;
    reg  e_xd$13$d;
    wire  e_xd$13$q;
    reg  e_xd$13$clock;
    reg  e_xd$14$d;
    wire  e_xd$14$q;
    reg  e_xd$14$clock;
    reg  e_xd$15$d;
    wire  e_xd$15$q;
    reg  e_xd$15$clock;
    reg  e_xd$16$d;
    wire  e_xd$16$q;
    reg  e_xd$16$clock;
    reg  e_xd$17$d;
    wire  e_xd$17$q;
    reg  e_xd$17$clock;
    reg  e_xd$18$d;
    wire  e_xd$18$q;
    reg  e_xd$18$clock;
    reg  e_xd$19$d;
    wire  e_xd$19$q;
    reg  e_xd$19$clock;
    reg  e_xd$20$d;
    wire  e_xd$20$q;
    reg  e_xd$20$clock;
    reg  e_xd$21$d;
    wire  e_xd$21$q;
    reg  e_xd$21$clock;
    reg  e_xd$22$d;
    wire  e_xd$22$q;
    reg  e_xd$22$clock;
    reg  e_xd$23$d;
    wire  e_xd$23$q;
    reg  e_xd$23$clock;
    reg  e_xd$24$d;
    wire  e_xd$24$q;
    reg  e_xd$24$clock;
    reg  e_xd$25$d;
    wire  e_xd$25$q;
    reg  e_xd$25$clock;
    reg  e_xd$26$d;
    wire  e_xd$26$q;
    reg  e_xd$26$clock;
    reg  e_xd$27$d;
    wire  e_xd$27$q;
    reg  e_xd$27$clock;
    reg  e_xd$28$d;
    wire  e_xd$28$q;
    reg  e_xd$28$clock;
    reg  e_xd$29$d;
    wire  e_xd$29$q;
    reg  e_xd$29$clock;
    reg  e_xd$30$d;
    wire  e_xd$30$q;
    reg  e_xd$30$clock;
    reg  e_xd$31$d;
    wire  e_xd$31$q;
    reg  e_xd$31$clock;
    reg  e_dirty$0$d;
    wire  e_dirty$0$q;
    reg  e_dirty$0$clock;
    reg  e_dirty$1$d;
    wire  e_dirty$1$q;
    reg  e_dirty$1$clock;
    reg  e_dirty$2$d;
    wire  e_dirty$2$q;
    reg  e_dirty$2$clock;
    reg  e_dirty$3$d;
    wire  e_dirty$3$q;
    reg  e_dirty$3$clock;
    reg  e_dirty$4$d;
    wire  e_dirty$4$q;
    reg  e_dirty$4$clock;
    reg  e_dirty$5$d;
    wire  e_dirty$5$q;
    reg  e_dirty$5$clock;
    reg  e_dirty$6$d;
    wire  e_dirty$6$q;
    reg  e_dirty$6$clock;
    reg  e_dirty$7$d;
    wire  e_dirty$7$q;
    reg  e_dirty$7$clock;
    reg  e_dirty$8$d;
    wire  e_dirty$8$q;
    reg  e_dirty$8$clock;
    reg  e_dirty$9$d;
    wire  e_dirty$9$q;
    reg  e_dirty$9$clock;
    reg  e_dirty$10$d;
    wire  e_dirty$10$q;
    reg  e_dirty$10$clock;
    reg  e_dirty$11$d;
    wire  e_dirty$11$q;
    reg  e_dirty$11$clock;
    reg  e_dirty$12$d;
    wire  e_dirty$12$q;
    reg  e_dirty$12$clock;
    reg  e_dirty$13$d;
    wire  e_dirty$13$q;
    reg  e_dirty$13$clock;
    reg  e_dirty$14$d;
    wire  e_dirty$14$q;
    reg  e_dirty$14$clock;
    reg  e_dirty$15$d;
    wire  e_dirty$15$q;
    reg  e_dirty$15$clock;
    reg  e_dirty$16$d;
    wire  e_dirty$16$q;
    reg  e_dirty$16$clock;
    reg  e_dirty$17$d;
    wire  e_dirty$17$q;
    reg  e_dirty$17$clock;
    reg  e_dirty$18$d;
    wire  e_dirty$18$q;
    reg  e_dirty$18$clock;
    reg  e_dirty$19$d;
    wire  e_dirty$19$q;
    reg  e_dirty$19$clock;
    reg  e_dirty$20$d;
    wire  e_dirty$20$q;
    reg  e_dirty$20$clock;
    reg  e_dirty$21$d;
    wire  e_dirty$21$q;
    reg  e_dirty$21$clock;
    reg  e_dirty$22$d;
    wire  e_dirty$22$q;
    reg  e_dirty$22$clock;
    reg  e_dirty$23$d;
    wire  e_dirty$23$q;
    reg  e_dirty$23$clock;
    reg  e_dirty$24$d;
    wire  e_dirty$24$q;
    reg  e_dirty$24$clock;
    reg  e_dirty$25$d;
    wire  e_dirty$25$q;
    reg  e_dirty$25$clock;
    reg  e_dirty$26$d;
    wire  e_dirty$26$q;
    reg  e_dirty$26$clock;
    reg  e_dirty$27$d;
    wire  e_dirty$27$q;
    reg  e_dirty$27$clock;
    reg  e_dirty$28$d;
    wire  e_dirty$28$q;
    reg  e_dirty$28$clock;
    reg  e_dirty$29$d;
    wire  e_dirty$29$q;
    reg  e_dirty$29$clock;
    reg  e_dirty$30$d;
    wire  e_dirty$30$q;
    reg  e_dirty$30$clock;
    reg  e_dirty$31$d;
    wire  e_dirty$31$q;
    reg  e_dirty$31$clock;
    reg  [3:0] e_pkey$0$d;
    wire  [3:0] e_pkey$0$q;
    reg  e_pkey$0$clock;
    reg  [3:0] e_pkey$1$d;
    wire  [3:0] e_pkey$1$q;
    reg  e_pkey$1$clock;
    reg  [3:0] e_pkey$2$d;
    wire  [3:0] e_pkey$2$q;
    reg  e_pkey$2$clock;
    reg  [3:0] e_pkey$3$d;
    wire  [3:0] e_pkey$3$q;
    reg  e_pkey$3$clock;
    reg  [3:0] e_pkey$4$d;
    wire  [3:0] e_pkey$4$q;
    reg  e_pkey$4$clock;
    reg  [3:0] e_pkey$5$d;
    wire  [3:0] e_pkey$5$q;
    reg  e_pkey$5$clock;
    reg  [3:0] e_pkey$6$d;
    wire  [3:0] e_pkey$6$q;
    reg  e_pkey$6$clock;
    reg  [3:0] e_pkey$7$d;
    wire  [3:0] e_pkey$7$q;
    reg  e_pkey$7$clock;
    reg  [3:0] e_pkey$8$d;
    wire  [3:0] e_pkey$8$q;
    reg  e_pkey$8$clock;
    reg  [3:0] e_pkey$9$d;
    wire  [3:0] e_pkey$9$q;
    reg  e_pkey$9$clock;
    reg  [3:0] e_pkey$10$d;
    wire  [3:0] e_pkey$10$q;
    reg  e_pkey$10$clock;
    reg  [3:0] e_pkey$11$d;
    wire  [3:0] e_pkey$11$q;
    reg  e_pkey$11$clock;
    reg  [3:0] e_pkey$12$d;
    wire  [3:0] e_pkey$12$q;
    reg  e_pkey$12$clock;
    reg  [3:0] e_pkey$13$d;
    wire  [3:0] e_pkey$13$q;
    reg  e_pkey$13$clock;
    reg  [3:0] e_pkey$14$d;
    wire  [3:0] e_pkey$14$q;
    reg  e_pkey$14$clock;
    reg  [3:0] e_pkey$15$d;
    wire  [3:0] e_pkey$15$q;
    reg  e_pkey$15$clock;
    reg  [3:0] e_pkey$16$d;
    wire  [3:0] e_pkey$16$q;
    reg  e_pkey$16$clock;
    reg  [3:0] e_pkey$17$d;
    wire  [3:0] e_pkey$17$q;
    reg  e_pkey$17$clock;
    reg  [3:0] e_pkey$18$d;
    wire  [3:0] e_pkey$18$q;
    reg  e_pkey$18$clock;
    reg  [3:0] e_pkey$19$d;
    wire  [3:0] e_pkey$19$q;
    reg  e_pkey$19$clock;
    reg  [3:0] e_pkey$20$d;
    wire  [3:0] e_pkey$20$q;
    reg  e_pkey$20$clock;
    reg  [3:0] e_pkey$21$d;
    wire  [3:0] e_pkey$21$q;
    reg  e_pkey$21$clock;
    reg  [3:0] e_pkey$22$d;
    wire  [3:0] e_pkey$22$q;
    reg  e_pkey$22$clock;
    reg  [3:0] e_pkey$23$d;
    wire  [3:0] e_pkey$23$q;
    reg  e_pkey$23$clock;
    reg  [3:0] e_pkey$24$d;
    wire  [3:0] e_pkey$24$q;
    reg  e_pkey$24$clock;
    reg  [3:0] e_pkey$25$d;
    wire  [3:0] e_pkey$25$q;
    reg  e_pkey$25$clock;
    reg  [3:0] e_pkey$26$d;
    wire  [3:0] e_pkey$26$q;
    reg  e_pkey$26$clock;
    reg  [3:0] e_pkey$27$d;
    wire  [3:0] e_pkey$27$q;
    reg  e_pkey$27$clock;
    reg  [3:0] e_pkey$28$d;
    wire  [3:0] e_pkey$28$q;
    reg  e_pkey$28$clock;
    reg  [3:0] e_pkey$29$d;
    wire  [3:0] e_pkey$29$q;
    reg  e_pkey$29$clock;
    reg  [3:0] e_pkey$30$d;
    wire  [3:0] e_pkey$30$q;
    reg  e_pkey$30$clock;
    reg  [3:0] e_pkey$31$d;
    wire  [3:0] e_pkey$31$q;
    reg  e_pkey$31$clock;
    reg  [4:0] victim$d;
    wire  [4:0] victim$q;
    reg  victim$clock;
    
    // Local signals
    reg  e_is1g$0;
    reg  e_is1g$1;
    reg  e_is1g$2;
    reg  e_is1g$3;
    reg  e_is1g$4;
    reg  e_is1g$5;
    reg  e_is1g$6;
    reg  e_is1g$7;
    reg  e_is1g$8;
    reg  e_is1g$9;
    reg  e_is1g$10;
    reg  e_is1g$11;
    reg  e_is1g$12;
    reg  e_is1g$13;
    reg  e_is1g$14;
    reg  e_is1g$15;
    reg  e_is1g$16;
    reg  e_is1g$17;
    reg  e_is1g$18;
    reg  e_is1g$19;
    reg  e_is1g$20;
    reg  e_is1g$21;
    reg  e_is1g$22;
    reg  e_is1g$23;
    reg  e_is1g$24;
    reg  e_is1g$25;
    reg  e_is1g$26;
    reg  e_is1g$27;
    reg  e_is1g$28;
    reg  e_is1g$29;
    reg  e_is1g$30;
    reg  e_is1g$31;
    reg  e_is4k$0;
    reg  e_is4k$1;
    reg  e_is4k$2;
    reg  e_is4k$3;
    reg  e_is4k$4;
    reg  e_is4k$5;
    reg  e_is4k$6;
    reg  e_is4k$7;
    reg  e_is4k$8;
    reg  e_is4k$9;
    reg  e_is4k$10;
    reg  e_is4k$11;
    reg  e_is4k$12;
    reg  e_is4k$13;
    reg  e_is4k$14;
    reg  e_is4k$15;
    reg  e_is4k$16;
    reg  e_is4k$17;
    reg  e_is4k$18;
    reg  e_is4k$19;
    reg  e_is4k$20;
    reg  e_is4k$21;
    reg  e_is4k$22;
    reg  e_is4k$23;
    reg  e_is4k$24;
    reg  e_is4k$25;
    reg  e_is4k$26;
    reg  e_is4k$27;
    reg  e_is4k$28;
    reg  e_is4k$29;
    reg  e_is4k$30;
    reg  e_is4k$31;
    reg  lk_match$0;
    reg  lk_match$1;
    reg  lk_match$2;
    reg  lk_match$3;
    reg  lk_match$4;
    reg  lk_match$5;
    reg  lk_match$6;
    reg  lk_match$7;
    reg  lk_match$8;
    reg  lk_match$9;
    reg  lk_match$10;
    reg  lk_match$11;
    reg  lk_match$12;
    reg  lk_match$13;
    reg  lk_match$14;
    reg  lk_match$15;
    reg  lk_match$16;
    reg  lk_match$17;
    reg  lk_match$18;
    reg  lk_match$19;
    reg  lk_match$20;
    reg  lk_match$21;
    reg  lk_match$22;
    reg  lk_match$23;
    reg  lk_match$24;
    reg  lk_match$25;
    reg  lk_match$26;
    reg  lk_match$27;
    reg  lk_match$28;
    reg  lk_match$29;
    reg  lk_match$30;
    reg  lk_match$31;
    reg  fl_overlap$0;
    reg  fl_overlap$1;
    reg  fl_overlap$2;
    reg  fl_overlap$3;
    reg  fl_overlap$4;
    reg  fl_overlap$5;
    reg  fl_overlap$6;
    reg  fl_overlap$7;
    reg  fl_overlap$8;
    reg  fl_overlap$9;
    reg  fl_overlap$10;
    reg  fl_overlap$11;
    reg  fl_overlap$12;
    reg  fl_overlap$13;
    reg  fl_overlap$14;
    reg  fl_overlap$15;
    reg  fl_overlap$16;
    reg  fl_overlap$17;
    reg  fl_overlap$18;
    reg  fl_overlap$19;
    reg  fl_overlap$20;
    reg  fl_overlap$21;
    reg  fl_overlap$22;
    reg  fl_overlap$23;
    reg  fl_overlap$24;
    reg  fl_overlap$25;
    reg  fl_overlap$26;
    reg  fl_overlap$27;
    reg  fl_overlap$28;
    reg  fl_overlap$29;
    reg  fl_overlap$30;
    reg  fl_overlap$31;
    reg  fl_slot$0;
    reg  fl_slot$1;
    reg  fl_slot$2;
    reg  fl_slot$3;
    reg  fl_slot$4;
    reg  fl_slot$5;
    reg  fl_slot$6;
    reg  fl_slot$7;
    reg  fl_slot$8;
    reg  fl_slot$9;
    reg  fl_slot$10;
    reg  fl_slot$11;
    reg  fl_slot$12;
    reg  fl_slot$13;
    reg  fl_slot$14;
    reg  fl_slot$15;
    reg  fl_slot$16;
    reg  fl_slot$17;
    reg  fl_slot$18;
    reg  fl_slot$19;
    reg  fl_slot$20;
    reg  fl_slot$21;
    reg  fl_slot$22;
    reg  fl_slot$23;
    reg  fl_slot$24;
    reg  fl_slot$25;
    reg  fl_slot$26;
    reg  fl_slot$27;
    reg  fl_slot$28;
    reg  fl_slot$29;
    reg  fl_slot$30;
    reg  fl_slot$31;
    reg  inv_drop$0;
    reg  inv_drop$1;
    reg  inv_drop$2;
    reg  inv_drop$3;
    reg  inv_drop$4;
    reg  inv_drop$5;
    reg  inv_drop$6;
    reg  inv_drop$7;
    reg  inv_drop$8;
    reg  inv_drop$9;
    reg  inv_drop$10;
    reg  inv_drop$11;
    reg  inv_drop$12;
    reg  inv_drop$13;
    reg  inv_drop$14;
    reg  inv_drop$15;
    reg  inv_drop$16;
    reg  inv_drop$17;
    reg  inv_drop$18;
    reg  inv_drop$19;
    reg  inv_drop$20;
    reg  inv_drop$21;
    reg  inv_drop$22;
    reg  inv_drop$23;
    reg  inv_drop$24;
    reg  inv_drop$25;
    reg  inv_drop$26;
    reg  inv_drop$27;
    reg  inv_drop$28;
    reg  inv_drop$29;
    reg  inv_drop$30;
    reg  inv_drop$31;
    reg  [17:0] lk_1g;
    reg  [8:0] lk_2m;
    reg  [8:0] lk_4k;
    reg  [17:0] fl_1g;
    reg  [8:0] fl_2m;
    reg  [8:0] fl_4k;
    reg  fl_is1g;
    reg  fl_is4k;
    reg  fl_found;
    reg  [17:0] iv_1g;
    reg  [8:0] iv_2m;
    reg  [8:0] iv_4k;
    reg  l_hit;
    reg  [4:0] l_hit_idx;
    reg  [1:0] l_hit_size;
    reg  [39:0] l_hit_pfn;
    reg  l_hit_glob;
    reg  l_hit_writable;
    reg  l_hit_user;
    reg  l_hit_xd;
    reg  l_hit_dirty;
    reg  [3:0] l_hit_pkey;
    reg  [4:0] l_fill_idx;
    
    // Sub module instances
    mmu$tlb$e_valid$0 e_valid$0(
        .d(e_valid$0$d),
        .q(e_valid$0$q),
        .clock(e_valid$0$clock)
    );
    mmu$tlb$e_valid$1 e_valid$1(
        .d(e_valid$1$d),
        .q(e_valid$1$q),
        .clock(e_valid$1$clock)
    );
    mmu$tlb$e_valid$2 e_valid$2(
        .d(e_valid$2$d),
        .q(e_valid$2$q),
        .clock(e_valid$2$clock)
    );
    mmu$tlb$e_valid$3 e_valid$3(
        .d(e_valid$3$d),
        .q(e_valid$3$q),
        .clock(e_valid$3$clock)
    );
    mmu$tlb$e_valid$4 e_valid$4(
        .d(e_valid$4$d),
        .q(e_valid$4$q),
        .clock(e_valid$4$clock)
    );
    mmu$tlb$e_valid$5 e_valid$5(
        .d(e_valid$5$d),
        .q(e_valid$5$q),
        .clock(e_valid$5$clock)
    );
    mmu$tlb$e_valid$6 e_valid$6(
        .d(e_valid$6$d),
        .q(e_valid$6$q),
        .clock(e_valid$6$clock)
    );
    mmu$tlb$e_valid$7 e_valid$7(
        .d(e_valid$7$d),
        .q(e_valid$7$q),
        .clock(e_valid$7$clock)
    );
    mmu$tlb$e_valid$8 e_valid$8(
        .d(e_valid$8$d),
        .q(e_valid$8$q),
        .clock(e_valid$8$clock)
    );
    mmu$tlb$e_valid$9 e_valid$9(
        .d(e_valid$9$d),
        .q(e_valid$9$q),
        .clock(e_valid$9$clock)
    );
    mmu$tlb$e_valid$10 e_valid$10(
        .d(e_valid$10$d),
        .q(e_valid$10$q),
        .clock(e_valid$10$clock)
    );
    mmu$tlb$e_valid$11 e_valid$11(
        .d(e_valid$11$d),
        .q(e_valid$11$q),
        .clock(e_valid$11$clock)
    );
    mmu$tlb$e_valid$12 e_valid$12(
        .d(e_valid$12$d),
        .q(e_valid$12$q),
        .clock(e_valid$12$clock)
    );
    mmu$tlb$e_valid$13 e_valid$13(
        .d(e_valid$13$d),
        .q(e_valid$13$q),
        .clock(e_valid$13$clock)
    );
    mmu$tlb$e_valid$14 e_valid$14(
        .d(e_valid$14$d),
        .q(e_valid$14$q),
        .clock(e_valid$14$clock)
    );
    mmu$tlb$e_valid$15 e_valid$15(
        .d(e_valid$15$d),
        .q(e_valid$15$q),
        .clock(e_valid$15$clock)
    );
    mmu$tlb$e_valid$16 e_valid$16(
        .d(e_valid$16$d),
        .q(e_valid$16$q),
        .clock(e_valid$16$clock)
    );
    mmu$tlb$e_valid$17 e_valid$17(
        .d(e_valid$17$d),
        .q(e_valid$17$q),
        .clock(e_valid$17$clock)
    );
    mmu$tlb$e_valid$18 e_valid$18(
        .d(e_valid$18$d),
        .q(e_valid$18$q),
        .clock(e_valid$18$clock)
    );
    mmu$tlb$e_valid$19 e_valid$19(
        .d(e_valid$19$d),
        .q(e_valid$19$q),
        .clock(e_valid$19$clock)
    );
    mmu$tlb$e_valid$20 e_valid$20(
        .d(e_valid$20$d),
        .q(e_valid$20$q),
        .clock(e_valid$20$clock)
    );
    mmu$tlb$e_valid$21 e_valid$21(
        .d(e_valid$21$d),
        .q(e_valid$21$q),
        .clock(e_valid$21$clock)
    );
    mmu$tlb$e_valid$22 e_valid$22(
        .d(e_valid$22$d),
        .q(e_valid$22$q),
        .clock(e_valid$22$clock)
    );
    mmu$tlb$e_valid$23 e_valid$23(
        .d(e_valid$23$d),
        .q(e_valid$23$q),
        .clock(e_valid$23$clock)
    );
    mmu$tlb$e_valid$24 e_valid$24(
        .d(e_valid$24$d),
        .q(e_valid$24$q),
        .clock(e_valid$24$clock)
    );
    mmu$tlb$e_valid$25 e_valid$25(
        .d(e_valid$25$d),
        .q(e_valid$25$q),
        .clock(e_valid$25$clock)
    );
    mmu$tlb$e_valid$26 e_valid$26(
        .d(e_valid$26$d),
        .q(e_valid$26$q),
        .clock(e_valid$26$clock)
    );
    mmu$tlb$e_valid$27 e_valid$27(
        .d(e_valid$27$d),
        .q(e_valid$27$q),
        .clock(e_valid$27$clock)
    );
    mmu$tlb$e_valid$28 e_valid$28(
        .d(e_valid$28$d),
        .q(e_valid$28$q),
        .clock(e_valid$28$clock)
    );
    mmu$tlb$e_valid$29 e_valid$29(
        .d(e_valid$29$d),
        .q(e_valid$29$q),
        .clock(e_valid$29$clock)
    );
    mmu$tlb$e_valid$30 e_valid$30(
        .d(e_valid$30$d),
        .q(e_valid$30$q),
        .clock(e_valid$30$clock)
    );
    mmu$tlb$e_valid$31 e_valid$31(
        .d(e_valid$31$d),
        .q(e_valid$31$q),
        .clock(e_valid$31$clock)
    );
    mmu$tlb$e_vpn_1g$0 e_vpn_1g$0(
        .d(e_vpn_1g$0$d),
        .q(e_vpn_1g$0$q),
        .clock(e_vpn_1g$0$clock)
    );
    mmu$tlb$e_vpn_1g$1 e_vpn_1g$1(
        .d(e_vpn_1g$1$d),
        .q(e_vpn_1g$1$q),
        .clock(e_vpn_1g$1$clock)
    );
    mmu$tlb$e_vpn_1g$2 e_vpn_1g$2(
        .d(e_vpn_1g$2$d),
        .q(e_vpn_1g$2$q),
        .clock(e_vpn_1g$2$clock)
    );
    mmu$tlb$e_vpn_1g$3 e_vpn_1g$3(
        .d(e_vpn_1g$3$d),
        .q(e_vpn_1g$3$q),
        .clock(e_vpn_1g$3$clock)
    );
    mmu$tlb$e_vpn_1g$4 e_vpn_1g$4(
        .d(e_vpn_1g$4$d),
        .q(e_vpn_1g$4$q),
        .clock(e_vpn_1g$4$clock)
    );
    mmu$tlb$e_vpn_1g$5 e_vpn_1g$5(
        .d(e_vpn_1g$5$d),
        .q(e_vpn_1g$5$q),
        .clock(e_vpn_1g$5$clock)
    );
    mmu$tlb$e_vpn_1g$6 e_vpn_1g$6(
        .d(e_vpn_1g$6$d),
        .q(e_vpn_1g$6$q),
        .clock(e_vpn_1g$6$clock)
    );
    mmu$tlb$e_vpn_1g$7 e_vpn_1g$7(
        .d(e_vpn_1g$7$d),
        .q(e_vpn_1g$7$q),
        .clock(e_vpn_1g$7$clock)
    );
    mmu$tlb$e_vpn_1g$8 e_vpn_1g$8(
        .d(e_vpn_1g$8$d),
        .q(e_vpn_1g$8$q),
        .clock(e_vpn_1g$8$clock)
    );
    mmu$tlb$e_vpn_1g$9 e_vpn_1g$9(
        .d(e_vpn_1g$9$d),
        .q(e_vpn_1g$9$q),
        .clock(e_vpn_1g$9$clock)
    );
    mmu$tlb$e_vpn_1g$10 e_vpn_1g$10(
        .d(e_vpn_1g$10$d),
        .q(e_vpn_1g$10$q),
        .clock(e_vpn_1g$10$clock)
    );
    mmu$tlb$e_vpn_1g$11 e_vpn_1g$11(
        .d(e_vpn_1g$11$d),
        .q(e_vpn_1g$11$q),
        .clock(e_vpn_1g$11$clock)
    );
    mmu$tlb$e_vpn_1g$12 e_vpn_1g$12(
        .d(e_vpn_1g$12$d),
        .q(e_vpn_1g$12$q),
        .clock(e_vpn_1g$12$clock)
    );
    mmu$tlb$e_vpn_1g$13 e_vpn_1g$13(
        .d(e_vpn_1g$13$d),
        .q(e_vpn_1g$13$q),
        .clock(e_vpn_1g$13$clock)
    );
    mmu$tlb$e_vpn_1g$14 e_vpn_1g$14(
        .d(e_vpn_1g$14$d),
        .q(e_vpn_1g$14$q),
        .clock(e_vpn_1g$14$clock)
    );
    mmu$tlb$e_vpn_1g$15 e_vpn_1g$15(
        .d(e_vpn_1g$15$d),
        .q(e_vpn_1g$15$q),
        .clock(e_vpn_1g$15$clock)
    );
    mmu$tlb$e_vpn_1g$16 e_vpn_1g$16(
        .d(e_vpn_1g$16$d),
        .q(e_vpn_1g$16$q),
        .clock(e_vpn_1g$16$clock)
    );
    mmu$tlb$e_vpn_1g$17 e_vpn_1g$17(
        .d(e_vpn_1g$17$d),
        .q(e_vpn_1g$17$q),
        .clock(e_vpn_1g$17$clock)
    );
    mmu$tlb$e_vpn_1g$18 e_vpn_1g$18(
        .d(e_vpn_1g$18$d),
        .q(e_vpn_1g$18$q),
        .clock(e_vpn_1g$18$clock)
    );
    mmu$tlb$e_vpn_1g$19 e_vpn_1g$19(
        .d(e_vpn_1g$19$d),
        .q(e_vpn_1g$19$q),
        .clock(e_vpn_1g$19$clock)
    );
    mmu$tlb$e_vpn_1g$20 e_vpn_1g$20(
        .d(e_vpn_1g$20$d),
        .q(e_vpn_1g$20$q),
        .clock(e_vpn_1g$20$clock)
    );
    mmu$tlb$e_vpn_1g$21 e_vpn_1g$21(
        .d(e_vpn_1g$21$d),
        .q(e_vpn_1g$21$q),
        .clock(e_vpn_1g$21$clock)
    );
    mmu$tlb$e_vpn_1g$22 e_vpn_1g$22(
        .d(e_vpn_1g$22$d),
        .q(e_vpn_1g$22$q),
        .clock(e_vpn_1g$22$clock)
    );
    mmu$tlb$e_vpn_1g$23 e_vpn_1g$23(
        .d(e_vpn_1g$23$d),
        .q(e_vpn_1g$23$q),
        .clock(e_vpn_1g$23$clock)
    );
    mmu$tlb$e_vpn_1g$24 e_vpn_1g$24(
        .d(e_vpn_1g$24$d),
        .q(e_vpn_1g$24$q),
        .clock(e_vpn_1g$24$clock)
    );
    mmu$tlb$e_vpn_1g$25 e_vpn_1g$25(
        .d(e_vpn_1g$25$d),
        .q(e_vpn_1g$25$q),
        .clock(e_vpn_1g$25$clock)
    );
    mmu$tlb$e_vpn_1g$26 e_vpn_1g$26(
        .d(e_vpn_1g$26$d),
        .q(e_vpn_1g$26$q),
        .clock(e_vpn_1g$26$clock)
    );
    mmu$tlb$e_vpn_1g$27 e_vpn_1g$27(
        .d(e_vpn_1g$27$d),
        .q(e_vpn_1g$27$q),
        .clock(e_vpn_1g$27$clock)
    );
    mmu$tlb$e_vpn_1g$28 e_vpn_1g$28(
        .d(e_vpn_1g$28$d),
        .q(e_vpn_1g$28$q),
        .clock(e_vpn_1g$28$clock)
    );
    mmu$tlb$e_vpn_1g$29 e_vpn_1g$29(
        .d(e_vpn_1g$29$d),
        .q(e_vpn_1g$29$q),
        .clock(e_vpn_1g$29$clock)
    );
    mmu$tlb$e_vpn_1g$30 e_vpn_1g$30(
        .d(e_vpn_1g$30$d),
        .q(e_vpn_1g$30$q),
        .clock(e_vpn_1g$30$clock)
    );
    mmu$tlb$e_vpn_1g$31 e_vpn_1g$31(
        .d(e_vpn_1g$31$d),
        .q(e_vpn_1g$31$q),
        .clock(e_vpn_1g$31$clock)
    );
    mmu$tlb$e_vpn_2m$0 e_vpn_2m$0(
        .d(e_vpn_2m$0$d),
        .q(e_vpn_2m$0$q),
        .clock(e_vpn_2m$0$clock)
    );
    mmu$tlb$e_vpn_2m$1 e_vpn_2m$1(
        .d(e_vpn_2m$1$d),
        .q(e_vpn_2m$1$q),
        .clock(e_vpn_2m$1$clock)
    );
    mmu$tlb$e_vpn_2m$2 e_vpn_2m$2(
        .d(e_vpn_2m$2$d),
        .q(e_vpn_2m$2$q),
        .clock(e_vpn_2m$2$clock)
    );
    mmu$tlb$e_vpn_2m$3 e_vpn_2m$3(
        .d(e_vpn_2m$3$d),
        .q(e_vpn_2m$3$q),
        .clock(e_vpn_2m$3$clock)
    );
    mmu$tlb$e_vpn_2m$4 e_vpn_2m$4(
        .d(e_vpn_2m$4$d),
        .q(e_vpn_2m$4$q),
        .clock(e_vpn_2m$4$clock)
    );
    mmu$tlb$e_vpn_2m$5 e_vpn_2m$5(
        .d(e_vpn_2m$5$d),
        .q(e_vpn_2m$5$q),
        .clock(e_vpn_2m$5$clock)
    );
    mmu$tlb$e_vpn_2m$6 e_vpn_2m$6(
        .d(e_vpn_2m$6$d),
        .q(e_vpn_2m$6$q),
        .clock(e_vpn_2m$6$clock)
    );
    mmu$tlb$e_vpn_2m$7 e_vpn_2m$7(
        .d(e_vpn_2m$7$d),
        .q(e_vpn_2m$7$q),
        .clock(e_vpn_2m$7$clock)
    );
    mmu$tlb$e_vpn_2m$8 e_vpn_2m$8(
        .d(e_vpn_2m$8$d),
        .q(e_vpn_2m$8$q),
        .clock(e_vpn_2m$8$clock)
    );
    mmu$tlb$e_vpn_2m$9 e_vpn_2m$9(
        .d(e_vpn_2m$9$d),
        .q(e_vpn_2m$9$q),
        .clock(e_vpn_2m$9$clock)
    );
    mmu$tlb$e_vpn_2m$10 e_vpn_2m$10(
        .d(e_vpn_2m$10$d),
        .q(e_vpn_2m$10$q),
        .clock(e_vpn_2m$10$clock)
    );
    mmu$tlb$e_vpn_2m$11 e_vpn_2m$11(
        .d(e_vpn_2m$11$d),
        .q(e_vpn_2m$11$q),
        .clock(e_vpn_2m$11$clock)
    );
    mmu$tlb$e_vpn_2m$12 e_vpn_2m$12(
        .d(e_vpn_2m$12$d),
        .q(e_vpn_2m$12$q),
        .clock(e_vpn_2m$12$clock)
    );
    mmu$tlb$e_vpn_2m$13 e_vpn_2m$13(
        .d(e_vpn_2m$13$d),
        .q(e_vpn_2m$13$q),
        .clock(e_vpn_2m$13$clock)
    );
    mmu$tlb$e_vpn_2m$14 e_vpn_2m$14(
        .d(e_vpn_2m$14$d),
        .q(e_vpn_2m$14$q),
        .clock(e_vpn_2m$14$clock)
    );
    mmu$tlb$e_vpn_2m$15 e_vpn_2m$15(
        .d(e_vpn_2m$15$d),
        .q(e_vpn_2m$15$q),
        .clock(e_vpn_2m$15$clock)
    );
    mmu$tlb$e_vpn_2m$16 e_vpn_2m$16(
        .d(e_vpn_2m$16$d),
        .q(e_vpn_2m$16$q),
        .clock(e_vpn_2m$16$clock)
    );
    mmu$tlb$e_vpn_2m$17 e_vpn_2m$17(
        .d(e_vpn_2m$17$d),
        .q(e_vpn_2m$17$q),
        .clock(e_vpn_2m$17$clock)
    );
    mmu$tlb$e_vpn_2m$18 e_vpn_2m$18(
        .d(e_vpn_2m$18$d),
        .q(e_vpn_2m$18$q),
        .clock(e_vpn_2m$18$clock)
    );
    mmu$tlb$e_vpn_2m$19 e_vpn_2m$19(
        .d(e_vpn_2m$19$d),
        .q(e_vpn_2m$19$q),
        .clock(e_vpn_2m$19$clock)
    );
    mmu$tlb$e_vpn_2m$20 e_vpn_2m$20(
        .d(e_vpn_2m$20$d),
        .q(e_vpn_2m$20$q),
        .clock(e_vpn_2m$20$clock)
    );
    mmu$tlb$e_vpn_2m$21 e_vpn_2m$21(
        .d(e_vpn_2m$21$d),
        .q(e_vpn_2m$21$q),
        .clock(e_vpn_2m$21$clock)
    );
    mmu$tlb$e_vpn_2m$22 e_vpn_2m$22(
        .d(e_vpn_2m$22$d),
        .q(e_vpn_2m$22$q),
        .clock(e_vpn_2m$22$clock)
    );
    mmu$tlb$e_vpn_2m$23 e_vpn_2m$23(
        .d(e_vpn_2m$23$d),
        .q(e_vpn_2m$23$q),
        .clock(e_vpn_2m$23$clock)
    );
    mmu$tlb$e_vpn_2m$24 e_vpn_2m$24(
        .d(e_vpn_2m$24$d),
        .q(e_vpn_2m$24$q),
        .clock(e_vpn_2m$24$clock)
    );
    mmu$tlb$e_vpn_2m$25 e_vpn_2m$25(
        .d(e_vpn_2m$25$d),
        .q(e_vpn_2m$25$q),
        .clock(e_vpn_2m$25$clock)
    );
    mmu$tlb$e_vpn_2m$26 e_vpn_2m$26(
        .d(e_vpn_2m$26$d),
        .q(e_vpn_2m$26$q),
        .clock(e_vpn_2m$26$clock)
    );
    mmu$tlb$e_vpn_2m$27 e_vpn_2m$27(
        .d(e_vpn_2m$27$d),
        .q(e_vpn_2m$27$q),
        .clock(e_vpn_2m$27$clock)
    );
    mmu$tlb$e_vpn_2m$28 e_vpn_2m$28(
        .d(e_vpn_2m$28$d),
        .q(e_vpn_2m$28$q),
        .clock(e_vpn_2m$28$clock)
    );
    mmu$tlb$e_vpn_2m$29 e_vpn_2m$29(
        .d(e_vpn_2m$29$d),
        .q(e_vpn_2m$29$q),
        .clock(e_vpn_2m$29$clock)
    );
    mmu$tlb$e_vpn_2m$30 e_vpn_2m$30(
        .d(e_vpn_2m$30$d),
        .q(e_vpn_2m$30$q),
        .clock(e_vpn_2m$30$clock)
    );
    mmu$tlb$e_vpn_2m$31 e_vpn_2m$31(
        .d(e_vpn_2m$31$d),
        .q(e_vpn_2m$31$q),
        .clock(e_vpn_2m$31$clock)
    );
    mmu$tlb$e_vpn_4k$0 e_vpn_4k$0(
        .d(e_vpn_4k$0$d),
        .q(e_vpn_4k$0$q),
        .clock(e_vpn_4k$0$clock)
    );
    mmu$tlb$e_vpn_4k$1 e_vpn_4k$1(
        .d(e_vpn_4k$1$d),
        .q(e_vpn_4k$1$q),
        .clock(e_vpn_4k$1$clock)
    );
    mmu$tlb$e_vpn_4k$2 e_vpn_4k$2(
        .d(e_vpn_4k$2$d),
        .q(e_vpn_4k$2$q),
        .clock(e_vpn_4k$2$clock)
    );
    mmu$tlb$e_vpn_4k$3 e_vpn_4k$3(
        .d(e_vpn_4k$3$d),
        .q(e_vpn_4k$3$q),
        .clock(e_vpn_4k$3$clock)
    );
    mmu$tlb$e_vpn_4k$4 e_vpn_4k$4(
        .d(e_vpn_4k$4$d),
        .q(e_vpn_4k$4$q),
        .clock(e_vpn_4k$4$clock)
    );
    mmu$tlb$e_vpn_4k$5 e_vpn_4k$5(
        .d(e_vpn_4k$5$d),
        .q(e_vpn_4k$5$q),
        .clock(e_vpn_4k$5$clock)
    );
    mmu$tlb$e_vpn_4k$6 e_vpn_4k$6(
        .d(e_vpn_4k$6$d),
        .q(e_vpn_4k$6$q),
        .clock(e_vpn_4k$6$clock)
    );
    mmu$tlb$e_vpn_4k$7 e_vpn_4k$7(
        .d(e_vpn_4k$7$d),
        .q(e_vpn_4k$7$q),
        .clock(e_vpn_4k$7$clock)
    );
    mmu$tlb$e_vpn_4k$8 e_vpn_4k$8(
        .d(e_vpn_4k$8$d),
        .q(e_vpn_4k$8$q),
        .clock(e_vpn_4k$8$clock)
    );
    mmu$tlb$e_vpn_4k$9 e_vpn_4k$9(
        .d(e_vpn_4k$9$d),
        .q(e_vpn_4k$9$q),
        .clock(e_vpn_4k$9$clock)
    );
    mmu$tlb$e_vpn_4k$10 e_vpn_4k$10(
        .d(e_vpn_4k$10$d),
        .q(e_vpn_4k$10$q),
        .clock(e_vpn_4k$10$clock)
    );
    mmu$tlb$e_vpn_4k$11 e_vpn_4k$11(
        .d(e_vpn_4k$11$d),
        .q(e_vpn_4k$11$q),
        .clock(e_vpn_4k$11$clock)
    );
    mmu$tlb$e_vpn_4k$12 e_vpn_4k$12(
        .d(e_vpn_4k$12$d),
        .q(e_vpn_4k$12$q),
        .clock(e_vpn_4k$12$clock)
    );
    mmu$tlb$e_vpn_4k$13 e_vpn_4k$13(
        .d(e_vpn_4k$13$d),
        .q(e_vpn_4k$13$q),
        .clock(e_vpn_4k$13$clock)
    );
    mmu$tlb$e_vpn_4k$14 e_vpn_4k$14(
        .d(e_vpn_4k$14$d),
        .q(e_vpn_4k$14$q),
        .clock(e_vpn_4k$14$clock)
    );
    mmu$tlb$e_vpn_4k$15 e_vpn_4k$15(
        .d(e_vpn_4k$15$d),
        .q(e_vpn_4k$15$q),
        .clock(e_vpn_4k$15$clock)
    );
    mmu$tlb$e_vpn_4k$16 e_vpn_4k$16(
        .d(e_vpn_4k$16$d),
        .q(e_vpn_4k$16$q),
        .clock(e_vpn_4k$16$clock)
    );
    mmu$tlb$e_vpn_4k$17 e_vpn_4k$17(
        .d(e_vpn_4k$17$d),
        .q(e_vpn_4k$17$q),
        .clock(e_vpn_4k$17$clock)
    );
    mmu$tlb$e_vpn_4k$18 e_vpn_4k$18(
        .d(e_vpn_4k$18$d),
        .q(e_vpn_4k$18$q),
        .clock(e_vpn_4k$18$clock)
    );
    mmu$tlb$e_vpn_4k$19 e_vpn_4k$19(
        .d(e_vpn_4k$19$d),
        .q(e_vpn_4k$19$q),
        .clock(e_vpn_4k$19$clock)
    );
    mmu$tlb$e_vpn_4k$20 e_vpn_4k$20(
        .d(e_vpn_4k$20$d),
        .q(e_vpn_4k$20$q),
        .clock(e_vpn_4k$20$clock)
    );
    mmu$tlb$e_vpn_4k$21 e_vpn_4k$21(
        .d(e_vpn_4k$21$d),
        .q(e_vpn_4k$21$q),
        .clock(e_vpn_4k$21$clock)
    );
    mmu$tlb$e_vpn_4k$22 e_vpn_4k$22(
        .d(e_vpn_4k$22$d),
        .q(e_vpn_4k$22$q),
        .clock(e_vpn_4k$22$clock)
    );
    mmu$tlb$e_vpn_4k$23 e_vpn_4k$23(
        .d(e_vpn_4k$23$d),
        .q(e_vpn_4k$23$q),
        .clock(e_vpn_4k$23$clock)
    );
    mmu$tlb$e_vpn_4k$24 e_vpn_4k$24(
        .d(e_vpn_4k$24$d),
        .q(e_vpn_4k$24$q),
        .clock(e_vpn_4k$24$clock)
    );
    mmu$tlb$e_vpn_4k$25 e_vpn_4k$25(
        .d(e_vpn_4k$25$d),
        .q(e_vpn_4k$25$q),
        .clock(e_vpn_4k$25$clock)
    );
    mmu$tlb$e_vpn_4k$26 e_vpn_4k$26(
        .d(e_vpn_4k$26$d),
        .q(e_vpn_4k$26$q),
        .clock(e_vpn_4k$26$clock)
    );
    mmu$tlb$e_vpn_4k$27 e_vpn_4k$27(
        .d(e_vpn_4k$27$d),
        .q(e_vpn_4k$27$q),
        .clock(e_vpn_4k$27$clock)
    );
    mmu$tlb$e_vpn_4k$28 e_vpn_4k$28(
        .d(e_vpn_4k$28$d),
        .q(e_vpn_4k$28$q),
        .clock(e_vpn_4k$28$clock)
    );
    mmu$tlb$e_vpn_4k$29 e_vpn_4k$29(
        .d(e_vpn_4k$29$d),
        .q(e_vpn_4k$29$q),
        .clock(e_vpn_4k$29$clock)
    );
    mmu$tlb$e_vpn_4k$30 e_vpn_4k$30(
        .d(e_vpn_4k$30$d),
        .q(e_vpn_4k$30$q),
        .clock(e_vpn_4k$30$clock)
    );
    mmu$tlb$e_vpn_4k$31 e_vpn_4k$31(
        .d(e_vpn_4k$31$d),
        .q(e_vpn_4k$31$q),
        .clock(e_vpn_4k$31$clock)
    );
    mmu$tlb$e_size$0 e_size$0(
        .d(e_size$0$d),
        .q(e_size$0$q),
        .clock(e_size$0$clock)
    );
    mmu$tlb$e_size$1 e_size$1(
        .d(e_size$1$d),
        .q(e_size$1$q),
        .clock(e_size$1$clock)
    );
    mmu$tlb$e_size$2 e_size$2(
        .d(e_size$2$d),
        .q(e_size$2$q),
        .clock(e_size$2$clock)
    );
    mmu$tlb$e_size$3 e_size$3(
        .d(e_size$3$d),
        .q(e_size$3$q),
        .clock(e_size$3$clock)
    );
    mmu$tlb$e_size$4 e_size$4(
        .d(e_size$4$d),
        .q(e_size$4$q),
        .clock(e_size$4$clock)
    );
    mmu$tlb$e_size$5 e_size$5(
        .d(e_size$5$d),
        .q(e_size$5$q),
        .clock(e_size$5$clock)
    );
    mmu$tlb$e_size$6 e_size$6(
        .d(e_size$6$d),
        .q(e_size$6$q),
        .clock(e_size$6$clock)
    );
    mmu$tlb$e_size$7 e_size$7(
        .d(e_size$7$d),
        .q(e_size$7$q),
        .clock(e_size$7$clock)
    );
    mmu$tlb$e_size$8 e_size$8(
        .d(e_size$8$d),
        .q(e_size$8$q),
        .clock(e_size$8$clock)
    );
    mmu$tlb$e_size$9 e_size$9(
        .d(e_size$9$d),
        .q(e_size$9$q),
        .clock(e_size$9$clock)
    );
    mmu$tlb$e_size$10 e_size$10(
        .d(e_size$10$d),
        .q(e_size$10$q),
        .clock(e_size$10$clock)
    );
    mmu$tlb$e_size$11 e_size$11(
        .d(e_size$11$d),
        .q(e_size$11$q),
        .clock(e_size$11$clock)
    );
    mmu$tlb$e_size$12 e_size$12(
        .d(e_size$12$d),
        .q(e_size$12$q),
        .clock(e_size$12$clock)
    );
    mmu$tlb$e_size$13 e_size$13(
        .d(e_size$13$d),
        .q(e_size$13$q),
        .clock(e_size$13$clock)
    );
    mmu$tlb$e_size$14 e_size$14(
        .d(e_size$14$d),
        .q(e_size$14$q),
        .clock(e_size$14$clock)
    );
    mmu$tlb$e_size$15 e_size$15(
        .d(e_size$15$d),
        .q(e_size$15$q),
        .clock(e_size$15$clock)
    );
    mmu$tlb$e_size$16 e_size$16(
        .d(e_size$16$d),
        .q(e_size$16$q),
        .clock(e_size$16$clock)
    );
    mmu$tlb$e_size$17 e_size$17(
        .d(e_size$17$d),
        .q(e_size$17$q),
        .clock(e_size$17$clock)
    );
    mmu$tlb$e_size$18 e_size$18(
        .d(e_size$18$d),
        .q(e_size$18$q),
        .clock(e_size$18$clock)
    );
    mmu$tlb$e_size$19 e_size$19(
        .d(e_size$19$d),
        .q(e_size$19$q),
        .clock(e_size$19$clock)
    );
    mmu$tlb$e_size$20 e_size$20(
        .d(e_size$20$d),
        .q(e_size$20$q),
        .clock(e_size$20$clock)
    );
    mmu$tlb$e_size$21 e_size$21(
        .d(e_size$21$d),
        .q(e_size$21$q),
        .clock(e_size$21$clock)
    );
    mmu$tlb$e_size$22 e_size$22(
        .d(e_size$22$d),
        .q(e_size$22$q),
        .clock(e_size$22$clock)
    );
    mmu$tlb$e_size$23 e_size$23(
        .d(e_size$23$d),
        .q(e_size$23$q),
        .clock(e_size$23$clock)
    );
    mmu$tlb$e_size$24 e_size$24(
        .d(e_size$24$d),
        .q(e_size$24$q),
        .clock(e_size$24$clock)
    );
    mmu$tlb$e_size$25 e_size$25(
        .d(e_size$25$d),
        .q(e_size$25$q),
        .clock(e_size$25$clock)
    );
    mmu$tlb$e_size$26 e_size$26(
        .d(e_size$26$d),
        .q(e_size$26$q),
        .clock(e_size$26$clock)
    );
    mmu$tlb$e_size$27 e_size$27(
        .d(e_size$27$d),
        .q(e_size$27$q),
        .clock(e_size$27$clock)
    );
    mmu$tlb$e_size$28 e_size$28(
        .d(e_size$28$d),
        .q(e_size$28$q),
        .clock(e_size$28$clock)
    );
    mmu$tlb$e_size$29 e_size$29(
        .d(e_size$29$d),
        .q(e_size$29$q),
        .clock(e_size$29$clock)
    );
    mmu$tlb$e_size$30 e_size$30(
        .d(e_size$30$d),
        .q(e_size$30$q),
        .clock(e_size$30$clock)
    );
    mmu$tlb$e_size$31 e_size$31(
        .d(e_size$31$d),
        .q(e_size$31$q),
        .clock(e_size$31$clock)
    );
    mmu$tlb$e_pcid$0 e_pcid$0(
        .d(e_pcid$0$d),
        .q(e_pcid$0$q),
        .clock(e_pcid$0$clock)
    );
    mmu$tlb$e_pcid$1 e_pcid$1(
        .d(e_pcid$1$d),
        .q(e_pcid$1$q),
        .clock(e_pcid$1$clock)
    );
    mmu$tlb$e_pcid$2 e_pcid$2(
        .d(e_pcid$2$d),
        .q(e_pcid$2$q),
        .clock(e_pcid$2$clock)
    );
    mmu$tlb$e_pcid$3 e_pcid$3(
        .d(e_pcid$3$d),
        .q(e_pcid$3$q),
        .clock(e_pcid$3$clock)
    );
    mmu$tlb$e_pcid$4 e_pcid$4(
        .d(e_pcid$4$d),
        .q(e_pcid$4$q),
        .clock(e_pcid$4$clock)
    );
    mmu$tlb$e_pcid$5 e_pcid$5(
        .d(e_pcid$5$d),
        .q(e_pcid$5$q),
        .clock(e_pcid$5$clock)
    );
    mmu$tlb$e_pcid$6 e_pcid$6(
        .d(e_pcid$6$d),
        .q(e_pcid$6$q),
        .clock(e_pcid$6$clock)
    );
    mmu$tlb$e_pcid$7 e_pcid$7(
        .d(e_pcid$7$d),
        .q(e_pcid$7$q),
        .clock(e_pcid$7$clock)
    );
    mmu$tlb$e_pcid$8 e_pcid$8(
        .d(e_pcid$8$d),
        .q(e_pcid$8$q),
        .clock(e_pcid$8$clock)
    );
    mmu$tlb$e_pcid$9 e_pcid$9(
        .d(e_pcid$9$d),
        .q(e_pcid$9$q),
        .clock(e_pcid$9$clock)
    );
    mmu$tlb$e_pcid$10 e_pcid$10(
        .d(e_pcid$10$d),
        .q(e_pcid$10$q),
        .clock(e_pcid$10$clock)
    );
    mmu$tlb$e_pcid$11 e_pcid$11(
        .d(e_pcid$11$d),
        .q(e_pcid$11$q),
        .clock(e_pcid$11$clock)
    );
    mmu$tlb$e_pcid$12 e_pcid$12(
        .d(e_pcid$12$d),
        .q(e_pcid$12$q),
        .clock(e_pcid$12$clock)
    );
    mmu$tlb$e_pcid$13 e_pcid$13(
        .d(e_pcid$13$d),
        .q(e_pcid$13$q),
        .clock(e_pcid$13$clock)
    );
    mmu$tlb$e_pcid$14 e_pcid$14(
        .d(e_pcid$14$d),
        .q(e_pcid$14$q),
        .clock(e_pcid$14$clock)
    );
    mmu$tlb$e_pcid$15 e_pcid$15(
        .d(e_pcid$15$d),
        .q(e_pcid$15$q),
        .clock(e_pcid$15$clock)
    );
    mmu$tlb$e_pcid$16 e_pcid$16(
        .d(e_pcid$16$d),
        .q(e_pcid$16$q),
        .clock(e_pcid$16$clock)
    );
    mmu$tlb$e_pcid$17 e_pcid$17(
        .d(e_pcid$17$d),
        .q(e_pcid$17$q),
        .clock(e_pcid$17$clock)
    );
    mmu$tlb$e_pcid$18 e_pcid$18(
        .d(e_pcid$18$d),
        .q(e_pcid$18$q),
        .clock(e_pcid$18$clock)
    );
    mmu$tlb$e_pcid$19 e_pcid$19(
        .d(e_pcid$19$d),
        .q(e_pcid$19$q),
        .clock(e_pcid$19$clock)
    );
    mmu$tlb$e_pcid$20 e_pcid$20(
        .d(e_pcid$20$d),
        .q(e_pcid$20$q),
        .clock(e_pcid$20$clock)
    );
    mmu$tlb$e_pcid$21 e_pcid$21(
        .d(e_pcid$21$d),
        .q(e_pcid$21$q),
        .clock(e_pcid$21$clock)
    );
    mmu$tlb$e_pcid$22 e_pcid$22(
        .d(e_pcid$22$d),
        .q(e_pcid$22$q),
        .clock(e_pcid$22$clock)
    );
    mmu$tlb$e_pcid$23 e_pcid$23(
        .d(e_pcid$23$d),
        .q(e_pcid$23$q),
        .clock(e_pcid$23$clock)
    );
    mmu$tlb$e_pcid$24 e_pcid$24(
        .d(e_pcid$24$d),
        .q(e_pcid$24$q),
        .clock(e_pcid$24$clock)
    );
    mmu$tlb$e_pcid$25 e_pcid$25(
        .d(e_pcid$25$d),
        .q(e_pcid$25$q),
        .clock(e_pcid$25$clock)
    );
    mmu$tlb$e_pcid$26 e_pcid$26(
        .d(e_pcid$26$d),
        .q(e_pcid$26$q),
        .clock(e_pcid$26$clock)
    );
    mmu$tlb$e_pcid$27 e_pcid$27(
        .d(e_pcid$27$d),
        .q(e_pcid$27$q),
        .clock(e_pcid$27$clock)
    );
    mmu$tlb$e_pcid$28 e_pcid$28(
        .d(e_pcid$28$d),
        .q(e_pcid$28$q),
        .clock(e_pcid$28$clock)
    );
    mmu$tlb$e_pcid$29 e_pcid$29(
        .d(e_pcid$29$d),
        .q(e_pcid$29$q),
        .clock(e_pcid$29$clock)
    );
    mmu$tlb$e_pcid$30 e_pcid$30(
        .d(e_pcid$30$d),
        .q(e_pcid$30$q),
        .clock(e_pcid$30$clock)
    );
    mmu$tlb$e_pcid$31 e_pcid$31(
        .d(e_pcid$31$d),
        .q(e_pcid$31$q),
        .clock(e_pcid$31$clock)
    );
    mmu$tlb$e_glob$0 e_glob$0(
        .d(e_glob$0$d),
        .q(e_glob$0$q),
        .clock(e_glob$0$clock)
    );
    mmu$tlb$e_glob$1 e_glob$1(
        .d(e_glob$1$d),
        .q(e_glob$1$q),
        .clock(e_glob$1$clock)
    );
    mmu$tlb$e_glob$2 e_glob$2(
        .d(e_glob$2$d),
        .q(e_glob$2$q),
        .clock(e_glob$2$clock)
    );
    mmu$tlb$e_glob$3 e_glob$3(
        .d(e_glob$3$d),
        .q(e_glob$3$q),
        .clock(e_glob$3$clock)
    );
    mmu$tlb$e_glob$4 e_glob$4(
        .d(e_glob$4$d),
        .q(e_glob$4$q),
        .clock(e_glob$4$clock)
    );
    mmu$tlb$e_glob$5 e_glob$5(
        .d(e_glob$5$d),
        .q(e_glob$5$q),
        .clock(e_glob$5$clock)
    );
    mmu$tlb$e_glob$6 e_glob$6(
        .d(e_glob$6$d),
        .q(e_glob$6$q),
        .clock(e_glob$6$clock)
    );
    mmu$tlb$e_glob$7 e_glob$7(
        .d(e_glob$7$d),
        .q(e_glob$7$q),
        .clock(e_glob$7$clock)
    );
    mmu$tlb$e_glob$8 e_glob$8(
        .d(e_glob$8$d),
        .q(e_glob$8$q),
        .clock(e_glob$8$clock)
    );
    mmu$tlb$e_glob$9 e_glob$9(
        .d(e_glob$9$d),
        .q(e_glob$9$q),
        .clock(e_glob$9$clock)
    );
    mmu$tlb$e_glob$10 e_glob$10(
        .d(e_glob$10$d),
        .q(e_glob$10$q),
        .clock(e_glob$10$clock)
    );
    mmu$tlb$e_glob$11 e_glob$11(
        .d(e_glob$11$d),
        .q(e_glob$11$q),
        .clock(e_glob$11$clock)
    );
    mmu$tlb$e_glob$12 e_glob$12(
        .d(e_glob$12$d),
        .q(e_glob$12$q),
        .clock(e_glob$12$clock)
    );
    mmu$tlb$e_glob$13 e_glob$13(
        .d(e_glob$13$d),
        .q(e_glob$13$q),
        .clock(e_glob$13$clock)
    );
    mmu$tlb$e_glob$14 e_glob$14(
        .d(e_glob$14$d),
        .q(e_glob$14$q),
        .clock(e_glob$14$clock)
    );
    mmu$tlb$e_glob$15 e_glob$15(
        .d(e_glob$15$d),
        .q(e_glob$15$q),
        .clock(e_glob$15$clock)
    );
    mmu$tlb$e_glob$16 e_glob$16(
        .d(e_glob$16$d),
        .q(e_glob$16$q),
        .clock(e_glob$16$clock)
    );
    mmu$tlb$e_glob$17 e_glob$17(
        .d(e_glob$17$d),
        .q(e_glob$17$q),
        .clock(e_glob$17$clock)
    );
    mmu$tlb$e_glob$18 e_glob$18(
        .d(e_glob$18$d),
        .q(e_glob$18$q),
        .clock(e_glob$18$clock)
    );
    mmu$tlb$e_glob$19 e_glob$19(
        .d(e_glob$19$d),
        .q(e_glob$19$q),
        .clock(e_glob$19$clock)
    );
    mmu$tlb$e_glob$20 e_glob$20(
        .d(e_glob$20$d),
        .q(e_glob$20$q),
        .clock(e_glob$20$clock)
    );
    mmu$tlb$e_glob$21 e_glob$21(
        .d(e_glob$21$d),
        .q(e_glob$21$q),
        .clock(e_glob$21$clock)
    );
    mmu$tlb$e_glob$22 e_glob$22(
        .d(e_glob$22$d),
        .q(e_glob$22$q),
        .clock(e_glob$22$clock)
    );
    mmu$tlb$e_glob$23 e_glob$23(
        .d(e_glob$23$d),
        .q(e_glob$23$q),
        .clock(e_glob$23$clock)
    );
    mmu$tlb$e_glob$24 e_glob$24(
        .d(e_glob$24$d),
        .q(e_glob$24$q),
        .clock(e_glob$24$clock)
    );
    mmu$tlb$e_glob$25 e_glob$25(
        .d(e_glob$25$d),
        .q(e_glob$25$q),
        .clock(e_glob$25$clock)
    );
    mmu$tlb$e_glob$26 e_glob$26(
        .d(e_glob$26$d),
        .q(e_glob$26$q),
        .clock(e_glob$26$clock)
    );
    mmu$tlb$e_glob$27 e_glob$27(
        .d(e_glob$27$d),
        .q(e_glob$27$q),
        .clock(e_glob$27$clock)
    );
    mmu$tlb$e_glob$28 e_glob$28(
        .d(e_glob$28$d),
        .q(e_glob$28$q),
        .clock(e_glob$28$clock)
    );
    mmu$tlb$e_glob$29 e_glob$29(
        .d(e_glob$29$d),
        .q(e_glob$29$q),
        .clock(e_glob$29$clock)
    );
    mmu$tlb$e_glob$30 e_glob$30(
        .d(e_glob$30$d),
        .q(e_glob$30$q),
        .clock(e_glob$30$clock)
    );
    mmu$tlb$e_glob$31 e_glob$31(
        .d(e_glob$31$d),
        .q(e_glob$31$q),
        .clock(e_glob$31$clock)
    );
    mmu$tlb$e_pfn$0 e_pfn$0(
        .d(e_pfn$0$d),
        .q(e_pfn$0$q),
        .clock(e_pfn$0$clock)
    );
    mmu$tlb$e_pfn$1 e_pfn$1(
        .d(e_pfn$1$d),
        .q(e_pfn$1$q),
        .clock(e_pfn$1$clock)
    );
    mmu$tlb$e_pfn$2 e_pfn$2(
        .d(e_pfn$2$d),
        .q(e_pfn$2$q),
        .clock(e_pfn$2$clock)
    );
    mmu$tlb$e_pfn$3 e_pfn$3(
        .d(e_pfn$3$d),
        .q(e_pfn$3$q),
        .clock(e_pfn$3$clock)
    );
    mmu$tlb$e_pfn$4 e_pfn$4(
        .d(e_pfn$4$d),
        .q(e_pfn$4$q),
        .clock(e_pfn$4$clock)
    );
    mmu$tlb$e_pfn$5 e_pfn$5(
        .d(e_pfn$5$d),
        .q(e_pfn$5$q),
        .clock(e_pfn$5$clock)
    );
    mmu$tlb$e_pfn$6 e_pfn$6(
        .d(e_pfn$6$d),
        .q(e_pfn$6$q),
        .clock(e_pfn$6$clock)
    );
    mmu$tlb$e_pfn$7 e_pfn$7(
        .d(e_pfn$7$d),
        .q(e_pfn$7$q),
        .clock(e_pfn$7$clock)
    );
    mmu$tlb$e_pfn$8 e_pfn$8(
        .d(e_pfn$8$d),
        .q(e_pfn$8$q),
        .clock(e_pfn$8$clock)
    );
    mmu$tlb$e_pfn$9 e_pfn$9(
        .d(e_pfn$9$d),
        .q(e_pfn$9$q),
        .clock(e_pfn$9$clock)
    );
    mmu$tlb$e_pfn$10 e_pfn$10(
        .d(e_pfn$10$d),
        .q(e_pfn$10$q),
        .clock(e_pfn$10$clock)
    );
    mmu$tlb$e_pfn$11 e_pfn$11(
        .d(e_pfn$11$d),
        .q(e_pfn$11$q),
        .clock(e_pfn$11$clock)
    );
    mmu$tlb$e_pfn$12 e_pfn$12(
        .d(e_pfn$12$d),
        .q(e_pfn$12$q),
        .clock(e_pfn$12$clock)
    );
    mmu$tlb$e_pfn$13 e_pfn$13(
        .d(e_pfn$13$d),
        .q(e_pfn$13$q),
        .clock(e_pfn$13$clock)
    );
    mmu$tlb$e_pfn$14 e_pfn$14(
        .d(e_pfn$14$d),
        .q(e_pfn$14$q),
        .clock(e_pfn$14$clock)
    );
    mmu$tlb$e_pfn$15 e_pfn$15(
        .d(e_pfn$15$d),
        .q(e_pfn$15$q),
        .clock(e_pfn$15$clock)
    );
    mmu$tlb$e_pfn$16 e_pfn$16(
        .d(e_pfn$16$d),
        .q(e_pfn$16$q),
        .clock(e_pfn$16$clock)
    );
    mmu$tlb$e_pfn$17 e_pfn$17(
        .d(e_pfn$17$d),
        .q(e_pfn$17$q),
        .clock(e_pfn$17$clock)
    );
    mmu$tlb$e_pfn$18 e_pfn$18(
        .d(e_pfn$18$d),
        .q(e_pfn$18$q),
        .clock(e_pfn$18$clock)
    );
    mmu$tlb$e_pfn$19 e_pfn$19(
        .d(e_pfn$19$d),
        .q(e_pfn$19$q),
        .clock(e_pfn$19$clock)
    );
    mmu$tlb$e_pfn$20 e_pfn$20(
        .d(e_pfn$20$d),
        .q(e_pfn$20$q),
        .clock(e_pfn$20$clock)
    );
    mmu$tlb$e_pfn$21 e_pfn$21(
        .d(e_pfn$21$d),
        .q(e_pfn$21$q),
        .clock(e_pfn$21$clock)
    );
    mmu$tlb$e_pfn$22 e_pfn$22(
        .d(e_pfn$22$d),
        .q(e_pfn$22$q),
        .clock(e_pfn$22$clock)
    );
    mmu$tlb$e_pfn$23 e_pfn$23(
        .d(e_pfn$23$d),
        .q(e_pfn$23$q),
        .clock(e_pfn$23$clock)
    );
    mmu$tlb$e_pfn$24 e_pfn$24(
        .d(e_pfn$24$d),
        .q(e_pfn$24$q),
        .clock(e_pfn$24$clock)
    );
    mmu$tlb$e_pfn$25 e_pfn$25(
        .d(e_pfn$25$d),
        .q(e_pfn$25$q),
        .clock(e_pfn$25$clock)
    );
    mmu$tlb$e_pfn$26 e_pfn$26(
        .d(e_pfn$26$d),
        .q(e_pfn$26$q),
        .clock(e_pfn$26$clock)
    );
    mmu$tlb$e_pfn$27 e_pfn$27(
        .d(e_pfn$27$d),
        .q(e_pfn$27$q),
        .clock(e_pfn$27$clock)
    );
    mmu$tlb$e_pfn$28 e_pfn$28(
        .d(e_pfn$28$d),
        .q(e_pfn$28$q),
        .clock(e_pfn$28$clock)
    );
    mmu$tlb$e_pfn$29 e_pfn$29(
        .d(e_pfn$29$d),
        .q(e_pfn$29$q),
        .clock(e_pfn$29$clock)
    );
    mmu$tlb$e_pfn$30 e_pfn$30(
        .d(e_pfn$30$d),
        .q(e_pfn$30$q),
        .clock(e_pfn$30$clock)
    );
    mmu$tlb$e_pfn$31 e_pfn$31(
        .d(e_pfn$31$d),
        .q(e_pfn$31$q),
        .clock(e_pfn$31$clock)
    );
    mmu$tlb$e_writable$0 e_writable$0(
        .d(e_writable$0$d),
        .q(e_writable$0$q),
        .clock(e_writable$0$clock)
    );
    mmu$tlb$e_writable$1 e_writable$1(
        .d(e_writable$1$d),
        .q(e_writable$1$q),
        .clock(e_writable$1$clock)
    );
    mmu$tlb$e_writable$2 e_writable$2(
        .d(e_writable$2$d),
        .q(e_writable$2$q),
        .clock(e_writable$2$clock)
    );
    mmu$tlb$e_writable$3 e_writable$3(
        .d(e_writable$3$d),
        .q(e_writable$3$q),
        .clock(e_writable$3$clock)
    );
    mmu$tlb$e_writable$4 e_writable$4(
        .d(e_writable$4$d),
        .q(e_writable$4$q),
        .clock(e_writable$4$clock)
    );
    mmu$tlb$e_writable$5 e_writable$5(
        .d(e_writable$5$d),
        .q(e_writable$5$q),
        .clock(e_writable$5$clock)
    );
    mmu$tlb$e_writable$6 e_writable$6(
        .d(e_writable$6$d),
        .q(e_writable$6$q),
        .clock(e_writable$6$clock)
    );
    mmu$tlb$e_writable$7 e_writable$7(
        .d(e_writable$7$d),
        .q(e_writable$7$q),
        .clock(e_writable$7$clock)
    );
    mmu$tlb$e_writable$8 e_writable$8(
        .d(e_writable$8$d),
        .q(e_writable$8$q),
        .clock(e_writable$8$clock)
    );
    mmu$tlb$e_writable$9 e_writable$9(
        .d(e_writable$9$d),
        .q(e_writable$9$q),
        .clock(e_writable$9$clock)
    );
    mmu$tlb$e_writable$10 e_writable$10(
        .d(e_writable$10$d),
        .q(e_writable$10$q),
        .clock(e_writable$10$clock)
    );
    mmu$tlb$e_writable$11 e_writable$11(
        .d(e_writable$11$d),
        .q(e_writable$11$q),
        .clock(e_writable$11$clock)
    );
    mmu$tlb$e_writable$12 e_writable$12(
        .d(e_writable$12$d),
        .q(e_writable$12$q),
        .clock(e_writable$12$clock)
    );
    mmu$tlb$e_writable$13 e_writable$13(
        .d(e_writable$13$d),
        .q(e_writable$13$q),
        .clock(e_writable$13$clock)
    );
    mmu$tlb$e_writable$14 e_writable$14(
        .d(e_writable$14$d),
        .q(e_writable$14$q),
        .clock(e_writable$14$clock)
    );
    mmu$tlb$e_writable$15 e_writable$15(
        .d(e_writable$15$d),
        .q(e_writable$15$q),
        .clock(e_writable$15$clock)
    );
    mmu$tlb$e_writable$16 e_writable$16(
        .d(e_writable$16$d),
        .q(e_writable$16$q),
        .clock(e_writable$16$clock)
    );
    mmu$tlb$e_writable$17 e_writable$17(
        .d(e_writable$17$d),
        .q(e_writable$17$q),
        .clock(e_writable$17$clock)
    );
    mmu$tlb$e_writable$18 e_writable$18(
        .d(e_writable$18$d),
        .q(e_writable$18$q),
        .clock(e_writable$18$clock)
    );
    mmu$tlb$e_writable$19 e_writable$19(
        .d(e_writable$19$d),
        .q(e_writable$19$q),
        .clock(e_writable$19$clock)
    );
    mmu$tlb$e_writable$20 e_writable$20(
        .d(e_writable$20$d),
        .q(e_writable$20$q),
        .clock(e_writable$20$clock)
    );
    mmu$tlb$e_writable$21 e_writable$21(
        .d(e_writable$21$d),
        .q(e_writable$21$q),
        .clock(e_writable$21$clock)
    );
    mmu$tlb$e_writable$22 e_writable$22(
        .d(e_writable$22$d),
        .q(e_writable$22$q),
        .clock(e_writable$22$clock)
    );
    mmu$tlb$e_writable$23 e_writable$23(
        .d(e_writable$23$d),
        .q(e_writable$23$q),
        .clock(e_writable$23$clock)
    );
    mmu$tlb$e_writable$24 e_writable$24(
        .d(e_writable$24$d),
        .q(e_writable$24$q),
        .clock(e_writable$24$clock)
    );
    mmu$tlb$e_writable$25 e_writable$25(
        .d(e_writable$25$d),
        .q(e_writable$25$q),
        .clock(e_writable$25$clock)
    );
    mmu$tlb$e_writable$26 e_writable$26(
        .d(e_writable$26$d),
        .q(e_writable$26$q),
        .clock(e_writable$26$clock)
    );
    mmu$tlb$e_writable$27 e_writable$27(
        .d(e_writable$27$d),
        .q(e_writable$27$q),
        .clock(e_writable$27$clock)
    );
    mmu$tlb$e_writable$28 e_writable$28(
        .d(e_writable$28$d),
        .q(e_writable$28$q),
        .clock(e_writable$28$clock)
    );
    mmu$tlb$e_writable$29 e_writable$29(
        .d(e_writable$29$d),
        .q(e_writable$29$q),
        .clock(e_writable$29$clock)
    );
    mmu$tlb$e_writable$30 e_writable$30(
        .d(e_writable$30$d),
        .q(e_writable$30$q),
        .clock(e_writable$30$clock)
    );
    mmu$tlb$e_writable$31 e_writable$31(
        .d(e_writable$31$d),
        .q(e_writable$31$q),
        .clock(e_writable$31$clock)
    );
    mmu$tlb$e_user$0 e_user$0(
        .d(e_user$0$d),
        .q(e_user$0$q),
        .clock(e_user$0$clock)
    );
    mmu$tlb$e_user$1 e_user$1(
        .d(e_user$1$d),
        .q(e_user$1$q),
        .clock(e_user$1$clock)
    );
    mmu$tlb$e_user$2 e_user$2(
        .d(e_user$2$d),
        .q(e_user$2$q),
        .clock(e_user$2$clock)
    );
    mmu$tlb$e_user$3 e_user$3(
        .d(e_user$3$d),
        .q(e_user$3$q),
        .clock(e_user$3$clock)
    );
    mmu$tlb$e_user$4 e_user$4(
        .d(e_user$4$d),
        .q(e_user$4$q),
        .clock(e_user$4$clock)
    );
    mmu$tlb$e_user$5 e_user$5(
        .d(e_user$5$d),
        .q(e_user$5$q),
        .clock(e_user$5$clock)
    );
    mmu$tlb$e_user$6 e_user$6(
        .d(e_user$6$d),
        .q(e_user$6$q),
        .clock(e_user$6$clock)
    );
    mmu$tlb$e_user$7 e_user$7(
        .d(e_user$7$d),
        .q(e_user$7$q),
        .clock(e_user$7$clock)
    );
    mmu$tlb$e_user$8 e_user$8(
        .d(e_user$8$d),
        .q(e_user$8$q),
        .clock(e_user$8$clock)
    );
    mmu$tlb$e_user$9 e_user$9(
        .d(e_user$9$d),
        .q(e_user$9$q),
        .clock(e_user$9$clock)
    );
    mmu$tlb$e_user$10 e_user$10(
        .d(e_user$10$d),
        .q(e_user$10$q),
        .clock(e_user$10$clock)
    );
    mmu$tlb$e_user$11 e_user$11(
        .d(e_user$11$d),
        .q(e_user$11$q),
        .clock(e_user$11$clock)
    );
    mmu$tlb$e_user$12 e_user$12(
        .d(e_user$12$d),
        .q(e_user$12$q),
        .clock(e_user$12$clock)
    );
    mmu$tlb$e_user$13 e_user$13(
        .d(e_user$13$d),
        .q(e_user$13$q),
        .clock(e_user$13$clock)
    );
    mmu$tlb$e_user$14 e_user$14(
        .d(e_user$14$d),
        .q(e_user$14$q),
        .clock(e_user$14$clock)
    );
    mmu$tlb$e_user$15 e_user$15(
        .d(e_user$15$d),
        .q(e_user$15$q),
        .clock(e_user$15$clock)
    );
    mmu$tlb$e_user$16 e_user$16(
        .d(e_user$16$d),
        .q(e_user$16$q),
        .clock(e_user$16$clock)
    );
    mmu$tlb$e_user$17 e_user$17(
        .d(e_user$17$d),
        .q(e_user$17$q),
        .clock(e_user$17$clock)
    );
    mmu$tlb$e_user$18 e_user$18(
        .d(e_user$18$d),
        .q(e_user$18$q),
        .clock(e_user$18$clock)
    );
    mmu$tlb$e_user$19 e_user$19(
        .d(e_user$19$d),
        .q(e_user$19$q),
        .clock(e_user$19$clock)
    );
    mmu$tlb$e_user$20 e_user$20(
        .d(e_user$20$d),
        .q(e_user$20$q),
        .clock(e_user$20$clock)
    );
    mmu$tlb$e_user$21 e_user$21(
        .d(e_user$21$d),
        .q(e_user$21$q),
        .clock(e_user$21$clock)
    );
    mmu$tlb$e_user$22 e_user$22(
        .d(e_user$22$d),
        .q(e_user$22$q),
        .clock(e_user$22$clock)
    );
    mmu$tlb$e_user$23 e_user$23(
        .d(e_user$23$d),
        .q(e_user$23$q),
        .clock(e_user$23$clock)
    );
    mmu$tlb$e_user$24 e_user$24(
        .d(e_user$24$d),
        .q(e_user$24$q),
        .clock(e_user$24$clock)
    );
    mmu$tlb$e_user$25 e_user$25(
        .d(e_user$25$d),
        .q(e_user$25$q),
        .clock(e_user$25$clock)
    );
    mmu$tlb$e_user$26 e_user$26(
        .d(e_user$26$d),
        .q(e_user$26$q),
        .clock(e_user$26$clock)
    );
    mmu$tlb$e_user$27 e_user$27(
        .d(e_user$27$d),
        .q(e_user$27$q),
        .clock(e_user$27$clock)
    );
    mmu$tlb$e_user$28 e_user$28(
        .d(e_user$28$d),
        .q(e_user$28$q),
        .clock(e_user$28$clock)
    );
    mmu$tlb$e_user$29 e_user$29(
        .d(e_user$29$d),
        .q(e_user$29$q),
        .clock(e_user$29$clock)
    );
    mmu$tlb$e_user$30 e_user$30(
        .d(e_user$30$d),
        .q(e_user$30$q),
        .clock(e_user$30$clock)
    );
    mmu$tlb$e_user$31 e_user$31(
        .d(e_user$31$d),
        .q(e_user$31$q),
        .clock(e_user$31$clock)
    );
    mmu$tlb$e_xd$0 e_xd$0(
        .d(e_xd$0$d),
        .q(e_xd$0$q),
        .clock(e_xd$0$clock)
    );
    mmu$tlb$e_xd$1 e_xd$1(
        .d(e_xd$1$d),
        .q(e_xd$1$q),
        .clock(e_xd$1$clock)
    );
    mmu$tlb$e_xd$2 e_xd$2(
        .d(e_xd$2$d),
        .q(e_xd$2$q),
        .clock(e_xd$2$clock)
    );
    mmu$tlb$e_xd$3 e_xd$3(
        .d(e_xd$3$d),
        .q(e_xd$3$q),
        .clock(e_xd$3$clock)
    );
    mmu$tlb$e_xd$4 e_xd$4(
        .d(e_xd$4$d),
        .q(e_xd$4$q),
        .clock(e_xd$4$clock)
    );
    mmu$tlb$e_xd$5 e_xd$5(
        .d(e_xd$5$d),
        .q(e_xd$5$q),
        .clock(e_xd$5$clock)
    );
    mmu$tlb$e_xd$6 e_xd$6(
        .d(e_xd$6$d),
        .q(e_xd$6$q),
        .clock(e_xd$6$clock)
    );
    mmu$tlb$e_xd$7 e_xd$7(
        .d(e_xd$7$d),
        .q(e_xd$7$q),
        .clock(e_xd$7$clock)
    );
    mmu$tlb$e_xd$8 e_xd$8(
        .d(e_xd$8$d),
        .q(e_xd$8$q),
        .clock(e_xd$8$clock)
    );
    mmu$tlb$e_xd$9 e_xd$9(
        .d(e_xd$9$d),
        .q(e_xd$9$q),
        .clock(e_xd$9$clock)
    );
    mmu$tlb$e_xd$10 e_xd$10(
        .d(e_xd$10$d),
        .q(e_xd$10$q),
        .clock(e_xd$10$clock)
    );
    mmu$tlb$e_xd$11 e_xd$11(
        .d(e_xd$11$d),
        .q(e_xd$11$q),
        .clock(e_xd$11$clock)
    );
    mmu$tlb$e_xd$12 e_xd$12(
        .d(e_xd$12$d),
        .q(e_xd$12$q),
        .clock(e_xd$12$clock)
    );
    mmu$tlb$e_xd$13 e_xd$13(
        .d(e_xd$13$d),
        .q(e_xd$13$q),
        .clock(e_xd$13$clock)
    );
    mmu$tlb$e_xd$14 e_xd$14(
        .d(e_xd$14$d),
        .q(e_xd$14$q),
        .clock(e_xd$14$clock)
    );
    mmu$tlb$e_xd$15 e_xd$15(
        .d(e_xd$15$d),
        .q(e_xd$15$q),
        .clock(e_xd$15$clock)
    );
    mmu$tlb$e_xd$16 e_xd$16(
        .d(e_xd$16$d),
        .q(e_xd$16$q),
        .clock(e_xd$16$clock)
    );
    mmu$tlb$e_xd$17 e_xd$17(
        .d(e_xd$17$d),
        .q(e_xd$17$q),
        .clock(e_xd$17$clock)
    );
    mmu$tlb$e_xd$18 e_xd$18(
        .d(e_xd$18$d),
        .q(e_xd$18$q),
        .clock(e_xd$18$clock)
    );
    mmu$tlb$e_xd$19 e_xd$19(
        .d(e_xd$19$d),
        .q(e_xd$19$q),
        .clock(e_xd$19$clock)
    );
    mmu$tlb$e_xd$20 e_xd$20(
        .d(e_xd$20$d),
        .q(e_xd$20$q),
        .clock(e_xd$20$clock)
    );
    mmu$tlb$e_xd$21 e_xd$21(
        .d(e_xd$21$d),
        .q(e_xd$21$q),
        .clock(e_xd$21$clock)
    );
    mmu$tlb$e_xd$22 e_xd$22(
        .d(e_xd$22$d),
        .q(e_xd$22$q),
        .clock(e_xd$22$clock)
    );
    mmu$tlb$e_xd$23 e_xd$23(
        .d(e_xd$23$d),
        .q(e_xd$23$q),
        .clock(e_xd$23$clock)
    );
    mmu$tlb$e_xd$24 e_xd$24(
        .d(e_xd$24$d),
        .q(e_xd$24$q),
        .clock(e_xd$24$clock)
    );
    mmu$tlb$e_xd$25 e_xd$25(
        .d(e_xd$25$d),
        .q(e_xd$25$q),
        .clock(e_xd$25$clock)
    );
    mmu$tlb$e_xd$26 e_xd$26(
        .d(e_xd$26$d),
        .q(e_xd$26$q),
        .clock(e_xd$26$clock)
    );
    mmu$tlb$e_xd$27 e_xd$27(
        .d(e_xd$27$d),
        .q(e_xd$27$q),
        .clock(e_xd$27$clock)
    );
    mmu$tlb$e_xd$28 e_xd$28(
        .d(e_xd$28$d),
        .q(e_xd$28$q),
        .clock(e_xd$28$clock)
    );
    mmu$tlb$e_xd$29 e_xd$29(
        .d(e_xd$29$d),
        .q(e_xd$29$q),
        .clock(e_xd$29$clock)
    );
    mmu$tlb$e_xd$30 e_xd$30(
        .d(e_xd$30$d),
        .q(e_xd$30$q),
        .clock(e_xd$30$clock)
    );
    mmu$tlb$e_xd$31 e_xd$31(
        .d(e_xd$31$d),
        .q(e_xd$31$q),
        .clock(e_xd$31$clock)
    );
    mmu$tlb$e_dirty$0 e_dirty$0(
        .d(e_dirty$0$d),
        .q(e_dirty$0$q),
        .clock(e_dirty$0$clock)
    );
    mmu$tlb$e_dirty$1 e_dirty$1(
        .d(e_dirty$1$d),
        .q(e_dirty$1$q),
        .clock(e_dirty$1$clock)
    );
    mmu$tlb$e_dirty$2 e_dirty$2(
        .d(e_dirty$2$d),
        .q(e_dirty$2$q),
        .clock(e_dirty$2$clock)
    );
    mmu$tlb$e_dirty$3 e_dirty$3(
        .d(e_dirty$3$d),
        .q(e_dirty$3$q),
        .clock(e_dirty$3$clock)
    );
    mmu$tlb$e_dirty$4 e_dirty$4(
        .d(e_dirty$4$d),
        .q(e_dirty$4$q),
        .clock(e_dirty$4$clock)
    );
    mmu$tlb$e_dirty$5 e_dirty$5(
        .d(e_dirty$5$d),
        .q(e_dirty$5$q),
        .clock(e_dirty$5$clock)
    );
    mmu$tlb$e_dirty$6 e_dirty$6(
        .d(e_dirty$6$d),
        .q(e_dirty$6$q),
        .clock(e_dirty$6$clock)
    );
    mmu$tlb$e_dirty$7 e_dirty$7(
        .d(e_dirty$7$d),
        .q(e_dirty$7$q),
        .clock(e_dirty$7$clock)
    );
    mmu$tlb$e_dirty$8 e_dirty$8(
        .d(e_dirty$8$d),
        .q(e_dirty$8$q),
        .clock(e_dirty$8$clock)
    );
    mmu$tlb$e_dirty$9 e_dirty$9(
        .d(e_dirty$9$d),
        .q(e_dirty$9$q),
        .clock(e_dirty$9$clock)
    );
    mmu$tlb$e_dirty$10 e_dirty$10(
        .d(e_dirty$10$d),
        .q(e_dirty$10$q),
        .clock(e_dirty$10$clock)
    );
    mmu$tlb$e_dirty$11 e_dirty$11(
        .d(e_dirty$11$d),
        .q(e_dirty$11$q),
        .clock(e_dirty$11$clock)
    );
    mmu$tlb$e_dirty$12 e_dirty$12(
        .d(e_dirty$12$d),
        .q(e_dirty$12$q),
        .clock(e_dirty$12$clock)
    );
    mmu$tlb$e_dirty$13 e_dirty$13(
        .d(e_dirty$13$d),
        .q(e_dirty$13$q),
        .clock(e_dirty$13$clock)
    );
    mmu$tlb$e_dirty$14 e_dirty$14(
        .d(e_dirty$14$d),
        .q(e_dirty$14$q),
        .clock(e_dirty$14$clock)
    );
    mmu$tlb$e_dirty$15 e_dirty$15(
        .d(e_dirty$15$d),
        .q(e_dirty$15$q),
        .clock(e_dirty$15$clock)
    );
    mmu$tlb$e_dirty$16 e_dirty$16(
        .d(e_dirty$16$d),
        .q(e_dirty$16$q),
        .clock(e_dirty$16$clock)
    );
    mmu$tlb$e_dirty$17 e_dirty$17(
        .d(e_dirty$17$d),
        .q(e_dirty$17$q),
        .clock(e_dirty$17$clock)
    );
    mmu$tlb$e_dirty$18 e_dirty$18(
        .d(e_dirty$18$d),
        .q(e_dirty$18$q),
        .clock(e_dirty$18$clock)
    );
    mmu$tlb$e_dirty$19 e_dirty$19(
        .d(e_dirty$19$d),
        .q(e_dirty$19$q),
        .clock(e_dirty$19$clock)
    );
    mmu$tlb$e_dirty$20 e_dirty$20(
        .d(e_dirty$20$d),
        .q(e_dirty$20$q),
        .clock(e_dirty$20$clock)
    );
    mmu$tlb$e_dirty$21 e_dirty$21(
        .d(e_dirty$21$d),
        .q(e_dirty$21$q),
        .clock(e_dirty$21$clock)
    );
    mmu$tlb$e_dirty$22 e_dirty$22(
        .d(e_dirty$22$d),
        .q(e_dirty$22$q),
        .clock(e_dirty$22$clock)
    );
    mmu$tlb$e_dirty$23 e_dirty$23(
        .d(e_dirty$23$d),
        .q(e_dirty$23$q),
        .clock(e_dirty$23$clock)
    );
    mmu$tlb$e_dirty$24 e_dirty$24(
        .d(e_dirty$24$d),
        .q(e_dirty$24$q),
        .clock(e_dirty$24$clock)
    );
    mmu$tlb$e_dirty$25 e_dirty$25(
        .d(e_dirty$25$d),
        .q(e_dirty$25$q),
        .clock(e_dirty$25$clock)
    );
    mmu$tlb$e_dirty$26 e_dirty$26(
        .d(e_dirty$26$d),
        .q(e_dirty$26$q),
        .clock(e_dirty$26$clock)
    );
    mmu$tlb$e_dirty$27 e_dirty$27(
        .d(e_dirty$27$d),
        .q(e_dirty$27$q),
        .clock(e_dirty$27$clock)
    );
    mmu$tlb$e_dirty$28 e_dirty$28(
        .d(e_dirty$28$d),
        .q(e_dirty$28$q),
        .clock(e_dirty$28$clock)
    );
    mmu$tlb$e_dirty$29 e_dirty$29(
        .d(e_dirty$29$d),
        .q(e_dirty$29$q),
        .clock(e_dirty$29$clock)
    );
    mmu$tlb$e_dirty$30 e_dirty$30(
        .d(e_dirty$30$d),
        .q(e_dirty$30$q),
        .clock(e_dirty$30$clock)
    );
    mmu$tlb$e_dirty$31 e_dirty$31(
        .d(e_dirty$31$d),
        .q(e_dirty$31$q),
        .clock(e_dirty$31$clock)
    );
    mmu$tlb$e_pkey$0 e_pkey$0(
        .d(e_pkey$0$d),
        .q(e_pkey$0$q),
        .clock(e_pkey$0$clock)
    );
    mmu$tlb$e_pkey$1 e_pkey$1(
        .d(e_pkey$1$d),
        .q(e_pkey$1$q),
        .clock(e_pkey$1$clock)
    );
    mmu$tlb$e_pkey$2 e_pkey$2(
        .d(e_pkey$2$d),
        .q(e_pkey$2$q),
        .clock(e_pkey$2$clock)
    );
    mmu$tlb$e_pkey$3 e_pkey$3(
        .d(e_pkey$3$d),
        .q(e_pkey$3$q),
        .clock(e_pkey$3$clock)
    );
    mmu$tlb$e_pkey$4 e_pkey$4(
        .d(e_pkey$4$d),
        .q(e_pkey$4$q),
        .clock(e_pkey$4$clock)
    );
    mmu$tlb$e_pkey$5 e_pkey$5(
        .d(e_pkey$5$d),
        .q(e_pkey$5$q),
        .clock(e_pkey$5$clock)
    );
    mmu$tlb$e_pkey$6 e_pkey$6(
        .d(e_pkey$6$d),
        .q(e_pkey$6$q),
        .clock(e_pkey$6$clock)
    );
    mmu$tlb$e_pkey$7 e_pkey$7(
        .d(e_pkey$7$d),
        .q(e_pkey$7$q),
        .clock(e_pkey$7$clock)
    );
    mmu$tlb$e_pkey$8 e_pkey$8(
        .d(e_pkey$8$d),
        .q(e_pkey$8$q),
        .clock(e_pkey$8$clock)
    );
    mmu$tlb$e_pkey$9 e_pkey$9(
        .d(e_pkey$9$d),
        .q(e_pkey$9$q),
        .clock(e_pkey$9$clock)
    );
    mmu$tlb$e_pkey$10 e_pkey$10(
        .d(e_pkey$10$d),
        .q(e_pkey$10$q),
        .clock(e_pkey$10$clock)
    );
    mmu$tlb$e_pkey$11 e_pkey$11(
        .d(e_pkey$11$d),
        .q(e_pkey$11$q),
        .clock(e_pkey$11$clock)
    );
    mmu$tlb$e_pkey$12 e_pkey$12(
        .d(e_pkey$12$d),
        .q(e_pkey$12$q),
        .clock(e_pkey$12$clock)
    );
    mmu$tlb$e_pkey$13 e_pkey$13(
        .d(e_pkey$13$d),
        .q(e_pkey$13$q),
        .clock(e_pkey$13$clock)
    );
    mmu$tlb$e_pkey$14 e_pkey$14(
        .d(e_pkey$14$d),
        .q(e_pkey$14$q),
        .clock(e_pkey$14$clock)
    );
    mmu$tlb$e_pkey$15 e_pkey$15(
        .d(e_pkey$15$d),
        .q(e_pkey$15$q),
        .clock(e_pkey$15$clock)
    );
    mmu$tlb$e_pkey$16 e_pkey$16(
        .d(e_pkey$16$d),
        .q(e_pkey$16$q),
        .clock(e_pkey$16$clock)
    );
    mmu$tlb$e_pkey$17 e_pkey$17(
        .d(e_pkey$17$d),
        .q(e_pkey$17$q),
        .clock(e_pkey$17$clock)
    );
    mmu$tlb$e_pkey$18 e_pkey$18(
        .d(e_pkey$18$d),
        .q(e_pkey$18$q),
        .clock(e_pkey$18$clock)
    );
    mmu$tlb$e_pkey$19 e_pkey$19(
        .d(e_pkey$19$d),
        .q(e_pkey$19$q),
        .clock(e_pkey$19$clock)
    );
    mmu$tlb$e_pkey$20 e_pkey$20(
        .d(e_pkey$20$d),
        .q(e_pkey$20$q),
        .clock(e_pkey$20$clock)
    );
    mmu$tlb$e_pkey$21 e_pkey$21(
        .d(e_pkey$21$d),
        .q(e_pkey$21$q),
        .clock(e_pkey$21$clock)
    );
    mmu$tlb$e_pkey$22 e_pkey$22(
        .d(e_pkey$22$d),
        .q(e_pkey$22$q),
        .clock(e_pkey$22$clock)
    );
    mmu$tlb$e_pkey$23 e_pkey$23(
        .d(e_pkey$23$d),
        .q(e_pkey$23$q),
        .clock(e_pkey$23$clock)
    );
    mmu$tlb$e_pkey$24 e_pkey$24(
        .d(e_pkey$24$d),
        .q(e_pkey$24$q),
        .clock(e_pkey$24$clock)
    );
    mmu$tlb$e_pkey$25 e_pkey$25(
        .d(e_pkey$25$d),
        .q(e_pkey$25$q),
        .clock(e_pkey$25$clock)
    );
    mmu$tlb$e_pkey$26 e_pkey$26(
        .d(e_pkey$26$d),
        .q(e_pkey$26$q),
        .clock(e_pkey$26$clock)
    );
    mmu$tlb$e_pkey$27 e_pkey$27(
        .d(e_pkey$27$d),
        .q(e_pkey$27$q),
        .clock(e_pkey$27$clock)
    );
    mmu$tlb$e_pkey$28 e_pkey$28(
        .d(e_pkey$28$d),
        .q(e_pkey$28$q),
        .clock(e_pkey$28$clock)
    );
    mmu$tlb$e_pkey$29 e_pkey$29(
        .d(e_pkey$29$d),
        .q(e_pkey$29$q),
        .clock(e_pkey$29$clock)
    );
    mmu$tlb$e_pkey$30 e_pkey$30(
        .d(e_pkey$30$d),
        .q(e_pkey$30$q),
        .clock(e_pkey$30$clock)
    );
    mmu$tlb$e_pkey$31 e_pkey$31(
        .d(e_pkey$31$d),
        .q(e_pkey$31$q),
        .clock(e_pkey$31$clock)
    );
    mmu$tlb$victim victim(
        .d(victim$d),
        .q(victim$q),
        .clock(victim$clock)
    );
    
    // Update code
    always @(*) begin
        e_valid$0$clock = clock;
        e_vpn_1g$0$clock = clock;
        e_vpn_2m$0$clock = clock;
        e_vpn_4k$0$clock = clock;
        e_size$0$clock = clock;
        e_pcid$0$clock = clock;
        e_glob$0$clock = clock;
        e_pfn$0$clock = clock;
        e_writable$0$clock = clock;
        e_user$0$clock = clock;
        e_xd$0$clock = clock;
        e_dirty$0$clock = clock;
        e_pkey$0$clock = clock;
        e_valid$0$d = e_valid$0$q;
        e_vpn_1g$0$d = e_vpn_1g$0$q;
        e_vpn_2m$0$d = e_vpn_2m$0$q;
        e_vpn_4k$0$d = e_vpn_4k$0$q;
        e_size$0$d = e_size$0$q;
        e_pcid$0$d = e_pcid$0$q;
        e_glob$0$d = e_glob$0$q;
        e_pfn$0$d = e_pfn$0$q;
        e_writable$0$d = e_writable$0$q;
        e_user$0$d = e_user$0$q;
        e_xd$0$d = e_xd$0$q;
        e_dirty$0$d = e_dirty$0$q;
        e_pkey$0$d = e_pkey$0$q;
        e_valid$1$clock = clock;
        e_vpn_1g$1$clock = clock;
        e_vpn_2m$1$clock = clock;
        e_vpn_4k$1$clock = clock;
        e_size$1$clock = clock;
        e_pcid$1$clock = clock;
        e_glob$1$clock = clock;
        e_pfn$1$clock = clock;
        e_writable$1$clock = clock;
        e_user$1$clock = clock;
        e_xd$1$clock = clock;
        e_dirty$1$clock = clock;
        e_pkey$1$clock = clock;
        e_valid$1$d = e_valid$1$q;
        e_vpn_1g$1$d = e_vpn_1g$1$q;
        e_vpn_2m$1$d = e_vpn_2m$1$q;
        e_vpn_4k$1$d = e_vpn_4k$1$q;
        e_size$1$d = e_size$1$q;
        e_pcid$1$d = e_pcid$1$q;
        e_glob$1$d = e_glob$1$q;
        e_pfn$1$d = e_pfn$1$q;
        e_writable$1$d = e_writable$1$q;
        e_user$1$d = e_user$1$q;
        e_xd$1$d = e_xd$1$q;
        e_dirty$1$d = e_dirty$1$q;
        e_pkey$1$d = e_pkey$1$q;
        e_valid$2$clock = clock;
        e_vpn_1g$2$clock = clock;
        e_vpn_2m$2$clock = clock;
        e_vpn_4k$2$clock = clock;
        e_size$2$clock = clock;
        e_pcid$2$clock = clock;
        e_glob$2$clock = clock;
        e_pfn$2$clock = clock;
        e_writable$2$clock = clock;
        e_user$2$clock = clock;
        e_xd$2$clock = clock;
        e_dirty$2$clock = clock;
        e_pkey$2$clock = clock;
        e_valid$2$d = e_valid$2$q;
        e_vpn_1g$2$d = e_vpn_1g$2$q;
        e_vpn_2m$2$d = e_vpn_2m$2$q;
        e_vpn_4k$2$d = e_vpn_4k$2$q;
        e_size$2$d = e_size$2$q;
        e_pcid$2$d = e_pcid$2$q;
        e_glob$2$d = e_glob$2$q;
        e_pfn$2$d = e_pfn$2$q;
        e_writable$2$d = e_writable$2$q;
        e_user$2$d = e_user$2$q;
        e_xd$2$d = e_xd$2$q;
        e_dirty$2$d = e_dirty$2$q;
        e_pkey$2$d = e_pkey$2$q;
        e_valid$3$clock = clock;
        e_vpn_1g$3$clock = clock;
        e_vpn_2m$3$clock = clock;
        e_vpn_4k$3$clock = clock;
        e_size$3$clock = clock;
        e_pcid$3$clock = clock;
        e_glob$3$clock = clock;
        e_pfn$3$clock = clock;
        e_writable$3$clock = clock;
        e_user$3$clock = clock;
        e_xd$3$clock = clock;
        e_dirty$3$clock = clock;
        e_pkey$3$clock = clock;
        e_valid$3$d = e_valid$3$q;
        e_vpn_1g$3$d = e_vpn_1g$3$q;
        e_vpn_2m$3$d = e_vpn_2m$3$q;
        e_vpn_4k$3$d = e_vpn_4k$3$q;
        e_size$3$d = e_size$3$q;
        e_pcid$3$d = e_pcid$3$q;
        e_glob$3$d = e_glob$3$q;
        e_pfn$3$d = e_pfn$3$q;
        e_writable$3$d = e_writable$3$q;
        e_user$3$d = e_user$3$q;
        e_xd$3$d = e_xd$3$q;
        e_dirty$3$d = e_dirty$3$q;
        e_pkey$3$d = e_pkey$3$q;
        e_valid$4$clock = clock;
        e_vpn_1g$4$clock = clock;
        e_vpn_2m$4$clock = clock;
        e_vpn_4k$4$clock = clock;
        e_size$4$clock = clock;
        e_pcid$4$clock = clock;
        e_glob$4$clock = clock;
        e_pfn$4$clock = clock;
        e_writable$4$clock = clock;
        e_user$4$clock = clock;
        e_xd$4$clock = clock;
        e_dirty$4$clock = clock;
        e_pkey$4$clock = clock;
        e_valid$4$d = e_valid$4$q;
        e_vpn_1g$4$d = e_vpn_1g$4$q;
        e_vpn_2m$4$d = e_vpn_2m$4$q;
        e_vpn_4k$4$d = e_vpn_4k$4$q;
        e_size$4$d = e_size$4$q;
        e_pcid$4$d = e_pcid$4$q;
        e_glob$4$d = e_glob$4$q;
        e_pfn$4$d = e_pfn$4$q;
        e_writable$4$d = e_writable$4$q;
        e_user$4$d = e_user$4$q;
        e_xd$4$d = e_xd$4$q;
        e_dirty$4$d = e_dirty$4$q;
        e_pkey$4$d = e_pkey$4$q;
        e_valid$5$clock = clock;
        e_vpn_1g$5$clock = clock;
        e_vpn_2m$5$clock = clock;
        e_vpn_4k$5$clock = clock;
        e_size$5$clock = clock;
        e_pcid$5$clock = clock;
        e_glob$5$clock = clock;
        e_pfn$5$clock = clock;
        e_writable$5$clock = clock;
        e_user$5$clock = clock;
        e_xd$5$clock = clock;
        e_dirty$5$clock = clock;
        e_pkey$5$clock = clock;
        e_valid$5$d = e_valid$5$q;
        e_vpn_1g$5$d = e_vpn_1g$5$q;
        e_vpn_2m$5$d = e_vpn_2m$5$q;
        e_vpn_4k$5$d = e_vpn_4k$5$q;
        e_size$5$d = e_size$5$q;
        e_pcid$5$d = e_pcid$5$q;
        e_glob$5$d = e_glob$5$q;
        e_pfn$5$d = e_pfn$5$q;
        e_writable$5$d = e_writable$5$q;
        e_user$5$d = e_user$5$q;
        e_xd$5$d = e_xd$5$q;
        e_dirty$5$d = e_dirty$5$q;
        e_pkey$5$d = e_pkey$5$q;
        e_valid$6$clock = clock;
        e_vpn_1g$6$clock = clock;
        e_vpn_2m$6$clock = clock;
        e_vpn_4k$6$clock = clock;
        e_size$6$clock = clock;
        e_pcid$6$clock = clock;
        e_glob$6$clock = clock;
        e_pfn$6$clock = clock;
        e_writable$6$clock = clock;
        e_user$6$clock = clock;
        e_xd$6$clock = clock;
        e_dirty$6$clock = clock;
        e_pkey$6$clock = clock;
        e_valid$6$d = e_valid$6$q;
        e_vpn_1g$6$d = e_vpn_1g$6$q;
        e_vpn_2m$6$d = e_vpn_2m$6$q;
        e_vpn_4k$6$d = e_vpn_4k$6$q;
        e_size$6$d = e_size$6$q;
        e_pcid$6$d = e_pcid$6$q;
        e_glob$6$d = e_glob$6$q;
        e_pfn$6$d = e_pfn$6$q;
        e_writable$6$d = e_writable$6$q;
        e_user$6$d = e_user$6$q;
        e_xd$6$d = e_xd$6$q;
        e_dirty$6$d = e_dirty$6$q;
        e_pkey$6$d = e_pkey$6$q;
        e_valid$7$clock = clock;
        e_vpn_1g$7$clock = clock;
        e_vpn_2m$7$clock = clock;
        e_vpn_4k$7$clock = clock;
        e_size$7$clock = clock;
        e_pcid$7$clock = clock;
        e_glob$7$clock = clock;
        e_pfn$7$clock = clock;
        e_writable$7$clock = clock;
        e_user$7$clock = clock;
        e_xd$7$clock = clock;
        e_dirty$7$clock = clock;
        e_pkey$7$clock = clock;
        e_valid$7$d = e_valid$7$q;
        e_vpn_1g$7$d = e_vpn_1g$7$q;
        e_vpn_2m$7$d = e_vpn_2m$7$q;
        e_vpn_4k$7$d = e_vpn_4k$7$q;
        e_size$7$d = e_size$7$q;
        e_pcid$7$d = e_pcid$7$q;
        e_glob$7$d = e_glob$7$q;
        e_pfn$7$d = e_pfn$7$q;
        e_writable$7$d = e_writable$7$q;
        e_user$7$d = e_user$7$q;
        e_xd$7$d = e_xd$7$q;
        e_dirty$7$d = e_dirty$7$q;
        e_pkey$7$d = e_pkey$7$q;
        e_valid$8$clock = clock;
        e_vpn_1g$8$clock = clock;
        e_vpn_2m$8$clock = clock;
        e_vpn_4k$8$clock = clock;
        e_size$8$clock = clock;
        e_pcid$8$clock = clock;
        e_glob$8$clock = clock;
        e_pfn$8$clock = clock;
        e_writable$8$clock = clock;
        e_user$8$clock = clock;
        e_xd$8$clock = clock;
        e_dirty$8$clock = clock;
        e_pkey$8$clock = clock;
        e_valid$8$d = e_valid$8$q;
        e_vpn_1g$8$d = e_vpn_1g$8$q;
        e_vpn_2m$8$d = e_vpn_2m$8$q;
        e_vpn_4k$8$d = e_vpn_4k$8$q;
        e_size$8$d = e_size$8$q;
        e_pcid$8$d = e_pcid$8$q;
        e_glob$8$d = e_glob$8$q;
        e_pfn$8$d = e_pfn$8$q;
        e_writable$8$d = e_writable$8$q;
        e_user$8$d = e_user$8$q;
        e_xd$8$d = e_xd$8$q;
        e_dirty$8$d = e_dirty$8$q;
        e_pkey$8$d = e_pkey$8$q;
        e_valid$9$clock = clock;
        e_vpn_1g$9$clock = clock;
        e_vpn_2m$9$clock = clock;
        e_vpn_4k$9$clock = clock;
        e_size$9$clock = clock;
        e_pcid$9$clock = clock;
        e_glob$9$clock = clock;
        e_pfn$9$clock = clock;
        e_writable$9$clock = clock;
        e_user$9$clock = clock;
        e_xd$9$clock = clock;
        e_dirty$9$clock = clock;
        e_pkey$9$clock = clock;
        e_valid$9$d = e_valid$9$q;
        e_vpn_1g$9$d = e_vpn_1g$9$q;
        e_vpn_2m$9$d = e_vpn_2m$9$q;
        e_vpn_4k$9$d = e_vpn_4k$9$q;
        e_size$9$d = e_size$9$q;
        e_pcid$9$d = e_pcid$9$q;
        e_glob$9$d = e_glob$9$q;
        e_pfn$9$d = e_pfn$9$q;
        e_writable$9$d = e_writable$9$q;
        e_user$9$d = e_user$9$q;
        e_xd$9$d = e_xd$9$q;
        e_dirty$9$d = e_dirty$9$q;
        e_pkey$9$d = e_pkey$9$q;
        e_valid$10$clock = clock;
        e_vpn_1g$10$clock = clock;
        e_vpn_2m$10$clock = clock;
        e_vpn_4k$10$clock = clock;
        e_size$10$clock = clock;
        e_pcid$10$clock = clock;
        e_glob$10$clock = clock;
        e_pfn$10$clock = clock;
        e_writable$10$clock = clock;
        e_user$10$clock = clock;
        e_xd$10$clock = clock;
        e_dirty$10$clock = clock;
        e_pkey$10$clock = clock;
        e_valid$10$d = e_valid$10$q;
        e_vpn_1g$10$d = e_vpn_1g$10$q;
        e_vpn_2m$10$d = e_vpn_2m$10$q;
        e_vpn_4k$10$d = e_vpn_4k$10$q;
        e_size$10$d = e_size$10$q;
        e_pcid$10$d = e_pcid$10$q;
        e_glob$10$d = e_glob$10$q;
        e_pfn$10$d = e_pfn$10$q;
        e_writable$10$d = e_writable$10$q;
        e_user$10$d = e_user$10$q;
        e_xd$10$d = e_xd$10$q;
        e_dirty$10$d = e_dirty$10$q;
        e_pkey$10$d = e_pkey$10$q;
        e_valid$11$clock = clock;
        e_vpn_1g$11$clock = clock;
        e_vpn_2m$11$clock = clock;
        e_vpn_4k$11$clock = clock;
        e_size$11$clock = clock;
        e_pcid$11$clock = clock;
        e_glob$11$clock = clock;
        e_pfn$11$clock = clock;
        e_writable$11$clock = clock;
        e_user$11$clock = clock;
        e_xd$11$clock = clock;
        e_dirty$11$clock = clock;
        e_pkey$11$clock = clock;
        e_valid$11$d = e_valid$11$q;
        e_vpn_1g$11$d = e_vpn_1g$11$q;
        e_vpn_2m$11$d = e_vpn_2m$11$q;
        e_vpn_4k$11$d = e_vpn_4k$11$q;
        e_size$11$d = e_size$11$q;
        e_pcid$11$d = e_pcid$11$q;
        e_glob$11$d = e_glob$11$q;
        e_pfn$11$d = e_pfn$11$q;
        e_writable$11$d = e_writable$11$q;
        e_user$11$d = e_user$11$q;
        e_xd$11$d = e_xd$11$q;
        e_dirty$11$d = e_dirty$11$q;
        e_pkey$11$d = e_pkey$11$q;
        e_valid$12$clock = clock;
        e_vpn_1g$12$clock = clock;
        e_vpn_2m$12$clock = clock;
        e_vpn_4k$12$clock = clock;
        e_size$12$clock = clock;
        e_pcid$12$clock = clock;
        e_glob$12$clock = clock;
        e_pfn$12$clock = clock;
        e_writable$12$clock = clock;
        e_user$12$clock = clock;
        e_xd$12$clock = clock;
        e_dirty$12$clock = clock;
        e_pkey$12$clock = clock;
        e_valid$12$d = e_valid$12$q;
        e_vpn_1g$12$d = e_vpn_1g$12$q;
        e_vpn_2m$12$d = e_vpn_2m$12$q;
        e_vpn_4k$12$d = e_vpn_4k$12$q;
        e_size$12$d = e_size$12$q;
        e_pcid$12$d = e_pcid$12$q;
        e_glob$12$d = e_glob$12$q;
        e_pfn$12$d = e_pfn$12$q;
        e_writable$12$d = e_writable$12$q;
        e_user$12$d = e_user$12$q;
        e_xd$12$d = e_xd$12$q;
        e_dirty$12$d = e_dirty$12$q;
        e_pkey$12$d = e_pkey$12$q;
        e_valid$13$clock = clock;
        e_vpn_1g$13$clock = clock;
        e_vpn_2m$13$clock = clock;
        e_vpn_4k$13$clock = clock;
        e_size$13$clock = clock;
        e_pcid$13$clock = clock;
        e_glob$13$clock = clock;
        e_pfn$13$clock = clock;
        e_writable$13$clock = clock;
        e_user$13$clock = clock;
        e_xd$13$clock = clock;
        e_dirty$13$clock = clock;
        e_pkey$13$clock = clock;
        e_valid$13$d = e_valid$13$q;
        e_vpn_1g$13$d = e_vpn_1g$13$q;
        e_vpn_2m$13$d = e_vpn_2m$13$q;
        e_vpn_4k$13$d = e_vpn_4k$13$q;
        e_size$13$d = e_size$13$q;
        e_pcid$13$d = e_pcid$13$q;
        e_glob$13$d = e_glob$13$q;
        e_pfn$13$d = e_pfn$13$q;
        e_writable$13$d = e_writable$13$q;
        e_user$13$d = e_user$13$q;
        e_xd$13$d = e_xd$13$q;
        e_dirty$13$d = e_dirty$13$q;
        e_pkey$13$d = e_pkey$13$q;
        e_valid$14$clock = clock;
        e_vpn_1g$14$clock = clock;
        e_vpn_2m$14$clock = clock;
        e_vpn_4k$14$clock = clock;
        e_size$14$clock = clock;
        e_pcid$14$clock = clock;
        e_glob$14$clock = clock;
        e_pfn$14$clock = clock;
        e_writable$14$clock = clock;
        e_user$14$clock = clock;
        e_xd$14$clock = clock;
        e_dirty$14$clock = clock;
        e_pkey$14$clock = clock;
        e_valid$14$d = e_valid$14$q;
        e_vpn_1g$14$d = e_vpn_1g$14$q;
        e_vpn_2m$14$d = e_vpn_2m$14$q;
        e_vpn_4k$14$d = e_vpn_4k$14$q;
        e_size$14$d = e_size$14$q;
        e_pcid$14$d = e_pcid$14$q;
        e_glob$14$d = e_glob$14$q;
        e_pfn$14$d = e_pfn$14$q;
        e_writable$14$d = e_writable$14$q;
        e_user$14$d = e_user$14$q;
        e_xd$14$d = e_xd$14$q;
        e_dirty$14$d = e_dirty$14$q;
        e_pkey$14$d = e_pkey$14$q;
        e_valid$15$clock = clock;
        e_vpn_1g$15$clock = clock;
        e_vpn_2m$15$clock = clock;
        e_vpn_4k$15$clock = clock;
        e_size$15$clock = clock;
        e_pcid$15$clock = clock;
        e_glob$15$clock = clock;
        e_pfn$15$clock = clock;
        e_writable$15$clock = clock;
        e_user$15$clock = clock;
        e_xd$15$clock = clock;
        e_dirty$15$clock = clock;
        e_pkey$15$clock = clock;
        e_valid$15$d = e_valid$15$q;
        e_vpn_1g$15$d = e_vpn_1g$15$q;
        e_vpn_2m$15$d = e_vpn_2m$15$q;
        e_vpn_4k$15$d = e_vpn_4k$15$q;
        e_size$15$d = e_size$15$q;
        e_pcid$15$d = e_pcid$15$q;
        e_glob$15$d = e_glob$15$q;
        e_pfn$15$d = e_pfn$15$q;
        e_writable$15$d = e_writable$15$q;
        e_user$15$d = e_user$15$q;
        e_xd$15$d = e_xd$15$q;
        e_dirty$15$d = e_dirty$15$q;
        e_pkey$15$d = e_pkey$15$q;
        e_valid$16$clock = clock;
        e_vpn_1g$16$clock = clock;
        e_vpn_2m$16$clock = clock;
        e_vpn_4k$16$clock = clock;
        e_size$16$clock = clock;
        e_pcid$16$clock = clock;
        e_glob$16$clock = clock;
        e_pfn$16$clock = clock;
        e_writable$16$clock = clock;
        e_user$16$clock = clock;
        e_xd$16$clock = clock;
        e_dirty$16$clock = clock;
        e_pkey$16$clock = clock;
        e_valid$16$d = e_valid$16$q;
        e_vpn_1g$16$d = e_vpn_1g$16$q;
        e_vpn_2m$16$d = e_vpn_2m$16$q;
        e_vpn_4k$16$d = e_vpn_4k$16$q;
        e_size$16$d = e_size$16$q;
        e_pcid$16$d = e_pcid$16$q;
        e_glob$16$d = e_glob$16$q;
        e_pfn$16$d = e_pfn$16$q;
        e_writable$16$d = e_writable$16$q;
        e_user$16$d = e_user$16$q;
        e_xd$16$d = e_xd$16$q;
        e_dirty$16$d = e_dirty$16$q;
        e_pkey$16$d = e_pkey$16$q;
        e_valid$17$clock = clock;
        e_vpn_1g$17$clock = clock;
        e_vpn_2m$17$clock = clock;
        e_vpn_4k$17$clock = clock;
        e_size$17$clock = clock;
        e_pcid$17$clock = clock;
        e_glob$17$clock = clock;
        e_pfn$17$clock = clock;
        e_writable$17$clock = clock;
        e_user$17$clock = clock;
        e_xd$17$clock = clock;
        e_dirty$17$clock = clock;
        e_pkey$17$clock = clock;
        e_valid$17$d = e_valid$17$q;
        e_vpn_1g$17$d = e_vpn_1g$17$q;
        e_vpn_2m$17$d = e_vpn_2m$17$q;
        e_vpn_4k$17$d = e_vpn_4k$17$q;
        e_size$17$d = e_size$17$q;
        e_pcid$17$d = e_pcid$17$q;
        e_glob$17$d = e_glob$17$q;
        e_pfn$17$d = e_pfn$17$q;
        e_writable$17$d = e_writable$17$q;
        e_user$17$d = e_user$17$q;
        e_xd$17$d = e_xd$17$q;
        e_dirty$17$d = e_dirty$17$q;
        e_pkey$17$d = e_pkey$17$q;
        e_valid$18$clock = clock;
        e_vpn_1g$18$clock = clock;
        e_vpn_2m$18$clock = clock;
        e_vpn_4k$18$clock = clock;
        e_size$18$clock = clock;
        e_pcid$18$clock = clock;
        e_glob$18$clock = clock;
        e_pfn$18$clock = clock;
        e_writable$18$clock = clock;
        e_user$18$clock = clock;
        e_xd$18$clock = clock;
        e_dirty$18$clock = clock;
        e_pkey$18$clock = clock;
        e_valid$18$d = e_valid$18$q;
        e_vpn_1g$18$d = e_vpn_1g$18$q;
        e_vpn_2m$18$d = e_vpn_2m$18$q;
        e_vpn_4k$18$d = e_vpn_4k$18$q;
        e_size$18$d = e_size$18$q;
        e_pcid$18$d = e_pcid$18$q;
        e_glob$18$d = e_glob$18$q;
        e_pfn$18$d = e_pfn$18$q;
        e_writable$18$d = e_writable$18$q;
        e_user$18$d = e_user$18$q;
        e_xd$18$d = e_xd$18$q;
        e_dirty$18$d = e_dirty$18$q;
        e_pkey$18$d = e_pkey$18$q;
        e_valid$19$clock = clock;
        e_vpn_1g$19$clock = clock;
        e_vpn_2m$19$clock = clock;
        e_vpn_4k$19$clock = clock;
        e_size$19$clock = clock;
        e_pcid$19$clock = clock;
        e_glob$19$clock = clock;
        e_pfn$19$clock = clock;
        e_writable$19$clock = clock;
        e_user$19$clock = clock;
        e_xd$19$clock = clock;
        e_dirty$19$clock = clock;
        e_pkey$19$clock = clock;
        e_valid$19$d = e_valid$19$q;
        e_vpn_1g$19$d = e_vpn_1g$19$q;
        e_vpn_2m$19$d = e_vpn_2m$19$q;
        e_vpn_4k$19$d = e_vpn_4k$19$q;
        e_size$19$d = e_size$19$q;
        e_pcid$19$d = e_pcid$19$q;
        e_glob$19$d = e_glob$19$q;
        e_pfn$19$d = e_pfn$19$q;
        e_writable$19$d = e_writable$19$q;
        e_user$19$d = e_user$19$q;
        e_xd$19$d = e_xd$19$q;
        e_dirty$19$d = e_dirty$19$q;
        e_pkey$19$d = e_pkey$19$q;
        e_valid$20$clock = clock;
        e_vpn_1g$20$clock = clock;
        e_vpn_2m$20$clock = clock;
        e_vpn_4k$20$clock = clock;
        e_size$20$clock = clock;
        e_pcid$20$clock = clock;
        e_glob$20$clock = clock;
        e_pfn$20$clock = clock;
        e_writable$20$clock = clock;
        e_user$20$clock = clock;
        e_xd$20$clock = clock;
        e_dirty$20$clock = clock;
        e_pkey$20$clock = clock;
        e_valid$20$d = e_valid$20$q;
        e_vpn_1g$20$d = e_vpn_1g$20$q;
        e_vpn_2m$20$d = e_vpn_2m$20$q;
        e_vpn_4k$20$d = e_vpn_4k$20$q;
        e_size$20$d = e_size$20$q;
        e_pcid$20$d = e_pcid$20$q;
        e_glob$20$d = e_glob$20$q;
        e_pfn$20$d = e_pfn$20$q;
        e_writable$20$d = e_writable$20$q;
        e_user$20$d = e_user$20$q;
        e_xd$20$d = e_xd$20$q;
        e_dirty$20$d = e_dirty$20$q;
        e_pkey$20$d = e_pkey$20$q;
        e_valid$21$clock = clock;
        e_vpn_1g$21$clock = clock;
        e_vpn_2m$21$clock = clock;
        e_vpn_4k$21$clock = clock;
        e_size$21$clock = clock;
        e_pcid$21$clock = clock;
        e_glob$21$clock = clock;
        e_pfn$21$clock = clock;
        e_writable$21$clock = clock;
        e_user$21$clock = clock;
        e_xd$21$clock = clock;
        e_dirty$21$clock = clock;
        e_pkey$21$clock = clock;
        e_valid$21$d = e_valid$21$q;
        e_vpn_1g$21$d = e_vpn_1g$21$q;
        e_vpn_2m$21$d = e_vpn_2m$21$q;
        e_vpn_4k$21$d = e_vpn_4k$21$q;
        e_size$21$d = e_size$21$q;
        e_pcid$21$d = e_pcid$21$q;
        e_glob$21$d = e_glob$21$q;
        e_pfn$21$d = e_pfn$21$q;
        e_writable$21$d = e_writable$21$q;
        e_user$21$d = e_user$21$q;
        e_xd$21$d = e_xd$21$q;
        e_dirty$21$d = e_dirty$21$q;
        e_pkey$21$d = e_pkey$21$q;
        e_valid$22$clock = clock;
        e_vpn_1g$22$clock = clock;
        e_vpn_2m$22$clock = clock;
        e_vpn_4k$22$clock = clock;
        e_size$22$clock = clock;
        e_pcid$22$clock = clock;
        e_glob$22$clock = clock;
        e_pfn$22$clock = clock;
        e_writable$22$clock = clock;
        e_user$22$clock = clock;
        e_xd$22$clock = clock;
        e_dirty$22$clock = clock;
        e_pkey$22$clock = clock;
        e_valid$22$d = e_valid$22$q;
        e_vpn_1g$22$d = e_vpn_1g$22$q;
        e_vpn_2m$22$d = e_vpn_2m$22$q;
        e_vpn_4k$22$d = e_vpn_4k$22$q;
        e_size$22$d = e_size$22$q;
        e_pcid$22$d = e_pcid$22$q;
        e_glob$22$d = e_glob$22$q;
        e_pfn$22$d = e_pfn$22$q;
        e_writable$22$d = e_writable$22$q;
        e_user$22$d = e_user$22$q;
        e_xd$22$d = e_xd$22$q;
        e_dirty$22$d = e_dirty$22$q;
        e_pkey$22$d = e_pkey$22$q;
        e_valid$23$clock = clock;
        e_vpn_1g$23$clock = clock;
        e_vpn_2m$23$clock = clock;
        e_vpn_4k$23$clock = clock;
        e_size$23$clock = clock;
        e_pcid$23$clock = clock;
        e_glob$23$clock = clock;
        e_pfn$23$clock = clock;
        e_writable$23$clock = clock;
        e_user$23$clock = clock;
        e_xd$23$clock = clock;
        e_dirty$23$clock = clock;
        e_pkey$23$clock = clock;
        e_valid$23$d = e_valid$23$q;
        e_vpn_1g$23$d = e_vpn_1g$23$q;
        e_vpn_2m$23$d = e_vpn_2m$23$q;
        e_vpn_4k$23$d = e_vpn_4k$23$q;
        e_size$23$d = e_size$23$q;
        e_pcid$23$d = e_pcid$23$q;
        e_glob$23$d = e_glob$23$q;
        e_pfn$23$d = e_pfn$23$q;
        e_writable$23$d = e_writable$23$q;
        e_user$23$d = e_user$23$q;
        e_xd$23$d = e_xd$23$q;
        e_dirty$23$d = e_dirty$23$q;
        e_pkey$23$d = e_pkey$23$q;
        e_valid$24$clock = clock;
        e_vpn_1g$24$clock = clock;
        e_vpn_2m$24$clock = clock;
        e_vpn_4k$24$clock = clock;
        e_size$24$clock = clock;
        e_pcid$24$clock = clock;
        e_glob$24$clock = clock;
        e_pfn$24$clock = clock;
        e_writable$24$clock = clock;
        e_user$24$clock = clock;
        e_xd$24$clock = clock;
        e_dirty$24$clock = clock;
        e_pkey$24$clock = clock;
        e_valid$24$d = e_valid$24$q;
        e_vpn_1g$24$d = e_vpn_1g$24$q;
        e_vpn_2m$24$d = e_vpn_2m$24$q;
        e_vpn_4k$24$d = e_vpn_4k$24$q;
        e_size$24$d = e_size$24$q;
        e_pcid$24$d = e_pcid$24$q;
        e_glob$24$d = e_glob$24$q;
        e_pfn$24$d = e_pfn$24$q;
        e_writable$24$d = e_writable$24$q;
        e_user$24$d = e_user$24$q;
        e_xd$24$d = e_xd$24$q;
        e_dirty$24$d = e_dirty$24$q;
        e_pkey$24$d = e_pkey$24$q;
        e_valid$25$clock = clock;
        e_vpn_1g$25$clock = clock;
        e_vpn_2m$25$clock = clock;
        e_vpn_4k$25$clock = clock;
        e_size$25$clock = clock;
        e_pcid$25$clock = clock;
        e_glob$25$clock = clock;
        e_pfn$25$clock = clock;
        e_writable$25$clock = clock;
        e_user$25$clock = clock;
        e_xd$25$clock = clock;
        e_dirty$25$clock = clock;
        e_pkey$25$clock = clock;
        e_valid$25$d = e_valid$25$q;
        e_vpn_1g$25$d = e_vpn_1g$25$q;
        e_vpn_2m$25$d = e_vpn_2m$25$q;
        e_vpn_4k$25$d = e_vpn_4k$25$q;
        e_size$25$d = e_size$25$q;
        e_pcid$25$d = e_pcid$25$q;
        e_glob$25$d = e_glob$25$q;
        e_pfn$25$d = e_pfn$25$q;
        e_writable$25$d = e_writable$25$q;
        e_user$25$d = e_user$25$q;
        e_xd$25$d = e_xd$25$q;
        e_dirty$25$d = e_dirty$25$q;
        e_pkey$25$d = e_pkey$25$q;
        e_valid$26$clock = clock;
        e_vpn_1g$26$clock = clock;
        e_vpn_2m$26$clock = clock;
        e_vpn_4k$26$clock = clock;
        e_size$26$clock = clock;
        e_pcid$26$clock = clock;
        e_glob$26$clock = clock;
        e_pfn$26$clock = clock;
        e_writable$26$clock = clock;
        e_user$26$clock = clock;
        e_xd$26$clock = clock;
        e_dirty$26$clock = clock;
        e_pkey$26$clock = clock;
        e_valid$26$d = e_valid$26$q;
        e_vpn_1g$26$d = e_vpn_1g$26$q;
        e_vpn_2m$26$d = e_vpn_2m$26$q;
        e_vpn_4k$26$d = e_vpn_4k$26$q;
        e_size$26$d = e_size$26$q;
        e_pcid$26$d = e_pcid$26$q;
        e_glob$26$d = e_glob$26$q;
        e_pfn$26$d = e_pfn$26$q;
        e_writable$26$d = e_writable$26$q;
        e_user$26$d = e_user$26$q;
        e_xd$26$d = e_xd$26$q;
        e_dirty$26$d = e_dirty$26$q;
        e_pkey$26$d = e_pkey$26$q;
        e_valid$27$clock = clock;
        e_vpn_1g$27$clock = clock;
        e_vpn_2m$27$clock = clock;
        e_vpn_4k$27$clock = clock;
        e_size$27$clock = clock;
        e_pcid$27$clock = clock;
        e_glob$27$clock = clock;
        e_pfn$27$clock = clock;
        e_writable$27$clock = clock;
        e_user$27$clock = clock;
        e_xd$27$clock = clock;
        e_dirty$27$clock = clock;
        e_pkey$27$clock = clock;
        e_valid$27$d = e_valid$27$q;
        e_vpn_1g$27$d = e_vpn_1g$27$q;
        e_vpn_2m$27$d = e_vpn_2m$27$q;
        e_vpn_4k$27$d = e_vpn_4k$27$q;
        e_size$27$d = e_size$27$q;
        e_pcid$27$d = e_pcid$27$q;
        e_glob$27$d = e_glob$27$q;
        e_pfn$27$d = e_pfn$27$q;
        e_writable$27$d = e_writable$27$q;
        e_user$27$d = e_user$27$q;
        e_xd$27$d = e_xd$27$q;
        e_dirty$27$d = e_dirty$27$q;
        e_pkey$27$d = e_pkey$27$q;
        e_valid$28$clock = clock;
        e_vpn_1g$28$clock = clock;
        e_vpn_2m$28$clock = clock;
        e_vpn_4k$28$clock = clock;
        e_size$28$clock = clock;
        e_pcid$28$clock = clock;
        e_glob$28$clock = clock;
        e_pfn$28$clock = clock;
        e_writable$28$clock = clock;
        e_user$28$clock = clock;
        e_xd$28$clock = clock;
        e_dirty$28$clock = clock;
        e_pkey$28$clock = clock;
        e_valid$28$d = e_valid$28$q;
        e_vpn_1g$28$d = e_vpn_1g$28$q;
        e_vpn_2m$28$d = e_vpn_2m$28$q;
        e_vpn_4k$28$d = e_vpn_4k$28$q;
        e_size$28$d = e_size$28$q;
        e_pcid$28$d = e_pcid$28$q;
        e_glob$28$d = e_glob$28$q;
        e_pfn$28$d = e_pfn$28$q;
        e_writable$28$d = e_writable$28$q;
        e_user$28$d = e_user$28$q;
        e_xd$28$d = e_xd$28$q;
        e_dirty$28$d = e_dirty$28$q;
        e_pkey$28$d = e_pkey$28$q;
        e_valid$29$clock = clock;
        e_vpn_1g$29$clock = clock;
        e_vpn_2m$29$clock = clock;
        e_vpn_4k$29$clock = clock;
        e_size$29$clock = clock;
        e_pcid$29$clock = clock;
        e_glob$29$clock = clock;
        e_pfn$29$clock = clock;
        e_writable$29$clock = clock;
        e_user$29$clock = clock;
        e_xd$29$clock = clock;
        e_dirty$29$clock = clock;
        e_pkey$29$clock = clock;
        e_valid$29$d = e_valid$29$q;
        e_vpn_1g$29$d = e_vpn_1g$29$q;
        e_vpn_2m$29$d = e_vpn_2m$29$q;
        e_vpn_4k$29$d = e_vpn_4k$29$q;
        e_size$29$d = e_size$29$q;
        e_pcid$29$d = e_pcid$29$q;
        e_glob$29$d = e_glob$29$q;
        e_pfn$29$d = e_pfn$29$q;
        e_writable$29$d = e_writable$29$q;
        e_user$29$d = e_user$29$q;
        e_xd$29$d = e_xd$29$q;
        e_dirty$29$d = e_dirty$29$q;
        e_pkey$29$d = e_pkey$29$q;
        e_valid$30$clock = clock;
        e_vpn_1g$30$clock = clock;
        e_vpn_2m$30$clock = clock;
        e_vpn_4k$30$clock = clock;
        e_size$30$clock = clock;
        e_pcid$30$clock = clock;
        e_glob$30$clock = clock;
        e_pfn$30$clock = clock;
        e_writable$30$clock = clock;
        e_user$30$clock = clock;
        e_xd$30$clock = clock;
        e_dirty$30$clock = clock;
        e_pkey$30$clock = clock;
        e_valid$30$d = e_valid$30$q;
        e_vpn_1g$30$d = e_vpn_1g$30$q;
        e_vpn_2m$30$d = e_vpn_2m$30$q;
        e_vpn_4k$30$d = e_vpn_4k$30$q;
        e_size$30$d = e_size$30$q;
        e_pcid$30$d = e_pcid$30$q;
        e_glob$30$d = e_glob$30$q;
        e_pfn$30$d = e_pfn$30$q;
        e_writable$30$d = e_writable$30$q;
        e_user$30$d = e_user$30$q;
        e_xd$30$d = e_xd$30$q;
        e_dirty$30$d = e_dirty$30$q;
        e_pkey$30$d = e_pkey$30$q;
        e_valid$31$clock = clock;
        e_vpn_1g$31$clock = clock;
        e_vpn_2m$31$clock = clock;
        e_vpn_4k$31$clock = clock;
        e_size$31$clock = clock;
        e_pcid$31$clock = clock;
        e_glob$31$clock = clock;
        e_pfn$31$clock = clock;
        e_writable$31$clock = clock;
        e_user$31$clock = clock;
        e_xd$31$clock = clock;
        e_dirty$31$clock = clock;
        e_pkey$31$clock = clock;
        e_valid$31$d = e_valid$31$q;
        e_vpn_1g$31$d = e_vpn_1g$31$q;
        e_vpn_2m$31$d = e_vpn_2m$31$q;
        e_vpn_4k$31$d = e_vpn_4k$31$q;
        e_size$31$d = e_size$31$q;
        e_pcid$31$d = e_pcid$31$q;
        e_glob$31$d = e_glob$31$q;
        e_pfn$31$d = e_pfn$31$q;
        e_writable$31$d = e_writable$31$q;
        e_user$31$d = e_user$31$q;
        e_xd$31$d = e_xd$31$q;
        e_dirty$31$d = e_dirty$31$q;
        e_pkey$31$d = e_pkey$31$q;
        victim$clock = clock;
        victim$d = victim$q;
        lk_1g = lk_vpn[(32'h12)+:(18)];
        lk_2m = lk_vpn[(32'h9)+:(9)];
        lk_4k = lk_vpn[(32'h0)+:(9)];
        fl_1g = fill_vpn[(32'h12)+:(18)];
        fl_2m = fill_vpn[(32'h9)+:(9)];
        fl_4k = fill_vpn[(32'h0)+:(9)];
        iv_1g = inv_vpn[(32'h12)+:(18)];
        iv_2m = inv_vpn[(32'h9)+:(9)];
        iv_4k = inv_vpn[(32'h0)+:(9)];
        fl_is1g = fill_size == 32'h2;
        fl_is4k = fill_size == 32'h0;
        l_hit = 1'b0;
        l_hit_idx = 32'h0;
        l_hit_size = 32'h0;
        l_hit_pfn = 32'h0;
        l_hit_glob = 1'b0;
        l_hit_writable = 1'b0;
        l_hit_user = 1'b0;
        l_hit_xd = 1'b0;
        l_hit_dirty = 1'b0;
        l_hit_pkey = 32'h0;
        e_is1g$0 = e_size$0$q == 32'h2;
        e_is4k$0 = e_size$0$q == 32'h0;
        lk_match$0 = e_valid$0$q && (e_glob$0$q || (e_pcid$0$q == lk_pcid)) && (e_vpn_1g$0$q == lk_1g) && (e_is1g$0 || (e_vpn_2m$0$q == lk_2m)) && (~e_is4k$0 || (e_vpn_4k$0$q == lk_4k));
        if (lk_match$0) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$0;
            l_hit_size = l_hit_size | e_size$0$q;
            l_hit_pfn = l_hit_pfn | e_pfn$0$q;
            l_hit_glob = l_hit_glob || e_glob$0$q;
            l_hit_writable = l_hit_writable || e_writable$0$q;
            l_hit_user = l_hit_user || e_user$0$q;
            l_hit_xd = l_hit_xd || e_xd$0$q;
            l_hit_dirty = l_hit_dirty || e_dirty$0$q;
            l_hit_pkey = l_hit_pkey | e_pkey$0$q;
        end
        e_is1g$1 = e_size$1$q == 32'h2;
        e_is4k$1 = e_size$1$q == 32'h0;
        lk_match$1 = e_valid$1$q && (e_glob$1$q || (e_pcid$1$q == lk_pcid)) && (e_vpn_1g$1$q == lk_1g) && (e_is1g$1 || (e_vpn_2m$1$q == lk_2m)) && (~e_is4k$1 || (e_vpn_4k$1$q == lk_4k));
        if (lk_match$1) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$1;
            l_hit_size = l_hit_size | e_size$1$q;
            l_hit_pfn = l_hit_pfn | e_pfn$1$q;
            l_hit_glob = l_hit_glob || e_glob$1$q;
            l_hit_writable = l_hit_writable || e_writable$1$q;
            l_hit_user = l_hit_user || e_user$1$q;
            l_hit_xd = l_hit_xd || e_xd$1$q;
            l_hit_dirty = l_hit_dirty || e_dirty$1$q;
            l_hit_pkey = l_hit_pkey | e_pkey$1$q;
        end
        e_is1g$2 = e_size$2$q == 32'h2;
        e_is4k$2 = e_size$2$q == 32'h0;
        lk_match$2 = e_valid$2$q && (e_glob$2$q || (e_pcid$2$q == lk_pcid)) && (e_vpn_1g$2$q == lk_1g) && (e_is1g$2 || (e_vpn_2m$2$q == lk_2m)) && (~e_is4k$2 || (e_vpn_4k$2$q == lk_4k));
        if (lk_match$2) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$2;
            l_hit_size = l_hit_size | e_size$2$q;
            l_hit_pfn = l_hit_pfn | e_pfn$2$q;
            l_hit_glob = l_hit_glob || e_glob$2$q;
            l_hit_writable = l_hit_writable || e_writable$2$q;
            l_hit_user = l_hit_user || e_user$2$q;
            l_hit_xd = l_hit_xd || e_xd$2$q;
            l_hit_dirty = l_hit_dirty || e_dirty$2$q;
            l_hit_pkey = l_hit_pkey | e_pkey$2$q;
        end
        e_is1g$3 = e_size$3$q == 32'h2;
        e_is4k$3 = e_size$3$q == 32'h0;
        lk_match$3 = e_valid$3$q && (e_glob$3$q || (e_pcid$3$q == lk_pcid)) && (e_vpn_1g$3$q == lk_1g) && (e_is1g$3 || (e_vpn_2m$3$q == lk_2m)) && (~e_is4k$3 || (e_vpn_4k$3$q == lk_4k));
        if (lk_match$3) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$3;
            l_hit_size = l_hit_size | e_size$3$q;
            l_hit_pfn = l_hit_pfn | e_pfn$3$q;
            l_hit_glob = l_hit_glob || e_glob$3$q;
            l_hit_writable = l_hit_writable || e_writable$3$q;
            l_hit_user = l_hit_user || e_user$3$q;
            l_hit_xd = l_hit_xd || e_xd$3$q;
            l_hit_dirty = l_hit_dirty || e_dirty$3$q;
            l_hit_pkey = l_hit_pkey | e_pkey$3$q;
        end
        e_is1g$4 = e_size$4$q == 32'h2;
        e_is4k$4 = e_size$4$q == 32'h0;
        lk_match$4 = e_valid$4$q && (e_glob$4$q || (e_pcid$4$q == lk_pcid)) && (e_vpn_1g$4$q == lk_1g) && (e_is1g$4 || (e_vpn_2m$4$q == lk_2m)) && (~e_is4k$4 || (e_vpn_4k$4$q == lk_4k));
        if (lk_match$4) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$4;
            l_hit_size = l_hit_size | e_size$4$q;
            l_hit_pfn = l_hit_pfn | e_pfn$4$q;
            l_hit_glob = l_hit_glob || e_glob$4$q;
            l_hit_writable = l_hit_writable || e_writable$4$q;
            l_hit_user = l_hit_user || e_user$4$q;
            l_hit_xd = l_hit_xd || e_xd$4$q;
            l_hit_dirty = l_hit_dirty || e_dirty$4$q;
            l_hit_pkey = l_hit_pkey | e_pkey$4$q;
        end
        e_is1g$5 = e_size$5$q == 32'h2;
        e_is4k$5 = e_size$5$q == 32'h0;
        lk_match$5 = e_valid$5$q && (e_glob$5$q || (e_pcid$5$q == lk_pcid)) && (e_vpn_1g$5$q == lk_1g) && (e_is1g$5 || (e_vpn_2m$5$q == lk_2m)) && (~e_is4k$5 || (e_vpn_4k$5$q == lk_4k));
        if (lk_match$5) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$5;
            l_hit_size = l_hit_size | e_size$5$q;
            l_hit_pfn = l_hit_pfn | e_pfn$5$q;
            l_hit_glob = l_hit_glob || e_glob$5$q;
            l_hit_writable = l_hit_writable || e_writable$5$q;
            l_hit_user = l_hit_user || e_user$5$q;
            l_hit_xd = l_hit_xd || e_xd$5$q;
            l_hit_dirty = l_hit_dirty || e_dirty$5$q;
            l_hit_pkey = l_hit_pkey | e_pkey$5$q;
        end
        e_is1g$6 = e_size$6$q == 32'h2;
        e_is4k$6 = e_size$6$q == 32'h0;
        lk_match$6 = e_valid$6$q && (e_glob$6$q || (e_pcid$6$q == lk_pcid)) && (e_vpn_1g$6$q == lk_1g) && (e_is1g$6 || (e_vpn_2m$6$q == lk_2m)) && (~e_is4k$6 || (e_vpn_4k$6$q == lk_4k));
        if (lk_match$6) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$6;
            l_hit_size = l_hit_size | e_size$6$q;
            l_hit_pfn = l_hit_pfn | e_pfn$6$q;
            l_hit_glob = l_hit_glob || e_glob$6$q;
            l_hit_writable = l_hit_writable || e_writable$6$q;
            l_hit_user = l_hit_user || e_user$6$q;
            l_hit_xd = l_hit_xd || e_xd$6$q;
            l_hit_dirty = l_hit_dirty || e_dirty$6$q;
            l_hit_pkey = l_hit_pkey | e_pkey$6$q;
        end
        e_is1g$7 = e_size$7$q == 32'h2;
        e_is4k$7 = e_size$7$q == 32'h0;
        lk_match$7 = e_valid$7$q && (e_glob$7$q || (e_pcid$7$q == lk_pcid)) && (e_vpn_1g$7$q == lk_1g) && (e_is1g$7 || (e_vpn_2m$7$q == lk_2m)) && (~e_is4k$7 || (e_vpn_4k$7$q == lk_4k));
        if (lk_match$7) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$7;
            l_hit_size = l_hit_size | e_size$7$q;
            l_hit_pfn = l_hit_pfn | e_pfn$7$q;
            l_hit_glob = l_hit_glob || e_glob$7$q;
            l_hit_writable = l_hit_writable || e_writable$7$q;
            l_hit_user = l_hit_user || e_user$7$q;
            l_hit_xd = l_hit_xd || e_xd$7$q;
            l_hit_dirty = l_hit_dirty || e_dirty$7$q;
            l_hit_pkey = l_hit_pkey | e_pkey$7$q;
        end
        e_is1g$8 = e_size$8$q == 32'h2;
        e_is4k$8 = e_size$8$q == 32'h0;
        lk_match$8 = e_valid$8$q && (e_glob$8$q || (e_pcid$8$q == lk_pcid)) && (e_vpn_1g$8$q == lk_1g) && (e_is1g$8 || (e_vpn_2m$8$q == lk_2m)) && (~e_is4k$8 || (e_vpn_4k$8$q == lk_4k));
        if (lk_match$8) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$8;
            l_hit_size = l_hit_size | e_size$8$q;
            l_hit_pfn = l_hit_pfn | e_pfn$8$q;
            l_hit_glob = l_hit_glob || e_glob$8$q;
            l_hit_writable = l_hit_writable || e_writable$8$q;
            l_hit_user = l_hit_user || e_user$8$q;
            l_hit_xd = l_hit_xd || e_xd$8$q;
            l_hit_dirty = l_hit_dirty || e_dirty$8$q;
            l_hit_pkey = l_hit_pkey | e_pkey$8$q;
        end
        e_is1g$9 = e_size$9$q == 32'h2;
        e_is4k$9 = e_size$9$q == 32'h0;
        lk_match$9 = e_valid$9$q && (e_glob$9$q || (e_pcid$9$q == lk_pcid)) && (e_vpn_1g$9$q == lk_1g) && (e_is1g$9 || (e_vpn_2m$9$q == lk_2m)) && (~e_is4k$9 || (e_vpn_4k$9$q == lk_4k));
        if (lk_match$9) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$9;
            l_hit_size = l_hit_size | e_size$9$q;
            l_hit_pfn = l_hit_pfn | e_pfn$9$q;
            l_hit_glob = l_hit_glob || e_glob$9$q;
            l_hit_writable = l_hit_writable || e_writable$9$q;
            l_hit_user = l_hit_user || e_user$9$q;
            l_hit_xd = l_hit_xd || e_xd$9$q;
            l_hit_dirty = l_hit_dirty || e_dirty$9$q;
            l_hit_pkey = l_hit_pkey | e_pkey$9$q;
        end
        e_is1g$10 = e_size$10$q == 32'h2;
        e_is4k$10 = e_size$10$q == 32'h0;
        lk_match$10 = e_valid$10$q && (e_glob$10$q || (e_pcid$10$q == lk_pcid)) && (e_vpn_1g$10$q == lk_1g) && (e_is1g$10 || (e_vpn_2m$10$q == lk_2m)) && (~e_is4k$10 || (e_vpn_4k$10$q == lk_4k));
        if (lk_match$10) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$10;
            l_hit_size = l_hit_size | e_size$10$q;
            l_hit_pfn = l_hit_pfn | e_pfn$10$q;
            l_hit_glob = l_hit_glob || e_glob$10$q;
            l_hit_writable = l_hit_writable || e_writable$10$q;
            l_hit_user = l_hit_user || e_user$10$q;
            l_hit_xd = l_hit_xd || e_xd$10$q;
            l_hit_dirty = l_hit_dirty || e_dirty$10$q;
            l_hit_pkey = l_hit_pkey | e_pkey$10$q;
        end
        e_is1g$11 = e_size$11$q == 32'h2;
        e_is4k$11 = e_size$11$q == 32'h0;
        lk_match$11 = e_valid$11$q && (e_glob$11$q || (e_pcid$11$q == lk_pcid)) && (e_vpn_1g$11$q == lk_1g) && (e_is1g$11 || (e_vpn_2m$11$q == lk_2m)) && (~e_is4k$11 || (e_vpn_4k$11$q == lk_4k));
        if (lk_match$11) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$11;
            l_hit_size = l_hit_size | e_size$11$q;
            l_hit_pfn = l_hit_pfn | e_pfn$11$q;
            l_hit_glob = l_hit_glob || e_glob$11$q;
            l_hit_writable = l_hit_writable || e_writable$11$q;
            l_hit_user = l_hit_user || e_user$11$q;
            l_hit_xd = l_hit_xd || e_xd$11$q;
            l_hit_dirty = l_hit_dirty || e_dirty$11$q;
            l_hit_pkey = l_hit_pkey | e_pkey$11$q;
        end
        e_is1g$12 = e_size$12$q == 32'h2;
        e_is4k$12 = e_size$12$q == 32'h0;
        lk_match$12 = e_valid$12$q && (e_glob$12$q || (e_pcid$12$q == lk_pcid)) && (e_vpn_1g$12$q == lk_1g) && (e_is1g$12 || (e_vpn_2m$12$q == lk_2m)) && (~e_is4k$12 || (e_vpn_4k$12$q == lk_4k));
        if (lk_match$12) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$12;
            l_hit_size = l_hit_size | e_size$12$q;
            l_hit_pfn = l_hit_pfn | e_pfn$12$q;
            l_hit_glob = l_hit_glob || e_glob$12$q;
            l_hit_writable = l_hit_writable || e_writable$12$q;
            l_hit_user = l_hit_user || e_user$12$q;
            l_hit_xd = l_hit_xd || e_xd$12$q;
            l_hit_dirty = l_hit_dirty || e_dirty$12$q;
            l_hit_pkey = l_hit_pkey | e_pkey$12$q;
        end
        e_is1g$13 = e_size$13$q == 32'h2;
        e_is4k$13 = e_size$13$q == 32'h0;
        lk_match$13 = e_valid$13$q && (e_glob$13$q || (e_pcid$13$q == lk_pcid)) && (e_vpn_1g$13$q == lk_1g) && (e_is1g$13 || (e_vpn_2m$13$q == lk_2m)) && (~e_is4k$13 || (e_vpn_4k$13$q == lk_4k));
        if (lk_match$13) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$13;
            l_hit_size = l_hit_size | e_size$13$q;
            l_hit_pfn = l_hit_pfn | e_pfn$13$q;
            l_hit_glob = l_hit_glob || e_glob$13$q;
            l_hit_writable = l_hit_writable || e_writable$13$q;
            l_hit_user = l_hit_user || e_user$13$q;
            l_hit_xd = l_hit_xd || e_xd$13$q;
            l_hit_dirty = l_hit_dirty || e_dirty$13$q;
            l_hit_pkey = l_hit_pkey | e_pkey$13$q;
        end
        e_is1g$14 = e_size$14$q == 32'h2;
        e_is4k$14 = e_size$14$q == 32'h0;
        lk_match$14 = e_valid$14$q && (e_glob$14$q || (e_pcid$14$q == lk_pcid)) && (e_vpn_1g$14$q == lk_1g) && (e_is1g$14 || (e_vpn_2m$14$q == lk_2m)) && (~e_is4k$14 || (e_vpn_4k$14$q == lk_4k));
        if (lk_match$14) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$14;
            l_hit_size = l_hit_size | e_size$14$q;
            l_hit_pfn = l_hit_pfn | e_pfn$14$q;
            l_hit_glob = l_hit_glob || e_glob$14$q;
            l_hit_writable = l_hit_writable || e_writable$14$q;
            l_hit_user = l_hit_user || e_user$14$q;
            l_hit_xd = l_hit_xd || e_xd$14$q;
            l_hit_dirty = l_hit_dirty || e_dirty$14$q;
            l_hit_pkey = l_hit_pkey | e_pkey$14$q;
        end
        e_is1g$15 = e_size$15$q == 32'h2;
        e_is4k$15 = e_size$15$q == 32'h0;
        lk_match$15 = e_valid$15$q && (e_glob$15$q || (e_pcid$15$q == lk_pcid)) && (e_vpn_1g$15$q == lk_1g) && (e_is1g$15 || (e_vpn_2m$15$q == lk_2m)) && (~e_is4k$15 || (e_vpn_4k$15$q == lk_4k));
        if (lk_match$15) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$15;
            l_hit_size = l_hit_size | e_size$15$q;
            l_hit_pfn = l_hit_pfn | e_pfn$15$q;
            l_hit_glob = l_hit_glob || e_glob$15$q;
            l_hit_writable = l_hit_writable || e_writable$15$q;
            l_hit_user = l_hit_user || e_user$15$q;
            l_hit_xd = l_hit_xd || e_xd$15$q;
            l_hit_dirty = l_hit_dirty || e_dirty$15$q;
            l_hit_pkey = l_hit_pkey | e_pkey$15$q;
        end
        e_is1g$16 = e_size$16$q == 32'h2;
        e_is4k$16 = e_size$16$q == 32'h0;
        lk_match$16 = e_valid$16$q && (e_glob$16$q || (e_pcid$16$q == lk_pcid)) && (e_vpn_1g$16$q == lk_1g) && (e_is1g$16 || (e_vpn_2m$16$q == lk_2m)) && (~e_is4k$16 || (e_vpn_4k$16$q == lk_4k));
        if (lk_match$16) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$16;
            l_hit_size = l_hit_size | e_size$16$q;
            l_hit_pfn = l_hit_pfn | e_pfn$16$q;
            l_hit_glob = l_hit_glob || e_glob$16$q;
            l_hit_writable = l_hit_writable || e_writable$16$q;
            l_hit_user = l_hit_user || e_user$16$q;
            l_hit_xd = l_hit_xd || e_xd$16$q;
            l_hit_dirty = l_hit_dirty || e_dirty$16$q;
            l_hit_pkey = l_hit_pkey | e_pkey$16$q;
        end
        e_is1g$17 = e_size$17$q == 32'h2;
        e_is4k$17 = e_size$17$q == 32'h0;
        lk_match$17 = e_valid$17$q && (e_glob$17$q || (e_pcid$17$q == lk_pcid)) && (e_vpn_1g$17$q == lk_1g) && (e_is1g$17 || (e_vpn_2m$17$q == lk_2m)) && (~e_is4k$17 || (e_vpn_4k$17$q == lk_4k));
        if (lk_match$17) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$17;
            l_hit_size = l_hit_size | e_size$17$q;
            l_hit_pfn = l_hit_pfn | e_pfn$17$q;
            l_hit_glob = l_hit_glob || e_glob$17$q;
            l_hit_writable = l_hit_writable || e_writable$17$q;
            l_hit_user = l_hit_user || e_user$17$q;
            l_hit_xd = l_hit_xd || e_xd$17$q;
            l_hit_dirty = l_hit_dirty || e_dirty$17$q;
            l_hit_pkey = l_hit_pkey | e_pkey$17$q;
        end
        e_is1g$18 = e_size$18$q == 32'h2;
        e_is4k$18 = e_size$18$q == 32'h0;
        lk_match$18 = e_valid$18$q && (e_glob$18$q || (e_pcid$18$q == lk_pcid)) && (e_vpn_1g$18$q == lk_1g) && (e_is1g$18 || (e_vpn_2m$18$q == lk_2m)) && (~e_is4k$18 || (e_vpn_4k$18$q == lk_4k));
        if (lk_match$18) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$18;
            l_hit_size = l_hit_size | e_size$18$q;
            l_hit_pfn = l_hit_pfn | e_pfn$18$q;
            l_hit_glob = l_hit_glob || e_glob$18$q;
            l_hit_writable = l_hit_writable || e_writable$18$q;
            l_hit_user = l_hit_user || e_user$18$q;
            l_hit_xd = l_hit_xd || e_xd$18$q;
            l_hit_dirty = l_hit_dirty || e_dirty$18$q;
            l_hit_pkey = l_hit_pkey | e_pkey$18$q;
        end
        e_is1g$19 = e_size$19$q == 32'h2;
        e_is4k$19 = e_size$19$q == 32'h0;
        lk_match$19 = e_valid$19$q && (e_glob$19$q || (e_pcid$19$q == lk_pcid)) && (e_vpn_1g$19$q == lk_1g) && (e_is1g$19 || (e_vpn_2m$19$q == lk_2m)) && (~e_is4k$19 || (e_vpn_4k$19$q == lk_4k));
        if (lk_match$19) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$19;
            l_hit_size = l_hit_size | e_size$19$q;
            l_hit_pfn = l_hit_pfn | e_pfn$19$q;
            l_hit_glob = l_hit_glob || e_glob$19$q;
            l_hit_writable = l_hit_writable || e_writable$19$q;
            l_hit_user = l_hit_user || e_user$19$q;
            l_hit_xd = l_hit_xd || e_xd$19$q;
            l_hit_dirty = l_hit_dirty || e_dirty$19$q;
            l_hit_pkey = l_hit_pkey | e_pkey$19$q;
        end
        e_is1g$20 = e_size$20$q == 32'h2;
        e_is4k$20 = e_size$20$q == 32'h0;
        lk_match$20 = e_valid$20$q && (e_glob$20$q || (e_pcid$20$q == lk_pcid)) && (e_vpn_1g$20$q == lk_1g) && (e_is1g$20 || (e_vpn_2m$20$q == lk_2m)) && (~e_is4k$20 || (e_vpn_4k$20$q == lk_4k));
        if (lk_match$20) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$20;
            l_hit_size = l_hit_size | e_size$20$q;
            l_hit_pfn = l_hit_pfn | e_pfn$20$q;
            l_hit_glob = l_hit_glob || e_glob$20$q;
            l_hit_writable = l_hit_writable || e_writable$20$q;
            l_hit_user = l_hit_user || e_user$20$q;
            l_hit_xd = l_hit_xd || e_xd$20$q;
            l_hit_dirty = l_hit_dirty || e_dirty$20$q;
            l_hit_pkey = l_hit_pkey | e_pkey$20$q;
        end
        e_is1g$21 = e_size$21$q == 32'h2;
        e_is4k$21 = e_size$21$q == 32'h0;
        lk_match$21 = e_valid$21$q && (e_glob$21$q || (e_pcid$21$q == lk_pcid)) && (e_vpn_1g$21$q == lk_1g) && (e_is1g$21 || (e_vpn_2m$21$q == lk_2m)) && (~e_is4k$21 || (e_vpn_4k$21$q == lk_4k));
        if (lk_match$21) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$21;
            l_hit_size = l_hit_size | e_size$21$q;
            l_hit_pfn = l_hit_pfn | e_pfn$21$q;
            l_hit_glob = l_hit_glob || e_glob$21$q;
            l_hit_writable = l_hit_writable || e_writable$21$q;
            l_hit_user = l_hit_user || e_user$21$q;
            l_hit_xd = l_hit_xd || e_xd$21$q;
            l_hit_dirty = l_hit_dirty || e_dirty$21$q;
            l_hit_pkey = l_hit_pkey | e_pkey$21$q;
        end
        e_is1g$22 = e_size$22$q == 32'h2;
        e_is4k$22 = e_size$22$q == 32'h0;
        lk_match$22 = e_valid$22$q && (e_glob$22$q || (e_pcid$22$q == lk_pcid)) && (e_vpn_1g$22$q == lk_1g) && (e_is1g$22 || (e_vpn_2m$22$q == lk_2m)) && (~e_is4k$22 || (e_vpn_4k$22$q == lk_4k));
        if (lk_match$22) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$22;
            l_hit_size = l_hit_size | e_size$22$q;
            l_hit_pfn = l_hit_pfn | e_pfn$22$q;
            l_hit_glob = l_hit_glob || e_glob$22$q;
            l_hit_writable = l_hit_writable || e_writable$22$q;
            l_hit_user = l_hit_user || e_user$22$q;
            l_hit_xd = l_hit_xd || e_xd$22$q;
            l_hit_dirty = l_hit_dirty || e_dirty$22$q;
            l_hit_pkey = l_hit_pkey | e_pkey$22$q;
        end
        e_is1g$23 = e_size$23$q == 32'h2;
        e_is4k$23 = e_size$23$q == 32'h0;
        lk_match$23 = e_valid$23$q && (e_glob$23$q || (e_pcid$23$q == lk_pcid)) && (e_vpn_1g$23$q == lk_1g) && (e_is1g$23 || (e_vpn_2m$23$q == lk_2m)) && (~e_is4k$23 || (e_vpn_4k$23$q == lk_4k));
        if (lk_match$23) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$23;
            l_hit_size = l_hit_size | e_size$23$q;
            l_hit_pfn = l_hit_pfn | e_pfn$23$q;
            l_hit_glob = l_hit_glob || e_glob$23$q;
            l_hit_writable = l_hit_writable || e_writable$23$q;
            l_hit_user = l_hit_user || e_user$23$q;
            l_hit_xd = l_hit_xd || e_xd$23$q;
            l_hit_dirty = l_hit_dirty || e_dirty$23$q;
            l_hit_pkey = l_hit_pkey | e_pkey$23$q;
        end
        e_is1g$24 = e_size$24$q == 32'h2;
        e_is4k$24 = e_size$24$q == 32'h0;
        lk_match$24 = e_valid$24$q && (e_glob$24$q || (e_pcid$24$q == lk_pcid)) && (e_vpn_1g$24$q == lk_1g) && (e_is1g$24 || (e_vpn_2m$24$q == lk_2m)) && (~e_is4k$24 || (e_vpn_4k$24$q == lk_4k));
        if (lk_match$24) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$24;
            l_hit_size = l_hit_size | e_size$24$q;
            l_hit_pfn = l_hit_pfn | e_pfn$24$q;
            l_hit_glob = l_hit_glob || e_glob$24$q;
            l_hit_writable = l_hit_writable || e_writable$24$q;
            l_hit_user = l_hit_user || e_user$24$q;
            l_hit_xd = l_hit_xd || e_xd$24$q;
            l_hit_dirty = l_hit_dirty || e_dirty$24$q;
            l_hit_pkey = l_hit_pkey | e_pkey$24$q;
        end
        e_is1g$25 = e_size$25$q == 32'h2;
        e_is4k$25 = e_size$25$q == 32'h0;
        lk_match$25 = e_valid$25$q && (e_glob$25$q || (e_pcid$25$q == lk_pcid)) && (e_vpn_1g$25$q == lk_1g) && (e_is1g$25 || (e_vpn_2m$25$q == lk_2m)) && (~e_is4k$25 || (e_vpn_4k$25$q == lk_4k));
        if (lk_match$25) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$25;
            l_hit_size = l_hit_size | e_size$25$q;
            l_hit_pfn = l_hit_pfn | e_pfn$25$q;
            l_hit_glob = l_hit_glob || e_glob$25$q;
            l_hit_writable = l_hit_writable || e_writable$25$q;
            l_hit_user = l_hit_user || e_user$25$q;
            l_hit_xd = l_hit_xd || e_xd$25$q;
            l_hit_dirty = l_hit_dirty || e_dirty$25$q;
            l_hit_pkey = l_hit_pkey | e_pkey$25$q;
        end
        e_is1g$26 = e_size$26$q == 32'h2;
        e_is4k$26 = e_size$26$q == 32'h0;
        lk_match$26 = e_valid$26$q && (e_glob$26$q || (e_pcid$26$q == lk_pcid)) && (e_vpn_1g$26$q == lk_1g) && (e_is1g$26 || (e_vpn_2m$26$q == lk_2m)) && (~e_is4k$26 || (e_vpn_4k$26$q == lk_4k));
        if (lk_match$26) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$26;
            l_hit_size = l_hit_size | e_size$26$q;
            l_hit_pfn = l_hit_pfn | e_pfn$26$q;
            l_hit_glob = l_hit_glob || e_glob$26$q;
            l_hit_writable = l_hit_writable || e_writable$26$q;
            l_hit_user = l_hit_user || e_user$26$q;
            l_hit_xd = l_hit_xd || e_xd$26$q;
            l_hit_dirty = l_hit_dirty || e_dirty$26$q;
            l_hit_pkey = l_hit_pkey | e_pkey$26$q;
        end
        e_is1g$27 = e_size$27$q == 32'h2;
        e_is4k$27 = e_size$27$q == 32'h0;
        lk_match$27 = e_valid$27$q && (e_glob$27$q || (e_pcid$27$q == lk_pcid)) && (e_vpn_1g$27$q == lk_1g) && (e_is1g$27 || (e_vpn_2m$27$q == lk_2m)) && (~e_is4k$27 || (e_vpn_4k$27$q == lk_4k));
        if (lk_match$27) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$27;
            l_hit_size = l_hit_size | e_size$27$q;
            l_hit_pfn = l_hit_pfn | e_pfn$27$q;
            l_hit_glob = l_hit_glob || e_glob$27$q;
            l_hit_writable = l_hit_writable || e_writable$27$q;
            l_hit_user = l_hit_user || e_user$27$q;
            l_hit_xd = l_hit_xd || e_xd$27$q;
            l_hit_dirty = l_hit_dirty || e_dirty$27$q;
            l_hit_pkey = l_hit_pkey | e_pkey$27$q;
        end
        e_is1g$28 = e_size$28$q == 32'h2;
        e_is4k$28 = e_size$28$q == 32'h0;
        lk_match$28 = e_valid$28$q && (e_glob$28$q || (e_pcid$28$q == lk_pcid)) && (e_vpn_1g$28$q == lk_1g) && (e_is1g$28 || (e_vpn_2m$28$q == lk_2m)) && (~e_is4k$28 || (e_vpn_4k$28$q == lk_4k));
        if (lk_match$28) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$28;
            l_hit_size = l_hit_size | e_size$28$q;
            l_hit_pfn = l_hit_pfn | e_pfn$28$q;
            l_hit_glob = l_hit_glob || e_glob$28$q;
            l_hit_writable = l_hit_writable || e_writable$28$q;
            l_hit_user = l_hit_user || e_user$28$q;
            l_hit_xd = l_hit_xd || e_xd$28$q;
            l_hit_dirty = l_hit_dirty || e_dirty$28$q;
            l_hit_pkey = l_hit_pkey | e_pkey$28$q;
        end
        e_is1g$29 = e_size$29$q == 32'h2;
        e_is4k$29 = e_size$29$q == 32'h0;
        lk_match$29 = e_valid$29$q && (e_glob$29$q || (e_pcid$29$q == lk_pcid)) && (e_vpn_1g$29$q == lk_1g) && (e_is1g$29 || (e_vpn_2m$29$q == lk_2m)) && (~e_is4k$29 || (e_vpn_4k$29$q == lk_4k));
        if (lk_match$29) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$29;
            l_hit_size = l_hit_size | e_size$29$q;
            l_hit_pfn = l_hit_pfn | e_pfn$29$q;
            l_hit_glob = l_hit_glob || e_glob$29$q;
            l_hit_writable = l_hit_writable || e_writable$29$q;
            l_hit_user = l_hit_user || e_user$29$q;
            l_hit_xd = l_hit_xd || e_xd$29$q;
            l_hit_dirty = l_hit_dirty || e_dirty$29$q;
            l_hit_pkey = l_hit_pkey | e_pkey$29$q;
        end
        e_is1g$30 = e_size$30$q == 32'h2;
        e_is4k$30 = e_size$30$q == 32'h0;
        lk_match$30 = e_valid$30$q && (e_glob$30$q || (e_pcid$30$q == lk_pcid)) && (e_vpn_1g$30$q == lk_1g) && (e_is1g$30 || (e_vpn_2m$30$q == lk_2m)) && (~e_is4k$30 || (e_vpn_4k$30$q == lk_4k));
        if (lk_match$30) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$30;
            l_hit_size = l_hit_size | e_size$30$q;
            l_hit_pfn = l_hit_pfn | e_pfn$30$q;
            l_hit_glob = l_hit_glob || e_glob$30$q;
            l_hit_writable = l_hit_writable || e_writable$30$q;
            l_hit_user = l_hit_user || e_user$30$q;
            l_hit_xd = l_hit_xd || e_xd$30$q;
            l_hit_dirty = l_hit_dirty || e_dirty$30$q;
            l_hit_pkey = l_hit_pkey | e_pkey$30$q;
        end
        e_is1g$31 = e_size$31$q == 32'h2;
        e_is4k$31 = e_size$31$q == 32'h0;
        lk_match$31 = e_valid$31$q && (e_glob$31$q || (e_pcid$31$q == lk_pcid)) && (e_vpn_1g$31$q == lk_1g) && (e_is1g$31 || (e_vpn_2m$31$q == lk_2m)) && (~e_is4k$31 || (e_vpn_4k$31$q == lk_4k));
        if (lk_match$31) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$31;
            l_hit_size = l_hit_size | e_size$31$q;
            l_hit_pfn = l_hit_pfn | e_pfn$31$q;
            l_hit_glob = l_hit_glob || e_glob$31$q;
            l_hit_writable = l_hit_writable || e_writable$31$q;
            l_hit_user = l_hit_user || e_user$31$q;
            l_hit_xd = l_hit_xd || e_xd$31$q;
            l_hit_dirty = l_hit_dirty || e_dirty$31$q;
            l_hit_pkey = l_hit_pkey | e_pkey$31$q;
        end
        fl_found = 1'b0;
        l_fill_idx = 32'h0;
        fl_overlap$0 = e_valid$0$q && (e_glob$0$q || fill_glob || (e_pcid$0$q == fill_pcid)) && (e_vpn_1g$0$q == fl_1g) && (e_is1g$0 || fl_is1g || (e_vpn_2m$0$q == fl_2m)) && (~e_is4k$0 || ~fl_is4k || (e_vpn_4k$0$q == fl_4k));
        fl_slot$0 = 1'b0;
        if ((~e_valid$0$q || fl_overlap$0) && ~fl_found) begin
            fl_slot$0 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$1 = e_valid$1$q && (e_glob$1$q || fill_glob || (e_pcid$1$q == fill_pcid)) && (e_vpn_1g$1$q == fl_1g) && (e_is1g$1 || fl_is1g || (e_vpn_2m$1$q == fl_2m)) && (~e_is4k$1 || ~fl_is4k || (e_vpn_4k$1$q == fl_4k));
        fl_slot$1 = 1'b0;
        if ((~e_valid$1$q || fl_overlap$1) && ~fl_found) begin
            fl_slot$1 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$2 = e_valid$2$q && (e_glob$2$q || fill_glob || (e_pcid$2$q == fill_pcid)) && (e_vpn_1g$2$q == fl_1g) && (e_is1g$2 || fl_is1g || (e_vpn_2m$2$q == fl_2m)) && (~e_is4k$2 || ~fl_is4k || (e_vpn_4k$2$q == fl_4k));
        fl_slot$2 = 1'b0;
        if ((~e_valid$2$q || fl_overlap$2) && ~fl_found) begin
            fl_slot$2 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$3 = e_valid$3$q && (e_glob$3$q || fill_glob || (e_pcid$3$q == fill_pcid)) && (e_vpn_1g$3$q == fl_1g) && (e_is1g$3 || fl_is1g || (e_vpn_2m$3$q == fl_2m)) && (~e_is4k$3 || ~fl_is4k || (e_vpn_4k$3$q == fl_4k));
        fl_slot$3 = 1'b0;
        if ((~e_valid$3$q || fl_overlap$3) && ~fl_found) begin
            fl_slot$3 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$4 = e_valid$4$q && (e_glob$4$q || fill_glob || (e_pcid$4$q == fill_pcid)) && (e_vpn_1g$4$q == fl_1g) && (e_is1g$4 || fl_is1g || (e_vpn_2m$4$q == fl_2m)) && (~e_is4k$4 || ~fl_is4k || (e_vpn_4k$4$q == fl_4k));
        fl_slot$4 = 1'b0;
        if ((~e_valid$4$q || fl_overlap$4) && ~fl_found) begin
            fl_slot$4 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$5 = e_valid$5$q && (e_glob$5$q || fill_glob || (e_pcid$5$q == fill_pcid)) && (e_vpn_1g$5$q == fl_1g) && (e_is1g$5 || fl_is1g || (e_vpn_2m$5$q == fl_2m)) && (~e_is4k$5 || ~fl_is4k || (e_vpn_4k$5$q == fl_4k));
        fl_slot$5 = 1'b0;
        if ((~e_valid$5$q || fl_overlap$5) && ~fl_found) begin
            fl_slot$5 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$6 = e_valid$6$q && (e_glob$6$q || fill_glob || (e_pcid$6$q == fill_pcid)) && (e_vpn_1g$6$q == fl_1g) && (e_is1g$6 || fl_is1g || (e_vpn_2m$6$q == fl_2m)) && (~e_is4k$6 || ~fl_is4k || (e_vpn_4k$6$q == fl_4k));
        fl_slot$6 = 1'b0;
        if ((~e_valid$6$q || fl_overlap$6) && ~fl_found) begin
            fl_slot$6 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$7 = e_valid$7$q && (e_glob$7$q || fill_glob || (e_pcid$7$q == fill_pcid)) && (e_vpn_1g$7$q == fl_1g) && (e_is1g$7 || fl_is1g || (e_vpn_2m$7$q == fl_2m)) && (~e_is4k$7 || ~fl_is4k || (e_vpn_4k$7$q == fl_4k));
        fl_slot$7 = 1'b0;
        if ((~e_valid$7$q || fl_overlap$7) && ~fl_found) begin
            fl_slot$7 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$8 = e_valid$8$q && (e_glob$8$q || fill_glob || (e_pcid$8$q == fill_pcid)) && (e_vpn_1g$8$q == fl_1g) && (e_is1g$8 || fl_is1g || (e_vpn_2m$8$q == fl_2m)) && (~e_is4k$8 || ~fl_is4k || (e_vpn_4k$8$q == fl_4k));
        fl_slot$8 = 1'b0;
        if ((~e_valid$8$q || fl_overlap$8) && ~fl_found) begin
            fl_slot$8 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$9 = e_valid$9$q && (e_glob$9$q || fill_glob || (e_pcid$9$q == fill_pcid)) && (e_vpn_1g$9$q == fl_1g) && (e_is1g$9 || fl_is1g || (e_vpn_2m$9$q == fl_2m)) && (~e_is4k$9 || ~fl_is4k || (e_vpn_4k$9$q == fl_4k));
        fl_slot$9 = 1'b0;
        if ((~e_valid$9$q || fl_overlap$9) && ~fl_found) begin
            fl_slot$9 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$10 = e_valid$10$q && (e_glob$10$q || fill_glob || (e_pcid$10$q == fill_pcid)) && (e_vpn_1g$10$q == fl_1g) && (e_is1g$10 || fl_is1g || (e_vpn_2m$10$q == fl_2m)) && (~e_is4k$10 || ~fl_is4k || (e_vpn_4k$10$q == fl_4k));
        fl_slot$10 = 1'b0;
        if ((~e_valid$10$q || fl_overlap$10) && ~fl_found) begin
            fl_slot$10 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$11 = e_valid$11$q && (e_glob$11$q || fill_glob || (e_pcid$11$q == fill_pcid)) && (e_vpn_1g$11$q == fl_1g) && (e_is1g$11 || fl_is1g || (e_vpn_2m$11$q == fl_2m)) && (~e_is4k$11 || ~fl_is4k || (e_vpn_4k$11$q == fl_4k));
        fl_slot$11 = 1'b0;
        if ((~e_valid$11$q || fl_overlap$11) && ~fl_found) begin
            fl_slot$11 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$12 = e_valid$12$q && (e_glob$12$q || fill_glob || (e_pcid$12$q == fill_pcid)) && (e_vpn_1g$12$q == fl_1g) && (e_is1g$12 || fl_is1g || (e_vpn_2m$12$q == fl_2m)) && (~e_is4k$12 || ~fl_is4k || (e_vpn_4k$12$q == fl_4k));
        fl_slot$12 = 1'b0;
        if ((~e_valid$12$q || fl_overlap$12) && ~fl_found) begin
            fl_slot$12 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$13 = e_valid$13$q && (e_glob$13$q || fill_glob || (e_pcid$13$q == fill_pcid)) && (e_vpn_1g$13$q == fl_1g) && (e_is1g$13 || fl_is1g || (e_vpn_2m$13$q == fl_2m)) && (~e_is4k$13 || ~fl_is4k || (e_vpn_4k$13$q == fl_4k));
        fl_slot$13 = 1'b0;
        if ((~e_valid$13$q || fl_overlap$13) && ~fl_found) begin
            fl_slot$13 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$14 = e_valid$14$q && (e_glob$14$q || fill_glob || (e_pcid$14$q == fill_pcid)) && (e_vpn_1g$14$q == fl_1g) && (e_is1g$14 || fl_is1g || (e_vpn_2m$14$q == fl_2m)) && (~e_is4k$14 || ~fl_is4k || (e_vpn_4k$14$q == fl_4k));
        fl_slot$14 = 1'b0;
        if ((~e_valid$14$q || fl_overlap$14) && ~fl_found) begin
            fl_slot$14 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$15 = e_valid$15$q && (e_glob$15$q || fill_glob || (e_pcid$15$q == fill_pcid)) && (e_vpn_1g$15$q == fl_1g) && (e_is1g$15 || fl_is1g || (e_vpn_2m$15$q == fl_2m)) && (~e_is4k$15 || ~fl_is4k || (e_vpn_4k$15$q == fl_4k));
        fl_slot$15 = 1'b0;
        if ((~e_valid$15$q || fl_overlap$15) && ~fl_found) begin
            fl_slot$15 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$16 = e_valid$16$q && (e_glob$16$q || fill_glob || (e_pcid$16$q == fill_pcid)) && (e_vpn_1g$16$q == fl_1g) && (e_is1g$16 || fl_is1g || (e_vpn_2m$16$q == fl_2m)) && (~e_is4k$16 || ~fl_is4k || (e_vpn_4k$16$q == fl_4k));
        fl_slot$16 = 1'b0;
        if ((~e_valid$16$q || fl_overlap$16) && ~fl_found) begin
            fl_slot$16 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$17 = e_valid$17$q && (e_glob$17$q || fill_glob || (e_pcid$17$q == fill_pcid)) && (e_vpn_1g$17$q == fl_1g) && (e_is1g$17 || fl_is1g || (e_vpn_2m$17$q == fl_2m)) && (~e_is4k$17 || ~fl_is4k || (e_vpn_4k$17$q == fl_4k));
        fl_slot$17 = 1'b0;
        if ((~e_valid$17$q || fl_overlap$17) && ~fl_found) begin
            fl_slot$17 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$18 = e_valid$18$q && (e_glob$18$q || fill_glob || (e_pcid$18$q == fill_pcid)) && (e_vpn_1g$18$q == fl_1g) && (e_is1g$18 || fl_is1g || (e_vpn_2m$18$q == fl_2m)) && (~e_is4k$18 || ~fl_is4k || (e_vpn_4k$18$q == fl_4k));
        fl_slot$18 = 1'b0;
        if ((~e_valid$18$q || fl_overlap$18) && ~fl_found) begin
            fl_slot$18 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$19 = e_valid$19$q && (e_glob$19$q || fill_glob || (e_pcid$19$q == fill_pcid)) && (e_vpn_1g$19$q == fl_1g) && (e_is1g$19 || fl_is1g || (e_vpn_2m$19$q == fl_2m)) && (~e_is4k$19 || ~fl_is4k || (e_vpn_4k$19$q == fl_4k));
        fl_slot$19 = 1'b0;
        if ((~e_valid$19$q || fl_overlap$19) && ~fl_found) begin
            fl_slot$19 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$20 = e_valid$20$q && (e_glob$20$q || fill_glob || (e_pcid$20$q == fill_pcid)) && (e_vpn_1g$20$q == fl_1g) && (e_is1g$20 || fl_is1g || (e_vpn_2m$20$q == fl_2m)) && (~e_is4k$20 || ~fl_is4k || (e_vpn_4k$20$q == fl_4k));
        fl_slot$20 = 1'b0;
        if ((~e_valid$20$q || fl_overlap$20) && ~fl_found) begin
            fl_slot$20 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$21 = e_valid$21$q && (e_glob$21$q || fill_glob || (e_pcid$21$q == fill_pcid)) && (e_vpn_1g$21$q == fl_1g) && (e_is1g$21 || fl_is1g || (e_vpn_2m$21$q == fl_2m)) && (~e_is4k$21 || ~fl_is4k || (e_vpn_4k$21$q == fl_4k));
        fl_slot$21 = 1'b0;
        if ((~e_valid$21$q || fl_overlap$21) && ~fl_found) begin
            fl_slot$21 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$22 = e_valid$22$q && (e_glob$22$q || fill_glob || (e_pcid$22$q == fill_pcid)) && (e_vpn_1g$22$q == fl_1g) && (e_is1g$22 || fl_is1g || (e_vpn_2m$22$q == fl_2m)) && (~e_is4k$22 || ~fl_is4k || (e_vpn_4k$22$q == fl_4k));
        fl_slot$22 = 1'b0;
        if ((~e_valid$22$q || fl_overlap$22) && ~fl_found) begin
            fl_slot$22 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$23 = e_valid$23$q && (e_glob$23$q || fill_glob || (e_pcid$23$q == fill_pcid)) && (e_vpn_1g$23$q == fl_1g) && (e_is1g$23 || fl_is1g || (e_vpn_2m$23$q == fl_2m)) && (~e_is4k$23 || ~fl_is4k || (e_vpn_4k$23$q == fl_4k));
        fl_slot$23 = 1'b0;
        if ((~e_valid$23$q || fl_overlap$23) && ~fl_found) begin
            fl_slot$23 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$24 = e_valid$24$q && (e_glob$24$q || fill_glob || (e_pcid$24$q == fill_pcid)) && (e_vpn_1g$24$q == fl_1g) && (e_is1g$24 || fl_is1g || (e_vpn_2m$24$q == fl_2m)) && (~e_is4k$24 || ~fl_is4k || (e_vpn_4k$24$q == fl_4k));
        fl_slot$24 = 1'b0;
        if ((~e_valid$24$q || fl_overlap$24) && ~fl_found) begin
            fl_slot$24 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$25 = e_valid$25$q && (e_glob$25$q || fill_glob || (e_pcid$25$q == fill_pcid)) && (e_vpn_1g$25$q == fl_1g) && (e_is1g$25 || fl_is1g || (e_vpn_2m$25$q == fl_2m)) && (~e_is4k$25 || ~fl_is4k || (e_vpn_4k$25$q == fl_4k));
        fl_slot$25 = 1'b0;
        if ((~e_valid$25$q || fl_overlap$25) && ~fl_found) begin
            fl_slot$25 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$26 = e_valid$26$q && (e_glob$26$q || fill_glob || (e_pcid$26$q == fill_pcid)) && (e_vpn_1g$26$q == fl_1g) && (e_is1g$26 || fl_is1g || (e_vpn_2m$26$q == fl_2m)) && (~e_is4k$26 || ~fl_is4k || (e_vpn_4k$26$q == fl_4k));
        fl_slot$26 = 1'b0;
        if ((~e_valid$26$q || fl_overlap$26) && ~fl_found) begin
            fl_slot$26 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$27 = e_valid$27$q && (e_glob$27$q || fill_glob || (e_pcid$27$q == fill_pcid)) && (e_vpn_1g$27$q == fl_1g) && (e_is1g$27 || fl_is1g || (e_vpn_2m$27$q == fl_2m)) && (~e_is4k$27 || ~fl_is4k || (e_vpn_4k$27$q == fl_4k));
        fl_slot$27 = 1'b0;
        if ((~e_valid$27$q || fl_overlap$27) && ~fl_found) begin
            fl_slot$27 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$28 = e_valid$28$q && (e_glob$28$q || fill_glob || (e_pcid$28$q == fill_pcid)) && (e_vpn_1g$28$q == fl_1g) && (e_is1g$28 || fl_is1g || (e_vpn_2m$28$q == fl_2m)) && (~e_is4k$28 || ~fl_is4k || (e_vpn_4k$28$q == fl_4k));
        fl_slot$28 = 1'b0;
        if ((~e_valid$28$q || fl_overlap$28) && ~fl_found) begin
            fl_slot$28 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$29 = e_valid$29$q && (e_glob$29$q || fill_glob || (e_pcid$29$q == fill_pcid)) && (e_vpn_1g$29$q == fl_1g) && (e_is1g$29 || fl_is1g || (e_vpn_2m$29$q == fl_2m)) && (~e_is4k$29 || ~fl_is4k || (e_vpn_4k$29$q == fl_4k));
        fl_slot$29 = 1'b0;
        if ((~e_valid$29$q || fl_overlap$29) && ~fl_found) begin
            fl_slot$29 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$30 = e_valid$30$q && (e_glob$30$q || fill_glob || (e_pcid$30$q == fill_pcid)) && (e_vpn_1g$30$q == fl_1g) && (e_is1g$30 || fl_is1g || (e_vpn_2m$30$q == fl_2m)) && (~e_is4k$30 || ~fl_is4k || (e_vpn_4k$30$q == fl_4k));
        fl_slot$30 = 1'b0;
        if ((~e_valid$30$q || fl_overlap$30) && ~fl_found) begin
            fl_slot$30 = 1'b1;
            fl_found = 1'b1;
        end
        fl_overlap$31 = e_valid$31$q && (e_glob$31$q || fill_glob || (e_pcid$31$q == fill_pcid)) && (e_vpn_1g$31$q == fl_1g) && (e_is1g$31 || fl_is1g || (e_vpn_2m$31$q == fl_2m)) && (~e_is4k$31 || ~fl_is4k || (e_vpn_4k$31$q == fl_4k));
        fl_slot$31 = 1'b0;
        if ((~e_valid$31$q || fl_overlap$31) && ~fl_found) begin
            fl_slot$31 = 1'b1;
            fl_found = 1'b1;
        end
        if (~fl_found) begin
            fl_slot$0 = victim$q == k_index$0;
            fl_slot$1 = victim$q == k_index$1;
            fl_slot$2 = victim$q == k_index$2;
            fl_slot$3 = victim$q == k_index$3;
            fl_slot$4 = victim$q == k_index$4;
            fl_slot$5 = victim$q == k_index$5;
            fl_slot$6 = victim$q == k_index$6;
            fl_slot$7 = victim$q == k_index$7;
            fl_slot$8 = victim$q == k_index$8;
            fl_slot$9 = victim$q == k_index$9;
            fl_slot$10 = victim$q == k_index$10;
            fl_slot$11 = victim$q == k_index$11;
            fl_slot$12 = victim$q == k_index$12;
            fl_slot$13 = victim$q == k_index$13;
            fl_slot$14 = victim$q == k_index$14;
            fl_slot$15 = victim$q == k_index$15;
            fl_slot$16 = victim$q == k_index$16;
            fl_slot$17 = victim$q == k_index$17;
            fl_slot$18 = victim$q == k_index$18;
            fl_slot$19 = victim$q == k_index$19;
            fl_slot$20 = victim$q == k_index$20;
            fl_slot$21 = victim$q == k_index$21;
            fl_slot$22 = victim$q == k_index$22;
            fl_slot$23 = victim$q == k_index$23;
            fl_slot$24 = victim$q == k_index$24;
            fl_slot$25 = victim$q == k_index$25;
            fl_slot$26 = victim$q == k_index$26;
            fl_slot$27 = victim$q == k_index$27;
            fl_slot$28 = victim$q == k_index$28;
            fl_slot$29 = victim$q == k_index$29;
            fl_slot$30 = victim$q == k_index$30;
            fl_slot$31 = victim$q == k_index$31;
        end
        if (fl_slot$0) begin
            l_fill_idx = l_fill_idx | k_index$0;
        end
        if (fl_slot$1) begin
            l_fill_idx = l_fill_idx | k_index$1;
        end
        if (fl_slot$2) begin
            l_fill_idx = l_fill_idx | k_index$2;
        end
        if (fl_slot$3) begin
            l_fill_idx = l_fill_idx | k_index$3;
        end
        if (fl_slot$4) begin
            l_fill_idx = l_fill_idx | k_index$4;
        end
        if (fl_slot$5) begin
            l_fill_idx = l_fill_idx | k_index$5;
        end
        if (fl_slot$6) begin
            l_fill_idx = l_fill_idx | k_index$6;
        end
        if (fl_slot$7) begin
            l_fill_idx = l_fill_idx | k_index$7;
        end
        if (fl_slot$8) begin
            l_fill_idx = l_fill_idx | k_index$8;
        end
        if (fl_slot$9) begin
            l_fill_idx = l_fill_idx | k_index$9;
        end
        if (fl_slot$10) begin
            l_fill_idx = l_fill_idx | k_index$10;
        end
        if (fl_slot$11) begin
            l_fill_idx = l_fill_idx | k_index$11;
        end
        if (fl_slot$12) begin
            l_fill_idx = l_fill_idx | k_index$12;
        end
        if (fl_slot$13) begin
            l_fill_idx = l_fill_idx | k_index$13;
        end
        if (fl_slot$14) begin
            l_fill_idx = l_fill_idx | k_index$14;
        end
        if (fl_slot$15) begin
            l_fill_idx = l_fill_idx | k_index$15;
        end
        if (fl_slot$16) begin
            l_fill_idx = l_fill_idx | k_index$16;
        end
        if (fl_slot$17) begin
            l_fill_idx = l_fill_idx | k_index$17;
        end
        if (fl_slot$18) begin
            l_fill_idx = l_fill_idx | k_index$18;
        end
        if (fl_slot$19) begin
            l_fill_idx = l_fill_idx | k_index$19;
        end
        if (fl_slot$20) begin
            l_fill_idx = l_fill_idx | k_index$20;
        end
        if (fl_slot$21) begin
            l_fill_idx = l_fill_idx | k_index$21;
        end
        if (fl_slot$22) begin
            l_fill_idx = l_fill_idx | k_index$22;
        end
        if (fl_slot$23) begin
            l_fill_idx = l_fill_idx | k_index$23;
        end
        if (fl_slot$24) begin
            l_fill_idx = l_fill_idx | k_index$24;
        end
        if (fl_slot$25) begin
            l_fill_idx = l_fill_idx | k_index$25;
        end
        if (fl_slot$26) begin
            l_fill_idx = l_fill_idx | k_index$26;
        end
        if (fl_slot$27) begin
            l_fill_idx = l_fill_idx | k_index$27;
        end
        if (fl_slot$28) begin
            l_fill_idx = l_fill_idx | k_index$28;
        end
        if (fl_slot$29) begin
            l_fill_idx = l_fill_idx | k_index$29;
        end
        if (fl_slot$30) begin
            l_fill_idx = l_fill_idx | k_index$30;
        end
        if (fl_slot$31) begin
            l_fill_idx = l_fill_idx | k_index$31;
        end
        inv_drop$0 = inv_en && e_valid$0$q && (~inv_use_va || ((e_vpn_1g$0$q == iv_1g) && (e_is1g$0 || (e_vpn_2m$0$q == iv_2m)) && (~e_is4k$0 || (e_vpn_4k$0$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$0$q == inv_pcid) || (inv_glob_wild && e_glob$0$q)) && ~(inv_keep_glob && e_glob$0$q);
        inv_drop$1 = inv_en && e_valid$1$q && (~inv_use_va || ((e_vpn_1g$1$q == iv_1g) && (e_is1g$1 || (e_vpn_2m$1$q == iv_2m)) && (~e_is4k$1 || (e_vpn_4k$1$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$1$q == inv_pcid) || (inv_glob_wild && e_glob$1$q)) && ~(inv_keep_glob && e_glob$1$q);
        inv_drop$2 = inv_en && e_valid$2$q && (~inv_use_va || ((e_vpn_1g$2$q == iv_1g) && (e_is1g$2 || (e_vpn_2m$2$q == iv_2m)) && (~e_is4k$2 || (e_vpn_4k$2$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$2$q == inv_pcid) || (inv_glob_wild && e_glob$2$q)) && ~(inv_keep_glob && e_glob$2$q);
        inv_drop$3 = inv_en && e_valid$3$q && (~inv_use_va || ((e_vpn_1g$3$q == iv_1g) && (e_is1g$3 || (e_vpn_2m$3$q == iv_2m)) && (~e_is4k$3 || (e_vpn_4k$3$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$3$q == inv_pcid) || (inv_glob_wild && e_glob$3$q)) && ~(inv_keep_glob && e_glob$3$q);
        inv_drop$4 = inv_en && e_valid$4$q && (~inv_use_va || ((e_vpn_1g$4$q == iv_1g) && (e_is1g$4 || (e_vpn_2m$4$q == iv_2m)) && (~e_is4k$4 || (e_vpn_4k$4$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$4$q == inv_pcid) || (inv_glob_wild && e_glob$4$q)) && ~(inv_keep_glob && e_glob$4$q);
        inv_drop$5 = inv_en && e_valid$5$q && (~inv_use_va || ((e_vpn_1g$5$q == iv_1g) && (e_is1g$5 || (e_vpn_2m$5$q == iv_2m)) && (~e_is4k$5 || (e_vpn_4k$5$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$5$q == inv_pcid) || (inv_glob_wild && e_glob$5$q)) && ~(inv_keep_glob && e_glob$5$q);
        inv_drop$6 = inv_en && e_valid$6$q && (~inv_use_va || ((e_vpn_1g$6$q == iv_1g) && (e_is1g$6 || (e_vpn_2m$6$q == iv_2m)) && (~e_is4k$6 || (e_vpn_4k$6$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$6$q == inv_pcid) || (inv_glob_wild && e_glob$6$q)) && ~(inv_keep_glob && e_glob$6$q);
        inv_drop$7 = inv_en && e_valid$7$q && (~inv_use_va || ((e_vpn_1g$7$q == iv_1g) && (e_is1g$7 || (e_vpn_2m$7$q == iv_2m)) && (~e_is4k$7 || (e_vpn_4k$7$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$7$q == inv_pcid) || (inv_glob_wild && e_glob$7$q)) && ~(inv_keep_glob && e_glob$7$q);
        inv_drop$8 = inv_en && e_valid$8$q && (~inv_use_va || ((e_vpn_1g$8$q == iv_1g) && (e_is1g$8 || (e_vpn_2m$8$q == iv_2m)) && (~e_is4k$8 || (e_vpn_4k$8$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$8$q == inv_pcid) || (inv_glob_wild && e_glob$8$q)) && ~(inv_keep_glob && e_glob$8$q);
        inv_drop$9 = inv_en && e_valid$9$q && (~inv_use_va || ((e_vpn_1g$9$q == iv_1g) && (e_is1g$9 || (e_vpn_2m$9$q == iv_2m)) && (~e_is4k$9 || (e_vpn_4k$9$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$9$q == inv_pcid) || (inv_glob_wild && e_glob$9$q)) && ~(inv_keep_glob && e_glob$9$q);
        inv_drop$10 = inv_en && e_valid$10$q && (~inv_use_va || ((e_vpn_1g$10$q == iv_1g) && (e_is1g$10 || (e_vpn_2m$10$q == iv_2m)) && (~e_is4k$10 || (e_vpn_4k$10$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$10$q == inv_pcid) || (inv_glob_wild && e_glob$10$q)) && ~(inv_keep_glob && e_glob$10$q);
        inv_drop$11 = inv_en && e_valid$11$q && (~inv_use_va || ((e_vpn_1g$11$q == iv_1g) && (e_is1g$11 || (e_vpn_2m$11$q == iv_2m)) && (~e_is4k$11 || (e_vpn_4k$11$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$11$q == inv_pcid) || (inv_glob_wild && e_glob$11$q)) && ~(inv_keep_glob && e_glob$11$q);
        inv_drop$12 = inv_en && e_valid$12$q && (~inv_use_va || ((e_vpn_1g$12$q == iv_1g) && (e_is1g$12 || (e_vpn_2m$12$q == iv_2m)) && (~e_is4k$12 || (e_vpn_4k$12$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$12$q == inv_pcid) || (inv_glob_wild && e_glob$12$q)) && ~(inv_keep_glob && e_glob$12$q);
        inv_drop$13 = inv_en && e_valid$13$q && (~inv_use_va || ((e_vpn_1g$13$q == iv_1g) && (e_is1g$13 || (e_vpn_2m$13$q == iv_2m)) && (~e_is4k$13 || (e_vpn_4k$13$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$13$q == inv_pcid) || (inv_glob_wild && e_glob$13$q)) && ~(inv_keep_glob && e_glob$13$q);
        inv_drop$14 = inv_en && e_valid$14$q && (~inv_use_va || ((e_vpn_1g$14$q == iv_1g) && (e_is1g$14 || (e_vpn_2m$14$q == iv_2m)) && (~e_is4k$14 || (e_vpn_4k$14$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$14$q == inv_pcid) || (inv_glob_wild && e_glob$14$q)) && ~(inv_keep_glob && e_glob$14$q);
        inv_drop$15 = inv_en && e_valid$15$q && (~inv_use_va || ((e_vpn_1g$15$q == iv_1g) && (e_is1g$15 || (e_vpn_2m$15$q == iv_2m)) && (~e_is4k$15 || (e_vpn_4k$15$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$15$q == inv_pcid) || (inv_glob_wild && e_glob$15$q)) && ~(inv_keep_glob && e_glob$15$q);
        inv_drop$16 = inv_en && e_valid$16$q && (~inv_use_va || ((e_vpn_1g$16$q == iv_1g) && (e_is1g$16 || (e_vpn_2m$16$q == iv_2m)) && (~e_is4k$16 || (e_vpn_4k$16$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$16$q == inv_pcid) || (inv_glob_wild && e_glob$16$q)) && ~(inv_keep_glob && e_glob$16$q);
        inv_drop$17 = inv_en && e_valid$17$q && (~inv_use_va || ((e_vpn_1g$17$q == iv_1g) && (e_is1g$17 || (e_vpn_2m$17$q == iv_2m)) && (~e_is4k$17 || (e_vpn_4k$17$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$17$q == inv_pcid) || (inv_glob_wild && e_glob$17$q)) && ~(inv_keep_glob && e_glob$17$q);
        inv_drop$18 = inv_en && e_valid$18$q && (~inv_use_va || ((e_vpn_1g$18$q == iv_1g) && (e_is1g$18 || (e_vpn_2m$18$q == iv_2m)) && (~e_is4k$18 || (e_vpn_4k$18$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$18$q == inv_pcid) || (inv_glob_wild && e_glob$18$q)) && ~(inv_keep_glob && e_glob$18$q);
        inv_drop$19 = inv_en && e_valid$19$q && (~inv_use_va || ((e_vpn_1g$19$q == iv_1g) && (e_is1g$19 || (e_vpn_2m$19$q == iv_2m)) && (~e_is4k$19 || (e_vpn_4k$19$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$19$q == inv_pcid) || (inv_glob_wild && e_glob$19$q)) && ~(inv_keep_glob && e_glob$19$q);
        inv_drop$20 = inv_en && e_valid$20$q && (~inv_use_va || ((e_vpn_1g$20$q == iv_1g) && (e_is1g$20 || (e_vpn_2m$20$q == iv_2m)) && (~e_is4k$20 || (e_vpn_4k$20$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$20$q == inv_pcid) || (inv_glob_wild && e_glob$20$q)) && ~(inv_keep_glob && e_glob$20$q);
        inv_drop$21 = inv_en && e_valid$21$q && (~inv_use_va || ((e_vpn_1g$21$q == iv_1g) && (e_is1g$21 || (e_vpn_2m$21$q == iv_2m)) && (~e_is4k$21 || (e_vpn_4k$21$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$21$q == inv_pcid) || (inv_glob_wild && e_glob$21$q)) && ~(inv_keep_glob && e_glob$21$q);
        inv_drop$22 = inv_en && e_valid$22$q && (~inv_use_va || ((e_vpn_1g$22$q == iv_1g) && (e_is1g$22 || (e_vpn_2m$22$q == iv_2m)) && (~e_is4k$22 || (e_vpn_4k$22$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$22$q == inv_pcid) || (inv_glob_wild && e_glob$22$q)) && ~(inv_keep_glob && e_glob$22$q);
        inv_drop$23 = inv_en && e_valid$23$q && (~inv_use_va || ((e_vpn_1g$23$q == iv_1g) && (e_is1g$23 || (e_vpn_2m$23$q == iv_2m)) && (~e_is4k$23 || (e_vpn_4k$23$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$23$q == inv_pcid) || (inv_glob_wild && e_glob$23$q)) && ~(inv_keep_glob && e_glob$23$q);
        inv_drop$24 = inv_en && e_valid$24$q && (~inv_use_va || ((e_vpn_1g$24$q == iv_1g) && (e_is1g$24 || (e_vpn_2m$24$q == iv_2m)) && (~e_is4k$24 || (e_vpn_4k$24$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$24$q == inv_pcid) || (inv_glob_wild && e_glob$24$q)) && ~(inv_keep_glob && e_glob$24$q);
        inv_drop$25 = inv_en && e_valid$25$q && (~inv_use_va || ((e_vpn_1g$25$q == iv_1g) && (e_is1g$25 || (e_vpn_2m$25$q == iv_2m)) && (~e_is4k$25 || (e_vpn_4k$25$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$25$q == inv_pcid) || (inv_glob_wild && e_glob$25$q)) && ~(inv_keep_glob && e_glob$25$q);
        inv_drop$26 = inv_en && e_valid$26$q && (~inv_use_va || ((e_vpn_1g$26$q == iv_1g) && (e_is1g$26 || (e_vpn_2m$26$q == iv_2m)) && (~e_is4k$26 || (e_vpn_4k$26$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$26$q == inv_pcid) || (inv_glob_wild && e_glob$26$q)) && ~(inv_keep_glob && e_glob$26$q);
        inv_drop$27 = inv_en && e_valid$27$q && (~inv_use_va || ((e_vpn_1g$27$q == iv_1g) && (e_is1g$27 || (e_vpn_2m$27$q == iv_2m)) && (~e_is4k$27 || (e_vpn_4k$27$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$27$q == inv_pcid) || (inv_glob_wild && e_glob$27$q)) && ~(inv_keep_glob && e_glob$27$q);
        inv_drop$28 = inv_en && e_valid$28$q && (~inv_use_va || ((e_vpn_1g$28$q == iv_1g) && (e_is1g$28 || (e_vpn_2m$28$q == iv_2m)) && (~e_is4k$28 || (e_vpn_4k$28$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$28$q == inv_pcid) || (inv_glob_wild && e_glob$28$q)) && ~(inv_keep_glob && e_glob$28$q);
        inv_drop$29 = inv_en && e_valid$29$q && (~inv_use_va || ((e_vpn_1g$29$q == iv_1g) && (e_is1g$29 || (e_vpn_2m$29$q == iv_2m)) && (~e_is4k$29 || (e_vpn_4k$29$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$29$q == inv_pcid) || (inv_glob_wild && e_glob$29$q)) && ~(inv_keep_glob && e_glob$29$q);
        inv_drop$30 = inv_en && e_valid$30$q && (~inv_use_va || ((e_vpn_1g$30$q == iv_1g) && (e_is1g$30 || (e_vpn_2m$30$q == iv_2m)) && (~e_is4k$30 || (e_vpn_4k$30$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$30$q == inv_pcid) || (inv_glob_wild && e_glob$30$q)) && ~(inv_keep_glob && e_glob$30$q);
        inv_drop$31 = inv_en && e_valid$31$q && (~inv_use_va || ((e_vpn_1g$31$q == iv_1g) && (e_is1g$31 || (e_vpn_2m$31$q == iv_2m)) && (~e_is4k$31 || (e_vpn_4k$31$q == iv_4k)))) && (~inv_use_pcid || (e_pcid$31$q == inv_pcid) || (inv_glob_wild && e_glob$31$q)) && ~(inv_keep_glob && e_glob$31$q);
        if (fill_en && fl_slot$0) begin
            e_valid$0$d = 1'b1;
            e_vpn_1g$0$d = fl_1g;
            e_vpn_2m$0$d = fl_2m;
            e_vpn_4k$0$d = fl_4k;
            e_size$0$d = fill_size;
            e_pcid$0$d = fill_pcid;
            e_glob$0$d = fill_glob;
            e_pfn$0$d = fill_pfn & pfn_mask;
            e_writable$0$d = fill_writable;
            e_user$0$d = fill_user;
            e_xd$0$d = fill_xd;
            e_dirty$0$d = fill_dirty;
            e_pkey$0$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$0) || inv_drop$0) begin
            e_valid$0$d = 1'b0;
        end
        if (reset) begin
            e_valid$0$d = 1'b0;
        end
        if (fill_en && fl_slot$1) begin
            e_valid$1$d = 1'b1;
            e_vpn_1g$1$d = fl_1g;
            e_vpn_2m$1$d = fl_2m;
            e_vpn_4k$1$d = fl_4k;
            e_size$1$d = fill_size;
            e_pcid$1$d = fill_pcid;
            e_glob$1$d = fill_glob;
            e_pfn$1$d = fill_pfn & pfn_mask;
            e_writable$1$d = fill_writable;
            e_user$1$d = fill_user;
            e_xd$1$d = fill_xd;
            e_dirty$1$d = fill_dirty;
            e_pkey$1$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$1) || inv_drop$1) begin
            e_valid$1$d = 1'b0;
        end
        if (reset) begin
            e_valid$1$d = 1'b0;
        end
        if (fill_en && fl_slot$2) begin
            e_valid$2$d = 1'b1;
            e_vpn_1g$2$d = fl_1g;
            e_vpn_2m$2$d = fl_2m;
            e_vpn_4k$2$d = fl_4k;
            e_size$2$d = fill_size;
            e_pcid$2$d = fill_pcid;
            e_glob$2$d = fill_glob;
            e_pfn$2$d = fill_pfn & pfn_mask;
            e_writable$2$d = fill_writable;
            e_user$2$d = fill_user;
            e_xd$2$d = fill_xd;
            e_dirty$2$d = fill_dirty;
            e_pkey$2$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$2) || inv_drop$2) begin
            e_valid$2$d = 1'b0;
        end
        if (reset) begin
            e_valid$2$d = 1'b0;
        end
        if (fill_en && fl_slot$3) begin
            e_valid$3$d = 1'b1;
            e_vpn_1g$3$d = fl_1g;
            e_vpn_2m$3$d = fl_2m;
            e_vpn_4k$3$d = fl_4k;
            e_size$3$d = fill_size;
            e_pcid$3$d = fill_pcid;
            e_glob$3$d = fill_glob;
            e_pfn$3$d = fill_pfn & pfn_mask;
            e_writable$3$d = fill_writable;
            e_user$3$d = fill_user;
            e_xd$3$d = fill_xd;
            e_dirty$3$d = fill_dirty;
            e_pkey$3$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$3) || inv_drop$3) begin
            e_valid$3$d = 1'b0;
        end
        if (reset) begin
            e_valid$3$d = 1'b0;
        end
        if (fill_en && fl_slot$4) begin
            e_valid$4$d = 1'b1;
            e_vpn_1g$4$d = fl_1g;
            e_vpn_2m$4$d = fl_2m;
            e_vpn_4k$4$d = fl_4k;
            e_size$4$d = fill_size;
            e_pcid$4$d = fill_pcid;
            e_glob$4$d = fill_glob;
            e_pfn$4$d = fill_pfn & pfn_mask;
            e_writable$4$d = fill_writable;
            e_user$4$d = fill_user;
            e_xd$4$d = fill_xd;
            e_dirty$4$d = fill_dirty;
            e_pkey$4$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$4) || inv_drop$4) begin
            e_valid$4$d = 1'b0;
        end
        if (reset) begin
            e_valid$4$d = 1'b0;
        end
        if (fill_en && fl_slot$5) begin
            e_valid$5$d = 1'b1;
            e_vpn_1g$5$d = fl_1g;
            e_vpn_2m$5$d = fl_2m;
            e_vpn_4k$5$d = fl_4k;
            e_size$5$d = fill_size;
            e_pcid$5$d = fill_pcid;
            e_glob$5$d = fill_glob;
            e_pfn$5$d = fill_pfn & pfn_mask;
            e_writable$5$d = fill_writable;
            e_user$5$d = fill_user;
            e_xd$5$d = fill_xd;
            e_dirty$5$d = fill_dirty;
            e_pkey$5$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$5) || inv_drop$5) begin
            e_valid$5$d = 1'b0;
        end
        if (reset) begin
            e_valid$5$d = 1'b0;
        end
        if (fill_en && fl_slot$6) begin
            e_valid$6$d = 1'b1;
            e_vpn_1g$6$d = fl_1g;
            e_vpn_2m$6$d = fl_2m;
            e_vpn_4k$6$d = fl_4k;
            e_size$6$d = fill_size;
            e_pcid$6$d = fill_pcid;
            e_glob$6$d = fill_glob;
            e_pfn$6$d = fill_pfn & pfn_mask;
            e_writable$6$d = fill_writable;
            e_user$6$d = fill_user;
            e_xd$6$d = fill_xd;
            e_dirty$6$d = fill_dirty;
            e_pkey$6$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$6) || inv_drop$6) begin
            e_valid$6$d = 1'b0;
        end
        if (reset) begin
            e_valid$6$d = 1'b0;
        end
        if (fill_en && fl_slot$7) begin
            e_valid$7$d = 1'b1;
            e_vpn_1g$7$d = fl_1g;
            e_vpn_2m$7$d = fl_2m;
            e_vpn_4k$7$d = fl_4k;
            e_size$7$d = fill_size;
            e_pcid$7$d = fill_pcid;
            e_glob$7$d = fill_glob;
            e_pfn$7$d = fill_pfn & pfn_mask;
            e_writable$7$d = fill_writable;
            e_user$7$d = fill_user;
            e_xd$7$d = fill_xd;
            e_dirty$7$d = fill_dirty;
            e_pkey$7$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$7) || inv_drop$7) begin
            e_valid$7$d = 1'b0;
        end
        if (reset) begin
            e_valid$7$d = 1'b0;
        end
        if (fill_en && fl_slot$8) begin
            e_valid$8$d = 1'b1;
            e_vpn_1g$8$d = fl_1g;
            e_vpn_2m$8$d = fl_2m;
            e_vpn_4k$8$d = fl_4k;
            e_size$8$d = fill_size;
            e_pcid$8$d = fill_pcid;
            e_glob$8$d = fill_glob;
            e_pfn$8$d = fill_pfn & pfn_mask;
            e_writable$8$d = fill_writable;
            e_user$8$d = fill_user;
            e_xd$8$d = fill_xd;
            e_dirty$8$d = fill_dirty;
            e_pkey$8$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$8) || inv_drop$8) begin
            e_valid$8$d = 1'b0;
        end
        if (reset) begin
            e_valid$8$d = 1'b0;
        end
        if (fill_en && fl_slot$9) begin
            e_valid$9$d = 1'b1;
            e_vpn_1g$9$d = fl_1g;
            e_vpn_2m$9$d = fl_2m;
            e_vpn_4k$9$d = fl_4k;
            e_size$9$d = fill_size;
            e_pcid$9$d = fill_pcid;
            e_glob$9$d = fill_glob;
            e_pfn$9$d = fill_pfn & pfn_mask;
            e_writable$9$d = fill_writable;
            e_user$9$d = fill_user;
            e_xd$9$d = fill_xd;
            e_dirty$9$d = fill_dirty;
            e_pkey$9$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$9) || inv_drop$9) begin
            e_valid$9$d = 1'b0;
        end
        if (reset) begin
            e_valid$9$d = 1'b0;
        end
        if (fill_en && fl_slot$10) begin
            e_valid$10$d = 1'b1;
            e_vpn_1g$10$d = fl_1g;
            e_vpn_2m$10$d = fl_2m;
            e_vpn_4k$10$d = fl_4k;
            e_size$10$d = fill_size;
            e_pcid$10$d = fill_pcid;
            e_glob$10$d = fill_glob;
            e_pfn$10$d = fill_pfn & pfn_mask;
            e_writable$10$d = fill_writable;
            e_user$10$d = fill_user;
            e_xd$10$d = fill_xd;
            e_dirty$10$d = fill_dirty;
            e_pkey$10$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$10) || inv_drop$10) begin
            e_valid$10$d = 1'b0;
        end
        if (reset) begin
            e_valid$10$d = 1'b0;
        end
        if (fill_en && fl_slot$11) begin
            e_valid$11$d = 1'b1;
            e_vpn_1g$11$d = fl_1g;
            e_vpn_2m$11$d = fl_2m;
            e_vpn_4k$11$d = fl_4k;
            e_size$11$d = fill_size;
            e_pcid$11$d = fill_pcid;
            e_glob$11$d = fill_glob;
            e_pfn$11$d = fill_pfn & pfn_mask;
            e_writable$11$d = fill_writable;
            e_user$11$d = fill_user;
            e_xd$11$d = fill_xd;
            e_dirty$11$d = fill_dirty;
            e_pkey$11$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$11) || inv_drop$11) begin
            e_valid$11$d = 1'b0;
        end
        if (reset) begin
            e_valid$11$d = 1'b0;
        end
        if (fill_en && fl_slot$12) begin
            e_valid$12$d = 1'b1;
            e_vpn_1g$12$d = fl_1g;
            e_vpn_2m$12$d = fl_2m;
            e_vpn_4k$12$d = fl_4k;
            e_size$12$d = fill_size;
            e_pcid$12$d = fill_pcid;
            e_glob$12$d = fill_glob;
            e_pfn$12$d = fill_pfn & pfn_mask;
            e_writable$12$d = fill_writable;
            e_user$12$d = fill_user;
            e_xd$12$d = fill_xd;
            e_dirty$12$d = fill_dirty;
            e_pkey$12$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$12) || inv_drop$12) begin
            e_valid$12$d = 1'b0;
        end
        if (reset) begin
            e_valid$12$d = 1'b0;
        end
        if (fill_en && fl_slot$13) begin
            e_valid$13$d = 1'b1;
            e_vpn_1g$13$d = fl_1g;
            e_vpn_2m$13$d = fl_2m;
            e_vpn_4k$13$d = fl_4k;
            e_size$13$d = fill_size;
            e_pcid$13$d = fill_pcid;
            e_glob$13$d = fill_glob;
            e_pfn$13$d = fill_pfn & pfn_mask;
            e_writable$13$d = fill_writable;
            e_user$13$d = fill_user;
            e_xd$13$d = fill_xd;
            e_dirty$13$d = fill_dirty;
            e_pkey$13$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$13) || inv_drop$13) begin
            e_valid$13$d = 1'b0;
        end
        if (reset) begin
            e_valid$13$d = 1'b0;
        end
        if (fill_en && fl_slot$14) begin
            e_valid$14$d = 1'b1;
            e_vpn_1g$14$d = fl_1g;
            e_vpn_2m$14$d = fl_2m;
            e_vpn_4k$14$d = fl_4k;
            e_size$14$d = fill_size;
            e_pcid$14$d = fill_pcid;
            e_glob$14$d = fill_glob;
            e_pfn$14$d = fill_pfn & pfn_mask;
            e_writable$14$d = fill_writable;
            e_user$14$d = fill_user;
            e_xd$14$d = fill_xd;
            e_dirty$14$d = fill_dirty;
            e_pkey$14$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$14) || inv_drop$14) begin
            e_valid$14$d = 1'b0;
        end
        if (reset) begin
            e_valid$14$d = 1'b0;
        end
        if (fill_en && fl_slot$15) begin
            e_valid$15$d = 1'b1;
            e_vpn_1g$15$d = fl_1g;
            e_vpn_2m$15$d = fl_2m;
            e_vpn_4k$15$d = fl_4k;
            e_size$15$d = fill_size;
            e_pcid$15$d = fill_pcid;
            e_glob$15$d = fill_glob;
            e_pfn$15$d = fill_pfn & pfn_mask;
            e_writable$15$d = fill_writable;
            e_user$15$d = fill_user;
            e_xd$15$d = fill_xd;
            e_dirty$15$d = fill_dirty;
            e_pkey$15$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$15) || inv_drop$15) begin
            e_valid$15$d = 1'b0;
        end
        if (reset) begin
            e_valid$15$d = 1'b0;
        end
        if (fill_en && fl_slot$16) begin
            e_valid$16$d = 1'b1;
            e_vpn_1g$16$d = fl_1g;
            e_vpn_2m$16$d = fl_2m;
            e_vpn_4k$16$d = fl_4k;
            e_size$16$d = fill_size;
            e_pcid$16$d = fill_pcid;
            e_glob$16$d = fill_glob;
            e_pfn$16$d = fill_pfn & pfn_mask;
            e_writable$16$d = fill_writable;
            e_user$16$d = fill_user;
            e_xd$16$d = fill_xd;
            e_dirty$16$d = fill_dirty;
            e_pkey$16$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$16) || inv_drop$16) begin
            e_valid$16$d = 1'b0;
        end
        if (reset) begin
            e_valid$16$d = 1'b0;
        end
        if (fill_en && fl_slot$17) begin
            e_valid$17$d = 1'b1;
            e_vpn_1g$17$d = fl_1g;
            e_vpn_2m$17$d = fl_2m;
            e_vpn_4k$17$d = fl_4k;
            e_size$17$d = fill_size;
            e_pcid$17$d = fill_pcid;
            e_glob$17$d = fill_glob;
            e_pfn$17$d = fill_pfn & pfn_mask;
            e_writable$17$d = fill_writable;
            e_user$17$d = fill_user;
            e_xd$17$d = fill_xd;
            e_dirty$17$d = fill_dirty;
            e_pkey$17$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$17) || inv_drop$17) begin
            e_valid$17$d = 1'b0;
        end
        if (reset) begin
            e_valid$17$d = 1'b0;
        end
        if (fill_en && fl_slot$18) begin
            e_valid$18$d = 1'b1;
            e_vpn_1g$18$d = fl_1g;
            e_vpn_2m$18$d = fl_2m;
            e_vpn_4k$18$d = fl_4k;
            e_size$18$d = fill_size;
            e_pcid$18$d = fill_pcid;
            e_glob$18$d = fill_glob;
            e_pfn$18$d = fill_pfn & pfn_mask;
            e_writable$18$d = fill_writable;
            e_user$18$d = fill_user;
            e_xd$18$d = fill_xd;
            e_dirty$18$d = fill_dirty;
            e_pkey$18$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$18) || inv_drop$18) begin
            e_valid$18$d = 1'b0;
        end
        if (reset) begin
            e_valid$18$d = 1'b0;
        end
        if (fill_en && fl_slot$19) begin
            e_valid$19$d = 1'b1;
            e_vpn_1g$19$d = fl_1g;
            e_vpn_2m$19$d = fl_2m;
            e_vpn_4k$19$d = fl_4k;
            e_size$19$d = fill_size;
            e_pcid$19$d = fill_pcid;
            e_glob$19$d = fill_glob;
            e_pfn$19$d = fill_pfn & pfn_mask;
            e_writable$19$d = fill_writable;
            e_user$19$d = fill_user;
            e_xd$19$d = fill_xd;
            e_dirty$19$d = fill_dirty;
            e_pkey$19$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$19) || inv_drop$19) begin
            e_valid$19$d = 1'b0;
        end
        if (reset) begin
            e_valid$19$d = 1'b0;
        end
        if (fill_en && fl_slot$20) begin
            e_valid$20$d = 1'b1;
            e_vpn_1g$20$d = fl_1g;
            e_vpn_2m$20$d = fl_2m;
            e_vpn_4k$20$d = fl_4k;
            e_size$20$d = fill_size;
            e_pcid$20$d = fill_pcid;
            e_glob$20$d = fill_glob;
            e_pfn$20$d = fill_pfn & pfn_mask;
            e_writable$20$d = fill_writable;
            e_user$20$d = fill_user;
            e_xd$20$d = fill_xd;
            e_dirty$20$d = fill_dirty;
            e_pkey$20$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$20) || inv_drop$20) begin
            e_valid$20$d = 1'b0;
        end
        if (reset) begin
            e_valid$20$d = 1'b0;
        end
        if (fill_en && fl_slot$21) begin
            e_valid$21$d = 1'b1;
            e_vpn_1g$21$d = fl_1g;
            e_vpn_2m$21$d = fl_2m;
            e_vpn_4k$21$d = fl_4k;
            e_size$21$d = fill_size;
            e_pcid$21$d = fill_pcid;
            e_glob$21$d = fill_glob;
            e_pfn$21$d = fill_pfn & pfn_mask;
            e_writable$21$d = fill_writable;
            e_user$21$d = fill_user;
            e_xd$21$d = fill_xd;
            e_dirty$21$d = fill_dirty;
            e_pkey$21$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$21) || inv_drop$21) begin
            e_valid$21$d = 1'b0;
        end
        if (reset) begin
            e_valid$21$d = 1'b0;
        end
        if (fill_en && fl_slot$22) begin
            e_valid$22$d = 1'b1;
            e_vpn_1g$22$d = fl_1g;
            e_vpn_2m$22$d = fl_2m;
            e_vpn_4k$22$d = fl_4k;
            e_size$22$d = fill_size;
            e_pcid$22$d = fill_pcid;
            e_glob$22$d = fill_glob;
            e_pfn$22$d = fill_pfn & pfn_mask;
            e_writable$22$d = fill_writable;
            e_user$22$d = fill_user;
            e_xd$22$d = fill_xd;
            e_dirty$22$d = fill_dirty;
            e_pkey$22$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$22) || inv_drop$22) begin
            e_valid$22$d = 1'b0;
        end
        if (reset) begin
            e_valid$22$d = 1'b0;
        end
        if (fill_en && fl_slot$23) begin
            e_valid$23$d = 1'b1;
            e_vpn_1g$23$d = fl_1g;
            e_vpn_2m$23$d = fl_2m;
            e_vpn_4k$23$d = fl_4k;
            e_size$23$d = fill_size;
            e_pcid$23$d = fill_pcid;
            e_glob$23$d = fill_glob;
            e_pfn$23$d = fill_pfn & pfn_mask;
            e_writable$23$d = fill_writable;
            e_user$23$d = fill_user;
            e_xd$23$d = fill_xd;
            e_dirty$23$d = fill_dirty;
            e_pkey$23$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$23) || inv_drop$23) begin
            e_valid$23$d = 1'b0;
        end
        if (reset) begin
            e_valid$23$d = 1'b0;
        end
        if (fill_en && fl_slot$24) begin
            e_valid$24$d = 1'b1;
            e_vpn_1g$24$d = fl_1g;
            e_vpn_2m$24$d = fl_2m;
            e_vpn_4k$24$d = fl_4k;
            e_size$24$d = fill_size;
            e_pcid$24$d = fill_pcid;
            e_glob$24$d = fill_glob;
            e_pfn$24$d = fill_pfn & pfn_mask;
            e_writable$24$d = fill_writable;
            e_user$24$d = fill_user;
            e_xd$24$d = fill_xd;
            e_dirty$24$d = fill_dirty;
            e_pkey$24$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$24) || inv_drop$24) begin
            e_valid$24$d = 1'b0;
        end
        if (reset) begin
            e_valid$24$d = 1'b0;
        end
        if (fill_en && fl_slot$25) begin
            e_valid$25$d = 1'b1;
            e_vpn_1g$25$d = fl_1g;
            e_vpn_2m$25$d = fl_2m;
            e_vpn_4k$25$d = fl_4k;
            e_size$25$d = fill_size;
            e_pcid$25$d = fill_pcid;
            e_glob$25$d = fill_glob;
            e_pfn$25$d = fill_pfn & pfn_mask;
            e_writable$25$d = fill_writable;
            e_user$25$d = fill_user;
            e_xd$25$d = fill_xd;
            e_dirty$25$d = fill_dirty;
            e_pkey$25$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$25) || inv_drop$25) begin
            e_valid$25$d = 1'b0;
        end
        if (reset) begin
            e_valid$25$d = 1'b0;
        end
        if (fill_en && fl_slot$26) begin
            e_valid$26$d = 1'b1;
            e_vpn_1g$26$d = fl_1g;
            e_vpn_2m$26$d = fl_2m;
            e_vpn_4k$26$d = fl_4k;
            e_size$26$d = fill_size;
            e_pcid$26$d = fill_pcid;
            e_glob$26$d = fill_glob;
            e_pfn$26$d = fill_pfn & pfn_mask;
            e_writable$26$d = fill_writable;
            e_user$26$d = fill_user;
            e_xd$26$d = fill_xd;
            e_dirty$26$d = fill_dirty;
            e_pkey$26$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$26) || inv_drop$26) begin
            e_valid$26$d = 1'b0;
        end
        if (reset) begin
            e_valid$26$d = 1'b0;
        end
        if (fill_en && fl_slot$27) begin
            e_valid$27$d = 1'b1;
            e_vpn_1g$27$d = fl_1g;
            e_vpn_2m$27$d = fl_2m;
            e_vpn_4k$27$d = fl_4k;
            e_size$27$d = fill_size;
            e_pcid$27$d = fill_pcid;
            e_glob$27$d = fill_glob;
            e_pfn$27$d = fill_pfn & pfn_mask;
            e_writable$27$d = fill_writable;
            e_user$27$d = fill_user;
            e_xd$27$d = fill_xd;
            e_dirty$27$d = fill_dirty;
            e_pkey$27$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$27) || inv_drop$27) begin
            e_valid$27$d = 1'b0;
        end
        if (reset) begin
            e_valid$27$d = 1'b0;
        end
        if (fill_en && fl_slot$28) begin
            e_valid$28$d = 1'b1;
            e_vpn_1g$28$d = fl_1g;
            e_vpn_2m$28$d = fl_2m;
            e_vpn_4k$28$d = fl_4k;
            e_size$28$d = fill_size;
            e_pcid$28$d = fill_pcid;
            e_glob$28$d = fill_glob;
            e_pfn$28$d = fill_pfn & pfn_mask;
            e_writable$28$d = fill_writable;
            e_user$28$d = fill_user;
            e_xd$28$d = fill_xd;
            e_dirty$28$d = fill_dirty;
            e_pkey$28$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$28) || inv_drop$28) begin
            e_valid$28$d = 1'b0;
        end
        if (reset) begin
            e_valid$28$d = 1'b0;
        end
        if (fill_en && fl_slot$29) begin
            e_valid$29$d = 1'b1;
            e_vpn_1g$29$d = fl_1g;
            e_vpn_2m$29$d = fl_2m;
            e_vpn_4k$29$d = fl_4k;
            e_size$29$d = fill_size;
            e_pcid$29$d = fill_pcid;
            e_glob$29$d = fill_glob;
            e_pfn$29$d = fill_pfn & pfn_mask;
            e_writable$29$d = fill_writable;
            e_user$29$d = fill_user;
            e_xd$29$d = fill_xd;
            e_dirty$29$d = fill_dirty;
            e_pkey$29$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$29) || inv_drop$29) begin
            e_valid$29$d = 1'b0;
        end
        if (reset) begin
            e_valid$29$d = 1'b0;
        end
        if (fill_en && fl_slot$30) begin
            e_valid$30$d = 1'b1;
            e_vpn_1g$30$d = fl_1g;
            e_vpn_2m$30$d = fl_2m;
            e_vpn_4k$30$d = fl_4k;
            e_size$30$d = fill_size;
            e_pcid$30$d = fill_pcid;
            e_glob$30$d = fill_glob;
            e_pfn$30$d = fill_pfn & pfn_mask;
            e_writable$30$d = fill_writable;
            e_user$30$d = fill_user;
            e_xd$30$d = fill_xd;
            e_dirty$30$d = fill_dirty;
            e_pkey$30$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$30) || inv_drop$30) begin
            e_valid$30$d = 1'b0;
        end
        if (reset) begin
            e_valid$30$d = 1'b0;
        end
        if (fill_en && fl_slot$31) begin
            e_valid$31$d = 1'b1;
            e_vpn_1g$31$d = fl_1g;
            e_vpn_2m$31$d = fl_2m;
            e_vpn_4k$31$d = fl_4k;
            e_size$31$d = fill_size;
            e_pcid$31$d = fill_pcid;
            e_glob$31$d = fill_glob;
            e_pfn$31$d = fill_pfn & pfn_mask;
            e_writable$31$d = fill_writable;
            e_user$31$d = fill_user;
            e_xd$31$d = fill_xd;
            e_dirty$31$d = fill_dirty;
            e_pkey$31$d = fill_pkey;
        end
        else if ((fill_en && fl_overlap$31) || inv_drop$31) begin
            e_valid$31$d = 1'b0;
        end
        if (reset) begin
            e_valid$31$d = 1'b0;
        end
        if (fill_en && ~fl_found) begin
            victim$d = victim$q + 32'h1;
        end
        if (reset) begin
            victim$d = 32'h0;
        end
        hit = l_hit;
        hit_idx = l_hit_idx;
        hit_size = l_hit_size;
        hit_pfn = l_hit_pfn;
        hit_glob = l_hit_glob;
        hit_writable = l_hit_writable;
        hit_user = l_hit_user;
        hit_xd = l_hit_xd;
        hit_dirty = l_hit_dirty;
        hit_pkey = l_hit_pkey;
        fill_idx = l_fill_idx;
    end
    
endmodule // mmu$tlb


module mmu$tlb$e_dirty$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$0


module mmu$tlb$e_dirty$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$1


module mmu$tlb$e_dirty$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$10


module mmu$tlb$e_dirty$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$11


module mmu$tlb$e_dirty$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$12


module mmu$tlb$e_dirty$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$13


module mmu$tlb$e_dirty$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$14


module mmu$tlb$e_dirty$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$15


module mmu$tlb$e_dirty$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$16


module mmu$tlb$e_dirty$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$17


module mmu$tlb$e_dirty$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$18


module mmu$tlb$e_dirty$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$19


module mmu$tlb$e_dirty$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$2


module mmu$tlb$e_dirty$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$20


module mmu$tlb$e_dirty$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$21


module mmu$tlb$e_dirty$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$22


module mmu$tlb$e_dirty$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$23


module mmu$tlb$e_dirty$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$24


module mmu$tlb$e_dirty$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$25


module mmu$tlb$e_dirty$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$26


module mmu$tlb$e_dirty$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$27


module mmu$tlb$e_dirty$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$28


module mmu$tlb$e_dirty$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$29


module mmu$tlb$e_dirty$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$3


module mmu$tlb$e_dirty$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$30


module mmu$tlb$e_dirty$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$31


module mmu$tlb$e_dirty$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$4


module mmu$tlb$e_dirty$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$5


module mmu$tlb$e_dirty$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$6


module mmu$tlb$e_dirty$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$7


module mmu$tlb$e_dirty$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$8


module mmu$tlb$e_dirty$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_dirty$9


module mmu$tlb$e_glob$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$0


module mmu$tlb$e_glob$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$1


module mmu$tlb$e_glob$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$10


module mmu$tlb$e_glob$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$11


module mmu$tlb$e_glob$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$12


module mmu$tlb$e_glob$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$13


module mmu$tlb$e_glob$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$14


module mmu$tlb$e_glob$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$15


module mmu$tlb$e_glob$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$16


module mmu$tlb$e_glob$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$17


module mmu$tlb$e_glob$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$18


module mmu$tlb$e_glob$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$19


module mmu$tlb$e_glob$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$2


module mmu$tlb$e_glob$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$20


module mmu$tlb$e_glob$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$21


module mmu$tlb$e_glob$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$22


module mmu$tlb$e_glob$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$23


module mmu$tlb$e_glob$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$24


module mmu$tlb$e_glob$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$25


module mmu$tlb$e_glob$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$26


module mmu$tlb$e_glob$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$27


module mmu$tlb$e_glob$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$28


module mmu$tlb$e_glob$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$29


module mmu$tlb$e_glob$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$3


module mmu$tlb$e_glob$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$30


module mmu$tlb$e_glob$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$31


module mmu$tlb$e_glob$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$4


module mmu$tlb$e_glob$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$5


module mmu$tlb$e_glob$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$6


module mmu$tlb$e_glob$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$7


module mmu$tlb$e_glob$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$8


module mmu$tlb$e_glob$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_glob$9


module mmu$tlb$e_pcid$0(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$0


module mmu$tlb$e_pcid$1(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$1


module mmu$tlb$e_pcid$10(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$10


module mmu$tlb$e_pcid$11(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$11


module mmu$tlb$e_pcid$12(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$12


module mmu$tlb$e_pcid$13(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$13


module mmu$tlb$e_pcid$14(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$14


module mmu$tlb$e_pcid$15(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$15


module mmu$tlb$e_pcid$16(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$16


module mmu$tlb$e_pcid$17(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$17


module mmu$tlb$e_pcid$18(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$18


module mmu$tlb$e_pcid$19(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$19


module mmu$tlb$e_pcid$2(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$2


module mmu$tlb$e_pcid$20(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$20


module mmu$tlb$e_pcid$21(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$21


module mmu$tlb$e_pcid$22(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$22


module mmu$tlb$e_pcid$23(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$23


module mmu$tlb$e_pcid$24(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$24


module mmu$tlb$e_pcid$25(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$25


module mmu$tlb$e_pcid$26(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$26


module mmu$tlb$e_pcid$27(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$27


module mmu$tlb$e_pcid$28(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$28


module mmu$tlb$e_pcid$29(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$29


module mmu$tlb$e_pcid$3(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$3


module mmu$tlb$e_pcid$30(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$30


module mmu$tlb$e_pcid$31(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$31


module mmu$tlb$e_pcid$4(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$4


module mmu$tlb$e_pcid$5(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$5


module mmu$tlb$e_pcid$6(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$6


module mmu$tlb$e_pcid$7(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$7


module mmu$tlb$e_pcid$8(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$8


module mmu$tlb$e_pcid$9(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pcid$9


module mmu$tlb$e_pfn$0(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$0


module mmu$tlb$e_pfn$1(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$1


module mmu$tlb$e_pfn$10(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$10


module mmu$tlb$e_pfn$11(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$11


module mmu$tlb$e_pfn$12(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$12


module mmu$tlb$e_pfn$13(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$13


module mmu$tlb$e_pfn$14(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$14


module mmu$tlb$e_pfn$15(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$15


module mmu$tlb$e_pfn$16(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$16


module mmu$tlb$e_pfn$17(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$17


module mmu$tlb$e_pfn$18(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$18


module mmu$tlb$e_pfn$19(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$19


module mmu$tlb$e_pfn$2(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$2


module mmu$tlb$e_pfn$20(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$20


module mmu$tlb$e_pfn$21(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$21


module mmu$tlb$e_pfn$22(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$22


module mmu$tlb$e_pfn$23(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$23


module mmu$tlb$e_pfn$24(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$24


module mmu$tlb$e_pfn$25(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$25


module mmu$tlb$e_pfn$26(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$26


module mmu$tlb$e_pfn$27(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$27


module mmu$tlb$e_pfn$28(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$28


module mmu$tlb$e_pfn$29(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$29


module mmu$tlb$e_pfn$3(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$3


module mmu$tlb$e_pfn$30(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$30


module mmu$tlb$e_pfn$31(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$31


module mmu$tlb$e_pfn$4(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$4


module mmu$tlb$e_pfn$5(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$5


module mmu$tlb$e_pfn$6(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$6


module mmu$tlb$e_pfn$7(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$7


module mmu$tlb$e_pfn$8(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$8


module mmu$tlb$e_pfn$9(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pfn$9


module mmu$tlb$e_pkey$0(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$0


module mmu$tlb$e_pkey$1(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$1


module mmu$tlb$e_pkey$10(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$10


module mmu$tlb$e_pkey$11(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$11


module mmu$tlb$e_pkey$12(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$12


module mmu$tlb$e_pkey$13(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$13


module mmu$tlb$e_pkey$14(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$14


module mmu$tlb$e_pkey$15(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$15


module mmu$tlb$e_pkey$16(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$16


module mmu$tlb$e_pkey$17(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$17


module mmu$tlb$e_pkey$18(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$18


module mmu$tlb$e_pkey$19(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$19


module mmu$tlb$e_pkey$2(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$2


module mmu$tlb$e_pkey$20(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$20


module mmu$tlb$e_pkey$21(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$21


module mmu$tlb$e_pkey$22(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$22


module mmu$tlb$e_pkey$23(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$23


module mmu$tlb$e_pkey$24(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$24


module mmu$tlb$e_pkey$25(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$25


module mmu$tlb$e_pkey$26(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$26


module mmu$tlb$e_pkey$27(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$27


module mmu$tlb$e_pkey$28(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$28


module mmu$tlb$e_pkey$29(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$29


module mmu$tlb$e_pkey$3(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$3


module mmu$tlb$e_pkey$30(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$30


module mmu$tlb$e_pkey$31(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$31


module mmu$tlb$e_pkey$4(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$4


module mmu$tlb$e_pkey$5(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$5


module mmu$tlb$e_pkey$6(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$6


module mmu$tlb$e_pkey$7(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$7


module mmu$tlb$e_pkey$8(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$8


module mmu$tlb$e_pkey$9(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_pkey$9


module mmu$tlb$e_size$0(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$0


module mmu$tlb$e_size$1(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$1


module mmu$tlb$e_size$10(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$10


module mmu$tlb$e_size$11(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$11


module mmu$tlb$e_size$12(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$12


module mmu$tlb$e_size$13(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$13


module mmu$tlb$e_size$14(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$14


module mmu$tlb$e_size$15(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$15


module mmu$tlb$e_size$16(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$16


module mmu$tlb$e_size$17(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$17


module mmu$tlb$e_size$18(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$18


module mmu$tlb$e_size$19(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$19


module mmu$tlb$e_size$2(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$2


module mmu$tlb$e_size$20(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$20


module mmu$tlb$e_size$21(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$21


module mmu$tlb$e_size$22(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$22


module mmu$tlb$e_size$23(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$23


module mmu$tlb$e_size$24(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$24


module mmu$tlb$e_size$25(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$25


module mmu$tlb$e_size$26(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$26


module mmu$tlb$e_size$27(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$27


module mmu$tlb$e_size$28(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$28


module mmu$tlb$e_size$29(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$29


module mmu$tlb$e_size$3(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$3


module mmu$tlb$e_size$30(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$30


module mmu$tlb$e_size$31(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$31


module mmu$tlb$e_size$4(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$4


module mmu$tlb$e_size$5(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$5


module mmu$tlb$e_size$6(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$6


module mmu$tlb$e_size$7(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$7


module mmu$tlb$e_size$8(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$8


module mmu$tlb$e_size$9(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_size$9


module mmu$tlb$e_user$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$0


module mmu$tlb$e_user$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$1


module mmu$tlb$e_user$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$10


module mmu$tlb$e_user$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$11


module mmu$tlb$e_user$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$12


module mmu$tlb$e_user$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$13


module mmu$tlb$e_user$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$14


module mmu$tlb$e_user$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$15


module mmu$tlb$e_user$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$16


module mmu$tlb$e_user$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$17


module mmu$tlb$e_user$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$18


module mmu$tlb$e_user$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$19


module mmu$tlb$e_user$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$2


module mmu$tlb$e_user$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$20


module mmu$tlb$e_user$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$21


module mmu$tlb$e_user$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$22


module mmu$tlb$e_user$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$23


module mmu$tlb$e_user$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$24


module mmu$tlb$e_user$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$25


module mmu$tlb$e_user$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$26


module mmu$tlb$e_user$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$27


module mmu$tlb$e_user$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$28


module mmu$tlb$e_user$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$29


module mmu$tlb$e_user$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$3


module mmu$tlb$e_user$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$30


module mmu$tlb$e_user$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$31


module mmu$tlb$e_user$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$4


module mmu$tlb$e_user$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$5


module mmu$tlb$e_user$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$6


module mmu$tlb$e_user$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$7


module mmu$tlb$e_user$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$8


module mmu$tlb$e_user$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_user$9


module mmu$tlb$e_valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$0


module mmu$tlb$e_valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$1


module mmu$tlb$e_valid$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$10


module mmu$tlb$e_valid$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$11


module mmu$tlb$e_valid$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$12


module mmu$tlb$e_valid$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$13


module mmu$tlb$e_valid$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$14


module mmu$tlb$e_valid$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$15


module mmu$tlb$e_valid$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$16


module mmu$tlb$e_valid$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$17


module mmu$tlb$e_valid$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$18


module mmu$tlb$e_valid$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$19


module mmu$tlb$e_valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$2


module mmu$tlb$e_valid$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$20


module mmu$tlb$e_valid$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$21


module mmu$tlb$e_valid$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$22


module mmu$tlb$e_valid$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$23


module mmu$tlb$e_valid$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$24


module mmu$tlb$e_valid$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$25


module mmu$tlb$e_valid$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$26


module mmu$tlb$e_valid$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$27


module mmu$tlb$e_valid$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$28


module mmu$tlb$e_valid$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$29


module mmu$tlb$e_valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$3


module mmu$tlb$e_valid$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$30


module mmu$tlb$e_valid$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$31


module mmu$tlb$e_valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$4


module mmu$tlb$e_valid$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$5


module mmu$tlb$e_valid$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$6


module mmu$tlb$e_valid$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$7


module mmu$tlb$e_valid$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$8


module mmu$tlb$e_valid$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_valid$9


module mmu$tlb$e_vpn_1g$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$0


module mmu$tlb$e_vpn_1g$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$1


module mmu$tlb$e_vpn_1g$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$10


module mmu$tlb$e_vpn_1g$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$11


module mmu$tlb$e_vpn_1g$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$12


module mmu$tlb$e_vpn_1g$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$13


module mmu$tlb$e_vpn_1g$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$14


module mmu$tlb$e_vpn_1g$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$15


module mmu$tlb$e_vpn_1g$16(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$16


module mmu$tlb$e_vpn_1g$17(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$17


module mmu$tlb$e_vpn_1g$18(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$18


module mmu$tlb$e_vpn_1g$19(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$19


module mmu$tlb$e_vpn_1g$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$2


module mmu$tlb$e_vpn_1g$20(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$20


module mmu$tlb$e_vpn_1g$21(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$21


module mmu$tlb$e_vpn_1g$22(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$22


module mmu$tlb$e_vpn_1g$23(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$23


module mmu$tlb$e_vpn_1g$24(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$24


module mmu$tlb$e_vpn_1g$25(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$25


module mmu$tlb$e_vpn_1g$26(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$26


module mmu$tlb$e_vpn_1g$27(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$27


module mmu$tlb$e_vpn_1g$28(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$28


module mmu$tlb$e_vpn_1g$29(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$29


module mmu$tlb$e_vpn_1g$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$3


module mmu$tlb$e_vpn_1g$30(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$30


module mmu$tlb$e_vpn_1g$31(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$31


module mmu$tlb$e_vpn_1g$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$4


module mmu$tlb$e_vpn_1g$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$5


module mmu$tlb$e_vpn_1g$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$6


module mmu$tlb$e_vpn_1g$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$7


module mmu$tlb$e_vpn_1g$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$8


module mmu$tlb$e_vpn_1g$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_1g$9


module mmu$tlb$e_vpn_2m$0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$0


module mmu$tlb$e_vpn_2m$1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$1


module mmu$tlb$e_vpn_2m$10(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$10


module mmu$tlb$e_vpn_2m$11(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$11


module mmu$tlb$e_vpn_2m$12(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$12


module mmu$tlb$e_vpn_2m$13(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$13


module mmu$tlb$e_vpn_2m$14(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$14


module mmu$tlb$e_vpn_2m$15(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$15


module mmu$tlb$e_vpn_2m$16(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$16


module mmu$tlb$e_vpn_2m$17(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$17


module mmu$tlb$e_vpn_2m$18(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$18


module mmu$tlb$e_vpn_2m$19(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$19


module mmu$tlb$e_vpn_2m$2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$2


module mmu$tlb$e_vpn_2m$20(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$20


module mmu$tlb$e_vpn_2m$21(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$21


module mmu$tlb$e_vpn_2m$22(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$22


module mmu$tlb$e_vpn_2m$23(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$23


module mmu$tlb$e_vpn_2m$24(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$24


module mmu$tlb$e_vpn_2m$25(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$25


module mmu$tlb$e_vpn_2m$26(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$26


module mmu$tlb$e_vpn_2m$27(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$27


module mmu$tlb$e_vpn_2m$28(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$28


module mmu$tlb$e_vpn_2m$29(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$29


module mmu$tlb$e_vpn_2m$3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$3


module mmu$tlb$e_vpn_2m$30(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$30


module mmu$tlb$e_vpn_2m$31(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$31


module mmu$tlb$e_vpn_2m$4(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$4


module mmu$tlb$e_vpn_2m$5(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$5


module mmu$tlb$e_vpn_2m$6(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$6


module mmu$tlb$e_vpn_2m$7(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$7


module mmu$tlb$e_vpn_2m$8(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$8


module mmu$tlb$e_vpn_2m$9(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_2m$9


module mmu$tlb$e_vpn_4k$0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$0


module mmu$tlb$e_vpn_4k$1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$1


module mmu$tlb$e_vpn_4k$10(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$10


module mmu$tlb$e_vpn_4k$11(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$11


module mmu$tlb$e_vpn_4k$12(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$12


module mmu$tlb$e_vpn_4k$13(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$13


module mmu$tlb$e_vpn_4k$14(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$14


module mmu$tlb$e_vpn_4k$15(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$15


module mmu$tlb$e_vpn_4k$16(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$16


module mmu$tlb$e_vpn_4k$17(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$17


module mmu$tlb$e_vpn_4k$18(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$18


module mmu$tlb$e_vpn_4k$19(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$19


module mmu$tlb$e_vpn_4k$2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$2


module mmu$tlb$e_vpn_4k$20(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$20


module mmu$tlb$e_vpn_4k$21(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$21


module mmu$tlb$e_vpn_4k$22(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$22


module mmu$tlb$e_vpn_4k$23(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$23


module mmu$tlb$e_vpn_4k$24(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$24


module mmu$tlb$e_vpn_4k$25(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$25


module mmu$tlb$e_vpn_4k$26(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$26


module mmu$tlb$e_vpn_4k$27(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$27


module mmu$tlb$e_vpn_4k$28(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$28


module mmu$tlb$e_vpn_4k$29(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$29


module mmu$tlb$e_vpn_4k$3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$3


module mmu$tlb$e_vpn_4k$30(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$30


module mmu$tlb$e_vpn_4k$31(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$31


module mmu$tlb$e_vpn_4k$4(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$4


module mmu$tlb$e_vpn_4k$5(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$5


module mmu$tlb$e_vpn_4k$6(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$6


module mmu$tlb$e_vpn_4k$7(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$7


module mmu$tlb$e_vpn_4k$8(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$8


module mmu$tlb$e_vpn_4k$9(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_vpn_4k$9


module mmu$tlb$e_writable$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$0


module mmu$tlb$e_writable$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$1


module mmu$tlb$e_writable$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$10


module mmu$tlb$e_writable$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$11


module mmu$tlb$e_writable$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$12


module mmu$tlb$e_writable$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$13


module mmu$tlb$e_writable$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$14


module mmu$tlb$e_writable$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$15


module mmu$tlb$e_writable$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$16


module mmu$tlb$e_writable$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$17


module mmu$tlb$e_writable$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$18


module mmu$tlb$e_writable$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$19


module mmu$tlb$e_writable$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$2


module mmu$tlb$e_writable$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$20


module mmu$tlb$e_writable$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$21


module mmu$tlb$e_writable$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$22


module mmu$tlb$e_writable$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$23


module mmu$tlb$e_writable$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$24


module mmu$tlb$e_writable$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$25


module mmu$tlb$e_writable$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$26


module mmu$tlb$e_writable$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$27


module mmu$tlb$e_writable$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$28


module mmu$tlb$e_writable$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$29


module mmu$tlb$e_writable$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$3


module mmu$tlb$e_writable$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$30


module mmu$tlb$e_writable$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$31


module mmu$tlb$e_writable$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$4


module mmu$tlb$e_writable$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$5


module mmu$tlb$e_writable$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$6


module mmu$tlb$e_writable$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$7


module mmu$tlb$e_writable$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$8


module mmu$tlb$e_writable$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_writable$9


module mmu$tlb$e_xd$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$0


module mmu$tlb$e_xd$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$1


module mmu$tlb$e_xd$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$10


module mmu$tlb$e_xd$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$11


module mmu$tlb$e_xd$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$12


module mmu$tlb$e_xd$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$13


module mmu$tlb$e_xd$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$14


module mmu$tlb$e_xd$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$15


module mmu$tlb$e_xd$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$16


module mmu$tlb$e_xd$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$17


module mmu$tlb$e_xd$18(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$18


module mmu$tlb$e_xd$19(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$19


module mmu$tlb$e_xd$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$2


module mmu$tlb$e_xd$20(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$20


module mmu$tlb$e_xd$21(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$21


module mmu$tlb$e_xd$22(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$22


module mmu$tlb$e_xd$23(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$23


module mmu$tlb$e_xd$24(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$24


module mmu$tlb$e_xd$25(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$25


module mmu$tlb$e_xd$26(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$26


module mmu$tlb$e_xd$27(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$27


module mmu$tlb$e_xd$28(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$28


module mmu$tlb$e_xd$29(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$29


module mmu$tlb$e_xd$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$3


module mmu$tlb$e_xd$30(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$30


module mmu$tlb$e_xd$31(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$31


module mmu$tlb$e_xd$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$4


module mmu$tlb$e_xd$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$5


module mmu$tlb$e_xd$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$6


module mmu$tlb$e_xd$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$7


module mmu$tlb$e_xd$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$8


module mmu$tlb$e_xd$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$e_xd$9


module mmu$tlb$victim(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$tlb$victim


module mmu$walker(clock,reset,start,pml4_base,vpn,is_write,pcid,cr4_pge,efer_nxe,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid,rights_user,rights_writable,rights_xd,rights_pkey,perm_allow,perm_code,mem_req_valid,mem_req_ready,mem_req_addr,mem_req_we,mem_req_wdata,mem_rsp_valid,mem_rsp_data,busy,done,fault,error_code,pfn,size,fill_en,fill_vpn,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,kill);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [39:0] pml4_base;
    input wire  [35:0] vpn;
    input wire  is_write;
    input wire  [11:0] pcid;
    input wire  cr4_pge;
    input wire  efer_nxe;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    output reg  rights_user;
    output reg  rights_writable;
    output reg  rights_xd;
    output reg  [3:0] rights_pkey;
    input wire  perm_allow;
    input wire  [5:0] perm_code;
    output reg  mem_req_valid;
    input wire  mem_req_ready;
    output reg  [51:0] mem_req_addr;
    output reg  mem_req_we;
    output reg  [63:0] mem_req_wdata;
    input wire  mem_rsp_valid;
    input wire  [63:0] mem_rsp_data;
    output reg  busy;
    output reg  done;
    output reg  fault;
    output reg  [5:0] error_code;
    output reg  [39:0] pfn;
    output reg  [1:0] size;
    output reg  fill_en;
    output reg  [35:0] fill_vpn;
    output reg  [1:0] fill_size;
    output reg  [11:0] fill_pcid;
    output reg  fill_glob;
    output reg  [39:0] fill_pfn;
    output reg  fill_writable;
    output reg  fill_user;
    output reg  fill_xd;
    output reg  fill_dirty;
    output reg  [3:0] fill_pkey;
    output reg  kill;
    
    // Constant declarations
    localparam  k_level$0 = 2'b0;
    localparam  k_level$1 = 2'b1;
    localparam  k_level$2 = 2'b10;
    localparam  k_level$3 = 2'b11;
    localparam  rsvd_mask = 64'hfff0000000000;
    localparam  pfn_mask = 40'hfffffff;
    localparam  pfn_1g = 40'hffc0000;
    localparam  pfn_2m = 40'hffffe00;
    localparam  bit_a = 64'h20;
    localparam  bit_ad = 64'h60;
    localparam  code_wui = 6'b10110;
    localparam  code_p_rsvd = 6'b1001;
    
    // Enums
    localparam WalkState$Idle = 0;
    localparam WalkState$ReadEntry = 1;
    localparam WalkState$CheckEntry = 2;
    localparam WalkState$PermCheck = 3;
    localparam WalkState$WriteBack = 4;
    localparam WalkState$AckWrite = 5;
    localparam WalkState$Done = 6;
    localparam WalkState$Fault = 7;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [1:0] level$d;
    wire  [1:0] level$q;
    reg  level$clock;
    reg  [39:0] base$d;
    wire  [39:0] base$q;
    reg  base$clock;
    reg  acc_user$d;
    wire  acc_user$q;
    reg  acc_user$clock;
    reg  acc_writable$d;
    wire  acc_writable$q;
    reg  acc_writable$clock;
    reg  acc_xd$d;
    wire  acc_xd$q;
    reg  acc_xd$clock;
    reg  leaf_known$d;
    wire  leaf_known$q;
    reg  leaf_known$clock;
    reg  [1:0] leaf_size$d;
    wire  [1:0] leaf_size$q;
    reg  leaf_size$clock;
    reg  [39:0] leaf_pfn$d;
    wire  [39:0] leaf_pfn$q;
    reg  leaf_pfn$clock;
    reg  leaf_glob$d;
    wire  leaf_glob$q;
    reg  leaf_glob$clock;
    reg  leaf_dirty$d;
    wire  leaf_dirty$q;
    reg  leaf_dirty$clock;
    reg  [3:0] leaf_pkey$d;
    wire  [3:0] leaf_pkey$q;
    reg  leaf_pkey$clock;
    reg  wb_need$0$d;
    wire  wb_need$0$q;
    reg  wb_need$0$clock;
    reg  wb_need$1$d;
    wire  wb_need$1$q;
    reg  wb_need$1$clock;
    reg  wb_need$2$d;
    wire  wb_need$2$q;
    reg  wb_need$2$clock;
    reg  wb_need$3$d;
    wire  wb_need$3$q;
    reg  wb_need$3$clock;
    reg  [51:0] wb_addr$0$d;
    wire  [51:0] wb_addr$0$q;
    reg  wb_addr$0$clock;
    reg  [51:0] wb_addr$1$d;
    wire  [51:0] wb_addr$1$q;
    reg  wb_addr$1$clock;
    reg  [51:0] wb_addr$2$d;
    wire  [51:0] wb_addr$2$q;
    reg  wb_addr$2$clock;
    reg  [51:0] wb_addr$3$d;
    wire  [51:0] wb_addr$3$q;
    reg  wb_addr$3$clock;
    reg  [63:0] wb_data$0$d;
    wire  [63:0] wb_data$0$q;
    reg  wb_data$0$clock;
    reg  [63:0] wb_data$1$d;
    wire  [63:0] wb_data$1$q;
    reg  wb_data$1$clock;
    reg  [63:0] wb_data$2$d;
    wire  [63:0] wb_data$2$q;
    reg  wb_data$2$clock;
    reg  [63:0] wb_data$3$d;
    wire  [63:0] wb_data$3$q;
    reg  wb_data$3$clock;
    reg  [5:0] code$d;
    wire  [5:0] code$q;
    reg  code$clock;
    reg  dead$d;
    wire  dead$q;
    reg  dead$clock;
    reg  outstanding$d;
    wire  outstanding$q;
    reg  outstanding$clock;
    
    // Local signals
    reg  [8:0] idx;
    reg  [51:0] entry_addr;
    reg  e_present;
    reg  e_ps;
    reg  e_rsvd;
    reg  e_leaf;
    reg  [39:0] e_next_base;
    reg  [39:0] e_leaf_pfn;
    reg  [63:0] e_new_bits;
    reg  [63:0] e_wb_val;
    reg  wb_any;
    reg  [1:0] wb_top;
    reg  can_issue;
    reg  k_va;
    reg  k_pcid;
    reg  k_keep;
    reg  l_done;
    reg  l_fault;
    reg  l_mem_req_valid;
    reg  l_mem_req_we;
    reg  [51:0] l_mem_req_addr;
    reg  [63:0] l_mem_req_wdata;
    reg  l_fill_en;
    
    // Sub module instances
    mmu$walker$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    mmu$walker$level level(
        .d(level$d),
        .q(level$q),
        .clock(level$clock)
    );
    mmu$walker$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    mmu$walker$acc_user acc_user(
        .d(acc_user$d),
        .q(acc_user$q),
        .clock(acc_user$clock)
    );
    mmu$walker$acc_writable acc_writable(
        .d(acc_writable$d),
        .q(acc_writable$q),
        .clock(acc_writable$clock)
    );
    mmu$walker$acc_xd acc_xd(
        .d(acc_xd$d),
        .q(acc_xd$q),
        .clock(acc_xd$clock)
    );
    mmu$walker$leaf_known leaf_known(
        .d(leaf_known$d),
        .q(leaf_known$q),
        .clock(leaf_known$clock)
    );
    mmu$walker$leaf_size leaf_size(
        .d(leaf_size$d),
        .q(leaf_size$q),
        .clock(leaf_size$clock)
    );
    mmu$walker$leaf_pfn leaf_pfn(
        .d(leaf_pfn$d),
        .q(leaf_pfn$q),
        .clock(leaf_pfn$clock)
    );
    mmu$walker$leaf_glob leaf_glob(
        .d(leaf_glob$d),
        .q(leaf_glob$q),
        .clock(leaf_glob$clock)
    );
    mmu$walker$leaf_dirty leaf_dirty(
        .d(leaf_dirty$d),
        .q(leaf_dirty$q),
        .clock(leaf_dirty$clock)
    );
    mmu$walker$leaf_pkey leaf_pkey(
        .d(leaf_pkey$d),
        .q(leaf_pkey$q),
        .clock(leaf_pkey$clock)
    );
    mmu$walker$wb_need$0 wb_need$0(
        .d(wb_need$0$d),
        .q(wb_need$0$q),
        .clock(wb_need$0$clock)
    );
    mmu$walker$wb_need$1 wb_need$1(
        .d(wb_need$1$d),
        .q(wb_need$1$q),
        .clock(wb_need$1$clock)
    );
    mmu$walker$wb_need$2 wb_need$2(
        .d(wb_need$2$d),
        .q(wb_need$2$q),
        .clock(wb_need$2$clock)
    );
    mmu$walker$wb_need$3 wb_need$3(
        .d(wb_need$3$d),
        .q(wb_need$3$q),
        .clock(wb_need$3$clock)
    );
    mmu$walker$wb_addr$0 wb_addr$0(
        .d(wb_addr$0$d),
        .q(wb_addr$0$q),
        .clock(wb_addr$0$clock)
    );
    mmu$walker$wb_addr$1 wb_addr$1(
        .d(wb_addr$1$d),
        .q(wb_addr$1$q),
        .clock(wb_addr$1$clock)
    );
    mmu$walker$wb_addr$2 wb_addr$2(
        .d(wb_addr$2$d),
        .q(wb_addr$2$q),
        .clock(wb_addr$2$clock)
    );
    mmu$walker$wb_addr$3 wb_addr$3(
        .d(wb_addr$3$d),
        .q(wb_addr$3$q),
        .clock(wb_addr$3$clock)
    );
    mmu$walker$wb_data$0 wb_data$0(
        .d(wb_data$0$d),
        .q(wb_data$0$q),
        .clock(wb_data$0$clock)
    );
    mmu$walker$wb_data$1 wb_data$1(
        .d(wb_data$1$d),
        .q(wb_data$1$q),
        .clock(wb_data$1$clock)
    );
    mmu$walker$wb_data$2 wb_data$2(
        .d(wb_data$2$d),
        .q(wb_data$2$q),
        .clock(wb_data$2$clock)
    );
    mmu$walker$wb_data$3 wb_data$3(
        .d(wb_data$3$d),
        .q(wb_data$3$q),
        .clock(wb_data$3$clock)
    );
    mmu$walker$code code(
        .d(code$d),
        .q(code$q),
        .clock(code$clock)
    );
    mmu$walker$dead dead(
        .d(dead$d),
        .q(dead$q),
        .clock(dead$clock)
    );
    mmu$walker$outstanding outstanding(
        .d(outstanding$d),
        .q(outstanding$q),
        .clock(outstanding$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        level$clock = clock;
        base$clock = clock;
        acc_user$clock = clock;
        acc_writable$clock = clock;
        acc_xd$clock = clock;
        leaf_known$clock = clock;
        leaf_size$clock = clock;
        leaf_pfn$clock = clock;
        leaf_glob$clock = clock;
        leaf_dirty$clock = clock;
        leaf_pkey$clock = clock;
        code$clock = clock;
        dead$clock = clock;
        outstanding$clock = clock;
        state$d = state$q;
        level$d = level$q;
        base$d = base$q;
        acc_user$d = acc_user$q;
        acc_writable$d = acc_writable$q;
        acc_xd$d = acc_xd$q;
        leaf_known$d = leaf_known$q;
        leaf_size$d = leaf_size$q;
        leaf_pfn$d = leaf_pfn$q;
        leaf_glob$d = leaf_glob$q;
        leaf_dirty$d = leaf_dirty$q;
        leaf_pkey$d = leaf_pkey$q;
        code$d = code$q;
        dead$d = dead$q;
        outstanding$d = outstanding$q;
        wb_need$0$clock = clock;
        wb_addr$0$clock = clock;
        wb_data$0$clock = clock;
        wb_need$0$d = wb_need$0$q;
        wb_addr$0$d = wb_addr$0$q;
        wb_data$0$d = wb_data$0$q;
        wb_need$1$clock = clock;
        wb_addr$1$clock = clock;
        wb_data$1$clock = clock;
        wb_need$1$d = wb_need$1$q;
        wb_addr$1$d = wb_addr$1$q;
        wb_data$1$d = wb_data$1$q;
        wb_need$2$clock = clock;
        wb_addr$2$clock = clock;
        wb_data$2$clock = clock;
        wb_need$2$d = wb_need$2$q;
        wb_addr$2$d = wb_addr$2$q;
        wb_data$2$d = wb_data$2$q;
        wb_need$3$clock = clock;
        wb_addr$3$clock = clock;
        wb_data$3$clock = clock;
        wb_need$3$d = wb_need$3$q;
        wb_addr$3$d = wb_addr$3$q;
        wb_data$3$d = wb_data$3$q;
        busy = state$q != WalkState$Idle;
        l_done = 1'b0;
        l_fault = 1'b0;
        error_code = code$q;
        pfn = leaf_pfn$q;
        size = leaf_size$q;
        rights_user = acc_user$q;
        rights_writable = acc_writable$q;
        rights_xd = acc_xd$q;
        rights_pkey = leaf_pkey$q;
        l_mem_req_valid = 1'b0;
        l_mem_req_we = 1'b0;
        l_mem_req_addr = 32'h0;
        l_mem_req_wdata = 32'h0;
        l_fill_en = 1'b0;
        fill_vpn = vpn;
        fill_size = leaf_size$q;
        fill_pcid = pcid;
        fill_glob = leaf_glob$q;
        fill_pfn = leaf_pfn$q;
        fill_writable = acc_writable$q;
        fill_user = acc_user$q;
        fill_xd = acc_xd$q;
        fill_dirty = leaf_dirty$q;
        fill_pkey = leaf_pkey$q;
        idx = vpn[(32'h0)+:(9)];
        if (level$q == 32'h3) begin
            idx = vpn[(32'h1b)+:(9)];
        end
        if (level$q == 32'h2) begin
            idx = vpn[(32'h12)+:(9)];
        end
        if (level$q == 32'h1) begin
            idx = vpn[(32'h9)+:(9)];
        end
        entry_addr = (((base$q) & 52'hfffffffffffff) << 32'hc) | (((idx) & 52'hfffffffffffff) << 32'h3);
        e_present = mem_rsp_data[32'h0];
        e_ps = mem_rsp_data[32'h7];
        e_rsvd = |(mem_rsp_data & rsvd_mask) || (mem_rsp_data[32'h3f] && ~efer_nxe) || ((level$q == 32'h3) && e_ps) || ((level$q == 32'h2) && e_ps && |mem_rsp_data[(32'hd)+:(17)]) || ((level$q == 32'h1) && e_ps && |mem_rsp_data[(32'hd)+:(8)]);
        e_leaf = (level$q == 32'h0) || (((level$q == 32'h2) || (level$q == 32'h1)) && e_ps);
        e_next_base = mem_rsp_data[(32'hc)+:(40)] & pfn_mask;
        e_leaf_pfn = e_next_base;
        if (level$q == 32'h2) begin
            e_leaf_pfn = e_next_base & pfn_1g;
        end
        if (level$q == 32'h1) begin
            e_leaf_pfn = e_next_base & pfn_2m;
        end
        e_new_bits = bit_a;
        if (e_leaf && is_write) begin
            e_new_bits = bit_ad;
        end
        e_wb_val = mem_rsp_data | e_new_bits;
        wb_any = 1'b0;
        wb_top = 32'h0;
        if (wb_need$0$q) begin
            wb_any = 1'b1;
            wb_top = k_level$0;
        end
        if (wb_need$1$q) begin
            wb_any = 1'b1;
            wb_top = k_level$1;
        end
        if (wb_need$2$q) begin
            wb_any = 1'b1;
            wb_top = k_level$2;
        end
        if (wb_need$3$q) begin
            wb_any = 1'b1;
            wb_top = k_level$3;
        end
        k_va = ~inv_use_va || ~leaf_known$q || ((vpn[(32'h12)+:(18)] == inv_vpn[(32'h12)+:(18)]) && ((leaf_size$q == 32'h2) || (vpn[(32'h9)+:(9)] == inv_vpn[(32'h9)+:(9)])) && ((leaf_size$q != 32'h0) || (vpn[(32'h0)+:(9)] == inv_vpn[(32'h0)+:(9)])));
        k_pcid = ~inv_use_pcid || (pcid == inv_pcid) || (inv_glob_wild && (~leaf_known$q || leaf_glob$q));
        k_keep = inv_keep_glob && leaf_known$q && leaf_glob$q;
        kill = inv_en && busy && k_va && k_pcid && ~k_keep;
        if (kill) begin
            dead$d = 1'b1;
        end
        can_issue = ~outstanding$q && ~reset;
        case (state$q)
            WalkState$Idle:
                begin
                    if (start) begin
                        base$d = pml4_base;
                        level$d = 32'h3;
                        acc_user$d = 1'b1;
                        acc_writable$d = 1'b1;
                        acc_xd$d = 1'b0;
                        leaf_known$d = 1'b0;
                        dead$d = 1'b0;
                        wb_need$0$d = 1'b0;
                        wb_need$1$d = 1'b0;
                        wb_need$2$d = 1'b0;
                        wb_need$3$d = 1'b0;
                        state$d = WalkState$ReadEntry;
                    end
                end
            WalkState$ReadEntry:
                begin
                    l_mem_req_valid = can_issue;
                    l_mem_req_addr = entry_addr;
                    if (can_issue && mem_req_ready) begin
                        if (level$q == 0) begin
                            wb_addr$0$d = entry_addr;
                        end
                        if (level$q == 1) begin
                            wb_addr$1$d = entry_addr;
                        end
                        if (level$q == 2) begin
                            wb_addr$2$d = entry_addr;
                        end
                        if (level$q == 3) begin
                            wb_addr$3$d = entry_addr;
                        end
                        state$d = WalkState$CheckEntry;
                    end
                end
            WalkState$CheckEntry:
                begin
                    if (mem_rsp_valid) begin
                        if (~e_present) begin
                            code$d = perm_code & code_wui;
                            state$d = WalkState$Fault;
                        end
                        else if (e_rsvd) begin
                            code$d = (perm_code & code_wui) | code_p_rsvd;
                            state$d = WalkState$Fault;
                        end
                        else begin
                            acc_user$d = acc_user$q && mem_rsp_data[32'h2];
                            acc_writable$d = acc_writable$q && mem_rsp_data[32'h1];
                            acc_xd$d = acc_xd$q || mem_rsp_data[32'h3f];
                            if (level$q == 0) begin
                                wb_data$0$d = e_wb_val;
                                wb_need$0$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 1) begin
                                wb_data$1$d = e_wb_val;
                                wb_need$1$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 2) begin
                                wb_data$2$d = e_wb_val;
                                wb_need$2$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 3) begin
                                wb_data$3$d = e_wb_val;
                                wb_need$3$d = e_wb_val != mem_rsp_data;
                            end
                            if (e_leaf) begin
                                leaf_size$d = level$q;
                                leaf_pfn$d = e_leaf_pfn;
                                leaf_glob$d = mem_rsp_data[32'h8] && cr4_pge;
                                leaf_dirty$d = mem_rsp_data[32'h6] || is_write;
                                leaf_pkey$d = mem_rsp_data[(32'h3b)+:(4)];
                                leaf_known$d = 1'b1;
                                state$d = WalkState$PermCheck;
                            end
                            else begin
                                base$d = e_next_base;
                                level$d = level$q - 32'h1;
                                state$d = WalkState$ReadEntry;
                            end
                        end
                    end
                end
            WalkState$PermCheck:
                begin
                    if (perm_allow) begin
                        if (wb_any) begin
                            level$d = wb_top;
                            state$d = WalkState$WriteBack;
                        end
                        else begin
                            state$d = WalkState$Done;
                        end
                    end
                    else begin
                        code$d = perm_code;
                        state$d = WalkState$Fault;
                    end
                end
            WalkState$WriteBack:
                begin
                    l_mem_req_valid = can_issue;
                    l_mem_req_we = 1'b1;
                    if (level$q == 0) begin
                        l_mem_req_addr = wb_addr$0$q;
                        l_mem_req_wdata = wb_data$0$q;
                    end
                    if (level$q == 1) begin
                        l_mem_req_addr = wb_addr$1$q;
                        l_mem_req_wdata = wb_data$1$q;
                    end
                    if (level$q == 2) begin
                        l_mem_req_addr = wb_addr$2$q;
                        l_mem_req_wdata = wb_data$2$q;
                    end
                    if (level$q == 3) begin
                        l_mem_req_addr = wb_addr$3$q;
                        l_mem_req_wdata = wb_data$3$q;
                    end
                    if (can_issue && mem_req_ready) begin
                        if (level$q == 0) begin
                            wb_need$0$d = 1'b0;
                        end
                        if (level$q == 1) begin
                            wb_need$1$d = 1'b0;
                        end
                        if (level$q == 2) begin
                            wb_need$2$d = 1'b0;
                        end
                        if (level$q == 3) begin
                            wb_need$3$d = 1'b0;
                        end
                        state$d = WalkState$AckWrite;
                    end
                end
            WalkState$AckWrite:
                begin
                    if (mem_rsp_valid) begin
                        if (wb_any) begin
                            level$d = wb_top;
                            state$d = WalkState$WriteBack;
                        end
                        else begin
                            state$d = WalkState$Done;
                        end
                    end
                end
            WalkState$Done:
                begin
                    l_done = 1'b1;
                    l_fill_en = ~dead$q && ~kill;
                    state$d = WalkState$Idle;
                end
            WalkState$Fault:
                begin
                    l_done = 1'b1;
                    l_fault = 1'b1;
                    state$d = WalkState$Idle;
                end
        endcase
        if (reset) begin
            state$d = WalkState$Idle;
            dead$d = 1'b0;
            l_done = 1'b0;
            l_fault = 1'b0;
            l_fill_en = 1'b0;
            wb_need$0$d = 1'b0;
            wb_need$1$d = 1'b0;
            wb_need$2$d = 1'b0;
            wb_need$3$d = 1'b0;
        end
        if (mem_rsp_valid) begin
            outstanding$d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            outstanding$d = 1'b1;
        end
        done = l_done;
        fault = l_fault;
        mem_req_valid = l_mem_req_valid;
        mem_req_we = l_mem_req_we;
        mem_req_addr = l_mem_req_addr;
        mem_req_wdata = l_mem_req_wdata;
        fill_en = l_fill_en;
    end
    
endmodule // mmu$walker


module mmu$walker$acc_user(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$acc_user


module mmu$walker$acc_writable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$acc_writable


module mmu$walker$acc_xd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$acc_xd


module mmu$walker$base(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$base


module mmu$walker$code(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$code


module mmu$walker$dead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$dead


module mmu$walker$leaf_dirty(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_dirty


module mmu$walker$leaf_glob(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_glob


module mmu$walker$leaf_known(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_known


module mmu$walker$leaf_pfn(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_pfn


module mmu$walker$leaf_pkey(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_pkey


module mmu$walker$leaf_size(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$leaf_size


module mmu$walker$level(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$level


module mmu$walker$outstanding(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$outstanding


module mmu$walker$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam WalkState$Idle = 0;
    localparam WalkState$ReadEntry = 1;
    localparam WalkState$CheckEntry = 2;
    localparam WalkState$PermCheck = 3;
    localparam WalkState$WriteBack = 4;
    localparam WalkState$AckWrite = 5;
    localparam WalkState$Done = 6;
    localparam WalkState$Fault = 7;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$state


module mmu$walker$wb_addr$0(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_addr$0


module mmu$walker$wb_addr$1(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_addr$1


module mmu$walker$wb_addr$2(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_addr$2


module mmu$walker$wb_addr$3(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_addr$3


module mmu$walker$wb_data$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_data$0


module mmu$walker$wb_data$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_data$1


module mmu$walker$wb_data$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_data$2


module mmu$walker$wb_data$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_data$3


module mmu$walker$wb_need$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_need$0


module mmu$walker$wb_need$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_need$1


module mmu$walker$wb_need$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_need$2


module mmu$walker$wb_need$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$walker$wb_need$3
