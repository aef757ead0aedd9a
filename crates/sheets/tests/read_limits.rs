//! Limits and speed: a 20,000-row sheet (the widget's signatory limit) is
//! read in well under a second natively, one row more is refused with the
//! sheet's name, and a file over 16 MB is refused before it is parsed.
//! Run with `--nocapture` to see the timings.

use std::io::{Cursor, Write};
use std::rc::Rc;
use std::time::Instant;

use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::read::{read_file, ReadIssue, MAX_BYTES, MAX_ROWS};
use signatory_sheets::table::Cell;
use zip::write::SimpleFileOptions;

const HEADER: [&str; 6] = ["Name", "Kind", "City", "Country", "Latitude", "Longitude"];

fn csv(rows: usize) -> Vec<u8> {
    let mut text = String::from("\u{FEFF}Name;Kind;City;Country;Latitude;Longitude\r\n");
    for i in 0..rows {
        text.push_str(&format!(
            "\"Bendrovė {i}; UAB\";company;Vilnius;LT;54,{i:05};25,28\r\n"
        ));
    }
    text.into_bytes()
}

/// A minimal `.xlsx` with one sheet of `rows` signatories below a header:
/// the parts every Office Open XML workbook has, cells as inline strings.
fn xlsx(rows: usize) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    let string = |s: &str| format!(r#"<c t="inlineStr"><is><t>{s}</t></is></c>"#);
    sheet.push_str("<row>");
    for h in HEADER {
        sheet.push_str(&string(h));
    }
    sheet.push_str("</row>");
    for i in 0..rows {
        sheet.push_str("<row>");
        for s in [format!("Bendrovė {i}").as_str(), "company", "Vilnius", "LT"] {
            sheet.push_str(&string(s));
        }
        sheet.push_str(&format!("<c><v>54.{i:05}</v></c><c><v>25.28</v></c></row>"));
    }
    sheet.push_str("</sheetData></worksheet>");
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Signatories" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(name, SimpleFileOptions::default())
            .expect("zip entry");
        zip.write_all(content.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip").into_inner()
}

fn en() -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), "en")
}

#[test]
fn a_20000_row_csv_is_read_quickly_and_one_more_row_is_refused() {
    let bytes = csv(MAX_ROWS);
    let start = Instant::now();
    let tables = read_file("signatories.csv", &bytes).expect("20,000 rows are allowed");
    let elapsed = start.elapsed();
    eprintln!(
        "CSV, {MAX_ROWS} rows, {} KB: {elapsed:.1?}",
        bytes.len() / 1024
    );
    let rows = &tables[0].rows;
    assert_eq!(rows.len(), MAX_ROWS + 1);
    assert_eq!(
        rows[MAX_ROWS][0],
        Cell::Text(format!("Bendrovė {}; UAB", MAX_ROWS - 1))
    );
    assert_eq!(
        rows[MAX_ROWS][4],
        Cell::Text(format!("54,{:05}", MAX_ROWS - 1))
    );

    let over = read_file("signatories.csv", &csv(MAX_ROWS + 1));
    assert_eq!(over, Err(ReadIssue::TooManyRows { sheet: None }));
}

#[test]
fn blank_rows_in_between_do_not_count_against_the_limit() {
    let mut bytes = csv(MAX_ROWS);
    bytes.extend_from_slice(b";;;;;\r\n\r\n;;;\r\n");
    let blank_inside =
        String::from_utf8(bytes)
            .expect("utf-8")
            .replacen("\r\n", "\r\n\r\n;;\r\n", 1);
    let tables =
        read_file("s.csv", blank_inside.as_bytes()).expect("blank rows are not signatories");
    assert_eq!(
        tables[0].rows.len(),
        MAX_ROWS + 3,
        "the two blank rows keep their places"
    );
}

#[test]
fn a_20000_row_xlsx_is_read_quickly_and_one_more_row_is_refused() {
    let bytes = xlsx(MAX_ROWS);
    let start = Instant::now();
    let tables = read_file("pledge.xlsx", &bytes).expect("20,000 rows are allowed");
    let elapsed = start.elapsed();
    eprintln!(
        "xlsx, {MAX_ROWS} rows, {} KB: {elapsed:.1?}",
        bytes.len() / 1024
    );
    let rows = &tables[0].rows;
    assert_eq!(tables[0].sheet.as_deref(), Some("Signatories"));
    assert_eq!(rows.len(), MAX_ROWS + 1);
    assert_eq!(rows[1][4], Cell::Number(54.0));
    assert_eq!(
        rows[MAX_ROWS][0],
        Cell::Text(format!("Bendrovė {}", MAX_ROWS - 1))
    );

    let over = read_file("pledge.xlsx", &xlsx(MAX_ROWS + 1));
    let sheet = Some("Signatories".to_owned());
    assert_eq!(over, Err(ReadIssue::TooManyRows { sheet }));
    let message = over
        .err()
        .map(|issue| issue.describe(&en()))
        .unwrap_or_default();
    assert!(
        message.contains("“Signatories”") && message.contains("20,000"),
        "{message}"
    );
}

#[test]
fn a_file_over_16_mb_is_refused_with_its_size() {
    let bytes = vec![b'a'; MAX_BYTES + 200 * 1024];
    let issue = read_file("big.csv", &bytes);
    assert_eq!(issue, Err(ReadIssue::TooBig { bytes: bytes.len() }));
    let message = issue
        .err()
        .map(|issue| issue.describe(&en()))
        .unwrap_or_default();
    assert!(
        message.starts_with("the file is 16.2 MB; the tool reads at most 16 MB"),
        "{message}"
    );
}

#[test]
fn the_built_in_dataset_reads_in_every_form() {
    let data = format!("{}/../../data", env!("CARGO_MANIFEST_DIR"));
    for name in ["agreement.xlsx", "agreement.ods"] {
        let bytes = std::fs::read(format!("{data}/{name}")).expect("committed");
        let tables = read_file(name, &bytes).expect("readable");
        let names: Vec<_> = tables.iter().filter_map(|t| t.sheet.as_deref()).collect();
        assert_eq!(names, ["Agreement", "Areas", "Signatories"], "{name}");
        assert_eq!(tables[2].rows.len(), 16, "{name}");
    }
    for (name, rows, columns) in [
        ("agreement", 12, 2),
        ("areas", 8, 3),
        ("signatories", 16, 11),
    ] {
        let bytes = std::fs::read(format!("{data}/agreement-csv/{name}.csv")).expect("committed");
        let tables = read_file(name, &bytes).expect("readable");
        assert_eq!(tables[0].rows.len(), rows, "{name}");
        assert!(
            tables[0].rows.iter().all(|r| r.len() == columns),
            "{name}: separator found"
        );
    }
}
