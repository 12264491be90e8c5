//! The comparison on the demo family: a student's copy with its own ids and the
//! typical mistakes of a first genogram.

use super::diff::Difference;
use super::matcher::{distance, normalise, similarity};
use super::*;
use crate::genogram::layout::{layout, LayoutOptions, Pins};
use crate::genogram::model::{
    sample_family, ChildLinkKind, Command, Gender, Genogram, Person, PersonId, Union, UnionEventKind, UnionKind,
};
use std::collections::BTreeMap;

/// The family rebuilt with other ids (persons in reverse order, from 40 up), as a
/// student who drew it in another order would have it.
fn student_copy(g: &Genogram) -> (Genogram, BTreeMap<PersonId, PersonId>) {
    let mut s = Genogram::new();
    let mut map = BTreeMap::new();
    let mut people: Vec<_> = g.persons().map(|(id, p)| (id, p.clone())).collect();
    people.reverse();
    for (n, (id, mut person)) in people.into_iter().enumerate() {
        let new = PersonId(40 + n as u32);
        person.pinned_x = None;
        s.apply(Command::AddPerson { id: new, person }).unwrap();
        map.insert(id, new);
    }
    let mut unions = BTreeMap::new();
    for (uid, u) in g.unions() {
        let mut u = u.clone();
        u.partner_a = map[&u.partner_a];
        u.partner_b = u.partner_b.map(|b| map[&b]);
        let id = s.next_union_id();
        s.apply(Command::AddUnion { id, union: u }).unwrap();
        unions.insert(uid, id);
    }
    for (_, l) in g.child_links() {
        let mut l = l.clone();
        l.child = map[&l.child];
        l.parent = match l.parent {
            crate::genogram::model::ParentRef::Union(u) => crate::genogram::model::ParentRef::Union(unions[&u]),
            crate::genogram::model::ParentRef::Person(p) => crate::genogram::model::ParentRef::Person(map[&p]),
        };
        let id = s.next_child_link_id();
        s.apply(Command::AddChildLink { id, link: l }).unwrap();
    }
    for (_, r) in g.relations() {
        let mut r = r.clone();
        r.from = map[&r.from];
        r.to = map[&r.to];
        let id = s.next_relation_id();
        s.apply(Command::AddRelation { id, relation: r }).unwrap();
    }
    for (_, h) in g.households() {
        let mut h = h.clone();
        h.members = h.members.iter().map(|p| map[p]).collect();
        let id = s.next_household_id();
        s.apply(Command::AddHousehold { id, household: h }).unwrap();
    }
    (s, map)
}

fn id_of(g: &Genogram, given: &str) -> PersonId {
    g.persons().find(|(_, p)| p.given_name == given).map(|(id, _)| id).unwrap()
}

fn edit_person(g: &mut Genogram, given: &str, f: impl FnOnce(&mut Person)) {
    let id = id_of(g, given);
    let mut person = g.person(id).unwrap().clone();
    f(&mut person);
    g.apply(Command::UpdatePerson { id, person }).unwrap();
}

fn union_of(g: &Genogram, a: &str, b: &str) -> crate::genogram::model::UnionId {
    let (a, b) = (id_of(g, a), id_of(g, b));
    g.unions().find(|(_, u)| u.has_partner(a) && u.has_partner(b)).map(|(id, _)| id).unwrap()
}

#[test]
fn names_are_compared_without_case_accents_or_punctuation() {
    assert_eq!(normalise("  Zoë  O'Brien "), "zoe o brien");
    assert_eq!(normalise("JOSÉ"), "jose");
    assert_eq!(distance("jansen", "janssen"), 1);
    assert_eq!(distance("fatima", "fatma"), 1);
    assert_eq!(distance("abcd", "abdc"), 1, "a swap of neighbours is one step");
    assert!(similarity("jansen", "janssen") > 0.8);
    assert!(similarity("fatima", "fatma") > 0.8);
    assert!(similarity("jan", "els") < 0.1);
}

#[test]
fn the_same_family_with_other_ids_has_no_differences() {
    let reference = sample_family();
    let (student, map) = student_copy(&reference);
    let c = compare(&student, &reference);
    assert_eq!(c.differences, vec![], "{:?}", c.differences);
    assert_eq!(c.score, 100);
    for (r, s) in map {
        assert_eq!(c.matching.to_student[&r], s, "{}", reference.name_of(r));
    }
}

#[test]
fn misspelled_names_still_match() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    edit_person(&mut student, "Fatima", |p| p.given_name = "Fatma".into());
    edit_person(&mut student, "Sandra", |p| p.family_name = "Mulders".into());
    edit_person(&mut student, "Kevin", |p| p.family_name.clear());
    edit_person(&mut student, "Els", |p| p.given_name = "ÉLS".into());
    let c = compare(&student, &reference);
    assert_eq!(c.differences, vec![], "{:?}", c.differences);
    assert_eq!(c.matching.to_student[&id_of(&reference, "Fatima")], id_of(&student, "Fatma"));
}

