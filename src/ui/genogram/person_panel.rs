//! The side panel's form for the selected person. Each field commits on change (blur
//! or Enter), so one edited field is one undo step, not one per keystroke.

use crate::genogram::edit::dated_entries::{self as dated, DatedEntry};
use crate::genogram::edit::person_fields::{self, parse_tags, CATEGORY_CHOICES};
use crate::genogram::edit::tie_fields::parse_date;
use crate::genogram::model::{
    Command, ConditionArea, ConditionCategory, ConditionStatus, Gender, LifeEvent, Move, PartialDate, Person, PersonId,
    PersonKind, PersonKindTag,
};
use crate::i18n::Texts;
use crate::ui::input::intent::Field;
use crate::ui::session::Session;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// Properties of one person.
#[component]
pub fn PersonPanel(
    /// The person to edit.
    id: PersonId,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    // The person as it is now; `None` once deleted (the panel then goes away).
    let person = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).and_then(|g| g.person(id).cloned()))
    });
    let update = move |change: &dyn Fn(&mut Person)| {
        // try_: a handler may run after its form was disposed (a change event fired
        // while the element is removed); it then does nothing instead of panicking.
        if let Some(mut p) = person.try_get_untracked().flatten() {
            change(&mut p);
            if Some(&p) != person.try_get_untracked().flatten().as_ref() {
                session.apply(Command::UpdatePerson { id, person: p });
            }
        }
    };
    let text_field = move |id: Option<&'static str>,
                           test_id: &'static str,
                           label: fn(&crate::i18n::Texts) -> &'static str,
                           get: fn(&Person) -> String,
                           set: fn(&mut Person, String)| {
        view! {
            <label class="field">
                <span>{move || label(texts.get())}</span>
                <input type="text" id=id data-testid=test_id
                    prop:value=move || person.with(|p| p.as_ref().map(get).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|p| set(p, v.trim().to_owned())) } />
            </label>
        }
    };
    let date_field = move |test_id: &'static str,
                           label: fn(&crate::i18n::Texts) -> &'static str,
                           get: fn(&Person) -> Option<PartialDate>,
                           set: fn(&mut Person, Option<PartialDate>)| {
        let error = RwSignal::new(false);
        view! {
            <label class="field">
                <span>{move || label(texts.get())}</span>
                <input type="text" data-testid=test_id placeholder=move || texts.get().date_hint
                    class:invalid=move || error.get() aria-invalid=move || error.get().to_string()
                    prop:value=move || person.with(|p| p.as_ref().and_then(get).map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                        Ok(date) => { error.try_set(false); update(&|p| set(p, date)) }
                        Err(_) => { error.try_set(true); }
                    } />
                <Show when=move || error.get()>
                    <span class="field-error" role="alert">{move || texts.get().bad_date}</span>
                </Show>
            </label>
        }
    };
    let check_field = move |test_id: &'static str,
                            label: fn(&crate::i18n::Texts) -> &'static str,
                            get: fn(&Person) -> bool,
                            set: fn(&mut Person, bool)| {
        view! {
            <label class="check">
                <input type="checkbox" data-testid=test_id
                    prop:checked=move || person.with(|p| p.as_ref().is_some_and(get))
                    on:change=move |ev| { let v = event_target_checked(&ev); update(&|p| set(p, v)) } />
                <span>{move || label(texts.get())}</span>
            </label>
        }
    };

    // A person just added by an action: put the cursor in their name, so a keyboard
    // user types it at once and Shift+Tab leads back to the actions.
    Effect::new(move |_| {
        if person.with(|p| p.is_some()) && session.focus_name.get_untracked() {
            session.focus_name.set(false);
            let field = document().get_element_by_id(Field::GIVEN_NAME_ID);
            if let Some(el) = field.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
                let _ = el.focus();
            }
        }
    });
    view! {
        <Show when=move || person.with(|p| p.is_some())>
            <form class="person-panel" data-testid="person-panel" on:submit=|ev| ev.prevent_default()>
                {text_field(Some(Field::GIVEN_NAME_ID), "field-given-name", |t| t.given_name, |p| p.given_name.clone(), |p, v| p.given_name = v)}
                {text_field(None, "field-family-name", |t| t.family_name, |p| p.family_name.clone(), |p, v| p.family_name = v)}
                {text_field(None, "field-nickname", |t| t.nickname, |p| p.nickname.clone(), |p, v| p.nickname = v)}
                <label class="field">
                    <span>{move || texts.get().gender}</span>
                    <select data-testid="field-gender"
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            if let Some(&g) = Gender::ALL.iter().find(|g| gender_code(**g) == code) {
                                update(&|p| p.gender = g)
                            }
                        }>
                        {Gender::ALL.iter().map(|&g| view! {
                            <option value=gender_code(g) prop:selected=move || person.with(|p| p.as_ref().map(|p| p.gender)) == Some(g)>
                                {move || g.label(lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || texts.get().person_kind}</span>
                    <select data-testid="field-kind"
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            if let Some(&tag) = PersonKindTag::ALL.iter().find(|t| kind_code(**t) == code) {
                                update(&|p| *p = person_fields::with_kind(p, tag))
                            }
                        }>
                        {PersonKindTag::ALL.iter().map(|&t| view! {
                            <option value=kind_code(t) prop:selected=move || person.with(|p| p.as_ref().map(|p| p.kind.tag())) == Some(t)>
                                {move || t.label(lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <Show when=move || person.with(|p| p.as_ref().is_some_and(|p| matches!(p.kind, PersonKind::Pregnancy { .. })))>
                    {date_field("field-due", |t| t.due_date, person_fields::due_date, |p, d| *p = person_fields::with_due_date(p, d))}
                </Show>
                {date_field("field-birth", |t| t.birth, |p| p.birth, |p, d| p.birth = d)}
                {date_field("field-death", |t| t.death, |p| p.death, |p, d| p.death = d)}
                {check_field("field-deceased", |t| t.deceased, |p| p.deceased, |p, v| p.deceased = v)}
                {check_field("field-index", |t| t.index_person, |p| p.index, |p, v| p.index = v)}
                <label class="field">
                    <span>{move || texts.get().assigned_gender}</span>
                    <select data-testid="field-assigned-gender"
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let assigned = Gender::ALL.iter().copied().find(|g| gender_code(*g) == code);
                            update(&|p| *p = person_fields::with_assigned_gender(p, assigned))
                        }>
                        <option value="" prop:selected=move || person.with(|p| p.as_ref().and_then(person_fields::shown_assigned_gender).is_none())>
                            {move || texts.get().assigned_none}
                        </option>
                        {Gender::ALL.iter().map(|&g| view! {
                            <option value=gender_code(g)
                                prop:selected=move || person.with(|p| p.as_ref().and_then(person_fields::shown_assigned_gender)) == Some(g)>
                                {move || g.label(lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                {text_field(None, "field-occupation", |t| t.occupation, |p| p.occupation.clone(), |p, v| p.occupation = v)}
                {text_field(None, "field-residence", |t| t.residence, |p| p.residence.clone(), |p, v| p.residence = v)}
                <label class="field">
                    <span>{move || texts.get().tags}</span>
                    <input type="text" data-testid="field-tags" placeholder=move || texts.get().tags_hint
                        prop:value=move || person.with(|p| p.as_ref().map(|p| p.tags.join(", ")).unwrap_or_default())
                        on:change=move |ev| { let tags = parse_tags(&event_target_value(&ev)); update(&|p| p.tags = tags.clone()) } />
                </label>
                <fieldset class="conditions">
                    <legend>{move || texts.get().conditions}</legend>
                    // Keyed by place: a row stays (with the focus in it) while its own
                    // fields change, and reads its condition afresh.
                    <For each=move || 0..person.with(|p| p.as_ref().map_or(0, |p| p.conditions.len())) key=|i| *i
                        children=move |i| view! { <ConditionRow person=person i=i update=update/> }/>
                    <button type="button" data-testid="add-condition"
                        on:click=move |_| update(&|p| p.conditions.push(person_fields::new_condition()))>
                        {move || texts.get().add_condition}
                    </button>
                </fieldset>
                <DatedEntries person=person update=update look=LIFE_EVENTS/>
                <DatedEntries person=person update=update look=MOVES/>
                <label class="field">
                    <span>{move || texts.get().notes}</span>
                    <textarea data-testid="field-notes" rows="3"
                        prop:value=move || person.with(|p| p.as_ref().map(|p| p.notes.clone()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|p| p.notes = v.clone()) }></textarea>
                </label>
            </form>
        </Show>
    }
}

/// The stable value of a gender in the select (its serde name).
fn gender_code(g: Gender) -> &'static str {
    match g {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::NonBinary => "non_binary",
        Gender::Unknown => "unknown",
    }
}

/// The stable value of a symbol kind in the select.
fn kind_code(t: PersonKindTag) -> &'static str {
    match t {
        PersonKindTag::Person => "person",
        PersonKindTag::Pregnancy => "pregnancy",
        PersonKindTag::Miscarriage => "miscarriage",
        PersonKindTag::Abortion => "abortion",
        PersonKindTag::Stillbirth => "stillbirth",
        PersonKindTag::Pet => "pet",
    }
}

/// The stable value of a condition's area in the select.
fn area_code(a: ConditionArea) -> &'static str {
    match a {
        ConditionArea::Physical => "physical",
        ConditionArea::Mental => "mental",
        ConditionArea::Alcohol => "alcohol",
        ConditionArea::Drugs => "drugs",
        ConditionArea::Other => "other",
    }
}

/// One condition of the person: its area, for "anders" its own name, its status and a
/// note. Every field is one undoable edit of the person.
#[component]
fn ConditionRow(
    /// The person as it is now.
    person: Memo<Option<Person>>,
    /// Which of the person's conditions.
    i: usize,
    /// Applies a change of the person as one command (the form's own `update`).
    update: impl Fn(&dyn Fn(&mut Person)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let condition = Memo::new(move |_| person.with(|p| p.as_ref().and_then(|p| p.conditions.get(i).cloned())));
    let area = move || condition.with(|c| c.as_ref().map(|c| c.category.area()));
    let since_error = RwSignal::new(false);
    let own_name = move || {
        condition.with(|c| match c.as_ref().map(|c| &c.category) {
            Some(ConditionCategory::Other(name)) => Some(name.clone()),
            _ => None,
        })
    };
    view! {
        <div class="condition-row condition" data-testid="condition-row">
            <select data-testid="condition-area" aria-label=move || texts.get().condition_area
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(&a) = CATEGORY_CHOICES.iter().find(|a| area_code(**a) == v) {
                        update(&|p| *p = person_fields::with_condition_area(p, i, a))
                    }
                }>
                {CATEGORY_CHOICES.iter().map(|&a| view! {
                    <option value=area_code(a) prop:selected=move || area() == Some(a)>{move || a.label(lang.get())}</option>
                }).collect_view()}
            </select>
            <select data-testid="condition-status" aria-label=move || texts.get().condition_status
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(&s) = ConditionStatus::ALL.iter().find(|s| format!("{s:?}") == v) {
                        update(&|p| *p = person_fields::with_condition_status(p, i, s))
                    }
                }>
                {ConditionStatus::ALL.iter().map(|&s| view! {
                    <option value=format!("{s:?}") prop:selected=move || condition.with(|c| c.as_ref().map(|c| c.status)) == Some(s)>
                        {move || s.label(lang.get())}
                    </option>
                }).collect_view()}
            </select>
            <button type="button" class="icon" data-testid="condition-remove" title=move || texts.get().remove aria-label=move || texts.get().remove
                on:click=move |_| update(&|p| *p = person_fields::without_condition(p, i))>"×"</button>
            <Show when=move || own_name().is_some()>
                <input type="text" data-testid="condition-name" class="wide" aria-label=move || texts.get().condition_name
                    placeholder=move || texts.get().condition_name_hint
                    prop:value=move || own_name().unwrap_or_default()
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|p| *p = person_fields::with_condition_name(p, i, &v)) } />
            </Show>
            <input type="text" data-testid="condition-note" class="wide" aria-label=move || texts.get().condition_note
                placeholder=move || texts.get().condition_note_hint
                prop:value=move || condition.with(|c| c.as_ref().map(|c| c.note.clone()).unwrap_or_default())
                on:change=move |ev| { let v = event_target_value(&ev); update(&|p| *p = person_fields::with_condition_note(p, i, &v)) } />
            <label class="since">
                <span>{move || texts.get().condition_since}</span>
                <input type="text" data-testid="condition-since" aria-label=move || texts.get().condition_since_label
                    placeholder=move || texts.get().date_hint
                    class:invalid=move || since_error.get() aria-invalid=move || since_error.get().to_string()
                    prop:value=move || condition.with(|c| c.as_ref().and_then(|c| c.since).map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                        Ok(date) => { since_error.try_set(false); update(&|p| *p = person_fields::with_condition_since(p, i, date)) }
                        Err(_) => { since_error.try_set(true); }
                    } />
            </label>
            <Show when=move || since_error.get()>
                <span class="field-error wide" role="alert">{move || texts.get().bad_date}</span>
            </Show>
        </div>
    }
}

/// What tells a person's life events and moves apart in the form: their words and
/// their test ids (`{id}-row`, `{id}-date`, `{id}-remove`, `{words_id}`).
struct EntryLook<E> {
    /// The fieldset's class and test id.
    list_id: &'static str,
    /// Prefix of the row's test ids and its extra class.
    id: &'static str,
    /// Test id of the words field.
    words_id: &'static str,
    /// Legend, add button, date label, words label, words hint.
    texts: fn(&Texts) -> [&'static str; 5],
    /// Which kind of entry.
    kind: std::marker::PhantomData<fn() -> E>,
}

impl<E> Clone for EntryLook<E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<E> Copy for EntryLook<E> {}

const LIFE_EVENTS: EntryLook<LifeEvent> = EntryLook {
    list_id: "life-events",
    id: "life-event",
    words_id: "life-event-text",
    texts: |t| [t.life_events, t.add_life_event, t.life_event_date, t.life_event_text, t.life_event_text_hint],
    kind: std::marker::PhantomData,
};

const MOVES: EntryLook<Move> = EntryLook {
    list_id: "moves",
    id: "move",
    words_id: "move-place",
    texts: |t| [t.moves, t.add_move, t.move_date, t.move_place, t.move_place_hint],
    kind: std::marker::PhantomData,
};

/// A person's dated entries of one kind (life events or moves), a row each (date,
/// words, remove), and a button that adds one. Every change is one undoable edit of
/// the person, through [`dated`].
#[component]
fn DatedEntries<E>(
    /// The person as it is now.
    person: Memo<Option<Person>>,
    /// Applies a change of the person as one command (the form's own `update`).
    update: impl Fn(&dyn Fn(&mut Person)) + Copy + Send + Sync + 'static,
    /// Words and test ids of this kind.
    look: EntryLook<E>,
) -> impl IntoView
where
    E: DatedEntry + Default + Clone + PartialEq + Send + Sync + 'static,
{
    let texts = use_texts();
    let words = move |k: usize| (look.texts)(texts.get())[k];
    view! {
        <fieldset class=format!("life-events {}", look.list_id) data-testid=look.list_id>
            <legend>{move || words(0)}</legend>
            // Keyed by place: a row stays (with the focus in it) while its own fields
            // change, and reads its entry afresh.
            <For each=move || 0..person.with(|p| p.as_ref().map_or(0, |p| E::entries(p).len())) key=|i| *i
                children=move |i| view! { <DatedEntryRow person=person i=i update=update look=look/> }/>
            <button type="button" data-testid=format!("add-{}", look.id)
                on:click=move |_| update(&|p| *p = dated::with_added(p, E::default()))>
                {move || words(1)}
            </button>
        </fieldset>
    }
}

/// One dated entry of the person: its date and words, and a remove button.
#[component]
fn DatedEntryRow<E>(
    /// The person as it is now.
    person: Memo<Option<Person>>,
    /// Which of the person's entries.
    i: usize,
    /// Applies a change of the person as one command (the form's own `update`).
    update: impl Fn(&dyn Fn(&mut Person)) + Copy + Send + Sync + 'static,
    /// Words and test ids of this kind.
    look: EntryLook<E>,
) -> impl IntoView
where
    E: DatedEntry + Clone + PartialEq + Send + Sync + 'static,
{
    let texts = use_texts();
    let words = move |k: usize| (look.texts)(texts.get())[k];
    let entry = Memo::new(move |_| person.with(|p| p.as_ref().and_then(|p| E::entries(p).get(i).cloned())));
    let error = RwSignal::new(false);
    view! {
        <div class=format!("condition-row condition life-event-row {}-row", look.id) data-testid=format!("{}-row", look.id)>
            <input type="text" data-testid=format!("{}-date", look.id) class="date" aria-label=move || words(2)
                placeholder=move || texts.get().date_hint
                class:invalid=move || error.get() aria-invalid=move || error.get().to_string()
                prop:value=move || entry.with(|e| e.as_ref().and_then(E::date).map(|d| d.to_string()).unwrap_or_default())
                on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                    Ok(date) => { error.try_set(false); update(&|p| *p = dated::with_date::<E>(p, i, date)) }
                    Err(_) => { error.try_set(true); }
                } />
            <button type="button" class="icon" data-testid=format!("{}-remove", look.id) title=move || texts.get().remove aria-label=move || texts.get().remove
                on:click=move |_| update(&|p| *p = dated::without::<E>(p, i))>"×"</button>
            <input type="text" data-testid=look.words_id class="wide" aria-label=move || words(3)
                placeholder=move || words(4)
                prop:value=move || entry.with(|e| e.as_ref().map(|e| e.words().to_owned()).unwrap_or_default())
                on:change=move |ev| { let v = event_target_value(&ev); update(&|p| *p = dated::with_words::<E>(p, i, &v)) } />
            <Show when=move || error.get()>
                <span class="field-error wide" role="alert">{move || texts.get().bad_date}</span>
            </Show>
        </div>
    }
}
