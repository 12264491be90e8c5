//! The open document and the edits a user makes to it, as plain Rust.
//!
//! [`Editor`] owns the document's envelope fields and the undo history of its drawing,
//! a genogram or a netwerkkaart; [`actions`] turns what a user asks for ("add a partner
//! to this person") into one undoable command. The UI only calls these; no domain rule
//! lives in an event handler.

pub mod actions;
pub mod arrange;
pub mod describe;
pub mod drawing;
pub mod household_actions;
pub mod labels;
pub mod linked;
pub mod network_actions;
pub mod person_edits;
pub mod sector_actions;
pub mod tie_edits;

use crate::format::{DocumentContent, KringDocument};
use crate::model::{Command, Genogram, History, ModelError};
use crate::network::{self, NetworkError, Netwerkkaart};

/// The drawing being edited, with its own undo history.
#[derive(Clone, Debug)]
enum Drawing {
    Genogram(History<Genogram>),
    Netwerkkaart(History<Netwerkkaart>),
}

/// An open document with its undo history.
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
    drawing: Drawing,
    /// Bumped on every change, so savers and views can tell "changed since".
    revision: u64,
}

impl Editor {
    /// Opens a document. Every kind this version writes can be opened; the `Err` arm is
    /// for kinds a later version may add.
    // The document comes back whole on refusal, so the caller can keep it; opening is
    // rare, the size of the `Err` does not matter.
    #[allow(clippy::result_large_err)]
    pub fn open(doc: KringDocument) -> Result<Editor, KringDocument> {
        let drawing = match doc.content {
            DocumentContent::Genogram(g) => Drawing::Genogram(History::new(g)),
            DocumentContent::Netwerkkaart(n) => Drawing::Netwerkkaart(History::new(n)),
        };
        Ok(Editor { id: doc.id, title: doc.title, created: doc.created, modified: doc.modified, drawing, revision: 0 })
    }

    /// A new genogram holding only the index person (de cliënt), whose gender and name
    /// the user fills in first. Adding the cliënt is the first undo step, so undoing
    /// everything leaves an empty sheet, as users expect of "undo all".
    pub fn new_genogram(id: &str, title: &str, now_ms: i64) -> Editor {
        let mut h = History::new(Genogram::new());
        let (cmd, _) = actions::add_index_person(h.document());
        // A fresh genogram accepts its first person: no rule can refuse it.
        h.apply(cmd).expect("an empty genogram accepts its index person");
        Editor::new(id, title, now_ms, Drawing::Genogram(h))
    }

    /// A new netwerkkaart: a centre person and the four standard sectors, no actors yet.
    pub fn new_netwerkkaart(id: &str, title: &str, centre_name: &str, now_ms: i64) -> Editor {
        let centre = network::Centre { name: centre_name.to_owned(), ..network::Centre::default() };
        Editor::new(id, title, now_ms, Drawing::Netwerkkaart(History::new(Netwerkkaart::new(centre))))
    }

    fn new(id: &str, title: &str, now_ms: i64, drawing: Drawing) -> Editor {
        Editor { id: id.to_owned(), title: title.to_owned(), created: now_ms, modified: now_ms, drawing, revision: 0 }
    }

    /// The genogram, when this is one.
    pub fn genogram(&self) -> Option<&Genogram> {
        match &self.drawing {
            Drawing::Genogram(h) => Some(h.document()),
            Drawing::Netwerkkaart(_) => None,
        }
    }

    /// The netwerkkaart, when this is one.
    pub fn netwerkkaart(&self) -> Option<&Netwerkkaart> {
        match &self.drawing {
            Drawing::Netwerkkaart(h) => Some(h.document()),
            Drawing::Genogram(_) => None,
        }
    }

    /// Changes since the editor was opened; never goes down, also not on undo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies one genogram edit as one undo step, stamping `now_ms` as the modification
    /// time. A refused edit changes nothing and returns the model's reason; on a
    /// netwerkkaart nothing happens.
    pub fn apply(&mut self, cmd: Command, now_ms: i64) -> Result<(), ModelError> {
        if let Drawing::Genogram(h) = &mut self.drawing {
            h.apply(cmd)?;
            self.touch(now_ms);
        }
        Ok(())
    }

    /// Applies one netwerkkaart edit as one undo step; on a genogram nothing happens.
    pub fn apply_network(&mut self, cmd: network::Command, now_ms: i64) -> Result<(), NetworkError> {
        if let Drawing::Netwerkkaart(h) = &mut self.drawing {
            h.apply(cmd)?;
            self.touch(now_ms);
        }
        Ok(())
    }

    /// Undoes the last step; `false` when there was nothing to undo.
    pub fn undo(&mut self, now_ms: i64) -> bool {
        let done = match &mut self.drawing {
            Drawing::Genogram(h) => h.undo().unwrap_or(false),
            Drawing::Netwerkkaart(h) => h.undo().unwrap_or(false),
        };
        if done {
            self.touch(now_ms);
        }
        done
    }

