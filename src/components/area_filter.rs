//! The pledge-area filter: one toggle per area with its live count, and an
//! "All areas" toggle that is pressed when none is (see `core::filter` for
//! the semantics).

use yew::prelude::*;

use crate::core::dataset::Area;
use crate::core::filter::{AreaSelection, FilterResult};
use crate::core::i18n::Localizer;

/// Props of [`AreaFilter`].
#[derive(Properties, PartialEq)]
pub struct AreaFilterProps {
    /// The dataset's areas.
    pub areas: Vec<Area>,
    /// The pressed toggles.
    pub selection: AreaSelection,
    /// Counts per area.
    pub filter: std::rc::Rc<FilterResult>,
    /// Total number of signatories (the "All areas" count).
    pub total: usize,
    /// Language.
    pub localizer: Localizer,
    /// A toggle was pressed.
    pub on_toggle: Callback<usize>,
    /// "All areas" was pressed.
    pub on_clear: Callback<()>,
}

/// The toggles, wrapping onto as many lines as the width needs.
#[function_component]
pub fn AreaFilter(props: &AreaFilterProps) -> Html {
    let t = &props.localizer;
    let on_clear = props.on_clear.clone();
    html! {
        <fieldset class="smw-filter">
            <legend class="smw-filter-legend">{ t.text("filter-legend") }</legend>
            <div class="smw-filter-buttons">
                <button type="button" class="smw-chip smw-chip-all"
                    aria-pressed={props.selection.is_empty().to_string()}
                    onclick={move |_| on_clear.emit(())}>
                    <span class="smw-chip-label">{ t.text("filter-all") }</span>
                    <span class="smw-chip-count">{ t.number(props.total as f64) }</span>
                </button>
                { for props.areas.iter().enumerate().map(|(index, area)| {
                    let on_toggle = props.on_toggle.clone();
                    let count = props.filter.area_counts.get(index).copied().unwrap_or(0);
                    html! {
                        <button type="button" class="smw-chip" data-area={area.id.clone()}
                            aria-pressed={props.selection.is_selected(index).to_string()}
                            onclick={move |_| on_toggle.emit(index)}>
                            <span class="smw-chip-label" lang={area.label.language_of(t.lang()).to_owned()}>
                                { t.pick(&area.label) }
                            </span>
                            <span class="smw-chip-count">{ t.number(count as f64) }</span>
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
