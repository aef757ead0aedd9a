//! An embeddable map of the signatories of an agreement, with a pledge-area
//! filter and a language toggle, compiled to WebAssembly.
//!
//! Layers, each using only those below it (`tests/layers.rs` checks;
//! docs/architecture.md explains):
//! - `embed` (wasm32 only): what JavaScript talks to — the handle, mounting
//!   the view, loading a dataset;
//! - [`components`]: the Yew view, one component per file;
//! - [`state`]: the widget's single state, its reducer and events, and
//!   [`platform`]: leaf adapters (`Intl`, `ResizeObserver`, wheel, focus)
//!   and their native stand-ins;
//! - `signatory_core` (its own crate, `crates/core`): dataset, validation,
//!   filter, projection, grouping, messages — pure Rust, tested natively.

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod snapshot;
pub mod state;
