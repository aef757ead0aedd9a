//! Bytes to tables: which format a file is, its encoding and separator,
//! and the limits that protect the machine. The format is told from the
//! content first (a workbook renamed `.csv` is still a workbook), then
//! from the name; what is neither a workbook nor text is refused with
//! what it looks like and the fix.

mod delimited;
mod issue;
mod text;
mod workbook;

use std::io::Cursor;

pub use issue::{ForeignKind, LikelyEncoding, ReadIssue};
use workbook::WorkbookKind;

use crate::table::{Cell, Table};

/// The largest file read, as for a JSON dataset: 16 MB.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
/// The most data rows a sheet may have (the header not counted), as the
/// widget's signatory limit.
pub const MAX_ROWS: usize = 20_000;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads one file's bytes; `name` (its file name) helps tell the format.
/// Workbooks give one table per worksheet, CSV text one table. Blank
/// trailing cells are dropped from every row and blank trailing rows from
/// every table; an error says why the file gives nothing.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Vec<Table>, ReadIssue> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadIssue::TooBig { bytes: bytes.len() });
    }
    let mut tables = match sniff(name, bytes)? {
        Format::Workbook(kind) => workbook::read(name, bytes, kind)?,
        Format::Text => {
            let prefer_tab = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
            let text = text::decode(bytes)?;
            vec![Table {
                file: name.to_owned(),
                sheet: None,
                rows: delimited::rows(&text, prefer_tab)?,
            }]
        }
    };
    for table in &mut tables {
        while table.rows.last().is_some_and(Vec::is_empty) {
            table.rows.pop();
        }
    }
    if tables.iter().all(|table| table.rows.is_empty()) {
        return Err(ReadIssue::Empty);
    }
    Ok(tables)
}

/// Drops a row's blank cells at its end (trailing blank columns).
fn trim_row(row: &mut Vec<Cell>) {
    while row.last().is_some_and(Cell::is_blank) {
        row.pop();
    }
}

enum Format {
    Workbook(WorkbookKind),
    Text,
}

/// What the file is, by its first bytes, then (for what has none) by its
/// name's extension.
fn sniff(name: &str, bytes: &[u8]) -> Result<Format, ReadIssue> {
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(ZIP) {
        return zip_format(bytes, &extension);
    }
    if bytes.starts_with(OLE) {
        if workbook::is_encrypted_xlsx(bytes) {
            return Err(ReadIssue::Encrypted);
        }
        if matches!(extension.as_str(), "doc" | "ppt" | "msg") {
            return Err(foreign(ForeignKind::Document));
        }
        return Ok(Format::Workbook(WorkbookKind::Xls));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(foreign(ForeignKind::Pdf));
    }
    if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"GIF8")
    {
        return Err(foreign(ForeignKind::Image));
    }
    match extension.as_str() {
        "xlsx" | "xlsm" | "ods" | "xls" | "numbers" if bytes.is_empty() => Err(ReadIssue::Empty),
        "xlsx" | "xlsm" | "ods" | "xls" => Err(ReadIssue::Corrupt {
            detail: format!("not a .{extension} file inside"),
        }),
        "numbers" => Err(foreign(ForeignKind::Numbers)),
        "pdf" => Err(foreign(ForeignKind::Pdf)),
        _ => Ok(Format::Text),
    }
}

/// A zip archive is a workbook when it holds one: `.xlsx` has
/// `xl/workbook.xml` (`.xlsb` `xl/workbook.bin`), `.ods` a `content.xml`; an Apple Numbers file or a
/// word-processor document is a zip too, and is named as such.
fn zip_format(bytes: &[u8], extension: &str) -> Result<Format, ReadIssue> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|error| ReadIssue::Corrupt {
        detail: error.to_string(),
    })?;
    let has = |path: &str| archive.index_for_name(path).is_some();
    if has("xl/workbook.xml") {
        Ok(Format::Workbook(WorkbookKind::Xlsx))
    } else if has("xl/workbook.bin") {
        Ok(Format::Workbook(WorkbookKind::Xlsb))
    } else if has("content.xml") && matches!(extension, "odt" | "odp" | "odg") {
        Err(foreign(ForeignKind::Document))
    } else if has("content.xml") {
        Ok(Format::Workbook(WorkbookKind::Ods))
    } else if has("Index/Document.iwa") || extension == "numbers" {
        Err(foreign(ForeignKind::Numbers))
    } else if has("word/document.xml") || has("ppt/presentation.xml") {
        Err(foreign(ForeignKind::Document))
    } else {
        Err(foreign(ForeignKind::Binary))
    }
}

fn foreign(kind: ForeignKind) -> ReadIssue {
    ReadIssue::NotSpreadsheet { kind }
}
