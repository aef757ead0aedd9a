//! The Subresource Integrity hashes the embed snippet puts on the CDN
//! files it links (the script and the snapshot's stylesheet), so a page
//! runs and shows only the bytes of this build.
//!
//! The rule: `--dist DIR` names the folder whose files will be uploaded,
//! and the hashes are computed from those files (sha384, base64), so they
//! are right whatever built them; without it, the build's own record,
//! `www/dist/cdn/integrity.json` (from `scripts/build.sh`), is read.

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use sha2::{Digest, Sha384};
use signatory_core::i18n::{Localizer, MessageArg, Msg};
use signatory_core::json::{parse, std_number, JsonValue};

use crate::files::{self, FileProblem};

/// The single-file CDN build's script.
pub const SCRIPT: &str = "signatory-map.js";
/// The plain stylesheet the snapshot links (in the CDN folder too).
pub const STYLESHEET: &str = "signatory-map.css";
/// Where `scripts/build.sh` records the CDN files' hashes.
pub const BUILD_RECORD: &str = "www/dist/cdn/integrity.json";
/// The largest file hashed (the bundle is ~40 KB; the record far less).
const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The `integrity` values for the files the snippet links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashes {
    /// For `signatory-map.js`.
    pub script: String,
    /// For `signatory-map.css`.
    pub stylesheet: String,
}

/// Why there are no hashes (exit status 1), said with the fix.
#[derive(Debug, Clone, PartialEq)]
pub enum NoHashes {
    /// The build's record is not there: nothing was built here.
    NoRecord(String),
    /// The record names no hash for one of the files: an older build.
    Lacks {
        /// The record.
        file: String,
        /// The file it has no hash for.
        name: &'static str,
    },
    /// A file to hash (or the record) cannot be read.
    File {
        /// Its name as it would be typed.
        name: String,
        /// Why.
        problem: FileProblem,
    },
}

impl NoHashes {
    /// The problem and its fix, in the localizer's language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let text = |value: &str| MessageArg::Text(value.to_owned());
        match self {
            NoHashes::NoRecord(file) => {
                localizer.format(Msg::ToolCliIntegrityMissing, &[("file", text(file))])
            }
            NoHashes::Lacks { file, name } => localizer.format(
                Msg::ToolCliIntegrityLacks,
                &[("file", text(file)), ("name", text(name))],
            ),
            NoHashes::File { name, problem } => format!("{name}: {}", problem.describe(localizer)),
        }
    }
}

/// The hashes by the rule above: of the files in `dist`, or from the
/// build's record (relative to the current folder).
pub fn hashes(dist: Option<&Path>) -> Result<Hashes, NoHashes> {
    match dist {
        Some(dir) => Ok(Hashes {
            script: of_file(&dir.join(SCRIPT))?,
            stylesheet: of_file(&dir.join(STYLESHEET))?,
        }),
        None => from_record(Path::new(BUILD_RECORD)),
    }
}

/// `sha384-<base64>`, the form of an `integrity` attribute.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", STANDARD.encode(Sha384::digest(bytes)))
}

fn of_file(path: &Path) -> Result<String, NoHashes> {
    files::read(path, MAX_BYTES)
        .map(|bytes| sri(&bytes))
        .map_err(|problem| NoHashes::File {
            name: path.display().to_string(),
            problem,
        })
}

fn from_record(path: &Path) -> Result<Hashes, NoHashes> {
    let name = path.display().to_string();
    let text = match files::read(path, MAX_BYTES).and_then(files::json_text) {
        Ok(text) => text,
        Err(FileProblem::Missing) => return Err(NoHashes::NoRecord(name)),
        Err(problem) => return Err(NoHashes::File { name, problem }),
    };
    let record = parse(&text, std_number).ok();
    let hash = |file: &'static str| match record.as_ref().and_then(|r| r.get(file)) {
        Some(JsonValue::String(hash)) if hash.starts_with("sha") => Ok(hash.to_string()),
        _ => Err(NoHashes::Lacks {
            file: name.clone(),
            name: file,
        }),
    };
    Ok(Hashes {
        script: hash(SCRIPT)?,
        stylesheet: hash(STYLESHEET)?,
    })
}

#[cfg(test)]
mod tests {
    use super::sri;

    #[test]
    fn the_hash_is_the_one_browsers_check() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
