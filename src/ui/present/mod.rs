//! Presentation mode ("Presenteren"): the genogram or netwerkkaart full screen for a
//! group looking at one projector, revealed step by step, or through the document's
//! saved views ("Weergaven"). This module holds only view state (the step, the names
//! shown, the lens, the pointer's rings, the view shown) and draws; which items show at
//! a step and what a click marks are the pure rules of
//! [`crate::genogram::scene::reveal`] and [`crate::netwerkkaart::scene::reveal`], the
//! views and their commands live in [`crate::views`]. Keys reach it through the one
//! dispatcher (`Intent::Present*`).

pub mod views_panel;

use crate::editor::drawing::{draw, DrawOptions, Placement};
use crate::export::svg::{to_svg, MARGIN};
use crate::genogram::layout::Layout;
use crate::genogram::model::PartialDate;
use crate::genogram::pattern::Lens;
use crate::genogram::scene::reveal::{
    for_projector, grow_text_while_clear, ring_at, Reveal, RevealOrder, Ring, StepKind, PROJECTOR_TEXT_PX,
};
use crate::genogram::scene::{Anonymise, Point, Scene};
use crate::netwerkkaart::scene::reveal::{MapReveal, MapStep};
use crate::netwerkkaart::Netwerkkaart;
use crate::storage::view::{load_view, save_view, PresentView};
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::views::{self, SavedView};
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
    /// The pattern lens shown: the editor's when presenting starts, a saved view's after.
    pub lens: RwSignal<Lens>,
    /// The year shown ("Peiljaar"): the editor's when presenting starts, a saved view's after.
    pub at_year: RwSignal<Option<i32>>,
    /// The saved view shown while stepping through the views; `None` while stepping
    /// through the reveal's steps.
    pub showing_view: RwSignal<Option<usize>>,
    /// Whether names or order were switched since the saved view was shown: the bar
    /// then says the drawing is no longer that view as saved.
    pub view_changed: RwSignal<bool>,
    /// The name typed for a view being saved; `None` when no name is asked.
    pub naming: RwSignal<Option<String>>,
    /// A short note in the bar (a view saved, no views yet), until the next key.
    pub note: RwSignal<Option<String>>,
    editor_lens: RwSignal<Lens>,
    editor_at_year: RwSignal<Option<i32>>,
    ui_lang: RwSignal<crate::i18n::Lang>,
}

