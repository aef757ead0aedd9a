//! The map: the Natural Earth basemap, the markers, zoom buttons and
//! keyboard control (gestures are in [`crate::components::hooks::map_gestures`]).
//! The page's scroll wheel is left alone: scrolling over the map keeps
//! scrolling the article, and a hint says how to zoom instead.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::hooks::map_gestures::use_map_gestures;
use crate::components::legend::Legend;
use crate::components::map_summary::{map_summary, use_map_summary};
use crate::components::markers::Markers;
use crate::platform::{number_text, use_element_size};
use crate::state::{Action, LoadedData, WidgetState, ZOOM_STEP};
use signatory_core::basemap::{Basemap, WORLD_110M};
use signatory_core::dataset::{web_link, Kind};
use signatory_core::filter::{AreaSelection, FilterResult};
use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::map_paths::{BasemapPaths, PATH_UNITS};
use signatory_core::viewport::{ScreenSize, Viewport};

/// Pixels an arrow key moves the map.
const KEY_PAN_STEP: f64 = 48.0;

/// The parts of the widget's state the map shows, taken together from
/// the state by the widget and handed down whole: each is cheap to compare
/// (the filter result is shared), so the map renders again only when one
/// of them changed.
#[derive(Debug, Clone, PartialEq)]
pub struct MapScene {
    /// What the filter leaves visible.
    pub filter: Rc<FilterResult>,
    /// The chosen areas, which the summary names.
    pub chosen: AreaSelection,
    /// The signatory whose detail is open.
    pub selected: Option<usize>,
    /// Members of the open group.
    pub open_group: Option<Vec<usize>>,
    /// Where the map is looking.
    pub viewport: Viewport,
    /// The map's size.
    pub size: ScreenSize,
    /// Whether the markers are drawn yet (the map is measured).
    pub markers_drawn: bool,
}

impl MapScene {
    /// The scene of `state`.
    pub fn of(state: &WidgetState) -> MapScene {
        MapScene {
            filter: state.filter.clone(),
            chosen: state.selection.clone(),
            selected: state.selected,
            open_group: state.open_group.clone(),
            viewport: state.viewport(),
            size: state.size,
            markers_drawn: state.markers_drawn(),
        }
    }
}

/// Props of [`MapView`].
#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    /// The data.
    pub data: Rc<LoadedData>,
    /// What to show of it.
    pub scene: MapScene,
    /// Language.
    pub localizer: Localizer,
    /// Sends actions up to the reducer.
    pub dispatch: Callback<Action>,
    /// A single marker was activated.
    pub on_select: Callback<usize>,
    /// A group marker was activated.
    pub on_open_group: Callback<Vec<usize>>,
}

