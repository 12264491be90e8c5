//! The library dialog: search, list, import, export, trash, damaged entries and
//! "Alles wissen".

use super::crypt::{DecryptStep, EncryptStep, EncryptTarget, PendingDecrypt};
use super::files::{first_file, read_file};
use super::rows::{DamagedRow, DocumentRow, TrashRow};
use super::text::{format_used, matches_search};
use crate::format::{FormatError, KringDocument};
use crate::i18n::{Lang, Texts};
use crate::storage::browser::{with_library_lock, BrowserStore};
use crate::storage::{ConflictChoice, ImportPlan, Library, Listing, Newer, StoreError};
use crate::ui::session::{new_document_id, now_ms, Session, StatusText};
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::{library, Autosave, OpenError};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A step that needs a second click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Remove every `kring.*` key.
    EraseAll,
    /// Remove the documents in the trash for good.
    EmptyTrash,
}

/// State of the open library dialog, shared with its rows.
#[derive(Clone, Copy)]
pub struct Panel {
    /// What the library holds.
    pub listing: RwSignal<Listing>,
    /// Storage used by this site, in UTF-16 code units.
    pub used: RwSignal<usize>,
    /// The dialog's message line.
    pub message: RwSignal<Option<StatusText>>,
    /// The id of the row whose title is being edited.
    pub editing: RwSignal<Option<String>>,
    /// A step waiting for confirmation.
    pub confirm: RwSignal<Option<Confirm>>,
    /// An import waiting for "kopie" or "vervangen".
    pub plan: RwSignal<Option<ImportPlan>>,
    /// The report of the last GEDCOM import.
    pub gedcom_report: RwSignal<Option<crate::gedcom::ImportReport>>,
    /// An encrypted export waiting for its password.
    pub encrypt: RwSignal<Option<EncryptTarget>>,
    /// An encrypted import waiting for its password.
    pub decrypt: RwSignal<Option<PendingDecrypt>>,
    /// The id of the open document.
    pub open_id: Memo<Option<String>>,
    /// The UI language (kept here: import callbacks run outside the component tree).
    pub lang: RwSignal<Lang>,
    /// The autosave of the open document (imports may replace it).
    pub autosave: Autosave,
    /// The open document.
    pub session: Session,
    /// The shell's dialogs and viewport.
    pub shell: Shell,
}

impl Panel {
    /// Reads the library again (and repairs its index).
    pub fn refresh(&self) {
        match library() {
            Ok(mut lib) => {
                self.listing.set(lib.reconcile());
                self.used.set(lib.used_units());
            }
            // An empty list alone would read as "you have no documents".
            Err(_) => self.say(true, |t| t.library_unavailable.into()),
        }
    }

