//! Region names for GeoNames admin1 codes, so a region column can say
//! "California" or "CA", and a message can say "Illinois" rather than "IL".
//!
//! The data knows only codes: US states as postal codes ("CA"), Great
//! Britain's nations as "ENG"/"SCT"/"WLS"/"NIR", most other countries as
//! numbers ("07"). Names are shipped for the United States (all 50 states
//! and DC; Puerto Rico, Guam and the other territories are countries of
//! their own in GeoNames, so they are typed as the country, e.g. `PR`),
//! Canada (with its postal abbreviations), Great Britain, Germany (English
//! and German names) and Lithuania (English and Lithuanian names). For every
//! other country the region is typed as its GeoNames admin1 code, which is
//! also accepted for these five. Each entry: the code, then the names
//! accepted for it, the first being the one messages show.

use crate::fold::fold;

/// (country, admin1 code, names: the first is shown).
type Entry = (&'static str, &'static str, &'static [&'static str]);

#[rustfmt::skip]
const REGIONS: &[Entry] = &[
    ("US", "AL", &["Alabama"]), ("US", "AK", &["Alaska"]), ("US", "AZ", &["Arizona"]),
    ("US", "AR", &["Arkansas"]), ("US", "CA", &["California"]), ("US", "CO", &["Colorado"]),
    ("US", "CT", &["Connecticut"]), ("US", "DE", &["Delaware"]),
    ("US", "DC", &["District of Columbia", "Washington, D.C."]),
    ("US", "FL", &["Florida"]), ("US", "GA", &["Georgia"]), ("US", "HI", &["Hawaii"]),
    ("US", "ID", &["Idaho"]), ("US", "IL", &["Illinois"]), ("US", "IN", &["Indiana"]),
    ("US", "IA", &["Iowa"]), ("US", "KS", &["Kansas"]), ("US", "KY", &["Kentucky"]),
    ("US", "LA", &["Louisiana"]), ("US", "ME", &["Maine"]), ("US", "MD", &["Maryland"]),
    ("US", "MA", &["Massachusetts"]), ("US", "MI", &["Michigan"]), ("US", "MN", &["Minnesota"]),
    ("US", "MS", &["Mississippi"]), ("US", "MO", &["Missouri"]), ("US", "MT", &["Montana"]),
    ("US", "NE", &["Nebraska"]), ("US", "NV", &["Nevada"]), ("US", "NH", &["New Hampshire"]),
    ("US", "NJ", &["New Jersey"]), ("US", "NM", &["New Mexico"]), ("US", "NY", &["New York"]),
    ("US", "NC", &["North Carolina"]), ("US", "ND", &["North Dakota"]), ("US", "OH", &["Ohio"]),
    ("US", "OK", &["Oklahoma"]), ("US", "OR", &["Oregon"]), ("US", "PA", &["Pennsylvania"]),
    ("US", "RI", &["Rhode Island"]), ("US", "SC", &["South Carolina"]),
    ("US", "SD", &["South Dakota"]), ("US", "TN", &["Tennessee"]), ("US", "TX", &["Texas"]),
    ("US", "UT", &["Utah"]), ("US", "VT", &["Vermont"]), ("US", "VA", &["Virginia"]),
    ("US", "WA", &["Washington"]), ("US", "WV", &["West Virginia"]),
    ("US", "WI", &["Wisconsin"]), ("US", "WY", &["Wyoming"]),
    ("CA", "01", &["Alberta", "AB"]), ("CA", "02", &["British Columbia", "BC"]),
    ("CA", "03", &["Manitoba", "MB"]), ("CA", "04", &["New Brunswick", "NB"]),
    ("CA", "05", &["Newfoundland and Labrador", "NL"]), ("CA", "07", &["Nova Scotia", "NS"]),
    ("CA", "08", &["Ontario", "ON"]), ("CA", "09", &["Prince Edward Island", "PE"]),
    ("CA", "10", &["Quebec", "QC"]), ("CA", "11", &["Saskatchewan", "SK"]),
    ("CA", "12", &["Yukon", "YT"]), ("CA", "13", &["Northwest Territories", "NT"]),
    ("CA", "14", &["Nunavut", "NU"]),
    ("GB", "ENG", &["England"]), ("GB", "SCT", &["Scotland"]), ("GB", "WLS", &["Wales"]),
    ("GB", "NIR", &["Northern Ireland"]),
    ("DE", "01", &["Baden-Württemberg"]), ("DE", "02", &["Bavaria", "Bayern"]),
    ("DE", "03", &["Bremen"]), ("DE", "04", &["Hamburg"]), ("DE", "05", &["Hesse", "Hessen"]),
    ("DE", "06", &["Lower Saxony", "Niedersachsen"]),
    ("DE", "07", &["North Rhine-Westphalia", "Nordrhein-Westfalen"]),
    ("DE", "08", &["Rhineland-Palatinate", "Rheinland-Pfalz"]), ("DE", "09", &["Saarland"]),
    ("DE", "10", &["Schleswig-Holstein"]), ("DE", "11", &["Brandenburg"]),
    ("DE", "12", &["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"]),
    ("DE", "13", &["Saxony", "Sachsen"]), ("DE", "14", &["Saxony-Anhalt", "Sachsen-Anhalt"]),
    ("DE", "15", &["Thuringia", "Thüringen"]), ("DE", "16", &["Berlin"]),
    ("LT", "56", &["Alytus County", "Alytaus apskritis", "Alytus"]),
    ("LT", "57", &["Kaunas County", "Kauno apskritis", "Kaunas"]),
    ("LT", "58", &["Klaipėda County", "Klaipėdos apskritis", "Klaipėda"]),
    ("LT", "59", &["Marijampolė County", "Marijampolės apskritis", "Marijampolė"]),
    ("LT", "60", &["Panevėžys County", "Panevėžio apskritis", "Panevėžys"]),
    ("LT", "61", &["Šiauliai County", "Šiaulių apskritis", "Šiauliai"]),
    ("LT", "62", &["Tauragė County", "Tauragės apskritis", "Tauragė"]),
    ("LT", "63", &["Telšiai County", "Telšių apskritis", "Telšiai"]),
    ("LT", "64", &["Utena County", "Utenos apskritis", "Utena"]),
    ("LT", "65", &["Vilnius County", "Vilniaus apskritis", "Vilnius"]),
];

