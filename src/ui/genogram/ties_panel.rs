//! The selected person's ties: their unions (kind, events like a divorce with its year),
//! the line to their parents (biological, adopted, foster; twins; donor or surrogate;
//! birth order), and their emotional relations (kind, period, note, direction). Field
//! edits become update commands; the rules are in the model, in
//! [`crate::genogram::edit::family`] and in [`crate::genogram::edit::tie_fields`].

use crate::genogram::describe;
use crate::genogram::edit::tie_fields::{self, FieldError, RelationField};
use crate::genogram::edit::{family, labels::person_label, twins};
use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Command, ConceptionAid, Gender, Genogram, ParentRef, PartialDate, PersonId,
    Relation, RelationId, RelationKind, TwinKind, Union, UnionEvent, UnionEventKind, UnionId, UnionKind,
};
use crate::i18n::{Lang, Texts};
use crate::ui::canvas::scene_markup::push_escaped;
use crate::ui::session::{Session, StatusText};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The `<option>`s of a select over `all`, with `current` selected (set on the option,
/// so it holds however the select is built).
fn options<T: Copy + PartialEq + 'static>(
    all: &'static [T],
    current: T,
    label: impl Fn(T) -> &'static str,
) -> impl IntoView {
    all.iter()
        .enumerate()
        .map(|(j, k)| view! { <option value=j.to_string() selected=*k == current>{label(*k)}</option> })
        .collect_view()
}

/// The `<option>`s of every person but `id`, valued by id and labelled by name, as
/// markup (names escaped: they stay text).
fn other_options(g: &Genogram, id: PersonId, lang: Lang) -> String {
    let mut out = String::new();
    for p in g.person_ids().filter(|p| *p != id) {
        out.push_str("<option value=\"");
        out.push_str(&p.get().to_string());
        out.push_str("\">");
        push_escaped(&mut out, &person_label(g, p, lang));
        out.push_str("</option>");
    }
    out
}

/// The value at the select's chosen index.
fn pick<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

/// Unions, parent line and emotional relations of person `id`.
#[component]
pub fn TiesPanel(
    /// The person whose ties are shown.
    id: PersonId,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let with_g = move |f: &dyn Fn(&Genogram) -> AnyView| {
        session.editor.with(|e| match e.as_ref().and_then(|e| e.genogram()) {
            Some(g) => f(g),
            None => ().into_any(),
        })
    };
    let report = move |err: family::ActionError| {
        session.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En))))
    };

    let unions = move || {
        with_g(&|g| {
            let lang = lang.get();
            g.unions_of(id)
                .into_iter()
                .filter_map(|uid| g.union(uid).map(|u| (uid, u.clone())))
                .map(|(uid, u)| {
                    let partner = match u.other_partner(id).flatten() {
                        Some(p) => person_label(g, p, lang),
                        None => lang.texts().unknown_partner.to_owned(),
                    };
                    union_block(uid, u, partner)
                })
                .collect_view()
                .into_any()
        })
    };

    // Parent lines and relations are keyed rows: an edit updates the fields of its row in
    // place, so focus, an open row and a field's error message stay where they are.
    let link_rows = Memo::new(move |_| {
        let lang = lang.get();
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| link_rows_of(g, id, lang)).unwrap_or_default())
    });
    let relation_rows = Memo::new(move |_| {
        let lang = lang.get();
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| relation_rows_of(g, id, lang)).unwrap_or_default())
    });

    // Adding a relation: choose the other person and the kind, then add.
    let new_other = RwSignal::new(String::new());
    let new_kind = RwSignal::new(0usize);
    // One option per other person: in a large family a thousand elements, so they are
    // written as one piece of markup, and again only when a name or the set of persons
    // changed, not on every edit.
    let others = Memo::new(move |_| {
        let lang = lang.get();
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| other_options(g, id, lang)).unwrap_or_default())
    });
    let other_select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let Some(select) = other_select.get() else { return };
        let mut markup = String::from("<option value=\"\">");
        push_escaped(&mut markup, texts.get().relation_with);
        markup.push_str("</option>");
        others.with(|o| markup.push_str(o));
        select.set_inner_html(&markup);
    });
    let add_relation = move |_| {
        let Ok(other) = new_other.get_untracked().parse::<u32>() else { return };
        let kind = RelationKind::ALL.get(new_kind.get_untracked()).copied().unwrap_or(RelationKind::Close);
        let planned = session.editor.with_untracked(|ed| {
            ed.as_ref().and_then(|ed| ed.genogram()).map(|g| family::add_relation(g, id, PersonId(other), kind))
        });
        match planned {
            Some(Ok(cmd)) => {
                session.apply(cmd);
            }
            Some(Err(err)) => report(err),
            None => {}
        }
    };

    view! {
        <section class="ties" data-testid="ties-panel">
            // Headings only over something: a person without partners or parents
            // gets no empty sections.
            <Show when=move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| !g.unions_of(id).is_empty()))>
                <h3>{move || texts.get().unions}</h3>
            </Show>
            {unions}
            // With a partner, the add buttons above hang a child from the couple; a
            // child of this person and an unknown other parent is added here.
            <Show when=move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| !g.unions_of(id).is_empty()))>
                <div class="tie" data-testid="single-parent">
                    <div class="tie-head">{move || texts.get().single_parent_child}</div>
                    <div class="tie-buttons">
                        <AddChildButtons parent=ParentRef::Person(id) test_prefix="single"/>
                    </div>
                </div>
            </Show>
            <Show when=move || link_rows.with(|r| !r.is_empty())>
                <h3>{move || texts.get().parent_line}</h3>
            </Show>
            <For each=move || link_rows.get() key=|row| row.id let:row>
                <ParentLine lid=row.id child=id rows=link_rows/>
            </For>
            <h3>{move || texts.get().emotional_relations}</h3>
            <For each=move || relation_rows.get() key=|row| row.id let:row>
                <RelationItem rid=row.id rows=relation_rows/>
            </For>
            <div class="condition-row">
                <select data-testid="new-relation-other" aria-label=move || texts.get().relation_with
                    node_ref=other_select on:change=move |e| new_other.set(event_target_value(&e))>
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

