//! Quick entry on the open document: the text typed so far, applied as one undo step
//! that each later version of the text replaces, so the drawing follows the text as it
//! is typed and one undo takes the whole typing session back. A genogram reads the
//! family notation ([`crate::genogram::quick`]), a netwerkkaart the network notation
//! ([`crate::netwerkkaart::quick`]).

use super::{EditCommand, Editor};
use crate::genogram::quick as genogram_quick;
use crate::i18n::Lang;
use crate::netwerkkaart::quick as netwerkkaart_quick;
use genogram_quick::Span;

/// A line that could not be read or applied, in either notation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuickProblem {
    /// A line of a family.
    Genogram(genogram_quick::Problem),
    /// A line of a network.
    Netwerkkaart(netwerkkaart_quick::Problem),
}

impl QuickProblem {
    /// The line number, from 1.
    pub fn line(&self) -> usize {
        match self {
            QuickProblem::Genogram(p) => p.line,
            QuickProblem::Netwerkkaart(p) => p.line,
        }
    }

    /// The part of the text to mark.
    pub fn span(&self) -> Span {
        match self {
            QuickProblem::Genogram(p) => p.span,
            QuickProblem::Netwerkkaart(p) => p.span,
        }
    }

    /// The column (from 1, in characters) where the marked part starts.
    pub fn column(&self, text: &str) -> usize {
        match self {
            QuickProblem::Genogram(p) => p.column(text),
            QuickProblem::Netwerkkaart(p) => p.column(text),
        }
    }

    /// What is wrong, in words.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            QuickProblem::Genogram(p) => p.message(lang),
            QuickProblem::Netwerkkaart(p) => p.message(lang),
        }
    }

    /// What to write instead.
    pub fn suggestion(&self, lang: Lang) -> String {
        match self {
            QuickProblem::Genogram(p) => p.suggestion(lang),
            QuickProblem::Netwerkkaart(p) => p.suggestion(lang),
        }
    }
}

/// The state of a quick-entry panel: which undo step is its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuickEntry {
    /// The editor's revision right after this panel's last step; while it still is,
    /// that step is on top of the undo stack and the next text replaces it.
    own_step: Option<u64>,
}

impl QuickEntry {
    /// A panel that has applied nothing yet.
    pub fn new() -> Self {
        QuickEntry::default()
    }

    /// Applies `text` to the open genogram or netwerkkaart: replaces this panel's last
    /// step when it is still the latest edit (the user only typed since), otherwise
    /// plans on top of what is there now. Returns the problems of the lines that could
    /// not be read or applied, in line order; the other lines are applied.
    pub fn update(&mut self, editor: &mut Editor, text: &str, this_year: i32, now_ms: i64) -> Vec<QuickProblem> {
        if self.own_step == Some(editor.revision()) {
            editor.undo(now_ms);
        }
        self.own_step = None;
        let (command, mut problems): (Option<EditCommand>, Vec<QuickProblem>) = if let Some(g) = editor.genogram() {
            let parsed = genogram_quick::parse(text);
            let planned = genogram_quick::plan(g, &parsed, this_year);
            let problems = parsed.problems.into_iter().chain(planned.problems).map(QuickProblem::Genogram);
            (planned.command.map(EditCommand::from), problems.collect())
        } else if let Some(m) = editor.netwerkkaart() {
            let parsed = netwerkkaart_quick::parse(text);
            let planned = netwerkkaart_quick::plan(m, &parsed);
            let problems = parsed.problems.into_iter().chain(planned.problems).map(QuickProblem::Netwerkkaart);
            (planned.command.map(EditCommand::from), problems.collect())
        } else {
            (None, Vec::new())
        };
        problems.sort_by_key(|p| (p.line(), p.span().start));
        if let Some(cmd) = command {
            // The plan was made and checked on a copy of this drawing, so it applies.
            if editor.apply(cmd, now_ms).is_ok() {
                self.own_step = Some(editor.revision());
            }
        }
        problems
    }

    /// Ends the typing session: the next text is applied as a new step.
    pub fn finish(&mut self) {
        self.own_step = None;
    }
}
