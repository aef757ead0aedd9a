//! The map's written summary, as a caption above it: "15 signatories:
//! Council of Europe (Strasbourg), 8 companies in 5 countries and
//! 6 associations in 3 countries." It comes before the markers in the
//! document and the map names it as its description
//! (`aria-describedby`), so it is the map's text alternative; it is plain
//! text, so it prints and is in the prerendered snapshot. What it says is
//! decided in [`signatory_core::summary`].

use std::rc::Rc;

use yew::prelude::*;

use crate::state::LoadedData;
use signatory_core::filter::{AreaSelection, FilterResult};
use signatory_core::i18n::Localizer;
use signatory_core::summary::{facts, sentence};

/// Props of [`MapSummary`].
#[derive(Properties, PartialEq)]
pub struct MapSummaryProps {
    /// The data.
    pub data: Rc<LoadedData>,
    /// What the filter shows.
    pub filter: Rc<FilterResult>,
    /// The reader's chosen areas, to say what the filter kept.
    pub chosen: AreaSelection,
    /// Language.
    pub localizer: Localizer,
}

/// One sentence about what the map shows.
#[function_component]
pub fn MapSummary(props: &MapSummaryProps) -> Html {
    // Worded again only when the data, the filter's result, the choice or
    // the language changed: a zoom or a selection costs nothing here.
    let spans = use_memo(
        (
            props.data.clone(),
            props.filter.clone(),
            props.chosen.clone(),
            props.localizer.clone(),
        ),
        |(data, filter, chosen, t)| {
            let seen = facts(&data.dataset, &filter.visible, chosen.areas());
            sentence(&seen, &data.dataset, t)
        },
    );
    html! {
        // The id the map's `aria-describedby` names (map_view.rs).
        <p id="smw-map-summary" class="smw-map-summary">
            { for spans.iter().map(|span| match &span.lang {
                Some(lang) => html! { <span lang={lang.clone()}>{ span.text.clone() }</span> },
                None => html! { span.text.clone() },
            }) }
        </p>
    }
}
