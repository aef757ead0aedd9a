//! Host implementations, for native tests and build-time rendering.
//!
//! Locale rules come from `signatory-native-locale` (ICU4X), shared with the
//! command-line tool; none of this ships to readers.

use yew::prelude::*;

use signatory_core::gesture::WheelInput;
use signatory_core::viewport::{ScreenPoint, ScreenSize};

pub use signatory_native_locale::NativeRules;

/// Off the browser there is no layout: components see a typical desktop
/// article-column size.
#[hook]
pub fn use_element_size(_node: NodeRef) -> Option<ScreenSize> {
    Some(ScreenSize {
        width: 720.0,
        height: 405.0,
    })
}

/// No layout without a browser: no text is cut by a line clamp yet.
#[hook]
pub fn use_clamped(_node: NodeRef) -> bool {
    false
}

/// Nothing to focus without a browser.
pub fn focus_first(_root: &NodeRef, _selectors: &[String]) -> bool {
    false
}

/// No pointers without a browser.
pub fn capture_pointer(_element: &NodeRef, _pointer_id: i32) {}

/// Without layout, element positions are their viewport positions.
pub fn point_in(_element: &NodeRef, client_x: f64, client_y: f64) -> ScreenPoint {
    ScreenPoint {
        x: client_x,
        y: client_y,
    }
}

/// Nothing covers anything without a layout.
pub fn covered_from_below(_root: &NodeRef, _under: &str, _over: &str) -> f64 {
    0.0
}

/// No focus without a browser.
pub fn focus_leaves(_node: &NodeRef, _event: &FocusEvent) -> bool {
    false
}

/// No event targets without a browser.
pub fn is_on_control(_event: &PointerEvent) -> bool {
    false
}

/// Nothing scrolls without a browser.
pub fn scroll_into_view_within(_container: &NodeRef, _selector: &str) {}

/// No wheel without a browser.
#[hook]
pub fn use_wheel(_node: NodeRef, _on_wheel: Callback<WheelInput>) {}

/// Server-rendered text names Ctrl.
pub fn uses_command_key() -> bool {
    false
}

/// Timers never fire off the browser (server rendering draws one frame).
pub struct Timeout;

impl Timeout {
    /// Drops `callback`: there is no event loop to run it.
    pub fn new(_millis: i32, _callback: impl FnOnce() + 'static) -> Option<Timeout> {
        None
    }
}
