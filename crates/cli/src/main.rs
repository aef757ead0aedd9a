//! `signatory-map`: check a dataset or a spreadsheet, convert a spreadsheet
//! to the dataset JSON, and publish it: the widget's snapshot (`prerender`)
//! and a ready-to-paste embed (`embed`). See `signatory-map --help` and the README.
//!
//! One implementation with the widget: datasets are read and validated by
//! `signatory-core` exactly as the widget does, spreadsheets converted by
//! `signatory-sheets`, messages from the same Fluent catalogue (EN/LT).
//! Exit status: 0 the data would be shown, 1 it would be rejected or a
//! file cannot be used, 2 wrong usage.

mod args;
mod datasets;
mod files;
mod help;
mod image;
mod integrity;
mod locate;
mod progress;
mod publish;
mod run;
mod said;
mod snippet;
mod usage;
mod write;

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(run::main(std::env::args_os().skip(1)))
}
