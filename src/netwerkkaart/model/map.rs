//! The netwerkkaart document: the centre and the actors as graph nodes, ties as graph
//! edges, sectors beside the graph.

use super::actor::{Actor, Centre};
use super::ids::{ActorId, NetwerkkaartItem, SectorId, TieId};
use super::sector::{Sector, SectorKind};
use super::tie::{Tie, TieEnd};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};
use petgraph::Direction as PgDirection;
use std::collections::BTreeMap;
use std::fmt;

/// A node of the network graph: the centre, or an actor.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    Centre,
    Actor(ActorId, Actor),
}

/// A netwerkkaart (eco-map): the person or household in the centre, the actors around
/// them in sectors (familie, vrienden, buren, professionals, …) and rings (close to
/// distant), and the ties that carry support between them.
///
/// The structure lives in a [`petgraph::stable_graph::StableGraph`]: the centre and the
/// actors are nodes, ties are edges running from their first end to their second.
/// Everything outside this module speaks only in stable ids ([`ActorId`], [`TieId`],
/// [`SectorId`]). Change a map through [`Command`](super::Command)s (see
/// [`Netwerkkaart::apply`]), which refuse impossible edits and return their inverse,
/// so a [`History`](crate::kernel::History) gives undo and redo.
///
/// Two maps are equal when they hold the same things under the same ids; graph
/// indices and id counters do not count.
#[derive(Clone)]
pub struct Netwerkkaart {
    pub(crate) graph: StableGraph<Node, (TieId, Tie)>,
    pub(crate) centre_node: NodeIndex,
    pub(crate) centre: Centre,
    pub(crate) actor_nodes: BTreeMap<ActorId, NodeIndex>,
    pub(crate) tie_edges: BTreeMap<TieId, EdgeIndex>,
    pub(crate) sectors: BTreeMap<SectorId, Sector>,
    pub(crate) next: NextIds,
    /// The saved views ("Weergaven"), in the order a presentation steps through them.
    pub(crate) views: Vec<crate::views::SavedView>,
    /// The kept versions ("Versies"), oldest first as kept.
    pub(crate) versions: Vec<crate::netwerkkaart::versions::MapVersion>,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct NextIds {
    pub(crate) actor: u32,
    pub(crate) tie: u32,
    pub(crate) sector: u32,
}

impl Default for Netwerkkaart {
    fn default() -> Self {
        Netwerkkaart::new(Centre::default())
    }
}

impl Netwerkkaart {
    /// A new map around this centre, with the four standard sectors (familie,
    /// vrienden / kennissen, buren / collega's / school, professionals / organisaties)
    /// as sectors 0 to 3 and no actors yet.
    pub fn new(centre: Centre) -> Self {
        let mut n = Netwerkkaart::bare(centre);
        for kind in SectorKind::DEFAULTS {
            let id = n.next_sector_id();
            n.sectors.insert(id, Sector::standard(kind));
            n.next.sector += 1;
        }
        n
    }

    /// A map around this centre without any sectors (for loading files).
    pub(crate) fn bare(centre: Centre) -> Self {
        let mut graph = StableGraph::new();
        let centre_node = graph.add_node(Node::Centre);
        Netwerkkaart {
            graph,
            centre_node,
            centre,
            actor_nodes: BTreeMap::new(),
            tie_edges: BTreeMap::new(),
            sectors: BTreeMap::new(),
            next: NextIds::default(),
            views: Vec::new(),
            versions: Vec::new(),
        }
    }

    /// The saved views ("Weergaven"), in order.
    pub fn views(&self) -> &[crate::views::SavedView] {
        &self.views
    }

    /// The kept versions ("Versies"), in order.
    pub fn versions(&self) -> &[crate::netwerkkaart::versions::MapVersion] {
        &self.versions
    }

    // ----- id allocation -------------------------------------------------------------

    /// The id to give the next new actor (put it in `Command::AddActor`). Applying the
    /// add moves the counter on, so within a batch call this again for the next one.
    pub fn next_actor_id(&self) -> ActorId {
        ActorId(self.next.actor)
    }

    /// The id to give the next new tie.
    pub fn next_tie_id(&self) -> TieId {
        TieId(self.next.tie)
    }

    /// The id to give the next new sector.
    pub fn next_sector_id(&self) -> SectorId {
        SectorId(self.next.sector)
    }

    // ----- reading -------------------------------------------------------------------

    /// The person or household in the middle.
    pub fn centre(&self) -> &Centre {
        &self.centre
    }

    /// The sector with this id.
    pub fn sector(&self, id: SectorId) -> Option<&Sector> {
        self.sectors.get(&id)
    }

    /// All sectors in id order, which is also the clockwise drawing order.
    pub fn sectors(&self) -> impl Iterator<Item = (SectorId, &Sector)> + '_ {
        self.sectors.iter().map(|(&id, s)| (id, s))
    }

    /// Number of sectors.
    pub fn sector_count(&self) -> usize {
        self.sectors.len()
    }

    /// The first sector of this kind, e.g. where the family goes.
    pub fn sector_of_kind(&self, kind: SectorKind) -> Option<SectorId> {
        self.sectors().find(|(_, s)| s.kind == kind).map(|(id, _)| id)
    }

