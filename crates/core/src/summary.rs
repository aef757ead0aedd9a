//! The map's written summary: one sentence, in the reader's language, of
//! what the map shows — "15 signatories: Council of Europe (Strasbourg),
//! 8 companies in 5 countries and 6 associations in 3 countries." It is
//! the map's text alternative, so a screen reader hears it before the
//! markers, and it prints where the map may not.
//!
//! Two steps, both pure:
//! - [`facts`] counts, in one pass over the shown signatories, how many
//!   of each kind there are and in how many countries (a bit set of the
//!   676 two-letter codes per kind: no strings, no hashing, no
//!   allocation): about 6 µs for 1,000 signatories and 0.1 ms for 10,000
//!   (natively; it reads each shown signatory once), run once per filter
//!   click or language, never per frame (the view memoises it);
//! - [`sentence`] words the facts with the `summary-*` messages.
//!
//! Wording choices (the same in every language):
//! - a kind with one shown member is named, with its city in brackets:
//!   "Council of Europe (Strasbourg)". Names and cities come from the data
//!   in the nominative and without articles, so the sentence never has to
//!   add an article ("the Council of Europe" but not "the Google") nor
//!   inflect a name or a place (Lithuanian "Europos Taryba (Strasbūras)");
//! - kinds come in legend order ([`Kind::ALL`]), joined by
//!   [`Localizer::list_and`];
//! - chosen areas are named only when they narrow what is shown (a choice
//!   every signatory meets changes nothing, and the sentence says what is
//!   shown). Area labels are long sentences, so one or two are quoted as
//!   titles ("on “Privacy”", "on both “Privacy” and “Culture”": the
//!   filter keeps signatories with every chosen area); three or more are
//!   counted ("on all 3 chosen areas"), the chips saying which.

use crate::country::{code_slot, CODE_SLOTS};
use crate::dataset::{AreaIndex, Dataset, Kind, LocalizedText};
use crate::i18n::{Localizer, MessageArg, Msg};

/// How many of one kind are shown, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindShown {
    /// The kind.
    pub kind: Kind,
    /// How many of the shown signatories are of this kind (at least one).
    pub count: usize,
    /// In how many distinct countries they are.
    pub countries: usize,
    /// The first of them (the only one when `count` is 1), to name it.
    pub first: usize,
}

/// Everything the sentence says, as numbers and indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryFacts {
    /// How many signatories are shown.
    pub shown: usize,
    /// How many the dataset has.
    pub total: usize,
    /// The kinds shown, in legend order.
    pub kinds: Vec<KindShown>,
    /// The chosen areas, when they leave some signatories out (else empty).
    pub areas: Vec<AreaIndex>,
}

/// Bit-set words for the 26 × 26 two-letter country codes.
const COUNTRY_WORDS: usize = CODE_SLOTS.div_ceil(64);

/// Counts what `visible` (indices into the dataset's signatories, as the
/// filter gives them) shows, with `chosen` the reader's areas.
pub fn facts(dataset: &Dataset, visible: &[usize], chosen: &[AreaIndex]) -> SummaryFacts {
    let mut counts = [0usize; 3];
    let mut firsts = [0usize; 3];
    let mut countries = [[0u64; COUNTRY_WORDS]; 3];
    for &index in visible {
        let Some(signatory) = dataset.signatories.get(index) else {
            continue;
        };
        // Legend order, as in `Kind::ALL`.
        let slot = match signatory.kind {
            Kind::Institution => 0,
            Kind::Company => 1,
            Kind::Association => 2,
        };
        if counts[slot] == 0 {
            firsts[slot] = index;
        }
        counts[slot] += 1;
        if let Some(code) = code_slot(&signatory.country) {
            countries[slot][code / 64] |= 1 << (code % 64);
        }
    }
    let mut kinds = Vec::new();
    for (slot, kind) in Kind::ALL.into_iter().enumerate() {
        if counts[slot] > 0 {
            kinds.push(KindShown {
                kind,
                count: counts[slot],
                countries: countries[slot]
                    .iter()
                    .map(|w| w.count_ones() as usize)
                    .sum(),
                first: firsts[slot],
            });
        }
    }
    let total = dataset.signatories.len();
    SummaryFacts {
        shown: visible.len(),
        total,
        kinds,
        areas: if visible.len() < total {
            chosen.to_vec()
        } else {
            Vec::new()
        },
    }
}

