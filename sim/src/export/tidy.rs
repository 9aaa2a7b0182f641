//! Renaming, block comments and the pass order of the post-processor.

use std::collections::{BTreeMap, BTreeSet};

use super::ast::{self, Module};
use super::{fold, slice, width};

/// Instance name of each block (the last segment of its module's name) and the Rust source that defines it: the
/// first paragraph of the file's documentation heads the block's module.
const BLOCKS: &[(&str, &str)] = &[
    ("mmu", include_str!("../../../hdl/src/mmu.rs")),
    ("fetch", include_str!("../../../hdl/src/port.rs")),
    ("data", include_str!("../../../hdl/src/port.rs")),
    ("tlb", include_str!("../../../hdl/src/tlb.rs")),
    ("perm", include_str!("../../../hdl/src/perm.rs")),
    ("walker", include_str!("../../../hdl/src/walker.rs")),
    ("pwc", include_str!("../../../hdl/src/pwc.rs")),
    ("l2", include_str!("../../../hdl/src/l2.rs")),
];

/// The first paragraph of a Rust file's `//!` documentation, without Markdown code quotes.
fn first_doc_paragraph(src: &str) -> Vec<String> {
    src.lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(|l| l.trim().replace('`', ""))
        .take_while(|l| !l.is_empty())
        .collect()
}

fn block_comment(module: &str) -> Vec<String> {
    let leaf = if module == "top" {
        "mmu"
    } else {
        module.rsplit('$').next().unwrap_or(module)
    };
    match BLOCKS.iter().find(|(name, _)| *name == leaf) {
        Some((_, src)) => first_doc_paragraph(src),
        None => vec![format!("`{leaf}`: a block of the MMU (see hdl/src/).")],
    }
}

/// `top` is `mmu` (rust-hdl always names the top module `top`; the sub-modules are `top$...`).
fn untop(name: &str) -> String {
    match name.strip_prefix("top") {
        Some("") => "mmu".to_string(),
        Some(rest) if rest.starts_with('$') => format!("mmu{rest}"),
        _ => name.to_string(),
    }
}

/// The Verilog names of one scope's rust-hdl names: `$` (rust-hdl's hierarchy separator) becomes `_`, or `__` for
/// the names whose `_` spelling another name of the scope already has (a sub-block's stub `fetch$req_valid` next to
/// the top's port `fetch_req_valid`). Fails if two names still meet.
fn scope_names<'a>(
    scope: &str,
    names: impl Iterator<Item = &'a String>,
) -> Result<BTreeMap<String, String>, String> {
    let names: BTreeSet<&String> = names.collect();
    let plain = |n: &str| untop(n).replace('$', "_");
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for n in &names {
        *count.entry(plain(n)).or_default() += 1;
    }
    let mut out = BTreeMap::new();
    let mut taken: BTreeMap<String, &String> = BTreeMap::new();
    for n in names {
        let v = if n.contains('$') && count[&plain(n)] > 1 {
            untop(n).replace('$', "__")
        } else {
            plain(n)
        };
        if let Some(other) = taken.insert(v.clone(), n) {
            return Err(format!(
                "{scope}: `{other}` and `{n}` would both be named `{v}`"
            ));
        }
        out.insert(n.clone(), v);
    }
    Ok(out)
}

/// Renames every module, signal, parameter, instance and connected port.
fn rename(mods: &mut [Module]) -> Result<(), String> {
    let module_names = scope_names("module names", mods.iter().map(|m| &m.name))?;
    let mut tables: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for m in mods.iter() {
        let names = m
            .ports
            .iter()
            .chain(m.decls.iter().map(|d| &d.name))
            .chain(m.params.iter().map(|p| &p.name))
            .chain(m.instances.iter().map(|i| &i.name));
        tables.insert(
            m.name.clone(),
            scope_names(&format!("module {}", m.name), names)?,
        );
    }
    for m in mods.iter_mut() {
        let table = &tables[&m.name];
        let f = |n: &str| table.get(n).cloned().unwrap_or_else(|| n.to_string());
        m.ports = m.ports.iter().map(|p| f(p)).collect();
        for d in &mut m.decls {
            d.name = f(&d.name);
        }
        for p in &mut m.params {
            p.name = f(&p.name);
            p.value = fold::map_expr(&p.value, &f);
        }
        for i in &mut m.instances {
            let child = &tables[&i.module];
            i.module = module_names[&i.module].clone();
            i.name = f(&i.name);
            for (p, e) in &mut i.conns {
                *p = child.get(p.as_str()).cloned().ok_or_else(|| {
                    format!("module {}: `{p}` is no port of `{}`", m.name, i.module)
                })?;
                *e = fold::map_expr(e, &f);
            }
        }
        m.processes = m
            .processes
            .iter()
            .map(|p| fold::map_process(p, &f))
            .collect();
        m.name = module_names[&m.name].clone();
    }
    Ok(())
}

/// rust-hdl's Verilog of a design with top module `top`, rewritten as described in the module documentation.
pub fn tidy(verilog: &str) -> Result<String, String> {
    let mods = ast::parse(verilog)?;
    let mut mods = fold::fold(mods, "top")?;
    for m in &mut mods {
        width::size_literals(m)?;
        slice::split(m)?;
        m.comment = block_comment(&m.name);
    }
    rename(&mut mods)?;
    let mut out = String::new();
    for m in &mods {
        out.push_str(&ast::module(m));
        out.push('\n');
    }
    Ok(out)
}
