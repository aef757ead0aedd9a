//! Low-level reading: peeking, skipping blanks, identifiers and line arithmetic.

use super::Parser;

impl<'s> Parser<'s> {
    /// The byte at the cursor, `None` at the end of input.
    pub(super) fn peek(&self) -> Option<u8> {
        self.peek_at(0)
    }

    /// The byte `offset` bytes after the cursor, for two-byte tokens such as `->`.
    pub(super) fn peek_at(&self, offset: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + offset).copied()
    }

    /// Consumes `byte` if it is next, and says whether it did.
    pub(super) fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Skips spaces on the current line. Only U+0020 is a blank in Fluent.
    pub(super) fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    /// Skips spaces and line breaks, which Fluent allows between the parts of a placeable.
    pub(super) fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n')) {
            self.pos += 1;
        }
    }

    /// A sub-slice that can never panic. Offsets are always next to ASCII bytes, so the empty
    /// fallback is unreachable in practice.
    pub(super) fn slice(&self, start: usize, end: usize) -> &'s str {
        self.src.get(start..end).unwrap_or("")
    }

    /// Offset of the `\n` ending the line that contains `from`, or the end of the source.
    pub(super) fn line_end(&self, from: usize) -> usize {
        let rest = self.src.as_bytes().get(from..).unwrap_or_default();
        rest.iter()
            .position(|&b| b == b'\n')
            .map_or(self.src.len(), |i| from + i)
    }

    /// 1-based line number of a byte offset. Only called for errors, so valid input never
    /// pays for counting.
    pub(super) fn line_of(&self, at: usize) -> usize {
        let before = self.src.as_bytes().get(..at).unwrap_or(self.src.as_bytes());
        before.iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// Reads `[a-zA-Z][a-zA-Z0-9_-]*`. A `-` right before `>` is left alone, so `{ $n-> …`
    /// reads as the variable `n` followed by `->`.
    pub(super) fn identifier(&mut self) -> Option<&'s str> {
        let start = self.pos;
        if !self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        self.pos += 1;
        while let Some(b) = self.peek() {
            let arrow = b == b'-' && self.peek_at(1) == Some(b'>');
            if arrow || !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                break;
            }
            self.pos += 1;
        }
        Some(self.slice(start, self.pos))
    }
}
