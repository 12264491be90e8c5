use super::*;
use crate::netwerkkaart::TieId;

const A: End = End::Person(PersonId(1));
const B: End = End::Person(PersonId(2));

fn down(target: Target) -> Event {
    Event::Down { at: (100.0, 100.0), world: (10.0, 10.0), target, shift: false }
}
fn shift_down(target: Target) -> Event {
    Event::Down { at: (100.0, 100.0), world: (10.0, 10.0), target, shift: true }
}
fn mv(x: f64, y: f64) -> Event {
    Event::Move { at: (x, y), world: (x / 10.0, y / 10.0), zoom: 2.0 }
}
fn up(x: f64, y: f64) -> Event {
    Event::Up { at: (x, y), zoom: 2.0 }
}
fn person(id: u32, selection: &[u32]) -> Target {
    Target::Person {
        id: PersonId(id),
        x: id as f64 * 100.0,
        selection: selection.iter().map(|&p| (PersonId(p), p as f64 * 100.0)).collect(),
    }
}
/// Runs events from `state`; returns the end state and every effect in order.
fn run(state: Gesture, events: Vec<Event>) -> (Gesture, Vec<Effect>) {
    events.into_iter().fold((state, Vec::new()), |(s, mut all), e| {
        let (s, effects) = s.step(e);
        all.extend(effects);
        (s, all)
    })
}

#[test]
fn background_drag_pans_and_a_click_deselects() {
    let bg = Target::Background { band: true };
    let (s, fx) = run(Gesture::Idle, vec![down(bg.clone())]);
    assert!(matches!(s, Gesture::Panning { moved: false, .. }));
    assert_eq!(fx, vec![Effect::Capture]);
    assert!(s.is_dragging());
    let (s, fx) = run(s, vec![mv(110.0, 95.0), mv(120.0, 90.0), up(120.0, 90.0)]);
    assert_eq!(s, Gesture::Idle);
    assert_eq!(fx, vec![Effect::PanBy((10.0, -5.0)), Effect::PanBy((10.0, -5.0))], "no deselect after a pan");
    let (s, fx) = run(Gesture::Idle, vec![down(bg), up(100.0, 100.0)]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::Capture, Effect::ClearSelection]));
}

#[test]
fn cancel_and_escape_put_a_pan_back() {
    for end in [Event::Cancel, Event::Escape] {
        let (s, fx) =
            run(Gesture::Idle, vec![down(Target::Background { band: false }), mv(130.0, 80.0), mv(140.0, 90.0), end]);
        assert_eq!(s, Gesture::Idle);
        assert_eq!(fx.last(), Some(&Effect::PanBy((-40.0, 10.0))), "the view goes back to where it was");
        let total: Pt = fx.iter().fold((0.0, 0.0), |t, e| match e {
            Effect::PanBy(d) => (t.0 + d.0, t.1 + d.1),
            _ => t,
        });
        assert_eq!(total, (0.0, 0.0));
    }
}

#[test]
fn shift_on_a_genogram_background_draws_a_rubber_band() {
    let (s, _) = run(Gesture::Idle, vec![shift_down(Target::Background { band: true }), mv(300.0, 200.0)]);
    assert_eq!(s.band(), Some(((10.0, 10.0), (30.0, 20.0))));
    let (end, fx) = s.clone().step(up(300.0, 200.0));
    assert_eq!((end, fx), (Gesture::Idle, vec![Effect::SelectRect((10.0, 10.0), (30.0, 20.0))]));
    for cancel in [Event::Cancel, Event::Escape] {
        assert_eq!(s.clone().step(cancel), (Gesture::Idle, vec![]), "a cancelled band selects nothing");
    }
    // On a netwerkkaart Shift does not start a band: the background pans.
    let (s, _) = run(Gesture::Idle, vec![shift_down(Target::Background { band: false })]);
    assert!(matches!(s, Gesture::Panning { .. }));
}

#[test]
fn a_press_on_a_person_selects_and_a_drag_moves_them_in_one_transaction() {
    let (s, fx) = run(Gesture::Idle, vec![down(person(2, &[1]))]);
    assert_eq!(fx, vec![Effect::SelectPerson(PersonId(2)), Effect::Capture]);
    // A wobble under the threshold is still a click.
    let (s, fx) = s.step(mv(102.0, 101.0));
    assert!(fx.is_empty());
    assert!(!s.is_dragging());
    let (s, fx) = run(s, vec![mv(120.0, 100.0), mv(140.0, 100.0)]);
    assert_eq!(
        fx,
        vec![
            Effect::BeginTransaction,
            Effect::PlacePersons(vec![(PersonId(2), 210.0)]),
            Effect::PlacePersons(vec![(PersonId(2), 220.0)]),
        ]
    );
    assert!(s.is_dragging());
    assert_eq!(s.step(up(140.0, 100.0)), (Gesture::Idle, vec![Effect::CommitTransaction]));
}

