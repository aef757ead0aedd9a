//! What JavaScript talks to: the [`SignatoryMap`] handle (`www/src` wraps
//! it in the custom element and the npm `mount()`), mounting the view, and
//! loading the dataset. It holds the widget's state and dispatches into it;
//! every decision is made by the state, the core or the view, and the
//! browser's leaf adapters come from [`crate::platform`].

mod handle;
mod load;
mod report;
mod root;
mod shared;

pub use handle::SignatoryMap;
pub use load::object_to_loaded_data;
