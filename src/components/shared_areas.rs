//! The areas every signatory shares, shown once as what the agreement
//! covers, in place of a filter that could not narrow anything: when each
//! signatory has the same areas, every toggle would leave everyone shown.
//!
//! A plain function, not a component: it holds no state and re-renders
//! with the widget, and a Yew component of its own cost a kilobyte of
//! WebAssembly for nothing.

use yew::prelude::*;

use signatory_core::dataset::Dataset;
use signatory_core::i18n::{Localizer, Msg};

/// The areas' name as a heading ("Areas of cooperation", the dataset's
/// own, else "Pledge areas"), "Agreed by all 15 signatories.", "These
/// include, among others:" when the dataset's list is not complete, and
/// the `shared` areas as a plain list: text, not buttons, so nothing looks
/// clickable that does nothing.
pub fn shared_areas(t: &Localizer, dataset: &Dataset, shared: &[usize]) -> Html {
    if shared.is_empty() {
        return Html::default();
    }
    // The dataset's name for its areas may lack the reader's language:
    // the heading is marked with the one it is in.
    let (name, lang) = match &dataset.areas_label {
        Some(label) => (t.pick(label).to_owned(), label.language_of(t.lang())),
        None => (t.text(Msg::DetailAreas), t.lang()),
    };
    let mut agreed = t.count(Msg::AreasSharedBy, dataset.signatories.len());
    if !dataset.areas_complete {
        agreed = format!("{agreed} {}", t.text(Msg::AreasAmongOthers));
    }
    html! {
        // Bounded by the stylesheet, it may scroll: focusable, so keys
        // scroll it too. It has no accessible name of its own (its heading
        // is read with it); naming it cost ~280 B of WebAssembly.
        <section class="smw-covers" tabindex="0">
            <h3 lang={lang.to_owned()}>{ name }</h3>
            <p>{ agreed }</p>
            <ul>
                { for shared.iter().filter_map(|&a| dataset.areas.get(a)).map(|area| html! {
                    <li lang={area.label.language_of(t.lang()).to_owned()}>{ t.pick(&area.label) }</li>
                }) }
            </ul>
        </section>
    }
}
