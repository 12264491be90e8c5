//! The document library over a [`Store`]: listing with repair, saving with a check for
//! other writers, rename, duplicate, trash, erase.

use super::index::{index_text, parse_index, IndexEntry};
use super::stamp::Stamp;
use super::store::{utf16_len, Store, StoreError};
use super::{doc_key, DOC_PREFIX, INDEX_BACKUP_KEY, INDEX_KEY, KEY_PREFIX};
use crate::format::{FormatError, KringDocument};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use std::collections::HashMap;

/// A stored document that cannot be read: never written over or dropped, only listed
/// with its reason and offered for download as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct DamagedEntry {
    /// The id part of its key.
    pub id: String,
    /// The storage key, e.g. `kring.doc.g123`.
    pub key: String,
    /// The title the index knew it by, if any.
    pub title: Option<String>,
    /// Size of the stored text in bytes.
    pub size: usize,
    /// Why it cannot be read.
    pub error: FormatError,
    /// Stamp of the stored text, so it is removed only as the user saw it.
    pub stamp: Stamp,
}

/// What the library holds, after repair.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Readable documents (also those in the trash), newest change first.
    pub entries: Vec<IndexEntry>,
    /// Entries that cannot be read.
    pub damaged: Vec<DamagedEntry>,
    /// Whether the index itself was unreadable and rebuilt from the documents.
    pub index_rebuilt: bool,
}

impl Listing {
    /// Documents not in the trash.
    pub fn live(&self) -> impl Iterator<Item = &IndexEntry> {
        self.entries.iter().filter(|e| e.trashed_at.is_none())
    }

    /// Documents in the trash.
    pub fn trashed(&self) -> impl Iterator<Item = &IndexEntry> {
        self.entries.iter().filter(|e| e.trashed_at.is_some())
    }
}

/// Why a document could not be saved. Nothing was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Someone else (another tab) wrote or removed the stored document since this tab
    /// last saw it. `current` is the stamp of what is stored now (`None`: removed).
    Conflict {
        /// Stamp of the stored text now.
        current: Option<Stamp>,
    },
    /// The store refused the write.
    Store(StoreError),
}

/// Why a stored document could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// There is no such document.
    Missing,
    /// It is stored but cannot be read.
    Damaged(FormatError),
}

impl LoadError {
    /// A clear message in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadError::Missing, Lang::Nl) => "Dit document staat niet (meer) in deze browser.".into(),
            (LoadError::Missing, Lang::En) => "This document is not (or no longer) stored in this browser.".into(),
            (LoadError::Damaged(e), _) => e.message(lang),
        }
    }
}

enum IndexState {
    Missing,
    Readable(Vec<IndexEntry>),
    Corrupt(String),
}

/// The library of documents kept in a [`Store`].
///
/// Layout: `kring.doc.<id>` holds a document's own `.kring.json` text, `kring.index`
/// lists them (see [`IndexEntry`]). A save writes the document first and the index
/// second, so a tab that dies in between leaves a document the index does not know
/// yet, which [`Library::reconcile`] adds back.
pub struct Library<S: Store> {
    store: S,
}

impl<S: Store> Library<S> {
    /// A library over `store`.
    pub fn new(store: S) -> Self {
        Library { store }
    }

    /// The underlying store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The underlying store, mutably (tests plant entries through it).
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    fn index_state(&self) -> IndexState {
        match self.store.get(INDEX_KEY) {
            None => IndexState::Missing,
            Some(raw) => match parse_index(&raw) {
                Some(rows) => IndexState::Readable(rows),
                None => IndexState::Corrupt(raw),
            },
        }
    }

    /// Keeps the text of an unreadable index under a backup key. `false` when it could
    /// not be kept, in which case the index must not be overwritten.
    fn back_up_index(&mut self, raw: &str) -> bool {
        let mut key = INDEX_BACKUP_KEY.to_owned();
        let mut n = 1;
        loop {
            match self.store.get(&key) {
                Some(existing) if existing == raw => return true,
                Some(_) => {
                    n += 1;
                    key = format!("{INDEX_BACKUP_KEY}.{n}");
                }
                None => return self.store.set(&key, raw).is_ok(),
            }
        }
    }

