//! The header: what was signed, when and where, and how many took part.

use yew::prelude::*;

use signatory_core::dataset::Agreement;
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The agreement.
    pub agreement: Agreement,
    /// Number of signatories in the dataset.
    pub signatories: usize,
    /// Number of pledge areas the filter offers; 0 when it offers none
    /// (the areas every signatory shares are listed below the header).
    pub areas: usize,
    /// Language.
    pub localizer: Localizer,
}

/// Title, date and place, and the "15 signatories · 7 pledge areas" line
/// ("15 signatories" when there is no filter).
///
/// The title and the date-and-place line are clamped to a few lines, so a
/// 2,000-character title (within the dataset limits) cannot push the map
/// out of the widget's fixed box; when they are cut short, a button shows
/// them whole (in a header that then scrolls within itself). Screen readers
/// read the whole text either way.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = &props.localizer;
    let agreement = &props.agreement;
    let node = use_node_ref();
    let clamped = crate::platform::use_clamped(node.clone());
    let expanded = use_state_eq(|| false);
    let meta = t.signed(agreement);
    let title_lang = agreement.title.language_of(t.lang()).to_owned();
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    html! {
        <header class={classes!("smw-header", expanded.then_some("is-expanded"))} ref={node}>
            <h2 class="smw-title smw-clamp" lang={title_lang}>{ t.pick(&agreement.title) }</h2>
            <p class="smw-meta smw-clamp">{ meta }</p>
            if clamped || *expanded {
                <button type="button" class="smw-text-button smw-header-toggle" aria-expanded={expanded.to_string()}
                    onclick={toggle}>
                    { t.text(if *expanded { Msg::HeaderShowLess } else { Msg::HeaderShowAll }) }
                </button>
            }
            // With no toggles (`areas` 0) the areas are listed, not
            // counted, under the header: `header-areas` is then empty.
            <p class="smw-summary">
                { t.count(Msg::HeaderSignatories, props.signatories) }
                { t.count(Msg::HeaderAreas, props.areas) }
            </p>
        </header>
    }
}
