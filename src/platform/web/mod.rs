//! The browser's leaf adapters: locale rules from `Intl`, element sizes
//! from `ResizeObserver`, the wheel, DOM focus and geometry. Kept thin:
//! every decision is made by the core, the state or the view.

mod dom;
mod intl;
mod resize;
mod wheel;

pub use dom::{
    capture_pointer, covered_from_below, focus_first, focus_leaves, is_on_control, point_in,
    scroll_into_view_within, uses_command_key, Timeout,
};
pub use intl::BrowserRules;
pub use resize::{use_clamped, use_element_size};
pub use wheel::use_wheel;
