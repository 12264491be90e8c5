//! The genogram document: persons and unions as graph nodes, child lines and
//! emotional relations as graph edges, households beside the graph.

use super::child::{ChildLink, ParentRef};
use super::error::ModelError;
use super::household::Household;
use super::ids::{AnyId, ChildLinkId, HouseholdId, PersonId, RelationId, UnionId};
use super::person::Person;
use super::relation::Relation;
use super::settings::GenogramSettings;
use super::union::Union;
use crate::kernel::sort::SortExt;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::BTreeMap;
use std::fmt;

/// A node of the genogram graph: a person symbol or a union (couple) line.
#[derive(Clone, Debug)]
#[allow(dead_code)]
// the ids in the weights make the graph self-describing when debugging
// Persons are most nodes, so boxing them would cost an allocation each for little saving.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Node {
    Person(PersonId, Person),
    Union(UnionId, Union),
}

/// An edge of the genogram graph.
///
/// * `Partner`: person → union, one per known partner.
/// * `Child`: union or single parent → child.
/// * `Relation`: from → to.
#[derive(Clone, Debug)]
#[allow(dead_code)]
pub(crate) enum Edge {
    Partner,
    Child(ChildLinkId, ChildLink),
    Relation(RelationId, Relation),
}

/// A genogram: persons, the unions between them, the child lines hanging from unions
/// or single parents, emotional relations and households.
///
/// The structure lives in a [`petgraph::stable_graph::StableGraph`]; everything outside
/// this module speaks only in stable ids ([`PersonId`], [`UnionId`], …). Change a
/// genogram through [`Command`](super::Command)s (see [`Genogram::apply`]), which refuse
/// impossible structures and can be undone.
///
/// Two genograms are equal when they hold the same things under the same ids; the
/// internal graph indices and the id counters do not count.
#[derive(Clone, Default)]
pub struct Genogram {
    pub(crate) graph: StableGraph<Node, Edge>,
    pub(crate) person_nodes: BTreeMap<PersonId, NodeIndex>,
    pub(crate) union_nodes: BTreeMap<UnionId, NodeIndex>,
    pub(crate) child_edges: BTreeMap<ChildLinkId, EdgeIndex>,
    pub(crate) relation_edges: BTreeMap<RelationId, EdgeIndex>,
    pub(crate) households: BTreeMap<HouseholdId, Household>,
    pub(crate) settings: GenogramSettings,
    /// Folding ("Inklappen"): `None` when the whole family is drawn.
    pub(crate) folding: Option<super::folding::Folding>,
    next: NextIds,
    /// The saved views ("Weergaven"), in the order a presentation steps through them.
    pub(crate) views: Vec<crate::views::SavedView>,
}

#[derive(Clone, Copy, Debug, Default)]
struct NextIds {
    person: u32,
    union: u32,
    child_link: u32,
    relation: u32,
    household: u32,
}

impl Genogram {
    /// The saved views ("Weergaven"), in order.
    pub fn views(&self) -> &[crate::views::SavedView] {
        &self.views
    }

    /// An empty genogram.
    pub fn new() -> Self {
        Self::default()
    }

    /// How the genogram is drawn (change it with [`Command::SetSettings`](super::Command)).
    pub fn settings(&self) -> GenogramSettings {
        self.settings
    }

    /// Folding ("Inklappen"), if on (change it with [`Command::SetFolding`](super::Command)).
    pub fn folding(&self) -> Option<&super::folding::Folding> {
        self.folding.as_ref()
    }

    // ----- id allocation -------------------------------------------------------------

    /// The id to give the next new person (put it in `Command::AddPerson`). Applying the
    /// add moves the counter on, so within a transaction call this again for the next one.
    pub fn next_person_id(&self) -> PersonId {
        PersonId(self.next.person)
    }

    /// The id to give the next new union.
    pub fn next_union_id(&self) -> UnionId {
        UnionId(self.next.union)
    }

    /// The id to give the next new child line.
    pub fn next_child_link_id(&self) -> ChildLinkId {
        ChildLinkId(self.next.child_link)
    }

    /// The id to give the next new emotional relation.
    pub fn next_relation_id(&self) -> RelationId {
        RelationId(self.next.relation)
    }

