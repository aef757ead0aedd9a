//! The dataset fingerprint a snapshot records: what a reader would see as
//! the same data has the same fingerprint, and any change they would see
//! gives another.

use signatory_core::dataset::BUILTIN_DATASET_JSON;
use signatory_core::fingerprint::dataset_fingerprint;
use signatory_core::json::std_number;
use signatory_core::read::read_dataset;

fn fingerprint(text: &str) -> String {
    let dataset = read_dataset(text, std_number).expect("a valid dataset");
    dataset_fingerprint(&dataset)
}

/// A change to the built-in dataset, named for the assertion message.
type Edit = (&'static str, fn(&mut serde_json::Value));

fn builtin_value() -> serde_json::Value {
    serde_json::from_str(BUILTIN_DATASET_JSON).expect("the built-in dataset is JSON")
}

#[test]
fn the_same_data_written_differently_has_the_same_fingerprint() {
    let original = fingerprint(BUILTIN_DATASET_JSON);
    assert_eq!(original.len(), 16);
    assert!(original
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    let compact = serde_json::to_string(&builtin_value()).unwrap();
    assert_eq!(fingerprint(&compact), original, "spacing");
    // The title's languages the other way round, and a number spelled otherwise.
    let reordered = BUILTIN_DATASET_JSON
        .replacen(
            "\"en\": \"Council of Europe partnership with technology companies for an open and safe Internet\",\n      \"lt\": \"Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui\"",
            "\"lt\": \"Europos Tarybos ir technologijų bendrovių partnerystė atviram ir saugiam internetui\",\n      \"en\": \"Council of Europe partnership with technology companies for an open and safe Internet\"",
            1,
        )
        .replacen("\"lat\": 48.5833", "\"lat\": 4.85833e1", 1);
    assert_ne!(reordered, BUILTIN_DATASET_JSON, "the test edits the text");
    assert_eq!(
        fingerprint(&reordered),
        original,
        "key order and number spelling"
    );
}

#[test]
fn any_change_a_reader_would_see_changes_the_fingerprint() {
    let original = fingerprint(BUILTIN_DATASET_JSON);
    let edits: [Edit; 7] = [
        ("a signatory's city", |d| {
            d["signatories"][3]["city"]["lt"] = "Kitur".into()
        }),
        ("a signatory's position", |d| {
            d["signatories"][0]["lon"] = 7.75.into()
        }),
        ("an area left", |d| {
            let areas = d["signatories"][2]["areas"].as_array_mut().unwrap();
            areas.pop();
        }),
        ("a signatory removed", |d| {
            d["signatories"].as_array_mut().unwrap().pop();
        }),
        ("the title", |d| {
            d["agreement"]["title"]["en"] = "Another pledge".into()
        }),
        ("the date", |d| d["agreement"]["date"] = "2017-11-09".into()),
        ("the day the data is as of", |d| {
            d["updated"] = "2018-03-01".into()
        }),
    ];
    let mut seen = vec![original];
    for (what, edit) in edits {
        let mut value = builtin_value();
        edit(&mut value);
        let changed = fingerprint(&serde_json::to_string(&value).unwrap());
        assert!(!seen.contains(&changed), "{what} changes the fingerprint");
        seen.push(changed);
    }
}
