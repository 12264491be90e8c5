//! Autosave: the open document is written to the browser's library shortly after
//! every change, when the page is hidden or closed, and at once on Ctrl+S.
//!
//! A write never overwrites what another tab wrote: this tab remembers the stamp of
//! the stored text it last saw ([`Stamp`]); if the store holds something else, it
//! does not write and offers "Herladen" or "Opslaan als kopie". When the browser
//! refuses a write (full storage), the document stays open and can be exported.

use crate::editor::Editor;
use crate::format::KringDocument;
use crate::i18n::{Lang, Texts};
use crate::storage::browser::{with_library_lock, BrowserStore};
use crate::storage::{
    doc_key, file_name, Library, LoadError, SaveError, Stamp, Store, StoreError, KEY_PREFIX, LAST_OPEN_KEY,
};
use crate::ui::library::local_time_now;
use crate::ui::session::{new_document_id, now_ms, Session, StatusText};
use crate::ui::shell::download::download_json;
use crate::ui::shell::locale::Locale;
use leptos::ev;
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// How long after the last change the document is written.
pub const DEBOUNCE: Duration = Duration::from_millis(500);

/// Why the open document is not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser's storage is full.
    Quota,
    /// The browser does not allow storage at all.
    Unavailable,
    /// Another tab changed the stored document since this tab last saw it.
    Conflict,
    /// Another tab deleted the stored document.
    Deleted,
}

/// Why a stored document could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// Reading it failed.
    Load(LoadError),
    /// It is not a genogram (a netwerkkaart, not editable in this version).
    NotGenogram,
    /// The open document could not be stored (full storage), so it is not closed.
    Unsaved,
}

#[derive(Default)]
struct Inner {
    /// Per document id: the stamp of the stored text as this tab last read or wrote it.
    seen: HashMap<String, Stamp>,
    /// Per document id: the stamp of the text this tab itself wrote last.
    written: HashMap<String, Stamp>,
    /// The (id, revision) known to be stored.
    saved: Option<(String, u64)>,
    /// A snapshot of the open document waiting to be written, with its revision.
    pending: Option<(KringDocument, u64)>,
    /// The document id whose writes are held back until the user resolves a conflict.
    blocked: Option<String>,
    timer: Option<TimeoutHandle>,
    persist_asked: bool,
    /// The status message autosave set last, so it replaces only its own messages.
    said: Option<StatusText>,
}

/// The autosave state, shared through context.
#[derive(Clone, Copy)]
pub struct Autosave {
    session: Session,
    lang: RwSignal<Lang>,
    /// What keeps the open document from being saved, if anything.
    pub problem: RwSignal<Option<SaveProblem>>,
    /// Bumped whenever the stored library changes (here or in another tab).
    pub library_changed: RwSignal<u64>,
    /// Whether the browser refused storage from the start (site data blocked): nothing
    /// can be kept, so the app says so at once and only offers export.
    pub storage_blocked: RwSignal<bool>,
    /// Persistent storage and the backup reminder.
    pub backup: crate::ui::shell::backup::BackupState,
    inner: StoredValue<Inner>,
}

/// [`Autosave::may_replace_open`] of the app's autosave (always `true` where there is
/// none, as in native tests).
pub fn may_replace_open() -> bool {
    use_context::<Autosave>().is_none_or(|a| a.may_replace_open())
}

/// The browser's library, or why storage cannot be used.
pub fn library() -> Result<Library<BrowserStore>, StoreError> {
    BrowserStore::local().map(Library::new)
}

/// Asks the user `question` with the browser's own dialog; `false` where there is none.
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false)
}

