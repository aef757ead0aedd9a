//! Markers and groups, placed in screen pixels so they keep their size at
//! every zoom. Grouping is recomputed for each view by `core::cluster`;
//! on a wide map, small groups are drawn fanned out (`core::fan`): each
//! member its own marker on a ring, with a line to where it really is.
//!
//! All markers together are one Tab stop (a roving tabindex): Tab lands on
//! the last one used (or the first in reading order), the arrow keys move
//! to the nearest marker that way (`core::spatial_nav`), Home and End to
//! the first and last, Enter or Space opens it.

use crate::platform::number_text;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::group_label;
use crate::components::hooks::focus::{focus_first, FocusTarget};
use crate::components::marker_layout::{draw, leader, translate};
use crate::components::symbol::kind_symbol;
use crate::components::{kind_word, location_text};
use crate::state::LoadedData;
use signatory_core::filter::FilterResult;
use signatory_core::i18n::{Localizer, MessageArg, Msg};
// The marker sizes are the core's, shared with the static picture.
use signatory_core::marker_layout::{group_disc_radius, HIT_RADIUS};
use signatory_core::spatial_nav::{nearest_in_direction, reading_order, Direction};
use signatory_core::viewport::{ScreenPoint, ScreenSize, Viewport};

/// Props of [`Markers`].
#[derive(Properties, PartialEq)]
pub struct MarkersProps {
    /// The data.
    pub data: Rc<LoadedData>,
    /// What the filter leaves visible (shared, not copied: 10,000 indices).
    pub filter: Rc<FilterResult>,
    /// The current view.
    pub viewport: Viewport,
    /// The map's size, to skip what is off-screen.
    pub size: ScreenSize,
    /// The signatory whose detail is open.
    pub selected: Option<usize>,
    /// Members of the open group.
    pub open_group: Option<Vec<usize>>,
    /// Language.
    pub localizer: Localizer,
    /// A single marker was activated.
    pub on_select: Callback<usize>,
    /// A group was activated.
    pub on_open_group: Callback<Vec<usize>>,
}

/// Lines of markers closer than this (pixels) read as one line for Home/End.
const READING_BAND: f64 = 24.0;

/// One SVG `<g>` per single marker or group.
#[function_component]
pub fn Markers(props: &MarkersProps) -> Html {
    let layer = use_node_ref();
    let active = use_state_eq(|| None::<String>);
    let focus_pending = use_mut_ref(|| false);
    // Grouping depends on what is visible and where, not on the language
    // or the selection: those re-render without grouping again.
    let drawn = use_memo(
        (
            props.data.clone(),
            props.filter.clone(),
            props.viewport,
            props.size,
        ),
        |(data, filter, viewport, size)| draw(data, &filter.visible, viewport, *size),
    );
    {
        let (layer, focus_pending, active) =
            (layer.clone(), focus_pending.clone(), (*active).clone());
        use_effect(move || {
            if std::mem::take(&mut *focus_pending.borrow_mut()) {
                if let Some(key) = active {
                    focus_first(&layer, &[FocusTarget::AnyMarker(key)]);
                }
            }
        });
    }
    let tab_stop = active
        .as_ref()
        .and_then(|key| drawn.keys.iter().position(|k| k == key))
        .or_else(|| {
            reading_order(&drawn.positions(), READING_BAND)
                .first()
                .copied()
        });
    let move_to = {
        let (active, drawn) = (active.clone(), drawn.clone());
        move |index: usize| {
            if let Some(key) = drawn.keys.get(index) {
                *focus_pending.borrow_mut() = true;
                active.set(Some(key.clone()));
            }
        }
    };
    let navigate = |from: usize| {
        let (drawn, move_to) = (drawn.clone(), move_to.clone());
        Callback::from(move |event: KeyboardEvent| {
            let positions = drawn.positions();
            let order = || reading_order(&positions, READING_BAND);
            let target = match event.key().as_str() {
                "Home" => order().first().copied(),
                "End" => order().last().copied(),
                key => match Direction::from_key(key) {
                    Some(direction) => nearest_in_direction(&positions, from, direction),
                    None => return,
                },
            };
            // Handled here, not by the map (whose arrows pan): even with no
            // marker that way, the map must not jump under the reader.
            event.prevent_default();
            event.stop_propagation();
            if let Some(target) = target {
                move_to(target);
            }
        })
    };
    html! {
        <g class="smw-markers" ref={layer}>
            <g class="smw-leaders" aria-hidden="true">
                { for drawn.anchors.iter().zip(&drawn.clusters).filter_map(|(anchor, c)| anchor.map(|a| leader(a, c.position))) }
            </g>
            { for drawn.clusters.iter().enumerate().map(|(i, cluster)| {
                let marker = Marker {
                    key: &drawn.keys[i],
                    tab_stop: tab_stop == Some(i),
                    on_keys: navigate(i),
                    on_focus: {
                        let (active, key) = (active.clone(), drawn.keys[i].clone());
                        Callback::from(move |_: FocusEvent| active.set(Some(key.clone())))
                    },
                };
                match cluster.members.as_slice() {
                    [single] => single_marker(props, *single, cluster.position, marker),
                    members => group_marker(props, members, cluster.position, marker),
                }
            }) }
        </g>
    }
}

