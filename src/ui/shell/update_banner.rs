//! "Nieuwe versie beschikbaar — Herladen": a new version of Kring is on the host and
//! waiting (public/boot.js and public/sw.js do the service worker's part). The page
//! reloads only when the user agrees, and never with edits that are not stored.

use crate::ui::shell::autosave::Autosave;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// The event boot.js sends when a new version is waiting.
pub const UPDATE_READY_EVENT: &str = "kring:update-ready";
/// The event this banner sends when the user agreed and everything is stored.
pub const APPLY_UPDATE_EVENT: &str = "kring:apply-update";

/// Whether boot.js already announced a waiting version before the app listened.
fn announced() -> bool {
    document().document_element().and_then(|el| el.get_attribute("data-kring-update")).as_deref() == Some("ready")
}

/// The banner, shown while a new version waits and the user has not said "Later".
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let texts = use_texts();
    let autosave = expect_context::<Autosave>();
    let ready = RwSignal::new(announced());
    let unsaved = RwSignal::new(false);
    let listener = window_event_listener_untyped(UPDATE_READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| {
        // Whatever is typed or pending is stored first; if it cannot be, no reload.
        autosave.commit_form();
        autosave.flush(false);
        if autosave.has_unsaved() {
            unsaved.set(true);
            return;
        }
        unsaved.set(false);
        if let Ok(event) = web_sys::Event::new(APPLY_UPDATE_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status" data-testid="update-banner">
                <p>
                    <strong>{move || texts.get().update_ready}</strong>
                    <Show when=move || unsaved.get()>
                        " "<span class="update-unsaved" data-testid="update-unsaved">{move || texts.get().update_unsaved}</span>
                    </Show>
                </p>
                <button type="button" data-testid="update-reload" on:click=reload>{move || texts.get().update_reload}</button>
                <button type="button" data-testid="update-later" on:click=move |_| ready.set(false)>
                    {move || texts.get().update_later}
                </button>
            </div>
        </Show>
    }
}
