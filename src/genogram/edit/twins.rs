//! Twins: who can be a twin of whom, and a twin brother or sister in one click.
//!
//! A twin is a full sibling born at the same time: the same parents (the same child
//! line's union or single parent, and no other parent on either side) and birth dates
//! that can be the same birth. A half-brother by another mother is never offered.

use super::family::{fresh_twin_group, Action, ActionError};
use crate::genogram::model::date::days_in_month;
use crate::genogram::model::{ChildLink, Command, Gender, Genogram, PartialDate, Person, PersonId, Twin, TwinKind};
use crate::kernel::sort::SortExt;

/// The first and last possible day of a partial date, as days since 1 January of year 0
/// (a proleptic count; only differences matter).
fn day_span(d: &PartialDate) -> (i64, i64) {
    fn day_number(year: i32, month: u8, day: u8) -> i64 {
        let before: i64 = (1..month).map(|m| i64::from(days_in_month(year, m))).sum();
        let y = i64::from(year) - 1;
        y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + before + i64::from(day)
    }
    let year = d.year();
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => (day_number(year, m, day), day_number(year, m, day)),
        (Some(m), None) => (day_number(year, m, 1), day_number(year, m, days_in_month(year, m))),
        _ => (day_number(year, 1, 1), day_number(year, 12, 31)),
    }
}

/// Whether two birth dates can belong to one birth: unknown or approximate dates always
/// can; otherwise the possible days must come within one day of each other (twins born
/// either side of midnight).
pub fn plausible_twin_births(a: Option<&PartialDate>, b: Option<&PartialDate>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return true };
    if a.is_approximate() || b.is_approximate() {
        return true;
    }
    let ((a0, a1), (b0, b1)) = (day_span(a), day_span(b));
    a0 <= b1 + 1 && b0 <= a1 + 1
}

/// The persons `p` can be a twin of: children of the same union or single parent as one
/// of `p`'s child lines, with exactly `p`'s parents (no other parent on either side) and
/// a plausible birth date, in id order.
pub fn twin_candidates(g: &Genogram, p: PersonId) -> Vec<PersonId> {
    let Some(me) = g.person(p) else { return Vec::new() };
    let slots = g.parent_slots(p);
    let mut out: Vec<PersonId> = Vec::new();
    for (_, link) in g.parent_links(p) {
        for (_, other) in g.children_of(link.parent) {
            let plausible = || plausible_twin_births(me.birth.as_ref(), g.person(other).and_then(|o| o.birth.as_ref()));
            if other != p && !out.contains(&other) && g.parent_slots(other) == slots && plausible() {
                out.push(other);
            }
        }
    }
    out.sort_stable();
    out
}

/// A twin brother or sister of `p` (who must have parents drawn): a new child of the
/// same parents as `p`'s first child line of that kind, born on `p`'s birth date, of the
/// given gender, in `p`'s twin group (a new group when `p` was not a twin yet: `p` joins
/// it in the same step). Selects the new twin.
pub fn add_twin_sibling(g: &Genogram, p: PersonId, gender: Gender) -> Result<Action, ActionError> {
    let me = g.person(p).ok_or(ActionError::NoSuchPerson)?;
    let links = g.parent_links(p);
    // The biological line first, as for a brother or sister.
    let (link_id, link) =
        links.iter().find(|(_, l)| l.is_biological()).or(links.first()).ok_or(ActionError::NoParents)?;
    let twin = link.twin.unwrap_or(Twin { group: fresh_twin_group(g), kind: TwinKind::Unknown });
    let id = g.next_person_id();
    let child_link = g.next_child_link_id();
    let mut cmds = Vec::new();
    if link.twin.is_none() {
        cmds.push(Command::UpdateChildLink { id: *link_id, link: ChildLink { twin: Some(twin), ..(*link).clone() } });
    }
    cmds.push(Command::AddPerson { id, person: Person { gender, birth: me.birth, ..Person::default() } });
    // Adopted twins are adopted together: the new line is of the same kind.
    cmds.push(Command::AddChildLink {
        id: child_link,
        link: ChildLink { twin: Some(twin), ..ChildLink::new(link.parent, id, link.kind) },
    });
    Ok((Command::Batch(cmds), id))
}

/// "+ Tweelingbroer / -zus" in one click: a twin of `p`'s own gender (the panel changes
/// it in one step).
pub fn add_twin_sibling_like(g: &Genogram, p: PersonId) -> Result<Action, ActionError> {
    let gender = g.person(p).ok_or(ActionError::NoSuchPerson)?.gender;
    add_twin_sibling(g, p, gender)
}

/// Whether `p` is drawn as someone's child, and so is offered "+ Tweelingbroer / -zus"
/// (the panel's button and the twin key share this rule).
pub fn takes_twin_sibling(g: &Genogram, p: PersonId) -> bool {
    !g.parent_links(p).is_empty()
}

