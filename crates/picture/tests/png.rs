//! The PNG: its size, ink where the card has content, Lithuanian letters
//! drawn with real glyphs, and the sample compared with a golden image.
//!
//! The golden image is `tests/golden/sample-en.png` (the sample in English
//! at 1200 px). The comparison allows small differences of anti-aliasing
//! between machines and resvg builds: a pixel counts as different when a
//! channel differs by more than 24 (of 255), and at most 0.5 % of the
//! pixels may. A deliberate change of the picture updates it:
//!
//!   UPDATE_GOLDEN=1 cargo test -p signatory-picture --test png
//!
//! then look at the new file before committing it.

mod support;

use std::path::Path;

use signatory_picture::{glyphs, png, render};
use support::{generated, inked, localizer, pixels, sample};

#[test]
fn the_png_has_the_asked_size_and_is_not_blank() {
    for width in [600, 1200] {
        let picture = render(&sample(), &localizer("en"), width);
        let bytes = png(&picture).unwrap_or_else(|e| panic!("{e}"));
        let pixmap = pixels(&bytes);
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            (width, width * 630 / 1200)
        );
        // Water, land, markers and text: far more than a stray pixel.
        let share = inked(&pixmap) as f64 / (pixmap.width() * pixmap.height()) as f64;
        assert!(share > 0.4, "{share}");
    }
}

#[test]
fn lithuanian_letters_are_drawn_with_their_own_glyphs() {
    let letters = "ąčęėįšųūž";
    let with = render(&generated(5, letters), &localizer("lt"), 1200);
    let drawn = glyphs(&with).unwrap_or_else(|e| panic!("{e}"));
    for letter in letters.chars() {
        let glyph = drawn.iter().find(|(text, _)| text.contains(letter));
        assert!(
            matches!(glyph, Some((_, id)) if *id != 0),
            "{letter}: {glyph:?}"
        );
    }
    assert!(
        drawn.iter().all(|(_, id)| *id != 0),
        "a .notdef box is drawn"
    );
    // And they are ink: the title's row is not blank.
    let pixmap = pixels(&png(&with).unwrap_or_else(|e| panic!("{e}")));
    let title_row = &pixmap.pixels()[32 * 1200..72 * 1200];
    let ink = title_row
        .iter()
        .filter(|p| (p.red(), p.green(), p.blue()) != (255, 255, 255))
        .count();
    assert!(ink > 500, "{ink}");
}

#[test]
fn the_sample_matches_its_golden_image() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sample-en.png");
    let bytes = png(&render(&sample(), &localizer("en"), 1200)).unwrap_or_else(|e| panic!("{e}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    let expected = std::fs::read(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    let (now, then) = (pixels(&bytes), pixels(&expected));
    assert_eq!((now.width(), now.height()), (then.width(), then.height()));
    let differing = now
        .pixels()
        .iter()
        .zip(then.pixels())
        .filter(|(a, b)| {
            let d = |x: u8, y: u8| x.abs_diff(y) > 24;
            d(a.red(), b.red()) || d(a.green(), b.green()) || d(a.blue(), b.blue())
        })
        .count();
    let share = differing as f64 / now.pixels().len() as f64;
    assert!(
        share <= 0.005,
        "{:.2} % of the pixels differ from tests/golden/sample-en.png (see this file's header to update it)",
        share * 100.0
    );
}
