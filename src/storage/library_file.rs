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
                Some(ImportConflict {
                    id: doc.id.clone(),
                    incoming_title: doc.title.clone(),
                    existing_damaged: KringDocument::from_bytes(raw.as_bytes()).is_err(),
                })
            })
            .collect();
        Ok(ImportPlan { documents, conflicts })
    }

    /// Writes an import. Conflicting documents are copied (new id from `new_id`, title
    /// followed by `copy_suffix`) or replace the stored one, as `choice` says. If the
    /// store refuses a write, everything this import wrote is undone. Returns the ids
    /// written, in file order.
    pub fn apply_import(
        &mut self,
        plan: ImportPlan,
        choice: ConflictChoice,
        mut new_id: impl FnMut() -> String,
        copy_suffix: &str,
    ) -> Result<Vec<String>, StoreError> {
        let mut written: Vec<(String, Option<String>)> = Vec::new();
        let mut result = Ok(());
        for mut doc in plan.documents {
            let conflict = plan.conflicts.iter().find(|c| c.id == doc.id);
            let expected: Option<Stamp> = match conflict {
                Some(c) if choice == ConflictChoice::Replace && !c.existing_damaged => self.stamp(&doc.id),
                Some(_) => {
                    doc.id = loop {
                        let id = new_id();
                        if self.raw(&id).is_none() {
                            break id;
                        }
                    };
                    doc.title = format!("{}{copy_suffix}", doc.title);
                    None
                }
                None => None,
            };
            let before = self.raw(&doc.id);
            match self.save(&doc, expected.as_ref()) {
                Ok(_) => written.push((doc.id.clone(), before)),
                Err(super::SaveError::Store(e)) => {
                    result = Err(e);
                    break;
                }
                Err(super::SaveError::Conflict { .. }) => {
                    // Only possible if another tab wrote meanwhile: treat as refused.
                    result = Err(StoreError::Unavailable("changed during import".into()));
                    break;
                }
            }
            // An import brings a document back from the trash.
            let _ = self.set_trashed_quiet(&doc.id);
        }
        if let Err(e) = result {
            for (id, before) in written.iter().rev() {
                match before {
                    Some(text) => {
                        let _ = self.store_mut().set(&super::doc_key(id), text);
                    }
                    None => self.store_mut().remove(&super::doc_key(id)),
                }
            }
            self.reconcile();
            return Err(e);
        }
        Ok(written.into_iter().map(|(id, _)| id).collect())
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