impl Presentation {
    /// Creates the state and provides it as context.
    pub fn install(
        session: Session,
        editor_lens: RwSignal<Lens>,
        editor_at_year: RwSignal<Option<i32>>,
    ) -> Presentation {
        let p = Presentation {
            active: RwSignal::new(false),
            step: RwSignal::new(0),
            steps: RwSignal::new(1),
            view: RwSignal::new(PresentView::default()),
            marks: RwSignal::new(Vec::new()),
            next_mark: StoredValue::new(0),
            fullscreen: StoredValue::new(false),
            session,
            lens: RwSignal::new(Lens::default()),
            at_year: RwSignal::new(None),
            showing_view: RwSignal::new(None),
            view_changed: RwSignal::new(false),
            naming: RwSignal::new(None),
            note: RwSignal::new(None),
            editor_lens,
            editor_at_year,
            ui_lang: expect_context::<Locale>().0,
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
        self.session.editor.with_untracked(|e| e.as_ref().map(|e| e.id.clone()))
    }

    /// The open document's saved views.
    fn saved_views(&self) -> Vec<SavedView> {
        self.session.editor.with_untracked(|e| e.as_ref().map(|e| e.content().views().to_vec()).unwrap_or_default())
    }

    /// Starts presenting the open document at its first step, with the names and
    /// order chosen last time for this document and the editor's lens. Nothing happens
    /// without a document.
    pub fn start(&self) {
        let Some(id) = self.doc_id() else { return };
        let view = crate::storage::browser::BrowserStore::local().map(|s| load_view(&s, &id)).unwrap_or_default();
        self.view.set(view);
        self.lens.set(self.editor_lens.get_untracked());
        self.at_year.set(self.editor_at_year.get_untracked());
        self.step.set(0);
        self.marks.set(Vec::new());
        self.showing_view.set(None);
        self.naming.set(None);
        self.note.set(None);
        self.active.set(true);
        // Full screen where the browser allows it; the overlay covers the window anyway.
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    }

    /// Stops presenting (and leaves the browser's full screen).
    pub fn leave(&self) {
        self.active.set(false);
        self.naming.set(None);
        self.marks.set(Vec::new());
        if document().fullscreen_element().is_some() {
            self.fullscreen.set_value(false);
            document().exit_fullscreen();
        }
    }

    /// One step forward or back, within the reveal's steps, or to the next or previous
    /// saved view while stepping through the views.
    pub fn step_by(&self, delta: i8) {
        self.note.set(None);
        if let Some(now) = self.showing_view.get_untracked() {
            let views = self.saved_views();
            if let Some(i) = views::step_views(Some(now), delta, views.len()) {
                self.show_view(i, &views[i]);
            } else {
                self.showing_view.set(None);
            }
            return;
        }
        let last = self.steps.get_untracked().saturating_sub(1);
        let now = self.step.get_untracked().min(last);
        let next = if delta < 0 { now.saturating_sub(delta.unsigned_abs() as usize) } else { now + delta as usize };
        self.step.set(next.min(last));
    }

    /// Changes the view (names or order) and remembers it for this document.
    pub fn change_view(&self, f: impl FnOnce(PresentView) -> PresentView) {
        let view = f(self.view.get_untracked());
        self.view.set(view);
        if self.showing_view.get_untracked().is_some() {
            self.view_changed.set(true);
        }
        if let (Some(id), Ok(mut store)) = (self.doc_id(), crate::storage::browser::BrowserStore::local()) {
            // Not remembered when storage is blocked: the presentation goes on.
            let _ = save_view(&mut store, &id, view);
        }
    }

    /// Switches names, initials and roles.
    pub fn switch_names(&self) {
        self.change_view(PresentView::next_names);
    }

    /// Shows saved view `i`: its step, names, order and lens (not remembered as the
    /// document's presentation choices: the view is in the document already).
    fn show_view(&self, i: usize, v: &SavedView) {
        self.showing_view.set(Some(i));
        self.view_changed.set(false);
        self.view.set(PresentView { names: v.names, order: v.order });
        self.lens.set(v.lens());
        self.at_year.set(v.year);
        // "Everything" is past any last step; the overlay keeps the step within its reveal.
        self.step.set(v.step.map_or(usize::MAX, |s| s as usize));
        self.marks.set(Vec::new());
    }

    /// Switches between stepping through the saved views (from the first) and
    /// stepping through the reveal's steps (from what is shown). Without views, says
    /// how to save one.
    pub fn switch_views(&self) {
        self.note.set(None);
        if self.showing_view.get_untracked().is_some() {
            self.showing_view.set(None);
            return;
        }
        let views = self.saved_views();
        match views.first() {
            Some(v) => self.show_view(0, v),
            None => self.note.set(Some(self.lang().texts().present_no_views.to_owned())),
        }
    }

    /// Asks a name for a view of what is shown, offering the first free "Weergave n".
    pub fn ask_view_name(&self) {
        self.note.set(None);
        self.naming.set(Some(views::default_name(&self.saved_views(), self.lang())));
    }

    /// Saves what is shown as a view named `name` after the document's other views
    /// (one undo step); an empty name keeps nothing.
    pub fn save_view(&self, name: &str) {
        self.naming.set(None);
        let steps = self.steps.get_untracked();
        let v = self.view.get_untracked();
        let view = SavedView::capture(
            name,
            self.step.get_untracked().min(steps.saturating_sub(1)),
            steps,
            v.names,
            v.order,
            &self.lens.get_untracked(),
        )
        .with_year(self.at_year.get_untracked());
        if view.name.is_empty() {
            return;
        }
        let saved = view.name.clone();
        let cmd = views::add(&self.saved_views(), view);
        if self.session.apply(cmd) {
            let t = self.lang().texts();
            self.note.set(Some(t.present_view_saved.replace("{name}", &saved)));
        }
    }

    fn lang(&self) -> crate::i18n::Lang {
        self.ui_lang.get_untracked()
    }

    /// Switches oldest first and from the client outwards, back to the first step.
    pub fn switch_order(&self) {
        // A netwerkkaart has one order.
        if self.session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.netwerkkaart().is_some())) {
            return;
        }
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

/// How the drawing shown is revealed: a genogram's generations (with the layout its
/// pointer rings need) or a netwerkkaart's rings and sectors.
#[derive(Clone, PartialEq)]
enum Revealing {
    Genogram { layout: Layout, reveal: Reveal },
    Netwerkkaart(MapReveal),
}

/// What is shown: the whole drawing's scene and its reveal.
#[derive(Clone, PartialEq)]
struct Shown {
    scene: Scene,
    revealing: Revealing,
}

impl Shown {
    fn len(&self) -> usize {
        match &self.revealing {
            Revealing::Genogram { reveal, .. } => reveal.len(),
            Revealing::Netwerkkaart(r) => r.len(),
        }
    }

