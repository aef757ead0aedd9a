//! The root component: owns the state, keeps it in step with the embedder's
//! props, tells the embedder what the reader did, and lays out the panels.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::area_filter::AreaFilter;
use crate::components::data_view::DataView;
use crate::components::focus::use_focus_control;
use crate::components::header::Header;
use crate::components::language_toggle::LanguageToggle;
use crate::components::status::ErrorView;
use crate::state::{Action, LoadState, LoadedData, WidgetState};
use signatory_core::i18n::Msg;
use signatory_core::i18n::{Localizer, MessageArg};

/// What the widget reports to its host page (as DOM events, see README).
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetEvent {
    /// Data is shown: `signatories` in all.
    Ready {
        /// How many signatories the dataset has.
        signatories: usize,
    },
    /// The reader switched language.
    LanguageChange {
        /// The new language tag.
        lang: String,
    },
    /// The selected areas changed.
    FilterChange {
        /// Selected area ids (empty: all).
        areas: Vec<String>,
        /// How many signatories are now shown.
        visible: usize,
    },
    /// The reader opened a signatory.
    Select {
        /// Its id.
        id: String,
    },
}

/// Props of [`Widget`]: what the embedder controls.
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// The data, or why there is none yet.
    pub data: LoadState,
    /// The language asked for (`lang` attribute / `setLang`).
    pub localizer: Localizer,
    /// Area ids asked for (`areas` attribute / `setAreas`).
    #[prop_or_default]
    pub areas: Vec<String>,
    /// Receives [`WidgetEvent`]s.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// The reader asked to load again after an error.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

fn ready_data(data: &LoadState) -> Option<Rc<LoadedData>> {
    match data {
        LoadState::Ready(data) => Some(data.clone()),
        _ => None,
    }
}

/// Runs `emit` when `value` changes after the first render (the embedder
/// already knows the initial value: it set it).
#[hook]
fn use_on_change<T: PartialEq + Clone + 'static>(value: T, emit: impl Fn(&T) + 'static) {
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            emit(value);
        }
    });
}

