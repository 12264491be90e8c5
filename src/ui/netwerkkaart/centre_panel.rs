//! The centre of the map: whose network it is (name), whether that is one person or a
//! household, and the professional's notes.

use super::fields::focus_if_asked;
use crate::netwerkkaart::{Centre, CentreKind, Command};
use crate::ui::session::Session;
use crate::ui::shell::enum_select::EnumSelect;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// Name, kind and notes of the centre; each change is one undo step.
#[component]
pub fn CentrePanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let centre = Memo::new(move |_| {
        session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(|m| m.centre().clone()))
    });
    let update = move |change: &dyn Fn(&mut Centre)| {
        // try_: a handler may run after its form was disposed (a change event fired
        // while the element is removed); it then does nothing instead of panicking.
        if let Some(mut c) = centre.try_get_untracked().flatten() {
            change(&mut c);
            if Some(&c) != centre.try_get_untracked().flatten().as_ref() {
                session.apply(Command::UpdateCentre { centre: c });
            }
        }
    };
    let name_ref = NodeRef::<leptos::html::Input>::new();
    focus_if_asked(name_ref, session.focus_name);
    view! {
        <section class="network-panel" data-testid="centre-panel">
            <h3>{move || texts.get().nw_centre}</h3>
            <label class="field">
                <span>{move || texts.get().nw_centre_name}</span>
                <input type="text" id=crate::ui::input::intent::Field::CENTRE_NAME_ID data-testid="centre-name" node_ref=name_ref
                    placeholder=move || texts.get().nw_centre_name_hint
                    prop:value=move || centre.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|c| c.name = v.trim().to_owned()) } />
            </label>
            <label class="field">
                <span>{move || texts.get().nw_centre_kind}</span>
                <EnumSelect test_id="centre-kind" value=Signal::derive(move || centre.with(|c| c.as_ref().map(|c| c.kind)))
                    on_pick=Callback::new(move |k: CentreKind| update(&|c| c.kind = k))/>
            </label>
            <label class="field">
                <span>{move || texts.get().notes}</span>
                <textarea data-testid="centre-notes" rows="3"
                    prop:value=move || centre.with(|c| c.as_ref().map(|c| c.notes.clone()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|c| c.notes = v.trim_end().to_owned()) }></textarea>
            </label>
        </section>
    }
}
