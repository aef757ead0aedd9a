//! The view's hooks, together: state and effects several components share,
//! each with one concern — where focus goes ([`focus`]), how the map is
//! dragged and pinched ([`map_gestures`]), and how a long list comes a page
//! at a time ([`paged_list`]). Hooks that need the browser itself (element
//! sizes, the wheel) are leaf adapters in [`crate::platform`].

pub mod focus;
pub mod map_gestures;
pub mod paged_list;
