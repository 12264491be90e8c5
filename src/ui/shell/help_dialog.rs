//! The help dialog opened from the menu: a few paragraphs, then every key the app
//! answers, listed from the keymap's own table
//! ([`crate::ui::input::keymap::BINDINGS`]), so help and keys cannot drift apart.

use crate::ui::input::keymap::{Scope, BINDINGS};
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// A modal explaining the basics and the keys; Escape, the backdrop or the close
/// button shuts it.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let close = Callback::new(move |()| shell.help_open.set(false));
    let keys = move || {
        let lang = lang.get();
        let t = lang.texts();
        Scope::ALL
            .iter()
            .map(|&scope| {
                let rows = BINDINGS
                    .iter()
                    .filter(|b| b.scope == scope)
                    .map(|b| {
                        view! {
                            <tr data-testid="help-key">
                                <th scope="row"><kbd>{(b.keys)(lang)}</kbd></th>
                                <td>{(b.help)(t)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <tbody>
                        <tr><th colspan="2" scope="rowgroup" class="keys-scope">{scope.title(t)}</th></tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || shell.help_open.get()>
            <Modal on_close=close labelled_by="help-title" test_id="help-dialog" class="help-dialog">
                <h2 id="help-title">{move || texts.get().help_title}</h2>
                {move || texts.get().help_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <h3 id="help-keys-title">{move || texts.get().keys_title}</h3>
                <table class="help-keys" data-testid="help-keys" aria-labelledby="help-keys-title">{keys}</table>
                <button type="button" data-testid="help-close" on:click=move |_| shell.help_open.set(false)>
                    {move || texts.get().close}
                </button>
            </Modal>
        </Show>
    }
}
