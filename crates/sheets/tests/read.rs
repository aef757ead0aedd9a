//! The reader on files as real tools write them (tests/sheets-corpus/,
//! written by LibreOffice or byte for byte as Excel writes them): what a
//! person would notice is which sheets come out, which row a value is on,
//! and that a file the tool cannot read is refused with the fix.

use std::rc::Rc;

use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::read::{read_file, ForeignKind, LikelyEncoding, ReadIssue};
use signatory_sheets::table::{Cell, Table};

fn bytes(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/sheets-corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn corpus(name: &str) -> Result<Vec<Table>, ReadIssue> {
    read_file(name, &bytes(name))
}

fn one(name: &str) -> Table {
    let mut tables = corpus(name).unwrap_or_else(|issue| panic!("{name}: {issue:?}"));
    assert_eq!(tables.len(), 1, "{name}");
    tables.remove(0)
}

fn text(cell: Option<&Cell>) -> String {
    match cell {
        Some(Cell::Text(t)) => t.clone(),
        Some(Cell::Number(n)) => n.to_string(),
        other => format!("{other:?}"),
    }
}

/// The cell at a 1-based row (as the spreadsheet numbers it) and 0-based column.
fn at(table: &Table, row: usize, column: usize) -> String {
    text(table.rows.get(row - 1).and_then(|r| r.get(column)))
}

fn sheets(tables: &[Table]) -> Vec<&str> {
    tables.iter().filter_map(|t| t.sheet.as_deref()).collect()
}

fn lt() -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), "lt")
}

fn en() -> Localizer {
    lt().with_language("en")
}

#[test]
fn workbooks_from_libreoffice_keep_sheet_names_and_typed_cells() {
    for name in [
        "01-builtin.xlsx",
        "02-builtin.ods",
        "05-builtin-excel97.xls",
    ] {
        let tables = corpus(name).unwrap_or_else(|issue| panic!("{name}: {issue:?}"));
        assert_eq!(
            sheets(&tables),
            ["Agreement", "Areas", "Signatories"],
            "{name}"
        );
        let date = [Cell::Text("Date".into()), Cell::Date("2017-11-08".into())];
        assert_eq!(tables[0].rows[3], date, "{name}");
        let signatories = &tables[2];
        assert_eq!(
            signatories.rows.len(),
            16,
            "{name}: header and 15 signatories"
        );
        assert_eq!(
            signatories.rows[1][7],
            Cell::Number(48.5833),
            "{name}: a number"
        );
        assert_eq!(at(signatories, 10, 2), "„Telefónica“", "{name}");
    }
    let lithuanian = corpus("04-builtin-lithuanian.ods").unwrap_or_default();
    assert_eq!(sheets(&lithuanian), ["Susitarimas", "Sritys", "Signatarai"]);
    assert_eq!(at(&lithuanian[2], 1, 3), "Rūšis");
}

#[test]
fn a_sheet_starting_at_c3_keeps_its_row_numbers_and_columns() {
    let tables = corpus("26-data-from-c3.xlsx").unwrap_or_default();
    let sheet = &tables[2];
    assert!(sheet.rows[0].is_empty() && sheet.rows[1].is_empty());
    assert_eq!(at(sheet, 3, 2), "Id", "the header is at C3");
    assert_eq!(sheet.rows[2][0], Cell::Empty);
    assert_eq!(at(sheet, 6, 10), "250", "the bad longitude is at K6");
}

#[test]
fn every_csv_form_gives_the_same_cells() {
    let reference = one("07-excel-csv-utf8-bom-crlf.csv");
    assert_eq!(
        at(&reference, 1, 0),
        "Id",
        "the byte-order mark is not in the header"
    );
    for name in [
        "06-libreoffice-utf8.csv",
        "09-unicode-text-utf16.txt",
        "10-tab-separated-utf8.tsv",
        "31-excel-unicode-text.txt",
        "32-sep-line-for-excel.csv",
        "12-blank-trailing-rows-and-columns.csv",
    ] {
        let mut rows = one(name).rows;
        if name.starts_with("12") {
            assert!(
                rows[3].is_empty(),
                "{name}: the blank row 4 is kept as a row"
            );
            rows.remove(3);
        }
        assert_eq!(rows, reference.rows, "{name}");
    }
}

#[test]
fn semicolons_and_decimal_commas_from_european_excel() {
    let table = one("08-european-excel-semicolon-decimal-comma.csv");
    assert_eq!(table.rows[0].len(), 11);
    assert_eq!(at(&table, 2, 7), "48,5833");
    let areas = "children; expression; privacy; education; gender-equality; cybercrime; culture";
    assert_eq!(at(&table, 2, 10), areas);
}

#[test]
fn quoted_fields_keep_separators_quotes_and_line_breaks() {
    let table = one("11-quoted-separators-quotes-line-breaks.csv");
    assert_eq!(
        table.rows.len(),
        6,
        "a line break inside a cell does not make a row"
    );
    let name = "Computer & Communications Industry Association, \"CCIA\"";
    assert_eq!(at(&table, 6, 1), name);
    assert_eq!(
        at(&table, 6, 2),
        "Kompiuterių ir ryšių pramonės asociacija\n(CCIA)"
    );
    assert_eq!(at(&table, 6, 0), "ccia");
}

