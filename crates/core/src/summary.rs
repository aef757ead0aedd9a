//! The map's written summary: one sentence, in the reader's language, of
//! what the map shows — "15 signatories: Council of Europe (Strasbourg),
//! 8 companies in 5 countries and 6 associations in 3 countries." It is
//! the map's text alternative, so a screen reader hears it before the
//! markers, and it prints where the map may not.
//!
//! Two steps, both pure:
//! - [`facts`] counts, in one pass over the shown signatories, how many
//!   of each kind there are and in how many countries (a bit set of the
//!   676 two-letter codes per kind: no strings, no hashing), so it costs
//!   nothing noticeable per filter click even at 10,000 signatories;
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
const COUNTRY_WORDS: usize = (26 * 26_usize).div_ceil(64);

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
        let slot = legend_position(signatory.kind);
        if counts[slot] == 0 {
            firsts[slot] = index;
        }
        counts[slot] += 1;
        if let [a, b] = signatory.country.as_bytes() {
            let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
            if a.is_ascii_uppercase() && b.is_ascii_uppercase() {
                let code = usize::from(a - b'A') * 26 + usize::from(b - b'A');
                countries[slot][code / 64] |= 1 << (code % 64);
            }
        }
    }
    let kinds = Kind::ALL
        .into_iter()
        .enumerate()
        .filter(|&(slot, _)| counts[slot] > 0)
        .map(|(slot, kind)| KindShown {
            kind,
            count: counts[slot],
            countries: countries[slot]
                .iter()
                .map(|word| word.count_ones() as usize)
                .sum(),
            first: firsts[slot],
        })
        .collect();
    let total = dataset.signatories.len();
    let narrowed = visible.len() < total;
    SummaryFacts {
        shown: visible.len(),
        total,
        kinds,
        areas: if narrowed {
            chosen.to_vec()
        } else {
            Vec::new()
        },
    }
}

/// Where `kind` stands in [`Kind::ALL`].
fn legend_position(kind: Kind) -> usize {
    match kind {
        Kind::Institution => 0,
        Kind::Company => 1,
        Kind::Association => 2,
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
    let mut texts: Vec<(&str, &str)> = Vec::new();
    let mut data_text = |text| stand_in(&mut texts, t, text);
    let parts: Vec<String> = facts
        .kinds
        .iter()
        .map(|shown| match dataset.signatories.get(shown.first) {
            Some(only) if shown.count == 1 => t.format(
                Msg::SummaryMember,
                &[
                    ("name", data_text(&only.name)),
                    ("city", data_text(&only.city)),
                ],
            ),
            _ => t.format(
                match shown.kind {
                    Kind::Company => Msg::SummaryCompanies,
                    Kind::Association => Msg::SummaryAssociations,
                    Kind::Institution => Msg::SummaryInstitutions,
                },
                &[
                    ("count", MessageArg::Number(shown.count as f64)),
                    ("countries", MessageArg::Number(shown.countries as f64)),
                ],
            ),
        })
        .collect();
    let labels: Vec<_> = facts
        .areas
        .iter()
        .filter_map(|&area| dataset.areas.get(area))
        .map(|area| &area.label)
        .collect();
    let areas = match labels[..] {
        [only] => t.format(Msg::SummaryArea, &[("area", data_text(only))]),
        [first, second] => t.format(
            Msg::SummaryAreasBoth,
            &[("first", data_text(first)), ("second", data_text(second))],
        ),
        _ => t.count(Msg::SummaryAreasAll, labels.len()),
    };
    let id = match (facts.shown, labels.is_empty()) {
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
    let mut spans: Vec<Span> = Vec::new();
    for c in formatted.chars() {
        let data = (c as u32)
            .checked_sub(TOKEN)
            .and_then(|index| texts.get(index as usize));
        match data {
            Some(&(text, lang)) if lang != t.lang() => spans.push(Span {
                text: text.to_owned(),
                lang: Some(lang.to_owned()),
            }),
            Some(&(text, _)) => plain(&mut spans).push_str(text),
            None => plain(&mut spans).push(c),
        }
    }
    spans
}

/// A stand-in for `text` in a message argument: a token that
/// [`sentence`] replaces with the text once the sentence is formatted.
fn stand_in<'d>(
    texts: &mut Vec<(&'d str, &'d str)>,
    t: &'d Localizer,
    text: &'d LocalizedText,
) -> MessageArg {
    let token = char::from_u32(TOKEN + texts.len() as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    texts.push((t.pick(text), text.language_of(t.lang())));
    MessageArg::Text(token.into())
}

/// The last span if it is in the sentence's language, else a new one.
fn plain(spans: &mut Vec<Span>) -> &mut String {
    if spans.last().is_none_or(|span| span.lang.is_some()) {
        spans.push(Span {
            text: String::new(),
            lang: None,
        });
    }
    let last = spans.len() - 1;
    &mut spans[last].text
}
