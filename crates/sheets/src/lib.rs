//! Spreadsheets in: a newsroom's workbook (`.xlsx`, `.ods`) or CSV files
//! become the dataset JSON the widget reads, checked by the same core
//! validation, with every problem placed at its sheet, row and column.
//!
//! The flow, one module each:
//! [`read`] (bytes → [`table::Table`]s: encodings, separators, workbooks,
//! limits) → [`convert`] (tables → dataset JSON, columns recognised in
//! English or Lithuanian, countries by code or name, places looked up in
//! the [`gazetteer`]) → `signatory_core::read` (the widget's own
//! validation) → [`finding::Finding`]s placed back on the cells they came from.
//! See docs/spreadsheet-format.md.

pub mod convert;
pub mod countries;
pub mod finding;
pub mod fold;
pub mod gazetteer;
pub mod read;
pub mod table;
