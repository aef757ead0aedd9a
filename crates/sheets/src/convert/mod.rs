//! Tables to the dataset JSON: find which table is which (`layout`),
//! read the agreement, the areas and the signatories (one module each),
//! then hand the JSON to the widget's own validation (`validate`) and
//! place what it finds back on the cells (`sources`).

mod agreement;
mod areas;
mod columns;
mod header;
mod ids;
mod issue;
mod layout;
mod places;
mod signatories;
mod sources;
mod validate;
mod values;
mod write;

pub use issue::{Role, SheetIssue};

use serde_json::{Map, Value};

use crate::finding::{Finding, Message, Severity};
use crate::gazetteer::Gazetteer;
use crate::read::read_file;
use crate::table::{Location, Table};

use agreement::read_agreement;
use areas::Areas;
use layout::find_roles;
use signatories::read_signatories;
use sources::SourceMap;

/// One file given to the tool: its name as typed and its bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The name shown in findings (`pledge.xlsx`).
    pub name: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// How far a long conversion is, for a progress line on stderr.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// A file is being read.
    Reading {
        /// Its name.
        file: String,
    },
    /// Signatory rows converted so far, of all.
    Rows {
        /// Rows done.
        done: usize,
        /// Rows in all.
        total: usize,
    },
}

/// The dataset a conversion produced, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetJson {
    value: serde_json::Value,
}

impl DatasetJson {
    /// Indented, for people and diffs.
    pub fn pretty(&self) -> String {
        serde_json::to_string_pretty(&write::InReadingOrder(&self.value)).unwrap_or_default()
    }

    /// On one line, for the web.
    pub fn compact(&self) -> String {
        serde_json::to_string(&write::InReadingOrder(&self.value)).unwrap_or_default()
    }
}

/// What converting some files gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The dataset, unless an error rejects it. Signatories the widget
    /// would leave out are not in it (the findings say why), so readers
    /// never see a warning the newsroom was already given.
    pub dataset: Option<DatasetJson>,
    /// Every finding, in table and row order.
    pub findings: Vec<Finding>,
    /// Signatories in the dataset.
    pub signatories: usize,
    /// Areas in the dataset.
    pub areas: usize,
    /// Signatory rows left out because of a problem.
    pub left_out: usize,
}

impl Conversion {
    /// Whether the data would be rejected (exit status 1).
    pub fn rejected(&self) -> bool {
        self.dataset.is_none()
            || self
                .findings
                .iter()
                .any(|finding| finding.severity == Severity::Error)
    }

    fn failed(findings: Vec<Finding>) -> Conversion {
        Conversion {
            dataset: None,
            findings,
            signatories: 0,
            areas: 0,
            left_out: 0,
        }
    }
}

/// Reads and converts a workbook, or the CSV files of one dataset (see
/// docs/spreadsheet-format.md), reporting progress as it goes.
pub fn convert_files(
    files: &[InputFile],
    gazetteer: &Gazetteer,
    progress: &mut dyn FnMut(Progress),
) -> Conversion {
    let mut tables = Vec::new();
    let mut findings = Vec::new();
    for file in files {
        progress(Progress::Reading {
            file: file.name.clone(),
        });
        match read_file(&file.name, &file.bytes) {
            Ok(mut read) => tables.append(&mut read),
            Err(issue) => findings.push(Finding {
                severity: Severity::Error,
                location: Location::file(&file.name),
                message: Message::Read(issue),
            }),
        }
    }
    if !findings.is_empty() {
        return Conversion::failed(findings);
    }
    convert_tables(&tables, gazetteer, progress)
}

/// Converts tables already read (one dataset's).
pub fn convert_tables(
    tables: &[Table],
    gazetteer: &Gazetteer,
    progress: &mut dyn FnMut(Progress),
) -> Conversion {
    let mut findings = Vec::new();
    let layout = find_roles(tables, &mut findings);
    let mut map = SourceMap {
        file: Location::file(tables.first().map_or("", |table| table.file.as_str())),
        ..SourceMap::default()
    };
    let mut areas = match layout.areas {
        Some(table) => {
            map.areas_table = Location::in_table(table, None, None);
            Areas::from_table(table, &mut findings)
        }
        None => Some(Areas::open()),
    };
    let agreement = layout
        .agreement
        .map(|table| read_agreement(table, gazetteer, &mut findings));
    let signatories = match (layout.signatories, areas.as_mut()) {
        (Some(table), Some(areas)) => {
            map.signatories_table = Location::in_table(table, None, None);
            if areas.is_open() {
                map.areas_table = map.signatories_table.clone();
            }
            read_signatories(table, areas, gazetteer, &mut findings, progress)
        }
        _ => None,
    };
    let (Some(agreement), Some(areas), Some(signatories)) = (agreement, areas, signatories) else {
        return Conversion::failed(findings);
    };
    if areas.is_open() && !areas.values.is_empty() {
        findings.push(Finding {
            severity: Severity::Note,
            location: map.signatories_table.clone(),
            message: Message::Sheet(SheetIssue::AreasFromSignatories {
                count: areas.values.len(),
            }),
        });
    }
    let area_count = areas.values.len();
    let mut root = Map::new();
    root.insert("version".into(), Value::from(1));
    root.insert("agreement".into(), Value::Object(agreement.agreement));
    if let Some(label) = agreement.areas_label {
        root.insert("areasLabel".into(), Value::Object(label));
    }
    if let Some(complete) = agreement.areas_complete {
        root.insert("areasComplete".into(), complete);
    }
    if let Some(updated) = agreement.updated {
        root.insert("updated".into(), updated);
    }
    root.insert("areas".into(), Value::Array(areas.values));
    root.insert("signatories".into(), Value::Array(signatories.values));
    map.agreement = agreement.source;
    map.areas = areas.sources;
    map.signatories = signatories.sources;
    map.explained.extend(signatories.explained);
    let checked = validate::check(root, &map, &mut findings);
    let rejected = findings
        .iter()
        .any(|finding| finding.severity == Severity::Error);
    order(&mut findings, tables);
    Conversion {
        signatories: checked.signatories,
        areas: area_count,
        left_out: signatories.left_out + checked.left_out,
        dataset: checked
            .value
            .filter(|_| !rejected)
            .map(|value| DatasetJson { value }),
        findings,
    }
}

/// Findings in the order of the tables given, then by row; the converter's
/// and the widget's findings about one row come together.
fn order(findings: &mut [Finding], tables: &[Table]) {
    let rank = |location: &Location| {
        tables
            .iter()
            .position(|table| table.file == location.file && table.sheet == location.sheet)
            .unwrap_or(usize::MAX)
    };
    findings.sort_by_key(|finding| (rank(&finding.location), finding.location.row.unwrap_or(0)));
}
