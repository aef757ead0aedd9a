//! Where the marker layer draws what: the on-screen clusters of a view
//! (`core::cluster`), small groups fanned out on a wide map (`core::fan`),
//! a stable key for each, and the lines from fanned members to their
//! cities. Computed once per data, filter, view and size by [`super::markers`].

use crate::platform::number_text;
use yew::prelude::*;

use crate::components::group_key;
use crate::state::LoadedData;
use signatory_core::cluster::Cluster;
use signatory_core::marker_layout::lay_out;
use signatory_core::viewport::{ScreenPoint, ScreenSize, Viewport};

/// What the marker layer draws: the on-screen clusters, their keys, and
/// for a fanned-out member where it really is.
pub struct Drawn {
    /// Groups and single markers (fanned members among them), in screen pixels.
    pub clusters: Vec<Cluster>,
    /// Each one's key: its signatory id, or the group's key.
    pub keys: Vec<String>,
    /// For each fanned-out member, where it really is (its line ends there).
    pub anchors: Vec<Option<ScreenPoint>>,
}

impl Drawn {
    /// Where each is drawn: what the arrow keys move between.
    pub fn positions(&self) -> Vec<ScreenPoint> {
        self.clusters.iter().map(|c| c.position).collect()
    }
}

/// The clusters on screen (plus a margin), with a stable key each; where
/// they go is decided in the core (`core::marker_layout`), as for the
/// static picture.
pub fn draw(data: &LoadedData, visible: &[usize], viewport: &Viewport, size: ScreenSize) -> Drawn {
    let spread = lay_out(&data.projected, visible, viewport, size);
    let clusters = spread.clusters;
    let keys = clusters
        .iter()
        .map(|c| match c.members.as_slice() {
            [single] => data
                .dataset
                .signatories
                .get(*single)
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            members => group_key(members),
        })
        .collect();
    Drawn {
        clusters,
        keys,
        anchors: spread.anchors,
    }
}

/// The line from a fanned-out member's marker to where it really is, and a
/// dot there: drawn under the markers, for the eye only (the marker's name
/// says the city).
pub fn leader(anchor: ScreenPoint, marker: ScreenPoint) -> Html {
    html! {
        <>
            <path class="smw-leader" d={format!("M{}L{}", tenths(anchor), tenths(marker))} />
            <circle class="smw-anchor" transform={translate(anchor)} r="2.5" />
        </>
    }
}

/// An SVG `transform` placing something at `p` (one decimal: a tenth of a
/// pixel is below what a screen shows).
pub fn translate(p: ScreenPoint) -> String {
    format!("translate({})", tenths(p))
}

/// `x y` rounded to a tenth of a pixel, written by [`number_text`] (not
/// `{:.1}`: Rust's float formatter costs the WASM several KB).
fn tenths(p: ScreenPoint) -> String {
    let tenth = |v: f64| number_text((v * 10.0).round() / 10.0);
    format!("{} {}", tenth(p.x), tenth(p.y))
}
