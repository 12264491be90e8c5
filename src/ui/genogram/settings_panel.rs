//! How the open genogram is drawn: shown in the side panel when nothing is selected.

use crate::genogram::edit::settings::{set_show_tags, set_strict_birth_order};
use crate::ui::session::Session;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// The genogram's drawing settings (strict birth order, tags drawn).
#[component]
pub fn GenogramSettingsPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let strict = move || {
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| g.settings().strict_birth_order))
    };
    let toggle = move |on: bool| {
        let cmd = session
            .editor
            .with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).and_then(|g| set_strict_birth_order(g, on)));
        if let Some(cmd) = cmd {
            session.apply(cmd);
        }
    };
    let tags =
        move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| g.settings().show_tags));
    let toggle_tags = move |on: bool| {
        let cmd =
            session.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).and_then(|g| set_show_tags(g, on)));
        if let Some(cmd) = cmd {
            session.apply(cmd);
        }
    };
    view! {
        <section class="genogram-settings" data-testid="genogram-settings">
            <label class="check" title=move || texts.get().strict_birth_order_hint>
                <input type="checkbox" data-testid="strict-birth-order"
                    prop:checked=strict
                    on:change=move |ev| toggle(event_target_checked(&ev)) />
                <span>{move || texts.get().strict_birth_order}</span>
            </label>
            <p class="muted small">{move || texts.get().strict_birth_order_hint}</p>
            <label class="check" title=move || texts.get().show_tags_hint>
                <input type="checkbox" data-testid="show-tags"
                    prop:checked=tags
                    on:change=move |ev| toggle_tags(event_target_checked(&ev)) />
                <span>{move || texts.get().show_tags}</span>
            </label>
            <p class="muted small">{move || texts.get().show_tags_hint}</p>
        </section>
    }
}
