//! The formatter on compiled patterns, written here as `build.rs` emits
//! them. What the compiler makes of Fluent text is tested in `tests/ftl/`.

use super::{format, Arg, Element, Key, Pattern, PluralCategory, Select, Variant};
use Element::{Text, Var};

/// `{ $n -> [0] … [one] … [few] … [many] … *[other] … }` in Lithuanian.
static LITHUANIAN: Pattern = &[Element::Select(&Select {
    var: "n",
    variants: &[
        Variant {
            key: Key::Number(0.0),
            value: &[Text("nėra signatarų")],
        },
        Variant {
            key: Key::Name("one"),
            value: &[Var("n"), Text(" signataras")],
        },
        Variant {
            key: Key::Name("few"),
            value: &[Var("n"), Text(" signatarai")],
        },
        Variant {
            key: Key::Name("many"),
            value: &[Var("n"), Text(" signataro")],
        },
        Variant {
            key: Key::Name("other"),
            value: &[Var("n"), Text(" signatarų")],
        },
    ],
})];

/// `{ $n -> [one] category [1] exact [0.5] half [-1] minus one *[other] other }`.
static NUMBERS: Pattern = &[Element::Select(&Select {
    var: "n",
    variants: &[
        Variant {
            key: Key::Name("one"),
            value: &[Text("category")],
        },
        Variant {
            key: Key::Number(1.0),
            value: &[Text("exact")],
        },
        Variant {
            key: Key::Number(0.5),
            value: &[Text("half")],
        },
        Variant {
            key: Key::Number(-1.0),
            value: &[Text("minus one")],
        },
        Variant {
            key: Key::Name("other"),
            value: &[Text("other")],
        },
    ],
})];

/// `{ $area -> [energy] Energy [1] number *[all] All: { $n -> [one] one *[other] { $n } } }`.
static NESTED: Pattern = &[Element::Select(&Select {
    var: "area",
    variants: &[
        Variant {
            key: Key::Name("energy"),
            value: &[Text("Energy")],
        },
        Variant {
            key: Key::Number(1.0),
            value: &[Text("number")],
        },
        Variant {
            key: Key::Name("all"),
            value: &[
                Text("All: "),
                Element::Select(&Select {
                    var: "n",
                    variants: &[
                        Variant {
                            key: Key::Name("one"),
                            value: &[Text("one")],
                        },
                        Variant {
                            key: Key::Name("other"),
                            value: &[Var("n")],
                        },
                    ],
                }),
            ],
        },
    ],
})];

/// Formats `pattern` with `args` in English.
fn run(pattern: Pattern, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::new();
    format(&mut out, pattern, args, &english);
    out
}

/// Formats `pattern` with `$n` = `value`, shown as Rust writes it.
fn with_n(pattern: Pattern, value: f64, plural: &dyn Fn(f64) -> PluralCategory) -> String {
    let display = value.to_string();
    let mut out = String::new();
    let args = [(
        "n",
        Arg::Number {
            value,
            display: &display,
        },
    )];
    format(&mut out, pattern, &args, plural);
    out
}

/// CLDR English cardinal rules for the numbers used here: "one" for exactly 1.
fn english(n: f64) -> PluralCategory {
    if n == 1.0 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// CLDR Lithuanian cardinal rules: one for n%10=1 except 11..19, few for
/// n%10 in 2..9 except 11..19, many for fractions, other for the rest.
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
    use PluralCategory::{Few, Many, One, Other, Two, Zero};
    let names = [Zero, One, Two, Few, Many, Other].map(PluralCategory::as_str);
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

#[test]
fn lithuanian_plurals() {
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
        assert_eq!(with_n(LITHUANIAN, value, &lithuanian), expected);
    }
}

#[test]
fn exact_number_key_wins_over_plural_category() {
    assert_eq!(with_n(NUMBERS, 1.0, &english), "exact");
}

#[test]
fn plural_rules_only_run_without_an_exact_match() {
    let no_plural = |_: f64| -> PluralCategory { panic!("plural rules consulted") };
    assert_eq!(with_n(LITHUANIAN, 0.0, &no_plural), "nėra signatarų");
}

#[test]
fn decimal_and_negative_number_keys() {
    assert_eq!(with_n(NUMBERS, 0.5, &english), "half");
    assert_eq!(with_n(NUMBERS, -1.0, &english), "minus one");
    assert_eq!(with_n(NUMBERS, 0.25, &english), "other");
}

#[test]
fn text_selects_the_key_equal_to_it_or_the_default() {
    let select = |area: &str| run(NESTED, &[("area", Arg::Str(area)), ("n", number(3.0))]);
    assert_eq!(select("energy"), "Energy");
    assert_eq!(select("all"), "All: 3");
    assert_eq!(select("unknown"), "All: 3");
    assert_eq!(select("Energy"), "All: 3", "keys match exactly");
    assert_eq!(select("1"), "All: 3", "text never matches a number key");
}

#[test]
fn nested_selects_see_every_argument() {
    let args = [("area", Arg::Str("all")), ("n", number(1.0))];
    assert_eq!(run(NESTED, &args), "All: one");
}

#[test]
fn a_missing_selector_argument_takes_the_default_and_shows_the_gap() {
    assert_eq!(run(NESTED, &[]), "All: {$n}");
}

#[test]
fn a_number_argument_shows_its_display_text() {
    static COUNT: Pattern = &[Var("count"), Text(" signatures")];
    let args = [(
        "count",
        Arg::Number {
            value: 10_000.0,
            display: "10\u{a0}000",
        },
    )];
    assert_eq!(run(COUNT, &args), "10\u{a0}000 signatures");
}

#[test]
fn missing_variables_show_visibly_without_isolation_marks() {
    static HELLO: Pattern = &[
        Text("Hello, "),
        Var("name"),
        Text(" and "),
        Var("other"),
        Text("!"),
    ];
    let output = run(HELLO, &[("name", Arg::Str("Jonas"))]);
    assert_eq!(output, "Hello, Jonas and {$other}!");
    assert!(!output.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn an_empty_select_shows_nothing() {
    static EMPTY: Pattern = &[
        Text("["),
        Element::Select(&Select {
            var: "n",
            variants: &[],
        }),
        Text("]"),
    ];
    assert_eq!(run(EMPTY, &[]), "[]");
}

/// A number argument shown as Rust writes it.
fn number(value: f64) -> Arg<'static> {
    let display = if value == 1.0 { "1" } else { "3" };
    Arg::Number { value, display }
}
