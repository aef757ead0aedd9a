//! The message compiler `build.rs` runs (`build/compile.rs`, included here
//! as is), on fixture folders laid out like `locales/`:
//! - `fail/<case>/` must fail to compile with exactly the errors in its
//!   `expected.txt` (`FTL_BLESS=1 cargo test --test ftl` rewrites them);
//! - `pass/<case>/` must compile, to the patterns asserted below.
//!
//! `syntax.rs` and `references.rs` compile small sources instead.

#[path = "../../build/compile.rs"]
mod compile;
mod references;
mod syntax;

use std::fs;
use std::path::{Path, PathBuf};

use compile::{compile, read_locales, variant_name, Compiled, Key, Part, Source, Variant};

/// The fixture folders of `kind` (`fail` or `pass`), sorted.
fn cases(kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/ftl")
        .join(kind);
    let mut cases: Vec<PathBuf> = fs::read_dir(root)
        .expect("the fixtures are readable")
        .map(|entry| entry.expect("a fixture").path())
        .collect();
    cases.sort();
    cases
}

/// Compiles a fixture folder.
fn compile_case(case: &Path) -> Result<Compiled, Vec<String>> {
    let sources = read_locales(case, None).expect("the fixture is readable");
    compile(&sources).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The errors of `fail/<name>`, which must not compile.
fn errors_of(name: &str) -> Vec<String> {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/ftl/fail")
        .join(name);
    compile_case(&case).expect_err("the fixture must not compile")
}

/// Sources given as `(language, text)`, one file each, as `locales/` would
/// hold them.
pub fn sources(files: &[(&str, &str)]) -> Vec<Source> {
    files
        .iter()
        .map(|&(lang, text)| Source {
            lang: lang.to_owned(),
            shown: format!("locales/{lang}/test.ftl"),
            text: text.to_owned(),
        })
        .collect()
}

/// Compiles sources given as `(language, text)`; the errors as displayed.
pub fn compile_all(files: &[(&str, &str)]) -> Result<Compiled, Vec<String>> {
    compile(&sources(files)).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The compiled pattern of `id` in English-only `source`, which must compile.
pub fn message(source: &str, id: &str) -> Vec<Part> {
    let compiled = compile_all(&[("en", source)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let index = compiled.ids.iter().position(|i| i == id);
    let index = index.unwrap_or_else(|| panic!("no `{id}` in {:?}", compiled.ids));
    compiled.languages[0].messages[index].clone()
}

/// The errors of English-only `source`, which must not compile.
pub fn errors(source: &str) -> Vec<String> {
    compile_all(&[("en", source)]).expect_err("must not compile")
}

/// Text, for building expected patterns.
pub fn text(text: &str) -> Part {
    Part::Text(text.to_owned())
}

/// A variable, for building expected patterns.
pub fn var(name: &str) -> Part {
    Part::Var(name.to_owned())
}

/// A select on `$var`, the default variant last.
pub fn select(var: &str, variants: &[(Key, Vec<Part>)]) -> Part {
    let variants = variants
        .iter()
        .map(|(key, value)| Variant {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    Part::Select {
        var: var.to_owned(),
        variants,
    }
}

/// A named variant key.
pub fn name(key: &str) -> Key {
    Key::Name(key.to_owned())
}

#[test]
fn every_failing_fixture_reports_exactly_its_expected_errors() {
    let bless = std::env::var_os("FTL_BLESS").is_some();
    let mut mismatches = Vec::new();
    for case in cases("fail") {
        let actual = match compile_case(&case) {
            Ok(_) => vec!["(compiled without errors)".to_owned()],
            Err(errors) => errors,
        };
        let actual = actual.join("\n") + "\n";
        let expected_file = case.join("expected.txt");
        if bless {
            fs::write(&expected_file, &actual).expect("expected.txt is writable");
        }
        let expected = fs::read_to_string(&expected_file).unwrap_or_default();
        if actual != expected {
            mismatches.push(format!("{}:\n{actual}", case.display()));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn a_malformed_file_names_its_file_line_column_and_entry() {
    let errors = errors_of("malformed");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("malformed/lt/widget.ftl:3:"),
        "{errors:?}"
    );
    assert!(errors[0].contains("`greeting`"), "{errors:?}");
}

#[test]
fn a_select_without_a_default_fails_where_the_select_is() {
    let errors = errors_of("no-default");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("no-default/en/widget.ftl:"),
        "{errors:?}"
    );
    assert!(errors[0].contains("`count`") && errors[0].contains("default variant"));
}

#[test]
fn every_language_has_exactly_the_english_ids() {
    let missing = errors_of("missing-in-translation");
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].starts_with("missing-in-translation/en/widget.ftl:2:1: `bye`: missing in"));
    assert!(missing[1].starts_with("missing-in-translation/en/widget.ftl:4:6: `button.title`"));
    let extra = errors_of("only-in-translation");
    assert_eq!(extra.len(), 1, "{extra:?}");
    assert!(extra[0].starts_with("only-in-translation/lt/widget.ftl:3:1: `extra`: not in English"));
}

#[test]
fn translations_use_only_the_english_variables() {
    let errors = errors_of("unknown-variable");
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(errors[0].starts_with(
        "unknown-variable/lt/widget.ftl:1:21: `greeting`: unknown variable `$vardas`"
    ));
    assert!(errors
        .iter()
        .any(|e| e.contains(":6:17: `plain`") && e.ends_with("has none")));
}

#[test]
fn the_fixtures_cover_every_kind_of_failure() {
    let names: Vec<String> = cases("fail")
        .iter()
        .filter_map(|case| case.file_name()?.to_str().map(str::to_owned))
        .collect();
    for wanted in [
        "bad-tag",
        "cycle",
        "duplicates",
        "id-clash",
        "malformed",
        "missing-in-translation",
        "no-default",
        "no-english",
        "only-in-translation",
        "undefined-references",
        "unknown-variable",
        "unsupported",
    ] {
        assert!(names.iter().any(|n| n == wanted), "no fail/{wanted}");
    }
}

#[test]
fn every_passing_fixture_compiles() {
    for case in cases("pass") {
        if let Err(errors) = compile_case(&case) {
            panic!("{}: {errors:#?}", case.display());
        }
    }
}

#[test]
fn a_new_language_is_a_folder() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ftl/pass/three-languages");
    let compiled = compile_case(&case).expect("compiles");
    let tags: Vec<&str> = compiled.languages.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, ["en", "de", "lt"], "English first, then by tag");
    let ids = [
        "farewell",
        "title",
        "count",
        "summary",
        "button",
        "button.title",
        "subtitle",
        "braces",
    ];
    assert_eq!(compiled.ids, ids, "English order, its files in name order");
    let message = |tag: &str, id: &str| {
        let language = compiled
            .languages
            .iter()
            .find(|l| l.tag == tag)
            .expect("language");
        let index = compiled.ids.iter().position(|i| i == id).expect("id");
        language.messages[index].clone()
    };
    assert_eq!(
        message("de", "title"),
        [text("Willkommen bei der Unterzeichnerkarte")]
    );
    assert_eq!(
        message("lt", "button.title"),
        [text("Rodyti visus signatarus")]
    );
    let lt_count = select(
        "count",
        &[
            (Key::Number(0.0), vec![text("Signatarų dar nėra")]),
            (name("one"), vec![var("count"), text(" signataras")]),
            (name("few"), vec![var("count"), text(" signatarai")]),
            (name("other"), vec![var("count"), text(" signatarų")]),
        ],
    );
    assert_eq!(message("lt", "count"), std::slice::from_ref(&lt_count));
    assert_eq!(
        message("lt", "summary"),
        [var("place"), text(": "), lt_count]
    );
    assert_eq!(
        message("en", "subtitle"),
        [text("Every organisation that has signed,\n  by country.")]
    );
    assert_eq!(message("en", "braces"), [text("{\"en\"} 42\u{a0}end")]);
    assert_eq!(message("en", "farewell"), [text("Goodbye")]);
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_are_read_as_plain_text() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ftl/pass/crlf-and-bom");
    let compiled = compile_case(&case).expect("compiles");
    assert_eq!(compiled.ids, ["hello", "bye"]);
    assert_eq!(compiled.languages[0].messages[0], [text("Hello\nworld")]);
}

#[test]
fn ids_become_rust_names() {
    assert_eq!(variant_name("filter-clear"), "FilterClear");
    assert_eq!(variant_name("month-12"), "Month12");
    assert_eq!(variant_name("zoom-in.aria-label"), "ZoomInAriaLabel");
    assert_eq!(variant_name("a1_b-c"), "A1BC");
}
