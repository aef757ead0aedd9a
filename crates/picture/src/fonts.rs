//! The fonts shipped with the picture (DejaVu Sans, regular and bold, from
//! npm `dejavu-fonts-ttf` 2.37.3; licence in `assets/LICENSE`, checked
//! against the package by `tools/fonts.mjs --check`), embedded so the tool
//! needs no system fonts and a PNG is the same on every machine, and their
//! glyph advances, so a title wraps where the drawn text really ends.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// DejaVu Sans Book.
pub const REGULAR: &[u8] = include_bytes!("../assets/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../assets/DejaVuSans-Bold.ttf");

/// The family the SVG names, with fallbacks of the same design and widths
/// (Vera is DejaVu's origin), so an SVG opened in a browser without DejaVu
/// still fits its lines.
pub const FAMILY: &str = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

/// Which of the two fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Book.
    Regular,
    /// Bold.
    Bold,
}

impl Weight {
    fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// Measures text set in one of the shipped fonts.
pub struct Metrics {
    font: Option<FontRef<'static>>,
}

impl Metrics {
    /// The metrics of `weight`.
    pub fn of(weight: Weight) -> Metrics {
        Metrics {
            font: FontRef::new(weight.bytes()).ok(),
        }
    }

    /// Whether every character of `text` has a glyph of its own (no
    /// .notdef box); white space and controls need none.
    pub fn covers(&self, text: &str) -> bool {
        let Some(font) = &self.font else {
            return false;
        };
        let charmap = font.charmap();
        text.chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .all(|c| charmap.map(c).is_some_and(|g| g.to_u32() != 0))
    }

    /// The advance of `text` at `size` pixels: the sum of its glyphs'
    /// advances (kerning only ever narrows DejaVu's pairs, so this is an
    /// upper bound and a line measured with it never overflows).
    pub fn width(&self, text: &str, size: f64) -> f64 {
        let Some(font) = &self.font else {
            return 0.0;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size as f32), LocationRef::default());
        let notdef = metrics
            .advance_width(skrifa::GlyphId::new(0))
            .unwrap_or(0.0);
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(notdef) as f64
            })
            .sum()
    }

    /// `text` broken into lines no wider than `width` at `size` pixels, at
    /// spaces (a word wider than a line is broken between characters), at
    /// most `max_lines` of them: the last one kept ends with "…" when text
    /// was left out, as the widget's clamped title does.
    pub fn wrap(&self, text: &str, size: f64, width: f64, max_lines: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let joined = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&joined, size) <= width {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if self.width(&line, size) > width && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        let max_lines = max_lines.max(1);
        if lines.len() > max_lines {
            // The last line kept is filled up with what follows, then cut
            // between characters: a long link after a short word is shown
            // as far as it fits, not dropped whole.
            let next = lines.swap_remove(max_lines);
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                let filled = format!("{last} {next}");
                *last = self.ellipsis(&filled, size, width);
            }
        }
        lines
    }

    /// `line` shortened until it fits with "…" after it.
    fn ellipsis(&self, line: &str, size: f64, width: f64) -> String {
        let mut kept: String = line.to_owned();
        loop {
            let candidate = format!("{}…", kept.trim_end());
            if self.width(&candidate, size) <= width || kept.is_empty() {
                return candidate;
            }
            kept.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lithuanian_letter_has_a_glyph_in_both_fonts() {
        let letters = "ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“–…·";
        assert!(Metrics::of(Weight::Regular).covers(letters));
        assert!(Metrics::of(Weight::Bold).covers(letters));
        assert!(!Metrics::of(Weight::Regular).covers("漢"));
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let metrics = Metrics::of(Weight::Bold);
        let text = "Susitarimas dėl bendradarbiavimo kibernetinio saugumo srityje ąčęėįšųūž";
        let lines = metrics.wrap(text, 28.0, 300.0, 10);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(metrics.width(line, 28.0) <= 300.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_long_unbroken_word_is_cut_and_extra_lines_end_with_an_ellipsis() {
        let metrics = Metrics::of(Weight::Regular);
        let word = "ž".repeat(400);
        let lines = metrics.wrap(&word, 16.0, 200.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        for line in &lines {
            assert!(metrics.width(line, 16.0) <= 200.0);
        }
    }
}
