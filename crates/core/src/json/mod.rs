//! A loosely typed JSON value, the one shape every dataset is read into
//! before validation.
//!
//! Why not deserialize straight into the dataset types? Serde stops at the
//! first problem and its messages carry no JSON path; a newsroom developer
//! fixing a hand-written file needs *every* problem, each with its path.
//! So JSON text is first read into [`JsonValue`] by our own reader
//! ([`parse`], [`parse_streamed`]), the same in the browser, in tests and in
//! tools, and then [`crate::validate`] walks it.

use std::borrow::Cow;

mod text;

pub use text::{
    decimal_text, parse, parse_streamed, std_number, ReadError, SlowNumber, StreamedDocument,
    TextPosition,
};

/// Deepest nesting of arrays and objects read (the format needs 4): a
/// deeper document is refused before it can exhaust the stack.
pub const MAX_DEPTH: usize = 32;

/// Any JSON value, with object members kept in document order so that
/// problems are reported in the order a person reads the file.
///
/// Strings and keys borrow from the text they were read from unless they
/// had escapes: a signatory has two dozen of them, and allocating and
/// freeing each one was most of the time spent reading 10,000.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue<'t> {
    /// `null` (and JavaScript `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Every JSON number: the format has one numeric type.
    Number(f64),
    /// A string.
    String(Cow<'t, str>),
    /// An array.
    Array(Vec<JsonValue<'t>>),
    /// An object; a repeated key keeps its last value (as `JSON.parse` does)
    /// at its first position.
    Object(Vec<(Cow<'t, str>, JsonValue<'t>)>),
}

impl<'t> JsonValue<'t> {
    /// The member `key` of an object, so validation can ask for fields
    /// without matching on the variant each time.
    pub fn get(&self, key: &str) -> Option<&JsonValue<'t>> {
        match self {
            JsonValue::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The same value owning all its strings, to keep it after its text
    /// is gone (a test's document built from a temporary string).
    pub fn into_owned(self) -> JsonValue<'static> {
        match self {
            JsonValue::Null => JsonValue::Null,
            JsonValue::Bool(b) => JsonValue::Bool(b),
            JsonValue::Number(n) => JsonValue::Number(n),
            JsonValue::String(s) => JsonValue::String(Cow::Owned(s.into_owned())),
            JsonValue::Array(items) => {
                JsonValue::Array(items.into_iter().map(JsonValue::into_owned).collect())
            }
            JsonValue::Object(members) => JsonValue::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            ),
        }
    }

    /// What kind of value this is, for "expected X, found Y" messages.
    pub fn kind(&self) -> JsonKind {
        match self {
            JsonValue::Null => JsonKind::Null,
            JsonValue::Bool(_) => JsonKind::Bool,
            JsonValue::Number(_) => JsonKind::Number,
            JsonValue::String(_) => JsonKind::String,
            JsonValue::Array(_) => JsonKind::Array,
            JsonValue::Object(_) => JsonKind::Object,
        }
    }
}

/// The six JSON kinds, named in error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// `null`
    Null,
    /// `true` / `false`
    Bool,
    /// a number
    Number,
    /// a string
    String,
    /// an array
    Array,
    /// an object
    Object,
}

impl JsonKind {
    /// A stable lowercase name, used as a message argument in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "boolean",
            JsonKind::Number => "number",
            JsonKind::String => "string",
            JsonKind::Array => "array",
            JsonKind::Object => "object",
        }
    }
}
