//! Messages, plurals and dates, natively, against the real .ftl files.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/number_formats.rs"]
mod number_formats;
mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use signatory_core::dataset::CalendarDate;
use signatory_core::i18n::{Catalog, LocaleRules, MessageArg, Msg};
use signatory_map::platform::PlatformRules;
use support::localizer;

// That every language parses, has exactly the English message ids and uses
// only their variables, and that every message the code shows exists, is
// no longer tested here: `build.rs` refuses such a catalogue and `Msg` is
// a type (crates/core/tests/ftl/ holds the compiler's own tests).

#[test]
fn every_locale_folder_is_compiled_in_english_first() {
    let folders: BTreeSet<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
            .expect("locales/ exists")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    let catalog = Catalog::bundled();
    let bundled: Vec<&str> = catalog.languages().collect();
    assert_eq!(
        folders,
        bundled.iter().map(|tag| tag.to_string()).collect(),
        "build.rs finds every language folder: a new language needs no Rust change"
    );
    assert_eq!(bundled[0], "en", "English first: it is the fallback");
}

#[test]
fn every_language_names_itself_for_the_toggle() {
    let en = localizer("en");
    let names: Vec<String> = en
        .languages()
        .iter()
        .map(|lang| en.text_in(lang, Msg::LanguageName))
        .collect();
    assert_eq!(names[0], "English");
    assert_eq!(localizer("lt").text(Msg::LanguageName), "Lietuvių");
    let distinct: BTreeSet<&String> = names.iter().collect();
    assert_eq!(
        distinct.len(),
        names.len(),
        "each in its own words: {names:?}"
    );
}

#[test]
fn every_message_has_text_in_every_language() {
    let catalog = Catalog::bundled();
    for lang in catalog.languages() {
        let t = localizer(lang);
        for id in Msg::ALL {
            assert!(
                !t.text(id).trim().is_empty(),
                "{lang}: {} is empty",
                id.id()
            );
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
        assert_eq!(lt.count(Msg::HeaderSignatories, n), expected);
    }
    // Written after the signatories, with its separator; none without a filter.
    assert_eq!(lt.count(Msg::HeaderAreas, 7), " · 7 įsipareigojimų sritys");
    assert_eq!(lt.count(Msg::HeaderAreas, 1), " · 1 įsipareigojimų sritis");
    assert_eq!(lt.count(Msg::HeaderAreas, 0), "");
    let en = localizer("en");
    assert_eq!(en.count(Msg::HeaderSignatories, 1), "1 signatory");
    assert_eq!(en.count(Msg::HeaderSignatories, 15), "15 signatories");
    assert_eq!(
        en.count(Msg::HeaderSignatories, 10_000),
        "10,000 signatories"
    );
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
    let january = CalendarDate { month: 1, ..date };
    let december = CalendarDate { month: 12, ..date };
    assert_eq!(localizer("en").date(january), "8 January 2017");
    assert_eq!(localizer("en").date(december), "8 December 2017");
    assert_eq!(localizer("lt").date(december), "2017 m. gruodžio 8 d.");
}

#[test]
fn requested_languages_are_negotiated() {
    assert_eq!(localizer("lt-LT").lang(), "lt");
    assert_eq!(localizer("LT").lang(), "lt");
    assert_eq!(localizer("fr").lang(), "en");
    assert_eq!(localizer("").lang(), "en");
}

#[test]
fn problems_are_told_with_their_values() {
    let en = localizer("en");
    let text = en.format(
        Msg::ProblemOutOfRange,
        &[
            ("value", MessageArg::Number(123.0)),
            ("min", MessageArg::Number(-90.0)),
            ("max", MessageArg::Number(90.0)),
        ],
    );
    assert_eq!(text, "123 is outside -90..90");
    let lt = localizer("lt").format(
        Msg::ProblemUnknownArea,
        &[("id", MessageArg::Text("climate".into()))],
    );
    assert_eq!(lt, "sritis „climate“ nenurodyta sąraše „areas“");
}

#[test]
fn lithuanian_problem_and_warning_texts_agree_in_number_and_gender() {
    let lt = localizer("lt");
    // The participle must agree with what was found; "rasta:" reads for all.
    let wrong = lt.format(
        Msg::ProblemWrongType,
        &[
            ("expected", MessageArg::Text("string".into())),
            ("found", MessageArg::Text("number".into())),
        ],
    );
    assert_eq!(wrong, "tikėtasi teksto, rasta: skaičius");
    // 21 takes the "one" form of the noun but "klaidų" (several problems).
    for (n, expected) in [
        (1, "1 signataras praleistas dėl klaidų duomenyse:"),
        (21, "21 signataras praleistas dėl klaidų duomenyse:"),
        (2, "2 signatarai praleisti dėl klaidų duomenyse:"),
        (10, "10 signatarų praleista dėl klaidų duomenyse:"),
    ] {
        assert_eq!(lt.count(Msg::WarningDropped, n), expected);
    }
    let more = lt.format(
        Msg::ListShowMore,
        &[
            ("count", MessageArg::Number(50.0)),
            ("remaining", MessageArg::Number(200.0)),
        ],
    );
    assert_eq!(more, "Rodyti dar 50 (liko: 200)", "“dar” once");
}

#[test]
fn lists_are_joined_as_each_language_joins_them() {
    let items = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let en = localizer("en");
    assert_eq!(en.list_and(&[]), "");
    assert_eq!(en.list_and(&items(&["France"])), "France");
    assert_eq!(
        en.list_and(&items(&[
            "France",
            "Belgium",
            "Germany",
            "the United Kingdom"
        ])),
        "France, Belgium, Germany and the United Kingdom"
    );
    assert_eq!(
        localizer("lt").list_and(&items(&["Prancūzija", "Belgija"])),
        "Prancūzija ir Belgija"
    );
}