    /// Redoes the last undone step; `false` when there was nothing to redo.
    pub fn redo(&mut self, now_ms: i64) -> bool {
        let done = match &mut self.drawing {
            Drawing::Genogram(h) => h.redo().unwrap_or(false),
            Drawing::Netwerkkaart(h) => h.redo().unwrap_or(false),
        };
        if done {
            self.touch(now_ms);
        }
        done
    }

    /// Starts a gesture (a drag): every edit until [`Editor::commit_gesture`] becomes
    /// one undo step, and [`Editor::abort_gesture`] takes them all back. Edits are
    /// applied (and drawn) at once, so the family follows the pointer.
    pub fn begin_gesture(&mut self) {
        match &mut self.drawing {
            Drawing::Genogram(h) => h.begin(),
            Drawing::Netwerkkaart(h) => h.begin(),
        }
    }

    /// Ends the gesture, keeping its edits as one undo step.
    pub fn commit_gesture(&mut self) {
        match &mut self.drawing {
            Drawing::Genogram(h) => h.commit(),
            Drawing::Netwerkkaart(h) => h.commit(),
        }
    }

    /// Ends the gesture, rolling back its edits (Escape, or the pointer was lost).
    pub fn abort_gesture(&mut self, now_ms: i64) {
        match &mut self.drawing {
            Drawing::Genogram(h) => h.abort(),
            Drawing::Netwerkkaart(h) => h.abort(),
        }
        self.touch(now_ms);
    }

    /// Whether a gesture is under way.
    pub fn in_gesture(&self) -> bool {
        match &self.drawing {
            Drawing::Genogram(h) => h.in_transaction(),
            Drawing::Netwerkkaart(h) => h.in_transaction(),
        }
    }

    /// Whether [`Editor::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        match &self.drawing {
            Drawing::Genogram(h) => h.can_undo(),
            Drawing::Netwerkkaart(h) => h.can_undo(),
        }
    }

    /// Whether [`Editor::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        match &self.drawing {
            Drawing::Genogram(h) => h.can_redo(),
            Drawing::Netwerkkaart(h) => h.can_redo(),
        }
    }

    /// Renames the document (not an undoable edit of the drawing).
    pub fn rename(&mut self, title: &str, now_ms: i64) {
        self.title = title.trim().to_owned();
        self.touch(now_ms);
    }

    /// The document as it would be saved now.
    pub fn to_document(&self) -> KringDocument {
        let content = match &self.drawing {
            Drawing::Genogram(h) => DocumentContent::Genogram(h.document().clone()),
            Drawing::Netwerkkaart(h) => DocumentContent::Netwerkkaart(h.document().clone()),
        };
        KringDocument { id: self.id.clone(), title: self.title.clone(), created: self.created, modified: self.modified, content }
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
        let g = ed.genogram().unwrap();
        assert_eq!(g.person_count(), 1);
        let ip = g.index_person().expect("index person");
        assert_eq!(g.person(ip).unwrap().gender, Gender::Unknown);
        let mut ed = ed;
        assert!(ed.undo(6), "the starting person is the first undo step");
        assert_eq!(ed.genogram().unwrap().person_count(), 0);
        assert!(ed.redo(7));
        assert!(ed.netwerkkaart().is_none());
    }

    #[test]
    fn apply_undo_redo_bump_revision_and_modified() {
        let mut ed = Editor::new_genogram("d1", "Casus", 5);
        let ip = ed.genogram().unwrap().index_person().unwrap();
        let (cmd, _) = actions::add_partner(ed.genogram().unwrap(), ip).unwrap();
        ed.apply(cmd, 10).unwrap();
        assert_eq!((ed.revision(), ed.modified), (1, 10));
        assert_eq!(ed.genogram().unwrap().person_count(), 2);
        assert!(ed.undo(20));
        assert_eq!(ed.genogram().unwrap().person_count(), 1);
        assert!(ed.redo(30));
        assert_eq!(ed.genogram().unwrap().person_count(), 2);
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

    #[test]
    fn netwerkkaart_edits_undo_and_save() {
        let mut ed = Editor::new_netwerkkaart("n1", "Netwerk", "Noah", 5);
        let map = ed.netwerkkaart().unwrap();
        assert_eq!(map.centre.name, "Noah");
        assert_eq!(map.sectors().count(), 4, "a new map has the standard sectors");
        let sector = map.sectors().next().unwrap().0;
        let (cmd, _) = network_actions::add_actor(map, sector, "Oma");
        ed.apply_network(cmd, 9).unwrap();
        assert_eq!(ed.netwerkkaart().unwrap().actor_count(), 1);
        // A genogram command does nothing to a netwerkkaart.
        assert!(ed.apply(crate::model::Command::Batch(vec![]), 10).is_ok());
        assert_eq!(ed.revision(), 1);
        let doc = ed.to_document();
        assert_eq!(doc.content.kind(), "netwerkkaart");
        assert!(ed.undo(11));
        assert_eq!(ed.netwerkkaart().unwrap().actor_count(), 0);
        assert!(Editor::open(doc).unwrap().netwerkkaart().is_some());
    }
}
