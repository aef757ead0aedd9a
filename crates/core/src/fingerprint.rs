//! A short, stable name for what a dataset shows, so a prerendered
//! snapshot can record which data it was made from and the live widget can
//! tell the newsroom when the data has changed since (the snapshot is then
//! stale: re-run `signatory-map embed`).
//!
//! It is computed from the validated [`Dataset`], not from the file's
//! bytes: the snapshot is made natively from a file, the live widget may
//! get the same data as text or as a page's object, and re-saving a file
//! with other spacing, key order or number spelling changes nothing a
//! reader sees. Every field the widget shows is included; language texts
//! count in any order. FNV-1a (64 bits) is enough: this detects
//! accidents, not attacks, and costs a few hundred bytes of WebAssembly.

use crate::dataset::{CalendarDate, Dataset, LocalizedText};

/// The dataset's fingerprint as 16 lowercase hexadecimal digits, the form
/// the snapshot's `data-dataset-hash` attribute carries.
pub fn dataset_fingerprint(dataset: &Dataset) -> String {
    let mut hash = Fnv::default();
    let agreement = &dataset.agreement;
    hash.text(&agreement.title);
    hash.date(agreement.date);
    hash.count(agreement.place.is_some() as usize);
    if let Some(place) = &agreement.place {
        hash.text(&place.name);
        hash.number(place.location.lat);
        hash.number(place.location.lon);
    }
    hash.optional(agreement.source.as_deref());
    hash.count(dataset.areas_label.is_some() as usize);
    if let Some(label) = &dataset.areas_label {
        hash.text(label);
    }
    hash.count(dataset.areas_complete as usize);
    hash.date(dataset.data_as_of());
    hash.count(dataset.areas.len());
    for area in &dataset.areas {
        hash.string(&area.id);
        hash.text(&area.label);
    }
    hash.count(dataset.signatories.len());
    for signatory in &dataset.signatories {
        hash.string(&signatory.id);
        hash.text(&signatory.name);
        hash.string(signatory.kind.as_str());
        hash.text(&signatory.city);
        hash.string(&signatory.country);
        hash.number(signatory.location.lat);
        hash.number(signatory.location.lon);
        hash.count(signatory.areas.len());
        for &area in &signatory.areas {
            hash.count(area);
        }
        hash.optional(signatory.url.as_deref());
    }
    // Readers see how many were left out, not why.
    hash.count(dataset.warnings.len());
    // By hand: `format!("{:016x}")` would bring the formatter's padding
    // code into the WebAssembly.
    (0..16)
        .rev()
        .map(|nibble| {
            let digit = (hash.0 >> (nibble * 4)) & 0xf;
            char::from_digit(digit as u32, 16).unwrap_or('0')
        })
        .collect()
}

/// FNV-1a, 64 bits. Every value is written with its length or a fixed
/// width, so no two different datasets feed the same bytes.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// Counts and indices as 64 bits, the same on wasm32 and natively.
    fn count(&mut self, count: usize) {
        self.bytes(&(count as u64).to_le_bytes());
    }

    fn number(&mut self, number: f64) {
        self.bytes(&number.to_bits().to_le_bytes());
    }

    fn string(&mut self, text: &str) {
        self.count(text.len());
        self.bytes(text.as_bytes());
    }

    fn optional(&mut self, text: Option<&str>) {
        self.count(text.is_some() as usize);
        if let Some(text) = text {
            self.string(text);
        }
    }

    fn date(&mut self, date: CalendarDate) {
        self.bytes(&date.year.to_le_bytes());
        self.bytes(&[date.month, date.day]);
    }

    /// In any order: a file that lists `lt` before `en` shows the same.
    /// Each entry is hashed alone and the results added, which needs no
    /// sorting (a sort would cost the WebAssembly kilobytes).
    fn text(&mut self, text: &LocalizedText) {
        let entries = text.entries();
        self.count(entries.len());
        let mut sum = 0u64;
        for (lang, value) in entries {
            let mut entry = Fnv::default();
            entry.string(lang);
            entry.string(value);
            sum = sum.wrapping_add(entry.0);
        }
        self.bytes(&sum.to_le_bytes());
    }
}