    /// Shows a message from the text tables (nothing once the dialog is closed: a
    /// locked write may finish after that).
    pub fn say(&self, is_error: bool, f: impl Fn(&'static Texts) -> String) {
        let (nl, en) = (f(Lang::Nl.texts()), f(Lang::En.texts()));
        self.message.try_set(Some(if is_error { StatusText::error(nl, en) } else { StatusText::info(nl, en) }));
    }

    /// Runs `f` on the library under the Web Lock all tabs take for writes
    /// ([`with_library_lock`]), then tells the views the library changed.
    pub fn locked(&self, f: impl FnOnce(&mut Library<BrowserStore>) + 'static) {
        let this = *self;
        with_library_lock(move || {
            match library() {
                Ok(mut lib) => f(&mut lib),
                Err(_) => this.say(true, |t| t.library_unavailable.into()),
            }
            this.autosave.bump();
        });
    }

    /// Shows why the store refused a change.
    pub fn say_store_error(&self, e: &StoreError) {
        match e {
            StoreError::Quota => self.say(true, |t| t.library_storage_full.into()),
            StoreError::Unavailable(_) => self.say(true, |t| t.library_unavailable.into()),
        }
    }

    /// Opens a stored document and closes the dialog.
    pub fn open(&self, id: &str) {
        if self.open_id.get_untracked().as_deref() == Some(id) {
            self.shell.library_open.set(false);
            return;
        }
        match self.autosave.open_stored(id) {
            Ok(()) => self.shell.library_open.set(false),
            Err(OpenError::Load(e)) => {
                self.message.set(Some(StatusText::error(e.message(Lang::Nl), e.message(Lang::En))));
            }
            Err(OpenError::NotGenogram) => self.say(true, |t| t.document_kind_unknown.into()),
            Err(OpenError::Unsaved) => self.say(true, |t| t.save_quota.into()),
        }
    }

    /// Reads an import file's bytes: refuses a bad file with its reason, imports a
    /// file without conflicts at once and asks about one with conflicts.
    pub(super) fn import_bytes(&self, file_name: &str, bytes: Result<Vec<u8>, FormatError>) {
        // The file was read after the dialog closed: its state is gone, do nothing.
        if self.listing.try_with_untracked(|_| ()).is_none() {
            return;
        }
        self.gedcom_report.set(None);
        if let Ok(bytes) = &bytes {
            if crate::crypt::is_encrypted(bytes) {
                // Asked for its password first; nothing is read until it opens.
                self.message.set(None);
                self.plan.set(None);
                self.decrypt.set(Some(PendingDecrypt { name: file_name.to_owned(), bytes: bytes.clone() }));
                return;
            }
            if crate::gedcom::looks_like_gedcom(bytes) {
                return self.import_gedcom(file_name, bytes);
            }
            if crate::format::parse_json(bytes).is_ok_and(|v| crate::format::exercise::is_exercise(&v)) {
                return self.import_exercise(bytes);
            }
        }
        let plan = bytes.map_err(crate::storage::ImportError::File).and_then(|bytes| match library() {
            Ok(lib) => lib.plan_import(&bytes),
            Err(_) => Err(crate::storage::ImportError::File(FormatError::NotKring { found: None })),
        });
        match plan {
            Err(e) => self.message.set(Some(StatusText::error(e.message(Lang::Nl), e.message(Lang::En)))),
            Ok(plan) if plan.conflicts.is_empty() => self.apply_import(plan, ConflictChoice::Copy),
            Ok(plan) => {
                self.message.set(None);
                self.plan.set(Some(plan));
            }
        }
    }

    /// Imports a GEDCOM file as a new genogram and shows its report; a broken file
    /// changes nothing and says at which line it breaks.
    fn import_gedcom(&self, file_name: &str, bytes: &[u8]) {
        match crate::gedcom::import(bytes) {
            Err(e) => self.message.set(Some(StatusText::error(e.message(Lang::Nl), e.message(Lang::En)))),
            Ok(imported) => {
                let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem).trim();
                let title = if stem.is_empty() {
                    imported.title.clone().unwrap_or_else(|| "GEDCOM".into())
                } else {
                    stem.to_owned()
                };
                let doc = KringDocument::new_genogram(&new_document_id(), &title, imported.genogram, now_ms());
                self.gedcom_report.set(Some(imported.report));
                self.apply_import(ImportPlan { documents: vec![doc], conflicts: Vec::new() }, ConflictChoice::Copy);
            }
        }
    }

    /// Opens an exercise file as a student: a new document (only the cliënt) with the
    /// exercise kept beside it, opened at once with its assignment; a broken file
    /// changes nothing and says why.
    fn import_exercise(&self, bytes: &[u8]) {
        let exercise = match crate::format::Exercise::from_bytes(bytes) {
            Ok(exercise) => exercise,
            Err(e) => return self.message.set(Some(StatusText::error(e.message(Lang::Nl), e.message(Lang::En)))),
        };
        if !self.autosave.may_replace_open() {
            return;
        }
        let this = *self;
        let id = new_document_id();
        with_library_lock(move || {
            let started = library().map_err(|_| StoreError::Unavailable(String::new())).and_then(|mut lib| {
                crate::storage::exercise::start_exercise(&mut lib, &exercise, &id, now_ms()).map_err(|e| match e {
                    crate::storage::SaveError::Store(e) => e,
                    // A fresh id is never stored before; treat it as unavailable storage.
                    crate::storage::SaveError::Conflict { .. } => StoreError::Unavailable(String::new()),
                })
            });
            this.autosave.bump();
            match started {
                Err(e) => this.say_store_error(&e),
                Ok((doc, _)) => {
                    this.open(&id);
                    let title = doc.title;
                    let (nl, en) = (Lang::Nl.texts(), Lang::En.texts());
                    this.session.status.set(Some(StatusText::info(
                        format!("{} {title}", nl.exercise_opened),
                        format!("{} {title}", en.exercise_opened),
                    )));
                }
            }
        });
    }

