//! Countries as people type them: `LT`, `Lithuania`, `lietuva`, `UK`.
//! The names are CLDR's, in every language of `locales/`: the table the
//! native locale rules name countries with (`signatory_native_locale::
//! CountryNames`, a column per language, so a third language is a rerun of
//! `tools/countries.mjs`, no Rust); the short forms people use that CLDR
//! does not give are in [`ALIASES`].

use std::collections::HashMap;
use std::sync::OnceLock;

use signatory_core::country::is_assigned;
use signatory_native_locale::CountryNames;

use crate::fold::fold;

/// Names people write that CLDR does not: old names, short forms, the
/// nations of the United Kingdom. Folded forms, then the code.
pub const ALIASES: &[(&str, &str)] = &[
    ("uk", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northern ireland", "GB"),
    ("didzioji britanija", "GB"),
    ("anglija", "GB"),
    ("usa", "US"),
    ("united states of america", "US"),
    ("jav", "US"),
    ("jungtines amerikos valstijos", "US"),
    ("america", "US"),
    ("holland", "NL"),
    ("czech republic", "CZ"),
    ("russian federation", "RU"),
    ("turkey", "TR"),
    ("ivory coast", "CI"),
    ("hong kong", "HK"),
    ("honkongas", "HK"),
    ("macau", "MO"),
    ("macao", "MO"),
    ("burma", "MM"),
    ("vatican", "VA"),
    ("holy see", "VA"),
    ("macedonia", "MK"),
    ("swaziland", "SZ"),
    ("cape verde", "CV"),
    ("east timor", "TL"),
    ("republic of korea", "KR"),
    ("korea", "KR"),
    ("democratic republic of the congo", "CD"),
    ("republic of the congo", "CG"),
    ("palestine", "PS"),
    ("moldova", "MD"),
    ("uae", "AE"),
];

/// The country table, read once.
#[derive(Debug)]
pub struct Countries {
    /// Folded name (every language, aliases, parenthesised parts) → code.
    by_name: HashMap<String, &'static str>,
    /// CLDR's names, by code and language.
    names: &'static CountryNames,
}

/// What a country cell means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountryMatch {
    /// An assigned code, upper case.
    Code(&'static str),
    /// Not a code or a name; the nearest names, for "did you mean".
    Unknown {
        /// Up to three names close to what was typed.
        closest: Vec<String>,
    },
}

impl Countries {
    /// The table compiled into the tool.
    pub fn embedded() -> &'static Countries {
        static COUNTRIES: OnceLock<Countries> = OnceLock::new();
        COUNTRIES.get_or_init(|| Countries::index(CountryNames::embedded()))
    }

    fn index(names: &'static CountryNames) -> Countries {
        let mut by_name = HashMap::new();
        for (code, row) in names.rows() {
            for name in row {
                for form in name_forms(name) {
                    by_name.entry(form).or_insert(code);
                }
            }
        }
        for (alias, code) in ALIASES {
            by_name.insert((*alias).to_owned(), *code);
        }
        Countries { by_name, names }
    }

    /// The code a cell means: an assigned code in any case, or a name.
    pub fn find(&self, text: &str) -> CountryMatch {
        let trimmed = text.trim();
        if trimmed.len() == 2 && is_assigned(trimmed) {
            let upper = trimmed.to_ascii_uppercase();
            if let Some((code, _)) = self.names.rows().find(|(code, _)| *code == upper) {
                return CountryMatch::Code(code);
            }
        }
        let folded = fold(trimmed);
        match self.by_name.get(&folded) {
            Some(code) => CountryMatch::Code(code),
            None => CountryMatch::Unknown {
                closest: self.closest(&folded),
            },
        }
    }

    /// Up to three names within a few typos of `folded`, nearest first.
    fn closest(&self, folded: &str) -> Vec<String> {
        if folded.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(usize, &str)> = self
            .names
            .rows()
            .flat_map(|(_, names)| names.iter().copied())
            .map(|name| (strsim::levenshtein(&fold(name), folded), name))
            .filter(|(distance, _)| *distance <= (folded.chars().count() / 3).clamp(1, 3))
            .collect();
        scored.sort();
        scored.dedup_by(|a, b| a.1 == b.1);
        scored
            .into_iter()
            .take(3)
            .map(|(_, name)| name.to_owned())
            .collect()
    }
}

/// A name and the shorter forms people type for it: "Myanmar (Burma)" is
/// also "Myanmar" and "Burma"; "Congo - Kinshasa" only as a whole.
fn name_forms(name: &str) -> Vec<String> {
    let mut forms = vec![fold(name)];
    if let (Some(open), Some(close)) = (name.find('('), name.rfind(')')) {
        if open < close {
            forms.push(fold(&name[..open]));
            forms.push(fold(&name[open + 1..close]));
        }
    }
    forms.retain(|form| !form.is_empty());
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        match Countries::embedded().find(text) {
            CountryMatch::Code(code) => Some(code),
            CountryMatch::Unknown { .. } => None,
        }
    }

    #[test]
    fn codes_names_in_both_languages_and_common_short_forms() {
        assert_eq!(code("lt"), Some("LT"));
        assert_eq!(code(" LT "), Some("LT"));
        assert_eq!(code("Lithuania"), Some("LT"));
        assert_eq!(code("LIETUVA"), Some("LT"));
        assert_eq!(code("Jungtinė Karalystė"), Some("GB"));
        assert_eq!(code("jungtine karalyste"), Some("GB"));
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("USA"), Some("US"));
        assert_eq!(code("Cote d'Ivoire"), Some("CI"));
        assert_eq!(code("Burma"), Some("MM"));
        assert_eq!(code("Myanmar"), Some("MM"));
        assert_eq!(code("Türkiye"), Some("TR"));
        assert_eq!(code("Turkey"), Some("TR"));
        assert_eq!(code("XK"), Some("XK"));
        assert_eq!(code("XX"), None);
    }

    #[test]
    fn every_country_is_found_by_each_of_its_names() {
        let countries = Countries::embedded();
        assert_eq!(countries.names.rows().count(), 250);
        assert_eq!(countries.names.languages(), ["en", "lt"]);
        for (code, names) in countries.names.rows() {
            assert_eq!(names.len(), 2, "{code}");
            for name in names {
                assert_eq!(countries.find(name), CountryMatch::Code(code), "{names:?}");
            }
        }
    }

    #[test]
    fn an_unknown_name_gets_the_nearest_names() {
        let CountryMatch::Unknown { closest } = Countries::embedded().find("Lithuanai") else {
            panic!("not a country");
        };
        assert_eq!(closest.first().map(String::as_str), Some("Lithuania"));
        assert_eq!(
            Countries::embedded().find("Atlantis"),
            CountryMatch::Unknown { closest: vec![] }
        );
    }
}
