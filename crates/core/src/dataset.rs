//! The dataset a widget shows, in the shape the rest of the code wants:
//! validated, with area references resolved to indices and coordinates as
//! numbers. Only [`crate::validate`] builds it, so every `Dataset`
//! in the program is known to be consistent (unique ids, declared areas,
//! coordinates in range).

use crate::basemap::GeoPoint;

/// The built-in dataset (the seeds' agreement), shown when no `src` or
/// `data` is given. Compiled in as JSON text: the browser parses it with its
/// own `JSON.parse`, so no JSON parser ships in the WebAssembly.
pub const BUILTIN_DATASET_JSON: &str = include_str!("../../../data/agreement.json");

/// Text in several languages, keyed by language tag (`en`, `lt`, …).
///
/// A dataset may omit a translation; readers then see the English text,
/// else whichever text exists, rather than a gap.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LocalizedText {
    entries: Vec<(String, String)>,
}

impl LocalizedText {
    /// Builds from `(language, text)` pairs; validation guarantees at least one.
    pub fn new(entries: Vec<(String, String)>) -> Self {
        Self { entries }
    }

    /// The text for `lang`, falling back to English, then to the first
    /// language given, so a reader always sees something.
    pub fn get(&self, lang: &str) -> &str {
        self.exact(lang)
            .or_else(|| self.exact("en"))
            .or_else(|| self.entries.first().map(|(_, text)| text.as_str()))
            .unwrap_or("")
    }

    /// Which language [`get`](Self::get) will actually answer in, so the
    /// view can mark fallback text with its own `lang` attribute.
    pub fn language_of<'a>(&'a self, lang: &'a str) -> &'a str {
        [lang, "en"]
            .into_iter()
            .find(|tag| self.exact(tag).is_some())
            .or_else(|| self.entries.first().map(|(tag, _)| tag.as_str()))
            .unwrap_or(lang)
    }

    /// Every `(language, text)` pair, in the dataset's order: for code that
    /// must see all of them, such as [`crate::fingerprint`].
    pub fn entries(&self) -> &[(String, String)] {
        &self.entries
    }

    fn exact(&self, lang: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
            .map(|(_, text)| text.as_str())
    }
}

/// What sort of organisation signed: shown by marker colour and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A company.
    Company,
    /// A trade or multi-stakeholder association.
    Association,
    /// A public institution such as the Council of Europe.
    Institution,
}

impl Kind {
    /// Every kind, in legend order.
    pub const ALL: [Kind; 3] = [Kind::Institution, Kind::Company, Kind::Association];

    /// The dataset spelling, also used in CSS class names and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Association => "association",
            Kind::Institution => "institution",
        }
    }

    /// Parses the dataset spelling; `None` for anything else.
    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

/// A calendar date without time zone: agreements are signed on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    /// Year, e.g. 2017.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl CalendarDate {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2017-02-30.
    pub fn parse_iso(text: &str) -> Option<CalendarDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month).contains(&day).then_some(CalendarDate {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        })
    }
}

/// A named place with coordinates (where the agreement was signed).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The place's name in each language.
    pub name: LocalizedText,
    /// Where it is.
    pub location: GeoPoint,
}

/// The agreement itself: what the header shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Title in each language.
    pub title: LocalizedText,
    /// The day it was signed.
    pub date: CalendarDate,
    /// Where it was signed, if the dataset says.
    pub place: Option<Place>,
    /// Where the facts come from, shown as a link.
    pub source: Option<String>,
}

/// A pledge area readers can filter by.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Stable id, used by the `areas` attribute and in events.
    pub id: String,
    /// The label in each language.
    pub label: LocalizedText,
}

/// Index of an [`Area`] in [`Dataset::areas`]: signatories refer to areas by
/// index so filtering never compares strings.
pub type AreaIndex = usize;

/// One organisation that signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Signatory {
    /// Stable id, used in events and list keys.
    pub id: String,
    /// The name in each language.
    pub name: LocalizedText,
    /// Company, association or institution.
    pub kind: Kind,
    /// Headquarters city in each language.
    pub city: LocalizedText,
    /// ISO 3166-1 alpha-2 code, upper case; names come from the i18n layer.
    pub country: String,
    /// Headquarters coordinates.
    pub location: GeoPoint,
    /// The pledge areas it signed up to, sorted and without repeats.
    pub areas: Vec<AreaIndex>,
    /// Its website, when the dataset gives one.
    pub url: Option<String>,
}

