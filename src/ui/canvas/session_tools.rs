//! The [`Session`] methods behind the canvas tools: selecting several persons
//! (shift-click, rubber band), dragging them along their rows (pins, one undo step),
//! "Opnieuw indelen", and connecting two things with the relation or tie tool.

use crate::genogram::edit::{arrange, family};
use crate::genogram::model::PersonId;
use crate::i18n::Lang;
use crate::netwerkkaart::edit::actors;
use crate::netwerkkaart::NetwerkkaartItem;
use crate::ui::canvas::gesture::{Effect, End, Event, Gesture};
use crate::ui::session::{now_ms, Group, Session, StatusText};
use leptos::prelude::*;

/// A drawing that takes longer than this to lay out and build (ms) is not laid out on
/// every pointer move of a drag: with the canvas's update and the browser's paint it
/// would miss the next frame (16.7 ms). Its dragged persons slide instead, and the
/// family makes room when the pointer rests or is let go.
pub const SLIDE_ABOVE_MS: f64 = 8.0;

impl Session {
    /// The selected persons, the focused one first (tracked, for views).
    pub fn selected_persons(&self) -> Vec<PersonId> {
        let focus = self.selection.get();
        self.group.with(|g| members(focus, g))
    }

    /// [`Session::selected_persons`] without tracking, for handlers.
    pub fn selected_persons_untracked(&self) -> Vec<PersonId> {
        let focus = self.selection.get_untracked();
        self.group.with_untracked(|g| members(focus, g))
    }

    /// A click on a person: selects only them, or with `extend` (shift) adds them to
    /// the selection, or takes them out when they were in it.
    pub fn click_person(&self, id: PersonId, extend: bool) {
        self.line_selection.set(None);
        if !extend {
            self.selection.set(Some(id));
            self.group.set(Group::default());
            return;
        }
        let mut all = self.selected_persons_untracked();
        if let Some(i) = all.iter().position(|p| *p == id) {
            all.remove(i);
        } else {
            // The person clicked last is the one the panel shows.
            all.insert(0, id);
        }
        self.select_persons(&all);
    }

    /// Selects exactly these persons (rubber band); the first is the focused one.
    pub fn select_persons(&self, ids: &[PersonId]) {
        let focus = ids.first().copied();
        self.line_selection.set(None);
        self.selection.set(focus);
        self.group.set(Group { anchor: focus, others: ids.iter().skip(1).copied().collect() });
    }

    /// Starts dragging persons: their places until [`Session::end_drag`] are one step.
    pub fn begin_drag(&self) {
        self.dragged.set(Vec::new());
        self.sliding.set(Vec::new());
        self.editor.update(|e| {
            if let Some(e) = e {
                e.begin_gesture();
            }
        });
    }

    /// Moves the dragged persons to these horizontal places. Only the canvas follows
    /// (see [`Session::dragged`]); the document gets the last places when the drag
    /// ends. When laying the family out takes more than [`SLIDE_ABOVE_MS`], the
    /// persons only slide along (see [`Session::sliding`]) and the canvas calls
    /// [`Session::settle_drag`] once the pointer rests.
    pub fn drag_to(&self, places: &[(PersonId, f64)]) {
        // The rule is arrange::pin_persons's (no pins while folded); here only the word why.
        if self.folded() {
            let t = |l: Lang| l.texts().no_drag_folded;
            self.status.set(Some(StatusText::info(t(Lang::Nl), t(Lang::En))));
            return;
        }
        let target = if self.drawing_cost() > SLIDE_ABOVE_MS { self.sliding } else { self.dragged };
        if target.with_untracked(|d| d.as_slice() != places) {
            target.set(places.to_vec());
        }
    }

    /// Records how long a drawing took (ms).
    pub fn drew_in(&self, ms: f64) {
        self.drawing_ms.update_value(|last| *last = [last[1], ms]);
    }

    /// What a drawing of the open document costs (ms): the quicker of the last two, so a
    /// one-off slow one (the first after start-up, while the browser still compiles the
    /// code, or a pause to collect garbage) does not make a small family slide.
    pub fn drawing_cost(&self) -> f64 {
        self.drawing_ms.with_value(|[a, b]| a.min(*b))
    }

    /// The pointer rests: lays the family out around where the dragged persons slid.
    pub fn settle_drag(&self) {
        let places = self.sliding.try_update(std::mem::take).unwrap_or_default();
        if !places.is_empty() && self.dragged.with_untracked(|d| *d != places) {
            self.dragged.set(places);
        }
    }

