//! Child lines: how a child hangs from a union or from a single parent.

use super::ids::{PersonId, UnionId};
use crate::kernel::labels::labeled_enum;
use serde::{Deserialize, Serialize};

labeled_enum! {
    /// How a child belongs to its parents, which decides the child line: solid for
    /// biological, dashed (or the symbol in brackets) for adopted, dotted for foster.
    #[derive(Default)]
    pub enum ChildLinkKind {
        /// Biologisch: solid line.
        #[default]
        Biological => ("biologisch", "biological"),
        /// Geadopteerd: dashed line.
        Adopted => ("geadopteerd", "adopted"),
        /// Pleegkind: dotted line.
        Foster => ("pleeg", "foster"),
    }
}

labeled_enum! {
    /// A third party in the conception or pregnancy, marked on the child line.
    pub enum ConceptionAid {
        /// Donor (sperm or egg): a biological parent who is not a social parent.
        Donor => ("donor", "donor"),
        /// Draagmoeder: surrogate mother who carried the child.
        Surrogate => ("draagmoeder", "surrogate"),
    }
}

labeled_enum! {
    /// The kind of a twin (or triplet) group: the child lines meet in one apex; identical
    /// twins get a bar between their lines.
    #[derive(Default)]
    pub enum TwinKind {
        /// Eeneiig: identical (a bar between the lines).
        Identical => ("eeneiig", "identical"),
        /// Twee-eiig: fraternal.
        Fraternal => ("twee-eiig", "fraternal"),
        /// Onbekend.
        #[default]
        Unknown => ("onbekend", "unknown"),
    }
}

/// Membership of a twin group: children of the same parents with the same group
/// number are twins (or triplets, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Twin {
    /// The group number, shared by the twins of one birth.
    pub group: u32,
    /// Identical, fraternal or unknown.
    #[serde(default)]
    pub kind: TwinKind,
}

/// Where a child line starts: the union line of a couple, or a single parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParentRef {
    /// A child of a couple (either partner may be unknown).
    Union(UnionId),
    /// A child of a single parent (the other parent not drawn).
    Person(PersonId),
}

/// A child line: ties a child to a union or a single parent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildLink {
    /// Where the line starts.
    pub parent: ParentRef,
    /// The child.
    pub child: PersonId,
    /// Biological, adopted or foster.
    #[serde(default)]
    pub kind: ChildLinkKind,
    /// Donor or surrogate involved, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aid: Option<ConceptionAid>,
    /// Twin group, if the child is a twin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin: Option<Twin>,
    /// Explicit birth order among the siblings (1 = oldest), overriding the order from
    /// birth dates when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

impl ChildLink {
    /// A plain child line of the given kind.
    pub fn new(parent: ParentRef, child: PersonId, kind: ChildLinkKind) -> Self {
        ChildLink { parent, child, kind, aid: None, twin: None, order: None }
    }

    /// A biological child of a union.
    pub fn of_union(union: UnionId, child: PersonId) -> Self {
        Self::new(ParentRef::Union(union), child, ChildLinkKind::Biological)
    }

    /// Whether this line makes its parents biological parents of the child
    /// (biological, and not a surrogate's line).
    pub fn is_biological(&self) -> bool {
        self.kind == ChildLinkKind::Biological && self.aid != Some(ConceptionAid::Surrogate)
    }
}
