//! Cases: a broken JSON scenario (tree, then text mutations) and a broken `.mmu` scenario (text mutations).

use proptest::collection::vec;
use proptest::prelude::*;

use crate::corpus::{base, Base};
use crate::text::{apply_text, text_mut, TextMut};
use crate::tree::{apply_tree, tree_mut, TreeMut, J};

/// A broken JSON scenario: tree mutations, written out compact or pretty, then text mutations.
#[derive(Clone, Debug)]
pub struct JsonCase {
    base: Base,
    tree: Vec<TreeMut>,
    pretty: bool,
    text: Vec<TextMut>,
}

pub fn json_case() -> impl Strategy<Value = JsonCase> {
    (
        base(),
        vec(tree_mut(), 0..4),
        any::<bool>(),
        vec(text_mut(true), 0..3),
    )
        .prop_map(|(base, tree, pretty, text)| JsonCase {
            base,
            tree,
            pretty,
            text,
        })
}

impl JsonCase {
    pub fn input(&self) -> Vec<u8> {
        let (_, text) = self.base.json();
        let mut bytes = if self.tree.is_empty() && self.text.is_empty() {
            text.into_bytes()
        } else {
            let value: serde_json::Value =
                serde_json::from_str(&text).expect("a base scenario is JSON");
            let mut doc = J::from_value(&value);
            for m in &self.tree {
                apply_tree(&mut doc, m);
            }
            let mut out = String::new();
            doc.write(self.pretty, 0, &mut out);
            out.into_bytes()
        };
        for m in &self.text {
            apply_text(&mut bytes, m, true);
        }
        bytes
    }
}

/// A broken `.mmu` scenario: text and line mutations.
#[derive(Clone, Debug)]
pub struct MmuCase {
    base: Base,
    text: Vec<TextMut>,
}

pub fn mmu_case() -> impl Strategy<Value = MmuCase> {
    (base(), vec(text_mut(false), 0..5)).prop_map(|(base, text)| MmuCase { base, text })
}

impl MmuCase {
    pub fn input(&self) -> Vec<u8> {
        let mut bytes = self.base.mmu().1.into_bytes();
        for m in &self.text {
            apply_text(&mut bytes, m, false);
        }
        bytes
    }
}
