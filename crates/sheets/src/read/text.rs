//! Bytes to text, the way spreadsheet programs write CSV: UTF-8 with or
//! without a byte-order mark, or UTF-16 with one (Excel's "Unicode Text").
//! Anything else is refused with its likely name, never guessed into
//! mojibake: a misread "Vilnius" would become a wrong place on the map.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1257};

use super::issue::{ForeignKind, LikelyEncoding, ReadIssue};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's text, or why it is not text the tool reads.
pub(super) fn decode(bytes: &[u8]) -> Result<String, ReadIssue> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return utf8(rest);
    }
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some(UTF_16LE)
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some(UTF_16BE)
    } else {
        None
    };
    if let Some(encoding) = utf16 {
        return from_utf16(encoding, &bytes[2..]);
    }
    let head = &bytes[..bytes.len().min(8 * 1024)];
    if looks_utf16(head) {
        return Err(ReadIssue::NotUtf8 {
            line: 1,
            likely: Some(LikelyEncoding::Utf16WithoutBom),
        });
    }
    // Text never holds control bytes below the tab; binary files do.
    if head.iter().any(|&b| b < 0x09 || (0x0E..0x1A).contains(&b)) {
        return Err(ReadIssue::NotSpreadsheet {
            kind: ForeignKind::Binary,
        });
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<String, ReadIssue> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let bad = error.valid_up_to();
            Err(ReadIssue::NotUtf8 {
                line: line_of(&bytes[..bad]),
                likely: guess(bytes),
            })
        }
    }
}

fn from_utf16(encoding: &'static Encoding, body: &[u8]) -> Result<String, ReadIssue> {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(text.into_owned());
    }
    // Find where it breaks: decode with replacement and count the lines
    // before the first replacement character (U+FFFD).
    let (lossy, _) = encoding.decode_without_bom_handling(body);
    let before = lossy.split('\u{FFFD}').next().unwrap_or_default();
    Err(ReadIssue::BrokenUtf16 {
        line: line_of(before.as_bytes()),
    })
}

/// The 1-based line at the end of `before`.
fn line_of(before: &[u8]) -> usize {
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

/// The encoding bytes that are not UTF-8 most likely are, if it can be
/// told. UTF-16 shows as many zero bytes at even or odd places. An 8-bit
/// Windows code page cannot be proved, only suspected from its letters:
/// Lithuanian text in Windows-1257 is full of š and ž (bytes that are ð
/// and þ in Windows-1252, rare in any Western text), while Western text
/// decodes to common accented Latin letters.
fn guess(bytes: &[u8]) -> Option<LikelyEncoding> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let high: Vec<u8> = sample.iter().copied().filter(|&b| b >= 0x80).collect();
    if high.is_empty() {
        return None;
    }
    let share = |encoding: &'static Encoding, fits: fn(char) -> bool| {
        let (text, _) = encoding.decode_without_bom_handling(&high);
        let fitting = text.chars().filter(|&c| fits(c)).count();
        fitting as f64 / high.len() as f64
    };
    let has_s_or_z = high.iter().any(|b| matches!(b, 0xD0 | 0xF0 | 0xDE | 0xFE));
    if has_s_or_z && share(WINDOWS_1257, lithuanian) >= 0.8 {
        return Some(LikelyEncoding::Windows1257);
    }
    if share(WINDOWS_1252, western) >= 0.8 {
        return Some(LikelyEncoding::Windows1252);
    }
    None
}

/// Text in UTF-16 has a zero byte in most pairs (all of ASCII), always
/// on the same side of the pair; a binary file's zeros fall anywhere.
fn looks_utf16(head: &[u8]) -> bool {
    let pairs = head.len() / 2;
    let zeros = |side: usize| head.chunks_exact(2).filter(|pair| pair[side] == 0).count();
    let (first, second) = (zeros(0), zeros(1));
    pairs > 0 && (first.max(second) * 10 >= pairs * 7) && (first.min(second) * 10 < pairs)
}

fn lithuanian(c: char) -> bool {
    "ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“”–—…°".contains(c)
}

fn western(c: char) -> bool {
    (c.is_alphabetic() && !"ðþÐÞ".contains(c)) || "‘’“”„–—…°€£·«»".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lithuanian_in_windows_1257_is_named_with_its_line() {
        let (bytes, _, _) =
            WINDOWS_1257.encode("Name;City\nŠiaulių bankas;Šiauliai\nŽalgiris;Kaunas\n");
        assert_eq!(
            decode(&bytes),
            Err(ReadIssue::NotUtf8 {
                line: 2,
                likely: Some(LikelyEncoding::Windows1257)
            })
        );
    }

    #[test]
    fn french_in_windows_1252_is_named() {
        let (bytes, _, _) = WINDOWS_1252.encode("Name,City\nSociété Générale,Paris\n");
        assert_eq!(
            decode(&bytes),
            Err(ReadIssue::NotUtf8 {
                line: 2,
                likely: Some(LikelyEncoding::Windows1252)
            })
        );
    }

    #[test]
    fn utf16_without_its_mark_is_named() {
        let bytes: Vec<u8> = "Name\tCity\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(matches!(
            decode(&bytes),
            Err(ReadIssue::NotUtf8 {
                likely: Some(LikelyEncoding::Utf16WithoutBom),
                ..
            })
        ));
    }

    #[test]
    fn byte_order_marks_are_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFName").as_deref(), Ok("Name"));
        let le: Vec<u8> = [0xFF, 0xFE, b'A', 0, 0x61, 0x01].to_vec();
        assert_eq!(decode(&le).as_deref(), Ok("Aš"));
        let be: Vec<u8> = [0xFE, 0xFF, 0, b'A', 0x01, 0x61].to_vec();
        assert_eq!(decode(&be).as_deref(), Ok("Aš"));
    }

    #[test]
    fn utf16_cut_in_the_middle_of_a_character_is_broken() {
        let le: Vec<u8> = [0xFF, 0xFE, b'A', 0, b'\n', 0, b'B'].to_vec();
        assert_eq!(decode(&le), Err(ReadIssue::BrokenUtf16 { line: 2 }));
    }
}
