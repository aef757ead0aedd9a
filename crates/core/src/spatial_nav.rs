//! Arrow-key movement between markers on the map.
//!
//! The markers are one Tab stop (a roving tabindex); the arrow keys then
//! move to the nearest marker in that direction, the way the eye would, and
//! Home / End jump to the first / last in reading order. Pure geometry on
//! screen positions, so it is tested natively.

use crate::viewport::ScreenPoint;

/// An arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// ←
    Left,
    /// →
    Right,
    /// ↑ (towards the top of the screen)
    Up,
    /// ↓
    Down,
}

impl Direction {
    /// Reads `KeyboardEvent.key` ("ArrowLeft", …); `None` for other keys.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// The index of the point of `points` to move to from `points[from]` with
/// the `direction` key: among points lying that way, the one closest along
/// the axis, with sideways distance counting double (so "right" prefers
/// what is level with the marker over what is far below it). `None` when
/// nothing lies that way.
pub fn nearest_in_direction(
    points: &[ScreenPoint],
    from: usize,
    direction: Direction,
) -> Option<usize> {
    let origin = *points.get(from)?;
    let score = |p: &ScreenPoint| {
        let (dx, dy) = (p.x - origin.x, p.y - origin.y);
        let (along, across) = match direction {
            Direction::Left => (-dx, dy),
            Direction::Right => (dx, dy),
            Direction::Up => (-dy, dx),
            Direction::Down => (dy, dx),
        };
        (along > 0.0).then_some(along + 2.0 * across.abs())
    };
    points
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, p)| score(p).map(|s| (i, s)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Indices of `points` in reading order (top to bottom, then left to
/// right, in bands of `band` pixels so markers on about the same line read
/// left to right): what Home, End and the first Tab into the map use.
pub fn reading_order(points: &[ScreenPoint], band: f64) -> Vec<usize> {
    let band = if band.is_finite() && band > 0.0 {
        band
    } else {
        1.0
    };
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (points[a], points[b]);
        (pa.y / band)
            .floor()
            .total_cmp(&(pb.y / band).floor())
            .then(pa.x.total_cmp(&pb.x))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint { x, y }
    }

    #[test]
    fn arrows_move_to_the_nearest_marker_that_way() {
        //  0 . 1
        //  . 2 .      3 far right, level with 0
        let points = [pt(0.0, 0.0), pt(100.0, 0.0), pt(50.0, 50.0), pt(400.0, 0.0)];
        assert_eq!(nearest_in_direction(&points, 0, Direction::Right), Some(1));
        assert_eq!(nearest_in_direction(&points, 1, Direction::Right), Some(3));
        assert_eq!(nearest_in_direction(&points, 1, Direction::Left), Some(0));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Down), Some(2));
        assert_eq!(
            nearest_in_direction(&points, 2, Direction::Up),
            Some(0),
            "ties keep the first"
        );
        assert_eq!(
            nearest_in_direction(&points, 0, Direction::Up),
            None,
            "nothing above"
        );
        assert_eq!(nearest_in_direction(&points, 3, Direction::Right), None);
    }

    #[test]
    fn level_markers_beat_closer_ones_far_off_the_line() {
        let points = [pt(0.0, 0.0), pt(30.0, 40.0), pt(90.0, 2.0)];
        assert_eq!(nearest_in_direction(&points, 0, Direction::Right), Some(2));
    }

    #[test]
    fn unknown_origin_and_keys() {
        assert_eq!(nearest_in_direction(&[], 0, Direction::Left), None);
        assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::from_key("Tab"), None);
    }

    #[test]
    fn reading_order_goes_by_lines_then_left_to_right() {
        let points = [
            pt(300.0, 105.0),
            pt(10.0, 300.0),
            pt(20.0, 100.0),
            pt(200.0, 12.0),
        ];
        assert_eq!(reading_order(&points, 40.0), vec![3, 2, 0, 1]);
    }
}
