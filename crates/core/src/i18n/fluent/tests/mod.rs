//! Tests for the Fluent subset, with shared helpers and test-only plural rules.

mod errors;
mod references;
mod resource;
mod select;
mod syntax;

use super::{FluentArg, ParseError, PluralCategory, Resource};

/// Parses `source`, failing the test with every error if it does not parse.
fn parse(source: &str) -> Resource {
    match Resource::parse(source) {
        Ok(resource) => resource,
        Err(errors) => panic!("unexpected parse errors: {errors:?}"),
    }
}

/// The errors of a source that must not parse, as `(line, message)`.
fn parse_errors(source: &str) -> Vec<ParseError> {
    match Resource::parse(source) {
        Ok(_) => panic!("expected parse errors for:\n{source}"),
        Err(errors) => errors,
    }
}

/// Just the line numbers of the errors, for checking recovery.
fn error_lines(source: &str) -> Vec<usize> {
    parse_errors(source).iter().map(|e| e.line).collect()
}

/// Formats a message that must exist, with English plurals.
fn format(resource: &Resource, id: &str, args: &[(&str, FluentArg<'_>)]) -> String {
    resource
        .format(id, args, &english)
        .unwrap_or_else(|| panic!("message `{id}` not found"))
}

/// Parses a one-resource source and formats `id` without arguments.
fn format_source(source: &str, id: &str) -> String {
    format(&parse(source), id, &[])
}

/// A number argument shown as its plain integer text.
fn number(value: f64, display: &str) -> FluentArg<'_> {
    FluentArg::Number { value, display }
}

/// CLDR English cardinal rules for the numbers used in tests: "one" for exactly 1.
fn english(n: f64) -> PluralCategory {
    if n == 1.0 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// CLDR Lithuanian cardinal rules: one for n%10=1 except 11..19, few for n%10 in 2..9 except
/// 11..19, many for fractions, other for the rest (0, 10..20, 30, …).
fn lithuanian(n: f64) -> PluralCategory {
    if n.fract() != 0.0 {
        return PluralCategory::Many;
    }
    let integer = n.abs() as u64;
    let (mod10, mod100) = (integer % 10, integer % 100);
    if (11..=19).contains(&mod100) {
        PluralCategory::Other
    } else if mod10 == 1 {
        PluralCategory::One
    } else if mod10 >= 2 {
        PluralCategory::Few
    } else {
        PluralCategory::Other
    }
}

#[test]
fn plural_category_names_are_cldr_keywords() {
    let names: Vec<&str> = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ]
    .into_iter()
    .map(PluralCategory::as_str)
    .collect();
    assert_eq!(names, ["zero", "one", "two", "few", "many", "other"]);
}

#[test]
fn lithuanian_test_rules_match_cldr_examples() {
    for n in [1.0, 21.0, 101.0] {
        assert_eq!(lithuanian(n), PluralCategory::One, "{n}");
    }
    for n in [2.0, 9.0, 22.0, 102.0] {
        assert_eq!(lithuanian(n), PluralCategory::Few, "{n}");
    }
    for n in [0.0, 10.0, 11.0, 19.0, 20.0, 111.0] {
        assert_eq!(lithuanian(n), PluralCategory::Other, "{n}");
    }
    assert_eq!(lithuanian(1.5), PluralCategory::Many);
}