/// What every marker shares: its key, whether it is the Tab stop, and the
/// roving-focus handlers.
struct Marker<'a> {
    key: &'a str,
    tab_stop: bool,
    on_keys: Callback<KeyboardEvent>,
    on_focus: Callback<FocusEvent>,
}

impl Marker<'_> {
    fn tabindex(&self) -> &'static str {
        if self.tab_stop {
            "0"
        } else {
            "-1"
        }
    }

    /// Enter / Space run `action`; other keys navigate.
    fn keydown(&self, action: Callback<()>) -> Callback<KeyboardEvent> {
        let on_keys = self.on_keys.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                action.emit(());
            } else {
                on_keys.emit(event);
            }
        })
    }
}

fn single_marker(
    props: &MarkersProps,
    index: usize,
    position: ScreenPoint,
    marker: Marker,
) -> Html {
    let t = &props.localizer;
    let Some(signatory) = props.data.dataset.signatories.get(index) else {
        return Html::default();
    };
    let label = t.format(
        Msg::MarkerLabel,
        &[
            ("name", MessageArg::Text(t.pick(&signatory.name).to_owned())),
            // Lower case inside the sentence ("…, company, Bonn").
            ("kind", MessageArg::Text(kind_word(t, signatory.kind))),
            ("city", MessageArg::Text(location_text(t, signatory))),
        ],
    );
    let on_select = props.on_select.clone();
    let activate = Callback::from(move |()| on_select.emit(index));
    let onclick = activate.reform(|_: MouseEvent| ());
    let selected = props.selected == Some(index);
    html! {
        <g key={marker.key.to_owned()} class={classes!("smw-marker", selected.then_some("is-selected"))}
            transform={translate(position)} role="button" tabindex={marker.tabindex()} aria-label={label}
            aria-pressed={selected.to_string()} data-id={signatory.id.clone()} data-key={marker.key.to_owned()}
            {onclick} onkeydown={marker.keydown(activate)} onfocusin={marker.on_focus.clone()}>
            <circle class="smw-hit" r={number_text(HIT_RADIUS)} />
            { kind_symbol(signatory.kind) }
        </g>
    }
}

fn group_marker(
    props: &MarkersProps,
    members: &[usize],
    position: ScreenPoint,
    marker: Marker,
) -> Html {
    let t = &props.localizer;
    let label = group_label(t, &props.data, members);
    let open = props.open_group.as_deref() == Some(members);
    let holds_selected = props.selected.is_some_and(|s| members.contains(&s));
    let on_open = props.on_open_group.clone();
    let owned = members.to_vec();
    let activate = Callback::from(move |()| on_open.emit(owned.clone()));
    let onclick = activate.reform(|_: MouseEvent| ());
    let radius = group_disc_radius(members.len());
    html! {
        <g key={marker.key.to_owned()}
            class={classes!("smw-group-marker", open.then_some("is-open"), holds_selected.then_some("is-selected"))}
            transform={translate(position)} role="button" tabindex={marker.tabindex()} aria-label={label}
            aria-expanded={open.to_string()} data-group={marker.key.to_owned()} data-key={marker.key.to_owned()}
            {onclick} onkeydown={marker.keydown(activate)} onfocusin={marker.on_focus.clone()}>
            <circle class="smw-hit" r={number_text(HIT_RADIUS.max(radius + 2.0))} />
            <circle class="smw-group-disc" r={number_text(radius)} />
            <text class="smw-group-count" dy="0.35em" aria-hidden="true">{ t.number(members.len() as f64) }</text>
        </g>
    }
}
