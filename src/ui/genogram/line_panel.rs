//! The side panel of a selected line (clicked on the canvas): a union's kind and events,
//! a child line's kind, twin, donor and birth order, or a relation's kind, period and
//! note with its two ends ("Van", "Naar"), which can be moved to other persons. The
//! fields are the ones the person's ties panel shows; every change is one command.

use crate::genogram::edit::labels::person_label;
use crate::genogram::edit::lines::Line;
use crate::genogram::model::{ChildLinkId, Genogram, PersonId, RelationId, UnionId};
use crate::ui::genogram::ties_panel::{link_rows_of, relation_rows_of, union_block, ParentLine, RelationItem};
use crate::ui::session::Session;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The panel of the selected line, with its delete button.
#[component]
pub fn LinePanel(
    /// The line.
    line: Line,
) -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let body = match line {
        Line::Union(uid) => view! { <UnionLine uid=uid/> }.into_any(),
        Line::Child(lid) => view! { <ChildLine lid=lid/> }.into_any(),
        Line::Relation(rid) => view! { <RelationLine rid=rid/> }.into_any(),
    };
    view! {
        <section class="ties line-panel" data-testid="line-panel" data-line=line.key()>
            {body}
            <div class="person-actions">
                <button type="button" class="danger" data-testid="delete-line" on:click=move |_| session.delete_selected_line()>
                    {move || texts.get().delete_line}
                </button>
            </div>
        </section>
    }
}

/// Reads the open genogram (tracked); `None` without one.
fn with_genogram<T>(session: Session, f: impl FnOnce(&Genogram) -> T) -> Option<T> {
    session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).map(f))
}

#[component]
fn UnionLine(uid: UnionId) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let block = move || {
        let lang = lang.get();
        with_genogram(session, |g| {
            let u = g.union(uid)?.clone();
            let mut names: Vec<String> = u.partners().map(|p| person_label(g, p, lang)).collect();
            if u.partner_b.is_none() {
                names.push(lang.texts().unknown_partner.to_owned());
            }
            Some(union_block(uid, u, names.join(" & ")).into_any())
        })
        .flatten()
    };
    view! {
        <h3>{move || texts.get().unions}</h3>
        {block}
    }
}

#[component]
fn ChildLine(lid: ChildLinkId) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let child = Memo::new(move |_| with_genogram(session, |g| g.child_link(lid).map(|l| l.child)).flatten());
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let child = child.get();
        with_genogram(session, |g| child.map(|c| link_rows_of(g, c, lang)).unwrap_or_default())
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.id == lid)
            .collect::<Vec<_>>()
    });
    let name = move || {
        let lang = lang.get();
        child.get().and_then(|c| with_genogram(session, |g| person_label(g, c, lang)))
    };
    view! {
        <h3>{move || texts.get().parent_line}</h3>
        <div class="tie-head" data-testid="line-child">{name}</div>
        {move || child.get().map(|c| view! { <ParentLine lid=lid child=c rows=rows/> })}
    }
}

#[component]
fn RelationLine(rid: RelationId) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let ends = Memo::new(move |_| with_genogram(session, |g| g.relation(rid).map(|r| (r.from, r.to))).flatten());
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let from = ends.get().map(|(from, _)| from);
        with_genogram(session, |g| from.map(|f| relation_rows_of(g, f, lang)).unwrap_or_default())
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.id == rid)
            .collect::<Vec<_>>()
    });
    // Everyone, by name, for the two ends.
    let persons = Memo::new(move |_| {
        let lang = lang.get();
        with_genogram(session, |g| g.person_ids().map(|p| (p, person_label(g, p, lang))).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let end_select = move |test_id: &'static str, label: fn(&crate::i18n::Texts) -> &'static str, first: bool| {
        let current = move || ends.get().map(|(f, t)| if first { f } else { t });
        view! {
            <label class="field">
                <span>{move || label(texts.get())}</span>
                <select data-testid=test_id
                    on:change=move |e| {
                        let Ok(p) = event_target_value(&e).parse::<u32>() else { return };
                        let Some((from, to)) = ends.get_untracked() else { return };
                        let (from, to) = if first { (PersonId(p), to) } else { (from, PersonId(p)) };
                        session.set_relation_ends(rid, from, to);
                    }>
                    {move || persons.get().into_iter().map(|(p, name)| view! {
                        <option value=p.get().to_string() prop:selected=move || current() == Some(p)>{name}</option>
                    }).collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <h3>{move || texts.get().emotional_relations}</h3>
        <div class="relation-ends">
            {end_select("relation-from", |t| t.relation_end_from, true)}
            {end_select("relation-to", |t| t.relation_end_to, false)}
        </div>
        <For each=move || rows.get() key=|row| row.id let:row>
            <RelationItem rid=row.id rows=rows open=true/>
        </For>
    }
}
