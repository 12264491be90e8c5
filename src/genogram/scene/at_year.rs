//! The family in a given year ("Peiljaar"): what the scene draws of each person, union,
//! relation and household at year X. A view: these rules read the model and hand the
//! scene what to draw; the model itself is never changed or copied as a whole (at most
//! one person or union at a time, as drawn).
//!
//! Dates are compared by year: whatever happened in year X has happened at X (a
//! person who died in X is drawn deceased, a divorce in X shows). Undated facts cannot
//! be placed in time, so they stay as recorded: a person without a birth date is
//! shown, an undated union event or an undated relation holds.

use std::borrow::Cow;

use crate::genogram::model::{Genogram, Household, PartialDate, Person, PersonKind, Relation, Union, UnionEventKind};

/// Whether a person is drawn at year `x`: not when born after it. A pregnancy loss
/// counts from its date, a pregnancy from the year before its due date.
pub fn is_born_by(p: &Person, x: i32) -> bool {
    let from = match &p.kind {
        PersonKind::Pregnancy { due } => due.as_ref().map(|d| d.year() - 1),
        k if k.is_pregnancy_loss() => p.birth.or(p.death).map(|d| d.year()),
        _ => p.birth.map(|b| b.year()),
    };
    from.is_none_or(|y| y <= x)
}

/// The person as drawn at year `x`: someone who died after `x` was alive then (no death
/// date, no cross), and a condition that began after `x` ("sinds") was not there yet (no
/// fill, so no legend entry either). Borrowed unchanged when nothing differs.
pub fn person_at(p: &Person, x: i32) -> Cow<'_, Person> {
    let died_later = p.death.is_some_and(|d| d.year() > x);
    let began_later = |c: &crate::genogram::model::Condition| c.since.is_some_and(|s| s.year() > x);
    if !died_later && !p.conditions.iter().any(began_later) {
        return Cow::Borrowed(p);
    }
    let mut then = p.clone();
    if died_later {
        then.death = None;
        then.deceased = false;
    }
    then.conditions.retain(|c| !began_later(c));
    Cow::Owned(then)
}

/// The date ages are computed at in year `x`: the year alone, so an age reads "ca. 64"
/// unless the birth is known to the month.
pub fn reference_at(x: i32) -> Option<PartialDate> {
    PartialDate::year_only(x)
}

/// The years a slider over the family spans: from the earliest birth (or other date of
/// a person) to `now`; a family without dates spans the last 50 years.
pub fn year_span(g: &Genogram, now: i32) -> (i32, i32) {
    let first = g.persons().filter_map(|(_, p)| p.birth.or(p.death)).map(|d| d.year()).min();
    (first.unwrap_or(now - 50).min(now), now)
}

/// A union's state at a year, from its dated events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnionState {
    /// Its start is dated after the year: not yet together (or married).
    NotYet,
    /// Together (married, registered, living together, … as its kind says).
    Together,
    /// Separated (one slash).
    Separated,
    /// Divorced (two slashes).
    Divorced,
    /// Ended otherwise: widowed or annulled.
    Ended,
}

/// The union's state at year `x`: undated events count as having happened.
pub fn union_state(u: &Union, x: i32) -> UnionState {
    let happened = |e: &&crate::genogram::model::UnionEvent| e.date.is_none_or(|d| d.year() <= x);
    let started_later = u.events.iter().any(|e| e.kind == UnionEventKind::Start && !happened(&e));
    if started_later && !u.events.iter().any(|e| e.kind == UnionEventKind::Start && happened(&e)) {
        return UnionState::NotYet;
    }
    match u.events.iter().filter(happened).map(|e| e.kind).rev().find(|k| *k != UnionEventKind::Start) {
        Some(UnionEventKind::Separation) => UnionState::Separated,
        Some(UnionEventKind::Divorce) => UnionState::Divorced,
        Some(UnionEventKind::Widowed | UnionEventKind::Annulment) => UnionState::Ended,
        Some(UnionEventKind::Reconciliation | UnionEventKind::Start) | None => UnionState::Together,
    }
}

