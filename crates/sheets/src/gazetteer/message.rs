//! What the gazetteer tells a person, in English or Lithuanian
//! (`locales/*/tool/places.ftl`).

use signatory_core::i18n::{Localizer, MessageArg, Msg};

use super::{Choice, Located, PlaceProblem, PlaceQuery, Region, UNKNOWN_POPULATION};

/// Regions listed in full up to this many; beyond, the first three and "…".
const LISTED_REGIONS: usize = 4;

fn text(s: impl Into<String>) -> MessageArg {
    MessageArg::Text(s.into())
}

/// "Springfield, US", or "Springfield, IL, US" when a region was typed.
fn asked(query: &PlaceQuery, with_region: bool) -> String {
    let mut parts = vec![query.city.trim()];
    if let Some(region) = query
        .region
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        if with_region {
            parts.push(region);
        }
    }
    parts.push(query.country.trim());
    parts.join(", ")
}

/// "Illinois, Missouri, Massachusetts, …" (the first few, most populous
/// first), or all of them joined as the language lists them.
fn some_regions(regions: &[Region], localizer: &Localizer) -> String {
    let regions: Vec<String> = regions.iter().map(|r| r.describe(localizer)).collect();
    if regions.len() <= LISTED_REGIONS {
        localizer.list_and(&regions)
    } else {
        format!("{}, …", regions[..LISTED_REGIONS - 1].join(", "))
    }
}

impl Region {
    /// Its name ("California"), or "region 07" when the tool has no name.
    pub fn describe(&self, localizer: &Localizer) -> String {
        match self.name {
            Some(name) => name.to_owned(),
            None => localizer.format(
                Msg::ToolPlaceRegionCode,
                &[("code", text(self.code.as_str()))],
            ),
        }
    }
}

impl Located {
    /// The note telling a person which place was taken (for a unique match,
    /// which needs no note, a plain statement of what was found).
    pub fn describe(&self, query: &PlaceQuery, localizer: &Localizer) -> String {
        let place = format!("{}, {}", self.name, self.region.describe(localizer));
        let region_given = query
            .region
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        let id = match self.choice {
            Choice::Unique => Msg::ToolPlaceFound,
            Choice::ByPopulation { .. } if region_given => Msg::ToolPlaceTakenInRegion,
            Choice::ByPopulation { .. } => Msg::ToolPlaceTaken,
        };
        let count = match self.choice {
            Choice::Unique => 1,
            Choice::ByPopulation { candidates } => candidates,
        };
        localizer.format(
            id,
            &[
                ("query", text(asked(query, true))),
                ("place", text(place)),
                ("population", MessageArg::Number(f64::from(self.population))),
                ("count", MessageArg::Number(count as f64)),
            ],
        )
    }
}

impl PlaceProblem {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, query: &PlaceQuery, localizer: &Localizer) -> String {
        let query_arg = ("query", text(asked(query, false)));
        let region = query
            .region
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_owned();
        match self {
            PlaceProblem::NoCity => localizer.text(Msg::ToolPlaceNoCity),
            PlaceProblem::NoCountry => localizer.format(
                Msg::ToolPlaceNoCountry,
                &[query_arg, ("country", text(query.country.trim()))],
            ),
            PlaceProblem::Unknown { suggestions } if suggestions.is_empty() => localizer.format(
                Msg::ToolPlaceUnknown,
                &[
                    query_arg,
                    ("min", MessageArg::Number(f64::from(UNKNOWN_POPULATION))),
                ],
            ),
            PlaceProblem::Unknown { suggestions } => localizer.format(
                Msg::ToolPlaceUnknownSuggest,
                &[query_arg, ("suggestions", text(suggestions.join(", ")))],
            ),
            PlaceProblem::Ambiguous { count, regions } => localizer.format(
                Msg::ToolPlaceAmbiguous,
                &[
                    query_arg,
                    ("count", MessageArg::Number(*count as f64)),
                    ("regions", text(some_regions(regions, localizer))),
                ],
            ),
            PlaceProblem::AmbiguousInRegion { count } => localizer.format(
                Msg::ToolPlaceAmbiguousInRegion,
                &[
                    query_arg,
                    ("count", MessageArg::Number(*count as f64)),
                    ("region", text(region)),
                ],
            ),
            PlaceProblem::NotInRegion { regions } => localizer.format(
                Msg::ToolPlaceNotInRegion,
                &[
                    query_arg,
                    ("region", text(region)),
                    ("regions", text(some_regions(regions, localizer))),
                ],
            ),
            PlaceProblem::Unavailable(error) => localizer.format(
                Msg::ToolPlaceUnavailable,
                &[("reason", text(error.to_string()))],
            ),
        }
    }
}
