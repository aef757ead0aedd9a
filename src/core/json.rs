//! A loosely typed JSON value, the one shape every dataset is read into
//! before validation.
//!
//! Why not deserialize straight into the dataset types? Serde stops at the
//! first problem and its messages carry no JSON path; a newsroom developer
//! fixing a hand-written file needs *every* problem, each with its path.
//! So JSON is first read into [`JsonValue`] — by `serde_json` natively, and in
//! the browser by a direct walk of the object the browser's own
//! `JSON.parse` built (`platform::web::js_json`: no JSON parser and no serde
//! ship in the WebAssembly) — and then [`crate::core::validate`] walks it.

#[cfg(not(target_arch = "wasm32"))]
pub use native::is_too_deep;

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

/// Reading JSON text natively (tests, tools, the prerenderer) with serde.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::HashMap;
    use std::fmt;

    use serde::de::{
        self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
    };

    use super::{JsonValue, MAX_DEPTH};

    /// The error message a too-deep document fails with, whatever the reader
    /// (`serde_json`); see [`is_too_deep`].
    const TOO_DEEP: &str = "signatory-map: JSON nested too deeply";

    /// Whether a deserialization error is the depth limit (as opposed to
    /// malformed JSON), so it can be reported as a dataset problem.
    pub fn is_too_deep(error: &impl fmt::Display) -> bool {
        error.to_string().contains(TOO_DEEP)
    }

    impl<'de> Deserialize<'de> for JsonValue {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(JsonValueVisitor { depth: 0 })
        }
    }

    /// Reads one nested value, one level deeper.
    struct Nested {
        depth: usize,
    }

    impl<'de> DeserializeSeed<'de> for Nested {
        type Value = JsonValue;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsonValue, D::Error> {
            deserializer.deserialize_any(JsonValueVisitor { depth: self.depth })
        }
    }

    struct JsonValueVisitor {
        depth: usize,
    }

    impl JsonValueVisitor {
        fn deeper<E: de::Error>(&self) -> Result<Nested, E> {
            if self.depth >= MAX_DEPTH {
                Err(E::custom(TOO_DEEP))
            } else {
                Ok(Nested {
                    depth: self.depth + 1,
                })
            }
        }
    }

    impl<'de> Visitor<'de> for JsonValueVisitor {
        type Value = JsonValue;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_unit<E>(self) -> Result<JsonValue, E> {
            Ok(JsonValue::Null)
        }

        fn visit_none<E>(self) -> Result<JsonValue, E> {
            Ok(JsonValue::Null)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<JsonValue, D::Error> {
            d.deserialize_any(self)
        }

        fn visit_bool<E>(self, v: bool) -> Result<JsonValue, E> {
            Ok(JsonValue::Bool(v))
        }

        fn visit_i64<E>(self, v: i64) -> Result<JsonValue, E> {
            Ok(JsonValue::Number(v as f64))
        }

        fn visit_u64<E>(self, v: u64) -> Result<JsonValue, E> {
            Ok(JsonValue::Number(v as f64))
        }

        fn visit_f64<E>(self, v: f64) -> Result<JsonValue, E> {
            Ok(JsonValue::Number(v))
        }

        fn visit_str<E>(self, v: &str) -> Result<JsonValue, E> {
            Ok(JsonValue::String(v.to_owned()))
        }

        fn visit_string<E>(self, v: String) -> Result<JsonValue, E> {
            Ok(JsonValue::String(v))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonValue, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(item) = seq.next_element_seed(self.deeper()?)? {
                items.push(item);
            }
            Ok(JsonValue::Array(items))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonValue, A::Error> {
            let mut members: Vec<(String, JsonValue)> = Vec::new();
            // An index, not a scan of `members`: an object with a million keys
            // must not take a million squared comparisons.
            let mut positions: HashMap<String, usize> = HashMap::new();
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value_seed(self.deeper()?)?;
                match positions.get(&key) {
                    // A repeated key: the last value wins, at the first one's
                    // place, exactly as the browser's `JSON.parse` reads it.
                    Some(&at) => members[at].1 = value,
                    None => {
                        positions.insert(key.clone(), members.len());
                        members.push((key, value));
                    }
                }
            }
            Ok(JsonValue::Object(members))
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    }

    #[test]
    fn nesting_up_to_the_limit_is_read() {
        let value: JsonValue = serde_json::from_str(&nested(MAX_DEPTH)).expect("within the limit");
        assert!(matches!(value, JsonValue::Array(_)));
    }

    #[test]
    fn deeper_nesting_is_refused_with_a_recognisable_error() {
        for depth in [MAX_DEPTH + 1, 100_000] {
            let error = serde_json::from_str::<JsonValue>(&nested(depth)).expect_err("too deep");
            assert!(is_too_deep(&error), "{error}");
        }
        let malformed = serde_json::from_str::<JsonValue>("[1,").expect_err("malformed");
        assert!(!is_too_deep(&malformed));
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value_like_json_parse() {
        let value: JsonValue = serde_json::from_str(r#"{"a": 1, "b": 2, "a": 3}"#).expect("object");
        assert_eq!(value.get("a"), Some(&JsonValue::Number(3.0)));
        let JsonValue::Object(members) = value else {
            panic!("object")
        };
        assert_eq!(members.len(), 2);
    }
}
