//! CSV (and tab-separated) text to a table, with the `csv` crate: the
//! separator is detected, not asked for, because a European Excel writes
//! `;` where others write `,`, and "Unicode Text" writes tabs.

use csv::{ReaderBuilder, StringRecord};

use super::issue::ReadIssue;
use super::{trim_row, MAX_ROWS};
use crate::table::Cell;

/// The separators spreadsheet programs write, in order of preference
/// when the evidence is equal.
const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many records the separator is judged on.
const SAMPLE: usize = 20;

/// The rows of CSV `text`, row 0 being the spreadsheet's row 1. Blank
/// lines count as rows (a spreadsheet shows them), so every row number
/// later reported is the one the person sees when opening the file.
pub(super) fn rows(text: &str, prefer_tab: bool) -> Result<Vec<Vec<Cell>>, ReadIssue> {
    let (text, separator) = match excel_separator_line(text) {
        Some((rest, separator)) => (rest, separator),
        None => (text, detect(text, prefer_tab)),
    };
    let mut reader = reader(text, separator);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut record = StringRecord::new();
    // Where the previous record's content ended (before its line end).
    let mut previous_end: Option<usize> = None;
    let mut header_seen = false;
    let mut data_rows = 0usize;
    // A record the csv crate cannot read is impossible here (the text is
    // valid UTF-8 and the reader flexible), so an error simply ends the file.
    while reader.read_record(&mut record).unwrap_or(false) {
        // The csv crate skips empty lines and places a record somewhere in
        // the run of line ends before it; a record's content never starts
        // or ends with a bare line end (a quote would enclose it), so the
        // line ends around the positions tell the blank rows exactly.
        let at = record.position().map_or(0, |p| p.byte() as usize);
        let start = at + leading_line_ends(&text[at..]);
        let blank = match previous_end {
            Some(end) => line_breaks(&text[end.min(start)..start]).saturating_sub(1),
            None => line_breaks(&text[..start]),
        };
        rows.extend(std::iter::repeat_n(Vec::new(), blank));
        let end = (reader.position().byte() as usize).clamp(start, text.len());
        previous_end = Some(end - trailing_line_ends(&text[start..end]));
        let mut row: Vec<Cell> = record.iter().map(cell).collect();
        trim_row(&mut row);
        if !row.is_empty() {
            if header_seen {
                data_rows += 1;
                if data_rows > MAX_ROWS {
                    return Err(ReadIssue::TooManyRows { sheet: None });
                }
            }
            header_seen = true;
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Excel's `sep=;` first line, which names the separator and which Excel
/// does not show as a row: the text after it, and the separator.
fn excel_separator_line(text: &str) -> Option<(&str, u8)> {
    let rest = text.strip_prefix("sep=")?;
    let separator = *rest.as_bytes().first()?;
    if !(separator.is_ascii_punctuation() || separator == b'\t') {
        return None;
    }
    let after = &rest[1..];
    let body = ["\r\n", "\n", "\r"]
        .iter()
        .find_map(|end| after.strip_prefix(end))?;
    Some((body, separator))
}

fn reader(text: &str, separator: u8) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes())
}

fn cell(field: &str) -> Cell {
    if field.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(field.to_owned())
    }
}

fn leading_line_ends(text: &str) -> usize {
    text.len() - text.trim_start_matches(['\r', '\n']).len()
}

fn trailing_line_ends(text: &str) -> usize {
    text.len() - text.trim_end_matches(['\r', '\n']).len()
}

/// Line breaks as a spreadsheet counts them: `\r\n`, `\n` or a lone `\r`.
fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            count += 1;
        }
    }
    count
}

/// The separator that splits the first non-blank row (the header) into
/// the most columns, the following rows agreeing: parsed by the csv crate
/// for each candidate, so a separator inside a quoted field never counts.
fn detect(text: &str, prefer_tab: bool) -> u8 {
    let mut best = (b',', (0usize, 0usize));
    let mut order = SEPARATORS.to_vec();
    if prefer_tab {
        order.sort_by_key(|&s| s != b'\t');
    }
    for separator in order {
        let mut counts = reader(text, separator)
            .into_records()
            .filter_map(Result::ok)
            .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
            .take(SAMPLE)
            .map(|r| r.len());
        let Some(header) = counts.next() else {
            // Nothing but separators and spaces: the file is blank in it.
            return separator;
        };
        if header < 2 {
            continue;
        }
        let agreeing = counts.filter(|&n| n == header).count();
        let score = (agreeing, header);
        if score > best.1 {
            best = (separator, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| {
                row.iter()
                    .map(|c| match c {
                        Cell::Text(t) => t.clone(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn semicolons_win_over_decimal_commas() {
        let rows = rows("Name;Lat;Lon\nA;54,69;25,28\nB;55,1;23,9\n", false).unwrap_or_default();
        assert_eq!(texts(&rows)[1], ["A", "54,69", "25,28"]);
    }

    #[test]
    fn a_quoted_separator_does_not_count() {
        let rows = rows("\"Name, full\";Areas\n\"A, B\";\"x; y\"\n", false).unwrap_or_default();
        assert_eq!(
            texts(&rows),
            [vec!["Name, full", "Areas"], vec!["A, B", "x; y"]]
        );
    }

    #[test]
    fn blank_lines_keep_their_row_numbers_even_after_line_breaks_in_cells() {
        let text = "Name,Note\r\n\r\nA,\"two\r\nlines\"\r\n\r\n\r\nB,x\r\n";
        let rows = rows(text, false).unwrap_or_default();
        assert_eq!(
            texts(&rows),
            [
                vec!["Name", "Note"],
                vec![],
                vec!["A", "two\r\nlines"],
                vec![],
                vec![],
                vec!["B", "x"]
            ]
        );
    }

    #[test]
    fn excel_separator_line_names_the_separator_and_is_no_row() {
        let rows = rows("sep=;\r\nName;Note\r\nA;x,y\r\n", false).unwrap_or_default();
        assert_eq!(texts(&rows), [vec!["Name", "Note"], vec!["A", "x,y"]]);
    }

    #[test]
    fn blank_lines_before_the_header_count_too() {
        let rows = rows("\n\nName,City\n", false).unwrap_or_default();
        assert_eq!(texts(&rows), [vec![], vec![], vec!["Name", "City"]]);
    }
}
