//! The pledge-area filter: one toggle per area with its live count, and an
//! "All areas" toggle that is pressed when none is (see `core::filter` for
//! the semantics).

use yew::prelude::*;

use crate::components::hooks::focus::{focus_first, FocusTarget};

use signatory_core::dataset::Area;
use signatory_core::filter::{AreaSelection, FilterResult};
use signatory_core::i18n::{Localizer, MessageArg, Msg};

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

/// The most areas shown as toggles inline on a wide widget; a pledge with
/// more has them folded behind the disclosure button at any width, so it
/// never pushes the map out of the widget's fixed box. (Fewer, long ones
/// wrap onto at most a few lines and scroll within them: the stylesheet
/// caps their height.) Decided by the data, not measured, so the
/// prerendered snapshot and the live widget always agree.
pub const INLINE_MAX_AREAS: usize = 12;

/// The toggles: inline on a wide widget with up to [`INLINE_MAX_AREAS`]
/// areas; otherwise (and always on a narrow one, by the stylesheet) folded
/// behind a button, opening over the content below — the map never moves —
/// and closing on Escape or when focus moves out of the filter.
#[function_component]
pub fn AreaFilter(props: &AreaFilterProps) -> Html {
    let t = &props.localizer;
    let on_clear = props.on_clear.clone();
    let expanded = use_state_eq(|| false);
    let fieldset = use_node_ref();
    let folded = props.areas.len() > INLINE_MAX_AREAS;
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    // A fold left open must not hide what focus moves on to (the map,
    // the list): it closes when focus leaves the filter.
    let onfocusout = {
        let (expanded, fieldset) = (expanded.clone(), fieldset.clone());
        Callback::from(move |event: FocusEvent| {
            if crate::platform::focus_leaves(&fieldset, &event) {
                expanded.set(false);
            }
        })
    };
    let onkeydown = {
        let (expanded, fieldset) = (expanded.clone(), fieldset.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *expanded {
                event.prevent_default();
                expanded.set(false);
                focus_first(&fieldset, &[FocusTarget::FilterToggle]);
            }
        })
    };
    let selected = props.selection.areas().len();
    html! {
        <fieldset class={classes!("smw-filter", folded.then_some("is-folded"))} ref={fieldset} {onfocusout} {onkeydown}>
            <legend class="smw-filter-legend">{ t.text(Msg::FilterLegend) }</legend>
            // Shown when folded (and always on a narrow widget): seven
            // wrapped toggles would push the map off a phone's screen.
            <button type="button" class="smw-button smw-filter-toggle" aria-expanded={expanded.to_string()}
                aria-controls="smw-filter-buttons" onclick={toggle}>
                <span>{ t.text(Msg::FilterLegend) }</span>
                if selected > 0 {
                    <span class="smw-filter-toggle-count">{ t.format(Msg::FilterToggleSelected, &[("count", MessageArg::Number(selected as f64))]) }</span>
                }
                <svg class="smw-chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M4 6l4 4 4-4" />
                </svg>
            </button>
            <div id="smw-filter-buttons" class={classes!("smw-filter-fold", expanded.then_some("is-open"))}>
            <div class="smw-filter-buttons">
                <button type="button" class="smw-chip smw-chip-all"
                    aria-pressed={props.selection.is_empty().to_string()}
                    onclick={move |_| on_clear.emit(())}>
                    <span class="smw-chip-label">{ t.text(Msg::FilterAll) }</span>
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
            </div>
        </fieldset>
    }
}
