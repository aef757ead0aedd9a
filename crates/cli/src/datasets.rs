//! The two kinds of input, each to findings and a verdict: a dataset JSON
//! file, read by the core exactly as the widget reads it, and spreadsheet
//! files, which together make one dataset (a workbook, or one CSV per
//! sheet) and go through the conversion.

use std::path::{Path, PathBuf};

use signatory_core::dataset::Dataset;
use signatory_core::json::std_number;
use signatory_core::problem::Problem;
use signatory_core::read::{read_dataset, Rejection};
use signatory_core::validate::MAX_BODY_BYTES;
use signatory_sheets::convert::{convert_files, DatasetJson, InputFile, Progress};
use signatory_sheets::finding::{Finding, Message, Severity};
use signatory_sheets::gazetteer::Gazetteer;
use signatory_sheets::read::MAX_BYTES;
use signatory_sheets::table::Location;

use crate::files;
use crate::locate::Spans;
use crate::progress::Meter;
use crate::said::{Said, Verdict};

/// What checking one dataset gave.
pub struct Outcome {
    /// Everything to tell, in order.
    pub said: Vec<Said>,
    /// Whether the widget would show it.
    pub verdict: Verdict,
    /// The dataset to write (spreadsheets only, when not rejected).
    pub dataset: Option<DatasetJson>,
    /// The dataset as the widget reads it (JSON files only, when not
    /// rejected): what `image` draws.
    pub read: Option<Dataset>,
}

impl Outcome {
    fn unusable(said: Vec<Said>) -> Outcome {
        Outcome {
            said,
            verdict: Verdict::Rejected,
            dataset: None,
            read: None,
        }
    }
}

/// The datasets the files make, in the order first named: each JSON file
/// its own, every other file part of the one spreadsheet dataset.
pub fn group(files: &[PathBuf]) -> Vec<Vec<PathBuf>> {
    let mut groups: Vec<Vec<PathBuf>> = Vec::new();
    let mut sheets_at: Option<usize> = None;
    for file in files {
        if files::is_json(file) {
            groups.push(vec![file.clone()]);
        } else if let Some(at) = sheets_at {
            groups[at].push(file.clone());
        } else {
            sheets_at = Some(groups.len());
            groups.push(vec![file.clone()]);
        }
    }
    groups
}

/// The file's name as the person typed it, for findings.
pub fn name(path: &Path) -> String {
    path.display().to_string()
}

/// Reads and validates one dataset JSON file as the widget would.
pub fn check_json(path: &Path, meter: &mut Meter) -> Outcome {
    let name = name(path);
    meter.reading(&name);
    let read = files::read(path, MAX_BODY_BYTES).and_then(files::json_text);
    // Cleared before anything is printed, so no finding shares its line.
    meter.done();
    let text = match read {
        Ok(text) => text,
        Err(problem) => return Outcome::unusable(vec![Said::File { name, problem }]),
    };
    let (problems, severity, verdict, read) = match read_dataset(&text, std_number) {
        Err(Rejection::NotJson(at)) => {
            return Outcome::unusable(vec![Said::NotJson { name, at }]);
        }
        Err(Rejection::Invalid(problems)) => (problems, Severity::Error, Verdict::Rejected, None),
        Ok(mut dataset) => {
            let verdict = accepted(&dataset);
            let warnings = std::mem::take(&mut dataset.warnings);
            (warnings, Severity::Warning, verdict, Some(dataset))
        }
    };
    Outcome {
        said: placed(&name, &text, problems, severity),
        verdict,
        dataset: None,
        read,
    }
}

/// The core's problems as findings, each with its JSON path and the line
/// and column where that value starts.
fn placed(name: &str, text: &str, problems: Vec<Problem>, severity: Severity) -> Vec<Said> {
    // The tree is built only when a problem is inside the document: the
    // whole-document ones (too deep, most of all) need none.
    let spans = Spans::new(text, problems.iter().any(|p| !p.path.is_empty()));
    problems
        .into_iter()
        .map(|problem| {
            Said::Finding(Box::new(Finding {
                severity,
                location: Location {
                    file: name.to_owned(),
                    line_column: spans.locate(&problem.path),
                    json_path: Some(problem.path),
                    ..Location::default()
                },
                message: Message::Dataset(problem.issue),
            }))
        })
        .collect()
}

/// Reads the spreadsheet files of one dataset and converts them.
pub fn convert_sheets(paths: &[PathBuf], meter: &mut Meter) -> Outcome {
    let mut inputs = Vec::new();
    let mut unusable = Vec::new();
    for path in paths {
        let name = name(path);
        meter.reading(&name);
        match files::read(path, MAX_BYTES) {
            Ok(bytes) => inputs.push(InputFile { name, bytes }),
            Err(problem) => unusable.push(Said::File { name, problem }),
        }
    }
    meter.done();
    // A dataset missing one of its files would only give misleading
    // findings ("no Signatories sheet"): the files come first.
    if !unusable.is_empty() {
        return Outcome::unusable(unusable);
    }
    let conversion = convert_files(
        &inputs,
        Gazetteer::embedded(),
        &mut |progress| match progress {
            Progress::Reading { file } => meter.reading(&file),
            Progress::Rows { done, total } => meter.rows(done, total),
        },
    );
    meter.done();
    let rejected = conversion.rejected();
    let verdict = Verdict::Accepted {
        signatories: conversion.signatories,
        areas: conversion.areas,
    };
    let said: Vec<Said> = conversion
        .findings
        .into_iter()
        .map(|finding| Said::Finding(Box::new(finding)))
        .collect();
    // The conversion validated the JSON with the widget's own reader and
    // left out what it would leave out: what is written is what it shows.
    match conversion.dataset.filter(|_| !rejected) {
        Some(dataset) => Outcome {
            said,
            verdict,
            dataset: Some(dataset),
            read: None,
        },
        None => Outcome::unusable(said),
    }
}

/// The counts of a dataset the widget would show.
fn accepted(dataset: &Dataset) -> Verdict {
    Verdict::Accepted {
        signatories: dataset.signatories.len(),
        areas: dataset.areas.len(),
    }
}
