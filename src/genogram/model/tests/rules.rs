//! Refusals, warnings, removal with links, and error messages.

use super::assert_consistent;
use crate::genogram::model::*;
use crate::i18n::Lang;

const JAN: PersonId = PersonId(0);
const MARIE: PersonId = PersonId(1);
const PETER: PersonId = PersonId(2);
const SANDRA: PersonId = PersonId(4);
const LISA: PersonId = PersonId(5);
const FATIMA: PersonId = PersonId(8);
const NOAH: PersonId = PersonId(9);

fn refused(g: &mut Genogram, cmd: Command) -> ModelError {
    let before = g.clone();
    let err = g.apply(cmd).expect_err("command should be refused");
    assert_eq!(*g, before, "a refused command changes nothing");
    assert_consistent(g);
    err
}

#[test]
fn union_with_oneself_is_refused() {
    let mut g = sample_family();
    let id = g.next_union_id();
    let err = refused(&mut g, Command::AddUnion { id, union: Union::new(PETER, PETER, UnionKind::Affair) });
    assert_eq!(err, ModelError::SelfUnion { person: PETER, name: "Peter de Vries".into() });
    assert!(err.message(Lang::Nl).contains("zichzelf"));
    assert!(err.message(Lang::En).contains("themselves"));
    let err =
        refused(&mut g, Command::UpdateUnion { id: UnionId(0), union: Union::new(JAN, JAN, UnionKind::Marriage) });
    assert!(matches!(err, ModelError::SelfUnion { .. }));
}

#[test]
fn own_ancestor_is_refused() {
    let mut g = sample_family();
    let id = g.next_child_link_id();
    // Jan as a child of his grandson Noah.
    let err = refused(
        &mut g,
        Command::AddChildLink { id, link: ChildLink::new(ParentRef::Person(NOAH), JAN, ChildLinkKind::Adopted) },
    );
    assert!(matches!(err, ModelError::OwnAncestor { person: JAN, .. }));
    assert!(err.message(Lang::Nl).contains("eigen (voor)ouder"));
    // A child of a union they are a partner in.
    let err = refused(&mut g, Command::AddChildLink { id, link: ChildLink::of_union(UnionId(0), JAN) });
    assert!(matches!(err, ModelError::OwnAncestor { .. }));
    // Making Noah a partner of his grandparents' union makes him his own grandparent.
    let err =
        refused(&mut g, Command::UpdateUnion { id: UnionId(0), union: Union::new(JAN, NOAH, UnionKind::Marriage) });
    assert!(matches!(err, ModelError::OwnAncestor { .. }));
}

#[test]
fn more_than_two_biological_parents_is_refused_but_adoption_is_fine() {
    let mut g = sample_family();
    let id = g.next_child_link_id();
    let err = refused(
        &mut g,
        Command::AddChildLink { id, link: ChildLink::new(ParentRef::Person(JAN), LISA, ChildLinkKind::Biological) },
    );
    assert_eq!(err, ModelError::TooManyBiologicalParents { child: LISA, name: "Lisa de Vries".into() });
    assert!(err.message(Lang::En).contains("more than two biological parents"));
    g.apply(Command::AddChildLink { id, link: ChildLink::new(ParentRef::Person(JAN), LISA, ChildLinkKind::Foster) })
        .unwrap();
    assert_eq!(g.parents(LISA), vec![JAN, PETER, SANDRA]);
    // A surrogate's line does not count as a biological parent.
    let id = g.next_child_link_id();
    let link = ChildLink {
        aid: Some(ConceptionAid::Surrogate),
        ..ChildLink::new(ParentRef::Person(MARIE), LISA, ChildLinkKind::Biological)
    };
    g.apply(Command::AddChildLink { id, link }).unwrap();
    // Turning a foster line into a biological one is refused as well.
    let (fid, foster) = g.parent_links(LISA).into_iter().find(|(_, l)| l.kind == ChildLinkKind::Foster).unwrap();
    let bio = ChildLink { kind: ChildLinkKind::Biological, ..foster.clone() };
    assert!(matches!(
        refused(&mut g, Command::UpdateChildLink { id: fid, link: bio }),
        ModelError::TooManyBiologicalParents { .. }
    ));
}

#[test]
fn the_same_child_twice_is_refused() {
    let mut g = sample_family();
    let id = g.next_child_link_id();
    let err = refused(
        &mut g,
        Command::AddChildLink { id, link: ChildLink::new(ParentRef::Union(UnionId(1)), LISA, ChildLinkKind::Adopted) },
    );
    assert!(matches!(err, ModelError::AlreadyChild { child: LISA, .. }));
}

