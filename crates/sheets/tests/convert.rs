//! Sheets to the dataset JSON: what a newsroom's tables become, and what
//! the tool tells them, in English and Lithuanian, at which cell.

mod support;

use signatory_sheets::finding::Severity;
use support::*;

#[test]
fn the_builtin_dataset_round_trips_through_its_sheets_both_ways_of_giving_areas() {
    for marks in [false, true] {
        let conversion = convert(&dataset_tables(&builtin(), "agreement.xlsx", marks));
        assert!(!conversion.rejected(), "{:?}", lines(&conversion, "en"));
        assert_eq!(written(&conversion), builtin(), "marks: {marks}");
        assert_eq!(conversion.signatories, 15);
        assert!(
            conversion.findings.iter().all(|f| f.severity == Severity::Note),
            "{:?}",
            lines(&conversion, "en")
        );
    }
}
