//! The closest names to one the gazetteer does not know, in the same
//! country, for the "did you mean" of an unknown city.

use std::collections::HashSet;

use super::decode::Data;

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 3;

/// Names in `country` within a few edits of `folded` (transpositions count
/// as one: "Springfeild"), or that start with it as a whole word
/// ("Frankfurt" → "Frankfurt am Main"), closest first, then most populous.
pub fn closest(data: &Data, country: &str, folded: &str) -> Vec<String> {
    let Some(index) = data.country_index(country) else {
        return Vec::new();
    };
    let len = folded.chars().count();
    // One edit per four letters, at least one, at most three.
    let allowed = (len / 4).clamp(1, 3);
    let prefix = format!("{folded} ");
    let wanted = letters(folded);
    let mut scored: Vec<(usize, u32, &str)> = Vec::new();
    for (place, candidate) in index.members() {
        let place = &data.places[place as usize];
        let name = data.name(place);
        let distance = if candidate.starts_with(&prefix) {
            1
        } else if candidate.chars().count().abs_diff(len) > allowed
            || letters(candidate).distance(&wanted) > 2 * allowed
        {
            // Cheap lower bounds first, so most names are skipped without
            // computing the distance: the length difference, and the
            // letters' counts (one edit changes them by at most 2).
            continue;
        } else {
            strsim::osa_distance(folded, candidate)
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

/// How many times each letter a–z occurs, and how many other characters.
struct Letters([u16; 27]);

fn letters(text: &str) -> Letters {
    let mut counts = [0u16; 27];
    for c in text.chars() {
        let slot = if c.is_ascii_lowercase() {
            usize::from(c as u8 - b'a')
        } else {
            26
        };
        counts[slot] = counts[slot].saturating_add(1);
    }
    Letters(counts)
}

impl Letters {
    /// The sum of the counts' differences.
    fn distance(&self, other: &Letters) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| usize::from(a.abs_diff(*b)))
            .sum()
    }
}
