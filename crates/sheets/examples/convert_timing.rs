//! Where a conversion's time goes, phase by phase, on real files:
//! `cargo run --release -p signatory-sheets --example convert_timing -- FILE…`
//! (the files of one dataset) prints the time to read them, to decode the
//! gazetteer, to convert and to write the JSON. For the figures the README
//! and closing notes give ("20,000 rows in … ms").

use std::time::Instant;

use signatory_sheets::convert::{convert_tables, Progress};
use signatory_sheets::gazetteer::Gazetteer;
use signatory_sheets::read::read_file;

fn main() {
    let mut tables = Vec::new();
    let start = Instant::now();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path).map(|bytes| read_file(&path, &bytes)) {
            Ok(Ok(mut read)) => tables.append(&mut read),
            Ok(Err(issue)) => return println!("{path}: {issue:?}"),
            Err(error) => return println!("{path}: {error}"),
        }
    }
    let read = start.elapsed();
    let start = Instant::now();
    let gazetteer = Gazetteer::embedded();
    // Decoded on first use: force it here so "convert" does not include it.
    let places = gazetteer.len();
    let decoded = start.elapsed();
    let start = Instant::now();
    let conversion = convert_tables(&tables, gazetteer, &mut |_: Progress| {});
    let converted = start.elapsed();
    let start = Instant::now();
    let bytes = conversion
        .dataset
        .as_ref()
        .map_or(0, |dataset| dataset.pretty().len());
    let written = start.elapsed();
    println!(
        "read {read:.1?}, gazetteer {decoded:.1?} ({places} places), convert {converted:.1?}, write {written:.1?}: \
         {} signatories, {} findings, {bytes} bytes",
        conversion.signatories,
        conversion.findings.len(),
    );
}
