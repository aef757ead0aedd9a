//! Turns a [`JsonValue`] into a [`Dataset`], or lists every problem.
//!
//! The walk never stops at the first problem: a newsroom developer fixing a
//! hand-written file wants the whole list, each with its JSON path. Unknown
//! fields are ignored so datasets can carry extra data (docs/dataset-format.md).
//!
//! **Policy for partial problems** (README, "Dataset problems"):
//! - a problem inside one signatory (`signatories[i]…`) leaves that
//!   signatory out; the rest are shown, with a counted warning listing what
//!   was left out (`Dataset::warnings`);
//! - everything else rejects the dataset: the document's shape, `version`,
//!   the agreement, the areas, a limit exceeded (below), or no signatory
//!   left at all. The widget then shows the problems instead of a map.
//!
//! **Limits** protect the reader's tab from a huge or hostile file; going
//! over one rejects the dataset: [`MAX_SIGNATORIES`], [`MAX_AREAS`],
//! [`MAX_TEXT_CHARS`] per string, and (while reading JSON)
//! [`crate::json::MAX_DEPTH`]; the browser glue also refuses bodies
//! over [`MAX_BODY_BYTES`].

use std::collections::HashMap;

use crate::basemap::GeoPoint;
use crate::dataset::{
    Agreement, Area, CalendarDate, Dataset, Kind, LocalizedText, Place, Signatory,
};
use crate::json::{decimal_text, JsonKind, JsonValue};
use crate::problem::{Expected, Issue, Problem};

