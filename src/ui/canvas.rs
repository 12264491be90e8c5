//! The drawing canvas: an SVG that pans (drag the background, arrow keys) and zooms
//! (wheel, +/− keys and buttons, "passend maken").

use super::app::Shell;
use super::locale::{use_texts, Locale};
use super::scene_view::SceneView;
use super::autosave::may_replace_open;
use super::session::now_ms;
use crate::editor::drawing::{draw, Direction, DrawOptions};
use crate::model::{PartialDate, PersonId};
use super::session::Session;
use super::viewport::{Rect, Viewport, PAN_STEP, ZOOM_STEP};
use leptos::prelude::*;
use leptos::svg;

/// Margin in screen pixels left around the drawing by "passend maken".
const FIT_MARGIN: f64 = 24.0;
/// Height in screen pixels of the toolbar over the canvas, left free by "passend maken".
const TOOLBAR_SPACE: f64 = 44.0;

/// The canvas with its zoom toolbar.
#[component]
pub fn Canvas() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let viewport = shell.viewport;
    let session = expect_context::<Session>();
    let svg_ref = NodeRef::<svg::Svg>::new();
    // Last pointer position while the background is being dragged.
    let drag_from = RwSignal::new(None::<(f64, f64)>);
    // Whether the current background press moved (a click without moving deselects).
    let drag_moved = RwSignal::new(false);
    // An actor of a netwerkkaart being dragged to another sector or ring.
    let actor_drag = super::network::ActorDrag::new();
    let Locale(lang) = expect_context::<Locale>();

    // model → layout → scene, recomputed when the document or the language changes.
    let drawing = Memo::new(move |_| {
        let lang = lang.get();
        session.editor.with(|e| {
            e.as_ref().map(|e| draw(e, &DrawOptions::new(lang, PartialDate::from_unix_ms(now_ms()))))
        })
    });
    let scene = Signal::derive(move || drawing.with(|d| d.as_ref().map(|d| d.scene.clone())));
    // The selected person's centre, for the highlight ring.
    let selected_at = Memo::new(move |_| {
        let id = session.selection.get()?;
        drawing.with(|d| d.as_ref().and_then(|d| d.person_centre(id.get())))
    });

    let view_size = move || {
        svg_ref
            .get_untracked()
            .map(|el| (el.client_width() as f64, el.client_height() as f64))
            .unwrap_or((800.0, 600.0))
    };
    let zoom_centre = move |factor: f64| {
        let (w, h) = view_size();
        viewport.update(|v| *v = v.zoom_at(factor, w / 2.0, h / 2.0));
    };
    let fit = move || {
        let (w, h) = view_size();
        let content = drawing
            .with_untracked(|d| d.as_ref().map(|d| bounds_rect(&d.scene.bounds)))
            .unwrap_or(Rect { x: 0.0, y: 0.0, width: 0.0, height: 0.0 });
        // Keep the drawing clear of the toolbar floating over the canvas's top edge.
        let fitted = Viewport::fit(content, w, (h - TOOLBAR_SPACE).max(1.0), FIT_MARGIN);
        viewport.set(fitted.pan(0.0, TOOLBAR_SPACE));
    };

    // A newly opened document is shown whole.
    let opened = Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone())));
    Effect::new(move |_| {
        if opened.get().is_some() {
            fit();
        }
    });

    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        // On a netwerkkaart a press on an actor, tie or the centre selects it, and an
        // actor can then be dragged.
        if let Some((item, el)) = network_hit(&ev).filter(|_| session.is_netwerkkaart()) {
            session.select_network(Some(item));
            if let crate::network::NetworkItem::Actor(id) = item {
                if let Some(svg) = svg_ref.get_untracked() {
                    let _ = svg.set_pointer_capture(ev.pointer_id());
                }
                actor_drag.begin(id, el, (ev.client_x() as f64, ev.client_y() as f64));
            }
            return;
        }
        // A press on a person selects it; anywhere else pans the drawing.
        let person = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("[data-person]").ok().flatten())
            .and_then(|el| el.get_attribute("data-person"))
            .and_then(|id| id.parse::<u32>().ok());
        if let Some(id) = person {
            session.selection.set(Some(PersonId(id)));
            return;
        }
        drag_moved.set(false);
        if let Some(el) = svg_ref.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        drag_from.set(Some((ev.client_x() as f64, ev.client_y() as f64)));
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        if actor_drag.follow((ev.client_x() as f64, ev.client_y() as f64), viewport.get_untracked().zoom) {
            return;
        }
        if let Some((x0, y0)) = drag_from.get_untracked() {
            let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
            viewport.update(|v| *v = v.pan(x - x0, y - y0));
            drag_from.set(Some((x, y)));
            drag_moved.set(true);
        }
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        if let Some((id, delta)) = actor_drag.finish((ev.client_x() as f64, ev.client_y() as f64), viewport.get_untracked().zoom) {
            session.drop_actor(id, delta);
        }
        if drag_from.get_untracked().is_some() && !drag_moved.get_untracked() {
            session.clear_selection();
        }
        drag_from.set(None);
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        // Trackpads send small deltas, mice ±100 per notch: scale smoothly.
        let factor = (-ev.delta_y() * 0.002).exp();
        viewport.update(|v| *v = v.zoom_at(factor, ev.offset_x() as f64, ev.offset_y() as f64));
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // With a person selected, the arrows move the selection to the next symbol that
        // way (parents up, children down, siblings and partners sideways); without one
        // they pan. Enter moves focus to the selected person's first field.
        if let Some(sel) = session.selection.get_untracked() {
            let dir = match ev.key().as_str() {
                "ArrowUp" => Some(Direction::Up),
                "ArrowDown" => Some(Direction::Down),
                "ArrowLeft" => Some(Direction::Left),
                "ArrowRight" => Some(Direction::Right),
                _ => None,
            };
            if let Some(dir) = dir {
                ev.prevent_default();
                if let Some(next) = drawing.with_untracked(|d| d.as_ref().and_then(|d| d.neighbour(sel.get(), dir))) {
                    session.selection.set(Some(PersonId(next)));
                }
                return;
            }
            if ev.key() == "Enter" {
                ev.prevent_default();
                if let Some(el) = document().query_selector("[data-testid=field-given-name]").ok().flatten() {
                    let _ = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).map(|el| el.focus());
                }
                return;
            }
        }
        let handled = match ev.key().as_str() {
            "ArrowLeft" => { viewport.update(|v| *v = v.pan(PAN_STEP, 0.0)); true }
            "ArrowRight" => { viewport.update(|v| *v = v.pan(-PAN_STEP, 0.0)); true }
            "ArrowUp" => { viewport.update(|v| *v = v.pan(0.0, PAN_STEP)); true }
            "ArrowDown" => { viewport.update(|v| *v = v.pan(0.0, -PAN_STEP)); true }
            "+" | "=" => { zoom_centre(ZOOM_STEP); true }
            "-" | "_" => { zoom_centre(1.0 / ZOOM_STEP); true }
            "0" => { fit(); true }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };

    view! {
        <section class="canvas-area">
            <div class="zoom-toolbar" role="toolbar" aria-label=move || texts.get().canvas_label>
                <button type="button" data-testid="undo" title=move || texts.get().undo aria-label=move || texts.get().undo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_undo()))
                    on:click=move |_| session.undo()>"↶"</button>
                <button type="button" data-testid="redo" title=move || texts.get().redo aria-label=move || texts.get().redo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_redo()))
                    on:click=move |_| session.redo()>"↷"</button>
                <span class="toolbar-gap"></span>
                <button type="button" data-testid="zoom-in" title=move || texts.get().zoom_in
                    aria-label=move || texts.get().zoom_in on:click=move |_| zoom_centre(ZOOM_STEP)>"+"</button>
                <button type="button" data-testid="zoom-out" title=move || texts.get().zoom_out
                    aria-label=move || texts.get().zoom_out on:click=move |_| zoom_centre(1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" data-testid="zoom-fit" on:click=move |_| fit()>
                    {move || texts.get().zoom_fit}
                </button>
            </div>
            <svg
                node_ref=svg_ref
                class="canvas"
                class:panning=move || drag_from.get().is_some() || actor_drag.dragging()
                data-testid="canvas"
                role="img"
                tabindex="0"
                aria-label=move || texts.get().canvas_label
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:wheel=on_wheel
                on:keydown=on_key
            >
                // The exporter's own style sheet, so text renders the same on screen and in the file.
                <style>{crate::export::svg::CSS}</style>
                <g data-testid="canvas-content" transform=move || viewport.get().transform()>
                    <SceneView scene=scene/>
                    <super::network::NetworkRings drawing=Signal::derive(move || drawing.get())/>
                    {move || selected_at.get().map(|(x, y)| view! {
                        <rect class="selection-ring" data-testid="selection-ring"
                            x=x - 30.0 y=y - 30.0 width="60" height="60" rx="8"></rect>
                    })}
                </g>
            </svg>
            <Show when=move || session.editor.with(|e| e.is_none())>
                <div class="canvas-empty" data-testid="canvas-empty">
                    <p>{move || texts.get().canvas_empty_hint}</p>
                    <button type="button" class="primary" data-testid="empty-new-genogram"
                        on:click=move |_| if may_replace_open() { session.new_genogram(texts.get_untracked().untitled_genogram) }>
                        {move || texts.get().menu_new_genogram}
                    </button>
                    <button type="button" class="primary" data-testid="empty-new-netwerkkaart"
                        on:click=move |_| if may_replace_open() { session.new_netwerkkaart(texts.get_untracked().untitled_netwerkkaart) }>
                        {move || texts.get().menu_new_netwerkkaart}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// The netwerkkaart thing under a pointer press (actor, tie or centre) and its `<g>`.
fn network_hit(ev: &web_sys::PointerEvent) -> Option<(crate::network::NetworkItem, web_sys::Element)> {
    use crate::network::NetworkItem;
    let el = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
    let g = el.closest("[data-key]").ok().flatten()?;
    let item = crate::network::scene::item_of_key(&g.get_attribute("data-key")?)?;
    matches!(item, NetworkItem::Actor(_) | NetworkItem::Tie(_) | NetworkItem::Centre).then_some((item, g))
}

fn bounds_rect(b: &crate::layout::Bounds) -> Rect {
    Rect { x: b.min_x, y: b.min_y, width: b.max_x - b.min_x, height: b.max_y - b.min_y }
}
