//! Property tests of dataset validation: generated valid datasets read back
//! exactly, and one random mutation of one is always reported (rejected, or
//! for a problem inside one signatory, that signatory left out with a
//! warning), never a panic, with every problem's path pointing into the
//! document that was read.
//!
//! `PROPTEST_CASES=5000 cargo test --release --test proptest` runs longer.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashSet};

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};

use signatory_core::dataset::{CalendarDate, Dataset, Kind, LocalizedText};
use signatory_core::i18n::Msg;
use signatory_core::json::{parse, std_number, JsonValue, ReadError, MAX_DEPTH};
use signatory_core::problem::{Issue, Problem};
use signatory_core::read::{read_dataset, Rejection};
use signatory_core::validate::{validate, MAX_TEXT_CHARS};

/// 256 cases per property (a few seconds in debug); `PROPTEST_CASES` overrides.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = match std::env::var("PROPTEST_CASES") {
        Ok(_) => default.cases,
        Err(_) => 256,
    };
    ProptestConfig { cases, ..default }
}

// ---------------------------------------------------------------------------
// The model: what a generated dataset says, kept next to its JSON so the
// validated `Dataset` can be compared with it.

#[derive(Debug, Clone)]
struct Text {
    en: String,
    lt: Option<String>,
}

impl Text {
    fn json(&self) -> Value {
        let mut members = Map::new();
        members.insert("en".into(), Value::from(self.en.clone()));
        if let Some(lt) = &self.lt {
            members.insert("lt".into(), Value::from(lt.clone()));
        }
        Value::Object(members)
    }

    /// English first, as in the document (serde_json's map is sorted, or in
    /// insertion order with `preserve_order`: "en" comes first either way).
    fn expected(&self) -> LocalizedText {
        let mut entries = vec![("en".to_owned(), self.en.clone())];
        entries.extend(self.lt.iter().map(|lt| ("lt".to_owned(), lt.clone())));
        LocalizedText::new(entries)
    }
}

#[derive(Debug, Clone)]
struct PlaceModel {
    name: Text,
    lat: f64,
    lon: f64,
}

#[derive(Debug, Clone)]
struct AgreementModel {
    title: Text,
    date: (i32, u8, u8),
    place: Option<PlaceModel>,
    source: Option<String>,
}

#[derive(Debug, Clone)]
struct AreaModel {
    id: String,
    label: Text,
}

#[derive(Debug, Clone)]
struct SignatoryModel {
    id: String,
    name: Text,
    kind: Kind,
    city: Text,
    country: String,
    lat: f64,
    lon: f64,
    /// Indices into the declared areas: any order, repeats allowed.
    areas: Vec<usize>,
    url: Option<String>,
}

#[derive(Debug, Clone)]
struct Model {
    agreement: AgreementModel,
    areas: Vec<AreaModel>,
    signatories: Vec<SignatoryModel>,
}

impl Model {
    fn json(&self) -> Value {
        let a = &self.agreement;
        let mut agreement = Map::new();
        agreement.insert("title".into(), a.title.json());
        let (y, m, d) = a.date;
        agreement.insert("date".into(), json!(format!("{y:04}-{m:02}-{d:02}")));
        if let Some(place) = &a.place {
            agreement.insert(
                "place".into(),
                json!({ "name": place.name.json(), "lat": place.lat, "lon": place.lon }),
            );
        }
        if let Some(source) = &a.source {
            agreement.insert("source".into(), json!(source));
        }
        let areas: Vec<Value> = self
            .areas
            .iter()
            .map(|area| json!({ "id": area.id, "label": area.label.json() }))
            .collect();
        let signatories: Vec<Value> = self
            .signatories
            .iter()
            .map(|s| {
                let mut object = json!({
                    "id": s.id,
                    "name": s.name.json(),
                    "kind": s.kind.as_str(),
                    "city": s.city.json(),
                    "country": s.country,
                    "lat": s.lat,
                    "lon": s.lon,
                    "areas": s.areas.iter().map(|&i| self.areas[i].id.clone()).collect::<Vec<_>>(),
                });
                if let Some(url) = &s.url {
                    object["url"] = json!(url);
                }
                object
            })
            .collect();
        json!({
            "version": 1,
            "agreement": Value::Object(agreement),
            "areas": areas,
            "signatories": signatories,
        })
    }
}

// ---------------------------------------------------------------------------
// Strategies for valid datasets.

/// Assigned ISO 3166-1 codes (validation checks the code is assigned).
const COUNTRIES: &[&str] = &[
    "LT", "LV", "EE", "PL", "DE", "FR", "GB", "US", "RU", "BE", "NL", "NO", "SE", "FI", "DK", "ES",
    "PT", "IT", "CH", "AT", "IE", "JP", "KR", "CN", "IN", "BR", "CA", "AU", "ZA", "XK",
];

/// Non-blank text with quotes, backslashes, tabs and non-ASCII letters.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-z0-9À-žА-я„][A-Za-z0-9À-žА-я„“\"\\\\/ ,.'()&\t-]{0,30}"
}

fn text() -> impl Strategy<Value = Text> {
    (words(), proptest::option::of(words())).prop_map(|(en, lt)| Text { en, lt })
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9_.:-]{1,12}"
}

/// `count` distinct ids, in random order.
fn unique_ids(count: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::hash_set(id(), count)
        .prop_map(|ids| ids.into_iter().collect::<Vec<_>>())
        .prop_shuffle()
}

fn url() -> impl Strategy<Value = String> {
    "https?://[a-z]{1,10}\\.example(/[a-z0-9._-]{0,10}){0,2}"
}

