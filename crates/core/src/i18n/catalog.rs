//! Picks a language and turns message ids into text.
//!
//! A [`Catalog`] holds every bundled language, parsed once. A [`Localizer`]
//! is the catalogue seen through one language: the only way the view gets a
//! string, so no user-facing literal lives in a component. A message missing
//! from a language falls back to English, and a message missing everywhere
//! shows its id (a visible bug, which the parity test prevents).

use std::rc::Rc;

use crate::dataset::{CalendarDate, LocalizedText};
use crate::i18n::fluent::{FluentArg, Resource};
use crate::i18n::{LocaleRules, BUNDLED_LOCALES};
use crate::problem::{Issue, IssueArg};

/// The language everything falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Every language the widget can speak, with its parsed messages.
pub struct Catalog {
    locales: Vec<(String, Resource)>,
}

impl Catalog {
    /// The catalogue of the compiled-in `locales/` folders. A resource that
    /// fails to parse is left out rather than breaking the widget; the
    /// native tests make sure none does.
    pub fn bundled() -> Catalog {
        Catalog::from_sources(BUNDLED_LOCALES).0
    }

    /// Parses `(tag, ftl source)` pairs, returning the catalogue and the
    /// parse errors of the resources it had to leave out.
    pub fn from_sources(sources: &[(&str, &str)]) -> (Catalog, Vec<(String, String)>) {
        let mut locales = Vec::new();
        let mut errors = Vec::new();
        for (tag, source) in sources {
            match Resource::parse(source) {
                Ok(resource) => locales.push((tag.to_string(), resource)),
                Err(problems) => errors.extend(
                    problems
                        .into_iter()
                        .map(|p| (tag.to_string(), format!("line {}: {}", p.line, p.message))),
                ),
            }
        }
        (Catalog { locales }, errors)
    }

    /// Tags of the available languages, English first.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|(tag, _)| tag.as_str())
    }

    /// The best available language for a requested tag: exact (`lt`), then
    /// by primary subtag (`lt-LT` → `lt`), else English.
    pub fn negotiate(&self, requested: &str) -> &str {
        let requested = requested.trim();
        let primary = requested.split(['-', '_']).next().unwrap_or_default();
        self.languages()
            .find(|tag| tag.eq_ignore_ascii_case(requested))
            .or_else(|| {
                self.languages()
                    .find(|tag| tag.eq_ignore_ascii_case(primary))
            })
            .unwrap_or(FALLBACK_LANGUAGE)
    }

    /// The parsed messages of one language.
    pub fn resource(&self, tag: &str) -> Option<&Resource> {
        self.locales.iter().find(|(t, _)| t == tag).map(|(_, r)| r)
    }
}

/// A message argument as the view supplies it.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    /// Shown as is; also matched by select expressions (`$kind -> [company]`).
    Text(String),
    /// Formatted for the locale, and drives plural selection.
    Number(f64),
    /// A number shown without grouping (years, days): `2017`, never `2,017`.
    Plain(f64),
}

/// The catalogue in one language, plus the platform's locale rules.
#[derive(Clone)]
pub struct Localizer {
    catalog: Rc<Catalog>,
    rules: Rc<dyn LocaleRules>,
    lang: String,
}

impl PartialEq for Localizer {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.catalog, &other.catalog)
    }
}

impl Localizer {
    /// A localizer for the best match of `requested` in `catalog`.
    pub fn new(catalog: Rc<Catalog>, rules: Rc<dyn LocaleRules>, requested: &str) -> Localizer {
        let lang = catalog.negotiate(requested).to_owned();
        Localizer {
            catalog,
            rules,
            lang,
        }
    }

    /// The same catalogue and rules in another language.
    pub fn with_language(&self, requested: &str) -> Localizer {
        Localizer::new(self.catalog.clone(), self.rules.clone(), requested)
    }

    /// The language tag in use, for `lang` attributes.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Every available language tag, for the language toggle.
    pub fn languages(&self) -> Vec<String> {
        self.catalog.languages().map(str::to_owned).collect()
    }

    /// A message in another language (the toggle names each language in itself).
    pub fn text_in(&self, lang: &str, id: &str) -> String {
        self.with_language(lang).text(id)
    }

    /// A message with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments.
    pub fn format(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let displays: Vec<String> = args
            .iter()
            .map(|(_, arg)| match arg {
                MessageArg::Text(text) => text.clone(),
                MessageArg::Number(n) => self.rules.format_number(&self.lang, *n),
                MessageArg::Plain(n) => n.to_string(),
            })
            .collect();
        let fluent_args: Vec<(&str, FluentArg<'_>)> = args
            .iter()
            .zip(&displays)
            .map(|((name, arg), display)| {
                let value = match arg {
                    MessageArg::Text(text) => FluentArg::Str(text),
                    MessageArg::Number(n) | MessageArg::Plain(n) => {
                        FluentArg::Number { value: *n, display }
                    }
                };
                (*name, value)
            })
            .collect();
        let plural = |n: f64| self.rules.plural(&self.lang, n);
        [self.lang.as_str(), FALLBACK_LANGUAGE]
            .into_iter()
            .filter_map(|tag| self.catalog.resource(tag))
            .find_map(|resource| resource.format(id, &fluent_args, &plural))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message whose `$count` is `count`: the common plural case.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.format(id, &[("count", MessageArg::Number(count as f64))])
    }

    /// A number written for the locale.
    pub fn number(&self, n: f64) -> String {
        self.rules.format_number(&self.lang, n)
    }

    /// A date written for the locale (`8 November 2017` / `2017 m. lapkričio 8 d.`),
    /// from the `date-long` and `month-N` messages.
    pub fn date(&self, date: CalendarDate) -> String {
        let month = self.text(&format!("month-{}", date.month));
        self.format(
            "date-long",
            &[
                ("day", MessageArg::Plain(f64::from(date.day))),
                ("month", MessageArg::Text(month)),
                ("year", MessageArg::Plain(f64::from(date.year))),
            ],
        )
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

    /// A country's name, or its code when the platform does not know it.
    pub fn country(&self, code: &str) -> String {
        self.rules
            .country_name(&self.lang, code)
            .unwrap_or_else(|| code.to_owned())
    }

    /// Dataset text in this language (with the dataset's own fallbacks).
    pub fn pick<'t>(&self, text: &'t LocalizedText) -> &'t str {
        text.get(&self.lang)
    }
}