/// The twin key ("T"): for a child, a twin brother or sister; for someone without
/// parents drawn, twin children of their latest union.
pub fn add_twin(g: &Genogram, p: PersonId) -> Result<Action, ActionError> {
    if !takes_twin_sibling(g, p) {
        super::family::add_twins(g, p)
    } else {
        add_twin_sibling_like(g, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::edit::family::{self, make_twins};
    use crate::genogram::model::{Command, Gender};

    fn date(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    fn apply(g: &mut Genogram, plan: impl FnOnce(&Genogram) -> Action) -> PersonId {
        let (cmd, focus) = plan(g);
        g.apply(cmd).unwrap();
        focus
    }

    fn born(g: &mut Genogram, p: PersonId, d: &str) {
        let person = Person { birth: Some(date(d)), ..g.person(p).unwrap().clone() };
        g.apply(Command::UpdatePerson { id: p, person }).unwrap();
    }

    /// Father with a first wife (Noah, Tim) and a second wife (Sam).
    fn family() -> (Genogram, [PersonId; 4]) {
        let mut g = Genogram::new();
        let dad = apply(&mut g, family::add_index_person);
        apply(&mut g, |g| family::add_partner(g, dad).unwrap());
        let noah = apply(&mut g, |g| family::add_child(g, dad, Gender::Male).unwrap());
        let tim = apply(&mut g, |g| family::add_child(g, dad, Gender::Male).unwrap());
        apply(&mut g, |g| family::add_partner(g, dad).unwrap());
        let sam = apply(&mut g, |g| family::add_child(g, dad, Gender::Male).unwrap());
        (g, [dad, noah, tim, sam])
    }

    #[test]
    fn a_twin_sibling_shares_parents_birth_date_and_group() {
        let (mut g, [dad, noah, tim, _]) = family();
        born(&mut g, noah, "2015-06-03");
        let twin = apply(&mut g, |g| add_twin_sibling(g, noah, Gender::Female).unwrap());
        assert_eq!(g.parents(twin), g.parents(noah), "same parents, not children of Noah");
        assert!(g.children(noah).is_empty());
        assert_eq!(g.person(twin).unwrap().birth, Some(date("2015-06-03")));
        assert_eq!(g.person(twin).unwrap().gender, Gender::Female);
        assert_eq!(g.twins_of(noah), [twin]);
        assert!(!g.twins_of(tim).contains(&noah), "the other brother is not in the group");
        // A second click makes triplets, in the same group.
        let third = apply(&mut g, |g| add_twin_sibling(g, noah, Gender::Male).unwrap());
        assert_eq!(g.twins_of(noah), [twin, third]);
        // Someone without parents drawn has no twin sibling yet.
        assert_eq!(add_twin_sibling(&g, dad, Gender::Male).unwrap_err(), ActionError::NoParents);
    }

    #[test]
    fn a_twin_sibling_is_one_undo_step() {
        let (g0, [_, noah, ..]) = family();
        let mut g = g0.clone();
        let (cmd, _) = add_twin_sibling(&g, noah, Gender::Male).unwrap();
        let inverse = g.apply(cmd).unwrap();
        g.apply(inverse).unwrap();
        assert_eq!(g, g0);
    }

    #[test]
    fn only_full_siblings_of_one_birth_are_twin_candidates() {
        let (mut g, [dad, noah, tim, sam]) = family();
        assert_eq!(twin_candidates(&g, noah), [tim], "Sam has another mother");
        assert_eq!(twin_candidates(&g, sam), []);
        assert_eq!(twin_candidates(&g, dad), []);
        assert_eq!(make_twins(&g, noah, sam, TwinKind::Unknown).unwrap_err(), ActionError::NotSiblings);
        born(&mut g, noah, "2015-06-03");
        born(&mut g, tim, "2015-06-04");
        assert_eq!(twin_candidates(&g, noah), [tim], "born either side of midnight");
        born(&mut g, tim, "2017-01-20");
        assert_eq!(twin_candidates(&g, noah), []);
        assert_eq!(make_twins(&g, noah, tim, TwinKind::Unknown).unwrap_err(), ActionError::BirthsApart);
        born(&mut g, tim, "2015");
        assert_eq!(twin_candidates(&g, noah), [tim], "a year alone can be the same day");
        // A half-sibling through a second line (adopted by a stepfather) is no twin.
        let (mut g, [_, noah, tim, _]) = family();
        let step = apply(&mut g, family::add_person);
        g.apply(Command::AddChildLink {
            id: g.next_child_link_id(),
            link: ChildLink::new(
                crate::genogram::model::ParentRef::Person(step),
                tim,
                crate::genogram::model::ChildLinkKind::Adopted,
            ),
        })
        .unwrap();
        assert_eq!(twin_candidates(&g, noah), []);
    }

    #[test]
    fn birth_dates_of_one_birth() {
        let ok = |a: &str, b: &str| plausible_twin_births(Some(&date(a)), Some(&date(b)));
        assert!(ok("2015-12-31", "2016-01-01"));
        assert!(ok("2015-12", "2015-12-31") && ok("2015-11", "2015-12-01"));
        assert!(!ok("2015-11", "2015-12-02"));
        assert!(!ok("2015-03-01", "2015-03-03"));
        assert!(ok("ca. 2014", "2015-06-01"), "an approximate date does not refuse");
        assert!(plausible_twin_births(None, Some(&date("2015"))));
    }
}
