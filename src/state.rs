//! The widget's state, the actions that change it, and the reducer.
//!
//! State flows down to components and actions flow up through callbacks;
//! this reducer is the only place state changes. The logic itself lives in
//! the core (filter, viewport); this file only decides *when* to apply it,
//! and every action has a native unit test (`tests/state.rs`).

use std::rc::Rc;

use yew::Reducible;

use signatory_core::dataset::{AreaIndex, Dataset};
use signatory_core::filter::{AreaMasks, AreaSelection, FilterResult};
use signatory_core::json::TextPosition;
use signatory_core::problem::Problem;
use signatory_core::projection::{equal_earth, Bounds, ProjectedPoint};
use signatory_core::viewport::{Camera, Covered, FittedView, ScreenPoint, ScreenSize};

/// Pixels kept free around the data when the view is fitted (room for a
/// marker and its outline at the edge).
pub const FIT_PADDING: f64 = 28.0;
/// Pixels on the map's right kept clear in the fitted view: the zoom
/// buttons' column (32 px wide, 8 px from the edge) plus a gap.
pub const CONTROLS_INSET: f64 = 36.0;
/// Zoom step of the + and − buttons.
pub const ZOOM_STEP: f64 = 2.0;
/// Pixels a selected signatory's marker is kept inside the map's edge when
/// the map moves to show it (room for the marker and its highlight ring).
pub const REVEAL_MARGIN: f64 = 36.0;

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
        let mut numbers = std::collections::HashMap::new();
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

/// Where the data stands; given to the widget by the embedding glue.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// Waiting for the dataset.
    Loading,
    /// Ready to show.
    Ready(Rc<LoadedData>),
    /// Could not be shown.
    Failed(LoadError),
}

/// What the reader (or the embedding page) can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// New data arrived (or was replaced).
    DataChanged(Rc<LoadedData>),
    /// Switch language (already negotiated to an available tag).
    SetLanguage(String),
    /// Press or release one area toggle.
    ToggleArea(AreaIndex),
    /// Show every signatory again.
    ClearAreas,
    /// Select areas by id (the `areas` attribute); kept until data arrives.
    SetAreas(Vec<String>),
    /// Open a signatory's detail.
    Select(usize),
    /// Close the detail.
    CloseDetail,
    /// Open a group of overlapping markers (its members).
    OpenGroup(Vec<usize>),
    /// Close the open group.
    CloseGroup,
    /// The map's size changed.
    Resize(ScreenSize),
    /// Zoom by a factor around the map's centre (buttons, keys).
    Zoom(f64),
    /// Zoom by a factor keeping a screen point still (pinch, Ctrl+wheel,
    /// double-click).
    ZoomAt(f64, ScreenPoint),
    /// Move the map by a drag of so many pixels.
    Pan(f64, f64),
    /// Back to the fitted view.
    ResetView,
    /// How many pixels of the map's bottom an open panel covers (a narrow
    /// widget opens the detail over the map's lower part; 0 when beside it
    /// or closed). Measured by the view after each render.
    MapCovered(f64),
}

/// Everything the widget shows that is not the data itself.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// Language tag in use.
    pub lang: String,
    /// Area ids asked for (attribute or API), applied whenever data changes.
    pub requested_areas: Vec<String>,
    /// The pressed area toggles.
    pub selection: AreaSelection,
    /// What the selection leaves visible; recomputed only when it changes.
    pub filter: Rc<FilterResult>,
    /// Signatory whose detail is open.
    pub selected: Option<usize>,
    /// Members of the open group.
    pub open_group: Option<Vec<usize>>,
    /// The reader's camera; `None` follows the fitted view.
    pub camera: Option<Camera>,
    /// The map's size in CSS pixels.
    pub size: ScreenSize,
    /// Whether `size` was measured (a `Resize` arrived) rather than assumed.
    /// In a browser the markers wait for it: drawing thousands at an
    /// assumed size only to redraw them all a moment later was a tenth of
    /// the start at 10,000 signatories.
    pub size_measured: bool,
    /// Pixels of the map's bottom an open panel covers (see
    /// [`Action::MapCovered`]).
    pub covered_bottom: f64,
    data: Option<Rc<LoadedData>>,
}

impl WidgetState {
    /// Initial state in `lang`, with `areas` to select once data arrives.
    pub fn new(lang: String, areas: Vec<String>) -> WidgetState {
        WidgetState {
            lang,
            requested_areas: areas,
            selection: AreaSelection::default(),
            filter: Rc::new(FilterResult {
                visible: Vec::new(),
                area_counts: Vec::new(),
            }),
            selected: None,
            open_group: None,
            camera: None,
            size: ScreenSize {
                width: 720.0,
                height: 405.0,
            },
            size_measured: false,
            covered_bottom: 0.0,
            data: None,
        }
    }