fn both(f: impl Fn(&'static Texts) -> String) -> (String, String) {
    (f(Lang::Nl.texts()), f(Lang::En.texts()))
}

impl Autosave {
    fn say(&self, is_error: bool, f: impl Fn(&'static Texts) -> String) {
        let (nl, en) = both(f);
        let text = if is_error { StatusText::error(nl, en) } else { StatusText::info(nl, en) };
        self.inner.update_value(|i| i.said = Some(text.clone()));
        self.session.status.set(Some(text));
    }

    /// Like [`Self::say`], but leaves another part's message (a refusal, the undo offer
    /// after a delete) standing: routine news only replaces autosave's own or nothing.
    fn say_quietly(&self, f: impl Fn(&'static Texts) -> String) {
        let current = self.session.status.get_untracked();
        if current.is_none() || self.inner.with_value(|i| i.said == current) {
            self.say(false, f);
        }
    }

    /// Tells the library views that stored documents changed.
    pub fn bump(&self) {
        self.library_changed.update(|n| *n += 1);
    }

    /// The id of the open document, if any.
    pub fn open_id(&self) -> Option<String> {
        self.session.editor.with_untracked(|e| e.as_ref().map(|e| e.id.clone()))
    }

    /// Whether the open document has changes that are not stored.
    pub fn has_unsaved(&self) -> bool {
        let current = self.session.editor.with_untracked(|e| e.as_ref().map(|e| (e.id.clone(), e.revision())));
        current.is_some() && self.inner.with_value(|i| i.saved != current || i.pending.is_some())
    }

    /// Commits the side panel's field that has the focus (its `change` fires on blur),
    /// while its form is still alive, and takes the result into the pending snapshot at
    /// once. Called before the open document is replaced or closed: a form removed with
    /// pending text would otherwise fire its `change` after it was disposed (a panic)
    /// and the text would be lost.
    pub fn commit_form(&self) {
        let field = document().active_element().filter(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                && el.closest("#side-panel").ok().flatten().is_some()
        });
        if let Some(el) = field.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
            let _ = el.blur();
        }
        // The editor effect runs later; the snapshot must include the commit now.
        let current = self.session.editor.with_untracked(|e| e.as_ref().map(|e| (e.id.clone(), e.revision())));
        self.changed(current);
    }

    /// Writes what is pending (and the field being typed in) now, and says whether the
    /// open document is still not stored, so leaving the page would lose it.
    pub fn must_ask_before_leaving(&self) -> bool {
        self.commit_form();
        self.flush(false);
        self.has_unsaved()
    }

    /// Whether a snapshot is still waiting to be written (the last write failed, or the
    /// debounce has not run yet).
    pub fn has_pending(&self) -> bool {
        self.inner.with_value(|i| i.pending.is_some())
    }

    /// Remembers that `editor`, just read from storage with `stamp`, is what is stored,
    /// and opens it.
    fn show_stored(&self, editor: Editor, stamp: Stamp) {
        let id = editor.id.clone();
        self.inner.update_value(|i| {
            i.seen.insert(id.clone(), stamp);
            i.saved = Some((id.clone(), editor.revision()));
            i.pending = None;
            i.blocked = None;
        });
        self.problem.set(None);
        self.session.open(editor);
        if let Ok(mut lib) = library() {
            let _ = lib.store_mut().set(LAST_OPEN_KEY, &id);
        }
    }

    /// Whether the open document may be replaced by another one: what is pending is
    /// written first; when that fails (full storage) the user is told and `false`
    /// comes back, so "Nieuw genogram" never drops unsaved work.
    pub fn may_replace_open(&self) -> bool {
        self.commit_form();
        self.flush(true);
        if self.inner.with_value(|i| i.pending.is_none()) {
            return true;
        }
        if self.problem.get_untracked() == Some(SaveProblem::Unavailable) {
            // Nothing can ever be stored in this browser: refusing would lock the user
            // into one document for good, so they decide, warned that it is lost.
            let lang = self.lang.get_untracked();
            if confirm(lang.texts().discard_unsaved_confirm) {
                self.forget();
                return true;
            }
            return false;
        }
        self.say(true, |t| t.save_quota.into());
        false
    }

    /// Opens a stored document, after writing what is pending for the open one.
    pub fn open_stored(&self, id: &str) -> Result<(), OpenError> {
        self.commit_form();
        self.flush(true);
        if self.inner.with_value(|i| i.pending.is_some()) {
            return Err(OpenError::Unsaved);
        }
        let lib = library().map_err(|_| OpenError::Load(LoadError::Missing))?;
        let (doc, stamp) = lib.load(id).map_err(OpenError::Load)?;
        let editor = Editor::open(doc).map_err(|_| OpenError::NotGenogram)?;
        self.show_stored(editor, stamp);
        Ok(())
    }

    /// Closes the open document (after it was moved to the trash or erased): nothing
    /// of it is written any more.
    pub fn close_open(&self) {
        // The form goes with the document: let its pending `change` run while it lives.
        self.commit_form();
        self.forget();
        self.session.editor.set(None);
        self.session.selection.set(None);
        if let Ok(mut lib) = library() {
            lib.store_mut().remove(LAST_OPEN_KEY);
        }
    }

    /// Drops everything this tab remembers about stored documents, without writing.
    pub fn forget(&self) {
        self.inner.update_value(|i| {
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            let persist_asked = i.persist_asked;
            let said = i.said.take();
            *i = Inner { persist_asked, said, ..Inner::default() };
        });
        self.problem.set(None);
    }

    /// Called after every change of the editor signal: takes a snapshot and writes it
    /// after [`DEBOUNCE`]. A switch to another document first writes the old one.
    fn changed(&self, current: Option<(String, u64)>) {
        let pending_id = self.inner.with_value(|i| i.pending.as_ref().map(|(d, _)| d.id.clone()));
        if pending_id.is_some() && pending_id != current.as_ref().map(|c| c.0.clone()) {
            self.flush(true);
        }
        let Some((id, rev)) = current else { return };
        if self.inner.with_value(|i| i.saved.as_ref() == Some(&(id.clone(), rev))) {
            return;
        }
        if self.inner.with_value(|i| i.blocked.as_ref().is_some_and(|b| *b != id)) {
            // Another document is open now: the old conflict no longer applies.
            self.inner.update_value(|i| i.blocked = None);
            self.problem.set(None);
        }
        let snapshot = self.session.editor.with_untracked(|e| e.as_ref().map(Editor::to_document));
        let this = *self;
        self.inner.update_value(|i| {
            i.pending = snapshot.map(|d| (d, rev));
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            i.timer = set_timeout_with_handle(move || this.flush_locked(false), DEBOUNCE).ok();
        });
    }

    /// Writes the pending snapshot now, if any. While a conflict holds its document
    /// back, nothing is written, unless `leaving` (another document is being opened):
    /// then this tab's version is kept as a copy rather than lost.
    pub fn flush(&self, leaving: bool) {
        self.flush_with(leaving, false);
    }

    /// [`Self::flush`]; `asked` when the user asked for the save, so it is reported
    /// even over another message.
    fn flush_with(&self, leaving: bool, asked: bool) {
        let taken = self.inner.try_update_value(|i| {
            if let Some(t) = i.timer.take() {
                t.clear();
            }
            i.pending.clone()
        });
        let Some(Some((mut doc, rev))) = taken else { return };
        let blocked = self.inner.with_value(|i| i.blocked.as_ref() == Some(&doc.id));
        if blocked {
            if !leaving {
                return;
            }
            doc.id = new_document_id();
            doc.title = format!("{}{}", doc.title, self.lang.get_untracked().texts().copy_suffix);
            self.inner.update_value(|i| i.blocked = None);
            self.problem.set(None);
        }
        self.write(doc, rev, asked);
    }

    /// [`Self::flush`] under the library's Web Lock ([`with_library_lock`]): the write
    /// happens once no other tab is writing, and compares with what is stored then.
    /// Used by the debounce and Ctrl+S. Writes that cannot wait (leaving the page,
    /// opening another document) stay synchronous; their stamp check still refuses to
    /// overwrite an unseen version, and [`Self::stored_elsewhere`] notices the rest.
    fn flush_locked(&self, asked: bool) {
        let this = *self;
        with_library_lock(move || this.flush_with(false, asked));
    }

    /// Saves the open document now, also when nothing changed (Ctrl+S).
    pub fn save_now(&self) {
        let snapshot = self.session.editor.with_untracked(|e| e.as_ref().map(|e| (e.to_document(), e.revision())));
        if let Some(snapshot) = snapshot {
            self.inner.update_value(|i| i.pending = Some(snapshot));
            self.flush_locked(true);
        }
    }

    fn write(&self, doc: KringDocument, rev: u64, asked: bool) {
        let mut lib = match library() {
            Ok(lib) => lib,
            Err(_) => {
                self.problem.set(Some(SaveProblem::Unavailable));
                self.say(true, |t| t.save_unavailable.into());
                return;
            }
        };
        let expected = self.inner.with_value(|i| i.seen.get(&doc.id).cloned());
        match lib.save(&doc, expected.as_ref()) {
            Ok(stamp) => {
                let first = self.inner.try_update_value(|i| {
                    i.seen.insert(doc.id.clone(), stamp.clone());
                    i.written.insert(doc.id.clone(), stamp);
                    if i.pending.as_ref().is_some_and(|(d, r)| d.id == doc.id && *r == rev) {
                        i.pending = None;
                    }
                    i.saved = Some((doc.id.clone(), rev));
                    !std::mem::replace(&mut i.persist_asked, true)
                });
                if self.open_id().as_deref() == Some(&doc.id) {
                    let _ = lib.store_mut().set(LAST_OPEN_KEY, &doc.id);
                    self.problem.set(None);
                    let time = local_time_now();
                    let message = |t: &'static Texts| format!("{} {time}", t.saved_at);
                    if asked {
                        self.say(false, message);
                    } else {
                        self.say_quietly(message);
                    }
                }
                if first == Some(true) {
                    self.backup.after_first_save();
                }
                self.bump();
            }
            Err(SaveError::Conflict { current }) => {
                self.inner.update_value(|i| {
                    i.blocked = Some(doc.id.clone());
                    i.pending = Some((doc, rev));
                });
                self.report_conflict(current.is_none());
            }
            Err(SaveError::Store(StoreError::Quota)) => {
                self.inner.update_value(|i| i.pending = Some((doc, rev)));
                self.problem.set(Some(SaveProblem::Quota));
                self.say(true, |t| t.save_quota.into());
            }
            Err(SaveError::Store(StoreError::Unavailable(_))) => {
                self.inner.update_value(|i| i.pending = Some((doc, rev)));
                self.problem.set(Some(SaveProblem::Unavailable));
                self.say(true, |t| t.save_unavailable.into());
            }
        }
    }

    fn report_conflict(&self, deleted: bool) {
        if deleted {
            self.problem.set(Some(SaveProblem::Deleted));
            self.say(true, |t| t.save_conflict_deleted.into());
        } else {
            self.problem.set(Some(SaveProblem::Conflict));
            self.say(true, |t| t.save_conflict.into());
        }
    }

    /// Resolves a conflict by loading the stored version (this tab's changes go).
    pub fn reload(&self) {
        let Some(id) = self.open_id() else { return };
        // Whatever is typed goes with the replaced version, but never panics on the way.
        self.commit_form();
        let result = library().map_err(|_| OpenError::Load(LoadError::Missing)).and_then(|lib| {
            let (doc, stamp) = lib.load(&id).map_err(OpenError::Load)?;
            Ok((Editor::open(doc).map_err(|_| OpenError::NotGenogram)?, stamp))
        });
        match result {
            Ok((editor, stamp)) => {
                self.show_stored(editor, stamp);
                self.say(false, |t| t.reloaded_from_other_tab.into());
            }
            Err(e) => self.report_open_error(&e),
        }
    }

    /// Says in the status line why a document could not be opened.
    pub fn report_open_error(&self, e: &OpenError) {
        match e {
            OpenError::Load(e) => {
                let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
                self.session.status.set(Some(StatusText::error(nl, en)));
            }
            OpenError::NotGenogram => self.say(true, |t| t.document_kind_unknown.into()),
            OpenError::Unsaved => self.say(true, |t| t.save_quota.into()),
        }
    }

    /// Resolves a conflict by saving this tab's version under a new id, as a copy.
    pub fn save_as_copy(&self) {
        let suffix = self.lang.get_untracked().texts().copy_suffix;
        self.inner.update_value(|i| {
            i.blocked = None;
            i.pending = None;
        });
        self.problem.set(None);
        self.session.editor.update(|e| {
            if let Some(e) = e {
                e.id = new_document_id();
                let title = format!("{}{suffix}", e.title);
                e.rename(&title, now_ms());
            }
        });
        self.save_now();
    }

    /// Downloads the open document as a `.kring.json` file (works with full storage).
    pub fn export_open(&self) {
        if let Some(doc) = self.session.editor.with_untracked(|e| e.as_ref().map(Editor::to_document)) {
            let _ = download_json(&file_name(&doc.title, ".kring.json"), &doc.to_json());
        }
    }

    /// Two tabs wrote the open document at once, both over the same earlier text
    /// (`old`), and this tab's write came second: `localStorage` caches per tab, so
    /// neither saw the other's (not even under the Web Lock). The other tab's version
    /// (`new`) is then gone from storage, and that tab, seeing this tab's write arrive
    /// over its own, would take it for an ordinary later change. Only this tab can tell,
    /// so it keeps that version as a copy in the library and says so.
    fn keep_forked_version(&self, id: &str, old: Option<&str>, new: Option<&str>) {
        let Some(new) = new else { return };
        let forked = self.inner.with_value(|i| {
            let mine = i.written.get(id);
            mine.is_some()
                && i.seen.get(id) == mine
                && old.map(Stamp::of).as_ref() != mine
                && Some(&Stamp::of(new)) != mine
        });
        if !forked {
            return;
        }
        let Ok(mut doc) = KringDocument::from_bytes(new.as_bytes()) else { return };
        doc.id = new_document_id();
        doc.title = format!("{}{}", doc.title, self.lang.get_untracked().texts().copy_suffix);
        // The copy and its index row are a library write like any other: under the lock.
        let this = *self;
        with_library_lock(move || {
            let Ok(mut lib) = library() else { return };
            if lib.save(&doc, None).is_ok() {
                this.say(true, |t| t.saved_other_tab_copy.into());
                this.bump();
            }
        });
    }

    /// Another tab changed `key` (`None`: cleared everything); `old` is the text it
    /// replaced, as the storage event reports it.
    fn stored_elsewhere(&self, key: Option<String>, old: Option<String>, new: Option<String>) {
        if key.as_deref().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
            self.bump();
        }
        let Some(id) = self.open_id() else { return };
        if key.as_deref().is_some_and(|k| k != doc_key(&id)) {
            return;
        }
        if key.is_some() {
            self.keep_forked_version(&id, old.as_deref(), new.as_deref());
        }
        let Ok(lib) = library() else { return };
        let raw = lib.raw(&id);
        let stamp = raw.as_deref().map(Stamp::of);
        if self.inner.with_value(|i| i.seen.get(&id) == stamp.as_ref()) {
            return;
        }
        // Text typed in a field but not yet committed is this tab's change too: commit
        // it first, so it counts below (a conflict, both versions kept) instead of
        // being dropped with its form.
        self.commit_form();
        if self.has_unsaved() {
            self.inner.update_value(|i| i.blocked = Some(id));
            self.report_conflict(stamp.is_none());
            return;
        }
        match lib.load(&id) {
            Ok((doc, stamp)) => match Editor::open(doc) {
                Ok(editor) => {
                    self.show_stored(editor, stamp);
                    self.say(false, |t| t.reloaded_from_other_tab.into());
                }
                Err(_) => {
                    self.inner.update_value(|i| i.blocked = Some(id));
                    self.report_conflict(false);
                }
            },
            Err(LoadError::Missing) => {
                self.close_open();
                self.say(false, |t| t.closed_deleted_elsewhere.into());
            }
            Err(LoadError::Damaged(_)) => {
                // Another (newer) Kring wrote something this one cannot read: keep ours
                // in memory and never write over theirs.
                self.inner.update_value(|i| i.blocked = Some(id));
                self.report_conflict(false);
            }
        }
    }
}

