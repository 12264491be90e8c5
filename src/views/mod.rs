//! Saved views ("Weergaven"): named moments of a presentation that a trainer keeps in
//! the document (which reveal step, names, order, pattern lens) and steps through in
//! order. Part of the document, so they travel with the file; changed only through
//! [`ViewsCommand`], whose apply returns its inverse (one undo step each).

mod command;
#[cfg(test)]
mod tests;

pub use command::{ViewsCommand, ViewsError};

use crate::genogram::pattern::{Lens, Theme};
use crate::genogram::scene::reveal::RevealOrder;
use crate::i18n::Lang;
use crate::kernel::Anonymise;
use serde::{Deserialize, Serialize};

/// One saved view, as stored in the document's `"views"` list:
/// `{"name": "Weergave 1", "step": 2, "order": "from_client", "names": "roles", "lens": ["divorce"]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedView {
    /// The name the trainer gave it.
    pub name: String,
    /// The reveal step (0-based); `None` shows everything, whatever the drawing grows to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<u32>,
    /// The order of the genogram's generations (a netwerkkaart has one order).
    #[serde(default)]
    pub order: RevealOrder,
    /// Names, initials or roles.
    #[serde(default)]
    pub names: Anonymise,
    /// The pattern lens's themes (genogram only); empty is no lens.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lens: Vec<Theme>,
    /// The year the genogram is shown at ("Peiljaar"); `None` shows it as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

impl SavedView {
    /// The view of what is shown now: step `step` of a reveal of `steps` steps (the
    /// last step is stored as "everything", so a view of the whole drawing still shows
    /// all of it after the drawing grows), with these names, order and lens.
    pub fn capture(name: &str, step: usize, steps: usize, names: Anonymise, order: RevealOrder, lens: &Lens) -> Self {
        let last = step + 1 >= steps;
        SavedView {
            name: name.trim().to_owned(),
            step: if last { None } else { Some(step as u32) },
            order,
            names,
            lens: lens.themes.clone(),
            year: None,
        }
    }

    /// The same view at a year ("Peiljaar"), or as the family is (`None`).
    pub fn with_year(mut self, year: Option<i32>) -> Self {
        self.year = year;
        self
    }

    /// The reveal step this view shows in a reveal of `steps` steps: its own, or the
    /// last when it is "everything" or past the end (the drawing lost a generation).
    pub fn step_in(&self, steps: usize) -> usize {
        let last = steps.saturating_sub(1);
        self.step.map_or(last, |s| (s as usize).min(last))
    }

    /// The lens this view shows.
    pub fn lens(&self) -> Lens {
        Lens::new(self.lens.clone())
    }
}

/// The name offered for a new view: "Weergave n" with the smallest n not yet taken.
pub fn default_name(views: &[SavedView], lang: Lang) -> String {
    let word = match lang {
        Lang::Nl => "Weergave",
        Lang::En => "View",
    };
    (1..).map(|n| format!("{word} {n}")).find(|name| !views.iter().any(|v| v.name == *name)).unwrap_or_default()
}

/// The command that adds `view` after the last view.
pub fn add(views: &[SavedView], view: SavedView) -> ViewsCommand {
    ViewsCommand::Insert { at: views.len(), view }
}

/// The view `delta` places from `now` in a list of `len` views, staying within the
/// list; from no view yet (`None`), either way starts at the first.
pub fn step_views(now: Option<usize>, delta: i8, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let next = match now {
        None => 0,
        Some(i) if delta < 0 => i.saturating_sub(delta.unsigned_abs() as usize),
        Some(i) => i + delta as usize,
    };
    Some(next.min(len - 1))
}
