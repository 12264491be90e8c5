//! What the rest of the app may ask of the canvas: its drawing, its size, zooming and
//! fitting, and focus. The canvas registers one [`CanvasHandle`] with the dispatcher
//! ([`crate::ui::input::dispatch`]) so keys and buttons reach it through intents.

use crate::editor::drawing::{Drawing, Placement};
use crate::genogram::model::PersonId;
use crate::ui::canvas::gesture::{Effect, Event};
use crate::ui::canvas::viewport::{Rect, Viewport};
use crate::ui::session::Session;
use leptos::prelude::*;
use leptos::svg;

/// Margin in screen pixels left around the drawing by "passend maken".
const FIT_MARGIN: f64 = 24.0;
/// The smallest zoom at which a found person is shown: names readable.
pub const READABLE_ZOOM: f64 = 0.8;

/// The canvas's element, drawing and view. Cheap to copy.
#[derive(Clone, Copy)]
pub struct CanvasHandle {
    /// The `<svg>` element.
    pub svg: NodeRef<svg::Svg>,
    /// The drawn document (model → layout → scene).
    pub drawing: Memo<Option<Drawing>>,
    /// Pan and zoom.
    pub viewport: RwSignal<Viewport>,
    /// The `<g>` of the actor under the last press, shifted while it is dragged.
    pub dragged: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// The open document.
    pub session: Session,
    /// The person whose menu is open (a right click or a long press), and where.
    pub menu: RwSignal<Option<(PersonId, (f64, f64))>>,
    /// Counts presses that armed a long press, so a late timer of an earlier press
    /// does nothing.
    pub press: StoredValue<u32>,
    /// The canvas's size in screen pixels as the browser last laid it out (see
    /// [`CanvasHandle::watch_size`]); `None` before that.
    pub size: StoredValue<Option<(f64, f64)>>,
}

impl CanvasHandle {
    /// The canvas's size in screen pixels. Read from what the browser reported after
    /// its last layout: asking the element would make the browser lay out the page at
    /// once, and right after a large family's thousands of elements went in (opening
    /// it, fitting it) that cost as much again as drawing them.
    pub fn view_size(&self) -> (f64, f64) {
        self.size.get_value().unwrap_or_else(|| self.measure())
    }

    /// The canvas's size asked of the element itself.
    fn measure(&self) -> (f64, f64) {
        self.svg
            .get_untracked()
            .map(|el| (el.client_width() as f64, el.client_height() as f64))
            .unwrap_or((800.0, 600.0))
    }

