//! What life events and moves share: both are a person's list of dated entries (a date
//! and a few words), edited in the person form row by row. Each edit becomes one
//! undoable [`Command::UpdatePerson`]; `life_events` and `moves` name these for their
//! own kind of entry.

use crate::genogram::model::{AnyId, Command, Genogram, LifeEvent, ModelError, Move, PartialDate, Person, PersonId};

/// One kind of dated entry on a person: where the list lives and its two fields.
pub trait DatedEntry: Sized {
    /// The person's list of these entries.
    fn list(p: &mut Person) -> &mut Vec<Self>;
    /// The entry's date.
    fn date_mut(&mut self) -> &mut Option<PartialDate>;
    /// The entry's words (a life event's text, a move's place).
    fn words_mut(&mut self) -> &mut String;
}

impl DatedEntry for LifeEvent {
    fn list(p: &mut Person) -> &mut Vec<Self> {
        &mut p.life_events
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
