//! SVG to PNG with resvg, using only the fonts shipped with the tool (no
//! system fonts are looked up), so a PNG is the same on every machine.

use std::fmt;
use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb, Node};

use crate::fonts::{BOLD, REGULAR};
use crate::Picture;

/// Why a picture could not be made into a PNG.
#[derive(Debug, Clone, PartialEq)]
pub enum RasterError {
    /// The SVG could not be read (a fault of ours, never of the data: the
    /// text is escaped).
    Svg(String),
    /// The pixels could not be had (a size of zero, or no memory).
    Pixels,
    /// The PNG could not be encoded.
    Encode(String),
}

impl fmt::Display for RasterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RasterError::Svg(reason) => write!(f, "SVG: {reason}"),
            RasterError::Pixels => write!(f, "no memory for the picture's pixels"),
            RasterError::Encode(reason) => write!(f, "PNG: {reason}"),
        }
    }
}

impl std::error::Error for RasterError {}

/// The SVG read by usvg with the shipped fonts.
fn tree(svg: &str) -> Result<usvg::Tree, RasterError> {
    let mut db = fontdb::Database::new();
    db.load_font_data(REGULAR.to_vec());
    db.load_font_data(BOLD.to_vec());
    let options = usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: Arc::new(db),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| RasterError::Svg(e.to_string()))
}

/// The picture as PNG bytes, `picture.width` × `picture.height` pixels.
pub fn png(picture: &Picture) -> Result<Vec<u8>, RasterError> {
    let tree = tree(&picture.svg)?;
    let mut pixmap = Pixmap::new(picture.width, picture.height).ok_or(RasterError::Pixels)?;
    let scale = picture.width as f32 / tree.size().width();
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| RasterError::Encode(e.to_string()))
}

/// Every glyph the PNG draws, as (the text it stands for, its glyph id in
/// the font): a glyph id 0 is the font's .notdef box, a character the
/// fonts lack. For tests, and for anyone checking a title's script.
pub fn glyphs(picture: &Picture) -> Result<Vec<(String, u32)>, RasterError> {
    let tree = tree(&picture.svg)?;
    let mut found = Vec::new();
    collect(tree.root(), &mut found);
    Ok(found)
}

fn collect(group: &usvg::Group, found: &mut Vec<(String, u32)>) {
    for node in group.children() {
        match node {
            Node::Group(inner) => collect(inner, found),
            Node::Text(text) => {
                for span in text.layouted() {
                    for glyph in &span.positioned_glyphs {
                        found.push((glyph.text.clone(), glyph.id.0));
                    }
                }
            }
            Node::Path(_) | Node::Image(_) => {}
        }
    }
}
