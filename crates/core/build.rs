//! Compiles every `locales/<tag>/*.ftl` file into the crate, at build time.
//!
//! The real Fluent parser reads them here (`build/compile.rs`, which
//! `tests/ftl/` runs on fixtures), and `build/emit.rs` writes what the
//! widget needs as static Rust: the typed message ids (`Msg`) and each
//! language's patterns. So the WebAssembly ships no parser, a misspelt id
//! does not compile, and a malformed or incomplete translation stops the
//! build with `file:line:column`.
//!
//! Adding a language is adding a folder: this script finds it, so no Rust
//! changes (docs/architecture.md, "How to add a language").
//! English comes first because it is the fallback for everything.

#[path = "build/compile.rs"]
mod compile;
#[path = "build/emit.rs"]
mod emit;

use std::path::PathBuf;
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?);
    // The translations live at the repository root, beside the widget that
    // shows them: two levels up from this crate. Cargo watches the whole
    // folder, so a new language folder or file reruns this script.
    let locales_dir = root.join("../../locales");
    println!("cargo::rerun-if-changed={}", locales_dir.display());
    println!("cargo::rerun-if-changed=build");

    // The command-line tool's messages (`locales/<tag>/tool/*.ftl`) are
    // compiled in only for the tool (feature `tool-messages`): the widget's
    // WebAssembly never carries them, and a missing translation of them
    // still stops the tool's build.
    let tool = env::var_os("CARGO_FEATURE_TOOL_MESSAGES").is_some();
    let sources = compile::read_locales(&locales_dir, tool.then_some("tool"))?;
    match compile::compile(&sources) {
        Ok(compiled) => {
            let out = PathBuf::from(env::var("OUT_DIR").map_err(io::Error::other)?);
            fs::write(out.join("messages.rs"), emit::rust(&compiled))
        }
        Err(errors) => {
            // One line each, as `file:line:column: `id`: what is wrong`;
            // Cargo shows them as errors and fails the build.
            for error in &errors {
                println!("cargo::error={error}");
            }
            Ok(())
        }
    }
}
