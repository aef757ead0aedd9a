//! `prerender` and `embed` as a newsroom runs them on its own data: a
//! converted spreadsheet drawn in both languages, the snippet with its
//! script, hashes, data URL, both snapshots and fallback, and the errors
//! (no `--src`, rejected data, no hashes) with their exit statuses.

use std::fs;
use std::path::Path;
use std::process::Command;

use super::{root, run, scratch, text, Ran};

const CSV: [&str; 3] = [
    "data/agreement-csv/agreement.csv",
    "data/agreement-csv/areas.csv",
    "data/agreement-csv/signatories.csv",
];

/// A CDN folder whose files are "abc" and "def", for hashes known by heart
/// (`printf abc | openssl dgst -sha384 -binary | base64`).
fn fake_cdn(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    fs::write(dir.join("signatory-map.js"), "abc").expect("script");
    fs::write(dir.join("signatory-map.css"), "def").expect("stylesheet");
    dir
}
const ABC: &str = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";
const DEF: &str = "sha384-GAwyXMyymeduxsA6W1p3Va+O9JmQbb9THxjQylCeSHGwgFysDxIrli1UutxhGfPP";

#[test]
fn a_converted_spreadsheet_prerenders_in_both_languages_as_its_json_does() {
    for (lang, entry) in [
        ("en", "Kaspersky Lab</span>"),
        ("lt", "„Kaspersky Lab“</span>"),
    ] {
        let mut args = vec!["prerender", "--lang", lang, "--stylesheet", "/css/s.css"];
        args.extend(CSV);
        let sheets = run(&args);
        assert_eq!(sheets.status, 0, "{}", sheets.stderr);
        let html = &sheets.stdout;
        assert!(
            html.starts_with(
                "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/css/s.css\">"
            ),
            "{}",
            &html[..200]
        );
        assert!(html.contains("class=\"smw-root smw-prerendered\" data-dataset-hash=\""));
        assert!(html.contains(&format!("<div lang=\"{lang}\" role=\"region\"")));
        assert!(
            html.contains(entry),
            "{lang}: the list names the signatories"
        );
        let country = if lang == "en" {
            "Moscow, Russia"
        } else {
            "Maskva, Rusija"
        };
        assert!(
            html.contains(country),
            "{lang}: the browser's country names"
        );
        assert!(html.trim_end().ends_with("<slot></slot></template>"));
        let json = run(&[
            "prerender",
            "data/agreement.json",
            "--lang",
            lang,
            "--stylesheet",
            "/css/s.css",
        ]);
        assert_eq!(
            json.stdout, sheets.stdout,
            "{lang}: the same data, the same snapshot"
        );
    }
}

#[test]
fn the_embed_snippet_has_the_script_the_element_both_snapshots_and_the_fallback() {
    let cdn = fake_cdn("embed");
    let mut args = vec![
        "embed",
        "--src",
        "/data/pledge.json",
        "--cdn",
        "https://cdn.example/sm/0.2.0",
        "--dist",
        text(&cdn),
    ];
    args.extend(CSV);
    let ran = run(&args);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let html = &ran.stdout;
    assert!(html.contains(&format!(
        "<script type=\"module\" src=\"https://cdn.example/sm/0.2.0/signatory-map.js\" \
         integrity=\"{ABC}\" crossorigin=\"anonymous\"></script>\n"
    )));
    assert_eq!(html.matches("<script").count(), 1, "no inline script");
    assert!(!html.contains("style="), "no inline style");
    assert!(html.contains(
        "<signatory-map src=\"/data/pledge.json\" lang=\"en\">\n<template shadowrootmode=\"open\">"
    ));
    assert!(html.contains(&format!(
        "<link rel=\"stylesheet\" href=\"https://cdn.example/sm/0.2.0/signatory-map.css\" \
         integrity=\"{DEF}\" crossorigin=\"anonymous\">"
    )));
    assert_eq!(
        html.matches("<template shadowrootmode=\"open\">").count(),
        1
    );
    assert_eq!(
        html.matches("<template data-snapshot-lang=\"lt\">").count(),
        1
    );
    assert!(html.contains("Moscow, Russia") && html.contains("Maskva, Rusija"));
    assert!(html.contains(
        "<p>An interactive map of the 15 signatories of “Council of Europe partnership with \
         technology companies for an open and safe Internet” appears here when your browser can run it. \
         <a href=\"https://"
    ));
    assert!(html.contains("signatory-map:not(:defined) { display: flow-root;"));
    assert!(html.ends_with("</p>\n</signatory-map>\n"));
    let size = format!("-: the snippet is {} bytes\n", thousands(html.len()));
    assert!(ran.stderr.ends_with(&size), "{}", ran.stderr);

    // A Lithuanian page: its snapshot first, the English one as the template.
    let out = cdn.join("snippet.html");
    let mut args = vec![
        "embed",
        "--lang",
        "lt",
        "--src",
        "d.json",
        "--dist",
        text(&cdn),
    ];
    args.extend(["-o", text(&out), "data/agreement.json"]);
    let ran = run(&args);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert_eq!(ran.stdout, "");
    let html = fs::read_to_string(&out).expect("written");
    assert!(
        html.contains("<script type=\"module\" src=\"signatory-map.js\""),
        "beside the page by default"
    );
    assert!(html.contains("<signatory-map src=\"d.json\" lang=\"lt\">"));
    assert!(html.contains("<template data-snapshot-lang=\"en\">"));
    assert!(html.contains("<p>Interaktyvus susitarimo „"));
    assert!(ran.stderr.contains(": fragmentas užima "), "{}", ran.stderr);
}

