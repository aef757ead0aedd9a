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
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReferrerPolicy, RequestCredentials, RequestInit,
    Response,
};

use crate::platform::Timeout;
use crate::state::{LoadError, LoadedData};
use signatory_core::dataset::BUILTIN_DATASET_JSON;
use signatory_core::read::{read_dataset, Rejection};
use signatory_core::response::{judge, Verdict};
use signatory_core::validate::MAX_BODY_BYTES;

/// A dataset request under way: what `fetch()` returned and the
/// controller that aborts it. Made by [`start_fetch`], or by the page's
/// JavaScript early (`frame.js`, `startFetch`) with the same options.
#[derive(Clone)]
pub struct Request {
    /// What `fetch()` returned.
    pub response: js_sys::Promise,
    /// Aborts it: on timeout, when a newer source supersedes it, when the
    /// widget is removed, or when the body passes the size limit.
    pub controller: AbortController,
}

/// Starts fetching `url` (relative to the page). Privacy: no cookies or
/// credentials are sent (`credentials: "omit"`) and no referrer leaves the
/// page beyond its origin.
pub fn start_fetch(url: &str) -> Result<Request, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let controller = AbortController::new().map_err(|_| LoadError::Network)?;
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::StrictOriginWhenCrossOrigin);
    init.set_signal(Some(&controller.signal()));
    Ok(Request {
        response: window.fetch_with_str_and_init(url, &init),
        controller,
    })
}

/// Waits for `request`'s answer and returns its text, or why not. Safety:
/// the request is abandoned after `timeout_ms`; a body that is not JSON by
/// its Content-Type is refused, and so is one larger than
/// [`MAX_BODY_BYTES`] — counted while it streams in, so a server that
/// sends without end (or without a Content-Length) is cut off at the limit
/// rather than read whole.
pub async fn fetch_json(request: Request, timeout_ms: u32) -> Result<String, LoadError> {
    let Request {
        response,
        controller,
    } = request;
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let (timed_out, controller) = (timed_out.clone(), controller.clone());
        Timeout::new(timeout_ms.min(i32::MAX as u32) as i32, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |_| {
        if timed_out.get() {
            LoadError::Timeout(f64::from(timeout_ms) / 1000.0)
        } else {
            LoadError::Network
        }
    };
    let response = JsFuture::from(response).await.map_err(failed)?;
    let response: Response = response.dyn_into().map_err(|_| LoadError::Network)?;
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let expected = match judge(
        response.ok(),
        response.status(),
        header("content-type").as_deref(),
        header("content-length").as_deref(),
        MAX_BODY_BYTES,
    ) {
        Verdict::Read { expected_bytes } => expected_bytes,
        Verdict::Http(status) => return Err(LoadError::Http(status)),
        Verdict::NotJson(media_type) => return Err(LoadError::ContentType(media_type)),
        Verdict::TooLarge(limit) => {
            controller.abort();
            return Err(LoadError::TooLarge(limit));
        }
    };
    let body = read_body(&response, expected)
        .await
        .map_err(|error| match error {
            BodyError::Failed(error) => failed(error),
            BodyError::TooLarge => {
                controller.abort();
                LoadError::TooLarge(MAX_BODY_BYTES)
            }
        })?;
    // Malformed UTF-8 is replaced, as `Response.text()` would.
    Ok(String::from_utf8(body)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()))
}

/// Why a body was not read whole.
enum BodyError {
    /// The stream failed (aborted, network).
    Failed(JsValue),
    /// It passed [`MAX_BODY_BYTES`].
    TooLarge,
}

/// The body's bytes, chunk by chunk as they arrive, copied straight into
/// WebAssembly memory; stops at [`MAX_BODY_BYTES`].
async fn read_body(response: &Response, expected: usize) -> Result<Vec<u8>, BodyError> {
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(expected.min(MAX_BODY_BYTES));
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(BodyError::Failed)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(BodyError::Failed)?;
        if done.is_truthy() {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(BodyError::Failed)?;
        let chunk = js_sys::Uint8Array::new(&value);
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if end > MAX_BODY_BYTES {
            let _ = reader.cancel();
            return Err(BodyError::TooLarge);
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

/// Reads and validates a dataset's JSON text (fetched or built in).
pub fn text_to_loaded_data(text: &str) -> Result<LoadedData, LoadError> {
    read_dataset(text, js_sys::Number::parse_float)
        .map(LoadedData::new)
        .map_err(rejected)
}

fn rejected(rejection: Rejection) -> LoadError {
    match rejection {
        Rejection::NotJson(position) => LoadError::NotJson(Some(position)),
        Rejection::Invalid(problems) => LoadError::Invalid(problems),
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
///
/// `check` is what `index.js` (`jsonCheck`) found walking the object
/// first: an object past the size or depth limit is refused before its
/// text is written, which for a huge one would freeze the tab.
pub fn object_to_loaded_data(value: &JsValue, check: &str) -> Result<LoadedData, LoadError> {
    match check {
        "too-large" => return Err(LoadError::TooLarge(MAX_BODY_BYTES)),
        "too-deep" => return Err(rejected(Rejection::too_deep())),
        "not-json" => return Err(LoadError::NotJson(None)),
        _ => {}
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| JsValue::from(text).as_string())
        .ok_or(LoadError::NotJson(None))?;
    if text.len() > MAX_BODY_BYTES {
        return Err(LoadError::TooLarge(MAX_BODY_BYTES));
    }
    text_to_loaded_data(&text)
}
