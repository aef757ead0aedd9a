//! Small pieces of SVG text: escaped text and attribute values, numbers
//! written short, and the widget's light-theme colours.

/// The widget's light theme (`www/src/host.css`), the one a picture uses:
/// social cards, apps and print are read on white.
pub mod colour {
    /// `--smw-bg`: the card, and the outline around markers.
    pub const BG: &str = "#ffffff";
    /// `--smw-fg`: the title.
    pub const FG: &str = "#1b1f24";
    /// `--smw-muted`: date, counts, summary, legend and source line.
    pub const MUTED: &str = "#4d5763";
    /// `--smw-water`: the map's background.
    pub const WATER: &str = "#dfeaf3";
    /// `--smw-land`.
    pub const LAND: &str = "#f4f1ea";
    /// `--smw-land-edge`: coasts and borders.
    pub const LAND_EDGE: &str = "#b9b2a3";
    /// `--smw-company`.
    pub const COMPANY: &str = "#1f5fa8";
    /// `--smw-association`.
    pub const ASSOCIATION: &str = "#b24a00";
    /// `--smw-institution`.
    pub const INSTITUTION: &str = "#6a2c91";
    /// `--smw-group`: group discs, leader lines and their dots.
    pub const GROUP: &str = "#2b3440";
}

/// `text` escaped for an element's content or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Not allowed in XML 1.0 at all: a dataset's text cannot make
            // the document unreadable.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `v` with at most two decimals and no trailing zeros ("12", "3.5",
/// "-0.04"): a hundredth of a pixel is below what any screen shows, and
/// the file stays small with thousands of markers.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let rounded = (v * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".to_owned(),
        t => t.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_text_is_escaped() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(3.504), "3.5");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(
            escape("A & B <\"c\">\u{1}"),
            "A &amp; B &lt;&quot;c&quot;&gt;"
        );
    }
}
