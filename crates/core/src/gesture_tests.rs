use super::*;

fn pt(x: f64, y: f64) -> ScreenPoint {
    ScreenPoint { x, y }
}

fn click(tracker: &mut GestureTracker, at: ScreenPoint, time_ms: f64) -> Option<Gesture> {
    tracker.down(1, PointerKind::Mouse, at, false);
    tracker.up(1, at, time_ms)
}

#[test]
fn a_drag_pans_by_each_move_once_past_the_slop() {
    let mut tracker = GestureTracker::default();
    tracker.down(1, PointerKind::Mouse, pt(100.0, 100.0), false);
    assert_eq!(
        tracker.moved(1, pt(102.0, 101.0)),
        None,
        "a wobble is not a drag"
    );
    assert!(!tracker.is_dragging());
    assert_eq!(
        tracker.moved(1, pt(110.0, 100.0)),
        Some(Gesture::Pan { dx: 10.0, dy: 0.0 })
    );
    assert!(tracker.is_dragging());
    assert_eq!(
        tracker.moved(1, pt(110.0, 90.0)),
        Some(Gesture::Pan { dx: 0.0, dy: -10.0 })
    );
    assert_eq!(
        tracker.up(1, pt(110.0, 90.0), 50.0),
        None,
        "a drag is not a tap"
    );
    assert!(!tracker.is_pressed());
}

#[test]
fn fingers_get_a_larger_slop_than_a_mouse() {
    let mut tracker = GestureTracker::default();
    tracker.down(7, PointerKind::Touch, pt(0.0, 0.0), false);
    assert_eq!(tracker.moved(7, pt(6.0, 0.0)), None);
    assert!(tracker.moved(7, pt(12.0, 0.0)).is_some());
}

#[test]
fn moves_of_a_pointer_that_is_not_down_are_ignored() {
    let mut tracker = GestureTracker::default();
    assert_eq!(tracker.moved(1, pt(5.0, 5.0)), None);
    assert_eq!(tracker.up(1, pt(5.0, 5.0), 0.0), None);
}

#[test]
fn two_quick_clicks_in_one_spot_are_a_double_tap() {
    let mut tracker = GestureTracker::default();
    assert_eq!(click(&mut tracker, pt(50.0, 50.0), 1000.0), None);
    assert_eq!(
        click(&mut tracker, pt(53.0, 52.0), 1200.0),
        Some(Gesture::DoubleTap { at: pt(53.0, 52.0) })
    );
    assert_eq!(
        click(&mut tracker, pt(53.0, 52.0), 1300.0),
        None,
        "a third click starts a new pair"
    );
}

#[test]
fn slow_or_distant_clicks_are_not_a_double_tap() {
    let mut tracker = GestureTracker::default();
    click(&mut tracker, pt(50.0, 50.0), 1000.0);
    assert_eq!(
        click(&mut tracker, pt(50.0, 50.0), 1000.0 + DOUBLE_TAP_MS + 1.0),
        None
    );
    let mut tracker = GestureTracker::default();
    click(&mut tracker, pt(50.0, 50.0), 1000.0);
    assert_eq!(click(&mut tracker, pt(90.0, 50.0), 1100.0), None);
}

#[test]
fn double_clicks_on_markers_and_buttons_do_not_zoom() {
    let mut tracker = GestureTracker::default();
    for time in [0.0, 100.0] {
        tracker.down(1, PointerKind::Mouse, pt(10.0, 10.0), true);
        assert_eq!(tracker.up(1, pt(10.0, 10.0), time), None);
    }
}

#[test]
fn a_pinch_zooms_about_the_fingers_midpoint() {
    let mut tracker = GestureTracker::default();
    tracker.down(1, PointerKind::Touch, pt(100.0, 100.0), false);
    tracker.down(2, PointerKind::Touch, pt(200.0, 100.0), false);
    assert!(tracker.is_dragging());
    let Some(Gesture::Pinch { dx, dy, factor, at }) = tracker.moved(2, pt(300.0, 100.0)) else {
        panic!("a pinch");
    };
    assert!(
        (factor - 2.0).abs() < 1e-9,
        "fingers twice as far apart: {factor}"
    );
    assert_eq!(at, pt(200.0, 100.0));
    assert_eq!((dx, dy), (50.0, 0.0), "the midpoint moved right");
}

