//! The mistakes a person can make on the command line, each told in
//! their language with the usage line (exit status 2).

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_picture::{MAX_WIDTH, MIN_WIDTH};

use crate::args::Command;

/// A mistake in the command line: told with the usage line, exit status 2.
#[derive(Debug, Clone, PartialEq)]
pub enum Usage {
    /// Nothing but options.
    NoCommand,
    /// A command the tool does not have.
    UnknownCommand(String),
    /// An option the tool does not have.
    UnknownOption(String),
    /// An option that needs a value got none.
    MissingValue(String),
    /// A flag was given a value (`--compact=yes`).
    UnexpectedValue(String),
    /// An option of another command.
    NotHere {
        /// The option as typed.
        option: String,
        /// The command it belongs to.
        command: Command,
    },
    /// An option of other commands than the one given, shared by several
    /// (`-o` with `check`).
    NotFor {
        /// The option as typed.
        option: String,
        /// The command given.
        command: Command,
    },
    /// A command without an option it cannot do without (`embed` and
    /// `--src`).
    Required {
        /// The option as typed.
        option: String,
        /// The command given.
        command: Command,
    },
    /// Files that make more than one dataset, for a command that makes
    /// one thing from one dataset.
    OneDataset {
        /// The command given.
        command: Command,
        /// How many datasets the files make.
        count: usize,
    },
    /// A command without files.
    NoFiles,
    /// A value that is not Unicode where text is needed.
    BadText(String),
    /// `--lang` names a language the tool does not speak.
    UnknownLanguage(String),
    /// `convert` was given dataset JSON, which needs no converting.
    ConvertJson(String),
    /// The same option twice (`-o a -o b`).
    Twice(String),
    /// `--format` names no picture format.
    BadFormat(String),
    /// `image` without `--format`, and no `-o` ending that says it.
    NoFormat,
    /// `--width` is not a whole number of pixels in range.
    BadWidth(String),
    /// A PNG asked for on a terminal.
    PngToTerminal,
}

impl Usage {
    /// The mistake, in the localizer's language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let text = |value: &str| MessageArg::Text(value.to_owned());
        match self {
            Usage::NoCommand => localizer.text(Msg::ToolCliUsageNoCommand),
            Usage::UnknownCommand(command) => localizer.format(
                Msg::ToolCliUsageUnknownCommand,
                &[("command", text(command))],
            ),
            Usage::UnknownOption(option) => {
                localizer.format(Msg::ToolCliUsageUnknownOption, &[("option", text(option))])
            }
            Usage::MissingValue(option) => {
                localizer.format(Msg::ToolCliUsageMissingValue, &[("option", text(option))])
            }
            Usage::UnexpectedValue(option) => localizer.format(
                Msg::ToolCliUsageUnexpectedValue,
                &[("option", text(option))],
            ),
            Usage::NotHere { option, command } => localizer.format(
                Msg::ToolCliUsageNotHere,
                &[("option", text(option)), ("command", text(command.word()))],
            ),
            Usage::NotFor { option, command } => localizer.format(
                Msg::ToolCliUsageNotFor,
                &[("option", text(option)), ("command", text(command.word()))],
            ),
            Usage::Required { option, command } => localizer.format(
                Msg::ToolCliUsageRequired,
                &[("option", text(option)), ("command", text(command.word()))],
            ),
            Usage::OneDataset { command, count } => localizer.format(
                Msg::ToolCliUsageOneDataset,
                &[
                    ("command", text(command.word())),
                    ("count", MessageArg::Number(*count as f64)),
                ],
            ),
            Usage::NoFiles => localizer.text(Msg::ToolCliUsageNoFiles),
            Usage::BadText(option) => {
                localizer.format(Msg::ToolCliUsageBadText, &[("option", text(option))])
            }
            Usage::UnknownLanguage(lang) => localizer.format(
                Msg::ToolCliUsageUnknownLanguage,
                &[
                    ("lang", text(lang)),
                    ("languages", text(&localizer.languages().join(", "))),
                ],
            ),
            Usage::ConvertJson(file) => {
                localizer.format(Msg::ToolCliUsageConvertJson, &[("file", text(file))])
            }
            Usage::Twice(option) => {
                localizer.format(Msg::ToolCliUsageTwice, &[("option", text(option))])
            }
            Usage::BadFormat(format) => {
                localizer.format(Msg::ToolImageUsageBadFormat, &[("format", text(format))])
            }
            Usage::NoFormat => localizer.text(Msg::ToolImageUsageNoFormat),
            Usage::BadWidth(width) => localizer.format(
                Msg::ToolImageUsageBadWidth,
                &[
                    ("width", text(width)),
                    // Pixels as a number is typed (4800, not 4,800).
                    ("min", text(&MIN_WIDTH.to_string())),
                    ("max", text(&MAX_WIDTH.to_string())),
                ],
            ),
            Usage::PngToTerminal => localizer.text(Msg::ToolImageUsagePngTerminal),
        }
    }
}
