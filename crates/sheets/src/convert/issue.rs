//! What the converter itself can find wrong (or decide) in a sheet, as
//! values told in any language through `locales/<tag>/tool/sheets.ftl`.
//! Problems the widget would find are left to the widget's validation, so
//! the tool and the widget never disagree.

use signatory_core::i18n::{Localizer, MessageArg, Msg};

use crate::finding::{plain, text};

/// The three tables of a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The agreement's fields.
    Agreement,
    /// The pledge areas.
    Areas,
    /// The signatories.
    Signatories,
}

impl Role {
    /// The message argument naming the table (a select key).
    pub fn key(self) -> &'static str {
        match self {
            Role::Agreement => "agreement",
            Role::Areas => "areas",
            Role::Signatories => "signatories",
        }
    }
}

/// Something about the sheets' layout or a cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetIssue {
    /// No table of this role was given (Agreement or Signatories).
    MissingTable(Role),
    /// Two tables of one role.
    DuplicateTable {
        /// Which.
        role: Role,
        /// Where the first one is (`file, sheet`).
        first: String,
    },
    /// A CSV file whose first row says neither agreement, areas nor signatories.
    UnknownTable,
    /// A workbook sheet that is not one of the three (ignored).
    IgnoredSheet,
    /// A required column is absent.
    MissingColumn {
        /// The column's English header.
        column: &'static str,
        /// Its Lithuanian header.
        column_lt: &'static str,
    },
    /// The same column twice.
    DuplicateColumn {
        /// The letter of the first one.
        first: String,
    },
    /// A column the tool does not know (ignored).
    IgnoredColumn,
    /// An Agreement field the tool does not know (ignored).
    IgnoredField,
    /// A country that is neither a code nor a known name.
    UnknownCountry {
        /// As typed.
        value: String,
        /// Names close to it.
        closest: Vec<String>,
    },
    /// An area mark that is neither yes nor no.
    UnknownMark {
        /// As typed.
        value: String,
    },
    /// Only one of latitude and longitude.
    OneCoordinate,
    /// A latitude beyond ±90 whose longitude would be a latitude.
    LooksSwapped,
    /// Numbers written with a decimal comma, read as points.
    DecimalComma {
        /// How many cells.
        count: usize,
        /// The first, as written.
        example: String,
    },
    /// The signing place has a name but no country or coordinates.
    PlaceNeedsCountry,
    /// An id used twice; the widget's message names a JSON path, this one
    /// the row a person can find.
    DuplicateId {
        /// The id.
        id: String,
        /// The row of its first use.
        first_row: usize,
    },
    /// An area a signatory names that the Areas table does not have.
    UnknownArea {
        /// As typed.
        name: String,
    },
    /// A link that is not `http(s)://…`: readers would get no link.
    NotAWebLink {
        /// As typed.
        value: String,
    },
    /// No Areas table: the areas are those the signatories name.
    AreasFromSignatories {
        /// How many areas.
        count: usize,
    },
}

impl SheetIssue {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        match self {
            SheetIssue::MissingTable(role) => {
                localizer.format(Msg::ToolSheetMissingTable, &[("table", text(role.key()))])
            }
            SheetIssue::DuplicateTable { role, first } => localizer.format(
                Msg::ToolSheetDuplicateTable,
                &[("table", text(role.key())), ("first", text(first))],
            ),
            SheetIssue::UnknownTable => localizer.text(Msg::ToolSheetUnknownTable),
            SheetIssue::IgnoredSheet => localizer.text(Msg::ToolSheetIgnoredSheet),
            SheetIssue::MissingColumn { column, column_lt } => localizer.format(
                Msg::ToolSheetMissingColumn,
                &[("column", text(column)), ("column_lt", text(column_lt))],
            ),
            SheetIssue::DuplicateColumn { first } => {
                localizer.format(Msg::ToolSheetDuplicateColumn, &[("first", text(first))])
            }
            SheetIssue::IgnoredColumn => localizer.text(Msg::ToolSheetIgnoredColumn),
            SheetIssue::IgnoredField => localizer.text(Msg::ToolSheetIgnoredField),
            SheetIssue::UnknownCountry { value, closest } => localizer.format(
                Msg::ToolSheetUnknownCountry,
                &[
                    ("value", text(value)),
                    ("closest", text(&localizer.list_and(closest))),
                    ("suggestions", plain(closest.len())),
                ],
            ),
            SheetIssue::UnknownMark { value } => {
                localizer.format(Msg::ToolSheetUnknownMark, &[("value", text(value))])
            }
            SheetIssue::OneCoordinate => localizer.text(Msg::ToolSheetOneCoordinate),
            SheetIssue::LooksSwapped => localizer.text(Msg::ToolSheetLooksSwapped),
            SheetIssue::DecimalComma { count, example } => localizer.format(
                Msg::ToolSheetDecimalComma,
                &[
                    ("count", MessageArg::Number(*count as f64)),
                    ("example", text(example)),
                ],
            ),
            SheetIssue::DuplicateId { id, first_row } => localizer.format(
                Msg::ToolSheetDuplicateId,
                &[("id", text(id)), ("row", plain(*first_row))],
            ),
            SheetIssue::UnknownArea { name } => {
                localizer.format(Msg::ToolSheetUnknownArea, &[("name", text(name))])
            }
            SheetIssue::NotAWebLink { value } => {
                localizer.format(Msg::ToolSheetNotAWebLink, &[("value", text(value))])
            }
            SheetIssue::PlaceNeedsCountry => localizer.text(Msg::ToolSheetPlaceNeedsCountry),
            SheetIssue::AreasFromSignatories { count } => {
                localizer.count(Msg::ToolSheetAreasFromSignatories, *count)
            }
        }
    }
}
