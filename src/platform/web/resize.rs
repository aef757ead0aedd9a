//! The size of an element, kept current with a `ResizeObserver`, so the
//! map follows its container (an article column, a tab shown later) rather
//! than the window.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::core::viewport::ScreenSize;

/// In a browser the size is measured: markers wait for it (see
/// `WidgetState::size_measured`).
pub const MEASURES_LAYOUT: bool = true;

/// Used when the element is hidden at its first measurement (it measures
/// 0×0): drawn at a typical size, and redrawn once it is shown.
const FALLBACK: ScreenSize = ScreenSize {
    width: 720.0,
    height: 405.0,
};

/// Changes smaller than this (CSS px) are rounding, not a resize: the first
/// measurement is in whole pixels, the observer's in fractions, and a
/// re-render of thousands of markers for half a pixel is not worth it.
const SMALLEST_CHANGE: f64 = 0.5;

/// The current content size of the element behind `node`; `None` until it
/// has been measured.
///
/// Measured once as soon as the element is in the page, so the drawing at
/// the right size is the very next render rather than waiting a frame for
/// the observer's first report; a `ResizeObserver` follows it from there.
#[hook]
pub fn use_element_size(node: NodeRef) -> Option<ScreenSize> {
    let size = use_state_eq(|| None);
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let last: Rc<Cell<Option<ScreenSize>>> = Rc::new(Cell::new(None));
            let update = move |width: f64, height: f64| {
                let previous = last.get();
                let next = if width < 1.0 || height < 1.0 {
                    // A hidden element measures 0×0: keep the last real
                    // size (at first, the typical one).
                    match previous {
                        Some(_) => return,
                        None => FALLBACK,
                    }
                } else {
                    let measured = ScreenSize { width, height };
                    match previous {
                        Some(previous)
                            if (width - previous.width).abs() < SMALLEST_CHANGE
                                && (height - previous.height).abs() < SMALLEST_CHANGE =>
                        {
                            return
                        }
                        _ => measured,
                    }
                };
                last.set(Some(next));
                size.set(Some(next));
            };
            let element = node.cast::<Element>();
            if let Some(element) = &element {
                update(
                    f64::from(element.client_width()),
                    f64::from(element.client_height()),
                );
            }
            let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                    let rect = entry.content_rect();
                    update(rect.width(), rect.height());
                }
            });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, &element) {
                observer.observe(element);
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
