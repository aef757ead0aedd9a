//! Bytes → the shipped JSON reader → `JsonValue` → `validate`, as the widget
//! reads a dataset. Besides panics, it checks what every report promises: a
//! rejection lists at least one problem, paths index only existing items,
//! warnings are about signatories only, and an accepted dataset is consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signatory_map::core::json::{parse, std_number, JsonValue};
use signatory_map::core::problem::Problem;
use signatory_map::core::validate::validate;

fuzz_target!(|data: &[u8]| {
    let Ok(root) = parse(&String::from_utf8_lossy(data), std_number) else {
        return;
    };
    match validate(&root) {
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
