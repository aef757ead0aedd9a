//! Reads `.ftl` text into entries: the resource level (comments, messages, terms, attributes,
//! error recovery). The submodules read the parts: [`cursor`] (bytes, blanks, identifiers),
//! [`pattern`] (text and placeables), [`select`] (variants) and [`literal`].
//!
//! The parser works on bytes. Every syntax character is ASCII, so an offset next to one is
//! always a UTF-8 boundary, and text is copied as whole slices.

mod cursor;
mod literal;
mod pattern;
mod select;

use super::{Attribute, Entry, ParseError, Resource};

/// A syntax problem. `at` is the byte offset whose line is reported. It can differ from where
/// parsing stopped: an unclosed `{` is reported where it opens.
struct SyntaxError {
    at: usize,
    message: String,
}

impl SyntaxError {
    /// Builds an error from a fixed text or a `format!`ed one.
    fn new(at: usize, message: impl Into<String>) -> Self {
        SyntaxError {
            at,
            message: message.into(),
        }
    }
}

/// Parses a whole resource and collects every error. After a broken entry, it skips to the next
/// line that can start an entry, so one mistake does not hide the ones after it.
pub(super) fn parse_resource(source: &str) -> Result<Resource, Vec<ParseError>> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let normalized = source.replace("\r\n", "\n");
    let mut parser = Parser {
        src: &normalized,
        pos: 0,
        depth: 0,
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut errors = Vec::new();
    loop {
        parser.skip_blank_lines();
        let start = parser.pos;
        let Some(first) = parser.peek() else { break };
        let outcome = match first {
            b'#' => parser.comment().map(|()| None),
            b'-' | b'a'..=b'z' | b'A'..=b'Z' => parser.entry().map(Some),
            b' ' => Err(SyntaxError::new(
                start,
                "indented line outside a message or term",
            )),
            b'\t' => Err(SyntaxError::new(start, "indent with spaces, not tabs")),
            _ => Err(parser.entry_start_error(start)),
        };
        match outcome {
            Ok(None) => {}
            Ok(Some(entry)) => {
                if let Some(first) = entries.iter().find(|e| e.id == entry.id) {
                    errors.push(ParseError {
                        line: parser.line_of(entry.start),
                        message: format!(
                            "duplicate id `{}` (first defined on line {})",
                            entry.id,
                            parser.line_of(first.start)
                        ),
                    });
                } else {
                    entries.push(entry);
                }
            }
            Err(error) => {
                errors.push(ParseError {
                    line: parser.line_of(error.at),
                    message: error.message,
                });
                parser.skip_to_next_entry(start);
            }
        }
    }
    if errors.is_empty() {
        Ok(Resource { entries })
    } else {
        Err(errors)
    }
}

/// Whether a line starting with `byte` can start an entry or comment. Recovery resumes there.
fn is_entry_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'-' || byte == b'#'
}

/// A cursor over the (line-ending-normalized) source.
struct Parser<'s> {
    src: &'s str,
    pos: usize,
    /// How many select expressions enclose the cursor; capped so input cannot overflow the stack.
    depth: usize,
}

impl<'s> Parser<'s> {
    /// Skips whitespace-only lines, including the rest of the line an entry ended on. It stops
    /// at the start of the first line with content, so an indented stray line is seen as such.
    fn skip_blank_lines(&mut self) {
        loop {
            let rest = self.src.as_bytes().get(self.pos..).unwrap_or_default();
            let spaces = rest.iter().take_while(|&&b| b == b' ').count();
            match rest.get(spaces) {
                Some(b'\n') => self.pos += spaces + 1,
                None => {
                    self.pos += spaces;
                    return;
                }
                Some(_) => return,
            }
        }
    }

