//! The pure core: everything the widget decides, with no browser in sight.
//!
//! Nothing here imports `yew`, `web_sys` or `wasm_bindgen`, so all of it is
//! covered by plain `cargo test` on the host, in milliseconds.

pub mod basemap;
pub mod cluster;
pub mod country;
pub mod dataset;
pub mod fan;
pub mod filter;
pub mod fingerprint;
pub mod gesture;
pub mod group_name;
pub mod i18n;
pub mod json;
pub mod load_sequence;
pub mod map_paths;
pub mod marker_layout;
pub mod measure;
pub mod problem;
pub mod projection;
pub mod read;
pub mod response;
pub mod spatial_nav;
pub mod summary;
pub mod validate;
pub mod viewport;
