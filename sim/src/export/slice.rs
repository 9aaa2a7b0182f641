//! Splitting of each combinational `always @(*)` block into one block per variable (or group of variables).
//!
//! rust-hdl writes a block's whole combinational logic as one process, which both drives its sub-modules' inputs and
//! reads their outputs. A simulator that orders whole processes (Verilator) then sees a loop through every such block
//! and evaluates it again until it settles (UNOPTFLAT). A slice keeps, in their original order, every assignment of
//! its variables with the `if`/`case` conditions around them, so it computes their final values exactly as the whole
//! block did, provided every value it reads is final when read. Hence the grouping: when a statement (or a condition)
//! reads a variable that the block assigns again *later*, the reader sees an intermediate value, so the reader's
//! variables and that variable share a slice and keep their relative order.

use std::collections::{BTreeMap, BTreeSet};

use super::ast::{Expr, Module, Process, Sens, Stmt};

fn reads(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Ident(n) => out.push(n.clone()),
        Expr::Lit(..) => {}
        Expr::Paren(x) | Expr::Unary(_, x) => reads(x, out),
        Expr::Binary(_, a, b) => {
            reads(a, out);
            reads(b, out);
        }
        Expr::Index(n, i) => {
            out.push(n.clone());
            reads(i, out);
        }
        Expr::PartUp(n, a, b) | Expr::Range(n, a, b) => {
            out.push(n.clone());
            reads(a, out);
            reads(b, out);
        }
        Expr::Concat(ps) => ps.iter().for_each(|p| reads(p, out)),
    }
}

fn assigned(s: &Stmt, out: &mut BTreeSet<String>) {
    match s {
        Stmt::Block(b) => b.iter().for_each(|s| assigned(s, out)),
        Stmt::If(_, t, e) => {
            assigned(t, out);
            if let Some(e) = e {
                assigned(e, out);
            }
        }
        Stmt::Case(_, items) => items.iter().for_each(|(_, b)| assigned(b, out)),
        Stmt::Assign(t, ..) => {
            out.insert(t.clone());
        }
    }
}

/// A read at a position: the variables read and the variables whose value depends on them there.
struct Read {
    pos: usize,
    vars: Vec<String>,
    writers: BTreeSet<String>,
}

#[derive(Default)]
struct Walk {
    pos: usize,
    /// Every assignment position of each variable.
    writes: BTreeMap<String, Vec<usize>>,
    reads: Vec<Read>,
}

impl Walk {
    fn stmt(&mut self, s: &Stmt) -> Result<(), String> {
        self.pos += 1;
        match s {
            Stmt::Block(b) => {
                for s in b {
                    self.stmt(s)?;
                }
            }
            Stmt::If(c, t, e) => {
                let mut vars = Vec::new();
                reads(c, &mut vars);
                let mut writers = BTreeSet::new();
                assigned(s, &mut writers);
                self.reads.push(Read {
                    pos: self.pos,
                    vars,
                    writers,
                });
                self.stmt(t)?;
                if let Some(e) = e {
                    self.stmt(e)?;
                }
            }
            Stmt::Case(subject, items) => {
                let mut vars = Vec::new();
                reads(subject, &mut vars);
                items
                    .iter()
                    .flat_map(|(l, _)| l)
                    .for_each(|l| reads(l, &mut vars));
                let mut writers = BTreeSet::new();
                assigned(s, &mut writers);
                self.reads.push(Read {
                    pos: self.pos,
                    vars,
                    writers,
                });
                for (_, b) in items {
                    self.stmt(b)?;
                }
            }
            Stmt::Assign(t, idx, blocking, v) => {
                if !blocking || idx.is_some() {
                    return Err(format!(
                        "combinational block assigns `{t}` with `<=` or to a word of it"
                    ));
                }
                let mut vars = Vec::new();
                reads(v, &mut vars);
                self.reads.push(Read {
                    pos: self.pos,
                    vars,
                    writers: BTreeSet::from([t.clone()]),
                });
                self.writes.entry(t.clone()).or_default().push(self.pos);
            }
        }
        Ok(())
    }
}

