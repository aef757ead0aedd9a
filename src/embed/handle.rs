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

use super::load::{
    builtin_data, fetch_json, object_to_loaded_data, start_fetch, text_to_loaded_data, Request,
};
use super::root::{Root, RootProps};
use crate::components::widget::WidgetProps;
use crate::platform::PlatformRules;
use crate::state::{Action, LoadError, LoadState, LoadedData, WidgetEvent, WidgetState};
use signatory_core::i18n::{Catalog, Localizer};
use signatory_core::load_sequence::{timeout_ms, LoadSequence, Reloadable, Ticket};

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

impl Reloadable for Source {
    /// A request already made serves one load; "Try again" fetches anew.
    fn again(&self) -> Source {
        match self {
            Source::Fetched(url, _) => Source::Url(url.clone()),
            other => other.clone(),
        }
    }
}

struct Shared {
    app: RefCell<Option<AppHandle<Root>>>,
    /// The widget's state: its single owner. The page's calls and the
    /// reader's actions both change it only through [`Shared::dispatch`].
    state: RefCell<Rc<WidgetState>>,
    /// Messages and locale rules (the language is the state's).
    localizer: Localizer,
    /// Given to the view: the reader's actions come back through it.
    dispatch: yew::Callback<Action>,
    /// Given to the view: "Try again".
    on_retry: yew::Callback<()>,
    /// Events of transitions not yet told to the page: they are sent once
    /// the state that caused them is handed to the view.
    pending: RefCell<Vec<WidgetEvent>>,
    /// Receives `(name, detail)` for each event; none while parked.
    on_event: RefCell<Option<Function>>,
    /// Bumped on reuse, so the view starts over with fresh state.
    instance: Cell<u32>,
    /// Parked: nothing is rendered until the next reuse.
    parked: Cell<bool>,
    /// The source to load and which load is current: the newest source
    /// wins, and a late answer for an older one is dropped.
    loads: RefCell<LoadSequence<Source>>,
    /// Aborts the dataset request under way. Every load, and parking,
    /// aborts the one before: a superseded or orphaned request must not
    /// hold one of the browser's few connections to its server, nor fire
    /// a late timer.
    in_flight: RefCell<Option<AbortController>>,
    /// How long a dataset URL may take, in milliseconds.
    timeout_ms: Cell<u32>,
}

impl Shared {
    /// Applies `action` to the state, then shows the result and tells the
    /// page what changed. Safe to call from anywhere, even while the view
    /// renders (an effect reporting the map's size).
    fn dispatch(&self, action: Action) {
        let transition = self.state.borrow().transition(action);
        if !transition.unknown_areas.is_empty() {
            web_sys::console::warn_1(
                &format!(
                    "signatory-map: no such area in the data, ignored: {}",
                    transition.unknown_areas.join(", ")
                )
                .into(),
            );
        }
        let changed = transition.state != **self.state.borrow();
        if changed {
            *self.state.borrow_mut() = Rc::new(transition.state);
        }
        self.pending.borrow_mut().extend(transition.events);
        self.render();
    }

    /// Hands the current state to Yew, then sends the page the events of
    /// what it now shows. Re-entrant calls (an effect dispatching while Yew
    /// renders) are picked up by the loop instead of borrowing twice.
    fn render(&self) {
        let Some(mut app) = self.app.borrow_mut().take() else {
            return;
        };
        loop {
            let state = self.state.borrow().clone();
            app.update(self.root_props(&state));
            if Rc::ptr_eq(&state, &self.state.borrow()) {
                break;
            }
        }
        *self.app.borrow_mut() = Some(app);
        let events = std::mem::take(&mut *self.pending.borrow_mut());
        let on_event = self.on_event.borrow().clone();
        for event in events.iter().filter(|_| on_event.is_some()) {
            let (name, detail) = event_to_js(event);
            if let Some(on_event) = &on_event {
                let _ = on_event.call2(&JsValue::NULL, &name.into(), &detail);
            }
        }
    }

    fn root_props(&self, state: &Rc<WidgetState>) -> RootProps {
        RootProps {
            widget: (!self.parked.get()).then(|| WidgetProps {
                state: state.clone(),
                localizer: self.localizer.clone(),
                dispatch: self.dispatch.clone(),
                on_retry: self.on_retry.clone(),
            }),
            instance: self.instance.get(),
        }
    }

