//! The Agreement table (a field and its value on each row) to the
//! dataset's `agreement`, `areasLabel`, `areasComplete` and `updated`.

use serde_json::{Map, Value};

use crate::finding::{Finding, Message, Severity};
use crate::gazetteer::{Gazetteer, PlaceQuery};
use crate::table::{column_letter, Cell, Location, Table};

use super::header::{agreement_heading, is_agreement_header, Field};
use super::issue::SheetIssue;
use super::places::{country_code, locate};
use super::sources::ObjectSource;
use super::values::{coordinate, text, yes_no, Coordinate};

/// The agreement's part of the dataset.
#[derive(Debug, Default)]
pub struct AgreementPart {
    /// The `agreement` object.
    pub agreement: Map<String, Value>,
    /// `areasLabel`, when given.
    pub areas_label: Option<Map<String, Value>>,
    /// `areasComplete`, when given.
    pub areas_complete: Option<Value>,
    /// `updated`, when given.
    pub updated: Option<Value>,
    /// Where each field came from (paths as under `agreement.`, plus
    /// `areasLabel.<lang>`, `areasComplete` and `updated`).
    pub source: ObjectSource,
}

/// Reads the Agreement table.
pub fn read_agreement(
    table: &Table,
    gazetteer: &Gazetteer,
    findings: &mut Vec<Finding>,
) -> AgreementPart {
    let mut part = AgreementPart {
        source: ObjectSource {
            location: Location::in_table(table, None, None),
            ..ObjectSource::default()
        },
        ..AgreementPart::default()
    };
    let mut title = Map::new();
    let mut place_name = Map::new();
    let (mut place_country, mut place_lat, mut place_lon) =
        (None, Coordinate::Blank, Coordinate::Blank);
    let mut place_row = None;
    let mut first = true;
    for (index, row) in table.rows.iter().enumerate() {
        let Some(key) = row.first().and_then(text) else {
            continue;
        };
        let number = index + 1;
        if std::mem::take(&mut first) && is_agreement_header(&key) {
            continue;
        }
        let value = row.get(1).unwrap_or(&Cell::Empty);
        let value_location = Location::in_table(table, Some(number), Some(column_letter(1)));
        let Some(heading) = agreement_heading(&key) else {
            findings.push(Finding {
                severity: Severity::Note,
                location: Location::in_table(table, Some(number), Some(column_letter(0))),
                message: Message::Sheet(SheetIssue::IgnoredField),
            });
            continue;
        };
        let lang = heading.lang.clone();
        let mut record = |path: String| {
            part.source.fields.insert(path, value_location.clone());
        };
        let value_text = text(value);
        match heading.field {
            Field::Title => {
                record(format!("title.{lang}"));
                record("title".to_owned());
                insert(&mut title, &lang, value_text);
            }
            Field::Date => {
                record("date".to_owned());
                if let Some(date) = value_text {
                    part.agreement.insert("date".into(), Value::String(date));
                }
            }
            Field::Place => {
                record(format!("place.name.{lang}"));
                record("place".to_owned());
                place_row.get_or_insert(number);
                insert(&mut place_name, &lang, value_text);
            }
            Field::PlaceCountry => place_country = value_text.map(|v| (v, value_location.clone())),
            Field::PlaceLatitude => {
                record("place.lat".to_owned());
                place_lat = coordinate(value);
            }
            Field::PlaceLongitude => {
                record("place.lon".to_owned());
                place_lon = coordinate(value);
            }
            Field::Source => {
                record("source".to_owned());
                if let Some(source) = value_text {
                    part.agreement
                        .insert("source".into(), Value::String(source));
                }
            }
            Field::AreasLabel => {
                record(format!("areasLabel.{lang}"));
                record("areasLabel".to_owned());
                insert(
                    part.areas_label.get_or_insert_with(Map::new),
                    &lang,
                    value_text,
                );
            }
            Field::AreasComplete => {
                record("areasComplete".to_owned());
                part.areas_complete = match yes_no(value) {
                    Some(complete) if !value.is_blank() => Some(Value::Bool(complete)),
                    Some(_) => None,
                    None => value_text.map(Value::String),
                };
            }
            Field::Updated => {
                record("updated".to_owned());
                part.updated = value_text.map(Value::String);
            }
            _ => {}
        }
    }
    if !title.is_empty() {
        part.agreement.insert("title".into(), Value::Object(title));
    }
    if let Some(row) = place_row {
        let location = Location::in_table(table, Some(row), Some(column_letter(1)));
        let place = place(
            place_name,
            place_country,
            place_lat,
            place_lon,
            location,
            gazetteer,
            findings,
        );
        if let Some(place) = place {
            part.agreement.insert("place".into(), Value::Object(place));
        }
    }
    part
}

/// The `place` object: typed coordinates, else found from its English
/// name and country; `None` (with a finding) when neither is possible.
fn place(
    name: Map<String, Value>,
    country: Option<(String, Location)>,
    lat: Coordinate,
    lon: Coordinate,
    location: Location,
    gazetteer: &Gazetteer,
    findings: &mut Vec<Finding>,
) -> Option<Map<String, Value>> {
    let english = name.get("en").and_then(Value::as_str).map(str::to_owned);
    let mut place = Map::new();
    place.insert("name".into(), Value::Object(name));
    match (lat, lon) {
        (Coordinate::Blank, Coordinate::Blank) => {
            let Some(((country, country_at), city)) = country.zip(english) else {
                findings.push(Finding {
                    severity: Severity::Error,
                    location,
                    message: Message::Sheet(SheetIssue::PlaceNeedsCountry),
                });
                return None;
            };
            let code = country_code(&country, &country_at, Severity::Error, findings)?;
            let query = PlaceQuery {
                city,
                country: code.to_owned(),
                region: None,
            };
            let (lat, lon) = locate(gazetteer, query, &location, Severity::Error, findings)?;
            place.insert("lat".into(), lat.into());
            place.insert("lon".into(), lon.into());
        }
        (lat, lon) => {
            for (key, coordinate) in [("lat", lat), ("lon", lon)] {
                if let Some(value) = coordinate_value(coordinate) {
                    place.insert(key.into(), value);
                }
            }
        }
    }
    Some(place)
}

/// A coordinate as JSON: a number, or the text for the widget to reject;
/// `None` when blank (so the widget says it is missing).
pub fn coordinate_value(coordinate: Coordinate) -> Option<Value> {
    match coordinate {
        Coordinate::Number { value, .. } => Some(value.into()),
        Coordinate::NotANumber(text) => Some(Value::String(text)),
        Coordinate::Blank => None,
    }
}

fn insert(texts: &mut Map<String, Value>, lang: &str, value: Option<String>) {
    if let Some(value) = value {
        texts.insert(lang.to_owned(), Value::String(value));
    }
}
