//! Ties: the lines of the map, from the centre to an actor or between two actors.

use super::ids::ActorId;
use super::vocab::{Direction, Frequency, Quality, Strength, SupportSet};
use serde::{Deserialize, Serialize};

/// The first end of a tie: the centre, or an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieEnd {
    /// The person or household in the middle.
    Centre,
    /// An actor.
    Actor(ActorId),
}

impl TieEnd {
    /// The actor at this end, if it is not the centre.
    pub fn actor(self) -> Option<ActorId> {
        match self {
            TieEnd::Centre => None,
            TieEnd::Actor(a) => Some(a),
        }
    }
}

/// A tie: who is connected to whom, how strongly, how it feels, which way support
/// flows, what kind of support and how often there is contact.
///
/// A tie runs from `from` (the centre or an actor) to the actor `to`; its
/// [`Direction`] is seen from `from`. There is at most one tie between two ends.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tie {
    /// The first end: the centre for the spokes of the map, or an actor.
    pub from: TieEnd,
    /// The other end: always an actor.
    pub to: ActorId,
    /// Sterk, normaal or zwak.
    #[serde(default)]
    pub strength: Strength,
    /// Positief, neutraal, stressvol or conflict.
    #[serde(default)]
    pub quality: Quality,
    /// Which way support flows, seen from `from`.
    #[serde(default)]
    pub direction: Direction,
    /// Which kinds of support flow along the tie (P, G, A, E).
    #[serde(default, skip_serializing_if = "SupportSet::is_empty")]
    pub support: SupportSet,
    /// How often there is contact, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Free notes of the professional.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Tie {
    /// A normal, neutral, mutual tie from the centre to an actor, without support types.
    pub fn from_centre(to: ActorId) -> Self {
        Tie {
            from: TieEnd::Centre,
            to,
            strength: Strength::Normal,
            quality: Quality::Neutral,
            direction: Direction::Mutual,
            support: SupportSet::EMPTY,
            frequency: None,
            notes: String::new(),
        }
    }

    /// A normal, neutral, mutual tie between two actors.
    pub fn between(a: ActorId, b: ActorId) -> Self {
        Tie { from: TieEnd::Actor(a), ..Tie::from_centre(b) }
    }

    /// Whether this tie touches the centre.
    pub fn is_centre_tie(&self) -> bool {
        self.from == TieEnd::Centre
    }

    /// Whether this tie touches the actor.
    pub fn touches(&self, actor: ActorId) -> bool {
        self.to == actor || self.from == TieEnd::Actor(actor)
    }

    /// The two ends, unordered, as a key for "at most one tie between two ends".
    pub(crate) fn pair_key(&self) -> (TieEnd, TieEnd) {
        let a = self.from;
        let b = TieEnd::Actor(self.to);
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    }

    /// Whether the centre receives support along this tie (it is a centre tie and the
    /// direction is "ontvangt" or "wederzijds").
    pub fn centre_receives(&self) -> bool {
        self.is_centre_tie() && self.direction.first_receives()
    }

    /// Whether the centre gives support along this tie ("geeft" or "wederzijds").
    pub fn centre_gives(&self) -> bool {
        self.is_centre_tie() && self.direction.first_gives()
    }
}