    /// Moves to the next line that can start an entry, after the one that began at
    /// `entry_start`. If the error was found on a later line and that line starts an entry
    /// (e.g. the entry after an unclosed `{`), parsing resumes right there.
    fn skip_to_next_entry(&mut self, entry_start: usize) {
        let bytes = self.src.as_bytes();
        let before = bytes.get(..self.pos).unwrap_or(bytes);
        let cursor_line = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let mut line = if cursor_line > entry_start {
            cursor_line
        } else {
            self.line_end(self.pos) + 1
        };
        while bytes.get(line).is_some_and(|&b| !is_entry_start(b)) {
            line = self.line_end(line) + 1;
        }
        self.pos = line.min(bytes.len());
    }

    /// Reads a `#`, `##` or `###` comment line. Comments carry no meaning for formatting.
    fn comment(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        while self.eat(b'#') {}
        if self.pos - start > 3 || !matches!(self.peek(), None | Some(b' ' | b'\n')) {
            return Err(SyntaxError::new(
                start,
                "a comment is `#`, `##` or `###` followed by a space",
            ));
        }
        self.pos = self.line_end(self.pos);
        Ok(())
    }

    /// Reads `id = value` or `-id = value`, with attributes. A message needs a value or an
    /// attribute; a term needs a value, because terms are only used through their value.
    fn entry(&mut self) -> Result<Entry, SyntaxError> {
        let start = self.pos;
        self.eat(b'-');
        let has_name = self.identifier().is_some();
        let id = self.slice(start, self.pos);
        self.skip_spaces();
        if !has_name || !self.eat(b'=') {
            return Err(self.entry_start_error(start));
        }
        let value = self.pattern()?;
        let attributes = self.attributes(id)?;
        if value.is_none() && id.starts_with('-') {
            return Err(SyntaxError::new(start, format!("term `{id}` has no value")));
        }
        if value.is_none() && attributes.is_empty() {
            let message = format!("message `{id}` has no value or attributes");
            return Err(SyntaxError::new(start, message));
        }
        Ok(Entry {
            id: id.to_owned(),
            value,
            attributes,
            start,
        })
    }

    /// Explains why the line at `start` does not begin an entry: a bad id before `=`, or a line
    /// that is not an entry at all.
    fn entry_start_error(&self, start: usize) -> SyntaxError {
        let line = self.slice(start, self.line_end(start));
        let message = match line.split_once('=') {
            Some((id, _)) if id.trim().is_empty() => "missing id before `=`".to_owned(),
            Some((id, _)) => format!(
                "invalid id `{}`: an id is a letter followed by letters, digits, `_` or `-`",
                id.trim_end()
            ),
            None => "expected `id = value`, `-term = value`, an indented continuation line \
                     or a `#` comment"
                .to_owned(),
        };
        SyntaxError::new(start, message)
    }

    /// Reads the `.name = value` lines after an entry's value. Returns at the first line that is
    /// not an attribute, leaving the cursor at the end of the entry.
    fn attributes(&mut self, id: &str) -> Result<Vec<Attribute>, SyntaxError> {
        let mut attributes: Vec<Attribute> = Vec::new();
        loop {
            let before = self.pos;
            self.skip_blank();
            let start = self.pos;
            if !self.eat(b'.') {
                self.pos = before;
                return Ok(attributes);
            }
            let Some(name) = self.identifier() else {
                return Err(SyntaxError::new(
                    start,
                    "expected an attribute name after `.`",
                ));
            };
            self.skip_spaces();
            if !self.eat(b'=') {
                let message = format!("expected `=` after attribute `.{name}`");
                return Err(SyntaxError::new(start, message));
            }
            let Some(value) = self.pattern()? else {
                let message = format!("attribute `.{name}` has no value");
                return Err(SyntaxError::new(start, message));
            };
            let qualified_id = format!("{id}.{name}");
            if attributes.iter().any(|a| a.qualified_id == qualified_id) {
                let message = format!("duplicate attribute `{qualified_id}`");
                return Err(SyntaxError::new(start, message));
            }
            attributes.push(Attribute {
                qualified_id,
                value,
            });
        }
    }
}
