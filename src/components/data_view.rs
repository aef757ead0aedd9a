//! Everything shown once data is ready below the status line (the header
//! and filter above it are the widget's): the left-out warning, the empty
//! filter's note, and the body — map, the open panel (detail or group) and
//! the list.
//!
//! The body is a CSS grid whose areas the stylesheet rearranges by the
//! widget's own width (container queries): side by side when wide; on a
//! phone the open panel sits over the map's lower part and the list below,
//! scrolling on its own, so reaching it never means dragging the map.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::group_list::GroupList;
use crate::components::hooks::focus::{FocusControl, FocusTarget};
use crate::components::map_view::{MapScene, MapView};
use crate::components::signatory_detail::SignatoryDetail;
use crate::components::signatory_list::SignatoryList;
use crate::components::status::ProblemList;
use crate::components::{group_key, group_label};
use crate::state::{Action, LoadedData};
use signatory_core::i18n::Localizer;
use signatory_core::i18n::Msg;

/// Props of [`DataView`]: the parts of the state it shows, each compared
/// cheaply, so that what did not change is not rendered again.
#[derive(Properties, PartialEq)]
pub struct DataViewProps {
    /// The data.
    pub data: Rc<LoadedData>,
    /// What the map shows, and the filter and selection the panel and
    /// list show too.
    pub scene: MapScene,
    /// Pixels of the map's bottom the open panel covers, as last measured.
    pub covered_bottom: f64,
    /// Language.
    pub localizer: Localizer,
    /// Sends actions to the reducer.
    pub dispatch: Callback<Action>,
    /// Opens and closes panels with focus in the right place.
    pub focus: FocusControl,
}

/// Selects a signatory from somewhere, remembering that place (`opener`
/// makes it from the signatory's id) to return focus to. The callback keeps
/// its identity while the data and the focus control do, so the markers and
/// the list are not re-rendered for it.
#[hook]
fn use_select_from(
    focus: &FocusControl,
    data: &Rc<LoadedData>,
    opener: fn(String) -> FocusTarget,
) -> Callback<usize> {
    use_callback(
        (focus.clone(), data.clone()),
        move |index: usize, (focus, data)| {
            let id = data
                .dataset
                .signatories
                .get(index)
                .map(|s| s.id.clone())
                .unwrap_or_default();
            focus.open(
                vec![opener(id)],
                FocusTarget::DetailName,
                Action::Select(index),
            )
        },
    )
}

/// The ready widget.
#[function_component]
pub fn DataView(props: &DataViewProps) -> Html {
    let (data, t, focus) = (&props.data, &props.localizer, &props.focus);
    let dataset = &data.dataset;
    let scene = &props.scene;
    let shown = scene.filter.visible.len();
    let clear = props.dispatch.reform(|()| Action::ClearAreas);
    let from_map = use_select_from(focus, data, FocusTarget::Marker);
    let from_list = use_select_from(focus, data, FocusTarget::ListEntry);
    let from_group = use_select_from(focus, data, FocusTarget::GroupMember);
    let on_open_group = use_callback(focus.clone(), |members: Vec<usize>, focus| {
        let opener = FocusTarget::GroupMarker(group_key(&members));
        focus.open(
            vec![opener],
            FocusTarget::GroupTitle,
            Action::OpenGroup(members),
        )
    });
    let panel = match (&scene.open_group, scene.selected) {
        (_, Some(index)) => {
            let id = dataset
                .signatories
                .get(index)
                .map(|s| s.id.clone())
                .unwrap_or_default();
            let focus = focus.clone();
            let on_close = Callback::from(move |()| {
                let fallbacks = vec![FocusTarget::ListEntry(id.clone()), FocusTarget::Map];
                focus.close(fallbacks, Action::CloseDetail)
            });
            html! { <SignatoryDetail dataset={data.clone()} {index} localizer={t.clone()} {on_close} /> }
        }
        (Some(members), None) => {
            let focus = focus.clone();
            let on_close =
                Callback::from(move |()| focus.close(vec![FocusTarget::Map], Action::CloseGroup));
            html! {
                <GroupList dataset={data.clone()} members={members.clone()}
                    label={AttrValue::from(group_label(t, data, members))} localizer={t.clone()}
                    on_select={from_group} {on_close} />
            }
        }
        (None, None) => Html::default(),
    };
    let panel_open = scene.selected.is_some() || scene.open_group.is_some();
    // On a narrow widget the open panel sits over the map's lower part:
    // the state learns how much it covers, so a chosen signatory's marker
    // is brought out from under it. Measured only while a panel is open (or
    // was, to learn it closed): a filter or language click with no panel
    // must not force a layout to find nothing.
    let body = use_node_ref();
    {
        let (body, dispatch, known) = (body.clone(), props.dispatch.clone(), props.covered_bottom);
        use_effect(move || {
            if !panel_open && known == 0.0 {
                return;
            }
            let covered =
                crate::platform::covered_from_below(&body, ".smw-map", ".smw-panel").round();
            if (covered - known).abs() >= 1.0 {
                dispatch.emit(Action::MapCovered(covered));
            }
        });
    }
    html! {
        <>
            if !dataset.warnings.is_empty() {
                // Signatories left out by the validation policy: counted,
                // and listed on demand, never silently dropped.
                <details class="smw-warning">
                    <summary>{ t.count(Msg::WarningDropped, dataset.warnings.len()) }</summary>
                    <ProblemList problems={dataset.warnings.clone()} localizer={t.clone()} />
                </details>
            }
            if shown == 0 {
                <div class="smw-empty">
                    <p>{ t.text(Msg::FilterEmpty) }</p>
                    <button type="button" class="smw-button" onclick={clear.reform(|_: MouseEvent| ())}>{ t.text(Msg::FilterClear) }</button>
                </div>
            }
            <div class={classes!("smw-body", panel_open.then_some("has-panel"))} ref={body}>
                <MapView data={data.clone()} scene={scene.clone()} localizer={t.clone()} dispatch={props.dispatch.clone()}
                    on_select={from_map} {on_open_group} />
                <div class="smw-panel">{ panel }</div>
                <SignatoryList dataset={data.clone()} filter={scene.filter.clone()} selected={scene.selected}
                    localizer={t.clone()} on_select={from_list} />
            </div>
        </>
    }
}
