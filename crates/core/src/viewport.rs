//! From projected coordinates to screen pixels, and the reader's camera.
//!
//! The map keeps markers a constant size on screen whatever the zoom, so
//! markers and groups are placed in **screen** pixels computed here, while
//! the basemap is drawn once in projected units and moved by the same
//! scale and translation as an SVG `transform` attribute.
//!
//! The camera is stored *relative to the fitted view* (a centre and a zoom
//! factor where 1 means "fitted to the data"), so resizing the widget keeps
//! what the reader was looking at instead of jumping.

use crate::projection::{Bounds, ProjectedPoint};

/// Smallest extent, in projected units (≈ 11°), the fitted view shows, so
/// a dataset in one city is not blown up past what a world basemap can draw.
pub const MIN_FIT_EXTENT: f64 = 0.2;
/// How far in a reader may zoom, relative to the fitted view.
pub const MAX_ZOOM: f64 = 32.0;

/// The size of the map on screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenSize {
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// A point on screen, in CSS pixels from the map's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPoint {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// Where the reader is looking, relative to the fitted view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    /// The projected point at the centre of the map.
    pub center: ProjectedPoint,
    /// Magnification relative to the fitted view (1 = fitted).
    pub zoom: f64,
}

/// A uniform scale and a translation: `screen = projected × scale + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Pixels per projected unit.
    pub scale: f64,
    /// Horizontal offset in pixels.
    pub offset_x: f64,
    /// Vertical offset in pixels.
    pub offset_y: f64,
}

/// The view that shows `bounds` (the data) inside `size` with `padding`
/// pixels kept free on every side: what the map opens with and returns to
/// on "reset".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FittedView {
    /// Centre of the data.
    pub center: ProjectedPoint,
    /// Pixels per projected unit at zoom 1.
    pub scale: f64,
    /// Lowest zoom, at which the whole world fits.
    pub min_zoom: f64,
}

impl FittedView {
    /// Fits `bounds` into `size`, padding included; degenerate sizes and
    /// tiny extents are widened rather than producing infinite scales.
    pub fn new(bounds: Bounds, size: ScreenSize, padding: f64) -> FittedView {
        let center = ProjectedPoint {
            x: (bounds.min_x + bounds.max_x) / 2.0,
            y: (bounds.min_y + bounds.max_y) / 2.0,
        };
        let usable = |length: f64| (length - 2.0 * padding).max(length * 0.5).max(1.0);
        let scale_for = |b: Bounds| {
            (usable(size.width) / b.width().max(MIN_FIT_EXTENT))
                .min(usable(size.height) / b.height().max(MIN_FIT_EXTENT))
        };
        let scale = scale_for(bounds);
        let min_zoom = (scale_for(Bounds::world()) / scale).min(1.0);
        FittedView {
            center,
            scale,
            min_zoom,
        }
    }

    /// Like [`FittedView::new`], with a band of `inset` pixels on the right
    /// kept clear as well (where the zoom buttons float over the map), so no
    /// marker starts hidden under them.
    pub fn new_with_right_inset(
        bounds: Bounds,
        size: ScreenSize,
        padding: f64,
        inset: f64,
    ) -> FittedView {
        // `max(..).min(..)` here and below, not `f64::clamp`: clamp's panic
        // message formats floats, which links Rust's float formatter
        // (several KB of WASM) into the build.
        let inset = inset.max(0.0).min(size.width / 4.0);
        let narrower = ScreenSize {
            width: size.width - inset,
            ..size
        };
        let mut fit = FittedView::new(bounds, narrower, padding);
        fit.center.x += inset / 2.0 / fit.scale;
        fit
    }

    /// The camera that shows the fitted view.
    pub fn camera(&self) -> Camera {
        Camera {
            center: self.center,
            zoom: 1.0,
        }
    }

    /// The scale and offset for `camera` on a map of `size`.
    pub fn viewport(&self, camera: Camera, size: ScreenSize) -> Viewport {
        let scale = self.scale * camera.zoom;
        Viewport {
            scale,
            offset_x: size.width / 2.0 - camera.center.x * scale,
            offset_y: size.height / 2.0 - camera.center.y * scale,
        }
    }

    /// `camera` magnified by `factor` around the map's centre, within the
    /// allowed zoom range (whole world … [`MAX_ZOOM`]).
    pub fn zoom(&self, camera: Camera, factor: f64) -> Camera {
        let zoom = (camera.zoom * factor).max(self.min_zoom).min(MAX_ZOOM);
        Camera { zoom, ..camera }
    }

    /// `camera` magnified by `factor` keeping the point under `at` (a
    /// pinch's centre, the mouse pointer) where it is on screen, so the map
    /// grows around what the reader is pointing at rather than its middle.
    pub fn zoom_at(
        &self,
        camera: Camera,
        factor: f64,
        at: ScreenPoint,
        size: ScreenSize,
    ) -> Camera {
        let zoomed = self.zoom(camera, factor);
        let before = self.viewport(camera, size);
        let pinned = before.to_projected(at);
        let after = self.viewport(zoomed, size).to_screen(pinned);
        self.pan(zoomed, at.x - after.x, at.y - after.y)
    }

