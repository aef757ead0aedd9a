//! What the compiler makes of Fluent text: comments, layout, literals,
//! attributes and selects, and how syntax errors are told.

use super::{compile_all, errors, message, name, select, text, var};
use crate::compile::Key;

#[test]
fn a_simple_message_is_its_text() {
    assert_eq!(
        message("hello = Hello, world!", "hello"),
        [text("Hello, world!")]
    );
}

#[test]
fn comments_and_blank_lines_are_not_messages() {
    let source =
        "### Resource\n\n## Group\n#\n# Message comment\nhello = Hi\n   \n\n# Another\nbye = Bye\n";
    let compiled = compile_all(&[("en", source)]).expect("compiles");
    assert_eq!(compiled.ids, ["hello", "bye"]);
    assert_eq!(compiled.languages[0].messages[1], [text("Bye")]);
}

#[test]
fn ids_may_hold_digits_underscores_and_hyphens() {
    let compiled = compile_all(&[("en", "a1_b-c = x\nZ = y")]).expect("compiles");
    assert_eq!(compiled.ids, ["a1_b-c", "Z"]);
}

#[test]
fn spaces_around_equals_are_optional_and_trailing_spaces_trimmed() {
    let source = "a=one   \nb    =    two";
    assert_eq!(message(source, "a"), [text("one")]);
    assert_eq!(message(source, "b"), [text("two")]);
}

#[test]
fn continuation_lines_are_joined_with_line_breaks_and_dedented() {
    assert_eq!(
        message("a = first\n    second\n      third\nb = next", "a"),
        [text("first\nsecond\n  third")]
    );
    assert_eq!(
        message("a =\n    first\n    second\n", "a"),
        [text("first\nsecond")]
    );
    assert_eq!(
        message("a =\n        deeper\n    base\n      middle", "a"),
        [text("    deeper\nbase\n  middle")]
    );
}

#[test]
fn inner_blank_lines_are_kept_and_outer_ones_trimmed() {
    let source = "a =\n\n\n    one\n   \n\n    two\n\n\nb = x";
    assert_eq!(message(source, "a"), [text("one\n\n\ntwo")]);
    assert_eq!(message(source, "b"), [text("x")]);
}

#[test]
fn text_keeps_unicode_and_tabs() {
    let source = "a = Ąžuolas – „kabutės“\tend";
    assert_eq!(message(source, "a"), [text("Ąžuolas – „kabutės“\tend")]);
}

#[test]
fn variables_with_and_without_spaces() {
    let expected = [
        var("name"),
        text(", "),
        var("name"),
        text(","),
        var("name"),
        text("!"),
    ];
    assert_eq!(
        message("a = {$name}, { $name },{   $name   }!", "a"),
        expected
    );
    assert_eq!(
        message("a = x {\n    $name\n  } y", "a"),
        [text("x "), var("name"), text(" y")]
    );
}

#[test]
fn string_and_number_literals_become_text() {
    let source = r#"a = { "say \"hi\"" } { "back\\slash" }{"\u00A0"}{ "\U01F600" }{ "{" }"#;
    assert_eq!(
        message(source, "a"),
        [text("say \"hi\" back\\slash\u{a0}\u{1F600}{")]
    );
    assert_eq!(message("a = {\"  \"}indented", "a"), [text("  indented")]);
    assert_eq!(
        message("a = { 42 } { -1.50 } {0}", "a"),
        [text("42 -1.50 0")]
    );
}

#[test]
fn attributes_are_ids_of_their_own() {
    let source = "\
button = Show all
    .title = Show every signatory
    .aria-label = Show all { $n } signatories
icon =
    .aria-label = Map
long = v
    .text =
        one
        two
unindented = v
.attr = w
";
    let compiled = compile_all(&[("en", source)]).expect("compiles");
    let ids = [
        "button",
        "button.title",
        "button.aria-label",
        "icon.aria-label",
        "long",
        "long.text",
        "unindented",
        "unindented.attr",
    ];
    assert_eq!(compiled.ids, ids);
    let messages = &compiled.languages[0].messages;
    assert_eq!(
        messages[2],
        [text("Show all "), var("n"), text(" signatories")]
    );
    assert_eq!(messages[3], [text("Map")]);
    assert_eq!(messages[5], [text("one\ntwo")]);
    assert_eq!(messages[7], [text("w")]);
}

