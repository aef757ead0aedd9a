//! Prerenders the widget's first view for the built-in dataset as static
//! HTML (Yew's server renderer, natively), for progressive enhancement:
//! readers see the header, the filter, the map and the list before — or
//! without — WebAssembly, and the live widget then takes over in place.
//!
//!   prerender --lang en --stylesheet www/dist/signatory-map.css > fragment.html
//!
//! The output is a declarative shadow root (`<template shadowrootmode>`) to
//! put inside `<signatory-map>`. Country names come from the native rules'
//! CLDR table (written from Node's `Intl.DisplayNames`, the same ICU data
//! browsers use), so the static text matches what the live widget shows.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match prerender::run(std::env::args().skip(1).collect()) {
        Ok(html) => {
            print!("{html}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod prerender {
    use std::rc::Rc;

    use signatory_core::dataset::BUILTIN_DATASET_JSON;
    use signatory_core::fingerprint::dataset_fingerprint;
    use signatory_core::i18n::{Catalog, Localizer, Msg};
    use signatory_core::json::std_number;
    use signatory_core::read::read_dataset;
    use signatory_map::components::widget::{Widget, WidgetProps};
    use signatory_map::platform::PlatformRules;
    use signatory_map::state::{LoadState, LoadedData};
    use yew::LocalServerRenderer;

    fn option(args: &[String], name: &str) -> Result<String, String> {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
            .ok_or_else(|| format!("missing {name} <value>"))
    }

    /// Escapes text for an HTML attribute value in double quotes.
    fn attribute(value: &str) -> String {
        value
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    }

    pub fn run(args: Vec<String>) -> Result<String, String> {
        let lang = option(&args, "--lang")?;
        let stylesheet = option(&args, "--stylesheet")?;

        let dataset = read_dataset(BUILTIN_DATASET_JSON, std_number)
            .map_err(|rejection| format!("built-in dataset: {rejection:?}"))?;
        let fingerprint = dataset_fingerprint(&dataset);
        let localizer = Localizer::new(Rc::new(Catalog::bundled()), Rc::new(PlatformRules), &lang);
        let note = localizer.text(Msg::StaticNote);
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
        Ok(format!(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
             <div class=\"smw-root smw-prerendered\" data-dataset-hash=\"{fingerprint}\">{widget}\
             <p class=\"smw-static-note\" role=\"note\">{}</p></div><slot></slot></template>\n",
            attribute(&stylesheet),
            note.replace('&', "&amp;").replace('<', "&lt;"),
        ))
    }
}
