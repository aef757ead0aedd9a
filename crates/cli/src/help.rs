//! `--help` for the tool and for each command, and the usage lines shown
//! with a mistake, in the person's language. The layout (columns, wrapping
//! at 80) is here; the words are in `locales/<lang>/tool/cli.ftl`.

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_picture::{DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH};

use crate::args::Command;

/// The program's name, as typed.
pub const PROGRAM: &str = "signatory-map";
const WIDTH: usize = 80;

/// The synopsis of the tool, or of one command.
pub fn usage_line(command: Option<Command>) -> String {
    match command {
        None => {
            format!(
                "{PROGRAM} [--lang LANG] <check|convert|prerender|embed|image|help> [OPTIONS] FILE…"
            )
        }
        Some(Command::Check) => format!("{PROGRAM} check [--lang LANG] FILE…"),
        Some(Command::Convert) => {
            format!("{PROGRAM} convert [-o FILE] [--compact] [--lang LANG] FILE…")
        }
        Some(Command::Prerender) => {
            format!("{PROGRAM} prerender --lang en|lt [--stylesheet URL] [-o FILE] FILE…")
        }
        Some(Command::Embed) => format!(
            "{PROGRAM} embed --src URL [--cdn URL] [--dist DIR] [--lang en|lt] [-o FILE] FILE…"
        ),
        Some(Command::Image) => format!(
            "{PROGRAM} image --format svg|png [--width PIXELS] [-o FILE] [--lang LANG] FILE…"
        ),
    }
}

/// How to ask for more help after a mistake.
pub fn help_command(command: Option<Command>) -> String {
    match command {
        None => format!("{PROGRAM} --help"),
        Some(command) => format!("{PROGRAM} {} --help", command.word()),
    }
}