/// A finite coordinate in `-limit..=limit`: micro-degrees, any float, or an edge.
fn coordinate(limit: f64) -> impl Strategy<Value = f64> {
    let micro = (limit * 1e6) as i64;
    prop_oneof![
        4 => (-micro..=micro).prop_map(|m| m as f64 / 1e6),
        2 => -limit..=limit,
        1 => prop::sample::select(vec![limit, -limit, 0.0, -0.0]),
    ]
}

fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn date() -> impl Strategy<Value = (i32, u8, u8)> {
    (1000i32..=9999, 1u8..=12).prop_flat_map(|(y, m)| (Just(y), Just(m), 1u8..=days_in_month(y, m)))
}

fn agreement() -> impl Strategy<Value = AgreementModel> {
    let place = (text(), coordinate(90.0), coordinate(180.0))
        .prop_map(|(name, lat, lon)| PlaceModel { name, lat, lon });
    (
        text(),
        date(),
        proptest::option::of(place),
        proptest::option::of(url()),
    )
        .prop_map(|(title, date, place, source)| AgreementModel {
            title,
            date,
            place,
            source,
        })
}

fn signatory(id: String, area_count: usize) -> impl Strategy<Value = SignatoryModel> {
    (
        text(),
        prop::sample::select(vec![Kind::Company, Kind::Association, Kind::Institution]),
        text(),
        prop::sample::select(COUNTRIES),
        coordinate(90.0),
        coordinate(180.0),
        proptest::collection::vec(0..area_count, 0..=area_count + 1),
        proptest::option::of(url()),
    )
        .prop_map(
            move |(name, kind, city, country, lat, lon, areas, url)| SignatoryModel {
                id: id.clone(),
                name,
                kind,
                city,
                country: country.to_owned(),
                lat,
                lon,
                areas,
                url,
            },
        )
}

fn model() -> impl Strategy<Value = Model> {
    (agreement(), unique_ids(1..=7), unique_ids(1..=50)).prop_flat_map(
        |(agreement, area_ids, signatory_ids)| {
            let area_count = area_ids.len();
            let areas: Vec<_> = area_ids
                .into_iter()
                .map(|id| {
                    text().prop_map(move |label| AreaModel {
                        id: id.clone(),
                        label,
                    })
                })
                .collect();
            let signatories: Vec<_> = signatory_ids
                .into_iter()
                .map(|id| signatory(id, area_count))
                .collect();
            (Just(agreement), areas, signatories).prop_map(|(agreement, areas, signatories)| {
                Model {
                    agreement,
                    areas,
                    signatories,
                }
            })
        },
    )
}

// ---------------------------------------------------------------------------
// Comparing a validated dataset with its model.

fn close(a: f64, b: f64) -> bool {
    // serde_json (without `float_roundtrip`) may read a float 1 ulp off.
    a == b || (a - b).abs() <= 1e-12 * a.abs().max(1.0)
}

fn check_signatory(
    got: &signatory_core::dataset::Signatory,
    want: &SignatoryModel,
    model: &Model,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(&got.id, &want.id);
    prop_assert_eq!(&got.name, &want.name.expected());
    prop_assert_eq!(got.kind, want.kind);
    prop_assert_eq!(&got.city, &want.city.expected());
    prop_assert_eq!(&got.country, &want.country);
    prop_assert!(
        close(got.location.lat, want.lat),
        "lat {} vs {}",
        got.location.lat,
        want.lat
    );
    prop_assert!(
        close(got.location.lon, want.lon),
        "lon {} vs {}",
        got.location.lon,
        want.lon
    );
    let areas: Vec<usize> = want
        .areas
        .iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    prop_assert_eq!(&got.areas, &areas);
    for &area in &areas {
        prop_assert!(
            got.has_area(area),
            "{} lacks area {}",
            got.id,
            model.areas[area].id
        );
    }
    prop_assert_eq!(&got.url, &want.url);
    prop_assert_eq!(got.safe_url(), want.url.as_deref());
    Ok(())
}

fn check_header(dataset: &Dataset, model: &Model) -> Result<(), TestCaseError> {
    let a = &model.agreement;
    prop_assert_eq!(&dataset.agreement.title, &a.title.expected());
    let (year, month, day) = a.date;
    prop_assert_eq!(dataset.agreement.date, CalendarDate { year, month, day });
    match (&dataset.agreement.place, &a.place) {
        (None, None) => {}
        (Some(got), Some(want)) => {
            prop_assert_eq!(&got.name, &want.name.expected());
            prop_assert!(close(got.location.lat, want.lat));
            prop_assert!(close(got.location.lon, want.lon));
        }
        (got, want) => prop_assert!(false, "place {:?} vs {:?}", got, want),
    }
    prop_assert_eq!(&dataset.agreement.source, &a.source);
    prop_assert_eq!(dataset.areas.len(), model.areas.len());
    for (index, (got, want)) in dataset.areas.iter().zip(&model.areas).enumerate() {
        prop_assert_eq!(&got.id, &want.id);
        prop_assert_eq!(&got.label, &want.label.expected());
        prop_assert_eq!(dataset.area_index(&want.id), Some(index));
    }
    Ok(())
}