#[test]
fn jansen_and_janssen_are_one_family_name() {
    let mut reference = Genogram::new();
    let mut student = Genogram::new();
    for (g, family) in [(&mut reference, "Jansen"), (&mut student, "Janssen")] {
        for (given, gender) in [("Piet", Gender::Male), ("Ans", Gender::Female)] {
            let id = g.next_person_id();
            g.apply(Command::AddPerson { id, person: Person::new(given, family, gender) }).unwrap();
        }
    }
    let c = compare(&student, &reference);
    assert_eq!(c.matching.to_student.len(), 2);
    assert_eq!(c.differences, vec![]);
}

#[test]
fn a_missing_person_is_one_difference_not_also_their_lines() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    let kevin = id_of(&student, "Kevin");
    student.apply(Command::RemovePerson { id: kevin }).unwrap();
    let c = compare(&student, &reference);
    let kevin_ref = id_of(&reference, "Kevin");
    assert_eq!(c.differences, vec![Difference::MissingPerson(Who { student: None, reference: Some(kevin_ref) })]);
    assert!(c.score < 100);
    assert_eq!(c.marked(false).into_iter().collect::<Vec<_>>(), vec![kevin_ref]);
    assert!(c.marked(true).is_empty(), "nothing to mark in the student's drawing");
}

#[test]
fn an_extra_person_is_listed_by_the_students_name() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    let id = student.next_person_id();
    student.apply(Command::AddPerson { id, person: Person::new("Bram", "de Vries", Gender::Male) }).unwrap();
    let c = compare(&student, &reference);
    assert_eq!(c.differences, vec![Difference::ExtraPerson(Who { student: Some(id), reference: None })]);
    let text = c.differences[0].describe(&student, &reference, crate::i18n::Lang::Nl);
    assert_eq!(text, "Bram de Vries staat niet in de uitwerking.");
}

#[test]
fn swapped_partners_are_a_missing_and_an_extra_union() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    // Peter's second union drawn with Els (his sister) instead of Fatima.
    let u = union_of(&student, "Peter", "Fatima");
    let mut union = student.union(u).unwrap().clone();
    let (peter, els, fatima) = (id_of(&student, "Peter"), id_of(&student, "Els"), id_of(&student, "Fatima"));
    union.partner_b = Some(if union.partner_a == peter { els } else { peter });
    union.partner_a = if union.partner_a == peter { peter } else { els };
    student.apply(Command::UpdateUnion { id: u, union }).unwrap();
    let c = compare(&student, &reference);
    let who = |given: &str| Who { student: Some(id_of(&student, given)), reference: Some(id_of(&reference, given)) };
    assert!(
        c.differences.iter().any(|d| matches!(d, Difference::MissingUnion { a, b: Some(b) }
        if [*a, *b].contains(&who("Fatima")) && [*a, *b].contains(&who("Peter")))),
        "{:?}",
        c.differences
    );
    assert!(
        c.differences.iter().any(|d| matches!(d, Difference::ExtraUnion { a, b: Some(b) }
        if [*a, *b].contains(&who("Els")) && [*a, *b].contains(&who("Peter")))),
        "{:?}",
        c.differences
    );
    assert!(c.marked(true).contains(&fatima) || c.marked(true).contains(&els));
    assert!(c.score < 100);
}

#[test]
fn a_child_of_the_wrong_kind_is_named() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    let kevin = id_of(&student, "Kevin");
    let (lid, link) = student.parent_links(kevin).into_iter().next().map(|(i, l)| (i, l.clone())).unwrap();
    student
        .apply(Command::UpdateChildLink {
            id: lid,
            link: crate::genogram::model::ChildLink { kind: ChildLinkKind::Adopted, ..link },
        })
        .unwrap();
    let c = compare(&student, &reference);
    assert_eq!(
        c.differences,
        vec![Difference::ChildKindDiffers {
            child: Who { student: Some(kevin), reference: Some(id_of(&reference, "Kevin")) },
            student: ChildLinkKind::Adopted,
            reference: ChildLinkKind::Foster,
        }]
    );
    assert_eq!(
        c.differences[0].describe(&student, &reference, crate::i18n::Lang::Nl),
        "Kevin Smit: getekend als kind (geadopteerd), in de uitwerking pleeg."
    );
}

#[test]
fn a_missing_divorce_and_a_missing_condition_are_named() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    let u = union_of(&student, "Peter", "Sandra");
    let mut union: Union = student.union(u).unwrap().clone();
    union.events.retain(|e| e.kind != UnionEventKind::Divorce);
    student.apply(Command::UpdateUnion { id: u, union }).unwrap();
    edit_person(&mut student, "Sandra", |p| p.conditions.clear());
    let c = compare(&student, &reference);
    assert_eq!(c.differences.len(), 2, "{:?}", c.differences);
    assert!(matches!(c.differences[0], Difference::MissingCondition { .. }));
    assert!(matches!(c.differences[1], Difference::MissingUnionEvent { event: UnionEventKind::Divorce, .. }));
    let texts: Vec<String> =
        c.differences.iter().map(|d| d.describe(&student, &reference, crate::i18n::Lang::Nl)).collect();
    assert_eq!(texts[0], "Bij Sandra Mulder ontbreekt ‘psychisch’.");
    assert_eq!(texts[1], "Bij de relatie tussen Peter de Vries en Sandra Mulder ontbreekt ‘echtscheiding’.");
}

