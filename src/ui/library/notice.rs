//! The bar that says why the open document is not saved, with what the user can do.

use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::{Autosave, SaveProblem};
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// Shown while autosave cannot write: full storage, no storage, or another tab's
/// changes. Its buttons resolve it; the document stays open and editable meanwhile.
/// With storage blocked from the start it shows at once, before anything is drawn, so
/// nobody works for an hour believing it is kept.
#[component]
pub fn SaveNotice() -> impl IntoView {
    let texts = use_texts();
    let autosave = expect_context::<Autosave>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<crate::ui::session::Session>();
    let shown = move || match (autosave.problem.get(), autosave.storage_blocked.get()) {
        (Some(problem), false) => Some(problem),
        (_, true) => Some(SaveProblem::Unavailable),
        (None, false) => None,
    };
    let has_document = move || session.editor.with(|e| e.is_some());
    view! {
        {move || shown().map(|problem| {
            let t = texts.get();
            let message = match problem {
                SaveProblem::Quota => t.save_quota,
                SaveProblem::Unavailable if autosave.storage_blocked.get_untracked() => t.storage_blocked,
                SaveProblem::Unavailable => t.save_unavailable,
                SaveProblem::Conflict => t.save_conflict,
                SaveProblem::Deleted => t.save_conflict_deleted,
            };
            let conflict = matches!(problem, SaveProblem::Conflict | SaveProblem::Deleted);
            view! {
                <div class="save-notice" role="alert" data-testid="save-notice" data-problem=format!("{problem:?}").to_lowercase()>
                    <p>{message}</p>
                    <div class="save-notice-actions">
                        <Show when=move || problem == SaveProblem::Conflict>
                            <button type="button" data-testid="save-reload" on:click=move |_| autosave.reload()>
                                {move || texts.get().save_reload}
                            </button>
                        </Show>
                        <Show when=move || conflict>
                            <button type="button" data-testid="save-copy" on:click=move |_| autosave.save_as_copy()>
                                {move || texts.get().save_as_copy}
                            </button>
                        </Show>
                        <Show when=has_document>
                            <button type="button" data-testid="save-export" on:click=move |_| autosave.export_open()>
                                {move || texts.get().save_export}
                            </button>
                        </Show>
                        <Show when=move || problem == SaveProblem::Quota>
                            <button type="button" data-testid="save-library" on:click=move |_| shell.library_open.set(true)>
                                {move || texts.get().menu_open}
                            </button>
                            <button type="button" data-testid="save-retry" on:click=move |_| autosave.save_now()>
                                {move || texts.get().save_retry}
                            </button>
                        </Show>
                    </div>
                </div>
            }
        })}
    }
}
