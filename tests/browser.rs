//! Browser tests: the real handle JavaScript uses, in headless Chromium.
//! They cover what native tests cannot: our JSON reader with the browser's
//! number fallback, page objects read as JSON, `Intl` plural rules, number
//! formats and country names, clicks through Yew's event delegation, and
//! `ResizeObserver` sizing.
#![cfg(target_arch = "wasm32")]

#[path = "support/number_formats.rs"]
mod number_formats;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, JSON};
use signatory_core::i18n::{LocaleRules, PluralCategory};
use signatory_map::embed::SignatoryMap;
use signatory_map::platform::web::BrowserRules;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const VARIED: &str = r#"{"version": 1,
  "agreement": {"title": {"en": "Varied", "lt": "Įvairus"}, "date": "2020-01-02"},
  "areas": [{"id": "x", "label": {"en": "Ex", "lt": "Iks"}}, {"id": "y", "label": {"en": "Why"}}],
  "signatories": [
    {"id": "a", "name": {"en": "Alpha"}, "kind": "company", "city": {"en": "Oslo"}, "country": "NO", "lat": 59.9, "lon": 10.7, "areas": ["x", "y"]},
    {"id": "b", "name": {"en": "Beta"}, "kind": "association", "city": {"en": "Rome"}, "country": "IT", "lat": 41.9, "lon": 12.5, "areas": ["x"]},
    {"id": "c", "name": {"en": "Gamma"}, "kind": "institution", "city": {"en": "Lima"}, "country": "PE", "lat": -12.0, "lon": -77.0, "areas": ["y"]}
  ]}"#;

/// Lets Yew's scheduler and the ResizeObserver run.
async fn settle() {
    for _ in 0..3 {
        pause(20).await;
    }
}

