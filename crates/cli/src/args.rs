//! The command line, read with `lexopt` into what to do, or into the
//! usage mistake to tell the person (exit status 2). Options may come
//! before or after the command, as people type them.

use std::ffi::OsString;
use std::path::PathBuf;

use lexopt::prelude::*;
use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// The two things the tool does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Report every problem of the files given.
    Check,
    /// Write the dataset JSON made from spreadsheet files.
    Convert,
}

impl Command {
    /// The word typed for it.
    pub fn word(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Convert => "convert",
        }
    }

    fn from_word(word: &str) -> Option<Command> {
        match word {
            "check" => Some(Command::Check),
            "convert" => Some(Command::Convert),
            _ => None,
        }
    }
}

/// A command to run, with its files and options.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Which command.
    pub command: Command,
    /// The files, in the order given.
    pub files: Vec<PathBuf>,
    /// `-o FILE` (convert only).
    pub output: Option<PathBuf>,
    /// `--compact` (convert only).
    pub compact: bool,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// `--help`, `help [COMMAND]`: the tool's help, or a command's.
    Help(Option<Command>),
    /// `--version`.
    Version,
    /// A command to run.
    Run(Run),
}

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
        }
    }
}

/// The command line read: the language asked for (kept even when the rest
/// is a mistake, so the mistake is told in it) and the request.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// `--lang`, as typed.
    pub lang: Option<String>,
    /// The command named, even when the rest is a mistake (for its usage line).
    pub command: Option<Command>,
    /// What to do, or the mistake.
    pub request: Result<Request, Usage>,
}

/// Reads the arguments after the program's name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Parsed {
    let mut state = State::default();
    let request = state.read(lexopt::Parser::from_args(args));
    Parsed {
        lang: state.lang,
        command: state.command,
        request,
    }
}

/// What has been read so far.
#[derive(Default)]
struct State {
    lang: Option<String>,
    command: Option<Command>,
    /// `help` was the first word: the next one names the command.
    help_word: bool,
    help: bool,
    version: bool,
    files: Vec<PathBuf>,
    output: Option<(String, PathBuf)>,
    compact: Option<String>,
}

impl State {
    fn read(&mut self, mut parser: lexopt::Parser) -> Result<Request, Usage> {
        while let Some(arg) = parser.next().map_err(usage)? {
            match arg {
                Short('h') | Long("help") => self.help = true,
                Short('V') | Long("version") => self.version = true,
                Long("lang") => {
                    let value = parser.value().map_err(usage)?;
                    let lang = value
                        .into_string()
                        .map_err(|_| Usage::BadText("--lang".to_owned()))?;
                    if self.lang.replace(lang).is_some() {
                        return Err(Usage::Twice("--lang".to_owned()));
                    }
                }
                Short('o') | Long("output") => {
                    let typed = if matches!(arg, Short(_)) {
                        "-o"
                    } else {
                        "--output"
                    };
                    let path = PathBuf::from(parser.value().map_err(usage)?);
                    if self.output.replace((typed.to_owned(), path)).is_some() {
                        return Err(Usage::Twice(typed.to_owned()));
                    }
                }
                Long("compact") => self.compact = Some("--compact".to_owned()),
                Value(value) => self.word(value)?,
                Short(letter) => return Err(Usage::UnknownOption(format!("-{letter}"))),
                Long(name) => return Err(Usage::UnknownOption(format!("--{name}"))),
            }
        }
        self.finish()
    }

    /// A word that is not an option: the command, the command `help` asks
    /// about, or a file.
    fn word(&mut self, value: OsString) -> Result<(), Usage> {
        if self.command.is_some() {
            self.files.push(PathBuf::from(value));
            return Ok(());
        }
        let word = value.to_string_lossy();
        if word == "help" && !self.help_word {
            self.help_word = true;
            return Ok(());
        }
        let command = Command::from_word(&word).ok_or(Usage::UnknownCommand(word.into_owned()))?;
        self.command = Some(command);
        Ok(())
    }

    fn finish(&mut self) -> Result<Request, Usage> {
        if self.help || self.help_word {
            return Ok(Request::Help(self.command));
        }
        if self.version {
            return Ok(Request::Version);
        }
        let command = self.command.ok_or(Usage::NoCommand)?;
        if command == Command::Check {
            let convert_only = self.output.as_ref().map(|(typed, _)| typed.clone());
            if let Some(option) = convert_only.or_else(|| self.compact.clone()) {
                return Err(Usage::NotHere {
                    option,
                    command: Command::Convert,
                });
            }
        }
        if self.files.is_empty() {
            return Err(Usage::NoFiles);
        }
        Ok(Request::Run(Run {
            command,
            files: std::mem::take(&mut self.files),
            output: self.output.take().map(|(_, path)| path),
            compact: self.compact.is_some(),
        }))
    }
}

/// `lexopt`'s error as the mistake a person made.
fn usage(error: lexopt::Error) -> Usage {
    match error {
        lexopt::Error::MissingValue { option } => Usage::MissingValue(option.unwrap_or_default()),
        lexopt::Error::UnexpectedOption(option) => Usage::UnknownOption(option),
        lexopt::Error::UnexpectedArgument(value) => {
            Usage::UnknownCommand(value.to_string_lossy().into_owned())
        }
        lexopt::Error::UnexpectedValue { option, .. } => Usage::UnexpectedValue(option),
        lexopt::Error::ParsingFailed { value, .. } => Usage::BadText(value),
        lexopt::Error::NonUnicodeValue(value) => Usage::BadText(value.to_string_lossy().into()),
        lexopt::Error::Custom(error) => Usage::BadText(error.to_string()),
    }
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;
