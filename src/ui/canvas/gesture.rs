//! The canvas's pointer gestures and its relation tool as one explicit state machine,
//! in the style of Graphite's tool state machines: a [`Gesture`] state, [`Event`]s in
//! (pointer down, move, up, cancel, Escape, and the relation tool's start and Enter),
//! and [`Effect`]s out that the session and the canvas carry out. Which press starts
//! what, when a wobble becomes a drag, and what a cancel puts back is all decided here,
//! without a browser, and tested natively.
//!
//! Cancel (the browser took the pointer away) and Escape put back what was before: a
//! person drag's transaction is aborted, an actor's shift is removed, a pan goes back
//! to where it started, a rubber band selects nothing.
//!
//! Touch adds three things, decided here as well: a second finger turns a pan (or a
//! press that has not moved yet) into a pinch that zooms around the fingers' midpoint
//! and pans with it; a finger held still on a person for [`LONG_PRESS_MS`] opens the
//! person's menu (what a right click opens); and a finger must travel
//! [`TOUCH_DRAG_THRESHOLD`] before a press becomes a drag, so a tap that wobbles does
//! not pin anyone.
//!
//! The relation tool (a tie tool on a netwerkkaart) is decided by the user's clicks:
//! the first click marks one end, the second click draws the relation to the other.
//! The selection only gives a *provisional* first end for the keyboard: move to the
//! other person with the arrows and press Enter to draw from it. A click always
//! replaces that provisional end, so with Anna selected, clicking Peter and then Noah
//! draws Peter–Noah, never Anna–Peter.

use crate::genogram::edit::lines::Line;
use crate::genogram::model::PersonId;
use crate::netwerkkaart::{ActorId, NetwerkkaartItem};

/// Screen pixels the pointer must travel before a press counts as a drag (a smaller
/// wobble is a click that only selects).
pub const DRAG_THRESHOLD: f64 = 4.0;

/// The same for a finger: a fingertip wobbles more than a mouse.
pub const TOUCH_DRAG_THRESHOLD: f64 = 10.0;

/// How long a finger must rest on a person to open the person's menu.
pub const LONG_PRESS_MS: u32 = 500;

/// The drag threshold for a press by finger or by mouse (or pen).
fn threshold(touch: bool) -> f64 {
    if touch {
        TOUCH_DRAG_THRESHOLD
    } else {
        DRAG_THRESHOLD
    }
}

/// A point: client pixels or drawing coordinates, as each field says.
pub type Pt = (f64, f64);

/// Something a relation (or tie) can start or end at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// A genogram person.
    Person(PersonId),
    /// The centre or an actor of a netwerkkaart.
    Netwerkkaart(NetwerkkaartItem),
}

impl End {
    /// Ties and sectors are not ends of a connection; persons, actors and the centre are.
    pub fn can_connect(&self) -> bool {
        !matches!(self, End::Netwerkkaart(NetwerkkaartItem::Tie(_) | NetwerkkaartItem::Sector(_)))
    }
}

/// What the canvas is doing with the pointer (and whether the relation tool is on).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Gesture {
    /// Nothing under way: a press selects, or starts a drag or a pan.
    #[default]
    Idle,
    /// The relation tool is on: waiting for its first end, or for its second.
    DrawingRelation {
        /// The first end: chosen, or taken from the selection (provisional).
        from: Option<End>,
        /// Whether the user chose `from` (a click, or Enter); `false` while it is only
        /// the selection the tool started with, which the next click replaces.
        chosen: bool,
    },
    /// Dragging the background moves the view.
    Panning {
        /// Client position of the last pointer event.
        last: Pt,
        /// How far the view was moved so far (client pixels), to put it back on cancel.
        total: Pt,
        /// Whether the pointer moved at all (a click without moving deselects).
        moved: bool,
        /// The state to return to on release (idle, or the relation tool).
        back: Box<Gesture>,
    },
    /// Shift-dragging over a genogram's background: a rubber band, in drawing coordinates.
    RubberBand {
        /// Where the band started.
        start: Pt,
        /// Where the pointer is now.
        now: Pt,
        /// The state to return to on release.
        back: Box<Gesture>,
    },
    /// Genogram persons being dragged along their rows, every move applied at once
    /// inside one transaction.
    DraggingPersons {
        /// The persons moved and where each started (layout x).
        from: Vec<(PersonId, f64)>,
        /// The person pressed (a long press opens their menu).
        pressed: PersonId,
        /// Client position of the press.
        start: Pt,
        /// Whether the pointer passed the threshold (the transaction is open).
        moved: bool,
        /// Pressed by a finger (a larger threshold, and a long press).
        touch: bool,
    },
    /// A netwerkkaart actor being dragged: only its symbol is shifted until the drop.
    DraggingActor {
        /// The actor.
        actor: ActorId,
        /// Client position of the press.
        start: Pt,
        /// Whether the pointer passed the threshold.
        moved: bool,
        /// Pressed by a finger.
        touch: bool,
    },
    /// Two fingers on the canvas: their distance zooms, their midpoint pans.
    Pinching {
        /// Client position of the first finger (the primary pointer).
        first: Pt,
        /// The second finger's pointer id and client position.
        second: (i32, Pt),
        /// The state to return to when a finger lifts (idle, or the relation tool).
        back: Box<Gesture>,
    },
}

