//! The message compiler: `locales/<tag>/*.ftl` in, checked patterns out.
//!
//! `build.rs` runs it on the repository's `locales/` and writes the result
//! as Rust (`emit.rs`), so the WebAssembly holds static patterns and the
//! formatter, never a parser. `tests/ftl/main.rs` includes this same file
//! with `#[path]` and runs it on fixture folders, so what the tests check
//! is exactly what the build does.
//!
//! Parsing is the real Fluent parser (`fluent-syntax`). On top of it the
//! compiler enforces what the widget relies on, each problem reported with
//! its file, line and column and the message id:
//! - English (`en`) is the reference: every other language has exactly its
//!   message ids (attributes count as `id.attr`), and uses only the
//!   variables the English message uses;
//! - every message, term and attribute referenced exists (references are
//!   inlined here, so none is looked up at run time), without cycles;
//! - only the subset the formatter implements: text, `{ $var }`, string and
//!   number literals, `{ message }`, `{ message.attr }`, `{ -term }`, and
//!   select expressions on a variable with unique keys. Functions, term
//!   arguments or attributes and nested placeables are rejected.
//!
//! A language is a folder: nothing here lists them.

mod check;
mod entries;
mod lower;

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The reference language: its ids are the typed ids, every other language
/// must match them, and the widget falls back to it.
pub const REFERENCE: &str = "en";

/// One `.ftl` file, read.
pub struct Source {
    /// The language tag, the name of the file's folder.
    pub lang: String,
    /// How errors name the file: `locales/lt/widget.ftl`.
    pub shown: String,
    /// Its text.
    pub text: String,
}

/// What is wrong with the Fluent files, and where: an editor or terminal
/// can jump to `file:line:column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    /// The file (or folder) as [`Source::shown`] names it.
    pub file: String,
    /// 1-based line and column (in characters), when the problem has a place.
    pub at: Option<(usize, usize)>,
    /// The message (or `-term`) concerned, when there is one.
    pub id: Option<String>,
    /// What is wrong, in words a translator can act on.
    pub message: String,
}

impl fmt::Display for FtlError {
    /// `locales/lt/widget.ftl:12:5: `header-meta`: unknown variable `$dat`…`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.at {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(id) = &self.id {
            write!(f, ": `{id}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every language's messages, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    /// The message ids, in the order of the English files.
    pub ids: Vec<String>,
    /// The languages, English first, then by tag.
    pub languages: Vec<Language>,
}

/// One language's messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    /// Its tag, the folder's name.
    pub tag: String,
    /// One pattern per id of [`Compiled::ids`], in that order.
    pub messages: Vec<Vec<Part>>,
}

/// A piece of a compiled pattern: what the formatter meets at run time.
/// Literals and references are already resolved into text and parts.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Text shown as is (adjacent texts are merged).
    Text(String),
    /// `{ $name }`: the caller's argument.
    Var(String),
    /// `{ $var -> … }`: one of the variants, by the argument's value.
    Select {
        /// The variable it selects on.
        var: String,
        /// The variants, the default (`*`) one last.
        variants: Vec<Variant>,
    },
}

/// One `[key] value` of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// What it matches.
    pub key: Key,
    /// What it shows.
    pub value: Vec<Part>,
}

/// A variant key.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// `[one]`, `[company]`: a plural category or a text argument.
    Name(String),
    /// `[0]`: a number argument equal to it.
    Number(f64),
}

