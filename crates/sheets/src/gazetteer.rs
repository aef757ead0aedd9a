//! Places without typed coordinates: an English city name and a country
//! looked up in an offline gazetteer built from GeoNames (CC BY 4.0) by
//! `tools/gazetteer.mjs`. (API agreed; the body is being written.)

use signatory_core::i18n::Localizer;

/// What a row asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceQuery {
    /// The city as typed (English).
    pub city: String,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: String,
    /// The region as typed (a US state code or name…), if any.
    pub region: Option<String>,
}

/// The place taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

impl Located {
    /// The note telling a person which place was taken.
    pub fn describe(&self, query: &PlaceQuery, localizer: &Localizer) -> String {
        let _ = (query, localizer);
        String::new()
    }

    /// Whether the person should be told (taken by population, not by an
    /// exact and unique match).
    pub fn needs_note(&self) -> bool {
        false
    }
}

/// Why a city could not be placed.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceProblem {
    /// No such city in that country.
    Unknown,
}

impl PlaceProblem {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, query: &PlaceQuery, localizer: &Localizer) -> String {
        let _ = (query, localizer);
        String::new()
    }
}

/// The embedded gazetteer.
#[derive(Debug)]
pub struct Gazetteer;

impl Gazetteer {
    /// The gazetteer compiled into the tool.
    pub fn embedded() -> &'static Gazetteer {
        &Gazetteer
    }

    /// Finds the place a row means.
    pub fn locate(&self, query: &PlaceQuery) -> Result<Located, PlaceProblem> {
        let _ = query;
        Err(PlaceProblem::Unknown)
    }
}
