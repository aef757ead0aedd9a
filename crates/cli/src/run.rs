//! The commands: the language chosen, the files checked or converted, the
//! report printed, and the exit status decided (`image` is in image.rs).

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use signatory_core::i18n::{Catalog, Localizer, MessageArg, Msg};
use signatory_native_locale::NativeRules;

use crate::args::{self, Command, Request, Run, Usage};
use crate::datasets::{self, Outcome};
use crate::progress::Meter;
use crate::said::{self, severity_word, Said, Verdict};
use crate::{files, help, image, publish, write};

/// The data would be shown (warnings may have been printed).
pub const OK: u8 = 0;
/// The data would be rejected, or a file cannot be used.
pub const DATA: u8 = 1;
/// The command line is wrong.
const USAGE: u8 = 2;

/// Runs the tool on its arguments; returns the exit status.
pub fn main(arguments: impl IntoIterator<Item = OsString>) -> u8 {
    let parsed = args::parse(arguments);
    let catalog = Rc::new(Catalog::bundled());
    let from_env = Localizer::new(catalog, Rc::new(NativeRules), &env_language());
    let localizer = match &parsed.lang {
        None => from_env,
        Some(lang) if speaks(&from_env, lang) => from_env.with_language(lang),
        Some(lang) => {
            return usage_error(&Usage::UnknownLanguage(lang.clone()), None, &from_env);
        }
    };
    match parsed.request {
        Err(mistake) => usage_error(&mistake, parsed.command, &localizer),
        Ok(Request::Help(command)) => {
            print(&help::text(command, &localizer));
            OK
        }
        Ok(Request::Version) => {
            print(&format!(
                "{} {}\n",
                help::PROGRAM,
                env!("CARGO_PKG_VERSION")
            ));
            OK
        }
        Ok(Request::Run(run)) => match run.command {
            Command::Check => check(&run.files, &localizer),
            Command::Convert => convert(&run, &localizer),
            Command::Prerender => {
                let lang = parsed.lang.as_deref().map(publish::snapshot_language);
                publish::prerender(&run, lang.unwrap_or("en"), &localizer)
            }
            Command::Embed => {
                let lang = parsed.lang.as_deref().map(publish::snapshot_language);
                publish::embed(&run, lang, &localizer)
            }
            Command::Image => image::image(&run, &localizer),
        },
    }
}

/// The language of the environment, as POSIX orders it (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`): Lithuanian when it starts with `lt`, else
/// English.
fn env_language() -> String {
    let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    if set.to_ascii_lowercase().starts_with("lt") {
        "lt".to_owned()
    } else {
        "en".to_owned()
    }
}

/// Whether `lang` (`lt`, `lt-LT`, `lt_LT.UTF-8`) is one of the catalogue's.
fn speaks(localizer: &Localizer, lang: &str) -> bool {
    let primary = lang.split(['-', '_', '.']).next().unwrap_or(lang);
    localizer
        .languages()
        .iter()
        .any(|known| known.eq_ignore_ascii_case(primary))
}

pub fn usage_error(mistake: &Usage, command: Option<Command>, localizer: &Localizer) -> u8 {
    let try_help = localizer.format(
        Msg::ToolCliUsageTryHelp,
        &[("command", MessageArg::Text(help::help_command(command)))],
    );
    eprint_text(&format!(
        "{}: {}\n{}: {}\n{try_help}\n",
        severity_word(signatory_sheets::finding::Severity::Error, localizer),
        mistake.describe(localizer),
        localizer.text(Msg::ToolCliHelpUsage),
        help::usage_line(command),
    ));
    USAGE
}