/// Reads every `<dir>/<tag>/*.ftl`, languages and files in a fixed order,
/// plus each language's `<subfolder>/*.ftl` when one is named: the
/// command-line tool's messages live in `locales/<tag>/tool/` and are
/// compiled only for it, so the widget's WebAssembly never carries them.
/// Folders without `.ftl` files are not languages and are skipped.
pub fn read_locales(dir: &Path, subfolder: Option<&str>) -> io::Result<Vec<Source>> {
    let root = dir
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let mut folders: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    folders.retain(|path| path.is_dir());
    folders.sort();
    let mut sources = Vec::new();
    for folder in folders {
        let lang = folder
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        let mut files: Vec<PathBuf> = ftl_files(&folder)?;
        if let Some(sub) = subfolder
            .map(|sub| folder.join(sub))
            .filter(|sub| sub.is_dir())
        {
            files.extend(ftl_files(&sub)?);
        }
        for path in files {
            let name = path
                .strip_prefix(&folder)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            sources.push(Source {
                shown: format!("{root}/{lang}/{name}"),
                text: fs::read_to_string(&path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
                lang: lang.clone(),
            });
        }
    }
    Ok(sources)
}

/// The `.ftl` files directly in `folder`, sorted.
fn ftl_files(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    files.retain(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "ftl"));
    files.sort();
    Ok(files)
}

/// Compiles the sources of every language, or says everything wrong with
/// them (every error, not just the first, so one build run shows them all).
pub fn compile(sources: &[Source]) -> Result<Compiled, Vec<FtlError>> {
    let texts: Vec<String> = sources.iter().map(|s| normalize(&s.text)).collect();
    let files: Vec<File<'_>> = sources
        .iter()
        .zip(&texts)
        .map(|(source, text)| File { source, text })
        .collect();
    check::compile_files(&files)
}

/// A source with its text as the parser sees it.
struct File<'s> {
    source: &'s Source,
    /// Without a byte-order mark, with `\n` line ends (columns stay right:
    /// a `\r` only ever ends a line).
    text: &'s str,
}

impl File<'_> {
    /// An error at byte offset `at` of this file's text.
    fn error(&self, at: usize, id: Option<&str>, message: String) -> FtlError {
        FtlError {
            file: self.source.shown.clone(),
            at: Some(self.position(at)),
            id: id.map(str::to_owned),
            message,
        }
    }

    /// The 1-based line and column (in characters) of byte offset `at`.
    fn position(&self, at: usize) -> (usize, usize) {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        (line, before[line_start..].chars().count() + 1)
    }

    /// Where `inline` begins in this file's text, to point errors at: its
    /// `$`, `-`, `"` or inner `{` included.
    fn start_of(&self, inline: &ast::InlineExpression<&str>) -> usize {
        use ast::InlineExpression as E;
        match inline {
            E::NumberLiteral { value } => self.offset_of(value),
            E::FunctionReference { id, .. } | E::MessageReference { id, .. } => {
                self.offset_of(id.name)
            }
            E::StringLiteral { value: sigiled }
            | E::TermReference {
                id: ast::Identifier { name: sigiled },
                ..
            }
            | E::VariableReference {
                id: ast::Identifier { name: sigiled },
            } => self.offset_of(sigiled).saturating_sub(1),
            E::Placeable { expression } => {
                let inner = match expression.as_ref() {
                    ast::Expression::Inline(inline)
                    | ast::Expression::Select {
                        selector: inline, ..
                    } => self.start_of(inline),
                };
                let before = self.text.get(..inner).unwrap_or_default();
                before.rfind('{').unwrap_or(inner)
            }
        }
    }

    /// The folder of language `tag` beside this file, as errors name it:
    /// `locales/lt/`.
    fn folder(&self, tag: &str) -> String {
        let root = self.source.shown.split('/').next().unwrap_or_default();
        format!("{root}/{tag}/")
    }

    /// Where `part`, a slice of this file's text (as the parser hands
    /// them out), begins.
    fn offset_of(&self, part: &str) -> usize {
        let start = self.text.as_ptr() as usize;
        (part.as_ptr() as usize)
            .saturating_sub(start)
            .min(self.text.len())
    }
}

/// The text without a byte-order mark and with `\n` line ends.
fn normalize(text: &str) -> String {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n")
}

/// The Rust name of a message id: `filter-clear` → `FilterClear`,
/// `zoom-in.title` → `ZoomInTitle`, `month-1` → `Month1`.
pub fn variant_name(id: &str) -> String {
    id.split(['-', '_', '.'])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}
