//! The map's written summary, as a caption above it: "15 signatories:
//! Council of Europe (Strasbourg), 8 companies in 5 countries and
//! 6 associations in 3 countries." It comes before the markers in the
//! document and the map names it as its description
//! (`aria-describedby`), so it is the map's text alternative; it is plain
//! text, so it prints and is in the prerendered snapshot. What it says is
//! decided in [`signatory_core::summary`].
//!
//! A hook and a view function rather than a component of its own: the map
//! is its only user, and a component type costs every reader about 0.7 KB
//! (brotli) of Yew's per-component machinery, more than the memo.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::LoadedData;
use signatory_core::filter::{AreaSelection, FilterResult};
use signatory_core::i18n::Localizer;
use signatory_core::summary::{facts, sentence, Span};

/// The sentence for what the map shows, worded again only when the data,
/// the filter's result, the choice of areas or the language changed: a
/// pan, a zoom or a selection costs nothing here.
#[hook]
pub fn use_map_summary(
    data: &Rc<LoadedData>,
    filter: &Rc<FilterResult>,
    chosen: &AreaSelection,
    t: &Localizer,
) -> Rc<Vec<Span>> {
    use_memo(
        (data.clone(), filter.clone(), chosen.clone(), t.clone()),
        |(data, filter, chosen, t)| {
            let seen = facts(&data.dataset, &filter.visible, chosen.areas());
            sentence(&seen, &data.dataset, t)
        },
    )
}

/// The sentence as a quiet caption. Its id is the one the map's
/// `aria-describedby` names (map_view.rs).
pub fn map_summary(spans: &[Span]) -> Html {
    html! {
        <p id="smw-map-summary" class="smw-map-summary">
            { for spans.iter().map(|span| match &span.lang {
                Some(lang) => html! { <span lang={lang.clone()}>{ span.text.clone() }</span> },
                None => html! { span.text.clone() },
            }) }
        </p>
    }
}
