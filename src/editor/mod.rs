//! The open document: its envelope fields, its drawing (a genogram or a netwerkkaart)
//! and one undo history over it, plus [`drawing`], the pipeline from the document to
//! what is drawn.
//!
//! Every edit reaches the document as one [`EditCommand`] through [`Editor::apply`]. A
//! command of the other kind of drawing is refused with [`EditError::WrongKind`] and
//! changes nothing, so a mix-up shows instead of passing silently. The planned edits
//! themselves live with each drawing ([`crate::genogram::edit`],
//! [`crate::netwerkkaart::edit`]); the UI only calls them.

pub mod compare;
pub mod drawing;
pub mod export;
#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod fuzz_tests;
pub mod map_versions;
pub mod quick_entry;

use crate::format::{DocumentContent, KringDocument};
use crate::genogram::model::{Command, Genogram, ModelError};
use crate::i18n::Lang;
use crate::kernel::{Document, History};
use crate::netwerkkaart::{self, Netwerkkaart, NetwerkkaartError};

/// One edit of an open document, of either kind of drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum EditCommand {
    /// An edit of a genogram.
    Genogram(Command),
    /// An edit of a netwerkkaart.
    Netwerkkaart(netwerkkaart::Command),
    /// An edit of the saved views ("Weergaven") of either kind of drawing.
    Views(crate::views::ViewsCommand),
    /// An edit of a netwerkkaart's kept versions ("Versies").
    Versions(netwerkkaart::versions::VersionsCommand),
}

impl From<netwerkkaart::versions::VersionsCommand> for EditCommand {
    fn from(cmd: netwerkkaart::versions::VersionsCommand) -> Self {
        EditCommand::Versions(cmd)
    }
}

impl From<Command> for EditCommand {
    fn from(cmd: Command) -> Self {
        EditCommand::Genogram(cmd)
    }
}

impl From<crate::views::ViewsCommand> for EditCommand {
    fn from(cmd: crate::views::ViewsCommand) -> Self {
        EditCommand::Views(cmd)
    }
}

impl From<netwerkkaart::Command> for EditCommand {
    fn from(cmd: netwerkkaart::Command) -> Self {
        EditCommand::Netwerkkaart(cmd)
    }
}

/// Why an edit was refused; the document is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    /// The genogram's rules refused it.
    Genogram(ModelError),
    /// The netwerkkaart's rules refused it.
    Netwerkkaart(NetwerkkaartError),
    /// The saved views refused it.
    Views(crate::views::ViewsError),
    /// The kept versions refused it.
    Versions(netwerkkaart::versions::VersionsError),
    /// A command for the other kind of drawing than the one open.
    WrongKind {
        /// The kind of drawing that is open (`"genogram"` or `"netwerkkaart"`).
        open: &'static str,
    },
}

impl EditError {
    /// A message for the status line.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (EditError::Genogram(e), _) => e.message(lang),
            (EditError::Netwerkkaart(e), _) => e.message(lang),
            (EditError::Views(e), _) => e.message(lang),
            (EditError::Versions(e), _) => e.message(lang),
            (EditError::WrongKind { open }, Lang::Nl) => {
                format!("Deze bewerking hoort niet bij een {open}; er is niets veranderd.")
            }
            (EditError::WrongKind { open }, Lang::En) => {
                format!("This edit does not belong to a {open}; nothing was changed.")
            }
        }
    }
}

impl Document for DocumentContent {
    type Command = EditCommand;
    type Error = EditError;

