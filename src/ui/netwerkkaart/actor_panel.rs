//! The selected actor: name, role (with the usual roles as suggestions), person or
//! organisation, sector, ring, formal / informal / hybrid, verbinder, notes, delete.
//! Each field commits on change, so one edited field is one undo step.

use super::fields::focus_if_asked;
use crate::netwerkkaart::{Actor, ActorId, ActorKind, Command, Formality, Ring, RoleSuggestion, SectorId};
use crate::ui::session::Session;
use crate::ui::shell::enum_select::EnumSelect;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The form of actor `id`; it disappears once the actor is gone.
#[component]
pub fn ActorPanel(
    /// The actor to edit.
    id: ActorId,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let actor = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).and_then(|m| m.actor(id).cloned()))
    });
    let sectors = Memo::new(move |_| {
        let lang = lang.get();
        session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.netwerkkaart())
                .map(|m| m.sectors().map(|(sid, s)| (sid, s.label(lang))).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let update = move |change: &dyn Fn(&mut Actor)| {
        // try_: a handler may run after its form was disposed (a change event fired
        // while the element is removed); it then does nothing instead of panicking.
        if let Some(mut a) = actor.try_get_untracked().flatten() {
            change(&mut a);
            if Some(&a) != actor.try_get_untracked().flatten().as_ref() {
                session.apply(Command::UpdateActor { id, actor: a });
            }
        }
    };
    let text_field = move |test_id: &'static str,
                           label: fn(&crate::i18n::Texts) -> &'static str,
                           get: fn(&Actor) -> String,
                           set: fn(&mut Actor, String)| {
        view! {
            <label class="field">
                <span>{move || label(texts.get())}</span>
                <input type="text" data-testid=test_id
                    prop:value=move || actor.with(|a| a.as_ref().map(get).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|a| set(a, v.trim().to_owned())) } />
            </label>
        }
    };
    // The genogram this actor's name follows, if linked.
    let link_doc =
        Memo::new(move |_| actor.with(|a| a.as_ref().and_then(|a| a.genogram_person.as_ref().map(|l| l.0.clone()))));
    let name_ref = NodeRef::<leptos::html::Input>::new();
    focus_if_asked(name_ref, session.focus_name);
    let datalist_id = format!("role-suggestions-{}", id.get());
    view! {
        <Show when=move || actor.with(|a| a.is_some())>
            <form class="network-panel" data-testid="actor-panel" on:submit=|ev| ev.prevent_default()>
                <h3>{move || texts.get().nw_actor}</h3>
                <label class="field">
                    <span>{move || texts.get().nw_name}</span>
                    <input type="text" id=crate::ui::input::intent::Field::ACTOR_NAME_ID data-testid="actor-name" node_ref=name_ref
                        prop:value=move || actor.with(|a| a.as_ref().map(|a| a.name.clone()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|a| a.name = v.trim().to_owned()) } />
                </label>
                {move || link_doc.get().map(|d| view! { <super::link::LinkedNote doc_id=d/> })}
                <label class="field">
                    <span>{move || texts.get().nw_role}</span>
                    <input type="text" data-testid="actor-role" list=datalist_id.clone() placeholder=move || texts.get().nw_role_hint
                        prop:value=move || actor.with(|a| a.as_ref().map(|a| a.role.clone()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|a| a.role = v.trim().to_owned()) } />
                    <datalist id=datalist_id.clone()>
                        {move || RoleSuggestion::ALL.iter().map(|r| view! { <option value=r.label(lang.get())></option> }).collect_view()}
                    </datalist>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_kind}</span>
                    <EnumSelect test_id="actor-kind" value=Signal::derive(move || actor.with(|a| a.as_ref().map(|a| a.kind)))
                        on_pick=Callback::new(move |v: ActorKind| update(&|a| { a.kind = v; }))/>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_sector}</span>
                    <select data-testid="actor-sector"
                        on:change=move |ev| { if let Ok(s) = event_target_value(&ev).parse() { update(&|a| a.sector = SectorId(s)) } }>
                        {move || sectors.get().into_iter().map(|(sid, label)| view! {
                            <option value=sid.get().to_string() prop:selected=move || actor.with(|a| a.as_ref().map(|a| a.sector)) == Some(sid)>{label}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_ring}</span>
                    <EnumSelect test_id="actor-ring" value=Signal::derive(move || actor.with(|a| a.as_ref().map(|a| a.ring)))
                        on_pick=Callback::new(move |v: Ring| update(&|a| { a.ring = v; a.pin = None; }))/>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_formality}</span>
                    <EnumSelect test_id="actor-formality" value=Signal::derive(move || actor.with(|a| a.as_ref().map(|a| a.formality)))
                        on_pick=Callback::new(move |v: Formality| update(&|a| { a.formality = v; }))/>
                </label>
                <label class="check">
                    <input type="checkbox" data-testid="actor-verbinder"
                        prop:checked=move || actor.with(|a| a.as_ref().is_some_and(|a| a.verbinder))
                        on:change=move |ev| { let v = event_target_checked(&ev); update(&|a| a.verbinder = v) } />
                    <span>{move || texts.get().nw_verbinder}</span>
                </label>
                {text_field("actor-notes", |t| t.notes, |a| a.notes.clone(), |a, v| a.notes = v)}
                <div class="person-actions">
                    <button type="button" class="danger" data-testid="delete-actor" on:click=move |_| session.delete_netwerkkaart_selection()>
                        {move || texts.get().delete}
                    </button>
                </div>
            </form>
        </Show>
    }
}