/// The only dataset format version this widget reads.
pub const SUPPORTED_VERSION: f64 = 1.0;
/// Most signatories a dataset may have (the widget is tested with 10,000).
pub const MAX_SIGNATORIES: usize = 20_000;
/// Most pledge areas (each is a toggle button).
pub const MAX_AREAS: usize = 100;
/// Longest string, in characters (names, cities, URLs, ids…).
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Largest dataset body the browser glue reads, in bytes (10,000
/// signatories take about 3 MB).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The `signatories` array as validation reads it: one item at a time.
/// `core::read` builds each item from the JSON text just before it is
/// checked and drops it after, so 10,000 signatories never exist as one
/// JSON tree in WebAssembly memory (which only grows).
pub trait SignatorySource {
    /// How many items the array has.
    fn len(&self) -> usize;
    /// Item `index` as JSON, or why it cannot be read (e.g. too deep).
    fn item(&self, index: usize) -> Result<JsonValue<'_>, Issue>;
    /// Whether the array is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The items of an array already read into a [`JsonValue`].
struct InTree<'a>(&'a [JsonValue<'a>]);

impl SignatorySource for InTree<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn item(&self, index: usize) -> Result<JsonValue<'_>, Issue> {
        Ok(self.0.get(index).cloned().unwrap_or(JsonValue::Null))
    }
}

/// Validates a parsed JSON document against the dataset format (docs/dataset-format.md).
pub fn validate(root: &JsonValue) -> Result<Dataset, Vec<Problem>> {
    let items = match root.get("signatories") {
        Some(JsonValue::Array(items)) => items.as_slice(),
        _ => &[],
    };
    validate_streamed(root, &InTree(items))
}

/// Validates a document whose `signatories` array comes from `items`
/// (`root`'s own `signatories` member is only checked to be an array).
pub fn validate_streamed(
    root: &JsonValue,
    items: &impl SignatorySource,
) -> Result<Dataset, Vec<Problem>> {
    let mut walk = Walk::default();
    let dataset = walk.dataset(root, items);
    match dataset {
        Some(mut dataset) if walk.problems.is_empty() => {
            dataset.warnings = walk.warnings;
            Ok(dataset)
        }
        // Rejected: list the signatories' problems too, so one round of
        // fixes covers everything.
        _ => Err(walk.problems.into_iter().chain(walk.warnings).collect()),
    }
}

/// The ids met so far in one top-level list and the index of each one's
/// first use, found by hashing: a linear search made 10,000 signatories
/// take a quarter second.
struct SeenIds {
    /// The list's key in the document (`areas`, `signatories`).
    list: &'static str,
    order: Vec<String>,
    first: HashMap<String, usize>,
}

impl SeenIds {
    fn new(list: &'static str) -> SeenIds {
        SeenIds {
            list,
            order: Vec::new(),
            first: HashMap::default(),
        }
    }

    /// The path of the first use of `id`, written out for a report.
    fn first_path(&self, id: &str) -> Option<String> {
        let index = self.first.get(id)?;
        Some(format!("{}[{index}].id", self.list))
    }

    fn push(&mut self, id: &str, index: usize) {
        self.order.push(id.to_owned());
        self.first.insert(id.to_owned(), index);
    }

    fn len(&self) -> usize {
        self.order.len()
    }

    /// Forgets the ids added after the first `len` (a signatory left out).
    fn truncate(&mut self, len: usize) {
        for id in self.order.drain(len.min(self.order.len())..) {
            self.first.remove(&id);
        }
    }
}

/// Where a value sits in the document (`signatories[3].name.en`), kept as
/// links to its parent and written out only when a problem is reported
/// there: building every field's path as text cost 200,000 allocations
/// for 10,000 signatories that are, usually, all fine.
#[derive(Clone, Copy)]
enum Path<'a> {
    /// The document itself (written as an empty path).
    Root,
    /// A member of an object.
    Key(&'a Path<'a>, &'a str),
    /// An item of an array.
    Index(&'a Path<'a>, usize),
}

/// The document's root, for paths that start there.
static ROOT: Path<'static> = Path::Root;

impl<'a> Path<'a> {
    /// The member `key` of the object here.
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// Item `index` of the array here.
    fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// The index of the item this path ends in, if it ends in one.
    fn last_index(&self) -> Option<usize> {
        match self {
            Path::Index(_, index) => Some(*index),
            _ => None,
        }
    }

    fn write_to(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write_to(out);
                if !matches!(parent, Path::Root) {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write_to(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }

    /// The path as a newsroom developer reads it in a problem report.
    fn text(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }
}

#[derive(Default)]
struct Walk {
    problems: Vec<Problem>,
    /// Problems that only left one signatory out.
    warnings: Vec<Problem>,
}

impl Walk {
    fn report(&mut self, path: &Path, issue: Issue) {
        self.problems.push(Problem {
            path: path.text(),
            issue,
        });
    }

    fn wrong_type(&mut self, path: &Path, expected: Expected, value: &JsonValue) {
        let found = value.kind();
        self.report(path, Issue::WrongType { expected, found });
    }

    /// The field `key` of `object`, reporting it missing when absent or null.
    fn required<'v>(
        &mut self,
        object: &'v JsonValue<'v>,
        path: &Path,
        key: &str,
    ) -> Option<&'v JsonValue<'v>> {
        match object.get(key) {
            None | Some(JsonValue::Null) => {
                self.report(&path.key(key), Issue::Missing);
                None
            }
            Some(value) => Some(value),
        }
    }

    fn object<'v>(&mut self, value: &'v JsonValue<'v>, path: &Path) -> Option<&'v JsonValue<'v>> {
        match value {
            JsonValue::Object(_) => Some(value),
            other => {
                self.wrong_type(path, Expected::Object, other);
                None
            }
        }
    }

    fn array<'v>(&mut self, value: &'v JsonValue<'v>, path: &Path) -> Option<&'v [JsonValue<'v>]> {
        match value {
            JsonValue::Array(items) => Some(items),
            other => {
                self.wrong_type(path, Expected::Array, other);
                None
            }
        }
    }

    fn string<'v>(&mut self, value: &'v JsonValue<'v>, path: &Path) -> Option<&'v str> {
        match value {
            // A string is never longer in characters than in bytes: most
            // are not counted at all.
            JsonValue::String(text)
                if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS =>
            {
                let length = text.chars().count();
                self.report(
                    path,
                    Issue::TooLong {
                        length,
                        limit: MAX_TEXT_CHARS,
                    },
                );
                None
            }
            JsonValue::String(text) => Some(text),
            other => {
                self.wrong_type(path, Expected::String, other);
                None
            }
        }
    }

    fn number_in(&mut self, value: &JsonValue, path: &Path, min: f64, max: f64) -> Option<f64> {
        match value {
            JsonValue::Number(n) if (min..=max).contains(n) => Some(*n),
            JsonValue::Number(n) => {
                self.report(
                    path,
                    Issue::OutOfRange {
                        value: *n,
                        min,
                        max,
                    },
                );
                None
            }
            other => {
                self.wrong_type(path, Expected::Number, other);
                None
            }
        }
    }

    fn optional_string(&mut self, object: &JsonValue, path: &Path, key: &str) -> Option<String> {
        match object.get(key) {
            None | Some(JsonValue::Null) => None,
            Some(value) => self.string(value, &path.key(key)).map(str::to_owned),
        }
    }

    fn localized(&mut self, value: &JsonValue, path: &Path) -> Option<LocalizedText> {
        let JsonValue::Object(members) = value else {
            self.wrong_type(path, Expected::LocalizedText, value);
            return None;
        };
        let mut entries = Vec::with_capacity(members.len());
        for (lang, text) in members {
            let text_path = path.key(lang);
            match self.string(text, &text_path) {
                Some(text) if text.trim().is_empty() => self.report(&text_path, Issue::EmptyText),
                Some(text) => entries.push((lang.to_string(), text.to_owned())),
                None => {}
            }
        }
        if members.is_empty() {
            self.report(path, Issue::EmptyText);
        } else if !members
            .iter()
            .any(|(lang, _)| lang.eq_ignore_ascii_case("en"))
        {
            // English is every text's fallback language (docs/dataset-format.md).
            self.report(path, Issue::MissingEnglish);
        }
        let complete = !entries.is_empty()
            && entries.len() == members.len()
            && entries
                .iter()
                .any(|(lang, _)| lang.eq_ignore_ascii_case("en"));
        complete.then(|| LocalizedText::new(entries))
    }

    fn location(&mut self, object: &JsonValue, path: &Path) -> Option<GeoPoint> {
        let lat = self.required(object, path, "lat");
        let lat = lat.and_then(|v| self.number_in(v, &path.key("lat"), -90.0, 90.0));
        let lon = self.required(object, path, "lon");
        let lon = lon.and_then(|v| self.number_in(v, &path.key("lon"), -180.0, 180.0));
        Some(GeoPoint {
            lon: lon?,
            lat: lat?,
        })
    }

    fn id(&mut self, object: &JsonValue, path: &Path, seen: &mut SeenIds) -> Option<String> {
        let id_path = path.key("id");
        let id = self
            .required(object, path, "id")
            .and_then(|v| self.string(v, &id_path))?;
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        if !well_formed {
            self.report(&id_path, Issue::InvalidId { id: id.to_owned() });
            return None;
        }
        if let Some(first) = seen.first_path(id) {
            self.report(
                &id_path,
                Issue::DuplicateId {
                    id: id.to_owned(),
                    first,
                },
            );
            return None;
        }
        if let Some(index) = path.last_index() {
            seen.push(id, index);
        }
        Some(id.to_owned())
    }

    fn dataset(&mut self, root: &JsonValue, items: &impl SignatorySource) -> Option<Dataset> {
        let root = self.object(root, &ROOT)?;
        if let Some(version) = self.required(root, &ROOT, "version") {
            if *version != JsonValue::Number(SUPPORTED_VERSION) {
                let found = match version {
                    JsonValue::Number(n) => {
                        decimal_text(*n).unwrap_or_else(|| JsonKind::Number.as_str().to_owned())
                    }
                    JsonValue::String(s) => format!("\"{s}\""),
                    other => other.kind().as_str().to_owned(),
                };
                self.report(&ROOT.key("version"), Issue::UnsupportedVersion { found });
            }
        }
        let agreement = self
            .required(root, &ROOT, "agreement")
            .and_then(|v| self.agreement(v));
        let areas = self
            .required(root, &ROOT, "areas")
            .and_then(|v| self.areas(v));
        // Area references are only checked against a list that read cleanly:
        // a broken `areas` would otherwise make every reference "unknown".
        let declared = areas
            .as_ref()
            .filter(|(_, complete)| *complete)
            .map(|(a, _)| a.as_slice());
        let areas_label = self.areas_label(root);
        let areas_complete = self.areas_complete(root);
        let updated = self.updated(root);
        let signatories = self
            .required(root, &ROOT, "signatories")
            .and_then(|v| self.signatories(v, items, declared));
        let areas = areas.and_then(|(areas, complete)| complete.then_some(areas));
        Some(Dataset {
            agreement: agreement?,
            areas: areas?,
            areas_label: areas_label?,
            areas_complete: areas_complete?,
            updated: updated?,
            signatories: signatories?,
            warnings: Vec::new(),
        })
    }

    fn agreement(&mut self, value: &JsonValue) -> Option<Agreement> {
        let path = &ROOT.key("agreement");
        let object = self.object(value, path)?;
        let title = self.required(object, path, "title");
        let title = title.and_then(|v| self.localized(v, &path.key("title")));
        let date = self
            .required(object, path, "date")
            .and_then(|v| self.date(v, &path.key("date")));
        let place = match object.get("place") {
            None | Some(JsonValue::Null) => Some(None),
            Some(place) => self.place(place, &path.key("place")).map(Some),
        };
        let source = self.optional_string(object, path, "source");
        Some(Agreement {
            title: title?,
            date: date?,
            place: place?,
            source,
        })
    }

    /// A `YYYY-MM-DD` date that exists in the calendar.
    fn date(&mut self, value: &JsonValue, path: &Path) -> Option<CalendarDate> {
        let text = self.string(value, path)?;
        let parsed = CalendarDate::parse_iso(text);
        if parsed.is_none() {
            self.report(
                path,
                Issue::InvalidDate {
                    value: text.to_owned(),
                },
            );
        }
        parsed
    }

    /// The optional `updated`: `Some(None)` when absent, `None` when it is
    /// there but not a date (which rejects the dataset: a snapshot would
    /// otherwise claim a date nobody wrote).
    fn updated(&mut self, root: &JsonValue) -> Option<Option<CalendarDate>> {
        match root.get("updated") {
            None | Some(JsonValue::Null) => Some(None),
            Some(value) => self.date(value, &ROOT.key("updated")).map(Some),
        }
    }

    fn place(&mut self, value: &JsonValue, path: &Path) -> Option<Place> {
        let object = self.object(value, path)?;
        let name = self.required(object, path, "name");
        let name = name.and_then(|v| self.localized(v, &path.key("name")));
        let location = self.location(object, path);
        Some(Place {
            name: name?,
            location: location?,
        })
    }

    /// The optional `areasLabel`: `Some(None)` when absent, `None` when
    /// it is there but wrong (which rejects the dataset, like any problem
    /// outside a signatory).
    fn areas_label(&mut self, root: &JsonValue) -> Option<Option<LocalizedText>> {
        match root.get("areasLabel") {
            None | Some(JsonValue::Null) => Some(None),
            Some(value) => self.localized(value, &ROOT.key("areasLabel")).map(Some),
        }
    }

    /// The optional `areasComplete` (default `true`); `None` when it is
    /// not `true` or `false`.
    fn areas_complete(&mut self, root: &JsonValue) -> Option<bool> {
        match root.get("areasComplete") {
            None | Some(JsonValue::Null) => Some(true),
            Some(JsonValue::Bool(complete)) => Some(*complete),
            Some(other) => {
                self.wrong_type(&ROOT.key("areasComplete"), Expected::Boolean, other);
                None
            }
        }
    }

    /// The areas that read cleanly, and whether all of them did.
    fn areas(&mut self, value: &JsonValue) -> Option<(Vec<Area>, bool)> {
        let list = ROOT.key("areas");
        let items = self.array(value, &list)?;
        if items.len() > MAX_AREAS {
            self.report(
                &list,
                Issue::TooMany {
                    count: items.len(),
                    limit: MAX_AREAS,
                },
            );
            return None;
        }
        let mut seen = SeenIds::new("areas");
        let mut areas = Vec::with_capacity(items.len());
        let mut complete = true;
        for (index, item) in items.iter().enumerate() {
            let path = list.index(index);
            let area = self.object(item, &path).and_then(|object| {
                let id = self.id(object, &path, &mut seen);
                let label = self.required(object, &path, "label");
                let label = label.and_then(|v| self.localized(v, &path.key("label")));
                Some(Area {
                    id: id?,
                    label: label?,
                })
            });
            complete &= area.is_some();
            areas.extend(area);
        }
        Some((areas, complete))
    }

    fn signatories(
        &mut self,
        value: &JsonValue,
        items: &impl SignatorySource,
        areas: Option<&[Area]>,
    ) -> Option<Vec<Signatory>> {
        let list = ROOT.key("signatories");
        self.array(value, &list)?;
        if items.len() > MAX_SIGNATORIES {
            self.report(
                &list,
                Issue::TooMany {
                    count: items.len(),
                    limit: MAX_SIGNATORIES,
                },
            );
            return None;
        }
        let mut seen = SeenIds::new("signatories");
        let mut signatories = Vec::with_capacity(items.len());
        for index in 0..items.len() {
            let before = self.problems.len();
            let ids_before = seen.len();
            let path = list.index(index);
            let signatory = match items.item(index) {
                Ok(item) => self.signatory(&item, &path, areas, &mut seen),
                Err(issue) => {
                    self.report(&path, issue);
                    None
                }
            };
            // This signatory's own problems leave it out, with a warning;
            // a limit exceeded inside it still rejects the whole dataset.
            let (fatal, local): (Vec<Problem>, Vec<Problem>) = self
                .problems
                .drain(before..)
                .partition(|p| p.issue.is_limit());
            self.problems.extend(fatal);
            match signatory {
                Some(signatory) if local.is_empty() => signatories.push(signatory),
                // Left out for its own problems: it does not hold on to its
                // id. (Without problems of its own it only failed because
                // `areas` is broken, and the dataset is rejected anyway.)
                _ if !local.is_empty() => {
                    seen.truncate(ids_before);
                    self.warnings.extend(local);
                }
                _ => {}
            }
        }
        if signatories.is_empty() && !items.is_empty() {
            // Nothing left to show: every warning becomes a problem.
            self.problems.append(&mut self.warnings);
            return None;
        }
        Some(signatories)
    }

    fn signatory(
        &mut self,
        value: &JsonValue,
        path: &Path,
        areas: Option<&[Area]>,
        seen: &mut SeenIds,
    ) -> Option<Signatory> {
        let object = self.object(value, path)?;
        let id = self.id(object, path, seen);
        let name = self.required(object, path, "name");
        let name = name.and_then(|v| self.localized(v, &path.key("name")));
        let kind_path = path.key("kind");
        let kind = self
            .required(object, path, "kind")
            .and_then(|v| self.string(v, &kind_path));
        let kind = kind.and_then(|text| {
            let kind = Kind::parse(text);
            if kind.is_none() {
                self.report(
                    &kind_path,
                    Issue::UnknownKind {
                        value: text.to_owned(),
                    },
                );
            }
            kind
        });
        let city = self.required(object, path, "city");
        let city = city.and_then(|v| self.localized(v, &path.key("city")));
        let country = self.country(object, path);
        let location = self.location(object, path);
        let pledged = self.pledged_areas(object, path, areas);
        let url = self.optional_string(object, path, "url");
        Some(Signatory {
            id: id?,
            name: name?,
            kind: kind?,
            city: city?,
            country: country?,
            location: location?,
            areas: pledged?,
            url,
        })
    }

    fn country(&mut self, object: &JsonValue, path: &Path) -> Option<String> {
        let country_path = path.key("country");
        let code = self
            .required(object, path, "country")
            .and_then(|v| self.string(v, &country_path))?;
        if crate::country::is_assigned(code) {
            Some(code.to_ascii_uppercase())
        } else {
            self.report(
                &country_path,
                Issue::InvalidCountry {
                    value: code.to_owned(),
                },
            );
            None
        }
    }

    fn pledged_areas(
        &mut self,
        object: &JsonValue,
        path: &Path,
        areas: Option<&[Area]>,
    ) -> Option<Vec<usize>> {
        let areas_path = path.key("areas");
        let items = self
            .required(object, path, "areas")
            .and_then(|v| self.array(v, &areas_path))?;
        let mut indices = Vec::with_capacity(items.len());
        let mut complete = true;
        for (i, item) in items.iter().enumerate() {
            let item_path = areas_path.index(i);
            let index = self.string(item, &item_path).and_then(|id| {
                let index = areas?.iter().position(|area| area.id == id);
                if index.is_none() && areas.is_some() {
                    self.report(&item_path, Issue::UnknownArea { id: id.to_owned() });
                }
                index
            });
            complete &= index.is_some();
            indices.extend(index);
        }
        indices.sort_unstable();
        indices.dedup();
        complete.then_some(indices)
    }
}
