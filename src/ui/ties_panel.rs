//! The selected person's ties: their unions (kind, events like a divorce with its year),
//! the line to their parents (biological, adopted, foster; twins), and their emotional
//! relations. Field edits become update commands; the rules are in the model and in
//! [`crate::editor::actions`].

use super::locale::{use_texts, Locale};
use super::person_panel::parse_date_field;
use super::session::{Session, StatusText};
use crate::editor::{actions, labels::person_label};
use crate::i18n::Lang;
use crate::model::{
    ChildLinkKind, Command, Gender, Genogram, ParentRef, PersonId, RelationKind, TwinKind, UnionEvent, UnionEventKind, UnionKind,
};
use leptos::prelude::*;

/// The `<option>`s of a select over `all`, with `current` selected (set on the option,
/// so it holds however the select is built).
fn options<T: Copy + PartialEq + 'static>(all: &'static [T], current: T, label: impl Fn(T) -> &'static str) -> impl IntoView {
    all.iter().enumerate().map(|(j, k)| view! { <option value=j.to_string() selected=*k == current>{label(*k)}</option> }).collect_view()
}

/// The value at the select's chosen index.
fn pick<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

/// Unions, parent line and emotional relations of person `id`.
#[component]
pub fn TiesPanel(id: PersonId) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let with_g = move |f: &dyn Fn(&Genogram) -> AnyView| session.editor.with(|e| match e.as_ref().and_then(|e| e.genogram()) { Some(g) => f(g), None => ().into_any() });
    let report = move |err: actions::ActionError| session.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En))));

    let unions = move || with_g(&|g| {
        let lang = lang.get();
        g.unions_of(id).into_iter().filter_map(|uid| g.union(uid).map(|u| (uid, u.clone()))).map(|(uid, u)| {
            let partner = match u.other_partner(id).flatten() {
                Some(p) => person_label(g, p, lang),
                None => lang.texts().unknown_partner.to_owned(),
            };
            let u_kind = u.clone();
            let u_add = u.clone();
            let events = u.events.iter().enumerate().map(|(i, ev)| {
                let (u_k, u_d, u_r) = (u.clone(), u.clone(), u.clone());
                view! {
                    <div class="condition-row" data-testid="union-event">
                        <select aria-label=move || texts.get().add_event 
                            on:change=move |e| if let Some(k) = pick(UnionEventKind::ALL, &event_target_value(&e)) {
                                let mut u = u_k.clone(); u.events[i].kind = k; session.apply(Command::UpdateUnion { id: uid, union: u });
                            }>
                            {options(UnionEventKind::ALL, ev.kind, move |k| k.label(lang))}
                        </select>
                        <input type="text" size="8" data-testid="union-event-date" placeholder=move || texts.get().date_hint
                            prop:value=ev.date.map(|d| d.to_string()).unwrap_or_default()
                            on:change=move |e| match parse_date_field(&event_target_value(&e)) {
                                Ok(date) => { let mut u = u_d.clone(); u.events[i].date = date; session.apply(Command::UpdateUnion { id: uid, union: u }); }
                                Err(()) => session.status.set(Some(StatusText::error(Lang::Nl.texts().bad_date, Lang::En.texts().bad_date))),
                            } />
                        <button type="button" class="icon" title=move || texts.get().remove aria-label=move || texts.get().remove
                            on:click=move |_| { let mut u = u_r.clone(); u.events.remove(i); session.apply(Command::UpdateUnion { id: uid, union: u }); }>"×"</button>
                    </div>
                }
            }).collect_view();
            view! {
                <div class="tie" data-testid="union">
                    <div class="tie-head">{partner}</div>
                    <select data-testid="union-kind" aria-label=move || texts.get().union_kind 
                        on:change=move |e| if let Some(k) = pick(UnionKind::ALL, &event_target_value(&e)) {
                            let mut u = u_kind.clone(); u.kind = k; session.apply(Command::UpdateUnion { id: uid, union: u });
                        }>
                        {options(UnionKind::ALL, u.kind, move |k| k.label(lang))}
                    </select>
                    {events}
                    <div class="tie-buttons">
                        <button type="button" data-testid="add-union-event" on:click=move |_| {
                            let mut u = u_add.clone();
                            // The usual next event: a start first, then a separation, then a divorce.
                            let next = match u.events.last().map(|e| e.kind) {
                                None => UnionEventKind::Start,
                                Some(UnionEventKind::Start) | Some(UnionEventKind::Reconciliation) => UnionEventKind::Separation,
                                Some(_) => UnionEventKind::Divorce,
                            };
                            u.events.push(UnionEvent { kind: next, date: None });
                            session.apply(Command::UpdateUnion { id: uid, union: u });
                        }>"+ " {move || texts.get().add_event}</button>
                        // A child of this couple in particular (the action buttons above use
                        // the most recent union).
                        <button type="button" data-testid="union-add-son"
                            on:click=move |_| session.act(|g| actions::add_child_of(g, ParentRef::Union(uid), Gender::Male))>
                            "+ " {move || texts.get().add_son}</button>
                        <button type="button" data-testid="union-add-daughter"
                            on:click=move |_| session.act(|g| actions::add_child_of(g, ParentRef::Union(uid), Gender::Female))>
                            "+ " {move || texts.get().add_daughter}</button>
                        <button type="button" class="danger" data-testid="remove-union"
                            on:click=move |_| { session.apply(Command::RemoveUnion { id: uid }); }>{move || texts.get().remove_union}</button>
                    </div>
                </div>
            }
        }).collect_view().into_any()
    });

    let parent_line = move || with_g(&|g| {
        let lang = lang.get();
        g.parent_links(id).into_iter().map(|(lid, link)| {
            let link = link.clone();
            let (l_kind, l_twin) = (link.clone(), link.clone());
            let siblings: Vec<(PersonId, String)> = g.siblings(id).into_iter().map(|s| (s, person_label(g, s, lang))).collect();
            let twin_of = g.twins_of(id).first().copied();
            let twin_kind = link.twin.map(|t| t.kind).unwrap_or_default();
            view! {
                <div class="tie" data-testid="parent-line">
                    <select data-testid="child-link-kind" aria-label=move || texts.get().parent_line 
                        on:change=move |e| if let Some(k) = pick(ChildLinkKind::ALL, &event_target_value(&e)) {
                            let mut l = l_kind.clone(); l.kind = k; session.apply(Command::UpdateChildLink { id: lid, link: l });
                        }>
                        {options(ChildLinkKind::ALL, link.kind, move |k| k.label(lang))}
                    </select>
                    <label class="field">
                        <span>{move || texts.get().twin_with}</span>
                        <select data-testid="twin-with"
                            on:change=move |e| {
                                let v = event_target_value(&e);
                                match v.parse::<u32>() {
                                    Ok(other) => {
                                        let planned = session.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(|g| actions::make_twins(g, id, PersonId(other), twin_kind)));
                                        match planned { Some(Ok(cmd)) => { session.apply(cmd); } Some(Err(err)) => report(err), None => {} }
                                    }
                                    Err(_) => { let mut l = l_twin.clone(); l.twin = None; session.apply(Command::UpdateChildLink { id: lid, link: l }); }
                                }
                            }>
                            <option value="">{move || texts.get().no_one}</option>
                            {siblings.into_iter().map(|(s, name)| view! { <option value=s.get().to_string() selected=Some(s) == twin_of>{name}</option> }).collect_view()}
                        </select>
                    </label>
                    <Show when=move || twin_of.is_some()>
                        <select data-testid="twin-kind" aria-label=move || texts.get().twin_kind 
                            on:change=move |e| if let (Some(k), Some(other)) = (pick(TwinKind::ALL, &event_target_value(&e)), twin_of) {
                                let planned = session.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(|g| actions::make_twins(g, id, other, k)));
                                if let Some(Ok(cmd)) = planned { session.apply(cmd); }
                            }>
                            {options(TwinKind::ALL, twin_kind, move |k| k.label(lang))}
                        </select>
                    </Show>
                </div>
            }
        }).collect_view().into_any()
    });

    let relations = move || with_g(&|g| {
        let lang = lang.get();
        g.relations_of(id).into_iter().map(|(rid, r)| {
            let r = r.clone();
            let other = if r.from == id { r.to } else { r.from };
            let arrow = if r.kind.is_directed() { if r.from == id { "→ " } else { "← " } } else { "" };
            let label = format!("{arrow}{}", person_label(g, other, lang));
            let r_kind = r.clone();
            view! {
                <div class="condition-row" data-testid="relation">
                    <span class="tie-name">{label}</span>
                    <select data-testid="relation-kind" aria-label=move || texts.get().relation_kind 
                        on:change=move |e| if let Some(k) = pick(RelationKind::ALL, &event_target_value(&e)) {
                            let mut r = r_kind.clone(); r.kind = k; session.apply(Command::UpdateRelation { id: rid, relation: r });
                        }>
                        {options(RelationKind::ALL, r.kind, move |k| k.label(lang))}
                    </select>
                    <button type="button" class="icon" title=move || texts.get().remove aria-label=move || texts.get().remove
                        on:click=move |_| { session.apply(Command::RemoveRelation { id: rid }); }>"×"</button>
                </div>
            }
        }).collect_view().into_any()
    });

    // Adding a relation: choose the other person and the kind, then add.
    let new_other = RwSignal::new(String::new());
    let new_kind = RwSignal::new(0usize);
    let others = move || with_g(&|g| {
        let lang = lang.get();
        g.person_ids().filter(|p| *p != id).map(|p| view! { <option value=p.get().to_string()>{person_label(g, p, lang)}</option> }).collect_view().into_any()
    });
    let add_relation = move |_| {
        let Ok(other) = new_other.get_untracked().parse::<u32>() else { return };
        let kind = RelationKind::ALL.get(new_kind.get_untracked()).copied().unwrap_or(RelationKind::Close);
        let planned = session.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(|g| actions::add_relation(g, id, PersonId(other), kind)));
        match planned { Some(Ok(cmd)) => { session.apply(cmd); } Some(Err(err)) => report(err), None => {} }
    };

    view! {
        <section class="ties" data-testid="ties-panel">
            <h3>{move || texts.get().unions}</h3>
            {unions}
            <h3>{move || texts.get().parent_line}</h3>
            {parent_line}
            <h3>{move || texts.get().emotional_relations}</h3>
            {relations}
            <div class="condition-row">
                <select data-testid="new-relation-other" aria-label=move || texts.get().relation_with
                    on:change=move |e| new_other.set(event_target_value(&e))>
                    <option value="">{move || texts.get().relation_with}</option>
                    {others}
                </select>
                <select data-testid="new-relation-kind" aria-label=move || texts.get().relation_kind
                    on:change=move |e| new_kind.set(event_target_value(&e).parse().unwrap_or(0))>
                    {move || RelationKind::ALL.iter().enumerate().map(|(j, k)| view! { <option value=j.to_string()>{k.label(lang.get())}</option> }).collect_view()}
                </select>
            </div>
            <button type="button" data-testid="add-relation" on:click=add_relation>"+ " {move || texts.get().add_relation}</button>
        </section>
    }
}
