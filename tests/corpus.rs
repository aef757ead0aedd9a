//! A corpus of malformed (and hostile-but-valid) datasets, each with the
//! exact outcome it must produce: `tests/corpus/NN-short-name.json` (NN: two
//! or three digits, each number once) is the
//! file as a newsroom might publish it (broken JSON included), and
//! `NN-short-name.expected` is what the widget must make of it:
//!
//! ```text
//! rejected | shown | unreadable | too-deep
//! <display path>: <English message>      (one line per problem or warning)
//! ```
//!
//! `rejected` lists the problems shown instead of the map; `shown` lists the
//! dataset's warnings (signatories left out), none when it is clean;
//! `unreadable` is not JSON at all (then the line and column where the
//! reader stopped, as the widget shows them); `too-deep` is refused while reading,
//! with the one problem the browser glue reports for it.
//!
//! Files too big to read are generated: `NN-short-name.gen` holds one
//! directive a line, applied to the parsed `.json` before it is written out
//! again and read like any other dataset:
//!
//! - `repeat <JSON pointer to a list> <count>`: the list's first item is
//!   copied until the list has `count` items, copy `n` getting the id
//!   `<id>-<n>`;
//! - `text <JSON pointer> <character> <count>`: the field becomes that
//!   character repeated `count` times.
//!
//! The expected outcome is what the widget must show in the browser. Where
//! the native reader or number format differs from the browser's, the
//! expected file keeps the browser's answer and the case fails until the
//! native side is fixed (`49-lat-1e20`: number grouping past 2^64;
//! `99-repeated-key-last-wins`: `JSON.parse` keeps a repeated key's last
//! value). One the native run cannot catch:
//! `50-lat-90.0001` passes here, but the browser's default
//! `Intl.NumberFormat` keeps 3 decimals and shows "90 is outside -90..90".
//!
//! `BLESS=1 cargo test --test corpus` rewrites each `.expected` file that
//! differs from what the code does now, and names it: read every one (and
//! `git diff`) before committing, since blessing also overwrites the
//! deliberate expectations above.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use signatory_core::dataset::Dataset;
use signatory_core::i18n::Localizer;
use signatory_core::json::{std_number, TextPosition, MAX_DEPTH};
use signatory_core::problem::{Issue, Problem};
use signatory_core::read::{read_dataset, Rejection};

/// Fewest cases the corpus must hold.
const MIN_CASES: usize = 35;
const OUTCOMES: [&str; 4] = ["rejected", "shown", "unreadable", "too-deep"];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// One case: its name (`NN-short-name`) and the files that make it.
struct Case {
    name: String,
    json: PathBuf,
    expected: PathBuf,
    generator: Option<PathBuf>,
}

fn cases() -> Vec<Case> {
    let dir = corpus_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").file_name())
        .filter_map(|name| name.to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let generator = dir.join(format!("{name}.gen"));
            Case {
                json: dir.join(format!("{name}.json")),
                expected: dir.join(format!("{name}.expected")),
                generator: generator.exists().then_some(generator),
                name,
            }
        })
        .collect()
}

/// The dataset text, after the case's generator directives if it has any.
fn dataset_text(case: &Case) -> String {
    let text =
        fs::read_to_string(&case.json).unwrap_or_else(|e| panic!("{}: {e}", case.json.display()));
    let Some(generator) = &case.generator else {
        return text;
    };
    let mut doc: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: a generated case needs valid JSON: {e}", case.name));
    let directives = fs::read_to_string(generator).expect("generator file");
    for line in directives.lines().filter(|l| !l.trim().is_empty()) {
        let bad = || -> Value { panic!("{}.gen: cannot apply directive {line:?}", case.name) };
        let words: Vec<&str> = line.split_whitespace().collect();
        let count: usize = match words.last().map(|n| n.parse()) {
            Some(Ok(count)) => count,
            _ => {
                bad();
                unreachable!()
            }
        };
        let Some(target) = words.get(1).and_then(|pointer| doc.pointer_mut(pointer)) else {
            bad();
            continue;
        };
        match (words[0], &mut *target) {
            ("repeat", Value::Array(items)) if words.len() == 3 && !items.is_empty() => {
                let first = items[0].clone();
                let id = first["id"].as_str().map(str::to_owned).unwrap_or_default();
                items.truncate(1);
                items.extend((2..=count).map(|n| {
                    let mut copy = first.clone();
                    copy["id"] = Value::String(format!("{id}-{n}"));
                    copy
                }));
            }
            ("text", _) if words.len() == 4 => *target = Value::String(words[2].repeat(count)),
            _ => {
                bad();
            }
        }
    }
    serde_json::to_string(&doc).expect("serializes")
}

/// What the widget makes of a dataset text.
enum Outcome {
    Unreadable(TextPosition),
    TooDeep(Problem),
    Rejected(Vec<Problem>),
    Shown(Dataset),
}

/// Read as the browser glue reads a fetched body: the shipped reader
/// (with the standard library converting the numbers the browser's
/// `parseFloat` would), then validation.
fn outcome(text: &str) -> Outcome {
    let too_deep = Problem {
        path: String::new(),
        issue: Issue::TooDeep { limit: MAX_DEPTH },
    };
    match read_dataset(text, std_number) {
        Ok(dataset) => Outcome::Shown(dataset),
        Err(Rejection::NotJson(position)) => Outcome::Unreadable(position),
        Err(Rejection::Invalid(problems)) if problems == [too_deep.clone()] => {
            Outcome::TooDeep(too_deep)
        }
        Err(Rejection::Invalid(problems)) => Outcome::Rejected(problems),
    }
}

