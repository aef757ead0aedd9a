//! Numbers as the browser's `Intl.NumberFormat` writes them (Chromium 156,
//! `maximumFractionDigits: 20`, as the widget asks), one table for both
//! tiers: the browser tests check `Intl` itself against it
//! (tests/browser.rs), the native tests check the ICU4X formatting the
//! prerendered snapshot uses (tests/i18n.rs), so a snapshot's numbers read
//! as the live widget's will, in any language.

/// `(language, number, as Intl writes it)`.
pub const NUMBER_FORMATS: &[(&str, f64, &str)] = &[
    ("en", 10_000.0, "10,000"),
    ("en", 1_234_567.0, "1,234,567"),
    ("en", -1_234.5, "-1,234.5"),
    ("en", 90.0001, "90.0001"),
    ("en", 1e20, "100,000,000,000,000,000,000"),
    // Lithuanian groups with a no-break space (U+00A0), writes a decimal
    // comma and a true minus sign (U+2212).
    ("lt", 1_234.0, "1\u{a0}234"),
    ("lt", 10_000.0, "10\u{a0}000"),
    ("lt", 1_234_567.0, "1\u{a0}234\u{a0}567"),
    ("lt", 0.5, "0,5"),
    ("lt", -1_234.0, "\u{2212}1\u{a0}234"),
    // Languages the widget does not ship yet, which a new locales/ folder
    // must get right with no Rust change: French groups with a narrow
    // no-break space (U+202F), German with a dot, Polish not below 10,000.
    ("fr", 10_000.0, "10\u{202f}000"),
    ("de", 10_000.0, "10.000"),
    ("pl", 1_234.0, "1234"),
    ("pl", 12_345.0, "12\u{a0}345"),
];
