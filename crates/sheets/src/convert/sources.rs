//! Where each part of the dataset JSON came from, so that a problem the
//! widget's validation finds at `signatories[3].lat` is told at
//! "sheet Signatories, row 6, column Latitude".

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::table::{Location, Table};

/// The cells behind one object of the JSON (the agreement, an area, a
/// signatory): its row, and the column behind each of its fields.
#[derive(Debug, Clone, Default)]
pub struct ObjectSource {
    /// The table and row (the row is `None` for the agreement, whose
    /// fields are rows of their own).
    pub location: Location,
    /// Field path inside the object (`name.en`, `lat`, `areas[2]`) → where
    /// it came from.
    pub fields: HashMap<String, Location>,
    /// Field path → column header, the same for every row of a table:
    /// shared, so 20,000 signatories do not each hold a map of their own.
    pub columns: Option<Rc<HashMap<String, String>>>,
}

impl ObjectSource {
    /// A row of `table` (1-based row number).
    pub fn row(table: &Table, row: usize) -> ObjectSource {
        ObjectSource {
            location: Location::in_table(table, Some(row), None),
            fields: HashMap::new(),
            columns: None,
        }
    }

    /// Records that `path` came from the column headed `column` of this row.
    pub fn column(&mut self, path: impl Into<String>, column: &str) {
        let mut location = self.location.clone();
        location.column = Some(column.to_owned());
        self.fields.insert(path.into(), location);
    }

    /// Where `path` (inside this object) came from: the longest recorded
    /// prefix (`name.en`, then `name`), else the object's row.
    fn locate(&self, path: &str) -> Location {
        let column = |prefix: &str| {
            let header = self.columns.as_ref()?.get(prefix)?;
            Some(Location {
                column: Some(header.clone()),
                ..self.location.clone()
            })
        };
        prefixes(path)
            .find_map(|prefix| self.fields.get(prefix).cloned().or_else(|| column(prefix)))
            .unwrap_or_else(|| self.location.clone())
    }
}

/// The whole dataset's sources.
#[derive(Debug, Default)]
pub struct SourceMap {
    /// Fallback for paths nothing else claims (the first file).
    pub file: Location,
    /// The agreement's fields, and the top-level `areasLabel`,
    /// `areasComplete` and `updated` (recorded as `areasLabel.en`,
    /// `areasComplete`, `updated`).
    pub agreement: ObjectSource,
    /// One per area, in order.
    pub areas: Vec<ObjectSource>,
    /// The Areas table (or the Signatories table when areas came from it).
    pub areas_table: Location,
    /// One per signatory written, in order.
    pub signatories: Vec<ObjectSource>,
    /// The Signatories table.
    pub signatories_table: Location,
    /// JSON paths the converter has already explained (a country it could
    /// not read, a city it could not find): the widget's validation would
    /// only repeat them less helpfully.
    pub explained: HashSet<String>,
}

impl SourceMap {
    /// Where a JSON path (as the core reports it) came from.
    pub fn locate(&self, path: &str) -> Location {
        if let Some((index, rest)) = indexed(path, "signatories") {
            return match self.signatories.get(index) {
                Some(source) => source.locate(rest),
                None => self.signatories_table.clone(),
            };
        }
        if let Some((index, rest)) = indexed(path, "areas") {
            return match self.areas.get(index) {
                Some(source) => source.locate(rest),
                None => self.areas_table.clone(),
            };
        }
        if path == "signatories" {
            return self.signatories_table.clone();
        }
        if path == "areas" {
            return self.areas_table.clone();
        }
        if let Some(rest) = path.strip_prefix("agreement.") {
            return self.agreement_field(rest);
        }
        if ["areasLabel", "areasComplete", "updated"]
            .iter()
            .any(|field| path.starts_with(field))
        {
            return self.agreement_field(path);
        }
        if path == "agreement" {
            return self.agreement.location.clone();
        }
        self.file.clone()
    }

    /// An Agreement field's cell, or, when the sheet lacks the field, the
    /// sheet and the field's name (`Date`), so "missing" says what.
    fn agreement_field(&self, path: &str) -> Location {
        let location = self.agreement.locate(path);
        if location.row.is_some() {
            return location;
        }
        let first = path.split(['.', '[']).next().unwrap_or(path);
        let name = match first {
            "title" => "Title",
            "date" => "Date",
            "place" => "Place",
            "source" => "Source",
            "areasLabel" => "Areas label",
            "areasComplete" => "Areas complete",
            "updated" => "Updated",
            other => other,
        };
        Location {
            field: Some(name.to_owned()),
            ..location
        }
    }

    /// Whether the converter already said what is wrong at `path` (or at
    /// a path containing it).
    pub fn is_explained(&self, path: &str) -> bool {
        prefixes(path).any(|prefix| self.explained.contains(prefix))
    }
}

/// A path and every path containing it, longest first: `name.en`, `name`;
/// `areas[2]`, `areas`.
fn prefixes(path: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(path), |prefix| {
        prefix.rfind(['.', '[']).map(|cut| &prefix[..cut])
    })
}

/// `signatories[3].lat` with `list` "signatories" → `(3, "lat")`.
pub fn indexed<'p>(path: &'p str, list: &str) -> Option<(usize, &'p str)> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    let index = index.parse().ok()?;
    Some((index, rest.strip_prefix('.').unwrap_or(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_find_their_cells() {
        let table = Table {
            file: "pledge.xlsx".into(),
            sheet: Some("Signatories".into()),
            rows: vec![],
        };
        let mut row = ObjectSource::row(&table, 6);
        row.column("name.en", "Name");
        row.column("areas[1]", "Privacy");
        let map = SourceMap {
            signatories: vec![ObjectSource::default(), row],
            ..SourceMap::default()
        };
        let at = |path: &str| {
            let location = map.locate(path);
            (location.row, location.column)
        };
        assert_eq!(at("signatories[1].name.en"), (Some(6), Some("Name".into())));
        assert_eq!(at("signatories[1].name"), (Some(6), None));
        assert_eq!(
            at("signatories[1].areas[1]"),
            (Some(6), Some("Privacy".into()))
        );
        assert_eq!(at("signatories[1].lat"), (Some(6), None));
        assert_eq!(
            indexed("areas[12].label.en", "areas"),
            Some((12, "label.en"))
        );
        assert_eq!(indexed("areasLabel.en", "areas"), None);
    }
}