    /// Whether the markers are drawn yet: in a browser only once the map
    /// has been measured (see `size_measured`); without a layout, at once.
    pub fn markers_drawn(&self) -> bool {
        self.size_measured || !crate::platform::MEASURES_LAYOUT
    }

    /// The view fitted to the data at the current size.
    pub fn fitted_view(&self) -> FittedView {
        let bounds = self.data.as_ref().map_or_else(Bounds::world, |d| d.bounds);
        FittedView::new_with_right_inset(bounds, self.size, FIT_PADDING, CONTROLS_INSET)
    }

    /// The data this state was computed for (`None` before any arrived).
    pub fn data(&self) -> Option<&Rc<LoadedData>> {
        self.data.as_ref()
    }

    /// The camera in effect (the reader's, else the fitted one).
    pub fn effective_camera(&self) -> Camera {
        self.camera.unwrap_or_else(|| self.fitted_view().camera())
    }

    /// The areas currently selected, as ids, for events and the host page.
    pub fn selected_area_ids(&self) -> Vec<String> {
        let Some(data) = &self.data else {
            return Vec::new();
        };
        self.selection
            .areas()
            .iter()
            .filter_map(|&a| data.dataset.areas.get(a))
            .map(|a| a.id.clone())
            .collect()
    }

    /// Applies one action, returning the next state.
    pub fn apply(&self, action: Action) -> WidgetState {
        let mut next = self.clone();
        match action {
            Action::DataChanged(data) => {
                next.data = Some(data);
                next.selected = None;
                next.open_group = None;
                next.camera = None;
                next.select_requested_areas();
            }
            Action::SetLanguage(lang) => next.lang = lang,
            Action::ToggleArea(area) => {
                let known = self
                    .data
                    .as_ref()
                    .is_some_and(|d| area < d.dataset.areas.len());
                if known {
                    next.selection.toggle(area);
                    next.requested_areas = next.selected_area_ids();
                    next.refilter();
                }
            }
            Action::ClearAreas => {
                next.selection = AreaSelection::default();
                next.requested_areas.clear();
                next.refilter();
            }
            Action::SetAreas(ids) => {
                next.requested_areas = ids;
                next.select_requested_areas();
            }
            Action::Select(index) => {
                let known = self
                    .data
                    .as_ref()
                    .is_some_and(|d| index < d.dataset.signatories.len());
                next.selected = known.then_some(index);
                next.reveal_selected();
            }
            Action::CloseDetail => next.selected = None,
            Action::OpenGroup(members) => {
                next.open_group = (!members.is_empty()).then_some(members)
            }
            Action::CloseGroup => next.open_group = None,
            Action::Resize(size) => {
                next.size = size;
                next.size_measured = true;
            }
            Action::Zoom(factor) => {
                next.camera = Some(self.fitted_view().zoom(self.effective_camera(), factor))
            }
            Action::ZoomAt(factor, at) => {
                let fit = self.fitted_view();
                next.camera = Some(fit.zoom_at(self.effective_camera(), factor, at, self.size))
            }
            Action::Pan(dx, dy) => {
                next.camera = Some(self.fitted_view().pan(self.effective_camera(), dx, dy))
            }
            Action::ResetView => next.camera = None,
            Action::MapCovered(pixels) => {
                next.covered_bottom = pixels.max(0.0);
                // The panel that just opened over the map may hide the
                // marker it is about: bring it out from under it.
                if pixels > self.covered_bottom {
                    next.reveal_selected();
                }
            }
        }
        next
    }

    /// Moves the camera, only if needed, so the selected marker is on screen.
    fn reveal_selected(&mut self) {
        let point = self
            .selected
            .zip(self.data.as_ref())
            .and_then(|(i, data)| data.projected.get(i).copied());
        if let Some(point) = point {
            let camera = self.effective_camera();
            let covered = Covered {
                right: CONTROLS_INSET,
                bottom: self.covered_bottom,
            };
            let moved = self
                .fitted_view()
                .reveal(camera, point, self.size, covered, REVEAL_MARGIN);
            if moved != camera {
                self.camera = Some(moved);
            }
        }
    }

    fn select_requested_areas(&mut self) {
        if let Some(data) = &self.data {
            let ids = self.requested_areas.iter().map(String::as_str);
            self.selection = AreaSelection::from_ids(&data.dataset, ids).0;
        }
        self.refilter();
    }

    fn refilter(&mut self) {
        if let Some(data) = &self.data {
            self.filter = Rc::new(data.area_masks.apply(&self.selection));
            let visible = |i: &usize| self.filter.visible.binary_search(i).is_ok();
            self.selected = self.selected.filter(visible);
            if let Some(group) = &mut self.open_group {
                group.retain(visible);
            }
            self.open_group = self.open_group.take().filter(|g| !g.is_empty());
        }
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
