//! The centre of the map and the actors around it.

use super::ids::SectorId;
use super::sector::SectorKind;
use super::vocab::{labeled_enum, ActorKind, Formality, Ring};
use crate::genogram::model::PersonId;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A link from the netwerkkaart to a person in a genogram of the same casus: the
/// genogram document's id and the person's id in it. Linked names follow the genogram
/// (see [`Netwerkkaart::sync_names_from_genogram`](super::Netwerkkaart::sync_names_from_genogram)).
pub type GenogramLink = (String, PersonId);

labeled_enum! {
    /// Whether the map is drawn around one person or a whole household.
    #[derive(Default)]
    pub enum CentreKind {
        /// One person (the cliënt).
        #[default]
        Person => ("persoon", "person"),
        /// A household: a gezin or a couple, drawn as one centre.
        Household => ("huishouden", "household"),
    }
}

/// The person or household in the middle of the map, whose network is drawn.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Centre {
    /// One person or a household.
    pub kind: CentreKind,
    /// The name written in the centre, e.g. "Noah" or "Gezin De Vries".
    pub name: String,
    /// Free notes of the professional.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The same person in a genogram of this casus, if linked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub genogram_person: Option<GenogramLink>,
}

impl Centre {
    /// A centre for one person.
    pub fn person(name: &str) -> Self {
        Centre { kind: CentreKind::Person, name: name.to_owned(), ..Centre::default() }
    }

    /// A centre for a household.
    pub fn household(name: &str) -> Self {
        Centre { kind: CentreKind::Household, name: name.to_owned(), ..Centre::default() }
    }
}

/// A position the professional dragged an actor to, in layout units relative to the
/// centre of the map (x to the right, y downwards). Whole units, so a saved map reads
/// back exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pin {
    /// Horizontal offset from the centre.
    pub x: i32,
    /// Vertical offset from the centre (down is positive).
    pub y: i32,
}

/// A person or organisation in the network around the centre.
///
/// Empty strings mean "not filled in".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Person (circle) or organisation (rounded square).
    #[serde(default)]
    pub kind: ActorKind,
    /// The name, e.g. "Ans" or "Voedselbank Utrecht".
    #[serde(default)]
    pub name: String,
    /// The role towards the centre, free text: buurvrouw, huisarts, mantelzorger, …
    /// (see [`RoleSuggestion`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// The wedge the actor is drawn in.
    pub sector: SectorId,
    /// Informal, formal or hybrid.
    #[serde(default)]
    pub formality: Formality,
    /// How close to the centre.
    #[serde(default)]
    pub ring: Ring,
    /// Verbinder: this actor brokers between the formal and the informal world (e.g. a
    /// buurtvrouw who knows the wijkteam, a vrijwilliger who brings the cliënt along).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verbinder: bool,
    /// Free notes of the professional.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The same person in a genogram of this casus, if linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genogram_person: Option<GenogramLink>,
    /// Where the professional dragged the actor; `None` lets the layout place it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<Pin>,
}

impl Actor {
    /// A person actor in a sector, informal, in the middle ring.
    pub fn person(name: &str, sector: SectorId) -> Self {
        Actor {
            kind: ActorKind::Person,
            name: name.to_owned(),
            role: String::new(),
            sector,
            formality: Formality::Informal,
            ring: Ring::Middle,
            verbinder: false,
            notes: String::new(),
            genogram_person: None,
            pin: None,
        }
    }

    /// An organisation actor in a sector, formal, in the middle ring.
    pub fn organisation(name: &str, sector: SectorId) -> Self {
        Actor { kind: ActorKind::Organisation, formality: Formality::Formal, ..Actor::person(name, sector) }
    }

    /// The same actor with a role.
    pub fn with_role(mut self, role: &str) -> Self {
        self.role = role.to_owned();
        self
    }

    /// The same actor in a ring.
    pub fn in_ring(mut self, ring: Ring) -> Self {
        self.ring = ring;
        self
    }

