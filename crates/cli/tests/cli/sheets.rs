//! Spreadsheets through the command, as the README tells a newsroom to
//! use it: the sample workbook and the semicolon CSV files become the
//! built-in dataset; a broken sheet is told by row and column in English
//! and Lithuanian; a large sheet shows progress without touching stdout.

use std::fs;

use serde_json::Value;

use super::{root, run, scratch, text};

fn builtin() -> Value {
    let json = fs::read_to_string(root().join("data/agreement.json")).expect("built-in dataset");
    serde_json::from_str(&json).expect("JSON")
}

#[test]
fn the_sample_workbooks_and_csv_files_convert_to_the_built_in_dataset() {
    let dir = scratch("samples");
    let csv = [
        "data/agreement-csv/agreement.csv",
        "data/agreement-csv/areas.csv",
        "data/agreement-csv/signatories.csv",
    ];
    let inputs: [&[&str]; 3] = [&["data/agreement.xlsx"], &["data/agreement.ods"], &csv];
    for (n, files) in inputs.into_iter().enumerate() {
        let out = dir.join(format!("out-{n}.json"));
        let mut args = vec!["convert"];
        args.extend_from_slice(files);
        args.extend(["-o", text(&out)]);
        let ran = run(&args);
        assert_eq!(ran.status, 0, "{files:?}: {}", ran.stderr);
        assert!(
            ran.stderr.ends_with(": 15 signatories, 7 areas\n"),
            "{}",
            ran.stderr
        );
        let written: Value =
            serde_json::from_str(&fs::read_to_string(&out).expect("written")).expect("JSON");
        assert_eq!(written, builtin(), "{files:?}");
        let checked = run(&[&["check"], files].concat());
        assert_eq!(checked.status, 0);
        assert!(
            checked.stdout.ends_with("ok: 15 signatories, 7 areas\n"),
            "{}",
            checked.stdout
        );
    }
    // European Excel's decimal commas are read, and said once per column.
    let checked = run(&[&["check"], &csv[..]].concat());
    assert!(checked.stdout.contains("note: data/agreement-csv/signatories.csv, row 1, column Latitude: 15 numbers are written with a decimal comma"), "{}", checked.stdout);
}

#[test]
fn a_broken_sheet_is_told_by_row_and_column_and_nothing_is_written() {
    let dir = scratch("broken");
    let csv = |name: &str, body: &str| {
        let path = dir.join(name);
        fs::write(&path, body).expect("write");
        path
    };
    let agreement = csv("agreement.csv", "Title;A pledge\nDate;2024-05-01\n");
    let signatories = csv(
        "signatories.csv",
        "Name;Kind;City;Country;Latitude;Longitude\nA;company;Vilnius;LT;54,69;25,28\nB;company;Vilnius;Lithuanai;;\n",
    );
    let missing = csv("missing.csv", "Name;City;Country\nA;Vilnius;LT\n");
    let out = dir.join("out.json");
    fs::write(&out, "previous").expect("write");
    let ran = run(&[
        "convert",
        text(&agreement),
        text(&missing),
        "-o",
        text(&out),
    ]);
    assert_eq!(ran.status, 1);
    assert!(
        ran.stderr.contains(&format!(
            "error: {}, row 1: there is no Kind column (or Rūšis)",
            text(&missing)
        )),
        "{}",
        ran.stderr
    );
    assert_eq!(fs::read_to_string(&out).expect("kept"), "previous");
    let lt = run(&["--lang", "lt", "check", text(&agreement), text(&missing)]);
    assert_eq!(lt.status, 1);
    assert!(
        lt.stdout.contains(&format!(
            "klaida: {}, 1 eilutė: nėra stulpelio „Rūšis“ (arba „Kind“)",
            text(&missing)
        )),
        "{}",
        lt.stdout
    );
    // A row with one bad cell is left out with a warning; the rest is written.
    let ran = run(&[
        "convert",
        text(&agreement),
        text(&signatories),
        "-o",
        text(&out),
    ]);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let written: Value =
        serde_json::from_str(&fs::read_to_string(&out).expect("written")).expect("JSON");
    assert_eq!(written["signatories"].as_array().map(Vec::len), Some(1));
    let told = format!(
        "warning: {}, row 3, column Country: “Lithuanai” is not a country code",
        text(&signatories)
    );
    assert!(ran.stderr.contains(&told), "{}", ran.stderr);
}

#[test]
fn an_old_excel_csv_is_refused_with_the_fix_in_both_languages() {
    let file = "tests/sheets-corpus/14-windows-1257-lithuanian.csv";
    let ran = run(&["check", "tests/sheets-corpus/common/agreement.csv", file]);
    assert_eq!(ran.status, 1);
    assert!(ran.stdout.contains("Windows-1257"), "{}", ran.stdout);
    assert!(ran.stdout.contains("CSV UTF-8"), "{}", ran.stdout);
    let lt = run(&[
        "--lang",
        "lt",
        "check",
        "tests/sheets-corpus/common/agreement.csv",
        file,
    ]);
    assert!(lt.stdout.starts_with("klaida: "), "{}", lt.stdout);
}

#[test]
fn a_large_sheet_shows_progress_on_stderr_and_only_json_on_stdout() {
    let dir = scratch("large");
    let mut body = String::from("Name,Kind,City,Country,Latitude,Longitude\n");
    for i in 0..20_000 {
        body.push_str(&format!(
            "Organisation number {i},company,Vilnius,LT,54.{i:05},25.28\n"
        ));
    }
    let signatories = dir.join("signatories.csv");
    fs::write(&signatories, body).expect("write");
    let agreement = dir.join("agreement.csv");
    fs::write(&agreement, "Title,A pledge\nDate,2024-05-01\n").expect("write");
    let ran = run(&["convert", text(&agreement), text(&signatories), "--compact"]);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let dataset: Value = serde_json::from_str(&ran.stdout).expect("stdout is only the JSON");
    assert_eq!(
        dataset["signatories"].as_array().map(Vec::len),
        Some(20_000)
    );
    assert!(ran.stderr.contains("of 20,000 rows"), "{}", ran.stderr);
}
