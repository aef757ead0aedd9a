//! The view: small Yew function components, one concern per file.
//!
//! State flows down as props; actions flow up through callbacks to the
//! reducer in [`crate::state`]. Every visible string comes from the
//! [`Localizer`]; no component holds a user-facing literal.

pub mod area_filter;
pub mod data_view;
pub mod group_list;
pub mod header;
pub mod hooks;
pub mod language_toggle;
pub mod legend;
pub mod map_summary;
pub mod map_view;
pub mod marker_layout;
pub mod markers;
pub mod shared_areas;
pub mod show_more;
pub mod signatory_detail;
pub mod signatory_list;
pub mod status;
pub mod symbol;
pub mod widget;

use crate::state::LoadedData;
use signatory_core::dataset::{Kind, Signatory};
use signatory_core::group_name::{group_name, MemberPlace};
use signatory_core::i18n::{Localizer, MessageArg, Msg};

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
    t.text(match kind {
        Kind::Company => Msg::KindCompany,
        Kind::Association => Msg::KindAssociation,
        Kind::Institution => Msg::KindInstitution,
    })
}

/// "company" / "bendrovė": the kind inside a sentence, in lower case.
pub fn kind_word(t: &Localizer, kind: Kind) -> String {
    t.text(match kind {
        Kind::Company => Msg::MarkerKindCompany,
        Kind::Association => Msg::MarkerKindAssociation,
        Kind::Institution => Msg::MarkerKindInstitution,
    })
}

/// "Bonn, Germany": the headquarters as a reader says it.
pub fn location_text(t: &Localizer, signatory: &Signatory) -> String {
    t.format(
        Msg::DetailLocationValue,
        &[
            ("city", MessageArg::Text(t.pick(&signatory.city).to_owned())),
            ("country", MessageArg::Text(t.country(&signatory.country))),
        ],
    )
}

/// A group's key (its Yew key, and how its marker is found again, e.g. to
/// return focus to it): its first member, which no other group shares.
/// It survives a filter or zoom change that leaves the first member in the
/// group, so the marker is updated in place instead of rebuilt, and the
/// roving focus stays on it. `+` never occurs in a signatory id, so a group
/// key never equals a single marker's key (its id).
pub fn group_key(members: &[usize]) -> String {
    format!("group+{}", members.first().copied().unwrap_or_default())
}

/// The name of a group ("3 signatories in Brussels", "7 signatories in
/// Belgium, France, Germany and the United Kingdom"): where its members
/// are, composed by `core::group_name`.
pub fn group_label(t: &Localizer, data: &LoadedData, members: &[usize]) -> String {
    group_name(
        t,
        members.iter().filter_map(|&i| {
            let signatory = data.dataset.signatories.get(i)?;
            Some(MemberPlace {
                city_number: *data.cities.get(i)?,
                city: &signatory.city,
                country: &signatory.country,
            })
        }),
    )
}
