//! The reducer: how each [`Action`] changes the [`WidgetState`], and the
//! events each change owes the page.

use std::rc::Rc;

use signatory_core::filter::AreaSelection;

use super::{distinct, Action, LoadState, Transition, WidgetEvent, WidgetState};

impl WidgetState {
    /// Applies one action, returning the next state (events dropped: for
    /// callers that only look).
    pub fn apply(&self, action: Action) -> WidgetState {
        self.transition(action).state
    }

    /// Applies one action: the next state, the events the page hears about
    /// it, and the area ids it asked for that the data lacks.
    pub fn transition(&self, action: Action) -> Transition<WidgetState> {
        let mut next = self.clone();
        let mut unknown_areas = Vec::new();
        let filter_asked = matches!(
            action,
            Action::ToggleArea(_) | Action::ClearAreas | Action::SetAreas(_)
        );
        match action {
            Action::Loading => unknown_areas = next.begin_load(LoadState::Loading),
            Action::LoadFailed(error) => unknown_areas = next.begin_load(LoadState::Failed(error)),
            Action::DataChanged(data) => unknown_areas = next.begin_load(LoadState::Ready(data)),
            Action::SetLanguage(lang) => next.lang = lang,
            Action::ToggleArea(area) => {
                // No toggle exists for data the filter cannot narrow.
                let known = self
                    .data()
                    .is_some_and(|d| d.can_filter() && area < d.dataset.areas.len());
                if known {
                    next.selection.toggle(area);
                    next.chosen_areas = next.selected_area_ids();
                    next.refilter();
                }
            }
            Action::ClearAreas => {
                next.selection = AreaSelection::default();
                next.chosen_areas.clear();
                next.refilter();
            }
            Action::SetAreas(ids) => {
                next.chosen_areas = distinct(ids);
                unknown_areas = next.select_chosen_areas();
            }
            Action::Select(index) => {
                let known = self
                    .data()
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
        let events = next.events_since(self, filter_asked);
        Transition {
            state: next,
            events,
            unknown_areas,
        }
    }

    /// The events that going from `before` to `self` owes the page (see
    /// `event.rs` for the rules); marks this load's `Ready` as sent.
    fn events_since(&mut self, before: &WidgetState, filter_asked: bool) -> Vec<WidgetEvent> {
        let mut events = Vec::new();
        if self.lang != before.lang {
            events.push(WidgetEvent::LanguageChange {
                lang: self.lang.clone(),
            });
        }
        // Only a choice of areas (not a new load) is a filter change, and
        // only a change of what is shown: `['nope']` over nothing is none.
        let changed = self.selection != before.selection;
        if filter_asked && self.data().is_some() && changed {
            events.push(WidgetEvent::FilterChange {
                areas: self.shown_areas(),
                visible: self.filter.visible.len(),
            });
        }
        let opened = self
            .selected
            .filter(|_| self.selected != before.selected)
            .zip(self.data())
            .and_then(|(i, data)| data.dataset.signatories.get(i));
        if let Some(signatory) = opened {
            events.push(WidgetEvent::Select {
                id: signatory.id.clone(),
            });
        }
        let shown = self.data().map(|d| d.dataset.signatories.len());
        if let Some(signatories) = shown.filter(|_| self.markers_drawn() && !self.ready_reported) {
            self.ready_reported = true;
            events.push(WidgetEvent::Ready { signatories });
        }
        events
    }

    /// A new load's outcome (or its start): what was open and where the
    /// reader had moved belong to the old data; the chosen areas apply to
    /// the new one (see [`Self::select_chosen_areas`]).
    fn begin_load(&mut self, load: LoadState) -> Vec<String> {
        self.load = load;
        self.ready_reported = false;
        self.selected = None;
        self.open_group = None;
        self.camera = None;
        self.select_chosen_areas()
    }

    /// Applies the chosen area ids to the data, returning those it does not
    /// have: they select nothing here, but stay asked for, so a later
    /// dataset that has them selects them. Before data arrives they wait,
    /// selecting nothing.
    fn select_chosen_areas(&mut self) -> Vec<String> {
        let (selection, unknown) = match self.data() {
            Some(data) => {
                let (selection, unknown) = AreaSelection::from_ids(
                    &data.dataset,
                    self.chosen_areas.iter().map(String::as_str),
                );
                // Data the filter cannot narrow has no toggles to press:
                // the ids are accepted (and kept) but select nothing.
                match data.can_filter() {
                    true => (selection, unknown),
                    false => (AreaSelection::default(), unknown),
                }
            }
            None => (AreaSelection::default(), Vec::new()),
        };
        self.selection = selection;
        self.refilter();
        unknown
    }

    fn refilter(&mut self) {
        let filter = self
            .data()
            .map(|data| data.area_masks.apply(&self.selection))
            .unwrap_or_default();
        // A filter result equal to the last keeps its identity: what shows
        // it (markers, list, counts) need not render again.
        if *self.filter != filter {
            self.filter = Rc::new(filter);
        }
        let visible = |i: &usize| self.filter.visible.binary_search(i).is_ok();
        self.selected = self.selected.filter(visible);
        if let Some(group) = &mut self.open_group {
            group.retain(visible);
        }
        self.open_group = self.open_group.take().filter(|g| !g.is_empty());
    }
}
