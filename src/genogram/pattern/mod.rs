//! The pattern lens ("Patroon"): a view over the genogram that follows themes
//! (addiction, violence, cut-offs, early parenthood, strengths, …) through the
//! generations. It never changes the family: the scene emphasises what has a theme and
//! dims the rest, and the summary counts per generation and finds the longest run of
//! consecutive generations along the lines of descent.
//!
//! * [`theme`]: the themes and which persons, relations and unions have them;
//! * [`marks`]: all of that computed once for a lens, for the scene;
//! * [`summary`]: per generation counts, the span with its chain of names, sentences.

pub mod marks;
pub mod summary;
pub mod theme;

#[cfg(test)]
mod tests;

pub use marks::{marks, Marks};
pub use summary::{summarise, summary_lines, ThemeSummary};
pub use theme::{is_strength_tag, person_has, relation_has, themes_present, union_has, Theme};

/// The lens: which themes are followed, in the order chosen (which decides each
/// theme's colour and second cue). No themes means the lens is off.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lens {
    /// The chosen themes.
    pub themes: Vec<Theme>,
}

impl Lens {
    /// A lens on the given themes.
    pub fn new(themes: Vec<Theme>) -> Self {
        Lens { themes }
    }

    /// Whether any theme is chosen.
    pub fn is_on(&self) -> bool {
        !self.themes.is_empty()
    }

    /// The lens with `theme` switched on (appended) or off.
    pub fn toggled(&self, theme: &Theme, on: bool) -> Lens {
        let mut themes: Vec<Theme> = self.themes.iter().filter(|t| *t != theme).cloned().collect();
        if on {
            themes.push(theme.clone());
        }
        Lens { themes }
    }
}
