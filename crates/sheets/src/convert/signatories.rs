//! The Signatories table to the dataset's `signatories`: one row each,
//! countries by code or name, places found when no coordinates are typed,
//! areas as a list in a cell or as marked columns.

use std::collections::HashMap;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::finding::{Finding, Message, Severity};
use crate::gazetteer::{Gazetteer, PlaceQuery};
use crate::table::{Cell, Location, Table};

use super::agreement::coordinate_value;
use super::areas::Areas;
use super::columns::{cell, missing_column, texts_by_language, Column, Header};
use super::header::Field;
use super::ids::IdMaker;
use super::issue::SheetIssue;
use super::places::{country_code, locate};
use super::sources::ObjectSource;
use super::values::{coordinate, kind, text, yes_no, Coordinate};
use super::Progress;

/// The signatories' part of the dataset.
#[derive(Debug, Default)]
pub struct SignatoriesPart {
    /// The signatory objects written, in row order.
    pub values: Vec<Value>,
    /// Where each came from.
    pub sources: Vec<ObjectSource>,
    /// JSON paths the findings already explain.
    pub explained: Vec<String>,
    /// Rows not written because of a problem reported on them.
    pub left_out: usize,
}

/// Which column holds what.
struct Plan<'h> {
    names: Vec<&'h Column>,
    kind: &'h Column,
    cities: Vec<&'h Column>,
    city: &'h Column,
    country: &'h Column,
    region: Option<&'h Column>,
    coordinates: Option<(&'h Column, &'h Column)>,
    areas: Option<&'h Column>,
    marks: Vec<(&'h Column, String)>,
    link: Option<&'h Column>,
    id: Option<&'h Column>,
}

/// Reads the Signatories table; `None` when a required column is missing.
pub fn read_signatories(
    table: &Table,
    areas: &mut Areas,
    gazetteer: &Gazetteer,
    findings: &mut Vec<Finding>,
    progress: &mut dyn FnMut(Progress),
) -> Option<SignatoriesPart> {
    let found = Header::find(table);
    let plan = plan(table, found.as_ref(), areas, findings)?;
    let header = found.as_ref()?;
    let given: Vec<String> = match plan.id {
        Some(column) => header
            .data(table)
            .filter_map(|(_, row)| text(cell(row, column)))
            .collect(),
        None => Vec::new(),
    };
    let mut ids = IdMaker::new(given.iter().map(String::as_str));
    let total = header.data(table).count();
    let mut part = SignatoriesPart::default();
    let mut commas: [(usize, String); 2] = Default::default();
    let mut all_areas = Vec::new();
    let columns = Rc::new(shared_columns(&plan));
    for (done, (number, row)) in header.data(table).enumerate() {
        if done % 1000 == 999 {
            progress(Progress::Rows {
                done: done + 1,
                total,
            });
        }
        let mut source = ObjectSource::row(table, number);
        source.columns = Some(columns.clone());
        let index = part.values.len();
        let object = read_row(
            &plan,
            row,
            &mut source,
            areas,
            gazetteer,
            findings,
            &mut commas,
        );
        let Some(RowObject {
            mut object,
            explained,
            all,
        }) = object
        else {
            part.left_out += 1;
            continue;
        };
        let id = match plan.id.and_then(|column| text(cell(row, column))) {
            Some(id) => id,
            None => {
                let name = object.get("name").and_then(|n| n.get("en"));
                let name = name.and_then(Value::as_str).unwrap_or_default();
                ids.make(name, &format!("row-{number}"))
            }
        };
        object.insert("id".into(), Value::String(id));
        if all {
            all_areas.push(index);
        }
        part.explained.extend(
            explained
                .into_iter()
                .map(|path| format!("signatories[{index}].{path}")),
        );
        part.values.push(Value::Object(object));
        part.sources.push(source);
    }
    progress(Progress::Rows { done: total, total });
    let every = Value::from(areas.all_ids());
    for index in all_areas {
        if let Some(object) = part.values.get_mut(index).and_then(Value::as_object_mut) {
            object.insert("areas".into(), every.clone());
        }
    }
    for ((count, example), column) in commas
        .into_iter()
        .zip(plan.coordinates.iter().flat_map(|(a, b)| [*a, *b]))
    {
        if count > 0 {
            findings.push(Finding {
                severity: Severity::Note,
                location: header.at(table, column),
                message: Message::Sheet(SheetIssue::DecimalComma { count, example }),
            });
        }
    }
    Some(part)
}