/// One union: its kind, events (a divorce with its year), a child of this couple, and
/// remove. `head` names it (the partner, or both partners in the line's own panel).
pub fn union_block(uid: UnionId, u: Union, head: String) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let lang = lang.get_untracked();
    let session = expect_context::<Session>();
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
                            on:change=move |e| match tie_fields::parse_date(&event_target_value(&e)) {
                                Ok(date) => { let mut u = u_d.clone(); u.events[i].date = date; session.apply(Command::UpdateUnion { id: uid, union: u }); }
                                Err(_) => session.status.set(Some(StatusText::error(Lang::Nl.texts().bad_date, Lang::En.texts().bad_date))),
                            } />
                        <button type="button" class="icon" title=move || texts.get().remove aria-label=move || texts.get().remove
                            on:click=move |_| { let mut u = u_r.clone(); u.events.remove(i); session.apply(Command::UpdateUnion { id: uid, union: u }); }>"×"</button>
                    </div>
                }
            }).collect_view();
    view! {
        <div class="tie" data-testid="union">
            <div class="tie-head">{head}</div>
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
                <AddChildButtons parent=ParentRef::Union(uid) test_prefix="union"/>
                <button type="button" class="danger" data-testid="remove-union"
                    on:click=move |_| { session.apply(Command::RemoveUnion { id: uid }); }>{move || texts.get().remove_union}</button>
            </div>
        </div>
    }
}

/// "+ Zoon" and "+ Dochter" for a child of one couple or one single parent.
#[component]
fn AddChildButtons(
    /// The couple or single parent the child hangs from.
    parent: ParentRef,
    /// Test ids are `{test_prefix}-add-son` and `{test_prefix}-add-daughter`.
    test_prefix: &'static str,
) -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let button = move |gender: Gender, suffix: &str, label: fn(&Texts) -> &'static str| {
        view! {
            <button type="button" data-testid=format!("{test_prefix}-add-{suffix}")
                on:click=move |_| session.act(|g| family::add_child_of(g, parent, gender))>
                "+ " {move || label(texts.get())}</button>
        }
    };
    view! { {button(Gender::Male, "son", |t| t.add_son)} {button(Gender::Female, "daughter", |t| t.add_daughter)} }
}

/// Runs `plan` on the genogram as it is now (not as it was when the row was drawn).
fn plan<T>(session: Session, plan: impl FnOnce(&Genogram) -> T) -> Option<T> {
    session.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(plan))
}

/// Applies a planned command, if there is one.
fn apply_planned(session: Session, planned: Option<Option<Command>>) {
    if let Some(Some(cmd)) = planned {
        session.apply(cmd);
    }
}

