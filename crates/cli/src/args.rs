//! The command line, read with `lexopt` into what to do, or into the
//! usage mistake to tell the person (exit status 2). Options may come
//! before or after the command, as people type them.

use std::ffi::OsString;
use std::path::PathBuf;

use lexopt::prelude::*;
use signatory_picture::{MAX_WIDTH, MIN_WIDTH};

pub use crate::image::Format;
pub use crate::usage::Usage;

/// The things the tool does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Report every problem of the files given.
    Check,
    /// Write the dataset JSON made from spreadsheet files.
    Convert,
    /// Write the widget's first view as static HTML.
    Prerender,
    /// Write a ready-to-paste HTML snippet: script, element, snapshots.
    Embed,
    /// Draw the map's first view as a picture.
    Image,
}

impl Command {
    /// The word typed for it.
    pub fn word(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Convert => "convert",
            Command::Prerender => "prerender",
            Command::Embed => "embed",
            Command::Image => "image",
        }
    }

    fn from_word(word: &str) -> Option<Command> {
        [
            Command::Check,
            Command::Convert,
            Command::Prerender,
            Command::Embed,
            Command::Image,
        ]
        .into_iter()
        .find(|command| command.word() == word)
    }
}

/// A command to run, with its files and options.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Which command.
    pub command: Command,
    /// The files, in the order given.
    pub files: Vec<PathBuf>,
    /// `-o FILE` (convert, prerender, embed, image).
    pub output: Option<PathBuf>,
    /// `--compact` (convert only).
    pub compact: bool,
    /// `--stylesheet URL` (prerender only).
    pub stylesheet: Option<String>,
    /// `--src URL` (embed only; required there).
    pub src: Option<String>,
    /// `--cdn URL` (embed only).
    pub cdn: Option<String>,
    /// `--dist DIR` (embed only).
    pub dist: Option<PathBuf>,
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

/// Which commands take an option (as typed): `None` for all of them.
fn takes(option: &str) -> Option<&'static [Command]> {
    match option {
        "-o" | "--output" => Some(&[
            Command::Convert,
            Command::Prerender,
            Command::Embed,
            Command::Image,
        ]),
        "--compact" => Some(&[Command::Convert]),
        "--stylesheet" => Some(&[Command::Prerender]),
        "--src" | "--cdn" | "--dist" => Some(&[Command::Embed]),
        "--format" | "--width" => Some(&[Command::Image]),
        _ => None,
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
    /// The options given, as typed, in order (for "not an option of").
    typed: Vec<String>,
    files: Vec<PathBuf>,
    output: Option<PathBuf>,
    compact: bool,
    stylesheet: Option<String>,
    src: Option<String>,
    cdn: Option<String>,
    dist: Option<PathBuf>,
    format: Option<Format>,
    width: Option<u32>,
}

impl State {
    fn read(&mut self, mut parser: lexopt::Parser) -> Result<Request, Usage> {
        while let Some(arg) = parser.next().map_err(usage)? {
            let typed = match &arg {
                Short(letter) => format!("-{letter}"),
                Long(name) => format!("--{name}"),
                Value(_) => String::new(),
            };
            match arg {
                Short('h') | Long("help") => self.help = true,
                Short('V') | Long("version") => self.version = true,
                Long("lang") => once(&mut self.lang, text(&mut parser, &typed)?, &typed)?,
                Short('o') | Long("output") => {
                    let path = PathBuf::from(parser.value().map_err(usage)?);
                    once(&mut self.output, path, &typed)?;
                }
                Long("compact") => self.compact = true,
                Long("stylesheet") => {
                    once(&mut self.stylesheet, text(&mut parser, &typed)?, &typed)?;
                }
                Long("src") => once(&mut self.src, text(&mut parser, &typed)?, &typed)?,
                Long("cdn") => once(&mut self.cdn, text(&mut parser, &typed)?, &typed)?,
                Long("dist") => {
                    let dir = PathBuf::from(parser.value().map_err(usage)?);
                    once(&mut self.dist, dir, &typed)?;
                }
                Long("format") => {
                    let value = text(&mut parser, &typed)?;
                    let format = Format::from_word(&value.trim().to_ascii_lowercase())
                        .ok_or(Usage::BadFormat(value))?;
                    once(&mut self.format, format, &typed)?;
                }
                Long("width") => {
                    let width = pixels(&text(&mut parser, &typed)?)?;
                    once(&mut self.width, width, &typed)?;
                }
                Value(value) => self.word(value)?,
                Short(_) | Long(_) => return Err(Usage::UnknownOption(typed)),
            }
            if takes(&typed).is_some() {
                self.typed.push(typed);
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
        for option in &self.typed {
            match takes(option) {
                Some(commands) if !commands.contains(&command) => {
                    return Err(match commands {
                        [only] => Usage::NotHere {
                            option: option.clone(),
                            command: *only,
                        },
                        _ => Usage::NotFor {
                            option: option.clone(),
                            command,
                        },
                    });
                }
                _ => {}
            }
        }
        if self.files.is_empty() {
            return Err(Usage::NoFiles);
        }
        let required = match command {
            Command::Prerender => self.lang.is_none().then_some("--lang"),
            Command::Embed => self.src.is_none().then_some("--src"),
            Command::Check | Command::Convert | Command::Image => None,
        };
        if let Some(option) = required {
            return Err(Usage::Required {
                option: option.to_owned(),
                command,
            });
        }
        Ok(Request::Run(Run {
            command,
            files: std::mem::take(&mut self.files),
            output: self.output.take(),
            compact: self.compact,
            stylesheet: self.stylesheet.take(),
            src: self.src.take(),
            cdn: self.cdn.take(),
            dist: self.dist.take(),
            format: self.format,
            width: self.width,
        }))
    }
}

/// An option's value, which must be text (a language, a URL).
fn text(parser: &mut lexopt::Parser, typed: &str) -> Result<String, Usage> {
    parser
        .value()
        .map_err(usage)?
        .into_string()
        .map_err(|_| Usage::BadText(typed.to_owned()))
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

/// Sets an option that may be given only once.
fn once<T>(slot: &mut Option<T>, value: T, typed: &str) -> Result<(), Usage> {
    match slot.replace(value) {
        Some(_) => Err(Usage::Twice(typed.to_owned())),
        None => Ok(()),
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
