//! Keeping the library safe from the browser: after the first save, persistent storage
//! is requested; where the browser refuses, the user is told once that it may clear the
//! library, with "Reservekopie maken" (the whole library as a file). After 7 days
//! without a backup a reminder shows. The rules are in [`crate::storage::backup`].

use crate::storage::backup::{backup_due, mark_persistence_warned, note_saved, persistence_warned, record_backup};
use crate::storage::browser::request_persistence;
use crate::ui::session::now_ms;
use crate::ui::shell::autosave::{library, Autosave};
use crate::ui::shell::download::download_json;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// What the backup notice shows, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupNote {
    /// The browser refused persistent storage (said once, ever).
    MayBeCleared,
    /// The last backup (or the first save, without any) is 7 days old or more.
    Reminder,
}

/// The backup notice's state, part of [`Autosave`].
#[derive(Clone, Copy)]
pub struct BackupState {
    /// The notice shown now.
    pub note: RwSignal<Option<BackupNote>>,
}

impl BackupState {
    /// Nothing shown yet.
    pub fn new() -> BackupState {
        BackupState { note: RwSignal::new(None) }
    }

    /// Shows the reminder if it is due, the library holds documents and nothing else is
    /// shown.
    pub fn check_reminder(&self, has_documents: bool) {
        let Ok(lib) = library() else { return };
        if has_documents && backup_due(lib.store(), now_ms()) && self.note.get_untracked().is_none() {
            self.note.set(Some(BackupNote::Reminder));
        }
    }

    /// Called after this tab's first successful save: starts the reminder's clock and
    /// asks for persistent storage; a refusal is said once.
    pub fn after_first_save(&self) {
        if let Ok(mut lib) = library() {
            note_saved(lib.store_mut(), now_ms());
        }
        let this = *self;
        request_persistence(move |granted| {
            let Ok(mut lib) = library() else { return };
            if !granted && !persistence_warned(lib.store()) {
                mark_persistence_warned(lib.store_mut(), now_ms());
                this.note.try_set(Some(BackupNote::MayBeCleared));
            } else {
                this.check_reminder(true);
            }
        });
    }

    /// Records a backup made now and hides the notice.
    pub fn recorded(&self) {
        record_backup_now();
        self.note.set(None);
    }
}

impl Default for BackupState {
    fn default() -> Self {
        Self::new()
    }
}

/// The whole library as a library file, with the open document's latest edits: the
/// file's name without extension ("kring-bibliotheek-2026-03-01") and its text.
pub fn library_backup_text(autosave: &Autosave) -> Option<(String, String)> {
    autosave.flush(false);
    let mut lib = library().ok()?;
    let now = now_ms();
    let text = lib.export_all(now);
    let date = crate::ui::library::text::local_date_time(now, crate::i18n::Lang::En);
    Some((format!("kring-bibliotheek-{}", date.split(' ').next().unwrap_or("export")), text))
}

/// Remembers that a backup of the whole library was made now.
pub fn record_backup_now() {
    if let Ok(mut lib) = library() {
        let _ = record_backup(lib.store_mut(), now_ms());
    }
}

/// Downloads the whole library as a `.kring.json` file and records the backup; false
/// when storage cannot be read.
pub fn make_backup(autosave: &Autosave) -> bool {
    let Some((stem, text)) = library_backup_text(autosave) else { return false };
    let _ = download_json(&format!("{stem}.kring.json"), &text);
    autosave.backup.recorded();
    true
}

/// The bar that says the browser may clear the library, or that a backup is due, with
/// "Reservekopie maken" and "Later".
#[component]
pub fn BackupNotice() -> impl IntoView {
    let texts = use_texts();
    let autosave = expect_context::<Autosave>();
    let note = autosave.backup.note;
    view! {
        {move || note.get().map(|shown| {
            let message = move || match shown {
                BackupNote::MayBeCleared => texts.get().persist_refused,
                BackupNote::Reminder => texts.get().backup_reminder,
            };
            view! {
                <div class="backup-notice" role="status" data-testid="backup-notice"
                    data-note=format!("{shown:?}").to_lowercase()>
                    <p>{message}</p>
                    <button type="button" data-testid="backup-make" on:click=move |_| { make_backup(&autosave); }>
                        {move || texts.get().backup_make}
                    </button>
                    <button type="button" data-testid="backup-dismiss" on:click=move |_| note.set(None)>
                        {move || texts.get().backup_dismiss}
                    </button>
                </div>
            }
        })}
    }
}
