//! The teaching notes of one example case: the story, what to look for and the
//! questions for the group. Written in Dutch; the heading and buttons follow the UI
//! language.

use crate::cases::case;
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// The notes dialog (shown while `Shell::case_notes` names a case).
#[component]
pub fn CaseNotesDialog() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
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
                <button type="button" data-testid="case-notes-close" autofocus on:click=move |_| shell.case_notes.set(None)>
                    {move || texts.get().close}
                </button>
            </Modal>
        })}
    }
}
