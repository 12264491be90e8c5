//! The status line under the workspace.

use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// Status message, zoom level and the reminder that nothing leaves the browser.
#[component]
pub fn StatusLine() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let Locale(lang) = expect_context::<Locale>();
    let exercise = use_context::<crate::ui::exercise::ExerciseUi>();
    let case_of_open = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| crate::cases::case_of_title(&e.title)).map(|c| c.id))
    });
    view! {
        <footer class="status-line" data-testid="status-line">
            <span role="status" data-testid="status-message" class:error=move || session.status.with(|s| s.as_ref().is_some_and(|s| s.is_error))>
                {move || match session.status.get() {
                    Some(msg) => msg.get(lang.get()).to_owned(),
                    None => texts.get().status_ready.to_owned(),
                }}
            </span>
            <Show when=move || session.status.with(|s| s.as_ref().is_some_and(|s| s.offers_undo))>
                <button type="button" class="link" data-testid="status-undo" on:click=move |_| session.undo()>
                    {move || texts.get().undo}
                </button>
            </Show>
            // The open document is a copy of an example case: its teaching notes again.
            {move || case_of_open.get().map(|id| view! {
                <button type="button" class="link" data-testid="case-notes-reopen"
                    on:click=move |_| shell.case_notes.set(Some(id))>
                    {move || texts.get().case_notes_reopen}
                </button>
            })}
            // The open document is a student's exercise: its assignment again.
            {move || exercise.filter(|ui| ui.current.with(Option::is_some)).map(|ui| view! {
                <button type="button" class="link" data-testid="exercise-reopen"
                    on:click=move |_| ui.shown.set(Some(crate::ui::exercise::ExerciseView::Assignment))>
                    {move || texts.get().exercise_reopen}
                </button>
            })}
            <span data-testid="zoom-level">
                {move || format!("{} {} %", texts.get().zoom_status, shell.viewport.get().percent())}
            </span>
            <span class="muted">{move || texts.get().status_local_only}</span>
        </footer>
    }
}
