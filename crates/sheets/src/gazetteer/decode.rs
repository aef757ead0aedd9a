//! Reading the asset `tools/gazetteer.mjs` writes (its header comment is
//! the format's definition) into the in-memory gazetteer: places in one
//! array, names in one string arena, so decoding makes a handful of
//! allocations, not one per place. Names are folded and indexed per
//! country on first use ([`CountryIndex`]).

use std::sync::OnceLock;

use super::index::CountryIndex;
use super::reader::{DecodeError, Reader};

/// Coordinate units per degree in the asset (1e-4°, about 11 m).
const UNITS_PER_DEGREE: f64 = 10_000.0;

/// One populated place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// Byte range of its name in [`Data::names`].
    name: (u32, u32),
    /// Index into [`Data::countries`].
    pub country: u16,
    /// Index into that country's admin codes.
    pub admin: u16,
    /// People, 0 when GeoNames does not know.
    pub people: u32,
    /// Latitude and longitude in 1e-4 degrees.
    lat: i32,
    lon: i32,
}

impl Place {
    /// Latitude in degrees.
    pub fn lat(&self) -> f64 {
        f64::from(self.lat) / UNITS_PER_DEGREE
    }

    /// Longitude in degrees.
    pub fn lon(&self) -> f64 {
        f64::from(self.lon) / UNITS_PER_DEGREE
    }
}

/// A country's places and admin (region) codes.
#[derive(Debug)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// GeoNames admin1 codes used by its places ("CA", "ENG", "07").
    pub admins: Vec<String>,
    /// Its places: a range of [`Data::places`].
    pub places: std::ops::Range<usize>,
    /// Its names, folded and indexed on first use.
    pub index: OnceLock<CountryIndex>,
}

/// The decoded gazetteer.
#[derive(Debug, Default)]
pub(crate) struct Data {
    pub places: Vec<Place>,
    pub countries: Vec<Country>,
    names: String,
    /// Places with alternate countries (GeoNames `cc2`, comma-separated), by place.
    alternates: Vec<(u32, String)>,
}

