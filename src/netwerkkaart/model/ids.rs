//! Stable identifiers of what is drawn on a netwerkkaart.
//!
//! Actors, ties and sectors each get their own number when they are added. The number
//! never changes: not when something else is removed, not when the map is saved and
//! opened again, not when an edit is undone and redone. It is never an index of the
//! underlying graph library.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::kernel::ids::id_type;

id_type!(
    /// Identifies an actor: a person or organisation in the network around the centre.
    ActorId,
    "A"
);
id_type!(
    /// Identifies a tie: the line between the centre and an actor, or between two actors.
    TieId,
    "T"
);
id_type!(
    /// Identifies a sector: one wedge of the map (familie, vrienden, …, or one the
    /// professional added).
    SectorId,
    "S"
);

/// Any thing on the map, e.g. to say which things a finding or refusal is about so the
/// UI can select them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetwerkkaartItem {
    /// The person or household in the middle.
    Centre,
    /// An actor.
    Actor(ActorId),
    /// A tie.
    Tie(TieId),
    /// A sector.
    Sector(SectorId),
}

impl fmt::Display for NetwerkkaartItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetwerkkaartItem::Centre => f.write_str("centre"),
            NetwerkkaartItem::Actor(id) => id.fmt(f),
            NetwerkkaartItem::Tie(id) => id.fmt(f),
            NetwerkkaartItem::Sector(id) => id.fmt(f),
        }
    }
}
