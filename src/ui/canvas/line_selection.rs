//! The [`Session`] methods for a selected genogram line (a union, a child line or a
//! relation): selecting it from the canvas, what the side panel and the canvas show,
//! moving a relation's ends and deleting the line. The rules are in
//! [`crate::genogram::edit::lines`].

use crate::genogram::edit::lines::{self, Line};
use crate::genogram::model::{PersonId, RelationId};
use crate::i18n::Lang;
use crate::ui::session::{Group, Session, StatusText};
use leptos::prelude::*;

impl Session {
    /// Selects a line: no person is selected any more, and the side panel shows the
    /// line's fields.
    pub fn select_line(&self, line: Line) {
        self.selection.set(None);
        self.group.set(Group::default());
        self.pending_delete.set(None);
        self.line_selection.set(Some(line));
    }

    /// The selected line (tracked, for views): only while no person is selected, and
    /// only while the genogram still has it (an undo or a delete may have taken it).
    pub fn selected_line(&self) -> Option<Line> {
        let line = self.line_selection.get().filter(|_| self.selection.with(Option::is_none))?;
        self.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| line.exists_in(g))).then_some(line)
    }

    /// [`Session::selected_line`] without tracking, for handlers.
    pub fn selected_line_untracked(&self) -> Option<Line> {
        untrack(|| self.selected_line())
    }

    /// Deletes the selected line as one undo step (the status line offers "Ongedaan
    /// maken"); the persons it connected stay.
    pub fn delete_selected_line(&self) {
        let Some(line) = self.selected_line_untracked() else { return };
        let cmd = self
            .editor
            .with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).and_then(|g| lines::remove_line(g, line)));
        if let Some(cmd) = cmd {
            if self.apply(cmd) {
                self.line_selection.set(None);
                let (nl, en) = (Lang::Nl.texts().deleted, Lang::En.texts().deleted);
                self.status.set(Some(StatusText { offers_undo: true, ..StatusText::info(nl, en) }));
            }
        }
    }

    /// Moves a relation's ends ("Van" and "Naar" in its panel) as one undo step; a
    /// refusal says why in the status line.
    pub fn set_relation_ends(&self, id: RelationId, from: PersonId, to: PersonId) {
        let planned = self.editor.with_untracked(|e| {
            e.as_ref().and_then(|e| e.genogram()).map(|g| lines::set_relation_ends(g, id, from, to))
        });
        match planned {
            Some(Ok(Some(cmd))) => {
                self.apply(cmd);
            }
            Some(Err(err)) => self.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En)))),
            Some(Ok(None)) | None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::edit::family;
    use crate::genogram::model::{Gender, RelationKind};

    #[test]
    fn a_selected_line_opens_and_deletes_with_undo_and_gives_way_to_a_person() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let anna = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_partner(g, anna));
            let peter = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_child(g, anna, Gender::Female));
            let noah = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_relation(g, anna, peter, RelationKind::Hostile).map(|c| (c, anna)));
            let genogram = |s: &Session| s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().clone());
            let rid = genogram(&s).relations().next().unwrap().0;
            let line = Line::Relation(rid);

            s.select_line(line);
            assert_eq!(s.selection.get_untracked(), None, "no person selected with a line");
            assert_eq!(s.selected_line_untracked(), Some(line));

            // Its ends move, as one undo step.
            s.set_relation_ends(rid, peter, noah);
            let r = genogram(&s).relation(rid).cloned().unwrap();
            assert_eq!((r.from, r.to, r.kind), (peter, noah, RelationKind::Hostile));
            s.set_relation_ends(rid, noah, noah);
            assert!(s.status.get_untracked().unwrap().is_error, "a relation with oneself is refused");
            s.undo();
            let r = genogram(&s).relation(rid).cloned().unwrap();
            assert_eq!((r.from, r.to), (anna, peter));

            // Delete removes the line, not the persons; undo brings it back.
            s.delete_selection();
            assert!(genogram(&s).relation(rid).is_none());
            assert_eq!(genogram(&s).person_count(), 3);
            assert!(s.status.get_untracked().unwrap().offers_undo);
            assert_eq!(s.selected_line_untracked(), None);
            s.undo();
            assert!(genogram(&s).relation(rid).is_some());

            // Selecting a person ends the line selection.
            s.select_line(line);
            s.click_person(peter, false);
            assert_eq!(s.selected_line_untracked(), None);
            s.clear_selection();
            assert_eq!(s.selected_line_untracked(), None, "and it does not come back");
        });
    }
}
