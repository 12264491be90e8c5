//! Quick entry on the open document: the text typed so far, applied as one undo step
//! that each later version of the text replaces, so the genogram follows the text as
//! it is typed and one undo takes the whole typing session back.

use super::Editor;
use crate::genogram::quick::{parse, plan, Problem};

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

    /// Applies `text` to the open genogram: replaces this panel's last step when it is
    /// still the latest edit (the user only typed since), otherwise plans on top of
    /// what is there now. Returns the problems of the lines that could not be read or
    /// applied, in line order; the other lines are applied. Does nothing on a
    /// netwerkkaart.
    pub fn update(&mut self, editor: &mut Editor, text: &str, this_year: i32, now_ms: i64) -> Vec<Problem> {
        if editor.genogram().is_none() {
            return Vec::new();
        }
        if self.own_step == Some(editor.revision()) {
            editor.undo(now_ms);
        }
        self.own_step = None;
        let parsed = parse(text);
        let Some(g) = editor.genogram() else { return Vec::new() };
        let planned = plan(g, &parsed, this_year);
        let mut problems = parsed.problems;
        problems.extend(planned.problems);
        problems.sort_by_key(|p| (p.line, p.span.start));
        if let Some(cmd) = planned.command {
            // The plan was made and checked on a copy of this genogram, so it applies.
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