    /// Whether the genogram is drawn folded ("Inklappen"), untracked.
    fn folded(&self) -> bool {
        self.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).is_some_and(|g| g.folding().is_some()))
    }

    /// Ends a drag: `keep` pins the dragged persons where they were let go, as one undo
    /// step; otherwise everything stays as it was before the drag.
    pub fn end_drag(&self, keep: bool) {
        let sliding = self.sliding.try_update(std::mem::take).unwrap_or_default();
        let laid_out = self.dragged.try_update(std::mem::take).unwrap_or_default();
        let places = if sliding.is_empty() { laid_out } else { sliding };
        if !self.editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.in_gesture())) {
            return;
        }
        let cmd = keep
            .then(|| {
                self.editor.with_untracked(|e| {
                    e.as_ref().and_then(|e| e.genogram()).and_then(|g| arrange::pin_persons(g, &places))
                })
            })
            .flatten();
        self.editor.update(|e| {
            if let Some(e) = e {
                if keep {
                    if let Some(cmd) = cmd {
                        // Pins are never refused: they only change a number of an existing person.
                        let _ = e.apply(cmd, now_ms());
                    }
                    e.commit_gesture();
                } else {
                    e.abort_gesture(now_ms());
                }
            }
        });
    }

    /// "Opnieuw indelen": frees every pinned person, as one undo step.
    pub fn relayout(&self) {
        let cmd = self.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram()).and_then(arrange::clear_pins));
        if let Some(cmd) = cmd {
            self.apply(cmd);
        }
    }

    /// Whether the relation (or tie) tool is on, untracked.
    pub fn connecting(&self) -> bool {
        self.gesture.with_untracked(Gesture::is_connecting)
    }

    /// Feeds an event to the canvas's gesture machine ([`crate::ui::canvas::gesture`]),
    /// carries out the effects on the document and the selection, and returns the
    /// effects that belong to the canvas (pan, actor shift, pointer capture, band).
    pub fn feed(&self, event: Event) -> Vec<Effect> {
        let (next, effects) = self.gesture.with_untracked(Gesture::clone).step(event);
        if self.gesture.with_untracked(|g| *g != next) {
            self.gesture.set(next);
        }
        let mut canvas = Vec::new();
        for effect in effects {
            match effect {
                Effect::SelectPerson(id) => self.click_person(id, false),
                Effect::TogglePerson(id) => self.click_person(id, true),
                Effect::SelectThing(item) => self.select_netwerkkaart(Some(item)),
                Effect::SelectLine(line) => self.select_line(line),
                Effect::ClearSelection => self.clear_selection(),
                Effect::BeginTransaction => self.begin_drag(),
                Effect::PlacePersons(places) => self.drag_to(&places),
                Effect::CommitTransaction => {
                    self.end_drag(true);
                    if !self.folded() {
                        let t = |l: Lang| l.texts().moved_pinned;
                        self.status.set(Some(StatusText::info(t(Lang::Nl), t(Lang::En))));
                    }
                }
                Effect::AbortTransaction => self.end_drag(false),
                Effect::DropActor(id, delta) => {
                    self.drop_actor(id, delta);
                }
                Effect::RelationWaiting(from, chosen) => self.say_connect_hint(from, chosen),
                Effect::SelectEnd(end) => self.select_end(end),
                Effect::Connect(from, to) => self.connect(from, to),
                Effect::RelationStopped => self.status.set(None),
                other @ (Effect::Capture
                | Effect::PanBy(_)
                | Effect::ShiftActor(_)
                | Effect::UnshiftActor
                | Effect::SelectRect(..)
                | Effect::Pinch { .. }
                | Effect::ArmLongPress
                | Effect::OpenMenu(..)) => canvas.push(other),
            }
        }
        canvas
    }

    /// Starts the relation tool (genogram) or tie tool (netwerkkaart), from the
    /// selection when there is one, and says what to do next.
    pub fn start_connect(&self) -> Vec<Effect> {
        let from = if self.is_netwerkkaart() {
            self.netwerkkaart_selection.get_untracked().map(End::Netwerkkaart)
        } else {
            self.selection.get_untracked().map(End::Person)
        };
        self.feed(Event::StartRelation { from })
    }

    /// Escape: stops a drag (putting back what was before) or the relation tool, else
    /// clears the selection. Returns the canvas's part (see [`Session::feed`]).
    pub fn escape(&self) -> Vec<Effect> {
        self.feed(Event::Escape)
    }

    /// Draws the relation (genogram, of the chosen kind) or tie (netwerkkaart) between
    /// two ends as one undo step, and selects the first end so its panel lists it.
    fn connect(&self, from: End, to: End) {
        match (from, to) {
            (End::Person(a), End::Person(b)) => {
                let kind = self.relation_kind.get_untracked();
                let planned = self.editor.with_untracked(|e| {
                    e.as_ref().and_then(|e| e.genogram()).map(|g| family::add_relation(g, a, b, kind))
                });
                match planned {
                    Some(Ok(cmd)) => {
                        if !self.apply(cmd) {
                            return;
                        }
                        self.click_person(a, false);
                    }
                    Some(Err(err)) => {
                        self.status.set(Some(StatusText::error(err.message(Lang::Nl), err.message(Lang::En))))
                    }
                    None => {}
                }
            }
            (End::Netwerkkaart(a), End::Netwerkkaart(b)) => {
                let actor = |i: NetwerkkaartItem| match i {
                    NetwerkkaartItem::Actor(id) => Some(Some(id)),
                    NetwerkkaartItem::Centre => Some(None),
                    _ => None,
                };
                let (Some(a), Some(b)) = (actor(a), actor(b)) else { return };
                // A tie always has an actor at its far end; the centre goes first.
                let (from, to) = match (a, b) {
                    (Some(x), Some(y)) => (Some(x), y),
                    (None, Some(y)) | (Some(y), None) => (None, y),
                    (None, None) => return,
                };
                if self.plan_netwerkkaart(|map| actors::add_tie(map, from, to)) {
                    self.select_netwerkkaart(Some(from.map_or(NetwerkkaartItem::Centre, NetwerkkaartItem::Actor)));
                } else {
                    let t = |l: Lang| l.texts().tie_exists;
                    self.status.set(Some(StatusText::error(t(Lang::Nl), t(Lang::En))));
                }
            }
            _ => {}
        }
    }

    fn select_end(&self, end: End) {
        match end {
            End::Person(p) => self.click_person(p, false),
            End::Netwerkkaart(item) => self.select_netwerkkaart(Some(item)),
        }
    }

    fn say_connect_hint(&self, from: Option<End>, chosen: bool) {
        let pick = |l: Lang| match (from, chosen) {
            (None, _) => l.texts().connect_pick_first,
            (Some(_), false) => l.texts().connect_pick_first_or_enter,
            (Some(_), true) => l.texts().connect_pick_second,
        };
        self.status.set(Some(StatusText::info(pick(Lang::Nl), pick(Lang::En))));
    }
}

