//! Reading a `.mmu` line: the located error every stage reports ([`LangError`]), the tokenizer, and the cursor
//! the compiler reads a line's tokens with.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::scenario::parse_number_str;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// A located error in a `.mmu` file. Its `Display` is `FILE:LINE:COLUMN: MESSAGE`, then the source line and a caret
/// line under the column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangError {
    file: PathBuf,
    line: usize,
    column: usize,
    width: usize,
    message: String,
    source_line: String,
}

impl LangError {
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column, in characters.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The text of the offending line.
    pub fn source_line(&self) -> &str {
        &self.source_line
    }

    /// `FILE:LINE:COLUMN: MESSAGE`, one line.
    pub fn headline(&self) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message
        )
    }

    /// The source line, and under it a caret (`^`, as wide as the offending token) at the column.
    pub fn snippet(&self) -> String {
        let gutter = self.line.to_string();
        let pad = " ".repeat(gutter.len());
        let caret = format!(
            "{}{}",
            " ".repeat(self.column.saturating_sub(1)),
            "^".repeat(self.width.max(1))
        );
        format!(
            "{gutter} | {}\n{pad} | {caret}",
            printable(&self.source_line)
        )
    }
}

impl fmt::Display for LangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.headline(), self.snippet())
    }
}

impl std::error::Error for LangError {}

/// The line as shown under an error: one character per character, so the caret lines up (tabs become spaces, other
/// control characters `?`).
fn printable(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '?',
            c => c,
        })
        .collect()
}

/// A token quoted in a message: control characters escaped, so the message stays one printable line.
pub(super) fn quoted(text: &str) -> String {
    let inner: String = text
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    format!("`{inner}`")
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    Word,
    /// `=`
    Eq,
    /// `->`
    Arrow,
}

#[derive(Clone, Debug)]
pub(super) struct Tok {
    pub(super) kind: TokKind,
    pub(super) text: String,
    /// 1-based column of the first character.
    pub(super) col: usize,
    /// Width in characters.
    pub(super) width: usize,
}

/// Splits a line into words, `=` and `->`, up to a `#` comment.
pub(super) fn tokenize(line: &str) -> Vec<Tok> {
    let chars: Vec<char> = line.chars().collect();
    let arrow_at = |i: usize| chars[i] == '-' && chars.get(i + 1) == Some(&'>');
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            break;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (kind, end) = if c == '=' {
            (TokKind::Eq, i + 1)
        } else if arrow_at(i) {
            (TokKind::Arrow, i + 2)
        } else {
            let mut j = i;
            while j < chars.len() {
                let d = chars[j];
                if d.is_whitespace() || d == '=' || d == '#' || arrow_at(j) {
                    break;
                }
                j += 1;
            }
            (TokKind::Word, j)
        };
        toks.push(Tok {
            kind,
            text: chars[i..end].iter().collect(),
            col: i + 1,
            width: end - i,
        });
        i = end;
    }
    toks
}

/// One source line being compiled: where it is, and its tokens.
pub(super) struct Line<'a> {
    pub(super) file: &'a Path,
    pub(super) number: usize,
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
}

impl Line<'_> {
    pub(super) fn error(
        &self,
        column: usize,
        width: usize,
        message: impl Into<String>,
    ) -> LangError {
        LangError {
            file: self.file.to_path_buf(),
            line: self.number,
            column,
            width,
            message: message.into(),
            source_line: self.text.to_string(),
        }
    }

    pub(super) fn error_at(&self, tok: &Tok, message: impl Into<String>) -> LangError {
        self.error(tok.col, tok.width, message)
    }

    /// An error about something missing: the caret goes just past the last token.
    pub(super) fn error_at_end(&self, message: impl Into<String>) -> LangError {
        let col = self.toks.last().map_or(1, |t| t.col + t.width + 1);
        self.error(col, 1, message)
    }
}

/// Reads the tokens of a line in order.
pub(super) struct Cursor<'l, 'a> {
    line: &'l Line<'a>,
    pos: usize,
}

impl<'l, 'a> Cursor<'l, 'a> {
    pub(super) fn new(line: &'l Line<'a>) -> Self {
        Cursor { line, pos: 0 }
    }

