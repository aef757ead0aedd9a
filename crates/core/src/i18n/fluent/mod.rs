//! A small parser and formatter for the subset of [Project Fluent](https://projectfluent.org/)
//! syntax that the widget's `.ftl` translations use.
//!
//! Why not `fluent-bundle`: it pulls `fluent-syntax`, `intl_pluralrules` and `unic-langid` into
//! the WebAssembly module, and every reader downloads every kilobyte. The plural category of a
//! number is supplied by the caller (the browser has `Intl.PluralRules`, native code uses the
//! `intl_pluralrules` crate), so this module holds no language data. Pure `std`, no dependencies.
//!
//! # Supported syntax
//!
//! - Comments `#`, `##` and `###`, followed by a space or the end of the line; blank lines.
//! - Messages `id = value` and terms `-id = value`; an id matches `[a-zA-Z][a-zA-Z0-9_-]*`.
//! - Attributes `.name = value` on the lines after a message or term. A message may have
//!   attributes and no value (`id =` followed by `    .aria-label = …`).
//! - Multiline patterns. A value may start on the line after `=`. Continuation lines are
//!   indented with spaces (U+0020; a tab is not indentation). The common indentation is removed,
//!   lines are joined with `\n`, blank lines inside a value are kept, and leading and trailing
//!   blank lines and trailing spaces are dropped. A line starting with `[`, `*`, `.` or `}`
//!   ends the pattern. As in the Fluent specification, a line starting with `{` continues it
//!   even without indentation.
//! - Placeables, with optional spaces or line breaks inside the braces: `{ $var }`,
//!   `{ "string" }` (escapes `\"`, `\\`, `\uXXXX`, `\UXXXXXX`), `{ 42 }` and `{ -1.5 }` (shown
//!   as written), `{ message }`, `{ message.attr }` and `{ -term }`.
//! - Select expressions on a variable, `{ $n -> [0] … [one] … *[other] … }`, with the variants
//!   on their own lines. Keys are identifiers or numbers of up to 15 digits. There must be exactly
//!   one default (`*`) variant. Variant values may contain placeables and other select
//!   expressions, nested at most 16 deep.
//!
//! # Not supported (reported as parse errors)
//!
//! - Functions (`NUMBER($n)`, `DATETIME($d)`), parameterized terms (`-term(case: "x")`) and
//!   term attributes (`-term.attr`).
//! - Selectors other than a variable, and nested placeables (`{ { $x } }`).
//!
//! # How formatting differs from `fluent-bundle`
//!
//! - No Unicode bidi isolation marks (U+2068, U+2069) around placeables.
//! - Numbers are never formatted here: a [`FluentArg::Number`] shows its `display` text, and a
//!   number literal shows exactly as written.
//! - A missing variable renders as `{$name}`, and an unknown message or term as `{id}` or
//!   `{-id}`. A cyclic reference, or one nested more than 16 deep, renders the same way.
//!   Every gap stays visible, and nothing panics.
//! - Terms do not see the message's variables (as in Fluent), because terms take no arguments.
//!
//! `\r\n` line endings and a leading byte-order mark are accepted.

mod format;
mod parse;
#[cfg(test)]
mod tests;

use std::fmt;

/// CLDR plural category. The caller computes it for the current locale, so this module needs
/// no plural rules of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The CLDR name ("zero", "one", …), which is the variant key a category selects.
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// A value passed to a message. Numbers carry text the caller has already formatted for the
/// locale, so this module needs no number-formatting code.
#[derive(Debug, Clone, PartialEq)]
pub enum FluentArg<'a> {
    /// Text, matched exactly against select keys.
    Str(&'a str),
    /// A number: `value` drives plural/exact selection, `display` is what is shown (already
    /// locale-formatted by the caller, e.g. "10 000").
    Number { value: f64, display: &'a str },
}

/// A parse problem with a 1-based line number, so a translator can find the bad line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line where the problem is (for an unclosed `{`, the line where it opens).
    pub line: usize,
    /// What is wrong, in words a translator can act on.
    pub message: String,
}

impl fmt::Display for ParseError {
    /// Renders as `line N: message`, the form build checks and logs show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A parsed `.ftl` resource (one language), ready to format messages without parsing again.
pub struct Resource {
    /// Messages and terms in file order. Term ids keep their leading `-`, so the two kinds never
    /// collide and one list serves both.
    entries: Vec<Entry>,
}

impl Resource {
    /// Parses `.ftl` text. Reports every error, not just the first, so one build run shows all
    /// the problems in a translation.
    pub fn parse(source: &str) -> Result<Resource, Vec<ParseError>> {
        parse::parse_resource(source)
    }

