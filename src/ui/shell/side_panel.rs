//! The properties panel beside the canvas: document title, actions and form for the
//! selected person, and the model's points of attention.

use crate::genogram::edit::{family, twins};
use crate::genogram::model::{AnyId, PartialDate, PersonId};
use crate::ui::genogram::person_panel::PersonPanel;
use crate::ui::genogram::ties_panel::TiesPanel;
use crate::ui::input::intent::AddKey;
use crate::ui::session::{now_ms, Session, StatusText};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// Shows the properties of the selection.
#[component]
pub fn SidePanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let has_doc = move || session.editor.with(|e| e.is_some());
    // Which kind is open, as a memo: the netwerkkaart panel is built once per kind.
    let is_map = Memo::new(move |_| session.editor.with(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some())));
    // A memo: the line's panel is built once per line, not again on every edit.
    let line = Memo::new(move |_| session.selected_line());
    let shell = expect_context::<crate::ui::shell::app::Shell>();
    view! {
        <aside class="side-panel" id="side-panel" data-testid="side-panel" aria-labelledby="side-panel-title"
            class:collapsed=move || !shell.panel_open.get()
            style=move || shell.sheet_height.get().map(|h| format!("--sheet-height: {h}px")).unwrap_or_default()>
            <SheetHandle/>
            <h2 id="side-panel-title">{move || texts.get().panel_title}</h2>
            <Show when=has_doc>
                <label class="field">
                    <span>{move || texts.get().doc_title}</span>
                    <input type="text" data-testid="doc-title"
                        prop:value=move || session.editor.with(|e| e.as_ref().map(|e| e.title.clone()).unwrap_or_default())
                        on:change=move |ev| {
                            let title = event_target_value(&ev);
                            session.editor.update(|e| if let Some(e) = e { e.rename(&title, now_ms()) });
                        } />
                </label>
            </Show>
            {move || if is_map.get() {
                view! { <crate::ui::netwerkkaart::NetwerkkaartPanel/> }.into_any()
            } else { match session.selection.get() {
                Some(id) => view! { <GroupPanel/> <DeleteQuestion id=id/> <PersonActions id=id/> <PersonPanel id=id/> <TiesPanel id=id/> <crate::ui::genogram::household_panel::HouseholdPanel id=id/> }.into_any(),
                None => match line.get() {
                    Some(line) => view! { <crate::ui::genogram::line_panel::LinePanel line=line/> }.into_any(),
                    None => view! {
                    <p class="muted">{move || texts.get().panel_empty}</p>
                    // Only with a genogram open: without one the button could add nobody.
                    <Show when=has_doc>
                        <div class="person-actions">
                            <button type="button" data-testid="add-person" on:click=move |_| session.act(|g| Ok(family::add_person(g)))>
                                "+ " {move || texts.get().add_person}
                            </button>
                        </div>
                        // The document's settings: only with a genogram open.
                        <crate::ui::genogram::settings_panel::GenogramSettingsPanel/>
                    </Show>
                }.into_any(),
                },
            }}}
            <Problems/>
            <Show when=move || has_doc() && !is_map.get()>
                <crate::ui::genogram::pattern_panel::PatternPanel/>
                <crate::ui::genogram::year_panel::YearPanel/>
                <crate::ui::genogram::fold_panel::FoldPanel/>
                <crate::ui::genogram::chronology_panel::ChronologyPanel/>
            </Show>
            <crate::ui::present::views_panel::ViewsPanel/>
            <Description/>
        </aside>
    }
}

