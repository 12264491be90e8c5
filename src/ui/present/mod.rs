//! Presentation mode ("Presenteren"): the genogram full screen for a group looking at
//! one projector, revealed step by step. This module holds only view state (the step,
//! the names shown, the pointer's rings) and draws; which items show at a step and what
//! a click marks are the pure rules of [`crate::genogram::scene::reveal`]. Keys reach
//! it through the one dispatcher (`Intent::Present*`).

use crate::editor::drawing::{draw, DrawOptions, Placement};
use crate::export::svg::{to_svg, MARGIN};
use crate::genogram::layout::Layout;
use crate::genogram::model::PartialDate;
use crate::genogram::scene::reveal::{for_projector, ring_at, Reveal, RevealOrder, Ring, StepKind};
use crate::genogram::scene::{Anonymise, Point, Scene};
use crate::storage::view::{load_view, save_view, PresentView};
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

/// One ring of the pointer, numbered so the newest can be told from the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// A number, unique while presenting.
    pub id: u64,
    /// Where and what it marks.
    pub ring: Ring,
}

/// The presentation's state, shared through context (cheap to copy).
#[derive(Clone, Copy)]
pub struct Presentation {
    /// Whether the open genogram is being presented.
    pub active: RwSignal<bool>,
    /// The step shown (0-based).
    pub step: RwSignal<usize>,
    /// How many steps the reveal has (set by the overlay from its drawing).
    pub steps: RwSignal<usize>,
    /// Names shown and the order of the generations, remembered per document.
    pub view: RwSignal<PresentView>,
    /// The pointer's rings.
    pub marks: RwSignal<Vec<Mark>>,
    next_mark: StoredValue<u64>,
    /// Whether the browser's full screen was reached (so leaving it ends the presentation).
    fullscreen: StoredValue<bool>,
    session: Session,
}

impl Presentation {
    /// Creates the state and provides it as context.
    pub fn install(session: Session) -> Presentation {
        let p = Presentation {
            active: RwSignal::new(false),
            step: RwSignal::new(0),
            steps: RwSignal::new(1),
            view: RwSignal::new(PresentView::default()),
            marks: RwSignal::new(Vec::new()),
            next_mark: StoredValue::new(0),
            fullscreen: StoredValue::new(false),
            session,
        };
        provide_context(p);
        // Leaving the browser's full screen (its own Escape) ends the presentation too.
        let handle = window_event_listener(ev::Custom::<web_sys::Event>::new("fullscreenchange"), move |_| {
            let full = document().fullscreen_element().is_some();
            if full {
                p.fullscreen.set_value(true);
            } else if p.fullscreen.get_value() {
                p.fullscreen.set_value(false);
                p.active.set(false);
            }
        });
        on_cleanup(move || handle.remove());
        p
    }

    fn doc_id(&self) -> Option<String> {
        self.session.editor.with_untracked(|e| e.as_ref().filter(|e| e.genogram().is_some()).map(|e| e.id.clone()))
    }

    /// Starts presenting the open genogram at its first step, with the names and
    /// order chosen last time for this document. Nothing happens without a genogram.
    pub fn start(&self) {
        let Some(id) = self.doc_id() else { return };
        let view = crate::storage::browser::BrowserStore::local().map(|s| load_view(&s, &id)).unwrap_or_default();
        self.view.set(view);
        self.step.set(0);
        self.marks.set(Vec::new());
        self.active.set(true);
        // Full screen where the browser allows it; the overlay covers the window anyway.
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    }

    /// Stops presenting (and leaves the browser's full screen).
    pub fn leave(&self) {
        self.active.set(false);
        self.marks.set(Vec::new());
        if document().fullscreen_element().is_some() {
            self.fullscreen.set_value(false);
            document().exit_fullscreen();
        }
    }

    /// One step forward or back, within the reveal's steps.
    pub fn step_by(&self, delta: i8) {
        let last = self.steps.get_untracked().saturating_sub(1);
        let now = self.step.get_untracked();
        let next = if delta < 0 { now.saturating_sub(delta.unsigned_abs() as usize) } else { now + delta as usize };
        self.step.set(next.min(last));
    }

