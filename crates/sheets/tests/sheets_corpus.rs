//! The spreadsheet corpus (tests/sheets-corpus/, see its README): every
//! file as a real tool wrote it is converted, and its outcome and findings
//! must be what its `.expected` file says. Also: the built-in dataset's
//! workbook and CSV forms convert to exactly data/agreement.json.

mod support;

use signatory_sheets::convert::{convert_files, Conversion, InputFile};
use signatory_sheets::finding::Severity;
use signatory_sheets::gazetteer::Gazetteer;
use support::{builtin, localizer, written};

fn root() -> String {
    format!("{}/../..", env!("CARGO_MANIFEST_DIR"))
}

fn input(path: &str) -> InputFile {
    let full = format!("{}/{path}", root());
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    let name = path.rsplit('/').next().unwrap_or(path).to_owned();
    InputFile { name, bytes }
}

fn convert(paths: &[&str]) -> Conversion {
    let files: Vec<InputFile> = paths.iter().map(|p| input(p)).collect();
    convert_files(&files, Gazetteer::embedded(), &mut |_| {})
}

/// One expected finding: severity, a fragment of its place, of its message.
struct Expected {
    severity: Severity,
    place: String,
    message: String,
}

fn parse(text: &str) -> (String, Vec<Expected>) {
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let outcome = lines.next().unwrap_or_default().trim().to_owned();
    let findings = lines
        .map(|line| {
            let parts: Vec<&str> = line.splitn(3, " | ").map(str::trim).collect();
            let severity = match parts.first().copied() {
                Some("error") => Severity::Error,
                Some("warning") => Severity::Warning,
                Some("note") => Severity::Note,
                other => panic!("bad severity {other:?} in {line:?}"),
            };
            Expected {
                severity,
                place: parts.get(1).copied().unwrap_or_default().to_owned(),
                message: parts.get(2).copied().unwrap_or_default().to_owned(),
            }
        })
        .collect();
    (outcome, findings)
}

/// What is wrong with one corpus file's conversion, if anything.
fn check(name: &str) -> Option<String> {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let expected_path = format!("{}/tests/sheets-corpus/{stem}.expected", root());
    let text = std::fs::read_to_string(&expected_path).unwrap_or_default();
    let (outcome, expected) = parse(&text);
    let file = format!("tests/sheets-corpus/{name}");
    let csv = [".csv", ".tsv", ".txt"].iter().any(|e| name.ends_with(e));
    let conversion = if csv {
        let common = [
            "tests/sheets-corpus/common/agreement.csv",
            "tests/sheets-corpus/common/areas.csv",
        ];
        convert(&[common[0], common[1], &file])
    } else {
        convert(&[&file])
    };
    let en = localizer("en");
    let found: Vec<(Severity, String, String)> = conversion
        .findings
        .iter()
        .map(|f| (f.severity, f.place(&en), f.describe(&en)))
        .collect();
    let unreadable = conversion
        .findings
        .iter()
        .any(|f| matches!(f.message, signatory_sheets::finding::Message::Read(_)));
    let actual = if unreadable {
        "unreadable".to_owned()
    } else if conversion.rejected() {
        "rejected".to_owned()
    } else {
        format!("accepted {}", conversion.signatories)
    };
    let mut problems = Vec::new();
    let lt = localizer("lt");
    for finding in &conversion.findings {
        let told = format!("{}: {}", finding.place(&lt), finding.describe(&lt));
        if finding.describe(&lt).is_empty() || told.contains('{') {
            problems.push(format!("not told in Lithuanian: {told}"));
        }
    }
    if actual != outcome {
        problems.push(format!("outcome {actual}, expected {outcome}"));
    }
    let mut used = vec![false; found.len()];
    for e in &expected {
        let hit = found
            .iter()
            .enumerate()
            .position(|(i, (s, place, message))| {
                !used[i]
                    && *s == e.severity
                    && place.contains(&e.place)
                    && message.contains(&e.message)
            });
        match hit {
            Some(i) => used[i] = true,
            None => problems.push(format!(
                "missing {:?} | {} | {}",
                e.severity, e.place, e.message
            )),
        }
    }
    for (i, (severity, place, message)) in found.iter().enumerate() {
        if !used[i] && *severity != Severity::Note {
            problems.push(format!("unexpected {severity:?}: {place}: {message}"));
        }
    }
    (!problems.is_empty())
        .then(|| format!("{name}:\n  {}\n  all: {found:#?}", problems.join("\n  ")))
}

#[test]
fn every_corpus_file_has_its_expected_outcome_and_findings() {
    let dir = format!("{}/tests/sheets-corpus", root());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".expected") && !name.ends_with(".md"))
        .collect();
    names.sort();
    assert!(names.len() >= 25, "{} files", names.len());
    let failures: Vec<String> = names.iter().filter_map(|name| check(name)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} files:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn the_builtin_workbook_and_csv_convert_to_agreement_json() {
    let forms: [&[&str]; 3] = [
        &["data/agreement.xlsx"],
        &["data/agreement.ods"],
        &[
            "data/agreement-csv/signatories.csv",
            "data/agreement-csv/agreement.csv",
            "data/agreement-csv/areas.csv",
        ],
    ];
    for form in forms {
        let conversion = convert(form);
        assert!(
            !conversion.rejected(),
            "{form:?}: {:?}",
            support::lines(&conversion, "en")
        );
        assert_eq!(written(&conversion), builtin(), "{form:?}");
    }
}
