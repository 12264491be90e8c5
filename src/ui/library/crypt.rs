//! "Versleuteld opslaan" in the library dialog: the password form for an encrypted
//! export (one document or the whole library), and the password question when an
//! imported file turns out to be encrypted. The codec is [`crate::crypt`].

use super::dialog::Panel;
use crate::crypt::{CryptError, ENCRYPTED_EXTENSION, MIN_PASSWORD_CHARS};
use crate::i18n::{Lang, Texts};
use crate::storage::{file_name, LoadError};
use crate::ui::session::StatusText;
use crate::ui::shell::autosave::library;
use crate::ui::shell::backup::library_backup_text;
use crate::ui::shell::download::download_bytes;
use crate::ui::shell::locale::use_texts;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

/// What an encrypted export will hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncryptTarget {
    /// One stored document.
    Document {
        /// Its id in the library.
        id: String,
        /// Its title (for the file name and the form's heading).
        title: String,
    },
    /// Every document in this browser (a library file, like "Alles exporteren").
    Library,
}

/// An imported file that is encrypted, waiting for its password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingDecrypt {
    /// The file's name, as picked or dropped.
    pub name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Why the password form refuses (shown in the form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormProblem {
    TooShort,
    Mismatch,
    Crypt(CryptError),
}

impl FormProblem {
    fn message(self, t: &'static Texts, lang: Lang) -> String {
        match self {
            FormProblem::TooShort => t.encrypt_too_short.into(),
            FormProblem::Mismatch => t.encrypt_mismatch.into(),
            FormProblem::Crypt(e) => e.message(lang),
        }
    }
}

/// Whether a password may be used for an encrypted export.
fn check_new_password(password: &str, repeat: &str) -> Result<(), FormProblem> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        Err(FormProblem::TooShort)
    } else if password != repeat {
        Err(FormProblem::Mismatch)
    } else {
        Ok(())
    }
}

/// Key derivation takes a noticeable moment and blocks the page; the busy message is
/// painted first.
fn after_paint(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::from_millis(30));
}

impl Panel {
    /// Seals what `target` names with `password` and downloads it: the file's name, or
    /// `None` when there was nothing to seal (already said in the dialog).
    fn write_encrypted(&self, target: &EncryptTarget, password: &str) -> Result<Option<String>, FormProblem> {
        let (plain, name) = match target {
            EncryptTarget::Document { id, title } => {
                if self.open_id.get_untracked().as_deref() == Some(id) {
                    self.autosave.flush(false);
                }
                let raw = library().ok().and_then(|lib| lib.raw(id));
                let Some(raw) = raw else {
                    let e = LoadError::Missing;
                    self.message.set(Some(StatusText::error(e.message(Lang::Nl), e.message(Lang::En))));
                    return Ok(None);
                };
                (raw, file_name(title, ENCRYPTED_EXTENSION))
            }
            EncryptTarget::Library => match library_backup_text(&self.autosave) {
                Some((stem, text)) => (text, format!("{stem}{ENCRYPTED_EXTENSION}")),
                None => {
                    self.say(true, |t| t.library_unavailable.into());
                    return Ok(None);
                }
            },
        };
        let sealed = crate::crypt::seal(plain.as_bytes(), password).map_err(FormProblem::Crypt)?;
        download_bytes(&name, "application/octet-stream", &sealed);
        if *target == EncryptTarget::Library {
            self.autosave.backup.recorded();
        }
        Ok(Some(name))
    }

    /// Opens a pending encrypted import with `password` and imports what it holds; a
    /// wrong password or a damaged file changes nothing.
    fn open_encrypted(&self, pending: &PendingDecrypt, password: &str) -> Result<(), CryptError> {
        let plain = crate::crypt::open(&pending.bytes, password)?;
        self.decrypt.set(None);
        let stem = pending.name.strip_suffix(ENCRYPTED_EXTENSION).unwrap_or(&pending.name);
        self.import_bytes(&format!("{stem}.kring.json"), Ok(plain));
        Ok(())
    }
}

/// The password form of an encrypted export, shown while [`Panel::encrypt`] is set.
#[component]
pub fn EncryptStep() -> impl IntoView {
    let panel = expect_context::<Panel>();
    view! { {move || panel.encrypt.get().map(|target| view! { <EncryptForm target/> })} }
}

