//! `image`: the map's first view as an SVG or PNG card, drawn by
//! `signatory-picture` from the dataset the widget would show. The data is
//! read and judged exactly as `check` and `convert` do (same findings, same
//! messages); nothing is drawn or written when it would be rejected.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::json::std_number;
use signatory_core::read::read_dataset;
use signatory_picture::{png, render, DEFAULT_WIDTH};
use signatory_sheets::finding::Severity;

use crate::args::{Command, Format, Run, Usage};
use crate::datasets::{self, Outcome};
use crate::progress::Meter;
use crate::run::{eprint_text, input_size, lines, usage_error, DATA, OK};
use crate::said::{self, severity_word, Verdict};
use crate::{files, write};

/// Draws the picture of `run`'s dataset; returns the exit status.
pub fn image(run: &Run, localizer: &Localizer) -> u8 {
    let mistake = |usage: Usage| usage_error(&usage, Some(Command::Image), localizer);
    let groups = datasets::group(&run.files);
    if groups.len() > 1 {
        return mistake(Usage::OneDataset);
    }
    let from_output = run.output.as_deref().and_then(Format::of_path);
    let Some(format) = run.format.or(from_output) else {
        return mistake(Usage::NoFormat);
    };
    if let Err(usage) = destination(format, run.output.as_deref(), io::stdout().is_terminal()) {
        return mistake(usage);
    }

    let mut meter = Meter::new(localizer, input_size(&run.files));
    let outcome = if run.files.len() == 1 && files::is_json(&run.files[0]) {
        datasets::check_json(&run.files[0], &mut meter)
    } else {
        datasets::convert_sheets(&run.files, &mut meter)
    };
    let mut report = lines(&outcome.said, localizer);
    let Outcome {
        said,
        verdict,
        dataset,
        read,
    } = outcome;
    // Spreadsheets are drawn from the JSON they convert to, read as the
    // widget reads it.
    let shown =
        read.or_else(|| dataset.and_then(|json| read_dataset(&json.compact(), std_number).ok()));
    let (Verdict::Accepted { signatories, .. }, Some(dataset)) = (verdict, shown) else {
        let findings = MessageArg::Text(said::tally(&said, true, localizer));
        report.push_str(&localizer.format(Msg::ToolImageNotDrawn, &[("findings", findings)]));
        report.push('\n');
        eprint_text(&report);
        return DATA;
    };

    let picture = render(&dataset, localizer, run.width.unwrap_or(DEFAULT_WIDTH));
    let bytes = match format {
        Format::Svg => Ok(picture.svg.clone().into_bytes()),
        Format::Png => png(&picture).map_err(|error| error.to_string()),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(reason) => {
            report.push_str(&error_line(
                localizer,
                localizer.format(
                    Msg::ToolImageFailed,
                    &[("reason", MessageArg::Text(reason))],
                ),
            ));
            eprint_text(&report);
            return DATA;
        }
    };
    let written = match &run.output {
        Some(path) => write::atomically(path, &bytes).map_err(|error| (path.as_path(), error)),
        None => {
            let mut stdout = io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|error| (Path::new("-"), error))
        }
    };
    if let Err((path, error)) = written {
        let args = [
            ("file", MessageArg::Text(datasets::name(path))),
            ("reason", MessageArg::Text(error.to_string())),
        ];
        report.push_str(&error_line(
            localizer,
            localizer.format(Msg::ToolCliWriteFailed, &args),
        ));
        eprint_text(&report);
        return DATA;
    }
    if !said.is_empty() {
        report.push_str(&said::summary(&said, verdict, localizer));
        report.push('\n');
    }
    if let Some(path) = &run.output {
        let args = [
            ("file", MessageArg::Text(datasets::name(path))),
            ("width", MessageArg::Text(picture.width.to_string())),
            ("height", MessageArg::Text(picture.height.to_string())),
            (
                "signatories",
                MessageArg::Text(localizer.count(Msg::ToolCliCountSignatories, signatories)),
            ),
        ];
        report.push_str(&localizer.format(Msg::ToolImageWrote, &args));
        report.push('\n');
    }
    eprint_text(&report);
    OK
}

/// Whether the picture has somewhere to go: a PNG's bytes on a terminal
/// would only garble it, so they need `-o` or a pipe (SVG is text).
fn destination(format: Format, output: Option<&Path>, terminal: bool) -> Result<(), Usage> {
    if format == Format::Png && output.is_none() && terminal {
        Err(Usage::PngToTerminal)
    } else {
        Ok(())
    }
}

/// "error: …" and a new line.
fn error_line(localizer: &Localizer, message: String) -> String {
    format!("{}: {message}\n", severity_word(Severity::Error, localizer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_goes_to_a_file_or_a_pipe_never_to_a_terminal() {
        let file = Some(Path::new("card.png"));
        assert_eq!(
            destination(Format::Png, None, true),
            Err(Usage::PngToTerminal)
        );
        assert_eq!(destination(Format::Png, None, false), Ok(()));
        assert_eq!(destination(Format::Png, file, true), Ok(()));
        assert_eq!(destination(Format::Svg, None, true), Ok(()));
    }
}