/// The union as drawn at year `x`: only the events that had happened by then, so its
/// label and slashes show the state at `x`. Borrowed unchanged when nothing differs.
pub fn union_at(u: &Union, x: i32) -> Cow<'_, Union> {
    if u.events.iter().all(|e| e.date.is_none_or(|d| d.year() <= x)) {
        return Cow::Borrowed(u);
    }
    let mut then = u.clone();
    then.events.retain(|e| e.date.is_none_or(|d| d.year() <= x));
    Cow::Owned(then)
}

/// Whether a dated period holds in year `x`: begun by then, not ended before it.
fn holds(start: Option<PartialDate>, end: Option<PartialDate>, x: i32) -> bool {
    start.is_none_or(|s| s.year() <= x) && end.is_none_or(|e| e.year() >= x)
}

/// Whether an emotional relation holds at year `x` (its start and end, when dated).
pub fn relation_holds(r: &Relation, x: i32) -> bool {
    holds(r.start, r.end, x)
}

/// Whether a household holds at year `x` (its since and until, when dated).
pub fn household_holds(h: &Household, x: i32) -> bool {
    holds(h.since, h.until, x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{Gender, PersonId, RelationKind, UnionKind};

    fn year(y: i32) -> Option<PartialDate> {
        PartialDate::year_only(y)
    }

    fn person(birth: Option<i32>, death: Option<i32>) -> Person {
        let mut p = Person::new("Jan", "Jansen", Gender::Male);
        p.birth = birth.and_then(year);
        p.death = death.and_then(year);
        p
    }

    #[test]
    fn the_slider_spans_the_earliest_birth_to_now() {
        let g = crate::genogram::model::sample_family();
        assert_eq!(year_span(&g, 2026), (1938, 2026));
        assert_eq!(year_span(&Genogram::new(), 2026), (1976, 2026));
    }

    #[test]
    fn persons_born_later_are_hidden_and_undated_ones_stay() {
        assert!(!is_born_by(&person(Some(1999), None), 1998));
        assert!(is_born_by(&person(Some(1998), None), 1998), "born in the year itself: there");
        assert!(is_born_by(&person(Some(1950), None), 1998));
        assert!(is_born_by(&person(None, None), 1998), "no birth date: shown");
        let mut pregnancy = person(None, None);
        pregnancy.kind = PersonKind::Pregnancy { due: year(2000) };
        assert!(!is_born_by(&pregnancy, 1998));
        assert!(is_born_by(&pregnancy, 1999), "pregnant the year before the due date");
    }

    #[test]
    fn died_by_the_year_is_deceased_and_died_later_is_alive() {
        let p = person(Some(1930), Some(2005));
        let then = person_at(&p, 1998);
        assert!(!then.is_deceased(), "died after 1998: alive in 1998");
        assert_eq!(then.death, None);
        assert!(person_at(&p, 2005).is_deceased(), "died in the year: deceased");
        assert!(matches!(person_at(&p, 2010), Cow::Borrowed(_)));
        // Deceased without a date: cannot be placed in time, stays deceased.
        let mut q = person(Some(1930), None);
        q.deceased = true;
        assert!(person_at(&q, 1950).is_deceased());
    }

    #[test]
    fn a_condition_that_began_later_is_not_there_yet() {
        use crate::genogram::model::{Condition, ConditionCategory, ConditionStatus};
        let mut p = person(Some(1960), None);
        let mut alcohol = Condition::new(ConditionCategory::Alcohol, ConditionStatus::Active);
        alcohol.since = year(2005);
        let undated = Condition::new(ConditionCategory::Mental, ConditionStatus::Suspected);
        p.conditions = vec![alcohol.clone(), undated.clone()];
        assert_eq!(person_at(&p, 2004).conditions, vec![undated.clone()], "began 2005: not in 2004");
        assert_eq!(person_at(&p, 2005).conditions, vec![alcohol, undated], "began in the year: there");
        assert!(matches!(person_at(&p, 2010), Cow::Borrowed(_)));
    }

    #[test]
    fn ages_are_ages_at_the_year() {
        let p = person(Some(1934), Some(2005));
        let r = reference_at(1998).unwrap();
        let age = person_at(&p, 1998).age(r).unwrap();
        assert_eq!(age.years, 64);
        assert!(age.approximate, "only years known: ca.");
        let text = crate::genogram::scene::labels::age_text(&person_at(&p, 1998), r, crate::i18n::Lang::Nl);
        assert_eq!(text.as_deref(), Some("ca. 64"));
        // Once dead, the age at death (71), not at the year.
        assert_eq!(person_at(&p, 2010).age(reference_at(2010).unwrap()).unwrap().years, 71);
    }

    fn union(events: &[(UnionEventKind, Option<i32>)]) -> Union {
        let mut u = Union::new(PersonId(1), PersonId(2), UnionKind::Marriage);
        for &(k, y) in events {
            u = u.with_event(k, y.and_then(year));
        }
        u
    }

    #[test]
    fn a_union_that_starts_later_is_not_yet() {
        let u = union(&[(UnionEventKind::Start, Some(2000))]);
        assert_eq!(union_state(&u, 1998), UnionState::NotYet);
        assert_eq!(union_state(&u, 2000), UnionState::Together);
        assert!(union_at(&u, 1998).events.is_empty(), "no 'h. 2000' on the line in 1998");
        assert_eq!(union_state(&union(&[]), 1998), UnionState::Together, "no events: together");
        assert_eq!(union_state(&union(&[(UnionEventKind::Start, None)]), 1998), UnionState::Together);
    }

    #[test]
    fn each_union_event_shows_from_its_year() {
        let u = union(&[
            (UnionEventKind::Start, Some(1980)),
            (UnionEventKind::Separation, Some(1995)),
            (UnionEventKind::Reconciliation, Some(1997)),
            (UnionEventKind::Divorce, Some(2001)),
        ]);
        assert_eq!(union_state(&u, 1990), UnionState::Together);
        assert_eq!(union_state(&u, 1995), UnionState::Separated);
        assert_eq!(union_state(&u, 1998), UnionState::Together, "reconciled");
        assert_eq!(union_state(&u, 2001), UnionState::Divorced);
        let then = union_at(&u, 1998);
        assert_eq!(then.events.len(), 3);
        assert_eq!(then.current_status(), Some(UnionEventKind::Reconciliation), "no slashes drawn");
        assert_eq!(union_at(&u, 1996).current_status(), Some(UnionEventKind::Separation), "one slash");
        let w = union(&[(UnionEventKind::Start, Some(1960)), (UnionEventKind::Widowed, Some(1990))]);
        assert_eq!(union_state(&w, 1989), UnionState::Together);
        assert_eq!(union_state(&w, 1990), UnionState::Ended);
        let a = union(&[(UnionEventKind::Start, Some(1960)), (UnionEventKind::Annulment, Some(1962))]);
        assert_eq!(union_state(&a, 1961), UnionState::Together);
        assert_eq!(union_state(&a, 1970), UnionState::Ended);
        // An undated divorce has happened, whatever the year.
        let d = union(&[(UnionEventKind::Start, Some(1960)), (UnionEventKind::Divorce, None)]);
        assert_eq!(union_state(&d, 1961), UnionState::Divorced);
    }

    #[test]
    fn relations_and_households_show_only_while_they_hold() {
        let mut r = Relation::new(PersonId(1), PersonId(2), RelationKind::Discord);
        assert!(relation_holds(&r, 1998), "undated: always");
        r.start = year(2000);
        assert!(!relation_holds(&r, 1998));
        assert!(relation_holds(&r, 2000));
        r.end = year(2005);
        assert!(relation_holds(&r, 2005), "ends in 2005: still there that year");
        assert!(!relation_holds(&r, 2006));
        let mut h = Household::new("gezin", [PersonId(1)]);
        assert!(household_holds(&h, 1900));
        h.since = year(1990);
        h.until = year(1999);
        assert!(!household_holds(&h, 1989));
        assert!(household_holds(&h, 1998));
        assert!(!household_holds(&h, 2000));
    }
}
