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

use std::collections::HashMap;

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

/// One city's tally: a member there (for its names) and how many.
struct CityTally<'a> {
    place: MemberPlace<'a>,
    members: usize,
}

/// The name of a group with these members, in the reader's language.
///
/// Costs one hash-map step per member and at most [`MAX_NAMED_COUNTRIES`]
/// country-name look-ups, whatever the group's size.
pub fn group_name<'a>(t: &Localizer, members: impl IntoIterator<Item = MemberPlace<'a>>) -> String {
    let mut slots: HashMap<u32, usize> = HashMap::new();
    let mut cities: Vec<CityTally<'a>> = Vec::new();
    let mut count = 0usize;
    for place in members {
        count += 1;
        let slot = *slots.entry(place.city_number).or_insert_with(|| {
            cities.push(CityTally { place, members: 0 });
            cities.len() - 1
        });
        cities[slot].members += 1;
    }
    let mut countries: Vec<(&str, usize)> = Vec::new();
    let mut country_slots: HashMap<&str, usize> = HashMap::new();
    for city in &cities {
        let slot = *country_slots.entry(city.place.country).or_insert_with(|| {
            countries.push((city.place.country, 0));
            countries.len() - 1
        });
        countries[slot].1 += city.members;
    }

    let places: Vec<(String, usize)> = if countries.len() == 1 && cities.len() <= MAX_NAMED_CITIES {
        cities
            .iter()
            .map(|c| (t.pick(c.place.city).to_owned(), c.members))
            .collect()
    } else if countries.len() <= MAX_NAMED_COUNTRIES {
        countries
            .iter()
            .map(|&(code, members)| (t.country(code), members))
            .collect()
    } else {
        return t.format(
            Msg::GroupLabelCountries,
            &[
                ("count", MessageArg::Number(count as f64)),
                ("countries", MessageArg::Number(countries.len() as f64)),
            ],
        );
    };
    t.format(
        Msg::GroupLabel,
        &[
            ("count", MessageArg::Number(count as f64)),
            (
                "places",
                MessageArg::Text(t.list_and(&by_size_then_name(places))),
            ),
        ],
    )
}

/// The names, the place holding most members first, ties by name.
fn by_size_then_name(mut places: Vec<(String, usize)>) -> Vec<String> {
    places.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    places.into_iter().map(|(name, _)| name).collect()
}
