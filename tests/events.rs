//! The events the page hears, natively: each fires once per actual change
//! and never for a state nobody chose, whoever (page or reader) acted.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use signatory_core::viewport::ScreenSize;
use signatory_map::state::{Action, WidgetEvent, WidgetState};
use support::{builtin, loaded, VARIED};

/// Runs `actions` from `state`, returning the final state and every event.
fn run(state: WidgetState, actions: Vec<Action>) -> (WidgetState, Vec<WidgetEvent>) {
    actions
        .into_iter()
        .fold((state, Vec::new()), |(state, mut events), action| {
            let step = state.transition(action);
            events.extend(step.events);
            (step.state, events)
        })
}

fn fresh(areas: &[&str]) -> WidgetState {
    WidgetState::new("en".into(), areas.iter().map(|a| a.to_string()).collect())
}

fn ready(signatories: usize) -> WidgetEvent {
    WidgetEvent::Ready { signatories }
}

fn filter(areas: &[&str], visible: usize) -> WidgetEvent {
    WidgetEvent::FilterChange {
        areas: areas.iter().map(|a| a.to_string()).collect(),
        visible,
    }
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|a| a.to_string()).collect()
}

#[test]
fn every_load_ends_in_exactly_one_ready_even_for_equal_data() {
    let data = loaded(VARIED);
    let (_, events) = run(
        fresh(&[]),
        vec![
            Action::DataChanged(data.clone()),
            Action::Zoom(2.0),
            // The page sets the same object again (a refresh): a new load.
            Action::DataChanged(data.clone()),
            // The page sets an equal copy: a new load too.
            Action::DataChanged(loaded(VARIED)),
            // A URL load: loading, then the answer.
            Action::Loading,
            Action::DataChanged(data),
        ],
    );
    assert_eq!(events, vec![ready(6), ready(6), ready(6), ready(6)]);
}

#[test]
fn ready_waits_for_the_measured_map_where_there_is_a_layout() {
    let waiting = fresh(&[]).waiting_for_layout();
    let loaded_step = waiting.transition(Action::DataChanged(loaded(VARIED)));
    assert!(loaded_step.events.is_empty(), "markers not drawn yet");
    let size = ScreenSize {
        width: 400.0,
        height: 300.0,
    };
    let (state, events) = run(
        loaded_step.state,
        vec![Action::Resize(size), Action::Resize(size)],
    );
    assert_eq!(events, vec![ready(6)], "once, when the markers are drawn");
    // The next load is ready at once: the map is measured.
    let again = state.transition(Action::DataChanged(builtin()));
    assert_eq!(again.events, vec![ready(15)]);
}

