//! The selected person's households: each with its label, its members (each removable,
//! each a click away), a choice of persons to add, and removal; plus "Nieuw
//! huishouden" around the person. Every change is one undo step; who comes into a new
//! household and what may be added or removed is decided in
//! [`crate::genogram::edit::households`].

use crate::genogram::edit::households::{self as hh, HouseholdError};
use crate::genogram::edit::labels::person_label;
use crate::genogram::model::{Command, Genogram, HouseholdId, PartialDate, PersonId};
use crate::i18n::Lang;
use crate::ui::session::{now_ms, Session, StatusText};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// What the panel shows of one household, compared as a whole so the rows are only
/// rebuilt when one of them changes (not on every edit of the genogram).
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: HouseholdId,
    label: String,
    /// Since and until, as written in their fields ("" when not known).
    since: String,
    until: String,
    /// Members with their shown names, in id order.
    members: Vec<(PersonId, String)>,
    /// Persons that can be added, by name.
    addable: Vec<(PersonId, String)>,
}

fn rows_of(g: &Genogram, person: PersonId, lang: Lang) -> Vec<Row> {
    g.households_of(person)
        .into_iter()
        .filter_map(|id| {
            let h = g.household(id)?;
            Some(Row {
                id,
                label: h.label.clone(),
                since: h.since.map(|d| d.to_string()).unwrap_or_default(),
                until: h.until.map(|d| d.to_string()).unwrap_or_default(),
                members: h.members.iter().map(|&p| (p, person_label(g, p, lang))).collect(),
                addable: hh::addable_persons(g, id, lang),
            })
        })
        .collect()
}

/// The households of person `id`, and a button to start a new one around them.
#[component]
pub fn HouseholdPanel(
    /// The selected person.
    id: PersonId,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| rows_of(g, id, lang)).unwrap_or_default())
    });
    // Plans an edit on the genogram as it is now and applies it as one undo step; a
    // refusal goes to the status line in both languages and changes nothing.
    let run = move |plan: &dyn Fn(&Genogram) -> Result<Option<Command>, HouseholdError>| {
        let planned = session.editor.with_untracked(|ed| ed.as_ref().and_then(|ed| ed.genogram()).map(plan));
        match planned {
            Some(Ok(Some(cmd))) => {
                session.apply(cmd);
            }
            Some(Err(err)) => session.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En)))),
            Some(Ok(None)) | None => {}
        }
    };

    let household = move |row: Row| {
        let hid = row.id;
        let members = row
            .members
            .into_iter()
            .map(|(p, name)| {
                let remove_label = {
                    let name = name.clone();
                    move || format!("{}: {name}", texts.get().hh_remove_member)
                };
                view! {
                    <li class="condition-row" data-testid="household-member">
                        <button type="button" class="link tie-name" on:click=move |_| session.selection.set(Some(p))>{name}</button>
                        <button type="button" class="icon" data-testid="household-remove-member"
                            title=remove_label.clone() aria-label=remove_label
                            on:click=move |_| run(&|g| hh::remove_member(g, hid, p).map(Some))>"×"</button>
                    </li>
                }
            })
            .collect_view();
        let addable = row
            .addable
            .into_iter()
            .map(|(p, name)| view! { <option value=p.get().to_string()>{name}</option> })
            .collect_view();
        view! {
            <div class="tie household" data-testid="household" data-household=hid.get().to_string()>
                <label class="field">
                    <span>{move || texts.get().hh_label}</span>
                    <input type="text" data-testid="household-label" placeholder=move || texts.get().hh_label_hint
                        prop:value=row.label
                        on:change=move |ev| {
                            let label = event_target_value(&ev);
                            run(&|g| hh::rename_household(g, hid, &label));
                        } />
                </label>
                <div class="field-row">
                    <label class="field">
                        <span>{move || texts.get().hh_since}</span>
                        <input type="text" data-testid="household-since" inputmode="numeric" placeholder="1998"
                            prop:value=row.since
                            on:change=move |ev| {
                                let text = event_target_value(&ev);
                                run(&|g| hh::set_household_period(g, hid, hh::HouseholdPeriod::Since, &text));
                            } />
                    </label>
                    <label class="field">
                        <span>{move || texts.get().hh_until}</span>
                        <input type="text" data-testid="household-until" inputmode="numeric" placeholder="2004"
                            prop:value=row.until
                            on:change=move |ev| {
                                let text = event_target_value(&ev);
                                run(&|g| hh::set_household_period(g, hid, hh::HouseholdPeriod::Until, &text));
                            } />
                    </label>
                </div>
                <ul class="household-members" aria-label=move || texts.get().hh_members>{members}</ul>
                <select data-testid="household-add-member" aria-label=move || texts.get().hh_add_member
                    on:change=move |ev| {
                        if let Ok(p) = event_target_value(&ev).parse::<u32>() {
                            run(&|g| hh::add_member(g, hid, PersonId(p)).map(Some));
                        }
                        // Back to the prompt, also when the addition was refused.
                        if let Some(target) = ev.target() {
                            let _ = js_sys::Reflect::set(&target, &"value".into(), &"".into());
                        }
                    }>
                    <option value="" selected=true>{move || texts.get().hh_add_member}</option>
                    {addable}
                </select>
                <div class="tie-buttons">
                    <button type="button" class="danger" data-testid="household-remove"
                        on:click=move |_| run(&|g| hh::remove_household(g, hid).map(Some))>{move || texts.get().hh_remove}</button>
                </div>
            </div>
        }
    };

    let new_household = move |_| {
        let today = PartialDate::from_unix_ms(now_ms());
        run(&|g| hh::new_household(g, id, today).map(|(cmd, _)| Some(cmd)));
    };

    view! {
        <section class="ties households" data-testid="household-panel">
            <h3>{move || texts.get().hh_title}</h3>
            <Show when=move || rows.with(|r| r.is_empty())>
                <p class="muted" data-testid="household-none">{move || texts.get().hh_none}</p>
            </Show>
            {move || rows.get().into_iter().map(household).collect_view()}
            <button type="button" data-testid="household-new" title=move || texts.get().hh_new_hint on:click=new_household>
                "+ " {move || texts.get().hh_new}
            </button>
        </section>
    }
}
