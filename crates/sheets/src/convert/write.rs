//! The dataset JSON written in the order people read it (`version`,
//! `agreement`, …, `signatories`; in each signatory `id`, `name`, `kind`…;
//! English before other languages), whatever order the map holds.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

/// Keys in reading order; others follow alphabetically.
const ORDER: &[&str] = &[
    "version",
    "agreement",
    "areasLabel",
    "areasComplete",
    "areas",
    "signatories",
    "id",
    "title",
    "name",
    "label",
    "date",
    "place",
    "kind",
    "city",
    "country",
    "lat",
    "lon",
    "url",
    "source",
    "en",
];

/// A JSON value serialised with its object keys in [`ORDER`].
pub struct InReadingOrder<'v>(pub &'v Value);

impl Serialize for InReadingOrder<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort_by_key(|key| {
                    let rank = ORDER.iter().position(|known| known == key);
                    (rank.unwrap_or(ORDER.len()), key.as_str())
                });
                let mut out = serializer.serialize_map(Some(keys.len()))?;
                for key in keys {
                    out.serialize_entry(key, &InReadingOrder(&map[key]))?;
                }
                out.end()
            }
            Value::Array(items) => {
                let mut out = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    out.serialize_element(&InReadingOrder(item))?;
                }
                out.end()
            }
            other => other.serialize(serializer),
        }
    }
}
