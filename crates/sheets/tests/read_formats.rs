//! Files that are not spreadsheets, as people pick them by mistake: each
//! is named for what it is (so the person knows where the sheet went), and
//! the format is told by the content before the name.

use std::io::{Cursor, Write};

use signatory_sheets::read::{read_file, ForeignKind, ReadIssue};
use zip::write::SimpleFileOptions;

/// A zip archive holding the named (empty) entries.
fn zip_of(entries: &[&str]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for name in entries {
        zip.start_file(*name, SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(b"<x/>").expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

fn foreign(kind: ForeignKind) -> Result<Vec<signatory_sheets::table::Table>, ReadIssue> {
    Err(ReadIssue::NotSpreadsheet { kind })
}

#[test]
fn an_apple_numbers_file_is_named_with_its_export_fix() {
    let numbers = zip_of(&["Index/Document.iwa", "Metadata/Properties.plist"]);
    assert_eq!(
        read_file("pledge.numbers", &numbers),
        foreign(ForeignKind::Numbers)
    );
    assert_eq!(
        read_file("renamed.xlsx", &numbers),
        foreign(ForeignKind::Numbers)
    );
}

#[test]
fn word_and_opendocument_text_files_are_documents() {
    let docx = zip_of(&["[Content_Types].xml", "word/document.xml"]);
    assert_eq!(
        read_file("pledge.docx", &docx),
        foreign(ForeignKind::Document)
    );
    let odt = zip_of(&["mimetype", "content.xml"]);
    assert_eq!(
        read_file("pledge.odt", &odt),
        foreign(ForeignKind::Document)
    );
    let pptx = zip_of(&["ppt/presentation.xml"]);
    assert_eq!(
        read_file("slides.pptx", &pptx),
        foreign(ForeignKind::Document)
    );
}

#[test]
fn images_and_other_archives_are_not_spreadsheets() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_eq!(
        read_file("screenshot.png", png),
        foreign(ForeignKind::Image)
    );
    let jpeg = b"\xFF\xD8\xFF\xE0\0\x10JFIF";
    assert_eq!(read_file("photo.csv", jpeg), foreign(ForeignKind::Image));
    let archive = zip_of(&["signatories/readme.txt"]);
    assert_eq!(
        read_file("export.zip", &archive),
        foreign(ForeignKind::Binary)
    );
}

#[test]
fn a_workbook_that_lacks_its_sheets_is_corrupt_not_empty() {
    let hollow = zip_of(&["[Content_Types].xml", "xl/workbook.xml"]);
    assert!(matches!(
        read_file("pledge.xlsx", &hollow),
        Err(ReadIssue::Corrupt { .. })
    ));
    assert_eq!(read_file("pledge.xlsx", b""), Err(ReadIssue::Empty));
    let pdf_named_numbers = b"%PDF-1.7\n";
    assert_eq!(
        read_file("pledge.numbers", pdf_named_numbers),
        foreign(ForeignKind::Pdf)
    );
}
