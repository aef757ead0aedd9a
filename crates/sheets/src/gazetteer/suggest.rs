//! The closest names to one the gazetteer does not know, in the same
//! country, for the "did you mean" of an unknown city.

use std::collections::HashSet;

use super::decode::Data;
use super::fold::fold;

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 3;

/// Names in `country` within a few edits of `folded` (transpositions count
/// as one: "Springfeild"), or that start with it as a whole word
/// ("Frankfurt" → "Frankfurt am Main"), closest first, then most populous.
pub fn closest(data: &Data, country: &str, folded: &str) -> Vec<String> {
    let Some(country) = data.country_by_code(country) else {
        return Vec::new();
    };
    let len = folded.chars().count();
    // One edit per four letters, at least one, at most three.
    let allowed = (len / 4).clamp(1, 3);
    let prefix = format!("{folded} ");
    let mut scored: Vec<(usize, u32, &str)> = Vec::new();
    for place in &data.places[country.places.clone()] {
        let name = data.name(place);
        let candidate = fold(name);
        let distance = if candidate.starts_with(&prefix) {
            1
        } else if candidate.chars().count().abs_diff(len) > allowed {
            // The length difference is a lower bound on the distance: most
            // names are skipped without computing it.
            continue;
        } else {
            strsim::osa_distance(folded, &candidate)
        };
        if distance <= allowed {
            scored.push((distance, place.people, name));
        }
    }
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    let mut seen = HashSet::new();
    scored
        .into_iter()
        .filter(|(_, _, name)| seen.insert(*name))
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, name)| name.to_owned())
        .collect()
}
