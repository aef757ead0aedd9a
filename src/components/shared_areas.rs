//! The areas every signatory shares, shown once as what the agreement
//! covers, in place of a filter that could not narrow anything: when each
//! signatory has the same areas, every toggle would leave everyone shown.

use yew::prelude::*;

use crate::components::areas_name;
use signatory_core::dataset::{Area, LocalizedText};
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`SharedAreas`].
#[derive(Properties, PartialEq)]
pub struct SharedAreasProps {
    /// The areas all signatories share, in the dataset's order.
    pub areas: Vec<Area>,
    /// What the dataset calls its areas, if it says.
    pub label: Option<LocalizedText>,
    /// Whether the dataset lists every area (else "among others").
    pub complete: bool,
    /// How many signatories share them (all of them).
    pub signatories: usize,
    /// Language.
    pub localizer: Localizer,
}

/// "Areas of cooperation · all 15 signatories", the "among others" note
/// when the list is not complete, and the areas as a plain list: text, not
/// buttons, so nothing looks clickable that does nothing.
#[function_component]
pub fn SharedAreas(props: &SharedAreasProps) -> Html {
    let t = &props.localizer;
    if props.areas.is_empty() {
        return Html::default();
    }
    html! {
        <section class="smw-covers">
            <h3 class="smw-covers-title" id="smw-covers-title">
                { areas_name(t, props.label.as_ref()) }{ " · " }{ t.count(Msg::AreasSharedBy, props.signatories) }
            </h3>
            if !props.complete {
                <p class="smw-covers-note">{ t.text(Msg::AreasAmongOthers) }</p>
            }
            <ul class="smw-covers-list" aria-labelledby="smw-covers-title">
                { for props.areas.iter().map(|area| html! {
                    <li lang={area.label.language_of(t.lang()).to_owned()}>{ t.pick(&area.label) }</li>
                }) }
            </ul>
        </section>
    }
}
