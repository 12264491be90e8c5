//! The properties panel beside the canvas.

use super::locale::use_texts;
use leptos::prelude::*;

/// Shows the properties of the selection.
#[component]
pub fn SidePanel() -> impl IntoView {
    let texts = use_texts();
    view! {
        <aside class="side-panel" data-testid="side-panel" aria-labelledby="side-panel-title">
            <h2 id="side-panel-title">{move || texts.get().panel_title}</h2>
            <p class="muted">{move || texts.get().panel_empty}</p>
        </aside>
    }
}
