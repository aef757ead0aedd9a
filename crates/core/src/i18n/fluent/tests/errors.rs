//! Parse errors: messages, line numbers and recovery after a bad entry.

use super::{error_lines, parse_errors};
use crate::i18n::fluent::{ParseError, Resource};

/// Asserts that `source` fails with exactly one error, on `line`, whose message contains
/// `fragment`.
fn assert_single_error(source: &str, line: usize, fragment: &str) {
    let errors = parse_errors(source);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, line, "{errors:?}");
    assert!(
        errors[0].message.contains(fragment),
        "`{}` does not mention `{fragment}`",
        errors[0].message
    );
}

#[test]
fn unclosed_brace_is_reported_where_it_opens() {
    assert_single_error("a = ok\nb = { $x\nc = fine", 2, "unclosed `{`");
    assert_single_error("a = { $x ", 1, "unclosed `{`");
    assert_single_error("a = {", 1, "unclosed `{`");
    assert_single_error("a = { $x y }", 1, "unclosed `{`");
}

#[test]
fn unclosed_select_is_reported_where_it_opens() {
    let source = "a = { $n ->\n    [one] x\n   *[other] y\nb = z";
    assert_single_error(source, 1, "unclosed `{`");
}

#[test]
fn missing_and_duplicate_default_variants() {
    let missing = "x = ok\na = { $n ->\n    [one] x\n    [other] y\n}\n";
    assert_single_error(missing, 2, "no default variant");
    let twice = "a = { $n ->\n   *[one] x\n   *[other] y\n}\n";
    assert_single_error(twice, 3, "more than one default");
}

#[test]
fn invalid_ids() {
    assert_single_error("1abc = x", 1, "invalid id `1abc`");
    assert_single_error("ok = x\nmy.id = x", 2, "invalid id `my.id`");
    assert_single_error("my id = x", 1, "invalid id `my id`");
    assert_single_error("-1 = x", 1, "invalid id `-1`");
    assert_single_error("ąžuolas = x", 1, "invalid id `ąžuolas`");
    assert_single_error(" = x", 1, "indented line");
    assert_single_error("= x", 1, "missing id");
}

#[test]
fn lines_that_are_not_entries() {
    assert_single_error("a = x\njust some text", 2, "expected `id = value`");
    assert_single_error("# c\n    indented", 2, "indented line outside a message");
    assert_single_error("a = x\n    [one] y", 2, "indented line outside a message");
    assert_single_error("a = x\n}", 2, "expected `id = value`");
    assert_single_error("a = x\n#no space", 2, "comment");
    assert_single_error("#### too deep", 1, "comment");
    assert_single_error("a = x\n\tb = tab", 2, "not tabs");
}

#[test]
fn duplicate_ids() {
    assert_single_error(
        "a = 1\nb = 2\n\na = 3",
        4,
        "duplicate id `a` (first defined on line 1)",
    );
    assert_single_error("-t = 1\n-t = 2", 2, "duplicate id `-t`");
    assert_single_error(
        "a = x\n    .b = 1\n    .b = 2",
        3,
        "duplicate attribute `a.b`",
    );
}

#[test]
fn entries_without_values() {
    assert_single_error("a =\nb = x", 1, "message `a` has no value or attributes");
    assert_single_error("-t =\n    .attr = x", 1, "term `-t` has no value");
    assert_single_error("a = x\n    .attr =", 2, "attribute `.attr` has no value");
    assert_single_error(
        "a = { $n ->\n    [one]\n   *[other] y\n}",
        2,
        "variant has no value",
    );
}

#[test]
fn malformed_placeables_and_literals() {
    assert_single_error("a = }", 1, "unmatched `}`");
    assert_single_error("a = {}", 1, "expected `$variable`");
    assert_single_error("a = { $ }", 1, "variable name");
    assert_single_error("a = { \"open }", 1, "unclosed string");
    assert_single_error(r#"a = { "\n" }"#, 1, "unknown escape");
    assert_single_error(r#"a = { "\u12" }"#, 1, "invalid unicode escape");
    assert_single_error(r#"a = { "\UFFFFFF" }"#, 1, "invalid unicode escape");
    assert_single_error("a = { b. }", 1, "attribute name");
    assert_single_error("a = x\n    .= y", 2, "attribute name");
    assert_single_error("a = x\n    .b y", 2, "expected `=`");
}

#[test]
fn malformed_select_expressions() {
    assert_single_error("a = { $n -> *[other] x }", 1, "line after `->`");
    assert_single_error("a = { $n ->\n   *[other] x }\n", 2, "unmatched `}`");
    assert_single_error("a = { $n ->\n   *[other x\n}", 2, "expected `]`");
    assert_single_error("a = { $n ->\n   *[$x] x\n}", 2, "variant key");
    assert_single_error("a = { $n ->\n   * [x] x\n}", 2, "expected `[`");
    let long_key = "a = { $n ->\n   [1234567890123456] x\n  *[other] y\n}";
    assert_single_error(long_key, 2, "15 digits");
}

#[test]
fn deep_select_nesting_is_an_error_not_a_stack_overflow() {
    let nested = |levels: usize| {
        let open = "{ $n ->\n *[x] ".repeat(levels);
        format!("a = {open}deep{}", "\n}".repeat(levels))
    };
    assert!(Resource::parse(&nested(16)).is_ok());
    assert_single_error(&nested(17), 17, "nested too deeply");
    assert_single_error(&nested(100_000), 17, "nested too deeply");
}

#[test]
fn unsupported_syntax_is_reported() {
    assert_single_error("a = { NUMBER($n) }", 1, "functions");
    assert_single_error("a = { -t(case: \"x\") }", 1, "term arguments");
    assert_single_error("a = { -t.attr }", 1, "term attributes");
    assert_single_error("a = { { $x } }", 1, "expected `$variable`");
    assert_single_error("a = { \"x\" ->\n   *[x] y\n}", 1, "only a variable");
    assert_single_error("a = { -t.gender ->\n   *[x] y\n}", 1, "term attributes");
}

#[test]
fn all_errors_are_reported_with_their_lines() {
    let source = "\
# A resource with several mistakes.
good-one = Fine
bad id = nope
good-two = { $n ->
    [one] one
   *[other] many
}
broken = { $n ->
    [one] one
    [other] many
}
unclosed = { $name
after-unclosed = Still parsed
    stray continuation is part of after-unclosed
good-one = duplicate
9lives = x
-term =
tail = { NUMBER($n) } and more
    .label = skipped with its entry
last = ok
    }
";
    let errors = parse_errors(source);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 8, 12, 15, 16, 17, 18, 21], "{errors:?}");
}

#[test]
fn recovery_skips_the_rest_of_a_broken_entry_only() {
    // The bad variant is on line 2; lines 3-5 belong to the same entry and are skipped; the
    // bad entry on line 6 is still found.
    let source = "a = { $n ->\n   *[x x\n    [y] z\n}\n    continued\nb c\nd = ok";
    assert_eq!(error_lines(source), [2, 6]);
}

#[test]
fn parse_error_display_includes_the_line() {
    let error = ParseError {
        line: 7,
        message: "unclosed `{`: expected `}`".to_owned(),
    };
    assert_eq!(error.to_string(), "line 7: unclosed `{`: expected `}`");
}
