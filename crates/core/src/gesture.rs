//! Pointer presses turned into map gestures: drag to pan, two-finger pinch,
//! and double-click / double-tap to zoom in.
//!
//! The browser glue feeds raw pointer downs, moves and ups (position in map
//! pixels, time in milliseconds); this recognizer decides what they mean.
//! Keeping it free of the DOM means every rule is tested natively: a small
//! wobble is still a click, a lifted finger ends a pinch without a jump, a
//! double-tap on a marker is two selections and not a zoom.
//!
//! One-finger *vertical* swipes belong to the page: the map's CSS
//! `touch-action: pan-y` leaves them to the browser, which scrolls the
//! article and then sends `pointercancel`. The moves it delivers before
//! deciding are ignored here too, so the map does not twitch as the
//! article scrolls.

use crate::viewport::ScreenPoint;

/// Pixels a mouse or pen press may move and still be a click.
pub const MOUSE_SLOP: f64 = 4.0;
/// Pixels a finger may move and still be a tap (fingers wobble more).
pub const TOUCH_SLOP: f64 = 10.0;
/// Longest gap between the two presses of a double-click / double-tap.
pub const DOUBLE_TAP_MS: f64 = 350.0;
/// Furthest apart the two presses of a double-tap may land.
pub const DOUBLE_TAP_DISTANCE: f64 = 24.0;

/// What kind of pointer pressed: decides the slop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerKind {
    /// A mouse.
    Mouse,
    /// A pen or stylus.
    Pen,
    /// A finger.
    Touch,
}

impl PointerKind {
    /// Reads `PointerEvent.pointerType` ("mouse", "pen", "touch", or
    /// something new, treated as a mouse).
    pub fn from_name(name: &str) -> PointerKind {
        match name {
            "touch" => PointerKind::Touch,
            "pen" => PointerKind::Pen,
            _ => PointerKind::Mouse,
        }
    }

    fn slop(self) -> f64 {
        match self {
            PointerKind::Touch => TOUCH_SLOP,
            PointerKind::Mouse | PointerKind::Pen => MOUSE_SLOP,
        }
    }
}

/// What a pointer event means for the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    /// Move the map by so many pixels.
    Pan {
        /// Horizontal pixels.
        dx: f64,
        /// Vertical pixels.
        dy: f64,
    },
    /// Pinch: move by (`dx`, `dy`), then scale by `factor` about `at`.
    Pinch {
        /// Horizontal pixels the fingers' midpoint moved.
        dx: f64,
        /// Vertical pixels the fingers' midpoint moved.
        dy: f64,
        /// How much farther apart the fingers are now.
        factor: f64,
        /// The fingers' midpoint.
        at: ScreenPoint,
    },
    /// Two quick presses in the same spot on the map's background.
    DoubleTap {
        /// Where the second press landed.
        at: ScreenPoint,
    },
}

#[derive(Debug, Clone, Copy)]
struct Pressed {
    id: i32,
    at: ScreenPoint,
}

#[derive(Debug, Clone, Copy)]
struct Tap {
    at: ScreenPoint,
    time_ms: f64,
}

/// Follows up to two pointers on the map (a third is ignored).
#[derive(Debug, Default)]
pub struct GestureTracker {
    pressed: Vec<Pressed>,
    /// Where the current single press started, its kind, and whether it
    /// started on a control (marker, button) rather than the background.
    start: Option<(ScreenPoint, PointerKind, bool)>,
    /// The press has moved past the slop, or became a pinch: not a tap.
    dragging: bool,
    /// A finger started moving vertically: that is the page's scroll
    /// (`touch-action: pan-y`), so this press is ignored until it ends.
    yielded: bool,
    last_tap: Option<Tap>,
}

fn distance(a: ScreenPoint, b: ScreenPoint) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

