//! Kinship queries on the sample family and small hand-made cases.

use crate::genogram::model::*;

fn p(n: u32) -> PersonId {
    PersonId(n)
}
// Sample family ids, in creation order.
const JAN: PersonId = PersonId(0);
const MARIE: PersonId = PersonId(1);
const PETER: PersonId = PersonId(2);
const ELS: PersonId = PersonId(3);
const SANDRA: PersonId = PersonId(4);
const LISA: PersonId = PersonId(5);
const EVA: PersonId = PersonId(6);
const DAAN: PersonId = PersonId(7);
const FATIMA: PersonId = PersonId(8);
const NOAH: PersonId = PersonId(9);
const KEVIN: PersonId = PersonId(10);

fn add(g: &mut Genogram, name: &str, birth: Option<&str>) -> PersonId {
    let id = g.next_person_id();
    let mut person = Person::new(name, "", Gender::Unknown);
    person.birth = birth.map(|b| b.parse().unwrap());
    g.apply(Command::AddPerson { id, person }).unwrap();
    id
}

fn marry(g: &mut Genogram, a: PersonId, b: PersonId, start: Option<&str>) -> UnionId {
    let id = g.next_union_id();
    let union =
        Union::new(a, b, UnionKind::Marriage).with_event(UnionEventKind::Start, start.map(|s| s.parse().unwrap()));
    g.apply(Command::AddUnion { id, union }).unwrap();
    id
}

fn child(g: &mut Genogram, parent: ParentRef, c: PersonId) -> ChildLinkId {
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink { id, link: ChildLink::new(parent, c, ChildLinkKind::Biological) }).unwrap();
    id
}

#[test]
fn sample_family_parents_children_partners() {
    let g = sample_family();
    assert_eq!(g.person(NOAH).unwrap().given_name, "Noah");
    assert_eq!(g.parents(NOAH), vec![PETER, FATIMA]);
    assert_eq!(g.parents(KEVIN), vec![PETER, FATIMA]);
    assert_eq!(g.biological_parents(KEVIN), Vec::<PersonId>::new());
    assert_eq!(g.children(JAN), vec![PETER, ELS]);
    assert_eq!(g.children(PETER), vec![LISA, EVA, DAAN, NOAH, KEVIN]);
    assert_eq!(g.partners(PETER), vec![SANDRA, FATIMA]);
    assert_eq!(g.index_person(), Some(NOAH));
    assert_eq!(g.twins_of(LISA), vec![EVA]);
}

#[test]
fn full_and_half_siblings() {
    let g = sample_family();
    assert_eq!(g.full_siblings(LISA), vec![EVA, DAAN]);
    assert_eq!(g.half_siblings(LISA), vec![NOAH, KEVIN]);
    assert_eq!(g.full_siblings(NOAH), vec![KEVIN]);
    assert_eq!(g.half_siblings(NOAH), vec![LISA, EVA, DAAN]);
    assert_eq!(g.siblings(PETER), vec![ELS]);
    assert!(g.siblings(JAN).is_empty());
}

#[test]
fn children_of_unknown_partner_union_are_full_siblings() {
    let mut g = Genogram::new();
    let mum = add(&mut g, "mum", None);
    let (a, b) = (add(&mut g, "a", None), add(&mut g, "b", None));
    let u = g.next_union_id();
    g.apply(Command::AddUnion { id: u, union: Union::with_unknown_partner(mum, UnionKind::Relationship) }).unwrap();
    child(&mut g, ParentRef::Union(u), a);
    child(&mut g, ParentRef::Union(u), b);
    let c = add(&mut g, "c", None);
    child(&mut g, ParentRef::Person(mum), c);
    assert_eq!(g.full_siblings(a), vec![b]);
    assert_eq!(g.half_siblings(a), vec![c]);
    assert_eq!(g.parent_slots(a).len(), 2);
}

#[test]
fn ancestors_descendants_generations() {
    let g = sample_family();
    assert_eq!(g.ancestors(NOAH).into_iter().collect::<Vec<_>>(), vec![JAN, MARIE, PETER, FATIMA]);
    assert_eq!(g.biological_ancestors(KEVIN).len(), 0);
    assert_eq!(g.descendants(MARIE).into_iter().collect::<Vec<_>>(), vec![PETER, ELS, LISA, EVA, DAAN, NOAH, KEVIN]);
    assert_eq!(g.generation_from_index(JAN), Some(-2));
    assert_eq!(g.generation_from_index(SANDRA), Some(-1));
    assert_eq!(g.generation_from_index(LISA), Some(0));
    assert_eq!(g.generation(NOAH, JAN), Some(2));
    assert_eq!(g.generations_from(NOAH).len(), 11);
}

#[test]
fn unions_in_chronological_order_then_creation_order() {
    let mut g = Genogram::new();
    let a = add(&mut g, "a", None);
    let (b, c, d, e) = (add(&mut g, "b", None), add(&mut g, "c", None), add(&mut g, "d", None), add(&mut g, "e", None));
    let late = marry(&mut g, a, b, Some("2005"));
    let undated = marry(&mut g, a, e, None);
    let early = marry(&mut g, a, c, Some("1990-04"));
    let same_year_later_id = marry(&mut g, a, d, Some("1990-04"));
    assert_eq!(g.unions_of(a), vec![early, same_year_later_id, late, undated]);
    assert_eq!(g.partners(a), vec![c, d, b, e]);
}

