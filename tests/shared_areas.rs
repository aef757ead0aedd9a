//! A filter that never pretends: when every signatory has the same areas
//! (the built-in dataset: the sources give no per-signatory breakdown), no
//! toggle could narrow anything, so the widget offers none. It lists the
//! areas once, named as the dataset names them, details do not repeat them,
//! and the page's `areas` change nothing visible (their events and state:
//! tests/events.rs and tests/state.rs).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::rc::Rc;

use signatory_core::i18n::Msg;
use signatory_map::state::{Action, LoadState};
use support::{builtin, loaded, localizer, props, render, VARIED};

/// The widget showing `data` in `lang` with `areas` asked for, after `actions`.
fn view(data: LoadState, lang: &str, areas: &[&str], actions: Vec<Action>) -> String {
    let mut props = props(data, lang, areas);
    let state = actions
        .into_iter()
        .fold((*props.state).clone(), |state, action| state.apply(action));
    props.state = Rc::new(state);
    render(props)
}

fn builtin_view(lang: &str, areas: &[&str], actions: Vec<Action>) -> String {
    view(LoadState::Ready(builtin()), lang, areas, actions)
}

/// Every signatory of VARIED with the same two areas, and no name for them.
fn uniform_unnamed() -> String {
    VARIED
        .replace(r#""areas": ["x", "y"]"#, r#""areas": ["y", "x"]"#)
        .replace(r#""areas": ["x"]"#, r#""areas": ["x", "y"]"#)
        .replace(r#""areas": ["y", "z"]"#, r#""areas": ["x", "y"]"#)
        .replace(r#""areas": []"#, r#""areas": ["x", "y"]"#)
        .replace(r#""areas": ["z"]"#, r#""areas": ["y", "x"]"#)
}

#[test]
fn the_builtin_areas_are_listed_once_as_the_agreements_with_no_toggle() {
    let html = builtin_view("en", &[], vec![]);
    assert_eq!(html.matches("smw-chip").count(), 0, "no toggles");
    assert!(!html.contains("Filter by pledge area"));
    assert!(html.contains(
        "<h3 lang=\"en\">Areas of cooperation</h3><p>Agreed by all 15 signatories. These include, among others:</p>"
    ));
    for label in ["Freedom of expression online", "Culture and digitization"] {
        assert_eq!(html.matches(label).count(), 1, "{label} shown once");
    }
    assert!(html.contains("class=\"smw-status is-quiet\">15 signatories</p>"));
    assert!(!html.contains("of 15"), "no 'Showing 15 of 15'");
    assert!(!html.contains("pledge areas"), "no count of toggles");
    assert!(html.contains("<p class=\"smw-summary\">15 signatories</p>"));
}

#[test]
fn in_lithuanian_the_areas_are_named_as_the_lithuanian_source_names_them() {
    let html = builtin_view("lt", &[], vec![]);
    assert!(html.contains(
        "<h3 lang=\"lt\">Bendradarbiavimo sritys</h3><p>Dėl jų susitarė visi 15 signatarų. Be kita ko, tai šios pagrindinės sritys:</p>"
    ));
    assert!(html.contains("<li lang=\"lt\">Žodžio laisvė internete</li>"));
    assert!(html.contains("class=\"smw-status is-quiet\">15 signatarų</p>"));
    assert!(!html.contains("Filtruoti"));
}

#[test]
fn an_unnamed_complete_list_is_called_pledge_areas_with_no_among_others() {
    let data = LoadState::Ready(loaded(&uniform_unnamed()));
    let html = view(data, "en", &[], vec![]);
    assert!(html.contains("<h3 lang=\"en\">Pledge areas</h3><p>Agreed by all 6 signatories.</p>"));
    assert!(!html.contains("among others"));
    assert!(html.contains("<li lang=\"en\">Ex</li><li lang=\"en\">Why</li></ul>"));
    assert!(
        !html.contains("Zed"),
        "an area nobody pledged is not listed"
    );
}

#[test]
fn a_detail_does_not_repeat_the_areas_everyone_shares() {
    let html = builtin_view("en", &[], vec![Action::Select(1)]);
    assert!(html.contains("class=\"smw-detail\""));
    assert!(!html.contains("smw-detail-areas"));
    assert!(!html.contains("<dt>Pledge areas</dt>"));
    // Where areas differ, the detail lists the signatory's own.
    let varied = view(
        LoadState::Ready(loaded(VARIED)),
        "en",
        &[],
        vec![Action::Select(2)],
    );
    assert!(varied.contains(
        "<dt>Pledge areas</dt><dd><ul class=\"smw-detail-areas\"><li lang=\"en\">Why</li><li lang=\"en\">Zed</li></ul>"
    ));
}

#[test]
fn the_areas_attribute_changes_nothing_visible_where_nothing_can_be_filtered() {
    let asked = builtin_view("en", &["privacy", "children"], vec![]);
    assert_eq!(asked, builtin_view("en", &[], vec![]));
    assert_eq!(
        asked.matches("aria-pressed=\"true\"").count(),
        1,
        "only the language"
    );
}

#[test]
fn all_signatories_in_both_languages_with_correct_plurals() {
    let (en, lt) = (localizer("en"), localizer("lt"));
    let cases = [
        (
            1,
            "Agreed by the only signatory.",
            "Dėl jų susitarė vienintelis signataras.",
        ),
        (
            2,
            "Agreed by all 2 signatories.",
            "Dėl jų susitarė visi 2 signatarai.",
        ),
        (
            10,
            "Agreed by all 10 signatories.",
            "Dėl jų susitarė visi 10 signatarų.",
        ),
        (
            21,
            "Agreed by all 21 signatories.",
            "Dėl jų susitarė visi 21 signataras.",
        ),
    ];
    for (count, english, lithuanian) in cases {
        assert_eq!(en.count(Msg::AreasSharedBy, count), english);
        assert_eq!(lt.count(Msg::AreasSharedBy, count), lithuanian);
    }
}
