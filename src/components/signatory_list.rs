//! The list of visible signatories: the map's accessible twin and the view
//! of choice on a narrow phone. Each entry opens the signatory's detail.
//! Long lists come a page at a time ([`crate::components::show_more`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::hooks::focus::FocusTarget;
use crate::components::hooks::paged_list::{use_paged_list, PagedList, SameRc};
use crate::components::show_more::ShowMore;
use crate::components::symbol::kind_swatch;
use crate::components::{kind_name, location_text};
use signatory_core::dataset::Dataset;
use signatory_core::filter::FilterResult;
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`SignatoryList`].
#[derive(Properties, PartialEq)]
pub struct SignatoryListProps {
    /// The data.
    pub dataset: Rc<crate::state::LoadedData>,
    /// The filter's result: which signatories are visible.
    pub filter: Rc<FilterResult>,
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
    let visible = &props.filter.visible;
    // The chosen signatory's entry is always on a shown page (it may have
    // been chosen on the map, far down the list).
    let position = props.selected.and_then(|i| visible.binary_search(&i).ok());
    let PagedList {
        limit,
        on_more,
        node: list,
    } = use_paged_list(SameRc(props.filter.clone()), position);
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
                let selector = FocusTarget::ListEntry(id.clone()).selector();
                crate::platform::scroll_into_view_within(&list, &selector);
            }
        });
    }
    html! {
        <div class="smw-list-box" ref={list}>
        <ul class="smw-list" aria-label={t.text(Msg::ListLabel)}>
            { for visible.iter().take(limit).filter_map(|&index| dataset.signatories.get(index).map(|s| (index, s))).map(|(index, signatory)| {
                let on_select = props.on_select.clone();
                let current = props.selected == Some(index);
                html! {
                    <li key={signatory.id.clone()}>
                        <button type="button" class={classes!("smw-list-item", current.then_some("is-selected"))}
                            aria-current={current.then_some("true")} data-id={signatory.id.clone()}
                            onclick={move |_| on_select.emit(index)}>
                            { kind_swatch(signatory.kind) }
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
        <ShowMore shown={limit.min(visible.len())} total={visible.len()} localizer={t.clone()} {on_more} />
        </div>
    }
}