/// The whole dataset matches, except the signatories in `left_out`.
fn check_dataset(
    dataset: &Dataset,
    model: &Model,
    left_out: &BTreeSet<usize>,
) -> Result<(), TestCaseError> {
    check_header(dataset, model)?;
    let kept: Vec<&SignatoryModel> = model
        .signatories
        .iter()
        .enumerate()
        .filter(|(i, _)| !left_out.contains(i))
        .map(|(_, s)| s)
        .collect();
    let got_ids: Vec<&str> = dataset.signatories.iter().map(|s| s.id.as_str()).collect();
    let want_ids: Vec<&str> = kept.iter().map(|s| s.id.as_str()).collect();
    prop_assert_eq!(got_ids, want_ids, "signatories kept, in order");
    for (got, want) in dataset.signatories.iter().zip(kept) {
        check_signatory(got, want, model)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// What any report must satisfy, whatever the document.

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Every path in the document (as validation spells paths), and which of
/// them are objects.
struct Paths {
    nodes: HashSet<String>,
    objects: HashSet<String>,
}

impl Paths {
    fn of(root: &JsonValue) -> Paths {
        fn walk(value: &JsonValue, path: String, paths: &mut Paths) {
            match value {
                JsonValue::Object(members) => {
                    paths.objects.insert(path.clone());
                    for (key, member) in members {
                        walk(member, join(&path, key), paths);
                    }
                }
                JsonValue::Array(items) => {
                    for (index, item) in items.iter().enumerate() {
                        walk(item, format!("{path}[{index}]"), paths);
                    }
                }
                _ => {}
            }
            paths.nodes.insert(path);
        }
        let mut paths = Paths {
            nodes: HashSet::new(),
            objects: HashSet::new(),
        };
        walk(root, String::new(), &mut paths);
        paths
    }

    /// A problem's path names a value in the document, or for a missing
    /// field, a key of an object in the document; `""` only for a root
    /// that is not an object.
    fn check(&self, root: &JsonValue, problem: &Problem) -> Result<(), TestCaseError> {
        if problem.path.is_empty() {
            prop_assert!(
                !matches!(root, JsonValue::Object(_)),
                "root-level problem on an object root: {:?}",
                problem
            );
        }
        let exists = self.nodes.contains(&problem.path)
            || (problem.issue == Issue::Missing && {
                let parent = problem
                    .path
                    .rsplit_once('.')
                    .map_or("", |(parent, _)| parent);
                self.objects.contains(parent)
            });
        prop_assert!(exists, "problem path not in the document: {:?}", problem);
        if let Issue::DuplicateId { first, .. } = &problem.issue {
            prop_assert!(
                self.nodes.contains(first),
                "first use not in the document: {:?}",
                problem
            );
        }
        Ok(())
    }
}

/// The signatory a warning is about: `signatories[i]…` → `i`.
fn signatory_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("signatories[")?;
    rest[..rest.find(']')?].parse().ok()
}

/// Checks that hold for every document: problems non-empty with real
/// paths, warnings only about signatories, and an `Ok` dataset consistent.
fn check_report(
    root: &JsonValue,
    result: &Result<Dataset, Vec<Problem>>,
) -> Result<(), TestCaseError> {
    let paths = Paths::of(root);
    match result {
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "rejected without a problem");
            for problem in problems {
                paths.check(root, problem)?;
            }
        }
        Ok(dataset) => {
            for warning in &dataset.warnings {
                paths.check(root, warning)?;
                prop_assert!(
                    !warning.issue.is_limit(),
                    "a limit only warned: {:?}",
                    warning
                );
                let index = signatory_index(&warning.path);
                prop_assert!(
                    index.is_some(),
                    "warning outside a signatory: {:?}",
                    warning
                );
            }
            if !dataset.warnings.is_empty() {
                prop_assert!(
                    !dataset.signatories.is_empty(),
                    "every signatory left out, yet Ok"
                );
            }
            check_invariants(dataset)?;
        }
    }
    Ok(())
}

