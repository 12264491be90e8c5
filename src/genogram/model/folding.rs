//! Folding ("Inklappen"): which part of a large family is drawn, stored with the
//! document as a view choice. Who is visible follows from it in
//! [`crate::genogram::folding`]; this module holds only the stored data.

use super::ids::PersonId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The person the drawing is centred on and how far it reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    /// The person in the centre (by default the index person).
    pub person: PersonId,
    /// Generations of ancestors shown above the focus person.
    pub up: u8,
    /// Generations of descendants shown below the focus person.
    pub down: u8,
}

impl Focus {
    /// Generations up a professional usually wants: the grandparents' parents.
    pub const DEFAULT_UP: u8 = 3;
    /// Generations down by default: children and grandchildren.
    pub const DEFAULT_DOWN: u8 = 2;
    /// The most generations either way the panel offers (more is the whole family).
    pub const MAX: u8 = 20;

    /// A focus on this person with the default reach (three up, two down).
    pub fn on(person: PersonId) -> Self {
        Focus { person, up: Self::DEFAULT_UP, down: Self::DEFAULT_DOWN }
    }
}

/// Folding as stored: the focus and the branches the user unfolded. Absent (`None` on
/// the genogram) means folding is off and the whole family is drawn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folding {
    /// The focus person and reach.
    pub focus: Focus,
    /// Persons whose folded branches the user opened with a click on their "+N"
    /// marker. Ids that no longer exist are ignored.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub unfolded: BTreeSet<PersonId>,
    /// Persons shown one step at a time: a click on a "+N" marker adds the marked
    /// person's folded parents, children, partners and siblings here, so the drawing
    /// grows by one generation, not by a whole branch. Ids that no longer exist, or that
    /// no drawn relative leads to any more, are ignored. Absent in older files.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub shown: BTreeSet<PersonId>,
}

impl Folding {
    /// Folding around this focus with nothing unfolded.
    pub fn new(focus: Focus) -> Self {
        Folding { focus, unfolded: BTreeSet::new(), shown: BTreeSet::new() }
    }

    /// The same folding with every person id rewritten (when a file's ids are renumbered).
    pub fn map_persons(&self, f: impl Fn(PersonId) -> PersonId) -> Self {
        Folding {
            focus: Focus { person: f(self.focus.person), ..self.focus },
            unfolded: self.unfolded.iter().map(|&p| f(p)).collect(),
            shown: self.shown.iter().map(|&p| f(p)).collect(),
        }
    }
}