    /// `camera` moved as little as needed to bring the projected point `p`
    /// at least `margin` pixels inside the part of the map nothing covers
    /// (unchanged if it already is), so selecting a signatory in the list
    /// never points at a marker the reader cannot see — not even one under
    /// the zoom buttons or under a panel opened over the map.
    pub fn reveal(
        &self,
        camera: Camera,
        p: ProjectedPoint,
        size: ScreenSize,
        covered: Covered,
        margin: f64,
    ) -> Camera {
        let at = self.viewport(camera, size).to_screen(p);
        let size = ScreenSize {
            width: (size.width - covered.right).max(0.0),
            height: (size.height - covered.bottom).max(0.0),
        };
        let shift = |position: f64, length: f64| {
            let margin = margin.min(length / 2.0);
            if position < margin {
                margin - position
            } else if position > length - margin {
                length - margin - position
            } else {
                0.0
            }
        };
        let (dx, dy) = (shift(at.x, size.width), shift(at.y, size.height));
        if dx == 0.0 && dy == 0.0 {
            camera
        } else {
            self.pan(camera, dx, dy)
        }
    }

    /// `camera` moved by a drag of (`dx`, `dy`) screen pixels, keeping the
    /// centre on the world so the map can never be lost off-screen.
    pub fn pan(&self, camera: Camera, dx: f64, dy: f64) -> Camera {
        let scale = self.scale * camera.zoom;
        let world = Bounds::world();
        let center = ProjectedPoint {
            x: (camera.center.x - dx / scale)
                .max(world.min_x)
                .min(world.max_x),
            y: (camera.center.y - dy / scale)
                .max(world.min_y)
                .min(world.max_y),
        };
        Camera { center, ..camera }
    }
}

/// Pixels along the map's edges that something drawn over it hides: the
/// zoom buttons' column on the right, an open panel at the bottom (on a
/// narrow widget the detail sits over the map's lower part).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Covered {
    /// From the right edge.
    pub right: f64,
    /// From the bottom edge.
    pub bottom: f64,
}

impl Viewport {
    /// Where a projected point appears on screen.
    pub fn to_screen(&self, p: ProjectedPoint) -> ScreenPoint {
        ScreenPoint {
            x: p.x * self.scale + self.offset_x,
            y: p.y * self.scale + self.offset_y,
        }
    }

