//! Getting a dataset into the core's types in the browser.
//!
//! The browser parses the JSON (`Response.json()` / `JSON.parse`) and
//! `serde-wasm-bindgen` reads the resulting object into the core's loose
//! [`JsonValue`], which [`validate`] checks: no JSON parser in the WASM.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::core::dataset::BUILTIN_DATASET_JSON;
use crate::core::json::JsonValue;
use crate::core::validate::validate;
use crate::state::{LoadError, LoadedData};

/// Fetches `url` (relative to the page) and returns the parsed JSON.
pub async fn fetch_json(url: &str) -> Result<JsValue, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let body = response.json().map_err(|_| LoadError::NotJson)?;
    JsFuture::from(body).await.map_err(|_| LoadError::NotJson)
}

/// The built-in dataset, parsed by the browser.
pub fn builtin_json() -> Result<JsValue, LoadError> {
    js_sys::JSON::parse(BUILTIN_DATASET_JSON).map_err(|_| LoadError::NotJson)
}

/// Reads and validates a dataset object (from JSON or given by the page).
pub fn to_loaded_data(value: &JsValue) -> Result<LoadedData, LoadError> {
    let json: JsonValue =
        serde_wasm_bindgen::from_value(value.clone()).map_err(|_| LoadError::NotJson)?;
    validate(&json)
        .map(LoadedData::new)
        .map_err(LoadError::Invalid)
}