    fn scene_at(&self, k: usize) -> Scene {
        match &self.revealing {
            Revealing::Genogram { reveal, .. } => reveal.scene_at(&self.scene, k),
            Revealing::Netwerkkaart(r) => r.scene_at(&self.scene, k),
        }
    }

    /// What step `k` adds, in the bar's words.
    fn step_words(
        &self,
        k: usize,
        t: &crate::i18n::Texts,
        lang: crate::i18n::Lang,
        map: Option<&Netwerkkaart>,
    ) -> String {
        match &self.revealing {
            Revealing::Genogram { reveal, .. } => match reveal.steps.get(k) {
                Some(StepKind::Relations) => t.present_relations.to_owned(),
                Some(StepKind::Households) => t.present_households.to_owned(),
                _ => t.present_generations.to_owned(),
            },
            Revealing::Netwerkkaart(r) => match r.steps.get(k) {
                Some(MapStep::Cell { ring, sector }) => {
                    let sector = map.and_then(|m| m.sector(*sector)).map(|s| s.label(lang)).unwrap_or_default();
                    let ring = ring.label(lang);
                    let mut ring = ring.to_owned();
                    if let Some(first) = ring.get(..1) {
                        ring = first.to_uppercase() + &ring[1..];
                    }
                    format!("{ring} · {sector}")
                }
                Some(MapStep::Ties) => t.present_ties.to_owned(),
                _ => t.present_centre.to_owned(),
            },
        }
    }
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
    let name_field = NodeRef::<html::Input>::new();