#[component]
fn EncryptForm(target: EncryptTarget) -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    let lang = panel.lang;
    let password = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<FormProblem>);
    let busy = RwSignal::new(false);
    let first = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = first.get() {
            let _ = input.focus();
        }
    });
    let what = match &target {
        EncryptTarget::Document { title, .. } => title.clone(),
        EncryptTarget::Library => texts.get_untracked().encrypt_library.to_owned(),
    };
    let target = StoredValue::new(target);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let pw = password.get_untracked();
        if let Err(p) = check_new_password(&pw, &repeat.get_untracked()) {
            return problem.set(Some(p));
        }
        problem.set(None);
        busy.set(true);
        after_paint(move || {
            let result = panel.write_encrypted(&target.get_value(), &pw);
            busy.try_set(false);
            match result {
                Ok(name) => {
                    panel.encrypt.set(None);
                    if let Some(name) = name {
                        panel.say(false, |t| format!("{} {name}", t.encrypt_done));
                    }
                }
                Err(p) => {
                    problem.try_set(Some(p));
                }
            }
        });
    };
    view! {
        <form class="library-question crypt-form" data-testid="encrypt-step" aria-labelledby="encrypt-title" on:submit=submit>
            <h3 id="encrypt-title">{move || texts.get().encrypt_title}": "<span data-testid="encrypt-what">{what}</span></h3>
            <label class="field">
                <span>{move || texts.get().encrypt_password}</span>
                <input type="password" autocomplete="new-password" node_ref=first data-testid="encrypt-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || texts.get().encrypt_repeat}</span>
                <input type="password" autocomplete="new-password" data-testid="encrypt-repeat"
                    prop:value=move || repeat.get() on:input=move |ev| repeat.set(event_target_value(&ev))/>
            </label>
            <p class="crypt-warning" data-testid="encrypt-no-recovery">{move || texts.get().encrypt_no_recovery}</p>
            <p role="alert" class="crypt-problem" data-testid="encrypt-problem">
                {move || problem.get().map(|p| p.message(texts.get(), lang.get()))}
                {move || busy.get().then(|| texts.get().encrypt_busy)}
            </p>
            <button type="submit" data-testid="encrypt-save" disabled=move || busy.get()>{move || texts.get().encrypt_save}</button>
            <button type="button" data-testid="encrypt-cancel" on:click=move |_| panel.encrypt.set(None)>
                {move || texts.get().library_cancel}
            </button>
        </form>
    }
}

/// The password question for an encrypted import, shown while [`Panel::decrypt`] is set.
#[component]
pub fn DecryptStep() -> impl IntoView {
    let panel = expect_context::<Panel>();
    view! { {move || panel.decrypt.get().map(|pending| view! { <DecryptForm pending/> })} }
}

#[component]
fn DecryptForm(pending: PendingDecrypt) -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    let lang = panel.lang;
    let password = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<CryptError>);
    let busy = RwSignal::new(false);
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    let name = pending.name.clone();
    let pending = StoredValue::new(pending);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let pw = password.get_untracked();
        if pw.is_empty() {
            return problem.set(Some(CryptError::EmptyPassword));
        }
        problem.set(None);
        busy.set(true);
        after_paint(move || {
            let result = panel.open_encrypted(&pending.get_value(), &pw);
            busy.try_set(false);
            if let Err(e) = result {
                // Nothing changed; the form stays for another try.
                problem.try_set(Some(e));
                password.try_set(String::new());
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                }
            }
        });
    };
    view! {
        <form class="library-question crypt-form" data-testid="decrypt-step" aria-labelledby="decrypt-title" on:submit=submit>
            <h3 id="decrypt-title">{move || texts.get().decrypt_title}": "<span>{name}</span></h3>
            <label class="field">
                <span>{move || texts.get().decrypt_intro}</span>
                <input type="password" autocomplete="current-password" node_ref=input data-testid="decrypt-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
            </label>
            <p class="crypt-warning" data-testid="decrypt-no-recovery">{move || texts.get().decrypt_no_recovery}</p>
            <p role="alert" class="crypt-problem" data-testid="decrypt-problem">
                {move || problem.get().map(|e| e.message(lang.get()))}
                {move || busy.get().then(|| texts.get().decrypt_busy)}
            </p>
            <button type="submit" data-testid="decrypt-open" disabled=move || busy.get()>{move || texts.get().decrypt_open}</button>
            <button type="button" data-testid="decrypt-cancel" on:click=move |_| panel.decrypt.set(None)>
                {move || texts.get().library_cancel}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_password_needs_eight_characters_and_the_same_twice() {
        assert_eq!(check_new_password("kort", "kort"), Err(FormProblem::TooShort));
        assert_eq!(check_new_password("ééééééé", "ééééééé"), Err(FormProblem::TooShort), "characters, not bytes");
        assert_eq!(check_new_password("lang genoeg", "lang genoeG"), Err(FormProblem::Mismatch));
        assert_eq!(check_new_password("lang genoeg", "lang genoeg"), Ok(()));
        for lang in Lang::ALL {
            assert!(lang.texts().encrypt_too_short.contains(&MIN_PASSWORD_CHARS.to_string()));
        }
    }
}
