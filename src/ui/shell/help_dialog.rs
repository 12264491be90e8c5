//! The help dialog opened from the menu.

use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::use_texts;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

/// A modal explaining the basics; Escape, the backdrop or the close button shuts it.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let close_ref = NodeRef::<html::Button>::new();
    // Escape closes from anywhere while the dialog is open, wherever focus is.
    let handle = window_event_listener(ev::keydown, move |ev| {
        if shell.help_open.get_untracked() && ev.key() == "Escape" {
            shell.help_open.set(false);
        }
    });
    on_cleanup(move || handle.remove());
    // Move focus into the dialog when it opens, so keyboard users land on its button.
    Effect::new(move |_| {
        if let Some(button) = close_ref.get() {
            let _ = button.focus();
        }
    });
    view! {
        <Show when=move || shell.help_open.get()>
            <div class="dialog-backdrop" on:click=move |_| shell.help_open.set(false)>
                <div
                    class="dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="help-title"
                    data-testid="help-dialog"
                    on:click=|ev| ev.stop_propagation()
                >
                    <h2 id="help-title">{move || texts.get().help_title}</h2>
                    {move || texts.get().help_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <button type="button" node_ref=close_ref on:click=move |_| shell.help_open.set(false)>
                        {move || texts.get().close}
                    </button>
                </div>
            </div>
        </Show>
    }
}
