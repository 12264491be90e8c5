//! Refusals: edits that would make the genogram impossible.

use super::ids::{AnyId, PersonId};
use crate::i18n::Lang;
use std::fmt;

/// Why an edit was refused. A refused edit changes nothing.
///
/// Names are captured when the error is made, so the message can name the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The edit refers to something that does not exist (or was deleted).
    NotFound(AnyId),
    /// The id of a new thing is already in use.
    IdInUse(AnyId),
    /// A union of a person with themselves.
    SelfUnion {
        /// The person.
        person: PersonId,
        /// Their name at the time.
        name: String,
    },
    /// An emotional relation of a person with themselves.
    SelfRelation {
        /// The person.
        person: PersonId,
        /// Their name at the time.
        name: String,
    },
    /// The edit would make a person their own ancestor (a cycle of child lines).
    OwnAncestor {
        /// A person on the cycle (usually the child of the new line).
        person: PersonId,
        /// Their name at the time.
        name: String,
    },
    /// The edit would give a child more than two biological parents.
    TooManyBiologicalParents {
        /// The child.
        child: PersonId,
        /// Their name at the time.
        name: String,
    },
    /// The child already hangs from this union or parent.
    AlreadyChild {
        /// The child.
        child: PersonId,
        /// Their name at the time.
        name: String,
    },
}

fn quoted(name: &str, id: PersonId) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        format!("‘{name}’")
    }
}

fn what(id: AnyId, lang: Lang) -> String {
    let (nl, en) = match id {
        AnyId::Person(_) => ("persoon", "person"),
        AnyId::Union(_) => ("relatie (verbintenis)", "union"),
        AnyId::ChildLink(_) => ("kindlijn", "child line"),
        AnyId::Relation(_) => ("emotionele relatie", "emotional relation"),
        AnyId::Household(_) => ("huishouden", "household"),
    };
    match lang {
        Lang::Nl => format!("{nl} {id}"),
        Lang::En => format!("{en} {id}"),
    }
}

impl ModelError {
    /// The ids this refusal is about, so the UI can select them.
    pub fn ids(&self) -> Vec<AnyId> {
        match self {
            ModelError::NotFound(id) | ModelError::IdInUse(id) => vec![*id],
            ModelError::SelfUnion { person, .. }
            | ModelError::SelfRelation { person, .. }
            | ModelError::OwnAncestor { person, .. } => vec![AnyId::Person(*person)],
            ModelError::TooManyBiologicalParents { child, .. } | ModelError::AlreadyChild { child, .. } => {
                vec![AnyId::Person(*child)]
            }
        }
    }

    /// A clear message for the professional, in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ModelError::NotFound(id), Lang::Nl) => {
                format!("Deze {} bestaat niet (meer). Misschien is die net verwijderd.", what(*id, lang))
            }
            (ModelError::NotFound(id), Lang::En) => {
                format!("This {} does not exist (any more). It may have just been deleted.", what(*id, lang))
            }
            (ModelError::IdInUse(id), Lang::Nl) => {
                format!("Het nummer van deze nieuwe {} is al in gebruik.", what(*id, lang))
            }
            (ModelError::IdInUse(id), Lang::En) => format!("The number of this new {} is already in use.", what(*id, lang)),
            (ModelError::SelfUnion { person, name }, Lang::Nl) => {
                format!("{} kan geen relatie (verbintenis) met zichzelf hebben.", quoted(name, *person))
            }
            (ModelError::SelfUnion { person, name }, Lang::En) => {
                format!("{} cannot be in a union with themselves.", quoted(name, *person))
            }
            (ModelError::SelfRelation { person, name }, Lang::Nl) => {
                format!("Een emotionele relatie van {} met zichzelf kan niet.", quoted(name, *person))
            }
            (ModelError::SelfRelation { person, name }, Lang::En) => {
                format!("An emotional relation of {} with themselves is not possible.", quoted(name, *person))
            }
            (ModelError::OwnAncestor { person, name }, Lang::Nl) => format!(
                "Dit kan niet: {} zou dan zijn of haar eigen (voor)ouder worden.",
                quoted(name, *person)
            ),
            (ModelError::OwnAncestor { person, name }, Lang::En) => {
                format!("Not possible: {} would become their own ancestor.", quoted(name, *person))
            }
            (ModelError::TooManyBiologicalParents { child, name }, Lang::Nl) => format!(
                "{} zou dan meer dan twee biologische ouders hebben. Kies ‘geadopteerd’ of ‘pleeg’ voor de andere ouders.",
                quoted(name, *child)
            ),
            (ModelError::TooManyBiologicalParents { child, name }, Lang::En) => format!(
                "{} would then have more than two biological parents. Choose ‘adopted’ or ‘foster’ for the other parents.",
                quoted(name, *child)
            ),
            (ModelError::AlreadyChild { child, name }, Lang::Nl) => {
                format!("{} is al een kind van deze ouder(s).", quoted(name, *child))
            }
            (ModelError::AlreadyChild { child, name }, Lang::En) => {
                format!("{} is already a child of these parents.", quoted(name, *child))
            }
        }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ModelError {}
