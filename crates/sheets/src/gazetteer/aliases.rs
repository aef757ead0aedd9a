//! Names people type that the data lacks: common English exonyms and a few
//! local names, each mapped to the name GeoNames uses in that country. The
//! data writes most capitals in English ("Kyiv", "Brussels", "Prague") and
//! many other cities in the local language ("Köln", "Antwerpen", "Göteborg"),
//! so either way round, some people's spelling is missing. Kept short on
//! purpose (docs/places.md lists it): a missing name is reported with the
//! closest names, and latitude and longitude always work. Accents need no
//! alias ("Zurich", "Krakow" and "Sao Paulo" are found by folding), and a
//! test checks every target exists.

/// (country, typed name, the data's name).
#[rustfmt::skip]
pub const ALIASES: &[(&str, &str, &str)] = &[
    ("UA", "Kiev", "Kyiv"), ("UA", "Odesa", "Odessa"), ("UA", "Kharkov", "Kharkiv"),
    ("BE", "Bruxelles", "Brussels"), ("BE", "Brussel", "Brussels"),
    ("BE", "Antwerp", "Antwerpen"), ("BE", "Ghent", "Gent"), ("BE", "Bruges", "Brugge"),
    ("DE", "Cologne", "Köln"), ("DE", "Nuremberg", "Nürnberg"),
    ("DE", "München", "Munich"), ("DE", "Frankfurt", "Frankfurt am Main"),
    ("CZ", "Praha", "Prague"), ("AT", "Wien", "Vienna"),
    ("IT", "Roma", "Rome"), ("IT", "Milano", "Milan"), ("IT", "Napoli", "Naples"),
    ("IT", "Firenze", "Florence"), ("IT", "Torino", "Turin"), ("IT", "Venezia", "Venice"),
    ("PL", "Warszawa", "Warsaw"), ("PT", "Lisboa", "Lisbon"),
    ("NL", "Den Haag", "The Hague"), ("SE", "Gothenburg", "Göteborg"),
    ("CH", "Geneva", "Genève"), ("ES", "Seville", "Sevilla"),
    ("RU", "Moskva", "Moscow"), ("RU", "St Petersburg", "Saint Petersburg"),
    ("US", "New York", "New York City"),
    ("IN", "Bombay", "Mumbai"), ("IN", "Calcutta", "Kolkata"),
    ("IN", "Bangalore", "Bengaluru"), ("IN", "Madras", "Chennai"),
    ("CN", "Peking", "Beijing"), ("VN", "Saigon", "Ho Chi Minh City"),
];

#[cfg(test)]
mod tests {
    use super::super::{candidates, fold, Gazetteer};
    use super::ALIASES;

    /// An alias pointing at a name the data lacks would silently find nothing.
    #[test]
    fn every_alias_target_exists_in_its_country() {
        let Ok(data) = Gazetteer::embedded().data().as_ref() else {
            panic!("the embedded gazetteer does not decode");
        };
        let missing: Vec<_> = ALIASES
            .iter()
            .filter(|(country, _, target)| candidates(data, country, &fold(target)).is_empty())
            .collect();
        assert!(
            missing.is_empty(),
            "alias targets not in the data: {missing:?}"
        );
    }
}
