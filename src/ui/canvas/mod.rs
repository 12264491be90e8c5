//! The drawing canvas: an SVG that pans (drag the background, arrow keys) and zooms
//! (wheel, +/− keys and buttons, "passend maken").

pub mod gesture;
pub mod handle;
pub mod line_selection;
pub mod person_menu;
pub mod scene_markup;
pub mod scene_view;
pub mod session_tools;
pub mod slide;
pub mod viewport;

use crate::editor::drawing::{draw, DrawOptions};
use crate::genogram::edit::lines::Line;
use crate::genogram::model::{PartialDate, PersonId, RelationKind};
use crate::netwerkkaart::NetwerkkaartItem;
use crate::ui::canvas::gesture::{End, Event, Gesture, Target};
use crate::ui::canvas::handle::{bounds_rect, CanvasHandle};
use crate::ui::canvas::scene_view::SceneView;
use crate::ui::canvas::viewport::{should_refit, Rect};
use crate::ui::input::dispatch::Dispatcher;
use crate::ui::input::intent::Intent;
use crate::ui::session::now_ms;
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::may_replace_open;
use crate::ui::shell::enum_select::EnumSelect;
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
    let Locale(lang) = expect_context::<Locale>();

    // model → layout → scene, recomputed when the document or the language changes.
    // Read through memos: opening a document resets the lens and the year (set, even
    // when they already were off), and a reset that changes nothing must not lay out
    // and draw the whole family a second time.
    let shell_now = expect_context::<crate::ui::shell::app::Shell>();
    let show_legend = Memo::new(move |_| shell_now.show_legend.get());
    let lens = Memo::new(move |_| shell_now.lens.get());
    let at_year = Memo::new(move |_| shell_now.at_year.get());
    let drawing = Memo::new(move |_| {
        let lang = lang.get();
        let options = DrawOptions {
            show_legend: show_legend.get(),
            lens: lens.get(),
            at_year: at_year.get(),
            dragged: session.dragged.get(),
            ..DrawOptions::new(lang, PartialDate::from_unix_ms(now_ms()))
        };
        let started = now_ms();
        let drawn = session.editor.with(|e| e.as_ref().map(|e| draw(e, &options)));
        // How long a relayout takes decides how a drag shows (Session::drag_to).
        session.drew_in((now_ms() - started) as f64);
        drawn
    });
    slide::install(session, drawing, svg_ref);
    // The selected persons' centres, for their highlight rings (the focused one first).
    let selected_at = Memo::new(move |_| {
        let ids = session.selected_persons();
        let sliding = session.sliding.get();
        drawing.with(|d| {
            d.as_ref()
                .map(|d| {
                    ids.iter()
                        .filter_map(|id| d.person_centre(id.get()).map(|c| (id.get(), slide::slid(&sliding, *id, c))))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Where a selected person's ring goes (their centre, or where they slide to).
    let ring_at =
        move |id: u32| selected_at.with(|s| s.iter().find(|(i, _)| *i == id).map(|(_, c)| *c)).unwrap_or((0.0, 0.0));
    // The relation tool's first end, for its marker: where, and whether the user chose
    // it (a click or Enter) or it is the provisional start from the selection.
    let relation_from_at = Memo::new(move |_| {
        let (from, chosen) = session.gesture.with(|g| (g.relation_from(), g.relation_chosen()));
        let at = drawing.with(|d| {
            let d = d.as_ref()?;
            match from? {
                End::Person(p) => d.person_centre(p.get()),
                End::Netwerkkaart(NetwerkkaartItem::Actor(a)) => d.actor_centre(a),
                // The netwerkkaart is laid out around its centre.
                End::Netwerkkaart(NetwerkkaartItem::Centre) => Some((0.0, 0.0)),
                End::Netwerkkaart(_) => None,
            }
        });
        at.map(|at| (at, chosen))
    });
    let has_pins = Memo::new(move |_| {
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(crate::genogram::edit::arrange::has_pins))
    });
    let is_map = Memo::new(move |_| session.editor.with(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some())));

    let menu = RwSignal::new(None);
    let canvas = CanvasHandle {
        svg: svg_ref,
        drawing,
        viewport,
        dragged: StoredValue::new_local(None),
        session,
        menu,
        press: StoredValue::new(0),
        size: StoredValue::new(None),
    };
    canvas.watch_size();
    dispatcher.set_canvas(canvas);
    let fit = move || canvas.fit();

    // A newly opened document is shown whole.
    let opened = Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone())));
    Effect::new(move |_| {
        if opened.get().is_some() {
            fit();
        }
    });

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
    let visible = move || canvas.visible();
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

    // The pointer's events go to the gesture machine (ui/canvas/gesture.rs); the
    // session carries out what concerns the document, the canvas the rest.
    let at = |ev: &web_sys::PointerEvent| (ev.client_x() as f64, ev.client_y() as f64);
    // A finger after the first (not the primary pointer) joins as a pinch's second.
    let other_finger = |ev: &web_sys::PointerEvent| !ev.is_primary() && ev.pointer_type() == "touch";
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        if other_finger(&ev) {
            let effects = session.feed(Event::FingerDown { id: ev.pointer_id(), at: at(&ev) });
            return canvas.perform(effects, Some(&ev));
        }
        canvas.menu.set(None);
        // A "+N" badge of a folded branch: a press opens it one step (one undoable edit).
        if let Some(p) = fold_marker_under(&ev) {
            ev.prevent_default();
            if crate::ui::genogram::fold_panel::apply_folding(session, |g| crate::genogram::edit::folding::unfold(g, p))
            {
                // Everyone moved: show the whole new drawing.
                canvas.fit();
            }
            return;
        }
        let target = press_target(&ev, session, drawing, canvas);
        let touch = ev.pointer_type() == "touch";
        let event = Event::Down { at: at(&ev), world: to_world(&ev), target, shift: ev.shift_key(), touch };
        let effects = session.feed(event);
        canvas.perform(effects, Some(&ev));
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        if session.gesture.with_untracked(|g| *g == Gesture::Idle) {
            return;
        }
        let event = if other_finger(&ev) {
            Event::FingerMove { id: ev.pointer_id(), at: at(&ev) }
        } else {
            Event::Move { at: at(&ev), world: to_world(&ev), zoom: viewport.get_untracked().zoom }
        };
        canvas.perform(session.feed(event), Some(&ev));
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        let event = if other_finger(&ev) {
            Event::FingerUp { id: ev.pointer_id() }
        } else {
            Event::Up { at: at(&ev), zoom: viewport.get_untracked().zoom }
        };
        canvas.perform(session.feed(event), Some(&ev));
    };
    // The browser took the pointer away (a touch scroll, a lost window): nothing
    // half-done is kept.
    let on_pointer_cancel = move |ev: web_sys::PointerEvent| {
        let event = if other_finger(&ev) { Event::FingerUp { id: ev.pointer_id() } } else { Event::Cancel };
        canvas.perform(session.feed(event), Some(&ev));
    };
    // A right click on a person opens their menu (a long press does the same by touch).
    let on_context_menu = move |ev: web_sys::MouseEvent| {
        let Some(id) = person_under(&ev) else { return };
        ev.prevent_default();
        canvas.perform(vec![gesture::Effect::OpenMenu(id, (ev.client_x() as f64, ev.client_y() as f64))], None);
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        // Trackpads send small deltas, mice ±100 per notch: scale smoothly.
        let factor = (-ev.delta_y() * 0.002).exp();
        viewport.update(|v| *v = v.zoom_at(factor, ev.offset_x() as f64, ev.offset_y() as f64));
    };
    view! {
        <section class="canvas-area">
            // A bar above the canvas, never over it: the drawing's visible area starts
            // below it. Groups wrap as a whole when the canvas is narrow; labels never do.
            <div class="zoom-toolbar" role="toolbar" data-testid="canvas-toolbar" aria-label=move || texts.get().canvas_label>
                <span class="tool-group">
                <button type="button" data-testid="undo" title=move || texts.get().undo aria-label=move || texts.get().undo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_undo()))
                    on:click=move |_| { dispatcher.run(Intent::Undo); }>"↶"</button>
                <button type="button" data-testid="redo" title=move || texts.get().redo aria-label=move || texts.get().redo
                    disabled=move || !session.editor.with(|e| e.as_ref().is_some_and(|e| e.can_redo()))
                    on:click=move |_| { dispatcher.run(Intent::Redo); }>"↷"</button>
                </span>
                <span class="tool-group">
                <Show when=move || !is_map.get()>
                    <EnumSelect test_id="connect-kind" aria_label=Signal::derive(move || texts.get().connect_kind)
                        value=Signal::derive(move || Some(session.relation_kind.get()))
                        on_pick=Callback::new(move |k: RelationKind| session.relation_kind.set(k))/>
                </Show>
                <button type="button" data-testid="connect-tool"
                    aria-pressed=move || session.gesture.with(Gesture::is_connecting).to_string()
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
                </span>
                <span class="tool-group">
                <button type="button" data-testid="zoom-in" title=move || texts.get().zoom_in
                    aria-label=move || texts.get().zoom_in on:click=move |_| { dispatcher.run(Intent::ZoomIn); }>"+"</button>
                <button type="button" data-testid="zoom-out" title=move || texts.get().zoom_out
                    aria-label=move || texts.get().zoom_out on:click=move |_| { dispatcher.run(Intent::ZoomOut); }>"−"</button>
                <button type="button" data-testid="zoom-fit" on:click=move |_| { dispatcher.run(Intent::Fit); }>
                    {move || texts.get().zoom_fit}
                </button>
                // Presentation mode: the drawing full screen for a room, step by step.
                <button type="button" data-testid="present-start"
                    title=move || format!("{} (F5)", texts.get().key_present)
                    aria-label=move || texts.get().menu_present
                    disabled=move || session.editor.with(|e| e.is_none())
                    on:click=move |_| { dispatcher.run(Intent::Present); }>
                    <span aria-hidden="true">"▶"</span><span class="present-start-label">{move || texts.get().menu_present}</span>
                </button>
                </span>
                <span class="tool-group panel-toggle-group">
                    <button type="button" data-testid="panel-toggle" aria-controls="side-panel"
                        aria-expanded=move || shell.panel_open.get().to_string()
                        title=move || texts.get().panel_toggle_hint
                        on:click=move |_| shell.panel_open.update(|o| *o = !*o)>
                        {move || texts.get().panel_toggle}
                    </button>
                </span>
            </div>
            <svg
                node_ref=svg_ref
                class="canvas"
                class:panning=move || session.gesture.with(Gesture::is_dragging)
                class:connecting=move || session.gesture.with(Gesture::is_connecting)
                data-testid="canvas"
                role="img"
                tabindex="0"
                aria-label=move || texts.get().canvas_label
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_cancel
                on:contextmenu=on_context_menu
                on:wheel=on_wheel
            >
                // The exporter's own style sheet, so text renders the same on screen and in the file.
                <style>{crate::export::svg::CSS}</style>
                <g data-testid="canvas-content" transform=move || viewport.get().transform()>
                    // Under the drawing: the years and the name around a selected symbol
                    // stay readable on top of its ring.
                    // One ring per selected person, kept while they stay selected and
                    // moved by its attributes: a new element on every drag step made the
                    // browser repaint the whole drawing.
                    <For each=move || selected_at.with(|s| s.iter().map(|(id, _)| *id).collect::<Vec<_>>()) key=|id| *id let:id>
                        <rect class="selection-ring" data-testid="selection-ring" data-person-ring=id.to_string()
                            x=move || ring_at(id).0 - 30.0 y=move || ring_at(id).1 - 30.0 width="60" height="60" rx="8"></rect>
                    </For>
                    <crate::ui::canvas::scene_view::LineHalo drawing=drawing/>
                    <SceneView drawing=drawing/>
                    <crate::ui::netwerkkaart::NetwerkkaartRings drawing=drawing/>
                    // The relation tool's first end: solid once clicked, dashed while it is
                    // only the selection the tool started from.
                    {move || relation_from_at.get().map(|((x, y), chosen)| view! {
                        <circle class="relation-from-ring" class:provisional=!chosen data-testid="relation-from-ring"
                            data-chosen=chosen.to_string() cx=x cy=y r="34"></circle>
                    })}
                    {move || session.gesture.with(Gesture::band).map(|((x0, y0), (x1, y1))| view! {
                        <rect class="rubber-band" data-testid="rubber-band"
                            x=x0.min(x1) y=y0.min(y1) width=(x1 - x0).abs() height=(y1 - y0).abs()></rect>
                    })}
                </g>
            </svg>
            <crate::ui::canvas::person_menu::PersonMenu menu=menu/>
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

