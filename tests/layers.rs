//! The widget crate's layers, enforced: each module imports only from the
//! layers below it. From the top:
//! - `embed` (what JavaScript talks to: the handle, mounting, loading) and,
//!   natively, `snapshot` (the static first view the tool writes), beside
//!   it: neither imports the other;
//! - `components` (the Yew view);
//! - `state` (the reducer) and `platform` (leaf adapters: `Intl`,
//!   `ResizeObserver`, wheel, DOM focus), which import nothing of the crate
//!   but themselves;
//! - `signatory_core`, a crate of its own (Cargo keeps it free of the rest).
//!
//! A `crate::…` path in code (not in a comment) that points up, or
//! sideways between `state` and `platform`, fails this test with the file
//! and line.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Each layer and the modules of this crate it may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("embed", &["embed", "components", "state", "platform"]),
    ("snapshot", &["snapshot", "components", "state", "platform"]),
    ("components", &["components", "state", "platform"]),
    ("state", &["state"]),
    ("platform", &["platform"]),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The crate modules a line of code refers to through `crate::`.
fn crate_modules(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .filter(|(at, _)| {
            // `signatory_core::…` ends in "core::", not a `crate::` path.
            !code[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, _)| {
            code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

/// Upward or sideways references in `layer`, as "file:line: crate::module".
fn violations(root: &Path, layer: &str, allowed: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root.join("src").join(layer), &mut files);
    let single = root.join("src").join(format!("{layer}.rs"));
    if single.is_file() {
        files.push(single);
    }
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for module in crate_modules(code) {
                if !allowed.contains(&module.as_str()) {
                    found.push(format!(
                        "{}:{}: crate::{module}",
                        file.strip_prefix(root).unwrap_or(&file).display(),
                        number + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found: Vec<String> = ALLOWED
        .iter()
        .flat_map(|(layer, allowed)| violations(root, layer, allowed))
        .collect();
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_of_the_crate_has_a_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules: Vec<String> = fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_stem()?.to_str()?.to_owned();
            (path.is_dir() || path.extension().is_some_and(|x| x == "rs")).then_some(name)
        })
        .filter(|name| name != "lib" && name != "bin")
        .collect();
    modules.sort();
    let mut layered: Vec<String> = ALLOWED.iter().map(|(l, _)| l.to_string()).collect();
    layered.sort();
    assert_eq!(
        modules, layered,
        "a new top-level module needs a place in ALLOWED"
    );
}

#[test]
fn the_checker_sees_an_upward_import() {
    assert_eq!(
        crate_modules("use crate::components::widget::Widget; signatory_core::x"),
        vec!["components"]
    );
}
