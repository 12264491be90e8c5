//! Edits of a person's life events ("levensgebeurtenissen": a date and a text, shown in
//! the chronology). Adding, changing and removing an event each become one undoable
//! [`Command::UpdatePerson`](crate::genogram::model::Command); the person form calls the
//! `with_…` functions through its own update, other callers (tests, a later quick entry)
//! the command planners. The code is shared with moves in `dated_entries`.

use super::dated_entries as dated;
use crate::genogram::model::{Command, Genogram, LifeEvent, ModelError, PartialDate, Person, PersonId};

/// The person with `event` added at the end (its text trimmed).
pub fn with_added(p: &Person, event: LifeEvent) -> Person {
    dated::with_added(p, event)
}

/// The person with event `i`'s date set (or cleared); unchanged when there is no event `i`.
pub fn with_date(p: &Person, i: usize, date: Option<PartialDate>) -> Person {
    dated::with_date::<LifeEvent>(p, i, date)
}

/// The person with event `i`'s text set, trimmed; unchanged when there is no event `i`.
pub fn with_text(p: &Person, i: usize, text: &str) -> Person {
    dated::with_words::<LifeEvent>(p, i, text)
}

/// The person without event `i`; unchanged when there is no event `i`.
pub fn without(p: &Person, i: usize) -> Person {
    dated::without::<LifeEvent>(p, i)
}

/// The command that adds `event` to person `id`.
pub fn add(g: &Genogram, id: PersonId, event: LifeEvent) -> Result<Option<Command>, ModelError> {
    dated::add(g, id, event)
}

/// The command that replaces event `i` of person `id`; `None` when nothing changes
/// (also when there is no event `i`).
pub fn edit(g: &Genogram, id: PersonId, i: usize, event: LifeEvent) -> Result<Option<Command>, ModelError> {
    dated::edit(g, id, i, event)
}

/// The command that removes event `i` of person `id`; `None` when there is no event `i`.
pub fn remove(g: &Genogram, id: PersonId, i: usize) -> Result<Option<Command>, ModelError> {
    dated::remove::<LifeEvent>(g, id, i)
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

        let cmd = add(&g, id, LifeEvent::new(date("2012"), "  uithuisplaatsing ")).unwrap().unwrap();
        let undo_add = g.apply(cmd).unwrap();
        assert_eq!(g.person(id).unwrap().life_events, vec![LifeEvent::new(date("2012"), "uithuisplaatsing")]);
        let after_add = g.clone();

        let cmd = edit(&g, id, 0, LifeEvent::new(date("2013-05"), "pleeggezin")).unwrap().unwrap();
        let undo_edit = g.apply(cmd).unwrap();
        assert_eq!(g.person(id).unwrap().life_events[0], LifeEvent::new(date("2013-05"), "pleeggezin"));
        // The same value again is no edit; an event that is not there neither.
        assert_eq!(edit(&g, id, 0, LifeEvent::new(date("2013-05"), "pleeggezin")).unwrap(), None);
        assert_eq!(edit(&g, id, 5, LifeEvent::new(date("2000"), "x")).unwrap(), None);
        assert_eq!(remove(&g, id, 5).unwrap(), None);

        let undo_remove = g.apply(remove(&g, id, 0).unwrap().unwrap()).unwrap();
        assert!(g.person(id).unwrap().life_events.is_empty());

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
        assert_eq!(add(&g, missing, LifeEvent::default()), Err(ModelError::NotFound(AnyId::Person(missing))));
    }

    #[test]
    fn form_edits_touch_only_their_own_event() {
        let mut p = Person::new("Lisa", "", Gender::Female);
        p = with_added(&p, LifeEvent::new(date("2016"), "schuldsanering"));
        p = with_added(&p, LifeEvent::default());
        p = with_date(&p, 1, date("2019"));
        p = with_text(&p, 1, " verhuisd ");
        assert_eq!(p.life_events[0], LifeEvent::new(date("2016"), "schuldsanering"));
        assert_eq!(p.life_events[1], LifeEvent::new(date("2019"), "verhuisd"));
        p = without(&p, 0);
        assert_eq!(p.life_events, vec![LifeEvent::new(date("2019"), "verhuisd")]);
        assert_eq!(with_date(&p, 3, None), p);
    }
}