    /// The actor with this id.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        match self.graph.node_weight(*self.actor_nodes.get(&id)?)? {
            Node::Actor(_, a) => Some(a),
            Node::Centre => None,
        }
    }

    /// Whether an actor with this id exists.
    pub fn contains_actor(&self, id: ActorId) -> bool {
        self.actor_nodes.contains_key(&id)
    }

    /// All actors in id (creation) order.
    pub fn actors(&self) -> impl Iterator<Item = (ActorId, &Actor)> + '_ {
        self.actor_nodes.keys().filter_map(move |&id| Some((id, self.actor(id)?)))
    }

    /// Number of actors.
    pub fn actor_count(&self) -> usize {
        self.actor_nodes.len()
    }

    /// The actors in a sector, in id order.
    pub fn actors_in(&self, sector: SectorId) -> Vec<ActorId> {
        self.actors().filter(|(_, a)| a.sector == sector).map(|(id, _)| id).collect()
    }

    /// The tie with this id.
    pub fn tie(&self, id: TieId) -> Option<&Tie> {
        self.graph.edge_weight(*self.tie_edges.get(&id)?).map(|(_, t)| t)
    }

    /// All ties in id order.
    pub fn ties(&self) -> impl Iterator<Item = (TieId, &Tie)> + '_ {
        self.tie_edges.keys().filter_map(move |&id| Some((id, self.tie(id)?)))
    }

    /// Number of ties.
    pub fn tie_count(&self) -> usize {
        self.tie_edges.len()
    }

    /// The ties touching an end (the centre's spokes, or an actor's ties), in id order.
    pub fn ties_of(&self, end: TieEnd) -> Vec<(TieId, &Tie)> {
        let Some(node) = self.node_of(end) else { return Vec::new() };
        let mut v: Vec<(TieId, &Tie)> = self
            .graph
            .edges_directed(node, PgDirection::Outgoing)
            .chain(self.graph.edges_directed(node, PgDirection::Incoming))
            .map(|e| (e.weight().0, &e.weight().1))
            .collect();
        v.sort_stable_by_key(|(id, _)| *id);
        v
    }

    /// The tie between the centre and an actor, if any.
    pub fn centre_tie(&self, actor: ActorId) -> Option<(TieId, &Tie)> {
        let id = self.tie_between(TieEnd::Centre, TieEnd::Actor(actor))?;
        Some((id, self.tie(id)?))
    }

    /// The tie between two ends, in either direction.
    pub fn tie_between(&self, a: TieEnd, b: TieEnd) -> Option<TieId> {
        let (na, nb) = (self.node_of(a)?, self.node_of(b)?);
        self.graph.edges_connecting(na, nb).chain(self.graph.edges_connecting(nb, na)).map(|e| e.weight().0).min()
    }

    /// The name of an end for messages: the centre's name (or "cliënt"/"client"), the
    /// actor's name, or its id when it does not exist.
    pub fn name_of(&self, end: TieEnd, lang: Lang) -> String {
        match end {
            TieEnd::Centre if self.centre.name.trim().is_empty() => match lang {
                Lang::Nl => "cliënt".to_owned(),
                Lang::En => "client".to_owned(),
            },
            TieEnd::Centre => self.centre.name.trim().to_owned(),
            TieEnd::Actor(a) => self.actor(a).map(Actor::display_name).unwrap_or_else(|| a.to_string()),
        }
    }

    /// The name of an actor for messages.
    pub fn actor_name(&self, id: ActorId) -> String {
        self.name_of(TieEnd::Actor(id), Lang::Nl)
    }

    /// Whether the thing exists.
    pub fn contains(&self, item: NetwerkkaartItem) -> bool {
        match item {
            NetwerkkaartItem::Centre => true,
            NetwerkkaartItem::Actor(a) => self.contains_actor(a),
            NetwerkkaartItem::Tie(t) => self.tie_edges.contains_key(&t),
            NetwerkkaartItem::Sector(s) => self.sectors.contains_key(&s),
        }
    }

    pub(crate) fn node_of(&self, end: TieEnd) -> Option<NodeIndex> {
        match end {
            TieEnd::Centre => Some(self.centre_node),
            TieEnd::Actor(a) => self.actor_nodes.get(&a).copied(),
        }
    }

    /// The end a graph node stands for.
    pub(crate) fn end_of(&self, node: NodeIndex) -> Option<TieEnd> {
        match self.graph.node_weight(node)? {
            Node::Centre => Some(TieEnd::Centre),
            Node::Actor(id, _) => Some(TieEnd::Actor(*id)),
        }
    }
}

impl PartialEq for Netwerkkaart {
    fn eq(&self, other: &Self) -> bool {
        self.centre == other.centre
            && self.sectors == other.sectors
            && self.actors().eq(other.actors())
            && self.ties().eq(other.ties())
            && self.views == other.views
            && self.versions == other.versions
    }
}

impl fmt::Debug for Netwerkkaart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Netwerkkaart")
            .field("centre", &self.centre)
            .field("sectors", &self.sectors)
            .field("actors", &self.actors().collect::<Vec<_>>())
            .field("ties", &self.ties().collect::<Vec<_>>())
            .finish()
    }
}
