//! A country's names, folded and indexed the first time a row asks for a
//! place in it. Decoding then only reads the asset; a sheet naming places
//! in a few countries folds those countries' names, not all 135,233.

use super::decode::Data;
use crate::fold::{fold, fold_into};

/// One country's places by folded name: its own places, and the places of
/// other countries that list it as an alternate (GeoNames `cc2`).
#[derive(Debug)]
pub(crate) struct CountryIndex {
    /// The members' folded names, one after another.
    folded: String,
    /// (place, byte range of its folded name in `folded`).
    members: Vec<(u32, u32, u32)>,
    /// (hash of a folded name, member), sorted: a place is listed under
    /// its whole name and, for the few names with a comma ("Washington,
    /// D.C."), under the part before it too.
    by_hash: Vec<(u64, u32)>,
}

/// The hash a folded name is indexed under: 64-bit FNV-1a, simple and
/// quick for short keys (a collision only costs a comparison: lookups
/// compare the folded names themselves).
fn key_hash(folded: &str) -> u64 {
    folded.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl CountryIndex {
    /// Folds and indexes the places of the country at `position` in
    /// [`Data::countries`].
    pub fn build(data: &Data, position: usize) -> CountryIndex {
        let country = &data.countries[position];
        // Place indices came from a u32-counted asset, so they fit.
        let own = country.places.clone().map(|i| i as u32);
        let places: Vec<u32> = own
            .chain(data.listing_as_alternate(&country.code))
            .collect();
        let mut index = CountryIndex {
            folded: String::with_capacity(places.len() * 12),
            members: Vec::with_capacity(places.len()),
            by_hash: Vec::with_capacity(places.len()),
        };
        for (member, &place) in places.iter().enumerate() {
            let member = member as u32;
            let name = data.name(&data.places[place as usize]);
            let start = index.folded.len();
            fold_into(&mut index.folded, name);
            index
                .by_hash
                .push((key_hash(&index.folded[start..]), member));
            // At most twice the asset's names (ß → ss): fits in u32.
            index
                .members
                .push((place, start as u32, index.folded.len() as u32));
            if let Some((before, _)) = name.split_once(',') {
                index.by_hash.push((key_hash(&fold(before)), member));
            }
        }
        index.by_hash.sort_unstable();
        index
    }

    /// A member's place and folded name.
    fn member(&self, member: u32) -> (u32, &str) {
        let (place, start, end) = self.members[member as usize];
        (
            place,
            self.folded
                .get(start as usize..end as usize)
                .unwrap_or_default(),
        )
    }

    /// Places whose folded name (or part before a comma) is `folded`.
    pub fn named(&self, data: &Data, folded: &str) -> Vec<u32> {
        let hash = key_hash(folded);
        let from = self.by_hash.partition_point(|(h, _)| *h < hash);
        self.by_hash[from..]
            .iter()
            .take_while(|(h, _)| *h == hash)
            .map(|&(_, member)| self.member(member))
            .filter(|&(place, name)| {
                name == folded
                    || data
                        .name(&data.places[place as usize])
                        .split_once(',')
                        .is_some_and(|(before, _)| fold(before) == folded)
            })
            .map(|(place, _)| place)
            .collect()
    }

    /// Every member: (place, folded name).
    pub fn members(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (0..self.members.len() as u32).map(|member| self.member(member))
    }
}
