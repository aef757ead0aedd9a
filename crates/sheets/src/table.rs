//! What every input becomes before it is understood: a grid of cells with
//! the names a person sees (file, sheet, row number), so that every finding
//! can point at the cell it came from, whatever the file format was.

/// One cell's value, as the spreadsheet holds it. CSV cells are always
/// [`Cell::Text`]; workbooks keep numbers, booleans and dates typed, so a
/// latitude typed as a number is never re-read from a locale's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it (or only spaces).
    Empty,
    /// Text, as typed (not trimmed: the converter trims).
    Text(String),
    /// A number cell.
    Number(f64),
    /// A TRUE/FALSE cell.
    Bool(bool),
    /// A date cell, as `YYYY-MM-DD` (times of day dropped).
    Date(String),
    /// A formula error such as `#N/A`, as the spreadsheet shows it.
    Error(String),
}

impl Cell {
    /// Whether a person would call the cell blank.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// A sheet (or a CSV file): rows of cells, row 0 being the spreadsheet's
/// row 1. Trailing blank rows and columns are already removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The file's name as given on the command line (`signatories.csv`).
    pub file: String,
    /// The sheet's name in a workbook; `None` for a CSV file.
    pub sheet: Option<String>,
    /// The cells, row by row; rows may differ in length.
    pub rows: Vec<Vec<Cell>>,
}

/// Where a finding points, in the terms of the file the person edits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file's name as given (`pledge.xlsx`).
    pub file: String,
    /// The sheet, for workbooks.
    pub sheet: Option<String>,
    /// The spreadsheet row number (1-based), when the finding is about a row.
    pub row: Option<usize>,
    /// The column: its header as written in the file when it has one,
    /// else its letter (`C`).
    pub column: Option<String>,
    /// An Agreement field the finding is about when it has no cell (a
    /// required field left out): `Date`.
    pub field: Option<String>,
    /// For JSON input: the JSON path (`signatories[3].lat`).
    pub json_path: Option<String>,
    /// For JSON input: line and column (1-based) in the text.
    pub line_column: Option<(usize, usize)>,
}

impl Location {
    /// The whole file.
    pub fn file(file: &str) -> Location {
        Location {
            file: file.to_owned(),
            ..Location::default()
        }
    }

    /// A place in a table: its file and sheet, and the row and column given.
    pub fn in_table(table: &Table, row: Option<usize>, column: Option<String>) -> Location {
        Location {
            file: table.file.clone(),
            sheet: table.sheet.clone(),
            row,
            column,
            ..Location::default()
        }
    }
}

/// The spreadsheet letter of a 0-based column index: 0 → `A`, 26 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::column_letter;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
