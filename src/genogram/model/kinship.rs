//! Kinship queries: who is whose parent, child, partner, sibling, ancestor; which
//! generation; whether a couple is related by blood.

use super::child::{ChildLink, ParentRef};
use super::genogram::{Edge, Genogram};
use super::ids::{ChildLinkId, PersonId, UnionId};
use crate::kernel::sort::SortExt;
use petgraph::unionfind::UnionFind;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// One parent "slot" of a child: a known person, or the unknown partner of a union.
/// Two children of the same union with an unknown father share that unknown father.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParentSlot {
    /// A known parent.
    Known(PersonId),
    /// The unknown partner of this union.
    Unknown(UnionId),
}

impl Genogram {
    /// The parent slots of a child across all its child lines (any kind).
    pub fn parent_slots(&self, child: PersonId) -> BTreeSet<ParentSlot> {
        self.slots_where(child, |_| true)
    }

    fn slots_where(&self, child: PersonId, keep: impl Fn(&ChildLink) -> bool) -> BTreeSet<ParentSlot> {
        let mut out = BTreeSet::new();
        for (_, link) in self.parent_links(child) {
            if !keep(link) {
                continue;
            }
            match link.parent {
                ParentRef::Person(p) => {
                    out.insert(ParentSlot::Known(p));
                }
                ParentRef::Union(u) => {
                    if let Some(union) = self.union(u) {
                        out.insert(ParentSlot::Known(union.partner_a));
                        out.insert(union.partner_b.map_or(ParentSlot::Unknown(u), ParentSlot::Known));
                    }
                }
            }
        }
        out
    }

    /// The biological parent slots of a child (biological lines, surrogates excluded).
    pub fn biological_parent_slots(&self, child: PersonId) -> BTreeSet<ParentSlot> {
        self.slots_where(child, ChildLink::is_biological)
    }

    /// The known parents of a person: biological, adoptive and foster, in id order.
    pub fn parents(&self, child: PersonId) -> Vec<PersonId> {
        known(self.parent_slots(child))
    }

    /// The known biological parents of a person, in id order.
    pub fn biological_parents(&self, child: PersonId) -> Vec<PersonId> {
        known(self.biological_parent_slots(child))
    }

    /// The children hanging from a union or single parent, oldest first, with their
    /// child line ids.
    ///
    /// Order: children without an explicit `order` are sorted by birth date (unknown
    /// dates last), then by id; then each child with an explicit `order` n is placed at
    /// position n (1 = oldest).
    pub fn children_of(&self, parent: ParentRef) -> Vec<(ChildLinkId, PersonId)> {
        let Some(n) = self.parent_node(parent) else { return Vec::new() };
        let links = self.child_links_from_node(n);
        let mut auto: Vec<(ChildLinkId, &ChildLink)> =
            links.iter().filter(|(_, l)| l.order.is_none()).copied().collect();
        auto.sort_stable_by_key(|(id, l)| {
            let birth = self.person(l.child).and_then(|p| p.birth);
            (birth.is_none(), birth.map(|b| b.sort_key()), l.child, *id)
        });
        let mut fixed: Vec<(ChildLinkId, &ChildLink)> =
            links.iter().filter(|(_, l)| l.order.is_some()).copied().collect();
        fixed.sort_stable_by_key(|(id, l)| (l.order, *id));
        let mut out: Vec<(ChildLinkId, PersonId)> = auto.iter().map(|(id, l)| (*id, l.child)).collect();
        for (id, l) in fixed {
            let pos = (l.order.unwrap_or(1).max(1) as usize - 1).min(out.len());
            out.insert(pos, (id, l.child));
        }
        out
    }

    /// All children of a person, from single-parent lines and from all their unions
    /// (any kind of child line), oldest first by birth date, then id.
    pub fn children(&self, parent: PersonId) -> Vec<PersonId> {
        let mut kids: BTreeSet<PersonId> =
            self.children_of(ParentRef::Person(parent)).into_iter().map(|(_, c)| c).collect();
        for u in self.union_ids_of(parent) {
            kids.extend(self.children_of(ParentRef::Union(u)).into_iter().map(|(_, c)| c));
        }
        let mut kids: Vec<PersonId> = kids.into_iter().collect();
        kids.sort_stable_by_key(|&c| {
            let birth = self.person(c).and_then(|p| p.birth);
            (birth.is_none(), birth.map(|b| b.sort_key()), c)
        });
        kids
    }

