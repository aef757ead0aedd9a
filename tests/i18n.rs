//! Messages, plurals and dates, natively, against the real .ftl files.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/number_formats.rs"]
mod number_formats;
mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use signatory_core::dataset::CalendarDate;
use signatory_core::i18n::fluent::Resource;
use signatory_core::i18n::{Catalog, LocaleRules, MessageArg, BUNDLED_LOCALES};
use signatory_map::platform::PlatformRules;
use support::localizer;

fn ids(tag: &str) -> BTreeSet<String> {
    let catalog = Catalog::bundled();
    let resource = catalog
        .resource(tag)
        .unwrap_or_else(|| panic!("{tag} is bundled"));
    resource
        .message_ids()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// Message ids written as string literals in the view and glue code:
/// every literal shaped like `<component>-<name>`, the catalogue's naming
/// convention (CSS classes are `smw-…` and do not match).
fn ids_used_in_source() -> BTreeSet<String> {
    const PREFIXES: [&str; 14] = [
        "header-",
        "filter-",
        "map-",
        "marker-",
        "group-",
        "detail-",
        "list-",
        "legend-",
        "language-",
        "widget-",
        "status-",
        "error-",
        "date-",
        "kind-",
    ];
    let mut found = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root.join("components"), root.join("platform")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Ok(code) = fs::read_to_string(&path) else {
                continue;
            };
            for literal in code.split('"').skip(1).step_by(2) {
                let shaped = literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if shaped
                    && PREFIXES
                        .iter()
                        .any(|p| literal.starts_with(p) && literal.len() > p.len())
                {
                    found.insert(literal.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn every_bundled_locale_folder_is_compiled_in_and_parses() {
    let folders: BTreeSet<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
            .expect("locales/ exists")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    let bundled: BTreeSet<String> = BUNDLED_LOCALES
        .iter()
        .map(|(tag, _)| tag.to_string())
        .collect();
    assert_eq!(
        folders, bundled,
        "build.rs finds every language folder: a new language needs no Rust change"
    );
    assert_eq!(
        BUNDLED_LOCALES[0].0, "en",
        "English first: it is the fallback"
    );
    for (tag, source) in BUNDLED_LOCALES {
        if let Err(errors) = Resource::parse(source) {
            panic!("locales/{tag} does not parse: {errors:?}");
        }
    }
}

#[test]
fn all_languages_have_the_same_message_ids() {
    let english = ids("en");
    for (tag, _) in BUNDLED_LOCALES {
        let other = ids(tag);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{tag}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_message_the_code_shows_exists_in_every_language() {
    let used = ids_used_in_source();
    assert!(
        used.len() > 30,
        "the scan finds the view's messages: {used:?}"
    );
    let dynamic = [
        "kind-company",
        "kind-association",
        "kind-institution",
        "problem-wrong-type",
        "problem-missing",
        "problem-out-of-range",
        "problem-unsupported-version",
        "problem-duplicate-id",
        "problem-invalid-id",
        "problem-unknown-area",
        "problem-unknown-kind",
        "problem-invalid-country",
        "problem-invalid-date",
        "problem-empty-text",
    ]
    .map(str::to_owned);
    let months = (1..=12).map(|m| format!("month-{m}"));
    for (tag, _) in BUNDLED_LOCALES {
        let available = ids(tag);
        for id in used
            .iter()
            .cloned()
            .chain(dynamic.iter().cloned())
            .chain(months.clone())
        {
            assert!(available.contains(&id), "{tag} lacks {id}");
        }
    }
}

#[test]
fn lithuanian_plurals_follow_cldr() {
    let lt = localizer("lt");
    let cases = [
        (1, "1 signataras"),
        (2, "2 signatarai"),
        (9, "9 signatarai"),
        (10, "10 signatarų"),
        (11, "11 signatarų"),
        (15, "15 signatarų"),
        (21, "21 signataras"),
        (22, "22 signatarai"),
        (111, "111 signatarų"),
    ];
    for (n, expected) in cases {
        assert_eq!(lt.count("header-signatories", n), expected);
    }
    assert_eq!(lt.count("header-areas", 7), "7 įsipareigojimų sritys");
    assert_eq!(lt.count("header-areas", 1), "1 įsipareigojimų sritis");
    let en = localizer("en");
    assert_eq!(en.count("header-signatories", 1), "1 signatory");
    assert_eq!(en.count("header-signatories", 15), "15 signatories");
    assert_eq!(en.count("header-signatories", 10_000), "10,000 signatories");
}

#[test]
fn numbers_are_written_as_intl_writes_them_in_any_language() {
    for &(lang, n, expected) in number_formats::NUMBER_FORMATS {
        assert_eq!(PlatformRules.format_number(lang, n), expected, "{lang} {n}");
    }
}

#[test]
fn dates_read_naturally_in_each_language() {
    let date = CalendarDate {
        year: 2017,
        month: 11,
        day: 8,
    };
    assert_eq!(localizer("en").date(date), "8 November 2017");
    assert_eq!(localizer("lt").date(date), "2017 m. lapkričio 8 d.");
}

#[test]
fn requested_languages_are_negotiated() {
    assert_eq!(localizer("lt-LT").lang(), "lt");
    assert_eq!(localizer("LT").lang(), "lt");
    assert_eq!(localizer("fr").lang(), "en");
    assert_eq!(localizer("").lang(), "en");
}

#[test]
fn a_message_missing_in_one_language_falls_back_to_english() {
    let (catalog, errors) =
        Catalog::from_sources(&[("en", "only-en = Hello\n"), ("xx", "other = Kitas\n")]);
    assert!(errors.is_empty());
    let t = signatory_core::i18n::Localizer::new(
        std::rc::Rc::new(catalog),
        std::rc::Rc::new(signatory_map::platform::PlatformRules),
        "xx",
    );
    assert_eq!(t.text("only-en"), "Hello");
    assert_eq!(
        t.text("nowhere"),
        "nowhere",
        "an unknown id is visible, not blank"
    );
}

#[test]
fn problems_are_told_with_their_values() {
    let en = localizer("en");
    let text = en.format(
        "problem-out-of-range",
        &[
            ("value", MessageArg::Number(123.0)),
            ("min", MessageArg::Number(-90.0)),
            ("max", MessageArg::Number(90.0)),
        ],
    );
    assert_eq!(text, "123 is outside -90..90");
    let lt = localizer("lt").format(
        "problem-unknown-area",
        &[("id", MessageArg::Text("climate".into()))],
    );
    assert_eq!(lt, "sritis „climate“ nenurodyta sąraše „areas“");
}
