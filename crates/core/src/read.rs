//! From JSON text to a [`Dataset`]: the one path every dataset takes, in
//! the browser (fetched or built in) and in native tests and tools alike.
//!
//! The text is read with [`crate::json::parse_streamed`]: the whole
//! document is checked first, then the signatories are built and validated
//! one at a time, each dropped once checked, so memory holds the validated
//! dataset and the text, never a tree of the whole file as well.

use crate::dataset::Dataset;
use crate::json::{
    parse_streamed, JsonValue, ReadError, SlowNumber, StreamedDocument, TextPosition, MAX_DEPTH,
};
use crate::problem::{Issue, Problem};
use crate::validate::{validate_streamed, SignatorySource};

/// Why a text is not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    /// It is not JSON; where it first breaks the grammar.
    NotJson(TextPosition),
    /// It is JSON but not a valid dataset: every problem, with its path.
    Invalid(Vec<Problem>),
}

impl Rejection {
    /// Nesting past [`MAX_DEPTH`]: the document is refused before it is
    /// built, so the problem is the whole document's. (Also what the
    /// browser reports for a page's object that deep, found before it is
    /// written out as text.)
    pub fn too_deep() -> Rejection {
        Rejection::Invalid(vec![Problem {
            path: String::new(),
            issue: Issue::TooDeep { limit: MAX_DEPTH },
        }])
    }
}

/// Reads and validates a dataset's JSON text; `slow_number` converts the
/// rare number literal the exact fast path declines.
pub fn read_dataset(text: &str, slow_number: SlowNumber) -> Result<Dataset, Rejection> {
    let document =
        parse_streamed(text, "signatories", slow_number).map_err(|error| match error {
            ReadError::Syntax(position) => Rejection::NotJson(position),
            ReadError::TooDeep => Rejection::too_deep(),
        })?;
    validate_streamed(&document.root, &Items(&document)).map_err(Rejection::Invalid)
}

/// The streamed `signatories` array, one built item at a time.
struct Items<'d, 't>(&'d StreamedDocument<'t>);

impl SignatorySource for Items<'_, '_> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn item(&self, index: usize) -> Result<JsonValue<'_>, Issue> {
        // The whole text was checked (depth included) before any item is
        // built, so this error is not expected; it is still a value.
        self.0
            .item(index)
            .map_err(|_| Issue::TooDeep { limit: MAX_DEPTH })
    }
}