    /// Writes an import with the user's choice for conflicting documents.
    pub fn apply_import(&self, plan: ImportPlan, choice: ConflictChoice) {
        self.plan.set(None);
        // The open document is stored first, so a replace is compared with its latest text.
        self.autosave.flush(false);
        let open = self.open_id.get_untracked();
        let replaces_open = choice == ConflictChoice::Replace
            && plan.conflicts.iter().any(|c| Some(&c.id) == open.as_ref() && !c.existing_damaged);
        let suffix = self.lang.get_untracked().texts().copy_suffix;
        let this = *self;
        self.locked(move |lib| this.write_import(lib, plan, choice, suffix, replaces_open));
    }

    fn write_import(
        &self,
        lib: &mut Library<BrowserStore>,
        plan: ImportPlan,
        choice: ConflictChoice,
        suffix: &str,
        replaces_open: bool,
    ) {
        match lib.apply_import(plan, choice, new_document_id, suffix, now_ms()) {
            Ok(report) => {
                let n = report.written.len();
                if report.replaced.is_empty() {
                    self.say(false, |t| format!("{} {n}", t.imported));
                } else {
                    self.say(false, |t| format!("{} {n}. {}", t.imported, t.import_replaced_trash));
                }
                if replaces_open {
                    self.autosave.reload();
                }
            }
            Err(failure) => {
                let store = |t: &'static Texts| match failure.error {
                    StoreError::Quota => t.library_storage_full,
                    StoreError::Unavailable(_) => t.library_unavailable,
                };
                if failure.not_restored.is_empty() {
                    self.say(true, |t| format!("{} {}", store(t), t.import_failed_restored));
                } else {
                    let titles: Vec<String> =
                        failure.not_restored.iter().map(|(_, title, _)| format!("“{title}”")).collect();
                    let titles = titles.join(", ");
                    self.say(true, |t| format!("{} {} {titles}", store(t), t.import_failed_not_restored));
                }
            }
        }
    }

    fn confirmed(&self, what: Confirm) {
        self.confirm.set(None);
        if library().is_err() {
            return self.say(true, |t| t.library_unavailable.into());
        }
        match what {
            Confirm::EraseAll => {
                self.autosave.close_open();
                // Nothing of an erased cliënt may stay behind for a later print.
                crate::ui::shell::print::clear_print_area();
                self.session.status.set(None);
                // Under the lock, so no other tab's write lands half in the erased library.
                // (`locked` tells the views the library changed once it has.)
                let this = *self;
                self.locked(move |lib| {
                    lib.erase_all();
                    this.say(false, |t| t.erased_all.into());
                });
            }
            Confirm::EmptyTrash => {
                let this = *self;
                self.locked(move |lib| match lib.empty_trash() {
                    Ok(_) => this.say(false, |t| t.trash_emptied.into()),
                    Err(e) => this.say_store_error(&e),
                });
            }
        }
    }
}

/// The library dialog (shown while `Shell::library_open`).
#[component]
pub fn LibraryDialog() -> impl IntoView {
    let shell = expect_context::<Shell>();
    view! {
        <Show when=move || shell.library_open.get()>
            <LibraryPanel/>
        </Show>
    }
}

