//! `check` on dataset JSON: the widget's outcomes and messages, placed
//! at line and column, counted with each language's plurals.

use std::fs;
use std::path::PathBuf;

use super::{root, run, run_with_env, scratch, text};

/// A valid dataset with `areas` areas, each a number instead of an object
/// when `bad_areas` (one error each), and `bad` signatories whose latitude
/// is text (one warning each) after one good one.
fn dataset(bad_areas: usize, bad: usize) -> String {
    let area = r#"{"id": "privacy", "label": {"en": "Privacy"}}"#;
    let areas = if bad_areas > 0 {
        vec!["1"; bad_areas].join(", ")
    } else {
        area.to_owned()
    };
    let signatory = |id: usize, lat: &str| {
        format!(
            r#"{{"id": "s{id}", "name": {{"en": "S{id}"}}, "kind": "company", "city": {{"en": "Bonn"}}, "country": "DE", "lat": {lat}, "lon": 7.1, "areas": []}}"#
        )
    };
    let mut signatories = vec![signatory(0, "50.7")];
    signatories.extend((1..=bad).map(|id| signatory(id, "\"x\"")));
    format!(
        "{{\"version\": 1, \"agreement\": {{\"title\": {{\"en\": \"T\"}}, \"date\": \"2017-11-08\"}},\n\"areas\": [{areas}],\n\"signatories\": [\n{}\n]}}\n",
        signatories.join(",\n")
    )
}

#[test]
fn the_built_in_dataset_is_ok_in_both_languages() {
    let english = run(&["check", "data/agreement.json"]);
    assert_eq!(english.status, 0, "{}", english.stderr);
    assert_eq!(english.stdout, "ok: 15 signatories, 7 areas\n");
    assert_eq!(english.stderr, "");
    let lithuanian = run(&["--lang", "lt", "check", "data/agreement.json"]);
    assert_eq!(lithuanian.stdout, "gerai: 15 signatarų, 7 sritys\n");
}

#[test]
fn the_language_comes_from_the_environment_unless_asked() {
    let lt = [("LANG", "lt_LT.UTF-8")];
    assert_eq!(
        run_with_env(&["check", "data/agreement.json"], &lt).stdout,
        "gerai: 15 signatarų, 7 sritys\n"
    );
    // LC_ALL overrides LANG, as POSIX has it; --lang overrides both.
    let both = [("LANG", "lt_LT.UTF-8"), ("LC_ALL", "C.UTF-8")];
    assert!(run_with_env(&["check", "data/agreement.json"], &both)
        .stdout
        .starts_with("ok:"));
    assert!(
        run_with_env(&["--lang", "en", "check", "data/agreement.json"], &lt)
            .stdout
            .starts_with("ok:")
    );
}

/// Every corpus case the tool can read as the widget does: the same
/// outcome (exit 1 when rejected) and the same messages at the same paths,
/// each with a line and column.
#[test]
fn the_json_corpus_gets_the_widgets_outcomes_and_messages_with_lines() {
    let corpus = root().join("tests/corpus");
    let mut checked = 0;
    let mut names: Vec<PathBuf> = fs::read_dir(&corpus)
        .expect("corpus")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        // Generated cases are built by tests/corpus.rs; an empty file gets
        // the tool's own clearer message (below).
        .filter(|path| !path.with_extension("gen").exists())
        .filter(|path| !path.ends_with("86-empty-file.json"))
        .collect();
    names.sort();
    for json in names {
        let expected = fs::read_to_string(json.with_extension("expected")).expect("expected");
        let mut lines = expected.lines();
        let outcome = lines.next().expect("outcome line");
        let file = format!(
            "tests/corpus/{}",
            json.file_name().expect("name").to_string_lossy()
        );
        let ran = run(&["check", &file]);
        let rejected = outcome != "shown";
        assert_eq!(ran.status, i32::from(rejected), "{file}: {}", ran.stdout);
        let severity = if rejected { "error" } else { "warning" };
        for problem in lines {
            // The whole line for a text that is not JSON; else its start
            // and end, with `12, column 34` between them.
            let (head, tail) = if outcome == "unreadable" {
                let line = format!("error: {file}, {problem}: the file is not valid JSON");
                (line, String::new())
            } else {
                let (path, message) = problem.split_once(": ").expect("path: message");
                (
                    format!("{severity}: {file}, {path}, line "),
                    format!(": {message}"),
                )
            };
            let found = ran.stdout.lines().any(|line| {
                line.strip_prefix(head.as_str())
                    .and_then(|rest| rest.strip_suffix(tail.as_str()))
                    .is_some_and(|middle| {
                        (tail.is_empty() && middle.is_empty()) || is_line_column(middle)
                    })
            });
            assert!(
                found,
                "{file}: no line {head:?}…{tail:?} in\n{}",
                ran.stdout
            );
        }
        checked += 1;
    }
    assert!(checked >= 80, "only {checked} corpus cases");
}

