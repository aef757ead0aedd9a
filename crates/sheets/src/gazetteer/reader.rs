//! The asset's primitive values (LEB128 varints, zigzag, UTF-8 strings),
//! each read checked, so a damaged asset is an error value with the byte
//! offset, never a panic or a huge allocation.

use std::fmt;

/// Why the asset could not be read: only a damaged build can cause it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset in the asset.
    pub offset: usize,
    /// What was expected there.
    pub expected: &'static str,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} expected at byte {}", self.expected, self.offset)
    }
}

impl std::error::Error for DecodeError {}

/// A cursor over the asset's bytes.
pub(crate) struct Reader<'a> {
    /// The whole asset.
    pub bytes: &'a [u8],
    /// The offset of the next byte to read.
    pub pos: usize,
}

impl<'a> Reader<'a> {
    /// An error at the current offset.
    pub fn fail<T>(&self, expected: &'static str) -> Result<T, DecodeError> {
        Err(DecodeError {
            offset: self.pos,
            expected,
        })
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize, expected: &'static str) -> Result<&'a [u8], DecodeError> {
        match self.bytes.get(self.pos..self.pos.saturating_add(n)) {
            Some(slice) => {
                self.pos += n;
                Ok(slice)
            }
            None => self.fail(expected),
        }
    }

    /// An unsigned LEB128 varint.
    pub fn uvarint(&mut self, expected: &'static str) -> Result<u64, DecodeError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.pos) else {
                return self.fail(expected);
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        self.fail(expected)
    }

    /// A varint that must fit in 32 bits.
    pub fn u32(&mut self, expected: &'static str) -> Result<u32, DecodeError> {
        let at = self.pos;
        let value = self.uvarint(expected)?;
        u32::try_from(value).map_err(|_| DecodeError {
            offset: at,
            expected,
        })
    }

    /// A count or length, never more than the bytes left.
    pub fn count(&mut self, expected: &'static str) -> Result<usize, DecodeError> {
        // A count can never exceed the bytes left: guards the allocations.
        let at = self.pos;
        let value = self.uvarint(expected)?;
        match usize::try_from(value) {
            Ok(n) if n <= self.bytes.len() - self.pos => Ok(n),
            _ => Err(DecodeError {
                offset: at,
                expected,
            }),
        }
    }

    /// A zigzag-encoded signed varint.
    pub fn svarint(&mut self, expected: &'static str) -> Result<i64, DecodeError> {
        let value = self.uvarint(expected)?;
        Ok(((value >> 1) as i64) ^ -((value & 1) as i64))
    }

    /// A length-prefixed UTF-8 string.
    pub fn text(&mut self, expected: &'static str) -> Result<&'a str, DecodeError> {
        let len = self.count(expected)?;
        let at = self.pos;
        let bytes = self.take(len, expected)?;
        std::str::from_utf8(bytes).map_err(|_| DecodeError {
            offset: at,
            expected,
        })
    }
}
