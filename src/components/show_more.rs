//! Long lists shown a page at a time, with a "Show more" button.
//!
//! A pledge with 10,000 signatories would otherwise put 10,000 buttons in
//! the page: seconds of work on every filter or language change, and a
//! hundred thousand DOM nodes held by every reader. Every entry stays
//! reachable — the button adds the next page and moves focus to its first
//! entry, so keyboard and screen-reader users carry on where they were —
//! and the map, the filter counts and the groups still cover everyone.

use yew::prelude::*;

use crate::components::hooks::paged_list::PAGE_SIZE;
use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// Props of [`ShowMore`].
#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// Entries shown now.
    pub shown: usize,
    /// Entries in the whole list.
    pub total: usize,
    /// Language.
    pub localizer: Localizer,
    /// Show the next page.
    pub on_more: Callback<()>,
}

/// "Show 100 more (4,221 not listed yet)", or nothing when all are shown.
#[function_component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    let t = &props.localizer;
    if props.shown >= props.total {
        return Html::default();
    }
    let remaining = props.total - props.shown;
    let on_more = props.on_more.clone();
    html! {
        <button type="button" class="smw-button smw-show-more" onclick={move |_| on_more.emit(())}>
            { t.format(Msg::ListShowMore, &[
                ("count", MessageArg::Number(remaining.min(PAGE_SIZE) as f64)),
                ("remaining", MessageArg::Number(remaining as f64)),
            ]) }
        </button>
    }
}
