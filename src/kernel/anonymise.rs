//! How names are shown in a drawing that leaves the professional's hands.

/// How names are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anonymise {
    /// Real names.
    #[default]
    Off,
    /// Initials only ("J.d.V.").
    Initials,
    /// Roles relative to the index person ("moeder", "halfbroer", …), or "persoon 2"
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

/// The words of a document's private texts (names, nicknames, places, labels), to
/// tell whether a text that an anonymised file would keep (a role, a sector name)
/// gives a person away. Words of one character are ignored; case does not matter.
#[derive(Clone, Debug, Default)]
pub struct PrivateWords(std::collections::BTreeSet<String>);

impl PrivateWords {
    /// Adds every word of `text`.
    pub fn add(&mut self, text: &str) {
        for w in words(text) {
            self.0.insert(w);
        }
    }

    /// Whether `text` contains one of the words.
    pub fn leaks(&self, text: &str) -> bool {
        words(text).any(|w| self.0.contains(&w))
    }

    /// The words, lower case, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

/// Name particles and forms of address: part of many names, but no clue to a person,
/// and common in the words a drawing writes itself ("Netwerk van: cliënt").
const PARTICLES: [&str; 14] =
    ["van", "de", "der", "den", "het", "te", "ten", "ter", "el", "al", "la", "le", "dhr", "mevr"];

/// The words of `text` of at least two letters or digits, lower case, particles left out.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .filter(|w| !PARTICLES.contains(&w.as_str()))
}

/// How an anonymous copy treats dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DateMode {
    /// Only the year is kept, marked approximate when it was.
    #[default]
    YearsOnly,
    /// Every date moved by this many years (day and month kept), so intervals and
    /// ages stay true while the real dates are gone.
    ShiftYears(i32),
}

/// The file name part that marks an anonymous file, in every language.
pub const ANONYMOUS_MARK: &str = "anoniem";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_words_match_whole_words_in_any_case() {
        let mut w = PrivateWords::default();
        w.add("Noah van der Berg");
        w.add("Den Haag");
        assert!(w.leaks("Familie noah"));
        assert!(w.leaks("HAAG"));
        assert!(!w.leaks("Noahs"), "whole words only");
        assert!(!w.leaks("vader"));
        assert_eq!(initials("Jan de Vries"), "J.d.V.");
    }
}
