//! A genogram person's menu on the canvas: what a right click (or a long press by
//! touch) opens. It offers the one-click relatives of the side panel, the relation tool
//! from this person, and delete; each item does what the same button or key does.

use crate::genogram::model::PersonId;
use crate::ui::canvas::gesture::{End, Event};
use crate::ui::input::intent::AddKey;
use crate::ui::session::Session;
use crate::ui::shell::locale::use_texts;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Pixels between the point pressed and the menu's corner.
const OFFSET: f64 = 12.0;

/// The menu of `menu`'s person at its client position, while it is `Some`; a press
/// outside, Escape, Tab or a chosen item closes it.
#[component]
pub fn PersonMenu(
    /// The person whose menu is open, and the client point it was opened at.
    menu: RwSignal<Option<(PersonId, (f64, f64))>>,
) -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    let root = NodeRef::<html::Div>::new();
    let close = move || menu.set(None);
    // Opens towards the room there is: left or right of the point, above or below it,
    // a little away from it, so the finger that opened it lifts off no item.
    let place = move || {
        let Some((_, (x, y))) = menu.get() else { return String::new() };
        let (w, h) = window_size();
        let horizontal =
            if x > w / 2.0 { format!("right: {}px;", w - x + OFFSET) } else { format!("left: {}px;", x + OFFSET) };
        let vertical =
            if y > h / 2.0 { format!("bottom: {}px;", h - y + OFFSET) } else { format!("top: {}px;", y + OFFSET) };
        format!("{horizontal} {vertical}")
    };
    // The first item takes the focus, so the keyboard can go on from there.
    Effect::new(move |_| {
        if menu.get().is_none() {
            return;
        }
        if let Some(first) = root.get().and_then(|r| r.query_selector("[role=menuitem]").ok().flatten()) {
            if let Ok(el) = first.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "Escape" | "Tab" => {
                close();
                ev.prevent_default();
                ev.stop_propagation();
                return;
            }
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        move_focus(root, step);
    };
    let item = move |label: Signal<String>, test_id: &'static str, run: Callback<PersonId>| {
        view! {
            <button type="button" role="menuitem" data-testid=test_id tabindex="-1"
                on:click=move |_| {
                    if let Some((id, _)) = menu.get_untracked() {
                        close();
                        run.run(id);
                    }
                }>{move || label.get()}</button>
        }
    };
    let add = move |k: AddKey| Callback::new(move |id: PersonId| session.add_relative(id, k));
    let plus = move |f: fn(&'static crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || format!("+ {}", f(texts.get())))
    };
    view! {
        <Show when=move || menu.with(Option::is_some)>
            <div class="person-menu-backdrop" data-testid="person-menu-backdrop"
                on:pointerdown=move |_| close()
                // A long press also makes the browser send a context menu event, to
                // whatever is under the finger by then: it must not close this one.
                on:contextmenu=move |ev| ev.prevent_default()></div>
            <div class="person-menu" role="menu" node_ref=root data-testid="person-menu" style=place
                aria-label=move || texts.get().person_menu on:keydown=on_key
                on:contextmenu=move |ev| ev.prevent_default()>
                {item(plus(|t| t.add_partner), "person-menu-partner", add(AddKey::Partner))}
                {item(plus(|t| t.add_son), "person-menu-son", add(AddKey::Son))}
                {item(plus(|t| t.add_daughter), "person-menu-daughter", add(AddKey::Daughter))}
                {item(plus(|t| t.add_parents), "person-menu-parents", add(AddKey::Parents))}
                {item(plus(|t| t.add_brother), "person-menu-brother", add(AddKey::Brother))}
                {item(plus(|t| t.add_sister), "person-menu-sister", add(AddKey::Sister))}
                {item(Signal::derive(move || texts.get().relation_from_here.to_string()), "person-menu-relation",
                    Callback::new(move |id: PersonId| {
                        // The relation tool with this person as its chosen first end.
                        session.selection.set(Some(id));
                        if !session.connecting() {
                            session.start_connect();
                        }
                        session.feed(Event::Choose(End::Person(id)));
                    }))}
                {item(Signal::derive(move || texts.get().delete.to_string()), "person-menu-delete",
                    Callback::new(move |_| session.delete_selection()))}
            </div>
        </Show>
    }
}

/// The window's inner size in CSS pixels.
fn window_size() -> (f64, f64) {
    let w = window();
    let px = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (px(w.inner_width()), px(w.inner_height()))
}

/// Moves the focus `step` items on (round), among the menu's items.
fn move_focus(root: NodeRef<html::Div>, step: i32) {
    let Some(root) = root.get_untracked() else { return };
    let mut items: Vec<web_sys::HtmlElement> = Vec::new();
    let mut child = root.first_element_child();
    while let Some(c) = child {
        child = c.next_element_sibling();
        if let Ok(el) = c.dyn_into::<web_sys::HtmlElement>() {
            items.push(el);
        }
    }
    if items.is_empty() {
        return;
    }
    let active = document().active_element();
    let now = items.iter().position(|el| active.as_ref().is_some_and(|a| a == el.as_ref() as &web_sys::Element));
    let n = items.len() as i32;
    let next = match now {
        Some(i) => (i as i32 + step).rem_euclid(n),
        None => 0,
    };
    let _ = items[next as usize].focus();
}
