// mmu_axi4: x86-64 memory-management unit (IA-32e 4-level paging) with its page walks on an AXI4 master, exported from mmu-rtl.
// Generated file: do not edit; regenerate with `mmu-rtl export --bus axi4`.
// Configuration: tlb_entries=16 itlb_entries=8 paddr_bits=40 pwc_entries=4 l2_sets=128 l2_ways=4
// Ports: those of `mmu` (README.md) without mem_*, and m_axi_ar*, m_axi_r*, m_axi_aw*, m_axi_w*, m_axi_b* (the bus, see hdl/src/axi4.rs).

// MmuAxi4: the MMU (Mmu) with its walker's memory port carried over AXI4 by an Axi4Bridge.
module mmu_axi4(clock, reset, fetch_req_valid, fetch_req_ready, fetch_req_va, fetch_req_user, fetch_rsp_valid, fetch_rsp_outcome, fetch_rsp_pa, fetch_rsp_error_code, fetch_rsp_tlb_hit, fetch_rsp_l2_hit, data_req_valid, data_req_ready, data_req_va, data_req_write, data_req_user, data_rsp_valid, data_rsp_outcome, data_rsp_pa, data_rsp_error_code, data_rsp_tlb_hit, data_rsp_l2_hit, cr0_wp, cr3, cr4_pge, cr4_pcide, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, cmd_valid, cmd_ready, cmd_op, cmd_va, cmd_pcid, cmd_noflush, m_axi_arid, m_axi_araddr, m_axi_arlen, m_axi_arsize, m_axi_arburst, m_axi_arlock, m_axi_arcache, m_axi_arprot, m_axi_arvalid, m_axi_arready, m_axi_rid, m_axi_rdata, m_axi_rresp, m_axi_rlast, m_axi_rvalid, m_axi_rready, m_axi_awid, m_axi_awaddr, m_axi_awlen, m_axi_awsize, m_axi_awburst, m_axi_awlock, m_axi_awcache, m_axi_awprot, m_axi_awvalid, m_axi_awready, m_axi_wdata, m_axi_wstrb, m_axi_wlast, m_axi_wvalid, m_axi_wready, m_axi_bid, m_axi_bresp, m_axi_bvalid, m_axi_bready);
    input wire clock;
    input wire reset;
    input wire fetch_req_valid;
    output reg fetch_req_ready;
    input wire [63:0] fetch_req_va;
    input wire fetch_req_user;
    output reg fetch_rsp_valid;
    output reg [1:0] fetch_rsp_outcome;
    output reg [51:0] fetch_rsp_pa;
    output reg [5:0] fetch_rsp_error_code;
    output reg fetch_rsp_tlb_hit;
    output reg fetch_rsp_l2_hit;
    input wire data_req_valid;
    output reg data_req_ready;
    input wire [63:0] data_req_va;
    input wire data_req_write;
    input wire data_req_user;
    output reg data_rsp_valid;
    output reg [1:0] data_rsp_outcome;
    output reg [51:0] data_rsp_pa;
    output reg [5:0] data_rsp_error_code;
    output reg data_rsp_tlb_hit;
    output reg data_rsp_l2_hit;
    input wire cr0_wp;
    input wire [63:0] cr3;
    input wire cr4_pge;
    input wire cr4_pcide;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    input wire cmd_valid;
    output reg cmd_ready;
    input wire [2:0] cmd_op;
    input wire [63:0] cmd_va;
    input wire [11:0] cmd_pcid;
    input wire cmd_noflush;
    output reg [3:0] m_axi_arid;
    output reg [51:0] m_axi_araddr;
    output reg [7:0] m_axi_arlen;
    output reg [2:0] m_axi_arsize;
    output reg [1:0] m_axi_arburst;
    output reg m_axi_arlock;
    output reg [3:0] m_axi_arcache;
    output reg [2:0] m_axi_arprot;
    output reg m_axi_arvalid;
    input wire m_axi_arready;
    input wire [3:0] m_axi_rid;
    input wire [63:0] m_axi_rdata;
    input wire [1:0] m_axi_rresp;
    input wire m_axi_rlast;
    input wire m_axi_rvalid;
    output reg m_axi_rready;
    output reg [3:0] m_axi_awid;
    output reg [51:0] m_axi_awaddr;
    output reg [7:0] m_axi_awlen;
    output reg [2:0] m_axi_awsize;
    output reg [1:0] m_axi_awburst;
    output reg m_axi_awlock;
    output reg [3:0] m_axi_awcache;
    output reg [2:0] m_axi_awprot;
    output reg m_axi_awvalid;
    input wire m_axi_awready;
    output reg [63:0] m_axi_wdata;
    output reg [7:0] m_axi_wstrb;
    output reg m_axi_wlast;
    output reg m_axi_wvalid;
    input wire m_axi_wready;
    input wire [3:0] m_axi_bid;
    input wire [1:0] m_axi_bresp;
    input wire m_axi_bvalid;
    output reg m_axi_bready;
    reg mmu_reset;
    reg mmu_fetch_req_valid;
    wire mmu_fetch_req_ready;
    reg [63:0] mmu_fetch_req_va;
    reg mmu_fetch_req_user;
    wire mmu_fetch_rsp_valid;
    wire [1:0] mmu_fetch_rsp_outcome;
    wire [51:0] mmu_fetch_rsp_pa;
    wire [5:0] mmu_fetch_rsp_error_code;
    wire mmu_fetch_rsp_tlb_hit;
    wire mmu_fetch_rsp_l2_hit;
    reg mmu_data_req_valid;
    wire mmu_data_req_ready;
    reg [63:0] mmu_data_req_va;
    reg mmu_data_req_write;
    reg mmu_data_req_user;
    wire mmu_data_rsp_valid;
    wire [1:0] mmu_data_rsp_outcome;
    wire [51:0] mmu_data_rsp_pa;
    wire [5:0] mmu_data_rsp_error_code;
    wire mmu_data_rsp_tlb_hit;
    wire mmu_data_rsp_l2_hit;
    reg mmu_cr0_wp;
    reg [63:0] mmu_cr3;
    reg mmu_cr4_pge;
    reg mmu_cr4_pcide;
    reg mmu_cr4_smep;
    reg mmu_cr4_smap;
    reg mmu_cr4_pke;
    reg mmu_efer_nxe;
    reg mmu_rflags_ac;
    reg [31:0] mmu_pkru;
    reg mmu_cmd_valid;
    wire mmu_cmd_ready;
    reg [2:0] mmu_cmd_op;
    reg [63:0] mmu_cmd_va;
    reg [11:0] mmu_cmd_pcid;
    reg mmu_cmd_noflush;
    wire mmu_mem_req_valid;
    reg mmu_mem_req_ready;
    wire [51:0] mmu_mem_req_addr;
    wire mmu_mem_req_we;
    wire [63:0] mmu_mem_req_wdata;
    wire [63:0] mmu_mem_req_expect;
    reg mmu_mem_rsp_valid;
    reg [63:0] mmu_mem_rsp_data;
    reg mmu_mem_rsp_err;
    reg mmu_mem_rsp_stale;
    reg bridge_reset;
    reg bridge_mem_req_valid;
    wire bridge_mem_req_ready;
    reg [51:0] bridge_mem_req_addr;
    reg bridge_mem_req_we;
    reg [63:0] bridge_mem_req_wdata;
    reg [63:0] bridge_mem_req_expect;
    wire bridge_mem_rsp_valid;
    wire [63:0] bridge_mem_rsp_data;
    wire bridge_mem_rsp_err;
    wire bridge_mem_rsp_stale;
    wire [3:0] bridge_m_axi_arid;
    wire [51:0] bridge_m_axi_araddr;
    wire [7:0] bridge_m_axi_arlen;
    wire [2:0] bridge_m_axi_arsize;
    wire [1:0] bridge_m_axi_arburst;
    wire bridge_m_axi_arlock;
    wire [3:0] bridge_m_axi_arcache;
    wire [2:0] bridge_m_axi_arprot;
    wire bridge_m_axi_arvalid;
    reg bridge_m_axi_arready;
    reg [3:0] bridge_m_axi_rid;
    reg [63:0] bridge_m_axi_rdata;
    reg [1:0] bridge_m_axi_rresp;
    reg bridge_m_axi_rlast;
    reg bridge_m_axi_rvalid;
    wire bridge_m_axi_rready;
    wire [3:0] bridge_m_axi_awid;
    wire [51:0] bridge_m_axi_awaddr;
    wire [7:0] bridge_m_axi_awlen;
    wire [2:0] bridge_m_axi_awsize;
    wire [1:0] bridge_m_axi_awburst;
    wire bridge_m_axi_awlock;
    wire [3:0] bridge_m_axi_awcache;
    wire [2:0] bridge_m_axi_awprot;
    wire bridge_m_axi_awvalid;
    reg bridge_m_axi_awready;
    wire [63:0] bridge_m_axi_wdata;
    wire [7:0] bridge_m_axi_wstrb;
    wire bridge_m_axi_wlast;
    wire bridge_m_axi_wvalid;
    reg bridge_m_axi_wready;
    reg [3:0] bridge_m_axi_bid;
    reg [1:0] bridge_m_axi_bresp;
    reg bridge_m_axi_bvalid;
    wire bridge_m_axi_bready;
    localparam OutcomeCode_Ok = 0;
    localparam OutcomeCode_PageFault = 1;
    localparam OutcomeCode_GeneralProtection = 2;
    localparam OutcomeCode_BusError = 3;
    localparam CmdOp_MovCr3 = 0;
    localparam CmdOp_Invlpg = 1;
    localparam CmdOp_InvpcidAddress = 2;
    localparam CmdOp_InvpcidSingleContext = 3;
    localparam CmdOp_InvpcidAllIncludingGlobal = 4;
    localparam CmdOp_InvpcidAllNonGlobal = 5;
    localparam CmdOp_Reserved6 = 6;
    localparam CmdOp_Reserved7 = 7;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    mmu_axi4_mmu mmu_axi4 (
        .clock(clock),
        .reset(mmu_reset),
        .fetch_req_valid(mmu_fetch_req_valid),
        .fetch_req_ready(mmu_fetch_req_ready),
        .fetch_req_va(mmu_fetch_req_va),
        .fetch_req_user(mmu_fetch_req_user),
        .fetch_rsp_valid(mmu_fetch_rsp_valid),
        .fetch_rsp_outcome(mmu_fetch_rsp_outcome),
        .fetch_rsp_pa(mmu_fetch_rsp_pa),
        .fetch_rsp_error_code(mmu_fetch_rsp_error_code),
        .fetch_rsp_tlb_hit(mmu_fetch_rsp_tlb_hit),
        .fetch_rsp_l2_hit(mmu_fetch_rsp_l2_hit),
        .data_req_valid(mmu_data_req_valid),
        .data_req_ready(mmu_data_req_ready),
        .data_req_va(mmu_data_req_va),
        .data_req_write(mmu_data_req_write),
        .data_req_user(mmu_data_req_user),
        .data_rsp_valid(mmu_data_rsp_valid),
        .data_rsp_outcome(mmu_data_rsp_outcome),
        .data_rsp_pa(mmu_data_rsp_pa),
        .data_rsp_error_code(mmu_data_rsp_error_code),
        .data_rsp_tlb_hit(mmu_data_rsp_tlb_hit),
        .data_rsp_l2_hit(mmu_data_rsp_l2_hit),
        .cr0_wp(mmu_cr0_wp),
        .cr3(mmu_cr3),
        .cr4_pge(mmu_cr4_pge),
        .cr4_pcide(mmu_cr4_pcide),
        .cr4_smep(mmu_cr4_smep),
        .cr4_smap(mmu_cr4_smap),
        .cr4_pke(mmu_cr4_pke),
        .efer_nxe(mmu_efer_nxe),
        .rflags_ac(mmu_rflags_ac),
        .pkru(mmu_pkru),
        .cmd_valid(mmu_cmd_valid),
        .cmd_ready(mmu_cmd_ready),
        .cmd_op(mmu_cmd_op),
        .cmd_va(mmu_cmd_va),
        .cmd_pcid(mmu_cmd_pcid),
        .cmd_noflush(mmu_cmd_noflush),
        .mem_req_valid(mmu_mem_req_valid),
        .mem_req_ready(mmu_mem_req_ready),
        .mem_req_addr(mmu_mem_req_addr),
        .mem_req_we(mmu_mem_req_we),
        .mem_req_wdata(mmu_mem_req_wdata),
        .mem_req_expect(mmu_mem_req_expect),
        .mem_rsp_valid(mmu_mem_rsp_valid),
        .mem_rsp_data(mmu_mem_rsp_data),
        .mem_rsp_err(mmu_mem_rsp_err),
        .mem_rsp_stale(mmu_mem_rsp_stale)
    );
    mmu_axi4_bridge bridge (
        .clock(clock),
        .reset(bridge_reset),
        .mem_req_valid(bridge_mem_req_valid),
        .mem_req_ready(bridge_mem_req_ready),
        .mem_req_addr(bridge_mem_req_addr),
        .mem_req_we(bridge_mem_req_we),
        .mem_req_wdata(bridge_mem_req_wdata),
        .mem_req_expect(bridge_mem_req_expect),
        .mem_rsp_valid(bridge_mem_rsp_valid),
        .mem_rsp_data(bridge_mem_rsp_data),
        .mem_rsp_err(bridge_mem_rsp_err),
        .mem_rsp_stale(bridge_mem_rsp_stale),
        .m_axi_arid(bridge_m_axi_arid),
        .m_axi_araddr(bridge_m_axi_araddr),
        .m_axi_arlen(bridge_m_axi_arlen),
        .m_axi_arsize(bridge_m_axi_arsize),
        .m_axi_arburst(bridge_m_axi_arburst),
        .m_axi_arlock(bridge_m_axi_arlock),
        .m_axi_arcache(bridge_m_axi_arcache),
        .m_axi_arprot(bridge_m_axi_arprot),
        .m_axi_arvalid(bridge_m_axi_arvalid),
        .m_axi_arready(bridge_m_axi_arready),
        .m_axi_rid(bridge_m_axi_rid),
        .m_axi_rdata(bridge_m_axi_rdata),
        .m_axi_rresp(bridge_m_axi_rresp),
        .m_axi_rlast(bridge_m_axi_rlast),
        .m_axi_rvalid(bridge_m_axi_rvalid),
        .m_axi_rready(bridge_m_axi_rready),
        .m_axi_awid(bridge_m_axi_awid),
        .m_axi_awaddr(bridge_m_axi_awaddr),
        .m_axi_awlen(bridge_m_axi_awlen),
        .m_axi_awsize(bridge_m_axi_awsize),
        .m_axi_awburst(bridge_m_axi_awburst),
        .m_axi_awlock(bridge_m_axi_awlock),
        .m_axi_awcache(bridge_m_axi_awcache),
        .m_axi_awprot(bridge_m_axi_awprot),
        .m_axi_awvalid(bridge_m_axi_awvalid),
        .m_axi_awready(bridge_m_axi_awready),
        .m_axi_wdata(bridge_m_axi_wdata),
        .m_axi_wstrb(bridge_m_axi_wstrb),
        .m_axi_wlast(bridge_m_axi_wlast),
        .m_axi_wvalid(bridge_m_axi_wvalid),
        .m_axi_wready(bridge_m_axi_wready),
        .m_axi_bid(bridge_m_axi_bid),
        .m_axi_bresp(bridge_m_axi_bresp),
        .m_axi_bvalid(bridge_m_axi_bvalid),
        .m_axi_bready(bridge_m_axi_bready)
    );
    always @(*) begin
        mmu_reset = reset;
    end
    always @(*) begin
        mmu_fetch_req_valid = fetch_req_valid;
    end
    always @(*) begin
        fetch_req_ready = mmu_fetch_req_ready;
    end
    always @(*) begin
        mmu_fetch_req_va = fetch_req_va;
    end
    always @(*) begin
        mmu_fetch_req_user = fetch_req_user;
    end
    always @(*) begin
        fetch_rsp_valid = mmu_fetch_rsp_valid;
    end
    always @(*) begin
        fetch_rsp_outcome = mmu_fetch_rsp_outcome;
    end
    always @(*) begin
        fetch_rsp_pa = mmu_fetch_rsp_pa;
    end
    always @(*) begin
        fetch_rsp_error_code = mmu_fetch_rsp_error_code;
    end
    always @(*) begin
        fetch_rsp_tlb_hit = mmu_fetch_rsp_tlb_hit;
    end
    always @(*) begin
        fetch_rsp_l2_hit = mmu_fetch_rsp_l2_hit;
    end
    always @(*) begin
        mmu_data_req_valid = data_req_valid;
    end
    always @(*) begin
        data_req_ready = mmu_data_req_ready;
    end
    always @(*) begin
        mmu_data_req_va = data_req_va;
    end
    always @(*) begin
        mmu_data_req_write = data_req_write;
    end
    always @(*) begin
        mmu_data_req_user = data_req_user;
    end
    always @(*) begin
        data_rsp_valid = mmu_data_rsp_valid;
    end
    always @(*) begin
        data_rsp_outcome = mmu_data_rsp_outcome;
    end
    always @(*) begin
        data_rsp_pa = mmu_data_rsp_pa;
    end
    always @(*) begin
        data_rsp_error_code = mmu_data_rsp_error_code;
    end
    always @(*) begin
        data_rsp_tlb_hit = mmu_data_rsp_tlb_hit;
    end
    always @(*) begin
        data_rsp_l2_hit = mmu_data_rsp_l2_hit;
    end
    always @(*) begin
        mmu_cr0_wp = cr0_wp;
    end
    always @(*) begin
        mmu_cr3 = cr3;
    end
    always @(*) begin
        mmu_cr4_pge = cr4_pge;
    end
    always @(*) begin
        mmu_cr4_pcide = cr4_pcide;
    end
    always @(*) begin
        mmu_cr4_smep = cr4_smep;
    end
    always @(*) begin
        mmu_cr4_smap = cr4_smap;
    end
    always @(*) begin
        mmu_cr4_pke = cr4_pke;
    end
    always @(*) begin
        mmu_efer_nxe = efer_nxe;
    end
    always @(*) begin
        mmu_rflags_ac = rflags_ac;
    end
    always @(*) begin
        mmu_pkru = pkru;
    end
    always @(*) begin
        mmu_cmd_valid = cmd_valid;
    end
    always @(*) begin
        cmd_ready = mmu_cmd_ready;
    end
    always @(*) begin
        mmu_cmd_op = cmd_op;
    end
    always @(*) begin
        mmu_cmd_va = cmd_va;
    end
    always @(*) begin
        mmu_cmd_pcid = cmd_pcid;
    end
    always @(*) begin
        mmu_cmd_noflush = cmd_noflush;
    end
    always @(*) begin
        bridge_reset = reset;
    end
    always @(*) begin
        bridge_mem_req_valid = mmu_mem_req_valid;
    end
    always @(*) begin
        mmu_mem_req_ready = bridge_mem_req_ready;
    end
    always @(*) begin
        bridge_mem_req_addr = mmu_mem_req_addr;
    end
    always @(*) begin
        bridge_mem_req_we = mmu_mem_req_we;
    end
    always @(*) begin
        bridge_mem_req_wdata = mmu_mem_req_wdata;
    end
    always @(*) begin
        bridge_mem_req_expect = mmu_mem_req_expect;
    end
    always @(*) begin
        mmu_mem_rsp_valid = bridge_mem_rsp_valid;
    end
    always @(*) begin
        mmu_mem_rsp_data = bridge_mem_rsp_data;
    end
    always @(*) begin
        mmu_mem_rsp_err = bridge_mem_rsp_err;
    end
    always @(*) begin
        mmu_mem_rsp_stale = bridge_mem_rsp_stale;
    end
    always @(*) begin
        m_axi_arid = bridge_m_axi_arid;
    end
    always @(*) begin
        m_axi_araddr = bridge_m_axi_araddr;
    end
    always @(*) begin
        m_axi_arlen = bridge_m_axi_arlen;
    end
    always @(*) begin
        m_axi_arsize = bridge_m_axi_arsize;
    end
    always @(*) begin
        m_axi_arburst = bridge_m_axi_arburst;
    end
    always @(*) begin
        m_axi_arlock = bridge_m_axi_arlock;
    end
    always @(*) begin
        m_axi_arcache = bridge_m_axi_arcache;
    end
    always @(*) begin
        m_axi_arprot = bridge_m_axi_arprot;
    end
    always @(*) begin
        m_axi_arvalid = bridge_m_axi_arvalid;
    end
    always @(*) begin
        bridge_m_axi_arready = m_axi_arready;
    end
    always @(*) begin
        bridge_m_axi_rid = m_axi_rid;
    end
    always @(*) begin
        bridge_m_axi_rdata = m_axi_rdata;
    end
    always @(*) begin
        bridge_m_axi_rresp = m_axi_rresp;
    end
    always @(*) begin
        bridge_m_axi_rlast = m_axi_rlast;
    end
    always @(*) begin
        bridge_m_axi_rvalid = m_axi_rvalid;
    end
    always @(*) begin
        m_axi_rready = bridge_m_axi_rready;
    end
    always @(*) begin
        m_axi_awid = bridge_m_axi_awid;
    end
    always @(*) begin
        m_axi_awaddr = bridge_m_axi_awaddr;
    end
    always @(*) begin
        m_axi_awlen = bridge_m_axi_awlen;
    end
    always @(*) begin
        m_axi_awsize = bridge_m_axi_awsize;
    end
    always @(*) begin
        m_axi_awburst = bridge_m_axi_awburst;
    end
    always @(*) begin
        m_axi_awlock = bridge_m_axi_awlock;
    end
    always @(*) begin
        m_axi_awcache = bridge_m_axi_awcache;
    end
    always @(*) begin
        m_axi_awprot = bridge_m_axi_awprot;
    end
    always @(*) begin
        m_axi_awvalid = bridge_m_axi_awvalid;
    end
    always @(*) begin
        bridge_m_axi_awready = m_axi_awready;
    end
    always @(*) begin
        m_axi_wdata = bridge_m_axi_wdata;
    end
    always @(*) begin
        m_axi_wstrb = bridge_m_axi_wstrb;
    end
    always @(*) begin
        m_axi_wlast = bridge_m_axi_wlast;
    end
    always @(*) begin
        m_axi_wvalid = bridge_m_axi_wvalid;
    end
    always @(*) begin
        bridge_m_axi_wready = m_axi_wready;
    end
    always @(*) begin
        bridge_m_axi_bid = m_axi_bid;
    end
    always @(*) begin
        bridge_m_axi_bresp = m_axi_bresp;
    end
    always @(*) begin
        bridge_m_axi_bvalid = m_axi_bvalid;
    end
    always @(*) begin
        m_axi_bready = bridge_m_axi_bready;
    end
endmodule // mmu_axi4

// Axi4Bridge: the walker's memory port (mem_*, the bridge being the memory) carried over an AXI4 master
// (m_axi_*), each write an exclusive read-compare-write pair so that A/D updates stay atomic.
module mmu_axi4_bridge(clock, reset, mem_req_valid, mem_req_ready, mem_req_addr, mem_req_we, mem_req_wdata, mem_req_expect, mem_rsp_valid, mem_rsp_data, mem_rsp_err, mem_rsp_stale, m_axi_arid, m_axi_araddr, m_axi_arlen, m_axi_arsize, m_axi_arburst, m_axi_arlock, m_axi_arcache, m_axi_arprot, m_axi_arvalid, m_axi_arready, m_axi_rid, m_axi_rdata, m_axi_rresp, m_axi_rlast, m_axi_rvalid, m_axi_rready, m_axi_awid, m_axi_awaddr, m_axi_awlen, m_axi_awsize, m_axi_awburst, m_axi_awlock, m_axi_awcache, m_axi_awprot, m_axi_awvalid, m_axi_awready, m_axi_wdata, m_axi_wstrb, m_axi_wlast, m_axi_wvalid, m_axi_wready, m_axi_bid, m_axi_bresp, m_axi_bvalid, m_axi_bready);
    input wire clock;
    input wire reset;
    input wire mem_req_valid;
    output reg mem_req_ready;
    input wire [51:0] mem_req_addr;
    input wire mem_req_we;
    input wire [63:0] mem_req_wdata;
    input wire [63:0] mem_req_expect;
    output reg mem_rsp_valid;
    output reg [63:0] mem_rsp_data;
    output reg mem_rsp_err;
    output reg mem_rsp_stale;
    output wire [3:0] m_axi_arid;
    output reg [51:0] m_axi_araddr;
    output wire [7:0] m_axi_arlen;
    output wire [2:0] m_axi_arsize;
    output wire [1:0] m_axi_arburst;
    output reg m_axi_arlock;
    output wire [3:0] m_axi_arcache;
    output wire [2:0] m_axi_arprot;
    output reg m_axi_arvalid;
    input wire m_axi_arready;
    input wire [3:0] m_axi_rid;
    input wire [63:0] m_axi_rdata;
    input wire [1:0] m_axi_rresp;
    input wire m_axi_rlast;
    input wire m_axi_rvalid;
    output reg m_axi_rready;
    output wire [3:0] m_axi_awid;
    output reg [51:0] m_axi_awaddr;
    output wire [7:0] m_axi_awlen;
    output wire [2:0] m_axi_awsize;
    output wire [1:0] m_axi_awburst;
    output wire m_axi_awlock;
    output wire [3:0] m_axi_awcache;
    output wire [2:0] m_axi_awprot;
    output reg m_axi_awvalid;
    input wire m_axi_awready;
    output reg [63:0] m_axi_wdata;
    output wire [7:0] m_axi_wstrb;
    output wire m_axi_wlast;
    output reg m_axi_wvalid;
    input wire m_axi_wready;
    input wire [3:0] m_axi_bid;
    input wire [1:0] m_axi_bresp;
    input wire m_axi_bvalid;
    output reg m_axi_bready;
    reg [2:0] state_d;
    reg [2:0] state_q;
    reg [51:0] addr_d;
    reg [51:0] addr_q;
    reg we_d;
    reg we_q;
    reg [63:0] wdata_d;
    reg [63:0] wdata_q;
    reg [63:0] expect_d;
    reg [63:0] expect_q;
    reg aw_done_d;
    reg aw_done_q;
    reg w_done_d;
    reg w_done_q;
    reg rsp_valid_d;
    reg rsp_valid_q;
    reg [63:0] rsp_data_d;
    reg [63:0] rsp_data_q;
    reg rsp_err_d;
    reg rsp_err_q;
    reg rsp_stale_d;
    reg rsp_stale_q;
    reg take;
    reg r_fail;
    reg b_fail;
    reg aw_taken;
    reg w_taken;
    localparam k_exokay = 2'h1;
    localparam k_okay = 2'h0;
    localparam k_slverr = 2'h2;
    localparam k_decerr = 2'h3;
    localparam k_size = 3'h3;
    localparam k_burst = 2'h1;
    localparam k_cache = 4'h3;
    localparam k_prot = 3'h1;
    localparam AxiState_Idle = 0;
    localparam AxiState_ArSend = 1;
    localparam AxiState_RWait = 2;
    localparam AxiState_AwSend = 3;
    localparam AxiState_BWait = 4;
    always @(*) begin
        state_d = state_q;
        case (state_q)
            AxiState_Idle: begin
                if (take) begin
                    state_d = AxiState_ArSend;
                end
            end
            AxiState_ArSend: begin
                if (m_axi_arready) begin
                    state_d = AxiState_RWait;
                end
            end
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (r_fail) begin
                        state_d = AxiState_Idle;
                    end
                    else if (~we_q) begin
                        state_d = AxiState_Idle;
                    end
                    else if (m_axi_rdata != expect_q) begin
                        state_d = AxiState_Idle;
                    end
                    else begin
                        state_d = AxiState_AwSend;
                    end
                end
            end
            AxiState_AwSend: begin
                if (aw_taken && w_taken) begin
                    state_d = AxiState_BWait;
                end
            end
            AxiState_BWait: begin
                if (m_axi_bvalid) begin
                    if (m_axi_bresp == k_exokay) begin
                        state_d = AxiState_Idle;
                    end
                    else if (b_fail) begin
                        state_d = AxiState_Idle;
                    end
                    else begin
                        state_d = AxiState_ArSend;
                    end
                end
            end
        endcase
        if (reset) begin
            state_d = AxiState_Idle;
        end
    end
    always @(*) begin
        addr_d = addr_q;
        case (state_q)
            AxiState_Idle: begin
                if (take) begin
                    addr_d = mem_req_addr;
                end
            end
        endcase
    end
    always @(*) begin
        we_d = we_q;
        case (state_q)
            AxiState_Idle: begin
                if (take) begin
                    we_d = mem_req_we;
                end
            end
        endcase
    end
    always @(*) begin
        wdata_d = wdata_q;
        case (state_q)
            AxiState_Idle: begin
                if (take) begin
                    wdata_d = mem_req_wdata;
                end
            end
        endcase
    end
    always @(*) begin
        expect_d = expect_q;
        case (state_q)
            AxiState_Idle: begin
                if (take) begin
                    expect_d = mem_req_expect;
                end
            end
        endcase
    end
    always @(*) begin
        aw_done_d = aw_done_q;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (!(r_fail)) if (!(~we_q)) if (!(m_axi_rdata != expect_q)) begin
                        aw_done_d = 1'b0;
                    end
                end
            end
            AxiState_AwSend: begin
                aw_done_d = aw_taken;
            end
        endcase
    end
    always @(*) begin
        w_done_d = w_done_q;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (!(r_fail)) if (!(~we_q)) if (!(m_axi_rdata != expect_q)) begin
                        w_done_d = 1'b0;
                    end
                end
            end
            AxiState_AwSend: begin
                w_done_d = w_taken;
            end
        endcase
    end
    always @(*) begin
        rsp_valid_d = rsp_valid_q;
        rsp_valid_d = 1'b0;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (r_fail) begin
                        rsp_valid_d = 1'b1;
                    end
                    else if (~we_q) begin
                        rsp_valid_d = 1'b1;
                    end
                    else if (m_axi_rdata != expect_q) begin
                        rsp_valid_d = 1'b1;
                    end
                end
            end
            AxiState_BWait: begin
                if (m_axi_bvalid) begin
                    if (m_axi_bresp == k_exokay) begin
                        rsp_valid_d = 1'b1;
                    end
                    else if (b_fail) begin
                        rsp_valid_d = 1'b1;
                    end
                end
            end
        endcase
        if (reset) begin
            rsp_valid_d = 1'b0;
        end
    end
    always @(*) begin
        rsp_data_d = rsp_data_q;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    rsp_data_d = 64'h0;
                    if (!(r_fail)) if (~we_q) begin
                        rsp_data_d = m_axi_rdata;
                    end
                end
            end
            AxiState_BWait: begin
                if (m_axi_bvalid) begin
                    if (m_axi_bresp == k_exokay) begin
                        rsp_data_d = 64'h0;
                    end
                    else if (b_fail) begin
                        rsp_data_d = 64'h0;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        rsp_err_d = rsp_err_q;
        rsp_err_d = 1'b0;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (r_fail) begin
                        rsp_err_d = 1'b1;
                    end
                end
            end
            AxiState_BWait: begin
                if (m_axi_bvalid) begin
                    if (!(m_axi_bresp == k_exokay)) if (b_fail) begin
                        rsp_err_d = 1'b1;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        rsp_stale_d = rsp_stale_q;
        rsp_stale_d = 1'b0;
        case (state_q)
            AxiState_RWait: begin
                if (m_axi_rvalid) begin
                    if (!(r_fail)) if (!(~we_q)) if (m_axi_rdata != expect_q) begin
                        rsp_stale_d = 1'b1;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        mem_req_ready = (state_q == AxiState_Idle) && ~reset;
    end
    always @(*) begin
        mem_rsp_valid = rsp_valid_q;
    end
    always @(*) begin
        mem_rsp_data = rsp_data_q;
    end
    always @(*) begin
        mem_rsp_err = rsp_err_q;
    end
    always @(*) begin
        mem_rsp_stale = rsp_stale_q;
    end
    assign m_axi_arid = 4'h0;
    always @(*) begin
        m_axi_araddr = addr_q;
    end
    assign m_axi_arlen = 8'h0;
    assign m_axi_arsize = k_size;
    assign m_axi_arburst = k_burst;
    always @(*) begin
        m_axi_arlock = we_q;
    end
    assign m_axi_arcache = k_cache;
    assign m_axi_arprot = k_prot;
    always @(*) begin
        m_axi_arvalid = (state_q == AxiState_ArSend) && ~reset;
    end
    always @(*) begin
        m_axi_rready = state_q == AxiState_RWait;
    end
    assign m_axi_awid = 4'h0;
    always @(*) begin
        m_axi_awaddr = addr_q;
    end
    assign m_axi_awlen = 8'h0;
    assign m_axi_awsize = k_size;
    assign m_axi_awburst = k_burst;
    assign m_axi_awlock = 1'b1;
    assign m_axi_awcache = k_cache;
    assign m_axi_awprot = k_prot;
    always @(*) begin
        m_axi_awvalid = (state_q == AxiState_AwSend) && ~aw_done_q && ~reset;
    end
    always @(*) begin
        m_axi_wdata = wdata_q;
    end
    assign m_axi_wstrb = 8'hff;
    assign m_axi_wlast = 1'b1;
    always @(*) begin
        m_axi_wvalid = (state_q == AxiState_AwSend) && ~w_done_q && ~reset;
    end
    always @(*) begin
        m_axi_bready = state_q == AxiState_BWait;
    end
    always @(*) begin
        take = mem_req_valid && mem_req_ready;
    end
    always @(*) begin
        r_fail = (m_axi_rresp == k_slverr) || (m_axi_rresp == k_decerr) || (we_q && (m_axi_rresp == k_okay));
    end
    always @(*) begin
        b_fail = (m_axi_bresp == k_slverr) || (m_axi_bresp == k_decerr);
    end
    always @(*) begin
        aw_taken = aw_done_q || m_axi_awready;
    end
    always @(*) begin
        w_taken = w_done_q || m_axi_wready;
    end
    initial begin
        state_q = 3'h0;
    end
    always @(posedge clock) begin
        state_q <= state_d;
    end
    initial begin
        addr_q = 52'h0;
    end
    always @(posedge clock) begin
        addr_q <= addr_d;
    end
    initial begin
        we_q = 1'b0;
    end
    always @(posedge clock) begin
        we_q <= we_d;
    end
    initial begin
        wdata_q = 64'h0;
    end
    always @(posedge clock) begin
        wdata_q <= wdata_d;
    end
    initial begin
        expect_q = 64'h0;
    end
    always @(posedge clock) begin
        expect_q <= expect_d;
    end
    initial begin
        aw_done_q = 1'b0;
    end
    always @(posedge clock) begin
        aw_done_q <= aw_done_d;
    end
    initial begin
        w_done_q = 1'b0;
    end
    always @(posedge clock) begin
        w_done_q <= w_done_d;
    end
    initial begin
        rsp_valid_q = 1'b0;
    end
    always @(posedge clock) begin
        rsp_valid_q <= rsp_valid_d;
    end
    initial begin
        rsp_data_q = 64'h0;
    end
    always @(posedge clock) begin
        rsp_data_q <= rsp_data_d;
    end
    initial begin
        rsp_err_q = 1'b0;
    end
    always @(posedge clock) begin
        rsp_err_q <= rsp_err_d;
    end
    initial begin
        rsp_stale_q = 1'b0;
    end
    always @(posedge clock) begin
        rsp_stale_q <= rsp_stale_d;
    end
endmodule // mmu_axi4_bridge

// Mmu<N, A, NI, AI, LS>: the top. Two CPU ports, each with its L1 TLB (Port): the fetch port
// with an NI-entry ITLB and the data port with an N-entry DTLB; behind them, shared by both
// through a fixed-priority arbiter, the second-level TLB (L2, 2^LS sets of 4 ways in block RAM,
// configured out by l2_sets = 0), then one Walker with its Perm and one paging-structure
// cache (Pwc); a maintenance port; control-register inputs; one memory port for the walker.
module mmu_axi4_mmu(clock, reset, fetch_req_valid, fetch_req_ready, fetch_req_va, fetch_req_user, fetch_rsp_valid, fetch_rsp_outcome, fetch_rsp_pa, fetch_rsp_error_code, fetch_rsp_tlb_hit, fetch_rsp_l2_hit, data_req_valid, data_req_ready, data_req_va, data_req_write, data_req_user, data_rsp_valid, data_rsp_outcome, data_rsp_pa, data_rsp_error_code, data_rsp_tlb_hit, data_rsp_l2_hit, cr0_wp, cr3, cr4_pge, cr4_pcide, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, cmd_valid, cmd_ready, cmd_op, cmd_va, cmd_pcid, cmd_noflush, mem_req_valid, mem_req_ready, mem_req_addr, mem_req_we, mem_req_wdata, mem_req_expect, mem_rsp_valid, mem_rsp_data, mem_rsp_err, mem_rsp_stale);
    input wire clock;
    input wire reset;
    input wire fetch_req_valid;
    output reg fetch_req_ready;
    input wire [63:0] fetch_req_va;
    input wire fetch_req_user;
    output reg fetch_rsp_valid;
    output reg [1:0] fetch_rsp_outcome;
    output reg [51:0] fetch_rsp_pa;
    output reg [5:0] fetch_rsp_error_code;
    output reg fetch_rsp_tlb_hit;
    output reg fetch_rsp_l2_hit;
    input wire data_req_valid;
    output reg data_req_ready;
    input wire [63:0] data_req_va;
    input wire data_req_write;
    input wire data_req_user;
    output reg data_rsp_valid;
    output reg [1:0] data_rsp_outcome;
    output reg [51:0] data_rsp_pa;
    output reg [5:0] data_rsp_error_code;
    output reg data_rsp_tlb_hit;
    output reg data_rsp_l2_hit;
    input wire cr0_wp;
    input wire [63:0] cr3;
    input wire cr4_pge;
    input wire cr4_pcide;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    input wire cmd_valid;
    output reg cmd_ready;
    input wire [2:0] cmd_op;
    input wire [63:0] cmd_va;
    input wire [11:0] cmd_pcid;
    input wire cmd_noflush;
    output reg mem_req_valid;
    input wire mem_req_ready;
    output reg [51:0] mem_req_addr;
    output reg mem_req_we;
    output reg [63:0] mem_req_wdata;
    output reg [63:0] mem_req_expect;
    input wire mem_rsp_valid;
    input wire [63:0] mem_rsp_data;
    input wire mem_rsp_err;
    input wire mem_rsp_stale;
    reg fetch_reset;
    reg fetch__req_valid;
    wire fetch__req_ready;
    wire fetch_free;
    reg [63:0] fetch__req_va;
    wire [1:0] fetch_req_kind;
    reg fetch__req_user;
    reg fetch_hold;
    reg [11:0] fetch_cur_pcid;
    wire fetch__rsp_valid;
    wire [1:0] fetch__rsp_outcome;
    wire [51:0] fetch__rsp_pa;
    wire [5:0] fetch__rsp_error_code;
    wire fetch__rsp_tlb_hit;
    wire fetch__rsp_l2_hit;
    reg fetch_cr0_wp;
    reg fetch_cr4_smep;
    reg fetch_cr4_smap;
    reg fetch_cr4_pke;
    reg fetch_efer_nxe;
    reg fetch_rflags_ac;
    reg [31:0] fetch_pkru;
    reg fetch_inv_en;
    reg fetch_inv_use_va;
    reg fetch_inv_use_pcid;
    reg fetch_inv_glob_wild;
    reg fetch_inv_keep_glob;
    reg [35:0] fetch_inv_vpn;
    reg [11:0] fetch_inv_pcid;
    wire fetch_walk_req;
    wire fetch_walk_req_next;
    wire [17:0] fetch_acc_vpn_1g;
    wire [8:0] fetch_acc_vpn_2m;
    wire [8:0] fetch_acc_vpn_4k;
    wire [1:0] fetch_acc_kind;
    wire fetch_acc_user;
    wire [11:0] fetch_acc_pcid;
    reg fetch_walk_done;
    reg fetch_walk_fault;
    reg fetch_walk_bus_error;
    reg [51:0] fetch_walk_err_addr;
    reg [5:0] fetch_walk_error_code;
    reg [39:0] fetch_walk_pfn;
    reg [1:0] fetch_walk_size;
    reg fetch_l2_done;
    reg [39:0] fetch_l2_pfn;
    reg [1:0] fetch_l2_size;
    reg fetch_l2_user;
    reg fetch_l2_writable;
    reg fetch_l2_xd;
    reg [3:0] fetch_l2_pkey;
    reg fetch_l2_dirty;
    reg fetch_l2_glob;
    reg [11:0] fetch_l2_pcid;
    reg fetch_fill_en;
    reg fetch_fill_prep;
    reg [17:0] fetch_fill_vpn_1g;
    reg [8:0] fetch_fill_vpn_2m;
    reg [8:0] fetch_fill_vpn_4k;
    reg [1:0] fetch_fill_size;
    reg [11:0] fetch_fill_pcid;
    reg fetch_fill_glob;
    reg [39:0] fetch_fill_pfn;
    reg fetch_fill_writable;
    reg fetch_fill_user;
    reg fetch_fill_xd;
    reg fetch_fill_dirty;
    reg [3:0] fetch_fill_pkey;
    reg data_reset;
    reg data__req_valid;
    wire data__req_ready;
    wire data_free;
    reg [63:0] data__req_va;
    reg [1:0] data_req_kind;
    reg data__req_user;
    reg data_hold;
    reg [11:0] data_cur_pcid;
    wire data__rsp_valid;
    wire [1:0] data__rsp_outcome;
    wire [51:0] data__rsp_pa;
    wire [5:0] data__rsp_error_code;
    wire data__rsp_tlb_hit;
    wire data__rsp_l2_hit;
    reg data_cr0_wp;
    reg data_cr4_smep;
    reg data_cr4_smap;
    reg data_cr4_pke;
    reg data_efer_nxe;
    reg data_rflags_ac;
    reg [31:0] data_pkru;
    reg data_inv_en;
    reg data_inv_use_va;
    reg data_inv_use_pcid;
    reg data_inv_glob_wild;
    reg data_inv_keep_glob;
    reg [35:0] data_inv_vpn;
    reg [11:0] data_inv_pcid;
    wire data_walk_req;
    wire data_walk_req_next;
    wire [17:0] data_acc_vpn_1g;
    wire [8:0] data_acc_vpn_2m;
    wire [8:0] data_acc_vpn_4k;
    wire [1:0] data_acc_kind;
    wire data_acc_user;
    wire [11:0] data_acc_pcid;
    reg data_walk_done;
    reg data_walk_fault;
    reg data_walk_bus_error;
    reg [51:0] data_walk_err_addr;
    reg [5:0] data_walk_error_code;
    reg [39:0] data_walk_pfn;
    reg [1:0] data_walk_size;
    reg data_l2_done;
    reg [39:0] data_l2_pfn;
    reg [1:0] data_l2_size;
    reg data_l2_user;
    reg data_l2_writable;
    reg data_l2_xd;
    reg [3:0] data_l2_pkey;
    reg data_l2_dirty;
    reg data_l2_glob;
    reg [11:0] data_l2_pcid;
    reg data_fill_en;
    reg data_fill_prep;
    reg [17:0] data_fill_vpn_1g;
    reg [8:0] data_fill_vpn_2m;
    reg [8:0] data_fill_vpn_4k;
    reg [1:0] data_fill_size;
    reg [11:0] data_fill_pcid;
    reg data_fill_glob;
    reg [39:0] data_fill_pfn;
    reg data_fill_writable;
    reg data_fill_user;
    reg data_fill_xd;
    reg data_fill_dirty;
    reg [3:0] data_fill_pkey;
    reg walker_reset;
    reg walker_start;
    reg [39:0] walker_pml4_base;
    reg [17:0] walker_vpn_1g;
    reg [8:0] walker_vpn_2m;
    reg [8:0] walker_vpn_4k;
    reg walker_is_write;
    reg [11:0] walker_pcid;
    reg walker_cr4_pge;
    reg walker_efer_nxe;
    reg walker_inv_en;
    reg walker_inv_use_va;
    reg walker_inv_use_pcid;
    reg walker_inv_glob_wild;
    reg walker_inv_keep_glob;
    reg [35:0] walker_inv_vpn;
    reg [11:0] walker_inv_pcid;
    wire walker_rights_user;
    wire walker_rights_writable;
    wire walker_rights_xd;
    wire [3:0] walker_rights_pkey;
    reg walker_perm_allow;
    reg [5:0] walker_perm_code;
    reg walker_pwc_hit;
    reg [1:0] walker_pwc_level;
    reg [39:0] walker_pwc_base;
    reg walker_pwc_user;
    reg walker_pwc_writable;
    reg walker_pwc_xd;
    wire walker_pwc_fill_en;
    wire [1:0] walker_pwc_fill_level;
    wire [39:0] walker_pwc_fill_base;
    wire walker_pwc_fill_user;
    wire walker_pwc_fill_writable;
    wire walker_pwc_fill_xd;
    wire walker_mem_req_valid;
    reg walker_mem_req_ready;
    wire [51:0] walker_mem_req_addr;
    wire walker_mem_req_we;
    wire [63:0] walker_mem_req_wdata;
    wire [63:0] walker_mem_req_expect;
    reg walker_mem_rsp_valid;
    reg [63:0] walker_mem_rsp_data;
    reg walker_mem_rsp_err;
    reg walker_mem_rsp_stale;
    wire walker_rewalk;
    wire walker_busy;
    wire walker_done;
    wire walker_fault;
    wire [5:0] walker_error_code;
    wire [39:0] walker_pfn;
    wire [1:0] walker_size;
    wire walker_bus_error;
    wire [51:0] walker_err_addr;
    wire walker_fill_en;
    wire walker_fill_prep;
    wire [17:0] walker_fill_vpn_1g;
    wire [8:0] walker_fill_vpn_2m;
    wire [8:0] walker_fill_vpn_4k;
    wire [1:0] walker_fill_size;
    wire [11:0] walker_fill_pcid;
    wire walker_fill_glob;
    wire [39:0] walker_fill_pfn;
    wire walker_fill_writable;
    wire walker_fill_user;
    wire walker_fill_xd;
    wire walker_fill_dirty;
    wire [3:0] walker_fill_pkey;
    wire walker_kill;
    reg perm_page_user;
    reg perm_page_writable;
    reg perm_page_xd;
    reg [3:0] perm_page_pkey;
    reg [1:0] perm_kind;
    reg perm_user_access;
    reg perm_cr0_wp;
    reg perm_cr4_smep;
    reg perm_cr4_smap;
    reg perm_cr4_pke;
    reg perm_efer_nxe;
    reg perm_rflags_ac;
    reg [31:0] perm_pkru;
    wire perm_allow;
    wire [5:0] perm_error_code;
    reg pwc_reset;
    reg pwc_lk_en;
    reg [17:0] pwc_lk_vpn_1g;
    reg [8:0] pwc_lk_vpn_2m;
    reg [11:0] pwc_lk_pcid;
    wire pwc_hit;
    wire [1:0] pwc_hit_level;
    wire [39:0] pwc_hit_base;
    wire pwc_hit_user;
    wire pwc_hit_writable;
    wire pwc_hit_xd;
    reg pwc_fill_en;
    reg [1:0] pwc_fill_level;
    reg [17:0] pwc_fill_vpn_1g;
    reg [8:0] pwc_fill_vpn_2m;
    reg [11:0] pwc_fill_pcid;
    reg [39:0] pwc_fill_base;
    reg pwc_fill_user;
    reg pwc_fill_writable;
    reg pwc_fill_xd;
    reg pwc_inv_en;
    reg pwc_inv_use_pcid;
    reg [11:0] pwc_inv_pcid;
    reg l2_reset;
    reg l2_lk_start;
    reg [17:0] l2_lk_vpn_1g;
    reg [8:0] l2_lk_vpn_2m;
    reg [8:0] l2_lk_vpn_4k;
    reg [11:0] l2_lk_pcid;
    reg l2_lk_write;
    reg l2_lk_data;
    reg l2_sp_take;
    reg l2_sp_data;
    reg [8:0] l2_sp_vpn_4k;
    wire l2__busy;
    wire l2__busy_next;
    wire l2__hit;
    wire l2__miss;
    wire [1:0] l2_hit_size;
    wire [11:0] l2_hit_pcid;
    wire l2_hit_glob;
    wire [39:0] l2_hit_pfn;
    wire l2_hit_writable;
    wire l2_hit_user;
    wire l2_hit_xd;
    wire l2_hit_dirty;
    wire [3:0] l2_hit_pkey;
    reg l2_fill_en;
    reg [17:0] l2_fill_vpn_1g;
    reg [8:0] l2_fill_vpn_2m;
    reg [8:0] l2_fill_vpn_4k;
    reg [1:0] l2_fill_size;
    reg [11:0] l2_fill_pcid;
    reg l2_fill_glob;
    reg [39:0] l2_fill_pfn;
    reg l2_fill_writable;
    reg l2_fill_user;
    reg l2_fill_xd;
    reg l2_fill_dirty;
    reg [3:0] l2_fill_pkey;
    reg l2_inv_en;
    reg l2_inv_flush;
    reg l2_inv_use_va;
    reg l2_inv_use_pcid;
    reg l2_inv_glob_wild;
    reg l2_inv_keep_glob;
    reg [35:0] l2_inv_vpn;
    reg [11:0] l2_inv_pcid;
    wire l2__flushing;
    reg w_data_d;
    reg w_data_q;
    reg prev_pge_d;
    reg prev_pge_q;
    reg prev_pcide_d;
    reg prev_pcide_q;
    reg prev_smep_d;
    reg prev_smep_q;
    reg [11:0] prev_pcid_d;
    reg [11:0] prev_pcid_q;
    reg cmd_fire;
    reg cr_flush_all;
    reg cr_smep;
    reg cr_change;
    reg hold;
    reg inv_en;
    reg [11:0] cur_pcid;
    reg inv_use_va;
    reg inv_use_pcid;
    reg inv_glob_wild;
    reg inv_keep_glob;
    reg [11:0] inv_pcid;
    reg [35:0] inv_vpn;
    reg [1:0] data_kind;
    reg start;
    reg walk_start;
    reg l2_busy;
    reg l2_busy_next;
    reg l2_flushing;
    reg l2_hit;
    reg l2_miss;
    reg sp_take;
    reg [8:0] sp_vpn_4k;
    reg busy_next;
    reg sel_data;
    reg [17:0] w_vpn_1g;
    reg [8:0] w_vpn_2m;
    reg [8:0] w_vpn_4k;
    reg [1:0] w_kind;
    reg w_user;
    reg [11:0] w_pcid;
    localparam pfn_mask = 40'hfffffff;
    localparam l2_on = 1'b1;
    localparam OutcomeCode_Ok = 0;
    localparam OutcomeCode_PageFault = 1;
    localparam OutcomeCode_GeneralProtection = 2;
    localparam OutcomeCode_BusError = 3;
    localparam CmdOp_MovCr3 = 0;
    localparam CmdOp_Invlpg = 1;
    localparam CmdOp_InvpcidAddress = 2;
    localparam CmdOp_InvpcidSingleContext = 3;
    localparam CmdOp_InvpcidAllIncludingGlobal = 4;
    localparam CmdOp_InvpcidAllNonGlobal = 5;
    localparam CmdOp_Reserved6 = 6;
    localparam CmdOp_Reserved7 = 7;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    mmu_axi4_mmu_fetch fetch (
        .clock(clock),
        .reset(fetch_reset),
        .req_valid(fetch__req_valid),
        .req_ready(fetch__req_ready),
        .free(fetch_free),
        .req_va(fetch__req_va),
        .req_kind(fetch_req_kind),
        .req_user(fetch__req_user),
        .hold(fetch_hold),
        .cur_pcid(fetch_cur_pcid),
        .rsp_valid(fetch__rsp_valid),
        .rsp_outcome(fetch__rsp_outcome),
        .rsp_pa(fetch__rsp_pa),
        .rsp_error_code(fetch__rsp_error_code),
        .rsp_tlb_hit(fetch__rsp_tlb_hit),
        .rsp_l2_hit(fetch__rsp_l2_hit),
        .cr0_wp(fetch_cr0_wp),
        .cr4_smep(fetch_cr4_smep),
        .cr4_smap(fetch_cr4_smap),
        .cr4_pke(fetch_cr4_pke),
        .efer_nxe(fetch_efer_nxe),
        .rflags_ac(fetch_rflags_ac),
        .pkru(fetch_pkru),
        .inv_en(fetch_inv_en),
        .inv_use_va(fetch_inv_use_va),
        .inv_use_pcid(fetch_inv_use_pcid),
        .inv_glob_wild(fetch_inv_glob_wild),
        .inv_keep_glob(fetch_inv_keep_glob),
        .inv_vpn(fetch_inv_vpn),
        .inv_pcid(fetch_inv_pcid),
        .walk_req(fetch_walk_req),
        .walk_req_next(fetch_walk_req_next),
        .acc_vpn_1g(fetch_acc_vpn_1g),
        .acc_vpn_2m(fetch_acc_vpn_2m),
        .acc_vpn_4k(fetch_acc_vpn_4k),
        .acc_kind(fetch_acc_kind),
        .acc_user(fetch_acc_user),
        .acc_pcid(fetch_acc_pcid),
        .walk_done(fetch_walk_done),
        .walk_fault(fetch_walk_fault),
        .walk_bus_error(fetch_walk_bus_error),
        .walk_err_addr(fetch_walk_err_addr),
        .walk_error_code(fetch_walk_error_code),
        .walk_pfn(fetch_walk_pfn),
        .walk_size(fetch_walk_size),
        .l2_done(fetch_l2_done),
        .l2_pfn(fetch_l2_pfn),
        .l2_size(fetch_l2_size),
        .l2_user(fetch_l2_user),
        .l2_writable(fetch_l2_writable),
        .l2_xd(fetch_l2_xd),
        .l2_pkey(fetch_l2_pkey),
        .l2_dirty(fetch_l2_dirty),
        .l2_glob(fetch_l2_glob),
        .l2_pcid(fetch_l2_pcid),
        .fill_en(fetch_fill_en),
        .fill_prep(fetch_fill_prep),
        .fill_vpn_1g(fetch_fill_vpn_1g),
        .fill_vpn_2m(fetch_fill_vpn_2m),
        .fill_vpn_4k(fetch_fill_vpn_4k),
        .fill_size(fetch_fill_size),
        .fill_pcid(fetch_fill_pcid),
        .fill_glob(fetch_fill_glob),
        .fill_pfn(fetch_fill_pfn),
        .fill_writable(fetch_fill_writable),
        .fill_user(fetch_fill_user),
        .fill_xd(fetch_fill_xd),
        .fill_dirty(fetch_fill_dirty),
        .fill_pkey(fetch_fill_pkey)
    );
    mmu_axi4_mmu_data data (
        .clock(clock),
        .reset(data_reset),
        .req_valid(data__req_valid),
        .req_ready(data__req_ready),
        .free(data_free),
        .req_va(data__req_va),
        .req_kind(data_req_kind),
        .req_user(data__req_user),
        .hold(data_hold),
        .cur_pcid(data_cur_pcid),
        .rsp_valid(data__rsp_valid),
        .rsp_outcome(data__rsp_outcome),
        .rsp_pa(data__rsp_pa),
        .rsp_error_code(data__rsp_error_code),
        .rsp_tlb_hit(data__rsp_tlb_hit),
        .rsp_l2_hit(data__rsp_l2_hit),
        .cr0_wp(data_cr0_wp),
        .cr4_smep(data_cr4_smep),
        .cr4_smap(data_cr4_smap),
        .cr4_pke(data_cr4_pke),
        .efer_nxe(data_efer_nxe),
        .rflags_ac(data_rflags_ac),
        .pkru(data_pkru),
        .inv_en(data_inv_en),
        .inv_use_va(data_inv_use_va),
        .inv_use_pcid(data_inv_use_pcid),
        .inv_glob_wild(data_inv_glob_wild),
        .inv_keep_glob(data_inv_keep_glob),
        .inv_vpn(data_inv_vpn),
        .inv_pcid(data_inv_pcid),
        .walk_req(data_walk_req),
        .walk_req_next(data_walk_req_next),
        .acc_vpn_1g(data_acc_vpn_1g),
        .acc_vpn_2m(data_acc_vpn_2m),
        .acc_vpn_4k(data_acc_vpn_4k),
        .acc_kind(data_acc_kind),
        .acc_user(data_acc_user),
        .acc_pcid(data_acc_pcid),
        .walk_done(data_walk_done),
        .walk_fault(data_walk_fault),
        .walk_bus_error(data_walk_bus_error),
        .walk_err_addr(data_walk_err_addr),
        .walk_error_code(data_walk_error_code),
        .walk_pfn(data_walk_pfn),
        .walk_size(data_walk_size),
        .l2_done(data_l2_done),
        .l2_pfn(data_l2_pfn),
        .l2_size(data_l2_size),
        .l2_user(data_l2_user),
        .l2_writable(data_l2_writable),
        .l2_xd(data_l2_xd),
        .l2_pkey(data_l2_pkey),
        .l2_dirty(data_l2_dirty),
        .l2_glob(data_l2_glob),
        .l2_pcid(data_l2_pcid),
        .fill_en(data_fill_en),
        .fill_prep(data_fill_prep),
        .fill_vpn_1g(data_fill_vpn_1g),
        .fill_vpn_2m(data_fill_vpn_2m),
        .fill_vpn_4k(data_fill_vpn_4k),
        .fill_size(data_fill_size),
        .fill_pcid(data_fill_pcid),
        .fill_glob(data_fill_glob),
        .fill_pfn(data_fill_pfn),
        .fill_writable(data_fill_writable),
        .fill_user(data_fill_user),
        .fill_xd(data_fill_xd),
        .fill_dirty(data_fill_dirty),
        .fill_pkey(data_fill_pkey)
    );
    mmu_axi4_mmu_walker walker (
        .clock(clock),
        .reset(walker_reset),
        .start(walker_start),
        .pml4_base(walker_pml4_base),
        .vpn_1g(walker_vpn_1g),
        .vpn_2m(walker_vpn_2m),
        .vpn_4k(walker_vpn_4k),
        .is_write(walker_is_write),
        .pcid(walker_pcid),
        .cr4_pge(walker_cr4_pge),
        .efer_nxe(walker_efer_nxe),
        .inv_en(walker_inv_en),
        .inv_use_va(walker_inv_use_va),
        .inv_use_pcid(walker_inv_use_pcid),
        .inv_glob_wild(walker_inv_glob_wild),
        .inv_keep_glob(walker_inv_keep_glob),
        .inv_vpn(walker_inv_vpn),
        .inv_pcid(walker_inv_pcid),
        .rights_user(walker_rights_user),
        .rights_writable(walker_rights_writable),
        .rights_xd(walker_rights_xd),
        .rights_pkey(walker_rights_pkey),
        .perm_allow(walker_perm_allow),
        .perm_code(walker_perm_code),
        .pwc_hit(walker_pwc_hit),
        .pwc_level(walker_pwc_level),
        .pwc_base(walker_pwc_base),
        .pwc_user(walker_pwc_user),
        .pwc_writable(walker_pwc_writable),
        .pwc_xd(walker_pwc_xd),
        .pwc_fill_en(walker_pwc_fill_en),
        .pwc_fill_level(walker_pwc_fill_level),
        .pwc_fill_base(walker_pwc_fill_base),
        .pwc_fill_user(walker_pwc_fill_user),
        .pwc_fill_writable(walker_pwc_fill_writable),
        .pwc_fill_xd(walker_pwc_fill_xd),
        .mem_req_valid(walker_mem_req_valid),
        .mem_req_ready(walker_mem_req_ready),
        .mem_req_addr(walker_mem_req_addr),
        .mem_req_we(walker_mem_req_we),
        .mem_req_wdata(walker_mem_req_wdata),
        .mem_req_expect(walker_mem_req_expect),
        .mem_rsp_valid(walker_mem_rsp_valid),
        .mem_rsp_data(walker_mem_rsp_data),
        .mem_rsp_err(walker_mem_rsp_err),
        .mem_rsp_stale(walker_mem_rsp_stale),
        .rewalk(walker_rewalk),
        .busy(walker_busy),
        .done(walker_done),
        .fault(walker_fault),
        .error_code(walker_error_code),
        .pfn(walker_pfn),
        .size(walker_size),
        .bus_error(walker_bus_error),
        .err_addr(walker_err_addr),
        .fill_en(walker_fill_en),
        .fill_prep(walker_fill_prep),
        .fill_vpn_1g(walker_fill_vpn_1g),
        .fill_vpn_2m(walker_fill_vpn_2m),
        .fill_vpn_4k(walker_fill_vpn_4k),
        .fill_size(walker_fill_size),
        .fill_pcid(walker_fill_pcid),
        .fill_glob(walker_fill_glob),
        .fill_pfn(walker_fill_pfn),
        .fill_writable(walker_fill_writable),
        .fill_user(walker_fill_user),
        .fill_xd(walker_fill_xd),
        .fill_dirty(walker_fill_dirty),
        .fill_pkey(walker_fill_pkey),
        .kill(walker_kill)
    );
    mmu_axi4_mmu_perm perm (
        .page_user(perm_page_user),
        .page_writable(perm_page_writable),
        .page_xd(perm_page_xd),
        .page_pkey(perm_page_pkey),
        .kind(perm_kind),
        .user_access(perm_user_access),
        .cr0_wp(perm_cr0_wp),
        .cr4_smep(perm_cr4_smep),
        .cr4_smap(perm_cr4_smap),
        .cr4_pke(perm_cr4_pke),
        .efer_nxe(perm_efer_nxe),
        .rflags_ac(perm_rflags_ac),
        .pkru(perm_pkru),
        .allow(perm_allow),
        .error_code(perm_error_code)
    );
    mmu_axi4_mmu_pwc pwc (
        .clock(clock),
        .reset(pwc_reset),
        .lk_en(pwc_lk_en),
        .lk_vpn_1g(pwc_lk_vpn_1g),
        .lk_vpn_2m(pwc_lk_vpn_2m),
        .lk_pcid(pwc_lk_pcid),
        .hit(pwc_hit),
        .hit_level(pwc_hit_level),
        .hit_base(pwc_hit_base),
        .hit_user(pwc_hit_user),
        .hit_writable(pwc_hit_writable),
        .hit_xd(pwc_hit_xd),
        .fill_en(pwc_fill_en),
        .fill_level(pwc_fill_level),
        .fill_vpn_1g(pwc_fill_vpn_1g),
        .fill_vpn_2m(pwc_fill_vpn_2m),
        .fill_pcid(pwc_fill_pcid),
        .fill_base(pwc_fill_base),
        .fill_user(pwc_fill_user),
        .fill_writable(pwc_fill_writable),
        .fill_xd(pwc_fill_xd),
        .inv_en(pwc_inv_en),
        .inv_use_pcid(pwc_inv_use_pcid),
        .inv_pcid(pwc_inv_pcid)
    );
    mmu_axi4_mmu_l2 l2 (
        .clock(clock),
        .reset(l2_reset),
        .lk_start(l2_lk_start),
        .lk_vpn_1g(l2_lk_vpn_1g),
        .lk_vpn_2m(l2_lk_vpn_2m),
        .lk_vpn_4k(l2_lk_vpn_4k),
        .lk_pcid(l2_lk_pcid),
        .lk_write(l2_lk_write),
        .lk_data(l2_lk_data),
        .sp_take(l2_sp_take),
        .sp_data(l2_sp_data),
        .sp_vpn_4k(l2_sp_vpn_4k),
        .busy(l2__busy),
        .busy_next(l2__busy_next),
        .hit(l2__hit),
        .miss(l2__miss),
        .hit_size(l2_hit_size),
        .hit_pcid(l2_hit_pcid),
        .hit_glob(l2_hit_glob),
        .hit_pfn(l2_hit_pfn),
        .hit_writable(l2_hit_writable),
        .hit_user(l2_hit_user),
        .hit_xd(l2_hit_xd),
        .hit_dirty(l2_hit_dirty),
        .hit_pkey(l2_hit_pkey),
        .fill_en(l2_fill_en),
        .fill_vpn_1g(l2_fill_vpn_1g),
        .fill_vpn_2m(l2_fill_vpn_2m),
        .fill_vpn_4k(l2_fill_vpn_4k),
        .fill_size(l2_fill_size),
        .fill_pcid(l2_fill_pcid),
        .fill_glob(l2_fill_glob),
        .fill_pfn(l2_fill_pfn),
        .fill_writable(l2_fill_writable),
        .fill_user(l2_fill_user),
        .fill_xd(l2_fill_xd),
        .fill_dirty(l2_fill_dirty),
        .fill_pkey(l2_fill_pkey),
        .inv_en(l2_inv_en),
        .inv_flush(l2_inv_flush),
        .inv_use_va(l2_inv_use_va),
        .inv_use_pcid(l2_inv_use_pcid),
        .inv_glob_wild(l2_inv_glob_wild),
        .inv_keep_glob(l2_inv_keep_glob),
        .inv_vpn(l2_inv_vpn),
        .inv_pcid(l2_inv_pcid),
        .flushing(l2__flushing)
    );
    always @(*) begin
        w_data_d = w_data_q;
        w_data_d = w_data_q;
        if (~busy_next) begin
            w_data_d = data_walk_req_next && ~fetch_walk_req_next;
        end
    end
    always @(*) begin
        prev_pge_d = prev_pge_q;
        prev_pge_d = cr4_pge;
    end
    always @(*) begin
        prev_pcide_d = prev_pcide_q;
        prev_pcide_d = cr4_pcide;
    end
    always @(*) begin
        prev_smep_d = prev_smep_q;
        prev_smep_d = cr4_smep;
    end
    always @(*) begin
        prev_pcid_d = prev_pcid_q;
        prev_pcid_d = cur_pcid;
    end
    always @(*) begin
        cur_pcid = 12'h0;
        if (cr4_pcide) begin
            cur_pcid = cr3[0 +: 12];
        end
    end
    always @(*) begin
        cr_flush_all = (cr4_pge != prev_pge_q) || (prev_pcide_q && ~cr4_pcide);
    end
    always @(*) begin
        cr_smep = cr4_smep && ~prev_smep_q;
    end
    always @(*) begin
        cr_change = (cr_flush_all || cr_smep) && ~reset;
    end
    always @(*) begin
        l2_flushing = l2_on && l2__flushing;
    end
    always @(*) begin
        cmd_ready = ~reset && ~cr_change && ~l2_flushing;
    end
    always @(*) begin
        cmd_fire = cmd_valid && cmd_ready;
    end
    always @(*) begin
        hold = cmd_fire || cr_change || l2_flushing;
    end
    always @(*) begin
        inv_en = 1'b0;
        if (cr_change) begin
            inv_en = 1'b1;
        end
        else if (cmd_fire) begin
            if (cmd_op == CmdOp_MovCr3) begin
                if (~cr4_pcide) begin
                    inv_en = 1'b1;
                end
                else if (~cmd_noflush) begin
                    inv_en = 1'b1;
                end
            end
            if (cmd_op == CmdOp_Invlpg) begin
                inv_en = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAddress) begin
                inv_en = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidSingleContext) begin
                inv_en = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAllIncludingGlobal) begin
                inv_en = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAllNonGlobal) begin
                inv_en = 1'b1;
            end
        end
    end
    always @(*) begin
        inv_use_va = 1'b0;
        if (!(cr_change)) if (cmd_fire) begin
            if (cmd_op == CmdOp_Invlpg) begin
                inv_use_va = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAddress) begin
                inv_use_va = 1'b1;
            end
        end
    end
    always @(*) begin
        inv_use_pcid = 1'b0;
        if (cr_change) begin
            if (~cr_flush_all) begin
                inv_use_pcid = 1'b1;
            end
        end
        else if (cmd_fire) begin
            if (cmd_op == CmdOp_MovCr3) begin
                if (!(~cr4_pcide)) if (~cmd_noflush) begin
                    inv_use_pcid = 1'b1;
                end
            end
            if (cmd_op == CmdOp_Invlpg) begin
                inv_use_pcid = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAddress) begin
                inv_use_pcid = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidSingleContext) begin
                inv_use_pcid = 1'b1;
            end
        end
    end
    always @(*) begin
        inv_glob_wild = 1'b0;
        if (!(cr_change)) if (cmd_fire) begin
            if (cmd_op == CmdOp_Invlpg) begin
                inv_glob_wild = 1'b1;
            end
        end
    end
    always @(*) begin
        inv_keep_glob = 1'b0;
        if (!(cr_change)) if (cmd_fire) begin
            if (cmd_op == CmdOp_MovCr3) begin
                if (~cr4_pcide) begin
                    inv_keep_glob = 1'b1;
                end
                else if (~cmd_noflush) begin
                    inv_keep_glob = 1'b1;
                end
            end
            if (cmd_op == CmdOp_InvpcidAddress) begin
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidSingleContext) begin
                inv_keep_glob = 1'b1;
            end
            if (cmd_op == CmdOp_InvpcidAllNonGlobal) begin
                inv_keep_glob = 1'b1;
            end
        end
    end
    always @(*) begin
        inv_pcid = cmd_pcid;
        if (cr_change) begin
            if (~cr_flush_all) begin
                inv_pcid = prev_pcid_q;
            end
        end
        else if (cmd_fire) begin
            if (cmd_op == CmdOp_Invlpg) begin
                inv_pcid = cur_pcid;
            end
        end
    end
    always @(*) begin
        inv_vpn = cmd_va[12 +: 36];
    end
    always @(*) begin
        fetch_inv_en = inv_en;
    end
    always @(*) begin
        fetch_inv_use_va = inv_use_va;
    end
    always @(*) begin
        fetch_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        fetch_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        fetch_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        fetch_inv_vpn = inv_vpn;
    end
    always @(*) begin
        fetch_inv_pcid = inv_pcid;
    end
    always @(*) begin
        data_inv_en = inv_en;
    end
    always @(*) begin
        data_inv_use_va = inv_use_va;
    end
    always @(*) begin
        data_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        data_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        data_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        data_inv_vpn = inv_vpn;
    end
    always @(*) begin
        data_inv_pcid = inv_pcid;
    end
    always @(*) begin
        walker_inv_en = inv_en;
    end
    always @(*) begin
        walker_inv_use_va = inv_use_va;
    end
    always @(*) begin
        walker_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        walker_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        walker_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        walker_inv_vpn = inv_vpn;
    end
    always @(*) begin
        walker_inv_pcid = inv_pcid;
    end
    always @(*) begin
        l2_reset = reset && l2_on;
    end
    always @(*) begin
        l2_inv_en = inv_en && l2_on;
    end
    always @(*) begin
        l2_inv_flush = cr_change;
    end
    always @(*) begin
        l2_inv_use_va = inv_use_va;
    end
    always @(*) begin
        l2_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        l2_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        l2_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        l2_inv_vpn = inv_vpn;
    end
    always @(*) begin
        l2_inv_pcid = inv_pcid;
    end
    always @(*) begin
        pwc_inv_en = inv_en;
    end
    always @(*) begin
        pwc_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        pwc_inv_pcid = inv_pcid;
    end
    always @(*) begin
        data_kind = AccessKind_Read;
        if (data_req_write) begin
            data_kind = AccessKind_Write;
        end
    end
    always @(*) begin
        fetch_reset = reset;
    end
    always @(*) begin
        fetch__req_valid = fetch_req_valid;
    end
    always @(*) begin
        fetch__req_va = fetch_req_va;
    end
    assign fetch_req_kind = AccessKind_Fetch;
    always @(*) begin
        fetch__req_user = fetch_req_user;
    end
    always @(*) begin
        fetch_hold = hold;
    end
    always @(*) begin
        fetch_cur_pcid = cur_pcid;
    end
    always @(*) begin
        data_reset = reset;
    end
    always @(*) begin
        data__req_valid = data_req_valid;
    end
    always @(*) begin
        data__req_va = data_req_va;
    end
    always @(*) begin
        data_req_kind = data_kind;
    end
    always @(*) begin
        data__req_user = data_req_user;
    end
    always @(*) begin
        data_hold = hold;
    end
    always @(*) begin
        data_cur_pcid = cur_pcid;
    end
    always @(*) begin
        fetch_cr0_wp = cr0_wp;
    end
    always @(*) begin
        fetch_cr4_smep = cr4_smep;
    end
    always @(*) begin
        fetch_cr4_smap = cr4_smap;
    end
    always @(*) begin
        fetch_cr4_pke = cr4_pke;
    end
    always @(*) begin
        fetch_efer_nxe = efer_nxe;
    end
    always @(*) begin
        fetch_rflags_ac = rflags_ac;
    end
    always @(*) begin
        fetch_pkru = pkru;
    end
    always @(*) begin
        data_cr0_wp = cr0_wp;
    end
    always @(*) begin
        data_cr4_smep = cr4_smep;
    end
    always @(*) begin
        data_cr4_smap = cr4_smap;
    end
    always @(*) begin
        data_cr4_pke = cr4_pke;
    end
    always @(*) begin
        data_efer_nxe = efer_nxe;
    end
    always @(*) begin
        data_rflags_ac = rflags_ac;
    end
    always @(*) begin
        data_pkru = pkru;
    end
    always @(*) begin
        fetch_req_ready = fetch__req_ready;
    end
    always @(*) begin
        data_req_ready = data__req_ready;
    end
    always @(*) begin
        l2_busy = l2_on && l2__busy;
    end
    always @(*) begin
        l2_busy_next = l2_on && l2__busy_next;
    end
    always @(*) begin
        l2_hit = l2_on && l2__hit;
    end
    always @(*) begin
        l2_miss = l2_on && l2__miss;
    end
    always @(*) begin
        start = ~walker_busy && ~l2_busy && ~l2_flushing && (fetch_walk_req || data_walk_req);
    end
    always @(*) begin
        walk_start = start;
        if (l2_on) begin
            walk_start = l2_miss;
        end
    end
    always @(*) begin
        busy_next = ~reset && (walk_start || l2_busy_next || (walker_busy && ~walker_done));
    end
    always @(*) begin
        sel_data = w_data_q;
    end
    always @(*) begin
        w_vpn_1g = fetch_acc_vpn_1g;
        if (sel_data) begin
            w_vpn_1g = data_acc_vpn_1g;
        end
    end
    always @(*) begin
        w_vpn_2m = fetch_acc_vpn_2m;
        if (sel_data) begin
            w_vpn_2m = data_acc_vpn_2m;
        end
    end
    always @(*) begin
        w_vpn_4k = fetch_acc_vpn_4k;
        if (sel_data) begin
            w_vpn_4k = data_acc_vpn_4k;
        end
    end
    always @(*) begin
        w_kind = fetch_acc_kind;
        if (sel_data) begin
            w_kind = data_acc_kind;
        end
    end
    always @(*) begin
        w_user = fetch_acc_user;
        if (sel_data) begin
            w_user = data_acc_user;
        end
    end
    always @(*) begin
        w_pcid = fetch_acc_pcid;
        if (sel_data) begin
            w_pcid = data_acc_pcid;
        end
    end
    always @(*) begin
        walker_reset = reset;
    end
    always @(*) begin
        walker_start = walk_start;
    end
    always @(*) begin
        walker_pml4_base = cr3[12 +: 40] & pfn_mask;
    end
    always @(*) begin
        walker_vpn_1g = w_vpn_1g;
    end
    always @(*) begin
        walker_vpn_2m = w_vpn_2m;
    end
    always @(*) begin
        walker_vpn_4k = w_vpn_4k;
    end
    always @(*) begin
        walker_is_write = w_kind == AccessKind_Write;
    end
    always @(*) begin
        walker_pcid = w_pcid;
    end
    always @(*) begin
        walker_cr4_pge = cr4_pge;
    end
    always @(*) begin
        walker_efer_nxe = efer_nxe;
    end
    always @(*) begin
        walker_perm_allow = perm_allow;
    end
    always @(*) begin
        walker_perm_code = perm_error_code;
    end
    always @(*) begin
        walker_mem_req_ready = mem_req_ready;
    end
    always @(*) begin
        walker_mem_rsp_valid = mem_rsp_valid;
    end
    always @(*) begin
        walker_mem_rsp_data = mem_rsp_data;
    end
    always @(*) begin
        walker_mem_rsp_err = mem_rsp_err;
    end
    always @(*) begin
        walker_mem_rsp_stale = mem_rsp_stale;
    end
    always @(*) begin
        mem_req_valid = walker_mem_req_valid;
    end
    always @(*) begin
        mem_req_addr = walker_mem_req_addr;
    end
    always @(*) begin
        mem_req_we = walker_mem_req_we;
    end
    always @(*) begin
        mem_req_wdata = walker_mem_req_wdata;
    end
    always @(*) begin
        mem_req_expect = walker_mem_req_expect;
    end
    always @(*) begin
        perm_page_user = walker_rights_user;
    end
    always @(*) begin
        perm_page_writable = walker_rights_writable;
    end
    always @(*) begin
        perm_page_xd = walker_rights_xd;
    end
    always @(*) begin
        perm_page_pkey = walker_rights_pkey;
    end
    always @(*) begin
        perm_kind = w_kind;
    end
    always @(*) begin
        perm_user_access = w_user;
    end
    always @(*) begin
        perm_cr0_wp = cr0_wp;
    end
    always @(*) begin
        perm_cr4_smep = cr4_smep;
    end
    always @(*) begin
        perm_cr4_smap = cr4_smap;
    end
    always @(*) begin
        perm_cr4_pke = cr4_pke;
    end
    always @(*) begin
        perm_efer_nxe = efer_nxe;
    end
    always @(*) begin
        perm_rflags_ac = rflags_ac;
    end
    always @(*) begin
        perm_pkru = pkru;
    end
    always @(*) begin
        pwc_reset = reset;
    end
    always @(*) begin
        pwc_lk_en = walk_start || walker_rewalk;
    end
    always @(*) begin
        pwc_lk_vpn_1g = w_vpn_1g;
    end
    always @(*) begin
        pwc_lk_vpn_2m = w_vpn_2m;
    end
    always @(*) begin
        pwc_lk_pcid = w_pcid;
    end
    always @(*) begin
        walker_pwc_hit = pwc_hit;
    end
    always @(*) begin
        walker_pwc_level = pwc_hit_level;
    end
    always @(*) begin
        walker_pwc_base = pwc_hit_base;
    end
    always @(*) begin
        walker_pwc_user = pwc_hit_user;
    end
    always @(*) begin
        walker_pwc_writable = pwc_hit_writable;
    end
    always @(*) begin
        walker_pwc_xd = pwc_hit_xd;
    end
    always @(*) begin
        pwc_fill_en = walker_pwc_fill_en;
    end
    always @(*) begin
        pwc_fill_level = walker_pwc_fill_level;
    end
    always @(*) begin
        pwc_fill_vpn_1g = w_vpn_1g;
    end
    always @(*) begin
        pwc_fill_vpn_2m = w_vpn_2m;
    end
    always @(*) begin
        pwc_fill_pcid = w_pcid;
    end
    always @(*) begin
        pwc_fill_base = walker_pwc_fill_base;
    end
    always @(*) begin
        pwc_fill_user = walker_pwc_fill_user;
    end
    always @(*) begin
        pwc_fill_writable = walker_pwc_fill_writable;
    end
    always @(*) begin
        pwc_fill_xd = walker_pwc_fill_xd;
    end
    always @(*) begin
        l2_lk_start = start && l2_on;
    end
    always @(*) begin
        l2_lk_vpn_1g = w_vpn_1g;
    end
    always @(*) begin
        l2_lk_vpn_2m = w_vpn_2m;
    end
    always @(*) begin
        l2_lk_vpn_4k = w_vpn_4k;
    end
    always @(*) begin
        l2_lk_pcid = w_pcid;
    end
    always @(*) begin
        l2_lk_write = w_kind == AccessKind_Write;
    end
    always @(*) begin
        l2_lk_data = sel_data;
    end
    always @(*) begin
        sp_take = data_req_valid && data_free;
        if (fetch_req_valid) begin
            sp_take = fetch_free;
        end
        if (hold || reset) begin
            sp_take = 1'b0;
        end
    end
    always @(*) begin
        sp_vpn_4k = data_req_va[12 +: 9];
        if (fetch_req_valid) begin
            sp_vpn_4k = fetch_req_va[12 +: 9];
        end
    end
    always @(*) begin
        l2_sp_data = ~fetch_req_valid;
    end
    always @(*) begin
        l2_sp_take = sp_take;
    end
    always @(*) begin
        l2_sp_vpn_4k = sp_vpn_4k;
    end
    always @(*) begin
        l2_fill_en = walker_fill_en;
    end
    always @(*) begin
        l2_fill_vpn_1g = walker_fill_vpn_1g;
    end
    always @(*) begin
        l2_fill_vpn_2m = walker_fill_vpn_2m;
    end
    always @(*) begin
        l2_fill_vpn_4k = walker_fill_vpn_4k;
    end
    always @(*) begin
        l2_fill_size = walker_fill_size;
    end
    always @(*) begin
        l2_fill_pcid = walker_fill_pcid;
    end
    always @(*) begin
        l2_fill_glob = walker_fill_glob;
    end
    always @(*) begin
        l2_fill_pfn = walker_fill_pfn;
    end
    always @(*) begin
        l2_fill_writable = walker_fill_writable;
    end
    always @(*) begin
        l2_fill_user = walker_fill_user;
    end
    always @(*) begin
        l2_fill_xd = walker_fill_xd;
    end
    always @(*) begin
        l2_fill_dirty = walker_fill_dirty;
    end
    always @(*) begin
        l2_fill_pkey = walker_fill_pkey;
    end
    always @(*) begin
        fetch_walk_done = walker_done && ~sel_data;
    end
    always @(*) begin
        data_walk_done = walker_done && sel_data;
    end
    always @(*) begin
        fetch_l2_done = l2_hit && ~sel_data;
    end
    always @(*) begin
        data_l2_done = l2_hit && sel_data;
    end
    always @(*) begin
        fetch_fill_en = walker_fill_en && ~sel_data;
    end
    always @(*) begin
        data_fill_en = walker_fill_en && sel_data;
    end
    always @(*) begin
        fetch_fill_prep = walker_fill_prep && ~sel_data;
    end
    always @(*) begin
        data_fill_prep = walker_fill_prep && sel_data;
    end
    always @(*) begin
        fetch_l2_pfn = l2_hit_pfn;
    end
    always @(*) begin
        fetch_l2_size = l2_hit_size;
    end
    always @(*) begin
        fetch_l2_user = l2_hit_user;
    end
    always @(*) begin
        fetch_l2_writable = l2_hit_writable;
    end
    always @(*) begin
        fetch_l2_xd = l2_hit_xd;
    end
    always @(*) begin
        fetch_l2_pkey = l2_hit_pkey;
    end
    always @(*) begin
        fetch_l2_dirty = l2_hit_dirty;
    end
    always @(*) begin
        fetch_l2_glob = l2_hit_glob;
    end
    always @(*) begin
        fetch_l2_pcid = l2_hit_pcid;
    end
    always @(*) begin
        data_l2_pfn = l2_hit_pfn;
    end
    always @(*) begin
        data_l2_size = l2_hit_size;
    end
    always @(*) begin
        data_l2_user = l2_hit_user;
    end
    always @(*) begin
        data_l2_writable = l2_hit_writable;
    end
    always @(*) begin
        data_l2_xd = l2_hit_xd;
    end
    always @(*) begin
        data_l2_pkey = l2_hit_pkey;
    end
    always @(*) begin
        data_l2_dirty = l2_hit_dirty;
    end
    always @(*) begin
        data_l2_glob = l2_hit_glob;
    end
    always @(*) begin
        data_l2_pcid = l2_hit_pcid;
    end
    always @(*) begin
        fetch_walk_fault = walker_fault;
    end
    always @(*) begin
        fetch_walk_bus_error = walker_bus_error;
    end
    always @(*) begin
        fetch_walk_err_addr = walker_err_addr;
    end
    always @(*) begin
        fetch_walk_error_code = walker_error_code;
    end
    always @(*) begin
        fetch_walk_pfn = walker_pfn;
    end
    always @(*) begin
        fetch_walk_size = walker_size;
    end
    always @(*) begin
        data_walk_fault = walker_fault;
    end
    always @(*) begin
        data_walk_bus_error = walker_bus_error;
    end
    always @(*) begin
        data_walk_err_addr = walker_err_addr;
    end
    always @(*) begin
        data_walk_error_code = walker_error_code;
    end
    always @(*) begin
        data_walk_pfn = walker_pfn;
    end
    always @(*) begin
        data_walk_size = walker_size;
    end
    always @(*) begin
        fetch_fill_vpn_1g = walker_fill_vpn_1g;
    end
    always @(*) begin
        fetch_fill_vpn_2m = walker_fill_vpn_2m;
    end
    always @(*) begin
        fetch_fill_vpn_4k = walker_fill_vpn_4k;
    end
    always @(*) begin
        fetch_fill_size = walker_fill_size;
    end
    always @(*) begin
        fetch_fill_pcid = walker_fill_pcid;
    end
    always @(*) begin
        fetch_fill_glob = walker_fill_glob;
    end
    always @(*) begin
        fetch_fill_pfn = walker_fill_pfn;
    end
    always @(*) begin
        fetch_fill_writable = walker_fill_writable;
    end
    always @(*) begin
        fetch_fill_user = walker_fill_user;
    end
    always @(*) begin
        fetch_fill_xd = walker_fill_xd;
    end
    always @(*) begin
        fetch_fill_dirty = walker_fill_dirty;
    end
    always @(*) begin
        fetch_fill_pkey = walker_fill_pkey;
    end
    always @(*) begin
        data_fill_vpn_1g = walker_fill_vpn_1g;
    end
    always @(*) begin
        data_fill_vpn_2m = walker_fill_vpn_2m;
    end
    always @(*) begin
        data_fill_vpn_4k = walker_fill_vpn_4k;
    end
    always @(*) begin
        data_fill_size = walker_fill_size;
    end
    always @(*) begin
        data_fill_pcid = walker_fill_pcid;
    end
    always @(*) begin
        data_fill_glob = walker_fill_glob;
    end
    always @(*) begin
        data_fill_pfn = walker_fill_pfn;
    end
    always @(*) begin
        data_fill_writable = walker_fill_writable;
    end
    always @(*) begin
        data_fill_user = walker_fill_user;
    end
    always @(*) begin
        data_fill_xd = walker_fill_xd;
    end
    always @(*) begin
        data_fill_dirty = walker_fill_dirty;
    end
    always @(*) begin
        data_fill_pkey = walker_fill_pkey;
    end
    always @(*) begin
        fetch_rsp_valid = fetch__rsp_valid;
    end
    always @(*) begin
        fetch_rsp_outcome = fetch__rsp_outcome;
    end
    always @(*) begin
        fetch_rsp_pa = fetch__rsp_pa;
    end
    always @(*) begin
        fetch_rsp_error_code = fetch__rsp_error_code;
    end
    always @(*) begin
        fetch_rsp_tlb_hit = fetch__rsp_tlb_hit;
    end
    always @(*) begin
        fetch_rsp_l2_hit = fetch__rsp_l2_hit;
    end
    always @(*) begin
        data_rsp_valid = data__rsp_valid;
    end
    always @(*) begin
        data_rsp_outcome = data__rsp_outcome;
    end
    always @(*) begin
        data_rsp_pa = data__rsp_pa;
    end
    always @(*) begin
        data_rsp_error_code = data__rsp_error_code;
    end
    always @(*) begin
        data_rsp_tlb_hit = data__rsp_tlb_hit;
    end
    always @(*) begin
        data_rsp_l2_hit = data__rsp_l2_hit;
    end
    initial begin
        w_data_q = 1'b0;
    end
    always @(posedge clock) begin
        w_data_q <= w_data_d;
    end
    initial begin
        prev_pge_q = 1'b0;
    end
    always @(posedge clock) begin
        prev_pge_q <= prev_pge_d;
    end
    initial begin
        prev_pcide_q = 1'b0;
    end
    always @(posedge clock) begin
        prev_pcide_q <= prev_pcide_d;
    end
    initial begin
        prev_smep_q = 1'b0;
    end
    always @(posedge clock) begin
        prev_smep_q <= prev_smep_d;
    end
    initial begin
        prev_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        prev_pcid_q <= prev_pcid_d;
    end
endmodule // mmu_axi4_mmu

// Port<N, A>: one CPU port of the MMU with its L1 TLB: the fetch port with the ITLB, or the data
// port with the DTLB. It takes requests, answers L1 hits and #GP itself in the next cycle with its
// own Perm, and hands a miss to the shared walker through the top's arbiter, whose answer it
// forwards as its response.
module mmu_axi4_mmu_data(clock, reset, req_valid, req_ready, free, req_va, req_kind, req_user, hold, cur_pcid, rsp_valid, rsp_outcome, rsp_pa, rsp_error_code, rsp_tlb_hit, rsp_l2_hit, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, inv_en, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid, walk_req, walk_req_next, acc_vpn_1g, acc_vpn_2m, acc_vpn_4k, acc_kind, acc_user, acc_pcid, walk_done, walk_fault, walk_bus_error, walk_err_addr, walk_error_code, walk_pfn, walk_size, l2_done, l2_pfn, l2_size, l2_user, l2_writable, l2_xd, l2_pkey, l2_dirty, l2_glob, l2_pcid, fill_en, fill_prep, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey);
    input wire clock;
    input wire reset;
    input wire req_valid;
    output reg req_ready;
    output reg free;
    input wire [63:0] req_va;
    input wire [1:0] req_kind;
    input wire req_user;
    input wire hold;
    input wire [11:0] cur_pcid;
    output reg rsp_valid;
    output reg [1:0] rsp_outcome;
    output reg [51:0] rsp_pa;
    output reg [5:0] rsp_error_code;
    output reg rsp_tlb_hit;
    output reg rsp_l2_hit;
    input wire cr0_wp;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    input wire inv_en;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    output reg walk_req;
    output reg walk_req_next;
    output reg [17:0] acc_vpn_1g;
    output reg [8:0] acc_vpn_2m;
    output reg [8:0] acc_vpn_4k;
    output reg [1:0] acc_kind;
    output reg acc_user;
    output reg [11:0] acc_pcid;
    input wire walk_done;
    input wire walk_fault;
    input wire walk_bus_error;
    input wire [51:0] walk_err_addr;
    input wire [5:0] walk_error_code;
    input wire [39:0] walk_pfn;
    input wire [1:0] walk_size;
    input wire l2_done;
    input wire [39:0] l2_pfn;
    input wire [1:0] l2_size;
    input wire l2_user;
    input wire l2_writable;
    input wire l2_xd;
    input wire [3:0] l2_pkey;
    input wire l2_dirty;
    input wire l2_glob;
    input wire [11:0] l2_pcid;
    input wire fill_en;
    input wire fill_prep;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [8:0] fill_vpn_4k;
    input wire [1:0] fill_size;
    input wire [11:0] fill_pcid;
    input wire fill_glob;
    input wire [39:0] fill_pfn;
    input wire fill_writable;
    input wire fill_user;
    input wire fill_xd;
    input wire fill_dirty;
    input wire [3:0] fill_pkey;
    reg tlb_reset;
    reg [35:0] tlb_lk_vpn;
    reg [11:0] tlb_lk_pcid;
    reg tlb_lk_capture;
    wire tlb_hit;
    wire [3:0] tlb_hit_idx;
    wire [1:0] tlb_hit_size;
    wire [39:0] tlb_hit_pfn;
    wire tlb_hit_glob;
    wire tlb_hit_writable;
    wire tlb_hit_user;
    wire tlb_hit_xd;
    wire tlb_hit_dirty;
    wire [3:0] tlb_hit_pkey;
    reg tlb_fill_en;
    reg tlb_fill_prep;
    reg [17:0] tlb_fill_vpn_1g;
    reg [8:0] tlb_fill_vpn_2m;
    reg [8:0] tlb_fill_vpn_4k;
    reg [1:0] tlb_fill_size;
    reg [11:0] tlb_fill_pcid;
    reg tlb_fill_glob;
    reg [39:0] tlb_fill_pfn;
    reg tlb_fill_writable;
    reg tlb_fill_user;
    reg tlb_fill_xd;
    reg tlb_fill_dirty;
    reg [3:0] tlb_fill_pkey;
    wire [3:0] tlb_fill_idx;
    reg tlb_inv_en;
    reg tlb_inv_use_va;
    reg tlb_inv_use_pcid;
    reg tlb_inv_glob_wild;
    reg tlb_inv_keep_glob;
    reg [35:0] tlb_inv_vpn;
    reg [11:0] tlb_inv_pcid;
    reg perm_page_user;
    reg perm_page_writable;
    reg perm_page_xd;
    reg [3:0] perm_page_pkey;
    reg [1:0] perm_kind;
    reg perm_user_access;
    reg perm_cr0_wp;
    reg perm_cr4_smep;
    reg perm_cr4_smap;
    reg perm_cr4_pke;
    reg perm_efer_nxe;
    reg perm_rflags_ac;
    reg [31:0] perm_pkru;
    wire perm_allow;
    wire [5:0] perm_error_code;
    reg r_fast_d;
    reg r_fast_q;
    reg r_gp_d;
    reg r_gp_q;
    reg r_l2_d;
    reg r_l2_q;
    reg r_wait_d;
    reg r_wait_q;
    reg [17:0] r_vpn_1g_d;
    reg [17:0] r_vpn_1g_q;
    reg [8:0] r_vpn_2m_d;
    reg [8:0] r_vpn_2m_q;
    reg [8:0] r_vpn_4k_d;
    reg [8:0] r_vpn_4k_q;
    reg [11:0] r_off_d;
    reg [11:0] r_off_q;
    reg [1:0] r_kind_d;
    reg [1:0] r_kind_q;
    reg r_user_d;
    reg r_user_q;
    reg [11:0] r_pcid_d;
    reg [11:0] r_pcid_q;
    reg [39:0] h_pfn_d;
    reg [39:0] h_pfn_q;
    reg [1:0] h_size_d;
    reg [1:0] h_size_q;
    reg h_user_d;
    reg h_user_q;
    reg h_writable_d;
    reg h_writable_q;
    reg h_xd_d;
    reg h_xd_q;
    reg [3:0] h_pkey_d;
    reg [3:0] h_pkey_q;
    reg h_dirty_d;
    reg h_dirty_q;
    reg h_glob_d;
    reg h_glob_q;
    reg [11:0] h_pcid_d;
    reg [11:0] h_pcid_q;
    reg accept;
    reg [16:0] va_top;
    reg canonical;
    reg hit_usable;
    reg wait_next;
    reg [39:0] sel_pfn;
    reg [1:0] sel_size;
    reg [51:0] pa;
    reg l_rsp_valid;
    reg [1:0] l_rsp_outcome;
    reg [51:0] l_rsp_pa;
    reg [5:0] l_rsp_error_code;
    reg l_rsp_tlb_hit;
    reg l_rsp_l2_hit;
    reg fl_en;
    reg fl_prep;
    reg [17:0] fl_vpn_1g;
    reg [8:0] fl_vpn_2m;
    reg [8:0] fl_vpn_4k;
    reg [1:0] fl_size;
    reg [11:0] fl_pcid;
    reg fl_glob;
    reg [39:0] fl_pfn;
    reg fl_writable;
    reg fl_user;
    reg fl_xd;
    reg fl_dirty;
    reg [3:0] fl_pkey;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    localparam OutcomeCode_Ok = 0;
    localparam OutcomeCode_PageFault = 1;
    localparam OutcomeCode_GeneralProtection = 2;
    localparam OutcomeCode_BusError = 3;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    mmu_axi4_mmu_data_tlb tlb (
        .clock(clock),
        .reset(tlb_reset),
        .lk_vpn(tlb_lk_vpn),
        .lk_pcid(tlb_lk_pcid),
        .lk_capture(tlb_lk_capture),
        .hit(tlb_hit),
        .hit_idx(tlb_hit_idx),
        .hit_size(tlb_hit_size),
        .hit_pfn(tlb_hit_pfn),
        .hit_glob(tlb_hit_glob),
        .hit_writable(tlb_hit_writable),
        .hit_user(tlb_hit_user),
        .hit_xd(tlb_hit_xd),
        .hit_dirty(tlb_hit_dirty),
        .hit_pkey(tlb_hit_pkey),
        .fill_en(tlb_fill_en),
        .fill_prep(tlb_fill_prep),
        .fill_vpn_1g(tlb_fill_vpn_1g),
        .fill_vpn_2m(tlb_fill_vpn_2m),
        .fill_vpn_4k(tlb_fill_vpn_4k),
        .fill_size(tlb_fill_size),
        .fill_pcid(tlb_fill_pcid),
        .fill_glob(tlb_fill_glob),
        .fill_pfn(tlb_fill_pfn),
        .fill_writable(tlb_fill_writable),
        .fill_user(tlb_fill_user),
        .fill_xd(tlb_fill_xd),
        .fill_dirty(tlb_fill_dirty),
        .fill_pkey(tlb_fill_pkey),
        .fill_idx(tlb_fill_idx),
        .inv_en(tlb_inv_en),
        .inv_use_va(tlb_inv_use_va),
        .inv_use_pcid(tlb_inv_use_pcid),
        .inv_glob_wild(tlb_inv_glob_wild),
        .inv_keep_glob(tlb_inv_keep_glob),
        .inv_vpn(tlb_inv_vpn),
        .inv_pcid(tlb_inv_pcid)
    );
    mmu_axi4_mmu_data_perm perm (
        .page_user(perm_page_user),
        .page_writable(perm_page_writable),
        .page_xd(perm_page_xd),
        .page_pkey(perm_page_pkey),
        .kind(perm_kind),
        .user_access(perm_user_access),
        .cr0_wp(perm_cr0_wp),
        .cr4_smep(perm_cr4_smep),
        .cr4_smap(perm_cr4_smap),
        .cr4_pke(perm_cr4_pke),
        .efer_nxe(perm_efer_nxe),
        .rflags_ac(perm_rflags_ac),
        .pkru(perm_pkru),
        .allow(perm_allow),
        .error_code(perm_error_code)
    );
    always @(*) begin
        r_fast_d = r_fast_q;
        r_fast_d = accept && (~canonical || hit_usable);
        if (l2_done) begin
            r_fast_d = 1'b1;
        end
        if (reset) begin
            r_fast_d = 1'b0;
        end
    end
    always @(*) begin
        r_gp_d = r_gp_q;
        if (accept) begin
            r_gp_d = ~canonical;
        end
    end
    always @(*) begin
        r_l2_d = r_l2_q;
        r_l2_d = l2_done;
        if (reset) begin
            r_l2_d = 1'b0;
        end
    end
    always @(*) begin
        r_wait_d = r_wait_q;
        r_wait_d = wait_next;
    end
    always @(*) begin
        r_vpn_1g_d = r_vpn_1g_q;
        if (accept) begin
            r_vpn_1g_d = req_va[30 +: 18];
        end
    end
    always @(*) begin
        r_vpn_2m_d = r_vpn_2m_q;
        if (accept) begin
            r_vpn_2m_d = req_va[21 +: 9];
        end
    end
    always @(*) begin
        r_vpn_4k_d = r_vpn_4k_q;
        if (accept) begin
            r_vpn_4k_d = req_va[12 +: 9];
        end
    end
    always @(*) begin
        r_off_d = r_off_q;
        if (accept) begin
            r_off_d = req_va[0 +: 12];
        end
    end
    always @(*) begin
        r_kind_d = r_kind_q;
        if (accept) begin
            r_kind_d = req_kind;
        end
    end
    always @(*) begin
        r_user_d = r_user_q;
        if (accept) begin
            r_user_d = req_user;
        end
    end
    always @(*) begin
        r_pcid_d = r_pcid_q;
        if (accept) begin
            r_pcid_d = cur_pcid;
        end
    end
    always @(*) begin
        h_pfn_d = h_pfn_q;
        if (accept) begin
            h_pfn_d = tlb_hit_pfn;
        end
        if (l2_done) begin
            h_pfn_d = l2_pfn;
        end
    end
    always @(*) begin
        h_size_d = h_size_q;
        if (accept) begin
            h_size_d = tlb_hit_size;
        end
        if (l2_done) begin
            h_size_d = l2_size;
        end
    end
    always @(*) begin
        h_user_d = h_user_q;
        if (accept) begin
            h_user_d = tlb_hit_user;
        end
        if (l2_done) begin
            h_user_d = l2_user;
        end
    end
    always @(*) begin
        h_writable_d = h_writable_q;
        if (accept) begin
            h_writable_d = tlb_hit_writable;
        end
        if (l2_done) begin
            h_writable_d = l2_writable;
        end
    end
    always @(*) begin
        h_xd_d = h_xd_q;
        if (accept) begin
            h_xd_d = tlb_hit_xd;
        end
        if (l2_done) begin
            h_xd_d = l2_xd;
        end
    end
    always @(*) begin
        h_pkey_d = h_pkey_q;
        if (accept) begin
            h_pkey_d = tlb_hit_pkey;
        end
        if (l2_done) begin
            h_pkey_d = l2_pkey;
        end
    end
    always @(*) begin
        h_dirty_d = h_dirty_q;
        if (l2_done) begin
            h_dirty_d = l2_dirty;
        end
    end
    always @(*) begin
        h_glob_d = h_glob_q;
        if (l2_done) begin
            h_glob_d = l2_glob;
        end
    end
    always @(*) begin
        h_pcid_d = h_pcid_q;
        if (l2_done) begin
            h_pcid_d = l2_pcid;
        end
    end
    always @(*) begin
        tlb_reset = reset;
    end
    always @(*) begin
        tlb_inv_en = inv_en;
    end
    always @(*) begin
        tlb_inv_use_va = inv_use_va;
    end
    always @(*) begin
        tlb_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        tlb_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        tlb_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        tlb_inv_vpn = inv_vpn;
    end
    always @(*) begin
        tlb_inv_pcid = inv_pcid;
    end
    always @(*) begin
        tlb_lk_vpn = req_va[12 +: 36];
    end
    always @(*) begin
        tlb_lk_pcid = cur_pcid;
    end
    always @(*) begin
        va_top = req_va[47 +: 17];
    end
    always @(*) begin
        canonical = &va_top || ~|va_top;
    end
    always @(*) begin
        hit_usable = tlb_hit && (tlb_hit_dirty || (req_kind != AccessKind_Write));
    end
    always @(*) begin
        free = ~r_wait_q && ~r_l2_q;
    end
    always @(*) begin
        req_ready = ~reset && free && ~hold;
    end
    always @(*) begin
        accept = req_valid && req_ready;
    end
    always @(*) begin
        tlb_lk_capture = accept;
    end
    always @(*) begin
        wait_next = (r_wait_q && ~walk_done && ~l2_done) || (accept && canonical && ~hit_usable);
        if (reset) begin
            wait_next = 1'b0;
        end
    end
    always @(*) begin
        walk_req = r_wait_q;
    end
    always @(*) begin
        walk_req_next = wait_next;
    end
    always @(*) begin
        acc_vpn_1g = r_vpn_1g_q;
    end
    always @(*) begin
        acc_vpn_2m = r_vpn_2m_q;
    end
    always @(*) begin
        acc_vpn_4k = r_vpn_4k_q;
    end
    always @(*) begin
        acc_kind = r_kind_q;
    end
    always @(*) begin
        acc_user = r_user_q;
    end
    always @(*) begin
        acc_pcid = r_pcid_q;
    end
    always @(*) begin
        fl_en = fill_en;
        if (r_l2_q) begin
            fl_en = ~inv_en;
        end
    end
    always @(*) begin
        fl_prep = fill_prep;
        if (r_l2_q) begin
            fl_prep = 1'b1;
        end
    end
    always @(*) begin
        fl_vpn_1g = fill_vpn_1g;
        if (r_l2_q) begin
            fl_vpn_1g = r_vpn_1g_q;
        end
    end
    always @(*) begin
        fl_vpn_2m = fill_vpn_2m;
        if (r_l2_q) begin
            fl_vpn_2m = r_vpn_2m_q;
        end
    end
    always @(*) begin
        fl_vpn_4k = fill_vpn_4k;
        if (r_l2_q) begin
            fl_vpn_4k = r_vpn_4k_q;
        end
    end
    always @(*) begin
        fl_size = fill_size;
        if (r_l2_q) begin
            fl_size = h_size_q;
        end
    end
    always @(*) begin
        fl_pcid = fill_pcid;
        if (r_l2_q) begin
            fl_pcid = h_pcid_q;
        end
    end
    always @(*) begin
        fl_glob = fill_glob;
        if (r_l2_q) begin
            fl_glob = h_glob_q;
        end
    end
    always @(*) begin
        fl_pfn = fill_pfn;
        if (r_l2_q) begin
            fl_pfn = h_pfn_q;
        end
    end
    always @(*) begin
        fl_writable = fill_writable;
        if (r_l2_q) begin
            fl_writable = h_writable_q;
        end
    end
    always @(*) begin
        fl_user = fill_user;
        if (r_l2_q) begin
            fl_user = h_user_q;
        end
    end
    always @(*) begin
        fl_xd = fill_xd;
        if (r_l2_q) begin
            fl_xd = h_xd_q;
        end
    end
    always @(*) begin
        fl_dirty = fill_dirty;
        if (r_l2_q) begin
            fl_dirty = h_dirty_q;
        end
    end
    always @(*) begin
        fl_pkey = fill_pkey;
        if (r_l2_q) begin
            fl_pkey = h_pkey_q;
        end
    end
    always @(*) begin
        tlb_fill_en = fl_en;
    end
    always @(*) begin
        tlb_fill_prep = fl_prep;
    end
    always @(*) begin
        tlb_fill_vpn_1g = fl_vpn_1g;
    end
    always @(*) begin
        tlb_fill_vpn_2m = fl_vpn_2m;
    end
    always @(*) begin
        tlb_fill_vpn_4k = fl_vpn_4k;
    end
    always @(*) begin
        tlb_fill_size = fl_size;
    end
    always @(*) begin
        tlb_fill_pcid = fl_pcid;
    end
    always @(*) begin
        tlb_fill_glob = fl_glob;
    end
    always @(*) begin
        tlb_fill_pfn = fl_pfn;
    end
    always @(*) begin
        tlb_fill_writable = fl_writable;
    end
    always @(*) begin
        tlb_fill_user = fl_user;
    end
    always @(*) begin
        tlb_fill_xd = fl_xd;
    end
    always @(*) begin
        tlb_fill_dirty = fl_dirty;
    end
    always @(*) begin
        tlb_fill_pkey = fl_pkey;
    end
    always @(*) begin
        perm_page_user = h_user_q;
    end
    always @(*) begin
        perm_page_writable = h_writable_q;
    end
    always @(*) begin
        perm_page_xd = h_xd_q;
    end
    always @(*) begin
        perm_page_pkey = h_pkey_q;
    end
    always @(*) begin
        perm_kind = r_kind_q;
    end
    always @(*) begin
        perm_user_access = r_user_q;
    end
    always @(*) begin
        perm_cr0_wp = cr0_wp;
    end
    always @(*) begin
        perm_cr4_smep = cr4_smep;
    end
    always @(*) begin
        perm_cr4_smap = cr4_smap;
    end
    always @(*) begin
        perm_cr4_pke = cr4_pke;
    end
    always @(*) begin
        perm_efer_nxe = efer_nxe;
    end
    always @(*) begin
        perm_rflags_ac = rflags_ac;
    end
    always @(*) begin
        perm_pkru = pkru;
    end
    always @(*) begin
        sel_pfn = h_pfn_q;
        if (walk_done) begin
            sel_pfn = walk_pfn;
        end
    end
    always @(*) begin
        sel_size = h_size_q;
        if (walk_done) begin
            sel_size = walk_size;
        end
    end
    always @(*) begin
        pa = ({12'h0, sel_pfn} << 12) | {40'h0, r_off_q};
        if (sel_size != PageSize_Size4K) begin
            pa = pa | ({43'h0, r_vpn_4k_q} << 12);
        end
        if (sel_size == PageSize_Size1G) begin
            pa = pa | ({43'h0, r_vpn_2m_q} << 21);
        end
    end
    always @(*) begin
        l_rsp_valid = 1'b0;
        if (r_fast_q) begin
            l_rsp_valid = 1'b1;
        end
        else if (walk_done) begin
            l_rsp_valid = 1'b1;
        end
        if (reset) begin
            l_rsp_valid = 1'b0;
        end
    end
    always @(*) begin
        l_rsp_outcome = OutcomeCode_Ok;
        if (r_fast_q) begin
            if (r_gp_q) begin
                l_rsp_outcome = OutcomeCode_GeneralProtection;
            end
            else begin
                if (!(perm_allow)) begin
                    l_rsp_outcome = OutcomeCode_PageFault;
                end
            end
        end
        else if (walk_done) begin
            if (walk_fault && walk_bus_error) begin
                l_rsp_outcome = OutcomeCode_BusError;
            end
            else if (walk_fault) begin
                l_rsp_outcome = OutcomeCode_PageFault;
            end
        end
    end
    always @(*) begin
        l_rsp_pa = 52'h0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                if (perm_allow) begin
                    l_rsp_pa = pa;
                end
            end
        end
        else if (walk_done) begin
            if (walk_fault && walk_bus_error) begin
                l_rsp_pa = walk_err_addr;
            end
            else if (!(walk_fault)) begin
                l_rsp_pa = pa;
            end
        end
    end
    always @(*) begin
        l_rsp_error_code = 6'h0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                if (!(perm_allow)) begin
                    l_rsp_error_code = perm_error_code;
                end
            end
        end
        else if (walk_done) begin
            if (!(walk_fault && walk_bus_error)) if (walk_fault) begin
                l_rsp_error_code = walk_error_code;
            end
        end
    end
    always @(*) begin
        l_rsp_tlb_hit = 1'b0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                l_rsp_tlb_hit = ~r_l2_q;
            end
        end
    end
    always @(*) begin
        l_rsp_l2_hit = 1'b0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                l_rsp_l2_hit = r_l2_q;
            end
        end
    end
    always @(*) begin
        rsp_valid = l_rsp_valid;
    end
    always @(*) begin
        rsp_outcome = l_rsp_outcome;
    end
    always @(*) begin
        rsp_pa = l_rsp_pa;
    end
    always @(*) begin
        rsp_error_code = l_rsp_error_code;
    end
    always @(*) begin
        rsp_tlb_hit = l_rsp_tlb_hit;
    end
    always @(*) begin
        rsp_l2_hit = l_rsp_l2_hit;
    end
    initial begin
        r_fast_q = 1'b0;
    end
    always @(posedge clock) begin
        r_fast_q <= r_fast_d;
    end
    initial begin
        r_gp_q = 1'b0;
    end
    always @(posedge clock) begin
        r_gp_q <= r_gp_d;
    end
    initial begin
        r_l2_q = 1'b0;
    end
    always @(posedge clock) begin
        r_l2_q <= r_l2_d;
    end
    initial begin
        r_wait_q = 1'b0;
    end
    always @(posedge clock) begin
        r_wait_q <= r_wait_d;
    end
    initial begin
        r_vpn_1g_q = 18'h0;
    end
    always @(posedge clock) begin
        r_vpn_1g_q <= r_vpn_1g_d;
    end
    initial begin
        r_vpn_2m_q = 9'h0;
    end
    always @(posedge clock) begin
        r_vpn_2m_q <= r_vpn_2m_d;
    end
    initial begin
        r_vpn_4k_q = 9'h0;
    end
    always @(posedge clock) begin
        r_vpn_4k_q <= r_vpn_4k_d;
    end
    initial begin
        r_off_q = 12'h0;
    end
    always @(posedge clock) begin
        r_off_q <= r_off_d;
    end
    initial begin
        r_kind_q = 2'h0;
    end
    always @(posedge clock) begin
        r_kind_q <= r_kind_d;
    end
    initial begin
        r_user_q = 1'b0;
    end
    always @(posedge clock) begin
        r_user_q <= r_user_d;
    end
    initial begin
        r_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        r_pcid_q <= r_pcid_d;
    end
    initial begin
        h_pfn_q = 40'h0;
    end
    always @(posedge clock) begin
        h_pfn_q <= h_pfn_d;
    end
    initial begin
        h_size_q = 2'h0;
    end
    always @(posedge clock) begin
        h_size_q <= h_size_d;
    end
    initial begin
        h_user_q = 1'b0;
    end
    always @(posedge clock) begin
        h_user_q <= h_user_d;
    end
    initial begin
        h_writable_q = 1'b0;
    end
    always @(posedge clock) begin
        h_writable_q <= h_writable_d;
    end
    initial begin
        h_xd_q = 1'b0;
    end
    always @(posedge clock) begin
        h_xd_q <= h_xd_d;
    end
    initial begin
        h_pkey_q = 4'h0;
    end
    always @(posedge clock) begin
        h_pkey_q <= h_pkey_d;
    end
    initial begin
        h_dirty_q = 1'b0;
    end
    always @(posedge clock) begin
        h_dirty_q <= h_dirty_d;
    end
    initial begin
        h_glob_q = 1'b0;
    end
    always @(posedge clock) begin
        h_glob_q <= h_glob_d;
    end
    initial begin
        h_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        h_pcid_q <= h_pcid_d;
    end
endmodule // mmu_axi4_mmu_data

// Perm: the access-rights check of SDM 4.6 and the #PF error code of 4.7, purely combinational.
module mmu_axi4_mmu_data_perm(page_user, page_writable, page_xd, page_pkey, kind, user_access, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, allow, error_code);
    input wire page_user;
    input wire page_writable;
    input wire page_xd;
    input wire [3:0] page_pkey;
    input wire [1:0] kind;
    input wire user_access;
    input wire cr0_wp;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    output reg allow;
    output reg [5:0] error_code;
    reg is_write;
    reg is_fetch;
    reg no_exec;
    reg [4:0] pk_shift;
    reg [31:0] pk_bits;
    reg pk_deny;
    reg user_deny;
    reg sup_fetch_deny;
    reg sup_data_deny;
    reg [5:0] code;
    reg ok;
    localparam k_p = 6'h1;
    localparam k_w = 6'h2;
    localparam k_u = 6'h4;
    localparam k_i = 6'h10;
    localparam k_pk = 6'h20;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    always @(*) begin
        is_write = kind == AccessKind_Write;
    end
    always @(*) begin
        is_fetch = kind == AccessKind_Fetch;
    end
    always @(*) begin
        no_exec = efer_nxe && page_xd;
    end
    always @(*) begin
        pk_shift = {1'b0, page_pkey} << 1;
    end
    always @(*) begin
        pk_bits = pkru >> pk_shift;
    end
    always @(*) begin
        pk_deny = cr4_pke && page_user && ~is_fetch && (pk_bits[0] || (pk_bits[1] && is_write && (user_access || cr0_wp)));
    end
    always @(*) begin
        user_deny = ~page_user || (is_write && ~page_writable) || (is_fetch && no_exec);
    end
    always @(*) begin
        sup_fetch_deny = no_exec || (cr4_smep && page_user);
    end
    always @(*) begin
        sup_data_deny = (cr4_smap && ~rflags_ac && page_user) || (is_write && cr0_wp && ~page_writable);
    end
    always @(*) begin
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
    end
    always @(*) begin
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
    end
    always @(*) begin
        allow = ok;
    end
    always @(*) begin
        error_code = code;
    end
endmodule // mmu_axi4_mmu_data_perm

// Tlb<N, A>: fully associative TLB (a CAM of N entries, A = log2 N), 4K/2M/1G pages side by
// side, tagged with the PCID current at fill, global entries matching in every PCID.
module mmu_axi4_mmu_data_tlb(clock, reset, lk_vpn, lk_pcid, lk_capture, hit, hit_idx, hit_size, hit_pfn, hit_glob, hit_writable, hit_user, hit_xd, hit_dirty, hit_pkey, fill_en, fill_prep, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey, fill_idx, inv_en, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid);
    input wire clock;
    input wire reset;
    input wire [35:0] lk_vpn;
    input wire [11:0] lk_pcid;
    input wire lk_capture;
    output reg hit;
    output reg [3:0] hit_idx;
    output reg [1:0] hit_size;
    output reg [39:0] hit_pfn;
    output reg hit_glob;
    output reg hit_writable;
    output reg hit_user;
    output reg hit_xd;
    output reg hit_dirty;
    output reg [3:0] hit_pkey;
    input wire fill_en;
    input wire fill_prep;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [8:0] fill_vpn_4k;
    input wire [1:0] fill_size;
    input wire [11:0] fill_pcid;
    input wire fill_glob;
    input wire [39:0] fill_pfn;
    input wire fill_writable;
    input wire fill_user;
    input wire fill_xd;
    input wire fill_dirty;
    input wire [3:0] fill_pkey;
    output reg [3:0] fill_idx;
    input wire inv_en;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    reg e_valid_d_0;
    reg e_valid_d_1;
    reg e_valid_d_2;
    reg e_valid_d_3;
    reg e_valid_d_4;
    reg e_valid_d_5;
    reg e_valid_d_6;
    reg e_valid_d_7;
    reg e_valid_d_8;
    reg e_valid_d_9;
    reg e_valid_d_10;
    reg e_valid_d_11;
    reg e_valid_d_12;
    reg e_valid_d_13;
    reg e_valid_d_14;
    reg e_valid_d_15;
    reg e_valid_q_0;
    reg e_valid_q_1;
    reg e_valid_q_2;
    reg e_valid_q_3;
    reg e_valid_q_4;
    reg e_valid_q_5;
    reg e_valid_q_6;
    reg e_valid_q_7;
    reg e_valid_q_8;
    reg e_valid_q_9;
    reg e_valid_q_10;
    reg e_valid_q_11;
    reg e_valid_q_12;
    reg e_valid_q_13;
    reg e_valid_q_14;
    reg e_valid_q_15;
    reg [17:0] e_vpn_1g_d_0;
    reg [17:0] e_vpn_1g_d_1;
    reg [17:0] e_vpn_1g_d_2;
    reg [17:0] e_vpn_1g_d_3;
    reg [17:0] e_vpn_1g_d_4;
    reg [17:0] e_vpn_1g_d_5;
    reg [17:0] e_vpn_1g_d_6;
    reg [17:0] e_vpn_1g_d_7;
    reg [17:0] e_vpn_1g_d_8;
    reg [17:0] e_vpn_1g_d_9;
    reg [17:0] e_vpn_1g_d_10;
    reg [17:0] e_vpn_1g_d_11;
    reg [17:0] e_vpn_1g_d_12;
    reg [17:0] e_vpn_1g_d_13;
    reg [17:0] e_vpn_1g_d_14;
    reg [17:0] e_vpn_1g_d_15;
    reg [17:0] e_vpn_1g_q_0;
    reg [17:0] e_vpn_1g_q_1;
    reg [17:0] e_vpn_1g_q_2;
    reg [17:0] e_vpn_1g_q_3;
    reg [17:0] e_vpn_1g_q_4;
    reg [17:0] e_vpn_1g_q_5;
    reg [17:0] e_vpn_1g_q_6;
    reg [17:0] e_vpn_1g_q_7;
    reg [17:0] e_vpn_1g_q_8;
    reg [17:0] e_vpn_1g_q_9;
    reg [17:0] e_vpn_1g_q_10;
    reg [17:0] e_vpn_1g_q_11;
    reg [17:0] e_vpn_1g_q_12;
    reg [17:0] e_vpn_1g_q_13;
    reg [17:0] e_vpn_1g_q_14;
    reg [17:0] e_vpn_1g_q_15;
    reg [8:0] e_vpn_2m_d_0;
    reg [8:0] e_vpn_2m_d_1;
    reg [8:0] e_vpn_2m_d_2;
    reg [8:0] e_vpn_2m_d_3;
    reg [8:0] e_vpn_2m_d_4;
    reg [8:0] e_vpn_2m_d_5;
    reg [8:0] e_vpn_2m_d_6;
    reg [8:0] e_vpn_2m_d_7;
    reg [8:0] e_vpn_2m_d_8;
    reg [8:0] e_vpn_2m_d_9;
    reg [8:0] e_vpn_2m_d_10;
    reg [8:0] e_vpn_2m_d_11;
    reg [8:0] e_vpn_2m_d_12;
    reg [8:0] e_vpn_2m_d_13;
    reg [8:0] e_vpn_2m_d_14;
    reg [8:0] e_vpn_2m_d_15;
    reg [8:0] e_vpn_2m_q_0;
    reg [8:0] e_vpn_2m_q_1;
    reg [8:0] e_vpn_2m_q_2;
    reg [8:0] e_vpn_2m_q_3;
    reg [8:0] e_vpn_2m_q_4;
    reg [8:0] e_vpn_2m_q_5;
    reg [8:0] e_vpn_2m_q_6;
    reg [8:0] e_vpn_2m_q_7;
    reg [8:0] e_vpn_2m_q_8;
    reg [8:0] e_vpn_2m_q_9;
    reg [8:0] e_vpn_2m_q_10;
    reg [8:0] e_vpn_2m_q_11;
    reg [8:0] e_vpn_2m_q_12;
    reg [8:0] e_vpn_2m_q_13;
    reg [8:0] e_vpn_2m_q_14;
    reg [8:0] e_vpn_2m_q_15;
    reg [8:0] e_vpn_4k_d_0;
    reg [8:0] e_vpn_4k_d_1;
    reg [8:0] e_vpn_4k_d_2;
    reg [8:0] e_vpn_4k_d_3;
    reg [8:0] e_vpn_4k_d_4;
    reg [8:0] e_vpn_4k_d_5;
    reg [8:0] e_vpn_4k_d_6;
    reg [8:0] e_vpn_4k_d_7;
    reg [8:0] e_vpn_4k_d_8;
    reg [8:0] e_vpn_4k_d_9;
    reg [8:0] e_vpn_4k_d_10;
    reg [8:0] e_vpn_4k_d_11;
    reg [8:0] e_vpn_4k_d_12;
    reg [8:0] e_vpn_4k_d_13;
    reg [8:0] e_vpn_4k_d_14;
    reg [8:0] e_vpn_4k_d_15;
    reg [8:0] e_vpn_4k_q_0;
    reg [8:0] e_vpn_4k_q_1;
    reg [8:0] e_vpn_4k_q_2;
    reg [8:0] e_vpn_4k_q_3;
    reg [8:0] e_vpn_4k_q_4;
    reg [8:0] e_vpn_4k_q_5;
    reg [8:0] e_vpn_4k_q_6;
    reg [8:0] e_vpn_4k_q_7;
    reg [8:0] e_vpn_4k_q_8;
    reg [8:0] e_vpn_4k_q_9;
    reg [8:0] e_vpn_4k_q_10;
    reg [8:0] e_vpn_4k_q_11;
    reg [8:0] e_vpn_4k_q_12;
    reg [8:0] e_vpn_4k_q_13;
    reg [8:0] e_vpn_4k_q_14;
    reg [8:0] e_vpn_4k_q_15;
    reg [1:0] e_size_d_0;
    reg [1:0] e_size_d_1;
    reg [1:0] e_size_d_2;
    reg [1:0] e_size_d_3;
    reg [1:0] e_size_d_4;
    reg [1:0] e_size_d_5;
    reg [1:0] e_size_d_6;
    reg [1:0] e_size_d_7;
    reg [1:0] e_size_d_8;
    reg [1:0] e_size_d_9;
    reg [1:0] e_size_d_10;
    reg [1:0] e_size_d_11;
    reg [1:0] e_size_d_12;
    reg [1:0] e_size_d_13;
    reg [1:0] e_size_d_14;
    reg [1:0] e_size_d_15;
    reg [1:0] e_size_q_0;
    reg [1:0] e_size_q_1;
    reg [1:0] e_size_q_2;
    reg [1:0] e_size_q_3;
    reg [1:0] e_size_q_4;
    reg [1:0] e_size_q_5;
    reg [1:0] e_size_q_6;
    reg [1:0] e_size_q_7;
    reg [1:0] e_size_q_8;
    reg [1:0] e_size_q_9;
    reg [1:0] e_size_q_10;
    reg [1:0] e_size_q_11;
    reg [1:0] e_size_q_12;
    reg [1:0] e_size_q_13;
    reg [1:0] e_size_q_14;
    reg [1:0] e_size_q_15;
    reg [11:0] e_pcid_d_0;
    reg [11:0] e_pcid_d_1;
    reg [11:0] e_pcid_d_2;
    reg [11:0] e_pcid_d_3;
    reg [11:0] e_pcid_d_4;
    reg [11:0] e_pcid_d_5;
    reg [11:0] e_pcid_d_6;
    reg [11:0] e_pcid_d_7;
    reg [11:0] e_pcid_d_8;
    reg [11:0] e_pcid_d_9;
    reg [11:0] e_pcid_d_10;
    reg [11:0] e_pcid_d_11;
    reg [11:0] e_pcid_d_12;
    reg [11:0] e_pcid_d_13;
    reg [11:0] e_pcid_d_14;
    reg [11:0] e_pcid_d_15;
    reg [11:0] e_pcid_q_0;
    reg [11:0] e_pcid_q_1;
    reg [11:0] e_pcid_q_2;
    reg [11:0] e_pcid_q_3;
    reg [11:0] e_pcid_q_4;
    reg [11:0] e_pcid_q_5;
    reg [11:0] e_pcid_q_6;
    reg [11:0] e_pcid_q_7;
    reg [11:0] e_pcid_q_8;
    reg [11:0] e_pcid_q_9;
    reg [11:0] e_pcid_q_10;
    reg [11:0] e_pcid_q_11;
    reg [11:0] e_pcid_q_12;
    reg [11:0] e_pcid_q_13;
    reg [11:0] e_pcid_q_14;
    reg [11:0] e_pcid_q_15;
    reg e_glob_d_0;
    reg e_glob_d_1;
    reg e_glob_d_2;
    reg e_glob_d_3;
    reg e_glob_d_4;
    reg e_glob_d_5;
    reg e_glob_d_6;
    reg e_glob_d_7;
    reg e_glob_d_8;
    reg e_glob_d_9;
    reg e_glob_d_10;
    reg e_glob_d_11;
    reg e_glob_d_12;
    reg e_glob_d_13;
    reg e_glob_d_14;
    reg e_glob_d_15;
    reg e_glob_q_0;
    reg e_glob_q_1;
    reg e_glob_q_2;
    reg e_glob_q_3;
    reg e_glob_q_4;
    reg e_glob_q_5;
    reg e_glob_q_6;
    reg e_glob_q_7;
    reg e_glob_q_8;
    reg e_glob_q_9;
    reg e_glob_q_10;
    reg e_glob_q_11;
    reg e_glob_q_12;
    reg e_glob_q_13;
    reg e_glob_q_14;
    reg e_glob_q_15;
    reg [21:0] e_pfn_hi_d_0;
    reg [21:0] e_pfn_hi_d_1;
    reg [21:0] e_pfn_hi_d_2;
    reg [21:0] e_pfn_hi_d_3;
    reg [21:0] e_pfn_hi_d_4;
    reg [21:0] e_pfn_hi_d_5;
    reg [21:0] e_pfn_hi_d_6;
    reg [21:0] e_pfn_hi_d_7;
    reg [21:0] e_pfn_hi_d_8;
    reg [21:0] e_pfn_hi_d_9;
    reg [21:0] e_pfn_hi_d_10;
    reg [21:0] e_pfn_hi_d_11;
    reg [21:0] e_pfn_hi_d_12;
    reg [21:0] e_pfn_hi_d_13;
    reg [21:0] e_pfn_hi_d_14;
    reg [21:0] e_pfn_hi_d_15;
    reg [21:0] e_pfn_hi_q_0;
    reg [21:0] e_pfn_hi_q_1;
    reg [21:0] e_pfn_hi_q_2;
    reg [21:0] e_pfn_hi_q_3;
    reg [21:0] e_pfn_hi_q_4;
    reg [21:0] e_pfn_hi_q_5;
    reg [21:0] e_pfn_hi_q_6;
    reg [21:0] e_pfn_hi_q_7;
    reg [21:0] e_pfn_hi_q_8;
    reg [21:0] e_pfn_hi_q_9;
    reg [21:0] e_pfn_hi_q_10;
    reg [21:0] e_pfn_hi_q_11;
    reg [21:0] e_pfn_hi_q_12;
    reg [21:0] e_pfn_hi_q_13;
    reg [21:0] e_pfn_hi_q_14;
    reg [21:0] e_pfn_hi_q_15;
    reg [17:0] e_pfn_lo_d_0;
    reg [17:0] e_pfn_lo_d_1;
    reg [17:0] e_pfn_lo_d_2;
    reg [17:0] e_pfn_lo_d_3;
    reg [17:0] e_pfn_lo_d_4;
    reg [17:0] e_pfn_lo_d_5;
    reg [17:0] e_pfn_lo_d_6;
    reg [17:0] e_pfn_lo_d_7;
    reg [17:0] e_pfn_lo_d_8;
    reg [17:0] e_pfn_lo_d_9;
    reg [17:0] e_pfn_lo_d_10;
    reg [17:0] e_pfn_lo_d_11;
    reg [17:0] e_pfn_lo_d_12;
    reg [17:0] e_pfn_lo_d_13;
    reg [17:0] e_pfn_lo_d_14;
    reg [17:0] e_pfn_lo_d_15;
    reg [17:0] e_pfn_lo_q_0;
    reg [17:0] e_pfn_lo_q_1;
    reg [17:0] e_pfn_lo_q_2;
    reg [17:0] e_pfn_lo_q_3;
    reg [17:0] e_pfn_lo_q_4;
    reg [17:0] e_pfn_lo_q_5;
    reg [17:0] e_pfn_lo_q_6;
    reg [17:0] e_pfn_lo_q_7;
    reg [17:0] e_pfn_lo_q_8;
    reg [17:0] e_pfn_lo_q_9;
    reg [17:0] e_pfn_lo_q_10;
    reg [17:0] e_pfn_lo_q_11;
    reg [17:0] e_pfn_lo_q_12;
    reg [17:0] e_pfn_lo_q_13;
    reg [17:0] e_pfn_lo_q_14;
    reg [17:0] e_pfn_lo_q_15;
    reg e_writable_d_0;
    reg e_writable_d_1;
    reg e_writable_d_2;
    reg e_writable_d_3;
    reg e_writable_d_4;
    reg e_writable_d_5;
    reg e_writable_d_6;
    reg e_writable_d_7;
    reg e_writable_d_8;
    reg e_writable_d_9;
    reg e_writable_d_10;
    reg e_writable_d_11;
    reg e_writable_d_12;
    reg e_writable_d_13;
    reg e_writable_d_14;
    reg e_writable_d_15;
    reg e_writable_q_0;
    reg e_writable_q_1;
    reg e_writable_q_2;
    reg e_writable_q_3;
    reg e_writable_q_4;
    reg e_writable_q_5;
    reg e_writable_q_6;
    reg e_writable_q_7;
    reg e_writable_q_8;
    reg e_writable_q_9;
    reg e_writable_q_10;
    reg e_writable_q_11;
    reg e_writable_q_12;
    reg e_writable_q_13;
    reg e_writable_q_14;
    reg e_writable_q_15;
    reg e_user_d_0;
    reg e_user_d_1;
    reg e_user_d_2;
    reg e_user_d_3;
    reg e_user_d_4;
    reg e_user_d_5;
    reg e_user_d_6;
    reg e_user_d_7;
    reg e_user_d_8;
    reg e_user_d_9;
    reg e_user_d_10;
    reg e_user_d_11;
    reg e_user_d_12;
    reg e_user_d_13;
    reg e_user_d_14;
    reg e_user_d_15;
    reg e_user_q_0;
    reg e_user_q_1;
    reg e_user_q_2;
    reg e_user_q_3;
    reg e_user_q_4;
    reg e_user_q_5;
    reg e_user_q_6;
    reg e_user_q_7;
    reg e_user_q_8;
    reg e_user_q_9;
    reg e_user_q_10;
    reg e_user_q_11;
    reg e_user_q_12;
    reg e_user_q_13;
    reg e_user_q_14;
    reg e_user_q_15;
    reg e_xd_d_0;
    reg e_xd_d_1;
    reg e_xd_d_2;
    reg e_xd_d_3;
    reg e_xd_d_4;
    reg e_xd_d_5;
    reg e_xd_d_6;
    reg e_xd_d_7;
    reg e_xd_d_8;
    reg e_xd_d_9;
    reg e_xd_d_10;
    reg e_xd_d_11;
    reg e_xd_d_12;
    reg e_xd_d_13;
    reg e_xd_d_14;
    reg e_xd_d_15;
    reg e_xd_q_0;
    reg e_xd_q_1;
    reg e_xd_q_2;
    reg e_xd_q_3;
    reg e_xd_q_4;
    reg e_xd_q_5;
    reg e_xd_q_6;
    reg e_xd_q_7;
    reg e_xd_q_8;
    reg e_xd_q_9;
    reg e_xd_q_10;
    reg e_xd_q_11;
    reg e_xd_q_12;
    reg e_xd_q_13;
    reg e_xd_q_14;
    reg e_xd_q_15;
    reg e_dirty_d_0;
    reg e_dirty_d_1;
    reg e_dirty_d_2;
    reg e_dirty_d_3;
    reg e_dirty_d_4;
    reg e_dirty_d_5;
    reg e_dirty_d_6;
    reg e_dirty_d_7;
    reg e_dirty_d_8;
    reg e_dirty_d_9;
    reg e_dirty_d_10;
    reg e_dirty_d_11;
    reg e_dirty_d_12;
    reg e_dirty_d_13;
    reg e_dirty_d_14;
    reg e_dirty_d_15;
    reg e_dirty_q_0;
    reg e_dirty_q_1;
    reg e_dirty_q_2;
    reg e_dirty_q_3;
    reg e_dirty_q_4;
    reg e_dirty_q_5;
    reg e_dirty_q_6;
    reg e_dirty_q_7;
    reg e_dirty_q_8;
    reg e_dirty_q_9;
    reg e_dirty_q_10;
    reg e_dirty_q_11;
    reg e_dirty_q_12;
    reg e_dirty_q_13;
    reg e_dirty_q_14;
    reg e_dirty_q_15;
    reg [3:0] e_pkey_d_0;
    reg [3:0] e_pkey_d_1;
    reg [3:0] e_pkey_d_2;
    reg [3:0] e_pkey_d_3;
    reg [3:0] e_pkey_d_4;
    reg [3:0] e_pkey_d_5;
    reg [3:0] e_pkey_d_6;
    reg [3:0] e_pkey_d_7;
    reg [3:0] e_pkey_d_8;
    reg [3:0] e_pkey_d_9;
    reg [3:0] e_pkey_d_10;
    reg [3:0] e_pkey_d_11;
    reg [3:0] e_pkey_d_12;
    reg [3:0] e_pkey_d_13;
    reg [3:0] e_pkey_d_14;
    reg [3:0] e_pkey_d_15;
    reg [3:0] e_pkey_q_0;
    reg [3:0] e_pkey_q_1;
    reg [3:0] e_pkey_q_2;
    reg [3:0] e_pkey_q_3;
    reg [3:0] e_pkey_q_4;
    reg [3:0] e_pkey_q_5;
    reg [3:0] e_pkey_q_6;
    reg [3:0] e_pkey_q_7;
    reg [3:0] e_pkey_q_8;
    reg [3:0] e_pkey_q_9;
    reg [3:0] e_pkey_q_10;
    reg [3:0] e_pkey_q_11;
    reg [3:0] e_pkey_q_12;
    reg [3:0] e_pkey_q_13;
    reg [3:0] e_pkey_q_14;
    reg [3:0] e_pkey_q_15;
    reg [3:0] victim_d;
    reg [3:0] victim_q;
    reg cap_1g_d_0;
    reg cap_1g_d_1;
    reg cap_1g_d_2;
    reg cap_1g_d_3;
    reg cap_1g_d_4;
    reg cap_1g_d_5;
    reg cap_1g_d_6;
    reg cap_1g_d_7;
    reg cap_1g_d_8;
    reg cap_1g_d_9;
    reg cap_1g_d_10;
    reg cap_1g_d_11;
    reg cap_1g_d_12;
    reg cap_1g_d_13;
    reg cap_1g_d_14;
    reg cap_1g_d_15;
    reg cap_1g_q_0;
    reg cap_1g_q_1;
    reg cap_1g_q_2;
    reg cap_1g_q_3;
    reg cap_1g_q_4;
    reg cap_1g_q_5;
    reg cap_1g_q_6;
    reg cap_1g_q_7;
    reg cap_1g_q_8;
    reg cap_1g_q_9;
    reg cap_1g_q_10;
    reg cap_1g_q_11;
    reg cap_1g_q_12;
    reg cap_1g_q_13;
    reg cap_1g_q_14;
    reg cap_1g_q_15;
    reg cap_2m_d_0;
    reg cap_2m_d_1;
    reg cap_2m_d_2;
    reg cap_2m_d_3;
    reg cap_2m_d_4;
    reg cap_2m_d_5;
    reg cap_2m_d_6;
    reg cap_2m_d_7;
    reg cap_2m_d_8;
    reg cap_2m_d_9;
    reg cap_2m_d_10;
    reg cap_2m_d_11;
    reg cap_2m_d_12;
    reg cap_2m_d_13;
    reg cap_2m_d_14;
    reg cap_2m_d_15;
    reg cap_2m_q_0;
    reg cap_2m_q_1;
    reg cap_2m_q_2;
    reg cap_2m_q_3;
    reg cap_2m_q_4;
    reg cap_2m_q_5;
    reg cap_2m_q_6;
    reg cap_2m_q_7;
    reg cap_2m_q_8;
    reg cap_2m_q_9;
    reg cap_2m_q_10;
    reg cap_2m_q_11;
    reg cap_2m_q_12;
    reg cap_2m_q_13;
    reg cap_2m_q_14;
    reg cap_2m_q_15;
    reg cap_4k_d_0;
    reg cap_4k_d_1;
    reg cap_4k_d_2;
    reg cap_4k_d_3;
    reg cap_4k_d_4;
    reg cap_4k_d_5;
    reg cap_4k_d_6;
    reg cap_4k_d_7;
    reg cap_4k_d_8;
    reg cap_4k_d_9;
    reg cap_4k_d_10;
    reg cap_4k_d_11;
    reg cap_4k_d_12;
    reg cap_4k_d_13;
    reg cap_4k_d_14;
    reg cap_4k_d_15;
    reg cap_4k_q_0;
    reg cap_4k_q_1;
    reg cap_4k_q_2;
    reg cap_4k_q_3;
    reg cap_4k_q_4;
    reg cap_4k_q_5;
    reg cap_4k_q_6;
    reg cap_4k_q_7;
    reg cap_4k_q_8;
    reg cap_4k_q_9;
    reg cap_4k_q_10;
    reg cap_4k_q_11;
    reg cap_4k_q_12;
    reg cap_4k_q_13;
    reg cap_4k_q_14;
    reg cap_4k_q_15;
    reg cap_pcid_d_0;
    reg cap_pcid_d_1;
    reg cap_pcid_d_2;
    reg cap_pcid_d_3;
    reg cap_pcid_d_4;
    reg cap_pcid_d_5;
    reg cap_pcid_d_6;
    reg cap_pcid_d_7;
    reg cap_pcid_d_8;
    reg cap_pcid_d_9;
    reg cap_pcid_d_10;
    reg cap_pcid_d_11;
    reg cap_pcid_d_12;
    reg cap_pcid_d_13;
    reg cap_pcid_d_14;
    reg cap_pcid_d_15;
    reg cap_pcid_q_0;
    reg cap_pcid_q_1;
    reg cap_pcid_q_2;
    reg cap_pcid_q_3;
    reg cap_pcid_q_4;
    reg cap_pcid_q_5;
    reg cap_pcid_q_6;
    reg cap_pcid_q_7;
    reg cap_pcid_q_8;
    reg cap_pcid_q_9;
    reg cap_pcid_q_10;
    reg cap_pcid_q_11;
    reg cap_pcid_q_12;
    reg cap_pcid_q_13;
    reg cap_pcid_q_14;
    reg cap_pcid_q_15;
    reg e_is1g_0;
    reg e_is1g_1;
    reg e_is1g_2;
    reg e_is1g_3;
    reg e_is1g_4;
    reg e_is1g_5;
    reg e_is1g_6;
    reg e_is1g_7;
    reg e_is1g_8;
    reg e_is1g_9;
    reg e_is1g_10;
    reg e_is1g_11;
    reg e_is1g_12;
    reg e_is1g_13;
    reg e_is1g_14;
    reg e_is1g_15;
    reg e_is4k_0;
    reg e_is4k_1;
    reg e_is4k_2;
    reg e_is4k_3;
    reg e_is4k_4;
    reg e_is4k_5;
    reg e_is4k_6;
    reg e_is4k_7;
    reg e_is4k_8;
    reg e_is4k_9;
    reg e_is4k_10;
    reg e_is4k_11;
    reg e_is4k_12;
    reg e_is4k_13;
    reg e_is4k_14;
    reg e_is4k_15;
    reg lk_eq_1g_0;
    reg lk_eq_1g_1;
    reg lk_eq_1g_2;
    reg lk_eq_1g_3;
    reg lk_eq_1g_4;
    reg lk_eq_1g_5;
    reg lk_eq_1g_6;
    reg lk_eq_1g_7;
    reg lk_eq_1g_8;
    reg lk_eq_1g_9;
    reg lk_eq_1g_10;
    reg lk_eq_1g_11;
    reg lk_eq_1g_12;
    reg lk_eq_1g_13;
    reg lk_eq_1g_14;
    reg lk_eq_1g_15;
    reg lk_eq_2m_0;
    reg lk_eq_2m_1;
    reg lk_eq_2m_2;
    reg lk_eq_2m_3;
    reg lk_eq_2m_4;
    reg lk_eq_2m_5;
    reg lk_eq_2m_6;
    reg lk_eq_2m_7;
    reg lk_eq_2m_8;
    reg lk_eq_2m_9;
    reg lk_eq_2m_10;
    reg lk_eq_2m_11;
    reg lk_eq_2m_12;
    reg lk_eq_2m_13;
    reg lk_eq_2m_14;
    reg lk_eq_2m_15;
    reg lk_eq_4k_0;
    reg lk_eq_4k_1;
    reg lk_eq_4k_2;
    reg lk_eq_4k_3;
    reg lk_eq_4k_4;
    reg lk_eq_4k_5;
    reg lk_eq_4k_6;
    reg lk_eq_4k_7;
    reg lk_eq_4k_8;
    reg lk_eq_4k_9;
    reg lk_eq_4k_10;
    reg lk_eq_4k_11;
    reg lk_eq_4k_12;
    reg lk_eq_4k_13;
    reg lk_eq_4k_14;
    reg lk_eq_4k_15;
    reg lk_eq_pcid_0;
    reg lk_eq_pcid_1;
    reg lk_eq_pcid_2;
    reg lk_eq_pcid_3;
    reg lk_eq_pcid_4;
    reg lk_eq_pcid_5;
    reg lk_eq_pcid_6;
    reg lk_eq_pcid_7;
    reg lk_eq_pcid_8;
    reg lk_eq_pcid_9;
    reg lk_eq_pcid_10;
    reg lk_eq_pcid_11;
    reg lk_eq_pcid_12;
    reg lk_eq_pcid_13;
    reg lk_eq_pcid_14;
    reg lk_eq_pcid_15;
    reg lk_match_0;
    reg lk_match_1;
    reg lk_match_2;
    reg lk_match_3;
    reg lk_match_4;
    reg lk_match_5;
    reg lk_match_6;
    reg lk_match_7;
    reg lk_match_8;
    reg lk_match_9;
    reg lk_match_10;
    reg lk_match_11;
    reg lk_match_12;
    reg lk_match_13;
    reg lk_match_14;
    reg lk_match_15;
    reg fl_overlap_0;
    reg fl_overlap_1;
    reg fl_overlap_2;
    reg fl_overlap_3;
    reg fl_overlap_4;
    reg fl_overlap_5;
    reg fl_overlap_6;
    reg fl_overlap_7;
    reg fl_overlap_8;
    reg fl_overlap_9;
    reg fl_overlap_10;
    reg fl_overlap_11;
    reg fl_overlap_12;
    reg fl_overlap_13;
    reg fl_overlap_14;
    reg fl_overlap_15;
    reg fl_slot_0;
    reg fl_slot_1;
    reg fl_slot_2;
    reg fl_slot_3;
    reg fl_slot_4;
    reg fl_slot_5;
    reg fl_slot_6;
    reg fl_slot_7;
    reg fl_slot_8;
    reg fl_slot_9;
    reg fl_slot_10;
    reg fl_slot_11;
    reg fl_slot_12;
    reg fl_slot_13;
    reg fl_slot_14;
    reg fl_slot_15;
    reg inv_drop_0;
    reg inv_drop_1;
    reg inv_drop_2;
    reg inv_drop_3;
    reg inv_drop_4;
    reg inv_drop_5;
    reg inv_drop_6;
    reg inv_drop_7;
    reg inv_drop_8;
    reg inv_drop_9;
    reg inv_drop_10;
    reg inv_drop_11;
    reg inv_drop_12;
    reg inv_drop_13;
    reg inv_drop_14;
    reg inv_drop_15;
    reg [17:0] lk_1g;
    reg [8:0] lk_2m;
    reg [8:0] lk_4k;
    reg [11:0] lk_key_pcid;
    reg fl_is1g;
    reg fl_is4k;
    reg fl_found;
    reg [15:0] fl_cand;
    reg [15:0] fl_neg;
    reg [15:0] fl_first;
    reg l_hit;
    reg [3:0] l_hit_idx;
    reg l_hit_1g;
    reg l_hit_4k;
    reg [1:0] l_hit_size;
    reg [21:0] l_hit_pfn_hi;
    reg [17:0] l_hit_pfn_lo;
    reg l_hit_glob;
    reg l_hit_writable;
    reg l_hit_user;
    reg l_hit_xd;
    reg l_hit_dirty;
    reg [3:0] l_hit_pkey;
    reg [3:0] l_fill_idx;
    localparam k_index_0 = 4'h0;
    localparam k_index_1 = 4'h1;
    localparam k_index_2 = 4'h2;
    localparam k_index_3 = 4'h3;
    localparam k_index_4 = 4'h4;
    localparam k_index_5 = 4'h5;
    localparam k_index_6 = 4'h6;
    localparam k_index_7 = 4'h7;
    localparam k_index_8 = 4'h8;
    localparam k_index_9 = 4'h9;
    localparam k_index_10 = 4'ha;
    localparam k_index_11 = 4'hb;
    localparam k_index_12 = 4'hc;
    localparam k_index_13 = 4'hd;
    localparam k_index_14 = 4'he;
    localparam k_index_15 = 4'hf;
    localparam k_onehot_0 = 16'h1;
    localparam k_onehot_1 = 16'h2;
    localparam k_onehot_2 = 16'h4;
    localparam k_onehot_3 = 16'h8;
    localparam k_onehot_4 = 16'h10;
    localparam k_onehot_5 = 16'h20;
    localparam k_onehot_6 = 16'h40;
    localparam k_onehot_7 = 16'h80;
    localparam k_onehot_8 = 16'h100;
    localparam k_onehot_9 = 16'h200;
    localparam k_onehot_10 = 16'h400;
    localparam k_onehot_11 = 16'h800;
    localparam k_onehot_12 = 16'h1000;
    localparam k_onehot_13 = 16'h2000;
    localparam k_onehot_14 = 16'h4000;
    localparam k_onehot_15 = 16'h8000;
    localparam pfn_mask_hi = 22'h3ff;
    localparam pfn_mask_lo = 18'h3ffff;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    always @(*) begin
        e_valid_d_0 = e_valid_q_0;
        if (fill_en && fl_slot_0) begin
            e_valid_d_0 = 1'b1;
        end
        else if ((fill_en && fl_overlap_0) || inv_drop_0) begin
            e_valid_d_0 = 1'b0;
        end
        if (reset) begin
            e_valid_d_0 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_0 = e_vpn_1g_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_1g_d_0 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_0 = e_vpn_2m_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_2m_d_0 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_0 = e_vpn_4k_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_4k_d_0 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_0 = e_size_q_0;
        if (fill_en && fl_slot_0) begin
            e_size_d_0 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_0 = e_pcid_q_0;
        if (fill_en && fl_slot_0) begin
            e_pcid_d_0 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_0 = e_glob_q_0;
        if (fill_en && fl_slot_0) begin
            e_glob_d_0 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_0 = e_pfn_hi_q_0;
        if (fill_en && fl_slot_0) begin
            e_pfn_hi_d_0 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_0 = e_pfn_lo_q_0;
        if (fill_en && fl_slot_0) begin
            e_pfn_lo_d_0 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_0 = e_writable_q_0;
        if (fill_en && fl_slot_0) begin
            e_writable_d_0 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_0 = e_user_q_0;
        if (fill_en && fl_slot_0) begin
            e_user_d_0 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_0 = e_xd_q_0;
        if (fill_en && fl_slot_0) begin
            e_xd_d_0 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_0 = e_dirty_q_0;
        if (fill_en && fl_slot_0) begin
            e_dirty_d_0 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_0 = e_pkey_q_0;
        if (fill_en && fl_slot_0) begin
            e_pkey_d_0 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_0 = cap_1g_q_0;
        if (lk_capture) begin
            cap_1g_d_0 = lk_eq_1g_0;
        end
    end
    always @(*) begin
        cap_2m_d_0 = cap_2m_q_0;
        if (lk_capture) begin
            cap_2m_d_0 = lk_eq_2m_0;
        end
    end
    always @(*) begin
        cap_4k_d_0 = cap_4k_q_0;
        if (lk_capture) begin
            cap_4k_d_0 = lk_eq_4k_0;
        end
    end
    always @(*) begin
        cap_pcid_d_0 = cap_pcid_q_0;
        if (lk_capture) begin
            cap_pcid_d_0 = lk_eq_pcid_0;
        end
    end
    always @(*) begin
        e_valid_d_1 = e_valid_q_1;
        if (fill_en && fl_slot_1) begin
            e_valid_d_1 = 1'b1;
        end
        else if ((fill_en && fl_overlap_1) || inv_drop_1) begin
            e_valid_d_1 = 1'b0;
        end
        if (reset) begin
            e_valid_d_1 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_1 = e_vpn_1g_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_1g_d_1 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_1 = e_vpn_2m_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_2m_d_1 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_1 = e_vpn_4k_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_4k_d_1 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_1 = e_size_q_1;
        if (fill_en && fl_slot_1) begin
            e_size_d_1 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_1 = e_pcid_q_1;
        if (fill_en && fl_slot_1) begin
            e_pcid_d_1 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_1 = e_glob_q_1;
        if (fill_en && fl_slot_1) begin
            e_glob_d_1 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_1 = e_pfn_hi_q_1;
        if (fill_en && fl_slot_1) begin
            e_pfn_hi_d_1 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_1 = e_pfn_lo_q_1;
        if (fill_en && fl_slot_1) begin
            e_pfn_lo_d_1 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_1 = e_writable_q_1;
        if (fill_en && fl_slot_1) begin
            e_writable_d_1 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_1 = e_user_q_1;
        if (fill_en && fl_slot_1) begin
            e_user_d_1 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_1 = e_xd_q_1;
        if (fill_en && fl_slot_1) begin
            e_xd_d_1 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_1 = e_dirty_q_1;
        if (fill_en && fl_slot_1) begin
            e_dirty_d_1 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_1 = e_pkey_q_1;
        if (fill_en && fl_slot_1) begin
            e_pkey_d_1 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_1 = cap_1g_q_1;
        if (lk_capture) begin
            cap_1g_d_1 = lk_eq_1g_1;
        end
    end
    always @(*) begin
        cap_2m_d_1 = cap_2m_q_1;
        if (lk_capture) begin
            cap_2m_d_1 = lk_eq_2m_1;
        end
    end
    always @(*) begin
        cap_4k_d_1 = cap_4k_q_1;
        if (lk_capture) begin
            cap_4k_d_1 = lk_eq_4k_1;
        end
    end
    always @(*) begin
        cap_pcid_d_1 = cap_pcid_q_1;
        if (lk_capture) begin
            cap_pcid_d_1 = lk_eq_pcid_1;
        end
    end
    always @(*) begin
        e_valid_d_2 = e_valid_q_2;
        if (fill_en && fl_slot_2) begin
            e_valid_d_2 = 1'b1;
        end
        else if ((fill_en && fl_overlap_2) || inv_drop_2) begin
            e_valid_d_2 = 1'b0;
        end
        if (reset) begin
            e_valid_d_2 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_2 = e_vpn_1g_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_1g_d_2 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_2 = e_vpn_2m_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_2m_d_2 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_2 = e_vpn_4k_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_4k_d_2 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_2 = e_size_q_2;
        if (fill_en && fl_slot_2) begin
            e_size_d_2 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_2 = e_pcid_q_2;
        if (fill_en && fl_slot_2) begin
            e_pcid_d_2 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_2 = e_glob_q_2;
        if (fill_en && fl_slot_2) begin
            e_glob_d_2 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_2 = e_pfn_hi_q_2;
        if (fill_en && fl_slot_2) begin
            e_pfn_hi_d_2 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_2 = e_pfn_lo_q_2;
        if (fill_en && fl_slot_2) begin
            e_pfn_lo_d_2 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_2 = e_writable_q_2;
        if (fill_en && fl_slot_2) begin
            e_writable_d_2 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_2 = e_user_q_2;
        if (fill_en && fl_slot_2) begin
            e_user_d_2 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_2 = e_xd_q_2;
        if (fill_en && fl_slot_2) begin
            e_xd_d_2 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_2 = e_dirty_q_2;
        if (fill_en && fl_slot_2) begin
            e_dirty_d_2 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_2 = e_pkey_q_2;
        if (fill_en && fl_slot_2) begin
            e_pkey_d_2 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_2 = cap_1g_q_2;
        if (lk_capture) begin
            cap_1g_d_2 = lk_eq_1g_2;
        end
    end
    always @(*) begin
        cap_2m_d_2 = cap_2m_q_2;
        if (lk_capture) begin
            cap_2m_d_2 = lk_eq_2m_2;
        end
    end
    always @(*) begin
        cap_4k_d_2 = cap_4k_q_2;
        if (lk_capture) begin
            cap_4k_d_2 = lk_eq_4k_2;
        end
    end
    always @(*) begin
        cap_pcid_d_2 = cap_pcid_q_2;
        if (lk_capture) begin
            cap_pcid_d_2 = lk_eq_pcid_2;
        end
    end
    always @(*) begin
        e_valid_d_3 = e_valid_q_3;
        if (fill_en && fl_slot_3) begin
            e_valid_d_3 = 1'b1;
        end
        else if ((fill_en && fl_overlap_3) || inv_drop_3) begin
            e_valid_d_3 = 1'b0;
        end
        if (reset) begin
            e_valid_d_3 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_3 = e_vpn_1g_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_1g_d_3 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_3 = e_vpn_2m_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_2m_d_3 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_3 = e_vpn_4k_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_4k_d_3 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_3 = e_size_q_3;
        if (fill_en && fl_slot_3) begin
            e_size_d_3 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_3 = e_pcid_q_3;
        if (fill_en && fl_slot_3) begin
            e_pcid_d_3 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_3 = e_glob_q_3;
        if (fill_en && fl_slot_3) begin
            e_glob_d_3 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_3 = e_pfn_hi_q_3;
        if (fill_en && fl_slot_3) begin
            e_pfn_hi_d_3 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_3 = e_pfn_lo_q_3;
        if (fill_en && fl_slot_3) begin
            e_pfn_lo_d_3 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_3 = e_writable_q_3;
        if (fill_en && fl_slot_3) begin
            e_writable_d_3 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_3 = e_user_q_3;
        if (fill_en && fl_slot_3) begin
            e_user_d_3 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_3 = e_xd_q_3;
        if (fill_en && fl_slot_3) begin
            e_xd_d_3 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_3 = e_dirty_q_3;
        if (fill_en && fl_slot_3) begin
            e_dirty_d_3 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_3 = e_pkey_q_3;
        if (fill_en && fl_slot_3) begin
            e_pkey_d_3 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_3 = cap_1g_q_3;
        if (lk_capture) begin
            cap_1g_d_3 = lk_eq_1g_3;
        end
    end
    always @(*) begin
        cap_2m_d_3 = cap_2m_q_3;
        if (lk_capture) begin
            cap_2m_d_3 = lk_eq_2m_3;
        end
    end
    always @(*) begin
        cap_4k_d_3 = cap_4k_q_3;
        if (lk_capture) begin
            cap_4k_d_3 = lk_eq_4k_3;
        end
    end
    always @(*) begin
        cap_pcid_d_3 = cap_pcid_q_3;
        if (lk_capture) begin
            cap_pcid_d_3 = lk_eq_pcid_3;
        end
    end
    always @(*) begin
        e_valid_d_4 = e_valid_q_4;
        if (fill_en && fl_slot_4) begin
            e_valid_d_4 = 1'b1;
        end
        else if ((fill_en && fl_overlap_4) || inv_drop_4) begin
            e_valid_d_4 = 1'b0;
        end
        if (reset) begin
            e_valid_d_4 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_4 = e_vpn_1g_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_1g_d_4 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_4 = e_vpn_2m_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_2m_d_4 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_4 = e_vpn_4k_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_4k_d_4 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_4 = e_size_q_4;
        if (fill_en && fl_slot_4) begin
            e_size_d_4 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_4 = e_pcid_q_4;
        if (fill_en && fl_slot_4) begin
            e_pcid_d_4 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_4 = e_glob_q_4;
        if (fill_en && fl_slot_4) begin
            e_glob_d_4 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_4 = e_pfn_hi_q_4;
        if (fill_en && fl_slot_4) begin
            e_pfn_hi_d_4 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_4 = e_pfn_lo_q_4;
        if (fill_en && fl_slot_4) begin
            e_pfn_lo_d_4 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_4 = e_writable_q_4;
        if (fill_en && fl_slot_4) begin
            e_writable_d_4 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_4 = e_user_q_4;
        if (fill_en && fl_slot_4) begin
            e_user_d_4 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_4 = e_xd_q_4;
        if (fill_en && fl_slot_4) begin
            e_xd_d_4 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_4 = e_dirty_q_4;
        if (fill_en && fl_slot_4) begin
            e_dirty_d_4 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_4 = e_pkey_q_4;
        if (fill_en && fl_slot_4) begin
            e_pkey_d_4 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_4 = cap_1g_q_4;
        if (lk_capture) begin
            cap_1g_d_4 = lk_eq_1g_4;
        end
    end
    always @(*) begin
        cap_2m_d_4 = cap_2m_q_4;
        if (lk_capture) begin
            cap_2m_d_4 = lk_eq_2m_4;
        end
    end
    always @(*) begin
        cap_4k_d_4 = cap_4k_q_4;
        if (lk_capture) begin
            cap_4k_d_4 = lk_eq_4k_4;
        end
    end
    always @(*) begin
        cap_pcid_d_4 = cap_pcid_q_4;
        if (lk_capture) begin
            cap_pcid_d_4 = lk_eq_pcid_4;
        end
    end
    always @(*) begin
        e_valid_d_5 = e_valid_q_5;
        if (fill_en && fl_slot_5) begin
            e_valid_d_5 = 1'b1;
        end
        else if ((fill_en && fl_overlap_5) || inv_drop_5) begin
            e_valid_d_5 = 1'b0;
        end
        if (reset) begin
            e_valid_d_5 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_5 = e_vpn_1g_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_1g_d_5 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_5 = e_vpn_2m_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_2m_d_5 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_5 = e_vpn_4k_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_4k_d_5 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_5 = e_size_q_5;
        if (fill_en && fl_slot_5) begin
            e_size_d_5 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_5 = e_pcid_q_5;
        if (fill_en && fl_slot_5) begin
            e_pcid_d_5 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_5 = e_glob_q_5;
        if (fill_en && fl_slot_5) begin
            e_glob_d_5 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_5 = e_pfn_hi_q_5;
        if (fill_en && fl_slot_5) begin
            e_pfn_hi_d_5 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_5 = e_pfn_lo_q_5;
        if (fill_en && fl_slot_5) begin
            e_pfn_lo_d_5 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_5 = e_writable_q_5;
        if (fill_en && fl_slot_5) begin
            e_writable_d_5 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_5 = e_user_q_5;
        if (fill_en && fl_slot_5) begin
            e_user_d_5 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_5 = e_xd_q_5;
        if (fill_en && fl_slot_5) begin
            e_xd_d_5 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_5 = e_dirty_q_5;
        if (fill_en && fl_slot_5) begin
            e_dirty_d_5 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_5 = e_pkey_q_5;
        if (fill_en && fl_slot_5) begin
            e_pkey_d_5 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_5 = cap_1g_q_5;
        if (lk_capture) begin
            cap_1g_d_5 = lk_eq_1g_5;
        end
    end
    always @(*) begin
        cap_2m_d_5 = cap_2m_q_5;
        if (lk_capture) begin
            cap_2m_d_5 = lk_eq_2m_5;
        end
    end
    always @(*) begin
        cap_4k_d_5 = cap_4k_q_5;
        if (lk_capture) begin
            cap_4k_d_5 = lk_eq_4k_5;
        end
    end
    always @(*) begin
        cap_pcid_d_5 = cap_pcid_q_5;
        if (lk_capture) begin
            cap_pcid_d_5 = lk_eq_pcid_5;
        end
    end
    always @(*) begin
        e_valid_d_6 = e_valid_q_6;
        if (fill_en && fl_slot_6) begin
            e_valid_d_6 = 1'b1;
        end
        else if ((fill_en && fl_overlap_6) || inv_drop_6) begin
            e_valid_d_6 = 1'b0;
        end
        if (reset) begin
            e_valid_d_6 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_6 = e_vpn_1g_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_1g_d_6 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_6 = e_vpn_2m_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_2m_d_6 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_6 = e_vpn_4k_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_4k_d_6 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_6 = e_size_q_6;
        if (fill_en && fl_slot_6) begin
            e_size_d_6 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_6 = e_pcid_q_6;
        if (fill_en && fl_slot_6) begin
            e_pcid_d_6 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_6 = e_glob_q_6;
        if (fill_en && fl_slot_6) begin
            e_glob_d_6 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_6 = e_pfn_hi_q_6;
        if (fill_en && fl_slot_6) begin
            e_pfn_hi_d_6 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_6 = e_pfn_lo_q_6;
        if (fill_en && fl_slot_6) begin
            e_pfn_lo_d_6 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_6 = e_writable_q_6;
        if (fill_en && fl_slot_6) begin
            e_writable_d_6 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_6 = e_user_q_6;
        if (fill_en && fl_slot_6) begin
            e_user_d_6 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_6 = e_xd_q_6;
        if (fill_en && fl_slot_6) begin
            e_xd_d_6 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_6 = e_dirty_q_6;
        if (fill_en && fl_slot_6) begin
            e_dirty_d_6 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_6 = e_pkey_q_6;
        if (fill_en && fl_slot_6) begin
            e_pkey_d_6 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_6 = cap_1g_q_6;
        if (lk_capture) begin
            cap_1g_d_6 = lk_eq_1g_6;
        end
    end
    always @(*) begin
        cap_2m_d_6 = cap_2m_q_6;
        if (lk_capture) begin
            cap_2m_d_6 = lk_eq_2m_6;
        end
    end
    always @(*) begin
        cap_4k_d_6 = cap_4k_q_6;
        if (lk_capture) begin
            cap_4k_d_6 = lk_eq_4k_6;
        end
    end
    always @(*) begin
        cap_pcid_d_6 = cap_pcid_q_6;
        if (lk_capture) begin
            cap_pcid_d_6 = lk_eq_pcid_6;
        end
    end
    always @(*) begin
        e_valid_d_7 = e_valid_q_7;
        if (fill_en && fl_slot_7) begin
            e_valid_d_7 = 1'b1;
        end
        else if ((fill_en && fl_overlap_7) || inv_drop_7) begin
            e_valid_d_7 = 1'b0;
        end
        if (reset) begin
            e_valid_d_7 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_7 = e_vpn_1g_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_1g_d_7 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_7 = e_vpn_2m_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_2m_d_7 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_7 = e_vpn_4k_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_4k_d_7 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_7 = e_size_q_7;
        if (fill_en && fl_slot_7) begin
            e_size_d_7 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_7 = e_pcid_q_7;
        if (fill_en && fl_slot_7) begin
            e_pcid_d_7 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_7 = e_glob_q_7;
        if (fill_en && fl_slot_7) begin
            e_glob_d_7 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_7 = e_pfn_hi_q_7;
        if (fill_en && fl_slot_7) begin
            e_pfn_hi_d_7 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_7 = e_pfn_lo_q_7;
        if (fill_en && fl_slot_7) begin
            e_pfn_lo_d_7 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_7 = e_writable_q_7;
        if (fill_en && fl_slot_7) begin
            e_writable_d_7 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_7 = e_user_q_7;
        if (fill_en && fl_slot_7) begin
            e_user_d_7 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_7 = e_xd_q_7;
        if (fill_en && fl_slot_7) begin
            e_xd_d_7 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_7 = e_dirty_q_7;
        if (fill_en && fl_slot_7) begin
            e_dirty_d_7 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_7 = e_pkey_q_7;
        if (fill_en && fl_slot_7) begin
            e_pkey_d_7 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_7 = cap_1g_q_7;
        if (lk_capture) begin
            cap_1g_d_7 = lk_eq_1g_7;
        end
    end
    always @(*) begin
        cap_2m_d_7 = cap_2m_q_7;
        if (lk_capture) begin
            cap_2m_d_7 = lk_eq_2m_7;
        end
    end
    always @(*) begin
        cap_4k_d_7 = cap_4k_q_7;
        if (lk_capture) begin
            cap_4k_d_7 = lk_eq_4k_7;
        end
    end
    always @(*) begin
        cap_pcid_d_7 = cap_pcid_q_7;
        if (lk_capture) begin
            cap_pcid_d_7 = lk_eq_pcid_7;
        end
    end
    always @(*) begin
        e_valid_d_8 = e_valid_q_8;
        if (fill_en && fl_slot_8) begin
            e_valid_d_8 = 1'b1;
        end
        else if ((fill_en && fl_overlap_8) || inv_drop_8) begin
            e_valid_d_8 = 1'b0;
        end
        if (reset) begin
            e_valid_d_8 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_8 = e_vpn_1g_q_8;
        if (fill_en && fl_slot_8) begin
            e_vpn_1g_d_8 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_8 = e_vpn_2m_q_8;
        if (fill_en && fl_slot_8) begin
            e_vpn_2m_d_8 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_8 = e_vpn_4k_q_8;
        if (fill_en && fl_slot_8) begin
            e_vpn_4k_d_8 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_8 = e_size_q_8;
        if (fill_en && fl_slot_8) begin
            e_size_d_8 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_8 = e_pcid_q_8;
        if (fill_en && fl_slot_8) begin
            e_pcid_d_8 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_8 = e_glob_q_8;
        if (fill_en && fl_slot_8) begin
            e_glob_d_8 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_8 = e_pfn_hi_q_8;
        if (fill_en && fl_slot_8) begin
            e_pfn_hi_d_8 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_8 = e_pfn_lo_q_8;
        if (fill_en && fl_slot_8) begin
            e_pfn_lo_d_8 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_8 = e_writable_q_8;
        if (fill_en && fl_slot_8) begin
            e_writable_d_8 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_8 = e_user_q_8;
        if (fill_en && fl_slot_8) begin
            e_user_d_8 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_8 = e_xd_q_8;
        if (fill_en && fl_slot_8) begin
            e_xd_d_8 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_8 = e_dirty_q_8;
        if (fill_en && fl_slot_8) begin
            e_dirty_d_8 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_8 = e_pkey_q_8;
        if (fill_en && fl_slot_8) begin
            e_pkey_d_8 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_8 = cap_1g_q_8;
        if (lk_capture) begin
            cap_1g_d_8 = lk_eq_1g_8;
        end
    end
    always @(*) begin
        cap_2m_d_8 = cap_2m_q_8;
        if (lk_capture) begin
            cap_2m_d_8 = lk_eq_2m_8;
        end
    end
    always @(*) begin
        cap_4k_d_8 = cap_4k_q_8;
        if (lk_capture) begin
            cap_4k_d_8 = lk_eq_4k_8;
        end
    end
    always @(*) begin
        cap_pcid_d_8 = cap_pcid_q_8;
        if (lk_capture) begin
            cap_pcid_d_8 = lk_eq_pcid_8;
        end
    end
    always @(*) begin
        e_valid_d_9 = e_valid_q_9;
        if (fill_en && fl_slot_9) begin
            e_valid_d_9 = 1'b1;
        end
        else if ((fill_en && fl_overlap_9) || inv_drop_9) begin
            e_valid_d_9 = 1'b0;
        end
        if (reset) begin
            e_valid_d_9 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_9 = e_vpn_1g_q_9;
        if (fill_en && fl_slot_9) begin
            e_vpn_1g_d_9 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_9 = e_vpn_2m_q_9;
        if (fill_en && fl_slot_9) begin
            e_vpn_2m_d_9 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_9 = e_vpn_4k_q_9;
        if (fill_en && fl_slot_9) begin
            e_vpn_4k_d_9 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_9 = e_size_q_9;
        if (fill_en && fl_slot_9) begin
            e_size_d_9 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_9 = e_pcid_q_9;
        if (fill_en && fl_slot_9) begin
            e_pcid_d_9 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_9 = e_glob_q_9;
        if (fill_en && fl_slot_9) begin
            e_glob_d_9 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_9 = e_pfn_hi_q_9;
        if (fill_en && fl_slot_9) begin
            e_pfn_hi_d_9 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_9 = e_pfn_lo_q_9;
        if (fill_en && fl_slot_9) begin
            e_pfn_lo_d_9 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_9 = e_writable_q_9;
        if (fill_en && fl_slot_9) begin
            e_writable_d_9 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_9 = e_user_q_9;
        if (fill_en && fl_slot_9) begin
            e_user_d_9 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_9 = e_xd_q_9;
        if (fill_en && fl_slot_9) begin
            e_xd_d_9 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_9 = e_dirty_q_9;
        if (fill_en && fl_slot_9) begin
            e_dirty_d_9 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_9 = e_pkey_q_9;
        if (fill_en && fl_slot_9) begin
            e_pkey_d_9 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_9 = cap_1g_q_9;
        if (lk_capture) begin
            cap_1g_d_9 = lk_eq_1g_9;
        end
    end
    always @(*) begin
        cap_2m_d_9 = cap_2m_q_9;
        if (lk_capture) begin
            cap_2m_d_9 = lk_eq_2m_9;
        end
    end
    always @(*) begin
        cap_4k_d_9 = cap_4k_q_9;
        if (lk_capture) begin
            cap_4k_d_9 = lk_eq_4k_9;
        end
    end
    always @(*) begin
        cap_pcid_d_9 = cap_pcid_q_9;
        if (lk_capture) begin
            cap_pcid_d_9 = lk_eq_pcid_9;
        end
    end
    always @(*) begin
        e_valid_d_10 = e_valid_q_10;
        if (fill_en && fl_slot_10) begin
            e_valid_d_10 = 1'b1;
        end
        else if ((fill_en && fl_overlap_10) || inv_drop_10) begin
            e_valid_d_10 = 1'b0;
        end
        if (reset) begin
            e_valid_d_10 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_10 = e_vpn_1g_q_10;
        if (fill_en && fl_slot_10) begin
            e_vpn_1g_d_10 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_10 = e_vpn_2m_q_10;
        if (fill_en && fl_slot_10) begin
            e_vpn_2m_d_10 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_10 = e_vpn_4k_q_10;
        if (fill_en && fl_slot_10) begin
            e_vpn_4k_d_10 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_10 = e_size_q_10;
        if (fill_en && fl_slot_10) begin
            e_size_d_10 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_10 = e_pcid_q_10;
        if (fill_en && fl_slot_10) begin
            e_pcid_d_10 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_10 = e_glob_q_10;
        if (fill_en && fl_slot_10) begin
            e_glob_d_10 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_10 = e_pfn_hi_q_10;
        if (fill_en && fl_slot_10) begin
            e_pfn_hi_d_10 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_10 = e_pfn_lo_q_10;
        if (fill_en && fl_slot_10) begin
            e_pfn_lo_d_10 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_10 = e_writable_q_10;
        if (fill_en && fl_slot_10) begin
            e_writable_d_10 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_10 = e_user_q_10;
        if (fill_en && fl_slot_10) begin
            e_user_d_10 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_10 = e_xd_q_10;
        if (fill_en && fl_slot_10) begin
            e_xd_d_10 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_10 = e_dirty_q_10;
        if (fill_en && fl_slot_10) begin
            e_dirty_d_10 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_10 = e_pkey_q_10;
        if (fill_en && fl_slot_10) begin
            e_pkey_d_10 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_10 = cap_1g_q_10;
        if (lk_capture) begin
            cap_1g_d_10 = lk_eq_1g_10;
        end
    end
    always @(*) begin
        cap_2m_d_10 = cap_2m_q_10;
        if (lk_capture) begin
            cap_2m_d_10 = lk_eq_2m_10;
        end
    end
    always @(*) begin
        cap_4k_d_10 = cap_4k_q_10;
        if (lk_capture) begin
            cap_4k_d_10 = lk_eq_4k_10;
        end
    end
    always @(*) begin
        cap_pcid_d_10 = cap_pcid_q_10;
        if (lk_capture) begin
            cap_pcid_d_10 = lk_eq_pcid_10;
        end
    end
    always @(*) begin
        e_valid_d_11 = e_valid_q_11;
        if (fill_en && fl_slot_11) begin
            e_valid_d_11 = 1'b1;
        end
        else if ((fill_en && fl_overlap_11) || inv_drop_11) begin
            e_valid_d_11 = 1'b0;
        end
        if (reset) begin
            e_valid_d_11 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_11 = e_vpn_1g_q_11;
        if (fill_en && fl_slot_11) begin
            e_vpn_1g_d_11 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_11 = e_vpn_2m_q_11;
        if (fill_en && fl_slot_11) begin
            e_vpn_2m_d_11 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_11 = e_vpn_4k_q_11;
        if (fill_en && fl_slot_11) begin
            e_vpn_4k_d_11 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_11 = e_size_q_11;
        if (fill_en && fl_slot_11) begin
            e_size_d_11 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_11 = e_pcid_q_11;
        if (fill_en && fl_slot_11) begin
            e_pcid_d_11 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_11 = e_glob_q_11;
        if (fill_en && fl_slot_11) begin
            e_glob_d_11 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_11 = e_pfn_hi_q_11;
        if (fill_en && fl_slot_11) begin
            e_pfn_hi_d_11 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_11 = e_pfn_lo_q_11;
        if (fill_en && fl_slot_11) begin
            e_pfn_lo_d_11 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_11 = e_writable_q_11;
        if (fill_en && fl_slot_11) begin
            e_writable_d_11 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_11 = e_user_q_11;
        if (fill_en && fl_slot_11) begin
            e_user_d_11 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_11 = e_xd_q_11;
        if (fill_en && fl_slot_11) begin
            e_xd_d_11 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_11 = e_dirty_q_11;
        if (fill_en && fl_slot_11) begin
            e_dirty_d_11 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_11 = e_pkey_q_11;
        if (fill_en && fl_slot_11) begin
            e_pkey_d_11 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_11 = cap_1g_q_11;
        if (lk_capture) begin
            cap_1g_d_11 = lk_eq_1g_11;
        end
    end
    always @(*) begin
        cap_2m_d_11 = cap_2m_q_11;
        if (lk_capture) begin
            cap_2m_d_11 = lk_eq_2m_11;
        end
    end
    always @(*) begin
        cap_4k_d_11 = cap_4k_q_11;
        if (lk_capture) begin
            cap_4k_d_11 = lk_eq_4k_11;
        end
    end
    always @(*) begin
        cap_pcid_d_11 = cap_pcid_q_11;
        if (lk_capture) begin
            cap_pcid_d_11 = lk_eq_pcid_11;
        end
    end
    always @(*) begin
        e_valid_d_12 = e_valid_q_12;
        if (fill_en && fl_slot_12) begin
            e_valid_d_12 = 1'b1;
        end
        else if ((fill_en && fl_overlap_12) || inv_drop_12) begin
            e_valid_d_12 = 1'b0;
        end
        if (reset) begin
            e_valid_d_12 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_12 = e_vpn_1g_q_12;
        if (fill_en && fl_slot_12) begin
            e_vpn_1g_d_12 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_12 = e_vpn_2m_q_12;
        if (fill_en && fl_slot_12) begin
            e_vpn_2m_d_12 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_12 = e_vpn_4k_q_12;
        if (fill_en && fl_slot_12) begin
            e_vpn_4k_d_12 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_12 = e_size_q_12;
        if (fill_en && fl_slot_12) begin
            e_size_d_12 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_12 = e_pcid_q_12;
        if (fill_en && fl_slot_12) begin
            e_pcid_d_12 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_12 = e_glob_q_12;
        if (fill_en && fl_slot_12) begin
            e_glob_d_12 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_12 = e_pfn_hi_q_12;
        if (fill_en && fl_slot_12) begin
            e_pfn_hi_d_12 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_12 = e_pfn_lo_q_12;
        if (fill_en && fl_slot_12) begin
            e_pfn_lo_d_12 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_12 = e_writable_q_12;
        if (fill_en && fl_slot_12) begin
            e_writable_d_12 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_12 = e_user_q_12;
        if (fill_en && fl_slot_12) begin
            e_user_d_12 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_12 = e_xd_q_12;
        if (fill_en && fl_slot_12) begin
            e_xd_d_12 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_12 = e_dirty_q_12;
        if (fill_en && fl_slot_12) begin
            e_dirty_d_12 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_12 = e_pkey_q_12;
        if (fill_en && fl_slot_12) begin
            e_pkey_d_12 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_12 = cap_1g_q_12;
        if (lk_capture) begin
            cap_1g_d_12 = lk_eq_1g_12;
        end
    end
    always @(*) begin
        cap_2m_d_12 = cap_2m_q_12;
        if (lk_capture) begin
            cap_2m_d_12 = lk_eq_2m_12;
        end
    end
    always @(*) begin
        cap_4k_d_12 = cap_4k_q_12;
        if (lk_capture) begin
            cap_4k_d_12 = lk_eq_4k_12;
        end
    end
    always @(*) begin
        cap_pcid_d_12 = cap_pcid_q_12;
        if (lk_capture) begin
            cap_pcid_d_12 = lk_eq_pcid_12;
        end
    end
    always @(*) begin
        e_valid_d_13 = e_valid_q_13;
        if (fill_en && fl_slot_13) begin
            e_valid_d_13 = 1'b1;
        end
        else if ((fill_en && fl_overlap_13) || inv_drop_13) begin
            e_valid_d_13 = 1'b0;
        end
        if (reset) begin
            e_valid_d_13 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_13 = e_vpn_1g_q_13;
        if (fill_en && fl_slot_13) begin
            e_vpn_1g_d_13 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_13 = e_vpn_2m_q_13;
        if (fill_en && fl_slot_13) begin
            e_vpn_2m_d_13 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_13 = e_vpn_4k_q_13;
        if (fill_en && fl_slot_13) begin
            e_vpn_4k_d_13 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_13 = e_size_q_13;
        if (fill_en && fl_slot_13) begin
            e_size_d_13 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_13 = e_pcid_q_13;
        if (fill_en && fl_slot_13) begin
            e_pcid_d_13 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_13 = e_glob_q_13;
        if (fill_en && fl_slot_13) begin
            e_glob_d_13 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_13 = e_pfn_hi_q_13;
        if (fill_en && fl_slot_13) begin
            e_pfn_hi_d_13 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_13 = e_pfn_lo_q_13;
        if (fill_en && fl_slot_13) begin
            e_pfn_lo_d_13 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_13 = e_writable_q_13;
        if (fill_en && fl_slot_13) begin
            e_writable_d_13 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_13 = e_user_q_13;
        if (fill_en && fl_slot_13) begin
            e_user_d_13 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_13 = e_xd_q_13;
        if (fill_en && fl_slot_13) begin
            e_xd_d_13 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_13 = e_dirty_q_13;
        if (fill_en && fl_slot_13) begin
            e_dirty_d_13 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_13 = e_pkey_q_13;
        if (fill_en && fl_slot_13) begin
            e_pkey_d_13 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_13 = cap_1g_q_13;
        if (lk_capture) begin
            cap_1g_d_13 = lk_eq_1g_13;
        end
    end
    always @(*) begin
        cap_2m_d_13 = cap_2m_q_13;
        if (lk_capture) begin
            cap_2m_d_13 = lk_eq_2m_13;
        end
    end
    always @(*) begin
        cap_4k_d_13 = cap_4k_q_13;
        if (lk_capture) begin
            cap_4k_d_13 = lk_eq_4k_13;
        end
    end
    always @(*) begin
        cap_pcid_d_13 = cap_pcid_q_13;
        if (lk_capture) begin
            cap_pcid_d_13 = lk_eq_pcid_13;
        end
    end
    always @(*) begin
        e_valid_d_14 = e_valid_q_14;
        if (fill_en && fl_slot_14) begin
            e_valid_d_14 = 1'b1;
        end
        else if ((fill_en && fl_overlap_14) || inv_drop_14) begin
            e_valid_d_14 = 1'b0;
        end
        if (reset) begin
            e_valid_d_14 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_14 = e_vpn_1g_q_14;
        if (fill_en && fl_slot_14) begin
            e_vpn_1g_d_14 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_14 = e_vpn_2m_q_14;
        if (fill_en && fl_slot_14) begin
            e_vpn_2m_d_14 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_14 = e_vpn_4k_q_14;
        if (fill_en && fl_slot_14) begin
            e_vpn_4k_d_14 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_14 = e_size_q_14;
        if (fill_en && fl_slot_14) begin
            e_size_d_14 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_14 = e_pcid_q_14;
        if (fill_en && fl_slot_14) begin
            e_pcid_d_14 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_14 = e_glob_q_14;
        if (fill_en && fl_slot_14) begin
            e_glob_d_14 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_14 = e_pfn_hi_q_14;
        if (fill_en && fl_slot_14) begin
            e_pfn_hi_d_14 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_14 = e_pfn_lo_q_14;
        if (fill_en && fl_slot_14) begin
            e_pfn_lo_d_14 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_14 = e_writable_q_14;
        if (fill_en && fl_slot_14) begin
            e_writable_d_14 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_14 = e_user_q_14;
        if (fill_en && fl_slot_14) begin
            e_user_d_14 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_14 = e_xd_q_14;
        if (fill_en && fl_slot_14) begin
            e_xd_d_14 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_14 = e_dirty_q_14;
        if (fill_en && fl_slot_14) begin
            e_dirty_d_14 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_14 = e_pkey_q_14;
        if (fill_en && fl_slot_14) begin
            e_pkey_d_14 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_14 = cap_1g_q_14;
        if (lk_capture) begin
            cap_1g_d_14 = lk_eq_1g_14;
        end
    end
    always @(*) begin
        cap_2m_d_14 = cap_2m_q_14;
        if (lk_capture) begin
            cap_2m_d_14 = lk_eq_2m_14;
        end
    end
    always @(*) begin
        cap_4k_d_14 = cap_4k_q_14;
        if (lk_capture) begin
            cap_4k_d_14 = lk_eq_4k_14;
        end
    end
    always @(*) begin
        cap_pcid_d_14 = cap_pcid_q_14;
        if (lk_capture) begin
            cap_pcid_d_14 = lk_eq_pcid_14;
        end
    end
    always @(*) begin
        e_valid_d_15 = e_valid_q_15;
        if (fill_en && fl_slot_15) begin
            e_valid_d_15 = 1'b1;
        end
        else if ((fill_en && fl_overlap_15) || inv_drop_15) begin
            e_valid_d_15 = 1'b0;
        end
        if (reset) begin
            e_valid_d_15 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_15 = e_vpn_1g_q_15;
        if (fill_en && fl_slot_15) begin
            e_vpn_1g_d_15 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_15 = e_vpn_2m_q_15;
        if (fill_en && fl_slot_15) begin
            e_vpn_2m_d_15 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_15 = e_vpn_4k_q_15;
        if (fill_en && fl_slot_15) begin
            e_vpn_4k_d_15 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_15 = e_size_q_15;
        if (fill_en && fl_slot_15) begin
            e_size_d_15 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_15 = e_pcid_q_15;
        if (fill_en && fl_slot_15) begin
            e_pcid_d_15 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_15 = e_glob_q_15;
        if (fill_en && fl_slot_15) begin
            e_glob_d_15 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_15 = e_pfn_hi_q_15;
        if (fill_en && fl_slot_15) begin
            e_pfn_hi_d_15 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_15 = e_pfn_lo_q_15;
        if (fill_en && fl_slot_15) begin
            e_pfn_lo_d_15 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_15 = e_writable_q_15;
        if (fill_en && fl_slot_15) begin
            e_writable_d_15 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_15 = e_user_q_15;
        if (fill_en && fl_slot_15) begin
            e_user_d_15 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_15 = e_xd_q_15;
        if (fill_en && fl_slot_15) begin
            e_xd_d_15 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_15 = e_dirty_q_15;
        if (fill_en && fl_slot_15) begin
            e_dirty_d_15 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_15 = e_pkey_q_15;
        if (fill_en && fl_slot_15) begin
            e_pkey_d_15 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_15 = cap_1g_q_15;
        if (lk_capture) begin
            cap_1g_d_15 = lk_eq_1g_15;
        end
    end
    always @(*) begin
        cap_2m_d_15 = cap_2m_q_15;
        if (lk_capture) begin
            cap_2m_d_15 = lk_eq_2m_15;
        end
    end
    always @(*) begin
        cap_4k_d_15 = cap_4k_q_15;
        if (lk_capture) begin
            cap_4k_d_15 = lk_eq_4k_15;
        end
    end
    always @(*) begin
        cap_pcid_d_15 = cap_pcid_q_15;
        if (lk_capture) begin
            cap_pcid_d_15 = lk_eq_pcid_15;
        end
    end
    always @(*) begin
        victim_d = victim_q;
        if (fill_en && ~fl_found) begin
            victim_d = victim_q + 4'h1;
        end
        if (reset) begin
            victim_d = 4'h0;
        end
    end
    always @(*) begin
        lk_1g = lk_vpn[18 +: 18];
        if (inv_en) begin
            lk_1g = inv_vpn[18 +: 18];
        end
    end
    always @(*) begin
        lk_2m = lk_vpn[9 +: 9];
        if (inv_en) begin
            lk_2m = inv_vpn[9 +: 9];
        end
    end
    always @(*) begin
        lk_4k = lk_vpn[0 +: 9];
        if (inv_en) begin
            lk_4k = inv_vpn[0 +: 9];
        end
    end
    always @(*) begin
        lk_key_pcid = lk_pcid;
        if (inv_en) begin
            lk_key_pcid = inv_pcid;
        end
    end
    always @(*) begin
        fl_is1g = fill_size == PageSize_Size1G;
    end
    always @(*) begin
        fl_is4k = fill_size == PageSize_Size4K;
    end
    always @(*) begin
        l_hit = 1'b0;
        if (lk_match_0) begin
            l_hit = 1'b1;
        end
        if (lk_match_1) begin
            l_hit = 1'b1;
        end
        if (lk_match_2) begin
            l_hit = 1'b1;
        end
        if (lk_match_3) begin
            l_hit = 1'b1;
        end
        if (lk_match_4) begin
            l_hit = 1'b1;
        end
        if (lk_match_5) begin
            l_hit = 1'b1;
        end
        if (lk_match_6) begin
            l_hit = 1'b1;
        end
        if (lk_match_7) begin
            l_hit = 1'b1;
        end
        if (lk_match_8) begin
            l_hit = 1'b1;
        end
        if (lk_match_9) begin
            l_hit = 1'b1;
        end
        if (lk_match_10) begin
            l_hit = 1'b1;
        end
        if (lk_match_11) begin
            l_hit = 1'b1;
        end
        if (lk_match_12) begin
            l_hit = 1'b1;
        end
        if (lk_match_13) begin
            l_hit = 1'b1;
        end
        if (lk_match_14) begin
            l_hit = 1'b1;
        end
        if (lk_match_15) begin
            l_hit = 1'b1;
        end
    end
    always @(*) begin
        l_hit_idx = 4'h0;
        if (lk_match_0) begin
            l_hit_idx = l_hit_idx | k_index_0;
        end
        if (lk_match_1) begin
            l_hit_idx = l_hit_idx | k_index_1;
        end
        if (lk_match_2) begin
            l_hit_idx = l_hit_idx | k_index_2;
        end
        if (lk_match_3) begin
            l_hit_idx = l_hit_idx | k_index_3;
        end
        if (lk_match_4) begin
            l_hit_idx = l_hit_idx | k_index_4;
        end
        if (lk_match_5) begin
            l_hit_idx = l_hit_idx | k_index_5;
        end
        if (lk_match_6) begin
            l_hit_idx = l_hit_idx | k_index_6;
        end
        if (lk_match_7) begin
            l_hit_idx = l_hit_idx | k_index_7;
        end
        if (lk_match_8) begin
            l_hit_idx = l_hit_idx | k_index_8;
        end
        if (lk_match_9) begin
            l_hit_idx = l_hit_idx | k_index_9;
        end
        if (lk_match_10) begin
            l_hit_idx = l_hit_idx | k_index_10;
        end
        if (lk_match_11) begin
            l_hit_idx = l_hit_idx | k_index_11;
        end
        if (lk_match_12) begin
            l_hit_idx = l_hit_idx | k_index_12;
        end
        if (lk_match_13) begin
            l_hit_idx = l_hit_idx | k_index_13;
        end
        if (lk_match_14) begin
            l_hit_idx = l_hit_idx | k_index_14;
        end
        if (lk_match_15) begin
            l_hit_idx = l_hit_idx | k_index_15;
        end
    end
    always @(*) begin
        l_hit_1g = 1'b0;
        if (lk_match_0) begin
            l_hit_1g = l_hit_1g || e_is1g_0;
        end
        if (lk_match_1) begin
            l_hit_1g = l_hit_1g || e_is1g_1;
        end
        if (lk_match_2) begin
            l_hit_1g = l_hit_1g || e_is1g_2;
        end
        if (lk_match_3) begin
            l_hit_1g = l_hit_1g || e_is1g_3;
        end
        if (lk_match_4) begin
            l_hit_1g = l_hit_1g || e_is1g_4;
        end
        if (lk_match_5) begin
            l_hit_1g = l_hit_1g || e_is1g_5;
        end
        if (lk_match_6) begin
            l_hit_1g = l_hit_1g || e_is1g_6;
        end
        if (lk_match_7) begin
            l_hit_1g = l_hit_1g || e_is1g_7;
        end
        if (lk_match_8) begin
            l_hit_1g = l_hit_1g || e_is1g_8;
        end
        if (lk_match_9) begin
            l_hit_1g = l_hit_1g || e_is1g_9;
        end
        if (lk_match_10) begin
            l_hit_1g = l_hit_1g || e_is1g_10;
        end
        if (lk_match_11) begin
            l_hit_1g = l_hit_1g || e_is1g_11;
        end
        if (lk_match_12) begin
            l_hit_1g = l_hit_1g || e_is1g_12;
        end
        if (lk_match_13) begin
            l_hit_1g = l_hit_1g || e_is1g_13;
        end
        if (lk_match_14) begin
            l_hit_1g = l_hit_1g || e_is1g_14;
        end
        if (lk_match_15) begin
            l_hit_1g = l_hit_1g || e_is1g_15;
        end
    end
    always @(*) begin
        l_hit_4k = 1'b0;
        if (lk_match_0) begin
            l_hit_4k = l_hit_4k || e_is4k_0;
        end
        if (lk_match_1) begin
            l_hit_4k = l_hit_4k || e_is4k_1;
        end
        if (lk_match_2) begin
            l_hit_4k = l_hit_4k || e_is4k_2;
        end
        if (lk_match_3) begin
            l_hit_4k = l_hit_4k || e_is4k_3;
        end
        if (lk_match_4) begin
            l_hit_4k = l_hit_4k || e_is4k_4;
        end
        if (lk_match_5) begin
            l_hit_4k = l_hit_4k || e_is4k_5;
        end
        if (lk_match_6) begin
            l_hit_4k = l_hit_4k || e_is4k_6;
        end
        if (lk_match_7) begin
            l_hit_4k = l_hit_4k || e_is4k_7;
        end
        if (lk_match_8) begin
            l_hit_4k = l_hit_4k || e_is4k_8;
        end
        if (lk_match_9) begin
            l_hit_4k = l_hit_4k || e_is4k_9;
        end
        if (lk_match_10) begin
            l_hit_4k = l_hit_4k || e_is4k_10;
        end
        if (lk_match_11) begin
            l_hit_4k = l_hit_4k || e_is4k_11;
        end
        if (lk_match_12) begin
            l_hit_4k = l_hit_4k || e_is4k_12;
        end
        if (lk_match_13) begin
            l_hit_4k = l_hit_4k || e_is4k_13;
        end
        if (lk_match_14) begin
            l_hit_4k = l_hit_4k || e_is4k_14;
        end
        if (lk_match_15) begin
            l_hit_4k = l_hit_4k || e_is4k_15;
        end
    end
    always @(*) begin
        l_hit_pfn_hi = 22'h0;
        if (lk_match_0) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_0;
        end
        if (lk_match_1) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_1;
        end
        if (lk_match_2) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_2;
        end
        if (lk_match_3) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_3;
        end
        if (lk_match_4) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_4;
        end
        if (lk_match_5) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_5;
        end
        if (lk_match_6) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_6;
        end
        if (lk_match_7) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_7;
        end
        if (lk_match_8) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_8;
        end
        if (lk_match_9) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_9;
        end
        if (lk_match_10) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_10;
        end
        if (lk_match_11) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_11;
        end
        if (lk_match_12) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_12;
        end
        if (lk_match_13) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_13;
        end
        if (lk_match_14) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_14;
        end
        if (lk_match_15) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_15;
        end
    end
    always @(*) begin
        l_hit_pfn_lo = 18'h0;
        if (lk_match_0) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_0;
        end
        if (lk_match_1) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_1;
        end
        if (lk_match_2) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_2;
        end
        if (lk_match_3) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_3;
        end
        if (lk_match_4) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_4;
        end
        if (lk_match_5) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_5;
        end
        if (lk_match_6) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_6;
        end
        if (lk_match_7) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_7;
        end
        if (lk_match_8) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_8;
        end
        if (lk_match_9) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_9;
        end
        if (lk_match_10) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_10;
        end
        if (lk_match_11) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_11;
        end
        if (lk_match_12) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_12;
        end
        if (lk_match_13) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_13;
        end
        if (lk_match_14) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_14;
        end
        if (lk_match_15) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_15;
        end
    end
    always @(*) begin
        l_hit_glob = 1'b0;
        if (lk_match_0) begin
            l_hit_glob = l_hit_glob || e_glob_q_0;
        end
        if (lk_match_1) begin
            l_hit_glob = l_hit_glob || e_glob_q_1;
        end
        if (lk_match_2) begin
            l_hit_glob = l_hit_glob || e_glob_q_2;
        end
        if (lk_match_3) begin
            l_hit_glob = l_hit_glob || e_glob_q_3;
        end
        if (lk_match_4) begin
            l_hit_glob = l_hit_glob || e_glob_q_4;
        end
        if (lk_match_5) begin
            l_hit_glob = l_hit_glob || e_glob_q_5;
        end
        if (lk_match_6) begin
            l_hit_glob = l_hit_glob || e_glob_q_6;
        end
        if (lk_match_7) begin
            l_hit_glob = l_hit_glob || e_glob_q_7;
        end
        if (lk_match_8) begin
            l_hit_glob = l_hit_glob || e_glob_q_8;
        end
        if (lk_match_9) begin
            l_hit_glob = l_hit_glob || e_glob_q_9;
        end
        if (lk_match_10) begin
            l_hit_glob = l_hit_glob || e_glob_q_10;
        end
        if (lk_match_11) begin
            l_hit_glob = l_hit_glob || e_glob_q_11;
        end
        if (lk_match_12) begin
            l_hit_glob = l_hit_glob || e_glob_q_12;
        end
        if (lk_match_13) begin
            l_hit_glob = l_hit_glob || e_glob_q_13;
        end
        if (lk_match_14) begin
            l_hit_glob = l_hit_glob || e_glob_q_14;
        end
        if (lk_match_15) begin
            l_hit_glob = l_hit_glob || e_glob_q_15;
        end
    end
    always @(*) begin
        l_hit_writable = 1'b0;
        if (lk_match_0) begin
            l_hit_writable = l_hit_writable || e_writable_q_0;
        end
        if (lk_match_1) begin
            l_hit_writable = l_hit_writable || e_writable_q_1;
        end
        if (lk_match_2) begin
            l_hit_writable = l_hit_writable || e_writable_q_2;
        end
        if (lk_match_3) begin
            l_hit_writable = l_hit_writable || e_writable_q_3;
        end
        if (lk_match_4) begin
            l_hit_writable = l_hit_writable || e_writable_q_4;
        end
        if (lk_match_5) begin
            l_hit_writable = l_hit_writable || e_writable_q_5;
        end
        if (lk_match_6) begin
            l_hit_writable = l_hit_writable || e_writable_q_6;
        end
        if (lk_match_7) begin
            l_hit_writable = l_hit_writable || e_writable_q_7;
        end
        if (lk_match_8) begin
            l_hit_writable = l_hit_writable || e_writable_q_8;
        end
        if (lk_match_9) begin
            l_hit_writable = l_hit_writable || e_writable_q_9;
        end
        if (lk_match_10) begin
            l_hit_writable = l_hit_writable || e_writable_q_10;
        end
        if (lk_match_11) begin
            l_hit_writable = l_hit_writable || e_writable_q_11;
        end
        if (lk_match_12) begin
            l_hit_writable = l_hit_writable || e_writable_q_12;
        end
        if (lk_match_13) begin
            l_hit_writable = l_hit_writable || e_writable_q_13;
        end
        if (lk_match_14) begin
            l_hit_writable = l_hit_writable || e_writable_q_14;
        end
        if (lk_match_15) begin
            l_hit_writable = l_hit_writable || e_writable_q_15;
        end
    end
    always @(*) begin
        l_hit_user = 1'b0;
        if (lk_match_0) begin
            l_hit_user = l_hit_user || e_user_q_0;
        end
        if (lk_match_1) begin
            l_hit_user = l_hit_user || e_user_q_1;
        end
        if (lk_match_2) begin
            l_hit_user = l_hit_user || e_user_q_2;
        end
        if (lk_match_3) begin
            l_hit_user = l_hit_user || e_user_q_3;
        end
        if (lk_match_4) begin
            l_hit_user = l_hit_user || e_user_q_4;
        end
        if (lk_match_5) begin
            l_hit_user = l_hit_user || e_user_q_5;
        end
        if (lk_match_6) begin
            l_hit_user = l_hit_user || e_user_q_6;
        end
        if (lk_match_7) begin
            l_hit_user = l_hit_user || e_user_q_7;
        end
        if (lk_match_8) begin
            l_hit_user = l_hit_user || e_user_q_8;
        end
        if (lk_match_9) begin
            l_hit_user = l_hit_user || e_user_q_9;
        end
        if (lk_match_10) begin
            l_hit_user = l_hit_user || e_user_q_10;
        end
        if (lk_match_11) begin
            l_hit_user = l_hit_user || e_user_q_11;
        end
        if (lk_match_12) begin
            l_hit_user = l_hit_user || e_user_q_12;
        end
        if (lk_match_13) begin
            l_hit_user = l_hit_user || e_user_q_13;
        end
        if (lk_match_14) begin
            l_hit_user = l_hit_user || e_user_q_14;
        end
        if (lk_match_15) begin
            l_hit_user = l_hit_user || e_user_q_15;
        end
    end
    always @(*) begin
        l_hit_xd = 1'b0;
        if (lk_match_0) begin
            l_hit_xd = l_hit_xd || e_xd_q_0;
        end
        if (lk_match_1) begin
            l_hit_xd = l_hit_xd || e_xd_q_1;
        end
        if (lk_match_2) begin
            l_hit_xd = l_hit_xd || e_xd_q_2;
        end
        if (lk_match_3) begin
            l_hit_xd = l_hit_xd || e_xd_q_3;
        end
        if (lk_match_4) begin
            l_hit_xd = l_hit_xd || e_xd_q_4;
        end
        if (lk_match_5) begin
            l_hit_xd = l_hit_xd || e_xd_q_5;
        end
        if (lk_match_6) begin
            l_hit_xd = l_hit_xd || e_xd_q_6;
        end
        if (lk_match_7) begin
            l_hit_xd = l_hit_xd || e_xd_q_7;
        end
        if (lk_match_8) begin
            l_hit_xd = l_hit_xd || e_xd_q_8;
        end
        if (lk_match_9) begin
            l_hit_xd = l_hit_xd || e_xd_q_9;
        end
        if (lk_match_10) begin
            l_hit_xd = l_hit_xd || e_xd_q_10;
        end
        if (lk_match_11) begin
            l_hit_xd = l_hit_xd || e_xd_q_11;
        end
        if (lk_match_12) begin
            l_hit_xd = l_hit_xd || e_xd_q_12;
        end
        if (lk_match_13) begin
            l_hit_xd = l_hit_xd || e_xd_q_13;
        end
        if (lk_match_14) begin
            l_hit_xd = l_hit_xd || e_xd_q_14;
        end
        if (lk_match_15) begin
            l_hit_xd = l_hit_xd || e_xd_q_15;
        end
    end
    always @(*) begin
        l_hit_dirty = 1'b0;
        if (lk_match_0) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_0;
        end
        if (lk_match_1) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_1;
        end
        if (lk_match_2) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_2;
        end
        if (lk_match_3) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_3;
        end
        if (lk_match_4) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_4;
        end
        if (lk_match_5) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_5;
        end
        if (lk_match_6) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_6;
        end
        if (lk_match_7) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_7;
        end
        if (lk_match_8) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_8;
        end
        if (lk_match_9) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_9;
        end
        if (lk_match_10) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_10;
        end
        if (lk_match_11) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_11;
        end
        if (lk_match_12) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_12;
        end
        if (lk_match_13) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_13;
        end
        if (lk_match_14) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_14;
        end
        if (lk_match_15) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_15;
        end
    end
    always @(*) begin
        l_hit_pkey = 4'h0;
        if (lk_match_0) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_0;
        end
        if (lk_match_1) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_1;
        end
        if (lk_match_2) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_2;
        end
        if (lk_match_3) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_3;
        end
        if (lk_match_4) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_4;
        end
        if (lk_match_5) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_5;
        end
        if (lk_match_6) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_6;
        end
        if (lk_match_7) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_7;
        end
        if (lk_match_8) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_8;
        end
        if (lk_match_9) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_9;
        end
        if (lk_match_10) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_10;
        end
        if (lk_match_11) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_11;
        end
        if (lk_match_12) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_12;
        end
        if (lk_match_13) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_13;
        end
        if (lk_match_14) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_14;
        end
        if (lk_match_15) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_15;
        end
    end
    always @(*) begin
        e_is1g_0 = e_size_q_0 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_0 = e_size_q_0 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_0 = e_vpn_1g_q_0 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_0 = e_vpn_2m_q_0 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_0 = e_vpn_4k_q_0 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_0 = e_pcid_q_0 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_0 = e_valid_q_0 && (e_glob_q_0 || lk_eq_pcid_0) && lk_eq_1g_0 && (e_is1g_0 || lk_eq_2m_0) && (~e_is4k_0 || lk_eq_4k_0);
    end
    always @(*) begin
        e_is1g_1 = e_size_q_1 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_1 = e_size_q_1 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_1 = e_vpn_1g_q_1 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_1 = e_vpn_2m_q_1 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_1 = e_vpn_4k_q_1 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_1 = e_pcid_q_1 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_1 = e_valid_q_1 && (e_glob_q_1 || lk_eq_pcid_1) && lk_eq_1g_1 && (e_is1g_1 || lk_eq_2m_1) && (~e_is4k_1 || lk_eq_4k_1);
    end
    always @(*) begin
        e_is1g_2 = e_size_q_2 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_2 = e_size_q_2 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_2 = e_vpn_1g_q_2 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_2 = e_vpn_2m_q_2 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_2 = e_vpn_4k_q_2 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_2 = e_pcid_q_2 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_2 = e_valid_q_2 && (e_glob_q_2 || lk_eq_pcid_2) && lk_eq_1g_2 && (e_is1g_2 || lk_eq_2m_2) && (~e_is4k_2 || lk_eq_4k_2);
    end
    always @(*) begin
        e_is1g_3 = e_size_q_3 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_3 = e_size_q_3 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_3 = e_vpn_1g_q_3 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_3 = e_vpn_2m_q_3 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_3 = e_vpn_4k_q_3 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_3 = e_pcid_q_3 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_3 = e_valid_q_3 && (e_glob_q_3 || lk_eq_pcid_3) && lk_eq_1g_3 && (e_is1g_3 || lk_eq_2m_3) && (~e_is4k_3 || lk_eq_4k_3);
    end
    always @(*) begin
        e_is1g_4 = e_size_q_4 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_4 = e_size_q_4 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_4 = e_vpn_1g_q_4 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_4 = e_vpn_2m_q_4 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_4 = e_vpn_4k_q_4 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_4 = e_pcid_q_4 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_4 = e_valid_q_4 && (e_glob_q_4 || lk_eq_pcid_4) && lk_eq_1g_4 && (e_is1g_4 || lk_eq_2m_4) && (~e_is4k_4 || lk_eq_4k_4);
    end
    always @(*) begin
        e_is1g_5 = e_size_q_5 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_5 = e_size_q_5 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_5 = e_vpn_1g_q_5 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_5 = e_vpn_2m_q_5 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_5 = e_vpn_4k_q_5 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_5 = e_pcid_q_5 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_5 = e_valid_q_5 && (e_glob_q_5 || lk_eq_pcid_5) && lk_eq_1g_5 && (e_is1g_5 || lk_eq_2m_5) && (~e_is4k_5 || lk_eq_4k_5);
    end
    always @(*) begin
        e_is1g_6 = e_size_q_6 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_6 = e_size_q_6 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_6 = e_vpn_1g_q_6 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_6 = e_vpn_2m_q_6 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_6 = e_vpn_4k_q_6 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_6 = e_pcid_q_6 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_6 = e_valid_q_6 && (e_glob_q_6 || lk_eq_pcid_6) && lk_eq_1g_6 && (e_is1g_6 || lk_eq_2m_6) && (~e_is4k_6 || lk_eq_4k_6);
    end
    always @(*) begin
        e_is1g_7 = e_size_q_7 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_7 = e_size_q_7 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_7 = e_vpn_1g_q_7 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_7 = e_vpn_2m_q_7 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_7 = e_vpn_4k_q_7 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_7 = e_pcid_q_7 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_7 = e_valid_q_7 && (e_glob_q_7 || lk_eq_pcid_7) && lk_eq_1g_7 && (e_is1g_7 || lk_eq_2m_7) && (~e_is4k_7 || lk_eq_4k_7);
    end
    always @(*) begin
        e_is1g_8 = e_size_q_8 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_8 = e_size_q_8 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_8 = e_vpn_1g_q_8 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_8 = e_vpn_2m_q_8 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_8 = e_vpn_4k_q_8 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_8 = e_pcid_q_8 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_8 = e_valid_q_8 && (e_glob_q_8 || lk_eq_pcid_8) && lk_eq_1g_8 && (e_is1g_8 || lk_eq_2m_8) && (~e_is4k_8 || lk_eq_4k_8);
    end
    always @(*) begin
        e_is1g_9 = e_size_q_9 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_9 = e_size_q_9 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_9 = e_vpn_1g_q_9 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_9 = e_vpn_2m_q_9 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_9 = e_vpn_4k_q_9 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_9 = e_pcid_q_9 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_9 = e_valid_q_9 && (e_glob_q_9 || lk_eq_pcid_9) && lk_eq_1g_9 && (e_is1g_9 || lk_eq_2m_9) && (~e_is4k_9 || lk_eq_4k_9);
    end
    always @(*) begin
        e_is1g_10 = e_size_q_10 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_10 = e_size_q_10 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_10 = e_vpn_1g_q_10 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_10 = e_vpn_2m_q_10 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_10 = e_vpn_4k_q_10 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_10 = e_pcid_q_10 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_10 = e_valid_q_10 && (e_glob_q_10 || lk_eq_pcid_10) && lk_eq_1g_10 && (e_is1g_10 || lk_eq_2m_10) && (~e_is4k_10 || lk_eq_4k_10);
    end
    always @(*) begin
        e_is1g_11 = e_size_q_11 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_11 = e_size_q_11 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_11 = e_vpn_1g_q_11 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_11 = e_vpn_2m_q_11 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_11 = e_vpn_4k_q_11 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_11 = e_pcid_q_11 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_11 = e_valid_q_11 && (e_glob_q_11 || lk_eq_pcid_11) && lk_eq_1g_11 && (e_is1g_11 || lk_eq_2m_11) && (~e_is4k_11 || lk_eq_4k_11);
    end
    always @(*) begin
        e_is1g_12 = e_size_q_12 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_12 = e_size_q_12 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_12 = e_vpn_1g_q_12 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_12 = e_vpn_2m_q_12 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_12 = e_vpn_4k_q_12 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_12 = e_pcid_q_12 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_12 = e_valid_q_12 && (e_glob_q_12 || lk_eq_pcid_12) && lk_eq_1g_12 && (e_is1g_12 || lk_eq_2m_12) && (~e_is4k_12 || lk_eq_4k_12);
    end
    always @(*) begin
        e_is1g_13 = e_size_q_13 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_13 = e_size_q_13 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_13 = e_vpn_1g_q_13 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_13 = e_vpn_2m_q_13 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_13 = e_vpn_4k_q_13 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_13 = e_pcid_q_13 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_13 = e_valid_q_13 && (e_glob_q_13 || lk_eq_pcid_13) && lk_eq_1g_13 && (e_is1g_13 || lk_eq_2m_13) && (~e_is4k_13 || lk_eq_4k_13);
    end
    always @(*) begin
        e_is1g_14 = e_size_q_14 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_14 = e_size_q_14 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_14 = e_vpn_1g_q_14 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_14 = e_vpn_2m_q_14 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_14 = e_vpn_4k_q_14 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_14 = e_pcid_q_14 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_14 = e_valid_q_14 && (e_glob_q_14 || lk_eq_pcid_14) && lk_eq_1g_14 && (e_is1g_14 || lk_eq_2m_14) && (~e_is4k_14 || lk_eq_4k_14);
    end
    always @(*) begin
        e_is1g_15 = e_size_q_15 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_15 = e_size_q_15 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_15 = e_vpn_1g_q_15 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_15 = e_vpn_2m_q_15 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_15 = e_vpn_4k_q_15 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_15 = e_pcid_q_15 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_15 = e_valid_q_15 && (e_glob_q_15 || lk_eq_pcid_15) && lk_eq_1g_15 && (e_is1g_15 || lk_eq_2m_15) && (~e_is4k_15 || lk_eq_4k_15);
    end
    always @(*) begin
        fl_found = 1'b0;
        if (fill_prep) begin
            fl_found = |fl_cand;
        end
    end
    always @(*) begin
        fl_cand = 16'h0;
        if (fill_prep) begin
            if (~e_valid_q_0 || fl_overlap_0) begin
                fl_cand = fl_cand | k_onehot_0;
            end
            if (~e_valid_q_1 || fl_overlap_1) begin
                fl_cand = fl_cand | k_onehot_1;
            end
            if (~e_valid_q_2 || fl_overlap_2) begin
                fl_cand = fl_cand | k_onehot_2;
            end
            if (~e_valid_q_3 || fl_overlap_3) begin
                fl_cand = fl_cand | k_onehot_3;
            end
            if (~e_valid_q_4 || fl_overlap_4) begin
                fl_cand = fl_cand | k_onehot_4;
            end
            if (~e_valid_q_5 || fl_overlap_5) begin
                fl_cand = fl_cand | k_onehot_5;
            end
            if (~e_valid_q_6 || fl_overlap_6) begin
                fl_cand = fl_cand | k_onehot_6;
            end
            if (~e_valid_q_7 || fl_overlap_7) begin
                fl_cand = fl_cand | k_onehot_7;
            end
            if (~e_valid_q_8 || fl_overlap_8) begin
                fl_cand = fl_cand | k_onehot_8;
            end
            if (~e_valid_q_9 || fl_overlap_9) begin
                fl_cand = fl_cand | k_onehot_9;
            end
            if (~e_valid_q_10 || fl_overlap_10) begin
                fl_cand = fl_cand | k_onehot_10;
            end
            if (~e_valid_q_11 || fl_overlap_11) begin
                fl_cand = fl_cand | k_onehot_11;
            end
            if (~e_valid_q_12 || fl_overlap_12) begin
                fl_cand = fl_cand | k_onehot_12;
            end
            if (~e_valid_q_13 || fl_overlap_13) begin
                fl_cand = fl_cand | k_onehot_13;
            end
            if (~e_valid_q_14 || fl_overlap_14) begin
                fl_cand = fl_cand | k_onehot_14;
            end
            if (~e_valid_q_15 || fl_overlap_15) begin
                fl_cand = fl_cand | k_onehot_15;
            end
        end
    end
    always @(*) begin
        fl_neg = 16'h0;
        if (fill_prep) begin
            fl_neg = ~fl_cand + 16'h1;
        end
    end
    always @(*) begin
        fl_first = 16'h0;
        if (fill_prep) begin
            fl_first = fl_cand & fl_neg;
        end
    end
    always @(*) begin
        l_fill_idx = 4'h0;
        if (fill_en) begin
            if (fl_slot_0) begin
                l_fill_idx = l_fill_idx | k_index_0;
            end
            if (fl_slot_1) begin
                l_fill_idx = l_fill_idx | k_index_1;
            end
            if (fl_slot_2) begin
                l_fill_idx = l_fill_idx | k_index_2;
            end
            if (fl_slot_3) begin
                l_fill_idx = l_fill_idx | k_index_3;
            end
            if (fl_slot_4) begin
                l_fill_idx = l_fill_idx | k_index_4;
            end
            if (fl_slot_5) begin
                l_fill_idx = l_fill_idx | k_index_5;
            end
            if (fl_slot_6) begin
                l_fill_idx = l_fill_idx | k_index_6;
            end
            if (fl_slot_7) begin
                l_fill_idx = l_fill_idx | k_index_7;
            end
            if (fl_slot_8) begin
                l_fill_idx = l_fill_idx | k_index_8;
            end
            if (fl_slot_9) begin
                l_fill_idx = l_fill_idx | k_index_9;
            end
            if (fl_slot_10) begin
                l_fill_idx = l_fill_idx | k_index_10;
            end
            if (fl_slot_11) begin
                l_fill_idx = l_fill_idx | k_index_11;
            end
            if (fl_slot_12) begin
                l_fill_idx = l_fill_idx | k_index_12;
            end
            if (fl_slot_13) begin
                l_fill_idx = l_fill_idx | k_index_13;
            end
            if (fl_slot_14) begin
                l_fill_idx = l_fill_idx | k_index_14;
            end
            if (fl_slot_15) begin
                l_fill_idx = l_fill_idx | k_index_15;
            end
        end
    end
    always @(*) begin
        fl_overlap_0 = 1'b0;
        if (fill_prep) begin
            fl_overlap_0 = e_valid_q_0 && (e_glob_q_0 || fill_glob || cap_pcid_q_0) && cap_1g_q_0 && (e_is1g_0 || fl_is1g || cap_2m_q_0) && (~e_is4k_0 || ~fl_is4k || cap_4k_q_0);
        end
    end
    always @(*) begin
        fl_slot_0 = 1'b0;
        if (fill_prep) begin
            fl_slot_0 = fl_first[0];
            if (~fl_found) begin
                fl_slot_0 = victim_q == k_index_0;
            end
        end
    end
    always @(*) begin
        fl_overlap_1 = 1'b0;
        if (fill_prep) begin
            fl_overlap_1 = e_valid_q_1 && (e_glob_q_1 || fill_glob || cap_pcid_q_1) && cap_1g_q_1 && (e_is1g_1 || fl_is1g || cap_2m_q_1) && (~e_is4k_1 || ~fl_is4k || cap_4k_q_1);
        end
    end
    always @(*) begin
        fl_slot_1 = 1'b0;
        if (fill_prep) begin
            fl_slot_1 = fl_first[1];
            if (~fl_found) begin
                fl_slot_1 = victim_q == k_index_1;
            end
        end
    end
    always @(*) begin
        fl_overlap_2 = 1'b0;
        if (fill_prep) begin
            fl_overlap_2 = e_valid_q_2 && (e_glob_q_2 || fill_glob || cap_pcid_q_2) && cap_1g_q_2 && (e_is1g_2 || fl_is1g || cap_2m_q_2) && (~e_is4k_2 || ~fl_is4k || cap_4k_q_2);
        end
    end
    always @(*) begin
        fl_slot_2 = 1'b0;
        if (fill_prep) begin
            fl_slot_2 = fl_first[2];
            if (~fl_found) begin
                fl_slot_2 = victim_q == k_index_2;
            end
        end
    end
    always @(*) begin
        fl_overlap_3 = 1'b0;
        if (fill_prep) begin
            fl_overlap_3 = e_valid_q_3 && (e_glob_q_3 || fill_glob || cap_pcid_q_3) && cap_1g_q_3 && (e_is1g_3 || fl_is1g || cap_2m_q_3) && (~e_is4k_3 || ~fl_is4k || cap_4k_q_3);
        end
    end
    always @(*) begin
        fl_slot_3 = 1'b0;
        if (fill_prep) begin
            fl_slot_3 = fl_first[3];
            if (~fl_found) begin
                fl_slot_3 = victim_q == k_index_3;
            end
        end
    end
    always @(*) begin
        fl_overlap_4 = 1'b0;
        if (fill_prep) begin
            fl_overlap_4 = e_valid_q_4 && (e_glob_q_4 || fill_glob || cap_pcid_q_4) && cap_1g_q_4 && (e_is1g_4 || fl_is1g || cap_2m_q_4) && (~e_is4k_4 || ~fl_is4k || cap_4k_q_4);
        end
    end
    always @(*) begin
        fl_slot_4 = 1'b0;
        if (fill_prep) begin
            fl_slot_4 = fl_first[4];
            if (~fl_found) begin
                fl_slot_4 = victim_q == k_index_4;
            end
        end
    end
    always @(*) begin
        fl_overlap_5 = 1'b0;
        if (fill_prep) begin
            fl_overlap_5 = e_valid_q_5 && (e_glob_q_5 || fill_glob || cap_pcid_q_5) && cap_1g_q_5 && (e_is1g_5 || fl_is1g || cap_2m_q_5) && (~e_is4k_5 || ~fl_is4k || cap_4k_q_5);
        end
    end
    always @(*) begin
        fl_slot_5 = 1'b0;
        if (fill_prep) begin
            fl_slot_5 = fl_first[5];
            if (~fl_found) begin
                fl_slot_5 = victim_q == k_index_5;
            end
        end
    end
    always @(*) begin
        fl_overlap_6 = 1'b0;
        if (fill_prep) begin
            fl_overlap_6 = e_valid_q_6 && (e_glob_q_6 || fill_glob || cap_pcid_q_6) && cap_1g_q_6 && (e_is1g_6 || fl_is1g || cap_2m_q_6) && (~e_is4k_6 || ~fl_is4k || cap_4k_q_6);
        end
    end
    always @(*) begin
        fl_slot_6 = 1'b0;
        if (fill_prep) begin
            fl_slot_6 = fl_first[6];
            if (~fl_found) begin
                fl_slot_6 = victim_q == k_index_6;
            end
        end
    end
    always @(*) begin
        fl_overlap_7 = 1'b0;
        if (fill_prep) begin
            fl_overlap_7 = e_valid_q_7 && (e_glob_q_7 || fill_glob || cap_pcid_q_7) && cap_1g_q_7 && (e_is1g_7 || fl_is1g || cap_2m_q_7) && (~e_is4k_7 || ~fl_is4k || cap_4k_q_7);
        end
    end
    always @(*) begin
        fl_slot_7 = 1'b0;
        if (fill_prep) begin
            fl_slot_7 = fl_first[7];
            if (~fl_found) begin
                fl_slot_7 = victim_q == k_index_7;
            end
        end
    end
    always @(*) begin
        fl_overlap_8 = 1'b0;
        if (fill_prep) begin
            fl_overlap_8 = e_valid_q_8 && (e_glob_q_8 || fill_glob || cap_pcid_q_8) && cap_1g_q_8 && (e_is1g_8 || fl_is1g || cap_2m_q_8) && (~e_is4k_8 || ~fl_is4k || cap_4k_q_8);
        end
    end
    always @(*) begin
        fl_slot_8 = 1'b0;
        if (fill_prep) begin
            fl_slot_8 = fl_first[8];
            if (~fl_found) begin
                fl_slot_8 = victim_q == k_index_8;
            end
        end
    end
    always @(*) begin
        fl_overlap_9 = 1'b0;
        if (fill_prep) begin
            fl_overlap_9 = e_valid_q_9 && (e_glob_q_9 || fill_glob || cap_pcid_q_9) && cap_1g_q_9 && (e_is1g_9 || fl_is1g || cap_2m_q_9) && (~e_is4k_9 || ~fl_is4k || cap_4k_q_9);
        end
    end
    always @(*) begin
        fl_slot_9 = 1'b0;
        if (fill_prep) begin
            fl_slot_9 = fl_first[9];
            if (~fl_found) begin
                fl_slot_9 = victim_q == k_index_9;
            end
        end
    end
    always @(*) begin
        fl_overlap_10 = 1'b0;
        if (fill_prep) begin
            fl_overlap_10 = e_valid_q_10 && (e_glob_q_10 || fill_glob || cap_pcid_q_10) && cap_1g_q_10 && (e_is1g_10 || fl_is1g || cap_2m_q_10) && (~e_is4k_10 || ~fl_is4k || cap_4k_q_10);
        end
    end
    always @(*) begin
        fl_slot_10 = 1'b0;
        if (fill_prep) begin
            fl_slot_10 = fl_first[10];
            if (~fl_found) begin
                fl_slot_10 = victim_q == k_index_10;
            end
        end
    end
    always @(*) begin
        fl_overlap_11 = 1'b0;
        if (fill_prep) begin
            fl_overlap_11 = e_valid_q_11 && (e_glob_q_11 || fill_glob || cap_pcid_q_11) && cap_1g_q_11 && (e_is1g_11 || fl_is1g || cap_2m_q_11) && (~e_is4k_11 || ~fl_is4k || cap_4k_q_11);
        end
    end
    always @(*) begin
        fl_slot_11 = 1'b0;
        if (fill_prep) begin
            fl_slot_11 = fl_first[11];
            if (~fl_found) begin
                fl_slot_11 = victim_q == k_index_11;
            end
        end
    end
    always @(*) begin
        fl_overlap_12 = 1'b0;
        if (fill_prep) begin
            fl_overlap_12 = e_valid_q_12 && (e_glob_q_12 || fill_glob || cap_pcid_q_12) && cap_1g_q_12 && (e_is1g_12 || fl_is1g || cap_2m_q_12) && (~e_is4k_12 || ~fl_is4k || cap_4k_q_12);
        end
    end
    always @(*) begin
        fl_slot_12 = 1'b0;
        if (fill_prep) begin
            fl_slot_12 = fl_first[12];
            if (~fl_found) begin
                fl_slot_12 = victim_q == k_index_12;
            end
        end
    end
    always @(*) begin
        fl_overlap_13 = 1'b0;
        if (fill_prep) begin
            fl_overlap_13 = e_valid_q_13 && (e_glob_q_13 || fill_glob || cap_pcid_q_13) && cap_1g_q_13 && (e_is1g_13 || fl_is1g || cap_2m_q_13) && (~e_is4k_13 || ~fl_is4k || cap_4k_q_13);
        end
    end
    always @(*) begin
        fl_slot_13 = 1'b0;
        if (fill_prep) begin
            fl_slot_13 = fl_first[13];
            if (~fl_found) begin
                fl_slot_13 = victim_q == k_index_13;
            end
        end
    end
    always @(*) begin
        fl_overlap_14 = 1'b0;
        if (fill_prep) begin
            fl_overlap_14 = e_valid_q_14 && (e_glob_q_14 || fill_glob || cap_pcid_q_14) && cap_1g_q_14 && (e_is1g_14 || fl_is1g || cap_2m_q_14) && (~e_is4k_14 || ~fl_is4k || cap_4k_q_14);
        end
    end
    always @(*) begin
        fl_slot_14 = 1'b0;
        if (fill_prep) begin
            fl_slot_14 = fl_first[14];
            if (~fl_found) begin
                fl_slot_14 = victim_q == k_index_14;
            end
        end
    end
    always @(*) begin
        fl_overlap_15 = 1'b0;
        if (fill_prep) begin
            fl_overlap_15 = e_valid_q_15 && (e_glob_q_15 || fill_glob || cap_pcid_q_15) && cap_1g_q_15 && (e_is1g_15 || fl_is1g || cap_2m_q_15) && (~e_is4k_15 || ~fl_is4k || cap_4k_q_15);
        end
    end
    always @(*) begin
        fl_slot_15 = 1'b0;
        if (fill_prep) begin
            fl_slot_15 = fl_first[15];
            if (~fl_found) begin
                fl_slot_15 = victim_q == k_index_15;
            end
        end
    end
    always @(*) begin
        inv_drop_0 = 1'b0;
        if (inv_en) begin
            inv_drop_0 = e_valid_q_0 && (~inv_use_va || (lk_eq_1g_0 && (e_is1g_0 || lk_eq_2m_0) && (~e_is4k_0 || lk_eq_4k_0))) && (~inv_use_pcid || lk_eq_pcid_0 || (inv_glob_wild && e_glob_q_0)) && ~(inv_keep_glob && e_glob_q_0);
        end
    end
    always @(*) begin
        inv_drop_1 = 1'b0;
        if (inv_en) begin
            inv_drop_1 = e_valid_q_1 && (~inv_use_va || (lk_eq_1g_1 && (e_is1g_1 || lk_eq_2m_1) && (~e_is4k_1 || lk_eq_4k_1))) && (~inv_use_pcid || lk_eq_pcid_1 || (inv_glob_wild && e_glob_q_1)) && ~(inv_keep_glob && e_glob_q_1);
        end
    end
    always @(*) begin
        inv_drop_2 = 1'b0;
        if (inv_en) begin
            inv_drop_2 = e_valid_q_2 && (~inv_use_va || (lk_eq_1g_2 && (e_is1g_2 || lk_eq_2m_2) && (~e_is4k_2 || lk_eq_4k_2))) && (~inv_use_pcid || lk_eq_pcid_2 || (inv_glob_wild && e_glob_q_2)) && ~(inv_keep_glob && e_glob_q_2);
        end
    end
    always @(*) begin
        inv_drop_3 = 1'b0;
        if (inv_en) begin
            inv_drop_3 = e_valid_q_3 && (~inv_use_va || (lk_eq_1g_3 && (e_is1g_3 || lk_eq_2m_3) && (~e_is4k_3 || lk_eq_4k_3))) && (~inv_use_pcid || lk_eq_pcid_3 || (inv_glob_wild && e_glob_q_3)) && ~(inv_keep_glob && e_glob_q_3);
        end
    end
    always @(*) begin
        inv_drop_4 = 1'b0;
        if (inv_en) begin
            inv_drop_4 = e_valid_q_4 && (~inv_use_va || (lk_eq_1g_4 && (e_is1g_4 || lk_eq_2m_4) && (~e_is4k_4 || lk_eq_4k_4))) && (~inv_use_pcid || lk_eq_pcid_4 || (inv_glob_wild && e_glob_q_4)) && ~(inv_keep_glob && e_glob_q_4);
        end
    end
    always @(*) begin
        inv_drop_5 = 1'b0;
        if (inv_en) begin
            inv_drop_5 = e_valid_q_5 && (~inv_use_va || (lk_eq_1g_5 && (e_is1g_5 || lk_eq_2m_5) && (~e_is4k_5 || lk_eq_4k_5))) && (~inv_use_pcid || lk_eq_pcid_5 || (inv_glob_wild && e_glob_q_5)) && ~(inv_keep_glob && e_glob_q_5);
        end
    end
    always @(*) begin
        inv_drop_6 = 1'b0;
        if (inv_en) begin
            inv_drop_6 = e_valid_q_6 && (~inv_use_va || (lk_eq_1g_6 && (e_is1g_6 || lk_eq_2m_6) && (~e_is4k_6 || lk_eq_4k_6))) && (~inv_use_pcid || lk_eq_pcid_6 || (inv_glob_wild && e_glob_q_6)) && ~(inv_keep_glob && e_glob_q_6);
        end
    end
    always @(*) begin
        inv_drop_7 = 1'b0;
        if (inv_en) begin
            inv_drop_7 = e_valid_q_7 && (~inv_use_va || (lk_eq_1g_7 && (e_is1g_7 || lk_eq_2m_7) && (~e_is4k_7 || lk_eq_4k_7))) && (~inv_use_pcid || lk_eq_pcid_7 || (inv_glob_wild && e_glob_q_7)) && ~(inv_keep_glob && e_glob_q_7);
        end
    end
    always @(*) begin
        inv_drop_8 = 1'b0;
        if (inv_en) begin
            inv_drop_8 = e_valid_q_8 && (~inv_use_va || (lk_eq_1g_8 && (e_is1g_8 || lk_eq_2m_8) && (~e_is4k_8 || lk_eq_4k_8))) && (~inv_use_pcid || lk_eq_pcid_8 || (inv_glob_wild && e_glob_q_8)) && ~(inv_keep_glob && e_glob_q_8);
        end
    end
    always @(*) begin
        inv_drop_9 = 1'b0;
        if (inv_en) begin
            inv_drop_9 = e_valid_q_9 && (~inv_use_va || (lk_eq_1g_9 && (e_is1g_9 || lk_eq_2m_9) && (~e_is4k_9 || lk_eq_4k_9))) && (~inv_use_pcid || lk_eq_pcid_9 || (inv_glob_wild && e_glob_q_9)) && ~(inv_keep_glob && e_glob_q_9);
        end
    end
    always @(*) begin
        inv_drop_10 = 1'b0;
        if (inv_en) begin
            inv_drop_10 = e_valid_q_10 && (~inv_use_va || (lk_eq_1g_10 && (e_is1g_10 || lk_eq_2m_10) && (~e_is4k_10 || lk_eq_4k_10))) && (~inv_use_pcid || lk_eq_pcid_10 || (inv_glob_wild && e_glob_q_10)) && ~(inv_keep_glob && e_glob_q_10);
        end
    end
    always @(*) begin
        inv_drop_11 = 1'b0;
        if (inv_en) begin
            inv_drop_11 = e_valid_q_11 && (~inv_use_va || (lk_eq_1g_11 && (e_is1g_11 || lk_eq_2m_11) && (~e_is4k_11 || lk_eq_4k_11))) && (~inv_use_pcid || lk_eq_pcid_11 || (inv_glob_wild && e_glob_q_11)) && ~(inv_keep_glob && e_glob_q_11);
        end
    end
    always @(*) begin
        inv_drop_12 = 1'b0;
        if (inv_en) begin
            inv_drop_12 = e_valid_q_12 && (~inv_use_va || (lk_eq_1g_12 && (e_is1g_12 || lk_eq_2m_12) && (~e_is4k_12 || lk_eq_4k_12))) && (~inv_use_pcid || lk_eq_pcid_12 || (inv_glob_wild && e_glob_q_12)) && ~(inv_keep_glob && e_glob_q_12);
        end
    end
    always @(*) begin
        inv_drop_13 = 1'b0;
        if (inv_en) begin
            inv_drop_13 = e_valid_q_13 && (~inv_use_va || (lk_eq_1g_13 && (e_is1g_13 || lk_eq_2m_13) && (~e_is4k_13 || lk_eq_4k_13))) && (~inv_use_pcid || lk_eq_pcid_13 || (inv_glob_wild && e_glob_q_13)) && ~(inv_keep_glob && e_glob_q_13);
        end
    end
    always @(*) begin
        inv_drop_14 = 1'b0;
        if (inv_en) begin
            inv_drop_14 = e_valid_q_14 && (~inv_use_va || (lk_eq_1g_14 && (e_is1g_14 || lk_eq_2m_14) && (~e_is4k_14 || lk_eq_4k_14))) && (~inv_use_pcid || lk_eq_pcid_14 || (inv_glob_wild && e_glob_q_14)) && ~(inv_keep_glob && e_glob_q_14);
        end
    end
    always @(*) begin
        inv_drop_15 = 1'b0;
        if (inv_en) begin
            inv_drop_15 = e_valid_q_15 && (~inv_use_va || (lk_eq_1g_15 && (e_is1g_15 || lk_eq_2m_15) && (~e_is4k_15 || lk_eq_4k_15))) && (~inv_use_pcid || lk_eq_pcid_15 || (inv_glob_wild && e_glob_q_15)) && ~(inv_keep_glob && e_glob_q_15);
        end
    end
    always @(*) begin
        l_hit_size = PageSize_Size4K;
        if (l_hit_1g) begin
            l_hit_size = PageSize_Size1G;
        end
        else if (l_hit && ~l_hit_4k) begin
            l_hit_size = PageSize_Size2M;
        end
    end
    always @(*) begin
        hit = l_hit;
    end
    always @(*) begin
        hit_idx = l_hit_idx;
    end
    always @(*) begin
        hit_size = l_hit_size;
    end
    always @(*) begin
        hit_pfn = ({18'h0, l_hit_pfn_hi} << 18) | {22'h0, l_hit_pfn_lo};
    end
    always @(*) begin
        hit_glob = l_hit_glob;
    end
    always @(*) begin
        hit_writable = l_hit_writable;
    end
    always @(*) begin
        hit_user = l_hit_user;
    end
    always @(*) begin
        hit_xd = l_hit_xd;
    end
    always @(*) begin
        hit_dirty = l_hit_dirty;
    end
    always @(*) begin
        hit_pkey = l_hit_pkey;
    end
    always @(*) begin
        fill_idx = l_fill_idx;
    end
    initial begin
        e_valid_q_0 = 1'b0;
        e_valid_q_1 = 1'b0;
        e_valid_q_2 = 1'b0;
        e_valid_q_3 = 1'b0;
        e_valid_q_4 = 1'b0;
        e_valid_q_5 = 1'b0;
        e_valid_q_6 = 1'b0;
        e_valid_q_7 = 1'b0;
        e_valid_q_8 = 1'b0;
        e_valid_q_9 = 1'b0;
        e_valid_q_10 = 1'b0;
        e_valid_q_11 = 1'b0;
        e_valid_q_12 = 1'b0;
        e_valid_q_13 = 1'b0;
        e_valid_q_14 = 1'b0;
        e_valid_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_valid_q_0 <= e_valid_d_0;
        e_valid_q_1 <= e_valid_d_1;
        e_valid_q_2 <= e_valid_d_2;
        e_valid_q_3 <= e_valid_d_3;
        e_valid_q_4 <= e_valid_d_4;
        e_valid_q_5 <= e_valid_d_5;
        e_valid_q_6 <= e_valid_d_6;
        e_valid_q_7 <= e_valid_d_7;
        e_valid_q_8 <= e_valid_d_8;
        e_valid_q_9 <= e_valid_d_9;
        e_valid_q_10 <= e_valid_d_10;
        e_valid_q_11 <= e_valid_d_11;
        e_valid_q_12 <= e_valid_d_12;
        e_valid_q_13 <= e_valid_d_13;
        e_valid_q_14 <= e_valid_d_14;
        e_valid_q_15 <= e_valid_d_15;
    end
    initial begin
        e_vpn_1g_q_0 = 18'h0;
        e_vpn_1g_q_1 = 18'h0;
        e_vpn_1g_q_2 = 18'h0;
        e_vpn_1g_q_3 = 18'h0;
        e_vpn_1g_q_4 = 18'h0;
        e_vpn_1g_q_5 = 18'h0;
        e_vpn_1g_q_6 = 18'h0;
        e_vpn_1g_q_7 = 18'h0;
        e_vpn_1g_q_8 = 18'h0;
        e_vpn_1g_q_9 = 18'h0;
        e_vpn_1g_q_10 = 18'h0;
        e_vpn_1g_q_11 = 18'h0;
        e_vpn_1g_q_12 = 18'h0;
        e_vpn_1g_q_13 = 18'h0;
        e_vpn_1g_q_14 = 18'h0;
        e_vpn_1g_q_15 = 18'h0;
    end
    always @(posedge clock) begin
        e_vpn_1g_q_0 <= e_vpn_1g_d_0;
        e_vpn_1g_q_1 <= e_vpn_1g_d_1;
        e_vpn_1g_q_2 <= e_vpn_1g_d_2;
        e_vpn_1g_q_3 <= e_vpn_1g_d_3;
        e_vpn_1g_q_4 <= e_vpn_1g_d_4;
        e_vpn_1g_q_5 <= e_vpn_1g_d_5;
        e_vpn_1g_q_6 <= e_vpn_1g_d_6;
        e_vpn_1g_q_7 <= e_vpn_1g_d_7;
        e_vpn_1g_q_8 <= e_vpn_1g_d_8;
        e_vpn_1g_q_9 <= e_vpn_1g_d_9;
        e_vpn_1g_q_10 <= e_vpn_1g_d_10;
        e_vpn_1g_q_11 <= e_vpn_1g_d_11;
        e_vpn_1g_q_12 <= e_vpn_1g_d_12;
        e_vpn_1g_q_13 <= e_vpn_1g_d_13;
        e_vpn_1g_q_14 <= e_vpn_1g_d_14;
        e_vpn_1g_q_15 <= e_vpn_1g_d_15;
    end
    initial begin
        e_vpn_2m_q_0 = 9'h0;
        e_vpn_2m_q_1 = 9'h0;
        e_vpn_2m_q_2 = 9'h0;
        e_vpn_2m_q_3 = 9'h0;
        e_vpn_2m_q_4 = 9'h0;
        e_vpn_2m_q_5 = 9'h0;
        e_vpn_2m_q_6 = 9'h0;
        e_vpn_2m_q_7 = 9'h0;
        e_vpn_2m_q_8 = 9'h0;
        e_vpn_2m_q_9 = 9'h0;
        e_vpn_2m_q_10 = 9'h0;
        e_vpn_2m_q_11 = 9'h0;
        e_vpn_2m_q_12 = 9'h0;
        e_vpn_2m_q_13 = 9'h0;
        e_vpn_2m_q_14 = 9'h0;
        e_vpn_2m_q_15 = 9'h0;
    end
    always @(posedge clock) begin
        e_vpn_2m_q_0 <= e_vpn_2m_d_0;
        e_vpn_2m_q_1 <= e_vpn_2m_d_1;
        e_vpn_2m_q_2 <= e_vpn_2m_d_2;
        e_vpn_2m_q_3 <= e_vpn_2m_d_3;
        e_vpn_2m_q_4 <= e_vpn_2m_d_4;
        e_vpn_2m_q_5 <= e_vpn_2m_d_5;
        e_vpn_2m_q_6 <= e_vpn_2m_d_6;
        e_vpn_2m_q_7 <= e_vpn_2m_d_7;
        e_vpn_2m_q_8 <= e_vpn_2m_d_8;
        e_vpn_2m_q_9 <= e_vpn_2m_d_9;
        e_vpn_2m_q_10 <= e_vpn_2m_d_10;
        e_vpn_2m_q_11 <= e_vpn_2m_d_11;
        e_vpn_2m_q_12 <= e_vpn_2m_d_12;
        e_vpn_2m_q_13 <= e_vpn_2m_d_13;
        e_vpn_2m_q_14 <= e_vpn_2m_d_14;
        e_vpn_2m_q_15 <= e_vpn_2m_d_15;
    end
    initial begin
        e_vpn_4k_q_0 = 9'h0;
        e_vpn_4k_q_1 = 9'h0;
        e_vpn_4k_q_2 = 9'h0;
        e_vpn_4k_q_3 = 9'h0;
        e_vpn_4k_q_4 = 9'h0;
        e_vpn_4k_q_5 = 9'h0;
        e_vpn_4k_q_6 = 9'h0;
        e_vpn_4k_q_7 = 9'h0;
        e_vpn_4k_q_8 = 9'h0;
        e_vpn_4k_q_9 = 9'h0;
        e_vpn_4k_q_10 = 9'h0;
        e_vpn_4k_q_11 = 9'h0;
        e_vpn_4k_q_12 = 9'h0;
        e_vpn_4k_q_13 = 9'h0;
        e_vpn_4k_q_14 = 9'h0;
        e_vpn_4k_q_15 = 9'h0;
    end
    always @(posedge clock) begin
        e_vpn_4k_q_0 <= e_vpn_4k_d_0;
        e_vpn_4k_q_1 <= e_vpn_4k_d_1;
        e_vpn_4k_q_2 <= e_vpn_4k_d_2;
        e_vpn_4k_q_3 <= e_vpn_4k_d_3;
        e_vpn_4k_q_4 <= e_vpn_4k_d_4;
        e_vpn_4k_q_5 <= e_vpn_4k_d_5;
        e_vpn_4k_q_6 <= e_vpn_4k_d_6;
        e_vpn_4k_q_7 <= e_vpn_4k_d_7;
        e_vpn_4k_q_8 <= e_vpn_4k_d_8;
        e_vpn_4k_q_9 <= e_vpn_4k_d_9;
        e_vpn_4k_q_10 <= e_vpn_4k_d_10;
        e_vpn_4k_q_11 <= e_vpn_4k_d_11;
        e_vpn_4k_q_12 <= e_vpn_4k_d_12;
        e_vpn_4k_q_13 <= e_vpn_4k_d_13;
        e_vpn_4k_q_14 <= e_vpn_4k_d_14;
        e_vpn_4k_q_15 <= e_vpn_4k_d_15;
    end
    initial begin
        e_size_q_0 = 2'h0;
        e_size_q_1 = 2'h0;
        e_size_q_2 = 2'h0;
        e_size_q_3 = 2'h0;
        e_size_q_4 = 2'h0;
        e_size_q_5 = 2'h0;
        e_size_q_6 = 2'h0;
        e_size_q_7 = 2'h0;
        e_size_q_8 = 2'h0;
        e_size_q_9 = 2'h0;
        e_size_q_10 = 2'h0;
        e_size_q_11 = 2'h0;
        e_size_q_12 = 2'h0;
        e_size_q_13 = 2'h0;
        e_size_q_14 = 2'h0;
        e_size_q_15 = 2'h0;
    end
    always @(posedge clock) begin
        e_size_q_0 <= e_size_d_0;
        e_size_q_1 <= e_size_d_1;
        e_size_q_2 <= e_size_d_2;
        e_size_q_3 <= e_size_d_3;
        e_size_q_4 <= e_size_d_4;
        e_size_q_5 <= e_size_d_5;
        e_size_q_6 <= e_size_d_6;
        e_size_q_7 <= e_size_d_7;
        e_size_q_8 <= e_size_d_8;
        e_size_q_9 <= e_size_d_9;
        e_size_q_10 <= e_size_d_10;
        e_size_q_11 <= e_size_d_11;
        e_size_q_12 <= e_size_d_12;
        e_size_q_13 <= e_size_d_13;
        e_size_q_14 <= e_size_d_14;
        e_size_q_15 <= e_size_d_15;
    end
    initial begin
        e_pcid_q_0 = 12'h0;
        e_pcid_q_1 = 12'h0;
        e_pcid_q_2 = 12'h0;
        e_pcid_q_3 = 12'h0;
        e_pcid_q_4 = 12'h0;
        e_pcid_q_5 = 12'h0;
        e_pcid_q_6 = 12'h0;
        e_pcid_q_7 = 12'h0;
        e_pcid_q_8 = 12'h0;
        e_pcid_q_9 = 12'h0;
        e_pcid_q_10 = 12'h0;
        e_pcid_q_11 = 12'h0;
        e_pcid_q_12 = 12'h0;
        e_pcid_q_13 = 12'h0;
        e_pcid_q_14 = 12'h0;
        e_pcid_q_15 = 12'h0;
    end
    always @(posedge clock) begin
        e_pcid_q_0 <= e_pcid_d_0;
        e_pcid_q_1 <= e_pcid_d_1;
        e_pcid_q_2 <= e_pcid_d_2;
        e_pcid_q_3 <= e_pcid_d_3;
        e_pcid_q_4 <= e_pcid_d_4;
        e_pcid_q_5 <= e_pcid_d_5;
        e_pcid_q_6 <= e_pcid_d_6;
        e_pcid_q_7 <= e_pcid_d_7;
        e_pcid_q_8 <= e_pcid_d_8;
        e_pcid_q_9 <= e_pcid_d_9;
        e_pcid_q_10 <= e_pcid_d_10;
        e_pcid_q_11 <= e_pcid_d_11;
        e_pcid_q_12 <= e_pcid_d_12;
        e_pcid_q_13 <= e_pcid_d_13;
        e_pcid_q_14 <= e_pcid_d_14;
        e_pcid_q_15 <= e_pcid_d_15;
    end
    initial begin
        e_glob_q_0 = 1'b0;
        e_glob_q_1 = 1'b0;
        e_glob_q_2 = 1'b0;
        e_glob_q_3 = 1'b0;
        e_glob_q_4 = 1'b0;
        e_glob_q_5 = 1'b0;
        e_glob_q_6 = 1'b0;
        e_glob_q_7 = 1'b0;
        e_glob_q_8 = 1'b0;
        e_glob_q_9 = 1'b0;
        e_glob_q_10 = 1'b0;
        e_glob_q_11 = 1'b0;
        e_glob_q_12 = 1'b0;
        e_glob_q_13 = 1'b0;
        e_glob_q_14 = 1'b0;
        e_glob_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_glob_q_0 <= e_glob_d_0;
        e_glob_q_1 <= e_glob_d_1;
        e_glob_q_2 <= e_glob_d_2;
        e_glob_q_3 <= e_glob_d_3;
        e_glob_q_4 <= e_glob_d_4;
        e_glob_q_5 <= e_glob_d_5;
        e_glob_q_6 <= e_glob_d_6;
        e_glob_q_7 <= e_glob_d_7;
        e_glob_q_8 <= e_glob_d_8;
        e_glob_q_9 <= e_glob_d_9;
        e_glob_q_10 <= e_glob_d_10;
        e_glob_q_11 <= e_glob_d_11;
        e_glob_q_12 <= e_glob_d_12;
        e_glob_q_13 <= e_glob_d_13;
        e_glob_q_14 <= e_glob_d_14;
        e_glob_q_15 <= e_glob_d_15;
    end
    initial begin
        e_pfn_hi_q_0 = 22'h0;
        e_pfn_hi_q_1 = 22'h0;
        e_pfn_hi_q_2 = 22'h0;
        e_pfn_hi_q_3 = 22'h0;
        e_pfn_hi_q_4 = 22'h0;
        e_pfn_hi_q_5 = 22'h0;
        e_pfn_hi_q_6 = 22'h0;
        e_pfn_hi_q_7 = 22'h0;
        e_pfn_hi_q_8 = 22'h0;
        e_pfn_hi_q_9 = 22'h0;
        e_pfn_hi_q_10 = 22'h0;
        e_pfn_hi_q_11 = 22'h0;
        e_pfn_hi_q_12 = 22'h0;
        e_pfn_hi_q_13 = 22'h0;
        e_pfn_hi_q_14 = 22'h0;
        e_pfn_hi_q_15 = 22'h0;
    end
    always @(posedge clock) begin
        e_pfn_hi_q_0 <= e_pfn_hi_d_0;
        e_pfn_hi_q_1 <= e_pfn_hi_d_1;
        e_pfn_hi_q_2 <= e_pfn_hi_d_2;
        e_pfn_hi_q_3 <= e_pfn_hi_d_3;
        e_pfn_hi_q_4 <= e_pfn_hi_d_4;
        e_pfn_hi_q_5 <= e_pfn_hi_d_5;
        e_pfn_hi_q_6 <= e_pfn_hi_d_6;
        e_pfn_hi_q_7 <= e_pfn_hi_d_7;
        e_pfn_hi_q_8 <= e_pfn_hi_d_8;
        e_pfn_hi_q_9 <= e_pfn_hi_d_9;
        e_pfn_hi_q_10 <= e_pfn_hi_d_10;
        e_pfn_hi_q_11 <= e_pfn_hi_d_11;
        e_pfn_hi_q_12 <= e_pfn_hi_d_12;
        e_pfn_hi_q_13 <= e_pfn_hi_d_13;
        e_pfn_hi_q_14 <= e_pfn_hi_d_14;
        e_pfn_hi_q_15 <= e_pfn_hi_d_15;
    end
    initial begin
        e_pfn_lo_q_0 = 18'h0;
        e_pfn_lo_q_1 = 18'h0;
        e_pfn_lo_q_2 = 18'h0;
        e_pfn_lo_q_3 = 18'h0;
        e_pfn_lo_q_4 = 18'h0;
        e_pfn_lo_q_5 = 18'h0;
        e_pfn_lo_q_6 = 18'h0;
        e_pfn_lo_q_7 = 18'h0;
        e_pfn_lo_q_8 = 18'h0;
        e_pfn_lo_q_9 = 18'h0;
        e_pfn_lo_q_10 = 18'h0;
        e_pfn_lo_q_11 = 18'h0;
        e_pfn_lo_q_12 = 18'h0;
        e_pfn_lo_q_13 = 18'h0;
        e_pfn_lo_q_14 = 18'h0;
        e_pfn_lo_q_15 = 18'h0;
    end
    always @(posedge clock) begin
        e_pfn_lo_q_0 <= e_pfn_lo_d_0;
        e_pfn_lo_q_1 <= e_pfn_lo_d_1;
        e_pfn_lo_q_2 <= e_pfn_lo_d_2;
        e_pfn_lo_q_3 <= e_pfn_lo_d_3;
        e_pfn_lo_q_4 <= e_pfn_lo_d_4;
        e_pfn_lo_q_5 <= e_pfn_lo_d_5;
        e_pfn_lo_q_6 <= e_pfn_lo_d_6;
        e_pfn_lo_q_7 <= e_pfn_lo_d_7;
        e_pfn_lo_q_8 <= e_pfn_lo_d_8;
        e_pfn_lo_q_9 <= e_pfn_lo_d_9;
        e_pfn_lo_q_10 <= e_pfn_lo_d_10;
        e_pfn_lo_q_11 <= e_pfn_lo_d_11;
        e_pfn_lo_q_12 <= e_pfn_lo_d_12;
        e_pfn_lo_q_13 <= e_pfn_lo_d_13;
        e_pfn_lo_q_14 <= e_pfn_lo_d_14;
        e_pfn_lo_q_15 <= e_pfn_lo_d_15;
    end
    initial begin
        e_writable_q_0 = 1'b0;
        e_writable_q_1 = 1'b0;
        e_writable_q_2 = 1'b0;
        e_writable_q_3 = 1'b0;
        e_writable_q_4 = 1'b0;
        e_writable_q_5 = 1'b0;
        e_writable_q_6 = 1'b0;
        e_writable_q_7 = 1'b0;
        e_writable_q_8 = 1'b0;
        e_writable_q_9 = 1'b0;
        e_writable_q_10 = 1'b0;
        e_writable_q_11 = 1'b0;
        e_writable_q_12 = 1'b0;
        e_writable_q_13 = 1'b0;
        e_writable_q_14 = 1'b0;
        e_writable_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_writable_q_0 <= e_writable_d_0;
        e_writable_q_1 <= e_writable_d_1;
        e_writable_q_2 <= e_writable_d_2;
        e_writable_q_3 <= e_writable_d_3;
        e_writable_q_4 <= e_writable_d_4;
        e_writable_q_5 <= e_writable_d_5;
        e_writable_q_6 <= e_writable_d_6;
        e_writable_q_7 <= e_writable_d_7;
        e_writable_q_8 <= e_writable_d_8;
        e_writable_q_9 <= e_writable_d_9;
        e_writable_q_10 <= e_writable_d_10;
        e_writable_q_11 <= e_writable_d_11;
        e_writable_q_12 <= e_writable_d_12;
        e_writable_q_13 <= e_writable_d_13;
        e_writable_q_14 <= e_writable_d_14;
        e_writable_q_15 <= e_writable_d_15;
    end
    initial begin
        e_user_q_0 = 1'b0;
        e_user_q_1 = 1'b0;
        e_user_q_2 = 1'b0;
        e_user_q_3 = 1'b0;
        e_user_q_4 = 1'b0;
        e_user_q_5 = 1'b0;
        e_user_q_6 = 1'b0;
        e_user_q_7 = 1'b0;
        e_user_q_8 = 1'b0;
        e_user_q_9 = 1'b0;
        e_user_q_10 = 1'b0;
        e_user_q_11 = 1'b0;
        e_user_q_12 = 1'b0;
        e_user_q_13 = 1'b0;
        e_user_q_14 = 1'b0;
        e_user_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_user_q_0 <= e_user_d_0;
        e_user_q_1 <= e_user_d_1;
        e_user_q_2 <= e_user_d_2;
        e_user_q_3 <= e_user_d_3;
        e_user_q_4 <= e_user_d_4;
        e_user_q_5 <= e_user_d_5;
        e_user_q_6 <= e_user_d_6;
        e_user_q_7 <= e_user_d_7;
        e_user_q_8 <= e_user_d_8;
        e_user_q_9 <= e_user_d_9;
        e_user_q_10 <= e_user_d_10;
        e_user_q_11 <= e_user_d_11;
        e_user_q_12 <= e_user_d_12;
        e_user_q_13 <= e_user_d_13;
        e_user_q_14 <= e_user_d_14;
        e_user_q_15 <= e_user_d_15;
    end
    initial begin
        e_xd_q_0 = 1'b0;
        e_xd_q_1 = 1'b0;
        e_xd_q_2 = 1'b0;
        e_xd_q_3 = 1'b0;
        e_xd_q_4 = 1'b0;
        e_xd_q_5 = 1'b0;
        e_xd_q_6 = 1'b0;
        e_xd_q_7 = 1'b0;
        e_xd_q_8 = 1'b0;
        e_xd_q_9 = 1'b0;
        e_xd_q_10 = 1'b0;
        e_xd_q_11 = 1'b0;
        e_xd_q_12 = 1'b0;
        e_xd_q_13 = 1'b0;
        e_xd_q_14 = 1'b0;
        e_xd_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_xd_q_0 <= e_xd_d_0;
        e_xd_q_1 <= e_xd_d_1;
        e_xd_q_2 <= e_xd_d_2;
        e_xd_q_3 <= e_xd_d_3;
        e_xd_q_4 <= e_xd_d_4;
        e_xd_q_5 <= e_xd_d_5;
        e_xd_q_6 <= e_xd_d_6;
        e_xd_q_7 <= e_xd_d_7;
        e_xd_q_8 <= e_xd_d_8;
        e_xd_q_9 <= e_xd_d_9;
        e_xd_q_10 <= e_xd_d_10;
        e_xd_q_11 <= e_xd_d_11;
        e_xd_q_12 <= e_xd_d_12;
        e_xd_q_13 <= e_xd_d_13;
        e_xd_q_14 <= e_xd_d_14;
        e_xd_q_15 <= e_xd_d_15;
    end
    initial begin
        e_dirty_q_0 = 1'b0;
        e_dirty_q_1 = 1'b0;
        e_dirty_q_2 = 1'b0;
        e_dirty_q_3 = 1'b0;
        e_dirty_q_4 = 1'b0;
        e_dirty_q_5 = 1'b0;
        e_dirty_q_6 = 1'b0;
        e_dirty_q_7 = 1'b0;
        e_dirty_q_8 = 1'b0;
        e_dirty_q_9 = 1'b0;
        e_dirty_q_10 = 1'b0;
        e_dirty_q_11 = 1'b0;
        e_dirty_q_12 = 1'b0;
        e_dirty_q_13 = 1'b0;
        e_dirty_q_14 = 1'b0;
        e_dirty_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        e_dirty_q_0 <= e_dirty_d_0;
        e_dirty_q_1 <= e_dirty_d_1;
        e_dirty_q_2 <= e_dirty_d_2;
        e_dirty_q_3 <= e_dirty_d_3;
        e_dirty_q_4 <= e_dirty_d_4;
        e_dirty_q_5 <= e_dirty_d_5;
        e_dirty_q_6 <= e_dirty_d_6;
        e_dirty_q_7 <= e_dirty_d_7;
        e_dirty_q_8 <= e_dirty_d_8;
        e_dirty_q_9 <= e_dirty_d_9;
        e_dirty_q_10 <= e_dirty_d_10;
        e_dirty_q_11 <= e_dirty_d_11;
        e_dirty_q_12 <= e_dirty_d_12;
        e_dirty_q_13 <= e_dirty_d_13;
        e_dirty_q_14 <= e_dirty_d_14;
        e_dirty_q_15 <= e_dirty_d_15;
    end
    initial begin
        e_pkey_q_0 = 4'h0;
        e_pkey_q_1 = 4'h0;
        e_pkey_q_2 = 4'h0;
        e_pkey_q_3 = 4'h0;
        e_pkey_q_4 = 4'h0;
        e_pkey_q_5 = 4'h0;
        e_pkey_q_6 = 4'h0;
        e_pkey_q_7 = 4'h0;
        e_pkey_q_8 = 4'h0;
        e_pkey_q_9 = 4'h0;
        e_pkey_q_10 = 4'h0;
        e_pkey_q_11 = 4'h0;
        e_pkey_q_12 = 4'h0;
        e_pkey_q_13 = 4'h0;
        e_pkey_q_14 = 4'h0;
        e_pkey_q_15 = 4'h0;
    end
    always @(posedge clock) begin
        e_pkey_q_0 <= e_pkey_d_0;
        e_pkey_q_1 <= e_pkey_d_1;
        e_pkey_q_2 <= e_pkey_d_2;
        e_pkey_q_3 <= e_pkey_d_3;
        e_pkey_q_4 <= e_pkey_d_4;
        e_pkey_q_5 <= e_pkey_d_5;
        e_pkey_q_6 <= e_pkey_d_6;
        e_pkey_q_7 <= e_pkey_d_7;
        e_pkey_q_8 <= e_pkey_d_8;
        e_pkey_q_9 <= e_pkey_d_9;
        e_pkey_q_10 <= e_pkey_d_10;
        e_pkey_q_11 <= e_pkey_d_11;
        e_pkey_q_12 <= e_pkey_d_12;
        e_pkey_q_13 <= e_pkey_d_13;
        e_pkey_q_14 <= e_pkey_d_14;
        e_pkey_q_15 <= e_pkey_d_15;
    end
    initial begin
        victim_q = 4'h0;
    end
    always @(posedge clock) begin
        victim_q <= victim_d;
    end
    initial begin
        cap_1g_q_0 = 1'b0;
        cap_1g_q_1 = 1'b0;
        cap_1g_q_2 = 1'b0;
        cap_1g_q_3 = 1'b0;
        cap_1g_q_4 = 1'b0;
        cap_1g_q_5 = 1'b0;
        cap_1g_q_6 = 1'b0;
        cap_1g_q_7 = 1'b0;
        cap_1g_q_8 = 1'b0;
        cap_1g_q_9 = 1'b0;
        cap_1g_q_10 = 1'b0;
        cap_1g_q_11 = 1'b0;
        cap_1g_q_12 = 1'b0;
        cap_1g_q_13 = 1'b0;
        cap_1g_q_14 = 1'b0;
        cap_1g_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        cap_1g_q_0 <= cap_1g_d_0;
        cap_1g_q_1 <= cap_1g_d_1;
        cap_1g_q_2 <= cap_1g_d_2;
        cap_1g_q_3 <= cap_1g_d_3;
        cap_1g_q_4 <= cap_1g_d_4;
        cap_1g_q_5 <= cap_1g_d_5;
        cap_1g_q_6 <= cap_1g_d_6;
        cap_1g_q_7 <= cap_1g_d_7;
        cap_1g_q_8 <= cap_1g_d_8;
        cap_1g_q_9 <= cap_1g_d_9;
        cap_1g_q_10 <= cap_1g_d_10;
        cap_1g_q_11 <= cap_1g_d_11;
        cap_1g_q_12 <= cap_1g_d_12;
        cap_1g_q_13 <= cap_1g_d_13;
        cap_1g_q_14 <= cap_1g_d_14;
        cap_1g_q_15 <= cap_1g_d_15;
    end
    initial begin
        cap_2m_q_0 = 1'b0;
        cap_2m_q_1 = 1'b0;
        cap_2m_q_2 = 1'b0;
        cap_2m_q_3 = 1'b0;
        cap_2m_q_4 = 1'b0;
        cap_2m_q_5 = 1'b0;
        cap_2m_q_6 = 1'b0;
        cap_2m_q_7 = 1'b0;
        cap_2m_q_8 = 1'b0;
        cap_2m_q_9 = 1'b0;
        cap_2m_q_10 = 1'b0;
        cap_2m_q_11 = 1'b0;
        cap_2m_q_12 = 1'b0;
        cap_2m_q_13 = 1'b0;
        cap_2m_q_14 = 1'b0;
        cap_2m_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        cap_2m_q_0 <= cap_2m_d_0;
        cap_2m_q_1 <= cap_2m_d_1;
        cap_2m_q_2 <= cap_2m_d_2;
        cap_2m_q_3 <= cap_2m_d_3;
        cap_2m_q_4 <= cap_2m_d_4;
        cap_2m_q_5 <= cap_2m_d_5;
        cap_2m_q_6 <= cap_2m_d_6;
        cap_2m_q_7 <= cap_2m_d_7;
        cap_2m_q_8 <= cap_2m_d_8;
        cap_2m_q_9 <= cap_2m_d_9;
        cap_2m_q_10 <= cap_2m_d_10;
        cap_2m_q_11 <= cap_2m_d_11;
        cap_2m_q_12 <= cap_2m_d_12;
        cap_2m_q_13 <= cap_2m_d_13;
        cap_2m_q_14 <= cap_2m_d_14;
        cap_2m_q_15 <= cap_2m_d_15;
    end
    initial begin
        cap_4k_q_0 = 1'b0;
        cap_4k_q_1 = 1'b0;
        cap_4k_q_2 = 1'b0;
        cap_4k_q_3 = 1'b0;
        cap_4k_q_4 = 1'b0;
        cap_4k_q_5 = 1'b0;
        cap_4k_q_6 = 1'b0;
        cap_4k_q_7 = 1'b0;
        cap_4k_q_8 = 1'b0;
        cap_4k_q_9 = 1'b0;
        cap_4k_q_10 = 1'b0;
        cap_4k_q_11 = 1'b0;
        cap_4k_q_12 = 1'b0;
        cap_4k_q_13 = 1'b0;
        cap_4k_q_14 = 1'b0;
        cap_4k_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        cap_4k_q_0 <= cap_4k_d_0;
        cap_4k_q_1 <= cap_4k_d_1;
        cap_4k_q_2 <= cap_4k_d_2;
        cap_4k_q_3 <= cap_4k_d_3;
        cap_4k_q_4 <= cap_4k_d_4;
        cap_4k_q_5 <= cap_4k_d_5;
        cap_4k_q_6 <= cap_4k_d_6;
        cap_4k_q_7 <= cap_4k_d_7;
        cap_4k_q_8 <= cap_4k_d_8;
        cap_4k_q_9 <= cap_4k_d_9;
        cap_4k_q_10 <= cap_4k_d_10;
        cap_4k_q_11 <= cap_4k_d_11;
        cap_4k_q_12 <= cap_4k_d_12;
        cap_4k_q_13 <= cap_4k_d_13;
        cap_4k_q_14 <= cap_4k_d_14;
        cap_4k_q_15 <= cap_4k_d_15;
    end
    initial begin
        cap_pcid_q_0 = 1'b0;
        cap_pcid_q_1 = 1'b0;
        cap_pcid_q_2 = 1'b0;
        cap_pcid_q_3 = 1'b0;
        cap_pcid_q_4 = 1'b0;
        cap_pcid_q_5 = 1'b0;
        cap_pcid_q_6 = 1'b0;
        cap_pcid_q_7 = 1'b0;
        cap_pcid_q_8 = 1'b0;
        cap_pcid_q_9 = 1'b0;
        cap_pcid_q_10 = 1'b0;
        cap_pcid_q_11 = 1'b0;
        cap_pcid_q_12 = 1'b0;
        cap_pcid_q_13 = 1'b0;
        cap_pcid_q_14 = 1'b0;
        cap_pcid_q_15 = 1'b0;
    end
    always @(posedge clock) begin
        cap_pcid_q_0 <= cap_pcid_d_0;
        cap_pcid_q_1 <= cap_pcid_d_1;
        cap_pcid_q_2 <= cap_pcid_d_2;
        cap_pcid_q_3 <= cap_pcid_d_3;
        cap_pcid_q_4 <= cap_pcid_d_4;
        cap_pcid_q_5 <= cap_pcid_d_5;
        cap_pcid_q_6 <= cap_pcid_d_6;
        cap_pcid_q_7 <= cap_pcid_d_7;
        cap_pcid_q_8 <= cap_pcid_d_8;
        cap_pcid_q_9 <= cap_pcid_d_9;
        cap_pcid_q_10 <= cap_pcid_d_10;
        cap_pcid_q_11 <= cap_pcid_d_11;
        cap_pcid_q_12 <= cap_pcid_d_12;
        cap_pcid_q_13 <= cap_pcid_d_13;
        cap_pcid_q_14 <= cap_pcid_d_14;
        cap_pcid_q_15 <= cap_pcid_d_15;
    end
endmodule // mmu_axi4_mmu_data_tlb

// Port<N, A>: one CPU port of the MMU with its L1 TLB: the fetch port with the ITLB, or the data
// port with the DTLB. It takes requests, answers L1 hits and #GP itself in the next cycle with its
// own Perm, and hands a miss to the shared walker through the top's arbiter, whose answer it
// forwards as its response.
module mmu_axi4_mmu_fetch(clock, reset, req_valid, req_ready, free, req_va, req_kind, req_user, hold, cur_pcid, rsp_valid, rsp_outcome, rsp_pa, rsp_error_code, rsp_tlb_hit, rsp_l2_hit, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, inv_en, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid, walk_req, walk_req_next, acc_vpn_1g, acc_vpn_2m, acc_vpn_4k, acc_kind, acc_user, acc_pcid, walk_done, walk_fault, walk_bus_error, walk_err_addr, walk_error_code, walk_pfn, walk_size, l2_done, l2_pfn, l2_size, l2_user, l2_writable, l2_xd, l2_pkey, l2_dirty, l2_glob, l2_pcid, fill_en, fill_prep, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey);
    input wire clock;
    input wire reset;
    input wire req_valid;
    output reg req_ready;
    output reg free;
    input wire [63:0] req_va;
    input wire [1:0] req_kind;
    input wire req_user;
    input wire hold;
    input wire [11:0] cur_pcid;
    output reg rsp_valid;
    output reg [1:0] rsp_outcome;
    output reg [51:0] rsp_pa;
    output reg [5:0] rsp_error_code;
    output reg rsp_tlb_hit;
    output reg rsp_l2_hit;
    input wire cr0_wp;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    input wire inv_en;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    output reg walk_req;
    output reg walk_req_next;
    output reg [17:0] acc_vpn_1g;
    output reg [8:0] acc_vpn_2m;
    output reg [8:0] acc_vpn_4k;
    output reg [1:0] acc_kind;
    output reg acc_user;
    output reg [11:0] acc_pcid;
    input wire walk_done;
    input wire walk_fault;
    input wire walk_bus_error;
    input wire [51:0] walk_err_addr;
    input wire [5:0] walk_error_code;
    input wire [39:0] walk_pfn;
    input wire [1:0] walk_size;
    input wire l2_done;
    input wire [39:0] l2_pfn;
    input wire [1:0] l2_size;
    input wire l2_user;
    input wire l2_writable;
    input wire l2_xd;
    input wire [3:0] l2_pkey;
    input wire l2_dirty;
    input wire l2_glob;
    input wire [11:0] l2_pcid;
    input wire fill_en;
    input wire fill_prep;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [8:0] fill_vpn_4k;
    input wire [1:0] fill_size;
    input wire [11:0] fill_pcid;
    input wire fill_glob;
    input wire [39:0] fill_pfn;
    input wire fill_writable;
    input wire fill_user;
    input wire fill_xd;
    input wire fill_dirty;
    input wire [3:0] fill_pkey;
    reg tlb_reset;
    reg [35:0] tlb_lk_vpn;
    reg [11:0] tlb_lk_pcid;
    reg tlb_lk_capture;
    wire tlb_hit;
    wire [2:0] tlb_hit_idx;
    wire [1:0] tlb_hit_size;
    wire [39:0] tlb_hit_pfn;
    wire tlb_hit_glob;
    wire tlb_hit_writable;
    wire tlb_hit_user;
    wire tlb_hit_xd;
    wire tlb_hit_dirty;
    wire [3:0] tlb_hit_pkey;
    reg tlb_fill_en;
    reg tlb_fill_prep;
    reg [17:0] tlb_fill_vpn_1g;
    reg [8:0] tlb_fill_vpn_2m;
    reg [8:0] tlb_fill_vpn_4k;
    reg [1:0] tlb_fill_size;
    reg [11:0] tlb_fill_pcid;
    reg tlb_fill_glob;
    reg [39:0] tlb_fill_pfn;
    reg tlb_fill_writable;
    reg tlb_fill_user;
    reg tlb_fill_xd;
    reg tlb_fill_dirty;
    reg [3:0] tlb_fill_pkey;
    wire [2:0] tlb_fill_idx;
    reg tlb_inv_en;
    reg tlb_inv_use_va;
    reg tlb_inv_use_pcid;
    reg tlb_inv_glob_wild;
    reg tlb_inv_keep_glob;
    reg [35:0] tlb_inv_vpn;
    reg [11:0] tlb_inv_pcid;
    reg perm_page_user;
    reg perm_page_writable;
    reg perm_page_xd;
    reg [3:0] perm_page_pkey;
    reg [1:0] perm_kind;
    reg perm_user_access;
    reg perm_cr0_wp;
    reg perm_cr4_smep;
    reg perm_cr4_smap;
    reg perm_cr4_pke;
    reg perm_efer_nxe;
    reg perm_rflags_ac;
    reg [31:0] perm_pkru;
    wire perm_allow;
    wire [5:0] perm_error_code;
    reg r_fast_d;
    reg r_fast_q;
    reg r_gp_d;
    reg r_gp_q;
    reg r_l2_d;
    reg r_l2_q;
    reg r_wait_d;
    reg r_wait_q;
    reg [17:0] r_vpn_1g_d;
    reg [17:0] r_vpn_1g_q;
    reg [8:0] r_vpn_2m_d;
    reg [8:0] r_vpn_2m_q;
    reg [8:0] r_vpn_4k_d;
    reg [8:0] r_vpn_4k_q;
    reg [11:0] r_off_d;
    reg [11:0] r_off_q;
    reg [1:0] r_kind_d;
    reg [1:0] r_kind_q;
    reg r_user_d;
    reg r_user_q;
    reg [11:0] r_pcid_d;
    reg [11:0] r_pcid_q;
    reg [39:0] h_pfn_d;
    reg [39:0] h_pfn_q;
    reg [1:0] h_size_d;
    reg [1:0] h_size_q;
    reg h_user_d;
    reg h_user_q;
    reg h_writable_d;
    reg h_writable_q;
    reg h_xd_d;
    reg h_xd_q;
    reg [3:0] h_pkey_d;
    reg [3:0] h_pkey_q;
    reg h_dirty_d;
    reg h_dirty_q;
    reg h_glob_d;
    reg h_glob_q;
    reg [11:0] h_pcid_d;
    reg [11:0] h_pcid_q;
    reg accept;
    reg [16:0] va_top;
    reg canonical;
    reg hit_usable;
    reg wait_next;
    reg [39:0] sel_pfn;
    reg [1:0] sel_size;
    reg [51:0] pa;
    reg l_rsp_valid;
    reg [1:0] l_rsp_outcome;
    reg [51:0] l_rsp_pa;
    reg [5:0] l_rsp_error_code;
    reg l_rsp_tlb_hit;
    reg l_rsp_l2_hit;
    reg fl_en;
    reg fl_prep;
    reg [17:0] fl_vpn_1g;
    reg [8:0] fl_vpn_2m;
    reg [8:0] fl_vpn_4k;
    reg [1:0] fl_size;
    reg [11:0] fl_pcid;
    reg fl_glob;
    reg [39:0] fl_pfn;
    reg fl_writable;
    reg fl_user;
    reg fl_xd;
    reg fl_dirty;
    reg [3:0] fl_pkey;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    localparam OutcomeCode_Ok = 0;
    localparam OutcomeCode_PageFault = 1;
    localparam OutcomeCode_GeneralProtection = 2;
    localparam OutcomeCode_BusError = 3;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    mmu_axi4_mmu_fetch_tlb tlb (
        .clock(clock),
        .reset(tlb_reset),
        .lk_vpn(tlb_lk_vpn),
        .lk_pcid(tlb_lk_pcid),
        .lk_capture(tlb_lk_capture),
        .hit(tlb_hit),
        .hit_idx(tlb_hit_idx),
        .hit_size(tlb_hit_size),
        .hit_pfn(tlb_hit_pfn),
        .hit_glob(tlb_hit_glob),
        .hit_writable(tlb_hit_writable),
        .hit_user(tlb_hit_user),
        .hit_xd(tlb_hit_xd),
        .hit_dirty(tlb_hit_dirty),
        .hit_pkey(tlb_hit_pkey),
        .fill_en(tlb_fill_en),
        .fill_prep(tlb_fill_prep),
        .fill_vpn_1g(tlb_fill_vpn_1g),
        .fill_vpn_2m(tlb_fill_vpn_2m),
        .fill_vpn_4k(tlb_fill_vpn_4k),
        .fill_size(tlb_fill_size),
        .fill_pcid(tlb_fill_pcid),
        .fill_glob(tlb_fill_glob),
        .fill_pfn(tlb_fill_pfn),
        .fill_writable(tlb_fill_writable),
        .fill_user(tlb_fill_user),
        .fill_xd(tlb_fill_xd),
        .fill_dirty(tlb_fill_dirty),
        .fill_pkey(tlb_fill_pkey),
        .fill_idx(tlb_fill_idx),
        .inv_en(tlb_inv_en),
        .inv_use_va(tlb_inv_use_va),
        .inv_use_pcid(tlb_inv_use_pcid),
        .inv_glob_wild(tlb_inv_glob_wild),
        .inv_keep_glob(tlb_inv_keep_glob),
        .inv_vpn(tlb_inv_vpn),
        .inv_pcid(tlb_inv_pcid)
    );
    mmu_axi4_mmu_fetch_perm perm (
        .page_user(perm_page_user),
        .page_writable(perm_page_writable),
        .page_xd(perm_page_xd),
        .page_pkey(perm_page_pkey),
        .kind(perm_kind),
        .user_access(perm_user_access),
        .cr0_wp(perm_cr0_wp),
        .cr4_smep(perm_cr4_smep),
        .cr4_smap(perm_cr4_smap),
        .cr4_pke(perm_cr4_pke),
        .efer_nxe(perm_efer_nxe),
        .rflags_ac(perm_rflags_ac),
        .pkru(perm_pkru),
        .allow(perm_allow),
        .error_code(perm_error_code)
    );
    always @(*) begin
        r_fast_d = r_fast_q;
        r_fast_d = accept && (~canonical || hit_usable);
        if (l2_done) begin
            r_fast_d = 1'b1;
        end
        if (reset) begin
            r_fast_d = 1'b0;
        end
    end
    always @(*) begin
        r_gp_d = r_gp_q;
        if (accept) begin
            r_gp_d = ~canonical;
        end
    end
    always @(*) begin
        r_l2_d = r_l2_q;
        r_l2_d = l2_done;
        if (reset) begin
            r_l2_d = 1'b0;
        end
    end
    always @(*) begin
        r_wait_d = r_wait_q;
        r_wait_d = wait_next;
    end
    always @(*) begin
        r_vpn_1g_d = r_vpn_1g_q;
        if (accept) begin
            r_vpn_1g_d = req_va[30 +: 18];
        end
    end
    always @(*) begin
        r_vpn_2m_d = r_vpn_2m_q;
        if (accept) begin
            r_vpn_2m_d = req_va[21 +: 9];
        end
    end
    always @(*) begin
        r_vpn_4k_d = r_vpn_4k_q;
        if (accept) begin
            r_vpn_4k_d = req_va[12 +: 9];
        end
    end
    always @(*) begin
        r_off_d = r_off_q;
        if (accept) begin
            r_off_d = req_va[0 +: 12];
        end
    end
    always @(*) begin
        r_kind_d = r_kind_q;
        if (accept) begin
            r_kind_d = req_kind;
        end
    end
    always @(*) begin
        r_user_d = r_user_q;
        if (accept) begin
            r_user_d = req_user;
        end
    end
    always @(*) begin
        r_pcid_d = r_pcid_q;
        if (accept) begin
            r_pcid_d = cur_pcid;
        end
    end
    always @(*) begin
        h_pfn_d = h_pfn_q;
        if (accept) begin
            h_pfn_d = tlb_hit_pfn;
        end
        if (l2_done) begin
            h_pfn_d = l2_pfn;
        end
    end
    always @(*) begin
        h_size_d = h_size_q;
        if (accept) begin
            h_size_d = tlb_hit_size;
        end
        if (l2_done) begin
            h_size_d = l2_size;
        end
    end
    always @(*) begin
        h_user_d = h_user_q;
        if (accept) begin
            h_user_d = tlb_hit_user;
        end
        if (l2_done) begin
            h_user_d = l2_user;
        end
    end
    always @(*) begin
        h_writable_d = h_writable_q;
        if (accept) begin
            h_writable_d = tlb_hit_writable;
        end
        if (l2_done) begin
            h_writable_d = l2_writable;
        end
    end
    always @(*) begin
        h_xd_d = h_xd_q;
        if (accept) begin
            h_xd_d = tlb_hit_xd;
        end
        if (l2_done) begin
            h_xd_d = l2_xd;
        end
    end
    always @(*) begin
        h_pkey_d = h_pkey_q;
        if (accept) begin
            h_pkey_d = tlb_hit_pkey;
        end
        if (l2_done) begin
            h_pkey_d = l2_pkey;
        end
    end
    always @(*) begin
        h_dirty_d = h_dirty_q;
        if (l2_done) begin
            h_dirty_d = l2_dirty;
        end
    end
    always @(*) begin
        h_glob_d = h_glob_q;
        if (l2_done) begin
            h_glob_d = l2_glob;
        end
    end
    always @(*) begin
        h_pcid_d = h_pcid_q;
        if (l2_done) begin
            h_pcid_d = l2_pcid;
        end
    end
    always @(*) begin
        tlb_reset = reset;
    end
    always @(*) begin
        tlb_inv_en = inv_en;
    end
    always @(*) begin
        tlb_inv_use_va = inv_use_va;
    end
    always @(*) begin
        tlb_inv_use_pcid = inv_use_pcid;
    end
    always @(*) begin
        tlb_inv_glob_wild = inv_glob_wild;
    end
    always @(*) begin
        tlb_inv_keep_glob = inv_keep_glob;
    end
    always @(*) begin
        tlb_inv_vpn = inv_vpn;
    end
    always @(*) begin
        tlb_inv_pcid = inv_pcid;
    end
    always @(*) begin
        tlb_lk_vpn = req_va[12 +: 36];
    end
    always @(*) begin
        tlb_lk_pcid = cur_pcid;
    end
    always @(*) begin
        va_top = req_va[47 +: 17];
    end
    always @(*) begin
        canonical = &va_top || ~|va_top;
    end
    always @(*) begin
        hit_usable = tlb_hit && (tlb_hit_dirty || (req_kind != AccessKind_Write));
    end
    always @(*) begin
        free = ~r_wait_q && ~r_l2_q;
    end
    always @(*) begin
        req_ready = ~reset && free && ~hold;
    end
    always @(*) begin
        accept = req_valid && req_ready;
    end
    always @(*) begin
        tlb_lk_capture = accept;
    end
    always @(*) begin
        wait_next = (r_wait_q && ~walk_done && ~l2_done) || (accept && canonical && ~hit_usable);
        if (reset) begin
            wait_next = 1'b0;
        end
    end
    always @(*) begin
        walk_req = r_wait_q;
    end
    always @(*) begin
        walk_req_next = wait_next;
    end
    always @(*) begin
        acc_vpn_1g = r_vpn_1g_q;
    end
    always @(*) begin
        acc_vpn_2m = r_vpn_2m_q;
    end
    always @(*) begin
        acc_vpn_4k = r_vpn_4k_q;
    end
    always @(*) begin
        acc_kind = r_kind_q;
    end
    always @(*) begin
        acc_user = r_user_q;
    end
    always @(*) begin
        acc_pcid = r_pcid_q;
    end
    always @(*) begin
        fl_en = fill_en;
        if (r_l2_q) begin
            fl_en = ~inv_en;
        end
    end
    always @(*) begin
        fl_prep = fill_prep;
        if (r_l2_q) begin
            fl_prep = 1'b1;
        end
    end
    always @(*) begin
        fl_vpn_1g = fill_vpn_1g;
        if (r_l2_q) begin
            fl_vpn_1g = r_vpn_1g_q;
        end
    end
    always @(*) begin
        fl_vpn_2m = fill_vpn_2m;
        if (r_l2_q) begin
            fl_vpn_2m = r_vpn_2m_q;
        end
    end
    always @(*) begin
        fl_vpn_4k = fill_vpn_4k;
        if (r_l2_q) begin
            fl_vpn_4k = r_vpn_4k_q;
        end
    end
    always @(*) begin
        fl_size = fill_size;
        if (r_l2_q) begin
            fl_size = h_size_q;
        end
    end
    always @(*) begin
        fl_pcid = fill_pcid;
        if (r_l2_q) begin
            fl_pcid = h_pcid_q;
        end
    end
    always @(*) begin
        fl_glob = fill_glob;
        if (r_l2_q) begin
            fl_glob = h_glob_q;
        end
    end
    always @(*) begin
        fl_pfn = fill_pfn;
        if (r_l2_q) begin
            fl_pfn = h_pfn_q;
        end
    end
    always @(*) begin
        fl_writable = fill_writable;
        if (r_l2_q) begin
            fl_writable = h_writable_q;
        end
    end
    always @(*) begin
        fl_user = fill_user;
        if (r_l2_q) begin
            fl_user = h_user_q;
        end
    end
    always @(*) begin
        fl_xd = fill_xd;
        if (r_l2_q) begin
            fl_xd = h_xd_q;
        end
    end
    always @(*) begin
        fl_dirty = fill_dirty;
        if (r_l2_q) begin
            fl_dirty = h_dirty_q;
        end
    end
    always @(*) begin
        fl_pkey = fill_pkey;
        if (r_l2_q) begin
            fl_pkey = h_pkey_q;
        end
    end
    always @(*) begin
        tlb_fill_en = fl_en;
    end
    always @(*) begin
        tlb_fill_prep = fl_prep;
    end
    always @(*) begin
        tlb_fill_vpn_1g = fl_vpn_1g;
    end
    always @(*) begin
        tlb_fill_vpn_2m = fl_vpn_2m;
    end
    always @(*) begin
        tlb_fill_vpn_4k = fl_vpn_4k;
    end
    always @(*) begin
        tlb_fill_size = fl_size;
    end
    always @(*) begin
        tlb_fill_pcid = fl_pcid;
    end
    always @(*) begin
        tlb_fill_glob = fl_glob;
    end
    always @(*) begin
        tlb_fill_pfn = fl_pfn;
    end
    always @(*) begin
        tlb_fill_writable = fl_writable;
    end
    always @(*) begin
        tlb_fill_user = fl_user;
    end
    always @(*) begin
        tlb_fill_xd = fl_xd;
    end
    always @(*) begin
        tlb_fill_dirty = fl_dirty;
    end
    always @(*) begin
        tlb_fill_pkey = fl_pkey;
    end
    always @(*) begin
        perm_page_user = h_user_q;
    end
    always @(*) begin
        perm_page_writable = h_writable_q;
    end
    always @(*) begin
        perm_page_xd = h_xd_q;
    end
    always @(*) begin
        perm_page_pkey = h_pkey_q;
    end
    always @(*) begin
        perm_kind = r_kind_q;
    end
    always @(*) begin
        perm_user_access = r_user_q;
    end
    always @(*) begin
        perm_cr0_wp = cr0_wp;
    end
    always @(*) begin
        perm_cr4_smep = cr4_smep;
    end
    always @(*) begin
        perm_cr4_smap = cr4_smap;
    end
    always @(*) begin
        perm_cr4_pke = cr4_pke;
    end
    always @(*) begin
        perm_efer_nxe = efer_nxe;
    end
    always @(*) begin
        perm_rflags_ac = rflags_ac;
    end
    always @(*) begin
        perm_pkru = pkru;
    end
    always @(*) begin
        sel_pfn = h_pfn_q;
        if (walk_done) begin
            sel_pfn = walk_pfn;
        end
    end
    always @(*) begin
        sel_size = h_size_q;
        if (walk_done) begin
            sel_size = walk_size;
        end
    end
    always @(*) begin
        pa = ({12'h0, sel_pfn} << 12) | {40'h0, r_off_q};
        if (sel_size != PageSize_Size4K) begin
            pa = pa | ({43'h0, r_vpn_4k_q} << 12);
        end
        if (sel_size == PageSize_Size1G) begin
            pa = pa | ({43'h0, r_vpn_2m_q} << 21);
        end
    end
    always @(*) begin
        l_rsp_valid = 1'b0;
        if (r_fast_q) begin
            l_rsp_valid = 1'b1;
        end
        else if (walk_done) begin
            l_rsp_valid = 1'b1;
        end
        if (reset) begin
            l_rsp_valid = 1'b0;
        end
    end
    always @(*) begin
        l_rsp_outcome = OutcomeCode_Ok;
        if (r_fast_q) begin
            if (r_gp_q) begin
                l_rsp_outcome = OutcomeCode_GeneralProtection;
            end
            else begin
                if (!(perm_allow)) begin
                    l_rsp_outcome = OutcomeCode_PageFault;
                end
            end
        end
        else if (walk_done) begin
            if (walk_fault && walk_bus_error) begin
                l_rsp_outcome = OutcomeCode_BusError;
            end
            else if (walk_fault) begin
                l_rsp_outcome = OutcomeCode_PageFault;
            end
        end
    end
    always @(*) begin
        l_rsp_pa = 52'h0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                if (perm_allow) begin
                    l_rsp_pa = pa;
                end
            end
        end
        else if (walk_done) begin
            if (walk_fault && walk_bus_error) begin
                l_rsp_pa = walk_err_addr;
            end
            else if (!(walk_fault)) begin
                l_rsp_pa = pa;
            end
        end
    end
    always @(*) begin
        l_rsp_error_code = 6'h0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                if (!(perm_allow)) begin
                    l_rsp_error_code = perm_error_code;
                end
            end
        end
        else if (walk_done) begin
            if (!(walk_fault && walk_bus_error)) if (walk_fault) begin
                l_rsp_error_code = walk_error_code;
            end
        end
    end
    always @(*) begin
        l_rsp_tlb_hit = 1'b0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                l_rsp_tlb_hit = ~r_l2_q;
            end
        end
    end
    always @(*) begin
        l_rsp_l2_hit = 1'b0;
        if (r_fast_q) begin
            if (!(r_gp_q)) begin
                l_rsp_l2_hit = r_l2_q;
            end
        end
    end
    always @(*) begin
        rsp_valid = l_rsp_valid;
    end
    always @(*) begin
        rsp_outcome = l_rsp_outcome;
    end
    always @(*) begin
        rsp_pa = l_rsp_pa;
    end
    always @(*) begin
        rsp_error_code = l_rsp_error_code;
    end
    always @(*) begin
        rsp_tlb_hit = l_rsp_tlb_hit;
    end
    always @(*) begin
        rsp_l2_hit = l_rsp_l2_hit;
    end
    initial begin
        r_fast_q = 1'b0;
    end
    always @(posedge clock) begin
        r_fast_q <= r_fast_d;
    end
    initial begin
        r_gp_q = 1'b0;
    end
    always @(posedge clock) begin
        r_gp_q <= r_gp_d;
    end
    initial begin
        r_l2_q = 1'b0;
    end
    always @(posedge clock) begin
        r_l2_q <= r_l2_d;
    end
    initial begin
        r_wait_q = 1'b0;
    end
    always @(posedge clock) begin
        r_wait_q <= r_wait_d;
    end
    initial begin
        r_vpn_1g_q = 18'h0;
    end
    always @(posedge clock) begin
        r_vpn_1g_q <= r_vpn_1g_d;
    end
    initial begin
        r_vpn_2m_q = 9'h0;
    end
    always @(posedge clock) begin
        r_vpn_2m_q <= r_vpn_2m_d;
    end
    initial begin
        r_vpn_4k_q = 9'h0;
    end
    always @(posedge clock) begin
        r_vpn_4k_q <= r_vpn_4k_d;
    end
    initial begin
        r_off_q = 12'h0;
    end
    always @(posedge clock) begin
        r_off_q <= r_off_d;
    end
    initial begin
        r_kind_q = 2'h0;
    end
    always @(posedge clock) begin
        r_kind_q <= r_kind_d;
    end
    initial begin
        r_user_q = 1'b0;
    end
    always @(posedge clock) begin
        r_user_q <= r_user_d;
    end
    initial begin
        r_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        r_pcid_q <= r_pcid_d;
    end
    initial begin
        h_pfn_q = 40'h0;
    end
    always @(posedge clock) begin
        h_pfn_q <= h_pfn_d;
    end
    initial begin
        h_size_q = 2'h0;
    end
    always @(posedge clock) begin
        h_size_q <= h_size_d;
    end
    initial begin
        h_user_q = 1'b0;
    end
    always @(posedge clock) begin
        h_user_q <= h_user_d;
    end
    initial begin
        h_writable_q = 1'b0;
    end
    always @(posedge clock) begin
        h_writable_q <= h_writable_d;
    end
    initial begin
        h_xd_q = 1'b0;
    end
    always @(posedge clock) begin
        h_xd_q <= h_xd_d;
    end
    initial begin
        h_pkey_q = 4'h0;
    end
    always @(posedge clock) begin
        h_pkey_q <= h_pkey_d;
    end
    initial begin
        h_dirty_q = 1'b0;
    end
    always @(posedge clock) begin
        h_dirty_q <= h_dirty_d;
    end
    initial begin
        h_glob_q = 1'b0;
    end
    always @(posedge clock) begin
        h_glob_q <= h_glob_d;
    end
    initial begin
        h_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        h_pcid_q <= h_pcid_d;
    end
endmodule // mmu_axi4_mmu_fetch

// Perm: the access-rights check of SDM 4.6 and the #PF error code of 4.7, purely combinational.
module mmu_axi4_mmu_fetch_perm(page_user, page_writable, page_xd, page_pkey, kind, user_access, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, allow, error_code);
    input wire page_user;
    input wire page_writable;
    input wire page_xd;
    input wire [3:0] page_pkey;
    input wire [1:0] kind;
    input wire user_access;
    input wire cr0_wp;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    output reg allow;
    output reg [5:0] error_code;
    reg is_write;
    reg is_fetch;
    reg no_exec;
    reg [4:0] pk_shift;
    reg [31:0] pk_bits;
    reg pk_deny;
    reg user_deny;
    reg sup_fetch_deny;
    reg sup_data_deny;
    reg [5:0] code;
    reg ok;
    localparam k_p = 6'h1;
    localparam k_w = 6'h2;
    localparam k_u = 6'h4;
    localparam k_i = 6'h10;
    localparam k_pk = 6'h20;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    always @(*) begin
        is_write = kind == AccessKind_Write;
    end
    always @(*) begin
        is_fetch = kind == AccessKind_Fetch;
    end
    always @(*) begin
        no_exec = efer_nxe && page_xd;
    end
    always @(*) begin
        pk_shift = {1'b0, page_pkey} << 1;
    end
    always @(*) begin
        pk_bits = pkru >> pk_shift;
    end
    always @(*) begin
        pk_deny = cr4_pke && page_user && ~is_fetch && (pk_bits[0] || (pk_bits[1] && is_write && (user_access || cr0_wp)));
    end
    always @(*) begin
        user_deny = ~page_user || (is_write && ~page_writable) || (is_fetch && no_exec);
    end
    always @(*) begin
        sup_fetch_deny = no_exec || (cr4_smep && page_user);
    end
    always @(*) begin
        sup_data_deny = (cr4_smap && ~rflags_ac && page_user) || (is_write && cr0_wp && ~page_writable);
    end
    always @(*) begin
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
    end
    always @(*) begin
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
    end
    always @(*) begin
        allow = ok;
    end
    always @(*) begin
        error_code = code;
    end
endmodule // mmu_axi4_mmu_fetch_perm

// Tlb<N, A>: fully associative TLB (a CAM of N entries, A = log2 N), 4K/2M/1G pages side by
// side, tagged with the PCID current at fill, global entries matching in every PCID.
module mmu_axi4_mmu_fetch_tlb(clock, reset, lk_vpn, lk_pcid, lk_capture, hit, hit_idx, hit_size, hit_pfn, hit_glob, hit_writable, hit_user, hit_xd, hit_dirty, hit_pkey, fill_en, fill_prep, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey, fill_idx, inv_en, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid);
    input wire clock;
    input wire reset;
    input wire [35:0] lk_vpn;
    input wire [11:0] lk_pcid;
    input wire lk_capture;
    output reg hit;
    output reg [2:0] hit_idx;
    output reg [1:0] hit_size;
    output reg [39:0] hit_pfn;
    output reg hit_glob;
    output reg hit_writable;
    output reg hit_user;
    output reg hit_xd;
    output reg hit_dirty;
    output reg [3:0] hit_pkey;
    input wire fill_en;
    input wire fill_prep;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [8:0] fill_vpn_4k;
    input wire [1:0] fill_size;
    input wire [11:0] fill_pcid;
    input wire fill_glob;
    input wire [39:0] fill_pfn;
    input wire fill_writable;
    input wire fill_user;
    input wire fill_xd;
    input wire fill_dirty;
    input wire [3:0] fill_pkey;
    output reg [2:0] fill_idx;
    input wire inv_en;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    reg e_valid_d_0;
    reg e_valid_d_1;
    reg e_valid_d_2;
    reg e_valid_d_3;
    reg e_valid_d_4;
    reg e_valid_d_5;
    reg e_valid_d_6;
    reg e_valid_d_7;
    reg e_valid_q_0;
    reg e_valid_q_1;
    reg e_valid_q_2;
    reg e_valid_q_3;
    reg e_valid_q_4;
    reg e_valid_q_5;
    reg e_valid_q_6;
    reg e_valid_q_7;
    reg [17:0] e_vpn_1g_d_0;
    reg [17:0] e_vpn_1g_d_1;
    reg [17:0] e_vpn_1g_d_2;
    reg [17:0] e_vpn_1g_d_3;
    reg [17:0] e_vpn_1g_d_4;
    reg [17:0] e_vpn_1g_d_5;
    reg [17:0] e_vpn_1g_d_6;
    reg [17:0] e_vpn_1g_d_7;
    reg [17:0] e_vpn_1g_q_0;
    reg [17:0] e_vpn_1g_q_1;
    reg [17:0] e_vpn_1g_q_2;
    reg [17:0] e_vpn_1g_q_3;
    reg [17:0] e_vpn_1g_q_4;
    reg [17:0] e_vpn_1g_q_5;
    reg [17:0] e_vpn_1g_q_6;
    reg [17:0] e_vpn_1g_q_7;
    reg [8:0] e_vpn_2m_d_0;
    reg [8:0] e_vpn_2m_d_1;
    reg [8:0] e_vpn_2m_d_2;
    reg [8:0] e_vpn_2m_d_3;
    reg [8:0] e_vpn_2m_d_4;
    reg [8:0] e_vpn_2m_d_5;
    reg [8:0] e_vpn_2m_d_6;
    reg [8:0] e_vpn_2m_d_7;
    reg [8:0] e_vpn_2m_q_0;
    reg [8:0] e_vpn_2m_q_1;
    reg [8:0] e_vpn_2m_q_2;
    reg [8:0] e_vpn_2m_q_3;
    reg [8:0] e_vpn_2m_q_4;
    reg [8:0] e_vpn_2m_q_5;
    reg [8:0] e_vpn_2m_q_6;
    reg [8:0] e_vpn_2m_q_7;
    reg [8:0] e_vpn_4k_d_0;
    reg [8:0] e_vpn_4k_d_1;
    reg [8:0] e_vpn_4k_d_2;
    reg [8:0] e_vpn_4k_d_3;
    reg [8:0] e_vpn_4k_d_4;
    reg [8:0] e_vpn_4k_d_5;
    reg [8:0] e_vpn_4k_d_6;
    reg [8:0] e_vpn_4k_d_7;
    reg [8:0] e_vpn_4k_q_0;
    reg [8:0] e_vpn_4k_q_1;
    reg [8:0] e_vpn_4k_q_2;
    reg [8:0] e_vpn_4k_q_3;
    reg [8:0] e_vpn_4k_q_4;
    reg [8:0] e_vpn_4k_q_5;
    reg [8:0] e_vpn_4k_q_6;
    reg [8:0] e_vpn_4k_q_7;
    reg [1:0] e_size_d_0;
    reg [1:0] e_size_d_1;
    reg [1:0] e_size_d_2;
    reg [1:0] e_size_d_3;
    reg [1:0] e_size_d_4;
    reg [1:0] e_size_d_5;
    reg [1:0] e_size_d_6;
    reg [1:0] e_size_d_7;
    reg [1:0] e_size_q_0;
    reg [1:0] e_size_q_1;
    reg [1:0] e_size_q_2;
    reg [1:0] e_size_q_3;
    reg [1:0] e_size_q_4;
    reg [1:0] e_size_q_5;
    reg [1:0] e_size_q_6;
    reg [1:0] e_size_q_7;
    reg [11:0] e_pcid_d_0;
    reg [11:0] e_pcid_d_1;
    reg [11:0] e_pcid_d_2;
    reg [11:0] e_pcid_d_3;
    reg [11:0] e_pcid_d_4;
    reg [11:0] e_pcid_d_5;
    reg [11:0] e_pcid_d_6;
    reg [11:0] e_pcid_d_7;
    reg [11:0] e_pcid_q_0;
    reg [11:0] e_pcid_q_1;
    reg [11:0] e_pcid_q_2;
    reg [11:0] e_pcid_q_3;
    reg [11:0] e_pcid_q_4;
    reg [11:0] e_pcid_q_5;
    reg [11:0] e_pcid_q_6;
    reg [11:0] e_pcid_q_7;
    reg e_glob_d_0;
    reg e_glob_d_1;
    reg e_glob_d_2;
    reg e_glob_d_3;
    reg e_glob_d_4;
    reg e_glob_d_5;
    reg e_glob_d_6;
    reg e_glob_d_7;
    reg e_glob_q_0;
    reg e_glob_q_1;
    reg e_glob_q_2;
    reg e_glob_q_3;
    reg e_glob_q_4;
    reg e_glob_q_5;
    reg e_glob_q_6;
    reg e_glob_q_7;
    reg [21:0] e_pfn_hi_d_0;
    reg [21:0] e_pfn_hi_d_1;
    reg [21:0] e_pfn_hi_d_2;
    reg [21:0] e_pfn_hi_d_3;
    reg [21:0] e_pfn_hi_d_4;
    reg [21:0] e_pfn_hi_d_5;
    reg [21:0] e_pfn_hi_d_6;
    reg [21:0] e_pfn_hi_d_7;
    reg [21:0] e_pfn_hi_q_0;
    reg [21:0] e_pfn_hi_q_1;
    reg [21:0] e_pfn_hi_q_2;
    reg [21:0] e_pfn_hi_q_3;
    reg [21:0] e_pfn_hi_q_4;
    reg [21:0] e_pfn_hi_q_5;
    reg [21:0] e_pfn_hi_q_6;
    reg [21:0] e_pfn_hi_q_7;
    reg [17:0] e_pfn_lo_d_0;
    reg [17:0] e_pfn_lo_d_1;
    reg [17:0] e_pfn_lo_d_2;
    reg [17:0] e_pfn_lo_d_3;
    reg [17:0] e_pfn_lo_d_4;
    reg [17:0] e_pfn_lo_d_5;
    reg [17:0] e_pfn_lo_d_6;
    reg [17:0] e_pfn_lo_d_7;
    reg [17:0] e_pfn_lo_q_0;
    reg [17:0] e_pfn_lo_q_1;
    reg [17:0] e_pfn_lo_q_2;
    reg [17:0] e_pfn_lo_q_3;
    reg [17:0] e_pfn_lo_q_4;
    reg [17:0] e_pfn_lo_q_5;
    reg [17:0] e_pfn_lo_q_6;
    reg [17:0] e_pfn_lo_q_7;
    reg e_writable_d_0;
    reg e_writable_d_1;
    reg e_writable_d_2;
    reg e_writable_d_3;
    reg e_writable_d_4;
    reg e_writable_d_5;
    reg e_writable_d_6;
    reg e_writable_d_7;
    reg e_writable_q_0;
    reg e_writable_q_1;
    reg e_writable_q_2;
    reg e_writable_q_3;
    reg e_writable_q_4;
    reg e_writable_q_5;
    reg e_writable_q_6;
    reg e_writable_q_7;
    reg e_user_d_0;
    reg e_user_d_1;
    reg e_user_d_2;
    reg e_user_d_3;
    reg e_user_d_4;
    reg e_user_d_5;
    reg e_user_d_6;
    reg e_user_d_7;
    reg e_user_q_0;
    reg e_user_q_1;
    reg e_user_q_2;
    reg e_user_q_3;
    reg e_user_q_4;
    reg e_user_q_5;
    reg e_user_q_6;
    reg e_user_q_7;
    reg e_xd_d_0;
    reg e_xd_d_1;
    reg e_xd_d_2;
    reg e_xd_d_3;
    reg e_xd_d_4;
    reg e_xd_d_5;
    reg e_xd_d_6;
    reg e_xd_d_7;
    reg e_xd_q_0;
    reg e_xd_q_1;
    reg e_xd_q_2;
    reg e_xd_q_3;
    reg e_xd_q_4;
    reg e_xd_q_5;
    reg e_xd_q_6;
    reg e_xd_q_7;
    reg e_dirty_d_0;
    reg e_dirty_d_1;
    reg e_dirty_d_2;
    reg e_dirty_d_3;
    reg e_dirty_d_4;
    reg e_dirty_d_5;
    reg e_dirty_d_6;
    reg e_dirty_d_7;
    reg e_dirty_q_0;
    reg e_dirty_q_1;
    reg e_dirty_q_2;
    reg e_dirty_q_3;
    reg e_dirty_q_4;
    reg e_dirty_q_5;
    reg e_dirty_q_6;
    reg e_dirty_q_7;
    reg [3:0] e_pkey_d_0;
    reg [3:0] e_pkey_d_1;
    reg [3:0] e_pkey_d_2;
    reg [3:0] e_pkey_d_3;
    reg [3:0] e_pkey_d_4;
    reg [3:0] e_pkey_d_5;
    reg [3:0] e_pkey_d_6;
    reg [3:0] e_pkey_d_7;
    reg [3:0] e_pkey_q_0;
    reg [3:0] e_pkey_q_1;
    reg [3:0] e_pkey_q_2;
    reg [3:0] e_pkey_q_3;
    reg [3:0] e_pkey_q_4;
    reg [3:0] e_pkey_q_5;
    reg [3:0] e_pkey_q_6;
    reg [3:0] e_pkey_q_7;
    reg [2:0] victim_d;
    reg [2:0] victim_q;
    reg cap_1g_d_0;
    reg cap_1g_d_1;
    reg cap_1g_d_2;
    reg cap_1g_d_3;
    reg cap_1g_d_4;
    reg cap_1g_d_5;
    reg cap_1g_d_6;
    reg cap_1g_d_7;
    reg cap_1g_q_0;
    reg cap_1g_q_1;
    reg cap_1g_q_2;
    reg cap_1g_q_3;
    reg cap_1g_q_4;
    reg cap_1g_q_5;
    reg cap_1g_q_6;
    reg cap_1g_q_7;
    reg cap_2m_d_0;
    reg cap_2m_d_1;
    reg cap_2m_d_2;
    reg cap_2m_d_3;
    reg cap_2m_d_4;
    reg cap_2m_d_5;
    reg cap_2m_d_6;
    reg cap_2m_d_7;
    reg cap_2m_q_0;
    reg cap_2m_q_1;
    reg cap_2m_q_2;
    reg cap_2m_q_3;
    reg cap_2m_q_4;
    reg cap_2m_q_5;
    reg cap_2m_q_6;
    reg cap_2m_q_7;
    reg cap_4k_d_0;
    reg cap_4k_d_1;
    reg cap_4k_d_2;
    reg cap_4k_d_3;
    reg cap_4k_d_4;
    reg cap_4k_d_5;
    reg cap_4k_d_6;
    reg cap_4k_d_7;
    reg cap_4k_q_0;
    reg cap_4k_q_1;
    reg cap_4k_q_2;
    reg cap_4k_q_3;
    reg cap_4k_q_4;
    reg cap_4k_q_5;
    reg cap_4k_q_6;
    reg cap_4k_q_7;
    reg cap_pcid_d_0;
    reg cap_pcid_d_1;
    reg cap_pcid_d_2;
    reg cap_pcid_d_3;
    reg cap_pcid_d_4;
    reg cap_pcid_d_5;
    reg cap_pcid_d_6;
    reg cap_pcid_d_7;
    reg cap_pcid_q_0;
    reg cap_pcid_q_1;
    reg cap_pcid_q_2;
    reg cap_pcid_q_3;
    reg cap_pcid_q_4;
    reg cap_pcid_q_5;
    reg cap_pcid_q_6;
    reg cap_pcid_q_7;
    reg e_is1g_0;
    reg e_is1g_1;
    reg e_is1g_2;
    reg e_is1g_3;
    reg e_is1g_4;
    reg e_is1g_5;
    reg e_is1g_6;
    reg e_is1g_7;
    reg e_is4k_0;
    reg e_is4k_1;
    reg e_is4k_2;
    reg e_is4k_3;
    reg e_is4k_4;
    reg e_is4k_5;
    reg e_is4k_6;
    reg e_is4k_7;
    reg lk_eq_1g_0;
    reg lk_eq_1g_1;
    reg lk_eq_1g_2;
    reg lk_eq_1g_3;
    reg lk_eq_1g_4;
    reg lk_eq_1g_5;
    reg lk_eq_1g_6;
    reg lk_eq_1g_7;
    reg lk_eq_2m_0;
    reg lk_eq_2m_1;
    reg lk_eq_2m_2;
    reg lk_eq_2m_3;
    reg lk_eq_2m_4;
    reg lk_eq_2m_5;
    reg lk_eq_2m_6;
    reg lk_eq_2m_7;
    reg lk_eq_4k_0;
    reg lk_eq_4k_1;
    reg lk_eq_4k_2;
    reg lk_eq_4k_3;
    reg lk_eq_4k_4;
    reg lk_eq_4k_5;
    reg lk_eq_4k_6;
    reg lk_eq_4k_7;
    reg lk_eq_pcid_0;
    reg lk_eq_pcid_1;
    reg lk_eq_pcid_2;
    reg lk_eq_pcid_3;
    reg lk_eq_pcid_4;
    reg lk_eq_pcid_5;
    reg lk_eq_pcid_6;
    reg lk_eq_pcid_7;
    reg lk_match_0;
    reg lk_match_1;
    reg lk_match_2;
    reg lk_match_3;
    reg lk_match_4;
    reg lk_match_5;
    reg lk_match_6;
    reg lk_match_7;
    reg fl_overlap_0;
    reg fl_overlap_1;
    reg fl_overlap_2;
    reg fl_overlap_3;
    reg fl_overlap_4;
    reg fl_overlap_5;
    reg fl_overlap_6;
    reg fl_overlap_7;
    reg fl_slot_0;
    reg fl_slot_1;
    reg fl_slot_2;
    reg fl_slot_3;
    reg fl_slot_4;
    reg fl_slot_5;
    reg fl_slot_6;
    reg fl_slot_7;
    reg inv_drop_0;
    reg inv_drop_1;
    reg inv_drop_2;
    reg inv_drop_3;
    reg inv_drop_4;
    reg inv_drop_5;
    reg inv_drop_6;
    reg inv_drop_7;
    reg [17:0] lk_1g;
    reg [8:0] lk_2m;
    reg [8:0] lk_4k;
    reg [11:0] lk_key_pcid;
    reg fl_is1g;
    reg fl_is4k;
    reg fl_found;
    reg [7:0] fl_cand;
    reg [7:0] fl_neg;
    reg [7:0] fl_first;
    reg l_hit;
    reg [2:0] l_hit_idx;
    reg l_hit_1g;
    reg l_hit_4k;
    reg [1:0] l_hit_size;
    reg [21:0] l_hit_pfn_hi;
    reg [17:0] l_hit_pfn_lo;
    reg l_hit_glob;
    reg l_hit_writable;
    reg l_hit_user;
    reg l_hit_xd;
    reg l_hit_dirty;
    reg [3:0] l_hit_pkey;
    reg [2:0] l_fill_idx;
    localparam k_index_0 = 3'h0;
    localparam k_index_1 = 3'h1;
    localparam k_index_2 = 3'h2;
    localparam k_index_3 = 3'h3;
    localparam k_index_4 = 3'h4;
    localparam k_index_5 = 3'h5;
    localparam k_index_6 = 3'h6;
    localparam k_index_7 = 3'h7;
    localparam k_onehot_0 = 8'h1;
    localparam k_onehot_1 = 8'h2;
    localparam k_onehot_2 = 8'h4;
    localparam k_onehot_3 = 8'h8;
    localparam k_onehot_4 = 8'h10;
    localparam k_onehot_5 = 8'h20;
    localparam k_onehot_6 = 8'h40;
    localparam k_onehot_7 = 8'h80;
    localparam pfn_mask_hi = 22'h3ff;
    localparam pfn_mask_lo = 18'h3ffff;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    always @(*) begin
        e_valid_d_0 = e_valid_q_0;
        if (fill_en && fl_slot_0) begin
            e_valid_d_0 = 1'b1;
        end
        else if ((fill_en && fl_overlap_0) || inv_drop_0) begin
            e_valid_d_0 = 1'b0;
        end
        if (reset) begin
            e_valid_d_0 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_0 = e_vpn_1g_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_1g_d_0 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_0 = e_vpn_2m_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_2m_d_0 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_0 = e_vpn_4k_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_4k_d_0 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_0 = e_size_q_0;
        if (fill_en && fl_slot_0) begin
            e_size_d_0 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_0 = e_pcid_q_0;
        if (fill_en && fl_slot_0) begin
            e_pcid_d_0 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_0 = e_glob_q_0;
        if (fill_en && fl_slot_0) begin
            e_glob_d_0 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_0 = e_pfn_hi_q_0;
        if (fill_en && fl_slot_0) begin
            e_pfn_hi_d_0 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_0 = e_pfn_lo_q_0;
        if (fill_en && fl_slot_0) begin
            e_pfn_lo_d_0 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_0 = e_writable_q_0;
        if (fill_en && fl_slot_0) begin
            e_writable_d_0 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_0 = e_user_q_0;
        if (fill_en && fl_slot_0) begin
            e_user_d_0 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_0 = e_xd_q_0;
        if (fill_en && fl_slot_0) begin
            e_xd_d_0 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_0 = e_dirty_q_0;
        if (fill_en && fl_slot_0) begin
            e_dirty_d_0 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_0 = e_pkey_q_0;
        if (fill_en && fl_slot_0) begin
            e_pkey_d_0 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_0 = cap_1g_q_0;
        if (lk_capture) begin
            cap_1g_d_0 = lk_eq_1g_0;
        end
    end
    always @(*) begin
        cap_2m_d_0 = cap_2m_q_0;
        if (lk_capture) begin
            cap_2m_d_0 = lk_eq_2m_0;
        end
    end
    always @(*) begin
        cap_4k_d_0 = cap_4k_q_0;
        if (lk_capture) begin
            cap_4k_d_0 = lk_eq_4k_0;
        end
    end
    always @(*) begin
        cap_pcid_d_0 = cap_pcid_q_0;
        if (lk_capture) begin
            cap_pcid_d_0 = lk_eq_pcid_0;
        end
    end
    always @(*) begin
        e_valid_d_1 = e_valid_q_1;
        if (fill_en && fl_slot_1) begin
            e_valid_d_1 = 1'b1;
        end
        else if ((fill_en && fl_overlap_1) || inv_drop_1) begin
            e_valid_d_1 = 1'b0;
        end
        if (reset) begin
            e_valid_d_1 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_1 = e_vpn_1g_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_1g_d_1 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_1 = e_vpn_2m_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_2m_d_1 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_1 = e_vpn_4k_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_4k_d_1 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_1 = e_size_q_1;
        if (fill_en && fl_slot_1) begin
            e_size_d_1 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_1 = e_pcid_q_1;
        if (fill_en && fl_slot_1) begin
            e_pcid_d_1 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_1 = e_glob_q_1;
        if (fill_en && fl_slot_1) begin
            e_glob_d_1 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_1 = e_pfn_hi_q_1;
        if (fill_en && fl_slot_1) begin
            e_pfn_hi_d_1 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_1 = e_pfn_lo_q_1;
        if (fill_en && fl_slot_1) begin
            e_pfn_lo_d_1 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_1 = e_writable_q_1;
        if (fill_en && fl_slot_1) begin
            e_writable_d_1 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_1 = e_user_q_1;
        if (fill_en && fl_slot_1) begin
            e_user_d_1 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_1 = e_xd_q_1;
        if (fill_en && fl_slot_1) begin
            e_xd_d_1 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_1 = e_dirty_q_1;
        if (fill_en && fl_slot_1) begin
            e_dirty_d_1 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_1 = e_pkey_q_1;
        if (fill_en && fl_slot_1) begin
            e_pkey_d_1 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_1 = cap_1g_q_1;
        if (lk_capture) begin
            cap_1g_d_1 = lk_eq_1g_1;
        end
    end
    always @(*) begin
        cap_2m_d_1 = cap_2m_q_1;
        if (lk_capture) begin
            cap_2m_d_1 = lk_eq_2m_1;
        end
    end
    always @(*) begin
        cap_4k_d_1 = cap_4k_q_1;
        if (lk_capture) begin
            cap_4k_d_1 = lk_eq_4k_1;
        end
    end
    always @(*) begin
        cap_pcid_d_1 = cap_pcid_q_1;
        if (lk_capture) begin
            cap_pcid_d_1 = lk_eq_pcid_1;
        end
    end
    always @(*) begin
        e_valid_d_2 = e_valid_q_2;
        if (fill_en && fl_slot_2) begin
            e_valid_d_2 = 1'b1;
        end
        else if ((fill_en && fl_overlap_2) || inv_drop_2) begin
            e_valid_d_2 = 1'b0;
        end
        if (reset) begin
            e_valid_d_2 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_2 = e_vpn_1g_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_1g_d_2 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_2 = e_vpn_2m_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_2m_d_2 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_2 = e_vpn_4k_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_4k_d_2 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_2 = e_size_q_2;
        if (fill_en && fl_slot_2) begin
            e_size_d_2 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_2 = e_pcid_q_2;
        if (fill_en && fl_slot_2) begin
            e_pcid_d_2 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_2 = e_glob_q_2;
        if (fill_en && fl_slot_2) begin
            e_glob_d_2 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_2 = e_pfn_hi_q_2;
        if (fill_en && fl_slot_2) begin
            e_pfn_hi_d_2 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_2 = e_pfn_lo_q_2;
        if (fill_en && fl_slot_2) begin
            e_pfn_lo_d_2 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_2 = e_writable_q_2;
        if (fill_en && fl_slot_2) begin
            e_writable_d_2 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_2 = e_user_q_2;
        if (fill_en && fl_slot_2) begin
            e_user_d_2 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_2 = e_xd_q_2;
        if (fill_en && fl_slot_2) begin
            e_xd_d_2 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_2 = e_dirty_q_2;
        if (fill_en && fl_slot_2) begin
            e_dirty_d_2 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_2 = e_pkey_q_2;
        if (fill_en && fl_slot_2) begin
            e_pkey_d_2 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_2 = cap_1g_q_2;
        if (lk_capture) begin
            cap_1g_d_2 = lk_eq_1g_2;
        end
    end
    always @(*) begin
        cap_2m_d_2 = cap_2m_q_2;
        if (lk_capture) begin
            cap_2m_d_2 = lk_eq_2m_2;
        end
    end
    always @(*) begin
        cap_4k_d_2 = cap_4k_q_2;
        if (lk_capture) begin
            cap_4k_d_2 = lk_eq_4k_2;
        end
    end
    always @(*) begin
        cap_pcid_d_2 = cap_pcid_q_2;
        if (lk_capture) begin
            cap_pcid_d_2 = lk_eq_pcid_2;
        end
    end
    always @(*) begin
        e_valid_d_3 = e_valid_q_3;
        if (fill_en && fl_slot_3) begin
            e_valid_d_3 = 1'b1;
        end
        else if ((fill_en && fl_overlap_3) || inv_drop_3) begin
            e_valid_d_3 = 1'b0;
        end
        if (reset) begin
            e_valid_d_3 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_3 = e_vpn_1g_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_1g_d_3 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_3 = e_vpn_2m_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_2m_d_3 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_3 = e_vpn_4k_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_4k_d_3 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_3 = e_size_q_3;
        if (fill_en && fl_slot_3) begin
            e_size_d_3 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_3 = e_pcid_q_3;
        if (fill_en && fl_slot_3) begin
            e_pcid_d_3 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_3 = e_glob_q_3;
        if (fill_en && fl_slot_3) begin
            e_glob_d_3 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_3 = e_pfn_hi_q_3;
        if (fill_en && fl_slot_3) begin
            e_pfn_hi_d_3 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_3 = e_pfn_lo_q_3;
        if (fill_en && fl_slot_3) begin
            e_pfn_lo_d_3 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_3 = e_writable_q_3;
        if (fill_en && fl_slot_3) begin
            e_writable_d_3 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_3 = e_user_q_3;
        if (fill_en && fl_slot_3) begin
            e_user_d_3 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_3 = e_xd_q_3;
        if (fill_en && fl_slot_3) begin
            e_xd_d_3 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_3 = e_dirty_q_3;
        if (fill_en && fl_slot_3) begin
            e_dirty_d_3 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_3 = e_pkey_q_3;
        if (fill_en && fl_slot_3) begin
            e_pkey_d_3 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_3 = cap_1g_q_3;
        if (lk_capture) begin
            cap_1g_d_3 = lk_eq_1g_3;
        end
    end
    always @(*) begin
        cap_2m_d_3 = cap_2m_q_3;
        if (lk_capture) begin
            cap_2m_d_3 = lk_eq_2m_3;
        end
    end
    always @(*) begin
        cap_4k_d_3 = cap_4k_q_3;
        if (lk_capture) begin
            cap_4k_d_3 = lk_eq_4k_3;
        end
    end
    always @(*) begin
        cap_pcid_d_3 = cap_pcid_q_3;
        if (lk_capture) begin
            cap_pcid_d_3 = lk_eq_pcid_3;
        end
    end
    always @(*) begin
        e_valid_d_4 = e_valid_q_4;
        if (fill_en && fl_slot_4) begin
            e_valid_d_4 = 1'b1;
        end
        else if ((fill_en && fl_overlap_4) || inv_drop_4) begin
            e_valid_d_4 = 1'b0;
        end
        if (reset) begin
            e_valid_d_4 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_4 = e_vpn_1g_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_1g_d_4 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_4 = e_vpn_2m_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_2m_d_4 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_4 = e_vpn_4k_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_4k_d_4 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_4 = e_size_q_4;
        if (fill_en && fl_slot_4) begin
            e_size_d_4 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_4 = e_pcid_q_4;
        if (fill_en && fl_slot_4) begin
            e_pcid_d_4 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_4 = e_glob_q_4;
        if (fill_en && fl_slot_4) begin
            e_glob_d_4 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_4 = e_pfn_hi_q_4;
        if (fill_en && fl_slot_4) begin
            e_pfn_hi_d_4 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_4 = e_pfn_lo_q_4;
        if (fill_en && fl_slot_4) begin
            e_pfn_lo_d_4 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_4 = e_writable_q_4;
        if (fill_en && fl_slot_4) begin
            e_writable_d_4 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_4 = e_user_q_4;
        if (fill_en && fl_slot_4) begin
            e_user_d_4 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_4 = e_xd_q_4;
        if (fill_en && fl_slot_4) begin
            e_xd_d_4 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_4 = e_dirty_q_4;
        if (fill_en && fl_slot_4) begin
            e_dirty_d_4 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_4 = e_pkey_q_4;
        if (fill_en && fl_slot_4) begin
            e_pkey_d_4 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_4 = cap_1g_q_4;
        if (lk_capture) begin
            cap_1g_d_4 = lk_eq_1g_4;
        end
    end
    always @(*) begin
        cap_2m_d_4 = cap_2m_q_4;
        if (lk_capture) begin
            cap_2m_d_4 = lk_eq_2m_4;
        end
    end
    always @(*) begin
        cap_4k_d_4 = cap_4k_q_4;
        if (lk_capture) begin
            cap_4k_d_4 = lk_eq_4k_4;
        end
    end
    always @(*) begin
        cap_pcid_d_4 = cap_pcid_q_4;
        if (lk_capture) begin
            cap_pcid_d_4 = lk_eq_pcid_4;
        end
    end
    always @(*) begin
        e_valid_d_5 = e_valid_q_5;
        if (fill_en && fl_slot_5) begin
            e_valid_d_5 = 1'b1;
        end
        else if ((fill_en && fl_overlap_5) || inv_drop_5) begin
            e_valid_d_5 = 1'b0;
        end
        if (reset) begin
            e_valid_d_5 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_5 = e_vpn_1g_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_1g_d_5 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_5 = e_vpn_2m_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_2m_d_5 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_5 = e_vpn_4k_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_4k_d_5 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_5 = e_size_q_5;
        if (fill_en && fl_slot_5) begin
            e_size_d_5 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_5 = e_pcid_q_5;
        if (fill_en && fl_slot_5) begin
            e_pcid_d_5 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_5 = e_glob_q_5;
        if (fill_en && fl_slot_5) begin
            e_glob_d_5 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_5 = e_pfn_hi_q_5;
        if (fill_en && fl_slot_5) begin
            e_pfn_hi_d_5 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_5 = e_pfn_lo_q_5;
        if (fill_en && fl_slot_5) begin
            e_pfn_lo_d_5 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_5 = e_writable_q_5;
        if (fill_en && fl_slot_5) begin
            e_writable_d_5 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_5 = e_user_q_5;
        if (fill_en && fl_slot_5) begin
            e_user_d_5 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_5 = e_xd_q_5;
        if (fill_en && fl_slot_5) begin
            e_xd_d_5 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_5 = e_dirty_q_5;
        if (fill_en && fl_slot_5) begin
            e_dirty_d_5 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_5 = e_pkey_q_5;
        if (fill_en && fl_slot_5) begin
            e_pkey_d_5 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_5 = cap_1g_q_5;
        if (lk_capture) begin
            cap_1g_d_5 = lk_eq_1g_5;
        end
    end
    always @(*) begin
        cap_2m_d_5 = cap_2m_q_5;
        if (lk_capture) begin
            cap_2m_d_5 = lk_eq_2m_5;
        end
    end
    always @(*) begin
        cap_4k_d_5 = cap_4k_q_5;
        if (lk_capture) begin
            cap_4k_d_5 = lk_eq_4k_5;
        end
    end
    always @(*) begin
        cap_pcid_d_5 = cap_pcid_q_5;
        if (lk_capture) begin
            cap_pcid_d_5 = lk_eq_pcid_5;
        end
    end
    always @(*) begin
        e_valid_d_6 = e_valid_q_6;
        if (fill_en && fl_slot_6) begin
            e_valid_d_6 = 1'b1;
        end
        else if ((fill_en && fl_overlap_6) || inv_drop_6) begin
            e_valid_d_6 = 1'b0;
        end
        if (reset) begin
            e_valid_d_6 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_6 = e_vpn_1g_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_1g_d_6 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_6 = e_vpn_2m_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_2m_d_6 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_6 = e_vpn_4k_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_4k_d_6 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_6 = e_size_q_6;
        if (fill_en && fl_slot_6) begin
            e_size_d_6 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_6 = e_pcid_q_6;
        if (fill_en && fl_slot_6) begin
            e_pcid_d_6 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_6 = e_glob_q_6;
        if (fill_en && fl_slot_6) begin
            e_glob_d_6 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_6 = e_pfn_hi_q_6;
        if (fill_en && fl_slot_6) begin
            e_pfn_hi_d_6 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_6 = e_pfn_lo_q_6;
        if (fill_en && fl_slot_6) begin
            e_pfn_lo_d_6 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_6 = e_writable_q_6;
        if (fill_en && fl_slot_6) begin
            e_writable_d_6 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_6 = e_user_q_6;
        if (fill_en && fl_slot_6) begin
            e_user_d_6 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_6 = e_xd_q_6;
        if (fill_en && fl_slot_6) begin
            e_xd_d_6 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_6 = e_dirty_q_6;
        if (fill_en && fl_slot_6) begin
            e_dirty_d_6 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_6 = e_pkey_q_6;
        if (fill_en && fl_slot_6) begin
            e_pkey_d_6 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_6 = cap_1g_q_6;
        if (lk_capture) begin
            cap_1g_d_6 = lk_eq_1g_6;
        end
    end
    always @(*) begin
        cap_2m_d_6 = cap_2m_q_6;
        if (lk_capture) begin
            cap_2m_d_6 = lk_eq_2m_6;
        end
    end
    always @(*) begin
        cap_4k_d_6 = cap_4k_q_6;
        if (lk_capture) begin
            cap_4k_d_6 = lk_eq_4k_6;
        end
    end
    always @(*) begin
        cap_pcid_d_6 = cap_pcid_q_6;
        if (lk_capture) begin
            cap_pcid_d_6 = lk_eq_pcid_6;
        end
    end
    always @(*) begin
        e_valid_d_7 = e_valid_q_7;
        if (fill_en && fl_slot_7) begin
            e_valid_d_7 = 1'b1;
        end
        else if ((fill_en && fl_overlap_7) || inv_drop_7) begin
            e_valid_d_7 = 1'b0;
        end
        if (reset) begin
            e_valid_d_7 = 1'b0;
        end
    end
    always @(*) begin
        e_vpn_1g_d_7 = e_vpn_1g_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_1g_d_7 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_7 = e_vpn_2m_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_2m_d_7 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_vpn_4k_d_7 = e_vpn_4k_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_4k_d_7 = fill_vpn_4k;
        end
    end
    always @(*) begin
        e_size_d_7 = e_size_q_7;
        if (fill_en && fl_slot_7) begin
            e_size_d_7 = fill_size;
        end
    end
    always @(*) begin
        e_pcid_d_7 = e_pcid_q_7;
        if (fill_en && fl_slot_7) begin
            e_pcid_d_7 = fill_pcid;
        end
    end
    always @(*) begin
        e_glob_d_7 = e_glob_q_7;
        if (fill_en && fl_slot_7) begin
            e_glob_d_7 = fill_glob;
        end
    end
    always @(*) begin
        e_pfn_hi_d_7 = e_pfn_hi_q_7;
        if (fill_en && fl_slot_7) begin
            e_pfn_hi_d_7 = fill_pfn[18 +: 22] & pfn_mask_hi;
        end
    end
    always @(*) begin
        e_pfn_lo_d_7 = e_pfn_lo_q_7;
        if (fill_en && fl_slot_7) begin
            e_pfn_lo_d_7 = fill_pfn[0 +: 18] & pfn_mask_lo;
        end
    end
    always @(*) begin
        e_writable_d_7 = e_writable_q_7;
        if (fill_en && fl_slot_7) begin
            e_writable_d_7 = fill_writable;
        end
    end
    always @(*) begin
        e_user_d_7 = e_user_q_7;
        if (fill_en && fl_slot_7) begin
            e_user_d_7 = fill_user;
        end
    end
    always @(*) begin
        e_xd_d_7 = e_xd_q_7;
        if (fill_en && fl_slot_7) begin
            e_xd_d_7 = fill_xd;
        end
    end
    always @(*) begin
        e_dirty_d_7 = e_dirty_q_7;
        if (fill_en && fl_slot_7) begin
            e_dirty_d_7 = fill_dirty;
        end
    end
    always @(*) begin
        e_pkey_d_7 = e_pkey_q_7;
        if (fill_en && fl_slot_7) begin
            e_pkey_d_7 = fill_pkey;
        end
    end
    always @(*) begin
        cap_1g_d_7 = cap_1g_q_7;
        if (lk_capture) begin
            cap_1g_d_7 = lk_eq_1g_7;
        end
    end
    always @(*) begin
        cap_2m_d_7 = cap_2m_q_7;
        if (lk_capture) begin
            cap_2m_d_7 = lk_eq_2m_7;
        end
    end
    always @(*) begin
        cap_4k_d_7 = cap_4k_q_7;
        if (lk_capture) begin
            cap_4k_d_7 = lk_eq_4k_7;
        end
    end
    always @(*) begin
        cap_pcid_d_7 = cap_pcid_q_7;
        if (lk_capture) begin
            cap_pcid_d_7 = lk_eq_pcid_7;
        end
    end
    always @(*) begin
        victim_d = victim_q;
        if (fill_en && ~fl_found) begin
            victim_d = victim_q + 3'h1;
        end
        if (reset) begin
            victim_d = 3'h0;
        end
    end
    always @(*) begin
        lk_1g = lk_vpn[18 +: 18];
        if (inv_en) begin
            lk_1g = inv_vpn[18 +: 18];
        end
    end
    always @(*) begin
        lk_2m = lk_vpn[9 +: 9];
        if (inv_en) begin
            lk_2m = inv_vpn[9 +: 9];
        end
    end
    always @(*) begin
        lk_4k = lk_vpn[0 +: 9];
        if (inv_en) begin
            lk_4k = inv_vpn[0 +: 9];
        end
    end
    always @(*) begin
        lk_key_pcid = lk_pcid;
        if (inv_en) begin
            lk_key_pcid = inv_pcid;
        end
    end
    always @(*) begin
        fl_is1g = fill_size == PageSize_Size1G;
    end
    always @(*) begin
        fl_is4k = fill_size == PageSize_Size4K;
    end
    always @(*) begin
        l_hit = 1'b0;
        if (lk_match_0) begin
            l_hit = 1'b1;
        end
        if (lk_match_1) begin
            l_hit = 1'b1;
        end
        if (lk_match_2) begin
            l_hit = 1'b1;
        end
        if (lk_match_3) begin
            l_hit = 1'b1;
        end
        if (lk_match_4) begin
            l_hit = 1'b1;
        end
        if (lk_match_5) begin
            l_hit = 1'b1;
        end
        if (lk_match_6) begin
            l_hit = 1'b1;
        end
        if (lk_match_7) begin
            l_hit = 1'b1;
        end
    end
    always @(*) begin
        l_hit_idx = 3'h0;
        if (lk_match_0) begin
            l_hit_idx = l_hit_idx | k_index_0;
        end
        if (lk_match_1) begin
            l_hit_idx = l_hit_idx | k_index_1;
        end
        if (lk_match_2) begin
            l_hit_idx = l_hit_idx | k_index_2;
        end
        if (lk_match_3) begin
            l_hit_idx = l_hit_idx | k_index_3;
        end
        if (lk_match_4) begin
            l_hit_idx = l_hit_idx | k_index_4;
        end
        if (lk_match_5) begin
            l_hit_idx = l_hit_idx | k_index_5;
        end
        if (lk_match_6) begin
            l_hit_idx = l_hit_idx | k_index_6;
        end
        if (lk_match_7) begin
            l_hit_idx = l_hit_idx | k_index_7;
        end
    end
    always @(*) begin
        l_hit_1g = 1'b0;
        if (lk_match_0) begin
            l_hit_1g = l_hit_1g || e_is1g_0;
        end
        if (lk_match_1) begin
            l_hit_1g = l_hit_1g || e_is1g_1;
        end
        if (lk_match_2) begin
            l_hit_1g = l_hit_1g || e_is1g_2;
        end
        if (lk_match_3) begin
            l_hit_1g = l_hit_1g || e_is1g_3;
        end
        if (lk_match_4) begin
            l_hit_1g = l_hit_1g || e_is1g_4;
        end
        if (lk_match_5) begin
            l_hit_1g = l_hit_1g || e_is1g_5;
        end
        if (lk_match_6) begin
            l_hit_1g = l_hit_1g || e_is1g_6;
        end
        if (lk_match_7) begin
            l_hit_1g = l_hit_1g || e_is1g_7;
        end
    end
    always @(*) begin
        l_hit_4k = 1'b0;
        if (lk_match_0) begin
            l_hit_4k = l_hit_4k || e_is4k_0;
        end
        if (lk_match_1) begin
            l_hit_4k = l_hit_4k || e_is4k_1;
        end
        if (lk_match_2) begin
            l_hit_4k = l_hit_4k || e_is4k_2;
        end
        if (lk_match_3) begin
            l_hit_4k = l_hit_4k || e_is4k_3;
        end
        if (lk_match_4) begin
            l_hit_4k = l_hit_4k || e_is4k_4;
        end
        if (lk_match_5) begin
            l_hit_4k = l_hit_4k || e_is4k_5;
        end
        if (lk_match_6) begin
            l_hit_4k = l_hit_4k || e_is4k_6;
        end
        if (lk_match_7) begin
            l_hit_4k = l_hit_4k || e_is4k_7;
        end
    end
    always @(*) begin
        l_hit_pfn_hi = 22'h0;
        if (lk_match_0) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_0;
        end
        if (lk_match_1) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_1;
        end
        if (lk_match_2) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_2;
        end
        if (lk_match_3) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_3;
        end
        if (lk_match_4) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_4;
        end
        if (lk_match_5) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_5;
        end
        if (lk_match_6) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_6;
        end
        if (lk_match_7) begin
            l_hit_pfn_hi = l_hit_pfn_hi | e_pfn_hi_q_7;
        end
    end
    always @(*) begin
        l_hit_pfn_lo = 18'h0;
        if (lk_match_0) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_0;
        end
        if (lk_match_1) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_1;
        end
        if (lk_match_2) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_2;
        end
        if (lk_match_3) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_3;
        end
        if (lk_match_4) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_4;
        end
        if (lk_match_5) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_5;
        end
        if (lk_match_6) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_6;
        end
        if (lk_match_7) begin
            l_hit_pfn_lo = l_hit_pfn_lo | e_pfn_lo_q_7;
        end
    end
    always @(*) begin
        l_hit_glob = 1'b0;
        if (lk_match_0) begin
            l_hit_glob = l_hit_glob || e_glob_q_0;
        end
        if (lk_match_1) begin
            l_hit_glob = l_hit_glob || e_glob_q_1;
        end
        if (lk_match_2) begin
            l_hit_glob = l_hit_glob || e_glob_q_2;
        end
        if (lk_match_3) begin
            l_hit_glob = l_hit_glob || e_glob_q_3;
        end
        if (lk_match_4) begin
            l_hit_glob = l_hit_glob || e_glob_q_4;
        end
        if (lk_match_5) begin
            l_hit_glob = l_hit_glob || e_glob_q_5;
        end
        if (lk_match_6) begin
            l_hit_glob = l_hit_glob || e_glob_q_6;
        end
        if (lk_match_7) begin
            l_hit_glob = l_hit_glob || e_glob_q_7;
        end
    end
    always @(*) begin
        l_hit_writable = 1'b0;
        if (lk_match_0) begin
            l_hit_writable = l_hit_writable || e_writable_q_0;
        end
        if (lk_match_1) begin
            l_hit_writable = l_hit_writable || e_writable_q_1;
        end
        if (lk_match_2) begin
            l_hit_writable = l_hit_writable || e_writable_q_2;
        end
        if (lk_match_3) begin
            l_hit_writable = l_hit_writable || e_writable_q_3;
        end
        if (lk_match_4) begin
            l_hit_writable = l_hit_writable || e_writable_q_4;
        end
        if (lk_match_5) begin
            l_hit_writable = l_hit_writable || e_writable_q_5;
        end
        if (lk_match_6) begin
            l_hit_writable = l_hit_writable || e_writable_q_6;
        end
        if (lk_match_7) begin
            l_hit_writable = l_hit_writable || e_writable_q_7;
        end
    end
    always @(*) begin
        l_hit_user = 1'b0;
        if (lk_match_0) begin
            l_hit_user = l_hit_user || e_user_q_0;
        end
        if (lk_match_1) begin
            l_hit_user = l_hit_user || e_user_q_1;
        end
        if (lk_match_2) begin
            l_hit_user = l_hit_user || e_user_q_2;
        end
        if (lk_match_3) begin
            l_hit_user = l_hit_user || e_user_q_3;
        end
        if (lk_match_4) begin
            l_hit_user = l_hit_user || e_user_q_4;
        end
        if (lk_match_5) begin
            l_hit_user = l_hit_user || e_user_q_5;
        end
        if (lk_match_6) begin
            l_hit_user = l_hit_user || e_user_q_6;
        end
        if (lk_match_7) begin
            l_hit_user = l_hit_user || e_user_q_7;
        end
    end
    always @(*) begin
        l_hit_xd = 1'b0;
        if (lk_match_0) begin
            l_hit_xd = l_hit_xd || e_xd_q_0;
        end
        if (lk_match_1) begin
            l_hit_xd = l_hit_xd || e_xd_q_1;
        end
        if (lk_match_2) begin
            l_hit_xd = l_hit_xd || e_xd_q_2;
        end
        if (lk_match_3) begin
            l_hit_xd = l_hit_xd || e_xd_q_3;
        end
        if (lk_match_4) begin
            l_hit_xd = l_hit_xd || e_xd_q_4;
        end
        if (lk_match_5) begin
            l_hit_xd = l_hit_xd || e_xd_q_5;
        end
        if (lk_match_6) begin
            l_hit_xd = l_hit_xd || e_xd_q_6;
        end
        if (lk_match_7) begin
            l_hit_xd = l_hit_xd || e_xd_q_7;
        end
    end
    always @(*) begin
        l_hit_dirty = 1'b0;
        if (lk_match_0) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_0;
        end
        if (lk_match_1) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_1;
        end
        if (lk_match_2) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_2;
        end
        if (lk_match_3) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_3;
        end
        if (lk_match_4) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_4;
        end
        if (lk_match_5) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_5;
        end
        if (lk_match_6) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_6;
        end
        if (lk_match_7) begin
            l_hit_dirty = l_hit_dirty || e_dirty_q_7;
        end
    end
    always @(*) begin
        l_hit_pkey = 4'h0;
        if (lk_match_0) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_0;
        end
        if (lk_match_1) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_1;
        end
        if (lk_match_2) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_2;
        end
        if (lk_match_3) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_3;
        end
        if (lk_match_4) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_4;
        end
        if (lk_match_5) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_5;
        end
        if (lk_match_6) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_6;
        end
        if (lk_match_7) begin
            l_hit_pkey = l_hit_pkey | e_pkey_q_7;
        end
    end
    always @(*) begin
        e_is1g_0 = e_size_q_0 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_0 = e_size_q_0 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_0 = e_vpn_1g_q_0 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_0 = e_vpn_2m_q_0 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_0 = e_vpn_4k_q_0 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_0 = e_pcid_q_0 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_0 = e_valid_q_0 && (e_glob_q_0 || lk_eq_pcid_0) && lk_eq_1g_0 && (e_is1g_0 || lk_eq_2m_0) && (~e_is4k_0 || lk_eq_4k_0);
    end
    always @(*) begin
        e_is1g_1 = e_size_q_1 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_1 = e_size_q_1 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_1 = e_vpn_1g_q_1 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_1 = e_vpn_2m_q_1 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_1 = e_vpn_4k_q_1 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_1 = e_pcid_q_1 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_1 = e_valid_q_1 && (e_glob_q_1 || lk_eq_pcid_1) && lk_eq_1g_1 && (e_is1g_1 || lk_eq_2m_1) && (~e_is4k_1 || lk_eq_4k_1);
    end
    always @(*) begin
        e_is1g_2 = e_size_q_2 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_2 = e_size_q_2 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_2 = e_vpn_1g_q_2 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_2 = e_vpn_2m_q_2 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_2 = e_vpn_4k_q_2 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_2 = e_pcid_q_2 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_2 = e_valid_q_2 && (e_glob_q_2 || lk_eq_pcid_2) && lk_eq_1g_2 && (e_is1g_2 || lk_eq_2m_2) && (~e_is4k_2 || lk_eq_4k_2);
    end
    always @(*) begin
        e_is1g_3 = e_size_q_3 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_3 = e_size_q_3 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_3 = e_vpn_1g_q_3 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_3 = e_vpn_2m_q_3 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_3 = e_vpn_4k_q_3 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_3 = e_pcid_q_3 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_3 = e_valid_q_3 && (e_glob_q_3 || lk_eq_pcid_3) && lk_eq_1g_3 && (e_is1g_3 || lk_eq_2m_3) && (~e_is4k_3 || lk_eq_4k_3);
    end
    always @(*) begin
        e_is1g_4 = e_size_q_4 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_4 = e_size_q_4 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_4 = e_vpn_1g_q_4 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_4 = e_vpn_2m_q_4 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_4 = e_vpn_4k_q_4 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_4 = e_pcid_q_4 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_4 = e_valid_q_4 && (e_glob_q_4 || lk_eq_pcid_4) && lk_eq_1g_4 && (e_is1g_4 || lk_eq_2m_4) && (~e_is4k_4 || lk_eq_4k_4);
    end
    always @(*) begin
        e_is1g_5 = e_size_q_5 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_5 = e_size_q_5 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_5 = e_vpn_1g_q_5 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_5 = e_vpn_2m_q_5 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_5 = e_vpn_4k_q_5 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_5 = e_pcid_q_5 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_5 = e_valid_q_5 && (e_glob_q_5 || lk_eq_pcid_5) && lk_eq_1g_5 && (e_is1g_5 || lk_eq_2m_5) && (~e_is4k_5 || lk_eq_4k_5);
    end
    always @(*) begin
        e_is1g_6 = e_size_q_6 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_6 = e_size_q_6 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_6 = e_vpn_1g_q_6 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_6 = e_vpn_2m_q_6 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_6 = e_vpn_4k_q_6 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_6 = e_pcid_q_6 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_6 = e_valid_q_6 && (e_glob_q_6 || lk_eq_pcid_6) && lk_eq_1g_6 && (e_is1g_6 || lk_eq_2m_6) && (~e_is4k_6 || lk_eq_4k_6);
    end
    always @(*) begin
        e_is1g_7 = e_size_q_7 == PageSize_Size1G;
    end
    always @(*) begin
        e_is4k_7 = e_size_q_7 == PageSize_Size4K;
    end
    always @(*) begin
        lk_eq_1g_7 = e_vpn_1g_q_7 == lk_1g;
    end
    always @(*) begin
        lk_eq_2m_7 = e_vpn_2m_q_7 == lk_2m;
    end
    always @(*) begin
        lk_eq_4k_7 = e_vpn_4k_q_7 == lk_4k;
    end
    always @(*) begin
        lk_eq_pcid_7 = e_pcid_q_7 == lk_key_pcid;
    end
    always @(*) begin
        lk_match_7 = e_valid_q_7 && (e_glob_q_7 || lk_eq_pcid_7) && lk_eq_1g_7 && (e_is1g_7 || lk_eq_2m_7) && (~e_is4k_7 || lk_eq_4k_7);
    end
    always @(*) begin
        fl_found = 1'b0;
        if (fill_prep) begin
            fl_found = |fl_cand;
        end
    end
    always @(*) begin
        fl_cand = 8'h0;
        if (fill_prep) begin
            if (~e_valid_q_0 || fl_overlap_0) begin
                fl_cand = fl_cand | k_onehot_0;
            end
            if (~e_valid_q_1 || fl_overlap_1) begin
                fl_cand = fl_cand | k_onehot_1;
            end
            if (~e_valid_q_2 || fl_overlap_2) begin
                fl_cand = fl_cand | k_onehot_2;
            end
            if (~e_valid_q_3 || fl_overlap_3) begin
                fl_cand = fl_cand | k_onehot_3;
            end
            if (~e_valid_q_4 || fl_overlap_4) begin
                fl_cand = fl_cand | k_onehot_4;
            end
            if (~e_valid_q_5 || fl_overlap_5) begin
                fl_cand = fl_cand | k_onehot_5;
            end
            if (~e_valid_q_6 || fl_overlap_6) begin
                fl_cand = fl_cand | k_onehot_6;
            end
            if (~e_valid_q_7 || fl_overlap_7) begin
                fl_cand = fl_cand | k_onehot_7;
            end
        end
    end
    always @(*) begin
        fl_neg = 8'h0;
        if (fill_prep) begin
            fl_neg = ~fl_cand + 8'h1;
        end
    end
    always @(*) begin
        fl_first = 8'h0;
        if (fill_prep) begin
            fl_first = fl_cand & fl_neg;
        end
    end
    always @(*) begin
        l_fill_idx = 3'h0;
        if (fill_en) begin
            if (fl_slot_0) begin
                l_fill_idx = l_fill_idx | k_index_0;
            end
            if (fl_slot_1) begin
                l_fill_idx = l_fill_idx | k_index_1;
            end
            if (fl_slot_2) begin
                l_fill_idx = l_fill_idx | k_index_2;
            end
            if (fl_slot_3) begin
                l_fill_idx = l_fill_idx | k_index_3;
            end
            if (fl_slot_4) begin
                l_fill_idx = l_fill_idx | k_index_4;
            end
            if (fl_slot_5) begin
                l_fill_idx = l_fill_idx | k_index_5;
            end
            if (fl_slot_6) begin
                l_fill_idx = l_fill_idx | k_index_6;
            end
            if (fl_slot_7) begin
                l_fill_idx = l_fill_idx | k_index_7;
            end
        end
    end
    always @(*) begin
        fl_overlap_0 = 1'b0;
        if (fill_prep) begin
            fl_overlap_0 = e_valid_q_0 && (e_glob_q_0 || fill_glob || cap_pcid_q_0) && cap_1g_q_0 && (e_is1g_0 || fl_is1g || cap_2m_q_0) && (~e_is4k_0 || ~fl_is4k || cap_4k_q_0);
        end
    end
    always @(*) begin
        fl_slot_0 = 1'b0;
        if (fill_prep) begin
            fl_slot_0 = fl_first[0];
            if (~fl_found) begin
                fl_slot_0 = victim_q == k_index_0;
            end
        end
    end
    always @(*) begin
        fl_overlap_1 = 1'b0;
        if (fill_prep) begin
            fl_overlap_1 = e_valid_q_1 && (e_glob_q_1 || fill_glob || cap_pcid_q_1) && cap_1g_q_1 && (e_is1g_1 || fl_is1g || cap_2m_q_1) && (~e_is4k_1 || ~fl_is4k || cap_4k_q_1);
        end
    end
    always @(*) begin
        fl_slot_1 = 1'b0;
        if (fill_prep) begin
            fl_slot_1 = fl_first[1];
            if (~fl_found) begin
                fl_slot_1 = victim_q == k_index_1;
            end
        end
    end
    always @(*) begin
        fl_overlap_2 = 1'b0;
        if (fill_prep) begin
            fl_overlap_2 = e_valid_q_2 && (e_glob_q_2 || fill_glob || cap_pcid_q_2) && cap_1g_q_2 && (e_is1g_2 || fl_is1g || cap_2m_q_2) && (~e_is4k_2 || ~fl_is4k || cap_4k_q_2);
        end
    end
    always @(*) begin
        fl_slot_2 = 1'b0;
        if (fill_prep) begin
            fl_slot_2 = fl_first[2];
            if (~fl_found) begin
                fl_slot_2 = victim_q == k_index_2;
            end
        end
    end
    always @(*) begin
        fl_overlap_3 = 1'b0;
        if (fill_prep) begin
            fl_overlap_3 = e_valid_q_3 && (e_glob_q_3 || fill_glob || cap_pcid_q_3) && cap_1g_q_3 && (e_is1g_3 || fl_is1g || cap_2m_q_3) && (~e_is4k_3 || ~fl_is4k || cap_4k_q_3);
        end
    end
    always @(*) begin
        fl_slot_3 = 1'b0;
        if (fill_prep) begin
            fl_slot_3 = fl_first[3];
            if (~fl_found) begin
                fl_slot_3 = victim_q == k_index_3;
            end
        end
    end
    always @(*) begin
        fl_overlap_4 = 1'b0;
        if (fill_prep) begin
            fl_overlap_4 = e_valid_q_4 && (e_glob_q_4 || fill_glob || cap_pcid_q_4) && cap_1g_q_4 && (e_is1g_4 || fl_is1g || cap_2m_q_4) && (~e_is4k_4 || ~fl_is4k || cap_4k_q_4);
        end
    end
    always @(*) begin
        fl_slot_4 = 1'b0;
        if (fill_prep) begin
            fl_slot_4 = fl_first[4];
            if (~fl_found) begin
                fl_slot_4 = victim_q == k_index_4;
            end
        end
    end
    always @(*) begin
        fl_overlap_5 = 1'b0;
        if (fill_prep) begin
            fl_overlap_5 = e_valid_q_5 && (e_glob_q_5 || fill_glob || cap_pcid_q_5) && cap_1g_q_5 && (e_is1g_5 || fl_is1g || cap_2m_q_5) && (~e_is4k_5 || ~fl_is4k || cap_4k_q_5);
        end
    end
    always @(*) begin
        fl_slot_5 = 1'b0;
        if (fill_prep) begin
            fl_slot_5 = fl_first[5];
            if (~fl_found) begin
                fl_slot_5 = victim_q == k_index_5;
            end
        end
    end
    always @(*) begin
        fl_overlap_6 = 1'b0;
        if (fill_prep) begin
            fl_overlap_6 = e_valid_q_6 && (e_glob_q_6 || fill_glob || cap_pcid_q_6) && cap_1g_q_6 && (e_is1g_6 || fl_is1g || cap_2m_q_6) && (~e_is4k_6 || ~fl_is4k || cap_4k_q_6);
        end
    end
    always @(*) begin
        fl_slot_6 = 1'b0;
        if (fill_prep) begin
            fl_slot_6 = fl_first[6];
            if (~fl_found) begin
                fl_slot_6 = victim_q == k_index_6;
            end
        end
    end
    always @(*) begin
        fl_overlap_7 = 1'b0;
        if (fill_prep) begin
            fl_overlap_7 = e_valid_q_7 && (e_glob_q_7 || fill_glob || cap_pcid_q_7) && cap_1g_q_7 && (e_is1g_7 || fl_is1g || cap_2m_q_7) && (~e_is4k_7 || ~fl_is4k || cap_4k_q_7);
        end
    end
    always @(*) begin
        fl_slot_7 = 1'b0;
        if (fill_prep) begin
            fl_slot_7 = fl_first[7];
            if (~fl_found) begin
                fl_slot_7 = victim_q == k_index_7;
            end
        end
    end
    always @(*) begin
        inv_drop_0 = 1'b0;
        if (inv_en) begin
            inv_drop_0 = e_valid_q_0 && (~inv_use_va || (lk_eq_1g_0 && (e_is1g_0 || lk_eq_2m_0) && (~e_is4k_0 || lk_eq_4k_0))) && (~inv_use_pcid || lk_eq_pcid_0 || (inv_glob_wild && e_glob_q_0)) && ~(inv_keep_glob && e_glob_q_0);
        end
    end
    always @(*) begin
        inv_drop_1 = 1'b0;
        if (inv_en) begin
            inv_drop_1 = e_valid_q_1 && (~inv_use_va || (lk_eq_1g_1 && (e_is1g_1 || lk_eq_2m_1) && (~e_is4k_1 || lk_eq_4k_1))) && (~inv_use_pcid || lk_eq_pcid_1 || (inv_glob_wild && e_glob_q_1)) && ~(inv_keep_glob && e_glob_q_1);
        end
    end
    always @(*) begin
        inv_drop_2 = 1'b0;
        if (inv_en) begin
            inv_drop_2 = e_valid_q_2 && (~inv_use_va || (lk_eq_1g_2 && (e_is1g_2 || lk_eq_2m_2) && (~e_is4k_2 || lk_eq_4k_2))) && (~inv_use_pcid || lk_eq_pcid_2 || (inv_glob_wild && e_glob_q_2)) && ~(inv_keep_glob && e_glob_q_2);
        end
    end
    always @(*) begin
        inv_drop_3 = 1'b0;
        if (inv_en) begin
            inv_drop_3 = e_valid_q_3 && (~inv_use_va || (lk_eq_1g_3 && (e_is1g_3 || lk_eq_2m_3) && (~e_is4k_3 || lk_eq_4k_3))) && (~inv_use_pcid || lk_eq_pcid_3 || (inv_glob_wild && e_glob_q_3)) && ~(inv_keep_glob && e_glob_q_3);
        end
    end
    always @(*) begin
        inv_drop_4 = 1'b0;
        if (inv_en) begin
            inv_drop_4 = e_valid_q_4 && (~inv_use_va || (lk_eq_1g_4 && (e_is1g_4 || lk_eq_2m_4) && (~e_is4k_4 || lk_eq_4k_4))) && (~inv_use_pcid || lk_eq_pcid_4 || (inv_glob_wild && e_glob_q_4)) && ~(inv_keep_glob && e_glob_q_4);
        end
    end
    always @(*) begin
        inv_drop_5 = 1'b0;
        if (inv_en) begin
            inv_drop_5 = e_valid_q_5 && (~inv_use_va || (lk_eq_1g_5 && (e_is1g_5 || lk_eq_2m_5) && (~e_is4k_5 || lk_eq_4k_5))) && (~inv_use_pcid || lk_eq_pcid_5 || (inv_glob_wild && e_glob_q_5)) && ~(inv_keep_glob && e_glob_q_5);
        end
    end
    always @(*) begin
        inv_drop_6 = 1'b0;
        if (inv_en) begin
            inv_drop_6 = e_valid_q_6 && (~inv_use_va || (lk_eq_1g_6 && (e_is1g_6 || lk_eq_2m_6) && (~e_is4k_6 || lk_eq_4k_6))) && (~inv_use_pcid || lk_eq_pcid_6 || (inv_glob_wild && e_glob_q_6)) && ~(inv_keep_glob && e_glob_q_6);
        end
    end
    always @(*) begin
        inv_drop_7 = 1'b0;
        if (inv_en) begin
            inv_drop_7 = e_valid_q_7 && (~inv_use_va || (lk_eq_1g_7 && (e_is1g_7 || lk_eq_2m_7) && (~e_is4k_7 || lk_eq_4k_7))) && (~inv_use_pcid || lk_eq_pcid_7 || (inv_glob_wild && e_glob_q_7)) && ~(inv_keep_glob && e_glob_q_7);
        end
    end
    always @(*) begin
        l_hit_size = PageSize_Size4K;
        if (l_hit_1g) begin
            l_hit_size = PageSize_Size1G;
        end
        else if (l_hit && ~l_hit_4k) begin
            l_hit_size = PageSize_Size2M;
        end
    end
    always @(*) begin
        hit = l_hit;
    end
    always @(*) begin
        hit_idx = l_hit_idx;
    end
    always @(*) begin
        hit_size = l_hit_size;
    end
    always @(*) begin
        hit_pfn = ({18'h0, l_hit_pfn_hi} << 18) | {22'h0, l_hit_pfn_lo};
    end
    always @(*) begin
        hit_glob = l_hit_glob;
    end
    always @(*) begin
        hit_writable = l_hit_writable;
    end
    always @(*) begin
        hit_user = l_hit_user;
    end
    always @(*) begin
        hit_xd = l_hit_xd;
    end
    always @(*) begin
        hit_dirty = l_hit_dirty;
    end
    always @(*) begin
        hit_pkey = l_hit_pkey;
    end
    always @(*) begin
        fill_idx = l_fill_idx;
    end
    initial begin
        e_valid_q_0 = 1'b0;
        e_valid_q_1 = 1'b0;
        e_valid_q_2 = 1'b0;
        e_valid_q_3 = 1'b0;
        e_valid_q_4 = 1'b0;
        e_valid_q_5 = 1'b0;
        e_valid_q_6 = 1'b0;
        e_valid_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_valid_q_0 <= e_valid_d_0;
        e_valid_q_1 <= e_valid_d_1;
        e_valid_q_2 <= e_valid_d_2;
        e_valid_q_3 <= e_valid_d_3;
        e_valid_q_4 <= e_valid_d_4;
        e_valid_q_5 <= e_valid_d_5;
        e_valid_q_6 <= e_valid_d_6;
        e_valid_q_7 <= e_valid_d_7;
    end
    initial begin
        e_vpn_1g_q_0 = 18'h0;
        e_vpn_1g_q_1 = 18'h0;
        e_vpn_1g_q_2 = 18'h0;
        e_vpn_1g_q_3 = 18'h0;
        e_vpn_1g_q_4 = 18'h0;
        e_vpn_1g_q_5 = 18'h0;
        e_vpn_1g_q_6 = 18'h0;
        e_vpn_1g_q_7 = 18'h0;
    end
    always @(posedge clock) begin
        e_vpn_1g_q_0 <= e_vpn_1g_d_0;
        e_vpn_1g_q_1 <= e_vpn_1g_d_1;
        e_vpn_1g_q_2 <= e_vpn_1g_d_2;
        e_vpn_1g_q_3 <= e_vpn_1g_d_3;
        e_vpn_1g_q_4 <= e_vpn_1g_d_4;
        e_vpn_1g_q_5 <= e_vpn_1g_d_5;
        e_vpn_1g_q_6 <= e_vpn_1g_d_6;
        e_vpn_1g_q_7 <= e_vpn_1g_d_7;
    end
    initial begin
        e_vpn_2m_q_0 = 9'h0;
        e_vpn_2m_q_1 = 9'h0;
        e_vpn_2m_q_2 = 9'h0;
        e_vpn_2m_q_3 = 9'h0;
        e_vpn_2m_q_4 = 9'h0;
        e_vpn_2m_q_5 = 9'h0;
        e_vpn_2m_q_6 = 9'h0;
        e_vpn_2m_q_7 = 9'h0;
    end
    always @(posedge clock) begin
        e_vpn_2m_q_0 <= e_vpn_2m_d_0;
        e_vpn_2m_q_1 <= e_vpn_2m_d_1;
        e_vpn_2m_q_2 <= e_vpn_2m_d_2;
        e_vpn_2m_q_3 <= e_vpn_2m_d_3;
        e_vpn_2m_q_4 <= e_vpn_2m_d_4;
        e_vpn_2m_q_5 <= e_vpn_2m_d_5;
        e_vpn_2m_q_6 <= e_vpn_2m_d_6;
        e_vpn_2m_q_7 <= e_vpn_2m_d_7;
    end
    initial begin
        e_vpn_4k_q_0 = 9'h0;
        e_vpn_4k_q_1 = 9'h0;
        e_vpn_4k_q_2 = 9'h0;
        e_vpn_4k_q_3 = 9'h0;
        e_vpn_4k_q_4 = 9'h0;
        e_vpn_4k_q_5 = 9'h0;
        e_vpn_4k_q_6 = 9'h0;
        e_vpn_4k_q_7 = 9'h0;
    end
    always @(posedge clock) begin
        e_vpn_4k_q_0 <= e_vpn_4k_d_0;
        e_vpn_4k_q_1 <= e_vpn_4k_d_1;
        e_vpn_4k_q_2 <= e_vpn_4k_d_2;
        e_vpn_4k_q_3 <= e_vpn_4k_d_3;
        e_vpn_4k_q_4 <= e_vpn_4k_d_4;
        e_vpn_4k_q_5 <= e_vpn_4k_d_5;
        e_vpn_4k_q_6 <= e_vpn_4k_d_6;
        e_vpn_4k_q_7 <= e_vpn_4k_d_7;
    end
    initial begin
        e_size_q_0 = 2'h0;
        e_size_q_1 = 2'h0;
        e_size_q_2 = 2'h0;
        e_size_q_3 = 2'h0;
        e_size_q_4 = 2'h0;
        e_size_q_5 = 2'h0;
        e_size_q_6 = 2'h0;
        e_size_q_7 = 2'h0;
    end
    always @(posedge clock) begin
        e_size_q_0 <= e_size_d_0;
        e_size_q_1 <= e_size_d_1;
        e_size_q_2 <= e_size_d_2;
        e_size_q_3 <= e_size_d_3;
        e_size_q_4 <= e_size_d_4;
        e_size_q_5 <= e_size_d_5;
        e_size_q_6 <= e_size_d_6;
        e_size_q_7 <= e_size_d_7;
    end
    initial begin
        e_pcid_q_0 = 12'h0;
        e_pcid_q_1 = 12'h0;
        e_pcid_q_2 = 12'h0;
        e_pcid_q_3 = 12'h0;
        e_pcid_q_4 = 12'h0;
        e_pcid_q_5 = 12'h0;
        e_pcid_q_6 = 12'h0;
        e_pcid_q_7 = 12'h0;
    end
    always @(posedge clock) begin
        e_pcid_q_0 <= e_pcid_d_0;
        e_pcid_q_1 <= e_pcid_d_1;
        e_pcid_q_2 <= e_pcid_d_2;
        e_pcid_q_3 <= e_pcid_d_3;
        e_pcid_q_4 <= e_pcid_d_4;
        e_pcid_q_5 <= e_pcid_d_5;
        e_pcid_q_6 <= e_pcid_d_6;
        e_pcid_q_7 <= e_pcid_d_7;
    end
    initial begin
        e_glob_q_0 = 1'b0;
        e_glob_q_1 = 1'b0;
        e_glob_q_2 = 1'b0;
        e_glob_q_3 = 1'b0;
        e_glob_q_4 = 1'b0;
        e_glob_q_5 = 1'b0;
        e_glob_q_6 = 1'b0;
        e_glob_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_glob_q_0 <= e_glob_d_0;
        e_glob_q_1 <= e_glob_d_1;
        e_glob_q_2 <= e_glob_d_2;
        e_glob_q_3 <= e_glob_d_3;
        e_glob_q_4 <= e_glob_d_4;
        e_glob_q_5 <= e_glob_d_5;
        e_glob_q_6 <= e_glob_d_6;
        e_glob_q_7 <= e_glob_d_7;
    end
    initial begin
        e_pfn_hi_q_0 = 22'h0;
        e_pfn_hi_q_1 = 22'h0;
        e_pfn_hi_q_2 = 22'h0;
        e_pfn_hi_q_3 = 22'h0;
        e_pfn_hi_q_4 = 22'h0;
        e_pfn_hi_q_5 = 22'h0;
        e_pfn_hi_q_6 = 22'h0;
        e_pfn_hi_q_7 = 22'h0;
    end
    always @(posedge clock) begin
        e_pfn_hi_q_0 <= e_pfn_hi_d_0;
        e_pfn_hi_q_1 <= e_pfn_hi_d_1;
        e_pfn_hi_q_2 <= e_pfn_hi_d_2;
        e_pfn_hi_q_3 <= e_pfn_hi_d_3;
        e_pfn_hi_q_4 <= e_pfn_hi_d_4;
        e_pfn_hi_q_5 <= e_pfn_hi_d_5;
        e_pfn_hi_q_6 <= e_pfn_hi_d_6;
        e_pfn_hi_q_7 <= e_pfn_hi_d_7;
    end
    initial begin
        e_pfn_lo_q_0 = 18'h0;
        e_pfn_lo_q_1 = 18'h0;
        e_pfn_lo_q_2 = 18'h0;
        e_pfn_lo_q_3 = 18'h0;
        e_pfn_lo_q_4 = 18'h0;
        e_pfn_lo_q_5 = 18'h0;
        e_pfn_lo_q_6 = 18'h0;
        e_pfn_lo_q_7 = 18'h0;
    end
    always @(posedge clock) begin
        e_pfn_lo_q_0 <= e_pfn_lo_d_0;
        e_pfn_lo_q_1 <= e_pfn_lo_d_1;
        e_pfn_lo_q_2 <= e_pfn_lo_d_2;
        e_pfn_lo_q_3 <= e_pfn_lo_d_3;
        e_pfn_lo_q_4 <= e_pfn_lo_d_4;
        e_pfn_lo_q_5 <= e_pfn_lo_d_5;
        e_pfn_lo_q_6 <= e_pfn_lo_d_6;
        e_pfn_lo_q_7 <= e_pfn_lo_d_7;
    end
    initial begin
        e_writable_q_0 = 1'b0;
        e_writable_q_1 = 1'b0;
        e_writable_q_2 = 1'b0;
        e_writable_q_3 = 1'b0;
        e_writable_q_4 = 1'b0;
        e_writable_q_5 = 1'b0;
        e_writable_q_6 = 1'b0;
        e_writable_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_writable_q_0 <= e_writable_d_0;
        e_writable_q_1 <= e_writable_d_1;
        e_writable_q_2 <= e_writable_d_2;
        e_writable_q_3 <= e_writable_d_3;
        e_writable_q_4 <= e_writable_d_4;
        e_writable_q_5 <= e_writable_d_5;
        e_writable_q_6 <= e_writable_d_6;
        e_writable_q_7 <= e_writable_d_7;
    end
    initial begin
        e_user_q_0 = 1'b0;
        e_user_q_1 = 1'b0;
        e_user_q_2 = 1'b0;
        e_user_q_3 = 1'b0;
        e_user_q_4 = 1'b0;
        e_user_q_5 = 1'b0;
        e_user_q_6 = 1'b0;
        e_user_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_user_q_0 <= e_user_d_0;
        e_user_q_1 <= e_user_d_1;
        e_user_q_2 <= e_user_d_2;
        e_user_q_3 <= e_user_d_3;
        e_user_q_4 <= e_user_d_4;
        e_user_q_5 <= e_user_d_5;
        e_user_q_6 <= e_user_d_6;
        e_user_q_7 <= e_user_d_7;
    end
    initial begin
        e_xd_q_0 = 1'b0;
        e_xd_q_1 = 1'b0;
        e_xd_q_2 = 1'b0;
        e_xd_q_3 = 1'b0;
        e_xd_q_4 = 1'b0;
        e_xd_q_5 = 1'b0;
        e_xd_q_6 = 1'b0;
        e_xd_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_xd_q_0 <= e_xd_d_0;
        e_xd_q_1 <= e_xd_d_1;
        e_xd_q_2 <= e_xd_d_2;
        e_xd_q_3 <= e_xd_d_3;
        e_xd_q_4 <= e_xd_d_4;
        e_xd_q_5 <= e_xd_d_5;
        e_xd_q_6 <= e_xd_d_6;
        e_xd_q_7 <= e_xd_d_7;
    end
    initial begin
        e_dirty_q_0 = 1'b0;
        e_dirty_q_1 = 1'b0;
        e_dirty_q_2 = 1'b0;
        e_dirty_q_3 = 1'b0;
        e_dirty_q_4 = 1'b0;
        e_dirty_q_5 = 1'b0;
        e_dirty_q_6 = 1'b0;
        e_dirty_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_dirty_q_0 <= e_dirty_d_0;
        e_dirty_q_1 <= e_dirty_d_1;
        e_dirty_q_2 <= e_dirty_d_2;
        e_dirty_q_3 <= e_dirty_d_3;
        e_dirty_q_4 <= e_dirty_d_4;
        e_dirty_q_5 <= e_dirty_d_5;
        e_dirty_q_6 <= e_dirty_d_6;
        e_dirty_q_7 <= e_dirty_d_7;
    end
    initial begin
        e_pkey_q_0 = 4'h0;
        e_pkey_q_1 = 4'h0;
        e_pkey_q_2 = 4'h0;
        e_pkey_q_3 = 4'h0;
        e_pkey_q_4 = 4'h0;
        e_pkey_q_5 = 4'h0;
        e_pkey_q_6 = 4'h0;
        e_pkey_q_7 = 4'h0;
    end
    always @(posedge clock) begin
        e_pkey_q_0 <= e_pkey_d_0;
        e_pkey_q_1 <= e_pkey_d_1;
        e_pkey_q_2 <= e_pkey_d_2;
        e_pkey_q_3 <= e_pkey_d_3;
        e_pkey_q_4 <= e_pkey_d_4;
        e_pkey_q_5 <= e_pkey_d_5;
        e_pkey_q_6 <= e_pkey_d_6;
        e_pkey_q_7 <= e_pkey_d_7;
    end
    initial begin
        victim_q = 3'h0;
    end
    always @(posedge clock) begin
        victim_q <= victim_d;
    end
    initial begin
        cap_1g_q_0 = 1'b0;
        cap_1g_q_1 = 1'b0;
        cap_1g_q_2 = 1'b0;
        cap_1g_q_3 = 1'b0;
        cap_1g_q_4 = 1'b0;
        cap_1g_q_5 = 1'b0;
        cap_1g_q_6 = 1'b0;
        cap_1g_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        cap_1g_q_0 <= cap_1g_d_0;
        cap_1g_q_1 <= cap_1g_d_1;
        cap_1g_q_2 <= cap_1g_d_2;
        cap_1g_q_3 <= cap_1g_d_3;
        cap_1g_q_4 <= cap_1g_d_4;
        cap_1g_q_5 <= cap_1g_d_5;
        cap_1g_q_6 <= cap_1g_d_6;
        cap_1g_q_7 <= cap_1g_d_7;
    end
    initial begin
        cap_2m_q_0 = 1'b0;
        cap_2m_q_1 = 1'b0;
        cap_2m_q_2 = 1'b0;
        cap_2m_q_3 = 1'b0;
        cap_2m_q_4 = 1'b0;
        cap_2m_q_5 = 1'b0;
        cap_2m_q_6 = 1'b0;
        cap_2m_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        cap_2m_q_0 <= cap_2m_d_0;
        cap_2m_q_1 <= cap_2m_d_1;
        cap_2m_q_2 <= cap_2m_d_2;
        cap_2m_q_3 <= cap_2m_d_3;
        cap_2m_q_4 <= cap_2m_d_4;
        cap_2m_q_5 <= cap_2m_d_5;
        cap_2m_q_6 <= cap_2m_d_6;
        cap_2m_q_7 <= cap_2m_d_7;
    end
    initial begin
        cap_4k_q_0 = 1'b0;
        cap_4k_q_1 = 1'b0;
        cap_4k_q_2 = 1'b0;
        cap_4k_q_3 = 1'b0;
        cap_4k_q_4 = 1'b0;
        cap_4k_q_5 = 1'b0;
        cap_4k_q_6 = 1'b0;
        cap_4k_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        cap_4k_q_0 <= cap_4k_d_0;
        cap_4k_q_1 <= cap_4k_d_1;
        cap_4k_q_2 <= cap_4k_d_2;
        cap_4k_q_3 <= cap_4k_d_3;
        cap_4k_q_4 <= cap_4k_d_4;
        cap_4k_q_5 <= cap_4k_d_5;
        cap_4k_q_6 <= cap_4k_d_6;
        cap_4k_q_7 <= cap_4k_d_7;
    end
    initial begin
        cap_pcid_q_0 = 1'b0;
        cap_pcid_q_1 = 1'b0;
        cap_pcid_q_2 = 1'b0;
        cap_pcid_q_3 = 1'b0;
        cap_pcid_q_4 = 1'b0;
        cap_pcid_q_5 = 1'b0;
        cap_pcid_q_6 = 1'b0;
        cap_pcid_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        cap_pcid_q_0 <= cap_pcid_d_0;
        cap_pcid_q_1 <= cap_pcid_d_1;
        cap_pcid_q_2 <= cap_pcid_d_2;
        cap_pcid_q_3 <= cap_pcid_d_3;
        cap_pcid_q_4 <= cap_pcid_d_4;
        cap_pcid_q_5 <= cap_pcid_d_5;
        cap_pcid_q_6 <= cap_pcid_d_6;
        cap_pcid_q_7 <= cap_pcid_d_7;
    end
endmodule // mmu_axi4_mmu_fetch_tlb

// L2<SB>: the second-level TLB, shared by both ports: 2^SB sets of 4 ways in block RAM, 4K and
// 2M translations (1G pages live in the L1s only), PCID-tagged and global-aware. Twin of
// model/src/l2.rs, whose rules it implements way for way.
module mmu_axi4_mmu_l2(clock, reset, lk_start, lk_vpn_1g, lk_vpn_2m, lk_vpn_4k, lk_pcid, lk_write, lk_data, sp_take, sp_data, sp_vpn_4k, busy, busy_next, hit, miss, hit_size, hit_pcid, hit_glob, hit_pfn, hit_writable, hit_user, hit_xd, hit_dirty, hit_pkey, fill_en, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey, inv_en, inv_flush, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid, flushing);
    input wire clock;
    input wire reset;
    input wire lk_start;
    input wire [17:0] lk_vpn_1g;
    input wire [8:0] lk_vpn_2m;
    input wire [8:0] lk_vpn_4k;
    input wire [11:0] lk_pcid;
    input wire lk_write;
    input wire lk_data;
    input wire sp_take;
    input wire sp_data;
    input wire [8:0] sp_vpn_4k;
    output reg busy;
    output reg busy_next;
    output reg hit;
    output reg miss;
    output reg [1:0] hit_size;
    output reg [11:0] hit_pcid;
    output reg hit_glob;
    output reg [39:0] hit_pfn;
    output reg hit_writable;
    output reg hit_user;
    output reg hit_xd;
    output reg hit_dirty;
    output reg [3:0] hit_pkey;
    input wire fill_en;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [8:0] fill_vpn_4k;
    input wire [1:0] fill_size;
    input wire [11:0] fill_pcid;
    input wire fill_glob;
    input wire [39:0] fill_pfn;
    input wire fill_writable;
    input wire fill_user;
    input wire fill_xd;
    input wire fill_dirty;
    input wire [3:0] fill_pkey;
    input wire inv_en;
    input wire inv_flush;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    output reg flushing;
    reg [6:0] ta_0_read_address;
    reg [31:0] ta_0_read_data;
    reg [6:0] ta_0_write_address;
    reg [31:0] ta_0_write_data;
    reg ta_0_write_enable;
    reg [6:0] ta_1_read_address;
    reg [31:0] ta_1_read_data;
    reg [6:0] ta_1_write_address;
    reg [31:0] ta_1_write_data;
    reg ta_1_write_enable;
    reg [6:0] ta_2_read_address;
    reg [31:0] ta_2_read_data;
    reg [6:0] ta_2_write_address;
    reg [31:0] ta_2_write_data;
    reg ta_2_write_enable;
    reg [6:0] ta_3_read_address;
    reg [31:0] ta_3_read_data;
    reg [6:0] ta_3_write_address;
    reg [31:0] ta_3_write_data;
    reg ta_3_write_enable;
    reg [6:0] tb_0_read_address;
    reg [31:0] tb_0_read_data;
    reg [6:0] tb_0_write_address;
    reg [31:0] tb_0_write_data;
    reg tb_0_write_enable;
    reg [6:0] tb_1_read_address;
    reg [31:0] tb_1_read_data;
    reg [6:0] tb_1_write_address;
    reg [31:0] tb_1_write_data;
    reg tb_1_write_enable;
    reg [6:0] tb_2_read_address;
    reg [31:0] tb_2_read_data;
    reg [6:0] tb_2_write_address;
    reg [31:0] tb_2_write_data;
    reg tb_2_write_enable;
    reg [6:0] tb_3_read_address;
    reg [31:0] tb_3_read_data;
    reg [6:0] tb_3_write_address;
    reg [31:0] tb_3_write_data;
    reg tb_3_write_enable;
    reg [6:0] da_0_read_address;
    reg [30:0] da_0_read_data;
    reg [6:0] da_0_write_address;
    reg [30:0] da_0_write_data;
    reg da_0_write_enable;
    reg [6:0] da_1_read_address;
    reg [30:0] da_1_read_data;
    reg [6:0] da_1_write_address;
    reg [30:0] da_1_write_data;
    reg da_1_write_enable;
    reg [6:0] da_2_read_address;
    reg [30:0] da_2_read_data;
    reg [6:0] da_2_write_address;
    reg [30:0] da_2_write_data;
    reg da_2_write_enable;
    reg [6:0] da_3_read_address;
    reg [30:0] da_3_read_data;
    reg [6:0] da_3_write_address;
    reg [30:0] da_3_write_data;
    reg da_3_write_enable;
    reg [6:0] db_0_read_address;
    reg [3:0] db_0_read_data;
    reg [6:0] db_0_write_address;
    reg [3:0] db_0_write_data;
    reg db_0_write_enable;
    reg [6:0] db_1_read_address;
    reg [3:0] db_1_read_data;
    reg [6:0] db_1_write_address;
    reg [3:0] db_1_write_data;
    reg db_1_write_enable;
    reg [6:0] db_2_read_address;
    reg [3:0] db_2_read_data;
    reg [6:0] db_2_write_address;
    reg [3:0] db_2_write_data;
    reg db_2_write_enable;
    reg [6:0] db_3_read_address;
    reg [3:0] db_3_read_data;
    reg [6:0] db_3_write_address;
    reg [3:0] db_3_write_data;
    reg db_3_write_enable;
    reg [6:0] lru_read_address;
    reg [2:0] lru_read_data;
    reg [6:0] lru_write_address;
    reg [2:0] lru_write_data;
    reg lru_write_enable;
    reg [1:0] state_d;
    reg [1:0] state_q;
    reg [6:0] rd_set_d;
    reg [6:0] rd_set_q;
    reg [3:0] s_valid_d;
    reg [3:0] s_valid_q;
    reg [2:0] s_lru_d;
    reg [2:0] s_lru_q;
    reg s_match_d;
    reg s_match_q;
    reg [1:0] s_way_d;
    reg [1:0] s_way_q;
    reg [3:0] b_valid_d;
    reg [3:0] b_valid_q;
    reg [2:0] b_lru_d;
    reg [2:0] b_lru_q;
    reg b_match_d;
    reg b_match_q;
    reg [1:0] b_way_d;
    reg [1:0] b_way_q;
    reg fill_ok_d;
    reg fill_ok_q;
    reg missed_d;
    reg missed_q;
    reg sp_ok_d;
    reg sp_ok_q;
    reg sp_port_d;
    reg sp_port_q;
    reg [6:0] sw_set_d;
    reg [6:0] sw_set_q;
    reg sw_more_d;
    reg sw_more_q;
    reg sw_pend_d;
    reg sw_pend_q;
    reg [6:0] sw_second_d;
    reg [6:0] sw_second_q;
    reg sw_step_d;
    reg sw_step_q;
    reg sv_all_d;
    reg sv_all_q;
    reg sv_use_va_d;
    reg sv_use_va_q;
    reg sv_use_pcid_d;
    reg sv_use_pcid_q;
    reg sv_glob_wild_d;
    reg sv_glob_wild_q;
    reg sv_keep_glob_d;
    reg sv_keep_glob_q;
    reg [17:0] sv_vpn_1g_d;
    reg [17:0] sv_vpn_1g_q;
    reg [8:0] sv_vpn_2m_d;
    reg [8:0] sv_vpn_2m_q;
    reg [8:0] sv_vpn_4k_d;
    reg [8:0] sv_vpn_4k_q;
    reg [11:0] sv_pcid_d;
    reg [11:0] sv_pcid_q;
    reg w_valid_0;
    reg w_valid_1;
    reg w_valid_2;
    reg w_valid_3;
    reg w_big_0;
    reg w_big_1;
    reg w_big_2;
    reg w_big_3;
    reg w_glob_0;
    reg w_glob_1;
    reg w_glob_2;
    reg w_glob_3;
    reg [17:0] w_1g_0;
    reg [17:0] w_1g_1;
    reg [17:0] w_1g_2;
    reg [17:0] w_1g_3;
    reg [8:0] w_2m_0;
    reg [8:0] w_2m_1;
    reg [8:0] w_2m_2;
    reg [8:0] w_2m_3;
    reg [8:0] w_4k_0;
    reg [8:0] w_4k_1;
    reg [8:0] w_4k_2;
    reg [8:0] w_4k_3;
    reg [11:0] w_pcid_0;
    reg [11:0] w_pcid_1;
    reg [11:0] w_pcid_2;
    reg [11:0] w_pcid_3;
    reg w_match_0;
    reg w_match_1;
    reg w_match_2;
    reg w_match_3;
    reg w_drop_0;
    reg w_drop_1;
    reg w_drop_2;
    reg w_drop_3;
    reg [17:0] key_1g;
    reg [8:0] key_2m;
    reg [8:0] key_4k;
    reg [11:0] key_pcid;
    reg eq_1g_0;
    reg eq_1g_1;
    reg eq_1g_2;
    reg eq_1g_3;
    reg eq_2m_0;
    reg eq_2m_1;
    reg eq_2m_2;
    reg eq_2m_3;
    reg eq_4k_0;
    reg eq_4k_1;
    reg eq_4k_2;
    reg eq_4k_3;
    reg eq_pcid_0;
    reg eq_pcid_1;
    reg eq_pcid_2;
    reg eq_pcid_3;
    reg small_now;
    reg probing;
    reg want_big;
    reg [3:0] valid_bits;
    reg found;
    reg [1:0] way;
    reg usable;
    reg [2:0] lru_rd;
    reg [2:0] lru_in;
    reg [1:0] lru_way;
    reg [2:0] lru_out;
    reg abort;
    reg fl_go;
    reg fl_big;
    reg [3:0] fl_valid;
    reg fl_match;
    reg [1:0] fl_way;
    reg [2:0] fl_lru;
    reg fl_free;
    reg [6:0] fl_set;
    reg [6:0] l_rd_addr;
    reg [6:0] l_wr_addr;
    reg l_we_0;
    reg l_we_1;
    reg l_we_2;
    reg l_we_3;
    reg l_lru_we;
    reg [31:0] l_ta;
    reg [31:0] l_tb;
    reg [30:0] l_da;
    reg [3:0] l_db;
    reg [2:0] l_lru;
    reg l_busy;
    reg l_busy_next;
    reg l_hit;
    reg l_miss;
    reg l_hit_user;
    reg l_hit_writable;
    reg [30:0] l_hit_da;
    reg [3:0] l_hit_db;
    reg l_hit_glob;
    reg [10:0] l_hit_pfn_lo;
    reg [28:0] l_hit_pfn_hi;
    reg [10:0] fl_pfn_lo;
    reg [28:0] fl_pfn_hi;
    reg [11:0] l_hit_pcid;
    reg [1:0] l_hit_size;
    reg [31:0] ta_0_mem [127:0];
    reg [31:0] ta_1_mem [127:0];
    reg [31:0] ta_2_mem [127:0];
    reg [31:0] ta_3_mem [127:0];
    reg [31:0] tb_0_mem [127:0];
    reg [31:0] tb_1_mem [127:0];
    reg [31:0] tb_2_mem [127:0];
    reg [31:0] tb_3_mem [127:0];
    reg [30:0] da_0_mem [127:0];
    reg [30:0] da_1_mem [127:0];
    reg [30:0] da_2_mem [127:0];
    reg [30:0] da_3_mem [127:0];
    reg [3:0] db_0_mem [127:0];
    reg [3:0] db_1_mem [127:0];
    reg [3:0] db_2_mem [127:0];
    reg [3:0] db_3_mem [127:0];
    reg [2:0] lru_mem [127:0];
    localparam k_way_0 = 2'h0;
    localparam k_way_1 = 2'h1;
    localparam k_way_2 = 2'h2;
    localparam k_way_3 = 2'h3;
    localparam k_bit_0 = 4'h1;
    localparam k_bit_1 = 4'h2;
    localparam k_bit_2 = 4'h4;
    localparam k_bit_3 = 4'h8;
    localparam k_bit3_0 = 3'h1;
    localparam k_bit3_1 = 3'h2;
    localparam k_bit3_2 = 3'h4;
    localparam k_ta_valid = 32'h80000000;
    localparam k_ta_big = 32'h40000000;
    localparam k_ta_glob = 32'h20000000;
    localparam k_tb_0 = 32'h1;
    localparam k_tb_1 = 32'h2;
    localparam k_da_0 = 31'h1;
    localparam k_da_1 = 31'h2;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    localparam L2State_Idle = 0;
    localparam L2State_Small = 1;
    localparam L2State_Big = 2;
    localparam L2State_Sweep = 3;
    always @(*) begin
        state_d = state_q;
        case (state_q)
            L2State_Idle: begin
                if (lk_start && ~abort) begin
                    state_d = L2State_Small;
                end
            end
            L2State_Big: begin
                state_d = L2State_Idle;
            end
            L2State_Sweep: begin
                if (!(sw_more_q)) begin
                    state_d = L2State_Idle;
                end
            end
        endcase
        if (small_now) begin
            if (usable) begin
                state_d = L2State_Idle;
            end
            else begin
                state_d = L2State_Big;
            end
        end
        if (abort) begin
            state_d = L2State_Sweep;
        end
    end
    always @(*) begin
        rd_set_d = rd_set_q;
        rd_set_d = l_rd_addr;
    end
    always @(*) begin
        s_valid_d = s_valid_q;
        if (small_now) begin
            s_valid_d = valid_bits;
        end
    end
    always @(*) begin
        s_lru_d = s_lru_q;
        if (small_now) begin
            s_lru_d = lru_rd;
        end
    end
    always @(*) begin
        s_match_d = s_match_q;
        if (small_now) begin
            s_match_d = found;
        end
    end
    always @(*) begin
        s_way_d = s_way_q;
        if (small_now) begin
            s_way_d = way;
        end
    end
    always @(*) begin
        b_valid_d = b_valid_q;
        case (state_q)
            L2State_Big: begin
                b_valid_d = valid_bits;
            end
        endcase
    end
    always @(*) begin
        b_lru_d = b_lru_q;
        case (state_q)
            L2State_Big: begin
                b_lru_d = lru_rd;
            end
        endcase
    end
    always @(*) begin
        b_match_d = b_match_q;
        case (state_q)
            L2State_Big: begin
                b_match_d = found && ~s_match_q;
            end
        endcase
    end
    always @(*) begin
        b_way_d = b_way_q;
        case (state_q)
            L2State_Big: begin
                b_way_d = way;
            end
        endcase
    end
    always @(*) begin
        fill_ok_d = fill_ok_q;
        case (state_q)
            L2State_Idle: begin
                if (lk_start && ~abort) begin
                    fill_ok_d = 1'b1;
                end
            end
        endcase
        if (abort) begin
            fill_ok_d = 1'b0;
        end
    end
    always @(*) begin
        missed_d = missed_q;
        missed_d = l_miss;
    end
    always @(*) begin
        sp_ok_d = sp_ok_q;
        sp_ok_d = 1'b0;
        case (state_q)
            L2State_Idle: begin
                if (!(lk_start && ~abort)) begin
                    sp_ok_d = sp_take && ~fl_go && ~abort;
                end
            end
        endcase
    end
    always @(*) begin
        sp_port_d = sp_port_q;
        case (state_q)
            L2State_Idle: begin
                if (!(lk_start && ~abort)) begin
                    sp_port_d = sp_data;
                end
            end
        endcase
    end
    always @(*) begin
        sw_set_d = sw_set_q;
        case (state_q)
            L2State_Sweep: begin
                if (sw_more_q) begin
                    if (sv_use_va_q) begin
                        sw_set_d = sw_second_q;
                    end
                    else begin
                        sw_set_d = sw_set_q + 7'h1;
                    end
                end
            end
        endcase
        if (abort) begin
            sw_set_d = 7'h0;
            if (inv_use_va && ~inv_flush && ~reset) begin
                sw_set_d = inv_vpn[0 +: 7];
            end
        end
    end
    always @(*) begin
        sw_more_d = sw_more_q;
        case (state_q)
            L2State_Sweep: begin
                if (sw_more_q) begin
                    if (sv_use_va_q) begin
                        sw_more_d = ~sw_step_q;
                    end
                    else begin
                        sw_more_d = ~&sw_set_q;
                    end
                end
            end
        endcase
        if (abort) begin
            sw_more_d = 1'b1;
        end
    end
    always @(*) begin
        sw_pend_d = sw_pend_q;
        case (state_q)
            L2State_Sweep: begin
                sw_pend_d = sw_more_q;
            end
        endcase
        if (abort) begin
            sw_pend_d = 1'b0;
        end
    end
    always @(*) begin
        sw_second_d = sw_second_q;
        if (abort) begin
            sw_second_d = inv_vpn[9 +: 7];
        end
    end
    always @(*) begin
        sw_step_d = sw_step_q;
        case (state_q)
            L2State_Sweep: begin
                if (sw_more_q) begin
                    if (sv_use_va_q) begin
                        sw_step_d = 1'b1;
                    end
                end
            end
        endcase
        if (abort) begin
            sw_step_d = 1'b0;
        end
    end
    always @(*) begin
        sv_all_d = sv_all_q;
        if (abort) begin
            if (state_q != L2State_Sweep) begin
                sv_all_d = 1'b0;
            end
            if (inv_flush || reset) begin
                sv_all_d = 1'b1;
            end
            if (state_q == L2State_Sweep) begin
                sv_all_d = 1'b1;
            end
        end
    end
    always @(*) begin
        sv_use_va_d = sv_use_va_q;
        if (abort) begin
            sv_use_va_d = inv_use_va && ~inv_flush && ~reset;
            if (state_q == L2State_Sweep) begin
                sv_use_va_d = 1'b0;
            end
        end
    end
    always @(*) begin
        sv_use_pcid_d = sv_use_pcid_q;
        if (abort) begin
            sv_use_pcid_d = inv_use_pcid;
        end
    end
    always @(*) begin
        sv_glob_wild_d = sv_glob_wild_q;
        if (abort) begin
            sv_glob_wild_d = inv_glob_wild;
        end
    end
    always @(*) begin
        sv_keep_glob_d = sv_keep_glob_q;
        if (abort) begin
            sv_keep_glob_d = inv_keep_glob;
        end
    end
    always @(*) begin
        sv_vpn_1g_d = sv_vpn_1g_q;
        if (abort) begin
            sv_vpn_1g_d = inv_vpn[18 +: 18];
        end
    end
    always @(*) begin
        sv_vpn_2m_d = sv_vpn_2m_q;
        if (abort) begin
            sv_vpn_2m_d = inv_vpn[9 +: 9];
        end
    end
    always @(*) begin
        sv_vpn_4k_d = sv_vpn_4k_q;
        if (abort) begin
            sv_vpn_4k_d = inv_vpn[0 +: 9];
        end
    end
    always @(*) begin
        sv_pcid_d = sv_pcid_q;
        if (abort) begin
            sv_pcid_d = inv_pcid;
        end
    end
    always @(*) begin
        valid_bits = 4'h0;
        if (w_valid_0) begin
            valid_bits = valid_bits | k_bit_0;
        end
        if (w_valid_1) begin
            valid_bits = valid_bits | k_bit_1;
        end
        if (w_valid_2) begin
            valid_bits = valid_bits | k_bit_2;
        end
        if (w_valid_3) begin
            valid_bits = valid_bits | k_bit_3;
        end
    end
    always @(*) begin
        w_valid_0 = ta_0_read_data[31];
    end
    always @(*) begin
        w_big_0 = ta_0_read_data[30];
    end
    always @(*) begin
        w_glob_0 = ta_0_read_data[29];
    end
    always @(*) begin
        w_1g_0 = ta_0_read_data[11 +: 18];
    end
    always @(*) begin
        w_pcid_0 = tb_0_read_data[20 +: 12];
    end
    always @(*) begin
        w_2m_0 = tb_0_read_data[11 +: 9];
    end
    always @(*) begin
        w_4k_0 = tb_0_read_data[2 +: 9];
    end
    always @(*) begin
        w_valid_1 = ta_1_read_data[31];
    end
    always @(*) begin
        w_big_1 = ta_1_read_data[30];
    end
    always @(*) begin
        w_glob_1 = ta_1_read_data[29];
    end
    always @(*) begin
        w_1g_1 = ta_1_read_data[11 +: 18];
    end
    always @(*) begin
        w_pcid_1 = tb_1_read_data[20 +: 12];
    end
    always @(*) begin
        w_2m_1 = tb_1_read_data[11 +: 9];
    end
    always @(*) begin
        w_4k_1 = tb_1_read_data[2 +: 9];
    end
    always @(*) begin
        w_valid_2 = ta_2_read_data[31];
    end
    always @(*) begin
        w_big_2 = ta_2_read_data[30];
    end
    always @(*) begin
        w_glob_2 = ta_2_read_data[29];
    end
    always @(*) begin
        w_1g_2 = ta_2_read_data[11 +: 18];
    end
    always @(*) begin
        w_pcid_2 = tb_2_read_data[20 +: 12];
    end
    always @(*) begin
        w_2m_2 = tb_2_read_data[11 +: 9];
    end
    always @(*) begin
        w_4k_2 = tb_2_read_data[2 +: 9];
    end
    always @(*) begin
        w_valid_3 = ta_3_read_data[31];
    end
    always @(*) begin
        w_big_3 = ta_3_read_data[30];
    end
    always @(*) begin
        w_glob_3 = ta_3_read_data[29];
    end
    always @(*) begin
        w_1g_3 = ta_3_read_data[11 +: 18];
    end
    always @(*) begin
        w_pcid_3 = tb_3_read_data[20 +: 12];
    end
    always @(*) begin
        w_2m_3 = tb_3_read_data[11 +: 9];
    end
    always @(*) begin
        w_4k_3 = tb_3_read_data[2 +: 9];
    end
    always @(*) begin
        lru_rd = lru_read_data;
    end
    always @(*) begin
        abort = inv_en || reset;
    end
    always @(*) begin
        small_now = (state_q == L2State_Small) || ((state_q == L2State_Idle) && lk_start && ~abort && sp_ok_q && (sp_port_q == lk_data));
    end
    always @(*) begin
        probing = small_now || (state_q == L2State_Big);
    end
    always @(*) begin
        want_big = state_q == L2State_Big;
    end
    always @(*) begin
        key_1g = lk_vpn_1g;
        if (state_q == L2State_Sweep) begin
            key_1g = sv_vpn_1g_q;
        end
    end
    always @(*) begin
        key_2m = lk_vpn_2m;
        if (state_q == L2State_Sweep) begin
            key_2m = sv_vpn_2m_q;
        end
    end
    always @(*) begin
        key_4k = lk_vpn_4k;
        if (state_q == L2State_Sweep) begin
            key_4k = sv_vpn_4k_q;
        end
    end
    always @(*) begin
        key_pcid = lk_pcid;
        if (state_q == L2State_Sweep) begin
            key_pcid = sv_pcid_q;
        end
    end
    always @(*) begin
        found = 1'b0;
        way = 2'h0;
        if (w_match_0 && ~found) begin
            found = 1'b1;
            way = k_way_0;
        end
        if (w_match_1 && ~found) begin
            found = 1'b1;
            way = k_way_1;
        end
        if (w_match_2 && ~found) begin
            found = 1'b1;
            way = k_way_2;
        end
        if (w_match_3 && ~found) begin
            found = 1'b1;
            way = k_way_3;
        end
    end
    always @(*) begin
        eq_1g_0 = w_1g_0 == key_1g;
    end
    always @(*) begin
        eq_2m_0 = w_2m_0 == key_2m;
    end
    always @(*) begin
        eq_4k_0 = w_4k_0 == key_4k;
    end
    always @(*) begin
        eq_pcid_0 = w_pcid_0 == key_pcid;
    end
    always @(*) begin
        w_match_0 = w_valid_0 && (w_big_0 == want_big) && eq_1g_0 && eq_2m_0 && (want_big || eq_4k_0) && (w_glob_0 || eq_pcid_0);
    end
    always @(*) begin
        eq_1g_1 = w_1g_1 == key_1g;
    end
    always @(*) begin
        eq_2m_1 = w_2m_1 == key_2m;
    end
    always @(*) begin
        eq_4k_1 = w_4k_1 == key_4k;
    end
    always @(*) begin
        eq_pcid_1 = w_pcid_1 == key_pcid;
    end
    always @(*) begin
        w_match_1 = w_valid_1 && (w_big_1 == want_big) && eq_1g_1 && eq_2m_1 && (want_big || eq_4k_1) && (w_glob_1 || eq_pcid_1);
    end
    always @(*) begin
        eq_1g_2 = w_1g_2 == key_1g;
    end
    always @(*) begin
        eq_2m_2 = w_2m_2 == key_2m;
    end
    always @(*) begin
        eq_4k_2 = w_4k_2 == key_4k;
    end
    always @(*) begin
        eq_pcid_2 = w_pcid_2 == key_pcid;
    end
    always @(*) begin
        w_match_2 = w_valid_2 && (w_big_2 == want_big) && eq_1g_2 && eq_2m_2 && (want_big || eq_4k_2) && (w_glob_2 || eq_pcid_2);
    end
    always @(*) begin
        eq_1g_3 = w_1g_3 == key_1g;
    end
    always @(*) begin
        eq_2m_3 = w_2m_3 == key_2m;
    end
    always @(*) begin
        eq_4k_3 = w_4k_3 == key_4k;
    end
    always @(*) begin
        eq_pcid_3 = w_pcid_3 == key_pcid;
    end
    always @(*) begin
        w_match_3 = w_valid_3 && (w_big_3 == want_big) && eq_1g_3 && eq_2m_3 && (want_big || eq_4k_3) && (w_glob_3 || eq_pcid_3);
    end
    always @(*) begin
        l_hit_pfn_lo = 11'h0;
        if (way == k_way_0) begin
            l_hit_pfn_lo = ta_0_read_data[0 +: 11];
        end
        if (way == k_way_1) begin
            l_hit_pfn_lo = ta_1_read_data[0 +: 11];
        end
        if (way == k_way_2) begin
            l_hit_pfn_lo = ta_2_read_data[0 +: 11];
        end
        if (way == k_way_3) begin
            l_hit_pfn_lo = ta_3_read_data[0 +: 11];
        end
    end
    always @(*) begin
        l_hit_user = 1'b0;
        if (way == k_way_0) begin
            l_hit_user = tb_0_read_data[0];
        end
        if (way == k_way_1) begin
            l_hit_user = tb_1_read_data[0];
        end
        if (way == k_way_2) begin
            l_hit_user = tb_2_read_data[0];
        end
        if (way == k_way_3) begin
            l_hit_user = tb_3_read_data[0];
        end
    end
    always @(*) begin
        l_hit_writable = 1'b0;
        if (way == k_way_0) begin
            l_hit_writable = tb_0_read_data[1];
        end
        if (way == k_way_1) begin
            l_hit_writable = tb_1_read_data[1];
        end
        if (way == k_way_2) begin
            l_hit_writable = tb_2_read_data[1];
        end
        if (way == k_way_3) begin
            l_hit_writable = tb_3_read_data[1];
        end
    end
    always @(*) begin
        l_hit_da = 31'h0;
        if (way == k_way_0) begin
            l_hit_da = da_0_read_data;
        end
        if (way == k_way_1) begin
            l_hit_da = da_1_read_data;
        end
        if (way == k_way_2) begin
            l_hit_da = da_2_read_data;
        end
        if (way == k_way_3) begin
            l_hit_da = da_3_read_data;
        end
    end
    always @(*) begin
        l_hit_db = 4'h0;
        if (way == k_way_0) begin
            l_hit_db = db_0_read_data;
        end
        if (way == k_way_1) begin
            l_hit_db = db_1_read_data;
        end
        if (way == k_way_2) begin
            l_hit_db = db_2_read_data;
        end
        if (way == k_way_3) begin
            l_hit_db = db_3_read_data;
        end
    end
    always @(*) begin
        l_hit_glob = 1'b0;
        if (way == k_way_0) begin
            l_hit_glob = w_glob_0;
        end
        if (way == k_way_1) begin
            l_hit_glob = w_glob_1;
        end
        if (way == k_way_2) begin
            l_hit_glob = w_glob_2;
        end
        if (way == k_way_3) begin
            l_hit_glob = w_glob_3;
        end
    end
    always @(*) begin
        l_hit_pcid = 12'h0;
        if (way == k_way_0) begin
            l_hit_pcid = w_pcid_0;
        end
        if (way == k_way_1) begin
            l_hit_pcid = w_pcid_1;
        end
        if (way == k_way_2) begin
            l_hit_pcid = w_pcid_2;
        end
        if (way == k_way_3) begin
            l_hit_pcid = w_pcid_3;
        end
    end
    always @(*) begin
        l_hit_pfn_hi = l_hit_da[2 +: 29];
    end
    always @(*) begin
        usable = found && (l_hit_da[0] || ~lk_write);
    end
    always @(*) begin
        l_hit_size = PageSize_Size4K;
        if (want_big) begin
            l_hit_size = PageSize_Size2M;
        end
    end
    always @(*) begin
        fl_big = fill_size == PageSize_Size2M;
    end
    always @(*) begin
        fl_go = fill_en && fill_ok_q && (fill_size != PageSize_Size1G) && (state_q == L2State_Idle) && ~abort;
    end
    always @(*) begin
        fl_valid = s_valid_q;
        if (fl_big) begin
            fl_valid = b_valid_q;
        end
    end
    always @(*) begin
        fl_match = s_match_q;
        if (fl_big) begin
            fl_match = b_match_q;
        end
    end
    always @(*) begin
        fl_way = s_way_q;
        if (fl_big) begin
            fl_way = b_way_q;
        end
        fl_free = 1'b0;
        if (~fl_match) begin
            if (~fl_valid[0] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way_0;
            end
            if (~fl_valid[1] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way_1;
            end
            if (~fl_valid[2] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way_2;
            end
            if (~fl_valid[3] && ~fl_free) begin
                fl_free = 1'b1;
                fl_way = k_way_3;
            end
            if (~fl_free) begin
                if (fl_lru[0]) begin
                    fl_way = k_way_2;
                    if (fl_lru[2]) begin
                        fl_way = k_way_3;
                    end
                end
                else begin
                    fl_way = k_way_0;
                    if (fl_lru[1]) begin
                        fl_way = k_way_1;
                    end
                end
            end
        end
    end
    always @(*) begin
        fl_lru = s_lru_q;
        if (fl_big) begin
            fl_lru = b_lru_q;
        end
    end
    always @(*) begin
        fl_set = fill_vpn_4k[0 +: 7];
        if (fl_big) begin
            fl_set = fill_vpn_2m[0 +: 7];
        end
    end
    always @(*) begin
        lru_in = fl_lru;
        if (probing) begin
            lru_in = lru_rd;
        end
    end
    always @(*) begin
        lru_way = fl_way;
        if (probing) begin
            lru_way = way;
        end
    end
    always @(*) begin
        if (lru_way[1]) begin
            lru_out = lru_in & k_bit3_1;
            if (~lru_way[0]) begin
                lru_out = lru_out | k_bit3_2;
            end
        end
        else begin
            lru_out = (lru_in & k_bit3_2) | k_bit3_0;
            if (~lru_way[0]) begin
                lru_out = lru_out | k_bit3_1;
            end
        end
    end
    always @(*) begin
        l_rd_addr = lk_vpn_4k[0 +: 7];
        case (state_q)
            L2State_Idle: begin
                if (!(lk_start && ~abort)) begin
                    l_rd_addr = sp_vpn_4k[0 +: 7];
                end
            end
            L2State_Sweep: begin
                l_rd_addr = sw_set_q;
            end
        endcase
        if (small_now) begin
            l_rd_addr = lk_vpn_2m[0 +: 7];
        end
    end
    always @(*) begin
        l_wr_addr = fl_set;
        case (state_q)
            L2State_Big: begin
                if (usable && ~s_match_q) begin
                    l_wr_addr = rd_set_q;
                end
            end
            L2State_Sweep: begin
                l_wr_addr = rd_set_q;
            end
        endcase
        if (small_now) begin
            if (usable) begin
                l_wr_addr = rd_set_q;
            end
        end
    end
    always @(*) begin
        l_we_0 = 1'b0;
        if (fl_go) begin
            l_we_0 = fl_way == k_way_0;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_we_0 = w_drop_0 || sv_all_q;
                end
            end
        endcase
    end
    always @(*) begin
        w_drop_0 = 1'b0;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    w_drop_0 = w_valid_0 && (sv_all_q || ((~sv_use_va_q || (eq_1g_0 && eq_2m_0 && (w_big_0 || eq_4k_0))) && (~sv_use_pcid_q || eq_pcid_0 || (sv_glob_wild_q && w_glob_0)) && ~(sv_keep_glob_q && w_glob_0)));
                end
            end
        endcase
    end
    always @(*) begin
        l_we_1 = 1'b0;
        if (fl_go) begin
            l_we_1 = fl_way == k_way_1;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_we_1 = w_drop_1 || sv_all_q;
                end
            end
        endcase
    end
    always @(*) begin
        w_drop_1 = 1'b0;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    w_drop_1 = w_valid_1 && (sv_all_q || ((~sv_use_va_q || (eq_1g_1 && eq_2m_1 && (w_big_1 || eq_4k_1))) && (~sv_use_pcid_q || eq_pcid_1 || (sv_glob_wild_q && w_glob_1)) && ~(sv_keep_glob_q && w_glob_1)));
                end
            end
        endcase
    end
    always @(*) begin
        l_we_2 = 1'b0;
        if (fl_go) begin
            l_we_2 = fl_way == k_way_2;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_we_2 = w_drop_2 || sv_all_q;
                end
            end
        endcase
    end
    always @(*) begin
        w_drop_2 = 1'b0;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    w_drop_2 = w_valid_2 && (sv_all_q || ((~sv_use_va_q || (eq_1g_2 && eq_2m_2 && (w_big_2 || eq_4k_2))) && (~sv_use_pcid_q || eq_pcid_2 || (sv_glob_wild_q && w_glob_2)) && ~(sv_keep_glob_q && w_glob_2)));
                end
            end
        endcase
    end
    always @(*) begin
        l_we_3 = 1'b0;
        if (fl_go) begin
            l_we_3 = fl_way == k_way_3;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_we_3 = w_drop_3 || sv_all_q;
                end
            end
        endcase
    end
    always @(*) begin
        w_drop_3 = 1'b0;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    w_drop_3 = w_valid_3 && (sv_all_q || ((~sv_use_va_q || (eq_1g_3 && eq_2m_3 && (w_big_3 || eq_4k_3))) && (~sv_use_pcid_q || eq_pcid_3 || (sv_glob_wild_q && w_glob_3)) && ~(sv_keep_glob_q && w_glob_3)));
                end
            end
        endcase
    end
    always @(*) begin
        l_lru_we = 1'b0;
        if (fl_go) begin
            l_lru_we = 1'b1;
        end
        case (state_q)
            L2State_Big: begin
                if (usable && ~s_match_q) begin
                    l_lru_we = 1'b1;
                end
            end
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_lru_we = sv_all_q;
                end
            end
        endcase
        if (small_now) begin
            if (usable) begin
                l_lru_we = 1'b1;
            end
        end
        if (abort) begin
            l_lru_we = 1'b0;
        end
    end
    always @(*) begin
        fl_pfn_lo = fill_pfn[0 +: 11];
    end
    always @(*) begin
        fl_pfn_hi = fill_pfn[11 +: 29];
    end
    always @(*) begin
        l_ta = ({14'h0, fill_vpn_1g} << 11) | {21'h0, fl_pfn_lo} | k_ta_valid;
        if (fl_big) begin
            l_ta = l_ta | k_ta_big;
        end
        if (fill_glob) begin
            l_ta = l_ta | k_ta_glob;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_ta = 32'h0;
                end
            end
        endcase
    end
    always @(*) begin
        l_tb = ({20'h0, fill_pcid} << 20) | ({23'h0, fill_vpn_2m} << 11) | ({23'h0, fill_vpn_4k} << 2);
        if (fill_writable) begin
            l_tb = l_tb | k_tb_1;
        end
        if (fill_user) begin
            l_tb = l_tb | k_tb_0;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_tb = 32'h0;
                end
            end
        endcase
    end
    always @(*) begin
        l_da = {2'h0, fl_pfn_hi} << 2;
        if (fill_xd) begin
            l_da = l_da | k_da_1;
        end
        if (fill_dirty) begin
            l_da = l_da | k_da_0;
        end
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_da = 31'h0;
                end
            end
        endcase
    end
    always @(*) begin
        l_db = fill_pkey;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_db = 4'h0;
                end
            end
        endcase
    end
    always @(*) begin
        l_lru = lru_out;
        case (state_q)
            L2State_Sweep: begin
                if (sw_pend_q) begin
                    l_lru = 3'h0;
                end
            end
        endcase
    end
    always @(*) begin
        l_hit = 1'b0;
        case (state_q)
            L2State_Big: begin
                if (usable && ~s_match_q) begin
                    l_hit = 1'b1;
                end
            end
        endcase
        if (small_now) begin
            if (usable) begin
                l_hit = 1'b1;
            end
        end
        if (abort) begin
            l_hit = 1'b0;
        end
    end
    always @(*) begin
        l_miss = 1'b0;
        case (state_q)
            L2State_Big: begin
                if (!(usable && ~s_match_q)) begin
                    l_miss = 1'b1;
                end
            end
        endcase
        if (abort) begin
            l_miss = 1'b0;
        end
    end
    always @(*) begin
        ta_0_read_address = l_rd_addr;
    end
    always @(*) begin
        tb_0_read_address = l_rd_addr;
    end
    always @(*) begin
        da_0_read_address = l_rd_addr;
    end
    always @(*) begin
        db_0_read_address = l_rd_addr;
    end
    always @(*) begin
        ta_0_write_address = l_wr_addr;
    end
    always @(*) begin
        tb_0_write_address = l_wr_addr;
    end
    always @(*) begin
        da_0_write_address = l_wr_addr;
    end
    always @(*) begin
        db_0_write_address = l_wr_addr;
    end
    always @(*) begin
        ta_0_write_data = l_ta;
    end
    always @(*) begin
        tb_0_write_data = l_tb;
    end
    always @(*) begin
        da_0_write_data = l_da;
    end
    always @(*) begin
        db_0_write_data = l_db;
    end
    always @(*) begin
        ta_0_write_enable = l_we_0;
    end
    always @(*) begin
        tb_0_write_enable = l_we_0;
    end
    always @(*) begin
        da_0_write_enable = l_we_0;
    end
    always @(*) begin
        db_0_write_enable = l_we_0;
    end
    always @(*) begin
        ta_1_read_address = l_rd_addr;
    end
    always @(*) begin
        tb_1_read_address = l_rd_addr;
    end
    always @(*) begin
        da_1_read_address = l_rd_addr;
    end
    always @(*) begin
        db_1_read_address = l_rd_addr;
    end
    always @(*) begin
        ta_1_write_address = l_wr_addr;
    end
    always @(*) begin
        tb_1_write_address = l_wr_addr;
    end
    always @(*) begin
        da_1_write_address = l_wr_addr;
    end
    always @(*) begin
        db_1_write_address = l_wr_addr;
    end
    always @(*) begin
        ta_1_write_data = l_ta;
    end
    always @(*) begin
        tb_1_write_data = l_tb;
    end
    always @(*) begin
        da_1_write_data = l_da;
    end
    always @(*) begin
        db_1_write_data = l_db;
    end
    always @(*) begin
        ta_1_write_enable = l_we_1;
    end
    always @(*) begin
        tb_1_write_enable = l_we_1;
    end
    always @(*) begin
        da_1_write_enable = l_we_1;
    end
    always @(*) begin
        db_1_write_enable = l_we_1;
    end
    always @(*) begin
        ta_2_read_address = l_rd_addr;
    end
    always @(*) begin
        tb_2_read_address = l_rd_addr;
    end
    always @(*) begin
        da_2_read_address = l_rd_addr;
    end
    always @(*) begin
        db_2_read_address = l_rd_addr;
    end
    always @(*) begin
        ta_2_write_address = l_wr_addr;
    end
    always @(*) begin
        tb_2_write_address = l_wr_addr;
    end
    always @(*) begin
        da_2_write_address = l_wr_addr;
    end
    always @(*) begin
        db_2_write_address = l_wr_addr;
    end
    always @(*) begin
        ta_2_write_data = l_ta;
    end
    always @(*) begin
        tb_2_write_data = l_tb;
    end
    always @(*) begin
        da_2_write_data = l_da;
    end
    always @(*) begin
        db_2_write_data = l_db;
    end
    always @(*) begin
        ta_2_write_enable = l_we_2;
    end
    always @(*) begin
        tb_2_write_enable = l_we_2;
    end
    always @(*) begin
        da_2_write_enable = l_we_2;
    end
    always @(*) begin
        db_2_write_enable = l_we_2;
    end
    always @(*) begin
        ta_3_read_address = l_rd_addr;
    end
    always @(*) begin
        tb_3_read_address = l_rd_addr;
    end
    always @(*) begin
        da_3_read_address = l_rd_addr;
    end
    always @(*) begin
        db_3_read_address = l_rd_addr;
    end
    always @(*) begin
        ta_3_write_address = l_wr_addr;
    end
    always @(*) begin
        tb_3_write_address = l_wr_addr;
    end
    always @(*) begin
        da_3_write_address = l_wr_addr;
    end
    always @(*) begin
        db_3_write_address = l_wr_addr;
    end
    always @(*) begin
        ta_3_write_data = l_ta;
    end
    always @(*) begin
        tb_3_write_data = l_tb;
    end
    always @(*) begin
        da_3_write_data = l_da;
    end
    always @(*) begin
        db_3_write_data = l_db;
    end
    always @(*) begin
        ta_3_write_enable = l_we_3;
    end
    always @(*) begin
        tb_3_write_enable = l_we_3;
    end
    always @(*) begin
        da_3_write_enable = l_we_3;
    end
    always @(*) begin
        db_3_write_enable = l_we_3;
    end
    always @(*) begin
        lru_read_address = l_rd_addr;
    end
    always @(*) begin
        lru_write_address = l_wr_addr;
    end
    always @(*) begin
        lru_write_data = l_lru;
    end
    always @(*) begin
        lru_write_enable = l_lru_we;
    end
    always @(*) begin
        l_busy = (state_q == L2State_Small) || (state_q == L2State_Big) || missed_q;
    end
    always @(*) begin
        l_busy_next = (state_d == L2State_Small) || (state_d == L2State_Big) || missed_d;
    end
    always @(*) begin
        busy = l_busy;
    end
    always @(*) begin
        busy_next = l_busy_next;
    end
    always @(*) begin
        flushing = state_q == L2State_Sweep;
    end
    always @(*) begin
        hit = l_hit;
    end
    always @(*) begin
        miss = missed_q;
    end
    always @(*) begin
        hit_size = l_hit_size;
    end
    always @(*) begin
        hit_pcid = l_hit_pcid;
    end
    always @(*) begin
        hit_glob = l_hit_glob;
    end
    always @(*) begin
        hit_pfn = ({11'h0, l_hit_pfn_hi} << 11) | {29'h0, l_hit_pfn_lo};
    end
    always @(*) begin
        hit_writable = l_hit_writable;
    end
    always @(*) begin
        hit_user = l_hit_user;
    end
    always @(*) begin
        hit_xd = l_hit_da[1];
    end
    always @(*) begin
        hit_dirty = l_hit_da[0];
    end
    always @(*) begin
        hit_pkey = l_hit_db;
    end
    always @(posedge clock) begin
        ta_0_read_data <= ta_0_mem[ta_0_read_address];
    end
    always @(posedge clock) begin
        if (ta_0_write_enable) begin
            ta_0_mem[ta_0_write_address] <= ta_0_write_data;
        end
    end
    always @(posedge clock) begin
        ta_1_read_data <= ta_1_mem[ta_1_read_address];
    end
    always @(posedge clock) begin
        if (ta_1_write_enable) begin
            ta_1_mem[ta_1_write_address] <= ta_1_write_data;
        end
    end
    always @(posedge clock) begin
        ta_2_read_data <= ta_2_mem[ta_2_read_address];
    end
    always @(posedge clock) begin
        if (ta_2_write_enable) begin
            ta_2_mem[ta_2_write_address] <= ta_2_write_data;
        end
    end
    always @(posedge clock) begin
        ta_3_read_data <= ta_3_mem[ta_3_read_address];
    end
    always @(posedge clock) begin
        if (ta_3_write_enable) begin
            ta_3_mem[ta_3_write_address] <= ta_3_write_data;
        end
    end
    always @(posedge clock) begin
        tb_0_read_data <= tb_0_mem[tb_0_read_address];
    end
    always @(posedge clock) begin
        if (tb_0_write_enable) begin
            tb_0_mem[tb_0_write_address] <= tb_0_write_data;
        end
    end
    always @(posedge clock) begin
        tb_1_read_data <= tb_1_mem[tb_1_read_address];
    end
    always @(posedge clock) begin
        if (tb_1_write_enable) begin
            tb_1_mem[tb_1_write_address] <= tb_1_write_data;
        end
    end
    always @(posedge clock) begin
        tb_2_read_data <= tb_2_mem[tb_2_read_address];
    end
    always @(posedge clock) begin
        if (tb_2_write_enable) begin
            tb_2_mem[tb_2_write_address] <= tb_2_write_data;
        end
    end
    always @(posedge clock) begin
        tb_3_read_data <= tb_3_mem[tb_3_read_address];
    end
    always @(posedge clock) begin
        if (tb_3_write_enable) begin
            tb_3_mem[tb_3_write_address] <= tb_3_write_data;
        end
    end
    always @(posedge clock) begin
        da_0_read_data <= da_0_mem[da_0_read_address];
    end
    always @(posedge clock) begin
        if (da_0_write_enable) begin
            da_0_mem[da_0_write_address] <= da_0_write_data;
        end
    end
    always @(posedge clock) begin
        da_1_read_data <= da_1_mem[da_1_read_address];
    end
    always @(posedge clock) begin
        if (da_1_write_enable) begin
            da_1_mem[da_1_write_address] <= da_1_write_data;
        end
    end
    always @(posedge clock) begin
        da_2_read_data <= da_2_mem[da_2_read_address];
    end
    always @(posedge clock) begin
        if (da_2_write_enable) begin
            da_2_mem[da_2_write_address] <= da_2_write_data;
        end
    end
    always @(posedge clock) begin
        da_3_read_data <= da_3_mem[da_3_read_address];
    end
    always @(posedge clock) begin
        if (da_3_write_enable) begin
            da_3_mem[da_3_write_address] <= da_3_write_data;
        end
    end
    always @(posedge clock) begin
        db_0_read_data <= db_0_mem[db_0_read_address];
    end
    always @(posedge clock) begin
        if (db_0_write_enable) begin
            db_0_mem[db_0_write_address] <= db_0_write_data;
        end
    end
    always @(posedge clock) begin
        db_1_read_data <= db_1_mem[db_1_read_address];
    end
    always @(posedge clock) begin
        if (db_1_write_enable) begin
            db_1_mem[db_1_write_address] <= db_1_write_data;
        end
    end
    always @(posedge clock) begin
        db_2_read_data <= db_2_mem[db_2_read_address];
    end
    always @(posedge clock) begin
        if (db_2_write_enable) begin
            db_2_mem[db_2_write_address] <= db_2_write_data;
        end
    end
    always @(posedge clock) begin
        db_3_read_data <= db_3_mem[db_3_read_address];
    end
    always @(posedge clock) begin
        if (db_3_write_enable) begin
            db_3_mem[db_3_write_address] <= db_3_write_data;
        end
    end
    always @(posedge clock) begin
        lru_read_data <= lru_mem[lru_read_address];
    end
    always @(posedge clock) begin
        if (lru_write_enable) begin
            lru_mem[lru_write_address] <= lru_write_data;
        end
    end
    initial begin
        state_q = 2'h0;
    end
    always @(posedge clock) begin
        state_q <= state_d;
    end
    initial begin
        rd_set_q = 7'h0;
    end
    always @(posedge clock) begin
        rd_set_q <= rd_set_d;
    end
    initial begin
        s_valid_q = 4'h0;
    end
    always @(posedge clock) begin
        s_valid_q <= s_valid_d;
    end
    initial begin
        s_lru_q = 3'h0;
    end
    always @(posedge clock) begin
        s_lru_q <= s_lru_d;
    end
    initial begin
        s_match_q = 1'b0;
    end
    always @(posedge clock) begin
        s_match_q <= s_match_d;
    end
    initial begin
        s_way_q = 2'h0;
    end
    always @(posedge clock) begin
        s_way_q <= s_way_d;
    end
    initial begin
        b_valid_q = 4'h0;
    end
    always @(posedge clock) begin
        b_valid_q <= b_valid_d;
    end
    initial begin
        b_lru_q = 3'h0;
    end
    always @(posedge clock) begin
        b_lru_q <= b_lru_d;
    end
    initial begin
        b_match_q = 1'b0;
    end
    always @(posedge clock) begin
        b_match_q <= b_match_d;
    end
    initial begin
        b_way_q = 2'h0;
    end
    always @(posedge clock) begin
        b_way_q <= b_way_d;
    end
    initial begin
        fill_ok_q = 1'b0;
    end
    always @(posedge clock) begin
        fill_ok_q <= fill_ok_d;
    end
    initial begin
        missed_q = 1'b0;
    end
    always @(posedge clock) begin
        missed_q <= missed_d;
    end
    initial begin
        sp_ok_q = 1'b0;
    end
    always @(posedge clock) begin
        sp_ok_q <= sp_ok_d;
    end
    initial begin
        sp_port_q = 1'b0;
    end
    always @(posedge clock) begin
        sp_port_q <= sp_port_d;
    end
    initial begin
        sw_set_q = 7'h0;
    end
    always @(posedge clock) begin
        sw_set_q <= sw_set_d;
    end
    initial begin
        sw_more_q = 1'b0;
    end
    always @(posedge clock) begin
        sw_more_q <= sw_more_d;
    end
    initial begin
        sw_pend_q = 1'b0;
    end
    always @(posedge clock) begin
        sw_pend_q <= sw_pend_d;
    end
    initial begin
        sw_second_q = 7'h0;
    end
    always @(posedge clock) begin
        sw_second_q <= sw_second_d;
    end
    initial begin
        sw_step_q = 1'b0;
    end
    always @(posedge clock) begin
        sw_step_q <= sw_step_d;
    end
    initial begin
        sv_all_q = 1'b0;
    end
    always @(posedge clock) begin
        sv_all_q <= sv_all_d;
    end
    initial begin
        sv_use_va_q = 1'b0;
    end
    always @(posedge clock) begin
        sv_use_va_q <= sv_use_va_d;
    end
    initial begin
        sv_use_pcid_q = 1'b0;
    end
    always @(posedge clock) begin
        sv_use_pcid_q <= sv_use_pcid_d;
    end
    initial begin
        sv_glob_wild_q = 1'b0;
    end
    always @(posedge clock) begin
        sv_glob_wild_q <= sv_glob_wild_d;
    end
    initial begin
        sv_keep_glob_q = 1'b0;
    end
    always @(posedge clock) begin
        sv_keep_glob_q <= sv_keep_glob_d;
    end
    initial begin
        sv_vpn_1g_q = 18'h0;
    end
    always @(posedge clock) begin
        sv_vpn_1g_q <= sv_vpn_1g_d;
    end
    initial begin
        sv_vpn_2m_q = 9'h0;
    end
    always @(posedge clock) begin
        sv_vpn_2m_q <= sv_vpn_2m_d;
    end
    initial begin
        sv_vpn_4k_q = 9'h0;
    end
    always @(posedge clock) begin
        sv_vpn_4k_q <= sv_vpn_4k_d;
    end
    initial begin
        sv_pcid_q = 12'h0;
    end
    always @(posedge clock) begin
        sv_pcid_q <= sv_pcid_d;
    end
endmodule // mmu_axi4_mmu_l2

// Perm: the access-rights check of SDM 4.6 and the #PF error code of 4.7, purely combinational.
module mmu_axi4_mmu_perm(page_user, page_writable, page_xd, page_pkey, kind, user_access, cr0_wp, cr4_smep, cr4_smap, cr4_pke, efer_nxe, rflags_ac, pkru, allow, error_code);
    input wire page_user;
    input wire page_writable;
    input wire page_xd;
    input wire [3:0] page_pkey;
    input wire [1:0] kind;
    input wire user_access;
    input wire cr0_wp;
    input wire cr4_smep;
    input wire cr4_smap;
    input wire cr4_pke;
    input wire efer_nxe;
    input wire rflags_ac;
    input wire [31:0] pkru;
    output reg allow;
    output reg [5:0] error_code;
    reg is_write;
    reg is_fetch;
    reg no_exec;
    reg [4:0] pk_shift;
    reg [31:0] pk_bits;
    reg pk_deny;
    reg user_deny;
    reg sup_fetch_deny;
    reg sup_data_deny;
    reg [5:0] code;
    reg ok;
    localparam k_p = 6'h1;
    localparam k_w = 6'h2;
    localparam k_u = 6'h4;
    localparam k_i = 6'h10;
    localparam k_pk = 6'h20;
    localparam AccessKind_Read = 0;
    localparam AccessKind_Write = 1;
    localparam AccessKind_Fetch = 2;
    always @(*) begin
        is_write = kind == AccessKind_Write;
    end
    always @(*) begin
        is_fetch = kind == AccessKind_Fetch;
    end
    always @(*) begin
        no_exec = efer_nxe && page_xd;
    end
    always @(*) begin
        pk_shift = {1'b0, page_pkey} << 1;
    end
    always @(*) begin
        pk_bits = pkru >> pk_shift;
    end
    always @(*) begin
        pk_deny = cr4_pke && page_user && ~is_fetch && (pk_bits[0] || (pk_bits[1] && is_write && (user_access || cr0_wp)));
    end
    always @(*) begin
        user_deny = ~page_user || (is_write && ~page_writable) || (is_fetch && no_exec);
    end
    always @(*) begin
        sup_fetch_deny = no_exec || (cr4_smep && page_user);
    end
    always @(*) begin
        sup_data_deny = (cr4_smap && ~rflags_ac && page_user) || (is_write && cr0_wp && ~page_writable);
    end
    always @(*) begin
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
    end
    always @(*) begin
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
    end
    always @(*) begin
        allow = ok;
    end
    always @(*) begin
        error_code = code;
    end
endmodule // mmu_axi4_mmu_perm

// Pwc: the paging-structure cache (SDM 4.10.3), a small CAM of non-leaf entries that lets a walk
// skip the levels above the deepest one it holds. Twin of model/src/pwc.rs.
module mmu_axi4_mmu_pwc(clock, reset, lk_en, lk_vpn_1g, lk_vpn_2m, lk_pcid, hit, hit_level, hit_base, hit_user, hit_writable, hit_xd, fill_en, fill_level, fill_vpn_1g, fill_vpn_2m, fill_pcid, fill_base, fill_user, fill_writable, fill_xd, inv_en, inv_use_pcid, inv_pcid);
    input wire clock;
    input wire reset;
    input wire lk_en;
    input wire [17:0] lk_vpn_1g;
    input wire [8:0] lk_vpn_2m;
    input wire [11:0] lk_pcid;
    output reg hit;
    output reg [1:0] hit_level;
    output reg [39:0] hit_base;
    output reg hit_user;
    output reg hit_writable;
    output reg hit_xd;
    input wire fill_en;
    input wire [1:0] fill_level;
    input wire [17:0] fill_vpn_1g;
    input wire [8:0] fill_vpn_2m;
    input wire [11:0] fill_pcid;
    input wire [39:0] fill_base;
    input wire fill_user;
    input wire fill_writable;
    input wire fill_xd;
    input wire inv_en;
    input wire inv_use_pcid;
    input wire [11:0] inv_pcid;
    reg e_valid_d_0;
    reg e_valid_d_1;
    reg e_valid_d_2;
    reg e_valid_d_3;
    reg e_valid_d_4;
    reg e_valid_d_5;
    reg e_valid_d_6;
    reg e_valid_d_7;
    reg e_valid_q_0;
    reg e_valid_q_1;
    reg e_valid_q_2;
    reg e_valid_q_3;
    reg e_valid_q_4;
    reg e_valid_q_5;
    reg e_valid_q_6;
    reg e_valid_q_7;
    reg [1:0] e_level_d_0;
    reg [1:0] e_level_d_1;
    reg [1:0] e_level_d_2;
    reg [1:0] e_level_d_3;
    reg [1:0] e_level_d_4;
    reg [1:0] e_level_d_5;
    reg [1:0] e_level_d_6;
    reg [1:0] e_level_d_7;
    reg [1:0] e_level_q_0;
    reg [1:0] e_level_q_1;
    reg [1:0] e_level_q_2;
    reg [1:0] e_level_q_3;
    reg [1:0] e_level_q_4;
    reg [1:0] e_level_q_5;
    reg [1:0] e_level_q_6;
    reg [1:0] e_level_q_7;
    reg [17:0] e_vpn_1g_d_0;
    reg [17:0] e_vpn_1g_d_1;
    reg [17:0] e_vpn_1g_d_2;
    reg [17:0] e_vpn_1g_d_3;
    reg [17:0] e_vpn_1g_d_4;
    reg [17:0] e_vpn_1g_d_5;
    reg [17:0] e_vpn_1g_d_6;
    reg [17:0] e_vpn_1g_d_7;
    reg [17:0] e_vpn_1g_q_0;
    reg [17:0] e_vpn_1g_q_1;
    reg [17:0] e_vpn_1g_q_2;
    reg [17:0] e_vpn_1g_q_3;
    reg [17:0] e_vpn_1g_q_4;
    reg [17:0] e_vpn_1g_q_5;
    reg [17:0] e_vpn_1g_q_6;
    reg [17:0] e_vpn_1g_q_7;
    reg [8:0] e_vpn_2m_d_0;
    reg [8:0] e_vpn_2m_d_1;
    reg [8:0] e_vpn_2m_d_2;
    reg [8:0] e_vpn_2m_d_3;
    reg [8:0] e_vpn_2m_d_4;
    reg [8:0] e_vpn_2m_d_5;
    reg [8:0] e_vpn_2m_d_6;
    reg [8:0] e_vpn_2m_d_7;
    reg [8:0] e_vpn_2m_q_0;
    reg [8:0] e_vpn_2m_q_1;
    reg [8:0] e_vpn_2m_q_2;
    reg [8:0] e_vpn_2m_q_3;
    reg [8:0] e_vpn_2m_q_4;
    reg [8:0] e_vpn_2m_q_5;
    reg [8:0] e_vpn_2m_q_6;
    reg [8:0] e_vpn_2m_q_7;
    reg [11:0] e_pcid_d_0;
    reg [11:0] e_pcid_d_1;
    reg [11:0] e_pcid_d_2;
    reg [11:0] e_pcid_d_3;
    reg [11:0] e_pcid_d_4;
    reg [11:0] e_pcid_d_5;
    reg [11:0] e_pcid_d_6;
    reg [11:0] e_pcid_d_7;
    reg [11:0] e_pcid_q_0;
    reg [11:0] e_pcid_q_1;
    reg [11:0] e_pcid_q_2;
    reg [11:0] e_pcid_q_3;
    reg [11:0] e_pcid_q_4;
    reg [11:0] e_pcid_q_5;
    reg [11:0] e_pcid_q_6;
    reg [11:0] e_pcid_q_7;
    reg [21:0] e_base_hi_d_0;
    reg [21:0] e_base_hi_d_1;
    reg [21:0] e_base_hi_d_2;
    reg [21:0] e_base_hi_d_3;
    reg [21:0] e_base_hi_d_4;
    reg [21:0] e_base_hi_d_5;
    reg [21:0] e_base_hi_d_6;
    reg [21:0] e_base_hi_d_7;
    reg [21:0] e_base_hi_q_0;
    reg [21:0] e_base_hi_q_1;
    reg [21:0] e_base_hi_q_2;
    reg [21:0] e_base_hi_q_3;
    reg [21:0] e_base_hi_q_4;
    reg [21:0] e_base_hi_q_5;
    reg [21:0] e_base_hi_q_6;
    reg [21:0] e_base_hi_q_7;
    reg [17:0] e_base_lo_d_0;
    reg [17:0] e_base_lo_d_1;
    reg [17:0] e_base_lo_d_2;
    reg [17:0] e_base_lo_d_3;
    reg [17:0] e_base_lo_d_4;
    reg [17:0] e_base_lo_d_5;
    reg [17:0] e_base_lo_d_6;
    reg [17:0] e_base_lo_d_7;
    reg [17:0] e_base_lo_q_0;
    reg [17:0] e_base_lo_q_1;
    reg [17:0] e_base_lo_q_2;
    reg [17:0] e_base_lo_q_3;
    reg [17:0] e_base_lo_q_4;
    reg [17:0] e_base_lo_q_5;
    reg [17:0] e_base_lo_q_6;
    reg [17:0] e_base_lo_q_7;
    reg e_user_d_0;
    reg e_user_d_1;
    reg e_user_d_2;
    reg e_user_d_3;
    reg e_user_d_4;
    reg e_user_d_5;
    reg e_user_d_6;
    reg e_user_d_7;
    reg e_user_q_0;
    reg e_user_q_1;
    reg e_user_q_2;
    reg e_user_q_3;
    reg e_user_q_4;
    reg e_user_q_5;
    reg e_user_q_6;
    reg e_user_q_7;
    reg e_writable_d_0;
    reg e_writable_d_1;
    reg e_writable_d_2;
    reg e_writable_d_3;
    reg e_writable_d_4;
    reg e_writable_d_5;
    reg e_writable_d_6;
    reg e_writable_d_7;
    reg e_writable_q_0;
    reg e_writable_q_1;
    reg e_writable_q_2;
    reg e_writable_q_3;
    reg e_writable_q_4;
    reg e_writable_q_5;
    reg e_writable_q_6;
    reg e_writable_q_7;
    reg e_xd_d_0;
    reg e_xd_d_1;
    reg e_xd_d_2;
    reg e_xd_d_3;
    reg e_xd_d_4;
    reg e_xd_d_5;
    reg e_xd_d_6;
    reg e_xd_d_7;
    reg e_xd_q_0;
    reg e_xd_q_1;
    reg e_xd_q_2;
    reg e_xd_q_3;
    reg e_xd_q_4;
    reg e_xd_q_5;
    reg e_xd_q_6;
    reg e_xd_q_7;
    reg [2:0] victim_d;
    reg [2:0] victim_q;
    reg lk_match_0;
    reg lk_match_1;
    reg lk_match_2;
    reg lk_match_3;
    reg lk_match_4;
    reg lk_match_5;
    reg lk_match_6;
    reg lk_match_7;
    reg lk_sel_0;
    reg lk_sel_1;
    reg lk_sel_2;
    reg lk_sel_3;
    reg lk_sel_4;
    reg lk_sel_5;
    reg lk_sel_6;
    reg lk_sel_7;
    reg fl_slot_0;
    reg fl_slot_1;
    reg fl_slot_2;
    reg fl_slot_3;
    reg fl_slot_4;
    reg fl_slot_5;
    reg fl_slot_6;
    reg fl_slot_7;
    reg hit_l1;
    reg hit_l2;
    reg fl_found;
    reg [2:0] victim_next;
    reg l_hit;
    reg [1:0] l_hit_level;
    reg [21:0] l_base_hi;
    reg [17:0] l_base_lo;
    reg l_hit_user;
    reg l_hit_writable;
    reg l_hit_xd;
    localparam k_enabled_0 = 1'b1;
    localparam k_enabled_1 = 1'b1;
    localparam k_enabled_2 = 1'b1;
    localparam k_enabled_3 = 1'b1;
    localparam k_enabled_4 = 1'b0;
    localparam k_enabled_5 = 1'b0;
    localparam k_enabled_6 = 1'b0;
    localparam k_enabled_7 = 1'b0;
    localparam k_index_0 = 3'h0;
    localparam k_index_1 = 3'h1;
    localparam k_index_2 = 3'h2;
    localparam k_index_3 = 3'h3;
    localparam k_index_4 = 3'h4;
    localparam k_index_5 = 3'h5;
    localparam k_index_6 = 3'h6;
    localparam k_index_7 = 3'h7;
    localparam k_wrap = 3'h3;
    localparam base_mask_hi = 22'h3ff;
    localparam base_mask_lo = 18'h3ffff;
    always @(*) begin
        victim_d = victim_q;
        if (fill_en && ~fl_found) begin
            victim_d = victim_next & k_wrap;
        end
        if (reset) begin
            victim_d = 3'h0;
        end
    end
    always @(*) begin
        e_valid_d_0 = e_valid_q_0;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_0 == inv_pcid))) begin
            e_valid_d_0 = 1'b0;
        end
        if (fill_en && fl_slot_0) begin
            e_valid_d_0 = 1'b1;
        end
        if (reset || ~k_enabled_0) begin
            e_valid_d_0 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_0 = e_level_q_0;
        if (fill_en && fl_slot_0) begin
            e_level_d_0 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_0 = e_vpn_1g_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_1g_d_0 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_0 = e_vpn_2m_q_0;
        if (fill_en && fl_slot_0) begin
            e_vpn_2m_d_0 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_0 = e_pcid_q_0;
        if (fill_en && fl_slot_0) begin
            e_pcid_d_0 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_0 = e_base_hi_q_0;
        if (fill_en && fl_slot_0) begin
            e_base_hi_d_0 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_0 = e_base_lo_q_0;
        if (fill_en && fl_slot_0) begin
            e_base_lo_d_0 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_0 = e_user_q_0;
        if (fill_en && fl_slot_0) begin
            e_user_d_0 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_0 = e_writable_q_0;
        if (fill_en && fl_slot_0) begin
            e_writable_d_0 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_0 = e_xd_q_0;
        if (fill_en && fl_slot_0) begin
            e_xd_d_0 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_1 = e_valid_q_1;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_1 == inv_pcid))) begin
            e_valid_d_1 = 1'b0;
        end
        if (fill_en && fl_slot_1) begin
            e_valid_d_1 = 1'b1;
        end
        if (reset || ~k_enabled_1) begin
            e_valid_d_1 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_1 = e_level_q_1;
        if (fill_en && fl_slot_1) begin
            e_level_d_1 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_1 = e_vpn_1g_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_1g_d_1 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_1 = e_vpn_2m_q_1;
        if (fill_en && fl_slot_1) begin
            e_vpn_2m_d_1 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_1 = e_pcid_q_1;
        if (fill_en && fl_slot_1) begin
            e_pcid_d_1 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_1 = e_base_hi_q_1;
        if (fill_en && fl_slot_1) begin
            e_base_hi_d_1 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_1 = e_base_lo_q_1;
        if (fill_en && fl_slot_1) begin
            e_base_lo_d_1 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_1 = e_user_q_1;
        if (fill_en && fl_slot_1) begin
            e_user_d_1 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_1 = e_writable_q_1;
        if (fill_en && fl_slot_1) begin
            e_writable_d_1 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_1 = e_xd_q_1;
        if (fill_en && fl_slot_1) begin
            e_xd_d_1 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_2 = e_valid_q_2;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_2 == inv_pcid))) begin
            e_valid_d_2 = 1'b0;
        end
        if (fill_en && fl_slot_2) begin
            e_valid_d_2 = 1'b1;
        end
        if (reset || ~k_enabled_2) begin
            e_valid_d_2 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_2 = e_level_q_2;
        if (fill_en && fl_slot_2) begin
            e_level_d_2 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_2 = e_vpn_1g_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_1g_d_2 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_2 = e_vpn_2m_q_2;
        if (fill_en && fl_slot_2) begin
            e_vpn_2m_d_2 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_2 = e_pcid_q_2;
        if (fill_en && fl_slot_2) begin
            e_pcid_d_2 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_2 = e_base_hi_q_2;
        if (fill_en && fl_slot_2) begin
            e_base_hi_d_2 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_2 = e_base_lo_q_2;
        if (fill_en && fl_slot_2) begin
            e_base_lo_d_2 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_2 = e_user_q_2;
        if (fill_en && fl_slot_2) begin
            e_user_d_2 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_2 = e_writable_q_2;
        if (fill_en && fl_slot_2) begin
            e_writable_d_2 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_2 = e_xd_q_2;
        if (fill_en && fl_slot_2) begin
            e_xd_d_2 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_3 = e_valid_q_3;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_3 == inv_pcid))) begin
            e_valid_d_3 = 1'b0;
        end
        if (fill_en && fl_slot_3) begin
            e_valid_d_3 = 1'b1;
        end
        if (reset || ~k_enabled_3) begin
            e_valid_d_3 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_3 = e_level_q_3;
        if (fill_en && fl_slot_3) begin
            e_level_d_3 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_3 = e_vpn_1g_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_1g_d_3 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_3 = e_vpn_2m_q_3;
        if (fill_en && fl_slot_3) begin
            e_vpn_2m_d_3 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_3 = e_pcid_q_3;
        if (fill_en && fl_slot_3) begin
            e_pcid_d_3 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_3 = e_base_hi_q_3;
        if (fill_en && fl_slot_3) begin
            e_base_hi_d_3 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_3 = e_base_lo_q_3;
        if (fill_en && fl_slot_3) begin
            e_base_lo_d_3 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_3 = e_user_q_3;
        if (fill_en && fl_slot_3) begin
            e_user_d_3 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_3 = e_writable_q_3;
        if (fill_en && fl_slot_3) begin
            e_writable_d_3 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_3 = e_xd_q_3;
        if (fill_en && fl_slot_3) begin
            e_xd_d_3 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_4 = e_valid_q_4;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_4 == inv_pcid))) begin
            e_valid_d_4 = 1'b0;
        end
        if (fill_en && fl_slot_4) begin
            e_valid_d_4 = 1'b1;
        end
        if (reset || ~k_enabled_4) begin
            e_valid_d_4 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_4 = e_level_q_4;
        if (fill_en && fl_slot_4) begin
            e_level_d_4 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_4 = e_vpn_1g_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_1g_d_4 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_4 = e_vpn_2m_q_4;
        if (fill_en && fl_slot_4) begin
            e_vpn_2m_d_4 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_4 = e_pcid_q_4;
        if (fill_en && fl_slot_4) begin
            e_pcid_d_4 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_4 = e_base_hi_q_4;
        if (fill_en && fl_slot_4) begin
            e_base_hi_d_4 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_4 = e_base_lo_q_4;
        if (fill_en && fl_slot_4) begin
            e_base_lo_d_4 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_4 = e_user_q_4;
        if (fill_en && fl_slot_4) begin
            e_user_d_4 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_4 = e_writable_q_4;
        if (fill_en && fl_slot_4) begin
            e_writable_d_4 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_4 = e_xd_q_4;
        if (fill_en && fl_slot_4) begin
            e_xd_d_4 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_5 = e_valid_q_5;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_5 == inv_pcid))) begin
            e_valid_d_5 = 1'b0;
        end
        if (fill_en && fl_slot_5) begin
            e_valid_d_5 = 1'b1;
        end
        if (reset || ~k_enabled_5) begin
            e_valid_d_5 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_5 = e_level_q_5;
        if (fill_en && fl_slot_5) begin
            e_level_d_5 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_5 = e_vpn_1g_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_1g_d_5 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_5 = e_vpn_2m_q_5;
        if (fill_en && fl_slot_5) begin
            e_vpn_2m_d_5 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_5 = e_pcid_q_5;
        if (fill_en && fl_slot_5) begin
            e_pcid_d_5 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_5 = e_base_hi_q_5;
        if (fill_en && fl_slot_5) begin
            e_base_hi_d_5 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_5 = e_base_lo_q_5;
        if (fill_en && fl_slot_5) begin
            e_base_lo_d_5 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_5 = e_user_q_5;
        if (fill_en && fl_slot_5) begin
            e_user_d_5 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_5 = e_writable_q_5;
        if (fill_en && fl_slot_5) begin
            e_writable_d_5 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_5 = e_xd_q_5;
        if (fill_en && fl_slot_5) begin
            e_xd_d_5 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_6 = e_valid_q_6;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_6 == inv_pcid))) begin
            e_valid_d_6 = 1'b0;
        end
        if (fill_en && fl_slot_6) begin
            e_valid_d_6 = 1'b1;
        end
        if (reset || ~k_enabled_6) begin
            e_valid_d_6 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_6 = e_level_q_6;
        if (fill_en && fl_slot_6) begin
            e_level_d_6 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_6 = e_vpn_1g_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_1g_d_6 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_6 = e_vpn_2m_q_6;
        if (fill_en && fl_slot_6) begin
            e_vpn_2m_d_6 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_6 = e_pcid_q_6;
        if (fill_en && fl_slot_6) begin
            e_pcid_d_6 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_6 = e_base_hi_q_6;
        if (fill_en && fl_slot_6) begin
            e_base_hi_d_6 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_6 = e_base_lo_q_6;
        if (fill_en && fl_slot_6) begin
            e_base_lo_d_6 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_6 = e_user_q_6;
        if (fill_en && fl_slot_6) begin
            e_user_d_6 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_6 = e_writable_q_6;
        if (fill_en && fl_slot_6) begin
            e_writable_d_6 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_6 = e_xd_q_6;
        if (fill_en && fl_slot_6) begin
            e_xd_d_6 = fill_xd;
        end
    end
    always @(*) begin
        e_valid_d_7 = e_valid_q_7;
        if (inv_en && (~inv_use_pcid || (e_pcid_q_7 == inv_pcid))) begin
            e_valid_d_7 = 1'b0;
        end
        if (fill_en && fl_slot_7) begin
            e_valid_d_7 = 1'b1;
        end
        if (reset || ~k_enabled_7) begin
            e_valid_d_7 = 1'b0;
        end
    end
    always @(*) begin
        e_level_d_7 = e_level_q_7;
        if (fill_en && fl_slot_7) begin
            e_level_d_7 = fill_level;
        end
    end
    always @(*) begin
        e_vpn_1g_d_7 = e_vpn_1g_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_1g_d_7 = fill_vpn_1g;
        end
    end
    always @(*) begin
        e_vpn_2m_d_7 = e_vpn_2m_q_7;
        if (fill_en && fl_slot_7) begin
            e_vpn_2m_d_7 = fill_vpn_2m;
        end
    end
    always @(*) begin
        e_pcid_d_7 = e_pcid_q_7;
        if (fill_en && fl_slot_7) begin
            e_pcid_d_7 = fill_pcid;
        end
    end
    always @(*) begin
        e_base_hi_d_7 = e_base_hi_q_7;
        if (fill_en && fl_slot_7) begin
            e_base_hi_d_7 = fill_base[18 +: 22] & base_mask_hi;
        end
    end
    always @(*) begin
        e_base_lo_d_7 = e_base_lo_q_7;
        if (fill_en && fl_slot_7) begin
            e_base_lo_d_7 = fill_base[0 +: 18] & base_mask_lo;
        end
    end
    always @(*) begin
        e_user_d_7 = e_user_q_7;
        if (fill_en && fl_slot_7) begin
            e_user_d_7 = fill_user;
        end
    end
    always @(*) begin
        e_writable_d_7 = e_writable_q_7;
        if (fill_en && fl_slot_7) begin
            e_writable_d_7 = fill_writable;
        end
    end
    always @(*) begin
        e_xd_d_7 = e_xd_q_7;
        if (fill_en && fl_slot_7) begin
            e_xd_d_7 = fill_xd;
        end
    end
    always @(*) begin
        hit_l1 = 1'b0;
        if (lk_en) begin
            if (lk_match_0 && (e_level_q_0 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_1 && (e_level_q_1 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_2 && (e_level_q_2 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_3 && (e_level_q_3 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_4 && (e_level_q_4 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_5 && (e_level_q_5 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_6 && (e_level_q_6 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
            if (lk_match_7 && (e_level_q_7 == 2'h1)) begin
                hit_l1 = 1'b1;
            end
        end
    end
    always @(*) begin
        hit_l2 = 1'b0;
        if (lk_en) begin
            if (lk_match_0 && (e_level_q_0 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_1 && (e_level_q_1 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_2 && (e_level_q_2 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_3 && (e_level_q_3 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_4 && (e_level_q_4 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_5 && (e_level_q_5 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_6 && (e_level_q_6 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
            if (lk_match_7 && (e_level_q_7 == 2'h2)) begin
                hit_l2 = 1'b1;
            end
        end
    end
    always @(*) begin
        lk_match_0 = 1'b0;
        if (lk_en) begin
            lk_match_0 = e_valid_q_0 && (e_pcid_q_0 == lk_pcid) && (e_vpn_1g_q_0[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_0 == 2'h3) || (e_vpn_1g_q_0[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_0 != 2'h1) || (e_vpn_2m_q_0 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_1 = 1'b0;
        if (lk_en) begin
            lk_match_1 = e_valid_q_1 && (e_pcid_q_1 == lk_pcid) && (e_vpn_1g_q_1[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_1 == 2'h3) || (e_vpn_1g_q_1[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_1 != 2'h1) || (e_vpn_2m_q_1 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_2 = 1'b0;
        if (lk_en) begin
            lk_match_2 = e_valid_q_2 && (e_pcid_q_2 == lk_pcid) && (e_vpn_1g_q_2[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_2 == 2'h3) || (e_vpn_1g_q_2[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_2 != 2'h1) || (e_vpn_2m_q_2 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_3 = 1'b0;
        if (lk_en) begin
            lk_match_3 = e_valid_q_3 && (e_pcid_q_3 == lk_pcid) && (e_vpn_1g_q_3[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_3 == 2'h3) || (e_vpn_1g_q_3[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_3 != 2'h1) || (e_vpn_2m_q_3 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_4 = 1'b0;
        if (lk_en) begin
            lk_match_4 = e_valid_q_4 && (e_pcid_q_4 == lk_pcid) && (e_vpn_1g_q_4[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_4 == 2'h3) || (e_vpn_1g_q_4[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_4 != 2'h1) || (e_vpn_2m_q_4 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_5 = 1'b0;
        if (lk_en) begin
            lk_match_5 = e_valid_q_5 && (e_pcid_q_5 == lk_pcid) && (e_vpn_1g_q_5[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_5 == 2'h3) || (e_vpn_1g_q_5[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_5 != 2'h1) || (e_vpn_2m_q_5 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_6 = 1'b0;
        if (lk_en) begin
            lk_match_6 = e_valid_q_6 && (e_pcid_q_6 == lk_pcid) && (e_vpn_1g_q_6[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_6 == 2'h3) || (e_vpn_1g_q_6[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_6 != 2'h1) || (e_vpn_2m_q_6 == lk_vpn_2m));
        end
    end
    always @(*) begin
        lk_match_7 = 1'b0;
        if (lk_en) begin
            lk_match_7 = e_valid_q_7 && (e_pcid_q_7 == lk_pcid) && (e_vpn_1g_q_7[9 +: 9] == lk_vpn_1g[9 +: 9]) && ((e_level_q_7 == 2'h3) || (e_vpn_1g_q_7[0 +: 9] == lk_vpn_1g[0 +: 9])) && ((e_level_q_7 != 2'h1) || (e_vpn_2m_q_7 == lk_vpn_2m));
        end
    end
    always @(*) begin
        l_hit = 1'b0;
        if (lk_sel_0) begin
            l_hit = 1'b1;
        end
        if (lk_sel_1) begin
            l_hit = 1'b1;
        end
        if (lk_sel_2) begin
            l_hit = 1'b1;
        end
        if (lk_sel_3) begin
            l_hit = 1'b1;
        end
        if (lk_sel_4) begin
            l_hit = 1'b1;
        end
        if (lk_sel_5) begin
            l_hit = 1'b1;
        end
        if (lk_sel_6) begin
            l_hit = 1'b1;
        end
        if (lk_sel_7) begin
            l_hit = 1'b1;
        end
    end
    always @(*) begin
        l_hit_level = 2'h0;
        if (lk_sel_0) begin
            l_hit_level = l_hit_level | e_level_q_0;
        end
        if (lk_sel_1) begin
            l_hit_level = l_hit_level | e_level_q_1;
        end
        if (lk_sel_2) begin
            l_hit_level = l_hit_level | e_level_q_2;
        end
        if (lk_sel_3) begin
            l_hit_level = l_hit_level | e_level_q_3;
        end
        if (lk_sel_4) begin
            l_hit_level = l_hit_level | e_level_q_4;
        end
        if (lk_sel_5) begin
            l_hit_level = l_hit_level | e_level_q_5;
        end
        if (lk_sel_6) begin
            l_hit_level = l_hit_level | e_level_q_6;
        end
        if (lk_sel_7) begin
            l_hit_level = l_hit_level | e_level_q_7;
        end
    end
    always @(*) begin
        l_base_hi = 22'h0;
        if (lk_sel_0) begin
            l_base_hi = l_base_hi | e_base_hi_q_0;
        end
        if (lk_sel_1) begin
            l_base_hi = l_base_hi | e_base_hi_q_1;
        end
        if (lk_sel_2) begin
            l_base_hi = l_base_hi | e_base_hi_q_2;
        end
        if (lk_sel_3) begin
            l_base_hi = l_base_hi | e_base_hi_q_3;
        end
        if (lk_sel_4) begin
            l_base_hi = l_base_hi | e_base_hi_q_4;
        end
        if (lk_sel_5) begin
            l_base_hi = l_base_hi | e_base_hi_q_5;
        end
        if (lk_sel_6) begin
            l_base_hi = l_base_hi | e_base_hi_q_6;
        end
        if (lk_sel_7) begin
            l_base_hi = l_base_hi | e_base_hi_q_7;
        end
    end
    always @(*) begin
        l_base_lo = 18'h0;
        if (lk_sel_0) begin
            l_base_lo = l_base_lo | e_base_lo_q_0;
        end
        if (lk_sel_1) begin
            l_base_lo = l_base_lo | e_base_lo_q_1;
        end
        if (lk_sel_2) begin
            l_base_lo = l_base_lo | e_base_lo_q_2;
        end
        if (lk_sel_3) begin
            l_base_lo = l_base_lo | e_base_lo_q_3;
        end
        if (lk_sel_4) begin
            l_base_lo = l_base_lo | e_base_lo_q_4;
        end
        if (lk_sel_5) begin
            l_base_lo = l_base_lo | e_base_lo_q_5;
        end
        if (lk_sel_6) begin
            l_base_lo = l_base_lo | e_base_lo_q_6;
        end
        if (lk_sel_7) begin
            l_base_lo = l_base_lo | e_base_lo_q_7;
        end
    end
    always @(*) begin
        l_hit_user = 1'b0;
        if (lk_sel_0) begin
            l_hit_user = l_hit_user || e_user_q_0;
        end
        if (lk_sel_1) begin
            l_hit_user = l_hit_user || e_user_q_1;
        end
        if (lk_sel_2) begin
            l_hit_user = l_hit_user || e_user_q_2;
        end
        if (lk_sel_3) begin
            l_hit_user = l_hit_user || e_user_q_3;
        end
        if (lk_sel_4) begin
            l_hit_user = l_hit_user || e_user_q_4;
        end
        if (lk_sel_5) begin
            l_hit_user = l_hit_user || e_user_q_5;
        end
        if (lk_sel_6) begin
            l_hit_user = l_hit_user || e_user_q_6;
        end
        if (lk_sel_7) begin
            l_hit_user = l_hit_user || e_user_q_7;
        end
    end
    always @(*) begin
        l_hit_writable = 1'b0;
        if (lk_sel_0) begin
            l_hit_writable = l_hit_writable || e_writable_q_0;
        end
        if (lk_sel_1) begin
            l_hit_writable = l_hit_writable || e_writable_q_1;
        end
        if (lk_sel_2) begin
            l_hit_writable = l_hit_writable || e_writable_q_2;
        end
        if (lk_sel_3) begin
            l_hit_writable = l_hit_writable || e_writable_q_3;
        end
        if (lk_sel_4) begin
            l_hit_writable = l_hit_writable || e_writable_q_4;
        end
        if (lk_sel_5) begin
            l_hit_writable = l_hit_writable || e_writable_q_5;
        end
        if (lk_sel_6) begin
            l_hit_writable = l_hit_writable || e_writable_q_6;
        end
        if (lk_sel_7) begin
            l_hit_writable = l_hit_writable || e_writable_q_7;
        end
    end
    always @(*) begin
        l_hit_xd = 1'b0;
        if (lk_sel_0) begin
            l_hit_xd = l_hit_xd || e_xd_q_0;
        end
        if (lk_sel_1) begin
            l_hit_xd = l_hit_xd || e_xd_q_1;
        end
        if (lk_sel_2) begin
            l_hit_xd = l_hit_xd || e_xd_q_2;
        end
        if (lk_sel_3) begin
            l_hit_xd = l_hit_xd || e_xd_q_3;
        end
        if (lk_sel_4) begin
            l_hit_xd = l_hit_xd || e_xd_q_4;
        end
        if (lk_sel_5) begin
            l_hit_xd = l_hit_xd || e_xd_q_5;
        end
        if (lk_sel_6) begin
            l_hit_xd = l_hit_xd || e_xd_q_6;
        end
        if (lk_sel_7) begin
            l_hit_xd = l_hit_xd || e_xd_q_7;
        end
    end
    always @(*) begin
        lk_sel_0 = lk_match_0 && ((e_level_q_0 == 2'h1) || ((e_level_q_0 == 2'h2) && ~hit_l1) || ((e_level_q_0 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_1 = lk_match_1 && ((e_level_q_1 == 2'h1) || ((e_level_q_1 == 2'h2) && ~hit_l1) || ((e_level_q_1 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_2 = lk_match_2 && ((e_level_q_2 == 2'h1) || ((e_level_q_2 == 2'h2) && ~hit_l1) || ((e_level_q_2 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_3 = lk_match_3 && ((e_level_q_3 == 2'h1) || ((e_level_q_3 == 2'h2) && ~hit_l1) || ((e_level_q_3 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_4 = lk_match_4 && ((e_level_q_4 == 2'h1) || ((e_level_q_4 == 2'h2) && ~hit_l1) || ((e_level_q_4 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_5 = lk_match_5 && ((e_level_q_5 == 2'h1) || ((e_level_q_5 == 2'h2) && ~hit_l1) || ((e_level_q_5 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_6 = lk_match_6 && ((e_level_q_6 == 2'h1) || ((e_level_q_6 == 2'h2) && ~hit_l1) || ((e_level_q_6 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        lk_sel_7 = lk_match_7 && ((e_level_q_7 == 2'h1) || ((e_level_q_7 == 2'h2) && ~hit_l1) || ((e_level_q_7 == 2'h3) && ~hit_l1 && ~hit_l2));
    end
    always @(*) begin
        fl_found = 1'b0;
        fl_slot_0 = 1'b0;
        if (k_enabled_0 && ~e_valid_q_0 && ~fl_found) begin
            fl_slot_0 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_1 = 1'b0;
        if (k_enabled_1 && ~e_valid_q_1 && ~fl_found) begin
            fl_slot_1 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_2 = 1'b0;
        if (k_enabled_2 && ~e_valid_q_2 && ~fl_found) begin
            fl_slot_2 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_3 = 1'b0;
        if (k_enabled_3 && ~e_valid_q_3 && ~fl_found) begin
            fl_slot_3 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_4 = 1'b0;
        if (k_enabled_4 && ~e_valid_q_4 && ~fl_found) begin
            fl_slot_4 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_5 = 1'b0;
        if (k_enabled_5 && ~e_valid_q_5 && ~fl_found) begin
            fl_slot_5 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_6 = 1'b0;
        if (k_enabled_6 && ~e_valid_q_6 && ~fl_found) begin
            fl_slot_6 = 1'b1;
            fl_found = 1'b1;
        end
        fl_slot_7 = 1'b0;
        if (k_enabled_7 && ~e_valid_q_7 && ~fl_found) begin
            fl_slot_7 = 1'b1;
            fl_found = 1'b1;
        end
        if (~fl_found) begin
            fl_slot_0 = k_enabled_0 && (victim_q == k_index_0);
            fl_slot_1 = k_enabled_1 && (victim_q == k_index_1);
            fl_slot_2 = k_enabled_2 && (victim_q == k_index_2);
            fl_slot_3 = k_enabled_3 && (victim_q == k_index_3);
            fl_slot_4 = k_enabled_4 && (victim_q == k_index_4);
            fl_slot_5 = k_enabled_5 && (victim_q == k_index_5);
            fl_slot_6 = k_enabled_6 && (victim_q == k_index_6);
            fl_slot_7 = k_enabled_7 && (victim_q == k_index_7);
        end
    end
    always @(*) begin
        victim_next = victim_q + 3'h1;
    end
    always @(*) begin
        hit = l_hit;
    end
    always @(*) begin
        hit_level = l_hit_level;
    end
    always @(*) begin
        hit_base = ({18'h0, l_base_hi} << 18) | {22'h0, l_base_lo};
    end
    always @(*) begin
        hit_user = l_hit_user;
    end
    always @(*) begin
        hit_writable = l_hit_writable;
    end
    always @(*) begin
        hit_xd = l_hit_xd;
    end
    initial begin
        e_valid_q_0 = 1'b0;
        e_valid_q_1 = 1'b0;
        e_valid_q_2 = 1'b0;
        e_valid_q_3 = 1'b0;
        e_valid_q_4 = 1'b0;
        e_valid_q_5 = 1'b0;
        e_valid_q_6 = 1'b0;
        e_valid_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_valid_q_0 <= e_valid_d_0;
        e_valid_q_1 <= e_valid_d_1;
        e_valid_q_2 <= e_valid_d_2;
        e_valid_q_3 <= e_valid_d_3;
        e_valid_q_4 <= e_valid_d_4;
        e_valid_q_5 <= e_valid_d_5;
        e_valid_q_6 <= e_valid_d_6;
        e_valid_q_7 <= e_valid_d_7;
    end
    initial begin
        e_level_q_0 = 2'h0;
        e_level_q_1 = 2'h0;
        e_level_q_2 = 2'h0;
        e_level_q_3 = 2'h0;
        e_level_q_4 = 2'h0;
        e_level_q_5 = 2'h0;
        e_level_q_6 = 2'h0;
        e_level_q_7 = 2'h0;
    end
    always @(posedge clock) begin
        e_level_q_0 <= e_level_d_0;
        e_level_q_1 <= e_level_d_1;
        e_level_q_2 <= e_level_d_2;
        e_level_q_3 <= e_level_d_3;
        e_level_q_4 <= e_level_d_4;
        e_level_q_5 <= e_level_d_5;
        e_level_q_6 <= e_level_d_6;
        e_level_q_7 <= e_level_d_7;
    end
    initial begin
        e_vpn_1g_q_0 = 18'h0;
        e_vpn_1g_q_1 = 18'h0;
        e_vpn_1g_q_2 = 18'h0;
        e_vpn_1g_q_3 = 18'h0;
        e_vpn_1g_q_4 = 18'h0;
        e_vpn_1g_q_5 = 18'h0;
        e_vpn_1g_q_6 = 18'h0;
        e_vpn_1g_q_7 = 18'h0;
    end
    always @(posedge clock) begin
        e_vpn_1g_q_0 <= e_vpn_1g_d_0;
        e_vpn_1g_q_1 <= e_vpn_1g_d_1;
        e_vpn_1g_q_2 <= e_vpn_1g_d_2;
        e_vpn_1g_q_3 <= e_vpn_1g_d_3;
        e_vpn_1g_q_4 <= e_vpn_1g_d_4;
        e_vpn_1g_q_5 <= e_vpn_1g_d_5;
        e_vpn_1g_q_6 <= e_vpn_1g_d_6;
        e_vpn_1g_q_7 <= e_vpn_1g_d_7;
    end
    initial begin
        e_vpn_2m_q_0 = 9'h0;
        e_vpn_2m_q_1 = 9'h0;
        e_vpn_2m_q_2 = 9'h0;
        e_vpn_2m_q_3 = 9'h0;
        e_vpn_2m_q_4 = 9'h0;
        e_vpn_2m_q_5 = 9'h0;
        e_vpn_2m_q_6 = 9'h0;
        e_vpn_2m_q_7 = 9'h0;
    end
    always @(posedge clock) begin
        e_vpn_2m_q_0 <= e_vpn_2m_d_0;
        e_vpn_2m_q_1 <= e_vpn_2m_d_1;
        e_vpn_2m_q_2 <= e_vpn_2m_d_2;
        e_vpn_2m_q_3 <= e_vpn_2m_d_3;
        e_vpn_2m_q_4 <= e_vpn_2m_d_4;
        e_vpn_2m_q_5 <= e_vpn_2m_d_5;
        e_vpn_2m_q_6 <= e_vpn_2m_d_6;
        e_vpn_2m_q_7 <= e_vpn_2m_d_7;
    end
    initial begin
        e_pcid_q_0 = 12'h0;
        e_pcid_q_1 = 12'h0;
        e_pcid_q_2 = 12'h0;
        e_pcid_q_3 = 12'h0;
        e_pcid_q_4 = 12'h0;
        e_pcid_q_5 = 12'h0;
        e_pcid_q_6 = 12'h0;
        e_pcid_q_7 = 12'h0;
    end
    always @(posedge clock) begin
        e_pcid_q_0 <= e_pcid_d_0;
        e_pcid_q_1 <= e_pcid_d_1;
        e_pcid_q_2 <= e_pcid_d_2;
        e_pcid_q_3 <= e_pcid_d_3;
        e_pcid_q_4 <= e_pcid_d_4;
        e_pcid_q_5 <= e_pcid_d_5;
        e_pcid_q_6 <= e_pcid_d_6;
        e_pcid_q_7 <= e_pcid_d_7;
    end
    initial begin
        e_base_hi_q_0 = 22'h0;
        e_base_hi_q_1 = 22'h0;
        e_base_hi_q_2 = 22'h0;
        e_base_hi_q_3 = 22'h0;
        e_base_hi_q_4 = 22'h0;
        e_base_hi_q_5 = 22'h0;
        e_base_hi_q_6 = 22'h0;
        e_base_hi_q_7 = 22'h0;
    end
    always @(posedge clock) begin
        e_base_hi_q_0 <= e_base_hi_d_0;
        e_base_hi_q_1 <= e_base_hi_d_1;
        e_base_hi_q_2 <= e_base_hi_d_2;
        e_base_hi_q_3 <= e_base_hi_d_3;
        e_base_hi_q_4 <= e_base_hi_d_4;
        e_base_hi_q_5 <= e_base_hi_d_5;
        e_base_hi_q_6 <= e_base_hi_d_6;
        e_base_hi_q_7 <= e_base_hi_d_7;
    end
    initial begin
        e_base_lo_q_0 = 18'h0;
        e_base_lo_q_1 = 18'h0;
        e_base_lo_q_2 = 18'h0;
        e_base_lo_q_3 = 18'h0;
        e_base_lo_q_4 = 18'h0;
        e_base_lo_q_5 = 18'h0;
        e_base_lo_q_6 = 18'h0;
        e_base_lo_q_7 = 18'h0;
    end
    always @(posedge clock) begin
        e_base_lo_q_0 <= e_base_lo_d_0;
        e_base_lo_q_1 <= e_base_lo_d_1;
        e_base_lo_q_2 <= e_base_lo_d_2;
        e_base_lo_q_3 <= e_base_lo_d_3;
        e_base_lo_q_4 <= e_base_lo_d_4;
        e_base_lo_q_5 <= e_base_lo_d_5;
        e_base_lo_q_6 <= e_base_lo_d_6;
        e_base_lo_q_7 <= e_base_lo_d_7;
    end
    initial begin
        e_user_q_0 = 1'b0;
        e_user_q_1 = 1'b0;
        e_user_q_2 = 1'b0;
        e_user_q_3 = 1'b0;
        e_user_q_4 = 1'b0;
        e_user_q_5 = 1'b0;
        e_user_q_6 = 1'b0;
        e_user_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_user_q_0 <= e_user_d_0;
        e_user_q_1 <= e_user_d_1;
        e_user_q_2 <= e_user_d_2;
        e_user_q_3 <= e_user_d_3;
        e_user_q_4 <= e_user_d_4;
        e_user_q_5 <= e_user_d_5;
        e_user_q_6 <= e_user_d_6;
        e_user_q_7 <= e_user_d_7;
    end
    initial begin
        e_writable_q_0 = 1'b0;
        e_writable_q_1 = 1'b0;
        e_writable_q_2 = 1'b0;
        e_writable_q_3 = 1'b0;
        e_writable_q_4 = 1'b0;
        e_writable_q_5 = 1'b0;
        e_writable_q_6 = 1'b0;
        e_writable_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_writable_q_0 <= e_writable_d_0;
        e_writable_q_1 <= e_writable_d_1;
        e_writable_q_2 <= e_writable_d_2;
        e_writable_q_3 <= e_writable_d_3;
        e_writable_q_4 <= e_writable_d_4;
        e_writable_q_5 <= e_writable_d_5;
        e_writable_q_6 <= e_writable_d_6;
        e_writable_q_7 <= e_writable_d_7;
    end
    initial begin
        e_xd_q_0 = 1'b0;
        e_xd_q_1 = 1'b0;
        e_xd_q_2 = 1'b0;
        e_xd_q_3 = 1'b0;
        e_xd_q_4 = 1'b0;
        e_xd_q_5 = 1'b0;
        e_xd_q_6 = 1'b0;
        e_xd_q_7 = 1'b0;
    end
    always @(posedge clock) begin
        e_xd_q_0 <= e_xd_d_0;
        e_xd_q_1 <= e_xd_d_1;
        e_xd_q_2 <= e_xd_d_2;
        e_xd_q_3 <= e_xd_d_3;
        e_xd_q_4 <= e_xd_d_4;
        e_xd_q_5 <= e_xd_d_5;
        e_xd_q_6 <= e_xd_d_6;
        e_xd_q_7 <= e_xd_d_7;
    end
    initial begin
        victim_q = 3'h0;
    end
    always @(posedge clock) begin
        victim_q <= victim_d;
    end
endmodule // mmu_axi4_mmu_pwc

// Walker: the IA-32e 4-level page walk (SDM 4.5), reserved-bit checks, the rights check through
// the shared Perm block, A/D write-back (4.8) and the TLB fill.
module mmu_axi4_mmu_walker(clock, reset, start, pml4_base, vpn_1g, vpn_2m, vpn_4k, is_write, pcid, cr4_pge, efer_nxe, inv_en, inv_use_va, inv_use_pcid, inv_glob_wild, inv_keep_glob, inv_vpn, inv_pcid, rights_user, rights_writable, rights_xd, rights_pkey, perm_allow, perm_code, pwc_hit, pwc_level, pwc_base, pwc_user, pwc_writable, pwc_xd, pwc_fill_en, pwc_fill_level, pwc_fill_base, pwc_fill_user, pwc_fill_writable, pwc_fill_xd, mem_req_valid, mem_req_ready, mem_req_addr, mem_req_we, mem_req_wdata, mem_req_expect, mem_rsp_valid, mem_rsp_data, mem_rsp_err, mem_rsp_stale, rewalk, busy, done, fault, error_code, pfn, size, bus_error, err_addr, fill_en, fill_prep, fill_vpn_1g, fill_vpn_2m, fill_vpn_4k, fill_size, fill_pcid, fill_glob, fill_pfn, fill_writable, fill_user, fill_xd, fill_dirty, fill_pkey, kill);
    input wire clock;
    input wire reset;
    input wire start;
    input wire [39:0] pml4_base;
    input wire [17:0] vpn_1g;
    input wire [8:0] vpn_2m;
    input wire [8:0] vpn_4k;
    input wire is_write;
    input wire [11:0] pcid;
    input wire cr4_pge;
    input wire efer_nxe;
    input wire inv_en;
    input wire inv_use_va;
    input wire inv_use_pcid;
    input wire inv_glob_wild;
    input wire inv_keep_glob;
    input wire [35:0] inv_vpn;
    input wire [11:0] inv_pcid;
    output reg rights_user;
    output reg rights_writable;
    output reg rights_xd;
    output reg [3:0] rights_pkey;
    input wire perm_allow;
    input wire [5:0] perm_code;
    input wire pwc_hit;
    input wire [1:0] pwc_level;
    input wire [39:0] pwc_base;
    input wire pwc_user;
    input wire pwc_writable;
    input wire pwc_xd;
    output reg pwc_fill_en;
    output reg [1:0] pwc_fill_level;
    output reg [39:0] pwc_fill_base;
    output reg pwc_fill_user;
    output reg pwc_fill_writable;
    output reg pwc_fill_xd;
    output reg mem_req_valid;
    input wire mem_req_ready;
    output reg [51:0] mem_req_addr;
    output reg mem_req_we;
    output reg [63:0] mem_req_wdata;
    output reg [63:0] mem_req_expect;
    input wire mem_rsp_valid;
    input wire [63:0] mem_rsp_data;
    input wire mem_rsp_err;
    input wire mem_rsp_stale;
    output reg rewalk;
    output reg busy;
    output reg done;
    output reg fault;
    output reg [5:0] error_code;
    output reg [39:0] pfn;
    output reg [1:0] size;
    output reg bus_error;
    output reg [51:0] err_addr;
    output reg fill_en;
    output reg fill_prep;
    output reg [17:0] fill_vpn_1g;
    output reg [8:0] fill_vpn_2m;
    output reg [8:0] fill_vpn_4k;
    output reg [1:0] fill_size;
    output reg [11:0] fill_pcid;
    output reg fill_glob;
    output reg [39:0] fill_pfn;
    output reg fill_writable;
    output reg fill_user;
    output reg fill_xd;
    output reg fill_dirty;
    output reg [3:0] fill_pkey;
    output reg kill;
    reg [3:0] state_d;
    reg [3:0] state_q;
    reg [1:0] level_d;
    reg [1:0] level_q;
    reg [39:0] base_d;
    reg [39:0] base_q;
    reg acc_user_d;
    reg acc_user_q;
    reg acc_writable_d;
    reg acc_writable_q;
    reg acc_xd_d;
    reg acc_xd_q;
    reg leaf_known_d;
    reg leaf_known_q;
    reg [1:0] leaf_size_d;
    reg [1:0] leaf_size_q;
    reg [39:0] leaf_pfn_d;
    reg [39:0] leaf_pfn_q;
    reg leaf_glob_d;
    reg leaf_glob_q;
    reg leaf_dirty_d;
    reg leaf_dirty_q;
    reg [3:0] leaf_pkey_d;
    reg [3:0] leaf_pkey_q;
    reg wb_need_0_d;
    reg wb_need_0_q;
    reg wb_need_1_d;
    reg wb_need_1_q;
    reg wb_need_2_d;
    reg wb_need_2_q;
    reg wb_need_3_d;
    reg wb_need_3_q;
    reg wb_sent_0_d;
    reg wb_sent_0_q;
    reg wb_sent_1_d;
    reg wb_sent_1_q;
    reg wb_sent_2_d;
    reg wb_sent_2_q;
    reg wb_sent_3_d;
    reg wb_sent_3_q;
    reg [51:0] wb_addr_0_d;
    reg [51:0] wb_addr_0_q;
    reg [51:0] wb_addr_1_d;
    reg [51:0] wb_addr_1_q;
    reg [51:0] wb_addr_2_d;
    reg [51:0] wb_addr_2_q;
    reg [51:0] wb_addr_3_d;
    reg [51:0] wb_addr_3_q;
    reg [63:0] wb_data_0_d;
    reg [63:0] wb_data_0_q;
    reg [63:0] wb_data_1_d;
    reg [63:0] wb_data_1_q;
    reg [63:0] wb_data_2_d;
    reg [63:0] wb_data_2_q;
    reg [63:0] wb_data_3_d;
    reg [63:0] wb_data_3_q;
    reg [5:0] code_d;
    reg [5:0] code_q;
    reg dead_d;
    reg dead_q;
    reg outstanding_d;
    reg outstanding_q;
    reg pf_valid_d;
    reg pf_valid_q;
    reg [1:0] pf_level_d;
    reg [1:0] pf_level_q;
    reg [39:0] pf_base_d;
    reg [39:0] pf_base_q;
    reg pf_user_d;
    reg pf_user_q;
    reg pf_writable_d;
    reg pf_writable_q;
    reg pf_xd_d;
    reg pf_xd_q;
    reg pwc_dead_d;
    reg pwc_dead_q;
    reg berr_d;
    reg berr_q;
    reg [1:0] berr_lvl_d;
    reg [1:0] berr_lvl_q;
    reg stale_d;
    reg stale_q;
    reg pwc_kill;
    reg launch;
    reg [1:0] leaf_lvl;
    reg active;
    reg known;
    reg cached_rsvd;
    reg [51:0] cur_addr;
    reg l_pwc_fill_en;
    reg [8:0] idx;
    reg [51:0] entry_addr;
    reg e_present;
    reg e_ps;
    reg e_rsvd;
    reg e_leaf;
    reg [39:0] e_next_base;
    reg [39:0] e_leaf_pfn;
    reg [63:0] e_new_bits;
    reg [63:0] e_wb_val;
    reg wb_any;
    reg [1:0] wb_top;
    reg wb_rest;
    reg [1:0] wb_next;
    reg sent_any;
    reg sent_more;
    reg [1:0] sent_top;
    reg offer_write;
    reg can_issue;
    reg k_va;
    reg k_pcid;
    reg k_keep;
    reg l_done;
    reg l_fault;
    reg l_mem_req_valid;
    reg l_mem_req_we;
    reg [51:0] l_mem_req_addr;
    reg [63:0] l_mem_req_wdata;
    reg [63:0] l_mem_req_expect;
    reg l_fill_en;
    localparam k_level_0 = 2'h0;
    localparam k_level_1 = 2'h1;
    localparam k_level_2 = 2'h2;
    localparam k_level_3 = 2'h3;
    localparam rsvd_mask = 64'hfff0000000000;
    localparam wb_keep = 64'hfff000ffffffffff;
    localparam pfn_mask = 40'hfffffff;
    localparam pfn_1g = 40'hffc0000;
    localparam pfn_2m = 40'hffffe00;
    localparam bit_a = 64'h20;
    localparam bit_ad = 64'h60;
    localparam code_wui = 6'h16;
    localparam code_p_rsvd = 6'h9;
    localparam PageSize_Size4K = 0;
    localparam PageSize_Size2M = 1;
    localparam PageSize_Size1G = 2;
    localparam WalkState_Idle = 0;
    localparam WalkState_ReadEntry = 1;
    localparam WalkState_CheckEntry = 2;
    localparam WalkState_PermCheck = 3;
    localparam WalkState_WriteBack = 4;
    localparam WalkState_AckWrite = 5;
    localparam WalkState_Done = 6;
    localparam WalkState_Fault = 7;
    localparam WalkState_Rewalk = 8;
    always @(*) begin
        state_d = state_q;
        if (launch) begin
            state_d = WalkState_ReadEntry;
            if (pwc_hit && cached_rsvd) begin
                state_d = WalkState_Fault;
            end
        end
        case (state_q)
            WalkState_ReadEntry: begin
                if (can_issue && mem_req_ready) begin
                    state_d = WalkState_CheckEntry;
                end
            end
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (mem_rsp_err) begin
                        state_d = WalkState_Fault;
                    end
                    else if (~e_present) begin
                        state_d = WalkState_Fault;
                    end
                    else if (e_rsvd) begin
                        state_d = WalkState_Fault;
                    end
                    else begin
                        if (e_leaf) begin
                            state_d = WalkState_PermCheck;
                        end
                        else begin
                            state_d = WalkState_ReadEntry;
                        end
                    end
                end
            end
            WalkState_PermCheck: begin
                if (perm_allow) begin
                    if (wb_any) begin
                        state_d = WalkState_WriteBack;
                        if (mem_req_ready && ~wb_rest) begin
                            state_d = WalkState_AckWrite;
                        end
                    end
                    else begin
                        state_d = WalkState_Done;
                    end
                end
                else begin
                    state_d = WalkState_Fault;
                end
            end
            WalkState_WriteBack: begin
                if (mem_req_ready && ~wb_rest) begin
                    state_d = WalkState_AckWrite;
                end
            end
            WalkState_AckWrite: begin
                if (mem_rsp_valid && ~sent_more) begin
                    state_d = WalkState_Done;
                    if (stale_q || mem_rsp_stale) begin
                        state_d = WalkState_Rewalk;
                    end
                    if (berr_q || mem_rsp_err) begin
                        state_d = WalkState_Fault;
                    end
                end
            end
            WalkState_Done: begin
                state_d = WalkState_Idle;
            end
            WalkState_Fault: begin
                state_d = WalkState_Idle;
            end
        endcase
        if (reset) begin
            state_d = WalkState_Idle;
        end
    end
    always @(*) begin
        level_d = level_q;
        if (launch) begin
            level_d = 2'h3;
            if (pwc_hit) begin
                level_d = pwc_level - 2'h1;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            if (wb_any) begin
                                level_d = wb_top;
                            end
                        end
                        else begin
                            level_d = level_q - 2'h1;
                        end
                    end
                end
            end
            WalkState_AckWrite: begin
                if (mem_rsp_valid && ~sent_more) begin
                    if (berr_q || mem_rsp_err) begin
                        level_d = sent_top;
                        if (berr_q) begin
                            level_d = berr_lvl_q;
                        end
                    end
                end
            end
        endcase
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                level_d = wb_next;
            end
        end
    end
    always @(*) begin
        base_d = base_q;
        if (launch) begin
            base_d = pml4_base;
            if (pwc_hit) begin
                base_d = pwc_base;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            base_d = e_next_base;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        acc_user_d = acc_user_q;
        if (launch) begin
            acc_user_d = 1'b1;
            if (pwc_hit) begin
                acc_user_d = pwc_user;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        acc_user_d = acc_user_q && mem_rsp_data[2];
                    end
                end
            end
        endcase
    end
    always @(*) begin
        acc_writable_d = acc_writable_q;
        if (launch) begin
            acc_writable_d = 1'b1;
            if (pwc_hit) begin
                acc_writable_d = pwc_writable;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        acc_writable_d = acc_writable_q && mem_rsp_data[1];
                    end
                end
            end
        endcase
    end
    always @(*) begin
        acc_xd_d = acc_xd_q;
        if (launch) begin
            acc_xd_d = 1'b0;
            if (pwc_hit) begin
                acc_xd_d = pwc_xd;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        acc_xd_d = acc_xd_q || mem_rsp_data[63];
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_known_d = leaf_known_q;
        if (launch) begin
            leaf_known_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_known_d = 1'b1;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_size_d = leaf_size_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_size_d = PageSize_Size4K;
                            if (level_q == 2'h2) begin
                                leaf_size_d = PageSize_Size1G;
                            end
                            if (level_q == 2'h1) begin
                                leaf_size_d = PageSize_Size2M;
                            end
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_pfn_d = leaf_pfn_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_pfn_d = e_leaf_pfn;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_glob_d = leaf_glob_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_glob_d = mem_rsp_data[8] && cr4_pge;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_dirty_d = leaf_dirty_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_dirty_d = mem_rsp_data[6] || is_write;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        leaf_pkey_d = leaf_pkey_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (e_leaf) begin
                            leaf_pkey_d = mem_rsp_data[59 +: 4];
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        code_d = code_q;
        if (launch) begin
            if (pwc_hit && cached_rsvd) begin
                code_d = (perm_code & code_wui) | code_p_rsvd;
            end
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (~e_present) begin
                        code_d = perm_code & code_wui;
                    end
                    else if (e_rsvd) begin
                        code_d = (perm_code & code_wui) | code_p_rsvd;
                    end
                end
            end
            WalkState_PermCheck: begin
                if (!(perm_allow)) begin
                    code_d = perm_code;
                end
            end
        endcase
    end
    always @(*) begin
        dead_d = dead_q;
        if (kill) begin
            dead_d = 1'b1;
        end
        if (launch) begin
            dead_d = kill || (dead_q && (state_q == WalkState_Rewalk));
        end
        if (reset) begin
            dead_d = 1'b0;
        end
    end
    always @(*) begin
        outstanding_d = outstanding_q;
        if (mem_rsp_valid && ~sent_any) begin
            outstanding_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (!(offer_write)) begin
                outstanding_d = 1'b1;
            end
        end
        if (reset) begin
            outstanding_d = 1'b0;
        end
    end
    always @(*) begin
        pf_valid_d = pf_valid_q;
        if (launch) begin
            pf_valid_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_valid_d = 1'b1;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pf_level_d = pf_level_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_level_d = level_q;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pf_base_d = pf_base_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_base_d = e_next_base;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pf_user_d = pf_user_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_user_d = acc_user_q && mem_rsp_data[2];
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pf_writable_d = pf_writable_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_writable_d = acc_writable_q && mem_rsp_data[1];
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pf_xd_d = pf_xd_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (!(e_leaf)) begin
                            pf_xd_d = acc_xd_q || mem_rsp_data[63];
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        pwc_dead_d = pwc_dead_q;
        if (pwc_kill) begin
            pwc_dead_d = 1'b1;
        end
        if (launch) begin
            pwc_dead_d = pwc_kill || (pwc_dead_q && (state_q == WalkState_Rewalk));
        end
    end
    always @(*) begin
        berr_d = berr_q;
        if (mem_rsp_valid && sent_any) begin
            if (mem_rsp_err && ~berr_q) begin
                berr_d = 1'b1;
            end
        end
        if (launch) begin
            berr_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (mem_rsp_err) begin
                        berr_d = 1'b1;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        berr_lvl_d = berr_lvl_q;
        if (mem_rsp_valid && sent_any) begin
            if (mem_rsp_err && ~berr_q) begin
                berr_lvl_d = sent_top;
            end
        end
    end
    always @(*) begin
        stale_d = stale_q;
        if (mem_rsp_valid && sent_any) begin
            if (mem_rsp_stale) begin
                stale_d = 1'b1;
            end
        end
        if (launch) begin
            stale_d = 1'b0;
        end
        if (reset) begin
            stale_d = 1'b0;
        end
    end
    always @(*) begin
        wb_need_0_d = wb_need_0_q;
        if (launch) begin
            wb_need_0_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h0) begin
                            wb_need_0_d = e_wb_val != mem_rsp_data;
                        end
                    end
                end
            end
        endcase
        if (reset) begin
            wb_need_0_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h0) begin
                    wb_need_0_d = 1'b0;
                end
            end
        end
    end
    always @(*) begin
        wb_sent_0_d = wb_sent_0_q;
        if (mem_rsp_valid && sent_any) begin
            if (sent_top == 2'h0) begin
                wb_sent_0_d = 1'b0;
            end
        end
        if (reset) begin
            wb_sent_0_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h0) begin
                    wb_sent_0_d = 1'b1;
                end
            end
        end
    end
    always @(*) begin
        wb_addr_0_d = wb_addr_0_q;
        case (state_q)
            WalkState_ReadEntry: begin
                if (can_issue && mem_req_ready) begin
                    if (level_q == 2'h0) begin
                        wb_addr_0_d = entry_addr;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_data_0_d = wb_data_0_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h0) begin
                            wb_data_0_d = mem_rsp_data & wb_keep;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_need_1_d = wb_need_1_q;
        if (launch) begin
            wb_need_1_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h1) begin
                            wb_need_1_d = e_wb_val != mem_rsp_data;
                        end
                    end
                end
            end
        endcase
        if (reset) begin
            wb_need_1_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h1) begin
                    wb_need_1_d = 1'b0;
                end
            end
        end
    end
    always @(*) begin
        wb_sent_1_d = wb_sent_1_q;
        if (mem_rsp_valid && sent_any) begin
            if (sent_top == 2'h1) begin
                wb_sent_1_d = 1'b0;
            end
        end
        if (reset) begin
            wb_sent_1_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h1) begin
                    wb_sent_1_d = 1'b1;
                end
            end
        end
    end
    always @(*) begin
        wb_addr_1_d = wb_addr_1_q;
        case (state_q)
            WalkState_ReadEntry: begin
                if (can_issue && mem_req_ready) begin
                    if (level_q == 2'h1) begin
                        wb_addr_1_d = entry_addr;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_data_1_d = wb_data_1_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h1) begin
                            wb_data_1_d = mem_rsp_data & wb_keep;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_need_2_d = wb_need_2_q;
        if (launch) begin
            wb_need_2_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h2) begin
                            wb_need_2_d = e_wb_val != mem_rsp_data;
                        end
                    end
                end
            end
        endcase
        if (reset) begin
            wb_need_2_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h2) begin
                    wb_need_2_d = 1'b0;
                end
            end
        end
    end
    always @(*) begin
        wb_sent_2_d = wb_sent_2_q;
        if (mem_rsp_valid && sent_any) begin
            if (sent_top == 2'h2) begin
                wb_sent_2_d = 1'b0;
            end
        end
        if (reset) begin
            wb_sent_2_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h2) begin
                    wb_sent_2_d = 1'b1;
                end
            end
        end
    end
    always @(*) begin
        wb_addr_2_d = wb_addr_2_q;
        case (state_q)
            WalkState_ReadEntry: begin
                if (can_issue && mem_req_ready) begin
                    if (level_q == 2'h2) begin
                        wb_addr_2_d = entry_addr;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_data_2_d = wb_data_2_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h2) begin
                            wb_data_2_d = mem_rsp_data & wb_keep;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_need_3_d = wb_need_3_q;
        if (launch) begin
            wb_need_3_d = 1'b0;
        end
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h3) begin
                            wb_need_3_d = e_wb_val != mem_rsp_data;
                        end
                    end
                end
            end
        endcase
        if (reset) begin
            wb_need_3_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h3) begin
                    wb_need_3_d = 1'b0;
                end
            end
        end
    end
    always @(*) begin
        wb_sent_3_d = wb_sent_3_q;
        if (mem_rsp_valid && sent_any) begin
            if (sent_top == 2'h3) begin
                wb_sent_3_d = 1'b0;
            end
        end
        if (reset) begin
            wb_sent_3_d = 1'b0;
        end
        if (l_mem_req_valid && mem_req_ready) begin
            if (offer_write) begin
                if (level_q == 2'h3) begin
                    wb_sent_3_d = 1'b1;
                end
            end
        end
    end
    always @(*) begin
        wb_addr_3_d = wb_addr_3_q;
        case (state_q)
            WalkState_ReadEntry: begin
                if (can_issue && mem_req_ready) begin
                    if (level_q == 2'h3) begin
                        wb_addr_3_d = entry_addr;
                    end
                end
            end
        endcase
    end
    always @(*) begin
        wb_data_3_d = wb_data_3_q;
        case (state_q)
            WalkState_CheckEntry: begin
                if (mem_rsp_valid) begin
                    if (!(mem_rsp_err)) if (!(~e_present)) if (!(e_rsvd)) begin
                        if (level_q == 2'h3) begin
                            wb_data_3_d = mem_rsp_data & wb_keep;
                        end
                    end
                end
            end
        endcase
    end
    always @(*) begin
        busy = state_q != WalkState_Idle;
    end
    always @(*) begin
        l_done = 1'b0;
        case (state_q)
            WalkState_Done: begin
                l_done = 1'b1;
            end
            WalkState_Fault: begin
                l_done = 1'b1;
            end
        endcase
        if (reset) begin
            l_done = 1'b0;
        end
    end
    always @(*) begin
        l_fault = 1'b0;
        case (state_q)
            WalkState_Fault: begin
                l_fault = 1'b1;
            end
        endcase
        if (reset) begin
            l_fault = 1'b0;
        end
    end
    always @(*) begin
        error_code = code_q;
    end
    always @(*) begin
        pfn = leaf_pfn_q;
    end
    always @(*) begin
        size = leaf_size_q;
    end
    always @(*) begin
        bus_error = berr_q;
    end
    always @(*) begin
        rights_user = acc_user_q;
    end
    always @(*) begin
        rights_writable = acc_writable_q;
    end
    always @(*) begin
        rights_xd = acc_xd_q;
    end
    always @(*) begin
        rights_pkey = leaf_pkey_q;
    end
    always @(*) begin
        l_mem_req_valid = 1'b0;
        if (offer_write) begin
            l_mem_req_valid = ~reset;
        end
        case (state_q)
            WalkState_ReadEntry: begin
                l_mem_req_valid = can_issue;
            end
        endcase
    end
    always @(*) begin
        l_mem_req_we = 1'b0;
        if (offer_write) begin
            l_mem_req_we = 1'b1;
        end
    end
    always @(*) begin
        l_mem_req_addr = 52'h0;
        if (offer_write) begin
            l_mem_req_addr = cur_addr;
        end
        case (state_q)
            WalkState_ReadEntry: begin
                l_mem_req_addr = entry_addr;
            end
        endcase
    end
    always @(*) begin
        l_mem_req_wdata = 64'h0;
        if (offer_write) begin
            l_mem_req_wdata = l_mem_req_expect | bit_a;
            if (is_write && (level_q == leaf_lvl)) begin
                l_mem_req_wdata = l_mem_req_expect | bit_ad;
            end
        end
    end
    always @(*) begin
        l_mem_req_expect = 64'h0;
        if (offer_write) begin
            if (level_q == 2'h0) begin
                l_mem_req_expect = wb_data_0_q;
            end
            if (level_q == 2'h1) begin
                l_mem_req_expect = wb_data_1_q;
            end
            if (level_q == 2'h2) begin
                l_mem_req_expect = wb_data_2_q;
            end
            if (level_q == 2'h3) begin
                l_mem_req_expect = wb_data_3_q;
            end
        end
    end
    always @(*) begin
        l_fill_en = 1'b0;
        case (state_q)
            WalkState_Done: begin
                l_fill_en = ~dead_q && ~kill;
            end
        endcase
        if (reset) begin
            l_fill_en = 1'b0;
        end
    end
    always @(*) begin
        fill_vpn_1g = vpn_1g;
    end
    always @(*) begin
        fill_vpn_2m = vpn_2m;
    end
    always @(*) begin
        fill_vpn_4k = vpn_4k;
    end
    always @(*) begin
        fill_size = leaf_size_q;
    end
    always @(*) begin
        fill_pcid = pcid;
    end
    always @(*) begin
        fill_glob = leaf_glob_q;
    end
    always @(*) begin
        fill_pfn = leaf_pfn_q;
    end
    always @(*) begin
        fill_writable = acc_writable_q;
    end
    always @(*) begin
        fill_user = acc_user_q;
    end
    always @(*) begin
        fill_xd = acc_xd_q;
    end
    always @(*) begin
        fill_dirty = leaf_dirty_q;
    end
    always @(*) begin
        fill_pkey = leaf_pkey_q;
    end
    always @(*) begin
        l_pwc_fill_en = 1'b0;
        case (state_q)
            WalkState_Done: begin
                l_pwc_fill_en = pf_valid_q && ~pwc_dead_q && ~pwc_kill;
            end
        endcase
        if (reset) begin
            l_pwc_fill_en = 1'b0;
        end
    end
    always @(*) begin
        pwc_fill_level = pf_level_q;
    end
    always @(*) begin
        pwc_fill_base = pf_base_q;
    end
    always @(*) begin
        pwc_fill_user = pf_user_q;
    end
    always @(*) begin
        pwc_fill_writable = pf_writable_q;
    end
    always @(*) begin
        pwc_fill_xd = pf_xd_q;
    end
    always @(*) begin
        cached_rsvd = pwc_xd && ~efer_nxe;
    end
    always @(*) begin
        idx = vpn_4k;
        if (level_q == 2'h3) begin
            idx = vpn_1g[9 +: 9];
        end
        if (level_q == 2'h2) begin
            idx = vpn_1g[0 +: 9];
        end
        if (level_q == 2'h1) begin
            idx = vpn_2m;
        end
    end
    always @(*) begin
        entry_addr = ({12'h0, base_q} << 12) | ({43'h0, idx} << 3);
    end
    always @(*) begin
        e_present = mem_rsp_data[0];
    end
    always @(*) begin
        e_ps = mem_rsp_data[7];
    end
    always @(*) begin
        e_rsvd = |(mem_rsp_data & rsvd_mask) || (mem_rsp_data[63] && ~efer_nxe) || ((level_q == 2'h3) && e_ps) || ((level_q == 2'h2) && e_ps && |mem_rsp_data[13 +: 17]) || ((level_q == 2'h1) && e_ps && |mem_rsp_data[13 +: 8]);
    end
    always @(*) begin
        e_leaf = (level_q == 2'h0) || (((level_q == 2'h2) || (level_q == 2'h1)) && e_ps);
    end
    always @(*) begin
        e_next_base = mem_rsp_data[12 +: 40] & pfn_mask;
    end
    always @(*) begin
        e_leaf_pfn = e_next_base;
        if (level_q == 2'h2) begin
            e_leaf_pfn = e_next_base & pfn_1g;
        end
        if (level_q == 2'h1) begin
            e_leaf_pfn = e_next_base & pfn_2m;
        end
    end
    always @(*) begin
        e_new_bits = bit_a;
        if (e_leaf && is_write) begin
            e_new_bits = bit_ad;
        end
    end
    always @(*) begin
        e_wb_val = mem_rsp_data | e_new_bits;
    end
    always @(*) begin
        leaf_lvl = 2'h0;
        if (leaf_size_q == PageSize_Size2M) begin
            leaf_lvl = 2'h1;
        end
        if (leaf_size_q == PageSize_Size1G) begin
            leaf_lvl = 2'h2;
        end
    end
    always @(*) begin
        wb_any = 1'b0;
        if (wb_need_0_q) begin
            wb_any = 1'b1;
        end
        if (wb_need_1_q) begin
            wb_any = 1'b1;
        end
        if (wb_need_2_q) begin
            wb_any = 1'b1;
        end
        if (wb_need_3_q) begin
            wb_any = 1'b1;
        end
    end
    always @(*) begin
        wb_top = 2'h0;
        if (wb_need_0_q) begin
            wb_top = k_level_0;
        end
        if (wb_need_1_q) begin
            wb_top = k_level_1;
        end
        if (wb_need_2_q) begin
            wb_top = k_level_2;
        end
        if (wb_need_3_q) begin
            wb_top = k_level_3;
        end
    end
    always @(*) begin
        wb_rest = 1'b0;
        if (wb_need_0_q) begin
            if (level_q != k_level_0) begin
                wb_rest = 1'b1;
            end
        end
        if (wb_need_1_q) begin
            if (level_q != k_level_1) begin
                wb_rest = 1'b1;
            end
        end
        if (wb_need_2_q) begin
            if (level_q != k_level_2) begin
                wb_rest = 1'b1;
            end
        end
        if (wb_need_3_q) begin
            if (level_q != k_level_3) begin
                wb_rest = 1'b1;
            end
        end
    end
    always @(*) begin
        wb_next = 2'h0;
        if (wb_need_0_q) begin
            if (level_q != k_level_0) begin
                wb_next = k_level_0;
            end
        end
        if (wb_need_1_q) begin
            if (level_q != k_level_1) begin
                wb_next = k_level_1;
            end
        end
        if (wb_need_2_q) begin
            if (level_q != k_level_2) begin
                wb_next = k_level_2;
            end
        end
        if (wb_need_3_q) begin
            if (level_q != k_level_3) begin
                wb_next = k_level_3;
            end
        end
    end
    always @(*) begin
        sent_any = 1'b0;
        sent_more = 1'b0;
        if (wb_sent_0_q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
        end
        if (wb_sent_1_q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
        end
        if (wb_sent_2_q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
        end
        if (wb_sent_3_q) begin
            sent_more = sent_any;
            sent_any = 1'b1;
        end
    end
    always @(*) begin
        sent_top = 2'h0;
        if (wb_sent_0_q) begin
            sent_top = k_level_0;
        end
        if (wb_sent_1_q) begin
            sent_top = k_level_1;
        end
        if (wb_sent_2_q) begin
            sent_top = k_level_2;
        end
        if (wb_sent_3_q) begin
            sent_top = k_level_3;
        end
    end
    always @(*) begin
        active = busy || start;
    end
    always @(*) begin
        known = leaf_known_q && busy;
    end
    always @(*) begin
        k_va = ~inv_use_va || ~known || ((vpn_1g == inv_vpn[18 +: 18]) && ((leaf_size_q == PageSize_Size1G) || (vpn_2m == inv_vpn[9 +: 9])) && ((leaf_size_q != PageSize_Size4K) || (vpn_4k == inv_vpn[0 +: 9])));
    end
    always @(*) begin
        k_pcid = ~inv_use_pcid || (pcid == inv_pcid) || (inv_glob_wild && (~known || leaf_glob_q));
    end
    always @(*) begin
        k_keep = inv_keep_glob && known && leaf_glob_q;
    end
    always @(*) begin
        kill = inv_en && active && k_va && k_pcid && ~k_keep;
    end
    always @(*) begin
        pwc_kill = inv_en && active && (~inv_use_pcid || (pcid == inv_pcid));
    end
    always @(*) begin
        cur_addr = 52'h0;
        if (level_q == 2'h0) begin
            cur_addr = wb_addr_0_q;
        end
        if (level_q == 2'h1) begin
            cur_addr = wb_addr_1_q;
        end
        if (level_q == 2'h2) begin
            cur_addr = wb_addr_2_q;
        end
        if (level_q == 2'h3) begin
            cur_addr = wb_addr_3_q;
        end
    end
    always @(*) begin
        can_issue = ~outstanding_q && ~sent_any && ~reset;
    end
    always @(*) begin
        offer_write = (state_q == WalkState_WriteBack) || ((state_q == WalkState_PermCheck) && perm_allow && wb_any);
    end
    always @(*) begin
        launch = ((state_q == WalkState_Idle) && start) || (state_q == WalkState_Rewalk);
    end
    always @(*) begin
        done = l_done;
    end
    always @(*) begin
        fault = l_fault;
    end
    always @(*) begin
        err_addr = cur_addr;
    end
    always @(*) begin
        mem_req_valid = l_mem_req_valid;
    end
    always @(*) begin
        mem_req_we = l_mem_req_we;
    end
    always @(*) begin
        mem_req_addr = l_mem_req_addr;
    end
    always @(*) begin
        mem_req_wdata = l_mem_req_wdata;
    end
    always @(*) begin
        mem_req_expect = l_mem_req_expect;
    end
    always @(*) begin
        rewalk = state_q == WalkState_Rewalk;
    end
    always @(*) begin
        fill_en = l_fill_en;
    end
    always @(*) begin
        fill_prep = state_q == WalkState_Done;
    end
    always @(*) begin
        pwc_fill_en = l_pwc_fill_en;
    end
    initial begin
        state_q = 4'h0;
    end
    always @(posedge clock) begin
        state_q <= state_d;
    end
    initial begin
        level_q = 2'h0;
    end
    always @(posedge clock) begin
        level_q <= level_d;
    end
    initial begin
        base_q = 40'h0;
    end
    always @(posedge clock) begin
        base_q <= base_d;
    end
    initial begin
        acc_user_q = 1'b0;
    end
    always @(posedge clock) begin
        acc_user_q <= acc_user_d;
    end
    initial begin
        acc_writable_q = 1'b0;
    end
    always @(posedge clock) begin
        acc_writable_q <= acc_writable_d;
    end
    initial begin
        acc_xd_q = 1'b0;
    end
    always @(posedge clock) begin
        acc_xd_q <= acc_xd_d;
    end
    initial begin
        leaf_known_q = 1'b0;
    end
    always @(posedge clock) begin
        leaf_known_q <= leaf_known_d;
    end
    initial begin
        leaf_size_q = 2'h0;
    end
    always @(posedge clock) begin
        leaf_size_q <= leaf_size_d;
    end
    initial begin
        leaf_pfn_q = 40'h0;
    end
    always @(posedge clock) begin
        leaf_pfn_q <= leaf_pfn_d;
    end
    initial begin
        leaf_glob_q = 1'b0;
    end
    always @(posedge clock) begin
        leaf_glob_q <= leaf_glob_d;
    end
    initial begin
        leaf_dirty_q = 1'b0;
    end
    always @(posedge clock) begin
        leaf_dirty_q <= leaf_dirty_d;
    end
    initial begin
        leaf_pkey_q = 4'h0;
    end
    always @(posedge clock) begin
        leaf_pkey_q <= leaf_pkey_d;
    end
    initial begin
        wb_need_0_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_need_0_q <= wb_need_0_d;
    end
    initial begin
        wb_need_1_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_need_1_q <= wb_need_1_d;
    end
    initial begin
        wb_need_2_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_need_2_q <= wb_need_2_d;
    end
    initial begin
        wb_need_3_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_need_3_q <= wb_need_3_d;
    end
    initial begin
        wb_sent_0_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_sent_0_q <= wb_sent_0_d;
    end
    initial begin
        wb_sent_1_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_sent_1_q <= wb_sent_1_d;
    end
    initial begin
        wb_sent_2_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_sent_2_q <= wb_sent_2_d;
    end
    initial begin
        wb_sent_3_q = 1'b0;
    end
    always @(posedge clock) begin
        wb_sent_3_q <= wb_sent_3_d;
    end
    initial begin
        wb_addr_0_q = 52'h0;
    end
    always @(posedge clock) begin
        wb_addr_0_q <= wb_addr_0_d;
    end
    initial begin
        wb_addr_1_q = 52'h0;
    end
    always @(posedge clock) begin
        wb_addr_1_q <= wb_addr_1_d;
    end
    initial begin
        wb_addr_2_q = 52'h0;
    end
    always @(posedge clock) begin
        wb_addr_2_q <= wb_addr_2_d;
    end
    initial begin
        wb_addr_3_q = 52'h0;
    end
    always @(posedge clock) begin
        wb_addr_3_q <= wb_addr_3_d;
    end
    initial begin
        wb_data_0_q = 64'h0;
    end
    always @(posedge clock) begin
        wb_data_0_q <= wb_data_0_d;
    end
    initial begin
        wb_data_1_q = 64'h0;
    end
    always @(posedge clock) begin
        wb_data_1_q <= wb_data_1_d;
    end
    initial begin
        wb_data_2_q = 64'h0;
    end
    always @(posedge clock) begin
        wb_data_2_q <= wb_data_2_d;
    end
    initial begin
        wb_data_3_q = 64'h0;
    end
    always @(posedge clock) begin
        wb_data_3_q <= wb_data_3_d;
    end
    initial begin
        code_q = 6'h0;
    end
    always @(posedge clock) begin
        code_q <= code_d;
    end
    initial begin
        dead_q = 1'b0;
    end
    always @(posedge clock) begin
        dead_q <= dead_d;
    end
    initial begin
        outstanding_q = 1'b0;
    end
    always @(posedge clock) begin
        outstanding_q <= outstanding_d;
    end
    initial begin
        pf_valid_q = 1'b0;
    end
    always @(posedge clock) begin
        pf_valid_q <= pf_valid_d;
    end
    initial begin
        pf_level_q = 2'h0;
    end
    always @(posedge clock) begin
        pf_level_q <= pf_level_d;
    end
    initial begin
        pf_base_q = 40'h0;
    end
    always @(posedge clock) begin
        pf_base_q <= pf_base_d;
    end
    initial begin
        pf_user_q = 1'b0;
    end
    always @(posedge clock) begin
        pf_user_q <= pf_user_d;
    end
    initial begin
        pf_writable_q = 1'b0;
    end
    always @(posedge clock) begin
        pf_writable_q <= pf_writable_d;
    end
    initial begin
        pf_xd_q = 1'b0;
    end
    always @(posedge clock) begin
        pf_xd_q <= pf_xd_d;
    end
    initial begin
        pwc_dead_q = 1'b0;
    end
    always @(posedge clock) begin
        pwc_dead_q <= pwc_dead_d;
    end
    initial begin
        berr_q = 1'b0;
    end
    always @(posedge clock) begin
        berr_q <= berr_d;
    end
    initial begin
        berr_lvl_q = 2'h0;
    end
    always @(posedge clock) begin
        berr_lvl_q <= berr_lvl_d;
    end
    initial begin
        stale_q = 1'b0;
    end
    always @(posedge clock) begin
        stale_q <= stale_d;
    end
endmodule // mmu_axi4_mmu_walker