/// The expected-file text for an outcome: the outcome, then one line per
/// problem as the English console and UI show it.
fn describe(outcome: &Outcome, english: &Localizer) -> String {
    let (kind, problems): (&str, &[Problem]) = match outcome {
        Outcome::Unreadable(at) => {
            return format!("unreadable\nline {}, column {}\n", at.line, at.column)
        }
        Outcome::TooDeep(problem) => ("too-deep", std::slice::from_ref(problem)),
        Outcome::Rejected(problems) => ("rejected", problems),
        Outcome::Shown(dataset) => ("shown", &dataset.warnings),
    };
    let mut text = format!("{kind}\n");
    for problem in problems {
        let message = english.issue(&problem.issue);
        writeln!(text, "{}: {message}", problem.display_path()).expect("write to string");
    }
    text
}

/// Extra checks for the cases whose point is not only the outcome: the
/// hostile signatory, "beta", is shown, and shown safely.
fn extra_checks(case: &str, outcome: &Outcome) -> Option<String> {
    let javascript_url = case.ends_with("-javascript-url-not-linked");
    let markup_name = case.ends_with("-html-in-name-is-text");
    if !javascript_url && !markup_name {
        return None;
    }
    let Outcome::Shown(dataset) = outcome else {
        return Some("the dataset should be shown".to_owned());
    };
    let Some(beta) = dataset.signatories.iter().find(|s| s.id == "beta") else {
        return Some("the signatory \"beta\" should be shown".to_owned());
    };
    if javascript_url
        && (beta.url.as_deref() != Some("javascript:alert(1)") || beta.safe_url().is_some())
    {
        return Some(format!(
            "a javascript: url must be kept as data but never linked: url {:?}, safe_url {:?}",
            beta.url,
            beta.safe_url()
        ));
    }
    let (en, lt) = (beta.name.get("en"), beta.name.get("lt"));
    if markup_name && (en != "<img src=x onerror=alert(1)>" || lt != "<script>alert(1)</script>") {
        return Some(format!(
            "markup in a name must be kept verbatim, as text: {en:?}, {lt:?}"
        ));
    }
    None
}

/// A line diff (longest common subsequence): ` ` both, `-` expected only,
/// `+` got only.
fn diff(expected: &str, got: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            writeln!(out, "    {}", a[i]).ok();
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            writeln!(out, "  - {}", a[i]).ok();
            i += 1;
        } else {
            writeln!(out, "  + {}", b[j]).ok();
            j += 1;
        }
    }
    out
}

#[test]
fn every_corpus_case_has_its_expected_outcome() {
    let english = support::localizer("en");
    let bless = std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let cases = cases();
    let mut failures = Vec::new();
    let mut kinds_seen = Vec::new();
    for case in &cases {
        let outcome = outcome(&dataset_text(case));
        let got = describe(&outcome, &english);
        let mut expected = fs::read_to_string(&case.expected).unwrap_or_default();
        if bless && expected != got {
            fs::write(&case.expected, &got).expect("write .expected");
            eprintln!("blessed tests/corpus/{}.expected: read it", case.name);
            expected = got.clone();
        }
        let kind = expected.lines().next().unwrap_or_default().to_owned();
        if !OUTCOMES.contains(&kind.as_str()) {
            failures.push(format!(
                "{}: the .expected file must start with one of {OUTCOMES:?}, not {kind:?}",
                case.name
            ));
        }
        kinds_seen.push(kind);
        if expected != got {
            failures.push(format!(
                "{} (- expected, + got):\n{}",
                case.name,
                diff(&expected, &got)
            ));
        }
        if let Some(problem) = extra_checks(&case.name, &outcome) {
            failures.push(format!("{}: {problem}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases do not match:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(
        cases.len() >= MIN_CASES,
        "the corpus has {} cases, fewer than {MIN_CASES}",
        cases.len()
    );
    for kind in OUTCOMES {
        assert!(
            kinds_seen.iter().any(|k| k == kind),
            "no corpus case expects {kind:?}"
        );
    }
}

#[test]
fn the_corpus_is_well_formed() {
    let dir = corpus_dir();
    let cases = cases();
    let mut numbers: Vec<&str> = Vec::new();
    for case in &cases {
        let (number, short) = case.name.split_once('-').unwrap_or_default();
        assert!(
            (2..=3).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && !short.is_empty(),
            "{}: name cases NN-short-name",
            case.name
        );
        assert!(
            !numbers.contains(&number),
            "{}: number {number} is used twice",
            case.name
        );
        numbers.push(number);
        assert!(case.expected.exists(), "{}: no .expected file", case.name);
    }
    // Nothing left over: every .expected and .gen belongs to a case.
    for entry in fs::read_dir(&dir).expect("corpus directory") {
        let file = entry.expect("directory entry").file_name();
        let file = file.to_string_lossy();
        let stem = file
            .strip_suffix(".json")
            .or_else(|| file.strip_suffix(".expected"))
            .or_else(|| file.strip_suffix(".gen"));
        assert!(
            stem.is_some_and(|stem| cases.iter().any(|c| c.name == stem)),
            "tests/corpus/{file} belongs to no case"
        );
    }
}
