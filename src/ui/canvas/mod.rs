//! The drawing canvas: an SVG that pans (drag the background, arrow keys) and zooms
//! (wheel, +/− keys and buttons, "passend maken").

pub mod gesture;
pub mod handle;
pub mod person_drag;
pub mod scene_view;
pub mod session_tools;
pub mod tool;
pub mod viewport;

use crate::editor::drawing::{draw, DrawOptions};
use crate::genogram::model::{PartialDate, PersonId, RelationKind};
use crate::ui::canvas::handle::{bounds_rect, CanvasHandle, TOOLBAR_SPACE};
use crate::ui::canvas::person_drag::PersonDrag;
use crate::ui::canvas::scene_view::SceneView;
use crate::ui::canvas::tool::End;
use crate::ui::canvas::viewport::{should_refit, Rect};
use crate::ui::input::dispatch::Dispatcher;
use crate::ui::input::intent::Intent;
use crate::ui::session::now_ms;
use crate::ui::session::{Session, StatusText};
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::may_replace_open;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;
use leptos::svg;

/// The canvas with its zoom toolbar.
#[component]
pub fn Canvas() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let viewport = shell.viewport;
    let session = expect_context::<Session>();
    let dispatcher = expect_context::<Dispatcher>();
    let svg_ref = NodeRef::<svg::Svg>::new();
    // Last pointer position while the background is being dragged.
    let drag_from = RwSignal::new(None::<(f64, f64)>);
    // Whether the current background press moved (a click without moving deselects).
    let drag_moved = RwSignal::new(false);
    // An actor of a netwerkkaart being dragged to another sector or ring.
    let actor_drag = crate::ui::netwerkkaart::ActorDrag::new();
    // Genogram persons being dragged along their rows.
    let person_drag = PersonDrag::new();
    // A rubber band (shift-drag over the background): where it started and where the
    // pointer is now, in drawing coordinates.
    let band = RwSignal::new(None::<((f64, f64), (f64, f64))>);
    let Locale(lang) = expect_context::<Locale>();

    // model → layout → scene, recomputed when the document or the language changes.
    let show_legend = expect_context::<crate::ui::shell::app::Shell>().show_legend;
    let drawing = Memo::new(move |_| {
        let lang = lang.get();
        let options = DrawOptions {
            show_legend: show_legend.get(),
            ..DrawOptions::new(lang, PartialDate::from_unix_ms(now_ms()))
        };
        session.editor.with(|e| e.as_ref().map(|e| draw(e, &options)))
    });
    // The selected persons' centres, for their highlight rings (the focused one first).
    let selected_at = Memo::new(move |_| {
        let ids = session.selected_persons();
        drawing.with(|d| {
            d.as_ref()
                .map(|d| {
                    ids.iter().filter_map(|id| d.person_centre(id.get()).map(|c| (id.get(), c))).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let has_pins = Memo::new(move |_| {
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(crate::genogram::edit::arrange::has_pins))
    });
    let is_map = Memo::new(move |_| session.editor.with(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some())));

    let canvas = CanvasHandle { svg: svg_ref, drawing, viewport };
    dispatcher.set_canvas(canvas);
    let view_size = move || canvas.view_size();
    let fit = move || canvas.fit();

    // A newly opened document is shown whole.
    let opened = Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone())));
    Effect::new(move |_| {
        if opened.get().is_some() {
            fit();
        }
    });

    let capture = move |ev: &web_sys::PointerEvent| {
        if let Some(el) = svg_ref.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    // Client position → drawing coordinates.
    let to_world = move |ev: &web_sys::PointerEvent| {
        let (left, top) = svg_ref
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or((0.0, 0.0));
        viewport.get_untracked().to_world(ev.client_x() as f64 - left, ev.client_y() as f64 - top)
    };
    // Keep what matters in view: a drawing that was wholly visible and grows past the
    // edge (the family growing while the client talks) is fitted again, never in the
    // middle of a drag; a focused person moved off-screen (arrows, a new relative) is
    // brought to the middle.
    let visible = move || {
        let (w, h) = view_size();
        viewport.get_untracked().visible(w, h, TOOLBAR_SPACE)
    };
    let last_bounds = StoredValue::new(None::<Rect>);
    Effect::new(move |_| {
        let Some(now) = drawing.with(|d| d.as_ref().map(|d| bounds_rect(&d.scene.bounds))) else { return };
        let before = last_bounds.get_value();
        last_bounds.set_value(Some(now));
        let busy = session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.in_gesture()));
        if !busy && before.is_some_and(|b| should_refit(&b, &now, &visible())) {
            fit();
        }
    });
    let focus_at = Memo::new(move |_| {
        if let Some(crate::netwerkkaart::NetwerkkaartItem::Actor(a)) = session.netwerkkaart_selection.get() {
            return drawing.with(|d| d.as_ref().and_then(|d| d.actor_centre(a)));
        }
        selected_at.with(|s| s.first().map(|(_, c)| *c))
    });
    Effect::new(move |_| {
        let Some(p) = focus_at.get() else { return };
        // Not while dragging: reading the view's size forces the browser to lay out
        // the page, on every pointer move.
        if session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.in_gesture())) {
            return;
        }
        let vis = visible();
        if !vis.holds(p, 30.0) {
            viewport.update(|v| *v = v.centre_on(p, &vis));
        }
    });

    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let at = (ev.client_x() as f64, ev.client_y() as f64);
        // On a netwerkkaart a press on an actor, tie or the centre selects it (or ends
        // the tie tool there), and an actor can then be dragged.
        if let Some((item, el)) = netwerkkaart_hit(&ev).filter(|_| session.is_netwerkkaart()) {
            if session.choose(End::Netwerkkaart(item)) {
                return;
            }
            session.select_netwerkkaart(Some(item));
            if let crate::netwerkkaart::NetwerkkaartItem::Actor(id) = item {
                capture(&ev);
                actor_drag.begin(id, el, at);
            }
            return;
        }
        // A press on a person: the relation tool takes it, shift adds or removes it,
        // otherwise it is selected and the selection can be dragged along the rows.
        let person = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("[data-person]").ok().flatten())
            .and_then(|el| el.get_attribute("data-person"))
            .and_then(|id| id.parse::<u32>().ok())
            .map(PersonId);
        if let Some(id) = person {
            if session.choose(End::Person(id)) {
                return;
            }
            if ev.shift_key() {
                session.click_person(id, true);
                return;
            }
            if !session.selected_persons_untracked().contains(&id) {
                session.click_person(id, false);
            }
            let from: Vec<(PersonId, f64)> = drawing.with_untracked(|d| {
                d.as_ref()
                    .map(|d| {
                        session
                            .selected_persons_untracked()
                            .into_iter()
                            .filter_map(|p| d.person_centre(p.get()).map(|c| (p, c.0)))
                            .collect()
                    })
                    .unwrap_or_default()
            });
            capture(&ev);
            person_drag.begin(from, at);
            return;
        }
        capture(&ev);
        drag_moved.set(false);
        if ev.shift_key() && !session.is_netwerkkaart() {
            let w = to_world(&ev);
            band.set(Some((w, w)));
            return;
        }
        drag_from.set(Some(at));
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let at = (ev.client_x() as f64, ev.client_y() as f64);
        let zoom = viewport.get_untracked().zoom;
        if actor_drag.follow(at, zoom) || person_drag.follow(session, at, zoom) {
            return;
        }
        if let Some((start, _)) = band.get_untracked() {
            band.set(Some((start, to_world(&ev))));
            return;
        }
        if let Some((x0, y0)) = drag_from.get_untracked() {
            viewport.update(|v| *v = v.pan(at.0 - x0, at.1 - y0));
            drag_from.set(Some(at));
            drag_moved.set(true);
        }
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        if let Some((id, delta)) =
            actor_drag.finish((ev.client_x() as f64, ev.client_y() as f64), viewport.get_untracked().zoom)
        {
            session.drop_actor(id, delta);
        }
        if person_drag.finish(session, true) {
            let t = |l: crate::i18n::Lang| l.texts().moved_pinned;
            session.status.set(Some(StatusText::info(t(crate::i18n::Lang::Nl), t(crate::i18n::Lang::En))));
        }
        if let Some(((x0, y0), (x1, y1))) = band.get_untracked() {
            band.set(None);
            let (lo_x, hi_x, lo_y, hi_y) = (x0.min(x1), x0.max(x1), y0.min(y1), y0.max(y1));
            let inside: Vec<PersonId> = drawing.with_untracked(|d| match d.as_ref().map(|d| &d.placement) {
                Some(crate::editor::drawing::Placement::Genogram(l)) => l
                    .persons
                    .iter()
                    .filter(|(_, p)| p.x >= lo_x && p.x <= hi_x && p.y >= lo_y && p.y <= hi_y)
                    .map(|(id, _)| PersonId(*id))
                    .collect(),
                _ => Vec::new(),
            });
            // The band adds to what was selected, as shift does for a click.
            let mut all = session.selected_persons_untracked();
            all.extend(inside.into_iter().filter(|p| !all.contains(p)).collect::<Vec<_>>());
            session.select_persons(&all);
            return;
        }
        if drag_from.get_untracked().is_some() && !drag_moved.get_untracked() {
            session.clear_selection();
        }
        drag_from.set(None);
    };
    let on_pointer_cancel = move |ev: web_sys::PointerEvent| {
        // The browser took the pointer away (a touch scroll, a lost window): nothing
        // half-done is kept.
        actor_drag.finish((ev.client_x() as f64, ev.client_y() as f64), viewport.get_untracked().zoom);
        person_drag.finish(session, false);
        band.set(None);
        drag_from.set(None);
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        // Trackpads send small deltas, mice ±100 per notch: scale smoothly.
        let factor = (-ev.delta_y() * 0.002).exp();
        viewport.update(|v| *v = v.zoom_at(factor, ev.offset_x() as f64, ev.offset_y() as f64));
    };
    view! {
        <section class="canvas-area">
            <div class="zoom-toolbar" role="toolbar" aria-label=move || texts.get().canvas_label>
                <button type="button" data-testid="undo" title=move || texts.get().undo aria-label=move || texts.get().undo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_undo()))
                    on:click=move |_| { dispatcher.run(Intent::Undo); }>"↶"</button>
                <button type="button" data-testid="redo" title=move || texts.get().redo aria-label=move || texts.get().redo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_redo()))
                    on:click=move |_| { dispatcher.run(Intent::Redo); }>"↷"</button>
                <span class="toolbar-gap"></span>
                <Show when=move || !is_map.get()>
                    <select data-testid="connect-kind" aria-label=move || texts.get().connect_kind
                        on:change=move |ev| {
                            if let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| RelationKind::ALL.get(i)) {
                                session.relation_kind.set(*k);
                            }
                        }>
                        {move || {
                            let lang = lang.get();
                            let current = session.relation_kind.get();
                            RelationKind::ALL.iter().enumerate().map(|(i, k)| view! {
                                <option value=i.to_string() selected=*k == current>{k.label(lang)}</option>
                            }).collect_view()
                        }}
                    </select>
                </Show>
                <button type="button" data-testid="connect-tool"
                    aria-pressed=move || session.tool.get().is_connecting().to_string()
                    title=move || if is_map.get() { texts.get().connect_tie } else { texts.get().connect_relation }
                    disabled=move || session.editor.with(|e| e.is_none())
                    on:click=move |_| { dispatcher.run(Intent::ToggleConnect); }>
                    {move || if is_map.get() { texts.get().connect_tie } else { texts.get().connect_relation }}
                </button>
                <Show when=move || !is_map.get()>
                    <button type="button" data-testid="relayout" title=move || texts.get().relayout_hint
                        disabled=move || !has_pins.get()
                        on:click=move |_| { dispatcher.run(Intent::Relayout); }>
                        {move || texts.get().relayout}
                    </button>
                </Show>
                <span class="toolbar-gap"></span>
                <button type="button" data-testid="zoom-in" title=move || texts.get().zoom_in
                    aria-label=move || texts.get().zoom_in on:click=move |_| { dispatcher.run(Intent::ZoomIn); }>"+"</button>
                <button type="button" data-testid="zoom-out" title=move || texts.get().zoom_out
                    aria-label=move || texts.get().zoom_out on:click=move |_| { dispatcher.run(Intent::ZoomOut); }>"−"</button>
                <button type="button" data-testid="zoom-fit" on:click=move |_| { dispatcher.run(Intent::Fit); }>
                    {move || texts.get().zoom_fit}
                </button>
            </div>
            <svg
                node_ref=svg_ref
                class="canvas"
                class:panning=move || drag_from.get().is_some() || actor_drag.dragging() || person_drag.dragging()
                class:connecting=move || session.tool.get().is_connecting()
                data-testid="canvas"
                role="img"
                tabindex="0"
                aria-label=move || texts.get().canvas_label
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:wheel=on_wheel
            >
                // The exporter's own style sheet, so text renders the same on screen and in the file.
                <style>{crate::export::svg::CSS}</style>
                <g data-testid="canvas-content" transform=move || viewport.get().transform()>
                    // Under the drawing: the years and the name around a selected symbol
                    // stay readable on top of its ring.
                    <For each=move || selected_at.get() key=|(id, c)| (*id, c.0.to_bits(), c.1.to_bits()) let:((id, (x, y)))>
                        <rect class="selection-ring" data-testid="selection-ring" data-person-ring=id.to_string()
                            x=x - 30.0 y=y - 30.0 width="60" height="60" rx="8"></rect>
                    </For>
                    <SceneView drawing=drawing/>
                    <crate::ui::netwerkkaart::NetwerkkaartRings drawing=Signal::derive(move || drawing.get())/>
                    {move || band.get().map(|((x0, y0), (x1, y1))| view! {
                        <rect class="rubber-band" data-testid="rubber-band"
                            x=x0.min(x1) y=y0.min(y1) width=(x1 - x0).abs() height=(y1 - y0).abs()></rect>
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
fn netwerkkaart_hit(ev: &web_sys::PointerEvent) -> Option<(crate::netwerkkaart::NetwerkkaartItem, web_sys::Element)> {
    use crate::netwerkkaart::NetwerkkaartItem;
    let el = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
    let g = el.closest("[data-key]").ok().flatten()?;
    let item = crate::netwerkkaart::scene::item_of_key(&g.get_attribute("data-key")?)?;
    matches!(item, NetwerkkaartItem::Actor(_) | NetwerkkaartItem::Tie(_) | NetwerkkaartItem::Centre)
        .then_some((item, g))
}
