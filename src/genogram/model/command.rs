//! Edits as values: every change to a genogram is a [`Command`]; applying one returns
//! its inverse, which is how undo and redo work.

use super::child::{ChildLink, ParentRef};
use super::error::ModelError;
use super::genogram::Genogram;
use super::household::Household;
use super::ids::{AnyId, ChildLinkId, HouseholdId, PersonId, RelationId, UnionId};
use super::person::Person;
use super::relation::Relation;
use super::settings::GenogramSettings;
use super::union::Union;
use crate::kernel::sort::SortExt;
use serde::{Deserialize, Serialize};

/// One edit of a genogram.
///
/// Add-commands carry the id to use (take it from [`Genogram::next_person_id`] and
/// friends), so that undo and redo reproduce the same ids. Update-commands carry the
/// complete new value. Removing a person takes their child lines, emotional relations,
/// household memberships and single-partner unions along, and leaves a union with
/// another partner in place with an unknown partner; the inverse restores all of it
/// exactly, with the same ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum Command {
    /// Add a person under a new id.
    AddPerson {
        /// The new id.
        id: PersonId,
        /// The person.
        person: Person,
    },
    /// Replace everything about a person.
    UpdatePerson {
        /// Which person.
        id: PersonId,
        /// The new value.
        person: Person,
    },
    /// Remove a person and everything that hangs on them.
    RemovePerson {
        /// Which person.
        id: PersonId,
    },
    /// Add a union (couple line).
    AddUnion {
        /// The new id.
        id: UnionId,
        /// The union.
        union: Union,
    },
    /// Replace a union (its partners, kind or events).
    UpdateUnion {
        /// Which union.
        id: UnionId,
        /// The new value.
        union: Union,
    },
    /// Remove a union and the child lines hanging from it.
    RemoveUnion {
        /// Which union.
        id: UnionId,
    },
    /// Hang a child from a union or single parent.
    AddChildLink {
        /// The new id.
        id: ChildLinkId,
        /// The child line.
        link: ChildLink,
    },
    /// Replace a child line (parents, kind, twin group, order, …).
    UpdateChildLink {
        /// Which child line.
        id: ChildLinkId,
        /// The new value.
        link: ChildLink,
    },
    /// Remove a child line (the child stays).
    RemoveChildLink {
        /// Which child line.
        id: ChildLinkId,
    },
    /// Add an emotional relation.
    AddRelation {
        /// The new id.
        id: RelationId,
        /// The relation.
        relation: Relation,
    },
    /// Replace an emotional relation.
    UpdateRelation {
        /// Which relation.
        id: RelationId,
        /// The new value.
        relation: Relation,
    },
    /// Remove an emotional relation.
    RemoveRelation {
        /// Which relation.
        id: RelationId,
    },
    /// Add a household.
    AddHousehold {
        /// The new id.
        id: HouseholdId,
        /// The household.
        household: Household,
    },
    /// Replace a household (label, members).
    UpdateHousehold {
        /// Which household.
        id: HouseholdId,
        /// The new value.
        household: Household,
    },
    /// Remove a household (its members stay).
    RemoveHousehold {
        /// Which household.
        id: HouseholdId,
    },
    /// Make this person the only index person (cliënt), or clear the index person.
    SetIndexPerson {
        /// The new index person; `None` clears the mark on everyone.
        id: Option<PersonId>,
    },
    /// Replace how the genogram is drawn (e.g. strict birth order).
    SetSettings {
        /// The new settings.
        settings: GenogramSettings,
    },
    /// Turn folding ("Inklappen") on with this focus and unfolded branches, or off.
    SetFolding {
        /// The new folding; `None` draws the whole family.
        folding: Option<super::folding::Folding>,
    },
    /// Several commands applied as one: all succeed, or none is applied.
    Batch(Vec<Command>),
}

