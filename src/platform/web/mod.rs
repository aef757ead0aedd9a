//! Browser glue: the handle JavaScript talks to, data loading, locale rules
//! from `Intl`, and element sizes from `ResizeObserver`. Kept thin: every
//! decision is made by the core or the view.

mod dom;
mod handle;
mod intl;
mod load;
mod resize;
mod root;
mod wheel;

pub use dom::{
    capture_pointer, covered_from_below, focus_first, focus_leaves, is_on_control, point_in,
    scroll_into_view_within, uses_command_key, Timeout,
};
pub use handle::SignatoryMap;
pub use intl::BrowserRules;
pub use load::object_to_loaded_data;
pub use resize::{use_clamped, use_element_size, MEASURES_LAYOUT};
pub use wheel::use_wheel;