/// Field path → column header, for every row: `name.lt` → "Name (LT)".
fn shared_columns(plan: &Plan<'_>) -> HashMap<String, String> {
    let mut columns = HashMap::new();
    for (key, texts) in [("name", &plan.names), ("city", &plan.cities)] {
        for column in texts.iter() {
            columns.insert(format!("{key}.{}", column.lang()), column.header.clone());
        }
        if let Some(first) = texts.first() {
            columns.insert(key.to_owned(), first.header.clone());
        }
    }
    let single = [
        ("kind", Some(plan.kind)),
        ("country", Some(plan.country)),
        ("lat", plan.coordinates.map(|(lat, _)| lat)),
        ("lon", plan.coordinates.map(|(_, lon)| lon)),
        ("areas", plan.areas),
        ("url", plan.link),
        ("id", plan.id),
    ];
    for (key, column) in single {
        if let Some(column) = column {
            columns.insert(key.to_owned(), column.header.clone());
        }
    }
    columns
}

/// Finds the columns, reporting missing, repeated and ignored ones.
fn plan<'h>(
    table: &Table,
    header: Option<&'h Header>,
    areas: &Areas,
    findings: &mut Vec<Finding>,
) -> Option<Plan<'h>> {
    let Some(header) = header else {
        findings.push(missing_column(table, None, "Name", "Pavadinimas"));
        return None;
    };
    header.report_repeats(table, findings);
    let required = [
        (Field::Name, "Name", "Pavadinimas"),
        (Field::Kind, "Kind", "Rūšis"),
        (Field::City, "City", "Miestas"),
        (Field::Country, "Country", "Šalis"),
    ];
    let mut missing = false;
    for (field, column, column_lt) in required {
        if header.column(field, "en").is_none() {
            findings.push(missing_column(table, Some(header.row), column, column_lt));
            missing = true;
        }
    }
    let lat = header.column(Field::Latitude, "en");
    let lon = header.column(Field::Longitude, "en");
    match (lat, lon) {
        (Some(_), None) => findings.push(missing_column(
            table,
            Some(header.row),
            "Longitude",
            "Ilguma",
        )),
        (None, Some(_)) => findings.push(missing_column(
            table,
            Some(header.row),
            "Latitude",
            "Platuma",
        )),
        _ => {}
    }
    let mut marks = Vec::new();
    for column in &header.columns {
        let known = column
            .heading
            .as_ref()
            .is_some_and(|h| h.field != Field::Label);
        if known {
            continue;
        }
        match areas.column_area(&column.header) {
            Some(id) => marks.push((column, id)),
            None => findings.push(Finding {
                severity: Severity::Note,
                location: header.at(table, column),
                message: Message::Sheet(SheetIssue::IgnoredColumn),
            }),
        }
    }
    if missing || lat.is_some() != lon.is_some() {
        return None;
    }
    Some(Plan {
        names: header.texts(Field::Name),
        kind: header.column(Field::Kind, "en")?,
        cities: header.texts(Field::City),
        city: header.column(Field::City, "en")?,
        country: header.column(Field::Country, "en")?,
        region: header.column(Field::Region, "en"),
        coordinates: lat.zip(lon),
        areas: header.column(Field::Areas, "en"),
        marks,
        link: header.column(Field::Link, "en"),
        id: header.column(Field::Id, "en"),
    })
}

/// A row read: its object (without `id`), what findings already explain,
/// and whether it pledged `all` areas.
struct RowObject {
    object: Map<String, Value>,
    explained: Vec<&'static str>,
    all: bool,
}

