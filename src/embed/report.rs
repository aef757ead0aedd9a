//! What the page and its developer are told: the widget's events as the
//! `(name, detail)` pairs `www/src` dispatches as DOM events, and console
//! warnings about the data, in English, one line each.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::state::{LoadError, LoadState, WidgetEvent};
use signatory_core::i18n::Localizer;

/// Problems written to the console at most (a broken 20,000-signatory file
/// must not flood it and stall the tab).
const MAX_PROBLEMS_LOGGED: usize = 500;

/// Logs what validation found in a load's outcome: why it was rejected, or
/// which signatories were left out (the reader sees it in their language
/// on screen; the developer reads English here).
pub fn log_problems(localizer: &Localizer, data: &LoadState) {
    let logged = match data {
        LoadState::Failed(LoadError::Invalid(problems)) => Some(("rejected", problems)),
        LoadState::Ready(data) if !data.dataset.warnings.is_empty() => {
            Some(("shown without some signatories", &data.dataset.warnings))
        }
        _ => None,
    };
    let Some((outcome, problems)) = logged else {
        return;
    };
    let english = localizer.with_language("en");
    warn(&format!(
        "signatory-map: dataset {outcome}: {} problem(s)",
        problems.len()
    ));
    for problem in problems.iter().take(MAX_PROBLEMS_LOGGED) {
        let message = english.issue(&problem.issue);
        warn(&format!(
            "signatory-map: {}: {message}",
            problem.display_path()
        ));
    }
    if problems.len() > MAX_PROBLEMS_LOGGED {
        let more = problems.len() - MAX_PROBLEMS_LOGGED;
        warn(&format!("signatory-map: … and {more} more"));
    }
}

/// One warning for the area ids a page asked for that the data lacks.
pub fn warn_unknown_areas(ids: &[String]) {
    if !ids.is_empty() {
        warn(&format!(
            "signatory-map: no such area in the data, ignored: {}",
            ids.join(", ")
        ));
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// An event's DOM name (after `signatory-map:`) and its `detail` object.
pub fn event_to_js(event: &WidgetEvent) -> (&'static str, JsValue) {
    let detail = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&detail, &key.into(), &value);
    };
    let name = match event {
        WidgetEvent::Ready { signatories } => {
            set("signatories", (*signatories as f64).into());
            "ready"
        }
        WidgetEvent::LanguageChange { lang } => {
            set("lang", lang.into());
            "languagechange"
        }
        WidgetEvent::FilterChange { areas, visible } => {
            set(
                "areas",
                areas.iter().map(JsValue::from).collect::<Array>().into(),
            );
            set("visible", (*visible as f64).into());
            "filterchange"
        }
        WidgetEvent::Select { id } => {
            set("id", id.into());
            "select"
        }
    };
    (name, detail.into())
}
