//! Exercises ("Oefening"): a student's document that belongs to an exercise shows the
//! case text in a dialog, and "Vergelijk met uitwerking" compares the drawing with the
//! reference there ([`crate::editor::compare`]). The reference is read from the
//! library only for the comparison and never shown before it.

mod dialog;

pub use dialog::ExerciseDialog;

use crate::format::Exercise;
use crate::ui::session::Session;
use crate::ui::shell::autosave::library;
use leptos::prelude::*;

/// Which view of the exercise dialog is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExerciseView {
    /// The case text and "Vergelijk met uitwerking".
    Assignment,
    /// Score, differences and both drawings.
    Comparison,
}

/// The exercise of the open document, and the dialog's state.
#[derive(Clone, Copy)]
pub struct ExerciseUi {
    /// The dialog's view, `None` while closed.
    pub shown: RwSignal<Option<ExerciseView>>,
    /// The exercise the open document belongs to, if any.
    pub current: Memo<Option<Exercise>>,
}

impl ExerciseUi {
    /// Provides the exercise state: the open document's exercise is read when another
    /// document opens, and its assignment is shown then (a student opening their work
    /// sees what to draw); closed for a document without one.
    pub fn install(session: Session) -> ExerciseUi {
        let open_id = Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone())));
        let current = Memo::new(move |_| {
            let id = open_id.get()?;
            library().ok().and_then(|lib| crate::storage::exercise::load_exercise(lib.store(), &id))
        });
        let shown = RwSignal::new(None);
        Effect::new(move |previous: Option<Option<String>>| {
            let id = current.with(|c| c.as_ref().map(|c| c.id.clone()));
            let opened = open_id.get();
            if previous.as_ref() != Some(&opened) {
                shown.set(id.map(|_| ExerciseView::Assignment));
            }
            opened
        });
        let ui = ExerciseUi { shown, current };
        provide_context(ui);
        ui
    }
}