#[test]
fn a_selected_person_drags_the_whole_selection() {
    let (s, fx) = run(Gesture::Idle, vec![down(person(2, &[1, 2])), mv(120.0, 100.0)]);
    assert_eq!(
        fx,
        vec![
            Effect::Capture,
            Effect::BeginTransaction,
            Effect::PlacePersons(vec![(PersonId(1), 110.0), (PersonId(2), 210.0)]),
        ]
    );
    assert!(matches!(s, Gesture::DraggingPersons { moved: true, .. }));
}

#[test]
fn a_click_without_moving_makes_no_undo_step() {
    let (s, fx) = run(Gesture::Idle, vec![down(person(2, &[2])), up(100.0, 100.0)]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::Capture]));
}

#[test]
fn cancel_and_escape_abort_a_person_drag() {
    for end in [Event::Cancel, Event::Escape] {
        let (s, fx) = run(Gesture::Idle, vec![down(person(2, &[2])), mv(150.0, 100.0), end]);
        assert_eq!(s, Gesture::Idle);
        assert_eq!(fx.last(), Some(&Effect::AbortTransaction));
        // The pointer is still down: later moves and the release do nothing.
        let (s, fx) = run(s, vec![mv(200.0, 100.0), up(200.0, 100.0)]);
        assert_eq!((s, fx), (Gesture::Idle, vec![]));
    }
    // Before the threshold there is no transaction to abort.
    let (s, fx) = run(Gesture::Idle, vec![down(person(2, &[2])), Event::Escape]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::Capture]));
}

#[test]
fn shift_click_toggles_a_person() {
    let (s, fx) = run(Gesture::Idle, vec![shift_down(person(3, &[1]))]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::TogglePerson(PersonId(3))]));
}

#[test]
fn an_actor_drag_shifts_the_symbol_and_drops_on_release() {
    let actor = NetwerkkaartItem::Actor(ActorId(4));
    let (s, fx) = run(Gesture::Idle, vec![down(Target::Thing(actor)), mv(101.0, 101.0)]);
    assert_eq!(fx, vec![Effect::SelectThing(actor), Effect::Capture]);
    let (s, fx) = run(s, vec![mv(120.0, 110.0)]);
    assert_eq!(fx, vec![Effect::ShiftActor((10.0, 5.0))]);
    let (s, fx) = s.step(up(140.0, 100.0));
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::UnshiftActor, Effect::DropActor(ActorId(4), (20.0, 0.0))]));
    // A click: selected, no move.
    let (s, fx) = run(Gesture::Idle, vec![down(Target::Thing(actor)), up(100.0, 100.0)]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::SelectThing(actor), Effect::Capture, Effect::UnshiftActor]));
}

#[test]
fn cancel_and_escape_put_an_actor_back() {
    for end in [Event::Cancel, Event::Escape] {
        let actor = NetwerkkaartItem::Actor(ActorId(4));
        let (s, fx) = run(Gesture::Idle, vec![down(Target::Thing(actor)), mv(150.0, 150.0), end]);
        assert_eq!(s, Gesture::Idle);
        assert_eq!(fx.last(), Some(&Effect::UnshiftActor));
        assert!(!fx.iter().any(|e| matches!(e, Effect::DropActor(..))), "no move");
    }
}

#[test]
fn ties_and_the_centre_are_selected_not_dragged() {
    for item in [NetwerkkaartItem::Tie(TieId(1)), NetwerkkaartItem::Centre] {
        let (s, fx) = run(Gesture::Idle, vec![down(Target::Thing(item))]);
        assert_eq!((s, fx), (Gesture::Idle, vec![Effect::SelectThing(item)]));
    }
}

#[test]
fn relation_by_mouse_click_a_then_b() {
    let (s, fx) = Gesture::Idle.step(Event::StartRelation { from: None });
    assert_eq!(fx, vec![Effect::RelationWaiting(None, false)]);
    assert!(s.is_connecting());
    let (s, fx) = s.step(down(person(1, &[])));
    assert_eq!(fx, vec![Effect::SelectEnd(A), Effect::RelationWaiting(Some(A), true)]);
    assert_eq!(s.relation_from(), Some(A));
    let (s, fx) = s.step(down(person(1, &[1])));
    assert!(fx.is_empty(), "a relation with oneself is not drawn");
    assert_eq!(s.relation_from(), Some(A));
    let (s, fx) = s.step(down(person(2, &[1])));
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(A, B)]));
}

#[test]
fn relation_by_keyboard_starts_from_the_selection() {
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    assert_eq!(s.relation_from(), Some(A));
    let (s, fx) = s.step(Event::Choose(B));
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(A, B)]));
    assert_eq!(Gesture::Idle.step(Event::Choose(B)), (Gesture::Idle, vec![]), "no tool, no relation");
}

#[test]
fn escape_stops_the_relation_tool_and_keeps_the_selection() {
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    assert_eq!(s.step(Event::Escape), (Gesture::Idle, vec![Effect::RelationStopped]));
    assert_eq!(Gesture::Idle.step(Event::Escape), (Gesture::Idle, vec![Effect::ClearSelection]));
}

