//! Ties: the selected actor's ties (strength, quality, direction of support, P/G/A/E,
//! contact frequency, notes, remove) and a new tie to another actor or to the centre.

use super::fields::{options, pick};
use crate::netwerkkaart::edit::actors;
use crate::netwerkkaart::{
    ActorId, Command, Direction, Frequency, Netwerkkaart, NetwerkkaartItem, Quality, Strength, SupportType, Tie,
    TieEnd, TieId,
};
use crate::ui::session::Session;
use crate::ui::shell::enum_select::EnumSelect;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

fn map_with<T>(session: Session, f: impl FnOnce(&Netwerkkaart) -> T) -> Option<T> {
    session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(f))
}

/// The ties of actor `id`, each with its editor, and the "tie to another actor" choice.
#[component]
pub fn ActorTies(
    /// The actor whose ties are shown.
    id: ActorId,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let ties = Memo::new(move |_| {
        map_with(session, |m| m.ties_of(TieEnd::Actor(id)).into_iter().map(|(t, _)| t).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let candidates = Memo::new(move |_| {
        let lang = lang.get();
        map_with(session, |m| {
            actors::tie_candidates(m, id)
                .into_iter()
                .map(|a| (a, m.name_of(TieEnd::Actor(a), lang)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let has_centre_tie = Memo::new(move |_| map_with(session, |m| m.centre_tie(id).is_some()).unwrap_or(true));
    let chosen = RwSignal::new(String::new());
    let add_other = move |_| {
        let Ok(other) = chosen.get_untracked().parse::<u32>() else { return };
        if session.plan_netwerkkaart(|m| actors::add_tie(m, Some(id), ActorId(other))) {
            chosen.set(String::new());
        }
    };
    view! {
        <section class="ties network-ties" data-testid="actor-ties">
            <h3>{move || texts.get().nw_ties}</h3>
            <For each=move || ties.get() key=|t| *t children=move |t| view! { <TieEditor id=t seen_from=Some(id)/> }/>
            <Show when=move || !has_centre_tie.get()>
                <button type="button" data-testid="tie-to-centre"
                    on:click=move |_| { session.plan_netwerkkaart(|m| actors::add_tie(m, None, id)); }>
                    "+ " {move || texts.get().nw_tie_to_centre}
                </button>
            </Show>
            <Show when=move || candidates.with(|c| !c.is_empty())>
                <div class="condition-row">
                    <select data-testid="tie-other" aria-label=move || texts.get().nw_tie_to_other
                        prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">{move || texts.get().nw_tie_to_other} "…"</option>
                        {move || candidates.get().into_iter().map(|(a, name)| view! { <option value=a.get().to_string()>{name}</option> }).collect_view()}
                    </select>
                    <button type="button" data-testid="add-tie-other" disabled=move || chosen.with(|c| c.is_empty()) on:click=add_other>
                        {move || texts.get().nw_add_tie}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// One tie's properties. `seen_from` is the actor whose panel shows it: the head then
/// names the other end.
#[component]
pub fn TieEditor(
    /// The tie.
    id: TieId,
    /// The actor whose list this is in, if any.
    seen_from: Option<ActorId>,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let tie = Memo::new(move |_| map_with(session, |m| m.tie(id).cloned()).flatten());
    // Names of the two ends, for the head and the direction choices.
    let names = Memo::new(move |_| {
        let lang = lang.get();
        let t = tie.get()?;
        map_with(session, |m| (m.name_of(t.from, lang), m.name_of(TieEnd::Actor(t.to), lang)))
    });
    let head = move || {
        let (from, to) = names.get().unwrap_or_default();
        let t = tie.get();
        match (seen_from, t) {
            (Some(a), Some(t)) if t.to == a => from,
            (Some(_), Some(_)) => to,
            _ => format!("{from} — {to}"),
        }
    };
    let update = move |change: &dyn Fn(&mut Tie)| {
        // try_: a handler may run after its form was disposed (a change event fired
        // while the element is removed); it then does nothing instead of panicking.
        if let Some(mut t) = tie.try_get_untracked().flatten() {
            change(&mut t);
            if Some(&t) != tie.try_get_untracked().flatten().as_ref() {
                session.apply(Command::UpdateTie { id, tie: t });
            }
        }
    };
    let direction_label = move |d: Direction| {
        let lang = lang.get();
        let from = names.with(|n| n.as_ref().map(|n| n.0.clone())).unwrap_or_default();
        match d {
            Direction::Mutual => d.label(lang).to_owned(),
            _ => format!("{from} {}", d.label(lang)),
        }
    };
    let support = move || {
        SupportType::ALL.iter().map(|&s| view! {
        <label class="check support-check" title=move || s.label(lang.get())>
            <input type="checkbox" data-testid=format!("tie-support-{}", s.letter(crate::i18n::Lang::Nl))
                prop:checked=move || tie.with(|t| t.as_ref().is_some_and(|t| t.support.contains(s)))
                on:change=move |ev| { let on = event_target_checked(&ev); update(&|t| if on { t.support.insert(s) } else { t.support.remove(s) }) } />
            <span>{move || s.letter(lang.get())}</span>
        </label>
    }).collect_view()
    };
    view! {
        <Show when=move || tie.with(|t| t.is_some())>
            <div class="tie" data-testid="network-tie">
                <div class="tie-head">
                    <button type="button" class="link" data-testid="tie-select"
                        on:click=move |_| session.select_netwerkkaart(Some(NetwerkkaartItem::Tie(id)))>{head}</button>
                </div>
                <label class="field">
                    <span>{move || texts.get().nw_strength}</span>
                    <EnumSelect test_id="tie-strength" class=crate::ui::input::intent::Field::TIE_STRENGTH_CLASS value=Signal::derive(move || tie.with(|t| t.as_ref().map(|t| t.strength)))
                        on_pick=Callback::new(move |v: Strength| update(&|t| t.strength = v))/>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_quality}</span>
                    <EnumSelect test_id="tie-quality" value=Signal::derive(move || tie.with(|t| t.as_ref().map(|t| t.quality)))
                        on_pick=Callback::new(move |v: Quality| update(&|t| t.quality = v))/>
                </label>
                <label class="field">
                    <span>{move || texts.get().nw_direction}</span>
                    <select data-testid="tie-direction"
                        on:change=move |ev| if let Some(v) = pick(Direction::ALL, &event_target_value(&ev)) { update(&|t| t.direction = v) }>
                        {options(Direction::ALL, move || tie.with(|t| t.as_ref().map(|t| t.direction)), direction_label)}
                    </select>
                </label>
                <fieldset class="support-types">
                    <legend>{move || texts.get().nw_support}</legend>
                    {support()}
                </fieldset>
                <label class="field">
                    <span>{move || texts.get().nw_frequency}</span>
                    <select data-testid="tie-frequency"
                        on:change=move |ev| { let v = pick(Frequency::ALL, &event_target_value(&ev)); update(&|t| t.frequency = v) }>
                        <option value="" prop:selected=move || tie.with(|t| t.as_ref().is_some_and(|t| t.frequency.is_none()))>{move || texts.get().no_one}</option>
                        {options(Frequency::ALL, move || tie.with(|t| t.as_ref().and_then(|t| t.frequency)), move |v| v.label(lang.get()).to_owned())}
                    </select>
                </label>
                <label class="field">
                    <span>{move || texts.get().notes}</span>
                    <textarea data-testid="tie-notes" rows="2"
                        prop:value=move || tie.with(|t| t.as_ref().map(|t| t.notes.clone()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|t| t.notes = v.trim_end().to_owned()) }></textarea>
                </label>
                <div class="tie-buttons">
                    <button type="button" class="danger" data-testid="remove-tie"
                        on:click=move |_| { session.plan_netwerkkaart(|m| actors::remove_item(m, NetwerkkaartItem::Tie(id))); }>
                        {move || texts.get().nw_remove_tie}
                    </button>
                </div>
            </div>
        </Show>
    }
}