    fn apply(&mut self, cmd: EditCommand) -> Result<EditCommand, EditError> {
        match (self, cmd) {
            (content, EditCommand::Views(c)) => {
                let views = match content {
                    DocumentContent::Genogram(g) => &mut g.views,
                    DocumentContent::Netwerkkaart(m) => &mut m.views,
                };
                c.apply(views).map(EditCommand::Views).map_err(EditError::Views)
            }
            (DocumentContent::Netwerkkaart(m), EditCommand::Versions(c)) => {
                c.apply(&mut m.versions).map(EditCommand::Versions).map_err(EditError::Versions)
            }
            (DocumentContent::Genogram(g), EditCommand::Genogram(c)) => {
                g.apply(c).map(EditCommand::Genogram).map_err(EditError::Genogram)
            }
            (DocumentContent::Netwerkkaart(m), EditCommand::Netwerkkaart(c)) => {
                m.apply(c).map(EditCommand::Netwerkkaart).map_err(EditError::Netwerkkaart)
            }
            (open, _) => Err(EditError::WrongKind { open: open.kind() }),
        }
    }
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
    history: History<DocumentContent>,
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
        Ok(Editor {
            id: doc.id,
            title: doc.title,
            created: doc.created,
            modified: doc.modified,
            history: History::new(doc.content),
            revision: 0,
        })
    }

    /// A new genogram holding only the index person (de cliënt), whose gender and name
    /// the user fills in first. Adding the cliënt is the first undo step, so undoing
    /// everything leaves an empty sheet, as users expect of "undo all".
    pub fn new_genogram(id: &str, title: &str, now_ms: i64) -> Editor {
        let mut ed = Editor::new(id, title, now_ms, DocumentContent::Genogram(Genogram::new()));
        let (cmd, _) = crate::genogram::edit::family::add_index_person(&Genogram::new());
        // A fresh genogram accepts its first person: no rule can refuse it.
        ed.history.apply(cmd.into()).expect("an empty genogram accepts its index person");
        ed
    }

    /// A new netwerkkaart: a centre person and the four standard sectors, no actors yet.
    pub fn new_netwerkkaart(id: &str, title: &str, centre_name: &str, now_ms: i64) -> Editor {
        let centre = netwerkkaart::Centre { name: centre_name.to_owned(), ..netwerkkaart::Centre::default() };
        Editor::new(id, title, now_ms, DocumentContent::Netwerkkaart(Netwerkkaart::new(centre)))
    }

    fn new(id: &str, title: &str, now_ms: i64, content: DocumentContent) -> Editor {
        Editor {
            id: id.to_owned(),
            title: title.to_owned(),
            created: now_ms,
            modified: now_ms,
            history: History::new(content),
            revision: 0,
        }
    }

    /// The drawing being edited.
    pub fn content(&self) -> &DocumentContent {
        self.history.document()
    }

    /// The genogram, when this is one.
    pub fn genogram(&self) -> Option<&Genogram> {
        match self.content() {
            DocumentContent::Genogram(g) => Some(g),
            DocumentContent::Netwerkkaart(_) => None,
        }
    }

    /// The netwerkkaart, when this is one.
    pub fn netwerkkaart(&self) -> Option<&Netwerkkaart> {
        match self.content() {
            DocumentContent::Netwerkkaart(m) => Some(m),
            DocumentContent::Genogram(_) => None,
        }
    }

    /// Changes since the editor was opened; never goes down, also not on undo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies one edit as one undo step (or as part of the open gesture), stamping
    /// `now_ms` as the modification time. A refused edit, also one for the other kind
    /// of drawing, changes nothing and returns why.
    pub fn apply(&mut self, cmd: impl Into<EditCommand>, now_ms: i64) -> Result<(), EditError> {
        self.history.apply(cmd.into())?;
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

    /// Starts a gesture (a drag): every edit until [`Editor::commit_gesture`] becomes
    /// one undo step, and [`Editor::abort_gesture`] takes them all back. Edits are
    /// applied (and drawn) at once, so the family follows the pointer.
    pub fn begin_gesture(&mut self) {
        self.history.begin();
    }

    /// Ends the gesture, keeping its edits as one undo step.
    pub fn commit_gesture(&mut self) {
        self.history.commit();
    }

    /// Ends the gesture, rolling back its edits (Escape, or the pointer was lost).
    pub fn abort_gesture(&mut self, now_ms: i64) {
        self.history.abort();
        self.touch(now_ms);
    }

    /// Whether a gesture is under way.
    pub fn in_gesture(&self) -> bool {
        self.history.in_transaction()
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
            content: self.content().clone(),
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
    use crate::genogram::model::Gender;

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
        let (cmd, _) = crate::genogram::edit::family::add_partner(ed.genogram().unwrap(), ip).unwrap();
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
        let (cmd, _) = crate::netwerkkaart::edit::actors::add_actor(map, sector, "Oma");
        ed.apply(cmd, 9).unwrap();
        assert_eq!(ed.netwerkkaart().unwrap().actor_count(), 1);
        // A genogram command is refused by a netwerkkaart, and changes nothing.
        assert_eq!(
            ed.apply(crate::genogram::model::Command::Batch(vec![]), 10),
            Err(EditError::WrongKind { open: "netwerkkaart" })
        );
        assert_eq!(ed.revision(), 1);
        let doc = ed.to_document();
        assert_eq!(doc.content.kind(), "netwerkkaart");
        assert!(ed.undo(11));
        assert_eq!(ed.netwerkkaart().unwrap().actor_count(), 0);
        assert!(Editor::open(doc).unwrap().netwerkkaart().is_some());
    }
}
