//! Dragging genogram persons along their rows. Unlike an actor drag (which shifts one
//! symbol and decides on release), every move is applied at once inside one gesture,
//! so the lines and the rest of the family follow the pointer; the release makes it
//! one undo step, and a lost pointer or Escape rolls it back.

use crate::genogram::model::PersonId;
use crate::ui::session::Session;
use leptos::prelude::*;

/// Screen pixels the pointer must travel before a press counts as a drag (a smaller
/// wobble is a click that only selects).
const DRAG_THRESHOLD: f64 = 4.0;

struct Active {
    /// The persons moved and where each started (layout x).
    from: Vec<(PersonId, f64)>,
    /// Client position of the press.
    start: (f64, f64),
    moved: bool,
}

/// The person drag in progress, if any. Cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct PersonDrag {
    active: StoredValue<Option<Active>, LocalStorage>,
    dragging: RwSignal<bool>,
}

impl PersonDrag {
    /// No drag yet.
    pub fn new() -> Self {
        PersonDrag { active: StoredValue::new_local(None), dragging: RwSignal::new(false) }
    }

    /// Whether persons are being dragged (for the cursor).
    pub fn dragging(&self) -> bool {
        self.dragging.get()
    }

    /// A press on a selected person at client position `at`; `from` holds every
    /// selected person with their current x.
    pub fn begin(&self, from: Vec<(PersonId, f64)>, at: (f64, f64)) {
        self.active.set_value(Some(Active { from, start: at, moved: false }));
    }

    /// The pointer moved to `at` at this zoom: move the persons with it. Returns
    /// whether a press on persons is under way (so the canvas does not pan).
    pub fn follow(&self, session: Session, at: (f64, f64), zoom: f64) -> bool {
        let mut places = None;
        let mut started = false;
        let active = self.active.try_update_value(|a| {
            let Some(a) = a else { return false };
            let dx = at.0 - a.start.0;
            if !a.moved && dx.hypot(at.1 - a.start.1) >= DRAG_THRESHOLD {
                a.moved = true;
                started = true;
            }
            if a.moved {
                places = Some(a.from.iter().map(|&(id, x)| (id, x + dx / zoom)).collect::<Vec<_>>());
            }
            true
        });
        if started {
            session.begin_drag();
            self.dragging.set(true);
        }
        if let Some(places) = places {
            // Escape during the drag already rolled it back: stop following.
            if session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.in_gesture())) {
                session.drag_to(&places);
            }
        }
        active.unwrap_or(false)
    }

    /// The pointer was released (`keep`) or lost: ends the drag. Returns whether the
    /// persons were really moved (not a plain click).
    pub fn finish(&self, session: Session, keep: bool) -> bool {
        let Some(a) = self.active.try_update_value(Option::take).flatten() else { return false };
        if self.dragging.get_untracked() {
            self.dragging.set(false);
        }
        let in_gesture = session.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.in_gesture()));
        if a.moved && in_gesture {
            session.end_drag(keep);
            return keep;
        }
        false
    }
}

impl Default for PersonDrag {
    fn default() -> Self {
        Self::new()
    }
}
