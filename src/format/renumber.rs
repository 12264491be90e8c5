//! Renumbering ids that leave no room to grow.
//!
//! Ids are `u32` and a new thing takes the number after the highest one in use. A file
//! (hand-edited, made by another tool, or hostile) may hold an id near `u32::MAX`; the
//! next "+ Partner" would then have no number left. Reading a file therefore renumbers
//! every kind of id whose highest value is above [`MAX_LOADED_ID`]: that kind is
//! numbered 0, 1, 2, … in its old order (so drawing order, which follows ids, stays the
//! same) and every reference to it is rewritten. Kinds within the limit keep their
//! numbers, so links from a netwerkkaart to the persons of an ordinary genogram keep
//! working.

use crate::genogram::model::{ChildLink, Genogram, Household, ModelError, ParentRef, Relation, Union};
use crate::netwerkkaart::model::tie::TieEnd;
use crate::netwerkkaart::NetwerkkaartContent;
use std::collections::BTreeMap;

/// The highest id a loaded document keeps as it is. Above it a kind of id is
/// renumbered, which leaves more than four billion new ids of headroom for edits.
pub const MAX_LOADED_ID: u32 = (1 << 24) - 1;

/// Old id → new id for one kind, or `None` when that kind stays as it is.
struct Renumbering(Option<BTreeMap<u32, u32>>);

impl Renumbering {
    fn of(ids: impl Iterator<Item = u32>) -> Self {
        let ids: Vec<u32> = ids.collect();
        if ids.iter().all(|&id| id <= MAX_LOADED_ID) {
            return Renumbering(None);
        }
        let mut sorted = ids;
        sorted.sort_unstable();
        sorted.dedup();
        // `sorted.len()` fits in u32: every entry is a distinct u32.
        Renumbering(Some(sorted.into_iter().zip(0u32..).collect()))
    }

    /// The new number; an id that is not in use (a dangling reference) keeps its
    /// number, so the model's own checks still refuse it.
    fn map(&self, id: u32) -> u32 {
        match &self.0 {
            Some(m) => m.get(&id).copied().unwrap_or(id),
            None => id,
        }
    }

    fn is_identity(&self) -> bool {
        self.0.is_none()
    }
}

/// The genogram with every kind of id above [`MAX_LOADED_ID`] renumbered from 0 (see
/// the module docs); the genogram itself when all ids are within the limit.
pub fn genogram(g: Genogram) -> Result<Genogram, ModelError> {
    use crate::genogram::model::{ChildLinkId, HouseholdId, PersonId, RelationId, UnionId};
    let persons = Renumbering::of(g.person_ids().map(PersonId::get));
    let unions = Renumbering::of(g.unions().map(|(id, _)| id.get()));
    let links = Renumbering::of(g.child_links().map(|(id, _)| id.get()));
    let relations = Renumbering::of(g.relations().map(|(id, _)| id.get()));
    let households = Renumbering::of(g.households().map(|(id, _)| id.get()));
    if [&persons, &unions, &links, &relations, &households].iter().all(|r| r.is_identity()) {
        return Ok(g);
    }
    let p = |id: PersonId| PersonId(persons.map(id.get()));
    let settings = g.settings();
    let folding = g.folding().map(|f| f.map_persons(p));
    let mut renumbered = Genogram::from_parts(
        g.persons().map(|(id, person)| (p(id), person.clone())).collect(),
        g.unions()
            .map(|(id, u)| {
                let union = Union { partner_a: p(u.partner_a), partner_b: u.partner_b.map(p), ..u.clone() };
                (UnionId(unions.map(id.get())), union)
            })
            .collect(),
        g.child_links()
            .map(|(id, l)| {
                let parent = match l.parent {
                    ParentRef::Union(u) => ParentRef::Union(UnionId(unions.map(u.get()))),
                    ParentRef::Person(q) => ParentRef::Person(p(q)),
                };
                (ChildLinkId(links.map(id.get())), ChildLink { parent, child: p(l.child), ..l.clone() })
            })
            .collect(),
        g.relations()
            .map(|(id, r)| {
                (RelationId(relations.map(id.get())), Relation { from: p(r.from), to: p(r.to), ..r.clone() })
            })
            .collect(),
        g.households()
            .map(|(id, h)| {
                let household = Household { members: h.members.iter().map(|&m| p(m)).collect(), ..h.clone() };
                (HouseholdId(households.map(id.get())), household)
            })
            .collect(),
    )?;
    // `from_parts` starts from the default settings; the document's own settings (such
    // as strict birth order) are not ids and come along unchanged.
    renumbered.settings = settings;
    renumbered.folding = folding;
    Ok(renumbered)
}

/// The stored map with every kind of id above [`MAX_LOADED_ID`] renumbered from 0,
/// before it is rebuilt (see the module docs). Links to genogram persons are references
/// into another document and stay as they are.
pub fn netwerkkaart(mut c: NetwerkkaartContent) -> NetwerkkaartContent {
    use crate::netwerkkaart::model::ids::{ActorId, SectorId, TieId};
    let sectors = Renumbering::of(c.sectors.iter().map(|e| e.id.0));
    let actors = Renumbering::of(c.actors.iter().map(|e| e.id.0));
    let ties = Renumbering::of(c.ties.iter().map(|e| e.id.0));
    for e in &mut c.sectors {
        e.id = SectorId(sectors.map(e.id.0));
    }
    for e in &mut c.actors {
        e.id = ActorId(actors.map(e.id.0));
        e.value.sector = SectorId(sectors.map(e.value.sector.0));
    }
    for e in &mut c.ties {
        e.id = TieId(ties.map(e.id.0));
        e.value.to = ActorId(actors.map(e.value.to.0));
        if let TieEnd::Actor(a) = e.value.from {
            e.value.from = TieEnd::Actor(ActorId(actors.map(a.0)));
        }
    }
    c
}
