//! The wheel over the map. Yew listens passively, which cannot stop the
//! page from scrolling; Ctrl/⌘ + wheel (and a trackpad pinch, which the
//! browser reports the same way) must zoom the map *instead of* the page,
//! so this one listener is registered by hand with `passive: false`.
//! A plain wheel is never cancelled: the article keeps scrolling.

use wasm_bindgen::prelude::*;
use web_sys::{AddEventListenerOptions, WheelEvent};
use yew::prelude::*;

use signatory_core::gesture::WheelInput;

/// Calls `on_wheel` for every wheel event over the element behind `node`.
#[hook]
pub fn use_wheel(node: NodeRef, on_wheel: Callback<WheelInput>) {
    use_effect_with(node, move |node| {
        let target: Option<web_sys::EventTarget> = node.get().map(Into::into);
        let element = node.clone();
        let listener = Closure::<dyn Fn(WheelEvent)>::new(move |event: WheelEvent| {
            let zoom = event.ctrl_key() || event.meta_key();
            if zoom {
                event.prevent_default();
            }
            let at = super::dom::point_in(
                &element,
                f64::from(event.client_x()),
                f64::from(event.client_y()),
            );
            on_wheel.emit(WheelInput {
                delta_y: event.delta_y(),
                delta_mode: event.delta_mode(),
                zoom,
                at,
            });
        });
        let options = AddEventListenerOptions::new();
        options.set_passive(false);
        if let Some(target) = &target {
            target
                .add_event_listener_with_callback_and_add_event_listener_options(
                    "wheel",
                    listener.as_ref().unchecked_ref(),
                    &options,
                )
                .ok();
        }
        move || {
            if let Some(target) = target {
                target
                    .remove_event_listener_with_callback("wheel", listener.as_ref().unchecked_ref())
                    .ok();
            }
            drop(listener);
        }
    });
}