/// The sheet's handle, shown on narrow screens only (the stylesheet decides): drag it
/// to pull the panel up or push it away; a tap (or Enter) opens or closes it.
#[component]
fn SheetHandle() -> impl IntoView {
    use crate::ui::shell::sheet::{drag_height, release, Sheet, SHEET_TAP};
    let texts = use_texts();
    let shell = expect_context::<crate::ui::shell::app::Shell>();
    // The press: pointer id, client y, the panel's height then and the workspace's,
    // and the sheet as it was (to put back when the drag closes it).
    let press = StoredValue::new(None::<(i32, f64, f64, f64, Option<f64>)>);
    let panel_of = |ev: &web_sys::PointerEvent| {
        let el = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
        let panel = el.closest(".side-panel").ok().flatten()?;
        let room = panel.parent_element()?.get_bounding_client_rect().height();
        Some((el, panel.get_bounding_client_rect().height(), room))
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        let Some((el, height, room)) = panel_of(&ev) else { return };
        let _ = el.set_pointer_capture(ev.pointer_id());
        press.set_value(Some((
            ev.pointer_id(),
            ev.client_y() as f64,
            height,
            room,
            shell.sheet_height.get_untracked(),
        )));
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some((id, y, height, room, _)) = press.get_value() else { return };
        let dy = ev.client_y() as f64 - y;
        if id == ev.pointer_id() && dy.abs() >= SHEET_TAP {
            shell.panel_open.set(true);
            shell.sheet_height.set(Some(drag_height(height, dy, room)));
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let Some((id, y, height, room, before)) = press.get_value() else { return };
        if id != ev.pointer_id() {
            return;
        }
        press.set_value(None);
        let dy = ev.client_y() as f64 - y;
        // Only a tap reads `open`, and a tap changed nothing before this.
        let was = Sheet { open: shell.panel_open.get_untracked(), height };
        let now = release(was, drag_height(height, dy, room), dy, room);
        shell.panel_open.set(now.open);
        if dy.abs() >= SHEET_TAP {
            shell.sheet_height.set(if now.open { Some(now.height) } else { before });
        }
    };
    let on_cancel = move |_: web_sys::PointerEvent| press.set_value(None);
    view! {
        <button type="button" class="sheet-handle" data-testid="sheet-handle"
            aria-label=move || texts.get().sheet_handle aria-controls="side-panel"
            aria-expanded=move || shell.panel_open.get().to_string()
            on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_cancel
            // Enter and Space (a click without a press before it) open or close.
            on:click=move |ev| if ev.detail() == 0 { shell.panel_open.update(|o| *o = !*o) }>
            <span class="sheet-grip" aria-hidden="true"></span>
        </button>
    }
}

/// "Toets P" / "Key P": the tooltip naming an addition's letter on the canvas.
fn key_hint(k: AddKey, lang: crate::i18n::Lang) -> String {
    format!("{} {}", lang.texts().key_word, k.letter(lang).to_ascii_uppercase())
}

/// One-click additions around the selected person, and delete.
#[component]
fn PersonActions(id: PersonId) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    // A child (someone with parents drawn) gets "+ Tweelingbroer / -zus".
    let is_child = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| twins::takes_twin_sibling(g, id)))
    });
    view! {
        <div class="person-actions" role="group" aria-label=move || texts.get().add_partner>
            <button type="button" data-testid="add-partner" title=move || key_hint(AddKey::Partner, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Partner)>
                "+ " {move || texts.get().add_partner}
            </button>
            <button type="button" data-testid="add-son" title=move || key_hint(AddKey::Son, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Son)>
                "+ " {move || texts.get().add_son}
            </button>
            <button type="button" data-testid="add-daughter" title=move || key_hint(AddKey::Daughter, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Daughter)>
                "+ " {move || texts.get().add_daughter}
            </button>
            <button type="button" data-testid="add-parents" title=move || key_hint(AddKey::Parents, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Parents)>
                "+ " {move || texts.get().add_parents}
            </button>
            <button type="button" data-testid="add-brother" title=move || key_hint(AddKey::Brother, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Brother)>
                "+ " {move || texts.get().add_brother}
            </button>
            <button type="button" data-testid="add-sister" title=move || key_hint(AddKey::Sister, lang.get()) on:click=move |_| session.add_relative(id, AddKey::Sister)>
                "+ " {move || texts.get().add_sister}
            </button>
            <Show when=move || is_child.get()>
                <button type="button" data-testid="add-twin-sibling" title=move || key_hint(AddKey::Twins, lang.get()) on:click=move |_| session.act(|g| twins::add_twin_sibling_like(g, id))>
                    "+ " {move || texts.get().add_twin_sibling}
                </button>
            </Show>
            <button type="button" data-testid="add-twins" on:click=move |_| session.act(|g| family::add_twins(g, id))>
                "+ " {move || texts.get().add_twins}
            </button>
            <button type="button" class="danger" data-testid="delete-person" on:click=move |_| session.delete_selection()>
                {move || texts.get().delete}
            </button>
        </div>
    }
}

