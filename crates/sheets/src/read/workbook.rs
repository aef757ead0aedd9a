//! Workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.ods`, `.xls`) to tables with `calamine`,
//! every worksheet a table under its own name, cells kept typed so that a
//! latitude typed as a number is never re-read from a locale's text.

use std::io::Cursor;

use calamine::{
    Data, DataRef, Ods, OdsError, Range, Reader, SheetType, Xls, XlsError, Xlsb, XlsbError, Xlsx,
    XlsxError,
};

use super::issue::ReadIssue;
use super::{trim_row, MAX_ROWS};
use crate::table::{Cell, Table};

/// The kinds of workbook the tool opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WorkbookKind {
    /// Office Open XML (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Excel's binary workbook (`.xlsb`).
    Xlsb,
    /// OpenDocument (`.ods`).
    Ods,
    /// The old binary Excel format (`.xls`).
    Xls,
}

/// Every worksheet of the workbook in `bytes`, in the workbook's order.
pub(super) fn read(name: &str, bytes: &[u8], kind: WorkbookKind) -> Result<Vec<Table>, ReadIssue> {
    let cursor = Cursor::new(bytes);
    match kind {
        WorkbookKind::Xlsx => {
            let book = Xlsx::new(cursor).map_err(xlsx_issue)?;
            xlsx_tables(name, book)
        }
        WorkbookKind::Xlsb => {
            let book = Xlsb::new(cursor).map_err(xlsb_issue)?;
            tables(name, book, xlsb_issue)
        }
        WorkbookKind::Ods => {
            let book = Ods::new(cursor).map_err(ods_issue)?;
            tables(name, book, ods_issue)
        }
        WorkbookKind::Xls => {
            let book = Xls::new(cursor).map_err(xls_issue)?;
            tables(name, book, xls_issue)
        }
    }
}

/// Whether a Compound File (the container of `.xls`) holds an encrypted
/// Office Open XML workbook: what Excel writes for a password-protected
/// `.xlsx`, whatever the file's name.
pub(super) fn is_encrypted_xlsx(bytes: &[u8]) -> bool {
    matches!(Xlsx::new(Cursor::new(bytes)), Err(XlsxError::Password))
}

/// An `.xlsx` sheet is streamed cell by cell, so a sheet over the row
/// limit stops being read at the first row too many.
fn xlsx_tables(name: &str, mut book: Xlsx<Cursor<&[u8]>>) -> Result<Vec<Table>, ReadIssue> {
    let mut tables = Vec::new();
    for sheet in worksheets(&book) {
        let mut reader = book.worksheet_cells_reader(&sheet).map_err(xlsx_issue)?;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let mut limit = RowLimit::new(&sheet);
        while let Some(found) = reader.next_cell().map_err(xlsx_issue)? {
            let value = cell_ref(found.get_value());
            if value.is_blank() {
                continue;
            }
            let (row, column) = found.get_position();
            let (row, column) = (row as usize, column as usize);
            limit.non_blank(row)?;
            if rows.len() <= row {
                rows.resize(row + 1, Vec::new());
            }
            let cells = &mut rows[row];
            if cells.len() <= column {
                cells.resize(column + 1, Cell::Empty);
            }
            cells[column] = value;
        }
        tables.push(Table {
            file: name.to_owned(),
            sheet: Some(sheet),
            rows,
        });
    }
    Ok(tables)
}

/// Counts the non-blank rows below the header (the first non-blank row)
/// as they come, and stops at one too many.
struct RowLimit<'s> {
    sheet: &'s str,
    header: Option<usize>,
    last: Option<usize>,
    data_rows: usize,
}

