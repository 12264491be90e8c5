//! How names are shown in a drawing that leaves the professional's hands.

/// How names are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Anonymise {
    /// Real names.
    #[default]
    Off,
    /// Initials only ("J.d.V.").
    Initials,
    /// Roles relative to the index person ("moeder", "halfbroer", …), or "persoon 7"
    /// when there is no index person or no close kinship.
    Roles,
}

/// Initials of a name: the first letter of every word, e.g. "Jan de Vries" → "J.d.V.".
pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{c}."))
        .collect()
}
