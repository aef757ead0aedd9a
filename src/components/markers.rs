//! Markers and groups, placed in screen pixels so they keep their size at
//! every zoom. Grouping is recomputed for each view by `core::cluster`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::symbol::{kind_symbol, MARKER_RADIUS};
use crate::components::{group_key, group_label};
use crate::components::{kind_name, location_text};
use crate::core::cluster::{group, Cluster};
use crate::core::i18n::{Localizer, MessageArg};
use crate::core::viewport::{ScreenPoint, ScreenSize, Viewport};
use crate::state::LoadedData;

/// Markers or groups whose centres are closer than this (pixels) are
/// grouped: it is the sum of two group discs' radii (see [`group_disc_radius`]),
/// so nothing drawn overlaps.
pub const GROUP_RADIUS: f64 = 22.0;

/// A group disc grows slowly with its member count, staying under
/// `GROUP_RADIUS / 2` for small groups.
fn group_disc_radius(members: usize) -> f64 {
    10.0 + (members as f64).log10() * 3.0
}

/// Props of [`Markers`].
#[derive(Properties, PartialEq)]
pub struct MarkersProps {
    /// The data.
    pub data: Rc<LoadedData>,
    /// Indices of the visible signatories.
    pub visible: Vec<usize>,
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

/// One SVG `<g>` per single marker or group.
#[function_component]
pub fn Markers(props: &MarkersProps) -> Html {
    let points: Vec<(usize, ScreenPoint)> = props
        .visible
        .iter()
        .filter_map(|&i| {
            props
                .data
                .projected
                .get(i)
                .map(|p| (i, props.viewport.to_screen(*p)))
        })
        .collect();
    let clusters = group(&points, GROUP_RADIUS);
    let margin = GROUP_RADIUS * 2.0;
    let on_screen = |c: &&Cluster| {
        let p = c.position;
        p.x > -margin
            && p.y > -margin
            && p.x < props.size.width + margin
            && p.y < props.size.height + margin
    };
    html! {
        <g class="smw-markers">
            { for clusters.iter().filter(on_screen).map(|cluster| match cluster.members.as_slice() {
                [single] => single_marker(props, *single, cluster.position),
                members => group_marker(props, members, cluster.position),
            }) }
        </g>
    }
}

fn activate_on_keys(action: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            action.emit(());
        }
    })
}

fn translate(p: ScreenPoint) -> String {
    format!("translate({:.1} {:.1})", p.x, p.y)
}

fn single_marker(props: &MarkersProps, index: usize, position: ScreenPoint) -> Html {
    let t = &props.localizer;
    let Some(signatory) = props.data.dataset.signatories.get(index) else {
        return Html::default();
    };
    let label = t.format(
        "marker-label",
        &[
            ("name", MessageArg::Text(t.pick(&signatory.name).to_owned())),
            ("kind", MessageArg::Text(kind_name(t, signatory.kind))),
            ("city", MessageArg::Text(location_text(t, signatory))),
        ],
    );
    let on_select = props.on_select.clone();
    let activate = Callback::from(move |()| on_select.emit(index));
    let onclick = activate.reform(|_: MouseEvent| ());
    let selected = props.selected == Some(index);
    html! {
        <g key={signatory.id.clone()} class={classes!("smw-marker", selected.then_some("is-selected"))}
            transform={translate(position)} role="button" tabindex="0" aria-label={label}
            aria-pressed={selected.to_string()} data-id={signatory.id.clone()}
            {onclick} onkeydown={activate_on_keys(activate)}>
            <circle class="smw-hit" r={(MARKER_RADIUS + 4.0).to_string()} />
            { kind_symbol(signatory.kind, MARKER_RADIUS) }
        </g>
    }
}

fn group_marker(props: &MarkersProps, members: &[usize], position: ScreenPoint) -> Html {
    let t = &props.localizer;
    let label = group_label(t, &props.data.dataset, members);
    let open = props.open_group.as_deref() == Some(members);
    let on_open = props.on_open_group.clone();
    let owned = members.to_vec();
    let activate = Callback::from(move |()| on_open.emit(owned.clone()));
    let onclick = activate.reform(|_: MouseEvent| ());
    let key = group_key(members);
    let radius = group_disc_radius(members.len());
    html! {
        <g key={key.clone()} class={classes!("smw-group-marker", open.then_some("is-open"))} transform={translate(position)}
            role="button" tabindex="0" aria-label={label} aria-expanded={open.to_string()} data-group={key}
            {onclick} onkeydown={activate_on_keys(activate)}>
            <circle class="smw-group-disc" r={radius.to_string()} />
            <text class="smw-group-count" dy="0.35em" aria-hidden="true">{ t.number(members.len() as f64) }</text>
        </g>
    }
}
