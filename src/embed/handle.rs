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

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

use super::load::Request;
use super::root::Root;
use super::shared::{Shared, Source};
use crate::platform::PlatformRules;
use crate::state::{Action, WidgetState};
use signatory_core::fingerprint::dataset_fingerprint;
use signatory_core::i18n::{Catalog, Localizer};
use signatory_core::load_sequence::{timeout_ms, LoadSequence};

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
            let for_shown = weak.clone();
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
                shown: RefCell::new(None),
                on_shown: yew::Callback::from(move |state| {
                    if let Some(shared) = for_shown.upgrade() {
                        shared.shown(state);
                    }
                }),
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

    /// The fingerprint of the data shown (none while loading or after an
    /// error), for comparing with the one a prerendered snapshot recorded.
    #[wasm_bindgen(getter, js_name = datasetHash)]
    pub fn dataset_hash(&self) -> Option<String> {
        let state = self.shared.state.borrow();
        state.data().map(|data| dataset_fingerprint(&data.dataset))
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
        shared.shown.borrow_mut().take();
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
