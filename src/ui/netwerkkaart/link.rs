//! The netwerkkaart's link with genograms of the same casus, in the app: "Uit genogram
//! overnemen" in the side panel, and the name sync both ways while a map is open.
//!
//! The design (the genogram keeps linked names; the map writes its renames through at
//! once and takes the genogram's names over whenever it is shown) and every rule live
//! in [`crate::link::library`] and [`crate::link::bridge`]. This file only
//! decides *when*: on opening a map, on import, when the window gets the focus back,
//! when another tab stores a linked genogram (pull), and after every edit, undo or
//! redo that changes a linked name (push).

use crate::genogram::model::PersonId;
use crate::i18n::Lang;
use crate::link::bridge::{renamed_links, LinkedNames};
use crate::link::library::{
    genogram_choices, genogram_in, import_message, indexed_title, load_genogram, pull_names, pulled_message,
    push_renames, pushed_message, read_failed_message, write_failed_message, LinkError,
};
use crate::netwerkkaart::Strength;
use crate::storage::browser::with_library_lock;
use crate::storage::{SaveError, DOC_PREFIX};
use crate::ui::session::{now_ms, Session, StatusText};
use crate::ui::shell::autosave::{library, Autosave};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::ev;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn map_with<T>(session: Session, f: impl FnOnce(&crate::netwerkkaart::Netwerkkaart) -> T) -> Option<T> {
    session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(f))
}

/// A status message built per language by `f`.
fn status(is_error: bool, f: impl Fn(Lang) -> String) -> StatusText {
    let (nl, en) = (f(Lang::Nl), f(Lang::En));
    if is_error {
        StatusText::error(nl, en)
    } else {
        StatusText::info(nl, en)
    }
}

/// The title to name genogram `doc_id` by in messages: the index's, else the id.
fn title_of(doc_id: &str) -> String {
    library().ok().and_then(|lib| indexed_title(&lib, doc_id)).unwrap_or_else(|| doc_id.to_owned())
}

impl Session {
    /// "Familie overnemen": adds the persons of stored genogram `doc_id` to the familie
    /// sector as one undo step (linking the centre to its cliënt first when
    /// `link_centre`), with roles in `lang`, and says in the status line how many were
    /// added. A genogram that cannot be read changes nothing and is reported.
    pub fn import_genogram(&self, doc_id: &str, link_centre: bool, lang: Lang, tie: Option<Strength>) {
        let title = title_of(doc_id);
        let loaded =
            library().map_err(|e| LinkError::Save(SaveError::Store(e))).and_then(|lib| load_genogram(&lib, doc_id));
        let doc = match loaded {
            Ok((doc, _)) => doc,
            Err(e) => return self.status.set(Some(status(true, |l| read_failed_message(l, &title, &e)))),
        };
        let Some(g) = genogram_in(&doc) else { return };
        let Some(plan) = self.editor.with_untracked(|e| {
            e.as_ref()
                .and_then(|e| e.netwerkkaart())
                .map(|m| m.plan_genogram_import_with_ties(g, doc_id, lang, link_centre, tie))
        }) else {
            return;
        };
        if !plan.command.is_empty() && !self.apply(plan.command.clone()) {
            return; // apply_network said why
        }
        self.status.set(Some(status(false, |l| import_message(l, &doc.title, &plan))));
    }

    /// Takes over the names linked actors and the centre have in their stored
    /// genograms, as one undo step, and says how many changed. `report_problems`: also
    /// say which linked genograms could not be read (on opening a map; a pull on focus
    /// or another tab's write stays quiet about them, so it never buries the message
    /// the user is reading).
    pub fn pull_linked_names(&self, report_problems: bool) {
        if !self.is_netwerkkaart() {
            return;
        }
        let Ok(lib) = library() else { return };
        let Some(pulled) =
            self.editor.with_untracked(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(|m| pull_names(&lib, m)))
        else {
            return;
        };
        if pulled.renamed > 0 && self.apply(pulled.command) {
            let n = pulled.renamed;
            self.status.set(Some(status(false, |l| pulled_message(l, n))));
        }
        if report_problems && !pulled.problems.is_empty() {
            let problems = pulled.problems;
            self.status.set(Some(status(true, |l| {
                problems.iter().map(|p| read_failed_message(l, &p.title, &p.error)).collect::<Vec<_>>().join(" ")
            })));
        }
    }

    /// Writes renames of linked names (per genogram id) into the stored genograms and
    /// says so; a genogram that cannot be read or written is left alone and reported.
    /// Each genogram is read, compared and written under the library's Web Lock
    /// ([`with_library_lock`]), like every library write; `written` runs after a write.
    pub fn push_linked_renames(
        &self,
        renames: &BTreeMap<String, Vec<(PersonId, String)>>,
        written: impl Fn() + 'static,
    ) {
        let session = *self;
        let renames = renames.clone();
        with_library_lock(move || {
            for (doc_id, list) in &renames {
                let title = title_of(doc_id);
                let result = library()
                    .map_err(|e| LinkError::Save(SaveError::Store(e)))
                    .and_then(|mut lib| push_renames(&mut lib, doc_id, list, now_ms()));
                match result {
                    Ok(0) => {}
                    Ok(_) => {
                        written();
                        session.status.set(Some(status(false, |l| pushed_message(l, &title))));
                    }
                    Err(e) => session.status.set(Some(status(true, |l| write_failed_message(l, &title, &e)))),
                }
            }
        });
    }
}

