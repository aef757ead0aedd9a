//! The card's layout around the map, in CSS pixels on a 1200 × 630 card:
//! the header (title, date and place, counts), the map's one-sentence
//! summary, the map, and the footer (legend, basemap credit and source).
//! Every line is measured with the shipped fonts and wrapped or cut with
//! "…" to fit, so no text leaves the card, whatever its length or
//! language; the map takes what is left (at least half the card).

use std::fmt::Write;

use signatory_core::dataset::{web_link, Dataset, Kind};
use signatory_core::filter::AreaMasks;
use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::summary::{facts, sentence};
use signatory_core::viewport::ScreenSize;

use crate::fonts::{Metrics, Weight, FAMILY};
use crate::map::{self, MapBox};
use crate::svg::{colour, escape, num};

/// The card's width in CSS pixels (a social card's 1200 × 630).
pub const CARD_WIDTH: f64 = 1200.0;
/// The card's height in CSS pixels.
pub const CARD_HEIGHT: f64 = 630.0;
/// Space around everything.
const PAD: f64 = 32.0;
/// The widget clamps its title to three lines (then "Show in full").
const TITLE_LINES: usize = 3;

/// A run of text of one style.
struct Style {
    size: f64,
    line: f64,
    weight: Weight,
    fill: &'static str,
}

const TITLE: Style = Style {
    size: 32.0,
    line: 40.0,
    weight: Weight::Bold,
    fill: colour::FG,
};
const META: Style = Style {
    size: 18.0,
    line: 26.0,
    weight: Weight::Regular,
    fill: colour::MUTED,
};
const SUMMARY: Style = Style {
    size: 16.0,
    line: 22.0,
    weight: Weight::Regular,
    fill: colour::MUTED,
};
const SMALL: Style = Style {
    size: 14.0,
    line: 20.0,
    weight: Weight::Regular,
    fill: colour::MUTED,
};

/// The card's contents as SVG elements (inside the root `<svg>`).
pub fn compose(dataset: &Dataset, t: &Localizer) -> String {
    let mut out = String::new();
    let width = CARD_WIDTH - 2.0 * PAD;
    let mut y = PAD;
    let agreement = &dataset.agreement;
    y = block(
        &mut out,
        &TITLE,
        t.pick(&agreement.title),
        y,
        width,
        TITLE_LINES,
    );
    let meta = t.signed(agreement);
    y = block(&mut out, &META, &meta, y + 4.0, width, 1);
    // The header's counts: areas only where the widget offers a filter.
    let areas = if AreaMasks::new(dataset).all_alike() {
        0
    } else {
        dataset.areas.len()
    };
    let counts = t.count(Msg::HeaderSignatories, dataset.signatories.len())
        + &t.count(Msg::HeaderAreas, areas);
    y = block(&mut out, &META, &counts, y, width, 1);
    let all: Vec<usize> = (0..dataset.signatories.len()).collect();
    let summary: String = sentence(&facts(dataset, &all, &[]), dataset, t)
        .into_iter()
        .map(|span| span.text)
        .collect();
    y = block(&mut out, &SUMMARY, &summary, y + 8.0, width, 2);

    let footer = SMALL.line * 2.0 + 14.0;
    let map_top = y + 10.0;
    let size = ScreenSize {
        width,
        height: (CARD_HEIGHT - PAD - footer - map_top).max(1.0),
    };
    map::draw(
        &mut out,
        dataset,
        t,
        MapBox {
            x: PAD,
            y: map_top,
            size,
        },
    );
    let footer_top = map_top + size.height + 10.0;
    legend(&mut out, dataset, t, footer_top);
    // As the widget's attribution line: credit, how old the data is, source.
    let mut source = t.text(Msg::MapAttribution);
    source.push_str(" · ");
    source.push_str(&t.data_as_of(dataset));
    if let Some(url) = web_link(agreement.source.as_deref()) {
        let shown = url
            .trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        source.push_str(" · ");
        source.push_str(&t.format(
            Msg::ToolImageSource,
            &[("url", MessageArg::Text(shown.to_owned()))],
        ));
    }
    block(&mut out, &SMALL, &source, footer_top + SMALL.line, width, 1);
    out
}

/// `text` in `style` from `top`, wrapped to `width` in at most `lines`
/// lines; returns the y below it.
fn block(out: &mut String, style: &Style, text: &str, top: f64, width: f64, lines: usize) -> f64 {
    let metrics = Metrics::of(style.weight);
    let mut y = top;
    for line in metrics.wrap(text, style.size, width, lines) {
        // The baseline sits where a CSS line box puts it, near enough:
        // the font's ascent below a half-leading.
        let baseline = y + (style.line - style.size) / 2.0 + style.size * 0.93;
        text_at(out, style, &line, PAD, baseline);
        y += style.line;
    }
    y
}

/// One line of text, left-aligned at (`x`, `baseline`).
fn text_at(out: &mut String, style: &Style, text: &str, x: f64, baseline: f64) {
    let weight = match style.weight {
        Weight::Regular => "400",
        Weight::Bold => "700",
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-family="{FAMILY}" font-size="{}" font-weight="{weight}" fill="{}">{}</text>"#,
        num(x),
        num(baseline),
        num(style.size),
        style.fill,
        escape(text),
    );
}

/// The legend: a swatch and a name per kind present, in the widget's
/// order, on one line (three kinds fit any card).
fn legend(out: &mut String, dataset: &Dataset, t: &Localizer, top: f64) {
    let metrics = Metrics::of(Weight::Regular);
    let mut x = PAD;
    let _ = write!(out, r#"<g class="smw-legend">"#);
    for kind in Kind::ALL {
        if !dataset.signatories.iter().any(|s| s.kind == kind) {
            continue;
        }
        let name = t.text(match kind {
            Kind::Company => Msg::KindCompany,
            Kind::Association => Msg::KindAssociation,
            Kind::Institution => Msg::KindInstitution,
        });
        // The widget's 16 px swatch: the symbol in a 22-unit box.
        let centre_y = top + SMALL.line / 2.0;
        let _ = write!(
            out,
            r#"<g transform="translate({} {}) scale({})">{}</g>"#,
            num(x + 8.0),
            num(centre_y),
            num(16.0 / 22.0),
            map::symbol(kind, signatory_core::marker_layout::MARKER_RADIUS),
        );
        let baseline = top + (SMALL.line - SMALL.size) / 2.0 + SMALL.size * 0.93;
        text_at(out, &SMALL, &name, x + 22.0, baseline);
        x += 22.0 + metrics.width(&name, SMALL.size) + 20.0;
    }
    out.push_str("</g>");
}
