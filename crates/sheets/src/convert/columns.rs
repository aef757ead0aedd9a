//! A table's header row and the data rows below it: the one place that
//! decides which row is the header and which rows are blank.

use serde_json::{Map, Value};

use crate::finding::{Finding, Message, Severity};
use crate::table::{column_letter, Cell, Location, Table};

use super::header::{column_heading, Field, Heading};
use super::issue::SheetIssue;
use super::values::text;

/// A header cell.
#[derive(Debug, Clone)]
pub struct Column {
    /// 0-based position in the row.
    pub index: usize,
    /// The header as written (trimmed), or the column letter when blank.
    pub header: String,
    /// The field it names, if the tool knows it.
    pub heading: Option<Heading>,
}

impl Column {
    /// The language of the text this column holds (`en` when none is written).
    pub fn lang(&self) -> &str {
        self.heading
            .as_ref()
            .map_or("en", |heading| heading.lang.as_str())
    }
}

/// A row's text in each language that `columns` hold (blank cells left
/// out): `{"en": "…", "lt": "…"}`.
pub fn texts_by_language(row: &[Cell], columns: &[&Column]) -> Map<String, Value> {
    let mut texts = Map::new();
    for column in columns {
        if let Some(value) = text(cell(row, column)) {
            texts.insert(column.lang().to_owned(), Value::String(value));
        }
    }
    texts
}

/// A table's header.
#[derive(Debug, Clone)]
pub struct Header {
    /// 0-based index of the header row in `Table::rows`.
    pub row: usize,
    /// Its non-blank cells.
    pub columns: Vec<Column>,
}

impl Header {
    /// The first non-blank row, read as headers.
    pub fn find(table: &Table) -> Option<Header> {
        let row = table
            .rows
            .iter()
            .position(|row| row.iter().any(|cell| !cell.is_blank()))?;
        let columns = table.rows[row]
            .iter()
            .enumerate()
            .filter_map(|(index, cell)| {
                let header = text(cell)?;
                Some(Column {
                    index,
                    heading: column_heading(&header),
                    header,
                })
            })
            .collect();
        Some(Header { row, columns })
    }

    /// The column of `field` in `lang` (`en` for fields without languages).
    pub fn column(&self, field: Field, lang: &str) -> Option<&Column> {
        self.columns.iter().find(|column| {
            column
                .heading
                .as_ref()
                .is_some_and(|heading| heading.field == field && heading.lang == lang)
        })
    }

    /// Every column of a text field, one per language.
    pub fn texts(&self, field: Field) -> Vec<&Column> {
        self.columns
            .iter()
            .filter(|column| column.heading.as_ref().is_some_and(|h| h.field == field))
            .collect()
    }

    /// Reports a column that repeats an earlier one's field and language;
    /// the first is used.
    pub fn report_repeats(&self, table: &Table, findings: &mut Vec<Finding>) {
        for (at, column) in self.columns.iter().enumerate() {
            let Some(heading) = &column.heading else {
                continue;
            };
            let earlier = self.columns[..at]
                .iter()
                .find(|other| other.heading.as_ref() == Some(heading));
            if let Some(earlier) = earlier {
                findings.push(Finding {
                    severity: Severity::Error,
                    location: self.at(table, column),
                    message: Message::Sheet(SheetIssue::DuplicateColumn {
                        first: column_letter(earlier.index),
                    }),
                });
            }
        }
    }

    /// Where a header cell is.
    pub fn at(&self, table: &Table, column: &Column) -> Location {
        Location::in_table(table, Some(self.row + 1), Some(column.header.clone()))
    }

    /// The non-blank rows below the header: (1-based row number, cells).
    pub fn data<'t>(&self, table: &'t Table) -> impl Iterator<Item = (usize, &'t [Cell])> {
        table
            .rows
            .iter()
            .enumerate()
            .skip(self.row + 1)
            .filter(|(_, row)| row.iter().any(|cell| !cell.is_blank()))
            .map(|(index, row)| (index + 1, row.as_slice()))
    }
}

/// A row's cell in a column (blank past the row's end).
pub fn cell<'r>(row: &'r [Cell], column: &Column) -> &'r Cell {
    static BLANK: Cell = Cell::Empty;
    row.get(column.index).unwrap_or(&BLANK)
}

/// A missing-column error at the header row.
pub fn missing_column(
    table: &Table,
    header_row: Option<usize>,
    column: &'static str,
    column_lt: &'static str,
) -> Finding {
    Finding {
        severity: Severity::Error,
        location: Location::in_table(table, header_row.map(|row| row + 1), None),
        message: Message::Sheet(SheetIssue::MissingColumn { column, column_lt }),
    }
}
