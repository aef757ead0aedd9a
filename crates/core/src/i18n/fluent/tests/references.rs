//! Message and term references, missing references and cycles.

use super::{format, number, parse};
use crate::i18n::fluent::FluentArg;

#[test]
fn message_and_attribute_references() {
    let source = "\
brand = Signatory Map
    .short = Map
title = Welcome to { brand } ({brand.short})
";
    assert_eq!(
        format(&parse(source), "title", &[]),
        "Welcome to Signatory Map (Map)"
    );
}

#[test]
fn referenced_messages_see_the_callers_variables() {
    let resource = parse("count = { $n } signatures\nsummary = Total: { count }");
    let args = [("n", number(7.0, "7"))];
    assert_eq!(format(&resource, "summary", &args), "Total: 7 signatures");
}

#[test]
fn terms_are_referenced_but_not_exported() {
    let source = "\
-agreement = Climate Pledge
    .gender = feminine
title = Signatories of the { -agreement }
";
    let resource = parse(source);
    assert_eq!(resource.message_ids(), ["title"]);
    assert!(!resource.has_message("-agreement"));
    assert_eq!(
        format(&resource, "title", &[]),
        "Signatories of the Climate Pledge"
    );
}

#[test]
fn terms_and_messages_with_the_same_name_do_not_collide() {
    let resource = parse("-name = term\nname = message\nboth = { -name } { name }");
    assert_eq!(format(&resource, "both", &[]), "term message");
}

#[test]
fn terms_do_not_see_message_variables() {
    let resource = parse("-t = term { $x }\na = { $x } / { -t }");
    let args = [("x", FluentArg::Str("X"))];
    assert_eq!(format(&resource, "a", &args), "X / term {$x}");
}

#[test]
fn terms_may_reference_terms_and_messages() {
    let resource = parse("-inner = I\nm = M\n-outer = { -inner }{ m }\na = { -outer }");
    assert_eq!(format(&resource, "a", &[]), "IM");
}

#[test]
fn unknown_references_render_visibly() {
    let resource = parse("a = { missing } { b.nope } { -gone } { b }\nb =\n    .attr = x");
    // `b` has no value, so `{ b }` is a gap too.
    assert_eq!(
        format(&resource, "a", &[]),
        "{missing} {b.nope} {-gone} {b}"
    );
}

#[test]
fn two_message_cycle_is_cut() {
    let resource = parse("a = A{ b }\nb = B{ a }");
    assert_eq!(format(&resource, "a", &[]), "AB{a}");
    assert_eq!(format(&resource, "b", &[]), "BA{b}");
}

#[test]
fn self_reference_and_attribute_cycles_are_cut() {
    let resource = parse("a = { a }!\nb = x\n    .one = { b.two }\n    .two = { b.one }");
    assert_eq!(format(&resource, "a", &[]), "{a}!");
    assert_eq!(format(&resource, "b.one", &[]), "{b.one}");
}

#[test]
fn term_cycle_is_cut() {
    let resource = parse("-a = { -b }\n-b = { -a }\nm = { -a }");
    assert_eq!(format(&resource, "m", &[]), "{-a}");
}

#[test]
fn cycle_inside_select_variant_is_cut() {
    let source = "a = { $n ->\n   *[other] { b }\n}\nb = { a }";
    let resource = parse(source);
    assert_eq!(format(&resource, "a", &[]), "{a}");
}

#[test]
fn long_reference_chain_is_cut_at_depth_limit() {
    let mut source = String::new();
    for i in 0..40 {
        source.push_str(&format!("m{i} = {i} {{ m{} }}\n", i + 1));
    }
    source.push_str("m40 = end\n");
    let resource = parse(&source);
    let output = format(&resource, "m0", &[]);
    let expected: String = (0..16).map(|i| format!("{i} ")).collect::<String>() + "{m16}";
    assert_eq!(output, expected);
    // A short chain is followed to the end.
    assert_eq!(format(&resource, "m35", &[]), "35 36 37 38 39 end");
}

#[test]
fn many_repeated_references_are_not_cycles() {
    let resource = parse("x = X\na = { x }{ x }{ x }");
    assert_eq!(format(&resource, "a", &[]), "XXX");
}
