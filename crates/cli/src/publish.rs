//! `prerender` and `embed`: one dataset (a JSON file or spreadsheets, read
//! as `check` reads them) drawn as the widget's first view, alone or in a
//! ready-to-paste snippet. Findings go to standard error; when the data
//! would be rejected they are the same as `check`'s and nothing is written.

use std::path::Path;

use signatory_core::dataset::Dataset;
use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_map::snapshot::{render_snapshot, Stylesheet};
use signatory_sheets::finding::Severity;

use crate::args::{Run, Usage};
use crate::datasets;
use crate::integrity;
use crate::progress::Meter;
use crate::run::{deliver, eprint_text, input_size, lines, usage_error, DATA, OK};
use crate::said::{self, severity_word};
use crate::snippet::{snippet, Links};

/// The snapshot's stylesheet when `--stylesheet` is not given: the plain
/// CSS file served beside the page.
const STYLESHEET: &str = "signatory-map.css";

/// `prerender`: the snapshot in `lang`, as a declarative shadow root.
pub fn prerender(run: &Run, lang: &str, localizer: &Localizer) -> u8 {
    let (mut report, dataset) = match load(run, localizer) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let stylesheet = Stylesheet {
        href: run.stylesheet.as_deref().unwrap_or(STYLESHEET),
        integrity: None,
    };
    let mut html = render_snapshot(dataset, lang, stylesheet).declarative();
    html.push('\n');
    let status = deliver(
        run.output.as_deref(),
        html.as_bytes(),
        &mut report,
        localizer,
    );
    eprint_text(&report);
    status
}

/// `embed`: the snippet for a page in `lang` (English unless `--lang`),
/// then its size on standard error.
pub fn embed(run: &Run, lang: Option<&str>, localizer: &Localizer) -> u8 {
    // The hashes first: without them there is nothing to write, and the
    // fix (a build, or --dist) is quicker than reading a large workbook.
    let hashes = match integrity::hashes(run.dist.as_deref()) {
        Ok(hashes) => hashes,
        Err(missing) => {
            eprint_text(&format!(
                "{}: {}\n",
                severity_word(Severity::Error, localizer),
                missing.describe(localizer)
            ));
            return DATA;
        }
    };
    let (mut report, dataset) = match load(run, localizer) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let links = Links {
        src: run.src.as_deref().unwrap_or_default(),
        cdn: run.cdn.as_deref().unwrap_or_default(),
        hashes: &hashes,
    };
    let html = snippet(&dataset, lang.unwrap_or("en"), &links);
    let status = deliver(
        run.output.as_deref(),
        html.as_bytes(),
        &mut report,
        localizer,
    );
    if status == OK {
        let file = run.output.as_deref().unwrap_or(Path::new("-"));
        report.push_str(&localizer.format(
            Msg::ToolCliEmbedSize,
            &[
                ("file", MessageArg::Text(datasets::name(file))),
                ("bytes", MessageArg::Number(html.len() as f64)),
            ],
        ));
        report.push('\n');
    }
    eprint_text(&report);
    status
}

/// The one dataset the files make, with the findings told so far; or the
/// exit status once the data would be rejected (told as `check` tells it)
/// or the files make more than one dataset.
pub fn load(run: &Run, localizer: &Localizer) -> Result<(String, Dataset), u8> {
    let count = datasets::group(&run.files).len();
    if count > 1 {
        let mistake = Usage::OneDataset {
            command: run.command,
            count,
        };
        return Err(usage_error(&mistake, Some(run.command), localizer));
    }
    let mut meter = Meter::new(localizer, input_size(&run.files));
    let outcome = datasets::load(&run.files, &mut meter);
    let mut report = lines(&outcome.said, localizer);
    match outcome.shown {
        Some(dataset) => {
            if !outcome.said.is_empty() {
                report.push_str(&said::summary(&outcome.said, outcome.verdict, localizer));
                report.push('\n');
            }
            Ok((report, dataset))
        }
        None => {
            let findings = MessageArg::Text(said::tally(&outcome.said, true, localizer));
            report.push_str(
                &localizer.format(Msg::ToolCliSummaryNotWritten, &[("findings", findings)]),
            );
            report.push('\n');
            eprint_text(&report);
            Err(DATA)
        }
    }
}

/// The `--lang` a snapshot is drawn in: its primary tag (`lt-LT` → `lt`).
pub fn snapshot_language(lang: &str) -> &str {
    lang.split(['-', '_', '.']).next().unwrap_or(lang)
}