#[test]
fn lifting_one_finger_of_a_pinch_continues_as_a_pan_without_a_tap() {
    let mut tracker = GestureTracker::default();
    tracker.down(1, PointerKind::Touch, pt(100.0, 100.0), false);
    tracker.down(2, PointerKind::Touch, pt(200.0, 100.0), false);
    assert_eq!(tracker.up(2, pt(200.0, 100.0), 10.0), None);
    assert_eq!(
        tracker.moved(1, pt(101.0, 100.0)),
        Some(Gesture::Pan { dx: 1.0, dy: 0.0 }),
        "no slop and no jump after a pinch"
    );
    assert_eq!(tracker.up(1, pt(101.0, 100.0), 20.0), None);
    assert_eq!(
        click(&mut tracker, pt(101.0, 100.0), 30.0),
        None,
        "not a double tap"
    );
}

#[test]
fn a_third_finger_is_ignored() {
    let mut tracker = GestureTracker::default();
    tracker.down(1, PointerKind::Touch, pt(0.0, 0.0), false);
    tracker.down(2, PointerKind::Touch, pt(10.0, 0.0), false);
    tracker.down(3, PointerKind::Touch, pt(20.0, 0.0), false);
    assert_eq!(tracker.moved(3, pt(40.0, 0.0)), None);
}

#[test]
fn a_cancelled_press_is_forgotten() {
    let mut tracker = GestureTracker::default();
    click(&mut tracker, pt(50.0, 50.0), 0.0);
    tracker.down(1, PointerKind::Touch, pt(50.0, 50.0), false);
    tracker.cancel(1);
    assert!(!tracker.is_pressed());
    assert_eq!(
        click(&mut tracker, pt(50.0, 50.0), 100.0),
        None,
        "the scroll broke the pair"
    );
}

#[test]
fn pointer_kinds_are_read_from_their_names() {
    assert_eq!(PointerKind::from_name("touch"), PointerKind::Touch);
    assert_eq!(PointerKind::from_name("pen"), PointerKind::Pen);
    assert_eq!(PointerKind::from_name("mouse"), PointerKind::Mouse);
    assert_eq!(PointerKind::from_name("eye-tracker"), PointerKind::Mouse);
}

#[test]
fn wheel_steps_zoom_smoothly_and_boundedly() {
    let wheel = |delta_y, delta_mode| WheelInput {
        delta_y,
        delta_mode,
        zoom: true,
        at: pt(0.0, 0.0),
    };
    let notch = wheel(-100.0, 0).zoom_factor();
    assert!(
        notch > 1.2 && notch < 1.3,
        "one notch towards the screen zooms in: {notch}"
    );
    assert!(
        (wheel(100.0, 0).zoom_factor() * notch - 1.0).abs() < 1e-9,
        "and back out"
    );
    assert_eq!(
        wheel(-3.0, 1).zoom_factor(),
        wheel(-48.0, 0).zoom_factor(),
        "lines are 16 px"
    );
    assert_eq!(
        wheel(-1e9, 0).zoom_factor(),
        2.0,
        "never more than ×2 per event"
    );
    assert_eq!(wheel(f64::NAN, 0).zoom_factor(), 1.0);
}

#[test]
fn a_finger_moving_vertically_is_left_to_the_page() {
    let mut tracker = GestureTracker::default();
    tracker.down(1, PointerKind::Touch, pt(100.0, 100.0), false);
    assert_eq!(
        tracker.moved(1, pt(103.0, 85.0)),
        None,
        "vertical: the article scrolls"
    );
    assert_eq!(
        tracker.moved(1, pt(160.0, 80.0)),
        None,
        "and stays the page's until lifted"
    );
    assert_eq!(tracker.up(1, pt(160.0, 80.0), 10.0), None);
    // A mouse dragging vertically still pans: there is no page gesture.
    tracker.down(2, PointerKind::Mouse, pt(100.0, 100.0), false);
    assert_eq!(
        tracker.moved(2, pt(100.0, 80.0)),
        Some(Gesture::Pan { dx: 0.0, dy: -20.0 })
    );
}
