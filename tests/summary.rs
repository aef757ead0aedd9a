//! The map's written summary in words, natively, against the real .ftl
//! files and CLDR plural rules: English and Lithuanian, 1, 2, 10 and 21 of
//! each kind and of countries, a lone member named, a filter, no result,
//! and names the data lacks in the reader's language marked with theirs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use signatory_core::basemap::GeoPoint;
use signatory_core::dataset::{Agreement, CalendarDate, Dataset, Kind, LocalizedText, Signatory};
use signatory_core::i18n::Localizer;
use signatory_core::summary::{facts, sentence, Span};
use support::{builtin, loaded, localizer};

const VARIED: &str = include_str!("fixtures/varied.json");

fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    LocalizedText::new(
        pairs
            .iter()
            .map(|&(lang, text)| (lang.into(), text.into()))
            .collect(),
    )
}

/// `count` signatories of `kind` spread over `countries` countries.
fn of_kind(kind: Kind, count: usize, countries: usize) -> Dataset {
    const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF";
    let codes: Vec<&str> = CODES.split(' ').take(countries).collect();
    Dataset {
        agreement: Agreement {
            title: text(&[("en", "T")]),
            date: CalendarDate {
                year: 2020,
                month: 1,
                day: 1,
            },
            place: None,
            source: None,
        },
        areas: Vec::new(),
        areas_label: None,
        areas_complete: true,
        updated: None,
        signatories: (0..count)
            .map(|i| Signatory {
                id: format!("s{i}"),
                name: text(&[("en", "Acme"), ("lt", "„Acme“")]),
                kind,
                city: text(&[("en", "Vilnius")]),
                country: codes[i % codes.len()].into(),
                location: GeoPoint { lon: 0.0, lat: 0.0 },
                areas: Vec::new(),
                url: None,
            })
            .collect(),
        warnings: Vec::new(),
    }
}

fn spans(t: &Localizer, dataset: &Dataset, visible: &[usize], chosen: &[usize]) -> Vec<Span> {
    sentence(&facts(dataset, visible, chosen), dataset, t)
}

fn say(t: &Localizer, dataset: &Dataset, visible: &[usize], chosen: &[usize]) -> String {
    spans(t, dataset, visible, chosen)
        .into_iter()
        .map(|span| span.text)
        .collect()
}

fn say_all(lang: &str, dataset: &Dataset) -> String {
    let visible: Vec<usize> = (0..dataset.signatories.len()).collect();
    say(&localizer(lang), dataset, &visible, &[])
}

#[test]
fn the_builtin_dataset_in_one_sentence() {
    let data = builtin();
    assert_eq!(
        say_all("en", &data.dataset),
        "15 signatories: Council of Europe (Strasbourg), 8 companies in 5 countries \
         and 6 associations in 3 countries."
    );
    assert_eq!(
        say_all("lt", &data.dataset),
        "15 signatarų: Europos Taryba (Strasbūras), 8 bendrovės iš 5 šalių \
         ir 6 asociacijos iš 3 šalių."
    );
}

#[test]
fn english_counts_each_kind_and_its_countries() {
    let cases = [
        (
            Kind::Company,
            2,
            1,
            "2 signatories: 2 companies in 1 country.",
        ),
        (
            Kind::Company,
            10,
            2,
            "10 signatories: 10 companies in 2 countries.",
        ),
        (
            Kind::Company,
            21,
            10,
            "21 signatories: 21 companies in 10 countries.",
        ),
        (
            Kind::Association,
            2,
            2,
            "2 signatories: 2 associations in 2 countries.",
        ),
        (
            Kind::Association,
            21,
            21,
            "21 signatories: 21 associations in 21 countries.",
        ),
        (
            Kind::Institution,
            10,
            1,
            "10 signatories: 10 institutions in 1 country.",
        ),
        (
            Kind::Institution,
            21,
            2,
            "21 signatories: 21 institutions in 2 countries.",
        ),
    ];
    for (kind, count, countries, expected) in cases {
        assert_eq!(say_all("en", &of_kind(kind, count, countries)), expected);
    }
}

#[test]
fn lithuanian_counts_follow_cldr_for_kinds_and_countries() {
    let cases = [
        (
            Kind::Company,
            2,
            1,
            "2 signatarai: 2 bendrovės iš 1 šalies.",
        ),
        (
            Kind::Company,
            10,
            2,
            "10 signatarų: 10 bendrovių iš 2 šalių.",
        ),
        (
            Kind::Company,
            21,
            10,
            "21 signataras: 21 bendrovė iš 10 šalių.",
        ),
        (
            Kind::Company,
            21,
            21,
            "21 signataras: 21 bendrovė iš 21 šalies.",
        ),
        (
            Kind::Association,
            2,
            2,
            "2 signatarai: 2 asociacijos iš 2 šalių.",
        ),
        (
            Kind::Association,
            10,
            10,
            "10 signatarų: 10 asociacijų iš 10 šalių.",
        ),
        (
            Kind::Association,
            21,
            21,
            "21 signataras: 21 asociacija iš 21 šalies.",
        ),
        (
            Kind::Institution,
            2,
            2,
            "2 signatarai: 2 institucijos iš 2 šalių.",
        ),
        (
            Kind::Institution,
            10,
            1,
            "10 signatarų: 10 institucijų iš 1 šalies.",
        ),
        (
            Kind::Institution,
            21,
            2,
            "21 signataras: 21 institucija iš 2 šalių.",
        ),
    ];
    for (kind, count, countries, expected) in cases {
        assert_eq!(say_all("lt", &of_kind(kind, count, countries)), expected);
    }
}

