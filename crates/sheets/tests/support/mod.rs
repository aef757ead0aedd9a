//! Test helpers: a dataset written out as the three tables of the
//! spreadsheet format (as a newsroom would lay them out), and localizers.
#![allow(dead_code)]

use std::rc::Rc;

use serde_json::Value;
use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::convert::{convert_tables, Conversion};
use signatory_sheets::gazetteer::Gazetteer;
use signatory_sheets::table::{Cell, Table};

/// A localizer for `lang`, with CLDR rules.
pub fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), lang)
}

/// The built-in dataset, parsed.
pub fn builtin() -> Value {
    let text = include_str!("../../../../data/agreement.json");
    serde_json::from_str(text).expect("data/agreement.json is JSON")
}

/// A text cell.
pub fn t(text: &str) -> Cell {
    if text.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(text.to_owned())
    }
}

/// A table of text cells.
pub fn table(file: &str, sheet: Option<&str>, rows: &[&[&str]]) -> Table {
    Table {
        file: file.to_owned(),
        sheet: sheet.map(str::to_owned),
        rows: rows
            .iter()
            .map(|row| row.iter().map(|c| t(c)).collect())
            .collect(),
    }
}

/// Converts tables with the embedded gazetteer, ignoring progress.
pub fn convert(tables: &[Table]) -> Conversion {
    convert_tables(tables, Gazetteer::embedded(), &mut |_| {})
}

/// The dataset JSON a conversion wrote, parsed.
pub fn written(conversion: &Conversion) -> Value {
    let dataset = conversion.dataset.as_ref().expect("a dataset is written");
    serde_json::from_str(&dataset.compact()).expect("the tool writes JSON")
}

/// Every finding as `place: message` in `lang`.
pub fn lines(conversion: &Conversion, lang: &str) -> Vec<String> {
    let localizer = localizer(lang);
    conversion
        .findings
        .iter()
        .map(|f| f.line(&localizer))
        .collect()
}

/// The languages of a text object, English first.
fn langs_of(text: &Value, into: &mut Vec<String>) {
    if let Some(map) = text.as_object() {
        for lang in map.keys() {
            if !into.contains(lang) {
                into.push(lang.clone());
            }
        }
    }
}

fn header_for(field: &str, lang: &str) -> String {
    if lang == "en" {
        field.to_owned()
    } else {
        format!("{field} ({})", lang.to_uppercase())
    }
}

fn text_in(value: &Value, lang: &str) -> Cell {
    match value.get(lang).and_then(Value::as_str) {
        Some(text) => Cell::Text(text.to_owned()),
        None => Cell::Empty,
    }
}

fn number(value: &Value) -> Cell {
    value.as_f64().map_or(Cell::Empty, Cell::Number)
}

fn string(value: Option<&Value>) -> Cell {
    value
        .and_then(Value::as_str)
        .map_or(Cell::Empty, |s| Cell::Text(s.to_owned()))
}

