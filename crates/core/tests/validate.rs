//! Dataset validation, natively: the built-in dataset is valid and complete,
//! and broken datasets are rejected with every problem and its JSON path.
#![cfg(not(target_arch = "wasm32"))]

use signatory_core::dataset::{Kind, BUILTIN_DATASET_JSON};
use signatory_core::json::{JsonKind, JsonValue};
use signatory_core::problem::{Expected, Issue, Problem};
use signatory_core::validate::validate;

fn parse(text: &str) -> JsonValue<'_> {
    signatory_core::json::parse(text, signatory_core::json::std_number)
        .expect("test JSON is well-formed")
}

fn problems(text: &str) -> Vec<Problem> {
    validate(&parse(text)).expect_err("dataset should be rejected")
}

fn minimal(signatory_patch: &str) -> String {
    format!(
        r#"{{"version": 1,
            "agreement": {{"title": {{"en": "T"}}, "date": "2017-11-08"}},
            "areas": [{{"id": "privacy", "label": {{"en": "Privacy", "lt": "Privatumas"}}}},
                      {{"id": "children", "label": {{"en": "Children"}}}}],
            "signatories": [{{"id": "a", "name": {{"en": "A"}}, "kind": "company", "city": {{"en": "Bonn"}},
                              "country": "DE", "lat": 50.7, "lon": 7.1, "areas": ["privacy"]{signatory_patch}}}]}}"#
    )
}

#[test]
fn the_builtin_dataset_is_the_seeds_agreement() {
    let dataset = validate(&parse(BUILTIN_DATASET_JSON)).expect("built-in dataset is valid");
    assert_eq!(dataset.signatories.len(), 15);
    assert_eq!(dataset.areas.len(), 7);
    let count = |kind| {
        dataset
            .signatories
            .iter()
            .filter(|s| s.kind == kind)
            .count()
    };
    assert_eq!(
        (
            count(Kind::Institution),
            count(Kind::Company),
            count(Kind::Association)
        ),
        (1, 8, 6)
    );
    let names: Vec<&str> = dataset
        .signatories
        .iter()
        .map(|s| s.name.get("en"))
        .collect();
    for expected in [
        "Council of Europe",
        "Kaspersky Lab",
        "Apple",
        "Deutsche Telekom",
        "Facebook",
        "Google",
        "Microsoft",
        "Orange",
        "Telefónica",
        "DIGITALEUROPE",
        "European Digital SME Alliance",
        "GSMA",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let lt: Vec<&str> = dataset
        .signatories
        .iter()
        .map(|s| s.name.get("lt"))
        .collect();
    assert!(lt.contains(&"„Kaspersky Lab“") && lt.contains(&"Skaitmeninis Europos SME Aljansas"));
    assert_eq!(dataset.agreement.date.year, 2017);
    let cities = |city: &str| {
        dataset
            .signatories
            .iter()
            .filter(|s| s.city.get("en") == city)
            .count()
    };
    assert_eq!(
        (cities("Brussels"), cities("Washington")),
        (3, 2),
        "signatories sharing a city (they must group on the map)"
    );
    assert!(dataset
        .signatories
        .iter()
        .all(|s| s.areas.len() == 7 && s.safe_url().is_some()));
}

#[test]
fn a_minimal_dataset_is_accepted_and_resolves_area_ids() {
    let dataset = validate(&parse(&minimal(""))).expect("valid");
    assert_eq!(dataset.signatories[0].areas, vec![0]);
    assert_eq!(
        dataset.areas[1].label.get("lt"),
        "Children",
        "missing translation falls back to English"
    );
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let text = r#"{"version": 1,
        "agreement": {"title": {"en": "T"}, "date": "2017-02-30"},
        "areas": [{"id": "privacy", "label": {"en": "P"}}, {"id": "privacy", "label": {"en": "Q"}}],
        "signatories": [
          {"id": "a", "name": {"en": "A"}, "kind": "company", "city": {"en": "X"}, "country": "DE", "lat": 1, "lon": 2, "areas": []},
          {"id": "b", "name": {"en": "B"}, "kind": "charity", "city": {"en": "X"}, "country": "Germany",
           "lat": 123, "lon": "east", "areas": ["privacy"]},
          {"id": "a", "name": {}, "kind": "company", "city": {"en": "X"}, "country": "DE", "lat": 1, "lon": 2, "areas": []}
        ]}"#;
    let found = problems(text);
    let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "agreement.date",
            "areas[1].id",
            "signatories[1].kind",
            "signatories[1].country",
            "signatories[1].lat",
            "signatories[1].lon",
            "signatories[2].id",
            "signatories[2].name",
        ],
        "{found:#?}"
    );
    assert_eq!(
        found[4].issue,
        Issue::OutOfRange {
            value: 123.0,
            min: -90.0,
            max: 90.0
        }
    );
    assert_eq!(
        found[5].issue,
        Issue::WrongType {
            expected: Expected::Number,
            found: JsonKind::String
        }
    );
    assert_eq!(
        found[6].issue,
        Issue::DuplicateId {
            id: "a".into(),
            first: "signatories[0].id".into()
        }
    );
}

