//! The few imperative DOM calls the view needs: focus (into a panel when it
//! opens, back to what opened it when it closes), pointer capture and
//! positions for gestures, scrolling the list to an entry, and timers.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use signatory_core::viewport::ScreenPoint;

/// Focuses the first element inside `root` matching one of `selectors`,
/// tried in order (the opener first, then fallbacks); `false` if none
/// matched. Works for HTML and SVG elements alike.
pub fn focus_first(root: &NodeRef, selectors: &[String]) -> bool {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return false;
    };
    for selector in selectors {
        if let Ok(Some(target)) = root.query_selector(selector) {
            target.unchecked_into::<web_sys::HtmlElement>().focus().ok();
            return true;
        }
    }
    false
}

/// Routes the rest of this pointer's events to `element`, so a drag
/// continues when the pointer leaves it. (Not the event's `currentTarget`:
/// Yew delegates events from its root, so that would be the root.)
pub fn capture_pointer(element: &NodeRef, pointer_id: i32) {
    if let Some(element) = element.cast::<web_sys::Element>() {
        element.set_pointer_capture(pointer_id).ok();
    }
}

/// Where a viewport position (`clientX`, `clientY`) falls inside `element`,
/// in its own CSS pixels from its top-left corner — the pixels the map is
/// laid out and drawn in. News pages scale embeds (`transform: scale()`,
/// `zoom`, AMP and preview frames): the element's on-screen box then
/// differs from its layout size, and the pointer's offset is divided by
/// that ratio, so a drag moves the map exactly as far as the pointer and a
/// zoom stays centred on it.
pub fn point_in(element: &NodeRef, client_x: f64, client_y: f64) -> ScreenPoint {
    let Some(element) = element.cast::<web_sys::HtmlElement>() else {
        return ScreenPoint {
            x: client_x,
            y: client_y,
        };
    };
    let rect = element.get_bounding_client_rect();
    let scale = |shown: f64, laid_out: i32| {
        if laid_out > 0 && shown > 0.0 {
            shown / f64::from(laid_out)
        } else {
            1.0
        }
    };
    ScreenPoint {
        x: (client_x - rect.left()) / scale(rect.width(), element.offset_width()),
        y: (client_y - rect.top()) / scale(rect.height(), element.offset_height()),
    }
}

/// Whether focus is moving from inside the element behind `node` to
/// another element outside it (not to nothing: a click on plain text, or
/// the window losing focus, leaves things as they are).
pub fn focus_leaves(node: &NodeRef, event: &web_sys::FocusEvent) -> bool {
    let Some(container) = node.cast::<web_sys::Node>() else {
        return false;
    };
    event
        .related_target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|target| !container.contains(Some(&target)))
}

/// How many pixels of the bottom of the element matching `under` the
/// element matching `over` covers (both inside `root`; 0 when either is
/// missing or not drawn, or when they sit side by side).
pub fn covered_from_below(root: &NodeRef, under: &str, over: &str) -> f64 {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return 0.0;
    };
    let rect = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .map(|e| e.get_bounding_client_rect())
            .filter(|r| r.width() > 0.0 && r.height() > 0.0)
    };
    let (Some(under), Some(over)) = (rect(under), rect(over)) else {
        return 0.0;
    };
    let side_by_side = over.left() >= under.right() || over.right() <= under.left();
    if side_by_side || over.top() >= under.bottom() {
        return 0.0;
    }
    (under.bottom() - over.top().max(under.top())).min(under.height())
}

/// Whether an event started on something with its own click meaning (a
/// marker, a button, a link) rather than the map's background.
pub fn is_on_control(event: &web_sys::PointerEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button, a, [role=button]").ok().flatten())
        .is_some()
}

/// Scrolls `container` (and only it, never the page) so the first element
/// matching `selector` inside it is fully visible: left alone if it is,
/// else centred. Centred, not flush with an edge: entries the browser has
/// not laid out yet (`content-visibility: auto`) are measured at an
/// estimated height until they come into view, so the entry may still move
/// by a few pixels once they are drawn.
pub fn scroll_into_view_within(container: &NodeRef, selector: &str) {
    let Some(container) = container.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(item)) = container.query_selector(selector) else {
        return;
    };
    let (outer, inner) = (
        container.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let top = inner.top() - outer.top() - f64::from(container.client_top());
    let bottom = top + inner.height();
    let visible = f64::from(container.client_height());
    let scroll = f64::from(container.scroll_top());
    if top < 0.0 || bottom > visible {
        let centred = scroll + top - (visible - inner.height()).max(0.0) / 2.0;
        container.set_scroll_top(centred.round() as i32);
    }
}

/// A pending `setTimeout`, cleared when dropped (so a component that goes
/// away leaves no timer behind).
pub struct Timeout {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Runs `callback` once after `millis` milliseconds.
    pub fn new(millis: i32, callback: impl FnOnce() + 'static) -> Option<Timeout> {
        let mut callback = Some(callback);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(callback) = callback.take() {
                callback();
            }
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                millis,
            )
            .ok()?;
        Some(Timeout {
            id,
            _callback: closure,
        })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// Whether the reader's keyboard says ⌘ rather than Ctrl (Apple devices),
/// so the wheel hint names the key they actually have.
pub fn uses_command_key() -> bool {
    thread_local! {
        // Asked once: the platform does not change, and the map asks on
        // every render.
        static COMMAND_KEY: bool = web_sys::window()
            .and_then(|w| w.navigator().platform().ok())
            .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"));
    }
    COMMAND_KEY.with(|command| *command)
}
