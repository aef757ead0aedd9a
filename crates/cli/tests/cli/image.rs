//! `image` as a person runs it: pictures of the sample in both languages
//! from JSON and from the workbook, the PNG's size, rejected data told as
//! `check` tells it with nothing written, and usage mistakes.

use std::fs;

use super::{run, scratch, text};

/// Width and height from a PNG's header (IHDR is the first chunk).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (number(16), number(20))
}

/// Signatories an SVG's markers stand for (a group counts its members).
fn signatories_drawn(svg: &str) -> usize {
    let singles = svg.matches("class=\"smw-marker\"").count();
    let grouped: usize = svg
        .split("data-count=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<usize>().ok())
        .sum();
    singles + grouped
}

#[test]
fn the_sample_becomes_a_png_of_the_asked_width() {
    let dir = scratch("image-png");
    for (width, height) in [("1200", 630), ("600", 315)] {
        let out = dir.join(format!("card-{width}.png"));
        let ran = run(&[
            "image",
            "data/agreement.json",
            "--width",
            width,
            "-o",
            text(&out),
        ]);
        assert_eq!(ran.status, 0, "{}", ran.stderr);
        assert_eq!(ran.stdout, "");
        assert_eq!(
            ran.stderr,
            format!(
                "wrote {}: {width} × {height} px, 15 signatories\n",
                text(&out)
            )
        );
        let bytes = fs::read(&out).expect("the PNG is written");
        assert_eq!(png_size(&bytes), (width.parse().expect("number"), height));
    }
}

#[test]
fn the_workbook_becomes_an_svg_in_lithuanian_on_standard_output() {
    let ran = run(&[
        "--lang",
        "lt",
        "image",
        "data/agreement.xlsx",
        "--format",
        "svg",
    ]);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert!(ran
        .stdout
        .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""));
    assert!(ran.stdout.contains("Europos Tarybos ir technologijų"));
    assert!(ran.stdout.contains("15 signatarų"));
    assert!(ran.stdout.contains("Pagrindo žemėlapis: Natural Earth"));
    assert_eq!(signatories_drawn(&ran.stdout), 15);
    let english = run(&["image", "data/agreement.json", "--format", "svg"]);
    assert_eq!(signatories_drawn(&english.stdout), 15);
    assert!(english.stdout.contains("15 signatories"));
}

#[test]
fn the_format_may_come_from_the_file_name() {
    let dir = scratch("image-ending");
    let out = dir.join("card.svg");
    let ran = run(&["image", "data/agreement.json", "-o", text(&out)]);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let svg = fs::read_to_string(&out).expect("the SVG is written");
    assert!(svg.starts_with("<svg "));
}

#[test]
fn rejected_data_is_told_as_check_tells_it_and_nothing_is_written() {
    let dir = scratch("image-rejected");
    let data = dir.join("bad.json");
    fs::write(
        &data,
        r#"{"version": 1, "agreement": {"title": {"en": "T"}, "date": "2017-13-40"}, "areas": [], "signatories": []}"#,
    )
    .expect("test file");
    let out = dir.join("card.png");
    let checked = run(&["check", text(&data)]);
    assert_eq!(checked.status, 1);
    let ran = run(&["image", text(&data), "-o", text(&out)]);
    assert_eq!(ran.status, 1);
    let findings: Vec<&str> = checked
        .stdout
        .lines()
        .filter(|l| l.starts_with("error:"))
        .collect();
    assert!(!findings.is_empty());
    for finding in findings {
        assert!(ran.stderr.contains(finding), "{}", ran.stderr);
    }
    assert!(ran
        .stderr
        .contains("the data would be rejected; nothing written"));
    assert!(!out.exists());
    let lithuanian = run(&["--lang", "lt", "image", text(&data), "-o", text(&out)]);
    assert!(lithuanian
        .stderr
        .contains("duomenys būtų atmesti; nieko neįrašyta"));
    assert!(!out.exists());
}

#[test]
fn usage_mistakes_are_named_in_both_languages() {
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["image", "data/agreement.json", "--format", "gif"],
            "--format is svg or png, not “gif”",
            "--format yra svg arba png, ne „gif“",
        ),
        (
            &[
                "image",
                "data/agreement.json",
                "--format",
                "svg",
                "--width",
                "wide",
            ],
            "--width is a whole number of pixels from 300 to 4800, not “wide”",
            "--width – sveikasis pikselių skaičius nuo 300 iki 4800, ne „wide“",
        ),
        (
            &["image", "data/agreement.json"],
            "say which picture to make",
            "nurodykite, kokį paveikslą daryti",
        ),
        (
            &[
                "image",
                "data/agreement.json",
                "data/agreement.xlsx",
                "--format",
                "svg",
            ],
            "image makes one dataset at a time, and these files make 2",
            "komanda image apdoroja vieną duomenų rinkinį, o šie failai sudaro 2 rinkinius",
        ),
    ];
    for (args, english, lithuanian) in cases {
        let ran = run(args);
        assert_eq!(ran.status, 2, "{args:?}");
        assert_eq!(ran.stdout, "");
        assert!(ran.stderr.contains(english), "{}", ran.stderr);
        assert!(ran
            .stderr
            .contains("Usage: signatory-map image --format svg|png"));
        let mut in_lt = vec!["--lang", "lt"];
        in_lt.extend_from_slice(args);
        let ran = run(&in_lt);
        assert_eq!(ran.status, 2);
        assert!(ran.stderr.contains(lithuanian), "{}", ran.stderr);
    }
}

#[test]
fn help_tells_how_to_make_a_picture_and_credits_basemap_and_fonts() {
    let help = run(&["image", "--help"]);
    assert_eq!(help.status, 0);
    assert!(help.stdout.contains("--format svg|png"));
    assert!(help.stdout.contains("--width PIXELS"));
    assert!(help.stdout.contains("DejaVu Sans"));
    assert!(help.stdout.contains("Natural Earth"));
    let all = run(&["--help"]);
    assert!(all.stdout.contains("\n  image FILE… --format svg|png"));
}