/// Waits `ms` milliseconds on the event loop.
async fn pause(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

struct Mounted {
    host: Element,
    map: SignatoryMap,
    events: Rc<RefCell<Vec<String>>>,
    _listener: Closure<dyn Fn(String, JsValue)>,
}

impl Mounted {
    /// Whether the page heard `event` (`name detail`), waiting up to 5 s:
    /// events are sent once Yew has drawn what they describe, and on a busy
    /// machine that can be after a fixed [`settle`].
    async fn heard(&self, event: &str) -> bool {
        for _ in 0..250 {
            if self.events.borrow().iter().any(|e| e == event) {
                return true;
            }
            pause(20).await;
        }
        false
    }

    /// The events heard so far, for an assertion's message (a copy: no
    /// borrow may be left held by a failed assertion).
    fn events_seen(&self) -> Vec<String> {
        self.events.borrow().clone()
    }

    fn new(width_px: u32, lang: &str, areas: &[&str]) -> Mounted {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("document");
        let host = document.create_element("div").expect("div");
        host.dyn_ref::<HtmlElement>()
            .expect("html")
            .style()
            .set_property("width", &format!("{width_px}px"))
            .expect("width");
        document
            .body()
            .expect("body")
            .append_child(&host)
            .expect("append");
        let events = Rc::new(RefCell::new(Vec::new()));
        let sink = events.clone();
        let listener =
            Closure::<dyn Fn(String, JsValue)>::new(move |name: String, detail: JsValue| {
                let detail = JSON::stringify(&detail)
                    .map(String::from)
                    .unwrap_or_default();
                sink.borrow_mut().push(format!("{name} {detail}"));
            });
        let function: &Function = listener.as_ref().unchecked_ref();
        let map = SignatoryMap::new(
            host.clone(),
            lang,
            areas.iter().map(|a| a.to_string()).collect(),
            function.clone(),
        );
        map.set_source(None);
        Mounted {
            host,
            map,
            events,
            _listener: listener,
        }
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.host.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    fn text(&self) -> String {
        self.host.text_content().unwrap_or_default()
    }

    fn click(&self, selector: &str, text: &str) {
        let target = self
            .all(selector)
            .into_iter()
            .find(|e| e.text_content().unwrap_or_default().contains(text))
            .unwrap_or_else(|| panic!("no {selector} containing {text:?}"));
        target
            .dyn_into::<HtmlElement>()
            .expect("html element")
            .click();
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.map.park();
        self.host.remove();
    }
}

#[wasm_bindgen_test]
fn our_reader_gives_every_number_json_parse_gives_with_the_browsers_fallback() {
    use signatory_core::json::{parse, JsonValue};
    // Fast-path numbers and ones left to `parseFloat` (17 digits, huge,
    // tiny, past f64), compared bit for bit with `JSON.parse`.
    let text = "[0.1, 54.6872, -33.8688, 0.30000000000000004, 1e23, 5e-324, \
                1.7976931348623157e308, 1e400, -0, 123456789012345678901234567890, 2.5E-3]";
    let Ok(JsonValue::Array(ours)) = parse(text, js_sys::Number::parse_float) else {
        panic!("our reader refused {text}")
    };
    let theirs = js_sys::Array::from(&JSON::parse(text).expect("JSON"));
    assert_eq!(ours.len() as u32, theirs.length());
    for (index, ours) in ours.iter().enumerate() {
        let theirs = theirs.get(index as u32).as_f64().expect("a number");
        let JsonValue::Number(ours) = ours else {
            panic!("item {index} is not a number")
        };
        assert_eq!(
            ours.to_bits(),
            theirs.to_bits(),
            "item {index}: {ours} vs {theirs}"
        );
    }
}

#[wasm_bindgen_test]
fn a_page_object_is_read_as_the_json_the_browser_writes_for_it() {
    use signatory_core::json::MAX_DEPTH;
    use signatory_core::problem::Issue;
    use signatory_map::embed::object_to_loaded_data;
    use signatory_map::state::LoadError;
    let data = JSON::parse(VARIED).expect("JSON");
    // A function is not JSON: left out, as `JSON.stringify` leaves it out.
    js_sys::Reflect::set(&data, &"extra".into(), &Function::new_no_args("return 1")).expect("set");
    let loaded = object_to_loaded_data(&data, "").expect("read");
    assert_eq!(loaded.dataset.signatories.len(), 3);
    // A cycle cannot be written as JSON.
    js_sys::Reflect::set(&data, &"self".into(), &data).expect("set");
    assert_eq!(
        object_to_loaded_data(&data, "").err(),
        Some(LoadError::NotJson(None))
    );
    let function = Function::new_no_args("return 1");
    assert_eq!(
        object_to_loaded_data(&function, "").err(),
        Some(LoadError::NotJson(None))
    );
    let deep = JSON::parse(&format!(
        "{}1{}",
        "[".repeat(MAX_DEPTH + 1),
        "]".repeat(MAX_DEPTH + 1)
    ))
    .expect("JSON");
    let Some(LoadError::Invalid(problems)) = object_to_loaded_data(&deep, "").err() else {
        panic!("too deep, yet read")
    };
    assert_eq!(problems[0].issue, Issue::TooDeep { limit: MAX_DEPTH });
    // What index.js's walk found decides before any text is written.
    let small = JSON::parse(VARIED).expect("JSON");
    assert_eq!(
        object_to_loaded_data(&small, "too-large").err(),
        Some(LoadError::TooLarge(
            signatory_core::validate::MAX_BODY_BYTES
        ))
    );
    let Some(LoadError::Invalid(problems)) = object_to_loaded_data(&small, "too-deep").err() else {
        panic!("too deep by the walk, yet read")
    };
    assert_eq!(problems[0].issue, Issue::TooDeep { limit: MAX_DEPTH });
    assert_eq!(
        object_to_loaded_data(&small, "not-json").err(),
        Some(LoadError::NotJson(None))
    );
}

#[wasm_bindgen_test]
fn intl_gives_cldr_plural_categories_and_country_names() {
    let rules = BrowserRules::default();
    let lt: Vec<PluralCategory> = [1.0, 2.0, 10.0, 11.0, 21.0, 22.0, 111.0]
        .iter()
        .map(|&n| rules.plural("lt", n))
        .collect();
    use PluralCategory::{Few, One, Other};
    assert_eq!(lt, vec![One, Few, Other, Other, One, Few, Other]);
    assert_eq!(rules.plural("en", 1.0), One);
    assert_eq!(rules.country_name("lt", "DE").as_deref(), Some("Vokietija"));
    assert_eq!(rules.country_name("en", "DE").as_deref(), Some("Germany"));
    assert_eq!(rules.format_number("en", 10000.0), "10,000");
    // The same table the native formatting (and so the prerendered
    // snapshot) is held to in tests/i18n.rs.
    for &(lang, n, expected) in number_formats::NUMBER_FORMATS {
        assert_eq!(rules.format_number(lang, n), expected, "{lang} {n}");
    }
}

#[wasm_bindgen_test]
async fn the_builtin_dataset_renders_fifteen_signatories_and_reports_ready() {
    let widget = Mounted::new(700, "en", &[]);
    settle().await;
    assert_eq!(widget.all(".smw-list-item").len(), 15);
    // Every signatory has the same areas: listed once, no toggles.
    assert!(widget.text().contains("Agreed by all 15 signatories."));
    assert!(widget.all(".smw-chip").is_empty());
    assert!(
        widget.text().contains("Bonn, Germany"),
        "country names come from Intl"
    );
    let grouped: usize = widget
        .all(".smw-group-count")
        .iter()
        .filter_map(|e| e.text_content()?.trim().parse::<usize>().ok())
        .sum();
    assert_eq!(widget.all(".smw-marker").len() + grouped, 15);
    assert!(
        widget.heard("ready {\"signatories\":15}").await,
        "{:?}",
        widget.events_seen()
    );
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_text_and_lang_and_reports_it() {
    let widget = Mounted::new(700, "en", &[]);
    settle().await;
    widget.click(".smw-lang-button", "Lietuvių");
    settle().await;
    let root = widget.all(".smw").pop().expect("widget root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("lt"));
    assert!(widget.text().contains("Bendradarbiavimo sritys"));
    assert!(widget.text().contains("2017 m. lapkričio 8 d."));
    assert!(!widget.text().contains("Areas of cooperation"));
    assert!(
        widget.heard("languagechange {\"lang\":\"lt\"}").await,
        "{:?}",
        widget.events_seen()
    );
    widget.map.set_lang("en");
    settle().await;
    assert!(
        widget.text().contains("Areas of cooperation"),
        "setLang from the page wins"
    );
}

#[wasm_bindgen_test]
async fn toggling_areas_filters_map_counts_and_list_at_once() {
    let widget = Mounted::new(700, "en", &[]);
    widget
        .map
        .set_data(JSON::parse(VARIED).expect("json"), String::new());
    settle().await;
    assert_eq!(widget.all(".smw-list-item").len(), 3);
    widget.click(".smw-chip", "Why");
    settle().await;
    assert_eq!(widget.all(".smw-list-item").len(), 2);
    assert!(widget.text().contains("Showing 2 of 3 signatories"));
    widget.click(".smw-chip", "Ex");
    settle().await;
    assert_eq!(
        widget.all(".smw-list-item").len(),
        1,
        "only Alpha pledged on both"
    );
    assert_eq!(
        widget.all(".smw-marker").len() + widget.all(".smw-group-marker").len(),
        1
    );
    assert!(
        widget
            .heard("filterchange {\"areas\":[\"x\",\"y\"],\"visible\":1}")
            .await,
        "{:?}",
        widget.events_seen()
    );
    widget.click(".smw-chip", "All areas");
    settle().await;
    assert_eq!(widget.all(".smw-list-item").len(), 3);
    widget.click(".smw-chip", "Ex");
    settle().await;
    widget.map.set_areas(vec![]);
    settle().await;
    assert_eq!(
        widget.all(".smw-list-item").len(),
        3,
        "setAreas([]) from the page clears the reader's choice"
    );
}

#[wasm_bindgen_test]
async fn choosing_a_list_entry_opens_its_detail() {
    let widget = Mounted::new(700, "en", &["y"]);
    widget
        .map
        .set_data(JSON::parse(VARIED).expect("json"), String::new());
    settle().await;
    assert_eq!(
        widget.all(".smw-list-item").len(),
        2,
        "the areas given at start apply to new data"
    );
    widget.click(".smw-list-item", "Gamma");
    settle().await;
    let detail = widget.all(".smw-detail").pop().expect("detail open");
    let text = detail.text_content().unwrap_or_default();
    assert!(
        text.contains("Institution") && text.contains("Lima, Peru") && text.contains("Why"),
        "{text}"
    );
    assert!(
        widget.heard("select {\"id\":\"c\"}").await,
        "{:?}",
        widget.events_seen()
    );
}

#[wasm_bindgen_test]
async fn invalid_data_shows_every_problem_with_its_path() {
    let widget = Mounted::new(500, "en", &[]);
    // A bad date rejects the dataset; the signatories' problems are listed too.
    let broken = VARIED
        .replace("\"date\": \"2020-01-02\"", "\"date\": \"2020-13-02\"")
        .replace("\"lat\": 41.9", "\"lat\": 123")
        .replace("\"areas\": [\"y\"]", "\"areas\": [\"climate\"]");
    widget
        .map
        .set_data(JSON::parse(&broken).expect("json"), String::new());
    settle().await;
    let text = widget.text();
    assert!(text.contains("The data has 3 problems:"), "{text}");
    assert!(
        text.contains("agreement.date: “2020-13-02” is not a date written YYYY-MM-DD"),
        "{text}"
    );
    assert!(
        text.contains("signatories[1].lat: 123 is outside -90..90"),
        "{text}"
    );
    assert!(
        text.contains("signatories[2].areas[0]: the area “climate” is not declared in “areas”"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn the_map_takes_the_width_of_its_container() {
    let widget = Mounted::new(360, "en", &[]);
    settle().await;
    let svg = widget.all(".smw-map-svg").pop().expect("map");
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    let width: f64 = view_box
        .split(' ')
        .nth(2)
        .and_then(|w| w.parse().ok())
        .unwrap_or(0.0);
    assert!(
        (300.0..=360.0).contains(&width),
        "viewBox {view_box} follows the 360 px container"
    );
}
