//! The list of visible signatories: the map's accessible twin and the view
//! of choice on a narrow phone. Each entry opens the signatory's detail.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::focus::quoted;
use crate::components::symbol::KindSwatch;
use crate::components::{kind_name, location_text};
use crate::core::dataset::Dataset;
use crate::core::i18n::Localizer;

/// Props of [`SignatoryList`].
#[derive(Properties, PartialEq)]
pub struct SignatoryListProps {
    /// The data.
    pub dataset: Rc<crate::state::LoadedData>,
    /// Indices of the visible signatories.
    pub visible: Vec<usize>,
    /// The signatory whose detail is open.
    pub selected: Option<usize>,
    /// Language.
    pub localizer: Localizer,
    /// An entry was chosen.
    pub on_select: Callback<usize>,
}

/// A list of buttons, in dataset order.
#[function_component]
pub fn SignatoryList(props: &SignatoryListProps) -> Html {
    let t = &props.localizer;
    let dataset: &Dataset = &props.dataset.dataset;
    let list = use_node_ref();
    {
        // A marker chosen on the map: bring its entry into view in the
        // list's own scroll box (the page itself never scrolls).
        let list = list.clone();
        let id = props
            .selected
            .and_then(|i| dataset.signatories.get(i))
            .map(|s| s.id.clone());
        use_effect_with(id, move |id| {
            if let Some(id) = id {
                let selector = format!(".smw-list-item[data-id={}]", quoted(id));
                crate::platform::scroll_into_view_within(&list, &selector);
            }
        });
    }
    html! {
        <ul class="smw-list" ref={list} aria-label={t.text("list-label")}>
            { for props.visible.iter().filter_map(|&index| dataset.signatories.get(index).map(|s| (index, s))).map(|(index, signatory)| {
                let on_select = props.on_select.clone();
                let current = props.selected == Some(index);
                html! {
                    <li key={signatory.id.clone()}>
                        <button type="button" class={classes!("smw-list-item", current.then_some("is-selected"))}
                            aria-current={current.then_some("true")} data-id={signatory.id.clone()}
                            onclick={move |_| on_select.emit(index)}>
                            <KindSwatch kind={signatory.kind} />
                            <span class="smw-list-name" lang={signatory.name.language_of(t.lang()).to_owned()}>
                                { t.pick(&signatory.name) }
                            </span>
                            <span class="smw-list-meta">
                                { kind_name(t, signatory.kind) }{ " · " }{ location_text(t, signatory) }
                            </span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
