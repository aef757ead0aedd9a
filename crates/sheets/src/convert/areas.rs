//! The Areas table to the dataset's `areas`, and the one way a signatory's
//! area is recognised: by id or by label in any language, any case.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::finding::{Finding, Message, Severity};
use crate::fold::fold;
use crate::table::Table;

use super::columns::{cell, missing_column, texts_by_language, Header};
use super::header::Field;
use super::ids::IdMaker;
use super::issue::SheetIssue;
use super::sources::ObjectSource;
use super::values::text;

/// The areas, as the dataset will list them, and how to find one.
#[derive(Debug, Default)]
pub struct Areas {
    /// `{id, label}` objects, in order.
    pub values: Vec<Value>,
    /// Where each came from.
    pub sources: Vec<ObjectSource>,
    /// Folded id or label (any language) → id.
    by_name: HashMap<String, String>,
    /// No Areas table: areas are added as signatories name them.
    open: bool,
    ids: IdMaker,
}

impl Areas {
    /// Reads the Areas table; `None` when it cannot be read at all (the
    /// findings say why).
    pub fn from_table(table: &Table, findings: &mut Vec<Finding>) -> Option<Areas> {
        let header = Header::find(table);
        let Some(header) = header.filter(|h| h.column(Field::Label, "en").is_some()) else {
            findings.push(missing_column(table, Some(0), "Label", "Sritis"));
            return None;
        };
        header.report_repeats(table, findings);
        for column in header.columns.iter().filter(|c| c.heading.is_none()) {
            findings.push(Finding {
                severity: Severity::Note,
                location: header.at(table, column),
                message: Message::Sheet(SheetIssue::IgnoredColumn),
            });
        }
        let id_column = header.column(Field::Id, "en");
        let labels = header.texts(Field::Label);
        let given = header
            .data(table)
            .filter_map(|(_, row)| id_column.and_then(|column| text(cell(row, column))));
        let given: Vec<String> = given.collect();
        let mut areas = Areas {
            ids: IdMaker::new(given.iter().map(String::as_str)),
            ..Areas::default()
        };
        for (row_number, row) in header.data(table) {
            let mut source = ObjectSource::row(table, row_number);
            let label = texts_by_language(row, &labels);
            for column in &labels {
                source.column(format!("label.{}", column.lang()), &column.header);
            }
            let english = label
                .get("en")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let id = match id_column.and_then(|column| text(cell(row, column))) {
                Some(id) => id,
                None => areas.ids.make(&english, &format!("area-{row_number}")),
            };
            if let Some(column) = id_column {
                source.column("id", &column.header);
            }
            source.column("label", &labels[0].header);
            areas.remember(&id, label.values().filter_map(Value::as_str));
            areas.values.push(json!({ "id": id, "label": label }));
            areas.sources.push(source);
        }
        Some(areas)
    }

    /// No Areas table: areas will be the ones signatories name.
    pub fn open() -> Areas {
        Areas {
            open: true,
            ..Areas::default()
        }
    }

    /// Whether the areas came from the signatories (no Areas table).
    pub fn is_open(&self) -> bool {
        self.open
    }

    fn remember<'a>(&mut self, id: &str, labels: impl Iterator<Item = &'a str>) {
        self.by_name
            .entry(fold(id))
            .or_insert_with(|| id.to_owned());
        for label in labels {
            self.by_name
                .entry(fold(label))
                .or_insert_with(|| id.to_owned());
        }
    }

    /// The id of the area `name` (an id or a label in any language), if
    /// declared; with no Areas table, a new area is added for it.
    pub fn resolve(&mut self, name: &str, source: &ObjectSource, column: &str) -> Option<String> {
        // An exact id first: `x-1` is that area even if another's label
        // folds to "x 1".
        if let Some(id) = self.exact_id(name) {
            return Some(id);
        }
        if let Some(id) = self.by_name.get(&fold(name)) {
            return Some(id.clone());
        }
        if !self.open || name.trim().is_empty() {
            return None;
        }
        let id = self
            .ids
            .make(name, &format!("area-{}", self.values.len() + 1));
        let mut area_source = source.clone();
        area_source.fields.clear();
        area_source.columns = None;
        area_source.column("label.en", column);
        self.remember(&id, std::iter::once(name));
        self.values
            .push(json!({ "id": id, "label": { "en": name.trim() } }));
        self.sources.push(area_source);
        Some(id)
    }

    /// Every area's id, for `all`.
    pub fn all_ids(&self) -> Vec<String> {
        self.values
            .iter()
            .filter_map(|area| area.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect()
    }

    /// Whether `folded` names an area (so `all` can still be an area's name).
    pub fn knows(&self, name: &str) -> bool {
        self.by_name.contains_key(&fold(name))
    }

    /// The area a column header names (a mark column), if declared.
    pub fn column_area(&self, header: &str) -> Option<String> {
        self.exact_id(header)
            .or_else(|| self.by_name.get(&fold(header)).cloned())
    }

    /// The area whose id is exactly `name` (trimmed).
    fn exact_id(&self, name: &str) -> Option<String> {
        let name = name.trim();
        self.values
            .iter()
            .filter_map(|area| area["id"].as_str())
            .find(|id| *id == name)
            .map(str::to_owned)
    }
}
