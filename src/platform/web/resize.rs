//! The size of an element, kept current with a `ResizeObserver`, so the
//! map follows its container (an article column, a tab shown later) rather
//! than the window.

use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::core::viewport::ScreenSize;

/// Used until the first measurement arrives (and while the element is hidden).
const FALLBACK: ScreenSize = ScreenSize {
    width: 720.0,
    height: 405.0,
};

/// The current content size of the element behind `node`.
#[hook]
pub fn use_element_size(node: NodeRef) -> ScreenSize {
    let size = use_state_eq(|| FALLBACK);
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>().ok() else {
                    return;
                };
                let rect = entry.content_rect();
                // A hidden element measures 0×0: keep the last real size.
                if rect.width() >= 1.0 && rect.height() >= 1.0 {
                    size.set(ScreenSize {
                        width: rect.width(),
                        height: rect.height(),
                    });
                }
            });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, node.get()) {
                if let Ok(element) = element.dyn_into::<web_sys::Element>() {
                    observer.observe(&element);
                }
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *size
}
