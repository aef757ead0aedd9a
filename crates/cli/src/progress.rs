//! Progress on standard error, never on standard output (which may be the
//! dataset): "reading pledge.xlsx…", "12,000 of 20,000 rows". Shown when a
//! person is watching (standard error is a terminal), redrawn in place and
//! cleared when done; or, for inputs over 1 MB, as plain lines a log keeps.

use std::io::{self, IsTerminal, Write};

use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// Inputs bigger than this get progress lines even when nobody watches.
pub const LARGE_INPUT: u64 = 1024 * 1024;

/// How often plain (non-terminal) row progress is written: every tenth.
const STEPS: usize = 10;

/// Where progress goes, and what was last shown.
pub struct Meter {
    localizer: Localizer,
    mode: Mode,
    /// A line is drawn on the terminal and must be cleared.
    drawn: bool,
    /// Rows last reported.
    shown_rows: usize,
    /// File last reported.
    shown_file: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Off,
    Terminal,
    Lines,
}

impl Meter {
    /// A meter for inputs of `input_bytes` in all.
    pub fn new(localizer: &Localizer, input_bytes: u64) -> Meter {
        let mode = if io::stderr().is_terminal() {
            Mode::Terminal
        } else if input_bytes > LARGE_INPUT {
            Mode::Lines
        } else {
            Mode::Off
        };
        Meter {
            localizer: localizer.clone(),
            mode,
            drawn: false,
            shown_rows: 0,
            shown_file: None,
        }
    }

    /// A file is being read.
    pub fn reading(&mut self, file: &str) {
        if self.mode == Mode::Off || self.shown_file.as_deref() == Some(file) {
            return;
        }
        self.shown_file = Some(file.to_owned());
        let text = self.localizer.format(
            Msg::ToolCliProgressReading,
            &[("file", MessageArg::Text(file.to_owned()))],
        );
        self.show(&text);
    }

    /// `done` of `total` rows converted.
    pub fn rows(&mut self, done: usize, total: usize) {
        let step = match self.mode {
            Mode::Off => return,
            Mode::Terminal => 500,
            Mode::Lines => total.div_ceil(STEPS).max(1),
        };
        if done != total && done < self.shown_rows + step {
            return;
        }
        self.shown_rows = done;
        let text = self.localizer.format(
            Msg::ToolCliProgressRows,
            &[
                ("done", MessageArg::Number(done as f64)),
                ("total", MessageArg::Number(total as f64)),
            ],
        );
        self.show(&text);
    }

    /// Clears the terminal line, so what follows starts clean.
    pub fn done(&mut self) {
        if self.drawn {
            let mut stderr = io::stderr().lock();
            let _ = write!(stderr, "\r\x1b[2K");
            let _ = stderr.flush();
            self.drawn = false;
        }
        self.shown_rows = 0;
    }

    fn show(&mut self, text: &str) {
        let mut stderr = io::stderr().lock();
        // Progress is a courtesy: a closed stderr must not stop the work.
        let _ = match self.mode {
            Mode::Off => Ok(()),
            Mode::Terminal => write!(stderr, "\r\x1b[2K{text}"),
            Mode::Lines => writeln!(stderr, "{text}"),
        };
        let _ = stderr.flush();
        self.drawn = self.mode == Mode::Terminal;
    }
}
