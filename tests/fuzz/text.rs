//! Text mutations of either format: the tokenizers that find numbers, words and punctuation in JSON and `.mmu`
//! text, and the token, line and byte mutations applied to it.

use proptest::prelude::*;
use proptest::sample::select;

use crate::generators::{
    idx, mmu_line, EVIL_NUMBERS, JSON_WORDS, JUNK, MMU_WORDS, RUNS, RUN_LENGTHS,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// A number, or a JSON string that holds one.
    Number,
    Word,
    Str,
    Punct,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
    kind: TokKind,
}

fn json_tokens(b: &[u8]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let kind = match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                let numeric = b.get(start + 1).is_some_and(u8::is_ascii_digit);
                if numeric {
                    TokKind::Number
                } else {
                    TokKind::Str
                }
            }
            b'{' | b'}' | b'[' | b']' | b',' | b':' => {
                i += 1;
                TokKind::Punct
            }
            b'-' | b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b"+-._".contains(&b[i])) {
                    i += 1;
                }
                TokKind::Number
            }
            c if c.is_ascii_alphabetic() => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                TokKind::Word
            }
            _ => {
                i += 1;
                TokKind::Other
            }
        };
        spans.push(Span {
            start,
            end: i,
            kind,
        });
    }
    spans
}

fn mmu_tokens(b: &[u8]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let kind = if c == b'=' {
            i += 1;
            TokKind::Punct
        } else if b[i..].starts_with(b"->") {
            i += 2;
            TokKind::Punct
        } else {
            while i < b.len()
                && !b[i].is_ascii_whitespace()
                && b[i] != b'='
                && b[i] != b'#'
                && !b[i..].starts_with(b"->")
            {
                i += 1;
            }
            if c.is_ascii_digit() {
                TokKind::Number
            } else {
                TokKind::Word
            }
        };
        spans.push(Span {
            start,
            end: i,
            kind,
        });
    }
    spans
}

/// A change to the text of a scenario. Indices are taken modulo what exists, so every mutation applies to any input.
#[derive(Clone, Debug)]
pub enum TextMut {
    /// Keep this many bytes (possibly inside a UTF-8 sequence).
    Truncate(usize),
    TruncateAtToken {
        token: usize,
        after: bool,
    },
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
    ReplaceNumber {
        token: usize,
        with: usize,
        quoted: bool,
    },
    ReplaceToken {
        token: usize,
        with: usize,
    },
    DeleteLine(usize),
    DuplicateLine {
        from: usize,
        to: usize,
    },
    SwapLines(usize, usize),
    Insert {
        at: usize,
        junk: usize,
    },
    InsertAtToken {
        token: usize,
        junk: usize,
    },
    LongRun {
        at: usize,
        run: usize,
        len: usize,
    },
    SetByte {
        at: usize,
        byte: u8,
    },
    /// A generated `.mmu` directive line.
    InsertLine {
        at: usize,
        line: String,
    },
    CrLf,
    OneLine,
    Empty,
}

pub fn text_mut(json: bool) -> BoxedStrategy<TextMut> {
    let common = prop_oneof![
        3 => idx().prop_map(TextMut::Truncate),
        3 => (idx(), any::<bool>()).prop_map(|(token, after)| TextMut::TruncateAtToken { token, after }),
        3 => idx().prop_map(TextMut::DeleteToken),
        2 => idx().prop_map(TextMut::DuplicateToken),
        2 => (idx(), idx()).prop_map(|(a, b)| TextMut::SwapTokens(a, b)),
        6 => (idx(), idx(), any::<bool>())
            .prop_map(|(token, with, quoted)| TextMut::ReplaceNumber { token, with, quoted }),
        3 => (idx(), idx()).prop_map(|(token, with)| TextMut::ReplaceToken { token, with }),
        2 => idx().prop_map(TextMut::DeleteLine),
        2 => (idx(), idx()).prop_map(|(from, to)| TextMut::DuplicateLine { from, to }),
        2 => (idx(), idx()).prop_map(|(a, b)| TextMut::SwapLines(a, b)),
        3 => (idx(), idx()).prop_map(|(at, junk)| TextMut::Insert { at, junk }),
        2 => (idx(), idx()).prop_map(|(token, junk)| TextMut::InsertAtToken { token, junk }),
        1 => (idx(), idx(), select(RUN_LENGTHS)).prop_map(|(at, run, len)| TextMut::LongRun { at, run, len }),
        1 => (idx(), any::<u8>()).prop_map(|(at, byte)| TextMut::SetByte { at, byte }),
        1 => Just(TextMut::CrLf),
        1 => Just(TextMut::OneLine),
        1 => Just(TextMut::Empty),
    ];
    if json {
        common.boxed()
    } else {
        prop_oneof![
            3 => common,
            2 => (idx(), mmu_line()).prop_map(|(at, line)| TextMut::InsertLine { at, line }),
        ]
        .boxed()
    }
}

