//! The widget's first view as static HTML, for any validated dataset
//! (Yew's server renderer, natively): readers see the header, the filter,
//! the map and the list before — or without — WebAssembly, and the live
//! widget then takes over in place. Native only: the build
//! (`scripts/build.sh`, the demo's snapshot) and the command-line tool
//! (`signatory-map prerender` and `embed`) call it; it never reaches the
//! WebAssembly.
//!
//! Country names come from the native rules' CLDR table (written from
//! Node's `Intl.DisplayNames`, the same ICU data browsers use), so the
//! static text matches what the live widget shows.

use std::rc::Rc;

use signatory_core::dataset::Dataset;
use signatory_core::fingerprint::dataset_fingerprint;
use signatory_core::i18n::{Catalog, Localizer, Msg};
use yew::LocalServerRenderer;

use crate::components::widget::{Widget, WidgetProps};
use crate::platform::PlatformRules;
use crate::state::{LoadState, LoadedData};

/// The opening of a declarative shadow root: the form the parser attaches
/// at once, so the snapshot is drawn at first paint.
pub const DECLARATIVE_OPEN: &str = "<template shadowrootmode=\"open\">";

/// Where the snapshot's styles come from: its own `<link>`, since it must
/// look right where no script ever runs (`signatory-map.css` of the build).
#[derive(Debug, Clone, Copy)]
pub struct Stylesheet<'a> {
    /// The URL, as the page will use it.
    pub href: &'a str,
    /// Its Subresource Integrity hash (`sha384-…`), when the file comes
    /// from a CDN the page does not control; set with `crossorigin`.
    pub integrity: Option<&'a str>,
}

/// One language's snapshot: what goes inside a shadow root, in the two
/// forms an embed needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    lang: String,
    /// The shadow root's content: the `<link>`, the widget's first view
    /// with its static note, and the `<slot>` for the fallback.
    inner: String,
}

impl Snapshot {
    /// The language it was rendered in (`en`, `lt`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// As the element's declarative shadow root: the language shown first.
    pub fn declarative(&self) -> String {
        format!("{DECLARATIVE_OPEN}{}</template>", self.inner)
    }

    /// As an inert template the static snapshot's language toggle switches
    /// to when WebAssembly cannot run (README, "Both languages in the
    /// snapshot"): moved, never parsed, so strict-CSP safe.
    pub fn other_language(&self) -> String {
        format!(
            "<template data-snapshot-lang=\"{}\">{}</template>",
            attribute(&self.lang),
            self.inner
        )
    }
}

/// Renders `dataset`'s first view in `lang` (a language of the bundled
/// catalogue; others fall back as the widget's do), linking `stylesheet`.
///
/// The root element records the dataset's fingerprint
/// (`data-dataset-hash`), so the live widget can tell a newsroom when the
/// data it loads is not the data the snapshot was made from.
pub fn render_snapshot(dataset: Dataset, lang: &str, stylesheet: Stylesheet<'_>) -> Snapshot {
    let fingerprint = dataset_fingerprint(&dataset);
    let localizer = Localizer::new(Rc::new(Catalog::bundled()), Rc::new(PlatformRules), lang);
    let note = localizer.text(Msg::StaticNote);
    let lang = localizer.lang().to_owned();
    let props = WidgetProps::showing(
        LoadState::Ready(Rc::new(LoadedData::new(dataset))),
        localizer,
        Vec::new(),
    );
    let widget = futures_executor::block_on(
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let integrity = stylesheet
        .integrity
        .map(|hash| {
            format!(
                " integrity=\"{}\" crossorigin=\"anonymous\"",
                attribute(hash)
            )
        })
        .unwrap_or_default();
    let inner = format!(
        "<link rel=\"stylesheet\" href=\"{}\"{integrity}>\
         <div class=\"smw-root smw-prerendered\" data-dataset-hash=\"{fingerprint}\">{widget}\
         <p class=\"smw-static-note\" role=\"note\">{}</p></div><slot></slot>",
        attribute(stylesheet.href),
        text(&note),
    );
    Snapshot { lang, inner }
}

/// `value` safe inside a double-quoted HTML attribute.
pub fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `value` safe as HTML element text.
pub fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
