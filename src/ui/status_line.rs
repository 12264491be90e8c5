//! The status line under the workspace.

use super::app::Shell;
use super::locale::use_texts;
use leptos::prelude::*;

/// Status message, zoom level and the reminder that nothing leaves the browser.
#[component]
pub fn StatusLine() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    view! {
        <footer class="status-line" data-testid="status-line">
            <span role="status" data-testid="status-message">{move || texts.get().status_ready}</span>
            <span data-testid="zoom-level">
                {move || format!("{} {} %", texts.get().zoom_status, shell.viewport.get().percent())}
            </span>
            <span class="muted">{move || texts.get().status_local_only}</span>
        </footer>
    }
}
