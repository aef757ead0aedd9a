//! What can be wrong with a dataset, as values rather than strings.
//!
//! A [`Problem`] carries the JSON path and a structured [`Issue`]; the view
//! turns it into a sentence in the reader's language through the message
//! catalogue (`problem-*` messages), and the console gets the English one.
//! Keeping the issue structured is what lets one problem be told in any
//! language without the core knowing any.

use crate::i18n::Msg;
use crate::json::JsonKind;

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the JSON, e.g. `signatories[3].lat` (empty for the root).
    pub path: String,
    /// What is wrong there.
    pub issue: Issue,
}

impl Problem {
    /// The path as shown to people: `$` for the document itself, which has
    /// an empty path.
    pub fn display_path(&self) -> &str {
        if self.path.is_empty() {
            "$"
        } else {
            &self.path
        }
    }
}

/// The shape a field should have had, named in "expected …" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// A string.
    String,
    /// A number.
    Number,
    /// `true` or `false` (`areasComplete`).
    Boolean,
    /// An object of texts keyed by language, e.g. `{"en": "…"}`.
    LocalizedText,
}

impl Expected {
    /// Stable name used as a message argument (`object`, `text-by-language`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Object => "object",
            Expected::Array => "array",
            Expected::String => "string",
            Expected::Number => "number",
            Expected::Boolean => "boolean",
            Expected::LocalizedText => "text-by-language",
        }
    }
}

/// The kinds of problem validation reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// The value has the wrong JSON type.
    WrongType {
        /// What the format wants here.
        expected: Expected,
        /// What the file has.
        found: JsonKind,
    },
    /// A required field is absent.
    Missing,
    /// A number is outside its allowed range (latitude, longitude).
    OutOfRange {
        /// The value found.
        value: f64,
        /// Lowest allowed.
        min: f64,
        /// Highest allowed.
        max: f64,
    },
    /// `version` is not one this widget reads.
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
    },
    /// An id is used twice.
    DuplicateId {
        /// The repeated id.
        id: String,
        /// Path of its first use.
        first: String,
    },
    /// An id is empty or has characters that break the `areas` attribute.
    InvalidId {
        /// The id found.
        id: String,
    },
    /// A signatory names an area that `areas` does not declare.
    UnknownArea {
        /// The undeclared id.
        id: String,
    },
    /// `kind` is not company, association or institution.
    UnknownKind {
        /// The value found.
        value: String,
    },
    /// `country` is not a two-letter ISO 3166-1 code.
    InvalidCountry {
        /// The value found.
        value: String,
    },
    /// `date` is not a real `YYYY-MM-DD` date.
    InvalidDate {
        /// The value found.
        value: String,
    },
    /// A text object has no text in any language, or a text is blank.
    EmptyText,
    /// A text object has no English text, every text's fallback.
    MissingEnglish,
    /// A list is longer than the widget accepts.
    TooMany {
        /// How many items the file has.
        count: usize,
        /// The most accepted.
        limit: usize,
    },
    /// A string is longer than the widget accepts.
    TooLong {
        /// Its length in characters.
        length: usize,
        /// The most accepted.
        limit: usize,
    },
    /// Arrays and objects nested deeper than the widget reads.
    TooDeep {
        /// The deepest nesting accepted.
        limit: usize,
    },
}

impl Issue {
    /// The catalogue message that describes this issue (`problem-…`).
    pub fn message_id(&self) -> Msg {
        match self {
            Issue::WrongType { .. } => Msg::ProblemWrongType,
            Issue::Missing => Msg::ProblemMissing,
            Issue::OutOfRange { .. } => Msg::ProblemOutOfRange,
            Issue::UnsupportedVersion { .. } => Msg::ProblemUnsupportedVersion,
            Issue::DuplicateId { .. } => Msg::ProblemDuplicateId,
            Issue::InvalidId { .. } => Msg::ProblemInvalidId,
            Issue::UnknownArea { .. } => Msg::ProblemUnknownArea,
            Issue::UnknownKind { .. } => Msg::ProblemUnknownKind,
            Issue::InvalidCountry { .. } => Msg::ProblemInvalidCountry,
            Issue::InvalidDate { .. } => Msg::ProblemInvalidDate,
            Issue::EmptyText => Msg::ProblemEmptyText,
            Issue::MissingEnglish => Msg::ProblemMissingEnglish,
            Issue::TooMany { .. } => Msg::ProblemTooMany,
            Issue::TooLong { .. } => Msg::ProblemTooLong,
            Issue::TooDeep { .. } => Msg::ProblemTooDeep,
        }
    }

    /// A limit that protects the reader's tab: it rejects the whole dataset
    /// even inside one signatory.
    pub fn is_limit(&self) -> bool {
        matches!(
            self,
            Issue::TooMany { .. } | Issue::TooLong { .. } | Issue::TooDeep { .. }
        )
    }

    /// The message's arguments: text arguments, and numbers (which the view
    /// formats for the reader's locale).
    pub fn message_args(&self) -> Vec<(&'static str, IssueArg)> {
        use IssueArg::{Number, Text};
        match self {
            Issue::WrongType { expected, found } => vec![
                ("expected", Text(expected.as_str().into())),
                ("found", Text(found.as_str().into())),
            ],
            Issue::OutOfRange { value, min, max } => {
                vec![
                    ("value", Number(*value)),
                    ("min", Number(*min)),
                    ("max", Number(*max)),
                ]
            }
            Issue::UnsupportedVersion { found } => vec![("found", Text(found.clone()))],
            Issue::DuplicateId { id, first } => {
                vec![("id", Text(id.clone())), ("first", Text(first.clone()))]
            }
            Issue::InvalidId { id } | Issue::UnknownArea { id } => vec![("id", Text(id.clone()))],
            Issue::UnknownKind { value }
            | Issue::InvalidCountry { value }
            | Issue::InvalidDate { value } => vec![("value", Text(value.clone()))],
            Issue::TooMany { count, limit } => {
                vec![
                    ("count", Number(*count as f64)),
                    ("limit", Number(*limit as f64)),
                ]
            }
            Issue::TooLong { length, limit } => {
                vec![
                    ("length", Number(*length as f64)),
                    ("limit", Number(*limit as f64)),
                ]
            }
            Issue::TooDeep { limit } => vec![("limit", Number(*limit as f64))],
            Issue::Missing | Issue::EmptyText | Issue::MissingEnglish => Vec::new(),
        }
    }
}

/// An argument of a problem message.
#[derive(Debug, Clone, PartialEq)]
pub enum IssueArg {
    /// Shown as is.
    Text(String),
    /// Shown with the locale's number format.
    Number(f64),
}
