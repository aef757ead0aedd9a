//! `signatory-map`: check a dataset or a spreadsheet, convert a spreadsheet
//! to the dataset JSON. See `signatory-map --help` and the README.

fn main() {}
