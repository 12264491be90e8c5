use super::*;
use crate::netwerkkaart::TieId;

const A: End = End::Person(PersonId(1));
const B: End = End::Person(PersonId(2));

fn down(target: Target) -> Event {
    Event::Down { at: (100.0, 100.0), world: (10.0, 10.0), target, shift: false, touch: false }
}
fn shift_down(target: Target) -> Event {
    Event::Down { at: (100.0, 100.0), world: (10.0, 10.0), target, shift: true, touch: false }
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

fn finger(target: Target) -> Event {
    Event::Down { at: (100.0, 100.0), world: (10.0, 10.0), target, shift: false, touch: true }
}

#[test]
fn a_finger_on_a_person_selects_arms_a_long_press_and_tolerates_a_wobble() {
    let (s, fx) = run(Gesture::Idle, vec![finger(person(2, &[1]))]);
    assert_eq!(fx, vec![Effect::SelectPerson(PersonId(2)), Effect::Capture, Effect::ArmLongPress]);
    // A wobble under the touch threshold (but over the mouse's) is still a tap.
    let (s, fx) = run(s, vec![mv(107.0, 104.0), up(107.0, 104.0)]);
    assert_eq!((s, fx), (Gesture::Idle, vec![]), "a tap pins nobody");
    // The mouse's threshold is smaller: the same wobble drags.
    let (_, fx) = run(Gesture::Idle, vec![down(person(2, &[])), mv(107.0, 104.0)]);
    assert!(fx.contains(&Effect::BeginTransaction));
    // A real finger drag pins, in one transaction, as with the mouse.
    let (s, fx) = run(Gesture::Idle, vec![finger(person(2, &[])), mv(140.0, 100.0), up(140.0, 100.0)]);
    assert_eq!(s, Gesture::Idle);
    assert_eq!(
        fx[3..],
        [Effect::BeginTransaction, Effect::PlacePersons(vec![(PersonId(2), 220.0)]), Effect::CommitTransaction]
    );
}

#[test]
fn a_long_press_opens_the_pressed_persons_menu_unless_the_finger_moved_or_lifted() {
    let (s, fx) = run(Gesture::Idle, vec![finger(person(3, &[3, 1])), mv(103.0, 102.0), Event::LongPress]);
    assert_eq!(s, Gesture::Idle);
    assert_eq!(fx.last(), Some(&Effect::OpenMenu(PersonId(3), (100.0, 100.0))), "pressed, not the whole group");
    assert!(!fx.contains(&Effect::BeginTransaction));
    // Nothing after the press ends or becomes a drag.
    let (_, fx) = run(Gesture::Idle, vec![finger(person(3, &[])), up(100.0, 100.0), Event::LongPress]);
    assert!(!fx.iter().any(|e| matches!(e, Effect::OpenMenu(..))));
    let (s, fx) = run(Gesture::Idle, vec![finger(person(3, &[])), mv(150.0, 100.0), Event::LongPress]);
    assert!(matches!(s, Gesture::DraggingPersons { moved: true, .. }), "the drag goes on");
    assert!(!fx.iter().any(|e| matches!(e, Effect::OpenMenu(..))));
    // A mouse press arms nothing; a stray long press on the background does nothing.
    let (_, fx) = run(Gesture::Idle, vec![down(person(3, &[]))]);
    assert!(!fx.contains(&Effect::ArmLongPress));
    let (s, fx) = run(Gesture::Idle, vec![finger(Target::Background { band: true }), Event::LongPress]);
    assert!(matches!(s, Gesture::Panning { .. }));
    assert_eq!(fx, vec![Effect::Capture]);
}

/// The view after applying pinch effects to a viewport, for checking what stays put.
fn apply_pinches(v: crate::ui::canvas::viewport::Viewport, fx: &[Effect]) -> crate::ui::canvas::viewport::Viewport {
    fx.iter().fold(v, |v, e| match e {
        Effect::Pinch { centre, factor, pan } => v.zoom_at(*factor, centre.0, centre.1).pan(pan.0, pan.1),
        Effect::PanBy(d) => v.pan(d.0, d.1),
        _ => v,
    })
}

#[test]
fn two_fingers_zoom_around_their_midpoint_and_pan_with_it() {
    use crate::ui::canvas::viewport::Viewport;
    let second = |id, x, y| Event::FingerDown { id, at: (x, y) };
    let (s, fx) = run(Gesture::Idle, vec![finger(Target::Background { band: true }), second(7, 200.0, 100.0)]);
    assert!(matches!(s, Gesture::Pinching { .. }));
    assert!(s.is_dragging());
    assert_eq!(fx, vec![Effect::Capture, Effect::Capture]);
    // Spread the fingers symmetrically: twice as far apart, midpoint (150, 100) stays.
    let (s, fx) = run(s, vec![mv(50.0, 100.0), Event::FingerMove { id: 7, at: (250.0, 100.0) }]);
    let v = Viewport { x: 10.0, y: 20.0, zoom: 1.0 };
    let world_mid = v.to_world(150.0, 100.0);
    let after = apply_pinches(v, &fx);
    assert!((after.zoom - 2.0).abs() < 1e-9, "{after:?}");
    let still = after.to_world(150.0, 100.0);
    assert!((still.0 - world_mid.0).abs() < 1e-9 && (still.1 - world_mid.1).abs() < 1e-9, "zoomed around the midpoint");
    // Both fingers move 30 px down: a pan by 30, no zoom.
    let (s, fx) = run(s, vec![mv(50.0, 130.0), Event::FingerMove { id: 7, at: (250.0, 130.0) }]);
    let moved = apply_pinches(after, &fx);
    assert!((moved.zoom - 2.0).abs() < 1e-9 && (moved.y - after.y - 30.0).abs() < 1e-9, "{moved:?}");
    // Another pointer's moves are not this pinch's.
    assert_eq!(s.clone().step(Event::FingerMove { id: 9, at: (0.0, 0.0) }).1, vec![]);
    // One finger lifting ends it without deselecting or undoing the zoom.
    assert_eq!(s.clone().step(Event::FingerUp { id: 7 }), (Gesture::Idle, vec![]));
    assert_eq!(s.step(up(50.0, 130.0)), (Gesture::Idle, vec![]));
}

#[test]
fn a_second_finger_turns_an_unmoved_press_into_a_pinch_but_leaves_a_drag_alone() {
    let two = Event::FingerDown { id: 4, at: (300.0, 100.0) };
    let (s, fx) = run(Gesture::Idle, vec![finger(person(2, &[])), two.clone(), mv(80.0, 100.0)]);
    assert!(matches!(s, Gesture::Pinching { .. }));
    assert!(!fx.contains(&Effect::BeginTransaction), "no pin from a pinch that started on a person");
    assert!(matches!(fx.last(), Some(Effect::Pinch { .. })));
    // After a pinch, a long press does nothing.
    assert_eq!(s.step(Event::LongPress).1, vec![]);
    // A drag under way keeps going.
    let (s, _) = run(Gesture::Idle, vec![finger(person(2, &[])), mv(150.0, 100.0), two.clone()]);
    assert!(matches!(s, Gesture::DraggingPersons { moved: true, .. }));
    // An actor's press: its shift goes.
    let actor = Target::Thing(NetwerkkaartItem::Actor(crate::netwerkkaart::ActorId(1)));
    let (s, fx) = run(Gesture::Idle, vec![finger(actor), two]);
    assert!(matches!(s, Gesture::Pinching { .. }));
    assert!(fx.contains(&Effect::UnshiftActor));
}

#[test]
fn a_pinch_under_the_relation_tool_returns_to_it() {
    let (s, _) = run(Gesture::Idle, vec![Event::StartRelation { from: None }]);
    let (s, _) = run(s, vec![finger(Target::Background { band: false }), Event::FingerDown { id: 2, at: (0.0, 0.0) }]);
    assert!(s.is_connecting());
    let (s, _) = s.step(Event::FingerUp { id: 2 });
    assert_eq!(s, Gesture::DrawingRelation { from: None, chosen: false });
    // Two taps still draw.
    let (s, _) = run(s, vec![finger(person(1, &[])), up(100.0, 100.0)]);
    let (s, fx) = run(s, vec![finger(person(2, &[]))]);
    assert_eq!(s, Gesture::Idle);
    assert!(fx.contains(&Effect::Connect(A, B)));
}
