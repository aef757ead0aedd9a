//! The widget's state, the actions that change it, and the reducer.
//!
//! This is the single owner of everything the widget shows: language,
//! chosen areas, the data and where its load stands, the open signatory or
//! group, and the view. The page (through the handle) and the reader
//! (through the view) both change it only by dispatching an [`Action`];
//! each step is a [`Transition`] carrying the events the page hears, so
//! events follow state changes exactly (rules in `event.rs`). The logic itself
//! lives in the core (filter, viewport); this file only decides *when* to
//! apply it, and every action has a native unit test (`tests/state.rs`).
//! Nothing here depends on the target: it runs the same natively.

mod event;
mod loaded;
mod reduce;

use std::rc::Rc;

use signatory_core::dataset::AreaIndex;
use signatory_core::filter::{AreaSelection, FilterResult};
use signatory_core::projection::Bounds;
use signatory_core::viewport::{Camera, Covered, FittedView, ScreenPoint, ScreenSize, Viewport};

pub use event::{Transition, WidgetEvent};
pub use loaded::{LoadError, LoadState, LoadedData};

/// The fitted view's padding and the zoom buttons' inset, shared with the
/// static picture (`core::marker_layout`).
pub use signatory_core::marker_layout::{CONTROLS_INSET, FIT_PADDING};
/// Zoom step of the + and − buttons.
pub const ZOOM_STEP: f64 = 2.0;
/// Pixels a selected signatory's marker is kept inside the map's edge when
/// the map moves to show it (room for the marker and its highlight ring).
pub const REVEAL_MARGIN: f64 = 36.0;

/// What the reader, the page or the loader can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A new load began (a `src` is being fetched): nothing to show yet.
    Loading,
    /// A load ended with this data: a new load even if equal to the last.
    DataChanged(Rc<LoadedData>),
    /// A load ended without data.
    LoadFailed(LoadError),
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

/// A load's outcome (or its start) as the action that tells the state.
impl From<LoadState> for Action {
    fn from(load: LoadState) -> Action {
        match load {
            LoadState::Loading => Action::Loading,
            LoadState::Ready(data) => Action::DataChanged(data),
            LoadState::Failed(error) => Action::LoadFailed(error),
        }
    }
}

/// Everything the widget shows. Cheap to clone: the data and the filter
/// result are shared, so a component given one of them re-renders only
/// when it is replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// Language tag in use.
    pub lang: String,
    /// The areas chosen, by the page or the reader, as ids: they outlive a
    /// load and are applied to each dataset (ids it lacks select nothing).
    pub chosen_areas: Vec<String>,
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
    pub size_measured: bool,
    /// Pixels of the map's bottom an open panel covers (see
    /// [`Action::MapCovered`]).
    pub covered_bottom: f64,
    load: LoadState,
    /// Whether markers wait for a measured size (see [`Self::waiting_for_layout`]).
    waits_for_layout: bool,
    /// Whether this load's `Ready` event was sent.
    ready_reported: bool,
}

impl WidgetState {
    /// Initial state in `lang`, with `areas` to select once data arrives,
    /// loading.
    pub fn new(lang: String, areas: Vec<String>) -> WidgetState {
        WidgetState {
            lang,
            chosen_areas: distinct(areas),
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
            load: LoadState::Loading,
            waits_for_layout: false,
            ready_reported: false,
        }
    }

    /// The same state, drawing markers only once the map's size is measured
    /// (a `Resize` arrives). Where there is a layout (a browser), drawing
    /// thousands of markers at an assumed size only to redraw them all a
    /// moment later was a tenth of the start at 10,000 signatories; where
    /// there is none (a server-side snapshot, a test) they are drawn at once.
    pub fn waiting_for_layout(mut self) -> WidgetState {
        self.waits_for_layout = true;
        self
    }

    /// Whether the markers are drawn yet.
    pub fn markers_drawn(&self) -> bool {
        self.size_measured || !self.waits_for_layout
    }

    /// Where the data stands.
    pub fn load(&self) -> &LoadState {
        &self.load
    }

    /// The data shown (`None` while loading or after a failure).
    pub fn data(&self) -> Option<&Rc<LoadedData>> {
        match &self.load {
            LoadState::Ready(data) => Some(data),
            _ => None,
        }
    }

    /// The view fitted to the data at the current size.
    pub fn fitted_view(&self) -> FittedView {
        let bounds = self.data().map_or_else(Bounds::world, |d| d.bounds);
        signatory_core::marker_layout::fitted_view(bounds, self.size)
    }

    /// The camera in effect (the reader's, else the fitted one).
    pub fn effective_camera(&self) -> Camera {
        self.camera.unwrap_or_else(|| self.fitted_view().camera())
    }

    /// Where the map is looking, in screen terms: what the basemap and the
    /// markers are drawn with.
    pub fn viewport(&self) -> Viewport {
        self.fitted_view()
            .viewport(self.effective_camera(), self.size)
    }

    /// The areas currently selected, as ids, for events and the host page.
    pub fn selected_area_ids(&self) -> Vec<String> {
        let Some(data) = self.data() else {
            return Vec::new();
        };
        self.selection
            .areas()
            .iter()
            .filter_map(|&a| data.dataset.areas.get(a))
            .map(|a| a.id.clone())
            .collect()
    }

    /// The area ids the page is told are selected, in the order they were
    /// chosen: while data is shown, those it has; before, those asked for.
    /// Data with nothing to filter (every signatory has the same areas)
    /// offers no toggles, so none is selected: empty, whatever was asked
    /// (the ids asked for are kept for the next dataset).
    pub fn shown_areas(&self) -> Vec<String> {
        match self.data() {
            Some(data) if !data.can_filter() => Vec::new(),
            Some(data) => self
                .chosen_areas
                .iter()
                .filter(|id| data.dataset.area_index(id).is_some())
                .cloned()
                .collect(),
            None => self.chosen_areas.clone(),
        }
    }

    /// Moves the camera, only if needed, so the selected marker is on screen.
    fn reveal_selected(&mut self) {
        let point = self
            .selected
            .zip(self.data())
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
}

/// `ids` trimmed, without blanks or repeats, in their first order: the
/// page's `['expression', 'expression']` is one choice.
fn distinct(ids: Vec<String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let id = id.trim();
        if !id.is_empty() && !seen.iter().any(|s| s == id) {
            seen.push(id.to_owned());
        }
    }
    seen
}
