//! An embeddable map of the signatories of an agreement, with a pledge-area
//! filter and a language toggle, compiled to WebAssembly.
//!
//! Layers, each depending only on those above it:
//! - `signatory_core` (its own crate, `crates/core`): dataset, validation,
//!   filter, projection, grouping, i18n — pure Rust, tested natively;
//! - [`state`]: the widget's state and its reducer;
//! - [`components`]: the Yew view, one component per file;
//! - [`platform`]: browser glue (custom element handle, fetch, `Intl`,
//!   `ResizeObserver`) and its native stand-ins.

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod platform;
pub mod state;