/// The whole widget.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer(|| {
        let initial = WidgetState::new(props.localizer.lang().to_owned(), props.areas.clone());
        match ready_data(&props.data) {
            Some(data) => initial.apply(Action::DataChanged(data)),
            None => initial,
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // Props → state: the embedder may change language, areas or data at any time.
    {
        let dispatch_lang = dispatch.clone();
        use_on_change(props.localizer.lang().to_owned(), move |lang| {
            dispatch_lang.emit(Action::SetLanguage(lang.clone()))
        });
        let dispatch_areas = dispatch.clone();
        use_on_change(props.areas.clone(), move |areas| {
            dispatch_areas.emit(Action::SetAreas(areas.clone()))
        });
        let dispatch_data = dispatch.clone();
        use_on_change(ready_data(&props.data), move |data| {
            if let Some(data) = data {
                dispatch_data.emit(Action::DataChanged(data.clone()));
            }
        });
    }

    // State → embedder: events for the host page.
    {
        let on_event = props.on_event.clone();
        // Ready once the markers are drawn too (in a browser they wait for
        // the map's measured size): a page that looks at the map on
        // `ready` finds it complete.
        let markers_drawn = state.markers_drawn();
        // Keyed by the data itself, not its size: new data of the same
        // length is ready again.
        let shown = ready_data(&props.data)
            .filter(|_| markers_drawn)
            .map(|d| (Rc::as_ptr(&d) as usize, d.dataset.signatories.len()));
        use_effect_with(shown, move |shown| {
            if let Some((_, signatories)) = *shown {
                on_event.emit(WidgetEvent::Ready { signatories });
            }
        });
        let on_event = props.on_event.clone();
        use_on_change(state.lang.clone(), move |lang| {
            on_event.emit(WidgetEvent::LanguageChange { lang: lang.clone() })
        });
        let on_event = props.on_event.clone();
        // Fires when the selection asked for changes (reader or page), not
        // when data arrives: the detail is the selection actually in effect.
        let (areas, visible) = (state.selected_area_ids(), state.filter.visible.len());
        use_on_change(state.requested_areas.clone(), move |_| {
            on_event.emit(WidgetEvent::FilterChange {
                areas: areas.clone(),
                visible,
            })
        });
        let on_event = props.on_event.clone();
        let selected_id = ready_data(&props.data)
            .zip(state.selected)
            .and_then(|(data, i)| data.dataset.signatories.get(i).map(|s| s.id.clone()));
        use_on_change(selected_id, move |id| {
            if let Some(id) = id {
                on_event.emit(WidgetEvent::Select { id: id.clone() });
            }
        });
    }

    let root = use_node_ref();
    let panels_open = state.selected.is_some() || state.open_group.is_some();
    let focus = use_focus_control(root.clone(), dispatch.clone(), panels_open);

    let t = props.localizer.with_language(&state.lang);
    let on_language = dispatch.reform(Action::SetLanguage);
    // "Try again" puts focus on the status line, which stays where it is
    // through loading and tells the outcome (the button itself is gone).
    let on_retry = {
        let (focus, retry) = (focus.clone(), props.on_retry.clone());
        Callback::from(move |()| {
            focus.request(STATUS_SELECTOR);
            retry.emit(());
        })
    };
    // The state catches up with new data one render later (an effect
    // dispatches it): until then show the data the state belongs to, or
    // "loading", never new data with an old filter (which would flash "no
    // signatory matches" and shift the page).
    let shown = match &props.data {
        LoadState::Ready(_) => state.data().cloned(),
        _ => None,
    };
    let status = match (&props.data, &shown) {
        (LoadState::Failed(_), _) => t.text(Msg::ErrorTitle),
        (_, Some(data)) => t.format(
            Msg::FilterShowing,
            &[
                (
                    "shown",
                    MessageArg::Number(state.filter.visible.len() as f64),
                ),
                (
                    "total",
                    MessageArg::Number(data.dataset.signatories.len() as f64),
                ),
            ],
        ),
        (_, None) => t.text(Msg::StatusLoading),
    };
    let failed = matches!(props.data, LoadState::Failed(_));
    // The first "Loading…" is its own element: when the first outcome
    // arrives it is replaced, not moved down under the header and filter
    // (a moved element is a layout shift, as on taking over a prerendered
    // snapshot). From then on the line is one element through every
    // state, so the focus "Try again" puts there stays.
    let settled = use_mut_ref(|| false);
    if shown.is_some() || failed {
        *settled.borrow_mut() = true;
    }
    let line = html! {
        <p class={classes!("smw-status", failed.then_some("is-error"))} role="status" aria-live="polite"
            tabindex="-1">{ status }</p>
    };
    // Two places for the one line, the first used only until an outcome.
    let (first_line, status_line) = if *settled.borrow() {
        (Html::default(), line)
    } else {
        (line, Html::default())
    };
    let clear = dispatch.reform(|()| Action::ClearAreas);
    let (head, body) = match (&props.data, shown) {
        (LoadState::Failed(error), _) => (
            Html::default(),
            html! { <ErrorView error={error.clone()} localizer={t.clone()} {on_retry} /> },
        ),
        (_, Some(data)) => {
            let dataset = &data.dataset;
            let head = html! {
                <>
                    <Header agreement={dataset.agreement.clone()} signatories={dataset.signatories.len()}
                        areas={dataset.areas.len()} localizer={t.clone()} />
                    <AreaFilter areas={dataset.areas.clone()} selection={state.selection.clone()}
                        filter={state.filter.clone()} total={dataset.signatories.len()} localizer={t.clone()}
                        on_toggle={dispatch.reform(Action::ToggleArea)} on_clear={clear} />
                </>
            };
            let state: Rc<WidgetState> = Rc::new((*state).clone());
            (
                head,
                html! { <DataView {data} {state} localizer={t.clone()} {dispatch} {focus} /> },
            )
        }
        (_, None) => (Html::default(), Html::default()),
    };
    html! {
        <div class="smw" ref={root} lang={t.lang().to_owned()} role="region" aria-label={t.text(Msg::WidgetLabel)}>
            <div class="smw-top">
                <LanguageToggle localizer={t.clone()} on_change={on_language} />
            </div>
            { head }
            { first_line }
            { status_line }
            { body }
        </div>
    }
}

/// The widget's status line (see [`Widget`]).
const STATUS_SELECTOR: &str = ".smw-status";
