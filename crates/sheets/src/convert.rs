//! Tables to the dataset JSON. (API agreed; the body is being written.)

use signatory_core::i18n::Localizer;

use crate::finding::{Finding, Severity};
use crate::gazetteer::Gazetteer;

/// Something about the sheets' layout or a cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetIssue {
    /// No Signatories sheet or file.
    NoSignatories,
}

impl SheetIssue {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let _ = localizer;
        String::new()
    }
}

/// One file given to the tool: its name as typed and its bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The name shown in findings (`pledge.xlsx`).
    pub name: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// How far a long conversion is, for a progress line on stderr.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// A file is being read.
    Reading {
        /// Its name.
        file: String,
    },
    /// Signatory rows converted so far, of all.
    Rows {
        /// Rows done.
        done: usize,
        /// Rows in all.
        total: usize,
    },
}

/// The dataset a conversion produced, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetJson {
    value: serde_json::Value,
}

impl DatasetJson {
    /// Indented, for people and diffs.
    pub fn pretty(&self) -> String {
        serde_json::to_string_pretty(&self.value).unwrap_or_default()
    }

    /// On one line, for the web.
    pub fn compact(&self) -> String {
        serde_json::to_string(&self.value).unwrap_or_default()
    }
}

/// What converting some files gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The dataset, unless an error rejects it.
    pub dataset: Option<DatasetJson>,
    /// Every finding, in file, sheet and row order.
    pub findings: Vec<Finding>,
}

impl Conversion {
    /// Whether the data would be rejected (exit status 1).
    pub fn rejected(&self) -> bool {
        self.dataset.is_none()
            || self
                .findings
                .iter()
                .any(|finding| finding.severity == Severity::Error)
    }
}

/// Reads and converts a workbook, or the CSV files of one dataset (see
/// docs/spreadsheet-format.md), reporting progress as it goes.
pub fn convert_files(
    files: &[InputFile],
    gazetteer: &Gazetteer,
    progress: &mut dyn FnMut(Progress),
) -> Conversion {
    let _ = (files, gazetteer, progress);
    Conversion {
        dataset: None,
        findings: Vec::new(),
    }
}
