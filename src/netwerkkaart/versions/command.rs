//! Edits of a map's kept versions: keep, rename and remove, each returning its inverse.

use super::MapVersion;
use crate::i18n::Lang;

/// One edit of a map's versions.
#[derive(Clone, Debug, PartialEq)]
pub enum VersionsCommand {
    /// Puts `version` at position `at` (0 ..= the number of versions).
    Insert {
        /// The position it takes.
        at: usize,
        /// The version.
        version: Box<MapVersion>,
    },
    /// Removes the version at `at`.
    Remove {
        /// Its position.
        at: usize,
    },
    /// Renames the version at `at`.
    Rename {
        /// Its position.
        at: usize,
        /// The new name (trimmed, not empty).
        name: String,
    },
}

/// Why an edit of the versions was refused; the versions are unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionsError {
    /// No version at this position.
    NoSuchVersion(usize),
    /// A version needs a name.
    EmptyName,
}

impl VersionsError {
    /// A message for the status line.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (VersionsError::NoSuchVersion(i), Lang::Nl) => {
                format!("Er is geen versie {}; er is niets veranderd.", i + 1)
            }
            (VersionsError::NoSuchVersion(i), Lang::En) => {
                format!("There is no version {}; nothing was changed.", i + 1)
            }
            (VersionsError::EmptyName, Lang::Nl) => "Een versie heeft een naam nodig.".into(),
            (VersionsError::EmptyName, Lang::En) => "A version needs a name.".into(),
        }
    }
}

impl VersionsCommand {
    /// Applies the edit to `versions` and returns the edit that undoes it; a refused
    /// edit changes nothing.
    pub fn apply(self, versions: &mut Vec<MapVersion>) -> Result<VersionsCommand, VersionsError> {
        let n = versions.len();
        match self {
            VersionsCommand::Insert { at, mut version } => {
                if at > n {
                    return Err(VersionsError::NoSuchVersion(at));
                }
                version.name = version.name.trim().to_owned();
                if version.name.is_empty() {
                    return Err(VersionsError::EmptyName);
                }
                versions.insert(at, *version);
                Ok(VersionsCommand::Remove { at })
            }
            VersionsCommand::Remove { at } => {
                if at >= n {
                    return Err(VersionsError::NoSuchVersion(at));
                }
                let version = Box::new(versions.remove(at));
                Ok(VersionsCommand::Insert { at, version })
            }
            VersionsCommand::Rename { at, name } => {
                if at >= n {
                    return Err(VersionsError::NoSuchVersion(at));
                }
                let name = name.trim().to_owned();
                if name.is_empty() {
                    return Err(VersionsError::EmptyName);
                }
                let old = std::mem::replace(&mut versions[at].name, name);
                Ok(VersionsCommand::Rename { at, name: old })
            }
        }
    }
}
