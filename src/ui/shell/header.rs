//! The header: product name, main menu and language switch.

use crate::i18n::Lang;
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::may_replace_open;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// Product name, menu and language choice.
#[component]
pub fn Header() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    view! {
        <header class="app-header">
            <div class="brand">
                <h1 class="brand-name">"Kring"</h1>
                <span class="brand-tagline">{move || texts.get().tagline}</span>
            </div>
            <nav class="menu" aria-label=move || texts.get().menu_label>
                <button type="button" data-testid="menu-new-genogram"
                    on:click=move |_| if may_replace_open() { session.new_genogram(texts.get_untracked().untitled_genogram) }>{move || texts.get().menu_new_genogram}</button>
                <button type="button" data-testid="menu-new-netwerkkaart"
                    on:click=move |_| if may_replace_open() { session.new_netwerkkaart(texts.get_untracked().untitled_netwerkkaart) }>{move || texts.get().menu_new_netwerkkaart}</button>
                <button type="button" data-testid="menu-open" on:click=move |_| shell.library_open.set(true)>{move || texts.get().menu_open}</button>
                <button type="button" data-testid="menu-export"
                    disabled=move || session.editor.with(|e| e.is_none())
                    on:click=move |_| shell.export_open.set(true)>{move || texts.get().menu_export}</button>
                <button type="button" data-testid="menu-search" aria-keyshortcuts="Control+F"
                    disabled=move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_none())
                    on:click=move |_| shell.search_open.set(true)>{move || texts.get().menu_search}</button>
                <button type="button" data-testid="menu-quick-entry"
                    disabled=move || session.editor.with(|e| e.is_none())
                    aria-pressed=move || if shell.quick_open.get() { "true" } else { "false" }
                    title=move || texts.get().quick_toggle_hint
                    on:click=move |_| shell.quick_open.update(|o| *o = !*o)>{move || texts.get().quick_toggle}</button>
                <button type="button" data-testid="menu-help" on:click=move |_| shell.help_open.set(true)>
                    {move || texts.get().menu_help}
                </button>
            </nav>
            <label class="legend-switch">
                <input type="checkbox" data-testid="show-legend"
                    prop:checked=move || shell.show_legend.get()
                    on:change=move |ev| shell.show_legend.set(event_target_checked(&ev))/>
                {move || texts.get().show_legend}
            </label>
            <label class="lang-switch">
                <span class="visually-hidden">{move || texts.get().language_label}</span>
                <select
                    data-testid="lang-select"
                    on:change=move |ev| {
                        if let Some(choice) = Lang::from_code(&event_target_value(&ev)) {
                            lang.set(choice);
                        }
                    }
                    prop:value=move || lang.get().code()
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.code()>{l.texts().language_name}</option> })
                        .collect_view()}
                </select>
            </label>
        </header>
    }
}
