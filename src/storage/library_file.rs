//! The library file: several documents in one `.kring.json`, and importing files.
//!
//! ```json
//! { "format": "kring-library", "version": 1, "exported": 1735689600000,
//!   "documents": [ { "format": "kring", "version": 1, … }, … ] }
//! ```
//!
//! Each element of `"documents"` is a document envelope exactly as stored, so a
//! document keeps its own version and goes through the normal reader (and its
//! migration) on import. An import reads the whole file first and writes only when
//! every document in it is good: a bad file changes nothing.

use super::library::Library;
use super::stamp::Stamp;
use super::store::{Store, StoreError};
use crate::format::{FormatError, KringDocument, FORMAT_NAME};
use crate::i18n::Lang;
use serde_json::Value;
use std::collections::HashSet;

/// The `"format"` value of a library file.
pub const LIBRARY_FORMAT: &str = "kring-library";
/// The library file version this program writes and the newest it reads.
pub const LIBRARY_VERSION: u64 = 1;

/// Builds a library file from stored document texts, embedding each text unchanged.
/// Every text must be a readable document (see [`Library::export_all`]).
pub fn library_file(document_texts: &[String], exported_ms: i64) -> String {
    let mut out = format!(
        "{{\n\"format\": \"{LIBRARY_FORMAT}\",\n\"version\": {LIBRARY_VERSION},\n\"exported\": {exported_ms},\n\"documents\": ["
    );
    for (i, text) in document_texts.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(text.trim());
    }
    out.push_str("\n]\n}\n");
    out
}

/// Why a file could not be imported. Nothing was changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// The file as a whole is not a readable Kring or Kring library file.
    File(FormatError),
    /// One document inside a library file is bad (`position` counts from 1).
    Document {
        /// Position of the document in the file, from 1.
        position: usize,
        /// What is wrong with it.
        error: FormatError,
    },
    /// The same document id appears twice in the file.
    DuplicateId(String),
    /// The library file holds no documents.
    Empty,
}

impl ImportError {
    /// A clear message in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::File(e), _) => e.message(lang),
            (ImportError::Document { position, error }, Lang::Nl) => {
                format!("Document {position} in dit bestand: {} Er is niets geïmporteerd.", error.message(lang))
            }
            (ImportError::Document { position, error }, Lang::En) => {
                format!("Document {position} in this file: {} Nothing was imported.", error.message(lang))
            }
            (ImportError::DuplicateId(_), Lang::Nl) => {
                "Dit bestand bevat hetzelfde document twee keer; het is beschadigd. Er is niets geïmporteerd.".into()
            }
            (ImportError::DuplicateId(_), Lang::En) => {
                "This file contains the same document twice; it is damaged. Nothing was imported.".into()
            }
            (ImportError::Empty, Lang::Nl) => "Dit bibliotheekbestand bevat geen documenten.".into(),
            (ImportError::Empty, Lang::En) => "This library file contains no documents.".into(),
        }
    }
}

/// Reads an import file: one document (`"format": "kring"`) or a library file. Every
/// document is fully checked; the first problem refuses the whole file.
pub fn read_import(input: &[u8]) -> Result<Vec<KringDocument>, ImportError> {
    let value = crate::format::parse_json(input).map_err(ImportError::File)?;
    let format = value.get("format").and_then(Value::as_str).map(str::to_owned);
    let docs = match format.as_deref() {
        Some(FORMAT_NAME) => vec![KringDocument::from_value(value).map_err(ImportError::File)?],
        Some(LIBRARY_FORMAT) => {
            let version =
                value.get("version").and_then(Value::as_u64).ok_or(ImportError::File(FormatError::BadVersion))?;
            if version > LIBRARY_VERSION {
                return Err(ImportError::File(FormatError::TooNew { found: version, supported: LIBRARY_VERSION }));
            }
            let Some(Value::Array(items)) = value.get("documents") else {
                return Err(ImportError::File(FormatError::Malformed { detail: "\"documents\" is not a list".into() }));
            };
            let mut docs = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let doc = KringDocument::from_value(item.clone())
                    .map_err(|error| ImportError::Document { position: i + 1, error })?;
                docs.push(doc);
            }
            if docs.is_empty() {
                return Err(ImportError::Empty);
            }
            docs
        }
        _ => return Err(ImportError::File(FormatError::NotKring { found: format })),
    };
    let mut seen = HashSet::new();
    for doc in &docs {
        if !seen.insert(doc.id.as_str()) {
            return Err(ImportError::DuplicateId(doc.id.clone()));
        }
    }
    Ok(docs)
}

