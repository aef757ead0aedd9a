//! Countries and places for a row: the code a country cell means, and
//! coordinates from the gazetteer when none are typed, each decision or
//! failure told as a finding at the cell it concerns.

use crate::countries::{Countries, CountryMatch};
use crate::finding::{Finding, Message, Severity};
use crate::gazetteer::{Gazetteer, PlaceQuery};
use crate::table::Location;

use super::issue::SheetIssue;

/// The ISO code a country cell means; `None` (with a finding of
/// `severity` at `location`) when it is neither a code nor a name.
pub fn country_code(
    value: &str,
    location: &Location,
    severity: Severity,
    findings: &mut Vec<Finding>,
) -> Option<&'static str> {
    match Countries::embedded().find(value) {
        CountryMatch::Code(code) => Some(code),
        CountryMatch::Unknown { closest } => {
            findings.push(Finding {
                severity,
                location: location.clone(),
                message: Message::Sheet(SheetIssue::UnknownCountry {
                    value: value.trim().to_owned(),
                    closest,
                }),
            });
            None
        }
    }
}

/// Coordinates for `query` from the gazetteer; a note when the place was
/// chosen among several, a finding of `severity` when none could be.
pub fn locate(
    gazetteer: &Gazetteer,
    query: PlaceQuery,
    location: &Location,
    severity: Severity,
    findings: &mut Vec<Finding>,
) -> Option<(f64, f64)> {
    match gazetteer.locate(&query) {
        Ok(located) => {
            let coordinates = (located.lat, located.lon);
            if located.needs_note() {
                findings.push(Finding {
                    severity: Severity::Note,
                    location: location.clone(),
                    message: Message::PlaceTaken { query, located },
                });
            }
            Some(coordinates)
        }
        Err(problem) => {
            findings.push(Finding {
                severity,
                location: location.clone(),
                message: Message::Place { query, problem },
            });
            None
        }
    }
}