fn lines_of(b: &[u8]) -> Vec<Vec<u8>> {
    b.split(|&c| c == b'\n').map(<[u8]>::to_vec).collect()
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b'\n')
}

pub fn apply_text(b: &mut Vec<u8>, m: &TextMut, json: bool) {
    let tokens = if json { json_tokens(b) } else { mmu_tokens(b) };
    let pick = |i: usize| (!tokens.is_empty()).then(|| tokens[i % tokens.len()]);
    match m {
        TextMut::Truncate(n) => b.truncate(n % (b.len() + 1)),
        TextMut::TruncateAtToken { token, after } => {
            if let Some(t) = pick(*token) {
                b.truncate(if *after { t.end } else { t.start });
            }
        }
        TextMut::DeleteToken(i) => {
            if let Some(t) = pick(*i) {
                b.drain(t.start..t.end);
            }
        }
        TextMut::DuplicateToken(i) => {
            if let Some(t) = pick(*i) {
                let copy = b[t.start..t.end].to_vec();
                let sep: &[u8] = if json { b"" } else { b" " };
                b.splice(t.end..t.end, sep.iter().copied().chain(copy));
            }
        }
        TextMut::SwapTokens(i, j) => {
            if let (Some(x), Some(y)) = (pick(*i), pick(*j)) {
                let (x, y) = if x.start <= y.start { (x, y) } else { (y, x) };
                if x.end <= y.start {
                    let (tx, ty) = (b[x.start..x.end].to_vec(), b[y.start..y.end].to_vec());
                    b.splice(y.start..y.end, tx);
                    b.splice(x.start..x.end, ty);
                }
            }
        }
        TextMut::ReplaceNumber {
            token,
            with,
            quoted,
        } => {
            let numbers: Vec<Span> = tokens
                .iter()
                .copied()
                .filter(|t| t.kind == TokKind::Number)
                .collect();
            if !numbers.is_empty() {
                let t = numbers[token % numbers.len()];
                let evil = EVIL_NUMBERS[with % EVIL_NUMBERS.len()];
                let text = if *quoted {
                    serde_json::to_string(evil).unwrap()
                } else {
                    evil.to_string()
                };
                b.splice(t.start..t.end, text.into_bytes());
            }
        }
        TextMut::ReplaceToken { token, with } => {
            if let Some(t) = pick(*token) {
                let words = if json { JSON_WORDS } else { MMU_WORDS };
                let w = words[with % words.len()];
                b.splice(t.start..t.end, w.bytes());
            }
        }
        TextMut::DeleteLine(i) => {
            let mut lines = lines_of(b);
            lines.remove(i % lines.len());
            *b = join_lines(&lines);
        }
        TextMut::DuplicateLine { from, to } => {
            let mut lines = lines_of(b);
            let line = lines[from % lines.len()].clone();
            let at = to % (lines.len() + 1);
            lines.insert(at, line);
            *b = join_lines(&lines);
        }
        TextMut::SwapLines(i, j) => {
            let mut lines = lines_of(b);
            let n = lines.len();
            lines.swap(i % n, j % n);
            *b = join_lines(&lines);
        }
        TextMut::Insert { at, junk } => {
            let at = at % (b.len() + 1);
            b.splice(at..at, JUNK[junk % JUNK.len()].iter().copied());
        }
        TextMut::InsertAtToken { token, junk } => {
            if let Some(t) = pick(*token) {
                b.splice(t.end..t.end, JUNK[junk % JUNK.len()].iter().copied());
            }
        }
        TextMut::LongRun { at, run, len } => {
            let at = at % (b.len() + 1);
            let unit = RUNS[run % RUNS.len()].as_bytes();
            let count = (len / unit.len()).max(1);
            b.splice(at..at, unit.repeat(count));
        }
        TextMut::SetByte { at, byte } => {
            if !b.is_empty() {
                let at = at % b.len();
                b[at] = *byte;
            }
        }
        TextMut::InsertLine { at, line } => {
            let mut lines = lines_of(b);
            let at = at % (lines.len() + 1);
            lines.insert(at, line.clone().into_bytes());
            *b = join_lines(&lines);
        }
        TextMut::CrLf => {
            let mut out = Vec::with_capacity(b.len() + b.len() / 16);
            for &c in b.iter() {
                if c == b'\n' {
                    out.push(b'\r');
                }
                out.push(c);
            }
            *b = out;
        }
        TextMut::OneLine => {
            for c in b.iter_mut() {
                if *c == b'\n' {
                    *c = b' ';
                }
            }
        }
        TextMut::Empty => b.clear(),
    }
}
