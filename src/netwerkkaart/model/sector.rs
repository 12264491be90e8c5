//! Sectors: the wedges of the map, one per area of life.

use super::vocab::labeled_enum;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

labeled_enum! {
    /// The kind of a sector. A new map has the four classic sectors of the Dutch
    /// netwerkkaart; the professional can add more (e.g. "kerk", "sportclub") of kind
    /// [`SectorKind::Other`].
    pub enum SectorKind {
        /// Familie.
        Family => ("familie", "family"),
        /// Vrienden / kennissen.
        Friends => ("vrienden / kennissen", "friends / acquaintances"),
        /// Buren / collega's / school.
        Neighbours => ("buren / collega's / school", "neighbours / colleagues / school"),
        /// Professionals / organisaties.
        Professionals => ("professionals / organisaties", "professionals / organisations"),
        /// A sector the professional added, with its own name.
        Other => ("overig", "other"),
    }
}

impl SectorKind {
    /// The four sectors every new map starts with, in drawing order.
    pub const DEFAULTS: [SectorKind; 4] =
        [SectorKind::Family, SectorKind::Friends, SectorKind::Neighbours, SectorKind::Professionals];
}

/// A sector of the map: a wedge around the centre. Sectors are drawn clockwise from
/// twelve o'clock in id order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sector {
    /// What area of life this sector stands for.
    pub kind: SectorKind,
    /// The name the professional gave it; empty means the standard word for the kind.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Sector {
    /// A standard sector with its standard name.
    pub fn standard(kind: SectorKind) -> Self {
        Sector { kind, name: String::new() }
    }

    /// A sector the professional added, e.g. "kerk" or "sportclub".
    pub fn custom(name: &str) -> Self {
        Sector { kind: SectorKind::Other, name: name.to_owned() }
    }

    /// The name shown on the map: the given name, or the standard word for the kind.
    pub fn label(&self, lang: Lang) -> String {
        if self.name.trim().is_empty() {
            self.kind.label(lang).to_owned()
        } else {
            self.name.trim().to_owned()
        }
    }
}
