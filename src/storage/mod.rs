//! The document library kept in the browser's `localStorage`, as plain Rust over a
//! [`Store`] trait so every rule is tested natively.
//!
//! Keys (all start with [`KEY_PREFIX`], so "Alles wissen" can find them):
//! * `kring.doc.<id>`: a document's own `.kring.json` text (see [`crate::format`]);
//! * `kring.index`: the list of documents ([`IndexEntry`]), a cache rebuilt from the
//!   documents whenever it disagrees with them;
//! * `kring.index.backup`: the text of an index that could not be read, kept;
//! * `kring.last`: the id of the document last open, reopened on start;
//! * `kring.backup.*`: when the last backup was made, for the reminder ([`backup`]).
//! * `kring.view.<id>`: how a document is presented (names, order; [`view`]).
//! * `kring.exercise.<id>`: the exercise a student's document belongs to ([`exercise`]).
//!
//! Nothing here ever overwrites or drops an entry it cannot read: such entries are
//! listed as [`DamagedEntry`] and can be downloaded as they are.

pub mod backup;
pub mod browser;
pub mod exercise;
mod index;
mod library;
mod library_file;
mod stamp;
mod store;
pub mod view;

pub use index::{index_text, parse_index, IndexEntry};
pub use library::{DamagedEntry, Library, LibraryError, Listing, LoadError, SaveError};
pub use library_file::{
    library_file, read_import, ConflictChoice, ImportConflict, ImportError, ImportFailure, ImportPlan, ImportReport,
    Newer, LIBRARY_FORMAT, LIBRARY_VERSION,
};
pub use stamp::Stamp;
pub use store::{utf16_len, MemoryStore, Store, StoreError};

/// Every key this program writes starts with this.
pub const KEY_PREFIX: &str = "kring.";
/// The index of documents.
pub const INDEX_KEY: &str = "kring.index";
/// Where the text of an unreadable index is kept (`.2`, `.3`, … when taken).
pub const INDEX_BACKUP_KEY: &str = "kring.index.backup";
/// Prefix of the document entries.
pub const DOC_PREFIX: &str = "kring.doc.";
/// The id of the document last open.
pub const LAST_OPEN_KEY: &str = "kring.last";
/// About how much `localStorage` a browser gives one site, in UTF-16 code units.
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// The storage key of document `id`.
pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

/// A file name for a download: the title with characters that file systems refuse
/// replaced, never empty.
pub fn file_name(title: &str, extension: &str) -> String {
    let cleaned: String = title
        .trim()
        .chars()
        .map(|c| if c.is_control() || "\\/:*?\"<>|".contains(c) { '_' } else { c })
        .take(80)
        .collect();
    let base = if cleaned.trim().is_empty() { "kring".to_owned() } else { cleaned.trim().to_owned() };
    format!("{base}{extension}")
}

#[cfg(test)]
mod tests;
