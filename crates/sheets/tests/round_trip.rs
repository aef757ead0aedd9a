//! Any valid dataset, saved as the three CSV files of the spreadsheet
//! format in any of the ways spreadsheet programs write CSV, converts back
//! to the same dataset: nothing a newsroom types is lost or changed.

mod support;

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use signatory_sheets::convert::{convert_files, InputFile};
use signatory_sheets::gazetteer::Gazetteer;
use support::*;

/// Texts people type: letters of several scripts, quotes, separators and
/// line breaks inside, never blank or padded with spaces.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-žА-я0-9\"';,|\t&()–„“ ]{0,18}[A-Za-zĄ-ž0-9\"'.)]"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("not blank", |s| !s.is_empty())
}

fn localized() -> impl Strategy<Value = Value> {
    (text(), proptest::option::of(text())).prop_map(|(en, lt)| {
        let mut map = Map::new();
        map.insert("en".into(), en.into());
        if let Some(lt) = lt {
            map.insert("lt".into(), lt.into());
        }
        Value::Object(map)
    })
}

/// A coordinate with up to six decimals, as sheets hold them.
fn coordinate(limit: i64) -> impl Strategy<Value = f64> {
    (-limit * 1_000_000..=limit * 1_000_000).prop_map(|micro| micro as f64 / 1_000_000.0)
}

fn dataset() -> impl Strategy<Value = Value> {
    let areas = proptest::collection::vec(localized(), 1..6);
    let signatory = (
        localized(),
        prop_oneof![Just("company"), Just("association"), Just("institution")],
        localized(),
        prop_oneof![Just("LT"), Just("US"), Just("GB"), Just("FR"), Just("XK")],
        coordinate(90),
        coordinate(180),
        proptest::collection::vec(any::<bool>(), 6),
        proptest::option::of("https://[a-z]{1,8}\\.example/[a-z0-9?=&]{0,8}"),
    );
    let agreement = (
        localized(),
        (1990u32..2040, 1u32..13, 1u32..29),
        proptest::option::of((localized(), coordinate(90), coordinate(180))),
        proptest::option::of(localized()),
        proptest::option::of(any::<bool>()),
        proptest::option::of((1990u32..2040, 1u32..13, 1u32..29)),
    );
    (agreement, areas, proptest::collection::vec(signatory, 1..12)).prop_map(
        |((title, (y, m, d), place, areas_label, complete, updated), area_labels, signatories)| {
            let areas: Vec<Value> = area_labels
                .into_iter()
                .enumerate()
                .map(|(i, label)| json!({ "id": format!("area-{i}"), "label": label }))
                .collect();
            let mut agreement = json!({ "title": title, "date": format!("{y:04}-{m:02}-{d:02}") });
            if let Some((name, lat, lon)) = place {
                agreement["place"] = json!({ "name": name, "lat": lat, "lon": lon });
            }
            let mut root = json!({ "version": 1, "agreement": agreement });
            if let Some(label) = areas_label {
                root["areasLabel"] = label;
            }
            if let Some(complete) = complete {
                root["areasComplete"] = complete.into();
            }
            if let Some((y, m, d)) = updated {
                root["updated"] = format!("{y:04}-{m:02}-{d:02}").into();
            }
            let count = areas.len();
            root["areas"] = Value::Array(areas);
            let signatories: Vec<Value> = signatories
                .into_iter()
                .enumerate()
                .map(|(i, (name, kind, city, country, lat, lon, pledged, url))| {
                    let pledged: Vec<String> = (0..count).filter(|a| pledged[*a]).map(|a| format!("area-{a}")).collect();
                    let mut signatory = json!({ "id": format!("s{i}"), "name": name, "kind": kind, "city": city,
                        "country": country, "lat": lat, "lon": lon, "areas": pledged });
                    if let Some(url) = url {
                        signatory["url"] = url.into();
                    }
                    signatory
                })
                .collect();
            root["signatories"] = Value::Array(signatories);
            root
        },
    )
}

fn style() -> impl Strategy<Value = CsvStyle> {
    (
        prop_oneof![Just(b','), Just(b';'), Just(b'\t')],
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(delimiter, comma, bom, crlf)| CsvStyle {
            delimiter,
            // A decimal comma only where commas do not separate fields, as
            // European Excel pairs them.
            decimal_comma: comma && delimiter != b',',
            bom,
            crlf,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_dataset_survives_csv(dataset in dataset(), style in style(), marks in any::<bool>()) {
        let files: Vec<InputFile> = dataset_tables(&dataset, "x", marks)
            .iter()
            .zip(["agreement.csv", "areas.csv", "signatories.csv"])
            .map(|(table, name)| InputFile { name: name.to_owned(), bytes: csv_bytes(table, style) })
            .collect();
        let conversion = convert_files(&files, Gazetteer::embedded(), &mut |_| {});
        prop_assert!(!conversion.rejected(), "{:?}", lines(&conversion, "en"));
        prop_assert_eq!(written(&conversion), dataset);
    }
}
