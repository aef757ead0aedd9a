//! The legend: which symbol means which kind of signatory.

use yew::prelude::*;

use crate::components::kind_name;
use crate::components::symbol::kind_swatch;
use signatory_core::dataset::Kind;
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The kinds present in the dataset, in legend order.
    pub kinds: Vec<Kind>,
    /// Language.
    pub localizer: Localizer,
}

/// One swatch and label per kind present.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let t = &props.localizer;
    html! {
        <ul class="smw-legend" aria-label={t.text(Msg::LegendLabel)}>
            { for props.kinds.iter().map(|kind| html! {
                <li>{ kind_swatch(*kind) }{ kind_name(t, *kind) }</li>
            }) }
        </ul>
    }
}