/// What a press landed on.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// The background: pan, or with Shift a rubber band on a genogram.
    Background {
        /// A rubber band may start here (a genogram, not a netwerkkaart).
        band: bool,
    },
    /// A genogram person.
    Person {
        /// Who.
        id: PersonId,
        /// Their layout x.
        x: f64,
        /// The current selection with each person's layout x.
        selection: Vec<(PersonId, f64)>,
    },
    /// A netwerkkaart actor, tie or the centre.
    Thing(NetwerkkaartItem),
    /// A genogram line: a union, a child line or a relation (its wide hit area).
    Line(Line),
}

/// Something that happens to the canvas.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The main button went down.
    Down {
        /// Client position.
        at: Pt,
        /// Drawing position.
        world: Pt,
        /// What is under the pointer.
        target: Target,
        /// Shift was held.
        shift: bool,
        /// A finger, not a mouse or pen.
        touch: bool,
    },
    /// The pointer moved.
    Move {
        /// Client position.
        at: Pt,
        /// Drawing position.
        world: Pt,
        /// The view's zoom (client pixels per layout unit).
        zoom: f64,
    },
    /// The button was released.
    Up {
        /// Client position.
        at: Pt,
        /// The view's zoom.
        zoom: f64,
    },
    /// The browser took the pointer away (a touch scroll, a lost window).
    Cancel,
    /// The Escape key.
    Escape,
    /// The relation tool was asked for (R, the toolbar button), from the selection.
    StartRelation {
        /// The selection, if any.
        from: Option<End>,
    },
    /// Enter while the relation tool is on, with this selected.
    Choose(End),
    /// Another finger touched the canvas while the first is down (a non-primary
    /// pointer).
    FingerDown {
        /// Its pointer id.
        id: i32,
        /// Client position.
        at: Pt,
    },
    /// That other finger moved.
    FingerMove {
        /// Its pointer id.
        id: i32,
        /// Client position.
        at: Pt,
    },
    /// That other finger lifted (or the browser took it away).
    FingerUp {
        /// Its pointer id.
        id: i32,
    },
    /// [`LONG_PRESS_MS`] passed since the press that asked for it with
    /// [`Effect::ArmLongPress`].
    LongPress,
}

/// What a transition asks the session or the canvas to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Keep the pointer's events on the canvas until release.
    Capture,
    /// Select only this person.
    SelectPerson(PersonId),
    /// Add this person to the selection, or take them out.
    TogglePerson(PersonId),
    /// Select a netwerkkaart thing.
    SelectThing(NetwerkkaartItem),
    /// Select a genogram line (its panel opens).
    SelectLine(Line),
    /// Add the genogram persons inside this rectangle (drawing coordinates) to the
    /// selection.
    SelectRect(Pt, Pt),
    /// Clear the selection.
    ClearSelection,
    /// Open the transaction a person drag's moves go into.
    BeginTransaction,
    /// Pin these persons at these layout x (within the transaction).
    PlacePersons(Vec<(PersonId, f64)>),
    /// Close the transaction: one undo step (the persons are now pinned).
    CommitTransaction,
    /// Roll the transaction back: the persons are where they were.
    AbortTransaction,
    /// Shift the dragged actor's symbol (layout units), not the model.
    ShiftActor(Pt),
    /// Remove the dragged actor's shift.
    UnshiftActor,
    /// Move the actor by this much (layout units): one command.
    DropActor(ActorId, Pt),
    /// Move the view by this much (client pixels).
    PanBy(Pt),
    /// The relation tool is on and waits: for the first end (`None`), or for the second
    /// after `from` (chosen by the user when the flag is set, else the provisional
    /// start from the selection).
    RelationWaiting(Option<End>, bool),
    /// Select the end just chosen.
    SelectEnd(End),
    /// Draw the relation or tie between the two ends.
    Connect(End, End),
    /// The relation tool stopped (its hint goes).
    RelationStopped,
    /// Send [`Event::LongPress`] after [`LONG_PRESS_MS`] (ignored if the press ended
    /// or moved by then).
    ArmLongPress,
    /// Open the person's menu (a right click or a long press) at this client position.
    OpenMenu(PersonId, Pt),
    /// Zoom by `factor` around the client point `centre`, then move the view by `pan`
    /// (client pixels): one step of a pinch.
    Pinch {
        /// The fingers' midpoint before this step.
        centre: Pt,
        /// New distance between the fingers over the old.
        factor: f64,
        /// How far the midpoint moved.
        pan: Pt,
    },
}

