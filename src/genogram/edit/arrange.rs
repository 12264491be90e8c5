//! Arranging the genogram by hand: dragging persons along their row pins them there,
//! and "Opnieuw indelen" gives everything back to the automatic layout.
//!
//! A pin is part of the person (`Person::pinned_x`), so it is saved with the document,
//! undone with the drag, and every later layout keeps it.

use crate::genogram::layout::Pins;
use crate::genogram::model::{Command, Genogram, PersonId};

/// The pins the layout must keep: every person's dragged horizontal place.
pub fn pins_of(g: &Genogram) -> Pins {
    let mut pins = Pins::new();
    for (id, p) in g.persons() {
        if let Some(x) = p.pinned_x {
            pins.pin_column(id.get(), f64::from(x));
        }
    }
    pins
}

/// The pins of `g` with the places of a drag under way on top: what the layout keeps
/// while the pointer moves, before [`pin_persons`] writes the places into the document
/// when the drag ends. Equal to `pins_of` of that document, so the drawing does not
/// jump on release. Folded drawings take no places (see [`pin_persons`]).
pub fn pins_while_dragging(g: &Genogram, places: &[(PersonId, f64)]) -> Pins {
    let mut pins = pins_of(g);
    if g.folding().is_none() {
        for &(id, x) in places {
            if g.person(id).is_some() {
                pins.pin_column(id.get(), f64::from(whole_place(x)));
            }
        }
    }
    pins
}

/// A dragged place as it is stored: rounded to whole layout units.
fn whole_place(x: f64) -> i32 {
    x.round().clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32
}

/// Pins each listed person at the given horizontal place (layout units, rounded to
/// whole units), as one edit. `None` when nothing would change, and while the genogram
/// is folded: that drawing is laid out from part of the family, so a place taken there
/// would misplace the person in the whole drawing.
pub fn pin_persons(g: &Genogram, places: &[(PersonId, f64)]) -> Option<Command> {
    if g.folding().is_some() {
        return None;
    }
    let cmds: Vec<Command> = places
        .iter()
        .filter_map(|&(id, x)| {
            let mut person = g.person(id)?.clone();
            let x = whole_place(x);
            (person.pinned_x != Some(x)).then(|| {
                person.pinned_x = Some(x);
                Command::UpdatePerson { id, person }
            })
        })
        .collect();
    (!cmds.is_empty()).then_some(Command::Batch(cmds))
}

/// Whether any person is pinned (so "Opnieuw indelen" has something to do).
pub fn has_pins(g: &Genogram) -> bool {
    g.persons().any(|(_, p)| p.pinned_x.is_some())
}

