//! The widget's own validation, run on the JSON the sheets became: the
//! tool accepts and rejects exactly what the widget would, with the
//! widget's messages, placed back on the cells.

use std::collections::BTreeSet;

use serde_json::{Map, Value};
use signatory_core::json::std_number;
use signatory_core::read::{read_dataset, Rejection};

use signatory_core::problem::Issue;

use crate::finding::{Finding, Message, Severity};

use super::issue::SheetIssue;

use super::sources::{indexed, SourceMap};

/// What validation left.
#[derive(Debug)]
pub struct Checked {
    /// The dataset JSON without the signatories the widget would leave
    /// out; `None` when it rejects the data.
    pub value: Option<Value>,
    /// Signatories in it.
    pub signatories: usize,
    /// Signatories it left out.
    pub left_out: usize,
}

/// Validates `root` as the widget would, adding its findings.
pub fn check(
    mut root: Map<String, Value>,
    map: &SourceMap,
    findings: &mut Vec<Finding>,
) -> Checked {
    let text = serde_json::to_string(&root).unwrap_or_default();
    let (problems, accepted) = match read_dataset(&text, std_number) {
        Ok(dataset) => (dataset.warnings, Some(dataset.signatories.len())),
        Err(Rejection::Invalid(problems)) => (problems, None),
        // The JSON was written by serde_json: it is JSON.
        Err(Rejection::NotJson(_)) => (Vec::new(), None),
    };
    let mut dropped = BTreeSet::new();
    for problem in problems {
        let signatory = indexed(&problem.path, "signatories").map(|(index, _)| index);
        if let Some(index) = signatory {
            dropped.insert(index);
        }
        if map.is_explained(&problem.path) {
            continue;
        }
        findings.push(Finding {
            severity: if signatory.is_some() {
                Severity::Warning
            } else {
                Severity::Error
            },
            location: map.locate(&problem.path),
            message: in_sheet_terms(problem.issue, map),
        });
    }
    let Some(signatories) = accepted else {
        return Checked {
            value: None,
            signatories: 0,
            left_out: dropped.len(),
        };
    };
    if let Some(Value::Array(list)) = root.get_mut("signatories") {
        let mut index = 0;
        list.retain(|_| {
            index += 1;
            !dropped.contains(&(index - 1))
        });
    }
    Checked {
        value: Some(Value::Object(root)),
        signatories,
        left_out: dropped.len(),
    }
}

/// The widget's issue, except where its words are JSON's: a repeated id
/// names the row of its first use, not `signatories[3].id`; an undeclared
/// area names the Areas table, not `areas`.
fn in_sheet_terms(issue: Issue, map: &SourceMap) -> Message {
    match issue {
        Issue::DuplicateId { id, first } => match map.locate(&first).row {
            Some(first_row) => Message::Sheet(SheetIssue::DuplicateId { id, first_row }),
            None => Message::Dataset(Issue::DuplicateId { id, first }),
        },
        Issue::UnknownArea { id } => Message::Sheet(SheetIssue::UnknownArea { name: id }),
        issue => Message::Dataset(issue),
    }
}