    /// The unions a person is a partner in, in chronological order: by start date
    /// (unions without a known start after the dated ones), then creation (id) order.
    pub fn unions_of(&self, p: PersonId) -> Vec<UnionId> {
        let mut ids = self.union_ids_of(p);
        ids.sort_stable_by_key(|&u| {
            let start = self.union(u).and_then(|u| u.start_date());
            (start.is_none(), start.map(|s| s.sort_key()), u)
        });
        ids
    }

    /// The known partners of a person, in the chronological order of their unions.
    pub fn partners(&self, p: PersonId) -> Vec<PersonId> {
        let mut out = Vec::new();
        for u in self.unions_of(p) {
            if let Some(Some(q)) = self.union(u).and_then(|u| u.other_partner(p)) {
                if !out.contains(&q) {
                    out.push(q);
                }
            }
        }
        out
    }

    /// Everyone who shares at least one parent slot with the person (any kind of child
    /// line), in id order.
    pub fn siblings(&self, p: PersonId) -> Vec<PersonId> {
        let mine = self.parent_slots(p);
        self.sibling_candidates(p, &mine).into_iter().filter(|s| !self.parent_slots(*s).is_disjoint(&mine)).collect()
    }

    /// Volle broers en zussen: siblings with the same two (or more) parent slots.
    pub fn full_siblings(&self, p: PersonId) -> Vec<PersonId> {
        let mine = self.parent_slots(p);
        if mine.len() < 2 {
            return Vec::new();
        }
        self.sibling_candidates(p, &mine).into_iter().filter(|s| self.parent_slots(*s) == mine).collect()
    }

    /// Halfbroers en -zussen: siblings sharing some but not all parent slots (a child of
    /// a single parent counts as a half sibling of that parent's other children).
    pub fn half_siblings(&self, p: PersonId) -> Vec<PersonId> {
        let full: BTreeSet<PersonId> = self.full_siblings(p).into_iter().collect();
        self.siblings(p).into_iter().filter(|s| !full.contains(s)).collect()
    }

    fn sibling_candidates(&self, p: PersonId, slots: &BTreeSet<ParentSlot>) -> BTreeSet<PersonId> {
        let mut out = BTreeSet::new();
        for slot in slots {
            match *slot {
                ParentSlot::Known(q) => out.extend(self.children(q)),
                ParentSlot::Unknown(u) => out.extend(self.children_of(ParentRef::Union(u)).into_iter().map(|(_, c)| c)),
            }
        }
        out.remove(&p);
        out
    }

    /// All ancestors (parents, their parents, …) through any kind of child line.
    pub fn ancestors(&self, p: PersonId) -> BTreeSet<PersonId> {
        self.walk(p, |g, q| g.parents(q))
    }

    /// All biological ancestors.
    pub fn biological_ancestors(&self, p: PersonId) -> BTreeSet<PersonId> {
        self.walk(p, |g, q| g.biological_parents(q))
    }

    /// All descendants (children, their children, …) through any kind of child line.
    pub fn descendants(&self, p: PersonId) -> BTreeSet<PersonId> {
        self.walk(p, |g, q| g.children(q))
    }

    fn walk(&self, start: PersonId, next: impl Fn(&Self, PersonId) -> Vec<PersonId>) -> BTreeSet<PersonId> {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([start]);
        while let Some(q) = queue.pop_front() {
            for r in next(self, q) {
                if r != start && seen.insert(r) {
                    queue.push_back(r);
                }
            }
        }
        seen
    }