fn find(parent: &mut BTreeMap<String, String>, v: &str) -> String {
    let p = parent[v].clone();
    if p == v {
        return p;
    }
    let root = find(parent, &p);
    parent.insert(v.to_string(), root.clone());
    root
}

/// `s` with only the assignments to `group` and the conditions around them; `None` if nothing is left.
fn keep(s: &Stmt, group: &BTreeSet<String>) -> Option<Stmt> {
    match s {
        Stmt::Assign(t, ..) => group.contains(t).then(|| s.clone()),
        Stmt::Block(b) => {
            let kept: Vec<Stmt> = b.iter().filter_map(|s| keep(s, group)).collect();
            (!kept.is_empty()).then_some(Stmt::Block(kept))
        }
        Stmt::If(c, t, e) => {
            let t = keep(t, group);
            let e = e.as_ref().and_then(|e| keep(e, group));
            match (t, e) {
                (None, None) => None,
                (Some(t), e) => Some(Stmt::If(c.clone(), Box::new(t), e.map(Box::new))),
                (None, Some(e)) => Some(Stmt::If(
                    Expr::Unary("!", Box::new(Expr::Paren(Box::new(c.clone())))),
                    Box::new(e),
                    None,
                )),
            }
        }
        Stmt::Case(subject, items) => {
            let kept: Vec<(Vec<Expr>, Option<Stmt>)> = items
                .iter()
                .map(|(l, b)| (l.clone(), keep(b, group)))
                .collect();
            // An empty item can go unless a `default` with statements would then take its values.
            let default_acts = kept.iter().any(|(l, b)| l.is_empty() && b.is_some());
            let kept: Vec<(Vec<Expr>, Stmt)> = kept
                .into_iter()
                .filter(|(_, b)| default_acts || b.is_some())
                .map(|(l, b)| (l, b.unwrap_or(Stmt::Block(Vec::new()))))
                .collect();
            kept.iter()
                .any(|(_, b)| b != &Stmt::Block(Vec::new()))
                .then(|| Stmt::Case(subject.clone(), kept))
        }
    }
}

/// The slices of one combinational block, in the order of their first assignment.
pub fn slices(body: &Stmt) -> Result<Vec<Stmt>, String> {
    let mut w = Walk::default();
    w.stmt(body)?;
    let mut parent: BTreeMap<String, String> =
        w.writes.keys().map(|v| (v.clone(), v.clone())).collect();
    for r in &w.reads {
        for v in &r.vars {
            let later = w
                .writes
                .get(v)
                .is_some_and(|ps| ps.iter().any(|&p| p > r.pos));
            if later {
                for x in &r.writers {
                    let (a, b) = (find(&mut parent, v), find(&mut parent, x));
                    if a != b {
                        parent.insert(a, b);
                    }
                }
            }
        }
    }
    let mut groups: BTreeMap<String, (usize, BTreeSet<String>)> = BTreeMap::new();
    for (v, ps) in &w.writes {
        let root = find(&mut parent, v);
        let g = groups.entry(root).or_insert((usize::MAX, BTreeSet::new()));
        g.0 = g.0.min(ps[0]);
        g.1.insert(v.clone());
    }
    let mut ordered: Vec<(usize, BTreeSet<String>)> = groups.into_values().collect();
    ordered.sort();
    Ok(ordered
        .iter()
        .filter_map(|(_, g)| keep(body, g))
        .map(|s| match s {
            Stmt::Block(_) => s,
            s => Stmt::Block(vec![s]),
        })
        .collect())
}

/// Replaces every `always @(*)` of `m` by its slices.
pub fn split(m: &mut Module) -> Result<(), String> {
    let mut out = Vec::new();
    for p in std::mem::take(&mut m.processes) {
        match p {
            Process::Always(Sens::Comb, body) => {
                let s = slices(&body).map_err(|e| format!("module {}: {e}", m.name))?;
                out.extend(s.into_iter().map(|s| Process::Always(Sens::Comb, s)));
            }
            p => out.push(p),
        }
    }
    m.processes = out;
    Ok(())
}
