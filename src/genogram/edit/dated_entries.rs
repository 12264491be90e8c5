//! Edits of a person's dated entries: life events ("levensgebeurtenissen": a date and a
//! text, e.g. "2012 uithuisplaatsing") and moves ("verhuizingen": a date and a place,
//! "verhuisd naar Gouda"), both shown in the chronology. The person form edits them row
//! by row through the `with_…` functions in its own update; the command planners
//! (`add`, `edit`, `remove`) make each edit one undoable [`Command::UpdatePerson`].
//! One generic module for both, so the two lists are edited exactly alike.

use crate::genogram::model::{AnyId, Command, Genogram, LifeEvent, ModelError, Move, PartialDate, Person, PersonId};

/// One kind of dated entry on a person: where the list lives and its two fields.
pub trait DatedEntry: Sized {
    /// The person's list of these entries.
    fn list(p: &mut Person) -> &mut Vec<Self>;
    /// The person's list of these entries, to read.
    fn entries(p: &Person) -> &[Self];
    /// The entry's date.
    fn date(&self) -> Option<PartialDate>;
    /// The entry's words.
    fn words(&self) -> &str;
    /// The entry's date.
    fn date_mut(&mut self) -> &mut Option<PartialDate>;
    /// The entry's words (a life event's text, a move's place).
    fn words_mut(&mut self) -> &mut String;
}