#[test]
fn a_line_starting_with_a_brace_continues_the_pattern() {
    let source = "a = text\n{ $x }\nb = y";
    assert_eq!(message(source, "a"), [text("text\n"), var("x")]);
    assert_eq!(message(source, "b"), [text("y")]);
}

#[test]
fn selects_keep_their_keys_with_the_default_last() {
    let source = "a = { $n ->\n   *[other] { $n } items\n    [one] one item\n    [0] none\n}";
    let expected = select(
        "n",
        &[
            (name("one"), vec![text("one item")]),
            (Key::Number(0.0), vec![text("none")]),
            (name("other"), vec![var("n"), text(" items")]),
        ],
    );
    assert_eq!(message(source, "a"), [expected]);
}

#[test]
fn select_layout_is_free() {
    let source = "\
a = Found {$n ->
[one] one result
*[other]   { $n }
        results
            here
  } today.
b = next
";
    let expected = select(
        "n",
        &[
            (name("one"), vec![text("one result")]),
            (name("other"), vec![var("n"), text("\nresults\n    here")]),
        ],
    );
    assert_eq!(
        message(source, "a"),
        [text("Found "), expected, text(" today.")]
    );
    let source =
        "a = { $n ->\n    [one]\n        single\n   *[other]\n        many\n            lines\n}";
    let expected = select(
        "n",
        &[
            (name("one"), vec![text("single")]),
            (name("other"), vec![text("many\n    lines")]),
        ],
    );
    assert_eq!(message(source, "a"), [expected]);
}

#[test]
fn number_keys_keep_their_value() {
    let source = "a = { $n ->\n    [0.5] half\n    [-1] minus one\n   *[1.0] one\n}";
    let expected = select(
        "n",
        &[
            (Key::Number(0.5), vec![text("half")]),
            (Key::Number(-1.0), vec![text("minus one")]),
            (Key::Number(1.0), vec![text("one")]),
        ],
    );
    assert_eq!(message(source, "a"), [expected]);
}

#[test]
fn syntax_errors_name_the_line_column_and_entry() {
    let unclosed = errors("a = ok\nb = { $x\nc = fine");
    assert_eq!(
        unclosed,
        ["locales/en/test.ftl:2:1: `b`: Expected a token starting with \"}\" (noticed at line 3, column 1)"]
    );
    let bad_id = errors("ok = x\nmy.id = x");
    assert!(
        bad_id[0].starts_with("locales/en/test.ftl:2:3: "),
        "{bad_id:?}"
    );
    let stray = errors("a = x\njust some text");
    assert!(stray[0].starts_with("locales/en/test.ftl:2:"), "{stray:?}");
}

#[test]
fn every_syntax_error_is_reported_at_once() {
    let all = errors("a = { $x\nb = fine\nc = }\nd = { \"open }\n");
    assert_eq!(all.len(), 3, "{all:?}");
    let lines: Vec<&str> = all
        .iter()
        .map(|e| e.split(':').nth(1).unwrap_or_default())
        .collect();
    assert_eq!(lines, ["1", "3", "4"], "{all:?}");
    assert!(
        all[1].ends_with(":3:5: `c`: Unbalanced closing brace"),
        "{all:?}"
    );
}

#[test]
fn selects_reject_duplicate_keys_and_non_variable_selectors() {
    let twice = errors("a = { $n ->\n    [one] x\n    [one] y\n   *[other] z\n}");
    assert_eq!(
        twice,
        ["locales/en/test.ftl:3:6: `a`: the key `[one]` is used twice in this select"]
    );
    let literal = errors("a = { 1 ->\n   *[other] z\n}");
    assert_eq!(
        literal,
        ["locales/en/test.ftl:1:7: `a`: only a variable can be a selector: `{ $name -> … }`"]
    );
}
