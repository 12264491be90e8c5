//! The folding panel ("Inklappen"): a checkbox that turns folding on, the generations
//! shown up and down, the focus person (and a button to focus on the selected one),
//! how many persons are drawn (and the separate parts of the file not drawn, each with a
//! button to focus on it), and a button that folds everything again. Folding is stored
//! with the document: every change here is one undoable command.

use crate::genogram::edit::folding::{edit_reach, focus_on, fold_all, set_folding, unfold, unfold_branch, Reach};
use crate::genogram::edit::tie_fields::FieldError;
use crate::genogram::folding::visibility;
use crate::genogram::model::{Command, Focus, Genogram, PersonId};
use crate::i18n::Texts;
use crate::ui::input::dispatch::Dispatcher;
use crate::ui::input::intent::Intent;
use crate::ui::session::Session;
use crate::ui::shell::locale::{use_texts, Locale};
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

/// One reach field ("Generaties omhoog" or "omlaag"): a number the drawing follows on
/// change. Text that is not a whole number from 0 to [`Focus::MAX`] changes nothing: the
/// field keeps it, is marked invalid and says why, as the other panels' fields do.
#[component]
fn ReachField(
    which: Reach,
    test_id: &'static str,
    label: fn(&Texts) -> &'static str,
    value: Signal<u8>,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let dispatcher = expect_context::<Dispatcher>();
    let error = RwSignal::new(None::<FieldError>);
    // A new value from the model (this edit, an undo) replaces the refused text.
    Effect::new(move |_| {
        value.track();
        error.set(None);
    });
    let commit = move |text: String| {
        let planned = session
            .editor
            .with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| edit_reach(g, which, &text)));
        match planned {
            Some(Err(err)) => error.set(Some(err)),
            Some(Ok(cmd)) => {
                error.set(None);
                fold_and_fit(session, dispatcher, |_| cmd);
            }
            None => error.set(None),
        }
    };
    view! {
        <label class="field">
            <span>{move || label(texts.get())}</span>
            <input type="number" data-testid=test_id min="0" max=Focus::MAX.to_string() step="1" inputmode="numeric"
                class:invalid=move || error.get().is_some() aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || value.get().to_string()
                on:change=move |ev| commit(event_target_value(&ev)) />
            {move || error.get().map(|err| view! {
                <span class="field-error" role="alert" data-testid=format!("{test_id}-error")>{err.message(lang.get())}</span>
            })}
        </label>
    }
}

/// What the panel shows of the folding, compared as a whole so it redraws only on change.
#[derive(Clone, Debug, PartialEq)]
struct FoldState {
    focus: Focus,
    drawn: usize,
    total: usize,
    focus_name: String,
    /// Whether anything was unfolded (so "fold everything again" has work to do).
    opened: bool,
    folded: std::collections::BTreeMap<PersonId, usize>,
    /// Persons in separate parts, and the parts: a person to focus on, name, size.
    unattached: usize,
    parts: Vec<(PersonId, String, usize)>,
}

/// How many separate parts the panel offers to focus on.
const PARTS_LISTED: usize = 5;

/// The "Inklappen" section of the side panel (genograms only).
#[component]
pub fn FoldPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let dispatcher = expect_context::<Dispatcher>();
    let state = Memo::new(move |_| {
        session.editor.with(|e| {
            let g = e.as_ref().and_then(|e| e.genogram())?;
            let f = g.folding()?;
            let v = visibility(g, f);
            Some(FoldState {
                focus: f.focus,
                drawn: v.visible.len(),
                total: g.person_count(),
                focus_name: v.focus.map(|p| g.name_of(p)).unwrap_or_default(),
                opened: !f.unfolded.is_empty() || !f.shown.is_empty(),
                parts: v.parts.iter().take(PARTS_LISTED).map(|&(p, n)| (p, g.name_of(p), n)).collect(),
                folded: v.folded,
                unattached: v.unattached,
            })
        })
    });
    let on = move || state.with(Option::is_some);
    let reach = move || {
        state.with(|s| s.as_ref().map_or((Focus::DEFAULT_UP, Focus::DEFAULT_DOWN), |s| (s.focus.up, s.focus.down)))
    };
    let selected = move || session.selection.get();
    let can_focus = move || selected().is_some_and(|p| state.with(|s| s.as_ref().is_some_and(|s| s.focus.person != p)));
    // The selected person's folded branch, for those who unfold with the keyboard.
    let selected_folded = move || {
        let p = selected()?;
        state.with(|s| s.as_ref().and_then(|s| s.folded.get(&p).copied())).map(|n| (p, n))
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
                    <strong>{move || state.with(|s| s.as_ref().map(|s| s.focus_name.clone()).unwrap_or_default())}</strong>
                </p>
                <ReachField which=Reach::Up test_id="fold-up" label=|t| t.fold_up value=Signal::derive(move || reach().0) />
                <ReachField which=Reach::Down test_id="fold-down" label=|t| t.fold_down value=Signal::derive(move || reach().1) />
                <p class="muted small" data-testid="fold-count">
                    {move || state.with(|s| s.as_ref().map(|s| format!("{} {} {} {}", s.drawn, texts.get().fold_shown, s.total, texts.get().fold_shown_end)).unwrap_or_default())}
                </p>
                <Show when=move || state.with(|s| s.as_ref().is_some_and(|s| s.unattached > 0))>
                    <p class="muted small" data-testid="fold-unattached">
                        {move || state.with(|s| s.as_ref().map_or(0, |s| s.unattached))} " " {move || texts.get().fold_parts}
                    </p>
                    <div class="person-actions">
                        // The largest parts; more would crowd the panel (the search finds anyone).
                        {move || state.with(|s| s.as_ref().map(|s| s.parts.clone()).unwrap_or_default())
                            .into_iter().map(|(p, name, n)| view! {
                                <button type="button" data-testid="fold-part" data-person=p.get().to_string()
                                    title=move || texts.get().fold_part_title
                                    on:click=move |_| fold_and_fit(session, dispatcher, |g| focus_on(g, p))>
                                    {name} " (" {n} ")"
                                </button>
                            }).collect_view()}
                    </div>
                </Show>
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
                            {move || texts.get().fold_unfold}
                        </button>
                        <button type="button" data-testid="fold-unfold-branch"
                            on:click=move |_| fold_and_fit(session, dispatcher, |g| unfold_branch(g, p))>
                            {move || texts.get().fold_unfold_branch} " (+" {n} ")"
                        </button>
                    })}
                    <Show when=move || state.with(|s| s.as_ref().is_some_and(|s| s.opened))>
                        <button type="button" data-testid="fold-all" on:click=move |_| fold_and_fit(session, dispatcher, fold_all)>
                            {move || texts.get().fold_all}
                        </button>
                    </Show>
                </div>
            </Show>
        </details>
    }
}
