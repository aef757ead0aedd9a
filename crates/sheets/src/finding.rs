//! Everything the tool tells a person, as values: what is wrong (or what
//! it decided for them), how serious it is, and where, so that one finding
//! can be told in English or Lithuanian and placed on its cell.

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::problem::Issue;

use crate::convert::SheetIssue;
use crate::gazetteer::{Located, PlaceProblem, PlaceQuery};
use crate::read::ReadIssue;
use crate::table::Location;

/// How a finding affects the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The data would be rejected: no dataset is written (exit status 1).
    Error,
    /// The dataset is written, but something is left out (a signatory).
    Warning,
    /// A decision the tool made that a person should know about (a place
    /// taken by population): nothing is wrong.
    Note,
}

/// What a finding says, by the part of the tool that found it.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The file could not be read as a spreadsheet.
    Read(ReadIssue),
    /// Something about the sheets' layout or a cell's value.
    Sheet(SheetIssue),
    /// The gazetteer placed a city for the person (a note).
    PlaceTaken {
        /// What was asked.
        query: PlaceQuery,
        /// What was taken.
        located: Located,
    },
    /// The gazetteer could not place a city.
    Place {
        /// What was asked.
        query: PlaceQuery,
        /// Why it has no answer.
        problem: PlaceProblem,
    },
    /// The widget's own validation, with the widget's own message.
    Dataset(Issue),
}

/// One thing the tool tells a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// Where, in the files the person edits.
    pub location: Location,
    /// What.
    pub message: Message,
}

impl Finding {
    /// The message alone, in `localizer`'s language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        match &self.message {
            Message::Read(issue) => issue.describe(localizer),
            Message::Sheet(issue) => issue.describe(localizer),
            Message::PlaceTaken { query, located } => located.describe(query, localizer),
            Message::Place { query, problem } => problem.describe(query, localizer),
            Message::Dataset(issue) => localizer.issue(issue),
        }
    }

    /// Where it is, as a person reads it: `pledge.xlsx, sheet Signatories,
    /// row 6, column Latitude` (or `data.json, signatories[3].lat, line 40,
    /// column 14`), in `localizer`'s language.
    pub fn place(&self, localizer: &Localizer) -> String {
        let location = &self.location;
        let mut parts = vec![location.file.clone()];
        if let Some(sheet) = &location.sheet {
            parts.push(localizer.format(Msg::ToolWhereSheet, &[("sheet", text(sheet))]));
        }
        if let Some(row) = location.row {
            parts.push(localizer.format(Msg::ToolWhereRow, &[("row", plain(row))]));
        }
        if let Some(column) = &location.column {
            parts.push(localizer.format(Msg::ToolWhereColumn, &[("column", text(column))]));
        }
        if let Some(field) = &location.field {
            parts.push(localizer.format(Msg::ToolWhereField, &[("field", text(field))]));
        }
        if let Some(path) = &location.json_path {
            parts.push(if path.is_empty() {
                "$".to_owned()
            } else {
                path.clone()
            });
        }
        if let Some((line, column)) = location.line_column {
            parts.push(localizer.format(
                Msg::ToolWhereLineColumn,
                &[("line", plain(line)), ("column", plain(column))],
            ));
        }
        parts.join(", ")
    }

    /// `place: message`, the line the tool prints.
    pub fn line(&self, localizer: &Localizer) -> String {
        format!("{}: {}", self.place(localizer), self.describe(localizer))
    }
}

/// A text argument.
pub(crate) fn text(value: &str) -> MessageArg {
    MessageArg::Text(value.to_owned())
}

/// A whole number written without grouping (row numbers, years).
pub(crate) fn plain(value: usize) -> MessageArg {
    MessageArg::Plain(i64::try_from(value).unwrap_or(i64::MAX))
}
