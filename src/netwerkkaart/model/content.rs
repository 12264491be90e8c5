//! The stored shape of a netwerkkaart: lists of things with their explicit ids, as
//! the `"content"` of a Kring file of kind `"netwerkkaart"`.

use super::actor::{Actor, Centre};
use super::command::Command;
use super::error::NetwerkkaartError;
use super::ids::{ActorId, SectorId, TieId};
use super::map::Netwerkkaart;
use super::sector::Sector;
use super::tie::Tie;
use serde::{Deserialize, Serialize};

/// One stored thing: its id next to its fields, e.g. `{"id": 3, "name": "Ans", …}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<I, T> {
    /// The stable id.
    pub id: I,
    /// The thing.
    #[serde(flatten)]
    pub value: T,
}

/// A netwerkkaart as stored in a file:
///
/// ```json
/// { "centre": {"kind": "person", "name": "Noah"},
///   "sectors": [{"id": 0, "kind": "family"}, …],
///   "actors":  [{"id": 0, "kind": "person", "name": "Ans", "sector": 2, …}],
///   "ties":    [{"id": 0, "from": "centre", "to": 0, "strength": "strong", …}] }
/// ```
///
/// Reading it back goes through [`Netwerkkaart::from_content`], which checks every
/// rule (no dangling or duplicate ids, no self-ties, one tie per pair).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NetwerkkaartContent {
    /// The person or household in the middle.
    #[serde(default)]
    pub centre: Centre,
    /// The sectors, in id order.
    #[serde(default)]
    pub sectors: Vec<Entry<SectorId, Sector>>,
    /// The actors, in id order.
    #[serde(default)]
    pub actors: Vec<Entry<ActorId, Actor>>,
    /// The ties, in id order.
    #[serde(default)]
    pub ties: Vec<Entry<TieId, Tie>>,
}

impl Netwerkkaart {
    /// The map as stored content, with explicit ids.
    pub fn to_content(&self) -> NetwerkkaartContent {
        NetwerkkaartContent {
            centre: self.centre.clone(),
            sectors: self.sectors().map(|(id, s)| Entry { id, value: s.clone() }).collect(),
            actors: self.actors().map(|(id, a)| Entry { id, value: a.clone() }).collect(),
            ties: self.ties().map(|(id, t)| Entry { id, value: t.clone() }).collect(),
        }
    }

    /// Rebuilds a map from stored content, refusing contents that break a rule
    /// (an actor in a missing sector, a tie to a missing actor or of an actor with
    /// itself, duplicate ids, two ties between the same ends). Ids are kept exactly;
    /// new ids continue after the highest one in use.
    pub fn from_content(content: NetwerkkaartContent) -> Result<Self, NetwerkkaartError> {
        let mut n = Netwerkkaart::bare(content.centre);
        let cmds = content
            .sectors
            .into_iter()
            .map(|e| Command::AddSector { id: e.id, sector: e.value })
            .chain(content.actors.into_iter().map(|e| Command::AddActor { id: e.id, actor: e.value }))
            .chain(content.ties.into_iter().map(|e| Command::AddTie { id: e.id, tie: e.value }));
        for cmd in cmds {
            n.apply(cmd)?;
        }
        Ok(n)
    }
}
