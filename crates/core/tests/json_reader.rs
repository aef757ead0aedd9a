//! The shipped JSON reader (`core::json::parse`), which reads every dataset
//! in the browser: the same values as an established reader (`serde_json`)
//! for any JSON text, the same refusals, `JSON.parse`'s choices where the
//! standard leaves one, and a line and column for a newsroom developer.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;

use signatory_core::json::{
    parse, parse_streamed, std_number, JsonValue, ReadError, TextPosition, MAX_DEPTH,
};

fn read(text: &str) -> Result<JsonValue<'_>, ReadError> {
    parse(text, std_number)
}

fn at(line: usize, column: usize) -> Result<JsonValue<'static>, ReadError> {
    Err(ReadError::Syntax(TextPosition { line, column }))
}

fn string(text: &str) -> JsonValue<'_> {
    JsonValue::String(text.into())
}

#[test]
fn a_syntax_error_names_the_line_and_column_where_reading_stopped() {
    assert_eq!(read(""), at(1, 1));
    assert_eq!(read("<!DOCTYPE html>"), at(1, 1));
    assert_eq!(read("{\n  \"a\": 1,\n}"), at(3, 1));
    assert_eq!(read("[1, 2,]"), at(1, 7));
    // Columns count characters, not bytes.
    assert_eq!(read("{\"č\": ünknown}"), at(1, 7));
    assert_eq!(read("[1] [2]"), at(1, 5));
    assert_eq!(read("\"unterminated"), at(1, 14));
}

#[test]
fn what_json_parse_refuses_is_refused() {
    for text in [
        "01",
        "1.",
        ".5",
        "+1",
        "-",
        "1e",
        "1e+",
        "0x10",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "'single'",
        "{a: 1}",
        "{\"a\" 1}",
        "[1 2]",
        "\"tab\there\"",
        "\"\\x41\"",
        "\"\\u12\"",
        "// comment\n1",
        "[",
        "{\"a\":1",
    ] {
        assert!(
            matches!(read(text), Err(ReadError::Syntax(_))),
            "{text:?} was read as {:?}",
            read(text)
        );
    }
}