/// `n` as English writes it (`61,234`).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[test]
fn usage_mistakes_exit_2() {
    let cases: [(&[&str], &str); 4] = [
        (&["embed", "data/agreement.json"], "error: embed needs --src"),
        (&["prerender", "data/agreement.json"], "error: prerender needs --lang"),
        (
            &["embed", "--src", "d.json", "--stylesheet", "s.css", "a.json"],
            "error: --stylesheet is an option of prerender only",
        ),
        (
            &["prerender", "--lang", "en", "data/agreement.json", "tests/corpus/05-missing-agreement.json"],
            "error: prerender makes one dataset at a time, and these files make 2: give one .json file, or the spreadsheet files of one dataset",
        ),
    ];
    for (args, error) in cases {
        let ran = run(args);
        assert_eq!(ran.status, 2, "{args:?}");
        assert_eq!(ran.stderr.lines().next(), Some(error), "{}", ran.stderr);
    }
    let lithuanian = run(&["--lang", "lt", "embed", "data/agreement.json"]);
    assert!(lithuanian
        .stderr
        .starts_with("klaida: komandai embed reikia parinkties --src\n"));
}

#[test]
fn rejected_data_gets_checks_messages_and_nothing_is_written() {
    let cdn = fake_cdn("rejected");
    let out = cdn.join("kept.html");
    fs::write(&out, "before").expect("existing file");
    let bad = "tests/corpus/05-missing-agreement.json";
    let checked = run(&["check", bad]);
    for args in [
        vec!["prerender", "--lang", "en", bad, "-o", text(&out)],
        vec![
            "embed",
            "--src",
            "d.json",
            "--dist",
            text(&cdn),
            bad,
            "-o",
            text(&out),
        ],
    ] {
        let ran = run(&args);
        assert_eq!(ran.status, 1, "{args:?}");
        let first = checked.stdout.lines().next().expect("check says why");
        assert!(
            ran.stderr.starts_with(&format!("{first}\n")),
            "{}",
            ran.stderr
        );
        assert!(ran
            .stderr
            .ends_with(": the data would be rejected; nothing written\n"));
        assert_eq!(fs::read_to_string(&out).expect("kept"), "before");
    }
}

/// Runs the tool in `dir`, where there is no build.
fn run_in(dir: &Path, args: &[&str]) -> Ran {
    let output = Command::new(env!("CARGO_BIN_EXE_signatory-map"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("the binary runs");
    Ran {
        status: output.status.code().expect("exited"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

#[test]
fn without_integrity_hashes_embed_says_how_to_get_them() {
    let dir = scratch("no-build");
    let data = root().join("data/agreement.json");
    let ran = run_in(&dir, &["embed", "--src", "d.json", text(&data)]);
    assert_eq!(ran.status, 1);
    assert_eq!(ran.stdout, "");
    assert_eq!(
        ran.stderr,
        "error: no integrity hashes for the CDN files: www/dist/cdn/integrity.json is missing. \
         Run scripts/build.sh, or give --dist DIR, the folder with the signatory-map.js and \
         signatory-map.css you upload\n"
    );
    let ran = run_in(
        &dir,
        &["embed", "--src", "d.json", "--dist", "cdn", text(&data)],
    );
    assert_eq!(ran.status, 1);
    assert_eq!(ran.stderr, "error: cdn/signatory-map.js: no such file\n");
    fs::create_dir_all(dir.join("www/dist/cdn")).expect("folder");
    fs::write(
        dir.join("www/dist/cdn/integrity.json"),
        r#"{"signatory-map.js": "sha384-x"}"#,
    )
    .expect("an older build's record");
    let ran = run_in(
        &dir,
        &["--lang", "lt", "embed", "--src", "d.json", text(&data)],
    );
    assert_eq!(ran.status, 1);
    assert_eq!(
        ran.stderr,
        "klaida: www/dist/cdn/integrity.json neturi signatory-map.css maišos: jis iš senesnio \
         darinio. Dar kartą paleiskite scripts/build.sh arba nurodykite --dist APLANKAS\n"
    );
}
