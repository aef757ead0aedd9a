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

/// Whether `code` (any letter case) is an assigned alpha-2 country code.
pub fn is_assigned(code: &str) -> bool {
    let [first, second] = code.as_bytes() else {
        return false;
    };
    let (first, second) = (first.to_ascii_uppercase(), second.to_ascii_uppercase());
    // Byte pairs, not string splitting: checked for every signatory.
    ASSIGNED
        .as_bytes()
        .chunks(3)
        .any(|assigned| assigned[..2] == [first, second])
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
}