#[component]
fn LibraryPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let autosave = expect_context::<Autosave>();
    // The open document is stored before the list is read, so the list shows it as it is.
    autosave.flush(false);
    let panel = Panel {
        listing: RwSignal::new(Listing::default()),
        used: RwSignal::new(0),
        message: RwSignal::new(None),
        editing: RwSignal::new(None),
        confirm: RwSignal::new(None),
        plan: RwSignal::new(None),
        gedcom_report: RwSignal::new(None),
        encrypt: RwSignal::new(None),
        decrypt: RwSignal::new(None),
        open_id: Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone()))),
        lang,
        autosave,
        session,
        shell,
    };
    provide_context(panel);
    Effect::new(move |_| {
        autosave.library_changed.track();
        panel.refresh();
    });
    let search = RwSignal::new(String::new());
    let show_trash = RwSignal::new(false);
    let search_ref = NodeRef::<html::Input>::new();
    let file_ref = NodeRef::<html::Input>::new();
    let close = move || shell.library_open.set(false);
    // Escape backs out of the innermost step first: a rename, a confirmation, an
    // import question, then the dialog.
    let step_back = Callback::new(move |()| {
        if panel.editing.get_untracked().is_some() {
            panel.editing.set(None);
        } else if panel.encrypt.get_untracked().is_some() {
            panel.encrypt.set(None);
        } else if panel.decrypt.get_untracked().is_some() {
            panel.decrypt.set(None);
        } else if panel.confirm.get_untracked().is_some() {
            panel.confirm.set(None);
        } else if panel.plan.get_untracked().is_some() {
            panel.plan.set(None);
        } else {
            close();
        }
    });

    let on_file = move |ev: ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = first_file(input.files()) {
            let name = file.name();
            read_file(file, move |bytes| panel.import_bytes(&name, bytes));
        }
        // The same file can be picked again after fixing it.
        input.set_value("");
    };
    let on_drop = Callback::new(move |ev: ev::DragEvent| {
        if let Some(file) = first_file(ev.data_transfer().and_then(|d| d.files())) {
            let name = file.name();
            read_file(file, move |bytes| panel.import_bytes(&name, bytes));
        }
    });
    let export_all = move |_| {
        if !crate::ui::shell::backup::make_backup(&autosave) {
            panel.say(true, |t| t.library_unavailable.into());
        }
    };

    let live_rows = move || {
        let q = search.get();
        let rows: Vec<_> = panel.listing.with(|l| l.live().filter(|e| matches_search(&e.title, &q)).cloned().collect());
        let empty = panel.listing.with(|l| l.live().next().is_none());
        if rows.is_empty() {
            let t = texts.get();
            let text = if empty { t.library_empty } else { t.library_no_match };
            return view! { <p class="muted" data-testid="library-empty">{text}</p> }.into_any();
        }
        view! {
            <table class="library-table" data-testid="library-list">
                <thead>
                    <tr>
                        <th scope="col">{move || texts.get().library_col_title}</th>
                        <th scope="col">{move || texts.get().library_col_kind}</th>
                        <th scope="col">{move || texts.get().library_col_modified}</th>
                        <th scope="col" class="num">{move || texts.get().library_col_size}</th>
                        <th scope="col"><span class="visually-hidden">{move || texts.get().library_col_actions}</span></th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(|entry| view! { <DocumentRow entry/> }).collect_view()}</tbody>
            </table>
        }
        .into_any()
    };

    view! {
        <Modal on_close=step_back on_backdrop=Callback::new(move |()| close()) labelled_by="library-title" test_id="library-dialog"
            class="library-dialog" on_drop=on_drop>
                <h2 id="library-title">{move || texts.get().library_title}</h2>
                <div class="library-toolbar">
                    <input type="search" node_ref=search_ref autofocus data-testid="library-search"
                        aria-label=move || texts.get().library_search placeholder=move || texts.get().library_search
                        prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
                    <button type="button" data-testid="library-import"
                        on:click=move |_| { if let Some(input) = file_ref.get() { input.click(); } }>
                        {move || texts.get().library_import}
                    </button>
                    <input type="file" class="visually-hidden" tabindex="-1" aria-hidden="true"
                        accept=".json,application/json,.ged,.versleuteld" data-testid="library-file" node_ref=file_ref on:change=on_file/>
                    <button type="button" data-testid="library-cases"
                        on:click=move |_| { close(); shell.cases_open.set(true); }>
                        {move || texts.get().menu_cases}
                    </button>
                    <button type="button" data-testid="library-export-all" on:click=export_all>
                        {move || texts.get().library_export_all}
                    </button>
                    <button type="button" data-testid="library-export-all-encrypted"
                        on:click=move |_| { panel.decrypt.set(None); panel.encrypt.set(Some(EncryptTarget::Library)); }>
                        {move || texts.get().library_export_all_encrypted}
                    </button>
                </div>
                <p class="muted library-usage" data-testid="library-usage">
                    {move || format!("{}{}", format_used(panel.used.get(), lang.get()), texts.get().library_used_of)}
                    " · "{move || texts.get().library_drop_hint}
                </p>
                <p role="status" data-testid="library-message" class="library-message"
                    class:error=move || panel.message.with(|m| m.as_ref().is_some_and(|m| m.is_error))>
                    {move || panel.message.get().map(|m| m.get(lang.get()).to_owned())}
                </p>
                <GedcomReport/>
                <EncryptStep/>
                <DecryptStep/>
                <ImportQuestion/>
                <ConfirmStep/>
                {live_rows}
                <DamagedList/>
                <section class="library-trash" aria-labelledby="trash-title">
                    <h3 id="trash-title">
                        <button type="button" class="link" data-testid="library-trash-toggle" aria-expanded=move || show_trash.get().to_string()
                            on:click=move |_| show_trash.update(|s| *s = !*s)>
                            {move || format!("{} ({})", texts.get().trash_title, panel.listing.with(|l| l.trashed().count()))}
                        </button>
                    </h3>
                    <Show when=move || show_trash.get()>
                        <ul class="library-trash-list" data-testid="trash-list">
                            {move || panel.listing.with(|l| l.trashed().cloned().collect::<Vec<_>>())
                                .into_iter().map(|entry| view! { <TrashRow entry/> }).collect_view()}
                        </ul>
                        <button type="button" data-testid="trash-empty" disabled=move || panel.listing.with(|l| l.trashed().next().is_none())
                            on:click=move |_| panel.confirm.set(Some(Confirm::EmptyTrash))>
                            {move || texts.get().trash_empty}
                        </button>
                    </Show>
                </section>
                <div class="library-footer">
                    <button type="button" class="danger" data-testid="library-erase-all"
                        on:click=move |_| panel.confirm.set(Some(Confirm::EraseAll))>
                        {move || texts.get().erase_all}
                    </button>
                    <button type="button" data-testid="library-close" on:click=move |_| close()>{move || texts.get().close}</button>
                </div>
        </Modal>
    }
}