fn members(focus: Option<PersonId>, group: &Group) -> Vec<PersonId> {
    let Some(focus) = focus else { return Vec::new() };
    let mut all = vec![focus];
    if group.anchor == Some(focus) {
        all.extend(group.others.iter().copied().filter(|p| *p != focus));
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{Gender, RelationKind};

    fn person_count(s: &Session) -> usize {
        s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().person_count())
    }

    #[test]
    fn shift_click_builds_a_group_that_deletes_together_in_one_step() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let ip = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_child(g, ip, Gender::Male));
            let son = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_child(g, ip, Gender::Female));
            let daughter = s.selection.get_untracked().unwrap();
            s.click_person(son, true);
            assert_eq!(s.selected_persons_untracked(), vec![son, daughter]);
            s.click_person(ip, true);
            assert_eq!(s.selected_persons_untracked(), vec![ip, son, daughter]);
            s.click_person(son, true);
            assert_eq!(s.selected_persons_untracked(), vec![ip, daughter], "shift-click again takes out");
            // Selecting someone else the ordinary way ends the group.
            s.selection.set(Some(son));
            assert_eq!(s.selected_persons_untracked(), vec![son]);
            s.select_persons(&[son, daughter]);
            s.delete_selection();
            assert_eq!(person_count(&s), 1);
            assert!(s.selected_persons_untracked().is_empty());
            s.undo();
            assert_eq!(person_count(&s), 3, "both back in one undo");
        });
    }

    #[test]
    fn relation_tool_connects_two_clicked_persons_and_escape_cancels() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let ip = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_partner(g, ip));
            let partner = s.selection.get_untracked().unwrap();
            s.relation_kind.set(RelationKind::Hostile);
            s.start_connect();
            assert_eq!(
                s.gesture.get_untracked().relation_from(),
                Some(End::Person(partner)),
                "starts from the selection"
            );
            s.escape();
            assert_eq!(s.gesture.get_untracked(), Gesture::Idle);
            assert_eq!(s.selection.get_untracked(), Some(partner), "first Escape only stops the tool");
            s.clear_selection();
            s.start_connect();
            assert!(s.status.get_untracked().is_some(), "the status line says what to click");
            s.feed(Event::Choose(End::Person(ip)));
            assert_eq!(s.selection.get_untracked(), Some(ip), "the first end is marked");
            s.feed(Event::Choose(End::Person(ip)));
            assert!(s.connecting(), "the same person again is ignored");
            s.feed(Event::Choose(End::Person(partner)));
            let rels: Vec<_> = s.editor.with_untracked(|e| {
                e.as_ref().unwrap().genogram().unwrap().relations().map(|(_, r)| (r.from, r.to, r.kind)).collect()
            });
            assert_eq!(rels, vec![(ip, partner, RelationKind::Hostile)]);
            assert_eq!(s.gesture.get_untracked(), Gesture::Idle, "back to selecting");
        });
    }

    #[test]
    fn relation_tool_draws_between_the_clicked_persons_not_the_selected_one() {
        use crate::ui::canvas::gesture::Target;
        let click = |s: &Session, id: PersonId| {
            let target = Target::Person { id, x: 0.0, selection: vec![] };
            s.feed(Event::Down { at: (0.0, 0.0), world: (0.0, 0.0), target, shift: false, touch: false });
        };
        let relations = |s: &Session| -> Vec<(PersonId, PersonId)> {
            s.editor.with_untracked(|e| {
                e.as_ref().unwrap().genogram().unwrap().relations().map(|(_, r)| (r.from, r.to)).collect()
            })
        };
        Owner::new().with(|| {
            let s = Session::new();
            s.new_genogram("Casus");
            let anna = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_partner(g, anna));
            let peter = s.selection.get_untracked().unwrap();
            s.act(|g| family::add_child(g, anna, Gender::Male));
            let noah = s.selection.get_untracked().unwrap();
            s.selection.set(Some(anna));
            s.start_connect();
            click(&s, peter);
            assert_eq!(s.gesture.get_untracked().relation_from(), Some(End::Person(peter)));
            assert!(s.gesture.get_untracked().relation_chosen(), "the clicked person is marked");
            click(&s, noah);
            assert_eq!(relations(&s), vec![(peter, noah)]);

            // Escape after the first click: nothing is drawn.
            s.selection.set(Some(anna));
            s.start_connect();
            click(&s, peter);
            s.escape();
            click(&s, noah);
            assert_eq!(relations(&s).len(), 1);
            assert_eq!(s.selection.get_untracked(), Some(noah), "the later click only selects");
        });
    }

    /// A new genogram: the client (selected) and a partner.
    fn couple() -> (Session, PersonId) {
        let s = Session::new();
        s.new_genogram("Casus");
        let ip = s.selection.get_untracked().unwrap();
        s.act(|g| family::add_partner(g, ip));
        (s, ip)
    }

    /// Where `p` is pinned in the document.
    fn pinned_x(s: &Session, p: PersonId) -> Option<i32> {
        s.editor.with_untracked(|e| e.as_ref().unwrap().genogram().unwrap().person(p).unwrap().pinned_x)
    }

    #[test]
    fn a_drag_is_one_undo_step_and_relayout_frees_everyone() {
        Owner::new().with(|| {
            let (s, ip) = couple();
            let revision = |s: &Session| s.editor.with_untracked(|e| e.as_ref().unwrap().revision());
            s.begin_drag();
            let before = revision(&s);
            s.drag_to(&[(ip, 10.0)]);
            s.drag_to(&[(ip, 55.0)]);
            // Mid-drag only the canvas's places change: panels and autosave, which read
            // the document, are not woken on every pointer move.
            assert_eq!(revision(&s), before, "the document is untouched while the pointer moves");
            assert_eq!(pinned_x(&s, ip), None);
            assert_eq!(s.dragged.get_untracked(), vec![(ip, 55.0)], "the canvas draws the drag from here");
            s.end_drag(true);
            assert_eq!(pinned_x(&s, ip), Some(55));
            assert!(s.dragged.get_untracked().is_empty(), "released: the document holds the places");
            s.begin_drag();
            s.drag_to(&[(ip, 300.0)]);
            s.end_drag(false);
            assert_eq!(pinned_x(&s, ip), Some(55), "an aborted drag leaves the pin");
            assert!(s.dragged.get_untracked().is_empty(), "and the canvas draws the document again");
            s.relayout();
            assert_eq!(pinned_x(&s, ip), None);
            s.undo();
            assert_eq!(pinned_x(&s, ip), Some(55));
            s.undo();
            assert_eq!(pinned_x(&s, ip), None, "the whole drag was one step");
            assert_eq!(person_count(&s), 2);
        });
    }

    #[test]
    fn a_slow_drawing_slides_the_dragged_person_and_lays_out_when_the_pointer_rests() {
        Owner::new().with(|| {
            let (s, ip) = couple();
            // A family that took longer to draw than a drag step may.
            s.drew_in(SLIDE_ABOVE_MS + 1.0);
            s.drew_in(SLIDE_ABOVE_MS + 3.0);
            assert_eq!(s.drawing_cost(), SLIDE_ABOVE_MS + 1.0);
            s.begin_drag();
            s.drag_to(&[(ip, 10.0)]);
            s.drag_to(&[(ip, 40.0)]);
            assert_eq!(s.sliding.get_untracked(), vec![(ip, 40.0)], "the symbol slides with the pointer");
            assert!(s.dragged.get_untracked().is_empty(), "the family is not laid out on every move");
            s.settle_drag();
            assert_eq!(s.dragged.get_untracked(), vec![(ip, 40.0)], "the pointer rests: the family makes room");
            assert!(s.sliding.get_untracked().is_empty());
            s.drag_to(&[(ip, 70.0)]);
            s.end_drag(true);
            assert_eq!(pinned_x(&s, ip), Some(70), "let go: pinned where the pointer was, not where it last rested");
            assert!(s.sliding.get_untracked().is_empty() && s.dragged.get_untracked().is_empty());
            s.begin_drag();
            s.drag_to(&[(ip, 200.0)]);
            s.end_drag(false);
            assert_eq!(pinned_x(&s, ip), Some(70), "Escape: nothing moved");
            assert!(s.sliding.get_untracked().is_empty(), "and nothing slides any more");
            // A quick drawing follows the pointer at once, also after one slow drawing.
            s.drew_in(1.0);
            s.drew_in(40.0);
            s.begin_drag();
            s.drag_to(&[(ip, 90.0)]);
            assert_eq!(s.dragged.get_untracked(), vec![(ip, 90.0)]);
            assert!(s.sliding.get_untracked().is_empty());
            s.end_drag(true);
            assert_eq!(pinned_x(&s, ip), Some(90));
        });
    }

    #[test]
    fn a_drag_in_a_folded_drawing_pins_nobody_and_says_why() {
        Owner::new().with(|| {
            let (s, ip) = couple();
            let fold = s.editor.with_untracked(|e| {
                crate::genogram::edit::folding::set_folding(e.as_ref().unwrap().genogram().unwrap(), true)
            });
            assert!(s.apply(fold.expect("folding turns on")));
            s.begin_drag();
            s.drag_to(&[(ip, 120.0)]);
            s.end_drag(true);
            assert_eq!(pinned_x(&s, ip), None, "a pin in folded coordinates would misplace the person");
            let said = s.status.get_untracked().map(|t| t.nl).unwrap_or_default();
            assert!(said.contains("ingeklapte"), "the user hears why nothing moved: {said:?}");
        });
    }

    #[test]
    fn tie_tool_ties_the_centre_to_an_actor_once() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_netwerkkaart("Netwerk");
            let a = s.add_actor_in(crate::netwerkkaart::SectorKind::Friends).unwrap();
            let b = s.add_actor_in(crate::netwerkkaart::SectorKind::Neighbours).unwrap();
            let ties =
                |s: &Session| s.editor.with_untracked(|e| e.as_ref().unwrap().netwerkkaart().unwrap().ties().count());
            let before = ties(&s);
            s.start_connect();
            assert_eq!(s.gesture.get_untracked().relation_from(), Some(End::Netwerkkaart(NetwerkkaartItem::Actor(b))));
            s.feed(Event::Choose(End::Netwerkkaart(NetwerkkaartItem::Actor(a))));
            assert_eq!(ties(&s), before + 1, "a tie between the two actors");
            assert_eq!(s.netwerkkaart_selection.get_untracked(), Some(NetwerkkaartItem::Actor(b)));
            s.start_connect();
            s.feed(Event::Choose(End::Netwerkkaart(NetwerkkaartItem::Actor(a))));
            assert_eq!(ties(&s), before + 1, "already tied: nothing added");
            assert!(s.status.get_untracked().unwrap().is_error);
        });
    }
}
