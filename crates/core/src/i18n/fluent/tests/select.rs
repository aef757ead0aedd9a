//! Select expressions: plural categories, exact numbers, strings and defaults.

use super::{english, format, lithuanian, number, parse};
use crate::i18n::fluent::{FluentArg, PluralCategory, Resource};

const LITHUANIAN: &str = "\
count = { $n ->
    [0] nėra signatarų
    [one] { $n } signataras
    [few] { $n } signatarai
    [many] { $n } signataro
   *[other] { $n } signatarų
}
";

/// Formats `id` with `$n` set to `value` (displayed as written by `display`).
fn with_n(
    resource: &Resource,
    id: &str,
    value: f64,
    plural: &dyn Fn(f64) -> PluralCategory,
) -> String {
    let display = value.to_string();
    let args = [("n", number(value, &display))];
    resource
        .format(id, &args, plural)
        .unwrap_or_else(|| panic!("message `{id}` not found"))
}

#[test]
fn lithuanian_plurals() {
    let resource = parse(LITHUANIAN);
    let cases = [
        (0.0, "nėra signatarų"),
        (1.0, "1 signataras"),
        (2.0, "2 signatarai"),
        (9.0, "9 signatarai"),
        (10.0, "10 signatarų"),
        (11.0, "11 signatarų"),
        (12.0, "12 signatarų"),
        (21.0, "21 signataras"),
        (22.0, "22 signatarai"),
        (101.0, "101 signataras"),
        (111.0, "111 signatarų"),
        (1.5, "1.5 signataro"),
    ];
    for (value, expected) in cases {
        assert_eq!(with_n(&resource, "count", value, &lithuanian), expected);
    }
}

#[test]
fn english_one_and_other() {
    let resource =
        parse("count = { $n ->\n    [one] one signatory\n   *[other] { $n } signatories\n}");
    assert_eq!(with_n(&resource, "count", 1.0, &english), "one signatory");
    assert_eq!(with_n(&resource, "count", 0.0, &english), "0 signatories");
    assert_eq!(with_n(&resource, "count", 5.0, &english), "5 signatories");
}

#[test]
fn exact_number_key_wins_over_plural_category() {
    let source = "a = { $n ->\n    [one] category\n    [1] exact\n   *[other] other\n}";
    let resource = parse(source);
    assert_eq!(with_n(&resource, "a", 1.0, &english), "exact");
}

#[test]
fn plural_function_only_runs_without_exact_match() {
    let resource = parse("a = { $n ->\n    [0] zero\n   *[other] other\n}");
    let no_plural = |_: f64| -> PluralCategory { panic!("plural rules consulted") };
    assert_eq!(with_n(&resource, "a", 0.0, &no_plural), "zero");
}

#[test]
fn decimal_and_negative_number_keys() {
    let source = "a = { $n ->\n    [0.5] half\n    [-1] minus one\n    [1.0] one point oh\n   *[other] other\n}";
    let resource = parse(source);
    assert_eq!(with_n(&resource, "a", 0.5, &english), "half");
    assert_eq!(with_n(&resource, "a", -1.0, &english), "minus one");
    assert_eq!(with_n(&resource, "a", 1.0, &english), "one point oh");
    assert_eq!(with_n(&resource, "a", 0.25, &english), "other");
}

#[test]
fn string_selector_matches_identifier_keys() {
    let source = "\
filter = { $area ->
    [energy] Energy pledges
    [transport] Transport pledges
   *[all] All pledges
}
";
    let resource = parse(source);
    let select = |area: &str| format(&resource, "filter", &[("area", FluentArg::Str(area))]);
    assert_eq!(select("energy"), "Energy pledges");
    assert_eq!(select("transport"), "Transport pledges");
    assert_eq!(select("all"), "All pledges");
    assert_eq!(select("unknown"), "All pledges");
    assert_eq!(select("Energy"), "All pledges");
}

#[test]
fn string_argument_does_not_match_number_keys() {
    let resource = parse("a = { $x ->\n    [1] number\n   *[other] default\n}");
    assert_eq!(
        format(&resource, "a", &[("x", FluentArg::Str("1"))]),
        "default"
    );
}

#[test]
fn missing_selector_argument_uses_default() {
    let source = "a = { $n ->\n   *[other] { $n } items\n    [one] one item\n}";
    assert_eq!(format(&parse(source), "a", &[]), "{$n} items");
}

#[test]
fn select_inside_text_with_flexible_layout() {
    let source = "\
a = Found {$n->
[one] one result
*[other]   { $n }
        results
            here
  } today.
b = next
";
    let resource = parse(source);
    assert_eq!(
        with_n(&resource, "a", 1.0, &english),
        "Found one result today."
    );
    assert_eq!(
        with_n(&resource, "a", 4.0, &english),
        "Found 4\nresults\n    here today."
    );
    assert_eq!(format(&resource, "b", &[]), "next");
}

#[test]
fn variant_value_may_start_on_next_line() {
    let source =
        "a = { $n ->\n    [one]\n        single\n   *[other]\n        many\n            lines\n}";
    let resource = parse(source);
    assert_eq!(with_n(&resource, "a", 1.0, &english), "single");
    assert_eq!(with_n(&resource, "a", 2.0, &english), "many\n    lines");
}

#[test]
fn nested_select_and_references_in_variants() {
    let source = "\
-brand = Pledge
a = { $area ->
    [energy] { $n ->
        [one] one { -brand } signatory in energy
       *[other] { $n } { -brand } signatories in energy
    }
   *[all] { total }
}
total = All: { $n }
";
    let resource = parse(source);
    let display = "3";
    let args = |area| [("area", FluentArg::Str(area)), ("n", number(3.0, display))];
    assert_eq!(
        format(&resource, "a", &args("energy")),
        "3 Pledge signatories in energy"
    );
    assert_eq!(format(&resource, "a", &args("all")), "All: 3");
    let one = [("area", FluentArg::Str("energy")), ("n", number(1.0, "1"))];
    assert_eq!(
        format(&resource, "a", &one),
        "one Pledge signatory in energy"
    );
}

#[test]
fn select_in_attribute() {
    let source = "marker = Marker\n    .aria-label = { $n ->\n        [one] { $n } signatory\n       *[other] { $n } signatories\n    }";
    let resource = parse(source);
    assert_eq!(
        with_n(&resource, "marker.aria-label", 2.0, &english),
        "2 signatories"
    );
}
