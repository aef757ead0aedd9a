//! Sheets to the dataset JSON: what a newsroom's tables become, and what
//! the tool tells them, in English and Lithuanian, at which cell.

mod support;

use signatory_sheets::finding::Severity;
use support::*;

#[test]
fn the_builtin_dataset_round_trips_through_its_sheets_both_ways_of_giving_areas() {
    for marks in [false, true] {
        let conversion = convert(&dataset_tables(&builtin(), "agreement.xlsx", marks));
        assert!(!conversion.rejected(), "{:?}", lines(&conversion, "en"));
        assert_eq!(written(&conversion), builtin(), "marks: {marks}");
        assert_eq!(conversion.signatories, 15);
        assert!(
            conversion
                .findings
                .iter()
                .all(|f| f.severity == Severity::Note),
            "{:?}",
            lines(&conversion, "en")
        );
    }
}

/// The built-in dataset's sheets with the Signatories sheet replaced.
fn with_signatories(rows: &[&[&str]]) -> Vec<signatory_sheets::table::Table> {
    let mut tables = dataset_tables(&builtin(), "pledge.xlsx", false);
    tables[2] = table("pledge.xlsx", Some("Signatories"), rows);
    tables
}

const HEADER: &[&str] = &[
    "Name",
    "Kind",
    "City",
    "Country",
    "Latitude",
    "Longitude",
    "Areas",
];

