//! Small helpers that build the example cases through the model's own commands, so a
//! case obeys every rule a drawn genogram or netwerkkaart does. Persons, dates,
//! conditions, actors and ties come from the models' fixtures, which build the same way.

pub(crate) use crate::genogram::model::fixtures::{condition, date, person};
pub(crate) use crate::netwerkkaart::model::fixtures::{actor, tie};

use crate::genogram::model::{
    ChildLink, ChildLinkKind, Command, Genogram, Household, ParentRef, PersonId, Relation, RelationKind, Union,
    UnionEventKind, UnionId, UnionKind,
};

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
