//! The header: what was signed, when and where, and how many took part.

use yew::prelude::*;

use crate::core::dataset::Agreement;
use crate::core::i18n::{Localizer, MessageArg};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The agreement.
    pub agreement: Agreement,
    /// Number of signatories in the dataset.
    pub signatories: usize,
    /// Number of pledge areas.
    pub areas: usize,
    /// Language.
    pub localizer: Localizer,
}

/// Title, date and place, and the "15 signatories · 7 pledge areas" line.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = &props.localizer;
    let agreement = &props.agreement;
    let date = t.date(agreement.date);
    let meta = match &agreement.place {
        Some(place) => t.format(
            "header-meta",
            &[
                ("date", MessageArg::Text(date)),
                ("place", MessageArg::Text(t.pick(&place.name).to_owned())),
            ],
        ),
        None => date,
    };
    let title_lang = agreement.title.language_of(t.lang()).to_owned();
    html! {
        <header class="smw-header">
            <h2 class="smw-title" lang={title_lang}>{ t.pick(&agreement.title) }</h2>
            <p class="smw-meta">{ meta }</p>
            <p class="smw-summary">
                { t.count("header-signatories", props.signatories) }
                { " · " }
                { t.count("header-areas", props.areas) }
            </p>
        </header>
    }
}
