//! Ids the tool makes when a sheet has none: readable, stable (the same
//! sheet always gives the same ids) and unique. The widget's events and
//! `areas` attribute carry them, so a newsroom's page code can rely on them.

use std::collections::HashSet;

use crate::fold::fold;

/// Hands out ids, never one already taken (given in the sheet or made).
#[derive(Debug, Default)]
pub struct IdMaker {
    taken: HashSet<String>,
}

impl IdMaker {
    /// Starts with the ids the sheet gives itself, so made ones avoid them.
    pub fn new<'a>(given: impl IntoIterator<Item = &'a str>) -> IdMaker {
        IdMaker {
            taken: given.into_iter().map(str::to_owned).collect(),
        }
    }

    /// An id from `text` (`Telefónica` → `telefonica`), or `fallback` when
    /// it has no Latin letters or digits; `-2`, `-3`… when already taken.
    pub fn make(&mut self, text: &str, fallback: &str) -> String {
        let slug = slug(text);
        let base = if slug.is_empty() {
            fallback.to_owned()
        } else {
            slug
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}

/// Lower-case ASCII letters and digits joined by `-`, at most 60
/// characters, cut at a word.
pub fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for word in folded
        .split(' ')
        .map(|word| {
            word.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
    {
        if out.len() + word.len() + 1 > 60 && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_readable_stable_and_unique() {
        assert_eq!(slug("Telefónica"), "telefonica");
        assert_eq!(
            slug("Computer & Communications Industry Association (CCIA)"),
            "computer-communications-industry-association-ccia"
        );
        assert_eq!(slug("Лаборатория Касперского"), "");
        let mut ids = IdMaker::new(["orange"]);
        assert_eq!(ids.make("Orange", "row-2"), "orange-2");
        assert_eq!(ids.make("Orange", "row-3"), "orange-3");
        assert_eq!(ids.make("Лаборатория", "row-4"), "row-4");
        assert!(slug(&"word ".repeat(40)).len() <= 60);
    }
}
