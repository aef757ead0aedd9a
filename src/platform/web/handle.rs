//! The one type JavaScript talks to: `new SignatoryMap(root, lang, areas,
//! onEvent)`, then `setLang`, `setAreas`, `setSource`, `setData`, and
//! `park` / `reuse`. The custom element and the npm `mount()` API
//! (www/src) are thin wrappers.
//!
//! Why park and reuse rather than destroy: Yew registers its delegated event
//! listeners on the root element once and never removes them (it forgets
//! their closures), so every destroyed app would leave its root, seven
//! listeners and a few kilobytes of WebAssembly memory behind. A removed
//! widget is parked instead — its view unmounted (every effect cleaned up,
//! its data dropped) — and the next widget on the page reuses it, so
//! creating and removing widgets any number of times costs nothing more
//! than the most that were ever on the page at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::AbortController;
use yew::AppHandle;

use super::intl::BrowserRules;
use super::load::{
    builtin_data, fetch_json, object_to_loaded_data, start_fetch, text_to_loaded_data, Request,
};
use super::root::{Root, RootProps};
use crate::components::widget::{WidgetEvent, WidgetProps};
use crate::state::{LoadError, LoadState, LoadedData};
use signatory_core::i18n::{Catalog, Localizer};

/// How long a dataset URL may take before the error state (README: the
/// `timeout` attribute, in seconds).
const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// The shortest timeout: a page's `timeout="0.0004"` would otherwise fail
/// every request and say "did not answer within 0 seconds".
const SHORTEST_TIMEOUT_MS: u32 = 1_000;

/// Problems written to the console at most (a broken 20,000-signatory file
/// must not flood it and stall the tab).
const MAX_PROBLEMS_LOGGED: usize = 500;

/// Where the data comes from, kept so "Try again" can repeat it.
#[derive(Clone)]
enum Source {
    Builtin,
    Url(String),
    /// A URL whose request the JavaScript side already started (so it
    /// downloads alongside the WebAssembly): its `fetch()` promise and the
    /// controller that aborts it.
    Fetched(String, Request),
    /// A page's object, with what `index.js` found walking it (see
    /// [`object_to_loaded_data`]).
    Object(JsValue, String),
}

struct Shared {
    app: RefCell<Option<AppHandle<Root>>>,
    props: RefCell<WidgetProps>,
    /// Receives `(name, detail)` for each event; none while parked.
    on_event: RefCell<Option<Function>>,
    /// Bumped on reuse, so the view starts over with fresh state.
    instance: Cell<u32>,
    /// Parked: nothing is rendered until the next reuse.
    parked: Cell<bool>,
    source: RefCell<Source>,
    /// Bumped on every new source: a late answer for an older one is dropped.
    generation: Cell<u32>,
    /// Aborts the dataset request under way. Every load, and parking,
    /// aborts the one before: a superseded or orphaned request must not
    /// hold one of the browser's few connections to its server, nor fire
    /// a late timer.
    in_flight: RefCell<Option<AbortController>>,
    /// How long a dataset URL may take, in milliseconds.
    timeout_ms: Cell<u32>,
}

impl Shared {
    /// Sends the current props to Yew. Re-entrant calls (an event handler
    /// calling back into the handle while Yew renders) are picked up by the
    /// loop instead of borrowing twice.
    fn render(&self) {
        loop {
            let Some(mut app) = self.app.borrow_mut().take() else {
                return;
            };
            let props = self.props.borrow().clone();
            app.update(self.root_props(&props));
            *self.app.borrow_mut() = Some(app);
            if *self.props.borrow() == props {
                return;
            }
        }
    }

    fn root_props(&self, props: &WidgetProps) -> RootProps {
        RootProps {
            widget: (!self.parked.get()).then(|| props.clone()),
            instance: self.instance.get(),
        }
    }

    /// Keeps the props in step with what the reader chose, so that a later
    /// `setLang("en")` or `setAreas([])` from the page is a change even if
    /// the page asked for the same before the reader clicked.
    fn follow_reader(&self, event: &WidgetEvent) {
        let changed = {
            let mut props = self.props.borrow_mut();
            match event {
                WidgetEvent::LanguageChange { lang } if props.localizer.lang() != lang => {
                    props.localizer = props.localizer.with_language(lang);
                    true
                }
                WidgetEvent::FilterChange { areas, .. } if props.areas != *areas => {
                    props.areas = areas.clone();
                    true
                }
                _ => false,
            }
        };
        // Yew must hold the same props, or the page's next request could
        // compare equal to stale ones and be skipped.
        if changed {
            self.render();
        }
    }