/// Keeps the open map's linked names in step with the genograms while the map panel
/// exists (see the module comment for when).
fn install_sync(session: Session, autosave: Option<Autosave>) {
    // Pull when a (different) map is shown: opened from the library, reopened on start.
    let open_map = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().filter(|e| e.netwerkkaart().is_some()).map(|e| e.id.clone()))
    });
    Effect::new(move |_| {
        if open_map.get().is_some() {
            untrack(|| session.pull_linked_names(true));
        }
    });

    // Push after any change of a linked name on the same map (edit, undo, redo).
    let linked = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart().map(|m| (e.id.clone(), m.linked_names()))))
    });
    Effect::new(move |before: Option<Option<(String, LinkedNames)>>| {
        let now = linked.get();
        if let (Some(Some((was, old))), Some((id, new))) = (&before, &now) {
            if was == id {
                let renames = renamed_links(old, new);
                if !renames.is_empty() {
                    untrack(|| {
                        session.push_linked_renames(&renames, move || {
                            if let Some(a) = autosave {
                                a.bump();
                            }
                        })
                    });
                }
            }
        }
        now
    });

    // Pull quietly when the user comes back to this window, or another tab stored a
    // genogram this map links to.
    let focus = window_event_listener(ev::focus, move |_| session.pull_linked_names(false));
    let storage = window_event_listener(ev::storage, move |ev| {
        let Some(id) = ev.key().and_then(|k| k.strip_prefix(DOC_PREFIX).map(str::to_owned)) else { return };
        let linked = session.editor.with_untracked(|e| {
            e.as_ref().and_then(|e| e.netwerkkaart()).is_some_and(|m| m.linked_genograms().contains(&id))
        });
        if linked {
            session.pull_linked_names(false);
        }
    });
    on_cleanup(move || {
        focus.remove();
        storage.remove();
    });
}

/// "Uit genogram overnemen": the genograms in this browser, whether the centre is the
/// genogram's cliënt, and the button that adds the family. Also keeps linked names in
/// step while a map is open.
#[component]
pub fn GenogramLinkPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let autosave = use_context::<Autosave>();
    install_sync(session, autosave);

    // Re-read when the library changes (a save here, another tab, an import).
    let choices = Memo::new(move |_| {
        if let Some(a) = autosave {
            a.library_changed.track();
        }
        library().map(|mut lib| genogram_choices(&lib.reconcile())).unwrap_or_default()
    });
    let linked = Memo::new(move |_| map_with(session, |m| m.linked_genograms()).unwrap_or_default());
    let chosen = RwSignal::new(String::new());
    // The user's choice while it exists, else a genogram the map already links to, else
    // the newest.
    let current = Memo::new(move |_| {
        let list = choices.get();
        let picked = chosen.get();
        if list.iter().any(|c| c.id == picked) {
            return picked;
        }
        linked
            .get()
            .into_iter()
            .find(|l| list.iter().any(|c| &c.id == l))
            .or_else(|| list.first().map(|c| c.id.clone()))
            .unwrap_or_default()
    });
    let can_link = Memo::new(move |_| map_with(session, |m| m.centre_can_link()).unwrap_or(false));
    let link_centre = RwSignal::new(true);
    let tie = RwSignal::new(None::<Strength>);
    let import = move |_| {
        let id = current.get_untracked();
        if !id.is_empty() {
            let link = can_link.get_untracked() && link_centre.get_untracked();
            session.import_genogram(&id, link, lang.get_untracked(), tie.get_untracked());
        }
    };
    let tie_options = move || {
        Strength::ALL
            .iter()
            .map(|s| {
                let s = *s;
                view! { <option value=s.label(Lang::En)>{move || s.label(lang.get())}</option> }
            })
            .collect_view()
    };
    let options = move || {
        let untitled = texts.get().untitled_genogram;
        choices
            .get()
            .into_iter()
            .map(|c| {
                let id = c.id.clone();
                let title = if c.title.trim().is_empty() { untitled.to_owned() } else { c.title };
                view! { <option value=c.id prop:selected=move || current.get() == id>{title}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="network-panel genogram-link" data-testid="genogram-link">
            <h3>{move || texts.get().nw_link_heading}</h3>
            <Show when=move || choices.with(|c| !c.is_empty())
                fallback=move || view! { <p class="muted" data-testid="genogram-none">{move || texts.get().nw_link_none}</p> }>
                <label class="field">
                    <span>{move || texts.get().nw_link_source}</span>
                    <select data-testid="genogram-source" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {options}
                    </select>
                </label>
                <Show when=move || can_link.get()>
                    <label class="check">
                        <input type="checkbox" data-testid="genogram-link-centre"
                            prop:checked=move || link_centre.get()
                            on:change=move |ev| link_centre.set(event_target_checked(&ev)) />
                        <span>{move || texts.get().nw_link_centre}</span>
                    </label>
                </Show>
                <label class="field">
                    <span>{move || texts.get().nw_link_tie}</span>
                    <select data-testid="genogram-import-tie" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        tie.set(Strength::ALL.iter().copied().find(|s| s.label(Lang::En) == v));
                    }>
                        <option value="">{move || texts.get().nw_link_tie_none}</option>
                        {tie_options}
                    </select>
                </label>
                <button type="button" data-testid="genogram-import" on:click=import>
                    {move || texts.get().nw_link_import}
                </button>
                <p class="muted small">{move || texts.get().nw_link_hint}</p>
            </Show>
        </section>
    }
}

/// The note in a linked actor's panel: which genogram the name follows.
#[component]
pub fn LinkedNote(
    /// The genogram document the actor is linked to.
    doc_id: String,
) -> impl IntoView {
    let texts = use_texts();
    let title = title_of(&doc_id);
    view! {
        <p class="muted small" data-testid="actor-linked">
            {move || texts.get().nw_link_actor.replace("{title}", &title)}
        </p>
    }
}