impl Gesture {
    /// Whether the relation tool is on (also while panning under it).
    pub fn is_connecting(&self) -> bool {
        match self {
            Gesture::DrawingRelation { .. } => true,
            Gesture::Panning { back, .. } | Gesture::RubberBand { back, .. } | Gesture::Pinching { back, .. } => {
                back.is_connecting()
            }
            _ => false,
        }
    }

    /// Whether a drag or pan is under way (the canvas shows a grabbing cursor).
    pub fn is_dragging(&self) -> bool {
        match self {
            Gesture::Panning { .. } | Gesture::Pinching { .. } => true,
            Gesture::DraggingPersons { moved, .. } | Gesture::DraggingActor { moved, .. } => *moved,
            _ => false,
        }
    }

    /// The rubber band's corners, while there is one.
    pub fn band(&self) -> Option<(Pt, Pt)> {
        match self {
            Gesture::RubberBand { start, now, .. } => Some((*start, *now)),
            _ => None,
        }
    }

    /// The relation tool's first end, once chosen.
    pub fn relation_from(&self) -> Option<End> {
        match self {
            Gesture::DrawingRelation { from, .. } => *from,
            Gesture::Panning { back, .. } | Gesture::RubberBand { back, .. } | Gesture::Pinching { back, .. } => {
                back.relation_from()
            }
            _ => None,
        }
    }

    /// Whether the relation tool's first end was chosen by the user (a click or
    /// Enter), rather than taken from the selection.
    pub fn relation_chosen(&self) -> bool {
        match self {
            Gesture::DrawingRelation { chosen, .. } => *chosen,
            Gesture::Panning { back, .. } | Gesture::RubberBand { back, .. } | Gesture::Pinching { back, .. } => {
                back.relation_chosen()
            }
            _ => false,
        }
    }

