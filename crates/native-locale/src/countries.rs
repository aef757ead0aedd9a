//! Country names in every language of `locales/`, as CLDR gives them
//! (`assets/countries.tsv`, written by `tools/countries.mjs` from Node's
//! `Intl.DisplayNames`, the data browsers name countries with): what the
//! browser's `Intl` answers for the widget, answered natively for the
//! prerendered snapshot, the tests and the spreadsheet tool alike.

use std::sync::OnceLock;

use signatory_core::country::is_assigned;

/// `code<TAB>en<TAB>lt…`, one country a line, a header line first.
const TABLE: &str = include_str!("../assets/countries.tsv");

/// The table, read once.
#[derive(Debug)]
pub struct CountryNames {
    /// Per assigned code, its names in [`CountryNames::languages`] order.
    rows: Vec<(&'static str, Vec<&'static str>)>,
    /// The table's languages, English first.
    languages: Vec<&'static str>,
}

impl CountryNames {
    /// The table compiled in.
    pub fn embedded() -> &'static CountryNames {
        static NAMES: OnceLock<CountryNames> = OnceLock::new();
        NAMES.get_or_init(|| CountryNames::parse(TABLE))
    }

    fn parse(table: &'static str) -> CountryNames {
        let mut lines = table.lines();
        let languages = lines
            .next()
            .map(|header| header.split('\t').skip(1).collect())
            .unwrap_or_default();
        let rows = lines
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let code = fields.next().filter(|code| is_assigned(code))?;
                Some((code, fields.collect()))
            })
            .collect();
        CountryNames { rows, languages }
    }

    /// Every country: its code and its names, one per language.
    pub fn rows(&self) -> impl Iterator<Item = (&'static str, &[&'static str])> {
        self.rows
            .iter()
            .map(|(code, names)| (*code, names.as_slice()))
    }

    /// The languages, in the order of each row's names.
    pub fn languages(&self) -> &[&'static str] {
        &self.languages
    }

    /// The name of `code` (upper case) in exactly `lang`, if the table has it.
    pub fn name(&self, code: &str, lang: &str) -> Option<&'static str> {
        let column = self
            .languages
            .iter()
            .position(|tag| tag.eq_ignore_ascii_case(lang))?;
        let (_, names) = self.rows.iter().find(|(row, _)| *row == code)?;
        names.get(column).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::CountryNames;

    #[test]
    fn every_assigned_code_has_a_name_in_every_language() {
        let names = CountryNames::embedded();
        assert_eq!(names.rows().count(), 250);
        assert_eq!(names.languages(), ["en", "lt"]);
        assert!(names
            .rows()
            .all(|(_, row)| row.len() == 2 && row.iter().all(|n| !n.is_empty())));
        assert_eq!(names.name("LT", "lt"), Some("Lietuva"));
        assert_eq!(names.name("GB", "EN"), Some("United Kingdom"));
        assert_eq!(names.name("LT", "de"), None);
        assert_eq!(names.name("XX", "en"), None);
    }
}