/// A document in an import whose id is already in the library.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportConflict {
    /// The shared id.
    pub id: String,
    /// Title of the document in the file.
    pub incoming_title: String,
    /// Whether the stored one is damaged: it may then only be kept, never replaced.
    pub existing_damaged: bool,
    /// Last change (unix ms) of the document in the file.
    pub incoming_modified: i64,
    /// Last change of the stored one (`None` when it is damaged).
    pub stored_modified: Option<i64>,
}

/// Which of two versions of a document changed last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newer {
    /// The one in the import file.
    Incoming,
    /// The one stored in this browser.
    Stored,
    /// Both say the same time (or the stored one cannot be read).
    Same,
}

impl ImportConflict {
    /// Which version is newer, so the question can say so before "Vervangen".
    pub fn newer(&self) -> Newer {
        match self.stored_modified {
            Some(stored) if stored > self.incoming_modified => Newer::Stored,
            Some(stored) if stored < self.incoming_modified => Newer::Incoming,
            _ => Newer::Same,
        }
    }
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The ids written, in file order.
    pub written: Vec<String>,
    /// For each replaced document: its id and the id of its previous version, kept in
    /// the trash (restorable).
    pub replaced: Vec<(String, String)>,
}

/// Why an import failed, and what could not be put back as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFailure {
    /// The refused write.
    pub error: StoreError,
    /// Replaced documents whose previous version could not be written back: id, title
    /// and the id under which that version is still kept in the trash.
    pub not_restored: Vec<(String, String, String)>,
}

/// A read import, with the documents that would meet an existing one.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// Every document in the file, in file order.
    pub documents: Vec<KringDocument>,
    /// The documents whose id is already stored.
    pub conflicts: Vec<ImportConflict>,
}

/// What to do with documents whose id is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Import them as copies under new ids; the stored ones stay.
    Copy,
    /// Replace the stored ones (damaged ones are never replaced: they get a copy).
    Replace,
}

impl<S: Store> Library<S> {
    /// The stored texts of every readable document not in the trash, as a library file.
    pub fn export_all(&mut self, exported_ms: i64) -> String {
        let listing = self.reconcile();
        let texts: Vec<String> = listing.live().filter_map(|e| self.raw(&e.id)).collect();
        library_file(&texts, exported_ms)
    }

    /// Reads an import file and finds which of its documents meet stored ones.
    pub fn plan_import(&self, input: &[u8]) -> Result<ImportPlan, ImportError> {
        let documents = read_import(input)?;
        let conflicts = documents
            .iter()
            .filter_map(|doc| {
                let raw = self.raw(&doc.id)?;
                let stored = KringDocument::from_bytes(raw.as_bytes()).ok();
                Some(ImportConflict {
                    id: doc.id.clone(),
                    incoming_title: doc.title.clone(),
                    existing_damaged: stored.is_none(),
                    incoming_modified: doc.modified,
                    stored_modified: stored.map(|s| s.modified),
                })
            })
            .collect();
        Ok(ImportPlan { documents, conflicts })
    }

