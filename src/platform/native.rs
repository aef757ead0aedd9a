//! Host implementations, for native tests and build-time rendering.
//!
//! Plural rules and number formats come from ICU4X (`icu_plurals`,
//! `icu_decimal`, full CLDR data), so native tests and the prerendered
//! snapshot follow the same rules as the browser's `Intl.PluralRules` and
//! `Intl.NumberFormat`, for any language. None of this ships to readers.

use fixed_decimal::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory as Cldr, PluralRules, PluralRulesPreferences};
use yew::prelude::*;

use signatory_core::gesture::WheelInput;
use signatory_core::i18n::{LocaleRules, PluralCategory};
use signatory_core::viewport::{ScreenPoint, ScreenSize};

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

    fn country_name(&self, _lang: &str, _code: &str) -> Option<String> {
        None
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

/// Off the browser there is no layout: components see a typical desktop
/// article-column size.
#[hook]
pub fn use_element_size(_node: NodeRef) -> Option<ScreenSize> {
    Some(ScreenSize {
        width: 720.0,
        height: 405.0,
    })
}

/// No layout without a browser: no text is cut by a line clamp yet.
#[hook]
pub fn use_clamped(_node: NodeRef) -> bool {
    false
}

/// Nothing to focus without a browser.
pub fn focus_first(_root: &NodeRef, _selectors: &[String]) -> bool {
    false
}

/// No pointers without a browser.
pub fn capture_pointer(_element: &NodeRef, _pointer_id: i32) {}

/// Without layout, element positions are their viewport positions.
pub fn point_in(_element: &NodeRef, client_x: f64, client_y: f64) -> ScreenPoint {
    ScreenPoint {
        x: client_x,
        y: client_y,
    }
}

/// Nothing covers anything without a layout.
pub fn covered_from_below(_root: &NodeRef, _under: &str, _over: &str) -> f64 {
    0.0
}

/// No focus without a browser.
pub fn focus_leaves(_node: &NodeRef, _event: &FocusEvent) -> bool {
    false
}

/// No event targets without a browser.
pub fn is_on_control(_event: &PointerEvent) -> bool {
    false
}

/// Nothing scrolls without a browser.
pub fn scroll_into_view_within(_container: &NodeRef, _selector: &str) {}

/// No wheel without a browser.
#[hook]
pub fn use_wheel(_node: NodeRef, _on_wheel: Callback<WheelInput>) {}

/// Server-rendered text names Ctrl.
pub fn uses_command_key() -> bool {
    false
}

/// Timers never fire off the browser (server rendering draws one frame).
pub struct Timeout;

impl Timeout {
    /// Drops `callback`: there is no event loop to run it.
    pub fn new(_millis: i32, _callback: impl FnOnce() + 'static) -> Option<Timeout> {
        None
    }
}