/// The question before a delete that would leave a union with children behind with an
/// unknown partner: delete and keep that union, or cancel (the rule is the planner's).
#[component]
fn DeleteQuestion(id: PersonId) -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let asked = move || session.pending_delete.with(|p| p.as_ref().is_some_and(|ids| ids.contains(&id)));
    view! {
        <Show when=asked>
            <div class="delete-question" role="alertdialog" aria-labelledby="delete-question" data-testid="delete-question">
                <p id="delete-question">{move || texts.get().delete_keep_union_question}</p>
                <button type="button" class="danger" data-testid="delete-keep-union" on:click=move |_| session.confirm_delete()>
                    {move || texts.get().delete_keep_union_yes}
                </button>
                <button type="button" data-testid="delete-cancel" on:click=move |_| session.pending_delete.set(None)>
                    {move || texts.get().delete_cancel}
                </button>
            </div>
        </Show>
    }
}

/// Shown while several persons are selected: how many, and deleting them together
/// (moving them together is dragging any of them on the canvas).
#[component]
fn GroupPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let count = Memo::new(move |_| session.selected_persons().len());
    view! {
        <Show when=move || { count.get() > 1 }>
            <section class="group-panel" data-testid="group-panel" aria-live="polite">
                <p><strong data-testid="group-count">{move || count.get()}</strong> " " {move || texts.get().selected_count}</p>
                <p class="muted small">{move || texts.get().group_hint}</p>
                <button type="button" class="danger" data-testid="delete-group" on:click=move |_| session.delete_selection()>
                    {move || texts.get().delete_selected}
                </button>
            </section>
        </Show>
    }
}

/// The model's warnings; clicking one selects the first person it names.
#[component]
fn Problems() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let warnings = Memo::new(move |_| {
        // Today's date, for the checks that depend on it (a person who would be over 110).
        let today = PartialDate::from_unix_ms(now_ms());
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| g.warnings_on(today)).unwrap_or_default())
    });
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <section class="problems" data-testid="problems">
                <h3>{move || texts.get().problems}</h3>
                <ul>
                    {move || warnings.get().into_iter().map(|w| {
                        let first = w.ids.iter().find_map(|id| match id { AnyId::Person(p) => Some(*p), _ => None });
                        let message = w.message(lang.get());
                        view! {
                            <li><button type="button" class="link" on:click=move |_| session.selection.set(first)>{message}</button></li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// The genogram in plain sentences ([`crate::genogram::describe`]): read by screen
/// readers, and copied with one click into a case report.
#[component]
fn Description() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let lens = expect_context::<crate::ui::shell::app::Shell>().lens;
    let lines = Memo::new(move |_| {
        let lang = lang.get();
        let lens = lens.get();
        session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.genogram())
                .map(|g| {
                    let mut lines = crate::genogram::describe::describe(
                        g,
                        lang,
                        crate::genogram::model::PartialDate::from_unix_ms(now_ms()),
                    );
                    // The pattern lens's sentences too, while it is on.
                    lines.extend(crate::genogram::describe::describe_pattern(g, &lens, lang));
                    lines
                })
                .unwrap_or_default()
        })
    });
    let copy = move |_| {
        let text = lines.get_untracked().join("\n");
        // The Clipboard API is reached by name: it needs no web-sys feature flag. The
        // status says "copied" only once the browser confirms.
        let promise = web_sys::window().and_then(|w| {
            let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok()?;
            let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
            let write: js_sys::Function = wasm_bindgen::JsCast::dyn_into(write).ok()?;
            wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(write.call1(&clipboard, &text.into()).ok()?).ok()
        });
        let say = move |ok: bool| {
            let pick = |l: crate::i18n::Lang| if ok { l.texts().copied } else { l.texts().copy_failed };
            let (nl, en) = (pick(crate::i18n::Lang::Nl), pick(crate::i18n::Lang::En));
            session.status.set(Some(if ok { StatusText::info(nl, en) } else { StatusText::error(nl, en) }));
        };
        match promise {
            Some(p) => {
                let done = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| say(true));
                let failed = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| say(false));
                let _ = p.then2(&done, &failed);
                done.forget();
                failed.forget();
            }
            None => say(false),
        }
    };
    view! {
        <Show when=move || lines.with(|l| !l.is_empty())>
            <details class="description" data-testid="description">
                <summary>{move || texts.get().description}</summary>
                <div role="region" aria-label=move || texts.get().description data-testid="description-text">
                    {move || lines.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
                <button type="button" data-testid="description-copy" on:click=copy>{move || texts.get().copy_text}</button>
            </details>
        </Show>
    }
}