#[test]
fn kinds_of_unions_relations_twins_and_households_are_compared() {
    let reference = sample_family();
    let (mut student, _) = student_copy(&reference);
    let u = union_of(&student, "Peter", "Fatima");
    let union = Union { kind: UnionKind::Marriage, ..student.union(u).unwrap().clone() };
    student.apply(Command::UpdateUnion { id: u, union }).unwrap();
    let (rid, rel) = student.relations().next().map(|(i, r)| (i, r.clone())).unwrap();
    let relation = crate::genogram::model::Relation { kind: crate::genogram::model::RelationKind::Hostile, ..rel };
    student.apply(Command::UpdateRelation { id: rid, relation }).unwrap();
    let lisa = id_of(&student, "Lisa");
    let (lid, link) = student.parent_links(lisa).into_iter().next().map(|(i, l)| (i, l.clone())).unwrap();
    let eva = id_of(&student, "Eva");
    let (eid, elink) = student.parent_links(eva).into_iter().next().map(|(i, l)| (i, l.clone())).unwrap();
    student
        .apply(Command::UpdateChildLink { id: lid, link: crate::genogram::model::ChildLink { twin: None, ..link } })
        .unwrap();
    student
        .apply(Command::UpdateChildLink { id: eid, link: crate::genogram::model::ChildLink { twin: None, ..elink } })
        .unwrap();
    let (hid, mut home) = student.households().next().map(|(i, h)| (i, h.clone())).unwrap();
    home.members.remove(&id_of(&student, "Kevin"));
    student.apply(Command::UpdateHousehold { id: hid, household: home }).unwrap();
    let c = compare(&student, &reference);
    let kinds: Vec<&str> = c
        .differences
        .iter()
        .map(|d| match d {
            Difference::UnionKindDiffers { .. } => "union kind",
            Difference::RelationKindDiffers { .. } => "relation kind",
            Difference::TwinDiffers { .. } => "twin",
            Difference::HouseholdDiffers { .. } => "household",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, vec!["union kind", "twin", "twin", "relation kind", "household"], "{:?}", c.differences);
}

#[test]
fn gender_and_generation_decide_between_equal_names() {
    // Two persons called Sam: the student's male Sam is the reference's male Sam.
    let mut reference = Genogram::new();
    let mut student = Genogram::new();
    for g in [&mut reference, &mut student] {
        for gender in [Gender::Female, Gender::Male] {
            let id = g.next_person_id();
            g.apply(Command::AddPerson { id, person: Person::new("Sam", "Bos", gender) }).unwrap();
        }
    }
    // In the student's drawing the ids are the other way round.
    let swap = |p: &Person| Person {
        gender: if p.gender == Gender::Male { Gender::Female } else { Gender::Male },
        ..p.clone()
    };
    for id in [PersonId(0), PersonId(1)] {
        let person = swap(student.person(id).unwrap());
        student.apply(Command::UpdatePerson { id, person }).unwrap();
    }
    let c = compare(&student, &reference);
    assert_eq!(c.matching.to_student[&PersonId(0)], PersonId(1));
    assert_eq!(c.differences, vec![]);
}

#[test]
fn marks_are_rings_around_the_persons_concerned() {
    let g = sample_family();
    let family = crate::genogram::scene::layout_input(&g);
    let l = layout(&family, &Pins::default(), &LayoutOptions::default());
    let mut scene = crate::genogram::scene::build_scene(
        &g,
        &l,
        &crate::genogram::scene::SceneOptions::new(crate::i18n::Lang::Nl, "2025".parse().unwrap()),
    );
    let before = scene.items.len();
    let noah = id_of(&g, "Noah");
    mark::mark_persons(&mut scene, &l, &[noah, PersonId(999)].into_iter().collect());
    assert_eq!(scene.items.len(), before + 1, "a person not in the drawing gets no ring");
    let ring = scene.item(&format!("compare:{}", noah.get())).unwrap();
    let p = &l.persons[&noah.get()];
    match &ring.shapes[0].primitive {
        crate::kernel::shape::Primitive::Circle { cx, cy, r } => {
            assert_eq!((*cx, *cy), (p.x, p.y));
            assert!(*r > 20.0, "outside the 40-unit symbol");
        }
        other => panic!("not a ring: {other:?}"),
    }
    assert_eq!(ring.shapes[0].style.stroke, Some(mark::MARK_COLOUR));
}

#[test]
fn the_score_falls_with_each_difference_and_never_below_zero() {
    let g = sample_family();
    let items = score::reference_items(&g);
    assert!(items > 20, "{items}");
    let one = vec![Difference::MissingPerson(Who { student: None, reference: Some(PersonId(0)) })];
    assert_eq!(score::score(&g, &[]), 100);
    assert!(score::score(&g, &one) < 100);
    assert_eq!(score::score(&g, &vec![one[0].clone(); items + 5]), 0);
}
