//! "Sectoren": the map's sectors in drawing order, each with its name (edit to rename,
//! one undo step), how many actors it has, "+" to add someone in it and × to remove it
//! once it is empty; "+ Sector" adds a custom sector and puts the cursor in its name.
//! What may happen comes from [`crate::netwerkkaart::edit::sectors`].

use crate::netwerkkaart::edit::sectors::{sector_rows, SectorRow};
use crate::netwerkkaart::SectorId;
use crate::ui::session::Session;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The sector list of the open map.
#[component]
pub fn SectorsPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(|m| sector_rows(m, lang)).unwrap_or_default())
    });
    // Keyed by id only, so a rename or a new actor updates a row in place and the
    // field being typed in keeps its focus.
    let ids = Memo::new(move |_| rows.with(|r| r.iter().map(|r| r.id).collect::<Vec<_>>()));
    // The sector whose name field takes the focus when it appears (a new one).
    let focus = RwSignal::new(None::<SectorId>);
    let add = move |_| {
        if let Some(id) = session.add_sector(texts.get_untracked().nw_new_sector_name) {
            focus.set(Some(id));
        }
    };
    view! {
        <section class="ties sectors" data-testid="sectors-panel">
            <h3 id="sectors-heading">{move || texts.get().nw_sectors}</h3>
            <ul class="sector-list" aria-labelledby="sectors-heading">
                <For each=move || ids.get() key=|id| *id children=move |id| view! { <SectorLine id=id rows=rows focus=focus/> }/>
            </ul>
            <button type="button" data-testid="add-sector" title=move || texts.get().nw_add_sector_hint on:click=add>
                "+ " {move || texts.get().nw_add_sector}
            </button>
        </section>
    }
}

/// One sector of the list.
#[component]
fn SectorLine(id: SectorId, rows: Memo<Vec<SectorRow>>, focus: RwSignal<Option<SectorId>>) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let row = Memo::new(move |_| rows.with(|r| r.iter().find(|r| r.id == id).cloned()));
    let label = move || row.with(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default());
    let count = move || {
        let t = texts.get();
        match row.with(|r| r.as_ref().map_or(0, |r| r.actors)) {
            1 => t.nw_sector_actors_one.to_owned(),
            n => t.nw_sector_actors.replace("{n}", &n.to_string()),
        }
    };
    let key = move || row.with(|r| r.as_ref().and_then(|r| r.key));
    let add_label = move || texts.get().nw_sector_add_in.replace("{name}", &label());
    let add_title = move || match key() {
        Some(k) => format!("{} ({} {k})", add_label(), texts.get().key_word),
        None => add_label(),
    };
    let remove_label = move || texts.get().nw_sector_remove.replace("{name}", &label());
    let refusal =
        move || row.with(|r| r.as_ref().and_then(|r| r.removal_refusal.as_ref().map(|e| e.message(lang.get()))));
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            if focus.get_untracked() == Some(id) {
                focus.set(None);
                let _ = el.focus();
                // Typing replaces the default name at once. Select now, and once more
                // after the next frame in case the value was set after this effect (which
                // drops a selection) - but only while the field still holds the default
                // name: a quick typist's first letters must not be selected and replaced.
                el.select();
                let default = row.with_untracked(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default());
                request_animation_frame(move || {
                    if el.value() == default {
                        el.select();
                    }
                });
            }
        }
    });
    let rename = move |ev: leptos::ev::Event| {
        if !session.rename_sector(id, &event_target_value(&ev), lang.get_untracked()) {
            // Nothing changed (the same name, or a custom name emptied): show the name.
            if let Some(el) = input.get_untracked() {
                el.set_value(&row.with_untracked(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default()));
            }
        }
    };
    view! {
        <li class="condition-row sector-row" data-testid="sector-row" data-sector=id.get().to_string()>
            <input type="text" data-testid="sector-name" node_ref=input aria-label=move || texts.get().nw_sector_name
                prop:value=label on:change=rename />
            // The bare number, as the wedge label has it; the words for screen readers
            // and as tooltip, so the name field keeps the width for long names.
            <span class="sector-actors small" data-testid="sector-actors" title=count aria-hidden="true">
                {move || row.with(|r| r.as_ref().map_or(0, |r| r.actors))}
            </span>
            <span class="visually-hidden">{count}</span>
            <button type="button" class="icon" data-testid="sector-add-actor" title=add_title aria-label=add_label
                aria-keyshortcuts=move || key().map(String::from)
                on:click=move |_| { session.add_actor_in_sector(id); }>"+"</button>
            <button type="button" class="icon" data-testid="sector-remove" aria-label=remove_label
                title=move || refusal().unwrap_or_else(remove_label)
                disabled=move || row.with(|r| r.as_ref().is_none_or(|r| r.removal_refusal.is_some()))
                on:click=move |_| { session.remove_sector(id); }>"×"</button>
        </li>
    }
}