/// The most points of attention listed; the rest are counted.
const MAX_ATTENTION: usize = 12;

/// The report of a GEDCOM import: counts, what was not imported, points of attention.
#[component]
fn GedcomReport() -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    let lang = panel.lang;
    view! {
        {move || panel.gedcom_report.get().map(|report| {
            let l = lang.get();
            let shown: Vec<String> = report.attention.iter().take(MAX_ATTENTION).map(|a| a.message(l)).collect();
            let more = report.attention.len().saturating_sub(MAX_ATTENTION);
            view! {
                <section class="gedcom-report" data-testid="gedcom-report" aria-labelledby="gedcom-report-title">
                    <h3 id="gedcom-report-title">{move || texts.get().gedcom_report_title}</h3>
                    <p data-testid="gedcom-report-summary">{report.summary(l)}</p>
                    {report.rounded_line(l).map(|t| view! { <p class="muted">{t}</p> })}
                    {report.skipped_line(l).map(|t| view! { <p class="muted" data-testid="gedcom-report-skipped">{t}</p> })}
                    <Show when={let any = !shown.is_empty(); move || any}>
                        <h4>{move || texts.get().gedcom_attention}</h4>
                    </Show>
                    <ul data-testid="gedcom-report-attention">
                        {shown.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                        {(more > 0).then(|| view! { <li class="muted">{move || format!("{} {more}", texts.get().gedcom_more)}</li> })}
                    </ul>
                </section>
            }
        })}
    }
}

