//! The SVG: well-formed, with every signatory's marker (a grouped one
//! through its group), the texts a reader sees, in both languages.

mod support;

use resvg::usvg::roxmltree::Document;
use signatory_core::dataset::Dataset;
use signatory_picture::{height_for, render, Picture, MAX_WIDTH, MIN_WIDTH};
use support::{generated, localizer, sample};

/// Parses the SVG and counts the signatories its markers stand for;
/// returns the ids of the single markers.
fn markers(picture: &Picture) -> (usize, Vec<String>) {
    let document = match Document::parse(&picture.svg) {
        Ok(document) => document,
        Err(error) => panic!("SVG not well-formed: {error}"),
    };
    let mut ids = Vec::new();
    let mut counted = 0;
    for node in document.descendants() {
        match node.attribute("class") {
            Some("smw-marker") => {
                ids.push(node.attribute("data-id").unwrap_or_default().to_owned());
                counted += 1;
            }
            Some("smw-group-marker") => {
                counted += node
                    .attribute("data-count")
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0);
            }
            _ => {}
        }
    }
    (counted, ids)
}

fn every_signatory_is_drawn(dataset: &Dataset, lang: &str) {
    let picture = render(dataset, &localizer(lang), 1200);
    let (counted, ids) = markers(&picture);
    assert_eq!(counted, dataset.signatories.len(), "{lang}");
    for id in &ids {
        assert!(dataset.signatories.iter().any(|s| &s.id == id), "{id}");
    }
}

#[test]
fn the_sample_is_drawn_whole_in_both_languages() {
    let dataset = sample();
    for lang in ["en", "lt"] {
        every_signatory_is_drawn(&dataset, lang);
    }
    let en = render(&dataset, &localizer("en"), 1200).svg;
    assert!(en.contains("Council of Europe partnership"));
    assert!(en.contains("15 signatories"));
    assert!(en.contains("Basemap: Natural Earth"));
    assert!(en.contains("Source: cybersecurityminute.com/"));
    assert!(en.contains(">Company<") && en.contains(">Association<"));
    let lt = render(&dataset, &localizer("lt"), 1200).svg;
    assert!(lt.contains("Europos Tarybos ir technologijų"));
    assert!(lt.contains("15 signatarų"));
    assert!(lt.contains("Šaltinis: cybersecurityminute.com/"));
    assert!(lt.contains("xml:lang=\"lt\""));
}

#[test]
fn thousands_of_signatories_are_all_drawn() {
    for n in [1, 200, 3000] {
        every_signatory_is_drawn(&generated(n, "A pledge"), "en");
    }
}

#[test]
fn the_sample_shows_fanned_members_with_their_lines_as_the_widget_does() {
    let svg = render(&sample(), &localizer("en"), 1200).svg;
    // At 1136 px the Western European signatories are fanned out, each a
    // marker of its own, with a line to its city.
    assert!(svg.matches("<path d=\"M").count() >= 3, "no leader lines");
    assert!(svg.contains("data-id=\"deutsche-telekom\""));
}

#[test]
fn the_size_follows_the_width_and_the_card_keeps_its_layout() {
    for (asked, width) in [
        (1200, 1200),
        (600, 600),
        (2400, 2400),
        (10, MIN_WIDTH),
        (99_999, MAX_WIDTH),
    ] {
        let picture = render(&sample(), &localizer("en"), asked);
        assert_eq!((picture.width, picture.height), (width, height_for(width)));
        assert!(picture.svg.contains(&format!("width=\"{width}\"")));
        assert!(picture.svg.contains("viewBox=\"0 0 1200 630\""));
    }
    assert_eq!(height_for(1200), 630);
}

#[test]
fn a_long_title_wraps_inside_the_card_and_is_cut_after_three_lines() {
    let title = "Susitarimas dėl ąčęėįšųūž ".repeat(40);
    let picture = render(&generated(15, &title), &localizer("lt"), 1200);
    let document = Document::parse(&picture.svg).unwrap_or_else(|e| panic!("{e}"));
    let bold: Vec<&str> = document
        .descendants()
        .filter(|n| {
            n.attribute("font-weight") == Some("700") && n.attribute("font-size") == Some("32")
        })
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(bold.len(), 3, "{bold:?}");
    assert!(bold[2].ends_with('…'));
    let metrics = signatory_picture::Metrics::of(signatory_picture::Weight::Bold);
    for line in bold {
        assert!(metrics.width(line, 32.0) <= 1200.0 - 64.0, "{line}");
    }
}

#[test]
fn dataset_text_cannot_break_the_document() {
    let picture = render(&generated(3, "<b>\"A & B\"</b>"), &localizer("en"), 1200);
    assert!(Document::parse(&picture.svg).is_ok());
    assert!(picture
        .svg
        .contains("&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;"));
}
