//! ISO 3166-1 alpha-2 country codes: a dataset's `country` must be one
//! that is assigned, so a typo ("UK" for GB, "XX") is caught by validation
//! instead of showing as an unnamed code to readers.

/// The 249 officially assigned codes, plus `XK` (Kosovo), which is
/// user-assigned but used by the EU, CLDR and browsers' `Intl`.
const ASSIGNED: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN \
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG \
EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL \
IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF \
MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL \
PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG \
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

/// [`ASSIGNED`] as a 26 × 26 bit table (row: first letter, bit: second),
/// built at compile time: checked for every signatory, a scan of the
/// 250 codes cost more than the rest of checking a country.
static TABLE: [u32; 26] = {
    let codes = ASSIGNED.as_bytes();
    let mut table = [0u32; 26];
    let mut at = 0;
    while at + 1 < codes.len() {
        table[(codes[at] - b'A') as usize] |= 1 << (codes[at + 1] - b'A');
        at += 3;
    }
    table
};

/// How many [`code_slot`]s there are: one per pair of capital letters.
pub const CODE_SLOTS: usize = 26 * 26;

/// A two-capital-letter code's place in a table of [`CODE_SLOTS`] (`AA`
/// is 0, `ZZ` the last): tallying countries by slot instead of by text
/// keeps a count over thousands of signatories free of strings and
/// hashing (group names, the map's summary). `None` for anything else;
/// validation leaves only upper-case assigned codes.
pub fn code_slot(code: &str) -> Option<usize> {
    match code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

/// Whether `code` (any letter case) is an assigned alpha-2 country code.
pub fn is_assigned(code: &str) -> bool {
    let [first, second] = code.as_bytes() else {
        return false;
    };
    if !first.is_ascii_alphabetic() || !second.is_ascii_alphabetic() {
        return false;
    }
    let (first, second) = (
        first.to_ascii_uppercase() - b'A',
        second.to_ascii_uppercase() - b'A',
    );
    TABLE[usize::from(first)] & (1 << second) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_every_assigned_code_once() {
        let codes: Vec<&str> = ASSIGNED.split(' ').collect();
        assert_eq!(codes.len(), 250, "249 assigned + XK");
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len(), "no duplicates");
        assert!(codes.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn real_codes_pass_and_typos_do_not() {
        for code in ["FR", "de", "Lt", "US", "GB", "XK"] {
            assert!(is_assigned(code), "{code}");
        }
        for code in ["UK", "XX", "EU", "F", "FRA", "", "1A", "ÉÉ"] {
            assert!(!is_assigned(code), "{code}");
        }
    }

    #[test]
    fn the_table_agrees_with_the_list_for_every_pair_of_letters() {
        let codes: Vec<&str> = ASSIGNED.split(' ').collect();
        for first in b'A'..=b'Z' {
            for second in b'A'..=b'Z' {
                let code = String::from_utf8(vec![first, second]).unwrap_or_default();
                let listed = codes.contains(&code.as_str());
                assert_eq!(is_assigned(&code), listed, "{code}");
                assert_eq!(is_assigned(&code.to_ascii_lowercase()), listed, "{code}");
            }
        }
        for code in ["A[", "@A", "Z{", "`A"] {
            assert!(!is_assigned(code), "{code}");
        }
    }
}
