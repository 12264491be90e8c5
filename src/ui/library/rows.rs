//! One row of the library: a document, a document in the trash, a damaged entry.

use super::dialog::Panel;
use super::text::{format_size, local_date_time};
use crate::i18n::{Lang, Texts};
use crate::storage::IndexEntry as Entry;
use crate::storage::{file_name, DamagedEntry, IndexEntry, LibraryError, LoadError, SaveError};
use crate::ui::session::{new_document_id, now_ms};
use crate::ui::shell::download::{download_json, download_text};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

fn kind_label(kind: &str, t: &Texts) -> String {
    match kind {
        "genogram" => t.kind_genogram.to_owned(),
        "netwerkkaart" => t.kind_netwerkkaart.to_owned(),
        other => other.to_owned(),
    }
}

fn say_library_error(panel: &Panel, e: &LibraryError) {
    match e {
        LibraryError::Load(e) => {
            panel
                .message
                .try_set(Some(crate::ui::session::StatusText::error(e.message(Lang::Nl), e.message(Lang::En))));
        }
        LibraryError::Save(SaveError::Store(e)) => panel.say_store_error(e),
        LibraryError::Save(SaveError::Conflict { .. }) => panel.say(true, |t| t.library_changed_elsewhere.into()),
    }
}

/// A stored document: open, rename, duplicate, export, move to the trash.
#[component]
pub fn DocumentRow(entry: IndexEntry) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let panel = expect_context::<Panel>();
    let id = StoredValue::new(entry.id.clone());
    let title = StoredValue::new(entry.title.clone());
    let is_open = move || panel.open_id.with(|o| o.as_deref() == Some(id.get_value().as_str()));
    let editing = move || panel.editing.with(|e| e.as_deref() == Some(id.get_value().as_str()));
    let draft = RwSignal::new(entry.title.clone());
    let input_ref = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input_ref.get() {
            let _ = input.focus();
            input.select();
        }
    });

    let rename = move || {
        let new_title = draft.get_untracked();
        panel.editing.set(None);
        let new_title = new_title.trim().to_owned();
        if new_title.is_empty() || new_title == title.get_value() {
            return;
        }
        if is_open() {
            // The open document is renamed in the editor, so autosave writes it and
            // nothing stored is written behind the editor's back.
            panel.session.editor.update(|e| {
                if let Some(e) = e {
                    e.rename(&new_title, now_ms());
                }
            });
            panel.autosave.save_now();
            panel.autosave.bump();
        } else {
            let id = id.get_value();
            panel.locked(move |lib| {
                if let Err(e) = lib.rename(&id, &new_title, now_ms()) {
                    say_library_error(&panel, &e);
                }
            });
        }
    };
    let duplicate = move |_| {
        if is_open() {
            panel.autosave.flush(false);
        }
        let suffix = lang.get_untracked().texts().copy_suffix;
        let id = id.get_value();
        panel.locked(move |lib| {
            if let Err(e) = lib.duplicate(&id, &new_document_id(), suffix, now_ms()) {
                say_library_error(&panel, &e);
            }
        });
    };
    let export = move |_| {
        if is_open() {
            panel.autosave.flush(false);
        }
        let raw = crate::ui::shell::autosave::library().ok().and_then(|lib| lib.raw(&id.get_value()));
        match raw {
            Some(text) => {
                let _ = download_json(&file_name(&title.get_value(), ".kring.json"), &text);
            }
            None => say_library_error(&panel, &LibraryError::Load(LoadError::Missing)),
        }
    };
    let trash = move |_| {
        if is_open() {
            // Its latest edits are stored first (after a conflict: as a copy); when
            // they cannot be, the document stays open instead of being dropped.
            panel.autosave.commit_form();
            panel.autosave.flush(true);
            if panel.autosave.has_pending() {
                return panel.say(true, |t| t.trash_open_unsaved.into());
            }
        }
        let (id, was_open) = (id.get_value(), is_open());
        panel.locked(move |lib| match lib.set_trashed(&id, Some(now_ms())) {
            Ok(()) => {
                // Still the open one (nothing else was opened while waiting for the lock).
                if was_open && panel.autosave.open_id().as_deref() == Some(id.as_str()) {
                    panel.autosave.close_open();
                }
            }
            Err(e) => panel.say_store_error(&e),
        });
    };

    view! {
        <tr data-testid="library-row" data-id=entry.id.clone() class:current=is_open>
            <td class="library-title-cell">
                <Show when=editing fallback=move || view! {
                    <button type="button" class="link" data-testid="library-open" on:click=move |_| panel.open(&id.get_value())>
                        {title.get_value()}
                    </button>
                    <Show when=is_open>
                        <span class="badge" data-testid="library-current">{move || texts.get().library_current}</span>
                    </Show>
                }>
                    <form class="library-rename" on:submit=move |ev: ev::SubmitEvent| { ev.prevent_default(); rename(); }>
                        <input type="text" node_ref=input_ref data-testid="library-rename-input"
                            aria-label=move || texts.get().library_rename_label
                            prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))/>
                        <button type="submit" data-testid="library-rename-save">{move || texts.get().library_save}</button>
                        <button type="button" on:click=move |_| panel.editing.set(None)>{move || texts.get().library_cancel}</button>
                    </form>
                </Show>
            </td>
            <td>{move || kind_label(&entry.kind, texts.get())}</td>
            <td data-testid="library-modified">{move || local_date_time(entry.modified, lang.get())}</td>
            <td class="num">{move || format_size(entry.size, lang.get())}</td>
            <td class="library-actions">
                <button type="button" data-testid="library-rename" on:click=move |_| {
                    draft.set(title.get_value());
                    panel.editing.set(Some(id.get_value()));
                }>{move || texts.get().library_rename}</button>
                <button type="button" data-testid="library-duplicate" on:click=duplicate>{move || texts.get().library_duplicate}</button>
                <button type="button" data-testid="library-export" on:click=export>{move || texts.get().library_export}</button>
                <button type="button" data-testid="library-export-encrypted" title=move || texts.get().library_export_encrypted_label
                    on:click=move |_| {
                        panel.decrypt.set(None);
                        panel.encrypt.set(Some(super::crypt::EncryptTarget::Document { id: id.get_value(), title: title.get_value() }));
                    }>{move || texts.get().library_export_encrypted}</button>
                <button type="button" class="danger" data-testid="library-delete" on:click=trash>{move || texts.get().library_delete}</button>
            </td>
        </tr>
    }
}

