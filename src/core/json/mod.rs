//! A loosely typed JSON value, the one shape every dataset is read into
//! before validation.
//!
//! Why not deserialize straight into the dataset types? Serde stops at the
//! first problem and its messages carry no JSON path; a newsroom developer
//! fixing a hand-written file needs *every* problem, each with its path.
//! So JSON text is first read into [`JsonValue`] by our own reader
//! ([`parse`], [`parse_streamed`]), the same in the browser, in tests and in
//! tools, and then [`crate::core::validate`] walks it.

mod text;

pub use text::{
    parse, parse_streamed, std_number, ReadError, SlowNumber, StreamedDocument, TextPosition,
};

/// Deepest nesting of arrays and objects read (the format needs 4): a
/// deeper document is refused before it can exhaust the stack.
pub const MAX_DEPTH: usize = 32;

/// Any JSON value, with object members kept in document order so that
/// problems are reported in the order a person reads the file.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    /// `null` (and JavaScript `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Every JSON number: the format has one numeric type.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object; a repeated key keeps its last value (as `JSON.parse` does)
    /// at its first position.
    Object(Vec<(String, JsonValue)>),
}

impl JsonValue {
    /// The member `key` of an object, so validation can ask for fields
    /// without matching on the variant each time.
    pub fn get(&self, key: &str) -> Option<&JsonValue> {
        match self {
            JsonValue::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
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
