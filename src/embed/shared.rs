//! The widget behind a [`super::SignatoryMap`] handle: the single owner of
//! its state (every change, the page's or the reader's, is an [`Action`]
//! dispatched here), the Yew app it renders to, and the loads that feed it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::JsValue;
use web_sys::AbortController;
use yew::AppHandle;

use super::load::{
    builtin_data, fetch_json, object_to_loaded_data, start_fetch, text_to_loaded_data, Request,
};
use super::report;
use super::root::{Root, RootProps};
use crate::components::widget::WidgetProps;
use crate::state::{Action, LoadError, LoadState, LoadedData, WidgetEvent, WidgetState};
use signatory_core::i18n::Localizer;
use signatory_core::load_sequence::{LoadSequence, Reloadable, Ticket};

/// Where the data comes from, kept so "Try again" can repeat it.
#[derive(Clone)]
pub(super) enum Source {
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

pub(super) struct Shared {
    pub(super) app: RefCell<Option<AppHandle<Root>>>,
    /// The widget's state: its single owner. The page's calls and the
    /// reader's actions both change it only through [`Shared::dispatch`].
    pub(super) state: RefCell<Rc<WidgetState>>,
    /// Messages and locale rules (the language is the state's).
    pub(super) localizer: Localizer,
    /// Given to the view: the reader's actions come back through it.
    pub(super) dispatch: yew::Callback<Action>,
    /// Given to the view: "Try again".
    pub(super) on_retry: yew::Callback<()>,
    /// Events of transitions not yet told to the page: they are sent once
    /// the view has drawn the state that caused them.
    pub(super) pending: RefCell<Vec<WidgetEvent>>,
    /// The state the view last finished drawing.
    pub(super) shown: RefCell<Option<Rc<WidgetState>>>,
    /// Given to the root: it calls [`Shared::shown`] after each render.
    pub(super) on_shown: yew::Callback<Rc<WidgetState>>,
    /// Receives `(name, detail)` for each event; none while parked.
    pub(super) on_event: RefCell<Option<Function>>,
    /// Bumped on reuse, so the view starts over with fresh state.
    pub(super) instance: Cell<u32>,
    /// Parked: nothing is rendered until the next reuse.
    pub(super) parked: Cell<bool>,
    /// The source to load and which load is current: the newest source
    /// wins, and a late answer for an older one is dropped.
    pub(super) loads: RefCell<LoadSequence<Source>>,
    /// Aborts the dataset request under way. Every load, and parking,
    /// aborts the one before: a superseded or orphaned request must not
    /// hold one of the browser's few connections to its server, nor fire
    /// a late timer.
    pub(super) in_flight: RefCell<Option<AbortController>>,
    /// How long a dataset URL may take, in milliseconds.
    pub(super) timeout_ms: Cell<u32>,
}

impl Shared {
    /// Applies `action` to the state, then shows the result; the page hears
    /// what changed once the view shows it ([`Shared::shown`]). Safe to call
    /// from anywhere, even while the view renders (an effect reporting the
    /// map's size).
    pub(super) fn dispatch(&self, action: Action) {
        let transition = self.state.borrow().transition(action);
        report::warn_unknown_areas(&transition.unknown_areas);
        let changed = transition.state != **self.state.borrow();
        if changed {
            *self.state.borrow_mut() = Rc::new(transition.state);
        }
        self.pending.borrow_mut().extend(transition.events);
        if changed {
            self.render();
        } else {
            self.send_events_if_shown();
        }
    }

    /// Hands the current state to Yew, which draws it later (see
    /// [`RootProps::on_shown`]). Re-entrant calls are picked up by the loop
    /// instead of borrowing twice.
    pub(super) fn render(&self) {
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
    }

    /// The view has drawn `state`: if it is still the current one, the
    /// events of every transition up to it are now true of the page.
    pub(super) fn shown(&self, state: Rc<WidgetState>) {
        *self.shown.borrow_mut() = Some(state);
        self.send_events_if_shown();
    }

    /// Sends the pending events when the view shows the current state; a
    /// newer state waits for its own render.
    fn send_events_if_shown(&self) {
        let current = self.state.borrow().clone();
        let is_shown = self
            .shown
            .borrow()
            .as_ref()
            .is_some_and(|shown| Rc::ptr_eq(shown, &current));
        if !is_shown {
            return;
        }
        let events = std::mem::take(&mut *self.pending.borrow_mut());
        let Some(on_event) = self.on_event.borrow().clone() else {
            return;
        };
        for event in &events {
            let (name, detail) = report::event_to_js(event);
            let _ = on_event.call2(&JsValue::NULL, &name.into(), &detail);
        }
    }

    pub(super) fn root_props(&self, state: &Rc<WidgetState>) -> RootProps {
        RootProps {
            widget: (!self.parked.get()).then(|| WidgetProps {
                state: state.clone(),
                localizer: self.localizer.clone(),
                dispatch: self.dispatch.clone(),
                on_retry: self.on_retry.clone(),
            }),
            instance: self.instance.get(),
            on_shown: self.on_shown.clone(),
        }
    }

    /// Ends a load: logs what the validation found, then hands the outcome
    /// to the state.
    pub(super) fn set_data(&self, data: LoadState) {
        report::log_problems(&self.localizer, &data);
        self.dispatch(data.into());
    }

    /// Aborts the dataset request under way, if any.
    pub(super) fn abort_in_flight(&self) {
        if let Some(controller) = self.in_flight.borrow_mut().take() {
            controller.abort();
        }
    }

    /// Loads from a new source: the newest wins.
    pub(super) fn start(self: &Rc<Self>, source: Source) {
        let next = self.loads.borrow_mut().start(source);
        self.load(next);
    }

    /// Loads the current source again ("Try again").
    pub(super) fn reload(self: &Rc<Self>) {
        let next = self.loads.borrow_mut().retry();
        self.load(next);
    }

    pub(super) fn load(self: &Rc<Self>, (source, ticket): (Source, Ticket)) {
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
