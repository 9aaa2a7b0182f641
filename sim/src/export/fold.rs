//! Folding of rust-hdl's one-flop, flop-array and memory modules into their parents.
//!
//! rust-hdl writes every `DFF`, `DffArray` and `RAM` as a module of its own, so the export had one module per flop.
//! A module is foldable when it is purely sequential: no sub-modules and no combinational process, only
//! declarations, `initial` blocks and `always @(posedge ..)` blocks. Its processes move into the parent with the
//! ports replaced by the parent's connected signals and its internal names (a memory) prefixed with the instance
//! name, exactly as rust-hdl prefixes the stubs (`inst$port`).

use std::collections::{BTreeSet, HashMap};

use super::ast::{Decl, Dir, Expr, Instance, Module, Process, Sens, Stmt};

fn foldable(m: &Module) -> bool {
    m.instances.is_empty()
        && m.processes
            .iter()
            .all(|p| !matches!(p, Process::Always(Sens::Comb, _)))
}

pub fn map_expr(e: &Expr, f: &dyn Fn(&str) -> String) -> Expr {
    let b = |e: &Expr| Box::new(map_expr(e, f));
    match e {
        Expr::Ident(n) => Expr::Ident(f(n)),
        Expr::Lit(w, v) => Expr::Lit(*w, *v),
        Expr::Paren(x) => Expr::Paren(b(x)),
        Expr::Unary(op, x) => Expr::Unary(op, b(x)),
        Expr::Binary(op, x, y) => Expr::Binary(op, b(x), b(y)),
        Expr::Index(n, i) => Expr::Index(f(n), b(i)),
        Expr::PartUp(n, x, w) => Expr::PartUp(f(n), b(x), b(w)),
        Expr::Range(n, h, l) => Expr::Range(f(n), b(h), b(l)),
        Expr::Concat(ps) => Expr::Concat(ps.iter().map(|p| map_expr(p, f)).collect()),
    }
}

pub fn map_stmt(s: &Stmt, f: &dyn Fn(&str) -> String) -> Stmt {
    match s {
        Stmt::Block(v) => Stmt::Block(v.iter().map(|s| map_stmt(s, f)).collect()),
        Stmt::If(c, t, e) => Stmt::If(
            map_expr(c, f),
            Box::new(map_stmt(t, f)),
            e.as_ref().map(|e| Box::new(map_stmt(e, f))),
        ),
        Stmt::Case(s, items) => Stmt::Case(
            map_expr(s, f),
            items
                .iter()
                .map(|(l, b)| (l.iter().map(|e| map_expr(e, f)).collect(), map_stmt(b, f)))
                .collect(),
        ),
        Stmt::Assign(t, i, blk, v) => Stmt::Assign(
            f(t),
            i.as_ref().map(|i| map_expr(i, f)),
            *blk,
            map_expr(v, f),
        ),
    }
}

pub fn map_process(p: &Process, f: &dyn Fn(&str) -> String) -> Process {
    match p {
        Process::Initial(s) => Process::Initial(map_stmt(s, f)),
        Process::Always(Sens::Comb, s) => Process::Always(Sens::Comb, map_stmt(s, f)),
        Process::Always(Sens::Posedge(c), s) => {
            Process::Always(Sens::Posedge(f(c)), map_stmt(s, f))
        }
    }
}

fn inline(parent: &mut Module, inst: &Instance, child: &Module) -> Result<(), String> {
    let ctx = || format!("folding {} {} into {}", inst.module, inst.name, parent.name);
    let mut map: HashMap<String, String> = HashMap::new();
    for port in &child.ports {
        let (_, e) = inst
            .conns
            .iter()
            .find(|(p, _)| p == port)
            .ok_or_else(|| format!("{}: port `{port}` is not connected", ctx()))?;
        let Expr::Ident(sig) = e else {
            return Err(format!(
                "{}: port `{port}` is connected to an expression, not a signal",
                ctx()
            ));
        };
        let decl = child
            .decl(port)
            .ok_or_else(|| format!("{}: port `{port}` is not declared", ctx()))?;
        if decl.dir == Some(Dir::Output) {
            let pd = parent
                .decls
                .iter_mut()
                .find(|d| &d.name == sig)
                .ok_or_else(|| format!("{}: `{sig}` is not declared", ctx()))?;
            if pd.dir.is_some() {
                return Err(format!(
                    "{}: output `{port}` drives the parent's port `{sig}` directly",
                    ctx()
                ));
            }
            pd.is_reg = true;
        }
        map.insert(port.clone(), sig.clone());
    }
    for d in child.decls.iter().filter(|d| d.dir.is_none()) {
        let name = format!("{}${}", inst.name, d.name);
        if parent.decl(&name).is_some() {
            return Err(format!("{}: `{name}` already exists", ctx()));
        }
        parent.decls.push(Decl {
            name: name.clone(),
            ..d.clone()
        });
        map.insert(d.name.clone(), name);
    }
    for p in &child.params {
        match parent.params.iter().find(|q| q.name == p.name) {
            Some(q) if q.value != p.value => {
                return Err(format!(
                    "{}: parameter `{}` differs from the parent's",
                    ctx(),
                    p.name
                ));
            }
            Some(_) => {}
            None => parent.params.push(p.clone()),
        }
    }
    let f = |n: &str| map.get(n).cloned().unwrap_or_else(|| n.to_string());
    for p in &child.processes {
        parent.processes.push(map_process(p, &f));
    }
    Ok(())
}

