//! The open document as reactive state: which editor is open, what is selected, and
//! what the status line says. Handlers call these methods; the rules live in
//! [`crate::editor`].

use crate::editor::{EditCommand, EditError, Editor};
use crate::genogram::edit::family::{self, ActionError};
use crate::genogram::model::{Command, PersonId, RelationKind};
use crate::i18n::Lang;
use crate::netwerkkaart::{ActorId, NetwerkkaartItem};
use crate::ui::canvas::gesture::Gesture;
use leptos::prelude::*;

/// A status line message in both languages, so switching language re-renders it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusText {
    /// Dutch text.
    pub nl: String,
    /// English text.
    pub en: String,
    /// Whether it reports a problem (shown in the warning colour).
    pub is_error: bool,
    /// Whether the status line offers "Ongedaan maken" next to it (after a delete).
    pub offers_undo: bool,
}

impl StatusText {
    /// An informational message.
    pub fn info(nl: impl Into<String>, en: impl Into<String>) -> Self {
        StatusText { nl: nl.into(), en: en.into(), is_error: false, offers_undo: false }
    }

    /// A problem report.
    pub fn error(nl: impl Into<String>, en: impl Into<String>) -> Self {
        StatusText { nl: nl.into(), en: en.into(), is_error: true, offers_undo: false }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// Document-wide reactive state, provided as context by the app.
#[derive(Clone, Copy)]
pub struct Session {
    /// The open genogram, if any.
    pub editor: RwSignal<Option<Editor>>,
    /// The selected person.
    pub selection: RwSignal<Option<PersonId>>,
    /// The status line's message; `None` shows "Klaar".
    pub status: RwSignal<Option<StatusText>>,
    /// The selected thing on a netwerkkaart (centre, actor or tie).
    pub netwerkkaart_selection: RwSignal<Option<NetwerkkaartItem>>,
    /// Actors the analysis panel points at, drawn with a ring on the canvas.
    pub highlight: RwSignal<Vec<ActorId>>,
    /// Set when the side panel should focus the selection's name field once it shows
    /// (a new actor or a new map's unnamed centre), so the user can type at once.
    pub focus_name: RwSignal<bool>,
    /// Persons selected together with `selection` (shift-click, rubber band).
    pub group: RwSignal<Group>,
    /// The canvas's gesture state machine: idle, a drag or pan under way, or the
    /// relation tool (see [`crate::ui::canvas::gesture`]); changed only by [`Session::feed`].
    pub gesture: RwSignal<Gesture>,
    /// The kind the relation tool draws.
    pub relation_kind: RwSignal<RelationKind>,
    /// The selected genogram line (union, child line or relation), shown only while
    /// no person is selected; see [`Session::selected_line`].
    pub line_selection: RwSignal<Option<crate::genogram::edit::lines::Line>>,
    /// Persons whose deletion waits for the user's answer: it would leave a union with
    /// children behind with an unknown partner (see [`Session::delete_selection`]).
    pub pending_delete: RwSignal<Option<Vec<PersonId>>>,
    /// Where a drag under way has put the dragged persons (layout units), not yet in
    /// the document: only the canvas draws it, so a pointer move costs the drawing and
    /// nothing that reads the document (panels, autosave). Empty when no drag is under
    /// way; [`Session::end_drag`] writes it into the document as one edit.
    pub dragged: RwSignal<Vec<(PersonId, f64)>>,
    /// Where the pointer has put the dragged persons while the family waits for a
    /// pause to be laid out again (a drawing too slow to lay out on every pointer
    /// move, see [`Session::drawing_ms`]): the canvas slides their symbols there.
    /// Empty when the drawing follows at once.
    pub sliding: RwSignal<Vec<(PersonId, f64)>>,
    /// How long the last two drawings took to lay out and build (ms, measured by the
    /// canvas; see [`Session::drawing_cost`]); decides whether a drag relays the family
    /// out on every move.
    pub drawing_ms: StoredValue<[f64; 2]>,
}

/// The persons selected besides the focused one. It belongs to the focus it was made
/// with (`anchor`): any code that selects someone else on its own (an action, the
/// arrows, the problems list) thereby ends the group, with nothing to clean up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    /// The focused person the group was made with.
    pub anchor: Option<PersonId>,
    /// The other selected persons.
    pub others: Vec<PersonId>,
}

/// Unix time in ms from the browser clock (0 natively, where there is no page).
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// A document id that is unique in practice: time plus randomness from the page.
pub fn new_document_id() -> String {
    #[cfg(target_arch = "wasm32")]
    let noise = (js_sys::Math::random() * 1e9) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    let noise = 0u64;
    format!("g{:x}{:07x}", now_ms(), noise)
}

impl Session {
    /// Fresh state with nothing open.
    pub fn new() -> Self {
        Session {
            editor: RwSignal::new(None),
            selection: RwSignal::new(None),
            status: RwSignal::new(None),
            netwerkkaart_selection: RwSignal::new(None),
            highlight: RwSignal::new(Vec::new()),
            focus_name: RwSignal::new(false),
            group: RwSignal::new(Group::default()),
            gesture: RwSignal::new(Gesture::Idle),
            relation_kind: RwSignal::new(RelationKind::Close),
            pending_delete: RwSignal::new(None),
            line_selection: RwSignal::new(None),
            dragged: RwSignal::new(Vec::new()),
            sliding: RwSignal::new(Vec::new()),
            drawing_ms: StoredValue::new([0.0; 2]),
        }
    }

