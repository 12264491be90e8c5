//! Edits of a person's moves ("verhuizingen": a date and a place, shown in the
//! chronology as "verhuisd naar …"). Adding, changing and removing a move each become
//! one undoable [`Command::UpdatePerson`](crate::genogram::model::Command); the person
//! form calls the `with_…` functions through its own update, other callers (tests) the
//! command planners. The code is shared with life events in `dated_entries`.

use super::dated_entries as dated;
use crate::genogram::model::{Command, Genogram, ModelError, Move, PartialDate, Person, PersonId};

/// The person with `mv` added at the end (its place trimmed).
pub fn with_added(p: &Person, mv: Move) -> Person {
    dated::with_added(p, mv)
}

/// The person with move `i`'s date set (or cleared); unchanged when there is no move `i`.
pub fn with_date(p: &Person, i: usize, date: Option<PartialDate>) -> Person {
    dated::with_date::<Move>(p, i, date)
}

/// The person with move `i`'s place set, trimmed; unchanged when there is no move `i`.
pub fn with_place(p: &Person, i: usize, place: &str) -> Person {
    dated::with_words::<Move>(p, i, place)
}

/// The person without move `i`; unchanged when there is no move `i`.
pub fn without(p: &Person, i: usize) -> Person {
    dated::without::<Move>(p, i)
}

/// The command that adds `mv` to person `id`.
pub fn add(g: &Genogram, id: PersonId, mv: Move) -> Result<Option<Command>, ModelError> {
    dated::add(g, id, mv)
}

/// The command that replaces move `i` of person `id`; `None` when nothing changes
/// (also when there is no move `i`).
pub fn edit(g: &Genogram, id: PersonId, i: usize, mv: Move) -> Result<Option<Command>, ModelError> {
    dated::edit(g, id, i, mv)
}

/// The command that removes move `i` of person `id`; `None` when there is no move `i`.
pub fn remove(g: &Genogram, id: PersonId, i: usize) -> Result<Option<Command>, ModelError> {
    dated::remove::<Move>(g, id, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{AnyId, Gender};

    fn date(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn add_edit_remove_are_commands_that_undo_exactly() {
        let mut g = Genogram::new();
        let id = g.next_person_id();
        g.apply(Command::AddPerson { id, person: Person::new("Noah", "", Gender::Male) }).unwrap();
        let before = g.clone();

        let cmd = add(&g, id, Move::new(date("2012"), "  Gouda ")).unwrap().unwrap();
        let undo_add = g.apply(cmd).unwrap();
        assert_eq!(g.person(id).unwrap().moves, vec![Move::new(date("2012"), "Gouda")]);
        let after_add = g.clone();

        let cmd = edit(&g, id, 0, Move::new(date("2013-05"), "Utrecht")).unwrap().unwrap();
        let undo_edit = g.apply(cmd).unwrap();
        assert_eq!(g.person(id).unwrap().moves[0], Move::new(date("2013-05"), "Utrecht"));
        // The same value again is no edit; a move that is not there neither.
        assert_eq!(edit(&g, id, 0, Move::new(date("2013-05"), "Utrecht")).unwrap(), None);
        assert_eq!(edit(&g, id, 5, Move::new(date("2000"), "x")).unwrap(), None);
        assert_eq!(remove(&g, id, 5).unwrap(), None);

        let undo_remove = g.apply(remove(&g, id, 0).unwrap().unwrap()).unwrap();
        assert!(g.person(id).unwrap().moves.is_empty());

        g.apply(undo_remove).unwrap();
        g.apply(undo_edit).unwrap();
        assert_eq!(g, after_add);
        g.apply(undo_add).unwrap();
        assert_eq!(g, before);
    }

    #[test]
    fn an_unknown_person_is_refused() {
        let g = Genogram::new();
        let missing = PersonId(7);
        assert_eq!(add(&g, missing, Move::default()), Err(ModelError::NotFound(AnyId::Person(missing))));
    }

    #[test]
    fn form_edits_touch_only_their_own_move() {
        let mut p = Person::new("Lisa", "", Gender::Female);
        p = with_added(&p, Move::new(date("2016"), "Zwolle"));
        p = with_added(&p, Move::default());
        p = with_date(&p, 1, date("2019"));
        p = with_place(&p, 1, " opvang Deventer ");
        assert_eq!(p.moves[0], Move::new(date("2016"), "Zwolle"));
        assert_eq!(p.moves[1], Move::new(date("2019"), "opvang Deventer"));
        p = without(&p, 0);
        assert_eq!(p.moves, vec![Move::new(date("2019"), "opvang Deventer")]);
        assert_eq!(with_date(&p, 3, None), p);
    }
}
