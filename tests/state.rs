//! The reducer: one test (at least) per `Action`, natively.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use signatory_core::viewport::{ScreenPoint, ScreenSize};
use signatory_map::state::{Action, WidgetState};
use support::{builtin, loaded, VARIED};

fn ready(areas: &[&str]) -> WidgetState {
    WidgetState::new("en".into(), areas.iter().map(|a| a.to_string()).collect())
        .apply(Action::DataChanged(loaded(VARIED)))
}

#[test]
fn data_changed_shows_everything_and_applies_requested_areas() {
    let all = ready(&[]);
    assert_eq!(all.filter.visible, vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(all.filter.area_counts, vec![3, 3, 2]);
    let requested = ready(&["y", "nonexistent"]);
    assert_eq!(requested.filter.visible, vec![0, 2, 3]);
    assert_eq!(requested.selected_area_ids(), vec!["y"]);
}

#[test]
fn data_changed_resets_selection_group_and_camera() {
    let busy = ready(&[])
        .apply(Action::Select(1))
        .apply(Action::OpenGroup(vec![0, 3]))
        .apply(Action::Zoom(2.0));
    let fresh = busy.apply(Action::DataChanged(loaded(VARIED)));
    assert_eq!(
        (fresh.selected, fresh.open_group.clone(), fresh.camera),
        (None, None, None)
    );
}

#[test]
fn toggle_area_narrows_to_signatories_with_every_selected_area() {
    let state = ready(&[]).apply(Action::ToggleArea(0));
    assert_eq!(state.filter.visible, vec![0, 1, 3]);
    assert_eq!(
        state.filter.area_counts,
        vec![3, 2, 0],
        "counts are of shown signatories"
    );
    let both = state.apply(Action::ToggleArea(1));
    assert_eq!(both.filter.visible, vec![0, 3]);
    let released = both
        .apply(Action::ToggleArea(0))
        .apply(Action::ToggleArea(1))
        .apply(Action::ToggleArea(2));
    assert_eq!(released.filter.visible, vec![2, 5]);
    assert_eq!(released.selected_area_ids(), vec!["z"]);
}

#[test]
fn toggle_area_ignores_an_area_the_data_does_not_have() {
    let state = ready(&[]);
    assert_eq!(state.apply(Action::ToggleArea(99)), state);
}

#[test]
fn an_impossible_combination_is_empty_and_clear_areas_restores_all() {
    let empty = ready(&["x"]).apply(Action::ToggleArea(2));
    assert_eq!(empty.selected_area_ids(), vec!["x", "z"]);
    assert!(empty.filter.visible.is_empty());
    assert_eq!(empty.filter.area_counts, vec![0, 0, 0]);
    let by_ids = ready(&[]).apply(Action::SetAreas(vec!["x".into(), "z".into()]));
    assert_eq!(by_ids.filter, empty.filter);
    let cleared = empty.apply(Action::ClearAreas);
    assert_eq!(cleared.filter.visible.len(), 6);
    assert!(cleared.selection.is_empty() && cleared.chosen_areas.is_empty());
}

#[test]
fn set_areas_before_data_is_kept_until_data_arrives() {
    let waiting = WidgetState::new("en".into(), vec![]).apply(Action::SetAreas(vec!["z".into()]));
    assert!(waiting.filter.visible.is_empty());
    let shown = waiting.apply(Action::DataChanged(loaded(VARIED)));
    assert_eq!(shown.filter.visible, vec![2, 5]);
}

#[test]
fn set_language_changes_only_the_language() {
    let state = ready(&["x"]);
    let lt = state.apply(Action::SetLanguage("lt".into()));
    assert_eq!(lt.lang, "lt");
    assert_eq!(lt.filter, state.filter);
}

#[test]
fn select_opens_a_known_signatory_and_close_detail_closes_it() {
    let state = ready(&[]).apply(Action::Select(2));
    assert_eq!(state.selected, Some(2));
    assert_eq!(
        state.apply(Action::Select(42)).selected,
        None,
        "unknown index opens nothing"
    );
    assert_eq!(state.apply(Action::CloseDetail).selected, None);
}

#[test]
fn filtering_out_the_open_signatory_closes_its_detail() {
    let state = ready(&[])
        .apply(Action::Select(4))
        .apply(Action::ToggleArea(0));
    assert_eq!(state.selected, None);
}

#[test]
fn open_group_and_close_group() {
    let state = ready(&[]).apply(Action::OpenGroup(vec![0, 1]));
    assert_eq!(state.open_group, Some(vec![0, 1]));
    assert_eq!(state.apply(Action::OpenGroup(vec![])).open_group, None);
    assert_eq!(state.apply(Action::CloseGroup).open_group, None);
    let narrowed = state.apply(Action::ToggleArea(1));
    assert_eq!(
        narrowed.open_group,
        Some(vec![0]),
        "members filtered out leave the group"
    );
    assert_eq!(
        narrowed.apply(Action::ToggleArea(2)).open_group,
        None,
        "an emptied group closes"
    );
}

#[test]
fn zoom_and_reset_view() {
    let state = ready(&[]);
    let zoomed = state.apply(Action::Zoom(2.0));
    assert_eq!(zoomed.effective_camera().zoom, 2.0);
    assert_eq!(zoomed.apply(Action::Zoom(0.5)).effective_camera().zoom, 1.0);
    assert_eq!(zoomed.apply(Action::ResetView).camera, None);
}

#[test]
fn pan_moves_the_camera_centre_against_the_drag() {
    let state = ready(&[]);
    let before = state.effective_camera().center;
    let after = state
        .apply(Action::Pan(100.0, 0.0))
        .effective_camera()
        .center;
    assert!(
        after.x < before.x,
        "dragging right reveals what is to the west"
    );
}

#[test]
fn resize_refits_a_fitted_view_and_keeps_the_readers_zoom() {
    let state = ready(&[]).apply(Action::Zoom(2.0));
    let narrow = state.apply(Action::Resize(ScreenSize {
        width: 320.0,
        height: 180.0,
    }));
    assert_eq!(narrow.size.width, 320.0);
    assert_eq!(
        narrow.effective_camera(),
        state.effective_camera(),
        "same centre and zoom"
    );
    assert!(narrow.fitted_view().scale < state.fitted_view().scale);
}

#[test]
fn zoom_at_a_point_keeps_what_is_under_it() {
    let state = ready(&[]);
    let at = ScreenPoint { x: 100.0, y: 80.0 };
    let view = |s: &WidgetState| s.fitted_view().viewport(s.effective_camera(), s.size);
    let under = view(&state).to_projected(at);
    let zoomed = state.apply(Action::ZoomAt(2.0, at));
    assert_eq!(zoomed.effective_camera().zoom, 2.0);
    let now = view(&zoomed).to_screen(under);
    assert!(
        (now.x - at.x).abs() < 1e-6 && (now.y - at.y).abs() < 1e-6,
        "{now:?}"
    );
}

#[test]
fn selecting_an_off_screen_signatory_brings_its_marker_into_view() {
    let data = builtin();
    let state = WidgetState::new("en".into(), Vec::new()).apply(Action::DataChanged(data.clone()));
    let screen = |s: &WidgetState, i: usize| {
        s.fitted_view()
            .viewport(s.effective_camera(), s.size)
            .to_screen(data.projected[i])
    };
    let on_screen = |s: &WidgetState, p: ScreenPoint| {
        p.x >= 0.0 && p.y >= 0.0 && p.x <= s.size.width && p.y <= s.size.height
    };
    assert_eq!(
        state.apply(Action::Select(0)).camera,
        None,
        "already visible: the map stays put"
    );
    // Zoomed far in on the first signatory, others are off-screen.
    let zoomed = state.apply(Action::ZoomAt(32.0, screen(&state, 0)));
    let far = (1..data.projected.len())
        .find(|&i| !on_screen(&zoomed, screen(&zoomed, i)))
        .expect("some signatory is off-screen at the deepest zoom");
    let selected = zoomed.apply(Action::Select(far));
    let p = screen(&selected, far);
    assert!(on_screen(&selected, p), "{p:?}");
    assert_eq!(
        selected.effective_camera().zoom,
        zoomed.effective_camera().zoom,
        "the zoom is kept"
    );
}

#[test]
fn a_panel_opened_over_the_map_does_not_hide_the_chosen_marker() {
    let data = builtin();
    // A phone-sized map: the detail will cover its lower 180 px.
    let state = WidgetState::new("en".into(), Vec::new())
        .apply(Action::DataChanged(data.clone()))
        .apply(Action::Resize(ScreenSize {
            width: 320.0,
            height: 280.0,
        }));
    let screen = |s: &WidgetState, i: usize| {
        s.fitted_view()
            .viewport(s.effective_camera(), s.size)
            .to_screen(data.projected[i])
    };
    // The signatory drawn lowest on the fitted map.
    let lowest = (0..data.projected.len())
        .max_by(|&a, &b| screen(&state, a).y.total_cmp(&screen(&state, b).y))
        .expect("signatories");
    let covered = 180.0;
    assert!(
        screen(&state, lowest).y > state.size.height - covered,
        "the test needs a marker the panel would cover"
    );
    let opened = state
        .apply(Action::Select(lowest))
        .apply(Action::MapCovered(covered));
    let p = screen(&opened, lowest);
    assert!(
        p.y <= opened.size.height - covered - 30.0 && p.y >= 0.0,
        "the marker is above the panel: {p:?}"
    );
    assert!(
        p.x <= opened.size.width - signatory_map::state::CONTROLS_INSET,
        "and clear of the zoom buttons: {p:?}"
    );
    // Closing the panel leaves the map where it is.
    let closed = opened
        .apply(Action::CloseDetail)
        .apply(Action::MapCovered(0.0));
    assert_eq!(closed.camera, opened.camera);
}

#[test]
fn set_areas_on_data_with_nothing_to_filter_selects_nothing_but_is_kept_for_the_next() {
    // "privacy" is one of the built-in areas, "x" one of VARIED's.
    let asked = vec!["privacy".to_string(), "x".to_string()];
    let state = WidgetState::new("en".into(), Vec::new())
        .apply(Action::DataChanged(builtin()))
        .apply(Action::SetAreas(asked.clone()));
    assert!(state.selection.is_empty(), "no toggle to press");
    assert!(
        state.shown_areas().is_empty(),
        "the getter says nothing is selected"
    );
    assert_eq!(state.chosen_areas, asked, "but the page's choice is kept");
    assert_eq!(state.filter.visible.len(), 15);
    let toggled = state.apply(Action::ToggleArea(2));
    assert!(
        toggled.selection.is_empty(),
        "a click on a toggle that is not there"
    );
    let next = state.transition(Action::DataChanged(loaded(VARIED)));
    assert_eq!(next.state.shown_areas(), vec!["x"]);
    assert_eq!(next.state.filter.visible, vec![0, 1, 3]);
    // And back: the uniform data offers no filter, so nothing is selected.
    let back = next.state.apply(Action::DataChanged(builtin()));
    assert!(back.selection.is_empty() && back.filter.visible.len() == 15);
}
