//! Tables to the dataset JSON. (Being written.)

use signatory_core::i18n::Localizer;

/// Something about the sheets' layout or a cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetIssue {
    /// No Signatories sheet or file.
    NoSignatories,
}

impl SheetIssue {
    /// The message, in `localizer`'s language.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let _ = localizer;
        String::new()
    }
}
