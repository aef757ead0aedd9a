//! Where the map's first view puts its markers, in screen pixels: the
//! fitted view, the on-screen clusters of a view (`cluster`), small groups
//! fanned out on a wide map (`fan`), and the marker sizes. One function for
//! the widget's marker layer and the static picture (`signatory-picture`),
//! so a picture shows the markers exactly where the widget draws them.

use crate::cluster::{group, Cluster};
use crate::fan::{fan_out, FanArea, Spread};
use crate::projection::{Bounds, ProjectedPoint};
use crate::viewport::{FittedView, ScreenPoint, ScreenSize, Viewport};

/// Radius of the invisible circle that catches clicks and taps on a marker
/// or group, and carries its focus ring.
pub const HIT_RADIUS: f64 = 12.0;

/// Markers or groups whose centres are closer than this (pixels) are
/// grouped. It is at least two group discs' radii (see [`group_disc_radius`]),
/// so nothing drawn overlaps, and the [`HIT_RADIUS`] circles of two markers
/// never intersect: every target gets its 24 × 24 px (WCAG 2.5.8).
pub const GROUP_RADIUS: f64 = 2.0 * HIT_RADIUS;

/// Radius, in pixels, of a single signatory's marker.
pub const MARKER_RADIUS: f64 = 8.0;

/// Pixels kept free around the data when the view is fitted (room for a
/// marker and its outline at the edge).
pub const FIT_PADDING: f64 = 28.0;

/// Pixels on the map's right kept clear in the fitted view: the zoom
/// buttons' column (32 px wide, 8 px from the edge) plus a gap.
pub const CONTROLS_INSET: f64 = 36.0;

/// A group disc grows slowly with its member count, staying under
/// `GROUP_RADIUS / 2` for small groups.
pub fn group_disc_radius(members: usize) -> f64 {
    10.0 + (members as f64).log10() * 3.0
}

/// Side of an association's square at marker radius `radius`.
pub fn square_side(radius: f64) -> f64 {
    radius * 1.8
}

/// Half the diagonal of an institution's diamond at marker radius `radius`.
pub fn diamond_half(radius: f64) -> f64 {
    radius * 1.25
}

/// The view fitted to `bounds` on a map of `size`: what the widget shows
/// before the reader zooms or pans.
pub fn fitted_view(bounds: Bounds, size: ScreenSize) -> FittedView {
    FittedView::new_with_right_inset(bounds, size, FIT_PADDING, CONTROLS_INSET)
}

/// The first view of the signatories at `projected` on a map of `size`.
pub fn first_view(projected: &[ProjectedPoint], size: ScreenSize) -> Viewport {
    let bounds = Bounds::around(projected.iter().copied()).unwrap_or_else(Bounds::world);
    let fitted = fitted_view(bounds, size);
    fitted.viewport(fitted.camera(), size)
}

/// The clusters drawn for the `visible` signatories (indices into
/// `projected`) at `viewport` on a map of `size`: those on screen (plus a
/// margin), small groups fanned out where they fit, with each fanned
/// member's true position.
pub fn lay_out(
    projected: &[ProjectedPoint],
    visible: &[usize],
    viewport: &Viewport,
    size: ScreenSize,
) -> Spread {
    let points: Vec<(usize, ScreenPoint)> = visible
        .iter()
        .filter_map(|&i| projected.get(i).map(|p| (i, viewport.to_screen(*p))))
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
        projected
            .get(i)
            .map_or(ScreenPoint { x: 0.0, y: 0.0 }, |p| viewport.to_screen(*p))
    };
    fan_out(clusters, anchor_of, area, GROUP_RADIUS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::BUILTIN_DATASET_JSON;
    use crate::json::std_number;
    use crate::projection::equal_earth;
    use crate::read::read_dataset;

    fn sample() -> Vec<ProjectedPoint> {
        match read_dataset(BUILTIN_DATASET_JSON, std_number) {
            Ok(dataset) => dataset
                .signatories
                .iter()
                .map(|s| equal_earth(s.location))
                .collect(),
            Err(rejection) => panic!("{rejection:?}"),
        }
    }

    #[test]
    fn every_signatory_is_drawn_once_and_fanned_only_on_a_wide_map() {
        let projected = sample();
        let all: Vec<usize> = (0..projected.len()).collect();
        for (width, fanned) in [(1136.0, true), (370.0, false)] {
            let size = ScreenSize {
                width,
                height: 400.0,
            };
            let spread = lay_out(&projected, &all, &first_view(&projected, size), size);
            let mut members: Vec<usize> = spread
                .clusters
                .iter()
                .flat_map(|c| c.members.clone())
                .collect();
            members.sort_unstable();
            assert_eq!(members, all, "{width}");
            assert_eq!(
                spread.anchors.iter().any(Option::is_some),
                fanned,
                "{width}"
            );
            for c in &spread.clusters {
                let p = c.position;
                assert!(p.x >= 0.0 && p.y >= 0.0 && p.x <= width && p.y <= 400.0);
            }
        }
    }
}
