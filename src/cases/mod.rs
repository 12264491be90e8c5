//! The example cases ("Voorbeelden") shipped in the app: fictional Dutch families for
//! leerkringen and training, each a genogram (and where it fits a netwerkkaart) with
//! teaching notes. Every name, place and date is invented.
//!
//! A case is built through the model's commands ([`build`]); opening one in the app
//! stores a fresh copy of its documents in the library, so the original never changes.

pub mod build;
mod foster;
mod migration;
mod older_carer;
mod stepfamily;
mod three_generations;
mod young_carer;

#[cfg(test)]
mod tests;

use crate::format::{DocumentContent, Exercise, KringDocument};
use crate::i18n::Lang;

/// One example case: what the list shows, the teaching notes and how to build it.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    /// A stable id, used in test ids ("case-verslaving").
    pub id: &'static str,
    /// The title, Dutch and English.
    pub title: (&'static str, &'static str),
    /// One line saying what the case is about, Dutch and English.
    pub summary: (&'static str, &'static str),
    /// The situation as a worker would tell it (Dutch).
    pub story: &'static str,
    /// What to look for in the drawing (Dutch).
    pub look_for: &'static [&'static str],
    /// Questions for the group (Dutch).
    pub questions: &'static [&'static str],
    /// The drawings, the genogram first.
    build: fn() -> Vec<DocumentContent>,
}

impl Case {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.title.0,
            Lang::En => self.title.1,
        }
    }

    /// The one-line summary in `lang`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.summary.0,
            Lang::En => self.summary.1,
        }
    }

    /// Fresh documents of this case, made at `now_ms`, with ids from `new_id`: the
    /// genogram first, then a netwerkkaart where the case has one.
    pub fn documents(&self, now_ms: i64, mut new_id: impl FnMut() -> String) -> Vec<KringDocument> {
        (self.build)()
            .into_iter()
            .map(|content| KringDocument {
                id: new_id(),
                title: match content {
                    DocumentContent::Genogram(_) => format!("{TITLE_PREFIX}{}", self.title.0),
                    DocumentContent::Netwerkkaart(_) => format!("{TITLE_PREFIX}{}{MAP_SUFFIX}", self.title.0),
                },
                created: now_ms,
                modified: now_ms,
                content,
            })
            .collect()
    }
}

/// What the title of a case's copy starts with.
const TITLE_PREFIX: &str = "Voorbeeld: ";
/// What the title of a case's netwerkkaart ends with.
const MAP_SUFFIX: &str = " (netwerkkaart)";

/// The case a document came from, told by its title as the copy got it (a renamed
/// copy is the user's own document and shows no notes).
pub fn case_of_title(title: &str) -> Option<&'static Case> {
    let rest = title.strip_prefix(TITLE_PREFIX)?;
    let rest = rest.strip_suffix(MAP_SUFFIX).unwrap_or(rest);
    CASES.iter().find(|c| c.title.0 == rest)
}

/// Every shipped case, in the order the list shows them.
pub const CASES: [Case; 6] =
    [three_generations::CASE, stepfamily::CASE, migration::CASE, older_carer::CASE, young_carer::CASE, foster::CASE];

/// The case with `id`.
pub fn case(id: &str) -> Option<&'static Case> {
    CASES.iter().find(|c| c.id == id)
}

/// An exercise ("oefening") of `case`: its story as the text the student reads, and
/// `reference` (the trainer's drawing, usually the case's copy as it is open now) as
/// the worked answer, with the case's netwerkkaart where it has one.
pub fn exercise_of(case: &Case, reference: crate::genogram::model::Genogram, id: &str, now_ms: i64) -> Exercise {
    let netwerkkaart = (case.build)().into_iter().find_map(|c| match c {
        DocumentContent::Netwerkkaart(n) => Some(n),
        DocumentContent::Genogram(_) => None,
    });
    Exercise {
        id: id.to_owned(),
        title: case.title.0.to_owned(),
        created: now_ms,
        case_text: case.story.to_owned(),
        reference,
        netwerkkaart,
    }
}