    /// The next state and what to do for `event`.
    pub fn step(self, event: Event) -> (Gesture, Vec<Effect>) {
        use Effect as E;
        use Gesture as G;
        match (self, event) {
            // The relation tool.
            (G::Idle | G::DrawingRelation { .. }, Event::StartRelation { from }) => {
                let from = from.filter(End::can_connect);
                (G::DrawingRelation { from, chosen: false }, vec![E::RelationWaiting(from, false)])
            }
            (G::DrawingRelation { from, chosen }, Event::Choose(target)) => choose(from, chosen, target),
            (G::DrawingRelation { .. }, Event::Escape) => (G::Idle, vec![E::RelationStopped]),
            (G::DrawingRelation { from, chosen }, Event::Down { target: Target::Person { id, .. }, .. }) => {
                click(from, chosen, End::Person(id))
            }
            (G::DrawingRelation { from, chosen }, Event::Down { target: Target::Thing(item), .. }) => {
                click(from, chosen, End::Netwerkkaart(item))
            }

            // Presses.
            (
                back @ (G::Idle | G::DrawingRelation { .. }),
                Event::Down { at, world, target: Target::Background { band }, shift, .. },
            ) => {
                let back = Box::new(back);
                if shift && band {
                    (G::RubberBand { start: world, now: world, back }, vec![E::Capture])
                } else {
                    (G::Panning { last: at, total: (0.0, 0.0), moved: false, back }, vec![E::Capture])
                }
            }
            // A line is selected, not dragged; under the relation tool it is no end and
            // the press is swallowed (the catch-all below).
            (G::Idle, Event::Down { target: Target::Line(line), .. }) => (G::Idle, vec![E::SelectLine(line)]),
            (G::Idle, Event::Down { target: Target::Thing(item), at, touch, .. }) => match item {
                NetwerkkaartItem::Actor(actor) => {
                    (G::DraggingActor { actor, start: at, moved: false, touch }, vec![E::SelectThing(item), E::Capture])
                }
                _ => (G::Idle, vec![E::SelectThing(item)]),
            },
            (G::Idle, Event::Down { target: Target::Person { id, x, selection }, at, shift, touch, .. }) => {
                if shift {
                    return (G::Idle, vec![E::TogglePerson(id)]);
                }
                // A press on a selected person drags the whole selection; on another
                // person it selects only them, and drags them. A finger may instead
                // rest there to open the person's menu.
                let mut effects = vec![];
                let from = if selection.iter().any(|(p, _)| *p == id) {
                    selection
                } else {
                    effects.push(E::SelectPerson(id));
                    vec![(id, x)]
                };
                effects.push(E::Capture);
                if touch {
                    effects.push(E::ArmLongPress);
                }
                (G::DraggingPersons { from, pressed: id, start: at, moved: false, touch }, effects)
            }

            // A long press on a person that has not moved: their menu, and no drag.
            (G::DraggingPersons { pressed, start, moved: false, .. }, Event::LongPress) => {
                (G::Idle, vec![E::OpenMenu(pressed, start)])
            }

            // A second finger: a pan, or a press that has not become a drag, turns into
            // a pinch. (A drag under way keeps going; the second finger is ignored.)
            (G::Panning { last, back, .. }, Event::FingerDown { id, at }) => {
                (G::Pinching { first: last, second: (id, at), back }, vec![E::Capture])
            }
            (G::DraggingPersons { start, moved: false, .. }, Event::FingerDown { id, at }) => {
                (G::Pinching { first: start, second: (id, at), back: Box::new(G::Idle) }, vec![E::Capture])
            }
            (G::DraggingActor { start, moved: false, .. }, Event::FingerDown { id, at }) => (
                G::Pinching { first: start, second: (id, at), back: Box::new(G::Idle) },
                vec![E::UnshiftActor, E::Capture],
            ),
            (G::Pinching { first, second, back }, Event::Move { at, .. }) => pinch(first, second, at, second.1, back),
            (G::Pinching { first, second, back }, Event::FingerMove { id, at }) if id == second.0 => {
                pinch(first, second, first, at, back)
            }
            // Either finger lifting ends the pinch; the view stays where it is.
            (G::Pinching { back, .. }, Event::Up { .. } | Event::Cancel | Event::Escape) => (*back, vec![]),
            (G::Pinching { second, back, .. }, Event::FingerUp { id }) if id == second.0 => (*back, vec![]),

            // Moves.
            (G::Panning { last, total, moved, back }, Event::Move { at, .. }) => {
                let d = (at.0 - last.0, at.1 - last.1);
                let total = (total.0 + d.0, total.1 + d.1);
                (
                    G::Panning { last: at, total, moved: true, back },
                    if moved || d != (0.0, 0.0) { vec![E::PanBy(d)] } else { vec![] },
                )
            }
            (G::RubberBand { start, back, .. }, Event::Move { world, .. }) => {
                (G::RubberBand { start, now: world, back }, vec![])
            }
            (G::DraggingPersons { from, pressed, start, moved, touch }, Event::Move { at, zoom, .. }) => {
                let (dx, dy) = (at.0 - start.0, at.1 - start.1);
                let mut effects = Vec::new();
                let now_moved = moved || dx.hypot(dy) >= threshold(touch);
                if now_moved && !moved {
                    effects.push(E::BeginTransaction);
                }
                if now_moved {
                    effects.push(E::PlacePersons(from.iter().map(|&(id, x)| (id, x + dx / zoom)).collect()));
                }
                (G::DraggingPersons { from, pressed, start, moved: now_moved, touch }, effects)
            }
            (G::DraggingActor { actor, start, moved, touch }, Event::Move { at, zoom, .. }) => {
                let (dx, dy) = (at.0 - start.0, at.1 - start.1);
                let moved = moved || dx.hypot(dy) >= threshold(touch);
                let effects = if moved { vec![E::ShiftActor((dx / zoom, dy / zoom))] } else { vec![] };
                (G::DraggingActor { actor, start, moved, touch }, effects)
            }

            // Releases.
            (G::Panning { moved, back, .. }, Event::Up { .. }) => {
                (*back, if moved { vec![] } else { vec![E::ClearSelection] })
            }
            (G::RubberBand { start, now, back }, Event::Up { .. }) => (*back, vec![E::SelectRect(start, now)]),
            (G::DraggingPersons { moved, .. }, Event::Up { .. }) => {
                (G::Idle, if moved { vec![E::CommitTransaction] } else { vec![] })
            }
            (G::DraggingActor { actor, start, moved, .. }, Event::Up { at, zoom }) => {
                let mut effects = vec![E::UnshiftActor];
                if moved {
                    effects.push(E::DropActor(actor, ((at.0 - start.0) / zoom, (at.1 - start.1) / zoom)));
                }
                (G::Idle, effects)
            }

            // Cancel and Escape put back what was before.
            (G::Panning { total, back, .. }, Event::Cancel | Event::Escape) => {
                let effects = if total == (0.0, 0.0) { vec![] } else { vec![E::PanBy((-total.0, -total.1))] };
                (*back, effects)
            }
            (G::RubberBand { back, .. }, Event::Cancel | Event::Escape) => (*back, vec![]),
            (G::DraggingPersons { moved, .. }, Event::Cancel | Event::Escape) => {
                (G::Idle, if moved { vec![E::AbortTransaction] } else { vec![] })
            }
            (G::DraggingActor { .. }, Event::Cancel | Event::Escape) => (G::Idle, vec![E::UnshiftActor]),
            (G::Idle, Event::Escape) => (G::Idle, vec![E::ClearSelection]),

            // Anything else changes nothing (a second finger, a move with no press).
            (state, _) => (state, vec![]),
        }
    }
}

