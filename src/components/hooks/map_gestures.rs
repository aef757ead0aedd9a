//! Pointer and wheel input on the map, turned into actions by the core's
//! [`GestureTracker`]: mouse, pen and finger drags pan, two fingers pinch,
//! a double-click or double-tap on the background zooms in there, and
//! Ctrl/⌘ + wheel zooms at the pointer. A plain wheel is left to the page
//! (the article keeps scrolling) and only shows a short hint.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::{capture_pointer, is_on_control, point_in, use_wheel, Timeout};
use crate::state::{Action, ZOOM_STEP};
use signatory_core::gesture::{Gesture, GestureTracker, PointerKind, WheelInput};

/// How long the "hold Ctrl to zoom" hint stays up after the last wheel.
const HINT_MILLIS: i32 = 1600;

/// The handlers to put on the map element, and what the view shows.
pub struct MapGestures {
    /// `onpointerdown`.
    pub down: Callback<PointerEvent>,
    /// `onpointermove`.
    pub moved: Callback<PointerEvent>,
    /// `onpointerup`.
    pub up: Callback<PointerEvent>,
    /// `onpointercancel` (the browser took a vertical swipe for scrolling).
    pub cancel: Callback<PointerEvent>,
    /// A drag or pinch is under way (grabbing cursor, no text selection).
    pub dragging: bool,
    /// The wheel hint should be shown.
    pub wheel_hint: bool,
}

fn to_actions(gesture: Gesture) -> Vec<Action> {
    match gesture {
        Gesture::Pan { dx, dy } => vec![Action::Pan(dx, dy)],
        Gesture::Pinch { dx, dy, factor, at } => {
            vec![Action::Pan(dx, dy), Action::ZoomAt(factor, at)]
        }
        Gesture::DoubleTap { at } => vec![Action::ZoomAt(ZOOM_STEP, at)],
    }
}

/// Wires the map element behind `map` to `dispatch`.
#[hook]
pub fn use_map_gestures(map: NodeRef, dispatch: Callback<Action>) -> MapGestures {
    let tracker = use_mut_ref(GestureTracker::default);
    let dragging = use_state_eq(|| false);
    let wheel_hint = use_state_eq(|| false);
    let hint_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    let emit = {
        let dispatch = dispatch.clone();
        move |gesture: Option<Gesture>| {
            for action in gesture.into_iter().flat_map(to_actions) {
                dispatch.emit(action);
            }
        }
    };
    let at = {
        let map = map.clone();
        move |event: &PointerEvent| {
            point_in(
                &map,
                f64::from(event.client_x()),
                f64::from(event.client_y()),
            )
        }
    };

    let down = {
        let (tracker, at) = (tracker.clone(), at.clone());
        Callback::from(move |event: PointerEvent| {
            let kind = PointerKind::from_name(&event.pointer_type());
            if kind == PointerKind::Mouse && event.button() != 0 {
                return;
            }
            tracker
                .borrow_mut()
                .down(event.pointer_id(), kind, at(&event), is_on_control(&event));
        })
    };
    let moved = {
        let (tracker, dragging, map, emit, at) = (
            tracker.clone(),
            dragging.clone(),
            map.clone(),
            emit.clone(),
            at.clone(),
        );
        Callback::from(move |event: PointerEvent| {
            let gesture = tracker.borrow_mut().moved(event.pointer_id(), at(&event));
            if gesture.is_some() {
                if !*dragging {
                    capture_pointer(&map, event.pointer_id());
                }
                dragging.set(tracker.borrow().is_dragging());
                event.prevent_default();
            }
            emit(gesture);
        })
    };
    let up = {
        let (tracker, dragging, emit) = (tracker.clone(), dragging.clone(), emit.clone());
        Callback::from(move |event: PointerEvent| {
            let time = event.time_stamp();
            let gesture = tracker
                .borrow_mut()
                .up(event.pointer_id(), at(&event), time);
            dragging.set(tracker.borrow().is_dragging());
            emit(gesture);
        })
    };
    let cancel = {
        let (tracker, dragging) = (tracker.clone(), dragging.clone());
        Callback::from(move |event: PointerEvent| {
            tracker.borrow_mut().cancel(event.pointer_id());
            dragging.set(tracker.borrow().is_dragging());
        })
    };

    let on_wheel = {
        let (wheel_hint, hint_timer) = (wheel_hint.clone(), hint_timer.clone());
        Callback::from(move |wheel: WheelInput| {
            if wheel.zoom {
                wheel_hint.set(false);
                dispatch.emit(Action::ZoomAt(wheel.zoom_factor(), wheel.at));
            } else {
                wheel_hint.set(true);
                let hide = wheel_hint.clone();
                *hint_timer.borrow_mut() = Timeout::new(HINT_MILLIS, move || hide.set(false));
            }
        })
    };
    use_wheel(map, on_wheel);

    MapGestures {
        down,
        moved,
        up,
        cancel,
        dragging: *dragging,
        wheel_hint: *wheel_hint,
    }
}
