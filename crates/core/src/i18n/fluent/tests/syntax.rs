//! Comments, messages, attributes, multiline patterns and literals.

use super::{format, format_source, number, parse};
use crate::i18n::fluent::FluentArg;

#[test]
fn simple_message() {
    assert_eq!(
        format_source("hello = Hello, world!", "hello"),
        "Hello, world!"
    );
}

#[test]
fn comments_and_blank_lines_are_ignored() {
    let resource = parse(
        "### Resource comment\n\n## Group comment\n#\n# Message comment\nhello = Hi\n   \n\n\
         # Another\nbye = Bye\n",
    );
    assert_eq!(resource.message_ids(), ["hello", "bye"]);
    assert_eq!(format(&resource, "bye", &[]), "Bye");
}

#[test]
fn ids_may_contain_digits_underscores_and_hyphens() {
    let resource = parse("a1_b-c = x\nZ = y");
    assert_eq!(resource.message_ids(), ["a1_b-c", "Z"]);
}

#[test]
fn spaces_around_equals_are_optional_and_trailing_spaces_trimmed() {
    let resource = parse("a=one   \nb    =    two");
    assert_eq!(format(&resource, "a", &[]), "one");
    assert_eq!(format(&resource, "b", &[]), "two");
}

#[test]
fn continuation_lines_are_joined_with_newlines() {
    let source = "a = first\n    second\n      third\nb = next";
    assert_eq!(format_source(source, "a"), "first\nsecond\n  third");
}

#[test]
fn value_may_start_on_the_next_line() {
    let source = "a =\n    first\n    second\n";
    assert_eq!(format_source(source, "a"), "first\nsecond");
}

#[test]
fn common_indentation_is_removed() {
    let source = "a =\n        deeper\n    base\n      middle";
    assert_eq!(format_source(source, "a"), "    deeper\nbase\n  middle");
}

#[test]
fn inner_blank_lines_kept_and_outer_ones_trimmed() {
    let source = "a =\n\n\n    one\n   \n\n    two\n\n\nb = x";
    let resource = parse(source);
    // Two blank lines (one holding only spaces) between the text lines.
    assert_eq!(format(&resource, "a", &[]), "one\n\n\ntwo");
    assert_eq!(format(&resource, "b", &[]), "x");
}

#[test]
fn crlf_line_endings_and_byte_order_mark_are_accepted() {
    let resource = parse("\u{feff}a = one\r\n    two\r\nb = three\r\n");
    assert_eq!(format(&resource, "a", &[]), "one\ntwo");
    assert_eq!(format(&resource, "b", &[]), "three");
}

#[test]
fn text_keeps_unicode_and_tabs() {
    let source = "a = Ąžuolas – „kabutės“\tend";
    assert_eq!(format_source(source, "a"), "Ąžuolas – „kabutės“\tend");
}

#[test]
fn variable_placeables_with_and_without_spaces() {
    let resource = parse("a = {$name}, { $name },{   $name   }!");
    let args = [("name", FluentArg::Str("Ona"))];
    assert_eq!(format(&resource, "a", &args), "Ona, Ona,Ona!");
}

#[test]
fn placeable_may_span_lines() {
    let resource = parse("a = x {\n    $name\n  } y");
    assert_eq!(
        format(&resource, "a", &[("name", FluentArg::Str("N"))]),
        "x N y"
    );
}

#[test]
fn number_argument_shows_its_display_text() {
    let resource = parse("a = { $count } signatures");
    let args = [("count", number(10000.0, "10\u{a0}000"))];
    assert_eq!(format(&resource, "a", &args), "10\u{a0}000 signatures");
}

#[test]
fn missing_variable_renders_visibly() {
    let resource = parse("a = Hello, { $name } and { $other }!");
    let args = [("name", FluentArg::Str("Jonas"))];
    assert_eq!(format(&resource, "a", &args), "Hello, Jonas and {$other}!");
}

#[test]
fn string_literals_with_escapes() {
    let source = r#"a = { "say \"hi\"" } { "back\\slash" }{"\u00A0"}{ "\U01F600" }{ "{" }"#;
    assert_eq!(
        format_source(source, "a"),
        "say \"hi\" back\\slash\u{a0}\u{1F600}{"
    );
}

#[test]
fn string_literal_preserves_leading_spaces() {
    let source = "a = {\"  \"}indented";
    assert_eq!(format_source(source, "a"), "  indented");
}

#[test]
fn number_literals_show_as_written() {
    let source = "a = { 42 } { -1.50 } {0}";
    assert_eq!(format_source(source, "a"), "42 -1.50 0");
}

#[test]
fn attributes_with_and_without_value() {
    let source = "\
button = Show all
    .title = Show every signatory
    .aria-label = Show all { $n } signatories
icon =
    .aria-label = Map
";
    let resource = parse(source);
    assert_eq!(
        resource.message_ids(),
        [
            "button",
            "button.title",
            "button.aria-label",
            "icon.aria-label"
        ]
    );
    assert_eq!(format(&resource, "button", &[]), "Show all");
    assert_eq!(
        format(&resource, "button.title", &[]),
        "Show every signatory"
    );
    let args = [("n", number(3.0, "3"))];
    assert_eq!(
        format(&resource, "button.aria-label", &args),
        "Show all 3 signatories"
    );
    assert_eq!(format(&resource, "icon.aria-label", &[]), "Map");
}

#[test]
fn multiline_attribute_values() {
    let source = "a = v\n    .long =\n        one\n        two\n    .short = s";
    let resource = parse(source);
    assert_eq!(format(&resource, "a.long", &[]), "one\ntwo");
    assert_eq!(format(&resource, "a.short", &[]), "s");
}

#[test]
fn has_message_and_unknown_ids() {
    let resource = parse("a = x\n    .attr = y\nonly-attr =\n    .label = z\n-term = t");
    assert!(resource.has_message("a"));
    assert!(resource.has_message("a.attr"));
    assert!(resource.has_message("only-attr.label"));
    // A message with no value cannot be formatted as a whole.
    assert!(!resource.has_message("only-attr"));
    assert_eq!(resource.format("only-attr", &[], &|_| unreachable!()), None);
    for unknown in ["b", "a.missing", "-term", "term", "a.attr.x", ""] {
        assert!(!resource.has_message(unknown), "{unknown}");
        assert_eq!(resource.format(unknown, &[], &|_| unreachable!()), None);
    }
}

#[test]
fn brace_line_continues_pattern_even_without_indent() {
    let resource = parse("a = text\n{ $x }\nb = y");
    let args = [("x", FluentArg::Str("X"))];
    assert_eq!(format(&resource, "a", &args), "text\nX");
    assert_eq!(format(&resource, "b", &[]), "y");
}

#[test]
fn attribute_lines_may_be_unindented() {
    let resource = parse("a = v\n.attr = w");
    assert_eq!(format(&resource, "a.attr", &[]), "w");
}

#[test]
fn no_bidi_isolation_marks() {
    let resource = parse("a = { $x } and { -t } and { b }\nb = B\n-t = T");
    let output = format(&resource, "a", &[("x", FluentArg::Str("X"))]);
    assert_eq!(output, "X and T and B");
    assert!(!output.contains(['\u{2068}', '\u{2069}']));
}
