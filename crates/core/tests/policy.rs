//! The partial-problem policy and the limits (see `core::validate`): which
//! problems leave one signatory out with a warning, which reject the whole
//! dataset, and that no limit can be crossed silently.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use signatory_core::json::{parse, std_number, JsonValue, ReadError, MAX_DEPTH};
use signatory_core::problem::Issue;
use signatory_core::validate::{validate, MAX_AREAS, MAX_SIGNATORIES, MAX_TEXT_CHARS};

fn signatory(id: &str) -> Value {
    json!({"id": id, "name": {"en": id.to_uppercase()}, "kind": "company", "city": {"en": "Bonn"},
           "country": "DE", "lat": 50.7, "lon": 7.1, "areas": ["privacy"]})
}

fn dataset(signatories: Vec<Value>) -> Value {
    json!({"version": 1,
           "agreement": {"title": {"en": "T"}, "date": "2017-11-08"},
           "areas": [{"id": "privacy", "label": {"en": "Privacy"}}],
           "signatories": signatories})
}

/// Written out and read back by the shipped reader.
fn read(value: &Value) -> JsonValue<'static> {
    parse(&value.to_string(), std_number)
        .expect("reads")
        .into_owned()
}

#[test]
fn a_broken_signatory_is_left_out_with_a_warning_and_the_rest_shown() {
    let mut bad = signatory("b");
    bad["lat"] = json!(123);
    bad["kind"] = json!("charity");
    let mut duplicate = signatory("a");
    duplicate["name"] = json!({"en": "Second A"});
    let value = dataset(vec![signatory("a"), bad, signatory("c"), duplicate]);
    let data = validate(&read(&value)).expect("shown, minus the broken ones");
    let ids: Vec<&str> = data.signatories.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    let paths: Vec<&str> = data.warnings.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "signatories[1].kind",
            "signatories[1].lat",
            "signatories[3].id"
        ]
    );
}

#[test]
fn dataset_level_problems_reject_and_list_signatory_problems_too() {
    let mut value = dataset(vec![signatory("a"), signatory("a")]);
    value["areas"] = json!([{"id": "privacy", "label": {"lt": "Privatumas"}}]);
    let problems = validate(&read(&value)).expect_err("rejected");
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["areas[0].label", "signatories[1].id"]);
    assert_eq!(problems[0].issue, Issue::MissingEnglish);
}

#[test]
fn when_every_signatory_is_broken_the_dataset_is_rejected() {
    let mut bad = signatory("a");
    bad["country"] = json!("UK");
    let problems = validate(&read(&dataset(vec![bad]))).expect_err("nothing to show");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "signatories[0].country");
    assert_eq!(
        problems[0].issue,
        Issue::InvalidCountry { value: "UK".into() }
    );
}

#[test]
fn an_empty_list_of_signatories_is_a_valid_empty_map() {
    let data = validate(&read(&dataset(Vec::new()))).expect("valid");
    assert!(data.signatories.is_empty() && data.warnings.is_empty());
}

#[test]
fn ten_thousand_signatories_are_accepted() {
    let many: Vec<Value> = (0..10_000).map(|i| signatory(&format!("s{i}"))).collect();
    let data = validate(&read(&dataset(many))).expect("valid");
    assert_eq!(data.signatories.len(), 10_000);
}

#[test]
fn over_the_signatory_limit_the_dataset_is_rejected_without_reading_them() {
    let too_many = vec![json!(null); MAX_SIGNATORIES + 1];
    let problems = validate(&read(&dataset(too_many))).expect_err("over the limit");
    assert_eq!(problems.len(), 1, "one clear problem, not 20,001");
    assert_eq!(problems[0].path, "signatories");
    assert_eq!(
        problems[0].issue,
        Issue::TooMany {
            count: MAX_SIGNATORIES + 1,
            limit: MAX_SIGNATORIES
        }
    );
}

#[test]
fn over_the_area_limit_the_dataset_is_rejected() {
    let mut value = dataset(vec![signatory("a")]);
    let areas: Vec<Value> = (0..=MAX_AREAS)
        .map(|i| json!({"id": format!("a{i}"), "label": {"en": "A"}}))
        .collect();
    value["areas"] = json!(areas);
    let problems = validate(&read(&value)).expect_err("over the limit");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "areas" && p.issue.is_limit()),
        "{problems:?}"
    );
}

#[test]
fn a_text_over_the_length_limit_rejects_even_inside_one_signatory() {
    let mut long = signatory("b");
    long["name"] = json!({"en": "x".repeat(MAX_TEXT_CHARS + 1)});
    let problems = validate(&read(&dataset(vec![signatory("a"), long]))).expect_err("rejected");
    assert_eq!(problems[0].path, "signatories[1].name.en");
    assert_eq!(
        problems[0].issue,
        Issue::TooLong {
            length: MAX_TEXT_CHARS + 1,
            limit: MAX_TEXT_CHARS
        }
    );
    // At the limit exactly, it is fine.
    let mut at_limit = signatory("b");
    at_limit["name"] = json!({"en": "é".repeat(MAX_TEXT_CHARS)});
    assert!(validate(&read(&dataset(vec![at_limit]))).is_ok());
}

#[test]
fn deep_nesting_is_refused_while_reading() {
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(parse(&deep, std_number), Err(ReadError::TooDeep));
    // An unknown field nested deep inside a signatory is refused too.
    let mut value = dataset(vec![signatory("a")]);
    let mut nested = json!(1);
    for _ in 0..MAX_DEPTH {
        nested = json!([nested]);
    }
    value["signatories"][0]["extra"] = nested;
    let text = value.to_string();
    assert_eq!(parse(&text, std_number), Err(ReadError::TooDeep));
}

#[test]
fn a_left_out_signatory_does_not_keep_its_id() {
    let mut broken = signatory("a");
    broken["kind"] = json!("guild");
    let data = validate(&read(&dataset(vec![broken, signatory("a")]))).expect("the second is fine");
    assert_eq!(data.signatories.len(), 1);
    assert_eq!(data.warnings.len(), 1, "only the kind: {:?}", data.warnings);
}
