//! Literal sizing: every literal gets the width of the context it is evaluated in.
//!
//! rust-hdl writes each integer as a 32-bit literal (`32'h1`), so `level == 32'h2` compares at 32 bits and
//! `victim + 32'h1` adds at 32 bits and truncates. Verilog's context rules make the widest operand or the assignment
//! target set the width of a context-determined expression; the rewrite gives each context the narrowest width that
//! provably keeps the value of every bit that reaches the result:
//! - in an assignment, only the target's bits survive, and the low bits of `+ - * & | ^ ~ <<` depend only on the low
//!   bits of their operands, so such a context narrows to the target (or its widest signal); literals keep their low
//!   bits. A right shift or a division brings high bits down: that context keeps its original width.
//! - in a comparison, a condition or a case, every bit counts: the context narrows only when it is made of `& | ^`
//!   alone (which cannot set a bit above the widest signal or literal), else it keeps its original width.
//!
//! Signals narrower than their context are zero-extended explicitly (`{pad, x}`: the values are unsigned), a mask
//! of all ones as wide as its context (rust-hdl's widening cast `(x) & 52'hf..f`) is dropped, and constant bit and
//! part selects and shift amounts become plain decimals.

use super::ast::{Expr, Module, Process, Stmt};

struct Env<'a> {
    m: &'a Module,
}

/// How a name reads in an expression.
enum Sym {
    Signal(u32),
    /// A parameter written without a width (rust-hdl's enum values): Verilog gives it 32 bits, linters accept it in
    /// any context; it is left as it is.
    Unsized(u128),
    Sized(u32),
}

fn mask(w: u32) -> u128 {
    if w >= 128 {
        u128::MAX
    } else {
        (1u128 << w) - 1
    }
}

fn bits(v: u128) -> u32 {
    (128 - v.leading_zeros()).max(1)
}

impl Env<'_> {
    fn sym(&self, name: &str) -> Result<Sym, String> {
        if let Some(d) = self.m.decl(name) {
            return Ok(Sym::Signal(d.width));
        }
        let p = self
            .m
            .params
            .iter()
            .find(|p| p.name == name)
            .ok_or_else(|| format!("module {}: `{name}` is not declared", self.m.name))?;
        match &p.value {
            Expr::Lit(None, v) => Ok(Sym::Unsized(*v)),
            Expr::Lit(Some(w), _) => Ok(Sym::Sized(*w)),
            _ => Err(format!(
                "module {}: parameter `{name}` is not a literal",
                self.m.name
            )),
        }
    }

    fn const_val(&self, e: &Expr) -> Result<u128, String> {
        match e {
            Expr::Lit(_, v) => Ok(*v),
            Expr::Paren(x) => self.const_val(x),
            _ => Err(format!(
                "module {}: `{}` is not a constant",
                self.m.name,
                super::ast::expr(e)
            )),
        }
    }

    /// The self-determined width in the original text (literals at their written width, unsized ones 32 bits).
    fn orig(&self, e: &Expr) -> Result<u32, String> {
        Ok(match e {
            Expr::Ident(n) => match self.sym(n)? {
                Sym::Signal(w) | Sym::Sized(w) => w,
                Sym::Unsized(_) => 32,
            },
            Expr::Lit(w, _) => w.unwrap_or(32),
            Expr::Paren(x) => self.orig(x)?,
            Expr::Unary("~" | "-", x) => self.orig(x)?,
            Expr::Unary(..) => 1,
            Expr::Binary(op, a, b) => match *op {
                "<<" | ">>" | "<<<" | ">>>" => self.orig(a)?,
                "==" | "!=" | "===" | "!==" | "<" | "<=" | ">" | ">=" | "&&" | "||" => 1,
                _ => self.orig(a)?.max(self.orig(b)?),
            },
            Expr::Index(n, _) => match self.m.decl(n) {
                Some(d) if d.depth.is_some() => d.width,
                _ => 1,
            },
            Expr::PartUp(_, _, w) => {
                u32::try_from(self.const_val(w)?).map_err(|_| "part select too wide")?
            }
            Expr::Range(_, h, l) => u32::try_from(self.const_val(h)? - self.const_val(l)? + 1)
                .map_err(|_| "range too wide")?,
            Expr::Concat(ps) => ps
                .iter()
                .map(|p| self.orig(p))
                .sum::<Result<u32, String>>()?,
        })
    }
}