    /// Opens `editor`, replacing what was open, and selects its index person.
    pub fn open(&self, editor: Editor) {
        let focus = editor.genogram().and_then(|g| g.index_person().or_else(|| g.person_ids().next()));
        self.editor.set(Some(editor));
        self.selection.set(focus);
        self.line_selection.set(None);
        self.netwerkkaart_selection.set(None);
        self.highlight.set(Vec::new());
        self.group.set(Group::default());
        self.gesture.set(Gesture::Idle);
        self.status.set(None);
        self.pending_delete.set(None);
    }

    /// Starts a new genogram with only the index person, selected.
    pub fn new_genogram(&self, title: &str) {
        self.open(Editor::new_genogram(&new_document_id(), title, now_ms()));
        // The cliënt's name is the first thing to type.
        self.focus_name.set(true);
    }

    /// Applies an edit of the open drawing as one undo step; a refusal leaves
    /// everything as it was and says why in the status line.
    pub fn apply(&self, cmd: impl Into<EditCommand>) -> bool {
        let cmd = cmd.into();
        let mut result = Ok(());
        self.editor.update(|ed| {
            if let Some(ed) = ed {
                result = ed.apply(cmd, now_ms());
            }
        });
        match result {
            Ok(()) => true,
            Err(err) => {
                self.report_edit_error(&err);
                false
            }
        }
    }