impl Genogram {
    /// Applies an edit. On success returns the inverse command, which undoes it exactly.
    /// On refusal returns why, and the genogram is unchanged.
    pub fn apply(&mut self, cmd: Command) -> Result<Command, ModelError> {
        match cmd {
            Command::AddPerson { id, person } => {
                if self.contains_person(id) {
                    return Err(ModelError::IdInUse(AnyId::Person(id)));
                }
                self.raw_insert_person(id, person);
                Ok(Command::RemovePerson { id })
            }
            Command::UpdatePerson { id, person } => {
                self.require_person(id)?;
                let old = self.raw_replace_person(id, person).ok_or(ModelError::NotFound(AnyId::Person(id)))?;
                Ok(Command::UpdatePerson { id, person: old })
            }
            Command::RemovePerson { id } => self.remove_person(id),
            Command::SetSettings { settings } => {
                let old = std::mem::replace(&mut self.settings, settings);
                Ok(Command::SetSettings { settings: old })
            }
            Command::SetFolding { folding } => {
                let old = std::mem::replace(&mut self.folding, folding);
                Ok(Command::SetFolding { folding: old })
            }
            Command::AddUnion { id, union } => {
                if self.union(id).is_some() {
                    return Err(ModelError::IdInUse(AnyId::Union(id)));
                }
                self.check_union(&union)?;
                self.raw_insert_union(id, union);
                Ok(Command::RemoveUnion { id })
            }
            Command::UpdateUnion { id, union } => {
                if self.union(id).is_none() {
                    return Err(ModelError::NotFound(AnyId::Union(id)));
                }
                self.check_union(&union)?;
                let old = self.raw_replace_union(id, union).ok_or(ModelError::NotFound(AnyId::Union(id)))?;
                let children: Vec<PersonId> =
                    self.children_of(ParentRef::Union(id)).into_iter().map(|(_, c)| c).collect();
                if let Err(e) = self.check_children(&children) {
                    self.raw_replace_union(id, old);
                    return Err(e);
                }
                Ok(Command::UpdateUnion { id, union: old })
            }
            Command::RemoveUnion { id } => self.remove_union(id),
            Command::AddChildLink { id, link } => {
                if self.child_link(id).is_some() {
                    return Err(ModelError::IdInUse(AnyId::ChildLink(id)));
                }
                self.check_child_link(&link)?;
                let child = link.child;
                self.raw_insert_child_link(id, link);
                if let Err(e) = self.check_children(&[child]) {
                    self.raw_remove_child_link(id);
                    return Err(e);
                }
                Ok(Command::RemoveChildLink { id })
            }
            Command::UpdateChildLink { id, link } => {
                if self.child_link(id).is_none() {
                    return Err(ModelError::NotFound(AnyId::ChildLink(id)));
                }
                self.check_child_link(&link)?;
                let child = link.child;
                let old = self.raw_remove_child_link(id).ok_or(ModelError::NotFound(AnyId::ChildLink(id)))?;
                self.raw_insert_child_link(id, link);
                if let Err(e) = self.check_children(&[child]) {
                    self.raw_remove_child_link(id);
                    self.raw_insert_child_link(id, old);
                    return Err(e);
                }
                Ok(Command::UpdateChildLink { id, link: old })
            }
            Command::RemoveChildLink { id } => {
                let link = self.raw_remove_child_link(id).ok_or(ModelError::NotFound(AnyId::ChildLink(id)))?;
                Ok(Command::AddChildLink { id, link })
            }
            Command::AddRelation { id, relation } => {
                if self.relation(id).is_some() {
                    return Err(ModelError::IdInUse(AnyId::Relation(id)));
                }
                self.check_relation(&relation)?;
                self.raw_insert_relation(id, relation);
                Ok(Command::RemoveRelation { id })
            }
            Command::UpdateRelation { id, relation } => {
                if self.relation(id).is_none() {
                    return Err(ModelError::NotFound(AnyId::Relation(id)));
                }
                self.check_relation(&relation)?;
                let old = self.raw_remove_relation(id).ok_or(ModelError::NotFound(AnyId::Relation(id)))?;
                self.raw_insert_relation(id, relation);
                Ok(Command::UpdateRelation { id, relation: old })
            }
            Command::RemoveRelation { id } => {
                let relation = self.raw_remove_relation(id).ok_or(ModelError::NotFound(AnyId::Relation(id)))?;
                Ok(Command::AddRelation { id, relation })
            }
            Command::AddHousehold { id, household } => {
                if self.households.contains_key(&id) {
                    return Err(ModelError::IdInUse(AnyId::Household(id)));
                }
                self.check_household(&household)?;
                self.raw_insert_household(id, household);
                Ok(Command::RemoveHousehold { id })
            }
            Command::UpdateHousehold { id, household } => {
                if !self.households.contains_key(&id) {
                    return Err(ModelError::NotFound(AnyId::Household(id)));
                }
                self.check_household(&household)?;
                let old = self.households.insert(id, household).ok_or(ModelError::NotFound(AnyId::Household(id)))?;
                Ok(Command::UpdateHousehold { id, household: old })
            }
            Command::RemoveHousehold { id } => {
                let household = self.households.remove(&id).ok_or(ModelError::NotFound(AnyId::Household(id)))?;
                Ok(Command::AddHousehold { id, household })
            }
            Command::SetIndexPerson { id } => {
                if let Some(id) = id {
                    self.require_person(id)?;
                }
                let updates: Vec<Command> = self
                    .persons()
                    .filter(|(pid, p)| p.index != (Some(*pid) == id))
                    .map(|(pid, p)| Command::UpdatePerson {
                        id: pid,
                        person: Person { index: Some(pid) == id, ..p.clone() },
                    })
                    .collect();
                self.apply_batch(updates)
            }
            Command::Batch(cmds) => self.apply_batch(cmds),
        }
    }

    /// Applies commands in order; if one is refused, undoes the ones before it and
    /// returns the refusal. The inverse is the batch of inverses in reverse order.
    fn apply_batch(&mut self, cmds: Vec<Command>) -> Result<Command, ModelError> {
        let mut inverses = Vec::with_capacity(cmds.len());
        for cmd in cmds {
            match self.apply(cmd) {
                Ok(inv) => inverses.push(inv),
                Err(e) => {
                    for inv in inverses.into_iter().rev() {
                        let undone = self.apply(inv);
                        debug_assert!(undone.is_ok(), "inverse commands always apply");
                    }
                    return Err(e);
                }
            }
        }
        inverses.reverse();
        Ok(Command::Batch(inverses))
    }

