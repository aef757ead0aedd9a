//! The view rendered natively with Yew's server renderer: what a reader
//! would see on first paint, checked without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use signatory_core::problem::{Issue, Problem};
use signatory_core::viewport::ScreenSize;
use signatory_map::state::{Action, LoadError, LoadState};
use support::{builtin, loaded, props, render, VARIED};

fn ready(lang: &str, areas: &[&str]) -> String {
    render(props(LoadState::Ready(builtin()), lang, areas))
}

/// The numbers shown in group markers.
fn group_counts(html: &str) -> Vec<usize> {
    html.split("class=\"smw-group-count\"")
        .skip(1)
        .filter_map(|rest| {
            rest.split('>')
                .nth(1)?
                .split('<')
                .next()?
                .trim()
                .parse()
                .ok()
        })
        .collect()
}

/// The built-in dataset on a map of `width` × `height` pixels.
fn ready_at(lang: &str, width: f64, height: f64) -> String {
    let mut props = props(LoadState::Ready(builtin()), lang, &[]);
    props.state = std::rc::Rc::new(
        props
            .state
            .apply(Action::Resize(ScreenSize { width, height })),
    );
    render(props)
}

#[test]
fn at_the_default_size_every_signatory_has_its_own_marker_with_a_line_to_its_city() {
    // The snapshot's size (720 × 405): a desktop-wide map fans out the
    // groups (Western Europe, the Bay Area, Washington's two, Brussels'
    // three), so no signatory hides in a disc.
    let html = ready("en", &[]);
    assert_eq!(
        html.matches("class=\"smw-marker\"").count(),
        15,
        "one marker each"
    );
    assert!(group_counts(&html).is_empty(), "no group disc at rest");
    let lines = html.matches("class=\"smw-leader\"").count();
    assert!(
        lines >= 10,
        "fanned members point to their cities ({lines} lines)"
    );
}

#[test]
fn a_phone_wide_map_keeps_groups_named_for_where_their_members_are() {
    let html = ready_at("en", 370.0, 300.0);
    let singles = html.matches("class=\"smw-marker\"").count();
    let grouped: usize = group_counts(&html).iter().sum();
    assert_eq!(
        singles + grouped,
        15,
        "every signatory is on the map exactly once"
    );
    assert!(
        !group_counts(&html).is_empty(),
        "overlapping signatories are grouped"
    );
    assert!(
        html.contains("aria-label=\"2 signatories in Washington\""),
        "CCIA and GNI share Washington"
    );
    assert!(
        !html.contains(" near "),
        "no group is named after one of its places"
    );
    assert!(
        !html.contains("class=\"smw-leader\""),
        "nothing fanned out on a phone"
    );
    let lt = ready_at("lt", 370.0, 300.0);
    assert!(lt.contains("aria-label=\"2 signatarai: Vašingtonas\""));
}

#[test]
fn header_list_and_legend_in_english() {
    let html = ready("en", &[]);
    assert!(html.contains("lang=\"en\""));
    assert!(html.contains("Signed 8 November 2017 · Strasbourg"));
    // The built-in areas are everyone's, listed once below (not counted
    // as toggles here): tests/shared_areas.rs. A varied dataset counts them.
    assert!(html.contains("<p class=\"smw-summary\">15 signatories<"));
    let varied = render(props(LoadState::Ready(loaded(VARIED)), "en", &[]));
    assert!(varied.contains("6 signatories · 3 pledge areas"));
    assert_eq!(html.matches("class=\"smw-list-item\"").count(), 15);
    for kind in ["Institution", "Company", "Association"] {
        assert!(html.contains(kind), "legend names {kind}");
    }
    // Natively, country names come from the same CLDR data as `Intl`.
    assert!(
        html.contains("aria-label=\"Kaspersky Lab, company, Moscow, Russia\""),
        "marker names are accessible"
    );
}

#[test]
fn everything_is_lithuanian_in_lithuanian() {
    let html = ready("lt", &[]);
    assert!(html.starts_with(
        "<div lang=\"lt\" role=\"region\" aria-label=\"Signatarų žemėlapis\" class=\"smw\">"
    ));
    assert!(html.contains("Pasirašyta 2017 m. lapkričio 8 d. · Strasbūras"));
    assert!(html.contains("<p class=\"smw-summary\">15 signatarų<"));
    let varied = render(props(LoadState::Ready(loaded(VARIED)), "lt", &[]));
    assert!(varied.contains("6 signatarai · 3 įsipareigojimų sritys"));
    assert!(html.contains("„Kaspersky Lab“") && html.contains("Žodžio laisvė internete"));
    assert!(html.contains("„Kaspersky Lab“, bendrovė, Maskva, Rusija"));
    for english in [
        "Filter by pledge area",
        "Company",
        "Showing",
        "signatories",
        "Zoom in",
    ] {
        assert!(
            !html.contains(english),
            "English {english:?} left in the Lithuanian view"
        );
    }
}

#[test]
fn the_areas_prop_presses_toggles_and_an_empty_result_says_so() {
    let html = render(props(LoadState::Ready(loaded(VARIED)), "en", &["x", "z"]));
    assert!(html.contains("Showing 0 of 6 signatories"));
    assert!(html.contains("No signatory matches all the selected areas."));
    assert!(html.contains("Clear the filter"));
    assert_eq!(
        html.matches("aria-pressed=\"true\"").count(),
        3,
        "x, z and the English toggle"
    );
    assert_eq!(html.matches("class=\"smw-list-item\"").count(), 0);
}