/// The whole help text.
pub fn text(command: Option<Command>, localizer: &Localizer) -> String {
    let t = |id| localizer.text(id);
    let mut out = String::new();
    let about = match command {
        None => t(Msg::ToolCliHelpAbout),
        Some(Command::Check) => t(Msg::ToolCliHelpCheckAbout),
        Some(Command::Convert) => t(Msg::ToolCliHelpConvertAbout),
        Some(Command::Prerender) => t(Msg::ToolCliHelpPrerenderAbout),
        Some(Command::Embed) => t(Msg::ToolCliHelpEmbedAbout),
        Some(Command::Image) => t(Msg::ToolImageHelpAbout),
    };
    paragraph(&mut out, &about);
    out.push_str(&format!(
        "{}: {}\n\n",
        t(Msg::ToolCliHelpUsage),
        usage_line(command)
    ));
    if command.is_none() {
        out.push_str(&format!("{}:\n", t(Msg::ToolCliHelpCommands)));
        columns(
            &mut out,
            &[
                ("check FILE…".to_owned(), t(Msg::ToolCliHelpCheck)),
                (
                    "convert FILE… [-o FILE]".to_owned(),
                    t(Msg::ToolCliHelpConvert),
                ),
                (
                    "prerender FILE… --lang LANG".to_owned(),
                    t(Msg::ToolCliHelpPrerender),
                ),
                ("embed FILE… --src URL".to_owned(), t(Msg::ToolCliHelpEmbed)),
                (
                    "image FILE… --format svg|png".to_owned(),
                    t(Msg::ToolImageHelp),
                ),
                ("help [COMMAND]".to_owned(), t(Msg::ToolCliHelpHelp)),
            ],
        );
    }
    out.push_str(&format!("{}:\n", t(Msg::ToolCliHelpOptions)));
    let mut options = command_options(command, localizer);
    let lang = match command {
        Some(Command::Prerender) => t(Msg::ToolCliHelpSnapshotLang),
        Some(Command::Embed) => t(Msg::ToolCliHelpPageLang),
        _ => t(Msg::ToolCliHelpLang),
    };
    options.push(("--lang LANG".to_owned(), lang));
    options.push(("-h, --help".to_owned(), t(Msg::ToolCliHelpHelpOption)));
    if command.is_none() {
        options.push(("-V, --version".to_owned(), t(Msg::ToolCliHelpVersion)));
    }
    columns(&mut out, &options);
    let files = match command {
        Some(Command::Convert) => Msg::ToolCliHelpConvertFiles,
        Some(Command::Prerender | Command::Embed) => Msg::ToolCliHelpPublishFiles,
        Some(Command::Image) => Msg::ToolImageHelpFiles,
        _ => Msg::ToolCliHelpFiles,
    };
    paragraph(&mut out, &t(files));
    paragraph(&mut out, &t(Msg::ToolCliHelpExit));
    // The place data's licence asks for the credit wherever it is used.
    if command != Some(Command::Check) {
        paragraph(&mut out, &t(Msg::ToolCliHelpCredit));
    }
    // The basemap's and the fonts' credit, where pictures are made.
    if matches!(command, None | Some(Command::Image)) {
        paragraph(&mut out, &t(Msg::ToolImageHelpCredit));
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The options only `command` has, with what each does.
fn command_options(command: Option<Command>, localizer: &Localizer) -> Vec<(String, String)> {
    let t = |id| localizer.text(id);
    let row = |name: &str, id| (name.to_owned(), t(id));
    match command {
        Some(Command::Convert) => vec![
            row("-o, --output FILE", Msg::ToolCliHelpOutput),
            row("--compact", Msg::ToolCliHelpCompact),
        ],
        Some(Command::Prerender) => vec![
            row("--stylesheet URL", Msg::ToolCliHelpStylesheet),
            row("-o, --output FILE", Msg::ToolCliHelpOutputHtml),
        ],
        Some(Command::Embed) => vec![
            row("--src URL", Msg::ToolCliHelpSrc),
            row("--cdn URL", Msg::ToolCliHelpCdn),
            row("--dist DIR", Msg::ToolCliHelpDist),
            row("-o, --output FILE", Msg::ToolCliHelpOutputHtml),
        ],
        Some(Command::Image) => vec![
            row("--format svg|png", Msg::ToolImageHelpFormat),
            (
                "--width PIXELS".to_owned(),
                localizer.format(
                    Msg::ToolImageHelpWidth,
                    &[
                        // Pixels as they are typed (4800, not 4,800).
                        ("min", MessageArg::Text(MIN_WIDTH.to_string())),
                        ("max", MessageArg::Text(MAX_WIDTH.to_string())),
                        ("default", MessageArg::Text(DEFAULT_WIDTH.to_string())),
                    ],
                ),
            ),
            row("-o, --output FILE", Msg::ToolImageHelpOutput),
        ],
        None | Some(Command::Check) => Vec::new(),
    }
}

/// Two columns, the second wrapped under itself; a blank line after.
fn columns(out: &mut String, rows: &[(String, String)]) {
    let left = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0)
        + 4;
    for (name, what) in rows {
        let lines = wrap(what, WIDTH.saturating_sub(left).max(30));
        for (index, line) in lines.iter().enumerate() {
            let label = if index == 0 { name.as_str() } else { "" };
            let pad = left - 2 - label.chars().count();
            out.push_str(&format!("  {label}{}{line}\n", " ".repeat(pad)));
        }
    }
    out.push('\n');
}

/// A paragraph wrapped at [`WIDTH`], then a blank line.
fn paragraph(out: &mut String, text: &str) {
    for line in wrap(text, WIDTH) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
}

/// Words in lines of at most `width` characters (a longer word, such as a
/// link, gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrapping_keeps_every_word_and_the_width() {
        let text = "one two three four five six seven";
        let lines = wrap(text, 10);
        assert_eq!(lines, ["one two", "three four", "five six", "seven"]);
        assert_eq!(
            wrap("https://www.geonames.org/ x", 5),
            ["https://www.geonames.org/", "x"]
        );
    }
}
