//! The status line under the workspace.

use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// Status message, zoom level and the reminder that nothing leaves the browser.
#[component]
pub fn StatusLine() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let Locale(lang) = expect_context::<Locale>();
    view! {
        <footer class="status-line" data-testid="status-line">
            <span role="status" data-testid="status-message" class:error=move || session.status.with(|s| s.as_ref().is_some_and(|s| s.is_error))>
                {move || match session.status.get() {
                    Some(msg) => msg.get(lang.get()).to_owned(),
                    None => texts.get().status_ready.to_owned(),
                }}
            </span>
            <Show when=move || session.status.with(|s| s.as_ref().is_some_and(|s| s.offers_undo))>
                <button type="button" class="link" data-testid="status-undo" on:click=move |_| session.undo()>
                    {move || texts.get().undo}
                </button>
            </Show>
            <span data-testid="zoom-level">
                {move || format!("{} {} %", texts.get().zoom_status, shell.viewport.get().percent())}
            </span>
            <span class="muted">{move || texts.get().status_local_only}</span>
        </footer>
    }
}
