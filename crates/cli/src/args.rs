//! The command line, read with `lexopt` into what to do, or into the
//! usage mistake ([`Usage`]) to tell the person (exit status 2). Options may come
//! before or after the command, as people type them.

use std::ffi::OsString;
use std::path::PathBuf;

use lexopt::prelude::*;
use signatory_picture::{MAX_WIDTH, MIN_WIDTH};

pub use crate::usage::Usage;

/// The things the tool does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Report every problem of the files given.
    Check,
    /// Write the dataset JSON made from spreadsheet files.
    Convert,
    /// Draw the map's first view as a picture.
    Image,
}

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

    fn from_word(word: &str) -> Option<Format> {
        match word {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

impl Command {
    /// The word typed for it.
    pub fn word(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Convert => "convert",
            Command::Image => "image",
        }
    }

    fn from_word(word: &str) -> Option<Command> {
        match word {
            "check" => Some(Command::Check),
            "convert" => Some(Command::Convert),
            "image" => Some(Command::Image),
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
    /// `-o FILE` (convert and image).
    pub output: Option<PathBuf>,
    /// `--compact` (convert only).
    pub compact: bool,
    /// `--format` (image only; else from `-o`'s ending).
    pub format: Option<Format>,
    /// `--width` in pixels (image only).
    pub width: Option<u32>,
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
    format: Option<Format>,
    /// As typed: judged once the command is known.
    width: Option<String>,
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
                Long("format") => {
                    let value = text_value(&mut parser, "--format")?;
                    let format = Format::from_word(&value.to_ascii_lowercase())
                        .ok_or(Usage::BadFormat(value))?;
                    if self.format.replace(format).is_some() {
                        return Err(Usage::Twice("--format".to_owned()));
                    }
                }
                Long("width") => {
                    let value = text_value(&mut parser, "--width")?;
                    if self.width.replace(value).is_some() {
                        return Err(Usage::Twice("--width".to_owned()));
                    }
                }
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
        self.options_belong(command)?;
        if self.files.is_empty() {
            return Err(Usage::NoFiles);
        }
        Ok(Request::Run(Run {
            command,
            files: std::mem::take(&mut self.files),
            output: self.output.take().map(|(_, path)| path),
            compact: self.compact.is_some(),
            format: self.format,
            width: self.width.as_deref().map(pixels).transpose()?,
        }))
    }

    /// An option of another command is a mistake, named with the command
    /// it belongs to.
    fn options_belong(&self, command: Command) -> Result<(), Usage> {
        let not_here = |option: &str, command| {
            Err(Usage::NotHere {
                option: option.to_owned(),
                command,
            })
        };
        if command != Command::Convert {
            if let Some(option) = &self.compact {
                return not_here(option, Command::Convert);
            }
        }
        if command != Command::Image {
            if self.format.is_some() {
                return not_here("--format", Command::Image);
            }
            if self.width.is_some() {
                return not_here("--width", Command::Image);
            }
        }
        if command == Command::Check {
            if let Some((typed, _)) = &self.output {
                return not_here(typed, Command::Convert);
            }
        }
        Ok(())
    }
}

/// `--width`'s value: whole pixels within what a picture may be.
fn pixels(typed: &str) -> Result<u32, Usage> {
    typed
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|w| (MIN_WIDTH..=MAX_WIDTH).contains(w))
        .ok_or_else(|| Usage::BadWidth(typed.to_owned()))
}

/// An option's value that must be text.
fn text_value(parser: &mut lexopt::Parser, option: &str) -> Result<String, Usage> {
    parser
        .value()
        .map_err(usage)?
        .into_string()
        .map_err(|_| Usage::BadText(option.to_owned()))
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