#[test]
fn invalid_data_lists_each_problem_in_the_readers_language() {
    let problems = vec![
        Problem {
            path: "signatories[3].lat".into(),
            issue: Issue::OutOfRange {
                value: 123.0,
                min: -90.0,
                max: 90.0,
            },
        },
        Problem {
            path: "areas[0].id".into(),
            issue: Issue::Missing,
        },
    ];
    let invalid = |lang| {
        props(
            LoadState::Failed(LoadError::Invalid(problems.clone())),
            lang,
            &[],
        )
    };
    let en = render(invalid("en"));
    assert!(en.contains("The map cannot be shown") && en.contains("The data has 2 problems:"));
    assert!(en.contains("<code>signatories[3].lat</code>: 123 is outside -90..90"));
    assert!(en.contains("Try again"));
    let lt = render(invalid("lt"));
    assert!(lt.contains("Duomenyse rastos 2 problemos:") && lt.contains("trūksta privalomo lauko"));
}

#[test]
fn loading_and_http_errors_are_never_a_blank_box() {
    assert!(render(props(LoadState::Loading, "en", &[])).contains("Loading the signatories…"));
    let failed = render(props(LoadState::Failed(LoadError::Http(404)), "en", &[]));
    assert!(failed.contains("The data could not be loaded: the server answered 404."));
}

#[test]
fn text_from_data_is_escaped_not_interpreted() {
    let hostile = VARIED.replace("\"Alpha\"", "\"<img src=x onerror=alert(1)>\"");
    let html = render(props(LoadState::Ready(loaded(&hostile)), "en", &[]));
    assert!(
        !html.contains("<img"),
        "markup in data must not become elements"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn markers_are_one_tab_stop() {
    let html = ready("en", &[]);
    let markers = html.matches(" data-key=").count();
    assert!(markers > 3, "{markers} markers and groups");
    let stops = html.matches("role=\"button\" tabindex=\"0\"").count();
    assert_eq!(
        stops, 1,
        "a roving tabindex: one marker is in the Tab order"
    );
    assert_eq!(
        html.matches("role=\"button\" tabindex=\"-1\"").count(),
        markers - 1
    );
}

#[test]
fn markup_in_names_is_shown_as_text() {
    let json = VARIED.replacen("\"Alpha\"", "\"<img src=x onerror=alert(1)>\"", 1);
    let html = render(props(LoadState::Ready(loaded(&json)), "en", &[]));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the name is escaped text"
    );
    assert!(!html.contains("<img"), "no element is made from data");
    // (Links: `Signatory::safe_url` in core, and tests/e2e/privacy.test.mjs.)
}

/// The map's summary paragraph, markup and all.
fn summary_of(html: &str) -> &str {
    let start = html
        .find("<p id=\"smw-map-summary\"")
        .expect("the map has a summary");
    let end = start + html[start..].find("</p>").expect("closed");
    &html[start..end]
}

#[test]
fn the_map_is_described_by_its_summary_which_comes_before_the_markers() {
    let html = ready("en", &[]);
    let summary = html.find("id=\"smw-map-summary\"").expect("a summary");
    let map_class = html.find("class=\"smw-map\"").expect("the map");
    let map = html[..map_class].rfind("<div").expect("the map's tag");
    let first_marker = html
        .find("class=\"smw-marker\"")
        .expect("markers are drawn");
    assert!(html
        .find("class=\"smw-map-panel\"")
        .is_some_and(|panel| panel < summary));
    assert!(
        summary < map && map < first_marker,
        "read first, then the map and its markers"
    );
    let tag = &html[map..map_class];
    assert!(
        tag.contains("role=\"group\"")
            && tag.contains("aria-describedby=\"smw-map-summary smw-map-keys\""),
        "{tag}"
    );
    assert!(summary_of(&html).contains(
        "15 signatories: Council of Europe (Strasbourg), 8 companies in 5 countries and 6 associations in 3 countries."
    ));
    assert!(summary_of(&ready("lt", &[])).contains(
        "15 signatarų: Europos Taryba (Strasbūras), 8 bendrovės iš 5 šalių ir 6 asociacijos iš 3 šalių."
    ));
}

#[test]
fn the_summary_names_the_chosen_area_and_marks_text_in_another_language() {
    let data = || LoadState::Ready(loaded(VARIED));
    let en = render(props(data(), "en", &["x"]));
    assert!(
        summary_of(&en).ends_with(
            ">3 of 6 signatories pledged on “Ex”: 2 companies in 1 country and Beta (Rome)."
        ),
        "{}",
        summary_of(&en)
    );
    // The test data has English texts only: in Lithuanian they are marked.
    let lt = render(props(data(), "lt", &["x"]));
    assert!(
        summary_of(&lt).ends_with(
            ">3 iš 6 signatarų įsipareigojo srityje „<span lang=\"en\">Ex</span>“: \
             2 bendrovės iš 1 šalies ir <span lang=\"en\">Beta</span> (<span lang=\"en\">Rome</span>)."
        ),
        "{}",
        summary_of(&lt)
    );
    let none = render(props(data(), "en", &["x", "z"]));
    assert!(
        summary_of(&none).ends_with(">None of the 6 signatories pledged on both “Ex” and “Zed”.")
    );
}
