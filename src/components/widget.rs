//! The root component: owns the state, keeps it in step with the embedder's
//! props, tells the embedder what the reader did, and lays out the panels.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::area_filter::AreaFilter;
use crate::components::group_list::GroupList;
use crate::components::header::Header;
use crate::components::language_toggle::LanguageToggle;
use crate::components::map_view::MapView;
use crate::components::signatory_detail::SignatoryDetail;
use crate::components::signatory_list::SignatoryList;
use crate::components::status::{ErrorView, Loading};
use crate::components::{group_key, group_label};
use crate::core::i18n::{Localizer, MessageArg};
use crate::state::{Action, LoadState, LoadedData, WidgetState};

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
        let signatories = ready_data(&props.data).map(|d| d.dataset.signatories.len());
        use_effect_with(signatories, move |count| {
            if let Some(signatories) = *count {
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

    // Focus management: a handler names where focus should go, and it moves
    // there once the next render is on screen.
    let root = use_node_ref();
    let focus_request = use_mut_ref(|| None::<String>);
    {
        let (root, focus_request) = (root.clone(), focus_request.clone());
        use_effect(move || {
            if let Some(selector) = focus_request.borrow_mut().take() {
                crate::platform::focus_first(&root, &selector);
            }
        });
    }
    let focus_then = {
        let dispatch = dispatch.clone();
        move |selector: String, action: Action| {
            *focus_request.borrow_mut() = Some(selector);
            dispatch.emit(action);
        }
    };

    let t = props.localizer.with_language(&state.lang);
    let on_language = dispatch.reform(Action::SetLanguage);
    let body = match &props.data {
        LoadState::Loading => html! { <Loading localizer={t.clone()} /> },
        LoadState::Failed(error) => {
            html! { <ErrorView error={error.clone()} localizer={t.clone()} on_retry={props.on_retry.clone()} /> }
        }
        LoadState::Ready(data) => ready_view(data, &state, &t, &dispatch, Rc::new(focus_then)),
    };
    html! {
        <div class="smw" ref={root} lang={t.lang().to_owned()} role="region" aria-label={t.text("widget-label")}>
            <div class="smw-top">
                <LanguageToggle localizer={t.clone()} on_change={on_language} />
            </div>
            { body }
        </div>
    }
}

/// Asks for focus to move to a selector, then applies an action.
type FocusThen = Rc<dyn Fn(String, Action)>;

fn ready_view(
    data: &Rc<LoadedData>,
    state: &UseReducerHandle<WidgetState>,
    t: &Localizer,
    dispatch: &Callback<Action>,
    focus_then: FocusThen,
) -> Html {
    let dataset = &data.dataset;
    let total = dataset.signatories.len();
    let shown = state.filter.visible.len();
    let showing = t.format(
        "filter-showing",
        &[
            ("shown", MessageArg::Number(shown as f64)),
            ("total", MessageArg::Number(total as f64)),
        ],
    );
    let clear = dispatch.reform(|()| Action::ClearAreas);
    let on_select = {
        let focus_then = focus_then.clone();
        Callback::from(move |i| focus_then(".smw-detail-name".into(), Action::Select(i)))
    };
    let on_open_group = {
        let focus_then = focus_then.clone();
        Callback::from(move |members| {
            focus_then(".smw-group-title".into(), Action::OpenGroup(members))
        })
    };
    let inspector = match (&state.open_group, state.selected) {
        (_, Some(index)) => {
            let id = dataset
                .signatories
                .get(index)
                .map(|s| s.id.clone())
                .unwrap_or_default();
            let focus_then = focus_then.clone();
            let on_close = Callback::from(move |()| {
                focus_then(
                    format!(".smw-list-item[data-id=\"{id}\"]"),
                    Action::CloseDetail,
                )
            });
            html! { <SignatoryDetail dataset={data.clone()} {index} localizer={t.clone()} {on_close} /> }
        }
        (Some(members), None) => {
            let key = group_key(members);
            let focus_then = focus_then.clone();
            let on_close = Callback::from(move |()| {
                focus_then(
                    format!(".smw-group-marker[data-group=\"{key}\"]"),
                    Action::CloseGroup,
                )
            });
            html! {
                <GroupList dataset={data.clone()} members={members.clone()}
                    label={AttrValue::from(group_label(t, dataset, members))} localizer={t.clone()}
                    on_select={on_select.clone()} {on_close} />
            }
        }
        (None, None) => Html::default(),
    };
    let state_rc: Rc<WidgetState> = Rc::new((**state).clone());
    html! {
        <>
            <Header agreement={dataset.agreement.clone()} signatories={total} areas={dataset.areas.len()} localizer={t.clone()} />
            <AreaFilter areas={dataset.areas.clone()} selection={state.selection.clone()} filter={state.filter.clone()}
                {total} localizer={t.clone()} on_toggle={dispatch.reform(Action::ToggleArea)} on_clear={clear.clone()} />
            <p class="smw-showing" role="status">{ showing }</p>
            if shown == 0 {
                <div class="smw-empty">
                    <p>{ t.text("filter-empty") }</p>
                    <button type="button" class="smw-button" onclick={clear.reform(|_: MouseEvent| ())}>{ t.text("filter-clear") }</button>
                </div>
            }
            <div class="smw-body">
                <MapView data={data.clone()} state={state_rc} localizer={t.clone()} dispatch={dispatch.clone()}
                    on_select={on_select.clone()} {on_open_group} />
                <div class="smw-side">
                    { inspector }
                    <SignatoryList dataset={data.clone()} visible={state.filter.visible.clone()} selected={state.selected}
                        localizer={t.clone()} {on_select} />
                </div>
            </div>
        </>
    }
}
