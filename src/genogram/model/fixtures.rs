//! A demo family for tests, the layout engine and the UI's example document.

use super::child::{ChildLink, ChildLinkKind, ParentRef, Twin, TwinKind};
use super::command::Command;
use super::date::PartialDate;
use super::genogram::Genogram;
use super::household::Household;
use super::ids::{PersonId, UnionId};
use super::person::{Condition, ConditionCategory, ConditionStatus, Gender, Person};
use super::relation::{Relation, RelationKind};
use super::union::{Union, UnionEventKind, UnionKind};

/// A date in the model's own notation ("1962", "1988-06", "ca. 1965"); fixtures and
/// the example cases (`crate::cases`) build with these helpers.
pub(crate) fn date(s: &str) -> PartialDate {
    s.parse().expect("fixture dates are valid")
}

/// Adds a person born on `birth`; `edit` fills in the rest.
pub(crate) fn person(
    g: &mut Genogram,
    given: &str,
    family: &str,
    gender: Gender,
    birth: &str,
    edit: impl FnOnce(&mut Person),
) -> PersonId {
    let mut p = Person::new(given, family, gender);
    p.birth = Some(date(birth));
    edit(&mut p);
    let id = g.next_person_id();
    g.apply(Command::AddPerson { id, person: p }).expect("fixture person");
    id
}

fn union(g: &mut Genogram, u: Union) -> UnionId {
    let id = g.next_union_id();
    g.apply(Command::AddUnion { id, union: u }).expect("fixture union");
    id
}

fn child(g: &mut Genogram, link: ChildLink) {
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink { id, link }).expect("fixture child line");
}

/// A condition of a person.
pub(crate) fn condition(category: ConditionCategory, status: ConditionStatus, note: &str) -> Condition {
    Condition { category, status, note: note.to_owned(), since: None }
}

/// The De Vries family, three generations, for demos and tests:
///
/// * Grandparents Jan (1938–2015, heart disease) and Marie (1941), married 1962;
///   children Peter (1964) and Els (1967).
/// * Peter married Sandra (1965, depression in recovery) in 1988, divorced 1998:
///   identical twins Lisa and Eva (1990) and adopted son Daan (1994).
/// * Peter (alcohol, active) lives with Fatima (1972) since 2001: son Noah (2003, the
///   index person; drugs suspected; tags "schulden", "uithuiszetting") — a half brother
///   of the twins — and foster son Kevin (2009).
/// * Emotional relations: Peter–Noah onenigheid (discord), Fatima–Noah nabij (close).
/// * Household "Gezin De Vries" at Utrecht: Peter, Fatima, Noah and Kevin.
///
/// Ids are given in the order above (Jan = P0, Marie = P1, …).
pub fn sample_family() -> Genogram {
    let mut g = Genogram::new();
    let jan = person(&mut g, "Jan", "de Vries", Gender::Male, "1938-04-12", |p| {
        p.death = Some(date("2015-11"));
        p.occupation = "timmerman".into();
        p.conditions.push(condition(ConditionCategory::Physical, ConditionStatus::Active, "hartfalen"));
    });
    let marie =
        person(&mut g, "Marie", "de Vries-Bakker", Gender::Female, "1941", |p| p.residence = "Amersfoort".into());
    let peter = person(&mut g, "Peter", "de Vries", Gender::Male, "1964-02-03", |p| {
        p.occupation = "chauffeur".into();
        p.conditions.push(condition(ConditionCategory::Alcohol, ConditionStatus::Active, ""));
    });
    let els = person(&mut g, "Els", "de Vries", Gender::Female, "1967", |_| {});
    let sandra = person(&mut g, "Sandra", "Mulder", Gender::Female, "ca. 1965", |p| {
        p.conditions.push(condition(ConditionCategory::Mental, ConditionStatus::InRecovery, "depressie"));
    });
    let lisa = person(&mut g, "Lisa", "de Vries", Gender::Female, "1990-07-21", |_| {});
    let eva = person(&mut g, "Eva", "de Vries", Gender::Female, "1990-07-21", |_| {});
    let daan = person(&mut g, "Daan", "de Vries", Gender::Male, "1994", |_| {});
    let fatima = person(&mut g, "Fatima", "El Amrani", Gender::Female, "1972-09-30", |p| {
        p.occupation = "verpleegkundige".into()
    });
    let noah = person(&mut g, "Noah", "de Vries", Gender::Male, "2003-05-14", |p| {
        p.index = true;
        p.conditions.push(condition(ConditionCategory::Drugs, ConditionStatus::Suspected, "cannabis"));
        p.tags = vec!["schulden".into(), "uithuiszetting".into()];
    });
    let kevin = person(&mut g, "Kevin", "Smit", Gender::Male, "2009", |_| {});

    let grandparents = union(
        &mut g,
        Union::new(jan, marie, UnionKind::Marriage)
            .with_event(UnionEventKind::Start, Some(date("1962")))
            .with_event(UnionEventKind::Widowed, Some(date("2015-11"))),
    );
    let first = union(
        &mut g,
        Union::new(peter, sandra, UnionKind::Marriage)
            .with_event(UnionEventKind::Start, Some(date("1988-06")))
            .with_event(UnionEventKind::Separation, Some(date("1997")))
            .with_event(UnionEventKind::Divorce, Some(date("1998"))),
    );
    let second = union(
        &mut g,
        Union::new(peter, fatima, UnionKind::Cohabiting).with_event(UnionEventKind::Start, Some(date("2001"))),
    );

    child(&mut g, ChildLink::of_union(grandparents, peter));
    child(&mut g, ChildLink::of_union(grandparents, els));
    let twin = Some(Twin { group: 1, kind: TwinKind::Identical });
    child(&mut g, ChildLink { twin, ..ChildLink::of_union(first, lisa) });
    child(&mut g, ChildLink { twin, ..ChildLink::of_union(first, eva) });
    child(&mut g, ChildLink::new(ParentRef::Union(first), daan, ChildLinkKind::Adopted));
    child(&mut g, ChildLink::of_union(second, noah));
    child(&mut g, ChildLink::new(ParentRef::Union(second), kevin, ChildLinkKind::Foster));

    let id = g.next_relation_id();
    g.apply(Command::AddRelation { id, relation: Relation::new(peter, noah, RelationKind::Discord) })
        .expect("fixture relation");
    let id = g.next_relation_id();
    g.apply(Command::AddRelation { id, relation: Relation::new(fatima, noah, RelationKind::Close) })
        .expect("fixture relation");
    let id = g.next_household_id();
    let mut home = Household::new("Gezin De Vries", [peter, fatima, noah, kevin]);
    home.label.push_str(", Utrecht");
    g.apply(Command::AddHousehold { id, household: home }).expect("fixture household");
    g
}
