//! Which table is the agreement, which the areas, which the signatories:
//! a workbook's sheets by name (English or Lithuanian), else any table by
//! its first row, so CSV files may come in any order under any name.

use crate::finding::{Finding, Message, Severity};
use crate::fold::fold;
use crate::table::{Location, Table};

use super::columns::Header;
use super::header::{agreement_heading, is_agreement_header, Field};
use super::issue::{Role, SheetIssue};

/// The tables of one dataset, found.
#[derive(Debug, Default)]
pub struct Layout<'t> {
    /// The Agreement table.
    pub agreement: Option<&'t Table>,
    /// The Areas table, when given.
    pub areas: Option<&'t Table>,
    /// The Signatories table.
    pub signatories: Option<&'t Table>,
}

/// Sorts `tables` into their roles, reporting what cannot be placed.
pub fn find_roles<'t>(tables: &'t [Table], findings: &mut Vec<Finding>) -> Layout<'t> {
    let mut layout = Layout::default();
    for table in tables {
        let role = table
            .sheet
            .as_deref()
            .and_then(role_by_name)
            .or_else(|| role_by_content(table));
        let Some(role) = role else {
            if table.sheet.is_some() && Header::find(table).is_none() {
                continue; // an empty extra sheet ("Sheet2") says nothing
            }
            let (severity, issue) = match table.sheet {
                Some(_) => (Severity::Note, SheetIssue::IgnoredSheet),
                None => (Severity::Error, SheetIssue::UnknownTable),
            };
            findings.push(Finding {
                severity,
                location: Location::in_table(table, None, None),
                message: Message::Sheet(issue),
            });
            continue;
        };
        let slot = match role {
            Role::Agreement => &mut layout.agreement,
            Role::Areas => &mut layout.areas,
            Role::Signatories => &mut layout.signatories,
        };
        match slot {
            Some(first) => findings.push(Finding {
                severity: Severity::Error,
                location: Location::in_table(table, None, None),
                message: Message::Sheet(SheetIssue::DuplicateTable {
                    role,
                    first: table_name(first),
                }),
            }),
            None => *slot = Some(table),
        }
    }
    let first_file = tables
        .first()
        .map(|table| table.file.as_str())
        .unwrap_or_default();
    for (role, found) in [
        (Role::Agreement, layout.agreement.is_some()),
        (Role::Signatories, layout.signatories.is_some()),
    ] {
        if !found {
            findings.push(Finding {
                severity: Severity::Error,
                location: Location::file(first_file),
                message: Message::Sheet(SheetIssue::MissingTable(role)),
            });
        }
    }
    layout
}

/// `file, sheet` or `file`, as a finding names a table.
pub fn table_name(table: &Table) -> String {
    match &table.sheet {
        Some(sheet) => format!("{}, {sheet}", table.file),
        None => table.file.clone(),
    }
}

fn role_by_name(sheet: &str) -> Option<Role> {
    match fold(sheet).as_str() {
        "agreement" | "susitarimas" => Some(Role::Agreement),
        "areas" | "sritys" => Some(Role::Areas),
        "signatories" | "signatarai" => Some(Role::Signatories),
        _ => None,
    }
}

/// By the first non-blank row: fields such as Title make an agreement; a
/// header with Name and Country (or City, or Kind) signatories; one with
/// Label (or Id alone) areas.
fn role_by_content(table: &Table) -> Option<Role> {
    let header = Header::find(table)?;
    let first = header.columns.first()?;
    if is_agreement_header(&first.header)
        || agreement_heading(&first.header).is_some() && first.heading.is_none()
    {
        return Some(Role::Agreement);
    }
    let has = |field| {
        header
            .columns
            .iter()
            .any(|column| column.heading.as_ref().is_some_and(|h| h.field == field))
    };
    if has(Field::Name) && (has(Field::Country) || has(Field::City) || has(Field::Kind)) {
        Some(Role::Signatories)
    } else if has(Field::Label) || has(Field::Id) {
        Some(Role::Areas)
    } else if agreement_heading(&first.header).is_some() {
        Some(Role::Agreement)
    } else {
        None
    }
}