#[test]
fn a_broken_sheet_is_told_by_row_and_column_in_both_languages() {
    let conversion = convert(&with_signatories(&[
        HEADER,
        &[
            "Good Org", "company", "Vilnius", "LT", "54.69", "25.28", "privacy",
        ],
        &[
            "Bad Kind", "companyy", "Vilnius", "LT", "54.69", "25.28", "privacy",
        ],
        &[
            "Bad Country",
            "company",
            "Vilnius",
            "Lithuanai",
            "54.69",
            "25.28",
            "privacy",
        ],
        &[
            "Bad Area",
            "company",
            "Vilnius",
            "LT",
            "54.69",
            "25.28",
            "privacy; astrology",
        ],
        &["", "company", "Vilnius", "LT", "54.69", "25.28", "privacy"],
    ]));
    assert!(
        !conversion.rejected(),
        "a bad row only leaves that signatory out"
    );
    assert_eq!((conversion.signatories, conversion.left_out), (1, 4));
    let en = lines(&conversion, "en");
    let expected_en = [
        "pledge.xlsx, sheet Signatories, row 3, column Kind: “companyy” is not a kind (company, association or institution)",
        "pledge.xlsx, sheet Signatories, row 4, column Country: “Lithuanai” is not a country code or a country's English or Lithuanian name (did you mean Lithuania?)",
        "pledge.xlsx, sheet Signatories, row 5, column Areas: “astrology” is not an area of the Areas table: write one of its ids or labels, or add it there",
        "pledge.xlsx, sheet Signatories, row 6, column Name: this required field is missing",
    ];
    assert_eq!(en, expected_en);
    let lt = lines(&conversion, "lt");
    assert!(
        lt[0].starts_with("pledge.xlsx, lapas „Signatories“, 3 eilutė, stulpelis „Kind“: "),
        "{lt:?}"
    );
    assert!(
        lt[1].contains("„Lithuanai“ nėra nei šalies kodas"),
        "{lt:?}"
    );
    assert!(conversion
        .findings
        .iter()
        .all(|f| f.severity == Severity::Warning));
    let written = written(&conversion);
    let ids: Vec<&str> = written["signatories"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(ids, ["good-org"], "left-out rows are not written");
}

#[test]
fn a_missing_column_rejects_the_sheet_once_not_on_every_row() {
    let conversion = convert(&with_signatories(&[
        &["Name", "City", "Country", "Areas"],
        &["Org", "Vilnius", "LT", "privacy"],
        &["Org 2", "Vilnius", "LT", "privacy"],
    ]));
    assert!(conversion.rejected());
    assert_eq!(
        lines(&conversion, "en"),
        ["pledge.xlsx, sheet Signatories, row 1: there is no Kind column (or Rūšis): add one, with a header in the first row"]
    );
}

#[test]
fn lithuanian_sheets_and_headers_any_case_with_csv_files_found_by_their_first_row() {
    let agreement = table(
        "susitarimas.csv",
        None,
        &[
            &["Laukas", "Reikšmė"],
            &["Pavadinimas", "A pledge"],
            &["Pavadinimas (LT)", "Įsipareigojimas"],
            &["Data", "2024-05-01"],
        ],
    );
    let signatories = table(
        "a.csv",
        None,
        &[
            &[
                " PAVADINIMAS ",
                "rūšis",
                "Miestas",
                "Miestas (LT)",
                "ŠALIS",
                "Platuma",
                "Ilguma",
                "Sritys",
            ],
            &[
                "Vilnius University",
                "Institucija",
                "Vilnius",
                "Vilnius",
                "Lietuva",
                "54,6823",
                "25,2870",
                "Research",
            ],
            &[
                "Telefónica",
                "bendrovė",
                "Madrid",
                "Madridas",
                "Ispanija",
                "40,4169",
                "-3,7033",
                "Research, Teaching",
            ],
        ],
    );
    // Given in any order, under any names.
    let conversion = convert(&[signatories, agreement]);
    assert!(!conversion.rejected(), "{:?}", lines(&conversion, "en"));
    let dataset = written(&conversion);
    assert_eq!(dataset["agreement"]["title"]["lt"], "Įsipareigojimas");
    assert_eq!(dataset["signatories"][0]["kind"], "institution");
    assert_eq!(dataset["signatories"][1]["id"], "telefonica");
    assert_eq!(dataset["signatories"][1]["country"], "ES");
    assert_eq!(dataset["signatories"][1]["city"]["lt"], "Madridas");
    assert_eq!(dataset["signatories"][0]["lat"], 54.6823);
    // No Areas table: the areas are the ones the signatories name.
    assert_eq!(dataset["areas"][1]["id"], "teaching");
    assert_eq!(
        dataset["signatories"][1]["areas"],
        serde_json::json!(["research", "teaching"])
    );
    let notes = lines(&conversion, "en");
    assert!(notes.iter().any(|n| n.contains("a.csv, row 1, column Platuma: 2 numbers are written with a decimal comma (such as “54,6823”)")), "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("the 2 areas are the ones the signatories name")),
        "{notes:?}"
    );
    let lt = lines(&conversion, "lt");
    assert!(
        lt.iter()
            .any(|n| n.contains("2 skaičiai parašyti su dešimtainiu kableliu")),
        "{lt:?}"
    );
}

#[test]
fn marks_coordinates_and_ids_are_read_as_people_write_them() {
    let conversion = convert(&with_signatories(&[
        &[
            "Name", "Kind", "City", "Country", "Lat", "Lon", "Privacy", "Children", "Notes",
        ],
        &[
            "Orange", "company", "Paris", "FR", "48.85", "2.35", "✓", "", "a note",
        ],
        &[
            "Orange", "company", "Paris", "FR", "48.85", "2.35", "x", "yes", "",
        ],
        &[
            "Swapped", "company", "Redmond", "US", "-122.12", "47.67", "x", "", "",
        ],
        &["Half", "company", "Paris", "FR", "48.85", "", "x", "", ""],
        &[
            "Unsure", "company", "Paris", "FR", "48.85", "2.35", "maybe", "", "",
        ],
    ]));
    let en = lines(&conversion, "en");
    let dataset = written(&conversion);
    let ids: Vec<&str> = dataset["signatories"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(ids, ["orange", "orange-2"], "{en:?}");
    assert_eq!(
        dataset["signatories"][1]["areas"],
        serde_json::json!(["privacy", "children"])
    );
    let expected = [
        "pledge.xlsx, sheet Signatories, row 1, column Notes: this column is not one the tool reads, and is ignored",
        "pledge.xlsx, sheet Signatories, row 4, column Lat: the latitude and longitude look swapped: the latitude is beyond ±90 but the longitude would fit as one",
        "pledge.xlsx, sheet Signatories, row 4, column Lat: -122.12 is outside -90..90",
        "pledge.xlsx, sheet Signatories, row 5, column Lat: only one of latitude and longitude is given: give both, or leave both empty to find the city",
        "pledge.xlsx, sheet Signatories, row 6, column Privacy: “maybe” is not a mark the tool reads: write x or yes for pledged, leave empty or write no for not",
    ];
    assert_eq!(en, expected);
}

#[test]
fn repeated_ids_name_the_row_and_links_without_a_scheme_are_noted() {
    let conversion = convert(&with_signatories(&[
        &[
            "Id", "Name", "Kind", "City", "Country", "Lat", "Lon", "Areas", "Website",
        ],
        &[
            "coe",
            "Council of Europe",
            "institution",
            "Strasbourg",
            "FR",
            "48.58",
            "7.75",
            "all",
            "www.coe.int",
        ],
        &[
            "coe",
            "Council of Europe (copy)",
            "institution",
            "Strasbourg",
            "FR",
            "48.58",
            "7.75",
            "all",
            "",
        ],
    ]));
    let expected_en = [
        "pledge.xlsx, sheet Signatories, row 2, column Website: “www.coe.int” is not a web link (https://…): readers will see no link; write it in full",
        "pledge.xlsx, sheet Signatories, row 3, column Id: the id “coe” is already used in row 2: ids must be unique (or leave the Id column empty to have them made)",
    ];
    assert_eq!(lines(&conversion, "en"), expected_en);
    assert!(lines(&conversion, "lt")[1].ends_with("identifikatorius „coe“ jau naudojamas 2 eilutėje: identifikatoriai turi nesikartoti (arba palikite stulpelį „Id“ tuščią, kad jie būtų sukurti)"));
    assert_eq!(
        written(&conversion)["signatories"][0]["areas"]
            .as_array()
            .map(Vec::len),
        Some(7),
        "all"
    );
}

#[test]
fn what_cannot_make_a_dataset_rejects_it() {
    let signatories = table(
        "s.csv",
        None,
        &[
            HEADER,
            &["Org", "company", "Vilnius", "LT", "54.69", "25.28", ""],
        ],
    );
    let conversion = convert(std::slice::from_ref(&signatories));
    assert!(conversion.rejected());
    assert!(lines(&conversion, "en")[0].starts_with("s.csv: no Agreement table"));
    let stray = table("notes.csv", None, &[&["Remarks", "Owner"], &["x", "y"]]);
    let conversion = convert(&[signatories, stray]);
    let en = lines(&conversion, "en");
    assert!(
        en.iter().any(|l| l
            .starts_with("notes.csv: this file is not an Agreement, Areas or Signatories table")),
        "{en:?}"
    );
    let mut tables = dataset_tables(&builtin(), "pledge.xlsx", false);
    tables[0].rows.retain(
        |row| !matches!(row.first(), Some(signatory_sheets::table::Cell::Text(t)) if t == "Date"),
    );
    let conversion = convert(&tables);
    assert!(conversion.rejected());
    assert_eq!(
        lines(&conversion, "en"),
        ["pledge.xlsx, sheet Agreement, field Date: this required field is missing"]
    );
}

#[test]
fn the_json_is_written_in_reading_order() {
    let conversion = convert(&dataset_tables(&builtin(), "agreement.xlsx", false));
    let pretty = conversion
        .dataset
        .as_ref()
        .map(|d| d.pretty())
        .unwrap_or_default();
    assert!(
        pretty.starts_with(
            "{\n  \"version\": 1,\n  \"agreement\": {\n    \"title\": {\n      \"en\""
        ),
        "{pretty}"
    );
    let first = pretty
        .find("\"signatories\"")
        .and_then(|at| pretty[at..].find("\"id\"").map(|id| id + at));
    let name = pretty.find("\"name\": {\n        \"en\": \"Council of Europe\"");
    assert!(first < name && first.is_some(), "id before name: {pretty}");
    let compact = conversion
        .dataset
        .as_ref()
        .map(|d| d.compact())
        .unwrap_or_default();
    assert!(!compact.contains('\n'));
}

#[test]
fn empty_coordinates_are_found_from_city_country_and_region() {
    let conversion = convert(&with_signatories(&[
        &[
            "Name",
            "Kind",
            "City",
            "Country",
            "State",
            "Latitude",
            "Longitude",
            "Areas",
        ],
        &["A", "company", "Vilnius", "Lietuva", "", "", "", "privacy"],
        &[
            "B",
            "company",
            "Mountain View",
            "USA",
            "",
            "",
            "",
            "privacy",
        ],
        &["C", "company", "Springfield", "US", "", "", "", "privacy"],
        &[
            "D",
            "company",
            "Springfield",
            "US",
            "Illinois",
            "",
            "",
            "privacy",
        ],
        &["E", "company", "Kiev", "Ukraine", "", "", "", "privacy"],
        &["F", "company", "Paris", "FR", "", "48.8", "2.3", "privacy"],
    ]));
    let dataset = written(&conversion);
    let place = |i: usize| {
        let s = &dataset["signatories"][i];
        (
            s["name"]["en"].as_str().unwrap_or_default().to_owned(),
            s["lat"].as_f64().unwrap_or(f64::NAN),
        )
    };
    assert_eq!(conversion.signatories, 5, "{:?}", lines(&conversion, "en"));
    assert!((place(0).1 - 54.69).abs() < 0.1, "Vilnius: {:?}", place(0));
    assert!(
        (place(1).1 - 37.39).abs() < 0.1,
        "Mountain View: {:?}",
        place(1)
    );
    assert_eq!(place(2).0, "D", "the ambiguous Springfield is left out");
    assert!(
        (place(2).1 - 39.8).abs() < 0.2,
        "Springfield, Illinois: {:?}",
        place(2)
    );
    assert!((place(3).1 - 50.45).abs() < 0.1, "Kyiv: {:?}", place(3));
    assert_eq!(place(4).1, 48.8, "typed coordinates win");
    let en = lines(&conversion, "en");
    assert!(en.iter().any(|l| l.starts_with("pledge.xlsx, sheet Signatories, row 3, column City: Mountain View, US taken as Mountain View, California (pop. ")), "{en:?}");
    assert!(
        en.iter().any(|l| l.starts_with(
            "pledge.xlsx, sheet Signatories, row 4, column City: Springfield, US matches "
        )),
        "{en:?}"
    );
    let severities: Vec<Severity> = conversion.findings.iter().map(|f| f.severity).collect();
    assert_eq!(severities, [Severity::Note, Severity::Warning], "{en:?}");
    let lt = lines(&conversion, "lt");
    assert!(
        lt.iter()
            .any(|l| l.contains("4 eilutė, stulpelis „City“: Springfield, US: tinka 20 vietų")),
        "{lt:?}"
    );
}

#[test]
fn the_day_the_data_was_last_checked_is_an_agreement_field_placed_like_the_others() {
    let with_updated = |value: &str, name: &str| {
        let mut tables = dataset_tables(&builtin(), "pledge.xlsx", false);
        tables[0].rows.push(vec![t(name), t(value)]);
        convert(&tables)
    };
    let conversion = with_updated("2018-03-01", "Last updated");
    assert!(!conversion.rejected(), "{:?}", lines(&conversion, "en"));
    assert_eq!(written(&conversion)["updated"], "2018-03-01");
    let conversion = with_updated("kovo 1", "Atnaujinta");
    assert!(conversion.rejected());
    let row = dataset_tables(&builtin(), "pledge.xlsx", false)[0]
        .rows
        .len()
        + 1;
    assert_eq!(
        lines(&conversion, "en"),
        [format!(
            "pledge.xlsx, sheet Agreement, row {row}, column B: “kovo 1” is not a date written YYYY-MM-DD"
        )]
    );
}
