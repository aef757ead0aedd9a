//! Focus and pointer capture: the two imperative DOM calls the view needs
//! (focus into a detail when it opens, back to what opened it when it
//! closes; keep receiving a drag's moves when the pointer leaves the map).

use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Focuses the first element matching `selector` inside `root`, if any.
/// Works for HTML and SVG elements alike (`focus()` is on both).
pub fn focus_first(root: &NodeRef, selector: &str) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(target)) = root.query_selector(selector) {
        target.unchecked_into::<web_sys::HtmlElement>().focus().ok();
    }
}

/// Routes the rest of this pointer's events to `element`, so a drag
/// continues when the pointer leaves it. (Not the event's `currentTarget`:
/// Yew delegates events from its root, so that would be the root.)
pub fn capture_pointer(element: &NodeRef, pointer_id: i32) {
    if let Some(element) = element.cast::<web_sys::Element>() {
        element.set_pointer_capture(pointer_id).ok();
    }
}