    pub(super) fn peek(&self) -> Option<&'l Tok> {
        self.line.toks.get(self.pos)
    }

    pub(super) fn peek2(&self) -> Option<&'l Tok> {
        self.line.toks.get(self.pos + 1)
    }

    pub(super) fn next(&mut self) -> Option<&'l Tok> {
        let t = self.line.toks.get(self.pos);
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    /// The next token, which must be a word; `what` names what was expected.
    pub(super) fn word(&mut self, what: &str) -> Result<&'l Tok, LangError> {
        match self.next() {
            Some(t) if t.kind == TokKind::Word => Ok(t),
            Some(t) => Err(self
                .line
                .error_at(t, format!("expected {what}, found {}", quoted(&t.text)))),
            None => Err(self.line.error_at_end(format!("expected {what}"))),
        }
    }

    /// The next token, which must be the punctuation `kind`; `message` says what is missing.
    pub(super) fn punct(&mut self, kind: TokKind, message: &str) -> Result<&'l Tok, LangError> {
        match self.next() {
            Some(t) if t.kind == kind => Ok(t),
            Some(t) => Err(self
                .line
                .error_at(t, format!("{message}, found {}", quoted(&t.text)))),
            None => Err(self.line.error_at_end(message.to_string())),
        }
    }

    /// The next token as a number.
    pub(super) fn number(&mut self, what: &str) -> Result<(u64, &'l Tok), LangError> {
        let t = self.word(what)?;
        number(self.line, t, what).map(|v| (v, t))
    }

    /// One of `names` (a word); `what` names the choice for the error.
    pub(super) fn choice<T: Copy>(
        &mut self,
        what: &str,
        names: &[(&str, T)],
    ) -> Result<T, LangError> {
        let list = names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
        let t = self.word(&format!("{what} ({list})"))?;
        names
            .iter()
            .find(|(n, _)| *n == t.text)
            .map(|&(_, v)| v)
            .ok_or_else(|| {
                self.line.error_at(
                    t,
                    format!("unknown {what} {} (one of: {list})", quoted(&t.text)),
                )
            })
    }

    /// Nothing may follow; `usage` is the directive's form, for the message.
    pub(super) fn done(&self, usage: &str) -> Result<(), LangError> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(self.line.error_at(
                t,
                format!(
                    "unexpected {} (the directive is `{usage}`)",
                    quoted(&t.text)
                ),
            )),
        }
    }

    /// A `KEY=VALUE` pair if one comes next: the key token and the value token.
    pub(super) fn key_value(&mut self) -> Result<Option<(&'l Tok, &'l Tok)>, LangError> {
        match (self.peek(), self.peek2()) {
            (Some(k), Some(eq)) if k.kind == TokKind::Word && eq.kind == TokKind::Eq => {
                self.pos += 2;
                let v = self.word(&format!(
                    "a value after {}",
                    quoted(&format!("{}=", k.text))
                ))?;
                Ok(Some((k, v)))
            }
            _ => Ok(None),
        }
    }
}

/// A token's number; the error names what was expected.
pub(super) fn number(line: &Line, t: &Tok, what: &str) -> Result<u64, LangError> {
    parse_number_str(&t.text).map_err(|why| {
        if t.text.starts_with(|c: char| c.is_ascii_digit()) {
            line.error_at(t, format!("bad number {}: {why}", quoted(&t.text)))
        } else {
            line.error_at(
                t,
                format!(
                    "expected {what} (a number such as 0x1000 or 4096), found {}",
                    quoted(&t.text)
                ),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_at_arrows_equals_and_comments() {
        let t = tokenize("map 0x1000->0x2000 4K pkey=3 # rw");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            ["map", "0x1000", "->", "0x2000", "4K", "pkey", "=", "3"]
        );
        assert_eq!((t[2].col, t[2].width), (11, 2));
        assert_eq!(t[2].kind, TokKind::Arrow);
        assert!(tokenize("   # only a comment").is_empty());
        assert_eq!(tokenize("expect pf -")[2].text, "-");
    }
}
