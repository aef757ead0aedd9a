//! The view: small Yew function components, one concern per file.
//!
//! State flows down as props; actions flow up through callbacks to the
//! reducer in [`crate::state`]. Every visible string comes from the
//! [`Localizer`]; no component holds a user-facing literal.

pub mod area_filter;
pub mod data_view;
pub mod focus;
pub mod group_list;
pub mod header;
pub mod language_toggle;
pub mod legend;
pub mod map_gestures;
pub mod map_view;
pub mod markers;
pub mod show_more;
pub mod signatory_detail;
pub mod signatory_list;
pub mod status;
pub mod symbol;
pub mod widget;

use crate::core::dataset::{Dataset, Kind, Signatory};
use crate::core::i18n::{Localizer, MessageArg};

/// A keydown handler that runs `close` on Escape: every panel that opens
/// can be closed from the keyboard the same way.
pub fn close_on_escape(close: yew::Callback<()>) -> yew::Callback<yew::KeyboardEvent> {
    yew::Callback::from(move |event: yew::KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            close.emit(());
        }
    })
}

/// "Company" / "Bendrovė": the kind in words.
pub fn kind_name(t: &Localizer, kind: Kind) -> String {
    t.text(&format!("kind-{}", kind.as_str()))
}

/// "Bonn, Germany": the headquarters as a reader says it.
pub fn location_text(t: &Localizer, signatory: &Signatory) -> String {
    t.format(
        "detail-location-value",
        &[
            ("city", MessageArg::Text(t.pick(&signatory.city).to_owned())),
            ("country", MessageArg::Text(t.country(&signatory.country))),
        ],
    )
}

/// A stable key for a group, from its members: used as the Yew key and to
/// find the group's marker again (e.g. to return focus to it).
pub fn group_key(members: &[usize]) -> String {
    members
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join("+")
}

/// The accessible name of a group: "Brussels: 3 signatories" when all
/// members share a city, else "Near Cupertino: 3 signatories".
pub fn group_label(t: &Localizer, dataset: &Dataset, members: &[usize]) -> String {
    let cities: Vec<&str> = members
        .iter()
        .filter_map(|&i| dataset.signatories.get(i))
        .map(|s| t.pick(&s.city))
        .collect();
    let place = cities.first().copied().unwrap_or_default().to_owned();
    let id = if cities.iter().all(|c| *c == place) {
        "group-label"
    } else {
        "group-label-nearby"
    };
    t.format(
        id,
        &[
            ("place", MessageArg::Text(place)),
            ("count", MessageArg::Number(members.len() as f64)),
        ],
    )
}