    /// The id to give the next new household.
    pub fn next_household_id(&self) -> HouseholdId {
        HouseholdId(self.next.household)
    }

    // ----- reading -------------------------------------------------------------------

    /// Whether the genogram holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.person_nodes.is_empty() && self.households.is_empty()
    }

    /// The person with this id.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        match self.graph.node_weight(*self.person_nodes.get(&id)?)? {
            Node::Person(_, p) => Some(p),
            Node::Union(..) => None,
        }
    }

    /// Whether a person with this id exists.
    pub fn contains_person(&self, id: PersonId) -> bool {
        self.person_nodes.contains_key(&id)
    }

    /// All persons in id (creation) order.
    pub fn persons(&self) -> impl Iterator<Item = (PersonId, &Person)> + '_ {
        self.person_nodes.keys().filter_map(move |&id| Some((id, self.person(id)?)))
    }

    /// All person ids in id order.
    pub fn person_ids(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.person_nodes.keys().copied()
    }

    /// Number of persons (including special symbols such as pregnancies).
    pub fn person_count(&self) -> usize {
        self.person_nodes.len()
    }

    /// The union with this id.
    pub fn union(&self, id: UnionId) -> Option<&Union> {
        match self.graph.node_weight(*self.union_nodes.get(&id)?)? {
            Node::Union(_, u) => Some(u),
            Node::Person(..) => None,
        }
    }

    /// All unions in id order.
    pub fn unions(&self) -> impl Iterator<Item = (UnionId, &Union)> + '_ {
        self.union_nodes.keys().filter_map(move |&id| Some((id, self.union(id)?)))
    }

    /// The child line with this id.
    pub fn child_link(&self, id: ChildLinkId) -> Option<&ChildLink> {
        match self.graph.edge_weight(*self.child_edges.get(&id)?)? {
            Edge::Child(_, c) => Some(c),
            _ => None,
        }
    }

    /// All child lines in id order.
    pub fn child_links(&self) -> impl Iterator<Item = (ChildLinkId, &ChildLink)> + '_ {
        self.child_edges.keys().filter_map(move |&id| Some((id, self.child_link(id)?)))
    }

    /// The emotional relation with this id.
    pub fn relation(&self, id: RelationId) -> Option<&Relation> {
        match self.graph.edge_weight(*self.relation_edges.get(&id)?)? {
            Edge::Relation(_, r) => Some(r),
            _ => None,
        }
    }

    /// All emotional relations in id order.
    pub fn relations(&self) -> impl Iterator<Item = (RelationId, &Relation)> + '_ {
        self.relation_edges.keys().filter_map(move |&id| Some((id, self.relation(id)?)))
    }

    /// The household with this id.
    pub fn household(&self, id: HouseholdId) -> Option<&Household> {
        self.households.get(&id)
    }

    /// All households in id order.
    pub fn households(&self) -> impl Iterator<Item = (HouseholdId, &Household)> + '_ {
        self.households.iter().map(|(&id, h)| (id, h))
    }

    /// The persons marked as index person (cliënt). Normally one; more is allowed but
    /// gives a warning.
    pub fn index_persons(&self) -> Vec<PersonId> {
        self.persons().filter(|(_, p)| p.index).map(|(id, _)| id).collect()
    }

    /// The index person, if exactly one or the first of several.
    pub fn index_person(&self) -> Option<PersonId> {
        self.persons().find(|(_, p)| p.index).map(|(id, _)| id)
    }

    /// The name of a person for messages: their display name, or their id when nameless.
    pub fn name_of(&self, id: PersonId) -> String {
        match self.person(id).map(Person::display_name) {
            Some(n) if !n.is_empty() => n,
            _ => id.to_string(),
        }
    }

    /// Whether the thing with this id exists.
    pub fn contains(&self, id: AnyId) -> bool {
        match id {
            AnyId::Person(id) => self.person_nodes.contains_key(&id),
            AnyId::Union(id) => self.union_nodes.contains_key(&id),
            AnyId::ChildLink(id) => self.child_edges.contains_key(&id),
            AnyId::Relation(id) => self.relation_edges.contains_key(&id),
            AnyId::Household(id) => self.households.contains_key(&id),
        }
    }

    // ----- graph helpers for the queries ---------------------------------------------

    pub(crate) fn person_node(&self, id: PersonId) -> Option<NodeIndex> {
        self.person_nodes.get(&id).copied()
    }

    pub(crate) fn union_node(&self, id: UnionId) -> Option<NodeIndex> {
        self.union_nodes.get(&id).copied()
    }

    pub(crate) fn parent_node(&self, parent: ParentRef) -> Option<NodeIndex> {
        match parent {
            ParentRef::Union(u) => self.union_node(u),
            ParentRef::Person(p) => self.person_node(p),
        }
    }

    /// Ids of the unions in which the person is a partner, in id order.
    pub(crate) fn union_ids_of(&self, p: PersonId) -> Vec<UnionId> {
        let Some(n) = self.person_node(p) else { return Vec::new() };
        let mut out: Vec<UnionId> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .filter(|e| matches!(e.weight(), Edge::Partner))
            .filter_map(|e| match self.graph.node_weight(e.target()) {
                Some(Node::Union(id, _)) => Some(*id),
                _ => None,
            })
            .collect();
        out.sort_stable();
        out.dedup();
        out
    }

    /// The child lines that start at a union or single parent node, in id order.
    pub(crate) fn child_links_from_node(&self, n: NodeIndex) -> Vec<(ChildLinkId, &ChildLink)> {
        let mut out: Vec<_> = self
            .graph
            .edges_directed(n, Direction::Outgoing)
            .filter_map(|e| match e.weight() {
                Edge::Child(id, c) => Some((*id, c)),
                _ => None,
            })
            .collect();
        out.sort_stable_by_key(|(id, _)| *id);
        out
    }

    /// The child lines that end at a child, in id order.
    pub fn parent_links(&self, child: PersonId) -> Vec<(ChildLinkId, &ChildLink)> {
        let Some(n) = self.person_node(child) else { return Vec::new() };
        let mut out: Vec<_> = self
            .graph
            .edges_directed(n, Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::Child(id, c) => Some((*id, c)),
                _ => None,
            })
            .collect();
        out.sort_stable_by_key(|(id, _)| *id);
        out
    }

    /// The emotional relations a person takes part in (either end), in id order.
    pub fn relations_of(&self, p: PersonId) -> Vec<(RelationId, &Relation)> {
        self.relations().filter(|(_, r)| r.involves(p)).collect()
    }

    /// The households a person belongs to, in id order.
    pub fn households_of(&self, p: PersonId) -> Vec<HouseholdId> {
        self.households().filter(|(_, h)| h.members.contains(&p)).map(|(id, _)| id).collect()
    }

    /// The known persons behind a parent reference: the partners of a union, or the
    /// single parent.
    pub fn parent_persons(&self, parent: ParentRef) -> Vec<PersonId> {
        match parent {
            ParentRef::Person(p) => vec![p],
            ParentRef::Union(u) => self.union(u).map(|u| u.partners().collect()).unwrap_or_default(),
        }
    }

    // ----- raw mutation (no checks beyond keeping the indices consistent) ------------

    fn bump(counter: &mut u32, used: u32) {
        *counter = (*counter).max(used.saturating_add(1));
    }

    pub(crate) fn raw_insert_person(&mut self, id: PersonId, person: Person) {
        let n = self.graph.add_node(Node::Person(id, person));
        self.person_nodes.insert(id, n);
        Self::bump(&mut self.next.person, id.0);
    }

    pub(crate) fn raw_replace_person(&mut self, id: PersonId, person: Person) -> Option<Person> {
        let n = self.person_node(id)?;
        match self.graph.node_weight_mut(n)? {
            Node::Person(_, p) => Some(std::mem::replace(p, person)),
            Node::Union(..) => None,
        }
    }

    /// Removes a person node. Callers remove the edges first (the graph would drop them
    /// silently, which would leave dangling ids in the maps).
    pub(crate) fn raw_remove_person(&mut self, id: PersonId) -> Option<Person> {
        let n = self.person_nodes.remove(&id)?;
        match self.graph.remove_node(n)? {
            Node::Person(_, p) => Some(p),
            Node::Union(..) => None,
        }
    }

    fn add_partner_edges(&mut self, n: NodeIndex, union: &Union) {
        for p in union.partners() {
            if let Some(pn) = self.person_node(p) {
                self.graph.add_edge(pn, n, Edge::Partner);
            }
        }
    }

    fn remove_partner_edges(&mut self, n: NodeIndex) {
        let edges: Vec<EdgeIndex> = self
            .graph
            .edges_directed(n, Direction::Incoming)
            .filter(|e| matches!(e.weight(), Edge::Partner))
            .map(|e| e.id())
            .collect();
        for e in edges {
            self.graph.remove_edge(e);
        }
    }

    pub(crate) fn raw_insert_union(&mut self, id: UnionId, union: Union) {
        let partners = union.clone();
        let n = self.graph.add_node(Node::Union(id, union));
        self.union_nodes.insert(id, n);
        self.add_partner_edges(n, &partners);
        Self::bump(&mut self.next.union, id.0);
    }

    pub(crate) fn raw_replace_union(&mut self, id: UnionId, union: Union) -> Option<Union> {
        let n = self.union_node(id)?;
        self.remove_partner_edges(n);
        self.add_partner_edges(n, &union);
        match self.graph.node_weight_mut(n)? {
            Node::Union(_, u) => Some(std::mem::replace(u, union)),
            Node::Person(..) => None,
        }
    }

    /// Removes a union node. Callers remove its child lines first.
    pub(crate) fn raw_remove_union(&mut self, id: UnionId) -> Option<Union> {
        let n = self.union_nodes.remove(&id)?;
        match self.graph.remove_node(n)? {
            Node::Union(_, u) => Some(u),
            Node::Person(..) => None,
        }
    }

    /// Inserts a child line; both ends must exist.
    pub(crate) fn raw_insert_child_link(&mut self, id: ChildLinkId, link: ChildLink) {
        let (Some(from), Some(to)) = (self.parent_node(link.parent), self.person_node(link.child)) else {
            debug_assert!(false, "child link endpoints checked by caller");
            return;
        };
        let e = self.graph.add_edge(from, to, Edge::Child(id, link));
        self.child_edges.insert(id, e);
        Self::bump(&mut self.next.child_link, id.0);
    }

    pub(crate) fn raw_remove_child_link(&mut self, id: ChildLinkId) -> Option<ChildLink> {
        let e = self.child_edges.remove(&id)?;
        match self.graph.remove_edge(e)? {
            Edge::Child(_, c) => Some(c),
            _ => None,
        }
    }

    /// Inserts a relation; both ends must exist.
    pub(crate) fn raw_insert_relation(&mut self, id: RelationId, relation: Relation) {
        let (Some(from), Some(to)) = (self.person_node(relation.from), self.person_node(relation.to)) else {
            debug_assert!(false, "relation endpoints checked by caller");
            return;
        };
        let e = self.graph.add_edge(from, to, Edge::Relation(id, relation));
        self.relation_edges.insert(id, e);
        Self::bump(&mut self.next.relation, id.0);
    }

    pub(crate) fn raw_remove_relation(&mut self, id: RelationId) -> Option<Relation> {
        let e = self.relation_edges.remove(&id)?;
        match self.graph.remove_edge(e)? {
            Edge::Relation(_, r) => Some(r),
            _ => None,
        }
    }

    pub(crate) fn raw_insert_household(&mut self, id: HouseholdId, household: Household) {
        self.households.insert(id, household);
        Self::bump(&mut self.next.household, id.0);
    }

    // ----- reference checks ------------------------------------------------------------

    pub(crate) fn require_person(&self, id: PersonId) -> Result<(), ModelError> {
        if self.contains_person(id) {
            Ok(())
        } else {
            Err(ModelError::NotFound(AnyId::Person(id)))
        }
    }

    pub(crate) fn require_parent(&self, parent: ParentRef) -> Result<(), ModelError> {
        match parent {
            ParentRef::Person(p) => self.require_person(p),
            ParentRef::Union(u) if self.union_nodes.contains_key(&u) => Ok(()),
            ParentRef::Union(u) => Err(ModelError::NotFound(AnyId::Union(u))),
        }
    }
}