    /// The ids that [`Resource::format`] accepts: public messages only (not `-terms`), in file
    /// order. A message is listed as `id` if it has a value, and each attribute as `id.attr`.
    /// Tools use this list to compare the ids of two translations.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        for message in self.entries.iter().filter(|entry| !entry.is_term()) {
            if message.value.is_some() {
                ids.push(message.id.as_str());
            }
            ids.extend(message.attributes.iter().map(|a| a.qualified_id.as_str()));
        }
        ids
    }

    /// Whether `id` (`"id"` or `"id.attr"`) can be formatted, so callers can fall back to
    /// another language before showing a gap. It is true exactly for the ids in
    /// [`Resource::message_ids`], so a message that has only attributes does not count as `"id"`.
    pub fn has_message(&self, id: &str) -> bool {
        let (message_id, attribute) = split_id(id);
        self.message_pattern(message_id, attribute).is_some()
    }

    /// Formats a message (or "id.attr"). Returns None when the id is unknown.
    /// Missing variables render as "{$name}" (so a gap is visible, never a panic).
    /// `plural` gives the CLDR category of a number in the resource's language.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, FluentArg<'_>)],
        plural: &dyn Fn(f64) -> PluralCategory,
    ) -> Option<String> {
        let (message_id, attribute) = split_id(id);
        format::format_message(self, message_id, attribute, args, plural)
    }

    /// The value or attribute pattern of a public message. Ids starting with `-` are terms and
    /// are never found here, so terms stay private.
    fn message_pattern(&self, id: &str, attribute: Option<&str>) -> Option<&Pattern> {
        if id.starts_with('-') {
            return None;
        }
        let message = self.entries.iter().find(|entry| entry.id == id)?;
        match attribute {
            None => message.value.as_ref(),
            Some(name) => message
                .attributes
                .iter()
                .find(|a| a.name() == name)
                .map(|a| &a.value),
        }
    }

    /// The value of a term; `id` includes the leading `-`.
    fn term_pattern(&self, id: &str) -> Option<&Pattern> {
        let term = self.entries.iter().find(|entry| entry.id == id)?;
        term.value.as_ref()
    }
}

/// Splits `"id.attr"` into `("id", Some("attr"))`. Ids cannot contain `.`, so the first dot
/// always separates the attribute name.
fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// A message or term.
struct Entry {
    /// The id, with a leading `-` for terms.
    id: String,
    value: Option<Pattern>,
    attributes: Vec<Attribute>,
    /// Byte offset of the entry in the source. The line number is only computed when a
    /// duplicate is reported, so parsing a valid resource never counts lines.
    start: usize,
}

impl Entry {
    /// Whether this is a term (private, referenced as `{ -id }`).
    fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }
}

/// An attribute of a message or term.
struct Attribute {
    /// `"id.attr"`, stored whole so [`Resource::message_ids`] can lend it out.
    qualified_id: String,
    value: Pattern,
}

impl Attribute {
    /// The attribute name without the message id.
    fn name(&self) -> &str {
        self.qualified_id
            .split_once('.')
            .map_or("", |(_, name)| name)
    }
}

/// Text and placeables, in order: the value of a message, attribute, term or variant.
type Pattern = Vec<Element>;

/// One piece of a pattern.
enum Element {
    /// Literal text, with indentation already removed.
    Text(String),
    Placeable(Expression),
}

/// The contents of a `{ … }` placeable.
enum Expression {
    Inline(InlineExpression),
    /// `{ $variable -> [key] value … *[default] value }`.
    Select {
        variable: String,
        variants: Vec<Variant>,
        /// Index of the `*` variant in `variants`. The parser guarantees it is in range.
        default: usize,
    },
}

/// An expression that renders directly to text.
enum InlineExpression {
    /// A string literal with its escapes already resolved.
    String(String),
    /// A number literal, kept as written because it is only ever displayed.
    Number(String),
    /// `$name`, without the `$`.
    Variable(String),
    /// `message` or `message.attribute`.
    Message {
        id: String,
        attribute: Option<String>,
    },
    /// `-term`, including the `-`.
    Term(String),
}

/// One `[key] value` branch of a select expression.
struct Variant {
    key: VariantKey,
    value: Pattern,
}

/// A variant key: a number is matched by value, an identifier as text or as a plural category.
enum VariantKey {
    Identifier(String),
    Number(f64),
}
