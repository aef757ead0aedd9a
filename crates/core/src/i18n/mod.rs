//! Internationalisation: messages, plurals, numbers, dates and data text.
//!
//! Messages live in Fluent files, `locales/<lang>/*.ftl`, one folder per
//! language. `build.rs` parses and checks them and compiles them in as
//! static [`pattern`]s with typed ids ([`Msg`]); [`catalog`] picks a
//! language and formats messages. Rules that depend on CLDR data (plural
//! categories, number grouping, country names) come from the platform
//! through [`LocaleRules`]: in the browser from `Intl`, which costs the
//! reader no bytes; natively from Rust crates.

pub mod catalog;
pub mod messages;
pub mod pattern;

pub use catalog::{Catalog, Localizer, MessageArg};
pub use messages::{Msg, LOCALES};
pub use pattern::PluralCategory;

/// Locale data the core needs but does not ship.
pub trait LocaleRules {
    /// The CLDR plural category of `n` in `lang` (`1 → one`, `21 → one` in Lithuanian).
    fn plural(&self, lang: &str, n: f64) -> PluralCategory;
    /// `n` written for `lang` (`10,000` / `10 000`).
    fn format_number(&self, lang: &str, n: f64) -> String;
    /// The name of the country with this ISO 3166-1 code in `lang`, if known.
    fn country_name(&self, lang: &str, code: &str) -> Option<String>;
}
