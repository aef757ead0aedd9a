//! How long reading takes on real files, and what comes out:
//! `cargo run --release -p signatory-sheets --example read_timing -- FILE…`
//! prints each table's sheet, rows and the time, or the read issue in
//! English. For measuring large workbooks written by Excel or LibreOffice,
//! which are too big to commit.

use std::rc::Rc;
use std::time::Instant;

use signatory_core::i18n::{Catalog, Localizer};
use signatory_native_locale::NativeRules;
use signatory_sheets::read::read_file;

fn main() {
    let localizer = Localizer::new(Rc::new(Catalog::bundled()), Rc::new(NativeRules), "en");
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                println!("{path}: {error}");
                continue;
            }
        };
        let start = Instant::now();
        let result = read_file(&path, &bytes);
        let elapsed = start.elapsed();
        match result {
            Ok(tables) => {
                for table in tables {
                    let sheet = table.sheet.as_deref().unwrap_or("-");
                    let rows = table.rows.len();
                    println!("{path} [{sheet}]: {rows} rows");
                }
                println!("{path}: {} KB read in {elapsed:.1?}", bytes.len() / 1024);
            }
            Err(issue) => println!("{path}: {} ({elapsed:.1?})", issue.describe(&localizer)),
        }
    }
}
