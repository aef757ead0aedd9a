//! Prerenders the widget's first view for the built-in dataset as static
//! HTML (Yew's server renderer, natively), for progressive enhancement:
//! readers see the header, the filter, the map and the list before — or
//! without — WebAssembly, and the live widget then takes over in place.
//!
//!   prerender --lang en --stylesheet www/dist/signatory-map.css \
//!             --countries www/dist/country-names.json > fragment.html
//!
//! The output is a declarative shadow root (`<template shadowrootmode>`) to
//! put inside `<signatory-map>`. Country names come from a JSON file the
//! build writes with Node's `Intl.DisplayNames` (the same ICU data browsers
//! use), so the static text matches what the live widget shows.

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
    use std::collections::HashMap;
    use std::rc::Rc;

    use signatory_core::dataset::BUILTIN_DATASET_JSON;
    use signatory_core::i18n::{Catalog, LocaleRules, Localizer, Msg, PluralCategory};
    use signatory_core::json::{parse, std_number, JsonValue};
    use signatory_core::read::read_dataset;
    use signatory_map::components::widget::{Widget, WidgetProps};
    use signatory_map::platform::PlatformRules;
    use signatory_map::state::{LoadState, LoadedData};
    use yew::LocalServerRenderer;

    /// Native rules, with country names from the build's JSON file.
    struct PrerenderRules {
        names: HashMap<String, HashMap<String, String>>,
    }

    impl LocaleRules for PrerenderRules {
        fn plural(&self, lang: &str, n: f64) -> PluralCategory {
            PlatformRules.plural(lang, n)
        }
        fn format_number(&self, lang: &str, n: f64) -> String {
            PlatformRules.format_number(lang, n)
        }
        fn country_name(&self, lang: &str, code: &str) -> Option<String> {
            self.names.get(lang)?.get(code).cloned()
        }
    }

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

    /// `{"en": {"DE": "Germany", …}, "lt": {…}}` → language → code → name.
    fn country_names(text: &str) -> Result<HashMap<String, HashMap<String, String>>, String> {
        let strings = |value: &JsonValue| match value {
            JsonValue::Object(members) => members
                .iter()
                .map(|(code, name)| match name {
                    JsonValue::String(name) => Ok((code.to_string(), name.to_string())),
                    _ => Err(format!("{code}: not a string")),
                })
                .collect(),
            _ => Err("not an object".to_owned()),
        };
        match parse(text, std_number).map_err(|e| format!("{e:?}"))? {
            JsonValue::Object(languages) => languages
                .iter()
                .map(|(lang, names)| Ok((lang.to_string(), strings(names)?)))
                .collect(),
            _ => Err("not an object".to_owned()),
        }
    }

    pub fn run(args: Vec<String>) -> Result<String, String> {
        let lang = option(&args, "--lang")?;
        let stylesheet = option(&args, "--stylesheet")?;
        let countries = option(&args, "--countries")?;
        let names = country_names(
            &std::fs::read_to_string(&countries).map_err(|e| format!("{countries}: {e}"))?,
        )
        .map_err(|e| format!("{countries}: {e}"))?;

        let dataset = read_dataset(BUILTIN_DATASET_JSON, std_number)
            .map_err(|rejection| format!("built-in dataset: {rejection:?}"))?;
        let localizer = Localizer::new(
            Rc::new(Catalog::bundled()),
            Rc::new(PrerenderRules { names }),
            &lang,
        );
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
             <div class=\"smw-root smw-prerendered\">{widget}\
             <p class=\"smw-static-note\" role=\"note\">{}</p></div><slot></slot></template>\n",
            attribute(&stylesheet),
            note.replace('&', "&amp;").replace('<', "&lt;"),
        ))
    }
}
