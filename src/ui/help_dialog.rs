//! The help dialog opened from the menu.

use super::app::Shell;
use super::locale::use_texts;
use leptos::prelude::*;

/// A modal explaining the basics; Escape or the close button shuts it.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
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
                    on:keydown=move |ev| if ev.key() == "Escape" { shell.help_open.set(false) }
                >
                    <h2 id="help-title">{move || texts.get().help_title}</h2>
                    {move || texts.get().help_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <button type="button" autofocus on:click=move |_| shell.help_open.set(false)>
                        {move || texts.get().close}
                    </button>
                </div>
            </div>
        </Show>
    }
}
