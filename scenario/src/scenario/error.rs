//! The error of the scenario format ([`ScenarioError`]): one line naming the file, line, column and key path.

use std::path::{Path, PathBuf};

/// Why a scenario could not be read. Its `Display` is one line:
/// `FILE[:LINE:COLUMN]: [KEY.PATH: ]MESSAGE`.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct ScenarioError {
    file: Option<PathBuf>,
    line: Option<usize>,
    column: Option<usize>,
    key_path: Option<String>,
    message: String,
}

impl ScenarioError {
    pub(super) fn new(key_path: Option<String>, message: impl Into<String>) -> Self {
        ScenarioError {
            file: None,
            line: None,
            column: None,
            key_path,
            message: message.into(),
        }
    }

    /// The same error, naming `file` (what [`load_scenario`] does with the errors of [`parse_scenario`]).
    ///
    /// [`load_scenario`]: super::load_scenario
    /// [`parse_scenario`]: super::parse_scenario
    pub fn with_file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    /// The file named, if any.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// 1-based line of the error in the JSON text, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// Column of the error in the JSON text, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// Key path of the offending value (`ops[3].va`), when known.
    pub fn key_path(&self) -> Option<&str> {
        self.key_path.as_deref()
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    fn render(&self) -> String {
        let mut out = match &self.file {
            Some(f) => f.display().to_string(),
            None => "<scenario>".to_string(),
        };
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(col) = self.column {
                out.push_str(&format!(":{col}"));
            }
        }
        out.push_str(": ");
        if let Some(p) = &self.key_path {
            out.push_str(&visible(p));
            out.push_str(": ");
        }
        out.push_str(&visible(&self.message));
        out
    }

    pub(super) fn from_json(err: serde_json::Error, key_path: Option<String>) -> Self {
        let (line, column) = (err.line(), err.column());
        let full = err.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        ScenarioError {
            file: None,
            line: (line > 0).then_some(line),
            column: (line > 0).then_some(column),
            key_path,
            message,
        }
    }
}

/// `s` with control characters escaped: a key or a value quoted from the input may hold any, and the
/// message must stay one printable line.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::test_support::*;

    #[test]
    fn error_display_is_file_line_column_path_message() {
        let text = access_va("\"0xZZ\"");
        let e = err(&text).with_file(Path::new("examples/x.json"));
        assert_eq!(
            e.to_string(),
            format!(
                "examples/x.json:{}:{}: ops[0].va: expected a 64-bit number (integer or \"0x…\"/decimal \
                 string), got \"0xZZ\" ('Z' is not a hex digit)",
                e.line().unwrap(),
                e.column().unwrap()
            )
        );
        // The value stands on line 4 of the document.
        assert_eq!(e.line(), Some(4));
        assert_eq!(e.file(), Some(Path::new("examples/x.json")));
        // Without a file the location still leads the message.
        assert!(err(&text).to_string().starts_with("<scenario>:4:"));
    }

    #[test]
    fn malformed_json_reports_a_line() {
        let e = err("{\n\"memory\": [],\n\"ops\": [\n{\"op\": \"invlpg\" \"va\": 0}\n]}");
        assert_eq!(e.line(), Some(4), "{e}");
        let e = err("{\"memory\": [], \"ops\": []} trailing");
        assert!(e.message().contains("trailing characters"), "{e}");
        let e = err("");
        assert!(e.message().contains("EOF"), "{e}");
        err_at(r#"{"memory": [], "ops": [], "#, "", "EOF");
        err_at(r#"{"memory": [], "ops": [], "config": {"#, "config", "EOF");
        err_at("[]", "", "invalid type");
        err_at(
            r#"[null, null, null, null, null, null, null, null, null, null, null, [], []]"#,
            "",
            "invalid type",
        );
        let deep = "[".repeat(10_000);
        let _ = err(&format!(r#"{{"memory": [], "ops": [], "cr3": {deep}"#));
    }

    #[test]
    fn messages_stay_on_one_printable_line() {
        let e = err(&doc("", "{\"op\": \"invlpg\", \"v\\na\\u0007\": 0}"));
        assert_eq!(e.key_path(), Some("ops[0].v\na\u{7}"));
        let shown = e.to_string();
        assert!(shown.contains("ops[0].v\\na\\u{7}: unknown key"), "{shown}");
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
    }
}
