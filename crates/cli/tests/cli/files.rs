//! Files the tool cannot use, `convert` refusing to write rejected data,
//! and progress for large inputs, kept off standard output.

use std::fs;

use super::{root, run, scratch, text};

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
