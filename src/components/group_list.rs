//! An opened group of overlapping markers: its members as a list of
//! buttons, so a signatory hidden under its neighbours is always reachable.

use yew::prelude::*;

use crate::components::close_on_escape;
use crate::components::hooks::paged_list::{use_paged_list, PagedList};
use crate::components::show_more::ShowMore;
use crate::components::symbol::kind_swatch;
use signatory_core::dataset::Dataset;
use signatory_core::i18n::{Localizer, Msg};

/// Props of [`GroupList`].
#[derive(Properties, PartialEq)]
pub struct GroupListProps {
    /// The data.
    pub dataset: std::rc::Rc<crate::state::LoadedData>,
    /// The group's members.
    pub members: Vec<usize>,
    /// Its accessible name ("3 signatories in Brussels").
    pub label: AttrValue,
    /// Language.
    pub localizer: Localizer,
    /// A member was chosen.
    pub on_select: Callback<usize>,
    /// Close the group.
    pub on_close: Callback<()>,
}

/// The members, and a close button.
#[function_component]
pub fn GroupList(props: &GroupListProps) -> Html {
    let t = &props.localizer;
    let dataset: &Dataset = &props.dataset.dataset;
    let on_close = props.on_close.clone();
    let PagedList {
        limit,
        on_more,
        node,
    } = use_paged_list(props.members.clone(), None);
    html! {
        <section class="smw-group" aria-label={props.label.clone()} onkeydown={close_on_escape(props.on_close.clone())}>
            <h3 class="smw-group-title" tabindex="-1">{ props.label.clone() }</h3>
            <ul class="smw-group-members" ref={node}>
                { for props.members.iter().take(limit).filter_map(|&i| dataset.signatories.get(i).map(|s| (i, s))).map(|(index, signatory)| {
                    let on_select = props.on_select.clone();
                    html! {
                        <li key={signatory.id.clone()}>
                            <button type="button" class="smw-list-item" data-id={signatory.id.clone()} onclick={move |_| on_select.emit(index)}>
                                { kind_swatch(signatory.kind) }
                                <span lang={signatory.name.language_of(t.lang()).to_owned()}>{ t.pick(&signatory.name) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <ShowMore shown={limit.min(props.members.len())} total={props.members.len()} localizer={t.clone()} {on_more} />
            <button type="button" class="smw-button smw-close" onclick={move |_| on_close.emit(())}>
                { t.text(Msg::GroupClose) }
            </button>
        </section>
    }
}
