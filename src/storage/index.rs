//! The index entry `kring.index`: one row per document, so the library lists without
//! reading every document. It is a cache of the documents: [`super::Library::reconcile`]
//! rebuilds it from them, so losing or damaging it loses nothing but trash marks.

use super::stamp::Stamp;
use serde::{Deserialize, Serialize};

/// The `"format"` value of the index.
pub const INDEX_FORMAT: &str = "kring-index";
/// The index version this program writes and reads.
pub const INDEX_VERSION: u64 = 1;

/// One document as the library lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// The document id (the part of the storage key after `kring.doc.`).
    pub id: String,
    /// The title from the document's envelope.
    pub title: String,
    /// `"genogram"` or `"netwerkkaart"`.
    pub kind: String,
    /// Last change (unix ms) from the envelope.
    pub modified: i64,
    /// Size of the stored text in bytes (UTF-8), about the size of an exported file.
    pub size: usize,
    /// When it was moved to the trash (unix ms); `None` when it is not in the trash.
    #[serde(default)]
    pub trashed_at: Option<i64>,
    /// Stamp of the stored text the row was made from.
    pub stamp: Stamp,
}

#[derive(Serialize, Deserialize)]
struct IndexFile {
    format: String,
    version: u64,
    entries: Vec<IndexEntry>,
}

/// Reads the index text; `None` when it is not an index this program can read.
pub fn parse_index(text: &str) -> Option<Vec<IndexEntry>> {
    let file: IndexFile = serde_json::from_str(text).ok()?;
    (file.format == INDEX_FORMAT && file.version == INDEX_VERSION).then_some(file.entries)
}

/// The index text for `entries`.
pub fn index_text(entries: &[IndexEntry]) -> String {
    let file = IndexFile { format: INDEX_FORMAT.into(), version: INDEX_VERSION, entries: entries.to_vec() };
    // Plain data with string keys always serialises.
    serde_json::to_string(&file).unwrap_or_default()
}
