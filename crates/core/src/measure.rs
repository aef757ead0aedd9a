//! What a measurement of the map's box means for the drawing: the browser
//! reports sizes (a first reading, then every `ResizeObserver` entry); this
//! decides which of them are worth a re-render of thousands of markers.

use crate::viewport::ScreenSize;

/// Used when the element is hidden at its first measurement (it measures
/// 0×0, in a closed tab): drawn at a typical size, redrawn once shown.
pub const FALLBACK_SIZE: ScreenSize = ScreenSize {
    width: 720.0,
    height: 405.0,
};

/// Changes smaller than this (CSS px) are rounding, not a resize: the first
/// measurement is in whole pixels, the observer's in fractions, and a
/// re-render of thousands of markers for half a pixel is not worth it.
pub const SMALLEST_CHANGE: f64 = 0.5;

/// The size to draw at after measuring `width` × `height`, given the size
/// drawn so far; `None` when nothing should change.
///
/// A hidden element (under a pixel either way) keeps the last real size,
/// or at first takes [`FALLBACK_SIZE`]; a change under
/// [`SMALLEST_CHANGE`] both ways is ignored.
pub fn next_size(previous: Option<ScreenSize>, width: f64, height: f64) -> Option<ScreenSize> {
    let hidden = !(width >= 1.0 && height >= 1.0);
    match previous {
        None if hidden => Some(FALLBACK_SIZE),
        Some(_) if hidden => None,
        Some(previous)
            if (width - previous.width).abs() < SMALLEST_CHANGE
                && (height - previous.height).abs() < SMALLEST_CHANGE =>
        {
            None
        }
        _ => Some(ScreenSize { width, height }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(width: f64, height: f64) -> ScreenSize {
        ScreenSize { width, height }
    }

    #[test]
    fn the_first_measurement_is_taken_as_it_is() {
        assert_eq!(next_size(None, 640.0, 360.0), Some(size(640.0, 360.0)));
    }

    #[test]
    fn a_hidden_element_starts_at_the_typical_size_and_keeps_its_last_one() {
        assert_eq!(next_size(None, 0.0, 0.0), Some(FALLBACK_SIZE));
        assert_eq!(next_size(Some(size(640.0, 360.0)), 0.0, 0.0), None);
        assert_eq!(next_size(Some(size(640.0, 360.0)), 640.0, f64::NAN), None);
    }

    #[test]
    fn rounding_is_not_a_resize_but_half_a_pixel_is() {
        let drawn = Some(size(640.0, 360.0));
        assert_eq!(next_size(drawn, 640.4, 359.7), None);
        assert_eq!(next_size(drawn, 640.5, 360.0), Some(size(640.5, 360.0)));
        assert_eq!(next_size(drawn, 640.0, 320.0), Some(size(640.0, 320.0)));
    }
}
