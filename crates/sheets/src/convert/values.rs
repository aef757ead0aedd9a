//! Cell values as people type them: numbers with a decimal comma, yes/no
//! marks in many spellings, kinds in English or Lithuanian.

use crate::fold::fold;
use crate::table::Cell;

/// The cell as trimmed text (numbers written as Rust writes them, which
/// is what JSON would have). `None` for a blank cell.
pub fn text(cell: &Cell) -> Option<String> {
    let text = match cell {
        Cell::Empty => return None,
        Cell::Text(text) => text.trim().to_owned(),
        Cell::Number(n) => number_text(*n),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(date) => date.clone(),
        Cell::Error(error) => error.clone(),
    };
    (!text.is_empty()).then_some(text)
}

/// A whole number without `.0`: an id or a year typed as a number.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// A coordinate cell read.
#[derive(Debug, Clone, PartialEq)]
pub enum Coordinate {
    /// Blank.
    Blank,
    /// A number; `decimal_comma` when it was written `54,69`.
    Number {
        /// The value.
        value: f64,
        /// Whether a decimal comma was read as a point.
        decimal_comma: bool,
    },
    /// Text that is not a number, kept for the widget's own message.
    NotANumber(String),
}

/// Reads a latitude or longitude cell.
pub fn coordinate(cell: &Cell) -> Coordinate {
    match cell {
        Cell::Number(value) => Coordinate::Number {
            value: *value,
            decimal_comma: false,
        },
        _ => match text(cell) {
            None => Coordinate::Blank,
            Some(text) => {
                let plain = text.replace(['\u{a0}', ' '], "");
                let plain = plain.replace('−', "-");
                if let Ok(value) = plain.parse::<f64>() {
                    if value.is_finite() {
                        return Coordinate::Number {
                            value,
                            decimal_comma: false,
                        };
                    }
                }
                // One comma between digits, no point: a decimal comma.
                let comma = plain.matches(',').count() == 1 && !plain.contains('.');
                match comma
                    .then(|| plain.replace(',', "."))
                    .and_then(|dotted| dotted.parse::<f64>().ok())
                {
                    Some(value) if value.is_finite() => Coordinate::Number {
                        value,
                        decimal_comma: true,
                    },
                    _ => Coordinate::NotANumber(text),
                }
            }
        },
    }
}

/// A yes/no cell: `Some(true)` for a mark, `Some(false)` for blank or a
/// "no", `None` for anything else (reported, never guessed).
pub fn yes_no(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Empty => Some(false),
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) if *n == 1.0 => Some(true),
        Cell::Number(n) if *n == 0.0 => Some(false),
        _ => {
            let Some(text) = text(cell) else {
                return Some(false);
            };
            match text.as_str() {
                "✓" | "✔" | "☑" | "✅" | "•" | "+" | "●" => return Some(true),
                "-" | "–" | "—" | "✗" | "✘" | "☐" => return Some(false),
                _ => {}
            }
            match fold(&text).as_str() {
                "x" | "yes" | "y" | "true" | "1" | "taip" | "t" => Some(true),
                "no" | "n" | "false" | "0" | "ne" => Some(false),
                _ => None,
            }
        }
    }
}

/// The dataset's kind for what people type (`Company`, `bendrovė`…), or
/// `None` to let the widget's validation name the accepted kinds.
pub fn kind(text: &str) -> Option<&'static str> {
    match fold(text).as_str() {
        "company" | "companies" | "bendrove" | "bendroves" | "imone" | "imones" => Some("company"),
        "association" | "associations" | "asociacija" | "asociacijos" => Some("association"),
        "institution" | "institutions" | "institucija" | "institucijos" => Some("institution"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(cell: Cell) -> Option<(f64, bool)> {
        match coordinate(&cell) {
            Coordinate::Number {
                value,
                decimal_comma,
            } => Some((value, decimal_comma)),
            _ => None,
        }
    }

    #[test]
    fn coordinates_with_points_commas_and_minus_signs() {
        assert_eq!(number(Cell::Number(54.69)), Some((54.69, false)));
        assert_eq!(number(Cell::Text(" 54.69 ".into())), Some((54.69, false)));
        assert_eq!(number(Cell::Text("54,69".into())), Some((54.69, true)));
        assert_eq!(number(Cell::Text("−122,08".into())), Some((-122.08, true)));
        assert_eq!(number(Cell::Text("1,234.5".into())), None);
        assert_eq!(number(Cell::Text("north".into())), None);
        assert_eq!(coordinate(&Cell::Text("  ".into())), Coordinate::Blank);
    }

    #[test]
    fn marks_people_type() {
        for yes in ["x", "X", "✓", "yes", "Taip", "TRUE", "1"] {
            assert_eq!(yes_no(&Cell::Text(yes.into())), Some(true), "{yes}");
        }
        for no in ["", "no", "NE", "false", "0", "-"] {
            assert_eq!(yes_no(&Cell::Text(no.into())), Some(false), "{no}");
        }
        assert_eq!(yes_no(&Cell::Bool(true)), Some(true));
        assert_eq!(yes_no(&Cell::Text("maybe".into())), None);
        assert_eq!(kind("Bendrovė"), Some("company"));
        assert_eq!(kind(" ASSOCIATION "), Some("association"));
        assert_eq!(kind("NGO"), None);
    }
}
