//! Picks a language and turns typed message ids into text.
//!
//! A [`Catalog`] is every language `build.rs` compiled in. A [`Localizer`]
//! is the catalogue seen through one language: the only way the view gets a
//! string, so no user-facing literal lives in a component. Every language
//! has every message (the build refuses a translation that lacks one), so
//! a message never falls back; a requested language the widget does not
//! have falls back to English.

use std::rc::Rc;

use crate::dataset::{Agreement, CalendarDate, Dataset, LocalizedText};
use crate::i18n::pattern::{self, Arg, Locale};
use crate::i18n::{LocaleRules, Msg, LOCALES};
use crate::problem::{Issue, IssueArg};

/// The language everything falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The month names inside a date, by month number.
const MONTHS: [Msg; 12] = [
    Msg::Month1,
    Msg::Month2,
    Msg::Month3,
    Msg::Month4,
    Msg::Month5,
    Msg::Month6,
    Msg::Month7,
    Msg::Month8,
    Msg::Month9,
    Msg::Month10,
    Msg::Month11,
    Msg::Month12,
];

/// Every language the widget can speak, with its compiled messages.
pub struct Catalog {
    locales: &'static [Locale],
}

impl Catalog {
    /// The catalogue of the compiled-in `locales/` folders, English first.
    pub fn bundled() -> Catalog {
        Catalog { locales: &LOCALES }
    }

    /// Tags of the available languages, English first.
    pub fn languages(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.locales.iter().map(|locale| locale.tag)
    }

    /// The best available language for a requested tag: exact (`lt`), then
    /// by primary subtag (`lt-LT` → `lt`), else English.
    pub fn negotiate(&self, requested: &str) -> &'static Locale {
        let requested = requested.trim();
        let primary = requested.split(['-', '_']).next().unwrap_or_default();
        let find = |tag: &str| {
            self.locales
                .iter()
                .find(|locale| locale.tag.eq_ignore_ascii_case(tag))
        };
        find(requested)
            .or_else(|| find(primary))
            .or_else(|| find(FALLBACK_LANGUAGE))
            .unwrap_or(&LOCALES[0])
    }
}

/// A message argument as the view supplies it.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    /// Shown as is; also matched by select expressions (`$kind -> [company]`).
    Text(String),
    /// Formatted for the locale, and drives plural selection.
    Number(f64),
    /// A whole number shown without grouping (years, days, line numbers):
    /// `2017`, never `2,017`. Whole, so no float formatter is needed to
    /// write it (several KB of WASM).
    Plain(i64),
}

/// The catalogue in one language, plus the platform's locale rules.
#[derive(Clone)]
pub struct Localizer {
    catalog: Rc<Catalog>,
    rules: Rc<dyn LocaleRules>,
    locale: &'static Locale,
}

impl PartialEq for Localizer {
    /// The same language of the same catalogue: the same text everywhere.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.locale, other.locale) && Rc::ptr_eq(&self.catalog, &other.catalog)
    }
}

impl Localizer {
    /// A localizer for the best match of `requested` in `catalog`.
    pub fn new(catalog: Rc<Catalog>, rules: Rc<dyn LocaleRules>, requested: &str) -> Localizer {
        let locale = catalog.negotiate(requested);
        Localizer {
            catalog,
            rules,
            locale,
        }
    }

    /// The same catalogue and rules in another language.
    pub fn with_language(&self, requested: &str) -> Localizer {
        Localizer::new(self.catalog.clone(), self.rules.clone(), requested)
    }

    /// The language tag in use, for `lang` attributes.
    pub fn lang(&self) -> &str {
        self.locale.tag
    }

    /// Every available language tag, for the language toggle.
    pub fn languages(&self) -> Vec<String> {
        self.catalog.languages().map(str::to_owned).collect()
    }

    /// A message in another language (the toggle names each language in itself).
    pub fn text_in(&self, lang: &str, id: Msg) -> String {
        self.with_language(lang).text(id)
    }

    /// A message with no arguments.
    pub fn text(&self, id: Msg) -> String {
        self.format(id, &[])
    }

