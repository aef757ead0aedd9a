//! Browser glue: the handle JavaScript talks to, data loading, locale rules
//! from `Intl`, and element sizes from `ResizeObserver`. Kept thin: every
//! decision is made by the core or the view.

mod focus;
mod handle;
mod intl;
mod load;
mod resize;

pub use focus::{capture_pointer, focus_first};
pub use handle::SignatoryMap;
pub use intl::BrowserRules;
pub use resize::use_element_size;