/// A stretch of the sentence. Dataset text the data lacks in the reader's
/// language comes in another one, and carries its tag so the view can set
/// `lang` on it (a screen reader then pronounces it right).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Its language, when not the sentence's.
    pub lang: Option<String>,
}

/// First of the private-use characters that stand for dataset texts while
/// the messages are formatted (at most 8 texts: 3 names, 3 cities and 2
/// areas). Dataset text is put in only after the sentence is formatted, so
/// it is never searched for these.
const TOKEN: u32 = 0xE000;

/// The sentence for `facts` in `t`'s language.
pub fn sentence(facts: &SummaryFacts, dataset: &Dataset, t: &Localizer) -> Vec<Span> {
    let mut texts: Vec<&LocalizedText> = Vec::new();
    let mut stand_in = |text| {
        let token = char::from_u32(TOKEN + texts.len() as u32).unwrap_or_default();
        texts.push(text);
        MessageArg::Text(token.into())
    };
    let mut parts = Vec::new();
    for shown in &facts.kinds {
        let mut args = vec![
            ("kind", MessageArg::Text(shown.kind.as_str().into())),
            ("count", MessageArg::Number(shown.count as f64)),
            ("countries", MessageArg::Number(shown.countries as f64)),
        ];
        // Named when alone of its kind.
        if let Some(first) = dataset.signatories.get(shown.first) {
            args.push(("name", stand_in(&first.name)));
            args.push(("city", stand_in(&first.city)));
        }
        parts.push(t.format(Msg::SummaryKind, &args));
    }
    let mut args = vec![("count", MessageArg::Number(facts.areas.len() as f64))];
    for (name, &area) in ["first", "second"].into_iter().zip(&facts.areas) {
        if let Some(area) = dataset.areas.get(area) {
            args.push((name, stand_in(&area.label)));
        }
    }
    let areas = t.format(Msg::SummaryAreas, &args);
    let id = match (facts.shown, facts.areas.is_empty()) {
        (0, _) => Msg::SummaryEmpty,
        (_, true) => Msg::SummaryAll,
        (_, false) => Msg::SummaryFiltered,
    };
    let formatted = t.format(
        id,
        &[
            ("shown", MessageArg::Number(facts.shown as f64)),
            ("total", MessageArg::Number(facts.total as f64)),
            ("areas", MessageArg::Text(areas)),
            ("parts", MessageArg::Text(t.list_and(&parts))),
        ],
    );
    // The tokens replaced by the texts, each in its own span when it is
    // in another language.
    let lang = t.lang();
    let (mut spans, mut plain, mut from) = (Vec::new(), String::new(), 0);
    for (at, c) in formatted.char_indices() {
        let Some(text) = (c as u32)
            .checked_sub(TOKEN)
            .and_then(|index| texts.get(index as usize))
        else {
            continue;
        };
        plain.push_str(formatted.get(from..at).unwrap_or_default());
        from = at + c.len_utf8();
        let text_lang = text.language_of(lang);
        if text_lang == lang {
            plain.push_str(t.pick(text));
            continue;
        }
        if !plain.is_empty() {
            spans.push(Span {
                text: std::mem::take(&mut plain),
                lang: None,
            });
        }
        spans.push(Span {
            text: t.pick(text).to_owned(),
            lang: Some(text_lang.to_owned()),
        });
    }
    plain.push_str(formatted.get(from..).unwrap_or_default());
    if !plain.is_empty() {
        spans.push(Span {
            text: plain,
            lang: None,
        });
    }
    spans
}