    /// Changes the view (names or order) and remembers it for this document.
    pub fn change_view(&self, f: impl FnOnce(PresentView) -> PresentView) {
        let view = f(self.view.get_untracked());
        self.view.set(view);
        if let (Some(id), Ok(mut store)) = (self.doc_id(), crate::storage::browser::BrowserStore::local()) {
            // Not remembered when storage is blocked: the presentation goes on.
            let _ = save_view(&mut store, &id, view);
        }
    }

    /// Switches names, initials and roles.
    pub fn switch_names(&self) {
        self.change_view(PresentView::next_names);
    }

    /// Switches oldest first and from the client outwards, back to the first step.
    pub fn switch_order(&self) {
        self.change_view(PresentView::next_order);
        self.step.set(0);
    }

    /// Clears the pointer's rings.
    pub fn clear(&self) {
        self.marks.set(Vec::new());
    }

    fn mark(&self, ring: Ring) {
        let id = self.next_mark.get_value();
        self.next_mark.set_value(id + 1);
        self.marks.update(|m| m.push(Mark { id, ring }));
    }
}

/// The scene's view box: its bounds with the export's margin.
fn view_box(scene: &Scene) -> (f64, f64, f64, f64) {
    let b = scene.bounds;
    (b.min_x - MARGIN, b.min_y - MARGIN, (b.width() + 2.0 * MARGIN).max(1.0), (b.height() + 2.0 * MARGIN).max(1.0))
}

/// Screen pixels per layout unit when the scene is fitted into the window (less the
/// step bar at its foot), as the stage shows it.
fn px_per_unit(scene: &Scene) -> f64 {
    let win = web_sys::window();
    let size = |v: Option<wasm_bindgen::JsValue>| v.and_then(|v| v.as_f64()).unwrap_or(0.0);
    let w = size(win.as_ref().and_then(|w| w.inner_width().ok()));
    let h = size(win.as_ref().and_then(|w| w.inner_height().ok())) - 48.0;
    let (_, _, vw, vh) = view_box(scene);
    (w / vw).min(h / vh).max(0.0)
}

/// A click at (`x`, `y`) in a box of `width` × `height` pixels showing `view_box`
/// centred and fitted (SVG's `xMidYMid meet`), in layout units.
pub fn to_layout(x: f64, y: f64, width: f64, height: f64, view_box: (f64, f64, f64, f64)) -> Point {
    let (vx, vy, vw, vh) = view_box;
    let scale = (width / vw).min(height / vh).max(1e-9);
    let (ox, oy) = ((width - vw * scale) / 2.0, (height - vh * scale) / 2.0);
    Point::new(vx + (x - ox) / scale, vy + (y - oy) / scale)
}

/// What is shown: the whole drawing's scene and layout, and its reveal.
#[derive(Clone, PartialEq)]
struct Shown {
    scene: Scene,
    layout: Layout,
    reveal: Reveal,
}

