//! Reading JSON text into [`JsonValue`], the same way everywhere.
//!
//! Why our own reader rather than the browser's `JSON.parse`: walking the
//! browser's parsed object costs a call into JavaScript for every value,
//! and at 10,000 signatories that walk took longer than everything else in
//! loading (about 130 of 200 ms in a CPU profile). Bytes copied into
//! WebAssembly once and read here cost a small fraction of that, and a
//! syntax error gets a line and column a newsroom developer can go to.
//!
//! It follows ECMA-404 and `JSON.parse` where they meet: a repeated key
//! keeps its last value at its first position; `1e400` reads as infinity
//! (validation then refuses it); a lone surrogate escape becomes U+FFFD
//! (Rust strings are UTF-8). A leading byte-order mark is skipped, as
//! `Response.text()` does.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

use super::{JsonValue, MAX_DEPTH};

/// Where reading stopped: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPosition {
    /// Line, counting from 1.
    pub line: usize,
    /// Column within the line, in characters, counting from 1.
    pub column: usize,
}

/// Why a text could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON: the first place the text breaks the grammar.
    Syntax(TextPosition),
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// Converts a JSON number literal the exact fast path declines (more than
/// 15 significant digits, or a large exponent): rare in datasets, and
/// left to the platform so the general algorithm need not ship twice.
pub type SlowNumber = fn(&str) -> f64;

/// The standard library's conversion, for native callers.
pub fn std_number(literal: &str) -> f64 {
    literal.parse().unwrap_or(f64::NAN)
}

/// Reads a whole JSON document.
pub fn parse(text: &str, slow_number: SlowNumber) -> Result<JsonValue<'_>, ReadError> {
    let mut reader = Reader::new(without_bom(text), 0, slow_number);
    let value = reader.value(0, None)?;
    reader.end()?;
    Ok(value)
}

/// A JSON document whose root `streamed` array was checked but not built:
/// its items are read one at a time ([`StreamedDocument::item`]), so a long
/// list never exists as one tree in memory (WebAssembly memory only grows).
pub struct StreamedDocument<'t> {
    /// The document with the streamed array emptied (still an array, so
    /// its type can be checked).
    pub root: JsonValue<'t>,
    text: &'t str,
    slow_number: SlowNumber,
    item_starts: Vec<usize>,
    /// Reused from item to item.
    scratch: Cell<Scratch<'t>>,
}

impl<'t> StreamedDocument<'t> {
    /// How many items the streamed array has (0 when there is none).
    pub fn len(&self) -> usize {
        self.item_starts.len()
    }

    /// Whether the streamed array is empty or missing.
    pub fn is_empty(&self) -> bool {
        self.item_starts.is_empty()
    }

    /// Item `index` of the streamed array (`Null` past the end). The whole
    /// text was checked already, so this fails only if it were not.
    pub fn item(&self, index: usize) -> Result<JsonValue<'t>, ReadError> {
        let Some(&start) = self.item_starts.get(index) else {
            return Ok(JsonValue::Null);
        };
        let mut reader = Reader::new(self.text, start, self.slow_number);
        reader.scratch = self.scratch.take();
        // Root object → array → item.
        let item = reader.value(2, None);
        // Empty unless reading failed part-way; the capacity is kept.
        reader.scratch.members.clear();
        reader.scratch.items.clear();
        self.scratch.set(reader.scratch);
        item
    }
}

/// Reads `text`, checking all of it, but leaves the root object's
/// `streamed` array (if it is one) to be read item by item.
pub fn parse_streamed<'t>(
    text: &'t str,
    streamed: &str,
    slow_number: SlowNumber,
) -> Result<StreamedDocument<'t>, ReadError> {
    let mut reader = Reader::new(without_bom(text), 0, slow_number);
    let mut item_starts = Vec::new();
    let root = reader.value(0, Some((streamed, &mut item_starts)))?;
    reader.end()?;
    Ok(StreamedDocument {
        root,
        text: reader.text,
        slow_number,
        item_starts,
        scratch: Cell::default(),
    })
}

/// A document's text after its byte-order mark, if any (skipped as
/// `Response.text()` skips it); every offset counts from there.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Objects longer than this find repeated keys through a hash index
/// instead of a scan, so a hostile million-key object stays linear.
const SCANNED_KEYS: usize = 16;

/// Members and items of the containers being read, innermost last. When a
/// container closes, its own are moved out into a vector of exactly their
/// number: one allocation per container, where growing each by doubling
/// took two or three (a signatory object has ten members).
#[derive(Default)]
struct Scratch<'t> {
    members: Vec<(Cow<'t, str>, JsonValue<'t>)>,
    items: Vec<JsonValue<'t>>,
}

