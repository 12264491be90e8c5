//! Dated versions of a netwerkkaart ("intake", "evaluatie na 6 maanden"): a wijkteam
//! keeps the map as it was at a moment and later shows how the network changed — who
//! came, who left, who moved rings, which ties changed, and the balance figures side
//! by side ([`compare`]). A version is a snapshot of the map's content stored in the
//! document beside the map (`"versions"` in the file); it never changes the map, and
//! versions change only through [`VersionsCommand`] (one undo step each).

mod command;
mod diff;
#[cfg(test)]
mod tests;

pub use command::{VersionsCommand, VersionsError};
pub use diff::{compare, ActorMove, Figures, MapChanges, TieChange};

use super::model::content::NetwerkkaartContent;
use super::{Netwerkkaart, NetwerkkaartError};
use crate::genogram::model::PartialDate;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One kept version of a map, as stored in the document's `"versions"` list:
/// `{"name": "intake", "date": "2026-03-12", "map": {"centre": …, "actors": […], …}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapVersion {
    /// The name the professional gave it ("intake").
    pub name: String,
    /// The day it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The map as it was (its own saved views and versions are not part of it).
    pub map: NetwerkkaartContent,
}

impl MapVersion {
    /// A version named `name` of `map` as it is now, kept on `date`.
    pub fn capture(name: &str, date: Option<PartialDate>, map: &Netwerkkaart) -> Self {
        MapVersion { name: name.trim().to_owned(), date, map: map.to_content() }
    }

    /// The map of this version, rebuilt and checked as a loaded file is.
    pub fn rebuild(&self) -> Result<Netwerkkaart, NetwerkkaartError> {
        Netwerkkaart::from_content(self.map.clone())
    }

    /// "intake (12-03-2026)", or the name alone without a date.
    pub fn caption(&self, lang: Lang) -> String {
        match &self.date {
            Some(d) => format!("{} ({})", self.name, d.label(lang)),
            None => self.name.clone(),
        }
    }
}

/// The name offered for a new version: "Versie n", n one more than the versions there
/// are (the second kept is "Versie 2"), or the next number not yet taken.
pub fn default_name(versions: &[MapVersion], lang: Lang) -> String {
    let word = match lang {
        Lang::Nl => "Versie",
        Lang::En => "Version",
    };
    (versions.len() + 1..)
        .map(|n| format!("{word} {n}"))
        .find(|name| !versions.iter().any(|v| v.name == *name))
        .unwrap_or_default()
}