/// The presentation, over the whole window while it runs.
#[component]
pub fn PresentationOverlay() -> impl IntoView {
    let texts = use_texts();
    let p = expect_context::<Presentation>();
    let session = expect_context::<Session>();
    let Locale(lang) = expect_context::<Locale>();
    let root = NodeRef::<html::Div>::new();
    let stage = NodeRef::<html::Div>::new();

    let shown = Memo::new(move |_| {
        if !p.active.get() {
            return None;
        }
        let view = p.view.get();
        // No legend: on a projector the family needs all the room (the trainer explains
        // the symbols); with it the drawing shrinks to fit the legend's height too.
        let options = DrawOptions {
            anonymise: view.names,
            show_legend: false,
            ..DrawOptions::new(lang.get(), PartialDate::from_unix_ms(now_ms()))
        };
        session.editor.with(|e| {
            let e = e.as_ref()?;
            let g = e.genogram()?;
            let d = draw(e, &options);
            let Placement::Genogram(layout) = d.placement else { return None };
            let reveal = Reveal::new(g, &layout, view.order);
            Some(Shown { scene: d.scene, layout, reveal })
        })
    });
    // The document went away (another tab, "Alles wissen"): the presentation ends.
    Effect::new(move |_| {
        if p.active.get() && shown.with(Option::is_none) {
            p.leave();
        }
    });
    Effect::new(move |_| {
        let n = shown.with(|s| s.as_ref().map_or(1, |s| s.reveal.len()));
        p.steps.set(n);
        if p.step.get_untracked() >= n {
            p.step.set(n - 1);
        }
    });
    // The step's scene, made readable on a projector.
    let at_step = Memo::new(move |_| {
        let k = p.step.get();
        shown.with(|s| {
            s.as_ref().map(|s| {
                let at = s.reveal.scene_at(&s.scene, k);
                for_projector(&at, px_per_unit(&at))
            })
        })
    });
    Effect::new(move |_| {
        let svg = at_step.with(|s| s.as_ref().map(to_svg).unwrap_or_default());
        if let Some(el) = stage.get() {
            el.set_inner_html(&svg);
        }
    });
    // Keys come from the presentation, not from a field or the canvas under it.
    Effect::new(move |_| {
        if p.active.get() {
            if let Some(el) = root.get() {
                let _ = el.focus();
            }
        }
    });
    let view_box_attr = move || {
        // None while the presentation closes: no attribute rather than an empty one.
        at_step.with(|s| s.as_ref().map(view_box)).map(|(x, y, w, h)| format!("{x} {y} {w} {h}"))
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(el) = stage.get_untracked() else { return };
        let el: &web_sys::Element = el.as_ref();
        let r = el.get_bounding_client_rect();
        let ring = at_step.with_untracked(|s| {
            let s = s.as_ref()?;
            let at = to_layout(
                ev.client_x() as f64 - r.left(),
                ev.client_y() as f64 - r.top(),
                r.width(),
                r.height(),
                view_box(s),
            );
            shown.with_untracked(|sh| ring_at(s, &sh.as_ref()?.layout, at))
        });
        if let Some(ring) = ring {
            p.mark(ring);
        }
    };
    let counter = move || {
        let t = texts.get();
        let k = p.step.get();
        let n = p.steps.get();
        let kind = shown.with(|s| s.as_ref().and_then(|s| s.reveal.steps.get(k).copied()));
        let what = match kind {
            Some(StepKind::Relations) => t.present_relations,
            Some(StepKind::Households) => t.present_households,
            _ => t.present_generations,
        };
        format!("{} · {what}", t.present_step.replace("{k}", &(k + 1).to_string()).replace("{n}", &n.to_string()))
    };
    let names = move || {
        let t = texts.get();
        let v = p.view.get();
        let names = match v.names {
            Anonymise::Off => t.present_names,
            Anonymise::Initials => t.present_initials,
            Anonymise::Roles => t.present_roles,
        };
        let order = match v.order {
            RevealOrder::OldestFirst => t.present_oldest_first,
            RevealOrder::FromClient => t.present_from_client,
        };
        format!("{names} · {order}")
    };
    view! {
        <Show when=move || p.active.get()>
            <div class="present" data-testid="present" node_ref=root tabindex="-1" role="region"
                aria-label=move || texts.get().present_label>
                <div class="present-drawing">
                    <div class="present-stage" data-testid="present-stage" node_ref=stage on:click=on_click></div>
                    <svg class="present-rings" viewBox=view_box_attr aria-hidden="true">
                        <For each=move || p.marks.get() key=|m| m.id let:m>
                            <circle class="present-ring" data-testid="present-ring" data-key=m.ring.key.clone()
                                cx=m.ring.centre.x cy=m.ring.centre.y r=m.ring.radius/>
                        </For>
                    </svg>
                </div>
                <div class="present-bar">
                    <span class="present-counter" data-testid="present-counter" aria-live="polite">{counter}</span>
                    <span class="present-names" data-testid="present-names">{names}</span>
                    <span class="present-hint">{move || texts.get().present_hint}</span>
                </div>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_maps_to_the_fitted_drawing() {
        // A 200 × 100 drawing in a 400 × 400 box: scale 2, centred vertically (100 px
        // above and below).
        let vb = (-50.0, 10.0, 200.0, 100.0);
        assert_eq!(to_layout(0.0, 100.0, 400.0, 400.0, vb), Point::new(-50.0, 10.0));
        assert_eq!(to_layout(400.0, 300.0, 400.0, 400.0, vb), Point::new(150.0, 110.0));
        assert_eq!(to_layout(200.0, 200.0, 400.0, 400.0, vb), Point::new(50.0, 60.0));
    }
}
