//! Edits of a netwerkkaart. Each edit is a [`Command`]; applying it returns the
//! command that undoes it, so [`History`](crate::kernel::History) gives undo and redo.

use super::actor::{Actor, Centre};
use super::error::NetwerkkaartError;
use super::ids::{ActorId, SectorId, TieId};
use super::map::{Netwerkkaart, Node};
use super::sector::Sector;
use super::tie::{Tie, TieEnd};
use crate::i18n::Lang;
use crate::kernel::Document;
use serde::{Deserialize, Serialize};

/// One edit of a netwerkkaart.
///
/// New things carry their id (take it from [`Netwerkkaart::next_actor_id`] and
/// friends), so redoing an add gives the same id again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Adds an actor to an existing sector.
    AddActor {
        /// The new actor's id (must be unused).
        id: ActorId,
        /// The actor.
        actor: Actor,
    },
    /// Replaces an actor's data (name, role, sector, ring, pin, …).
    UpdateActor {
        /// Which actor.
        id: ActorId,
        /// The new value.
        actor: Actor,
    },
    /// Removes an actor together with all its ties. The inverse restores both with the
    /// same ids.
    RemoveActor {
        /// Which actor.
        id: ActorId,
    },
    /// Adds a tie between the centre and an actor or between two actors.
    AddTie {
        /// The new tie's id (must be unused).
        id: TieId,
        /// The tie.
        tie: Tie,
    },
    /// Replaces a tie's data (it may also move to other ends).
    UpdateTie {
        /// Which tie.
        id: TieId,
        /// The new value.
        tie: Tie,
    },
    /// Removes a tie.
    RemoveTie {
        /// Which tie.
        id: TieId,
    },
    /// Adds a sector (a wedge).
    AddSector {
        /// The new sector's id (must be unused).
        id: SectorId,
        /// The sector.
        sector: Sector,
    },
    /// Renames a sector or changes its kind.
    UpdateSector {
        /// Which sector.
        id: SectorId,
        /// The new value.
        sector: Sector,
    },
    /// Removes an empty sector; a sector that still has actors is refused.
    RemoveSector {
        /// Which sector.
        id: SectorId,
    },
    /// Replaces the centre (name, person or household, notes, genogram link).
    UpdateCentre {
        /// The new centre.
        centre: Centre,
    },
    /// Several edits as one: all are applied, or none.
    Batch(Vec<Command>),
}

impl Command {
    /// Whether this command does nothing (an empty batch, or batches of those).
    pub fn is_empty(&self) -> bool {
        match self {
            Command::Batch(v) => v.iter().all(Command::is_empty),
            _ => false,
        }
    }
}

impl Netwerkkaart {
    /// Applies an edit and returns the command that undoes it. A refused edit
    /// (something missing, an id in use, a tie of an actor with itself, a second tie
    /// between the same two ends, removing a sector that still has actors) returns a
    /// [`NetwerkkaartError`] and leaves the map unchanged.
    pub fn apply(&mut self, cmd: Command) -> Result<Command, NetwerkkaartError> {
        match cmd {
            Command::AddActor { id, actor } => {
                if self.contains_actor(id) {
                    return Err(NetwerkkaartError::ActorIdInUse(id));
                }
                self.require_sector(actor.sector)?;
                let node = self.graph.add_node(Node::Actor(id, actor));
                self.actor_nodes.insert(id, node);
                self.next.actor = self.next.actor.max(id.0.saturating_add(1));
                Ok(Command::RemoveActor { id })
            }
            Command::UpdateActor { id, actor } => {
                let node = *self.actor_nodes.get(&id).ok_or(NetwerkkaartError::ActorNotFound(id))?;
                self.require_sector(actor.sector)?;
                match self.graph.node_weight_mut(node) {
                    Some(Node::Actor(_, a)) => Ok(Command::UpdateActor { id, actor: std::mem::replace(a, actor) }),
                    _ => Err(NetwerkkaartError::ActorNotFound(id)),
                }
            }
            Command::RemoveActor { id } => self.remove_actor(id),
            Command::AddTie { id, tie } => {
                if self.tie_edges.contains_key(&id) {
                    return Err(NetwerkkaartError::TieIdInUse(id));
                }
                self.check_tie(&tie, None)?;
                self.insert_tie(id, tie);
                self.next.tie = self.next.tie.max(id.0.saturating_add(1));
                Ok(Command::RemoveTie { id })
            }
            Command::UpdateTie { id, tie } => {
                let old = self.tie(id).cloned().ok_or(NetwerkkaartError::TieNotFound(id))?;
                self.check_tie(&tie, Some(id))?;
                self.take_tie(id);
                self.insert_tie(id, tie);
                Ok(Command::UpdateTie { id, tie: old })
            }
            Command::RemoveTie { id } => {
                let tie = self.take_tie(id).ok_or(NetwerkkaartError::TieNotFound(id))?;
                Ok(Command::AddTie { id, tie })
            }
            Command::AddSector { id, sector } => {
                if self.sectors.contains_key(&id) {
                    return Err(NetwerkkaartError::SectorIdInUse(id));
                }
                self.sectors.insert(id, sector);
                self.next.sector = self.next.sector.max(id.0.saturating_add(1));
                Ok(Command::RemoveSector { id })
            }
            Command::UpdateSector { id, sector } => {
                let s = self.sectors.get_mut(&id).ok_or(NetwerkkaartError::SectorNotFound(id))?;
                Ok(Command::UpdateSector { id, sector: std::mem::replace(s, sector) })
            }
            Command::RemoveSector { id } => {
                if let Some(refusal) = self.sector_removal_refusal(id) {
                    return Err(refusal);
                }
                let sector = self.sectors.remove(&id).ok_or(NetwerkkaartError::SectorNotFound(id))?;
                Ok(Command::AddSector { id, sector })
            }
            Command::UpdateCentre { centre } => {
                Ok(Command::UpdateCentre { centre: std::mem::replace(&mut self.centre, centre) })
            }
            Command::Batch(cmds) => self.apply_batch(cmds),
        }
    }

