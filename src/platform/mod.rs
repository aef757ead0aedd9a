//! What differs between the browser and the host: locale rules, element
//! size, and (in the browser) the handle JavaScript talks to.
//!
//! Everything browser-specific sits behind `cfg(target_arch = "wasm32")` in
//! `web`; `native` gives tests and build tools the same interfaces. (Not
//! links: each module exists only on its own target, so `cargo doc` on the
//! other one could not resolve it.)

#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use native::{
    capture_pointer, covered_from_below, focus_first, focus_leaves, is_on_control, point_in,
    scroll_into_view_within, use_clamped, use_element_size, use_wheel, uses_command_key,
    NativeRules as PlatformRules, Timeout,
};
#[cfg(target_arch = "wasm32")]
pub use web::{
    capture_pointer, covered_from_below, focus_first, focus_leaves, is_on_control, point_in,
    scroll_into_view_within, use_clamped, use_element_size, use_wheel, uses_command_key,
    BrowserRules as PlatformRules, Timeout,
};
