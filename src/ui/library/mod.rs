//! The document library dialog ("Openen"): the documents kept in this browser, their
//! trash, damaged entries, import and export; and the notice shown when autosave
//! cannot write.

mod crypt;
pub mod dialog;
mod files;
mod notice;
mod rows;
pub mod text;

pub use dialog::LibraryDialog;
pub use notice::SaveNotice;
pub use text::local_time_now;