/// A text field that commits on change through `edit` (one undo step). Text that `edit`
/// refuses changes nothing: the field keeps it, is marked invalid and says why.
fn edit_field(
    test_id: &'static str,
    label: fn(&Texts) -> &'static str,
    placeholder: Option<fn(&Texts) -> &'static str>,
    value: Signal<String>,
    edit: impl Fn(&Genogram, &str) -> tie_fields::Edit + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let error = RwSignal::new(None::<FieldError>);
    // A new value from the model (this edit, an undo) replaces the refused text, and
    // with it the message.
    Effect::new(move |_| {
        value.track();
        error.set(None);
    });
    view! {
        <label class="field">
            <span>{move || label(texts.get())}</span>
            <input type="text" data-testid=test_id placeholder=move || placeholder.map(|p| p(texts.get())).unwrap_or_default()
                class:invalid=move || error.get().is_some() aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || value.get()
                on:change=move |e| {
                    let text = event_target_value(&e);
                    match plan(session, |g| edit(g, &text)) {
                        // try_set: the field may already be disposed (see PersonPanel).
                        Some(Ok(Some(cmd))) => { error.try_set(None); session.apply(cmd); }
                        Some(Ok(None)) | None => { error.try_set(None); }
                        Some(Err(err)) => { error.try_set(Some(err)); }
                    }
                } />
            {move || error.get().map(|err| view! {
                <span class="field-error" role="alert" data-testid=format!("{test_id}-error")>{err.message(lang.get())}</span>
            })}
        </label>
    }
}

/// What the panel shows of one parent line, compared as a whole so its fields only
/// update when it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkRow {
    /// The child line.
    pub id: ChildLinkId,
    link: ChildLink,
    /// Who the child can be a twin of (full siblings of a plausible birth date, and the
    /// current co-twin), by name, for "Tweeling met".
    siblings: Vec<(PersonId, String)>,
    /// The sibling the child is a twin with, if any.
    twin_of: Option<PersonId>,
}

/// The parent lines of `child` as the panel shows them.
pub fn link_rows_of(g: &Genogram, child: PersonId, lang: Lang) -> Vec<LinkRow> {
    let twin_of = g.twins_of(child).first().copied();
    let mut candidates = twins::twin_candidates(g, child);
    // A twin marked earlier stays listed even if a date changed since, so the select
    // shows what is drawn.
    if let Some(t) = twin_of.filter(|t| !candidates.contains(t)) {
        candidates.push(t);
    }
    let siblings: Vec<(PersonId, String)> = candidates.into_iter().map(|s| (s, person_label(g, s, lang))).collect();
    g.parent_links(child)
        .into_iter()
        .map(|(id, link)| LinkRow { id, link: link.clone(), siblings: siblings.clone(), twin_of })
        .collect()
}

