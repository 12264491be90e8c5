//! The "Snelinvoer" panel: a text area beside the drawing where the family (on a
//! genogram) or the network (on a netwerkkaart) is typed in the quick-entry notation.
//! The drawing follows the text (debounced, through the editor's commands, as one undo
//! step per typing session); lines that cannot be read or applied are listed with their
//! message and a suggestion, and never stop the rest.

use crate::editor::quick_entry::{marked_pieces, QuickEntry, QuickProblem};
use crate::editor::Editor;
use crate::genogram::model::PartialDate;
use crate::genogram::quick::genogram_text;
use crate::netwerkkaart::quick::netwerkkaart_text;
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing rests before the text is applied.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The text a drawing starts the panel with: its own text (the round trip), or nothing
/// while it holds nothing yet (a new genogram's blank cliënt, a new map without a
/// centre name or actors).
fn starting_text(e: &Editor, lang: crate::i18n::Lang) -> String {
    if let Some(g) = e.genogram() {
        if g.persons().all(|(_, p)| p.display_name().is_empty()) {
            return String::new();
        }
        return genogram_text(g, lang) + "\n";
    }
    match e.netwerkkaart() {
        Some(m) if m.actor_count() > 0 || !m.centre().name.trim().is_empty() => netwerkkaart_text(m, lang) + "\n",
        _ => String::new(),
    }
}

/// The panel; shown while `Shell::quick_open` is set and a document is open. It is made
/// anew for each document (see the app root), so its text and undo step belong to one.
#[component]
pub fn QuickEntryPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let shell = expect_context::<Shell>();
    let start = session
        .editor
        .with_untracked(|e| e.as_ref().map(|e| starting_text(e, lang.get_untracked())).unwrap_or_default());
    let on_map = session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some()));
    let text = RwSignal::new(start);
    let problems: RwSignal<Vec<QuickProblem>> = RwSignal::new(Vec::new());
    // The text the problems were found in: their places hold only for that text.
    let checked = RwSignal::new(String::new());
    let mirror_ref = NodeRef::<leptos::html::Div>::new();
    let quick = StoredValue::new(QuickEntry::new());
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    let apply_now = move || {
        let now = now_ms();
        let year = PartialDate::from_unix_ms(now).year();
        let current = text.get_untracked();
        let mut found = Vec::new();
        session.editor.update(|e| {
            if let Some(e) = e {
                quick.update_value(|q| found = q.update(e, &current, year, now));
            }
        });
        // A person or actor made by an earlier version of the text may be gone: drop a
        // stale selection.
        let stale = session.selection.get_untracked().is_some_and(|id| {
            session
                .editor
                .with_untracked(|e| !e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| g.contains_person(id)))
        });
        if stale {
            session.selection.set(None);
        }
        let stale_item = session.netwerkkaart_selection.get_untracked().is_some_and(|item| {
            session
                .editor
                .with_untracked(|e| !e.as_ref().and_then(|e| e.netwerkkaart()).is_some_and(|m| m.contains(item)))
        });
        if stale_item {
            session.netwerkkaart_selection.set(None);
        }
        problems.set(found);
        checked.set(current);
    };
    let on_input = move |ev| {
        text.set(event_target_value(&ev));
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(set_timeout_with_handle(apply_now, DEBOUNCE).ok());
    };
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });

    // The text again, behind the transparent text area, with the parts that cannot be
    // read underlined (a text area cannot underline its own text).
    let mirror = move || {
        let now = text.get();
        let spans: Vec<_> = if checked.with(|c| *c == now) {
            problems.with(|p| p.iter().map(QuickProblem::span).collect())
        } else {
            Vec::new()
        };
        let mut pieces = marked_pieces(&now, &spans);
        // A last empty line still takes its height.
        pieces.push((" ".to_owned(), false));
        pieces
            .into_iter()
            .map(|(piece, bad)| {
                if bad {
                    view! { <mark data-testid="quick-entry-mark">{piece}</mark> }.into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect_view()
    };
    let on_scroll = move |ev: leptos::ev::Event| {
        let area: web_sys::Element = event_target(&ev);
        if let Some(m) = mirror_ref.get() {
            m.set_scroll_top(area.scroll_top());
        }
    };

    let problem_view = move |p: QuickProblem| {
        let l = lang.get();
        let t = texts.get();
        let all = text.get_untracked();
        let span = p.span();
        let marked = all.get(span.start..span.end).unwrap_or_default().to_owned();
        let place = format!("{} {}, {} {}", t.quick_line, p.line(), t.quick_column, p.column(&all));
        view! {
            <li data-testid="quick-entry-problem" data-line=p.line()>
                <span class="quick-place">{place}</span>": "
                {(!marked.is_empty()).then(|| view! { <mark class="quick-bad">{marked}</mark>" — " })}
                <span class="quick-message">{p.message(l)}</span>" "
                <span class="quick-suggestion">{p.suggestion(l)}</span>
            </li>
        }
    };

    view! {
        <section class="quick-entry" data-testid="quick-entry" aria-labelledby="quick-entry-title">
            <div class="quick-head">
                <h2 id="quick-entry-title">{move || texts.get().quick_title}</h2>
                <button type="button" class="quick-close" data-testid="quick-entry-close"
                    aria-label=move || texts.get().quick_close title=move || texts.get().quick_close
                    on:click=move |_| shell.quick_open.set(false)>"×"</button>
            </div>
            <label class="field">
                <span>{move || if on_map { texts.get().quick_label_map } else { texts.get().quick_label }}</span>
                <div class="quick-editor">
                    <div class="quick-mirror" aria-hidden="true" node_ref=mirror_ref>{mirror}</div>
                    <textarea data-testid="quick-entry-text" rows="14" spellcheck="false"
                        placeholder=move || if on_map { texts.get().quick_placeholder_map } else { texts.get().quick_placeholder }
                        prop:value=move || text.get()
                        on:input=on_input on:scroll=on_scroll></textarea>
                </div>
            </label>
            <ul class="quick-problems" data-testid="quick-entry-problems" aria-live="polite">
                {move || problems.get().into_iter().map(problem_view).collect_view()}
            </ul>
            <details class="quick-help" data-testid="quick-entry-help">
                <summary>{move || texts.get().quick_help_title}</summary>
                <ul>
                    {move || if on_map { texts.get().quick_help_map } else { texts.get().quick_help }.iter().map(|line| view! { <li><code>{*line}</code></li> }).collect_view()}
                </ul>
            </details>
        </section>
    }
}
