//! JSON tree mutations: a JSON tree that can hold what `serde_json::Value` cannot (duplicate keys, numbers as
//! written, raw text), and the mutations of a document as a tree.

use proptest::prelude::*;
use proptest::sample::select;

use crate::generators::{idx, json_op, EVIL_NUMBERS, KEYS, NEST_DEPTHS, VALUES};

/// A JSON document that may hold what `serde_json::Value` cannot: duplicate keys, numbers as written, raw text.
#[derive(Clone, Debug)]
pub enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
    /// Written as is.
    Raw(String),
}

impl J {
    pub fn from_value(v: &serde_json::Value) -> J {
        use serde_json::Value as V;
        match v {
            V::Null => J::Null,
            V::Bool(b) => J::Bool(*b),
            V::Number(n) => J::Num(n.to_string()),
            V::String(s) => J::Str(s.clone()),
            V::Array(a) => J::Arr(a.iter().map(J::from_value).collect()),
            V::Object(o) => J::Obj(
                o.iter()
                    .map(|(k, v)| (k.clone(), J::from_value(v)))
                    .collect(),
            ),
        }
    }

    pub fn write(&self, pretty: bool, indent: usize, out: &mut String) {
        let pad = |out: &mut String, n: usize| {
            if pretty {
                out.push('\n');
                out.push_str(&"  ".repeat(n));
            }
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) | J::Raw(n) => out.push_str(n),
            J::Str(s) => out.push_str(&serde_json::to_string(s).unwrap()),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, indent + 1);
                    item.write(pretty, indent + 1, out);
                }
                if !items.is_empty() {
                    pad(out, indent);
                }
                out.push(']');
            }
            J::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, indent + 1);
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push_str(if pretty { ": " } else { ":" });
                    v.write(pretty, indent + 1, out);
                }
                if !entries.is_empty() {
                    pad(out, indent);
                }
                out.push('}');
            }
        }
    }

    /// Paths (child indices) of the nodes `want` accepts, in document order.
    fn paths(&self, want: &dyn Fn(&J) -> bool) -> Vec<Vec<usize>> {
        fn walk(
            j: &J,
            want: &dyn Fn(&J) -> bool,
            path: &mut Vec<usize>,
            out: &mut Vec<Vec<usize>>,
        ) {
            if want(j) {
                out.push(path.clone());
            }
            let children: Vec<&J> = match j {
                J::Arr(items) => items.iter().collect(),
                J::Obj(entries) => entries.iter().map(|(_, v)| v).collect(),
                _ => Vec::new(),
            };
            for (i, c) in children.into_iter().enumerate() {
                path.push(i);
                walk(c, want, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        walk(self, want, &mut Vec::new(), &mut out);
        out
    }

    fn at_mut(&mut self, path: &[usize]) -> &mut J {
        let mut j = self;
        for &i in path {
            j = match j {
                J::Arr(items) => &mut items[i],
                J::Obj(entries) => &mut entries[i].1,
                _ => unreachable!("a path leads through containers"),
            };
        }
        j
    }

    /// The `n`-th node (modulo their number) that `want` accepts.
    fn pick_mut(&mut self, n: usize, want: &dyn Fn(&J) -> bool) -> Option<&mut J> {
        let paths = self.paths(want);
        if paths.is_empty() {
            return None;
        }
        let path = paths[n % paths.len()].clone();
        Some(self.at_mut(&path))
    }
}

fn is_obj(j: &J) -> bool {
    matches!(j, J::Obj(_))
}

fn is_arr(j: &J) -> bool {
    matches!(j, J::Arr(_))
}

fn is_numberish(j: &J) -> bool {
    match j {
        J::Num(_) => true,
        J::Str(s) => s.starts_with(|c: char| c.is_ascii_digit()),
        _ => false,
    }
}

/// A change to the tree of a JSON scenario; indices are taken modulo what exists.
#[derive(Clone, Debug)]
pub enum TreeMut {
    /// Any node becomes one of [`VALUES`].
    Replace {
        node: usize,
        with: usize,
    },
    /// Any node becomes a nest of arrays or objects this deep.
    Nest {
        node: usize,
        depth: usize,
        object: bool,
    },
    DeleteKey {
        node: usize,
        key: usize,
    },
    /// An object gets a key twice: with the same value, or with one of [`VALUES`].
    DuplicateKey {
        node: usize,
        key: usize,
        with: Option<usize>,
    },
    AddKey {
        node: usize,
        name: usize,
        with: usize,
    },
    RenameKey {
        node: usize,
        key: usize,
        name: usize,
    },
    DeleteElem {
        node: usize,
        elem: usize,
    },
    DuplicateElem {
        node: usize,
        elem: usize,
    },
    SwapElems {
        node: usize,
        a: usize,
        b: usize,
    },
    /// Any node goes into a one-element array or a one-key object.
    Wrap {
        node: usize,
        object: bool,
    },
    /// A number (or numeric string) becomes a hostile one.
    Number {
        node: usize,
        with: usize,
        quoted: bool,
    },
    /// A generated op goes into `ops`.
    InsertOp {
        at: usize,
        op: String,
    },
}

pub fn tree_mut() -> BoxedStrategy<TreeMut> {
    prop_oneof![
        3 => (idx(), idx()).prop_map(|(node, with)| TreeMut::Replace { node, with }),
        1 => (idx(), select(NEST_DEPTHS), any::<bool>())
            .prop_map(|(node, depth, object)| TreeMut::Nest { node, depth, object }),
        2 => (idx(), idx()).prop_map(|(node, key)| TreeMut::DeleteKey { node, key }),
        2 => (idx(), idx(), prop::option::of(idx()))
            .prop_map(|(node, key, with)| TreeMut::DuplicateKey { node, key, with }),
        2 => (idx(), idx(), idx()).prop_map(|(node, name, with)| TreeMut::AddKey { node, name, with }),
        2 => (idx(), idx(), idx()).prop_map(|(node, key, name)| TreeMut::RenameKey { node, key, name }),
        2 => (idx(), idx()).prop_map(|(node, elem)| TreeMut::DeleteElem { node, elem }),
        2 => (idx(), idx()).prop_map(|(node, elem)| TreeMut::DuplicateElem { node, elem }),
        2 => (idx(), idx(), idx()).prop_map(|(node, a, b)| TreeMut::SwapElems { node, a, b }),
        1 => (idx(), any::<bool>()).prop_map(|(node, object)| TreeMut::Wrap { node, object }),
        4 => (idx(), idx(), any::<bool>()).prop_map(|(node, with, quoted)| TreeMut::Number { node, with, quoted }),
        4 => (idx(), json_op()).prop_map(|(at, op)| TreeMut::InsertOp { at, op }),
    ]
    .boxed()
}

pub fn nest(depth: usize, object: bool) -> String {
    if object {
        format!("{}0{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    } else {
        format!("{}{}", "[".repeat(depth), "]".repeat(depth))
    }
}

pub fn apply_tree(doc: &mut J, m: &TreeMut) {
    let any = |_: &J| true;
    match m {
        TreeMut::Replace { node, with } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                *j = J::Raw(VALUES[with % VALUES.len()].to_string());
            }
        }
        TreeMut::Nest {
            node,
            depth,
            object,
        } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                *j = J::Raw(nest(*depth, *object));
            }
        }
        TreeMut::DeleteKey { node, key } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let k = key % e.len();
                    e.remove(k);
                }
            }
        }
        TreeMut::DuplicateKey { node, key, with } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let (k, v) = e[key % e.len()].clone();
                    let v = with.map_or(v, |w| J::Raw(VALUES[w % VALUES.len()].to_string()));
                    e.push((k, v));
                }
            }
        }
        TreeMut::AddKey { node, name, with } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                let at = (name + with) % (e.len() + 1);
                e.insert(
                    at,
                    (
                        KEYS[name % KEYS.len()].to_string(),
                        J::Raw(VALUES[with % VALUES.len()].to_string()),
                    ),
                );
            }
        }
        TreeMut::RenameKey { node, key, name } => {
            if let Some(J::Obj(e)) = doc.pick_mut(*node, &is_obj) {
                if !e.is_empty() {
                    let n = e.len();
                    e[key % n].0 = KEYS[name % KEYS.len()].to_string();
                }
            }
        }
        TreeMut::DeleteElem { node, elem } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let i = elem % a.len();
                    a.remove(i);
                }
            }
        }
        TreeMut::DuplicateElem { node, elem } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let i = elem % a.len();
                    let copy = a[i].clone();
                    a.insert(i, copy);
                }
            }
        }
        TreeMut::SwapElems { node, a: x, b: y } => {
            if let Some(J::Arr(a)) = doc.pick_mut(*node, &is_arr) {
                if !a.is_empty() {
                    let n = a.len();
                    a.swap(x % n, y % n);
                }
            }
        }
        TreeMut::Wrap { node, object } => {
            if let Some(j) = doc.pick_mut(*node, &any) {
                let inner = std::mem::replace(j, J::Null);
                *j = if *object {
                    J::Obj(vec![("value".to_string(), inner)])
                } else {
                    J::Arr(vec![inner])
                };
            }
        }
        TreeMut::Number { node, with, quoted } => {
            if let Some(j) = doc.pick_mut(*node, &is_numberish) {
                let evil = EVIL_NUMBERS[with % EVIL_NUMBERS.len()];
                *j = if *quoted {
                    J::Str(evil.to_string())
                } else {
                    J::Raw(evil.to_string())
                };
            }
        }
        TreeMut::InsertOp { at, op } => {
            if let J::Obj(entries) = doc {
                if let Some((_, J::Arr(ops))) = entries.iter_mut().find(|(k, _)| k == "ops") {
                    let i = at % (ops.len() + 1);
                    ops.insert(i, J::Raw(op.clone()));
                }
            }
        }
    }
}