/// `12, column 34` (what follows `line ` in a finding).
fn is_line_column(text: &str) -> bool {
    text.split_once(", column ").is_some_and(|(line, column)| {
        line.parse::<usize>().is_ok_and(|n| n > 0) && column.parse::<usize>().is_ok_and(|n| n > 0)
    })
}

#[test]
fn a_problem_is_placed_at_its_line_and_column_in_both_languages() {
    let file = "tests/corpus/26-lat-is-a-string.json";
    let english = run(&["check", file]);
    assert_eq!(english.status, 0);
    assert_eq!(
        english.stdout,
        format!(
            "warning: {file}, signatories[1].lat, line 9, column 115: expected a number, found a text\n\
             1 warning; kept 1 signatory, 1 area\n"
        )
    );
    let lithuanian = run(&["--lang", "lt", "check", file]);
    assert_eq!(
        lithuanian.stdout,
        format!(
            "įspėjimas: {file}, signatories[1].lat, 9 eilutė, 115 stulpelis: tikėtasi skaičiaus, rasta: tekstas\n\
             1 įspėjimas; lieka 1 signataras, 1 sritis\n"
        )
    );
    let broken = run(&["--lang", "lt", "check", "tests/corpus/85-truncated.json"]);
    assert_eq!(broken.status, 1);
    assert!(broken
        .stdout
        .starts_with("klaida: tests/corpus/85-truncated.json, 8 eilutė, 53 stulpelis: "));
}

#[test]
fn summaries_count_with_each_languages_plurals() {
    let dir = scratch("plurals");
    let cases = [
        (
            dataset(1, 0),
            "1 error: the data would be rejected",
            "1 klaida: duomenys būtų atmesti",
        ),
        (
            dataset(2, 0),
            "2 errors: the data would be rejected",
            "2 klaidos: duomenys būtų atmesti",
        ),
        (
            dataset(10, 0),
            "10 errors: the data would be rejected",
            "10 klaidų: duomenys būtų atmesti",
        ),
        (
            dataset(21, 0),
            "21 errors: the data would be rejected",
            "21 klaida: duomenys būtų atmesti",
        ),
        (
            dataset(0, 2),
            "2 warnings; kept 1 signatory, 1 area",
            "2 įspėjimai; lieka 1 signataras, 1 sritis",
        ),
        (
            dataset(0, 10),
            "10 warnings; kept 1 signatory, 1 area",
            "10 įspėjimų; lieka 1 signataras, 1 sritis",
        ),
        (
            dataset(0, 21),
            "21 warnings; kept 1 signatory, 1 area",
            "21 įspėjimas; lieka 1 signataras, 1 sritis",
        ),
    ];
    for (index, (json, english, lithuanian)) in cases.iter().enumerate() {
        let path = dir.join(format!("{index}.json"));
        fs::write(&path, json).expect("write dataset");
        let ran = run(&["check", text(&path)]);
        assert_eq!(ran.stdout.lines().last(), Some(*english), "{}", ran.stdout);
        assert_eq!(ran.status, i32::from(english.contains("rejected")));
        let ran = run(&["--lang", "lt", "check", text(&path)]);
        assert_eq!(
            ran.stdout.lines().last(),
            Some(*lithuanian),
            "{}",
            ran.stdout
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn several_json_files_are_checked_each_on_its_own() {
    let ran = run(&[
        "check",
        "data/agreement.json",
        "tests/corpus/05-missing-agreement.json",
    ]);
    assert_eq!(ran.status, 1, "one of them would be rejected");
    assert!(ran
        .stdout
        .contains("data/agreement.json: ok: 15 signatories, 7 areas\n"));
    assert!(ran
        .stdout
        .contains("tests/corpus/05-missing-agreement.json: 1 error: the data would be rejected\n"));
}
