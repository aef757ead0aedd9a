//! Message and term references: inlined at build time, so they must exist,
//! must not loop, and count for the variables a translation may use.

use super::{compile_all, errors, message, name, select, text, var};

#[test]
fn message_and_attribute_references_are_inlined() {
    let source =
        "brand = Signatory Map\n    .short = Map\ntitle = Welcome to { brand } ({brand.short})";
    assert_eq!(
        message(source, "title"),
        [text("Welcome to Signatory Map (Map)")]
    );
}

#[test]
fn referenced_messages_see_the_callers_variables() {
    let source = "count = { $n } signatures\nsummary = Total: { count }";
    assert_eq!(
        message(source, "summary"),
        [text("Total: "), var("n"), text(" signatures")]
    );
}

#[test]
fn terms_are_inlined_but_are_not_ids() {
    let source = "-agreement = Climate Pledge\n    .gender = feminine\ntitle = Signatories of the { -agreement }";
    let compiled = compile_all(&[("en", source)]).expect("compiles");
    assert_eq!(compiled.ids, ["title"]);
    let expected = [text("Signatories of the Climate Pledge")];
    assert_eq!(compiled.languages[0].messages[0], expected);
}

#[test]
fn terms_and_messages_of_one_name_do_not_collide() {
    let source = "-name = term\nname = message\nboth = { -name } { name }";
    assert_eq!(message(source, "both"), [text("term message")]);
}

#[test]
fn terms_may_reference_terms_and_messages() {
    let source = "-inner = I\nm = M\n-outer = { -inner }{ m }\na = { -outer }";
    assert_eq!(message(source, "a"), [text("IM")]);
}

#[test]
fn references_inside_nested_selects_are_inlined() {
    let source = "\
-brand = Pledge
a = { $area ->
    [energy] { $n ->
        [one] one { -brand } signatory
       *[other] { $n } { -brand } signatories
    }
   *[all] { total }
}
total = All: { $n }
";
    let energy = select(
        "n",
        &[
            (name("one"), vec![text("one Pledge signatory")]),
            (name("other"), vec![var("n"), text(" Pledge signatories")]),
        ],
    );
    let expected = select(
        "area",
        &[
            (name("energy"), vec![energy]),
            (name("all"), vec![text("All: "), var("n")]),
        ],
    );
    assert_eq!(message(source, "a"), [expected]);
}

#[test]
fn repeated_references_and_long_chains_are_not_cycles() {
    assert_eq!(message("x = X\na = { x }{ x }{ x }", "a"), [text("XXX")]);
    let mut source = String::new();
    for i in 0..40 {
        source.push_str(&format!("m{i} = {i} {{ m{} }}\n", i + 1));
    }
    source.push_str("m40 = end\n");
    let expected: String = (0..40).map(|i| format!("{i} ")).collect::<String>() + "end";
    assert_eq!(message(&source, "m0"), [text(&expected)]);
}

#[test]
fn undefined_references_are_errors_naming_the_entry() {
    let all = errors("a = { missing } { b.nope } { -gone } { b }\nb =\n    .attr = x");
    assert_eq!(
        all,
        [
            "locales/en/test.ftl:1:7: `a`: unknown message `missing`",
            "locales/en/test.ftl:1:19: `a`: unknown attribute `b.nope`",
            "locales/en/test.ftl:1:30: `a`: unknown term `-gone`",
            "locales/en/test.ftl:1:40: `a`: the message `b` has no value, only attributes",
        ]
    );
}

#[test]
fn cycles_are_errors() {
    let two = errors("a = A{ b }\nb = B{ a }");
    assert_eq!(
        two,
        [
            "locales/en/test.ftl:2:8: `b`: a reference cycle: a → b → a",
            "locales/en/test.ftl:1:8: `a`: a reference cycle: b → a → b",
        ]
    );
    let attribute = errors("b = x\n    .one = { b.two }\n    .two = { b.one }");
    assert_eq!(attribute.len(), 2, "{attribute:?}");
    assert!(
        attribute[0].contains("b.one → b.two → b.one"),
        "{attribute:?}"
    );
    let term = errors("-a = { -b }\n-b = { -a }\nm = { -a }");
    assert_eq!(
        term,
        ["locales/en/test.ftl:2:8: `-b`: a reference cycle: m → -a → -b → -a"]
    );
    let in_variant = errors("a = { $n ->\n   *[other] { b }\n}\nb = { a }");
    assert_eq!(in_variant.len(), 2, "{in_variant:?}");
}

#[test]
fn a_term_sees_no_variables() {
    let all = errors("-t = term { $x }\na = { $x } / { -t }\nb = { -t }");
    assert_eq!(
        all,
        ["locales/en/test.ftl:1:13: `-t`: `$x` in a term: terms take no arguments, so they see no variables"],
        "reported once, however many messages use the term"
    );
}

#[test]
fn variables_reached_through_references_count_for_translations() {
    let en = "a = A { $n }\nb = B";
    let lt = "a = { b }\nb = B { $x }";
    let all = compile_all(&[("en", en), ("lt", lt)]).expect_err("must not compile");
    assert_eq!(
        all,
        [
            "locales/lt/test.ftl:2:9: `a`: unknown variable `$x`: the English message has `$n`",
            "locales/lt/test.ftl:2:9: `b`: unknown variable `$x`: the English message has none",
        ]
    );
}
