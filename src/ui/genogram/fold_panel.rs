//! The folding panel ("Inklappen"): a checkbox that turns folding on, the generations
//! shown up and down, the focus person (and a button to focus on the selected one),
//! how many persons are drawn, and a button that folds everything again. Folding is
//! stored with the document: every change here is one undoable command.

use crate::genogram::edit::folding::{focus_on, fold_all, set_folding, set_reach, unfold};
use crate::genogram::folding::visibility;
use crate::genogram::model::{Command, Focus, Genogram};
use crate::ui::input::dispatch::Dispatcher;
use crate::ui::input::intent::Intent;
use crate::ui::session::Session;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// Plans a folding change on the open genogram and applies it (one undo step); nothing
/// happens when the plan is `None` (already so, or no genogram). Whether it was applied.
pub fn apply_folding(session: Session, plan: impl FnOnce(&Genogram) -> Option<Command>) -> bool {
    let cmd = session.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).and_then(plan));
    cmd.is_some_and(|cmd| session.apply(cmd))
}

/// [`apply_folding`], then the view fitted to the new drawing: folding changes its size
/// and every position, so the old view would show a speck or a fragment.
fn fold_and_fit(session: Session, dispatcher: Dispatcher, plan: impl FnOnce(&Genogram) -> Option<Command>) {
    if apply_folding(session, plan) {
        dispatcher.run(Intent::Fit);
    }
}

/// The "Inklappen" section of the side panel (genograms only).
#[component]
pub fn FoldPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let dispatcher = expect_context::<Dispatcher>();
    // Focus, reach, persons drawn and in all, the focus person's name.
    let state = Memo::new(move |_| {
        session.editor.with(|e| {
            let g = e.as_ref().and_then(|e| e.genogram())?;
            let f = g.folding()?;
            let v = visibility(g, f);
            let name = v.focus.map(|p| g.name_of(p)).unwrap_or_default();
            Some((f.focus, v.visible.len(), g.person_count(), name, !f.unfolded.is_empty(), v.folded))
        })
    });
    let on = move || state.with(Option::is_some);
    let reach =
        move || state.with(|s| s.as_ref().map_or((Focus::DEFAULT_UP, Focus::DEFAULT_DOWN), |s| (s.0.up, s.0.down)));
    let set_up = move |text: String| {
        if let Ok(up) = text.trim().parse::<u8>() {
            fold_and_fit(session, dispatcher, |g| set_reach(g, up, reach().1));
        }
    };
    let set_down = move |text: String| {
        if let Ok(down) = text.trim().parse::<u8>() {
            fold_and_fit(session, dispatcher, |g| set_reach(g, reach().0, down));
        }
    };
    let selected = move || session.selection.get();
    let can_focus = move || selected().is_some_and(|p| state.with(|s| s.as_ref().is_some_and(|s| s.0.person != p)));
    // The selected person's folded branch, for those who unfold with the keyboard.
    let selected_folded = move || {
        let p = selected()?;
        state.with(|s| s.as_ref().and_then(|s| s.5.get(&p).copied())).map(|n| (p, n))
    };
    view! {
        <details class="pattern fold-view" data-testid="fold-panel">
            <summary>{move || texts.get().fold_title}</summary>
            <p class="muted small">{move || texts.get().fold_hint}</p>
            <label class="check">
                <input type="checkbox" data-testid="fold-on" prop:checked=on
                    on:change=move |ev| { let want = event_target_checked(&ev); fold_and_fit(session, dispatcher, |g| set_folding(g, want)) } />
                <span>{move || texts.get().fold_on}</span>
            </label>
            <Show when=on>
                <p class="small" data-testid="fold-focus">
                    {move || texts.get().fold_focus} " "
                    <strong>{move || state.with(|s| s.as_ref().map(|s| s.3.clone()).unwrap_or_default())}</strong>
                </p>
                <label class="field">
                    <span>{move || texts.get().fold_up}</span>
                    <input type="number" data-testid="fold-up" min="0" max=Focus::MAX.to_string() step="1" inputmode="numeric"
                        prop:value=move || reach().0.to_string()
                        on:change=move |ev| set_up(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{move || texts.get().fold_down}</span>
                    <input type="number" data-testid="fold-down" min="0" max=Focus::MAX.to_string() step="1" inputmode="numeric"
                        prop:value=move || reach().1.to_string()
                        on:change=move |ev| set_down(event_target_value(&ev)) />
                </label>
                <p class="muted small" data-testid="fold-count">
                    {move || state.with(|s| s.as_ref().map(|s| format!("{} {} {} {}", s.1, texts.get().fold_shown, s.2, texts.get().fold_shown_end)).unwrap_or_default())}
                </p>
                <div class="person-actions">
                    <Show when=can_focus>
                        <button type="button" data-testid="fold-focus-here"
                            on:click=move |_| if let Some(p) = selected() { fold_and_fit(session, dispatcher, |g| focus_on(g, p)) }>
                            {move || texts.get().fold_focus_here}
                        </button>
                    </Show>
                    {move || selected_folded().map(|(p, n)| view! {
                        <button type="button" data-testid="fold-unfold-selected"
                            on:click=move |_| fold_and_fit(session, dispatcher, |g| unfold(g, p))>
                            {move || texts.get().fold_unfold} " (+" {n} ")"
                        </button>
                    })}
                    <Show when=move || state.with(|s| s.as_ref().is_some_and(|s| s.4))>
                        <button type="button" data-testid="fold-all" on:click=move |_| fold_and_fit(session, dispatcher, fold_all)>
                            {move || texts.get().fold_all}
                        </button>
                    </Show>
                </div>
            </Show>
        </details>
    }
}