    fn remove_person(&mut self, id: PersonId) -> Result<Command, ModelError> {
        self.require_person(id)?;
        let mut cascade = Vec::new();
        for (rid, _) in self.relations_of(id) {
            cascade.push(Command::RemoveRelation { id: rid });
        }
        for hid in self.households_of(id) {
            let mut household = self.households[&hid].clone();
            household.members.remove(&id);
            // A household nobody lives in any more is gone, not an invisible leftover.
            if household.members.is_empty() {
                cascade.push(Command::RemoveHousehold { id: hid });
            } else {
                cascade.push(Command::UpdateHousehold { id: hid, household });
            }
        }
        for (cid, link) in self.child_links() {
            if link.child == id || link.parent == ParentRef::Person(id) {
                cascade.push(Command::RemoveChildLink { id: cid });
            }
        }
        for uid in self.union_ids_of(id) {
            let Some(union) = self.union(uid) else { continue };
            match union.other_partner(id) {
                Some(Some(other)) => {
                    let kept = Union { partner_a: other, partner_b: None, ..union.clone() };
                    cascade.push(Command::UpdateUnion { id: uid, union: kept });
                }
                _ => cascade.push(Command::RemoveUnion { id: uid }),
            }
        }
        if cascade.is_empty() {
            let person = self.raw_remove_person(id).ok_or(ModelError::NotFound(AnyId::Person(id)))?;
            return Ok(Command::AddPerson { id, person });
        }
        cascade.push(Command::RemovePerson { id });
        self.apply_batch(cascade)
    }

    fn remove_union(&mut self, id: UnionId) -> Result<Command, ModelError> {
        let n = self.union_node(id).ok_or(ModelError::NotFound(AnyId::Union(id)))?;
        let mut cascade: Vec<Command> =
            self.child_links_from_node(n).into_iter().map(|(cid, _)| Command::RemoveChildLink { id: cid }).collect();
        if cascade.is_empty() {
            let union = self.raw_remove_union(id).ok_or(ModelError::NotFound(AnyId::Union(id)))?;
            return Ok(Command::AddUnion { id, union });
        }
        cascade.push(Command::RemoveUnion { id });
        self.apply_batch(cascade)
    }

    // ----- checks ----------------------------------------------------------------------

    pub(crate) fn check_union(&self, union: &Union) -> Result<(), ModelError> {
        self.require_person(union.partner_a)?;
        if let Some(b) = union.partner_b {
            self.require_person(b)?;
            if b == union.partner_a {
                return Err(ModelError::SelfUnion { person: b, name: self.name_of(b) });
            }
        }
        Ok(())
    }

    pub(crate) fn check_child_link(&self, link: &ChildLink) -> Result<(), ModelError> {
        self.require_parent(link.parent)?;
        self.require_person(link.child)?;
        if self.parent_persons(link.parent).contains(&link.child) {
            return Err(ModelError::OwnAncestor { person: link.child, name: self.name_of(link.child) });
        }
        Ok(())
    }

    pub(crate) fn check_relation(&self, relation: &Relation) -> Result<(), ModelError> {
        self.require_person(relation.from)?;
        self.require_person(relation.to)?;
        if relation.from == relation.to {
            return Err(ModelError::SelfRelation { person: relation.from, name: self.name_of(relation.from) });
        }
        Ok(())
    }

    pub(crate) fn check_household(&self, household: &Household) -> Result<(), ModelError> {
        household.members.iter().try_for_each(|&p| self.require_person(p))
    }

    /// Checks the rules that concern a child's lines: at most one line from the same
    /// parent, at most two biological parents, and not their own ancestor.
    pub(crate) fn check_children(&self, children: &[PersonId]) -> Result<(), ModelError> {
        for &c in children {
            let links = self.parent_links(c);
            let mut parents: Vec<ParentRef> = links.iter().map(|(_, l)| l.parent).collect();
            parents.sort_stable();
            if parents.windows(2).any(|w| w[0] == w[1]) {
                return Err(ModelError::AlreadyChild { child: c, name: self.name_of(c) });
            }
            if self.biological_parent_slots(c).len() > 2 {
                return Err(ModelError::TooManyBiologicalParents { child: c, name: self.name_of(c) });
            }
            if self.is_own_ancestor(c) {
                return Err(ModelError::OwnAncestor { person: c, name: self.name_of(c) });
            }
        }
        Ok(())
    }

    fn is_own_ancestor(&self, p: PersonId) -> bool {
        let mut seen = std::collections::BTreeSet::new();
        let mut stack = self.parents(p);
        while let Some(q) = stack.pop() {
            if q == p {
                return true;
            }
            if seen.insert(q) {
                stack.extend(self.parents(q));
            }
        }
        false
    }
}

impl crate::kernel::Document for Genogram {
    type Command = Command;
    type Error = ModelError;

    fn apply(&mut self, cmd: Self::Command) -> Result<Self::Command, Self::Error> {
        Genogram::apply(self, cmd)
    }
}
