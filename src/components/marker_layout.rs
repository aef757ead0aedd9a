//! Where the marker layer draws what: the on-screen clusters of a view
//! (`core::cluster`), small groups fanned out on a wide map (`core::fan`),
//! a stable key for each, and the lines from fanned members to their
//! cities. Computed once per data, filter, view and size by [`super::markers`].

use crate::platform::number_text;
use yew::prelude::*;

use crate::components::group_key;
use crate::components::markers::{GROUP_RADIUS, HIT_RADIUS};
use crate::state::{LoadedData, CONTROLS_INSET};
use signatory_core::cluster::{group, Cluster};
use signatory_core::fan::{fan_out, FanArea};
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

/// The clusters on screen (plus a margin), with a stable key each.
pub fn draw(data: &LoadedData, visible: &[usize], viewport: &Viewport, size: ScreenSize) -> Drawn {
    let points: Vec<(usize, ScreenPoint)> = visible
        .iter()
        .filter_map(|&i| data.projected.get(i).map(|p| (i, viewport.to_screen(*p))))
        .collect();
    let margin = GROUP_RADIUS * 2.0;
    let on_screen = |c: &Cluster| {
        let p = c.position;
        p.x > -margin && p.y > -margin && p.x < size.width + margin && p.y < size.height + margin
    };
    let clusters: Vec<Cluster> = group(&points, GROUP_RADIUS)
        .into_iter()
        .filter(on_screen)
        .collect();
    let area = FanArea {
        size,
        right_inset: CONTROLS_INSET,
        margin: HIT_RADIUS,
    };
    let anchor_of = |i: usize| {
        data.projected
            .get(i)
            .map_or(ScreenPoint { x: 0.0, y: 0.0 }, |p| viewport.to_screen(*p))
    };
    let spread = fan_out(clusters, anchor_of, area, GROUP_RADIUS);
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
