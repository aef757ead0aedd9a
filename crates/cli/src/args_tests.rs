//! The command line read as people type it, and its mistakes named.

use super::*;

fn parse_words(words: &[&str]) -> Parsed {
    parse(words.iter().map(OsString::from))
}

#[test]
fn options_may_come_before_or_after_the_command() {
    let parsed = parse_words(&[
        "--lang", "lt", "convert", "a.csv", "-o", "out.json", "b.csv",
    ]);
    assert_eq!(parsed.lang.as_deref(), Some("lt"));
    assert_eq!(
        parsed.request,
        Ok(Request::Run(Run {
            command: Command::Convert,
            files: vec!["a.csv".into(), "b.csv".into()],
            output: Some("out.json".into()),
            compact: false,
            stylesheet: None,
            src: None,
            cdn: None,
            dist: None,
            format: None,
            width: None,
        }))
    );
}

#[test]
fn help_names_a_command_either_way() {
    let convert = Ok(Request::Help(Some(Command::Convert)));
    assert_eq!(parse_words(&["help", "convert"]).request, convert);
    assert_eq!(parse_words(&["convert", "--help"]).request, convert);
    assert_eq!(parse_words(&["-h"]).request, Ok(Request::Help(None)));
}

#[test]
fn mistakes_are_named() {
    assert_eq!(parse_words(&[]).request, Err(Usage::NoCommand));
    assert_eq!(parse_words(&["check"]).request, Err(Usage::NoFiles));
    assert_eq!(
        parse_words(&["chek", "a.json"]).request,
        Err(Usage::UnknownCommand("chek".into()))
    );
    assert_eq!(
        parse_words(&["check", "--frobnicate", "a.json"]).request,
        Err(Usage::UnknownOption("--frobnicate".into()))
    );
    assert_eq!(
        parse_words(&["convert", "a.csv", "-o"]).request,
        Err(Usage::MissingValue("-o".into()))
    );
    assert_eq!(
        parse_words(&["check", "--compact", "a.json"]).request,
        Err(Usage::NotHere {
            option: "--compact".into(),
            command: Command::Convert
        })
    );
    assert_eq!(
        parse_words(&["convert", "--compact=yes", "a.csv"]).request,
        Err(Usage::UnexpectedValue("--compact".into()))
    );
}

#[test]
fn publishing_commands_need_their_options_and_refuse_others() {
    assert_eq!(
        parse_words(&["embed", "a.json"]).request,
        Err(Usage::Required {
            option: "--src".into(),
            command: Command::Embed
        })
    );
    assert_eq!(
        parse_words(&["prerender", "a.json"]).request,
        Err(Usage::Required {
            option: "--lang".into(),
            command: Command::Prerender
        })
    );
    assert_eq!(
        parse_words(&["prerender", "--lang", "en", "--src", "d.json", "a.json"]).request,
        Err(Usage::NotHere {
            option: "--src".into(),
            command: Command::Embed
        })
    );
    assert_eq!(
        parse_words(&["check", "-o", "x", "a.json"]).request,
        Err(Usage::NotFor {
            option: "-o".into(),
            command: Command::Check
        })
    );
    let Ok(Request::Run(run)) =
        parse_words(&["embed", "a.xlsx", "--src", "/d.json", "--cdn", "https://c/"]).request
    else {
        panic!("embed with --src is a run");
    };
    assert_eq!(run.src.as_deref(), Some("/d.json"));
    assert_eq!(run.cdn.as_deref(), Some("https://c/"));
}

#[test]
fn image_takes_a_format_and_a_width_other_commands_do_not() {
    let parsed = parse_words(&["image", "d.json", "--format", "PNG", "--width", "2400"]);
    assert_eq!(
        parsed.request,
        Ok(Request::Run(Run {
            command: Command::Image,
            files: vec!["d.json".into()],
            output: None,
            compact: false,
            stylesheet: None,
            src: None,
            cdn: None,
            dist: None,
            format: Some(Format::Png),
            width: Some(2400),
        }))
    );
    let bad = |words: &[&str]| parse_words(words).request;
    assert_eq!(
        bad(&["image", "d.json", "--format", "gif"]),
        Err(Usage::BadFormat("gif".into()))
    );
    for width in ["0", "299", "4801", "12.5", "wide", "-3"] {
        assert_eq!(
            bad(&["image", "d.json", "--width", width]),
            Err(Usage::BadWidth(width.into()))
        );
    }
    assert_eq!(
        bad(&["check", "d.json", "--width", "800"]),
        Err(Usage::NotHere {
            option: "--width".into(),
            command: Command::Image
        })
    );
    assert_eq!(
        bad(&["image", "d.json", "--compact"]),
        Err(Usage::NotHere {
            option: "--compact".into(),
            command: Command::Convert
        })
    );
    assert_eq!(
        Format::of_path(std::path::Path::new("card.SVG")),
        Some(Format::Svg)
    );
    assert_eq!(Format::of_path(std::path::Path::new("card")), None);
}
