//! Loading a scenario file of either kind, `.json` or `.mmu`, by its extension.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::scenario::{load_scenario, ScenarioError};

use super::compile::{compile_mmu, Compiled};
use super::lex::LangError;

/// The kinds of scenario file, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// `.json`: the scenario format.
    Json,
    /// `.mmu`: the scenario language.
    Mmu,
}

/// The kind of scenario file `path` names, by its extension (`.mmu`, `.json`, any case).
pub fn source_kind(path: &Path) -> Option<SourceKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some(SourceKind::Json),
        "mmu" => Some(SourceKind::Mmu),
        _ => None,
    }
}

/// Why a scenario file could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A JSON scenario: one line naming the file, line and key.
    Json(ScenarioError),
    /// A `.mmu` file: located, with the source line and a caret.
    Lang(LangError),
    /// Unreadable, not text, or an unknown kind of file.
    File { file: PathBuf, message: String },
}

impl LoadError {
    /// The first line of the message (the whole message except for a `.mmu` error's source line and caret).
    pub fn headline(&self) -> String {
        match self {
            LoadError::Json(e) => e.to_string(),
            LoadError::Lang(e) => e.headline(),
            LoadError::File { file, message } => format!("{}: {message}", file.display()),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Lang(e) => write!(f, "{e}"),
            _ => f.write_str(&self.headline()),
        }
    }
}

impl std::error::Error for LoadError {}

fn read_text(path: &Path) -> Result<String, LoadError> {
    let file_error = |message: String| LoadError::File {
        file: path.to_path_buf(),
        message,
    };
    let bytes =
        std::fs::read(path).map_err(|e| file_error(format!("cannot read the scenario: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        file_error(format!(
            "not UTF-8 text (invalid byte sequence at byte offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Loads a scenario file: `.json` through the scenario format, `.mmu` through the language. Any other name is an error
/// (after the file was found readable, so that a missing file is reported as such).
pub fn load(path: &Path) -> Result<Compiled, LoadError> {
    match source_kind(path) {
        Some(SourceKind::Json) => load_scenario(path)
            .map(|scenario| Compiled {
                scenario,
                expectations: Vec::new(),
                op_lines: Vec::new(),
            })
            .map_err(LoadError::Json),
        Some(SourceKind::Mmu) => {
            let text = read_text(path)?;
            compile_mmu(&text, path).map_err(LoadError::Lang)
        }
        None => {
            read_text(path)?;
            Err(LoadError::File {
                file: path.to_path_buf(),
                message: "unknown kind of scenario file: the name must end in .mmu (the scenario language) or \
                          .json (the JSON scenario format)"
                    .to_string(),
            })
        }
    }
}