    /// Keeps [`CanvasHandle::size`] up to date: a `ResizeObserver` reports the canvas's
    /// size after each layout that changed it (window, side panel, orientation).
    pub fn watch_size(&self) {
        use wasm_bindgen::{closure::Closure, JsCast};
        let me = *self;
        let observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);
        leptos::prelude::Effect::new(move |_| {
            let Some(el) = me.svg.get() else { return };
            if observer.with_value(Option::is_some) {
                return;
            }
            // Called after layout, so reading the size here costs nothing extra.
            let seen = Closure::<dyn FnMut()>::new(move || me.size.set_value(Some(me.measure())));
            if let Ok(o) = web_sys::ResizeObserver::new(seen.as_ref().unchecked_ref()) {
                o.observe(&el);
                observer.set_value(Some(o));
                // Lives as long as the page's one canvas.
                seen.forget();
            }
        });
        on_cleanup(move || {
            if let Some(o) = observer.try_update_value(Option::take).flatten() {
                o.disconnect();
            }
        });
    }

    /// Zooms by `factor` around the middle of the canvas.
    pub fn zoom_centre(&self, factor: f64) {
        let (w, h) = self.view_size();
        self.viewport.update(|v| *v = v.zoom_at(factor, w / 2.0, h / 2.0));
    }

    /// The part of the drawing in view, in drawing coordinates. The toolbar and the
    /// side panel lie beside the canvas, never over it, so that is the whole canvas.
    pub fn visible(&self) -> Rect {
        let (w, h) = self.view_size();
        self.viewport.get_untracked().visible(w, h, 0.0)
    }

    /// Shows the whole drawing in the canvas.
    pub fn fit(&self) {
        let (w, h) = self.view_size();
        let content = self
            .drawing
            .with_untracked(|d| d.as_ref().map(|d| bounds_rect(&d.scene.bounds)))
            .unwrap_or(Rect { x: 0.0, y: 0.0, width: 0.0, height: 0.0 });
        self.viewport.set(Viewport::fit(content, w, h, FIT_MARGIN));
    }

    /// Zooms in to at least [`READABLE_ZOOM`] and centres the view on a person (a search
    /// result: in a large family the whole drawing is too small to read).
    pub fn show_person(&self, id: PersonId) {
        let Some(p) = self.drawing.with_untracked(|d| d.as_ref().and_then(|d| d.person_centre(id.get()))) else {
            return;
        };
        let (w, h) = self.view_size();
        let mut v = self.viewport.get_untracked();
        if v.zoom < READABLE_ZOOM {
            v = v.zoom_at(READABLE_ZOOM / v.zoom, w / 2.0, h / 2.0);
        }
        let visible = v.visible(w, h, 0.0);
        self.viewport.set(v.centre_on(p, &visible));
    }

    /// Carries out the gesture machine's effects that belong to the canvas (those left
    /// over by [`Session::feed`]); `ev` is the pointer event, when there is one.
    pub fn perform(&self, effects: Vec<Effect>, ev: Option<&web_sys::PointerEvent>) {
        for effect in effects {
            match effect {
                Effect::Capture => {
                    if let (Some(el), Some(ev)) = (self.svg.get_untracked(), ev) {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                }
                Effect::PanBy((dx, dy)) => self.viewport.update(|v| *v = v.pan(dx, dy)),
                Effect::ShiftActor((dx, dy)) => self.shift_actor(Some(format!("translate({dx} {dy})"))),
                Effect::UnshiftActor => {
                    self.shift_actor(None);
                    self.dragged.set_value(None);
                }
                Effect::SelectRect(a, b) => self.select_rect(a, b),
                Effect::Pinch { centre, factor, pan } => {
                    let (left, top) = self.origin();
                    let (cx, cy) = (centre.0 - left, centre.1 - top);
                    self.viewport.update(|v| *v = v.zoom_at(factor, cx, cy).pan(pan.0, pan.1));
                }
                Effect::ArmLongPress => self.arm_long_press(),
                // The menu is about this one person: they alone are selected.
                Effect::OpenMenu(id, at) => {
                    self.session.click_person(id, false);
                    self.menu.set(Some((id, at)));
                }
                // The session's own effects never reach the canvas.
                _ => {}
            }
        }
    }

    /// The canvas's top-left corner in client pixels.
    fn origin(&self) -> (f64, f64) {
        self.svg
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or((0.0, 0.0))
    }

    /// Feeds [`Event::LongPress`] to the gesture machine after
    /// [`LONG_PRESS_MS`](crate::ui::canvas::gesture::LONG_PRESS_MS), unless another
    /// press armed its own since.
    fn arm_long_press(&self) {
        let serial = self.press.get_value().wrapping_add(1);
        self.press.set_value(serial);
        let me = *self;
        let delay = std::time::Duration::from_millis(crate::ui::canvas::gesture::LONG_PRESS_MS.into());
        set_timeout(
            move || {
                if me.press.get_value() == serial {
                    let effects = me.session.feed(Event::LongPress);
                    me.perform(effects, None);
                }
            },
            delay,
        );
    }

    /// Shifts the dragged actor's symbol and its selection ring (or removes the shift);
    /// the redrawn map shows where it landed.
    fn shift_actor(&self, transform: Option<String>) {
        let ring = document().get_element_by_id(crate::ui::netwerkkaart::ACTOR_RING_ID);
        for el in self.dragged.get_value().into_iter().chain(ring) {
            let _ = match &transform {
                Some(t) => el.set_attribute("transform", t),
                None => el.remove_attribute("transform"),
            };
        }
    }

    /// Adds the genogram persons inside the rectangle (drawing coordinates) to the
    /// selection, as Shift does for a click.
    fn select_rect(&self, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) {
        let (lo_x, hi_x, lo_y, hi_y) = (x0.min(x1), x0.max(x1), y0.min(y1), y0.max(y1));
        let inside: Vec<PersonId> = self.drawing.with_untracked(|d| match d.as_ref().map(|d| &d.placement) {
            Some(Placement::Genogram(l)) => l
                .persons
                .iter()
                .filter(|(_, p)| p.x >= lo_x && p.x <= hi_x && p.y >= lo_y && p.y <= hi_y)
                .map(|(id, _)| PersonId(*id))
                .collect(),
            _ => Vec::new(),
        });
        let mut all = self.session.selected_persons_untracked();
        all.extend(inside.into_iter().filter(|p| !all.contains(p)).collect::<Vec<_>>());
        self.session.select_persons(&all);
    }

    /// Moves the keyboard focus to the canvas.
    pub fn focus(&self) {
        if let Some(el) = self.svg.get_untracked() {
            let _ = el.focus();
        }
    }

    /// Whether `el` is the canvas or inside it.
    pub fn contains(&self, el: &web_sys::Element) -> bool {
        self.svg.get_untracked().is_some_and(|svg| {
            let svg: &web_sys::Node = svg.as_ref();
            svg.contains(Some(el.as_ref()))
        })
    }
}

/// A scene's bounds as a viewport rectangle.
pub fn bounds_rect(b: &crate::genogram::layout::Bounds) -> Rect {
    Rect { x: b.min_x, y: b.min_y, width: b.max_x - b.min_x, height: b.max_y - b.min_y }
}