/// A document in the trash: restore.
#[component]
pub fn TrashRow(entry: Entry) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let panel = expect_context::<Panel>();
    let id = entry.id.clone();
    let restore = move |_| {
        let id = id.clone();
        panel.locked(move |lib| {
            if let Err(e) = lib.set_trashed(&id, None) {
                panel.say_store_error(&e);
            }
        });
    };
    view! {
        <li data-testid="trash-row" data-id=entry.id.clone()>
            <span>{entry.title.clone()}</span>
            " "<span class="muted">{move || local_date_time(entry.modified, lang.get())}</span>
            <button type="button" data-testid="trash-restore" on:click=restore>{move || texts.get().trash_restore}</button>
        </li>
    }
}

/// An entry that cannot be read: its reason, its raw text for download, and removal
/// after a question that offers that download first.
#[component]
pub fn DamagedRow(entry: DamagedEntry) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let panel = expect_context::<Panel>();
    let error = entry.error.clone();
    let key = entry.key.clone();
    let id = StoredValue::new(entry.id.clone());
    let stamp = StoredValue::new(entry.stamp.clone());
    let asking = RwSignal::new(false);
    let download = move |_| {
        let id = id.get_value();
        let raw = crate::ui::shell::autosave::library().ok().and_then(|lib| lib.raw(&id));
        if let Some(raw) = raw {
            // Exactly the stored text, whatever it is: plain text, not JSON.
            let _ = download_text(&file_name(&format!("{id}-ruw"), ".txt"), "text/plain", &raw);
        }
    };
    let remove = move |_| {
        asking.set(false);
        let (id, stamp) = (id.get_value(), stamp.get_value());
        panel.locked(move |lib| match lib.remove_damaged(&id, &stamp) {
            Ok(()) => panel.say(false, |t| t.damaged_deleted.into()),
            Err(_) => panel.say(true, |t| t.damaged_changed.into()),
        });
    };
    view! {
        <li data-testid="damaged-row" data-key=key>
            <strong>{entry.title.clone().unwrap_or_else(|| entry.id.clone())}</strong>
            " "<span class="muted">{move || format_size(entry.size, lang.get())}</span>
            <p data-testid="damaged-reason">{move || error.message(lang.get())}</p>
            <button type="button" data-testid="damaged-download" on:click=download>{move || texts.get().damaged_download}</button>
            <button type="button" class="danger" data-testid="damaged-delete" aria-expanded=move || asking.get().to_string()
                on:click=move |_| asking.set(true)>{move || texts.get().damaged_delete}</button>
            <Show when=move || asking.get()>
                <div class="library-question danger-zone" role="alertdialog" data-testid="damaged-delete-question">
                    <p>{move || texts.get().damaged_delete_question}</p>
                    <button type="button" data-testid="damaged-question-download" on:click=download>
                        {move || texts.get().damaged_download}
                    </button>
                    <button type="button" class="danger" data-testid="damaged-delete-yes" on:click=remove>
                        {move || texts.get().damaged_delete_yes}
                    </button>
                    <button type="button" data-testid="damaged-delete-no" on:click=move |_| asking.set(false)>
                        {move || texts.get().library_cancel}
                    </button>
                </div>
            </Show>
        </li>
    }
}
