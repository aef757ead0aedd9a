//! What a dataset says about its areas as a whole: what they are called
//! (`areasLabel`), whether the list is complete (`areasComplete`), and
//! whether the filter could narrow anything at all (every signatory with
//! the same areas: then it cannot, and the widget offers no toggles).
#![cfg(not(target_arch = "wasm32"))]

use signatory_core::dataset::{Dataset, BUILTIN_DATASET_JSON};

use signatory_core::json::{JsonKind, JsonValue};
use signatory_core::problem::{Expected, Issue, Problem};
use signatory_core::validate::validate;

fn parse(text: &str) -> JsonValue<'_> {
    signatory_core::json::parse(text, signatory_core::json::std_number)
        .expect("test JSON is well-formed")
}

/// A dataset with these top-level `extra` members, and one signatory per
/// list of area ids in `pledged`.
fn dataset_json(extra: &str, pledged: &[&[&str]]) -> String {
    let signatories: Vec<String> = pledged
        .iter()
        .enumerate()
        .map(|(i, areas)| {
            let areas: Vec<String> = areas.iter().map(|a| format!("\"{a}\"")).collect();
            format!(
                r#"{{"id": "s{i}", "name": {{"en": "S{i}"}}, "kind": "company", "city": {{"en": "Bonn"}},
                    "country": "DE", "lat": 50.7, "lon": 7.1, "areas": [{}]}}"#,
                areas.join(",")
            )
        })
        .collect();
    format!(
        r#"{{"version": 1, {extra}
            "agreement": {{"title": {{"en": "T"}}, "date": "2017-11-08"}},
            "areas": [{{"id": "a", "label": {{"en": "A"}}}}, {{"id": "b", "label": {{"en": "B"}}}},
                      {{"id": "c", "label": {{"en": "C"}}}}],
            "signatories": [{}]}}"#,
        signatories.join(",")
    )
}

fn valid(extra: &str, pledged: &[&[&str]]) -> Dataset {
    validate(&parse(&dataset_json(extra, pledged))).expect("valid dataset")
}

/// What the widget decides from the data: the areas all signatories
/// share, or `None` when the filter can narrow.
fn shared_areas(dataset: &Dataset) -> Option<Vec<usize>> {
    let alike = signatory_core::filter::AreaMasks::new(dataset).all_alike();
    alike.then(|| {
        dataset
            .signatories
            .first()
            .map_or(Vec::new(), |s| s.areas.clone())
    })
}

fn problems(extra: &str) -> Vec<Problem> {
    validate(&parse(&dataset_json(extra, &[&["a"]]))).expect_err("rejected")
}

#[test]
fn the_filter_cannot_narrow_when_every_signatory_has_the_same_areas() {
    let same = valid("", &[&["a", "b"], &["b", "a"], &["a", "b", "a"]]);
    assert_eq!(shared_areas(&same), Some(vec![0, 1]));
    // One signatory, or none, can never be narrowed either.
    assert_eq!(shared_areas(&valid("", &[&["c"]])), Some(vec![2]));
    assert_eq!(shared_areas(&valid("", &[])), Some(vec![]));
}

#[test]
fn any_difference_between_two_signatories_lets_the_filter_narrow() {
    assert_eq!(shared_areas(&valid("", &[&["a", "b"], &["a"]])), None);
    assert_eq!(shared_areas(&valid("", &[&["a"], &["a"], &["b"]])), None);
    assert_eq!(shared_areas(&valid("", &[&[], &["c"]])), None);
}

#[test]
fn the_builtin_dataset_names_its_areas_as_the_sources_do_and_says_they_are_some() {
    let dataset = validate(&parse(BUILTIN_DATASET_JSON)).expect("valid");
    let label = dataset
        .areas_label
        .as_ref()
        .expect("the built-in data names its areas");
    assert_eq!(label.get("en"), "Areas of cooperation");
    assert_eq!(label.get("lt"), "Bendradarbiavimo sritys");
    assert!(!dataset.areas_complete, "the source says 'among others'");
    assert_eq!(shared_areas(&dataset), Some((0..7).collect()));
}

#[test]
fn old_datasets_without_the_fields_stay_valid_with_the_defaults() {
    let dataset = valid("", &[&["a"]]);
    assert_eq!(dataset.areas_label, None);
    assert!(dataset.areas_complete);
    let named = valid(
        r#""areasLabel": {"en": "Commitments", "lt": "Įsipareigojimai"}, "areasComplete": false,"#,
        &[&["a"]],
    );
    assert_eq!(
        named.areas_label.map(|l| l.get("lt").to_owned()),
        Some("Įsipareigojimai".into())
    );
    assert!(!named.areas_complete);
    // `null` is the same as absent, as for the other optional fields.
    let nulls = valid(r#""areasLabel": null, "areasComplete": null,"#, &[&["a"]]);
    assert_eq!((nulls.areas_label, nulls.areas_complete), (None, true));
}

#[test]
fn a_wrong_area_label_or_completeness_rejects_the_dataset_with_its_path() {
    assert_eq!(
        problems(r#""areasLabel": "Commitments", "areasComplete": "no","#),
        vec![
            Problem {
                path: "areasLabel".into(),
                issue: Issue::WrongType {
                    expected: Expected::LocalizedText,
                    found: JsonKind::String
                }
            },
            Problem {
                path: "areasComplete".into(),
                issue: Issue::WrongType {
                    expected: Expected::Boolean,
                    found: JsonKind::String
                }
            },
        ]
    );
    assert_eq!(
        problems(r#""areasLabel": {"en": " "},"#),
        vec![Problem {
            path: "areasLabel.en".into(),
            issue: Issue::EmptyText
        }]
    );
    assert_eq!(
        problems(r#""areasLabel": {"lt": "Sritys"},"#),
        vec![Problem {
            path: "areasLabel".into(),
            issue: Issue::MissingEnglish
        }]
    );
}

#[test]
fn the_demo_example_is_marked_illustrative_and_lets_the_filter_narrow() {
    let text = include_str!("../../../data/examples/regional-pledge.json");
    let dataset = validate(&parse(text)).expect("the example is valid");
    assert!(dataset.warnings.is_empty());
    assert!(dataset
        .agreement
        .title
        .get("en")
        .starts_with("Illustrative example: "));
    assert!(dataset
        .agreement
        .title
        .get("lt")
        .starts_with("Iliustracinis pavyzdys: "));
    assert_eq!(
        shared_areas(&dataset),
        None,
        "signatories chose different areas"
    );
    assert!((12..=30).contains(&dataset.signatories.len()));
}