#[test]
fn a_failed_load_sends_no_ready() {
    let (_, events) = run(
        fresh(&[]),
        vec![
            Action::Loading,
            Action::LoadFailed(signatory_map::state::LoadError::Http(404)),
        ],
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_repeated_area_is_one_choice_and_one_event() {
    let state = fresh(&[]).apply(Action::DataChanged(loaded(VARIED)));
    let step = state.transition(Action::SetAreas(ids(&["x", "x", " x "])));
    assert_eq!(step.events, vec![filter(&["x"], 3)]);
    assert_eq!(step.state.chosen_areas, ids(&["x"]));
    // The same choice again changes nothing, so says nothing.
    let again = step.state.transition(Action::SetAreas(ids(&["x"])));
    assert!(again.events.is_empty(), "{:?}", again.events);
}

#[test]
fn unknown_area_ids_are_dropped_reported_once_and_never_in_filterchange() {
    let state = fresh(&[]).apply(Action::DataChanged(loaded(VARIED)));
    let mixed = state.transition(Action::SetAreas(ids(&["y", "nope"])));
    assert_eq!(mixed.events, vec![filter(&["y"], 3)]);
    assert_eq!(mixed.unknown_areas, ids(&["nope"]));
    assert_eq!(mixed.state.shown_areas(), ids(&["y"]));
    // Only unknown ids over no selection: nothing shown changes.
    let only_unknown = state.transition(Action::SetAreas(ids(&["nope"])));
    assert!(only_unknown.events.is_empty(), "{:?}", only_unknown.events);
    assert_eq!(only_unknown.unknown_areas, ids(&["nope"]));
    // Asked before the data: dropped when it arrives, with no filterchange.
    let early = fresh(&["nope", "z"]).transition(Action::DataChanged(loaded(VARIED)));
    assert_eq!(early.unknown_areas, ids(&["nope"]));
    assert_eq!(early.events, vec![ready(6)]);
    assert_eq!(early.state.shown_areas(), ids(&["z"]));
}

#[test]
fn areas_a_dataset_lacks_stay_asked_for_and_apply_to_the_next_one() {
    let builtin_first = fresh(&["y"]).transition(Action::DataChanged(builtin()));
    assert_eq!(builtin_first.unknown_areas, ids(&["y"]));
    assert!(
        builtin_first.state.shown_areas().is_empty(),
        "nothing selected"
    );
    let next = builtin_first
        .state
        .transition(Action::DataChanged(loaded(VARIED)));
    assert_eq!(next.state.shown_areas(), ids(&["y"]));
    assert_eq!(next.state.filter.visible, vec![0, 2, 3]);
    assert_eq!(next.events, vec![ready(6)]);
}

#[test]
fn areas_asked_while_loading_apply_on_arrival_without_a_filterchange() {
    let (state, events) = run(
        fresh(&[]),
        vec![
            Action::SetAreas(ids(&["z"])),
            Action::DataChanged(loaded(VARIED)),
        ],
    );
    assert_eq!(events, vec![ready(6)]);
    assert_eq!(state.selected_area_ids(), ids(&["z"]));
}

#[test]
fn the_pages_areas_win_over_the_readers_even_when_repeated() {
    let state = fresh(&["x"]).apply(Action::DataChanged(loaded(VARIED)));
    let (state, events) = run(
        state,
        vec![
            Action::ToggleArea(0),         // the reader releases x
            Action::SetAreas(ids(&["x"])), // the page asks for x again
        ],
    );
    assert_eq!(events, vec![filter(&[], 6), filter(&["x"], 3)]);
    assert_eq!(state.selected_area_ids(), ids(&["x"]));
    assert_eq!(
        state.chosen_areas,
        ids(&["x"]),
        "what is shown is what is chosen"
    );
}

#[test]
fn the_pages_language_wins_over_the_readers_even_when_repeated() {
    let (state, events) = run(
        fresh(&[]).apply(Action::DataChanged(loaded(VARIED))),
        vec![
            Action::SetLanguage("lt".into()), // the page
            Action::SetLanguage("en".into()), // the reader
            Action::SetLanguage("lt".into()), // the page, repeating itself
            Action::SetLanguage("lt".into()), // and again: no change
        ],
    );
    let change = |lang: &str| WidgetEvent::LanguageChange { lang: lang.into() };
    assert_eq!(events, vec![change("lt"), change("en"), change("lt")]);
    assert_eq!(state.lang, "lt");
}

#[test]
fn select_fires_for_the_signatory_opened_and_never_for_a_new_loads_index() {
    let data = builtin();
    let third = data.dataset.signatories[2].id.clone();
    let (state, events) = run(
        fresh(&[]),
        vec![
            Action::DataChanged(data),
            Action::Select(2),
            Action::Select(2), // already open: nothing new
            Action::CloseDetail,
        ],
    );
    assert_eq!(
        events,
        vec![ready(15), WidgetEvent::Select { id: third.clone() },]
    );
    // The reader opened the third signatory; the page sets a new source.
    let opened = state.apply(Action::Select(2));
    let (after, events) = run(
        opened,
        vec![Action::Loading, Action::DataChanged(loaded(VARIED))],
    );
    assert_eq!(
        events,
        vec![ready(6)],
        "no select for an index nobody opened"
    );
    assert_eq!(after.selected, None);
}

#[test]
fn filterchange_and_select_follow_the_readers_clicks_once_each() {
    let state = fresh(&[]).apply(Action::DataChanged(loaded(VARIED)));
    let (_, events) = run(
        state,
        vec![
            Action::ToggleArea(0),
            Action::ToggleArea(99), // no such toggle: nothing
            Action::Select(1),
            Action::ClearAreas,
            Action::ClearAreas, // nothing left to clear
        ],
    );
    assert_eq!(
        events,
        vec![
            filter(&["x"], 3),
            WidgetEvent::Select { id: "b".into() },
            filter(&[], 6),
        ]
    );
}

#[test]
fn the_pages_order_of_areas_is_kept_in_the_event_and_what_is_shown() {
    let state = fresh(&[]).apply(Action::DataChanged(loaded(VARIED)));
    let step = state.transition(Action::SetAreas(ids(&["z", "y"])));
    assert_eq!(step.events, vec![filter(&["z", "y"], 1)]);
    assert_eq!(step.state.shown_areas(), ids(&["z", "y"]));
    // The same areas in another order select the same: no change.
    let reordered = step.state.transition(Action::SetAreas(ids(&["y", "z"])));
    assert!(reordered.events.is_empty(), "{:?}", reordered.events);
}

#[test]
fn no_filterchange_where_every_signatory_has_the_same_areas() {
    let state = WidgetState::new("en".into(), Vec::new()).apply(Action::DataChanged(builtin()));
    for action in [
        Action::SetAreas(ids(&["privacy"])),
        Action::SetAreas(ids(&["privacy", "culture"])),
        Action::ToggleArea(0),
        Action::ClearAreas,
        Action::SetAreas(Vec::new()),
    ] {
        let step = state.transition(action.clone());
        assert!(step.events.is_empty(), "{action:?}: {:?}", step.events);
        assert!(step.state.selection.is_empty(), "{action:?}");
        assert_eq!(step.state.filter.visible.len(), 15, "{action:?}");
        assert_eq!(step.state.shown_areas(), Vec::<String>::new(), "{action:?}");
    }
    // Unknown ids are still worth the developer's console warning.
    let unknown = state.transition(Action::SetAreas(ids(&["privacy", "nope"])));
    assert_eq!(unknown.unknown_areas, ids(&["nope"]));
}