    /// The ids of every stored document, sorted.
    pub fn document_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> =
            self.store.keys().into_iter().filter_map(|k| k.strip_prefix(DOC_PREFIX).map(str::to_owned)).collect();
        ids.sort_stable();
        ids
    }

    /// Lists the library and repairs the index: documents missing from it are added
    /// (read from their envelopes), rows without a document are dropped, rows are
    /// refreshed from the documents, and an unreadable index is kept under a backup
    /// key and rebuilt. Unreadable documents are listed as damaged and left alone.
    ///
    /// A row whose stamp equals its document's text is trusted without parsing the
    /// document again. If the repaired index cannot be written (full storage), the
    /// listing is still right and the next call repairs again.
    pub fn reconcile(&mut self) -> Listing {
        let (old_rows, corrupt) = match self.index_state() {
            IndexState::Missing => (None, None),
            IndexState::Readable(rows) => (Some(rows), None),
            IndexState::Corrupt(raw) => (None, Some(raw)),
        };
        let by_id: HashMap<&str, &IndexEntry> = old_rows.iter().flatten().map(|row| (row.id.as_str(), row)).collect();
        let mut entries = Vec::new();
        let mut damaged = Vec::new();
        let mut rows = Vec::new();
        for id in self.document_ids() {
            let key = doc_key(&id);
            let Some(raw) = self.store.get(&key) else { continue };
            let stamp = Stamp::of(&raw);
            let old = by_id.get(id.as_str()).copied();
            if let Some(old) = old.filter(|old| old.stamp == stamp) {
                entries.push(old.clone());
                rows.push(old.clone());
                continue;
            }
            match KringDocument::from_bytes(raw.as_bytes()) {
                Ok(doc) => {
                    let row = IndexEntry {
                        id: id.clone(),
                        title: doc.title,
                        kind: doc.content.kind().to_owned(),
                        modified: doc.modified,
                        size: raw.len(),
                        trashed_at: old.and_then(|o| o.trashed_at),
                        stamp,
                    };
                    entries.push(row.clone());
                    rows.push(row);
                }
                Err(error) => {
                    damaged.push(DamagedEntry {
                        id: id.clone(),
                        key,
                        title: old.map(|o| o.title.clone()),
                        size: raw.len(),
                        error,
                        stamp,
                    });
                    // Keep what the index knew about it (its title), unchanged.
                    if let Some(old) = old {
                        rows.push(old.clone());
                    }
                }
            }
        }
        let index_rebuilt = corrupt.is_some();
        let may_write = match &corrupt {
            Some(raw) => self.back_up_index(raw),
            None => true,
        };
        // An empty store stays empty (after "Alles wissen" nothing reappears).
        let changed = match &old_rows {
            Some(old) => *old != rows,
            None => !rows.is_empty() || corrupt.is_some(),
        };
        if may_write && changed {
            // A refused write leaves the old index; the next reconcile repairs again.
            let _ = self.store.set(INDEX_KEY, &index_text(&rows));
        }
        entries.sort_stable_by(|a, b| b.modified.cmp(&a.modified).then_with(|| a.id.cmp(&b.id)));
        Listing { entries, damaged, index_rebuilt }
    }

    /// Changes the stored index rows with `f`. An unreadable index is repaired first;
    /// if it cannot be repaired (its backup was refused), nothing is written.
    pub(super) fn with_index_rows(&mut self, f: impl FnOnce(&mut Vec<IndexEntry>)) -> Result<(), StoreError> {
        self.with_index(f)
    }

    fn with_index(&mut self, f: impl FnOnce(&mut Vec<IndexEntry>)) -> Result<(), StoreError> {
        let mut rows = match self.index_state() {
            IndexState::Readable(rows) => rows,
            IndexState::Missing => Vec::new(),
            IndexState::Corrupt(_) => {
                self.reconcile();
                match self.index_state() {
                    IndexState::Readable(rows) => rows,
                    _ => return Err(StoreError::Quota),
                }
            }
        };
        f(&mut rows);
        self.store.set(INDEX_KEY, &index_text(&rows))
    }

    /// The exact stored text of a document (also of a damaged one).
    pub fn raw(&self, id: &str) -> Option<String> {
        self.store.get(&doc_key(id))
    }

    /// The stamp of the stored text of a document.
    pub fn stamp(&self, id: &str) -> Option<Stamp> {
        self.raw(id).map(|raw| Stamp::of(&raw))
    }

    /// Reads a stored document and the stamp of its text. Its id is the one in its
    /// key, whatever the envelope says, so saving it writes the same entry.
    pub fn load(&self, id: &str) -> Result<(KringDocument, Stamp), LoadError> {
        let raw = self.raw(id).ok_or(LoadError::Missing)?;
        let mut doc = KringDocument::from_bytes(raw.as_bytes()).map_err(LoadError::Damaged)?;
        doc.id = id.to_owned();
        Ok((doc, Stamp::of(&raw)))
    }

    /// Saves `doc` under its id: the document first, then its index row (keeping a
    /// trash mark). `expected` is the stamp of the stored text this tab last saw (`None`:
    /// it believes there is none); if the store holds something else, nothing is
    /// written and [`SaveError::Conflict`] says so. Returns the new stamp.
    pub fn save(&mut self, doc: &KringDocument, expected: Option<&Stamp>) -> Result<Stamp, SaveError> {
        let key = doc_key(&doc.id);
        let current = self.store.get(&key).map(|raw| Stamp::of(&raw));
        if current.as_ref() != expected {
            return Err(SaveError::Conflict { current });
        }
        let text = doc.to_json();
        let stamp = Stamp::of(&text);
        if current.as_ref() != Some(&stamp) {
            self.store.set(&key, &text).map_err(SaveError::Store)?;
        }
        let row = IndexEntry {
            id: doc.id.clone(),
            title: doc.title.clone(),
            kind: doc.content.kind().to_owned(),
            modified: doc.modified,
            size: text.len(),
            trashed_at: None,
            stamp: stamp.clone(),
        };
        // The document is safely stored; an index that cannot be written now is
        // repaired by the next reconcile, so its error is not the caller's concern.
        let _ = self.with_index(|rows| match rows.iter_mut().find(|r| r.id == row.id) {
            Some(old) => *old = IndexEntry { trashed_at: old.trashed_at, ..row },
            None => rows.push(row),
        });
        Ok(stamp)
    }

    /// Gives a stored document a new title (trimmed), as a change at `now`.
    pub fn rename(&mut self, id: &str, title: &str, now: i64) -> Result<Stamp, LibraryError> {
        let (mut doc, stamp) = self.load(id)?;
        doc.title = title.trim().to_owned();
        doc.modified = now.max(doc.modified);
        Ok(self.save(&doc, Some(&stamp))?)
    }

    /// Stores a copy of a document under `new_id`, its title followed by `suffix`.
    pub fn duplicate(&mut self, id: &str, new_id: &str, suffix: &str, now: i64) -> Result<Stamp, LibraryError> {
        let (mut doc, _) = self.load(id)?;
        doc.id = new_id.to_owned();
        doc.title = format!("{}{suffix}", doc.title);
        doc.created = now;
        doc.modified = now;
        Ok(self.save(&doc, None)?)
    }

    /// Moves a document to the trash (or back with `at: None`).
    pub fn set_trashed(&mut self, id: &str, at: Option<i64>) -> Result<(), StoreError> {
        // Repair first, so a document the index missed can be trashed too.
        self.reconcile();
        self.with_index(|rows| {
            if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                row.trashed_at = at;
            }
        })
    }

    /// Removes a damaged entry for good, with its index row: the user's choice after
    /// being offered its text. Only an entry that is still damaged and still holds the
    /// text the user saw (`expected`) is removed; otherwise nothing changes and
    /// [`SaveError::Conflict`] says what is stored now.
    pub fn remove_damaged(&mut self, id: &str, expected: &Stamp) -> Result<(), SaveError> {
        let key = doc_key(id);
        let raw = self.store.get(&key);
        let current = raw.as_deref().map(Stamp::of);
        let still_damaged = raw.is_some_and(|raw| KringDocument::from_bytes(raw.as_bytes()).is_err());
        if current.as_ref() != Some(expected) || !still_damaged {
            return Err(SaveError::Conflict { current });
        }
        self.store.remove(&key);
        // A row left behind would be dropped by the next reconcile anyway.
        let _ = self.with_index(|rows| rows.retain(|r| r.id != id));
        Ok(())
    }

    /// Removes every document in the trash for good: documents first, then their rows.
    /// Returns how many were removed.
    pub fn empty_trash(&mut self) -> Result<usize, StoreError> {
        let listing = self.reconcile();
        let ids: Vec<String> = listing.trashed().map(|e| e.id.clone()).collect();
        for id in &ids {
            self.store.remove(&doc_key(id));
        }
        self.with_index(|rows| rows.retain(|r| !ids.contains(&r.id)))?;
        Ok(ids.len())
    }

    /// Removes every key this program made (`kring.*`): documents, index, backups and
    /// settings. Returns how many keys were removed.
    pub fn erase_all(&mut self) -> usize {
        let keys: Vec<String> = self.store.keys().into_iter().filter(|k| k.starts_with(KEY_PREFIX)).collect();
        // Documents before the index, like every other change.
        let (docs, rest): (Vec<_>, Vec<_>) = keys.iter().partition(|k| k.starts_with(DOC_PREFIX));
        for key in docs.iter().chain(rest.iter()) {
            self.store.remove(key);
        }
        keys.len()
    }

    /// Storage used by every key of this origin, in UTF-16 code units (what the
    /// browser's ~5 MiB quota counts).
    pub fn used_units(&self) -> usize {
        self.store.keys().iter().map(|k| utf16_len(k) + self.store.get(k).map_or(0, |v| utf16_len(&v))).sum()
    }
}

/// Why a library action on a stored document failed.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// The document could not be read.
    Load(LoadError),
    /// The document could not be written.
    Save(SaveError),
}

impl From<LoadError> for LibraryError {
    fn from(e: LoadError) -> Self {
        LibraryError::Load(e)
    }
}

impl From<SaveError> for LibraryError {
    fn from(e: SaveError) -> Self {
        LibraryError::Save(e)
    }
}