#[test]
fn a_lone_member_of_a_kind_is_named_with_its_city() {
    for kind in Kind::ALL {
        let data = of_kind(kind, 1, 1);
        assert_eq!(say_all("en", &data), "1 signatory: Acme (Vilnius).");
        assert_eq!(say_all("lt", &data), "1 signataras: „Acme“ (Vilnius).");
    }
}

#[test]
fn a_filter_says_how_many_of_all_pledged_on_what() {
    let data = loaded(VARIED);
    let dataset = &data.dataset;
    let area = |id| dataset.area_index(id).expect("declared");
    let (privacy, children, culture, expression) = (
        area("privacy"),
        area("children"),
        area("culture"),
        area("expression"),
    );
    let shown = |chosen: &[usize]| -> Vec<usize> {
        (0..dataset.signatories.len())
            .filter(|&i| chosen.iter().all(|&a| dataset.signatories[i].has_area(a)))
            .collect()
    };
    let (en, lt) = (localizer("en"), localizer("lt"));
    let chosen = [privacy];
    assert_eq!(
        say(&en, dataset, &shown(&chosen), &chosen),
        "4 of 6 signatories pledged on “Privacy”: Vilnius University (Vilnius), \
         2 companies in 2 countries and Irish Online Safety Alliance (Dublin)."
    );
    assert_eq!(
        say(&lt, dataset, &shown(&chosen), &chosen),
        "4 iš 6 signatarų įsipareigojo srityje „Privatumas“: Vilniaus universitetas (Vilnius), \
         2 bendrovės iš 2 šalių ir Airijos saugaus interneto aljansas (Dublinas)."
    );
    let chosen = [privacy, children];
    assert_eq!(
        say(&en, dataset, &shown(&chosen), &chosen),
        "2 of 6 signatories pledged on both “Privacy” and “Child safety”: \
         Vilnius University (Vilnius) and Irish Online Safety Alliance (Dublin)."
    );
    assert_eq!(
        say(&lt, dataset, &shown(&chosen), &chosen),
        "2 iš 6 signatarų įsipareigojo abiejose srityse „Privatumas“ ir „Vaikų sauga“: \
         Vilniaus universitetas (Vilnius) ir Airijos saugaus interneto aljansas (Dublinas)."
    );
    let chosen = [privacy, expression, children];
    assert_eq!(
        say(&en, dataset, &shown(&chosen), &chosen),
        "1 of 6 signatories pledged on all 3 chosen areas: Vilnius University (Vilnius)."
    );
    assert_eq!(
        say(&lt, dataset, &shown(&chosen), &chosen),
        "1 iš 6 signatarų įsipareigojo visose pasirinktose srityse (3): \
         Vilniaus universitetas (Vilnius)."
    );
    let chosen = [privacy, culture];
    assert_eq!(shown(&chosen), Vec::<usize>::new());
    assert_eq!(
        say(&en, dataset, &[], &chosen),
        "None of the 6 signatories pledged on both “Privacy” and “Culture”."
    );
    assert_eq!(
        say(&lt, dataset, &[], &chosen),
        "Nė vienas iš 6 signatarų neįsipareigojo abiejose srityse „Privatumas“ ir „Kultūra“."
    );
}

#[test]
fn lithuanian_says_of_how_many_in_the_right_case() {
    let mut data = of_kind(Kind::Company, 21, 2);
    data.areas = vec![signatory_core::dataset::Area {
        id: "x".into(),
        label: text(&[("en", "Ex"), ("lt", "Iks")]),
    }];
    let lt = localizer("lt");
    assert_eq!(
        say(&lt, &data, &[0, 1], &[0]),
        "2 iš 21 signataro įsipareigojo srityje „Iks“: 2 bendrovės iš 2 šalių."
    );
    assert_eq!(
        say(&lt, &data, &[], &[0]),
        "Nė vienas iš 21 signataro neįsipareigojo srityje „Iks“."
    );
    let mut one = of_kind(Kind::Company, 1, 1);
    one.areas = data.areas.clone();
    assert_eq!(
        say(&lt, &one, &[], &[0]),
        "Vienintelis signataras neįsipareigojo srityje „Iks“."
    );
    assert_eq!(
        say(&localizer("en"), &one, &[], &[0]),
        "The only signatory did not pledge on “Ex”."
    );
}

#[test]
fn a_dataset_without_signatories_says_so() {
    let empty = of_kind(Kind::Company, 0, 1);
    assert_eq!(say_all("en", &empty), "The data lists no signatories.");
    assert_eq!(say_all("lt", &empty), "Duomenyse signatarų nėra.");
}

#[test]
fn data_text_in_another_language_carries_its_own_tag() {
    // The name has Lithuanian; the city only English.
    let data = of_kind(Kind::Institution, 1, 1);
    let lt = spans(&localizer("lt"), &data, &[0], &[]);
    let tagged: Vec<(&str, Option<&str>)> = lt
        .iter()
        .map(|span| (span.text.as_str(), span.lang.as_deref()))
        .collect();
    assert_eq!(
        tagged,
        vec![
            ("1 signataras: „Acme“ (", None),
            ("Vilnius", Some("en")),
            (").", None)
        ]
    );
    let en = spans(&localizer("en"), &data, &[0], &[]);
    assert!(
        en.iter().all(|span| span.lang.is_none()),
        "English has every text: {en:?}"
    );
}

#[test]
fn ten_thousand_read_with_grouped_digits() {
    let data = of_kind(Kind::Company, 10_000, 21);
    assert_eq!(
        say_all("en", &data),
        "10,000 signatories: 10,000 companies in 21 countries."
    );
    assert_eq!(
        say_all("lt", &data),
        "10\u{a0}000 signatarų: 10\u{a0}000 bendrovių iš 21 šalies."
    );
}