#[test]
fn missing_and_reused_ids_are_refused() {
    let mut g = sample_family();
    let ghost = PersonId(99);
    let (rid, hid) = (g.next_relation_id(), g.next_household_id());
    let err =
        refused(&mut g, Command::AddRelation { id: rid, relation: Relation::new(ghost, NOAH, RelationKind::Hate) });
    assert_eq!(err, ModelError::NotFound(AnyId::Person(ghost)));
    assert!(err.message(Lang::Nl).contains("bestaat niet"));
    let err = refused(&mut g, Command::AddPerson { id: NOAH, person: Person::default() });
    assert_eq!(err, ModelError::IdInUse(AnyId::Person(NOAH)));
    refused(&mut g, Command::RemoveUnion { id: UnionId(42) });
    refused(&mut g, Command::UpdatePerson { id: ghost, person: Person::default() });
    refused(&mut g, Command::AddHousehold { id: hid, household: Household::new("", [NOAH, ghost]) });
    refused(&mut g, Command::SetIndexPerson { id: Some(ghost) });
    let err =
        refused(&mut g, Command::AddRelation { id: rid, relation: Relation::new(NOAH, NOAH, RelationKind::Hate) });
    assert!(matches!(err, ModelError::SelfRelation { .. }));
    // A batch is all or nothing.
    let ok = Command::AddPerson { id: g.next_person_id(), person: Person::default() };
    refused(&mut g, Command::Batch(vec![ok, Command::RemovePerson { id: ghost }]));
}

#[test]
fn removing_a_person_takes_links_along_and_undo_restores_them() {
    let mut g = sample_family();
    let before = g.clone();
    let inverse = g.apply(Command::RemovePerson { id: PETER }).unwrap();
    assert_consistent(&g);
    assert!(g.person(PETER).is_none());
    // The unions stay with the other partner and an unknown partner; the children keep their mothers.
    assert_eq!(g.union(UnionId(1)).unwrap().partner_a, SANDRA);
    assert_eq!(g.union(UnionId(1)).unwrap().partner_b, None);
    assert_eq!(g.parents(NOAH), vec![FATIMA]);
    assert_eq!(g.children(JAN), vec![PersonId(3)]);
    assert_eq!(g.relations_of(NOAH).len(), 1);
    assert!(!g.household(HouseholdId(0)).unwrap().members.contains(&PETER));
    g.apply(inverse).unwrap();
    assert_eq!(g, before);
    assert_consistent(&g);
}

#[test]
fn removing_a_union_takes_its_child_lines() {
    let mut g = sample_family();
    let before = g.clone();
    let inverse = g.apply(Command::RemoveUnion { id: UnionId(1) }).unwrap();
    assert!(g.parents(LISA).is_empty());
    assert_eq!(g.partners(PETER), vec![FATIMA]);
    g.apply(inverse).unwrap();
    assert_eq!(g, before);
}

#[test]
fn set_index_person_is_exclusive_and_undoable() {
    let mut g = sample_family();
    let before = g.clone();
    let inv = g.apply(Command::SetIndexPerson { id: Some(LISA) }).unwrap();
    assert_eq!(g.index_persons(), vec![LISA]);
    g.apply(inv).unwrap();
    assert_eq!(g, before);
    g.apply(Command::SetIndexPerson { id: None }).unwrap();
    assert_eq!(g.index_person(), None);
}