/// A position in the text and the grammar, one method per production.
/// With `build` off, values are checked but not built (no allocation):
/// that is how a streamed array is first checked.
struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    build: bool,
    slow_number: SlowNumber,
    scratch: Scratch<'t>,
}

mod number;

pub use number::decimal_text;
mod scalars;

/// The root-level array to stream: its key, and where its items start.
type Streamed<'s, 'v> = Option<(&'s str, &'v mut Vec<usize>)>;

impl<'t> Reader<'t> {
    /// A reader at byte `at` of `text` (offsets count from after any BOM).
    fn new(text: &'t str, at: usize, slow_number: SlowNumber) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            at,
            build: true,
            slow_number,
            scratch: Scratch::default(),
        }
    }

    pub(super) fn error<T>(&self) -> Result<T, ReadError> {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Err(ReadError::Syntax(TextPosition {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }))
    }

    /// The next non-space byte, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
        self.bytes.get(self.at).copied()
    }

    /// Consumes `byte` (after any space) if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    fn end(&mut self) -> Result<(), ReadError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.error(),
        }
    }

    fn literal(&mut self, word: &str, value: JsonValue<'t>) -> Result<JsonValue<'t>, ReadError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            self.error()
        }
    }

    /// A value whose containers are `depth` levels below the root; with
    /// `streamed`, this value is the root and that member is only checked.
    fn value(&mut self, depth: usize, streamed: Streamed) -> Result<JsonValue<'t>, ReadError> {
        match self.peek() {
            Some(b'"') => self.string().map(JsonValue::String),
            Some(b'{') => self.object(depth, streamed),
            Some(b'[') => self.array(depth, None),
            Some(b't') => self.literal("true", JsonValue::Bool(true)),
            Some(b'f') => self.literal("false", JsonValue::Bool(false)),
            Some(b'n') => self.literal("null", JsonValue::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.error(),
        }
    }

    /// One level deeper, or the depth limit.
    fn open(&mut self, depth: usize) -> Result<(), ReadError> {
        if depth >= MAX_DEPTH {
            return Err(ReadError::TooDeep);
        }
        self.at += 1;
        Ok(())
    }

    /// `[ … ]`; with `starts`, items are only checked, and where each
    /// starts is kept.
    fn array(
        &mut self,
        depth: usize,
        mut starts: Option<&mut Vec<usize>>,
    ) -> Result<JsonValue<'t>, ReadError> {
        self.open(depth)?;
        if self.eat(b']') {
            return Ok(JsonValue::Array(Vec::new()));
        }
        let base = self.scratch.items.len();
        loop {
            if let Some(starts) = starts.as_deref_mut() {
                self.peek();
                starts.push(self.at);
            }
            let item = self.value(depth + 1, None)?;
            if self.build {
                self.scratch.items.push(item);
            }
            if self.eat(b']') {
                return Ok(JsonValue::Array(self.scratch.items.split_off(base)));
            }
            if !self.eat(b',') {
                return self.error();
            }
        }
    }

    /// `{ … }`; a repeated key keeps its last value at its first place.
    fn object(&mut self, depth: usize, mut streamed: Streamed) -> Result<JsonValue<'t>, ReadError> {
        self.open(depth)?;
        let mut index: HashMap<Cow<'t, str>, usize> = HashMap::new();
        if self.eat(b'}') {
            return Ok(JsonValue::Object(Vec::new()));
        }
        let base = self.scratch.members.len();
        loop {
            if self.peek() != Some(b'"') {
                return self.error();
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return self.error();
            }
            let value = match streamed.as_mut() {
                Some((name, starts)) if *name == key && self.peek() == Some(b'[') => {
                    // A repeated key: only the last array's items count.
                    starts.clear();
                    let build = std::mem::replace(&mut self.build, false);
                    let checked = self.array(depth + 1, Some(starts));
                    self.build = build;
                    checked?;
                    JsonValue::Array(Vec::new())
                }
                _ => self.value(depth + 1, None)?,
            };
            if self.build {
                let members = &mut self.scratch.members[base..];
                let repeated = if members.len() < SCANNED_KEYS {
                    members.iter().position(|(k, _)| *k == key)
                } else {
                    if index.is_empty() {
                        index = members
                            .iter()
                            .enumerate()
                            .map(|(i, (k, _))| (k.clone(), i))
                            .collect();
                    }
                    index.get(&key).copied()
                };
                match repeated {
                    Some(at) => members[at].1 = value,
                    None => {
                        if !index.is_empty() {
                            index.insert(key.clone(), members.len());
                        }
                        self.scratch.members.push((key, value));
                    }
                }
            }
            if self.eat(b'}') {
                let members = self.scratch.members.split_off(base);
                return Ok(JsonValue::Object(members));
            }
            if !self.eat(b',') {
                return self.error();
            }
        }
    }
}
