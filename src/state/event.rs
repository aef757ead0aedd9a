//! What the widget tells its host page, and the rules for when.
//!
//! Events are derived from the reducer's transitions (see
//! [`crate::state::WidgetState::transition`]), never from rendering, so
//! each fires once per actual change and never for a state nobody chose:
//! - `Ready` once per load (every `data`/`src`/`setData` assignment, even
//!   of equal data), when the data is shown with its markers drawn;
//! - `LanguageChange` when the language shown changes;
//! - `FilterChange` when the selected areas change while data is shown
//!   (not when data arrives: `Ready` says that);
//! - `Select` when a signatory's detail opens.

/// What the widget reports to its host page (as DOM events, see README).
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetEvent {
    /// Data is shown: `signatories` in all.
    Ready {
        /// How many signatories the dataset has.
        signatories: usize,
    },
    /// The language shown changed.
    LanguageChange {
        /// The new language tag.
        lang: String,
    },
    /// The selected areas changed.
    FilterChange {
        /// Selected area ids (empty: all).
        areas: Vec<String>,
        /// How many signatories are now shown.
        visible: usize,
    },
    /// A signatory's detail opened.
    Select {
        /// Its id.
        id: String,
    },
}

/// One step of the reducer: the next state and what the page must hear
/// about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition<S> {
    /// The state after the action.
    pub state: S,
    /// Events for the page, in order.
    pub events: Vec<WidgetEvent>,
    /// Area ids the page asked for that the data does not have: dropped,
    /// and worth one console warning for the developer.
    pub unknown_areas: Vec<String>,
}
