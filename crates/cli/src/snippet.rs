//! The HTML `embed` writes: a snippet a newsroom pastes into a page as
//! is. It holds no inline script or style, so the README's strict
//! Content-Security-Policy holds; the box the map needs before its script
//! arrives is a rule for the page's own stylesheet, given in the comment.

use std::rc::Rc;

use signatory_core::dataset::{web_link, Dataset};
use signatory_core::i18n::{Catalog, Localizer, MessageArg, Msg};
use signatory_map::snapshot::{attribute, render_snapshot, text, Stylesheet};
use signatory_native_locale::NativeRules;

use crate::integrity::{Hashes, SCRIPT, STYLESHEET};

/// The page rule that reserves the element's box until it is defined (the
/// README's, for the single-file CDN build); keep it in step with
/// `www/src/host.css`. `flow-root`, not `block`: the box must not let the
/// margin of its first child (the fallback's, or an unstyled snapshot's
/// heading) collapse through it and move the page when the widget starts
/// (12 px in WebKit when the snapshot's stylesheet came late).
pub const PAGE_RULE: &str =
    "signatory-map:not(:defined) { display: flow-root; aspect-ratio: 4 / 3; \
                             min-height: 620px; max-height: 760px; }";

/// What the snippet links to, besides the dataset.
pub struct Links<'a> {
    /// The dataset URL the live widget loads (`src`).
    pub src: &'a str,
    /// The base URL of the CDN files (empty: beside the page).
    pub cdn: &'a str,
    /// Their integrity hashes.
    pub hashes: &'a Hashes,
}

/// The snippet for `dataset` on a page in `lang`: the script, and the
/// element holding the snapshot in `lang`, every other language's as an
/// inert template, and the fallback paragraph.
pub fn snippet(dataset: &Dataset, lang: &str, links: &Links<'_>) -> String {
    let page = Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), lang);
    let stylesheet = Stylesheet {
        href: &at(links.cdn, STYLESHEET),
        integrity: Some(&links.hashes.stylesheet),
    };
    let shown = render_snapshot(dataset.clone(), page.lang(), stylesheet);
    let others: Vec<String> = page
        .languages()
        .iter()
        .filter(|other| other.as_str() != shown.lang())
        .map(|other| render_snapshot(dataset.clone(), other, stylesheet).other_language())
        .collect();
    let mut html = comment(links.src, &page);
    html.push_str(&format!(
        "<script type=\"module\" src=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n",
        attribute(&at(links.cdn, SCRIPT)),
        attribute(&links.hashes.script),
    ));
    html.push_str(&format!(
        "<signatory-map src=\"{}\" lang=\"{}\">\n{}\n",
        attribute(links.src),
        attribute(shown.lang()),
        shown.declarative(),
    ));
    for other in others {
        html.push_str(&other);
        html.push('\n');
    }
    html.push_str(&fallback(dataset, links.src, &page));
    html.push_str("</signatory-map>\n");
    html
}

/// `file` under the base URL `base` (empty: relative to the page).
fn at(base: &str, file: &str) -> String {
    match base {
        "" => file.to_owned(),
        base if base.ends_with('/') => format!("{base}{file}"),
        base => format!("{base}/{file}"),
    }
}

/// The opening comment: where it came from, the page rule, the policy.
fn comment(src: &str, page: &Localizer) -> String {
    let made = page.format(
        Msg::ToolEmbedCommentMade,
        &[
            (
                "version",
                MessageArg::Text(env!("CARGO_PKG_VERSION").to_owned()),
            ),
            ("src", MessageArg::Text(src.to_owned())),
        ],
    );
    let lines = [
        made,
        page.text(Msg::ToolEmbedCommentCss),
        format!("  {PAGE_RULE}"),
        page.text(Msg::ToolEmbedCommentCsp),
    ];
    // A comment ends at the first `--`: none may come from a URL.
    let body = lines.join("\n     ").replace("--", "- -");
    format!("<!-- {body} -->\n")
}

/// What a browser that cannot show the map shows: what is missing, and a
/// link to the agreement's source (or, without one, to the data).
fn fallback(dataset: &Dataset, src: &str, page: &Localizer) -> String {
    let title = dataset.agreement.title.get(page.lang());
    let said = page.format(
        Msg::ToolEmbedFallback,
        &[
            (
                "count",
                MessageArg::Number(dataset.signatories.len() as f64),
            ),
            ("title", MessageArg::Text(title.to_owned())),
        ],
    );
    let (link, label) = match web_link(dataset.agreement.source.as_deref()) {
        Some(source) => (source, Msg::ToolEmbedFallbackSource),
        None => (src, Msg::ToolEmbedFallbackData),
    };
    format!(
        "<p>{} <a href=\"{}\">{}</a></p>\n",
        text(&said),
        attribute(link),
        text(&page.text(label)),
    )
}