/// One step of a pinch: the fingers were at `first` and `second`, now at `a` and `b`.
fn pinch(first: Pt, second: (i32, Pt), a: Pt, b: Pt, back: Box<Gesture>) -> (Gesture, Vec<Effect>) {
    let mid = |p: Pt, q: Pt| ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
    let dist = |p: Pt, q: Pt| (p.0 - q.0).hypot(p.1 - q.1);
    let (before, after) = (mid(first, second.1), mid(a, b));
    // Fingers closer than a pixel give no usable ratio: pan only.
    let old = dist(first, second.1);
    let factor = if old < 1.0 { 1.0 } else { dist(a, b).max(1.0) / old };
    let pan = (after.0 - before.0, after.1 - before.1);
    let effects =
        if factor == 1.0 && pan == (0.0, 0.0) { vec![] } else { vec![Effect::Pinch { centre: before, factor, pan }] };
    (Gesture::Pinching { first: a, second: (second.0, b), back }, effects)
}

/// A click on `target` while the relation tool waits: the first click marks the first
/// end (replacing a provisional one from the selection), the second draws.
fn click(from: Option<End>, chosen: bool, target: End) -> (Gesture, Vec<Effect>) {
    if chosen {
        choose(from, true, target)
    } else {
        choose(None, false, target)
    }
}

/// Enter with `target` selected (or a click, see [`click`]) while the relation tool
/// waits: from a first end, chosen or provisional, it draws; without one, `target`
/// becomes the chosen first end.
fn choose(from: Option<End>, chosen: bool, target: End) -> (Gesture, Vec<Effect>) {
    let wait = |from: End| {
        (
            Gesture::DrawingRelation { from: Some(from), chosen: true },
            vec![Effect::SelectEnd(from), Effect::RelationWaiting(Some(from), true)],
        )
    };
    match from {
        // A tie or sector is no end: keep waiting.
        _ if !target.can_connect() => (Gesture::DrawingRelation { from, chosen }, vec![]),
        // A relation with oneself is not drawn; Enter on the provisional start makes
        // it the chosen one.
        Some(from) if from == target && chosen => (Gesture::DrawingRelation { from: Some(from), chosen }, vec![]),
        Some(from) if from == target => wait(from),
        None => wait(target),
        Some(from) => (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(from, target)]),
    }
}

#[cfg(test)]
mod tests;
