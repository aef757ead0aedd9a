//! Compiles every `locales/<lang>/*.ftl` file into the crate.
//!
//! Adding a language is adding a folder: this script finds it, so no Rust
//! changes (docs/architecture.md, "How to add a language").
//! English comes first because it is the fallback for everything.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?);
    // The translations live at the repository root, beside the widget that
    // shows them: two levels up from this crate.
    let locales_dir = root.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());

    let mut languages: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for entry in fs::read_dir(&locales_dir)? {
        let dir = entry?.path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        if !files.is_empty() {
            languages.push((tag, files));
        }
    }
    languages.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));

    let mut out = String::from(
        "/// Every bundled language: its tag and the concatenated text of its .ftl files.\n\
         pub static BUNDLED_LOCALES: &[(&str, &str)] = &[\n",
    );
    for (tag, files) in &languages {
        let includes: Vec<String> = files.iter().map(|f| include(f)).collect();
        let _ = writeln!(
            out,
            "    ({tag:?}, concat!({})),",
            includes.join(", \"\\n\", ")
        );
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").map_err(io::Error::other)?).join("locales.rs"),
        out,
    )
}

fn include(file: &Path) -> String {
    format!("include_str!({:?})", file.display().to_string())
}
