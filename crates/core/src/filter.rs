//! The pledge-area filter.
//!
//! Semantics (documented in the README): with no area selected every
//! signatory is shown; with areas selected, a signatory is shown when it
//! pledged on **every** selected area. Each area's count is the number of
//! shown signatories that pledged on it — so an unselected area's count is
//! exactly how many would remain if the reader added it, and a 0 warns
//! before the click that the result would be empty.

use crate::dataset::{AreaIndex, Dataset};

/// The areas a reader has selected (empty means "all").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AreaSelection {
    selected: Vec<AreaIndex>,
}

impl AreaSelection {
    /// Selects the areas with these ids (from the `areas` attribute or
    /// `setAreas`), returning the ids the dataset does not declare so the
    /// embedder can be told on the console.
    pub fn from_ids<'a>(
        dataset: &Dataset,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> (Self, Vec<String>) {
        let mut selection = AreaSelection::default();
        let mut unknown = Vec::new();
        for id in ids.into_iter().map(str::trim).filter(|id| !id.is_empty()) {
            match dataset.area_index(id) {
                Some(index) if !selection.is_selected(index) => selection.toggle(index),
                Some(_) => {}
                None => unknown.push(id.to_owned()),
            }
        }
        (selection, unknown)
    }

    /// Adds the area if absent, removes it if present: what a toggle does.
    pub fn toggle(&mut self, area: AreaIndex) {
        match self.selected.binary_search(&area) {
            Ok(position) => {
                self.selected.remove(position);
            }
            Err(position) => self.selected.insert(position, area),
        }
    }

    /// Whether the toggle for `area` is pressed.
    pub fn is_selected(&self, area: AreaIndex) -> bool {
        self.selected.binary_search(&area).is_ok()
    }

    /// True when nothing is selected, i.e. everything is shown.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// The selected areas in dataset order.
    pub fn areas(&self) -> &[AreaIndex] {
        &self.selected
    }
}

/// What the filter leaves visible, computed once per change and shared by
/// the map, the counts and the list so they can never disagree.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterResult {
    /// Indices into `Dataset::signatories` of the shown signatories, in dataset order.
    pub visible: Vec<usize>,
    /// For each area (dataset order), how many shown signatories pledged on it.
    pub area_counts: Vec<usize>,
}

/// Every signatory's areas as one bit set each, built once per dataset:
/// filtering 10,000 signatories is then one AND and compare each, with no
/// pointer chasing into 10,000 little area lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AreaMasks {
    masks: Vec<u128>,
    areas: usize,
}

// A dataset's areas fit in one mask (validation refuses more).
const _: () = assert!(crate::validate::MAX_AREAS <= u128::BITS as usize);

impl AreaMasks {
    /// The masks of `dataset`'s signatories, in dataset order.
    pub fn new(dataset: &Dataset) -> AreaMasks {
        let masks = dataset
            .signatories
            .iter()
            .map(|s| s.areas.iter().fold(0u128, |mask, &area| mask | bit(area)))
            .collect();
        AreaMasks {
            masks,
            areas: dataset.areas.len(),
        }
    }

    /// Whether every signatory has the same areas: then no choice of areas
    /// can hide anyone, so the widget offers no toggles and shows the
    /// first signatory's areas once, as what the agreement covers (a
    /// source that names the group's areas, not each signatory's). False
    /// as soon as two differ, which is exactly when some toggle narrows
    /// the list: an area one has and the other lacks hides the other.
    pub fn all_alike(&self) -> bool {
        self.masks.windows(2).all(|pair| pair[0] == pair[1])
    }

    /// Applies `selection`: the same result as [`apply`], faster.
    pub fn apply(&self, selection: &AreaSelection) -> FilterResult {
        let wanted = selection
            .areas()
            .iter()
            .fold(0u128, |mask, &area| mask | bit(area));
        let mut area_counts = vec![0; self.areas];
        let mut visible = Vec::with_capacity(self.masks.len());
        for (index, &mask) in self.masks.iter().enumerate() {
            if mask & wanted != wanted {
                continue;
            }
            visible.push(index);
            let mut rest = mask;
            while rest != 0 {
                let area = rest.trailing_zeros() as usize;
                if let Some(count) = area_counts.get_mut(area) {
                    *count += 1;
                }
                rest &= rest - 1;
            }
        }
        FilterResult {
            visible,
            area_counts,
        }
    }
}

/// The mask bit of `area` (none beyond the mask's width, which validation
/// rules out).
fn bit(area: AreaIndex) -> u128 {
    1u128.checked_shl(area as u32).unwrap_or(0)
}

/// Applies `selection` to `dataset`.
pub fn apply(dataset: &Dataset, selection: &AreaSelection) -> FilterResult {
    AreaMasks::new(dataset).apply(selection)
}
