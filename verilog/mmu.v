// mmu: x86-64 memory-management unit (IA-32e 4-level paging), exported from mmu-rtl.
// Generated file: do not edit; regenerate with `mmu-rtl export`.
// Configuration: tlb_entries=16 itlb_entries=8 paddr_bits=40 pwc_entries=4 l2_sets=128 l2_ways=4
// Ports (one clock `clock`, rising edge; `reset` synchronous, active high):
//   input          clock
//   input          reset
//   input          fetch_req_valid
//   output         fetch_req_ready
//   input   [63:0] fetch_req_va
//   input          fetch_req_user
//   output         fetch_rsp_valid
//   output   [1:0] fetch_rsp_outcome
//   output  [51:0] fetch_rsp_pa
//   output   [5:0] fetch_rsp_error_code
//   output         fetch_rsp_tlb_hit
//   output         fetch_rsp_l2_hit
//   input          data_req_valid
//   output         data_req_ready
//   input   [63:0] data_req_va
//   input          data_req_write
//   input          data_req_user
//   output         data_rsp_valid
//   output   [1:0] data_rsp_outcome
//   output  [51:0] data_rsp_pa
//   output   [5:0] data_rsp_error_code
//   output         data_rsp_tlb_hit
//   output         data_rsp_l2_hit
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
//   output  [63:0] mem_req_expect
//   input          mem_rsp_valid
//   input   [63:0] mem_rsp_data
//   input          mem_rsp_err
//   input          mem_rsp_stale
// Port semantics and timing: see the `mmu` section of README.md and docs/architecture.md.



module mmu(clock,reset,fetch_req_valid,fetch_req_ready,fetch_req_va,fetch_req_user,fetch_rsp_valid,fetch_rsp_outcome,fetch_rsp_pa,fetch_rsp_error_code,fetch_rsp_tlb_hit,fetch_rsp_l2_hit,data_req_valid,data_req_ready,data_req_va,data_req_write,data_req_user,data_rsp_valid,data_rsp_outcome,data_rsp_pa,data_rsp_error_code,data_rsp_tlb_hit,data_rsp_l2_hit,cr0_wp,cr3,cr4_pge,cr4_pcide,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,cmd_valid,cmd_ready,cmd_op,cmd_va,cmd_pcid,cmd_noflush,mem_req_valid,mem_req_ready,mem_req_addr,mem_req_we,mem_req_wdata,mem_req_expect,mem_rsp_valid,mem_rsp_data,mem_rsp_err,mem_rsp_stale);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  fetch_req_valid;
    output reg  fetch_req_ready;
    input wire  [63:0] fetch_req_va;
    input wire  fetch_req_user;
    output reg  fetch_rsp_valid;
    output reg  [1:0] fetch_rsp_outcome;
    output reg  [51:0] fetch_rsp_pa;
    output reg  [5:0] fetch_rsp_error_code;
    output reg  fetch_rsp_tlb_hit;
    output reg  fetch_rsp_l2_hit;
    input wire  data_req_valid;
    output reg  data_req_ready;
    input wire  [63:0] data_req_va;
    input wire  data_req_write;
    input wire  data_req_user;
    output reg  data_rsp_valid;
    output reg  [1:0] data_rsp_outcome;
    output reg  [51:0] data_rsp_pa;
    output reg  [5:0] data_rsp_error_code;
    output reg  data_rsp_tlb_hit;
    output reg  data_rsp_l2_hit;
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
    output reg  [63:0] mem_req_expect;
    input wire  mem_rsp_valid;
    input wire  [63:0] mem_rsp_data;
    input wire  mem_rsp_err;
    input wire  mem_rsp_stale;
    
    // Constant declarations
    localparam  pfn_mask = 40'hfffffff;
    localparam  l2_on = 1'b1;
    
    // Enums
    localparam OutcomeCode$Ok = 0;
    localparam OutcomeCode$PageFault = 1;
    localparam OutcomeCode$GeneralProtection = 2;
    localparam OutcomeCode$BusError = 3;
    localparam CmdOp$MovCr3 = 0;
    localparam CmdOp$Invlpg = 1;
    localparam CmdOp$InvpcidAddress = 2;
    localparam CmdOp$InvpcidSingleContext = 3;
    localparam CmdOp$InvpcidAllIncludingGlobal = 4;
    localparam CmdOp$InvpcidAllNonGlobal = 5;
    localparam CmdOp$Reserved6 = 6;
    localparam CmdOp$Reserved7 = 7;
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Stub signals
    reg  fetch$clock;
    reg  fetch$reset;
    reg  fetch$req_valid;
    wire  fetch$req_ready;
    wire  fetch$free;
    reg  [63:0] fetch$req_va;
    reg  [1:0] fetch$req_kind;
    reg  fetch$req_user;
    reg  fetch$hold;
    reg  [11:0] fetch$cur_pcid;
    wire  fetch$rsp_valid;
    wire  [1:0] fetch$rsp_outcome;
    wire  [51:0] fetch$rsp_pa;
    wire  [5:0] fetch$rsp_error_code;
    wire  fetch$rsp_tlb_hit;
    wire  fetch$rsp_l2_hit;
    reg  fetch$cr0_wp;
    reg  fetch$cr4_smep;
    reg  fetch$cr4_smap;
    reg  fetch$cr4_pke;
    reg  fetch$efer_nxe;
    reg  fetch$rflags_ac;
    reg  [31:0] fetch$pkru;
    reg  fetch$inv_en;
    reg  fetch$inv_use_va;
    reg  fetch$inv_use_pcid;
    reg  fetch$inv_glob_wild;
    reg  fetch$inv_keep_glob;
    reg  [35:0] fetch$inv_vpn;
    reg  [11:0] fetch$inv_pcid;
    wire  fetch$walk_req;
    wire  fetch$walk_req_next;
    wire  [17:0] fetch$acc_vpn_1g;
    wire  [8:0] fetch$acc_vpn_2m;
    wire  [8:0] fetch$acc_vpn_4k;
    wire  [1:0] fetch$acc_kind;
    wire  fetch$acc_user;
    wire  [11:0] fetch$acc_pcid;
    reg  fetch$walk_done;
    reg  fetch$walk_fault;
    reg  fetch$walk_bus_error;
    reg  [51:0] fetch$walk_err_addr;
    reg  [5:0] fetch$walk_error_code;
    reg  [39:0] fetch$walk_pfn;
    reg  [1:0] fetch$walk_size;
    reg  fetch$l2_done;
    reg  [39:0] fetch$l2_pfn;
    reg  [1:0] fetch$l2_size;
    reg  fetch$l2_user;
    reg  fetch$l2_writable;
    reg  fetch$l2_xd;
    reg  [3:0] fetch$l2_pkey;
    reg  fetch$l2_dirty;
    reg  fetch$l2_glob;
    reg  [11:0] fetch$l2_pcid;
    reg  fetch$fill_en;
    reg  [17:0] fetch$fill_vpn_1g;
    reg  [8:0] fetch$fill_vpn_2m;
    reg  [8:0] fetch$fill_vpn_4k;
    reg  [1:0] fetch$fill_size;
    reg  [11:0] fetch$fill_pcid;
    reg  fetch$fill_glob;
    reg  [39:0] fetch$fill_pfn;
    reg  fetch$fill_writable;
    reg  fetch$fill_user;
    reg  fetch$fill_xd;
    reg  fetch$fill_dirty;
    reg  [3:0] fetch$fill_pkey;
    reg  data$clock;
    reg  data$reset;
    reg  data$req_valid;
    wire  data$req_ready;
    wire  data$free;
    reg  [63:0] data$req_va;
    reg  [1:0] data$req_kind;
    reg  data$req_user;
    reg  data$hold;
    reg  [11:0] data$cur_pcid;
    wire  data$rsp_valid;
    wire  [1:0] data$rsp_outcome;
    wire  [51:0] data$rsp_pa;
    wire  [5:0] data$rsp_error_code;
    wire  data$rsp_tlb_hit;
    wire  data$rsp_l2_hit;
    reg  data$cr0_wp;
    reg  data$cr4_smep;
    reg  data$cr4_smap;
    reg  data$cr4_pke;
    reg  data$efer_nxe;
    reg  data$rflags_ac;
    reg  [31:0] data$pkru;
    reg  data$inv_en;
    reg  data$inv_use_va;
    reg  data$inv_use_pcid;
    reg  data$inv_glob_wild;
    reg  data$inv_keep_glob;
    reg  [35:0] data$inv_vpn;
    reg  [11:0] data$inv_pcid;
    wire  data$walk_req;
    wire  data$walk_req_next;
    wire  [17:0] data$acc_vpn_1g;
    wire  [8:0] data$acc_vpn_2m;
    wire  [8:0] data$acc_vpn_4k;
    wire  [1:0] data$acc_kind;
    wire  data$acc_user;
    wire  [11:0] data$acc_pcid;
    reg  data$walk_done;
    reg  data$walk_fault;
    reg  data$walk_bus_error;
    reg  [51:0] data$walk_err_addr;
    reg  [5:0] data$walk_error_code;
    reg  [39:0] data$walk_pfn;
    reg  [1:0] data$walk_size;
    reg  data$l2_done;
    reg  [39:0] data$l2_pfn;
    reg  [1:0] data$l2_size;
    reg  data$l2_user;
    reg  data$l2_writable;
    reg  data$l2_xd;
    reg  [3:0] data$l2_pkey;
    reg  data$l2_dirty;
    reg  data$l2_glob;
    reg  [11:0] data$l2_pcid;
    reg  data$fill_en;
    reg  [17:0] data$fill_vpn_1g;
    reg  [8:0] data$fill_vpn_2m;
    reg  [8:0] data$fill_vpn_4k;
    reg  [1:0] data$fill_size;
    reg  [11:0] data$fill_pcid;
    reg  data$fill_glob;
    reg  [39:0] data$fill_pfn;
    reg  data$fill_writable;
    reg  data$fill_user;
    reg  data$fill_xd;
    reg  data$fill_dirty;
    reg  [3:0] data$fill_pkey;
    reg  walker$clock;
    reg  walker$reset;
    reg  walker$start;
    reg  [39:0] walker$pml4_base;
    reg  [17:0] walker$vpn_1g;
    reg  [8:0] walker$vpn_2m;
    reg  [8:0] walker$vpn_4k;
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
    reg  walker$pwc_hit;
    reg  [1:0] walker$pwc_level;
    reg  [39:0] walker$pwc_base;
    reg  walker$pwc_user;
    reg  walker$pwc_writable;
    reg  walker$pwc_xd;
    wire  walker$pwc_fill_en;
    wire  [1:0] walker$pwc_fill_level;
    wire  [39:0] walker$pwc_fill_base;
    wire  walker$pwc_fill_user;
    wire  walker$pwc_fill_writable;
    wire  walker$pwc_fill_xd;
    wire  walker$mem_req_valid;
    reg  walker$mem_req_ready;
    wire  [51:0] walker$mem_req_addr;
    wire  walker$mem_req_we;
    wire  [63:0] walker$mem_req_wdata;
    wire  [63:0] walker$mem_req_expect;
    reg  walker$mem_rsp_valid;
    reg  [63:0] walker$mem_rsp_data;
    reg  walker$mem_rsp_err;
    reg  walker$mem_rsp_stale;
    wire  walker$rewalk;
    wire  walker$busy;
    wire  walker$done;
    wire  walker$fault;
    wire  [5:0] walker$error_code;
    wire  [39:0] walker$pfn;
    wire  [1:0] walker$size;
    wire  walker$bus_error;
    wire  [51:0] walker$err_addr;
    wire  walker$fill_en;
    wire  [17:0] walker$fill_vpn_1g;
    wire  [8:0] walker$fill_vpn_2m;
    wire  [8:0] walker$fill_vpn_4k;
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
    reg  pwc$clock;
    reg  pwc$reset;
    reg  pwc$lk_en;
    reg  [17:0] pwc$lk_vpn_1g;
    reg  [8:0] pwc$lk_vpn_2m;
    reg  [11:0] pwc$lk_pcid;
    wire  pwc$hit;
    wire  [1:0] pwc$hit_level;
    wire  [39:0] pwc$hit_base;
    wire  pwc$hit_user;
    wire  pwc$hit_writable;
    wire  pwc$hit_xd;
    reg  pwc$fill_en;
    reg  [1:0] pwc$fill_level;
    reg  [17:0] pwc$fill_vpn_1g;
    reg  [8:0] pwc$fill_vpn_2m;
    reg  [11:0] pwc$fill_pcid;
    reg  [39:0] pwc$fill_base;
    reg  pwc$fill_user;
    reg  pwc$fill_writable;
    reg  pwc$fill_xd;
    reg  pwc$inv_en;
    reg  pwc$inv_use_pcid;
    reg  [11:0] pwc$inv_pcid;
    reg  l2$clock;
    reg  l2$reset;
    reg  l2$lk_start;
    reg  [17:0] l2$lk_vpn_1g;
    reg  [8:0] l2$lk_vpn_2m;
    reg  [8:0] l2$lk_vpn_4k;
    reg  [11:0] l2$lk_pcid;
    reg  l2$lk_write;
    reg  l2$lk_data;
    reg  l2$sp_take;
    reg  l2$sp_data;
    reg  [8:0] l2$sp_vpn_4k;
    wire  l2$busy;
    wire  l2$busy_next;
    wire  l2$hit;
    wire  l2$miss;
    wire  [1:0] l2$hit_size;
    wire  [11:0] l2$hit_pcid;
    wire  l2$hit_glob;
    wire  [39:0] l2$hit_pfn;
    wire  l2$hit_writable;
    wire  l2$hit_user;
    wire  l2$hit_xd;
    wire  l2$hit_dirty;
    wire  [3:0] l2$hit_pkey;
    reg  l2$fill_en;
    reg  [17:0] l2$fill_vpn_1g;
    reg  [8:0] l2$fill_vpn_2m;
    reg  [8:0] l2$fill_vpn_4k;
    reg  [1:0] l2$fill_size;
    reg  [11:0] l2$fill_pcid;
    reg  l2$fill_glob;
    reg  [39:0] l2$fill_pfn;
    reg  l2$fill_writable;
    reg  l2$fill_user;
    reg  l2$fill_xd;
    reg  l2$fill_dirty;
    reg  [3:0] l2$fill_pkey;
    reg  l2$inv_en;
    reg  l2$inv_flush;
    reg  l2$inv_use_va;
    reg  l2$inv_use_pcid;
    reg  l2$inv_glob_wild;
    reg  l2$inv_keep_glob;
    reg  [35:0] l2$inv_vpn;
    reg  [11:0] l2$inv_pcid;
    wire  l2$flushing;
    reg  w_data$d;
    wire  w_data$q;
    reg  w_data$clock;
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
    reg  cmd_fire;
    reg  cr_flush_all;
    reg  cr_smep;
    reg  cr_change;
    reg  hold;
    reg  inv_en;
    reg  [11:0] cur_pcid;
    reg  inv_use_va;
    reg  inv_use_pcid;
    reg  inv_glob_wild;
    reg  inv_keep_glob;
    reg  [11:0] inv_pcid;
    reg  [35:0] inv_vpn;
    reg  [1:0] data_kind;
    reg  start;
    reg  walk_start;
    reg  l2_busy;
    reg  l2_busy_next;
    reg  l2_flushing;
    reg  l2_hit;
    reg  l2_miss;
    reg  sp_take;
    reg  [8:0] sp_vpn_4k;
    reg  busy_next;
    reg  sel_data;
    reg  [17:0] w_vpn_1g;
    reg  [8:0] w_vpn_2m;
    reg  [8:0] w_vpn_4k;
    reg  [1:0] w_kind;
    reg  w_user;
    reg  [11:0] w_pcid;
    
    // Sub module instances
    mmu$fetch fetch(
        .clock(fetch$clock),
        .reset(fetch$reset),
        .req_valid(fetch$req_valid),
        .req_ready(fetch$req_ready),
        .free(fetch$free),
        .req_va(fetch$req_va),
        .req_kind(fetch$req_kind),
        .req_user(fetch$req_user),
        .hold(fetch$hold),
        .cur_pcid(fetch$cur_pcid),
        .rsp_valid(fetch$rsp_valid),
        .rsp_outcome(fetch$rsp_outcome),
        .rsp_pa(fetch$rsp_pa),
        .rsp_error_code(fetch$rsp_error_code),
        .rsp_tlb_hit(fetch$rsp_tlb_hit),
        .rsp_l2_hit(fetch$rsp_l2_hit),
        .cr0_wp(fetch$cr0_wp),
        .cr4_smep(fetch$cr4_smep),
        .cr4_smap(fetch$cr4_smap),
        .cr4_pke(fetch$cr4_pke),
        .efer_nxe(fetch$efer_nxe),
        .rflags_ac(fetch$rflags_ac),
        .pkru(fetch$pkru),
        .inv_en(fetch$inv_en),
        .inv_use_va(fetch$inv_use_va),
        .inv_use_pcid(fetch$inv_use_pcid),
        .inv_glob_wild(fetch$inv_glob_wild),
        .inv_keep_glob(fetch$inv_keep_glob),
        .inv_vpn(fetch$inv_vpn),
        .inv_pcid(fetch$inv_pcid),
        .walk_req(fetch$walk_req),
        .walk_req_next(fetch$walk_req_next),
        .acc_vpn_1g(fetch$acc_vpn_1g),
        .acc_vpn_2m(fetch$acc_vpn_2m),
        .acc_vpn_4k(fetch$acc_vpn_4k),
        .acc_kind(fetch$acc_kind),
        .acc_user(fetch$acc_user),
        .acc_pcid(fetch$acc_pcid),
        .walk_done(fetch$walk_done),
        .walk_fault(fetch$walk_fault),
        .walk_bus_error(fetch$walk_bus_error),
        .walk_err_addr(fetch$walk_err_addr),
        .walk_error_code(fetch$walk_error_code),
        .walk_pfn(fetch$walk_pfn),
        .walk_size(fetch$walk_size),
        .l2_done(fetch$l2_done),
        .l2_pfn(fetch$l2_pfn),
        .l2_size(fetch$l2_size),
        .l2_user(fetch$l2_user),
        .l2_writable(fetch$l2_writable),
        .l2_xd(fetch$l2_xd),
        .l2_pkey(fetch$l2_pkey),
        .l2_dirty(fetch$l2_dirty),
        .l2_glob(fetch$l2_glob),
        .l2_pcid(fetch$l2_pcid),
        .fill_en(fetch$fill_en),
        .fill_vpn_1g(fetch$fill_vpn_1g),
        .fill_vpn_2m(fetch$fill_vpn_2m),
        .fill_vpn_4k(fetch$fill_vpn_4k),
        .fill_size(fetch$fill_size),
        .fill_pcid(fetch$fill_pcid),
        .fill_glob(fetch$fill_glob),
        .fill_pfn(fetch$fill_pfn),
        .fill_writable(fetch$fill_writable),
        .fill_user(fetch$fill_user),
        .fill_xd(fetch$fill_xd),
        .fill_dirty(fetch$fill_dirty),
        .fill_pkey(fetch$fill_pkey)
    );
    mmu$data data(
        .clock(data$clock),
        .reset(data$reset),
        .req_valid(data$req_valid),
        .req_ready(data$req_ready),
        .free(data$free),
        .req_va(data$req_va),
        .req_kind(data$req_kind),
        .req_user(data$req_user),
        .hold(data$hold),
        .cur_pcid(data$cur_pcid),
        .rsp_valid(data$rsp_valid),
        .rsp_outcome(data$rsp_outcome),
        .rsp_pa(data$rsp_pa),
        .rsp_error_code(data$rsp_error_code),
        .rsp_tlb_hit(data$rsp_tlb_hit),
        .rsp_l2_hit(data$rsp_l2_hit),
        .cr0_wp(data$cr0_wp),
        .cr4_smep(data$cr4_smep),
        .cr4_smap(data$cr4_smap),
        .cr4_pke(data$cr4_pke),
        .efer_nxe(data$efer_nxe),
        .rflags_ac(data$rflags_ac),
        .pkru(data$pkru),
        .inv_en(data$inv_en),
        .inv_use_va(data$inv_use_va),
        .inv_use_pcid(data$inv_use_pcid),
        .inv_glob_wild(data$inv_glob_wild),
        .inv_keep_glob(data$inv_keep_glob),
        .inv_vpn(data$inv_vpn),
        .inv_pcid(data$inv_pcid),
        .walk_req(data$walk_req),
        .walk_req_next(data$walk_req_next),
        .acc_vpn_1g(data$acc_vpn_1g),
        .acc_vpn_2m(data$acc_vpn_2m),
        .acc_vpn_4k(data$acc_vpn_4k),
        .acc_kind(data$acc_kind),
        .acc_user(data$acc_user),
        .acc_pcid(data$acc_pcid),
        .walk_done(data$walk_done),
        .walk_fault(data$walk_fault),
        .walk_bus_error(data$walk_bus_error),
        .walk_err_addr(data$walk_err_addr),
        .walk_error_code(data$walk_error_code),
        .walk_pfn(data$walk_pfn),
        .walk_size(data$walk_size),
        .l2_done(data$l2_done),
        .l2_pfn(data$l2_pfn),
        .l2_size(data$l2_size),
        .l2_user(data$l2_user),
        .l2_writable(data$l2_writable),
        .l2_xd(data$l2_xd),
        .l2_pkey(data$l2_pkey),
        .l2_dirty(data$l2_dirty),
        .l2_glob(data$l2_glob),
        .l2_pcid(data$l2_pcid),
        .fill_en(data$fill_en),
        .fill_vpn_1g(data$fill_vpn_1g),
        .fill_vpn_2m(data$fill_vpn_2m),
        .fill_vpn_4k(data$fill_vpn_4k),
        .fill_size(data$fill_size),
        .fill_pcid(data$fill_pcid),
        .fill_glob(data$fill_glob),
        .fill_pfn(data$fill_pfn),
        .fill_writable(data$fill_writable),
        .fill_user(data$fill_user),
        .fill_xd(data$fill_xd),
        .fill_dirty(data$fill_dirty),
        .fill_pkey(data$fill_pkey)
    );
    mmu$walker walker(
        .clock(walker$clock),
        .reset(walker$reset),
        .start(walker$start),
        .pml4_base(walker$pml4_base),
        .vpn_1g(walker$vpn_1g),
        .vpn_2m(walker$vpn_2m),
        .vpn_4k(walker$vpn_4k),
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
        .pwc_hit(walker$pwc_hit),
        .pwc_level(walker$pwc_level),
        .pwc_base(walker$pwc_base),
        .pwc_user(walker$pwc_user),
        .pwc_writable(walker$pwc_writable),
        .pwc_xd(walker$pwc_xd),
        .pwc_fill_en(walker$pwc_fill_en),
        .pwc_fill_level(walker$pwc_fill_level),
        .pwc_fill_base(walker$pwc_fill_base),
        .pwc_fill_user(walker$pwc_fill_user),
        .pwc_fill_writable(walker$pwc_fill_writable),
        .pwc_fill_xd(walker$pwc_fill_xd),
        .mem_req_valid(walker$mem_req_valid),
        .mem_req_ready(walker$mem_req_ready),
        .mem_req_addr(walker$mem_req_addr),
        .mem_req_we(walker$mem_req_we),
        .mem_req_wdata(walker$mem_req_wdata),
        .mem_req_expect(walker$mem_req_expect),
        .mem_rsp_valid(walker$mem_rsp_valid),
        .mem_rsp_data(walker$mem_rsp_data),
        .mem_rsp_err(walker$mem_rsp_err),
        .mem_rsp_stale(walker$mem_rsp_stale),
        .rewalk(walker$rewalk),
        .busy(walker$busy),
        .done(walker$done),
        .fault(walker$fault),
        .error_code(walker$error_code),
        .pfn(walker$pfn),
        .size(walker$size),
        .bus_error(walker$bus_error),
        .err_addr(walker$err_addr),
        .fill_en(walker$fill_en),
        .fill_vpn_1g(walker$fill_vpn_1g),
        .fill_vpn_2m(walker$fill_vpn_2m),
        .fill_vpn_4k(walker$fill_vpn_4k),
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
    mmu$pwc pwc(
        .clock(pwc$clock),
        .reset(pwc$reset),
        .lk_en(pwc$lk_en),
        .lk_vpn_1g(pwc$lk_vpn_1g),
        .lk_vpn_2m(pwc$lk_vpn_2m),
        .lk_pcid(pwc$lk_pcid),
        .hit(pwc$hit),
        .hit_level(pwc$hit_level),
        .hit_base(pwc$hit_base),
        .hit_user(pwc$hit_user),
        .hit_writable(pwc$hit_writable),
        .hit_xd(pwc$hit_xd),
        .fill_en(pwc$fill_en),
        .fill_level(pwc$fill_level),
        .fill_vpn_1g(pwc$fill_vpn_1g),
        .fill_vpn_2m(pwc$fill_vpn_2m),
        .fill_pcid(pwc$fill_pcid),
        .fill_base(pwc$fill_base),
        .fill_user(pwc$fill_user),
        .fill_writable(pwc$fill_writable),
        .fill_xd(pwc$fill_xd),
        .inv_en(pwc$inv_en),
        .inv_use_pcid(pwc$inv_use_pcid),
        .inv_pcid(pwc$inv_pcid)
    );
    mmu$l2 l2(
        .clock(l2$clock),
        .reset(l2$reset),
        .lk_start(l2$lk_start),
        .lk_vpn_1g(l2$lk_vpn_1g),
        .lk_vpn_2m(l2$lk_vpn_2m),
        .lk_vpn_4k(l2$lk_vpn_4k),
        .lk_pcid(l2$lk_pcid),
        .lk_write(l2$lk_write),
        .lk_data(l2$lk_data),
        .sp_take(l2$sp_take),
        .sp_data(l2$sp_data),
        .sp_vpn_4k(l2$sp_vpn_4k),
        .busy(l2$busy),
        .busy_next(l2$busy_next),
        .hit(l2$hit),
        .miss(l2$miss),
        .hit_size(l2$hit_size),
        .hit_pcid(l2$hit_pcid),
        .hit_glob(l2$hit_glob),
        .hit_pfn(l2$hit_pfn),
        .hit_writable(l2$hit_writable),
        .hit_user(l2$hit_user),
        .hit_xd(l2$hit_xd),
        .hit_dirty(l2$hit_dirty),
        .hit_pkey(l2$hit_pkey),
        .fill_en(l2$fill_en),
        .fill_vpn_1g(l2$fill_vpn_1g),
        .fill_vpn_2m(l2$fill_vpn_2m),
        .fill_vpn_4k(l2$fill_vpn_4k),
        .fill_size(l2$fill_size),
        .fill_pcid(l2$fill_pcid),
        .fill_glob(l2$fill_glob),
        .fill_pfn(l2$fill_pfn),
        .fill_writable(l2$fill_writable),
        .fill_user(l2$fill_user),
        .fill_xd(l2$fill_xd),
        .fill_dirty(l2$fill_dirty),
        .fill_pkey(l2$fill_pkey),
        .inv_en(l2$inv_en),
        .inv_flush(l2$inv_flush),
        .inv_use_va(l2$inv_use_va),
        .inv_use_pcid(l2$inv_use_pcid),
        .inv_glob_wild(l2$inv_glob_wild),
        .inv_keep_glob(l2$inv_keep_glob),
        .inv_vpn(l2$inv_vpn),
        .inv_pcid(l2$inv_pcid),
        .flushing(l2$flushing)
    );
    mmu$w_data w_data(
        .d(w_data$d),
        .q(w_data$q),
        .clock(w_data$clock)
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
        fetch$clock = clock;
        data$clock = clock;
        walker$clock = clock;
        pwc$clock = clock;
        l2$clock = clock;
        w_data$clock = clock;
        prev_pge$clock = clock;
        prev_pcide$clock = clock;
        prev_smep$clock = clock;
        prev_pcid$clock = clock;
        w_data$d = w_data$q;
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
        l2_flushing = l2_on && l2$flushing;
        cmd_ready = ~reset && ~cr_change && ~l2_flushing;
        cmd_fire = cmd_valid && cmd_ready;
        hold = cmd_fire || cr_change || l2_flushing;
        inv_en = 1'b0;
        inv_use_va = 1'b0;
        inv_use_pcid = 1'b0;
        inv_glob_wild = 1'b0;
        inv_keep_glob = 1'b0;
        inv_pcid = cmd_pcid;
        inv_vpn = cmd_va[(32'hc)+:(36)];
        if (cr_change) begin
            inv_en = 1'b1;
            if (~cr_flush_all) begin
                inv_use_pcid = 1'b1;
                inv_pcid = prev_pcid$q;
            end
        end
        else if (cmd_fire) begin
            if (cmd_op == CmdOp$MovCr3) begin
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
            if (cmd_op == CmdOp$Invlpg) begin
                inv_en = 1'b1;
                inv_use_va = 1'b1;
                inv_use_pcid = 1'b1;
                inv_glob_wild = 1'b1;
                inv_pcid = cur_pcid;
            end
            if (cmd_op == CmdOp$InvpcidAddress) begin
                inv_en = 1'b1;
                inv_use_va = 1'b1;
                inv_use_pcid = 1'b1;
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == CmdOp$InvpcidSingleContext) begin
                inv_en = 1'b1;
                inv_use_pcid = 1'b1;
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == CmdOp$InvpcidAllIncludingGlobal) begin
                inv_en = 1'b1;
            end
            if (cmd_op == CmdOp$InvpcidAllNonGlobal) begin
                inv_en = 1'b1;
                inv_keep_glob = 1'b1;
            end
        end
        fetch$inv_en = inv_en;
        fetch$inv_use_va = inv_use_va;
        fetch$inv_use_pcid = inv_use_pcid;
        fetch$inv_glob_wild = inv_glob_wild;
        fetch$inv_keep_glob = inv_keep_glob;
        fetch$inv_vpn = inv_vpn;
        fetch$inv_pcid = inv_pcid;
        data$inv_en = inv_en;
        data$inv_use_va = inv_use_va;
        data$inv_use_pcid = inv_use_pcid;
        data$inv_glob_wild = inv_glob_wild;
        data$inv_keep_glob = inv_keep_glob;
        data$inv_vpn = inv_vpn;
        data$inv_pcid = inv_pcid;
        walker$inv_en = inv_en;
        walker$inv_use_va = inv_use_va;
        walker$inv_use_pcid = inv_use_pcid;
        walker$inv_glob_wild = inv_glob_wild;
        walker$inv_keep_glob = inv_keep_glob;
        walker$inv_vpn = inv_vpn;
        walker$inv_pcid = inv_pcid;
        l2$reset = reset && l2_on;
        l2$inv_en = inv_en && l2_on;
        l2$inv_flush = cr_change;
        l2$inv_use_va = inv_use_va;
        l2$inv_use_pcid = inv_use_pcid;
        l2$inv_glob_wild = inv_glob_wild;
        l2$inv_keep_glob = inv_keep_glob;
        l2$inv_vpn = inv_vpn;
        l2$inv_pcid = inv_pcid;
        pwc$inv_en = inv_en;
        pwc$inv_use_pcid = inv_use_pcid;
        pwc$inv_pcid = inv_pcid;
        data_kind = AccessKind$Read;
        if (data_req_write) begin
            data_kind = AccessKind$Write;
        end
        fetch$reset = reset;
        fetch$req_valid = fetch_req_valid;
        fetch$req_va = fetch_req_va;
        fetch$req_kind = AccessKind$Fetch;
        fetch$req_user = fetch_req_user;
        fetch$hold = hold;
        fetch$cur_pcid = cur_pcid;
        data$reset = reset;
        data$req_valid = data_req_valid;
        data$req_va = data_req_va;
        data$req_kind = data_kind;
        data$req_user = data_req_user;
        data$hold = hold;
        data$cur_pcid = cur_pcid;
        fetch$cr0_wp = cr0_wp;
        fetch$cr4_smep = cr4_smep;
        fetch$cr4_smap = cr4_smap;
        fetch$cr4_pke = cr4_pke;
        fetch$efer_nxe = efer_nxe;
        fetch$rflags_ac = rflags_ac;
        fetch$pkru = pkru;
        data$cr0_wp = cr0_wp;
        data$cr4_smep = cr4_smep;
        data$cr4_smap = cr4_smap;
        data$cr4_pke = cr4_pke;
        data$efer_nxe = efer_nxe;
        data$rflags_ac = rflags_ac;
        data$pkru = pkru;
        fetch_req_ready = fetch$req_ready;
        data_req_ready = data$req_ready;
        l2_busy = l2_on && l2$busy;
        l2_busy_next = l2_on && l2$busy_next;
        l2_hit = l2_on && l2$hit;
        l2_miss = l2_on && l2$miss;
        start = ~walker$busy && ~l2_busy && ~l2_flushing && (fetch$walk_req || data$walk_req);
        walk_start = start;
        if (l2_on) begin
            walk_start = l2_miss;
        end
        busy_next = ~reset && (walk_start || l2_busy_next || (walker$busy && ~walker$done));
        sel_data = w_data$q;
        w_data$d = w_data$q;
        if (~busy_next) begin
            w_data$d = data$walk_req_next && ~fetch$walk_req_next;
        end
        w_vpn_1g = fetch$acc_vpn_1g;
        w_vpn_2m = fetch$acc_vpn_2m;
        w_vpn_4k = fetch$acc_vpn_4k;
        w_kind = fetch$acc_kind;
        w_user = fetch$acc_user;
        w_pcid = fetch$acc_pcid;
        if (sel_data) begin
            w_vpn_1g = data$acc_vpn_1g;
            w_vpn_2m = data$acc_vpn_2m;
            w_vpn_4k = data$acc_vpn_4k;
            w_kind = data$acc_kind;
            w_user = data$acc_user;
            w_pcid = data$acc_pcid;
        end
        walker$reset = reset;
        walker$start = walk_start;
        walker$pml4_base = cr3[(32'hc)+:(40)] & pfn_mask;
        walker$vpn_1g = w_vpn_1g;
        walker$vpn_2m = w_vpn_2m;
        walker$vpn_4k = w_vpn_4k;
        walker$is_write = w_kind == AccessKind$Write;
        walker$pcid = w_pcid;
        walker$cr4_pge = cr4_pge;
        walker$efer_nxe = efer_nxe;
        walker$perm_allow = perm$allow;
        walker$perm_code = perm$error_code;
        walker$mem_req_ready = mem_req_ready;
        walker$mem_rsp_valid = mem_rsp_valid;
        walker$mem_rsp_data = mem_rsp_data;
        walker$mem_rsp_err = mem_rsp_err;
        walker$mem_rsp_stale = mem_rsp_stale;
        mem_req_valid = walker$mem_req_valid;
        mem_req_addr = walker$mem_req_addr;
        mem_req_we = walker$mem_req_we;
        mem_req_wdata = walker$mem_req_wdata;
        mem_req_expect = walker$mem_req_expect;
        perm$page_user = walker$rights_user;
        perm$page_writable = walker$rights_writable;
        perm$page_xd = walker$rights_xd;
        perm$page_pkey = walker$rights_pkey;
        perm$kind = w_kind;
        perm$user_access = w_user;
        perm$cr0_wp = cr0_wp;
        perm$cr4_smep = cr4_smep;
        perm$cr4_smap = cr4_smap;
        perm$cr4_pke = cr4_pke;
        perm$efer_nxe = efer_nxe;
        perm$rflags_ac = rflags_ac;
        perm$pkru = pkru;
        pwc$reset = reset;
        pwc$lk_en = walk_start || walker$rewalk;
        pwc$lk_vpn_1g = w_vpn_1g;
        pwc$lk_vpn_2m = w_vpn_2m;
        pwc$lk_pcid = w_pcid;
        walker$pwc_hit = pwc$hit;
        walker$pwc_level = pwc$hit_level;
        walker$pwc_base = pwc$hit_base;
        walker$pwc_user = pwc$hit_user;
        walker$pwc_writable = pwc$hit_writable;
        walker$pwc_xd = pwc$hit_xd;
        pwc$fill_en = walker$pwc_fill_en;
        pwc$fill_level = walker$pwc_fill_level;
        pwc$fill_vpn_1g = w_vpn_1g;
        pwc$fill_vpn_2m = w_vpn_2m;
        pwc$fill_pcid = w_pcid;
        pwc$fill_base = walker$pwc_fill_base;
        pwc$fill_user = walker$pwc_fill_user;
        pwc$fill_writable = walker$pwc_fill_writable;
        pwc$fill_xd = walker$pwc_fill_xd;
        l2$lk_start = start && l2_on;
        l2$lk_vpn_1g = w_vpn_1g;
        l2$lk_vpn_2m = w_vpn_2m;
        l2$lk_vpn_4k = w_vpn_4k;
        l2$lk_pcid = w_pcid;
        l2$lk_write = w_kind == AccessKind$Write;
        l2$lk_data = sel_data;
        sp_take = data_req_valid && data$free;
        sp_vpn_4k = data_req_va[(32'hc)+:(9)];
        if (fetch_req_valid) begin
            sp_take = fetch$free;
            sp_vpn_4k = fetch_req_va[(32'hc)+:(9)];
        end
        if (hold || reset) begin
            sp_take = 1'b0;
        end
        l2$sp_data = ~fetch_req_valid;
        l2$sp_take = sp_take;
        l2$sp_vpn_4k = sp_vpn_4k;
        l2$fill_en = walker$fill_en;
        l2$fill_vpn_1g = walker$fill_vpn_1g;
        l2$fill_vpn_2m = walker$fill_vpn_2m;
        l2$fill_vpn_4k = walker$fill_vpn_4k;
        l2$fill_size = walker$fill_size;
        l2$fill_pcid = walker$fill_pcid;
        l2$fill_glob = walker$fill_glob;
        l2$fill_pfn = walker$fill_pfn;
        l2$fill_writable = walker$fill_writable;
        l2$fill_user = walker$fill_user;
        l2$fill_xd = walker$fill_xd;
        l2$fill_dirty = walker$fill_dirty;
        l2$fill_pkey = walker$fill_pkey;
        fetch$walk_done = walker$done && ~sel_data;
        data$walk_done = walker$done && sel_data;
        fetch$l2_done = l2_hit && ~sel_data;
        data$l2_done = l2_hit && sel_data;
        fetch$fill_en = walker$fill_en && ~sel_data;
        data$fill_en = walker$fill_en && sel_data;
        fetch$l2_pfn = l2$hit_pfn;
        fetch$l2_size = l2$hit_size;
        fetch$l2_user = l2$hit_user;
        fetch$l2_writable = l2$hit_writable;
        fetch$l2_xd = l2$hit_xd;
        fetch$l2_pkey = l2$hit_pkey;
        fetch$l2_dirty = l2$hit_dirty;
        fetch$l2_glob = l2$hit_glob;
        fetch$l2_pcid = l2$hit_pcid;
        data$l2_pfn = l2$hit_pfn;
        data$l2_size = l2$hit_size;
        data$l2_user = l2$hit_user;
        data$l2_writable = l2$hit_writable;
        data$l2_xd = l2$hit_xd;
        data$l2_pkey = l2$hit_pkey;
        data$l2_dirty = l2$hit_dirty;
        data$l2_glob = l2$hit_glob;
        data$l2_pcid = l2$hit_pcid;
        fetch$walk_fault = walker$fault;
        fetch$walk_bus_error = walker$bus_error;
        fetch$walk_err_addr = walker$err_addr;
        fetch$walk_error_code = walker$error_code;
        fetch$walk_pfn = walker$pfn;
        fetch$walk_size = walker$size;
        data$walk_fault = walker$fault;
        data$walk_bus_error = walker$bus_error;
        data$walk_err_addr = walker$err_addr;
        data$walk_error_code = walker$error_code;
        data$walk_pfn = walker$pfn;
        data$walk_size = walker$size;
        fetch$fill_vpn_1g = walker$fill_vpn_1g;
        fetch$fill_vpn_2m = walker$fill_vpn_2m;
        fetch$fill_vpn_4k = walker$fill_vpn_4k;
        fetch$fill_size = walker$fill_size;
        fetch$fill_pcid = walker$fill_pcid;
        fetch$fill_glob = walker$fill_glob;
        fetch$fill_pfn = walker$fill_pfn;
        fetch$fill_writable = walker$fill_writable;
        fetch$fill_user = walker$fill_user;
        fetch$fill_xd = walker$fill_xd;
        fetch$fill_dirty = walker$fill_dirty;
        fetch$fill_pkey = walker$fill_pkey;
        data$fill_vpn_1g = walker$fill_vpn_1g;
        data$fill_vpn_2m = walker$fill_vpn_2m;
        data$fill_vpn_4k = walker$fill_vpn_4k;
        data$fill_size = walker$fill_size;
        data$fill_pcid = walker$fill_pcid;
        data$fill_glob = walker$fill_glob;
        data$fill_pfn = walker$fill_pfn;
        data$fill_writable = walker$fill_writable;
        data$fill_user = walker$fill_user;
        data$fill_xd = walker$fill_xd;
        data$fill_dirty = walker$fill_dirty;
        data$fill_pkey = walker$fill_pkey;
        fetch_rsp_valid = fetch$rsp_valid;
        fetch_rsp_outcome = fetch$rsp_outcome;
        fetch_rsp_pa = fetch$rsp_pa;
        fetch_rsp_error_code = fetch$rsp_error_code;
        fetch_rsp_tlb_hit = fetch$rsp_tlb_hit;
        fetch_rsp_l2_hit = fetch$rsp_l2_hit;
        data_rsp_valid = data$rsp_valid;
        data_rsp_outcome = data$rsp_outcome;
        data_rsp_pa = data$rsp_pa;
        data_rsp_error_code = data$rsp_error_code;
        data_rsp_tlb_hit = data$rsp_tlb_hit;
        data_rsp_l2_hit = data$rsp_l2_hit;
    end
    
endmodule // mmu


module mmu$data(clock,reset,req_valid,req_ready,free,req_va,req_kind,req_user,hold,cur_pcid,rsp_valid,rsp_outcome,rsp_pa,rsp_error_code,rsp_tlb_hit,rsp_l2_hit,cr0_wp,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid,walk_req,walk_req_next,acc_vpn_1g,acc_vpn_2m,acc_vpn_4k,acc_kind,acc_user,acc_pcid,walk_done,walk_fault,walk_bus_error,walk_err_addr,walk_error_code,walk_pfn,walk_size,l2_done,l2_pfn,l2_size,l2_user,l2_writable,l2_xd,l2_pkey,l2_dirty,l2_glob,l2_pcid,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    output reg  free;
    input wire  [63:0] req_va;
    input wire  [1:0] req_kind;
    input wire  req_user;
    input wire  hold;
    input wire  [11:0] cur_pcid;
    output reg  rsp_valid;
    output reg  [1:0] rsp_outcome;
    output reg  [51:0] rsp_pa;
    output reg  [5:0] rsp_error_code;
    output reg  rsp_tlb_hit;
    output reg  rsp_l2_hit;
    input wire  cr0_wp;
    input wire  cr4_smep;
    input wire  cr4_smap;
    input wire  cr4_pke;
    input wire  efer_nxe;
    input wire  rflags_ac;
    input wire  [31:0] pkru;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    output reg  walk_req;
    output reg  walk_req_next;
    output reg  [17:0] acc_vpn_1g;
    output reg  [8:0] acc_vpn_2m;
    output reg  [8:0] acc_vpn_4k;
    output reg  [1:0] acc_kind;
    output reg  acc_user;
    output reg  [11:0] acc_pcid;
    input wire  walk_done;
    input wire  walk_fault;
    input wire  walk_bus_error;
    input wire  [51:0] walk_err_addr;
    input wire  [5:0] walk_error_code;
    input wire  [39:0] walk_pfn;
    input wire  [1:0] walk_size;
    input wire  l2_done;
    input wire  [39:0] l2_pfn;
    input wire  [1:0] l2_size;
    input wire  l2_user;
    input wire  l2_writable;
    input wire  l2_xd;
    input wire  [3:0] l2_pkey;
    input wire  l2_dirty;
    input wire  l2_glob;
    input wire  [11:0] l2_pcid;
    input wire  fill_en;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [8:0] fill_vpn_4k;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    localparam OutcomeCode$Ok = 0;
    localparam OutcomeCode$PageFault = 1;
    localparam OutcomeCode$GeneralProtection = 2;
    localparam OutcomeCode$BusError = 3;
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Stub signals
    reg  tlb$clock;
    reg  tlb$reset;
    reg  [35:0] tlb$lk_vpn;
    reg  [11:0] tlb$lk_pcid;
    reg  tlb$lk_capture;
    wire  tlb$hit;
    wire  [3:0] tlb$hit_idx;
    wire  [1:0] tlb$hit_size;
    wire  [39:0] tlb$hit_pfn;
    wire  tlb$hit_glob;
    wire  tlb$hit_writable;
    wire  tlb$hit_user;
    wire  tlb$hit_xd;
    wire  tlb$hit_dirty;
    wire  [3:0] tlb$hit_pkey;
    reg  tlb$fill_en;
    reg  [17:0] tlb$fill_vpn_1g;
    reg  [8:0] tlb$fill_vpn_2m;
    reg  [8:0] tlb$fill_vpn_4k;
    reg  [1:0] tlb$fill_size;
    reg  [11:0] tlb$fill_pcid;
    reg  tlb$fill_glob;
    reg  [39:0] tlb$fill_pfn;
    reg  tlb$fill_writable;
    reg  tlb$fill_user;
    reg  tlb$fill_xd;
    reg  tlb$fill_dirty;
    reg  [3:0] tlb$fill_pkey;
    wire  [3:0] tlb$fill_idx;
    reg  tlb$inv_en;
    reg  tlb$inv_use_va;
    reg  tlb$inv_use_pcid;
    reg  tlb$inv_glob_wild;
    reg  tlb$inv_keep_glob;
    reg  [35:0] tlb$inv_vpn;
    reg  [11:0] tlb$inv_pcid;
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
    reg  r_l2$d;
    wire  r_l2$q;
    reg  r_l2$clock;
    reg  r_wait$d;
    wire  r_wait$q;
    reg  r_wait$clock;
    reg  [17:0] r_vpn_1g$d;
    wire  [17:0] r_vpn_1g$q;
    reg  r_vpn_1g$clock;
    reg  [8:0] r_vpn_2m$d;
    wire  [8:0] r_vpn_2m$q;
    reg  r_vpn_2m$clock;
    reg  [8:0] r_vpn_4k$d;
    wire  [8:0] r_vpn_4k$q;
    reg  r_vpn_4k$clock;
    reg  [11:0] r_off$d;
    wire  [11:0] r_off$q;
    reg  r_off$clock;
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
    reg  h_dirty$d;
    wire  h_dirty$q;
    reg  h_dirty$clock;
    reg  h_glob$d;
    wire  h_glob$q;
    reg  h_glob$clock;
    reg  [11:0] h_pcid$d;
    wire  [11:0] h_pcid$q;
    reg  h_pcid$clock;
    
    // Local signals
    reg  accept;
    reg  [16:0] va_top;
    reg  canonical;
    reg  hit_usable;
    reg  wait_next;
    reg  [39:0] sel_pfn;
    reg  [1:0] sel_size;
    reg  [51:0] pa;
    reg  l_rsp_valid;
    reg  [1:0] l_rsp_outcome;
    reg  [51:0] l_rsp_pa;
    reg  [5:0] l_rsp_error_code;
    reg  l_rsp_tlb_hit;
    reg  l_rsp_l2_hit;
    reg  fl_en;
    reg  [17:0] fl_vpn_1g;
    reg  [8:0] fl_vpn_2m;
    reg  [8:0] fl_vpn_4k;
    reg  [1:0] fl_size;
    reg  [11:0] fl_pcid;
    reg  fl_glob;
    reg  [39:0] fl_pfn;
    reg  fl_writable;
    reg  fl_user;
    reg  fl_xd;
    reg  fl_dirty;
    reg  [3:0] fl_pkey;
    
    // Sub module instances
    mmu$data$tlb tlb(
        .clock(tlb$clock),
        .reset(tlb$reset),
        .lk_vpn(tlb$lk_vpn),
        .lk_pcid(tlb$lk_pcid),
        .lk_capture(tlb$lk_capture),
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
        .fill_vpn_1g(tlb$fill_vpn_1g),
        .fill_vpn_2m(tlb$fill_vpn_2m),
        .fill_vpn_4k(tlb$fill_vpn_4k),
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
    mmu$data$perm perm(
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
    mmu$data$r_fast r_fast(
        .d(r_fast$d),
        .q(r_fast$q),
        .clock(r_fast$clock)
    );
    mmu$data$r_gp r_gp(
        .d(r_gp$d),
        .q(r_gp$q),
        .clock(r_gp$clock)
    );
    mmu$data$r_l2 r_l2(
        .d(r_l2$d),
        .q(r_l2$q),
        .clock(r_l2$clock)
    );
    mmu$data$r_wait r_wait(
        .d(r_wait$d),
        .q(r_wait$q),
        .clock(r_wait$clock)
    );
    mmu$data$r_vpn_1g r_vpn_1g(
        .d(r_vpn_1g$d),
        .q(r_vpn_1g$q),
        .clock(r_vpn_1g$clock)
    );
    mmu$data$r_vpn_2m r_vpn_2m(
        .d(r_vpn_2m$d),
        .q(r_vpn_2m$q),
        .clock(r_vpn_2m$clock)
    );
    mmu$data$r_vpn_4k r_vpn_4k(
        .d(r_vpn_4k$d),
        .q(r_vpn_4k$q),
        .clock(r_vpn_4k$clock)
    );
    mmu$data$r_off r_off(
        .d(r_off$d),
        .q(r_off$q),
        .clock(r_off$clock)
    );
    mmu$data$r_kind r_kind(
        .d(r_kind$d),
        .q(r_kind$q),
        .clock(r_kind$clock)
    );
    mmu$data$r_user r_user(
        .d(r_user$d),
        .q(r_user$q),
        .clock(r_user$clock)
    );
    mmu$data$r_pcid r_pcid(
        .d(r_pcid$d),
        .q(r_pcid$q),
        .clock(r_pcid$clock)
    );
    mmu$data$h_pfn h_pfn(
        .d(h_pfn$d),
        .q(h_pfn$q),
        .clock(h_pfn$clock)
    );
    mmu$data$h_size h_size(
        .d(h_size$d),
        .q(h_size$q),
        .clock(h_size$clock)
    );
    mmu$data$h_user h_user(
        .d(h_user$d),
        .q(h_user$q),
        .clock(h_user$clock)
    );
    mmu$data$h_writable h_writable(
        .d(h_writable$d),
        .q(h_writable$q),
        .clock(h_writable$clock)
    );
    mmu$data$h_xd h_xd(
        .d(h_xd$d),
        .q(h_xd$q),
        .clock(h_xd$clock)
    );
    mmu$data$h_pkey h_pkey(
        .d(h_pkey$d),
        .q(h_pkey$q),
        .clock(h_pkey$clock)
    );
    mmu$data$h_dirty h_dirty(
        .d(h_dirty$d),
        .q(h_dirty$q),
        .clock(h_dirty$clock)
    );
    mmu$data$h_glob h_glob(
        .d(h_glob$d),
        .q(h_glob$q),
        .clock(h_glob$clock)
    );
    mmu$data$h_pcid h_pcid(
        .d(h_pcid$d),
        .q(h_pcid$q),
        .clock(h_pcid$clock)
    );
    
    // Update code
    always @(*) begin
        tlb$clock = clock;
        r_fast$clock = clock;
        r_gp$clock = clock;
        r_l2$clock = clock;
        r_wait$clock = clock;
        r_vpn_1g$clock = clock;
        r_vpn_2m$clock = clock;
        r_vpn_4k$clock = clock;
        r_off$clock = clock;
        r_kind$clock = clock;
        r_user$clock = clock;
        r_pcid$clock = clock;
        h_pfn$clock = clock;
        h_size$clock = clock;
        h_user$clock = clock;
        h_writable$clock = clock;
        h_xd$clock = clock;
        h_pkey$clock = clock;
        h_dirty$clock = clock;
        h_glob$clock = clock;
        h_pcid$clock = clock;
        r_fast$d = r_fast$q;
        r_gp$d = r_gp$q;
        r_l2$d = r_l2$q;
        r_wait$d = r_wait$q;
        r_vpn_1g$d = r_vpn_1g$q;
        r_vpn_2m$d = r_vpn_2m$q;
        r_vpn_4k$d = r_vpn_4k$q;
        r_off$d = r_off$q;
        r_kind$d = r_kind$q;
        r_user$d = r_user$q;
        r_pcid$d = r_pcid$q;
        h_pfn$d = h_pfn$q;
        h_size$d = h_size$q;
        h_user$d = h_user$q;
        h_writable$d = h_writable$q;
        h_xd$d = h_xd$q;
        h_pkey$d = h_pkey$q;
        h_dirty$d = h_dirty$q;
        h_glob$d = h_glob$q;
        h_pcid$d = h_pcid$q;
        tlb$reset = reset;
        tlb$inv_en = inv_en;
        tlb$inv_use_va = inv_use_va;
        tlb$inv_use_pcid = inv_use_pcid;
        tlb$inv_glob_wild = inv_glob_wild;
        tlb$inv_keep_glob = inv_keep_glob;
        tlb$inv_vpn = inv_vpn;
        tlb$inv_pcid = inv_pcid;
        tlb$lk_vpn = req_va[(32'hc)+:(36)];
        tlb$lk_pcid = cur_pcid;
        va_top = req_va[(32'h2f)+:(17)];
        canonical = &va_top || ~|va_top;
        hit_usable = tlb$hit && (tlb$hit_dirty || (req_kind != AccessKind$Write));
        free = ~r_wait$q && ~r_l2$q;
        req_ready = ~reset && free && ~hold;
        accept = req_valid && req_ready;
        tlb$lk_capture = accept;
        r_fast$d = accept && (~canonical || hit_usable);
        if (accept) begin
            r_gp$d = ~canonical;
            r_vpn_1g$d = req_va[(32'h1e)+:(18)];
            r_vpn_2m$d = req_va[(32'h15)+:(9)];
            r_vpn_4k$d = req_va[(32'hc)+:(9)];
            r_off$d = req_va[(32'h0)+:(12)];
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
        r_l2$d = l2_done;
        if (l2_done) begin
            r_fast$d = 1'b1;
            h_pfn$d = l2_pfn;
            h_size$d = l2_size;
            h_user$d = l2_user;
            h_writable$d = l2_writable;
            h_xd$d = l2_xd;
            h_pkey$d = l2_pkey;
            h_dirty$d = l2_dirty;
            h_glob$d = l2_glob;
            h_pcid$d = l2_pcid;
        end
        wait_next = (r_wait$q && ~walk_done && ~l2_done) || (accept && canonical && ~hit_usable);
        if (reset) begin
            r_fast$d = 1'b0;
            r_l2$d = 1'b0;
            wait_next = 1'b0;
        end
        r_wait$d = wait_next;
        walk_req = r_wait$q;
        walk_req_next = wait_next;
        acc_vpn_1g = r_vpn_1g$q;
        acc_vpn_2m = r_vpn_2m$q;
        acc_vpn_4k = r_vpn_4k$q;
        acc_kind = r_kind$q;
        acc_user = r_user$q;
        acc_pcid = r_pcid$q;
        fl_en = fill_en;
        fl_vpn_1g = fill_vpn_1g;
        fl_vpn_2m = fill_vpn_2m;
        fl_vpn_4k = fill_vpn_4k;
        fl_size = fill_size;
        fl_pcid = fill_pcid;
        fl_glob = fill_glob;
        fl_pfn = fill_pfn;
        fl_writable = fill_writable;
        fl_user = fill_user;
        fl_xd = fill_xd;
        fl_dirty = fill_dirty;
        fl_pkey = fill_pkey;
        if (r_l2$q) begin
            fl_en = ~inv_en;
            fl_vpn_1g = r_vpn_1g$q;
            fl_vpn_2m = r_vpn_2m$q;
            fl_vpn_4k = r_vpn_4k$q;
            fl_size = h_size$q;
            fl_pcid = h_pcid$q;
            fl_glob = h_glob$q;
            fl_pfn = h_pfn$q;
            fl_writable = h_writable$q;
            fl_user = h_user$q;
            fl_xd = h_xd$q;
            fl_dirty = h_dirty$q;
            fl_pkey = h_pkey$q;
        end
        tlb$fill_en = fl_en;
        tlb$fill_vpn_1g = fl_vpn_1g;
        tlb$fill_vpn_2m = fl_vpn_2m;
        tlb$fill_vpn_4k = fl_vpn_4k;
        tlb$fill_size = fl_size;
        tlb$fill_pcid = fl_pcid;
        tlb$fill_glob = fl_glob;
        tlb$fill_pfn = fl_pfn;
        tlb$fill_writable = fl_writable;
        tlb$fill_user = fl_user;
        tlb$fill_xd = fl_xd;
        tlb$fill_dirty = fl_dirty;
        tlb$fill_pkey = fl_pkey;
        perm$page_user = h_user$q;
        perm$page_writable = h_writable$q;
        perm$page_xd = h_xd$q;
        perm$page_pkey = h_pkey$q;
        perm$kind = r_kind$q;
        perm$user_access = r_user$q;
        perm$cr0_wp = cr0_wp;
        perm$cr4_smep = cr4_smep;
        perm$cr4_smap = cr4_smap;
        perm$cr4_pke = cr4_pke;
        perm$efer_nxe = efer_nxe;
        perm$rflags_ac = rflags_ac;
        perm$pkru = pkru;
        sel_pfn = h_pfn$q;
        sel_size = h_size$q;
        if (walk_done) begin
            sel_pfn = walk_pfn;
            sel_size = walk_size;
        end
        pa = (((sel_pfn) & 52'hfffffffffffff) << 32'hc) | ((r_off$q) & 52'hfffffffffffff);
        if (sel_size != PageSize$Size4K) begin
            pa = pa | (((r_vpn_4k$q) & 52'hfffffffffffff) << 32'hc);
        end
        if (sel_size == PageSize$Size1G) begin
            pa = pa | (((r_vpn_2m$q) & 52'hfffffffffffff) << 32'h15);
        end
        l_rsp_valid = 1'b0;
        l_rsp_outcome = OutcomeCode$Ok;
        l_rsp_pa = 32'h0;
        l_rsp_error_code = 32'h0;
        l_rsp_tlb_hit = 1'b0;
        l_rsp_l2_hit = 1'b0;
        if (r_fast$q) begin
            l_rsp_valid = 1'b1;
            if (r_gp$q) begin
                l_rsp_outcome = OutcomeCode$GeneralProtection;
            end
            else begin
                l_rsp_tlb_hit = ~r_l2$q;
                l_rsp_l2_hit = r_l2$q;
                if (perm$allow) begin
                    l_rsp_pa = pa;
                end
                else begin
                    l_rsp_outcome = OutcomeCode$PageFault;
                    l_rsp_error_code = perm$error_code;
                end
            end
        end
        else if (walk_done) begin
            l_rsp_valid = 1'b1;
            if (walk_fault && walk_bus_error) begin
                l_rsp_outcome = OutcomeCode$BusError;
                l_rsp_pa = walk_err_addr;
            end
            else if (walk_fault) begin
                l_rsp_outcome = OutcomeCode$PageFault;
                l_rsp_error_code = walk_error_code;
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
        rsp_l2_hit = l_rsp_l2_hit;
    end
    
endmodule // mmu$data


module mmu$data$h_dirty(d,q,clock);
    
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
          
endmodule // mmu$data$h_dirty


module mmu$data$h_glob(d,q,clock);
    
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
          
endmodule // mmu$data$h_glob


module mmu$data$h_pcid(d,q,clock);
    
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
          
endmodule // mmu$data$h_pcid


module mmu$data$h_pfn(d,q,clock);
    
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
          
endmodule // mmu$data$h_pfn


module mmu$data$h_pkey(d,q,clock);
    
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
          
endmodule // mmu$data$h_pkey


module mmu$data$h_size(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$data$h_size


module mmu$data$h_user(d,q,clock);
    
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
          
endmodule // mmu$data$h_user


module mmu$data$h_writable(d,q,clock);
    
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
          
endmodule // mmu$data$h_writable


module mmu$data$h_xd(d,q,clock);
    
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
          
endmodule // mmu$data$h_xd


module mmu$data$perm(page_user,page_writable,page_xd,page_pkey,kind,user_access,cr0_wp,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,allow,error_code);
    
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
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    
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
        is_write = kind == AccessKind$Write;
        is_fetch = kind == AccessKind$Fetch;
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
    
endmodule // mmu$data$perm


module mmu$data$r_fast(d,q,clock);
    
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
          
endmodule // mmu$data$r_fast


module mmu$data$r_gp(d,q,clock);
    
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
          
endmodule // mmu$data$r_gp


module mmu$data$r_kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$data$r_kind


module mmu$data$r_l2(d,q,clock);
    
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
          
endmodule // mmu$data$r_l2


module mmu$data$r_off(d,q,clock);
    
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
          
endmodule // mmu$data$r_off


module mmu$data$r_pcid(d,q,clock);
    
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
          
endmodule // mmu$data$r_pcid


module mmu$data$r_user(d,q,clock);
    
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
          
endmodule // mmu$data$r_user


module mmu$data$r_vpn_1g(d,q,clock);
    
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
          
endmodule // mmu$data$r_vpn_1g


module mmu$data$r_vpn_2m(d,q,clock);
    
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
          
endmodule // mmu$data$r_vpn_2m


module mmu$data$r_vpn_4k(d,q,clock);
    
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
          
endmodule // mmu$data$r_vpn_4k


module mmu$data$r_wait(d,q,clock);
    
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
          
endmodule // mmu$data$r_wait


module mmu$data$tlb(clock,reset,lk_vpn,lk_pcid,lk_capture,hit,hit_idx,hit_size,hit_pfn,hit_glob,hit_writable,hit_user,hit_xd,hit_dirty,hit_pkey,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,fill_idx,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [35:0] lk_vpn;
    input wire  [11:0] lk_pcid;
    input wire  lk_capture;
    output reg  hit;
    output reg  [3:0] hit_idx;
    output reg  [1:0] hit_size;
    output reg  [39:0] hit_pfn;
    output reg  hit_glob;
    output reg  hit_writable;
    output reg  hit_user;
    output reg  hit_xd;
    output reg  hit_dirty;
    output reg  [3:0] hit_pkey;
    input wire  fill_en;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [8:0] fill_vpn_4k;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    output reg  [3:0] fill_idx;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    
    // Constant declarations
    localparam  k_index$0 = 4'h0;
    localparam  k_index$1 = 4'h1;
    localparam  k_index$2 = 4'h2;
    localparam  k_index$3 = 4'h3;
    localparam  k_index$4 = 4'h4;
    localparam  k_index$5 = 4'h5;
    localparam  k_index$6 = 4'h6;
    localparam  k_index$7 = 4'h7;
    localparam  k_index$8 = 4'h8;
    localparam  k_index$9 = 4'h9;
    localparam  k_index$10 = 4'ha;
    localparam  k_index$11 = 4'hb;
    localparam  k_index$12 = 4'hc;
    localparam  k_index$13 = 4'hd;
    localparam  k_index$14 = 4'he;
    localparam  k_index$15 = 4'hf;
    localparam  k_onehot$0 = 16'h1;
    localparam  k_onehot$1 = 16'h2;
    localparam  k_onehot$2 = 16'h4;
    localparam  k_onehot$3 = 16'h8;
    localparam  k_onehot$4 = 16'h10;
    localparam  k_onehot$5 = 16'h20;
    localparam  k_onehot$6 = 16'h40;
    localparam  k_onehot$7 = 16'h80;
    localparam  k_onehot$8 = 16'h100;
    localparam  k_onehot$9 = 16'h200;
    localparam  k_onehot$10 = 16'h400;
    localparam  k_onehot$11 = 16'h800;
    localparam  k_onehot$12 = 16'h1000;
    localparam  k_onehot$13 = 16'h2000;
    localparam  k_onehot$14 = 16'h4000;
    localparam  k_onehot$15 = 16'h8000;
    localparam  pfn_mask_hi = 22'h3ff;
    localparam  pfn_mask_lo = 18'b111111111111111111;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Stub signals
    reg  e_valid$clock;
    reg  e_valid$d$0;
    reg  e_valid$d$1;
    reg  e_valid$d$2;
    reg  e_valid$d$3;
    reg  e_valid$d$4;
    reg  e_valid$d$5;
    reg  e_valid$d$6;
    reg  e_valid$d$7;
    reg  e_valid$d$8;
    reg  e_valid$d$9;
    reg  e_valid$d$10;
    reg  e_valid$d$11;
    reg  e_valid$d$12;
    reg  e_valid$d$13;
    reg  e_valid$d$14;
    reg  e_valid$d$15;
    wire  e_valid$q$0;
    wire  e_valid$q$1;
    wire  e_valid$q$2;
    wire  e_valid$q$3;
    wire  e_valid$q$4;
    wire  e_valid$q$5;
    wire  e_valid$q$6;
    wire  e_valid$q$7;
    wire  e_valid$q$8;
    wire  e_valid$q$9;
    wire  e_valid$q$10;
    wire  e_valid$q$11;
    wire  e_valid$q$12;
    wire  e_valid$q$13;
    wire  e_valid$q$14;
    wire  e_valid$q$15;
    reg  e_vpn_1g$clock;
    reg  [17:0] e_vpn_1g$d$0;
    reg  [17:0] e_vpn_1g$d$1;
    reg  [17:0] e_vpn_1g$d$2;
    reg  [17:0] e_vpn_1g$d$3;
    reg  [17:0] e_vpn_1g$d$4;
    reg  [17:0] e_vpn_1g$d$5;
    reg  [17:0] e_vpn_1g$d$6;
    reg  [17:0] e_vpn_1g$d$7;
    reg  [17:0] e_vpn_1g$d$8;
    reg  [17:0] e_vpn_1g$d$9;
    reg  [17:0] e_vpn_1g$d$10;
    reg  [17:0] e_vpn_1g$d$11;
    reg  [17:0] e_vpn_1g$d$12;
    reg  [17:0] e_vpn_1g$d$13;
    reg  [17:0] e_vpn_1g$d$14;
    reg  [17:0] e_vpn_1g$d$15;
    wire  [17:0] e_vpn_1g$q$0;
    wire  [17:0] e_vpn_1g$q$1;
    wire  [17:0] e_vpn_1g$q$2;
    wire  [17:0] e_vpn_1g$q$3;
    wire  [17:0] e_vpn_1g$q$4;
    wire  [17:0] e_vpn_1g$q$5;
    wire  [17:0] e_vpn_1g$q$6;
    wire  [17:0] e_vpn_1g$q$7;
    wire  [17:0] e_vpn_1g$q$8;
    wire  [17:0] e_vpn_1g$q$9;
    wire  [17:0] e_vpn_1g$q$10;
    wire  [17:0] e_vpn_1g$q$11;
    wire  [17:0] e_vpn_1g$q$12;
    wire  [17:0] e_vpn_1g$q$13;
    wire  [17:0] e_vpn_1g$q$14;
    wire  [17:0] e_vpn_1g$q$15;
    reg  e_vpn_2m$clock;
    reg  [8:0] e_vpn_2m$d$0;
    reg  [8:0] e_vpn_2m$d$1;
    reg  [8:0] e_vpn_2m$d$2;
    reg  [8:0] e_vpn_2m$d$3;
    reg  [8:0] e_vpn_2m$d$4;
    reg  [8:0] e_vpn_2m$d$5;
    reg  [8:0] e_vpn_2m$d$6;
    reg  [8:0] e_vpn_2m$d$7;
    reg  [8:0] e_vpn_2m$d$8;
    reg  [8:0] e_vpn_2m$d$9;
    reg  [8:0] e_vpn_2m$d$10;
    reg  [8:0] e_vpn_2m$d$11;
    reg  [8:0] e_vpn_2m$d$12;
    reg  [8:0] e_vpn_2m$d$13;
    reg  [8:0] e_vpn_2m$d$14;
    reg  [8:0] e_vpn_2m$d$15;
    wire  [8:0] e_vpn_2m$q$0;
    wire  [8:0] e_vpn_2m$q$1;
    wire  [8:0] e_vpn_2m$q$2;
    wire  [8:0] e_vpn_2m$q$3;
    wire  [8:0] e_vpn_2m$q$4;
    wire  [8:0] e_vpn_2m$q$5;
    wire  [8:0] e_vpn_2m$q$6;
    wire  [8:0] e_vpn_2m$q$7;
    wire  [8:0] e_vpn_2m$q$8;
    wire  [8:0] e_vpn_2m$q$9;
    wire  [8:0] e_vpn_2m$q$10;
    wire  [8:0] e_vpn_2m$q$11;
    wire  [8:0] e_vpn_2m$q$12;
    wire  [8:0] e_vpn_2m$q$13;
    wire  [8:0] e_vpn_2m$q$14;
    wire  [8:0] e_vpn_2m$q$15;
    reg  e_vpn_4k$clock;
    reg  [8:0] e_vpn_4k$d$0;
    reg  [8:0] e_vpn_4k$d$1;
    reg  [8:0] e_vpn_4k$d$2;
    reg  [8:0] e_vpn_4k$d$3;
    reg  [8:0] e_vpn_4k$d$4;
    reg  [8:0] e_vpn_4k$d$5;
    reg  [8:0] e_vpn_4k$d$6;
    reg  [8:0] e_vpn_4k$d$7;
    reg  [8:0] e_vpn_4k$d$8;
    reg  [8:0] e_vpn_4k$d$9;
    reg  [8:0] e_vpn_4k$d$10;
    reg  [8:0] e_vpn_4k$d$11;
    reg  [8:0] e_vpn_4k$d$12;
    reg  [8:0] e_vpn_4k$d$13;
    reg  [8:0] e_vpn_4k$d$14;
    reg  [8:0] e_vpn_4k$d$15;
    wire  [8:0] e_vpn_4k$q$0;
    wire  [8:0] e_vpn_4k$q$1;
    wire  [8:0] e_vpn_4k$q$2;
    wire  [8:0] e_vpn_4k$q$3;
    wire  [8:0] e_vpn_4k$q$4;
    wire  [8:0] e_vpn_4k$q$5;
    wire  [8:0] e_vpn_4k$q$6;
    wire  [8:0] e_vpn_4k$q$7;
    wire  [8:0] e_vpn_4k$q$8;
    wire  [8:0] e_vpn_4k$q$9;
    wire  [8:0] e_vpn_4k$q$10;
    wire  [8:0] e_vpn_4k$q$11;
    wire  [8:0] e_vpn_4k$q$12;
    wire  [8:0] e_vpn_4k$q$13;
    wire  [8:0] e_vpn_4k$q$14;
    wire  [8:0] e_vpn_4k$q$15;
    reg  e_size$clock;
    reg  [1:0] e_size$d$0;
    reg  [1:0] e_size$d$1;
    reg  [1:0] e_size$d$2;
    reg  [1:0] e_size$d$3;
    reg  [1:0] e_size$d$4;
    reg  [1:0] e_size$d$5;
    reg  [1:0] e_size$d$6;
    reg  [1:0] e_size$d$7;
    reg  [1:0] e_size$d$8;
    reg  [1:0] e_size$d$9;
    reg  [1:0] e_size$d$10;
    reg  [1:0] e_size$d$11;
    reg  [1:0] e_size$d$12;
    reg  [1:0] e_size$d$13;
    reg  [1:0] e_size$d$14;
    reg  [1:0] e_size$d$15;
    wire  [1:0] e_size$q$0;
    wire  [1:0] e_size$q$1;
    wire  [1:0] e_size$q$2;
    wire  [1:0] e_size$q$3;
    wire  [1:0] e_size$q$4;
    wire  [1:0] e_size$q$5;
    wire  [1:0] e_size$q$6;
    wire  [1:0] e_size$q$7;
    wire  [1:0] e_size$q$8;
    wire  [1:0] e_size$q$9;
    wire  [1:0] e_size$q$10;
    wire  [1:0] e_size$q$11;
    wire  [1:0] e_size$q$12;
    wire  [1:0] e_size$q$13;
    wire  [1:0] e_size$q$14;
    wire  [1:0] e_size$q$15;
    reg  e_pcid$clock;
    reg  [11:0] e_pcid$d$0;
    reg  [11:0] e_pcid$d$1;
    reg  [11:0] e_pcid$d$2;
    reg  [11:0] e_pcid$d$3;
    reg  [11:0] e_pcid$d$4;
    reg  [11:0] e_pcid$d$5;
    reg  [11:0] e_pcid$d$6;
    reg  [11:0] e_pcid$d$7;
    reg  [11:0] e_pcid$d$8;
    reg  [11:0] e_pcid$d$9;
    reg  [11:0] e_pcid$d$10;
    reg  [11:0] e_pcid$d$11;
    reg  [11:0] e_pcid$d$12;
    reg  [11:0] e_pcid$d$13;
    reg  [11:0] e_pcid$d$14;
    reg  [11:0] e_pcid$d$15;
    wire  [11:0] e_pcid$q$0;
    wire  [11:0] e_pcid$q$1;
    wire  [11:0] e_pcid$q$2;
    wire  [11:0] e_pcid$q$3;
    wire  [11:0] e_pcid$q$4;
    wire  [11:0] e_pcid$q$5;
    wire  [11:0] e_pcid$q$6;
    wire  [11:0] e_pcid$q$7;
    wire  [11:0] e_pcid$q$8;
    wire  [11:0] e_pcid$q$9;
    wire  [11:0] e_pcid$q$10;
    wire  [11:0] e_pcid$q$11;
    wire  [11:0] e_pcid$q$12;
    wire  [11:0] e_pcid$q$13;
    wire  [11:0] e_pcid$q$14;
    wire  [11:0] e_pcid$q$15;
    reg  e_glob$clock;
    reg  e_glob$d$0;
    reg  e_glob$d$1;
    reg  e_glob$d$2;
    reg  e_glob$d$3;
    reg  e_glob$d$4;
    reg  e_glob$d$5;
    reg  e_glob$d$6;
    reg  e_glob$d$7;
    reg  e_glob$d$8;
    reg  e_glob$d$9;
    reg  e_glob$d$10;
    reg  e_glob$d$11;
    reg  e_glob$d$12;
    reg  e_glob$d$13;
    reg  e_glob$d$14;
    reg  e_glob$d$15;
    wire  e_glob$q$0;
    wire  e_glob$q$1;
    wire  e_glob$q$2;
    wire  e_glob$q$3;
    wire  e_glob$q$4;
    wire  e_glob$q$5;
    wire  e_glob$q$6;
    wire  e_glob$q$7;
    wire  e_glob$q$8;
    wire  e_glob$q$9;
    wire  e_glob$q$10;
    wire  e_glob$q$11;
    wire  e_glob$q$12;
    wire  e_glob$q$13;
    wire  e_glob$q$14;
    wire  e_glob$q$15;
    reg  e_pfn_hi$clock;
    reg  [21:0] e_pfn_hi$d$0;
    reg  [21:0] e_pfn_hi$d$1;
    reg  [21:0] e_pfn_hi$d$2;
    reg  [21:0] e_pfn_hi$d$3;
    reg  [21:0] e_pfn_hi$d$4;
    reg  [21:0] e_pfn_hi$d$5;
    reg  [21:0] e_pfn_hi$d$6;
    reg  [21:0] e_pfn_hi$d$7;
    reg  [21:0] e_pfn_hi$d$8;
    reg  [21:0] e_pfn_hi$d$9;
    reg  [21:0] e_pfn_hi$d$10;
    reg  [21:0] e_pfn_hi$d$11;
    reg  [21:0] e_pfn_hi$d$12;
    reg  [21:0] e_pfn_hi$d$13;
    reg  [21:0] e_pfn_hi$d$14;
    reg  [21:0] e_pfn_hi$d$15;
    wire  [21:0] e_pfn_hi$q$0;
    wire  [21:0] e_pfn_hi$q$1;
    wire  [21:0] e_pfn_hi$q$2;
    wire  [21:0] e_pfn_hi$q$3;
    wire  [21:0] e_pfn_hi$q$4;
    wire  [21:0] e_pfn_hi$q$5;
    wire  [21:0] e_pfn_hi$q$6;
    wire  [21:0] e_pfn_hi$q$7;
    wire  [21:0] e_pfn_hi$q$8;
    wire  [21:0] e_pfn_hi$q$9;
    wire  [21:0] e_pfn_hi$q$10;
    wire  [21:0] e_pfn_hi$q$11;
    wire  [21:0] e_pfn_hi$q$12;
    wire  [21:0] e_pfn_hi$q$13;
    wire  [21:0] e_pfn_hi$q$14;
    wire  [21:0] e_pfn_hi$q$15;
    reg  e_pfn_lo$clock;
    reg  [17:0] e_pfn_lo$d$0;
    reg  [17:0] e_pfn_lo$d$1;
    reg  [17:0] e_pfn_lo$d$2;
    reg  [17:0] e_pfn_lo$d$3;
    reg  [17:0] e_pfn_lo$d$4;
    reg  [17:0] e_pfn_lo$d$5;
    reg  [17:0] e_pfn_lo$d$6;
    reg  [17:0] e_pfn_lo$d$7;
    reg  [17:0] e_pfn_lo$d$8;
    reg  [17:0] e_pfn_lo$d$9;
    reg  [17:0] e_pfn_lo$d$10;
    reg  [17:0] e_pfn_lo$d$11;
    reg  [17:0] e_pfn_lo$d$12;
    reg  [17:0] e_pfn_lo$d$13;
    reg  [17:0] e_pfn_lo$d$14;
    reg  [17:0] e_pfn_lo$d$15;
    wire  [17:0] e_pfn_lo$q$0;
    wire  [17:0] e_pfn_lo$q$1;
    wire  [17:0] e_pfn_lo$q$2;
    wire  [17:0] e_pfn_lo$q$3;
    wire  [17:0] e_pfn_lo$q$4;
    wire  [17:0] e_pfn_lo$q$5;
    wire  [17:0] e_pfn_lo$q$6;
    wire  [17:0] e_pfn_lo$q$7;
    wire  [17:0] e_pfn_lo$q$8;
    wire  [17:0] e_pfn_lo$q$9;
    wire  [17:0] e_pfn_lo$q$10;
    wire  [17:0] e_pfn_lo$q$11;
    wire  [17:0] e_pfn_lo$q$12;
    wire  [17:0] e_pfn_lo$q$13;
    wire  [17:0] e_pfn_lo$q$14;
    wire  [17:0] e_pfn_lo$q$15;
    reg  e_writable$clock;
    reg  e_writable$d$0;
    reg  e_writable$d$1;
    reg  e_writable$d$2;
    reg  e_writable$d$3;
    reg  e_writable$d$4;
    reg  e_writable$d$5;
    reg  e_writable$d$6;
    reg  e_writable$d$7;
    reg  e_writable$d$8;
    reg  e_writable$d$9;
    reg  e_writable$d$10;
    reg  e_writable$d$11;
    reg  e_writable$d$12;
    reg  e_writable$d$13;
    reg  e_writable$d$14;
    reg  e_writable$d$15;
    wire  e_writable$q$0;
    wire  e_writable$q$1;
    wire  e_writable$q$2;
    wire  e_writable$q$3;
    wire  e_writable$q$4;
    wire  e_writable$q$5;
    wire  e_writable$q$6;
    wire  e_writable$q$7;
    wire  e_writable$q$8;
    wire  e_writable$q$9;
    wire  e_writable$q$10;
    wire  e_writable$q$11;
    wire  e_writable$q$12;
    wire  e_writable$q$13;
    wire  e_writable$q$14;
    wire  e_writable$q$15;
    reg  e_user$clock;
    reg  e_user$d$0;
    reg  e_user$d$1;
    reg  e_user$d$2;
    reg  e_user$d$3;
    reg  e_user$d$4;
    reg  e_user$d$5;
    reg  e_user$d$6;
    reg  e_user$d$7;
    reg  e_user$d$8;
    reg  e_user$d$9;
    reg  e_user$d$10;
    reg  e_user$d$11;
    reg  e_user$d$12;
    reg  e_user$d$13;
    reg  e_user$d$14;
    reg  e_user$d$15;
    wire  e_user$q$0;
    wire  e_user$q$1;
    wire  e_user$q$2;
    wire  e_user$q$3;
    wire  e_user$q$4;
    wire  e_user$q$5;
    wire  e_user$q$6;
    wire  e_user$q$7;
    wire  e_user$q$8;
    wire  e_user$q$9;
    wire  e_user$q$10;
    wire  e_user$q$11;
    wire  e_user$q$12;
    wire  e_user$q$13;
    wire  e_user$q$14;
    wire  e_user$q$15;
    reg  e_xd$clock;
    reg  e_xd$d$0;
    reg  e_xd$d$1;
    reg  e_xd$d$2;
    reg  e_xd$d$3;
    reg  e_xd$d$4;
    reg  e_xd$d$5;
    reg  e_xd$d$6;
    reg  e_xd$d$7;
    reg  e_xd$d$8;
    reg  e_xd$d$9;
    reg  e_xd$d$10;
    reg  e_xd$d$11;
    reg  e_xd$d$12;
    reg  e_xd$d$13;
    reg  e_xd$d$14;
    reg  e_xd$d$15;
    wire  e_xd$q$0;
    wire  e_xd$q$1;
    wire  e_xd$q$2;
    wire  e_xd$q$3;
    wire  e_xd$q$4;
    wire  e_xd$q$5;
    wire  e_xd$q$6;
    wire  e_xd$q$7;
    wire  e_xd$q$8;
    wire  e_xd$q$9;
    wire  e_xd$q$10;
    wire  e_xd$q$11;
    wire  e_xd$q$12;
    wire  e_xd$q$13;
    wire  e_xd$q$14;
    wire  e_xd$q$15;
    reg  e_dirty$clock;
    reg  e_dirty$d$0;
    reg  e_dirty$d$1;
    reg  e_dirty$d$2;
    reg  e_dirty$d$3;
    reg  e_dirty$d$4;
    reg  e_dirty$d$5;
    reg  e_dirty$d$6;
    reg  e_dirty$d$7;
    reg  e_dirty$d$8;
    reg  e_dirty$d$9;
    reg  e_dirty$d$10;
    reg  e_dirty$d$11;
    reg  e_dirty$d$12;
    reg  e_dirty$d$13;
    reg  e_dirty$d$14;
    reg  e_dirty$d$15;
    wire  e_dirty$q$0;
    wire  e_dirty$q$1;
    wire  e_dirty$q$2;
    wire  e_dirty$q$3;
    wire  e_dirty$q$4;
    wire  e_dirty$q$5;
    wire  e_dirty$q$6;
    wire  e_dirty$q$7;
    wire  e_dirty$q$8;
    wire  e_dirty$q$9;
    wire  e_dirty$q$10;
    wire  e_dirty$q$11;
    wire  e_dirty$q$12;
    wire  e_dirty$q$13;
    wire  e_dirty$q$14;
    wire  e_dirty$q$15;
    reg  e_pkey$clock;
    reg  [3:0] e_pkey$d$0;
    reg  [3:0] e_pkey$d$1;
    reg  [3:0] e_pkey$d$2;
    reg  [3:0] e_pkey$d$3;
    reg  [3:0] e_pkey$d$4;
    reg  [3:0] e_pkey$d$5;
    reg  [3:0] e_pkey$d$6;
    reg  [3:0] e_pkey$d$7;
    reg  [3:0] e_pkey$d$8;
    reg  [3:0] e_pkey$d$9;
    reg  [3:0] e_pkey$d$10;
    reg  [3:0] e_pkey$d$11;
    reg  [3:0] e_pkey$d$12;
    reg  [3:0] e_pkey$d$13;
    reg  [3:0] e_pkey$d$14;
    reg  [3:0] e_pkey$d$15;
    wire  [3:0] e_pkey$q$0;
    wire  [3:0] e_pkey$q$1;
    wire  [3:0] e_pkey$q$2;
    wire  [3:0] e_pkey$q$3;
    wire  [3:0] e_pkey$q$4;
    wire  [3:0] e_pkey$q$5;
    wire  [3:0] e_pkey$q$6;
    wire  [3:0] e_pkey$q$7;
    wire  [3:0] e_pkey$q$8;
    wire  [3:0] e_pkey$q$9;
    wire  [3:0] e_pkey$q$10;
    wire  [3:0] e_pkey$q$11;
    wire  [3:0] e_pkey$q$12;
    wire  [3:0] e_pkey$q$13;
    wire  [3:0] e_pkey$q$14;
    wire  [3:0] e_pkey$q$15;
    reg  [3:0] victim$d;
    wire  [3:0] victim$q;
    reg  victim$clock;
    reg  cap_1g$clock;
    reg  cap_1g$d$0;
    reg  cap_1g$d$1;
    reg  cap_1g$d$2;
    reg  cap_1g$d$3;
    reg  cap_1g$d$4;
    reg  cap_1g$d$5;
    reg  cap_1g$d$6;
    reg  cap_1g$d$7;
    reg  cap_1g$d$8;
    reg  cap_1g$d$9;
    reg  cap_1g$d$10;
    reg  cap_1g$d$11;
    reg  cap_1g$d$12;
    reg  cap_1g$d$13;
    reg  cap_1g$d$14;
    reg  cap_1g$d$15;
    wire  cap_1g$q$0;
    wire  cap_1g$q$1;
    wire  cap_1g$q$2;
    wire  cap_1g$q$3;
    wire  cap_1g$q$4;
    wire  cap_1g$q$5;
    wire  cap_1g$q$6;
    wire  cap_1g$q$7;
    wire  cap_1g$q$8;
    wire  cap_1g$q$9;
    wire  cap_1g$q$10;
    wire  cap_1g$q$11;
    wire  cap_1g$q$12;
    wire  cap_1g$q$13;
    wire  cap_1g$q$14;
    wire  cap_1g$q$15;
    reg  cap_2m$clock;
    reg  cap_2m$d$0;
    reg  cap_2m$d$1;
    reg  cap_2m$d$2;
    reg  cap_2m$d$3;
    reg  cap_2m$d$4;
    reg  cap_2m$d$5;
    reg  cap_2m$d$6;
    reg  cap_2m$d$7;
    reg  cap_2m$d$8;
    reg  cap_2m$d$9;
    reg  cap_2m$d$10;
    reg  cap_2m$d$11;
    reg  cap_2m$d$12;
    reg  cap_2m$d$13;
    reg  cap_2m$d$14;
    reg  cap_2m$d$15;
    wire  cap_2m$q$0;
    wire  cap_2m$q$1;
    wire  cap_2m$q$2;
    wire  cap_2m$q$3;
    wire  cap_2m$q$4;
    wire  cap_2m$q$5;
    wire  cap_2m$q$6;
    wire  cap_2m$q$7;
    wire  cap_2m$q$8;
    wire  cap_2m$q$9;
    wire  cap_2m$q$10;
    wire  cap_2m$q$11;
    wire  cap_2m$q$12;
    wire  cap_2m$q$13;
    wire  cap_2m$q$14;
    wire  cap_2m$q$15;
    reg  cap_4k$clock;
    reg  cap_4k$d$0;
    reg  cap_4k$d$1;
    reg  cap_4k$d$2;
    reg  cap_4k$d$3;
    reg  cap_4k$d$4;
    reg  cap_4k$d$5;
    reg  cap_4k$d$6;
    reg  cap_4k$d$7;
    reg  cap_4k$d$8;
    reg  cap_4k$d$9;
    reg  cap_4k$d$10;
    reg  cap_4k$d$11;
    reg  cap_4k$d$12;
    reg  cap_4k$d$13;
    reg  cap_4k$d$14;
    reg  cap_4k$d$15;
    wire  cap_4k$q$0;
    wire  cap_4k$q$1;
    wire  cap_4k$q$2;
    wire  cap_4k$q$3;
    wire  cap_4k$q$4;
    wire  cap_4k$q$5;
    wire  cap_4k$q$6;
    wire  cap_4k$q$7;
    wire  cap_4k$q$8;
    wire  cap_4k$q$9;
    wire  cap_4k$q$10;
    wire  cap_4k$q$11;
    wire  cap_4k$q$12;
    wire  cap_4k$q$13;
    wire  cap_4k$q$14;
    wire  cap_4k$q$15;
    reg  cap_pcid$clock;
    reg  cap_pcid$d$0;
    reg  cap_pcid$d$1;
    reg  cap_pcid$d$2;
    reg  cap_pcid$d$3;
    reg  cap_pcid$d$4;
    reg  cap_pcid$d$5;
    reg  cap_pcid$d$6;
    reg  cap_pcid$d$7;
    reg  cap_pcid$d$8;
    reg  cap_pcid$d$9;
    reg  cap_pcid$d$10;
    reg  cap_pcid$d$11;
    reg  cap_pcid$d$12;
    reg  cap_pcid$d$13;
    reg  cap_pcid$d$14;
    reg  cap_pcid$d$15;
    wire  cap_pcid$q$0;
    wire  cap_pcid$q$1;
    wire  cap_pcid$q$2;
    wire  cap_pcid$q$3;
    wire  cap_pcid$q$4;
    wire  cap_pcid$q$5;
    wire  cap_pcid$q$6;
    wire  cap_pcid$q$7;
    wire  cap_pcid$q$8;
    wire  cap_pcid$q$9;
    wire  cap_pcid$q$10;
    wire  cap_pcid$q$11;
    wire  cap_pcid$q$12;
    wire  cap_pcid$q$13;
    wire  cap_pcid$q$14;
    wire  cap_pcid$q$15;
    
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
    reg  lk_eq_1g$0;
    reg  lk_eq_1g$1;
    reg  lk_eq_1g$2;
    reg  lk_eq_1g$3;
    reg  lk_eq_1g$4;
    reg  lk_eq_1g$5;
    reg  lk_eq_1g$6;
    reg  lk_eq_1g$7;
    reg  lk_eq_1g$8;
    reg  lk_eq_1g$9;
    reg  lk_eq_1g$10;
    reg  lk_eq_1g$11;
    reg  lk_eq_1g$12;
    reg  lk_eq_1g$13;
    reg  lk_eq_1g$14;
    reg  lk_eq_1g$15;
    reg  lk_eq_2m$0;
    reg  lk_eq_2m$1;
    reg  lk_eq_2m$2;
    reg  lk_eq_2m$3;
    reg  lk_eq_2m$4;
    reg  lk_eq_2m$5;
    reg  lk_eq_2m$6;
    reg  lk_eq_2m$7;
    reg  lk_eq_2m$8;
    reg  lk_eq_2m$9;
    reg  lk_eq_2m$10;
    reg  lk_eq_2m$11;
    reg  lk_eq_2m$12;
    reg  lk_eq_2m$13;
    reg  lk_eq_2m$14;
    reg  lk_eq_2m$15;
    reg  lk_eq_4k$0;
    reg  lk_eq_4k$1;
    reg  lk_eq_4k$2;
    reg  lk_eq_4k$3;
    reg  lk_eq_4k$4;
    reg  lk_eq_4k$5;
    reg  lk_eq_4k$6;
    reg  lk_eq_4k$7;
    reg  lk_eq_4k$8;
    reg  lk_eq_4k$9;
    reg  lk_eq_4k$10;
    reg  lk_eq_4k$11;
    reg  lk_eq_4k$12;
    reg  lk_eq_4k$13;
    reg  lk_eq_4k$14;
    reg  lk_eq_4k$15;
    reg  lk_eq_pcid$0;
    reg  lk_eq_pcid$1;
    reg  lk_eq_pcid$2;
    reg  lk_eq_pcid$3;
    reg  lk_eq_pcid$4;
    reg  lk_eq_pcid$5;
    reg  lk_eq_pcid$6;
    reg  lk_eq_pcid$7;
    reg  lk_eq_pcid$8;
    reg  lk_eq_pcid$9;
    reg  lk_eq_pcid$10;
    reg  lk_eq_pcid$11;
    reg  lk_eq_pcid$12;
    reg  lk_eq_pcid$13;
    reg  lk_eq_pcid$14;
    reg  lk_eq_pcid$15;
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
    reg  [17:0] lk_1g;
    reg  [8:0] lk_2m;
    reg  [8:0] lk_4k;
    reg  [11:0] lk_key_pcid;
    reg  fl_is1g;
    reg  fl_is4k;
    reg  fl_found;
    reg  [15:0] fl_cand;
    reg  [15:0] fl_neg;
    reg  [15:0] fl_first;
    reg  l_hit;
    reg  [3:0] l_hit_idx;
    reg  l_hit_1g;
    reg  l_hit_4k;
    reg  [1:0] l_hit_size;
    reg  [21:0] l_hit_pfn_hi;
    reg  [17:0] l_hit_pfn_lo;
    reg  l_hit_glob;
    reg  l_hit_writable;
    reg  l_hit_user;
    reg  l_hit_xd;
    reg  l_hit_dirty;
    reg  [3:0] l_hit_pkey;
    reg  [3:0] l_fill_idx;
    
    // Sub module instances
    mmu$data$tlb$e_valid e_valid(
        .clock(e_valid$clock),
        .d$0(e_valid$d$0),
        .d$1(e_valid$d$1),
        .d$2(e_valid$d$2),
        .d$3(e_valid$d$3),
        .d$4(e_valid$d$4),
        .d$5(e_valid$d$5),
        .d$6(e_valid$d$6),
        .d$7(e_valid$d$7),
        .d$8(e_valid$d$8),
        .d$9(e_valid$d$9),
        .d$10(e_valid$d$10),
        .d$11(e_valid$d$11),
        .d$12(e_valid$d$12),
        .d$13(e_valid$d$13),
        .d$14(e_valid$d$14),
        .d$15(e_valid$d$15),
        .q$0(e_valid$q$0),
        .q$1(e_valid$q$1),
        .q$2(e_valid$q$2),
        .q$3(e_valid$q$3),
        .q$4(e_valid$q$4),
        .q$5(e_valid$q$5),
        .q$6(e_valid$q$6),
        .q$7(e_valid$q$7),
        .q$8(e_valid$q$8),
        .q$9(e_valid$q$9),
        .q$10(e_valid$q$10),
        .q$11(e_valid$q$11),
        .q$12(e_valid$q$12),
        .q$13(e_valid$q$13),
        .q$14(e_valid$q$14),
        .q$15(e_valid$q$15)
    );
    mmu$data$tlb$e_vpn_1g e_vpn_1g(
        .clock(e_vpn_1g$clock),
        .d$0(e_vpn_1g$d$0),
        .d$1(e_vpn_1g$d$1),
        .d$2(e_vpn_1g$d$2),
        .d$3(e_vpn_1g$d$3),
        .d$4(e_vpn_1g$d$4),
        .d$5(e_vpn_1g$d$5),
        .d$6(e_vpn_1g$d$6),
        .d$7(e_vpn_1g$d$7),
        .d$8(e_vpn_1g$d$8),
        .d$9(e_vpn_1g$d$9),
        .d$10(e_vpn_1g$d$10),
        .d$11(e_vpn_1g$d$11),
        .d$12(e_vpn_1g$d$12),
        .d$13(e_vpn_1g$d$13),
        .d$14(e_vpn_1g$d$14),
        .d$15(e_vpn_1g$d$15),
        .q$0(e_vpn_1g$q$0),
        .q$1(e_vpn_1g$q$1),
        .q$2(e_vpn_1g$q$2),
        .q$3(e_vpn_1g$q$3),
        .q$4(e_vpn_1g$q$4),
        .q$5(e_vpn_1g$q$5),
        .q$6(e_vpn_1g$q$6),
        .q$7(e_vpn_1g$q$7),
        .q$8(e_vpn_1g$q$8),
        .q$9(e_vpn_1g$q$9),
        .q$10(e_vpn_1g$q$10),
        .q$11(e_vpn_1g$q$11),
        .q$12(e_vpn_1g$q$12),
        .q$13(e_vpn_1g$q$13),
        .q$14(e_vpn_1g$q$14),
        .q$15(e_vpn_1g$q$15)
    );
    mmu$data$tlb$e_vpn_2m e_vpn_2m(
        .clock(e_vpn_2m$clock),
        .d$0(e_vpn_2m$d$0),
        .d$1(e_vpn_2m$d$1),
        .d$2(e_vpn_2m$d$2),
        .d$3(e_vpn_2m$d$3),
        .d$4(e_vpn_2m$d$4),
        .d$5(e_vpn_2m$d$5),
        .d$6(e_vpn_2m$d$6),
        .d$7(e_vpn_2m$d$7),
        .d$8(e_vpn_2m$d$8),
        .d$9(e_vpn_2m$d$9),
        .d$10(e_vpn_2m$d$10),
        .d$11(e_vpn_2m$d$11),
        .d$12(e_vpn_2m$d$12),
        .d$13(e_vpn_2m$d$13),
        .d$14(e_vpn_2m$d$14),
        .d$15(e_vpn_2m$d$15),
        .q$0(e_vpn_2m$q$0),
        .q$1(e_vpn_2m$q$1),
        .q$2(e_vpn_2m$q$2),
        .q$3(e_vpn_2m$q$3),
        .q$4(e_vpn_2m$q$4),
        .q$5(e_vpn_2m$q$5),
        .q$6(e_vpn_2m$q$6),
        .q$7(e_vpn_2m$q$7),
        .q$8(e_vpn_2m$q$8),
        .q$9(e_vpn_2m$q$9),
        .q$10(e_vpn_2m$q$10),
        .q$11(e_vpn_2m$q$11),
        .q$12(e_vpn_2m$q$12),
        .q$13(e_vpn_2m$q$13),
        .q$14(e_vpn_2m$q$14),
        .q$15(e_vpn_2m$q$15)
    );
    mmu$data$tlb$e_vpn_4k e_vpn_4k(
        .clock(e_vpn_4k$clock),
        .d$0(e_vpn_4k$d$0),
        .d$1(e_vpn_4k$d$1),
        .d$2(e_vpn_4k$d$2),
        .d$3(e_vpn_4k$d$3),
        .d$4(e_vpn_4k$d$4),
        .d$5(e_vpn_4k$d$5),
        .d$6(e_vpn_4k$d$6),
        .d$7(e_vpn_4k$d$7),
        .d$8(e_vpn_4k$d$8),
        .d$9(e_vpn_4k$d$9),
        .d$10(e_vpn_4k$d$10),
        .d$11(e_vpn_4k$d$11),
        .d$12(e_vpn_4k$d$12),
        .d$13(e_vpn_4k$d$13),
        .d$14(e_vpn_4k$d$14),
        .d$15(e_vpn_4k$d$15),
        .q$0(e_vpn_4k$q$0),
        .q$1(e_vpn_4k$q$1),
        .q$2(e_vpn_4k$q$2),
        .q$3(e_vpn_4k$q$3),
        .q$4(e_vpn_4k$q$4),
        .q$5(e_vpn_4k$q$5),
        .q$6(e_vpn_4k$q$6),
        .q$7(e_vpn_4k$q$7),
        .q$8(e_vpn_4k$q$8),
        .q$9(e_vpn_4k$q$9),
        .q$10(e_vpn_4k$q$10),
        .q$11(e_vpn_4k$q$11),
        .q$12(e_vpn_4k$q$12),
        .q$13(e_vpn_4k$q$13),
        .q$14(e_vpn_4k$q$14),
        .q$15(e_vpn_4k$q$15)
    );
    mmu$data$tlb$e_size e_size(
        .clock(e_size$clock),
        .d$0(e_size$d$0),
        .d$1(e_size$d$1),
        .d$2(e_size$d$2),
        .d$3(e_size$d$3),
        .d$4(e_size$d$4),
        .d$5(e_size$d$5),
        .d$6(e_size$d$6),
        .d$7(e_size$d$7),
        .d$8(e_size$d$8),
        .d$9(e_size$d$9),
        .d$10(e_size$d$10),
        .d$11(e_size$d$11),
        .d$12(e_size$d$12),
        .d$13(e_size$d$13),
        .d$14(e_size$d$14),
        .d$15(e_size$d$15),
        .q$0(e_size$q$0),
        .q$1(e_size$q$1),
        .q$2(e_size$q$2),
        .q$3(e_size$q$3),
        .q$4(e_size$q$4),
        .q$5(e_size$q$5),
        .q$6(e_size$q$6),
        .q$7(e_size$q$7),
        .q$8(e_size$q$8),
        .q$9(e_size$q$9),
        .q$10(e_size$q$10),
        .q$11(e_size$q$11),
        .q$12(e_size$q$12),
        .q$13(e_size$q$13),
        .q$14(e_size$q$14),
        .q$15(e_size$q$15)
    );
    mmu$data$tlb$e_pcid e_pcid(
        .clock(e_pcid$clock),
        .d$0(e_pcid$d$0),
        .d$1(e_pcid$d$1),
        .d$2(e_pcid$d$2),
        .d$3(e_pcid$d$3),
        .d$4(e_pcid$d$4),
        .d$5(e_pcid$d$5),
        .d$6(e_pcid$d$6),
        .d$7(e_pcid$d$7),
        .d$8(e_pcid$d$8),
        .d$9(e_pcid$d$9),
        .d$10(e_pcid$d$10),
        .d$11(e_pcid$d$11),
        .d$12(e_pcid$d$12),
        .d$13(e_pcid$d$13),
        .d$14(e_pcid$d$14),
        .d$15(e_pcid$d$15),
        .q$0(e_pcid$q$0),
        .q$1(e_pcid$q$1),
        .q$2(e_pcid$q$2),
        .q$3(e_pcid$q$3),
        .q$4(e_pcid$q$4),
        .q$5(e_pcid$q$5),
        .q$6(e_pcid$q$6),
        .q$7(e_pcid$q$7),
        .q$8(e_pcid$q$8),
        .q$9(e_pcid$q$9),
        .q$10(e_pcid$q$10),
        .q$11(e_pcid$q$11),
        .q$12(e_pcid$q$12),
        .q$13(e_pcid$q$13),
        .q$14(e_pcid$q$14),
        .q$15(e_pcid$q$15)
    );
    mmu$data$tlb$e_glob e_glob(
        .clock(e_glob$clock),
        .d$0(e_glob$d$0),
        .d$1(e_glob$d$1),
        .d$2(e_glob$d$2),
        .d$3(e_glob$d$3),
        .d$4(e_glob$d$4),
        .d$5(e_glob$d$5),
        .d$6(e_glob$d$6),
        .d$7(e_glob$d$7),
        .d$8(e_glob$d$8),
        .d$9(e_glob$d$9),
        .d$10(e_glob$d$10),
        .d$11(e_glob$d$11),
        .d$12(e_glob$d$12),
        .d$13(e_glob$d$13),
        .d$14(e_glob$d$14),
        .d$15(e_glob$d$15),
        .q$0(e_glob$q$0),
        .q$1(e_glob$q$1),
        .q$2(e_glob$q$2),
        .q$3(e_glob$q$3),
        .q$4(e_glob$q$4),
        .q$5(e_glob$q$5),
        .q$6(e_glob$q$6),
        .q$7(e_glob$q$7),
        .q$8(e_glob$q$8),
        .q$9(e_glob$q$9),
        .q$10(e_glob$q$10),
        .q$11(e_glob$q$11),
        .q$12(e_glob$q$12),
        .q$13(e_glob$q$13),
        .q$14(e_glob$q$14),
        .q$15(e_glob$q$15)
    );
    mmu$data$tlb$e_pfn_hi e_pfn_hi(
        .clock(e_pfn_hi$clock),
        .d$0(e_pfn_hi$d$0),
        .d$1(e_pfn_hi$d$1),
        .d$2(e_pfn_hi$d$2),
        .d$3(e_pfn_hi$d$3),
        .d$4(e_pfn_hi$d$4),
        .d$5(e_pfn_hi$d$5),
        .d$6(e_pfn_hi$d$6),
        .d$7(e_pfn_hi$d$7),
        .d$8(e_pfn_hi$d$8),
        .d$9(e_pfn_hi$d$9),
        .d$10(e_pfn_hi$d$10),
        .d$11(e_pfn_hi$d$11),
        .d$12(e_pfn_hi$d$12),
        .d$13(e_pfn_hi$d$13),
        .d$14(e_pfn_hi$d$14),
        .d$15(e_pfn_hi$d$15),
        .q$0(e_pfn_hi$q$0),
        .q$1(e_pfn_hi$q$1),
        .q$2(e_pfn_hi$q$2),
        .q$3(e_pfn_hi$q$3),
        .q$4(e_pfn_hi$q$4),
        .q$5(e_pfn_hi$q$5),
        .q$6(e_pfn_hi$q$6),
        .q$7(e_pfn_hi$q$7),
        .q$8(e_pfn_hi$q$8),
        .q$9(e_pfn_hi$q$9),
        .q$10(e_pfn_hi$q$10),
        .q$11(e_pfn_hi$q$11),
        .q$12(e_pfn_hi$q$12),
        .q$13(e_pfn_hi$q$13),
        .q$14(e_pfn_hi$q$14),
        .q$15(e_pfn_hi$q$15)
    );
    mmu$data$tlb$e_pfn_lo e_pfn_lo(
        .clock(e_pfn_lo$clock),
        .d$0(e_pfn_lo$d$0),
        .d$1(e_pfn_lo$d$1),
        .d$2(e_pfn_lo$d$2),
        .d$3(e_pfn_lo$d$3),
        .d$4(e_pfn_lo$d$4),
        .d$5(e_pfn_lo$d$5),
        .d$6(e_pfn_lo$d$6),
        .d$7(e_pfn_lo$d$7),
        .d$8(e_pfn_lo$d$8),
        .d$9(e_pfn_lo$d$9),
        .d$10(e_pfn_lo$d$10),
        .d$11(e_pfn_lo$d$11),
        .d$12(e_pfn_lo$d$12),
        .d$13(e_pfn_lo$d$13),
        .d$14(e_pfn_lo$d$14),
        .d$15(e_pfn_lo$d$15),
        .q$0(e_pfn_lo$q$0),
        .q$1(e_pfn_lo$q$1),
        .q$2(e_pfn_lo$q$2),
        .q$3(e_pfn_lo$q$3),
        .q$4(e_pfn_lo$q$4),
        .q$5(e_pfn_lo$q$5),
        .q$6(e_pfn_lo$q$6),
        .q$7(e_pfn_lo$q$7),
        .q$8(e_pfn_lo$q$8),
        .q$9(e_pfn_lo$q$9),
        .q$10(e_pfn_lo$q$10),
        .q$11(e_pfn_lo$q$11),
        .q$12(e_pfn_lo$q$12),
        .q$13(e_pfn_lo$q$13),
        .q$14(e_pfn_lo$q$14),
        .q$15(e_pfn_lo$q$15)
    );
    mmu$data$tlb$e_writable e_writable(
        .clock(e_writable$clock),
        .d$0(e_writable$d$0),
        .d$1(e_writable$d$1),
        .d$2(e_writable$d$2),
        .d$3(e_writable$d$3),
        .d$4(e_writable$d$4),
        .d$5(e_writable$d$5),
        .d$6(e_writable$d$6),
        .d$7(e_writable$d$7),
        .d$8(e_writable$d$8),
        .d$9(e_writable$d$9),
        .d$10(e_writable$d$10),
        .d$11(e_writable$d$11),
        .d$12(e_writable$d$12),
        .d$13(e_writable$d$13),
        .d$14(e_writable$d$14),
        .d$15(e_writable$d$15),
        .q$0(e_writable$q$0),
        .q$1(e_writable$q$1),
        .q$2(e_writable$q$2),
        .q$3(e_writable$q$3),
        .q$4(e_writable$q$4),
        .q$5(e_writable$q$5),
        .q$6(e_writable$q$6),
        .q$7(e_writable$q$7),
        .q$8(e_writable$q$8),
        .q$9(e_writable$q$9),
        .q$10(e_writable$q$10),
        .q$11(e_writable$q$11),
        .q$12(e_writable$q$12),
        .q$13(e_writable$q$13),
        .q$14(e_writable$q$14),
        .q$15(e_writable$q$15)
    );
    mmu$data$tlb$e_user e_user(
        .clock(e_user$clock),
        .d$0(e_user$d$0),
        .d$1(e_user$d$1),
        .d$2(e_user$d$2),
        .d$3(e_user$d$3),
        .d$4(e_user$d$4),
        .d$5(e_user$d$5),
        .d$6(e_user$d$6),
        .d$7(e_user$d$7),
        .d$8(e_user$d$8),
        .d$9(e_user$d$9),
        .d$10(e_user$d$10),
        .d$11(e_user$d$11),
        .d$12(e_user$d$12),
        .d$13(e_user$d$13),
        .d$14(e_user$d$14),
        .d$15(e_user$d$15),
        .q$0(e_user$q$0),
        .q$1(e_user$q$1),
        .q$2(e_user$q$2),
        .q$3(e_user$q$3),
        .q$4(e_user$q$4),
        .q$5(e_user$q$5),
        .q$6(e_user$q$6),
        .q$7(e_user$q$7),
        .q$8(e_user$q$8),
        .q$9(e_user$q$9),
        .q$10(e_user$q$10),
        .q$11(e_user$q$11),
        .q$12(e_user$q$12),
        .q$13(e_user$q$13),
        .q$14(e_user$q$14),
        .q$15(e_user$q$15)
    );
    mmu$data$tlb$e_xd e_xd(
        .clock(e_xd$clock),
        .d$0(e_xd$d$0),
        .d$1(e_xd$d$1),
        .d$2(e_xd$d$2),
        .d$3(e_xd$d$3),
        .d$4(e_xd$d$4),
        .d$5(e_xd$d$5),
        .d$6(e_xd$d$6),
        .d$7(e_xd$d$7),
        .d$8(e_xd$d$8),
        .d$9(e_xd$d$9),
        .d$10(e_xd$d$10),
        .d$11(e_xd$d$11),
        .d$12(e_xd$d$12),
        .d$13(e_xd$d$13),
        .d$14(e_xd$d$14),
        .d$15(e_xd$d$15),
        .q$0(e_xd$q$0),
        .q$1(e_xd$q$1),
        .q$2(e_xd$q$2),
        .q$3(e_xd$q$3),
        .q$4(e_xd$q$4),
        .q$5(e_xd$q$5),
        .q$6(e_xd$q$6),
        .q$7(e_xd$q$7),
        .q$8(e_xd$q$8),
        .q$9(e_xd$q$9),
        .q$10(e_xd$q$10),
        .q$11(e_xd$q$11),
        .q$12(e_xd$q$12),
        .q$13(e_xd$q$13),
        .q$14(e_xd$q$14),
        .q$15(e_xd$q$15)
    );
    mmu$data$tlb$e_dirty e_dirty(
        .clock(e_dirty$clock),
        .d$0(e_dirty$d$0),
        .d$1(e_dirty$d$1),
        .d$2(e_dirty$d$2),
        .d$3(e_dirty$d$3),
        .d$4(e_dirty$d$4),
        .d$5(e_dirty$d$5),
        .d$6(e_dirty$d$6),
        .d$7(e_dirty$d$7),
        .d$8(e_dirty$d$8),
        .d$9(e_dirty$d$9),
        .d$10(e_dirty$d$10),
        .d$11(e_dirty$d$11),
        .d$12(e_dirty$d$12),
        .d$13(e_dirty$d$13),
        .d$14(e_dirty$d$14),
        .d$15(e_dirty$d$15),
        .q$0(e_dirty$q$0),
        .q$1(e_dirty$q$1),
        .q$2(e_dirty$q$2),
        .q$3(e_dirty$q$3),
        .q$4(e_dirty$q$4),
        .q$5(e_dirty$q$5),
        .q$6(e_dirty$q$6),
        .q$7(e_dirty$q$7),
        .q$8(e_dirty$q$8),
        .q$9(e_dirty$q$9),
        .q$10(e_dirty$q$10),
        .q$11(e_dirty$q$11),
        .q$12(e_dirty$q$12),
        .q$13(e_dirty$q$13),
        .q$14(e_dirty$q$14),
        .q$15(e_dirty$q$15)
    );
    mmu$data$tlb$e_pkey e_pkey(
        .clock(e_pkey$clock),
        .d$0(e_pkey$d$0),
        .d$1(e_pkey$d$1),
        .d$2(e_pkey$d$2),
        .d$3(e_pkey$d$3),
        .d$4(e_pkey$d$4),
        .d$5(e_pkey$d$5),
        .d$6(e_pkey$d$6),
        .d$7(e_pkey$d$7),
        .d$8(e_pkey$d$8),
        .d$9(e_pkey$d$9),
        .d$10(e_pkey$d$10),
        .d$11(e_pkey$d$11),
        .d$12(e_pkey$d$12),
        .d$13(e_pkey$d$13),
        .d$14(e_pkey$d$14),
        .d$15(e_pkey$d$15),
        .q$0(e_pkey$q$0),
        .q$1(e_pkey$q$1),
        .q$2(e_pkey$q$2),
        .q$3(e_pkey$q$3),
        .q$4(e_pkey$q$4),
        .q$5(e_pkey$q$5),
        .q$6(e_pkey$q$6),
        .q$7(e_pkey$q$7),
        .q$8(e_pkey$q$8),
        .q$9(e_pkey$q$9),
        .q$10(e_pkey$q$10),
        .q$11(e_pkey$q$11),
        .q$12(e_pkey$q$12),
        .q$13(e_pkey$q$13),
        .q$14(e_pkey$q$14),
        .q$15(e_pkey$q$15)
    );
    mmu$data$tlb$victim victim(
        .d(victim$d),
        .q(victim$q),
        .clock(victim$clock)
    );
    mmu$data$tlb$cap_1g cap_1g(
        .clock(cap_1g$clock),
        .d$0(cap_1g$d$0),
        .d$1(cap_1g$d$1),
        .d$2(cap_1g$d$2),
        .d$3(cap_1g$d$3),
        .d$4(cap_1g$d$4),
        .d$5(cap_1g$d$5),
        .d$6(cap_1g$d$6),
        .d$7(cap_1g$d$7),
        .d$8(cap_1g$d$8),
        .d$9(cap_1g$d$9),
        .d$10(cap_1g$d$10),
        .d$11(cap_1g$d$11),
        .d$12(cap_1g$d$12),
        .d$13(cap_1g$d$13),
        .d$14(cap_1g$d$14),
        .d$15(cap_1g$d$15),
        .q$0(cap_1g$q$0),
        .q$1(cap_1g$q$1),
        .q$2(cap_1g$q$2),
        .q$3(cap_1g$q$3),
        .q$4(cap_1g$q$4),
        .q$5(cap_1g$q$5),
        .q$6(cap_1g$q$6),
        .q$7(cap_1g$q$7),
        .q$8(cap_1g$q$8),
        .q$9(cap_1g$q$9),
        .q$10(cap_1g$q$10),
        .q$11(cap_1g$q$11),
        .q$12(cap_1g$q$12),
        .q$13(cap_1g$q$13),
        .q$14(cap_1g$q$14),
        .q$15(cap_1g$q$15)
    );
    mmu$data$tlb$cap_2m cap_2m(
        .clock(cap_2m$clock),
        .d$0(cap_2m$d$0),
        .d$1(cap_2m$d$1),
        .d$2(cap_2m$d$2),
        .d$3(cap_2m$d$3),
        .d$4(cap_2m$d$4),
        .d$5(cap_2m$d$5),
        .d$6(cap_2m$d$6),
        .d$7(cap_2m$d$7),
        .d$8(cap_2m$d$8),
        .d$9(cap_2m$d$9),
        .d$10(cap_2m$d$10),
        .d$11(cap_2m$d$11),
        .d$12(cap_2m$d$12),
        .d$13(cap_2m$d$13),
        .d$14(cap_2m$d$14),
        .d$15(cap_2m$d$15),
        .q$0(cap_2m$q$0),
        .q$1(cap_2m$q$1),
        .q$2(cap_2m$q$2),
        .q$3(cap_2m$q$3),
        .q$4(cap_2m$q$4),
        .q$5(cap_2m$q$5),
        .q$6(cap_2m$q$6),
        .q$7(cap_2m$q$7),
        .q$8(cap_2m$q$8),
        .q$9(cap_2m$q$9),
        .q$10(cap_2m$q$10),
        .q$11(cap_2m$q$11),
        .q$12(cap_2m$q$12),
        .q$13(cap_2m$q$13),
        .q$14(cap_2m$q$14),
        .q$15(cap_2m$q$15)
    );
    mmu$data$tlb$cap_4k cap_4k(
        .clock(cap_4k$clock),
        .d$0(cap_4k$d$0),
        .d$1(cap_4k$d$1),
        .d$2(cap_4k$d$2),
        .d$3(cap_4k$d$3),
        .d$4(cap_4k$d$4),
        .d$5(cap_4k$d$5),
        .d$6(cap_4k$d$6),
        .d$7(cap_4k$d$7),
        .d$8(cap_4k$d$8),
        .d$9(cap_4k$d$9),
        .d$10(cap_4k$d$10),
        .d$11(cap_4k$d$11),
        .d$12(cap_4k$d$12),
        .d$13(cap_4k$d$13),
        .d$14(cap_4k$d$14),
        .d$15(cap_4k$d$15),
        .q$0(cap_4k$q$0),
        .q$1(cap_4k$q$1),
        .q$2(cap_4k$q$2),
        .q$3(cap_4k$q$3),
        .q$4(cap_4k$q$4),
        .q$5(cap_4k$q$5),
        .q$6(cap_4k$q$6),
        .q$7(cap_4k$q$7),
        .q$8(cap_4k$q$8),
        .q$9(cap_4k$q$9),
        .q$10(cap_4k$q$10),
        .q$11(cap_4k$q$11),
        .q$12(cap_4k$q$12),
        .q$13(cap_4k$q$13),
        .q$14(cap_4k$q$14),
        .q$15(cap_4k$q$15)
    );
    mmu$data$tlb$cap_pcid cap_pcid(
        .clock(cap_pcid$clock),
        .d$0(cap_pcid$d$0),
        .d$1(cap_pcid$d$1),
        .d$2(cap_pcid$d$2),
        .d$3(cap_pcid$d$3),
        .d$4(cap_pcid$d$4),
        .d$5(cap_pcid$d$5),
        .d$6(cap_pcid$d$6),
        .d$7(cap_pcid$d$7),
        .d$8(cap_pcid$d$8),
        .d$9(cap_pcid$d$9),
        .d$10(cap_pcid$d$10),
        .d$11(cap_pcid$d$11),
        .d$12(cap_pcid$d$12),
        .d$13(cap_pcid$d$13),
        .d$14(cap_pcid$d$14),
        .d$15(cap_pcid$d$15),
        .q$0(cap_pcid$q$0),
        .q$1(cap_pcid$q$1),
        .q$2(cap_pcid$q$2),
        .q$3(cap_pcid$q$3),
        .q$4(cap_pcid$q$4),
        .q$5(cap_pcid$q$5),
        .q$6(cap_pcid$q$6),
        .q$7(cap_pcid$q$7),
        .q$8(cap_pcid$q$8),
        .q$9(cap_pcid$q$9),
        .q$10(cap_pcid$q$10),
        .q$11(cap_pcid$q$11),
        .q$12(cap_pcid$q$12),
        .q$13(cap_pcid$q$13),
        .q$14(cap_pcid$q$14),
        .q$15(cap_pcid$q$15)
    );
    
    // Update code
    always @(*) begin
        e_valid$clock = clock;
        e_vpn_1g$clock = clock;
        e_vpn_2m$clock = clock;
        e_vpn_4k$clock = clock;
        e_size$clock = clock;
        e_pcid$clock = clock;
        e_glob$clock = clock;
        e_pfn_hi$clock = clock;
        e_pfn_lo$clock = clock;
        e_writable$clock = clock;
        e_user$clock = clock;
        e_xd$clock = clock;
        e_dirty$clock = clock;
        e_pkey$clock = clock;
        cap_1g$clock = clock;
        cap_2m$clock = clock;
        cap_4k$clock = clock;
        cap_pcid$clock = clock;
        e_valid$d$0 = e_valid$q$0;
        e_vpn_1g$d$0 = e_vpn_1g$q$0;
        e_vpn_2m$d$0 = e_vpn_2m$q$0;
        e_vpn_4k$d$0 = e_vpn_4k$q$0;
        e_size$d$0 = e_size$q$0;
        e_pcid$d$0 = e_pcid$q$0;
        e_glob$d$0 = e_glob$q$0;
        e_pfn_hi$d$0 = e_pfn_hi$q$0;
        e_pfn_lo$d$0 = e_pfn_lo$q$0;
        e_writable$d$0 = e_writable$q$0;
        e_user$d$0 = e_user$q$0;
        e_xd$d$0 = e_xd$q$0;
        e_dirty$d$0 = e_dirty$q$0;
        e_pkey$d$0 = e_pkey$q$0;
        cap_1g$d$0 = cap_1g$q$0;
        cap_2m$d$0 = cap_2m$q$0;
        cap_4k$d$0 = cap_4k$q$0;
        cap_pcid$d$0 = cap_pcid$q$0;
        e_valid$d$1 = e_valid$q$1;
        e_vpn_1g$d$1 = e_vpn_1g$q$1;
        e_vpn_2m$d$1 = e_vpn_2m$q$1;
        e_vpn_4k$d$1 = e_vpn_4k$q$1;
        e_size$d$1 = e_size$q$1;
        e_pcid$d$1 = e_pcid$q$1;
        e_glob$d$1 = e_glob$q$1;
        e_pfn_hi$d$1 = e_pfn_hi$q$1;
        e_pfn_lo$d$1 = e_pfn_lo$q$1;
        e_writable$d$1 = e_writable$q$1;
        e_user$d$1 = e_user$q$1;
        e_xd$d$1 = e_xd$q$1;
        e_dirty$d$1 = e_dirty$q$1;
        e_pkey$d$1 = e_pkey$q$1;
        cap_1g$d$1 = cap_1g$q$1;
        cap_2m$d$1 = cap_2m$q$1;
        cap_4k$d$1 = cap_4k$q$1;
        cap_pcid$d$1 = cap_pcid$q$1;
        e_valid$d$2 = e_valid$q$2;
        e_vpn_1g$d$2 = e_vpn_1g$q$2;
        e_vpn_2m$d$2 = e_vpn_2m$q$2;
        e_vpn_4k$d$2 = e_vpn_4k$q$2;
        e_size$d$2 = e_size$q$2;
        e_pcid$d$2 = e_pcid$q$2;
        e_glob$d$2 = e_glob$q$2;
        e_pfn_hi$d$2 = e_pfn_hi$q$2;
        e_pfn_lo$d$2 = e_pfn_lo$q$2;
        e_writable$d$2 = e_writable$q$2;
        e_user$d$2 = e_user$q$2;
        e_xd$d$2 = e_xd$q$2;
        e_dirty$d$2 = e_dirty$q$2;
        e_pkey$d$2 = e_pkey$q$2;
        cap_1g$d$2 = cap_1g$q$2;
        cap_2m$d$2 = cap_2m$q$2;
        cap_4k$d$2 = cap_4k$q$2;
        cap_pcid$d$2 = cap_pcid$q$2;
        e_valid$d$3 = e_valid$q$3;
        e_vpn_1g$d$3 = e_vpn_1g$q$3;
        e_vpn_2m$d$3 = e_vpn_2m$q$3;
        e_vpn_4k$d$3 = e_vpn_4k$q$3;
        e_size$d$3 = e_size$q$3;
        e_pcid$d$3 = e_pcid$q$3;
        e_glob$d$3 = e_glob$q$3;
        e_pfn_hi$d$3 = e_pfn_hi$q$3;
        e_pfn_lo$d$3 = e_pfn_lo$q$3;
        e_writable$d$3 = e_writable$q$3;
        e_user$d$3 = e_user$q$3;
        e_xd$d$3 = e_xd$q$3;
        e_dirty$d$3 = e_dirty$q$3;
        e_pkey$d$3 = e_pkey$q$3;
        cap_1g$d$3 = cap_1g$q$3;
        cap_2m$d$3 = cap_2m$q$3;
        cap_4k$d$3 = cap_4k$q$3;
        cap_pcid$d$3 = cap_pcid$q$3;
        e_valid$d$4 = e_valid$q$4;
        e_vpn_1g$d$4 = e_vpn_1g$q$4;
        e_vpn_2m$d$4 = e_vpn_2m$q$4;
        e_vpn_4k$d$4 = e_vpn_4k$q$4;
        e_size$d$4 = e_size$q$4;
        e_pcid$d$4 = e_pcid$q$4;
        e_glob$d$4 = e_glob$q$4;
        e_pfn_hi$d$4 = e_pfn_hi$q$4;
        e_pfn_lo$d$4 = e_pfn_lo$q$4;
        e_writable$d$4 = e_writable$q$4;
        e_user$d$4 = e_user$q$4;
        e_xd$d$4 = e_xd$q$4;
        e_dirty$d$4 = e_dirty$q$4;
        e_pkey$d$4 = e_pkey$q$4;
        cap_1g$d$4 = cap_1g$q$4;
        cap_2m$d$4 = cap_2m$q$4;
        cap_4k$d$4 = cap_4k$q$4;
        cap_pcid$d$4 = cap_pcid$q$4;
        e_valid$d$5 = e_valid$q$5;
        e_vpn_1g$d$5 = e_vpn_1g$q$5;
        e_vpn_2m$d$5 = e_vpn_2m$q$5;
        e_vpn_4k$d$5 = e_vpn_4k$q$5;
        e_size$d$5 = e_size$q$5;
        e_pcid$d$5 = e_pcid$q$5;
        e_glob$d$5 = e_glob$q$5;
        e_pfn_hi$d$5 = e_pfn_hi$q$5;
        e_pfn_lo$d$5 = e_pfn_lo$q$5;
        e_writable$d$5 = e_writable$q$5;
        e_user$d$5 = e_user$q$5;
        e_xd$d$5 = e_xd$q$5;
        e_dirty$d$5 = e_dirty$q$5;
        e_pkey$d$5 = e_pkey$q$5;
        cap_1g$d$5 = cap_1g$q$5;
        cap_2m$d$5 = cap_2m$q$5;
        cap_4k$d$5 = cap_4k$q$5;
        cap_pcid$d$5 = cap_pcid$q$5;
        e_valid$d$6 = e_valid$q$6;
        e_vpn_1g$d$6 = e_vpn_1g$q$6;
        e_vpn_2m$d$6 = e_vpn_2m$q$6;
        e_vpn_4k$d$6 = e_vpn_4k$q$6;
        e_size$d$6 = e_size$q$6;
        e_pcid$d$6 = e_pcid$q$6;
        e_glob$d$6 = e_glob$q$6;
        e_pfn_hi$d$6 = e_pfn_hi$q$6;
        e_pfn_lo$d$6 = e_pfn_lo$q$6;
        e_writable$d$6 = e_writable$q$6;
        e_user$d$6 = e_user$q$6;
        e_xd$d$6 = e_xd$q$6;
        e_dirty$d$6 = e_dirty$q$6;
        e_pkey$d$6 = e_pkey$q$6;
        cap_1g$d$6 = cap_1g$q$6;
        cap_2m$d$6 = cap_2m$q$6;
        cap_4k$d$6 = cap_4k$q$6;
        cap_pcid$d$6 = cap_pcid$q$6;
        e_valid$d$7 = e_valid$q$7;
        e_vpn_1g$d$7 = e_vpn_1g$q$7;
        e_vpn_2m$d$7 = e_vpn_2m$q$7;
        e_vpn_4k$d$7 = e_vpn_4k$q$7;
        e_size$d$7 = e_size$q$7;
        e_pcid$d$7 = e_pcid$q$7;
        e_glob$d$7 = e_glob$q$7;
        e_pfn_hi$d$7 = e_pfn_hi$q$7;
        e_pfn_lo$d$7 = e_pfn_lo$q$7;
        e_writable$d$7 = e_writable$q$7;
        e_user$d$7 = e_user$q$7;
        e_xd$d$7 = e_xd$q$7;
        e_dirty$d$7 = e_dirty$q$7;
        e_pkey$d$7 = e_pkey$q$7;
        cap_1g$d$7 = cap_1g$q$7;
        cap_2m$d$7 = cap_2m$q$7;
        cap_4k$d$7 = cap_4k$q$7;
        cap_pcid$d$7 = cap_pcid$q$7;
        e_valid$d$8 = e_valid$q$8;
        e_vpn_1g$d$8 = e_vpn_1g$q$8;
        e_vpn_2m$d$8 = e_vpn_2m$q$8;
        e_vpn_4k$d$8 = e_vpn_4k$q$8;
        e_size$d$8 = e_size$q$8;
        e_pcid$d$8 = e_pcid$q$8;
        e_glob$d$8 = e_glob$q$8;
        e_pfn_hi$d$8 = e_pfn_hi$q$8;
        e_pfn_lo$d$8 = e_pfn_lo$q$8;
        e_writable$d$8 = e_writable$q$8;
        e_user$d$8 = e_user$q$8;
        e_xd$d$8 = e_xd$q$8;
        e_dirty$d$8 = e_dirty$q$8;
        e_pkey$d$8 = e_pkey$q$8;
        cap_1g$d$8 = cap_1g$q$8;
        cap_2m$d$8 = cap_2m$q$8;
        cap_4k$d$8 = cap_4k$q$8;
        cap_pcid$d$8 = cap_pcid$q$8;
        e_valid$d$9 = e_valid$q$9;
        e_vpn_1g$d$9 = e_vpn_1g$q$9;
        e_vpn_2m$d$9 = e_vpn_2m$q$9;
        e_vpn_4k$d$9 = e_vpn_4k$q$9;
        e_size$d$9 = e_size$q$9;
        e_pcid$d$9 = e_pcid$q$9;
        e_glob$d$9 = e_glob$q$9;
        e_pfn_hi$d$9 = e_pfn_hi$q$9;
        e_pfn_lo$d$9 = e_pfn_lo$q$9;
        e_writable$d$9 = e_writable$q$9;
        e_user$d$9 = e_user$q$9;
        e_xd$d$9 = e_xd$q$9;
        e_dirty$d$9 = e_dirty$q$9;
        e_pkey$d$9 = e_pkey$q$9;
        cap_1g$d$9 = cap_1g$q$9;
        cap_2m$d$9 = cap_2m$q$9;
        cap_4k$d$9 = cap_4k$q$9;
        cap_pcid$d$9 = cap_pcid$q$9;
        e_valid$d$10 = e_valid$q$10;
        e_vpn_1g$d$10 = e_vpn_1g$q$10;
        e_vpn_2m$d$10 = e_vpn_2m$q$10;
        e_vpn_4k$d$10 = e_vpn_4k$q$10;
        e_size$d$10 = e_size$q$10;
        e_pcid$d$10 = e_pcid$q$10;
        e_glob$d$10 = e_glob$q$10;
        e_pfn_hi$d$10 = e_pfn_hi$q$10;
        e_pfn_lo$d$10 = e_pfn_lo$q$10;
        e_writable$d$10 = e_writable$q$10;
        e_user$d$10 = e_user$q$10;
        e_xd$d$10 = e_xd$q$10;
        e_dirty$d$10 = e_dirty$q$10;
        e_pkey$d$10 = e_pkey$q$10;
        cap_1g$d$10 = cap_1g$q$10;
        cap_2m$d$10 = cap_2m$q$10;
        cap_4k$d$10 = cap_4k$q$10;
        cap_pcid$d$10 = cap_pcid$q$10;
        e_valid$d$11 = e_valid$q$11;
        e_vpn_1g$d$11 = e_vpn_1g$q$11;
        e_vpn_2m$d$11 = e_vpn_2m$q$11;
        e_vpn_4k$d$11 = e_vpn_4k$q$11;
        e_size$d$11 = e_size$q$11;
        e_pcid$d$11 = e_pcid$q$11;
        e_glob$d$11 = e_glob$q$11;
        e_pfn_hi$d$11 = e_pfn_hi$q$11;
        e_pfn_lo$d$11 = e_pfn_lo$q$11;
        e_writable$d$11 = e_writable$q$11;
        e_user$d$11 = e_user$q$11;
        e_xd$d$11 = e_xd$q$11;
        e_dirty$d$11 = e_dirty$q$11;
        e_pkey$d$11 = e_pkey$q$11;
        cap_1g$d$11 = cap_1g$q$11;
        cap_2m$d$11 = cap_2m$q$11;
        cap_4k$d$11 = cap_4k$q$11;
        cap_pcid$d$11 = cap_pcid$q$11;
        e_valid$d$12 = e_valid$q$12;
        e_vpn_1g$d$12 = e_vpn_1g$q$12;
        e_vpn_2m$d$12 = e_vpn_2m$q$12;
        e_vpn_4k$d$12 = e_vpn_4k$q$12;
        e_size$d$12 = e_size$q$12;
        e_pcid$d$12 = e_pcid$q$12;
        e_glob$d$12 = e_glob$q$12;
        e_pfn_hi$d$12 = e_pfn_hi$q$12;
        e_pfn_lo$d$12 = e_pfn_lo$q$12;
        e_writable$d$12 = e_writable$q$12;
        e_user$d$12 = e_user$q$12;
        e_xd$d$12 = e_xd$q$12;
        e_dirty$d$12 = e_dirty$q$12;
        e_pkey$d$12 = e_pkey$q$12;
        cap_1g$d$12 = cap_1g$q$12;
        cap_2m$d$12 = cap_2m$q$12;
        cap_4k$d$12 = cap_4k$q$12;
        cap_pcid$d$12 = cap_pcid$q$12;
        e_valid$d$13 = e_valid$q$13;
        e_vpn_1g$d$13 = e_vpn_1g$q$13;
        e_vpn_2m$d$13 = e_vpn_2m$q$13;
        e_vpn_4k$d$13 = e_vpn_4k$q$13;
        e_size$d$13 = e_size$q$13;
        e_pcid$d$13 = e_pcid$q$13;
        e_glob$d$13 = e_glob$q$13;
        e_pfn_hi$d$13 = e_pfn_hi$q$13;
        e_pfn_lo$d$13 = e_pfn_lo$q$13;
        e_writable$d$13 = e_writable$q$13;
        e_user$d$13 = e_user$q$13;
        e_xd$d$13 = e_xd$q$13;
        e_dirty$d$13 = e_dirty$q$13;
        e_pkey$d$13 = e_pkey$q$13;
        cap_1g$d$13 = cap_1g$q$13;
        cap_2m$d$13 = cap_2m$q$13;
        cap_4k$d$13 = cap_4k$q$13;
        cap_pcid$d$13 = cap_pcid$q$13;
        e_valid$d$14 = e_valid$q$14;
        e_vpn_1g$d$14 = e_vpn_1g$q$14;
        e_vpn_2m$d$14 = e_vpn_2m$q$14;
        e_vpn_4k$d$14 = e_vpn_4k$q$14;
        e_size$d$14 = e_size$q$14;
        e_pcid$d$14 = e_pcid$q$14;
        e_glob$d$14 = e_glob$q$14;
        e_pfn_hi$d$14 = e_pfn_hi$q$14;
        e_pfn_lo$d$14 = e_pfn_lo$q$14;
        e_writable$d$14 = e_writable$q$14;
        e_user$d$14 = e_user$q$14;
        e_xd$d$14 = e_xd$q$14;
        e_dirty$d$14 = e_dirty$q$14;
        e_pkey$d$14 = e_pkey$q$14;
        cap_1g$d$14 = cap_1g$q$14;
        cap_2m$d$14 = cap_2m$q$14;
        cap_4k$d$14 = cap_4k$q$14;
        cap_pcid$d$14 = cap_pcid$q$14;
        e_valid$d$15 = e_valid$q$15;
        e_vpn_1g$d$15 = e_vpn_1g$q$15;
        e_vpn_2m$d$15 = e_vpn_2m$q$15;
        e_vpn_4k$d$15 = e_vpn_4k$q$15;
        e_size$d$15 = e_size$q$15;
        e_pcid$d$15 = e_pcid$q$15;
        e_glob$d$15 = e_glob$q$15;
        e_pfn_hi$d$15 = e_pfn_hi$q$15;
        e_pfn_lo$d$15 = e_pfn_lo$q$15;
        e_writable$d$15 = e_writable$q$15;
        e_user$d$15 = e_user$q$15;
        e_xd$d$15 = e_xd$q$15;
        e_dirty$d$15 = e_dirty$q$15;
        e_pkey$d$15 = e_pkey$q$15;
        cap_1g$d$15 = cap_1g$q$15;
        cap_2m$d$15 = cap_2m$q$15;
        cap_4k$d$15 = cap_4k$q$15;
        cap_pcid$d$15 = cap_pcid$q$15;
        victim$clock = clock;
        victim$d = victim$q;
        lk_1g = lk_vpn[(32'h12)+:(18)];
        lk_2m = lk_vpn[(32'h9)+:(9)];
        lk_4k = lk_vpn[(32'h0)+:(9)];
        lk_key_pcid = lk_pcid;
        if (inv_en) begin
            lk_1g = inv_vpn[(32'h12)+:(18)];
            lk_2m = inv_vpn[(32'h9)+:(9)];
            lk_4k = inv_vpn[(32'h0)+:(9)];
            lk_key_pcid = inv_pcid;
        end
        fl_is1g = fill_size == PageSize$Size1G;
        fl_is4k = fill_size == PageSize$Size4K;
        l_hit = 1'b0;
        l_hit_idx = 32'h0;
        l_hit_1g = 1'b0;
        l_hit_4k = 1'b0;
        l_hit_pfn_hi = 32'h0;
        l_hit_pfn_lo = 32'h0;
        l_hit_glob = 1'b0;
        l_hit_writable = 1'b0;
        l_hit_user = 1'b0;
        l_hit_xd = 1'b0;
        l_hit_dirty = 1'b0;
        l_hit_pkey = 32'h0;
        e_is1g$0 = e_size$q$0 == PageSize$Size1G;
        e_is4k$0 = e_size$q$0 == PageSize$Size4K;
        lk_eq_1g$0 = e_vpn_1g$q$0 == lk_1g;
        lk_eq_2m$0 = e_vpn_2m$q$0 == lk_2m;
        lk_eq_4k$0 = e_vpn_4k$q$0 == lk_4k;
        lk_eq_pcid$0 = e_pcid$q$0 == lk_key_pcid;
        lk_match$0 = e_valid$q$0 && (e_glob$q$0 || lk_eq_pcid$0) && lk_eq_1g$0 && (e_is1g$0 || lk_eq_2m$0) && (~e_is4k$0 || lk_eq_4k$0);
        if (lk_capture) begin
            cap_1g$d$0 = lk_eq_1g$0;
            cap_2m$d$0 = lk_eq_2m$0;
            cap_4k$d$0 = lk_eq_4k$0;
            cap_pcid$d$0 = lk_eq_pcid$0;
        end
        if (lk_match$0) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$0;
            l_hit_1g = l_hit_1g || e_is1g$0;
            l_hit_4k = l_hit_4k || e_is4k$0;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$0;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$0;
            l_hit_glob = l_hit_glob || e_glob$q$0;
            l_hit_writable = l_hit_writable || e_writable$q$0;
            l_hit_user = l_hit_user || e_user$q$0;
            l_hit_xd = l_hit_xd || e_xd$q$0;
            l_hit_dirty = l_hit_dirty || e_dirty$q$0;
            l_hit_pkey = l_hit_pkey | e_pkey$q$0;
        end
        e_is1g$1 = e_size$q$1 == PageSize$Size1G;
        e_is4k$1 = e_size$q$1 == PageSize$Size4K;
        lk_eq_1g$1 = e_vpn_1g$q$1 == lk_1g;
        lk_eq_2m$1 = e_vpn_2m$q$1 == lk_2m;
        lk_eq_4k$1 = e_vpn_4k$q$1 == lk_4k;
        lk_eq_pcid$1 = e_pcid$q$1 == lk_key_pcid;
        lk_match$1 = e_valid$q$1 && (e_glob$q$1 || lk_eq_pcid$1) && lk_eq_1g$1 && (e_is1g$1 || lk_eq_2m$1) && (~e_is4k$1 || lk_eq_4k$1);
        if (lk_capture) begin
            cap_1g$d$1 = lk_eq_1g$1;
            cap_2m$d$1 = lk_eq_2m$1;
            cap_4k$d$1 = lk_eq_4k$1;
            cap_pcid$d$1 = lk_eq_pcid$1;
        end
        if (lk_match$1) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$1;
            l_hit_1g = l_hit_1g || e_is1g$1;
            l_hit_4k = l_hit_4k || e_is4k$1;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$1;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$1;
            l_hit_glob = l_hit_glob || e_glob$q$1;
            l_hit_writable = l_hit_writable || e_writable$q$1;
            l_hit_user = l_hit_user || e_user$q$1;
            l_hit_xd = l_hit_xd || e_xd$q$1;
            l_hit_dirty = l_hit_dirty || e_dirty$q$1;
            l_hit_pkey = l_hit_pkey | e_pkey$q$1;
        end
        e_is1g$2 = e_size$q$2 == PageSize$Size1G;
        e_is4k$2 = e_size$q$2 == PageSize$Size4K;
        lk_eq_1g$2 = e_vpn_1g$q$2 == lk_1g;
        lk_eq_2m$2 = e_vpn_2m$q$2 == lk_2m;
        lk_eq_4k$2 = e_vpn_4k$q$2 == lk_4k;
        lk_eq_pcid$2 = e_pcid$q$2 == lk_key_pcid;
        lk_match$2 = e_valid$q$2 && (e_glob$q$2 || lk_eq_pcid$2) && lk_eq_1g$2 && (e_is1g$2 || lk_eq_2m$2) && (~e_is4k$2 || lk_eq_4k$2);
        if (lk_capture) begin
            cap_1g$d$2 = lk_eq_1g$2;
            cap_2m$d$2 = lk_eq_2m$2;
            cap_4k$d$2 = lk_eq_4k$2;
            cap_pcid$d$2 = lk_eq_pcid$2;
        end
        if (lk_match$2) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$2;
            l_hit_1g = l_hit_1g || e_is1g$2;
            l_hit_4k = l_hit_4k || e_is4k$2;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$2;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$2;
            l_hit_glob = l_hit_glob || e_glob$q$2;
            l_hit_writable = l_hit_writable || e_writable$q$2;
            l_hit_user = l_hit_user || e_user$q$2;
            l_hit_xd = l_hit_xd || e_xd$q$2;
            l_hit_dirty = l_hit_dirty || e_dirty$q$2;
            l_hit_pkey = l_hit_pkey | e_pkey$q$2;
        end
        e_is1g$3 = e_size$q$3 == PageSize$Size1G;
        e_is4k$3 = e_size$q$3 == PageSize$Size4K;
        lk_eq_1g$3 = e_vpn_1g$q$3 == lk_1g;
        lk_eq_2m$3 = e_vpn_2m$q$3 == lk_2m;
        lk_eq_4k$3 = e_vpn_4k$q$3 == lk_4k;
        lk_eq_pcid$3 = e_pcid$q$3 == lk_key_pcid;
        lk_match$3 = e_valid$q$3 && (e_glob$q$3 || lk_eq_pcid$3) && lk_eq_1g$3 && (e_is1g$3 || lk_eq_2m$3) && (~e_is4k$3 || lk_eq_4k$3);
        if (lk_capture) begin
            cap_1g$d$3 = lk_eq_1g$3;
            cap_2m$d$3 = lk_eq_2m$3;
            cap_4k$d$3 = lk_eq_4k$3;
            cap_pcid$d$3 = lk_eq_pcid$3;
        end
        if (lk_match$3) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$3;
            l_hit_1g = l_hit_1g || e_is1g$3;
            l_hit_4k = l_hit_4k || e_is4k$3;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$3;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$3;
            l_hit_glob = l_hit_glob || e_glob$q$3;
            l_hit_writable = l_hit_writable || e_writable$q$3;
            l_hit_user = l_hit_user || e_user$q$3;
            l_hit_xd = l_hit_xd || e_xd$q$3;
            l_hit_dirty = l_hit_dirty || e_dirty$q$3;
            l_hit_pkey = l_hit_pkey | e_pkey$q$3;
        end
        e_is1g$4 = e_size$q$4 == PageSize$Size1G;
        e_is4k$4 = e_size$q$4 == PageSize$Size4K;
        lk_eq_1g$4 = e_vpn_1g$q$4 == lk_1g;
        lk_eq_2m$4 = e_vpn_2m$q$4 == lk_2m;
        lk_eq_4k$4 = e_vpn_4k$q$4 == lk_4k;
        lk_eq_pcid$4 = e_pcid$q$4 == lk_key_pcid;
        lk_match$4 = e_valid$q$4 && (e_glob$q$4 || lk_eq_pcid$4) && lk_eq_1g$4 && (e_is1g$4 || lk_eq_2m$4) && (~e_is4k$4 || lk_eq_4k$4);
        if (lk_capture) begin
            cap_1g$d$4 = lk_eq_1g$4;
            cap_2m$d$4 = lk_eq_2m$4;
            cap_4k$d$4 = lk_eq_4k$4;
            cap_pcid$d$4 = lk_eq_pcid$4;
        end
        if (lk_match$4) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$4;
            l_hit_1g = l_hit_1g || e_is1g$4;
            l_hit_4k = l_hit_4k || e_is4k$4;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$4;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$4;
            l_hit_glob = l_hit_glob || e_glob$q$4;
            l_hit_writable = l_hit_writable || e_writable$q$4;
            l_hit_user = l_hit_user || e_user$q$4;
            l_hit_xd = l_hit_xd || e_xd$q$4;
            l_hit_dirty = l_hit_dirty || e_dirty$q$4;
            l_hit_pkey = l_hit_pkey | e_pkey$q$4;
        end
        e_is1g$5 = e_size$q$5 == PageSize$Size1G;
        e_is4k$5 = e_size$q$5 == PageSize$Size4K;
        lk_eq_1g$5 = e_vpn_1g$q$5 == lk_1g;
        lk_eq_2m$5 = e_vpn_2m$q$5 == lk_2m;
        lk_eq_4k$5 = e_vpn_4k$q$5 == lk_4k;
        lk_eq_pcid$5 = e_pcid$q$5 == lk_key_pcid;
        lk_match$5 = e_valid$q$5 && (e_glob$q$5 || lk_eq_pcid$5) && lk_eq_1g$5 && (e_is1g$5 || lk_eq_2m$5) && (~e_is4k$5 || lk_eq_4k$5);
        if (lk_capture) begin
            cap_1g$d$5 = lk_eq_1g$5;
            cap_2m$d$5 = lk_eq_2m$5;
            cap_4k$d$5 = lk_eq_4k$5;
            cap_pcid$d$5 = lk_eq_pcid$5;
        end
        if (lk_match$5) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$5;
            l_hit_1g = l_hit_1g || e_is1g$5;
            l_hit_4k = l_hit_4k || e_is4k$5;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$5;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$5;
            l_hit_glob = l_hit_glob || e_glob$q$5;
            l_hit_writable = l_hit_writable || e_writable$q$5;
            l_hit_user = l_hit_user || e_user$q$5;
            l_hit_xd = l_hit_xd || e_xd$q$5;
            l_hit_dirty = l_hit_dirty || e_dirty$q$5;
            l_hit_pkey = l_hit_pkey | e_pkey$q$5;
        end
        e_is1g$6 = e_size$q$6 == PageSize$Size1G;
        e_is4k$6 = e_size$q$6 == PageSize$Size4K;
        lk_eq_1g$6 = e_vpn_1g$q$6 == lk_1g;
        lk_eq_2m$6 = e_vpn_2m$q$6 == lk_2m;
        lk_eq_4k$6 = e_vpn_4k$q$6 == lk_4k;
        lk_eq_pcid$6 = e_pcid$q$6 == lk_key_pcid;
        lk_match$6 = e_valid$q$6 && (e_glob$q$6 || lk_eq_pcid$6) && lk_eq_1g$6 && (e_is1g$6 || lk_eq_2m$6) && (~e_is4k$6 || lk_eq_4k$6);
        if (lk_capture) begin
            cap_1g$d$6 = lk_eq_1g$6;
            cap_2m$d$6 = lk_eq_2m$6;
            cap_4k$d$6 = lk_eq_4k$6;
            cap_pcid$d$6 = lk_eq_pcid$6;
        end
        if (lk_match$6) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$6;
            l_hit_1g = l_hit_1g || e_is1g$6;
            l_hit_4k = l_hit_4k || e_is4k$6;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$6;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$6;
            l_hit_glob = l_hit_glob || e_glob$q$6;
            l_hit_writable = l_hit_writable || e_writable$q$6;
            l_hit_user = l_hit_user || e_user$q$6;
            l_hit_xd = l_hit_xd || e_xd$q$6;
            l_hit_dirty = l_hit_dirty || e_dirty$q$6;
            l_hit_pkey = l_hit_pkey | e_pkey$q$6;
        end
        e_is1g$7 = e_size$q$7 == PageSize$Size1G;
        e_is4k$7 = e_size$q$7 == PageSize$Size4K;
        lk_eq_1g$7 = e_vpn_1g$q$7 == lk_1g;
        lk_eq_2m$7 = e_vpn_2m$q$7 == lk_2m;
        lk_eq_4k$7 = e_vpn_4k$q$7 == lk_4k;
        lk_eq_pcid$7 = e_pcid$q$7 == lk_key_pcid;
        lk_match$7 = e_valid$q$7 && (e_glob$q$7 || lk_eq_pcid$7) && lk_eq_1g$7 && (e_is1g$7 || lk_eq_2m$7) && (~e_is4k$7 || lk_eq_4k$7);
        if (lk_capture) begin
            cap_1g$d$7 = lk_eq_1g$7;
            cap_2m$d$7 = lk_eq_2m$7;
            cap_4k$d$7 = lk_eq_4k$7;
            cap_pcid$d$7 = lk_eq_pcid$7;
        end
        if (lk_match$7) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$7;
            l_hit_1g = l_hit_1g || e_is1g$7;
            l_hit_4k = l_hit_4k || e_is4k$7;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$7;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$7;
            l_hit_glob = l_hit_glob || e_glob$q$7;
            l_hit_writable = l_hit_writable || e_writable$q$7;
            l_hit_user = l_hit_user || e_user$q$7;
            l_hit_xd = l_hit_xd || e_xd$q$7;
            l_hit_dirty = l_hit_dirty || e_dirty$q$7;
            l_hit_pkey = l_hit_pkey | e_pkey$q$7;
        end
        e_is1g$8 = e_size$q$8 == PageSize$Size1G;
        e_is4k$8 = e_size$q$8 == PageSize$Size4K;
        lk_eq_1g$8 = e_vpn_1g$q$8 == lk_1g;
        lk_eq_2m$8 = e_vpn_2m$q$8 == lk_2m;
        lk_eq_4k$8 = e_vpn_4k$q$8 == lk_4k;
        lk_eq_pcid$8 = e_pcid$q$8 == lk_key_pcid;
        lk_match$8 = e_valid$q$8 && (e_glob$q$8 || lk_eq_pcid$8) && lk_eq_1g$8 && (e_is1g$8 || lk_eq_2m$8) && (~e_is4k$8 || lk_eq_4k$8);
        if (lk_capture) begin
            cap_1g$d$8 = lk_eq_1g$8;
            cap_2m$d$8 = lk_eq_2m$8;
            cap_4k$d$8 = lk_eq_4k$8;
            cap_pcid$d$8 = lk_eq_pcid$8;
        end
        if (lk_match$8) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$8;
            l_hit_1g = l_hit_1g || e_is1g$8;
            l_hit_4k = l_hit_4k || e_is4k$8;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$8;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$8;
            l_hit_glob = l_hit_glob || e_glob$q$8;
            l_hit_writable = l_hit_writable || e_writable$q$8;
            l_hit_user = l_hit_user || e_user$q$8;
            l_hit_xd = l_hit_xd || e_xd$q$8;
            l_hit_dirty = l_hit_dirty || e_dirty$q$8;
            l_hit_pkey = l_hit_pkey | e_pkey$q$8;
        end
        e_is1g$9 = e_size$q$9 == PageSize$Size1G;
        e_is4k$9 = e_size$q$9 == PageSize$Size4K;
        lk_eq_1g$9 = e_vpn_1g$q$9 == lk_1g;
        lk_eq_2m$9 = e_vpn_2m$q$9 == lk_2m;
        lk_eq_4k$9 = e_vpn_4k$q$9 == lk_4k;
        lk_eq_pcid$9 = e_pcid$q$9 == lk_key_pcid;
        lk_match$9 = e_valid$q$9 && (e_glob$q$9 || lk_eq_pcid$9) && lk_eq_1g$9 && (e_is1g$9 || lk_eq_2m$9) && (~e_is4k$9 || lk_eq_4k$9);
        if (lk_capture) begin
            cap_1g$d$9 = lk_eq_1g$9;
            cap_2m$d$9 = lk_eq_2m$9;
            cap_4k$d$9 = lk_eq_4k$9;
            cap_pcid$d$9 = lk_eq_pcid$9;
        end
        if (lk_match$9) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$9;
            l_hit_1g = l_hit_1g || e_is1g$9;
            l_hit_4k = l_hit_4k || e_is4k$9;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$9;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$9;
            l_hit_glob = l_hit_glob || e_glob$q$9;
            l_hit_writable = l_hit_writable || e_writable$q$9;
            l_hit_user = l_hit_user || e_user$q$9;
            l_hit_xd = l_hit_xd || e_xd$q$9;
            l_hit_dirty = l_hit_dirty || e_dirty$q$9;
            l_hit_pkey = l_hit_pkey | e_pkey$q$9;
        end
        e_is1g$10 = e_size$q$10 == PageSize$Size1G;
        e_is4k$10 = e_size$q$10 == PageSize$Size4K;
        lk_eq_1g$10 = e_vpn_1g$q$10 == lk_1g;
        lk_eq_2m$10 = e_vpn_2m$q$10 == lk_2m;
        lk_eq_4k$10 = e_vpn_4k$q$10 == lk_4k;
        lk_eq_pcid$10 = e_pcid$q$10 == lk_key_pcid;
        lk_match$10 = e_valid$q$10 && (e_glob$q$10 || lk_eq_pcid$10) && lk_eq_1g$10 && (e_is1g$10 || lk_eq_2m$10) && (~e_is4k$10 || lk_eq_4k$10);
        if (lk_capture) begin
            cap_1g$d$10 = lk_eq_1g$10;
            cap_2m$d$10 = lk_eq_2m$10;
            cap_4k$d$10 = lk_eq_4k$10;
            cap_pcid$d$10 = lk_eq_pcid$10;
        end
        if (lk_match$10) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$10;
            l_hit_1g = l_hit_1g || e_is1g$10;
            l_hit_4k = l_hit_4k || e_is4k$10;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$10;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$10;
            l_hit_glob = l_hit_glob || e_glob$q$10;
            l_hit_writable = l_hit_writable || e_writable$q$10;
            l_hit_user = l_hit_user || e_user$q$10;
            l_hit_xd = l_hit_xd || e_xd$q$10;
            l_hit_dirty = l_hit_dirty || e_dirty$q$10;
            l_hit_pkey = l_hit_pkey | e_pkey$q$10;
        end
        e_is1g$11 = e_size$q$11 == PageSize$Size1G;
        e_is4k$11 = e_size$q$11 == PageSize$Size4K;
        lk_eq_1g$11 = e_vpn_1g$q$11 == lk_1g;
        lk_eq_2m$11 = e_vpn_2m$q$11 == lk_2m;
        lk_eq_4k$11 = e_vpn_4k$q$11 == lk_4k;
        lk_eq_pcid$11 = e_pcid$q$11 == lk_key_pcid;
        lk_match$11 = e_valid$q$11 && (e_glob$q$11 || lk_eq_pcid$11) && lk_eq_1g$11 && (e_is1g$11 || lk_eq_2m$11) && (~e_is4k$11 || lk_eq_4k$11);
        if (lk_capture) begin
            cap_1g$d$11 = lk_eq_1g$11;
            cap_2m$d$11 = lk_eq_2m$11;
            cap_4k$d$11 = lk_eq_4k$11;
            cap_pcid$d$11 = lk_eq_pcid$11;
        end
        if (lk_match$11) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$11;
            l_hit_1g = l_hit_1g || e_is1g$11;
            l_hit_4k = l_hit_4k || e_is4k$11;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$11;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$11;
            l_hit_glob = l_hit_glob || e_glob$q$11;
            l_hit_writable = l_hit_writable || e_writable$q$11;
            l_hit_user = l_hit_user || e_user$q$11;
            l_hit_xd = l_hit_xd || e_xd$q$11;
            l_hit_dirty = l_hit_dirty || e_dirty$q$11;
            l_hit_pkey = l_hit_pkey | e_pkey$q$11;
        end
        e_is1g$12 = e_size$q$12 == PageSize$Size1G;
        e_is4k$12 = e_size$q$12 == PageSize$Size4K;
        lk_eq_1g$12 = e_vpn_1g$q$12 == lk_1g;
        lk_eq_2m$12 = e_vpn_2m$q$12 == lk_2m;
        lk_eq_4k$12 = e_vpn_4k$q$12 == lk_4k;
        lk_eq_pcid$12 = e_pcid$q$12 == lk_key_pcid;
        lk_match$12 = e_valid$q$12 && (e_glob$q$12 || lk_eq_pcid$12) && lk_eq_1g$12 && (e_is1g$12 || lk_eq_2m$12) && (~e_is4k$12 || lk_eq_4k$12);
        if (lk_capture) begin
            cap_1g$d$12 = lk_eq_1g$12;
            cap_2m$d$12 = lk_eq_2m$12;
            cap_4k$d$12 = lk_eq_4k$12;
            cap_pcid$d$12 = lk_eq_pcid$12;
        end
        if (lk_match$12) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$12;
            l_hit_1g = l_hit_1g || e_is1g$12;
            l_hit_4k = l_hit_4k || e_is4k$12;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$12;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$12;
            l_hit_glob = l_hit_glob || e_glob$q$12;
            l_hit_writable = l_hit_writable || e_writable$q$12;
            l_hit_user = l_hit_user || e_user$q$12;
            l_hit_xd = l_hit_xd || e_xd$q$12;
            l_hit_dirty = l_hit_dirty || e_dirty$q$12;
            l_hit_pkey = l_hit_pkey | e_pkey$q$12;
        end
        e_is1g$13 = e_size$q$13 == PageSize$Size1G;
        e_is4k$13 = e_size$q$13 == PageSize$Size4K;
        lk_eq_1g$13 = e_vpn_1g$q$13 == lk_1g;
        lk_eq_2m$13 = e_vpn_2m$q$13 == lk_2m;
        lk_eq_4k$13 = e_vpn_4k$q$13 == lk_4k;
        lk_eq_pcid$13 = e_pcid$q$13 == lk_key_pcid;
        lk_match$13 = e_valid$q$13 && (e_glob$q$13 || lk_eq_pcid$13) && lk_eq_1g$13 && (e_is1g$13 || lk_eq_2m$13) && (~e_is4k$13 || lk_eq_4k$13);
        if (lk_capture) begin
            cap_1g$d$13 = lk_eq_1g$13;
            cap_2m$d$13 = lk_eq_2m$13;
            cap_4k$d$13 = lk_eq_4k$13;
            cap_pcid$d$13 = lk_eq_pcid$13;
        end
        if (lk_match$13) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$13;
            l_hit_1g = l_hit_1g || e_is1g$13;
            l_hit_4k = l_hit_4k || e_is4k$13;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$13;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$13;
            l_hit_glob = l_hit_glob || e_glob$q$13;
            l_hit_writable = l_hit_writable || e_writable$q$13;
            l_hit_user = l_hit_user || e_user$q$13;
            l_hit_xd = l_hit_xd || e_xd$q$13;
            l_hit_dirty = l_hit_dirty || e_dirty$q$13;
            l_hit_pkey = l_hit_pkey | e_pkey$q$13;
        end
        e_is1g$14 = e_size$q$14 == PageSize$Size1G;
        e_is4k$14 = e_size$q$14 == PageSize$Size4K;
        lk_eq_1g$14 = e_vpn_1g$q$14 == lk_1g;
        lk_eq_2m$14 = e_vpn_2m$q$14 == lk_2m;
        lk_eq_4k$14 = e_vpn_4k$q$14 == lk_4k;
        lk_eq_pcid$14 = e_pcid$q$14 == lk_key_pcid;
        lk_match$14 = e_valid$q$14 && (e_glob$q$14 || lk_eq_pcid$14) && lk_eq_1g$14 && (e_is1g$14 || lk_eq_2m$14) && (~e_is4k$14 || lk_eq_4k$14);
        if (lk_capture) begin
            cap_1g$d$14 = lk_eq_1g$14;
            cap_2m$d$14 = lk_eq_2m$14;
            cap_4k$d$14 = lk_eq_4k$14;
            cap_pcid$d$14 = lk_eq_pcid$14;
        end
        if (lk_match$14) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$14;
            l_hit_1g = l_hit_1g || e_is1g$14;
            l_hit_4k = l_hit_4k || e_is4k$14;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$14;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$14;
            l_hit_glob = l_hit_glob || e_glob$q$14;
            l_hit_writable = l_hit_writable || e_writable$q$14;
            l_hit_user = l_hit_user || e_user$q$14;
            l_hit_xd = l_hit_xd || e_xd$q$14;
            l_hit_dirty = l_hit_dirty || e_dirty$q$14;
            l_hit_pkey = l_hit_pkey | e_pkey$q$14;
        end
        e_is1g$15 = e_size$q$15 == PageSize$Size1G;
        e_is4k$15 = e_size$q$15 == PageSize$Size4K;
        lk_eq_1g$15 = e_vpn_1g$q$15 == lk_1g;
        lk_eq_2m$15 = e_vpn_2m$q$15 == lk_2m;
        lk_eq_4k$15 = e_vpn_4k$q$15 == lk_4k;
        lk_eq_pcid$15 = e_pcid$q$15 == lk_key_pcid;
        lk_match$15 = e_valid$q$15 && (e_glob$q$15 || lk_eq_pcid$15) && lk_eq_1g$15 && (e_is1g$15 || lk_eq_2m$15) && (~e_is4k$15 || lk_eq_4k$15);
        if (lk_capture) begin
            cap_1g$d$15 = lk_eq_1g$15;
            cap_2m$d$15 = lk_eq_2m$15;
            cap_4k$d$15 = lk_eq_4k$15;
            cap_pcid$d$15 = lk_eq_pcid$15;
        end
        if (lk_match$15) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$15;
            l_hit_1g = l_hit_1g || e_is1g$15;
            l_hit_4k = l_hit_4k || e_is4k$15;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$15;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$15;
            l_hit_glob = l_hit_glob || e_glob$q$15;
            l_hit_writable = l_hit_writable || e_writable$q$15;
            l_hit_user = l_hit_user || e_user$q$15;
            l_hit_xd = l_hit_xd || e_xd$q$15;
            l_hit_dirty = l_hit_dirty || e_dirty$q$15;
            l_hit_pkey = l_hit_pkey | e_pkey$q$15;
        end
        fl_found = 1'b0;
        fl_cand = 32'h0;
        fl_neg = 32'h0;
        fl_first = 32'h0;
        l_fill_idx = 32'h0;
        fl_overlap$0 = 1'b0;
        fl_slot$0 = 1'b0;
        fl_overlap$1 = 1'b0;
        fl_slot$1 = 1'b0;
        fl_overlap$2 = 1'b0;
        fl_slot$2 = 1'b0;
        fl_overlap$3 = 1'b0;
        fl_slot$3 = 1'b0;
        fl_overlap$4 = 1'b0;
        fl_slot$4 = 1'b0;
        fl_overlap$5 = 1'b0;
        fl_slot$5 = 1'b0;
        fl_overlap$6 = 1'b0;
        fl_slot$6 = 1'b0;
        fl_overlap$7 = 1'b0;
        fl_slot$7 = 1'b0;
        fl_overlap$8 = 1'b0;
        fl_slot$8 = 1'b0;
        fl_overlap$9 = 1'b0;
        fl_slot$9 = 1'b0;
        fl_overlap$10 = 1'b0;
        fl_slot$10 = 1'b0;
        fl_overlap$11 = 1'b0;
        fl_slot$11 = 1'b0;
        fl_overlap$12 = 1'b0;
        fl_slot$12 = 1'b0;
        fl_overlap$13 = 1'b0;
        fl_slot$13 = 1'b0;
        fl_overlap$14 = 1'b0;
        fl_slot$14 = 1'b0;
        fl_overlap$15 = 1'b0;
        fl_slot$15 = 1'b0;
        if (fill_en) begin
            fl_overlap$0 = e_valid$q$0 && (e_glob$q$0 || fill_glob || cap_pcid$q$0) && cap_1g$q$0 && (e_is1g$0 || fl_is1g || cap_2m$q$0) && (~e_is4k$0 || ~fl_is4k || cap_4k$q$0);
            if (~e_valid$q$0 || fl_overlap$0) begin
                fl_cand = fl_cand | k_onehot$0;
            end
            fl_overlap$1 = e_valid$q$1 && (e_glob$q$1 || fill_glob || cap_pcid$q$1) && cap_1g$q$1 && (e_is1g$1 || fl_is1g || cap_2m$q$1) && (~e_is4k$1 || ~fl_is4k || cap_4k$q$1);
            if (~e_valid$q$1 || fl_overlap$1) begin
                fl_cand = fl_cand | k_onehot$1;
            end
            fl_overlap$2 = e_valid$q$2 && (e_glob$q$2 || fill_glob || cap_pcid$q$2) && cap_1g$q$2 && (e_is1g$2 || fl_is1g || cap_2m$q$2) && (~e_is4k$2 || ~fl_is4k || cap_4k$q$2);
            if (~e_valid$q$2 || fl_overlap$2) begin
                fl_cand = fl_cand | k_onehot$2;
            end
            fl_overlap$3 = e_valid$q$3 && (e_glob$q$3 || fill_glob || cap_pcid$q$3) && cap_1g$q$3 && (e_is1g$3 || fl_is1g || cap_2m$q$3) && (~e_is4k$3 || ~fl_is4k || cap_4k$q$3);
            if (~e_valid$q$3 || fl_overlap$3) begin
                fl_cand = fl_cand | k_onehot$3;
            end
            fl_overlap$4 = e_valid$q$4 && (e_glob$q$4 || fill_glob || cap_pcid$q$4) && cap_1g$q$4 && (e_is1g$4 || fl_is1g || cap_2m$q$4) && (~e_is4k$4 || ~fl_is4k || cap_4k$q$4);
            if (~e_valid$q$4 || fl_overlap$4) begin
                fl_cand = fl_cand | k_onehot$4;
            end
            fl_overlap$5 = e_valid$q$5 && (e_glob$q$5 || fill_glob || cap_pcid$q$5) && cap_1g$q$5 && (e_is1g$5 || fl_is1g || cap_2m$q$5) && (~e_is4k$5 || ~fl_is4k || cap_4k$q$5);
            if (~e_valid$q$5 || fl_overlap$5) begin
                fl_cand = fl_cand | k_onehot$5;
            end
            fl_overlap$6 = e_valid$q$6 && (e_glob$q$6 || fill_glob || cap_pcid$q$6) && cap_1g$q$6 && (e_is1g$6 || fl_is1g || cap_2m$q$6) && (~e_is4k$6 || ~fl_is4k || cap_4k$q$6);
            if (~e_valid$q$6 || fl_overlap$6) begin
                fl_cand = fl_cand | k_onehot$6;
            end
            fl_overlap$7 = e_valid$q$7 && (e_glob$q$7 || fill_glob || cap_pcid$q$7) && cap_1g$q$7 && (e_is1g$7 || fl_is1g || cap_2m$q$7) && (~e_is4k$7 || ~fl_is4k || cap_4k$q$7);
            if (~e_valid$q$7 || fl_overlap$7) begin
                fl_cand = fl_cand | k_onehot$7;
            end
            fl_overlap$8 = e_valid$q$8 && (e_glob$q$8 || fill_glob || cap_pcid$q$8) && cap_1g$q$8 && (e_is1g$8 || fl_is1g || cap_2m$q$8) && (~e_is4k$8 || ~fl_is4k || cap_4k$q$8);
            if (~e_valid$q$8 || fl_overlap$8) begin
                fl_cand = fl_cand | k_onehot$8;
            end
            fl_overlap$9 = e_valid$q$9 && (e_glob$q$9 || fill_glob || cap_pcid$q$9) && cap_1g$q$9 && (e_is1g$9 || fl_is1g || cap_2m$q$9) && (~e_is4k$9 || ~fl_is4k || cap_4k$q$9);
            if (~e_valid$q$9 || fl_overlap$9) begin
                fl_cand = fl_cand | k_onehot$9;
            end
            fl_overlap$10 = e_valid$q$10 && (e_glob$q$10 || fill_glob || cap_pcid$q$10) && cap_1g$q$10 && (e_is1g$10 || fl_is1g || cap_2m$q$10) && (~e_is4k$10 || ~fl_is4k || cap_4k$q$10);
            if (~e_valid$q$10 || fl_overlap$10) begin
                fl_cand = fl_cand | k_onehot$10;
            end
            fl_overlap$11 = e_valid$q$11 && (e_glob$q$11 || fill_glob || cap_pcid$q$11) && cap_1g$q$11 && (e_is1g$11 || fl_is1g || cap_2m$q$11) && (~e_is4k$11 || ~fl_is4k || cap_4k$q$11);
            if (~e_valid$q$11 || fl_overlap$11) begin
                fl_cand = fl_cand | k_onehot$11;
            end
            fl_overlap$12 = e_valid$q$12 && (e_glob$q$12 || fill_glob || cap_pcid$q$12) && cap_1g$q$12 && (e_is1g$12 || fl_is1g || cap_2m$q$12) && (~e_is4k$12 || ~fl_is4k || cap_4k$q$12);
            if (~e_valid$q$12 || fl_overlap$12) begin
                fl_cand = fl_cand | k_onehot$12;
            end
            fl_overlap$13 = e_valid$q$13 && (e_glob$q$13 || fill_glob || cap_pcid$q$13) && cap_1g$q$13 && (e_is1g$13 || fl_is1g || cap_2m$q$13) && (~e_is4k$13 || ~fl_is4k || cap_4k$q$13);
            if (~e_valid$q$13 || fl_overlap$13) begin
                fl_cand = fl_cand | k_onehot$13;
            end
            fl_overlap$14 = e_valid$q$14 && (e_glob$q$14 || fill_glob || cap_pcid$q$14) && cap_1g$q$14 && (e_is1g$14 || fl_is1g || cap_2m$q$14) && (~e_is4k$14 || ~fl_is4k || cap_4k$q$14);
            if (~e_valid$q$14 || fl_overlap$14) begin
                fl_cand = fl_cand | k_onehot$14;
            end
            fl_overlap$15 = e_valid$q$15 && (e_glob$q$15 || fill_glob || cap_pcid$q$15) && cap_1g$q$15 && (e_is1g$15 || fl_is1g || cap_2m$q$15) && (~e_is4k$15 || ~fl_is4k || cap_4k$q$15);
            if (~e_valid$q$15 || fl_overlap$15) begin
                fl_cand = fl_cand | k_onehot$15;
            end
            fl_neg = ~fl_cand + 32'h1;
            fl_first = fl_cand & fl_neg;
            fl_found = |fl_cand;
            fl_slot$0 = fl_first[0];
            fl_slot$1 = fl_first[1];
            fl_slot$2 = fl_first[2];
            fl_slot$3 = fl_first[3];
            fl_slot$4 = fl_first[4];
            fl_slot$5 = fl_first[5];
            fl_slot$6 = fl_first[6];
            fl_slot$7 = fl_first[7];
            fl_slot$8 = fl_first[8];
            fl_slot$9 = fl_first[9];
            fl_slot$10 = fl_first[10];
            fl_slot$11 = fl_first[11];
            fl_slot$12 = fl_first[12];
            fl_slot$13 = fl_first[13];
            fl_slot$14 = fl_first[14];
            fl_slot$15 = fl_first[15];
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
        end
        inv_drop$0 = 1'b0;
        inv_drop$1 = 1'b0;
        inv_drop$2 = 1'b0;
        inv_drop$3 = 1'b0;
        inv_drop$4 = 1'b0;
        inv_drop$5 = 1'b0;
        inv_drop$6 = 1'b0;
        inv_drop$7 = 1'b0;
        inv_drop$8 = 1'b0;
        inv_drop$9 = 1'b0;
        inv_drop$10 = 1'b0;
        inv_drop$11 = 1'b0;
        inv_drop$12 = 1'b0;
        inv_drop$13 = 1'b0;
        inv_drop$14 = 1'b0;
        inv_drop$15 = 1'b0;
        if (inv_en) begin
            inv_drop$0 = e_valid$q$0 && (~inv_use_va || (lk_eq_1g$0 && (e_is1g$0 || lk_eq_2m$0) && (~e_is4k$0 || lk_eq_4k$0))) && (~inv_use_pcid || lk_eq_pcid$0 || (inv_glob_wild && e_glob$q$0)) && ~(inv_keep_glob && e_glob$q$0);
            inv_drop$1 = e_valid$q$1 && (~inv_use_va || (lk_eq_1g$1 && (e_is1g$1 || lk_eq_2m$1) && (~e_is4k$1 || lk_eq_4k$1))) && (~inv_use_pcid || lk_eq_pcid$1 || (inv_glob_wild && e_glob$q$1)) && ~(inv_keep_glob && e_glob$q$1);
            inv_drop$2 = e_valid$q$2 && (~inv_use_va || (lk_eq_1g$2 && (e_is1g$2 || lk_eq_2m$2) && (~e_is4k$2 || lk_eq_4k$2))) && (~inv_use_pcid || lk_eq_pcid$2 || (inv_glob_wild && e_glob$q$2)) && ~(inv_keep_glob && e_glob$q$2);
            inv_drop$3 = e_valid$q$3 && (~inv_use_va || (lk_eq_1g$3 && (e_is1g$3 || lk_eq_2m$3) && (~e_is4k$3 || lk_eq_4k$3))) && (~inv_use_pcid || lk_eq_pcid$3 || (inv_glob_wild && e_glob$q$3)) && ~(inv_keep_glob && e_glob$q$3);
            inv_drop$4 = e_valid$q$4 && (~inv_use_va || (lk_eq_1g$4 && (e_is1g$4 || lk_eq_2m$4) && (~e_is4k$4 || lk_eq_4k$4))) && (~inv_use_pcid || lk_eq_pcid$4 || (inv_glob_wild && e_glob$q$4)) && ~(inv_keep_glob && e_glob$q$4);
            inv_drop$5 = e_valid$q$5 && (~inv_use_va || (lk_eq_1g$5 && (e_is1g$5 || lk_eq_2m$5) && (~e_is4k$5 || lk_eq_4k$5))) && (~inv_use_pcid || lk_eq_pcid$5 || (inv_glob_wild && e_glob$q$5)) && ~(inv_keep_glob && e_glob$q$5);
            inv_drop$6 = e_valid$q$6 && (~inv_use_va || (lk_eq_1g$6 && (e_is1g$6 || lk_eq_2m$6) && (~e_is4k$6 || lk_eq_4k$6))) && (~inv_use_pcid || lk_eq_pcid$6 || (inv_glob_wild && e_glob$q$6)) && ~(inv_keep_glob && e_glob$q$6);
            inv_drop$7 = e_valid$q$7 && (~inv_use_va || (lk_eq_1g$7 && (e_is1g$7 || lk_eq_2m$7) && (~e_is4k$7 || lk_eq_4k$7))) && (~inv_use_pcid || lk_eq_pcid$7 || (inv_glob_wild && e_glob$q$7)) && ~(inv_keep_glob && e_glob$q$7);
            inv_drop$8 = e_valid$q$8 && (~inv_use_va || (lk_eq_1g$8 && (e_is1g$8 || lk_eq_2m$8) && (~e_is4k$8 || lk_eq_4k$8))) && (~inv_use_pcid || lk_eq_pcid$8 || (inv_glob_wild && e_glob$q$8)) && ~(inv_keep_glob && e_glob$q$8);
            inv_drop$9 = e_valid$q$9 && (~inv_use_va || (lk_eq_1g$9 && (e_is1g$9 || lk_eq_2m$9) && (~e_is4k$9 || lk_eq_4k$9))) && (~inv_use_pcid || lk_eq_pcid$9 || (inv_glob_wild && e_glob$q$9)) && ~(inv_keep_glob && e_glob$q$9);
            inv_drop$10 = e_valid$q$10 && (~inv_use_va || (lk_eq_1g$10 && (e_is1g$10 || lk_eq_2m$10) && (~e_is4k$10 || lk_eq_4k$10))) && (~inv_use_pcid || lk_eq_pcid$10 || (inv_glob_wild && e_glob$q$10)) && ~(inv_keep_glob && e_glob$q$10);
            inv_drop$11 = e_valid$q$11 && (~inv_use_va || (lk_eq_1g$11 && (e_is1g$11 || lk_eq_2m$11) && (~e_is4k$11 || lk_eq_4k$11))) && (~inv_use_pcid || lk_eq_pcid$11 || (inv_glob_wild && e_glob$q$11)) && ~(inv_keep_glob && e_glob$q$11);
            inv_drop$12 = e_valid$q$12 && (~inv_use_va || (lk_eq_1g$12 && (e_is1g$12 || lk_eq_2m$12) && (~e_is4k$12 || lk_eq_4k$12))) && (~inv_use_pcid || lk_eq_pcid$12 || (inv_glob_wild && e_glob$q$12)) && ~(inv_keep_glob && e_glob$q$12);
            inv_drop$13 = e_valid$q$13 && (~inv_use_va || (lk_eq_1g$13 && (e_is1g$13 || lk_eq_2m$13) && (~e_is4k$13 || lk_eq_4k$13))) && (~inv_use_pcid || lk_eq_pcid$13 || (inv_glob_wild && e_glob$q$13)) && ~(inv_keep_glob && e_glob$q$13);
            inv_drop$14 = e_valid$q$14 && (~inv_use_va || (lk_eq_1g$14 && (e_is1g$14 || lk_eq_2m$14) && (~e_is4k$14 || lk_eq_4k$14))) && (~inv_use_pcid || lk_eq_pcid$14 || (inv_glob_wild && e_glob$q$14)) && ~(inv_keep_glob && e_glob$q$14);
            inv_drop$15 = e_valid$q$15 && (~inv_use_va || (lk_eq_1g$15 && (e_is1g$15 || lk_eq_2m$15) && (~e_is4k$15 || lk_eq_4k$15))) && (~inv_use_pcid || lk_eq_pcid$15 || (inv_glob_wild && e_glob$q$15)) && ~(inv_keep_glob && e_glob$q$15);
        end
        if (fill_en && fl_slot$0) begin
            e_valid$d$0 = 1'b1;
            e_vpn_1g$d$0 = fill_vpn_1g;
            e_vpn_2m$d$0 = fill_vpn_2m;
            e_vpn_4k$d$0 = fill_vpn_4k;
            e_size$d$0 = fill_size;
            e_pcid$d$0 = fill_pcid;
            e_glob$d$0 = fill_glob;
            e_pfn_hi$d$0 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$0 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$0 = fill_writable;
            e_user$d$0 = fill_user;
            e_xd$d$0 = fill_xd;
            e_dirty$d$0 = fill_dirty;
            e_pkey$d$0 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$0) || inv_drop$0) begin
            e_valid$d$0 = 1'b0;
        end
        if (reset) begin
            e_valid$d$0 = 1'b0;
        end
        if (fill_en && fl_slot$1) begin
            e_valid$d$1 = 1'b1;
            e_vpn_1g$d$1 = fill_vpn_1g;
            e_vpn_2m$d$1 = fill_vpn_2m;
            e_vpn_4k$d$1 = fill_vpn_4k;
            e_size$d$1 = fill_size;
            e_pcid$d$1 = fill_pcid;
            e_glob$d$1 = fill_glob;
            e_pfn_hi$d$1 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$1 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$1 = fill_writable;
            e_user$d$1 = fill_user;
            e_xd$d$1 = fill_xd;
            e_dirty$d$1 = fill_dirty;
            e_pkey$d$1 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$1) || inv_drop$1) begin
            e_valid$d$1 = 1'b0;
        end
        if (reset) begin
            e_valid$d$1 = 1'b0;
        end
        if (fill_en && fl_slot$2) begin
            e_valid$d$2 = 1'b1;
            e_vpn_1g$d$2 = fill_vpn_1g;
            e_vpn_2m$d$2 = fill_vpn_2m;
            e_vpn_4k$d$2 = fill_vpn_4k;
            e_size$d$2 = fill_size;
            e_pcid$d$2 = fill_pcid;
            e_glob$d$2 = fill_glob;
            e_pfn_hi$d$2 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$2 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$2 = fill_writable;
            e_user$d$2 = fill_user;
            e_xd$d$2 = fill_xd;
            e_dirty$d$2 = fill_dirty;
            e_pkey$d$2 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$2) || inv_drop$2) begin
            e_valid$d$2 = 1'b0;
        end
        if (reset) begin
            e_valid$d$2 = 1'b0;
        end
        if (fill_en && fl_slot$3) begin
            e_valid$d$3 = 1'b1;
            e_vpn_1g$d$3 = fill_vpn_1g;
            e_vpn_2m$d$3 = fill_vpn_2m;
            e_vpn_4k$d$3 = fill_vpn_4k;
            e_size$d$3 = fill_size;
            e_pcid$d$3 = fill_pcid;
            e_glob$d$3 = fill_glob;
            e_pfn_hi$d$3 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$3 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$3 = fill_writable;
            e_user$d$3 = fill_user;
            e_xd$d$3 = fill_xd;
            e_dirty$d$3 = fill_dirty;
            e_pkey$d$3 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$3) || inv_drop$3) begin
            e_valid$d$3 = 1'b0;
        end
        if (reset) begin
            e_valid$d$3 = 1'b0;
        end
        if (fill_en && fl_slot$4) begin
            e_valid$d$4 = 1'b1;
            e_vpn_1g$d$4 = fill_vpn_1g;
            e_vpn_2m$d$4 = fill_vpn_2m;
            e_vpn_4k$d$4 = fill_vpn_4k;
            e_size$d$4 = fill_size;
            e_pcid$d$4 = fill_pcid;
            e_glob$d$4 = fill_glob;
            e_pfn_hi$d$4 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$4 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$4 = fill_writable;
            e_user$d$4 = fill_user;
            e_xd$d$4 = fill_xd;
            e_dirty$d$4 = fill_dirty;
            e_pkey$d$4 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$4) || inv_drop$4) begin
            e_valid$d$4 = 1'b0;
        end
        if (reset) begin
            e_valid$d$4 = 1'b0;
        end
        if (fill_en && fl_slot$5) begin
            e_valid$d$5 = 1'b1;
            e_vpn_1g$d$5 = fill_vpn_1g;
            e_vpn_2m$d$5 = fill_vpn_2m;
            e_vpn_4k$d$5 = fill_vpn_4k;
            e_size$d$5 = fill_size;
            e_pcid$d$5 = fill_pcid;
            e_glob$d$5 = fill_glob;
            e_pfn_hi$d$5 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$5 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$5 = fill_writable;
            e_user$d$5 = fill_user;
            e_xd$d$5 = fill_xd;
            e_dirty$d$5 = fill_dirty;
            e_pkey$d$5 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$5) || inv_drop$5) begin
            e_valid$d$5 = 1'b0;
        end
        if (reset) begin
            e_valid$d$5 = 1'b0;
        end
        if (fill_en && fl_slot$6) begin
            e_valid$d$6 = 1'b1;
            e_vpn_1g$d$6 = fill_vpn_1g;
            e_vpn_2m$d$6 = fill_vpn_2m;
            e_vpn_4k$d$6 = fill_vpn_4k;
            e_size$d$6 = fill_size;
            e_pcid$d$6 = fill_pcid;
            e_glob$d$6 = fill_glob;
            e_pfn_hi$d$6 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$6 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$6 = fill_writable;
            e_user$d$6 = fill_user;
            e_xd$d$6 = fill_xd;
            e_dirty$d$6 = fill_dirty;
            e_pkey$d$6 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$6) || inv_drop$6) begin
            e_valid$d$6 = 1'b0;
        end
        if (reset) begin
            e_valid$d$6 = 1'b0;
        end
        if (fill_en && fl_slot$7) begin
            e_valid$d$7 = 1'b1;
            e_vpn_1g$d$7 = fill_vpn_1g;
            e_vpn_2m$d$7 = fill_vpn_2m;
            e_vpn_4k$d$7 = fill_vpn_4k;
            e_size$d$7 = fill_size;
            e_pcid$d$7 = fill_pcid;
            e_glob$d$7 = fill_glob;
            e_pfn_hi$d$7 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$7 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$7 = fill_writable;
            e_user$d$7 = fill_user;
            e_xd$d$7 = fill_xd;
            e_dirty$d$7 = fill_dirty;
            e_pkey$d$7 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$7) || inv_drop$7) begin
            e_valid$d$7 = 1'b0;
        end
        if (reset) begin
            e_valid$d$7 = 1'b0;
        end
        if (fill_en && fl_slot$8) begin
            e_valid$d$8 = 1'b1;
            e_vpn_1g$d$8 = fill_vpn_1g;
            e_vpn_2m$d$8 = fill_vpn_2m;
            e_vpn_4k$d$8 = fill_vpn_4k;
            e_size$d$8 = fill_size;
            e_pcid$d$8 = fill_pcid;
            e_glob$d$8 = fill_glob;
            e_pfn_hi$d$8 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$8 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$8 = fill_writable;
            e_user$d$8 = fill_user;
            e_xd$d$8 = fill_xd;
            e_dirty$d$8 = fill_dirty;
            e_pkey$d$8 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$8) || inv_drop$8) begin
            e_valid$d$8 = 1'b0;
        end
        if (reset) begin
            e_valid$d$8 = 1'b0;
        end
        if (fill_en && fl_slot$9) begin
            e_valid$d$9 = 1'b1;
            e_vpn_1g$d$9 = fill_vpn_1g;
            e_vpn_2m$d$9 = fill_vpn_2m;
            e_vpn_4k$d$9 = fill_vpn_4k;
            e_size$d$9 = fill_size;
            e_pcid$d$9 = fill_pcid;
            e_glob$d$9 = fill_glob;
            e_pfn_hi$d$9 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$9 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$9 = fill_writable;
            e_user$d$9 = fill_user;
            e_xd$d$9 = fill_xd;
            e_dirty$d$9 = fill_dirty;
            e_pkey$d$9 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$9) || inv_drop$9) begin
            e_valid$d$9 = 1'b0;
        end
        if (reset) begin
            e_valid$d$9 = 1'b0;
        end
        if (fill_en && fl_slot$10) begin
            e_valid$d$10 = 1'b1;
            e_vpn_1g$d$10 = fill_vpn_1g;
            e_vpn_2m$d$10 = fill_vpn_2m;
            e_vpn_4k$d$10 = fill_vpn_4k;
            e_size$d$10 = fill_size;
            e_pcid$d$10 = fill_pcid;
            e_glob$d$10 = fill_glob;
            e_pfn_hi$d$10 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$10 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$10 = fill_writable;
            e_user$d$10 = fill_user;
            e_xd$d$10 = fill_xd;
            e_dirty$d$10 = fill_dirty;
            e_pkey$d$10 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$10) || inv_drop$10) begin
            e_valid$d$10 = 1'b0;
        end
        if (reset) begin
            e_valid$d$10 = 1'b0;
        end
        if (fill_en && fl_slot$11) begin
            e_valid$d$11 = 1'b1;
            e_vpn_1g$d$11 = fill_vpn_1g;
            e_vpn_2m$d$11 = fill_vpn_2m;
            e_vpn_4k$d$11 = fill_vpn_4k;
            e_size$d$11 = fill_size;
            e_pcid$d$11 = fill_pcid;
            e_glob$d$11 = fill_glob;
            e_pfn_hi$d$11 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$11 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$11 = fill_writable;
            e_user$d$11 = fill_user;
            e_xd$d$11 = fill_xd;
            e_dirty$d$11 = fill_dirty;
            e_pkey$d$11 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$11) || inv_drop$11) begin
            e_valid$d$11 = 1'b0;
        end
        if (reset) begin
            e_valid$d$11 = 1'b0;
        end
        if (fill_en && fl_slot$12) begin
            e_valid$d$12 = 1'b1;
            e_vpn_1g$d$12 = fill_vpn_1g;
            e_vpn_2m$d$12 = fill_vpn_2m;
            e_vpn_4k$d$12 = fill_vpn_4k;
            e_size$d$12 = fill_size;
            e_pcid$d$12 = fill_pcid;
            e_glob$d$12 = fill_glob;
            e_pfn_hi$d$12 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$12 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$12 = fill_writable;
            e_user$d$12 = fill_user;
            e_xd$d$12 = fill_xd;
            e_dirty$d$12 = fill_dirty;
            e_pkey$d$12 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$12) || inv_drop$12) begin
            e_valid$d$12 = 1'b0;
        end
        if (reset) begin
            e_valid$d$12 = 1'b0;
        end
        if (fill_en && fl_slot$13) begin
            e_valid$d$13 = 1'b1;
            e_vpn_1g$d$13 = fill_vpn_1g;
            e_vpn_2m$d$13 = fill_vpn_2m;
            e_vpn_4k$d$13 = fill_vpn_4k;
            e_size$d$13 = fill_size;
            e_pcid$d$13 = fill_pcid;
            e_glob$d$13 = fill_glob;
            e_pfn_hi$d$13 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$13 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$13 = fill_writable;
            e_user$d$13 = fill_user;
            e_xd$d$13 = fill_xd;
            e_dirty$d$13 = fill_dirty;
            e_pkey$d$13 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$13) || inv_drop$13) begin
            e_valid$d$13 = 1'b0;
        end
        if (reset) begin
            e_valid$d$13 = 1'b0;
        end
        if (fill_en && fl_slot$14) begin
            e_valid$d$14 = 1'b1;
            e_vpn_1g$d$14 = fill_vpn_1g;
            e_vpn_2m$d$14 = fill_vpn_2m;
            e_vpn_4k$d$14 = fill_vpn_4k;
            e_size$d$14 = fill_size;
            e_pcid$d$14 = fill_pcid;
            e_glob$d$14 = fill_glob;
            e_pfn_hi$d$14 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$14 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$14 = fill_writable;
            e_user$d$14 = fill_user;
            e_xd$d$14 = fill_xd;
            e_dirty$d$14 = fill_dirty;
            e_pkey$d$14 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$14) || inv_drop$14) begin
            e_valid$d$14 = 1'b0;
        end
        if (reset) begin
            e_valid$d$14 = 1'b0;
        end
        if (fill_en && fl_slot$15) begin
            e_valid$d$15 = 1'b1;
            e_vpn_1g$d$15 = fill_vpn_1g;
            e_vpn_2m$d$15 = fill_vpn_2m;
            e_vpn_4k$d$15 = fill_vpn_4k;
            e_size$d$15 = fill_size;
            e_pcid$d$15 = fill_pcid;
            e_glob$d$15 = fill_glob;
            e_pfn_hi$d$15 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$15 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$15 = fill_writable;
            e_user$d$15 = fill_user;
            e_xd$d$15 = fill_xd;
            e_dirty$d$15 = fill_dirty;
            e_pkey$d$15 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$15) || inv_drop$15) begin
            e_valid$d$15 = 1'b0;
        end
        if (reset) begin
            e_valid$d$15 = 1'b0;
        end
        if (fill_en && ~fl_found) begin
            victim$d = victim$q + 32'h1;
        end
        if (reset) begin
            victim$d = 32'h0;
        end
        l_hit_size = PageSize$Size4K;
        if (l_hit_1g) begin
            l_hit_size = PageSize$Size1G;
        end
        else if (l_hit && ~l_hit_4k) begin
            l_hit_size = PageSize$Size2M;
        end
        hit = l_hit;
        hit_idx = l_hit_idx;
        hit_size = l_hit_size;
        hit_pfn = (((l_hit_pfn_hi) & 40'hffffffffff) << 32'h12) | ((l_hit_pfn_lo) & 40'hffffffffff);
        hit_glob = l_hit_glob;
        hit_writable = l_hit_writable;
        hit_user = l_hit_user;
        hit_xd = l_hit_xd;
        hit_dirty = l_hit_dirty;
        hit_pkey = l_hit_pkey;
        fill_idx = l_fill_idx;
    end
    
endmodule // mmu$data$tlb


module mmu$data$tlb$cap_1g(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$cap_1g


module mmu$data$tlb$cap_2m(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$cap_2m


module mmu$data$tlb$cap_4k(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$cap_4k


module mmu$data$tlb$cap_pcid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$cap_pcid


module mmu$data$tlb$e_dirty(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_dirty


module mmu$data$tlb$e_glob(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_glob


module mmu$data$tlb$e_pcid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] d$0;
    input wire  [11:0] d$1;
    input wire  [11:0] d$2;
    input wire  [11:0] d$3;
    input wire  [11:0] d$4;
    input wire  [11:0] d$5;
    input wire  [11:0] d$6;
    input wire  [11:0] d$7;
    input wire  [11:0] d$8;
    input wire  [11:0] d$9;
    input wire  [11:0] d$10;
    input wire  [11:0] d$11;
    input wire  [11:0] d$12;
    input wire  [11:0] d$13;
    input wire  [11:0] d$14;
    input wire  [11:0] d$15;
    output reg  [11:0] q$0;
    output reg  [11:0] q$1;
    output reg  [11:0] q$2;
    output reg  [11:0] q$3;
    output reg  [11:0] q$4;
    output reg  [11:0] q$5;
    output reg  [11:0] q$6;
    output reg  [11:0] q$7;
    output reg  [11:0] q$8;
    output reg  [11:0] q$9;
    output reg  [11:0] q$10;
    output reg  [11:0] q$11;
    output reg  [11:0] q$12;
    output reg  [11:0] q$13;
    output reg  [11:0] q$14;
    output reg  [11:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 12'h0;
       q$1 = 12'h0;
       q$2 = 12'h0;
       q$3 = 12'h0;
       q$4 = 12'h0;
       q$5 = 12'h0;
       q$6 = 12'h0;
       q$7 = 12'h0;
       q$8 = 12'h0;
       q$9 = 12'h0;
       q$10 = 12'h0;
       q$11 = 12'h0;
       q$12 = 12'h0;
       q$13 = 12'h0;
       q$14 = 12'h0;
       q$15 = 12'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_pcid


module mmu$data$tlb$e_pfn_hi(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [21:0] d$0;
    input wire  [21:0] d$1;
    input wire  [21:0] d$2;
    input wire  [21:0] d$3;
    input wire  [21:0] d$4;
    input wire  [21:0] d$5;
    input wire  [21:0] d$6;
    input wire  [21:0] d$7;
    input wire  [21:0] d$8;
    input wire  [21:0] d$9;
    input wire  [21:0] d$10;
    input wire  [21:0] d$11;
    input wire  [21:0] d$12;
    input wire  [21:0] d$13;
    input wire  [21:0] d$14;
    input wire  [21:0] d$15;
    output reg  [21:0] q$0;
    output reg  [21:0] q$1;
    output reg  [21:0] q$2;
    output reg  [21:0] q$3;
    output reg  [21:0] q$4;
    output reg  [21:0] q$5;
    output reg  [21:0] q$6;
    output reg  [21:0] q$7;
    output reg  [21:0] q$8;
    output reg  [21:0] q$9;
    output reg  [21:0] q$10;
    output reg  [21:0] q$11;
    output reg  [21:0] q$12;
    output reg  [21:0] q$13;
    output reg  [21:0] q$14;
    output reg  [21:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 22'h0;
       q$1 = 22'h0;
       q$2 = 22'h0;
       q$3 = 22'h0;
       q$4 = 22'h0;
       q$5 = 22'h0;
       q$6 = 22'h0;
       q$7 = 22'h0;
       q$8 = 22'h0;
       q$9 = 22'h0;
       q$10 = 22'h0;
       q$11 = 22'h0;
       q$12 = 22'h0;
       q$13 = 22'h0;
       q$14 = 22'h0;
       q$15 = 22'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_pfn_hi


module mmu$data$tlb$e_pfn_lo(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    input wire  [17:0] d$8;
    input wire  [17:0] d$9;
    input wire  [17:0] d$10;
    input wire  [17:0] d$11;
    input wire  [17:0] d$12;
    input wire  [17:0] d$13;
    input wire  [17:0] d$14;
    input wire  [17:0] d$15;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    output reg  [17:0] q$8;
    output reg  [17:0] q$9;
    output reg  [17:0] q$10;
    output reg  [17:0] q$11;
    output reg  [17:0] q$12;
    output reg  [17:0] q$13;
    output reg  [17:0] q$14;
    output reg  [17:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
       q$8 = 18'h0;
       q$9 = 18'h0;
       q$10 = 18'h0;
       q$11 = 18'h0;
       q$12 = 18'h0;
       q$13 = 18'h0;
       q$14 = 18'h0;
       q$15 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_pfn_lo


module mmu$data$tlb$e_pkey(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] d$0;
    input wire  [3:0] d$1;
    input wire  [3:0] d$2;
    input wire  [3:0] d$3;
    input wire  [3:0] d$4;
    input wire  [3:0] d$5;
    input wire  [3:0] d$6;
    input wire  [3:0] d$7;
    input wire  [3:0] d$8;
    input wire  [3:0] d$9;
    input wire  [3:0] d$10;
    input wire  [3:0] d$11;
    input wire  [3:0] d$12;
    input wire  [3:0] d$13;
    input wire  [3:0] d$14;
    input wire  [3:0] d$15;
    output reg  [3:0] q$0;
    output reg  [3:0] q$1;
    output reg  [3:0] q$2;
    output reg  [3:0] q$3;
    output reg  [3:0] q$4;
    output reg  [3:0] q$5;
    output reg  [3:0] q$6;
    output reg  [3:0] q$7;
    output reg  [3:0] q$8;
    output reg  [3:0] q$9;
    output reg  [3:0] q$10;
    output reg  [3:0] q$11;
    output reg  [3:0] q$12;
    output reg  [3:0] q$13;
    output reg  [3:0] q$14;
    output reg  [3:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 4'h0;
       q$1 = 4'h0;
       q$2 = 4'h0;
       q$3 = 4'h0;
       q$4 = 4'h0;
       q$5 = 4'h0;
       q$6 = 4'h0;
       q$7 = 4'h0;
       q$8 = 4'h0;
       q$9 = 4'h0;
       q$10 = 4'h0;
       q$11 = 4'h0;
       q$12 = 4'h0;
       q$13 = 4'h0;
       q$14 = 4'h0;
       q$15 = 4'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_pkey


module mmu$data$tlb$e_size(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [1:0] d$0;
    input wire  [1:0] d$1;
    input wire  [1:0] d$2;
    input wire  [1:0] d$3;
    input wire  [1:0] d$4;
    input wire  [1:0] d$5;
    input wire  [1:0] d$6;
    input wire  [1:0] d$7;
    input wire  [1:0] d$8;
    input wire  [1:0] d$9;
    input wire  [1:0] d$10;
    input wire  [1:0] d$11;
    input wire  [1:0] d$12;
    input wire  [1:0] d$13;
    input wire  [1:0] d$14;
    input wire  [1:0] d$15;
    output reg  [1:0] q$0;
    output reg  [1:0] q$1;
    output reg  [1:0] q$2;
    output reg  [1:0] q$3;
    output reg  [1:0] q$4;
    output reg  [1:0] q$5;
    output reg  [1:0] q$6;
    output reg  [1:0] q$7;
    output reg  [1:0] q$8;
    output reg  [1:0] q$9;
    output reg  [1:0] q$10;
    output reg  [1:0] q$11;
    output reg  [1:0] q$12;
    output reg  [1:0] q$13;
    output reg  [1:0] q$14;
    output reg  [1:0] q$15;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Update code (custom)
    initial begin
       q$0 = 64'h0;
       q$1 = 64'h0;
       q$2 = 64'h0;
       q$3 = 64'h0;
       q$4 = 64'h0;
       q$5 = 64'h0;
       q$6 = 64'h0;
       q$7 = 64'h0;
       q$8 = 64'h0;
       q$9 = 64'h0;
       q$10 = 64'h0;
       q$11 = 64'h0;
       q$12 = 64'h0;
       q$13 = 64'h0;
       q$14 = 64'h0;
       q$15 = 64'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_size


module mmu$data$tlb$e_user(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_user


module mmu$data$tlb$e_valid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_valid


module mmu$data$tlb$e_vpn_1g(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    input wire  [17:0] d$8;
    input wire  [17:0] d$9;
    input wire  [17:0] d$10;
    input wire  [17:0] d$11;
    input wire  [17:0] d$12;
    input wire  [17:0] d$13;
    input wire  [17:0] d$14;
    input wire  [17:0] d$15;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    output reg  [17:0] q$8;
    output reg  [17:0] q$9;
    output reg  [17:0] q$10;
    output reg  [17:0] q$11;
    output reg  [17:0] q$12;
    output reg  [17:0] q$13;
    output reg  [17:0] q$14;
    output reg  [17:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
       q$8 = 18'h0;
       q$9 = 18'h0;
       q$10 = 18'h0;
       q$11 = 18'h0;
       q$12 = 18'h0;
       q$13 = 18'h0;
       q$14 = 18'h0;
       q$15 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_vpn_1g


module mmu$data$tlb$e_vpn_2m(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] d$0;
    input wire  [8:0] d$1;
    input wire  [8:0] d$2;
    input wire  [8:0] d$3;
    input wire  [8:0] d$4;
    input wire  [8:0] d$5;
    input wire  [8:0] d$6;
    input wire  [8:0] d$7;
    input wire  [8:0] d$8;
    input wire  [8:0] d$9;
    input wire  [8:0] d$10;
    input wire  [8:0] d$11;
    input wire  [8:0] d$12;
    input wire  [8:0] d$13;
    input wire  [8:0] d$14;
    input wire  [8:0] d$15;
    output reg  [8:0] q$0;
    output reg  [8:0] q$1;
    output reg  [8:0] q$2;
    output reg  [8:0] q$3;
    output reg  [8:0] q$4;
    output reg  [8:0] q$5;
    output reg  [8:0] q$6;
    output reg  [8:0] q$7;
    output reg  [8:0] q$8;
    output reg  [8:0] q$9;
    output reg  [8:0] q$10;
    output reg  [8:0] q$11;
    output reg  [8:0] q$12;
    output reg  [8:0] q$13;
    output reg  [8:0] q$14;
    output reg  [8:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 9'h0;
       q$1 = 9'h0;
       q$2 = 9'h0;
       q$3 = 9'h0;
       q$4 = 9'h0;
       q$5 = 9'h0;
       q$6 = 9'h0;
       q$7 = 9'h0;
       q$8 = 9'h0;
       q$9 = 9'h0;
       q$10 = 9'h0;
       q$11 = 9'h0;
       q$12 = 9'h0;
       q$13 = 9'h0;
       q$14 = 9'h0;
       q$15 = 9'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_vpn_2m


module mmu$data$tlb$e_vpn_4k(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] d$0;
    input wire  [8:0] d$1;
    input wire  [8:0] d$2;
    input wire  [8:0] d$3;
    input wire  [8:0] d$4;
    input wire  [8:0] d$5;
    input wire  [8:0] d$6;
    input wire  [8:0] d$7;
    input wire  [8:0] d$8;
    input wire  [8:0] d$9;
    input wire  [8:0] d$10;
    input wire  [8:0] d$11;
    input wire  [8:0] d$12;
    input wire  [8:0] d$13;
    input wire  [8:0] d$14;
    input wire  [8:0] d$15;
    output reg  [8:0] q$0;
    output reg  [8:0] q$1;
    output reg  [8:0] q$2;
    output reg  [8:0] q$3;
    output reg  [8:0] q$4;
    output reg  [8:0] q$5;
    output reg  [8:0] q$6;
    output reg  [8:0] q$7;
    output reg  [8:0] q$8;
    output reg  [8:0] q$9;
    output reg  [8:0] q$10;
    output reg  [8:0] q$11;
    output reg  [8:0] q$12;
    output reg  [8:0] q$13;
    output reg  [8:0] q$14;
    output reg  [8:0] q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 9'h0;
       q$1 = 9'h0;
       q$2 = 9'h0;
       q$3 = 9'h0;
       q$4 = 9'h0;
       q$5 = 9'h0;
       q$6 = 9'h0;
       q$7 = 9'h0;
       q$8 = 9'h0;
       q$9 = 9'h0;
       q$10 = 9'h0;
       q$11 = 9'h0;
       q$12 = 9'h0;
       q$13 = 9'h0;
       q$14 = 9'h0;
       q$15 = 9'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_vpn_4k


module mmu$data$tlb$e_writable(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_writable


module mmu$data$tlb$e_xd(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,d$8,d$9,d$10,d$11,d$12,d$13,d$14,d$15,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7,q$8,q$9,q$10,q$11,q$12,q$13,q$14,q$15);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    input wire  d$8;
    input wire  d$9;
    input wire  d$10;
    input wire  d$11;
    input wire  d$12;
    input wire  d$13;
    input wire  d$14;
    input wire  d$15;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    output reg  q$8;
    output reg  q$9;
    output reg  q$10;
    output reg  q$11;
    output reg  q$12;
    output reg  q$13;
    output reg  q$14;
    output reg  q$15;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
       q$8 = 1'h0;
       q$9 = 1'h0;
       q$10 = 1'h0;
       q$11 = 1'h0;
       q$12 = 1'h0;
       q$13 = 1'h0;
       q$14 = 1'h0;
       q$15 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
       q$8 <= d$8;
       q$9 <= d$9;
       q$10 <= d$10;
       q$11 <= d$11;
       q$12 <= d$12;
       q$13 <= d$13;
       q$14 <= d$14;
       q$15 <= d$15;
    end
endmodule // mmu$data$tlb$e_xd


module mmu$data$tlb$victim(d,q,clock);
    
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
          
endmodule // mmu$data$tlb$victim


module mmu$fetch(clock,reset,req_valid,req_ready,free,req_va,req_kind,req_user,hold,cur_pcid,rsp_valid,rsp_outcome,rsp_pa,rsp_error_code,rsp_tlb_hit,rsp_l2_hit,cr0_wp,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid,walk_req,walk_req_next,acc_vpn_1g,acc_vpn_2m,acc_vpn_4k,acc_kind,acc_user,acc_pcid,walk_done,walk_fault,walk_bus_error,walk_err_addr,walk_error_code,walk_pfn,walk_size,l2_done,l2_pfn,l2_size,l2_user,l2_writable,l2_xd,l2_pkey,l2_dirty,l2_glob,l2_pcid,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    output reg  free;
    input wire  [63:0] req_va;
    input wire  [1:0] req_kind;
    input wire  req_user;
    input wire  hold;
    input wire  [11:0] cur_pcid;
    output reg  rsp_valid;
    output reg  [1:0] rsp_outcome;
    output reg  [51:0] rsp_pa;
    output reg  [5:0] rsp_error_code;
    output reg  rsp_tlb_hit;
    output reg  rsp_l2_hit;
    input wire  cr0_wp;
    input wire  cr4_smep;
    input wire  cr4_smap;
    input wire  cr4_pke;
    input wire  efer_nxe;
    input wire  rflags_ac;
    input wire  [31:0] pkru;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    output reg  walk_req;
    output reg  walk_req_next;
    output reg  [17:0] acc_vpn_1g;
    output reg  [8:0] acc_vpn_2m;
    output reg  [8:0] acc_vpn_4k;
    output reg  [1:0] acc_kind;
    output reg  acc_user;
    output reg  [11:0] acc_pcid;
    input wire  walk_done;
    input wire  walk_fault;
    input wire  walk_bus_error;
    input wire  [51:0] walk_err_addr;
    input wire  [5:0] walk_error_code;
    input wire  [39:0] walk_pfn;
    input wire  [1:0] walk_size;
    input wire  l2_done;
    input wire  [39:0] l2_pfn;
    input wire  [1:0] l2_size;
    input wire  l2_user;
    input wire  l2_writable;
    input wire  l2_xd;
    input wire  [3:0] l2_pkey;
    input wire  l2_dirty;
    input wire  l2_glob;
    input wire  [11:0] l2_pcid;
    input wire  fill_en;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [8:0] fill_vpn_4k;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    localparam OutcomeCode$Ok = 0;
    localparam OutcomeCode$PageFault = 1;
    localparam OutcomeCode$GeneralProtection = 2;
    localparam OutcomeCode$BusError = 3;
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Stub signals
    reg  tlb$clock;
    reg  tlb$reset;
    reg  [35:0] tlb$lk_vpn;
    reg  [11:0] tlb$lk_pcid;
    reg  tlb$lk_capture;
    wire  tlb$hit;
    wire  [2:0] tlb$hit_idx;
    wire  [1:0] tlb$hit_size;
    wire  [39:0] tlb$hit_pfn;
    wire  tlb$hit_glob;
    wire  tlb$hit_writable;
    wire  tlb$hit_user;
    wire  tlb$hit_xd;
    wire  tlb$hit_dirty;
    wire  [3:0] tlb$hit_pkey;
    reg  tlb$fill_en;
    reg  [17:0] tlb$fill_vpn_1g;
    reg  [8:0] tlb$fill_vpn_2m;
    reg  [8:0] tlb$fill_vpn_4k;
    reg  [1:0] tlb$fill_size;
    reg  [11:0] tlb$fill_pcid;
    reg  tlb$fill_glob;
    reg  [39:0] tlb$fill_pfn;
    reg  tlb$fill_writable;
    reg  tlb$fill_user;
    reg  tlb$fill_xd;
    reg  tlb$fill_dirty;
    reg  [3:0] tlb$fill_pkey;
    wire  [2:0] tlb$fill_idx;
    reg  tlb$inv_en;
    reg  tlb$inv_use_va;
    reg  tlb$inv_use_pcid;
    reg  tlb$inv_glob_wild;
    reg  tlb$inv_keep_glob;
    reg  [35:0] tlb$inv_vpn;
    reg  [11:0] tlb$inv_pcid;
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
    reg  r_l2$d;
    wire  r_l2$q;
    reg  r_l2$clock;
    reg  r_wait$d;
    wire  r_wait$q;
    reg  r_wait$clock;
    reg  [17:0] r_vpn_1g$d;
    wire  [17:0] r_vpn_1g$q;
    reg  r_vpn_1g$clock;
    reg  [8:0] r_vpn_2m$d;
    wire  [8:0] r_vpn_2m$q;
    reg  r_vpn_2m$clock;
    reg  [8:0] r_vpn_4k$d;
    wire  [8:0] r_vpn_4k$q;
    reg  r_vpn_4k$clock;
    reg  [11:0] r_off$d;
    wire  [11:0] r_off$q;
    reg  r_off$clock;
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
    reg  h_dirty$d;
    wire  h_dirty$q;
    reg  h_dirty$clock;
    reg  h_glob$d;
    wire  h_glob$q;
    reg  h_glob$clock;
    reg  [11:0] h_pcid$d;
    wire  [11:0] h_pcid$q;
    reg  h_pcid$clock;
    
    // Local signals
    reg  accept;
    reg  [16:0] va_top;
    reg  canonical;
    reg  hit_usable;
    reg  wait_next;
    reg  [39:0] sel_pfn;
    reg  [1:0] sel_size;
    reg  [51:0] pa;
    reg  l_rsp_valid;
    reg  [1:0] l_rsp_outcome;
    reg  [51:0] l_rsp_pa;
    reg  [5:0] l_rsp_error_code;
    reg  l_rsp_tlb_hit;
    reg  l_rsp_l2_hit;
    reg  fl_en;
    reg  [17:0] fl_vpn_1g;
    reg  [8:0] fl_vpn_2m;
    reg  [8:0] fl_vpn_4k;
    reg  [1:0] fl_size;
    reg  [11:0] fl_pcid;
    reg  fl_glob;
    reg  [39:0] fl_pfn;
    reg  fl_writable;
    reg  fl_user;
    reg  fl_xd;
    reg  fl_dirty;
    reg  [3:0] fl_pkey;
    
    // Sub module instances
    mmu$fetch$tlb tlb(
        .clock(tlb$clock),
        .reset(tlb$reset),
        .lk_vpn(tlb$lk_vpn),
        .lk_pcid(tlb$lk_pcid),
        .lk_capture(tlb$lk_capture),
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
        .fill_vpn_1g(tlb$fill_vpn_1g),
        .fill_vpn_2m(tlb$fill_vpn_2m),
        .fill_vpn_4k(tlb$fill_vpn_4k),
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
    mmu$fetch$perm perm(
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
    mmu$fetch$r_fast r_fast(
        .d(r_fast$d),
        .q(r_fast$q),
        .clock(r_fast$clock)
    );
    mmu$fetch$r_gp r_gp(
        .d(r_gp$d),
        .q(r_gp$q),
        .clock(r_gp$clock)
    );
    mmu$fetch$r_l2 r_l2(
        .d(r_l2$d),
        .q(r_l2$q),
        .clock(r_l2$clock)
    );
    mmu$fetch$r_wait r_wait(
        .d(r_wait$d),
        .q(r_wait$q),
        .clock(r_wait$clock)
    );
    mmu$fetch$r_vpn_1g r_vpn_1g(
        .d(r_vpn_1g$d),
        .q(r_vpn_1g$q),
        .clock(r_vpn_1g$clock)
    );
    mmu$fetch$r_vpn_2m r_vpn_2m(
        .d(r_vpn_2m$d),
        .q(r_vpn_2m$q),
        .clock(r_vpn_2m$clock)
    );
    mmu$fetch$r_vpn_4k r_vpn_4k(
        .d(r_vpn_4k$d),
        .q(r_vpn_4k$q),
        .clock(r_vpn_4k$clock)
    );
    mmu$fetch$r_off r_off(
        .d(r_off$d),
        .q(r_off$q),
        .clock(r_off$clock)
    );
    mmu$fetch$r_kind r_kind(
        .d(r_kind$d),
        .q(r_kind$q),
        .clock(r_kind$clock)
    );
    mmu$fetch$r_user r_user(
        .d(r_user$d),
        .q(r_user$q),
        .clock(r_user$clock)
    );
    mmu$fetch$r_pcid r_pcid(
        .d(r_pcid$d),
        .q(r_pcid$q),
        .clock(r_pcid$clock)
    );
    mmu$fetch$h_pfn h_pfn(
        .d(h_pfn$d),
        .q(h_pfn$q),
        .clock(h_pfn$clock)
    );
    mmu$fetch$h_size h_size(
        .d(h_size$d),
        .q(h_size$q),
        .clock(h_size$clock)
    );
    mmu$fetch$h_user h_user(
        .d(h_user$d),
        .q(h_user$q),
        .clock(h_user$clock)
    );
    mmu$fetch$h_writable h_writable(
        .d(h_writable$d),
        .q(h_writable$q),
        .clock(h_writable$clock)
    );
    mmu$fetch$h_xd h_xd(
        .d(h_xd$d),
        .q(h_xd$q),
        .clock(h_xd$clock)
    );
    mmu$fetch$h_pkey h_pkey(
        .d(h_pkey$d),
        .q(h_pkey$q),
        .clock(h_pkey$clock)
    );
    mmu$fetch$h_dirty h_dirty(
        .d(h_dirty$d),
        .q(h_dirty$q),
        .clock(h_dirty$clock)
    );
    mmu$fetch$h_glob h_glob(
        .d(h_glob$d),
        .q(h_glob$q),
        .clock(h_glob$clock)
    );
    mmu$fetch$h_pcid h_pcid(
        .d(h_pcid$d),
        .q(h_pcid$q),
        .clock(h_pcid$clock)
    );
    
    // Update code
    always @(*) begin
        tlb$clock = clock;
        r_fast$clock = clock;
        r_gp$clock = clock;
        r_l2$clock = clock;
        r_wait$clock = clock;
        r_vpn_1g$clock = clock;
        r_vpn_2m$clock = clock;
        r_vpn_4k$clock = clock;
        r_off$clock = clock;
        r_kind$clock = clock;
        r_user$clock = clock;
        r_pcid$clock = clock;
        h_pfn$clock = clock;
        h_size$clock = clock;
        h_user$clock = clock;
        h_writable$clock = clock;
        h_xd$clock = clock;
        h_pkey$clock = clock;
        h_dirty$clock = clock;
        h_glob$clock = clock;
        h_pcid$clock = clock;
        r_fast$d = r_fast$q;
        r_gp$d = r_gp$q;
        r_l2$d = r_l2$q;
        r_wait$d = r_wait$q;
        r_vpn_1g$d = r_vpn_1g$q;
        r_vpn_2m$d = r_vpn_2m$q;
        r_vpn_4k$d = r_vpn_4k$q;
        r_off$d = r_off$q;
        r_kind$d = r_kind$q;
        r_user$d = r_user$q;
        r_pcid$d = r_pcid$q;
        h_pfn$d = h_pfn$q;
        h_size$d = h_size$q;
        h_user$d = h_user$q;
        h_writable$d = h_writable$q;
        h_xd$d = h_xd$q;
        h_pkey$d = h_pkey$q;
        h_dirty$d = h_dirty$q;
        h_glob$d = h_glob$q;
        h_pcid$d = h_pcid$q;
        tlb$reset = reset;
        tlb$inv_en = inv_en;
        tlb$inv_use_va = inv_use_va;
        tlb$inv_use_pcid = inv_use_pcid;
        tlb$inv_glob_wild = inv_glob_wild;
        tlb$inv_keep_glob = inv_keep_glob;
        tlb$inv_vpn = inv_vpn;
        tlb$inv_pcid = inv_pcid;
        tlb$lk_vpn = req_va[(32'hc)+:(36)];
        tlb$lk_pcid = cur_pcid;
        va_top = req_va[(32'h2f)+:(17)];
        canonical = &va_top || ~|va_top;
        hit_usable = tlb$hit && (tlb$hit_dirty || (req_kind != AccessKind$Write));
        free = ~r_wait$q && ~r_l2$q;
        req_ready = ~reset && free && ~hold;
        accept = req_valid && req_ready;
        tlb$lk_capture = accept;
        r_fast$d = accept && (~canonical || hit_usable);
        if (accept) begin
            r_gp$d = ~canonical;
            r_vpn_1g$d = req_va[(32'h1e)+:(18)];
            r_vpn_2m$d = req_va[(32'h15)+:(9)];
            r_vpn_4k$d = req_va[(32'hc)+:(9)];
            r_off$d = req_va[(32'h0)+:(12)];
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
        r_l2$d = l2_done;
        if (l2_done) begin
            r_fast$d = 1'b1;
            h_pfn$d = l2_pfn;
            h_size$d = l2_size;
            h_user$d = l2_user;
            h_writable$d = l2_writable;
            h_xd$d = l2_xd;
            h_pkey$d = l2_pkey;
            h_dirty$d = l2_dirty;
            h_glob$d = l2_glob;
            h_pcid$d = l2_pcid;
        end
        wait_next = (r_wait$q && ~walk_done && ~l2_done) || (accept && canonical && ~hit_usable);
        if (reset) begin
            r_fast$d = 1'b0;
            r_l2$d = 1'b0;
            wait_next = 1'b0;
        end
        r_wait$d = wait_next;
        walk_req = r_wait$q;
        walk_req_next = wait_next;
        acc_vpn_1g = r_vpn_1g$q;
        acc_vpn_2m = r_vpn_2m$q;
        acc_vpn_4k = r_vpn_4k$q;
        acc_kind = r_kind$q;
        acc_user = r_user$q;
        acc_pcid = r_pcid$q;
        fl_en = fill_en;
        fl_vpn_1g = fill_vpn_1g;
        fl_vpn_2m = fill_vpn_2m;
        fl_vpn_4k = fill_vpn_4k;
        fl_size = fill_size;
        fl_pcid = fill_pcid;
        fl_glob = fill_glob;
        fl_pfn = fill_pfn;
        fl_writable = fill_writable;
        fl_user = fill_user;
        fl_xd = fill_xd;
        fl_dirty = fill_dirty;
        fl_pkey = fill_pkey;
        if (r_l2$q) begin
            fl_en = ~inv_en;
            fl_vpn_1g = r_vpn_1g$q;
            fl_vpn_2m = r_vpn_2m$q;
            fl_vpn_4k = r_vpn_4k$q;
            fl_size = h_size$q;
            fl_pcid = h_pcid$q;
            fl_glob = h_glob$q;
            fl_pfn = h_pfn$q;
            fl_writable = h_writable$q;
            fl_user = h_user$q;
            fl_xd = h_xd$q;
            fl_dirty = h_dirty$q;
            fl_pkey = h_pkey$q;
        end
        tlb$fill_en = fl_en;
        tlb$fill_vpn_1g = fl_vpn_1g;
        tlb$fill_vpn_2m = fl_vpn_2m;
        tlb$fill_vpn_4k = fl_vpn_4k;
        tlb$fill_size = fl_size;
        tlb$fill_pcid = fl_pcid;
        tlb$fill_glob = fl_glob;
        tlb$fill_pfn = fl_pfn;
        tlb$fill_writable = fl_writable;
        tlb$fill_user = fl_user;
        tlb$fill_xd = fl_xd;
        tlb$fill_dirty = fl_dirty;
        tlb$fill_pkey = fl_pkey;
        perm$page_user = h_user$q;
        perm$page_writable = h_writable$q;
        perm$page_xd = h_xd$q;
        perm$page_pkey = h_pkey$q;
        perm$kind = r_kind$q;
        perm$user_access = r_user$q;
        perm$cr0_wp = cr0_wp;
        perm$cr4_smep = cr4_smep;
        perm$cr4_smap = cr4_smap;
        perm$cr4_pke = cr4_pke;
        perm$efer_nxe = efer_nxe;
        perm$rflags_ac = rflags_ac;
        perm$pkru = pkru;
        sel_pfn = h_pfn$q;
        sel_size = h_size$q;
        if (walk_done) begin
            sel_pfn = walk_pfn;
            sel_size = walk_size;
        end
        pa = (((sel_pfn) & 52'hfffffffffffff) << 32'hc) | ((r_off$q) & 52'hfffffffffffff);
        if (sel_size != PageSize$Size4K) begin
            pa = pa | (((r_vpn_4k$q) & 52'hfffffffffffff) << 32'hc);
        end
        if (sel_size == PageSize$Size1G) begin
            pa = pa | (((r_vpn_2m$q) & 52'hfffffffffffff) << 32'h15);
        end
        l_rsp_valid = 1'b0;
        l_rsp_outcome = OutcomeCode$Ok;
        l_rsp_pa = 32'h0;
        l_rsp_error_code = 32'h0;
        l_rsp_tlb_hit = 1'b0;
        l_rsp_l2_hit = 1'b0;
        if (r_fast$q) begin
            l_rsp_valid = 1'b1;
            if (r_gp$q) begin
                l_rsp_outcome = OutcomeCode$GeneralProtection;
            end
            else begin
                l_rsp_tlb_hit = ~r_l2$q;
                l_rsp_l2_hit = r_l2$q;
                if (perm$allow) begin
                    l_rsp_pa = pa;
                end
                else begin
                    l_rsp_outcome = OutcomeCode$PageFault;
                    l_rsp_error_code = perm$error_code;
                end
            end
        end
        else if (walk_done) begin
            l_rsp_valid = 1'b1;
            if (walk_fault && walk_bus_error) begin
                l_rsp_outcome = OutcomeCode$BusError;
                l_rsp_pa = walk_err_addr;
            end
            else if (walk_fault) begin
                l_rsp_outcome = OutcomeCode$PageFault;
                l_rsp_error_code = walk_error_code;
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
        rsp_l2_hit = l_rsp_l2_hit;
    end
    
endmodule // mmu$fetch


module mmu$fetch$h_dirty(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_dirty


module mmu$fetch$h_glob(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_glob


module mmu$fetch$h_pcid(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_pcid


module mmu$fetch$h_pfn(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_pfn


module mmu$fetch$h_pkey(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_pkey


module mmu$fetch$h_size(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$fetch$h_size


module mmu$fetch$h_user(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_user


module mmu$fetch$h_writable(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_writable


module mmu$fetch$h_xd(d,q,clock);
    
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
          
endmodule // mmu$fetch$h_xd


module mmu$fetch$perm(page_user,page_writable,page_xd,page_pkey,kind,user_access,cr0_wp,cr4_smep,cr4_smap,cr4_pke,efer_nxe,rflags_ac,pkru,allow,error_code);
    
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
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    
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
        is_write = kind == AccessKind$Write;
        is_fetch = kind == AccessKind$Fetch;
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
    
endmodule // mmu$fetch$perm


module mmu$fetch$r_fast(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_fast


module mmu$fetch$r_gp(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_gp


module mmu$fetch$r_kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$fetch$r_kind


module mmu$fetch$r_l2(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_l2


module mmu$fetch$r_off(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_off


module mmu$fetch$r_pcid(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_pcid


module mmu$fetch$r_user(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_user


module mmu$fetch$r_vpn_1g(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_vpn_1g


module mmu$fetch$r_vpn_2m(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_vpn_2m


module mmu$fetch$r_vpn_4k(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_vpn_4k


module mmu$fetch$r_wait(d,q,clock);
    
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
          
endmodule // mmu$fetch$r_wait


module mmu$fetch$tlb(clock,reset,lk_vpn,lk_pcid,lk_capture,hit,hit_idx,hit_size,hit_pfn,hit_glob,hit_writable,hit_user,hit_xd,hit_dirty,hit_pkey,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,fill_idx,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [35:0] lk_vpn;
    input wire  [11:0] lk_pcid;
    input wire  lk_capture;
    output reg  hit;
    output reg  [2:0] hit_idx;
    output reg  [1:0] hit_size;
    output reg  [39:0] hit_pfn;
    output reg  hit_glob;
    output reg  hit_writable;
    output reg  hit_user;
    output reg  hit_xd;
    output reg  hit_dirty;
    output reg  [3:0] hit_pkey;
    input wire  fill_en;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [8:0] fill_vpn_4k;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    output reg  [2:0] fill_idx;
    input wire  inv_en;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    
    // Constant declarations
    localparam  k_index$0 = 3'b0;
    localparam  k_index$1 = 3'b1;
    localparam  k_index$2 = 3'b10;
    localparam  k_index$3 = 3'b11;
    localparam  k_index$4 = 3'b100;
    localparam  k_index$5 = 3'b101;
    localparam  k_index$6 = 3'b110;
    localparam  k_index$7 = 3'b111;
    localparam  k_onehot$0 = 8'h1;
    localparam  k_onehot$1 = 8'h2;
    localparam  k_onehot$2 = 8'h4;
    localparam  k_onehot$3 = 8'h8;
    localparam  k_onehot$4 = 8'h10;
    localparam  k_onehot$5 = 8'h20;
    localparam  k_onehot$6 = 8'h40;
    localparam  k_onehot$7 = 8'h80;
    localparam  pfn_mask_hi = 22'h3ff;
    localparam  pfn_mask_lo = 18'b111111111111111111;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Stub signals
    reg  e_valid$clock;
    reg  e_valid$d$0;
    reg  e_valid$d$1;
    reg  e_valid$d$2;
    reg  e_valid$d$3;
    reg  e_valid$d$4;
    reg  e_valid$d$5;
    reg  e_valid$d$6;
    reg  e_valid$d$7;
    wire  e_valid$q$0;
    wire  e_valid$q$1;
    wire  e_valid$q$2;
    wire  e_valid$q$3;
    wire  e_valid$q$4;
    wire  e_valid$q$5;
    wire  e_valid$q$6;
    wire  e_valid$q$7;
    reg  e_vpn_1g$clock;
    reg  [17:0] e_vpn_1g$d$0;
    reg  [17:0] e_vpn_1g$d$1;
    reg  [17:0] e_vpn_1g$d$2;
    reg  [17:0] e_vpn_1g$d$3;
    reg  [17:0] e_vpn_1g$d$4;
    reg  [17:0] e_vpn_1g$d$5;
    reg  [17:0] e_vpn_1g$d$6;
    reg  [17:0] e_vpn_1g$d$7;
    wire  [17:0] e_vpn_1g$q$0;
    wire  [17:0] e_vpn_1g$q$1;
    wire  [17:0] e_vpn_1g$q$2;
    wire  [17:0] e_vpn_1g$q$3;
    wire  [17:0] e_vpn_1g$q$4;
    wire  [17:0] e_vpn_1g$q$5;
    wire  [17:0] e_vpn_1g$q$6;
    wire  [17:0] e_vpn_1g$q$7;
    reg  e_vpn_2m$clock;
    reg  [8:0] e_vpn_2m$d$0;
    reg  [8:0] e_vpn_2m$d$1;
    reg  [8:0] e_vpn_2m$d$2;
    reg  [8:0] e_vpn_2m$d$3;
    reg  [8:0] e_vpn_2m$d$4;
    reg  [8:0] e_vpn_2m$d$5;
    reg  [8:0] e_vpn_2m$d$6;
    reg  [8:0] e_vpn_2m$d$7;
    wire  [8:0] e_vpn_2m$q$0;
    wire  [8:0] e_vpn_2m$q$1;
    wire  [8:0] e_vpn_2m$q$2;
    wire  [8:0] e_vpn_2m$q$3;
    wire  [8:0] e_vpn_2m$q$4;
    wire  [8:0] e_vpn_2m$q$5;
    wire  [8:0] e_vpn_2m$q$6;
    wire  [8:0] e_vpn_2m$q$7;
    reg  e_vpn_4k$clock;
    reg  [8:0] e_vpn_4k$d$0;
    reg  [8:0] e_vpn_4k$d$1;
    reg  [8:0] e_vpn_4k$d$2;
    reg  [8:0] e_vpn_4k$d$3;
    reg  [8:0] e_vpn_4k$d$4;
    reg  [8:0] e_vpn_4k$d$5;
    reg  [8:0] e_vpn_4k$d$6;
    reg  [8:0] e_vpn_4k$d$7;
    wire  [8:0] e_vpn_4k$q$0;
    wire  [8:0] e_vpn_4k$q$1;
    wire  [8:0] e_vpn_4k$q$2;
    wire  [8:0] e_vpn_4k$q$3;
    wire  [8:0] e_vpn_4k$q$4;
    wire  [8:0] e_vpn_4k$q$5;
    wire  [8:0] e_vpn_4k$q$6;
    wire  [8:0] e_vpn_4k$q$7;
    reg  e_size$clock;
    reg  [1:0] e_size$d$0;
    reg  [1:0] e_size$d$1;
    reg  [1:0] e_size$d$2;
    reg  [1:0] e_size$d$3;
    reg  [1:0] e_size$d$4;
    reg  [1:0] e_size$d$5;
    reg  [1:0] e_size$d$6;
    reg  [1:0] e_size$d$7;
    wire  [1:0] e_size$q$0;
    wire  [1:0] e_size$q$1;
    wire  [1:0] e_size$q$2;
    wire  [1:0] e_size$q$3;
    wire  [1:0] e_size$q$4;
    wire  [1:0] e_size$q$5;
    wire  [1:0] e_size$q$6;
    wire  [1:0] e_size$q$7;
    reg  e_pcid$clock;
    reg  [11:0] e_pcid$d$0;
    reg  [11:0] e_pcid$d$1;
    reg  [11:0] e_pcid$d$2;
    reg  [11:0] e_pcid$d$3;
    reg  [11:0] e_pcid$d$4;
    reg  [11:0] e_pcid$d$5;
    reg  [11:0] e_pcid$d$6;
    reg  [11:0] e_pcid$d$7;
    wire  [11:0] e_pcid$q$0;
    wire  [11:0] e_pcid$q$1;
    wire  [11:0] e_pcid$q$2;
    wire  [11:0] e_pcid$q$3;
    wire  [11:0] e_pcid$q$4;
    wire  [11:0] e_pcid$q$5;
    wire  [11:0] e_pcid$q$6;
    wire  [11:0] e_pcid$q$7;
    reg  e_glob$clock;
    reg  e_glob$d$0;
    reg  e_glob$d$1;
    reg  e_glob$d$2;
    reg  e_glob$d$3;
    reg  e_glob$d$4;
    reg  e_glob$d$5;
    reg  e_glob$d$6;
    reg  e_glob$d$7;
    wire  e_glob$q$0;
    wire  e_glob$q$1;
    wire  e_glob$q$2;
    wire  e_glob$q$3;
    wire  e_glob$q$4;
    wire  e_glob$q$5;
    wire  e_glob$q$6;
    wire  e_glob$q$7;
    reg  e_pfn_hi$clock;
    reg  [21:0] e_pfn_hi$d$0;
    reg  [21:0] e_pfn_hi$d$1;
    reg  [21:0] e_pfn_hi$d$2;
    reg  [21:0] e_pfn_hi$d$3;
    reg  [21:0] e_pfn_hi$d$4;
    reg  [21:0] e_pfn_hi$d$5;
    reg  [21:0] e_pfn_hi$d$6;
    reg  [21:0] e_pfn_hi$d$7;
    wire  [21:0] e_pfn_hi$q$0;
    wire  [21:0] e_pfn_hi$q$1;
    wire  [21:0] e_pfn_hi$q$2;
    wire  [21:0] e_pfn_hi$q$3;
    wire  [21:0] e_pfn_hi$q$4;
    wire  [21:0] e_pfn_hi$q$5;
    wire  [21:0] e_pfn_hi$q$6;
    wire  [21:0] e_pfn_hi$q$7;
    reg  e_pfn_lo$clock;
    reg  [17:0] e_pfn_lo$d$0;
    reg  [17:0] e_pfn_lo$d$1;
    reg  [17:0] e_pfn_lo$d$2;
    reg  [17:0] e_pfn_lo$d$3;
    reg  [17:0] e_pfn_lo$d$4;
    reg  [17:0] e_pfn_lo$d$5;
    reg  [17:0] e_pfn_lo$d$6;
    reg  [17:0] e_pfn_lo$d$7;
    wire  [17:0] e_pfn_lo$q$0;
    wire  [17:0] e_pfn_lo$q$1;
    wire  [17:0] e_pfn_lo$q$2;
    wire  [17:0] e_pfn_lo$q$3;
    wire  [17:0] e_pfn_lo$q$4;
    wire  [17:0] e_pfn_lo$q$5;
    wire  [17:0] e_pfn_lo$q$6;
    wire  [17:0] e_pfn_lo$q$7;
    reg  e_writable$clock;
    reg  e_writable$d$0;
    reg  e_writable$d$1;
    reg  e_writable$d$2;
    reg  e_writable$d$3;
    reg  e_writable$d$4;
    reg  e_writable$d$5;
    reg  e_writable$d$6;
    reg  e_writable$d$7;
    wire  e_writable$q$0;
    wire  e_writable$q$1;
    wire  e_writable$q$2;
    wire  e_writable$q$3;
    wire  e_writable$q$4;
    wire  e_writable$q$5;
    wire  e_writable$q$6;
    wire  e_writable$q$7;
    reg  e_user$clock;
    reg  e_user$d$0;
    reg  e_user$d$1;
    reg  e_user$d$2;
    reg  e_user$d$3;
    reg  e_user$d$4;
    reg  e_user$d$5;
    reg  e_user$d$6;
    reg  e_user$d$7;
    wire  e_user$q$0;
    wire  e_user$q$1;
    wire  e_user$q$2;
    wire  e_user$q$3;
    wire  e_user$q$4;
    wire  e_user$q$5;
    wire  e_user$q$6;
    wire  e_user$q$7;
    reg  e_xd$clock;
    reg  e_xd$d$0;
    reg  e_xd$d$1;
    reg  e_xd$d$2;
    reg  e_xd$d$3;
    reg  e_xd$d$4;
    reg  e_xd$d$5;
    reg  e_xd$d$6;
    reg  e_xd$d$7;
    wire  e_xd$q$0;
    wire  e_xd$q$1;
    wire  e_xd$q$2;
    wire  e_xd$q$3;
    wire  e_xd$q$4;
    wire  e_xd$q$5;
    wire  e_xd$q$6;
    wire  e_xd$q$7;
    reg  e_dirty$clock;
    reg  e_dirty$d$0;
    reg  e_dirty$d$1;
    reg  e_dirty$d$2;
    reg  e_dirty$d$3;
    reg  e_dirty$d$4;
    reg  e_dirty$d$5;
    reg  e_dirty$d$6;
    reg  e_dirty$d$7;
    wire  e_dirty$q$0;
    wire  e_dirty$q$1;
    wire  e_dirty$q$2;
    wire  e_dirty$q$3;
    wire  e_dirty$q$4;
    wire  e_dirty$q$5;
    wire  e_dirty$q$6;
    wire  e_dirty$q$7;
    reg  e_pkey$clock;
    reg  [3:0] e_pkey$d$0;
    reg  [3:0] e_pkey$d$1;
    reg  [3:0] e_pkey$d$2;
    reg  [3:0] e_pkey$d$3;
    reg  [3:0] e_pkey$d$4;
    reg  [3:0] e_pkey$d$5;
    reg  [3:0] e_pkey$d$6;
    reg  [3:0] e_pkey$d$7;
    wire  [3:0] e_pkey$q$0;
    wire  [3:0] e_pkey$q$1;
    wire  [3:0] e_pkey$q$2;
    wire  [3:0] e_pkey$q$3;
    wire  [3:0] e_pkey$q$4;
    wire  [3:0] e_pkey$q$5;
    wire  [3:0] e_pkey$q$6;
    wire  [3:0] e_pkey$q$7;
    reg  [2:0] victim$d;
    wire  [2:0] victim$q;
    reg  victim$clock;
    reg  cap_1g$clock;
    reg  cap_1g$d$0;
    reg  cap_1g$d$1;
    reg  cap_1g$d$2;
    reg  cap_1g$d$3;
    reg  cap_1g$d$4;
    reg  cap_1g$d$5;
    reg  cap_1g$d$6;
    reg  cap_1g$d$7;
    wire  cap_1g$q$0;
    wire  cap_1g$q$1;
    wire  cap_1g$q$2;
    wire  cap_1g$q$3;
    wire  cap_1g$q$4;
    wire  cap_1g$q$5;
    wire  cap_1g$q$6;
    wire  cap_1g$q$7;
    reg  cap_2m$clock;
    reg  cap_2m$d$0;
    reg  cap_2m$d$1;
    reg  cap_2m$d$2;
    reg  cap_2m$d$3;
    reg  cap_2m$d$4;
    reg  cap_2m$d$5;
    reg  cap_2m$d$6;
    reg  cap_2m$d$7;
    wire  cap_2m$q$0;
    wire  cap_2m$q$1;
    wire  cap_2m$q$2;
    wire  cap_2m$q$3;
    wire  cap_2m$q$4;
    wire  cap_2m$q$5;
    wire  cap_2m$q$6;
    wire  cap_2m$q$7;
    reg  cap_4k$clock;
    reg  cap_4k$d$0;
    reg  cap_4k$d$1;
    reg  cap_4k$d$2;
    reg  cap_4k$d$3;
    reg  cap_4k$d$4;
    reg  cap_4k$d$5;
    reg  cap_4k$d$6;
    reg  cap_4k$d$7;
    wire  cap_4k$q$0;
    wire  cap_4k$q$1;
    wire  cap_4k$q$2;
    wire  cap_4k$q$3;
    wire  cap_4k$q$4;
    wire  cap_4k$q$5;
    wire  cap_4k$q$6;
    wire  cap_4k$q$7;
    reg  cap_pcid$clock;
    reg  cap_pcid$d$0;
    reg  cap_pcid$d$1;
    reg  cap_pcid$d$2;
    reg  cap_pcid$d$3;
    reg  cap_pcid$d$4;
    reg  cap_pcid$d$5;
    reg  cap_pcid$d$6;
    reg  cap_pcid$d$7;
    wire  cap_pcid$q$0;
    wire  cap_pcid$q$1;
    wire  cap_pcid$q$2;
    wire  cap_pcid$q$3;
    wire  cap_pcid$q$4;
    wire  cap_pcid$q$5;
    wire  cap_pcid$q$6;
    wire  cap_pcid$q$7;
    
    // Local signals
    reg  e_is1g$0;
    reg  e_is1g$1;
    reg  e_is1g$2;
    reg  e_is1g$3;
    reg  e_is1g$4;
    reg  e_is1g$5;
    reg  e_is1g$6;
    reg  e_is1g$7;
    reg  e_is4k$0;
    reg  e_is4k$1;
    reg  e_is4k$2;
    reg  e_is4k$3;
    reg  e_is4k$4;
    reg  e_is4k$5;
    reg  e_is4k$6;
    reg  e_is4k$7;
    reg  lk_eq_1g$0;
    reg  lk_eq_1g$1;
    reg  lk_eq_1g$2;
    reg  lk_eq_1g$3;
    reg  lk_eq_1g$4;
    reg  lk_eq_1g$5;
    reg  lk_eq_1g$6;
    reg  lk_eq_1g$7;
    reg  lk_eq_2m$0;
    reg  lk_eq_2m$1;
    reg  lk_eq_2m$2;
    reg  lk_eq_2m$3;
    reg  lk_eq_2m$4;
    reg  lk_eq_2m$5;
    reg  lk_eq_2m$6;
    reg  lk_eq_2m$7;
    reg  lk_eq_4k$0;
    reg  lk_eq_4k$1;
    reg  lk_eq_4k$2;
    reg  lk_eq_4k$3;
    reg  lk_eq_4k$4;
    reg  lk_eq_4k$5;
    reg  lk_eq_4k$6;
    reg  lk_eq_4k$7;
    reg  lk_eq_pcid$0;
    reg  lk_eq_pcid$1;
    reg  lk_eq_pcid$2;
    reg  lk_eq_pcid$3;
    reg  lk_eq_pcid$4;
    reg  lk_eq_pcid$5;
    reg  lk_eq_pcid$6;
    reg  lk_eq_pcid$7;
    reg  lk_match$0;
    reg  lk_match$1;
    reg  lk_match$2;
    reg  lk_match$3;
    reg  lk_match$4;
    reg  lk_match$5;
    reg  lk_match$6;
    reg  lk_match$7;
    reg  fl_overlap$0;
    reg  fl_overlap$1;
    reg  fl_overlap$2;
    reg  fl_overlap$3;
    reg  fl_overlap$4;
    reg  fl_overlap$5;
    reg  fl_overlap$6;
    reg  fl_overlap$7;
    reg  fl_slot$0;
    reg  fl_slot$1;
    reg  fl_slot$2;
    reg  fl_slot$3;
    reg  fl_slot$4;
    reg  fl_slot$5;
    reg  fl_slot$6;
    reg  fl_slot$7;
    reg  inv_drop$0;
    reg  inv_drop$1;
    reg  inv_drop$2;
    reg  inv_drop$3;
    reg  inv_drop$4;
    reg  inv_drop$5;
    reg  inv_drop$6;
    reg  inv_drop$7;
    reg  [17:0] lk_1g;
    reg  [8:0] lk_2m;
    reg  [8:0] lk_4k;
    reg  [11:0] lk_key_pcid;
    reg  fl_is1g;
    reg  fl_is4k;
    reg  fl_found;
    reg  [7:0] fl_cand;
    reg  [7:0] fl_neg;
    reg  [7:0] fl_first;
    reg  l_hit;
    reg  [2:0] l_hit_idx;
    reg  l_hit_1g;
    reg  l_hit_4k;
    reg  [1:0] l_hit_size;
    reg  [21:0] l_hit_pfn_hi;
    reg  [17:0] l_hit_pfn_lo;
    reg  l_hit_glob;
    reg  l_hit_writable;
    reg  l_hit_user;
    reg  l_hit_xd;
    reg  l_hit_dirty;
    reg  [3:0] l_hit_pkey;
    reg  [2:0] l_fill_idx;
    
    // Sub module instances
    mmu$fetch$tlb$e_valid e_valid(
        .clock(e_valid$clock),
        .d$0(e_valid$d$0),
        .d$1(e_valid$d$1),
        .d$2(e_valid$d$2),
        .d$3(e_valid$d$3),
        .d$4(e_valid$d$4),
        .d$5(e_valid$d$5),
        .d$6(e_valid$d$6),
        .d$7(e_valid$d$7),
        .q$0(e_valid$q$0),
        .q$1(e_valid$q$1),
        .q$2(e_valid$q$2),
        .q$3(e_valid$q$3),
        .q$4(e_valid$q$4),
        .q$5(e_valid$q$5),
        .q$6(e_valid$q$6),
        .q$7(e_valid$q$7)
    );
    mmu$fetch$tlb$e_vpn_1g e_vpn_1g(
        .clock(e_vpn_1g$clock),
        .d$0(e_vpn_1g$d$0),
        .d$1(e_vpn_1g$d$1),
        .d$2(e_vpn_1g$d$2),
        .d$3(e_vpn_1g$d$3),
        .d$4(e_vpn_1g$d$4),
        .d$5(e_vpn_1g$d$5),
        .d$6(e_vpn_1g$d$6),
        .d$7(e_vpn_1g$d$7),
        .q$0(e_vpn_1g$q$0),
        .q$1(e_vpn_1g$q$1),
        .q$2(e_vpn_1g$q$2),
        .q$3(e_vpn_1g$q$3),
        .q$4(e_vpn_1g$q$4),
        .q$5(e_vpn_1g$q$5),
        .q$6(e_vpn_1g$q$6),
        .q$7(e_vpn_1g$q$7)
    );
    mmu$fetch$tlb$e_vpn_2m e_vpn_2m(
        .clock(e_vpn_2m$clock),
        .d$0(e_vpn_2m$d$0),
        .d$1(e_vpn_2m$d$1),
        .d$2(e_vpn_2m$d$2),
        .d$3(e_vpn_2m$d$3),
        .d$4(e_vpn_2m$d$4),
        .d$5(e_vpn_2m$d$5),
        .d$6(e_vpn_2m$d$6),
        .d$7(e_vpn_2m$d$7),
        .q$0(e_vpn_2m$q$0),
        .q$1(e_vpn_2m$q$1),
        .q$2(e_vpn_2m$q$2),
        .q$3(e_vpn_2m$q$3),
        .q$4(e_vpn_2m$q$4),
        .q$5(e_vpn_2m$q$5),
        .q$6(e_vpn_2m$q$6),
        .q$7(e_vpn_2m$q$7)
    );
    mmu$fetch$tlb$e_vpn_4k e_vpn_4k(
        .clock(e_vpn_4k$clock),
        .d$0(e_vpn_4k$d$0),
        .d$1(e_vpn_4k$d$1),
        .d$2(e_vpn_4k$d$2),
        .d$3(e_vpn_4k$d$3),
        .d$4(e_vpn_4k$d$4),
        .d$5(e_vpn_4k$d$5),
        .d$6(e_vpn_4k$d$6),
        .d$7(e_vpn_4k$d$7),
        .q$0(e_vpn_4k$q$0),
        .q$1(e_vpn_4k$q$1),
        .q$2(e_vpn_4k$q$2),
        .q$3(e_vpn_4k$q$3),
        .q$4(e_vpn_4k$q$4),
        .q$5(e_vpn_4k$q$5),
        .q$6(e_vpn_4k$q$6),
        .q$7(e_vpn_4k$q$7)
    );
    mmu$fetch$tlb$e_size e_size(
        .clock(e_size$clock),
        .d$0(e_size$d$0),
        .d$1(e_size$d$1),
        .d$2(e_size$d$2),
        .d$3(e_size$d$3),
        .d$4(e_size$d$4),
        .d$5(e_size$d$5),
        .d$6(e_size$d$6),
        .d$7(e_size$d$7),
        .q$0(e_size$q$0),
        .q$1(e_size$q$1),
        .q$2(e_size$q$2),
        .q$3(e_size$q$3),
        .q$4(e_size$q$4),
        .q$5(e_size$q$5),
        .q$6(e_size$q$6),
        .q$7(e_size$q$7)
    );
    mmu$fetch$tlb$e_pcid e_pcid(
        .clock(e_pcid$clock),
        .d$0(e_pcid$d$0),
        .d$1(e_pcid$d$1),
        .d$2(e_pcid$d$2),
        .d$3(e_pcid$d$3),
        .d$4(e_pcid$d$4),
        .d$5(e_pcid$d$5),
        .d$6(e_pcid$d$6),
        .d$7(e_pcid$d$7),
        .q$0(e_pcid$q$0),
        .q$1(e_pcid$q$1),
        .q$2(e_pcid$q$2),
        .q$3(e_pcid$q$3),
        .q$4(e_pcid$q$4),
        .q$5(e_pcid$q$5),
        .q$6(e_pcid$q$6),
        .q$7(e_pcid$q$7)
    );
    mmu$fetch$tlb$e_glob e_glob(
        .clock(e_glob$clock),
        .d$0(e_glob$d$0),
        .d$1(e_glob$d$1),
        .d$2(e_glob$d$2),
        .d$3(e_glob$d$3),
        .d$4(e_glob$d$4),
        .d$5(e_glob$d$5),
        .d$6(e_glob$d$6),
        .d$7(e_glob$d$7),
        .q$0(e_glob$q$0),
        .q$1(e_glob$q$1),
        .q$2(e_glob$q$2),
        .q$3(e_glob$q$3),
        .q$4(e_glob$q$4),
        .q$5(e_glob$q$5),
        .q$6(e_glob$q$6),
        .q$7(e_glob$q$7)
    );
    mmu$fetch$tlb$e_pfn_hi e_pfn_hi(
        .clock(e_pfn_hi$clock),
        .d$0(e_pfn_hi$d$0),
        .d$1(e_pfn_hi$d$1),
        .d$2(e_pfn_hi$d$2),
        .d$3(e_pfn_hi$d$3),
        .d$4(e_pfn_hi$d$4),
        .d$5(e_pfn_hi$d$5),
        .d$6(e_pfn_hi$d$6),
        .d$7(e_pfn_hi$d$7),
        .q$0(e_pfn_hi$q$0),
        .q$1(e_pfn_hi$q$1),
        .q$2(e_pfn_hi$q$2),
        .q$3(e_pfn_hi$q$3),
        .q$4(e_pfn_hi$q$4),
        .q$5(e_pfn_hi$q$5),
        .q$6(e_pfn_hi$q$6),
        .q$7(e_pfn_hi$q$7)
    );
    mmu$fetch$tlb$e_pfn_lo e_pfn_lo(
        .clock(e_pfn_lo$clock),
        .d$0(e_pfn_lo$d$0),
        .d$1(e_pfn_lo$d$1),
        .d$2(e_pfn_lo$d$2),
        .d$3(e_pfn_lo$d$3),
        .d$4(e_pfn_lo$d$4),
        .d$5(e_pfn_lo$d$5),
        .d$6(e_pfn_lo$d$6),
        .d$7(e_pfn_lo$d$7),
        .q$0(e_pfn_lo$q$0),
        .q$1(e_pfn_lo$q$1),
        .q$2(e_pfn_lo$q$2),
        .q$3(e_pfn_lo$q$3),
        .q$4(e_pfn_lo$q$4),
        .q$5(e_pfn_lo$q$5),
        .q$6(e_pfn_lo$q$6),
        .q$7(e_pfn_lo$q$7)
    );
    mmu$fetch$tlb$e_writable e_writable(
        .clock(e_writable$clock),
        .d$0(e_writable$d$0),
        .d$1(e_writable$d$1),
        .d$2(e_writable$d$2),
        .d$3(e_writable$d$3),
        .d$4(e_writable$d$4),
        .d$5(e_writable$d$5),
        .d$6(e_writable$d$6),
        .d$7(e_writable$d$7),
        .q$0(e_writable$q$0),
        .q$1(e_writable$q$1),
        .q$2(e_writable$q$2),
        .q$3(e_writable$q$3),
        .q$4(e_writable$q$4),
        .q$5(e_writable$q$5),
        .q$6(e_writable$q$6),
        .q$7(e_writable$q$7)
    );
    mmu$fetch$tlb$e_user e_user(
        .clock(e_user$clock),
        .d$0(e_user$d$0),
        .d$1(e_user$d$1),
        .d$2(e_user$d$2),
        .d$3(e_user$d$3),
        .d$4(e_user$d$4),
        .d$5(e_user$d$5),
        .d$6(e_user$d$6),
        .d$7(e_user$d$7),
        .q$0(e_user$q$0),
        .q$1(e_user$q$1),
        .q$2(e_user$q$2),
        .q$3(e_user$q$3),
        .q$4(e_user$q$4),
        .q$5(e_user$q$5),
        .q$6(e_user$q$6),
        .q$7(e_user$q$7)
    );
    mmu$fetch$tlb$e_xd e_xd(
        .clock(e_xd$clock),
        .d$0(e_xd$d$0),
        .d$1(e_xd$d$1),
        .d$2(e_xd$d$2),
        .d$3(e_xd$d$3),
        .d$4(e_xd$d$4),
        .d$5(e_xd$d$5),
        .d$6(e_xd$d$6),
        .d$7(e_xd$d$7),
        .q$0(e_xd$q$0),
        .q$1(e_xd$q$1),
        .q$2(e_xd$q$2),
        .q$3(e_xd$q$3),
        .q$4(e_xd$q$4),
        .q$5(e_xd$q$5),
        .q$6(e_xd$q$6),
        .q$7(e_xd$q$7)
    );
    mmu$fetch$tlb$e_dirty e_dirty(
        .clock(e_dirty$clock),
        .d$0(e_dirty$d$0),
        .d$1(e_dirty$d$1),
        .d$2(e_dirty$d$2),
        .d$3(e_dirty$d$3),
        .d$4(e_dirty$d$4),
        .d$5(e_dirty$d$5),
        .d$6(e_dirty$d$6),
        .d$7(e_dirty$d$7),
        .q$0(e_dirty$q$0),
        .q$1(e_dirty$q$1),
        .q$2(e_dirty$q$2),
        .q$3(e_dirty$q$3),
        .q$4(e_dirty$q$4),
        .q$5(e_dirty$q$5),
        .q$6(e_dirty$q$6),
        .q$7(e_dirty$q$7)
    );
    mmu$fetch$tlb$e_pkey e_pkey(
        .clock(e_pkey$clock),
        .d$0(e_pkey$d$0),
        .d$1(e_pkey$d$1),
        .d$2(e_pkey$d$2),
        .d$3(e_pkey$d$3),
        .d$4(e_pkey$d$4),
        .d$5(e_pkey$d$5),
        .d$6(e_pkey$d$6),
        .d$7(e_pkey$d$7),
        .q$0(e_pkey$q$0),
        .q$1(e_pkey$q$1),
        .q$2(e_pkey$q$2),
        .q$3(e_pkey$q$3),
        .q$4(e_pkey$q$4),
        .q$5(e_pkey$q$5),
        .q$6(e_pkey$q$6),
        .q$7(e_pkey$q$7)
    );
    mmu$fetch$tlb$victim victim(
        .d(victim$d),
        .q(victim$q),
        .clock(victim$clock)
    );
    mmu$fetch$tlb$cap_1g cap_1g(
        .clock(cap_1g$clock),
        .d$0(cap_1g$d$0),
        .d$1(cap_1g$d$1),
        .d$2(cap_1g$d$2),
        .d$3(cap_1g$d$3),
        .d$4(cap_1g$d$4),
        .d$5(cap_1g$d$5),
        .d$6(cap_1g$d$6),
        .d$7(cap_1g$d$7),
        .q$0(cap_1g$q$0),
        .q$1(cap_1g$q$1),
        .q$2(cap_1g$q$2),
        .q$3(cap_1g$q$3),
        .q$4(cap_1g$q$4),
        .q$5(cap_1g$q$5),
        .q$6(cap_1g$q$6),
        .q$7(cap_1g$q$7)
    );
    mmu$fetch$tlb$cap_2m cap_2m(
        .clock(cap_2m$clock),
        .d$0(cap_2m$d$0),
        .d$1(cap_2m$d$1),
        .d$2(cap_2m$d$2),
        .d$3(cap_2m$d$3),
        .d$4(cap_2m$d$4),
        .d$5(cap_2m$d$5),
        .d$6(cap_2m$d$6),
        .d$7(cap_2m$d$7),
        .q$0(cap_2m$q$0),
        .q$1(cap_2m$q$1),
        .q$2(cap_2m$q$2),
        .q$3(cap_2m$q$3),
        .q$4(cap_2m$q$4),
        .q$5(cap_2m$q$5),
        .q$6(cap_2m$q$6),
        .q$7(cap_2m$q$7)
    );
    mmu$fetch$tlb$cap_4k cap_4k(
        .clock(cap_4k$clock),
        .d$0(cap_4k$d$0),
        .d$1(cap_4k$d$1),
        .d$2(cap_4k$d$2),
        .d$3(cap_4k$d$3),
        .d$4(cap_4k$d$4),
        .d$5(cap_4k$d$5),
        .d$6(cap_4k$d$6),
        .d$7(cap_4k$d$7),
        .q$0(cap_4k$q$0),
        .q$1(cap_4k$q$1),
        .q$2(cap_4k$q$2),
        .q$3(cap_4k$q$3),
        .q$4(cap_4k$q$4),
        .q$5(cap_4k$q$5),
        .q$6(cap_4k$q$6),
        .q$7(cap_4k$q$7)
    );
    mmu$fetch$tlb$cap_pcid cap_pcid(
        .clock(cap_pcid$clock),
        .d$0(cap_pcid$d$0),
        .d$1(cap_pcid$d$1),
        .d$2(cap_pcid$d$2),
        .d$3(cap_pcid$d$3),
        .d$4(cap_pcid$d$4),
        .d$5(cap_pcid$d$5),
        .d$6(cap_pcid$d$6),
        .d$7(cap_pcid$d$7),
        .q$0(cap_pcid$q$0),
        .q$1(cap_pcid$q$1),
        .q$2(cap_pcid$q$2),
        .q$3(cap_pcid$q$3),
        .q$4(cap_pcid$q$4),
        .q$5(cap_pcid$q$5),
        .q$6(cap_pcid$q$6),
        .q$7(cap_pcid$q$7)
    );
    
    // Update code
    always @(*) begin
        e_valid$clock = clock;
        e_vpn_1g$clock = clock;
        e_vpn_2m$clock = clock;
        e_vpn_4k$clock = clock;
        e_size$clock = clock;
        e_pcid$clock = clock;
        e_glob$clock = clock;
        e_pfn_hi$clock = clock;
        e_pfn_lo$clock = clock;
        e_writable$clock = clock;
        e_user$clock = clock;
        e_xd$clock = clock;
        e_dirty$clock = clock;
        e_pkey$clock = clock;
        cap_1g$clock = clock;
        cap_2m$clock = clock;
        cap_4k$clock = clock;
        cap_pcid$clock = clock;
        e_valid$d$0 = e_valid$q$0;
        e_vpn_1g$d$0 = e_vpn_1g$q$0;
        e_vpn_2m$d$0 = e_vpn_2m$q$0;
        e_vpn_4k$d$0 = e_vpn_4k$q$0;
        e_size$d$0 = e_size$q$0;
        e_pcid$d$0 = e_pcid$q$0;
        e_glob$d$0 = e_glob$q$0;
        e_pfn_hi$d$0 = e_pfn_hi$q$0;
        e_pfn_lo$d$0 = e_pfn_lo$q$0;
        e_writable$d$0 = e_writable$q$0;
        e_user$d$0 = e_user$q$0;
        e_xd$d$0 = e_xd$q$0;
        e_dirty$d$0 = e_dirty$q$0;
        e_pkey$d$0 = e_pkey$q$0;
        cap_1g$d$0 = cap_1g$q$0;
        cap_2m$d$0 = cap_2m$q$0;
        cap_4k$d$0 = cap_4k$q$0;
        cap_pcid$d$0 = cap_pcid$q$0;
        e_valid$d$1 = e_valid$q$1;
        e_vpn_1g$d$1 = e_vpn_1g$q$1;
        e_vpn_2m$d$1 = e_vpn_2m$q$1;
        e_vpn_4k$d$1 = e_vpn_4k$q$1;
        e_size$d$1 = e_size$q$1;
        e_pcid$d$1 = e_pcid$q$1;
        e_glob$d$1 = e_glob$q$1;
        e_pfn_hi$d$1 = e_pfn_hi$q$1;
        e_pfn_lo$d$1 = e_pfn_lo$q$1;
        e_writable$d$1 = e_writable$q$1;
        e_user$d$1 = e_user$q$1;
        e_xd$d$1 = e_xd$q$1;
        e_dirty$d$1 = e_dirty$q$1;
        e_pkey$d$1 = e_pkey$q$1;
        cap_1g$d$1 = cap_1g$q$1;
        cap_2m$d$1 = cap_2m$q$1;
        cap_4k$d$1 = cap_4k$q$1;
        cap_pcid$d$1 = cap_pcid$q$1;
        e_valid$d$2 = e_valid$q$2;
        e_vpn_1g$d$2 = e_vpn_1g$q$2;
        e_vpn_2m$d$2 = e_vpn_2m$q$2;
        e_vpn_4k$d$2 = e_vpn_4k$q$2;
        e_size$d$2 = e_size$q$2;
        e_pcid$d$2 = e_pcid$q$2;
        e_glob$d$2 = e_glob$q$2;
        e_pfn_hi$d$2 = e_pfn_hi$q$2;
        e_pfn_lo$d$2 = e_pfn_lo$q$2;
        e_writable$d$2 = e_writable$q$2;
        e_user$d$2 = e_user$q$2;
        e_xd$d$2 = e_xd$q$2;
        e_dirty$d$2 = e_dirty$q$2;
        e_pkey$d$2 = e_pkey$q$2;
        cap_1g$d$2 = cap_1g$q$2;
        cap_2m$d$2 = cap_2m$q$2;
        cap_4k$d$2 = cap_4k$q$2;
        cap_pcid$d$2 = cap_pcid$q$2;
        e_valid$d$3 = e_valid$q$3;
        e_vpn_1g$d$3 = e_vpn_1g$q$3;
        e_vpn_2m$d$3 = e_vpn_2m$q$3;
        e_vpn_4k$d$3 = e_vpn_4k$q$3;
        e_size$d$3 = e_size$q$3;
        e_pcid$d$3 = e_pcid$q$3;
        e_glob$d$3 = e_glob$q$3;
        e_pfn_hi$d$3 = e_pfn_hi$q$3;
        e_pfn_lo$d$3 = e_pfn_lo$q$3;
        e_writable$d$3 = e_writable$q$3;
        e_user$d$3 = e_user$q$3;
        e_xd$d$3 = e_xd$q$3;
        e_dirty$d$3 = e_dirty$q$3;
        e_pkey$d$3 = e_pkey$q$3;
        cap_1g$d$3 = cap_1g$q$3;
        cap_2m$d$3 = cap_2m$q$3;
        cap_4k$d$3 = cap_4k$q$3;
        cap_pcid$d$3 = cap_pcid$q$3;
        e_valid$d$4 = e_valid$q$4;
        e_vpn_1g$d$4 = e_vpn_1g$q$4;
        e_vpn_2m$d$4 = e_vpn_2m$q$4;
        e_vpn_4k$d$4 = e_vpn_4k$q$4;
        e_size$d$4 = e_size$q$4;
        e_pcid$d$4 = e_pcid$q$4;
        e_glob$d$4 = e_glob$q$4;
        e_pfn_hi$d$4 = e_pfn_hi$q$4;
        e_pfn_lo$d$4 = e_pfn_lo$q$4;
        e_writable$d$4 = e_writable$q$4;
        e_user$d$4 = e_user$q$4;
        e_xd$d$4 = e_xd$q$4;
        e_dirty$d$4 = e_dirty$q$4;
        e_pkey$d$4 = e_pkey$q$4;
        cap_1g$d$4 = cap_1g$q$4;
        cap_2m$d$4 = cap_2m$q$4;
        cap_4k$d$4 = cap_4k$q$4;
        cap_pcid$d$4 = cap_pcid$q$4;
        e_valid$d$5 = e_valid$q$5;
        e_vpn_1g$d$5 = e_vpn_1g$q$5;
        e_vpn_2m$d$5 = e_vpn_2m$q$5;
        e_vpn_4k$d$5 = e_vpn_4k$q$5;
        e_size$d$5 = e_size$q$5;
        e_pcid$d$5 = e_pcid$q$5;
        e_glob$d$5 = e_glob$q$5;
        e_pfn_hi$d$5 = e_pfn_hi$q$5;
        e_pfn_lo$d$5 = e_pfn_lo$q$5;
        e_writable$d$5 = e_writable$q$5;
        e_user$d$5 = e_user$q$5;
        e_xd$d$5 = e_xd$q$5;
        e_dirty$d$5 = e_dirty$q$5;
        e_pkey$d$5 = e_pkey$q$5;
        cap_1g$d$5 = cap_1g$q$5;
        cap_2m$d$5 = cap_2m$q$5;
        cap_4k$d$5 = cap_4k$q$5;
        cap_pcid$d$5 = cap_pcid$q$5;
        e_valid$d$6 = e_valid$q$6;
        e_vpn_1g$d$6 = e_vpn_1g$q$6;
        e_vpn_2m$d$6 = e_vpn_2m$q$6;
        e_vpn_4k$d$6 = e_vpn_4k$q$6;
        e_size$d$6 = e_size$q$6;
        e_pcid$d$6 = e_pcid$q$6;
        e_glob$d$6 = e_glob$q$6;
        e_pfn_hi$d$6 = e_pfn_hi$q$6;
        e_pfn_lo$d$6 = e_pfn_lo$q$6;
        e_writable$d$6 = e_writable$q$6;
        e_user$d$6 = e_user$q$6;
        e_xd$d$6 = e_xd$q$6;
        e_dirty$d$6 = e_dirty$q$6;
        e_pkey$d$6 = e_pkey$q$6;
        cap_1g$d$6 = cap_1g$q$6;
        cap_2m$d$6 = cap_2m$q$6;
        cap_4k$d$6 = cap_4k$q$6;
        cap_pcid$d$6 = cap_pcid$q$6;
        e_valid$d$7 = e_valid$q$7;
        e_vpn_1g$d$7 = e_vpn_1g$q$7;
        e_vpn_2m$d$7 = e_vpn_2m$q$7;
        e_vpn_4k$d$7 = e_vpn_4k$q$7;
        e_size$d$7 = e_size$q$7;
        e_pcid$d$7 = e_pcid$q$7;
        e_glob$d$7 = e_glob$q$7;
        e_pfn_hi$d$7 = e_pfn_hi$q$7;
        e_pfn_lo$d$7 = e_pfn_lo$q$7;
        e_writable$d$7 = e_writable$q$7;
        e_user$d$7 = e_user$q$7;
        e_xd$d$7 = e_xd$q$7;
        e_dirty$d$7 = e_dirty$q$7;
        e_pkey$d$7 = e_pkey$q$7;
        cap_1g$d$7 = cap_1g$q$7;
        cap_2m$d$7 = cap_2m$q$7;
        cap_4k$d$7 = cap_4k$q$7;
        cap_pcid$d$7 = cap_pcid$q$7;
        victim$clock = clock;
        victim$d = victim$q;
        lk_1g = lk_vpn[(32'h12)+:(18)];
        lk_2m = lk_vpn[(32'h9)+:(9)];
        lk_4k = lk_vpn[(32'h0)+:(9)];
        lk_key_pcid = lk_pcid;
        if (inv_en) begin
            lk_1g = inv_vpn[(32'h12)+:(18)];
            lk_2m = inv_vpn[(32'h9)+:(9)];
            lk_4k = inv_vpn[(32'h0)+:(9)];
            lk_key_pcid = inv_pcid;
        end
        fl_is1g = fill_size == PageSize$Size1G;
        fl_is4k = fill_size == PageSize$Size4K;
        l_hit = 1'b0;
        l_hit_idx = 32'h0;
        l_hit_1g = 1'b0;
        l_hit_4k = 1'b0;
        l_hit_pfn_hi = 32'h0;
        l_hit_pfn_lo = 32'h0;
        l_hit_glob = 1'b0;
        l_hit_writable = 1'b0;
        l_hit_user = 1'b0;
        l_hit_xd = 1'b0;
        l_hit_dirty = 1'b0;
        l_hit_pkey = 32'h0;
        e_is1g$0 = e_size$q$0 == PageSize$Size1G;
        e_is4k$0 = e_size$q$0 == PageSize$Size4K;
        lk_eq_1g$0 = e_vpn_1g$q$0 == lk_1g;
        lk_eq_2m$0 = e_vpn_2m$q$0 == lk_2m;
        lk_eq_4k$0 = e_vpn_4k$q$0 == lk_4k;
        lk_eq_pcid$0 = e_pcid$q$0 == lk_key_pcid;
        lk_match$0 = e_valid$q$0 && (e_glob$q$0 || lk_eq_pcid$0) && lk_eq_1g$0 && (e_is1g$0 || lk_eq_2m$0) && (~e_is4k$0 || lk_eq_4k$0);
        if (lk_capture) begin
            cap_1g$d$0 = lk_eq_1g$0;
            cap_2m$d$0 = lk_eq_2m$0;
            cap_4k$d$0 = lk_eq_4k$0;
            cap_pcid$d$0 = lk_eq_pcid$0;
        end
        if (lk_match$0) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$0;
            l_hit_1g = l_hit_1g || e_is1g$0;
            l_hit_4k = l_hit_4k || e_is4k$0;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$0;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$0;
            l_hit_glob = l_hit_glob || e_glob$q$0;
            l_hit_writable = l_hit_writable || e_writable$q$0;
            l_hit_user = l_hit_user || e_user$q$0;
            l_hit_xd = l_hit_xd || e_xd$q$0;
            l_hit_dirty = l_hit_dirty || e_dirty$q$0;
            l_hit_pkey = l_hit_pkey | e_pkey$q$0;
        end
        e_is1g$1 = e_size$q$1 == PageSize$Size1G;
        e_is4k$1 = e_size$q$1 == PageSize$Size4K;
        lk_eq_1g$1 = e_vpn_1g$q$1 == lk_1g;
        lk_eq_2m$1 = e_vpn_2m$q$1 == lk_2m;
        lk_eq_4k$1 = e_vpn_4k$q$1 == lk_4k;
        lk_eq_pcid$1 = e_pcid$q$1 == lk_key_pcid;
        lk_match$1 = e_valid$q$1 && (e_glob$q$1 || lk_eq_pcid$1) && lk_eq_1g$1 && (e_is1g$1 || lk_eq_2m$1) && (~e_is4k$1 || lk_eq_4k$1);
        if (lk_capture) begin
            cap_1g$d$1 = lk_eq_1g$1;
            cap_2m$d$1 = lk_eq_2m$1;
            cap_4k$d$1 = lk_eq_4k$1;
            cap_pcid$d$1 = lk_eq_pcid$1;
        end
        if (lk_match$1) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$1;
            l_hit_1g = l_hit_1g || e_is1g$1;
            l_hit_4k = l_hit_4k || e_is4k$1;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$1;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$1;
            l_hit_glob = l_hit_glob || e_glob$q$1;
            l_hit_writable = l_hit_writable || e_writable$q$1;
            l_hit_user = l_hit_user || e_user$q$1;
            l_hit_xd = l_hit_xd || e_xd$q$1;
            l_hit_dirty = l_hit_dirty || e_dirty$q$1;
            l_hit_pkey = l_hit_pkey | e_pkey$q$1;
        end
        e_is1g$2 = e_size$q$2 == PageSize$Size1G;
        e_is4k$2 = e_size$q$2 == PageSize$Size4K;
        lk_eq_1g$2 = e_vpn_1g$q$2 == lk_1g;
        lk_eq_2m$2 = e_vpn_2m$q$2 == lk_2m;
        lk_eq_4k$2 = e_vpn_4k$q$2 == lk_4k;
        lk_eq_pcid$2 = e_pcid$q$2 == lk_key_pcid;
        lk_match$2 = e_valid$q$2 && (e_glob$q$2 || lk_eq_pcid$2) && lk_eq_1g$2 && (e_is1g$2 || lk_eq_2m$2) && (~e_is4k$2 || lk_eq_4k$2);
        if (lk_capture) begin
            cap_1g$d$2 = lk_eq_1g$2;
            cap_2m$d$2 = lk_eq_2m$2;
            cap_4k$d$2 = lk_eq_4k$2;
            cap_pcid$d$2 = lk_eq_pcid$2;
        end
        if (lk_match$2) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$2;
            l_hit_1g = l_hit_1g || e_is1g$2;
            l_hit_4k = l_hit_4k || e_is4k$2;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$2;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$2;
            l_hit_glob = l_hit_glob || e_glob$q$2;
            l_hit_writable = l_hit_writable || e_writable$q$2;
            l_hit_user = l_hit_user || e_user$q$2;
            l_hit_xd = l_hit_xd || e_xd$q$2;
            l_hit_dirty = l_hit_dirty || e_dirty$q$2;
            l_hit_pkey = l_hit_pkey | e_pkey$q$2;
        end
        e_is1g$3 = e_size$q$3 == PageSize$Size1G;
        e_is4k$3 = e_size$q$3 == PageSize$Size4K;
        lk_eq_1g$3 = e_vpn_1g$q$3 == lk_1g;
        lk_eq_2m$3 = e_vpn_2m$q$3 == lk_2m;
        lk_eq_4k$3 = e_vpn_4k$q$3 == lk_4k;
        lk_eq_pcid$3 = e_pcid$q$3 == lk_key_pcid;
        lk_match$3 = e_valid$q$3 && (e_glob$q$3 || lk_eq_pcid$3) && lk_eq_1g$3 && (e_is1g$3 || lk_eq_2m$3) && (~e_is4k$3 || lk_eq_4k$3);
        if (lk_capture) begin
            cap_1g$d$3 = lk_eq_1g$3;
            cap_2m$d$3 = lk_eq_2m$3;
            cap_4k$d$3 = lk_eq_4k$3;
            cap_pcid$d$3 = lk_eq_pcid$3;
        end
        if (lk_match$3) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$3;
            l_hit_1g = l_hit_1g || e_is1g$3;
            l_hit_4k = l_hit_4k || e_is4k$3;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$3;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$3;
            l_hit_glob = l_hit_glob || e_glob$q$3;
            l_hit_writable = l_hit_writable || e_writable$q$3;
            l_hit_user = l_hit_user || e_user$q$3;
            l_hit_xd = l_hit_xd || e_xd$q$3;
            l_hit_dirty = l_hit_dirty || e_dirty$q$3;
            l_hit_pkey = l_hit_pkey | e_pkey$q$3;
        end
        e_is1g$4 = e_size$q$4 == PageSize$Size1G;
        e_is4k$4 = e_size$q$4 == PageSize$Size4K;
        lk_eq_1g$4 = e_vpn_1g$q$4 == lk_1g;
        lk_eq_2m$4 = e_vpn_2m$q$4 == lk_2m;
        lk_eq_4k$4 = e_vpn_4k$q$4 == lk_4k;
        lk_eq_pcid$4 = e_pcid$q$4 == lk_key_pcid;
        lk_match$4 = e_valid$q$4 && (e_glob$q$4 || lk_eq_pcid$4) && lk_eq_1g$4 && (e_is1g$4 || lk_eq_2m$4) && (~e_is4k$4 || lk_eq_4k$4);
        if (lk_capture) begin
            cap_1g$d$4 = lk_eq_1g$4;
            cap_2m$d$4 = lk_eq_2m$4;
            cap_4k$d$4 = lk_eq_4k$4;
            cap_pcid$d$4 = lk_eq_pcid$4;
        end
        if (lk_match$4) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$4;
            l_hit_1g = l_hit_1g || e_is1g$4;
            l_hit_4k = l_hit_4k || e_is4k$4;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$4;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$4;
            l_hit_glob = l_hit_glob || e_glob$q$4;
            l_hit_writable = l_hit_writable || e_writable$q$4;
            l_hit_user = l_hit_user || e_user$q$4;
            l_hit_xd = l_hit_xd || e_xd$q$4;
            l_hit_dirty = l_hit_dirty || e_dirty$q$4;
            l_hit_pkey = l_hit_pkey | e_pkey$q$4;
        end
        e_is1g$5 = e_size$q$5 == PageSize$Size1G;
        e_is4k$5 = e_size$q$5 == PageSize$Size4K;
        lk_eq_1g$5 = e_vpn_1g$q$5 == lk_1g;
        lk_eq_2m$5 = e_vpn_2m$q$5 == lk_2m;
        lk_eq_4k$5 = e_vpn_4k$q$5 == lk_4k;
        lk_eq_pcid$5 = e_pcid$q$5 == lk_key_pcid;
        lk_match$5 = e_valid$q$5 && (e_glob$q$5 || lk_eq_pcid$5) && lk_eq_1g$5 && (e_is1g$5 || lk_eq_2m$5) && (~e_is4k$5 || lk_eq_4k$5);
        if (lk_capture) begin
            cap_1g$d$5 = lk_eq_1g$5;
            cap_2m$d$5 = lk_eq_2m$5;
            cap_4k$d$5 = lk_eq_4k$5;
            cap_pcid$d$5 = lk_eq_pcid$5;
        end
        if (lk_match$5) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$5;
            l_hit_1g = l_hit_1g || e_is1g$5;
            l_hit_4k = l_hit_4k || e_is4k$5;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$5;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$5;
            l_hit_glob = l_hit_glob || e_glob$q$5;
            l_hit_writable = l_hit_writable || e_writable$q$5;
            l_hit_user = l_hit_user || e_user$q$5;
            l_hit_xd = l_hit_xd || e_xd$q$5;
            l_hit_dirty = l_hit_dirty || e_dirty$q$5;
            l_hit_pkey = l_hit_pkey | e_pkey$q$5;
        end
        e_is1g$6 = e_size$q$6 == PageSize$Size1G;
        e_is4k$6 = e_size$q$6 == PageSize$Size4K;
        lk_eq_1g$6 = e_vpn_1g$q$6 == lk_1g;
        lk_eq_2m$6 = e_vpn_2m$q$6 == lk_2m;
        lk_eq_4k$6 = e_vpn_4k$q$6 == lk_4k;
        lk_eq_pcid$6 = e_pcid$q$6 == lk_key_pcid;
        lk_match$6 = e_valid$q$6 && (e_glob$q$6 || lk_eq_pcid$6) && lk_eq_1g$6 && (e_is1g$6 || lk_eq_2m$6) && (~e_is4k$6 || lk_eq_4k$6);
        if (lk_capture) begin
            cap_1g$d$6 = lk_eq_1g$6;
            cap_2m$d$6 = lk_eq_2m$6;
            cap_4k$d$6 = lk_eq_4k$6;
            cap_pcid$d$6 = lk_eq_pcid$6;
        end
        if (lk_match$6) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$6;
            l_hit_1g = l_hit_1g || e_is1g$6;
            l_hit_4k = l_hit_4k || e_is4k$6;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$6;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$6;
            l_hit_glob = l_hit_glob || e_glob$q$6;
            l_hit_writable = l_hit_writable || e_writable$q$6;
            l_hit_user = l_hit_user || e_user$q$6;
            l_hit_xd = l_hit_xd || e_xd$q$6;
            l_hit_dirty = l_hit_dirty || e_dirty$q$6;
            l_hit_pkey = l_hit_pkey | e_pkey$q$6;
        end
        e_is1g$7 = e_size$q$7 == PageSize$Size1G;
        e_is4k$7 = e_size$q$7 == PageSize$Size4K;
        lk_eq_1g$7 = e_vpn_1g$q$7 == lk_1g;
        lk_eq_2m$7 = e_vpn_2m$q$7 == lk_2m;
        lk_eq_4k$7 = e_vpn_4k$q$7 == lk_4k;
        lk_eq_pcid$7 = e_pcid$q$7 == lk_key_pcid;
        lk_match$7 = e_valid$q$7 && (e_glob$q$7 || lk_eq_pcid$7) && lk_eq_1g$7 && (e_is1g$7 || lk_eq_2m$7) && (~e_is4k$7 || lk_eq_4k$7);
        if (lk_capture) begin
            cap_1g$d$7 = lk_eq_1g$7;
            cap_2m$d$7 = lk_eq_2m$7;
            cap_4k$d$7 = lk_eq_4k$7;
            cap_pcid$d$7 = lk_eq_pcid$7;
        end
        if (lk_match$7) begin
            l_hit = 1'b1;
            l_hit_idx = l_hit_idx | k_index$7;
            l_hit_1g = l_hit_1g || e_is1g$7;
            l_hit_4k = l_hit_4k || e_is4k$7;
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi$q$7;
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo$q$7;
            l_hit_glob = l_hit_glob || e_glob$q$7;
            l_hit_writable = l_hit_writable || e_writable$q$7;
            l_hit_user = l_hit_user || e_user$q$7;
            l_hit_xd = l_hit_xd || e_xd$q$7;
            l_hit_dirty = l_hit_dirty || e_dirty$q$7;
            l_hit_pkey = l_hit_pkey | e_pkey$q$7;
        end
        fl_found = 1'b0;
        fl_cand = 32'h0;
        fl_neg = 32'h0;
        fl_first = 32'h0;
        l_fill_idx = 32'h0;
        fl_overlap$0 = 1'b0;
        fl_slot$0 = 1'b0;
        fl_overlap$1 = 1'b0;
        fl_slot$1 = 1'b0;
        fl_overlap$2 = 1'b0;
        fl_slot$2 = 1'b0;
        fl_overlap$3 = 1'b0;
        fl_slot$3 = 1'b0;
        fl_overlap$4 = 1'b0;
        fl_slot$4 = 1'b0;
        fl_overlap$5 = 1'b0;
        fl_slot$5 = 1'b0;
        fl_overlap$6 = 1'b0;
        fl_slot$6 = 1'b0;
        fl_overlap$7 = 1'b0;
        fl_slot$7 = 1'b0;
        if (fill_en) begin
            fl_overlap$0 = e_valid$q$0 && (e_glob$q$0 || fill_glob || cap_pcid$q$0) && cap_1g$q$0 && (e_is1g$0 || fl_is1g || cap_2m$q$0) && (~e_is4k$0 || ~fl_is4k || cap_4k$q$0);
            if (~e_valid$q$0 || fl_overlap$0) begin
                fl_cand = fl_cand | k_onehot$0;
            end
            fl_overlap$1 = e_valid$q$1 && (e_glob$q$1 || fill_glob || cap_pcid$q$1) && cap_1g$q$1 && (e_is1g$1 || fl_is1g || cap_2m$q$1) && (~e_is4k$1 || ~fl_is4k || cap_4k$q$1);
            if (~e_valid$q$1 || fl_overlap$1) begin
                fl_cand = fl_cand | k_onehot$1;
            end
            fl_overlap$2 = e_valid$q$2 && (e_glob$q$2 || fill_glob || cap_pcid$q$2) && cap_1g$q$2 && (e_is1g$2 || fl_is1g || cap_2m$q$2) && (~e_is4k$2 || ~fl_is4k || cap_4k$q$2);
            if (~e_valid$q$2 || fl_overlap$2) begin
                fl_cand = fl_cand | k_onehot$2;
            end
            fl_overlap$3 = e_valid$q$3 && (e_glob$q$3 || fill_glob || cap_pcid$q$3) && cap_1g$q$3 && (e_is1g$3 || fl_is1g || cap_2m$q$3) && (~e_is4k$3 || ~fl_is4k || cap_4k$q$3);
            if (~e_valid$q$3 || fl_overlap$3) begin
                fl_cand = fl_cand | k_onehot$3;
            end
            fl_overlap$4 = e_valid$q$4 && (e_glob$q$4 || fill_glob || cap_pcid$q$4) && cap_1g$q$4 && (e_is1g$4 || fl_is1g || cap_2m$q$4) && (~e_is4k$4 || ~fl_is4k || cap_4k$q$4);
            if (~e_valid$q$4 || fl_overlap$4) begin
                fl_cand = fl_cand | k_onehot$4;
            end
            fl_overlap$5 = e_valid$q$5 && (e_glob$q$5 || fill_glob || cap_pcid$q$5) && cap_1g$q$5 && (e_is1g$5 || fl_is1g || cap_2m$q$5) && (~e_is4k$5 || ~fl_is4k || cap_4k$q$5);
            if (~e_valid$q$5 || fl_overlap$5) begin
                fl_cand = fl_cand | k_onehot$5;
            end
            fl_overlap$6 = e_valid$q$6 && (e_glob$q$6 || fill_glob || cap_pcid$q$6) && cap_1g$q$6 && (e_is1g$6 || fl_is1g || cap_2m$q$6) && (~e_is4k$6 || ~fl_is4k || cap_4k$q$6);
            if (~e_valid$q$6 || fl_overlap$6) begin
                fl_cand = fl_cand | k_onehot$6;
            end
            fl_overlap$7 = e_valid$q$7 && (e_glob$q$7 || fill_glob || cap_pcid$q$7) && cap_1g$q$7 && (e_is1g$7 || fl_is1g || cap_2m$q$7) && (~e_is4k$7 || ~fl_is4k || cap_4k$q$7);
            if (~e_valid$q$7 || fl_overlap$7) begin
                fl_cand = fl_cand | k_onehot$7;
            end
            fl_neg = ~fl_cand + 32'h1;
            fl_first = fl_cand & fl_neg;
            fl_found = |fl_cand;
            fl_slot$0 = fl_first[0];
            fl_slot$1 = fl_first[1];
            fl_slot$2 = fl_first[2];
            fl_slot$3 = fl_first[3];
            fl_slot$4 = fl_first[4];
            fl_slot$5 = fl_first[5];
            fl_slot$6 = fl_first[6];
            fl_slot$7 = fl_first[7];
            if (~fl_found) begin
                fl_slot$0 = victim$q == k_index$0;
                fl_slot$1 = victim$q == k_index$1;
                fl_slot$2 = victim$q == k_index$2;
                fl_slot$3 = victim$q == k_index$3;
                fl_slot$4 = victim$q == k_index$4;
                fl_slot$5 = victim$q == k_index$5;
                fl_slot$6 = victim$q == k_index$6;
                fl_slot$7 = victim$q == k_index$7;
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
        end
        inv_drop$0 = 1'b0;
        inv_drop$1 = 1'b0;
        inv_drop$2 = 1'b0;
        inv_drop$3 = 1'b0;
        inv_drop$4 = 1'b0;
        inv_drop$5 = 1'b0;
        inv_drop$6 = 1'b0;
        inv_drop$7 = 1'b0;
        if (inv_en) begin
            inv_drop$0 = e_valid$q$0 && (~inv_use_va || (lk_eq_1g$0 && (e_is1g$0 || lk_eq_2m$0) && (~e_is4k$0 || lk_eq_4k$0))) && (~inv_use_pcid || lk_eq_pcid$0 || (inv_glob_wild && e_glob$q$0)) && ~(inv_keep_glob && e_glob$q$0);
            inv_drop$1 = e_valid$q$1 && (~inv_use_va || (lk_eq_1g$1 && (e_is1g$1 || lk_eq_2m$1) && (~e_is4k$1 || lk_eq_4k$1))) && (~inv_use_pcid || lk_eq_pcid$1 || (inv_glob_wild && e_glob$q$1)) && ~(inv_keep_glob && e_glob$q$1);
            inv_drop$2 = e_valid$q$2 && (~inv_use_va || (lk_eq_1g$2 && (e_is1g$2 || lk_eq_2m$2) && (~e_is4k$2 || lk_eq_4k$2))) && (~inv_use_pcid || lk_eq_pcid$2 || (inv_glob_wild && e_glob$q$2)) && ~(inv_keep_glob && e_glob$q$2);
            inv_drop$3 = e_valid$q$3 && (~inv_use_va || (lk_eq_1g$3 && (e_is1g$3 || lk_eq_2m$3) && (~e_is4k$3 || lk_eq_4k$3))) && (~inv_use_pcid || lk_eq_pcid$3 || (inv_glob_wild && e_glob$q$3)) && ~(inv_keep_glob && e_glob$q$3);
            inv_drop$4 = e_valid$q$4 && (~inv_use_va || (lk_eq_1g$4 && (e_is1g$4 || lk_eq_2m$4) && (~e_is4k$4 || lk_eq_4k$4))) && (~inv_use_pcid || lk_eq_pcid$4 || (inv_glob_wild && e_glob$q$4)) && ~(inv_keep_glob && e_glob$q$4);
            inv_drop$5 = e_valid$q$5 && (~inv_use_va || (lk_eq_1g$5 && (e_is1g$5 || lk_eq_2m$5) && (~e_is4k$5 || lk_eq_4k$5))) && (~inv_use_pcid || lk_eq_pcid$5 || (inv_glob_wild && e_glob$q$5)) && ~(inv_keep_glob && e_glob$q$5);
            inv_drop$6 = e_valid$q$6 && (~inv_use_va || (lk_eq_1g$6 && (e_is1g$6 || lk_eq_2m$6) && (~e_is4k$6 || lk_eq_4k$6))) && (~inv_use_pcid || lk_eq_pcid$6 || (inv_glob_wild && e_glob$q$6)) && ~(inv_keep_glob && e_glob$q$6);
            inv_drop$7 = e_valid$q$7 && (~inv_use_va || (lk_eq_1g$7 && (e_is1g$7 || lk_eq_2m$7) && (~e_is4k$7 || lk_eq_4k$7))) && (~inv_use_pcid || lk_eq_pcid$7 || (inv_glob_wild && e_glob$q$7)) && ~(inv_keep_glob && e_glob$q$7);
        end
        if (fill_en && fl_slot$0) begin
            e_valid$d$0 = 1'b1;
            e_vpn_1g$d$0 = fill_vpn_1g;
            e_vpn_2m$d$0 = fill_vpn_2m;
            e_vpn_4k$d$0 = fill_vpn_4k;
            e_size$d$0 = fill_size;
            e_pcid$d$0 = fill_pcid;
            e_glob$d$0 = fill_glob;
            e_pfn_hi$d$0 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$0 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$0 = fill_writable;
            e_user$d$0 = fill_user;
            e_xd$d$0 = fill_xd;
            e_dirty$d$0 = fill_dirty;
            e_pkey$d$0 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$0) || inv_drop$0) begin
            e_valid$d$0 = 1'b0;
        end
        if (reset) begin
            e_valid$d$0 = 1'b0;
        end
        if (fill_en && fl_slot$1) begin
            e_valid$d$1 = 1'b1;
            e_vpn_1g$d$1 = fill_vpn_1g;
            e_vpn_2m$d$1 = fill_vpn_2m;
            e_vpn_4k$d$1 = fill_vpn_4k;
            e_size$d$1 = fill_size;
            e_pcid$d$1 = fill_pcid;
            e_glob$d$1 = fill_glob;
            e_pfn_hi$d$1 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$1 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$1 = fill_writable;
            e_user$d$1 = fill_user;
            e_xd$d$1 = fill_xd;
            e_dirty$d$1 = fill_dirty;
            e_pkey$d$1 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$1) || inv_drop$1) begin
            e_valid$d$1 = 1'b0;
        end
        if (reset) begin
            e_valid$d$1 = 1'b0;
        end
        if (fill_en && fl_slot$2) begin
            e_valid$d$2 = 1'b1;
            e_vpn_1g$d$2 = fill_vpn_1g;
            e_vpn_2m$d$2 = fill_vpn_2m;
            e_vpn_4k$d$2 = fill_vpn_4k;
            e_size$d$2 = fill_size;
            e_pcid$d$2 = fill_pcid;
            e_glob$d$2 = fill_glob;
            e_pfn_hi$d$2 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$2 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$2 = fill_writable;
            e_user$d$2 = fill_user;
            e_xd$d$2 = fill_xd;
            e_dirty$d$2 = fill_dirty;
            e_pkey$d$2 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$2) || inv_drop$2) begin
            e_valid$d$2 = 1'b0;
        end
        if (reset) begin
            e_valid$d$2 = 1'b0;
        end
        if (fill_en && fl_slot$3) begin
            e_valid$d$3 = 1'b1;
            e_vpn_1g$d$3 = fill_vpn_1g;
            e_vpn_2m$d$3 = fill_vpn_2m;
            e_vpn_4k$d$3 = fill_vpn_4k;
            e_size$d$3 = fill_size;
            e_pcid$d$3 = fill_pcid;
            e_glob$d$3 = fill_glob;
            e_pfn_hi$d$3 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$3 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$3 = fill_writable;
            e_user$d$3 = fill_user;
            e_xd$d$3 = fill_xd;
            e_dirty$d$3 = fill_dirty;
            e_pkey$d$3 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$3) || inv_drop$3) begin
            e_valid$d$3 = 1'b0;
        end
        if (reset) begin
            e_valid$d$3 = 1'b0;
        end
        if (fill_en && fl_slot$4) begin
            e_valid$d$4 = 1'b1;
            e_vpn_1g$d$4 = fill_vpn_1g;
            e_vpn_2m$d$4 = fill_vpn_2m;
            e_vpn_4k$d$4 = fill_vpn_4k;
            e_size$d$4 = fill_size;
            e_pcid$d$4 = fill_pcid;
            e_glob$d$4 = fill_glob;
            e_pfn_hi$d$4 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$4 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$4 = fill_writable;
            e_user$d$4 = fill_user;
            e_xd$d$4 = fill_xd;
            e_dirty$d$4 = fill_dirty;
            e_pkey$d$4 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$4) || inv_drop$4) begin
            e_valid$d$4 = 1'b0;
        end
        if (reset) begin
            e_valid$d$4 = 1'b0;
        end
        if (fill_en && fl_slot$5) begin
            e_valid$d$5 = 1'b1;
            e_vpn_1g$d$5 = fill_vpn_1g;
            e_vpn_2m$d$5 = fill_vpn_2m;
            e_vpn_4k$d$5 = fill_vpn_4k;
            e_size$d$5 = fill_size;
            e_pcid$d$5 = fill_pcid;
            e_glob$d$5 = fill_glob;
            e_pfn_hi$d$5 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$5 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$5 = fill_writable;
            e_user$d$5 = fill_user;
            e_xd$d$5 = fill_xd;
            e_dirty$d$5 = fill_dirty;
            e_pkey$d$5 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$5) || inv_drop$5) begin
            e_valid$d$5 = 1'b0;
        end
        if (reset) begin
            e_valid$d$5 = 1'b0;
        end
        if (fill_en && fl_slot$6) begin
            e_valid$d$6 = 1'b1;
            e_vpn_1g$d$6 = fill_vpn_1g;
            e_vpn_2m$d$6 = fill_vpn_2m;
            e_vpn_4k$d$6 = fill_vpn_4k;
            e_size$d$6 = fill_size;
            e_pcid$d$6 = fill_pcid;
            e_glob$d$6 = fill_glob;
            e_pfn_hi$d$6 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$6 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$6 = fill_writable;
            e_user$d$6 = fill_user;
            e_xd$d$6 = fill_xd;
            e_dirty$d$6 = fill_dirty;
            e_pkey$d$6 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$6) || inv_drop$6) begin
            e_valid$d$6 = 1'b0;
        end
        if (reset) begin
            e_valid$d$6 = 1'b0;
        end
        if (fill_en && fl_slot$7) begin
            e_valid$d$7 = 1'b1;
            e_vpn_1g$d$7 = fill_vpn_1g;
            e_vpn_2m$d$7 = fill_vpn_2m;
            e_vpn_4k$d$7 = fill_vpn_4k;
            e_size$d$7 = fill_size;
            e_pcid$d$7 = fill_pcid;
            e_glob$d$7 = fill_glob;
            e_pfn_hi$d$7 = fill_pfn[(32'h12)+:(22)] & pfn_mask_hi;
            e_pfn_lo$d$7 = fill_pfn[(32'h0)+:(18)] & pfn_mask_lo;
            e_writable$d$7 = fill_writable;
            e_user$d$7 = fill_user;
            e_xd$d$7 = fill_xd;
            e_dirty$d$7 = fill_dirty;
            e_pkey$d$7 = fill_pkey;
        end
        else if ((fill_en && fl_overlap$7) || inv_drop$7) begin
            e_valid$d$7 = 1'b0;
        end
        if (reset) begin
            e_valid$d$7 = 1'b0;
        end
        if (fill_en && ~fl_found) begin
            victim$d = victim$q + 32'h1;
        end
        if (reset) begin
            victim$d = 32'h0;
        end
        l_hit_size = PageSize$Size4K;
        if (l_hit_1g) begin
            l_hit_size = PageSize$Size1G;
        end
        else if (l_hit && ~l_hit_4k) begin
            l_hit_size = PageSize$Size2M;
        end
        hit = l_hit;
        hit_idx = l_hit_idx;
        hit_size = l_hit_size;
        hit_pfn = (((l_hit_pfn_hi) & 40'hffffffffff) << 32'h12) | ((l_hit_pfn_lo) & 40'hffffffffff);
        hit_glob = l_hit_glob;
        hit_writable = l_hit_writable;
        hit_user = l_hit_user;
        hit_xd = l_hit_xd;
        hit_dirty = l_hit_dirty;
        hit_pkey = l_hit_pkey;
        fill_idx = l_fill_idx;
    end
    
endmodule // mmu$fetch$tlb


module mmu$fetch$tlb$cap_1g(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$cap_1g


module mmu$fetch$tlb$cap_2m(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$cap_2m


module mmu$fetch$tlb$cap_4k(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$cap_4k


module mmu$fetch$tlb$cap_pcid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$cap_pcid


module mmu$fetch$tlb$e_dirty(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_dirty


module mmu$fetch$tlb$e_glob(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_glob


module mmu$fetch$tlb$e_pcid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] d$0;
    input wire  [11:0] d$1;
    input wire  [11:0] d$2;
    input wire  [11:0] d$3;
    input wire  [11:0] d$4;
    input wire  [11:0] d$5;
    input wire  [11:0] d$6;
    input wire  [11:0] d$7;
    output reg  [11:0] q$0;
    output reg  [11:0] q$1;
    output reg  [11:0] q$2;
    output reg  [11:0] q$3;
    output reg  [11:0] q$4;
    output reg  [11:0] q$5;
    output reg  [11:0] q$6;
    output reg  [11:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 12'h0;
       q$1 = 12'h0;
       q$2 = 12'h0;
       q$3 = 12'h0;
       q$4 = 12'h0;
       q$5 = 12'h0;
       q$6 = 12'h0;
       q$7 = 12'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_pcid


module mmu$fetch$tlb$e_pfn_hi(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [21:0] d$0;
    input wire  [21:0] d$1;
    input wire  [21:0] d$2;
    input wire  [21:0] d$3;
    input wire  [21:0] d$4;
    input wire  [21:0] d$5;
    input wire  [21:0] d$6;
    input wire  [21:0] d$7;
    output reg  [21:0] q$0;
    output reg  [21:0] q$1;
    output reg  [21:0] q$2;
    output reg  [21:0] q$3;
    output reg  [21:0] q$4;
    output reg  [21:0] q$5;
    output reg  [21:0] q$6;
    output reg  [21:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 22'h0;
       q$1 = 22'h0;
       q$2 = 22'h0;
       q$3 = 22'h0;
       q$4 = 22'h0;
       q$5 = 22'h0;
       q$6 = 22'h0;
       q$7 = 22'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_pfn_hi


module mmu$fetch$tlb$e_pfn_lo(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_pfn_lo


module mmu$fetch$tlb$e_pkey(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] d$0;
    input wire  [3:0] d$1;
    input wire  [3:0] d$2;
    input wire  [3:0] d$3;
    input wire  [3:0] d$4;
    input wire  [3:0] d$5;
    input wire  [3:0] d$6;
    input wire  [3:0] d$7;
    output reg  [3:0] q$0;
    output reg  [3:0] q$1;
    output reg  [3:0] q$2;
    output reg  [3:0] q$3;
    output reg  [3:0] q$4;
    output reg  [3:0] q$5;
    output reg  [3:0] q$6;
    output reg  [3:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 4'h0;
       q$1 = 4'h0;
       q$2 = 4'h0;
       q$3 = 4'h0;
       q$4 = 4'h0;
       q$5 = 4'h0;
       q$6 = 4'h0;
       q$7 = 4'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_pkey


module mmu$fetch$tlb$e_size(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [1:0] d$0;
    input wire  [1:0] d$1;
    input wire  [1:0] d$2;
    input wire  [1:0] d$3;
    input wire  [1:0] d$4;
    input wire  [1:0] d$5;
    input wire  [1:0] d$6;
    input wire  [1:0] d$7;
    output reg  [1:0] q$0;
    output reg  [1:0] q$1;
    output reg  [1:0] q$2;
    output reg  [1:0] q$3;
    output reg  [1:0] q$4;
    output reg  [1:0] q$5;
    output reg  [1:0] q$6;
    output reg  [1:0] q$7;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Update code (custom)
    initial begin
       q$0 = 64'h0;
       q$1 = 64'h0;
       q$2 = 64'h0;
       q$3 = 64'h0;
       q$4 = 64'h0;
       q$5 = 64'h0;
       q$6 = 64'h0;
       q$7 = 64'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_size


module mmu$fetch$tlb$e_user(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_user


module mmu$fetch$tlb$e_valid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_valid


module mmu$fetch$tlb$e_vpn_1g(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_vpn_1g


module mmu$fetch$tlb$e_vpn_2m(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] d$0;
    input wire  [8:0] d$1;
    input wire  [8:0] d$2;
    input wire  [8:0] d$3;
    input wire  [8:0] d$4;
    input wire  [8:0] d$5;
    input wire  [8:0] d$6;
    input wire  [8:0] d$7;
    output reg  [8:0] q$0;
    output reg  [8:0] q$1;
    output reg  [8:0] q$2;
    output reg  [8:0] q$3;
    output reg  [8:0] q$4;
    output reg  [8:0] q$5;
    output reg  [8:0] q$6;
    output reg  [8:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 9'h0;
       q$1 = 9'h0;
       q$2 = 9'h0;
       q$3 = 9'h0;
       q$4 = 9'h0;
       q$5 = 9'h0;
       q$6 = 9'h0;
       q$7 = 9'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_vpn_2m


module mmu$fetch$tlb$e_vpn_4k(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] d$0;
    input wire  [8:0] d$1;
    input wire  [8:0] d$2;
    input wire  [8:0] d$3;
    input wire  [8:0] d$4;
    input wire  [8:0] d$5;
    input wire  [8:0] d$6;
    input wire  [8:0] d$7;
    output reg  [8:0] q$0;
    output reg  [8:0] q$1;
    output reg  [8:0] q$2;
    output reg  [8:0] q$3;
    output reg  [8:0] q$4;
    output reg  [8:0] q$5;
    output reg  [8:0] q$6;
    output reg  [8:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 9'h0;
       q$1 = 9'h0;
       q$2 = 9'h0;
       q$3 = 9'h0;
       q$4 = 9'h0;
       q$5 = 9'h0;
       q$6 = 9'h0;
       q$7 = 9'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_vpn_4k


module mmu$fetch$tlb$e_writable(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_writable


module mmu$fetch$tlb$e_xd(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$fetch$tlb$e_xd


module mmu$fetch$tlb$victim(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$fetch$tlb$victim


module mmu$l2(clock,reset,lk_start,lk_vpn_1g,lk_vpn_2m,lk_vpn_4k,lk_pcid,lk_write,lk_data,sp_take,sp_data,sp_vpn_4k,busy,busy_next,hit,miss,hit_size,hit_pcid,hit_glob,hit_pfn,hit_writable,hit_user,hit_xd,hit_dirty,hit_pkey,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,inv_en,inv_flush,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid,flushing);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  lk_start;
    input wire  [17:0] lk_vpn_1g;
    input wire  [8:0] lk_vpn_2m;
    input wire  [8:0] lk_vpn_4k;
    input wire  [11:0] lk_pcid;
    input wire  lk_write;
    input wire  lk_data;
    input wire  sp_take;
    input wire  sp_data;
    input wire  [8:0] sp_vpn_4k;
    output reg  busy;
    output reg  busy_next;
    output reg  hit;
    output reg  miss;
    output reg  [1:0] hit_size;
    output reg  [11:0] hit_pcid;
    output reg  hit_glob;
    output reg  [39:0] hit_pfn;
    output reg  hit_writable;
    output reg  hit_user;
    output reg  hit_xd;
    output reg  hit_dirty;
    output reg  [3:0] hit_pkey;
    input wire  fill_en;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [8:0] fill_vpn_4k;
    input wire  [1:0] fill_size;
    input wire  [11:0] fill_pcid;
    input wire  fill_glob;
    input wire  [39:0] fill_pfn;
    input wire  fill_writable;
    input wire  fill_user;
    input wire  fill_xd;
    input wire  fill_dirty;
    input wire  [3:0] fill_pkey;
    input wire  inv_en;
    input wire  inv_flush;
    input wire  inv_use_va;
    input wire  inv_use_pcid;
    input wire  inv_glob_wild;
    input wire  inv_keep_glob;
    input wire  [35:0] inv_vpn;
    input wire  [11:0] inv_pcid;
    output reg  flushing;
    
    // Constant declarations
    localparam  k_way$0 = 2'b0;
    localparam  k_way$1 = 2'b1;
    localparam  k_way$2 = 2'b10;
    localparam  k_way$3 = 2'b11;
    localparam  k_bit$0 = 4'h1;
    localparam  k_bit$1 = 4'h2;
    localparam  k_bit$2 = 4'h4;
    localparam  k_bit$3 = 4'h8;
    localparam  k_bit3$0 = 3'b1;
    localparam  k_bit3$1 = 3'b10;
    localparam  k_bit3$2 = 3'b100;
    localparam  k_ta_valid = 32'h80000000;
    localparam  k_ta_big = 32'h40000000;
    localparam  k_ta_glob = 32'h20000000;
    localparam  k_tb$0 = 32'h1;
    localparam  k_tb$1 = 32'h2;
    localparam  k_da$0 = 31'h1;
    localparam  k_da$1 = 31'h2;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    localparam L2State$Idle = 0;
    localparam L2State$Small = 1;
    localparam L2State$Big = 2;
    localparam L2State$Sweep = 3;
    
    // Stub signals
    reg  [6:0] ta$0$read_address;
    reg  ta$0$read_clock;
    wire  [31:0] ta$0$read_data;
    reg  [6:0] ta$0$write_address;
    reg  ta$0$write_clock;
    reg  [31:0] ta$0$write_data;
    reg  ta$0$write_enable;
    reg  [6:0] ta$1$read_address;
    reg  ta$1$read_clock;
    wire  [31:0] ta$1$read_data;
    reg  [6:0] ta$1$write_address;
    reg  ta$1$write_clock;
    reg  [31:0] ta$1$write_data;
    reg  ta$1$write_enable;
    reg  [6:0] ta$2$read_address;
    reg  ta$2$read_clock;
    wire  [31:0] ta$2$read_data;
    reg  [6:0] ta$2$write_address;
    reg  ta$2$write_clock;
    reg  [31:0] ta$2$write_data;
    reg  ta$2$write_enable;
    reg  [6:0] ta$3$read_address;
    reg  ta$3$read_clock;
    wire  [31:0] ta$3$read_data;
    reg  [6:0] ta$3$write_address;
    reg  ta$3$write_clock;
    reg  [31:0] ta$3$write_data;
    reg  ta$3$write_enable;
    reg  [6:0] tb$0$read_address;
    reg  tb$0$read_clock;
    wire  [31:0] tb$0$read_data;
    reg  [6:0] tb$0$write_address;
    reg  tb$0$write_clock;
    reg  [31:0] tb$0$write_data;
    reg  tb$0$write_enable;
    reg  [6:0] tb$1$read_address;
    reg  tb$1$read_clock;
    wire  [31:0] tb$1$read_data;
    reg  [6:0] tb$1$write_address;
    reg  tb$1$write_clock;
    reg  [31:0] tb$1$write_data;
    reg  tb$1$write_enable;
    reg  [6:0] tb$2$read_address;
    reg  tb$2$read_clock;
    wire  [31:0] tb$2$read_data;
    reg  [6:0] tb$2$write_address;
    reg  tb$2$write_clock;
    reg  [31:0] tb$2$write_data;
    reg  tb$2$write_enable;
    reg  [6:0] tb$3$read_address;
    reg  tb$3$read_clock;
    wire  [31:0] tb$3$read_data;
    reg  [6:0] tb$3$write_address;
    reg  tb$3$write_clock;
    reg  [31:0] tb$3$write_data;
    reg  tb$3$write_enable;
    reg  [6:0] da$0$read_address;
    reg  da$0$read_clock;
    wire  [30:0] da$0$read_data;
    reg  [6:0] da$0$write_address;
    reg  da$0$write_clock;
    reg  [30:0] da$0$write_data;
    reg  da$0$write_enable;
    reg  [6:0] da$1$read_address;
    reg  da$1$read_clock;
    wire  [30:0] da$1$read_data;
    reg  [6:0] da$1$write_address;
    reg  da$1$write_clock;
    reg  [30:0] da$1$write_data;
    reg  da$1$write_enable;
    reg  [6:0] da$2$read_address;
    reg  da$2$read_clock;
    wire  [30:0] da$2$read_data;
    reg  [6:0] da$2$write_address;
    reg  da$2$write_clock;
    reg  [30:0] da$2$write_data;
    reg  da$2$write_enable;
    reg  [6:0] da$3$read_address;
    reg  da$3$read_clock;
    wire  [30:0] da$3$read_data;
    reg  [6:0] da$3$write_address;
    reg  da$3$write_clock;
    reg  [30:0] da$3$write_data;
    reg  da$3$write_enable;
    reg  [6:0] db$0$read_address;
    reg  db$0$read_clock;
    wire  [3:0] db$0$read_data;
    reg  [6:0] db$0$write_address;
    reg  db$0$write_clock;
    reg  [3:0] db$0$write_data;
    reg  db$0$write_enable;
    reg  [6:0] db$1$read_address;
    reg  db$1$read_clock;
    wire  [3:0] db$1$read_data;
    reg  [6:0] db$1$write_address;
    reg  db$1$write_clock;
    reg  [3:0] db$1$write_data;
    reg  db$1$write_enable;
    reg  [6:0] db$2$read_address;
    reg  db$2$read_clock;
    wire  [3:0] db$2$read_data;
    reg  [6:0] db$2$write_address;
    reg  db$2$write_clock;
    reg  [3:0] db$2$write_data;
    reg  db$2$write_enable;
    reg  [6:0] db$3$read_address;
    reg  db$3$read_clock;
    wire  [3:0] db$3$read_data;
    reg  [6:0] db$3$write_address;
    reg  db$3$write_clock;
    reg  [3:0] db$3$write_data;
    reg  db$3$write_enable;
    reg  [6:0] lru$read_address;
    reg  lru$read_clock;
    wire  [2:0] lru$read_data;
    reg  [6:0] lru$write_address;
    reg  lru$write_clock;
    reg  [2:0] lru$write_data;
    reg  lru$write_enable;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [6:0] rd_set$d;
    wire  [6:0] rd_set$q;
    reg  rd_set$clock;
    reg  [3:0] s_valid$d;
    wire  [3:0] s_valid$q;
    reg  s_valid$clock;
    reg  [2:0] s_lru$d;
    wire  [2:0] s_lru$q;
    reg  s_lru$clock;
    reg  s_match$d;
    wire  s_match$q;
    reg  s_match$clock;
    reg  [1:0] s_way$d;
    wire  [1:0] s_way$q;
    reg  s_way$clock;
    reg  [3:0] b_valid$d;
    wire  [3:0] b_valid$q;
    reg  b_valid$clock;
    reg  [2:0] b_lru$d;
    wire  [2:0] b_lru$q;
    reg  b_lru$clock;
    reg  b_match$d;
    wire  b_match$q;
    reg  b_match$clock;
    reg  [1:0] b_way$d;
    wire  [1:0] b_way$q;
    reg  b_way$clock;
    reg  fill_ok$d;
    wire  fill_ok$q;
    reg  fill_ok$clock;
    reg  missed$d;
    wire  missed$q;
    reg  missed$clock;
    reg  sp_ok$d;
    wire  sp_ok$q;
    reg  sp_ok$clock;
    reg  sp_port$d;
    wire  sp_port$q;
    reg  sp_port$clock;
    reg  [6:0] sw_set$d;
    wire  [6:0] sw_set$q;
    reg  sw_set$clock;
    reg  sw_more$d;
    wire  sw_more$q;
    reg  sw_more$clock;
    reg  sw_pend$d;
    wire  sw_pend$q;
    reg  sw_pend$clock;
    reg  [6:0] sw_second$d;
    wire  [6:0] sw_second$q;
    reg  sw_second$clock;
    reg  sw_step$d;
    wire  sw_step$q;
    reg  sw_step$clock;
    reg  sv_all$d;
    wire  sv_all$q;
    reg  sv_all$clock;
    reg  sv_use_va$d;
    wire  sv_use_va$q;
    reg  sv_use_va$clock;
    reg  sv_use_pcid$d;
    wire  sv_use_pcid$q;
    reg  sv_use_pcid$clock;
    reg  sv_glob_wild$d;
    wire  sv_glob_wild$q;
    reg  sv_glob_wild$clock;
    reg  sv_keep_glob$d;
    wire  sv_keep_glob$q;
    reg  sv_keep_glob$clock;
    reg  [17:0] sv_vpn_1g$d;
    wire  [17:0] sv_vpn_1g$q;
    reg  sv_vpn_1g$clock;
    reg  [8:0] sv_vpn_2m$d;
    wire  [8:0] sv_vpn_2m$q;
    reg  sv_vpn_2m$clock;
    reg  [8:0] sv_vpn_4k$d;
    wire  [8:0] sv_vpn_4k$q;
    reg  sv_vpn_4k$clock;
    reg  [11:0] sv_pcid$d;
    wire  [11:0] sv_pcid$q;
    reg  sv_pcid$clock;
    
    // Local signals
    reg  w_valid$0;
    reg  w_valid$1;
    reg  w_valid$2;
    reg  w_valid$3;
    reg  w_big$0;
    reg  w_big$1;
    reg  w_big$2;
    reg  w_big$3;
    reg  w_glob$0;
    reg  w_glob$1;
    reg  w_glob$2;
    reg  w_glob$3;
    reg  [17:0] w_1g$0;
    reg  [17:0] w_1g$1;
    reg  [17:0] w_1g$2;
    reg  [17:0] w_1g$3;
    reg  [8:0] w_2m$0;
    reg  [8:0] w_2m$1;
    reg  [8:0] w_2m$2;
    reg  [8:0] w_2m$3;
    reg  [8:0] w_4k$0;
    reg  [8:0] w_4k$1;
    reg  [8:0] w_4k$2;
    reg  [8:0] w_4k$3;
    reg  [11:0] w_pcid$0;
    reg  [11:0] w_pcid$1;
    reg  [11:0] w_pcid$2;
    reg  [11:0] w_pcid$3;
    reg  w_match$0;
    reg  w_match$1;
    reg  w_match$2;
    reg  w_match$3;
    reg  w_drop$0;
    reg  w_drop$1;
    reg  w_drop$2;
    reg  w_drop$3;
    reg  [17:0] key_1g;
    reg  [8:0] key_2m;
    reg  [8:0] key_4k;
    reg  [11:0] key_pcid;
    reg  eq_1g$0;
    reg  eq_1g$1;
    reg  eq_1g$2;
    reg  eq_1g$3;
    reg  eq_2m$0;
    reg  eq_2m$1;
    reg  eq_2m$2;
    reg  eq_2m$3;
    reg  eq_4k$0;
    reg  eq_4k$1;
    reg  eq_4k$2;
    reg  eq_4k$3;
    reg  eq_pcid$0;
    reg  eq_pcid$1;
    reg  eq_pcid$2;
    reg  eq_pcid$3;
    reg  small_now;
    reg  probing;
    reg  want_big;
    reg  [3:0] valid_bits;
    reg  found;
    reg  [1:0] way;
    reg  usable;
    reg  [2:0] lru_rd;
    reg  [2:0] lru_in;
    reg  [1:0] lru_way;
    reg  [2:0] lru_out;
    reg  abort;
    reg  fl_go;
    reg  fl_big;
    reg  [3:0] fl_valid;
    reg  fl_match;
    reg  [1:0] fl_way;
    reg  [2:0] fl_lru;
    reg  fl_free;
    reg  [6:0] fl_set;
    reg  [6:0] l_rd_addr;
    reg  [6:0] l_wr_addr;
    reg  l_we$0;
    reg  l_we$1;
    reg  l_we$2;
    reg  l_we$3;
    reg  l_lru_we;
    reg  [31:0] l_ta;
    reg  [31:0] l_tb;
    reg  [30:0] l_da;
    reg  [3:0] l_db;
    reg  [2:0] l_lru;
    reg  l_busy;
    reg  l_busy_next;
    reg  l_hit;
    reg  l_miss;
    reg  l_hit_user;
    reg  l_hit_writable;
    reg  [30:0] l_hit_da;
    reg  [3:0] l_hit_db;
    reg  l_hit_glob;
    reg  [10:0] l_hit_pfn_lo;
    reg  [28:0] l_hit_pfn_hi;
    reg  [10:0] fl_pfn_lo;
    reg  [28:0] fl_pfn_hi;
    reg  [11:0] l_hit_pcid;
    reg  [1:0] l_hit_size;
    
    // Sub module instances
    mmu$l2$ta$0 ta$0(
        .read_address(ta$0$read_address),
        .read_clock(ta$0$read_clock),
        .read_data(ta$0$read_data),
        .write_address(ta$0$write_address),
        .write_clock(ta$0$write_clock),
        .write_data(ta$0$write_data),
        .write_enable(ta$0$write_enable)
    );
    mmu$l2$ta$1 ta$1(
        .read_address(ta$1$read_address),
        .read_clock(ta$1$read_clock),
        .read_data(ta$1$read_data),
        .write_address(ta$1$write_address),
        .write_clock(ta$1$write_clock),
        .write_data(ta$1$write_data),
        .write_enable(ta$1$write_enable)
    );
    mmu$l2$ta$2 ta$2(
        .read_address(ta$2$read_address),
        .read_clock(ta$2$read_clock),
        .read_data(ta$2$read_data),
        .write_address(ta$2$write_address),
        .write_clock(ta$2$write_clock),
        .write_data(ta$2$write_data),
        .write_enable(ta$2$write_enable)
    );
    mmu$l2$ta$3 ta$3(
        .read_address(ta$3$read_address),
        .read_clock(ta$3$read_clock),
        .read_data(ta$3$read_data),
        .write_address(ta$3$write_address),
        .write_clock(ta$3$write_clock),
        .write_data(ta$3$write_data),
        .write_enable(ta$3$write_enable)
    );
    mmu$l2$tb$0 tb$0(
        .read_address(tb$0$read_address),
        .read_clock(tb$0$read_clock),
        .read_data(tb$0$read_data),
        .write_address(tb$0$write_address),
        .write_clock(tb$0$write_clock),
        .write_data(tb$0$write_data),
        .write_enable(tb$0$write_enable)
    );
    mmu$l2$tb$1 tb$1(
        .read_address(tb$1$read_address),
        .read_clock(tb$1$read_clock),
        .read_data(tb$1$read_data),
        .write_address(tb$1$write_address),
        .write_clock(tb$1$write_clock),
        .write_data(tb$1$write_data),
        .write_enable(tb$1$write_enable)
    );
    mmu$l2$tb$2 tb$2(
        .read_address(tb$2$read_address),
        .read_clock(tb$2$read_clock),
        .read_data(tb$2$read_data),
        .write_address(tb$2$write_address),
        .write_clock(tb$2$write_clock),
        .write_data(tb$2$write_data),
        .write_enable(tb$2$write_enable)
    );
    mmu$l2$tb$3 tb$3(
        .read_address(tb$3$read_address),
        .read_clock(tb$3$read_clock),
        .read_data(tb$3$read_data),
        .write_address(tb$3$write_address),
        .write_clock(tb$3$write_clock),
        .write_data(tb$3$write_data),
        .write_enable(tb$3$write_enable)
    );
    mmu$l2$da$0 da$0(
        .read_address(da$0$read_address),
        .read_clock(da$0$read_clock),
        .read_data(da$0$read_data),
        .write_address(da$0$write_address),
        .write_clock(da$0$write_clock),
        .write_data(da$0$write_data),
        .write_enable(da$0$write_enable)
    );
    mmu$l2$da$1 da$1(
        .read_address(da$1$read_address),
        .read_clock(da$1$read_clock),
        .read_data(da$1$read_data),
        .write_address(da$1$write_address),
        .write_clock(da$1$write_clock),
        .write_data(da$1$write_data),
        .write_enable(da$1$write_enable)
    );
    mmu$l2$da$2 da$2(
        .read_address(da$2$read_address),
        .read_clock(da$2$read_clock),
        .read_data(da$2$read_data),
        .write_address(da$2$write_address),
        .write_clock(da$2$write_clock),
        .write_data(da$2$write_data),
        .write_enable(da$2$write_enable)
    );
    mmu$l2$da$3 da$3(
        .read_address(da$3$read_address),
        .read_clock(da$3$read_clock),
        .read_data(da$3$read_data),
        .write_address(da$3$write_address),
        .write_clock(da$3$write_clock),
        .write_data(da$3$write_data),
        .write_enable(da$3$write_enable)
    );
    mmu$l2$db$0 db$0(
        .read_address(db$0$read_address),
        .read_clock(db$0$read_clock),
        .read_data(db$0$read_data),
        .write_address(db$0$write_address),
        .write_clock(db$0$write_clock),
        .write_data(db$0$write_data),
        .write_enable(db$0$write_enable)
    );
    mmu$l2$db$1 db$1(
        .read_address(db$1$read_address),
        .read_clock(db$1$read_clock),
        .read_data(db$1$read_data),
        .write_address(db$1$write_address),
        .write_clock(db$1$write_clock),
        .write_data(db$1$write_data),
        .write_enable(db$1$write_enable)
    );
    mmu$l2$db$2 db$2(
        .read_address(db$2$read_address),
        .read_clock(db$2$read_clock),
        .read_data(db$2$read_data),
        .write_address(db$2$write_address),
        .write_clock(db$2$write_clock),
        .write_data(db$2$write_data),
        .write_enable(db$2$write_enable)
    );
    mmu$l2$db$3 db$3(
        .read_address(db$3$read_address),
        .read_clock(db$3$read_clock),
        .read_data(db$3$read_data),
        .write_address(db$3$write_address),
        .write_clock(db$3$write_clock),
        .write_data(db$3$write_data),
        .write_enable(db$3$write_enable)
    );
    mmu$l2$lru lru(
        .read_address(lru$read_address),
        .read_clock(lru$read_clock),
        .read_data(lru$read_data),
        .write_address(lru$write_address),
        .write_clock(lru$write_clock),
        .write_data(lru$write_data),
        .write_enable(lru$write_enable)
    );
    mmu$l2$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    mmu$l2$rd_set rd_set(
        .d(rd_set$d),
        .q(rd_set$q),
        .clock(rd_set$clock)
    );
    mmu$l2$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    mmu$l2$s_lru s_lru(
        .d(s_lru$d),
        .q(s_lru$q),
        .clock(s_lru$clock)
    );
    mmu$l2$s_match s_match(
        .d(s_match$d),
        .q(s_match$q),
        .clock(s_match$clock)
    );
    mmu$l2$s_way s_way(
        .d(s_way$d),
        .q(s_way$q),
        .clock(s_way$clock)
    );
    mmu$l2$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    mmu$l2$b_lru b_lru(
        .d(b_lru$d),
        .q(b_lru$q),
        .clock(b_lru$clock)
    );
    mmu$l2$b_match b_match(
        .d(b_match$d),
        .q(b_match$q),
        .clock(b_match$clock)
    );
    mmu$l2$b_way b_way(
        .d(b_way$d),
        .q(b_way$q),
        .clock(b_way$clock)
    );
    mmu$l2$fill_ok fill_ok(
        .d(fill_ok$d),
        .q(fill_ok$q),
        .clock(fill_ok$clock)
    );
    mmu$l2$missed missed(
        .d(missed$d),
        .q(missed$q),
        .clock(missed$clock)
    );
    mmu$l2$sp_ok sp_ok(
        .d(sp_ok$d),
        .q(sp_ok$q),
        .clock(sp_ok$clock)
    );
    mmu$l2$sp_port sp_port(
        .d(sp_port$d),
        .q(sp_port$q),
        .clock(sp_port$clock)
    );
    mmu$l2$sw_set sw_set(
        .d(sw_set$d),
        .q(sw_set$q),
        .clock(sw_set$clock)
    );
    mmu$l2$sw_more sw_more(
        .d(sw_more$d),
        .q(sw_more$q),
        .clock(sw_more$clock)
    );
    mmu$l2$sw_pend sw_pend(
        .d(sw_pend$d),
        .q(sw_pend$q),
        .clock(sw_pend$clock)
    );
    mmu$l2$sw_second sw_second(
        .d(sw_second$d),
        .q(sw_second$q),
        .clock(sw_second$clock)
    );
    mmu$l2$sw_step sw_step(
        .d(sw_step$d),
        .q(sw_step$q),
        .clock(sw_step$clock)
    );
    mmu$l2$sv_all sv_all(
        .d(sv_all$d),
        .q(sv_all$q),
        .clock(sv_all$clock)
    );
    mmu$l2$sv_use_va sv_use_va(
        .d(sv_use_va$d),
        .q(sv_use_va$q),
        .clock(sv_use_va$clock)
    );
    mmu$l2$sv_use_pcid sv_use_pcid(
        .d(sv_use_pcid$d),
        .q(sv_use_pcid$q),
        .clock(sv_use_pcid$clock)
    );
    mmu$l2$sv_glob_wild sv_glob_wild(
        .d(sv_glob_wild$d),
        .q(sv_glob_wild$q),
        .clock(sv_glob_wild$clock)
    );
    mmu$l2$sv_keep_glob sv_keep_glob(
        .d(sv_keep_glob$d),
        .q(sv_keep_glob$q),
        .clock(sv_keep_glob$clock)
    );
    mmu$l2$sv_vpn_1g sv_vpn_1g(
        .d(sv_vpn_1g$d),
        .q(sv_vpn_1g$q),
        .clock(sv_vpn_1g$clock)
    );
    mmu$l2$sv_vpn_2m sv_vpn_2m(
        .d(sv_vpn_2m$d),
        .q(sv_vpn_2m$q),
        .clock(sv_vpn_2m$clock)
    );
    mmu$l2$sv_vpn_4k sv_vpn_4k(
        .d(sv_vpn_4k$d),
        .q(sv_vpn_4k$q),
        .clock(sv_vpn_4k$clock)
    );
    mmu$l2$sv_pcid sv_pcid(
        .d(sv_pcid$d),
        .q(sv_pcid$q),
        .clock(sv_pcid$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        rd_set$clock = clock;
        s_valid$clock = clock;
        s_lru$clock = clock;
        s_match$clock = clock;
        s_way$clock = clock;
        b_valid$clock = clock;
        b_lru$clock = clock;
        b_match$clock = clock;
        b_way$clock = clock;
        fill_ok$clock = clock;
        missed$clock = clock;
        sp_ok$clock = clock;
        sp_port$clock = clock;
        sw_set$clock = clock;
        sw_more$clock = clock;
        sw_pend$clock = clock;
        sw_second$clock = clock;
        sw_step$clock = clock;
        sv_all$clock = clock;
        sv_use_va$clock = clock;
        sv_use_pcid$clock = clock;
        sv_glob_wild$clock = clock;
        sv_keep_glob$clock = clock;
        sv_vpn_1g$clock = clock;
        sv_vpn_2m$clock = clock;
        sv_vpn_4k$clock = clock;
        sv_pcid$clock = clock;
        state$d = state$q;
        rd_set$d = rd_set$q;
        s_valid$d = s_valid$q;
        s_lru$d = s_lru$q;
        s_match$d = s_match$q;
        s_way$d = s_way$q;
        b_valid$d = b_valid$q;
        b_lru$d = b_lru$q;
        b_match$d = b_match$q;
        b_way$d = b_way$q;
        fill_ok$d = fill_ok$q;
        missed$d = missed$q;
        sp_ok$d = sp_ok$q;
        sp_port$d = sp_port$q;
        sw_set$d = sw_set$q;
        sw_more$d = sw_more$q;
        sw_pend$d = sw_pend$q;
        sw_second$d = sw_second$q;
        sw_step$d = sw_step$q;
        sv_all$d = sv_all$q;
        sv_use_va$d = sv_use_va$q;
        sv_use_pcid$d = sv_use_pcid$q;
        sv_glob_wild$d = sv_glob_wild$q;
        sv_keep_glob$d = sv_keep_glob$q;
        sv_vpn_1g$d = sv_vpn_1g$q;
        sv_vpn_2m$d = sv_vpn_2m$q;
        sv_vpn_4k$d = sv_vpn_4k$q;
        sv_pcid$d = sv_pcid$q;
        ta$0$read_clock = clock;
        ta$0$write_clock = clock;
        tb$0$read_clock = clock;
        tb$0$write_clock = clock;
        da$0$read_clock = clock;
        da$0$write_clock = clock;
        db$0$read_clock = clock;
        db$0$write_clock = clock;
        ta$1$read_clock = clock;
        ta$1$write_clock = clock;
        tb$1$read_clock = clock;
        tb$1$write_clock = clock;
        da$1$read_clock = clock;
        da$1$write_clock = clock;
        db$1$read_clock = clock;
        db$1$write_clock = clock;
        ta$2$read_clock = clock;
        ta$2$write_clock = clock;
        tb$2$read_clock = clock;
        tb$2$write_clock = clock;
        da$2$read_clock = clock;
        da$2$write_clock = clock;
        db$2$read_clock = clock;
        db$2$write_clock = clock;
        ta$3$read_clock = clock;
        ta$3$write_clock = clock;
        tb$3$read_clock = clock;
        tb$3$write_clock = clock;
        da$3$read_clock = clock;
        da$3$write_clock = clock;
        db$3$read_clock = clock;
        db$3$write_clock = clock;
        lru$read_clock = clock;
        lru$write_clock = clock;
        valid_bits = 32'h0;
        w_valid$0 = ta$0$read_data[32'h1f];
        w_big$0 = ta$0$read_data[32'h1e];
        w_glob$0 = ta$0$read_data[32'h1d];
        w_1g$0 = ta$0$read_data[(32'hb)+:(18)];
        w_pcid$0 = tb$0$read_data[(32'h14)+:(12)];
        w_2m$0 = tb$0$read_data[(32'hb)+:(9)];
        w_4k$0 = tb$0$read_data[(32'h2)+:(9)];
        if (w_valid$0) begin
            valid_bits = valid_bits | k_bit$0;
        end
        w_valid$1 = ta$1$read_data[32'h1f];
        w_big$1 = ta$1$read_data[32'h1e];
        w_glob$1 = ta$1$read_data[32'h1d];
        w_1g$1 = ta$1$read_data[(32'hb)+:(18)];
        w_pcid$1 = tb$1$read_data[(32'h14)+:(12)];
        w_2m$1 = tb$1$read_data[(32'hb)+:(9)];
        w_4k$1 = tb$1$read_data[(32'h2)+:(9)];
        if (w_valid$1) begin
            valid_bits = valid_bits | k_bit$1;
        end
        w_valid$2 = ta$2$read_data[32'h1f];
        w_big$2 = ta$2$read_data[32'h1e];
        w_glob$2 = ta$2$read_data[32'h1d];
        w_1g$2 = ta$2$read_data[(32'hb)+:(18)];
        w_pcid$2 = tb$2$read_data[(32'h14)+:(12)];
        w_2m$2 = tb$2$read_data[(32'hb)+:(9)];
        w_4k$2 = tb$2$read_data[(32'h2)+:(9)];
        if (w_valid$2) begin
            valid_bits = valid_bits | k_bit$2;
        end
        w_valid$3 = ta$3$read_data[32'h1f];
        w_big$3 = ta$3$read_data[32'h1e];
        w_glob$3 = ta$3$read_data[32'h1d];
        w_1g$3 = ta$3$read_data[(32'hb)+:(18)];
        w_pcid$3 = tb$3$read_data[(32'h14)+:(12)];
        w_2m$3 = tb$3$read_data[(32'hb)+:(9)];
        w_4k$3 = tb$3$read_data[(32'h2)+:(9)];
        if (w_valid$3) begin
            valid_bits = valid_bits | k_bit$3;
        end
        lru_rd = lru$read_data;
        abort = inv_en || reset;
        small_now = (state$q == L2State$Small) || ((state$q == L2State$Idle) && lk_start && ~abort && sp_ok$q && (sp_port$q == lk_data));
        probing = small_now || (state$q == L2State$Big);
        want_big = state$q == L2State$Big;
        key_1g = lk_vpn_1g;
        key_2m = lk_vpn_2m;
        key_4k = lk_vpn_4k;
        key_pcid = lk_pcid;
        if (state$q == L2State$Sweep) begin
            key_1g = sv_vpn_1g$q;
            key_2m = sv_vpn_2m$q;
            key_4k = sv_vpn_4k$q;
            key_pcid = sv_pcid$q;
        end
        found = 1'b0;
        way = 32'h0;
        eq_1g$0 = w_1g$0 == key_1g;
        eq_2m$0 = w_2m$0 == key_2m;
        eq_4k$0 = w_4k$0 == key_4k;
        eq_pcid$0 = w_pcid$0 == key_pcid;
        w_match$0 = w_valid$0 && (w_big$0 == want_big) && eq_1g$0 && eq_2m$0 && (want_big || eq_4k$0) && (w_glob$0 || eq_pcid$0);
        eq_1g$1 = w_1g$1 == key_1g;
        eq_2m$1 = w_2m$1 == key_2m;
        eq_4k$1 = w_4k$1 == key_4k;
        eq_pcid$1 = w_pcid$1 == key_pcid;
        w_match$1 = w_valid$1 && (w_big$1 == want_big) && eq_1g$1 && eq_2m$1 && (want_big || eq_4k$1) && (w_glob$1 || eq_pcid$1);
        eq_1g$2 = w_1g$2 == key_1g;
        eq_2m$2 = w_2m$2 == key_2m;
        eq_4k$2 = w_4k$2 == key_4k;
        eq_pcid$2 = w_pcid$2 == key_pcid;
        w_match$2 = w_valid$2 && (w_big$2 == want_big) && eq_1g$2 && eq_2m$2 && (want_big || eq_4k$2) && (w_glob$2 || eq_pcid$2);
        eq_1g$3 = w_1g$3 == key_1g;
        eq_2m$3 = w_2m$3 == key_2m;
        eq_4k$3 = w_4k$3 == key_4k;
        eq_pcid$3 = w_pcid$3 == key_pcid;
        w_match$3 = w_valid$3 && (w_big$3 == want_big) && eq_1g$3 && eq_2m$3 && (want_big || eq_4k$3) && (w_glob$3 || eq_pcid$3);
        if (w_match$0 && ~found) begin
            found = 1'b1;
            way = k_way$0;
        end
        if (w_match$1 && ~found) begin
            found = 1'b1;
            way = k_way$1;
        end
        if (w_match$2 && ~found) begin
            found = 1'b1;
            way = k_way$2;
        end
        if (w_match$3 && ~found) begin
            found = 1'b1;
            way = k_way$3;
        end
        l_hit_pfn_lo = 32'h0;
        l_hit_user = 1'b0;
        l_hit_writable = 1'b0;
        l_hit_da = 32'h0;
        l_hit_db = 32'h0;
        l_hit_glob = 1'b0;
        l_hit_pcid = 32'h0;
        if (way == k_way$0) begin
            l_hit_pfn_lo = ta$0$read_data[(32'h0)+:(11)];
            l_hit_user = tb$0$read_data[32'h0];
            l_hit_writable = tb$0$read_data[32'h1];
            l_hit_da = da$0$read_data;
            l_hit_db = db$0$read_data;
            l_hit_glob = w_glob$0;
            l_hit_pcid = w_pcid$0;
        end
        if (way == k_way$1) begin
            l_hit_pfn_lo = ta$1$read_data[(32'h0)+:(11)];
            l_hit_user = tb$1$read_data[32'h0];
            l_hit_writable = tb$1$read_data[32'h1];
            l_hit_da = da$1$read_data;
            l_hit_db = db$1$read_data;
            l_hit_glob = w_glob$1;
            l_hit_pcid = w_pcid$1;
        end
        if (way == k_way$2) begin
            l_hit_pfn_lo = ta$2$read_data[(32'h0)+:(11)];
            l_hit_user = tb$2$read_data[32'h0];
            l_hit_writable = tb$2$read_data[32'h1];
            l_hit_da = da$2$read_data;
            l_hit_db = db$2$read_data;
            l_hit_glob = w_glob$2;
            l_hit_pcid = w_pcid$2;
        end
        if (way == k_way$3) begin
            l_hit_pfn_lo = ta$3$read_data[(32'h0)+:(11)];
            l_hit_user = tb$3$read_data[32'h0];
            l_hit_writable = tb$3$read_data[32'h1];
            l_hit_da = da$3$read_data;
            l_hit_db = db$3$read_data;
            l_hit_glob = w_glob$3;
            l_hit_pcid = w_pcid$3;
        end
        l_hit_pfn_hi = l_hit_da[(32'h2)+:(29)];
        usable = found && (l_hit_da[32'h0] || ~lk_write);
        l_hit_size = PageSize$Size4K;
        if (want_big) begin
            l_hit_size = PageSize$Size2M;
        end
        fl_big = fill_size == PageSize$Size2M;
        fl_go = fill_en && fill_ok$q && (fill_size != PageSize$Size1G) && (state$q == L2State$Idle) && ~abort;
        fl_valid = s_valid$q;
        fl_match = s_match$q;
        fl_way = s_way$q;
        fl_lru = s_lru$q;
        fl_set = fill_vpn_4k[(32'h0)+:(7)];
        if (fl_big) begin
            fl_valid = b_valid$q;
            fl_match = b_match$q;
            fl_way = b_way$q;
            fl_lru = b_lru$q;
            fl_set = fill_vpn_2m[(32'h0)+:(7)];
        end
        lru_in = fl_lru;
        fl_free = 1'b0;
        if (~fl_match) begin
            if (~fl_valid[0] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way$0;
            end
            if (~fl_valid[1] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way$1;
            end
            if (~fl_valid[2] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way$2;
            end
            if (~fl_valid[3] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way$3;
            end
            if (~fl_free) begin
                if (fl_lru[32'h0]) begin
                    fl_way = k_way$2;
                    if (fl_lru[32'h2]) begin
                        fl_way = k_way$3;
                    end
                end
                else begin
                    fl_way = k_way$0;
                    if (fl_lru[32'h1]) begin
                        fl_way = k_way$1;
                    end
                end
            end
        end
        lru_way = fl_way;
        if (probing) begin
            lru_in = lru_rd;
            lru_way = way;
        end
        if (lru_way[32'h1]) begin
            lru_out = lru_in & k_bit3$1;
            if (~lru_way[32'h0]) begin
                lru_out = lru_out | k_bit3$2;
            end
        end
        else begin
            lru_out = (lru_in & k_bit3$2) | k_bit3$0;
            if (~lru_way[32'h0]) begin
                lru_out = lru_out | k_bit3$1;
            end
        end
        l_rd_addr = lk_vpn_4k[(32'h0)+:(7)];
        l_wr_addr = fl_set;
        l_we$0 = 1'b0;
        w_drop$0 = 1'b0;
        l_we$1 = 1'b0;
        w_drop$1 = 1'b0;
        l_we$2 = 1'b0;
        w_drop$2 = 1'b0;
        l_we$3 = 1'b0;
        w_drop$3 = 1'b0;
        l_lru_we = 1'b0;
        fl_pfn_lo = fill_pfn[(32'h0)+:(11)];
        fl_pfn_hi = fill_pfn[(32'hb)+:(29)];
        l_ta = (((fill_vpn_1g) & 32'hffffffff) << 32'hb) | ((fl_pfn_lo) & 32'hffffffff) | k_ta_valid;
        if (fl_big) begin
            l_ta = l_ta | k_ta_big;
        end
        if (fill_glob) begin
            l_ta = l_ta | k_ta_glob;
        end
        l_tb = (((fill_pcid) & 32'hffffffff) << 32'h14) | (((fill_vpn_2m) & 32'hffffffff) << 32'hb) | (((fill_vpn_4k) & 32'hffffffff) << 32'h2);
        if (fill_writable) begin
            l_tb = l_tb | k_tb$1;
        end
        if (fill_user) begin
            l_tb = l_tb | k_tb$0;
        end
        l_da = ((fl_pfn_hi) & 31'h7fffffff) << 32'h2;
        if (fill_xd) begin
            l_da = l_da | k_da$1;
        end
        if (fill_dirty) begin
            l_da = l_da | k_da$0;
        end
        l_db = fill_pkey;
        l_lru = lru_out;
        l_hit = 1'b0;
        l_miss = 1'b0;
        sp_ok$d = 1'b0;
        if (fl_go) begin
            l_we$0 = fl_way == k_way$0;
            l_we$1 = fl_way == k_way$1;
            l_we$2 = fl_way == k_way$2;
            l_we$3 = fl_way == k_way$3;
            l_lru_we = 1'b1;
        end
        case (state$q)
            L2State$Idle:
                begin
                    if (lk_start && ~abort) begin
                        state$d = L2State$Small;
                        fill_ok$d = 1'b1;
                    end
                    else begin
                        l_rd_addr = sp_vpn_4k[(32'h0)+:(7)];
                        sp_ok$d = sp_take && ~fl_go && ~abort;
                        sp_port$d = sp_data;
                    end
                end
            L2State$Small:
                begin
                end
            L2State$Big:
                begin
                    b_valid$d = valid_bits;
                    b_lru$d = lru_rd;
                    b_match$d = found && ~s_match$q;
                    b_way$d = way;
                    state$d = L2State$Idle;
                    if (usable && ~s_match$q) begin
                        l_hit = 1'b1;
                        l_lru_we = 1'b1;
                        l_wr_addr = rd_set$q;
                    end
                    else begin
                        l_miss = 1'b1;
                    end
                end
            L2State$Sweep:
                begin
                    l_rd_addr = sw_set$q;
                    l_wr_addr = rd_set$q;
                    sw_pend$d = sw_more$q;
                    if (sw_more$q) begin
                        if (sv_use_va$q) begin
                            sw_set$d = sw_second$q;
                            sw_step$d = 1'b1;
                            sw_more$d = ~sw_step$q;
                        end
                        else begin
                            sw_set$d = sw_set$q + 32'h1;
                            sw_more$d = ~&sw_set$q;
                        end
                    end
                    else begin
                        state$d = L2State$Idle;
                    end
                    if (sw_pend$q) begin
                        w_drop$0 = w_valid$0 && (sv_all$q || ((~sv_use_va$q || (eq_1g$0 && eq_2m$0 && (w_big$0 || eq_4k$0))) && (~sv_use_pcid$q || eq_pcid$0 || (sv_glob_wild$q && w_glob$0)) && ~(sv_keep_glob$q && w_glob$0)));
                        l_we$0 = w_drop$0 || sv_all$q;
                        w_drop$1 = w_valid$1 && (sv_all$q || ((~sv_use_va$q || (eq_1g$1 && eq_2m$1 && (w_big$1 || eq_4k$1))) && (~sv_use_pcid$q || eq_pcid$1 || (sv_glob_wild$q && w_glob$1)) && ~(sv_keep_glob$q && w_glob$1)));
                        l_we$1 = w_drop$1 || sv_all$q;
                        w_drop$2 = w_valid$2 && (sv_all$q || ((~sv_use_va$q || (eq_1g$2 && eq_2m$2 && (w_big$2 || eq_4k$2))) && (~sv_use_pcid$q || eq_pcid$2 || (sv_glob_wild$q && w_glob$2)) && ~(sv_keep_glob$q && w_glob$2)));
                        l_we$2 = w_drop$2 || sv_all$q;
                        w_drop$3 = w_valid$3 && (sv_all$q || ((~sv_use_va$q || (eq_1g$3 && eq_2m$3 && (w_big$3 || eq_4k$3))) && (~sv_use_pcid$q || eq_pcid$3 || (sv_glob_wild$q && w_glob$3)) && ~(sv_keep_glob$q && w_glob$3)));
                        l_we$3 = w_drop$3 || sv_all$q;
                        l_lru_we = sv_all$q;
                        l_ta = 32'h0;
                        l_tb = 32'h0;
                        l_da = 32'h0;
                        l_db = 32'h0;
                        l_lru = 32'h0;
                    end
                end
        endcase
        if (small_now) begin
            l_rd_addr = lk_vpn_2m[(32'h0)+:(7)];
            s_valid$d = valid_bits;
            s_lru$d = lru_rd;
            s_match$d = found;
            s_way$d = way;
            if (usable) begin
                l_hit = 1'b1;
                l_lru_we = 1'b1;
                l_wr_addr = rd_set$q;
                state$d = L2State$Idle;
            end
            else begin
                state$d = L2State$Big;
            end
        end
        if (abort) begin
            l_hit = 1'b0;
            l_miss = 1'b0;
            l_lru_we = 1'b0;
            fill_ok$d = 1'b0;
            state$d = L2State$Sweep;
            sw_pend$d = 1'b0;
            sw_more$d = 1'b1;
            sw_step$d = 1'b0;
            sw_set$d = 32'h0;
            sw_second$d = inv_vpn[(32'h9)+:(7)];
            if (state$q != L2State$Sweep) begin
                sv_all$d = 1'b0;
            end
            if (inv_flush || reset) begin
                sv_all$d = 1'b1;
            end
            sv_use_va$d = inv_use_va && ~inv_flush && ~reset;
            sv_use_pcid$d = inv_use_pcid;
            sv_glob_wild$d = inv_glob_wild;
            sv_keep_glob$d = inv_keep_glob;
            sv_vpn_1g$d = inv_vpn[(32'h12)+:(18)];
            sv_vpn_2m$d = inv_vpn[(32'h9)+:(9)];
            sv_vpn_4k$d = inv_vpn[(32'h0)+:(9)];
            sv_pcid$d = inv_pcid;
            if (inv_use_va && ~inv_flush && ~reset) begin
                sw_set$d = inv_vpn[(32'h0)+:(7)];
            end
            if (state$q == L2State$Sweep) begin
                sv_all$d = 1'b1;
                sv_use_va$d = 1'b0;
            end
        end
        rd_set$d = l_rd_addr;
        ta$0$read_address = l_rd_addr;
        tb$0$read_address = l_rd_addr;
        da$0$read_address = l_rd_addr;
        db$0$read_address = l_rd_addr;
        ta$0$write_address = l_wr_addr;
        tb$0$write_address = l_wr_addr;
        da$0$write_address = l_wr_addr;
        db$0$write_address = l_wr_addr;
        ta$0$write_data = l_ta;
        tb$0$write_data = l_tb;
        da$0$write_data = l_da;
        db$0$write_data = l_db;
        ta$0$write_enable = l_we$0;
        tb$0$write_enable = l_we$0;
        da$0$write_enable = l_we$0;
        db$0$write_enable = l_we$0;
        ta$1$read_address = l_rd_addr;
        tb$1$read_address = l_rd_addr;
        da$1$read_address = l_rd_addr;
        db$1$read_address = l_rd_addr;
        ta$1$write_address = l_wr_addr;
        tb$1$write_address = l_wr_addr;
        da$1$write_address = l_wr_addr;
        db$1$write_address = l_wr_addr;
        ta$1$write_data = l_ta;
        tb$1$write_data = l_tb;
        da$1$write_data = l_da;
        db$1$write_data = l_db;
        ta$1$write_enable = l_we$1;
        tb$1$write_enable = l_we$1;
        da$1$write_enable = l_we$1;
        db$1$write_enable = l_we$1;
        ta$2$read_address = l_rd_addr;
        tb$2$read_address = l_rd_addr;
        da$2$read_address = l_rd_addr;
        db$2$read_address = l_rd_addr;
        ta$2$write_address = l_wr_addr;
        tb$2$write_address = l_wr_addr;
        da$2$write_address = l_wr_addr;
        db$2$write_address = l_wr_addr;
        ta$2$write_data = l_ta;
        tb$2$write_data = l_tb;
        da$2$write_data = l_da;
        db$2$write_data = l_db;
        ta$2$write_enable = l_we$2;
        tb$2$write_enable = l_we$2;
        da$2$write_enable = l_we$2;
        db$2$write_enable = l_we$2;
        ta$3$read_address = l_rd_addr;
        tb$3$read_address = l_rd_addr;
        da$3$read_address = l_rd_addr;
        db$3$read_address = l_rd_addr;
        ta$3$write_address = l_wr_addr;
        tb$3$write_address = l_wr_addr;
        da$3$write_address = l_wr_addr;
        db$3$write_address = l_wr_addr;
        ta$3$write_data = l_ta;
        tb$3$write_data = l_tb;
        da$3$write_data = l_da;
        db$3$write_data = l_db;
        ta$3$write_enable = l_we$3;
        tb$3$write_enable = l_we$3;
        da$3$write_enable = l_we$3;
        db$3$write_enable = l_we$3;
        lru$read_address = l_rd_addr;
        lru$write_address = l_wr_addr;
        lru$write_data = l_lru;
        lru$write_enable = l_lru_we;
        missed$d = l_miss;
        l_busy = (state$q == L2State$Small) || (state$q == L2State$Big) || missed$q;
        l_busy_next = (state$d == L2State$Small) || (state$d == L2State$Big) || missed$d;
        busy = l_busy;
        busy_next = l_busy_next;
        flushing = state$q == L2State$Sweep;
        hit = l_hit;
        miss = missed$q;
        hit_size = l_hit_size;
        hit_pcid = l_hit_pcid;
        hit_glob = l_hit_glob;
        hit_pfn = (((l_hit_pfn_hi) & 40'hffffffffff) << 32'hb) | ((l_hit_pfn_lo) & 40'hffffffffff);
        hit_writable = l_hit_writable;
        hit_user = l_hit_user;
        hit_xd = l_hit_da[32'h1];
        hit_dirty = l_hit_da[32'h0];
        hit_pkey = l_hit_db;
    end
    
endmodule // mmu$l2


module mmu$l2$b_lru(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$b_lru


module mmu$l2$b_match(d,q,clock);
    
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
          
endmodule // mmu$l2$b_match


module mmu$l2$b_valid(d,q,clock);
    
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
          
endmodule // mmu$l2$b_valid


module mmu$l2$b_way(d,q,clock);
    
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
          
endmodule // mmu$l2$b_way


module mmu$l2$da$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [30:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [30:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[30:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$da$0


module mmu$l2$da$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [30:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [30:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[30:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$da$1


module mmu$l2$da$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [30:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [30:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[30:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$da$2


module mmu$l2$da$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [30:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [30:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[30:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$da$3


module mmu$l2$db$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$db$0


module mmu$l2$db$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$db$1


module mmu$l2$db$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$db$2


module mmu$l2$db$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$db$3


module mmu$l2$fill_ok(d,q,clock);
    
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
          
endmodule // mmu$l2$fill_ok


module mmu$l2$lru(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [2:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [2:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[2:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$lru


module mmu$l2$missed(d,q,clock);
    
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
          
endmodule // mmu$l2$missed


module mmu$l2$rd_set(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$rd_set


module mmu$l2$s_lru(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$s_lru


module mmu$l2$s_match(d,q,clock);
    
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
          
endmodule // mmu$l2$s_match


module mmu$l2$s_valid(d,q,clock);
    
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
          
endmodule // mmu$l2$s_valid


module mmu$l2$s_way(d,q,clock);
    
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
          
endmodule // mmu$l2$s_way


module mmu$l2$sp_ok(d,q,clock);
    
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
          
endmodule // mmu$l2$sp_ok


module mmu$l2$sp_port(d,q,clock);
    
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
          
endmodule // mmu$l2$sp_port


module mmu$l2$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam L2State$Idle = 0;
    localparam L2State$Small = 1;
    localparam L2State$Big = 2;
    localparam L2State$Sweep = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$state


module mmu$l2$sv_all(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_all


module mmu$l2$sv_glob_wild(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_glob_wild


module mmu$l2$sv_keep_glob(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_keep_glob


module mmu$l2$sv_pcid(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_pcid


module mmu$l2$sv_use_pcid(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_use_pcid


module mmu$l2$sv_use_va(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_use_va


module mmu$l2$sv_vpn_1g(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_vpn_1g


module mmu$l2$sv_vpn_2m(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_vpn_2m


module mmu$l2$sv_vpn_4k(d,q,clock);
    
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
          
endmodule // mmu$l2$sv_vpn_4k


module mmu$l2$sw_more(d,q,clock);
    
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
          
endmodule // mmu$l2$sw_more


module mmu$l2$sw_pend(d,q,clock);
    
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
          
endmodule // mmu$l2$sw_pend


module mmu$l2$sw_second(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$sw_second


module mmu$l2$sw_set(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$l2$sw_set


module mmu$l2$sw_step(d,q,clock);
    
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
          
endmodule // mmu$l2$sw_step


module mmu$l2$ta$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$ta$0


module mmu$l2$ta$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$ta$1


module mmu$l2$ta$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$ta$2


module mmu$l2$ta$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$ta$3


module mmu$l2$tb$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$tb$0


module mmu$l2$tb$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$tb$1


module mmu$l2$tb$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$tb$2


module mmu$l2$tb$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // mmu$l2$tb$3


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
    
    // Enums
    localparam AccessKind$Read = 0;
    localparam AccessKind$Write = 1;
    localparam AccessKind$Fetch = 2;
    
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
        is_write = kind == AccessKind$Write;
        is_fetch = kind == AccessKind$Fetch;
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


module mmu$pwc(clock,reset,lk_en,lk_vpn_1g,lk_vpn_2m,lk_pcid,hit,hit_level,hit_base,hit_user,hit_writable,hit_xd,fill_en,fill_level,fill_vpn_1g,fill_vpn_2m,fill_pcid,fill_base,fill_user,fill_writable,fill_xd,inv_en,inv_use_pcid,inv_pcid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  lk_en;
    input wire  [17:0] lk_vpn_1g;
    input wire  [8:0] lk_vpn_2m;
    input wire  [11:0] lk_pcid;
    output reg  hit;
    output reg  [1:0] hit_level;
    output reg  [39:0] hit_base;
    output reg  hit_user;
    output reg  hit_writable;
    output reg  hit_xd;
    input wire  fill_en;
    input wire  [1:0] fill_level;
    input wire  [17:0] fill_vpn_1g;
    input wire  [8:0] fill_vpn_2m;
    input wire  [11:0] fill_pcid;
    input wire  [39:0] fill_base;
    input wire  fill_user;
    input wire  fill_writable;
    input wire  fill_xd;
    input wire  inv_en;
    input wire  inv_use_pcid;
    input wire  [11:0] inv_pcid;
    
    // Constant declarations
    localparam  k_enabled$0 = 1'b1;
    localparam  k_enabled$1 = 1'b1;
    localparam  k_enabled$2 = 1'b1;
    localparam  k_enabled$3 = 1'b1;
    localparam  k_enabled$4 = 1'b0;
    localparam  k_enabled$5 = 1'b0;
    localparam  k_enabled$6 = 1'b0;
    localparam  k_enabled$7 = 1'b0;
    localparam  k_index$0 = 3'b0;
    localparam  k_index$1 = 3'b1;
    localparam  k_index$2 = 3'b10;
    localparam  k_index$3 = 3'b11;
    localparam  k_index$4 = 3'b100;
    localparam  k_index$5 = 3'b101;
    localparam  k_index$6 = 3'b110;
    localparam  k_index$7 = 3'b111;
    localparam  k_wrap = 3'b11;
    localparam  base_mask_hi = 22'h3ff;
    localparam  base_mask_lo = 18'b111111111111111111;
    
    // Stub signals
    reg  e_valid$clock;
    reg  e_valid$d$0;
    reg  e_valid$d$1;
    reg  e_valid$d$2;
    reg  e_valid$d$3;
    reg  e_valid$d$4;
    reg  e_valid$d$5;
    reg  e_valid$d$6;
    reg  e_valid$d$7;
    wire  e_valid$q$0;
    wire  e_valid$q$1;
    wire  e_valid$q$2;
    wire  e_valid$q$3;
    wire  e_valid$q$4;
    wire  e_valid$q$5;
    wire  e_valid$q$6;
    wire  e_valid$q$7;
    reg  e_level$clock;
    reg  [1:0] e_level$d$0;
    reg  [1:0] e_level$d$1;
    reg  [1:0] e_level$d$2;
    reg  [1:0] e_level$d$3;
    reg  [1:0] e_level$d$4;
    reg  [1:0] e_level$d$5;
    reg  [1:0] e_level$d$6;
    reg  [1:0] e_level$d$7;
    wire  [1:0] e_level$q$0;
    wire  [1:0] e_level$q$1;
    wire  [1:0] e_level$q$2;
    wire  [1:0] e_level$q$3;
    wire  [1:0] e_level$q$4;
    wire  [1:0] e_level$q$5;
    wire  [1:0] e_level$q$6;
    wire  [1:0] e_level$q$7;
    reg  e_vpn_1g$clock;
    reg  [17:0] e_vpn_1g$d$0;
    reg  [17:0] e_vpn_1g$d$1;
    reg  [17:0] e_vpn_1g$d$2;
    reg  [17:0] e_vpn_1g$d$3;
    reg  [17:0] e_vpn_1g$d$4;
    reg  [17:0] e_vpn_1g$d$5;
    reg  [17:0] e_vpn_1g$d$6;
    reg  [17:0] e_vpn_1g$d$7;
    wire  [17:0] e_vpn_1g$q$0;
    wire  [17:0] e_vpn_1g$q$1;
    wire  [17:0] e_vpn_1g$q$2;
    wire  [17:0] e_vpn_1g$q$3;
    wire  [17:0] e_vpn_1g$q$4;
    wire  [17:0] e_vpn_1g$q$5;
    wire  [17:0] e_vpn_1g$q$6;
    wire  [17:0] e_vpn_1g$q$7;
    reg  e_vpn_2m$clock;
    reg  [8:0] e_vpn_2m$d$0;
    reg  [8:0] e_vpn_2m$d$1;
    reg  [8:0] e_vpn_2m$d$2;
    reg  [8:0] e_vpn_2m$d$3;
    reg  [8:0] e_vpn_2m$d$4;
    reg  [8:0] e_vpn_2m$d$5;
    reg  [8:0] e_vpn_2m$d$6;
    reg  [8:0] e_vpn_2m$d$7;
    wire  [8:0] e_vpn_2m$q$0;
    wire  [8:0] e_vpn_2m$q$1;
    wire  [8:0] e_vpn_2m$q$2;
    wire  [8:0] e_vpn_2m$q$3;
    wire  [8:0] e_vpn_2m$q$4;
    wire  [8:0] e_vpn_2m$q$5;
    wire  [8:0] e_vpn_2m$q$6;
    wire  [8:0] e_vpn_2m$q$7;
    reg  e_pcid$clock;
    reg  [11:0] e_pcid$d$0;
    reg  [11:0] e_pcid$d$1;
    reg  [11:0] e_pcid$d$2;
    reg  [11:0] e_pcid$d$3;
    reg  [11:0] e_pcid$d$4;
    reg  [11:0] e_pcid$d$5;
    reg  [11:0] e_pcid$d$6;
    reg  [11:0] e_pcid$d$7;
    wire  [11:0] e_pcid$q$0;
    wire  [11:0] e_pcid$q$1;
    wire  [11:0] e_pcid$q$2;
    wire  [11:0] e_pcid$q$3;
    wire  [11:0] e_pcid$q$4;
    wire  [11:0] e_pcid$q$5;
    wire  [11:0] e_pcid$q$6;
    wire  [11:0] e_pcid$q$7;
    reg  e_base_hi$clock;
    reg  [21:0] e_base_hi$d$0;
    reg  [21:0] e_base_hi$d$1;
    reg  [21:0] e_base_hi$d$2;
    reg  [21:0] e_base_hi$d$3;
    reg  [21:0] e_base_hi$d$4;
    reg  [21:0] e_base_hi$d$5;
    reg  [21:0] e_base_hi$d$6;
    reg  [21:0] e_base_hi$d$7;
    wire  [21:0] e_base_hi$q$0;
    wire  [21:0] e_base_hi$q$1;
    wire  [21:0] e_base_hi$q$2;
    wire  [21:0] e_base_hi$q$3;
    wire  [21:0] e_base_hi$q$4;
    wire  [21:0] e_base_hi$q$5;
    wire  [21:0] e_base_hi$q$6;
    wire  [21:0] e_base_hi$q$7;
    reg  e_base_lo$clock;
    reg  [17:0] e_base_lo$d$0;
    reg  [17:0] e_base_lo$d$1;
    reg  [17:0] e_base_lo$d$2;
    reg  [17:0] e_base_lo$d$3;
    reg  [17:0] e_base_lo$d$4;
    reg  [17:0] e_base_lo$d$5;
    reg  [17:0] e_base_lo$d$6;
    reg  [17:0] e_base_lo$d$7;
    wire  [17:0] e_base_lo$q$0;
    wire  [17:0] e_base_lo$q$1;
    wire  [17:0] e_base_lo$q$2;
    wire  [17:0] e_base_lo$q$3;
    wire  [17:0] e_base_lo$q$4;
    wire  [17:0] e_base_lo$q$5;
    wire  [17:0] e_base_lo$q$6;
    wire  [17:0] e_base_lo$q$7;
    reg  e_user$clock;
    reg  e_user$d$0;
    reg  e_user$d$1;
    reg  e_user$d$2;
    reg  e_user$d$3;
    reg  e_user$d$4;
    reg  e_user$d$5;
    reg  e_user$d$6;
    reg  e_user$d$7;
    wire  e_user$q$0;
    wire  e_user$q$1;
    wire  e_user$q$2;
    wire  e_user$q$3;
    wire  e_user$q$4;
    wire  e_user$q$5;
    wire  e_user$q$6;
    wire  e_user$q$7;
    reg  e_writable$clock;
    reg  e_writable$d$0;
    reg  e_writable$d$1;
    reg  e_writable$d$2;
    reg  e_writable$d$3;
    reg  e_writable$d$4;
    reg  e_writable$d$5;
    reg  e_writable$d$6;
    reg  e_writable$d$7;
    wire  e_writable$q$0;
    wire  e_writable$q$1;
    wire  e_writable$q$2;
    wire  e_writable$q$3;
    wire  e_writable$q$4;
    wire  e_writable$q$5;
    wire  e_writable$q$6;
    wire  e_writable$q$7;
    reg  e_xd$clock;
    reg  e_xd$d$0;
    reg  e_xd$d$1;
    reg  e_xd$d$2;
    reg  e_xd$d$3;
    reg  e_xd$d$4;
    reg  e_xd$d$5;
    reg  e_xd$d$6;
    reg  e_xd$d$7;
    wire  e_xd$q$0;
    wire  e_xd$q$1;
    wire  e_xd$q$2;
    wire  e_xd$q$3;
    wire  e_xd$q$4;
    wire  e_xd$q$5;
    wire  e_xd$q$6;
    wire  e_xd$q$7;
    reg  [2:0] victim$d;
    wire  [2:0] victim$q;
    reg  victim$clock;
    
    // Local signals
    reg  lk_match$0;
    reg  lk_match$1;
    reg  lk_match$2;
    reg  lk_match$3;
    reg  lk_match$4;
    reg  lk_match$5;
    reg  lk_match$6;
    reg  lk_match$7;
    reg  lk_sel$0;
    reg  lk_sel$1;
    reg  lk_sel$2;
    reg  lk_sel$3;
    reg  lk_sel$4;
    reg  lk_sel$5;
    reg  lk_sel$6;
    reg  lk_sel$7;
    reg  fl_slot$0;
    reg  fl_slot$1;
    reg  fl_slot$2;
    reg  fl_slot$3;
    reg  fl_slot$4;
    reg  fl_slot$5;
    reg  fl_slot$6;
    reg  fl_slot$7;
    reg  hit_l1;
    reg  hit_l2;
    reg  fl_found;
    reg  [2:0] victim_next;
    reg  l_hit;
    reg  [1:0] l_hit_level;
    reg  [21:0] l_base_hi;
    reg  [17:0] l_base_lo;
    reg  l_hit_user;
    reg  l_hit_writable;
    reg  l_hit_xd;
    
    // Sub module instances
    mmu$pwc$e_valid e_valid(
        .clock(e_valid$clock),
        .d$0(e_valid$d$0),
        .d$1(e_valid$d$1),
        .d$2(e_valid$d$2),
        .d$3(e_valid$d$3),
        .d$4(e_valid$d$4),
        .d$5(e_valid$d$5),
        .d$6(e_valid$d$6),
        .d$7(e_valid$d$7),
        .q$0(e_valid$q$0),
        .q$1(e_valid$q$1),
        .q$2(e_valid$q$2),
        .q$3(e_valid$q$3),
        .q$4(e_valid$q$4),
        .q$5(e_valid$q$5),
        .q$6(e_valid$q$6),
        .q$7(e_valid$q$7)
    );
    mmu$pwc$e_level e_level(
        .clock(e_level$clock),
        .d$0(e_level$d$0),
        .d$1(e_level$d$1),
        .d$2(e_level$d$2),
        .d$3(e_level$d$3),
        .d$4(e_level$d$4),
        .d$5(e_level$d$5),
        .d$6(e_level$d$6),
        .d$7(e_level$d$7),
        .q$0(e_level$q$0),
        .q$1(e_level$q$1),
        .q$2(e_level$q$2),
        .q$3(e_level$q$3),
        .q$4(e_level$q$4),
        .q$5(e_level$q$5),
        .q$6(e_level$q$6),
        .q$7(e_level$q$7)
    );
    mmu$pwc$e_vpn_1g e_vpn_1g(
        .clock(e_vpn_1g$clock),
        .d$0(e_vpn_1g$d$0),
        .d$1(e_vpn_1g$d$1),
        .d$2(e_vpn_1g$d$2),
        .d$3(e_vpn_1g$d$3),
        .d$4(e_vpn_1g$d$4),
        .d$5(e_vpn_1g$d$5),
        .d$6(e_vpn_1g$d$6),
        .d$7(e_vpn_1g$d$7),
        .q$0(e_vpn_1g$q$0),
        .q$1(e_vpn_1g$q$1),
        .q$2(e_vpn_1g$q$2),
        .q$3(e_vpn_1g$q$3),
        .q$4(e_vpn_1g$q$4),
        .q$5(e_vpn_1g$q$5),
        .q$6(e_vpn_1g$q$6),
        .q$7(e_vpn_1g$q$7)
    );
    mmu$pwc$e_vpn_2m e_vpn_2m(
        .clock(e_vpn_2m$clock),
        .d$0(e_vpn_2m$d$0),
        .d$1(e_vpn_2m$d$1),
        .d$2(e_vpn_2m$d$2),
        .d$3(e_vpn_2m$d$3),
        .d$4(e_vpn_2m$d$4),
        .d$5(e_vpn_2m$d$5),
        .d$6(e_vpn_2m$d$6),
        .d$7(e_vpn_2m$d$7),
        .q$0(e_vpn_2m$q$0),
        .q$1(e_vpn_2m$q$1),
        .q$2(e_vpn_2m$q$2),
        .q$3(e_vpn_2m$q$3),
        .q$4(e_vpn_2m$q$4),
        .q$5(e_vpn_2m$q$5),
        .q$6(e_vpn_2m$q$6),
        .q$7(e_vpn_2m$q$7)
    );
    mmu$pwc$e_pcid e_pcid(
        .clock(e_pcid$clock),
        .d$0(e_pcid$d$0),
        .d$1(e_pcid$d$1),
        .d$2(e_pcid$d$2),
        .d$3(e_pcid$d$3),
        .d$4(e_pcid$d$4),
        .d$5(e_pcid$d$5),
        .d$6(e_pcid$d$6),
        .d$7(e_pcid$d$7),
        .q$0(e_pcid$q$0),
        .q$1(e_pcid$q$1),
        .q$2(e_pcid$q$2),
        .q$3(e_pcid$q$3),
        .q$4(e_pcid$q$4),
        .q$5(e_pcid$q$5),
        .q$6(e_pcid$q$6),
        .q$7(e_pcid$q$7)
    );
    mmu$pwc$e_base_hi e_base_hi(
        .clock(e_base_hi$clock),
        .d$0(e_base_hi$d$0),
        .d$1(e_base_hi$d$1),
        .d$2(e_base_hi$d$2),
        .d$3(e_base_hi$d$3),
        .d$4(e_base_hi$d$4),
        .d$5(e_base_hi$d$5),
        .d$6(e_base_hi$d$6),
        .d$7(e_base_hi$d$7),
        .q$0(e_base_hi$q$0),
        .q$1(e_base_hi$q$1),
        .q$2(e_base_hi$q$2),
        .q$3(e_base_hi$q$3),
        .q$4(e_base_hi$q$4),
        .q$5(e_base_hi$q$5),
        .q$6(e_base_hi$q$6),
        .q$7(e_base_hi$q$7)
    );
    mmu$pwc$e_base_lo e_base_lo(
        .clock(e_base_lo$clock),
        .d$0(e_base_lo$d$0),
        .d$1(e_base_lo$d$1),
        .d$2(e_base_lo$d$2),
        .d$3(e_base_lo$d$3),
        .d$4(e_base_lo$d$4),
        .d$5(e_base_lo$d$5),
        .d$6(e_base_lo$d$6),
        .d$7(e_base_lo$d$7),
        .q$0(e_base_lo$q$0),
        .q$1(e_base_lo$q$1),
        .q$2(e_base_lo$q$2),
        .q$3(e_base_lo$q$3),
        .q$4(e_base_lo$q$4),
        .q$5(e_base_lo$q$5),
        .q$6(e_base_lo$q$6),
        .q$7(e_base_lo$q$7)
    );
    mmu$pwc$e_user e_user(
        .clock(e_user$clock),
        .d$0(e_user$d$0),
        .d$1(e_user$d$1),
        .d$2(e_user$d$2),
        .d$3(e_user$d$3),
        .d$4(e_user$d$4),
        .d$5(e_user$d$5),
        .d$6(e_user$d$6),
        .d$7(e_user$d$7),
        .q$0(e_user$q$0),
        .q$1(e_user$q$1),
        .q$2(e_user$q$2),
        .q$3(e_user$q$3),
        .q$4(e_user$q$4),
        .q$5(e_user$q$5),
        .q$6(e_user$q$6),
        .q$7(e_user$q$7)
    );
    mmu$pwc$e_writable e_writable(
        .clock(e_writable$clock),
        .d$0(e_writable$d$0),
        .d$1(e_writable$d$1),
        .d$2(e_writable$d$2),
        .d$3(e_writable$d$3),
        .d$4(e_writable$d$4),
        .d$5(e_writable$d$5),
        .d$6(e_writable$d$6),
        .d$7(e_writable$d$7),
        .q$0(e_writable$q$0),
        .q$1(e_writable$q$1),
        .q$2(e_writable$q$2),
        .q$3(e_writable$q$3),
        .q$4(e_writable$q$4),
        .q$5(e_writable$q$5),
        .q$6(e_writable$q$6),
        .q$7(e_writable$q$7)
    );
    mmu$pwc$e_xd e_xd(
        .clock(e_xd$clock),
        .d$0(e_xd$d$0),
        .d$1(e_xd$d$1),
        .d$2(e_xd$d$2),
        .d$3(e_xd$d$3),
        .d$4(e_xd$d$4),
        .d$5(e_xd$d$5),
        .d$6(e_xd$d$6),
        .d$7(e_xd$d$7),
        .q$0(e_xd$q$0),
        .q$1(e_xd$q$1),
        .q$2(e_xd$q$2),
        .q$3(e_xd$q$3),
        .q$4(e_xd$q$4),
        .q$5(e_xd$q$5),
        .q$6(e_xd$q$6),
        .q$7(e_xd$q$7)
    );
    mmu$pwc$victim victim(
        .d(victim$d),
        .q(victim$q),
        .clock(victim$clock)
    );
    
    // Update code
    always @(*) begin
        e_valid$clock = clock;
        e_level$clock = clock;
        e_vpn_1g$clock = clock;
        e_vpn_2m$clock = clock;
        e_pcid$clock = clock;
        e_base_hi$clock = clock;
        e_base_lo$clock = clock;
        e_user$clock = clock;
        e_writable$clock = clock;
        e_xd$clock = clock;
        victim$clock = clock;
        victim$d = victim$q;
        e_valid$d$0 = e_valid$q$0;
        e_level$d$0 = e_level$q$0;
        e_vpn_1g$d$0 = e_vpn_1g$q$0;
        e_vpn_2m$d$0 = e_vpn_2m$q$0;
        e_pcid$d$0 = e_pcid$q$0;
        e_base_hi$d$0 = e_base_hi$q$0;
        e_base_lo$d$0 = e_base_lo$q$0;
        e_user$d$0 = e_user$q$0;
        e_writable$d$0 = e_writable$q$0;
        e_xd$d$0 = e_xd$q$0;
        e_valid$d$1 = e_valid$q$1;
        e_level$d$1 = e_level$q$1;
        e_vpn_1g$d$1 = e_vpn_1g$q$1;
        e_vpn_2m$d$1 = e_vpn_2m$q$1;
        e_pcid$d$1 = e_pcid$q$1;
        e_base_hi$d$1 = e_base_hi$q$1;
        e_base_lo$d$1 = e_base_lo$q$1;
        e_user$d$1 = e_user$q$1;
        e_writable$d$1 = e_writable$q$1;
        e_xd$d$1 = e_xd$q$1;
        e_valid$d$2 = e_valid$q$2;
        e_level$d$2 = e_level$q$2;
        e_vpn_1g$d$2 = e_vpn_1g$q$2;
        e_vpn_2m$d$2 = e_vpn_2m$q$2;
        e_pcid$d$2 = e_pcid$q$2;
        e_base_hi$d$2 = e_base_hi$q$2;
        e_base_lo$d$2 = e_base_lo$q$2;
        e_user$d$2 = e_user$q$2;
        e_writable$d$2 = e_writable$q$2;
        e_xd$d$2 = e_xd$q$2;
        e_valid$d$3 = e_valid$q$3;
        e_level$d$3 = e_level$q$3;
        e_vpn_1g$d$3 = e_vpn_1g$q$3;
        e_vpn_2m$d$3 = e_vpn_2m$q$3;
        e_pcid$d$3 = e_pcid$q$3;
        e_base_hi$d$3 = e_base_hi$q$3;
        e_base_lo$d$3 = e_base_lo$q$3;
        e_user$d$3 = e_user$q$3;
        e_writable$d$3 = e_writable$q$3;
        e_xd$d$3 = e_xd$q$3;
        e_valid$d$4 = e_valid$q$4;
        e_level$d$4 = e_level$q$4;
        e_vpn_1g$d$4 = e_vpn_1g$q$4;
        e_vpn_2m$d$4 = e_vpn_2m$q$4;
        e_pcid$d$4 = e_pcid$q$4;
        e_base_hi$d$4 = e_base_hi$q$4;
        e_base_lo$d$4 = e_base_lo$q$4;
        e_user$d$4 = e_user$q$4;
        e_writable$d$4 = e_writable$q$4;
        e_xd$d$4 = e_xd$q$4;
        e_valid$d$5 = e_valid$q$5;
        e_level$d$5 = e_level$q$5;
        e_vpn_1g$d$5 = e_vpn_1g$q$5;
        e_vpn_2m$d$5 = e_vpn_2m$q$5;
        e_pcid$d$5 = e_pcid$q$5;
        e_base_hi$d$5 = e_base_hi$q$5;
        e_base_lo$d$5 = e_base_lo$q$5;
        e_user$d$5 = e_user$q$5;
        e_writable$d$5 = e_writable$q$5;
        e_xd$d$5 = e_xd$q$5;
        e_valid$d$6 = e_valid$q$6;
        e_level$d$6 = e_level$q$6;
        e_vpn_1g$d$6 = e_vpn_1g$q$6;
        e_vpn_2m$d$6 = e_vpn_2m$q$6;
        e_pcid$d$6 = e_pcid$q$6;
        e_base_hi$d$6 = e_base_hi$q$6;
        e_base_lo$d$6 = e_base_lo$q$6;
        e_user$d$6 = e_user$q$6;
        e_writable$d$6 = e_writable$q$6;
        e_xd$d$6 = e_xd$q$6;
        e_valid$d$7 = e_valid$q$7;
        e_level$d$7 = e_level$q$7;
        e_vpn_1g$d$7 = e_vpn_1g$q$7;
        e_vpn_2m$d$7 = e_vpn_2m$q$7;
        e_pcid$d$7 = e_pcid$q$7;
        e_base_hi$d$7 = e_base_hi$q$7;
        e_base_lo$d$7 = e_base_lo$q$7;
        e_user$d$7 = e_user$q$7;
        e_writable$d$7 = e_writable$q$7;
        e_xd$d$7 = e_xd$q$7;
        hit_l1 = 1'b0;
        hit_l2 = 1'b0;
        lk_match$0 = 1'b0;
        lk_match$1 = 1'b0;
        lk_match$2 = 1'b0;
        lk_match$3 = 1'b0;
        lk_match$4 = 1'b0;
        lk_match$5 = 1'b0;
        lk_match$6 = 1'b0;
        lk_match$7 = 1'b0;
        if (lk_en) begin
            lk_match$0 = e_valid$q$0 && (e_pcid$q$0 == lk_pcid) && (e_vpn_1g$q$0[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$0 == 32'h3) || (e_vpn_1g$q$0[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$0 != 32'h1) || (e_vpn_2m$q$0 == lk_vpn_2m));
            if (lk_match$0 && (e_level$q$0 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$0 && (e_level$q$0 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$1 = e_valid$q$1 && (e_pcid$q$1 == lk_pcid) && (e_vpn_1g$q$1[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$1 == 32'h3) || (e_vpn_1g$q$1[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$1 != 32'h1) || (e_vpn_2m$q$1 == lk_vpn_2m));
            if (lk_match$1 && (e_level$q$1 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$1 && (e_level$q$1 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$2 = e_valid$q$2 && (e_pcid$q$2 == lk_pcid) && (e_vpn_1g$q$2[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$2 == 32'h3) || (e_vpn_1g$q$2[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$2 != 32'h1) || (e_vpn_2m$q$2 == lk_vpn_2m));
            if (lk_match$2 && (e_level$q$2 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$2 && (e_level$q$2 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$3 = e_valid$q$3 && (e_pcid$q$3 == lk_pcid) && (e_vpn_1g$q$3[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$3 == 32'h3) || (e_vpn_1g$q$3[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$3 != 32'h1) || (e_vpn_2m$q$3 == lk_vpn_2m));
            if (lk_match$3 && (e_level$q$3 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$3 && (e_level$q$3 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$4 = e_valid$q$4 && (e_pcid$q$4 == lk_pcid) && (e_vpn_1g$q$4[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$4 == 32'h3) || (e_vpn_1g$q$4[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$4 != 32'h1) || (e_vpn_2m$q$4 == lk_vpn_2m));
            if (lk_match$4 && (e_level$q$4 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$4 && (e_level$q$4 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$5 = e_valid$q$5 && (e_pcid$q$5 == lk_pcid) && (e_vpn_1g$q$5[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$5 == 32'h3) || (e_vpn_1g$q$5[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$5 != 32'h1) || (e_vpn_2m$q$5 == lk_vpn_2m));
            if (lk_match$5 && (e_level$q$5 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$5 && (e_level$q$5 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$6 = e_valid$q$6 && (e_pcid$q$6 == lk_pcid) && (e_vpn_1g$q$6[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$6 == 32'h3) || (e_vpn_1g$q$6[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$6 != 32'h1) || (e_vpn_2m$q$6 == lk_vpn_2m));
            if (lk_match$6 && (e_level$q$6 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$6 && (e_level$q$6 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
            lk_match$7 = e_valid$q$7 && (e_pcid$q$7 == lk_pcid) && (e_vpn_1g$q$7[(32'h9)+:(9)] == lk_vpn_1g[(32'h9)+:(9)]) && ((e_level$q$7 == 32'h3) || (e_vpn_1g$q$7[(32'h0)+:(9)] == lk_vpn_1g[(32'h0)+:(9)])) && ((e_level$q$7 != 32'h1) || (e_vpn_2m$q$7 == lk_vpn_2m));
            if (lk_match$7 && (e_level$q$7 == 32'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match$7 && (e_level$q$7 == 32'h2)) begin
                hit_l2 = 1'b1;
            end
        end
        l_hit = 1'b0;
        l_hit_level = 32'h0;
        l_base_hi = 32'h0;
        l_base_lo = 32'h0;
        l_hit_user = 1'b0;
        l_hit_writable = 1'b0;
        l_hit_xd = 1'b0;
        lk_sel$0 = lk_match$0 && ((e_level$q$0 == 32'h1) || ((e_level$q$0 == 32'h2) && ~hit_l1) || ((e_level$q$0 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$0) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$0;
            l_base_hi = l_base_hi | e_base_hi$q$0;
            l_base_lo = l_base_lo | e_base_lo$q$0;
            l_hit_user = l_hit_user || e_user$q$0;
            l_hit_writable = l_hit_writable || e_writable$q$0;
            l_hit_xd = l_hit_xd || e_xd$q$0;
        end
        lk_sel$1 = lk_match$1 && ((e_level$q$1 == 32'h1) || ((e_level$q$1 == 32'h2) && ~hit_l1) || ((e_level$q$1 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$1) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$1;
            l_base_hi = l_base_hi | e_base_hi$q$1;
            l_base_lo = l_base_lo | e_base_lo$q$1;
            l_hit_user = l_hit_user || e_user$q$1;
            l_hit_writable = l_hit_writable || e_writable$q$1;
            l_hit_xd = l_hit_xd || e_xd$q$1;
        end
        lk_sel$2 = lk_match$2 && ((e_level$q$2 == 32'h1) || ((e_level$q$2 == 32'h2) && ~hit_l1) || ((e_level$q$2 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$2) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$2;
            l_base_hi = l_base_hi | e_base_hi$q$2;
            l_base_lo = l_base_lo | e_base_lo$q$2;
            l_hit_user = l_hit_user || e_user$q$2;
            l_hit_writable = l_hit_writable || e_writable$q$2;
            l_hit_xd = l_hit_xd || e_xd$q$2;
        end
        lk_sel$3 = lk_match$3 && ((e_level$q$3 == 32'h1) || ((e_level$q$3 == 32'h2) && ~hit_l1) || ((e_level$q$3 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$3) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$3;
            l_base_hi = l_base_hi | e_base_hi$q$3;
            l_base_lo = l_base_lo | e_base_lo$q$3;
            l_hit_user = l_hit_user || e_user$q$3;
            l_hit_writable = l_hit_writable || e_writable$q$3;
            l_hit_xd = l_hit_xd || e_xd$q$3;
        end
        lk_sel$4 = lk_match$4 && ((e_level$q$4 == 32'h1) || ((e_level$q$4 == 32'h2) && ~hit_l1) || ((e_level$q$4 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$4) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$4;
            l_base_hi = l_base_hi | e_base_hi$q$4;
            l_base_lo = l_base_lo | e_base_lo$q$4;
            l_hit_user = l_hit_user || e_user$q$4;
            l_hit_writable = l_hit_writable || e_writable$q$4;
            l_hit_xd = l_hit_xd || e_xd$q$4;
        end
        lk_sel$5 = lk_match$5 && ((e_level$q$5 == 32'h1) || ((e_level$q$5 == 32'h2) && ~hit_l1) || ((e_level$q$5 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$5) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$5;
            l_base_hi = l_base_hi | e_base_hi$q$5;
            l_base_lo = l_base_lo | e_base_lo$q$5;
            l_hit_user = l_hit_user || e_user$q$5;
            l_hit_writable = l_hit_writable || e_writable$q$5;
            l_hit_xd = l_hit_xd || e_xd$q$5;
        end
        lk_sel$6 = lk_match$6 && ((e_level$q$6 == 32'h1) || ((e_level$q$6 == 32'h2) && ~hit_l1) || ((e_level$q$6 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$6) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$6;
            l_base_hi = l_base_hi | e_base_hi$q$6;
            l_base_lo = l_base_lo | e_base_lo$q$6;
            l_hit_user = l_hit_user || e_user$q$6;
            l_hit_writable = l_hit_writable || e_writable$q$6;
            l_hit_xd = l_hit_xd || e_xd$q$6;
        end
        lk_sel$7 = lk_match$7 && ((e_level$q$7 == 32'h1) || ((e_level$q$7 == 32'h2) && ~hit_l1) || ((e_level$q$7 == 32'h3) && ~hit_l1 && ~hit_l2));
        if (lk_sel$7) begin
            l_hit = 1'b1;
            l_hit_level = l_hit_level | e_level$q$7;
            l_base_hi = l_base_hi | e_base_hi$q$7;
            l_base_lo = l_base_lo | e_base_lo$q$7;
            l_hit_user = l_hit_user || e_user$q$7;
            l_hit_writable = l_hit_writable || e_writable$q$7;
            l_hit_xd = l_hit_xd || e_xd$q$7;
        end
        fl_found = 1'b0;
        fl_slot$0 = 1'b0;
        if (k_enabled$0 && ~e_valid$q$0 && ~fl_found) begin
            fl_slot$0 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$1 = 1'b0;
        if (k_enabled$1 && ~e_valid$q$1 && ~fl_found) begin
            fl_slot$1 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$2 = 1'b0;
        if (k_enabled$2 && ~e_valid$q$2 && ~fl_found) begin
            fl_slot$2 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$3 = 1'b0;
        if (k_enabled$3 && ~e_valid$q$3 && ~fl_found) begin
            fl_slot$3 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$4 = 1'b0;
        if (k_enabled$4 && ~e_valid$q$4 && ~fl_found) begin
            fl_slot$4 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$5 = 1'b0;
        if (k_enabled$5 && ~e_valid$q$5 && ~fl_found) begin
            fl_slot$5 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$6 = 1'b0;
        if (k_enabled$6 && ~e_valid$q$6 && ~fl_found) begin
            fl_slot$6 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot$7 = 1'b0;
        if (k_enabled$7 && ~e_valid$q$7 && ~fl_found) begin
            fl_slot$7 = 1'b1;
            fl_found = 1'b1;
        end
        if (~fl_found) begin
            fl_slot$0 = k_enabled$0 && (victim$q == k_index$0);
            fl_slot$1 = k_enabled$1 && (victim$q == k_index$1);
            fl_slot$2 = k_enabled$2 && (victim$q == k_index$2);
            fl_slot$3 = k_enabled$3 && (victim$q == k_index$3);
            fl_slot$4 = k_enabled$4 && (victim$q == k_index$4);
            fl_slot$5 = k_enabled$5 && (victim$q == k_index$5);
            fl_slot$6 = k_enabled$6 && (victim$q == k_index$6);
            fl_slot$7 = k_enabled$7 && (victim$q == k_index$7);
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$0 == inv_pcid))) begin
            e_valid$d$0 = 1'b0;
        end
        if (fill_en && fl_slot$0) begin
            e_valid$d$0 = 1'b1;
            e_level$d$0 = fill_level;
            e_vpn_1g$d$0 = fill_vpn_1g;
            e_vpn_2m$d$0 = fill_vpn_2m;
            e_pcid$d$0 = fill_pcid;
            e_base_hi$d$0 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$0 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$0 = fill_user;
            e_writable$d$0 = fill_writable;
            e_xd$d$0 = fill_xd;
        end
        if (reset || ~k_enabled$0) begin
            e_valid$d$0 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$1 == inv_pcid))) begin
            e_valid$d$1 = 1'b0;
        end
        if (fill_en && fl_slot$1) begin
            e_valid$d$1 = 1'b1;
            e_level$d$1 = fill_level;
            e_vpn_1g$d$1 = fill_vpn_1g;
            e_vpn_2m$d$1 = fill_vpn_2m;
            e_pcid$d$1 = fill_pcid;
            e_base_hi$d$1 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$1 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$1 = fill_user;
            e_writable$d$1 = fill_writable;
            e_xd$d$1 = fill_xd;
        end
        if (reset || ~k_enabled$1) begin
            e_valid$d$1 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$2 == inv_pcid))) begin
            e_valid$d$2 = 1'b0;
        end
        if (fill_en && fl_slot$2) begin
            e_valid$d$2 = 1'b1;
            e_level$d$2 = fill_level;
            e_vpn_1g$d$2 = fill_vpn_1g;
            e_vpn_2m$d$2 = fill_vpn_2m;
            e_pcid$d$2 = fill_pcid;
            e_base_hi$d$2 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$2 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$2 = fill_user;
            e_writable$d$2 = fill_writable;
            e_xd$d$2 = fill_xd;
        end
        if (reset || ~k_enabled$2) begin
            e_valid$d$2 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$3 == inv_pcid))) begin
            e_valid$d$3 = 1'b0;
        end
        if (fill_en && fl_slot$3) begin
            e_valid$d$3 = 1'b1;
            e_level$d$3 = fill_level;
            e_vpn_1g$d$3 = fill_vpn_1g;
            e_vpn_2m$d$3 = fill_vpn_2m;
            e_pcid$d$3 = fill_pcid;
            e_base_hi$d$3 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$3 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$3 = fill_user;
            e_writable$d$3 = fill_writable;
            e_xd$d$3 = fill_xd;
        end
        if (reset || ~k_enabled$3) begin
            e_valid$d$3 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$4 == inv_pcid))) begin
            e_valid$d$4 = 1'b0;
        end
        if (fill_en && fl_slot$4) begin
            e_valid$d$4 = 1'b1;
            e_level$d$4 = fill_level;
            e_vpn_1g$d$4 = fill_vpn_1g;
            e_vpn_2m$d$4 = fill_vpn_2m;
            e_pcid$d$4 = fill_pcid;
            e_base_hi$d$4 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$4 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$4 = fill_user;
            e_writable$d$4 = fill_writable;
            e_xd$d$4 = fill_xd;
        end
        if (reset || ~k_enabled$4) begin
            e_valid$d$4 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$5 == inv_pcid))) begin
            e_valid$d$5 = 1'b0;
        end
        if (fill_en && fl_slot$5) begin
            e_valid$d$5 = 1'b1;
            e_level$d$5 = fill_level;
            e_vpn_1g$d$5 = fill_vpn_1g;
            e_vpn_2m$d$5 = fill_vpn_2m;
            e_pcid$d$5 = fill_pcid;
            e_base_hi$d$5 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$5 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$5 = fill_user;
            e_writable$d$5 = fill_writable;
            e_xd$d$5 = fill_xd;
        end
        if (reset || ~k_enabled$5) begin
            e_valid$d$5 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$6 == inv_pcid))) begin
            e_valid$d$6 = 1'b0;
        end
        if (fill_en && fl_slot$6) begin
            e_valid$d$6 = 1'b1;
            e_level$d$6 = fill_level;
            e_vpn_1g$d$6 = fill_vpn_1g;
            e_vpn_2m$d$6 = fill_vpn_2m;
            e_pcid$d$6 = fill_pcid;
            e_base_hi$d$6 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$6 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$6 = fill_user;
            e_writable$d$6 = fill_writable;
            e_xd$d$6 = fill_xd;
        end
        if (reset || ~k_enabled$6) begin
            e_valid$d$6 = 1'b0;
        end
        if (inv_en && (~inv_use_pcid || (e_pcid$q$7 == inv_pcid))) begin
            e_valid$d$7 = 1'b0;
        end
        if (fill_en && fl_slot$7) begin
            e_valid$d$7 = 1'b1;
            e_level$d$7 = fill_level;
            e_vpn_1g$d$7 = fill_vpn_1g;
            e_vpn_2m$d$7 = fill_vpn_2m;
            e_pcid$d$7 = fill_pcid;
            e_base_hi$d$7 = fill_base[(32'h12)+:(22)] & base_mask_hi;
            e_base_lo$d$7 = fill_base[(32'h0)+:(18)] & base_mask_lo;
            e_user$d$7 = fill_user;
            e_writable$d$7 = fill_writable;
            e_xd$d$7 = fill_xd;
        end
        if (reset || ~k_enabled$7) begin
            e_valid$d$7 = 1'b0;
        end
        victim_next = victim$q + 32'h1;
        if (fill_en && ~fl_found) begin
            victim$d = victim_next & k_wrap;
        end
        if (reset) begin
            victim$d = 32'h0;
        end
        hit = l_hit;
        hit_level = l_hit_level;
        hit_base = (((l_base_hi) & 40'hffffffffff) << 32'h12) | ((l_base_lo) & 40'hffffffffff);
        hit_user = l_hit_user;
        hit_writable = l_hit_writable;
        hit_xd = l_hit_xd;
    end
    
endmodule // mmu$pwc


module mmu$pwc$e_base_hi(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [21:0] d$0;
    input wire  [21:0] d$1;
    input wire  [21:0] d$2;
    input wire  [21:0] d$3;
    input wire  [21:0] d$4;
    input wire  [21:0] d$5;
    input wire  [21:0] d$6;
    input wire  [21:0] d$7;
    output reg  [21:0] q$0;
    output reg  [21:0] q$1;
    output reg  [21:0] q$2;
    output reg  [21:0] q$3;
    output reg  [21:0] q$4;
    output reg  [21:0] q$5;
    output reg  [21:0] q$6;
    output reg  [21:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 22'h0;
       q$1 = 22'h0;
       q$2 = 22'h0;
       q$3 = 22'h0;
       q$4 = 22'h0;
       q$5 = 22'h0;
       q$6 = 22'h0;
       q$7 = 22'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_base_hi


module mmu$pwc$e_base_lo(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_base_lo


module mmu$pwc$e_level(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [1:0] d$0;
    input wire  [1:0] d$1;
    input wire  [1:0] d$2;
    input wire  [1:0] d$3;
    input wire  [1:0] d$4;
    input wire  [1:0] d$5;
    input wire  [1:0] d$6;
    input wire  [1:0] d$7;
    output reg  [1:0] q$0;
    output reg  [1:0] q$1;
    output reg  [1:0] q$2;
    output reg  [1:0] q$3;
    output reg  [1:0] q$4;
    output reg  [1:0] q$5;
    output reg  [1:0] q$6;
    output reg  [1:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 2'h0;
       q$1 = 2'h0;
       q$2 = 2'h0;
       q$3 = 2'h0;
       q$4 = 2'h0;
       q$5 = 2'h0;
       q$6 = 2'h0;
       q$7 = 2'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_level


module mmu$pwc$e_pcid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] d$0;
    input wire  [11:0] d$1;
    input wire  [11:0] d$2;
    input wire  [11:0] d$3;
    input wire  [11:0] d$4;
    input wire  [11:0] d$5;
    input wire  [11:0] d$6;
    input wire  [11:0] d$7;
    output reg  [11:0] q$0;
    output reg  [11:0] q$1;
    output reg  [11:0] q$2;
    output reg  [11:0] q$3;
    output reg  [11:0] q$4;
    output reg  [11:0] q$5;
    output reg  [11:0] q$6;
    output reg  [11:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 12'h0;
       q$1 = 12'h0;
       q$2 = 12'h0;
       q$3 = 12'h0;
       q$4 = 12'h0;
       q$5 = 12'h0;
       q$6 = 12'h0;
       q$7 = 12'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_pcid


module mmu$pwc$e_user(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_user


module mmu$pwc$e_valid(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_valid


module mmu$pwc$e_vpn_1g(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [17:0] d$0;
    input wire  [17:0] d$1;
    input wire  [17:0] d$2;
    input wire  [17:0] d$3;
    input wire  [17:0] d$4;
    input wire  [17:0] d$5;
    input wire  [17:0] d$6;
    input wire  [17:0] d$7;
    output reg  [17:0] q$0;
    output reg  [17:0] q$1;
    output reg  [17:0] q$2;
    output reg  [17:0] q$3;
    output reg  [17:0] q$4;
    output reg  [17:0] q$5;
    output reg  [17:0] q$6;
    output reg  [17:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 18'h0;
       q$1 = 18'h0;
       q$2 = 18'h0;
       q$3 = 18'h0;
       q$4 = 18'h0;
       q$5 = 18'h0;
       q$6 = 18'h0;
       q$7 = 18'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_vpn_1g


module mmu$pwc$e_vpn_2m(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] d$0;
    input wire  [8:0] d$1;
    input wire  [8:0] d$2;
    input wire  [8:0] d$3;
    input wire  [8:0] d$4;
    input wire  [8:0] d$5;
    input wire  [8:0] d$6;
    input wire  [8:0] d$7;
    output reg  [8:0] q$0;
    output reg  [8:0] q$1;
    output reg  [8:0] q$2;
    output reg  [8:0] q$3;
    output reg  [8:0] q$4;
    output reg  [8:0] q$5;
    output reg  [8:0] q$6;
    output reg  [8:0] q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 9'h0;
       q$1 = 9'h0;
       q$2 = 9'h0;
       q$3 = 9'h0;
       q$4 = 9'h0;
       q$5 = 9'h0;
       q$6 = 9'h0;
       q$7 = 9'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_vpn_2m


module mmu$pwc$e_writable(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_writable


module mmu$pwc$e_xd(clock,d$0,d$1,d$2,d$3,d$4,d$5,d$6,d$7,q$0,q$1,q$2,q$3,q$4,q$5,q$6,q$7);
    
    // Module arguments
    input wire  clock;
    input wire  d$0;
    input wire  d$1;
    input wire  d$2;
    input wire  d$3;
    input wire  d$4;
    input wire  d$5;
    input wire  d$6;
    input wire  d$7;
    output reg  q$0;
    output reg  q$1;
    output reg  q$2;
    output reg  q$3;
    output reg  q$4;
    output reg  q$5;
    output reg  q$6;
    output reg  q$7;
    
    // Update code (custom)
    initial begin
       q$0 = 1'h0;
       q$1 = 1'h0;
       q$2 = 1'h0;
       q$3 = 1'h0;
       q$4 = 1'h0;
       q$5 = 1'h0;
       q$6 = 1'h0;
       q$7 = 1'h0;
    end
    
    always @(posedge clock) begin
       q$0 <= d$0;
       q$1 <= d$1;
       q$2 <= d$2;
       q$3 <= d$3;
       q$4 <= d$4;
       q$5 <= d$5;
       q$6 <= d$6;
       q$7 <= d$7;
    end
endmodule // mmu$pwc$e_xd


module mmu$pwc$victim(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mmu$pwc$victim


module mmu$w_data(d,q,clock);
    
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
          
endmodule // mmu$w_data


module mmu$walker(clock,reset,start,pml4_base,vpn_1g,vpn_2m,vpn_4k,is_write,pcid,cr4_pge,efer_nxe,inv_en,inv_use_va,inv_use_pcid,inv_glob_wild,inv_keep_glob,inv_vpn,inv_pcid,rights_user,rights_writable,rights_xd,rights_pkey,perm_allow,perm_code,pwc_hit,pwc_level,pwc_base,pwc_user,pwc_writable,pwc_xd,pwc_fill_en,pwc_fill_level,pwc_fill_base,pwc_fill_user,pwc_fill_writable,pwc_fill_xd,mem_req_valid,mem_req_ready,mem_req_addr,mem_req_we,mem_req_wdata,mem_req_expect,mem_rsp_valid,mem_rsp_data,mem_rsp_err,mem_rsp_stale,rewalk,busy,done,fault,error_code,pfn,size,bus_error,err_addr,fill_en,fill_vpn_1g,fill_vpn_2m,fill_vpn_4k,fill_size,fill_pcid,fill_glob,fill_pfn,fill_writable,fill_user,fill_xd,fill_dirty,fill_pkey,kill);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [39:0] pml4_base;
    input wire  [17:0] vpn_1g;
    input wire  [8:0] vpn_2m;
    input wire  [8:0] vpn_4k;
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
    input wire  pwc_hit;
    input wire  [1:0] pwc_level;
    input wire  [39:0] pwc_base;
    input wire  pwc_user;
    input wire  pwc_writable;
    input wire  pwc_xd;
    output reg  pwc_fill_en;
    output reg  [1:0] pwc_fill_level;
    output reg  [39:0] pwc_fill_base;
    output reg  pwc_fill_user;
    output reg  pwc_fill_writable;
    output reg  pwc_fill_xd;
    output reg  mem_req_valid;
    input wire  mem_req_ready;
    output reg  [51:0] mem_req_addr;
    output reg  mem_req_we;
    output reg  [63:0] mem_req_wdata;
    output reg  [63:0] mem_req_expect;
    input wire  mem_rsp_valid;
    input wire  [63:0] mem_rsp_data;
    input wire  mem_rsp_err;
    input wire  mem_rsp_stale;
    output reg  rewalk;
    output reg  busy;
    output reg  done;
    output reg  fault;
    output reg  [5:0] error_code;
    output reg  [39:0] pfn;
    output reg  [1:0] size;
    output reg  bus_error;
    output reg  [51:0] err_addr;
    output reg  fill_en;
    output reg  [17:0] fill_vpn_1g;
    output reg  [8:0] fill_vpn_2m;
    output reg  [8:0] fill_vpn_4k;
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
    localparam  wb_keep = 64'hfff000ffffffffff;
    localparam  pfn_mask = 40'hfffffff;
    localparam  pfn_1g = 40'hffc0000;
    localparam  pfn_2m = 40'hffffe00;
    localparam  bit_a = 64'h20;
    localparam  bit_ad = 64'h60;
    localparam  code_wui = 6'b10110;
    localparam  code_p_rsvd = 6'b1001;
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    localparam WalkState$Idle = 0;
    localparam WalkState$ReadEntry = 1;
    localparam WalkState$CheckEntry = 2;
    localparam WalkState$PermCheck = 3;
    localparam WalkState$WriteBack = 4;
    localparam WalkState$AckWrite = 5;
    localparam WalkState$Done = 6;
    localparam WalkState$Fault = 7;
    localparam WalkState$Rewalk = 8;
    
    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
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
    reg  wb_sent$0$d;
    wire  wb_sent$0$q;
    reg  wb_sent$0$clock;
    reg  wb_sent$1$d;
    wire  wb_sent$1$q;
    reg  wb_sent$1$clock;
    reg  wb_sent$2$d;
    wire  wb_sent$2$q;
    reg  wb_sent$2$clock;
    reg  wb_sent$3$d;
    wire  wb_sent$3$q;
    reg  wb_sent$3$clock;
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
    reg  pf_valid$d;
    wire  pf_valid$q;
    reg  pf_valid$clock;
    reg  [1:0] pf_level$d;
    wire  [1:0] pf_level$q;
    reg  pf_level$clock;
    reg  [39:0] pf_base$d;
    wire  [39:0] pf_base$q;
    reg  pf_base$clock;
    reg  pf_user$d;
    wire  pf_user$q;
    reg  pf_user$clock;
    reg  pf_writable$d;
    wire  pf_writable$q;
    reg  pf_writable$clock;
    reg  pf_xd$d;
    wire  pf_xd$q;
    reg  pf_xd$clock;
    reg  pwc_dead$d;
    wire  pwc_dead$q;
    reg  pwc_dead$clock;
    reg  berr$d;
    wire  berr$q;
    reg  berr$clock;
    reg  [1:0] berr_lvl$d;
    wire  [1:0] berr_lvl$q;
    reg  berr_lvl$clock;
    reg  stale$d;
    wire  stale$q;
    reg  stale$clock;
    
    // Local signals
    reg  pwc_kill;
    reg  launch;
    reg  [1:0] leaf_lvl;
    reg  active;
    reg  known;
    reg  cached_rsvd;
    reg  [51:0] cur_addr;
    reg  l_pwc_fill_en;
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
    reg  wb_rest;
    reg  [1:0] wb_next;
    reg  sent_any;
    reg  sent_more;
    reg  [1:0] sent_top;
    reg  offer_write;
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
    reg  [63:0] l_mem_req_expect;
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
    mmu$walker$wb_sent$0 wb_sent$0(
        .d(wb_sent$0$d),
        .q(wb_sent$0$q),
        .clock(wb_sent$0$clock)
    );
    mmu$walker$wb_sent$1 wb_sent$1(
        .d(wb_sent$1$d),
        .q(wb_sent$1$q),
        .clock(wb_sent$1$clock)
    );
    mmu$walker$wb_sent$2 wb_sent$2(
        .d(wb_sent$2$d),
        .q(wb_sent$2$q),
        .clock(wb_sent$2$clock)
    );
    mmu$walker$wb_sent$3 wb_sent$3(
        .d(wb_sent$3$d),
        .q(wb_sent$3$q),
        .clock(wb_sent$3$clock)
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
    mmu$walker$pf_valid pf_valid(
        .d(pf_valid$d),
        .q(pf_valid$q),
        .clock(pf_valid$clock)
    );
    mmu$walker$pf_level pf_level(
        .d(pf_level$d),
        .q(pf_level$q),
        .clock(pf_level$clock)
    );
    mmu$walker$pf_base pf_base(
        .d(pf_base$d),
        .q(pf_base$q),
        .clock(pf_base$clock)
    );
    mmu$walker$pf_user pf_user(
        .d(pf_user$d),
        .q(pf_user$q),
        .clock(pf_user$clock)
    );
    mmu$walker$pf_writable pf_writable(
        .d(pf_writable$d),
        .q(pf_writable$q),
        .clock(pf_writable$clock)
    );
    mmu$walker$pf_xd pf_xd(
        .d(pf_xd$d),
        .q(pf_xd$q),
        .clock(pf_xd$clock)
    );
    mmu$walker$pwc_dead pwc_dead(
        .d(pwc_dead$d),
        .q(pwc_dead$q),
        .clock(pwc_dead$clock)
    );
    mmu$walker$berr berr(
        .d(berr$d),
        .q(berr$q),
        .clock(berr$clock)
    );
    mmu$walker$berr_lvl berr_lvl(
        .d(berr_lvl$d),
        .q(berr_lvl$q),
        .clock(berr_lvl$clock)
    );
    mmu$walker$stale stale(
        .d(stale$d),
        .q(stale$q),
        .clock(stale$clock)
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
        pf_valid$clock = clock;
        pf_level$clock = clock;
        pf_base$clock = clock;
        pf_user$clock = clock;
        pf_writable$clock = clock;
        pf_xd$clock = clock;
        pwc_dead$clock = clock;
        berr$clock = clock;
        berr_lvl$clock = clock;
        stale$clock = clock;
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
        pf_valid$d = pf_valid$q;
        pf_level$d = pf_level$q;
        pf_base$d = pf_base$q;
        pf_user$d = pf_user$q;
        pf_writable$d = pf_writable$q;
        pf_xd$d = pf_xd$q;
        pwc_dead$d = pwc_dead$q;
        berr$d = berr$q;
        berr_lvl$d = berr_lvl$q;
        stale$d = stale$q;
        wb_need$0$clock = clock;
        wb_sent$0$clock = clock;
        wb_addr$0$clock = clock;
        wb_data$0$clock = clock;
        wb_need$0$d = wb_need$0$q;
        wb_sent$0$d = wb_sent$0$q;
        wb_addr$0$d = wb_addr$0$q;
        wb_data$0$d = wb_data$0$q;
        wb_need$1$clock = clock;
        wb_sent$1$clock = clock;
        wb_addr$1$clock = clock;
        wb_data$1$clock = clock;
        wb_need$1$d = wb_need$1$q;
        wb_sent$1$d = wb_sent$1$q;
        wb_addr$1$d = wb_addr$1$q;
        wb_data$1$d = wb_data$1$q;
        wb_need$2$clock = clock;
        wb_sent$2$clock = clock;
        wb_addr$2$clock = clock;
        wb_data$2$clock = clock;
        wb_need$2$d = wb_need$2$q;
        wb_sent$2$d = wb_sent$2$q;
        wb_addr$2$d = wb_addr$2$q;
        wb_data$2$d = wb_data$2$q;
        wb_need$3$clock = clock;
        wb_sent$3$clock = clock;
        wb_addr$3$clock = clock;
        wb_data$3$clock = clock;
        wb_need$3$d = wb_need$3$q;
        wb_sent$3$d = wb_sent$3$q;
        wb_addr$3$d = wb_addr$3$q;
        wb_data$3$d = wb_data$3$q;
        busy = state$q != WalkState$Idle;
        l_done = 1'b0;
        l_fault = 1'b0;
        error_code = code$q;
        pfn = leaf_pfn$q;
        size = leaf_size$q;
        bus_error = berr$q;
        rights_user = acc_user$q;
        rights_writable = acc_writable$q;
        rights_xd = acc_xd$q;
        rights_pkey = leaf_pkey$q;
        l_mem_req_valid = 1'b0;
        l_mem_req_we = 1'b0;
        l_mem_req_addr = 32'h0;
        l_mem_req_wdata = 32'h0;
        l_mem_req_expect = 32'h0;
        l_fill_en = 1'b0;
        fill_vpn_1g = vpn_1g;
        fill_vpn_2m = vpn_2m;
        fill_vpn_4k = vpn_4k;
        fill_size = leaf_size$q;
        fill_pcid = pcid;
        fill_glob = leaf_glob$q;
        fill_pfn = leaf_pfn$q;
        fill_writable = acc_writable$q;
        fill_user = acc_user$q;
        fill_xd = acc_xd$q;
        fill_dirty = leaf_dirty$q;
        fill_pkey = leaf_pkey$q;
        l_pwc_fill_en = 1'b0;
        pwc_fill_level = pf_level$q;
        pwc_fill_base = pf_base$q;
        pwc_fill_user = pf_user$q;
        pwc_fill_writable = pf_writable$q;
        pwc_fill_xd = pf_xd$q;
        cached_rsvd = pwc_xd && ~efer_nxe;
        idx = vpn_4k;
        if (level$q == 32'h3) begin
            idx = vpn_1g[(32'h9)+:(9)];
        end
        if (level$q == 32'h2) begin
            idx = vpn_1g[(32'h0)+:(9)];
        end
        if (level$q == 32'h1) begin
            idx = vpn_2m;
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
        leaf_lvl = 32'h0;
        if (leaf_size$q == PageSize$Size2M) begin
            leaf_lvl = 32'h1;
        end
        if (leaf_size$q == PageSize$Size1G) begin
            leaf_lvl = 32'h2;
        end
        wb_any = 1'b0;
        wb_top = 32'h0;
        wb_rest = 1'b0;
        wb_next = 32'h0;
        sent_any = 1'b0;
        sent_more = 1'b0;
        sent_top = 32'h0;
        if (wb_need$0$q) begin
            wb_any = 1'b1;
            wb_top = k_level$0;
            if (level$q != k_level$0) begin
                wb_rest = 1'b1;
                wb_next = k_level$0;
            end
        end
        if (wb_sent$0$q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
            sent_top = k_level$0;
        end
        if (wb_need$1$q) begin
            wb_any = 1'b1;
            wb_top = k_level$1;
            if (level$q != k_level$1) begin
                wb_rest = 1'b1;
                wb_next = k_level$1;
            end
        end
        if (wb_sent$1$q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
            sent_top = k_level$1;
        end
        if (wb_need$2$q) begin
            wb_any = 1'b1;
            wb_top = k_level$2;
            if (level$q != k_level$2) begin
                wb_rest = 1'b1;
                wb_next = k_level$2;
            end
        end
        if (wb_sent$2$q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
            sent_top = k_level$2;
        end
        if (wb_need$3$q) begin
            wb_any = 1'b1;
            wb_top = k_level$3;
            if (level$q != k_level$3) begin
                wb_rest = 1'b1;
                wb_next = k_level$3;
            end
        end
        if (wb_sent$3$q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
            sent_top = k_level$3;
        end
        active = busy || start;
        known = leaf_known$q && busy;
        k_va = ~inv_use_va || ~known || ((vpn_1g == inv_vpn[(32'h12)+:(18)]) && ((leaf_size$q == PageSize$Size1G) || (vpn_2m == inv_vpn[(32'h9)+:(9)])) && ((leaf_size$q != PageSize$Size4K) || (vpn_4k == inv_vpn[(32'h0)+:(9)])));
        k_pcid = ~inv_use_pcid || (pcid == inv_pcid) || (inv_glob_wild && (~known || leaf_glob$q));
        k_keep = inv_keep_glob && known && leaf_glob$q;
        kill = inv_en && active && k_va && k_pcid && ~k_keep;
        if (kill) begin
            dead$d = 1'b1;
        end
        pwc_kill = inv_en && active && (~inv_use_pcid || (pcid == inv_pcid));
        if (pwc_kill) begin
            pwc_dead$d = 1'b1;
        end
        cur_addr = 32'h0;
        if (level$q == 0) begin
            cur_addr = wb_addr$0$q;
        end
        if (level$q == 1) begin
            cur_addr = wb_addr$1$q;
        end
        if (level$q == 2) begin
            cur_addr = wb_addr$2$q;
        end
        if (level$q == 3) begin
            cur_addr = wb_addr$3$q;
        end
        can_issue = ~outstanding$q && ~sent_any && ~reset;
        offer_write = (state$q == WalkState$WriteBack) || ((state$q == WalkState$PermCheck) && perm_allow && wb_any);
        if (offer_write) begin
            l_mem_req_valid = ~reset;
            l_mem_req_we = 1'b1;
            l_mem_req_addr = cur_addr;
            if (level$q == 0) begin
                l_mem_req_expect = wb_data$0$q;
            end
            if (level$q == 1) begin
                l_mem_req_expect = wb_data$1$q;
            end
            if (level$q == 2) begin
                l_mem_req_expect = wb_data$2$q;
            end
            if (level$q == 3) begin
                l_mem_req_expect = wb_data$3$q;
            end
            l_mem_req_wdata = l_mem_req_expect | bit_a;
            if (is_write && (level$q == leaf_lvl)) begin
                l_mem_req_wdata = l_mem_req_expect | bit_ad;
            end
        end
        if (mem_rsp_valid && sent_any) begin
            if (sent_top == 0) begin
                wb_sent$0$d = 1'b0;
            end
            if (sent_top == 1) begin
                wb_sent$1$d = 1'b0;
            end
            if (sent_top == 2) begin
                wb_sent$2$d = 1'b0;
            end
            if (sent_top == 3) begin
                wb_sent$3$d = 1'b0;
            end
            if (mem_rsp_err && ~berr$q) begin
                berr$d = 1'b1;
                berr_lvl$d = sent_top;
            end
            if (mem_rsp_stale) begin
                stale$d = 1'b1;
            end
        end
        launch = ((state$q == WalkState$Idle) && start) || (state$q == WalkState$Rewalk);
        if (launch) begin
            base$d = pml4_base;
            level$d = 32'h3;
            acc_user$d = 1'b1;
            acc_writable$d = 1'b1;
            acc_xd$d = 1'b0;
            if (pwc_hit) begin
                base$d = pwc_base;
                level$d = pwc_level - 32'h1;
                acc_user$d = pwc_user;
                acc_writable$d = pwc_writable;
                acc_xd$d = pwc_xd;
            end
            leaf_known$d = 1'b0;
            dead$d = kill || (dead$q && (state$q == WalkState$Rewalk));
            pwc_dead$d = pwc_kill || (pwc_dead$q && (state$q == WalkState$Rewalk));
            pf_valid$d = 1'b0;
            berr$d = 1'b0;
            stale$d = 1'b0;
            wb_need$0$d = 1'b0;
            wb_need$1$d = 1'b0;
            wb_need$2$d = 1'b0;
            wb_need$3$d = 1'b0;
            state$d = WalkState$ReadEntry;
            if (pwc_hit && cached_rsvd) begin
                code$d = (perm_code & code_wui) | code_p_rsvd;
                state$d = WalkState$Fault;
            end
        end
        case (state$q)
            WalkState$Idle:
                begin
                end
            WalkState$Rewalk:
                begin
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
                        if (mem_rsp_err) begin
                            berr$d = 1'b1;
                            state$d = WalkState$Fault;
                        end
                        else if (~e_present) begin
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
                                wb_data$0$d = mem_rsp_data & wb_keep;
                                wb_need$0$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 1) begin
                                wb_data$1$d = mem_rsp_data & wb_keep;
                                wb_need$1$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 2) begin
                                wb_data$2$d = mem_rsp_data & wb_keep;
                                wb_need$2$d = e_wb_val != mem_rsp_data;
                            end
                            if (level$q == 3) begin
                                wb_data$3$d = mem_rsp_data & wb_keep;
                                wb_need$3$d = e_wb_val != mem_rsp_data;
                            end
                            if (e_leaf) begin
                                leaf_size$d = PageSize$Size4K;
                                if (level$q == 32'h2) begin
                                    leaf_size$d = PageSize$Size1G;
                                end
                                if (level$q == 32'h1) begin
                                    leaf_size$d = PageSize$Size2M;
                                end
                                leaf_pfn$d = e_leaf_pfn;
                                leaf_glob$d = mem_rsp_data[32'h8] && cr4_pge;
                                leaf_dirty$d = mem_rsp_data[32'h6] || is_write;
                                leaf_pkey$d = mem_rsp_data[(32'h3b)+:(4)];
                                leaf_known$d = 1'b1;
                                state$d = WalkState$PermCheck;
                                if (wb_any) begin
                                    level$d = wb_top;
                                end
                            end
                            else begin
                                base$d = e_next_base;
                                level$d = level$q - 32'h1;
                                state$d = WalkState$ReadEntry;
                                pf_valid$d = 1'b1;
                                pf_level$d = level$q;
                                pf_base$d = e_next_base;
                                pf_user$d = acc_user$q && mem_rsp_data[32'h2];
                                pf_writable$d = acc_writable$q && mem_rsp_data[32'h1];
                                pf_xd$d = acc_xd$q || mem_rsp_data[32'h3f];
                            end
                        end
                    end
                end
            WalkState$PermCheck:
                begin
                    if (perm_allow) begin
                        if (wb_any) begin
                            state$d = WalkState$WriteBack;
                            if (mem_req_ready && ~wb_rest) begin
                                state$d = WalkState$AckWrite;
                            end
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
                    if (mem_req_ready && ~wb_rest) begin
                        state$d = WalkState$AckWrite;
                    end
                end
            WalkState$AckWrite:
                begin
                    if (mem_rsp_valid && ~sent_more) begin
                        state$d = WalkState$Done;
                        if (stale$q || mem_rsp_stale) begin
                            state$d = WalkState$Rewalk;
                        end
                        if (berr$q || mem_rsp_err) begin
                            state$d = WalkState$Fault;
                            level$d = sent_top;
                            if (berr$q) begin
                                level$d = berr_lvl$q;
                            end
                        end
                    end
                end
            WalkState$Done:
                begin
                    l_done = 1'b1;
                    l_fill_en = ~dead$q && ~kill;
                    l_pwc_fill_en = pf_valid$q && ~pwc_dead$q && ~pwc_kill;
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
            stale$d = 1'b0;
            l_done = 1'b0;
            l_fault = 1'b0;
            l_fill_en = 1'b0;
            l_pwc_fill_en = 1'b0;
            wb_need$0$d = 1'b0;
            wb_sent$0$d = 1'b0;
            wb_need$1$d = 1'b0;
            wb_sent$1$d = 1'b0;
            wb_need$2$d = 1'b0;
            wb_sent$2$d = 1'b0;
            wb_need$3$d = 1'b0;
            wb_sent$3$d = 1'b0;
        end
        if (mem_rsp_valid && ~sent_any) begin
            outstanding$d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level$q == 0) begin
                    wb_need$0$d = 1'b0;
                    wb_sent$0$d = 1'b1;
                end
                if (level$q == 1) begin
                    wb_need$1$d = 1'b0;
                    wb_sent$1$d = 1'b1;
                end
                if (level$q == 2) begin
                    wb_need$2$d = 1'b0;
                    wb_sent$2$d = 1'b1;
                end
                if (level$q == 3) begin
                    wb_need$3$d = 1'b0;
                    wb_sent$3$d = 1'b1;
                end
                level$d = wb_next;
            end
            else begin
                outstanding$d = 1'b1;
            end
        end
        if (reset) begin
            outstanding$d = 1'b0;
        end
        done = l_done;
        fault = l_fault;
        err_addr = cur_addr;
        mem_req_valid = l_mem_req_valid;
        mem_req_we = l_mem_req_we;
        mem_req_addr = l_mem_req_addr;
        mem_req_wdata = l_mem_req_wdata;
        mem_req_expect = l_mem_req_expect;
        rewalk = state$q == WalkState$Rewalk;
        fill_en = l_fill_en;
        pwc_fill_en = l_pwc_fill_en;
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


module mmu$walker$berr(d,q,clock);
    
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
          
endmodule // mmu$walker$berr


module mmu$walker$berr_lvl(d,q,clock);
    
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
          
endmodule // mmu$walker$berr_lvl


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
    
    // Enums
    localparam PageSize$Size4K = 0;
    localparam PageSize$Size2M = 1;
    localparam PageSize$Size1G = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
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


module mmu$walker$pf_base(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_base


module mmu$walker$pf_level(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_level


module mmu$walker$pf_user(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_user


module mmu$walker$pf_valid(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_valid


module mmu$walker$pf_writable(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_writable


module mmu$walker$pf_xd(d,q,clock);
    
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
          
endmodule // mmu$walker$pf_xd


module mmu$walker$pwc_dead(d,q,clock);
    
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
          
endmodule // mmu$walker$pwc_dead


module mmu$walker$stale(d,q,clock);
    
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
          
endmodule // mmu$walker$stale


module mmu$walker$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
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
    localparam WalkState$Rewalk = 8;
    
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


module mmu$walker$wb_sent$0(d,q,clock);
    
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
          
endmodule // mmu$walker$wb_sent$0


module mmu$walker$wb_sent$1(d,q,clock);
    
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
          
endmodule // mmu$walker$wb_sent$1


module mmu$walker$wb_sent$2(d,q,clock);
    
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
          
endmodule // mmu$walker$wb_sent$2


module mmu$walker$wb_sent$3(d,q,clock);
    
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
          
endmodule // mmu$walker$wb_sent$3