    /// Applies a one-click action and selects the person it made.
    pub fn act(
        &self,
        action: impl FnOnce(&crate::genogram::model::Genogram) -> Result<(Command, PersonId), ActionError>,
    ) {
        let planned = self.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(action));
        match planned {
            Some(Ok((cmd, focus))) => {
                if !self.apply(cmd) {
                    return;
                }
                self.selection.set(Some(focus));
                self.line_selection.set(None);
                // The new relative's name is what the user types next.
                self.focus_name.set(true);
            }
            Some(Err(err)) => self.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En)))),
            None => {}
        }
    }

    /// Deletes the selected persons: one undo step, and the status line offers
    /// "Ongedaan maken". Only when a union with children would be left with an unknown
    /// partner does it ask first (the planner says when: see
    /// [`family::unions_left_with_unknown_partner`]); the side panel shows the question.
    pub fn delete_selection(&self) {
        if self.is_netwerkkaart() {
            return self.delete_netwerkkaart_selection();
        }
        let ids = self.selected_persons_untracked();
        if ids.is_empty() {
            return self.delete_selected_line();
        }
        let ask = self.editor.with_untracked(|ed| {
            ed.as_ref()
                .and_then(|ed| ed.genogram())
                .is_some_and(|g| !family::unions_left_with_unknown_partner(g, &ids).is_empty())
        });
        if ask {
            self.pending_delete.set(Some(ids));
        } else {
            self.delete_persons(&ids);
        }
    }

    /// The user's answer to the delete question: delete, keeping the unions with
    /// children with an unknown partner.
    pub fn confirm_delete(&self) {
        if let Some(ids) = self.pending_delete.get_untracked() {
            self.pending_delete.set(None);
            self.delete_persons(&ids);
        }
    }

    fn delete_persons(&self, ids: &[PersonId]) {
        let cmd = self
            .editor
            .with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).and_then(|g| family::remove_persons(g, ids)));
        if let Some(cmd) = cmd {
            if self.apply(cmd) {
                self.selection.set(None);
                self.group.set(Group::default());
                let (nl, en) = (Lang::Nl.texts().deleted, Lang::En.texts().deleted);
                self.status.set(Some(StatusText { offers_undo: true, ..StatusText::info(nl, en) }));
            }
        }
    }

    /// Undoes the last step, if any; keeps the selection only if it still exists.
    pub fn undo(&self) {
        self.editor.update(|ed| {
            if let Some(ed) = ed {
                ed.undo(now_ms());
            }
        });
        self.status.set(None);
        self.drop_stale_selection();
    }

    /// Redoes the last undone step, if any.
    pub fn redo(&self) {
        self.editor.update(|ed| {
            if let Some(ed) = ed {
                ed.redo(now_ms());
            }
        });
        self.drop_stale_selection();
    }

    fn drop_stale_selection(&self) {
        let gone = self.selection.with_untracked(|sel| {
            sel.is_some_and(|p| {
                self.editor
                    .with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).is_none_or(|g| !g.contains_person(p)))
            })
        });
        if gone {
            self.selection.set(None);
        }
        self.drop_stale_netwerkkaart_selection();
    }

    fn report_edit_error(&self, err: &EditError) {
        self.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En))));
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::Gender;

    #[test]
    fn actions_select_the_new_person_and_undo_drops_it() {
        let owner = Owner::new();
        owner.with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let ip = s.selection.get_untracked().expect("index person selected");
            s.act(|g| family::add_child(g, ip, Gender::Female));
            let child = s.selection.get_untracked().unwrap();
            assert_ne!(child, ip);
            s.undo();
            assert_eq!(s.selection.get_untracked(), None, "the undone child is no longer selected");
            s.redo();
            assert_eq!(s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().person_count()), 2);
        });
    }

    #[test]
    fn delete_offers_undo_and_undo_restores() {
        let owner = Owner::new();
        owner.with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let ip = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_partner(g, ip));
            s.delete_selection();
            assert_eq!(s.selection.get_untracked(), None);
            assert!(s.status.get_untracked().unwrap().offers_undo);
            assert_eq!(s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().person_count()), 1);
            s.undo();
            assert_eq!(s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().person_count()), 2);
            assert_eq!(s.status.get_untracked(), None);
        });
    }

    #[test]
    fn refused_action_reports_in_both_languages_and_changes_nothing() {
        let owner = Owner::new();
        owner.with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let ip = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_parents(g, ip));
            let before = s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().clone());
            s.act(|g| family::add_parents(g, ip));
            let status = s.status.get_untracked().expect("a message");
            assert!(status.is_error);
            assert_eq!(status.get(Lang::Nl), "Deze persoon heeft al ouders.");
            assert_eq!(s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().clone()), before);
        });
    }
}