/// What every `Dataset` promises the rest of the program.
fn check_invariants(dataset: &Dataset) -> Result<(), TestCaseError> {
    let mut area_ids = HashSet::new();
    for area in &dataset.areas {
        prop_assert!(!area.id.is_empty());
        prop_assert!(area_ids.insert(&area.id), "area id twice: {}", area.id);
        prop_assert!(!area.label.get("en").trim().is_empty());
    }
    let mut ids = HashSet::new();
    for s in &dataset.signatories {
        prop_assert!(!s.id.is_empty());
        prop_assert!(ids.insert(&s.id), "signatory id twice: {}", s.id);
        prop_assert!(
            s.areas.windows(2).all(|w| w[0] < w[1]),
            "areas not sorted: {:?}",
            s.areas
        );
        prop_assert!(s.areas.iter().all(|&a| a < dataset.areas.len()));
        prop_assert!((-90.0..=90.0).contains(&s.location.lat));
        prop_assert!((-180.0..=180.0).contains(&s.location.lon));
        prop_assert!(
            s.country.len() == 2 && s.country.bytes().all(|b| b.is_ascii_uppercase()),
            "country {:?}",
            s.country
        );
        prop_assert_eq!(s.name.language_of("en"), "en");
        prop_assert!(!s.name.get("en").trim().is_empty());
        prop_assert!(!s.city.get("en").trim().is_empty());
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Mutations.

#[derive(Debug, Clone, Copy)]
enum Op {
    SigDelete,
    SigNull,
    SigWrongType,
    SigNestedWrongType,
    SigOutOfRange,
    SigHugeNumber,
    SigDuplicateId,
    SigInvalidId,
    SigUnknownArea,
    SigUnknownKind,
    SigBadCountry,
    SigRemoveEnglish,
    SigBlankEnglish,
    SigNotObject,
    SigTooLong,
    SigTooDeep,
    Version,
    RootDelete,
    RootNotObject,
    SignatoriesNotArray,
    Agreement,
    AreaDuplicateId,
    AreaInvalidId,
    AreaLabel,
    AreasShape,
    Truncate,
    Insert,
    Overwrite,
}

const OPS: &[Op] = &[
    Op::SigDelete,
    Op::SigNull,
    Op::SigWrongType,
    Op::SigNestedWrongType,
    Op::SigOutOfRange,
    Op::SigHugeNumber,
    Op::SigDuplicateId,
    Op::SigInvalidId,
    Op::SigUnknownArea,
    Op::SigUnknownKind,
    Op::SigBadCountry,
    Op::SigRemoveEnglish,
    Op::SigBlankEnglish,
    Op::SigNotObject,
    Op::SigTooLong,
    Op::SigTooDeep,
    Op::Version,
    Op::RootDelete,
    Op::RootNotObject,
    Op::SignatoriesNotArray,
    Op::Agreement,
    Op::AreaDuplicateId,
    Op::AreaInvalidId,
    Op::AreaLabel,
    Op::AreasShape,
    // Byte-level damage, twice as likely.
    Op::Truncate,
    Op::Insert,
    Op::Overwrite,
    Op::Truncate,
    Op::Insert,
    Op::Overwrite,
];

/// One mutation: `a`, `b`, `c` pick what it hits and how, whatever the
/// dataset's size.
#[derive(Debug, Clone)]
struct Spec {
    op: Op,
    a: Index,
    b: Index,
    c: Index,
    pretty: bool,
    bytes: Vec<u8>,
}

/// Dataset-level mutations (each rejects the dataset).
const DATASET_OPS: &[Op] = &[
    Op::Version,
    Op::RootDelete,
    Op::Agreement,
    Op::AreaDuplicateId,
    Op::AreaInvalidId,
    Op::AreaLabel,
    Op::AreasShape,
];

/// Mutations of one signatory, made to the JSON value (not its text).
const SIGNATORY_OPS: &[Op] = &[
    Op::SigDelete,
    Op::SigNull,
    Op::SigWrongType,
    Op::SigNestedWrongType,
    Op::SigOutOfRange,
    Op::SigDuplicateId,
    Op::SigInvalidId,
    Op::SigUnknownArea,
    Op::SigUnknownKind,
    Op::SigBadCountry,
    Op::SigRemoveEnglish,
    Op::SigBlankEnglish,
    Op::SigNotObject,
    Op::SigTooLong,
];

fn spec() -> impl Strategy<Value = Spec> {
    spec_of(OPS)
}

fn spec_of(ops: &'static [Op]) -> impl Strategy<Value = Spec> {
    (
        prop::sample::select(ops),
        any::<Index>(),
        any::<Index>(),
        any::<Index>(),
        any::<bool>(),
        proptest::collection::vec(any::<u8>(), 1..=8),
    )
        .prop_map(|(op, a, b, c, pretty, bytes)| Spec {
            op,
            a,
            b,
            c,
            pretty,
            bytes,
        })
}

/// What the mutation must lead to.
#[derive(Debug)]
enum Expect {
    /// A rule broken inside signatory `index`: that signatory alone is left
    /// out with this warning, or if it was the only one, the dataset is
    /// rejected with this problem.
    LeftOut {
        index: usize,
        path: String,
        issues: &'static [Msg],
    },
    /// The dataset is rejected with this problem among the others.
    Rejected {
        path: String,
        issues: &'static [Msg],
    },
    /// The JSON reader refuses the document as too deep.
    TooDeep,
    /// Byte-level damage: anything goes, except a panic or a bad report.
    Anything,
    /// Not JSON at all (`NaN`, `Infinity`): refused by the reader, as
    /// `JSON.parse` refuses it.
    NotJson,
}

struct Mutated {
    text: Vec<u8>,
    expect: Expect,
    /// The mutated document, unless the mutation was made to its text.
    doc: Option<Value>,
}

const MISSING: &[Msg] = &[Msg::ProblemMissing];
const WRONG_TYPE: &[Msg] = &[Msg::ProblemWrongType];
const OUT_OF_RANGE: &[Msg] = &[Msg::ProblemOutOfRange];
const EMPTY_TEXT: &[Msg] = &[Msg::ProblemEmptyText];
const NO_ENGLISH: &[Msg] = &[Msg::ProblemMissingEnglish, Msg::ProblemEmptyText];

const SIGNATORY_FIELDS: &[&str] = &[
    "id", "name", "kind", "city", "country", "lat", "lon", "areas",
];

/// The JSON kind a field must have (`url` is optional but typed).
fn field_kind(field: &str) -> u8 {
    match field {
        "name" | "city" | "label" | "title" => 5,
        "lat" | "lon" => 2,
        "areas" => 4,
        _ => 3,
    }
}

fn kind_of(value: &Value) -> u8 {
    match value {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

fn replacements() -> Vec<Value> {
    vec![
        json!(true),
        json!(7),
        json!("x"),
        json!([]),
        json!({}),
        json!(["a"]),
        json!({ "en": "x" }),
    ]
}

/// Placeholder replaced in the JSON text by a number no f64 holds.
const RAW: &str = "\"@@raw-number@@\"";

fn serialize(doc: &Value, pretty: bool) -> String {
    if pretty {
        serde_json::to_string_pretty(doc).unwrap()
    } else {
        serde_json::to_string(doc).unwrap()
    }
}

fn sig_at(doc: &mut Value, k: usize) -> &mut Map<String, Value> {
    doc["signatories"][k].as_object_mut().unwrap()
}

/// Applies the mutation; `None` when it does not fit this dataset (e.g. a
/// duplicate id with one signatory).
fn mutate(model: &Model, spec: &Spec, mut doc: Value) -> Option<Mutated> {
    let n = model.signatories.len();
    let k = spec.a.index(n);
    let sig_path = format!("signatories[{k}]");
    let left_out = |path: String, issues: &'static [Msg]| Expect::LeftOut {
        index: k,
        path,
        issues,
    };
    let expect = match spec.op {
        Op::SigDelete | Op::SigNull => {
            let field = SIGNATORY_FIELDS[spec.b.index(SIGNATORY_FIELDS.len())];
            if matches!(spec.op, Op::SigDelete) {
                sig_at(&mut doc, k).remove(field);
            } else {
                sig_at(&mut doc, k).insert(field.into(), Value::Null);
            }
            left_out(join(&sig_path, field), MISSING)
        }
        Op::SigWrongType => {
            let fields = [SIGNATORY_FIELDS, &["url"]].concat();
            let field = fields[spec.b.index(fields.len())];
            let choices: Vec<Value> = replacements()
                .into_iter()
                .filter(|v| kind_of(v) != field_kind(field))
                .collect();
            sig_at(&mut doc, k).insert(field.into(), choices[spec.c.index(choices.len())].clone());
            left_out(join(&sig_path, field), WRONG_TYPE)
        }
        Op::SigNestedWrongType => {
            let field = if spec.pretty { "name" } else { "city" };
            let choices = [json!(true), json!(7), json!([]), json!({}), Value::Null];
            sig_at(&mut doc, k)[field]["en"] = choices[spec.b.index(choices.len())].clone();
            left_out(format!("{sig_path}.{field}.en"), WRONG_TYPE)
        }
        Op::SigOutOfRange => {
            let (field, values) = if spec.pretty {
                (
                    "lat",
                    [
                        90.000001,
                        -90.000001,
                        91.0,
                        -1000.0,
                        1e308,
                        -1e308,
                        f64::MAX,
                        90.0 + 1e-13,
                    ],
                )
            } else {
                (
                    "lon",
                    [
                        180.000001,
                        -180.000001,
                        181.0,
                        360.0,
                        1e308,
                        -1e308,
                        f64::MIN,
                        180.0 + 1e-12,
                    ],
                )
            };
            sig_at(&mut doc, k).insert(field.into(), json!(values[spec.b.index(values.len())]));
            left_out(join(&sig_path, field), OUT_OF_RANGE)
        }
        Op::SigHugeNumber => {
            let field = if spec.pretty { "lat" } else { "lon" };
            sig_at(&mut doc, k).insert(field.into(), json!(RAW.trim_matches('"')));
            let raws = [
                "1e400",
                "-1e400",
                "1e309",
                "NaN",
                "Infinity",
                "-Infinity",
                "123456789e999",
            ];
            let raw = raws[spec.b.index(raws.len())];
            let text = serialize(&doc, spec.pretty).replace(RAW, raw);
            let expect = if raw.contains(|c: char| c.is_ascii_alphabetic() && c != 'e') {
                Expect::NotJson
            } else {
                // Beyond f64: read as infinity, then out of range.
                Expect::LeftOut {
                    index: k,
                    path: join(&sig_path, field),
                    issues: OUT_OF_RANGE,
                }
            };
            return Some(Mutated {
                text: text.into_bytes(),
                expect,
                doc: None,
            });
        }
        Op::SigDuplicateId => {
            if n < 2 {
                return None;
            }
            let first = spec.a.index(n - 1);
            let second = first + 1 + spec.b.index(n - 1 - first);
            let id = model.signatories[first].id.clone();
            doc["signatories"][second]["id"] = json!(id);
            Expect::LeftOut {
                index: second,
                path: format!("signatories[{second}].id"),
                issues: &[Msg::ProblemDuplicateId],
            }
        }
        Op::SigInvalidId => {
            let bad = ["", "a b", "a,b", "a/b", "<x>", " a", "a\"b", "😀"];
            sig_at(&mut doc, k).insert("id".into(), json!(bad[spec.b.index(bad.len())]));
            left_out(join(&sig_path, "id"), &[Msg::ProblemInvalidId])
        }
        Op::SigUnknownArea => {
            // Generated ids have at most 12 characters: this one is never declared.
            let areas = sig_at(&mut doc, k)["areas"].as_array_mut().unwrap();
            let at = spec.b.index(areas.len() + 1);
            areas.insert(at, json!("undeclared-area-id"));
            left_out(
                format!("{sig_path}.areas[{at}]"),
                &[Msg::ProblemUnknownArea],
            )
        }
        Op::SigUnknownKind => {
            let bad = [
                "Company",
                "guild",
                "",
                "companies",
                " company",
                "institution\n",
            ];
            sig_at(&mut doc, k).insert("kind".into(), json!(bad[spec.b.index(bad.len())]));
            left_out(join(&sig_path, "kind"), &[Msg::ProblemUnknownKind])
        }
        Op::SigBadCountry => {
            let bad = ["UK", "XX", "EU", "DEU", "D", "", "1A", "ÉÉ", "d ", "L"];
            sig_at(&mut doc, k).insert("country".into(), json!(bad[spec.b.index(bad.len())]));
            left_out(join(&sig_path, "country"), &[Msg::ProblemInvalidCountry])
        }
        Op::SigRemoveEnglish => {
            let field = if spec.pretty { "name" } else { "city" };
            sig_at(&mut doc, k)[field]
                .as_object_mut()
                .unwrap()
                .remove("en");
            left_out(join(&sig_path, field), NO_ENGLISH)
        }
        Op::SigBlankEnglish => {
            let field = if spec.pretty { "name" } else { "city" };
            let blanks = ["", " ", "\t\n", "\u{3000}", "\u{a0}"];
            sig_at(&mut doc, k)[field]["en"] = json!(blanks[spec.b.index(blanks.len())]);
            left_out(format!("{sig_path}.{field}.en"), EMPTY_TEXT)
        }
        Op::SigNotObject => {
            let with = [json!(true), json!(7), json!("x"), json!([]), Value::Null];
            doc["signatories"][k] = with[spec.b.index(with.len())].clone();
            left_out(sig_path, WRONG_TYPE)
        }
        Op::SigTooLong => {
            let long = "a".repeat(MAX_TEXT_CHARS + 1 + spec.c.index(3));
            let fields = [
                "id", "kind", "country", "url", "name.en", "city.en", "name.lt",
            ];
            let field = fields[spec.b.index(fields.len())];
            match field.split_once('.') {
                Some((object, lang)) => sig_at(&mut doc, k)[object][lang] = json!(long),
                None => {
                    sig_at(&mut doc, k).insert(field.into(), json!(long));
                }
            }
            // A limit rejects the whole dataset, even inside one signatory.
            Expect::Rejected {
                path: join(&sig_path, field),
                issues: &[Msg::ProblemTooLong],
            }
        }
        Op::SigTooDeep => {
            let levels = MAX_DEPTH + spec.b.index(100);
            let mut value = json!("x");
            for _ in 0..levels {
                value = json!([value]);
            }
            sig_at(&mut doc, k).insert("name".into(), value);
            Expect::TooDeep
        }
        Op::Version => {
            let values = [
                json!(2),
                json!(0),
                json!(1.5),
                json!(-1),
                json!("1"),
                json!(true),
                json!([1]),
                json!({}),
            ];
            let choice = spec.b.index(values.len() + 2);
            let issues: &'static [Msg] = match choice {
                c if c < values.len() => {
                    doc["version"] = values[c].clone();
                    &[Msg::ProblemUnsupportedVersion]
                }
                c if c == values.len() => {
                    doc["version"] = Value::Null;
                    MISSING
                }
                _ => {
                    doc.as_object_mut().unwrap().remove("version");
                    MISSING
                }
            };
            Expect::Rejected {
                path: "version".into(),
                issues,
            }
        }
        Op::RootDelete => {
            let keys = ["version", "agreement", "areas", "signatories"];
            let key = keys[spec.b.index(keys.len())];
            doc.as_object_mut().unwrap().remove(key);
            Expect::Rejected {
                path: key.into(),
                issues: MISSING,
            }
        }
        Op::RootNotObject => {
            let with = [
                json!([]),
                json!("x"),
                json!(1),
                Value::Null,
                json!(true),
                json!([model.json()]),
            ];
            doc = with[spec.b.index(with.len())].clone();
            Expect::Rejected {
                path: String::new(),
                issues: WRONG_TYPE,
            }
        }
        Op::SignatoriesNotArray => {
            let with = [
                json!({}),
                json!("x"),
                json!(3),
                json!(true),
                json!({ "0": doc["signatories"][0].clone() }),
            ];
            doc["signatories"] = with[spec.b.index(with.len())].clone();
            Expect::Rejected {
                path: "signatories".into(),
                issues: WRONG_TYPE,
            }
        }
        Op::Agreement => {
            let agreement = doc["agreement"].as_object_mut().unwrap();
            let (path, issues): (&str, &'static [Msg]) = match spec.b.index(11) {
                0 => {
                    agreement.remove("title");
                    ("agreement.title", MISSING)
                }
                1 => {
                    agreement.remove("date");
                    ("agreement.date", MISSING)
                }
                2 => {
                    let bad = [
                        "2017-02-29",
                        "2017-13-01",
                        "2017-11-8",
                        "2017/11/08",
                        "",
                        "2016-02-30",
                        "0000-00-00",
                        "2017-11-08T00:00",
                    ];
                    agreement.insert("date".into(), json!(bad[spec.c.index(bad.len())]));
                    ("agreement.date", &[Msg::ProblemInvalidDate])
                }
                3 => {
                    agreement.insert("date".into(), json!(20171108));
                    ("agreement.date", WRONG_TYPE)
                }
                4 => {
                    agreement.insert("title".into(), json!("A title"));
                    ("agreement.title", WRONG_TYPE)
                }
                5 => {
                    agreement["title"].as_object_mut().unwrap().remove("en");
                    ("agreement.title", NO_ENGLISH)
                }
                6 => {
                    let place = agreement
                        .entry("place")
                        .or_insert_with(|| json!({ "name": { "en": "P" }, "lat": 0, "lon": 0 }));
                    place["lat"] = json!(95.5);
                    ("agreement.place.lat", OUT_OF_RANGE)
                }
                7 => {
                    agreement.insert("place".into(), json!({ "lat": 1, "lon": 2 }));
                    ("agreement.place.name", MISSING)
                }
                8 => {
                    agreement.insert("source".into(), json!(42));
                    ("agreement.source", WRONG_TYPE)
                }
                9 => {
                    agreement["title"]["en"] = json!("t".repeat(MAX_TEXT_CHARS + 1));
                    ("agreement.title.en", &[Msg::ProblemTooLong])
                }
                _ => {
                    doc["agreement"] = json!(["not", "an", "object"]);
                    ("agreement", WRONG_TYPE)
                }
            };
            Expect::Rejected {
                path: path.into(),
                issues,
            }
        }
        Op::AreaDuplicateId => {
            let m = model.areas.len();
            if m < 2 {
                return None;
            }
            let first = spec.b.index(m - 1);
            let second = first + 1 + spec.c.index(m - 1 - first);
            doc["areas"][second]["id"] = json!(model.areas[first].id);
            Expect::Rejected {
                path: format!("areas[{second}].id"),
                issues: &[Msg::ProblemDuplicateId],
            }
        }
        Op::AreaInvalidId => {
            let j = spec.b.index(model.areas.len());
            let bad = ["", "a b", "a,b", "a/b", "<x>", "x\n"];
            doc["areas"][j]["id"] = json!(bad[spec.c.index(bad.len())]);
            Expect::Rejected {
                path: format!("areas[{j}].id"),
                issues: &[Msg::ProblemInvalidId],
            }
        }
        Op::AreaLabel => {
            let j = spec.b.index(model.areas.len());
            let area = doc["areas"][j].as_object_mut().unwrap();
            let (path, issues): (String, &'static [Msg]) = match spec.c.index(4) {
                0 => {
                    area.remove("label");
                    (format!("areas[{j}].label"), MISSING)
                }
                1 => {
                    area["label"].as_object_mut().unwrap().remove("en");
                    (format!("areas[{j}].label"), NO_ENGLISH)
                }
                2 => {
                    area.insert("label".into(), json!("Privacy"));
                    (format!("areas[{j}].label"), WRONG_TYPE)
                }
                _ => {
                    area["label"]["en"] = json!("  ");
                    (format!("areas[{j}].label.en"), EMPTY_TEXT)
                }
            };
            Expect::Rejected { path, issues }
        }
        Op::AreasShape => {
            let j = spec.b.index(model.areas.len());
            if spec.pretty {
                doc["areas"] = json!({ "id": "privacy" });
                Expect::Rejected {
                    path: "areas".into(),
                    issues: WRONG_TYPE,
                }
            } else {
                doc["areas"][j] = json!("privacy");
                Expect::Rejected {
                    path: format!("areas[{j}]"),
                    issues: WRONG_TYPE,
                }
            }
        }
        Op::Truncate | Op::Insert | Op::Overwrite => {
            let mut text = serialize(&doc, spec.pretty).into_bytes();
            match spec.op {
                Op::Truncate => text.truncate(spec.a.index(text.len())),
                Op::Insert => {
                    let at = spec.a.index(text.len() + 1);
                    text.splice(at..at, spec.bytes.iter().copied());
                }
                _ => {
                    let at = spec.a.index(text.len());
                    text[at] = spec.bytes[0];
                }
            }
            return Some(Mutated {
                text,
                expect: Expect::Anything,
                doc: None,
            });
        }
    };
    Some(Mutated {
        text: serialize(&doc, spec.pretty).into_bytes(),
        expect,
        doc: Some(doc),
    })
}

/// The problem a mutation must be reported with.
fn expected_problem(expect: &Expect) -> Option<(&str, &'static [Msg])> {
    match expect {
        Expect::LeftOut { path, issues, .. } | Expect::Rejected { path, issues } => {
            Some((path, issues))
        }
        Expect::TooDeep | Expect::Anything | Expect::NotJson => None,
    }
}

fn has(problems: &[Problem], path: &str, issues: &[Msg]) -> bool {
    problems
        .iter()
        .any(|p| p.path == path && issues.contains(&p.issue.message_id()))
}

fn excerpt(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    if text.chars().count() > 600 {
        let start: String = text.chars().take(600).collect();
        format!("{start}… ({} bytes)", text.len())
    } else {
        text.into_owned()
    }
}

/// Reads bytes as the widget reads a fetched body: malformed UTF-8
/// replaced, then the shipped JSON reader.
fn read_json(bytes: &[u8]) -> Result<JsonValue<'static>, ReadError> {
    parse(&String::from_utf8_lossy(bytes), std_number).map(JsonValue::into_owned)
}

/// The widget validates a fetched body streamed, one signatory at a time:
/// the outcome must be exactly that of validating the whole tree.
fn check_streamed_agrees(bytes: &[u8], root: &JsonValue) -> Result<(), TestCaseError> {
    let streamed = read_dataset(&String::from_utf8_lossy(bytes), std_number);
    match (streamed, validate(root)) {
        (Ok(streamed), Ok(whole)) => prop_assert_eq!(streamed, whole),
        (Err(Rejection::Invalid(streamed)), Err(whole)) => prop_assert_eq!(streamed, whole),
        (streamed, whole) => prop_assert!(false, "streamed {:?}, whole tree {:?}", streamed, whole),
    }
    Ok(())
}

fn check_mutation(model: &Model, mutated: &Mutated) -> Result<(), TestCaseError> {
    let parsed = read_json(&mutated.text);
    let root = match (&mutated.expect, parsed) {
        (Expect::TooDeep, Err(error)) => {
            prop_assert_eq!(error, ReadError::TooDeep, "not the depth limit");
            return Ok(());
        }
        (Expect::TooDeep, Ok(_)) => {
            prop_assert!(
                false,
                "a document nested deeper than {} was read",
                MAX_DEPTH
            );
            unreachable!()
        }
        (Expect::Anything, Err(_)) => return Ok(()),
        (Expect::NotJson, Err(error)) => {
            prop_assert!(matches!(error, ReadError::Syntax(_)), "{:?}", error);
            return Ok(());
        }
        (Expect::NotJson, Ok(_)) => {
            prop_assert!(false, "a document that is not JSON was read");
            unreachable!()
        }
        // Numbers beyond f64 included: they read as infinity, as with
        // `JSON.parse`, and validation reports them.
        (_, Err(error)) => {
            prop_assert!(false, "the JSON reader refused it: {:?}", error);
            unreachable!()
        }
        (_, Ok(root)) => root,
    };
    check_streamed_agrees(&mutated.text, &root)?;
    let result = validate(&root);
    check_report(&root, &result)?;
    match &mutated.expect {
        Expect::TooDeep => unreachable!(),
        Expect::Anything | Expect::NotJson => {}
        Expect::Rejected { path, issues } => match &result {
            Err(problems) => prop_assert!(
                has(problems, path, issues),
                "no {:?} at {}: {:?}",
                issues,
                path,
                problems
            ),
            Ok(dataset) => prop_assert!(
                false,
                "accepted, expected {:?} at {} (warnings {:?})",
                issues,
                path,
                dataset.warnings
            ),
        },
        Expect::LeftOut {
            index,
            path,
            issues,
            ..
        } => match &result {
            Err(problems) => {
                prop_assert_eq!(
                    model.signatories.len(),
                    1,
                    "rejected for one signatory's problem: {:?}",
                    problems
                );
                prop_assert!(
                    has(problems, path, issues),
                    "no {:?} at {}: {:?}",
                    issues,
                    path,
                    problems
                );
            }
            Ok(dataset) => {
                prop_assert!(
                    model.signatories.len() > 1,
                    "the only signatory left out, yet Ok"
                );
                prop_assert!(
                    has(&dataset.warnings, path, issues),
                    "no warning {:?} at {}: {:?}",
                    issues,
                    path,
                    dataset.warnings
                );
                let left_out: BTreeSet<usize> = dataset
                    .warnings
                    .iter()
                    .filter_map(|w| signatory_index(&w.path))
                    .collect();
                prop_assert_eq!(left_out.iter().copied().collect::<Vec<_>>(), vec![*index]);
                check_dataset(dataset, model, &left_out)?;
            }
        },
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// (a) A valid dataset reads back exactly, in order, with no warning.
    #[test]
    fn valid_datasets_round_trip(model in model(), pretty in any::<bool>()) {
        let text = serialize(&model.json(), pretty);
        let root = read_json(text.as_bytes()).expect("generated JSON is well-formed");
        check_streamed_agrees(text.as_bytes(), &root)?;
        let dataset = match validate(&root) {
            Ok(dataset) => dataset,
            Err(problems) => {
                prop_assert!(false, "valid dataset rejected: {:?}\n{}", problems, excerpt(text.as_bytes()));
                unreachable!()
            }
        };
        prop_assert!(dataset.warnings.is_empty(), "warnings: {:?}", dataset.warnings);
        check_dataset(&dataset, &model, &BTreeSet::new())?;
        check_invariants(&dataset)?;
    }

    /// (b) One mutation of a valid dataset is always noticed: rejected, or
    /// the one signatory it hit left out with a warning; never a panic, and
    /// every problem's path points into the mutated document.
    #[test]
    fn mutations_are_reported(model in model(), spec in spec()) {
        let mutated = mutate(&model, &spec, model.json());
        prop_assume!(mutated.is_some(), "mutation does not fit this dataset");
        let mutated = mutated.unwrap();
        check_mutation(&model, &mutated).map_err(|error| {
            TestCaseError::fail(format!("{error}\nexpected {:?}\ndocument: {}", mutated.expect, excerpt(&mutated.text)))
        })?;
    }

    /// (c) A dataset rejected for a dataset-level problem also lists the
    /// problem of a signatory, so one round of fixes is enough.
    #[test]
    fn a_rejection_lists_the_signatories_problems_too(
        model in model(),
        in_signatory in spec_of(SIGNATORY_OPS),
        in_dataset in spec_of(DATASET_OPS),
    ) {
        let first = mutate(&model, &in_signatory, model.json());
        prop_assume!(first.is_some(), "mutation does not fit this dataset");
        let first = first.unwrap();
        let doc = first.doc.clone().expect("a mutation of the JSON value");
        let second = mutate(&model, &in_dataset, doc);
        prop_assume!(second.is_some(), "mutation does not fit this dataset");
        let second = second.unwrap();
        let (dataset_path, dataset_issues) = expected_problem(&second.expect).unwrap();
        let (signatory_path, signatory_issues) = expected_problem(&first.expect).unwrap();
        let result = read_json(&second.text)
            .map_err(|error| format!("{error:?}"))
            .map(|root| {
                let result = validate(&root);
                (check_report(&root, &result), result)
            });
        let outcome = (|| -> Result<(), TestCaseError> {
            let (report, result) = match result {
                Ok(pair) => pair,
                Err(error) => {
                    prop_assert!(false, "the JSON reader refused it: {}", error);
                    unreachable!()
                }
            };
            report?;
            let problems = match result {
                Err(problems) => problems,
                Ok(dataset) => {
                    prop_assert!(false, "accepted (warnings {:?})", dataset.warnings);
                    unreachable!()
                }
            };
            prop_assert!(has(&problems, dataset_path, dataset_issues), "no {:?} at {}: {:?}", dataset_issues, dataset_path, problems);
            // Without `signatories` there is nothing to check; without
            // readable areas, area references cannot be checked.
            let unchecked = dataset_path == "signatories"
                || (dataset_path.starts_with("areas")
                    && signatory_issues.contains(&Msg::ProblemUnknownArea));
            if !unchecked {
                prop_assert!(has(&problems, signatory_path, signatory_issues), "no {:?} at {}: {:?}", signatory_issues, signatory_path, problems);
            }
            Ok(())
        })();
        outcome.map_err(|error| {
            TestCaseError::fail(format!("{error}\nexpected {:?} and {:?}\ndocument: {}", first.expect, second.expect, excerpt(&second.text)))
        })?;
    }
}
