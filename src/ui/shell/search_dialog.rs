//! "Zoeken": type part of a name, pick a person; they are selected and the canvas
//! moves and zooms to them. Matching is [`find_by_name`], tested natively.

use crate::genogram::model::find::find_by_name;
use crate::genogram::model::PersonId;
use crate::ui::input::dispatch::Dispatcher;
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::use_texts;
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// The most results listed; more words narrow the search.
const MAX_RESULTS: usize = 30;

/// The find-a-person dialog (shown while `Shell::search_open`).
#[component]
pub fn SearchDialog() -> impl IntoView {
    let shell = expect_context::<Shell>();
    view! {
        <Show when=move || shell.search_open.get()>
            <SearchPanel/>
        </Show>
    }
}

#[component]
fn SearchPanel() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let dispatcher = expect_context::<Dispatcher>();
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let q = query.get();
        session.editor.with(|e| {
            let Some(g) = e.as_ref().and_then(|e| e.genogram()) else { return Vec::new() };
            find_by_name(g, &q)
                .into_iter()
                .take(MAX_RESULTS)
                .map(|id| {
                    let p = g.person(id);
                    let name = p.map(|p| p.display_name()).unwrap_or_default();
                    let born = p.and_then(|p| p.birth).map(|b| format!(" (*{})", b.year())).unwrap_or_default();
                    (id, format!("{name}{born}"))
                })
                .collect::<Vec<_>>()
        })
    });
    let close = move || shell.search_open.set(false);
    let choose = move |id: PersonId| {
        close();
        // A person folded away is unfolded first, so the search always shows them.
        crate::ui::genogram::fold_panel::apply_folding(session, |g| crate::genogram::edit::folding::reveal(g, id));
        dispatcher.show_person(id);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            if let Some((id, _)) = results.with_untracked(|r| r.first().cloned()) {
                ev.prevent_default();
                choose(id);
            }
        }
    };
    view! {
        <Modal on_close=Callback::new(move |()| close()) labelled_by="search-title" test_id="search-dialog" class="search-dialog">
            <h2 id="search-title">{move || texts.get().search_title}</h2>
            <input type="search" autofocus data-testid="search-input"
                aria-label=move || texts.get().search_placeholder placeholder=move || texts.get().search_placeholder
                prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) on:keydown=on_key/>
            <ul class="search-results" data-testid="search-results">
                {move || results.get().into_iter().map(|(id, label)| view! {
                    <li>
                        <button type="button" class="link" data-testid="search-result" data-person=id.get().to_string()
                            on:click=move |_| choose(id)>{label}</button>
                    </li>
                }).collect_view()}
            </ul>
            <Show when=move || !query.with(|q| q.trim().is_empty()) && results.with(Vec::is_empty)>
                <p class="muted" data-testid="search-none">{move || texts.get().search_none}</p>
            </Show>
            <div class="dialog-buttons">
                <button type="button" data-testid="search-close" on:click=move |_| close()>{move || texts.get().close}</button>
            </div>
        </Modal>
    }
}
