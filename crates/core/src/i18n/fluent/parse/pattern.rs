//! Patterns (text with placeables) and the expressions inside placeables. Variants are read
//! in `select`, literals in `literal`.

use super::super::{Element, Expression, InlineExpression, Pattern};
use super::{Parser, SyntaxError};

/// How deeply select expressions may nest. Parsing and formatting recurse once per level, so
/// the cap keeps any input from overflowing the stack; real translations nest one or two deep.
const MAX_NESTING: usize = 16;

/// A piece of a pattern before dedenting. The common indentation is only known once the whole
/// pattern has been read, so indents are kept apart from text until then.
enum Piece<'s> {
    Text(&'s str),
    /// The break before a continuation line: `newlines` line ends (blank lines included), then
    /// `spaces` of indentation.
    Indent {
        newlines: usize,
        spaces: usize,
    },
    Placeable(Expression),
}

/// A line that continues the current pattern, found by looking past the current line end.
struct ContinuationLine {
    /// Line ends up to this line, blank lines included.
    newlines: usize,
    indent: usize,
    /// Offset of the first character after the indentation.
    text_start: usize,
}

impl Parser<'_> {
    /// Reads a pattern that starts at the cursor (after `=` or a variant key) on this line or
    /// on the following indented lines. Returns `None` when there is no value at all. The cursor
    /// ends at the line end (or end of input) that closes the pattern.
    pub(super) fn pattern(&mut self) -> Result<Option<Pattern>, SyntaxError> {
        self.skip_spaces();
        let mut pieces = Vec::new();
        let mut common_indent = usize::MAX;
        if matches!(self.peek(), None | Some(b'\n')) {
            // The value starts on a later line; the blank lines before it are not part of it.
            let Some(line) = self.continuation_line() else {
                return Ok(None);
            };
            self.pos = line.text_start;
            common_indent = line.indent;
            pieces.push(Piece::Indent {
                newlines: 0,
                spaces: line.indent,
            });
        }
        while let Some(byte) = self.peek() {
            match byte {
                b'\n' => {
                    let Some(line) = self.continuation_line() else {
                        break;
                    };
                    self.pos = line.text_start;
                    common_indent = common_indent.min(line.indent);
                    pieces.push(Piece::Indent {
                        newlines: line.newlines,
                        spaces: line.indent,
                    });
                }
                b'{' => pieces.push(Piece::Placeable(self.placeable()?)),
                b'}' => {
                    let message = "unmatched `}` (write `{ \"}\" }` for a literal brace)";
                    return Err(SyntaxError::new(self.pos, message));
                }
                _ => {
                    let start = self.pos;
                    while !matches!(self.peek(), None | Some(b'\n' | b'{' | b'}')) {
                        self.pos += 1;
                    }
                    pieces.push(Piece::Text(self.slice(start, self.pos)));
                }
            }
        }
        Ok(Some(dedent(pieces, common_indent)))
    }

    /// With the cursor on a line end, finds the next non-blank line and says whether it continues
    /// the pattern: it must be indented and not start with `[`, `*`, `.` or `}` (those belong to
    /// a select expression or an attribute), or start with `{` at any indentation.
    fn continuation_line(&self) -> Option<ContinuationLine> {
        let bytes = self.src.as_bytes();
        let mut at = self.pos;
        let mut newlines = 0;
        while bytes.get(at) == Some(&b'\n') {
            newlines += 1;
            at += 1;
            let line_start = at;
            while bytes.get(at) == Some(&b' ') {
                at += 1;
            }
            let indent = at - line_start;
            let continues = match bytes.get(at) {
                Some(b'\n') => continue,
                None | Some(b'[' | b'*' | b'.' | b'}') => false,
                Some(b'{') => true,
                Some(_) => indent > 0,
            };
            return continues.then_some(ContinuationLine {
                newlines,
                indent,
                text_start: at,
            });
        }
        None
    }

    /// Reads `{ … }` with the cursor on `{`.
    fn placeable(&mut self) -> Result<Expression, SyntaxError> {
        let open = self.pos;
        let unclosed = || SyntaxError::new(open, "unclosed `{`: expected `}`");
        if self.depth >= MAX_NESTING {
            return Err(SyntaxError::new(
                open,
                "select expressions nested too deeply",
            ));
        }
        self.pos += 1;
        self.skip_blank();
        if self.peek().is_none() {
            return Err(unclosed());
        }
        let selector_at = self.pos;
        let inline = self.inline_expression()?;
        self.skip_blank();
        let expression = if self.peek() == Some(b'-') && self.peek_at(1) == Some(b'>') {
            self.pos += 2;
            let InlineExpression::Variable(variable) = inline else {
                let message = "only a variable can be a selector: `{ $name -> … }`";
                return Err(SyntaxError::new(selector_at, message));
            };
            let (variants, default) = self.variants(open)?;
            self.skip_blank();
            Expression::Select {
                variable,
                variants,
                default,
            }
        } else {
            Expression::Inline(inline)
        };
        if self.eat(b'}') {
            Ok(expression)
        } else {
            Err(unclosed())
        }
    }

    /// Reads a literal, variable or reference inside a placeable.
    fn inline_expression(&mut self) -> Result<InlineExpression, SyntaxError> {
        let start = self.pos;
        match self.peek() {
            Some(b'"') => self.string_literal().map(InlineExpression::String),
            _ if self.at_number() => Ok(InlineExpression::Number(self.number_literal())),
            Some(b'$') => {
                self.pos += 1;
                match self.identifier() {
                    Some(name) => Ok(InlineExpression::Variable(name.to_owned())),
                    None => Err(SyntaxError::new(
                        start,
                        "expected a variable name after `$`",
                    )),
                }
            }
            Some(b'-') => {
                self.pos += 1;
                if self.identifier().is_none() {
                    return Err(SyntaxError::new(start, "expected a term name after `-`"));
                }
                let id = self.slice(start, self.pos);
                match self.peek() {
                    Some(b'.') => Err(SyntaxError::new(
                        start,
                        format!("term attributes (`{id}.…`) are not supported"),
                    )),
                    Some(b'(') => Err(SyntaxError::new(
                        start,
                        format!("term arguments (`{id}(…)`) are not supported"),
                    )),
                    _ => Ok(InlineExpression::Term(id.to_owned())),
                }
            }
            Some(b'a'..=b'z' | b'A'..=b'Z') => {
                let id = self.identifier().unwrap_or_default();
                if self.peek() == Some(b'(') {
                    let message = format!("functions (`{id}(…)`) are not supported");
                    return Err(SyntaxError::new(start, message));
                }
                let attribute = if self.eat(b'.') {
                    let Some(name) = self.identifier() else {
                        let message = format!("expected an attribute name after `{id}.`");
                        return Err(SyntaxError::new(start, message));
                    };
                    Some(name.to_owned())
                } else {
                    None
                };
                let id = id.to_owned();
                Ok(InlineExpression::Message { id, attribute })
            }
            _ => Err(SyntaxError::new(
                start,
                "expected `$variable`, \"string\", number, message or `-term` inside `{ }`",
            )),
        }
    }
}

/// Joins pieces into a pattern: removes the common indentation, merges adjacent text and trims
/// trailing spaces and line breaks at the end.
fn dedent(pieces: Vec<Piece<'_>>, common_indent: usize) -> Pattern {
    let mut elements = Vec::new();
    for piece in pieces {
        let text = match piece {
            Piece::Placeable(expression) => {
                elements.push(Element::Placeable(expression));
                continue;
            }
            Piece::Text(text) => text.to_owned(),
            Piece::Indent { newlines, spaces } => {
                "\n".repeat(newlines) + &" ".repeat(spaces.saturating_sub(common_indent))
            }
        };
        match elements.last_mut() {
            Some(Element::Text(previous)) => previous.push_str(&text),
            _ if !text.is_empty() => elements.push(Element::Text(text)),
            _ => {}
        }
    }
    if let Some(Element::Text(last)) = elements.last_mut() {
        last.truncate(last.trim_end_matches([' ', '\n']).len());
        if last.is_empty() {
            elements.pop();
        }
    }
    elements
}
