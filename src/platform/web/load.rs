//! Getting a dataset into the core's types in the browser.
//!
//! The browser parses the JSON (`Response.json()` / `JSON.parse`) and
//! [`super::js_json`] reads the resulting object into the core's loose
//! [`JsonValue`], which [`validate_streamed`] checks: no JSON parser in the
//! WASM. The signatories are read one at a time, each dropped once checked,
//! so memory holds the validated dataset, never a tree of the whole file.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReferrerPolicy, RequestCredentials, RequestInit, Response};

use super::dom::Timeout;
use super::js_json::{self, Unreadable};
use crate::core::dataset::BUILTIN_DATASET_JSON;
use crate::core::json::{JsonValue, MAX_DEPTH};
use crate::core::problem::{Issue, Problem};
use crate::core::validate::{validate_streamed, SignatorySource, MAX_BODY_BYTES};
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

/// Fetches `url` (relative to the page) and returns the parsed JSON, or
/// why not. Privacy: no cookies or credentials are sent (`credentials:
/// "omit"`) and no referrer leaves the page beyond its origin. Safety: the
/// request is abandoned after `timeout_ms`; a body that is not JSON by its
/// Content-Type, or larger than [`MAX_BODY_BYTES`], is refused.
pub async fn fetch_json(
    url: &str,
    timeout_ms: u32,
    prefetched: Option<Prefetched>,
) -> Result<JsValue, LoadError> {
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
    let body = response.text().map_err(|_| LoadError::Network)?;
    let text: JsString = JsFuture::from(body).await.map_err(failed)?.unchecked_into();
    // UTF-16 units: at most the byte count for the ASCII of JSON syntax.
    if text.length() as usize > MAX_BODY_BYTES {
        return Err(LoadError::TooLarge(MAX_BODY_BYTES));
    }
    js_sys::JSON::parse(&String::from(text)).map_err(|_| LoadError::NotJson)
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

/// The built-in dataset, parsed by the browser.
pub fn builtin_json() -> Result<JsValue, LoadError> {
    js_sys::JSON::parse(BUILTIN_DATASET_JSON).map_err(|_| LoadError::NotJson)
}

/// Depth of each signatory below the document's root (root → array → item).
const ITEM_DEPTH: usize = 2;

/// The page's `signatories` array, read item by item.
struct JsItems(js_sys::Array);

impl SignatorySource for JsItems {
    fn len(&self) -> usize {
        self.0.length() as usize
    }

    fn item(&self, index: usize) -> Result<JsonValue, Issue> {
        match js_json::read(&self.0.get(index as u32), ITEM_DEPTH) {
            Ok(item) => Ok(item),
            Err(Unreadable::TooDeep) => Err(Issue::TooDeep { limit: MAX_DEPTH }),
            // Not JSON (a function, a symbol…): reported as "not an object".
            Err(Unreadable::NotJson) => Ok(JsonValue::Null),
        }
    }
}

/// Reads and validates a dataset object (from JSON or given by the page).
pub fn to_loaded_data(value: &JsValue) -> Result<LoadedData, LoadError> {
    let failed = |why: Unreadable| match why {
        Unreadable::TooDeep => LoadError::Invalid(vec![Problem {
            path: String::new(),
            issue: Issue::TooDeep { limit: MAX_DEPTH },
        }]),
        Unreadable::NotJson => LoadError::NotJson,
    };
    let key = JsValue::from_str("signatories");
    let items = value
        .is_object()
        .then(|| js_sys::Reflect::get(value, &key).ok())
        .flatten()
        .filter(js_sys::Array::is_array);
    let (root, items) = match items {
        Some(items) => {
            // Everything but the signatories, in document order, with an
            // empty array in their place (validation only checks it is one).
            let rest = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
            js_sys::Reflect::set(&rest, &key, &js_sys::Array::new())
                .map_err(|_| LoadError::NotJson)?;
            (
                js_json::read(&rest, 0).map_err(failed)?,
                items.unchecked_into(),
            )
        }
        // No array to stream: read it all (it is small, or broken anyway).
        None => (
            js_json::read(value, 0).map_err(failed)?,
            js_sys::Array::new(),
        ),
    };
    validate_streamed(&root, &JsItems(items))
        .map(LoadedData::new)
        .map_err(LoadError::Invalid)
}
