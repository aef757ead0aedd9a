//! `image`: the map's first view as an SVG or PNG card, drawn by
//! `signatory-picture` from the dataset the widget would show. The data is
//! read and judged exactly as `check` and `convert` do (same findings, same
//! messages); nothing is drawn or written when it would be rejected.

use std::io::{self, IsTerminal};
use std::path::Path;

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_picture::{png, render, DEFAULT_WIDTH};
use signatory_sheets::finding::Severity;

use crate::args::{Command, Run, Usage};
use crate::run::{deliver, eprint_text, usage_error, DATA, OK};
use crate::said::severity_word;
use crate::{datasets, publish};

/// The picture `image` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SVG text.
    Svg,
    /// PNG pixels.
    Png,
}

impl Format {
    /// The format a file's ending names (`card.PNG`), if any.
    pub fn of_path(path: &std::path::Path) -> Option<Format> {
        let ending = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::from_word(&ending)
    }

    /// The format `--format` names (`svg`, `png`), in lower case.
    pub fn from_word(word: &str) -> Option<Format> {
        match word {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// Draws the picture of `run`'s dataset; returns the exit status.
pub fn image(run: &Run, localizer: &Localizer) -> u8 {
    let mistake = |usage: Usage| usage_error(&usage, Some(Command::Image), localizer);
    let from_output = run.output.as_deref().and_then(Format::of_path);
    let Some(format) = run.format.or(from_output) else {
        return mistake(Usage::NoFormat);
    };
    if let Err(usage) = destination(format, run.output.as_deref(), io::stdout().is_terminal()) {
        return mistake(usage);
    }
    // One dataset, judged as `check` judges it; nothing drawn when rejected.
    let (mut report, dataset) = match publish::load(run, localizer) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let signatories = dataset.signatories.len();

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
    let status = deliver(run.output.as_deref(), &bytes, &mut report, localizer);
    if status != OK {
        eprint_text(&report);
        return status;
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
