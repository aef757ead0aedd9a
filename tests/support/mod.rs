//! Shared helpers for the native tests.
#![allow(dead_code)]

use std::rc::Rc;

use signatory_core::dataset::BUILTIN_DATASET_JSON;
use signatory_core::i18n::{Catalog, Localizer};
use signatory_core::json::std_number;
use signatory_core::read::read_dataset;
use signatory_map::components::widget::{Widget, WidgetProps};
use signatory_map::platform::PlatformRules;
use signatory_map::state::{LoadState, LoadedData};
use yew::LocalServerRenderer;

/// Reads and validates a dataset given as JSON text, as the widget does.
pub fn loaded(json: &str) -> Rc<LoadedData> {
    let dataset = read_dataset(json, std_number).expect("test dataset is valid");
    Rc::new(LoadedData::new(dataset))
}

/// The built-in dataset.
pub fn builtin() -> Rc<LoadedData> {
    loaded(BUILTIN_DATASET_JSON)
}

/// A localizer over the bundled catalogue with native locale rules.
pub fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(PlatformRules), lang)
}

/// The widget's HTML for `props`, as the server renderer writes it (what
/// a reader sees on first paint, and the prerendered snapshot).
pub fn render(props: WidgetProps) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Props as an embedder gives them: data, a language, areas asked for.
pub fn props(data: LoadState, lang: &str, areas: &[&str]) -> WidgetProps {
    WidgetProps::showing(
        data,
        localizer(lang),
        areas.iter().map(|a| a.to_string()).collect(),
    )
}

/// Six signatories with differing areas, for filter tests:
/// a: [x, y], b: [x], c: [y, z], d: [x, y], e: [], f: [z] — so x+z matches nobody.
pub const VARIED: &str = r#"{"version": 1,
  "agreement": {"title": {"en": "Varied", "lt": "Įvairus"}, "date": "2020-01-02"},
  "areas": [{"id": "x", "label": {"en": "Ex"}}, {"id": "y", "label": {"en": "Why"}}, {"id": "z", "label": {"en": "Zed"}}],
  "signatories": [
    {"id": "a", "name": {"en": "Alpha"}, "kind": "company", "city": {"en": "Oslo"}, "country": "NO", "lat": 59.9, "lon": 10.7, "areas": ["x", "y"]},
    {"id": "b", "name": {"en": "Beta"}, "kind": "association", "city": {"en": "Rome"}, "country": "IT", "lat": 41.9, "lon": 12.5, "areas": ["x"]},
    {"id": "c", "name": {"en": "Gamma"}, "kind": "institution", "city": {"en": "Lima"}, "country": "PE", "lat": -12.0, "lon": -77.0, "areas": ["y", "z"]},
    {"id": "d", "name": {"en": "Delta"}, "kind": "company", "city": {"en": "Oslo"}, "country": "NO", "lat": 59.9, "lon": 10.7, "areas": ["x", "y"]},
    {"id": "e", "name": {"en": "Epsilon"}, "kind": "company", "city": {"en": "Perth"}, "country": "AU", "lat": -31.9, "lon": 115.9, "areas": []},
    {"id": "f", "name": {"en": "Zeta"}, "kind": "association", "city": {"en": "Tokyo"}, "country": "JP", "lat": 35.7, "lon": 139.7, "areas": ["z"]}
  ]}"#;
