//! The loading protocol's values: what a load delivers ([`LoadedData`]),
//! why it failed ([`LoadError`]), and where it stands ([`LoadState`]).
//!
//! Kept apart from the reducer: the embedding glue produces these (fetch,
//! a page's object, the built-in dataset) and the reducer only receives
//! them, so neither needs the other's details.

use std::collections::HashMap;
use std::rc::Rc;

use signatory_core::dataset::{AreaIndex, Dataset};
use signatory_core::filter::AreaMasks;
use signatory_core::json::TextPosition;
use signatory_core::problem::Problem;
use signatory_core::projection::{equal_earth, Bounds, ProjectedPoint};

/// A validated dataset with what every frame needs precomputed: projected
/// positions (projection happens once, not on every zoom) and their bounds.
#[derive(Debug)]
pub struct LoadedData {
    /// The dataset.
    pub dataset: Dataset,
    /// Each signatory's position, same order as `dataset.signatories`.
    pub projected: Vec<ProjectedPoint>,
    /// Box around all signatories (the fitted view), or the world if none.
    pub bounds: Bounds,
    /// Each signatory's city as a number, same for the same city: a group
    /// of thousands asks "all in one city?" on every frame.
    pub cities: Vec<u32>,
    /// Each signatory's areas as bits, for fast filtering.
    pub area_masks: AreaMasks,
}

/// Components receive the data as `Rc<LoadedData>` props and Yew compares
/// props on every render: the same data must be found equal at once, not
/// after comparing 10,000 signatories field by field.
impl PartialEq for LoadedData {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
            || (self.dataset == other.dataset
                && self.projected == other.projected
                && self.bounds == other.bounds
                && self.cities == other.cities
                && self.area_masks == other.area_masks)
    }
}

impl LoadedData {
    /// Projects the signatories of `dataset`.
    pub fn new(dataset: Dataset) -> LoadedData {
        let projected: Vec<_> = dataset
            .signatories
            .iter()
            .map(|s| equal_earth(s.location))
            .collect();
        let bounds = Bounds::around(projected.iter().copied()).unwrap_or_else(Bounds::world);
        let mut numbers = HashMap::new();
        let cities = dataset
            .signatories
            .iter()
            .map(|s| {
                let next = numbers.len() as u32;
                *numbers.entry((&s.city, &s.country)).or_insert(next)
            })
            .collect();
        LoadedData {
            area_masks: AreaMasks::new(&dataset),
            dataset,
            projected,
            bounds,
            cities,
        }
    }
}

impl LoadedData {
    /// Whether some choice of areas would hide a signatory, i.e. whether
    /// the widget offers the filter at all (see [`AreaMasks::all_alike`]).
    pub fn can_filter(&self) -> bool {
        !self.area_masks.all_alike()
    }

    /// The areas every signatory shares, when there is no filter to offer
    /// (`None` when there is).
    pub fn shared_areas(&self) -> Option<&[AreaIndex]> {
        let first = self.dataset.signatories.first();
        (!self.can_filter()).then(|| first.map_or(&[][..], |s| s.areas.as_slice()))
    }
}

/// Why data could not be shown: each case has its own localized message.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The server answered with this HTTP status.
    Http(u16),
    /// The request failed (offline, DNS, CORS, blocked).
    Network,
    /// The body was not JSON: where it first breaks the grammar, when the
    /// widget read the text itself.
    NotJson(Option<TextPosition>),
    /// No answer within this many seconds.
    Timeout(f64),
    /// The server said the body is this media type, not JSON.
    ContentType(String),
    /// The body is larger than this many bytes.
    TooLarge(usize),
    /// The JSON was read but is not a valid dataset.
    Invalid(Vec<Problem>),
}

/// Where the data stands.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// Waiting for the dataset.
    Loading,
    /// Ready to show.
    Ready(Rc<LoadedData>),
    /// Could not be shown.
    Failed(LoadError),
}
