//! Locale rules from the browser's `Intl`: CLDR plural rules, number
//! grouping and country names without shipping any CLDR data in the
//! WebAssembly. Formatters are built once per language and reused.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use signatory_core::i18n::{LocaleRules, PluralCategory};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type JsPluralRules;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = PluralRules, catch)]
    fn new(locales: &Array) -> Result<JsPluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &JsPluralRules, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type JsNumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = NumberFormat, catch)]
    fn new(locales: &Array, options: &Object) -> Result<JsNumberFormat, JsValue>;
    #[wasm_bindgen(method)]
    fn format(this: &JsNumberFormat, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type JsDisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = DisplayNames, catch)]
    fn new(locales: &Array, options: &Object) -> Result<JsDisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &JsDisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

struct Formatters {
    lang: String,
    plural: Option<JsPluralRules>,
    number: Option<JsNumberFormat>,
    regions: Option<JsDisplayNames>,
    /// Country names asked for so far: a list of a hundred signatories
    /// asks for the same few countries on every render.
    countries: Vec<(String, Option<String>)>,
    /// Whole numbers formatted so far, with their plural category: the
    /// counts on hundreds of group markers, asked again on every render.
    /// Sorted by the number, for a binary search.
    whole_numbers: Vec<(u32, String, Option<String>)>,
}

/// Past this many distinct whole numbers, the cache starts again (a bound,
/// not a tuning: a render shows a few hundred counts at most).
const MAX_CACHED_NUMBERS: usize = 4096;

/// `n` as a cache key, when it is a whole number the cache may hold.
fn whole(n: f64) -> Option<u32> {
    (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u32)
}

/// Every decimal a dataset gives is shown: Intl's default of 3 would print
/// a latitude of 90.0001 as "90" in "90 is outside -90..90".
fn number_options() -> Object {
    let options = Object::new();
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &20.into());
    options
}

impl Formatters {
    fn new(lang: &str) -> Formatters {
        let locales = Array::of1(&JsValue::from_str(lang));
        let options = Object::new();
        let _ = Reflect::set(&options, &"type".into(), &"region".into());
        Formatters {
            lang: lang.to_owned(),
            plural: JsPluralRules::new(&locales).ok(),
            number: JsNumberFormat::new(&locales, &number_options()).ok(),
            regions: JsDisplayNames::new(&locales, &options).ok(),
            countries: Vec::new(),
            whole_numbers: Vec::new(),
        }
    }

    /// The formatted number and plural category of the whole number `n`.
    fn whole_number(&mut self, n: u32) -> (String, Option<String>) {
        let index = match self
            .whole_numbers
            .binary_search_by_key(&n, |(known, ..)| *known)
        {
            Ok(index) => index,
            Err(mut index) => {
                if self.whole_numbers.len() >= MAX_CACHED_NUMBERS {
                    self.whole_numbers.clear();
                    index = 0;
                }
                let value = f64::from(n);
                let text = self
                    .number
                    .as_ref()
                    .map_or_else(|| n.to_string(), |nf| nf.format(value));
                let plural = self.plural.as_ref().map(|p| p.select(value));
                self.whole_numbers.insert(index, (n, text, plural));
                index
            }
        };
        let (_, text, plural) = &self.whole_numbers[index];
        (text.clone(), plural.clone())
    }
}

/// Locale rules backed by `Intl`, with one set of formatters per language,
/// kept: building `Intl` formatters takes milliseconds, and a reader
/// switching back and forth should not pay that on every switch.
#[derive(Default)]
pub struct BrowserRules {
    cache: RefCell<Vec<Formatters>>,
}

impl BrowserRules {
    fn with<T>(&self, lang: &str, use_formatters: impl FnOnce(&mut Formatters) -> T) -> T {
        let mut cache = self.cache.borrow_mut();
        let index = match cache.iter().position(|f| f.lang == lang) {
            Some(index) => index,
            None => {
                cache.push(Formatters::new(lang));
                cache.len() - 1
            }
        };
        use_formatters(&mut cache[index])
    }
}

impl LocaleRules for BrowserRules {
    fn plural(&self, lang: &str, n: f64) -> PluralCategory {
        let category = self.with(lang, |f| match whole(n) {
            Some(n) => f.whole_number(n).1,
            None => f.plural.as_ref().map(|p| p.select(n)),
        });
        match category.as_deref() {
            Some("zero") => PluralCategory::Zero,
            Some("one") => PluralCategory::One,
            Some("two") => PluralCategory::Two,
            Some("few") => PluralCategory::Few,
            Some("many") => PluralCategory::Many,
            _ => PluralCategory::Other,
        }
    }

    fn format_number(&self, lang: &str, n: f64) -> String {
        self.with(lang, |f| match whole(n) {
            Some(n) => Some(f.whole_number(n).0),
            None => f.number.as_ref().map(|nf| nf.format(n)),
        })
        .unwrap_or_else(|| crate::platform::number_text(n))
    }

    fn country_name(&self, lang: &str, code: &str) -> Option<String> {
        self.with(lang, |f| {
            if let Some((_, name)) = f.countries.iter().find(|(known, _)| known == code) {
                return name.clone();
            }
            let name = f.regions.as_ref()?.of(code).ok()?.as_string();
            f.countries.push((code.to_owned(), name.clone()));
            name
        })
    }
}