#[test]
fn header_names_come_as_typed() {
    let table = one("13-header-odd-case-spaces.csv");
    assert_eq!(
        at(&table, 1, 1),
        "  NAME ",
        "the converter trims and matches; the reader keeps"
    );
}

#[test]
fn old_windows_encodings_are_refused_with_their_name_in_both_languages() {
    let issue = corpus("14-windows-1257-lithuanian.csv");
    let expected = ReadIssue::NotUtf8 {
        line: 1,
        likely: Some(LikelyEncoding::Windows1257),
    };
    assert_eq!(issue, Err(expected.clone()));
    let english = expected.describe(&en());
    assert!(english.contains("Windows-1257 (Baltic)"), "{english}");
    assert!(
        english.contains("Line 1 ") && english.contains("CSV UTF-8"),
        "{english}"
    );
    let lithuanian = expected.describe(&lt());
    assert!(
        lithuanian.contains("Windows-1257 (Baltijos)"),
        "{lithuanian}"
    );
    assert!(lithuanian.contains("CSV UTF-8"), "{lithuanian}");
    assert!(matches!(
        corpus("15-windows-1252.csv"),
        Err(ReadIssue::NotUtf8 {
            line: 3,
            likely: Some(LikelyEncoding::Windows1252)
        })
    ));
}

#[test]
fn empty_and_header_only_files() {
    assert_eq!(corpus("16-empty.csv"), Err(ReadIssue::Empty));
    let blank = read_file("blank.csv", b"\xEF\xBB\xBF\r\n;;;\r\n  \r\n");
    assert_eq!(blank, Err(ReadIssue::Empty));
    assert_eq!(one("17-header-only.csv").rows.len(), 1);
    assert!(ReadIssue::Empty
        .describe(&lt())
        .starts_with("failas tuščias"));
}

#[test]
fn other_files_are_named_with_the_fix() {
    let pdf = corpus("28-not-a-spreadsheet.pdf");
    let expected = ReadIssue::NotSpreadsheet {
        kind: ForeignKind::Pdf,
    };
    assert_eq!(pdf, Err(expected.clone()));
    let message = expected.describe(&en());
    assert!(
        message.starts_with("this is a PDF") && message.contains(".xlsx"),
        "{message}"
    );
    assert_eq!(
        corpus("30-password-protected.xlsx"),
        Err(ReadIssue::Encrypted)
    );
    assert!(ReadIssue::Encrypted
        .describe(&lt())
        .contains("slaptažodžiu"));

    let whole = bytes("01-builtin.xlsx");
    let cut = read_file("cut.xlsx", &whole[..whole.len() / 2]);
    assert!(matches!(cut, Err(ReadIssue::Corrupt { .. })), "{cut:?}");
    let renamed = read_file("renamed.xlsx", b"Name,City\n");
    assert!(
        matches!(renamed, Err(ReadIssue::Corrupt { .. })),
        "{renamed:?}"
    );
    let as_csv = read_file("pledge.csv", &whole).unwrap_or_default();
    assert_eq!(
        sheets(&as_csv),
        ["Agreement", "Areas", "Signatories"],
        "content wins over name"
    );
    let binary = read_file("x.bin", b"\x7fELF\x02\x01\x01\0\0\0");
    let expected = ReadIssue::NotSpreadsheet {
        kind: ForeignKind::Binary,
    };
    assert_eq!(binary, Err(expected));
}

#[test]
fn every_reason_is_told_with_its_fix_in_both_languages() {
    let issues = [
        ReadIssue::Empty,
        ReadIssue::TooBig { bytes: 17_000_000 },
        ReadIssue::TooManyRows { sheet: None },
        ReadIssue::TooManyRows {
            sheet: Some("Signatarai".into()),
        },
        ReadIssue::NotUtf8 {
            line: 7,
            likely: None,
        },
        ReadIssue::NotUtf8 {
            line: 1,
            likely: Some(LikelyEncoding::Utf16WithoutBom),
        },
        ReadIssue::BrokenUtf16 { line: 12 },
        ReadIssue::NotSpreadsheet {
            kind: ForeignKind::Numbers,
        },
        ReadIssue::NotSpreadsheet {
            kind: ForeignKind::Document,
        },
        ReadIssue::NotSpreadsheet {
            kind: ForeignKind::Image,
        },
        ReadIssue::Encrypted,
        ReadIssue::Corrupt {
            detail: "invalid Zip archive".into(),
        },
    ];
    for localizer in [en(), lt()] {
        for issue in &issues {
            let message = issue.describe(&localizer);
            eprintln!("{}: {message}", localizer.lang());
            assert!(
                message.len() > 40 && !message.contains('{'),
                "{issue:?}: {message}"
            );
        }
    }
    let numbers = issues[7].describe(&en());
    assert!(numbers.contains("Export To › Excel"), "{numbers}");
    let line = issues[4].describe(&lt());
    assert!(
        line.contains("kurios nepavyksta perskaityti, – 7."),
        "{line}"
    );
}