impl<'s> RowLimit<'s> {
    fn new(sheet: &'s str) -> RowLimit<'s> {
        RowLimit {
            sheet,
            header: None,
            last: None,
            data_rows: 0,
        }
    }

    /// A non-blank cell on `row` (rows come in order, several cells each).
    fn non_blank(&mut self, row: usize) -> Result<(), ReadIssue> {
        if self.last == Some(row) {
            return Ok(());
        }
        self.last = Some(row);
        if self.header.is_none() {
            self.header = Some(row);
            return Ok(());
        }
        self.data_rows += 1;
        if self.data_rows > MAX_ROWS {
            return Err(ReadIssue::TooManyRows {
                sheet: Some(self.sheet.to_owned()),
            });
        }
        Ok(())
    }
}

/// The names of the workbook's worksheets (not chart sheets), in order.
fn worksheets<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(book: &R) -> Vec<String> {
    book.sheets_metadata()
        .iter()
        .filter(|sheet| sheet.typ == SheetType::WorkSheet)
        .map(|sheet| sheet.name.clone())
        .collect()
}

fn tables<'a, R, E>(
    name: &str,
    mut book: R,
    issue: fn(E) -> ReadIssue,
) -> Result<Vec<Table>, ReadIssue>
where
    R: Reader<Cursor<&'a [u8]>, Error = E>,
{
    let mut tables = Vec::new();
    for sheet in worksheets(&book) {
        let range = book.worksheet_range(&sheet).map_err(issue)?;
        let rows = rows(&range, &sheet)?;
        tables.push(Table {
            file: name.to_owned(),
            sheet: Some(sheet),
            rows,
        });
    }
    Ok(tables)
}

/// The sheet's rows from row 1 and column A, whatever its used range:
/// a sheet whose data starts at C3 keeps it at `rows[2][2]`, so the row
/// numbers and column letters reported are the ones the person sees.
fn rows(range: &Range<Data>, sheet: &str) -> Result<Vec<Vec<Cell>>, ReadIssue> {
    let Some((top, left)) = range.start() else {
        return Ok(Vec::new());
    };
    let mut limit = RowLimit::new(sheet);
    let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top as usize];
    for data in range.rows() {
        let mut row = vec![Cell::Empty; left as usize];
        row.extend(data.iter().map(cell));
        trim_row(&mut row);
        if !row.is_empty() {
            limit.non_blank(rows.len())?;
        }
        rows.push(row);
    }
    Ok(rows)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Float(n) => Cell::Number(*n),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(date) if date.is_duration() => Cell::Number(date.as_f64()),
        Data::DateTime(date) => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            Cell::Date(format!("{year:04}-{month:02}-{day:02}"))
        }
        Data::DateTimeIso(text) => iso_date(text),
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Error(error.to_string()),
    }
}

/// A streamed `.xlsx` cell, its text copied once (shared strings are
/// borrowed from the workbook's table).
fn cell_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::SharedString(text) => Cell::Text((*text).to_owned()),
        DataRef::String(text) => Cell::Text(text.clone()),
        DataRef::Empty => Cell::Empty,
        DataRef::Float(n) => Cell::Number(*n),
        DataRef::Int(n) => Cell::Number(*n as f64),
        DataRef::Bool(b) => Cell::Bool(*b),
        other => cell(&Data::from(other.clone())),
    }
}

/// An ISO date or date-time as its date; a time of day alone stays text.
fn iso_date(text: &str) -> Cell {
    let date = text.get(..10).unwrap_or_default();
    let bytes = date.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if shaped {
        Cell::Date(date.to_owned())
    } else {
        Cell::Text(text.to_owned())
    }
}

fn xlsx_issue(error: XlsxError) -> ReadIssue {
    match error {
        XlsxError::Password => ReadIssue::Encrypted,
        other => corrupt(other),
    }
}

fn xlsb_issue(error: XlsbError) -> ReadIssue {
    match error {
        XlsbError::Password => ReadIssue::Encrypted,
        other => corrupt(other),
    }
}

fn ods_issue(error: OdsError) -> ReadIssue {
    match error {
        OdsError::Password => ReadIssue::Encrypted,
        other => corrupt(other),
    }
}

fn xls_issue(error: XlsError) -> ReadIssue {
    match error {
        XlsError::Password => ReadIssue::Encrypted,
        other => corrupt(other),
    }
}

fn corrupt(error: impl std::fmt::Display) -> ReadIssue {
    ReadIssue::Corrupt {
        detail: error.to_string(),
    }
}