fn midpoint(a: ScreenPoint, b: ScreenPoint) -> ScreenPoint {
    ScreenPoint {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}

impl GestureTracker {
    /// A pointer went down at `at`. `on_control` says it landed on a
    /// marker or button (such presses still drag, but never double-tap).
    pub fn down(&mut self, id: i32, kind: PointerKind, at: ScreenPoint, on_control: bool) {
        if self.pressed.len() >= 2 || self.pressed.iter().any(|p| p.id == id) {
            return;
        }
        self.pressed.push(Pressed { id, at });
        if self.pressed.len() == 1 {
            self.start = Some((at, kind, on_control));
            self.dragging = false;
            self.yielded = false;
        } else {
            self.dragging = true;
            self.yielded = false;
        }
    }

    /// Whether a drag or pinch is under way (the view shows a grabbing
    /// cursor and the glue captures the pointer).
    pub fn is_dragging(&self) -> bool {
        self.dragging && !self.pressed.is_empty()
    }

    /// Whether any pointer is down (the glue only listens for moves then).
    pub fn is_pressed(&self) -> bool {
        !self.pressed.is_empty()
    }

    /// A pointer moved to `at`.
    pub fn moved(&mut self, id: i32, at: ScreenPoint) -> Option<Gesture> {
        let index = self.pressed.iter().position(|p| p.id == id)?;
        match self.pressed.as_slice() {
            [only] => {
                let (start, kind, _) = self.start?;
                if self.yielded || (!self.dragging && distance(start, at) < kind.slop()) {
                    return None;
                }
                if !self.dragging
                    && kind == PointerKind::Touch
                    && (at.y - start.y).abs() > (at.x - start.x).abs()
                {
                    self.yielded = true;
                    return None;
                }
                self.dragging = true;
                let (dx, dy) = (at.x - only.at.x, at.y - only.at.y);
                self.pressed[index].at = at;
                Some(Gesture::Pan { dx, dy })
            }
            [a, b] => {
                let (before_mid, before_span) = (midpoint(a.at, b.at), distance(a.at, b.at));
                self.pressed[index].at = at;
                let (a, b) = (self.pressed[0].at, self.pressed[1].at);
                let (mid, span) = (midpoint(a, b), distance(a, b));
                let factor = if before_span > 1.0 && span > 1.0 {
                    span / before_span
                } else {
                    1.0
                };
                Some(Gesture::Pinch {
                    dx: mid.x - before_mid.x,
                    dy: mid.y - before_mid.y,
                    factor,
                    at: mid,
                })
            }
            _ => None,
        }
    }

    /// A pointer was released at `at`, `time_ms` after some fixed origin
    /// (the event's `timeStamp`).
    pub fn up(&mut self, id: i32, at: ScreenPoint, time_ms: f64) -> Option<Gesture> {
        let index = self.pressed.iter().position(|p| p.id == id)?;
        self.pressed.remove(index);
        if !self.pressed.is_empty() {
            // One finger of a pinch lifted: the other keeps panning from
            // where it is, with no jump and no tap.
            return None;
        }
        let (start, kind, on_control) = self.start.take()?;
        let tapped = !self.dragging && !self.yielded && distance(start, at) < kind.slop();
        self.dragging = false;
        self.yielded = false;
        if !tapped || on_control {
            self.last_tap = None;
            return None;
        }
        let tap = Tap { at, time_ms };
        match self.last_tap.take() {
            Some(first)
                if time_ms - first.time_ms <= DOUBLE_TAP_MS
                    && distance(first.at, at) <= DOUBLE_TAP_DISTANCE =>
            {
                Some(Gesture::DoubleTap { at })
            }
            _ => {
                self.last_tap = Some(tap);
                None
            }
        }
    }

    /// The browser took the pointer over (a vertical swipe became a page
    /// scroll) or it was lost: forget it without a tap.
    pub fn cancel(&mut self, id: i32) {
        self.pressed.retain(|p| p.id != id);
        if self.pressed.is_empty() {
            self.start = None;
            self.dragging = false;
        }
        self.last_tap = None;
    }
}

/// One wheel event over the map, as the glue read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WheelInput {
    /// `WheelEvent.deltaY` (positive: towards the reader, i.e. zoom out).
    pub delta_y: f64,
    /// `WheelEvent.deltaMode`: 0 pixels, 1 lines, 2 pages.
    pub delta_mode: u32,
    /// Ctrl or ⌘ was held (or it is a trackpad pinch): zoom, not scroll.
    pub zoom: bool,
    /// The pointer's position on the map.
    pub at: ScreenPoint,
}

/// Pixels of wheel travel that double (or halve) the zoom.
pub const WHEEL_PIXELS_PER_DOUBLING: f64 = 300.0;

impl WheelInput {
    /// The zoom factor this wheel step asks for: one mouse notch (about
    /// 100 px) is ×1.26, a trackpad's small steps zoom smoothly, and one
    /// event never jumps more than ×2.
    pub fn zoom_factor(&self) -> f64 {
        let pixels = match self.delta_mode {
            1 => self.delta_y * 16.0,
            2 => self.delta_y * 400.0,
            _ => self.delta_y,
        };
        if !pixels.is_finite() {
            return 1.0;
        }
        // Not `f64::clamp`: its panic message formats floats, which alone
        // links Rust's float formatter (several KB of WASM) into the build.
        #[allow(clippy::manual_clamp)]
        let steps = (pixels / WHEEL_PIXELS_PER_DOUBLING).max(-1.0).min(1.0);
        (-steps).exp2()
    }
}

#[cfg(test)]
#[path = "gesture_tests.rs"]
mod tests;