#[test]
fn panning_under_the_relation_tool_returns_to_it() {
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    let (s, _) = run(s, vec![down(Target::Background { band: true }), mv(150.0, 100.0)]);
    assert!(s.is_connecting(), "still drawing a relation while panning");
    let (s, _) = s.step(up(150.0, 100.0));
    assert_eq!(s, Gesture::DrawingRelation { from: Some(A), chosen: false });
    let (s, _) = s.step(down(person(2, &[1])));
    let (s, _) = run(s, vec![down(Target::Background { band: true }), mv(150.0, 100.0), Event::Cancel]);
    assert_eq!(s, Gesture::DrawingRelation { from: Some(B), chosen: true }, "the clicked end survives a pan");
}

#[test]
fn clicks_decide_the_ends_not_the_selection() {
    // Anna (A) is selected; the user starts the tool and clicks Peter (B), then Noah (C).
    const C: End = End::Person(PersonId(3));
    let (s, fx) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    assert_eq!(fx, vec![Effect::RelationWaiting(Some(A), false)], "the selection is only a provisional start");
    assert!(!s.relation_chosen());
    let (s, fx) = s.step(down(person(2, &[1])));
    assert_eq!(fx, vec![Effect::SelectEnd(B), Effect::RelationWaiting(Some(B), true)], "the first click is marked");
    assert_eq!((s.relation_from(), s.relation_chosen()), (Some(B), true));
    let (s, fx) = s.step(down(person(3, &[2])));
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(B, C)]));

    // Escape after the first click draws nothing.
    let (s, _) = run(Gesture::Idle, vec![Event::StartRelation { from: Some(A) }, down(person(2, &[1]))]);
    let (s, fx) = run(s, vec![Event::Escape, down(person(3, &[2]))]);
    assert!(!fx.iter().any(|e| matches!(e, Effect::Connect(..))), "{fx:?}");
    assert!(!s.is_connecting());

    // A click on the provisional start itself makes it the chosen first end.
    let (s, fx) = run(Gesture::Idle, vec![Event::StartRelation { from: Some(A) }, down(person(1, &[1]))]);
    assert_eq!(fx.last(), Some(&Effect::RelationWaiting(Some(A), true)));
    let (_, fx) = s.step(down(person(2, &[1])));
    assert_eq!(fx.last(), Some(&Effect::Connect(A, B)));
}

#[test]
fn enter_on_the_provisional_start_chooses_it() {
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    let (s, fx) = s.step(Event::Choose(A));
    assert_eq!(fx, vec![Effect::SelectEnd(A), Effect::RelationWaiting(Some(A), true)]);
    let (s, fx) = s.step(Event::Choose(A));
    assert!(fx.is_empty(), "then no relation with oneself");
    let (s, fx) = s.step(Event::Choose(B));
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(A, B)]));
}

#[test]
fn netwerkkaart_ties_start_at_the_centre_or_an_actor() {
    let centre = End::Netwerkkaart(NetwerkkaartItem::Centre);
    let actor = NetwerkkaartItem::Actor(ActorId(3));
    let tie = NetwerkkaartItem::Tie(TieId(1));
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(End::Netwerkkaart(tie)) });
    assert_eq!(s.relation_from(), None, "a selected tie is no end");
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(centre) });
    let (s, fx) = s.step(Event::Choose(End::Netwerkkaart(tie)));
    assert!(fx.is_empty(), "a tie is no end");
    let (s, fx) = s.step(down(Target::Thing(NetwerkkaartItem::Centre)));
    assert_eq!(fx.last(), Some(&Effect::RelationWaiting(Some(centre), true)), "the click marks the centre");
    let (s, fx) = s.step(down(Target::Thing(tie)));
    assert!(fx.is_empty(), "a click on a tie is swallowed");
    let (s, fx) = s.step(down(Target::Thing(actor)));
    assert_eq!(
        (s, fx),
        (Gesture::Idle, vec![Effect::RelationStopped, Effect::Connect(centre, End::Netwerkkaart(actor))])
    );
}

#[test]
fn no_drag_starts_while_another_is_under_way() {
    let (s, _) = run(Gesture::Idle, vec![down(person(2, &[2])), mv(150.0, 100.0)]);
    let (s2, fx) = s.clone().step(down(Target::Background { band: true }));
    assert_eq!((s2, fx), (s.clone(), vec![]), "a second finger changes nothing");
    let (s2, fx) = s.clone().step(Event::StartRelation { from: None });
    assert_eq!((s2, fx), (s, vec![]));
}

#[test]
fn a_press_on_a_line_selects_it_except_under_the_relation_tool() {
    use crate::genogram::edit::lines::Line;
    use crate::genogram::model::UnionId;
    let line = Line::Union(UnionId(1));
    let (s, fx) = run(Gesture::Idle, vec![down(Target::Line(line)), mv(150.0, 100.0), up(150.0, 100.0)]);
    assert_eq!((s, fx), (Gesture::Idle, vec![Effect::SelectLine(line)]), "selected, not dragged");
    let (s, _) = Gesture::Idle.step(Event::StartRelation { from: Some(A) });
    let (s2, fx) = s.clone().step(down(Target::Line(line)));
    assert_eq!((s2, fx), (s, vec![]), "a line is no end of a relation");
}