impl Signatory {
    /// Whether this signatory pledged on `area`.
    pub fn has_area(&self, area: AreaIndex) -> bool {
        self.areas.binary_search(&area).is_ok()
    }

    /// The website if it may be linked (see [`web_link`]).
    pub fn safe_url(&self) -> Option<&str> {
        web_link(self.url.as_deref())
    }
}

/// `url` only if it is `http:` or `https:`, the only links a reader's click
/// may follow (no `javascript:` or `data:` from a dataset). Every link the
/// widget makes from data goes through here.
pub fn web_link(url: Option<&str>) -> Option<&str> {
    url.filter(|url| {
        let lower = url.trim_start().to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    })
}

/// A validated dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The agreement shown in the header.
    pub agreement: Agreement,
    /// Pledge areas, in the dataset's order (the filter's order).
    pub areas: Vec<Area>,
    /// What the dataset calls its areas ("Areas of cooperation"), when it
    /// says: a newsroom names them as its source does. `None`: the widget's
    /// own "Pledge areas".
    pub areas_label: Option<LocalizedText>,
    /// Whether `areas` lists every area (`areasComplete`, default true).
    /// A source that says "these include, among others" gives only some,
    /// and the widget must not present them as the whole.
    pub areas_complete: bool,
    /// When the data was last checked (`updated`), when the dataset says:
    /// a pledge that gains signatories is as of a later day than its
    /// signing. See [`Dataset::data_as_of`].
    pub updated: Option<CalendarDate>,
    /// Signatories, in the dataset's order (the list's order).
    pub signatories: Vec<Signatory>,
    /// Problems that left a signatory out (see `core::validate`'s policy):
    /// shown to the reader as a counted warning, logged for the developer.
    pub warnings: Vec<crate::problem::Problem>,
}

impl Dataset {
    /// The day the data is as of, shown beside the source ("Data as of
    /// 8 November 2017") so a reader of a snapshot or a picture knows how
    /// old it is: `updated`, else the agreement's date.
    pub fn data_as_of(&self) -> CalendarDate {
        self.updated.unwrap_or(self.agreement.date)
    }

    /// The index of the area with this id, for the `areas` attribute.
    pub fn area_index(&self, id: &str) -> Option<AreaIndex> {
        self.areas.iter().position(|area| area.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText::new(
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    #[test]
    fn localized_text_falls_back_to_english_then_to_any() {
        let both = text(&[("en", "Moscow"), ("lt", "Maskva")]);
        assert_eq!(both.get("lt"), "Maskva");
        assert_eq!(both.get("LT"), "Maskva");
        assert_eq!(both.get("fr"), "Moscow");
        assert_eq!(both.language_of("fr"), "en");
        let only_lt = text(&[("lt", "Maskva")]);
        assert_eq!(only_lt.get("en"), "Maskva");
        assert_eq!(only_lt.language_of("en"), "lt");
    }

    #[test]
    fn iso_dates_are_checked_against_the_calendar() {
        assert_eq!(
            CalendarDate::parse_iso("2017-11-08"),
            Some(CalendarDate {
                year: 2017,
                month: 11,
                day: 8
            })
        );
        assert_eq!(
            CalendarDate::parse_iso("2016-02-29").map(|d| d.day),
            Some(29)
        );
        for bad in [
            "2017-02-29",
            "2017-13-01",
            "2017-11-8",
            "2017/11/08",
            "20a7-11-08",
            "2017-04-31",
        ] {
            assert_eq!(CalendarDate::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_http_links_are_offered() {
        let mut s = Signatory {
            id: "x".into(),
            name: text(&[("en", "X")]),
            kind: Kind::Company,
            city: text(&[("en", "Y")]),
            country: "FR".into(),
            location: GeoPoint { lon: 0.0, lat: 0.0 },
            areas: vec![0, 2],
            url: Some("javascript:alert(1)".into()),
        };
        assert_eq!(s.safe_url(), None);
        s.url = Some("HTTPS://example.org".into());
        assert_eq!(s.safe_url(), Some("HTTPS://example.org"));
        assert!(s.has_area(2) && !s.has_area(1));
    }
}
