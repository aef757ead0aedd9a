//! Which column is which: headers as people write them, in English or
//! Lithuanian, any case, with the language of a text after the field
//! (`Name (LT)`, `Name [lt]`, `Name LT`, `name_lt`). A header with no
//! language is English.

use crate::fold::fold;

/// What a column (or an Agreement field) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// An organisation's name, by language.
    Name,
    /// Company, association or institution.
    Kind,
    /// Headquarters city, by language.
    City,
    /// Country code or name.
    Country,
    /// Region (state) to choose between places of one name.
    Region,
    /// Latitude.
    Latitude,
    /// Longitude.
    Longitude,
    /// The areas pledged, as a list in one cell.
    Areas,
    /// A web link.
    Link,
    /// A stable id.
    Id,
    /// An area's label, by language (Areas sheet).
    Label,
    /// The agreement's title, by language.
    Title,
    /// The signing date.
    Date,
    /// Where it was signed, by language.
    Place,
    /// The country of the signing place.
    PlaceCountry,
    /// The signing place's latitude.
    PlaceLatitude,
    /// The signing place's longitude.
    PlaceLongitude,
    /// A link to the source.
    Source,
    /// What the areas are called, by language.
    AreasLabel,
    /// Whether every area is listed.
    AreasComplete,
    /// The day the data was last checked (`updated`).
    Updated,
}

impl Field {
    /// Whether the field is a text given per language.
    pub fn is_localized(self) -> bool {
        matches!(
            self,
            Field::Name
                | Field::City
                | Field::Label
                | Field::Title
                | Field::Place
                | Field::AreasLabel
        )
    }
}

/// The names a field goes by, folded (see [`fold`]), English then Lithuanian.
const NAMES: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name",
            "organisation",
            "organization",
            "signatory",
            "pavadinimas",
            "organizacija",
            "signataras",
        ],
    ),
    (Field::Kind, &["kind", "type", "rusis", "tipas"]),
    (Field::City, &["city", "miestas"]),
    (Field::Country, &["country", "salis"]),
    (Field::Region, &["region", "state", "regionas", "valstija"]),
    (Field::Latitude, &["latitude", "lat", "platuma"]),
    (
        Field::Longitude,
        &["longitude", "lon", "lng", "long", "ilguma"],
    ),
    (Field::Areas, &["areas", "pledge areas", "sritys"]),
    (
        Field::Link,
        &["link", "url", "website", "web", "nuoroda", "svetaine"],
    ),
    (Field::Id, &["id", "identifier", "identifikatorius"]),
    (Field::Label, &["label", "area", "sritis"]),
];

/// The Agreement sheet's field names, folded, English then Lithuanian.
const AGREEMENT_NAMES: &[(Field, &[&str])] = &[
    (Field::Title, &["title", "pavadinimas"]),
    (Field::Date, &["date", "data"]),
    (Field::Place, &["place", "vieta"]),
    (Field::PlaceCountry, &["place country", "vietos salis"]),
    (Field::PlaceLatitude, &["place latitude", "vietos platuma"]),
    (Field::PlaceLongitude, &["place longitude", "vietos ilguma"]),
    (Field::Source, &["source", "saltinis"]),
    (Field::AreasLabel, &["areas label", "sriciu pavadinimas"]),
    (Field::AreasComplete, &["areas complete", "visos sritys"]),
    (
        Field::Updated,
        &[
            "updated",
            "last updated",
            "data as of",
            "atnaujinta",
            "duomenys",
        ],
    ),
];

/// What a header cell says: a field, and the language of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The field.
    pub field: Field,
    /// The language tag (lower case) for texts; `en` when none is written.
    pub lang: String,
}

/// Reads a Signatories or Areas header cell.
pub fn column_heading(text: &str) -> Option<Heading> {
    heading(text, NAMES)
}

/// Reads an Agreement sheet's field cell.
pub fn agreement_heading(text: &str) -> Option<Heading> {
    heading(text, AGREEMENT_NAMES)
}

/// Whether a first row cell is the Agreement sheet's optional header.
pub fn is_agreement_header(text: &str) -> bool {
    matches!(fold(text).as_str(), "field" | "laukas" | "key" | "raktas")
}

fn heading(text: &str, table: &[(Field, &[&str])]) -> Option<Heading> {
    let folded = fold(text);
    if let Some(field) = lookup(&folded, table) {
        return Some(Heading {
            field,
            lang: "en".to_owned(),
        });
    }
    // `name lt` (from "Name (LT)", "Name [lt]", "Name LT", "name_lt"): the
    // last word is a language tag when the rest is a text field.
    let (rest, tag) = folded.rsplit_once(' ')?;
    let field = lookup(rest, table).filter(|field| field.is_localized())?;
    is_language_tag(tag).then(|| Heading {
        field,
        lang: tag.to_owned(),
    })
}

fn lookup(folded: &str, table: &[(Field, &[&str])]) -> Option<Field> {
    table
        .iter()
        .find(|(_, names)| names.contains(&folded))
        .map(|(field, _)| *field)
}

/// Two or three ASCII letters: `lt`, `en`, `fil`.
fn is_language_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Field, String)> {
        column_heading(text).map(|h| (h.field, h.lang))
    }

    #[test]
    fn headers_in_any_case_language_and_spelling_of_the_language() {
        assert_eq!(read(" NAME "), Some((Field::Name, "en".into())));
        assert_eq!(read("Name (LT)"), Some((Field::Name, "lt".into())));
        assert_eq!(read("name [lt]"), Some((Field::Name, "lt".into())));
        assert_eq!(read("name_lt"), Some((Field::Name, "lt".into())));
        assert_eq!(read("City LT"), Some((Field::City, "lt".into())));
        assert_eq!(read("Pavadinimas (LT)"), Some((Field::Name, "lt".into())));
        assert_eq!(read("Rūšis"), Some((Field::Kind, "en".into())));
        assert_eq!(read("Šalis"), Some((Field::Country, "en".into())));
        assert_eq!(read("Name (DE)"), Some((Field::Name, "de".into())));
        // Only texts have languages.
        assert_eq!(read("Country (LT)"), None);
        assert_eq!(read("Employees"), None);
        let place = agreement_heading("Place country").map(|h| h.field);
        assert_eq!(place, Some(Field::PlaceCountry));
        let title = agreement_heading("Pavadinimas (LT)").map(|h| (h.field, h.lang));
        assert_eq!(title, Some((Field::Title, "lt".into())));
    }
}
