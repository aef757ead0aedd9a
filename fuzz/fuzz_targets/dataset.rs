//! Bytes → the shipped JSON reader → `JsonValue` → `validate`, and the
//! streamed path the widget itself takes (`read_dataset`), which must agree
//! with it. Besides panics, it checks what every report promises: a
//! rejection lists at least one problem, paths index only existing items,
//! warnings are about signatories only, and an accepted dataset is consistent.
//!
//! `scripts/test.sh` checks that this target compiles (on stable), so a
//! change to the reader's API cannot leave it broken unnoticed again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signatory_core::json::{parse, std_number, JsonValue, ReadError};
use signatory_core::problem::Problem;
use signatory_core::read::{read_dataset, Rejection};
use signatory_core::validate::validate;

fuzz_target!(|data: &[u8]| {
    // The text outlives the tree: strings in it borrow from the text.
    let text = String::from_utf8_lossy(data);
    let streamed = read_dataset(&text, std_number);
    let root = match parse(&text, std_number) {
        Ok(root) => root,
        Err(ReadError::Syntax(at)) => {
            assert_eq!(streamed, Err(Rejection::NotJson(at)), "syntax errors differ");
            return;
        }
        Err(ReadError::TooDeep) => {
            assert!(
                matches!(&streamed, Err(Rejection::Invalid(problems)) if problems.len() == 1),
                "too deep, yet the streamed read says {streamed:?}"
            );
            return;
        }
    };
    let whole = validate(&root);
    match (&whole, &streamed) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "streamed and whole-tree datasets differ"),
        (Err(a), Err(Rejection::Invalid(b))) => {
            assert_eq!(a, b, "streamed and whole-tree problems differ")
        }
        (whole, streamed) => {
            panic!("the streamed read disagrees: whole {whole:?}, streamed {streamed:?}")
        }
    }
    match whole {
        Err(problems) => {
            assert!(!problems.is_empty(), "rejected without a problem");
            for problem in &problems {
                check_path(&root, problem);
            }
        }
        Ok(dataset) => {
            for warning in &dataset.warnings {
                check_path(&root, warning);
                assert!(
                    warning.path.starts_with("signatories["),
                    "warning outside a signatory: {warning:?}"
                );
                assert!(
                    !warning.issue.is_limit(),
                    "a limit only warned: {warning:?}"
                );
            }
            if !dataset.warnings.is_empty() {
                assert!(
                    !dataset.signatories.is_empty(),
                    "every signatory left out, yet Ok"
                );
            }
            let mut ids = std::collections::HashSet::new();
            for area in &dataset.areas {
                assert!(ids.insert(&area.id), "area id twice: {}", area.id);
            }
            let mut ids = std::collections::HashSet::new();
            for s in &dataset.signatories {
                assert!(ids.insert(&s.id), "signatory id twice: {}", s.id);
                assert!((-90.0..=90.0).contains(&s.location.lat), "{s:?}");
                assert!((-180.0..=180.0).contains(&s.location.lon), "{s:?}");
                assert!(s.areas.windows(2).all(|w| w[0] < w[1]), "{s:?}");
                assert!(s.areas.iter().all(|&a| a < dataset.areas.len()), "{s:?}");
                assert!(!s.name.get("en").trim().is_empty(), "{s:?}");
            }
        }
    }
});

/// A path's `signatories[i]` / `areas[i]` name items that exist.
fn check_path(root: &JsonValue, problem: &Problem) {
    for list in ["signatories", "areas"] {
        let Some(rest) = problem
            .path
            .strip_prefix(list)
            .and_then(|r| r.strip_prefix('['))
        else {
            continue;
        };
        let index: usize = rest[..rest.find(']').expect("closing bracket")]
            .parse()
            .expect("an index");
        match root.get(list) {
            Some(JsonValue::Array(items)) => {
                assert!(index < items.len(), "path past the end: {problem:?}")
            }
            other => panic!("path indexes a non-array {other:?}: {problem:?}"),
        }
    }
}
