use super::ast::{self, Process, Sens};
use super::*;

/// A parent with rust-hdl's shapes: a DFF, a memory, a purely combinational child, one kernel.
const SMALL: &str = "
module top(clock,a,y);
    input wire  clock;
    input wire  [3:0] a;
    output reg  [3:0] y;
    localparam S$One = 1;
    reg  r$clock;
    reg  [3:0] r$d;
    wire  [3:0] r$q;
    reg  m$read_clock;
    reg  [1:0] m$read_address;
    wire  [3:0] m$read_data;
    reg  m$write_clock;
    reg  [1:0] m$write_address;
    reg  [3:0] m$write_data;
    reg  m$write_enable;
    reg  [3:0] c$x;
    wire  [3:0] c$z;
    reg  [3:0] t;
    top$r r(.d(r$d),.q(r$q),.clock(r$clock));
    top$m m(.read_address(m$read_address),.read_clock(m$read_clock),.read_data(m$read_data),
        .write_address(m$write_address),.write_clock(m$write_clock),.write_data(m$write_data),
        .write_enable(m$write_enable));
    top$c c(.x(c$x),.z(c$z));
    always @(*) begin
        r$clock = clock;
        m$read_clock = clock;
        m$write_clock = clock;
        r$d = r$q;
        t = 32'h0;
        if (a == 32'h3) begin
            t = r$q + 32'h1;
        end
        r$d = t;
        c$x = r$q;
        m$read_address = a[(32'h0)+:(2)];
        m$write_address = a[(32'h2)+:(2)];
        m$write_data = t;
        m$write_enable = a[32'h3];
        y = c$z | m$read_data;
    end
endmodule
module top$r(d,q,clock);
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    initial begin
       q = 64'h0;
    end
    always @(posedge clock) begin
       q <= d;
    end
endmodule
module top$m(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    reg[3:0] mem[3:0];
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule
module top$c(x,z);
    input wire  [3:0] x;
    output reg  [3:0] z;
    always @(*) begin
        z = ~x;
    end
endmodule
";

fn tidy_small() -> String {
    tidy(SMALL).unwrap()
}

#[test]
fn flops_and_memories_fold_into_their_parent() {
    let v = tidy_small();
    let modules: Vec<&str> = v.lines().filter(|l| l.starts_with("module ")).collect();
    assert_eq!(
        modules,
        ["module mmu(clock, a, y);", "module mmu_c(x, z);"],
        "{v}"
    );
    assert!(
        v.contains("    reg [3:0] r_q;\n") && v.contains("    reg [3:0] m_mem [3:0];\n"),
        "{v}"
    );
    assert!(
        v.contains("always @(posedge clock) begin\n        r_q <= r_d;\n"),
        "{v}"
    );
    assert!(v.contains("m_read_data <= m_mem[m_read_address];"), "{v}");
    assert!(v.contains("m_mem[m_write_address] <= m_write_data;"), "{v}");
    // The clock stubs are gone: every flop is clocked by the port.
    assert!(!v.contains("r_clock") && !v.contains("read_clock"), "{v}");
    assert!(
        v.contains("    mmu_c c (\n        .x(c_x),\n        .z(c_z)\n    );"),
        "{v}"
    );
}

#[test]
fn literals_take_the_width_of_their_context() {
    let v = tidy_small();
    assert!(v.contains("r_q = 4'h0;"), "{v}");
    assert!(v.contains("if (a == 4'h3)"), "{v}");
    assert!(v.contains("t = r_q + 4'h1;"), "{v}");
    assert!(
        v.contains("m_read_address = a[0 +: 2];") && v.contains("m_write_enable = a[3];"),
        "{v}"
    );
    assert!(!v.contains("32'h") && !v.contains("64'h"), "{v}");
}

/// Rewrites one assignment `x = <e>` with `x` of `tw` bits and the signals `a`/`b` of 2 and 8 bits.
fn sized(tw: u32, e: &str) -> String {
    let src = format!(
        "module top(a,b,x);\n input wire [1:0] a;\n input wire [7:0] b;\n output reg [{}:0] x;\n \
         localparam m = 8'hff;\n always @(*) begin\n x = {e};\n end\nendmodule\n",
        tw - 1
    );
    let v = tidy(&src).unwrap();
    let line = v
        .lines()
        .find(|l| l.trim_start().starts_with("x = "))
        .unwrap();
    line.trim()
        .trim_start_matches("x = ")
        .trim_end_matches(';')
        .to_string()
}

#[test]
fn width_rules_keep_every_bit_that_reaches_the_result() {
    // Wrapping arithmetic narrows to the target.
    assert_eq!(sized(2, "a - 32'h1"), "a - 2'h1");
    // A comparison whose operands can carry keeps its 32-bit width, narrow signals are zero-extended.
    assert_eq!(
        sized(1, "(a + 32'h1) == 32'h4"),
        "({30'h0, a} + 32'h1) == 32'h4"
    );
    // A comparison of plain signals narrows, but not below its widest constant.
    assert_eq!(sized(1, "a == 32'h5"), "{1'b0, a} == 3'h5");
    // rust-hdl's widening cast: an all-ones mask of the context's width is dropped.
    assert_eq!(sized(8, "((a) & 8'hff) << 32'h2"), "{6'h0, a} << 2");
    // A narrower mask stays.
    assert_eq!(sized(8, "b & 8'hf"), "b & 8'hf");
    // A right shift brings high bits down: its context is not narrowed below the original.
    assert_eq!(sized(2, "b >> 32'h1"), "b >> 1");
    assert!(tidy("module top(x);\n output reg [1:0] x;\n always @(*) begin\n x = (x + 32'h1) >> 32'h1;\n end\nendmodule\n")
        .unwrap()
        .contains("x = ({30'h0, x} + 32'h1) >> 1;"));
}

#[test]
fn combinational_blocks_split_per_variable_unless_order_matters() {
    let v = tidy_small();
    // `t` is read by `r_d` after its last assignment: separate processes.
    assert!(
        v.contains("always @(*) begin\n        r_d = r_q;\n        r_d = t;\n    end"),
        "{v}"
    );
    assert!(
        v.contains("always @(*) begin\n        t = 4'h0;\n        if (a == 4'h3) begin\n"),
        "{v}"
    );
    // A value read before it is assigned again keeps reader and writer in one process, in order.
    let src =
        "module top(a,x,y);\n input wire a;\n output reg x;\n output reg y;\n always @(*) begin\n \
               x = 1'b0;\n y = x;\n if (a) begin\n x = 1'b1;\n end\n end\nendmodule\n";
    let v = tidy(src).unwrap();
    assert_eq!(v.matches("always @(*)").count(), 1, "{v}");
    // An `else` branch alone keeps its condition, negated.
    let src = "module top(a,x,y);\n input wire a;\n output reg x;\n output reg y;\n always @(*) begin\n \
               x = 1'b0;\n y = 1'b0;\n if (a) begin\n x = 1'b1;\n end\n else begin\n y = 1'b1;\n end\n end\nendmodule\n";
    let v = tidy(src).unwrap();
    assert_eq!(v.matches("always @(*)").count(), 2, "{v}");
    assert!(v.contains("if (!(a)) begin\n            y = 1'b1;"), "{v}");
}

#[test]
fn names_lose_their_dollar_without_collisions() {
    let v = tidy_small();
    assert!(!v.contains('$'), "{v}");
    assert!(v.contains("localparam S_One = 1;"), "{v}");
    // A stub whose `_` spelling is taken by another name gets `__`.
    let src =
        "module top(a_x,y);\n input wire a_x;\n output reg y;\n reg a$x;\n always @(*) begin\n \
               a$x = a_x;\n y = a$x;\n end\nendmodule\n";
    let v = tidy(src).unwrap();
    assert!(v.contains("a__x = a_x;") && v.contains("y = a__x;"), "{v}");
}

#[test]
fn unknown_constructs_fail_with_the_construct_named() {
    let bad = "module top(x);\n output reg x;\n always @(*) begin\n for (i = 0; i < 2; i = i + 1) x = 1'b0;\n end\nendmodule\n";
    assert!(tidy(bad)
        .unwrap_err()
        .contains("unsupported statement at `for"));
    let bad = "module top(x);\n output wire x;\n assign y = 1'b0;\nendmodule\n";
    assert!(tidy(bad)
        .unwrap_err()
        .contains("`assign` to undeclared `y`"));
    let bad = "module top(a,x);\n input wire a;\n output reg x;\n always @(*) begin\n x = a ? 1'b0 : 1'b1;\n end\nendmodule\n";
    assert!(tidy(bad).unwrap_err().contains("conditional operator"));
}

#[test]
fn module_heads_say_what_the_block_is() {
    let v = tidy_small();
    assert!(v.starts_with("// Mmu<"), "{v}");
    assert!(
        v.contains("// `c`: a block of the MMU (see hdl/src/).\nmodule mmu_c("),
        "{v}"
    );
}

/// Every literal of a module's processes, in order.
fn literals(m: &ast::Module) -> Vec<(Option<u32>, u128)> {
    fn expr(e: &ast::Expr, out: &mut Vec<(Option<u32>, u128)>) {
        use ast::Expr::*;
        match e {
            Lit(w, v) => out.push((*w, *v)),
            Ident(_) => {}
            Paren(x) | Unary(_, x) | Index(_, x) => expr(x, out),
            Binary(_, a, b) | PartUp(_, a, b) | Range(_, a, b) => {
                expr(a, out);
                expr(b, out);
            }
            Concat(ps) => ps.iter().for_each(|p| expr(p, out)),
        }
    }
    fn stmt(s: &ast::Stmt, out: &mut Vec<(Option<u32>, u128)>) {
        match s {
            ast::Stmt::Block(b) => b.iter().for_each(|s| stmt(s, out)),
            ast::Stmt::If(c, t, e) => {
                expr(c, out);
                stmt(t, out);
                if let Some(e) = e {
                    stmt(e, out);
                }
            }
            ast::Stmt::Case(x, items) => {
                expr(x, out);
                for (labels, body) in items {
                    labels.iter().for_each(|l| expr(l, out));
                    stmt(body, out);
                }
            }
            ast::Stmt::Assign(_, i, _, v) => {
                if let Some(i) = i {
                    expr(i, out);
                }
                expr(v, out);
            }
        }
    }
    let mut out = Vec::new();
    for p in &m.processes {
        let (Process::Initial(s) | Process::Always(_, s)) = p;
        stmt(s, &mut out);
    }
    out
}

/// The shipped export: one module per block, no `$`, every literal at the width of its context (sizing the
/// export's literals again changes nothing), every block's logic split, the clock straight from the port.
/// A variable set to a constant by a process of its own is a continuous assignment: an `always @(*)` that reads
/// nothing never runs, and the variable would stay undefined in simulation.
#[test]
fn constant_drivers_are_continuous_assignments() {
    let small = "module m(clock, a, x, y);\n    input wire clock;\n    input wire [7:0] a;\n    output reg [7:0] x;\n    \
                 output reg [7:0] y;\n    always @(*) begin\n        x = 8'hff;\n    end\n    always @(*) begin\n        \
                 y = a;\n    end\nendmodule // m\n";
    let printed = ast::module(&ast::parse(small).unwrap()[0]);
    assert!(
        printed.contains("output wire [7:0] x;") && printed.contains("assign x = 8'hff;"),
        "{printed}"
    );
    assert!(printed.contains("output reg [7:0] y;"), "{printed}");
    // Printed again, the assignment reads back as the same process.
    assert_eq!(ast::module(&ast::parse(&printed).unwrap()[0]), printed);
    // No export keeps a process that reads nothing.
    let is_literal = |rhs: &str| {
        rhs.split_once('\'').is_some_and(|(w, v)| {
            w.chars().all(|c| c.is_ascii_digit()) && v.len() > 1 && "hbd".contains(&v[..1])
        })
    };
    let cfg = Config::default();
    for (name, v) in [
        ("mmu", verilog(&cfg).unwrap()),
        (
            "mmu_axi4",
            super::bus::verilog(&cfg, super::bus::Bus::Axi4).unwrap(),
        ),
        (
            "mmu_wb",
            super::bus::verilog(&cfg, super::bus::Bus::Wb).unwrap(),
        ),
    ] {
        for block in v.split("always @(*) begin\n").skip(1) {
            let body = block.split("\n    end\n").next().unwrap_or("");
            let constant = !body.contains('\n')
                && body
                    .trim()
                    .strip_suffix(';')
                    .and_then(|a| a.split_once(" = "))
                    .is_some_and(|(_, rhs)| is_literal(rhs));
            assert!(!constant, "{name}: a process that reads nothing: {body}");
        }
    }
}

#[test]
fn export_is_tidy() {
    let v = verilog(&Config::default()).unwrap();
    assert!(!v.contains('$'), "a `$` in the export");
    let mods = ast::parse(&v).unwrap();
    let names: Vec<&str> = mods.iter().map(|m| m.name.as_str()).collect();
    for want in [
        "mmu",
        "mmu_data",
        "mmu_fetch",
        "mmu_data_tlb",
        "mmu_fetch_tlb",
        "mmu_walker",
        "mmu_pwc",
        "mmu_l2",
        "mmu_perm",
    ] {
        assert!(names.contains(&want), "no module {want}: {names:?}");
    }
    for m in &mods {
        assert!(
            m.processes
                .iter()
                .any(|p| matches!(p, Process::Always(Sens::Comb, _))),
            "module {} has no logic of its own: a flop or memory module was not folded",
            m.name
        );
        for p in &m.processes {
            if let Process::Always(Sens::Posedge(c), _) = p {
                assert_eq!(c, "clock", "module {} clocks a process by {c}", m.name);
            }
        }
        let mut again = m.clone();
        width::size_literals(&mut again).unwrap();
        assert_eq!(
            literals(&again),
            literals(m),
            "module {}: a literal is not sized to its context",
            m.name
        );
    }
}

#[test]
fn header_and_module_follow_the_port_table() {
    let v = verilog(&Config::default()).unwrap();
    let module = v.lines().find(|l| l.starts_with("module mmu(")).unwrap();
    let names: Vec<&str> = PORTS.iter().map(|p| p.name).collect();
    assert_eq!(module, format!("module mmu({});", names.join(", ")));
    assert!(
        v.contains("//   input   [63:0] data_req_va\n")
            && v.contains("//   output  [51:0] fetch_rsp_pa\n")
    );
}

#[test]
fn rejects_sizes_the_rtl_is_not_built_for() {
    let bad = Config {
        tlb_entries: 12,
        ..Config::default()
    };
    assert!(verilog(&bad).unwrap_err().contains("tlb_entries"));
    let bad = Config {
        paddr_bits: 53,
        ..Config::default()
    };
    assert!(verilog(&bad).unwrap_err().contains("paddr_bits"));
}
