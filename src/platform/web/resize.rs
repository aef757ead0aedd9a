//! The size of an element, kept current with a `ResizeObserver`, so the
//! map follows its container (an article column, a tab shown later) rather
//! than the window.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use signatory_core::measure::next_size;
use signatory_core::viewport::ScreenSize;

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
                if let Some(next) = next_size(last.get(), width, height) {
                    last.set(Some(next));
                    size.set(Some(next));
                }
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

/// Whether some `.smw-clamp` text inside the element behind `node` is cut
/// short by its line clamp (it is taller than it is shown).
#[hook]
pub fn use_clamped(node: NodeRef) -> bool {
    use_observed(node, |element| {
        let Ok(clamped) = element.query_selector_all(".smw-clamp") else {
            return false;
        };
        (0..clamped.length())
            .filter_map(|index| clamped.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .any(|text| text.scroll_height() > text.client_height() + 1)
    })
}

/// A `ResizeObserver` that stops observing when dropped (with the
/// component that holds it), before its callback is freed.
struct Observer {
    observer: ResizeObserver,
    _on_resize: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// `measure(element)` of the element behind `node` (false until it is in
/// the page): taken after every render and whenever the element's size
/// changes, so what depends on layout (how text wraps) follows width,
/// language and data. A yes or no, not a generic value: every hook
/// instantiated for another type costs every reader bytes.
#[hook]
fn use_observed(node: NodeRef, measure: fn(&Element) -> bool) -> bool {
    let value = use_state_eq(|| false);
    let observer = use_mut_ref(|| None::<Observer>);
    {
        let value = value.clone();
        use_effect(move || {
            let Some(element) = node.cast::<Element>() else {
                return;
            };
            value.set(measure(&element));
            let mut observer = observer.borrow_mut();
            if observer.is_none() {
                let observed = element.clone();
                let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |_: js_sys::Array| {
                    value.set(measure(&observed));
                });
                *observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())
                    .ok()
                    .map(|resize| {
                        resize.observe(&element);
                        Observer {
                            observer: resize,
                            _on_resize: on_resize,
                        }
                    });
            }
        });
    }
    *value
}
