//! Dragging an actor across the netwerkkaart. While the pointer moves, only the
//! actor's own `<g>` is shifted with a `transform` attribute (no scene rebuild per
//! frame); on release the drop becomes one move command.

use crate::netwerkkaart::ActorId;
use leptos::prelude::*;
use web_sys::Element;

/// Screen pixels the pointer must travel before a press on an actor counts as a drag
/// (a smaller wobble is a click that only selects).
const DRAG_THRESHOLD: f64 = 4.0;

struct Active {
    actor: ActorId,
    element: Element,
    start: (f64, f64),
    moved: bool,
}

/// The drag in progress, if any. Cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct ActorDrag {
    active: StoredValue<Option<Active>, LocalStorage>,
    dragging: RwSignal<bool>,
}

impl ActorDrag {
    /// No drag yet.
    pub fn new() -> Self {
        ActorDrag { active: StoredValue::new_local(None), dragging: RwSignal::new(false) }
    }

    /// Whether an actor is being dragged (for the cursor).
    pub fn dragging(&self) -> bool {
        self.dragging.get()
    }

    /// A press on the `<g>` of `actor` at client position `at`.
    pub fn begin(&self, actor: ActorId, element: Element, at: (f64, f64)) {
        self.active.set_value(Some(Active { actor, element, start: at, moved: false }));
    }

    /// The pointer moved to client position `at` at this zoom: shift the symbol with
    /// it. Returns whether a drag is in progress (so the canvas does not pan).
    pub fn follow(&self, at: (f64, f64), zoom: f64) -> bool {
        let mut started = false;
        let active = self.active.try_update_value(|a| {
            let Some(a) = a else { return false };
            let (dx, dy) = (at.0 - a.start.0, at.1 - a.start.1);
            if !a.moved && dx.hypot(dy) >= DRAG_THRESHOLD {
                a.moved = true;
                started = true;
            }
            if a.moved {
                let shift = format!("translate({} {})", dx / zoom, dy / zoom);
                let _ = a.element.set_attribute("transform", &shift);
                // The selection ring travels with the symbol.
                if let Some(ring) = selection_ring() {
                    let _ = ring.set_attribute("transform", &shift);
                }
            }
            true
        });
        if started {
            self.dragging.set(true);
        }
        active.unwrap_or(false)
    }

    /// The pointer was released at client position `at`: the actor and how far it was
    /// moved in layout units, or `None` for a plain click (or no drag at all). The
    /// symbol's shift is removed either way; the redrawn map shows where it landed.
    pub fn finish(&self, at: (f64, f64), zoom: f64) -> Option<(ActorId, (f64, f64))> {
        let a = self.active.try_update_value(Option::take).flatten()?;
        if self.dragging.get_untracked() {
            self.dragging.set(false);
        }
        let _ = a.element.remove_attribute("transform");
        if let Some(ring) = selection_ring() {
            let _ = ring.remove_attribute("transform");
        }
        a.moved.then(|| (a.actor, ((at.0 - a.start.0) / zoom, (at.1 - a.start.1) / zoom)))
    }
}

/// The ring drawn around the selected actor (see [`super::NetwerkkaartRings`]).
fn selection_ring() -> Option<Element> {
    document().query_selector("[data-testid=actor-selection-ring]").ok().flatten()
}

impl Default for ActorDrag {
    fn default() -> Self {
        Self::new()
    }
}