    /// The same actor with a formality.
    pub fn with_formality(mut self, formality: Formality) -> Self {
        self.formality = formality;
        self
    }

    /// The name for messages and labels: the name, else the role, else "?".
    pub fn display_name(&self) -> String {
        let name = self.name.trim();
        if !name.is_empty() {
            name.to_owned()
        } else if !self.role.trim().is_empty() {
            self.role.trim().to_owned()
        } else {
            "?".to_owned()
        }
    }
}

labeled_enum! {
    /// Roles the editor suggests while typing; the role itself stays free text. Each
    /// suggestion also proposes a sector and whether the role is formal or informal.
    pub enum RoleSuggestion {
        /// Mantelzorger: an informal carer.
        Mantelzorger => ("mantelzorger", "informal carer"),
        /// Partner.
        Partner => ("partner", "partner"),
        /// Ouder.
        Ouder => ("ouder", "parent"),
        /// Kind.
        Kind => ("kind", "child"),
        /// Broer / zus.
        BroerZus => ("broer/zus", "sibling"),
        /// Vriend(in).
        Vriend => ("vriend(in)", "friend"),
        /// Kennis.
        Kennis => ("kennis", "acquaintance"),
        /// Buurvrouw.
        Buurvrouw => ("buurvrouw", "neighbour (woman)"),
        /// Buurman.
        Buurman => ("buurman", "neighbour (man)"),
        /// Collega.
        Collega => ("collega", "colleague"),
        /// Leerkracht / mentor.
        Leerkracht => ("leerkracht", "teacher"),
        /// Vrijwilliger: unpaid but organised, so hybrid.
        Vrijwilliger => ("vrijwilliger", "volunteer"),
        /// Ervaringsdeskundige.
        Ervaringsdeskundige => ("ervaringsdeskundige", "peer expert"),
        /// Huisarts.
        Huisarts => ("huisarts", "GP"),
        /// Wijkverpleegkundige.
        Wijkverpleegkundige => ("wijkverpleegkundige", "district nurse"),
        /// Wijkteammedewerker.
        Wijkteam => ("wijkteammedewerker", "neighbourhood team worker"),
        /// Schuldhulpverlener.
        Schuldhulpverlener => ("schuldhulpverlener", "debt counsellor"),
        /// Jeugdhulpverlener.
        Jeugdhulp => ("jeugdhulpverlener", "youth care worker"),
        /// Bewindvoerder.
        Bewindvoerder => ("bewindvoerder", "financial administrator"),
    }
}

impl RoleSuggestion {
    /// The sector this role usually belongs in.
    pub fn sector_kind(self) -> SectorKind {
        use RoleSuggestion::*;
        match self {
            Mantelzorger | Partner | Ouder | Kind | BroerZus => SectorKind::Family,
            Vriend | Kennis => SectorKind::Friends,
            Buurvrouw | Buurman | Collega | Leerkracht => SectorKind::Neighbours,
            Vrijwilliger | Ervaringsdeskundige | Huisarts | Wijkverpleegkundige | Wijkteam | Schuldhulpverlener
            | Jeugdhulp | Bewindvoerder => SectorKind::Professionals,
        }
    }

    /// Whether this role is usually formal, informal or hybrid.
    pub fn formality(self) -> Formality {
        use RoleSuggestion::*;
        match self {
            Vrijwilliger | Ervaringsdeskundige => Formality::Hybrid,
            Huisarts | Wijkverpleegkundige | Wijkteam | Schuldhulpverlener | Jeugdhulp | Bewindvoerder => {
                Formality::Formal
            }
            _ => Formality::Informal,
        }
    }

    /// Suggestions whose word (in the given language) starts with what was typed,
    /// ignoring case; all of them for empty input.
    pub fn matching(typed: &str, lang: Lang) -> Vec<RoleSuggestion> {
        let t = typed.trim().to_lowercase();
        Self::ALL.iter().copied().filter(|r| r.label(lang).to_lowercase().starts_with(&t)).collect()
    }
}
