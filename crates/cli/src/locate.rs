//! A JSON path (`signatories[3].lat`, as the core's problems name places)
//! to the line and column where that value starts in the text, so a
//! person's editor can go there.
//!
//! The core reads datasets without keeping positions (the widget has no
//! use for them); the tool re-reads the text with `jsonc-parser`, whose
//! syntax tree carries byte ranges, only when there is a problem to place.
//! By then the core has accepted the text as JSON nested at most
//! `MAX_DEPTH` deep, so that parser's leniencies (comments, trailing
//! commas) never decide anything here.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

/// A dataset text, ready to place paths in.
pub struct Spans<'t> {
    text: &'t str,
    /// Byte offset at which each line starts.
    line_starts: Vec<usize>,
    root: Option<Value<'t>>,
}

impl<'t> Spans<'t> {
    /// Prepares `text` (with or without a byte-order mark, which, as the
    /// core does, is not counted). The tree is built only if `needed`.
    pub fn new(text: &'t str, needed: bool) -> Spans<'t> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        let root = if needed {
            parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
                .ok()
                .and_then(|parsed| parsed.value)
        } else {
            None
        };
        Spans {
            text,
            line_starts,
            root,
        }
    }

    /// Line and column (1-based, in characters) of the value at `path`; for
    /// a path that is not in the text (a missing field), the deepest value
    /// on its way that is (the object the field is missing from). The
    /// document itself (`""`) is its first character.
    pub fn locate(&self, path: &str) -> Option<(usize, usize)> {
        let offset = match &self.root {
            Some(root) => descend(root, path),
            None if path.is_empty() => self.text.len() - self.text.trim_start().len(),
            None => return None,
        };
        Some(self.line_column(offset))
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self
            .line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line.max(1), column + 1)
    }
}

/// The byte offset of the deepest value on `path` found in `value`.
fn descend(mut value: &Value<'_>, path: &str) -> usize {
    let mut rest = path;
    loop {
        let next = match value {
            Value::Object(object) => {
                let rest_key = rest.strip_prefix('.').unwrap_or(rest);
                // The longest key that the path continues with (a key may
                // itself hold a dot); of repeated keys the last, as
                // `JSON.parse` keeps.
                object
                    .properties
                    .iter()
                    .rev()
                    .filter_map(|property| {
                        let key = property.name.as_str();
                        let after = rest_key.strip_prefix(key)?;
                        (after.is_empty() || after.starts_with(['.', '['])).then_some((
                            key.len(),
                            after,
                            &property.value,
                        ))
                    })
                    .max_by_key(|(length, _, _)| *length)
                    .map(|(_, after, child)| (after, child))
            }
            Value::Array(array) => rest.strip_prefix('[').and_then(|inside| {
                let (index, after) = inside.split_once(']')?;
                let child = array.elements.get(index.parse::<usize>().ok()?)?;
                Some((after, child))
            }),
            _ => None,
        };
        match next {
            Some((after, child)) if !rest.is_empty() => {
                rest = after;
                value = child;
            }
            _ => return value.range().start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Spans;

    const TEXT: &str = "{\n  \"agreement\": {\"title\": {\"en\": \"Ąžuolas\", \"a.b\": 1}},\n  \"signatories\": [\n    {\"id\": \"x\"},\n    {\"id\": \"y\", \"lat\": \"54\"}\n  ]\n}\n";

    fn at(path: &str) -> Option<(usize, usize)> {
        Spans::new(TEXT, true).locate(path)
    }

    #[test]
    fn values_are_found_by_path() {
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("signatories[1].lat"), Some((5, 24)));
        assert_eq!(at("signatories[0]"), Some((4, 5)));
        assert_eq!(at("agreement.title.a.b"), Some((2, 51)));
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        assert_eq!(at("signatories[0].lat"), Some((4, 5)));
        assert_eq!(at("signatories[7]"), Some((3, 18)));
    }

    #[test]
    fn columns_count_characters_and_skip_the_byte_order_mark() {
        let text = "\u{feff}{\"a\": \"Ąž\", \"b\": 2}";
        assert_eq!(Spans::new(text, true).locate("b"), Some((1, 18)));
        assert_eq!(Spans::new("\n  [1]", false).locate(""), Some((2, 3)));
    }
}