#[test]
fn escapes_and_surrogates_read_as_json_parse_reads_them() {
    assert_eq!(
        read(r#""\"\\\/\b\f\n\r\t\u00e9\u0160""#),
        Ok(string("\"\\/\u{8}\u{c}\n\r\té\u{160}"))
    );
    assert_eq!(read(r#""\ud83d\ude00""#), Ok(string("😀")));
    // A lone surrogate cannot be UTF-8: it becomes U+FFFD, and what follows
    // is still read.
    assert_eq!(
        read(r#""\ud83dx\ude00\u0041""#),
        Ok(string("\u{fffd}x\u{fffd}A"))
    );
    assert_eq!(read(r#""\ud83d\u0041""#), Ok(string("\u{fffd}A")));
    assert_eq!(read("\u{feff}[true, false, null]"), {
        Ok(JsonValue::Array(vec![
            JsonValue::Bool(true),
            JsonValue::Bool(false),
            JsonValue::Null,
        ]))
    });
}

#[test]
fn numbers_are_correctly_rounded_on_both_paths() {
    for literal in [
        "0.1",
        "54.6872",
        "-33.8688",
        "0.30000000000000004",
        "5e-324",
        "1e23",
    ] {
        assert_eq!(
            read(literal),
            Ok(JsonValue::Number(literal.parse().expect("literal"))),
            "{literal}"
        );
    }
    assert_eq!(read("1e400"), Ok(JsonValue::Number(f64::INFINITY)));
    let Ok(JsonValue::Number(zero)) = read("-0") else {
        panic!("-0 is a number")
    };
    assert!(zero == 0.0 && zero.is_sign_negative());
}

#[test]
fn a_repeated_key_keeps_its_last_value_at_its_first_place() {
    let Ok(JsonValue::Object(members)) = read(r#"{"a": 1, "b": 2, "a": 3}"#) else {
        panic!("object")
    };
    assert_eq!(
        members,
        vec![
            ("a".into(), JsonValue::Number(3.0)),
            ("b".into(), JsonValue::Number(2.0)),
        ]
    );
    // Past the scanned length, through the hash index.
    let keys: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
    let text = format!("{{{}, \"k3\": \"last\", \"k39\": null}}", keys.join(", "));
    let Ok(JsonValue::Object(members)) = read(&text) else {
        panic!("object")
    };
    assert_eq!(members.len(), 40);
    assert_eq!(members[3], ("k3".into(), string("last")));
    assert_eq!(members[39], ("k39".into(), JsonValue::Null));
}

#[test]
fn nesting_is_read_up_to_the_limit_and_refused_past_it() {
    let nested = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    assert!(read(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(read(&nested(MAX_DEPTH + 1)), Err(ReadError::TooDeep));
    // Refused before it can exhaust the stack.
    assert_eq!(read(&nested(1_000_000)), Err(ReadError::TooDeep));
    assert_eq!(read(&"{\"a\":".repeat(1_000_000)), Err(ReadError::TooDeep));
}

#[test]
fn a_streamed_array_is_checked_whole_and_built_one_item_at_a_time() {
    let text = r#"{"signatories": [0], "x": {"y": [1]}, "signatories": [ {"id": "a"} ,[2], "s"]}"#;
    let document = parse_streamed(text, "signatories", std_number).expect("valid");
    let Ok(JsonValue::Object(whole)) = read(text) else {
        panic!("object")
    };
    let JsonValue::Array(items) = whole[0].1.clone() else {
        panic!("array")
    };
    // The last of the repeated arrays, item for item.
    assert_eq!(document.len(), 3);
    let streamed: Vec<JsonValue> = (0..3).map(|i| document.item(i).expect("item")).collect();
    assert_eq!(streamed, items);
    assert_eq!(document.item(3), Ok(JsonValue::Null));
    // After a byte-order mark, items are still found where they start.
    let with_bom = format!("\u{feff}{text}");
    let document_after_bom = parse_streamed(&with_bom, "signatories", std_number).expect("valid");
    let after_bom: Vec<JsonValue> = (0..3)
        .map(|i| document_after_bom.item(i).expect("item"))
        .collect();
    assert_eq!(after_bom, items);
    // The rest of the document is built, the array left empty.
    assert_eq!(
        document.root.get("signatories"),
        Some(&JsonValue::Array(vec![]))
    );
    assert_eq!(document.root.get("x"), whole[1..].first().map(|(_, v)| v));
    // A broken item is a syntax error of the whole text, found up front.
    let broken = r#"{"signatories": [{"id": "a"}, {"id": }]}"#;
    assert!(matches!(
        parse_streamed(broken, "signatories", std_number),
        Err(ReadError::Syntax(TextPosition {
            line: 1,
            column: 38
        }))
    ));
    let deep = format!("{{\"signatories\": [{}]}}", "[".repeat(MAX_DEPTH));
    assert!(matches!(
        parse_streamed(&deep, "signatories", std_number),
        Err(ReadError::TooDeep)
    ));
}

/// `serde_json`'s value in our shape (numbers compared separately).
fn from_serde(value: &Value) -> JsonValue<'_> {
    match value {
        Value::Null => JsonValue::Null,
        Value::Bool(b) => JsonValue::Bool(*b),
        Value::Number(n) => JsonValue::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => JsonValue::String(s.into()),
        Value::Array(items) => JsonValue::Array(items.iter().map(from_serde).collect()),
        Value::Object(members) => JsonValue::Object(
            members
                .iter()
                .map(|(k, v)| (k.into(), from_serde(v)))
                .collect(),
        ),
    }
}

/// Object members in key order, at every level.
fn sorted(value: JsonValue<'_>) -> JsonValue<'_> {
    match value {
        JsonValue::Array(items) => JsonValue::Array(items.into_iter().map(sorted).collect()),
        JsonValue::Object(members) => {
            let mut members: Vec<_> = members.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            JsonValue::Object(members)
        }
        other => other,
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{0,3}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Any JSON document `serde_json` writes (compact or pretty, which
    /// escapes control characters and may use every Unicode character)
    /// reads back as the same value.
    #[test]
    fn reads_what_an_established_writer_writes(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        }
        .expect("serializes");
        prop_assert_eq!(read(&text), Ok(from_serde(&value)), "{}", text);
    }

    /// Damaged text: refused exactly when `serde_json` refuses it (it
    /// refuses numbers beyond f64, which `JSON.parse` and we read as
    /// infinity, and has its own depth limit), never a panic.
    #[test]
    fn refuses_what_an_established_reader_refuses(
        value in json_value(),
        cut in any::<prop::sample::Index>(),
        insert in prop::sample::select(vec!["", ",", "]", "}", "\"", "\\", ":", "x", "\n", "01", "[", "{"]),
    ) {
        let text = serde_json::to_string(&value).expect("serializes");
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{}{}", &text[..at], insert, &text[at..]);
        let ours = read(&damaged);
        let theirs = serde_json::from_str::<Value>(&damaged);
        if theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range")) {
            // `JSON.parse` (and so the widget) reads it as infinity.
            prop_assert!(ours.is_ok(), "{:?}: {:?}", damaged, ours);
            return Ok(());
        }
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", damaged, ours, theirs);
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            // `serde_json`'s objects are sorted by key; ours keep document order.
            prop_assert_eq!(sorted(ours), from_serde(&theirs));
        }
    }
}
