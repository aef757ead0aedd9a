//! The facts behind the map's written summary: who is shown, by kind, in
//! how many countries, and which chosen areas are worth naming.
#![cfg(not(target_arch = "wasm32"))]

use signatory_core::basemap::GeoPoint;
use signatory_core::dataset::{
    Agreement, CalendarDate, Dataset, Kind, LocalizedText, Signatory, BUILTIN_DATASET_JSON,
};
use signatory_core::json::std_number;
use signatory_core::read::read_dataset;
use signatory_core::summary::{facts, KindShown};

fn english(text: &str) -> LocalizedText {
    LocalizedText::new(vec![("en".into(), text.into())])
}

/// A dataset of `members` (kind, country), named by their position.
fn dataset(members: &[(Kind, &str)]) -> Dataset {
    Dataset {
        agreement: Agreement {
            title: english("T"),
            date: CalendarDate {
                year: 2020,
                month: 1,
                day: 1,
            },
            place: None,
            source: None,
        },
        areas: Vec::new(),
        areas_label: None,
        areas_complete: true,
        updated: None,
        signatories: members
            .iter()
            .enumerate()
            .map(|(i, &(kind, country))| Signatory {
                id: format!("s{i}"),
                name: english(&format!("S{i}")),
                kind,
                city: english("C"),
                country: country.into(),
                location: GeoPoint { lon: 0.0, lat: 0.0 },
                areas: Vec::new(),
                url: None,
            })
            .collect(),
        warnings: Vec::new(),
    }
}

fn all(dataset: &Dataset) -> Vec<usize> {
    (0..dataset.signatories.len()).collect()
}

#[test]
fn the_builtin_dataset_is_one_institution_eight_companies_and_six_associations() {
    let dataset = read_dataset(BUILTIN_DATASET_JSON, std_number).expect("valid");
    let seen = facts(&dataset, &all(&dataset), &[]);
    assert_eq!((seen.shown, seen.total), (15, 15));
    let council = dataset
        .signatories
        .iter()
        .position(|s| s.id == "council-of-europe")
        .expect("the Council is a signatory");
    assert_eq!(
        seen.kinds,
        vec![
            KindShown {
                kind: Kind::Institution,
                count: 1,
                countries: 1,
                first: council
            },
            // Russia, the United States, Germany, France, Spain.
            KindShown {
                kind: Kind::Company,
                count: 8,
                countries: 5,
                first: 1
            },
            // The United States, Belgium, the United Kingdom.
            KindShown {
                kind: Kind::Association,
                count: 6,
                countries: 3,
                first: 9
            },
        ]
    );
}

#[test]
fn kinds_come_in_legend_order_and_only_when_shown() {
    let data = dataset(&[
        (Kind::Association, "BE"),
        (Kind::Company, "FR"),
        (Kind::Association, "BE"),
        (Kind::Company, "DE"),
    ]);
    let seen = facts(&data, &[1, 2, 3], &[]);
    let kinds: Vec<_> = seen
        .kinds
        .iter()
        .map(|k| (k.kind, k.count, k.first))
        .collect();
    assert_eq!(
        kinds,
        vec![(Kind::Company, 2, 1), (Kind::Association, 1, 2)],
        "no institution; the shown association is the second one"
    );
    assert_eq!(seen.shown, 3);
    assert_eq!(seen.total, 4);
}

#[test]
fn countries_are_counted_once_each() {
    let data = dataset(&[
        (Kind::Company, "FR"),
        (Kind::Company, "FR"),
        (Kind::Company, "AD"),
        (Kind::Company, "ZW"),
        (Kind::Company, "AZ"),
        (Kind::Company, "ZA"),
        (Kind::Institution, "FR"),
    ]);
    let seen = facts(&data, &all(&data), &[]);
    assert_eq!(seen.kinds[0].countries, 1, "the institution's own country");
    assert_eq!(
        seen.kinds[1].countries, 5,
        "FR, AD, ZW, AZ, ZA: the first and last codes, and anagrams, are told apart"
    );
}

#[test]
fn chosen_areas_are_kept_only_when_they_leave_someone_out() {
    let data = dataset(&[(Kind::Company, "FR"), (Kind::Company, "DE")]);
    assert_eq!(facts(&data, &[0], &[2, 5]).areas, vec![2, 5]);
    assert_eq!(facts(&data, &[], &[2]).areas, vec![2], "an empty result");
    assert!(
        facts(&data, &[0, 1], &[2]).areas.is_empty(),
        "a choice every signatory meets narrows nothing: nothing to say about it"
    );
}

#[test]
fn ten_thousand_signatories_are_counted_in_one_pass() {
    const CODES: [&str; 7] = ["FR", "DE", "LT", "US", "JP", "BR", "KE"];
    let members: Vec<(Kind, &str)> = (0..10_000)
        .map(|i| (Kind::ALL[i % 3], CODES[i % 7]))
        .collect();
    let data = dataset(&members);
    let visible: Vec<usize> = (0..10_000).filter(|i| i % 2 == 0).collect();
    let seen = facts(&data, &visible, &[0]);
    assert_eq!(seen.shown, 5_000);
    assert_eq!(seen.kinds.iter().map(|k| k.count).sum::<usize>(), 5_000);
    assert!(seen.kinds.iter().all(|k| k.countries == 7), "{seen:?}");
}
