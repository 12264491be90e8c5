//! The teaching notes of one example case: the story, what to look for and the
//! questions for the group. Written in Dutch; the heading and buttons follow the UI
//! language.

use crate::cases::{case, case_of_title, exercise_of, Case};
use crate::format::exercise::EXERCISE_EXTENSION;
use crate::i18n::Lang;
use crate::ui::session::{new_document_id, now_ms, Session, StatusText};
use crate::ui::shell::app::Shell;
use crate::ui::shell::download::download_json;
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// The notes dialog (shown while `Shell::case_notes` names a case).
#[component]
pub fn CaseNotesDialog() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let is_open = move |c: &'static Case| {
        session.editor.with(|e| e.as_ref().and_then(|e| case_of_title(&e.title)).is_some_and(|o| o.id == c.id))
    };
    let shown = move || shell.case_notes.get().and_then(case);
    let close = Callback::new(move |()| shell.case_notes.set(None));
    view! {
        {move || shown().map(|c| view! {
            <Modal on_close=close labelled_by="case-notes-title" test_id="case-notes-dialog" class="help-dialog case-notes">
                <h2 id="case-notes-title">{move || texts.get().case_notes_title}" "{move || c.title(lang.get())}</h2>
                <p class="muted">{move || texts.get().case_notes_language}</p>
                <h3>{move || texts.get().case_story}</h3>
                <p data-testid="case-story" lang="nl">{c.story}</p>
                <h3>{move || texts.get().case_look_for}</h3>
                <ul data-testid="case-look-for" lang="nl">{c.look_for.iter().map(|l| view! { <li>{*l}</li> }).collect_view()}</ul>
                <h3>{move || texts.get().case_questions}</h3>
                <ol data-testid="case-questions" lang="nl">{c.questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ol>
                // Only on the case's own copy: the open drawing becomes the worked answer.
                <Show when=move || is_open(c)>
                    <button type="button" data-testid="case-make-exercise" on:click=move |_| make_exercise(c, session)>
                        {move || texts.get().case_make_exercise}
                    </button>
                </Show>
                <button type="button" data-testid="case-notes-close" autofocus on:click=move |_| shell.case_notes.set(None)>
                    {move || texts.get().close}
                </button>
            </Modal>
        })}
    }
}

/// "Maak oefening": the open copy of `case` as the worked answer, its story as the text,
/// downloaded as `<title>.oefening.kring.json`; the status line says what happened.
fn make_exercise(case: &'static Case, session: Session) {
    let Some(reference) = session.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram().cloned())) else {
        return;
    };
    let exercise = exercise_of(case, reference, &new_document_id(), now_ms());
    let name = crate::storage::file_name(case.title.0, EXERCISE_EXTENSION);
    let (nl, en) = (Lang::Nl.texts(), Lang::En.texts());
    session.status.set(Some(if download_json(&name, &exercise.to_json()) {
        StatusText::info(format!("{} {name}", nl.exercise_made), format!("{} {name}", en.exercise_made))
    } else {
        StatusText::error(nl.export_failed, en.export_failed)
    }));
}
