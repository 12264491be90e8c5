//! The saved views in the side panel ("Weergaven"): rename, move up or down, remove.
//! Shown only when the document has views (they are made while presenting, with V).
//! Every change is a [`ViewsCommand`], one undo step.

use crate::ui::session::Session;
use crate::ui::shell::locale::use_texts;
use crate::views::ViewsCommand;
use leptos::prelude::*;

/// The "Weergaven" section of the side panel, for both kinds of drawing.
#[component]
pub fn ViewsPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let names = Memo::new(move |_| {
        session.editor.with(|e| {
            e.as_ref()
                .map(|e| e.content().views().iter().map(|v| v.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let rows = move || {
        let list = names.get();
        let n = list.len();
        list.into_iter()
            .enumerate()
            .map(|(at, name)| {
                let t = texts.get();
                view! {
                    <li class="views-row" data-testid="views-row">
                        <input type="text" data-testid="views-name" aria-label=t.views_name prop:value=name
                            on:change=move |ev| {
                                session.apply(ViewsCommand::Rename { at, name: event_target_value(&ev) });
                            }/>
                        <button type="button" data-testid="views-up" title=t.views_up aria-label=t.views_up
                            disabled={at == 0}
                            on:click=move |_| { session.apply(ViewsCommand::Move { from: at, to: at - 1 }); }>"↑"</button>
                        <button type="button" data-testid="views-down" title=t.views_down aria-label=t.views_down
                            disabled={at + 1 == n}
                            on:click=move |_| { session.apply(ViewsCommand::Move { from: at, to: at + 1 }); }>"↓"</button>
                        <button type="button" data-testid="views-remove" title=t.views_remove aria-label=t.views_remove
                            on:click=move |_| { session.apply(ViewsCommand::Remove { at }); }>"✕"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || names.with(|n| !n.is_empty())>
            <details class="views-panel" data-testid="views-panel">
                <summary>{move || texts.get().views_title}</summary>
                <p class="muted small">{move || texts.get().views_hint}</p>
                <ol class="views-list">{rows}</ol>
            </details>
        </Show>
    }
}
