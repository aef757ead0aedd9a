//! The Equal Earth projection (Šavrič, Patterson & Jenny, 2018).
//!
//! Coordinate spaces used by the widget:
//! - **geographic**: [`GeoPoint`], degrees of longitude and latitude;
//! - **projected**: [`ProjectedPoint`], Equal Earth in units of the Earth's
//!   radius, with `y` growing *downwards* like SVG so the view layer never
//!   flips axes (x in about ±2.7, y in about ±1.3);
//! - **screen**: CSS pixels inside the map, obtained from projected points by
//!   the [`crate::viewport::Viewport`] (a scale and a translation).
//!
//! Equal Earth was chosen because it keeps areas true (no giant Russia, no
//! huge Greenland beside Europe's small signatories) with a pleasant shape,
//! and its forward formula is a few multiplications, cheap enough to
//! project thousands of markers and the whole basemap at start-up.

use crate::basemap::GeoPoint;

const A1: f64 = 1.340_264;
const A2: f64 = -0.081_106;
const A3: f64 = 0.000_893;
const A4: f64 = 0.003_796;

/// A point in the projected plane (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectedPoint {
    /// East–west, Earth radii.
    pub x: f64,
    /// North–south, Earth radii, growing southwards.
    pub y: f64,
}

/// Projects a geographic point with Equal Earth.
pub fn equal_earth(point: GeoPoint) -> ProjectedPoint {
    let m = 3f64.sqrt() / 2.0;
    let lambda = point.lon.to_radians();
    let theta = (m * point.lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    ProjectedPoint { x, y: -y }
}

/// An axis-aligned box in the projected plane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Western edge.
    pub min_x: f64,
    /// Northern edge (smallest y).
    pub min_y: f64,
    /// Eastern edge.
    pub max_x: f64,
    /// Southern edge.
    pub max_y: f64,
}

impl Bounds {
    /// The smallest box holding every point; `None` when there are none.
    pub fn around(points: impl IntoIterator<Item = ProjectedPoint>) -> Option<Bounds> {
        points.into_iter().fold(None, |bounds, p| {
            let b = bounds.unwrap_or(Bounds {
                min_x: p.x,
                min_y: p.y,
                max_x: p.x,
                max_y: p.y,
            });
            Some(Bounds {
                min_x: b.min_x.min(p.x),
                min_y: b.min_y.min(p.y),
                max_x: b.max_x.max(p.x),
                max_y: b.max_y.max(p.y),
            })
        })
    }

    /// The whole world, for an empty dataset.
    pub fn world() -> Bounds {
        let corner = equal_earth(GeoPoint {
            lon: 180.0,
            lat: 90.0,
        });
        let edge = equal_earth(GeoPoint {
            lon: 180.0,
            lat: 0.0,
        });
        Bounds {
            min_x: -edge.x,
            min_y: corner.y,
            max_x: edge.x,
            max_y: -corner.y,
        }
    }

    /// Width in projected units.
    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    /// Height in projected units.
    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn origin_maps_to_origin_and_axes_keep_their_direction() {
        let origin = equal_earth(GeoPoint { lon: 0.0, lat: 0.0 });
        assert!(close(origin.x, 0.0) && close(origin.y, 0.0));
        let north_east = equal_earth(GeoPoint {
            lon: 30.0,
            lat: 45.0,
        });
        assert!(north_east.x > 0.0, "east is right");
        assert!(north_east.y < 0.0, "north is up (smaller y, like SVG)");
    }

    #[test]
    fn matches_published_reference_values() {
        // Reference: d3-geo's geoEqualEarthRaw, which implements the paper.
        let edge = equal_earth(GeoPoint {
            lon: 180.0,
            lat: 0.0,
        });
        assert!((edge.x - 2.706_629).abs() < 1e-5, "{edge:?}");
        let pole = equal_earth(GeoPoint {
            lon: 0.0,
            lat: 90.0,
        });
        assert!((pole.y + 1.317_362).abs() < 1e-5, "{pole:?}");
    }

    #[test]
    fn is_symmetric() {
        let a = equal_earth(GeoPoint {
            lon: 37.6,
            lat: 55.7,
        });
        let b = equal_earth(GeoPoint {
            lon: -37.6,
            lat: -55.7,
        });
        assert!(close(a.x, -b.x) && close(a.y, -b.y));
    }

    #[test]
    fn bounds_enclose_all_points() {
        let points = [(7.75, 48.58), (-122.03, 37.33), (37.62, 55.76)]
            .map(|(lon, lat)| equal_earth(GeoPoint { lon, lat }));
        let bounds = Bounds::around(points).expect("three points");
        for p in points {
            assert!(p.x >= bounds.min_x && p.x <= bounds.max_x);
            assert!(p.y >= bounds.min_y && p.y <= bounds.max_y);
        }
        assert_eq!(Bounds::around([]), None);
        assert!(Bounds::world().width() > 5.4 && Bounds::world().height() > 2.6);
    }
}
