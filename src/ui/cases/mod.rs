//! The example cases ("Voorbeelden"): a dialog listing the shipped cases
//! ([`crate::cases::CASES`]), opening one as an editable copy in the library, and the
//! teaching notes of a case, shown when it opens and again on request.

mod dialog;
mod notes;

pub use dialog::CasesDialog;
pub use notes::CaseNotesDialog;