impl PartialEq for Genogram {
    fn eq(&self, other: &Self) -> bool {
        self.persons().eq(other.persons())
            && self.unions().eq(other.unions())
            && self.child_links().eq(other.child_links())
            && self.relations().eq(other.relations())
            && self.households == other.households
            && self.settings == other.settings
            && self.folding == other.folding
            && self.views == other.views
    }
}

impl Eq for Genogram {}

impl fmt::Debug for Genogram {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Genogram")
            .field("persons", &self.persons().collect::<Vec<_>>())
            .field("unions", &self.unions().collect::<Vec<_>>())
            .field("child_links", &self.child_links().collect::<Vec<_>>())
            .field("relations", &self.relations().collect::<Vec<_>>())
            .field("households", &self.households)
            .finish()
    }
}

impl Genogram {
    /// Builds a genogram from stored lists (as read from a file), checking everything a
    /// command would check: no duplicate or dangling ids, no union or relation of a
    /// person with themselves, no cycle of child lines, at most two biological parents,
    /// no child twice under the same parent. Never panics on bad input.
    pub fn from_parts(
        persons: Vec<(PersonId, Person)>,
        unions: Vec<(UnionId, Union)>,
        child_links: Vec<(ChildLinkId, ChildLink)>,
        relations: Vec<(RelationId, Relation)>,
        households: Vec<(HouseholdId, Household)>,
    ) -> Result<Genogram, ModelError> {
        let mut g = Genogram::new();
        for (id, p) in persons {
            if g.contains_person(id) {
                return Err(ModelError::IdInUse(AnyId::Person(id)));
            }
            g.raw_insert_person(id, p);
        }
        for (id, u) in unions {
            if g.union_nodes.contains_key(&id) {
                return Err(ModelError::IdInUse(AnyId::Union(id)));
            }
            g.check_union(&u)?;
            g.raw_insert_union(id, u);
        }
        for (id, l) in child_links {
            if g.child_edges.contains_key(&id) {
                return Err(ModelError::IdInUse(AnyId::ChildLink(id)));
            }
            g.check_child_link(&l)?;
            g.raw_insert_child_link(id, l);
        }
        for (id, r) in relations {
            if g.relation_edges.contains_key(&id) {
                return Err(ModelError::IdInUse(AnyId::Relation(id)));
            }
            g.check_relation(&r)?;
            g.raw_insert_relation(id, r);
        }
        for (id, h) in households {
            if g.households.contains_key(&id) {
                return Err(ModelError::IdInUse(AnyId::Household(id)));
            }
            g.check_household(&h)?;
            g.raw_insert_household(id, h);
        }
        g.validate_structure()?;
        Ok(g)
    }

