//! The root component: shows the state it is given and lays out the
//! panels. It owns nothing: the state, its reducer and the events for the
//! host page live in [`crate::state`], and whatever embeds the widget
//! holds the state and re-renders it after each dispatched action.

use yew::prelude::*;

use crate::components::area_filter::AreaFilter;
use crate::components::data_view::DataView;
use crate::components::header::Header;
use crate::components::hooks::focus::{use_focus_control, FocusTarget};
use crate::components::language_toggle::LanguageToggle;
use crate::components::map_view::MapScene;
use crate::components::shared_areas::shared_areas;
use crate::components::status::ErrorView;
use crate::state::{Action, LoadState, WidgetState};
use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// Props of [`Widget`]: the state to show and the environment to show it in.
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Everything the widget shows.
    pub state: std::rc::Rc<WidgetState>,
    /// Messages and locale rules; the language is the state's.
    pub localizer: Localizer,
    /// Sends the reader's actions to whoever holds the state.
    #[prop_or_default]
    pub dispatch: Callback<Action>,
    /// The reader asked to load again after an error.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

impl WidgetProps {
    /// A widget showing `load` in `localizer`'s language with `areas`
    /// chosen, as a load would leave it and with no one listening: what a
    /// server-side snapshot or a test renders.
    pub fn showing(load: LoadState, localizer: Localizer, areas: Vec<String>) -> WidgetProps {
        let state = WidgetState::new(localizer.lang().to_owned(), areas).apply(load.into());
        WidgetProps {
            state: std::rc::Rc::new(state),
            localizer,
            dispatch: Callback::noop(),
            on_retry: Callback::noop(),
        }
    }
}

/// The whole widget.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let (state, dispatch) = (&props.state, props.dispatch.clone());
    let root = use_node_ref();
    let panels_open = state.selected.is_some() || state.open_group.is_some();
    let focus = use_focus_control(root.clone(), dispatch.clone(), panels_open);

    let t = props.localizer.with_language(&state.lang);
    // Callbacks keep their identity from render to render, so the
    // components given them are skipped when nothing they show changed.
    let on_language = use_callback(dispatch.clone(), |lang, dispatch| {
        dispatch.emit(Action::SetLanguage(lang))
    });
    let on_toggle = use_callback(dispatch.clone(), |area, dispatch| {
        dispatch.emit(Action::ToggleArea(area))
    });
    let clear = use_callback(dispatch.clone(), |(), dispatch| {
        dispatch.emit(Action::ClearAreas)
    });
    // "Try again" puts focus on the status line, which stays where it is
    // through loading and tells the outcome (the button itself is gone).
    let on_retry = use_callback(
        (focus.clone(), props.on_retry.clone()),
        |(), (focus, retry)| {
            focus.request(FocusTarget::Status);
            retry.emit(());
        },
    );
    let shown = state.data().cloned();
    let status = match (state.load(), &shown) {
        (LoadState::Failed(_), _) => t.text(Msg::ErrorTitle),
        (_, Some(data)) => t.format(
            // Nothing can be filtered out: "15 signatories", not "Showing
            // 15 of 15" (a message with `$count` only).
            if data.can_filter() {
                Msg::FilterShowing
            } else {
                Msg::HeaderSignatories
            },
            &[
                (
                    "shown",
                    MessageArg::Number(state.filter.visible.len() as f64),
                ),
                (
                    "total",
                    MessageArg::Number(data.dataset.signatories.len() as f64),
                ),
                (
                    "count",
                    MessageArg::Number(data.dataset.signatories.len() as f64),
                ),
            ],
        ),
        (_, None) => t.text(Msg::StatusLoading),
    };
    let failed = matches!(state.load(), LoadState::Failed(_));
    // With nothing to filter the line repeats the header's count: it stays
    // the live region (loading, errors) but gives its line to the summary.
    let quiet = !failed && shown.as_ref().is_some_and(|data| !data.can_filter());
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
        <p class={classes!("smw-status", failed.then_some("is-error"), quiet.then_some("is-quiet"))} role="status" aria-live="polite"
            tabindex="-1">{ status }</p>
    };
    // Two places for the one line, the first used only until an outcome.
    let (first_line, status_line) = if *settled.borrow() {
        (Html::default(), line)
    } else {
        (line, Html::default())
    };
    let (head, body) = match (state.load(), shown) {
        (LoadState::Failed(error), _) => (
            Html::default(),
            html! { <ErrorView error={error.clone()} localizer={t.clone()} {on_retry} /> },
        ),
        (_, Some(data)) => {
            let dataset = &data.dataset;
            let total = dataset.signatories.len();
            // A filter only where it can narrow; otherwise the areas all
            // signatories share, once.
            let (areas, filter) = match data.shared_areas() {
                None => (
                    dataset.areas.len(),
                    html! {
                        <AreaFilter areas={dataset.areas.clone()} selection={state.selection.clone()}
                            filter={state.filter.clone()} {total} localizer={t.clone()}
                            {on_toggle} on_clear={clear} />
                    },
                ),
                Some(shared) => (0, shared_areas(&t, dataset, shared)),
            };
            let head = html! {
                <>
                    <Header agreement={dataset.agreement.clone()} signatories={total} {areas}
                        localizer={t.clone()} />
                    { filter }
                </>
            };
            let body = html! {
                <DataView {data} scene={MapScene::of(state)} covered_bottom={state.covered_bottom}
                    localizer={t.clone()} {dispatch} {focus} />
            };
            (head, body)
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
