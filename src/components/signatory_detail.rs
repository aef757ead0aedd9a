//! One signatory in full: name, kind, headquarters, pledge areas (when
//! they differ between signatories), website.

use yew::prelude::*;

use crate::components::symbol::kind_swatch;
use crate::components::{close_on_escape, kind_name, location_text};
use signatory_core::dataset::Dataset;
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`SignatoryDetail`].
#[derive(Properties, PartialEq)]
pub struct SignatoryDetailProps {
    /// The data.
    pub dataset: std::rc::Rc<crate::state::LoadedData>,
    /// Which signatory.
    pub index: usize,
    /// Language.
    pub localizer: Localizer,
    /// Close the detail.
    pub on_close: Callback<()>,
}

/// A labelled region with the facts as a description list.
#[function_component]
pub fn SignatoryDetail(props: &SignatoryDetailProps) -> Html {
    let t = &props.localizer;
    let dataset: &Dataset = &props.dataset.dataset;
    let Some(signatory) = dataset.signatories.get(props.index) else {
        return Html::default();
    };
    let on_close = props.on_close.clone();
    let name = t.pick(&signatory.name).to_owned();
    html! {
        <section class="smw-detail" aria-label={name.clone()} onkeydown={close_on_escape(props.on_close.clone())}>
            <h3 class="smw-detail-name" tabindex="-1" lang={signatory.name.language_of(t.lang()).to_owned()}>{ name }</h3>
            <dl class="smw-facts">
                <dt>{ t.text(Msg::DetailKind) }</dt>
                <dd>{ kind_swatch(signatory.kind) }{ kind_name(t, signatory.kind) }</dd>
                <dt>{ t.text(Msg::DetailLocation) }</dt>
                <dd>{ location_text(t, signatory) }</dd>
                // Areas every signatory shares are the agreement's, listed
                // once above: repeated here they would read as this
                // signatory's own pledge.
                if props.dataset.can_filter() {
                    <dt>{ t.text(Msg::DetailAreas) }</dt>
                    <dd>
                        <ul class="smw-detail-areas">
                            { for signatory.areas.iter().filter_map(|&a| dataset.areas.get(a)).map(|area| html! {
                                <li lang={area.label.language_of(t.lang()).to_owned()}>{ t.pick(&area.label) }</li>
                            }) }
                        </ul>
                    </dd>
                }
                if let Some(url) = signatory.safe_url() {
                    <dt>{ t.text(Msg::DetailWebsite) }</dt>
                    <dd><a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ display_url(url) }</a></dd>
                }
            </dl>
            <button type="button" class="smw-button smw-close" onclick={move |_| on_close.emit(())}>
                { t.text(Msg::DetailClose) }
            </button>
        </section>
    }
}

/// A URL without its scheme and trailing slash: what people read aloud.
fn display_url(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.strip_suffix('/').unwrap_or(rest)
}
