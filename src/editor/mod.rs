//! The open document and the edits a user makes to it, as plain Rust.
//!
//! [`Editor`] owns the document's envelope fields and its [`History`]; [`actions`] turns
//! what a user asks for ("add a partner to this person") into one undoable
//! [`Command`]. The UI only calls these; no domain rule lives in an event handler.

pub mod actions;
pub mod drawing;
pub mod labels;

use crate::format::{DocumentContent, KringDocument};
use crate::model::{Command, Genogram, History, ModelError};

/// An open genogram with its undo history.
#[derive(Clone, Debug)]
pub struct Editor {
    /// Document id in the library.
    pub id: String,
    /// Title shown in the header and used for export file names.
    pub title: String,
    /// When the document was made (unix ms).
    pub created: i64,
    /// When it last changed (unix ms).
    pub modified: i64,
    history: History<Genogram>,
    /// Bumped on every change, so savers and views can tell "changed since".
    revision: u64,
}

impl Editor {
    /// Opens a document. Netwerkkaart documents are not genograms and come back as `Err`.
    pub fn open(doc: KringDocument) -> Result<Editor, KringDocument> {
        match doc.content {
            DocumentContent::Genogram(g) => Ok(Editor {
                id: doc.id,
                title: doc.title,
                created: doc.created,
                modified: doc.modified,
                history: History::new(g),
                revision: 0,
            }),
            #[allow(unreachable_patterns)]
            _ => Err(doc),
        }
    }

    /// A new genogram holding only the index person (de cliënt), whose gender and name
    /// the user fills in first.
    pub fn new_genogram(id: &str, title: &str, now_ms: i64) -> Editor {
        let mut g = Genogram::new();
        let (cmd, _) = actions::add_index_person(&g);
        // A fresh genogram accepts its first person: no rule can refuse it.
        g.apply(cmd).expect("an empty genogram accepts its index person");
        Editor {
            id: id.to_owned(),
            title: title.to_owned(),
            created: now_ms,
            modified: now_ms,
            history: History::new(g),
            revision: 0,
        }
    }

    /// The genogram as it is now.
    pub fn genogram(&self) -> &Genogram {
        self.history.document()
    }

    /// Changes since the editor was opened; never goes down, also not on undo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies one edit as one undo step, stamping `now_ms` as the modification time.
    /// A refused edit changes nothing and returns the model's reason.
    pub fn apply(&mut self, cmd: Command, now_ms: i64) -> Result<(), ModelError> {
        self.history.apply(cmd)?;
        self.touch(now_ms);
        Ok(())
    }

    /// Undoes the last step; `false` when there was nothing to undo.
    pub fn undo(&mut self, now_ms: i64) -> bool {
        let done = self.history.undo().unwrap_or(false);
        if done {
            self.touch(now_ms);
        }
        done
    }

    /// Redoes the last undone step; `false` when there was nothing to redo.
    pub fn redo(&mut self, now_ms: i64) -> bool {
        let done = self.history.redo().unwrap_or(false);
        if done {
            self.touch(now_ms);
        }
        done
    }

    /// Whether [`Editor::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether [`Editor::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Renames the document (not an undoable edit of the drawing).
    pub fn rename(&mut self, title: &str, now_ms: i64) {
        self.title = title.trim().to_owned();
        self.touch(now_ms);
    }

    /// The document as it would be saved now.
    pub fn to_document(&self) -> KringDocument {
        KringDocument {
            id: self.id.clone(),
            title: self.title.clone(),
            created: self.created,
            modified: self.modified,
            content: DocumentContent::Genogram(self.genogram().clone()),
        }
    }

    fn touch(&mut self, now_ms: i64) {
        self.modified = now_ms.max(self.modified);
        self.revision += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Gender;

    #[test]
    fn new_genogram_has_one_index_person() {
        let ed = Editor::new_genogram("d1", "Casus", 5);
        let g = ed.genogram();
        assert_eq!(g.person_count(), 1);
        let ip = g.index_person().expect("index person");
        assert_eq!(g.person(ip).unwrap().gender, Gender::Unknown);
        assert!(!ed.can_undo(), "the starting person is not an undo step");
    }

    #[test]
    fn apply_undo_redo_bump_revision_and_modified() {
        let mut ed = Editor::new_genogram("d1", "Casus", 5);
        let ip = ed.genogram().index_person().unwrap();
        let (cmd, _) = actions::add_partner(ed.genogram(), ip).unwrap();
        ed.apply(cmd, 10).unwrap();
        assert_eq!((ed.revision(), ed.modified), (1, 10));
        assert_eq!(ed.genogram().person_count(), 2);
        assert!(ed.undo(20));
        assert_eq!(ed.genogram().person_count(), 1);
        assert!(ed.redo(30));
        assert_eq!(ed.genogram().person_count(), 2);
        assert_eq!((ed.revision(), ed.modified), (3, 30));
        assert!(!ed.redo(40));
        assert_eq!(ed.revision(), 3);
    }

    #[test]
    fn document_round_trips_through_the_editor() {
        let mut ed = Editor::new_genogram("d1", "Casus", 5);
        ed.rename("  Familie De Vries ", 6);
        let doc = ed.to_document();
        assert_eq!(doc.title, "Familie De Vries");
        let again = Editor::open(KringDocument::from_json(&doc.to_json()).unwrap()).unwrap();
        assert_eq!(again.genogram(), ed.genogram());
        assert_eq!(again.title, "Familie De Vries");
    }
}
