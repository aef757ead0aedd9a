//! CLDR locale rules off the browser, for everything native: tests, the
//! prerendered snapshot and the `signatory-map` command-line tool.
//!
//! Plural rules and number formats come from ICU4X (`icu_plurals`,
//! `icu_decimal`, full CLDR data), so native text follows the same rules as
//! the browser's `Intl.PluralRules` and `Intl.NumberFormat`, for any
//! language, and country names from CLDR's table ([`countries`]), as
//! `Intl.DisplayNames` gives them. Its own crate so the tool need not build
//! the widget's view to say "21 signataras". None of this ships to readers.

pub mod countries;

pub use countries::CountryNames;

use fixed_decimal::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory as Cldr, PluralRules, PluralRulesPreferences};
use signatory_core::i18n::{LocaleRules, PluralCategory};

/// Locale rules without a browser.
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeRules;

impl LocaleRules for NativeRules {
    fn plural(&self, lang: &str, n: f64) -> PluralCategory {
        let Some(rules) = lang.parse::<Locale>().ok().and_then(|locale| {
            PluralRules::try_new_cardinal(PluralRulesPreferences::from(&locale)).ok()
        }) else {
            return PluralCategory::Other;
        };
        let category = if n.fract() == 0.0 && n.abs() < 1e15 {
            rules.category_for(n as i64)
        } else {
            match Decimal::try_from_str(&n.to_string()) {
                Ok(decimal) => rules.category_for(&decimal),
                Err(_) => Cldr::Other,
            }
        };
        match category {
            Cldr::Zero => PluralCategory::Zero,
            Cldr::One => PluralCategory::One,
            Cldr::Two => PluralCategory::Two,
            Cldr::Few => PluralCategory::Few,
            Cldr::Many => PluralCategory::Many,
            Cldr::Other => PluralCategory::Other,
        }
    }

    fn format_number(&self, lang: &str, n: f64) -> String {
        // As `Intl.NumberFormat` writes them; CLDR has no digits for these.
        if n.is_nan() {
            return "NaN".to_owned();
        }
        if n.is_infinite() {
            return if n > 0.0 { "∞" } else { "-∞" }.to_owned();
        }
        // `n.to_string()` is the shortest text that reads back as `n`, with
        // every digit (1e20 is not written with an exponent): the digits
        // `Intl` shows with `maximumFractionDigits: 20`.
        match (
            decimal_formatter(lang),
            Decimal::try_from_str(&n.to_string()),
        ) {
            (Some(formatter), Ok(decimal)) => formatter.format(&decimal).to_string(),
            _ => n.to_string(),
        }
    }

    fn country_name(&self, lang: &str, code: &str) -> Option<String> {
        CountryNames::embedded().name(code, lang).map(str::to_owned)
    }
}

/// CLDR's decimal format for `lang` (its separators, grouping sizes and
/// minus sign), or `None` for a tag that is not a locale.
fn decimal_formatter(lang: &str) -> Option<DecimalFormatter> {
    let locale = lang.parse::<Locale>().ok()?;
    DecimalFormatter::try_new(
        DecimalFormatterPreferences::from(&locale),
        Default::default(),
    )
    .ok()
}
