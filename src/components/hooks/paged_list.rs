//! A list shown a page at a time: the hook behind every paged list (the
//! signatories, a group's members) and its "Show more" button
//! ([`crate::components::show_more::ShowMore`]).

use std::rc::Rc;

use yew::prelude::*;

use super::focus::{focus_first, FocusTarget};

/// Entries added per page: enough to fill a tall list box several times,
/// few enough that re-rendering them stays well inside one frame.
pub const PAGE_SIZE: usize = 50;

/// A list shown a page at a time (see [`use_paged_list`]).
pub struct PagedList {
    /// How many entries to show.
    pub limit: usize,
    /// Shows the next page and moves focus to its first entry.
    pub on_more: Callback<()>,
    /// The element holding the list's `<li>` entries (and its button), in
    /// which focus is moved.
    pub node: NodeRef,
}

/// How many entries of a list to show, the callback that shows another
/// page, and the node to put on the list. Every paged list behaves alike:
///
/// - after "Show more", focus moves to the first new entry, so keyboard and
///   screen-reader users carry on reading where the last page ended;
/// - the entry at position `reveal` (one chosen elsewhere, such as a
///   marker on the map) is always on a shown page: its page comes in, and
///   stays when it is no longer chosen;
/// - the count goes back to one page when `list` changes (a new filter
///   result or another group), so a new list never opens half-way down.
#[hook]
pub fn use_paged_list<K: PartialEq + Clone + 'static>(list: K, reveal: Option<usize>) -> PagedList {
    let shown = use_state(|| (list.clone(), PAGE_SIZE));
    let node = use_node_ref();
    let first_new = use_mut_ref(|| None::<usize>);
    let kept = if shown.0 == list { shown.1 } else { PAGE_SIZE };
    let needed = reveal.map_or(0, |position| (position / PAGE_SIZE + 1) * PAGE_SIZE);
    let limit = kept.max(needed);
    {
        // After the render: keep a page brought in for `reveal` (closing the
        // detail must not take away the entry focus returns to), and after
        // "Show more", focus the first new entry.
        let (shown, list, node, first_new) =
            (shown.clone(), list.clone(), node.clone(), first_new.clone());
        use_effect(move || {
            if needed > kept {
                shown.set((list, needed));
            }
            if let Some(position) = first_new.borrow_mut().take() {
                focus_first(&node, &[FocusTarget::ListPosition(position)]);
            }
        });
    }
    let on_more = Callback::from(move |()| {
        *first_new.borrow_mut() = Some(limit);
        shown.set((list.clone(), limit + PAGE_SIZE));
    });
    PagedList {
        limit,
        on_more,
        node,
    }
}

/// A list's identity for [`use_paged_list`]: the same shared value, not
/// merely an equal one (comparing 10,000 indices on every render is the
/// work paging avoids).
#[derive(Clone)]
pub struct SameRc<T>(pub Rc<T>);

impl<T> PartialEq for SameRc<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
