//! Edits of the saved views: add, rename, remove and move, each returning its inverse.

use super::SavedView;
use crate::i18n::Lang;

/// One edit of a document's saved views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewsCommand {
    /// Puts `view` at position `at` (0 ..= the number of views).
    Insert {
        /// The position it takes.
        at: usize,
        /// The view.
        view: SavedView,
    },
    /// Removes the view at `at`.
    Remove {
        /// Its position.
        at: usize,
    },
    /// Renames the view at `at`.
    Rename {
        /// Its position.
        at: usize,
        /// The new name (trimmed, not empty).
        name: String,
    },
    /// Moves the view at `from` to position `to` (the others shift up or down).
    Move {
        /// Its position now.
        from: usize,
        /// Its position after.
        to: usize,
    },
}

/// Why an edit of the views was refused; the views are unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewsError {
    /// No view at this position.
    NoSuchView(usize),
    /// A view needs a name.
    EmptyName,
}

impl ViewsError {
    /// A message for the status line.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ViewsError::NoSuchView(i), Lang::Nl) => format!("Er is geen weergave {}; er is niets veranderd.", i + 1),
            (ViewsError::NoSuchView(i), Lang::En) => format!("There is no view {}; nothing was changed.", i + 1),
            (ViewsError::EmptyName, Lang::Nl) => "Een weergave heeft een naam nodig.".into(),
            (ViewsError::EmptyName, Lang::En) => "A view needs a name.".into(),
        }
    }
}

impl ViewsCommand {
    /// Applies the edit to `views` and returns the edit that undoes it; a refused edit
    /// changes nothing.
    pub fn apply(self, views: &mut Vec<SavedView>) -> Result<ViewsCommand, ViewsError> {
        let n = views.len();
        let check = |i: usize| if i < n { Ok(()) } else { Err(ViewsError::NoSuchView(i)) };
        match self {
            ViewsCommand::Insert { at, mut view } => {
                if at > n {
                    return Err(ViewsError::NoSuchView(at));
                }
                view.name = view.name.trim().to_owned();
                if view.name.is_empty() {
                    return Err(ViewsError::EmptyName);
                }
                views.insert(at, view);
                Ok(ViewsCommand::Remove { at })
            }
            ViewsCommand::Remove { at } => {
                check(at)?;
                let view = views.remove(at);
                Ok(ViewsCommand::Insert { at, view })
            }
            ViewsCommand::Rename { at, name } => {
                check(at)?;
                let name = name.trim().to_owned();
                if name.is_empty() {
                    return Err(ViewsError::EmptyName);
                }
                let old = std::mem::replace(&mut views[at].name, name);
                Ok(ViewsCommand::Rename { at, name: old })
            }
            ViewsCommand::Move { from, to } => {
                check(from)?;
                check(to)?;
                let view = views.remove(from);
                views.insert(to, view);
                Ok(ViewsCommand::Move { from: to, to: from })
            }
        }
    }
}
