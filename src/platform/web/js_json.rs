//! Reads a JavaScript value (what `JSON.parse` built, or an object the page
//! set as `data`) into the core's [`JsonValue`].
//!
//! A direct walk rather than serde-wasm-bindgen: the same result for every
//! JSON value, about 11 KB less WebAssembly (no serde in the browser build),
//! and the depth limit checked before descending, so a hostile document
//! cannot exhaust the stack.

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::{JsonValue, MAX_DEPTH};

/// Why a value could not be read as JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A value JSON cannot hold (a function, a symbol, a bigint).
    NotJson,
}

/// Reads `value`, found `depth` levels below the document's root.
pub fn read(value: &JsValue, depth: usize) -> Result<JsonValue, Unreadable> {
    // Each check is a call into JavaScript: the commonest kinds in a
    // dataset (strings, then numbers, then objects) are asked first.
    if let Some(text) = value.as_string() {
        return Ok(JsonValue::String(text));
    }
    if let Some(number) = value.as_f64() {
        return Ok(JsonValue::Number(number));
    }
    if !value.is_object() {
        return if value.is_null() || value.is_undefined() {
            Ok(JsonValue::Null)
        } else if let Some(flag) = value.as_bool() {
            Ok(JsonValue::Bool(flag))
        } else {
            Err(Unreadable::NotJson)
        };
    }
    if depth >= MAX_DEPTH {
        return Err(Unreadable::TooDeep);
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for item in array.iter() {
            items.push(read(&item, depth + 1)?);
        }
        return Ok(JsonValue::Array(items));
    }
    // Own enumerable string keys in the engine's order, as JSON.stringify
    // would write them; an object cannot repeat a key.
    let entries = Object::entries(value.unchecked_ref());
    let mut members = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let pair: &Array = entry.unchecked_ref();
        let key = pair.get(0).as_string().unwrap_or_default();
        members.push((key, read(&pair.get(1), depth + 1)?));
    }
    Ok(JsonValue::Object(members))
}