impl Data {
    /// Decodes an asset written by `tools/gazetteer.mjs`.
    pub fn decode(bytes: &[u8]) -> Result<Data, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4, "the \"SMG1\" signature")? != b"SMG1" {
            return Err(DecodeError {
                offset: 0,
                expected: "the \"SMG1\" signature",
            });
        }
        let total = r.count("the number of places")?;
        let country_count = r.count("the number of countries")?;
        let mut countries = Vec::with_capacity(country_count);
        let mut start = 0usize;
        for _ in 0..country_count {
            let code = r.take(2, "a country code")?;
            let code = String::from_utf8(code.to_vec()).or_else(|_| r.fail("a country code"))?;
            let admin_count = r.count("the number of admin codes")?;
            let admins = (0..admin_count)
                .map(|_| r.text("an admin code").map(str::to_owned))
                .collect::<Result<Vec<_>, _>>()?;
            let n = r.count("a country's number of places")?;
            let end = start + n;
            countries.push(Country {
                code,
                admins,
                places: start..end,
                index: OnceLock::new(),
            });
            start = end;
        }
        if start != total {
            return r.fail("per-country counts adding up to the number of places");
        }

        let mut data = Data {
            places: Vec::with_capacity(total),
            countries,
            names: String::new(),
            alternates: Vec::new(),
        };
        data.read_names(&mut r)?;
        data.read_columns(&mut r)?;
        if r.pos != bytes.len() {
            return r.fail("the end of the asset");
        }
        Ok(data)
    }

    fn read_names(&mut self, r: &mut Reader<'_>) -> Result<(), DecodeError> {
        let mut names: Vec<u8> = Vec::with_capacity(r.bytes.len() / 2);
        for (country_index, country) in self.countries.iter().enumerate() {
            let country_index =
                u16::try_from(country_index).or_else(|_| r.fail("fewer countries"))?;
            let mut previous = (names.len(), names.len());
            for _ in country.places.clone() {
                let shared = r.count("a shared name prefix")?;
                let suffix_len = r.count("a name's length")?;
                let suffix = r.take(suffix_len, "a name")?;
                if shared > previous.1 - previous.0 {
                    return r.fail("a shared prefix no longer than the previous name");
                }
                let start = names.len();
                names.extend_from_within(previous.0..previous.0 + shared);
                names.extend_from_slice(suffix);
                if std::str::from_utf8(&names[start..]).is_err() {
                    return r.fail("a name in UTF-8");
                }
                previous = (start, names.len());
                let span = |n: usize| u32::try_from(n).or_else(|_| r.fail("a smaller asset"));
                self.places.push(Place {
                    name: (span(start)?, span(names.len())?),
                    country: country_index,
                    admin: 0,
                    people: 0,
                    lat: 0,
                    lon: 0,
                });
            }
        }
        // Every piece was checked to be UTF-8 on its own, so the whole is too.
        self.names = String::from_utf8(names).or_else(|_| r.fail("names in UTF-8"))?;
        Ok(())
    }

    fn read_columns(&mut self, r: &mut Reader<'_>) -> Result<(), DecodeError> {
        for place in &mut self.places {
            let admin = r.count("an admin code index")?;
            let admins = self.countries[usize::from(place.country)].admins.len();
            place.admin = match u16::try_from(admin) {
                Ok(a) if admin < admins => a,
                _ => return r.fail("an admin code index within the country's table"),
            };
        }
        for place in &mut self.places {
            place.people = r.u32("a population")?;
        }
        let (mut lat, mut lon) = (0i64, 0i64);
        for place in &mut self.places {
            lat += r.svarint("a latitude")?;
            lon += r.svarint("a longitude")?;
            match (i32::try_from(lat), i32::try_from(lon)) {
                (Ok(a), Ok(o)) if a.abs() <= 900_000 && o.abs() <= 1_800_000 => {
                    (place.lat, place.lon) = (a, o);
                }
                _ => return r.fail("coordinates on the globe"),
            }
        }
        let alternates = r.count("the number of alternate countries")?;
        for _ in 0..alternates {
            let place = r.u32("a place index")?;
            if place as usize >= self.places.len() {
                return r.fail("a place index in range");
            }
            let codes = r.text("alternate country codes")?;
            self.alternates.push((place, codes.to_owned()));
        }
        self.alternates.sort_unstable_by_key(|(place, _)| *place);
        Ok(())
    }

    /// A place's name as GeoNames writes it.
    pub fn name(&self, place: &Place) -> &str {
        self.names
            .get(place.name.0 as usize..place.name.1 as usize)
            .unwrap_or_default()
    }

    /// A place's admin (region) code.
    pub fn admin(&self, place: &Place) -> &str {
        self.countries[usize::from(place.country)].admins[usize::from(place.admin)].as_str()
    }

    /// A place's country code.
    pub fn country(&self, place: &Place) -> &str {
        &self.countries[usize::from(place.country)].code
    }

    /// Places of other countries listing `country` as an alternate
    /// (Mariehamn, AX, lists FI).
    pub fn listing_as_alternate<'a>(&'a self, country: &'a str) -> impl Iterator<Item = u32> + 'a {
        self.alternates
            .iter()
            .filter(move |(place, codes)| {
                self.country(&self.places[*place as usize]) != country
                    && codes.split(',').any(|c| c.trim() == country)
            })
            .map(|(place, _)| *place)
    }

    /// The index of the country with this code, built on first use.
    pub fn country_index(&self, code: &str) -> Option<&CountryIndex> {
        let position = self
            .countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()?;
        Some(
            self.countries[position]
                .index
                .get_or_init(|| CountryIndex::build(self, position)),
        )
    }

    /// The country with this code.
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        self.countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.countries[i])
    }
}