/// Sets up autosave for the app: repairs the library, reopens the document that was
/// open last, and watches the editor, the page's visibility, Ctrl+S and other tabs.
/// Provides [`Autosave`] as context.
pub fn install(session: Session) -> Autosave {
    let Locale(lang) = expect_context::<Locale>();
    let autosave = Autosave {
        session,
        lang,
        problem: RwSignal::new(None),
        library_changed: RwSignal::new(0),
        storage_blocked: RwSignal::new(false),
        backup: crate::ui::shell::backup::BackupState::new(),
        inner: StoredValue::new(Inner::default()),
    };
    provide_context(autosave);

    let lib = library();
    if lib.is_err() {
        autosave.storage_blocked.set(true);
    }
    if let Ok(mut lib) = lib {
        let listing = lib.reconcile();
        autosave.backup.check_reminder(listing.live().next().is_some());
        let last = lib.store().get(LAST_OPEN_KEY);
        if let Some(id) = last.filter(|id| listing.live().any(|e| &e.id == id)) {
            if let Ok((doc, stamp)) = lib.load(&id) {
                if let Ok(editor) = Editor::open(doc) {
                    autosave.show_stored(editor, stamp);
                }
            }
        }
        if !listing.damaged.is_empty() {
            autosave.say(true, |t| t.startup_damaged.into());
        }
    }

    Effect::new(move |_| {
        let current = session.editor.with(|e| e.as_ref().map(|e| (e.id.clone(), e.revision())));
        autosave.changed(current);
    });

    // Closing or reloading the tab: commit the field being typed in and write what is
    // pending; if the document is still not stored (full or blocked storage, a
    // conflict), the browser asks before the page goes.
    let leave = window_event_listener_untyped("beforeunload", move |ev| {
        if autosave.must_ask_before_leaving() {
            ev.prevent_default();
            // Older browsers show (or at least need) a return value to ask.
            if let Some(ev) = wasm_bindgen::JsCast::dyn_ref::<web_sys::BeforeUnloadEvent>(&ev) {
                ev.set_return_value(autosave.lang.get_untracked().texts().leave_unsaved);
            }
        }
    });
    let hide = window_event_listener(ev::pagehide, move |_| autosave.flush(false));
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            autosave.flush(false);
        }
    });
    let storage = window_event_listener(ev::storage, move |ev| {
        autosave.stored_elsewhere(ev.key(), ev.old_value(), ev.new_value())
    });
    on_cleanup(move || {
        leave.remove();
        hide.remove();
        visibility.remove();
        storage.remove();
    });
    autosave
}
