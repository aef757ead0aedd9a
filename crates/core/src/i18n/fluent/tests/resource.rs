//! Realistic English and Lithuanian resources, formatted end to end.

use super::{english, lithuanian, number};
use crate::i18n::fluent::{FluentArg, PluralCategory, Resource};

const ENGLISH: &str = r#"### Signatory map widget, English.

## Brand

-agreement = Climate Pledge

## Header

title = Signatories of the { -agreement }
subtitle =
    Every organisation that has signed,
    by country and pledge area.

## Filter

filter-label = Pledge area
filter-option = { $area ->
    [energy] Energy
    [transport] Transport
   *[all] All areas
}

## Counts

signatory-count = { $count ->
    [0] No signatories yet
    [one] { $count } signatory
   *[other] { $count } signatories
}
map-summary = { signatory-count } in { $countries } countries

## Controls

language-toggle = Lietuviškai
    .aria-label = Switch to Lithuanian
zoom-in =
    .title = Zoom in
    .aria-label = { zoom-in.title }
"#;

const LITHUANIAN: &str = r#"### Signatarų žemėlapis, lietuvių kalba.

-agreement = Klimato pasižadėjimo

title = { -agreement } signatarai
subtitle =
    Visos pasirašiusios organizacijos
    pagal šalį ir pasižadėjimo sritį.

filter-label = Pasižadėjimo sritis
filter-option = { $area ->
    [energy] Energetika
    [transport] Transportas
   *[all] Visos sritys
}

signatory-count = { $count ->
    [0] Signatarų dar nėra
    [one] { $count } signataras
    [few] { $count } signatarai
    [many] { $count } signataro
   *[other] { $count } signatarų
}
map-summary = { signatory-count }, šalių: { $countries }

language-toggle = English
    .aria-label = Perjungti į anglų kalbą
zoom-in =
    .title = Priartinti
    .aria-label = { zoom-in.title }
"#;

const IDS: [&str; 10] = [
    "title",
    "subtitle",
    "filter-label",
    "filter-option",
    "signatory-count",
    "map-summary",
    "language-toggle",
    "language-toggle.aria-label",
    "zoom-in.title",
    "zoom-in.aria-label",
];

/// Formats the summary line for `count` signatories in 12 countries.
fn summary(resource: &Resource, count: f64, plural: &dyn Fn(f64) -> PluralCategory) -> String {
    let display = count.to_string();
    let args = [
        ("count", number(count, &display)),
        ("countries", number(12.0, "12")),
    ];
    resource
        .format("map-summary", &args, plural)
        .unwrap_or_default()
}

#[test]
fn english_resource_round_trip() {
    let resource = Resource::parse(ENGLISH).expect("English resource parses");
    assert_eq!(resource.message_ids(), IDS);
    let plain = |id| resource.format(id, &[], &english).unwrap_or_default();
    assert_eq!(plain("title"), "Signatories of the Climate Pledge");
    assert_eq!(
        plain("subtitle"),
        "Every organisation that has signed,\nby country and pledge area."
    );
    assert_eq!(plain("filter-label"), "Pledge area");
    assert_eq!(plain("filter-option"), "All areas");
    assert_eq!(plain("language-toggle.aria-label"), "Switch to Lithuanian");
    assert_eq!(plain("zoom-in.aria-label"), "Zoom in");
    let area = [("area", FluentArg::Str("transport"))];
    assert_eq!(
        resource.format("filter-option", &area, &english).as_deref(),
        Some("Transport")
    );
    assert_eq!(
        summary(&resource, 0.0, &english),
        "No signatories yet in 12 countries"
    );
    assert_eq!(
        summary(&resource, 1.0, &english),
        "1 signatory in 12 countries"
    );
    assert_eq!(
        summary(&resource, 250.0, &english),
        "250 signatories in 12 countries"
    );
}

#[test]
fn lithuanian_resource_round_trip() {
    let resource = Resource::parse(LITHUANIAN).expect("Lithuanian resource parses");
    // Both translations define the same ids, which a build check relies on.
    assert_eq!(resource.message_ids(), IDS);
    let plain = |id| resource.format(id, &[], &lithuanian).unwrap_or_default();
    assert_eq!(plain("title"), "Klimato pasižadėjimo signatarai");
    assert_eq!(
        plain("subtitle"),
        "Visos pasirašiusios organizacijos\npagal šalį ir pasižadėjimo sritį."
    );
    assert_eq!(plain("zoom-in.aria-label"), "Priartinti");
    let cases = [
        (0.0, "Signatarų dar nėra, šalių: 12"),
        (1.0, "1 signataras, šalių: 12"),
        (2.0, "2 signatarai, šalių: 12"),
        (10.0, "10 signatarų, šalių: 12"),
        (11.0, "11 signatarų, šalių: 12"),
        (21.0, "21 signataras, šalių: 12"),
    ];
    for (count, expected) in cases {
        assert_eq!(summary(&resource, count, &lithuanian), expected);
    }
}