    fn set_data(&self, data: LoadState) {
        let logged = match &data {
            LoadState::Failed(LoadError::Invalid(problems)) => Some(("rejected", problems)),
            LoadState::Ready(data) if !data.dataset.warnings.is_empty() => {
                Some(("shown without some signatories", &data.dataset.warnings))
            }
            _ => None,
        };
        if let Some((outcome, problems)) = logged {
            // In English for the developer, one line each (the reader's
            // language is on screen).
            let english = self.props.borrow().localizer.with_language("en");
            web_sys::console::warn_1(
                &format!(
                    "signatory-map: dataset {outcome}: {} problem(s)",
                    problems.len()
                )
                .into(),
            );
            for problem in problems.iter().take(MAX_PROBLEMS_LOGGED) {
                let message = english.issue(&problem.issue);
                web_sys::console::warn_1(
                    &format!("signatory-map: {}: {message}", problem.display_path()).into(),
                );
            }
            if problems.len() > MAX_PROBLEMS_LOGGED {
                let more = problems.len() - MAX_PROBLEMS_LOGGED;
                web_sys::console::warn_1(&format!("signatory-map: … and {more} more").into());
            }
        }
        self.props.borrow_mut().data = data;
        self.render();
    }

    /// Aborts the dataset request under way, if any.
    fn abort_in_flight(&self) {
        if let Some(controller) = self.in_flight.borrow_mut().take() {
            controller.abort();
        }
    }

    fn load(self: &Rc<Self>) {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        self.abort_in_flight();
        let source = self.source.borrow().clone();
        let parsed = |data: Result<LoadedData, LoadError>| match data {
            Ok(data) => LoadState::Ready(Rc::new(data)),
            Err(error) => LoadState::Failed(error),
        };
        match source {
            Source::Builtin => self.set_data(parsed(builtin_data())),
            Source::Object(value, check) => {
                self.set_data(parsed(object_to_loaded_data(&value, &check)))
            }
            Source::Url(_) | Source::Fetched(..) => {
                // A prefetched request serves one load; a reload fetches again.
                let request = match source {
                    Source::Fetched(url, request) => {
                        *self.source.borrow_mut() = Source::Url(url);
                        request
                    }
                    Source::Url(url) => match start_fetch(&url) {
                        Ok(request) => request,
                        Err(error) => return self.set_data(LoadState::Failed(error)),
                    },
                    _ => return,
                };
                *self.in_flight.borrow_mut() = Some(request.controller.clone());
                self.set_data(LoadState::Loading);
                let shared = Rc::downgrade(self);
                let timeout_ms = self.timeout_ms.get();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = fetch_json(request, timeout_ms).await;
                    if let Some(shared) = shared
                        .upgrade()
                        .filter(|s| s.generation.get() == generation)
                    {
                        shared.in_flight.borrow_mut().take();
                        let data = result.and_then(|text| text_to_loaded_data(&text));
                        shared.set_data(parsed(data));
                    }
                });
            }
        }
    }
}

/// A live widget rendered into `root`.
#[wasm_bindgen]
pub struct SignatoryMap {
    shared: Rc<Shared>,
}

