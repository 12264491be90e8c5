//! Small helpers that build the example cases through the model's own commands, so a
//! case obeys every rule a drawn genogram or netwerkkaart does.

use crate::genogram::model::{
    ChildLink, ChildLinkKind, Command, Condition, ConditionCategory, ConditionStatus, Gender, Genogram, Household,
    ParentRef, PartialDate, Person, PersonId, Relation, RelationKind, Union, UnionEventKind, UnionId, UnionKind,
};
use crate::netwerkkaart::{
    Actor, ActorId, Command as MapCommand, Direction, Frequency, Netwerkkaart, Quality, Strength, SupportSet,
    SupportType, Tie, TieEnd,
};

/// A date written in the model's own notation ("1962", "1988-06", "ca. 1965").
pub fn date(s: &str) -> PartialDate {
    s.parse().expect("case dates are valid")
}

/// Adds a person born on `birth`; `edit` fills in the rest.
pub fn person(
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
    g.apply(Command::AddPerson { id, person: p }).expect("case person");
    id
}

/// Adds a union of `a` and `b` with its events (kind and date).
pub fn union(
    g: &mut Genogram,
    a: PersonId,
    b: PersonId,
    kind: UnionKind,
    events: &[(UnionEventKind, &str)],
) -> UnionId {
    let mut u = Union::new(a, b, kind);
    for (k, d) in events {
        u = u.with_event(*k, Some(date(d)));
    }
    let id = g.next_union_id();
    g.apply(Command::AddUnion { id, union: u }).expect("case union");
    id
}

/// Adds `children` of the union `u`, all of one kind.
pub fn children(g: &mut Genogram, u: UnionId, kind: ChildLinkKind, children: &[PersonId]) {
    for &c in children {
        let id = g.next_child_link_id();
        g.apply(Command::AddChildLink { id, link: ChildLink::new(ParentRef::Union(u), c, kind) })
            .expect("case child line");
    }
}

/// Adds an emotional relation.
pub fn relation(g: &mut Genogram, a: PersonId, b: PersonId, kind: RelationKind) {
    let id = g.next_relation_id();
    g.apply(Command::AddRelation { id, relation: Relation::new(a, b, kind) }).expect("case relation");
}

/// Adds a household.
pub fn household(g: &mut Genogram, label: &str, members: &[PersonId]) {
    let id = g.next_household_id();
    g.apply(Command::AddHousehold { id, household: Household::new(label, members.iter().copied()) })
        .expect("case household");
}

/// A condition of a person.
pub fn condition(category: ConditionCategory, status: ConditionStatus, note: &str) -> Condition {
    Condition { category, status, note: note.to_owned() }
}

/// Adds an actor to a netwerkkaart.
pub fn actor(n: &mut Netwerkkaart, a: Actor) -> ActorId {
    let id = n.next_actor_id();
    n.apply(MapCommand::AddActor { id, actor: a }).expect("case actor");
    id
}

/// Adds a tie to a netwerkkaart.
#[allow(clippy::too_many_arguments)]
pub fn tie(
    n: &mut Netwerkkaart,
    from: TieEnd,
    to: ActorId,
    strength: Strength,
    quality: Quality,
    direction: Direction,
    support: &[SupportType],
    frequency: Frequency,
) {
    let id = n.next_tie_id();
    let tie = Tie {
        from,
        to,
        strength,
        quality,
        direction,
        support: SupportSet::of(support),
        frequency: Some(frequency),
        notes: String::new(),
    };
    n.apply(MapCommand::AddTie { id, tie }).expect("case tie");
}