    let shown = Memo::new(move |_| {
        if !p.active.get() {
            return None;
        }
        let view = p.view.get();
        // No legend: on a projector the drawing needs all the room (the trainer explains
        // the symbols); with it the drawing shrinks to fit the legend's height too.
        let options = DrawOptions {
            anonymise: view.names,
            show_legend: false,
            lens: p.lens.get(),
            at_year: p.at_year.get(),
            ..DrawOptions::new(lang.get(), PartialDate::from_unix_ms(now_ms()))
        };
        session.editor.with(|e| {
            let e = e.as_ref()?;
            let d = draw(e, &options);
            let revealing = match d.placement {
                Placement::Genogram(layout) => {
                    let reveal = Reveal::new(e.genogram()?, &layout, view.order);
                    Revealing::Genogram { layout, reveal }
                }
                Placement::Netwerkkaart(layout) => Revealing::Netwerkkaart(MapReveal::new(e.netwerkkaart()?, &layout)),
            };
            Some(Shown { scene: d.scene, revealing })
        })
    });
    // The document went away (another tab, "Alles wissen"): the presentation ends.
    Effect::new(move |_| {
        if p.active.get() && shown.with(Option::is_none) {
            p.leave();
        }
    });
    Effect::new(move |_| {
        let n = shown.with(|s| s.as_ref().map_or(1, Shown::len));
        p.steps.set(n);
        if p.step.get() >= n {
            p.step.set(n - 1);
        }
    });
    // The step's scene, made readable on a projector.
    let at_step = Memo::new(move |_| {
        let k = p.step.get();
        shown.with(|s| {
            s.as_ref().map(|s| {
                let at = s.scene_at(k);
                let ppu = px_per_unit(&at);
                let big = for_projector(&at, ppu);
                match s.revealing {
                    // A map's labels have room in their cells (the genogram's were
                    // placed at the layout's size, hence its cap): grow them on to the
                    // projector size as far as they stay clear.
                    Revealing::Netwerkkaart(_) if ppu > 0.0 => grow_text_while_clear(&big, PROJECTOR_TEXT_PX / ppu),
                    _ => big,
                }
            })
        })
    });
    Effect::new(move |_| {
        let svg = at_step.with(|s| s.as_ref().map(to_svg).unwrap_or_default());
        if let Some(el) = stage.get() {
            el.set_inner_html(&svg);
        }
    });
    // Keys come from the presentation, not from a field or the canvas under it; while
    // a view is named, from its name field (and back when it closes).
    Effect::new(move |_| {
        let naming = p.naming.with(Option::is_some);
        if p.active.get() {
            if naming {
                if let Some(el) = name_field.get() {
                    let _ = el.focus();
                    el.select();
                }
            } else if let Some(el) = root.get() {
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
            shown.with_untracked(|sh| match &sh.as_ref()?.revealing {
                Revealing::Genogram { layout, .. } => ring_at(s, layout, at),
                Revealing::Netwerkkaart(_) => crate::netwerkkaart::scene::reveal::pointer_at(s, at)
                    .map(|(key, centre, radius)| Ring { key, centre, radius }),
            })
        });
        if let Some(ring) = ring {
            p.mark(ring);
        }
    };
    let counter = move || {
        let t = texts.get();
        let n = p.steps.get().max(1);
        let k = p.step.get().min(n - 1);
        let what = shown.with(|s| {
            s.as_ref().map(|s| {
                session.editor.with(|e| s.step_words(k, t, lang.get(), e.as_ref().and_then(|e| e.netwerkkaart())))
            })
        });
        let step = t.present_step.replace("{k}", &(k + 1).to_string()).replace("{n}", &n.to_string());
        format!("{step} · {}", what.unwrap_or_default())
    };
    // While stepping through the saved views: which one, by number and name.
    let view_label = move || {
        let i = p.showing_view.get()?;
        let t = texts.get();
        session.editor.with(|e| {
            let views = e.as_ref()?.content().views();
            let v = views.get(i)?;
            let k = t.present_view.replace("{k}", &(i + 1).to_string()).replace("{n}", &views.len().to_string());
            let changed = if p.view_changed.get() { t.present_view_changed } else { "" };
            Some(format!("{k} · {}{changed}", v.name))
        })
    };
    let is_map = move || shown.with(|s| s.as_ref().is_some_and(|s| matches!(s.revealing, Revealing::Netwerkkaart(_))));
    let names = move || {
        let t = texts.get();
        let v = p.view.get();
        let names = match v.names {
            Anonymise::Off => t.present_names,
            Anonymise::Initials => t.present_initials,
            Anonymise::Roles => t.present_roles,
        };
        if is_map() {
            return names.to_owned();
        }
        let order = match v.order {
            RevealOrder::OldestFirst => t.present_oldest_first,
            RevealOrder::FromClient => t.present_from_client,
        };
        format!("{names} · {order}")
    };
    let on_name_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            ev.stop_propagation();
            let name = name_field.get_untracked().map(|el| el.value()).unwrap_or_default();
            p.save_view(&name);
        }
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            p.naming.set(None);
        }
        _ => {}
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
                    <span class="present-mode" data-testid="present-mode">{move || {
                        let t = texts.get();
                        if p.showing_view.get().is_some() { t.present_views_mode } else { t.present_steps_mode }
                    }}</span>
                    <Show when=move || p.showing_view.get().is_some()>
                        <span class="present-view" data-testid="present-view">{view_label}</span>
                    </Show>
                    <span class="present-counter" data-testid="present-counter" aria-live="polite">{counter}</span>
                    <span class="present-names" data-testid="present-names">{names}</span>
                    <Show when=move || p.naming.with(Option::is_some)>
                        <label class="present-naming">
                            <span>{move || texts.get().present_view_name}</span>
                            <input type="text" data-testid="present-view-name" node_ref=name_field maxlength="60"
                                prop:value=move || p.naming.get().unwrap_or_default() on:keydown=on_name_key/>
                        </label>
                    </Show>
                    <Show when=move || p.note.with(Option::is_some)>
                        <span class="present-note" data-testid="present-note" role="status">
                            {move || p.note.get().unwrap_or_default()}
                        </span>
                    </Show>
                    <span class="present-hint">{move || {
                        let t = texts.get();
                        if is_map() { t.present_hint_map } else { t.present_hint }
                    }}</span>
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