/// The dataset as Agreement, Areas and Signatories sheets of `file`;
/// areas as a list in one cell (`marks`: false) or as marked columns.
pub fn dataset_tables(dataset: &Value, file: &str, marks: bool) -> Vec<Table> {
    let mut langs = vec!["en".to_owned()];
    let agreement = &dataset["agreement"];
    langs_of(&agreement["title"], &mut langs);
    langs_of(&agreement["place"]["name"], &mut langs);
    langs_of(&dataset["areasLabel"], &mut langs);
    for area in dataset["areas"].as_array().into_iter().flatten() {
        langs_of(&area["label"], &mut langs);
    }
    for signatory in dataset["signatories"].as_array().into_iter().flatten() {
        langs_of(&signatory["name"], &mut langs);
        langs_of(&signatory["city"], &mut langs);
    }
    let sheet = |name: &str, rows: Vec<Vec<Cell>>| Table {
        file: file.to_owned(),
        sheet: Some(name.to_owned()),
        rows,
    };
    let mut fields: Vec<Vec<Cell>> = Vec::new();
    for lang in &langs {
        if agreement["title"].get(lang).is_some() {
            fields.push(vec![
                t(&header_for("Title", lang)),
                text_in(&agreement["title"], lang),
            ]);
        }
    }
    fields.push(vec![t("Date"), string(agreement.get("date"))]);
    if let Some(place) = agreement.get("place") {
        for lang in &langs {
            if place["name"].get(lang).is_some() {
                fields.push(vec![
                    t(&header_for("Place", lang)),
                    text_in(&place["name"], lang),
                ]);
            }
        }
        fields.push(vec![t("Place latitude"), number(&place["lat"])]);
        fields.push(vec![t("Place longitude"), number(&place["lon"])]);
    }
    if agreement.get("source").is_some() {
        fields.push(vec![t("Source"), string(agreement.get("source"))]);
    }
    if let Some(label) = dataset.get("areasLabel") {
        for lang in &langs {
            if label.get(lang).is_some() {
                fields.push(vec![
                    t(&header_for("Areas label", lang)),
                    text_in(label, lang),
                ]);
            }
        }
    }
    if let Some(complete) = dataset.get("areasComplete").and_then(Value::as_bool) {
        fields.push(vec![
            t("Areas complete"),
            t(if complete { "yes" } else { "no" }),
        ]);
    }
    if dataset.get("updated").is_some() {
        fields.push(vec![t("Updated"), string(dataset.get("updated"))]);
    }
    let areas = dataset["areas"].as_array().cloned().unwrap_or_default();
    let mut area_rows = vec![std::iter::once(t("Id"))
        .chain(langs.iter().map(|lang| t(&header_for("Label", lang))))
        .collect::<Vec<_>>()];
    for area in &areas {
        let mut row = vec![string(area.get("id"))];
        row.extend(langs.iter().map(|lang| text_in(&area["label"], lang)));
        area_rows.push(row);
    }
    let mut header = vec![t("Id")];
    header.extend(langs.iter().map(|lang| t(&header_for("Name", lang))));
    header.push(t("Kind"));
    header.extend(langs.iter().map(|lang| t(&header_for("City", lang))));
    header.extend(["Country", "Latitude", "Longitude", "Link"].map(t));
    if marks {
        header.extend(areas.iter().map(|area| string(area.get("id"))));
    } else {
        header.push(t("Areas"));
    }
    let mut rows = vec![header];
    for signatory in dataset["signatories"].as_array().into_iter().flatten() {
        let mut row = vec![string(signatory.get("id"))];
        row.extend(langs.iter().map(|lang| text_in(&signatory["name"], lang)));
        row.push(string(signatory.get("kind")));
        row.extend(langs.iter().map(|lang| text_in(&signatory["city"], lang)));
        row.push(string(signatory.get("country")));
        row.push(number(&signatory["lat"]));
        row.push(number(&signatory["lon"]));
        row.push(string(signatory.get("url")));
        let pledged: Vec<&str> = signatory["areas"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if marks {
            for area in &areas {
                let id = area["id"].as_str().unwrap_or_default();
                row.push(if pledged.contains(&id) {
                    t("x")
                } else {
                    Cell::Empty
                });
            }
        } else {
            row.push(Cell::Text(pledged.join("; ")));
        }
        rows.push(row);
    }
    vec![
        sheet("Agreement", fields),
        sheet("Areas", area_rows),
        sheet("Signatories", rows),
    ]
}

/// How a CSV file is written, as different spreadsheet programs do.
#[derive(Debug, Clone, Copy)]
pub struct CsvStyle {
    /// `,` (English), `;` (European Excel) or `\t`.
    pub delimiter: u8,
    /// Numbers with a decimal comma, as European Excel writes them.
    pub decimal_comma: bool,
    /// A UTF-8 byte-order mark first, as Excel's "CSV UTF-8" writes.
    pub bom: bool,
    /// CRLF line ends.
    pub crlf: bool,
}

/// A table saved as CSV in `style`.
pub fn csv_bytes(table: &Table, style: CsvStyle) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .flexible(true)
        .terminator(if style.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in &table.rows {
        let fields: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Empty => String::new(),
                Cell::Text(text) | Cell::Date(text) | Cell::Error(text) => text.clone(),
                Cell::Number(n) if style.decimal_comma => n.to_string().replace('.', ","),
                Cell::Number(n) => n.to_string(),
                Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
            })
            .collect();
        writer.write_record(&fields).expect("writing to memory");
    }
    let mut bytes = if style.bom {
        vec![0xEF, 0xBB, 0xBF]
    } else {
        Vec::new()
    };
    bytes.extend(writer.into_inner().expect("writing to memory"));
    bytes
}
