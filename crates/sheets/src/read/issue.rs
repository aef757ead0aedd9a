//! Why a file gives no tables, as values the tool can tell in English or
//! Lithuanian: each says what is wrong with the file *and* what to do in
//! Excel or LibreOffice to fix it, since the person reading it edits
//! spreadsheets, not bytes.

use signatory_core::i18n::{Localizer, MessageArg, Msg};

use super::{MAX_BYTES, MAX_ROWS};

/// Why a file gives no tables.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadIssue {
    /// Zero bytes, or only blank rows.
    Empty,
    /// Larger than [`MAX_BYTES`]: refused before anything is parsed.
    TooBig {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// A sheet (or CSV file) with more than [`MAX_ROWS`] non-blank rows
    /// below its header: reading stopped there.
    TooManyRows {
        /// The sheet's name in a workbook; `None` for a CSV file.
        sheet: Option<String>,
    },
    /// Text that is not UTF-8 (nor UTF-16 with a byte-order mark): refused
    /// rather than read as mojibake.
    NotUtf8 {
        /// The 1-based line where the first byte that is not UTF-8 is.
        line: usize,
        /// What the bytes most likely are, when that can be told.
        likely: Option<LikelyEncoding>,
    },
    /// Text that starts with a UTF-16 byte-order mark but breaks off.
    BrokenUtf16 {
        /// The 1-based line where the text stops being UTF-16.
        line: usize,
    },
    /// A file of another kind (a PDF, an Apple Numbers document…).
    NotSpreadsheet {
        /// What it looks like.
        kind: ForeignKind,
    },
    /// A workbook protected with a password (its content is encrypted).
    Encrypted,
    /// A workbook that cannot be opened: damaged, cut short or not what
    /// its name says.
    Corrupt {
        /// The reader's own words, for whoever debugs it (English).
        detail: String,
    },
}

/// An encoding a text file that is not UTF-8 most likely uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LikelyEncoding {
    /// Windows-1257 (Baltic): an older Lithuanian Excel's "CSV".
    Windows1257,
    /// Windows-1252 (Western European): an older Excel's "CSV" elsewhere.
    Windows1252,
    /// UTF-16 without its byte-order mark.
    Utf16WithoutBom,
}

/// What a file that is not a spreadsheet looks like, so the message can
/// name it and say where to find the spreadsheet it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForeignKind {
    /// A PDF document.
    Pdf,
    /// An Apple Numbers document (which Numbers can export as `.xlsx`).
    Numbers,
    /// A word-processor or presentation document (`.docx`, `.odt`, `.doc`…).
    Document,
    /// An image (PNG, JPEG, GIF).
    Image,
    /// Anything else that is not text.
    Binary,
}

impl ForeignKind {
    fn id(self) -> &'static str {
        match self {
            ForeignKind::Pdf => "pdf",
            ForeignKind::Numbers => "numbers",
            ForeignKind::Document => "document",
            ForeignKind::Image => "image",
            ForeignKind::Binary => "binary",
        }
    }
}

impl ReadIssue {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let text = |s: &str| MessageArg::Text(s.to_owned());
        let limit = ("limit", MessageArg::Number(MAX_ROWS as f64));
        match self {
            ReadIssue::Empty => localizer.text(Msg::ToolReadEmpty),
            ReadIssue::TooBig { bytes } => localizer.format(
                Msg::ToolReadTooBig,
                &[
                    ("size", MessageArg::Number(megabytes(*bytes))),
                    ("max", MessageArg::Number(megabytes(MAX_BYTES))),
                ],
            ),
            ReadIssue::TooManyRows { sheet: None } => {
                localizer.format(Msg::ToolReadTooManyRows, &[limit])
            }
            ReadIssue::TooManyRows { sheet: Some(sheet) } => localizer.format(
                Msg::ToolReadTooManyRowsSheet,
                &[("sheet", text(sheet)), limit],
            ),
            ReadIssue::NotUtf8 { line, likely } => {
                let encoding = match likely {
                    Some(LikelyEncoding::Windows1257) => "windows-1257",
                    Some(LikelyEncoding::Windows1252) => "windows-1252",
                    Some(LikelyEncoding::Utf16WithoutBom) => "utf-16",
                    None => "unknown",
                };
                localizer.format(
                    Msg::ToolReadNotUtf8,
                    &[
                        ("encoding", text(encoding)),
                        ("line", MessageArg::Plain(*line as i64)),
                    ],
                )
            }
            ReadIssue::BrokenUtf16 { line } => localizer.format(
                Msg::ToolReadBrokenUtf16,
                &[("line", MessageArg::Plain(*line as i64))],
            ),
            ReadIssue::NotSpreadsheet { kind } => {
                localizer.format(Msg::ToolReadNotSpreadsheet, &[("kind", text(kind.id()))])
            }
            ReadIssue::Encrypted => localizer.text(Msg::ToolReadEncrypted),
            ReadIssue::Corrupt { detail } => {
                localizer.format(Msg::ToolReadCorrupt, &[("detail", text(detail))])
            }
        }
    }
}

/// Bytes as megabytes with one decimal, rounded up so that a file just
/// over the limit never reads as "16 MB" next to "at most 16 MB".
fn megabytes(bytes: usize) -> f64 {
    (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0
}