/// `check`: every dataset's findings and summary on standard output.
fn check(paths: &[PathBuf], localizer: &Localizer) -> u8 {
    let groups = datasets::group(paths);
    let mut meter = Meter::new(localizer, input_size(paths));
    let mut status = OK;
    for group in &groups {
        let outcome = if files::is_json(&group[0]) {
            datasets::check_json(&group[0], &mut meter)
        } else {
            datasets::convert_sheets(group, &mut meter)
        };
        let mut report = lines(&outcome.said, localizer);
        let summary = said::summary(&outcome.said, outcome.verdict, localizer);
        let summary = if groups.len() > 1 {
            let names: Vec<String> = group.iter().map(|p| datasets::name(p)).collect();
            localizer.format(
                Msg::ToolCliSummaryOf,
                &[
                    ("file", MessageArg::Text(names.join(", "))),
                    ("summary", MessageArg::Text(summary)),
                ],
            )
        } else {
            summary
        };
        report.push_str(&summary);
        report.push('\n');
        print(&report);
        if outcome.verdict == Verdict::Rejected {
            status = DATA;
        }
    }
    status
}

/// `convert`: the dataset JSON to `-o` or standard output; everything else
/// to standard error; nothing written when the data would be rejected.
fn convert(run: &Run, localizer: &Localizer) -> u8 {
    if let Some(json) = run.files.iter().find(|path| files::is_json(path)) {
        return usage_error(
            &Usage::ConvertJson(datasets::name(json)),
            Some(Command::Convert),
            localizer,
        );
    }
    let mut meter = Meter::new(localizer, input_size(&run.files));
    let Outcome {
        said,
        verdict,
        dataset,
        ..
    } = datasets::convert_sheets(&run.files, &mut meter);
    let mut report = lines(&said, localizer);
    let (Verdict::Accepted { signatories, areas }, Some(dataset)) = (verdict, dataset) else {
        let findings = MessageArg::Text(said::tally(&said, true, localizer));
        report
            .push_str(&localizer.format(Msg::ToolCliSummaryNotWritten, &[("findings", findings)]));
        report.push('\n');
        eprint_text(&report);
        return DATA;
    };
    let mut json = if run.compact {
        dataset.compact()
    } else {
        dataset.pretty()
    };
    json.push('\n');
    let status = deliver(
        run.output.as_deref(),
        json.as_bytes(),
        &mut report,
        localizer,
    );
    if status != OK {
        eprint_text(&report);
        return status;
    }
    if !said.is_empty() {
        report.push_str(&said::summary(&said, verdict, localizer));
        report.push('\n');
    }
    if let Some(path) = &run.output {
        let mut args = said::counts(signatories, areas, localizer);
        args.push(("file", MessageArg::Text(datasets::name(path))));
        report.push_str(&localizer.format(Msg::ToolCliWrote, &args));
        report.push('\n');
    }
    eprint_text(&report);
    OK
}

/// Writes `bytes` to `output` (at once) or standard output; a failure is
/// added to `report` and gives exit status 1.
pub fn deliver(
    output: Option<&Path>,
    bytes: &[u8],
    report: &mut String,
    localizer: &Localizer,
) -> u8 {
    let written = match output {
        Some(path) => write::atomically(path, bytes).map_err(|error| (path, error)),
        None => {
            let mut stdout = io::stdout().lock();
            stdout
                .write_all(bytes)
                .and_then(|()| stdout.flush())
                .map_err(|error| (Path::new("-"), error))
        }
    };
    let Err((path, error)) = written else {
        return OK;
    };
    report.push_str(&format!(
        "{}: {}\n",
        severity_word(signatory_sheets::finding::Severity::Error, localizer),
        localizer.format(
            Msg::ToolCliWriteFailed,
            &[
                ("file", MessageArg::Text(datasets::name(path))),
                ("reason", MessageArg::Text(error.to_string())),
            ],
        )
    ));
    DATA
}

/// Every finding, one line each.
pub fn lines(said: &[Said], localizer: &Localizer) -> String {
    said.iter()
        .map(|s| s.line(localizer) + "\n")
        .collect::<String>()
}

/// The inputs' size in all, to decide whether progress is worth showing
/// (files that cannot be used count nothing: they are reported later).
pub fn input_size(paths: &[PathBuf]) -> u64 {
    paths.iter().filter_map(|path| files::size(path).ok()).sum()
}

/// Text on standard output; a closed pipe (`| head`) is not an error.
fn print(text: &str) {
    let mut stdout = io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

/// Text on standard error.
pub fn eprint_text(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}
