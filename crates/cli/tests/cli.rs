//! The `signatory-map` binary as a person runs it: exit statuses, what is
//! printed where, in English and Lithuanian. Every run clears the locale
//! variables, so the machine's own `LANG` never decides a test.
//!
//! Spreadsheet conversion itself is tested in crates/sheets; here what a
//! person sees: the sample workbook and CSV files converted, a broken sheet
//! told, files it cannot use, `-o` left alone.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run printed and how it ended.
pub struct Ran {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_with_env(args: &[&str], env: &[(&str, &str)]) -> Ran {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signatory-map"));
    command
        .args(args)
        .current_dir(root())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("the binary runs");
    Ran {
        status: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn run(args: &[&str]) -> Ran {
    run_with_env(args, &[])
}

/// A fresh folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("signatory-map-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn text(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

#[path = "cli/check.rs"]
mod check;
#[path = "cli/files.rs"]
mod files;
#[path = "cli/publish.rs"]
mod publish;
#[path = "cli/sheets.rs"]
mod sheets;
#[path = "cli/usage.rs"]
mod usage;

#[path = "cli/image.rs"]
mod image;