#[test]
fn odd_but_possible_things_are_warnings() {
    let mut g = sample_family();
    assert_eq!(g.warnings(), vec![], "the sample family is plausible");
    let mut jan = g.person(JAN).unwrap().clone();
    jan.death = Some("1930".parse().unwrap());
    g.apply(Command::UpdatePerson { id: JAN, person: jan }).unwrap();
    let mut lisa = g.person(LISA).unwrap().clone();
    lisa.index = true;
    lisa.birth = Some("1991".parse().unwrap());
    g.apply(Command::UpdatePerson { id: LISA, person: lisa }).unwrap();
    let mut noah = g.person(NOAH).unwrap().clone();
    noah.birth = Some("1970".parse().unwrap());
    g.apply(Command::UpdatePerson { id: NOAH, person: noah }).unwrap();
    let mut fatima = g.person(FATIMA).unwrap().clone();
    fatima.birth = Some("1960".parse().unwrap());
    g.apply(Command::UpdatePerson { id: FATIMA, person: fatima }).unwrap();
    let kevin = PersonId(10);
    let mut foster = g.person(kevin).unwrap().clone();
    foster.birth = Some("1950".parse().unwrap());
    g.apply(Command::UpdatePerson { id: kevin, person: foster }).unwrap();
    let kinds: Vec<WarningKind> = g.warnings().iter().map(|w| w.kind).collect();
    for k in [
        WarningKind::DeathBeforeBirth,
        WarningKind::BornAfterParentDeath,
        WarningKind::ParentYoungerThanChild,
        WarningKind::VeryYoungParent,
        WarningKind::MultipleIndexPersons,
        WarningKind::TwinsBornApart,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {kinds:?}");
    }
    let death = g.warnings().into_iter().find(|w| w.kind == WarningKind::DeathBeforeBirth).unwrap();
    assert_eq!(death.persons(), vec![JAN]);
    assert_eq!(death.message(Lang::Nl), "Jan de Vries: de overlijdensdatum ligt vóór de geboortedatum.");
    assert_eq!(death.message(Lang::En), "Jan de Vries: the date of death is before the date of birth.");
    let young =
        g.warnings().into_iter().find(|w| w.kind == WarningKind::VeryYoungParent && w.persons()[0] == FATIMA).unwrap();
    assert_eq!(young.persons(), vec![FATIMA, NOAH]);
    assert!(young.message(Lang::Nl).contains("pas 10 jaar"));
    let index = g.warnings().into_iter().find(|w| w.kind == WarningKind::MultipleIndexPersons).unwrap();
    assert_eq!(index.persons(), vec![LISA, NOAH]);
}

#[test]
fn a_relation_that_ends_before_it_starts_is_a_warning() {
    let mut g = sample_family();
    let (rid, r) = g.relations().map(|(id, r)| (id, r.clone())).next().unwrap();
    let with_period = |start: &str, end: &str| Relation {
        start: Some(start.parse().unwrap()),
        end: Some(end.parse().unwrap()),
        ..r.clone()
    };
    g.apply(Command::UpdateRelation { id: rid, relation: with_period("2015", "2010") }).unwrap();
    let w = g.warnings().into_iter().find(|w| w.kind == WarningKind::RelationEndsBeforeStart).expect("warned");
    assert_eq!(w.persons(), vec![PETER, NOAH]);
    assert!(w.ids.contains(&AnyId::Relation(rid)), "the relation is named, so the UI can point at it");
    assert_eq!(
        w.message(Lang::Nl),
        "De emotionele relatie tussen Peter de Vries en Noah de Vries eindigt vóór ze begint."
    );
    assert_eq!(
        w.message(Lang::En),
        "The emotional relation between Peter de Vries and Noah de Vries ends before it starts."
    );
    // Within the same year, or only months known on one side, is not "before".
    for (start, end) in [("2015", "2015-02"), ("2015-03", "2015"), ("2015-03", "2015-03-01"), ("2010", "ca. 2015")] {
        g.apply(Command::UpdateRelation { id: rid, relation: with_period(start, end) }).unwrap();
        assert!(!g.warnings().iter().any(|w| w.kind == WarningKind::RelationEndsBeforeStart), "{start} – {end}");
    }
    g.apply(Command::UpdateRelation { id: rid, relation: with_period("2015-06", "2015-03") }).unwrap();
    assert!(g.warnings().iter().any(|w| w.kind == WarningKind::RelationEndsBeforeStart), "months known on both sides");
}

#[test]
fn every_error_has_two_distinct_messages() {
    let errors = [
        ModelError::NotFound(AnyId::Union(UnionId(3))),
        ModelError::IdInUse(AnyId::Household(HouseholdId(1))),
        ModelError::SelfUnion { person: PersonId(1), name: String::new() },
        ModelError::SelfRelation { person: PersonId(1), name: "A".into() },
        ModelError::OwnAncestor { person: PersonId(1), name: "A".into() },
        ModelError::TooManyBiologicalParents { child: PersonId(1), name: "A".into() },
        ModelError::AlreadyChild { child: PersonId(1), name: "A".into() },
    ];
    for e in errors {
        let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
        assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{e:?}");
        assert!(!e.ids().is_empty());
    }
}

#[test]
fn removing_the_last_member_removes_the_household_and_undo_restores_it() {
    let mut g = sample_family();
    let hid = g.next_household_id();
    g.apply(Command::AddHousehold { id: hid, household: Household::new("Noah alleen", [NOAH]) }).unwrap();
    let before = g.clone();
    let inverse = g.apply(Command::RemovePerson { id: NOAH }).unwrap();
    assert!(g.households().all(|(id, _)| id != hid), "no empty household left behind");
    assert_consistent(&g);
    g.apply(inverse).unwrap();
    assert_eq!(g, before);
}
