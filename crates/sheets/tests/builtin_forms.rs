//! The built-in dataset's spreadsheet forms (data/agreement.xlsx, .ods and
//! data/agreement-csv/, written by tools/sheets-corpus.py) hold exactly the
//! values of data/agreement.json, cell by cell: if the JSON changes and the
//! script is not run again, this fails before the conversion test would.

use serde_json::Value;
use signatory_sheets::read::read_file;
use signatory_sheets::table::{Cell, Table};

fn data(path: &str) -> Vec<u8> {
    let full = format!("{}/../../data/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn dataset() -> Value {
    serde_json::from_slice(&data("agreement.json")).expect("agreement.json is JSON")
}

/// A cell as the text a person reads, decimal commas as points.
fn read(cell: Option<&Cell>) -> String {
    match cell {
        Some(Cell::Text(t)) => t.replace(',', ".").trim().to_owned(),
        Some(Cell::Number(n)) => n.to_string(),
        Some(Cell::Date(d)) => d.clone(),
        _ => String::new(),
    }
}

fn json_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.replace(',', "."),
        Value::Number(n) => n.as_f64().map(|f| f.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Each signatory's row: the columns in the header's order, as JSON paths.
fn check_signatories(table: &Table, marks: bool, form: &str) {
    let json = dataset();
    let header: Vec<String> = table.rows[0].iter().map(|c| read(Some(c))).collect();
    let path = |column: &str| -> Vec<&str> {
        match column {
            "Id" => vec!["id"],
            "Name" => vec!["name", "en"],
            "Name (LT)" => vec!["name", "lt"],
            "Kind" => vec!["kind"],
            "City" => vec!["city", "en"],
            "City (LT)" => vec!["city", "lt"],
            "Country" => vec!["country"],
            "Latitude" => vec!["lat"],
            "Longitude" => vec!["lon"],
            "Link" => vec!["url"],
            _ => vec![],
        }
    };
    let signatories = json["signatories"].as_array().expect("signatories");
    assert_eq!(table.rows.len(), signatories.len() + 1, "{form}");
    for (i, signatory) in signatories.iter().enumerate() {
        let row = &table.rows[i + 1];
        let areas: Vec<&str> = signatory["areas"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (c, column) in header.iter().enumerate() {
            let cell = read(row.get(c));
            let keys = path(column);
            if !keys.is_empty() {
                let expected = keys.iter().fold(signatory, |v, k| &v[*k]);
                assert_eq!(cell, json_text(expected), "{form}: row {}, {column}", i + 2);
            } else if column == "Areas" {
                assert_eq!(
                    cell,
                    areas.join("; ").replace(',', "."),
                    "{form}: row {}",
                    i + 2
                );
            } else {
                assert!(marks, "{form}: unexpected column {column}");
                let pledged = areas.contains(&column.as_str());
                assert_eq!(cell == "x", pledged, "{form}: row {}, {column}", i + 2);
            }
        }
    }
}

#[test]
fn the_workbooks_hold_the_json_values_with_areas_as_mark_columns() {
    for name in ["agreement.xlsx", "agreement.ods"] {
        let tables = read_file(name, &data(name)).expect("readable");
        check_signatories(&tables[2], true, name);
        let json = dataset();
        let agreement = &tables[0].rows;
        assert_eq!(
            read(agreement[1].get(1)),
            json_text(&json["agreement"]["title"]["en"])
        );
        assert_eq!(
            agreement[3][1],
            Cell::Date("2017-11-08".into()),
            "{name}: a date cell"
        );
        assert_eq!(
            read(agreement[6].get(1)),
            json_text(&json["agreement"]["place"]["lat"])
        );
        let areas = &tables[1].rows;
        assert_eq!(read(areas[7].first()), "culture", "{name}");
        assert_eq!(
            read(areas[7].get(2)),
            json_text(&json["areas"][6]["label"]["lt"])
        );
    }
}

#[test]
fn the_csv_files_hold_the_json_values_with_areas_as_a_list() {
    let signatories = read_file("signatories.csv", &data("agreement-csv/signatories.csv"));
    check_signatories(&signatories.expect("readable")[0], false, "signatories.csv");
    let agreement = read_file("agreement.csv", &data("agreement-csv/agreement.csv"));
    let agreement = &agreement.expect("readable")[0].rows;
    assert_eq!(
        agreement[7][1],
        Cell::Text("7,7458".into()),
        "a decimal comma"
    );
    assert_eq!(read(agreement[11].get(1)), "no", "areasComplete is false");
}