    /// Writes an import. Conflicting documents are copied (new id from `new_id`, title
    /// followed by `copy_suffix`) or replace the stored one, as `choice` says; a
    /// replaced document's previous text is first kept, byte for byte, in the trash
    /// under a new id (trashed at `now`), so "Vervangen" can be undone from the trash.
    ///
    /// If the store refuses a write, everything this import wrote is undone: new
    /// documents are removed and replaced ones get their previous text back (and their
    /// trash copy goes). A previous text that cannot be written back stays in the trash
    /// and is named in [`ImportFailure::not_restored`].
    pub fn apply_import(
        &mut self,
        plan: ImportPlan,
        choice: ConflictChoice,
        mut new_id: impl FnMut() -> String,
        copy_suffix: &str,
        now: i64,
    ) -> Result<ImportReport, ImportFailure> {
        let mut fresh_id = |lib: &Self| loop {
            let id = new_id();
            if lib.raw(&id).is_none() {
                break id;
            }
        };
        // (id, previous text, trash copy id) of every document written.
        let mut written: Vec<(String, Option<String>, Option<String>)> = Vec::new();
        let mut result = Ok(());
        for mut doc in plan.documents {
            let conflict = plan.conflicts.iter().find(|c| c.id == doc.id);
            let mut kept = None;
            let expected: Option<Stamp> = match conflict {
                Some(c) if choice == ConflictChoice::Replace && !c.existing_damaged => {
                    let trash_id = fresh_id(self);
                    if let Err(e) = self.keep_in_trash(&doc.id, &trash_id, now) {
                        result = Err(e);
                        break;
                    }
                    kept = Some(trash_id);
                    self.stamp(&doc.id)
                }
                Some(_) => {
                    doc.id = fresh_id(self);
                    doc.title = format!("{}{copy_suffix}", doc.title);
                    None
                }
                None => None,
            };
            let before = self.raw(&doc.id);
            match self.save(&doc, expected.as_ref()) {
                Ok(_) => written.push((doc.id.clone(), before, kept)),
                Err(e) => {
                    if let Some(trash_id) = kept {
                        self.store_mut().remove(&super::doc_key(&trash_id));
                    }
                    result = Err(match e {
                        super::SaveError::Store(e) => e,
                        // Only possible if another tab wrote meanwhile: treat as refused.
                        super::SaveError::Conflict { .. } => StoreError::Unavailable("changed during import".into()),
                    });
                    break;
                }
            }
            // An import brings a document back from the trash.
            let _ = self.set_trashed_quiet(&doc.id);
        }
        if let Err(error) = result {
            let mut not_restored = Vec::new();
            // New documents first: removing them makes room to write the old texts back.
            for (id, before, _) in &written {
                if before.is_none() {
                    self.store_mut().remove(&super::doc_key(id));
                }
            }
            for (id, before, kept) in written.iter().rev() {
                let Some(text) = before else { continue };
                match self.store_mut().set(&super::doc_key(id), text) {
                    Ok(()) => {
                        if let Some(trash_id) = kept {
                            self.store_mut().remove(&super::doc_key(trash_id));
                        }
                    }
                    Err(_) => {
                        let title = KringDocument::from_bytes(text.as_bytes()).map(|d| d.title).unwrap_or_default();
                        not_restored.push((id.clone(), title, kept.clone().unwrap_or_default()));
                    }
                }
            }
            // Trash copies made before the failing write, not yet in `written`, went above.
            self.reconcile();
            return Err(ImportFailure { error, not_restored });
        }
        let replaced = written.iter().filter_map(|(id, _, kept)| Some((id.clone(), kept.clone()?))).collect();
        Ok(ImportReport { written: written.into_iter().map(|(id, _, _)| id).collect(), replaced })
    }

    /// Copies the stored text of `id`, unchanged, to `trash_id` and lists it in the trash.
    fn keep_in_trash(&mut self, id: &str, trash_id: &str, now: i64) -> Result<(), StoreError> {
        let Some(text) = self.raw(id) else { return Ok(()) };
        self.store_mut().set(&super::doc_key(trash_id), &text)?;
        let doc = KringDocument::from_bytes(text.as_bytes());
        let row = super::IndexEntry {
            id: trash_id.to_owned(),
            title: doc.as_ref().map(|d| d.title.clone()).unwrap_or_default(),
            kind: doc.as_ref().map(|d| d.content.kind().to_owned()).unwrap_or_default(),
            modified: doc.as_ref().map_or(now, |d| d.modified),
            size: text.len(),
            trashed_at: Some(now),
            stamp: Stamp::of(&text),
        };
        if let Err(e) = self.with_index_rows(|rows| rows.push(row)) {
            // Without its trash mark the copy would show up as a live document.
            self.store_mut().remove(&super::doc_key(trash_id));
            return Err(e);
        }
        Ok(())
    }

    fn set_trashed_quiet(&mut self, id: &str) -> Result<(), StoreError> {
        let is_trashed = super::index::parse_index(&self.store().get(super::INDEX_KEY).unwrap_or_default())
            .is_some_and(|rows| rows.iter().any(|r| r.id == id && r.trashed_at.is_some()));
        if is_trashed {
            self.set_trashed(id, None)?;
        }
        Ok(())
    }
}