impl DatedEntry for LifeEvent {
    fn list(p: &mut Person) -> &mut Vec<Self> {
        &mut p.life_events
    }
    fn entries(p: &Person) -> &[Self] {
        &p.life_events
    }
    fn date(&self) -> Option<PartialDate> {
        self.date
    }
    fn words(&self) -> &str {
        &self.text
    }
    fn date_mut(&mut self) -> &mut Option<PartialDate> {
        &mut self.date
    }
    fn words_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

impl DatedEntry for Move {
    fn list(p: &mut Person) -> &mut Vec<Self> {
        &mut p.moves
    }
    fn entries(p: &Person) -> &[Self] {
        &p.moves
    }
    fn date(&self) -> Option<PartialDate> {
        self.date
    }
    fn words(&self) -> &str {
        &self.place
    }
    fn date_mut(&mut self) -> &mut Option<PartialDate> {
        &mut self.date
    }
    fn words_mut(&mut self) -> &mut String {
        &mut self.place
    }
}

/// The person with `entry` added at the end (its words trimmed).
pub fn with_added<E: DatedEntry>(p: &Person, mut entry: E) -> Person {
    let words = entry.words_mut().trim().to_owned();
    *entry.words_mut() = words;
    let mut p = p.clone();
    E::list(&mut p).push(entry);
    p
}

/// The person with entry `i`'s date set (or cleared); unchanged when there is no entry `i`.
pub fn with_date<E: DatedEntry>(p: &Person, i: usize, date: Option<PartialDate>) -> Person {
    let mut p = p.clone();
    if let Some(e) = E::list(&mut p).get_mut(i) {
        *e.date_mut() = date;
    }
    p
}

/// The person with entry `i`'s words set, trimmed; unchanged when there is no entry `i`.
pub fn with_words<E: DatedEntry>(p: &Person, i: usize, words: &str) -> Person {
    let mut p = p.clone();
    if let Some(e) = E::list(&mut p).get_mut(i) {
        *e.words_mut() = words.trim().to_owned();
    }
    p
}

/// The person without entry `i`; unchanged when there is no entry `i`.
pub fn without<E: DatedEntry>(p: &Person, i: usize) -> Person {
    let mut p = p.clone();
    let list = E::list(&mut p);
    if i < list.len() {
        list.remove(i);
    }
    p
}

/// The command that puts `change`'s person in place of person `id`; `None` when
/// nothing changes.
fn update(g: &Genogram, id: PersonId, change: impl FnOnce(&Person) -> Person) -> Result<Option<Command>, ModelError> {
    let p = g.person(id).ok_or(ModelError::NotFound(AnyId::Person(id)))?;
    let new = change(p);
    Ok((new != *p).then_some(Command::UpdatePerson { id, person: new }))
}

/// The command that adds `entry` to person `id`.
pub fn add<E: DatedEntry>(g: &Genogram, id: PersonId, entry: E) -> Result<Option<Command>, ModelError> {
    update(g, id, |p| with_added(p, entry))
}

/// The command that replaces entry `i` of person `id`; `None` when nothing changes
/// (also when there is no entry `i`).
pub fn edit<E: DatedEntry>(g: &Genogram, id: PersonId, i: usize, mut entry: E) -> Result<Option<Command>, ModelError> {
    let date = *entry.date_mut();
    let words = std::mem::take(entry.words_mut());
    update(g, id, |p| with_words::<E>(&with_date::<E>(p, i, date), i, &words))
}

/// The command that removes entry `i` of person `id`; `None` when there is no entry `i`.
pub fn remove<E: DatedEntry>(g: &Genogram, id: PersonId, i: usize) -> Result<Option<Command>, ModelError> {
    update(g, id, |p| without::<E>(p, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::Gender;
    use std::fmt::Debug;

    fn date(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    /// The rules, for either kind: `make` builds an entry, `list` reads the person's.
    fn check_kind<E: DatedEntry + Clone + Default + Debug + PartialEq>(
        make: fn(Option<PartialDate>, &str) -> E,
        list: fn(&Person) -> &Vec<E>,
    ) {
        // Commands that undo exactly.
        let mut g = Genogram::new();
        let id = g.next_person_id();
        g.apply(Command::AddPerson { id, person: Person::new("Noah", "", Gender::Male) }).unwrap();
        let before = g.clone();
        let undo_add = g.apply(add(&g, id, make(date("2012"), "  Gouda ")).unwrap().unwrap()).unwrap();
        assert_eq!(list(g.person(id).unwrap()), &vec![make(date("2012"), "Gouda")]);
        let after_add = g.clone();
        let undo_edit = g.apply(edit(&g, id, 0, make(date("2013-05"), "Utrecht")).unwrap().unwrap()).unwrap();
        assert_eq!(list(g.person(id).unwrap())[0], make(date("2013-05"), "Utrecht"));
        // The same value again is no edit; an entry that is not there neither.
        assert_eq!(edit(&g, id, 0, make(date("2013-05"), "Utrecht")).unwrap(), None);
        assert_eq!(edit(&g, id, 5, make(date("2000"), "x")).unwrap(), None);
        assert_eq!(remove::<E>(&g, id, 5).unwrap(), None);
        let undo_remove = g.apply(remove::<E>(&g, id, 0).unwrap().unwrap()).unwrap();
        assert!(list(g.person(id).unwrap()).is_empty());
        g.apply(undo_remove).unwrap();
        g.apply(undo_edit).unwrap();
        assert_eq!(g, after_add);
        g.apply(undo_add).unwrap();
        assert_eq!(g, before);

        // An unknown person is refused.
        let missing = PersonId(7);
        assert_eq!(add(&g, missing, E::default()), Err(ModelError::NotFound(AnyId::Person(missing))));

        // Form edits touch only their own row.
        let mut p = Person::new("Lisa", "", Gender::Female);
        p = with_added(&p, make(date("2016"), "Zwolle"));
        p = with_added(&p, E::default());
        p = with_date::<E>(&p, 1, date("2019"));
        p = with_words::<E>(&p, 1, " opvang Deventer ");
        assert_eq!(list(&p)[0], make(date("2016"), "Zwolle"));
        assert_eq!(list(&p)[1], make(date("2019"), "opvang Deventer"));
        p = without::<E>(&p, 0);
        assert_eq!(list(&p), &vec![make(date("2019"), "opvang Deventer")]);
        assert_eq!(with_date::<E>(&p, 3, None), p);
    }

    #[test]
    fn life_events_are_edited_by_commands_that_undo_exactly() {
        check_kind(LifeEvent::new, |p| &p.life_events);
    }

    #[test]
    fn moves_are_edited_by_commands_that_undo_exactly() {
        check_kind(Move::new, |p| &p.moves);
    }

    #[test]
    fn the_two_lists_stay_apart() {
        let p = with_added(&Person::new("Noah", "", Gender::Male), Move::new(date("2018"), "Gouda"));
        assert!(p.life_events.is_empty());
        assert_eq!(p.moves.len(), 1);
    }
}
