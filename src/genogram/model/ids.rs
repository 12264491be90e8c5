//! Stable identifiers of the things drawn in a genogram.
//!
//! Every person, union, child line, emotional relation and household has its own
//! numeric id. Ids never change: not when something else is deleted, not when the
//! document is saved and loaded again, not when an edit is undone and redone. They are
//! never the indices of the underlying graph library.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::kernel::ids::id_type;

id_type!(
    /// Identifies a person symbol (including pregnancies, miscarriages and pets).
    PersonId,
    "P"
);
id_type!(
    /// Identifies a union: the couple line between two partners (or one partner and an
    /// unknown one) from which their children hang.
    UnionId,
    "U"
);
id_type!(
    /// Identifies a child line: the vertical line that ties a child to a union or to a
    /// single parent.
    ChildLinkId,
    "C"
);
id_type!(
    /// Identifies an emotional relation line between two persons.
    RelationId,
    "R"
);
id_type!(
    /// Identifies a household: the dotted outline around persons who live together.
    HouseholdId,
    "H"
);

/// Any of the ids above, e.g. to say which things a warning or error is about so the
/// UI can select them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnyId {
    /// A person.
    Person(PersonId),
    /// A union.
    Union(UnionId),
    /// A child line.
    ChildLink(ChildLinkId),
    /// An emotional relation.
    Relation(RelationId),
    /// A household.
    Household(HouseholdId),
}

impl fmt::Display for AnyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnyId::Person(id) => id.fmt(f),
            AnyId::Union(id) => id.fmt(f),
            AnyId::ChildLink(id) => id.fmt(f),
            AnyId::Relation(id) => id.fmt(f),
            AnyId::Household(id) => id.fmt(f),
        }
    }
}