/// "Kopie of vervangen?" for an import whose documents are already stored.
#[component]
fn ImportQuestion() -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    let choose = move |choice| {
        if let Some(plan) = panel.plan.get_untracked() {
            panel.apply_import(plan, choice);
        }
    };
    view! {
        {move || panel.plan.get().map(|plan| view! {
            <div class="library-question" role="group" aria-labelledby="import-question" data-testid="import-conflict">
                <p id="import-question">{move || texts.get().import_conflict}</p>
                <ul>
                    {plan.conflicts.iter().map(|c| {
                        let newer = c.newer();
                        let damaged = c.existing_damaged;
                        view! {
                            <li data-testid="import-conflict-title" data-newer=format!("{newer:?}").to_lowercase()>
                                {c.incoming_title.clone()}
                                <Show when=move || !damaged>
                                    " ("<span data-testid="import-conflict-newer">{move || {
                                        let t = texts.get();
                                        match newer {
                                            Newer::Incoming => t.import_newer_incoming,
                                            Newer::Stored => t.import_newer_stored,
                                            Newer::Same => t.import_newer_same,
                                        }
                                    }}</span>")"
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when={let damaged = plan.conflicts.iter().any(|c| c.existing_damaged); move || damaged}>
                    <p class="muted">{move || texts.get().import_damaged_kept}</p>
                </Show>
                <button type="button" data-testid="import-copy" on:click=move |_| choose(ConflictChoice::Copy)>
                    {move || texts.get().import_copy}
                </button>
                <button type="button" data-testid="import-replace" on:click=move |_| choose(ConflictChoice::Replace)>
                    {move || texts.get().import_replace}
                </button>
                <button type="button" data-testid="import-cancel" on:click=move |_| panel.plan.set(None)>
                    {move || texts.get().library_cancel}
                </button>
            </div>
        })}
    }
}

/// The second click of "Alles wissen" and "Prullenbak legen".
#[component]
fn ConfirmStep() -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    view! {
        {move || panel.confirm.get().map(|what| {
            let t = texts.get();
            let (question, yes) = match what {
                Confirm::EraseAll => (t.erase_all_confirm, t.erase_all_yes),
                Confirm::EmptyTrash => (t.trash_empty_confirm, t.trash_empty),
            };
            view! {
                <div class="library-question danger-zone" role="alertdialog" aria-labelledby="confirm-question" data-testid="confirm-step">
                    <p id="confirm-question">{question}</p>
                    <button type="button" class="danger" data-testid="confirm-yes" on:click=move |_| panel.confirmed(what)>{yes}</button>
                    <button type="button" data-testid="confirm-no" on:click=move |_| panel.confirm.set(None)>
                        {move || texts.get().library_cancel}
                    </button>
                </div>
            }
        })}
    }
}

/// Stored entries that cannot be read, with their reason and a raw download.
#[component]
fn DamagedList() -> impl IntoView {
    let texts = use_texts();
    let panel = expect_context::<Panel>();
    view! {
        <Show when=move || panel.listing.with(|l| !l.damaged.is_empty())>
            <section class="library-damaged" aria-labelledby="damaged-title" data-testid="library-damaged">
                <h3 id="damaged-title">{move || texts.get().damaged_title}</h3>
                <p class="muted">{move || texts.get().damaged_intro}</p>
                <ul>
                    {move || panel.listing.with(|l| l.damaged.clone()).into_iter().map(|entry| view! { <DamagedRow entry/> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
