//! Writing `-o FILE` so that it is never seen half-written, and an existing
//! file is either wholly replaced or left as it was: the text goes to a new
//! file beside it, is flushed to disk, then renamed over it (a rename
//! within one folder is atomic).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replaces (or creates) `path` with `contents`, all at once.
pub fn atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the name is a folder's"))?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut attempt = 0;
    let (temporary, mut file) = loop {
        let temporary = folder.join(format!(
            ".{}.{}-{attempt}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        // `create_new`: never write into a file someone else has there.
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => break (temporary, file),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(error) => return Err(error),
        }
    };
    let written = file
        .write_all(contents)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&temporary, path)
        });
    if written.is_err() {
        remove_quietly(&temporary);
    }
    written
}

fn remove_quietly(path: &PathBuf) {
    // Already failing: the first error is the one to report.
    let _ = fs::remove_file(path);
}

#[cfg(test)]
mod tests {
    use super::atomically;
    use std::fs;

    fn folder(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("signatory-map-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp folder");
        dir
    }

    fn entries(dir: &std::path::Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read folder")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_a_file_and_leaves_nothing_else() {
        let dir = folder("replace");
        let target = dir.join("pledge.json");
        fs::write(&target, "old").expect("old file");
        atomically(&target, b"new").expect("written");
        assert_eq!(fs::read_to_string(&target).expect("read"), "new");
        assert_eq!(entries(&dir), ["pledge.json"]);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_write_leaves_the_folder_as_it_was() {
        let dir = folder("fail");
        let blocked = dir.join("pledge.json");
        // A folder where the file should go: the rename fails.
        fs::create_dir(&blocked).expect("folder in the way");
        assert!(atomically(&blocked, b"new").is_err());
        assert_eq!(entries(&dir), ["pledge.json"]);
        assert!(blocked.is_dir());
        let _ = fs::remove_dir_all(&dir);
    }
}
