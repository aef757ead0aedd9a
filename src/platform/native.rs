//! Host implementations, for native tests and build-time rendering.
//!
//! Plural rules come from the `intl_pluralrules` crate (full CLDR data), so
//! native tests check Lithuanian plurals against the same rules the
//! browser's `Intl.PluralRules` applies. None of this ships to readers.

use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;
use yew::prelude::*;

use crate::core::i18n::{LocaleRules, PluralCategory};
use crate::core::viewport::ScreenSize;

/// Locale rules without a browser.
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeRules;

impl LocaleRules for NativeRules {
    fn plural(&self, lang: &str, n: f64) -> PluralCategory {
        let rules = lang
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
        let category = rules.and_then(|rules| rules.select(n).ok());
        match category {
            Some(intl_pluralrules::PluralCategory::ZERO) => PluralCategory::Zero,
            Some(intl_pluralrules::PluralCategory::ONE) => PluralCategory::One,
            Some(intl_pluralrules::PluralCategory::TWO) => PluralCategory::Two,
            Some(intl_pluralrules::PluralCategory::FEW) => PluralCategory::Few,
            Some(intl_pluralrules::PluralCategory::MANY) => PluralCategory::Many,
            _ => PluralCategory::Other,
        }
    }

    fn format_number(&self, lang: &str, n: f64) -> String {
        if n.fract() != 0.0 || !n.is_finite() {
            return n.to_string();
        }
        // CLDR grouping: English uses a comma, Lithuanian a no-break space.
        let separator = if lang == "en" { ',' } else { '\u{a0}' };
        let digits = (n.abs() as u64).to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0.0 {
            out.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(separator);
            }
            out.push(digit);
        }
        out
    }

    fn country_name(&self, _lang: &str, _code: &str) -> Option<String> {
        None
    }
}

/// Off the browser there is no layout: components see a typical desktop
/// article-column size.
#[hook]
pub fn use_element_size(_node: NodeRef) -> ScreenSize {
    ScreenSize {
        width: 720.0,
        height: 405.0,
    }
}