    /// The projected point shown at screen point `p` (inverse of [`Viewport::to_screen`]).
    pub fn to_projected(&self, p: ScreenPoint) -> ProjectedPoint {
        ProjectedPoint {
            x: (p.x - self.offset_x) / self.scale,
            y: (p.y - self.offset_y) / self.scale,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: ScreenSize = ScreenSize {
        width: 800.0,
        height: 400.0,
    };

    fn bounds(min_x: f64, min_y: f64, max_x: f64, max_y: f64) -> Bounds {
        Bounds {
            min_x,
            min_y,
            max_x,
            max_y,
        }
    }

    #[test]
    fn fitted_view_keeps_data_inside_the_padding() {
        let data = bounds(-2.0, -1.0, 0.5, -0.5);
        let fit = FittedView::new(data, SIZE, 20.0);
        let view = fit.viewport(fit.camera(), SIZE);
        for corner in [
            ProjectedPoint { x: -2.0, y: -1.0 },
            ProjectedPoint { x: 0.5, y: -0.5 },
        ] {
            let p = view.to_screen(corner);
            assert!(p.x >= 19.999 && p.x <= 780.001, "{p:?}");
            assert!(p.y >= 19.999 && p.y <= 380.001, "{p:?}");
        }
        // The limiting dimension touches the padding exactly.
        let left = view.to_screen(ProjectedPoint { x: -2.0, y: -0.75 });
        assert!((left.x - 20.0).abs() < 1e-9, "{left:?}");
    }

    #[test]
    fn a_right_inset_keeps_the_data_clear_of_the_controls() {
        let data = bounds(-2.0, -1.0, 0.5, -0.5);
        let fit = FittedView::new_with_right_inset(data, SIZE, 20.0, 60.0);
        let view = fit.viewport(fit.camera(), SIZE);
        let right = view.to_screen(ProjectedPoint { x: 0.5, y: -0.75 });
        let left = view.to_screen(ProjectedPoint { x: -2.0, y: -0.75 });
        assert!((right.x - (800.0 - 60.0 - 20.0)).abs() < 1e-9, "{right:?}");
        assert!((left.x - 20.0).abs() < 1e-9, "{left:?}");
    }

    #[test]
    fn a_single_city_is_not_magnified_without_limit() {
        let fit = FittedView::new(bounds(0.1, -0.8, 0.1, -0.8), SIZE, 20.0);
        assert!(fit.scale.is_finite());
        assert!(fit.scale <= 360.0 / MIN_FIT_EXTENT);
    }

    #[test]
    fn zoom_is_clamped_between_whole_world_and_max() {
        let fit = FittedView::new(bounds(-2.0, -1.0, 0.5, -0.5), SIZE, 20.0);
        let far_out = fit.zoom(fit.camera(), 1e-6);
        assert_eq!(far_out.zoom, fit.min_zoom);
        assert!(fit.min_zoom < 1.0);
        let far_in = fit.zoom(fit.camera(), 1e6);
        assert_eq!(far_in.zoom, MAX_ZOOM);
    }

    #[test]
    fn panning_moves_the_map_with_the_pointer_and_stays_on_the_world() {
        let fit = FittedView::new(bounds(-1.0, -1.0, 1.0, 0.0), SIZE, 0.0);
        let camera = fit.pan(fit.camera(), 40.0, 0.0);
        let before = fit.viewport(fit.camera(), SIZE).to_screen(fit.center);
        let after = fit.viewport(camera, SIZE).to_screen(fit.center);
        assert!(
            (after.x - before.x - 40.0).abs() < 1e-9,
            "content follows a drag to the right"
        );
        let lost = fit.pan(fit.camera(), -1e9, -1e9);
        assert!(lost.center.x <= Bounds::world().max_x && lost.center.y <= Bounds::world().max_y);
    }

    #[test]
    fn degenerate_sizes_do_not_produce_infinities() {
        let fit = FittedView::new(
            bounds(-1.0, -1.0, 1.0, 0.0),
            ScreenSize {
                width: 0.0,
                height: 0.0,
            },
            20.0,
        );
        assert!(fit.scale.is_finite() && fit.scale > 0.0);
    }

    #[test]
    fn zooming_at_a_point_keeps_that_point_still() {
        let fit = FittedView::new(bounds(-1.0, -1.0, 1.0, 0.0), SIZE, 0.0);
        let at = ScreenPoint { x: 600.0, y: 100.0 };
        let before = fit.viewport(fit.camera(), SIZE).to_projected(at);
        let zoomed = fit.zoom_at(fit.camera(), 2.0, at, SIZE);
        assert_eq!(zoomed.zoom, 2.0);
        let after = fit.viewport(zoomed, SIZE).to_screen(before);
        assert!(
            (after.x - at.x).abs() < 1e-9 && (after.y - at.y).abs() < 1e-9,
            "{after:?}"
        );
        // Zooming out again at the same point comes back to where we were.
        let back = fit.zoom_at(zoomed, 0.5, at, SIZE);
        assert!((back.center.x - fit.center.x).abs() < 1e-9);
    }

    #[test]
    fn reveal_moves_only_as_far_as_needed() {
        let fit = FittedView::new(bounds(-1.0, -1.0, 1.0, 0.0), SIZE, 0.0);
        let camera = fit.zoom(fit.camera(), 8.0);
        let view = fit.viewport(camera, SIZE);
        let inside = view.to_projected(ScreenPoint { x: 400.0, y: 200.0 });
        let none = Covered::default();
        assert_eq!(fit.reveal(camera, inside, SIZE, none, 40.0), camera);
        let off_right = view.to_projected(ScreenPoint {
            x: 1000.0,
            y: 200.0,
        });
        let moved = fit.reveal(camera, off_right, SIZE, none, 40.0);
        let now = fit.viewport(moved, SIZE).to_screen(off_right);
        assert!(
            (now.x - 760.0).abs() < 1e-9,
            "lands just inside the margin: {now:?}"
        );
        assert!(
            (now.y - 200.0).abs() < 1e-9,
            "no vertical move was needed: {now:?}"
        );
        // A panel over the lower 250 px: a point at y = 300 is under it.
        let under_panel = view.to_projected(ScreenPoint { x: 400.0, y: 300.0 });
        let covered = Covered {
            right: 36.0,
            bottom: 250.0,
        };
        let moved = fit.reveal(camera, under_panel, SIZE, covered, 40.0);
        let now = fit.viewport(moved, SIZE).to_screen(under_panel);
        assert!(
            (now.y - (SIZE.height - 250.0 - 40.0)).abs() < 1e-9,
            "lands just above the panel: {now:?}"
        );
        // Under the zoom buttons' column on the right.
        let off_right = view.to_projected(ScreenPoint { x: 780.0, y: 100.0 });
        let moved = fit.reveal(camera, off_right, SIZE, covered, 40.0);
        let now = fit.viewport(moved, SIZE).to_screen(off_right);
        assert!((now.x - (SIZE.width - 36.0 - 40.0)).abs() < 1e-9, "{now:?}");
    }
}
