//! A group's name says where its members are (core::group_name), in both
//! languages, with CLDR plurals and place names left in the nominative.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::rc::Rc;

use signatory_core::dataset::LocalizedText;
use signatory_core::group_name::{group_name, MemberPlace};
use signatory_core::i18n::{Catalog, Localizer};
use signatory_map::components::group_label;
use signatory_map::platform::PlatformRules;
use signatory_map::state::LoadedData;

fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(PlatformRules), lang)
}

fn text(en: &str, lt: &str) -> LocalizedText {
    LocalizedText::new(vec![("en".into(), en.into()), ("lt".into(), lt.into())])
}

/// `count` members in the city `(number, name, country)`s, cycling.
fn name_of(lang: &str, cities: &[(u32, &LocalizedText, &str)], count: usize) -> String {
    let places = cities
        .iter()
        .cycle()
        .take(count)
        .map(|&(city_number, city, country)| MemberPlace {
            city_number,
            city,
            country,
        });
    group_name(&localizer(lang), places)
}

/// Where the built-in signatory `id` is in the dataset's list.
fn position_of(data: &LoadedData, id: &str) -> usize {
    data.dataset
        .signatories
        .iter()
        .position(|s| s.id == id)
        .expect("id")
}

#[test]
fn members_400_km_apart_are_not_named_after_one_city() {
    // The built-in dataset at a world view: Strasbourg, Paris, Bonn, Brussels
    // (three), London. The old name was "7 signatories near Strasbourg".
    let data = support::builtin();
    let index = |id: &str| position_of(&data, id);
    let europe: Vec<usize> = [
        "council-of-europe",
        "deutsche-telekom",
        "orange",
        "digitaleurope",
        "european-digital-sme-alliance",
        "etno",
        "gsma",
    ]
    .map(index)
    .to_vec();
    let en = group_label(&localizer("en"), &data, &europe);
    assert_eq!(
        en,
        "7 signatories in Belgium, France, Germany and the United Kingdom"
    );
    assert!(!en.contains("Strasbourg") && !en.contains("near"));
    assert_eq!(
        group_label(&localizer("lt"), &data, &europe),
        "7 signatarai: Belgija, Prancūzija, Jungtinė Karalystė ir Vokietija"
    );
    // Paris and London alone: two countries, each named.
    let two = [index("orange"), index("gsma")];
    assert_eq!(
        group_label(&localizer("en"), &data, &two),
        "2 signatories in France and the United Kingdom"
    );
}

#[test]
fn one_city_is_named_and_a_few_cities_in_one_country_are_listed() {
    let data = support::builtin();
    let index = |id: &str| position_of(&data, id);
    let brussels = ["digitaleurope", "european-digital-sme-alliance", "etno"].map(index);
    assert_eq!(
        group_label(&localizer("en"), &data, &brussels),
        "3 signatories in Brussels"
    );
    assert_eq!(
        group_label(&localizer("lt"), &data, &brussels),
        "3 signatarai: Briuselis"
    );
    let valley = ["apple", "facebook", "google"].map(index);
    assert_eq!(
        group_label(&localizer("en"), &data, &valley),
        "3 signatories in Cupertino, Menlo Park and Mountain View"
    );
}

#[test]
fn many_cities_in_one_country_name_the_country_and_many_countries_are_counted() {
    let cities: Vec<LocalizedText> = (0..5)
        .map(|i| text(&format!("Town {i}"), &format!("Miestas {i}")))
        .collect();
    let one_country: Vec<_> = cities
        .iter()
        .enumerate()
        .map(|(i, c)| (i as u32, c, "FR"))
        .collect();
    assert_eq!(name_of("en", &one_country, 12), "12 signatories in France");
    assert_eq!(name_of("lt", &one_country, 12), "12 signatarų: Prancūzija");

    let codes = ["FR", "BE", "DE", "GB", "ES"];
    let five: Vec<_> = cities
        .iter()
        .enumerate()
        .map(|(i, c)| (i as u32, c, codes[i]))
        .collect();
    assert_eq!(
        name_of("en", &five, 10_000),
        "10,000 signatories in 5 countries"
    );
    assert_eq!(
        name_of("en", &five[..4], 8),
        "8 signatories in Belgium, France, Germany and the United Kingdom"
    );
    // The country holding most members comes first.
    assert_eq!(
        name_of("en", &[five[0], five[0], five[1]], 3),
        "3 signatories in France and Belgium"
    );
}

#[test]
fn lithuanian_plurals_for_1_2_10_and_21_and_countries_counted() {
    let vilnius = text("Vilnius", "Vilnius");
    let one = [(0, &vilnius, "LT")];
    let names: Vec<String> = [1, 2, 10, 21]
        .iter()
        .map(|&n| name_of("lt", &one, n))
        .collect();
    assert_eq!(
        names,
        [
            "1 signataras: Vilnius",
            "2 signatarai: Vilnius",
            "10 signatarų: Vilnius",
            "21 signataras: Vilnius"
        ]
    );
    assert_eq!(name_of("en", &one, 1), "1 signatory in Vilnius");

    let codes: Vec<String> = (0..21u8)
        .map(|i| format!("Q{}", char::from(b'A' + i)))
        .collect();
    let cities: Vec<LocalizedText> = (0..21)
        .map(|i| text(&format!("T{i}"), &format!("M{i}")))
        .collect();
    let spread = |n: usize| -> Vec<(u32, &LocalizedText, &str)> {
        (0..n)
            .map(|i| (i as u32, &cities[i], codes[i].as_str()))
            .collect()
    };
    assert_eq!(name_of("lt", &spread(5), 10), "10 signatarų iš 5 šalių");
    assert_eq!(name_of("lt", &spread(10), 21), "21 signataras iš 10 šalių");
    assert_eq!(name_of("lt", &spread(21), 42), "42 signatarai iš 21 šalies");
    assert_eq!(
        name_of("en", &spread(21), 42),
        "42 signatories in 21 countries"
    );
}