/// The admin1 code a typed region means in `country`: one of `codes` (the
/// country's codes in the data) typed as is, in any case, or a name from
/// the table above, folded. `None` when it means none of them.
pub fn resolve<'c>(country: &str, typed: &str, codes: &'c [String]) -> Option<&'c str> {
    let folded = fold(typed);
    let by_code = codes.iter().find(|code| fold(code) == folded);
    let by_name = || {
        REGIONS
            .iter()
            .filter(|(c, _, _)| *c == country)
            .find(|(_, _, names)| names.iter().any(|name| fold(name) == folded))
            .and_then(|(_, code, _)| codes.iter().find(|c| c == code))
    };
    by_code.or_else(by_name).map(String::as_str)
}

/// A region's name from the table, if the tool has one.
pub fn name(country: &str, code: &str) -> Option<&'static str> {
    REGIONS
        .iter()
        .find(|(c, k, _)| *c == country && *k == code)
        .and_then(|(_, _, names)| names.first().copied())
}

#[cfg(test)]
mod tests {
    use super::REGIONS;

    #[test]
    fn every_state_and_dc_is_named_once() {
        let us: Vec<_> = REGIONS.iter().filter(|(c, _, _)| *c == "US").collect();
        assert_eq!(us.len(), 51);
        let mut codes: Vec<_> = us.iter().map(|(_, code, _)| *code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 51);
    }
}
