//! The compiled form of a message, and the formatter that turns it into
//! text: all of Fluent that ships to a reader.
//!
//! `build.rs` parses `locales/` with the real Fluent parser and writes each
//! message as a [`Pattern`]: text, variables and select expressions, with
//! string and number literals already turned into text and message and
//! term references already inlined. So formatting looks nothing up but the
//! caller's arguments, and cannot meet a missing message, a cycle or a
//! syntax error: the build refused those.
//!
//! Unlike `fluent-bundle`, no Unicode isolation marks (U+2068, U+2069) are
//! put around placeables, and numbers are never formatted here: an
//! [`Arg::Number`] shows the text the caller formatted for the locale, and
//! its plural category comes from the caller too, so this module holds no
//! language data. A missing argument shows as `{$name}`: visible, never a
//! panic.

use crate::i18n::Msg;

/// A message's text and placeables, in order.
pub type Pattern = &'static [Element];

/// One piece of a pattern.
#[derive(Debug)]
pub enum Element {
    /// Text shown as is.
    Text(&'static str),
    /// `{ $name }`: the argument of that name.
    Var(&'static str),
    /// `{ $var -> … }`: one of the variants, by the argument's value.
    Select(&'static Select),
}

/// A select expression.
#[derive(Debug)]
pub struct Select {
    /// The argument it selects on.
    pub var: &'static str,
    /// The variants, the default last (the build puts it there, and checks
    /// that keys are unique, so their order does not otherwise matter).
    pub variants: &'static [Variant],
}

/// One `[key] value` of a select expression.
#[derive(Debug)]
pub struct Variant {
    /// What it matches.
    pub key: Key,
    /// What it shows.
    pub value: Pattern,
}

/// A variant key.
#[derive(Debug)]
pub enum Key {
    /// `[one]`, `[company]`: a plural category, or a text argument's value.
    Name(&'static str),
    /// `[0]`: a number argument equal to it (tried before the category).
    Number(f64),
}

/// One language: its tag and a pattern for every [`Msg`].
#[derive(Debug)]
pub struct Locale {
    /// The language tag, the name of its folder in `locales/`.
    pub tag: &'static str,
    /// The patterns, indexed by [`Msg`].
    pub messages: [Pattern; Msg::COUNT],
}

impl Locale {
    /// The pattern of `id` in this language (every language has them all).
    pub fn message(&self, id: Msg) -> Pattern {
        self.messages[id as usize]
    }
}

/// CLDR plural category. The caller computes it for the current locale,
/// so the widget ships no plural rules of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    /// `zero`
    Zero,
    /// `one`
    One,
    /// `two`
    Two,
    /// `few`
    Few,
    /// `many`
    Many,
    /// `other`
    Other,
}

impl PluralCategory {
    /// The CLDR name (`"one"`, `"few"`…), which is the variant key it selects.
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

/// An argument as the formatter sees it. Numbers carry the text the caller
/// has already formatted for the locale, so no number formatting ships here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text, shown as is and matched exactly against variant keys.
    Str(&'a str),
    /// A number: `value` selects (exact key, else plural category),
    /// `display` is shown (`10 000`).
    Number {
        /// The value, for selection.
        value: f64,
        /// The locale's way of writing it.
        display: &'a str,
    },
}

/// Appends `pattern` formatted with `args` to `out`. `plural` gives the
/// plural category of a number in the pattern's language; it is consulted
/// only when no variant has the number itself as its key.
pub fn format(
    out: &mut String,
    pattern: Pattern,
    args: &[(&str, Arg<'_>)],
    plural: &dyn Fn(f64) -> PluralCategory,
) {
    for element in pattern {
        match element {
            Element::Text(text) => out.push_str(text),
            Element::Var(name) => match find(args, name) {
                Some(Arg::Str(text)) => out.push_str(text),
                Some(Arg::Number { display, .. }) => out.push_str(display),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Select(select) => {
                format(
                    out,
                    select.choose(find(args, select.var), plural),
                    args,
                    plural,
                );
            }
        }
    }
}

impl Select {
    /// The variant for `arg`: for a number, the key equal to it, else the
    /// key naming its plural category; for text, the key equal to it;
    /// otherwise (or without the argument) the default.
    fn choose(&self, arg: Option<Arg<'_>>, plural: &dyn Fn(f64) -> PluralCategory) -> Pattern {
        let named = |wanted: &str| {
            self.variants
                .iter()
                .find(|variant| matches!(variant.key, Key::Name(name) if name == wanted))
        };
        let found = match arg {
            Some(Arg::Number { value, .. }) => self
                .variants
                .iter()
                .find(|variant| matches!(variant.key, Key::Number(key) if key == value))
                .or_else(|| named(plural(value).as_str())),
            Some(Arg::Str(text)) => named(text),
            None => None,
        };
        found
            .or(self.variants.last())
            .map_or(&[], |variant| variant.value)
    }
}

/// The argument named `name`, if the caller passed one.
fn find<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(arg_name, _)| *arg_name == name)
        .map(|&(_, arg)| arg)
}

#[cfg(test)]
mod tests;