/// The map panel.
#[function_component]
pub fn MapView(props: &MapViewProps) -> Html {
    let t = &props.localizer;
    let node = use_node_ref();
    let measured = use_element_size(node.clone());
    {
        let dispatch = props.dispatch.clone();
        use_effect_with(measured, move |size| {
            if let Some(size) = size {
                dispatch.emit(Action::Resize(*size));
            }
        });
    }
    let scene = &props.scene;
    let (size, viewport) = (scene.size, scene.viewport);
    // The kinds present, for the legend: found once per dataset, not on
    // every filter click.
    let kinds = use_memo(props.data.clone(), |data| {
        Kind::ALL
            .into_iter()
            .filter(|k| data.dataset.signatories.iter().any(|s| s.kind == *k))
            .collect::<Vec<Kind>>()
    });

    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let action = match event.key().as_str() {
                "+" | "=" => Action::Zoom(ZOOM_STEP),
                "-" | "_" => Action::Zoom(1.0 / ZOOM_STEP),
                "0" => Action::ResetView,
                "ArrowLeft" => Action::Pan(KEY_PAN_STEP, 0.0),
                "ArrowRight" => Action::Pan(-KEY_PAN_STEP, 0.0),
                "ArrowUp" => Action::Pan(0.0, KEY_PAN_STEP),
                "ArrowDown" => Action::Pan(0.0, -KEY_PAN_STEP),
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(action);
        })
    };
    let (on_select, on_open_group) = (props.on_select.clone(), props.on_open_group.clone());
    let gestures = use_map_gestures(node.clone(), props.dispatch.clone());
    let summary = use_map_summary(&props.data, &scene.filter, &scene.chosen, t);
    let hint_key = if crate::platform::uses_command_key() {
        "⌘"
    } else {
        "Ctrl"
    };

    html! {
        <div class="smw-map-panel">
            { map_summary(&summary) }
            <div class={classes!("smw-map", gestures.dragging.then_some("is-dragging"))} ref={node} tabindex="0"
                role="group" aria-label={t.text(Msg::MapLabel)} aria-describedby="smw-map-summary smw-map-keys" {onkeydown}
                onpointerdown={gestures.down} onpointermove={gestures.moved} onpointerup={gestures.up}
                onpointercancel={gestures.cancel}>
                <svg class="smw-map-svg" viewBox={format!("0 0 {} {}", number_text(size.width.round()), number_text(size.height.round()))}
                    preserveAspectRatio="xMidYMid meet" focusable="false">
                    <BasemapLayer {viewport} />
                    if scene.markers_drawn {
                    <Markers data={props.data.clone()} filter={scene.filter.clone()} {viewport} {size}
                        selected={scene.selected} open_group={scene.open_group.clone()}
                        localizer={t.clone()} {on_select} {on_open_group} />
                    }
                </svg>
                <ZoomControls localizer={t.clone()} dispatch={props.dispatch.clone()} />
                <p class={classes!("smw-wheel-hint", gestures.wheel_hint.then_some("is-shown"))} aria-hidden="true">
                    { t.format(Msg::MapWheelHint, &[("key", MessageArg::Text(hint_key.into()))]) }
                </p>
                <p id="smw-map-keys" class="smw-visually-hidden">{ t.text(Msg::MapKeys) }</p>
            </div>
            <div class="smw-map-footer">
                <Legend kinds={(*kinds).clone()} localizer={t.clone()} />
                <small class="smw-attribution">
                    { t.text(Msg::MapAttribution) }
                    { " · " }
                    { t.data_as_of(&props.data.dataset) }
                    if let Some(url) = web_link(props.data.dataset.agreement.source.as_deref()) {
                        { " · " }
                        <a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ t.text(Msg::HeaderSource) }</a>
                    }
                </small>
            </div>
        </div>
    }
}

/// Props of [`BasemapLayer`].
#[derive(Properties, PartialEq)]
struct BasemapLayerProps {
    viewport: Viewport,
}

/// The land and borders: re-rendered only when the view moves, never for a
/// filter, a selection or a language.
#[function_component]
fn BasemapLayer(props: &BasemapLayerProps) -> Html {
    // Shared strings: the basemap's paths (tens of KB) are built once and
    // never copied again on a re-render.
    let paths = use_memo((), |_| {
        let paths = Basemap::decode(WORLD_110M)
            .map(|b| BasemapPaths::new(&b))
            .unwrap_or_default();
        (AttrValue::from(paths.land), AttrValue::from(paths.borders))
    });
    let viewport = props.viewport;
    let k = viewport.scale / PATH_UNITS;
    let k = number_text(k);
    let transform = format!(
        "matrix({k} 0 0 {k} {} {})",
        number_text(viewport.offset_x),
        number_text(viewport.offset_y)
    );
    html! {
        <g class="smw-basemap" {transform} aria-hidden="true">
            <path class="smw-land" d={paths.0.clone()} />
            <path class="smw-borders" d={paths.1.clone()} />
        </g>
    }
}

/// Props of [`ZoomControls`].
#[derive(Properties, PartialEq)]
struct ZoomControlsProps {
    localizer: Localizer,
    dispatch: Callback<Action>,
}

/// The +, − and reset buttons: re-rendered only for a language.
#[function_component]
fn ZoomControls(props: &ZoomControlsProps) -> Html {
    let t = &props.localizer;
    let act = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    html! {
        <div class="smw-zoom">
            <button type="button" class="smw-icon-button" aria-label={t.text(Msg::MapZoomIn)}
                onclick={act(Action::Zoom(ZOOM_STEP))}>{ icon("M8 3v10M3 8h10") }</button>
            <button type="button" class="smw-icon-button" aria-label={t.text(Msg::MapZoomOut)}
                onclick={act(Action::Zoom(1.0 / ZOOM_STEP))}>{ icon("M3 8h10") }</button>
            <button type="button" class="smw-icon-button" aria-label={t.text(Msg::MapReset)}
                onclick={act(Action::ResetView)}>{ icon("M3 6V3h3M13 6V3h-3M3 10v3h3M13 10v3h-3") }</button>
        </div>
    }
}

/// A 16-pixel stroked icon (drawn, not typed, so no glyph needs translating).
fn icon(d: &'static str) -> Html {
    html! {
        <svg class="smw-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={d} />
        </svg>
    }
}
