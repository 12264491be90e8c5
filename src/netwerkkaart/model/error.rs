//! Refusals: edits that would make the netwerkkaart impossible.

use super::ids::{ActorId, NetwerkkaartItem, SectorId, TieId};
use crate::i18n::Lang;
use std::fmt;

/// Why an edit (or a file's contents) was refused. A refused edit changes nothing.
///
/// Names are captured when the error is made, so the message can name the actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetwerkkaartError {
    /// The edit refers to an actor that does not exist (or was removed).
    ActorNotFound(ActorId),
    /// The edit refers to a tie that does not exist.
    TieNotFound(TieId),
    /// The edit refers to a sector that does not exist.
    SectorNotFound(SectorId),
    /// The id of a new actor is already in use.
    ActorIdInUse(ActorId),
    /// The id of a new tie is already in use.
    TieIdInUse(TieId),
    /// The id of a new sector is already in use.
    SectorIdInUse(SectorId),
    /// A tie of an actor with itself.
    SelfTie {
        /// The actor.
        actor: ActorId,
        /// Their name at the time.
        name: String,
    },
    /// There already is a tie between these two ends; change that one instead.
    DuplicateTie {
        /// The tie that is already there.
        existing: TieId,
        /// Name of the first end at the time.
        first: String,
        /// Name of the second end at the time.
        second: String,
    },
    /// A sector that still has actors cannot be removed.
    SectorNotEmpty {
        /// The sector.
        sector: SectorId,
        /// Its name at the time (Dutch and English may differ for standard sectors).
        name_nl: String,
        /// Its English name at the time.
        name_en: String,
        /// How many actors are in it.
        actors: usize,
    },
}

fn quoted(name: &str) -> String {
    format!("‘{name}’")
}

impl NetwerkkaartError {
    /// The things this refusal is about, so the UI can select them.
    pub fn items(&self) -> Vec<NetwerkkaartItem> {
        match self {
            NetwerkkaartError::ActorNotFound(a) | NetwerkkaartError::ActorIdInUse(a) => {
                vec![NetwerkkaartItem::Actor(*a)]
            }
            NetwerkkaartError::SelfTie { actor, .. } => vec![NetwerkkaartItem::Actor(*actor)],
            NetwerkkaartError::TieNotFound(t) | NetwerkkaartError::TieIdInUse(t) => vec![NetwerkkaartItem::Tie(*t)],
            NetwerkkaartError::DuplicateTie { existing, .. } => vec![NetwerkkaartItem::Tie(*existing)],
            NetwerkkaartError::SectorNotFound(s) | NetwerkkaartError::SectorIdInUse(s) => {
                vec![NetwerkkaartItem::Sector(*s)]
            }
            NetwerkkaartError::SectorNotEmpty { sector, .. } => vec![NetwerkkaartItem::Sector(*sector)],
        }
    }

    /// The refusal in words for the professional.
    pub fn message(&self, lang: Lang) -> String {
        use NetwerkkaartError::*;
        match (self, lang) {
            (ActorNotFound(a), Lang::Nl) => format!("Actor {a} bestaat niet (meer)."),
            (ActorNotFound(a), Lang::En) => format!("Actor {a} does not exist (any more)."),
            (TieNotFound(t), Lang::Nl) => format!("Verbinding {t} bestaat niet (meer)."),
            (TieNotFound(t), Lang::En) => format!("Tie {t} does not exist (any more)."),
            (SectorNotFound(s), Lang::Nl) => format!("Sector {s} bestaat niet (meer)."),
            (SectorNotFound(s), Lang::En) => format!("Sector {s} does not exist (any more)."),
            (ActorIdInUse(a), Lang::Nl) => format!("Het nummer van actor {a} is al in gebruik."),
            (ActorIdInUse(a), Lang::En) => format!("The id of actor {a} is already in use."),
            (TieIdInUse(t), Lang::Nl) => format!("Het nummer van verbinding {t} is al in gebruik."),
            (TieIdInUse(t), Lang::En) => format!("The id of tie {t} is already in use."),
            (SectorIdInUse(s), Lang::Nl) => format!("Het nummer van sector {s} is al in gebruik."),
            (SectorIdInUse(s), Lang::En) => format!("The id of sector {s} is already in use."),
            (SelfTie { name, .. }, Lang::Nl) => {
                format!("{} kan geen verbinding met zichzelf hebben.", quoted(name))
            }
            (SelfTie { name, .. }, Lang::En) => format!("{} cannot have a tie with themselves.", quoted(name)),
            (DuplicateTie { first, second, .. }, Lang::Nl) => {
                format!("Er is al een verbinding tussen {} en {}; pas die aan.", quoted(first), quoted(second))
            }
            (DuplicateTie { first, second, .. }, Lang::En) => {
                format!("There already is a tie between {} and {}; change that one.", quoted(first), quoted(second))
            }
            (SectorNotEmpty { name_nl, actors, .. }, Lang::Nl) => format!(
                "Sector {} heeft nog {actors} {}; verplaats of verwijder die eerst.",
                quoted(name_nl),
                if *actors == 1 { "actor" } else { "actoren" }
            ),
            (SectorNotEmpty { name_en, actors, .. }, Lang::En) => format!(
                "Sector {} still has {actors} {}; move or remove them first.",
                quoted(name_en),
                if *actors == 1 { "actor" } else { "actors" }
            ),
        }
    }
}

impl fmt::Display for NetwerkkaartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for NetwerkkaartError {}
