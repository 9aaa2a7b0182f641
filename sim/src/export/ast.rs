//! A parser and printer for the subset of Verilog-2001 that rust-hdl 0.46 writes.
//!
//! rust-hdl's output is regular: port, signal and parameter declarations, sub-module instances with named connections,
//! `initial` blocks, one `always @(*)` block of blocking assignments per kernel and `always @(posedge ..)` blocks for
//! flops and memories. The post-processor rewrites that structure, so it needs it as a tree; anything outside the
//! subset is an error naming the construct, never a silent pass-through.

use std::fmt::Write as _;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    /// A literal: width (`None` for a plain decimal) and value.
    Num(Option<u32>, u128),
    Sym(&'static str),
}

const SYMS: &[&str] = &[
    "===", "!==", "<<<", ">>>", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "+:", "-:", "~^",
    "^~", "(", ")", "[", "]", "{", "}", ";", ",", ":", ".", "@", "=", "<", ">", "+", "-", "*", "/",
    "%", "&", "|", "^", "~", "!", "?", "#",
];

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
}

pub fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(b.len(), |n| i + n);
        } else if src[i..].starts_with("/*") {
            i = src[i..]
                .find("*/")
                .map(|n| i + n + 2)
                .ok_or("unterminated /* comment")?;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &src[start..i];
            if i < b.len() && b[i] == b'\'' {
                let width: u32 = digits
                    .parse()
                    .map_err(|_| format!("bad literal width `{digits}`"))?;
                let radix = match b.get(i + 1) {
                    Some(b'h') => 16,
                    Some(b'b') => 2,
                    Some(b'd') => 10,
                    _ => return Err(format!("unsupported literal base after `{digits}'`")),
                };
                i += 2;
                let vstart = i;
                while i < b.len() && (b[i].is_ascii_hexdigit() || b[i] == b'_') {
                    i += 1;
                }
                let v = src[vstart..i].replace('_', "");
                let value = u128::from_str_radix(&v, radix).map_err(|_| {
                    format!(
                        "literal `{digits}'{}` does not fit 128 bits",
                        &src[vstart..i]
                    )
                })?;
                out.push(Tok::Num(Some(width), value));
            } else {
                let value = digits
                    .parse()
                    .map_err(|_| format!("bad integer `{digits}`"))?;
                out.push(Tok::Num(None, value));
            }
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' {
            let start = i;
            while i < b.len() && is_ident_char(b[i]) {
                i += 1;
            }
            out.push(Tok::Ident(src[start..i].to_string()));
        } else if let Some(s) = SYMS.iter().find(|s| src[i..].starts_with(**s)) {
            out.push(Tok::Sym(s));
            i += s.len();
        } else {
            return Err(format!("unexpected character `{}`", c as char));
        }
    }
    Ok(out)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Ident(String),
    Lit(Option<u32>, u128),
    Paren(Box<Expr>),
    Unary(&'static str, Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `x[i]`
    Index(String, Box<Expr>),
    /// `x[base +: width]`
    PartUp(String, Box<Expr>, Box<Expr>),
    /// `x[hi:lo]`
    Range(String, Box<Expr>, Box<Expr>),
    Concat(Vec<Expr>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stmt {
    Block(Vec<Stmt>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    /// Subject, items (labels, body; no labels: `default`).
    Case(Expr, Vec<(Vec<Expr>, Stmt)>),
    /// Target, index of a memory word, blocking (`=`) or not (`<=`), value.
    Assign(String, Option<Expr>, bool, Expr),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sens {
    Comb,
    Posedge(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dir {
    Input,
    Output,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decl {
    pub name: String,
    pub dir: Option<Dir>,
    pub is_reg: bool,
    pub width: u32,
    /// Words of a memory (`reg [w-1:0] name [depth-1:0]`).
    pub depth: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub module: String,
    pub name: String,
    pub conns: Vec<(String, Expr)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Process {
    Initial(Stmt),
    Always(Sens, Stmt),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Module {
    pub name: String,
    pub comment: Vec<String>,
    pub ports: Vec<String>,
    pub decls: Vec<Decl>,
    pub params: Vec<Param>,
    pub instances: Vec<Instance>,
    pub processes: Vec<Process>,
}

impl Module {
    pub fn decl(&self, name: &str) -> Option<&Decl> {
        self.decls.iter().find(|d| d.name == name)
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn peek_at(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.pos + k)
    }
    fn bump(&mut self) -> Result<Tok, String> {
        let t = self
            .toks
            .get(self.pos)
            .cloned()
            .ok_or("unexpected end of file")?;
        self.pos += 1;
        Ok(t)
    }
    fn is_sym(&self, s: &str) -> bool {
        matches!(self.peek(), Some(Tok::Sym(x)) if *x == s)
    }
    fn is_kw(&self, s: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(x)) if x == s)
    }
    fn context(&self) -> String {
        let end = (self.pos + 8).min(self.toks.len());
        self.toks[self.pos.min(end)..end]
            .iter()
            .map(show_tok)
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn expect_sym(&mut self, s: &str) -> Result<(), String> {
        if self.is_sym(s) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected `{s}` at `{}`", self.context()))
        }
    }
    fn expect_kw(&mut self, s: &str) -> Result<(), String> {
        if self.is_kw(s) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected `{s}` at `{}`", self.context()))
        }
    }
    fn ident(&mut self) -> Result<String, String> {
        match self.bump()? {
            Tok::Ident(s) => Ok(s),
            t => Err(format!("expected a name, found `{}`", show_tok(&t))),
        }
    }
    fn const_int(&mut self) -> Result<u32, String> {
        match self.bump()? {
            Tok::Num(_, v) => u32::try_from(v).map_err(|_| format!("index {v} too large")),
            t => Err(format!(
                "expected a constant index, found `{}`",
                show_tok(&t)
            )),
        }
    }
    /// `[hi:lo]` with `lo == 0`, as a width.
    fn range(&mut self) -> Result<u32, String> {
        self.expect_sym("[")?;
        let hi = self.const_int()?;
        self.expect_sym(":")?;
        let lo = self.const_int()?;
        self.expect_sym("]")?;
        if lo != 0 {
            return Err(format!("range [{hi}:{lo}] does not end at 0"));
        }
        Ok(hi + 1)
    }
    fn opt_range(&mut self) -> Result<u32, String> {
        if self.is_sym("[") {
            self.range()
        } else {
            Ok(1)
        }
    }

    fn module(&mut self) -> Result<Module, String> {
        self.expect_kw("module")?;
        let mut m = Module {
            name: self.ident()?,
            ..Module::default()
        };
        self.expect_sym("(")?;
        while !self.is_sym(")") {
            m.ports.push(self.ident()?);
            if self.is_sym(",") {
                self.pos += 1;
            }
        }
        self.expect_sym(")")?;
        self.expect_sym(";")?;
        loop {
            let Some(Tok::Ident(kw)) = self.peek().cloned() else {
                return Err(format!(
                    "in module {}: unexpected `{}`",
                    m.name,
                    self.context()
                ));
            };
            match kw.as_str() {
                "endmodule" => {
                    self.pos += 1;
                    return Ok(m);
                }
                "input" | "output" => {
                    self.pos += 1;
                    let dir = if kw == "input" {
                        Dir::Input
                    } else {
                        Dir::Output
                    };
                    let is_reg = if self.is_kw("reg") {
                        self.pos += 1;
                        true
                    } else {
                        self.expect_kw("wire")?;
                        false
                    };
                    if !is_reg && self.is_kw("reg") {
                        return Err(format!(
                            "in module {}: unexpected `{}`",
                            m.name,
                            self.context()
                        ));
                    }
                    let width = self.opt_range()?;
                    let name = self.ident()?;
                    self.expect_sym(";")?;
                    m.decls.push(Decl {
                        name,
                        dir: Some(dir),
                        is_reg,
                        width,
                        depth: None,
                    });
                }
                "reg" | "wire" => {
                    self.pos += 1;
                    let width = self.opt_range()?;
                    let name = self.ident()?;
                    let depth = if self.is_sym("[") {
                        Some(self.range()?)
                    } else {
                        None
                    };
                    self.expect_sym(";")?;
                    m.decls.push(Decl {
                        name,
                        dir: None,
                        is_reg: kw == "reg",
                        width,
                        depth,
                    });
                }
                "localparam" => {
                    self.pos += 1;
                    let name = self.ident()?;
                    self.expect_sym("=")?;
                    let value = self.expr(0)?;
                    self.expect_sym(";")?;
                    m.params.push(Param { name, value });
                }
                "initial" => {
                    self.pos += 1;
                    let s = self.stmt()?;
                    m.processes.push(Process::Initial(s));
                }
                // The printer writes a constant driver this way (see `constant_driver`): read back as the process it
                // stands for, its variable a `reg` again.
                "assign" => {
                    self.pos += 1;
                    let name = self.ident()?;
                    self.expect_sym("=")?;
                    let value = self.expr(0)?;
                    self.expect_sym(";")?;
                    match m.decls.iter_mut().find(|d| d.name == name) {
                        Some(d) => d.is_reg = true,
                        None => {
                            return Err(format!(
                                "in module {}: `assign` to undeclared `{name}`",
                                m.name
                            ))
                        }
                    }
                    m.processes.push(Process::Always(
                        Sens::Comb,
                        Stmt::Block(vec![Stmt::Assign(name, None, true, value)]),
                    ));
                }
                "always" => {
                    self.pos += 1;
                    self.expect_sym("@")?;
                    self.expect_sym("(")?;
                    let sens = if self.is_sym("*") {
                        self.pos += 1;
                        Sens::Comb
                    } else {
                        self.expect_kw("posedge")?;
                        Sens::Posedge(self.ident()?)
                    };
                    self.expect_sym(")")?;
                    let s = self.stmt()?;
                    m.processes.push(Process::Always(sens, s));
                }
                _ if matches!(self.peek_at(1), Some(Tok::Ident(_)))
                    && matches!(self.peek_at(2), Some(Tok::Sym("("))) =>
                {
                    let module = self.ident()?;
                    let name = self.ident()?;
                    self.expect_sym("(")?;
                    let mut conns = Vec::new();
                    while !self.is_sym(")") {
                        self.expect_sym(".")?;
                        let port = self.ident()?;
                        self.expect_sym("(")?;
                        let e = self.expr(0)?;
                        self.expect_sym(")")?;
                        conns.push((port, e));
                        if self.is_sym(",") {
                            self.pos += 1;
                        }
                    }
                    self.expect_sym(")")?;
                    self.expect_sym(";")?;
                    m.instances.push(Instance {
                        module,
                        name,
                        conns,
                    });
                }
                _ => {
                    return Err(format!(
                        "in module {}: unsupported construct at `{}`",
                        m.name,
                        self.context()
                    ))
                }
            }
        }
    }

    fn stmt(&mut self) -> Result<Stmt, String> {
        if self.is_kw("begin") {
            self.pos += 1;
            let mut body = Vec::new();
            while !self.is_kw("end") {
                body.push(self.stmt()?);
            }
            self.pos += 1;
            return Ok(Stmt::Block(body));
        }
        if self.is_kw("if") {
            self.pos += 1;
            self.expect_sym("(")?;
            let c = self.expr(0)?;
            self.expect_sym(")")?;
            let t = self.stmt()?;
            let e = if self.is_kw("else") {
                self.pos += 1;
                Some(Box::new(self.stmt()?))
            } else {
                None
            };
            return Ok(Stmt::If(c, Box::new(t), e));
        }
        if self.is_kw("case") {
            self.pos += 1;
            self.expect_sym("(")?;
            let subject = self.expr(0)?;
            self.expect_sym(")")?;
            let mut items = Vec::new();
            while !self.is_kw("endcase") {
                let mut labels = Vec::new();
                if self.is_kw("default") {
                    self.pos += 1;
                    if self.is_sym(":") {
                        self.pos += 1;
                    }
                } else {
                    loop {
                        labels.push(self.expr(0)?);
                        if self.is_sym(",") {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                    self.expect_sym(":")?;
                }
                items.push((labels, self.stmt()?));
            }
            self.pos += 1;
            return Ok(Stmt::Case(subject, items));
        }
        if matches!(self.peek(), Some(Tok::Ident(k)) if ["for", "while", "repeat", "forever", "casez", "casex", "fork", "assign", "disable"].contains(&k.as_str()))
        {
            return Err(format!("unsupported statement at `{}`", self.context()));
        }
        let target = self.ident()?;
        let index = if self.is_sym("[") {
            self.pos += 1;
            let e = self.expr(0)?;
            self.expect_sym("]")?;
            Some(e)
        } else {
            None
        };
        let blocking = if self.is_sym("=") {
            true
        } else if self.is_sym("<=") {
            false
        } else {
            return Err(format!("unsupported statement at `{}`", self.context()));
        };
        self.pos += 1;
        let value = self.expr(0)?;
        self.expect_sym(";")?;
        Ok(Stmt::Assign(target, index, blocking, value))
    }

    fn primary(&mut self) -> Result<Expr, String> {
        match self.bump()? {
            Tok::Num(w, v) => Ok(Expr::Lit(w, v)),
            Tok::Sym("(") => {
                let e = self.expr(0)?;
                self.expect_sym(")")?;
                Ok(Expr::Paren(Box::new(e)))
            }
            Tok::Sym("{") => {
                let mut parts = vec![self.expr(0)?];
                while self.is_sym(",") {
                    self.pos += 1;
                    parts.push(self.expr(0)?);
                }
                if self.is_sym("{") {
                    return Err(format!(
                        "replication is not supported: `{}`",
                        self.context()
                    ));
                }
                self.expect_sym("}")?;
                Ok(Expr::Concat(parts))
            }
            Tok::Sym(op @ ("~" | "!" | "-" | "&" | "|" | "^")) => {
                let e = self.expr(UNARY_BP)?;
                Ok(Expr::Unary(op, Box::new(e)))
            }
            Tok::Ident(name) => {
                if name.starts_with('$') {
                    return Err(format!("system function `{name}` is not supported"));
                }
                if !self.is_sym("[") {
                    return Ok(Expr::Ident(name));
                }
                self.pos += 1;
                let a = self.expr(0)?;
                let e = if self.is_sym("+:") {
                    self.pos += 1;
                    let w = self.expr(0)?;
                    Expr::PartUp(name, Box::new(a), Box::new(w))
                } else if self.is_sym(":") {
                    self.pos += 1;
                    let lo = self.expr(0)?;
                    Expr::Range(name, Box::new(a), Box::new(lo))
                } else if self.is_sym("-:") {
                    return Err(format!(
                        "`-:` part select is not supported: `{}`",
                        self.context()
                    ));
                } else {
                    Expr::Index(name, Box::new(a))
                };
                self.expect_sym("]")?;
                Ok(e)
            }
            t => Err(format!("unexpected `{}` in an expression", show_tok(&t))),
        }
    }

    fn expr(&mut self, min_bp: u8) -> Result<Expr, String> {
        let mut lhs = self.primary()?;
        while let Some(Tok::Sym(op)) = self.peek() {
            let op = *op;
            if op == "?" {
                return Err(format!(
                    "the conditional operator is not supported: `{}`",
                    self.context()
                ));
            }
            let Some(bp) = binary_bp(op) else { break };
            if bp <= min_bp {
                break;
            }
            self.pos += 1;
            let rhs = self.expr(bp)?;
            lhs = Expr::Binary(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
}

const UNARY_BP: u8 = 20;

/// Verilog-2001 binary operator precedence (higher binds tighter); all left-associative.
pub fn binary_bp(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" | "~^" | "^~" => 4,
        "&" => 5,
        "==" | "!=" | "===" | "!==" => 6,
        "<" | "<=" | ">" | ">=" => 7,
        "<<" | ">>" | "<<<" | ">>>" => 8,
        "+" | "-" => 9,
        "*" | "/" | "%" => 10,
        _ => return None,
    })
}

fn show_tok(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => s.clone(),
        Tok::Num(None, v) => v.to_string(),
        Tok::Num(Some(w), v) => format!("{w}'h{v:x}"),
        Tok::Sym(s) => s.to_string(),
    }
}

/// Every module of a file, in order.
pub fn parse(src: &str) -> Result<Vec<Module>, String> {
    let mut p = Parser {
        toks: lex(src)?,
        pos: 0,
    };
    let mut out = Vec::new();
    while p.peek().is_some() {
        out.push(p.module()?);
    }
    Ok(out)
}

pub fn lit(width: Option<u32>, v: u128) -> String {
    match width {
        None => v.to_string(),
        Some(1) => format!("1'b{v}"),
        Some(w) => format!("{w}'h{v:x}"),
    }
}

pub fn expr(e: &Expr) -> String {
    match e {
        Expr::Ident(s) => s.clone(),
        Expr::Lit(w, v) => lit(*w, *v),
        Expr::Paren(e) => format!("({})", expr(e)),
        Expr::Unary(op, e) => format!("{op}{}", expr(e)),
        Expr::Binary(op, a, b) => format!("{} {op} {}", expr(a), expr(b)),
        Expr::Index(n, i) => format!("{n}[{}]", expr(i)),
        Expr::PartUp(n, b, w) => format!("{n}[{} +: {}]", expr(b), expr(w)),
        Expr::Range(n, h, l) => format!("{n}[{}:{}]", expr(h), expr(l)),
        Expr::Concat(parts) => format!(
            "{{{}}}",
            parts.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
    }
}

pub fn stmt(out: &mut String, s: &Stmt, indent: usize) {
    let pad = " ".repeat(indent);
    match s {
        Stmt::Block(body) => {
            out.push_str("begin\n");
            for s in body {
                out.push_str(&" ".repeat(indent + 4));
                stmt(out, s, indent + 4);
            }
            let _ = writeln!(out, "{pad}end");
        }
        Stmt::If(c, t, e) => {
            let _ = write!(out, "if ({}) ", expr(c));
            // A bare `if` before an `else` would take that `else` as its own.
            match (t.as_ref(), e) {
                (Stmt::If(..), Some(_)) => {
                    stmt(out, &Stmt::Block(vec![t.as_ref().clone()]), indent)
                }
                _ => stmt(out, t, indent),
            }
            if let Some(e) = e {
                let _ = write!(out, "{pad}else ");
                stmt(out, e, indent);
            }
        }
        Stmt::Case(subject, items) => {
            let _ = writeln!(out, "case ({})", expr(subject));
            for (labels, body) in items {
                let head = if labels.is_empty() {
                    "default".to_string()
                } else {
                    labels.iter().map(expr).collect::<Vec<_>>().join(", ")
                };
                let _ = write!(out, "{pad}    {head}: ");
                stmt(out, body, indent + 4);
            }
            let _ = writeln!(out, "{pad}endcase");
        }
        Stmt::Assign(t, idx, blocking, v) => {
            let idx = idx
                .as_ref()
                .map(|i| format!("[{}]", expr(i)))
                .unwrap_or_default();
            let op = if *blocking { "=" } else { "<=" };
            let _ = writeln!(out, "{t}{idx} {op} {};", expr(v));
        }
    }
}

pub fn module(m: &Module) -> String {
    let mut out = String::new();
    for c in &m.comment {
        let line = format!("// {c}");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "module {}({});", m.name, m.ports.join(", "));
    let range = |w: u32| {
        if w > 1 {
            format!("[{}:0] ", w - 1)
        } else {
            String::new()
        }
    };
    let constants: Vec<(&str, &Expr)> = m
        .processes
        .iter()
        .filter_map(|p| constant_driver(m, p))
        .collect();
    for d in &m.decls {
        let driven = constants.iter().any(|(n, _)| *n == d.name);
        let kind = if d.is_reg && !driven { "reg" } else { "wire" };
        let dir = match d.dir {
            Some(Dir::Input) => "input ",
            Some(Dir::Output) => "output ",
            None => "",
        };
        let depth = d
            .depth
            .map(|n| format!(" [{}:0]", n - 1))
            .unwrap_or_default();
        let _ = writeln!(out, "    {dir}{kind} {}{}{depth};", range(d.width), d.name);
    }
    for p in &m.params {
        let _ = writeln!(out, "    localparam {} = {};", p.name, expr(&p.value));
    }
    for inst in &m.instances {
        let _ = writeln!(out, "    {} {} (", inst.module, inst.name);
        let conns: Vec<String> = inst
            .conns
            .iter()
            .map(|(p, e)| format!("        .{p}({})", expr(e)))
            .collect();
        let _ = writeln!(out, "{}\n    );", conns.join(",\n"));
    }
    for p in &m.processes {
        if let Some((name, value)) = constant_driver(m, p) {
            let _ = writeln!(out, "    assign {name} = {};", expr(value));
            continue;
        }
        out.push_str("    ");
        let body = match p {
            Process::Initial(s) => {
                out.push_str("initial ");
                s
            }
            Process::Always(Sens::Comb, s) => {
                out.push_str("always @(*) ");
                s
            }
            Process::Always(Sens::Posedge(c), s) => {
                let _ = write!(out, "always @(posedge {c}) ");
                s
            }
        };
        stmt(&mut out, body, 4);
    }
    let _ = writeln!(out, "endmodule // {}", m.name);
    out
}

/// A combinational process that only sets one variable to a constant: written as a continuous assignment (the
/// variable a `wire`), because an `always @(*)` that reads nothing has nothing to wake it, and simulators (Verilator
/// among them) never run it.
fn constant_driver<'a>(m: &Module, p: &'a Process) -> Option<(&'a str, &'a Expr)> {
    let Process::Always(Sens::Comb, s) = p else {
        return None;
    };
    let s = match s {
        Stmt::Block(v) if v.len() == 1 => &v[0],
        s => s,
    };
    let Stmt::Assign(name, None, true, value) = s else {
        return None;
    };
    (!reads_signal(m, value)).then_some((name.as_str(), value))
}

/// Whether `e` reads a signal of `m` (a localparam is a constant).
fn reads_signal(m: &Module, e: &Expr) -> bool {
    match e {
        Expr::Ident(n) => m.decl(n).is_some(),
        Expr::Lit(..) => false,
        Expr::Paren(x) | Expr::Unary(_, x) => reads_signal(m, x),
        Expr::Binary(_, a, b) => reads_signal(m, a) || reads_signal(m, b),
        Expr::Index(..) | Expr::PartUp(..) | Expr::Range(..) => true,
        Expr::Concat(v) => v.iter().any(|x| reads_signal(m, x)),
    }
}