#[test]
fn unknown_areas_and_kinds_and_versions_are_named() {
    let found = problems(
        &minimal("")
            .replace(
                r#""areas": ["privacy"]"#,
                r#""areas": ["privacy", "climate"]"#,
            )
            .replace("\"version\": 1", "\"version\": 2"),
    );
    assert_eq!(
        found[0],
        Problem {
            path: "version".into(),
            issue: Issue::UnsupportedVersion { found: "2".into() }
        }
    );
    assert_eq!(found[1].path, "signatories[0].areas[1]");
    assert_eq!(
        found[1].issue,
        Issue::UnknownArea {
            id: "climate".into()
        }
    );
}

#[test]
fn missing_fields_and_wrong_root_types_are_reported() {
    let found = problems(r#"{"version": 1, "areas": {}, "signatories": [{"id": "x"}]}"#);
    let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths[0], "agreement");
    assert_eq!(found[0].issue, Issue::Missing);
    assert_eq!(
        found[1].issue,
        Issue::WrongType {
            expected: Expected::Array,
            found: JsonKind::Object
        }
    );
    for field in ["name", "kind", "city", "country", "lat", "lon", "areas"] {
        assert!(
            paths.contains(&format!("signatories[0].{field}").as_str()),
            "{field}: {paths:?}"
        );
    }
    let root = problems("[1, 2]");
    assert_eq!(
        root,
        vec![Problem {
            path: String::new(),
            issue: Issue::WrongType {
                expected: Expected::Object,
                found: JsonKind::Array
            }
        }]
    );
}

#[test]
fn ids_that_would_break_the_areas_attribute_are_rejected() {
    let found = problems(&minimal("").replace(r#""id": "a""#, r#""id": "a, b""#));
    assert_eq!(found[0].issue, Issue::InvalidId { id: "a, b".into() });
}

#[test]
fn blank_texts_and_non_string_translations_are_rejected() {
    let found = problems(
        &minimal("").replace(r#""name": {"en": "A"}"#, r#""name": {"en": "  ", "lt": 5}"#),
    );
    assert_eq!(
        found[0],
        Problem {
            path: "signatories[0].name.en".into(),
            issue: Issue::EmptyText
        }
    );
    assert_eq!(found[1].path, "signatories[0].name.lt");
}

#[test]
fn a_broken_area_list_does_not_flood_signatories_with_unknown_area_errors() {
    let found =
        problems(&minimal("").replace(r#""areas": [{"id": "privacy""#, r#""areas": [{"id": 7"#));
    assert!(
        found
            .iter()
            .all(|p| !matches!(p.issue, Issue::UnknownArea { .. })),
        "{found:#?}"
    );
}
