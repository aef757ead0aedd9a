//! The basemap as SVG path data, projected once.
//!
//! The land and the borders become two `d` strings in projected units
//! multiplied by [`PATH_UNITS`] and rounded to integers: short text (no
//! decimals) and sub-pixel precision up to the deepest zoom. The view moves
//! them with one SVG `transform`, so zooming never rebuilds these strings.

use std::fmt::Write as _;

use crate::basemap::{Basemap, GeoPoint};
use crate::projection::equal_earth;

/// Path units per projected unit (the view scales by `1 / PATH_UNITS`).
pub const PATH_UNITS: f64 = 1000.0;

/// The two basemap layers as SVG path data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasemapPaths {
    /// Land polygons, closed (`Z`), to fill.
    pub land: String,
    /// Internal country borders, open, to stroke.
    pub borders: String,
}

impl BasemapPaths {
    /// Projects and serialises a decoded basemap.
    pub fn new(basemap: &Basemap) -> BasemapPaths {
        BasemapPaths {
            land: path_data(&basemap.land, true),
            borders: path_data(&basemap.borders, false),
        }
    }
}

/// Serialises lines as relative path commands (`m`, `l`), dropping points
/// that round onto the previous one.
fn path_data(lines: &[Vec<GeoPoint>], closed: bool) -> String {
    let mut d = String::new();
    for line in lines {
        let mut previous: Option<(i64, i64)> = None;
        for point in line {
            let p = equal_earth(*point);
            let current = (
                (p.x * PATH_UNITS).round() as i64,
                (p.y * PATH_UNITS).round() as i64,
            );
            let _ = match previous {
                None => write!(d, "M{} {}", current.0, current.1),
                Some(prev) if prev == current => continue,
                Some(prev) => write!(d, "l{} {}", current.0 - prev.0, current.1 - prev.1),
            };
            previous = Some(current);
        }
        if closed && previous.is_some() {
            d.push('Z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(lon: f64, lat: f64) -> GeoPoint {
        GeoPoint { lon, lat }
    }

    #[test]
    fn rings_close_and_lines_stay_open() {
        let square = vec![point(0.0, 0.0), point(10.0, 0.0), point(10.0, 10.0)];
        let basemap = Basemap {
            land: vec![square.clone()],
            borders: vec![square],
        };
        let paths = BasemapPaths::new(&basemap);
        assert!(
            paths.land.starts_with("M0 0l") && paths.land.ends_with('Z'),
            "{}",
            paths.land
        );
        assert!(!paths.borders.contains('Z'));
        assert_eq!(paths.land.matches('l').count(), 2);
    }

    #[test]
    fn repeated_points_are_dropped() {
        let line = vec![point(0.0, 0.0), point(0.0001, 0.0), point(5.0, 0.0)];
        let paths = BasemapPaths::new(&Basemap {
            land: vec![],
            borders: vec![line],
        });
        assert_eq!(paths.borders.matches('l').count(), 1, "{}", paths.borders);
    }

    #[test]
    fn the_shipped_world_becomes_compact_path_data() {
        let basemap = Basemap::decode(crate::basemap::WORLD_110M).expect("shipped asset decodes");
        let paths = BasemapPaths::new(&basemap);
        assert!(paths.land.len() > 10_000, "land has detail");
        assert!(
            paths.land.len() < 200_000,
            "but stays small: {}",
            paths.land.len()
        );
        assert!(!paths.land.contains('.'), "integers only");
    }
}
