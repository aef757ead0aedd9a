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

/// Shared by the root and the panels it renders; cheap to clone.
#[derive(Clone)]
pub struct FocusControl {
    request: Rc<RefCell<Vec<String>>>,
    openers: Rc<RefCell<Vec<Vec<String>>>>,
    dispatch: Callback<Action>,
}

impl PartialEq for FocusControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.request, &other.request)
    }
}

impl FocusControl {
    /// Opens a panel with `action`, focusing `target` once it is drawn and
    /// remembering `opener` (selectors, best first) to come back to.
    pub fn open(&self, opener: Vec<String>, target: &str, action: Action) {
        self.openers.borrow_mut().push(opener);
        *self.request.borrow_mut() = vec![target.to_owned()];
        self.dispatch.emit(action);
    }

    /// Focuses the element matching `selector` after the next render.
    pub fn request(&self, selector: &str) {
        *self.request.borrow_mut() = vec![selector.to_owned()];
    }

    /// Closes a panel with `action` and focuses what opened it, else the
    /// first of `fallbacks` that exists.
    pub fn close(&self, fallbacks: Vec<String>, action: Action) {
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
            let selectors = std::mem::take(&mut *request.borrow_mut());
            if !selectors.is_empty() {
                crate::platform::focus_first(&root, &selectors);
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
pub fn quoted(value: &str) -> String {
    let safe: String = value.chars().filter(|c| *c != '"' && *c != '\\').collect();
    format!("\"{safe}\"")
}
