//! Which of several places of one name is taken, and what a person is
//! told: the note, the ambiguity, the region that has none of them.

use signatory_sheets::gazetteer::{Choice, Gazetteer, PlaceProblem, Region};

use crate::{found, km, localizer, problem, query};

#[test]
fn without_a_region_a_dominant_place_is_taken_with_a_note() {
    let view = found("Mountain View", "US", None);
    assert_eq!(view.choice, Choice::ByPopulation { candidates: 7 });
    assert!(view.needs_note());
    assert_eq!(view.population, 80_435);
    let asked = query("Mountain View", "US", None);
    assert_eq!(
        view.describe(&asked, &localizer("en")),
        "Mountain View, US taken as Mountain View, California (pop. 80,435); add a region to choose another"
    );
    assert_eq!(
        view.describe(&asked, &localizer("lt")),
        "Mountain View, US: paimta Mountain View, California (gyv. 80\u{a0}435); \
         norėdami pasirinkti kitą vietą, nurodykite regioną"
    );
}

#[test]
fn a_dominant_place_inside_the_region_is_noted_too() {
    // Two Mountain Views in California: 80,435 and 2,372 people.
    let asked = query("Mountain View", "US", Some("CA"));
    let Ok(view) = Gazetteer::embedded().locate(&asked) else {
        panic!("Mountain View, CA not found");
    };
    assert_eq!(view.choice, Choice::ByPopulation { candidates: 2 });
    assert_eq!(
        view.describe(&asked, &localizer("en")),
        "Mountain View, CA, US taken as Mountain View, California (pop. 80,435), \
         the largest of 2 places of that name there; add latitude and longitude to choose another"
    );
}

#[test]
fn without_a_region_places_of_similar_size_are_reported() {
    let PlaceProblem::Ambiguous { count, regions } = problem("Springfield", "US", None) else {
        panic!("Springfield, US is not reported as ambiguous");
    };
    assert_eq!(count, 20);
    assert_eq!(codes(&regions[..3]), ["MO", "MA", "IL"]);
    let asked = query("Springfield", "US", None);
    let problem = PlaceProblem::Ambiguous { count, regions };
    assert_eq!(
        problem.describe(&asked, &localizer("en")),
        "Springfield, US matches 20 places (Missouri, Massachusetts, Illinois, …); \
         add a region or latitude and longitude"
    );
    assert_eq!(
        problem.describe(&asked, &localizer("lt")),
        "Springfield, US: tinka 20 vietų (Missouri, Massachusetts, Illinois, …); \
         nurodykite regioną arba platumą ir ilgumą"
    );
}

#[test]
fn lithuanian_counts_places_with_its_plural_forms() {
    let asked = query("X", "AU", None);
    let lt = localizer("lt");
    let say = |count| {
        PlaceProblem::Ambiguous {
            count,
            regions: unnamed(&["04", "07"]),
        }
        .describe(&asked, &lt)
    };
    assert_eq!(
        say(2),
        "X, AU: tinka 2 vietos (regionas 04 ir regionas 07); nurodykite regioną arba platumą ir ilgumą"
    );
    assert!(say(10).contains("tinka 10 vietų"));
    assert!(say(21).contains("tinka 21 vieta ("));
    assert!(say(1).contains("tinka 1 vieta ("));
    assert!(PlaceProblem::Ambiguous {
        count: 2,
        regions: unnamed(&["04", "07"])
    }
    .describe(&asked, &localizer("en"))
    .contains("X, AU matches 2 places (region 04 and region 07);"));
}

#[test]
fn washington_us_means_the_capital_and_a_state_chooses_another() {
    // GeoNames names the capital "Washington, D.C.": found under "Washington"
    // and, at 601,723 people, 24 times the next Washington (Utah).
    let capital = found("Washington", "US", None);
    assert_eq!(
        (capital.name.as_str(), capital.region.code.as_str()),
        ("Washington, D.C.", "DC")
    );
    assert!(capital.needs_note());
    let capital = found("Washington", "US", Some("DC"));
    assert_eq!(capital.choice, Choice::Unique);
    let utah = found("Washington", "US", Some("Utah"));
    assert!(km((utah.lat, utah.lon), (37.13, -113.508)) < 1.0);
}

#[test]
fn a_region_with_none_of_the_places_names_the_regions_that_have_them() {
    let asked = query("Redmond", "US", Some("Texas"));
    let PlaceProblem::NotInRegion { regions } = problem("Redmond", "US", Some("Texas")) else {
        panic!("Redmond, Texas is not reported as outside the region");
    };
    assert_eq!(codes(&regions), ["WA", "OR"]);
    let problem = PlaceProblem::NotInRegion { regions };
    assert_eq!(
        problem.describe(&asked, &localizer("en")),
        "Redmond, US: no place of that name in region “Texas”; there are places of that name \
         in Washington and Oregon; correct the region or add latitude and longitude"
    );
    // A region that is no region at all is reported the same way.
    assert!(matches!(
        crate::problem("Redmond", "US", Some("Atlantis")),
        PlaceProblem::NotInRegion { .. }
    ));
}

/// The regions' admin codes.
fn codes(regions: &[Region]) -> Vec<&str> {
    regions.iter().map(|r| r.code.as_str()).collect()
}

/// Regions the tool has no names for, shown by code.
fn unnamed(codes: &[&str]) -> Vec<Region> {
    codes
        .iter()
        .map(|code| Region {
            code: (*code).to_owned(),
            name: None,
        })
        .collect()
}

#[test]
fn a_region_without_a_name_is_shown_by_its_code() {
    let asked = query("Paris", "FR", None);
    let Ok(paris) = Gazetteer::embedded().locate(&asked) else {
        panic!("Paris, FR not found");
    };
    assert_eq!(
        paris.region,
        Region {
            code: "11".to_owned(),
            name: None
        }
    );
    assert_eq!(
        paris.describe(&asked, &localizer("en")),
        "Paris, FR found: Paris, region 11"
    );
    assert_eq!(
        paris.describe(&asked, &localizer("lt")),
        "Paris, FR: rasta Paris, regionas 11"
    );
}