    /// Applies edits in order; if one is refused, the ones before it are undone and the
    /// refusal returned. The inverse is a batch of the inverses in reverse order.
    fn apply_batch(&mut self, cmds: Vec<Command>) -> Result<Command, NetwerkkaartError> {
        let mut inverses = Vec::with_capacity(cmds.len());
        for cmd in cmds {
            match self.apply(cmd) {
                Ok(inv) => inverses.push(inv),
                Err(e) => {
                    while let Some(inv) = inverses.pop() {
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

    /// Why [`Command::RemoveSector`] would refuse to remove this sector: it does not
    /// exist, or it still has actors (a sector is only removed empty, so no actor is
    /// ever left without a wedge). `None` when it may be removed. The UI asks this to
    /// enable its remove button, so button and command can never disagree.
    pub fn sector_removal_refusal(&self, id: SectorId) -> Option<NetwerkkaartError> {
        let Some(sector) = self.sectors.get(&id) else { return Some(NetwerkkaartError::SectorNotFound(id)) };
        let actors = self.actors_in(id).len();
        (actors > 0).then(|| NetwerkkaartError::SectorNotEmpty {
            sector: id,
            name_nl: sector.label(Lang::Nl),
            name_en: sector.label(Lang::En),
            actors,
        })
    }

    fn require_sector(&self, id: SectorId) -> Result<(), NetwerkkaartError> {
        if self.sectors.contains_key(&id) {
            Ok(())
        } else {
            Err(NetwerkkaartError::SectorNotFound(id))
        }
    }

    /// Checks that a tie may exist: both ends exist, they differ, and no other tie
    /// (other than `except`) joins them.
    fn check_tie(&self, tie: &Tie, except: Option<TieId>) -> Result<(), NetwerkkaartError> {
        if !self.contains_actor(tie.to) {
            return Err(NetwerkkaartError::ActorNotFound(tie.to));
        }
        if let TieEnd::Actor(a) = tie.from {
            if !self.contains_actor(a) {
                return Err(NetwerkkaartError::ActorNotFound(a));
            }
            if a == tie.to {
                return Err(NetwerkkaartError::SelfTie { actor: a, name: self.actor_name(a) });
            }
        }
        let key = tie.pair_key();
        if let Some((existing, _)) = self.ties().find(|(id, t)| Some(*id) != except && t.pair_key() == key) {
            return Err(NetwerkkaartError::DuplicateTie {
                existing,
                first: self.name_of(tie.from, Lang::Nl),
                second: self.actor_name(tie.to),
            });
        }
        Ok(())
    }

    /// Adds an edge for a checked tie.
    fn insert_tie(&mut self, id: TieId, tie: Tie) {
        let (Some(a), Some(b)) = (self.node_of(tie.from), self.node_of(TieEnd::Actor(tie.to))) else {
            debug_assert!(false, "insert_tie is only called after check_tie");
            return;
        };
        let e = self.graph.add_edge(a, b, (id, tie));
        self.tie_edges.insert(id, e);
    }

    /// Removes a tie's edge and returns the tie.
    fn take_tie(&mut self, id: TieId) -> Option<Tie> {
        let e = self.tie_edges.remove(&id)?;
        self.graph.remove_edge(e).map(|(_, t)| t)
    }

    fn remove_actor(&mut self, id: ActorId) -> Result<Command, NetwerkkaartError> {
        let node = *self.actor_nodes.get(&id).ok_or(NetwerkkaartError::ActorNotFound(id))?;
        let tie_ids: Vec<TieId> = self.ties_of(TieEnd::Actor(id)).into_iter().map(|(t, _)| t).collect();
        let mut restore = Vec::with_capacity(tie_ids.len() + 1);
        let mut ties = Vec::with_capacity(tie_ids.len());
        for t in tie_ids {
            if let Some(tie) = self.take_tie(t) {
                ties.push(Command::AddTie { id: t, tie });
            }
        }
        self.actor_nodes.remove(&id);
        match self.graph.remove_node(node) {
            Some(Node::Actor(_, actor)) => restore.push(Command::AddActor { id, actor }),
            _ => return Err(NetwerkkaartError::ActorNotFound(id)),
        }
        restore.extend(ties);
        Ok(Command::Batch(restore))
    }
}

impl Document for Netwerkkaart {
    type Command = Command;
    type Error = NetwerkkaartError;

    fn apply(&mut self, cmd: Command) -> Result<Command, NetwerkkaartError> {
        Netwerkkaart::apply(self, cmd)
    }
}
