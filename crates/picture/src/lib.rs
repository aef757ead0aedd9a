//! A static picture of the signatory map's first view — map with basemap,
//! markers, title, counts, legend and source line — as SVG or PNG, for
//! social cards, app and AMP pages and print, where the widget cannot run.
//!
//! The picture is a 1200 × 630 CSS-pixel card (a social card's size: Open
//! Graph and Twitter crop to 1.91 : 1). Its map is what the widget's first
//! view shows on a map of that size: the same projection, basemap, fitted
//! view, grouping and fanning (the core's `marker_layout`), the same marker
//! shapes and light-theme colours, the same texts from the same message
//! catalogue. The requested width in pixels scales the whole card
//! (`--width 2400` is the same card at twice the resolution, for print), so
//! a card looks alike at every size. The PNG is drawn by resvg with the
//! fonts shipped in `assets/` and no system font, so it is the same on
//! every machine.
//!
//! Native only: the command-line tool's, never the widget's.

mod card;
mod fonts;
mod map;
mod raster;
mod svg;

pub use card::{CARD_HEIGHT, CARD_WIDTH};
pub use fonts::{Metrics, Weight};
pub use raster::{glyphs, png, RasterError};

use signatory_core::dataset::Dataset;
use signatory_core::i18n::Localizer;

/// The width in pixels when none is asked for: the card at its own size.
pub const DEFAULT_WIDTH: u32 = 1200;
/// The narrowest picture: a thumbnail still legible as a map.
pub const MIN_WIDTH: u32 = 300;
/// The widest: 4× the card (a print page at 300 dpi is about 2,500 px);
/// the PNG's pixels then take 4800 × 2520 × 4 bytes, about 48 MB.
pub const MAX_WIDTH: u32 = 4800;

/// A rendered picture: the SVG document and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The SVG document (UTF-8, standalone).
    pub svg: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels (the card's 630 : 1200 of the width).
    pub height: u32,
}

/// The height of a picture `width` pixels wide.
pub fn height_for(width: u32) -> u32 {
    (f64::from(width) * CARD_HEIGHT / CARD_WIDTH).round() as u32
}

/// The picture of `dataset` in `t`'s language, `width` pixels wide (kept
/// within [`MIN_WIDTH`]..=[`MAX_WIDTH`]).
pub fn render(dataset: &Dataset, t: &Localizer, width: u32) -> Picture {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let height = height_for(width);
    let title = svg::escape(t.pick(&dataset.agreement.title));
    let document = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {cw} {ch}" xml:lang="{lang}" role="img" aria-label="{title}"><title>{title}</title><rect width="{cw}" height="{ch}" fill="{bg}"/>{body}</svg>
"#,
        cw = svg::num(CARD_WIDTH),
        ch = svg::num(CARD_HEIGHT),
        lang = svg::escape(t.lang()),
        bg = svg::colour::BG,
        body = card::compose(dataset, t),
    );
    Picture {
        svg: document,
        width,
        height,
    }
}