    /// Generation of every person connected to `root` by family lines, relative to it:
    /// 0 for the root and their partners, −1 for parents, +1 for children, and so on.
    /// Where the lines disagree (e.g. a partner from another generation) the first
    /// value found in a breadth-first walk wins.
    pub fn generations_from(&self, root: PersonId) -> BTreeMap<PersonId, i32> {
        let mut out = BTreeMap::new();
        if !self.contains_person(root) {
            return out;
        }
        out.insert(root, 0);
        let mut queue = VecDeque::from([root]);
        while let Some(p) = queue.pop_front() {
            let g = out[&p];
            let steps = self
                .partners(p)
                .into_iter()
                .map(|q| (q, g))
                .chain(self.parents(p).into_iter().map(|q| (q, g - 1)))
                .chain(self.children(p).into_iter().map(|q| (q, g + 1)));
            for (q, gq) in steps {
                if let std::collections::btree_map::Entry::Vacant(e) = out.entry(q) {
                    e.insert(gq);
                    queue.push_back(q);
                }
            }
        }
        out
    }

    /// The generation of `p` relative to `relative_to` (negative = older generation),
    /// or `None` when they are not connected by family lines.
    pub fn generation(&self, p: PersonId, relative_to: PersonId) -> Option<i32> {
        self.generations_from(relative_to).get(&p).copied()
    }

    /// The generation of `p` relative to the index person (cliënt), if there is one
    /// and they are connected.
    pub fn generation_from_index(&self, p: PersonId) -> Option<i32> {
        self.generation(p, self.index_person()?)
    }

    /// Bloedverwantschap: the nearest biological ancestors both partners of a union
    /// share (a partner who is a biological ancestor of the other counts too). Empty
    /// when the partners are not related by blood or a partner is unknown.
    pub fn consanguinity(&self, union: UnionId) -> Vec<PersonId> {
        let Some(u) = self.union(union) else { return Vec::new() };
        let Some(b) = u.partner_b else { return Vec::new() };
        let mut anc_a = self.biological_ancestors(u.partner_a);
        anc_a.insert(u.partner_a);
        let mut anc_b = self.biological_ancestors(b);
        anc_b.insert(b);
        let common: BTreeSet<PersonId> = anc_a.intersection(&anc_b).copied().collect();
        // Keep only the nearest: drop any common ancestor that is an ancestor of another.
        let mut covered = BTreeSet::new();
        for &c in &common {
            covered.extend(self.biological_ancestors(c));
        }
        common.into_iter().filter(|c| !covered.contains(c)).collect()
    }

    /// The separate families in the drawing: groups of persons connected by union and
    /// child lines (emotional relations do not join groups). Each group is in id order;
    /// groups are ordered by their smallest id.
    pub fn connected_components(&self) -> Vec<Vec<PersonId>> {
        let mut uf = UnionFind::<usize>::new(self.graph.node_bound().max(1));
        for e in self.graph.edge_references() {
            if matches!(e.weight(), Edge::Partner | Edge::Child(..)) {
                uf.union(e.source().index(), e.target().index());
            }
        }
        let mut groups: BTreeMap<usize, Vec<PersonId>> = BTreeMap::new();
        for (&id, &n) in &self.person_nodes {
            groups.entry(uf.find(n.index())).or_default().push(id);
        }
        let mut out: Vec<Vec<PersonId>> = groups.into_values().collect();
        out.sort_stable();
        out
    }

    /// The twins of a person: the other children of the same parent with the same twin
    /// group, in id order.
    pub fn twins_of(&self, p: PersonId) -> Vec<PersonId> {
        let mut out = BTreeSet::new();
        for (_, link) in self.parent_links(p) {
            let Some(twin) = link.twin else { continue };
            let Some(n) = self.parent_node(link.parent) else { continue };
            for (_, other) in self.child_links_from_node(n) {
                if other.child != p && other.twin.is_some_and(|t| t.group == twin.group) {
                    out.insert(other.child);
                }
            }
        }
        out.into_iter().collect()
    }
}

fn known(slots: BTreeSet<ParentSlot>) -> Vec<PersonId> {
    slots
        .into_iter()
        .filter_map(|s| match s {
            ParentSlot::Known(p) => Some(p),
            ParentSlot::Unknown(_) => None,
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
