//! Datasets and readers shared by the picture's tests.

#![allow(dead_code)]

use std::rc::Rc;

use resvg::tiny_skia::Pixmap;
use signatory_core::dataset::{Dataset, BUILTIN_DATASET_JSON};
use signatory_core::i18n::{Catalog, Localizer};
use signatory_core::json::std_number;
use signatory_core::read::read_dataset;
use signatory_native_locale::NativeRules;

/// A localizer in `lang` with the tool's rules.
pub fn localizer(lang: &str) -> Localizer {
    Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), lang)
}

/// The sample dataset (the built-in one, 15 signatories).
pub fn sample() -> Dataset {
    read(BUILTIN_DATASET_JSON)
}

/// A dataset read as the widget reads it.
pub fn read(json: &str) -> Dataset {
    match read_dataset(json, std_number) {
        Ok(dataset) => dataset,
        Err(rejection) => panic!("test dataset rejected: {rejection:?}"),
    }
}

/// `n` signatories spread over the world's land-ish latitudes (a fixed
/// pseudo-random sequence), of all three kinds, some sharing a city, with
/// `title` as the agreement's title in both languages.
pub fn generated(n: usize, title: &str) -> Dataset {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 1_000_000) as f64 / 1_000_000.0
    };
    let kinds = ["company", "association", "institution"];
    let signatories: Vec<String> = (0..n)
        .map(|i| {
            let (lat, lon) = if i % 5 == 0 {
                (50.85, 4.35) // a fifth in one city: big groups
            } else {
                (next() * 120.0 - 55.0, next() * 340.0 - 170.0)
            };
            format!(
                r#"{{"id":"s{i}","name":{{"en":"Signatory {i}","lt":"Signataras {i}"}},"kind":"{kind}","city":{{"en":"City {i}"}},"country":"BE","lat":{lat:.4},"lon":{lon:.4},"areas":["a"]}}"#,
                kind = kinds[i % 3],
            )
        })
        .collect();
    let title = title.replace('"', "\\\"");
    read(&format!(
        r#"{{"version":1,"agreement":{{"title":{{"en":"{title}","lt":"{title}"}},"date":"2024-05-01","source":"https://example.org/pledge"}},"areas":[{{"id":"a","label":{{"en":"Area","lt":"Sritis"}}}}],"signatories":[{}]}}"#,
        signatories.join(",")
    ))
}

/// The PNG's pixels.
pub fn pixels(png: &[u8]) -> Pixmap {
    match Pixmap::decode_png(png) {
        Ok(pixmap) => pixmap,
        Err(error) => panic!("not a PNG: {error}"),
    }
}

/// How many pixels are not the card's white.
pub fn inked(pixmap: &Pixmap) -> usize {
    pixmap
        .pixels()
        .iter()
        .filter(|p| (p.red(), p.green(), p.blue()) != (255, 255, 255))
        .count()
}