    /// A message with arguments.
    pub fn format(&self, id: Msg, args: &[(&str, MessageArg)]) -> String {
        let lang = self.locale.tag;
        let displays: Vec<String> = args
            .iter()
            .map(|(_, arg)| match arg {
                MessageArg::Text(text) => text.clone(),
                MessageArg::Number(n) => self.rules.format_number(lang, *n),
                MessageArg::Plain(n) => n.to_string(),
            })
            .collect();
        let pattern_args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&displays)
            .map(|((name, arg), display)| {
                let value = match arg {
                    MessageArg::Text(text) => Arg::Str(text),
                    MessageArg::Number(n) => Arg::Number { value: *n, display },
                    MessageArg::Plain(n) => Arg::Number {
                        value: *n as f64,
                        display,
                    },
                };
                (*name, value)
            })
            .collect();
        let mut out = String::new();
        let plural = |n: f64| self.rules.plural(lang, n);
        pattern::format(&mut out, self.locale.message(id), &pattern_args, &plural);
        out
    }

    /// A message whose `$count` is `count`: the common plural case.
    pub fn count(&self, id: Msg, count: usize) -> String {
        self.format(id, &[("count", MessageArg::Number(count as f64))])
    }

    /// A number written for the locale.
    pub fn number(&self, n: f64) -> String {
        self.rules.format_number(self.locale.tag, n)
    }

    /// A date written for the locale (`8 November 2017` / `2017 m. lapkričio 8 d.`),
    /// from the `date-long` and `month-N` messages.
    pub fn date(&self, date: CalendarDate) -> String {
        let month = usize::from(date.month)
            .checked_sub(1)
            .and_then(|index| MONTHS.get(index))
            .map_or_else(|| date.month.to_string(), |&month| self.text(month));
        self.format(
            Msg::DateLong,
            &[
                ("day", MessageArg::Plain(i64::from(date.day))),
                ("month", MessageArg::Text(month)),
                ("year", MessageArg::Plain(i64::from(date.year))),
            ],
        )
    }

    /// When and where the agreement was signed ("Signed 8 November 2017 ·
    /// Strasbourg", or the date alone): the widget's header and the picture
    /// say it alike.
    pub fn signed(&self, agreement: &Agreement) -> String {
        let date = self.date(agreement.date);
        match &agreement.place {
            Some(place) => self.format(
                Msg::HeaderMeta,
                &[
                    ("date", MessageArg::Text(date)),
                    ("place", MessageArg::Text(self.pick(&place.name).to_owned())),
                ],
            ),
            None => date,
        }
    }

    /// How old the data is ("Data as of 8 November 2017"), beside the
    /// source: live, in snapshots and on pictures alike.
    pub fn data_as_of(&self, dataset: &Dataset) -> String {
        let date = self.date(dataset.data_as_of());
        self.format(Msg::MapDataAsOf, &[("date", MessageArg::Text(date))])
    }

    /// What is wrong, as a sentence in this language (the widget shows it
    /// to readers, the console in English to the embedder).
    pub fn issue(&self, issue: &Issue) -> String {
        let args: Vec<(&str, MessageArg)> = issue
            .message_args()
            .into_iter()
            .map(|(name, arg)| match arg {
                IssueArg::Text(text) => (name, MessageArg::Text(text)),
                IssueArg::Number(n) => (name, MessageArg::Number(n)),
            })
            .collect();
        self.format(issue.message_id(), &args)
    }

    /// Items joined as this language lists them ("France, Belgium and
    /// Germany" / "Prancūzija, Belgija ir Vokietija"): the conjunction comes
    /// from the `list-and` message, so a new language needs no Rust change.
    /// Items are used as given (nominative), never inflected.
    pub fn list_and(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [only] => only.clone(),
            [head @ .., last] => self.format(
                Msg::ListAnd,
                &[
                    ("head", MessageArg::Text(head.join(", "))),
                    ("last", MessageArg::Text(last.clone())),
                ],
            ),
        }
    }

    /// A country's name, or its code when the platform does not know it.
    pub fn country(&self, code: &str) -> String {
        self.rules
            .country_name(self.locale.tag, code)
            .unwrap_or_else(|| code.to_owned())
    }

    /// Dataset text in this language (with the dataset's own fallbacks).
    pub fn pick<'t>(&self, text: &'t LocalizedText) -> &'t str {
        text.get(self.locale.tag)
    }
}