/// `v` aliases input `w` when its one assignment is `v = w;` at the top of a combinational process.
fn input_alias(m: &Module, v: &str) -> Option<(usize, usize, String)> {
    let mut found = None;
    for (pi, p) in m.processes.iter().enumerate() {
        let Process::Always(Sens::Comb, Stmt::Block(body)) = p else {
            continue;
        };
        for (si, s) in body.iter().enumerate() {
            if let Stmt::Assign(t, None, true, Expr::Ident(w)) = s {
                if t == v {
                    if found.is_some() {
                        return None;
                    }
                    found = Some((pi, si, w.clone()));
                }
            }
        }
    }
    let (pi, si, w) = found?;
    let assigned_elsewhere = m.processes.iter().any(|p| {
        let (Process::Initial(s) | Process::Always(_, s)) = p;
        count_assigns(s, v) > 1
    });
    let input = m.decl(&w).is_some_and(|d| d.dir == Some(Dir::Input));
    (!assigned_elsewhere && input).then_some((pi, si, w))
}

fn count_assigns(s: &Stmt, v: &str) -> usize {
    match s {
        Stmt::Block(b) => b.iter().map(|s| count_assigns(s, v)).sum(),
        Stmt::If(_, t, e) => count_assigns(t, v) + e.as_ref().map_or(0, |e| count_assigns(e, v)),
        Stmt::Case(_, items) => items.iter().map(|(_, b)| count_assigns(b, v)).sum(),
        Stmt::Assign(t, ..) => usize::from(t == v),
    }
}

/// Folds every foldable sub-module of the design under `top`, bottom-up; returns the reachable modules, top first.
///
/// Clock stubs (`inst$clock = clock;`) are then replaced by the clock itself, so every flop is clocked by a port
/// and not by the output of a combinational process.
pub fn fold(mods: Vec<Module>, top: &str) -> Result<Vec<Module>, String> {
    let order: Vec<String> = mods.iter().map(|m| m.name.clone()).collect();
    let mut todo: HashMap<String, Module> = mods.into_iter().map(|m| (m.name.clone(), m)).collect();
    let mut done: HashMap<String, (Module, BTreeSet<String>)> = HashMap::new();
    fn visit(
        name: &str,
        todo: &mut HashMap<String, Module>,
        done: &mut HashMap<String, (Module, BTreeSet<String>)>,
        stack: &mut Vec<String>,
    ) -> Result<(), String> {
        if done.contains_key(name) {
            return Ok(());
        }
        if stack.iter().any(|s| s == name) {
            return Err(format!("module `{name}` instantiates itself"));
        }
        let mut m = todo
            .remove(name)
            .ok_or_else(|| format!("module `{name}` is instantiated but not defined"))?;
        stack.push(name.to_string());
        let instances = std::mem::take(&mut m.instances);
        let mut child_clocks: Vec<String> = Vec::new();
        for inst in instances {
            visit(&inst.module, todo, done, stack)?;
            let (child, clocks) = &done[&inst.module];
            for (p, e) in &inst.conns {
                if let (true, Expr::Ident(s)) = (clocks.contains(p), e) {
                    child_clocks.push(s.clone());
                }
            }
            if foldable(child) {
                inline(&mut m, &inst, child)?;
            } else {
                m.instances.push(inst);
            }
        }
        stack.pop();
        let mut clocks: BTreeSet<String> = child_clocks.into_iter().collect();
        for p in &m.processes {
            if let Process::Always(Sens::Posedge(c), _) = p {
                clocks.insert(c.clone());
            }
        }
        let mut port_clocks = BTreeSet::new();
        for c in clocks {
            if let Some((pi, si, w)) = input_alias(&m, &c) {
                if let Process::Always(_, Stmt::Block(body)) = &mut m.processes[pi] {
                    body.remove(si);
                }
                m.decls.retain(|d| d.name != c);
                let f = |n: &str| if n == c { w.clone() } else { n.to_string() };
                m.processes = m.processes.iter().map(|p| map_process(p, &f)).collect();
                for inst in &mut m.instances {
                    for (_, e) in &mut inst.conns {
                        *e = map_expr(e, &f);
                    }
                }
                port_clocks.insert(w);
            } else if m.ports.contains(&c) {
                port_clocks.insert(c);
            }
        }
        done.insert(name.to_string(), (m, port_clocks));
        Ok(())
    }
    visit(top, &mut todo, &mut done, &mut Vec::new())?;
    let mut used: BTreeSet<String> = BTreeSet::from([top.to_string()]);
    for (m, _) in done.values() {
        used.extend(m.instances.iter().map(|i| i.module.clone()));
    }
    Ok(order
        .into_iter()
        .filter(|n| used.contains(n))
        .filter_map(|n| done.remove(&n).map(|(m, _)| m))
        .collect())
}