/// One row to a signatory object; `None` when a problem found here (and
/// reported) leaves it out.
fn read_row(
    plan: &Plan<'_>,
    row: &[Cell],
    source: &mut ObjectSource,
    areas: &mut Areas,
    gazetteer: &Gazetteer,
    findings: &mut Vec<Finding>,
    commas: &mut [(usize, String); 2],
) -> Option<RowObject> {
    let mut object = Map::new();
    let mut explained = Vec::new();
    let at = |column: &Column, source: &ObjectSource| {
        let mut location: Location = source.location.clone();
        location.column = Some(column.header.clone());
        location
    };
    for (key, columns) in [("name", &plan.names), ("city", &plan.cities)] {
        let texts = texts_by_language(row, columns);
        if !texts.is_empty() {
            object.insert(key.into(), Value::Object(texts));
        }
    }
    if let Some(value) = text(cell(row, plan.kind)) {
        let canonical = kind(&value).map_or(value, str::to_owned);
        object.insert("kind".into(), Value::String(canonical));
    }
    let country = match text(cell(row, plan.country)) {
        Some(value) => Some(country_code(
            &value,
            &at(plan.country, source),
            Severity::Warning,
            findings,
        )?),
        None => None,
    };
    if let Some(code) = country {
        object.insert("country".into(), Value::String(code.to_owned()));
    }
    let (lat, lon) = match plan.coordinates {
        Some((lat, lon)) => (coordinate(cell(row, lat)), coordinate(cell(row, lon))),
        None => (Coordinate::Blank, Coordinate::Blank),
    };
    match (&lat, &lon) {
        (Coordinate::Blank, Coordinate::Blank) => {
            let city = object
                .get("city")
                .and_then(|c| c.get("en"))
                .and_then(Value::as_str);
            match city.zip(country) {
                Some((city, code)) => {
                    let query = PlaceQuery {
                        city: city.to_owned(),
                        country: code.to_owned(),
                        region: plan.region.and_then(|column| text(cell(row, column))),
                    };
                    let (lat, lon) = locate(
                        gazetteer,
                        query,
                        &at(plan.city, source),
                        Severity::Warning,
                        findings,
                    )?;
                    object.insert("lat".into(), lat.into());
                    object.insert("lon".into(), lon.into());
                }
                // The widget's "missing" on the city or country says it.
                None => explained.extend(["lat", "lon"]),
            }
        }
        (Coordinate::Blank, _) | (_, Coordinate::Blank) => {
            let column = plan.coordinates.map_or(plan.city, |(lat, _)| lat);
            findings.push(Finding {
                severity: Severity::Warning,
                location: at(column, source),
                message: Message::Sheet(SheetIssue::OneCoordinate),
            });
            return None;
        }
        _ => {
            for (slot, (coordinate, key)) in [(&lat, "lat"), (&lon, "lon")].into_iter().enumerate()
            {
                if let (
                    Coordinate::Number {
                        decimal_comma: true,
                        ..
                    },
                    Some((lat_column, lon_column)),
                ) = (coordinate, plan.coordinates)
                {
                    let tally = &mut commas[slot];
                    tally.0 += 1;
                    if tally.1.is_empty() {
                        let column = if slot == 0 { lat_column } else { lon_column };
                        tally.1 = text(cell(row, column)).unwrap_or_default();
                    }
                }
                if let Some(value) = coordinate_value(coordinate.clone()) {
                    object.insert(key.into(), value);
                }
            }
            if let (
                Coordinate::Number { value: la, .. },
                Coordinate::Number { value: lo, .. },
                Some((lat_column, _)),
            ) = (&lat, &lon, plan.coordinates)
            {
                if la.abs() > 90.0 && lo.abs() <= 90.0 {
                    findings.push(Finding {
                        severity: Severity::Note,
                        location: at(lat_column, source),
                        message: Message::Sheet(SheetIssue::LooksSwapped),
                    });
                }
            }
        }
    }
    let (pledged, all) = pledged_areas(plan, row, source, areas, findings)?;
    object.insert("areas".into(), Value::from(pledged));
    if let Some(column) = plan.link {
        if let Some(url) = text(cell(row, column)) {
            if signatory_core::dataset::web_link(Some(&url)).is_none() {
                findings.push(Finding {
                    severity: Severity::Note,
                    location: at(column, source),
                    message: Message::Sheet(SheetIssue::NotAWebLink { value: url.clone() }),
                });
            }
            object.insert("url".into(), Value::String(url));
        }
    }
    Some(RowObject {
        object,
        explained,
        all,
    })
}

/// The areas a row pledged, by id (unknown names kept for the widget's
/// own message), and whether it said `all`; `None` for a mark that is
/// neither yes nor no.
fn pledged_areas(
    plan: &Plan<'_>,
    row: &[Cell],
    source: &mut ObjectSource,
    areas: &mut Areas,
    findings: &mut Vec<Finding>,
) -> Option<(Vec<String>, bool)> {
    let mut pledged: Vec<String> = Vec::new();
    let mut all = false;
    if let Some(column) = plan.areas {
        for item in list_items(
            text(cell(row, column)).as_deref().unwrap_or_default(),
            areas,
        ) {
            if is_all(&item) && !areas.knows(&item) {
                all = true;
                continue;
            }
            let id = areas.resolve(&item, source, &column.header).unwrap_or(item);
            if !pledged.contains(&id) {
                pledged.push(id);
            }
        }
    }
    for (column, id) in &plan.marks {
        match yes_no(cell(row, column)) {
            Some(true) if !pledged.contains(id) => {
                source.column(format!("areas[{}]", pledged.len()), &column.header);
                pledged.push(id.clone());
            }
            Some(_) => {}
            None => {
                let mut location = source.location.clone();
                location.column = Some(column.header.clone());
                findings.push(Finding {
                    severity: Severity::Warning,
                    location,
                    message: Message::Sheet(SheetIssue::UnknownMark {
                        value: text(cell(row, column)).unwrap_or_default(),
                    }),
                });
                return None;
            }
        }
    }
    if all && !areas.is_open() {
        pledged = areas.all_ids();
    }
    Some((pledged, all && areas.is_open()))
}

/// `all` or `visos`: every area.
fn is_all(item: &str) -> bool {
    matches!(
        crate::fold::fold(item).as_str(),
        "all" | "all areas" | "visos" | "visos sritys"
    )
}

/// The items of an areas cell: split at `;`, `|` or line breaks; else the
/// whole cell when it names an area; else at commas.
fn list_items(cell: &str, areas: &Areas) -> Vec<String> {
    let parts: Vec<&str> = if cell.contains([';', '|', '\n']) {
        cell.split([';', '|', '\n']).collect()
    } else if areas.knows(cell) || !cell.contains(',') {
        vec![cell]
    } else {
        cell.split(',').collect()
    };
    parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}
