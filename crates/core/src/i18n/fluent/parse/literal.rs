//! Number and string literals inside placeables and variant keys.

use super::{Parser, SyntaxError};

impl Parser<'_> {
    /// Whether a number literal starts at the cursor: a digit, or `-` and a digit.
    pub(super) fn at_number(&self) -> bool {
        let digit_at = usize::from(self.peek() == Some(b'-'));
        self.peek_at(digit_at).is_some_and(|b| b.is_ascii_digit())
    }

    /// Reads `-?digits(.digits)?` as written; the caller checked [`Parser::at_number`].
    pub(super) fn number_literal(&mut self) -> String {
        let start = self.pos;
        self.eat(b'-');
        self.skip_digits();
        if self.peek() == Some(b'.') && self.peek_at(1).is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
            self.skip_digits();
        }
        self.slice(start, self.pos).to_owned()
    }

    pub(super) fn skip_digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    /// Reads `"…"` with the cursor on the opening quote, resolving escapes.
    pub(super) fn string_literal(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut value = String::new();
        loop {
            let run_start = self.pos;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | b'\n')) {
                self.pos += 1;
            }
            value.push_str(self.slice(run_start, self.pos));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(value);
                }
                Some(b'\\') => value.push(self.escape()?),
                _ => return Err(SyntaxError::new(start, "unclosed string literal")),
            }
        }
    }

    /// Reads an escape with the cursor on the backslash: `\"`, `\\`, `\uXXXX` or `\UXXXXXX`.
    /// The hex forms let translators write invisible characters such as U+00A0 visibly.
    pub(super) fn escape(&mut self) -> Result<char, SyntaxError> {
        let at = self.pos;
        let hex_digits = match self.peek_at(1) {
            Some(simple @ (b'"' | b'\\')) => {
                self.pos += 2;
                return Ok(char::from(simple));
            }
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => {
                let message = r#"unknown escape: use `\"`, `\\`, `\uXXXX` or `\UXXXXXX`"#;
                return Err(SyntaxError::new(at, message));
            }
        };
        let hex_start = at + 2;
        let hex = self.src.get(hex_start..hex_start + hex_digits);
        let code = hex
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        let Some(code) = code else {
            return Err(SyntaxError::new(at, "invalid unicode escape"));
        };
        self.pos = hex_start + hex_digits;
        Ok(code)
    }
}

/// The exact `f64` of a number key such as `0`, `-1` or `2.5`, without `str::parse::<f64>()`,
/// whose general algorithm would add kilobytes to the WebAssembly module. With at most 15
/// digits the mantissa and the power of ten are exact, and a single division rounds correctly,
/// so the result equals what `parse` would give. `None` for longer numbers.
pub(super) fn decimal_value(literal: &str) -> Option<f64> {
    let (negative, digits) = match literal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, literal),
    };
    let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if integer.is_empty() || integer.len() + fraction.len() > 15 {
        return None;
    }
    let mut mantissa: u64 = 0;
    for digit in integer.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10 + u64::from(digit.checked_sub(b'0')?);
    }
    let scale = fraction.bytes().fold(1.0, |scale, _| scale * 10.0);
    let value = mantissa as f64 / scale;
    Some(if negative { -value } else { value })
}