#[wasm_bindgen]
impl SignatoryMap {
    /// Renders the widget into `root` in `lang`, with `areas` selected,
    /// loading until `setSource`, `setSourceFetched` or `setData` says what
    /// to show (not the built-in dataset meanwhile: reading it only to
    /// replace it would delay every start from a URL).
    /// `on_event(name, detail)` receives the widget's events.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: web_sys::Element,
        lang: &str,
        areas: Vec<String>,
        on_event: Function,
    ) -> SignatoryMap {
        let rules: Rc<dyn signatory_core::i18n::LocaleRules> = Rc::new(BrowserRules::default());
        let localizer = Localizer::new(Rc::new(Catalog::bundled()), rules, lang);
        let props = WidgetProps {
            data: LoadState::Loading,
            localizer,
            areas,
            on_event: yew::Callback::noop(),
            on_retry: yew::Callback::noop(),
        };
        let shared = Rc::new(Shared {
            app: RefCell::new(None),
            props: RefCell::new(props),
            on_event: RefCell::new(Some(on_event)),
            instance: Cell::new(0),
            parked: Cell::new(false),
            source: RefCell::new(Source::Builtin),
            generation: Cell::new(0),
            in_flight: RefCell::new(None),
            timeout_ms: Cell::new(DEFAULT_TIMEOUT_MS),
        });
        let weak = Rc::downgrade(&shared);
        shared.props.borrow_mut().on_event = yew::Callback::from(move |event: WidgetEvent| {
            let Some(shared) = weak.upgrade() else {
                return;
            };
            shared.follow_reader(&event);
            let (name, detail) = event_to_js(&event);
            let on_event = shared.on_event.borrow().clone();
            if let Some(on_event) = on_event {
                let _ = on_event.call2(&JsValue::NULL, &name.into(), &detail);
            }
        });
        let weak = Rc::downgrade(&shared);
        shared.props.borrow_mut().on_retry = yew::Callback::from(move |()| {
            if let Some(shared) = weak.upgrade() {
                shared.load();
            }
        });
        let initial = shared.root_props(&shared.props.borrow());
        *shared.app.borrow_mut() =
            Some(yew::Renderer::<Root>::with_root_and_props(root, initial).render());
        SignatoryMap { shared }
    }

    /// Switches language (`en`, `lt`, `lt-LT`…; unknown tags fall back to English).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) {
        let localizer = self.shared.props.borrow().localizer.with_language(lang);
        self.shared.props.borrow_mut().localizer = localizer;
        self.shared.render();
    }

    /// Selects these area ids (empty: all areas).
    #[wasm_bindgen(js_name = setAreas)]
    pub fn set_areas(&self, areas: Vec<String>) {
        self.shared.props.borrow_mut().areas = areas;
        self.shared.render();
    }

    /// Loads the dataset at `url`, or the built-in one for `null`/`undefined`.
    #[wasm_bindgen(js_name = setSource)]
    pub fn set_source(&self, url: Option<String>) {
        *self.shared.source.borrow_mut() = url
            .filter(|u| !u.trim().is_empty())
            .map_or(Source::Builtin, Source::Url);
        self.shared.load();
    }

    /// Loads the dataset at `url` from a request the page's JavaScript
    /// already started (`fetch(url, …)` → `response`, aborted by
    /// `controller`), with the same checks and timeout as [`Self::set_source`].
    #[wasm_bindgen(js_name = setSourceFetched)]
    pub fn set_source_fetched(&self, url: String, response: Promise, controller: AbortController) {
        *self.shared.source.borrow_mut() = Source::Fetched(
            url,
            Request {
                response,
                controller,
            },
        );
        self.shared.load();
    }

    /// How long (seconds) a dataset URL may take before the error state;
    /// not a positive number: the default, 10 s; under 1 s: 1 s. Applies
    /// from the next load.
    #[wasm_bindgen(js_name = setTimeout)]
    pub fn set_timeout(&self, seconds: f64) {
        let ms = if seconds.is_finite() && seconds > 0.0 {
            ((seconds * 1000.0).round().min(f64::from(u32::MAX)) as u32).max(SHORTEST_TIMEOUT_MS)
        } else {
            DEFAULT_TIMEOUT_MS
        };
        self.shared.timeout_ms.set(ms);
    }

    /// Shows a dataset object the page already has; `check` is what
    /// `jsonCheck` (index.js) found: "", "too-large", "too-deep" or "not-json".
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&self, data: JsValue, check: String) {
        *self.shared.source.borrow_mut() = Source::Object(data, check);
        self.shared.load();
    }

    /// Unmounts the view (its effects cleaned up, its data dropped) and
    /// ignores pending loads; the root stays ready for [`SignatoryMap::reuse`].
    pub fn park(&self) {
        let shared = &self.shared;
        shared
            .generation
            .set(shared.generation.get().wrapping_add(1));
        shared.abort_in_flight();
        shared.parked.set(true);
        *shared.source.borrow_mut() = Source::Builtin;
        shared.props.borrow_mut().data = LoadState::Loading;
        *shared.on_event.borrow_mut() = None;
        shared.render();
    }

    /// Starts a parked widget over, as if new: `lang`, `areas`, events to
    /// `on_event`, loading until `setSource`, `setSourceFetched` or `setData`.
    pub fn reuse(&self, lang: &str, areas: Vec<String>, on_event: Function) {
        let shared = &self.shared;
        *shared.on_event.borrow_mut() = Some(on_event);
        {
            let mut props = shared.props.borrow_mut();
            props.localizer = props.localizer.with_language(lang);
            props.areas = areas;
        }
        shared.instance.set(shared.instance.get().wrapping_add(1));
        shared.parked.set(false);
        shared.render();
    }
}

fn event_to_js(event: &WidgetEvent) -> (&'static str, JsValue) {
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