/// "Opnieuw indelen": removes every pin, as one edit, so the automatic layout places
/// everyone again. `None` when nothing is pinned.
pub fn clear_pins(g: &Genogram) -> Option<Command> {
    let cmds: Vec<Command> = g
        .persons()
        .filter(|(_, p)| p.pinned_x.is_some())
        .map(|(id, p)| Command::UpdatePerson {
            id,
            person: crate::genogram::model::Person { pinned_x: None, ..p.clone() },
        })
        .collect();
    (!cmds.is_empty()).then_some(Command::Batch(cmds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::drawing::{draw, DrawOptions};
    use crate::editor::Editor;
    use crate::genogram::edit::family;
    use crate::genogram::model::PartialDate;
    use crate::i18n::Lang;

    fn family() -> (Editor, PersonId, PersonId) {
        let mut ed = Editor::new_genogram("g", "Casus", 0);
        let ip = ed.genogram().unwrap().index_person().unwrap();
        let (cmd, partner) = family::add_partner(ed.genogram().unwrap(), ip).unwrap();
        ed.apply(cmd, 1).unwrap();
        for gender in [crate::genogram::model::Gender::Male, crate::genogram::model::Gender::Female] {
            let (cmd, _) = family::add_child(ed.genogram().unwrap(), ip, gender).unwrap();
            ed.apply(cmd, 2).unwrap();
        }
        (ed, ip, partner)
    }

    fn x_of(ed: &Editor, p: PersonId) -> f64 {
        draw(ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap())).person_centre(p.get()).unwrap().0
    }

    #[test]
    fn a_drag_under_way_is_drawn_as_the_document_will_be_after_it() {
        let (ed, ip, partner) = family();
        let options = DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap());
        let places = [(ip, x_of(&ed, ip) + 170.4), (partner, x_of(&ed, partner) + 170.4)];
        // Drawn with the drag's places on top of the document...
        let preview = draw(&ed, &DrawOptions { dragged: places.to_vec(), ..options.clone() });
        assert_eq!(ed.genogram().unwrap().person(ip).unwrap().pinned_x, None, "the document is untouched");
        assert_eq!(preview.person_centre(ip.get()).unwrap().0, places[0].1.round());
        // ...equals the drawing after the places are written into it on release.
        let mut after = ed.clone();
        after.apply(pin_persons(ed.genogram().unwrap(), &places).unwrap(), 3).unwrap();
        assert_eq!(preview, draw(&after, &options), "nothing jumps on release");
        assert_eq!(pins_while_dragging(ed.genogram().unwrap(), &[]), pins_of(ed.genogram().unwrap()));
        // Unknown persons are skipped, as pin_persons skips them.
        assert_eq!(
            pins_while_dragging(ed.genogram().unwrap(), &[(PersonId(999), 5.0)]),
            pins_of(ed.genogram().unwrap())
        );
    }

    #[test]
    fn nobody_is_pinned_while_folded() {
        let (mut ed, ip, _) = family();
        assert!(pin_persons(ed.genogram().unwrap(), &[(ip, 120.0)]).is_some());
        let fold = super::super::folding::set_folding(ed.genogram().unwrap(), true).unwrap();
        ed.apply(fold, 2).unwrap();
        assert!(pin_persons(ed.genogram().unwrap(), &[(ip, 120.0)]).is_none());
    }

    #[test]
    fn a_dragged_person_stays_where_dropped_until_relayout() {
        let (mut ed, ip, _) = family();
        let before = x_of(&ed, ip);
        let cmd = pin_persons(ed.genogram().unwrap(), &[(ip, before - 333.4)]).unwrap();
        ed.apply(cmd, 3).unwrap();
        assert_eq!(x_of(&ed, ip), (before - 333.4).round(), "drawn where it was dropped");
        assert!(has_pins(ed.genogram().unwrap()));
        // Adding a child keeps the pin.
        let (cmd, _) = family::add_child(ed.genogram().unwrap(), ip, crate::genogram::model::Gender::Female).unwrap();
        ed.apply(cmd, 4).unwrap();
        assert_eq!(x_of(&ed, ip), (before - 333.4).round());
        // Saved and opened again, still pinned.
        let again =
            Editor::open(crate::format::KringDocument::from_json(&ed.to_document().to_json()).unwrap()).unwrap();
        assert_eq!(x_of(&again, ip), (before - 333.4).round());
        // Opnieuw indelen: one undo step that frees everyone.
        let cmd = clear_pins(ed.genogram().unwrap()).unwrap();
        ed.apply(cmd, 5).unwrap();
        assert!(!has_pins(ed.genogram().unwrap()));
        assert!(clear_pins(ed.genogram().unwrap()).is_none());
        assert!(ed.undo(6));
        assert_eq!(x_of(&ed, ip), (before - 333.4).round());
    }

    #[test]
    fn moving_several_persons_is_one_step_and_no_op_moves_are_dropped() {
        let (mut ed, ip, partner) = family();
        let start = ed.genogram().unwrap().clone();
        let places = [(ip, x_of(&ed, ip) + 200.0), (partner, x_of(&ed, partner) + 200.0)];
        let cmd = pin_persons(ed.genogram().unwrap(), &places).unwrap();
        ed.apply(cmd, 3).unwrap();
        assert_eq!(x_of(&ed, ip), places[0].1.round());
        assert_eq!(x_of(&ed, partner), places[1].1.round());
        assert!(pin_persons(ed.genogram().unwrap(), &places).is_none(), "already there");
        assert!(ed.undo(4));
        assert_eq!(ed.genogram().unwrap(), &start);
        assert!(pin_persons(ed.genogram().unwrap(), &[(PersonId(999), 1.0)]).is_none(), "unknown persons are skipped");
    }

    #[test]
    fn a_drag_gesture_is_one_undo_step_and_abort_restores() {
        let (mut ed, ip, _) = family();
        let start = ed.genogram().unwrap().clone();
        let x0 = x_of(&ed, ip);
        ed.begin_gesture();
        for dx in [10.0, 40.0, 90.0] {
            let cmd = pin_persons(ed.genogram().unwrap(), &[(ip, x0 + dx)]).unwrap();
            ed.apply(cmd, 3).unwrap();
        }
        assert!(!ed.can_undo(), "no undo in the middle of a drag");
        ed.commit_gesture();
        assert_eq!(x_of(&ed, ip), x0 + 90.0);
        assert!(ed.undo(4));
        assert_eq!(ed.genogram().unwrap(), &start, "the whole drag is one step");
        assert!(ed.redo(4));
        assert!(ed.undo(4));
        ed.begin_gesture();
        let cmd = pin_persons(ed.genogram().unwrap(), &[(ip, x0 + 50.0)]).unwrap();
        ed.apply(cmd, 5).unwrap();
        ed.abort_gesture(6);
        assert_eq!(ed.genogram().unwrap(), &start, "an aborted drag leaves nothing");
        assert!(ed.undo(7));
        assert_eq!(ed.genogram().unwrap().person_count(), 3, "the step before the drag was the last child");
    }

    #[test]
    fn dragging_a_child_moves_the_child_not_the_family() {
        let (mut ed, ip, _) = family();
        let (cmd, _) = family::add_parents(ed.genogram().unwrap(), ip).unwrap();
        ed.apply(cmd, 3).unwrap();
        let (cmd, _) = family::add_sibling(ed.genogram().unwrap(), ip, crate::genogram::model::Gender::Female).unwrap();
        ed.apply(cmd, 4).unwrap();
        let ids: Vec<PersonId> = ed.genogram().unwrap().person_ids().collect();
        let child = ed
            .genogram()
            .unwrap()
            .children_of(crate::genogram::model::ParentRef::Union(ed.genogram().unwrap().unions_of(ip)[0]))[0]
            .1;
        let before: Vec<f64> = ids.iter().map(|&p| x_of(&ed, p)).collect();
        for step in [5.0, -5.0, 60.0] {
            let mut moved = ed.clone();
            let x = x_of(&ed, child) + step;
            let cmd = pin_persons(moved.genogram().unwrap(), &[(child, x)]).unwrap();
            moved.apply(cmd, 5).unwrap();
            assert_eq!(x_of(&moved, child), x.round());
            for (p, b) in ids.iter().zip(&before) {
                let d = (x_of(&moved, *p) - b).abs();
                // Its sibling may be pushed aside on the row; the parents and the
                // grandparents' generation follow only a little.
                let on_row = ed
                    .genogram()
                    .unwrap()
                    .children_of(crate::genogram::model::ParentRef::Union(ed.genogram().unwrap().unions_of(ip)[0]))
                    .iter()
                    .any(|c| c.1 == *p);
                if *p != child && !on_row {
                    assert!(d <= 0.35 * step.abs(), "{p:?} moved {d} for a drag of {step}");
                }
            }
        }
    }
}
