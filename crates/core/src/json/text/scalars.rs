//! The reader's scalar productions: strings (with escapes) and numbers.

use std::borrow::Cow;

use super::number::exact_decimal;
use super::{JsonValue, ReadError, Reader};

impl<'t> Reader<'t> {
    /// `"…"` (the reader is on the opening quote). Borrowed from the text
    /// when it has no escape (nearly always); nothing is built when not
    /// building.
    pub(super) fn string(&mut self) -> Result<Cow<'t, str>, ReadError> {
        self.at += 1;
        let mut out: Option<String> = None;
        loop {
            let run_start = self.at;
            while let Some(&byte) = self.bytes.get(self.at) {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            let run = &self.text[run_start..self.at];
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match out {
                        Some(mut owned) => {
                            owned.push_str(run);
                            Cow::Owned(owned)
                        }
                        None if self.build => Cow::Borrowed(run),
                        None => Cow::Borrowed(""),
                    });
                }
                Some(b'\\') => {
                    self.at += 1;
                    let unescaped = self.escape()?;
                    if self.build {
                        let owned = out.get_or_insert_with(String::new);
                        owned.push_str(run);
                        owned.push(unescaped);
                    }
                }
                // A raw control character, or the text ended.
                _ => return self.error(),
            }
        }
    }

    /// The character after a backslash (the reader is past the backslash).
    fn escape(&mut self) -> Result<char, ReadError> {
        let simple = match self.bytes.get(self.at) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                if !(0xD800..0xDC00).contains(&high) {
                    return Ok(char::from_u32(high).unwrap_or('\u{fffd}'));
                }
                // A high surrogate: a pair only if a low one follows.
                let pair_start = self.at;
                if self.bytes[self.at..].starts_with(b"\\u") {
                    self.at += 1;
                    let low = self.hex4()?;
                    if (0xDC00..0xE000).contains(&low) {
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    self.at = pair_start;
                }
                return Ok('\u{fffd}');
            }
            _ => return self.error(),
        };
        self.at += 1;
        Ok(simple)
    }

    /// `uXXXX` (the reader is on the `u`): the code unit.
    fn hex4(&mut self) -> Result<u32, ReadError> {
        let digits = self.bytes.get(self.at + 1..self.at + 5);
        let code = digits.and_then(|digits| {
            digits.iter().try_fold(0, |code, &digit| {
                Some(code * 16 + char::from(digit).to_digit(16)?)
            })
        });
        match code {
            Some(code) => {
                self.at += 5;
                Ok(code)
            }
            None => {
                self.at += 1;
                self.error()
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, checked
    /// here; converted exactly by [`exact_decimal`] or else by the
    /// reader's fallback.
    pub(super) fn number(&mut self) -> Result<JsonValue<'t>, ReadError> {
        let start = self.at;
        self.at += usize::from(self.bytes[self.at] == b'-');
        match self.bytes.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return self.error(),
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        if !self.build {
            return Ok(JsonValue::Null);
        }
        let literal = &self.text[start..self.at];
        let number = exact_decimal(literal).unwrap_or_else(|| (self.slow_number)(literal));
        Ok(JsonValue::Number(number))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), ReadError> {
        let start = self.at;
        self.digits();
        if self.at == start {
            return self.error();
        }
        Ok(())
    }
}
