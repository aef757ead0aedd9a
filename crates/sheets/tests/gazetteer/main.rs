//! The gazetteer's rules as a person meets them: how a typed city and
//! country become a place ([`matching`]), when the tool says what it chose
//! and what it says when it cannot choose, in English and Lithuanian
//! ([`choosing`]).

mod choosing;
mod matching;

use std::rc::Rc;
use std::time::Instant;

use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::gazetteer::{Gazetteer, Located, PlaceProblem, PlaceQuery};

pub fn query(city: &str, country: &str, region: Option<&str>) -> PlaceQuery {
    PlaceQuery {
        city: city.to_owned(),
        country: country.to_owned(),
        region: region.map(str::to_owned),
    }
}

pub fn locate(city: &str, country: &str, region: Option<&str>) -> Result<Located, PlaceProblem> {
    Gazetteer::embedded().locate(&query(city, country, region))
}

pub fn found(city: &str, country: &str, region: Option<&str>) -> Located {
    match locate(city, country, region) {
        Ok(located) => located,
        Err(problem) => panic!("{city}, {country}, {region:?} not found: {problem:?}"),
    }
}

pub fn problem(city: &str, country: &str, region: Option<&str>) -> PlaceProblem {
    match locate(city, country, region) {
        Ok(located) => panic!("{city}, {country}, {region:?} unexpectedly found: {located:?}"),
        Err(problem) => problem,
    }
}

pub fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), lang)
}

/// Great-circle distance in kilometres.
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
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