/// One line to the parents: kind, twin, donor or surrogate, birth order.
#[component]
pub fn ParentLine(
    /// The child line.
    lid: ChildLinkId,
    /// Its child.
    child: PersonId,
    /// The rows the line is found in.
    rows: Memo<Vec<LinkRow>>,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let row = Memo::new(move |_| rows.with(|rs| rs.iter().find(|r| r.id == lid).cloned()));
    let kind = move || row.with(|r| r.as_ref().map(|r| r.link.kind).unwrap_or_default());
    let aid = move || row.with(|r| r.as_ref().and_then(|r| r.link.aid));
    let twin_of = move || row.with(|r| r.as_ref().and_then(|r| r.twin_of));
    let twin_kind = move || row.with(|r| r.as_ref().and_then(|r| r.link.twin).map(|t| t.kind).unwrap_or_default());
    let report = move |err: family::ActionError| {
        session.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En))))
    };
    let order = Signal::derive(move || {
        row.with(|r| r.as_ref().and_then(|r| r.link.order).map(|o| o.to_string()).unwrap_or_default())
    });
    view! {
        <div class="tie" data-testid="parent-line">
            <select data-testid="child-link-kind" aria-label=move || texts.get().parent_line
                on:change=move |e| if let Some(k) = pick(ChildLinkKind::ALL, &event_target_value(&e)) {
                    apply_planned(session, plan(session, |g| tie_fields::set_child_link_kind(g, lid, k)));
                }>
                {ChildLinkKind::ALL.iter().enumerate().map(|(j, &k)| view! {
                    <option value=j.to_string() prop:selected=move || kind() == k>{move || k.label(lang.get())}</option>
                }).collect_view()}
            </select>
            <label class="field">
                <span>{move || texts.get().twin_with}</span>
                <select data-testid="twin-with"
                    on:change=move |e| {
                        match event_target_value(&e).parse::<u32>() {
                            Ok(other) => match plan(session, |g| family::make_twins(g, child, PersonId(other), twin_kind())) {
                                Some(Ok(cmd)) => { session.apply(cmd); }
                                Some(Err(err)) => report(err),
                                None => {}
                            },
                            Err(_) => apply_planned(session, plan(session, |g| tie_fields::clear_twin(g, lid))),
                        }
                    }>
                    <option value="" prop:selected=move || twin_of().is_none()>{move || texts.get().no_one}</option>
                    {move || row.with(|r| r.as_ref().map(|r| r.siblings.clone()).unwrap_or_default()).into_iter().map(|(s, name)| view! {
                        <option value=s.get().to_string() prop:selected=move || twin_of() == Some(s)>{name}</option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || twin_of().is_some()>
                <select data-testid="twin-kind" aria-label=move || texts.get().twin_kind
                    on:change=move |e| if let (Some(k), Some(other)) = (pick(TwinKind::ALL, &event_target_value(&e)), twin_of()) {
                        if let Some(Ok(cmd)) = plan(session, |g| family::make_twins(g, child, other, k)) { session.apply(cmd); }
                    }>
                    {TwinKind::ALL.iter().enumerate().map(|(j, &k)| view! {
                        <option value=j.to_string() prop:selected=move || twin_kind() == k>{move || k.label(lang.get())}</option>
                    }).collect_view()}
                </select>
            </Show>
            <label class="field">
                <span>{move || texts.get().conception_aid}</span>
                <select data-testid="child-link-aid"
                    on:change=move |e| {
                        let aid = pick(ConceptionAid::ALL, &event_target_value(&e));
                        apply_planned(session, plan(session, |g| tie_fields::set_conception_aid(g, lid, aid)));
                    }>
                    <option value="" prop:selected=move || aid().is_none()>{move || texts.get().aid_none}</option>
                    {ConceptionAid::ALL.iter().enumerate().map(|(j, &k)| view! {
                        <option value=j.to_string() prop:selected=move || aid() == Some(k)>{move || k.label(lang.get())}</option>
                    }).collect_view()}
                </select>
            </label>
            {edit_field("child-link-order", |t| t.birth_order, Some(|t| t.birth_order_hint), order,
                move |g, text| tie_fields::edit_birth_order(g, lid, text))}
        </div>
    }
}

/// A date as the field shows it (and reads it back): `2015`, `2015-03`, `ca. 1930`.
fn date_text(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// What the panel shows of one emotional relation, compared as a whole so its fields
/// only update when it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationRow {
    /// The relation.
    pub id: RelationId,
    relation: Relation,
    /// The other person's name.
    other: String,
    /// The other person with the arrow of a directed kind, seen from the selected
    /// person: "→ Nora" (acts on Nora), "← Nora" (Nora acts on them).
    label: String,
    /// Period and note on one line, for the closed row: "sinds 2015 · ruzie over erfenis".
    summary: String,
}

/// The emotional relations of `person` as the panel shows them, seen from them.
pub fn relation_rows_of(g: &Genogram, person: PersonId, lang: Lang) -> Vec<RelationRow> {
    g.relations_of(person)
        .into_iter()
        .map(|(id, r)| {
            let other_id = if r.from == person { r.to } else { r.from };
            let other = person_label(g, other_id, lang);
            let arrow = if r.kind.is_directed() {
                if r.from == person {
                    "→ "
                } else {
                    "← "
                }
            } else {
                ""
            };
            let summary = describe::relation_period(r.start, r.end, lang)
                .into_iter()
                .chain(Some(describe::one_line(&r.note)).filter(|n| !n.is_empty()))
                .collect::<Vec<_>>()
                .join(" · ");
            RelationRow { id, relation: r.clone(), label: format!("{arrow}{other}"), other, summary }
        })
        .collect()
}

/// One emotional relation: a compact row (other person, kind, remove) that opens to its
/// period, note and direction.
#[component]
pub fn RelationItem(
    /// The relation.
    rid: RelationId,
    /// The rows the relation is found in.
    rows: Memo<Vec<RelationRow>>,
    /// Shown opened (the relation's own panel, after a click on its line).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let row = Memo::new(move |_| rows.with(|rs| rs.iter().find(|r| r.id == rid).cloned()));
    let get = move |f: fn(&RelationRow) -> String| {
        Signal::derive(move || row.with(|r| r.as_ref().map(f).unwrap_or_default()))
    };
    let kind = move || row.with(|r| r.as_ref().map(|r| r.relation.kind));
    let directed = move || kind().is_some_and(|k| k.is_directed());
    let (label, other, summary) = (get(|r| r.label.clone()), get(|r| r.other.clone()), get(|r| r.summary.clone()));
    let (start, end) = (get(|r| date_text(r.relation.start)), get(|r| date_text(r.relation.end)));
    let note = get(|r| r.relation.note.clone());
    let open = RwSignal::new(open);
    let details_id = format!("relation-details-{}", rid.get());
    view! {
        <div class="relation" data-testid="relation">
            <div class="condition-row">
                <button type="button" class="icon more" data-testid="relation-more"
                    aria-expanded=move || open.get().to_string() aria-controls=details_id.clone()
                    aria-label=move || format!("{}: {}", texts.get().relation_more, other.get())
                    title=move || texts.get().relation_more
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span aria-hidden="true">{move || if open.get() { "▾" } else { "▸" }}</span>
                </button>
                <span class="tie-name" title=move || label.get()>{move || label.get()}</span>
                <select data-testid="relation-kind" aria-label=move || texts.get().relation_kind
                    on:change=move |e| if let Some(k) = pick(RelationKind::ALL, &event_target_value(&e)) {
                        apply_planned(session, plan(session, |g| tie_fields::set_relation_kind(g, rid, k)));
                    }>
                    {RelationKind::ALL.iter().enumerate().map(|(j, &k)| view! {
                        <option value=j.to_string() prop:selected=move || kind() == Some(k)>{move || k.label(lang.get())}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="icon" data-testid="remove-relation" title=move || texts.get().remove aria-label=move || texts.get().remove
                    on:click=move |_| { session.apply(Command::RemoveRelation { id: rid }); }>"×"</button>
            </div>
            <Show when=move || !open.get() && !summary.get().is_empty()>
                <p class="tie-summary" data-testid="relation-summary">{move || summary.get()}</p>
            </Show>
            <div class="relation-details" id=details_id data-testid="relation-details" hidden=move || !open.get()>
                <div class="relation-period">
                    {edit_field("relation-start", |t| t.relation_start, Some(|t| t.relation_date_hint), start,
                        move |g, text| tie_fields::edit_relation(g, rid, RelationField::Start, text))}
                    {edit_field("relation-end", |t| t.relation_end, Some(|t| t.relation_date_hint), end,
                        move |g, text| tie_fields::edit_relation(g, rid, RelationField::End, text))}
                </div>
                {edit_field("relation-note", |t| t.relation_note, None, note,
                    move |g, text| tie_fields::edit_relation(g, rid, RelationField::Note, text))}
                <Show when=directed>
                    <div class="tie-buttons">
                        <button type="button" data-testid="relation-reverse"
                            on:click=move |_| apply_planned(session, plan(session, |g| tie_fields::reverse_relation(g, rid)))>
                            "⇄ " {move || texts.get().relation_reverse}
                        </button>
                    </div>
                </Show>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::Person;

    #[test]
    fn other_options_list_everyone_else_with_names_as_text() {
        let mut g = Genogram::new();
        let mut add = |given: &str| {
            let id = g.next_person_id();
            g.apply(Command::AddPerson { id, person: Person::new(given, "", Gender::Female) }).unwrap();
            id
        };
        let me = add("Anna");
        let hostile = add("<img src=x onerror=alert(1)>&\"");
        let plain = add("Kees");
        let out = other_options(&g, me, Lang::Nl);
        assert!(!out.contains("Anna"), "not the person themselves: {out}");
        assert!(!out.contains("<img"), "a name never becomes markup: {out}");
        assert_eq!(
            out,
            format!(
                "<option value=\"{}\">&lt;img src=x onerror=alert(1)&gt;&amp;&quot;</option><option value=\"{}\">Kees</option>",
                hostile.get(),
                plain.get()
            )
        );
    }
}
