//! The list of example cases: title, one line, "Openen als kopie" and "Lesnotities".

use crate::cases::{Case, CASES};
use crate::i18n::Lang;
use crate::storage::browser::with_library_lock;
use crate::storage::{SaveError, StoreError};
use crate::ui::session::{new_document_id, now_ms, Session, StatusText};
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::{library, Autosave};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// Stores fresh copies of `case`'s documents in the library and opens the first (the
/// genogram) with its teaching notes. What was open is stored first; when that fails
/// nothing happens and the status line says why.
fn open_case(case: &'static Case, shell: Shell, autosave: Autosave, session: Session) {
    if !autosave.may_replace_open() {
        return;
    }
    let docs = case.documents(now_ms(), new_document_id);
    let first = docs[0].id.clone();
    let title = docs[0].title.clone();
    with_library_lock(move || {
        let saved = library().map_err(|_| StoreError::Unavailable(String::new())).and_then(|mut lib| {
            docs.iter().try_for_each(|d| {
                lib.save(d, None).map(|_| ()).map_err(|e| match e {
                    SaveError::Store(e) => e,
                    // A fresh id is never stored before; treat it as unavailable storage.
                    SaveError::Conflict { .. } => StoreError::Unavailable(String::new()),
                })
            })
        });
        autosave.bump();
        if let Err(e) = saved {
            let (nl, en) = match e {
                StoreError::Quota => (Lang::Nl.texts().library_storage_full, Lang::En.texts().library_storage_full),
                StoreError::Unavailable(_) => {
                    (Lang::Nl.texts().library_unavailable, Lang::En.texts().library_unavailable)
                }
            };
            session.status.set(Some(StatusText::error(nl, en)));
            return;
        }
        match autosave.open_stored(&first) {
            Ok(()) => {
                shell.cases_open.set(false);
                shell.case_notes.set(Some(case.id));
                let (nl, en) = (Lang::Nl.texts(), Lang::En.texts());
                session.status.set(Some(StatusText::info(
                    format!("{} {title}", nl.case_opened),
                    format!("{} {title}", en.case_opened),
                )));
            }
            Err(e) => autosave.report_open_error(&e),
        }
    });
}

/// The example cases dialog (shown while `Shell::cases_open`).
#[component]
pub fn CasesDialog() -> impl IntoView {
    let shell = expect_context::<Shell>();
    view! {
        <Show when=move || shell.cases_open.get()>
            <CasesList/>
        </Show>
    }
}

#[component]
fn CasesList() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let autosave = expect_context::<Autosave>();
    let session = expect_context::<Session>();
    let close = Callback::new(move |()| shell.cases_open.set(false));
    let rows = move || {
        let lang = lang.get();
        CASES
            .iter()
            .map(|case| {
                let id = case.id;
                view! {
                    <li class="case-row" data-testid=format!("case-{id}")>
                        <div class="case-text">
                            <strong data-testid="case-title">{case.title(lang)}</strong>
                            <span class="muted" data-testid="case-summary">{case.summary(lang)}</span>
                        </div>
                        <div class="case-actions">
                            <button type="button" data-testid="case-open"
                                on:click=move |_| open_case(case, shell, autosave, session)>
                                {move || texts.get().case_open}
                            </button>
                            <button type="button" data-testid="case-notes"
                                on:click=move |_| { shell.cases_open.set(false); shell.case_notes.set(Some(id)); }>
                                {move || texts.get().case_show_notes}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Modal on_close=close labelled_by="cases-title" test_id="cases-dialog" class="cases-dialog">
            <h2 id="cases-title">{move || texts.get().cases_title}</h2>
            <p class="muted">{move || texts.get().cases_intro}</p>
            <ul class="case-list" data-testid="case-list">{rows}</ul>
            <button type="button" data-testid="cases-close" on:click=move |_| shell.cases_open.set(false)>
                {move || texts.get().close}
            </button>
        </Modal>
    }
}