    /// Checks the structural rules over the whole genogram in linear time: no cycle of
    /// child lines (via a topological sort), and per child at most one line from the
    /// same parent and at most two biological parents.
    pub(crate) fn validate_structure(&self) -> Result<(), ModelError> {
        let family = petgraph::visit::EdgeFiltered::from_fn(&self.graph, |e| !matches!(e.weight(), Edge::Relation(..)));
        if let Err(cycle) = petgraph::algo::toposort(&family, None) {
            let person = match self.graph.node_weight(cycle.node_id()) {
                Some(Node::Person(id, _)) => *id,
                Some(Node::Union(_, u)) => u.partner_a,
                None => PersonId(0),
            };
            return Err(ModelError::OwnAncestor { person, name: self.name_of(person) });
        }
        for id in self.person_ids() {
            let mut parents: Vec<ParentRef> = self.parent_links(id).iter().map(|(_, l)| l.parent).collect();
            parents.sort_stable();
            if parents.windows(2).any(|w| w[0] == w[1]) {
                return Err(ModelError::AlreadyChild { child: id, name: self.name_of(id) });
            }
            if self.biological_parent_slots(id).len() > 2 {
                return Err(ModelError::TooManyBiologicalParents { child: id, name: self.name_of(id) });
            }
        }
        Ok(())
    }
}
