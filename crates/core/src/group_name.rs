//! What a group of markers is called: where its members are, truthfully.
//!
//! A group's name is its accessible name on the map and the heading of its
//! opened list, so it must not claim one place for members spread over
//! several ("7 signatories near Strasbourg" for a group reaching London).
//! It names the places at the finest level that stays short:
//!
//! - one city: "3 signatories in Brussels";
//! - one country, a few cities: "3 signatories in Cupertino, Menlo Park and
//!   Mountain View"; more cities: the country;
//! - a few countries: "7 signatories in Belgium, France, Germany and the
//!   United Kingdom";
//! - more: a count, "412 signatories in 23 countries", so a group of 10,000
//!   still has a name a screen reader can read out.
//!
//! Places are ordered by how many members they hold, then by name. Names are
//! used as given (nominative): Lithuanian puts them after a colon
//! ("7 signatarai: Belgija, Prancūzija, …"), so none needs inflecting.

use crate::country::{code_slot, CODE_SLOTS};
use crate::dataset::LocalizedText;
use crate::i18n::{Localizer, MessageArg, Msg};

/// At most this many cities are named (within one country).
pub const MAX_NAMED_CITIES: usize = 3;

/// At most this many countries are named; past it, they are counted.
pub const MAX_NAMED_COUNTRIES: usize = 4;

/// Where one member of a group is.
#[derive(Debug, Clone, Copy)]
pub struct MemberPlace<'a> {
    /// A number for its city, the same for every member in that city (and
    /// country): counting by number, not by text, keeps a group of
    /// thousands cheap to name.
    pub city_number: u32,
    /// Its city's name.
    pub city: &'a LocalizedText,
    /// Its country's ISO 3166-1 code.
    pub country: &'a str,
}

/// The name of a group with these members, in the reader's language.
///
/// One pass over the members, with no sort and no hash map: cities are
/// tallied only while they could still be named (at most
/// [`MAX_NAMED_CITIES`] + 1 kept), countries in a table indexed by their
/// two-letter code, and at most [`MAX_NAMED_COUNTRIES`] country names are
/// looked up, whatever the group's size.
pub fn group_name<'a>(t: &Localizer, members: impl IntoIterator<Item = MemberPlace<'a>>) -> String {
    let mut cities: Vec<(MemberPlace<'a>, usize)> = Vec::new();
    let mut countries: Vec<(&str, usize)> = Vec::new();
    let mut per_country = vec![0usize; CODE_SLOTS];
    let mut count = 0usize;
    for place in members {
        count += 1;
        if cities.len() <= MAX_NAMED_CITIES {
            match cities
                .iter_mut()
                .find(|(c, _)| c.city_number == place.city_number)
            {
                Some(city) => city.1 += 1,
                None => cities.push((place, 1)),
            }
        }
        let slot = &mut per_country[country_slot(place.country)];
        if *slot == 0 {
            countries.push((place.country, 0));
        }
        *slot += 1;
    }
    for country in &mut countries {
        country.1 = per_country[country_slot(country.0)];
    }

    let count = MessageArg::Number(count as f64);
    let named: Vec<(String, usize)> = if countries.len() == 1 && cities.len() <= MAX_NAMED_CITIES {
        cities
            .iter()
            .map(|(c, n)| (t.pick(c.city).to_owned(), *n))
            .collect()
    } else if countries.len() <= MAX_NAMED_COUNTRIES {
        countries
            .iter()
            .map(|&(code, n)| {
                // "the United Kingdom": the article, where a language has
                // one, is the catalogue's (country-in-text), not code's.
                let name = t.format(
                    Msg::CountryInText,
                    &[
                        ("code", MessageArg::Text(code.to_owned())),
                        ("name", MessageArg::Text(t.country(code))),
                    ],
                );
                (name, n)
            })
            .collect()
    } else {
        return t.format(
            Msg::GroupLabelCountries,
            &[
                ("count", count),
                ("countries", MessageArg::Number(countries.len() as f64)),
            ],
        );
    };
    t.format(
        Msg::GroupLabel,
        &[
            ("count", count),
            (
                "places",
                MessageArg::Text(t.list_and(&by_size_then_name(named))),
            ),
        ],
    )
}

/// A country code's slot in the tally; anything but two capitals (which
/// validation does not let through) shares the last slot rather than
/// failing.
fn country_slot(code: &str) -> usize {
    code_slot(code).unwrap_or(CODE_SLOTS - 1)
}

/// The names, the place holding most members first, ties by name (at
/// most four: an insertion sort).
fn by_size_then_name(mut places: Vec<(String, usize)>) -> Vec<String> {
    let before = |a: &(String, usize), b: &(String, usize)| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0);
    for i in 1..places.len() {
        let mut j = i;
        while j > 0 && before(&places[j], &places[j - 1]) {
            places.swap(j - 1, j);
            j -= 1;
        }
    }
    places.into_iter().map(|(name, _)| name).collect()
}
