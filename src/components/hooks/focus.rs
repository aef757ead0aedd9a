//! Where keyboard focus goes when panels open and close.
//!
//! Opening a detail or a group moves focus into it; closing it (button or
//! Escape) returns focus to whatever opened it — the marker, the list entry
//! or the group member — falling back to the list entry or the map when
//! that is gone (filtered out, regrouped by a zoom). Openers are kept on a
//! stack because a group can open a detail on top of itself.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::Action;

/// Every place the view sends focus to, named by what it is rather than
/// by a CSS selector: [`FocusTarget::selector`] is the one place that knows
/// how each is found in the DOM, so a class renamed in a component is
/// renamed here, and nowhere else.
#[derive(Debug, Clone, PartialEq)]
pub enum FocusTarget {
    /// A single marker, by its key (its signatory's id).
    Marker(String),
    /// A group marker, by its key (see [`crate::components::group_key`]).
    GroupMarker(String),
    /// A single or group marker, by its key (the markers' roving focus).
    AnyMarker(String),
    /// A signatory's entry in the list, by its id.
    ListEntry(String),
    /// A member's entry in the open group's list, by its id.
    GroupMember(String),
    /// The entry at this position (from 0) of a list.
    ListPosition(usize),
    /// The open detail's heading.
    DetailName,
    /// The open group's heading.
    GroupTitle,
    /// The map.
    Map,
    /// The status line ("Showing…", "Loading…", the error).
    Status,
    /// The button that folds and unfolds the area toggles.
    FilterToggle,
}

impl FocusTarget {
    /// The CSS selector that finds it.
    pub fn selector(&self) -> String {
        match self {
            FocusTarget::Marker(key) => format!(".smw-marker[data-key={}]", quoted(key)),
            FocusTarget::GroupMarker(key) => {
                format!(".smw-group-marker[data-key={}]", quoted(key))
            }
            FocusTarget::AnyMarker(key) => format!("[data-key={}]", quoted(key)),
            FocusTarget::ListEntry(id) => {
                format!(".smw-list .smw-list-item[data-id={}]", quoted(id))
            }
            FocusTarget::GroupMember(id) => {
                format!(".smw-group-members .smw-list-item[data-id={}]", quoted(id))
            }
            FocusTarget::ListPosition(position) => {
                format!("li:nth-child({}) .smw-list-item", position + 1)
            }
            FocusTarget::DetailName => ".smw-detail-name".into(),
            FocusTarget::GroupTitle => ".smw-group-title".into(),
            FocusTarget::Map => ".smw-map".into(),
            FocusTarget::Status => ".smw-status".into(),
            FocusTarget::FilterToggle => ".smw-filter-toggle".into(),
        }
    }
}

/// Focuses the first of `targets` found inside the element behind `root`;
/// false when none is there.
pub fn focus_first(root: &NodeRef, targets: &[FocusTarget]) -> bool {
    let selectors: Vec<String> = targets.iter().map(FocusTarget::selector).collect();
    crate::platform::focus_first(root, &selectors)
}

/// Shared by the root and the panels it renders; cheap to clone.
#[derive(Clone)]
pub struct FocusControl {
    request: Rc<RefCell<Vec<FocusTarget>>>,
    openers: Rc<RefCell<Vec<Vec<FocusTarget>>>>,
    dispatch: Callback<Action>,
}

impl PartialEq for FocusControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.request, &other.request)
    }
}

impl FocusControl {
    /// Opens a panel with `action`, focusing `target` once it is drawn and
    /// remembering `opener` (best first) to come back to.
    pub fn open(&self, opener: Vec<FocusTarget>, target: FocusTarget, action: Action) {
        self.openers.borrow_mut().push(opener);
        *self.request.borrow_mut() = vec![target];
        self.dispatch.emit(action);
    }

    /// Focuses `target` after the next render.
    pub fn request(&self, target: FocusTarget) {
        *self.request.borrow_mut() = vec![target];
    }

    /// Closes a panel with `action` and focuses what opened it, else the
    /// first of `fallbacks` that exists.
    pub fn close(&self, fallbacks: Vec<FocusTarget>, action: Action) {
        let mut selectors = self.openers.borrow_mut().pop().unwrap_or_default();
        selectors.extend(fallbacks);
        *self.request.borrow_mut() = selectors;
        self.dispatch.emit(action);
    }
}

/// The root's focus control: after each render it moves focus where the
/// last open/close asked, inside `root`. `panels_open` false forgets the
/// openers (panels closed by a filter or new data, not by the reader).
#[hook]
pub fn use_focus_control(
    root: NodeRef,
    dispatch: Callback<Action>,
    panels_open: bool,
) -> FocusControl {
    let request = use_mut_ref(Vec::new);
    let openers = use_mut_ref(Vec::new);
    {
        let (request, openers) = (request.clone(), openers.clone());
        use_effect(move || {
            let targets = std::mem::take(&mut *request.borrow_mut());
            if !targets.is_empty() {
                focus_first(&root, &targets);
            }
            if !panels_open {
                openers.borrow_mut().clear();
            }
        });
    }
    FocusControl {
        request,
        openers,
        dispatch,
    }
}

/// A CSS attribute selector value, quoted. Ids are validated to letters,
/// digits, `-_.:` (see `core::validate`), so no escaping is needed beyond
/// refusing a quote or backslash.
fn quoted(value: &str) -> String {
    let safe: String = value.chars().filter(|c| *c != '"' && *c != '\\').collect();
    format!("\"{safe}\"")
}

#[cfg(test)]
mod tests {
    use super::FocusTarget;

    #[test]
    fn each_target_is_found_by_its_own_selector() {
        assert_eq!(
            FocusTarget::ListEntry("deutsche-telekom".into()).selector(),
            ".smw-list .smw-list-item[data-id=\"deutsche-telekom\"]"
        );
        assert_eq!(
            FocusTarget::GroupMarker("group+3".into()).selector(),
            ".smw-group-marker[data-key=\"group+3\"]"
        );
        assert_eq!(
            FocusTarget::ListPosition(0).selector(),
            "li:nth-child(1) .smw-list-item"
        );
    }

    #[test]
    fn a_quote_in_an_id_cannot_break_out_of_the_selector() {
        assert_eq!(
            FocusTarget::Marker("a\"] *, [x=\"\\".into()).selector(),
            ".smw-marker[data-key=\"a] *, [x=\"]"
        );
    }
}
