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

/// `x` written as SVG attributes and messages want it (`12.5`, `-3`): in
/// the browser by JavaScript's own shortest formatter, which the page has
/// anyway, instead of Rust's (several KB of WASM); on the host by Rust's,
/// which writes the same digits for the numbers a map has.
pub fn number_text(x: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(x)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.to_string()
    }
}

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
