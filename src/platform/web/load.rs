//! Getting a dataset into the core's types in the browser.
//!
//! A fetched body is copied into WebAssembly as bytes, once, and read by
//! the core ([`read_dataset`]): one copy instead of a call into JavaScript
//! per value of the browser's parsed object. An object the page hands over
//! (`data`) is written out as JSON by the browser and read the same way.
//! The signatories are built one at a time, each dropped once checked, so
//! memory holds the validated dataset, never a tree of the whole file.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReferrerPolicy, RequestCredentials, RequestInit, Response};

use super::dom::Timeout;
use crate::core::dataset::BUILTIN_DATASET_JSON;
use crate::core::read::{read_dataset, Rejection};
use crate::core::validate::MAX_BODY_BYTES;
use crate::state::{LoadError, LoadedData};

/// A dataset request the page's JavaScript started early (see `index.js`,
/// `prefetch`): made with the same options as [`fetch_json`]'s own.
#[derive(Clone)]
pub struct Prefetched {
    /// What `fetch()` returned.
    pub response: js_sys::Promise,
    /// Aborts it (on timeout).
    pub controller: AbortController,
}

/// Fetches `url` (relative to the page) and returns its text, or why
/// not. Privacy: no cookies or credentials are sent (`credentials:
/// "omit"`) and no referrer leaves the page beyond its origin. Safety: the
/// request is abandoned after `timeout_ms`; a body that is not JSON by its
/// Content-Type, or larger than [`MAX_BODY_BYTES`], is refused.
pub async fn fetch_json(
    url: &str,
    timeout_ms: u32,
    prefetched: Option<Prefetched>,
) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let (request, controller) = match prefetched {
        Some(Prefetched {
            response,
            controller,
        }) => (response, Some(controller)),
        None => {
            let controller = AbortController::new().ok();
            let init = RequestInit::new();
            init.set_credentials(RequestCredentials::Omit);
            init.set_referrer_policy(ReferrerPolicy::StrictOriginWhenCrossOrigin);
            if let Some(controller) = &controller {
                init.set_signal(Some(&controller.signal()));
            }
            (window.fetch_with_str_and_init(url, &init), controller)
        }
    };
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let (timed_out, controller) = (timed_out.clone(), controller.clone());
        Timeout::new(timeout_ms.min(i32::MAX as u32) as i32, move || {
            timed_out.set(true);
            if let Some(controller) = controller {
                controller.abort();
            }
        })
    };
    let failed = |_| {
        if timed_out.get() {
            LoadError::Timeout(f64::from(timeout_ms) / 1000.0)
        } else {
            LoadError::Network
        }
    };
    let response = JsFuture::from(request).await.map_err(failed)?;
    let response: Response = response.dyn_into().map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if let Some(media_type) = header("content-type").map(|value| media_type(&value)) {
        if !is_json_media_type(&media_type) {
            return Err(LoadError::ContentType(media_type));
        }
    }
    let declared = header("content-length").and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES) {
        return Err(LoadError::TooLarge(MAX_BODY_BYTES));
    }
    let body = response.array_buffer().map_err(|_| LoadError::Network)?;
    let body = JsFuture::from(body).await.map_err(failed)?;
    let body = js_sys::Uint8Array::new(&body);
    if body.length() as usize > MAX_BODY_BYTES {
        return Err(LoadError::TooLarge(MAX_BODY_BYTES));
    }
    // Malformed UTF-8 is replaced, as `Response.text()` would.
    Ok(String::from_utf8(body.to_vec())
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()))
}

/// `application/json; charset=utf-8` → `application/json`.
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// JSON by its media type: `application/json`, `text/json` or `…+json`.
fn is_json_media_type(media_type: &str) -> bool {
    media_type == "application/json" || media_type == "text/json" || media_type.ends_with("+json")
}

/// Reads and validates a dataset's JSON text (fetched or built in).
pub fn text_to_loaded_data(text: &str) -> Result<LoadedData, LoadError> {
    match read_dataset(text, js_sys::Number::parse_float) {
        Ok(dataset) => Ok(LoadedData::new(dataset)),
        Err(Rejection::NotJson(position)) => Err(LoadError::NotJson(Some(position))),
        Err(Rejection::Invalid(problems)) => Err(LoadError::Invalid(problems)),
    }
}

/// The built-in dataset, read and validated like any other.
pub fn builtin_data() -> Result<LoadedData, LoadError> {
    text_to_loaded_data(BUILTIN_DATASET_JSON)
}

/// Reads and validates a dataset object the page gave (`data`), through
/// the JSON text the browser writes for it: one reader for every dataset,
/// and nothing a JSON file could not hold (functions and `undefined` are
/// left out, as `JSON.stringify` does; a cycle or a bigint is "not JSON").
pub fn object_to_loaded_data(value: &JsValue) -> Result<LoadedData, LoadError> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| JsValue::from(text).as_string())
        .ok_or(LoadError::NotJson(None))?;
    text_to_loaded_data(&text)
}
