//! One thing the tool tells a person, and the summary after them: the
//! findings of the conversion and of the core's validation, plus the
//! tool's own (a file it cannot use, a text that is not JSON), each printed
//! as `error: <place>: <message>` in the person's language.

use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::json::TextPosition;
use signatory_sheets::finding::{Finding, Severity};

use crate::files::FileProblem;

/// A line of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// A finding of the conversion or of the widget's validation (boxed:
    /// a finding is large, and most reports are a handful of them).
    Finding(Box<Finding>),
    /// A file the tool cannot use.
    File {
        /// The file's name as typed.
        name: String,
        /// Why.
        problem: FileProblem,
    },
    /// A dataset file that is not JSON, and where it breaks.
    NotJson {
        /// The file's name as typed.
        name: String,
        /// The first place the text breaks the grammar.
        at: TextPosition,
    },
}

impl Said {
    /// How serious it is.
    pub fn severity(&self) -> Severity {
        match self {
            Said::Finding(finding) => finding.severity,
            Said::File { .. } | Said::NotJson { .. } => Severity::Error,
        }
    }

    /// `error: <place>: <message>`, in the localizer's language.
    pub fn line(&self, localizer: &Localizer) -> String {
        let text = match self {
            Said::Finding(finding) => finding.line(localizer),
            Said::File { name, problem } => format!("{name}: {}", problem.describe(localizer)),
            Said::NotJson { name, at } => {
                let place = localizer.format(
                    Msg::ToolWhereLineColumn,
                    &[
                        ("line", MessageArg::Plain(at.line as i64)),
                        ("column", MessageArg::Plain(at.column as i64)),
                    ],
                );
                format!("{name}, {place}: {}", localizer.text(Msg::ErrorLoadNotJson))
            }
        };
        format!("{}: {text}", severity_word(self.severity(), localizer))
    }
}

/// `error`, `warning`, `note` (`klaida`, `įspėjimas`, `pastaba`).
pub fn severity_word(severity: Severity, localizer: &Localizer) -> String {
    localizer.text(match severity {
        Severity::Error => Msg::ToolCliSeverityError,
        Severity::Warning => Msg::ToolCliSeverityWarning,
        Severity::Note => Msg::ToolCliSeverityNote,
    })
}

/// What a dataset came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The widget would refuse it (exit status 1).
    Rejected,
    /// The widget would show it, with these many signatories and areas.
    Accepted {
        /// Signatories shown.
        signatories: usize,
        /// Areas declared.
        areas: usize,
    },
}

/// The summary line: `ok: 15 signatories, 7 areas`, `1 warning; kept 14
/// signatories, 7 areas` or `2 errors, 1 warning: the data would be rejected`.
pub fn summary(said: &[Said], verdict: Verdict, localizer: &Localizer) -> String {
    let findings = MessageArg::Text(tally(said, verdict == Verdict::Rejected, localizer));
    match verdict {
        Verdict::Rejected => {
            localizer.format(Msg::ToolCliSummaryRejected, &[("findings", findings)])
        }
        Verdict::Accepted { signatories, areas } => {
            let mut args = counts(signatories, areas, localizer);
            let problems = said.iter().any(|s| s.severity() != Severity::Note);
            if problems {
                args.push(("findings", findings));
                localizer.format(Msg::ToolCliSummaryKept, &args)
            } else {
                localizer.format(Msg::ToolCliSummaryOk, &args)
            }
        }
    }
}

/// `2 errors, 1 warning, 3 notes`: the counts that are not zero (errors
/// always, when the data is `rejected`).
pub fn tally(said: &[Said], rejected: bool, localizer: &Localizer) -> String {
    let count = |severity| said.iter().filter(|s| s.severity() == severity).count();
    let (errors, warnings, notes) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
    );
    let mut tally = Vec::new();
    if errors > 0 || rejected {
        tally.push(localizer.count(Msg::ToolCliCountErrors, errors));
    }
    if warnings > 0 {
        tally.push(localizer.count(Msg::ToolCliCountWarnings, warnings));
    }
    if notes > 0 {
        tally.push(localizer.count(Msg::ToolCliCountNotes, notes));
    }
    tally.join(", ")
}

/// `$signatories` and `$areas` for the summary messages.
pub fn counts(
    signatories: usize,
    areas: usize,
    localizer: &Localizer,
) -> Vec<(&'static str, MessageArg)> {
    vec![
        (
            "signatories",
            MessageArg::Text(localizer.count(Msg::ToolCliCountSignatories, signatories)),
        ),
        (
            "areas",
            MessageArg::Text(localizer.count(Msg::ToolCliCountAreas, areas)),
        ),
    ]
}