#[derive(Default)]
struct Survey {
    /// Widest signal (or self-determined operand) of the context.
    leaves: u32,
    /// Bits needed by the widest literal value of the context.
    lits: u32,
    /// An operator whose result bits depend on operand bits above them (`>>`, `/`, `%`).
    high_bits_down: bool,
    /// An operator that can set bits above its operands' widest (`+ - * ~ <<`).
    high_bits_up: bool,
}

/// Parentheses around `e`, unless it is a primary (which binds tighter than any operator anyway).
fn primary_paren(e: Expr) -> Expr {
    match e {
        Expr::Ident(_)
        | Expr::Lit(..)
        | Expr::Paren(_)
        | Expr::Concat(_)
        | Expr::Index(..)
        | Expr::PartUp(..)
        | Expr::Range(..) => e,
        e => Expr::Paren(Box::new(e)),
    }
}

fn is_context_op(op: &str) -> bool {
    matches!(
        op,
        "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "~^" | "^~" | "<<" | ">>" | "<<<" | ">>>"
    )
}

impl Env<'_> {
    fn survey(&self, e: &Expr, s: &mut Survey) -> Result<(), String> {
        match e {
            Expr::Lit(_, v) => s.lits = s.lits.max(bits(*v)),
            Expr::Ident(n) => match self.sym(n)? {
                Sym::Signal(w) | Sym::Sized(w) => s.leaves = s.leaves.max(w),
                Sym::Unsized(v) => s.lits = s.lits.max(bits(v)),
            },
            Expr::Paren(x) => self.survey(x, s)?,
            Expr::Unary("~" | "-", x) => {
                s.high_bits_up = true;
                self.survey(x, s)?;
            }
            Expr::Binary(op, a, b) if is_context_op(op) => {
                match *op {
                    "+" | "-" | "*" | "<<" | "<<<" => s.high_bits_up = true,
                    ">>" | ">>>" | "/" | "%" => s.high_bits_down = true,
                    _ => {}
                }
                self.survey(a, s)?;
                if !matches!(*op, "<<" | ">>" | "<<<" | ">>>") {
                    self.survey(b, s)?;
                }
            }
            _ => s.leaves = s.leaves.max(self.orig(e)?),
        }
        Ok(())
    }

    /// The width for an expression assigned to a `target`-bit signal.
    fn assign_width(&self, e: &Expr, target: u32) -> Result<u32, String> {
        let mut s = Survey::default();
        self.survey(e, &mut s)?;
        Ok(if s.high_bits_down {
            target.max(self.orig(e)?)
        } else {
            target.max(s.leaves).max(1)
        })
    }

    /// The width for operands whose every bit counts (a comparison, a condition, a case).
    fn exact_width(&self, es: &[&Expr]) -> Result<u32, String> {
        let mut s = Survey::default();
        let mut orig = 0;
        for e in es {
            self.survey(e, &mut s)?;
            orig = orig.max(self.orig(e)?);
        }
        Ok(if s.high_bits_up || s.high_bits_down {
            orig
        } else {
            s.leaves.max(s.lits).max(1)
        })
    }

    /// `e` evaluated in a context of `w` bits.
    fn at(&self, e: &Expr, w: u32) -> Result<Expr, String> {
        Ok(match e {
            Expr::Lit(_, v) => Expr::Lit(Some(w), v & mask(w)),
            Expr::Paren(x) => primary_paren(self.at(x, w)?),
            Expr::Unary(op @ ("~" | "-"), x) => Expr::Unary(op, Box::new(self.at(x, w)?)),
            Expr::Binary(op, a, b) if is_context_op(op) => {
                let a = self.at(a, w)?;
                let b = if matches!(*op, "<<" | ">>" | "<<<" | ">>>") {
                    self.index(b)?
                } else {
                    self.at(b, w)?
                };
                let ones =
                    |x: &Expr| matches!(x, Expr::Lit(Some(lw), v) if *lw == w && *v == mask(w));
                match (*op, ones(&a), ones(&b)) {
                    ("&", _, true) => a,
                    ("&", true, _) => b,
                    _ => Expr::Binary(op, Box::new(a), Box::new(b)),
                }
            }
            Expr::Ident(n) if matches!(self.sym(n)?, Sym::Unsized(_)) => e.clone(),
            _ => {
                let inner = self.leaf(e)?;
                let lw = self.orig(e)?;
                if lw < w {
                    Expr::Concat(vec![Expr::Lit(Some(w - lw), 0), inner])
                } else if lw > w {
                    return Err(format!(
                        "module {}: `{}` ({lw} bits) in a {w}-bit context",
                        self.m.name,
                        super::ast::expr(e)
                    ));
                } else {
                    inner
                }
            }
        })
    }

    /// A self-determined operand: its own operands rewritten.
    fn leaf(&self, e: &Expr) -> Result<Expr, String> {
        let b = Box::new;
        Ok(match e {
            Expr::Ident(_) | Expr::Lit(..) => e.clone(),
            Expr::Index(n, i) => Expr::Index(n.clone(), b(self.index(i)?)),
            Expr::PartUp(n, x, w) => Expr::PartUp(n.clone(), b(self.index(x)?), b(self.index(w)?)),
            Expr::Range(n, h, l) => Expr::Range(n.clone(), b(self.index(h)?), b(self.index(l)?)),
            Expr::Concat(ps) => {
                Expr::Concat(ps.iter().map(|p| self.own(p)).collect::<Result<_, _>>()?)
            }
            Expr::Unary(op, x) => Expr::Unary(op, b(self.own(x)?)),
            Expr::Binary(op @ ("&&" | "||"), x, y) => {
                Expr::Binary(op, b(self.own(x)?), b(self.own(y)?))
            }
            Expr::Binary(op, x, y) => {
                let w = self.exact_width(&[x, y])?;
                Expr::Binary(op, b(self.at(x, w)?), b(self.at(y, w)?))
            }
            Expr::Paren(x) => primary_paren(self.leaf(x)?),
        })
    }

    /// An operand evaluated at its own width (a condition, a concatenation part, an operand of `&&`).
    fn own(&self, e: &Expr) -> Result<Expr, String> {
        if let Expr::Lit(..) = e {
            return Ok(e.clone());
        }
        let w = self.exact_width(&[e])?;
        self.at(e, w)
    }

    /// A bit index, part-select bound or shift amount: a constant becomes a plain decimal.
    fn index(&self, e: &Expr) -> Result<Expr, String> {
        match self.const_val(e) {
            Ok(v) => Ok(Expr::Lit(None, v)),
            Err(_) => self.own(e),
        }
    }

    fn stmt(&self, s: &Stmt) -> Result<Stmt, String> {
        Ok(match s {
            Stmt::Block(v) => {
                Stmt::Block(v.iter().map(|s| self.stmt(s)).collect::<Result<_, _>>()?)
            }
            Stmt::If(c, t, e) => Stmt::If(
                self.own(c)?,
                Box::new(self.stmt(t)?),
                e.as_ref().map(|e| self.stmt(e).map(Box::new)).transpose()?,
            ),
            Stmt::Case(subject, items) => {
                let mut all = vec![subject];
                all.extend(items.iter().flat_map(|(l, _)| l.iter()));
                let w = self.exact_width(&all)?;
                let mut out = Vec::new();
                for (labels, body) in items {
                    let labels = labels
                        .iter()
                        .map(|l| self.at(l, w))
                        .collect::<Result<_, _>>()?;
                    out.push((labels, self.stmt(body)?));
                }
                Stmt::Case(self.at(subject, w)?, out)
            }
            Stmt::Assign(t, idx, blocking, v) => {
                let tw = self
                    .m
                    .decl(t)
                    .ok_or_else(|| format!("module {}: `{t}` is not declared", self.m.name))?
                    .width;
                let w = self.assign_width(v, tw)?;
                let idx = idx.as_ref().map(|i| self.index(i)).transpose()?;
                Stmt::Assign(t.clone(), idx, *blocking, self.at(v, w)?)
            }
        })
    }
}

/// Sizes every literal of `m`'s processes to its context.
pub fn size_literals(m: &mut Module) -> Result<(), String> {
    let env = Env { m };
    let mut out = Vec::new();
    for p in &m.processes {
        out.push(match p {
            Process::Initial(s) => Process::Initial(env.stmt(s)?),
            Process::Always(sens, s) => Process::Always(sens.clone(), env.stmt(s)?),
        });
    }
    for inst in &m.instances {
        for (port, e) in &inst.conns {
            if !matches!(e, Expr::Ident(_)) {
                return Err(format!(
                    "module {}: port `{port}` of `{}` is not connected to a signal",
                    m.name, inst.name
                ));
            }
        }
    }
    m.processes = out;
    Ok(())
}