#[test]
fn birth_order_from_dates_and_explicit_override() {
    let mut g = Genogram::new();
    let (m, f) = (add(&mut g, "m", None), add(&mut g, "f", None));
    let u = marry(&mut g, m, f, None);
    let young = add(&mut g, "young", Some("2000"));
    let unknown = add(&mut g, "unknown", None);
    let old = add(&mut g, "old", Some("1995-03"));
    let mid = add(&mut g, "mid", Some("1998"));
    for c in [young, unknown, old, mid] {
        child(&mut g, ParentRef::Union(u), c);
    }
    let order = |g: &Genogram| g.children_of(ParentRef::Union(u)).into_iter().map(|(_, c)| c).collect::<Vec<_>>();
    assert_eq!(order(&g), vec![old, mid, young, unknown]);
    // The professional knows "unknown" is the eldest.
    let (lid, link) = g.parent_links(unknown)[0];
    let link = ChildLink { order: Some(1), ..link.clone() };
    g.apply(Command::UpdateChildLink { id: lid, link }).unwrap();
    assert_eq!(order(&g), vec![unknown, old, mid, young]);
}

#[test]
fn consanguinity_of_cousins() {
    let mut g = Genogram::new();
    let (gp1, gp2) = (add(&mut g, "opa", None), add(&mut g, "oma", None));
    let gu = marry(&mut g, gp1, gp2, None);
    let (s1, s2) = (add(&mut g, "s1", None), add(&mut g, "s2", None));
    child(&mut g, ParentRef::Union(gu), s1);
    child(&mut g, ParentRef::Union(gu), s2);
    let (c1, c2) = (add(&mut g, "c1", None), add(&mut g, "c2", None));
    child(&mut g, ParentRef::Person(s1), c1);
    child(&mut g, ParentRef::Person(s2), c2);
    let cousins = marry(&mut g, c1, c2, None);
    assert_eq!(g.consanguinity(cousins), vec![gp1, gp2]);
    let outsider = add(&mut g, "x", None);
    let unrelated = marry(&mut g, c1, outsider, None);
    assert!(g.consanguinity(unrelated).is_empty());
    // Adoption does not make blood relatives.
    let sample = sample_family();
    let u = sample.unions_of(LISA);
    assert!(u.is_empty());
    assert!(sample.consanguinity(UnionId(0)).is_empty());
}

#[test]
fn connected_components_ignore_emotional_relations() {
    let mut g = sample_family();
    assert_eq!(g.connected_components().len(), 1);
    let stranger = add(&mut g, "buurvrouw", None);
    let id = g.next_relation_id();
    g.apply(Command::AddRelation { id, relation: Relation::new(stranger, NOAH, RelationKind::Friendship) }).unwrap();
    let comps = g.connected_components();
    assert_eq!(comps.len(), 2);
    assert_eq!(comps[1], vec![stranger]);
    assert_eq!(comps[0].len(), 11);
    let _ = p(0);
}

#[test]
fn relation_kinds_know_their_direction_and_labels() {
    assert!(RelationKind::PhysicalAbuse.is_directed());
    assert!(RelationKind::FocusedOn.is_directed());
    assert!(!RelationKind::Close.is_directed());
    assert!(!RelationKind::Cutoff.is_directed());
    assert_eq!(RelationKind::ALL.len(), 30);
    assert_eq!(RelationKind::CloseHostile.label(crate::i18n::Lang::Nl), "nabij-vijandig");
    assert_eq!(RelationKind::CloseHostile.label(crate::i18n::Lang::En), "close-hostile");
    assert_eq!(serde_json::to_string(&RelationKind::NegativelyFocusedOn).unwrap(), "\"negatively_focused_on\"");
    assert_eq!(UnionEventKind::Divorce.abbreviation(crate::i18n::Lang::Nl), "g.");
    assert_eq!(ConditionCategory::Other("autisme".into()).label(crate::i18n::Lang::En), "autisme");
}

#[test]
fn ages_at_reference_or_death() {
    let g = sample_family();
    let today = PartialDate::from_unix_ms(1_735_689_600_000); // 2025-01-01
    assert_eq!(g.person(JAN).unwrap().age(today), Some(Age { years: 77, approximate: false }));
    assert_eq!(g.person(NOAH).unwrap().age(today), Some(Age { years: 21, approximate: false }));
    let mut ghost = Person::new("x", "", Gender::Unknown);
    ghost.birth = Some("1900".parse().unwrap());
    ghost.deceased = true;
    assert_eq!(ghost.age(today), None);
    assert!(ghost.is_deceased());
}

#[test]
fn persons_without_a_role_are_numbered_from_one_not_by_id() {
    let mut g = Genogram::new();
    let a = add(&mut g, "Rick", None);
    let b = add(&mut g, "Priya", None);
    let c = add(&mut g, "Cliënt", None);
    let e = add(&mut g, "Els", None);
    marry(&mut g, a, b, None);
    g.apply(Command::SetIndexPerson { id: Some(c) }).unwrap();
    let roles = roles::numbered_roles(&g, crate::i18n::Lang::Nl);
    assert_eq!(roles[&c], "cliënt");
    // Nobody is related to the client: they count 1, 2, 3 in id order (not "persoon 0").
    assert_eq!([&roles[&a], &roles[&b], &roles[&e]], ["persoon 1", "persoon 2", "persoon 3"]);
    assert_eq!(roles::numbered_roles(&g, crate::i18n::Lang::En)[&e], "person 3");
}
