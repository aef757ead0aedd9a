//! Reading the files named on the command line, with the reasons a file
//! cannot be used told as a person can act on them: it is missing, it is
//! a folder, it may not be read, it is empty, it is over the limit. The
//! size is checked before the file is read, so a huge file is never loaded.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;

use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// Why a file cannot be used (exit status 1).
#[derive(Debug, Clone, PartialEq)]
pub enum FileProblem {
    /// Nothing at that path.
    Missing,
    /// A folder, not a file.
    Directory,
    /// The system refuses to let it be read.
    Denied,
    /// Another reading error, as the system words it.
    Unreadable(String),
    /// Zero bytes (for JSON: nothing but spaces).
    Empty,
    /// Bigger than the widget reads.
    TooBig {
        /// Its size in bytes.
        size: u64,
        /// The most read, in bytes.
        limit: usize,
    },
    /// JSON text that is not UTF-8.
    NotUtf8 {
        /// The first bad byte, counting from 1.
        offset: usize,
    },
}

const MEGABYTE: f64 = 1024.0 * 1024.0;

impl FileProblem {
    /// The reason, in the localizer's language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        match self {
            FileProblem::Missing => localizer.text(Msg::ToolCliFileMissing),
            FileProblem::Directory => localizer.text(Msg::ToolCliFileDirectory),
            FileProblem::Denied => localizer.text(Msg::ToolCliFileDenied),
            FileProblem::Unreadable(reason) => localizer.format(
                Msg::ToolCliFileUnreadable,
                &[("reason", MessageArg::Text(reason.clone()))],
            ),
            FileProblem::Empty => localizer.text(Msg::ToolCliFileEmpty),
            FileProblem::TooBig { size, limit } => localizer.format(
                Msg::ToolCliFileTooBig,
                &[
                    // One decimal, so 16.4 MB is never shown as "16 MB: the most is 16 MB".
                    (
                        "size",
                        MessageArg::Number((*size as f64 / MEGABYTE * 10.0).ceil() / 10.0),
                    ),
                    ("limit", MessageArg::Number(*limit as f64 / MEGABYTE)),
                ],
            ),
            FileProblem::NotUtf8 { offset } => localizer.format(
                Msg::ToolCliFileNotUtf8,
                &[("offset", MessageArg::Plain(*offset as i64))],
            ),
        }
    }
}

/// The size of the file at `path`, or why it cannot be used.
pub fn size(path: &Path) -> Result<u64, FileProblem> {
    let metadata = fs::metadata(path).map_err(from_io)?;
    if metadata.is_dir() {
        return Err(FileProblem::Directory);
    }
    Ok(metadata.len())
}

/// The whole file, unless it is missing, a folder, unreadable, empty or
/// over `limit` bytes (checked before reading, and again while reading, for
/// files whose size the system does not know in advance).
pub fn read(path: &Path, limit: usize) -> Result<Vec<u8>, FileProblem> {
    let size = size(path)?;
    let too_big = |size: u64| FileProblem::TooBig { size, limit };
    if size > limit as u64 {
        return Err(too_big(size));
    }
    let file = File::open(path).map_err(from_io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(from_io)?;
    if bytes.len() > limit {
        return Err(too_big(bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(bytes)
}

/// A dataset's text: UTF-8 (a byte-order mark is the reader's business),
/// and more than spaces.
pub fn json_text(bytes: Vec<u8>) -> Result<String, FileProblem> {
    let text = String::from_utf8(bytes).map_err(|error| FileProblem::NotUtf8 {
        offset: error.utf8_error().valid_up_to() + 1,
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(text)
}

fn from_io(error: io::Error) -> FileProblem {
    match error.kind() {
        io::ErrorKind::NotFound => FileProblem::Missing,
        io::ErrorKind::PermissionDenied => FileProblem::Denied,
        io::ErrorKind::IsADirectory => FileProblem::Directory,
        _ => FileProblem::Unreadable(error.to_string()),
    }
}

/// Whether a file is dataset JSON (checked on its own) rather than part
/// of a spreadsheet dataset: by its extension, as the help says.
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
}