/// The genogram person whose symbol is under the event, if any.
fn person_under(ev: &web_sys::MouseEvent) -> Option<PersonId> {
    let el = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
    el.closest("[data-person]").ok().flatten()?.get_attribute("data-person")?.parse::<u32>().ok().map(PersonId)
}

/// The person whose folded branch's "+N" badge is under the event, if any.
fn fold_marker_under(ev: &web_sys::MouseEvent) -> Option<PersonId> {
    let el = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
    let key = el.closest("[data-key^=\"fold:\"]").ok().flatten()?.get_attribute("data-key")?;
    crate::genogram::scene::folding::marker_person(&key)
}

/// What a press landed on: a netwerkkaart actor, tie or the centre (whose `<g>` is kept
/// for an actor drag), a genogram person (with the selection's places), or the
/// background.
fn press_target(
    ev: &web_sys::PointerEvent,
    session: Session,
    drawing: Memo<Option<crate::editor::drawing::Drawing>>,
    canvas: CanvasHandle,
) -> Target {
    let el = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
    if session.is_netwerkkaart() {
        let hit = el.as_ref().and_then(|el| el.closest("[data-key]").ok().flatten()).and_then(|g| {
            let item = crate::netwerkkaart::scene::item_of_key(&g.get_attribute("data-key")?)?;
            matches!(item, NetwerkkaartItem::Actor(_) | NetwerkkaartItem::Tie(_) | NetwerkkaartItem::Centre)
                .then_some((item, g))
        });
        if let Some((item, g)) = hit {
            canvas.dragged.set_value(matches!(item, NetwerkkaartItem::Actor(_)).then_some(g));
            return Target::Thing(item);
        }
        return Target::Background { band: false };
    }
    let line = el
        .as_ref()
        .filter(|el| el.closest("[data-person]").ok().flatten().is_none())
        .and_then(|el| el.closest("[data-key]").ok().flatten())
        .and_then(|g| g.get_attribute("data-key"))
        .and_then(|key| Line::of_key(&key));
    if let Some(line) = line {
        return Target::Line(line);
    }
    let person = el
        .and_then(|el| el.closest("[data-person]").ok().flatten())
        .and_then(|el| el.get_attribute("data-person"))
        .and_then(|id| id.parse::<u32>().ok())
        .map(PersonId);
    let Some(id) = person else { return Target::Background { band: true } };
    drawing.with_untracked(|d| {
        let x_of = |p: PersonId| d.as_ref().and_then(|d| d.person_centre(p.get())).map(|c| c.0);
        let selection =
            session.selected_persons_untracked().into_iter().filter_map(|p| x_of(p).map(|x| (p, x))).collect();
        Target::Person { id, x: x_of(id).unwrap_or(0.0), selection }
    })
}