    /// Ends a load: logs what the validation found, then hands the outcome
    /// to the state.
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
            let english = self.localizer.with_language("en");
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
        self.dispatch(match data {
            LoadState::Loading => Action::Loading,
            LoadState::Ready(data) => Action::DataChanged(data),
            LoadState::Failed(error) => Action::LoadFailed(error),
        });
    }

    /// Aborts the dataset request under way, if any.
    fn abort_in_flight(&self) {
        if let Some(controller) = self.in_flight.borrow_mut().take() {
            controller.abort();
        }
    }

    /// Loads from a new source: the newest wins.
    fn start(self: &Rc<Self>, source: Source) {
        let next = self.loads.borrow_mut().start(source);
        self.load(next);
    }

    /// Loads the current source again ("Try again").
    fn reload(self: &Rc<Self>) {
        let next = self.loads.borrow_mut().retry();
        self.load(next);
    }

    fn load(self: &Rc<Self>, (source, ticket): (Source, Ticket)) {
        self.abort_in_flight();
        let parsed = |data: Result<LoadedData, LoadError>| match data {
            Ok(data) => LoadState::Ready(Rc::new(data)),
            Err(error) => LoadState::Failed(error),
        };
        let request = match source {
            Source::Builtin => return self.set_data(parsed(builtin_data())),
            Source::Object(value, check) => {
                return self.set_data(parsed(object_to_loaded_data(&value, &check)))
            }
            Source::Fetched(_, request) => request,
            Source::Url(url) => match start_fetch(&url) {
                Ok(request) => request,
                Err(error) => return self.set_data(LoadState::Failed(error)),
            },
        };
        *self.in_flight.borrow_mut() = Some(request.controller.clone());
        self.set_data(LoadState::Loading);
        let shared = Rc::downgrade(self);
        let timeout_ms = self.timeout_ms.get();
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch_json(request, timeout_ms).await;
            if let Some(shared) = shared
                .upgrade()
                .filter(|s| s.loads.borrow().is_current(ticket))
            {
                shared.in_flight.borrow_mut().take();
                let data = result.and_then(|text| text_to_loaded_data(&text));
                shared.set_data(parsed(data));
            }
        });
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
        let rules: Rc<dyn signatory_core::i18n::LocaleRules> = Rc::new(PlatformRules::default());
        let localizer = Localizer::new(Rc::new(Catalog::bundled()), rules, lang);
        let state = WidgetState::new(localizer.lang().to_owned(), areas).waiting_for_layout();
        let shared = Rc::new_cyclic(|weak: &std::rc::Weak<Shared>| {
            let for_dispatch = weak.clone();
            let for_retry = weak.clone();
            Shared {
                app: RefCell::new(None),
                state: RefCell::new(Rc::new(state)),
                localizer,
                dispatch: yew::Callback::from(move |action| {
                    if let Some(shared) = for_dispatch.upgrade() {
                        shared.dispatch(action);
                    }
                }),
                on_retry: yew::Callback::from(move |()| {
                    if let Some(shared) = for_retry.upgrade() {
                        shared.reload();
                    }
                }),
                pending: RefCell::new(Vec::new()),
                on_event: RefCell::new(Some(on_event)),
                instance: Cell::new(0),
                parked: Cell::new(false),
                loads: RefCell::new(LoadSequence::new(Source::Builtin)),
                in_flight: RefCell::new(None),
                timeout_ms: Cell::new(timeout_ms(0.0)),
            }
        });
        let initial = shared.root_props(&shared.state.borrow());
        *shared.app.borrow_mut() =
            Some(yew::Renderer::<Root>::with_root_and_props(root, initial).render());
        SignatoryMap { shared }
    }

    /// Switches language (`en`, `lt`, `lt-LT`…; unknown tags fall back to
    /// English). The page's word wins over the reader's last click, even
    /// when it repeats what the page asked before.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) {
        let lang = self.shared.localizer.with_language(lang).lang().to_owned();
        self.shared.dispatch(Action::SetLanguage(lang));
    }

    /// Selects these area ids (empty: all areas); ids the data lacks are
    /// dropped with a console warning.
    #[wasm_bindgen(js_name = setAreas)]
    pub fn set_areas(&self, areas: Vec<String>) {
        self.shared.dispatch(Action::SetAreas(areas));
    }

    /// The language shown (a tag the widget has, e.g. `lt` for `lt-LT`).
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        self.shared.state.borrow().lang.clone()
    }

    /// The area ids selected: those shown, or while loading those asked for.
    #[wasm_bindgen(getter)]
    pub fn areas(&self) -> Vec<String> {
        self.shared.state.borrow().shown_areas()
    }

    /// Loads the dataset at `url`, or the built-in one for `null`/`undefined`.
    #[wasm_bindgen(js_name = setSource)]
    pub fn set_source(&self, url: Option<String>) {
        let source = url
            .filter(|u| !u.trim().is_empty())
            .map_or(Source::Builtin, Source::Url);
        self.shared.start(source);
    }

    /// Loads the dataset at `url` from a request the page's JavaScript
    /// already started (`fetch(url, …)` → `response`, aborted by
    /// `controller`), with the same checks and timeout as [`Self::set_source`].
    #[wasm_bindgen(js_name = setSourceFetched)]
    pub fn set_source_fetched(&self, url: String, response: Promise, controller: AbortController) {
        let request = Request {
            response,
            controller,
        };
        self.shared.start(Source::Fetched(url, request));
    }

    /// How long (seconds) a dataset URL may take before the error state;
    /// not a positive number: the default, 10 s; under 1 s: 1 s. Applies
    /// from the next load.
    #[wasm_bindgen(js_name = setTimeout)]
    pub fn set_timeout(&self, seconds: f64) {
        self.shared.timeout_ms.set(timeout_ms(seconds));
    }

    /// Shows a dataset object the page already has; `check` is what
    /// `jsonCheck` (index.js) found: "", "too-large", "too-deep" or "not-json".
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&self, data: JsValue, check: String) {
        self.shared.start(Source::Object(data, check));
    }

    /// Unmounts the view (its effects cleaned up, its data dropped) and
    /// ignores pending loads; the root stays ready for [`SignatoryMap::reuse`].
    pub fn park(&self) {
        let shared = &self.shared;
        shared.loads.borrow_mut().stop(Source::Builtin);
        shared.abort_in_flight();
        shared.parked.set(true);
        *shared.on_event.borrow_mut() = None;
        shared.pending.borrow_mut().clear();
        let lang = shared.state.borrow().lang.clone();
        *shared.state.borrow_mut() = Rc::new(WidgetState::new(lang, Vec::new()));
        shared.render();
    }

    /// Starts a parked widget over, as if new: `lang`, `areas`, events to
    /// `on_event`, loading until `setSource`, `setSourceFetched` or `setData`.
    pub fn reuse(&self, lang: &str, areas: Vec<String>, on_event: Function) {
        let shared = &self.shared;
        *shared.on_event.borrow_mut() = Some(on_event);
        let lang = shared.localizer.with_language(lang).lang().to_owned();
        *shared.state.borrow_mut() = Rc::new(WidgetState::new(lang, areas).waiting_for_layout());
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
