//! The [`Session`] methods for a netwerkkaart: start one, apply edits with the refusal
//! in the status line, select, delete, and drop a dragged actor.

use crate::editor::Editor;
use crate::i18n::Lang;
use crate::netwerkkaart::edit::actors;
use crate::netwerkkaart::{self, ActorId, NetwerkkaartItem, SectorKind};
use crate::ui::session::{new_document_id, now_ms, Session, StatusText};
use leptos::prelude::*;

impl Session {
    /// Whether the open document is a netwerkkaart.
    pub fn is_netwerkkaart(&self) -> bool {
        self.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some()))
    }

    /// Starts a new netwerkkaart with an unnamed centre, selected, so the side panel
    /// asks for the centre's name first.
    pub fn new_netwerkkaart(&self, title: &str) {
        self.open(Editor::new_netwerkkaart(&new_document_id(), title, "", now_ms()));
        self.netwerkkaart_selection.set(Some(NetwerkkaartItem::Centre));
        self.focus_name.set(true);
    }

    /// Plans an edit from the current map and applies it; `false` when there is no map
    /// or nothing to do.
    pub fn plan_netwerkkaart(
        &self,
        plan: impl FnOnce(&netwerkkaart::Netwerkkaart) -> Option<netwerkkaart::Command>,
    ) -> bool {
        match self.editor.with_untracked(|e| e.as_ref().and_then(|e| e.netwerkkaart()).and_then(plan)) {
            Some(cmd) => self.apply(cmd),
            None => false,
        }
    }

    /// Adds an unnamed actor in the first sector of `kind` (with its tie to the
    /// centre), selects it and asks the panel to focus its name.
    pub fn add_actor_in(&self, kind: SectorKind) -> Option<ActorId> {
        let sector = self.editor.with_untracked(|e| e.as_ref()?.netwerkkaart()?.sector_of_kind(kind))?;
        self.add_actor_in_sector(sector)
    }

    /// Selects a thing on the map (or nothing).
    pub fn select_netwerkkaart(&self, item: Option<NetwerkkaartItem>) {
        if self.netwerkkaart_selection.get_untracked() != item {
            self.netwerkkaart_selection.set(item);
        }
    }

    /// Escape: nothing selected, nothing highlighted, in either kind of document.
    pub fn clear_selection(&self) {
        self.selection.set(None);
        self.line_selection.set(None);
        self.select_netwerkkaart(None);
        if self.highlight.with_untracked(|h| !h.is_empty()) {
            self.highlight.set(Vec::new());
        }
    }

    /// Deletes the selected actor (with its ties) or tie as one undo step; the status
    /// line offers "Ongedaan maken".
    pub fn delete_netwerkkaart_selection(&self) {
        let Some(item) = self.netwerkkaart_selection.get_untracked() else { return };
        if self.plan_netwerkkaart(|map| actors::remove_item(map, item)) {
            self.select_netwerkkaart(None);
            let (nl, en) = (Lang::Nl.texts().deleted, Lang::En.texts().deleted);
            self.status.set(Some(StatusText { offers_undo: true, ..StatusText::info(nl, en) }));
        }
    }

    /// Moves a dragged actor to the sector and ring under where it was dropped; `delta`
    /// is the drag in layout units. One undo step; nothing when it stayed in its cell.
    pub fn drop_actor(&self, id: ActorId, delta: (f64, f64)) -> bool {
        self.plan_netwerkkaart(|map| actors::drop_actor(map, &netwerkkaart::layout::layout(map), id, delta))
    }

    /// After undo or redo: forget a selected thing that no longer exists.
    pub(crate) fn drop_stale_netwerkkaart_selection(&self) {
        let gone = self.netwerkkaart_selection.get_untracked().is_some_and(|item| {
            self.editor.with_untracked(|e| e.as_ref().and_then(|e| e.netwerkkaart()).is_none_or(|m| !m.contains(item)))
        });
        if gone {
            self.netwerkkaart_selection.set(None);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::netwerkkaart::Ring;

    /// Reads the open netwerkkaart of a test session (shared by the session tests).
    pub(crate) fn map_of<T>(s: &Session, f: impl FnOnce(&netwerkkaart::Netwerkkaart) -> T) -> T {
        s.editor.with_untracked(|e| f(e.as_ref().unwrap().netwerkkaart().unwrap()))
    }

    #[test]
    fn new_map_selects_its_unnamed_centre() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            s.new_netwerkkaart("Nieuwe netwerkkaart");
            assert!(s.is_netwerkkaart());
            assert_eq!(s.selection.get_untracked(), None, "no genogram person selected");
            assert_eq!(s.netwerkkaart_selection.get_untracked(), Some(NetwerkkaartItem::Centre));
            assert!(s.focus_name.get_untracked());
            assert_eq!(map_of(&s, |m| m.centre().name.clone()), "");
            s.editor.with_untracked(|e| assert_eq!(e.as_ref().unwrap().title, "Nieuwe netwerkkaart"));
        });
    }

    #[test]
    fn added_actor_is_selected_and_undo_forgets_it() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_netwerkkaart("Netwerk");
            s.focus_name.set(false);
            let a = s.add_actor_in(SectorKind::Friends).expect("added");
            assert_eq!(s.netwerkkaart_selection.get_untracked(), Some(NetwerkkaartItem::Actor(a)));
            assert!(s.focus_name.get_untracked(), "the panel will focus the name");
            let friends = map_of(&s, |m| m.sector_of_kind(SectorKind::Friends).unwrap());
            assert_eq!(map_of(&s, |m| m.actor(a).unwrap().sector), friends);
            s.undo();
            assert_eq!(s.netwerkkaart_selection.get_untracked(), None, "the undone actor is not selected");
            s.redo();
            assert_eq!(map_of(&s, |m| m.actor_count()), 1);
        });
    }

    #[test]
    fn delete_removes_the_selected_actor_or_tie_with_undo() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_netwerkkaart("Netwerk");
            let a = s.add_actor_in(SectorKind::Family).unwrap();
            s.delete_selection();
            assert_eq!(map_of(&s, |m| m.actor_count()), 0);
            assert!(s.status.get_untracked().unwrap().offers_undo);
            s.undo();
            assert_eq!(map_of(&s, |m| (m.actor_count(), m.tie_count())), (1, 1), "actor and its tie back");
            let (tie, _) = map_of(&s, |m| m.centre_tie(a).map(|(t, x)| (t, x.clone()))).unwrap();
            s.select_netwerkkaart(Some(NetwerkkaartItem::Tie(tie)));
            s.delete_selection();
            assert_eq!(map_of(&s, |m| (m.actor_count(), m.tie_count())), (1, 0), "only the tie went");
            s.select_netwerkkaart(Some(NetwerkkaartItem::Centre));
            s.delete_selection();
            assert_eq!(map_of(&s, |m| m.actor_count()), 1, "the centre is never deleted");
        });
    }

    #[test]
    fn dropping_an_actor_is_one_undo_step_and_escape_clears() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_netwerkkaart("Netwerk");
            let a = s.add_actor_in(SectorKind::Family).unwrap();
            let b = s.add_actor_in(SectorKind::Professionals).unwrap();
            let (pa, pb) = map_of(&s, |m| {
                let l = netwerkkaart::layout::layout(m);
                (l.position(a).unwrap(), l.position(b).unwrap())
            });
            assert!(s.drop_actor(a, (pb.x - pa.x, pb.y - pa.y)));
            let prof = map_of(&s, |m| m.sector_of_kind(SectorKind::Professionals).unwrap());
            assert_eq!(map_of(&s, |m| (m.actor(a).unwrap().sector, m.actor(a).unwrap().ring)), (prof, Ring::Middle));
            s.undo();
            let fam = map_of(&s, |m| m.sector_of_kind(SectorKind::Family).unwrap());
            assert_eq!(map_of(&s, |m| m.actor(a).unwrap().sector), fam, "undo puts it back");
            s.highlight.set(vec![a]);
            s.clear_selection();
            assert_eq!(s.netwerkkaart_selection.get_untracked(), None);
            assert!(s.highlight.get_untracked().is_empty());
        });
    }
}
